"""Spreadsheet cells that cannot run: formula neutralising for CSV and Excel exports.

A cell whose text starts with `=`, `+`, `-` or `@` (or a tab or carriage return, which some
programs skip before reading a formula) is run as a formula when a spreadsheet program opens
the file: `=HYPERLINK("http://…", "click")` in a household's notes would become a live link
in the dispatcher's Excel. Exports therefore write such text with a leading apostrophe, the
spreadsheet's own "this is text" mark, and the import reads the apostrophe away again, so an
export still re-imports to the same households.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet program read a cell as a formula."""
TEXT_MARK = "'"


def is_formula_like(text: str) -> bool:
    """True when `text` would be read as a formula by a spreadsheet program."""
    return text.startswith(FORMULA_STARTS)


def neutralise(value: Any) -> Any:
    """`value`, with text that would run as a formula prefixed by an apostrophe (numbers, dates
    and other text unchanged)."""
    if isinstance(value, str) and is_formula_like(value):
        return TEXT_MARK + value
    return value


def unneutralise(text: str) -> str:
    """The text an export neutralised, as it was: "'=1+1" → "=1+1"; other text unchanged."""
    if text.startswith(TEXT_MARK) and is_formula_like(text[1:]):
        return text[1:]
    return text
