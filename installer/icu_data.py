"""ICU's data library of the PySide6 Linux wheels, less what Qt never reads (installer/enquiry-desk.spec).

    .venv/bin/python installer/icu_data.py SOURCE/libicudata.so.73 TARGET/libicudata.so.73

Qt's Linux wheels carry ICU 73 (the Windows and macOS builds of Qt use the system's); its data
library, libicudata.so.73, is one 32 MB array, `icudt73_dat`, in ICU's "common data" package
format (a table of contents, then the items: resource bundles, converters, dictionaries). The
bundle only calls ICU through Qt, and Qt calls four groups of ICU's functions (`nm -D
--undefined-only` of every library in the bundle lists them): case mapping (u_strToUpper/Lower),
collation (ucol_*, QCollator), converters (ucnv_*, QStringConverter for encodings Qt has no
codec of its own for) and time zone names (ucal_getTimeZoneDisplayName, ucal_getCanonicalTimeZoneID).
They read the collation, converter, zone and main locale data, which all stay. DROP_TREES and
DROP_ITEMS are what only the rest of ICU reads: break iteration and its dictionaries (Qt finds
word and line breaks itself), transliteration, spelled-out numbers, units, currencies, and the
names of languages, scripts and regions, which Qt takes from its own CLDR tables. An item lookup
that finds nothing answers U_MISSING_RESOURCE_ERROR, as for any locale ICU lacks.

The package is rewritten without them (same header, the kept items in the same sorted order, each
at a 16-byte boundary as ICU's icupkg lays them out) and assembled into a shared library with the
same soname and symbol with the GNU assembler and linker (binutils, which PyInstaller needs on
Linux anyway to strip). The wheel's file is left as it is.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Trees (ICU's folders of resource bundles) and single items no function that Qt calls reads.
DROP_TREES = (
    "brkitr",  # break iterators and their dictionaries (ubrk_*): Qt has its own (qunicodetools)
    "translit",  # transliterators (utrans_*)
    "rbnf",  # rule-based number formats, "one hundred and three" (unum_* spellout)
    "unit",  # measure units' names (umeasfmt, unumf)
    "curr",  # currency names and symbols (ucurr_*, unum_* currency)
    "lang",  # names of languages and scripts (uloc_getDisplayName): Qt has its own
    "region",  # names of regions (uloc_getDisplayCountry): Qt has its own
)
DROP_ITEMS = ("unames.icu",)  # Unicode character names (u_charName): transliteration and \N{...}


def elf_symbol(library: Path, name: str) -> tuple[int, int, bytes]:
    """(file offset, size, soname) of a data symbol of a shared library (readelf's view)."""

    def readelf(*options: str) -> str:
        done = subprocess.run(
            ["readelf", "-W", *options, str(library)], check=True, capture_output=True, text=True
        )
        return done.stdout

    symbols, sections = readelf("--dyn-syms"), readelf("-S")
    found = [line.split() for line in symbols.splitlines() if line.endswith(" " + name)]
    if len(found) != 1:
        raise SystemExit(f"{library}: no single symbol {name}")
    address, size = int(found[0][1], 16), int(found[0][2], 0)
    for line in sections.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, length = (int(g, 16) for g in match.groups())
            if start and start <= address < start + length:
                return offset + address - start, size, library.name.encode()
    raise SystemExit(f"{library}: {name} is in no section")


def split(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes) in table order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD" or package[8] != 0:
        raise SystemExit("not a little-endian ICU common data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_at:end]))
    return package[:header_size], items


def join(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = -(-(names_at + len(names)) // 16) * 16
    table, data, name_at = [struct.pack("<I", len(items))], b"", names_at
    for name, item in items:
        table.append(struct.pack("<II", name_at, data_at + len(data)))
        name_at += len(name) + 1
        data += item + b"\0" * (-len(item) % 16)
    head = b"".join(table) + names
    return header + head + b"\xaa" * (data_at - len(head)) + data  # icupkg's padding


def kept(name: str) -> bool:
    item = name.split("/", 1)[1]  # "icudt73l/brkitr/word.brk" -> "brkitr/word.brk"
    return item.split("/")[0] not in DROP_TREES and item not in DROP_ITEMS


def trim(source: Path, target: Path) -> tuple[int, int]:
    """Writes the trimmed library to `target`; returns the package's bytes before and after."""
    match = re.match(r"libicudata\.so\.(\d+)", source.name)
    if match is None:
        raise SystemExit(f"{source}: not ICU's data library")
    symbol = f"icudt{match.group(1)}_dat"
    offset, size, soname = elf_symbol(source, symbol)
    original = source.read_bytes()[offset : offset + size]
    header, items = split(original)
    if join(header, items) != original:  # read as ICU reads it, or not at all
        raise SystemExit(f"{source}: the package does not rebuild to itself")
    package = join(header, [(name, item) for name, item in items if kept(name)])
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        blob, assembly, obj = Path(work, "data.dat"), Path(work, "data.s"), Path(work, "data.o")
        blob.write_bytes(package)
        lines = [".section .rodata", f".globl {symbol}", f".type {symbol}, @object"]
        lines += [f".size {symbol}, {len(package)}", ".balign 16", f"{symbol}:", f'.incbin "{blob}"']
        lines += ['.section .note.GNU-stack,"",@progbits']  # no executable stack
        assembly.write_text("\n".join(lines) + "\n")
        subprocess.run(["as", "-o", str(obj), str(assembly)], check=True)
        link = ["ld", "-shared", "-z", "noexecstack", "-soname", soname.decode(), "-o", str(target), str(obj)]
        subprocess.run(link, check=True)
    return size, len(package)


if __name__ == "__main__":
    before, after = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data: {before:,} -> {after:,} bytes")
