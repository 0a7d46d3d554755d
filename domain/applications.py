"""Applications for help: how they arrive, what is asked, the road from received to registered.

An application comes by the 153 call centre, WhatsApp, a walk-in or a referral; the applicant
(who calls) and the person in need (who will be served) may differ. It moves through
`ApplicationState` only along `TRANSITIONS`; approval needs the person's KVKK consent
(`ConsentMissingError`). Phones are kept as digits with the country code (`normalise_phone`), the
form WhatsApp sends, so a call and a message of the same person meet.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Channel(StrEnum):
    """How an application reached the office."""

    CALL_CENTRE_153 = "call_centre_153"
    WHATSAPP = "whatsapp"
    WALK_IN = "walk_in"
    REFERRAL = "referral"


class Need(StrEnum):
    """What an applicant asks for (and what an approval grants)."""

    HOT_MEALS = "hot_meals"
    FOOD_PARCEL = "food_parcel"
    GLUTEN_FREE_PARCEL = "gluten_free_parcel"
    HOME_HELP = "home_help"


class ApplicationState(StrEnum):
    """Where an application stands."""

    RECEIVED = "received"
    ASSESSMENT_SCHEDULED = "assessment_scheduled"
    ASSESSED = "assessed"
    APPROVED = "approved"
    REJECTED = "rejected"
    REGISTERED = "registered"


S = ApplicationState
TRANSITIONS: dict[ApplicationState, frozenset[ApplicationState]] = {
    S.RECEIVED: frozenset({S.ASSESSMENT_SCHEDULED, S.ASSESSED, S.REJECTED}),
    S.ASSESSMENT_SCHEDULED: frozenset({S.ASSESSMENT_SCHEDULED, S.ASSESSED, S.REJECTED}),
    S.ASSESSED: frozenset({S.APPROVED, S.REJECTED}),
    S.APPROVED: frozenset({S.REGISTERED}),
    S.REJECTED: frozenset(),
    S.REGISTERED: frozenset(),
}
"""The states each state may move to. An assessment may be recorded without a scheduled visit
(a walk-in assessed at the desk); a scheduled visit may be moved (scheduled again)."""

OPEN_STATES = frozenset({S.RECEIVED, S.ASSESSMENT_SCHEDULED, S.ASSESSED, S.APPROVED})
"""States in which new messages of the same phone attach to the application."""

CONSENT_TEXT_VERSION = "kvkk-aydinlatma-2026-01"
"""The version of the KVKK information and consent text the office reads out or sends now."""
CONSENT_TEXT_VERSIONS = frozenset({CONSENT_TEXT_VERSION})
"""Versions of the consent text a consent may be recorded against."""

APPLICATION_PREFIX = "B"
"""Application numbers read "B00012" (Başvuru)."""
MAX_NUMBER_DIGITS = 9
"""Longest application number accepted (ids are 32-bit integers)."""


class IllegalTransitionError(ValueError):
    """A state change `TRANSITIONS` does not allow; names what is allowed instead."""

    def __init__(self, ref: str, current: ApplicationState, wanted: ApplicationState) -> None:
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "none (the application is closed)"
        super().__init__(
            f"application {ref} is {current.value}; it cannot become {wanted.value} "
            f"(allowed next: {allowed})"
        )
        self.ref, self.current, self.wanted = ref, current, wanted


class ConsentMissingError(ValueError):
    """Approval (or registration) of an application without the person's recorded consent."""

    def __init__(self, ref: str) -> None:
        super().__init__(
            f"application {ref} has no KVKK consent recorded; read out the consent text "
            f"({CONSENT_TEXT_VERSION}), record the consent, then approve"
        )
        self.ref = ref


class UnknownConsentVersionError(ValueError):
    """A consent recorded against a text version the office does not have."""

    def __init__(self, version: str) -> None:
        known = ", ".join(sorted(CONSENT_TEXT_VERSIONS))
        super().__init__(f"unknown consent text version {version!r}; expected one of: {known}")


def check_transition(ref: str, current: ApplicationState, wanted: ApplicationState) -> None:
    """Raise `IllegalTransitionError` unless `current` may move to `wanted`."""
    if wanted not in TRANSITIONS[current]:
        raise IllegalTransitionError(ref, current, wanted)


def check_consent_version(version: str) -> str:
    """`version` when it is a known consent text version, else `UnknownConsentVersionError`."""
    if version not in CONSENT_TEXT_VERSIONS:
        raise UnknownConsentVersionError(version)
    return version


def application_ref(application_id: int) -> str:
    """The application number people are told: "B00012"."""
    return f"{APPLICATION_PREFIX}{application_id:05d}"


def application_id_of(ref: str) -> int | None:
    """The id of an application number ("B00012" → 12), or None when it is not one."""
    text = ref.strip().upper()
    if not text.startswith(APPLICATION_PREFIX) or not text[1:].isascii() or not text[1:].isdigit():
        return None
    if len(text) > 1 + MAX_NUMBER_DIGITS:  # beyond a 32-bit id
        return None
    return int(text[1:])


TURKISH_COUNTRY_CODE = "90"
MOBILE_DIGITS = 10
"""A Turkish number without its trunk 0 or country code: 5xx xxx xx xx."""


def normalise_phone(phone: str) -> str:
    """Digits with the country code, as WhatsApp sends them: "0532 123 45 67", "+90 532 123 45
    67" and "905321234567" all give "905321234567"; foreign numbers keep their digits."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("00"):
        digits = digits[2:]
    if len(digits) == MOBILE_DIGITS + 1 and digits.startswith("0"):
        digits = digits[1:]
    if len(digits) == MOBILE_DIGITS:
        digits = TURKISH_COUNTRY_CODE + digits
    return digits
