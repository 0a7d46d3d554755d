"""The audit log (admins): who changed what, when. Field names only, never personal values."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from api.core.problems import PROBLEM_RESPONSES
from api.deps import AdminUser, SessionDep
from store.models import AuditRow
from store.repositories.audit import audit_trail

router = APIRouter(prefix="/audit", tags=["audit"], responses=PROBLEM_RESPONSES)


class AuditEntry(BaseModel):
    """One recorded change."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_ref: str
    detail: dict[str, Any]

    @classmethod
    def of(cls, row: AuditRow) -> AuditEntry:
        """The public view of an audit row."""
        return cls(
            id=row.id,
            at=row.at,
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_ref=row.entity_ref,
            detail=row.detail,
        )


@router.get("", response_model=list[AuditEntry])
def read_audit(
    session: SessionDep,
    _: AdminUser,
    entity: Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_]+$")] = None,
    entity_ref: Annotated[str | None, Query(max_length=80)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEntry]:
    """The latest changes, newest first, optionally of one kind of record or one record."""
    rows = audit_trail(session, entity=entity, entity_ref=entity_ref, limit=limit)
    return [AuditEntry.of(r) for r in rows]
