"""Server settings, read once from environment variables.

Every setting is declared exactly once below, with its environment variable and its default, so
that the running configuration can be explained from this one file. `Settings()` and
`Settings.from_env({})` give the same defaults; tests construct `Settings(...)` directly.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import platformdirs
from limits import parse_many
from sqlalchemy.engine import make_url

APP_DIR_NAME = "enquiry-desk-server"
SQLITE_FILE = "central.sqlite3"
SECRET_FILE = "secret.key"
MIN_SECRET_CHARS = 32
SMTP_TLS_MODES = ("none", "starttls", "ssl")
MiB = 1024 * 1024


def _parse_bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {raw!r}")


def _parse_int(raw: str) -> int:
    return int(raw.strip())


def _parse_str(raw: str) -> str:
    return raw.strip()


def _parse_raw(raw: str) -> str:
    return raw


def _setting(env: str, default: Any, parse: Callable[[str], Any] = _parse_str) -> Any:
    """A dataclass field that knows its environment variable and how to parse it."""
    return field(default=default, metadata={"env": env, "parse": parse})


def package_version() -> str:
    """This installation's release number (pyproject.toml's version, from the installed metadata;
    "1.4.0rc1" -> "1.4.0")."""
    try:
        version = metadata.version("enquiry-desk")
    except metadata.PackageNotFoundError:
        return "0"
    release = re.match(r"\d+(\.\d+)*", version)
    return release.group() if release else "0"


def default_data_dir() -> Path:
    """The per-user folder holding the default SQLite database and the generated secret key."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite URL, or None for in-memory SQLite and other databases."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def load_or_create_secret(path: Path) -> str:
    """Read the signing key from `path`, creating it (mode 0600) on first start.

    Generated once so that tokens survive restarts without anyone having to configure a key.
    """
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:  # another process created it first: use theirs
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    return key


@dataclass(frozen=True)
class Settings:
    """Everything the server can be configured with. Empty strings mean "derive a default"."""

    data_dir: str = _setting("DATA_DIR", "")
    database_url: str = _setting("DATABASE_URL", "")
    secret_key: str = _setting("SECRET_KEY", "")
    access_token_minutes: int = _setting("ACCESS_TOKEN_MINUTES", 15, _parse_int)
    refresh_token_days: int = _setting("REFRESH_TOKEN_DAYS", 30, _parse_int)
    max_body_bytes: int = _setting("MAX_BODY_BYTES", 21 * MiB, _parse_int)
    documents_max_bytes: int = _setting("DOCUMENTS_MAX_BYTES", 20 * MiB, _parse_int)
    jobs_interval_seconds: int = _setting("JOBS_INTERVAL_SECONDS", 60, _parse_int)
    jobs_enabled: bool = _setting("JOBS_ENABLED", True, _parse_bool)
    smtp_host: str = _setting("SMTP_HOST", "localhost")
    smtp_port: int = _setting("SMTP_PORT", 25, _parse_int)
    smtp_tls: str = _setting("SMTP_TLS", "none", lambda raw: raw.strip().lower())
    smtp_user: str = _setting("SMTP_USER", "")
    smtp_password: str = _setting("SMTP_PASSWORD", "", _parse_raw)
    mail_from: str = _setting("MAIL_FROM", "enquiry-desk@localhost")
    # Failed sign-ins (wrong password, unknown login, invalid invitation code) allowed in moving
    # windows, in the notation of the `limits` library; past any of them an attempt answers 429
    # with Retry-After (central/api/throttle.py). Per account: the login as typed, known or not;
    # the second window is the back-off for someone who keeps guessing after the first wait.
    sign_in_limits_account: str = _setting("SIGN_IN_LIMITS_ACCOUNT", "5 per 15 minutes; 20 per day")
    # Per client address (an IPv6 address counts with its /64): one address trying many logins.
    sign_in_limits_address: str = _setting("SIGN_IN_LIMITS_ADDRESS", "20 per 15 minutes; 200 per day")
    # The oldest desktop client that should still be used with this server, named by GET /health;
    # an older client tells its user to update and keeps working. Empty: this server's own version.
    min_client_version: str = _setting("MIN_CLIENT_VERSION", "")
    # Days after an enquiry was closed (won, lost, discarded) until the retention job erases its
    # personal data (central/jobs/retention.py); 0 keeps it until someone erases it by request.
    retention_days: int = _setting("RETENTION_DAYS", 0, _parse_int)

    def __post_init__(self) -> None:
        data_dir = Path(self.data_dir) if self.data_dir else default_data_dir()
        object.__setattr__(self, "data_dir", str(data_dir))
        if not self.database_url:
            data_dir.mkdir(parents=True, exist_ok=True)
            object.__setattr__(self, "database_url", f"sqlite:///{data_dir / SQLITE_FILE}")
        if not self.secret_key:
            db_file = sqlite_path(self.database_url)
            key_dir = db_file.parent if db_file is not None else data_dir
            object.__setattr__(self, "secret_key", load_or_create_secret(key_dir / SECRET_FILE))
        if not self.min_client_version:
            object.__setattr__(self, "min_client_version", package_version())
        self._validate()

    def _validate(self) -> None:
        if len(self.secret_key) < MIN_SECRET_CHARS:
            raise ValueError(f"SECRET_KEY must be at least {MIN_SECRET_CHARS} characters long")
        if self.smtp_tls not in SMTP_TLS_MODES:
            raise ValueError(f"SMTP_TLS must be one of {', '.join(SMTP_TLS_MODES)}, not {self.smtp_tls!r}")
        if not re.fullmatch(r"\d+(\.\d+)*", self.min_client_version):
            raise ValueError(f"MIN_CLIENT_VERSION must be like 1.4.0, not {self.min_client_version!r}")
        positive = (
            "access_token_minutes",
            "refresh_token_days",
            "max_body_bytes",
            "documents_max_bytes",
            "jobs_interval_seconds",
            "smtp_port",
        )
        for name in positive:
            if getattr(self, name) <= 0:
                raise ValueError(f"{name.upper()} must be positive")
        if self.retention_days < 0:
            raise ValueError("RETENTION_DAYS must be 0 (off) or a number of days")
        for name in ("sign_in_limits_account", "sign_in_limits_address"):
            try:
                parse_many(getattr(self, name))
            except ValueError:
                raise ValueError(
                    f"{name.upper()} must be limits such as '5 per 15 minutes; 20 per day', "
                    f"not {getattr(self, name)!r}"
                ) from None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from `env` (default: `os.environ`); unset variables keep their defaults."""
        return cls(**cls.values_from_env(env))

    @classmethod
    def values_from_env(cls, env: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The settings `env` sets, by field name, parsed (not yet checked together)."""
        source = os.environ if env is None else env
        values: dict[str, Any] = {}
        for spec in fields(cls):
            name = spec.metadata["env"]
            if name in source:
                try:
                    values[spec.name] = spec.metadata["parse"](source[name])
                except ValueError as exc:
                    raise ValueError(f"{name}: {exc}") from exc
        return values

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with some settings replaced (handy in tests)."""
        return replace(self, **changes)
