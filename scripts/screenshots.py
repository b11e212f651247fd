#!/usr/bin/env python
"""Screenshots of Enquiry Desk for the documentation: the main window and every dialog.

Run it under a real X server so that fonts, styles and text metrics are the real ones (the
offscreen platform draws with other metrics and would hide clipped labels):

    ./scripts/translations.sh --release        # German and Italian .qm files
    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python scripts/screenshots.py

What it does: starts ONE embedded demo server (`desktop.demo_server.start_demo_server`), signs in
as head office (anna@hq.example) and as a partner (max@mueller.example), syncs, and for each
language builds the real main window (open_session -> DeskService -> QtDeskService -> MainWindow,
as `desktop.views.app.run` does), selects a meaningful row and saves `window.grab()`. The dialogs
are opened through the window's own action controller (so titles, texts and data are exactly
the application's); their `exec()` is replaced by "show, fill in, grab, close".

Output: docs/screenshots/main_<who>_<lang>.png, dialog_<name>_<lang>.png and
colleague_tile_editing_<lang>.png. Options: --out DIR, --langs de,it,en, --dialog-langs de,it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WHO = {"head_office": "anna@hq.example", "partner": "max@mueller.example"}
SIZE = (1400, 820)
SETTLE_MS = 350

# What a user would type, in the language of the shot (English for any other language).
SAMPLES: dict[str, dict[str, str]] = {
    "de": {
        "message": "Wir renovieren unser Haus in Bozen und möchten 12 Fenster mit Dreifachverglasung. "
        "Bitte um Rückruf am Vormittag.",
        "external_name": "Thomas Reiter (Montageservice Reiter)",
        "external_message": "Bitte vereinbaren Sie einen Beratungstermin beim Kunden und messen Sie die "
        "Fenster auf.",
        "step_note": "Angebot über 12 Fenster persönlich übergeben",
        "close_remark": "Auftrag über 12 Fenster, Montage im März",
        "note": "Kundin telefonisch erreicht: möchte Dreifachverglasung und ein Angebot bis Ende des "
        "Monats. Termin im Schauraum am Donnerstag.",
        "task": "Angebot mit Dreifachverglasung schicken",
    },
    "it": {
        "message": "Stiamo ristrutturando la casa a Bolzano e vorremmo 12 finestre con triplo vetro. "
        "Vi prego di richiamarmi in mattinata.",
        "external_name": "Thomas Reiter (Montageservice Reiter)",
        "external_message": "Per favore fissate un appuntamento di consulenza con il cliente e prendete "
        "le misure delle finestre.",
        "step_note": "Offerta per 12 finestre consegnata di persona",
        "close_remark": "Ordine di 12 finestre, montaggio a marzo",
        "note": "Cliente raggiunta al telefono: vuole il triplo vetro e un'offerta entro fine mese. "
        "Appuntamento in showroom giovedì.",
        "task": "Inviare l'offerta con triplo vetro",
    },
    "en": {
        "message": "We are renovating our house in Bolzano and would like 12 triple-glazed windows. "
        "Please call me back in the morning.",
        "external_name": "Thomas Reiter (Montageservice Reiter)",
        "external_message": "Please arrange a consultation with the customer and measure the windows.",
        "step_note": "Offer for 12 windows handed over in person",
        "close_remark": "Order for 12 windows, fitting in March",
        "note": "Reached the customer by phone: wants triple glazing and an offer by the end of the "
        "month. Showroom appointment on Thursday.",
        "task": "Send the offer with triple glazing",
    },
}


def isolate_user(folder: Path) -> None:
    """Settings, logs and caches of this run live in a temporary folder, not the user's."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        path = folder / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--langs", default="de,it,en", help="languages of the main window shots")
    parser.add_argument("--dialog-langs", default="de,it", help="languages of the dialog shots")
    parser.add_argument("--enquiries", type=int, default=300, help="size of the demo data set")
    parser.add_argument(
        "--allow-offscreen", action="store_true", help="do not insist on a real X server (metrics differ)"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="enquiry-desk-shots-"))
    try:
        return shoot(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shoot(args: argparse.Namespace, work: Path) -> int:
    isolate_user(work / "user")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(work / "user" / "settings"))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Enquiry Desk")
    app.setOrganizationName("EnquiryDesk")
    if app.platformName() != "xcb" and not args.allow_offscreen:
        print(
            f"The Qt platform is {app.platformName()!r}, not 'xcb': run this under xvfb-run -a "
            "(or pass --allow-offscreen).",
            file=sys.stderr,
        )
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(args.out)
    from desktop.demo_server import start_demo_server

    server = start_demo_server(work / "server", enquiries=args.enquiries)
    try:
        langs = [x for x in args.langs.split(",") if x]
        dialog_langs = [x for x in args.dialog_langs.split(",") if x]
        for who, login in WHO.items():
            shooter.user(who, login, server.url, work / "client", langs, dialog_langs)
    finally:
        server.stop()
    print(f"{len(shooter.saved)} screenshots in {args.out}")
    for path in shooter.saved:
        print("  ", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


# --- helpers -------------------------------------------------------------------------------------
def settle(ms: int = SETTLE_MS) -> None:
    """Let Qt lay out and paint (and queued signals arrive) for `ms` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    """Builds windows, opens dialogs through the controller, saves PNGs."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.saved: list[Path] = []
        self._expected: tuple[str, Callable[[Any], None]] | None = None
        self._patch_exec()

    # A modal exec() would block the script: show the dialog, let `prepare` fill it, grab it.
    def _patch_exec(self) -> None:
        from desktop.views.dialogs.base import FormDialog
        from desktop.views.notifications_panel import NotificationsPanel

        shooter = self

        def fake_exec(dialog: Any) -> int:
            expected, shooter._expected = shooter._expected, None
            if expected is None:
                raise RuntimeError(f"unexpected dialog {dialog.objectName()}")
            name, prepare = expected
            dialog.show()
            settle(150)
            prepare(dialog)
            dialog.adjustSize()
            settle()
            shooter.save(dialog.grab(), name)
            dialog.close()
            return 0

        FormDialog.exec = fake_exec  # type: ignore[method-assign]
        NotificationsPanel.exec = fake_exec  # type: ignore[method-assign]

    def expect(self, name: str, prepare: Callable[[Any], None] = lambda d: None) -> None:
        self._expected = (name, prepare)

    def save(self, pixmap: Any, name: str) -> None:
        path = self.out / f"{name}.png"
        if not pixmap.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.saved.append(path)
        print("saved", path.name, f"{pixmap.width()}x{pixmap.height()}", flush=True)

    # --- one user, every language --------------------------------------------------------------
    def user(
        self, who: str, login: str, url: str, data: Path, langs: list[str], dialog_langs: list[str]
    ) -> None:
        from desktop.qt_bridge import QtDeskService
        from desktop.service import DeskService
        from desktop.sync.session import open_session

        session = open_session(url, login, "demo", data_dir=data)
        service = DeskService(session)
        service.sync_now()
        bridge = QtDeskService(service)
        try:
            picks = Picks(service, who)
            if who == "head_office" and picks.main:
                picks.enrich_main(service)
            for lang in langs:
                window = self.window(bridge, lang)
                select(window, picks.main)
                self.save(window.grab(), f"main_{who}_{lang}")
                close(window)
            for lang in dialog_langs:
                window = self.window(bridge, lang)
                select(window, picks.main)
                if who == "head_office":
                    self.head_office_dialogs(window, picks, lang, url)
                else:
                    self.partner_dialogs(window, picks, lang)
                close(window)
        finally:
            bridge.pool.waitForDone(10_000)
            session.close()

    def window(self, bridge: Any, lang: str) -> Any:
        from desktop.views import i18n
        from desktop.views import settings as S
        from desktop.views.main_window import MainWindow

        store = S.store()
        store.clear()  # no geometry or splitter carried over from the previous window
        S.LANGUAGE.set(store, lang)
        i18n.install(lang)
        window = MainWindow(bridge)
        window.resize(*SIZE)
        window.show()
        settle()
        return window

    # --- dialogs ---------------------------------------------------------------------------------
    def head_office_dialogs(self, window: Any, picks: Picks, lang: str, url: str) -> None:
        from desktop.views import settings as S
        from desktop.views.dialogs.signin import SignInDialog
        from desktop.views.labels import tr_sync

        ctl = window.action_controller()
        text = SAMPLES.get(lang, SAMPLES["en"])
        # Sign-in: as it first appears, and after a wrong password.
        dialog = SignInDialog("https://desk.example.com", "anna@hq.example", True)
        dialog.show()
        settle()
        self.save(dialog.grab(), f"dialog_sign_in_{lang}")
        dialog.password.setText("secret")
        dialog.show_error(tr_sync("Wrong login or password."))
        dialog.adjustSize()
        settle()
        self.save(dialog.grab(), f"dialog_sign_in_error_{lang}")
        dialog.close()

        def new_enquiry(d: Any) -> None:
            d.type.setCurrentIndex(max(0, d.type.findData("offer")))
            d.product.setText("Wood-aluminium windows")
            for key, value in {
                "first_name": "Katharina",
                "last_name": "Oberhollenzer-Schwarzenbacher",
                "email": "k.oberhollenzer@example.net",
                "phone": "+39 0471 123456",
                "street": "Lauben 12",
                "postcode": "39100",
                "city": "Bozen",
                "country": "IT",
                "message": text["message"],
            }.items():
                widget = d.fields[key]
                (widget.setPlainText if key == "message" else widget.setText)(value)

        self.expect(f"dialog_create_enquiry_{lang}", new_enquiry)
        ctl.create()

        if picks.main:
            self.expect(f"dialog_assign_person_{lang}")
            ctl.assign(picks.main)
        if picks.offer:
            window.show_enquiry(picks.offer)
            self.expect(f"dialog_offer_to_partner_{lang}")
            ctl.offer(picks.offer)
            window.show_enquiry(picks.main)
        if picks.main:

            def external(d: Any) -> None:
                d.name.setText(text["external_name"])
                d.email.setText("t.reiter@montage-reiter.example")
                d.message.setPlainText(text["external_message"])

            self.expect(f"dialog_assign_external_{lang}", external)
            ctl.external(picks.main)

            def step(d: Any) -> None:
                d.kind.setCurrentIndex(max(0, d.kind.findData("offer_handover")))
                d.note.setText(text["step_note"])

            self.expect(f"dialog_record_external_step_{lang}", step)
            ctl.step(picks.main)

            def close_(d: Any) -> None:
                d.won.setChecked(True)
                d.reason.setText(text["close_remark"])

            self.expect(f"dialog_close_{lang}", close_)
            ctl.close_enquiry(picks.main)
            self.expect(f"dialog_add_note_{lang}", lambda d: d.text.setPlainText(text["note"]))
            ctl.note(picks.main)
            self.expect(f"dialog_add_task_{lang}", lambda d: d.title_edit.setText(text["task"]))
            ctl.task(picks.main)
            self.expect(f"dialog_discard_{lang}")
            ctl.discard(picks.main)
        S.SERVER_URL.set(S.store(), "https://desk.example.com")
        self.expect(f"dialog_settings_{lang}")
        window.show_settings()
        self.expect(f"dialog_notifications_{lang}")
        window.show_notifications()
        # The colleague tile in its editing state (choice of colleagues and the grey X).
        if picks.main:
            window.show_enquiry(picks.main)
            settle()
            tile = window.detail.colleague_tile
            tile.start_editing()
            settle()
            self.save(window.detail.grab(), f"colleague_tile_editing_{lang}")
            tile.stack.setCurrentIndex(0)
            settle()
            # The whole detail pane, top to bottom (in the window it scrolls).
            body = window.detail.widget()
            height = body.heightForWidth(body.width()) if body.hasHeightForWidth() else -1
            body.resize(body.width(), max(height, body.sizeHint().height(), body.height()))
            settle()
            self.save(body.grab(), f"detail_head_office_{lang}")

    def partner_dialogs(self, window: Any, picks: Picks, lang: str) -> None:
        ctl = window.action_controller()
        if picks.main:

            def decline(d: Any) -> None:
                d.buttons.accepted.emit()  # OK with an empty reason: the error at the form

            window.show_enquiry(picks.main)
            self.expect(f"dialog_decline_offer_{lang}", decline)
            ctl.decline(picks.main)
        if picks.assigned_to_me:
            self.expect(f"dialog_reject_assignment_{lang}")
            ctl.reject(picks.assigned_to_me)
        if picks.duplicate:
            # Straight after accepting: the customer may already be one of our contacts.
            from desktop.views.dialogs.duplicates import DuplicateDialog

            dialog = DuplicateDialog(picks.duplicate, window.service.contacts(), parent=window)
            dialog.show()
            settle()
            self.save(dialog.grab(), f"dialog_link_contact_{lang}")
            dialog.close()


class Picks:
    """The enquiries worth showing, chosen from what this user's cache holds."""

    def __init__(self, service: Any, who: str) -> None:
        from desktop.models.queries import ListQuery
        from desktop.views.dialogs.duplicates import candidates_for

        me = service.user["id"]
        rows = service.page(ListQuery(), offset=0, limit=2000)
        self.main: str | None = None
        self.offer: str | None = None
        self.assigned_to_me: str | None = None
        self.duplicate: dict[str, Any] | None = None
        best = -1
        contacts = service.contacts()
        for row in rows:
            data = service.enquiry(row[1])
            if not data:
                continue
            status = data["status"]
            if who == "partner":
                if self.main is None and data.get("anonymised") and status == "offered":
                    self.main = data["id"]  # the first dark-blue row: an offer on top
                if (
                    self.assigned_to_me is None
                    and status == "assigned"
                    and data.get("holder_id") == me
                    and data.get("assigned_by")
                ):
                    self.assigned_to_me = data["id"]
                continue
            partners = [t for t in data.get("chain", []) if t.get("kind") == "partner"]
            if self.offer is None and status in ("declined", "expired") and len(partners) >= 2:
                self.offer = data["id"]
            # Head office: an enquiry we work on, with as much journal and history as possible.
            if status in ("open", "assigned") and data.get("holder_id") == me and data["type"] == "offer":
                score = (
                    3 * len(data["journal_notes"])
                    + 2 * len(data["journal_tasks"])
                    + len(data["journal_history"])
                    + 4 * bool(data.get("external"))
                    + 2 * len(data["journal_external_steps"])
                    + 2 * bool(data.get("colleague_id"))
                )
                if score > best:
                    best, self.main = score, data["id"]

        if who == "partner" and len(contacts) >= 2:
            # A customer who writes again: same name and postcode as one contact (new e-mail),
            # and the phone number of another (a family member): two candidates, two reasons.
            first, second = contacts[0], contacts[1]
            contact = {
                "first_name": first["first_name"],
                "last_name": first["last_name"],
                "email": f"{first['first_name']}.{first['last_name']}@mail.example".lower(),
                "phone": second["phone"],
                "street": first["street"],
                "postcode": first["postcode"],
                "city": first["city"],
                "country": first["country"],
            }
            data = {"contact": contact}
            if len(candidates_for(data, contacts)) >= 2:
                self.duplicate = data

    def enrich_main(self, service: Any) -> None:
        """Give the head-office enquiry a journal as it has in real use: a note and a task,
        written through the normal commands and sent to the server (so nothing waits)."""
        import uuid
        from datetime import timedelta

        from enquiries import commands as c

        assert self.main
        allowed = service.allowed(self.main)
        now = service.clock()
        if "add_note" in allowed:
            service.perform(
                c.AddNote(
                    enquiry_id=self.main,
                    note_id=str(uuid.uuid4()),
                    text=SAMPLES["de"]["note"],
                )
            )
        if "add_task" in allowed:
            service.perform(
                c.AddTask(
                    enquiry_id=self.main,
                    task_id=str(uuid.uuid4()),
                    title=SAMPLES["de"]["task"],
                    due_at=now + timedelta(days=3),
                )
            )
        if "add_document" in allowed:
            try:
                with tempfile.TemporaryDirectory(prefix="enquiry-desk-doc-") as folder:
                    path = Path(folder) / "Aufmass_Wohnzimmer.pdf"
                    path.write_bytes(b"%PDF-1.4\n% Enquiry Desk screenshot sample\n%%EOF\n")
                    document_id, size, sha = service.upload_document(path)
            except Exception as exc:  # a screenshot run goes on without the document
                print(f"warning: attaching a document failed ({type(exc).__name__}: {exc})", file=sys.stderr)
            else:
                service.perform(
                    c.AddDocument(
                        enquiry_id=self.main,
                        document_id=document_id,
                        filename=path.name,
                        size=size,
                        sha256=sha,
                    )
                )
        if "assign_external" in allowed:
            service.perform(
                c.AssignExternal(
                    enquiry_id=self.main,
                    name=SAMPLES["de"]["external_name"],
                    email="t.reiter@montage-reiter.example",
                    message=SAMPLES["de"]["external_message"],
                )
            )
            if "record_external_step" in service.allowed(self.main):
                service.perform(
                    c.RecordExternalStep(
                        enquiry_id=self.main,
                        step="consultation_appointment",
                        date=now + timedelta(days=2),
                        note="Beratung beim Kunden zu Hause",
                    )
                )
        service.sync_now()


def select(window: Any, enquiry_id: str | None) -> None:
    if enquiry_id is None:
        window.list.selectRow(0)
    else:
        row = window.model.row_of(enquiry_id)
        while row < 0 and window.model.canFetchMore():
            window.model.fetchMore()
            row = window.model.row_of(enquiry_id)
        window.list.selectRow(max(row, 0))
        window.list.scrollTo(window.model.index(max(row, 0), 0), window.list.ScrollHint.PositionAtCenter)
    settle()


def close(window: Any) -> None:
    window.close()
    window.deleteLater()
    settle(100)


if __name__ == "__main__":
    raise SystemExit(main())
