"""A busy server, a failing proxy or a dropped connection is "offline, try again later": the cache
file and every pending edit survive, the status bar says offline, and the edits land once the
server answers again. Only the server's explicit "revoked / deactivated" answers sign out and wipe.

Each answer is dealt by a proxy in front of a live server (tests/sync/fault_proxy.py `script`),
on the token refresh (after the access token expired) and on the push.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.service import DeskService
from desktop.sync.session import open_session
from desktop.sync.transport import API, Tokens
from desktop.views.status_bar import SyncStatus
from enquiries.commands import AddNote, CreateEnquiry
from tests.sync.conftest import LiveServer
from tests.sync.fault_proxy import FaultProxy, Faults
from tests.sync.scenario import server_snapshot

LOGIN, PASSWORD = "anna@hq.example", "demo"
BAD = [429, 500, 502, 503, "drop"]


@pytest.fixture
def proxy(live_server: LiveServer) -> Iterator[FaultProxy]:
    with FaultProxy(live_server.url, seed=1, faults=Faults()) as front:
        yield front


def signed_in(proxy: FaultProxy, folder: Path) -> DeskService:
    service = DeskService(open_session(proxy.url, LOGIN, PASSWORD, data_dir=folder))
    assert service.loop.sync_now() is not None
    return service


def two_pending_edits(service: DeskService) -> tuple[str, str]:
    enquiry_id = str(uuid.uuid4())
    assert isinstance(service.actions.perform(CreateEnquiry(enquiry_id=enquiry_id, last_name="Kept")), int)
    note_id = str(uuid.uuid4())
    assert isinstance(
        service.actions.perform(AddNote(enquiry_id=enquiry_id, note_id=note_id, text="kept")), int
    )
    return enquiry_id, note_id


def expire_access_token(service: DeskService) -> None:
    transport = service.sync.transport
    assert transport.tokens is not None
    transport.tokens = Tokens("expired", transport.tokens.refresh)  # as after 15 minutes


def assert_kept_and_offline(service: DeskService, enquiry_id: str, qtbot: QtBot) -> None:
    assert service.path.exists(), "the cache file is still there"
    state = service.state
    assert not state.signed_out and not state.online and state.pending == 2, state
    shown = service.reads.enquiry(enquiry_id)
    assert shown is not None and shown["pending"] and [n["text"] for n in shown["notes"]] == ["kept"]
    bar = SyncStatus()
    qtbot.addWidget(bar)
    bar.show_state(state)
    assert bar.label.text().startswith("offline") and "2 change" in bar.label.text()
    assert "later" in bar.toolTip(), "the user is told the edits are kept"


@pytest.mark.parametrize("answer", BAD, ids=str)
def test_a_bad_answer_to_the_token_refresh_keeps_every_edit(
    proxy: FaultProxy, live_server: LiveServer, tmp_path: Path, qtbot: QtBot, answer: int | str
) -> None:
    service = signed_in(proxy, tmp_path / "desk")
    enquiry_id, note_id = two_pending_edits(service)
    expire_access_token(service)
    proxy.script(API + "/auth/refresh", [answer, answer])

    assert service.loop.sync_now() is None
    assert_kept_and_offline(service, enquiry_id, qtbot)
    assert service.loop.sync_now() is None, "still answering badly"
    assert_kept_and_offline(service, enquiry_id, qtbot)

    report = service.loop.sync_now()  # the server answers again
    assert report is not None and report.pushed == 2 and report.refused == 0
    assert service.state.online and service.state.pending == 0
    assert [n["id"] for n in server_snapshot(live_server.url, LOGIN)[enquiry_id]["notes"]] == [note_id]
    service.close()


@pytest.mark.parametrize("answer", BAD, ids=str)
def test_a_bad_answer_to_the_push_keeps_every_edit(
    proxy: FaultProxy, live_server: LiveServer, tmp_path: Path, qtbot: QtBot, answer: int | str
) -> None:
    service = signed_in(proxy, tmp_path / "desk")
    enquiry_id, note_id = two_pending_edits(service)
    proxy.script(API + "/sync/push", [answer])

    assert service.loop.sync_now() is None
    assert_kept_and_offline(service, enquiry_id, qtbot)

    report = service.loop.sync_now()
    assert report is not None and report.refused == 0 and service.state.pending == 0
    assert [n["id"] for n in server_snapshot(live_server.url, LOGIN)[enquiry_id]["notes"]] == [note_id]
    service.close()


@pytest.mark.parametrize(
    ("status", "code", "wiped"),
    [
        (401, "device_revoked", True),
        (401, "refresh_reused", True),
        (403, "account_inactive", True),
        (401, "", False),  # a proxy's own 401: no verdict of the server's
        (407, "device_revoked", False),  # the right words with the wrong status: not ours either
    ],
)
def test_only_the_servers_explicit_answer_signs_out_and_wipes(
    proxy: FaultProxy, tmp_path: Path, status: int, code: str, wiped: bool
) -> None:
    service = signed_in(proxy, tmp_path / "desk")
    two_pending_edits(service)
    expire_access_token(service)
    body = json.dumps({"error": {"code": code, "message": "no"}}).encode() if code else b"<html>no</html>"
    proxy.script(API + "/auth/refresh", [("answer", status, body)])

    assert service.loop.sync_now() is None
    assert service.state.signed_out is wiped
    assert service.path.exists() is not wiped
    if not wiped:
        assert service.reads.pending_count() == 2 and not service.state.online
    service.close()
