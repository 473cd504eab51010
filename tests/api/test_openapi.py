"""Requests generated from the OpenAPI document (schemathesis, bounded): no input makes the server fail.

Every operation gets generated bodies, paths and query strings, with a valid key; the answer must
never be a 500, and an error must be the documented JSON shape, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.api.conftest import Api, make_api


@pytest.fixture(scope="module")
def served(listed_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    import shutil

    home = tmp_path_factory.mktemp("openapi") / "home"
    shutil.copytree(listed_home, home)
    yield from make_api(home)


def test_no_generated_request_makes_the_server_fail(served: Api) -> None:
    # Driven by hand (not schemathesis' pytest plugin): one bounded hypothesis run per operation.
    schema = schemathesis.openapi.from_asgi("/openapi.json", served.client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case: Any) -> None:
            response = case.call_and_validate(headers=served.auth, checks=[not_a_server_error])
            if response.status_code >= 400:
                body = response.json()
                assert set(body) >= {"detail", "error"} and "Traceback" not in response.text

        run()


def test_the_openapi_document_lists_every_endpoint_and_its_key(served: Api) -> None:
    document = served.client.get("/openapi.json").json()
    paths = document["paths"]
    for path in ("/v1/assess", "/v1/screen", "/v1/classify", "/v1/rulebook", "/v1/rulebook/{measure}", "/v1/lists",
                 "/v1/decisions/{decision_id}", "/match/{dataset}", "/healthz", "/readyz", "/v1/dispositions",
                 "/v1/documents"):
        assert path in paths, path
    assert paths["/v1/assess"]["post"]["security"] == [{"apiKey": []}]
    assert "security" not in paths["/healthz"]["get"]
    assert document["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"
