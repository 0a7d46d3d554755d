"""Stable pseudonyms for planner exports: a keyed hash of the reference, and coarse locations.

The key is random per database (table `secrets`), so a pseudonym is the same in every export of
one store but cannot be recomputed from a guessable reference such as "H0001" without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from store.models import SecretRow

PSEUDONYM_KEY = "pseudonym_key"
PSEUDONYM_HEX_DIGITS = 10
"""40 bits: collisions are negligible for a few thousand households."""


def pseudonym_key(session: Session) -> bytes:
    """This store's pseudonym key, created on first use."""
    row = session.get(SecretRow, PSEUDONYM_KEY)
    if row is None:
        row = SecretRow(name=PSEUDONYM_KEY, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def pseudonym(key: bytes, ref: str) -> str:
    """The pseudonym of a household reference, e.g. "P-3f9a2c1b7e"."""
    digest = hmac.new(key, ref.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"P-{digest[:PSEUDONYM_HEX_DIGITS]}"


def coarse(value: float, decimals: int) -> float:
    """A coordinate rounded to `decimals` (3 decimals ≈ 110 m of latitude, 85 m of longitude)."""
    return round(value, decimals)
