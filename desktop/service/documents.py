"""Documents: upload before `add_document`, download to open. Both need the server, run on the
network worker, report progress and stop at the next chunk when the user cancels."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote

from desktop.failures import FileTooLarge

if TYPE_CHECKING:
    from desktop.sync.transport import Transport

MAX_BYTES = 20 * 1024 * 1024
CHUNK = 256 * 1024


class Progress(Protocol):
    def report(self, done: int, total: int = 0, text: str = "") -> None: ...


class Quiet:
    def report(self, done: int, total: int = 0, text: str = "") -> None:
        pass


@dataclass(frozen=True)
class Uploaded:
    document_id: str
    filename: str
    size: int
    sha256: str


class _Chunks:
    """The body in chunks, reporting progress; iterable again (a request retried after a token
    refresh sends the whole body once more)."""

    def __init__(self, data: bytes, task: Progress) -> None:
        self.data, self.task = data, task

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), CHUNK):
            self.task.report(start, len(self.data))  # raises Cancelled: the request is abandoned
            yield self.data[start : start + CHUNK]
        self.task.report(len(self.data), len(self.data))


class Documents:
    def __init__(self, transport: Callable[[], Transport]) -> None:
        self._transport = transport

    def upload(self, path: Path, task: Progress | None = None) -> Uploaded:
        """Send a file to the server (refused over 20 MB before anything is sent)."""
        import hashlib
        import mimetypes
        import uuid

        from desktop.sync.transport import Rejected

        task = task or Quiet()
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileTooLarge(path.name)
        data = path.read_bytes()
        document_id = str(uuid.uuid4())
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

        r = self._transport().call(
            "PUT",
            f"/documents/{document_id}",
            content=_Chunks(data, task),
            headers={
                "X-Filename": quote(path.name, safe=""),  # percent-encoded: headers carry no UTF-8
                "Content-Type": content_type,
                "Content-Length": str(len(data)),
            },
        )
        if r.status_code not in (200, 201):
            raise Rejected(r.text[:200], "upload_failed")
        return Uploaded(document_id, path.name, len(data), hashlib.sha256(data).hexdigest())

    def download(self, document_id: str, filename: str, folder: Path, task: Progress | None = None) -> Path:
        """Fetch a document into `folder`; a cancelled download leaves no partial file."""
        from desktop.sync.transport import Rejected

        task = task or Quiet()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(filename).name
        partial = target.with_name(target.name + ".part")
        with self._transport().stream("GET", f"/documents/{document_id}") as r:
            if r.status_code != 200:
                r.read()
                raise Rejected(r.text[:200], "download_failed")
            total = int(r.headers.get("content-length") or 0)
            done = 0
            try:
                with partial.open("wb") as out:
                    for chunk in r.iter_bytes(CHUNK):
                        out.write(chunk)
                        done += len(chunk)
                        task.report(done, total)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        partial.replace(target)
        return target
