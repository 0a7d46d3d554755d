"""Uploaded spreadsheets (households, parcel families): a safe file name, and the upload saved
in chunks with a size limit (413 problem past it), before the import reads it."""

from __future__ import annotations

import re
from pathlib import Path as FilePath

from fastapi import UploadFile

from api.core.problems import ProblemError

UPLOAD_CHUNK = 1 << 16
"""Bytes read from an upload at a time."""


def safe_upload_name(filename: str | None) -> str:
    """The upload's file name without folders or odd characters (kept for its extension)."""
    name = FilePath(filename or "").name
    name = re.sub(r"[^A-Za-z0-9ÇĞİÖŞÜçğıöşü_.\- ]", "_", name)[:100]
    return name if name.strip(" .") else "upload.csv"


def save_upload(upload: UploadFile, target: FilePath, limit: int) -> None:
    """Write `upload` to `target`, refusing (413) past `limit` bytes."""
    size = 0
    with target.open("wb") as out:
        while chunk := upload.file.read(UPLOAD_CHUNK):
            size += len(chunk)
            if size > limit:
                raise ProblemError(
                    413,
                    f"the file is larger than {limit // 1024} KiB; split it into smaller files",
                    slug="too-large",
                )
            out.write(chunk)
