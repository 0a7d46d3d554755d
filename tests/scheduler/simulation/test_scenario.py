"""Scenario files: what a planner writes is what runs, and mistakes are named with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.simulation.errors import ScenarioError
from scheduler.simulation.scenario import load_scenario, parse_scenario
from scheduler.simulation.sweep import expand

REPO = Path(__file__).resolve().parents[3]

GOOD = """\
name: kitchens
question: What does a second kitchen save?
seed: 4
days: {start: 2025-03-01, end: 2025-03-31, sample: 3}
shifts: [dinner]
base:
  add_households: 150
  dinner: {delivery_start: 17:00}
variants:
  - name: one kitchen
  - name: two kitchens
    changes:
      add_households: 100
      dinner: {delivery_end: 19:00}
      add_kitchens:
        - {name: Doğu, lat: 40.0807, lon: 29.5212, vans: 2}
sweep:
  vans: [2, 3, 4]
"""


def test_a_scenario_expands_to_variants_times_grid_with_later_layers_winning() -> None:
    scenario = parse_scenario(GOOD)
    runs = expand(scenario)
    assert len(runs) == 2 * 3
    assert [r.point["vans"] for r in runs] == [2, 3, 4, 2, 3, 4]
    one, two = runs[0].changes, runs[3].changes
    assert one.add_households == 150 and one.add_kitchens is None
    assert two.add_households == 100  # the variant overrides the base
    assert two.vans == 2
    # shift times merge field by field; "17:00" stays a clock time, not YAML 1.1's 1020
    assert two.dinner is not None
    assert (two.dinner.delivery_start, two.dinner.delivery_end) == ("17:00", "19:00")
    assert two.add_kitchens is not None and two.add_kitchens[0].lon == pytest.approx(29.5212)
    assert runs[4].label == "two kitchens, vans=3"


def _error(text: str) -> ScenarioError:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(text, "bad.yaml")
    return caught.value


def test_a_value_out_of_range_is_rejected_with_its_line_and_reason() -> None:
    error = _error(GOOD.replace("vans: [2, 3, 4]", "vans: [2, 0, 4]"))
    assert error.line == 18
    assert "sweep.vans.1" in str(error) and "greater than or equal to 1" in str(error)
    assert "bad.yaml:18: sweep.vans.1:" in str(error)


def test_a_misspelt_field_is_rejected_at_its_line() -> None:
    error = _error(GOOD.replace("      add_households: 100", "      add_household: 100"))
    assert error.line == 13
    assert "variants.1.changes.add_household" in str(error)
    assert "unknown field" in str(error)


def test_a_bad_clock_time_names_the_field() -> None:
    error = _error(GOOD.replace("delivery_end: 19:00", "delivery_end: 7 pm"))
    assert error.line == 14
    assert "variants.1.changes.dinner.delivery_end" in str(error)


def test_a_kitchen_without_a_latitude_is_reported_at_the_kitchen() -> None:
    error = _error(GOOD.replace("lat: 40.0807, ", ""))
    assert error.line == 16
    assert "add_kitchens.0.lat" in str(error) and "missing" in str(error)


def test_yaml_syntax_errors_and_duplicate_keys_give_the_line() -> None:
    assert _error("name: x\nseed: [1, 2\nshifts: [dinner]\n").line in (2, 3)
    duplicate = _error("name: x\nseed: 1\nseed: 2\n")
    assert duplicate.line == 3 and "given twice" in str(duplicate)


def test_inconsistent_days_and_plot_axes_are_rejected() -> None:
    days = _error("name: x\ndays: {start: 2025-05-01, end: 2025-04-01}\n")
    assert days.line == 2 and "before start" in str(days)
    few = _error("name: x\ndays:\n  end: 2025-01-31\n  sample: 9\n  weekdays: [6]\n")
    assert few.line == 2 and "only 4 such days" in str(few)
    plot = _error("name: x\nsweep: {vans: [1, 2]}\nplot: {x: households}\n")
    assert plot.line == 1 and "plot.x" in str(plot)


def test_every_example_scenario_in_the_repository_is_valid() -> None:
    files = sorted((REPO / "scenarios").glob("*.yaml"))
    assert len(files) >= 4
    for path in files:
        scenario = load_scenario(path)
        assert scenario.question, f"{path.name} should say which question it answers"
        assert expand(scenario)
