"""What an erasure leaves behind: a tombstone per erased enquiry, without any personal data.

It lets the server answer "erased" instead of "not found" to a client that still pushes a change
to it (an offline laptop), keeps anyone from creating an enquiry under the same id again, and
makes a second erasure of the same enquiry (the retention job in two processes) a no-op.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime


class ErasedEnquiry(Base):
    __tablename__ = "erased_enquiries"

    enquiry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), default="")
    owner_company_id: Mapped[str] = mapped_column(String(36))
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime())
    erased_by: Mapped[str | None] = mapped_column(String(36))  # None: the retention job
    reason: Mapped[str] = mapped_column(String(20))  # "request" (art. 17) or "retention"
    removed: Mapped[str] = mapped_column(Text, default="{}")  # what was removed, counted per kind
