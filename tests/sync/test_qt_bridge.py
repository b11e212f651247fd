"""The Qt adapter over a live server: work runs off the UI thread, every result arrives on it.

Signals are connected to plain Python callables (the strictest case: no receiver object), and
each one records the thread it ran on.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from central.demo import demo_id
from desktop.changes import Changes
from desktop.qt_bridge import QtDeskService
from desktop.service import DeskService, SyncState
from enquiries.commands import AcceptOffer, AssignPerson, CreateEnquiry, OfferToPartner, RevokeAssignment
from tests.sync import clients

ANNA = "anna@hq.example"
MAX = "max@mueller.example"
EVA = "eva@mueller.example"
MUELLER = demo_id("mueller")


def main_thread() -> QThread:
    app = QCoreApplication.instance()
    assert app is not None
    return app.thread()


class Recorder:
    """Every emission of the bridge's signals, and whether it was delivered on the UI thread."""

    def __init__(self, bridge: QtDeskService) -> None:
        self.ui = main_thread()
        self.calls: dict[str, list[tuple[tuple[Any, ...], str | None]]] = {}
        for name in ("changed", "syncStateChanged", "progress", "refused", "actionDone"):
            getattr(bridge, name).connect(self._recorder(name))

    def _recorder(self, name: str) -> Any:
        def record(*args: Any) -> None:
            # Decided at once: a worker's QThread wrapper may be gone by the time the test looks.
            current = QThread.currentThread()
            wrong = None if current == self.ui else threading.current_thread().name
            self.calls.setdefault(name, []).append((args, wrong))

        return record

    def args(self, name: str) -> list[tuple[Any, ...]]:
        return [a for a, _ in self.calls.get(name, [])]

    def off_ui_thread(self) -> list[tuple[str, str]]:
        """(signal, thread name) of every delivery that did not run on the UI thread."""
        return [(name, wrong) for name, calls in self.calls.items() for _, wrong in calls if wrong]


class Bridges:
    """Signed-in services and their bridges; all stopped and closed at the end of the test."""

    def __init__(self, url: str, data_dir: Path) -> None:
        self.url = url
        self.data_dir = data_dir
        self.services: list[DeskService] = []
        self.bridges: list[QtDeskService] = []

    def service(self, login: str) -> DeskService:
        svc = clients.service(self.url, login, self.data_dir)
        self.services.append(svc)
        assert svc.loop.sync_now() is not None
        return svc

    def bridge(self, svc: DeskService) -> tuple[QtDeskService, Recorder]:
        bridge = QtDeskService(svc)
        self.bridges.append(bridge)
        return bridge, Recorder(bridge)

    def close(self) -> None:
        for bridge in self.bridges:
            bridge.stop()
        for svc in self.services:
            svc.session.close()


@pytest.fixture
def desks(live_server: Any, tmp_path: Path, qtbot: QtBot) -> Iterator[Bridges]:
    bridges = Bridges(live_server.url, tmp_path)
    yield bridges
    bridges.close()


def offer_to_mueller(anna: DeskService, last_name: str = "Huber") -> str:
    """Anna creates an enquiry and offers it to Fenster Müller; sent to the server at once."""
    enquiry_id = str(uuid.uuid4())
    create = CreateEnquiry(
        enquiry_id=enquiry_id,
        type="offer",
        last_name=last_name,
        email=f"{last_name.lower()}@example.net",
        postcode="80331",
        city="München",
        country="DE",
    )
    assert isinstance(anna.actions.perform(create), int)
    assert isinstance(anna.actions.perform(OfferToPartner(enquiry_id=enquiry_id, company_id=MUELLER)), int)
    report = anna.loop.sync_now()
    assert report is not None and report.pending == 0 and report.refused == 0
    return enquiry_id


def test_perform_runs_off_the_ui_thread_and_reports_on_it(desks: Bridges, qtbot: QtBot) -> None:
    anna, max_ = desks.service(ANNA), desks.service(MAX)
    enquiry_id = offer_to_mueller(anna)
    assert max_.loop.sync_now() is not None
    bridge, recorder = desks.bridge(max_)

    worker_threads: list[threading.Thread] = []
    perform = max_.actions.perform

    def perform_and_note_thread(command: Any, **kwargs: Any) -> Any:
        worker_threads.append(threading.current_thread())
        return perform(command, **kwargs)

    max_.actions.perform = perform_and_note_thread  # type: ignore[method-assign]
    command = AcceptOffer(enquiry_id=enquiry_id)
    with qtbot.waitSignal(bridge.actionDone, timeout=5000) as done:
        bridge.perform(command)

    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert done.args is not None
    assert done.args[0] == command
    assert isinstance(done.args[1], int), done.args[1]  # the new mutation id, not a refusal
    assert recorder.args("changed") == [(Changes.of(enquiries=[enquiry_id]), "user")]
    assert recorder.off_ui_thread() == [], "every signal is delivered on the UI thread"


def test_a_local_refusal_is_the_action_result(desks: Bridges, qtbot: QtBot) -> None:
    max_ = desks.service(MAX)
    bridge, recorder = desks.bridge(max_)
    with qtbot.waitSignal(bridge.actionDone, timeout=5000) as done:
        bridge.perform(AcceptOffer(enquiry_id=str(uuid.uuid4())))  # nothing to accept
    assert done.args is not None
    assert not isinstance(done.args[1], int)
    assert getattr(done.args[1], "code", "")
    assert recorder.args("changed") == []
    assert recorder.off_ui_thread() == []


def test_sync_now_reports_online_and_nothing_pending(desks: Bridges, qtbot: QtBot) -> None:
    anna, max_ = desks.service(ANNA), desks.service(MAX)
    enquiry_id = offer_to_mueller(anna)
    assert max_.loop.sync_now() is not None
    assert isinstance(max_.actions.perform(AcceptOffer(enquiry_id=enquiry_id)), int)
    assert max_.state.pending == 1
    bridge, recorder = desks.bridge(max_)

    def finished(state: SyncState) -> bool:
        return not state.syncing

    with qtbot.waitSignal(bridge.syncStateChanged, timeout=10000, check_params_cb=finished):
        bridge.sync_now()

    states: list[SyncState] = [a[0] for a in recorder.args("syncStateChanged")]
    assert states[0].syncing is True
    assert states[-1].online is True
    assert states[-1].pending == 0
    assert states[-1].last_sync is not None
    assert states[-1].message == ""
    # "What changed" follows the final state (the push was acknowledged by the pull).
    qtbot.waitUntil(
        lambda: any(o == "sync" and c.touches("enquiries", enquiry_id) for c, o in recorder.args("changed")),
        timeout=5000,
    )
    assert recorder.off_ui_thread() == []


def test_a_refusal_from_the_server_is_signalled(desks: Bridges, qtbot: QtBot) -> None:
    anna, max_, eva = desks.service(ANNA), desks.service(MAX), desks.service(EVA)
    enquiry_id = offer_to_mueller(anna)
    assert max_.loop.sync_now() is not None and eva.loop.sync_now() is not None
    # Max accepts first; Eva, not yet synced, accepts too: her cache allows it, the server does not.
    assert isinstance(max_.actions.perform(AcceptOffer(enquiry_id=enquiry_id)), int)
    assert max_.loop.sync_now() is not None
    assert isinstance(eva.actions.perform(AcceptOffer(enquiry_id=enquiry_id)), int)
    bridge, recorder = desks.bridge(eva)

    with qtbot.waitSignal(bridge.refused, timeout=10000) as refused:
        bridge.sync_now()

    assert refused.args is not None
    refusals = refused.args[0]
    assert len(refusals) == 1
    assert refusals[0]["name"] == "accept_offer"
    assert refusals[0]["enquiry_id"] == enquiry_id
    assert refusals[0]["code"] == "already_accepted"
    assert refusals[0]["message"]
    assert recorder.off_ui_thread() == []


def test_started_bridge_hears_another_clients_change_and_stops_promptly(desks: Bridges, qtbot: QtBot) -> None:
    anna, max_ = desks.service(ANNA), desks.service(MAX)
    bridge, recorder = desks.bridge(max_)

    def finished(state: SyncState) -> bool:
        return not state.syncing

    with qtbot.waitSignal(bridge.syncStateChanged, timeout=10000, check_params_cb=finished):
        bridge.start()  # the loop syncs once, then long-polls the server
    qtbot.wait(200)

    def from_sync(ids: Any, origin: str) -> bool:
        return origin == "sync"

    with qtbot.waitSignal(bridge.changed, timeout=5000, check_params_cb=from_sync):
        enquiry_id = offer_to_mueller(anna)
    seen = max_.reads.enquiry(enquiry_id)
    assert seen is not None and seen["status"] == "offered" and seen["anonymised"]

    started = time.monotonic()
    bridge.stop()
    assert time.monotonic() - started < 2.0
    assert not any(t.name == "sync" and t.is_alive() for t in threading.enumerate())

    # Stopped means stopped: a later change on the server is not pulled (and it ends the long-poll
    # the loop left open, so the server can shut down at once).
    heard = len(recorder.args("changed"))
    later = offer_to_mueller(anna, "Later")
    qtbot.wait(1000)
    assert len(recorder.args("changed")) == heard
    assert max_.reads.enquiry(later) is None
    assert recorder.off_ui_thread() == []


def test_two_quick_actions_on_one_enquiry_are_decided_in_the_order_clicked(
    desks: Bridges, qtbot: QtBot
) -> None:
    """Assign to Eva, then at once revoke it: the revoke is only possible after the assignment.
    The first decision is held back a little (a slow disk); on a pool of two threads the revoke
    overtook it and was refused as "not assigned"; on the one ordered writer it waits its turn."""
    max_ = desks.service(MAX)
    eva_id = next(p["id"] for p in max_.reads.people() if p["login"] == EVA)
    enquiry_id = str(uuid.uuid4())
    create = CreateEnquiry(
        enquiry_id=enquiry_id, type="offer", last_name="Order", postcode="80331", country="DE"
    )
    assert isinstance(max_.actions.perform(create), int)
    bridge, recorder = desks.bridge(max_)
    perform = max_.actions.perform
    order: list[str] = []

    def slow_first(command: Any) -> Any:
        if isinstance(command, AssignPerson):
            time.sleep(0.3)
        order.append(command.wire_name)
        return perform(command)

    max_.actions.perform = slow_first  # type: ignore[method-assign]
    bridge.perform(AssignPerson(enquiry_id=enquiry_id, user_id=eva_id))
    bridge.perform(RevokeAssignment(enquiry_id=enquiry_id))
    qtbot.waitUntil(lambda: len(recorder.args("actionDone")) == 2, timeout=5000)

    assert order == ["assign_person", "revoke_assignment"]
    results = [result for _command, result in recorder.args("actionDone")]
    assert all(isinstance(r, int) for r in results), results  # neither refused
    assert results[0] < results[1], "mutation ids in the order clicked"
    shown = max_.reads.enquiry(enquiry_id)
    assert shown is not None and shown["holder_id"] == max_.reads.user["id"], "revoked: back to Max"
