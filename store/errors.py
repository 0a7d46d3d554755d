"""Store errors: each names the record at fault and what to do about it."""

from __future__ import annotations

import datetime as dt

from domain.clock import format_local_hhmm
from domain.lang import lifecycle_text


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


class StaleVersionError(ConcurrentUpdateError):
    """A plan made from a version that is no longer the newest of its shift: saving it would
    lose what the newer version holds. Names the newer version, when, who; re-plan from it.

    `args_document` gives the same as plain values (for a job's stored problem, worded later in
    the reader's language through `domain.lang.lifecycle_text`).
    """

    def __init__(
        self,
        *,
        base_version: int | None,
        version: int,
        plan_id: int,
        published: bool,
        at: dt.datetime,
        by: str,
    ) -> None:
        self.kind, self.ref = "plan", str(plan_id)
        self.base_version = base_version
        self.version = version
        self.plan_id = plan_id
        self.published = published
        self.at = at
        self.by = by
        StoreError.__init__(self, self.text("en"))

    @property
    def key(self) -> str:
        """The `domain.lang.lifecycle_text` key of the message."""
        return "stale_published" if self.published else "stale_saved"

    def words(self) -> dict[str, object]:
        """The values the message is worded from."""
        return {"version": self.version, "at": format_local_hhmm(self.at), "by": self.by}

    def text(self, lang: str) -> str:
        """The message in `lang`: "version 3 was published at 07:41 by ayse; re-plan from it"."""
        return lifecycle_text(self.key, lang, **self.words())

    def args_document(self) -> dict[str, object]:
        """Everything the message says, as JSON values."""
        return {
            "base_version": self.base_version,
            "version": self.version,
            "plan_id": self.plan_id,
            "published": self.published,
            "at": self.at.isoformat(),
            "by": self.by,
        }


class NotNewestError(StoreError):
    """Publishing a version that is not the newest of its shift."""

    def __init__(self, *, version: int, newest: int, plan_id: int, at: dt.datetime, by: str):
        self.version, self.newest, self.plan_id, self.at, self.by = version, newest, plan_id, at, by
        super().__init__(self.text("en"))

    def words(self) -> dict[str, object]:
        """The values the message is worded from."""
        at = format_local_hhmm(self.at)
        return {"version": self.version, "newest": self.newest, "at": at, "by": self.by}

    def text(self, lang: str) -> str:
        """The message in `lang`."""
        return lifecycle_text("not_newest", lang, **self.words())


class WhatIfError(StoreError):
    """Something only the office's versions may do, asked of a planner's what-if copy
    (publishing it, recording an outcome on it, re-planning it)."""

    def __init__(self, key: str, label: str = "") -> None:
        self.key, self.label = key, label
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in `lang`."""
        return lifecycle_text(self.key, lang, label=self.label)


class QueueFullError(StoreError):
    """A user has as many jobs waiting as one may have."""

    def __init__(self, *, waiting: int, limit: int) -> None:
        self.waiting, self.limit = waiting, limit
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in `lang`."""
        return lifecycle_text("queue_full", lang, n=self.waiting, limit=self.limit)
