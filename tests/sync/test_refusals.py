"""When the server refuses what a user did offline, the user is told why and the cache goes back to
the server's state; when the client's own rules refuse, the user is told at once and nothing is
written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop.service import DeskService
from enquiries.commands import AcceptOffer, AddNote, DeclineOffer, OfferToPartner, RevokeOffer
from enquiries.refusals import MESSAGES, Refusal
from tests.sync.conftest import LiveServer
from tests.sync.scenario import (
    ALPEN,
    MUELLER,
    create_and_offer,
    intake,
    listed_ids,
    new_id,
    ok,
    person,
    run_deadline_job,
    signed_in,
    synced,
)


def outbox_rows(svc: DeskService) -> list[tuple[Any, ...]]:
    with svc.sync.db.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM outbox ORDER BY mutation_id"))]


def listen(svc: DeskService) -> list[list[dict[str, Any]]]:
    calls: list[list[dict[str, Any]]] = []
    svc.loop.on_refused.append(lambda refusals: calls.append(list(refusals)))
    return calls


def accept_while_away(max_: DeskService, enquiry_id: str) -> None:
    """Max accepts in his cache without syncing: optimistically his, pending."""
    ok(max_.actions.perform(AcceptOffer(enquiry_id=enquiry_id)))
    mine = max_.reads.enquiry(enquiry_id)
    assert mine is not None and mine["pending"]
    assert mine["status"] == "open" and mine["holder_id"] == person("max@mueller.example")


def assert_refused_and_gone(
    max_: DeskService, enquiry_id: str, calls: list[list[dict[str, Any]]]
) -> dict[str, Any]:
    report = max_.loop.sync_now()
    assert report is not None and report.refused == 1
    refusals = max_.reads.refusals()
    assert len(refusals) == 1
    refusal = refusals[0]
    assert (refusal["name"], refusal["enquiry_id"]) == ("accept_offer", enquiry_id)
    assert refusal["message"] == MESSAGES[refusal["code"]], "the server's message, as the rules word it"
    assert max_.reads.enquiry(enquiry_id) is None, "the optimistic accept is undone"
    assert enquiry_id not in listed_ids(max_)
    assert max_.state.pending == 0 and outbox_rows(max_) == []
    assert len(calls) == 1 and [r["mutation_id"] for r in calls[0]] == [refusal["mutation_id"]]
    # Syncing again tells nobody anything new.
    synced(max_)
    assert len(calls) == 1 and len(max_.reads.refusals()) == 1
    return refusal


def test_accept_of_an_offer_revoked_meanwhile_is_refused(live_server: LiveServer, tmp_path: Path) -> None:
    anna = signed_in(live_server.url, "anna@hq.example", tmp_path)
    max_ = signed_in(live_server.url, "max@mueller.example", tmp_path)
    enquiry_id = create_and_offer(anna, MUELLER, last_name="Revoked")
    synced(anna, max_)
    calls = listen(max_)

    accept_while_away(max_, enquiry_id)
    ok(anna.actions.perform(RevokeOffer(enquiry_id=enquiry_id)))
    synced(anna)

    refusal = assert_refused_and_gone(max_, enquiry_id, calls)
    # Müller saw the offer, so the server says what happened to it (and nothing more).
    assert refusal["code"] == "offer_withdrawn"
    assert refusal["message"] == MESSAGES["offer_withdrawn"]
    # Head office has it back, open, with nobody's accept on it.
    synced(anna)
    back = anna.reads.enquiry(enquiry_id)
    assert back is not None and back["status"] == "open" and back["owner_company_id"] != MUELLER


def test_accept_after_the_server_expired_the_offer_is_refused(
    live_server: LiveServer, tmp_path: Path
) -> None:
    anna = signed_in(live_server.url, "anna@hq.example", tmp_path)
    max_ = signed_in(live_server.url, "max@mueller.example", tmp_path)
    lena = signed_in(live_server.url, "lena@alpen.example", tmp_path)
    routed = intake(
        live_server.url, last_name="Late", email="late@example.net", postcode="80331", country="DE"
    )
    manual = create_and_offer(anna, MUELLER, last_name="Manual")
    synced(anna, max_)
    assert {routed, manual} <= listed_ids(max_)
    calls = listen(max_)

    # The server's clock passes both deadlines while Max, offline, accepts both in his cache.
    accept_while_away(max_, routed)
    accept_while_away(max_, manual)
    report = run_deadline_job(live_server.database_url)
    assert (report.expired, report.forwarded, report.returned) == (2, 1, 1)

    result = max_.loop.sync_now()
    assert result is not None and result.refused == 2
    refusals = {r["enquiry_id"]: r for r in max_.reads.refusals()}
    assert set(refusals) == {routed, manual}
    for enquiry_id, refusal in refusals.items():
        assert refusal["name"] == "accept_offer" and refusal["code"] == "offer_expired"
        assert refusal["message"] == MESSAGES["offer_expired"]
        assert max_.reads.enquiry(enquiry_id) is None and enquiry_id not in listed_ids(max_)
    assert len(calls) == 1 and {r["enquiry_id"] for r in calls[0]} == {routed, manual}
    assert max_.state.pending == 0 and outbox_rows(max_) == []

    # The routed one went on to Alpenfenster; the manual one back to Anna, marked expired.
    synced(anna, lena)
    forwarded = lena.reads.enquiry(routed)
    assert forwarded is not None and forwarded["offer"]["company_id"] == ALPEN
    expired = anna.reads.enquiry(manual)
    assert expired is not None and expired["status"] == "expired"
    assert expired["holder_id"] == person("anna@hq.example")


def test_local_refusal_comes_back_at_once_and_writes_nothing(live_server: LiveServer, tmp_path: Path) -> None:
    anna = signed_in(live_server.url, "anna@hq.example", tmp_path)
    max_ = signed_in(live_server.url, "max@mueller.example", tmp_path)
    offered = create_and_offer(anna, MUELLER, last_name="Local")
    taken = create_and_offer(anna, MUELLER, last_name="Taken")
    synced(anna, max_)
    first = ok(max_.actions.perform(AcceptOffer(enquiry_id=taken)))
    changed: list[Any] = []
    max_.loop.on_changed.append(lambda *args: changed.append(args))
    before = (outbox_rows(max_), max_.reads.enquiry(offered), max_.reads.enquiry(taken), max_.state.pending)

    attempts = [
        (OfferToPartner(enquiry_id=taken, company_id=ALPEN), "not_head_office"),  # partners never offer on
        (DeclineOffer(enquiry_id=offered, reason=""), "reason_required"),
        (AddNote(enquiry_id=offered, note_id=new_id(), text="before accepting"), "accept_first"),
        (AcceptOffer(enquiry_id=new_id()), "not_found"),
    ]
    for command, code in attempts:
        result = max_.actions.perform(command)
        assert isinstance(result, Refusal), command
        assert result.code == code and result.message == MESSAGES[code]

    assert (
        outbox_rows(max_),
        max_.reads.enquiry(offered),
        max_.reads.enquiry(taken),
        max_.state.pending,
    ) == before
    assert changed == [] and max_.reads.refusals() == []
    # No mutation id was used up: the next action follows the last one, and the server takes both.
    assert ok(max_.actions.perform(DeclineOffer(enquiry_id=offered, reason="no capacity"))) == first + 1
    report = max_.loop.sync_now()
    assert report is not None and report.pushed == 2 and report.refused == 0 and report.pending == 0
    assert max_.reads.enquiry(offered) is None
    assert (max_.reads.enquiry(taken) or {}).get("anonymised") is False
