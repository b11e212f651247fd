"""An erasure reaches every cache (issue 14, point 2): two partner clients, one offline meanwhile.

Head office's enquiry with SECRET_CONTACT is accepted by Müller. Max (Müller's administrator)
erases it; his cache drops it at the next sync. Eva (Müller) was offline with a note about it
waiting in her outbox: her cache still holds the data until she syncs; then the note is refused
`erased` with a message, and the data is gone from her cache too. "Gone" is checked on every
page of each cache's main file and write-ahead log, decrypted with the cache's key (freed pages
and old log frames included), in the search index, and through the search the user types.
Head office's cache, which had it from the start, drops it as well.
"""

from __future__ import annotations

from pathlib import Path

from desktop.service import DeskService
from enquiries.commands import AcceptOffer
from tests.sync.conftest import LiveServer
from tests.sync.decrypted_pages import pages
from tests.sync.scenario import (
    MUELLER,
    SECRET_CONTACT,
    SECRET_VALUES,
    create_and_offer,
    fts_text,
    listed_ids,
    note,
    ok,
    search,
    signed_in,
    synced,
)


def readable(svc: DeskService) -> set[str]:
    """SECRET_VALUES found in the cache's pages, decrypted with its key."""
    assert svc.session is not None and svc.session.key is not None
    data = pages(svc.session.path, svc.session.key)
    return {value for value in SECRET_VALUES if value.encode() in data}


def test_an_erasure_empties_every_cache_also_one_that_was_offline(
    live_server: LiveServer, tmp_path: Path
) -> None:
    anna = signed_in(live_server.url, "anna@hq.example", tmp_path)
    max_ = signed_in(live_server.url, "max@mueller.example", tmp_path)
    eva = signed_in(live_server.url, "eva@mueller.example", tmp_path)
    secret = create_and_offer(anna, MUELLER, **SECRET_CONTACT)
    synced(anna, max_)
    ok(max_.actions.perform(AcceptOffer(enquiry_id=secret)))
    synced(max_, eva, anna)
    for svc in (max_, eva):
        assert readable(svc) == set(SECRET_VALUES), "the accepted enquiry's data is in the cache"
        assert search(svc, "Zwirnpichler") == {secret}

    # Eva goes into the field: a note about the customer waits in her outbox, unsent.
    note(eva, secret, "Zwirnpichler will Termin am Donnerstag")
    assert eva.sync.pending_count() == 1

    answer = max_.admin.erase_personal_data(secret)
    assert answer["removed"]["enquiry"] == 1
    synced(max_)
    assert max_.reads.enquiry(secret) is None and secret not in listed_ids(max_)
    assert search(max_, "Zwirnpichler") == set()
    assert "Zwirnpichler" not in fts_text(max_) and "vertraulich" not in fts_text(max_)
    assert readable(max_) == set(), "no erased value left in any page of Max's cache or its log"

    # Offline, Eva still has it (nobody can reach into her laptop) ...
    assert eva.reads.enquiry(secret) is not None and readable(eva)
    # ... until her next sync: the note is refused with a message, the data goes.
    synced(eva)
    refusals = eva.reads.refusals()
    assert [r["code"] for r in refusals] == ["erased"], refusals
    assert "erased" in refusals[0]["message"]
    assert eva.sync.pending_count() == 0, "the refused note left the outbox"
    assert eva.reads.enquiry(secret) is None and secret not in listed_ids(eva)
    assert search(eva, "Zwirnpichler") == set() and search(eva, "Donnerstag") == set()
    assert "Zwirnpichler" not in fts_text(eva)
    assert readable(eva) == set(), "no erased value left in any page of Eva's cache or its log"
    assert b"Donnerstag" not in pages(eva.session.path, eva.session.key), "nor the refused note"

    synced(anna)
    assert anna.reads.enquiry(secret) is None
    assert readable(anna) == set(), "head office's cache drops it too"
