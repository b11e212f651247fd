"""German words for the report strings, as a translator the tests install: the real .qm files
get them later (scripts/translations.sh), and a test of "translated when exported" must not
depend on that. Long words on purpose: the charts must not clip them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

GERMAN = {
    "Received": "Eingegangen",
    "Offered": "Angeboten",
    "Accepted": "Angenommen",
    "Processed further": "Weiterbearbeitet",
    "Partner": "Partner",
    "Channel": "Kanal",
    "Total": "Gesamt",
    "accepted": "angenommen",
    "declined": "abgelehnt",
    "expired": "abgelaufen",
    "withdrawn": "zurückgezogen",
    "waiting": "wartet auf Antwort",
    "with head office": "bei der Zentrale",
    "Outcome of the offers by %1": "Ergebnis der Angebote nach %1",
    "Outcome of the offers": "Ergebnis der Angebote",
    "Offer rounds": "Angebotsrunden",
    "Others (%1)": "Weitere (%1)",
    "Volume over time": "Eingänge im Zeitverlauf",
    "Time to decision: median %1 h, p90 %2 h": "Zeit bis zur Entscheidung: Median %1 h, p90 %2 h",
    "Working hours from offer to answer": "Arbeitsstunden vom Angebot bis zur Antwort",
    "From enquiry to processing (% of received)": "Von der Anfrage zur Weiterbearbeitung (% der Eingänge)",
    "No enquiries in this range": "Keine Anfragen in diesem Zeitraum",
    "Outcome": "Ergebnis",
    "Number": "Nummer",
    "yes": "ja",
    "no": "nein",
    "first activity (note, document, task or contact)": "erste Tätigkeit (Notiz, Dokument, …)",
    "won": "gewonnen",
    "Details": "Einzelheiten",
    "Grouped": "Gruppiert",
}


class GermanReport(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "Report" and source in GERMAN:
            return GERMAN[source]
        return None


@contextmanager
def german() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = GermanReport(app)
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
