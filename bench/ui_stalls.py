"""The UI thread while another client pushes (issue 9): event-loop stalls and list repaints.

Set-up (not timed): a server process on SQLite with the demo accounts and ENQUIRIES enquiries
played through the real rules (`central.demo_enquiries.seed_enquiries`, the seed client_sync.py
uses). marco@hq.example (head office: sees all of the company's enquiries) signs in, syncs once
and gets the real `MainWindow` on the offscreen platform, built as tests/gui/conftest.py builds it
(`open_session`, `DeskService`, `sync_now`, `QtDeskService`, `MainWindow`) plus what
desktop/views/app.py adds (English, `gc_guard`: the cyclic collector runs on the UI thread). The
list is loaded to its end, the row in the middle selected and scrolled to the middle of the view,
then the background sync starts (`bridge.start()`: long-poll poke, pull on every change).

A second process signs in as anna@hq.example (a `DeskService` of its own) and pushes RATE changes
per second, each at once (`actions.perform`, then `loop.sync_now()`): in turn a new enquiry, an
`update_contact` (a new city) on an existing one, an `add_note` (every fifth on the enquiry marco
has selected, so that the detail pane refreshes too).

Measured on marco's UI thread, in alternating segments (ours, baseline, ours, ...; SECONDS per
variant in all):

* heartbeat: a QTimer (PreciseTimer) every 5 ms; a stall is the gap between two ticks minus the
  5 ms; gaps and stalls p50/p95/p99/max. An idle segment before the pushes (sync loop waiting on
  its poke) gives the floor.
* pulled change -> list repainted: from the `changed` signal with origin "sync" reaching the
  window (`MainWindow._changed`, overridden in a subclass that calls it), plus the paints of the
  list that Qt runs because of it (those that start after it and before the next signal, within
  100 ms); per signal and per enquiry id named (the signal's time divided by the ids it names).
  "list" is the list's own part: the model update inside `keeping_view` plus those paints
  (`_changed` may also refresh the detail pane). Only signals that name enquiries count (the
  others do not touch the list). With --forced-repaint the bench instead forces a whole-viewport
  `repaint()` at the end of `_changed` (the method of the first figures, 2026-12-02 morning).
* model resets (the model's `modelReset`), and whether the selected enquiry, the selected row and
  the top visible row were the same at the end of each segment as at its start.
* push answered at anna -> marco's list repainted with it (both processes' CLOCK_MONOTONIC).
* what the UI thread was doing during stalls over 16 ms: `_changed`, `_sync_state`, the garbage
  collector (gc.callbacks), or else other (Qt painting, the GIL held by the sync thread, ...).

baseline: the same window, but the model refreshes the old way: `model.update(ids)` replaced by a
full `model.refresh()` (a model reset that reloads every loaded row) on every change; monkeypatched
here only.

    PYTHONPATH=. ENQUIRY_FAST_HASH=1 QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_stalls.py \
        [--seconds 30] [--segments 2] [--rate 10] [--enquiries 2000] [--profile FILE]

With --profile FILE the UI thread is profiled with cProfile during the "ours" segments (the figures
of that run include the profiler's cost) and the top functions are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("ENQUIRY_FAST_HASH", "1")

from bench.ui_stalls_report import HEARTBEAT_MS, KINDS, report

ROOT = Path(__file__).resolve().parent.parent
MARCO = "marco@hq.example"
ANNA = "anna@hq.example"
ENQUIRIES = 2000
SECONDS = 30.0  # of pushes per variant
SEGMENTS = 2  # per variant, alternating
RATE = 10.0  # changes per second
IDLE_SECONDS = 5.0
DRAIN_SECONDS = 3.0


# --- the pushing client: its own process ---------------------------------------------------------
def pusher_main(url: str, data_dir: Path, seconds: float, rate: float, selected: str) -> None:
    """anna: sign in, sync, say READY, wait for GO on stdin, push for `seconds`, print RESULT."""
    from bench.client_sync import PushClock, open_client
    from desktop.models.queries import ListQuery
    from desktop.service import DeskService
    from desktop.views.list_model import R_ID
    from enquiries.commands import AddNote, CreateEnquiry, UpdateContact
    from enquiries.refusals import Refusal

    service = DeskService(open_client(url, ANNA, data_dir))
    if service.loop.sync_now() is None:
        raise RuntimeError(f"anna's first sync failed: {service.state.message}")
    rng = random.Random(9)
    ids = [str(row[R_ID]) for row in service.reads.list_rest(ListQuery(), limit=1_000_000)]
    sample = rng.sample(ids, min(400, len(ids)))
    editable = [e for e in sample if "update_contact" in service.reads.allowed(e)]
    notable = [e for e in sample if "add_note" in service.reads.allowed(e)]
    clock = PushClock(service.sync.transport)
    print(f"READY {len(ids)} {len(editable)} {len(notable)}", flush=True)
    sys.stdin.readline()
    go = time.perf_counter()
    pushes: list[dict[str, Any]] = []
    n = 0
    while (due := go + n / rate) < go + seconds:
        if (wait := due - time.perf_counter()) > 0:
            time.sleep(wait)
        kind = KINDS[n % len(KINDS)]
        command: Any
        if kind == "create_enquiry":
            eid = str(uuid.uuid4())
            command = CreateEnquiry(
                enquiry_id=eid,
                type="offer",
                product_interest="PVC windows",
                channel="phone",
                first_name="Bench",
                last_name=f"Push {n}",
                postcode="80331",
                city="München",
                country="DE",
            )
        elif kind == "update_contact":
            eid = rng.choice(editable)
            command = UpdateContact(enquiry_id=eid, city=f"Stadt {n}")
        else:
            eid = selected if (n // len(KINDS)) % 5 == 0 else rng.choice(notable)
            command = AddNote(enquiry_id=eid, note_id=str(uuid.uuid4()), text=f"Bench note {n}")
        started = time.perf_counter()
        result = service.actions.perform(command)
        committed = time.perf_counter()
        report = service.loop.sync_now()
        synced = time.perf_counter()
        refused = isinstance(result, Refusal)
        pushes.append(
            {
                "kind": kind,
                "id": eid,
                "started": started,
                "committed": committed,
                "answered": None if refused else clock.answered.get(int(result)),  # type: ignore[arg-type]
                "synced": synced,
                "refused": refused,
                "reached": report is not None,
            }
        )
        n += 1
    service.close()
    print("RESULT " + json.dumps({"go": go, "end": time.perf_counter(), "pushes": pushes}), flush=True)


class Pusher:
    def __init__(self, url: str, data_dir: Path, seconds: float, rate: float, selected: str) -> None:
        command = [sys.executable, str(Path(__file__).resolve()), "--pusher", url, str(data_dir)]
        command += ["--seconds", str(seconds), "--rate", str(rate), "--selected", selected]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "ENQUIRY_FAST_HASH": "1"}
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def _line(self, prefix: str) -> str:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(prefix):
                return line[len(prefix) :].strip()
        raise RuntimeError(f"the pushing client ended ({self.process.wait()}) before {prefix.strip()}")

    def ready(self) -> list[int]:
        return [int(x) for x in self._line("READY ").split()]

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("GO\n")
        self.process.stdin.flush()

    def result(self) -> dict[str, Any]:
        out: dict[str, Any] = json.loads(self._line("RESULT "))
        self.process.wait(timeout=60)
        return out


# --- marco's window, instrumented --------------------------------------------------------------
class Probe:
    """What the UI thread records; `variant` is the segment running now."""

    def __init__(self) -> None:
        self.variant = "setup"
        self.segment = -1
        self.ticks: dict[int, list[float]] = {}
        self.segment_variant: dict[int, str] = {}
        self.signals: list[dict[str, Any]] = []  # sync-origin `changed` reaching the window
        self.busy: list[tuple[str, float, float]] = []  # (what, start, end) on the UI thread
        self.resets: dict[str, int] = {}
        self.model_ms = 0.0
        self.other_signals = 0
        self.kept: list[dict[str, Any]] = []
        self.quiet_repaints: list[float] = []  # forced repaints in the idle segment: the floor
        self.syncs: list[dict[str, Any]] = []  # marco's background syncs (on the sync thread)
        self.segment_times: list[tuple[str, float, float]] = []
        self.forced = False  # inside a repaint the bench forces (the paint is timed with it)
        self.list_ms = 0.0  # keeping_view (the model update with it) inside the current _changed
        self._gc_start = 0.0

    def variant_at(self, t: float) -> str:
        for variant, start, end in self.segment_times:
            if start <= t < end:
                return variant
        return "setup"

    def gc_callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.busy.append((f"gc gen {info.get('generation')}", self._gc_start, time.perf_counter()))


def instrument(service: Any, probe: Probe) -> None:
    """Time marco's syncs on the sync thread (wall and the thread's own CPU), and every paint of
    the list (those inside `_changed` are its forced repaint; the others Qt scheduled)."""
    from desktop.views.enquiry_list import EnquiryList

    loop = service.loop
    sync_now = loop.sync_now

    def timed_sync(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        report = sync_now(*args, **kwargs)
        probe.syncs.append(
            {
                "t0": wall,
                "ms": (time.perf_counter() - wall) * 1000,
                "cpu_ms": (time.thread_time() - cpu) * 1000,
                "pulled": report.pulled if report is not None else 0,
            }
        )
        return report

    loop.sync_now = timed_sync
    paint = EnquiryList.paintEvent

    def timed_paint(self: Any, event: Any) -> None:
        started = time.perf_counter()
        paint(self, event)
        if not probe.forced:
            probe.busy.append(("list paint", started, time.perf_counter()))

    EnquiryList.paintEvent = timed_paint  # type: ignore[method-assign]


def make_window(bridge: Any, probe: Probe, *, forced_repaint: bool = False) -> Any:
    from desktop.views.main_window import MainWindow

    class TimedWindow(MainWindow):
        """The real window; `_changed` and `_sync_state` timed (the bridge's signals reach these)."""

        def _changed(self, changes: Any, origin: str) -> None:
            started = time.perf_counter()
            listed = origin == "sync" and (changes.everything or bool(changes.enquiries))
            current = self.current_id()
            rows_before = self.model.rowCount()
            probe.model_ms = probe.list_ms = 0.0
            probe.forced = True
            try:
                super()._changed(changes, origin)
                changed = time.perf_counter()
                if listed and forced_repaint:
                    self.list.viewport().repaint()
            finally:
                probe.forced = False
            done = time.perf_counter()
            probe.busy.append(("_changed", started, done))
            if not listed:
                probe.other_signals += origin == "sync"
                return
            probe.signals.append(
                {
                    "variant": probe.variant,
                    "t0": started,
                    "t1": done,
                    "ms": (done - started) * 1000,
                    "model_ms": probe.model_ms,
                    "list_ms": probe.list_ms,
                    "repaint_ms": (done - changed) * 1000,
                    "ids": sorted(changes.enquiries),
                    "everything": changes.everything,
                    "shown": bool(current and changes.touches("enquiries", current)),
                    "inserted": self.model.rowCount() - rows_before,
                }
            )

        def _sync_state(self, state: Any) -> None:
            started = time.perf_counter()
            super()._sync_state(state)
            probe.busy.append(("_sync_state", started, time.perf_counter()))

    window = TimedWindow(bridge)
    model = window.model
    update = model.update

    def timed_update(ids: Any) -> None:
        started = time.perf_counter()
        if probe.variant == "baseline":
            model.refresh()  # the old way: every loaded row again, with a model reset
        else:
            update(ids)
        probe.model_ms += (time.perf_counter() - started) * 1000

    model.update = timed_update  # type: ignore[method-assign]
    keeping_view = window.list.keeping_view

    def timed_keeping_view(change: Any) -> None:
        started = time.perf_counter()
        keeping_view(change)
        probe.list_ms += (time.perf_counter() - started) * 1000

    window.list.keeping_view = timed_keeping_view  # type: ignore[method-assign]
    model.modelReset.connect(
        lambda: probe.resets.__setitem__(probe.variant, probe.resets.get(probe.variant, 0) + 1)
    )
    return window


def view_state(window: Any) -> tuple[str | None, list[str | None], str | None]:
    """(enquiry shown, ids of the selected rows, id of the top visible row)."""
    from PySide6.QtCore import QPoint

    from desktop.views.list_model import ID_ROLE

    view = window.list
    selected = [window.model.enquiry_id(index.row()) for index in view.selectionModel().selectedRows()]
    top = view.indexAt(QPoint(0, 0))
    return window.current_id(), selected, (top.data(ID_ROLE) if top.isValid() else None)


# --- the run -----------------------------------------------------------------------------------
def make_seed(count: int) -> Any:
    def seed(session: Any) -> None:
        from datetime import UTC, datetime

        from sqlalchemy import select

        from central.demo_enquiries import seed_enquiries
        from central.store.accounts import Person

        people = {p.login.split("@")[0]: p for p in session.scalars(select(Person))}
        started = time.perf_counter()
        seed_enquiries(session, people, now=datetime(2026, 12, 2, 9, tzinfo=UTC), count=count)
        print(
            f"  [seeded {count:,} enquiries through the rules in {time.perf_counter() - started:.1f} s]",
            flush=True,
        )

    return seed


def run(args: argparse.Namespace) -> None:
    from bench.common import serve
    from bench.gui_list import pin_none

    pin_none()  # PySide6 6.12 on CPython 3.11 drops a reference to None per void call (gui_list.py)
    began = time.perf_counter()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    switch = f"; switch interval {args.switch_interval:g} ms" if args.switch_interval else ""
    switch += "; server and pusher at nice 19" if args.nice_others else ""
    switch += "; forced whole-viewport repaint per signal" if args.forced_repaint else ""
    print(
        f"UI while another client pushes: {args.enquiries:,} enquiries, {args.rate:g} changes/s, "
        f"{args.seconds:g} s per variant in {args.segments} segments each; {os.cpu_count()} CPUs, "
        f"load {load}{switch}",
        flush=True,
    )
    with (
        tempfile.TemporaryDirectory(prefix="ui-stalls-") as tmp,
        serve("sqlite", make_seed(args.enquiries)) as server,
    ):
        assert server is not None
        work = Path(tmp)
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = str(work / "home")  # no stored layout
        if args.nice_others:
            os.setpriority(os.PRIO_PROCESS, server.pid, 19)
        figures = measure(server.base_url, work, args)
    report(figures, args)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n  [run time {time.perf_counter() - began:.0f} s; load at the end {load}]")


def measure(url: str, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    import cProfile
    import gc

    from PySide6.QtCore import QEventLoop, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from bench.client_sync import open_client
    from desktop import gc_guard
    from desktop.qt_bridge import QtDeskService
    from desktop.service import DeskService
    from desktop.views import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Enquiry Desk")
    app.setOrganizationName("EnquiryDesk")
    gc_guard.install(app)  # as desktop/views/app.py: the collector runs on this thread, on a timer
    i18n.install("en")
    probe = Probe()
    gc.callbacks.append(probe.gc_callback)

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()

    started = time.perf_counter()
    service = DeskService(open_client(url, MARCO, work / "marco"))
    first = service.loop.sync_now()
    if first is None:
        raise RuntimeError(f"marco's first sync failed: {service.state.message}")
    bridge = QtDeskService(service)
    instrument(service, probe)
    window = make_window(bridge, probe, forced_repaint=args.forced_repaint)
    window.show()
    spin(0.3)
    model, view = window.model, window.list
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    middle = model.rowCount() // 2
    view.selectRow(middle)
    view.scrollTo(model.index(middle, 0), QTableView.ScrollHint.PositionAtCenter)
    spin(0.3)
    selected = window.current_id()
    assert selected == model.enquiry_id(middle), (selected, middle)
    print(
        f"  [marco: first sync {first.pulled:,} rows, window with {model.rowCount():,} rows loaded, "
        f"row {middle:,} selected, in {time.perf_counter() - started:.1f} s]",
        flush=True,
    )
    pusher = Pusher(url, work / "anna", args.seconds * 2, args.rate, str(selected))
    if args.nice_others:
        os.setpriority(os.PRIO_PROCESS, pusher.process.pid, 19)
    anna_rows, editable, notable = pusher.ready()
    print(
        f"  [anna ready: {anna_rows:,} enquiries listed; of a sample of 400, {editable} editable "
        f"(update_contact), {notable} open to notes]",
        flush=True,
    )
    bridge.start()
    spin(1.0)

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: probe.ticks[probe.segment].append(time.perf_counter()))

    def segment(variant: str, seconds: float) -> None:
        probe.segment += 1
        probe.variant = variant
        probe.segment_variant[probe.segment] = variant
        probe.ticks[probe.segment] = []
        before = view_state(window)
        if variant == "ours" and profiler:
            profiler.enable()
        started = time.perf_counter()
        spin(seconds)
        probe.segment_times.append((variant, started, time.perf_counter()))
        if variant == "ours" and profiler:
            profiler.disable()
        after = view_state(window)
        probe.kept.append({"variant": variant, "before": before, "after": after})

    def quiet_repaint() -> None:
        started = time.perf_counter()
        probe.forced = True
        view.viewport().repaint()
        probe.forced = False
        probe.quiet_repaints.append((time.perf_counter() - started) * 1000)

    repainter = QTimer()
    repainter.setInterval(200)
    repainter.timeout.connect(quiet_repaint)
    profiler = cProfile.Profile() if args.profile else None
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval / 1000)
    heartbeat.start()
    repainter.start()
    segment("idle", IDLE_SECONDS)
    repainter.stop()
    pusher.go()
    for n in range(args.segments * 2):
        segment("ours" if n % 2 == 0 else "baseline", args.seconds / args.segments)
    segment("drain", DRAIN_SECONDS)  # pulls still in flight: neither variant's figures
    heartbeat.stop()
    pushed = pusher.result()
    bridge.stop()
    window.close()
    spin(0.1)
    gc.callbacks.remove(probe.gc_callback)
    service.close()
    if profiler and args.profile:
        profiler.dump_stats(args.profile)
    return {"probe": probe, "pushed": pushed, "selected": selected, "rows": model.rowCount()}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=SECONDS, help="of pushes per variant")
    parser.add_argument("--segments", type=int, default=SEGMENTS, help="per variant, alternating")
    parser.add_argument("--rate", type=float, default=RATE, help="changes per second")
    parser.add_argument("--enquiries", type=int, default=ENQUIRIES)
    parser.add_argument("--profile", help="cProfile the UI thread during the 'ours' segments into FILE")
    parser.add_argument(
        "--switch-interval",
        type=float,
        help="ms; sys.setswitchinterval in the UI process (diagnostic; Python's default is 5 ms)",
    )
    parser.add_argument(
        "--nice-others",
        action="store_true",
        help="renice the server and the pushing client to 19 (diagnostic: as if on other machines)",
    )
    parser.add_argument(
        "--forced-repaint",
        action="store_true",
        help="force a whole-viewport repaint at the end of _changed (the first method; diagnostic)",
    )
    parser.add_argument("--pusher", nargs=2, metavar=("URL", "DATA_DIR"), help=argparse.SUPPRESS)
    parser.add_argument("--selected", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pusher:
        pusher_main(args.pusher[0], Path(args.pusher[1]), args.seconds, args.rate, args.selected)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(args)


if __name__ == "__main__":
    main()
