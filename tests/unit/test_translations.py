"""Every visible string exists in German, Italian and English, and the .ts files follow the code.

A new `self.tr("...")` (or QT_TRANSLATE_NOOP) without a translation fails here: run
`make translations`, translate what is new in resources/translations/enquiry_desk_{de,it}.ts
and run `make translations` again to compile the .qm files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt's qapp exists: no display needed
ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "it", "en")
BIN = Path(sys.executable).parent
# Qt's %1..%99 and %n, Python's %s/%d and {name}.
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|s|d)|\{\w*\}")
FIX = "run `make translations` and translate the new messages in resources/translations/*.ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or its numerus forms

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name} message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return messages


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"enquiry_desk_{language}.ts"


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found next to {sys.executable} or on PATH (it comes with PySide6)")
    return str(found)


@pytest.fixture(scope="module")
def catalogues() -> dict[str, list[Message]]:
    missing = [ts_path(lang).name for lang in LANGUAGES if not ts_path(lang).is_file()]
    assert not missing, f"missing translation sources {missing}: {FIX}"
    return {lang: read_ts(ts_path(lang)) for lang in LANGUAGES}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in the code now (the same call as scripts/translations.sh)."""
    out = tmp_path_factory.mktemp("lupdate") / "enquiry_desk_de.ts"
    shutil.copy(ts_path("de"), out)  # update a copy: the committed file stays untouched
    result = subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "de",
            "enquiries",
            "desktop",
            "-ts",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return read_ts(out)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(catalogues: dict[str, list[Message]], language: str) -> None:
    """de and it by hand; en too (singular ones are its source text, plural ones need real forms)."""
    problems = []
    for m in catalogues[language]:
        if m.kind:
            problems.append(f"{m} is {m.kind}")
        elif not m.forms or any(not form.strip() for form in m.forms):
            problems.append(f"{m} has an empty translation")
    assert not problems, f"enquiry_desk_{language}.ts:\n  " + "\n  ".join(problems) + f"\n{FIX}"


def test_languages_have_the_same_messages(catalogues: dict[str, list[Message]]) -> None:
    keys = {lang: {m.key for m in messages} for lang, messages in catalogues.items()}
    assert keys["de"] == keys["it"] == keys["en"], FIX
    assert len(keys["de"]) > 250  # sanity: the whole application, not an empty file


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_edges_are_kept(catalogues: dict[str, list[Message]], language: str) -> None:
    problems = []
    for m in catalogues[language]:
        wanted = Counter(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if Counter(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{m}: placeholders of {form!r} differ from the source")
            if m.source[:1].isspace() != form[:1].isspace() or m.source.endswith("…") != form.endswith("…"):
                problems.append(f"{m}: {form!r} does not start/end like the source (space, …)")
            if m.source.count("\n") != form.count("\n"):
                problems.append(f"{m}: {form!r} has a different number of lines")
            if m.source.endswith("{detail}") and not form.endswith("{detail}"):
                # labels.tr_label cuts a trailing {detail} off when there is none to show
                problems.append(f"{m}: {form!r} must end with {{detail}} like the source")
    assert not problems, f"enquiry_desk_{language}.ts:\n  " + "\n  ".join(problems)


def test_plural_messages_fill_every_numerus_form(catalogues: dict[str, list[Message]]) -> None:
    for language, messages in catalogues.items():
        plural = [m for m in messages if m.numerus]
        assert plural, "the sync status counts changes with a plural form"
        for m in plural:
            assert len(m.forms) == 2, f"{language}: {m} needs the two numerus forms of {language}"


def test_ts_files_are_up_to_date_with_the_code(
    catalogues: dict[str, list[Message]], extracted: list[Message]
) -> None:
    in_code = {m.key for m in extracted}
    committed = {m.key for m in catalogues["de"]}
    new = sorted(f"{c}: {s!r}" for c, s, _, _ in in_code - committed)
    gone = sorted(f"{c}: {s!r}" for c, s, _, _ in committed - in_code)
    assert not new and not gone, (
        f"resources/translations/*.ts are behind the code.\n  new: {new}\n  no longer used: {gone}\n{FIX}"
    )


def test_refusals_are_all_extracted(extracted: list[Message]) -> None:
    """The rules' messages use a Qt-free marker of Qt's name: lupdate must still see every one."""
    from enquiries.refusals import CTX, MESSAGES

    found = {m.source for m in extracted if m.context == CTX}
    assert set(MESSAGES.values()) <= found


def test_admin_refusals_are_all_extracted(extracted: list[Message]) -> None:
    """The server's refusals as the client says them (Qt-free table): lupdate sees every one."""
    from desktop.admin_refusals import CTX, ENTRY, FIELDS, SENTENCES, STEP, WITH_FIELD

    found = {m.source for m in extracted if m.context == CTX}
    assert {*SENTENCES.values(), *FIELDS.values(), STEP, ENTRY, WITH_FIELD} <= found


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files compiled now, in one lrelease run (as scripts/translations.sh does)."""
    folder = tmp_path_factory.mktemp("lrelease")
    sources = [shutil.copy(ts_path(lang), folder / ts_path(lang).name) for lang in LANGUAGES]
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-fail-on-invalid", *map(str, sources)], check=True, timeout=60
    )
    return {lang: folder / f"enquiry_desk_{lang}.qm" for lang in LANGUAGES}


EXPECTED = {
    "de": {
        ("Action", "Accept enquiry"): "Anfrage annehmen",
        ("Column", "Holder"): "Bearbeiter",
        ("Refusal", "{name} works for another company."): "{name} arbeitet für eine andere Firma.",
    },
    "it": {
        ("Action", "Accept enquiry"): "Accettare richiesta",
        ("Column", "Holder"): "Responsabile",
        ("Refusal", "{name} works for another company."): "{name} lavora per un'altra azienda.",
    },
    "en": {
        ("Action", "Accept enquiry"): "Accept enquiry",
        ("Column", "Holder"): "Holder",
        ("Refusal", "{name} works for another company."): "{name} works for another company.",
    },
}
PLURAL = {
    "de": ("%n Änderung wartet", "%n Änderungen warten"),
    "it": ("%n modifica in attesa", "%n modifiche in attesa"),
    "en": ("%n change waiting", "%n changes waiting"),
}


def check_qm(path: Path, language: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(path)), f"{path} does not load"
    assert translator.language() == language
    for (context, source), text in EXPECTED[language].items():
        assert translator.translate(context, source) == text
    one, many = PLURAL[language]
    assert translator.translate("SyncStatus", "%n change(s) waiting", "", 1) == one
    assert translator.translate("SyncStatus", "%n change(s) waiting", "", 3) == many


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_compiles_to_a_working_qm(compiled: dict[str, Path], language: str) -> None:
    check_qm(compiled[language], language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_installed_qm_is_built_from_the_current_ts(compiled: dict[str, Path], language: str) -> None:
    """The file the application loads (desktop.views.i18n) exists and is not stale."""
    from desktop.views.i18n import TRANSLATIONS as LOADED_FROM

    installed = LOADED_FROM / f"enquiry_desk_{language}.qm"
    assert installed.is_file(), f"{installed} is missing: run `make translations` (the install builds it)"
    check_qm(installed, language)
    assert installed.read_bytes() == compiled[language].read_bytes(), (
        f"{installed.name} is stale: run `make translations`"
    )


def test_application_translates_through_qcoreapplication(qapp: object, compiled: dict[str, Path]) -> None:
    """The way the views ask: QCoreApplication.translate with an installed translator, %n filled in."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled["de"]))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Status", "offered") == "angeboten"
        assert (
            QCoreApplication.translate("SyncStatus", "%n change(s) waiting", "", 2) == "2 Änderungen warten"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
