"""The *Administration* area: one tab per list, the tabs the signed-in user may see.

Head office's administrators (`admin`): partner companies, routes, intake keys, people of every
company; a partner administrator (`partner_admin`): their own company's people; both: their own
devices. Each list is fetched from the server on the network worker when its tab is first shown,
and afresh after every change made here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.qt_bridge import QtDeskService
from desktop.views.admin.tab import AdminTab


class AdminArea(QWidget):
    def __init__(self, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.views.admin.hq_tabs import CompaniesTab, IntakeKeysTab, RoutesTab
        from desktop.views.admin.people_tab import DevicesTab, PeopleTab

        self.setObjectName("adminArea")
        self.bridge = bridge
        user = bridge.service.reads.user
        hq_admin = "admin" in user.get("roles", []) and user.get("company_kind") == "head_office"
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self.pages: dict[str, AdminTab] = {}
        if hq_admin:
            self._add("companies", CompaniesTab(bridge, self), self.tr("Partner companies"))
            self._add("routes", RoutesTab(bridge, self), self.tr("Routes"))
            self._add("keys", IntakeKeysTab(bridge, self), self.tr("Intake keys"))
        self._add("people", PeopleTab(bridge, self), self.tr("People"))
        self._add("devices", DevicesTab(bridge, self), self.tr("My devices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _: self.load())

    def _add(self, code: str, page: AdminTab, title: str) -> None:
        self.pages[code] = page
        self.tabs.addTab(page, title)
        page.table.setAccessibleName(title)

    def show_tab(self, code: str) -> AdminTab:
        page = self.pages[code]
        self.tabs.setCurrentWidget(page)
        self.load()
        return page

    def load(self) -> None:
        """The shown tab's rows from the server (each time the area or the tab is opened)."""
        page = self.tabs.currentWidget()
        if isinstance(page, AdminTab):
            page.reload()
