"""Households: list, create, read, update (If-Match), deactivate, review; spreadsheet import."""

from __future__ import annotations

import tempfile
from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, File, Header, Path, Query, Response, UploadFile

from api.core.problems import PROBLEM_RESPONSES
from api.deps import (
    DispatcherUser,
    SessionDep,
    StaffUser,
    StateDep,
    if_match_version,
    sees_personal_data,
)
from api.schemas.common import CODE_PATTERN
from api.schemas.households import (
    FlaggedRowPublic,
    HouseholdCreate,
    HouseholdPseudonymised,
    HouseholdPublic,
    HouseholdUpdate,
    ImportReport,
)
from api.uploads import safe_upload_name, save_upload
from store.exports.pseudonym import pseudonym_key
from store.imports.importer import import_households
from store.models import HouseholdRow, LocationSource
from store.repositories import households as repo

router = APIRouter(prefix="/households", tags=["households"], responses=PROBLEM_RESPONSES)

RefPath = Annotated[str, Path(max_length=40, pattern=CODE_PATTERN, description="e.g. H0001")]
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        max_length=40,
        description="The version you read (the ETag); a newer one answers 409, nothing lost",
    ),
]


def _public(row: HouseholdRow, response: Response) -> HouseholdPublic:
    response.headers["ETag"] = f'"{row.version}"'
    return HouseholdPublic.of(row)


@router.get("", response_model=list[HouseholdPublic] | list[HouseholdPseudonymised])
def read_households(
    session: SessionDep,
    state: StateDep,
    user: StaffUser,
    include_inactive: bool = False,
    needs_review: Annotated[bool | None, Query(description="only flagged (or unflagged)")] = None,
) -> list[HouseholdPublic] | list[HouseholdPseudonymised]:
    """Households by reference; planners get pseudonyms and coarse locations only."""
    rows = repo.list_household_rows(
        session, active_only=not include_inactive, needs_review=needs_review
    )
    if sees_personal_data(user):
        return [HouseholdPublic.of(r) for r in rows]
    key, decimals = pseudonym_key(session), state.store_settings.pseudonym_decimals
    return [HouseholdPseudonymised.of(r, key=key, decimals=decimals) for r in rows]


@router.post("", response_model=HouseholdPublic, status_code=201)
def add_household(
    body: HouseholdCreate, session: SessionDep, user: DispatcherUser, response: Response
) -> HouseholdPublic:
    """A new household (placed where given: lat/lon)."""
    row = repo.add_household(
        session, household=body.domain(), actor=user.username, location_source=LocationSource.MANUAL
    )
    response.headers["Location"] = f"/households/{row.ref}"
    return _public(row, response)


@router.get("/{ref}", response_model=HouseholdPublic)
def read_household(
    ref: RefPath, session: SessionDep, _: DispatcherUser, response: Response
) -> HouseholdPublic:
    """One household with its personal details (dispatchers; planners use the list)."""
    return _public(repo.get_household_row(session, ref=ref), response)


@router.patch("/{ref}", response_model=HouseholdPublic)
def change_household(
    ref: RefPath,
    body: HouseholdUpdate,
    session: SessionDep,
    user: DispatcherUser,
    response: Response,
    if_match: IfMatch = None,
) -> HouseholdPublic:
    """Change fields; with If-Match, a concurrent change answers 409 instead of being lost."""
    row = repo.update_household(
        session,
        ref=ref,
        actor=user.username,
        expected_version=if_match_version(if_match, "household"),
        **body.changes(),
    )
    return _public(row, response)


@router.post("/{ref}/deactivate", response_model=HouseholdPublic)
def deactivate_household(
    ref: RefPath,
    session: SessionDep,
    user: DispatcherUser,
    response: Response,
    if_match: IfMatch = None,
) -> HouseholdPublic:
    """Stop all deliveries for good; the household and its history stay (never deleted)."""
    row = repo.set_active(
        session,
        ref=ref,
        active=False,
        actor=user.username,
        expected_version=if_match_version(if_match, "household"),
    )
    return _public(row, response)


@router.post("/{ref}/reactivate", response_model=HouseholdPublic)
def reactivate_household(
    ref: RefPath,
    session: SessionDep,
    user: DispatcherUser,
    response: Response,
    if_match: IfMatch = None,
) -> HouseholdPublic:
    """Take a deactivated household back into service."""
    row = repo.set_active(
        session,
        ref=ref,
        active=True,
        actor=user.username,
        expected_version=if_match_version(if_match, "household"),
    )
    return _public(row, response)


@router.post("/{ref}/reviewed", response_model=HouseholdPublic)
def confirm_location(
    ref: RefPath,
    session: SessionDep,
    user: DispatcherUser,
    response: Response,
    if_match: IfMatch = None,
) -> HouseholdPublic:
    """Confirm a location flagged by a low-confidence geocode (or move it with PATCH first)."""
    row = repo.mark_reviewed(
        session,
        ref=ref,
        actor=user.username,
        expected_version=if_match_version(if_match, "household"),
    )
    return _public(row, response)


@router.post(
    "/import",
    response_model=ImportReport,
    responses={413: PROBLEM_RESPONSES[422] | {"description": "File too large"}},
)
def import_spreadsheet(
    file: Annotated[UploadFile, File(description="households as .csv or .xlsx")],
    session: SessionDep,
    state: StateDep,
    user: DispatcherUser,
    dry_run: Annotated[bool, Query(description="check and count without writing")] = False,
    allow_extra_columns: Annotated[
        bool,
        Query(
            description="import although some columns are not Sofra's (they are left out and "
            "listed); without it an unknown or misspelt column rejects the file"
        ),
    ] = False,
) -> ImportReport:
    """Import households: every row or none (422 lists every bad row and column, and names the
    closest known header of a misspelt one)."""
    name = safe_upload_name(file.filename)
    with tempfile.TemporaryDirectory(prefix="sofra-import-") as tmp:
        path = FilePath(tmp) / name
        save_upload(file, path, state.settings.max_upload_bytes)
        result = import_households(
            session,
            path,
            actor=user.username,
            settings=state.store_settings,
            osm_path=state.paths.inegol_osm,
            dry_run=dry_run,
            allow_extra_columns=allow_extra_columns,
        )
    return ImportReport(
        file=name,
        dry_run=dry_run,
        total=result.total,
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        geocoded=result.geocoded,
        flagged=[
            FlaggedRowPublic(
                row=f.row,
                ref=f.ref,
                confidence=f.confidence,
                method=f.method,
                matched_street=f.matched_street,
            )
            for f in result.flagged
        ],
        ignored_columns=result.ignored_columns,
    )
