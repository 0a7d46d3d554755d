"""Unserved reasons and re-plan change lists, in Turkish and in English, from `domain.lang`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from api_testing import ApiClient
from plans_on_disk import edit_plan

from domain.lang import LANGS, change_kind, unserved_reason
from domain.lang.labels import page_labels
from routing.model import Route, Solution, Trip, Unserved, UnservedReason, Visit
from scheduler.replan import changes_between
from sheets.plan_views import reason_text
from store.models import PlanRow

pytest_plugins = ["api_testing"]

DISPATCHER_JS = Path(__file__).resolve().parents[2] / "api" / "static" / "dispatcher.js"


@pytest.mark.parametrize("reason", list(UnservedReason))
def test_every_unserved_reason_has_words_in_both_languages(reason: UnservedReason) -> None:
    tr, en = (unserved_reason(reason.value, lang) for lang in LANGS)
    assert tr and en and tr != en
    unserved = Unserved("H0001", reason, "detail")
    assert reason_text(unserved, "tr") == f"{tr} (detail)"
    assert reason_text(unserved, "en") == f"{en} (detail)"


def _visit(ref: str, start_s: int) -> Visit:
    return Visit(ref, start_s, start_s, start_s + 60, 0, (1,), 300)


def _solution(*routes: tuple[str, list[tuple[str, int]]]) -> Solution:
    return Solution(
        routes=tuple(
            Route(
                v,
                (Trip("K", 61000, (1,), tuple(_visit(*x) for x in xs), "K", 64000, 1, 1),),
                1,
                1,
                1,
            )
            for v, xs in routes
        ),
        unserved=(),
        objective=0,
        driving_s=0,
        distance_m=0,
        working_s=0,
    )


def test_a_replan_change_list_reads_in_both_languages() -> None:
    before = _solution(("V1/D1", [("H1", 61500), ("H2", 61800)]), ("V2/D2", [("H3", 62000)]))
    after = _solution(("V1/D1", [("H1", 62700), ("H4", 63000)]), ("V2/D2", [("H2", 62100)]))
    changes = {c.kind: c for c in changes_between(before, after)}
    assert set(changes) == {"added", "removed", "moved", "retimed"}
    assert changes["removed"].text("tr") == "H3: çıkarıldı (V2/D2)"
    assert changes["removed"].text("en") == "H3: removed (V2/D2)"
    assert changes["retimed"].text("tr") == "H1: saati değişti (17:05 → 17:25)"
    for kind, change in changes.items():
        tr, en = change.text("tr"), change.text("en")
        assert change_kind(kind, "tr") in tr and change_kind(kind, "en") in en and tr != en
        assert str(change) == en


def test_the_api_sends_reasons_and_changes_in_the_asked_language(
    planned: tuple[ApiClient, int],
) -> None:
    api, plan_id = planned
    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    moved = plan["routes"][0]["stops"][0]["household"]

    def edit(row: PlanRow, document: dict[str, Any]) -> None:
        document["unserved"] = [
            *document["unserved"],
            {"stop_id": moved, "reason": "capacity_exhausted", "detail": "short by 3"},
        ]
        row.changes = {
            "from_version": 1,
            "at": "15:00",
            "items": [{"ref": moved, "kind": "moved", "detail": "V1/D1 → V2/D2"}],
        }

    edit_plan(api, plan_id, edit)
    tr = api.get(f"/plans/{plan_id}?lang=tr", "dispatcher").json()
    en = api.get(f"/plans/{plan_id}?lang=en", "dispatcher").json()
    assert tr["unserved"][-1]["reason_text"] == "filo kapasitesi yetmiyor (short by 3)"
    assert en["unserved"][-1]["reason_text"] == "fleet capacity exhausted (short by 3)"
    assert tr["changes"][0]["text"] == f"{moved}: başka araca alındı (V1/D1 → V2/D2)"
    assert en["changes"][0]["text"] == f"{moved}: moved (V1/D1 → V2/D2)"
    hidden = api.get(f"/plans/{plan_id}?lang=en", "planner").json()["changes"][0]
    assert hidden["household"].startswith("P-") and hidden["text"].startswith(hidden["household"])
    assert moved not in hidden["text"]


def test_the_page_gets_every_word_from_domain_lang(api: ApiClient) -> None:
    html = api.client.get("/").text
    found = re.search(r'<script type="application/json" id="sofra-labels">(.*?)</script>', html)
    assert found is not None
    words = json.loads(found.group(1))
    assert words == page_labels() and set(words) == set(LANGS)
    assert words["tr"]["plan"] == "Planla" and words["en"]["plan"] == "Plan"
    assert words["tr"].keys() == words["en"].keys()
    js = DISPATCHER_JS.read_text(encoding="utf-8")
    page = (DISPATCHER_JS.parent / "index.html").read_text(encoding="utf-8")
    for text in (js, page):
        assert not re.search("[çğıİöşüÇĞÖŞÜ]", text), "a Turkish word outside domain.lang"
    keys = set(re.findall(r'\bt\("(\w+)"\)', js)) | set(re.findall(r'data-i18n="(\w+)"', page))
    assert keys <= words["en"].keys()
