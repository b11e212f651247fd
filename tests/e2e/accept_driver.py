"""Drives a real `enquiry-desk` process (`--automation`): accept every offer on top of the list,
one after another, as a partner would; in each duplicate-check dialog wait a little (the sync
loop keeps pulling meanwhile), then create a new contact. Prints "accepted N" and quits.

Run by tests/e2e/test_accept_process.py; `ACCEPT_COUNT` says how many to accept.
"""

from __future__ import annotations

import os
import random
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.views.list_model import OFFERED_ROLE

WANTED = int(os.environ.get("ACCEPT_COUNT", "20"))
rng = random.Random(int(os.environ.get("ACCEPT_SEED", "1")))


def drive(window: Any) -> None:
    state = {"accepted": 0, "waiting": 0}
    triggered: set[str] = set()  # each offer once: a second click before the first was decided is refused

    def finish(code: int, text: str) -> None:
        print(text, flush=True)
        QApplication.instance().exit(code)  # type: ignore[union-attr]

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() == "dialog_link_contact":
            if not modal.property("answered"):  # each dialog once: it stays open a little while
                modal.setProperty("answered", True)
                button = modal.findChild(QPushButton, "createContact")
                QTimer.singleShot(rng.randint(0, 400), button.click)
                state["accepted"] += 1
            QTimer.singleShot(100, step)
            return
        if modal is not None:
            return finish(3, f"unexpected dialog {modal.objectName()}")
        if state["accepted"] >= WANTED:
            return finish(0, f"accepted {state['accepted']}")
        model = window.model
        rows = [
            r
            for r in range(model.rowCount())
            if model.index(r, 0).data(OFFERED_ROLE) and model.enquiry_id(r) not in triggered
        ]
        action = window.findChild(QAction, "action_accept_offer")
        if rows and window.current_id() == model.enquiry_id(rows[0]) and action.isEnabled():
            triggered.add(str(model.enquiry_id(rows[0])))
            action.trigger()
            state["waiting"] = 0
        elif rows:
            window.list.selectRow(rows[0])
        else:
            state["waiting"] += 1
            if state["waiting"] > 300:  # 30 s without an offer to accept
                return finish(4, f"no offer left after {state['accepted']}")
        QTimer.singleShot(rng.randint(20, 150), step)

    QTimer.singleShot(500, step)


if __name__ == "__main__":
    sys.exit("run through enquiry-desk --automation")
