"""Home visits: visit kinds, staff, teams with a car, and the visits they make.

A visit kind (assessment, shopping help, house cleaning, bayram visit, follow-up) is a service
kind of `domain.services` plus what it needs of a team: a social worker for an assessment, a
cleaning kit in the car for house cleaning, a female staff member where the person asked for
one. A team is one or two staff with a car, working hours and a lunch break; its skills are
its members' (social worker, female) and its car's equipment (cleaning kit). A visit is either
agreed by phone for a clock window on one day (`Appointment`) or free within a day range.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from domain.clock import hhmm_to_s
from domain.services import (
    VISIT_AFTERNOON,
    VISIT_ASSESSMENT,
    VISIT_BAYRAM,
    VISIT_CLEANING,
    VISIT_FOLLOW_UP,
    VISIT_MORNING,
    VISIT_SHOPPING,
    ServiceKind,
)

SOCIAL_WORKER = "social_worker"
"""Skill: a qualified social worker (case worker) is in the team; needed for assessments."""
CLEANING_KIT = "cleaning_kit"
"""Skill: the team's car carries the cleaning kit (vacuum, mop, detergents)."""
FEMALE = "female"
"""Skill: a female staff member is in the team (asked for by many elderly women)."""
SKILLS = (SOCIAL_WORKER, CLEANING_KIT, FEMALE)


@dataclass(frozen=True, slots=True)
class VisitKind:
    """What a visit is: its service kind, how long it takes (minutes) and what it needs.

    `min_minutes`..`max_minutes` bound a visit's own duration (a bayram visit takes 30–45 min);
    `minutes` is the typical one planned when a visit gives none.
    """

    code: str
    service: ServiceKind
    minutes: int
    min_minutes: int
    max_minutes: int
    required_skills: frozenset[str] = frozenset()

    def duration_min(self, asked: int | None = None) -> int:
        """The minutes to plan: `asked` within the kind's bounds, else the typical."""
        if asked is None:
            return self.minutes
        return max(self.min_minutes, min(self.max_minutes, asked))


def _kind(service: ServiceKind, lo: int, hi: int, skills: Iterable[str] = ()) -> VisitKind:
    code = service.code.removeprefix("visit_")
    return VisitKind(code, service, round(service.service_min), lo, hi, frozenset(skills))


ASSESSMENT = _kind(VISIT_ASSESSMENT, 45, 60, {SOCIAL_WORKER})
SHOPPING = _kind(VISIT_SHOPPING, 45, 75)
CLEANING = _kind(VISIT_CLEANING, 90, 150, {CLEANING_KIT})
BAYRAM = _kind(VISIT_BAYRAM, 30, 45)
FOLLOW_UP = _kind(VISIT_FOLLOW_UP, 20, 45)
VISIT_KINDS: dict[str, VisitKind] = {
    k.code: k for k in (ASSESSMENT, SHOPPING, CLEANING, BAYRAM, FOLLOW_UP)
}
"""Every visit kind, by code ("assessment", "shopping", "cleaning", "bayram", "follow_up")."""


def visit_kind(code: str) -> VisitKind:
    """The visit kind called `code`; `ValueError` listing the known ones."""
    try:
        return VISIT_KINDS[code]
    except KeyError:
        known = ", ".join(VISIT_KINDS)
        raise ValueError(f"unknown visit kind {code!r}: expected one of {known}") from None


class VisitStatus(StrEnum):
    """Where a visit stands: planned, or what the team recorded at the door."""

    PLANNED = "planned"
    DONE = "done"
    NOT_AT_HOME = "not_at_home"
    REFUSED = "refused"
    NEEDS_FOLLOW_UP = "needs_follow_up"


OUTCOMES = (
    VisitStatus.DONE,
    VisitStatus.NOT_AT_HOME,
    VisitStatus.REFUSED,
    VisitStatus.NEEDS_FOLLOW_UP,
)
"""The statuses a team records (the phone page's buttons)."""


@dataclass(frozen=True, slots=True)
class Staff:
    """A member of a visit team; `skills` among `SOCIAL_WORKER`, `FEMALE`."""

    code: str
    name: str
    skills: frozenset[str] = frozenset()
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Team:
    """One or two staff with a car: working hours and lunch, clock times "HH:MM".

    `equipment` is what the car carries (`CLEANING_KIT`); the team's skills are its members'
    and its car's."""

    code: str
    name: str
    staff: tuple[Staff, ...]
    car_plate: str = ""
    equipment: frozenset[str] = frozenset()
    starts: str = VISIT_MORNING.depot_departure
    lunch_starts: str = VISIT_MORNING.drivers_off
    lunch_ends: str = VISIT_AFTERNOON.depot_departure
    ends: str = VISIT_AFTERNOON.drivers_off

    def __post_init__(self) -> None:
        if not 1 <= len(self.staff) <= 2:
            raise ValueError(f"team {self.code}: one or two staff, not {len(self.staff)}")
        times = [hhmm_to_s(t) for t in (self.starts, self.lunch_starts, self.lunch_ends, self.ends)]
        if times != sorted(times):
            raise ValueError(
                f"team {self.code}: start {self.starts} ≤ lunch {self.lunch_starts}–"
                f"{self.lunch_ends} ≤ end {self.ends} expected"
            )

    @property
    def skills(self) -> frozenset[str]:
        """What the team can do: its members' skills and its car's equipment."""
        out = set(self.equipment)
        for member in self.staff:
            out |= member.skills
        return frozenset(out)

    def without(self, staff_code: str) -> Team | None:
        """The team when `staff_code` is off (ill): None when nobody is left."""
        left = tuple(m for m in self.staff if m.code != staff_code)
        if not left:
            return None
        return replace(self, staff=left)

    def working_min(self) -> int:
        """Minutes of work in a day, lunch left out."""
        morning = hhmm_to_s(self.lunch_starts) - hhmm_to_s(self.starts)
        afternoon = hhmm_to_s(self.ends) - hhmm_to_s(self.lunch_ends)
        return (morning + afternoon) // 60


@dataclass(frozen=True, slots=True)
class Appointment:
    """A visit agreed by phone: the day and the clock window "HH:MM" the team arrives in."""

    day: dt.date
    start: str
    end: str

    def __post_init__(self) -> None:
        if hhmm_to_s(self.end) < hhmm_to_s(self.start):
            raise ValueError(f"appointment {self.start}–{self.end} ends before it starts")

    @property
    def window_s(self) -> tuple[int, int]:
        """The arrival window in seconds since midnight."""
        return hhmm_to_s(self.start), hhmm_to_s(self.end)


@dataclass(frozen=True, slots=True)
class Office:
    """Where the teams' cars leave from, come back to at lunch, and park at night."""

    name: str
    lat: float
    lon: float
    address: str = ""


@dataclass(frozen=True, slots=True)
class Visit:
    """One visit to a person: what, where, when, and who saw the person last time.

    `person` is a stable key of the person visited (a household ref, "application:12", …);
    `earliest`..`latest` is the day range the visit may take place in, or `appointment` fixes
    the day and window. `minutes` overrides the kind's typical duration (within its bounds);
    `female_staff` asks for a woman in the team; `last_team` is the team of the person's
    previous visit (continuity of care).
    """

    id: str
    kind: VisitKind
    person: str
    name: str
    address: str
    lat: float
    lon: float
    earliest: dt.date
    latest: dt.date
    appointment: Appointment | None = None
    minutes: int | None = None
    female_staff: bool = False
    last_team: str | None = None
    phone: str = ""
    notes: str = ""
    neighbourhood: str = ""
    extra_skills: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError(f"visit {self.id}: latest day {self.latest} before {self.earliest}")
        if self.appointment is not None and not (
            self.earliest <= self.appointment.day <= self.latest
        ):
            raise ValueError(f"visit {self.id}: appointment day outside its day range")

    @property
    def duration_min(self) -> int:
        """Minutes at the door."""
        return self.kind.duration_min(self.minutes)

    @property
    def required_skills(self) -> frozenset[str]:
        """What the team must have: the kind's skills, a woman where asked, and any other."""
        out = set(self.kind.required_skills) | set(self.extra_skills)
        if self.female_staff:
            out.add(FEMALE)
        return frozenset(out)

    def allowed_on(self, day: dt.date) -> bool:
        """True when the visit may take place on `day`."""
        if self.appointment is not None:
            return day == self.appointment.day
        return self.earliest <= day <= self.latest

    def may_do(self, team: Team) -> bool:
        """True when `team` has every skill the visit needs."""
        return self.required_skills <= team.skills
