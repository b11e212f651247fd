"""A server restored from a backup: clients whose cursor points past the restored feed resync from a
snapshot on their own, keep the edits they have not sent, and end up showing what the server has."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.queries import ListQuery
from tests.sync.conftest import LiveServer
from tests.sync.scenario import create, listed_ids, note, server_snapshot, shown, signed_in, synced


# A restore is a file copy on SQLite; the client's side does not depend on the database.
@pytest.mark.parametrize("server_db_url", ["sqlite"], indirect=True)
def test_client_resyncs_after_the_server_was_restored_and_keeps_its_pending_edit(
    live_server: LiveServer, server_db_url: str, tmp_path: Path
) -> None:
    url = live_server.url
    database = Path(server_db_url.removeprefix("sqlite:///"))
    anna = signed_in(url, "anna@hq.example", tmp_path / "anna")
    marco = signed_in(url, "marco@hq.example", tmp_path / "marco")
    kept = create(anna, last_name="Backedup")
    synced(anna)

    live_server.stop()
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(database) as source, sqlite3.connect(backup) as target:
        source.backup(target)  # the WAL's content included
    live_server.start()
    lost = create(marco, last_name="Lostinrestore")
    synced(marco, anna)
    assert lost in listed_ids(anna)

    live_server.stop()
    for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(backup, database)  # the restore, then what the operator's guide says to run after one
    restored = subprocess.run(
        [sys.executable, "-m", "central.cli", "feed-restored"],
        env={**os.environ, "DATABASE_URL": server_db_url},
        capture_output=True,
        text=True,
    )
    assert restored.returncode == 0 and "resync" in restored.stdout, restored.stderr
    live_server.start()
    written = note(anna, kept, "after the restore")
    assert anna.sync.pending_count() == 1

    report = anna.loop.sync_now()
    assert report is not None, anna.state.message
    assert report.pushed == 1 and report.pending == 0 and anna.reads.refusals() == []
    truth = server_snapshot(url, "anna@hq.example")
    assert lost not in truth and lost not in listed_ids(anna), "what the restore lost leaves the cache"
    assert listed_ids(anna) == set(truth)
    for enquiry_id, data in truth.items():
        assert shown(anna.reads.enquiry(enquiry_id)) == data
    assert [n["id"] for n in truth[kept]["notes"]] == [written]
    assert len(listed_ids(anna, ListQuery(search="Backedup"))) == 1, "the search index is rebuilt too"

    again = anna.loop.sync_now()
    assert again is not None and again.pulled == 0 and again.pushed == 0
