#!/usr/bin/env python
"""Screenshots of the survey area and the contact status dialog (de, it) for the documentation.

    ./scripts/translations.sh --release
    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python scripts/survey_screenshots.py

Starts one embedded demo server; marco@hq.example (survey manager) sees the survey area, a
contact that was reached (so the reassignment notice can show) in the contact status dialog;
carla@hq.example (agent) gets the call screen for her next call.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    if app.platformName() != "xcb":
        raise SystemExit("run under xvfb-run with the xcb platform (real fonts), not offscreen")
    from desktop.demo_server import start_demo_server
    from desktop.qt_bridge import QtDeskService
    from desktop.service import DeskService
    from desktop.sync.session import open_session
    from desktop.views import i18n
    from desktop.views.dialogs.call_screen import CallScreen
    from desktop.views.dialogs.contact_status import ContactStatusDialog
    from desktop.views.main_window import MainWindow

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="survey-shots-"))
    server = start_demo_server(tmp / "server", enquiries=40)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for lang in ("de", "it"):
        i18n.install(lang)
        for login in ("marco@hq.example", "carla@hq.example"):
            service = DeskService(open_session(server.url, login, "demo", data_dir=tmp / lang / login))
            service.sync_now()
            window = MainWindow(QtDeskService(service))
            window.resize(1400, 820)
            window.show()
            window.filters.setCurrentIndex(window.filter_model.index(window.filter_model.rowCount() - 1, 0))
            area = window.survey_area
            settle()
            who = login.split("@")[0]
            if who == "marco":
                area.filter_box.setCurrentIndex(area.filter_box.findData("appointment"))
                area.table.selectRow(0)
                settle()
                window.grab().save(str(out / f"surveys_manager_{lang}.png"))
                survey, contact = area.current_survey(), area.selected_contact()
                assert survey is not None and contact is not None
                dialog = ContactStatusDialog(
                    survey,
                    contact,
                    [(a, window.name_of(a)) for a in survey["agents"]]
                    + [(service.user["id"], service.user["display_name"])],
                    area._reps(),
                    service.check_survey_command,
                    window,
                )
                dialog.follow.setChecked(True)
                dialog.agent.setCurrentIndex(dialog.agent.count() - 1)  # another agent: the notice shows
                dialog.show()
                dialog.resize(dialog.sizeHint().width(), max(dialog.sizeHint().height(), 760))
                settle()
                dialog.grab().save(str(out / f"dialog_contact_status_{lang}.png"))
                dialog.close()
            else:
                window.grab().save(str(out / f"surveys_agent_{lang}.png"))
                survey = area.current_survey()
                assert survey is not None
                next_id = service.next_call(survey["id"])
                contact = service.survey_contact(next_id) if next_id else None
                if contact is not None:
                    screen = CallScreen(survey, contact, area._reps(), service.check_survey_command, window)
                    screen.show()
                    settle()
                    screen.grab().save(str(out / f"dialog_call_{lang}.png"))
                    screen.close()
            window.close()
            service.session.close()
    server.stop()
    print(f"survey screenshots written to {out}")


if __name__ == "__main__":
    main()
