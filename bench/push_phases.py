"""Where a pushed mutation's time goes, in-process (no HTTP), by phase of the store's write path.

Not part of run_all: a diagnostic for when push throughput is below target. It calls
`central.store.push.push` directly in batches of 100 (as the endpoint does), with timers wrapped
around the store's functions (the server code is not changed), and counts SQL statements.
`python bench/push_phases.py [sqlite|postgresql] [create|note] [N]`
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import central.store.commands as commands_module
import central.store.push as push_module
import central.store.views as views_module
from bench.common import database, pg_problem, prepare
from central.db import make_engine, make_session_factory
from central.demo import demo_id
from central.store.accounts import Person
from central.store.push import Mutation
from enquiries.commands import Command, parse_command
from enquiries.directory import Actor

PHASES = {
    push_module: ("_apply", "_client_for_update", "execute"),
    commands_module: (
        "load_for_update",
        "load_directory",
        "decide",
        "store",
        "next_number",
        "after_events",
        "write_views",
    ),
    views_module: ("take_sequence",),
}
spent: Counter[str] = Counter()


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - started

    return wrapper


def main(backend: str, kind: str, count: int) -> None:
    for module, names in PHASES.items():
        for name in names:
            setattr(module, name, timed(name, getattr(module, name)))
    with tempfile.TemporaryDirectory() as tmp, database(backend, Path(tmp)) as url:
        prepare(url)
        engine = make_engine(url)
        statements: Counter[str] = Counter()
        event.listen(
            engine, "before_cursor_execute", lambda _c, _cur, sql, *_: statements.update([sql.split()[0]])
        )
        factory = make_session_factory(engine)
        with factory() as session:
            max_ = session.get(Person, demo_id("max@mueller.example"))
            assert max_ is not None
            actor = Actor(max_.id, max_.company_id, "partner", frozenset(max_.roles))
        enquiry_ids = [str(uuid.uuid4()) for _ in range(50)]

        def command(n: int) -> Command:
            if kind == "create" or n < 50:
                args = {
                    "enquiry_id": enquiry_ids[n] if n < 50 else str(uuid.uuid4()),
                    "last_name": "X",
                    "postcode": "80331",
                    "country": "DE",
                }
                return parse_command("create_enquiry", args)
            args = {"enquiry_id": enquiry_ids[n % 50], "note_id": str(uuid.uuid4()), "text": "Called back."}
            return parse_command("add_note", args)

        mutations = [Mutation(n + 1, command(n)) for n in range(50 + count)]
        push = push_module.push
        push(factory, client_id="c", actor=actor, mutations=mutations[:50], clock=lambda: datetime.now(UTC))
        spent.clear()
        statements.clear()
        started = time.perf_counter()
        for at in range(50, 50 + count, 100):
            push(
                factory,
                client_id="c",
                actor=actor,
                mutations=mutations[at : at + 100],
                clock=lambda: datetime.now(UTC),
            )
        total = time.perf_counter() - started
        engine.dispose()
    print(
        f"{backend} {kind}: {count / total:,.0f} mutations/s in-process, {1000 * total / count:.2f} ms each"
    )
    print(f"  {'begin, commit (with its flush)':44} {1000 * (total - spent['_apply']) / count:6.2f} ms")
    for name, seconds in spent.most_common():
        print(f"  {name:44} {1000 * seconds / count:6.2f} ms")
    per = ", ".join(f"{k} {v / count:.1f}" for k, v in statements.most_common())
    print(f"  SQL statements per mutation: {sum(statements.values()) / count:.1f} ({per})")


if __name__ == "__main__":
    backend_arg = sys.argv[1] if len(sys.argv) > 1 else "sqlite"
    if backend_arg == "postgresql" and (problem := pg_problem()):
        sys.exit(f"PostgreSQL unreachable: {problem}")
    main(
        backend_arg,
        sys.argv[2] if len(sys.argv) > 2 else "create",
        int(sys.argv[3]) if len(sys.argv) > 3 else 1000,
    )
