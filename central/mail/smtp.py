"""SMTP settings and one-message delivery with smtplib.

Environment (read by :meth:`SmtpSettings.from_env`):

``SMTP_HOST``      default ``localhost``
``SMTP_TLS``       ``none`` | ``starttls`` | ``ssl`` (implicit TLS); default ``starttls``
``SMTP_PORT``      default 25 / 587 / 465 for none / starttls / ssl
``SMTP_USER``      login name; no login when empty
``SMTP_PASSWORD``  password for ``SMTP_USER``
``MAIL_FROM``      sender, e.g. ``Enquiry Desk <desk@example.com>``; default ``enquiry-desk@localhost``

Certificates are verified against the system trust store (``ssl.create_default_context``).
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Literal, cast

logger = logging.getLogger(__name__)

TlsMode = Literal["none", "starttls", "ssl"]
TLS_MODES: tuple[TlsMode, ...] = ("none", "starttls", "ssl")
DEFAULT_PORTS: dict[TlsMode, int] = {"none": 25, "starttls": 587, "ssl": 465}


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    tls: TlsMode
    user: str | None
    password: str | None = field(repr=False)  # never in logs or tracebacks
    mail_from: str

    def __post_init__(self) -> None:
        if self.tls not in TLS_MODES:
            raise ValueError(f"SMTP tls must be one of {', '.join(TLS_MODES)}, not {self.tls!r}")
        if not 0 < self.port < 65536:
            raise ValueError(f"SMTP port out of range: {self.port}")
        if not self.host:
            raise ValueError("SMTP host is required")
        if not self.mail_from or "@" not in self.mail_from:
            raise ValueError("MAIL_FROM must be an e-mail address")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SmtpSettings:
        """Settings from ``env`` (default ``os.environ``); raises ValueError on invalid values."""
        if env is None:
            env = os.environ
        tls_raw = (env.get("SMTP_TLS") or "starttls").strip().lower()
        if tls_raw not in TLS_MODES:
            raise ValueError(f"SMTP_TLS must be one of {', '.join(TLS_MODES)}, not {tls_raw!r}")
        tls = cast(TlsMode, tls_raw)
        port_raw = (env.get("SMTP_PORT") or "").strip()
        try:
            port = int(port_raw) if port_raw else DEFAULT_PORTS[tls]
        except ValueError:
            raise ValueError(f"SMTP_PORT is not a number: {port_raw!r}") from None
        return cls(
            host=(env.get("SMTP_HOST") or "localhost").strip(),
            port=port,
            tls=tls,
            user=(env.get("SMTP_USER") or "").strip() or None,
            password=env.get("SMTP_PASSWORD") or None,
            mail_from=(env.get("MAIL_FROM") or "enquiry-desk@localhost").strip(),
        )


def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def send_message(settings: SmtpSettings, msg: EmailMessage, timeout: float = 10) -> None:
    """Deliver ``msg`` to the configured server in one SMTP session.

    Returns normally only when the server accepted the message for every recipient; raises
    ``smtplib.SMTPException`` or ``OSError`` otherwise. An error while saying goodbye (QUIT)
    after the server accepted the message is ignored: the message is delivered, and reporting a
    failure would make the caller send it again.
    """
    client: smtplib.SMTP
    if settings.tls == "ssl":
        client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=_tls_context())
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    try:
        if settings.tls == "starttls":
            client.starttls(context=_tls_context())
        if settings.user:
            if settings.tls == "none":
                logger.warning("SMTP login to %s without TLS", settings.host)
            client.login(settings.user, settings.password or "")
        refused = client.send_message(msg)
        if refused:  # some (not all) recipients refused: treat as not delivered
            raise smtplib.SMTPRecipientsRefused(refused)
    except BaseException:
        client.close()
        raise
    try:
        client.quit()
    except (smtplib.SMTPException, OSError) as exc:
        logger.debug("ignoring error on SMTP QUIT after delivery: %s", exc)
    finally:
        client.close()
