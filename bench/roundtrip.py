"""Round trip of a single-mutation push: one `add_note` per request, timed at the client.

Signed in as max@mueller.example, the script creates ENQUIRIES enquiries (one batch push, not
timed), then sends WARM_UP + REQUESTS pushes of one `add_note` each, cycling through the enquiries
so no enquiry grows unusually long; the last REQUESTS are timed one by one.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BACKENDS, Server, percentile, print_table, serve
from bench.push_throughput import create_enquiry, push

ENQUIRIES = 50
WARM_UP = 50
REQUESTS = 500


def measure(server: Server) -> list[float]:
    """Sorted round-trip times in ms."""
    with server.signed_in() as (http, client_id):
        creates = [create_enquiry(n) for n in range(ENQUIRIES)]
        push(http, client_id, 1, creates)
        enquiry_ids = [c["args"]["enquiry_id"] for c in creates]
        times = []
        for n in range(WARM_UP + REQUESTS):
            note = {
                "name": "add_note",
                "args": {
                    "enquiry_id": enquiry_ids[n % ENQUIRIES],
                    "note_id": str(uuid.uuid4()),
                    "text": f"Called back ({n}).",
                },
            }
            started = time.perf_counter()
            push(http, client_id, ENQUIRIES + 1 + n, [note])
            times.append((time.perf_counter() - started) * 1000)
        return sorted(times[WARM_UP:])


def run() -> list[list[object]]:
    rows: list[list[object]] = []
    for backend in BACKENDS:
        with serve(backend) as server:
            if server is not None:
                ms = measure(server)
                rows.append([backend, len(ms), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99)])
    print_table(
        "push round trip, one add_note per request (target p95 <= 30 ms)",
        ["backend", "requests", "p50 ms", "p95 ms", "p99 ms"],
        rows,
    )
    return rows


if __name__ == "__main__":
    run()
