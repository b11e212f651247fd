"""List queries over a cache of a few thousand synthetic enquiries: quick filters, every sort in both
directions, offers on top, full-text search and one enquiry with its journal.

The expected answers are computed in Python from the same dicts that were written, following
DESIGN.md's words (mine, pool, offered to us, ...), not the SQL.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, text

from desktop.models.cache import open_cache
from desktop.models.queries import (
    QUICK_FILTERS,
    SORTS,
    ListQuery,
    enquiry,
    fts_expression,
    page,
)
from desktop.models.store import write_visible

N = 3000
OURS = "c-mueller"
HQ = "c-hq"
OTHER = "c-alpen"
ME = "p-max"
EVA = "p-eva"
TOM = "p-tom"
CLOSED = {"discarded", "won", "lost"}
BASE = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
STATUSES = ["open"] * 5 + ["assigned"] * 3 + ["offered"] * 3 + ["declined", "expired"] + sorted(CLOSED)
FIRST = ["Anna", "Jürgen", "Maria", "Paolo", "Zoë", "Élodie", "Max", "Lukas", ""]
LAST = ["Huber", "Müller", "Rossi", "Öztürk", "Ährenfeld", "Bauer", "Schmid", "Ferri", "d'Angelo"]
PLACES = [
    ("80331", "München", "DE"),
    ("86150", "Augsburg", "DE"),
    ("39100", "Bozen", "IT"),
    ("6020", "Innsbruck", "AT"),
    ("8001", "Zürich", "CH"),
    ("39042", "Brixen", "IT"),
]
TYPES = ["offer", "information", "consultation", "catalogue", "service"]
PRODUCTS = ["PVC windows", "wooden windows", "doors", "shutters", ""]
CHANNELS = ["web", "dealer_page", "manual", "phone", "showroom", "email"]
MARKER = "Zwirnhuber"  # a last name only a few visible rows carry


def stamp(moment: datetime, rng: random.Random) -> str:
    """An ISO timestamp as the server might send it: either 'Z' or '+00:00'."""
    iso = moment.isoformat()
    return iso.replace("+00:00", "Z") if rng.random() < 0.5 else iso


def make_enquiry(i: int, rng: random.Random) -> dict[str, Any]:
    status = rng.choice(STATUSES)
    received = BASE + timedelta(seconds=rng.randrange(0, 90 * 86400))
    postcode, city, country = rng.choice(PLACES)
    data: dict[str, Any] = {
        "id": f"enq-{i:05d}",
        "number": f"E-2026-{i:05d}",
        "status": status,
        "type": rng.choice(TYPES),
        "product_interest": rng.choice(PRODUCTS),
        "channel": rng.choice(CHANNELS),
        "received_at": stamp(received, rng),
        "updated_at": stamp(received + timedelta(hours=1), rng),
    }
    if status == "offered" and rng.random() < 0.6:
        # Offered to us: anonymised, nothing personal, owner is head office.
        deadline = received + timedelta(hours=rng.randrange(1, 96))
        data |= {
            "anonymised": True,
            "offer": {
                "company_id": OURS,
                "person_id": rng.choice([None, ME]),
                "offered_at": stamp(received, rng),
                "deadline": stamp(deadline, rng),
            },
            "contact": {"postcode": postcode, "city": city, "country": country},
        }
        return data
    last = MARKER if i % 401 == 7 else rng.choice(LAST)
    first = rng.choice(FIRST)
    data |= {
        "anonymised": False,
        "owner_company_id": OURS,
        "holder_id": rng.choice([ME, ME, EVA, TOM, None]),
        "colleague_id": rng.choice([None, None, EVA, TOM]),
        "contact": {
            "first_name": first,
            "last_name": last,
            "email": f"{last.lower()}.{i}@example.net",
            "phone": f"+49 89 555 {i:05d}",
            "street": f"Quellenweg {i % 90 + 1}",
            "postcode": postcode,
            "city": city,
            "country": country,
            "message": "Bitte um Rückruf.",
        },
    }
    if status == "assigned":
        data["assigned_by"] = rng.choice([ME, EVA])
        data["holder_id"] = TOM if data["assigned_by"] == ME else rng.choice([ME, TOM])
    if status == "offered":
        # We (as the owner) offered it on to another company: not an offer *to us*.
        deadline = received + timedelta(hours=rng.randrange(1, 96))
        data["offer"] = {
            "company_id": OTHER,
            "person_id": None,
            "offered_at": stamp(received, rng),
            "deadline": stamp(deadline, rng),
        }
        data["holder_id"] = None
    if rng.random() < 0.15:
        data["changed"] = {k: {"by": EVA} for k in rng.sample(["email", "phone", "street", "notes"], 2)}
    if rng.random() < 0.1:
        data["notes"] = [
            {
                "id": f"note-{i}",
                "author_id": EVA,
                "company_id": OURS,
                "at": stamp(received + timedelta(hours=2), rng),
                "text": "Rief zurück, Kennwort Pfirsichblüte." if i % 97 == 3 else "Rückruf vereinbart.",
            }
        ]
    return data


# --- the expected answers, in Python -----------------------------------------------------------


def moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def offered_to_us(d: dict[str, Any]) -> bool:
    return d["status"] == "offered" and (d.get("offer") or {}).get("company_id") == OURS


QUICK: dict[str, Any] = {
    "all": lambda d: True,
    "mine": lambda d: d.get("holder_id") == ME and d["status"] not in CLOSED,
    "pool": lambda d: d.get("holder_id") is None and not d["anonymised"] and d["status"] not in CLOSED,
    "offered": offered_to_us,
    "assigned_by_me": lambda d: d.get("assigned_by") == ME and d["status"] == "assigned",
    "returned": lambda d: d["status"] in ("declined", "expired"),
    "closed": lambda d: d["status"] in CLOSED,
}


def sort_value(d: dict[str, Any], column: str) -> Any:
    contact = d.get("contact") or {}
    name = ", ".join(p for p in (contact.get("last_name", ""), contact.get("first_name", "")) if p)
    return {
        "number": d["number"],
        "status": d["status"],
        "contact": name,
        "postcode": contact.get("postcode", ""),
        "city": contact.get("city", ""),
        "type": d["type"],
        "product": d["product_interest"],
        "channel": d["channel"],
        "received": moment(d["received_at"]),
        "deadline": moment((d.get("offer") or {}).get("deadline")),
        "holder": d.get("holder_id"),
        "colleague": d.get("colleague_id"),
        "changed": ",".join(sorted(d.get("changed") or {})),
    }[column]


def nulls_first(value: Any) -> tuple[bool, Any]:
    """SQLite orders NULL before every value."""
    return (value is not None, value)


def expected_order(
    rows: list[dict[str, Any]], rowids: dict[str, int], column: str, descending: bool
) -> list[str]:
    """Offers to us first (soonest deadline first, then insertion order), then `column` and
    insertion order, both in the chosen direction (the list pages by `(column, rowid)`)."""
    ordered = sorted(
        rows, key=lambda d: (nulls_first(sort_value(d, column)), rowids[d["id"]]), reverse=descending
    )
    ordered.sort(
        key=lambda d: (0, nulls_first(sort_value(d, "deadline"))) if offered_to_us(d) else (1, (False, None))
    )
    return [d["id"] for d in ordered]


# --- fixtures ----------------------------------------------------------------------------------


class Cache:
    def __init__(self, engine: Engine, rows: list[dict[str, Any]]) -> None:
        self.engine = engine
        self.rows = rows
        self.by_id = {d["id"]: d for d in rows}
        with engine.connect() as conn:
            self.rowids = {r.id: r.rowid for r in conn.execute(text("SELECT id, rowid FROM enquiries"))}

    def ids(self, query: ListQuery, *, limit: int = N + 10, offset: int = 0) -> list[str]:
        with self.engine.connect() as conn:
            return [r[1] for r in page(conn, query, ME, offset=offset, limit=limit)]

    def count(self, query: ListQuery) -> int:
        with self.engine.connect() as conn:
            return count(conn, query)

    def where(self, predicate: Any) -> set[str]:
        return {d["id"] for d in self.rows if predicate(d)}


def count(conn: Connection, query: ListQuery) -> int:
    """How many rows the list shows for `query` (offers on top and the rest)."""
    return len(page(conn, query, ME, offset=0, limit=N + 10))


def write_user(conn: Connection) -> None:
    user = {"id": ME, "company_id": OURS, "company_kind": "partner", "roles": ["partner_staff"]}
    conn.execute(text("INSERT INTO meta (key, value) VALUES ('user', :v)"), {"v": json.dumps(user)})


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    engine = open_cache(tmp_path_factory.mktemp("cache") / "c.sqlite3")
    rng = random.Random(20261124)
    rows = [make_enquiry(i, rng) for i in range(N)]
    with engine.begin() as conn:
        write_user(conn)
        for start in range(0, N, 500):  # several pull pages
            write_visible(conn, rows[start : start + 500], company_id=OURS, pending=set())
    yield Cache(engine, rows)
    engine.dispose()


# --- quick filters -----------------------------------------------------------------------------


@pytest.mark.parametrize("quick", QUICK_FILTERS)
def test_quick_filter_returns_exactly_the_expected_rows(cache: Cache, quick: str) -> None:
    expected = cache.where(QUICK[quick])
    assert expected, f"the synthetic data must exercise {quick!r}"
    got = cache.ids(ListQuery(quick=quick))
    assert len(got) == len(set(got))
    assert set(got) == expected
    assert cache.count(ListQuery(quick=quick)) == len(expected)


def test_the_data_set_is_what_the_tests_claim(cache: Cache) -> None:
    assert cache.count(ListQuery()) == N
    assert len(cache.where(offered_to_us)) > 50
    assert cache.where(lambda d: d["status"] == "offered" and not offered_to_us(d))
    assert cache.where(lambda d: d["received_at"].endswith("Z"))
    assert cache.where(lambda d: d["received_at"].endswith("+00:00"))


# --- sorting -----------------------------------------------------------------------------------


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", sorted(SORTS))
def test_sort_matches_a_python_sort_of_the_same_data(cache: Cache, column: str, descending: bool) -> None:
    query = ListQuery(sort=column, descending=descending)
    assert cache.ids(query) == expected_order(cache.rows, cache.rowids, column, descending)


@pytest.mark.parametrize("quick", ["all", "offered", "mine"])
@pytest.mark.parametrize("column", ["received", "contact", "city", "deadline"])
def test_offers_to_us_are_always_on_top(cache: Cache, column: str, quick: str) -> None:
    offers = cache.where(lambda d: offered_to_us(d) and QUICK[quick](d))
    for descending in (False, True):
        got = cache.ids(ListQuery(quick=quick, sort=column, descending=descending))
        assert set(got[: len(offers)]) == offers
        deadlines = [sort_value(cache.by_id[i], "deadline") for i in got[: len(offers)]]
        assert deadlines == sorted(deadlines), "soonest deadline first"


def test_pages_fit_together_without_gaps_or_repeats(cache: Cache) -> None:
    query = ListQuery(sort="city", descending=True)
    whole = cache.ids(query)
    pages: list[str] = []
    for offset in range(0, N, 250):
        pages += cache.ids(query, offset=offset, limit=250)
    assert pages == whole


def test_unknown_sort_falls_back_to_received(cache: Cache) -> None:
    query = ListQuery(sort="received_at; DROP TABLE enquiries", descending=False)
    assert cache.ids(query) == expected_order(cache.rows, cache.rowids, "received", False)


def test_list_rows_are_light_tuples(cache: Cache) -> None:
    with cache.engine.connect() as conn:
        row = page(conn, ListQuery(quick="offered"), ME, offset=0, limit=1)[0]
    assert isinstance(row, tuple)
    d = cache.by_id[row[1]]
    assert row[2:6] == (d["number"], "offered", 1, 1)
    assert row[6] == ""  # no name for an anonymised offer


# --- full-text search --------------------------------------------------------------------------


def search(cache: Cache, words: str, quick: str = "all") -> set[str]:
    query = ListQuery(quick=quick, search=words)
    found = cache.ids(query)
    assert cache.count(query) == len(found)
    return set(found)


def test_search_by_last_name_prefix(cache: Cache) -> None:
    expected = cache.where(lambda d: (d.get("contact") or {}).get("last_name") == MARKER)
    assert 3 <= len(expected) < 20
    assert search(cache, "Zwirn") == expected
    assert search(cache, "zwirnhu") == expected
    assert search(cache, MARKER) == expected
    assert search(cache, "Zwirnhuberx") == set()


def test_search_folds_umlauts_and_accents(cache: Cache) -> None:
    munich = cache.where(lambda d: d["contact"]["city"] == "München")
    assert munich
    assert any(cache.by_id[i]["anonymised"] for i in munich), "the place of an offer is searchable"
    for words in ("Munchen", "münchen", "MÜNCHEN", "Münch", "munc"):
        assert search(cache, words) == munich, words
    zurich = cache.where(lambda d: d["contact"]["city"] == "Zürich")
    assert search(cache, "Zurich") == zurich
    oeztuerk = cache.where(lambda d: (d.get("contact") or {}).get("last_name") == "Öztürk")
    assert search(cache, "ozturk") == oeztuerk


def test_search_by_number(cache: Cache) -> None:
    assert search(cache, "E-2026-00042") == {"enq-00042"}
    assert search(cache, "e-2026-00042") == {"enq-00042"}
    assert search(cache, "E-2026-0004") == {f"enq-{i:05d}" for i in range(40, 50)}


def test_search_words_must_all_match_and_combine_with_quick_filters(cache: Cache) -> None:
    both = cache.where(
        lambda d: (d.get("contact") or {}).get("last_name") == "Huber" and d["contact"]["city"] == "Bozen"
    )
    assert both
    assert search(cache, "huber bozen") == both
    closed_in_munich = cache.where(lambda d: d["contact"]["city"] == "München" and d["status"] in CLOSED)
    assert search(cache, "Munchen", quick="closed") == closed_in_munich


def test_search_finds_note_text(cache: Cache) -> None:
    expected = cache.where(lambda d: any("Pfirsichblüte" in n["text"] for n in d.get("notes") or ()))
    assert expected
    assert search(cache, "pfirsichblute") == expected


def test_anonymised_offers_are_not_found_by_personal_data(cache: Cache) -> None:
    assert all(not cache.by_id[i]["anonymised"] for i in search(cache, "example.net"))
    assert all(not cache.by_id[i]["anonymised"] for i in search(cache, "Quellenweg"))


NASTY = [
    '"',
    '""',
    'foo"bar',
    '"unbalanced',
    "*",
    "Hub*",
    "**",
    "NEAR",
    "NEAR(huber rossi)",
    "NEAR/2",
    "huber NEAR rossi",
    "-",
    "--",
    "-huber",
    "huber -rossi",
    "a OR b",
    "AND",
    "NOT",
    "OR",
    "(",
    ")",
    "()",
    "{a b}",
    "[x]",
    "^huber",
    "city:Bozen",
    "contact : x",
    "+",
    "+huber",
    ".",
    "...",
    "@",
    "@example.net",
    "max@mueller.example",
    "'",
    "d'Angelo",
    ";",
    "\\",
    "%_",
    "\x00",
    "🙂 huber",
    "日本語",
    "  ",
    "x" * 5000,
    " ".join(f"w{i}" for i in range(50)),
]


@pytest.mark.parametrize("words", NASTY)
def test_user_input_never_breaks_the_search(cache: Cache, words: str) -> None:
    expression = fts_expression(words)
    assert expression.count('"') % 2 == 0
    found = search(cache, words)  # must not raise
    if not expression:
        assert len(found) == N, "no searchable words: no filter"


def test_fts_expression_quotes_every_word_as_a_prefix() -> None:
    assert fts_expression("Huber München") == '"Huber"* "München"*'
    assert fts_expression('say "NEAR" OR') == '"say"* "NEAR"* "OR"*'
    assert fts_expression("") == ""
    assert fts_expression("*()^:") == ""
    assert len(fts_expression(" ".join(f"w{i}" for i in range(50))).split()) == 8


def test_syntax_words_are_searched_literally(cache: Cache) -> None:
    assert search(cache, "NEAR") == set()
    assert search(cache, "huber OR rossi") == set()  # three words, all must match


# --- one enquiry -------------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Engine]:
    engine = open_cache(tmp_path / "c.sqlite3")
    with engine.begin() as conn:
        write_user(conn)
    yield engine
    engine.dispose()


def journalled(name: str = "Huber") -> dict[str, Any]:
    at, later = "2026-03-02T09:00:00+00:00", "2026-03-03T10:00:00Z"
    return {
        "id": "enq-j",
        "number": "E-2026-0900",
        "status": "open",
        "anonymised": False,
        "type": "offer",
        "product_interest": "PVC windows",
        "channel": "phone",
        "received_at": "2026-03-01T08:00:00Z",
        "owner_company_id": OURS,
        "holder_id": ME,
        "contact": {"first_name": "Maria", "last_name": name, "postcode": "80331", "city": "München"},
        "notes": [
            {"id": "n2", "author_id": EVA, "company_id": OURS, "at": later, "text": "second"},
            {"id": "n1", "author_id": ME, "company_id": OURS, "at": at, "text": "first"},
        ],
        "documents": [
            {
                "id": "d1",
                "author_id": ME,
                "company_id": OURS,
                "at": at,
                "filename": "plan.pdf",
                "content_type": "application/pdf",
                "size": 1234,
                "sha256": "ab" * 32,
            }
        ],
        "tasks": [
            {"id": "t1", "author_id": ME, "company_id": OURS, "at": at, "title": "Call back", "due_at": at}
        ],
        "history": [
            {"at": "2026-03-01T08:00:00Z", "actor_id": None, "company_id": HQ, "event": "received"},
            {"at": at, "actor_id": ME, "company_id": OURS, "event": "accepted", "detail": ""},
            {"at": at, "actor_id": ME, "company_id": OURS, "event": "note_added", "detail": "n1"},
        ],
        "external": {
            "steps": [
                {"kind": "consultation_appointment", "date": at, "note": "visit", "recorded_by": ME, "at": at}
            ]
        },
    }


def test_enquiry_comes_with_its_journal(small: Engine) -> None:
    with small.begin() as conn:
        write_visible(conn, [journalled()], company_id=OURS, pending=set())
    with small.connect() as conn:
        data = enquiry(conn, "enq-j")
        assert enquiry(conn, "enq-missing") is None
    assert data is not None
    assert data["number"] == "E-2026-0900" and data["pending"] is False
    assert [n["text"] for n in data["journal_notes"]] == ["first", "second"]
    assert data["journal_notes"][0]["at"] == "2026-03-02T09:00:00Z", "stored as UTC 'Z'"
    assert [d["filename"] for d in data["journal_documents"]] == ["plan.pdf"]
    assert [t["title"] for t in data["journal_tasks"]] == ["Call back"]
    assert [h["event"] for h in data["journal_history"]] == ["received", "accepted", "note_added"]
    assert [s["kind"] for s in data["journal_external_steps"]] == ["consultation_appointment"]


def test_rewriting_an_enquiry_replaces_journal_and_index(small: Engine) -> None:
    with small.begin() as conn:
        write_visible(conn, [journalled("Huber")], company_id=OURS, pending=set())
        changed = journalled("Oberhuber")
        changed["notes"] = changed["notes"][:1]
        write_visible(conn, [changed], company_id=OURS, pending={"enq-j"})
    with small.connect() as conn:
        data = enquiry(conn, "enq-j")
        assert data is not None and data["pending"] is True
        assert [n["text"] for n in data["journal_notes"]] == ["second"]
        assert len(data["journal_history"]) == 3
        assert count(conn, ListQuery(search="Huber")) == 0
        assert count(conn, ListQuery(search="Oberhuber")) == 1
        assert count(conn, ListQuery(search="first")) == 0, "the removed note left the index"
        fts_rows = conn.execute(text("SELECT count(*) FROM enquiries_fts")).scalar_one()
        assert fts_rows == 1
