"""Garbage collection only on the UI thread (desktop/gc_guard.py): the cause of the segmentation
fault seen while the duplicate-check dialog was open was a worker thread's collection freeing
Qt objects the window had left in reference cycles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("gc_probe.py")


def collectors(mode: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(PROBE), mode], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return set(done.stdout.strip().split(",")) - {""}


def test_without_the_guard_a_worker_thread_collects_the_windows_garbage() -> None:
    assert "worker" in collectors("plain"), "the hazard the guard exists for"


def test_with_the_guard_only_the_ui_thread_collects() -> None:
    assert collectors("guarded") == {"MainThread"}, "collections still happen, and only there"
