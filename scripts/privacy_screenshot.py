"""`--automation` driver: the data-protection screens (docs/screenshots/privacy_*_<lang>.png).

    SHOT_DIR=docs/screenshots SHOT_LANG=de xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/enquiry-desk --demo --as max@mueller.example --lang de \\
        --automation scripts/privacy_screenshot.py

As Müller's administrator: selects the first enquiry Müller owns, saves the Actions menu
(Export / Erase personal data), the erasure's confirmation (then cancelled),
and the sign-in dialog as it looks without a secure keyring (the cache locked with the password).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

FOLDER = Path(os.environ.get("SHOT_DIR", "."))
LANG = os.environ.get("SHOT_LANG", "en")


def drive(window: Any) -> None:
    def pick() -> None:
        model, reads = window.model, window.reads
        for row in range(model.rowCount()):
            enquiry_id = model.enquiry_id(row)
            if enquiry_id and "erase_personal_data" in reads.allowed(enquiry_id):
                window.list.selectRow(row)
                break
        QTimer.singleShot(500, menu)

    def menu() -> None:
        menu_ = window.actions_menu
        menu_.popup(window.actions_button.mapToGlobal(window.actions_button.rect().bottomLeft()))
        QTimer.singleShot(400, shot_menu)

    def shot_menu() -> None:
        window.actions_menu.grab().save(str(FOLDER / f"privacy_actions_{LANG}.png"))
        window.actions_menu.hide()
        QTimer.singleShot(800, confirm_shot)
        window.action_controller().trigger("erase_personal_data")  # modal until confirm_shot closes it

    def confirm_shot() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            box.grab().save(str(FOLDER / f"privacy_erase_{LANG}.png"))
            box.reject()
        QTimer.singleShot(200, signin)

    def signin() -> None:
        from desktop.sync import credentials
        from desktop.sync.messages import CACHE_PASSWORD_NOTE
        from desktop.views.dialogs.signin import SignInDialog
        from desktop.views.labels import tr_sync

        note = tr_sync(credentials.NO_KEYRING) + " " + tr_sync(CACHE_PASSWORD_NOTE)
        dialog = SignInDialog("https://desk.example.com", "max@mueller.example", False, note, sign_in=None)
        dialog.show()
        QTimer.singleShot(
            400, lambda: (dialog.grab().save(str(FOLDER / f"privacy_signin_{LANG}.png")), finish(dialog))
        )

    def finish(dialog: Any) -> None:
        dialog.ops.stop()
        dialog.close()
        QApplication.quit()

    QTimer.singleShot(1500, pick)
