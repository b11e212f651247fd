"""Authorisation matrix of the push commands: every command x every role x own / foreign / missing
enquiry (and foreign or missing ids inside the command's arguments).

Push commands are refused inside a 200 answer; a foreign or missing enquiry is `not_found`,
identical between the two, except that a partner answering an offer it saw and lost is told why.
`test_every_command_is_in_the_matrix` fails when a command is added without a row here.
`KNOWN_FINDINGS` is where an open finding would be recorded; the one found (call-centre agents
could offer enquiries) is fixed and tested at the end.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from central.jobs.deadlines import expire_due_offers
from enquiries.commands import USER_COMMANDS
from enquiries.decide import HANDLERS
from tests.server.matrix_helpers import (
    API,
    APPLIED,
    ARGS,
    LOGIN,
    PEOPLE_ROLES,
    T0,
    Cell,
    Harness,
    Pusher,
    PushWorld,
    event_counts,
    new_id,
    offered_enquiry,
    outcome,
)

# --- push commands ---------------------------------------------------------------------------------

# A call-centre agent (head office, no "head_office" role) may not hand enquiries across companies;
# the rules once checked only the company kind. Cells listed here would also accept what head office
# staff get in the same cell; none are open.
KNOWN_FINDINGS: dict[tuple[str, str], str] = {}  # fixed: offers need the head_office role (Actor.may_offer)

# Offers the caller's company saw, then lost: answering them says what happened (enquiries/decide.py).
FORMER_OFFERS = {"offer_revoked": "offer_withdrawn", "offer_expired": "offer_expired"}

# Own enquiry (the caller's company's, the caller in charge, prepared so the command can apply).
OWN_REFUSALS: dict[str, dict[str, str]] = {
    "offer_to_partner": {"agent": "not_head_office", "admin": "not_head_office", "staff": "not_head_office"},
    "revoke_offer": {"agent": "not_head_office", "admin": "not_head_office", "staff": "not_head_office"},
    "accept_offer": {"hq": "not_offered", "agent": "not_offered"},  # partners: offered to them
    "decline_offer": {"hq": "not_offered", "agent": "not_offered"},
}
# Head office on an enquiry it handed over (origin, full view) that Müller accepted and now owns.
HANDED_OVER = {
    "create_enquiry": "already_exists",
    "set_colleague": APPLIED,  # head office's own colleague in charge
    "clear_colleague": APPLIED,
    "add_note": APPLIED,
    "add_document": APPLIED,
    "add_task": APPLIED,
    "revoke_assignment": "not_assigned",
    "reject_assignment": "not_assigned",
    "revoke_offer": "not_offered",
    "accept_offer": "not_offered",
    "decline_offer": "not_offered",
    "mark_seen": "not_holder",
}


def check(
    problems: list[str],
    role: str,
    name: str,
    label: str,
    result: dict[str, Any],
    desired: str,
    as_head_office: str | None = None,
) -> None:
    """Compare one push result; for a known finding also accept what head office staff get."""
    got = outcome(result)
    accepted = {desired}
    if (role, name) in KNOWN_FINDINGS and as_head_office is not None:
        accepted.add(as_head_office)
    if got not in accepted:
        problems.append(
            f"{role:5} {name:28} {label:24} expected {desired}, got {got} {result.get('error', '')}"
        )


def _foreign_enquiries(pw: PushWorld) -> dict[str, str]:
    """Enquiries that exist but that the caller's company may not see."""
    world = pw.h.world
    foreign = {"rossi_own": pw.create(pw.luca)}
    if not pw.is_hq:
        foreign["head_office_own"] = pw.create(pw.hugo)
        foreign["offered_to_rossi"] = pw.offered(world.rossi.id)
        foreign["offer_revoked"] = pw.offered(world.mueller.id)
        pw.hugo.must("revoke_offer", {"enquiry_id": foreign["offer_revoked"]})
        foreign["offer_declined"] = pw.offered(world.mueller.id)
        pw.max.must("decline_offer", {"enquiry_id": foreign["offer_declined"], "reason": "no capacity"})
        foreign["offer_expired"], deadline = offered_enquiry(
            pw.h.factory, pw.hugo.actor, world.mueller.id, T0 - timedelta(7)
        )
        assert deadline <= T0
        assert expire_due_offers(pw.h.factory, now=T0).expired == 1
    return foreign


@pytest.mark.parametrize("role", PEOPLE_ROLES)
def test_push_matrix(h: Harness, role: str) -> None:
    pw = PushWorld(h, role)
    foreign = _foreign_enquiries(pw)
    offered_to_us = None if pw.is_hq else pw.offered(pw.me.company_id)
    before = {key: event_counts(h.factory, enquiry_id) for key, enquiry_id in foreign.items()}
    problems: list[str] = []
    for name in sorted(USER_COMMANDS):
        hq_own = OWN_REFUSALS.get(name, {}).get("hq", APPLIED)
        desired = OWN_REFUSALS.get(name, {}).get(role, APPLIED)
        check(problems, role, name, "own", pw.push(name, pw.cell(pw.own(name))), desired, hq_own)

        errors = {}  # foreign and missing must be indistinguishable
        for label, enquiry_id in [*foreign.items(), ("missing", new_id())]:
            result = pw.push(name, pw.cell(enquiry_id))
            if name == "create_enquiry":  # FINDING (id clash): a taken id is refused, a free one created
                check(
                    problems, role, name, label, result, APPLIED if label == "missing" else "already_exists"
                )
                continue
            told = FORMER_OFFERS.get(label) if name in ("accept_offer", "decline_offer") else None
            if told is not None and not pw.is_hq:
                # An answer to an offer this partner saw and lost: it is told why (nothing it did not know).
                check(problems, role, name, label, result, told)
                continue
            check(problems, role, name, label, result, "not_found")
            errors[label] = result.get("error")
        if len({json.dumps(e, sort_keys=True) for e in errors.values()}) > 1:
            problems.append(f"{role:5} {name:28} foreign and missing differ: {errors}")

        if offered_to_us is not None:  # anonymised: only accept or decline
            deciding = name in ("accept_offer", "decline_offer")
            enquiry_id = pw.offered(pw.me.company_id) if deciding else offered_to_us
            desired = {"create_enquiry": "already_exists"}.get(name, APPLIED if deciding else "accept_first")
            check(problems, role, name, "offered_to_us", pw.push(name, pw.cell(enquiry_id)), desired)
        else:  # head office on an enquiry it handed over: notes and its own colleague only
            cell = Cell(pw.handed_over(), pw.me.person_id, pw.partner)
            desired = HANDED_OVER.get(name, "not_member")
            if role == "agent" and name in ("offer_to_partner", "revoke_offer"):
                desired = "not_head_office"  # offering is head office staff's, never the call centre's
            check(problems, role, name, "handed_over", pw.push(name, cell), desired, desired)

    problems += _id_arguments(pw)
    assert {key: event_counts(h.factory, enquiry_id) for key, enquiry_id in foreign.items()} == before
    _check_snapshot(pw, foreign, offered_to_us)
    assert not problems, f"push matrix for {role}:\n" + "\n".join(problems)


def _id_arguments(pw: PushWorld) -> list[str]:
    """Ids inside commands (people, companies, files, contacts): own, foreign and missing."""
    problems: list[str] = []
    world, role, hq = pw.h.world, pw.role, pw.is_hq
    luca_contact = new_id()
    pw.luca.must(
        "link_contact", {"enquiry_id": pw.create(pw.luca), "contact_id": luca_contact, "create": True}
    )
    my_contact = new_id()
    pw.my.must("link_contact", {"enquiry_id": pw.create(pw.my), "contact_id": my_contact, "create": True})
    luca_blob = pw.luca.upload()
    not_head_office = None if hq else "not_head_office"
    person_foreign = "other_company" if hq else "person_unknown"  # head office sees all people anyway
    cases: list[tuple[str, str, dict[str, Any], str, str]] = [  # name, label, args, desired, head office's
        ("link_contact", "own contact", {"contact_id": my_contact, "create": False}, APPLIED, APPLIED),
        (
            "link_contact",
            "foreign contact",
            {"contact_id": luca_contact, "create": False},
            "contact_unknown",
            "",
        ),
        ("link_contact", "missing contact", {"contact_id": new_id(), "create": False}, "contact_unknown", ""),
        # FINDING (id clash): creating a contact under a taken foreign id is refused, a free one applies.
        (
            "link_contact",
            "create taken id",
            {"contact_id": luca_contact, "create": True},
            "duplicate_item",
            "",
        ),
        ("add_document", "foreign file", {"document_id": luca_blob}, "document_unknown", ""),
        ("add_document", "missing file", {"document_id": new_id()}, "document_unknown", ""),
        (
            "offer_to_partner",
            "head office company",
            {"company_id": world.hq.id},
            not_head_office or "company_unknown",
            "company_unknown",
        ),
        (
            "offer_to_partner",
            "missing company",
            {"company_id": new_id()},
            not_head_office or "company_unknown",
            "company_unknown",
        ),
        (
            "offer_to_partner",
            "named partner person",
            {"company_id": world.mueller.id, "user_id": world.eva.id},
            not_head_office or APPLIED,
            APPLIED,
        ),
        (
            "offer_to_partner",
            "foreign person",
            {"company_id": world.mueller.id, "user_id": world.luca.id},
            not_head_office or "other_company",
            "other_company",
        ),
        (
            "offer_to_partner",
            "missing person",
            {"company_id": world.mueller.id, "user_id": new_id()},
            not_head_office or "person_unknown",
            "person_unknown",
        ),
    ]
    if role == "agent":  # what she should get: no offers at all
        cases = [
            (n, label, a, "not_head_office" if n == "offer_to_partner" else d, hq_gets)
            for n, label, a, d, hq_gets in cases
        ]
    for name, field_name in (
        ("assign_person", "user_id"),
        ("set_colleague", "user_id"),
        ("add_task", "assignee_id"),
    ):
        cases.append((name, "foreign person", {field_name: world.luca.id}, person_foreign, ""))
        cases.append((name, "missing person", {field_name: new_id()}, "person_unknown", ""))
    errors: dict[tuple[str, str], list[Any]] = {}
    for name, label, args, desired, as_head_office in cases:
        result = pw.push(name, pw.cell(pw.own(name)), **args)
        check(problems, role, name, label, result, desired, as_head_office or None)
        if label.startswith(("foreign", "missing")) and result["status"] == "refused":
            errors.setdefault((name, label.split()[1]), []).append(result["error"])
    for (name, what), found in errors.items():
        if len({json.dumps(e, sort_keys=True) for e in found}) > 1 and not (hq and what == "person"):
            problems.append(f"{role:5} {name:28} foreign and missing {what} differ: {found}")
    return problems


def _check_snapshot(pw: PushWorld, foreign: dict[str, str], offered_to_us: str | None) -> None:
    """What the caller's pull holds agrees with the push matrix: no foreign enquiry, offers anonymised."""
    seen = pw.me.snapshot()
    assert not set(foreign.values()) & set(seen), [k for k, v in foreign.items() if v in seen]
    if offered_to_us is not None:
        offer = seen[offered_to_us]
        assert offer["anonymised"] is True
        assert set(offer["contact"]) == {"postcode", "city", "country"}
        assert "Huber" not in json.dumps(offer)


def test_server_only_command_is_refused_from_every_client(h: Harness) -> None:
    for role in PEOPLE_ROLES:
        me = Pusher(h.client, LOGIN[role])
        body = {
            "client_id": me.client_id,
            "mutations": [me.mutation("expire_offer", {"enquiry_id": new_id()})],
        }
        response = h.client.post(f"{API}/sync/push", json=body, headers=me.headers)
        assert response.status_code == 422, response.text
        assert response.json()["error"]["code"] == "invalid_mutation"
    assert set(HANDLERS) - set(USER_COMMANDS) == {"expire_offer"}


def test_every_command_is_in_the_matrix() -> None:
    assert set(ARGS) == set(USER_COMMANDS)


def test_partner_cannot_hand_on_or_work_head_office_enquiries(h: Harness) -> None:
    """The brief's cases spelled out: what a partner may not do to head office's enquiries."""
    pw = PushWorld(h, "admin")
    hidden = pw.create(pw.hugo)
    offered = pw.offered(h.world.mueller.id)
    rossi = h.world.rossi.id
    expected = [
        ("offer_to_partner", hidden, {"company_id": rossi}, "not_found"),
        ("offer_to_partner", offered, {"company_id": rossi}, "accept_first"),
        ("revoke_offer", hidden, {}, "not_found"),
        ("revoke_offer", offered, {}, "accept_first"),
        ("assign_person", hidden, {"user_id": h.world.eva.id}, "not_found"),
        ("assign_person", offered, {"user_id": h.world.eva.id}, "accept_first"),
        ("add_note", offered, {"note_id": new_id(), "text": "hello"}, "accept_first"),
    ]
    for name, enquiry_id, args, code in expected:
        assert outcome(pw.me.push(name, {"enquiry_id": enquiry_id, **args})) == code, name
    pw.me.must("accept_offer", {"enquiry_id": offered})  # now Müller's: still no offering on
    assert (
        outcome(pw.me.push("offer_to_partner", {"enquiry_id": offered, "company_id": rossi}))
        == "not_head_office"
    )
    assert outcome(pw.me.push("revoke_offer", {"enquiry_id": offered})) == "not_head_office"


# --- former findings, now fixed -------------------------------------------------------------------

AGENT_FINDING = (
    "FINDING: a call-centre agent (head office, role 'agent' only) may offer enquiries to partners and "
    "revoke offers: enquiries/rules/offers.py checks only the company kind (actor.is_head_office), "
    "not the 'head_office' role, unlike account administration (may_manage_people)"
)


def test_agent_may_not_offer_enquiries_to_partners(h: Harness) -> None:
    pw = PushWorld(h, "agent")
    enquiry_id = pw.create(pw.my)
    result = pw.me.push("offer_to_partner", {"enquiry_id": enquiry_id, "company_id": h.world.mueller.id})
    assert outcome(result) == "not_head_office"


def test_agent_may_not_revoke_offers(h: Harness) -> None:
    pw = PushWorld(h, "agent")
    enquiry_id = pw.offered(h.world.mueller.id)
    assert outcome(pw.me.push("revoke_offer", {"enquiry_id": enquiry_id})) == "not_head_office"
