"""REST API: the contract JSON, filters, paging bounds, one error shape, analyze, OpenAPI."""

from __future__ import annotations

import csv
import io
import json

import pytest

import rasd
from tests.web.conftest import SCRIPT_TEXT, script_document


def _error(r, status: int) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message", "detail"}
    assert body["error"]["status"] == status
    return body["error"]


def test_api_articles_lists_both(client):
    body = client.get("/api/articles").json()
    assert body["total"] == 2
    assert {a["id"] for a in body["items"]} == {"seed", "evil<1>"}


def test_api_article_is_exactly_the_contract(client, seed_doc):
    r = client.get("/api/articles/seed")
    assert r.status_code == 200
    assert r.json() == seed_doc.to_dict()
    assert client.get("/api/articles/evil%3C1%3E").json() == script_document().to_dict()


def test_api_article_missing_gives_404_error_shape(client):
    err = _error(client.get("/api/articles/nope"), 404)
    assert "nope" in err["message"]


def test_api_articles_search_over_folded_arabic(client):
    # The seed writes أمريكا; a query without hamza must still find it.
    ids = [a["id"] for a in client.get("/api/articles", params={"q": "امريكا"}).json()["items"]]
    assert ids == ["seed"]
    assert client.get("/api/articles", params={"q": "غيرموجودةاطلاقا"}).json()["total"] == 0


@pytest.mark.parametrize("params,expected", [
    ({"from": "2022-10-01", "to": "2022-10-31"}, {"seed"}),
    ({"from": "2023"}, {"evil<1>"}),
    ({"code": "consult"}, {"seed", "evil<1>"}),
    ({"code": "ASSAULT"}, set()),
    ({"entity": "Q1514817"}, {"seed"}),
    ({"source": "<i>src</i>"}, {"evil<1>"}),
])
def test_api_articles_filters(client, params, expected):
    assert {a["id"] for a in client.get("/api/articles", params=params).json()["items"]} == expected


@pytest.mark.parametrize("params", [
    {"from": "yesterday"}, {"to": "2022-1"}, {"limit": "0"}, {"limit": "x"}, {"offset": "-1"},
    {"code": "DROP TABLE"}, {"q": "ب" * 201},
])
def test_api_articles_bad_parameters_give_422(client, params):
    err = _error(client.get("/api/articles", params=params), 422)
    assert err["detail"] and err["detail"][0]["loc"][0] == "query"


def test_api_paging_is_capped_by_the_server(client):
    body = client.get("/api/articles", params={"limit": 5000, "offset": 1}).json()
    assert body["limit"] == 200 and body["offset"] == 1 and len(body["items"]) == 1


def test_api_events_filters_and_csv(client):
    body = client.get("/api/events").json()
    assert body["total"] == 2
    assert {e["article"] for e in body["items"]} == {"seed", "evil<1>"}
    assert client.get("/api/events", params={"modality": "reported"}).json()["total"] == 1
    assert client.get("/api/events", params={"actor": "Q1514817"}).json()["total"] == 1
    assert client.get("/api/events", params={"from": "2023-01"}).json()["total"] == 1
    assert client.get("/api/events", params={"article": "seed"}).json()["items"][0]["code"] == "CONSULT"
    _error(client.get("/api/events", params={"modality": "rumoured"}), 422)
    r = client.get("/api/events", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 2 and {row["code"] for row in rows} == {"CONSULT"}


def test_api_events_csv_neutralises_formulas():
    from rasd.web.routes.events import to_csv

    out = to_csv([{"code": "CONSULT", "trigger_text": "=HYPERLINK(1)"}])
    assert "'=HYPERLINK" in out


def test_api_entities_list_and_one_with_events_over_time(client):
    body = client.get("/api/entities", params={"type": "PER"}).json()
    assert {e["key"] for e in body["items"]} == {"Q295478", "Q1514817"}
    one = client.get("/api/entities/Q295478").json()
    assert one["name_ar"] == "سيرجي شويجو"
    assert {ev["article"] for ev in one["events"]} == {"seed", "evil<1>"}
    assert one["timeline"]["counts"] and sum(c["events"] for c in one["timeline"]["counts"]) == 2
    assert any(o["key"] == "Q1514817" for o in one["co_occurring"])
    _error(client.get("/api/entities/Q0"), 404)


def test_api_local_entity_keys_with_arabic_and_colon_resolve(client):
    keys = [e["key"] for e in client.get("/api/entities", params={"type": "ORG"}).json()["items"]]
    assert keys and keys[0].startswith("local:")
    assert client.get("/api/entities/" + keys[0]).status_code == 200


def test_openapi_spec_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{doc_id}", "/api/events", "/api/entities",
                 "/api/entities/{key}", "/api/analyze", "/api/stats"):
        assert path in spec["paths"], path
    body = spec["paths"]["/api/analyze"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain"} <= set(body)


def test_docs_page_loads_only_local_assets(client):
    html = client.get("/docs").text
    assert "cdn" not in html.lower() and "http" not in html.replace('xmlns="http', "")
    assert client.get("/static/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/swagger-ui/swagger-ui.css").status_code == 200
    assert client.get("/static/swagger-init.js").status_code == 200


def test_security_headers_forbid_inline_scripts(client):
    for url in ("/", "/api/articles", "/articles/seed"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fsettings.toml",
    "/static/swagger-ui/../../../rasd/web/app.py", "/fonts/..%2f..%2fapp.py", "/fonts/%2e%2e",
])
def test_static_serving_has_no_path_traversal(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "create_app" not in r.text and "[web]" not in r.text


def test_errors_share_one_shape(client):
    _error(client.get("/api/nothing-here"), 404)
    _error(client.post("/api/articles"), 405)
    _error(client.get("/api/articles", params={"limit": "many"}), 422)


def _no_pipeline():
    """A stand-in for the default pipeline: the document comes back as parsed."""
    return lambda doc: doc


def test_api_analyze_text_and_json_give_the_contract(client, monkeypatch):
    monkeypatch.setattr(rasd, "default_pipeline", _no_pipeline)
    r = client.post("/api/analyze", content="نص المقال".encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 200 and r.json()["text"] == "نص المقال" and r.json()["schema_version"] == 1
    assert r.json()["id"].startswith("api-")
    r = client.post("/api/analyze", json={"id": "x1", "text": SCRIPT_TEXT, "date": "2023-01-05", "source": "s"})
    assert r.json()["id"] == "x1" and r.json()["meta"]["declared_date"] == "2023-01-05"
    assert r.json()["text"] == SCRIPT_TEXT
    assert r.headers["x-rasd-stored"] == "false"
    assert client.get("/api/articles/x1").status_code == 404


def test_api_analyze_stores_only_with_writes_enabled(write_client, monkeypatch):
    monkeypatch.setattr(rasd, "default_pipeline", _no_pipeline)
    r = write_client.post("/api/analyze", json={"id": "w1", "text": "أجرى الوزير محادثات."})
    assert r.status_code == 200 and r.headers["x-rasd-stored"] == "true"
    assert write_client.get("/api/articles/w1").json()["text"] == "أجرى الوزير محادثات."


@pytest.mark.parametrize("body,ctype,status", [
    (b"", "text/plain", 422),
    (b"   \n", "text/plain", 422),
    (b"{not json", "application/json", 400),
    (b"[1, 2]", "application/json", 422),
    (b'{"title": "no text"}', "application/json", 422),
    (b'{"text": 5}', "application/json", 422),
    (b'{"text": "\\u001c"}', "application/json", 422),
    (b'{"text": "x", "id": "' + b"i" * 301 + b'"}', "application/json", 422),
    (b"\xff\xfe\x00", "text/plain", 400),
    ("ب".encode() * 200_001, "text/plain", 413),
])
def test_api_analyze_bad_input_is_a_4xx(client, monkeypatch, body, ctype, status):
    monkeypatch.setattr(rasd, "default_pipeline", _no_pipeline)
    _error(client.post("/api/analyze", content=body, headers={"content-type": ctype}), status)


def test_api_analyze_reads_a_jsonl_input_record_like_ingest(client, monkeypatch):
    monkeypatch.setattr(rasd, "default_pipeline", _no_pipeline)
    rec = {"id": "snn-1", "text": "نص", "date": "2015-08-09 17:26:01", "source": "3alyoum", "date_kind": "extracted",
           "weird\ud800": "v\udfff"}
    # ensure_ascii keeps the lone surrogates as \\u escapes, as a client in another language may send them.
    r = client.post("/api/analyze", content=json.dumps(rec).encode(), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    meta = r.json()["meta"]
    assert meta["declared_date"] == "2015-08-09" and meta["date_kind"] == "extracted"
    r = client.post("/api/analyze", json={"text": "نص", "date": "25/04/2024"})
    assert r.json()["meta"]["declared_date"] is None and r.json()["meta"]["date_raw"] == "25/04/2024"


def test_api_analyze_body_over_the_byte_limit_is_refused(client):
    _error(client.post("/api/analyze", content=b"a" * 2_000_001, headers={"content-type": "text/plain"}), 413)


def test_api_analyze_stage_failure_is_a_422_not_a_500(client, monkeypatch):
    from rasd.errors import StageError

    def boom(doc):
        raise StageError("the tagger failed on this text", stage="mentions")

    monkeypatch.setattr(rasd, "default_pipeline", lambda: boom)
    err = _error(client.post("/api/analyze", content="نص".encode(), headers={"content-type": "text/plain"}), 422)
    assert err["detail"] == {"stage": "mentions"}


@pytest.mark.slow
def test_api_analyze_runs_the_real_pipeline(client):
    from rasd.errors import RasdError

    try:
        rasd.default_pipeline()
    except RasdError as exc:
        pytest.skip(f"the default pipeline cannot be built here: {exc}")
    r = client.post("/api/analyze", json={"id": "real", "text": "أجرى وزير الدفاع محادثات هاتفية اليوم."})
    assert r.status_code == 200
    assert r.json()["id"] == "real" and r.json()["sentences"]


def test_api_analyze_refuses_cross_site_browser_posts(write_client, monkeypatch):
    monkeypatch.setattr(rasd, "default_pipeline", _no_pipeline)
    for origin in ("http://evil.example", "null"):
        r = write_client.post("/api/analyze", content="نص".encode(),
                              headers={"content-type": "text/plain", "origin": origin})
        _error(r, 403)
    assert write_client.get("/api/articles").json()["total"] == 0
    same = write_client.post("/api/analyze", content="نص".encode(),
                             headers={"content-type": "text/plain", "origin": "http://testserver"})
    assert same.status_code == 200


def test_api_stats_counts_the_store(client):
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 2 and stats["events"] == 2
