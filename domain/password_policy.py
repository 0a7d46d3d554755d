"""Which passwords an account may have: at least 12 characters, not common, not predictable.

One rule for every way a password is set (the API's account and password routes, `sofra users`).
A password is rejected when it is

- shorter than `MIN_LENGTH` (or longer than `MAX_LENGTH`) characters;
- one of the most common passwords (`common_passwords.txt`, about 1,250 of them);
- made of at most `MAX_PREDICTABLE_PARTS` predictable parts: common passwords, runs along the
  alphabet, the digits or a keyboard row ("123456789012", "qwertyuiopas"), repeated characters
  or blocks, years ("password1234", "sofra2026sofra");
- or when it contains the username.

Comparisons ignore case and Turkish letters (ş = s, ı = i …). The messages are labels in
`domain.lang.labels` (keys `password_*`), Turkish and English.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from domain.lang.labels import label

MIN_LENGTH = 12
MAX_LENGTH = 128
MAX_PREDICTABLE_PARTS = 3
"""A password made of this many predictable parts or fewer is rejected."""
MIN_WORD = 4
"""Shortest common password counted as one part inside a longer password."""

COMMON_FILE = Path(__file__).resolve().parent / "common_passwords.txt"

_FOLD = str.maketrans({"ş": "s", "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ü": "u", "̇": None})

_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",  # 9 → 0 → 1 as on a keyboard: "123456789012" is one run
    "1234567890-=",
    "qwertyuiopasdfghjklzxcvbnm",  # QWERTY rows, one after the other ("…op" → "as…")
    "qwertyuiopgu",  # Turkish Q keyboard (ğ, ü folded)
    "asdfghjklsi",
    "zxcvbnmoc",
    "fggiodrnhpqw",  # Turkish F keyboard
    "uieautkmlysx",
    "jovcczsb",
    "qazwsxedcrfvtgbyhnujmikolp",  # keyboard columns
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
)
_STEPS: tuple[frozenset[tuple[str, str]], ...] = tuple(
    frozenset(pairs)
    for seq in _SEQUENCES
    for pairs in (itertools.pairwise(seq), itertools.pairwise(seq[::-1]))
)
"""Each sequence read forwards and backwards, as a set of (character, next character)."""

_YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True, slots=True)
class PasswordProblem:
    """Why a password is refused: a label key of `domain.lang.labels` and its values."""

    key: str
    values: tuple[tuple[str, int], ...] = ()


def fold(text: str) -> str:
    """`text` for comparisons: lower case, Turkish letters as their plain Latin ones."""
    return text.lower().translate(_FOLD)


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, folded (see `fold`)."""
    lines = COMMON_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line) for line in lines if line and not line.startswith("# "))


def _run_length(text: str, start: int) -> int:
    """Length of the longest run from `start` along one sequence in one direction."""
    best = 1
    for steps in _STEPS:
        end = start + 1
        while end < len(text) and (text[end - 1], text[end]) in steps:
            end += 1
        best = max(best, end - start)
    return best


def _block_repeat_ends(text: str, start: int) -> list[int]:
    """Ends of the parts from `start` that are one block repeated ("aaaa", "abab", "123123")."""
    ends = []
    for size in range(1, 7):
        block = text[start : start + size]
        if len(block) < size:
            break
        end = start + size
        while text[end : end + size] == block:
            end += size
        if end - start >= max(3, 2 * size):
            ends.append(end)
    return ends


def predictable_parts(password: str) -> int:
    """The fewest parts `password` splits into, counting each common password (4+ characters),
    run, repeat or year as one part and every other character as one."""
    text = fold(password)
    common = common_passwords()
    n = len(text)
    cost = [0] + [n + 1] * n  # cost[i]: fewest parts covering text[:i]
    longest = max(len(w) for w in common)
    for i in range(n):
        here = cost[i] + 1
        ends = {i + 1}
        run = _run_length(text, i)
        if run >= 3:
            ends.update(range(i + 3, i + run + 1))
        ends.update(_block_repeat_ends(text, i))
        if _YEAR.match(text, i):
            ends.add(i + 4)
        for j in range(i + MIN_WORD, min(n, i + longest) + 1):
            if text[i:j] in common:
                ends.add(j)
        for end in ends:
            cost[end] = min(cost[end], here)
    return cost[n]


def password_problem(password: str, username: str | None = None) -> PasswordProblem | None:
    """Why `password` may not be used (for the account `username`), or None when it may."""
    if len(password) < MIN_LENGTH:
        return PasswordProblem("password_too_short", (("n", MIN_LENGTH),))
    if len(password) > MAX_LENGTH:
        return PasswordProblem("password_too_long", (("n", MAX_LENGTH),))
    if username and len(username) >= 3 and fold(username) in fold(password):
        return PasswordProblem("password_has_username")
    if fold(password) in common_passwords():
        return PasswordProblem("password_common")
    if predictable_parts(password) <= MAX_PREDICTABLE_PARTS:
        return PasswordProblem("password_predictable")
    return None


class WeakPasswordError(ValueError):
    """A password the policy refuses; the message says why, in the language asked for."""

    def __init__(self, problem: PasswordProblem, lang: str = "en") -> None:
        super().__init__(password_message(problem, lang))
        self.problem = problem


def password_message(problem: PasswordProblem, lang: str = "tr") -> str:
    """What to tell the person choosing the password, in `lang`."""
    return label(problem.key, lang, **dict(problem.values))


def check_password(password: str, username: str | None = None, lang: str = "en") -> None:
    """Raise `WeakPasswordError` when `password` may not be used for `username`."""
    problem = password_problem(password, username)
    if problem is not None:
        raise WeakPasswordError(problem, lang)
