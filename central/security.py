"""Password hashing, signed access tokens and opaque refresh tokens.

Access tokens are short-lived HS256 JWTs that name the person, company and device, so every
request can be checked against the device's revocation without a token table. Refresh tokens are
random strings; the server only keeps their SHA-256, so a database leak does not leak sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

JWT_ALGORITHM = "HS256"
FAST_HASH_ENV = "ENQUIRY_FAST_HASH"
REQUIRED_CLAIMS = ("sub", "cmp", "dev", "exp", "iat", "jti")


@cache
def _hasher(fast: bool) -> PasswordHasher:
    if fast:  # tests only: the cheapest parameters argon2 accepts
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return PasswordHasher()


def password_hasher() -> PasswordHasher:
    """The hasher in use; `ENQUIRY_FAST_HASH=1` swaps in cheap parameters to keep tests fast."""
    return _hasher(os.environ.get(FAST_HASH_ENV) == "1")


def hash_password(password: str) -> str:
    return password_hasher().hash(password)


def verify_password(password_hash: str, password: str) -> tuple[bool, str | None]:
    """Check `password`; returns (ok, new hash to store when the parameters have changed)."""
    hasher = password_hasher()
    try:
        hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False, None
    if hasher.check_needs_rehash(password_hash):
        return True, hasher.hash(password)
    return True, None


@cache
def _dummy_hash(fast: bool) -> str:
    return _hasher(fast).hash(secrets.token_urlsafe(16))


def burn_password_check(password: str) -> None:
    """Spend the time of one verification, so unknown logins take as long as wrong passwords."""
    verify_password(_dummy_hash(os.environ.get(FAST_HASH_ENV) == "1"), password)


class TokenError(Exception):
    """An access token was refused; `code` is the API error code to answer with."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class AccessClaims:
    person_id: str
    company_id: str
    device_id: str
    expires_at: datetime
    issued_at: datetime
    token_id: str


def create_access_token(
    secret: str,
    *,
    person_id: str,
    company_id: str,
    device_id: str,
    lifetime: timedelta,
    now: datetime | None = None,
) -> str:
    """A signed access token for one device of one person."""
    issued = now or datetime.now(UTC)
    claims = {
        "sub": person_id,
        "cmp": company_id,
        "dev": device_id,
        "iat": int(issued.timestamp()),
        "exp": int((issued + lifetime).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, secret, algorithm=JWT_ALGORITHM)


def decode_access_token(secret: str, token: str) -> AccessClaims:
    """The claims of a valid token; raises TokenError("token_expired" | "invalid_token")."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[JWT_ALGORITHM], options={"require": list(REQUIRED_CLAIMS)}
        )
    except jwt.ExpiredSignatureError:
        raise TokenError("token_expired", "The access token has expired; refresh it.") from None
    except jwt.InvalidTokenError:
        raise TokenError("invalid_token", "The access token is not valid.") from None
    try:
        return AccessClaims(
            person_id=_claim_str(claims, "sub"),
            company_id=_claim_str(claims, "cmp"),
            device_id=_claim_str(claims, "dev"),
            expires_at=datetime.fromtimestamp(int(claims["exp"]), UTC),
            issued_at=datetime.fromtimestamp(int(claims["iat"]), UTC),
            token_id=_claim_str(claims, "jti"),
        )
    except (TypeError, ValueError):
        raise TokenError("invalid_token", "The access token is not valid.") from None


def _claim_str(claims: dict[str, object], name: str) -> str:
    value = claims[name]
    if not isinstance(value, str) or not value:
        raise ValueError(name)
    return value


def issue_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """SHA-256 hex of a refresh token or API key: what the database stores instead of it."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same_secret(a: str, b: str) -> bool:
    """Constant-time string comparison for secrets and their hashes."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
