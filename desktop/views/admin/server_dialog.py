"""A form whose OK asks the server: it stays open (busy) while the network worker answers, closes
on success and shows the server's refusal as a sentence at the form (`formError`) otherwise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget
from shiboken6 import isValid

from desktop.failures import user_message
from desktop.qt_bridge import QtDeskService
from desktop.views.dialogs.base import FormDialog


class ServerDialog(FormDialog):
    """Subclasses implement `validate()` (local checks) and `request()` (the server call, run on
    the network worker with the values read on the UI thread). `answer` holds the server's reply."""

    def __init__(self, name: str, title: str, bridge: QtDeskService, parent: QWidget | None = None) -> None:
        super().__init__(name, title, parent)
        self.bridge = bridge
        self.answer: Any = None
        self.busy = False

    def request(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)

    def _try_accept(self) -> None:
        if self.busy:
            return
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        work = self.request()
        self._set_busy(True)
        self.bridge.in_background(work, success=self._answered, failure=self._refused)

    def _answered(self, answer: Any) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.answer = answer
        self.accept()

    def _refused(self, error: BaseException) -> None:
        message = user_message(error)
        if message is None:
            self.bridge.ops.show_failure(error)  # a bug: the log and the crash dialog
        if not isValid(self):
            return
        self._set_busy(False)
        self.show_error(message or self.tr("Something went wrong; the details are in the log."))


def entries(text: str) -> list[str]:
    """Comma-, semicolon- or line-separated entries of a field, in order, without repeats."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        if part.strip():
            seen[part.strip()] = None
    return list(seen)
