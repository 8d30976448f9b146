"""Property-based API tests: schemathesis against the OpenAPI spec, and a hypothesis fuzz of query parameters."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.web import create_app
from tests.web.conftest import script_document

GET_PATHS = ["/api/articles", "/api/events", "/api/entities", "/", "/events", "/entities"]
PARAMS = ["q", "from", "to", "source", "entity", "code", "limit", "offset", "actor", "modality", "type",
          "format", "article", "lang"]
# Hostile strings: SQL and FTS syntax, markup, NULs, surrogates, RTL marks, huge numbers.
NASTY = st.sampled_from(['"', "'", "*", "NEAR(", "a OR", "%", "_", "\x00", "\ud800", "\u200f", "<script>",
                         "9" * 30, "-1", "2022-13-45", "local:روسيا", "../", "ب" * 300])
VALUES = st.one_of(st.text(max_size=40), NASTY, st.integers(-(10**12), 10**12).map(str))


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from rasd.store import Store

    path = tmp_path_factory.mktemp("fuzz") / "f.db"
    with Store(path) as store:
        store.put(script_document())
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(GET_PATHS), params=st.dictionaries(st.sampled_from(PARAMS), VALUES, max_size=5))
def test_schema_fuzzed_query_parameters_never_give_a_500(fuzz_client, path, params):
    # Encoded by hand so lone surrogates and bad bytes reach the server as %-escapes.
    query = "&".join(f"{quote(k)}={quote(v, safe='', errors='surrogatepass')}" for k, v in params.items())
    r = fuzz_client.get(path + "?" + query + "&x=%FF%FE")
    assert r.status_code < 500, (path, params, r.text[:300])
    if path.startswith("/api/"):
        assert r.status_code == 200 or set(r.json()) == {"error"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.one_of(st.text(min_size=1, max_size=60), NASTY))
def test_schema_fuzzed_path_ids_never_give_a_500(fuzz_client, key):
    for base in ("/api/articles/", "/articles/", "/api/entities/", "/entities/"):
        r = fuzz_client.get(base + quote(key, safe="", errors="surrogatepass"))
        assert r.status_code in (200, 404, 422), (base, key, r.status_code, r.text[:300])


def _no_pipeline():
    return lambda doc: doc


def _api_schema(tmp_path):
    schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
    from rasd.store import Store

    path = tmp_path / "s.db"
    with Store(path) as store:
        store.put(script_document())
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(path))


# schemathesis' own pytest plugin does not run under pytest 9: drive its strategies with hypothesis directly.
OPERATIONS = [("GET", "/api/articles"), ("GET", "/api/articles/{doc_id}"), ("GET", "/api/events"),
              ("GET", "/api/entities"), ("GET", "/api/entities/{key}"), ("POST", "/api/analyze"),
              ("GET", "/api/stats")]


@pytest.mark.parametrize("method,path", OPERATIONS)
def test_schema_api_conforms_to_its_openapi_spec(method, path, monkeypatch, tmp_path):
    # The pipeline is not under test here: analysis is a cheap stand-in.
    monkeypatch.setattr(rasd, "default_pipeline", _no_pipeline)
    operation = _api_schema(tmp_path)[path][method]

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(case=operation.as_strategy())
    def check(case):
        case.call_and_validate()

    check()
