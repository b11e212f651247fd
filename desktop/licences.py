"""The libraries the client runs on, with their versions and licences, from importlib.metadata.

The About dialog lists them at run time. From a source install that is what enquiry-desk requires,
followed through their own requirements (extras only where asked for, environment markers
evaluated), as installed; in the bundle it is every distribution whose metadata the bundle holds:
the PyInstaller spec (installer/enquiry-desk.spec) copies the metadata of that same list, less
`NOT_BUNDLED`, so the bundle names exactly what it ships.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from typing import Any

ROOT = "enquiry-desk"
# The PostgreSQL driver is the server's; the client's embedded demo server runs on SQLite. numpy
# only speeds up head office's reports from the per-day figures (central/store/report_cube_query.py);
# without it the demo server answers them from the facts.
NOT_BUNDLED = frozenset({"psycopg", "psycopg-binary", "psycopg-c", "psycopg-pool", "numpy"})
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;(.*))?$")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _marker_holds(marker: str, extras: set[str]) -> bool:
    """Whether an environment marker holds here. With `packaging` (always there at build time)
    it is evaluated; without it only the `extra == ...` part is, and everything else counts as
    holding (a requirement that does not apply here is then simply not installed)."""
    marker = marker.strip()
    if not marker:
        return True
    try:
        from packaging.markers import Marker
    except ImportError:
        wanted = _EXTRA.findall(marker)
        return not wanted or bool(set(map(canonical, wanted)) & extras)
    parsed = Marker(marker)
    if "extra" not in marker:
        return bool(parsed.evaluate())
    return any(parsed.evaluate({"extra": extra}) for extra in extras)


def required(root: str = ROOT) -> list[str]:
    """Canonical names of `root` and of every installed distribution it needs, in a stable order."""
    seen: dict[str, None] = {}
    queue: list[tuple[str, set[str]]] = [(root, set())]
    asked: set[tuple[str, frozenset[str]]] = set()
    while queue:
        name, extras = queue.pop(0)
        key = (canonical(name), frozenset(extras))
        if key in asked:
            continue
        asked.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen.setdefault(canonical(name), None)
        for line in dist.requires or []:
            match = _REQUIREMENT.match(line)
            if match is None:
                continue
            dep, dep_extras, marker = match.groups()
            if not _marker_holds(marker or "", extras):
                continue
            wanted = {canonical(e) for e in (dep_extras or "").split(",") if e.strip()}
            queue.append((dep, wanted))
    return list(seen)


def bundled() -> list[str]:
    """What the bundle holds (the spec's list): `required()` less `NOT_BUNDLED`."""
    return [name for name in required() if name not in NOT_BUNDLED]


def _field(md: Any, name: str) -> str:
    """A metadata field, "" when absent (`md[name]` warns about a missing one on newer Pythons)."""
    values = md.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    md = dist.metadata
    expression = _field(md, "License-Expression")
    if expression:
        return expression
    text = _field(md, "License")
    if text and "\n" not in text and len(text) <= 80:
        return text
    classifiers = [
        c.split("::")[-1].strip() for c in md.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    named = [c for c in classifiers if c != "OSI Approved"]
    return ", ".join(named) if named else "-"


def libraries() -> list[Library]:
    """The libraries shown in the About dialog, sorted by name (the application itself left out)."""
    if getattr(sys, "frozen", False):
        dists = {canonical(_field(d.metadata, "Name")): d for d in metadata.distributions()}
    else:
        dists = {}
        for name in required():
            try:
                dists[name] = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue
    dists.pop(canonical(ROOT), None)
    dists.pop("", None)
    found = [Library(str(d.metadata["Name"]), str(d.version), licence_of(d)) for d in dists.values()]
    return sorted(found, key=lambda lib: lib.name.lower())
