"""Cell values of household spreadsheets, in Turkish or English: parse them, and write them back.

Parsers raise `PydanticCustomError` with a message a dispatcher can act on; they never echo
personal values (phone numbers, diets) into the message.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from pydantic_core import PydanticCustomError

from domain.clock import DateError, check_date_range
from domain.clock import parse_date as read_date
from domain.households import Diet, MealPlan
from domain.lang import (
    WEEKDAYS_EN,
    WEEKDAYS_SHORT_EN,
    WEEKDAYS_SHORT_TR,
    WEEKDAYS_TR,
    diet_label,
)
from geodata.turkish import fold
from store.exports.cells import unneutralise

MEAL_PLAN_WORDS: dict[str, MealPlan] = {
    "kahvalti": MealPlan.BREAKFAST,
    "sabah": MealPlan.BREAKFAST,
    "breakfast": MealPlan.BREAKFAST,
    "aksam": MealPlan.DINNER,
    "aksam yemegi": MealPlan.DINNER,
    "dinner": MealPlan.DINNER,
    "her ikisi": MealPlan.BOTH,
    "ikisi": MealPlan.BOTH,
    "ikisi de": MealPlan.BOTH,
    "kahvalti ve aksam": MealPlan.BOTH,
    "kahvalti+aksam": MealPlan.BOTH,
    "both": MealPlan.BOTH,
}
MEAL_PLAN_TR = {
    MealPlan.BREAKFAST: "kahvaltı",
    MealPlan.DINNER: "akşam",
    MealPlan.BOTH: "her ikisi",
}

DIET_TR: dict[Diet, str] = {diet: diet_label(diet.value, "tr") for diet in Diet}
"""The Turkish diet labels of `domain.lang`, as written in spreadsheets ("GLÜTENSİZ")."""
DIET_WORDS: dict[str, Diet] = {fold(label): diet for diet, label in DIET_TR.items()} | {
    fold(diet.value.replace("_", " ")): diet for diet in Diet
}
DIET_WORDS |= {"diyabet": Diet.DIABETIC, "tuzsuz": Diet.LOW_SALT, "soft": Diet.SOFT_FOOD}
_DIET_SPELLING: dict[str, str] = {
    word: DIET_TR[diet] if word in {fold(label) for label in DIET_TR.values()} else diet.value
    for word, diet in DIET_WORDS.items()
} | {"diyabet": DIET_TR[Diet.DIABETIC], "tuzsuz": DIET_TR[Diet.LOW_SALT]}
"""How a suggestion is written: in the language of the label it resembles."""

DAY_TR = WEEKDAYS_SHORT_TR
DAY_EN = WEEKDAYS_SHORT_EN
_DAY_WORDS: dict[str, int] = {}
for _iso, _names in enumerate(
    zip(DAY_TR, WEEKDAYS_TR, DAY_EN, WEEKDAYS_EN, strict=True),
    start=1,
):
    for _name in (*_names, str(_iso)):
        _DAY_WORDS[fold(_name)] = _iso
_DAY_SETS: dict[str, frozenset[int]] = {
    "her gun": frozenset(range(1, 8)),
    "hergun": frozenset(range(1, 8)),
    "daily": frozenset(range(1, 8)),
    "every day": frozenset(range(1, 8)),
    "hafta ici": frozenset(range(1, 6)),
    "weekdays": frozenset(range(1, 6)),
    "hafta sonu": frozenset({6, 7}),
    "weekend": frozenset({6, 7}),
}
ALL_DAYS_TR = "her gün"
ALL_DAYS_EN = "daily"

_PHONE = re.compile(r"^(?:\+?90|0)?([2-58]\d{9})$")
_LIST_SEPARATORS = re.compile(r"[,;/]+")


def cell_text(value: Any) -> str:
    """A cell as text: Excel numbers like 17.0 become "17", None becomes "", and the apostrophe
    an export put before formula-like text ("'+90 532 …") is read away."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unneutralise(str(value).strip()).strip()


def parse_meal_plan(value: Any) -> MealPlan:
    """ "kahvaltı" / "akşam" / "her ikisi" (or breakfast / dinner / both) → `MealPlan`."""
    if isinstance(value, MealPlan):
        return value
    text = cell_text(value)
    plan = MEAL_PLAN_WORDS.get(fold(text))
    if plan is None:
        raise PydanticCustomError(
            "meal_plan",
            "unknown meal plan '{value}'; write kahvaltı, akşam or her ikisi "
            "(breakfast, dinner or both)",
            {"value": text},
        )
    return plan


def parse_days(value: Any) -> frozenset[int]:
    """ "Pzt,Sal,Cum", "Pzt-Cum", "her gün", "hafta içi" (or Mon,Fri / daily) → ISO weekdays."""
    if isinstance(value, frozenset | set):
        return frozenset(value)
    text = fold(cell_text(value))
    if text in _DAY_SETS:
        return _DAY_SETS[text]
    days: set[int] = set()
    for token in filter(None, (t.strip() for t in _LIST_SEPARATORS.split(text))):
        if token in _DAY_SETS:
            days |= _DAY_SETS[token]
            continue
        first, dash, last = (part.strip() for part in token.partition("-"))
        if first not in _DAY_WORDS or (dash and last not in _DAY_WORDS):
            raise PydanticCustomError(
                "service_days",
                "unknown day '{value}'; write days as Pzt,Sal,Çar,Per,Cum,Cmt,Paz, a range "
                "such as Pzt-Cum, or her gün",
                {"value": token},
            )
        start = _DAY_WORDS[first]
        end = _DAY_WORDS[last] if dash else start
        days |= (
            set(range(start, end + 1))
            if start <= end
            else set(range(start, 8)) | set(range(1, end + 1))
        )
    if not days:
        raise PydanticCustomError("service_days", "no service days given", {})
    return frozenset(days)


def parse_diets(value: Any) -> tuple[Diet, ...]:
    """ "GLÜTENSİZ, AZ TUZLU" (or gluten_free; low_salt) → diets in a fixed order.

    An unknown label is named, with the closest known one, so a typo never drops a diet: the
    message goes to the dispatcher who sent the file, never to the logs.
    """
    if isinstance(value, tuple | list):
        return tuple(sorted({Diet(v) for v in value}, key=list(Diet).index))
    diets: set[Diet] = set()
    unknown: list[str] = []
    for token in filter(None, (t.strip() for t in _LIST_SEPARATORS.split(cell_text(value)))):
        diet = DIET_WORDS.get(fold(token.replace("_", " ")))
        if diet is None:
            unknown.append(token)
        else:
            diets.add(diet)
    if unknown:
        named = "; ".join(_unknown_diet(token) for token in unknown)
        raise PydanticCustomError(
            "diets",
            "{count} unknown diet label(s): {named}; use "
            + ", ".join(DIET_TR.values())
            + ", separated by commas",
            {"count": len(unknown), "named": named},
        )
    return tuple(sorted(diets, key=list(Diet).index))


def _unknown_diet(token: str) -> str:
    """ "`DİYABETK`: did you mean `DİYABETİK`?" (or just "`şekersiz`" with no close label)."""
    match = difflib.get_close_matches(fold(token.replace("_", " ")), DIET_WORDS, n=1, cutoff=0.75)
    if not match:
        return f"`{token}`"
    return f"`{token}`: did you mean `{_DIET_SPELLING[match[0]]}`?"


def parse_phone(value: Any) -> str:
    """A Turkish phone number in any usual spelling → "+90 532 123 45 67"."""
    digits = re.sub(r"[\s\-().]", "", cell_text(value))
    match = _PHONE.match(digits)
    if match is None:
        raise PydanticCustomError(
            "phone",
            "not a Turkish phone number; write 10 digits after 0 or +90, "
            "e.g. 0532 123 45 67 or 0224 713 00 00",
            {},
        )
    n = match.group(1)
    return f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"


def parse_date(value: Any) -> dt.date | None:
    """An Excel date, or text as 2025-01-31, 31.01.2025 or 31/01/2025 (`domain.clock.parse_date`,
    the CLI's rule too); empty → None. Dates outside 2000..2100 are refused."""
    text = cell_text(value)
    try:
        if isinstance(value, dt.date):  # an Excel date (openpyxl gives a datetime)
            return check_date_range(value)
        if not text:
            return None
        return read_date(text)
    except DateError as exc:
        raise PydanticCustomError("date", "{reason}", {"reason": str(exc)}) from None


def parse_decimal(value: Any) -> float:
    """A number, with a Turkish decimal comma accepted ("40,0812")."""
    if isinstance(value, int | float):
        return float(value)
    text = cell_text(value).replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise PydanticCustomError(
            "decimal", "not a number: '{value}'", {"value": cell_text(value)}
        ) from None


def parse_labels(value: Any) -> tuple[str, ...]:
    """ "carry_inside, wheelchair" → ("carry_inside", "wheelchair"), sorted."""
    if isinstance(value, tuple | list):
        return tuple(sorted(value))
    tokens = (t.strip() for t in _LIST_SEPARATORS.split(cell_text(value)))
    return tuple(sorted({t for t in tokens if t}))


def format_days(days: frozenset[int], lang: str) -> str:
    """ISO weekdays as written in a spreadsheet ("Pzt,Çar" / "Mon,Wed"; all seven: "her gün")."""
    if days == frozenset(range(1, 8)):
        return ALL_DAYS_TR if lang == "tr" else ALL_DAYS_EN
    names = DAY_TR if lang == "tr" else DAY_EN
    return ",".join(names[d - 1] for d in sorted(days))


def format_meal_plan(plan: MealPlan, lang: str) -> str:
    """A meal plan as written in a spreadsheet."""
    return MEAL_PLAN_TR[plan] if lang == "tr" else plan.value


def format_diets(diets: tuple[Diet, ...], lang: str) -> str:
    """Diet labels as written in a spreadsheet ("GLÜTENSİZ, AZ TUZLU")."""
    if lang == "tr":
        return ", ".join(DIET_TR[d] for d in diets)
    return ", ".join(d.value for d in diets)
