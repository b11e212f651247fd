"""Uploaded files. A blob belongs to the company that uploaded it until a note on an enquiry
(`add_document`) attaches it; from then on whoever sees that enquiry in full may download it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from central.store.base import Base, UTCDateTime


class DocumentBlob(Base):
    __tablename__ = "document_blobs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    company_id: Mapped[str] = mapped_column(String(36), index=True)
    uploader_id: Mapped[str] = mapped_column(String(36))
    enquiry_id: Mapped[str | None] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
