"""Run every benchmark (push throughput, pull throughput, push round trip) and print the figures.

`PYTHONPATH=. ENQUIRY_FAST_HASH=1 .venv/bin/python bench/run_all.py` from the project root. The
machine line includes the load average: other work on the machine skews every figure.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import pull_throughput, push_throughput, roundtrip


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{time.strftime('%Y-%m-%d %H:%M')}  nproc {os.cpu_count()}  {cpu_model()}  "
        f"Python {platform.python_version()}  load average {load}"
    )


def main() -> None:
    print(f"machine: {machine()}")
    push = push_throughput.run()
    pull = pull_throughput.run()
    trip = roundtrip.run()
    print("\nsummary (targets: push >= 1,000 mutations/s in batches, pull >= 20,000 rows/s, p95 <= 30 ms)")
    for backend, batch, _n, rate in push:
        print(f"  push   {backend:<10}  batch {batch:>3}: {rate:9,.0f} mutations/s")
    for backend, _rows, _pages, _s, rate, megabytes, *_rest, with_decode in pull:
        print(
            f"  pull   {backend:<10}  {rate:9,.0f} rows/s ({with_decode:,.0f} with client decode), "
            f"{megabytes:,.0f} MB on the wire"
        )
    for backend, _n, p50, p95, p99 in trip:
        print(f"  round trip {backend:<10}  p50 {p50:.1f} ms  p95 {p95:.1f} ms  p99 {p99:.1f} ms")
    print(f"machine after: {machine()}")


if __name__ == "__main__":
    main()
