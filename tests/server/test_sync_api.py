"""`POST /sync/push` and `POST /sync/pull` as a desktop client uses them (DESIGN.md, Sync)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from central.store.pull import renew_feed_epoch
from tests.server.helpers import Factory, TestClient, World, assert_error
from tests.server.sync_helpers import (
    CONTACT,
    PULL,
    Device,
    enquiry_data,
    entities,
    new_id,
    personal_values,
)


def _create(device: Device, **contact: Any) -> str:
    enquiry_id = new_id()
    device.apply("create_enquiry", enquiry_id=enquiry_id, type="offer", **(contact or CONTACT))
    return enquiry_id


def _offered_to_mueller(client: TestClient, world: World) -> tuple[Device, Device, str]:
    anna = Device(client, "anna@hq.example")
    max_ = Device(client, "max@mueller.example")
    enquiry_id = _create(anna)
    anna.apply("offer_to_partner", enquiry_id=enquiry_id, company_id=world.mueller.id)
    return anna, max_, enquiry_id


def _notes(device: Device, enquiry_id: str) -> list[dict[str, Any]]:
    data = enquiry_data(device.pull()["changes"], enquiry_id)
    assert data is not None
    return list(data["notes"])


# --- push ----------------------------------------------------------------------------------------


def test_created_enquiry_arrives_in_the_next_pull(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    enquiry_id = new_id()
    result = anna.push("create_enquiry", enquiry_id=enquiry_id, **CONTACT)
    assert result == {"id": 1, "status": "applied"}

    page = anna.pull()
    assert page["last_mutation_id"] == 1
    data = enquiry_data(page["changes"], enquiry_id)
    assert data is not None
    assert data["status"] == "open"
    assert data["holder_id"] == world.anna.id  # a manual enquiry is assigned to its creator
    assert data["owner_company_id"] == data["origin_company_id"] == world.hq.id
    assert {k: data["contact"][k] for k in CONTACT} == CONTACT
    assert data["number"].startswith("E-")


def test_replayed_mutation_answers_stored_result_and_applies_once(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    enquiry_id = _create(anna)
    note = anna.mutation("add_note", enquiry_id=enquiry_id, note_id=new_id(), text="Called back, no answer.")

    first = anna.push_many([note])
    again = anna.push_many([note])  # the answer got lost: the client sends the same mutation again
    assert first == again == [{"id": 2, "status": "applied"}]
    assert len(_notes(anna, enquiry_id)) == 1

    # A whole batch replayed, even with different content under the old ids, changes nothing.
    changed = {**note, "args": {**note["args"], "note_id": new_id(), "text": "something else"}}
    assert anna.push_many(
        [{"id": 1, "name": "create_enquiry", "args": {"enquiry_id": new_id()}}, changed]
    ) == [
        {"id": 1, "status": "applied"},
        {"id": 2, "status": "applied"},
    ]
    assert [n["text"] for n in _notes(anna, enquiry_id)] == ["Called back, no answer."]
    page = anna.pull()
    assert page["last_mutation_id"] == 2
    assert len(entities(page["changes"], "enquiry")) == 1


def test_gap_answers_409_and_applies_nothing(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    enquiry_id = _create(anna)  # mutation 1
    skipped = {
        "id": 3,
        "name": "add_note",
        "args": {"enquiry_id": enquiry_id, "note_id": new_id(), "text": "x"},
    }

    response = anna.push_raw([skipped])
    assert response.status_code == 409, response.text
    body = response.json()
    assert body["error"]["code"] == "mutation_gap"
    assert body["error"]["message"]
    assert body["last_mutation_id"] == 1
    assert _notes(anna, enquiry_id) == []
    assert anna.pull()["last_mutation_id"] == 1

    # The client resends from the acknowledged id: 2, then 3.
    two = {
        "id": 2,
        "name": "add_note",
        "args": {"enquiry_id": enquiry_id, "note_id": new_id(), "text": "two"},
    }
    assert [r["status"] for r in anna.push_many([two, skipped])] == ["applied", "applied"]
    assert [n["text"] for n in _notes(anna, enquiry_id)] == ["two", "x"]


def test_refusal_is_stored_and_never_blocks_the_queue(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    carla = Device(client, "carla@hq.example")
    enquiry_id = _create(anna)

    refused = carla.push("discard", enquiry_id=enquiry_id, reason="not mine to discard")
    assert refused["id"] == 1
    assert refused["status"] == "refused"
    assert refused["error"]["code"] == "not_holder"
    assert refused["error"]["message"]

    later = carla.push("add_note", enquiry_id=enquiry_id, note_id=new_id(), text="Customer called again.")
    assert later == {"id": 2, "status": "applied"}

    # Replaying the refused mutation answers the same refusal and still changes nothing.
    replay = carla.push_raw([{"id": 1, "name": "discard", "args": {"enquiry_id": enquiry_id, "reason": "r"}}])
    assert replay.status_code == 200, replay.text
    assert replay.json()["results"] == [refused]

    data = enquiry_data(anna.pull()["changes"], enquiry_id)
    assert data is not None
    assert data["status"] == "open"
    assert [n["text"] for n in data["notes"]] == ["Customer called again."]


def test_unknown_command_rejects_whole_batch(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    valid = {"id": 1, "name": "create_enquiry", "args": {"enquiry_id": new_id(), **CONTACT}}
    unknown = {"id": 2, "name": "teleport_enquiry", "args": {"enquiry_id": new_id()}}

    assert_error(anna.push_raw([valid, unknown]), 422, "invalid_mutation")

    page = anna.pull()
    assert entities(page["changes"], "enquiry") == []
    assert page["last_mutation_id"] == 0
    assert page["results"] == []
    # Nothing was counted: the same id 1 is still the next one.
    assert anna.push_many([valid]) == [{"id": 1, "status": "applied"}]


def test_unknown_field_rejects_whole_batch(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    enquiry_id = new_id()
    valid = {"id": 1, "name": "create_enquiry", "args": {"enquiry_id": enquiry_id, **CONTACT}}
    extra = {
        "id": 2,
        "name": "add_note",
        "args": {"enquiry_id": enquiry_id, "note_id": new_id(), "text": "hi", "colour": "red"},
    }

    error = assert_error(anna.push_raw([valid, extra]), 422, "invalid_mutation")
    assert "colour" in error["message"]
    assert entities(anna.pull()["changes"], "enquiry") == []

    # An unknown field of the mutation itself (not its args) is refused the same way.
    odd = {**valid, "priority": "high"}
    assert_error(anna.push_raw([odd]), 422, "invalid_request")
    page = anna.pull()
    assert entities(page["changes"], "enquiry") == []
    assert page["last_mutation_id"] == 0


def test_push_and_pull_with_another_sign_ins_client_id_are_refused(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    max_ = Device(client, "max@mueller.example")
    mutation = {"id": 1, "name": "create_enquiry", "args": {"enquiry_id": new_id(), **CONTACT}}

    assert_error(anna.push_raw([mutation], client_id=max_.client_id), 403, "wrong_client")
    assert_error(anna.push_raw([mutation], client_id="never-signed-in"), 403, "wrong_client")
    response = client.post("/api/v1/sync/pull", json={"client_id": max_.client_id}, headers=anna.headers)
    assert_error(response, 403, "wrong_client")
    assert entities(anna.pull()["changes"], "enquiry") == []
    assert entities(max_.pull()["changes"], "enquiry") == []


def test_shared_client_id_never_replays_someone_elses_results(client: TestClient, world: World) -> None:
    """Two people signing in on one installation id: the second never gets the first's results."""
    anna = Device(client, "anna@hq.example", client_id="shared-pc")
    enquiry_id = _create(anna)
    max_ = Device(client, "max@mueller.example", client_id="shared-pc")
    response = max_.push_raw(
        [{"id": 1, "name": "add_note", "args": {"enquiry_id": enquiry_id, "note_id": new_id(), "text": "x"}}]
    )
    assert_error(response, 403, "wrong_client")
    # Max's client must not learn Anna's results: it would drop its own mutation 1 as "applied".
    response = max_.pull_raw()
    if response.status_code == 200:
        page = response.json()
        assert page["results"] == [] and page["last_mutation_id"] == 0, page
        assert enquiry_data(page["changes"], enquiry_id) is None
    else:
        assert_error(response, 403, "wrong_client")


# --- pull ----------------------------------------------------------------------------------------


def test_pull_without_cursor_is_snapshot_and_cursor_gives_only_newer(
    client: TestClient, world: World
) -> None:
    anna = Device(client, "anna@hq.example")
    first, second = _create(anna), _create(anna)

    snapshot = anna.pull()
    assert {c["id"] for c in entities(snapshot["changes"], "enquiry")} == {first, second}
    assert all(c["op"] == "put" for c in snapshot["changes"])
    assert not snapshot["has_more"]
    cursor = snapshot["cursor"]

    assert entities(anna.pull(cursor=cursor)["changes"], "enquiry") == []  # nothing new yet
    third = _create(anna)
    anna.apply("add_note", enquiry_id=first, note_id=new_id(), text="Quote sent.")
    newer = anna.pull(cursor=cursor)
    assert sorted(c["id"] for c in entities(newer["changes"], "enquiry")) == sorted([third, first])
    assert newer["cursor"] > cursor
    assert entities(anna.pull(cursor=newer["cursor"])["changes"], "enquiry") == []


def test_offer_is_anonymised_until_accepted(client: TestClient, world: World) -> None:
    _anna, max_, enquiry_id = _offered_to_mueller(client, world)

    changes, text = max_.sync()
    data = enquiry_data(changes, enquiry_id)
    assert data is not None
    assert data["anonymised"] is True
    assert data["status"] == "offered"
    assert data["contact"] == {"postcode": "80331", "city": "München", "country": "DE"}
    assert data["offer"]["deadline"]
    redumped = json.dumps(changes, ensure_ascii=False)
    for value in personal_values():
        assert value not in text and value not in redumped, value
    # Another partner does not see the enquiry at all.
    luca = Device(client, "luca@rossi.example")
    assert enquiry_id not in luca.pull()["text"]

    max_.apply("accept_offer", enquiry_id=enquiry_id)
    changes, _ = max_.sync()
    data = enquiry_data(changes, enquiry_id)
    assert data is not None
    assert data["anonymised"] is False
    assert data["owner_company_id"] == world.mueller.id
    assert data["holder_id"] == world.max.id
    assert {k: data["contact"][k] for k in CONTACT} == CONTACT
    assert enquiry_id not in luca.pull()["text"]


def test_revoked_offer_is_deleted_from_partner(client: TestClient, world: World) -> None:
    anna, max_, enquiry_id = _offered_to_mueller(client, world)
    changes, _ = max_.sync()
    assert enquiry_data(changes, enquiry_id) is not None

    anna.apply("revoke_offer", enquiry_id=enquiry_id)
    changes, _ = max_.sync()
    assert entities(changes, "enquiry", enquiry_id) == [{"op": "del", "entity": "enquiry", "id": enquiry_id}]
    # A new snapshot has neither the enquiry nor a `del`.
    snapshot = max_.pull()
    assert all(c["op"] == "put" for c in snapshot["changes"])
    assert enquiry_id not in snapshot["text"]
    # Head office still has it, open again.
    data = enquiry_data(anna.pull()["changes"], enquiry_id)
    assert data is not None and data["status"] == "open" and data["offer"] is None


def test_paged_pull_delivers_every_entity_exactly_once(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    created = {_create(anna) for _ in range(7)}
    full = anna.pull()

    seen: list[tuple[str, str]] = []
    cursor = None
    pages = 0
    while True:
        page = anna.pull(cursor=cursor, limit=2)
        pages += 1
        assert len(page["changes"]) <= 2
        assert all(c["op"] == "put" for c in page["changes"])
        seen += [(c["entity"], c["id"]) for c in page["changes"]]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
        assert pages < 50, "paging does not end"
    assert len(seen) == len(set(seen)) == len(full["changes"])
    assert {i for e, i in seen if e == "enquiry"} == created
    assert cursor == full["cursor"]
    assert pages >= 4


def test_pull_is_gzip_compressed_for_clients_that_accept_it(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    for _ in range(5):
        _create(anna)
    body = {"client_id": anna.client_id, "limit": 100}
    plain = client.post(PULL, json=body, headers={**anna.headers, "Accept-Encoding": "identity"})
    packed = client.post(PULL, json=body, headers={**anna.headers, "Accept-Encoding": "gzip, deflate"})

    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.num_bytes_downloaded < len(packed.content) / 3  # what crossed the wire
    assert packed.json() == plain.json()  # the same page, decoded transparently
    assert len(packed.json()["changes"]) >= 5


def test_a_cursor_from_before_a_restore_answers_resync_required(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    anna = Device(client, "anna@hq.example")
    _create(anna)
    first = anna.pull_raw(cursor=None)
    epoch = int(first.headers["x-feed-epoch"])
    cursor = first.json()["cursor"]
    assert anna.pull(cursor=cursor, epoch=epoch)["changes"] == []  # the feed goes on as usual

    # A cursor the server never handed out (its database went back in time): start again.
    assert_error(anna.pull_raw(cursor=cursor + 1000, epoch=epoch), 409, "resync_required")
    # The operator declared the database restored: every cursor of the old feed is void.
    with session_factory.begin() as session:
        renewed = renew_feed_epoch(session)
    assert renewed != epoch
    assert_error(anna.pull_raw(cursor=cursor, epoch=epoch), 409, "resync_required")
    snapshot = anna.pull_raw(cursor=None, epoch=epoch)  # a snapshot needs no epoch to match
    assert snapshot.status_code == 200 and int(snapshot.headers["x-feed-epoch"]) == renewed
    assert anna.pull(cursor=snapshot.json()["cursor"], epoch=renewed)["changes"] == []


def test_pull_results_include_earlier_refusal(client: TestClient, world: World) -> None:
    _anna, max_, enquiry_id = _offered_to_mueller(client, world)
    refused = max_.push("add_note", enquiry_id=enquiry_id, note_id=new_id(), text="Interesting!")
    assert refused["status"] == "refused" and refused["error"]["code"] == "accept_first"
    max_.apply("accept_offer", enquiry_id=enquiry_id)

    page = max_.pull()
    assert page["last_mutation_id"] == 2
    assert [r["id"] for r in page["results"]] == [1, 2]
    assert page["results"][0]["status"] == "refused"
    assert page["results"][0]["error"]["code"] == "accept_first"
    assert page["results"][1] == {"id": 2, "status": "applied"}
    assert [r["id"] for r in max_.pull(results_after=1)["results"]] == [2]


def test_head_office_never_sees_partners_colleague(client: TestClient, world: World) -> None:
    anna, max_, enquiry_id = _offered_to_mueller(client, world)
    max_.apply("accept_offer", enquiry_id=enquiry_id)
    anna.sync()
    max_.apply("set_colleague", enquiry_id=enquiry_id, user_id=world.eva.id)

    mine = enquiry_data(max_.sync()[0], enquiry_id)
    assert mine is not None and mine["holder_id"] == world.eva.id  # the owner's colleague is the holder

    changes, _ = anna.sync()
    data = enquiry_data(changes, enquiry_id)
    assert data is not None
    assert data["holder_id"] is None
    assert data["colleague_id"] in (None, world.anna.id)
    assert data["assigned_by"] is None
    assert set(data["colleagues"]) <= {world.hq.id}
    assert world.eva.id not in json.dumps(entities(changes, "enquiry", enquiry_id))
    snapshot = enquiry_data(anna.pull()["changes"], enquiry_id)
    assert snapshot is not None and world.eva.id not in json.dumps(snapshot)


def test_assigned_colleague_alone_is_notified(client: TestClient, make: Factory, world: World) -> None:
    make.person(world.mueller, "jonas@mueller.example", display_name="Jonas")
    max_ = Device(client, "max@mueller.example")
    eva = Device(client, "eva@mueller.example")
    jonas = Device(client, "jonas@mueller.example")
    enquiry_id = _create(max_)
    max_.apply("assign_person", enquiry_id=enquiry_id, user_id=world.eva.id)

    notes = entities(eva.pull()["changes"], "notification")
    assert [n["data"]["enquiry_id"] for n in notes] == [enquiry_id]
    assert notes[0]["op"] == "put"
    assert notes[0]["data"]["person_id"] == world.eva.id
    assert notes[0]["data"]["kind"] == "assigned"
    assert notes[0]["data"]["actor_id"] == world.max.id
    assert notes[0]["data"]["read"] is False
    for other in (max_, jonas):
        page = other.pull()
        assert entities(page["changes"], "notification") == []
        assert enquiry_data(page["changes"], enquiry_id) is not None  # everyone sees the enquiry itself


def test_paged_snapshot_ends_with_what_an_unpaged_snapshot_shows(client: TestClient, world: World) -> None:
    """Initial sync in small pages: the client ends up with exactly the company's visible set."""
    anna = Device(client, "anna@hq.example")
    max_ = Device(client, "max@mueller.example")
    offered = []
    for _ in range(4):
        enquiry_id = _create(anna)
        anna.apply("offer_to_partner", enquiry_id=enquiry_id, company_id=world.mueller.id)
        offered.append(enquiry_id)
    anna.apply("revoke_offer", enquiry_id=offered[0])  # left Müller's visible set
    max_.apply("accept_offer", enquiry_id=offered[1])
    own = _create(max_)

    full = max_.pull()
    expected = {c["id"]: c["data"] for c in full["changes"]}
    assert set(expected) >= {*offered[1:], own} and offered[0] not in expected

    cache: dict[str, Any] = {}
    cursor = None
    while True:
        page = max_.pull(cursor=cursor, limit=1)
        for change in page["changes"]:
            if change["op"] == "put":
                cache[change["id"]] = change["data"]
            else:
                assert change["id"] not in expected, change
                cache.pop(change["id"], None)
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert cache == expected
