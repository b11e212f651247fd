"""Build a client cache with N synthetic enquiries, as a partner would see them after a full sync.

Rows go through the cache's own write path (`desktop.models.store.write_visible`), so the flat
columns, journal tables and FTS index are exactly what a real sync produces. Like a real pull
(`desktop.sync.apply_pull`), `server_json` stays NULL: with no command pending, `json` IS the
server's state. Each row carries the history and attempts of an accepted offer, so a row is about
as large as a real projection (about 1.3 KB of JSON instead of 1.8 KB for the demo data).

    PYTHONPATH=. .venv/bin/python bench/synthetic_cache.py PATH COUNT
"""

from __future__ import annotations

import json
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from desktop.models.cache import open_cache
from desktop.models.store import write_visible

COMPANY = "partner-1"
ME = "person-1"
FIRST = ["Hans", "Maria", "Peter", "Julia", "Thomas", "Anna", "Giulia", "Paolo", "Francesca", "Stefan"]
LAST = [
    "Huber",
    "Rossi",
    "Gruber",
    "Wagner",
    "Pichler",
    "Bianchi",
    "Moser",
    "Mayr",
    "Ferrari",
    "Hofer",
    "Müller",
    "Schmid",
    "Ricci",
    "Weber",
    "Lechner",
    "Brunner",
    "Greco",
    "Fischer",
    "Steiner",
    "Romano",
]
CITIES = ["München", "Augsburg", "Rosenheim", "Bolzano", "Merano", "Innsbruck", "Kufstein", "Kempten"]
OFFERS = 20  # the newest enquiries are offers waiting for our decision (they expire within 48 h)
STATUSES = ["open"] * 5 + ["assigned"] * 2 + ["won", "lost", "discarded", "declined", "expired"]


def enquiry(i: int, rng: random.Random, start: datetime, *, offered: bool = False) -> dict[str, object]:
    received = start + timedelta(minutes=i)
    accepted = (received + timedelta(hours=4)).isoformat()
    status = "offered" if offered else rng.choice(STATUSES)
    data: dict[str, object] = {
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "number": f"E-{received.year}-{i:07d}",
        "type": rng.choice(["offer", "information", "consultation"]),
        "product_interest": rng.choice(["PVC windows", "Aluminium windows", "Entrance door", "Shading"]),
        "channel": "web",
        "received_at": received.isoformat(),
        "status": status,
        "owner_company_id": COMPANY,
        "origin_company_id": "hq",
        "holder_id": rng.choice([ME, "person-2", "person-3", None]),
        "anonymised": offered,
        "contact": {
            "first_name": rng.choice(FIRST),
            "last_name": rng.choice(LAST),
            "email": f"c{i}@example.net",
            "phone": f"+4989{i:07d}",
            "street": f"Weg {i % 200}",
            "postcode": str(80000 + i % 8000),
            "city": rng.choice(CITIES),
            "country": "DE",
            "message": "Neue Fenster für das Haus",
        },
        "updated_at": received.isoformat(),
        "notes": [],
        "documents": [],
        "tasks": [],
        "attempts": [{"company_id": COMPANY, "outcome": "accepted", "at": accepted, "reason": ""}],
        "history": [
            {
                "at": received.isoformat(),
                "actor_id": None,
                "company_id": "hq",
                "event": "enquiry_created",
                "detail": "",
            },
            {"at": accepted, "actor_id": ME, "company_id": COMPANY, "event": "offer_accepted", "detail": ""},
            {"at": accepted, "actor_id": ME, "company_id": COMPANY, "event": "contact_linked", "detail": ""},
        ],
    }
    if offered:  # anonymised as the server projects an offer waiting for our decision
        contact = data["contact"]
        assert isinstance(contact, dict)
        data["contact"] = {k: contact[k] for k in ("postcode", "city", "country")}
        data["holder_id"] = None
        del data["history"], data["attempts"]
        data["offer"] = {
            "company_id": COMPANY,
            "person_id": None,
            "offered_at": received.isoformat(),
            "deadline": (received + timedelta(days=2)).isoformat(),
        }
    return data


def build(path: Path, count: int, *, seed: int = 7, batch: int = 5000) -> float:
    engine = open_cache(path)
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        user = {
            "id": ME,
            "company_id": COMPANY,
            "company_kind": "partner",
            "roles": ["partner_staff"],
            "display_name": "Bench",
            "company_name": "Bench Partner",
        }
        conn.execute(text("INSERT OR REPLACE INTO meta VALUES ('user', :v)"), {"v": json.dumps(user)})
        conn.execute(text("INSERT OR REPLACE INTO meta VALUES ('cursor', '1')"))
        conn.execute(
            text(
                "INSERT OR REPLACE INTO companies VALUES (:c, 'Bench Partner', 'partner', 'DE', 'BY', "
                "'Europe/Berlin', 1)"
            ),
            {"c": COMPANY},
        )
        for k, name in enumerate(("Bench", "Eva", "Max"), start=1):
            conn.execute(
                text("INSERT OR REPLACE INTO people VALUES (:i, :c, :n, 1, '', 'partner_staff')"),
                {"i": f"person-{k}", "c": COMPANY, "n": name},
            )
    for offset in range(0, count, batch):
        numbers = range(offset, min(count, offset + batch))
        rows = [enquiry(i, rng, start, offered=i >= count - OFFERS) for i in numbers]
        with engine.begin() as conn:
            write_visible(conn, rows, company_id=COMPANY, pending=set())
    engine.dispose()
    return time.perf_counter() - t0


if __name__ == "__main__":
    target = Path(sys.argv[1])
    n = int(sys.argv[2])
    seconds = build(target, n)
    print(f"built {n} enquiries in {seconds:.1f} s -> {target} ({target.stat().st_size / 1e6:.0f} MB)")
