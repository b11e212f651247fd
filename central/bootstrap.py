"""`enquiry-server init`: start a real company's installation on an empty database.

Creates head office (name, country, the `holidays` subdivision of its calendar, time zone) and
its first administrator, through the same tables and change feed as everything else. Refuses, with
a sentence and without writing anything, on a database that already holds a company, and on any
value the rules could not work with later (an unknown region would make every deadline wrong).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.security import hash_password
from central.store.accounts import HEAD_OFFICE, ROLE_ADMIN, ROLE_HEAD_OFFICE, ROLE_REPORTING, Company, Person
from central.store.people_views import publish_all

LOGIN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 10


class BootstrapError(ValueError):
    """Why `init` refused; the message is the sentence shown to the operator, `code` for programs
    (the administration API answers with it)."""

    def __init__(self, message: str, code: str = "invalid_request", value: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.value = value  # the refused value, for a client that words the refusal itself


@dataclass(frozen=True)
class Installation:
    company_id: str
    admin_id: str


def check_country(country: str) -> str:
    """An ISO country code some holiday calendar knows, upper-cased."""
    import holidays

    code = country.strip().upper()
    if code not in holidays.list_supported_countries():
        raise BootstrapError(
            f"Unknown country code {code!r}: use ISO 3166-1 alpha-2, e.g. IT, DE, AT.",
            "invalid_country",
            code,
        )
    return code


def check_calendar(country: str, subdivision: str | None, timezone: str) -> tuple[str, str | None, str]:
    """The calendar a company's deadlines count on, validated: (COUNTRY, SUBDIVISION, zone)."""
    import holidays

    country = check_country(country)
    supported = holidays.list_supported_countries()
    if subdivision:
        subdivision = subdivision.strip().upper()
        if subdivision not in supported[country]:
            known = ", ".join(supported[country][:12])
            raise BootstrapError(
                f"{subdivision!r} is not a region of {country} with its own holidays (known: {known}, …).",
                "invalid_region",
                subdivision,
            )
    try:
        if timezone not in available_timezones():
            raise ZoneInfoNotFoundError(timezone)
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise BootstrapError(
            f"Unknown time zone {timezone!r}: use an IANA name, e.g. Europe/Rome.",
            "invalid_timezone",
            timezone,
        ) from None
    return country, subdivision or None, timezone


def check_admin(login: str, name: str, password: str) -> tuple[str, str]:
    login = login.strip().lower()
    if not LOGIN.match(login):
        raise BootstrapError(f"The admin login must be an e-mail address, not {login!r}.")
    if not name.strip():
        raise BootstrapError("The admin needs a display name.")
    if len(password) < MIN_PASSWORD:
        raise BootstrapError(f"The admin password needs at least {MIN_PASSWORD} characters.")
    return login, name.strip()


def init_installation(
    session: Session,
    *,
    company: str,
    country: str,
    subdivision: str | None,
    timezone: str,
    admin_login: str,
    admin_name: str,
    password: str,
) -> Installation:
    """Head office and its first admin, in the caller's transaction."""
    if session.scalar(select(func.count()).select_from(Company)):
        raise BootstrapError("This database already holds an installation; init only starts an empty one.")
    if not company.strip():
        raise BootstrapError("Head office needs a name (--company).")
    country, subdivision, timezone = check_calendar(country, subdivision, timezone)
    login, name = check_admin(admin_login, admin_name, password)
    office = Company(
        id=str(uuid.uuid4()),
        name=company.strip(),
        kind=HEAD_OFFICE,
        country=country,
        subdivision=subdivision,
        timezone=timezone,
        postcode_ranges=[],
        active=True,
    )
    session.add(office)
    admin = Person(
        id=str(uuid.uuid4()),
        company_id=office.id,
        login=login,
        display_name=name,
        password_hash=hash_password(password),
        roles=frozenset({ROLE_HEAD_OFFICE, ROLE_ADMIN, ROLE_REPORTING}),
        active=True,
    )
    session.add(admin)
    session.flush()
    publish_all(session)
    return Installation(office.id, admin.id)
