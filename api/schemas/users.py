"""Logins, tokens and user accounts."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.common import Code, Username
from store.models import Role, UserRow

PASSWORD_RULE = (
    "at least 12 and at most 128 characters, not a common or predictable password, not "
    "containing the username (else 422, problem type weak-password)"
)
Password = Field(min_length=1, max_length=128, description=PASSWORD_RULE)


class Token(BaseModel):
    """An access token: send it as `Authorization: Bearer <token>`."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="seconds")
    username: str
    role: Role
    driver_code: str | None = None


class UserPublic(BaseModel):
    """A user account (never its password hash)."""

    username: str
    role: Role
    driver_code: str | None
    active: bool
    created_at: dt.datetime

    @classmethod
    def of(cls, row: UserRow) -> UserPublic:
        """The public view of a stored user."""
        return cls(
            username=row.username,
            role=Role(row.role),
            driver_code=row.driver_code,
            active=row.active,
            created_at=row.created_at,
        )


class UserCreate(BaseModel):
    """A new login; a driver's names the driver (`driver_code`)."""

    model_config = ConfigDict(extra="forbid")

    username: Username
    password: str = Password
    role: Role
    driver_code: Code | None = None


class UserUpdate(BaseModel):
    """Account fields to change."""

    model_config = ConfigDict(extra="forbid")

    role: Role | None = None
    password: str | None = Field(None, min_length=1, max_length=128, description=PASSWORD_RULE)
    active: bool | None = None
    driver_code: Code | None = None


class PasswordChange(BaseModel):
    """Change one's own password."""

    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(max_length=128)
    new_password: str = Password
