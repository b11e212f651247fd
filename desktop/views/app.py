"""Start the desktop application: language, sign-in (or the demo), the window, background sync.

With a stored sign-in whose cache is current, the window comes first: its list is read from the
cache with plain sqlite3 (`open_reader`), painted, and only then is the sync stack imported, the
stored token tried (`open_session`) and the background sync started (`Desk.finish`). SQLAlchemy,
httpx, keyring's backends and the rules are a good half-second of imports the first paint does
not need. Everything else (the demo, a first sign-in, a cache to migrate, `--screenshot`) signs in
first, syncs once and then shows the window, as before.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from platformdirs import user_log_dir
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import gc_guard
from desktop.models.cache import cache_path, open_reader
from desktop.qt_bridge import QtDeskService
from desktop.service import DeskService
from desktop.views import i18n
from desktop.views import settings as S
from desktop.views.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.sync.session import DeskSession

log = logging.getLogger("desktop")


def setup_logging() -> Path:
    folder = Path(user_log_dir("enquiry-desk"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "enquiry-desk.log"
    logging.basicConfig(
        filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return path


def install_crash_dialog(log_path: Path) -> None:
    """Anything unexpected reaches a dialog and the log file instead of vanishing."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        box = QMessageBox()
        box.setObjectName("dialog_crash")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("Crash", "Something went wrong"))
        box.setText(
            QApplication.translate(
                "Crash",
                "Enquiry Desk ran into an unexpected problem. Your changes are "
                "safe. Details were written to %1.",
            ).replace("%1", str(log_path))
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def stored_sign_in() -> tuple[str, str] | None:
    """(server, login) of the last sign-in when its refresh token is in the keyring."""
    from desktop.sync import credentials

    store = S.store()
    server, login = S.SERVER_URL.get(store), S.LAST_LOGIN.get(store)
    # Without a secure keyring the cache's key is locked with the password: always asked for.
    if server and login and credentials.status().secure and credentials.load(server, login):
        return server, login
    return None


LOOK_UP = ("", "")  # `stored` not known yet: ask the keyring


def sign_in_interactively(*, stored: tuple[str, str] | None = LOOK_UP) -> DeskSession | None:
    """`stored`: the stored sign-in when the caller looked it up already (None: do not use one)."""
    from desktop.failures import from_server
    from desktop.sync import credentials
    from desktop.sync.messages import CACHE_PASSWORD_NOTE
    from desktop.sync.session import open_session
    from desktop.views.dialogs.signin import SignInDialog
    from desktop.views.labels import tr_sync

    store = S.store()
    status = credentials.status()
    if stored is LOOK_UP:
        stored = stored_sign_in()
    if stored:
        try:
            # Works offline too when this login has a cache: the token is tried at the first sync.
            return open_session(*stored, None, remember=True)
        except Exception as exc:
            if not from_server(exc):
                raise
    server, login = S.SERVER_URL.get(store), S.LAST_LOGIN.get(store)
    note = (
        ""
        if status.secure
        else tr_sync(status.template, name=status.name) + " " + tr_sync(CACHE_PASSWORD_NOTE)
    )

    def sign_in(server: str, login: str, password: str, remember: bool) -> DeskSession:
        return open_session(server, login, password, remember=remember and status.available)

    dialog = SignInDialog(server, login, S.REMEMBER.get(store), note, sign_in=sign_in)
    try:
        if not dialog.exec() or dialog.session is None:
            return None
        S.SERVER_URL.set(store, dialog.server.text().strip())
        S.LAST_LOGIN.set(store, dialog.login.text().strip())
        S.REMEMBER.set(store, dialog.remember.isChecked())
        session: DeskSession = dialog.session
        return session
    finally:
        dialog.ops.stop()
        dialog.deleteLater()


class Desk:
    """The running client: service, Qt bridge and window (rebuilt when the language changes)."""

    def __init__(self, service: DeskService, *, deferred: bool = False) -> None:
        self.service = service
        self.bridge = QtDeskService(service)
        self.window = MainWindow(self.bridge, deferred=deferred)
        self.window.languageChanged.connect(self.rebuild)
        self.finished = not deferred
        self._notify()

    def _notify(self) -> None:
        """The tray icon, desktop messages and the badge (desktop/views/desktop_notices.py)."""
        from desktop.views.desktop_notices import DesktopNotices
        from desktop.views.notifier import TrayNotifier

        self.tray = TrayNotifier()
        self.tray.openWindow.connect(lambda: self.window.reveal_enquiry(""))
        self.tray.openEnquiry.connect(lambda enquiry_id: self.window.reveal_enquiry(enquiry_id))
        self.tray.syncNow.connect(lambda: self.bridge.sync_now())
        self.tray.quit.connect(QApplication.quit)
        self.notices = DesktopNotices(
            self.bridge, self.tray, tell=lambda text: self.window.statusBar().showMessage(text, 15_000)
        )

    def rebuild(self, _language: str) -> None:
        # Every text is set when widgets are built: a fresh window in the new language is the
        # simplest way to switch everything at once (geometry and layout are kept via QSettings).
        old = self.window
        old.save_layout()
        self.window = MainWindow(self.bridge)
        self.window.languageChanged.connect(self.rebuild)
        self.window.show()
        old.deleteLater()

    def stop(self) -> None:
        self.tray.tray.hide()
        self.bridge.stop()
        self.service.close()

    # --- the fast start: the cached list first, signing in and syncing after its first paint ---
    @classmethod
    def from_cache(
        cls,
        path: Path,
        connect: Callable[[], DeskSession],
        on_failed: Callable[[BaseException], None] | None = None,
        key: bytes | None = None,
    ) -> Desk | None:
        """The window over the cache at `path` (None if there is none at the current schema);
        `connect()` signs in once the list has been painted, then the sync starts. `key`: the
        cache's key from the keyring (None: a plain cache, which the sign-in then encrypts)."""
        reader = open_reader(path, key)
        if reader is None:
            return None
        desk = cls(DeskService.from_cache(reader, path, key), deferred=True)
        desk._connect, desk._on_failed = connect, on_failed
        # After the paint, not before: a zero-timer queued now would run before it (paint events are
        # posted with low priority). The longer timer covers a window that is never painted.
        desk.window.list.firstPainted.connect(lambda: QTimer.singleShot(0, desk.finish))
        QTimer.singleShot(2000, desk.finish)
        return desk

    _connect: Callable[[], DeskSession] | None = None
    _on_failed: Callable[[BaseException], None] | None = None

    def finish(self) -> None:
        """Sign in with the stored token on the network worker (up to a 30 s timeout: never on the
        UI thread); once signed in, actions work and the background sync starts."""
        if self.finished:
            return
        self.finished = True
        assert self._connect is not None
        connect, reads = self._connect, self.service.reads

        def sign_in() -> DeskSession:
            reads.close()  # a revoked device wipes the file: Windows cannot delete it open
            return connect()

        self.bridge.in_background(sign_in, success=self._signed_in, failure=self._sign_in_failed)

    def _signed_in(self, session: DeskSession) -> None:
        self.service.attach(session)
        self.window.finish_start()
        self.bridge.start()

    def _sign_in_failed(self, error: BaseException) -> None:
        from desktop.failures import from_server

        if not from_server(error) or self._on_failed is None:
            self.bridge.ops.show_failure(error)
            return
        log.info("stored sign-in failed: %s", error)
        self._on_failed(error)

    def first_sync(self, then: Callable[[], None] | None = None) -> None:
        """Signed in first (the demo, a first sign-in): the window is up at once, the initial sync
        runs on the network worker with a cancellable progress dialog after half a second, then
        the background sync starts (a cancelled sync resumes there, from the last page kept)."""
        label = QApplication.translate("Sync", "Fetching your enquiries from the server…")

        def synced(_report: object) -> None:
            if then is not None:
                then()
            self.bridge.start()

        self.bridge.sync_now(progress=label, done=synced, failure=lambda _error: synced(None))


def run(
    *,
    demo: bool = False,
    login: str = "anna@hq.example",
    screenshot: str | None = None,
    language: str | None = None,
    enquiries: int = 300,
    server: str | None = None,
    automation: str | None = None,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Enquiry Desk")
    app.setOrganizationName("EnquiryDesk")
    gc_guard.install(app)  # Qt objects are only ever freed on this thread
    log_path = setup_logging()
    if not screenshot:
        install_crash_dialog(log_path)
    i18n.install(i18n.pick_language(language or S.LANGUAGE.get(S.store())))
    demo_server = None
    desk: Desk | None = None
    stored = None if demo or server else stored_sign_in()
    if stored and not screenshot:

        def failed(_exc: BaseException) -> None:
            # Revoked, or the server refused the token: sign in again, as a start without a cache.
            nonlocal desk
            assert desk is not None
            QApplication.setQuitOnLastWindowClosed(False)  # the hidden window is not "the last one closed"
            desk.window.hide()
            desk.stop()
            session = sign_in_interactively(stored=None)
            QApplication.setQuitOnLastWindowClosed(True)
            desk.window.deleteLater()
            if session is None:
                desk = None
                app.exit(1)
                return
            desk = Desk(DeskService(session))
            desk.window.show()
            desk.first_sync()

        from desktop.models.cache_key import from_keyring

        known = stored
        path = cache_path(*known)  # the keyring was asked for the stored sign-in already: no cost
        desk = Desk.from_cache(path, lambda: _open_stored(*known), failed, key=from_keyring(path))
    if desk is None:
        session: DeskSession | None
        if demo:
            from desktop.demo_server import start_demo_server
            from desktop.sync.session import open_session

            data = Path(tempfile.mkdtemp(prefix="enquiry-desk-demo-"))
            demo_server = start_demo_server(data / "server", enquiries=enquiries)
            session = open_session(demo_server.url, login, "demo", data_dir=data / "client")
        elif server:
            from desktop.sync.session import open_session
            from desktop.sync_cli import PASSWORD_ENV

            session = open_session(server, login, os.environ.get(PASSWORD_ENV, ""))
        else:
            session = sign_in_interactively(stored=stored)
            if session is None:
                return 1
        desk = Desk(DeskService(session))
        eager = desk
    else:
        eager = None
    desk.window.show()
    if screenshot:
        window = desk.window
        window.resize(1400, 820)

        def shoot() -> None:
            window.list.selectRow(0)
            QTimer.singleShot(600, lambda: (window.grab().save(screenshot), app.quit()))

        if eager is not None:
            eager.first_sync(then=shoot)
        else:
            shoot()
    elif eager is not None:
        eager.first_sync()
    if automation:
        drive = _load_automation(automation)
        QTimer.singleShot(0, lambda: drive(desk.window))
    code = app.exec()
    if desk is not None:
        desk.stop()
    if demo_server:
        demo_server.stop()
    return int(code)


def _load_automation(path: str) -> Callable[[MainWindow], None]:
    """`drive(window)` of a Python file: scripted checks drive the real application with it."""
    import runpy

    drive = runpy.run_path(path).get("drive")
    if not callable(drive):
        raise SystemExit(f"{path} has no drive(window)")
    return drive


def _open_stored(server: str, login: str) -> DeskSession:
    from desktop.sync.session import open_session

    return open_session(server, login, None, remember=True)
