"""A spreadsheet's column spec: Turkish or English headers → fields, with suggestions for
misspelt headers. The household columns (`store.imports.columns`) keep their own module; new
kinds of import (parcel families) declare a `ColumnSpec`."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from geodata.turkish import fold

_SEPARATORS = re.compile(r"[\s._/-]+")
SUGGEST_CUTOFF = 0.75
"""How alike a header must be to a known spelling to be suggested (difflib's ratio)."""


def header_key(header: str) -> str:
    """A header as matched: case, Turkish letters, spaces, dots and underscores ignored."""
    return _SEPARATORS.sub(" ", fold(header)).strip()


@dataclass(frozen=True)
class ColumnSpec:
    """field → (English header, Turkish header, other accepted spellings); `required` fields."""

    columns: Mapping[str, tuple[str, str, tuple[str, ...]]]
    required: Sequence[str]
    _by_key: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for name, (en, tr, others) in self.columns.items():
            for spelling in (name, en, tr, *others):
                self._by_key[header_key(spelling)] = name

    def field_of(self, header: str) -> str | None:
        """The field a header names, or None."""
        return self._by_key.get(header_key(header))

    def header_of(self, name: str, lang: str) -> str:
        """The header Sofra writes for `name` in "en" or "tr"."""
        en, tr, _ = self.columns[name]
        return tr if lang == "tr" else en

    def closest_header(self, header: str, lang: str = "tr") -> str | None:
        """The known header a misspelt one most resembles, or None."""
        match = difflib.get_close_matches(
            header_key(header), self._by_key, n=1, cutoff=SUGGEST_CUTOFF
        )
        if not match:
            return None
        name = self._by_key[match[0]]
        en, tr, _ = self.columns[name]
        if match[0] in (header_key(en), header_key(name)):
            return en
        if match[0] == header_key(tr):
            return tr
        return self.header_of(name, lang)

    def header_language(self, headers: Sequence[str]) -> str:
        """ "en" when more headers are Sofra's English ones than its Turkish, else "tr"."""
        en = tr = 0
        for h in headers:
            name = self.field_of(h)
            if name is None:
                continue
            en += header_key(h) == header_key(self.columns[name][0])
            tr += header_key(h) == header_key(self.columns[name][1])
        return "en" if en > tr else "tr"
