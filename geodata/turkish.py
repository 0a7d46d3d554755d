"""Turkish-aware folding of names for address matching ("Ismail", "İsmail", "ısmaıl" compare equal).

Casing shown to people lives in `domain.lang.turkish`; geodata imports no other Sofra package, so
the matching key keeps its own lower-casing table here.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_ASCII = str.maketrans(
    {"ı": "i", "ş": "s", "ğ": "g", "ü": "u", "ö": "o", "ç": "c", "â": "a", "î": "i", "û": "u"}
)
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Comparison key: Turkish lower case, then plain ASCII letters and single spaces.

    Dotted and dotless i fold to "i", so "Ismail", "İsmail" and "ısmaıl" all compare equal; this is
    deliberate, because spreadsheets typed on non-Turkish keyboards lose the distinction.
    """
    lowered = text.translate(_LOWER).lower().translate(_ASCII)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip()
