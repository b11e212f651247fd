"""Read marks wait in the cache until the server has them, in parts the server takes (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.models.cache import open_cache
from desktop.sync import read_marks


class Answer:
    def __init__(self, status: int) -> None:
        self.status_code = status


class Server:
    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.bodies: list[dict[str, Any]] = []

    def call(self, method: str, path: str, **kwargs: Any) -> Answer:
        assert (method, path) == ("POST", "/notifications/read")
        self.bodies.append(kwargs["json"])
        return Answer(self.statuses.pop(0) if self.statuses else 200)


def test_a_long_offline_list_goes_in_parts_and_stays_until_every_part_is_taken(tmp_path: Path) -> None:
    engine = open_cache(tmp_path / "c.sqlite3")
    ids = [f"n{i}" for i in range(2500)]
    with engine.begin() as conn:
        read_marks.remember(conn, ids)
    failing = Server([200, 503])
    assert read_marks.send(engine, failing) == 0  # type: ignore[arg-type]
    assert [len(b["ids"]) for b in failing.bodies] == [1000, 1000], "stopped at the refused part"
    server = Server([])
    assert read_marks.send(engine, server) == 2500  # type: ignore[arg-type]
    assert [len(b["ids"]) for b in server.bodies] == [1000, 1000, 500]
    assert [i for b in server.bodies for i in b["ids"]] == ids, "every mark, in order"
    assert read_marks.send(engine, Server([])) == 0, "nothing left to tell"  # type: ignore[arg-type]
    with engine.begin() as conn:
        read_marks.remember(conn, None)
    everything = Server([])
    assert read_marks.send(engine, everything) == 1  # type: ignore[arg-type]
    assert everything.bodies == [{"all": True}]
    engine.dispose()
