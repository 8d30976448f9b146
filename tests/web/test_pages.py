"""HTML pages: right-to-left, escaped untrusted text, highlighted layers, filters, language switch."""

from __future__ import annotations

import re

HTML = {"accept": "text/html"}


def test_pages_home_is_right_to_left_and_lists_articles(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html dir="rtl" lang="ar">' in r.text
    assert 'href="/articles/seed"' in r.text and 'href="/articles/evil%3C1%3E"' in r.text
    assert 'rel="alternate" type="application/json"' not in r.text or "/api/articles" in r.text


def test_pages_script_in_article_shows_as_text(client):
    r = client.get("/articles/evil%3C1%3E")
    assert r.status_code == 200
    html = r.text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>موسكو</b>" not in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "<i>src</i>" not in html and "<script>role" not in html and "<script>flag" not in html
    # Every <script> tag on the page loads a file: none is inline.
    assert all(" src=" in tag for tag in re.findall(r"<script[^>]*>", html))


def test_pages_article_highlights_every_layer_with_values(client):
    html = client.get("/articles/seed").text
    assert 'class="hl mention mention-PER"' in html and "mention-LOC" in html and "mention-ORG" in html
    assert 'data-value="2022-10-21"' in html and '<sup class="note" aria-hidden="true">2022-10-21</sup>' in html
    assert 'data-code="CONSULT"' in html
    assert "claim-cue" in html and "stance-assert" in html
    assert 'data-kind="typo"' in html
    # Side panels: entities (linked), events, claims, publication-date evidence.
    for panel in ("panel-published", "panel-entities", "panel-events", "panel-claims", "panel-timexes", "panel-flags"):
        assert f'id="{panel}"' in html
    assert 'href="/entities/Q295478"' in html
    assert "dateline 2024-04-25 is not a Friday in October" in html
    assert 'href="/api/articles/seed"' in html


def test_pages_missing_article_is_an_html_error_page(client):
    r = client.get("/articles/nope", headers=HTML)
    assert r.status_code == 404 and '<html dir="rtl" lang="ar">' in r.text and 'data-status="404"' in r.text


def test_pages_events_filter_and_timeline(client):
    html = client.get("/events").text
    assert html.count('class="ev-row"') == 2 and "<svg" in html and 'class="bar"' in html
    html = client.get("/events", params={"modality": "reported"}).text
    assert html.count('class="ev-row"') == 1
    assert 'href="/api/events?modality=reported"' in html
    r = client.get("/events", params={"from": "nonsense"}, headers=HTML)
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]


def test_pages_entity_shows_role_aliases_timeline_and_co_occurring(client):
    html = client.get("/entities/Q295478").text
    assert "سيرجي شويجو" in html and "defence minister" in html and "شويجو" in html
    assert "<svg" in html and 'href="/entities/Q1514817"' in html
    assert "&lt;script&gt;role" in html and "<script>role" not in html


def test_pages_entities_list_filters_by_type(client):
    html = client.get("/entities", params={"type": "LOC"}).text
    assert "روسيا" in html and "لويد أوستن" not in html


def test_pages_language_switch_sets_english_labels(client):
    r = client.get("/", params={"lang": "en"})
    assert "Latest articles" in r.text and r.cookies.get("rasd_lang") == "en"
    assert '<html dir="rtl" lang="ar">' in r.text
    assert "Latest articles" in client.get("/").text  # remembered by the cookie
    assert "أحدث المقالات" in client.get("/", params={"lang": "ar"}).text


def test_pages_font_comes_from_the_pypi_package(client):
    r = client.get("/fonts/noto-sans-arabic.ttf")
    assert r.status_code == 200 and r.headers["content-type"] == "font/ttf" and len(r.content) > 100_000
    assert "Open Font License" in client.get("/fonts/LICENSE-noto-sans-arabic.txt").text


def test_pages_analyze_form_previews_without_storing(client, monkeypatch):
    import rasd

    monkeypatch.setattr(rasd, "default_pipeline", lambda: (lambda doc: doc))
    assert 'id="analyze-form"' in client.get("/analyze").text
    r = client.post("/analyze", data={"text": "قال <script>x</script>", "title": "عنوان"}, headers=HTML)
    assert r.status_code == 200 and "notice-not_stored" in r.text and "&lt;script&gt;x" in r.text
    assert client.get("/api/articles").json()["total"] == 2
    r = client.post("/analyze", data={"text": "  "}, headers=HTML)
    assert r.status_code == 422 and 'data-status="422"' in r.text


def test_pages_analyze_form_stores_with_writes_enabled(write_client, monkeypatch):
    import rasd

    monkeypatch.setattr(rasd, "default_pipeline", lambda: (lambda doc: doc))
    r = write_client.post("/analyze", data={"text": "أجرى الوزير محادثات", "id": "f1"}, headers=HTML)
    assert "notice-stored" in r.text
    assert write_client.get("/api/articles/f1").status_code == 200


def test_pages_links_never_point_to_another_site(client):
    html = client.get("http://testserver//evil.example/x", headers=HTML).text
    assert 'href="//' not in html and "href=\"/evil.example/x?lang=en\"" in html
