"""`--automation` driver: the Administration area's screenshot (docs/screenshots/admin_<lang>.png).

    SHOT_OUT=docs/screenshots/admin_de.png xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/enquiry-desk --demo --as greta@hq.example --lang de --automation scripts/admin_screenshot.py

Opens Administration (the partner companies, the first one selected), waits 1.5 s for the server's
rows, saves the window and quits. With SHOT_EXTRA=FOLDER it also saves every other tab and every
administration dialog there, to check German and Italian for clipped text.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

OUT = os.environ.get("SHOT_OUT", "admin.png")
EXTRA = os.environ.get("SHOT_EXTRA", "")


def drive(window: Any) -> None:
    model = window.filters.model()
    codes = [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]
    window.filters.setCurrentIndex(model.index(codes.index("admin"), 0))
    area = window.admin_area

    def select_first() -> None:
        page = area.tabs.currentWidget()
        if page.model.rowCount():
            page.table.selectRow(0)

    def grab(path: str) -> None:
        select_first()
        QTimer.singleShot(300, lambda: window.grab().save(path))

    def tab(code: str) -> None:
        area.tabs.setCurrentWidget(area.pages[code])

    def dialog(name: str) -> None:
        from desktop.views.admin.hq_dialogs import CompanyDialog, IntakeKeyDialog, KeySecretDialog
        from desktop.views.admin.people_dialogs import AccountDialog, ChangePasswordDialog, HandOverDialog
        from desktop.views.admin.route_dialog import RouteDialog

        bridge, reads = window.bridge, window.reads
        choices = area.pages["routes"].choices
        partners = choices.partners
        hq = [(p["id"], p["display_name"]) for p in reads.people(reads.user["company_id"])]
        # The route dialog as an administrator edits the demo's DE route: a head-office person added.
        route = next((r for r in area.pages["routes"].model.rows if r["country"] == "DE"), None)
        held = [{"enquiry_id": "a", "number": "E-2026-0001"}, {"enquiry_id": "b", "number": "E-2026-0002"}]
        make: dict[str, Callable[[], Any]] = {
            "company": lambda: CompanyDialog(bridge, None, window),
            "route": lambda: RouteDialog(bridge, choices, route, window),
            "intake_key": lambda: IntakeKeyDialog(bridge, partners, window),
            "key_secret": lambda: KeySecretDialog("x" * 43, window),
            "person": lambda: AccountDialog(bridge, area.pages["people"].companies(), None, window),
            "change_password": lambda: ChangePasswordDialog(bridge, window),
            "hand_over": lambda: HandOverDialog(
                bridge, {"id": "x", "display_name": "Eva Schmid"}, held, hq, window
            ),
        }
        shown = make[name]()
        if name == "route":
            editor = shown.chain
            editor.candidate.setCurrentIndex(editor.candidate.count() - 1)  # a head-office person
            editor.add_button.click()
            shown.preview_country.setText("DE")
            shown.preview_postcode.setText("80331")
        shown.show()

        def snap() -> None:
            shown.grab().save(os.path.join(EXTRA, f"dialog_{name}.png"))
            shown.close()
            shown.deleteLater()

        QTimer.singleShot(1200 if name == "route" else 300, snap)

    plan: list[tuple[Callable[[], None], int]] = [(lambda: grab(OUT), 600)]
    if EXTRA:
        os.makedirs(EXTRA, exist_ok=True)
        for code in ("routes", "keys", "people", "devices"):
            plan.append((lambda c=code: tab(c), 1500))  # type: ignore[misc]
            plan.append((lambda c=code: grab(os.path.join(EXTRA, f"tab_{c}.png")), 600))  # type: ignore[misc]
        for name in (
            "company",
            "route",
            "intake_key",
            "key_secret",
            "person",
            "change_password",
            "hand_over",
        ):
            plan.append((lambda n=name: dialog(n), 1600))  # type: ignore[misc]
    at = 1500
    for step, wait in plan:
        QTimer.singleShot(at, step)
        at += wait
    QTimer.singleShot(at + 500, QApplication.instance().quit)
