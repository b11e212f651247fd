"""The access request's PDF (GDPR art. 15): everything the server holds about one contact person,
from the server's JSON export (central/store/personal_data.py), laid out as a document that reads
without the system: who is responsible, the person's data, the enquiry with notes, tasks, steps
and history, the address-book entries, files, e-mails and call-centre contacts.

A QTextDocument printed to a QPdfWriter (A4, paginated by Qt); every heading in the user's language.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.views.labels import tr_label
from desktop.views.timefmt import short_datetime
from enquiries.i18n import QT_TRANSLATE_NOOP

CTX = "PersonalData"
CONTACT_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("PersonalData", "First name"),
    "last_name": QT_TRANSLATE_NOOP("PersonalData", "Last name"),
    "email": QT_TRANSLATE_NOOP("PersonalData", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("PersonalData", "Phone"),
    "street": QT_TRANSLATE_NOOP("PersonalData", "Street"),
    "postcode": QT_TRANSLATE_NOOP("PersonalData", "Postcode"),
    "city": QT_TRANSLATE_NOOP("PersonalData", "City"),
    "country": QT_TRANSLATE_NOOP("PersonalData", "Country"),
    "message": QT_TRANSLATE_NOOP("PersonalData", "Message"),
    "notes": QT_TRANSLATE_NOOP("PersonalData", "Notes"),
    "person_name": QT_TRANSLATE_NOOP("PersonalData", "Name"),
    "address": QT_TRANSLATE_NOOP("PersonalData", "Address"),
}


# The headings, for the translation tools (`_t` translates them at run time).
HEADINGS = (
    QT_TRANSLATE_NOOP("PersonalData", "Address-book entries"),
    QT_TRANSLATE_NOOP("PersonalData", "Call-centre contacts"),
    QT_TRANSLATE_NOOP("PersonalData", "E-mails"),
    QT_TRANSLATE_NOOP("PersonalData", "Enquiry"),
    QT_TRANSLATE_NOOP("PersonalData", "Exported at"),
    QT_TRANSLATE_NOOP("PersonalData", "Files"),
    QT_TRANSLATE_NOOP("PersonalData", "History"),
    QT_TRANSLATE_NOOP("PersonalData", "Notes"),
    QT_TRANSLATE_NOOP("PersonalData", "Personal data held about one person"),
    QT_TRANSLATE_NOOP("PersonalData", "Product interest"),
    QT_TRANSLATE_NOOP("PersonalData", "Received"),
    QT_TRANSLATE_NOOP("PersonalData", "Responsible (controller)"),
    QT_TRANSLATE_NOOP("PersonalData", "Status"),
    QT_TRANSLATE_NOOP("PersonalData", "Tasks"),
    QT_TRANSLATE_NOOP("PersonalData", "The person"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _at(value: str | None) -> str:
    """A time of the export (ISO, UTC) in the user's locale and time zone."""
    return _e(short_datetime(value))


def _fields(values: dict[str, Any]) -> str:
    rows = [
        f"<tr><td><b>{_e(_t(label))}</b></td><td>{_e(values.get(key))}</td></tr>"
        for key, label in CONTACT_FIELDS.items()
        if values.get(key)
    ]
    return "<table cellpadding='2'>" + "".join(rows) + "</table>"


def _list(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f"<h3>{_e(title)}</h3><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def to_html(data: dict[str, Any]) -> str:
    people: dict[str, str] = data.get("people", {})
    enquiry: dict[str, Any] = data.get("enquiry", {})

    def who(person_id: str | None) -> str:
        return _e(people.get(person_id or "", ""))

    parts = [
        f"<h1>{_e(_t('Personal data held about one person'))}</h1>",
        f"<p>{_e(_t('Responsible (controller)'))}: <b>{_e(data.get('controller', {}).get('name'))}</b><br>",
        f"{_e(_t('Exported at'))}: {_at(data.get('exported_at'))}</p>",
        f"<h2>{_e(_t('The person'))}</h2>",
        _fields(data.get("subject", {})),
        f"<h2>{_e(_t('Enquiry'))} {_e(enquiry.get('number'))}</h2>",
        f"<p>{_e(_t('Received'))}: {_at(enquiry.get('received_at'))} &middot; "
        f"{_e(_t('Product interest'))}: {_e(enquiry.get('product_interest'))} &middot; "
        f"{_e(_t('Status'))}: {_e(tr_label('Status', enquiry.get('status')))}</p>",
        _list(
            _t("Notes"),
            [f"{_at(n['at'])} {who(n['author_id'])}: {_e(n['text'])}" for n in enquiry.get("notes", [])],
        ),
        _list(_t("Tasks"), [f"{_at(t['at'])} {_e(t['title'])}" for t in enquiry.get("tasks", [])]),
        _list(
            _t("History"),
            [
                f"{_at(h['at'])} {who(h.get('actor_id'))}: "
                f"{_e(tr_label('Event', h['event'], detail=h.get('detail', '')))}"
                for h in enquiry.get("history", [])
            ],
        ),
        _list(
            _t("Address-book entries"),
            [f"{_e(c['company'])}: {_fields(c)}" for c in data.get("address_book", [])],
        ),
        _list(
            _t("Files"),
            [
                f"{_e(d['filename'])} ({_e(d['size'])} B, {_at(d['uploaded_at'])})"
                for d in data.get("documents", [])
            ],
        ),
        _list(
            _t("E-mails"),
            [
                f"{_at(m['created_at'])} {_e(m['to'])}: <b>{_e(m['subject'])}</b><br>{_e(m['body'])}"
                for m in data.get("emails", [])
            ],
        ),
        _list(
            _t("Call-centre contacts"),
            [
                _fields(s)
                + "<ul>"
                + "".join(
                    f"<li>{_at(h['at'])} {_e(h['author'])}: {_e(h['text'])}</li>"
                    for h in s.get("history", [])
                )
                + "</ul>"
                for s in data.get("survey_contacts", [])
            ],
        ),
    ]
    return "".join(parts)


def write_pdf(data: dict[str, Any]) -> bytes:
    """The PDF's bytes (built in memory; the caller writes them atomically)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)
        )
    )
    writer.setTitle(_t("Personal data held about one person"))
    document = QTextDocument()
    document.setHtml(to_html(data))
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data().data())
