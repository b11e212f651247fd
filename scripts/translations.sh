#!/usr/bin/env bash
# Refresh and compile the translations of Enquiry Desk (German, Italian, English).
#
#   scripts/translations.sh            lupdate + fill English + lrelease   (= `make translations`)
#   scripts/translations.sh --release  lrelease only                       (run by the install stamp)
#
# Sources of the strings: the Python files under enquiries/ and desktop/ (self.tr,
# QCoreApplication.translate, QT_TRANSLATE_NOOP — the rules' refusals use a Qt-free function of
# that name in enquiries/i18n.py). lupdate cannot see inside f-strings: keep tr() calls outside.
#
# Files, in resources/translations/:
#   enquiry_desk_{de,it,en}.ts  the sources, committed. German and Italian are translated by hand
#                               (terms: the glossary "Words" of the design notes). English is the
#                               source language: the update step marks each new singular message
#                               "finished" with its source text; plural messages need their
#                               English numerus forms by hand ("%n change waiting" / "%n changes
#                               waiting"). Obsolete entries are dropped (-no-obsolete); source
#                               locations are not stored (-locations none) so that edits
#                               elsewhere in a file do not churn the .ts files.
#   enquiry_desk_{de,it,en}.qm  build output, NOT committed: made by this script, by
#                               `make translations` and by the install (`make setup`, the $(STAMP)
#                               rule), so every checkout that was set up has them. Packagers run
#                               `scripts/translations.sh --release` before bundling resources/.
#
# tests/unit/test_translations.py fails `make test` when a message lacks a German or Italian
# translation, when placeholders differ, or when the .ts files are behind the code (then run
# `make translations` and translate what is new).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="${VENV_BIN:-.venv/bin}"
DIR="resources/translations"
LANGUAGES=(de it en)
SOURCES=(enquiries desktop)

release() {
  for lang in "${LANGUAGES[@]}"; do
    "$BIN/pyside6-lrelease" -silent -fail-on-invalid "$DIR/enquiry_desk_$lang.ts" \
      -qm "$DIR/enquiry_desk_$lang.qm"
  done
}

if [ "${1:-}" = "--release" ]; then
  release
  exit 0
fi
if [ $# -gt 0 ]; then
  echo "usage: $0 [--release]" >&2
  exit 2
fi

mkdir -p "$DIR"
for lang in "${LANGUAGES[@]}"; do
  "$BIN/pyside6-lupdate" -silent -extensions py -no-obsolete -locations none \
    -source-language en -target-language "$lang" "${SOURCES[@]}" -ts "$DIR/enquiry_desk_$lang.ts"
done

# English: the source text is the translation of every singular message (also of one whose
# source changed, which lupdate marks unfinished with the old text).
"$BIN/python" - "$DIR/enquiry_desk_en.ts" <<'EOF'
import re
import sys
from pathlib import Path

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
# Singular messages only (numerus messages start with <message numerus="yes">). lupdate escapes
# '<' in texts, so [^<]* stays inside one element; the source is copied as it is escaped. An
# <oldsource> or a comment may come between source and translation.
pattern = re.compile(
    r'(<message>\s*<source>([^<]*)</source>\s*(?:<(?!translation)(\w+)>[^<]*</\3>\s*)*)'
    r'<translation type="unfinished">[^<]*</translation>'
)
new, count = pattern.subn(lambda m: f"{m.group(1)}<translation>{m.group(2)}</translation>", text)
if count:
    path.write_text(new, encoding="utf-8")
    print(f"{path}: {count} English message(s) filled from their source text")
EOF

release
unfinished=$(grep -c 'type="unfinished"' "$DIR"/enquiry_desk_*.ts || true)
echo "$unfinished" | grep -v ':0$' | sed 's/$/ unfinished: please translate/' || true
