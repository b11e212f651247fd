"""The notification mails: one per notice (`notice_mail`) or one a day (`digest_mail`).

Written from `NoticeFacts` only (number, type, product interest, postcode area, an offer's
deadline), in the recipient's language and time zone, with the link the client opens
(`enquirydesk://enquiry/<id>`) and the number to search for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from central.mail.notice_texts import TEXTS
from enquiries.notifications.facts import NoticeFacts

LINK = "enquirydesk://enquiry/{id}"


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str
    language: str  # de, it, en
    timezone: str  # IANA zone the times are shown in


@dataclass(frozen=True)
class MailItem:
    """One notice as a mail tells it."""

    kind: str
    facts: NoticeFacts
    actor_name: str | None
    at: datetime


def link(enquiry_id: str) -> str:
    return LINK.format(id=enquiry_id)


def _texts(recipient: Recipient) -> dict[str, Any]:
    return TEXTS.get(recipient.language, TEXTS["en"])


def _when(moment: datetime | None, recipient: Recipient) -> str:
    if moment is None:
        return ""
    return moment.astimezone(ZoneInfo(recipient.timezone)).strftime(_texts(recipient)["date_format"])


def _fill(template: str, item: MailItem, recipient: Recipient) -> str:
    texts = _texts(recipient)
    return template.format(
        number=item.facts.number,
        actor=item.actor_name or texts["someone"],
        deadline=_when(item.facts.deadline, recipient),
    )


def sentence(item: MailItem, recipient: Recipient) -> str:
    return _fill(_texts(recipient)["sentence"][item.kind], item, recipient)


def summary(facts: NoticeFacts, recipient: Recipient) -> str:
    """ "E-2026-0412 · offer · PVC windows · postcode area DE-80" (parts that are empty left out)."""
    texts = _texts(recipient)
    parts = [facts.number, texts["types"].get(facts.type, facts.type), facts.product_interest]
    if facts.postcode_area:
        parts.append(texts["area"].format(area=facts.postcode_area))
    return " · ".join(p for p in parts if p)


def _where(facts: NoticeFacts, recipient: Recipient) -> list[str]:
    texts = _texts(recipient)
    return [texts["open"].format(link=link(facts.enquiry_id)), texts["find"].format(number=facts.number)]


def notice_mail(item: MailItem, recipient: Recipient) -> tuple[str, str]:
    """(subject, body) of the mail that tells one notice at once."""
    texts = _texts(recipient)
    subject = _fill(texts["subject"][item.kind], item, recipient)
    lines = [
        texts["hello"].format(name=recipient.name),
        "",
        sentence(item, recipient),
        "",
        summary(item.facts, recipient),
        *_where(item.facts, recipient),
        "",
        "-- ",
        texts["footer"],
    ]
    return subject, "\n".join(lines) + "\n"


def digest_mail(items: Sequence[MailItem], recipient: Recipient) -> tuple[str, str]:
    """(subject, body) of one digest: the notices grouped by enquiry, oldest first in each."""
    texts = _texts(recipient)
    by_enquiry: dict[str, list[MailItem]] = {}
    for item in sorted(items, key=lambda i: i.at):
        by_enquiry.setdefault(item.facts.enquiry_id, []).append(item)
    lines = [texts["hello"].format(name=recipient.name), "", texts["digest_intro"], ""]
    for group in by_enquiry.values():
        lines.append(summary(group[0].facts, recipient))
        for item in group:
            lines.append(f"  {_when(item.at, recipient)}  {sentence(item, recipient)}")
        lines += [f"  {line}" for line in _where(group[0].facts, recipient)]
        lines.append("")
    lines += ["-- ", texts["footer"]]
    subject = texts["digest_subject"].format(count=len(items))
    return subject, "\n".join(lines) + "\n"
