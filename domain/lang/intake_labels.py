"""Turkish and English labels of applications, consent, the 153 form, WhatsApp replies (issue 14).

`domain.lang.labels` merges these into its one catalogue: `label(key, lang)` reads `LABELS`,
and `page_labels()` sends `PAGE` to the staff page. A key defined twice in the
catalogues fails at import.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # key: (Turkish, English)
}

PAGE: dict[str, tuple[str, str]] = {
    # words of the staff page's module
}
