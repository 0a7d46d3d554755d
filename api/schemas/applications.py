"""Application schemas: what the 153 form sends, what each role sees, the casework steps.

The call centre's view (`ApplicationPublic`) holds no health notes and no assessment; the
casework view (`ApplicationCasePublic`, social workers and the office) adds them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from api.schemas.common import (
    Day,
    HouseNumber,
    Latitude,
    Longitude,
    Neighbourhood,
    Note,
    Reason,
    check_in_service_area,
)
from domain.applications import CONSENT_TEXT_VERSION, Channel, Need, application_ref
from domain.households import MealPlan
from domain.lang import label
from store.models import ApplicationRow, HouseholdRow, WhatsAppMessageRow


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    return value


Text200 = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=200), AfterValidator(_no_nul)
]
PhoneText = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=7, max_length=40, pattern=r"^[0-9+()\- ]+$"
    ),
]
Weekday = Annotated[int, Field(ge=1, le=7, description="ISO weekday, 1 = Monday")]
ConsentVersion = Annotated[
    str, StringConstraints(min_length=1, max_length=40), AfterValidator(_no_nul)
]


class ApplicationCreate(BaseModel):
    """A new application, as the 153 agent (or the desk) records it."""

    model_config = ConfigDict(extra="forbid")

    channel: Channel = Channel.CALL_CENTRE_153
    phone: PhoneText = Field(description="Any usual spelling; kept as digits with 90")
    applicant_name: Text200 = ""
    applicant_relation: Text200 = Field("", description="e.g. neighbour, daughter; empty: self")
    person_name: Text200 = Field("", description="The person in need, when not the caller")
    street: Text200 = ""
    house_number: HouseNumber = ""
    neighbourhood: Neighbourhood = ""
    lat: Latitude | None = Field(None, description="A pin set on the map (else geocoded)")
    lon: Longitude | None = None
    needs: list[Need] = Field(default_factory=list, max_length=4)
    health_notes: Note = ""
    social_notes: Note = ""
    consent: bool = Field(False, description="The consent text was read out and agreed to")
    consent_version: ConsentVersion = CONSENT_TEXT_VERSION

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both lat and lon for a pin, or neither")
        if self.lat is not None and self.lon is not None:
            check_in_service_area(self.lat, self.lon)
        if not (self.applicant_name or self.person_name):
            raise ValueError("give the applicant's or the person's name")
        return self


class PinBody(BaseModel):
    """A corrected pin."""

    model_config = ConfigDict(extra="forbid")

    lat: Latitude
    lon: Longitude

    @model_validator(mode="after")
    def _in_area(self) -> Self:
        check_in_service_area(self.lat, self.lon)
        return self


class ConsentBody(BaseModel):
    """The consent given, to which text version."""

    model_config = ConfigDict(extra="forbid")

    consent_version: ConsentVersion = CONSENT_TEXT_VERSION


class ScheduleBody(BaseModel):
    """When the assessment visit is: agreed for `at`, or free within `earliest`..`latest`
    (default: from tomorrow to that week's Friday). The visit goes to the home-visit week
    planner, which gives it to a team with a social worker (and a woman when asked)."""

    model_config = ConfigDict(extra="forbid")

    at: dt.datetime | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    female_staff: bool = False


class AssessmentBody(BaseModel):
    """What the social worker found."""

    model_config = ConfigDict(extra="forbid")

    notes: Note = ""


class ApproveBody(BaseModel):
    """The services granted and from when; with hot meals which meals on which days."""

    model_config = ConfigDict(extra="forbid")

    services: list[Need] = Field(min_length=1, max_length=4)
    start_date: Day
    meal_plan: MealPlan | None = None
    service_days: list[Weekday] = Field(default_factory=lambda: list(range(1, 8)), max_length=7)


class RejectBody(BaseModel):
    """Why the application is rejected (told to the applicant)."""

    model_config = ConfigDict(extra="forbid")

    reason: Annotated[Reason, StringConstraints(min_length=1)]


class ConsentText(BaseModel):
    """The consent text the agent reads out, and its version."""

    version: str
    text: str


class MessagePublic(BaseModel):
    """A WhatsApp message attached to an application (media as a reference only)."""

    message_id: str
    kind: str
    text: str
    lat: float | None
    lon: float | None
    media_id: str | None
    media_mime: str | None
    sent_at: dt.datetime | None

    @classmethod
    def of(cls, row: WhatsAppMessageRow) -> MessagePublic:
        """The public view of a stored message."""
        return cls(
            message_id=row.message_id,
            kind=row.kind,
            text=row.text,
            lat=row.latitude,
            lon=row.longitude,
            media_id=row.media_id,
            media_mime=row.media_mime,
            sent_at=row.sent_at,
        )


class ApplicationSummary(BaseModel):
    """One line of the list or of a search."""

    ref: str
    version: int
    state: str
    state_label: str
    channel: str
    channel_label: str
    applicant_name: str
    person_name: str
    phone: str
    street: str
    house_number: str
    created_at: dt.datetime
    possible_duplicates: list[str]
    household_ref: str | None

    @classmethod
    def of(cls, row: ApplicationRow, lang: str = "tr") -> ApplicationSummary:
        """The summary of `row`, state and channel worded in `lang`."""
        return cls(**_summary_values(row, lang))


def _summary_values(row: ApplicationRow, lang: str) -> dict[str, object]:
    return {
        "ref": row.ref,
        "version": row.version,
        "state": row.state,
        "state_label": label(f"intake_state_{row.state}", lang),
        "channel": row.channel,
        "channel_label": label(f"intake_channel_{row.channel}", lang),
        "applicant_name": row.applicant_name,
        "person_name": row.person_name,
        "phone": row.phone,
        "street": row.street,
        "house_number": row.house_number,
        "created_at": row.created_at,
        "possible_duplicates": [application_ref(i) for i in row.possible_duplicates],
        "household_ref": row.household_ref,
    }


class ApplicationPublic(ApplicationSummary):
    """An application as the call centre sees it: no health notes, no assessment."""

    applicant_relation: str
    neighbourhood: str
    lat: float | None
    lon: float | None
    location_source: str | None
    needs_review: bool
    needs: list[str]
    social_notes: str
    consent_version: str | None
    consent_at: dt.datetime | None
    assessment_at: dt.datetime | None
    assessed_at: dt.datetime | None
    approved_services: list[str]
    meal_plan: str | None
    service_days: list[int]
    start_date: dt.date | None
    rejection_reason: str
    messages: list[MessagePublic]

    @classmethod
    def build(
        cls, row: ApplicationRow, messages: list[WhatsAppMessageRow], lang: str = "tr"
    ) -> Self:
        """The view of `row` with its messages."""
        return cls(**_public_values(row, messages, lang))


def _public_values(
    row: ApplicationRow, messages: list[WhatsAppMessageRow], lang: str
) -> dict[str, object]:
    point = row.location
    return _summary_values(row, lang) | {
        "applicant_relation": row.applicant_relation,
        "neighbourhood": row.neighbourhood,
        "lat": point.y if point is not None else None,
        "lon": point.x if point is not None else None,
        "location_source": row.location_source,
        "needs_review": row.needs_review,
        "needs": list(row.needs),
        "social_notes": row.social_notes,
        "consent_version": row.consent_version,
        "consent_at": row.consent_at,
        "assessment_at": row.assessment_at,
        "assessed_at": row.assessed_at,
        "approved_services": list(row.approved_services),
        "meal_plan": row.meal_plan,
        "service_days": list(row.service_days),
        "start_date": row.start_date,
        "rejection_reason": row.rejection_reason,
        "messages": [MessagePublic.of(m) for m in messages],
    }


class ApplicationCasePublic(ApplicationPublic):
    """An application as a social worker (or the office) sees it: with health notes and the
    assessment."""

    health_notes: str
    assessment_notes: str
    assessed_by: str | None
    decided_by: str | None

    @classmethod
    def build(
        cls, row: ApplicationRow, messages: list[WhatsAppMessageRow], lang: str = "tr"
    ) -> Self:
        """The casework view of `row` with its messages."""
        return cls(
            **_public_values(row, messages, lang),
            health_notes=row.health_notes,
            assessment_notes=row.assessment_notes,
            assessed_by=row.assessed_by,
            decided_by=row.decided_by,
        )


class HouseholdMatch(BaseModel):
    """A registered household a search found (no notes, no diets)."""

    ref: str
    name: str
    phone: str
    street: str
    house_number: str

    @classmethod
    def of(cls, row: HouseholdRow) -> HouseholdMatch:
        """The match view of a household."""
        return cls(
            ref=row.ref,
            name=row.name,
            phone=row.phone,
            street=row.street,
            house_number=row.house_number,
        )


class SearchResult(BaseModel):
    """What a search by phone or address found; a new application would be a duplicate of any."""

    applications: list[ApplicationSummary]
    households: list[HouseholdMatch]
