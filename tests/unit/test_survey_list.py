"""The survey contact list: filters, sorts and name search in SQL, paged block by block.

Every list below is checked against the same list worked out in Python from the cached contacts,
across several blocks, for the plans the queries choose between: a common filter or name (the
sort index walked) and a rare one (the matching contacts found first).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from desktop.models import queries
from desktop.models.cache import MIGRATIONS, open_cache
from desktop.models.queries import COMMON_SEARCH
from desktop.models.survey_queries import (
    FILTERS,
    SORTS,
    ContactQuery,
    after_row,
    next_for_agent,
    on_top,
    page,
)
from desktop.sync.survey_local import apply_survey_change, write_contacts

ME, END = "a1", "2026-11-24T23:59:59Z"
N = COMMON_SEARCH + 700  # enough that "all" and the frequent names walk the sort index
FIRST = ["Hans", "Maria", "Peter", "Giulia", "Jürgen"]
LAST = ["Huber", "Rossi", "Gruber", "Öztürk", "Hofer_x"]
RATINGS = ["very satisfied", "satisfied", "neutral"]
SEARCHES = ["", "h", "MA", "ria h", "hofer_", "özt", "rossi 1", "Maria Huber 7", "zz", "100%"]


def contact(i: int, rng: random.Random) -> dict[str, Any]:
    done = rng.random() < 0.3
    follow = None
    if not done and rng.random() < 0.4:
        follow = {"at": f"2026-11-{rng.randint(20, 28)}T{rng.randint(10, 23)}:00:00Z", "agent_id": ME}
    return {
        "id": f"c{i:05d}",
        "survey_id": "s1",
        "person_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
        "agent_id": rng.choice([ME, "a2", None]),
        "done": done,
        "rating": rng.choice(RATINGS) if done and rng.random() < 0.8 else None,
        "contact_made": done or rng.random() < 0.2,
        "follow_up": follow,
        "appointment": {"day": f"2026-12-{rng.randint(1, 20):02d}"} if rng.random() < 0.02 else None,
        "notes": "",
        "updated_at": f"2026-11-{rng.randint(1, 24):02d}T09:00:00Z",
    }


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = open_cache(tmp_path_factory.mktemp("survey") / "c.sqlite3")
    rng = random.Random(7)
    with engine.begin() as conn:
        for survey in ("s1", "s2"):
            conn.execute(
                text("INSERT INTO surveys VALUES (:i, 'hq', :i, :j)"),
                {"i": survey, "j": json.dumps({"id": survey})},
            )
        write_contacts(conn, [contact(i, rng) for i in range(N)], pending={"c00003"})
        other = [
            {**contact(N + i, rng), "survey_id": "s2", "person_name": f"Maria Huber {i}"} for i in range(50)
        ]
        write_contacts(conn, other, pending=set())
    yield engine
    engine.dispose()


def expected(engine: Engine, q: ContactQuery) -> list[str]:
    """The list as the user should see it, worked out in Python."""
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text("SELECT rowid, * FROM survey_contacts"))]
    needle = q.search.strip().lower()

    def shown(r: dict[str, Any]) -> bool:
        follow, day = r["follow_up_at"], r["appointment_day"]
        return (
            r["survey_id"] == q.survey_id
            and {
                "all": True,
                "open": not r["done"],
                "follow_up": not r["done"] and bool(follow),
                "due_today": not r["done"] and bool(follow) and follow <= END,
                "done": bool(r["done"]),
                "appointment": bool(day),
            }[q.filter]
            # LIKE: case-insensitive for ASCII letters only
            and needle in "".join(c.lower() if c.isascii() else c for c in r["person_name"])
        )

    def mine(r: dict[str, Any]) -> bool:
        return r["agent_id"] == ME and not r["done"] and bool(r["follow_up_at"]) and r["follow_up_at"] <= END

    column = SORTS[q.sort][0]
    listed = [r for r in rows if shown(r)]
    top = sorted((r for r in listed if mine(r)), key=lambda r: (r["follow_up_at"], r["rowid"]))
    rest = sorted(
        (r for r in listed if not mine(r)), key=lambda r: (r[column], r["rowid"]), reverse=q.descending
    )
    return [r["id"] for r in top + rest]


def by_blocks(engine: Engine, q: ContactQuery, block: int) -> list[str]:
    """The list as the list model pages it: offsets in the rows on top, then the keyset position."""
    rows: list[tuple[Any, ...]] = []
    with engine.connect() as conn:
        while True:
            if rows and not on_top(rows[-1]):
                more = page(conn, after_row(q, rows[-1]), me=ME, today_end=END, offset=0, limit=block)
            else:
                more = page(conn, q, me=ME, today_end=END, offset=len(rows), limit=block)
            rows += more
            if len(more) < block:
                return [str(r[0]) for r in rows]


@pytest.fixture(params=["as shipped", "most things common"])
def plans(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The queries choose a plan by how many contacts match; both plans must list the same."""
    if request.param != "as shipped":
        monkeypatch.setattr(queries, "COMMON_SEARCH", 40)  # the threshold of at_least_common


@pytest.mark.parametrize("filter_", FILTERS)
@pytest.mark.parametrize("search", SEARCHES)
def test_every_filter_and_search_lists_the_right_contacts_in_order_across_blocks(
    cache: Engine, plans: None, filter_: str, search: str
) -> None:
    for sort, descending in (("name", False), ("status", True), ("follow_up", False)):
        q = ContactQuery("s1", filter=filter_, search=search, sort=sort, descending=descending)
        want = expected(cache, q)
        assert by_blocks(cache, q, 150) == want, (sort, descending)


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_order_pages_without_gaps_or_repeats(
    cache: Engine, plans: None, sort: str, descending: bool
) -> None:
    for search in ("", "rossi 1"):
        q = ContactQuery("s1", sort=sort, descending=descending, search=search)
        want = expected(cache, q)
        assert by_blocks(cache, q, 400) == want
        with cache.connect() as conn:  # and by offset, for callers that think in offsets
            window = page(conn, q, me=ME, today_end=END, offset=len(want) // 2, limit=300)
        assert [r[0] for r in window] == want[len(want) // 2 : len(want) // 2 + 300]


def test_own_follow_ups_due_today_come_first_and_other_surveys_stay_out(cache: Engine) -> None:
    q = ContactQuery("s1", sort="name")
    with cache.connect() as conn:
        rows = page(conn, q, me=ME, today_end=END, offset=0, limit=2000)
    flags = [on_top(r) for r in rows]
    assert flags[0] and not flags[-1] and flags == sorted(flags, reverse=True)
    assert all(r[0] < f"c{N:05d}" for r in rows)  # no contact of survey s2
    assert next(r for r in rows if r[0] == "c00003")[8] == 1  # pending: shown in bold


def test_the_name_index_follows_renames_deletes_and_new_contacts(tmp_path: Path) -> None:
    engine = open_cache(tmp_path / "c.sqlite3")
    rng = random.Random(3)
    try:
        with engine.begin() as conn:
            write_contacts(conn, [contact(i, rng) for i in range(20)], pending=set())
            write_contacts(conn, [{**contact(5, rng), "person_name": "Wolfgang Amadeus"}], pending=set())
            write_contacts(conn, [{**contact(6, rng), "person_name": "Delia Deletti"}], pending=set())
        with engine.begin() as conn:
            write_contacts(conn, [{**contact(5, rng), "person_name": "Amadeus Karl"}], pending=set())
            write_contacts(
                conn, [{**contact(5, rng), "person_name": "Amadeus Karl"}], pending=set()
            )  # unchanged
            apply_survey_change(conn, {"entity": "survey_contact", "op": "del", "id": "c00006"}, set())
            write_contacts(conn, [{**contact(99, rng), "person_name": "Amadea Wolf"}], pending=set())

        def found(search: str) -> list[str]:
            with engine.connect() as conn:
                rows = page(conn, ContactQuery("s1", search=search), me=ME, today_end=END, offset=0, limit=50)
            return sorted(str(r[0]) for r in rows)

        assert found("amade") == ["c00005", "c00099"]
        assert found("amadeus karl") == ["c00005"]
        assert found("wolfgang") == [] and found("deletti") == []
        assert found("wolf") == ["c00099"]
        with engine.begin() as conn:  # the index agrees with the table, entry for entry
            conn.execute(
                text("INSERT INTO survey_contacts_fts (survey_contacts_fts) VALUES ('integrity-check')")
            )
    finally:
        engine.dispose()


def test_next_call_takes_due_follow_ups_then_fresh_contacts(tmp_path: Path) -> None:
    engine = open_cache(tmp_path / "c.sqlite3")
    base = {"survey_id": "s1", "agent_id": ME, "done": False, "contact_made": False, "notes": ""}
    try:
        with engine.begin() as conn:
            write_contacts(
                conn,
                [
                    {**base, "id": "fresh", "person_name": "Anna"},
                    {
                        **base,
                        "id": "later",
                        "person_name": "Bert",
                        "follow_up": {"at": "2026-11-30T10:00:00Z"},
                    },
                ],
                pending=set(),
            )
        with engine.connect() as conn:
            assert next_for_agent(conn, "s1", ME, "2026-11-24T12:00:00Z") == "fresh"
            assert next_for_agent(conn, "s1", ME, "2026-12-01T12:00:00Z") == "later"
    finally:
        engine.dispose()


def test_migration_c0004_keeps_contacts_and_their_rowids_and_indexes_the_names(tmp_path: Path) -> None:
    engine = open_cache(tmp_path / "c.sqlite3")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("COMMIT")
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = connection
            command.downgrade(config, "c0003")
            connection.exec_driver_sql(
                "INSERT INTO survey_contacts (id, survey_id, person_name, done, contact_made, pending, json) "
                "VALUES ('x', 's1', 'Zoë Zanella', 0, 0, 0, '{}'), ('y', 's1', 'Yann Young', 1, 1, 0, '{}')"
            )
            connection.exec_driver_sql("DELETE FROM survey_contacts WHERE id = 'x'")
            connection.exec_driver_sql(
                "INSERT INTO survey_contacts (id, survey_id, person_name, done, contact_made, pending, json) "
                "VALUES ('z', 's1', 'Zoë Zanella', 0, 0, 0, '{}')"
            )
            before = connection.exec_driver_sql("SELECT rowid, id FROM survey_contacts ORDER BY id").all()
            command.upgrade(config, "head")
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT rowid, id FROM survey_contacts ORDER BY id")).all() == before
            nulls = "SELECT count(*) FROM survey_contacts WHERE rating IS NULL OR follow_up_at IS NULL"
            assert conn.execute(text(nulls)).scalar() == 0
            rows = page(conn, ContactQuery("s1", search="zanella"), me=ME, today_end=END, offset=0, limit=10)
            assert [r[0] for r in rows] == ["z"]
    finally:
        engine.dispose()


class Source:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def survey_page(self, query: ContactQuery, *, offset: int, limit: int) -> list[tuple[Any, ...]]:
        with self.engine.connect() as conn:
            return page(conn, query, me=ME, today_end=END, offset=offset, limit=limit)


def test_the_list_model_scrolls_through_every_contact_and_sorts_by_header(cache: Engine, qapp: Any) -> None:
    from PySide6.QtCore import Qt

    from desktop.views.survey_model import ID_ROLE, SurveyContactModel

    model = SurveyContactModel(Source(cache), lambda i: i or "")

    def listed() -> list[str]:
        while model.canFetchMore():
            model.fetchMore()
        return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]

    q = ContactQuery("s1", filter="open", search="er")
    model.set_query(q)
    assert model.rowCount() == 400 and model.canFetchMore()
    assert listed() == expected(cache, q)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # rating
    assert model.query == ContactQuery("s1", filter="open", search="er", sort="rating", descending=True)
    assert listed() == expected(cache, model.query)
    loaded = listed()
    model.refresh()  # after a write or a sync: as many rows as were loaded, nothing more to find
    assert model.rowCount() == len(loaded) and listed() == loaded
