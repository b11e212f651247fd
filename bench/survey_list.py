"""A survey with 50k contacts in the cache: open the list, filter, search and sort, timed to the
repainted view (offscreen Qt). Targets as for the enquiry list: keystroke/filter/sort <= 16 ms.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python bench/survey_list.py [N]
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import text

from desktop.models.cache import open_cache, open_reader
from desktop.models.survey_queries import ContactQuery, page
from desktop.sync.survey_local import write_contacts
from desktop.views.list_rows import set_list_rows
from desktop.views.survey_model import SurveyContactModel

FIRST = ["Hans", "Maria", "Peter", "Julia", "Thomas", "Anna", "Giulia", "Paolo", "Francesca", "Stefan"]
LAST = ["Huber", "Rossi", "Gruber", "Wagner", "Pichler", "Bianchi", "Moser", "Mayr", "Ferrari", "Hofer"]
RATINGS = ["very satisfied", "satisfied", "neutral", "dissatisfied"]
NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


def build(path: Path, n: int) -> float:
    engine = open_cache(path)
    rng = random.Random(5)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        survey = {
            "id": "s1",
            "name": "Bench survey",
            "company_id": "hq",
            "starts": "2026-10-01",
            "ends": "2027-01-31",
            "agents": ["a1", "a2"],
            "ratings": RATINGS,
            "options": {},
        }
        conn.execute(
            text("INSERT INTO surveys VALUES ('s1', 'hq', 'Bench survey', :j)"), {"j": json.dumps(survey)}
        )
        batch = []
        for i in range(n):
            done = rng.random() < 0.3
            follow = (
                None
                if done or rng.random() < 0.5
                else {"at": (NOW + timedelta(hours=rng.randint(-5, 200))).isoformat(), "agent_id": "a1"}
            )
            batch.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128))),
                    "survey_id": "s1",
                    "person_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                    "agent_id": rng.choice(["a1", "a2"]),
                    "done": done,
                    "rating": rng.choice(RATINGS) if done else None,
                    "contact_made": done,
                    "follow_up": follow,
                    "appointment": None,
                    "notes": "",
                    "updated_at": NOW.isoformat(),
                }
            )
            if len(batch) == 5000:
                write_contacts(conn, batch, pending=set())
                batch = []
        write_contacts(conn, batch, pending=set())
    engine.dispose()
    return time.perf_counter() - t0


class Source:
    """What `DeskService.survey_page` does: the page query on the lists' plain sqlite3 reader."""

    def __init__(self, reader: sqlite3.Connection) -> None:
        self.reader = reader

    def survey_page(self, query: ContactQuery, *, offset: int, limit: int) -> list[tuple[object, ...]]:
        return page(self.reader, query, me="a1", today_end="2026-11-24T23:59:59Z", offset=offset, limit=limit)


class PaintClock(QObject):
    """Times an action until the list's viewport has painted, as bench/gui_list.py does: the view
    paints when Qt would (no forced repaint, which paints twice after rows were appended)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__()
        self.view = view
        self.paints = 0
        self.waiting: QEventLoop | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            if self.waiting is not None:
                self.waiting.quit()  # the loop returns once this paint is over
        return False

    def timed(self, action: Callable[[], object]) -> float:
        QApplication.processEvents()  # nothing left over from the last step
        before = self.paints
        t0 = time.perf_counter()
        action()
        if self.paints == before:
            self.waiting = QEventLoop()
            QTimer.singleShot(5000, self.waiting.quit)
            self.waiting.exec()
            self.waiting = None
        return (time.perf_counter() - t0) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    path = Path(tempfile.mkdtemp()) / "survey.sqlite3"
    print(f"built {n} survey contacts in {build(path, n):.1f} s")
    app = QApplication.instance() or QApplication(sys.argv)
    reader = open_reader(path)
    assert reader is not None
    model = SurveyContactModel(Source(reader), lambda i: i or "")
    view = QTableView()
    set_list_rows(view)  # as the survey area's table
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()  # the window's own first show and layout are not the list's cost
    clock = PaintClock(view)
    base = ContactQuery(survey_id="s1")
    opened = clock.timed(lambda: model.set_query(base))
    filters = {
        f: clock.timed(lambda f=f: model.set_query(ContactQuery(survey_id="s1", filter=f)))
        for f in ("open", "follow_up", "due_today", "done", "all")
    }
    keys = [
        clock.timed(lambda t=t: model.set_query(ContactQuery(survey_id="s1", search=t)))
        for word in ("Hub", "Ross", "Maria H")
        for t in (word[:k] for k in range(1, len(word) + 1))
    ]
    sorts = [
        clock.timed(lambda c=c, o=o: model.sort(c, o))
        for c in range(6)
        for o in (view.horizontalHeader().sortIndicatorOrder(),)
    ]
    plain_sorts = []  # no search, no filter: the sort index alone
    for column in range(6):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.set_query(base)
            plain_sorts.append(clock.timed(lambda c=column, o=order: model.sort(c, o)))
    scroll = []
    bar = view.verticalScrollBar()
    model.set_query(base)
    for _ in range(30):
        scroll.append(clock.timed(lambda: bar.setValue(bar.value() + bar.pageStep())))
    # Deep in the list: each block fetched as the view scrolls past row 40,000 (OFFSET re-scanned
    # everything before it; keyset paging starts at the last row shown).
    while len(model.rows) < 40_000 and model.canFetchMore():
        model.fetchMore()
    deep = [clock.timed(model.fetchMore) for _ in range(20) if model.canFetchMore()]
    print(f"open list: {opened:.1f} ms")
    print("filters: " + ", ".join(f"{k} {v:.1f} ms" for k, v in filters.items()))
    print(
        f"search keystroke: p50 {statistics.median(keys):.1f} ms, max {max(keys):.1f} ms ({len(keys)} keys)"
    )
    print(f"sort by column: p50 {statistics.median(sorts):.1f} ms, max {max(sorts):.1f} ms")
    print(
        f"sort without search (both orders): p50 {statistics.median(plain_sorts):.1f} ms, "
        f"max {max(plain_sorts):.1f} ms"
    )
    print(f"scroll a page: p50 {statistics.median(scroll):.1f} ms, max {max(scroll):.1f} ms")
    if deep:
        print(f"next block beyond row 40,000: p50 {statistics.median(deep):.1f} ms, max {max(deep):.1f} ms")


if __name__ == "__main__":
    main()
