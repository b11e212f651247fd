"""A benchmark process's own memory high-water marks (no heavy imports: the GUI child measures its
start-up with this loaded)."""

from __future__ import annotations

import resource
from pathlib import Path


def maxrss_mb() -> float:
    """ru_maxrss in MB. Linux carries it across exec: a child starts with its parent's high-water mark."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def hwm_mb() -> float:
    """VmHWM in MB: this process image's own resident high-water mark (not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
