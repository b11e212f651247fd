"""What a partner's cache holds on disk: an offer it has not accepted carries no personal data, not
in the database file, not in its write-ahead log, not in the search index; accepting brings the
data; an offer that expired or was revoked leaves the partner's cache at its next sync.

The files are read while the client is open (no checkpoint first), every page decrypted with the
cache's key: what remains readable to anyone who has the key, free pages and old WAL frames too.
"""

from __future__ import annotations

from pathlib import Path

from desktop.models.queries import ListQuery
from desktop.service import DeskService
from enquiries.commands import AcceptOffer, RevokeOffer
from tests.sync.conftest import LiveServer
from tests.sync.decrypted_pages import pages
from tests.sync.scenario import (
    MUELLER,
    SECRET_CONTACT,
    SECRET_VALUES,
    create_and_offer,
    fts_text,
    listed_ids,
    ok,
    run_deadline_job,
    search,
    signed_in,
    synced,
)


def on_disk(svc: DeskService) -> bytes:
    """The cache's main file and its WAL as they are now, every page decrypted with the cache's key
    (tests/sync/decrypted_pages.py): what the partner's disk holds to anyone who has the key."""
    assert svc.session is not None and svc.session.key is not None, "the cache is encrypted"
    return pages(svc.session.path, svc.session.key)


def found_on_disk(svc: DeskService) -> set[str]:
    data = on_disk(svc)
    return {value for value in SECRET_VALUES if value.encode() in data}


def test_partner_cache_holds_personal_data_only_while_it_owns_the_enquiry(
    live_server: LiveServer, tmp_path: Path
) -> None:
    anna = signed_in(live_server.url, "anna@hq.example", tmp_path)
    max_ = signed_in(live_server.url, "max@mueller.example", tmp_path)
    secret = create_and_offer(anna, MUELLER, **SECRET_CONTACT)
    expiring = create_and_offer(anna, MUELLER, last_name="Ablauf", city="Augsburg", postcode="86150")
    revoked = create_and_offer(anna, MUELLER, last_name="Widerruf", city="Rosenheim", postcode="83022")
    synced(anna)
    assert search(anna, "Zwirnpichler") == {secret}, "head office finds its own enquiry"
    synced(max_)

    # Offered, not accepted: anonymised facts only, on disk, in the WAL and in the search index.
    offer = max_.reads.enquiry(secret)
    assert offer is not None and offer["anonymised"]
    assert offer["contact"] == {"postcode": "80331", "city": "München", "country": "DE"}
    assert listed_ids(max_, ListQuery(quick="offered")) == {secret, expiring, revoked}
    assert found_on_disk(max_) == set(), "personal data of an unaccepted offer reached the partner's disk"
    assert not any(v in fts_text(max_) for v in ("Zwirnpichler", "Geheimweg", "vertraulich", "7777123"))
    assert search(max_, "Zwirnpichler") == set() and search(max_, "vertraulich") == set()
    assert search(max_, "München") == {secret}, "the anonymised facts stay searchable"
    assert search(max_, "Augsburg") == {expiring} and search(max_, "Rosenheim") == {revoked}

    # Accepting locally cannot invent the data: it arrives only from the server.
    ok(max_.actions.perform(AcceptOffer(enquiry_id=secret)))
    assert found_on_disk(max_) == set()
    synced(max_)
    accepted = max_.reads.enquiry(secret)
    assert accepted is not None and not accepted["anonymised"] and not accepted["pending"]
    assert accepted["contact"]["email"] == "zwirn@unique.example"
    assert found_on_disk(max_) == set(SECRET_VALUES)
    assert search(max_, "Zwirnpichler") == {secret}
    assert search(max_, "vertraulich") == {secret}

    # Head office revokes one offer; the server's deadline job expires the other.
    ok(anna.actions.perform(RevokeOffer(enquiry_id=revoked)))
    synced(anna)
    assert run_deadline_job(live_server.database_url).returned == 1  # only `expiring` was still offered
    synced(max_)
    for gone in (expiring, revoked):
        assert max_.reads.enquiry(gone) is None
        assert gone not in listed_ids(max_)
    assert search(max_, "Augsburg") == set() and search(max_, "Rosenheim") == set()
    assert not any(v in fts_text(max_) for v in ("Augsburg", "Rosenheim")), "the search index forgot them"
    assert listed_ids(max_) == {secret}
    assert search(max_, "Zwirnpichler") == {secret}
    # Head office has both back: the revoked one open, the expired one marked expired.
    synced(anna)
    assert (anna.reads.enquiry(revoked) or {}).get("status") == "open"
    assert (anna.reads.enquiry(expiring) or {}).get("status") == "expired"
