"""Errors of the simulation: each names the scenario file, the line and the fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScenarioIssue:
    """One thing wrong in a scenario: where (line, dotted field) and why."""

    line: int | None
    field: str
    reason: str

    def describe(self, source: str) -> str:
        """`file:line: field: reason`, as compilers and linters write it."""
        where = f"{source}:{self.line}" if self.line is not None else source
        return f"{where}: {self.field}: {self.reason}" if self.field else f"{where}: {self.reason}"


class ScenarioError(ValueError):
    """A scenario file that cannot be run, with every problem found and its line."""

    def __init__(self, source: str, problems: Sequence[ScenarioIssue]) -> None:
        self.source = source
        self.problems = tuple(problems)
        lines = "\n".join(f"  {p.describe(source)}" for p in self.problems)
        super().__init__(f"scenario {source} is not valid; fix:\n{lines}")

    @property
    def line(self) -> int | None:
        """Line of the first problem (1-based), None when it has no place in the file."""
        return self.problems[0].line if self.problems else None
