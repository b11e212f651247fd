"""Texts of the e-mails the server sends to external people, in the owner's language.

The recipient is outside the system and has no language setting; the owner company's country is
the best guess (DE/AT: German, IT: Italian, otherwise English).
"""

from __future__ import annotations

from enquiries.state import CONTACT_FIELDS, Enquiry

TEXTS = {
    "en": {
        "external_assignment": "Enquiry {number} has been passed to you",
        "external_changes": "Changes to enquiry {number}",
        "intro": "Hello {name},\n\nthe following enquiry has been passed to you for further processing.\n",
        "changes_intro": "Hello {name},\n\nthe contact data of enquiry {number} has changed ({fields}).\n",
        "labels": [
            "First name",
            "Last name",
            "E-mail",
            "Phone",
            "Street",
            "Postcode",
            "City",
            "Country",
            "Message",
        ],
    },
    "de": {
        "external_assignment": "Anfrage {number} wurde Ihnen zugewiesen",
        "external_changes": "Änderungen an Anfrage {number}",
        "intro": "Hallo {name},\n\ndie folgende Anfrage wurde Ihnen zur weiteren Bearbeitung zugewiesen.\n",
        "changes_intro": (
            "Hallo {name},\n\ndie Kontaktdaten der Anfrage {number} haben sich geändert ({fields}).\n"
        ),
        "labels": ["Vorname", "Nachname", "E-Mail", "Telefon", "Straße", "PLZ", "Ort", "Land", "Nachricht"],
    },
    "it": {
        "external_assignment": "La richiesta {number} ti è stata assegnata",
        "external_changes": "Modifiche alla richiesta {number}",
        "intro": "Ciao {name},\n\nla seguente richiesta ti è stata assegnata per l'elaborazione.\n",
        "changes_intro": (
            "Ciao {name},\n\ni dati di contatto della richiesta {number} sono cambiati ({fields}).\n"
        ),
        "labels": ["Nome", "Cognome", "E-mail", "Telefono", "Via", "CAP", "Città", "Paese", "Messaggio"],
    },
}


def language_for(country: str) -> str:
    return {"DE": "de", "AT": "de", "IT": "it"}.get(country.upper(), "en")


def external_mail(
    enquiry: Enquiry, *, kind: str, fields: object = None, country: str = ""
) -> tuple[str, str]:
    assert enquiry.external is not None
    texts = TEXTS[language_for(country or enquiry.contact.country)]
    number = enquiry.number or enquiry.id
    subject = str(texts[kind]).format(number=number)
    if kind == "external_changes":
        changed = ", ".join(fields) if isinstance(fields, list) else ""
        intro = str(texts["changes_intro"]).format(name=enquiry.external.name, number=number, fields=changed)
    else:
        intro = str(texts["intro"]).format(name=enquiry.external.name)
    lines = [intro]
    if enquiry.external.message and kind == "external_assignment":
        lines.append(enquiry.external.message + "\n")
    lines.append(f"{number} · {enquiry.type} · {enquiry.product_interest}")
    for label, field in zip(texts["labels"], CONTACT_FIELDS, strict=True):
        lines.append(f"{label}: {getattr(enquiry.contact, field)}")
    return subject, "\n".join(lines) + "\n"
