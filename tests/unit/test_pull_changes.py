"""What an applied pull page changed (`Changes`, by ids) and what a whole pull reports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from desktop.changes import Changes
from desktop.models import meta
from desktop.models.cache import open_cache
from desktop.sync.apply_pull import apply_page
from desktop.sync.engine import SyncEngine
from desktop.sync.optimistic import perform
from desktop.sync.transport import ResyncRequired
from enquiries.commands import CreateEnquiry

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ME, OURS = "p-max", "c-mueller"


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Engine]:
    engine = open_cache(tmp_path / "c.sqlite3")
    user = {"id": ME, "company_id": OURS, "company_kind": "partner", "roles": ["partner_staff"]}
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('user', :v)"), {"v": json.dumps(user)})
    yield engine
    engine.dispose()


def page(*changes: dict[str, Any], cursor: int = 1, **extra: Any) -> dict[str, Any]:
    return {"changes": list(changes), "cursor": cursor, "has_more": False, "epoch": 1, **extra}


def put(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"entity": entity, "op": "put", "id": data["id"], "data": data}


def notification(nid: str) -> dict[str, Any]:
    return put("notification", {"id": nid, "person_id": ME, "kind": "assigned", "at": "2026-03-02T09:00:00Z"})


def enquiry(eid: str) -> dict[str, Any]:
    """A server projection, as little of it as the cache needs."""
    data = {"id": eid, "status": "open", "received_at": "2026-03-01T08:00:00Z", "contact": {"last_name": "K"}}
    return put("enquiry", data)


def history(hid: str, contact_id: str) -> dict[str, Any]:
    entry = {"id": hid, "contact_id": contact_id, "survey_id": "s-1", "at": "2026-03-02T09:00:00Z"}
    return put("contact_history", {**entry, "author_id": ME, "text": "called"})


def applied(engine: Engine, pulled: dict[str, Any]) -> tuple[dict[str, int], Changes]:
    with engine.begin() as conn:
        counts, changes = apply_page(conn, pulled, now=NOW)
    return counts, changes


def test_a_page_with_one_notification_names_only_that_notification(cache: Engine) -> None:
    counts, changes = applied(cache, page(notification("n-1")))
    assert changes == Changes.of(notifications=["n-1"])
    assert not changes.touches("enquiries") and not changes.everything
    assert counts == {"put": 1, "del": 0, "refused": 0, "acknowledged": 0, "erased": 0}


def test_a_page_with_an_enquiry_put_names_that_enquiry(cache: Engine) -> None:
    _counts, changes = applied(cache, page(enquiry("e-1")))
    assert changes == Changes.of(enquiries=["e-1"])
    _counts, changes = applied(cache, page({"entity": "enquiry", "op": "del", "id": "e-1"}, cursor=2))
    assert changes == Changes.of(enquiries=["e-1"]), "and so does its deletion"


def test_each_entity_lands_in_its_own_field(cache: Engine) -> None:
    person = {"id": "p-eva", "company_id": OURS, "display_name": "Eva", "active": True, "roles": []}
    company = {"id": OURS, "name": "Müller", "kind": "partner", "active": True}
    _counts, changes = applied(
        cache,
        page(
            put("person", person),
            put("company", company),
            put("contact", {"id": "k-1", "company_id": OURS, "last_name": "Keller"}),
            {"entity": "survey", "op": "del", "id": "s-9"},
            {"entity": "survey_contact", "op": "del", "id": "sc-9"},
            {"entity": "something_new", "op": "put", "id": "x-1", "data": {}},
        ),
    )
    assert changes == Changes.of(
        people=["p-eva"], companies=[OURS], contacts=["k-1"], surveys=["s-9"], survey_contacts=["sc-9"]
    )


def test_a_history_entry_names_its_survey_contact_when_put_and_when_deleted(cache: Engine) -> None:
    _counts, changes = applied(cache, page(history("h-1", "sc-1")))
    assert changes == Changes.of(survey_contacts=["sc-1"])
    _counts, changes = applied(cache, page({"entity": "contact_history", "op": "del", "id": "h-1"}, cursor=2))
    assert changes == Changes.of(survey_contacts=["sc-1"]), "looked up before it was deleted"
    with cache.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contact_history")).scalar_one() == 0


def test_a_refusal_names_itself_and_the_enquiry_its_settled_command_leaves(cache: Engine) -> None:
    created = perform(cache, CreateEnquiry(enquiry_id="e-mine", last_name="Neu"), now=NOW)
    assert created == 1
    refused = {"id": 1, "status": "refused", "error": {"code": "not_permitted", "message": "no"}}
    counts, changes = applied(cache, page(results=[refused], last_mutation_id=1))
    assert changes == Changes.of(refusals=["1"], enquiries=["e-mine"])
    assert (counts["refused"], counts["acknowledged"]) == (1, 1)
    with cache.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM enquiries")).scalar_one() == 0, (
            "the optimistic row went"
        )
        refusal = conn.execute(text("SELECT enquiry_id, name FROM refusals")).one()
    assert tuple(refusal) == ("e-mine", "create_enquiry")
    _counts, changes = applied(cache, page(results=[refused], last_mutation_id=1, cursor=2))
    assert changes == Changes(), "a refusal seen again is not recorded again"


class Pages:
    """A transport that answers pulls from a list of pages (or errors), in order."""

    def __init__(self, *answers: dict[str, Any] | Exception) -> None:
        self.answers = list(answers)

    def pull(self, client_id: str, cursor: int | None, **_kwargs: Any) -> dict[str, Any]:
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_a_pull_reports_the_changes_of_all_its_pages(cache: Engine) -> None:
    with cache.begin() as conn:
        meta.set(conn, "cursor", "0")  # synced before: this pull continues the feed
    first = {**page(notification("n-1"), cursor=1), "has_more": True}
    sync = SyncEngine(cache, Pages(first, page(enquiry("e-1"), cursor=2)))  # type: ignore[arg-type]
    report = sync.pull()
    assert report.pages == 2 and report.cursor == 2
    assert report.changes == Changes.of(notifications=["n-1"], enquiries=["e-1"])


def test_a_first_snapshot_reports_that_everything_changed(cache: Engine) -> None:
    sync = SyncEngine(cache, Pages(page(enquiry("e-1"), cursor=1)))  # type: ignore[arg-type]
    assert sync.pull().changes == Changes.all(), "no cursor yet: every view loads afresh"


def test_a_resync_reports_that_everything_changed(cache: Engine) -> None:
    sync = SyncEngine(cache, Pages(ResyncRequired("restored", "resync_required"), page(notification("n-1"))))  # type: ignore[arg-type]
    report = sync.pull()
    assert report.changes == Changes.all() and report.changes.touches("enquiries", "any")
