"""The demo parcel families into a store: what `sofra parcels import --demo` and the API's
demo seed load (6,091 families of `demo.parcels`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from domain.parcels import Family
from store.models import ParcelFamilyRow
from store.repositories.audit import record_change
from store.repositories.parcels import count_families, family_values


def fill_demo_families(session: Session, families: Sequence[Family], *, actor: str) -> int:
    """Add `families` to a store that has no parcel family yet (one audit entry for all);
    the number added (0 when the store already has families)."""
    if count_families(session) > 0:
        return 0
    session.add_all(ParcelFamilyRow(ref=f.ref, active=True, **family_values(f)) for f in families)
    session.flush()
    record_change(
        session,
        actor=actor,
        action="import",
        entity="parcel_family",
        detail={"created": len(families), "source": "demo"},
    )
    return len(families)
