"""A form whose OK asks the server: it stays open (busy) while the network worker answers, closes
on success and shows the server's refusal as a sentence at the form (`formError`) otherwise.

The sign-in, the invitation and every administration dialog are such forms. Signed in, they run
on the bridge's network worker (`ops=bridge.ops`); before that (signing in) on their own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from shiboken6 import isValid

from desktop.failures import user_message
from desktop.ops import Ops
from desktop.views.dialogs.base import FormDialog


class ServerForm(FormDialog):
    """Subclasses implement `validate()` (local checks) and `request()` (the server call, run on
    the network worker with the values read on the UI thread; None: no call, a plain OK).
    `answer` holds the server's reply; `answered()` accepts the dialog unless overridden."""

    busy_text = ""  # shown at the form while the server is asked

    def __init__(self, name: str, title: str, ops: Ops | None = None, parent: QWidget | None = None) -> None:
        super().__init__(name, title, parent)
        if ops is None:  # not signed in yet: a worker of the form's own
            ops = Ops(self)
            ops.window = self
        self.ops = ops
        self.answer: Any = None
        self.busy = False

    def request(self) -> Callable[[], Any] | None:
        raise NotImplementedError

    def answered(self, answer: Any) -> None:
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)
        if self.busy_text:
            self.show_error(self.busy_text if busy else "")

    def _try_accept(self) -> None:
        if self.busy:
            return
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        work = self.request()
        if work is None:
            self.accept()
            return
        self._set_busy(True)
        self.ops.network(lambda _task: work(), success=self._answered, failure=self._refused)

    def _answered(self, answer: Any) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.answer = answer
        self.answered(answer)

    def _refused(self, error: BaseException) -> None:
        message = user_message(error)
        if message is None:
            self.ops.show_failure(error)  # a bug: the log and the crash dialog
        if not isValid(self):
            return
        self._set_busy(False)
        self.show_error(message or self.tr("Something went wrong; the details are in the log."))


class ServerDialog(ServerForm):
    """An administration form: signed in, it asks through the bridge's network worker."""

    def __init__(self, name: str, title: str, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(name, title, bridge.ops, parent)
        self.bridge = bridge


def entries(text: str) -> list[str]:
    """Comma-, semicolon- or line-separated entries of a field, in order, without repeats."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        if part.strip():
            seen[part.strip()] = None
    return list(seen)


def line(parent: QWidget, name: str, text: str = "") -> QLineEdit:
    """A one-line field of an administration form, named for automation."""
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    return edit
