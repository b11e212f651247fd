"""What a notice may say about its enquiry: only what the recipient's company sees of it, and of
that only the enquiry's number, type, product interest and postcode area (plus the deadline of
an offer the company has to answer). Mails are written from these facts alone, so no mail can
carry a name, an address, a phone number or the customer's message, accepted or not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from enquiries import privacy
from enquiries.reporting.regions import postcode_area
from enquiries.state import Enquiry


@dataclass(frozen=True)
class NoticeFacts:
    enquiry_id: str
    number: str
    type: str
    product_interest: str
    postcode_area: str  # "DE-80"; "" when the enquiry has no postcode
    deadline: datetime | None  # of the offer this company has to answer, else None


def facts_for(state: Enquiry, company_id: str) -> NoticeFacts | None:
    """The facts of `state` for a person of `company_id`, or None when the company sees nothing."""
    view = privacy.project(state, company_id)
    if view is None:
        return None
    contact = view.get("contact") or {}
    offer = view.get("offer") or {}
    deadline = offer.get("deadline") if offer.get("company_id") == company_id else None
    return NoticeFacts(
        enquiry_id=str(view["id"]),
        number=str(view.get("number") or view["id"]),
        type=str(view.get("type") or ""),
        product_interest=str(view.get("product_interest") or ""),
        postcode_area=postcode_area(str(contact.get("country") or ""), str(contact.get("postcode") or "")),
        deadline=datetime.fromisoformat(deadline) if isinstance(deadline, str) else None,
    )
