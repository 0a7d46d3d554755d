"""Import households from a spreadsheet: all rows or none, idempotent on the household reference.

Every row is validated and placed (coordinates from the file, else the stored location when the
address is unchanged, else an offline geocode) before anything is written. Any bad row rejects
the whole file with `ImportRejectedError` listing every problem. So does a column Sofra does not
know (naming the closest known header: a misspelt "Diyt" must not import every household with no
diet), unless the caller allows extra columns explicitly. Geocodes below the review
threshold (`StoreSettings.geocode_review_below`) are imported but flagged `needs_review`, and
listed in the result, so a dispatcher confirms or moves them; an address that matches no street
at all is an error (give coordinates for it). Households missing from the file are left as they
are: a partial list never deactivates anyone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from domain.lang.labels import check_lang, label
from geodata.geocode import StreetIndex
from store.errors import ConcurrentUpdateError
from store.imports.columns import (
    COLUMNS,
    REQUIRED,
    closest_header,
    field_of,
    header_language,
    header_of,
)
from store.imports.placement import Locator, Placement
from store.imports.readers import Sheet, read_sheet
from store.imports.report import FlaggedRow, ImportRejectedError, ImportResult, RowError
from store.imports.rows import HouseholdImportRow
from store.imports.values import cell_text
from store.models import HouseholdRow
from store.repositories.audit import record_change
from store.repositories.households import apply_household, changed_fields, new_household_row
from store.settings import StoreSettings

log = logging.getLogger(__name__)


def import_households(
    session: Session,
    path: Path,
    *,
    actor: str,
    street_index: StreetIndex | None = None,
    settings: StoreSettings | None = None,
    osm_path: Path | None = None,
    dry_run: bool = False,
    allow_extra_columns: bool = False,
    lang: str = "en",
) -> ImportResult:
    """Create or update the households of `path` (.csv/.xlsx) in the caller's transaction.

    Raises `ImportRejectedError` (nothing written) when any row is bad, or when a column is not
    one Sofra knows; with `allow_extra_columns` such columns are left out and listed in the
    result instead. With `dry_run`, checks and counts without writing. `lang` ("en"/"tr") is
    the language of the header problems. `settings` is the store's section of the settings tree
    and `osm_path` the extract that geocodes addresses (`paths.inegol_osm`); the entry points
    pass them (default: the built-in defaults).
    """
    settings = settings or StoreSettings()
    check_lang(lang)
    sheet = read_sheet(path)
    field_headers, ignored, header_errors = _map_headers(sheet.headers, allow_extra_columns, lang)
    if not allow_extra_columns:
        header_errors += [
            RowError(1, letter, label("unnamed_column", lang, column=letter))
            for letter in sheet.unnamed
        ]
    if header_errors:
        raise ImportRejectedError(path.name, header_errors)
    locator = Locator(settings, street_index, osm_path)
    valid, errors = _validate(sheet, field_headers, settings, locator)
    existing = _existing(session, [item.ref for _, item in valid])
    placements: dict[str, Placement] = {}
    for number, item in valid:
        placement = locator.place(item, existing.get(item.ref))
        if placement is None:
            errors.append(_no_street(number, field_headers))
        else:
            placements[item.ref] = placement
    if errors:
        raise ImportRejectedError(path.name, errors)

    result = ImportResult(ignored_columns=ignored)
    for number, item in valid:
        placement = placements[item.ref]
        result.geocoded += placement.geocoded_now
        if placement.needs_review:
            result.flagged.append(
                FlaggedRow(
                    number,
                    item.ref,
                    placement.confidence or 0.0,
                    placement.source.value,
                    placement.matched_street,
                )
            )
        _write(session, item, placement, existing.get(item.ref), actor, result, dry_run)
    if not dry_run:
        _flush(session)
        record_change(
            session,
            actor=actor,
            action="import",
            entity="household",
            detail={"created": result.created, "updated": result.updated, "rows": result.total},
        )
    log.info(
        "household import%s: %d created, %d updated, %d unchanged, %d flagged for review",
        " (dry run)" if dry_run else "",
        result.created,
        result.updated,
        result.unchanged,
        len(result.flagged),
    )
    return result


def _validate(
    sheet: Sheet, field_headers: dict[str, str], settings: StoreSettings, locator: Locator
) -> tuple[list[tuple[int, HouseholdImportRow]], list[RowError]]:
    """Valid rows, and every problem of the others (an invalid row's street is checked too)."""
    errors: list[RowError] = []
    valid: list[tuple[int, HouseholdImportRow]] = []
    refs: list[tuple[int, str]] = []
    context = {"service_area": settings.service_area}
    header_fields = {header: field for field, header in field_headers.items()}
    for sheet_row in sheet.rows:
        data = {header_fields[h]: v for h, v in sheet_row.cells.items() if h in header_fields}
        refs.append((sheet_row.number, cell_text(data.get("ref"))))
        try:
            item = HouseholdImportRow.model_validate(data, context=context)
        except ValidationError as exc:
            problems = _row_errors(sheet_row.number, exc, field_headers)
            errors += problems + _unknown_street(
                sheet_row.number, data, problems, field_headers, locator
            )
        else:
            valid.append((sheet_row.number, item))
    errors += _duplicate_refs(refs, field_headers)
    return valid, errors


def _unknown_street(
    number: int,
    data: dict[str, Any],
    problems: list[RowError],
    field_headers: dict[str, str],
    locator: Locator,
) -> list[RowError]:
    """For an invalid row without coordinates: would its street have been found?"""
    street = cell_text(data.get("street"))
    column = field_headers["street"]
    if not street or cell_text(data.get("lat")) or any(p.column == column for p in problems):
        return []
    found = locator.geocode(street, cell_text(data.get("house_number")))
    return [] if found is not None else [_no_street(number, field_headers)]


def _no_street(number: int, field_headers: dict[str, str]) -> RowError:
    lat = field_headers.get("lat", "Enlem (lat)")
    lon = field_headers.get("lon", "Boylam (lon)")
    return RowError(
        number,
        field_headers["street"],
        f"no street of that name in the map; check the spelling or give {lat}/{lon}",
    )


def _map_headers(
    headers: list[str], allow_extra_columns: bool = False, lang: str = "en"
) -> tuple[dict[str, str], list[str], list[RowError]]:
    """field → header as written; headers not used; errors (unknown, missing or repeated
    columns). An unknown header is an error unless `allow_extra_columns`."""
    field_headers: dict[str, str] = {}
    ignored: list[str] = []
    errors: list[RowError] = []
    file_lang = header_language(headers)
    for header in headers:
        field = field_of(header)
        if field is None:
            ignored.append(header)
            if not allow_extra_columns:
                errors.append(RowError(1, header, _unknown_column(header, file_lang, lang)))
        elif field in field_headers:
            errors.append(RowError(1, header, f"same column as {field_headers[field]!r}"))
        else:
            field_headers[field] = header
    for field in REQUIRED:
        if field not in field_headers:
            wanted = f"{header_of(field, 'tr')} (or {header_of(field, 'en')})"
            errors.append(RowError(1, wanted, "required column is missing"))
    return field_headers, ignored, errors


def _unknown_column(header: str, file_lang: str, lang: str) -> str:
    """ "`Diyt`: did you mean `Diyet`? …", or the known headers when none is close."""
    suggestion = closest_header(header, file_lang)
    if suggestion is not None:
        return label("unknown_column_suggest", lang, header=header, suggestion=suggestion)
    known = ", ".join(header_of(field, file_lang) for field in COLUMNS)
    return label("unknown_column", lang, header=header, known=known)


def _row_errors(number: int, exc: ValidationError, field_headers: dict[str, str]) -> list[RowError]:
    problems = []
    for error in exc.errors(include_input=False, include_url=False):
        field = str(error["loc"][0]) if error["loc"] else ""
        column = field_headers.get(field, header_of(field, "tr") if field else "")
        message = "required" if error["type"] == "missing" else error["msg"]
        problems.append(RowError(number, column, message))
    return problems


def _duplicate_refs(refs: list[tuple[int, str]], field_headers: dict[str, str]) -> list[RowError]:
    """A reference used by an earlier row (valid or not) is an error on every later row."""
    column = field_headers.get("ref", "ref")
    first_row: dict[str, int] = {}
    problems = []
    for number, ref in refs:
        if not ref:
            continue
        if ref in first_row:
            message = f"reference {ref} repeats row {first_row[ref]}"
            problems.append(RowError(number, column, message))
        else:
            first_row[ref] = number
    return problems


def _existing(session: Session, refs: list[str]) -> dict[str, HouseholdRow]:
    rows = session.scalars(select(HouseholdRow).where(HouseholdRow.ref.in_(set(refs))))
    return {row.ref: row for row in rows}


def _write(
    session: Session,
    item: HouseholdImportRow,
    placement: Placement,
    stored: HouseholdRow | None,
    actor: str,
    result: ImportResult,
    dry_run: bool,
) -> None:
    household = item.to_household(placement.lat, placement.lon)
    if stored is None:
        result.created += 1
        if not dry_run:
            session.add(
                new_household_row(
                    household,
                    location_source=placement.source,
                    geocode_confidence=placement.confidence,
                    needs_review=placement.needs_review,
                )
            )
            record_change(
                session, actor=actor, action="create", entity="household", entity_ref=item.ref
            )
        return
    fields = changed_fields(stored, household)
    if not fields and stored.active:
        result.unchanged += 1
        return
    result.updated += 1
    if dry_run:
        return
    apply_household(stored, household)
    if {"lat", "lon"} & set(fields):
        stored.location_source = placement.source.value
        stored.geocode_confidence = placement.confidence
        stored.needs_review = placement.needs_review
    if not stored.active:
        stored.active = True
        fields.append("active")
    record_change(
        session,
        actor=actor,
        action="update",
        entity="household",
        entity_ref=item.ref,
        detail={"fields": fields, "source": "import"},
    )


def _flush(session: Session) -> None:
    try:
        session.flush()
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentUpdateError("household import") from exc
