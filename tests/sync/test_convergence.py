"""Head office and two partners work the same enquiries through a real server; once everyone has
synced, every client shows exactly what the server says its company may see, no more, no less.

The server's word is a fresh snapshot pull (new client id, no cursor, all pages) for each login:
each client's enquiry ids must equal the snapshot's, and each enquiry, as the client shows it
(`enquiry(id)` minus the cache's own keys), must equal the snapshot's data for it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from enquiries.commands import AcceptOffer, DeclineOffer, OfferToPartner, SetColleague
from tests.sync.conftest import LiveServer
from tests.sync.scenario import (
    ALPEN,
    MUELLER,
    create_and_offer,
    intake,
    listed_ids,
    note,
    ok,
    person,
    run_deadline_job,
    server_snapshot,
    shown,
    signed_in,
    synced,
)
from tests.sync.scenario import now as utcnow

LOGINS = ("anna@hq.example", "max@mueller.example", "eva@mueller.example", "lena@alpen.example")


def test_clients_converge_on_the_servers_projection_for_their_company(
    live_server: LiveServer, tmp_path: Path
) -> None:
    url = live_server.url
    anna, max_, eva, lena = (signed_in(url, login, tmp_path) for login in LOGINS)
    everyone = (anna, max_, eva, lena)

    # 1. Offered to Müller, declined with a reason; offered again to Alpenfenster, who accepts.
    declined = create_and_offer(anna, MUELLER, last_name="Declinedson")
    synced(anna, max_)
    offer = max_.reads.enquiry(declined)
    assert offer is not None and offer["anonymised"] and offer["status"] == "offered"
    ok(max_.actions.perform(DeclineOffer(enquiry_id=declined, reason="too far away for us")))
    synced(max_, anna)
    back = anna.reads.enquiry(declined)
    assert back is not None
    assert (back["status"], back["decline_reason"], back["holder_id"]) == (
        "declined",
        "too far away for us",
        person("anna@hq.example"),
    )
    assert max_.reads.enquiry(declined) is None, "a declined offer leaves the partner's view"
    ok(anna.actions.perform(OfferToPartner(enquiry_id=declined, company_id=ALPEN)))
    synced(anna, lena)
    ok(lena.actions.perform(AcceptOffer(enquiry_id=declined)))
    note(lena, declined, "called the customer")
    synced(lena, anna)
    taken = anna.reads.enquiry(declined)
    assert taken is not None and taken["owner_company_id"] == ALPEN and taken["status"] == "open"
    assert taken["holder_id"] is None, "head office never sees the partner's person in charge"
    assert [n["text"] for n in taken["journal_notes"]] == ["called the customer"]

    # 2. Offered to Müller; Max accepts and puts Eva in charge; Eva's client shows her as holder.
    handed = create_and_offer(anna, MUELLER, last_name="Handover")
    synced(anna, max_)
    ok(max_.actions.perform(AcceptOffer(enquiry_id=handed)))
    ok(max_.actions.perform(SetColleague(enquiry_id=handed, user_id=person("eva@mueller.example"))))
    # While Max's sync runs (its first pull is in), he adds a note, and Anna adds one that reaches
    # the server before Max's sync pulls again: his pending note must stay on top of hers.
    during: list[str] = []

    def meanwhile(_done: int, _more: bool) -> None:
        if not during:
            during.append(note(max_, handed, "measured the windows"))
            during.append(note(anna, handed, "customer called head office"))
            synced(anna)

    assert max_.loop.sync_now(meanwhile) is not None and len(during) == 2
    both = max_.reads.enquiry(handed)
    assert both is not None and both["pending"]
    assert sorted(n["id"] for n in both["journal_notes"]) == sorted(during)
    synced(max_, eva)
    assert sorted(n["id"] for n in (max_.reads.enquiry(handed) or {})["journal_notes"]) == sorted(during)
    mine = eva.reads.enquiry(handed)
    assert mine is not None and mine["holder_id"] == person("eva@mueller.example")
    assert mine["contact"]["last_name"] == "Handover" and not mine["anonymised"]

    # 3. A routed web enquiry (Müller, then Alpenfenster): nobody answers, the deadline job forwards
    #    it to Alpenfenster, then returns it, expired, to the route's owner at head office.
    routed = intake(url, last_name="Routed", email="routed@example.net", postcode="80331", country="DE")
    synced(*everyone)
    assert routed in listed_ids(max_) and routed in listed_ids(eva)
    assert routed not in listed_ids(lena)
    assert run_deadline_job(live_server.database_url).forwarded == 1
    synced(*everyone)
    assert max_.reads.enquiry(routed) is None and routed not in listed_ids(eva)
    forwarded = lena.reads.enquiry(routed)
    assert forwarded is not None and forwarded["anonymised"] and forwarded["offer"]["company_id"] == ALPEN
    report = run_deadline_job(live_server.database_url, at=utcnow() + timedelta(days=365))
    assert report.returned == 1
    synced(*everyone)
    assert lena.reads.enquiry(routed) is None
    expired = anna.reads.enquiry(routed)
    assert expired is not None and expired["status"] == "expired"
    assert expired["holder_id"] == person("anna@hq.example")

    # Quiescence: one more round for everyone, then each cache must equal the server's projection.
    synced(*everyone)
    for login, svc in zip(LOGINS, everyone, strict=True):
        truth = server_snapshot(url, login)
        assert listed_ids(svc) == set(truth), login
        for enquiry_id, data in truth.items():
            assert shown(svc.reads.enquiry(enquiry_id)) == data, (login, enquiry_id)
        assert svc.state.pending == 0 and svc.reads.refusals() == []
    # Each company sees what it should: head office all three, the partners what they took.
    assert set(server_snapshot(url, "anna@hq.example")) == {declined, handed, routed}
    assert set(server_snapshot(url, "lena@alpen.example")) == {declined}
    assert set(server_snapshot(url, "eva@mueller.example")) == {handed}
