"""GUI tests: the real main window, driven as a user would, against a real server on loopback.

Each test gets its own server process (SQLite in tmp_path, demo accounts seeded, no enquiries;
test_list.py shares one per module), its own QSettings location, an in-memory keyring, XDG
folders and per-user client caches under tmp_path.
Background work runs in each window's thread pool as in the application; the automatic sync loop
is not started: tests sync explicitly, so what they see is deterministic.

Modal dialogs are driven with `ModalDriver.expect(name, fill)`: it watches for the active modal
widget of that name, runs `fill(dialog)` (fill fields, click OK) and records what went wrong, so a
failing fill closes the dialog instead of hanging the test. It runs for every GUI test: a dialog
nobody expected is closed and fails the test.

Any Qt warning fails a GUI test (`qt_log_level_fail = WARNING`, set here per item because
pyproject.toml belongs to others), except the offscreen platform's "This plugin does not support".
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from central.demo import demo_id
from desktop.qt_bridge import QtDeskService
from desktop.service import DeskService
from desktop.sync.session import open_session
from desktop.views import i18n
from desktop.views.list_model import EnquiryListModel
from desktop.views.main_window import MainWindow
from enquiries.commands import Command, CreateEnquiry, OfferToPartner
from enquiries.refusals import Refusal
from tests.sync.conftest import LiveServer
from tests.sync.memory_keyring import MemoryKeyring, installed
from tests.sync.scenario import SECRET_CONTACT

PASSWORD = "demo"
MUELLER = demo_id("mueller")
WAIT = 10_000  # ms: the longest any background step may take
HERE = Path(__file__).resolve().parent


# --- strict pytest-qt for every GUI test ---------------------------------------------------------
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Any Qt warning (or worse) logged during a GUI test fails it (pyproject is not ours to edit)."""
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform's notices (showing windows, popups grabbing the keyboard,
            # raise()): limits of the test platform, not the application's.
            item.add_marker(pytest.mark.qt_log_ignore(r"^This plugin does not support "))


# --- isolation: settings, keyring, user folders --------------------------------------------------
@pytest.fixture(autouse=True)
def isolated_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings, the keyring and the user's data folders all live in tmp_path for the test."""
    home = tmp_path / "user"
    settings = home / "settings"
    settings.mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(settings))
    # Every test starts in English as the application shows it (the en .qm: plural forms too),
    # whatever language an earlier test in this process switched to.
    i18n.install("en")
    try:
        with installed(MemoryKeyring()):
            yield home
    finally:
        # ... and leaves English behind: a module of another folder may run next in this process
        # (pytest-xdist's loadscope) and expect the untranslated texts.
        i18n.install("en")


# --- the server ----------------------------------------------------------------------------------
@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    """A real server process on loopback: SQLite in tmp_path, demo accounts and routes seeded."""
    live = LiveServer(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path / "server-data")
    live.start()
    yield live
    live.stop()


# --- desks: a signed-in service with its window --------------------------------------------------
@dataclass
class Desk:
    """One person's signed-in application: service, Qt bridge and main window."""

    login: str
    service: DeskService
    bridge: QtDeskService
    window: MainWindow
    done: list[tuple[Command, object]] = field(default_factory=list)  # actionDone: (command, result)
    failures: list[str] = field(default_factory=list)  # what background work would have shown

    @property
    def model(self) -> EnquiryListModel:
        return self.window.model

    def action(self, name: str) -> QAction:
        action = self.window.findChild(QAction, f"action_{name}")
        assert action is not None, f"no QAction action_{name}"
        return action


class Desks:
    """Opens signed-in windows (one cache folder per login) and closes them cleanly afterwards."""

    def __init__(self, qtbot: QtBot, server: LiveServer, root: Path) -> None:
        self.qtbot = qtbot
        self.server = server
        self.root = root
        self.opened: list[Desk] = []

    def open(self, login: str, *, show: bool = True) -> Desk:
        """Sign in, sync once and open the main window, as the application does at start."""
        session = open_session(self.server.url, login, PASSWORD, data_dir=self.root / login.split("@")[0])
        service = DeskService(session)
        assert service.loop.sync_now() is not None, service.state.message
        bridge = QtDeskService(service)
        desk = Desk(login, service, bridge, MainWindow(bridge))
        bridge.actionDone.connect(lambda command, result: desk.done.append((command, result)))
        # A failure nobody handled would be shown as a sentence or reach the crash dialog: here it
        # is recorded, and fails the test when the desk closes (or at the next `quiet`).
        bridge.ops.show_failure = lambda error: desk.failures.append(repr(error))  # type: ignore[method-assign]
        self.opened.append(desk)
        if show:
            desk.window.show()
            self.qtbot.waitExposed(desk.window)
        return desk

    def close(self, desk: Desk) -> None:
        """Close the window (it saves its layout), stop background work, close the cache."""
        if desk not in self.opened:
            return
        self.opened.remove(desk)
        desk.window.close()
        desk.bridge.stop()
        flush_events()
        desk.bridge.changed.disconnect()
        desk.bridge.actionDone.disconnect()
        desk.window.deleteLater()
        flush_events()
        desk.service.session.close()
        assert not desk.failures, f"{desk.login}: background work failed: {desk.failures}"

    def close_all(self) -> None:
        for desk in list(reversed(self.opened)):
            self.close(desk)


@pytest.fixture
def desks(qtbot: QtBot, server: LiveServer, tmp_path: Path) -> Iterator[Desks]:
    opened = Desks(qtbot, server, tmp_path / "clients")
    yield opened
    opened.close_all()


def flush_events() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


# --- modal dialogs -------------------------------------------------------------------------------
@dataclass
class Expected:
    name: str
    fill: Callable[[Any], None]
    seen: int = 0
    times: int = 1
    error: BaseException | None = None

    @property
    def done(self) -> bool:
        return self.seen >= self.times or self.error is not None

    def check(self) -> None:
        if self.error is not None:
            raise AssertionError(f"while handling {self.name}: {self.error!r}") from self.error


class ModalDriver:
    """Handles modal dialogs as they come up: by objectName (or 'QMessageBox' for message boxes)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.waiting: list[Expected] = []
        self.unexpected: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def expect(self, name: str, fill: Callable[[Any], None], *, times: int = 1) -> Expected:
        expected = Expected(name, fill, times=times)
        self.waiting.append(expected)
        return expected

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        name = (
            "QMessageBox"
            if isinstance(widget, QMessageBox) and not widget.objectName()
            else widget.objectName()
        )
        expected = next((e for e in self.waiting if e.name == name and not e.done), None)
        if expected is None:
            self.unexpected.append(f"{name}: {_texts(widget)}")
            _dismiss(widget)
            return
        expected.seen += 1
        if expected.done:
            self.waiting.remove(expected)
        try:
            expected.fill(widget)
        except BaseException as exc:  # reported by check(); the dialog is never left open
            expected.error = exc
            if expected in self.waiting:
                self.waiting.remove(expected)
        if widget.isVisible() and QApplication.activeModalWidget() is widget:
            if expected.error is None:
                expected.error = AssertionError(f"{name} was left open by its handler")
            _dismiss(widget)

    def wait(self, expected: Expected, timeout: int = WAIT) -> Expected:
        self.qtbot.waitUntil(lambda: expected.done, timeout=timeout)
        expected.check()
        return expected

    def stop(self) -> None:
        self.timer.stop()
        leftover = [e.name for e in self.waiting if e.seen == 0]
        assert not self.unexpected, f"unexpected dialogs: {self.unexpected}"
        assert not leftover, f"dialogs that never came up: {leftover}"


def _dismiss(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


@pytest.fixture(autouse=True)
def modals(qtbot: QtBot) -> Iterator[ModalDriver]:
    """For every GUI test: expected dialogs are handled, unexpected ones closed and reported."""
    driver = ModalDriver(qtbot)
    yield driver
    driver.stop()


def ok_button(dialog: QWidget) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isVisible() and button.isEnabled()
    return button


def refused_ok(qtbot: QtBot, dialog: QWidget) -> str:
    """Click OK on a dialog whose input is not acceptable: it must stay open and show one error
    sentence at the form (`formError`), which is returned."""
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    error = child(dialog, QLabel, "formError")
    assert dialog.isVisible() and isinstance(dialog, QDialog) and dialog.result() == 0, "not accepted"
    assert error.isVisible() and error.text()
    return str(error.text())


def cancel_button(dialog: QWidget) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Cancel) or box.button(
        QDialogButtonBox.StandardButton.Close
    )
    assert button is not None
    return button


def child(parent: QWidget, cls: type[Any], name: str) -> Any:
    found = parent.findChild(cls, name)
    assert found is not None, f"{parent.objectName()} has no {cls.__name__} named {name}"
    return found


# --- item models -------------------------------------------------------------------------------
@pytest.fixture
def model_check(request: pytest.FixtureRequest) -> Iterator[Callable[[Any], None]]:
    """pytest-qt's model tester, one per model (a tester follows one model's signals): Qt's C++
    QAbstractItemModelTester (its complaints are Qt warnings, which fail the test) and the Python
    tester (asserts, including fetchMore). Both keep watching the model until the test ends."""
    from pytestqt.modeltest import ModelTester

    testers: list[ModelTester] = []

    def check(model: Any) -> None:
        native, python = ModelTester(request.config), ModelTester(request.config)
        testers.extend((native, python))
        native.check(model)
        python.check(model, force_py=True)

    yield check
    for tester in testers:
        with contextlib.suppress(RuntimeError):  # the model went with its dialog
            tester._cleanup()


# --- waiting for background work -----------------------------------------------------------------
def perform_and_wait(
    qtbot: QtBot, desk: Desk, trigger: Callable[[], None], count: int = 1, *, dialog: Expected | None = None
) -> list[object]:
    """Run `trigger` (which leads, through `dialog` if given, to `count` bridge actions) and wait
    until they are done; returns their results (mutation ids or refusals)."""
    before = len(desk.done)
    trigger()
    if dialog is not None:
        qtbot.waitUntil(lambda: dialog.done, timeout=WAIT)
        dialog.check()
    qtbot.waitUntil(lambda: len(desk.done) >= before + count or bool(desk.failures), timeout=WAIT)
    assert not desk.failures, desk.failures
    flush_events()
    return [result for _command, result in desk.done[before:]]


def quiet(qtbot: QtBot, desk: Desk) -> None:
    """This desk's background work has finished and its results reached the window (including
    work that those results started, such as the sync after an accept)."""
    for _ in range(10):
        qtbot.waitUntil(desk.bridge.idle, timeout=WAIT)
        flush_events()
        if desk.bridge.idle():
            break
    assert not desk.failures, desk.failures


def synced(qtbot: QtBot, *desks: Desk) -> None:
    """Each desk syncs once (on the UI thread, as a test may) and must reach the server."""
    for desk in desks:
        quiet(qtbot, desk)
        assert desk.service.loop.sync_now() is not None, f"{desk.login}: {desk.service.state.message}"
    flush_events()


# --- building data through the service (set-up, not under test) ---------------------------------
CONTACT = SECRET_CONTACT
SECRETS = ("Quirin", "Zwirnpichler", "zwirn@unique.example", "7777123", "Geheimweg", "vertraulich-xyz")


def ok(result: Refusal | int) -> int:
    assert not isinstance(result, Refusal), f"refused: {result.code}: {result.message}"
    return result


def create(service: DeskService, **contact: str) -> str:
    enquiry_id = str(uuid.uuid4())
    fields: dict[str, Any] = {"last_name": "Huber", "email": "huber@example.net", "postcode": "80331"}
    fields |= {"country": "DE", "type": "offer", "product_interest": "PVC windows", **contact}
    ok(service.actions.perform(CreateEnquiry(enquiry_id=enquiry_id, **fields)))
    return enquiry_id


def create_and_offer(service: DeskService, company_id: str = MUELLER, **contact: str) -> str:
    enquiry_id = create(service, **contact)
    ok(service.actions.perform(OfferToPartner(enquiry_id=enquiry_id, company_id=company_id)))
    return enquiry_id


# --- what the user sees --------------------------------------------------------------------------
def row_texts(model: EnquiryListModel, row: int) -> list[str]:
    out = []
    for column in range(model.columnCount()):
        index = model.index(row, column)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = index.data(role)
            if value:
                out.append(str(value))
    return out


def listed(desk: Desk) -> list[str]:
    """Enquiry ids in the list, top to bottom."""
    model = desk.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [str(model.enquiry_id(r)) for r in range(model.rowCount())]


def select(qtbot: QtBot, desk: Desk, enquiry_id: str) -> None:
    """Click the enquiry's row in the list, as a user would; the detail pane then shows it."""
    row = desk.model.row_of(enquiry_id)
    assert row >= 0, f"{enquiry_id} is not listed"
    view = desk.window.list
    index = desk.model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: desk.window.detail.enquiry_id == enquiry_id, timeout=WAIT)


def choose_filter(qtbot: QtBot, desk: Desk, code: str) -> None:
    """Click the quick filter `code` (all, mine, pool, offered, assigned_by_me, returned, closed)."""
    view = desk.window.filters
    assert view.objectName() == "quickFilters"
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole + 1) == code:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
            flush_events()
            assert view.currentIndex().row() == row
            return
    raise AssertionError(f"no quick filter {code}")


def detail_texts(desk: Desk) -> list[str]:
    flush_events()
    pane = desk.window.detail
    texts = [label.text() for label in pane.findChildren(QLabel) if label.text()]
    texts += [box.title() for box in pane.findChildren(QGroupBox)]
    texts += [button.text() for button in pane.findChildren(QAbstractButton)]
    return texts


def detail_rows(desk: Desk) -> list[tuple[str, str, str]]:
    """(tile name, caption, value) of the visible rows of the detail pane's tiles, top to bottom."""
    flush_events()
    out: list[tuple[str, str, str]] = []
    for tile in desk.window.detail.findChildren(QGroupBox):
        if not tile.isVisibleTo(desk.window.detail):
            continue
        form = tile.layout()
        if not isinstance(form, QFormLayout):
            continue
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and value and isinstance(label.widget(), QLabel) and isinstance(value.widget(), QLabel):
                out.append((tile.objectName(), label.widget().text(), value.widget().text()))
    return out


def visible_detail(desk: Desk) -> dict[str, str]:
    """'tile/caption' -> value of the visible rows of the detail pane (the first one per caption)."""
    out: dict[str, str] = {}
    for tile, caption, value in detail_rows(desk):
        out.setdefault(f"{tile}/{caption}", value)
    return out


def history(desk: Desk) -> list[str]:
    """The detail pane's history lines, newest first, as shown."""
    return [value for tile, _caption, value in detail_rows(desk) if tile == "historyTile"]
