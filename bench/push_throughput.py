"""Push throughput: mutations/s for `create_enquiry` pushed in batches of 1 and of 100 over HTTP.

Each batch size gets a fresh sign-in (client id) as max@mueller.example and first pushes 20
mutations as a warm-up; then MUTATIONS mutations are timed, sequentially, one request at a time.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BACKENDS, Server, print_table, serve

MUTATIONS = 2000
BATCHES = (1, 100)
WARM_UP = 20


def create_enquiry(n: int) -> dict[str, Any]:
    return {
        "name": "create_enquiry",
        "args": {
            "enquiry_id": str(uuid.uuid4()),
            "last_name": f"Bench {n}",
            "postcode": "80331",
            "country": "DE",
        },
    }


def push(http: Any, client_id: str, first_id: int, commands: list[dict[str, Any]]) -> None:
    mutations = [{"id": first_id + i, **command} for i, command in enumerate(commands)]
    answer = http.post("/api/v1/sync/push", json={"client_id": client_id, "mutations": mutations})
    answer.raise_for_status()
    bad = [r for r in answer.json()["results"] if r["status"] != "applied"]
    if bad:
        raise RuntimeError(f"mutations refused: {bad[:3]}")


def measure(server: Server, batch: int) -> float:
    """Mutations per second for MUTATIONS mutations pushed `batch` at a time."""
    with server.signed_in() as (http, client_id):
        push(http, client_id, 1, [create_enquiry(n) for n in range(WARM_UP)])
        next_id = WARM_UP + 1
        commands = [create_enquiry(n) for n in range(MUTATIONS)]
        started = time.perf_counter()
        for at in range(0, MUTATIONS, batch):
            push(http, client_id, next_id + at, commands[at : at + batch])
        return MUTATIONS / (time.perf_counter() - started)


def run() -> list[list[object]]:
    rows: list[list[object]] = []
    for backend in BACKENDS:
        with serve(backend) as server:
            if server is not None:
                rows += [[backend, batch, MUTATIONS, measure(server, batch)] for batch in BATCHES]
    print_table(
        "push throughput (create_enquiry, target >= 1,000 mutations/s in batches)",
        ["backend", "batch", "mutations", "mutations/s"],
        rows,
    )
    return rows


if __name__ == "__main__":
    run()
