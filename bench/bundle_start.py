"""The built client bundle beside the source install, in one run (issue 13): size, and start to first paint.

    make dist        # the bundle (dist/enquiry-desk) and its .tar.gz
    QT_QPA_PLATFORM=offscreen PYTHONPATH=. ENQUIRY_FAST_HASH=1 .venv/bin/python bench/bundle_start.py \
        [--starts 25]

Size: the bundle folder's files (bytes; MB = 10^6, MiB = 2^20; a symlink counts as itself), its
.tar.gz (gzip -9; packed here when `make dist` did not), and its biggest parts.

Start: against a loopback server (bench/common.py's: its demo accounts plus the 300 demo
enquiries; fast password hashing), each variant in its own HOME (settings, cache, logs) first runs
`enquiry-desk sync --remember` (signs in, fills the cache, keeps the refresh token), then starts in
two ways, as users do:

* remembered sign-in: `enquiry-desk` alone - the everyday start. The list is painted from the
  cache first; signing in (the stored token) and syncing follow (desktop/views/app.py). The keyring
  is the bench's stand-in for the desktop's (FILE_KEYRING below, a JSON file, through keyring's
  own config file), since this machine has none; the settings name the server and the login.
* `enquiry-desk --server URL --as LOGIN` (password in ENQUIRY_DESK_PASSWORD): signs in first, then
  opens the cache and the window.

Measured from the parent's spawn of the process to the end of the list's first paint, which an
`--automation` probe sees (EnquiryList.firstPainted, emitted at the end of its first paintEvent)
with time.perf_counter (CLOCK_MONOTONIC: one clock for parent and child); the probe then quits the
app. Also the process's CPU time by then (time.process_time, all its threads: steadier than wall
time on a busy machine) and how many modules it had imported. Each way starts once unmeasured
(warm file cache), then STARTS measured runs per way and variant, interleaved; medians and ranges.
The bundle runs with nothing of the virtual environment on its paths, the source install as
`.venv/bin/enquiry-desk`.
"""

from __future__ import annotations

import argparse
import json
import os
import py_compile
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import serve  # noqa: E402
from bench.run_all import machine  # noqa: E402

BUNDLE = ROOT / "dist" / "enquiry-desk"
SOURCE = ROOT / ".venv" / "bin" / "enquiry-desk"
LOGIN = "anna@hq.example"
STARTS = 25  # at 11 the median's ratio moved by +-3 % from run to run; at 25 by 1 %
PROBE = """
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def drive(window):
    def painted():
        figures = {"t_painted": time.perf_counter(), "cpu": time.process_time()}
        figures |= {"rows": window.model.rowCount(), "modules": sorted(sys.modules)}
        def done():
            try:
                with open(os.environ["BENCH_PAINT_OUT"], "w") as out:
                    json.dump(figures, out)
            finally:
                QApplication.quit()
        QTimer.singleShot(0, done)
    window.list.firstPainted.connect(painted)
"""


# The bench's stand-in for the desktop's keyring (none on a headless machine): a JSON file in the
# variant's HOME, loaded by keyring through its config file (keyringrc.cfg: keyring-path puts this
# module on sys.path, in the bundle too). Both variants use it alike.
FILE_KEYRING = """
import json, os
from pathlib import Path
from keyring.backend import KeyringBackend

class FileKeyring(KeyringBackend):
    priority = 10
    path = Path(os.environ["BENCH_KEYRING"])

    def _all(self):
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service, username):
        return self._all().get(service + " " + username)

    def set_password(self, service, username, password):
        values = self._all()
        values[service + " " + username] = password
        self.path.write_text(json.dumps(values))

    def delete_password(self, service, username):
        values = self._all()
        values.pop(service + " " + username, None)
        self.path.write_text(json.dumps(values))
"""


FIRST_PAINT_HEADER = """\
# Python modules the bundle imports before the list's first paint, in either of the two starts
# bench/bundle_start.py measures (a remembered sign-in and `--server URL --as LOGIN`): the
# PyInstaller spec stores them in the executable's archive uncompressed (installer/enquiry-desk.spec
# says why). Regenerate after the start's imports changed, from a built bundle:
#     QT_QPA_PLATFORM=offscreen PYTHONPATH=. ENQUIRY_FAST_HASH=1 .venv/bin/python bench/bundle_start.py \\
#         --starts 1 --write-first-paint installer/first_paint_modules.txt
# A stale list costs start time or a little size, never function: a module missing here is stored
# compressed, and a name the archive does not hold is ignored.
"""


def seed(session: Any) -> None:
    from sqlalchemy import select

    from central.demo_enquiries import seed_enquiries
    from central.store.accounts import Person

    people = {p.login.split("@")[0]: p for p in session.scalars(select(Person))}
    seed_enquiries(session, people, now=datetime.now(UTC), count=300)


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def parts(folder: Path, top: int = 8) -> list[tuple[str, int]]:
    """The biggest parts: PySide6's Qt libraries, the other top-level entries of _internal."""
    sizes: Counter[str] = Counter()
    internal = folder / "_internal"
    for path in internal.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(internal).parts
        if rel[0] == "PySide6" and len(rel) > 2 and rel[1] == "Qt":
            key = f"PySide6/Qt/{rel[2]}"
        elif rel[0] == "PySide6":
            key = "PySide6 (bindings)"
        elif len(rel) == 1 and ".so" in rel[0]:
            key = "libraries at the top (libpython, OpenSSL, ...)"
        else:
            key = rel[0]
        sizes[key] += path.stat().st_size
    sizes["the executable (with the Python modules)"] = (folder / "enquiry-desk").stat().st_size
    return sizes.most_common(top)


def archive(folder: Path) -> Path:
    found = sorted(folder.parent.glob("enquiry-desk-*-linux-*.tar.gz"))
    if found:
        return found[-1]
    target = Path(tempfile.mkdtemp(prefix="bundle-bench-")) / "enquiry-desk.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    return target


def environment(home: Path, bundle: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "VIRTUAL_ENV"))}
    if bundle:
        env["PATH"] = os.pathsep.join(
            p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT / ".venv"))
        )
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env["XDG_STATE_HOME"], env["XDG_CACHE_HOME"] = str(home / "state"), str(home / "cache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ENQUIRY_DESK_PASSWORD"] = "demo"
    env["BENCH_KEYRING"] = str(home / "keyring.json")
    return env


def remembered(home: Path, url: str) -> None:
    """What a remembered sign-in leaves: the keyring (filled by `sync --remember`) and the settings."""
    config = home / "config"
    (config / "python_keyring").mkdir(parents=True, exist_ok=True)
    (home / "keyring").mkdir(exist_ok=True)
    module = home / "keyring" / "bench_file_keyring.py"
    module.write_text(FILE_KEYRING, encoding="utf-8")
    # Compiled once here for both: the bundle's Python writes no bytecode (PyInstaller turns it
    # off), so it would compile this stand-in on every start where the source install reads the
    # __pycache__ its first start wrote - a cost of the bench, not of a real keyring backend,
    # which the bundle ships compiled.
    py_compile.compile(str(module), doraise=True)
    (config / "python_keyring" / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring=bench_file_keyring.FileKeyring\nkeyring-path={home / 'keyring'}\n",
        encoding="utf-8",
    )
    (config / "EnquiryDesk").mkdir(exist_ok=True)
    (config / "EnquiryDesk" / "EnquiryDesk.conf").write_text(
        f"[account]\nserver_url={url}\nlast_login={LOGIN}\nremember=true\n", encoding="utf-8"
    )


def sync(executable: Path, home: Path, url: str, bundle: bool) -> float:
    """`enquiry-desk sync`: signs in and fills the cache the window then opens; returns ms."""
    home.mkdir(parents=True, exist_ok=True)
    remembered(home, url)
    command = [str(executable), "sync", "--server", url, "--login", LOGIN, "--remember"]
    t_spawn = time.perf_counter()
    done = subprocess.run(command, env=environment(home, bundle), cwd=home, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{executable} sync failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return (time.perf_counter() - t_spawn) * 1000


def start(executable: Path, home: Path, url: str, bundle: bool, how: str = "stored") -> dict[str, Any]:
    """`how`: "stored" (the remembered sign-in) or "server" (--server URL --as LOGIN)."""
    home.mkdir(parents=True, exist_ok=True)
    out = home / "paint.json"
    out.unlink(missing_ok=True)
    probe = home / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = environment(home, bundle) | {"BENCH_PAINT_OUT": str(out)}
    command = [str(executable), "--automation", str(probe)]
    if how == "server":
        command += ["--server", url, "--as", LOGIN]
    t_spawn = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, timeout=300)
    t_exit = time.perf_counter()
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"{executable} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    if how == "stored" and not json.loads((home / "keyring.json").read_text()):
        raise RuntimeError("the remembered sign-in is gone")
    painted = json.loads(out.read_text(encoding="utf-8"))
    return {
        "paint_ms": (painted["t_painted"] - t_spawn) * 1000,
        "cpu_ms": painted["cpu"] * 1000,
        "exit_ms": (t_exit - t_spawn) * 1000,
        "rows": painted["rows"],
        "modules": len(painted["modules"]),
        "names": painted["modules"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starts", type=int, default=STARTS)
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="another build's folder (default: dist/)")
    parser.add_argument(
        "--write-first-paint",
        type=Path,
        metavar="FILE",
        help="write the modules the bundle imported by its first paints (installer/first_paint_modules.txt)",
    )
    args = parser.parse_args()
    bundle_dir = args.bundle.resolve()
    if not (bundle_dir / "enquiry-desk").exists():
        raise SystemExit("no bundle: run `make dist` first")
    print(f"machine: {machine()}")
    size = folder_bytes(bundle_dir)
    packed = archive(bundle_dir)
    files = sum(1 for p in bundle_dir.rglob("*") if p.is_file())
    print(f"\nbundle {bundle_dir}: {size / 1e6:.1f} MB = {size / 2**20:.1f} MiB in {files} files")
    packed_bytes = packed.stat().st_size
    print(f"compressed {packed.name}: {packed_bytes / 1e6:.1f} MB = {packed_bytes / 2**20:.1f} MiB")
    for name, part in parts(bundle_dir):
        print(f"  {part / 1e6:6.1f} MB  {name}")

    variants = {"bundle": (bundle_dir / "enquiry-desk", True), "source": (SOURCE, False)}
    kinds = {
        "stored": "remembered sign-in (the list from the cache first)",
        "server": "--server URL --as LOGIN",
    }
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {(k, n): [] for k in kinds for n in variants}
    with serve("sqlite", seed) as server, tempfile.TemporaryDirectory(prefix="bundle-start-") as tmp:
        assert server is not None
        homes = {name: Path(tmp) / name for name in variants}
        print()
        for name, (executable, bundle) in variants.items():
            took = sync(executable, homes[name], server.base_url, bundle)
            for kind in kinds:  # unmeasured: warms the file cache
                start(executable, homes[name], server.base_url, bundle, kind)
            print(
                f"{name}: `enquiry-desk sync --remember` into an empty cache (300 enquiries): {took:.0f} ms"
            )
        for _ in range(args.starts):
            for kind in kinds:
                for name, (executable, bundle) in variants.items():
                    runs[kind, name].append(start(executable, homes[name], server.base_url, bundle, kind))
    print(f"\nstart to first paint, cache synced, {args.starts} starts each (ms): median [min - max]")
    for kind, title in kinds.items():
        print(f" {title}")
        for name in variants:
            measured = runs[kind, name]
            paint = sorted(r["paint_ms"] for r in measured)
            cpu = sorted(r["cpu_ms"] for r in measured)
            leave = sorted(r["exit_ms"] for r in measured)
            rows = sorted({int(r["rows"]) for r in measured})
            modules = sorted({int(r["modules"]) for r in measured})
            print(
                f"  {name:<7} paint {statistics.median(paint):6.0f} [{paint[0]:.0f} - {paint[-1]:.0f}]"
                f"   CPU by then {statistics.median(cpu):5.0f} [{cpu[0]:.0f} - {cpu[-1]:.0f}]"
                f"   process over {statistics.median(leave):5.0f}   rows {rows}   modules {modules}"
            )
        ratio = statistics.median(r["paint_ms"] for r in runs[kind, "bundle"]) / statistics.median(
            r["paint_ms"] for r in runs[kind, "source"]
        )
        print(f"  bundle / source: {ratio:.2f}")
    print(f"\nmachine after: {machine()}")
    if args.write_first_paint:
        names = sorted({name for kind in kinds for run in runs[kind, "bundle"] for name in run["names"]})
        args.write_first_paint.write_text(FIRST_PAINT_HEADER + "".join(f"{name}\n" for name in names))
        print(f"{len(names)} modules written to {args.write_first_paint}")


if __name__ == "__main__":
    main()
