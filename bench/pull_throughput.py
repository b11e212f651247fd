"""Pull throughput: a full paged snapshot pull (limit 5000) of a company seeing 100k enquiries.

Set-up, not timed: the demo seed (accounts plus SEED_ENQUIRIES enquiries through the real rules),
then ROWS synthetic `sync_views` rows for Fenster Müller bulk-inserted directly: each is a copy of
a real projected enquiry of ~1.5 KB from the seed, with a fresh id, and the "change_seq" counter
is moved past them. The pull (as max@mueller.example, from no cursor until has_more is false) is
timed at the client: "rows/s" counts from sending each request to having its whole body; the time
the client then spends decoding the JSON is shown apart ("rows/s with decode" includes it).
Bytes are the response bodies as received (the server does not compress).
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BACKENDS, Server, print_table, serve
from central.demo import demo_id
from central.demo_enquiries import seed_enquiries
from central.store.accounts import Person
from central.store.enquiries import Counter
from central.store.sync import SyncView
from central.store.views import CHANGE_SEQ

ROWS = 100_000
LIMIT = 5000
SEED_ENQUIRIES = 60
TEMPLATE_BYTES = 1500
COMPANY = demo_id("mueller")


def seed(session: Session) -> None:
    people = {p.login.split("@")[0]: p for p in session.scalars(select(Person))}
    seed_enquiries(session, people, now=datetime(2026, 11, 24, 9, tzinfo=UTC), count=SEED_ENQUIRIES)
    session.flush()
    candidates = session.execute(
        select(SyncView.entity_id, SyncView.data).where(
            SyncView.company_id == COMPANY, SyncView.entity == "enquiry", SyncView.visible.is_(True)
        )
    ).all()
    template_id, template = min(candidates, key=lambda row: abs(len(row.data) - TEMPLATE_BYTES))
    first = session.scalar(select(Counter.value).where(Counter.name == CHANGE_SEQ)) + 1
    for at in range(0, ROWS, LIMIT):
        values = []
        for seq in range(first + at, first + min(at + LIMIT, ROWS)):
            entity_id = str(uuid.uuid4())
            values.append(
                {
                    "company_id": COMPANY,
                    "entity": "enquiry",
                    "entity_id": entity_id,
                    "person_id": None,
                    "seq": seq,
                    "visible": True,
                    "data": template.replace(template_id, entity_id),
                }
            )
        session.execute(insert(SyncView), values)
    session.execute(update(Counter).where(Counter.name == CHANGE_SEQ).values(value=first + ROWS - 1))
    visible = select(func.count()).where(SyncView.company_id == COMPANY, SyncView.visible.is_(True))
    print(
        f"  [bulk-inserted {ROWS:,} sync_views rows of {len(template):,} B; "
        f"{session.scalar(visible):,} visible to Müller]"
    )


def measure(server: Server) -> tuple[int, int, int, float, float]:
    """Rows, pages, body bytes, seconds on the wire, seconds decoding JSON."""
    with server.signed_in() as (http, client_id):
        rows = pages = size = 0
        wire = decode = 0.0
        cursor = None
        while True:
            body = {"client_id": client_id, "cursor": cursor, "limit": LIMIT}
            started = time.perf_counter()
            answer = http.post("/api/v1/sync/pull", json=body)
            answer.raise_for_status()
            received = time.perf_counter()
            page = json.loads(answer.content)
            wire += received - started
            decode += time.perf_counter() - received
            rows += len(page["changes"])
            pages += 1
            size += answer.num_bytes_downloaded
            cursor = page["cursor"]
            if not page["has_more"]:
                return rows, pages, size, wire, decode


def run() -> list[list[object]]:
    out: list[list[object]] = []
    for backend in BACKENDS:
        with serve(backend, seed) as server:
            if server is not None:
                rows, pages, size, wire, decode = measure(server)
                out.append(
                    [
                        backend,
                        rows,
                        pages,
                        wire,
                        rows / wire,
                        size / 1e6,
                        size / 1e6 / wire,
                        decode,
                        rows / (wire + decode),
                    ]
                )
    print_table(
        f"full pull, limit {LIMIT} (target >= 20,000 rows/s)",
        [
            "backend",
            "rows",
            "pages",
            "seconds",
            "rows/s",
            "MB on wire",
            "MB/s",
            "decode s",
            "rows/s with decode",
        ],
        out,
    )
    return out


if __name__ == "__main__":
    run()
