"""A desktop client that edits without pause, to be killed: `python -m tests.sync.crash_worker
<server_url> <data_dir> <start> <count>`.

Signs in as anna (head office) with the cache under `data_dir`, then performs edits `start`,
`start + 1`, ... through `optimistic.perform` exactly as the desktop does. Edit `n` is deterministic
(`edit_command(n)`): every hundredth edit creates an enquiry, the others add the note "edit-<n>"
with a note id derived from `n` to the enquiry of their hundred. After each `perform` that
returned a mutation id the worker prints `ACK <n> <mutation id>` and flushes: that line is the
acknowledgement the user would have seen. An edit the cache already holds (it was committed just
before an earlier run was killed, so it was never acknowledged) is refused locally as a duplicate;
the worker prints `DUP <n>` for it. Every `SYNC_EVERY` edits it runs `sync_once()`, so pushes and
pulls are in flight when the kill comes. Having performed all its edits it syncs until the outbox
is empty and prints `SYNCED <pending>`.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

LOGIN = "anna@hq.example"
PASSWORD = "demo"
SYNC_EVERY = 25
PER_ENQUIRY = 100
NAMESPACE = uuid.UUID("0f6f9a52-3c1e-4f59-9a43-6d1c2b7e8a10")
ALREADY_THERE = {"already_exists", "duplicate_item"}


def enquiry_id(n: int) -> str:
    """The enquiry edit `n` works on (one per hundred edits)."""
    return str(uuid.uuid5(NAMESPACE, f"crash-enquiry-{n // PER_ENQUIRY}"))


def note_id(n: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"crash-note-{n}"))


def is_create(n: int) -> bool:
    return n % PER_ENQUIRY == 0


def edit_command(n: int):  # -> Command (imported lazily: the test imports this module cheaply)
    from enquiries.commands import AddNote, CreateEnquiry

    if is_create(n):
        return CreateEnquiry(
            enquiry_id=enquiry_id(n),
            type="information",
            channel="phone",
            first_name="Crash",
            last_name=f"Test {n // PER_ENQUIRY}",
            email="crash.test@example.net",
            postcode="39100",
            city="Bozen",
            country="IT",
            message=f"edit-{n}",
        )
    return AddNote(enquiry_id=enquiry_id(n), note_id=note_id(n), text=f"edit-{n}")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("server_url")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("start", type=int)
    parser.add_argument("count", type=int)
    args = parser.parse_args()

    from desktop.sync.optimistic import perform
    from desktop.sync.session import open_session
    from desktop.sync.transport import Offline
    from enquiries.refusals import Refusal

    session = open_session(args.server_url, LOGIN, PASSWORD, data_dir=args.data_dir)
    engine = session.sync
    say(f"READY {engine.client_id} {session.path}")
    for n in range(args.start, args.start + args.count):
        result = perform(engine.db, edit_command(n), now=datetime.now(UTC))
        if isinstance(result, Refusal):
            if result.code not in ALREADY_THERE:
                say(f"REFUSED {n} {result.code}")
                return 3
            say(f"DUP {n}")
        else:
            say(f"ACK {n} {result}")
        if (n + 1) % SYNC_EVERY == 0:
            try:
                report = engine.sync_once()
                say(f"SYNC pushed={report.pushed} pending={report.pending}")
            except Offline as exc:
                say(f"OFFLINE {exc}")
    pending = engine.pending_count()
    for _ in range(20):
        if pending == 0:
            break
        pending = engine.sync_once().pending
    say(f"SYNCED {pending}")
    session.close()
    return 0 if pending == 0 else 4


if __name__ == "__main__":
    sys.exit(main())
