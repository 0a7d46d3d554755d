"""Application states, numbers, phones and consent versions."""

from __future__ import annotations

import itertools

import pytest

from domain.applications import (
    CONSENT_TEXT_VERSION,
    TRANSITIONS,
    ApplicationState,
    IllegalTransitionError,
    UnknownConsentVersionError,
    application_id_of,
    application_ref,
    check_consent_version,
    check_transition,
    normalise_phone,
)

S = ApplicationState


def test_the_road_from_received_to_registered_is_allowed() -> None:
    road = [S.RECEIVED, S.ASSESSMENT_SCHEDULED, S.ASSESSED, S.APPROVED, S.REGISTERED]
    for current, wanted in itertools.pairwise(road):
        check_transition("B00001", current, wanted)


@pytest.mark.parametrize(
    ("current", "wanted"),
    [
        (S.RECEIVED, S.APPROVED),
        (S.RECEIVED, S.REGISTERED),
        (S.ASSESSED, S.RECEIVED),
        (S.REJECTED, S.ASSESSED),
        (S.REGISTERED, S.REJECTED),
        (S.APPROVED, S.REJECTED),
    ],
)
def test_illegal_transitions_name_what_is_allowed(
    current: ApplicationState, wanted: ApplicationState
) -> None:
    with pytest.raises(IllegalTransitionError) as caught:
        check_transition("B00007", current, wanted)
    text = str(caught.value)
    assert "B00007" in text and current.value in text and wanted.value in text
    assert "allowed next" in text


def test_every_state_has_its_transitions() -> None:
    assert set(TRANSITIONS) == set(ApplicationState)
    assert not TRANSITIONS[S.REJECTED] and not TRANSITIONS[S.REGISTERED]


def test_numbers_round_trip() -> None:
    assert application_ref(12) == "B00012"
    assert application_id_of("B00012") == 12
    assert application_id_of("b12") == 12
    assert application_id_of("H0001") is None
    assert application_id_of("B") is None


@pytest.mark.parametrize(
    "typed",
    ["0532 123 45 67", "+90 532 123 45 67", "905321234567", "(0532) 123-45-67", "5321234567"],
)
def test_phones_meet_whatsapp_s_spelling(typed: str) -> None:
    assert normalise_phone(typed) == "905321234567"


def test_a_foreign_number_keeps_its_digits() -> None:
    assert normalise_phone("+49 151 2345 6789") == "4915123456789"


def test_consent_versions() -> None:
    assert check_consent_version(CONSENT_TEXT_VERSION) == CONSENT_TEXT_VERSION
    with pytest.raises(UnknownConsentVersionError, match="expected one of"):
        check_consent_version("kvkk-1999")
