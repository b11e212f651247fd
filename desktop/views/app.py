"""Start the desktop application: language, sign-in (or the demo), the window, background sync."""

from __future__ import annotations

import logging
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.qt_bridge import QtDeskService
from desktop.service import DeskService
from desktop.sync import credentials
from desktop.sync.session import DeskSession, open_session
from desktop.sync.transport import TransportError
from desktop.views import i18n
from desktop.views import settings as S
from desktop.views.dialogs.signin import SignInDialog
from desktop.views.labels import tr_sync
from desktop.views.main_window import MainWindow

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


def sign_in_interactively() -> DeskSession | None:
    store = S.store()
    status = credentials.status()
    server, login = S.SERVER_URL.get(store), S.LAST_LOGIN.get(store)
    if server and login and credentials.load(server, login):
        try:
            # Works offline too when this login has a cache: the token is tried at the first sync.
            return open_session(server, login, None, remember=True)
        except TransportError:
            pass
    note = "" if status.secure else tr_sync(status.template, name=status.name)
    dialog = SignInDialog(server, login, S.REMEMBER.get(store), note)
    while dialog.exec():
        server, login = dialog.server.text().strip(), dialog.login.text().strip()
        remember = dialog.remember.isChecked() and status.available
        try:
            session = open_session(server, login, dialog.password.text(), remember=remember)
        except TransportError as exc:
            dialog.show_error(tr_sync(str(exc)))
            continue
        S.SERVER_URL.set(store, server)
        S.LAST_LOGIN.set(store, login)
        S.REMEMBER.set(store, dialog.remember.isChecked())
        return session
    return None


def run(
    *,
    demo: bool = False,
    login: str = "anna@hq.example",
    screenshot: str | None = None,
    language: str | None = None,
    enquiries: int = 300,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Enquiry Desk")
    app.setOrganizationName("EnquiryDesk")
    log_path = setup_logging()
    if not screenshot:
        install_crash_dialog(log_path)
    i18n.install(i18n.pick_language(language or S.LANGUAGE.get(S.store())))
    demo_server = None
    session: DeskSession | None
    if demo:
        from desktop.demo_server import start_demo_server

        data = Path(tempfile.mkdtemp(prefix="enquiry-desk-demo-"))
        demo_server = start_demo_server(data / "server", enquiries=enquiries)
        session = open_session(demo_server.url, login, "demo", data_dir=data / "client")
    else:
        session = sign_in_interactively()
        if session is None:
            return 1
    service = DeskService(session)
    service.sync_now()
    bridge = QtDeskService(service)
    window = MainWindow(bridge)

    def rebuild(_language: str) -> None:
        # Every text is set when widgets are built: a fresh window in the new language is the
        # simplest way to switch everything at once (geometry and layout are kept via QSettings).
        nonlocal window
        old = window
        old.save_layout()
        window = MainWindow(bridge)
        window.languageChanged.connect(rebuild)
        window.show()
        old.deleteLater()

    window.languageChanged.connect(rebuild)
    window.show()
    if screenshot:
        window.resize(1400, 820)
        window.list.selectRow(0)

        def shoot() -> None:
            window.grab().save(screenshot)
            app.quit()

        QTimer.singleShot(600, shoot)
    else:
        bridge.start()
    code = app.exec()
    bridge.stop()
    session.close()
    if demo_server:
        demo_server.stop()
    return int(code)
