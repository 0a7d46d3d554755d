"""Every Sofra table, imported here so `Base.metadata` is complete (Alembic reads it)."""

from store.models import append_only as _append_only  # noqa: F401 - registers the triggers
from store.models.accounts import LoginAttemptRow, Role, UserRow
from store.models.alerts import AlertKind, AlertRow
from store.models.applications import ApplicationRow, OutboxRow, WhatsAppMessageRow
from store.models.audit import AuditRow, SecretRow
from store.models.base import Base
from store.models.calendar import HoldRow, OneOffKind, OneOffRow
from store.models.fleet import DriverRow, KitchenRow, VanRow
from store.models.households import HouseholdRow, LocationSource
from store.models.jobs import JobRow, JobStatus
from store.models.parcels import (
    ParcelAssignmentRow,
    ParcelFamilyRow,
    ParcelMonthRow,
    ParcelOutcomeRow,
    ParcelPlanRow,
    ParcelRouteRow,
    ParcelStopRow,
)
from store.models.plans import OutcomeRow, OutcomeStatus, PlanRow, PlanStatus, RouteRow, StopRow
from store.models.visits import VisitRow, VisitStaffRow, VisitTeamRow, VisitWeekPlanRow

__all__ = [
    "AlertKind",
    "AlertRow",
    "ApplicationRow",
    "AuditRow",
    "Base",
    "DriverRow",
    "HoldRow",
    "HouseholdRow",
    "JobRow",
    "JobStatus",
    "KitchenRow",
    "LocationSource",
    "LoginAttemptRow",
    "OneOffKind",
    "OneOffRow",
    "OutboxRow",
    "OutcomeRow",
    "OutcomeStatus",
    "ParcelAssignmentRow",
    "ParcelFamilyRow",
    "ParcelMonthRow",
    "ParcelOutcomeRow",
    "ParcelPlanRow",
    "ParcelRouteRow",
    "ParcelStopRow",
    "PlanRow",
    "PlanStatus",
    "Role",
    "RouteRow",
    "SecretRow",
    "StopRow",
    "UserRow",
    "VanRow",
    "VisitRow",
    "VisitStaffRow",
    "VisitTeamRow",
    "VisitWeekPlanRow",
    "WhatsAppMessageRow",
]
