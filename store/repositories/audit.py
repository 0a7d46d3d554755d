"""Append to and read the audit log: who changed what, when (field names, never values)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import AuditRow


def record_change(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_ref: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditRow:
    """Append one audit entry; `detail` must hold no personal values (names of fields are fine)."""
    row = AuditRow(
        actor=actor, action=action, entity=entity, entity_ref=entity_ref, detail=detail or {}
    )
    session.add(row)
    return row


def audit_trail(
    session: Session, *, entity: str | None = None, entity_ref: str | None = None, limit: int = 100
) -> list[AuditRow]:
    """The latest audit entries, newest first, optionally for one entity kind or record."""
    query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditRow.entity == entity)
    if entity_ref is not None:
        query = query.where(AuditRow.entity_ref == entity_ref)
    return list(session.scalars(query))
