"""The server's refusals of administration requests, in the user's language.

The server answers `{"error": {"code", "message", "field"?, "value"?, "limit"?, "reason"?}}`
with an English sentence (central/api/errors.py). Here every code it can send to an
administrator (tests/unit/test_admin_refusals.py reads them from the server's code) has our own
sentence, refined by `reason` where the code has several rules; `%1` is the refused value (a
postcode, a name), `%2` the limit, and a refusal naming a field is said as "Field: sentence" with
the field as the form labels it. An unknown code, or one whose value did not come along, keeps
the server's sentence.

Qt-free: marked with `QT_TRANSLATE_NOOP` (context "AdminRefusal"), translated when shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desktop.roles import role_label
from enquiries.i18n import QT_TRANSLATE_NOOP

CTX = "AdminRefusal"
_NOT_SERVED = QT_TRANSLATE_NOOP("AdminRefusal", "The server does not offer this (is it an older version?).")

SENTENCES = {
    # The framework's own answers.
    "bad_request": QT_TRANSLATE_NOOP("AdminRefusal", "The server could not read the request."),
    "malformed_json": QT_TRANSLATE_NOOP("AdminRefusal", "The server could not read the request."),
    "method_not_allowed": _NOT_SERVED,
    "not_acceptable": _NOT_SERVED,
    "unsupported_media_type": _NOT_SERVED,
    "body_too_large": QT_TRANSLATE_NOOP("AdminRefusal", "This is more than the server takes at once."),
    "forbidden": QT_TRANSLATE_NOOP("AdminRefusal", "Only an administrator may do this."),
    "not_found": QT_TRANSLATE_NOOP("AdminRefusal", "This does not exist (any more)."),
    "not_found/company": QT_TRANSLATE_NOOP("AdminRefusal", "This company does not exist (any more)."),
    "not_found/partner_company": QT_TRANSLATE_NOOP(
        "AdminRefusal", "This partner company does not exist (any more)."
    ),
    "not_found/person": QT_TRANSLATE_NOOP("AdminRefusal", "This person does not exist (any more)."),
    "not_found/person_to_hand_over_to": QT_TRANSLATE_NOOP(
        "AdminRefusal", "The person to hand the enquiries to does not exist (any more)."
    ),
    "not_found/route": QT_TRANSLATE_NOOP("AdminRefusal", "This route does not exist (any more)."),
    "not_found/intake_key": QT_TRANSLATE_NOOP("AdminRefusal", "This intake key does not exist (any more)."),
    "not_found/device": QT_TRANSLATE_NOOP("AdminRefusal", "This device does not exist (any more)."),
    # Bad values of a field (the field is said before the sentence).
    "invalid_request": QT_TRANSLATE_NOOP("AdminRefusal", "The server did not accept the request."),
    "invalid_request/required": QT_TRANSLATE_NOOP("AdminRefusal", "please fill this in."),
    "invalid_request/too_short": QT_TRANSLATE_NOOP("AdminRefusal", "at least %2 characters."),
    "invalid_request/too_long": QT_TRANSLATE_NOOP("AdminRefusal", "at most %2 characters."),
    "invalid_request/too_few": QT_TRANSLATE_NOOP("AdminRefusal", "at least %2 entries."),
    "invalid_request/too_many": QT_TRANSLATE_NOOP("AdminRefusal", "at most %2 entries."),
    "invalid_request/email": QT_TRANSLATE_NOOP("AdminRefusal", "“%1” is not an e-mail address."),
    "invalid_request/unknown_field": QT_TRANSLATE_NOOP(
        "AdminRefusal", "the server does not know this field (is it an older version?)."
    ),
    "invalid_request/not_valid": QT_TRANSLATE_NOOP("AdminRefusal", "this value is not valid."),
    # Companies, calendars and territories.
    "no_installation": QT_TRANSLATE_NOOP(
        "AdminRefusal", "The server has no head office yet: it must first be set up (enquiry-server init)."
    ),
    "invalid_country": QT_TRANSLATE_NOOP(
        "AdminRefusal", "Unknown country code “%1”: use two letters such as IT, DE or AT."
    ),
    "invalid_region": QT_TRANSLATE_NOOP(
        "AdminRefusal", "“%1” is not a region of this country with its own public holidays."
    ),
    "invalid_timezone": QT_TRANSLATE_NOOP(
        "AdminRefusal", "Unknown time zone “%1”: use a name such as Europe/Rome or Europe/Berlin."
    ),
    "invalid_postcode": QT_TRANSLATE_NOOP("AdminRefusal", "This is not a postcode range or prefix."),
    "invalid_postcode/characters": QT_TRANSLATE_NOOP(
        "AdminRefusal", "“%1” is not a postcode range or prefix such as 80000-87999 or 39."
    ),
    "invalid_postcode/dashes": QT_TRANSLATE_NOOP(
        "AdminRefusal", "“%1”: a range has exactly one dash, LOW-HIGH."
    ),
    "invalid_postcode/lengths": QT_TRANSLATE_NOOP(
        "AdminRefusal", "“%1”: both ends of a range need the same number of characters."
    ),
    "invalid_postcode/order": QT_TRANSLATE_NOOP("AdminRefusal", "“%1”: the range ends below its start."),
    "invalid_postcode/range_expected": QT_TRANSLATE_NOOP(
        "AdminRefusal", "each entry is a range LOW-HIGH (e.g. 80000-87999)."
    ),
    "invalid_postcode/prefix_expected": QT_TRANSLATE_NOOP(
        "AdminRefusal", "a prefix has no dash (e.g. 39); a range is written LOW-HIGH."
    ),
    "company_exists": QT_TRANSLATE_NOOP(
        "AdminRefusal", "An active company is already called “%1”: choose a distinct name."
    ),
    "company_unknown": QT_TRANSLATE_NOOP("AdminRefusal", "there is no such partner company."),
    "company_inactive": QT_TRANSLATE_NOOP("AdminRefusal", "%1 is deactivated."),
    # Routes.
    "person_unknown": QT_TRANSLATE_NOOP("AdminRefusal", "there is no such head-office person."),
    "person_unknown/at_partner": QT_TRANSLATE_NOOP("AdminRefusal", "there is no such person at %1."),
    "person_inactive": QT_TRANSLATE_NOOP("AdminRefusal", "%1 is deactivated."),
    "invalid_chain": QT_TRANSLATE_NOOP("AdminRefusal", "The chain is not valid."),
    "invalid_chain/required": QT_TRANSLATE_NOOP(
        "AdminRefusal", "add at least one partner or head-office person."
    ),
    "invalid_chain/too_many": QT_TRANSLATE_NOOP("AdminRefusal", "at most %2 steps."),
    "invalid_chain/repeated": QT_TRANSLATE_NOOP("AdminRefusal", "%1 is already in the chain."),
    "invalid_chain/kind": QT_TRANSLATE_NOOP(
        "AdminRefusal", "each step is a partner or a head-office person."
    ),
    # People and passwords.
    "invalid_role": QT_TRANSLATE_NOOP("AdminRefusal", "These roles are not valid here."),
    "invalid_role/required": QT_TRANSLATE_NOOP("AdminRefusal", "choose at least one role."),
    "invalid_role/not_allowed": QT_TRANSLATE_NOOP("AdminRefusal", "not for people of this company: %1."),
    "login_taken": QT_TRANSLATE_NOOP("AdminRefusal", "Another account already uses this login."),
    "own_account": QT_TRANSLATE_NOOP("AdminRefusal", "You cannot deactivate your own account."),
    "other_company": QT_TRANSLATE_NOOP("AdminRefusal", "%1 works for another company."),
    "same_person": QT_TRANSLATE_NOOP("AdminRefusal", "Choose someone else to hand these enquiries to."),
    "weak_password": QT_TRANSLATE_NOOP("AdminRefusal", "at least %2 characters."),
    "invite_invalid": QT_TRANSLATE_NOOP(
        "AdminRefusal",
        "This invitation or reset code is not valid (any more): ask your administrator for a new one.",
    ),
    "wrong_password": QT_TRANSLATE_NOOP("AdminRefusal", "The current password is not right."),
    "same_password": QT_TRANSLATE_NOOP("AdminRefusal", "choose a password different from the current one."),
}

# Sentences that only read after their field ("Name: please fill this in."): without a field
# the server's own sentence is shown.
NEEDS_FIELD = frozenset(
    {
        *(key for key in SENTENCES if key.startswith("invalid_request/")),
        "invalid_postcode/range_expected",
        "invalid_postcode/prefix_expected",
        "company_unknown",
        "person_unknown",
        "person_unknown/at_partner",
        "invalid_chain/required",
        "invalid_chain/too_many",
        "invalid_chain/kind",
        "invalid_role/required",
        "invalid_role/not_allowed",
        "weak_password",
        "same_password",
    }
)

# The fields as the forms label them.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("AdminRefusal", "Name"),
    "display_name": QT_TRANSLATE_NOOP("AdminRefusal", "Name"),
    "country": QT_TRANSLATE_NOOP("AdminRefusal", "Country"),
    "subdivision": QT_TRANSLATE_NOOP("AdminRefusal", "Region"),
    "timezone": QT_TRANSLATE_NOOP("AdminRefusal", "Time zone"),
    "postcode_ranges": QT_TRANSLATE_NOOP("AdminRefusal", "Postcodes"),
    "postcode_prefixes": QT_TRANSLATE_NOOP("AdminRefusal", "Postcodes"),
    "postcode": QT_TRANSLATE_NOOP("AdminRefusal", "Postcode"),
    "product_interests": QT_TRANSLATE_NOOP("AdminRefusal", "Products"),
    "product_interest": QT_TRANSLATE_NOOP("AdminRefusal", "Product"),
    "keywords": QT_TRANSLATE_NOOP("AdminRefusal", "Keywords"),
    "message": QT_TRANSLATE_NOOP("AdminRefusal", "Message"),
    "email": QT_TRANSLATE_NOOP("AdminRefusal", "E-mail"),
    "chain": QT_TRANSLATE_NOOP("AdminRefusal", "Chain"),
    "owner_person_id": QT_TRANSLATE_NOOP("AdminRefusal", "Person in charge"),
    "priority": QT_TRANSLATE_NOOP("AdminRefusal", "Priority"),
    "active": QT_TRANSLATE_NOOP("AdminRefusal", "Status"),
    "label": QT_TRANSLATE_NOOP("AdminRefusal", "Label"),
    "channel": QT_TRANSLATE_NOOP("AdminRefusal", "Channel"),
    "partner_id": QT_TRANSLATE_NOOP("AdminRefusal", "Partner"),
    "company_id": QT_TRANSLATE_NOOP("AdminRefusal", "Company"),
    "login": QT_TRANSLATE_NOOP("AdminRefusal", "Login (e-mail)"),
    "roles": QT_TRANSLATE_NOOP("AdminRefusal", "Roles"),
    "password": QT_TRANSLATE_NOOP("AdminRefusal", "Password"),
    "current": QT_TRANSLATE_NOOP("AdminRefusal", "Current password"),
    "new": QT_TRANSLATE_NOOP("AdminRefusal", "New password"),
    "to_person_id": QT_TRANSLATE_NOOP("AdminRefusal", "Hand these to"),
    "token": QT_TRANSLATE_NOOP("AdminRefusal", "Code"),
}
STEP = QT_TRANSLATE_NOOP("AdminRefusal", "Chain, step %1")
ENTRY = QT_TRANSLATE_NOOP("AdminRefusal", "%1, entry %2")
WITH_FIELD = QT_TRANSLATE_NOOP("AdminRefusal", "%1: %2")

_ENTRY_FIELD = re.compile(r"^(\w+)\[(\d+)\]$")
_PLACEHOLDER = re.compile(r"%([12])")


def _translate(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CTX, text)


def _fill(template: str, *args: str) -> str:
    """Qt's %1, %2 filled in one pass (a value holding "%2" stays as it is)."""
    return _PLACEHOLDER.sub(lambda m: args[int(m.group(1)) - 1], template)


def details_of(error: Mapping[str, Any]) -> dict[str, Any]:
    """What a refusal names, from the server's `error` object."""
    return {k: error[k] for k in ("field", "value", "limit", "reason") if error.get(k) is not None}


def field_label(field: str) -> str:
    """`chain[2]` -> "Chain, step 2", `keywords[3]` -> "Keywords, entry 3", `name` -> "Name"."""
    entry = _ENTRY_FIELD.match(field)
    if entry:
        name, number = entry.groups()
        if name == "chain":
            return _fill(_translate(STEP), number)
        return _fill(_translate(ENTRY), field_label(name), number)
    return _translate(FIELDS[field]) if field in FIELDS else field


def key_of(code: str, details: Mapping[str, Any]) -> str | None:
    """The table's entry for a refusal (its reason's, else its code's), None when unknown."""
    reason = details.get("reason")
    if reason and f"{code}/{reason}" in SENTENCES:
        return f"{code}/{reason}"
    return code if code in SENTENCES else None


def sentence(code: str, message: str, details: Mapping[str, Any]) -> str:
    """The refusal in the user's language; the server's `message` when we cannot say it."""
    key = key_of(code, details)
    if key is None:
        return message
    template = SENTENCES[key]
    field = str(details.get("field") or "")
    value = details.get("value")
    limit = details.get("limit")
    if (key in NEEDS_FIELD and not field) or ("%1" in template and value is None):
        return message
    if "%2" in template and limit is None:
        return message
    shown = str(value or "")
    if code == "invalid_role" and value:
        shown = ", ".join(role_label(role) for role in str(value).split(","))
    text = _fill(_translate(template), shown, str(limit or ""))
    return _fill(_translate(WITH_FIELD), field_label(field), text) if field else text
