"""Duplicate-contact check for when a partner accepts an enquiry.

The enquiry's contact may already exist at that partner company, typed differently: another case of the
e-mail, a phone number written nationally instead of internationally, "Mueller" instead of "Müller".
This finds such existing contacts and says why each one matches, so the user can decide; it never merges.

The caller passes only the contacts of the accepting company - company scoping is not this module's job.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from rapidfuzz import fuzz

from enquiries.routing import normalise_postcode

__all__ = [
    "ContactFacts",
    "DuplicateCandidate",
    "find_duplicates",
    "normalise_email",
    "normalise_name",
    "normalise_phone",
]

EMAIL_SCORE = 100.0
PHONE_SCORE = 90.0
EXTRA_REASON_BONUS = 5.0

# Fewer digits than this are too likely to collide ("0", "112", a bare extension) to count as a match.
_MIN_PHONE_DIGITS = 6

# German spelling without umlauts is the usual ASCII fallback ("Mueller"); folding both sides the same way
# makes "Müller" and "Mueller" identical instead of merely similar.  Applied after casefold, so capitals
# are covered; casefold already turns ß into ss.
_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class ContactFacts:
    """What the duplicate check compares - plain values, whatever the storage."""

    id: str
    first_name: str
    last_name: str
    email: str
    phone: str
    postcode: str
    country: str


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing contact that may be the same person; reasons is a subset of
    ("email", "phone", "name_postcode") in that order."""

    contact_id: str
    score: float
    reasons: tuple[str, ...]
    name_similarity: float


def normalise_email(email: str) -> str:
    """Trimmed and lower-cased; "" stays "" and never matches anything."""
    return email.strip().lower()


def normalise_phone(phone: str, country: str) -> str:
    """E.164 (e.g. "+4989123456") using the contact's country as default region, so national and
    international spellings compare equal; digits only when the number cannot be parsed; "" if empty.

    Italian numbers keep their leading 0 ("0471 ..." -> "+390471..."), which phonenumbers handles.
    """
    if not phone.strip():
        return ""
    region = country.strip().upper() or None
    try:
        parsed = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_possible_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return "".join(c for c in phone if c.isascii() and c.isdigit())


def normalise_name(first: str, last: str) -> str:
    """The name as "first last": casefolded, German umlauts spelled out, other accents stripped,
    punctuation dropped - ready for a token-order-insensitive fuzzy comparison."""
    text = f"{first} {last}".casefold().translate(_GERMAN_FOLD)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def _name_similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return float(fuzz.token_sort_ratio(a, b))


def _same_place(new: ContactFacts, other: ContactFacts) -> bool:
    """Same normalised postcode; when both contacts have a country it must agree too, because the same
    digits are a different place in another country."""
    new_country = new.country.strip().upper()
    other_country = other.country.strip().upper()
    if new_country and other_country and new_country != other_country:
        return False
    new_pc = normalise_postcode(new_country, new.postcode)
    return bool(new_pc) and new_pc == normalise_postcode(other_country, other.postcode)


def _phone_usable(normalised: str) -> bool:
    return sum(c.isdigit() for c in normalised) >= _MIN_PHONE_DIGITS


def find_duplicates(
    new: ContactFacts,
    existing: Iterable[ContactFacts],
    *,
    limit: int = 10,
    name_threshold: float = 85.0,
) -> list[DuplicateCandidate]:
    """Existing contacts that may be `new`, best first (score desc, then contact_id), at most `limit`.

    A match is the same e-mail (score 100), the same phone (90), or a name similarity of at least
    `name_threshold` at the same postcode (score = the similarity).  Several reasons take the highest
    score plus 5 per extra reason, capped at 100.  `new` itself (same id) is skipped.
    """
    if limit <= 0:
        return []
    email = normalise_email(new.email)
    phone = normalise_phone(new.phone, new.country)
    name = normalise_name(new.first_name, new.last_name)

    found: list[DuplicateCandidate] = []
    for other in existing:
        if other.id == new.id:
            continue
        scores: list[tuple[str, float]] = []
        if email and normalise_email(other.email) == email:
            scores.append(("email", EMAIL_SCORE))
        if _phone_usable(phone) and normalise_phone(other.phone, other.country) == phone:
            scores.append(("phone", PHONE_SCORE))
        similarity = _name_similarity(name, normalise_name(other.first_name, other.last_name))
        if similarity >= name_threshold and _same_place(new, other):
            scores.append(("name_postcode", similarity))
        if not scores:
            continue
        score = min(100.0, max(s for _, s in scores) + EXTRA_REASON_BONUS * (len(scores) - 1))
        found.append(
            DuplicateCandidate(
                contact_id=other.id,
                score=score,
                reasons=tuple(r for r, _ in scores),
                name_similarity=similarity,
            )
        )
    found.sort(key=lambda c: (-c.score, c.contact_id))
    return found[:limit]
