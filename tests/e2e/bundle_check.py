"""Runs INSIDE the built bundle (`enquiry-desk --automation tests/e2e/bundle_check.py`), where only
what PyInstaller collected exists: what a bundle alone can get wrong, written as JSON to
$BUNDLE_CHECK_OUT for tests/e2e/test_bundle.py to judge.

- every module of desktop/, central/, enquiries/ imports (the lazily imported views and dialogs,
  the demo server's routers and jobs), and so do the libraries loaded by name at run time;
- our translations and Qt's own (qtbase) load; the SVG icon renders;
- an old cache (at c0003) migrates to the newest schema with the bundled migration scripts;
- QtCharts, the PDF writer, the Excel writer, TLS with certifi's certificates, the keyring backends;
- the About dialog lists the bundled libraries with licences, and the version is pyproject's;
- the embedded server's /health names that version as the minimum client version.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any


def _imports(report: dict[str, Any]) -> None:
    failed: dict[str, str] = {}
    count = 0
    for package in ("desktop", "central", "enquiries"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            count += 1
            try:
                importlib.import_module(info.name)
            except Exception as exc:
                failed[info.name] = repr(exc)
    # Loaded by name at run time, so an analysis of the code cannot see them.
    for name in (
        "uvicorn.loops.auto",
        "uvicorn.protocols.http.auto",
        "uvicorn.lifespan.on",
        "keyring.backends.fail",
        "sqlalchemy.dialects.sqlite.pysqlite",
    ):
        count += 1
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed[name] = repr(exc)
    report["modules"] = count
    report["import_failures"] = failed


def _translations(report: dict[str, Any], window: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    report["window_title"] = window.windowTitle()
    report["qt_cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")
    report["our_settings"] = QCoreApplication.translate("MainWindow", "Settings")


def _icon(report: dict[str, Any]) -> None:
    from desktop.views.icons import app_icon

    image = app_icon().pixmap(64, 64).toImage()
    opaque = sum(1 for x in range(0, 64, 4) for y in range(0, 64, 4) if image.pixelColor(x, y).alpha() > 0)
    report["icon_opaque_samples"] = opaque


def _old_cache(report: dict[str, Any]) -> None:
    from alembic import command
    from alembic.config import Config

    from desktop.models.cache import HEAD, MIGRATIONS, make_engine, open_cache

    path = Path(tempfile.mkdtemp(prefix="bundle-cache-")) / "old.sqlite3"
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        connection.exec_driver_sql("COMMIT")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "c0003")
        connection.exec_driver_sql("COMMIT")
    engine.dispose()
    engine = open_cache(path)  # what a start with an older cache does
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    report["old_cache_migrated_to"] = version
    report["cache_head"] = HEAD


def _libraries(report: dict[str, Any]) -> None:
    import io
    import ssl

    import certifi
    import xlsxwriter
    from PySide6.QtCharts import QChart, QChartView, QLineSeries
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    chart = QChart()
    series = QLineSeries()
    series.append(0, 1)
    series.append(1, 2)
    chart.addSeries(series)
    view = QChartView(chart)
    report["chart_view"] = type(view).__name__
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(100, 100, "Enquiry Desk")
    painter.end()
    buffer.close()
    report["pdf_starts"] = bytes(data.data()[:5]).decode("latin-1")
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.add_worksheet().write(0, 0, "Enquiry Desk")
    book.close()
    report["xlsx_bytes"] = len(out.getvalue())
    report["certifi_exists"] = os.path.exists(certifi.where())
    context = ssl.create_default_context(cafile=certifi.where())
    report["tls_ca_certs"] = len(context.get_ca_certs())
    from importlib import metadata

    # keyring finds its backends through entry points (the bundled metadata), then imports them;
    # whether one is usable depends on the desktop (no Secret Service without a D-Bus session).
    report["keyring_entry_points"] = sorted(e.value for e in metadata.entry_points(group="keyring.backends"))
    importable = []
    for backend in report["keyring_entry_points"]:
        try:
            importlib.import_module(backend)
            importable.append(backend)
        except Exception:
            pass
    report["keyring_importable"] = importable
    if sys.platform.startswith("linux"):
        import secretstorage

        report["secretstorage"] = secretstorage.__name__


def _about(report: dict[str, Any], window: Any) -> None:
    from desktop.views.about import AboutDialog

    dialog = AboutDialog(window)
    report["about_object_name"] = dialog.objectName()
    report["about_version"] = dialog.version
    report["about_rows"] = dialog.rows()
    dialog.deleteLater()


def _health(report: dict[str, Any], window: Any) -> None:
    from desktop.sync.version_check import minimum_from

    session = window.service.session
    report["health_min_client_version"] = minimum_from(session.sync.transport) if session else None


def drive(window: Any) -> None:
    report: dict[str, Any] = {"frozen": bool(getattr(sys, "frozen", False)), "errors": []}
    for step in (
        lambda: _imports(report),
        lambda: _translations(report, window),
        lambda: _icon(report),
        lambda: _old_cache(report),
        lambda: _libraries(report),
        lambda: _about(report, window),
        lambda: _health(report, window),
    ):
        try:
            step()
        except Exception:
            report["errors"].append(traceback.format_exc())
    Path(os.environ["BUNDLE_CHECK_OUT"]).write_text(json.dumps(report, indent=1), encoding="utf-8")
