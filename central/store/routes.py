"""Routing rules as stored; `to_route` turns a row into the rules' `Route`."""

from __future__ import annotations

import json

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base
from enquiries.routing import PostcodeRange, Route, Target


class RouteRow(Base):
    __tablename__ = "routes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    postcode_ranges: Mapped[str] = mapped_column(Text, default="[]")  # [[low, high], ...]
    postcode_prefixes: Mapped[str] = mapped_column(Text, default="[]")
    product_interests: Mapped[str] = mapped_column(Text, default="[]")
    keywords: Mapped[str] = mapped_column(Text, default="[]")
    chain: Mapped[str] = mapped_column(Text, default="[]")  # [{kind, company_id, person_id}, ...]
    owner_person_id: Mapped[str] = mapped_column(String(36))
    priority: Mapped[int] = mapped_column(Integer, default=100)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


def to_route(row: RouteRow) -> Route:
    return Route(
        id=row.id,
        name=row.name,
        country=row.country,
        postcode_ranges=tuple(PostcodeRange(lo, hi) for lo, hi in json.loads(row.postcode_ranges)),
        postcode_prefixes=tuple(json.loads(row.postcode_prefixes)),
        product_interests=tuple(json.loads(row.product_interests)),
        keywords=tuple(json.loads(row.keywords)),
        chain=tuple(Target(**t) for t in json.loads(row.chain)),
        owner_person_id=row.owner_person_id,
        priority=row.priority,
    )
