"""Signed access tokens (PyJWT) and random secrets: no hand-rolled crypto.

Password hashes are the store's (`store.passwords`). A token names the user's token version;
raising it in the store revokes every older token (see `api.deps.get_current_user`).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

import jwt

SECRET_NAME = "api_token_key"
"""Name of the per-database token key in the store's `secrets` table."""


class InvalidTokenError(ValueError):
    """A token that is malformed, badly signed or expired: log in again."""


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a valid token says: who, with which role, until when, under which token version
    of the user (`UserRow.token_version`: a token of an older version is revoked)."""

    username: str
    role: str
    expires_at: dt.datetime
    version: int


def new_secret() -> str:
    """A random key for signing tokens (256 bits, hex)."""
    return secrets.token_hex(32)


def create_access_token(
    *,
    username: str,
    role: str,
    version: int,
    key: str,
    algorithm: str,
    expires_in: dt.timedelta,
) -> str:
    """A signed token for `username` with `role` and token `version`, valid for `expires_in`."""
    now = dt.datetime.now(dt.UTC)
    claims: dict[str, Any] = {
        "sub": username,
        "role": role,
        "ver": version,
        "iat": now,
        "exp": now + expires_in,
    }
    return jwt.encode(claims, key, algorithm=algorithm)


def decode_access_token(token: str, *, key: str, algorithm: str) -> TokenClaims:
    """The claims of a valid token; `InvalidTokenError` otherwise."""
    try:
        claims = jwt.decode(
            token, key, algorithms=[algorithm], options={"require": ["sub", "exp", "role", "ver"]}
        )
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(f"invalid access token ({exc}); log in again") from exc
    if (
        not isinstance(claims["sub"], str)
        or not isinstance(claims["role"], str)
        or not isinstance(claims["ver"], int)
        or isinstance(claims["ver"], bool)
    ):
        raise InvalidTokenError("invalid access token (bad claims); log in again")
    return TokenClaims(
        username=claims["sub"],
        role=claims["role"],
        expires_at=dt.datetime.fromtimestamp(claims["exp"], dt.UTC),
        version=claims["ver"],
    )
