"""The page, its bundled assets, the road layer, the OpenAPI document and problem responses."""

from __future__ import annotations

from api_testing import ApiClient, is_problem

pytest_plugins = ["api_testing"]


def test_the_page_and_its_assets_come_from_this_server_only(api: ApiClient) -> None:
    page = api.client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert 'lang="tr"' in html and "Giriş yap" in html
    assert "http://" not in html and "https://" not in html
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    for asset in (
        "/static/leaflet/leaflet.js",
        "/static/leaflet/leaflet.css",
        "/static/app/dispatcher.js",
    ):
        assert asset in html
        served = api.client.get(asset)
        assert served.status_code == 200 and len(served.content) > 1000
    script = api.client.get("/static/app/dispatcher.js").text
    assert "innerHTML" not in script  # API text is only ever set as text


def test_roads_base_layer(api: ApiClient) -> None:
    is_problem(api.client.get("/map/roads"), 401)
    roads = api.get("/map/roads", "planner").json()["roads"]
    assert len(roads) > 500
    assert all(len(line) >= 2 for line in roads)
    lat, lon = roads[0][0]
    assert 39.95 < lat < 40.2 and 29.3 < lon < 29.75


def test_openapi_documents_every_route_and_the_problem_shape(api: ApiClient) -> None:
    schema = api.client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/households",
        "/households/{ref}",
        "/households/import",
        "/households/{ref}/holds",
        "/households/{ref}/cancellations",
        "/kitchens",
        "/vans/{code}",
        "/drivers/me/route",
        "/plans",
        "/plans/{plan_id}",
        "/plans/{plan_id}/geojson",
        "/plans/{plan_id}/routes/{route_no}/sheet.pdf",
        "/plans/{plan_id}/replan",
        "/jobs/{job_id}",
        "/stops/{stop_id}/outcomes",
        "/alerts",
        "/login/access-token",
    ):
        assert path in paths, path
    problem = schema["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "instance", "field", "household"} <= set(
        problem["properties"]
    )
    responses = paths["/households/{ref}"]["get"]["responses"]
    assert "application/problem+json" in responses["404"]["content"]
    assert "OAuth2PasswordBearer" in schema["components"]["securitySchemes"]


def test_unknown_paths_and_methods_answer_with_problems(api: ApiClient) -> None:
    assert is_problem(api.client.get("/nowhere"), 404)["instance"] == "/nowhere"
    is_problem(api.client.put("/households", headers=api.auth("dispatcher")), 405)
    body = is_problem(api.client.post("/login/access-token", data={}), 422)
    assert {e["field"] for e in body["errors"]} == {"body.username", "body.password"}


def test_interactive_docs_are_served_from_bundled_assets(api: ApiClient) -> None:
    docs = api.client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text and "https://" not in docs.text
    assert "/static/docs/swagger-ui-bundle.js" in docs.text
    bundle = api.client.get("/static/docs/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 100_000
    assert api.client.get("/redoc").status_code == 404
