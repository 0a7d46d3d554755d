"""Fixtures of the parcel planner tests (the synthetic town lives in tests/parcel_town.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from parcel_town import inputs_for

from domain.parcels import Family
from scheduler.parcels.month import ParcelInputs


@pytest.fixture
def inputs_of() -> Callable[[Sequence[Family]], ParcelInputs]:
    return inputs_for
