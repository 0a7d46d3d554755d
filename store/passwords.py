"""Password hashes of user accounts (pwdlib, Argon2): the format of `users.password_hash`.

In the store because the store owns that column and `repositories.accounts.authenticate` checks
it; the API's token code (api/core/security.py) needs none of it.
"""

from __future__ import annotations

import secrets

from pwdlib import PasswordHash

from domain.password_policy import password_problem

_hasher = PasswordHash.recommended()
"""Argon2id with pwdlib's recommended parameters: 64 MiB of memory, 3 passes, 4 lanes per hash
or check (about 0.3 s of CPU); the API bounds how many run at once (`api.core.hash_gate`)."""


def hash_password(password: str) -> str:
    """An Argon2 hash of `password` (salted, parameters inside the hash string)."""
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    """True when `password` matches `password_hash`."""
    try:
        return _hasher.verify(password, password_hash)
    except Exception:  # a malformed stored hash is a failed login, not a crash
        return False


def random_password(username: str | None = None) -> str:
    """A random password a person can type (16 characters, 96 bits) that the policy accepts."""
    while True:
        made = secrets.token_urlsafe(12)
        if password_problem(made, username) is None:
            return made
