"""Turn a plain (unencrypted) cache into an encrypted one, once, keeping every row.

Caches written before issue 14 are plain SQLite files. `encrypt_plain` copies the whole database -
outbox, cursor and client id included, so unsent edits and the sync position survive - into a new
SQLCipher file with `sqlcipher_export`, overwrites the plain file's bytes, and moves the encrypted
one into its place. A crash before the swap leaves the plain cache as it was (the half-written
copy is removed at the next try); one inside it is completed by `finish_interrupted`.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.models.cache_key import cipher_settings, raw

PLAIN_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")


def is_plain(path: Path) -> bool:
    """True when `path` is an unencrypted SQLite file (an encrypted one starts with random salt)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def _overwrite(path: Path) -> None:
    """Zero a file's bytes before it is removed (best effort: a copy-on-write or flash disk may
    keep old blocks; the encrypted cache is the protection, this only shortens the plain data's life)."""
    with contextlib.suppress(FileNotFoundError), open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        block = b"\0" * 65536
        for _ in range(0, size, len(block)):
            f.write(block)
        f.flush()
        os.fsync(f.fileno())


def encrypt_plain(path: Path, key: bytes) -> None:
    import sqlcipher3

    finish_interrupted(path)
    target = path.with_name(path.name + ".encrypting")
    for leftover in (target, *(Path(str(target) + s) for s in COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            os.remove(leftover)
    plain = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every committed row into the main file
        user_version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f'ATTACH DATABASE ? AS encrypted KEY "{raw(key)}"', (str(target),))
        for setting in cipher_settings("encrypted"):
            plain.execute(setting)
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        plain.execute("DETACH DATABASE encrypted")
        plain.execute("PRAGMA journal_mode=DELETE")  # folds and removes the plain WAL
    finally:
        plain.close()
    with open(target, "rb+") as f:
        os.fsync(f.fileno())
    _swap(path, target)


def _swap(path: Path, target: Path) -> None:
    """Plain file aside, encrypted one in, then the plain bytes zeroed and removed. A crash between
    the two moves leaves both files complete; `finish_interrupted` completes the swap."""
    aside = path.with_name(path.name + ".plain")
    for suffix in COMPANIONS:  # the plain WAL was folded in and is empty or gone: drop what is left
        _overwrite(Path(str(path) + suffix))
        with contextlib.suppress(FileNotFoundError):
            os.remove(Path(str(path) + suffix))
    os.replace(path, aside)
    os.replace(target, path)
    _overwrite(aside)
    os.remove(aside)


def finish_interrupted(path: Path) -> None:
    """After a crash inside `_swap`: put the encrypted copy in place and erase the plain one."""
    aside = path.with_name(path.name + ".plain")
    target = path.with_name(path.name + ".encrypting")
    if not aside.exists():
        return
    if not path.exists() and target.exists():
        os.replace(target, path)
    if path.exists() and not is_plain(path):
        _overwrite(aside)
        os.remove(aside)
    elif not path.exists():
        os.replace(aside, path)  # nothing encrypted survived: the plain cache is the cache again
