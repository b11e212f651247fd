"""A local SMTP server that files every message as an .eml file: the demo's and staging's mailbox.

It lets the demo show exactly what the server would send to external people, without a real
mail server and without mail leaving the machine.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class _FileHandler:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{uuid.uuid4()}.eml").write_bytes(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"


def start_sink(folder: Path, port: int) -> Controller:
    """Start the sink on 127.0.0.1:`port` (a free port: aiosmtpd cannot pick one itself)."""
    controller = Controller(_FileHandler(folder), hostname="127.0.0.1", port=port)
    controller.start()
    return controller
