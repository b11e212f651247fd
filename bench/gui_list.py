"""The enquiry list under load: start, typing, sorting, scrolling and memory at 100k and 1M enquiries.

Each variant runs in its own process on the offscreen Qt platform (QT_QPA_PLATFORM=offscreen):

* ours: the real `MainWindow` over a `DeskService` on a synthetic cache
  (bench/synthetic_cache.py), built as `desktop/views/app.py` builds it for a stored sign-in
  (`Desk.from_cache`: the window over a plain sqlite3 reader; after its first paint the session,
  with the server unreachable at http://127.0.0.1:9, and the background sync, which fails fast).
  The interactions start once that is done ("signed in and syncing").
* baseline: a plain `QSqlQueryModel` in a `QTableView` over the same file (QSQLITE driver),
  `SELECT number, status, ... FROM enquiries ORDER BY received_at DESC`.

Figures (all wall time, `time.perf_counter`, CLOCK_MONOTONIC so parent and child agree):

* start: from the child's very first line (and from the parent's spawn, which adds the interpreter
  start) to the end of the first paint of the list's viewport (an event filter for QEvent.Paint on
  `view.viewport()`; the paint is over when a zero-timer queued in that filter fires); also from
  "window construction begins" to that paint. STARTS runs per variant, interleaved; medians.
* keystroke: `searchBox.setText(prefix)` for each prefix of "Hub", "Mün", "8033", then
  `processEvents()` until the viewport has painted (p50 / max). The baseline runs the same FTS5
  search with its plain ORDER BY, for comparison only.
* sort: `horizontalHeader().setSortIndicator(col, order)` (what a header click does; Qt 6's
  `sortByColumn` would sort twice) until painted, per column.
* scroll: `verticalScrollBar().setValue(v + pageStep)` until painted, PAGES pages from the top;
  the pages whose scroll ran `fetchMore` (a block of 400 rows) are reported apart.
* memory: VmHWM (this process image's own peak RSS) and ru_maxrss at the end of the child.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. ENQUIRY_FAST_HASH=1 .venv/bin/python bench/gui_list.py \
        [--sizes 100000,1000000] [--cache-dir /tmp/enquiry-gui-bench] [--starts 3] [--profile DIR] \
        [--encrypted]

With --encrypted our window works on a SQLCipher copy of the cache (as every cache is since issue
14: the key raw, 8 KB cipher pages; desktop/models/cache_key.py), the baseline on the plain file:
the ratio then includes the encryption's cost.

Caches are built once into --cache-dir (1M: a few minutes, ~2.6 GB) and reused on later runs.
With --profile DIR an extra run of our window's interactions is profiled (DIR/ours-<size>.prof).
"""

import time

T_FIRST_LINE = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.memory import hwm_mb, maxrss_mb  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100_000, 1_000_000)
STARTS = 3
PAGES = 60
WORDS = ("Hub", "Mün", "8033")
SORTS = ((2, "asc", "Contact"), (4, "asc", "City"), (3, "desc", "Postcode"), (8, "asc", "Received"))
BASELINE_COLUMNS = (
    "number, status, contact_name, postcode, city, type, product_interest, channel, received_at, deadline"
)
BASELINE_SQL = f"SELECT {BASELINE_COLUMNS} FROM enquiries ORDER BY received_at DESC"
UNREACHABLE = "http://127.0.0.1:9"


KEY_ENV = "BENCH_CACHE_KEY"  # hex: the encrypted copy's key, handed to our window's child


def _key() -> bytes | None:
    raw = os.environ.get(KEY_ENV)
    return bytes.fromhex(raw) if raw else None


# --- the child: one window, measured -------------------------------------------------------------
class Child:
    def __init__(self, variant: str, path: Path, interact: bool, profile: str | None) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        self.variant, self.path, self.interact, self.profile = variant, path, interact, profile
        self.out: dict[str, Any] = {"variant": variant}
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.paints = 0
        self.modules_at_paint = 0
        child = self

        self.waiting: Any = None  # a QEventLoop waiting for the next paint

        class PaintWatch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    child.paints += 1
                    if child.paints == 1:
                        child.modules_at_paint = len(sys.modules)
                        QTimer.singleShot(0, child.first_painted)  # runs once the paint is over
                    if child.waiting is not None:
                        child.waiting.quit()  # the loop returns once this paint is over
                return False

        self.watch = PaintWatch()

    # start-up, as desktop/views/app.py does it with a stored sign-in (minus keyring and logging):
    # the window over the cache first, then (after the first paint) the session and the sync
    def open_ours(self) -> Any:
        from desktop.views import i18n
        from desktop.views.app import Desk

        self.app.setApplicationName("Enquiry Desk")
        self.app.setOrganizationName("EnquiryDesk")
        i18n.install("en")
        self.out["t_window"] = time.perf_counter()
        desk = Desk.from_cache(self.path, self.connect, key=_key())
        if desk is None:
            raise RuntimeError(f"{self.path} is not a cache at the current schema")
        self.desk = desk
        window = desk.window
        self.out["t_window_built"] = time.perf_counter()
        self.service = desk.service
        self.view = window.list
        self.model = window.model
        self.search = window.search
        self.view.viewport().installEventFilter(self.watch)
        window.show()
        return window

    def connect(self) -> Any:
        """What `open_session` does for a stored sign-in with the server unreachable: the cache,
        a transport that fails at once (the real one tries the token first, also failing at once)."""
        from desktop.models.cache import open_cache
        from desktop.sync.engine import SyncEngine
        from desktop.sync.session import DeskSession
        from desktop.sync.transport import Tokens, Transport

        transport = Transport(UNREACHABLE, timeout=5)
        # Signed in on an earlier run: with no tokens at all, the first sync would answer SignedOut.
        transport.tokens = Tokens("offline", "offline")
        engine = SyncEngine(open_cache(self.path, _key()), transport)
        return DeskSession(UNREACHABLE, "bench", self.path, engine, remember=False, key=_key())

    def open_baseline(self) -> Any:
        from PySide6.QtSql import QSqlDatabase, QSqlQueryModel
        from PySide6.QtWidgets import QTableView

        self.db = QSqlDatabase.addDatabase("QSQLITE")
        self.db.setDatabaseName(str(self.path))
        if not self.db.open():
            raise RuntimeError(self.db.lastError().text())
        self.out["t_window"] = time.perf_counter()
        self.model = QSqlQueryModel()
        self.model.setQuery(BASELINE_SQL, self.db)
        view = QTableView()
        view.setModel(self.model)
        view.resize(1400, 820)
        self.out["t_window_built"] = time.perf_counter()
        self.view = view
        self.view.viewport().installEventFilter(self.watch)
        view.show()
        return view

    def run(self) -> dict[str, Any]:
        self.window = self.open_ours() if self.variant == "ours" else self.open_baseline()
        self.app.exec()
        if self.variant == "ours":
            self.desk.stop()
        self.out["hwm_mb"] = hwm_mb()
        self.out["maxrss_mb"] = maxrss_mb()
        return self.out

    def first_painted(self) -> None:
        self.out["t_first_line"] = T_FIRST_LINE
        self.out["t_first_paint"] = time.perf_counter()
        self.out["rows_loaded"] = self.model.rowCount()
        self.out["hwm_first_paint_mb"] = hwm_mb()
        if self.variant == "ours":  # wait until signed in and syncing, as a user would see it
            while not (self.desk.finished and self.service.started):
                self.app.processEvents()
            self.out["t_ready"] = time.perf_counter()
            self.out["hwm_ready_mb"] = hwm_mb()
            self.out["modules_at_paint"] = self.modules_at_paint
        if self.interact:
            import cProfile

            profiler = cProfile.Profile() if self.profile else None
            if profiler:
                profiler.enable()
            self.measure()
            if profiler and self.profile:
                profiler.disable()
                profiler.dump_stats(self.profile)
        self.app.quit()

    # interactions
    def until_painted(self, action: Any) -> float:
        """ms from `action()` until the viewport has painted (or was made to, after 5 s)."""
        from PySide6.QtCore import QEventLoop, QTimer

        self.app.processEvents()  # nothing left over from the last step
        before = self.paints
        started = time.perf_counter()
        action()
        if self.paints == before:  # not painted synchronously: run the event loop until it is
            self.waiting = QEventLoop()
            QTimer.singleShot(5000, self.waiting.quit)
            self.waiting.exec()
            self.waiting = None
        if self.paints == before:
            self.view.viewport().repaint()
            self.out["forced_repaints"] = self.out.get("forced_repaints", 0) + 1
        return (time.perf_counter() - started) * 1000

    def measure(self) -> None:
        if self.variant == "ours":
            typing = []
            for word in WORDS:
                if self.search.text():
                    self.until_painted(lambda: self.search.setText(""))
                for k in range(1, len(word) + 1):
                    typing.append([word[:k], self.until_painted(lambda p=word[:k]: self.search.setText(p))])
                typing.append([word + " (hits)", self.model.rowCount()])
            self.until_painted(lambda: self.search.setText(""))
        else:
            typing = []
            for word in WORDS:
                for k in range(1, len(word) + 1):
                    typing.append([word[:k], self.until_painted(lambda p=word[:k]: self._baseline_search(p))])
            self.until_painted(lambda: self.model.setQuery(BASELINE_SQL, self.db))
        self.out["typing"] = typing
        self.out["sort"] = [[name, order, self.sort(col, order)] for col, order, name in SORTS]
        self.out["sort_back"] = self.sort(8, "desc")  # back to newest first for scrolling
        self.view.scrollToTop()
        self.app.processEvents()
        scrollbar = self.view.verticalScrollBar()
        pages = []
        for _ in range(PAGES):
            rows = self.model.rowCount()
            ms = self.until_painted(lambda: scrollbar.setValue(scrollbar.value() + scrollbar.pageStep()))
            pages.append([ms, self.model.rowCount() > rows])
        self.out["scroll"] = pages
        self.out["rows_after_scroll"] = self.model.rowCount()

    def sort(self, column: int, order: str) -> float:
        from PySide6.QtCore import Qt

        qt_order = Qt.SortOrder.AscendingOrder if order == "asc" else Qt.SortOrder.DescendingOrder
        if self.variant == "ours":  # what a click does; `sortByColumn` would sort twice (Qt 6)
            header = self.view.horizontalHeader()
            return self.until_painted(lambda: header.setSortIndicator(column, qt_order))
        name = BASELINE_COLUMNS.split(", ")[column]
        sql = f"SELECT {BASELINE_COLUMNS} FROM enquiries ORDER BY {name} {order.upper()}"
        return self.until_painted(lambda: self.model.setQuery(sql, self.db))

    def _baseline_search(self, prefix: str) -> None:
        from desktop.models.queries import fts_expression

        where = "rowid IN (SELECT rowid FROM enquiries_fts WHERE enquiries_fts MATCH '{}')".format(
            fts_expression(prefix).replace("'", "''")
        )
        self.model.setQuery(
            f"SELECT {BASELINE_COLUMNS} FROM enquiries WHERE {where} ORDER BY received_at DESC", self.db
        )


def pin_none() -> None:
    """Keep None alive under PySide6 6.12 on CPython 3.11.

    That combination drops one reference to None on every call of a Qt method that returns
    nothing (`setObjectName`, `processEvents`, `beginResetModel`, ...): after a few thousand such
    calls CPython aborts with "none_dealloc: deallocating None" (`EnquiryListModel.set_query` alone
    loses two). CPython 3.12 made None immortal, so there it is harmless. The benchmark must
    survive its thousands of calls, so it adds 2**40 references up front (no memory is used; see
    CLIENT.md).
    """
    import ctypes

    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def child_main(variant: str, path: Path, interact: bool, profile: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    pin_none()
    result = Child(variant, path, interact, profile).run()
    print("RESULT " + json.dumps(result))


# --- the driver ---------------------------------------------------------------------------------
def ensure_cache(folder: Path, size: int) -> Path:
    path = folder / f"synthetic-{size}.sqlite3"
    if path.exists():
        # Bring an older bench cache to the current schema once, outside the timed starts (the app
        # migrates before its first window too; a migration is not a start-up figure).
        migrate = "import sys; from pathlib import Path; from desktop.models.cache import open_cache; "
        migrate += "open_cache(Path(sys.argv[1])).dispose()"
        subprocess.run([sys.executable, "-c", migrate, str(path)], check=True, cwd=ROOT)
        return path
    free = shutil.disk_usage(folder).free / 1e9
    print(f"  [building {path} ({size:,} enquiries; {free:,.0f} GB free on its disk) ...]", flush=True)
    partial = folder / f"partial-{size}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    command = [sys.executable, str(ROOT / "bench" / "synthetic_cache.py"), str(partial), str(size)]
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    partial.rename(path)  # the build ends with the engine disposed: WAL checkpointed, no -wal left
    return path


def encrypted_copy(plain: Path) -> tuple[Path, bytes]:
    """A SQLCipher copy of `plain` beside it (made once) and its key."""
    from desktop.models.cache_encrypt import encrypt_plain

    target = plain.with_name(plain.stem + ".encrypted.sqlite3")
    key_file = target.with_suffix(".key")
    if not (target.exists() and key_file.exists()):
        print(f"  [encrypting a copy: {target}]", flush=True)
        partial = target.with_name("partial-" + target.name)
        shutil.copyfile(plain, partial)
        key = os.urandom(32)
        encrypt_plain(partial, key)
        key_file.write_text(key.hex())
        partial.rename(target)
    return target, bytes.fromhex(key_file.read_text())


def spawn(
    variant: str, path: Path, *, interact: bool, profile: str | None, key: bytes | None = None
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="gui-bench-home-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "ENQUIRY_FAST_HASH": "1",
            "XDG_CONFIG_HOME": home,  # no stored window geometry or language: a first start
            "XDG_DATA_HOME": home,
        }
        if key is not None:
            env[KEY_ENV] = key.hex()
        command = [sys.executable, str(Path(__file__).resolve()), "--child", variant, str(path)]
        if interact:
            command.append("--interact")
        if profile:
            command += ["--profile", profile]
        spawned = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    if done.returncode or not lines:
        raise RuntimeError(f"{variant} child failed ({done.returncode}):\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(lines[-1][len("RESULT ") :])
    result["t_spawn"] = spawned
    return result


def start_figures(r: dict[str, Any]) -> tuple[float, float, float, float]:
    """ms: first line -> paint, spawn -> paint, window construction -> paint, construction itself."""
    paint = r["t_first_paint"]
    return (
        (paint - r["t_first_line"]) * 1000,
        (paint - r["t_spawn"]) * 1000,
        (paint - r["t_window"]) * 1000,
        (r["t_window_built"] - r["t_window"]) * 1000,
    )


def report(size: int, starts: dict[str, list[dict[str, Any]]], full: dict[str, dict[str, Any]]) -> None:
    from bench.common import print_table

    key_target = 16 if size <= 100_000 else 33
    rows = []
    medians: dict[str, float] = {}
    for variant in ("ours", "baseline"):
        figures = [start_figures(r) for r in starts[variant]]
        med = [statistics.median(f[i] for f in figures) for i in range(4)]
        medians[variant] = med[0]
        rows.append([variant, len(figures), *med, min(f[0] for f in figures), max(f[0] for f in figures)])
    print_table(
        f"start to first painted list, {size:,} enquiries, offline (target <= 800 ms and <= 3x baseline); "
        "ms, medians",
        [
            "variant",
            "runs",
            "first line->paint",
            "spawn->paint",
            "window->paint",
            "window built",
            "min",
            "max",
        ],
        rows,
    )
    ratio = medians["ours"] / medians["baseline"]
    print(f"  ours / baseline (first line -> paint): {ratio:.1f}x")
    ready = [(r["t_ready"] - r["t_first_line"]) * 1000 for r in starts["ours"]]
    print(
        f"  ours, first line -> signed in and syncing (after the paint): "
        f"median {statistics.median(ready):.0f} ms"
        f"; modules imported at the first paint: {starts['ours'][0]['modules_at_paint']}"
    )

    rows = []
    for variant in ("ours", "baseline"):
        typed = [t for t in full[variant]["typing"] if not str(t[0]).endswith("(hits)")]
        ms = sorted(t[1] for t in typed)
        detail = "  ".join(
            f"{t[0]}:{t[1]:.0f}" for t in full[variant]["typing"] if not str(t[0]).endswith(")")
        )
        rows.append([variant, len(ms), statistics.median(ms), ms[-1], detail])
    print_table(
        f"keystroke in the search box to repainted list, {size:,} (target <= {key_target} ms; baseline: "
        "same FTS search, plain ORDER BY)",
        ["variant", "keys", "p50 ms", "max ms", "per prefix (ms)"],
        rows,
    )
    hits = [t for t in full["ours"]["typing"] if str(t[0]).endswith("(hits)")]
    print("  rows loaded after each word: " + ", ".join(f"{t[0][:-7]} {t[1]:,}" for t in hits))

    rows = []
    for variant in ("ours", "baseline"):
        rows.append(
            [variant, *[f"{s[2]:.0f}" for s in full[variant]["sort"]], f"{full[variant]['sort_back']:.0f}"]
        )
    print_table(
        f"sort by a column (header click) to repainted list, {size:,}; ms (target <= 16 ms)",
        ["variant", *[f"{name} {order}" for _c, order, name in SORTS], "Received desc"],
        rows,
    )

    rows = []
    for variant in ("ours", "baseline"):
        pages = full[variant]["scroll"]
        plain = sorted(p[0] for p in pages if not p[1])
        fetching = sorted(p[0] for p in pages if p[1])
        rows.append(
            [
                variant,
                len(pages),
                statistics.median(plain) if plain else "-",
                plain[-1] if plain else "-",
                len(fetching),
                statistics.median(fetching) if fetching else "-",
                fetching[-1] if fetching else "-",
                full[variant]["rows_after_scroll"],
            ]
        )
    print_table(
        f"scroll one page down to repainted list, {size:,}; ms (target <= 16 ms)",
        ["variant", "pages", "p50", "max", "with fetchMore", "p50", "max", "rows loaded"],
        rows,
    )

    rows = []
    for variant in ("ours", "baseline"):
        r = full[variant]
        rows.append(
            [
                variant,
                r["hwm_first_paint_mb"],
                r.get("hwm_ready_mb", "-"),
                r["hwm_mb"],
                r["maxrss_mb"],
                r.get("forced_repaints", 0),
            ]
        )
    print_table(
        f"memory, {size:,} (target <= 150 MB at 1M)",
        [
            "variant",
            "VmHWM at first paint MB",
            "when syncing MB",
            "VmHWM at end MB",
            "ru_maxrss MB",
            "forced repaints",
        ],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "enquiry-gui-bench")
    parser.add_argument("--starts", type=int, default=STARTS)
    parser.add_argument("--profile", type=Path, help="folder for cProfile statistics of our interactions")
    parser.add_argument("--child", nargs=2, metavar=("VARIANT", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--interact", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--encrypted", action="store_true", help="our window on a SQLCipher copy of the cache"
    )
    args = parser.parse_args()
    if args.child:
        child_main(
            args.child[0], Path(args.child[1]), args.interact, str(args.profile) if args.profile else None
        )
        return
    sys.path.insert(0, str(ROOT))
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"enquiry list benchmarks, offscreen Qt, {os.cpu_count()} CPUs, load {load}")
    print(f"  [caches in {args.cache_dir}]")
    for size in (int(s) for s in args.sizes.split(",")):
        path = ensure_cache(args.cache_dir, size)
        print(f"\n  [{path.name}: {path.stat().st_size / 1e6:,.0f} MB]", flush=True)
        ours_path, key = encrypted_copy(path) if args.encrypted else (path, None)
        paths = {"baseline": (path, None), "ours": (ours_path, key)}
        starts: dict[str, list[dict[str, Any]]] = {"ours": [], "baseline": []}
        for _ in range(args.starts):
            for variant in ("baseline", "ours"):
                where, with_key = paths[variant]
                starts[variant].append(spawn(variant, where, interact=False, profile=None, key=with_key))
        full = {
            variant: spawn(variant, paths[variant][0], interact=True, profile=None, key=paths[variant][1])
            for variant in ("baseline", "ours")
        }
        report(size, starts, full)
        if args.profile:  # an extra run: cProfile slows everything down
            profile = args.profile / f"ours-{size}.prof"
            spawn("ours", ours_path, interact=True, profile=str(profile), key=key)
            print(f"  [interactions of our window, profiled in an extra run -> {profile}]")


if __name__ == "__main__":
    main()
