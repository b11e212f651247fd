"""The roles a person may hold, as people read them, and which a company of each kind may give.

Qt-free (the administration dialogs and the server's refusals both name roles); translated with
context "Role" when shown.
"""

from __future__ import annotations

from enquiries.i18n import QT_TRANSLATE_NOOP

ROLE_LABELS = {
    "head_office": QT_TRANSLATE_NOOP("Role", "Head office"),
    "admin": QT_TRANSLATE_NOOP("Role", "Administrator"),
    "reporting": QT_TRANSLATE_NOOP("Role", "Reports"),
    "survey_manager": QT_TRANSLATE_NOOP("Role", "Survey manager"),
    "agent": QT_TRANSLATE_NOOP("Role", "Call agent"),
    "partner_staff": QT_TRANSLATE_NOOP("Role", "Partner staff"),
    "partner_admin": QT_TRANSLATE_NOOP("Role", "Partner administrator"),
}
# The roles a company of each kind may give (the server checks the same: ROLES_BY_COMPANY_KIND).
ROLES_BY_KIND = {
    "head_office": ("head_office", "admin", "reporting", "survey_manager", "agent"),
    "partner": ("partner_staff", "partner_admin", "reporting"),
}


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Role", ROLE_LABELS.get(role, role))
