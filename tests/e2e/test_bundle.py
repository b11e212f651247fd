"""The BUILT client (PyInstaller one-folder bundle, installer/build.py) starts without Python and
paints: a missing hidden import, data file, Qt plugin or library fails here, not in a showroom.

The bundle is built once per session into dist/ (PyInstaller's work files in build/pyinstaller,
its output in build/pyinstaller.log) and reused while no source or installed package changed
(installer/build.py explains the fingerprint). Then it runs as a user would start it, offscreen,
with nothing of the virtual environment on its paths: `--demo --lang de --screenshot FILE`, plus
tests/e2e/bundle_check.py as its `--automation`, which reports from inside the bundle.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = Path(__file__).with_name("bundle_check.py")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1500)]
ENQUIRIES = 40  # the demo's enquiries: enough to fill the screenshot's list, quick to seed


def build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_build", ROOT / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build() -> ModuleType:
    module = build_module()
    module.ensure(log=ROOT / "build" / "pyinstaller.log")
    return module


def clean_env(home: Path, platform: str = "offscreen") -> dict[str, str]:
    """A user's environment: a fresh home, no virtual environment, no Python paths."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "QT_", "PYTEST", "COV_"))
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT / ".venv"))
    )
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("TMPDIR", "tmp"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env["QT_QPA_PLATFORM"] = platform
    return env


def run_bundle(
    executable: Path, home: Path, shot: Path, *extra: str, env: dict[str, str] | None = None
) -> dict[str, Any]:
    out = home / "check.json"
    env = dict(env or clean_env(home))
    env["BUNDLE_CHECK_OUT"] = str(out)
    command = [
        str(executable),
        "--demo",
        "--enquiries",
        str(ENQUIRIES),
        "--lang",
        "de",
        "--screenshot",
        str(shot),
    ]
    command += list(extra)
    command += ["--automation", str(CHECK)]
    result = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]
    assert out.exists(), f"bundle_check.py did not report:\n{result.stderr[-4000:]}"
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def assert_painted(shot: Path, size: tuple[int, int] = (1400, 820)) -> None:
    """A real window: the expected size, many colours, no colour covering nearly everything, and
    the dark text of the list and the selected row's blue."""
    from PySide6.QtGui import QImage

    assert shot.stat().st_size > 20_000
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == size
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    samples = sum(counts.values())
    assert len(counts) > 40, f"only {len(counts)} colours: a blank window?"
    assert max(counts.values()) / samples < 0.9, "one colour covers the window"
    dark = sum(n for rgb, n in counts.items() if sum((rgb >> s) & 0xFF for s in (0, 8, 16)) < 200)
    assert dark / samples > 0.005, "no text drawn"


def test_built_bundle_starts_paints_and_has_what_it_needs(build: ModuleType, tmp_path: Path) -> None:
    shot = tmp_path / "main.png"
    report = run_bundle(build.executable(), tmp_path, shot)
    assert_painted(shot)
    assert report["frozen"] is True
    assert report["errors"] == []
    assert report["import_failures"] == {}
    assert report["modules"] > 200
    # German from our .qm and from Qt's own qtbase_de.qm
    assert report["window_title"].startswith("Enquiry Desk")
    assert report["our_settings"] == "Einstellungen"
    assert report["qt_cancel"] == "Abbrechen"
    assert report["icon_opaque_samples"] > 100
    assert report["old_cache_migrated_to"] == report["cache_head"]
    assert report["chart_view"] == "QChartView"
    assert report["pdf_starts"] == "%PDF-"
    assert report["xlsx_bytes"] > 1000
    assert report["certifi_exists"] and report["tls_ca_certs"] > 50
    native = {"linux": "keyring.backends.SecretService", "win32": "keyring.backends.Windows"}
    backend = native.get(sys.platform, "keyring.backends.macOS")
    assert backend in report["keyring_entry_points"] and backend in report["keyring_importable"]
    assert report["about_object_name"] == "dialog_about"
    assert report["about_version"] == VERSION
    rows = {name.lower(): (version, licence) for name, version, licence in report["about_rows"]}
    assert rows["qt"][1] == "LGPL-3.0-only"
    assert "LGPL-3.0-only" in rows["pyside6_essentials"][1]
    assert {"pyside6_addons", "shiboken6", "sqlalchemy", "httpx", "keyring"} <= set(rows)
    assert "psycopg" not in rows  # the server's driver is not bundled, so not listed
    assert all(licence and licence != "-" for _version, licence in rows.values())
    assert report["health_min_client_version"] == VERSION


def test_bundle_holds_only_the_qt_it_needs(build: ModuleType) -> None:
    folder = build.bundle_dir()
    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*")]
    assert not [
        n for n in names if any(m in n for m in ("Qt6Qml", "Qt6Quick", "WebEngine", "Designer", "Qt6Pdf"))
    ]
    assert not [n for n in names if "/qml/" in n or n.endswith("/qml")]
    plugins = {n.split("/plugins/")[1] for n in names if "/plugins/" in n and "." in n.rsplit("/", 1)[-1]}
    folders = {p.split("/")[0] for p in plugins}
    assert {"platforms", "imageformats", "iconengines"} <= folders
    assert not folders & {"sqldrivers", "tls", "egldeviceintegrations", "generic", "qmltooling", "multimedia"}
    if sys.platform.startswith("linux"):
        assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqsvg.so"} <= plugins
    qm = sorted(n.rsplit("/", 1)[-1] for n in names if n.endswith(".qm") and "enquiry_desk_" in n)
    assert qm == ["enquiry_desk_de.qm", "enquiry_desk_en.qm", "enquiry_desk_it.qm"]
    assert any(n.endswith("desktop/models/migrations/env.py") for n in names)
    assert any(n.endswith("central/migrations/env.py") for n in names)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_every_library_in_the_bundle_finds_its_dependencies(build: ModuleType) -> None:
    """Nothing that was dropped (installer/bundle_filter.py) is still needed by what stayed: each
    shared library resolves every library it links, from the bundle or the system."""
    folder = build.bundle_dir()
    # As at run time: the bootloader puts the bundle's library folder first on the search path.
    env = {**os.environ, "LD_LIBRARY_PATH": str(folder / "_internal")}
    missing = {}
    for path in [folder / "enquiry-desk", *folder.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[path.relative_to(folder).as_posix()] = lost
    assert missing == {}


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
def test_bundle_paints_on_x11_too(build: ModuleType, tmp_path: Path) -> None:
    """The xcb platform plugin and its libraries, as on a Linux desktop (Xvfb); the rest was
    checked offscreen above."""
    shot = tmp_path / "x11.png"
    env = clean_env(tmp_path, platform="xcb")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", str(build.executable())]
    command += ["--demo", "--enquiries", str(ENQUIRIES), "--screenshot", str(shot)]
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]
    assert_painted(shot)
