"""The sync loop: push and pull once (`sync_now`), or keep doing it (`run`): pull on every poke,
push soon after every action, back off while offline. It keeps the `SyncState` the status bar
shows and tells its listeners what each sync changed.

After a sync that reached the server it asks, now and then, whether this client is older than
the server wants (desktop/sync/version_check.py): `SyncState.update_required` names the version
to install, the status bar says so, and nothing else changes.

Offline is a state, not an error. Only the server's explicit "this device or account is revoked"
signs out and wipes the cache (`SignedOut.wipes`); every other failure keeps every pending edit.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.sync.version_check import VersionCheck

if TYPE_CHECKING:
    from desktop.service.reads import Reads
    from desktop.sync.engine import Backoff, SyncEngine, SyncReport
    from desktop.sync.session import DeskSession

log = logging.getLogger(__name__)
Listener = Callable[..., None]


@dataclass(frozen=True)
class SyncState:
    online: bool = False
    syncing: bool = False
    pending: int = 0
    last_sync: str | None = None
    message: str = ""
    signed_out: bool = False
    progress: int = 0
    update_required: str = ""  # the server wants this client version or newer (GET /health)


class SyncLoop:
    def __init__(
        self, reads: Reads, session: Callable[[], DeskSession], clock: Callable[[], datetime]
    ) -> None:
        self.reads = reads
        self._session = session
        self.clock = clock
        self.on_state: list[Listener] = []  # (SyncState)
        self.on_changed: list[Listener] = []  # (Changes, origin "sync")
        self.on_refused: list[Listener] = []  # (list of refusal dicts)
        self._wake = threading.Event()
        self.state = SyncState(pending=reads.pending_count())
        self.version = VersionCheck(clock)

    @property
    def engine(self) -> SyncEngine:
        return self._session().sync

    def sync_now(self, progress: Callable[[int, bool], None] | None = None) -> SyncReport | None:
        """One push + pull. Returns None when it did not reach the server (the state says why).
        `progress` may raise `Cancelled`: what was pulled so far is kept, the rest comes later."""
        from desktop.failures import Cancelled
        from desktop.sync.transport import Offline, Rejected, SignedOut

        self._set_state(syncing=True, message="")
        try:
            # No write lock here: each pull page and each action is its own IMMEDIATE transaction,
            # so a user's action never waits for the network.
            report = self.engine.sync_once(progress)
        except Cancelled:
            self._set_state(syncing=False, pending=self.reads.pending_count())
            raise
        except Offline as exc:
            self._set_state(online=False, syncing=False, message=str(exc), pending=self.reads.pending_count())
            return None
        except SignedOut as exc:
            if not exc.wipes:
                # No usable sign-in on this run (e.g. started offline): ask, but keep every edit.
                self._set_state(online=False, syncing=False, message=str(exc))
                return None
            self.reads.close()
            self._session().signed_out()
            self._set_state(online=False, syncing=False, signed_out=True, message=str(exc))
            return None
        except Rejected as exc:
            self._set_state(online=True, syncing=False, message=str(exc))
            return None
        except Exception as exc:  # e.g. a captive portal answering HTML: log it, treat it as offline
            log.exception("sync failed unexpectedly")
            self._set_state(online=False, syncing=False, message=str(exc), pending=self.reads.pending_count())
            return None
        self._set_state(
            online=True,
            syncing=False,
            pending=report.pending,
            last_sync=self.clock().isoformat(),
            message="",
            update_required=self.version.ask(self.engine.transport),
        )
        if report.changes:
            self.reads.forget(report.changes)
            self._emit(self.on_changed, report.changes, "sync")
        if report.refused:
            self._emit(self.on_refused, self.reads.refusals(unseen_only=True))
        return report

    def run(self, stop: threading.Event, *, poke_wait: float = 25.0, backoff: Backoff | None = None) -> None:
        """Keep in sync until `stop`: pull on every poke, push soon after every action, back off offline."""
        from desktop.sync.engine import Backoff

        backoff = backoff or Backoff()
        while not stop.is_set():
            report = self.sync_now()
            if self.state.signed_out:
                return
            if report is None:
                self._wake.clear()
                if not stop.is_set():
                    self._wake.wait(backoff.next_delay())  # an action or stop() ends the wait early
                continue
            backoff.reset()
            if self.reads.pending_count():
                continue
            self._wait_for_change(stop, poke_wait)

    def _wait_for_change(self, stop: threading.Event, poke_wait: float) -> None:
        """Long-poll the server in a helper thread; a local action or `stop` also ends the wait."""
        self._wake.clear()
        done = threading.Event()
        engine = self.engine

        def poke() -> None:
            with contextlib.suppress(Exception):
                engine.transport.poke(engine.cursor(), wait=poke_wait)
            done.set()

        threading.Thread(target=poke, daemon=True, name="poke").start()
        while not (done.is_set() or stop.is_set() or self._wake.is_set()):
            done.wait(0.05)

    def wake(self) -> None:
        """Something to push (a local action), or the loop is asked to stop: do not wait longer."""
        self._wake.set()

    def queued(self) -> None:
        """A local action added to the outbox: count it, and push soon."""
        self._set_state(pending=self.reads.pending_count())
        self._wake.set()

    def _set_state(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self._emit(self.on_state, self.state)

    @staticmethod
    def _emit(listeners: list[Listener], *args: Any) -> None:
        for listener in list(listeners):
            listener(*args)
