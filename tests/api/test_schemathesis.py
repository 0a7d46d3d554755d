"""Property-based run of every operation in the OpenAPI document (schemathesis): whatever the
input, the API answers without a server error. Bounded: a few examples per operation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from api_testing import ApiClient, client_on
from hypothesis import HealthCheck, settings
from pydantic import SecretStr
from schemathesis.checks import not_a_server_error

from api.core.config import WhatsAppSettings
from geodata.road import RoadGraph

pytest_plugins = ["api_testing"]
pytestmark = pytest.mark.slow

MAX_EXAMPLES = 6


@pytest.fixture(scope="module")
def fuzzed(
    planned_template: tuple[Any, int],
    tmp_path_factory: pytest.TempPathFactory,
    inegol_road: RoadGraph,
) -> Iterator[ApiClient]:
    """One app for the whole run, on a copy of the store with a planned dinner."""
    template, _ = planned_template
    # The WhatsApp webhook configured, so fuzzed deliveries reach its checks (unset it answers
    # 503 by design, tests/api/test_whatsapp.py).
    whatsapp = WhatsAppSettings(verify_token=SecretStr("fuzz"), app_secret=SecretStr("fuzz"))
    for client in client_on(
        template, tmp_path_factory.mktemp("fuzz"), inegol_road, whatsapp=whatsapp
    ):
        client.token("admin"), client.token("d3")  # before fuzzed logins throttle the client
        yield client


@pytest.fixture(scope="module")
def statuses() -> Iterator[Counter[int]]:
    """Status codes answered during the run; on teardown, check the run reached the handlers.

    Checked in the fixture that every fuzzed case uses, so it holds whatever order or subset of
    tests runs (no test depends on another having run before it).
    """
    seen: Counter[int] = Counter()
    yield seen
    if sum(seen.values()) >= 20:  # a full run, not one case picked with -k
        ok = sum(n for status, n in seen.items() if 200 <= status < 300)
        assert ok >= 40, dict(seen)
        assert seen[422] > 0, dict(seen)
    assert not any(status >= 500 for status in seen), dict(seen)


@pytest.fixture(scope="module")
def api_schema(fuzzed: ApiClient) -> Any:
    """The app's own OpenAPI document, called in-process (ASGI)."""
    return schemathesis.openapi.from_asgi("/openapi.json", fuzzed.client.app)


# The event stream stays open for up to `seconds`; tests/api/test_drivers.py covers it.
schema = schemathesis.pytest.from_fixture("api_schema").exclude(path="/alerts/stream")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_input_causes_a_server_error(
    case: Any, fuzzed: ApiClient, statuses: Counter[int]
) -> None:
    headers = fuzzed.auth("admin")
    if case.path.startswith("/drivers/me"):
        headers = fuzzed.auth("d3")
    if case.path == "/logout":
        headers = {}  # logging out would revoke the admin token the other cases use
    response = case.call_and_validate(headers=headers, checks=[not_a_server_error])
    statuses[response.status_code] += 1
