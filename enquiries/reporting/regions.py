"""Where an enquiry is: country, subdivision and postcode area, from its country and postcode.

Enquiries carry only a country and a postcode (the intake has no region field). The
**postcode area** is the country plus the first two characters of the normalised postcode
("DE-80", "IT-39", "AT-60"): coarse enough to group, fine enough to see a region, and the same
rule in every country. The **subdivision** is the holidays region (`WorkCalendar.subdivision`)
of a partner whose territory contains the postcode ("DE-BY"): partners' territories are the only
map from postcodes to regions the system has. Several partners covering the postcode: the first
by company id that names a subdivision; none: "" (unknown).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from enquiries.routing import PostcodeRange, normalise_postcode

AREA_LENGTH = 2


@dataclass(frozen=True)
class Territory:
    """A partner's territory as written in its company record: ranges "LOW-HIGH" and prefixes."""

    company_id: str
    country: str
    subdivision: str | None
    entries: tuple[str, ...]

    def contains(self, country: str, postcode: str) -> bool:
        if not postcode or country != self.country.upper():
            return False
        for entry in self.entries:
            low, dash, high = entry.partition("-")
            if dash and low and high:
                if PostcodeRange(low, high).contains(postcode):
                    return True
            elif entry and postcode.startswith(entry.strip().upper()):
                return True
        return False


def postcode_area(country: str, postcode: str) -> str:
    """ "DE-80" for a Munich postcode; "" without a country or a postcode."""
    country = country.strip().upper()
    code = normalise_postcode(country, postcode)
    if not country or not code:
        return ""
    return f"{country}-{code[:AREA_LENGTH]}"


def subdivision_of(country: str, postcode: str, territories: Sequence[Territory]) -> str:
    """ "DE-BY" when a partner territory with a subdivision contains the postcode, else "".
    The first one in `territories` wins: the caller orders them (by company id)."""
    country = country.strip().upper()
    code = normalise_postcode(country, postcode)
    for territory in territories:
        if territory.subdivision and territory.contains(country, code):
            return f"{country}-{territory.subdivision}"
    return ""
