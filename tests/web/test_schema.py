"""Schemathesis against the OpenAPI schema the app generates: no request it can make gets a 500.

The schema is loaded from the app (the same routes whatever holds the data); every generated request
is then sent in-process to the app over a copy of the record's SQLite store, with a token configured so
that the writing endpoint is exercised too (generated bodies and headers meet 401, 413 and 422, never
an error). Examples per operation are bounded so the run stays well under a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from legation.web import MemoryRepository, create_app

from . import records
from .conftest import TOKEN

schema = schemathesis.openapi.from_asgi(
    "/api/v1/openapi.json", create_app(MemoryRepository(records.DOSSIER, records.DOCUMENTS), read_env=False)
)


@pytest.fixture()
def store_app(store):  # type: ignore[no-untyped-def]
    return create_app(store, token=TOKEN, max_body=20_000)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case, store_app) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(app=store_app, checks=[not_a_server_error])
