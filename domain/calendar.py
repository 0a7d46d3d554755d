"""Exceptions to the regular plans: holds (hospital stays), one-off cancellations and additions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class OneOffKind(StrEnum):
    """A one-off change to a single delivery."""

    CANCEL = "cancel"
    ADD = "add"


@dataclass(frozen=True, slots=True)
class Hold:
    """No meals for `ref` from `start` to `end` inclusive (hospital stay, visiting family)."""

    ref: str
    start: dt.date
    end: dt.date
    reason: str = ""

    def covers(self, day: dt.date) -> bool:
        """True when the hold is in force on `day`."""
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class OneOff:
    """Cancel or add one household's delivery for one date and shift."""

    ref: str
    day: dt.date
    shift: str
    kind: OneOffKind
    reason: str = ""


@dataclass(slots=True)
class Calendar:
    """Exceptions to the regular meal plans."""

    holds: list[Hold] = field(default_factory=list)
    one_offs: list[OneOff] = field(default_factory=list)

    def on_hold(self, ref: str, day: dt.date) -> bool:
        """True when `ref` has a hold in force on `day`."""
        return self.hold_on(ref, day) is not None

    def hold_on(self, ref: str, day: dt.date) -> Hold | None:
        """The hold of `ref` in force on `day` (the one ending last), or None."""
        holds = [h for h in self.holds if h.ref == ref and h.covers(day)]
        return max(holds, key=lambda h: h.end, default=None)

    def one_off(self, ref: str, day: dt.date, shift: str, kind: OneOffKind) -> OneOff | None:
        """The one-off change of `kind` to `ref`'s delivery of this date and shift, or None."""
        key = (ref, day, shift, kind)
        return next((o for o in self.one_offs if (o.ref, o.day, o.shift, o.kind) == key), None)

    def refs(self, day: dt.date, shift: str, kind: OneOffKind) -> set[str]:
        """Households with a one-off change of `kind` for this date and shift."""
        return {o.ref for o in self.one_offs if (o.day, o.shift, o.kind) == (day, shift, kind)}
