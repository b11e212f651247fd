"""What head office's administration shares: its one error, and checks of postcode territories.

The store functions of `admin_companies`, `admin_routes` and `intake_keys` take plain keyword
arguments and run in the caller's transaction, so the HTTP API, the CLI and a CSV import all use
them alike. Every refusal is one `AdminError` whose message is a sentence for the person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from central.bootstrap import BootstrapError, check_calendar, check_country

MAX_TERRITORY_ENTRIES = 500
MAX_POSTCODE = 12


class AdminError(ValueError):
    """A refused administration change: `code` for programs, `message` for people (English), HTTP
    `status`, and what the sentence names, for clients that say it in their user's language
    (`details`, see central/api/errors.py: `field`, `value`, `limit`, `reason`)."""

    def __init__(
        self,
        code: str,
        message: str,
        status: int = 422,
        *,
        field: str | None = None,
        value: str | None = None,
        limit: int | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        named = {"field": field, "value": value, "limit": limit, "reason": reason}
        self.details: dict[str, str | int] = {k: v for k, v in named.items() if v is not None}


def not_found(what: str) -> AdminError:
    """Missing and foreign ids answer alike."""
    return AdminError("not_found", f"No such {what}.", 404, reason=what.replace(" ", "_"))


def head_office(session: Session) -> str:
    """Head office's id; administration needs an installation (`enquiry-server init`)."""
    from central.store.directory import head_office_id

    hq = head_office_id(session)
    if not hq:
        raise AdminError(
            "no_installation", "Run `enquiry-server init` first: there is no head office yet.", 409
        )
    return hq


def calendar(country: str, subdivision: str | None, timezone: str) -> tuple[str, str | None, str]:
    """`bootstrap.check_calendar`, raising `AdminError` (codes: invalid_country/region/timezone)."""
    try:
        return check_calendar(country, subdivision, timezone)
    except BootstrapError as exc:
        raise AdminError(exc.code, str(exc), value=exc.value) from None


def country_code(country: str) -> str:
    """An ISO country code some calendar knows (the same list `init` accepts)."""
    try:
        return check_country(country)
    except BootstrapError as exc:
        raise AdminError(exc.code, str(exc), value=exc.value) from None


def text(value: str, field: str, *, max_length: int = 200, required: bool = True) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise AdminError("invalid_request", f"{field}: must not be empty.", field=field, reason="required")
    if len(cleaned) > max_length:
        raise AdminError(
            "invalid_request",
            f"{field}: at most {max_length} characters.",
            field=field,
            reason="too_long",
            limit=max_length,
        )
    return cleaned


def text_list(values: Iterable[str], field: str, *, max_items: int = 100, max_length: int = 100) -> list[str]:
    """Distinct, trimmed, non-empty entries in their given order."""
    seen: dict[str, str] = {}
    for value in values:
        cleaned = text(value, field, max_length=max_length)
        seen.setdefault(cleaned.casefold(), cleaned)
    if len(seen) > max_items:
        raise AdminError(
            "invalid_request",
            f"{field}: at most {max_items} entries.",
            field=field,
            reason="too_many",
            limit=max_items,
        )
    return list(seen.values())


# --- postcode territories ----------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """One territory entry: an inclusive range of equally long postcodes, or a prefix (high None)."""

    low: str
    high: str | None = None

    def __str__(self) -> str:
        return self.low if self.high is None else f"{self.low}-{self.high}"

    @property
    def is_prefix(self) -> bool:
        return self.high is None


def _compact(value: str) -> str:
    return "".join(value.split()).upper()


def _check_code(code: str, entry: str) -> None:
    if not code or len(code) > MAX_POSTCODE or not code.isascii() or not code.isalnum():
        raise AdminError(
            "invalid_postcode",
            f"{entry!r} is not a postcode range or prefix: use letters and digits, "
            f"a range as LOW-HIGH (e.g. 80000-87999) or a prefix (e.g. 39).",
            value=entry,
            reason="characters",
        )


def parse_span(entry: str) -> Span:
    """ "80000-87999" (both ends equally long, low <= high) or a prefix such as "39"."""
    compact = _compact(entry)
    if compact.count("-") > 1:
        raise AdminError(
            "invalid_postcode",
            f"{entry!r}: a range has exactly one dash, LOW-HIGH.",
            value=entry,
            reason="dashes",
        )
    if "-" not in compact:
        _check_code(compact, entry)
        return Span(compact)
    low, high = compact.split("-")
    _check_code(low, entry)
    _check_code(high, entry)
    if len(low) != len(high):
        raise AdminError(
            "invalid_postcode",
            f"{entry!r}: both ends of a range need the same length.",
            value=entry,
            reason="lengths",
        )
    if low > high:
        raise AdminError(
            "invalid_postcode", f"{entry!r}: the range ends below its start.", value=entry, reason="order"
        )
    return Span(low, high)


def parse_spans(entries: Sequence[str], field: str = "postcode_ranges") -> list[Span]:
    """Every entry checked; duplicates dropped; at most MAX_TERRITORY_ENTRIES."""
    if isinstance(entries, str):
        raise AdminError(
            "invalid_request",
            f"{field}: a list of ranges or prefixes, not one string.",
            field=field,
            reason="not_valid",
        )
    if len(entries) > MAX_TERRITORY_ENTRIES:
        raise AdminError(
            "invalid_request",
            f"{field}: at most {MAX_TERRITORY_ENTRIES} entries.",
            field=field,
            reason="too_many",
            limit=MAX_TERRITORY_ENTRIES,
        )
    spans: dict[Span, None] = {}
    for entry in entries:
        spans.setdefault(parse_span(entry), None)
    return list(spans)


def _prefix_meets_range(prefix: str, low: str, high: str) -> bool:
    """Some postcode of [low, high] (equal lengths) starts with `prefix`."""
    if len(prefix) > len(low):
        return False
    size = len(prefix)
    return low[:size] <= prefix <= high[:size]


def spans_overlap(a: Span, b: Span) -> bool:
    """Whether some postcode lies in both entries."""
    if a.high is None and b.high is None:
        return a.low.startswith(b.low) or b.low.startswith(a.low)
    if a.high is None:
        assert b.high is not None
        return _prefix_meets_range(a.low, b.low, b.high)
    if b.high is None:
        return _prefix_meets_range(b.low, a.low, a.high)
    if len(a.low) != len(b.low):
        return False
    return max(a.low, b.low) <= min(a.high, b.high)
