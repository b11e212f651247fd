"""Translation markers for the rules package.

`enquiries` must not import Qt, yet its refusal messages are shown to users in their language.
The marker below has the same name and shape as Qt's, so `pyside6-lupdate` collects the strings
into the `.ts` files; the desktop translates them with `QCoreApplication.translate(context, text)`
and the server answers in English (the source language).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
