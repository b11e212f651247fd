"""Routing rules for incoming enquiries.

Web enquiries arrive through the intake API and are pre-filtered here, before anyone sees them: spam is
set aside, and everything else is matched by content (product interest, keywords) and location (country
plus postcode ranges or prefixes) to a route.  A route carries an ordered chain of targets - partner
companies that get an offer one after another, or a head-office person who becomes holder - and names the
head-office person in charge, to whom declined or expired enquiries come back.

Pure functions only: the server and the desktop client both call this with plain values, so the same
enquiry is routed the same way wherever the decision is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "BLOCKED_EMAIL_DOMAINS",
    "SPAM_WORDS",
    "IntakeFacts",
    "PostcodeRange",
    "Route",
    "RoutingDecision",
    "Target",
    "is_spam",
    "normalise_postcode",
    "route",
]

# Digit-only postcode lengths we know.  Used to restore leading zeros that spreadsheets and number-typed
# form fields drop ("1067" -> "01067" Dresden, "100" -> "00100" Rome).
_POSTCODE_DIGITS: dict[str, int] = {"DE": 5, "IT": 5, "AT": 4, "CH": 4}

# Country markers people put in front of postcodes ("D-80331", "A-6020", "I-39100", "DE-80331").
_POSTCODE_COUNTRY_MARKERS: dict[str, tuple[str, ...]] = {
    "DE": ("DE", "D"),
    "AT": ("AT", "A"),
    "IT": ("IT", "I"),
    "CH": ("CH",),
}


def _is_digits(value: str) -> bool:
    """ASCII digits only: str.isdigit() alone would accept superscripts and other scripts' digits."""
    return value.isascii() and value.isdigit()


def normalise_postcode(country: str, postcode: str) -> str:
    """Bring a postcode into the one form routes are written in.

    Strips all whitespace, upper-cases, drops a country marker such as "D-" or "A-", and for countries
    with digit-only postcodes (DE/IT 5 digits, AT/CH 4) restores leading zeros lost by number-typed
    input, but only when at least 3 digits are left - shorter values are left alone rather than invented.
    """
    country = country.strip().upper()
    code = "".join(postcode.split()).upper()
    for marker in _POSTCODE_COUNTRY_MARKERS.get(country, (country,) if country else ()):
        if code.startswith(marker + "-") and len(code) > len(marker) + 1:
            code = code[len(marker) + 1 :]
            break
    width = _POSTCODE_DIGITS.get(country)
    if width is not None and _is_digits(code) and 3 <= len(code) < width:
        code = code.zfill(width)
    return code


@dataclass(frozen=True)
class PostcodeRange:
    """An inclusive postcode range of a route, e.g. Bavaria "80000"-"87999"."""

    low: str
    high: str

    def __post_init__(self) -> None:
        if not self.low.strip() or not self.high.strip():
            raise ValueError("postcode range needs both ends")

    def contains(self, postcode: str) -> bool:
        """Numeric comparison when the ends and the postcode are all digits, so "6000"-"6999" does not
        depend on string ordering; otherwise a string comparison, only between values of equal length
        (a string compare of "8" against "80000"-"87999" would be meaningless)."""
        low = "".join(self.low.split()).upper()
        high = "".join(self.high.split()).upper()
        code = "".join(postcode.split()).upper()
        if not code:
            return False
        if _is_digits(low) and _is_digits(high) and _is_digits(code):
            return int(low) <= int(code) <= int(high)
        if len(low) == len(high) == len(code):
            return low <= code <= high
        return False


@dataclass(frozen=True)
class Target:
    """One step of a route's chain: a partner company (gets an offer) or a head-office person (becomes
    holder).  For a partner, person_id optionally names the person there who should get it."""

    kind: Literal["partner", "person"]
    company_id: str
    person_id: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ("partner", "person"):
            raise ValueError(f"unknown target kind: {self.kind!r}")
        if self.kind == "person" and not self.person_id:
            raise ValueError("a person target needs person_id")


@dataclass(frozen=True)
class Route:
    """A pre-filter plus the chain an enquiry matching it walks through.

    Empty postcode_ranges and postcode_prefixes mean the whole country; empty product_interests or
    keywords mean no filter on that.  Lower priority wins when several routes match.
    """

    id: str
    name: str
    country: str
    postcode_ranges: tuple[PostcodeRange, ...] = ()
    postcode_prefixes: tuple[str, ...] = ()
    product_interests: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    chain: tuple[Target, ...] = ()
    owner_person_id: str = ""
    priority: int = 100

    @property
    def is_whole_country(self) -> bool:
        """A route without ranges and prefixes is the country-wide fallback and loses to specific ones."""
        return not self.postcode_ranges and not self.postcode_prefixes


@dataclass(frozen=True)
class IntakeFacts:
    """What routing looks at - deliberately only these fields, so routing stays explainable."""

    country: str
    postcode: str
    product_interest: str
    message: str
    email: str = ""
    channel: str = "web"


@dataclass(frozen=True)
class RoutingDecision:
    """The outcome, with a short machine-readable reason: "matched", "no_route" or "spam:<rule>"."""

    route: Route | None
    chain: tuple[Target, ...]
    owner_person_id: str | None
    spam: bool
    reason: str


# --- spam -----------------------------------------------------------------------------------------------

# Kept deliberately small: a false positive loses a real customer silently, a false negative only costs
# head office a click.  Matched as whole words/phrases, case-insensitively, so "Casinostraße" in an
# address is not spam.  Bare "casino" is not listed: it is an Italian street/place name ("Via del Casino").
SPAM_WORDS: tuple[str, ...] = (
    "viagra",
    "cialis",
    "online casino",
    "casino bonus",
    "crypto investment",
    "bitcoin investment",
    "forex trading",
    "seo services",
    "backlinks",
)

# Throwaway-address services; a matching e-mail domain or any subdomain of one is spam.
BLOCKED_EMAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "mailinator.com",
        "guerrillamail.com",
        "sharklasers.com",
        "10minutemail.com",
        "yopmail.com",
        "trashmail.com",
        "tempmail.com",
    }
)

_MAX_LINKS = 3
_URL_RE = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_NON_LETTER_MIN_CHARS = 10


def _phrase_pattern(phrase: str, *, whole_word: bool) -> re.Pattern[str]:
    """Regex for a phrase on casefolded text: must start at a word boundary, words separated by any
    whitespace or hyphens ("online casino" finds "Online-Casino"); with whole_word it must also end at one."""
    words = [re.escape(w) for w in phrase.casefold().split()]
    tail = r"(?!\w)" if whole_word else ""
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(words) + tail)


_SPAM_PATTERNS = tuple(_phrase_pattern(w, whole_word=True) for w in SPAM_WORDS)


def _email_domain(email: str) -> str:
    _, at, domain = email.strip().rpartition("@")
    return domain.strip().lower().rstrip(".") if at else ""


def _mostly_non_letters(message: str) -> bool:
    """More than half of the message is neither letter, digit nor whitespace.

    Digits are left out of the count on purpose: a message that is just "Rückruf 0171/1234567" or a list
    of window sizes is a real enquiry.  Short messages are never judged.
    """
    chars = [c for c in message if not c.isspace() and not c.isdigit()]
    if len(chars) < _NON_LETTER_MIN_CHARS:
        return False
    non_letters = sum(1 for c in chars if not c.isalpha())
    return non_letters * 2 > len(chars)


def is_spam(facts: IntakeFacts) -> str | None:
    """Name of the first spam rule the enquiry trips, or None.

    Rules, checked in this order:
      "empty"           - no e-mail and no message: nothing to act on
      "blocked_domain"  - e-mail at a throwaway-address service (BLOCKED_EMAIL_DOMAINS)
      "spam_words"      - a word or phrase of SPAM_WORDS in message or product interest
      "only_urls"       - the message is nothing but links
      "too_many_links"  - more than 3 links in the message
      "non_letters"     - more than half the non-space, non-digit characters are not letters
    Deliberately modest: real window/door enquiries in German, Italian and English must pass.
    """
    message = facts.message.strip()
    if not message and not facts.email.strip():
        return "empty"
    domain = _email_domain(facts.email)
    if domain and any(domain == d or domain.endswith("." + d) for d in BLOCKED_EMAIL_DOMAINS):
        return "blocked_domain"
    text = f"{facts.product_interest}\n{message}".casefold()
    if any(p.search(text) for p in _SPAM_PATTERNS):
        return "spam_words"
    links = _URL_RE.findall(message)
    if links and not _URL_RE.sub("", message).strip():
        return "only_urls"
    if len(links) > _MAX_LINKS:
        return "too_many_links"
    if _mostly_non_letters(message):
        return "non_letters"
    return None


# --- matching -------------------------------------------------------------------------------------------


def _postcode_matches(r: Route, postcode: str) -> bool:
    if r.is_whole_country:
        return True
    if not postcode:
        return False
    # Prefixes are only compacted, never zero-padded: "803" means 803xx, not "00803".
    prefixes = ("".join(p.split()).upper() for p in r.postcode_prefixes)
    if any(p and postcode.startswith(p) for p in prefixes):
        return True
    return any(rng.contains(postcode) for rng in r.postcode_ranges)


def _product_matches(r: Route, product_interest: str) -> bool:
    if not r.product_interests:
        return True
    wanted = product_interest.strip().casefold()
    return any(p.strip().casefold() == wanted for p in r.product_interests)


def _keywords_match(r: Route, facts: IntakeFacts) -> bool:
    """At least one keyword must start a word in product interest or message.  Only the start is anchored
    so inflections match ("fenster" finds "Fenstern", "Fensterbau"); German compounds with the keyword
    inside ("Holzfenster") do not - list them as keywords of their own."""
    if not r.keywords:
        return True
    text = f"{facts.product_interest}\n{facts.message}".casefold()
    return any(_phrase_pattern(k, whole_word=False).search(text) for k in r.keywords if k.strip())


def _matches(r: Route, facts: IntakeFacts, country: str, postcode: str) -> bool:
    return (
        r.country.strip().upper() == country
        and _postcode_matches(r, postcode)
        and _product_matches(r, facts.product_interest)
        and _keywords_match(r, facts)
    )


def route(facts: IntakeFacts, routes: Sequence[Route]) -> RoutingDecision:
    """Decide where an enquiry goes.

    Spam goes nowhere.  Otherwise, among the matching routes the lowest priority wins, then a route with
    postcode ranges/prefixes beats a whole-country one, then the lowest route id - so the result never
    depends on the order routes were loaded in.
    """
    rule = is_spam(facts)
    if rule is not None:
        return RoutingDecision(route=None, chain=(), owner_person_id=None, spam=True, reason=f"spam:{rule}")
    country = facts.country.strip().upper()
    postcode = normalise_postcode(country, facts.postcode)
    candidates = [r for r in routes if _matches(r, facts, country, postcode)]
    if not candidates:
        return RoutingDecision(route=None, chain=(), owner_person_id=None, spam=False, reason="no_route")
    best = min(candidates, key=lambda r: (r.priority, r.is_whole_country, r.id))
    return RoutingDecision(
        route=best,
        chain=best.chain,
        owner_person_id=best.owner_person_id or None,
        spam=False,
        reason="matched",
    )
