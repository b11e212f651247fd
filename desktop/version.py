"""The client's version (pyproject.toml's, read from the installed or bundled metadata) and how two
versions compare, for the server's "minimum client version" (central/api/health.py)."""

from __future__ import annotations

import re
from importlib import metadata

DISTRIBUTION = "enquiry-desk"
_PART = re.compile(r"\d+")


def current() -> str:
    """This client's version; "0" when there is no metadata (a bare source tree never installed)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0"


def parse(version: str) -> tuple[int, ...]:
    """The release numbers of `version` ("1.2.3rc1" -> (1, 2, 3)); trailing zeros dropped, so
    "1.2" and "1.2.0" are equal. Anything unreadable is (0,): never newer than a real version."""
    numbers: list[int] = []
    for part in version.strip().lstrip("vV").split("."):
        match = _PART.match(part)
        if match is None:
            break
        numbers.append(int(match.group()))
        if match.end() != len(part):  # "3rc1": the release part ends here
            break
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers) or (0,)


def older(version: str, than: str) -> bool:
    return parse(version) < parse(than)
