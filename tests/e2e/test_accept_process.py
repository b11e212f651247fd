"""The accept flow in a real `enquiry-desk` process (offscreen) against a live server.

It once died with "Fatal Python error: Segmentation fault" while the duplicate-check dialog was
open: a worker thread's garbage collection freed the window's leftover Qt objects (see
desktop/gc_guard.py). Here a partner accepts 20 offers in a row, each through the duplicate
dialog, while head office keeps pushing new enquiries to the same server; the process must exit
cleanly, having accepted every one, and the server must agree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from central.demo import demo_id
from desktop.service import DeskService
from enquiries.commands import CreateEnquiry, OfferToPartner
from tests.sync.conftest import ROOT, LiveServer
from tests.sync.scenario import ok, server_snapshot, signed_in, synced

OFFERS = 20
DRIVER = Path(__file__).with_name("accept_driver.py")


def offer(anna: DeskService, last_name: str) -> str:
    enquiry_id = str(uuid.uuid4())
    contact = {"last_name": last_name, "email": f"{last_name.lower()}@example.net", "postcode": "80331"}
    ok(anna.actions.perform(CreateEnquiry(enquiry_id=enquiry_id, type="offer", country="DE", **contact)))
    ok(anna.actions.perform(OfferToPartner(enquiry_id=enquiry_id, company_id=demo_id("mueller"))))
    return enquiry_id


def test_twenty_accepts_in_a_real_process_while_another_client_pushes(
    live_server: LiveServer, tmp_path: Path
) -> None:
    anna = signed_in(live_server.url, "anna@hq.example", tmp_path / "anna")
    offered = [offer(anna, f"Kunde{i:02d}") for i in range(OFFERS)]
    synced(anna)
    stop = threading.Event()

    def keep_pushing() -> None:  # head office goes on working: the partner's sync loop pulls
        i = 0
        while not stop.wait(0.2):
            enquiry_id = str(uuid.uuid4())
            ok(
                anna.actions.perform(
                    CreateEnquiry(enquiry_id=enquiry_id, last_name=f"Noise{i}", country="IT")
                )
            )
            anna.loop.sync_now()
            i += 1

    pusher = threading.Thread(target=keep_pushing, daemon=True)
    pusher.start()
    home = tmp_path / "max-home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ENQUIRY_DESK_PASSWORD": "demo",
        "ACCEPT_COUNT": str(OFFERS),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "PYTHONPATH": str(ROOT),
        "PYTHONFAULTHANDLER": "1",
    }
    command = [
        sys.executable,
        "-m",
        "desktop.cli",
        "--server",
        live_server.url,
        "--as",
        "max@mueller.example",
    ]
    try:
        done = subprocess.run(
            [*command, "--lang", "en", "--automation", str(DRIVER)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
    finally:
        stop.set()
        pusher.join(10)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr[-4000:]}"
    assert "Segmentation fault" not in done.stderr
    assert f"accepted {OFFERS}" in done.stdout
    truth = server_snapshot(live_server.url, "max@mueller.example")
    accepted = [e for e in offered if e in truth and not truth[e].get("anonymised")]
    assert len(accepted) == OFFERS, "every offer was accepted on the server"
    anna.close()
