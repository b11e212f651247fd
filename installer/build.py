"""Build the client bundle with PyInstaller (installer/enquiry-desk.spec), unless the same one is there.

    .venv/bin/python installer/build.py [--force] [--archive]     (`make dist`: --archive)

dist/enquiry-desk/ (dist/Enquiry Desk.app on macOS); --archive also packs the Linux folder into
dist/enquiry-desk-<version>-linux-<machine>.tar.gz. PyInstaller's work files go to build/pyinstaller.

The cache is honest: a build is reused only when its fingerprint, written after it finished,
equals that of the inputs now: every file of desktop/, central/, enquiries/, installer/, the
icon, the compiled translations and pyproject.toml, the Python version and the version of every
installed distribution (PyInstaller and its hooks included), and on macOS whether it is signed
(MACOS_SIGNING_IDENTITY). Anything else rebuilds, and two
builds never run at once (a lock in build/). tests/e2e/test_bundle.py builds through `ensure()`.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import platform
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "enquiry-desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
STAMP = ROOT / "build" / "bundle.fingerprint"
LOCK = ROOT / "build" / "bundle.lock"
INPUTS = ("desktop", "central", "enquiries", "installer", "resources/icons")
NAME = "enquiry-desk"


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def bundle_dir() -> Path:
    """The built folder: what is installed, archived or packed into a disk image."""
    return DIST / ("Enquiry Desk.app" if sys.platform == "darwin" else NAME)


def executable() -> Path:
    if sys.platform == "darwin":
        return bundle_dir() / "Contents" / "MacOS" / NAME
    return bundle_dir() / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def _files() -> Iterator[Path]:
    for folder in INPUTS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                yield path
    yield from sorted((ROOT / "resources" / "translations").glob("*.qm"))
    yield ROOT / "pyproject.toml"


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in _files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(f"{sys.version} {platform.machine()} {sys.platform}".encode())
    digest.update(os.environ.get("MACOS_SIGNING_IDENTITY", "").encode())  # signed or not
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(installed).encode())
    return digest.hexdigest()


def is_current() -> bool:
    return executable().is_file() and STAMP.is_file() and STAMP.read_text().strip() == fingerprint()


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with open(LOCK, "a+") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: CI runs one build at a time anyway
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure(*, force: bool = False, log: Path | None = None) -> Path:
    """The built bundle's executable, built now unless an identical build is there.
    `log`: PyInstaller's output goes there instead of the terminal."""
    with _locked():
        if not force and is_current():
            return executable()
        STAMP.unlink(missing_ok=True)
        started = time.monotonic()
        command = [sys.executable, "-m", "PyInstaller", "--noconfirm"]
        command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        if log is None:
            subprocess.run(command, cwd=ROOT, env=env, check=True)
        else:
            log.parent.mkdir(parents=True, exist_ok=True)
            with open(log, "w") as out:
                result = subprocess.run(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
            if result.returncode:
                tail = log.read_text(errors="replace").splitlines()[-40:]
                raise RuntimeError("PyInstaller failed:\n" + "\n".join(tail))
        if not executable().is_file():
            raise RuntimeError(f"PyInstaller made no {executable()}")
        STAMP.write_text(fingerprint() + "\n")
        print(f"built {bundle_dir()} in {time.monotonic() - started:.0f} s", file=sys.stderr)
        return executable()


def folder_bytes(folder: Path) -> int:
    """What the folder holds (file sizes; a symlink counts as itself, not its target)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def archive() -> Path:
    """dist/enquiry-desk-<version>-<os>-<machine>.tar.gz of the folder (gzip level 9), with a
    desktop entry and the icon beside the executable for a Linux menu."""
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    target = DIST / f"{NAME}-{version()}-{system}-{platform.machine().lower()}.tar.gz"
    top = bundle_dir().name
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(bundle_dir(), arcname=top)
        if sys.platform.startswith("linux"):
            tar.add(ROOT / "installer" / "linux" / f"{NAME}.desktop", arcname=f"{top}/{NAME}.desktop")
            tar.add(WORK / NAME / "icons" / f"{NAME}.png", arcname=f"{top}/{NAME}.png")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="build even when the last build is current")
    parser.add_argument("--archive", action="store_true", help="also pack dist/*.tar.gz")
    args = parser.parse_args(argv)
    current = not args.force and is_current()
    ensure(force=args.force)
    if current:
        print(f"{bundle_dir()} is current (same sources and packages): not rebuilt")
    print(f"{bundle_dir()}: {folder_bytes(bundle_dir()) / 1e6:.1f} MB")
    if args.archive:
        packed = archive()
        print(f"{packed}: {packed.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
