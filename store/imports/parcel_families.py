"""Import parcel families from a spreadsheet: all rows or none, idempotent on the reference.

The household import's machinery (readers, row errors, the rejected-file error) with the
parcel columns (`store.imports.parcel_columns`). Every row is validated before anything is
written; any bad row, or a column Sofra does not know (with the closest known header named),
rejects the whole file with `ImportRejectedError`. Families missing from the file are left as
they are.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from domain.lang.labels import check_lang, label
from store.errors import ConcurrentUpdateError
from store.imports.parcel_columns import PARCEL_COLUMNS
from store.imports.parcel_rows import FamilyImportRow
from store.imports.readers import read_sheet
from store.imports.report import ImportRejectedError, ImportResult, RowError
from store.imports.values import cell_text
from store.repositories.audit import record_change
from store.repositories.parcels import upsert_family
from store.settings import StoreSettings

log = logging.getLogger(__name__)
SPEC = PARCEL_COLUMNS


def import_parcel_families(
    session: Session,
    path: Path,
    *,
    actor: str,
    settings: StoreSettings | None = None,
    dry_run: bool = False,
    lang: str = "en",
) -> ImportResult:
    """Create or update the parcel families of `path` (.csv/.xlsx) in the caller's transaction
    (`ImportRejectedError`, nothing written, on any bad row or unknown column)."""
    settings = settings or StoreSettings()
    check_lang(lang)
    sheet = read_sheet(path)
    field_headers, errors = _map_headers(sheet.headers, lang)
    errors += [
        RowError(1, letter, label("unnamed_column", lang, column=letter))
        for letter in sheet.unnamed
    ]
    if errors:
        raise ImportRejectedError(path.name, errors)
    header_fields = {header: name for name, header in field_headers.items()}
    context = {"service_area": settings.service_area}
    valid: list[tuple[int, FamilyImportRow]] = []
    first_row: dict[str, int] = {}
    for sheet_row in sheet.rows:
        data = {header_fields[h]: v for h, v in sheet_row.cells.items() if h in header_fields}
        ref = cell_text(data.get("ref"))
        if ref and ref in first_row:
            message = f"reference {ref} repeats row {first_row[ref]}"
            errors.append(RowError(sheet_row.number, field_headers["ref"], message))
        elif ref:
            first_row[ref] = sheet_row.number
        try:
            valid.append((sheet_row.number, FamilyImportRow.model_validate(data, context=context)))
        except ValidationError as exc:
            errors += _row_errors(sheet_row.number, exc, field_headers)
    if errors:
        raise ImportRejectedError(path.name, errors)
    result = ImportResult()
    if dry_run:
        result.created = len(valid)
        return result
    for _number, item in valid:
        outcome = upsert_family(session, item.to_family(), two_person=item.two_person, actor=actor)
        setattr(result, outcome, getattr(result, outcome) + 1)
    try:
        session.flush()
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentUpdateError("parcel family import") from exc
    record_change(
        session,
        actor=actor,
        action="import",
        entity="parcel_family",
        detail={"created": result.created, "updated": result.updated, "rows": result.total},
    )
    log.info(
        "parcel family import: %d created, %d updated, %d unchanged",
        result.created,
        result.updated,
        result.unchanged,
    )
    return result


def _map_headers(headers: list[str], lang: str) -> tuple[dict[str, str], list[RowError]]:
    """field → header as written, and the header errors (unknown, repeated, missing)."""
    field_headers: dict[str, str] = {}
    errors: list[RowError] = []
    file_lang = SPEC.header_language(headers)
    for header in headers:
        name = SPEC.field_of(header)
        if name is None:
            suggestion = SPEC.closest_header(header, file_lang)
            if suggestion is not None:
                text = label("unknown_column_suggest", lang, header=header, suggestion=suggestion)
            else:
                known = ", ".join(SPEC.header_of(n, file_lang) for n in SPEC.columns)
                text = label("unknown_column", lang, header=header, known=known)
            errors.append(RowError(1, header, text))
        elif name in field_headers:
            errors.append(RowError(1, header, f"same column as {field_headers[name]!r}"))
        else:
            field_headers[name] = header
    for name in SPEC.required:
        if name not in field_headers:
            wanted = f"{SPEC.header_of(name, 'tr')} (or {SPEC.header_of(name, 'en')})"
            errors.append(RowError(1, wanted, "required column is missing"))
    return field_headers, errors


def _row_errors(number: int, exc: ValidationError, field_headers: dict[str, str]) -> list[RowError]:
    problems = []
    for error in exc.errors(include_input=False, include_url=False):
        name = str(error["loc"][0]) if error["loc"] else ""
        column = field_headers.get(name, SPEC.header_of(name, "tr") if name in SPEC.columns else "")
        message = "required" if error["type"] == "missing" else error["msg"]
        problems.append(RowError(number, column, message))
    return problems
