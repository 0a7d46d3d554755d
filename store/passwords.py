"""Password hashes of user accounts (pwdlib, Argon2): the format of `users.password_hash`.

In the store because the store owns that column and `repositories.accounts.authenticate` checks
it; the API's token code (api/core/security.py) needs none of it.
"""

from __future__ import annotations

from pwdlib import PasswordHash

_hasher = PasswordHash.recommended()


def hash_password(password: str) -> str:
    """An Argon2 hash of `password` (salted, parameters inside the hash string)."""
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    """True when `password` matches `password_hash`."""
    try:
        return _hasher.verify(password, password_hash)
    except Exception:  # a malformed stored hash is a failed login, not a crash
        return False
