"""The fast start (desktop/views/app.py `Desk.from_cache`): the cached list is painted before the
sync stack is imported, then the session is attached and everything works as before.

Each start runs in a fresh interpreter (what is in `sys.modules` is the point), on the offscreen
Qt platform, over a small cache written through the cache's own write path.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.models.cache import open_cache, open_reader
from desktop.models.store import write_visible
from tests.unit.test_cache_queries import OURS, make_enquiry, write_user

ROOT = Path(__file__).resolve().parents[2]
# Not needed to paint the list: the sync and HTTP stack, the rules, the dialogs, the keyring.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "httpx",
    "keyring",
    "pydantic",
    "rapidfuzz",
    "holidays",
    "desktop.sync.engine",
    "desktop.sync.transport",
    "enquiries.state",
    "desktop.views.controller",
    "desktop.views.survey_area",
    "desktop.views.dialogs.signin",
)

CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop.views.app import Desk

    path, mode = Path(sys.argv[1]), sys.argv[2]
    HEAVY = json.loads(sys.argv[3])
    seen = {}

    def connect():
        seen["connect_called"] = True
        if mode == "refused":
            from desktop.sync.transport import SignedOut
            raise SignedOut("Signed out", "device_revoked")
        from desktop.models.cache import open_cache
        from desktop.sync.engine import SyncEngine
        from desktop.sync.session import DeskSession
        from desktop.sync.transport import Tokens, Transport

        transport = Transport("http://127.0.0.1:9", timeout=5)  # offline: refused at once
        transport.tokens = Tokens("offline", "offline")
        return DeskSession("http://127.0.0.1:9", "t", path, SyncEngine(open_cache(path), transport), False)

    def failed(exc):
        seen["failed"] = type(exc).__name__
        app.quit()

    desk = Desk.from_cache(path, connect, failed)
    window = desk.window

    def painted():
        seen["heavy_at_paint"] = sorted(m for m in HEAVY if m in sys.modules)
        seen["rows_at_paint"] = window.model.rowCount()
        seen["started_at_paint"] = desk.service.started

    def check():
        # Signing in runs on the network worker: wait until it is done (or refused).
        if not desk.service.started or desk.bridge._loop is None or "failed" in seen:
            return
        seen["started"] = desk.service.started
        seen["controller_before_action"] = window.controller is not None
        seen["controller"] = window.action_controller() is not None
        seen["survey_area_before"] = window.survey_area is not None
        seen["survey_area"] = window._surveys() is not None
        seen["sync_running"] = desk.bridge._loop is not None
        seen["rows"] = window.model.rowCount()
        seen["pending"] = desk.service.reads.pending_count()
        app.quit()

    window.list.firstPainted.connect(painted)
    window.show()
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(10)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    desk.stop()
    print("SEEN " + json.dumps(seen))
    """
)


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    path = tmp_path / "cache.sqlite3"
    engine = open_cache(path)
    rng = random.Random(7)
    with engine.begin() as conn:
        write_user(conn)
        write_visible(conn, [make_enquiry(i, rng) for i in range(50)], company_id=OURS, pending=set())
    engine.dispose()
    return path


def start(path: Path, mode: str, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), mode, json.dumps(HEAVY)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("SEEN ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    result: dict[str, object] = json.loads(lines[-1][len("SEEN ") :])
    return result


def test_the_list_is_painted_before_the_sync_stack_is_imported(cache_file: Path, tmp_path: Path) -> None:
    seen = start(cache_file, "offline", tmp_path)
    assert seen["heavy_at_paint"] == [], "the first paint needs none of these"
    assert seen["rows_at_paint"] == 50, "the cached list, whole, at the first paint"
    assert seen["started_at_paint"] is False
    # Then, after the paint: signed in (offline, on the stored token) and syncing; the controller
    # and the survey area are made when first needed.
    assert seen["connect_called"] is True
    assert seen["started"] and seen["sync_running"]
    assert seen["survey_area_before"] is False and seen["survey_area"], "made when first opened"
    assert seen["controller_before_action"] is False, "made when the first action needs it"
    assert seen["controller"]
    assert seen["rows"] == 50 and seen["pending"] == 0


def test_a_refused_stored_sign_in_after_the_paint_goes_to_the_sign_in(
    cache_file: Path, tmp_path: Path
) -> None:
    seen = start(cache_file, "refused", tmp_path)
    assert seen["rows_at_paint"] == 50
    assert seen["failed"] == "SignedOut", "app.py then hides the window and shows the sign-in dialog"
    assert "started" not in seen


def test_no_fast_start_without_a_current_cache(tmp_path: Path) -> None:
    assert open_reader(tmp_path / "missing.sqlite3") is None
    assert not (tmp_path / "missing.sqlite3").exists(), "looking does not create a file"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert open_reader(empty) is None, "no schema yet: sign in and migrate first"


def test_the_reader_cannot_write(cache_file: Path) -> None:
    reader = open_reader(cache_file)
    assert reader is not None
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|attempt to write"):
        reader.execute("DELETE FROM enquiries")
    reader.close()
