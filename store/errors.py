"""Store errors: each names the record at fault and what to do about it."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class NotFoundError(StoreError, LookupError):
    """A record asked for by its reference does not exist."""

    def __init__(self, kind: str, ref: str) -> None:
        super().__init__(f"no {kind} with reference {ref!r}; check the reference or import it")
        self.kind = kind
        self.ref = ref


class NoKitchenError(StoreError, LookupError):
    """The store has no active kitchen to plan from or draw on a sheet."""

    def __init__(self) -> None:
        super().__init__("no active kitchen in the store; add one with POST /kitchens")


class DuplicateError(StoreError, ValueError):
    """A record with this reference already exists."""

    def __init__(self, kind: str, ref: str) -> None:
        super().__init__(f"a {kind} with reference {ref!r} already exists; update it instead")
        self.kind = kind
        self.ref = ref


class ConcurrentUpdateError(StoreError):
    """Someone else changed the record after it was read: this write would have lost theirs."""

    def __init__(self, kind: str, ref: str | None = None) -> None:
        what = f"{kind} {ref}" if ref else kind
        super().__init__(
            f"{what} was changed by someone else after you loaded it; "
            "reload it and apply your change again"
        )
        self.kind = kind
        self.ref = ref


class AppendOnlyError(StoreError):
    """An attempt to edit or delete a record that may only be appended (outcomes, audit)."""


class PlanSaveError(StoreError, ValueError):
    """A solution that cannot be stored as a plan (unknown household, van or driver)."""


class StoredPlanError(StoreError, ValueError):
    """A stored plan whose solution document no longer reads (names the plan and the fault)."""


class InactiveError(StoreError, ValueError):
    """An operation on a deactivated record that needs an active one."""


class SchemaOutdatedError(StoreError):
    """The database is not at the migration this code needs."""


class DriverLinkError(StoreError, ValueError):
    """A driver login must name an existing driver, and only driver logins may name one."""
