"""The main window: quick filters, the enquiry list, the detail pane, actions, status bar.

When the app starts from a cache (`deferred=True`) the window is built before signing in, with
what the first paint shows (filters, toolbar, the list and its first page, the detail pane, the
status bar); `finish_start()` follows once signed in. The action controller (dialogs, the rules'
commands) is made when the first action needs it and, in a deferred window, the survey area when
it is first opened: neither is needed to paint the list, and importing them costs a fifth of a
second and a few MB.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.models.queries import QUICK_FILTERS, REPORT, ListQuery
from desktop.qt_bridge import QtDeskService
from desktop.service import SyncState
from desktop.views import settings as S
from desktop.views.about import about_button
from desktop.views.actions import MENU, PROMINENT, ActionSet
from desktop.views.detail_pane import DetailPane
from desktop.views.enquiry_list import EnquiryList
from desktop.views.labels import tr_label, tr_refusal, tr_sync
from desktop.views.list_model import EnquiryListModel
from desktop.views.notifications_panel import NotificationsPanel
from desktop.views.status_bar import SyncStatus

if TYPE_CHECKING:
    from desktop.views.admin.admin_area import AdminArea
    from desktop.views.controller import ActionController
    from desktop.views.reports.reports_area import ReportsArea
    from desktop.views.survey_area import SurveyArea

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
SURVEYS = "surveys"
ADMIN = "admin"
REPORTS = "reports"


def _may_report(user: dict[str, Any]) -> bool:
    """Head office's `reporting` people; a partner's administrators and `reporting` people (the
    server checks the same: central/api/report_params.reporter)."""
    roles = set(user.get("roles", []))
    if user.get("company_kind") == "head_office":
        return "reporting" in roles
    return bool(roles & {"partner_admin", "reporting"})


def _may_administer(user: dict[str, Any]) -> bool:
    """Head office's administrators and partner administrators see the Administration entry."""
    roles = set(user.get("roles", []))
    head_office = user.get("company_kind") == "head_office"
    return ("admin" in roles and head_office) or ("partner_admin" in roles and not head_office)


class MainWindow(QMainWindow):
    """Signals: languageChanged(str): the user picked another language (the app rebuilds the window)."""

    languageChanged = Signal(str)

    def __init__(
        self, bridge: QtDeskService, parent: QWidget | None = None, *, deferred: bool = False
    ) -> None:
        """`deferred`: the caller runs `finish_start()` once the first paint is done (app.py)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.bridge = bridge
        self.service = bridge.service
        self.reads = bridge.service.reads
        self._names: dict[str, str] = {}
        self.reload_names()
        self.actions_ = ActionSet(self)
        self.controller: ActionController | None = None
        self.survey_area: SurveyArea | None = None
        self.admin_area: AdminArea | None = None
        self.reports_area: ReportsArea | None = None
        for name, action in self.actions_.actions.items():
            action.triggered.connect(lambda _=False, n=name: self.action_controller().trigger(n))
        self.model = EnquiryListModel(self.reads, self.name_of, clock=self.service.clock, parent=self)
        self.list = EnquiryList(self.model, self)
        self.detail = DetailPane(self.name_of, self)
        self.detail.colleagueChosen.connect(self._set_colleague)
        self.detail.colleagueCleared.connect(self._clear_colleague)
        self.detail.openDocument.connect(lambda d, f: self.action_controller().open_document(d, f))
        self._build_filters()
        self._build_toolbar()
        # Centre: the enquiry list with its detail pane, or the survey area (chosen on the left).
        self.enquiry_page = QSplitter(self)
        self.enquiry_page.setObjectName("enquirySplitter")
        self.enquiry_page.addWidget(self._list_with_banner())
        self.enquiry_page.addWidget(self.detail)
        self.enquiry_page.setStretchFactor(0, 3)
        self.enquiry_page.setStretchFactor(1, 2)
        self.enquiry_page.setSizes([780, 420])  # the list gets the room; the pane wraps its text
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.enquiry_page)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([190, 1210])
        self.setCentralWidget(self.splitter)
        self.sync_status = SyncStatus(self)
        self.statusBar().addPermanentWidget(self.sync_status, 1)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        bridge.changed.connect(self._changed)
        bridge.syncStateChanged.connect(self._sync_state)
        bridge.progress.connect(self.sync_status.show_progress)
        bridge.refused.connect(self._refused)
        bridge.actionDone.connect(self._action_done)
        bridge.ops.window = self  # failures and progress show over this window
        self.ticker = QTimer(self)
        self.ticker.setInterval(60_000)
        self.ticker.timeout.connect(self.model.tick)
        self.ticker.start()
        self.retranslate()
        self.model.set_query(ListQuery())
        self.sync_status.show_state(self.service.state)
        self._restore()

    def finish_start(self) -> None:
        """Signed in (a deferred window): names, title and the shown enquiry's actions afresh."""
        self.reload_names()
        self.retranslate()  # signing in may have brought a newer name or company for the title
        if self.current_id():
            self.show_enquiry(self.current_id())

    def _surveys(self) -> SurveyArea:
        if self.survey_area is None:
            from desktop.views.survey_area import SurveyArea

            self.survey_area = SurveyArea(self.bridge, self.name_of, self)
            self.pages.addWidget(self.survey_area)
        return self.survey_area

    def _admin(self) -> AdminArea:
        if self.admin_area is None:
            from desktop.views.admin.admin_area import AdminArea

            self.admin_area = AdminArea(self.bridge, self)
            self.pages.addWidget(self.admin_area)
        return self.admin_area

    def _reports(self) -> ReportsArea:
        if self.reports_area is None:
            from desktop.views.reports.reports_area import ReportsArea

            self.reports_area = ReportsArea(self.bridge, self)
            self.reports_area.openEnquiries.connect(self.show_report_enquiries)
            self.pages.addWidget(self.reports_area)
        return self.reports_area

    def _list_with_banner(self) -> QWidget:
        from desktop.views.reports.drill_banner import DrillBanner

        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.drill_banner = DrillBanner(box)
        self.drill_banner.back.connect(lambda: self._choose_filter(REPORTS))
        self.drill_banner.leave.connect(lambda: self._choose_filter("all"))
        layout.addWidget(self.drill_banner)
        layout.addWidget(self.list, 1)
        return box

    def _choose_filter(self, code: str) -> None:
        for row in range(self.filter_model.rowCount()):
            if self.filter_model.item(row).data(FILTER_ROLE) == code:
                self.filters.setCurrentIndex(self.filter_model.index(row, 0))
                return

    def reveal_enquiry(self, enquiry_id: str) -> None:
        """Bring the window up with `enquiry_id` selected (a click on a desktop message)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if not enquiry_id:
            return
        if self.pages.currentWidget() is not self.enquiry_page or self.model.row_of(enquiry_id) < 0:
            self._choose_filter("all")
        row = self.model.row_of(enquiry_id)
        if row >= 0:
            self.list.selectRow(row)
            self.list.scrollTo(self.model.index(row, 0))
        else:
            self.show_enquiry(enquiry_id)  # beyond the loaded rows: the pane shows it all the same

    def show_report_enquiries(self, ids: list[str], label: str) -> None:
        """The enquiries behind a report's figure, in the enquiry list (those the cache holds)."""
        self.pages.setCurrentWidget(self.enquiry_page)
        self.filters.selectionModel().clearSelection()
        self.filters.setCurrentIndex(QModelIndex())
        self.model.set_query(replace(self.model.query, quick=REPORT, ids=tuple(ids), search=""))
        while self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.drill_banner.show_for(label, len(ids), self.model.rowCount())

    def action_controller(self) -> ActionController:
        """The actions' dialogs and commands; made at the first action (not needed for the first paint)."""
        if self.controller is None:
            from desktop.views.controller import ActionController

            self.controller = ActionController(self, self.bridge, self.current_id)
        return self.controller

    def _action_done(self, command: Any, result: object) -> None:
        self.action_controller().done(command, result)

    def _set_colleague(self, enquiry_id: str, person_id: str) -> None:
        from enquiries.commands import SetColleague

        self.bridge.perform(SetColleague(enquiry_id=enquiry_id, user_id=person_id))

    def _clear_colleague(self, enquiry_id: str) -> None:
        from enquiries.commands import ClearColleague

        self.bridge.perform(ClearColleague(enquiry_id=enquiry_id))

    # --- building -----------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.filter_model = QStandardItemModel(self)
        extra = [REPORTS] if _may_report(self.reads.user) else []
        extra += [ADMIN] if _may_administer(self.reads.user) else []
        for code in (*QUICK_FILTERS, SURVEYS, *extra):
            item = QStandardItem()
            item.setData(code, FILTER_ROLE)
            item.setEditable(False)
            self.filter_model.appendRow(item)
        self.filters = QListView(self)
        self.filters.setObjectName("quickFilters")
        self.filters.setModel(self.filter_model)
        self.filters.setMinimumWidth(150)  # widened to the longest name in retranslate()
        self.filters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filters.setSpacing(2)
        self.filters.setCurrentIndex(self.filter_model.index(0, 0))
        self.filters.selectionModel().currentChanged.connect(self._filter_changed)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addAction(self.actions_["create_enquiry"])
        self.actions_menu = QMenu(self)
        self.actions_menu.setObjectName("actionsMenu")
        for group in MENU:
            for name in group:
                self.actions_menu.addAction(self.actions_[name])
            self.actions_menu.addSeparator()
        self.actions_button = QToolButton(self)
        self.actions_button.setObjectName("actionsButton")
        self.actions_button.setMenu(self.actions_menu)
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.actions_button)
        bar.addSeparator()  # the menu arrow of "Actions" does not touch the search box
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._search_changed)
        bar.addWidget(self.search)
        spacer = QWidget(self)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        bar.addWidget(spacer)
        self.bell = QToolButton(self)
        self.bell.setObjectName("notificationsButton")
        self.bell.clicked.connect(self.show_notifications)
        bar.addWidget(self.bell)
        self.settings_button = QToolButton(self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.clicked.connect(self.show_settings)
        bar.addWidget(self.settings_button)
        bar.addWidget(about_button(self))  # version and licences (desktop/views/about.py)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        bar.addWidget(self.user_label)

    def retranslate(self) -> None:
        user = self.reads.user
        self.setWindowTitle(self.tr("Enquiry Desk — %1").replace("%1", user.get("company_name", "")))
        self.actions_.retranslate()
        self.actions_button.setText(self.tr("Actions"))
        self.search.setPlaceholderText(self.tr("Search enquiries…"))
        self.search.setAccessibleName(self.tr("Search enquiries"))
        self.filters.setAccessibleName(self.tr("Quick filters"))
        self.settings_button.setText(self.tr("Settings"))
        self.user_label.setText(f"  {user.get('display_name', '')}  ")
        for row in range(self.filter_model.rowCount()):
            item = self.filter_model.item(row)
            code = item.data(FILTER_ROLE)
            if code == SURVEYS:
                item.setText(self.tr("Surveys"))
            elif code == ADMIN:
                item.setText(self.tr("Administration"))
            elif code == REPORTS:
                item.setText(self.tr("Reports"))
            else:
                item.setText(tr_label("QuickFilter", code))
        # Every filter name fits without clipping (German: "Abgelaufen / zurückgegeben").
        self.filters.setMinimumWidth(
            max(150, self.filters.sizeHintForColumn(0) + 2 * self.filters.frameWidth() + 8)
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.model.forget_texts()  # status, type and channel labels are in the language shown
        self._update_bell()

    # --- state --------------------------------------------------------------------------------
    def name_of(self, person_id: str | None) -> str:
        if not person_id:
            return ""
        return self._names.get(person_id, QCoreApplication.translate("MainWindow", "(unknown)"))

    def reload_names(self) -> None:
        self._names = {p["id"]: p["display_name"] for p in self.reads.people(active_only=False)}

    def current_id(self) -> str | None:
        return self.detail.enquiry_id

    def _filter_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = str(current.data(FILTER_ROLE) or "all")
        if code == SURVEYS:
            surveys = self._surveys()
            self.pages.setCurrentWidget(surveys)
            surveys.load_surveys()
            return
        if code == ADMIN:
            admin = self._admin()
            self.pages.setCurrentWidget(admin)
            admin.load()
            return
        if code == REPORTS:
            reports = self._reports()
            self.pages.setCurrentWidget(reports)
            reports.load()
            return
        self.drill_banner.hide()
        self.pages.setCurrentWidget(self.enquiry_page)
        self.model.set_query(replace(self.model.query, quick=code))

    def _search_changed(self, text: str) -> None:
        self.model.set_query(replace(self.model.query, search=text))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self.show_enquiry(self.model.enquiry_id(rows[0].row()) if rows else None)

    def show_enquiry(self, enquiry_id: str | None) -> None:
        data = self.reads.enquiry(enquiry_id) if enquiry_id else None
        allowed = self.reads.allowed(enquiry_id) if enquiry_id else frozenset()
        user = self.reads.user
        colleagues = [(p["id"], p["display_name"]) for p in self.reads.people(user.get("company_id"))]
        self.detail.show_enquiry(
            data,
            colleagues=colleagues,
            may_edit_colleague="set_colleague" in allowed,
            now=self.service.clock(),
        )
        self.actions_.enable(allowed)
        self.detail.set_buttons([self.actions_[n] for n in PROMINENT if n in allowed])
        if data and data.get("changed") and data.get("holder_id") == user.get("id"):
            # Opening it is seeing it: the change marks go (on every device of the holder).
            QTimer.singleShot(1500, lambda e=enquiry_id: self._mark_seen(e))
        if enquiry_id:  # and its news are read (on every device of the person)
            QTimer.singleShot(1500, lambda e=enquiry_id: self._read_news(e))

    def _read_news(self, enquiry_id: str) -> None:
        if enquiry_id != self.current_id():
            return
        unread = [
            n["id"] for n in self.reads.notifications(unread_only=True) if n.get("enquiry_id") == enquiry_id
        ]
        if unread:
            self.bridge.mark_read(unread)

    def _mark_seen(self, enquiry_id: str | None) -> None:
        from enquiries.commands import MarkSeen

        if enquiry_id and enquiry_id == self.current_id():
            self.bridge.perform(MarkSeen(enquiry_id=enquiry_id))

    def _changed(self, changes: Changes, origin: str) -> None:
        """Refresh only what `changes` names: names, the list's rows, the shown enquiry, the bell."""
        if changes.touches("people"):
            self.reload_names()
        current = self.current_id()
        if changes.everything or changes.enquiries:
            # Rows removed or moved must not make the view select a neighbour of its own accord:
            # the selection follows the enquiry shown, as before the change.
            selection = self.list.selectionModel()
            selection.blockSignals(True)
            reselect = False
            try:
                if changes.everything:
                    self.list.keeping_view(self.model.refresh)
                else:
                    self.list.keeping_view(lambda: self.model.update(changes.enquiries))
                row = self.model.row_of(current) if current else -1
                reselect = selection.hasSelection() if row < 0 else not selection.isRowSelected(row)
                if reselect and row < 0:
                    selection.clearSelection()
                elif reselect:
                    self.list.selectRow(row)
            finally:
                selection.blockSignals(False)
            if reselect:  # the view heard nothing of it (signals blocked): paint the selection
                self.list.viewport().update()
        elif changes.people:
            self.model.names_changed()
        if current and (changes.touches("enquiries", current) or changes.touches("people")):
            listed = self.model.row_of(current) >= 0
            self.show_enquiry(current if listed or self.reads.enquiry(current) else None)
        if changes.touches("notifications") or changes.touches("refusals"):
            self._update_bell()
        if origin == "sync" and self.controller is not None:
            self.controller.after_sync(changes)

    def _sync_state(self, state: SyncState) -> None:
        self.sync_status.show_state(state)
        if state.signed_out:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                self.tr("Signed out"),
                self.tr("%1\nThe data of this sign-in was removed from this computer.").replace(
                    "%1", tr_sync(state.message)
                ),
            )
            self.close()

    def _refused(self, refusals: list[dict[str, Any]]) -> None:
        if not refusals:
            return
        lines = [tr_refusal(r["code"], r["message"]) for r in refusals]
        self.statusBar().showMessage(self.tr("Refused by the server: %1").replace("%1", lines[0]), 15_000)
        self._update_bell()

    def _update_bell(self) -> None:
        count = self.reads.unread_count()
        self.bell.setText(
            self.tr("Notifications (%1)").replace("%1", str(count)) if count else self.tr("Notifications")
        )
        self.bell.setAccessibleName(self.tr("Notifications: %n new", "", count))

    def show_notifications(self) -> None:
        numbers = {r[1]: r[2] for r in self.model.rows}
        panel = NotificationsPanel(self.reads.notifications(), self.reads.refusals(), numbers, self)
        panel.openEnquiry.connect(self.reveal_enquiry)
        panel.markRead.connect(lambda ids: self.bridge.mark_read(ids))
        panel.markAllRead.connect(lambda: self.bridge.mark_read(None))
        panel.exec()
        panel.deleteLater()
        self.bridge.mark_read([], refusals=True)  # refusals are seen once shown; the bell follows

    def show_settings(self) -> None:
        from desktop.views import i18n
        from desktop.views.dialogs.settings_dialog import SettingsDialog

        store = S.store()
        current = i18n.pick_language(S.LANGUAGE.get(store))
        session = self.service.session
        server = S.SERVER_URL.get(store) or (session.server_url if session else "")
        dialog = SettingsDialog(
            current,
            server,
            self,
            change_password=self.change_password,
            notifications=lambda parent: self.notification_preferences(current, parent),
        )
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            return
        S.SERVER_URL.set(store, dialog.server.text().strip())
        language = str(dialog.language.currentData())
        if language != current:
            S.LANGUAGE.set(store, language)
            i18n.install(language)
            self.languageChanged.emit(language)

    def notification_preferences(self, language: str, parent: QWidget | None = None) -> None:
        """Which news reach one how (issue 12), saved on the server (reached from Settings)."""
        from desktop.views.dialogs.base import asked
        from desktop.views.dialogs.notification_prefs import NotificationPrefsDialog

        if not self.service.started:
            return
        if asked(NotificationPrefsDialog(self.bridge, language, parent or self)):
            self.statusBar().showMessage(self.tr("Your notification settings were saved."), 10_000)

    def change_password(self, parent: QWidget | None = None) -> None:
        """One's own password, on the server (every user; reached from Settings)."""
        from desktop.views.admin.people_dialogs import ChangePasswordDialog
        from desktop.views.dialogs.base import asked

        if not self.service.started:
            return
        if asked(ChangePasswordDialog(self.bridge, parent or self)):
            self.statusBar().showMessage(self.tr("Your password was changed."), 10_000)

    # --- geometry -----------------------------------------------------------------------------
    def _restore(self) -> None:
        store = S.store()
        geometry = S.GEOMETRY.get(store)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 820)
        splitter = S.SPLITTER.get(store)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = S.LIST_HEADER.get(store)
        if not header.isEmpty():
            self.list.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        store = S.store()
        S.GEOMETRY.set(store, self.saveGeometry())
        S.SPLITTER.set(store, self.splitter.saveState())
        S.LIST_HEADER.set(store, self.list.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)


__all__ = ["MainWindow", "tr_refusal"]
