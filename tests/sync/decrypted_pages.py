"""Every page of an encrypted cache as someone holding its key would read it, free pages included.

Tests that look for personal data on disk ("not in the database file, not in its write-ahead log")
must not be fooled by the encryption: with the key, whatever SQLite left in a page - a deleted
row's bytes, an old version in the WAL - is readable again. This decrypts the main file's pages
and every WAL frame independently of SQLite (SQLCipher 4's page format: AES-256-CBC over the page
less its reserve, the IV at the reserve's start; page 1 begins with the 16-byte salt instead), so
what SQLite would never show - stale frames, freelist pages - is searched too.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop.models.cache_key import CIPHER_PAGE_SIZE, CIPHER_RESERVE

RESERVE = CIPHER_RESERVE  # IV (16) + HMAC (SHA-256: 32)
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _page(key: bytes, page: bytes, number: int) -> bytes:
    iv = page[-RESERVE : -RESERVE + 16]
    start = SALT if number == 1 else 0
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:-RESERVE]) + decryptor.finalize()


def pages(path: Path, key: bytes) -> bytes:
    """The plaintext of every page of `path` and of every frame of `path`-wal, concatenated."""
    out = []
    size = CIPHER_PAGE_SIZE
    if path.exists():
        data = path.read_bytes()
        for index in range(len(data) // size):
            out.append(_page(key, data[index * size : (index + 1) * size], index + 1))
    wal = Path(f"{path}-wal")
    if wal.exists():
        data = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + size <= len(data):
            number = int.from_bytes(data[offset : offset + 4], "big")
            frame = data[offset + FRAME_HEADER : offset + FRAME_HEADER + size]
            out.append(_page(key, frame, number))
            offset += FRAME_HEADER + size
    return b"".join(out)
