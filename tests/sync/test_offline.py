"""Working without the server: a hundred edits while it is down are shown at once, marked pending,
and kept; when the server is back one sync delivers every one of them exactly once.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from desktop.models.queries import ListQuery
from tests.sync.conftest import LiveServer
from tests.sync.scenario import create, listed_ids, note, server_snapshot, shown, signed_in, synced

CREATES = 20
NOTES = 80


def test_hundred_offline_edits_land_exactly_once(live_server: LiveServer, tmp_path: Path) -> None:
    url = live_server.url
    anna = signed_in(url, "anna@hq.example", tmp_path)
    online = create(anna, last_name="Vorher")
    synced(anna)
    assert anna.state.online and anna.state.pending == 0

    live_server.stop()
    assert anna.loop.sync_now() is None
    assert not anna.state.online and anna.state.message, "the user is told the server is away"

    enquiries = [online]
    for i in range(CREATES):
        enquiries.append(create(anna, last_name=f"Offline{i:02d}", city="München"))
        shown_now = anna.reads.enquiry(enquiries[-1])
        assert shown_now is not None and shown_now["pending"], "a new enquiry is shown at once, pending"
    expected_notes: dict[str, list[str]] = {e: [] for e in enquiries}
    for i in range(NOTES):
        target = enquiries[i % len(enquiries)]
        expected_notes[target].append(note(anna, target, f"written while away, {i}"))
        local = anna.reads.enquiry(target)
        assert local is not None and local["pending"]
        assert [n["id"] for n in local["journal_notes"]] == expected_notes[target]
        assert [n["id"] for n in local["notes"]] == expected_notes[target]

    assert anna.loop.sync_now() is None, "still offline"
    assert not anna.state.online and anna.state.pending == CREATES + NOTES
    assert anna.sync.pending_count() == CREATES + NOTES
    assert set(enquiries) <= listed_ids(anna, ListQuery(quick="mine"))
    assert len(listed_ids(anna, ListQuery(search="Offline"))) == CREATES

    live_server.start()
    report = anna.loop.sync_now()
    assert report is not None and report.pushed == CREATES + NOTES and report.refused == 0
    assert anna.state.online and anna.state.pending == 0 and anna.reads.refusals() == []
    for enquiry_id in enquiries:
        local = anna.reads.enquiry(enquiry_id)
        assert local is not None and not local["pending"]

    # The server has every edit exactly once: another head-office client and a fresh snapshot agree.
    marco = signed_in(url, "marco@hq.example", tmp_path)
    truth = server_snapshot(url, "anna@hq.example")
    assert set(truth) == set(enquiries)
    for enquiry_id in enquiries:
        server_notes = [n["id"] for n in truth[enquiry_id]["notes"]]
        assert server_notes == expected_notes[enquiry_id], enquiry_id
        seen_by_marco = marco.reads.enquiry(enquiry_id)
        assert seen_by_marco is not None
        assert [n["id"] for n in seen_by_marco["journal_notes"]] == expected_notes[enquiry_id]
        assert shown(anna.reads.enquiry(enquiry_id)) == truth[enquiry_id]
    all_notes = Counter(n["id"] for data in truth.values() for n in data["notes"])
    assert sum(all_notes.values()) == NOTES and max(all_notes.values()) == 1

    # Syncing again sends nothing and changes nothing.
    again = anna.loop.sync_now()
    assert again is not None and again.pushed == 0 and again.pending == 0
    assert server_snapshot(url, "anna@hq.example") == truth
