"""Browser tests in real headless Chromium (Debian's ``chromium``) driven by Playwright.

Skipped cleanly when Playwright or Chromium is missing (``scripts/install_browser.sh`` installs both).
Screenshots go to a tmp dir (``$RASD_SCREENSHOTS`` to keep them).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("RASD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real uvicorn server over a store holding the seed and the <script> article."""
    uvicorn = pytest.importorskip("uvicorn")
    from rasd.store import Store
    from rasd.web import create_app
    from tests.web.conftest import SEED, script_document, seed_document

    if not SEED.exists():
        pytest.skip("shared/data not available")
    path = tmp_path_factory.mktemp("browser") / "b.db"
    with Store(path) as store:
        store.put(seed_document(SEED.read_text(encoding="utf-8")))
        store.put(script_document())
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"chromium not found at {CHROMIUM} (run scripts/install_browser.sh)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ar")
    pg = context.new_page()
    pg.problems = []  # console errors, CSP violations, requests off this server, dialogs
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def only_local(route):
        # Offline: anything not from our server (a CDN) is refused and reported.
        if route.request.url.startswith(server):
            route.continue_()
        else:
            pg.problems.append(f"external request: {route.request.url}")
            route.abort()

    pg.route("**/*", only_local)
    yield pg
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    out = os.environ.get("RASD_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        return Path(out)
    return tmp_path_factory.mktemp("shots")


def test_browser_seed_article_is_rtl_with_highlights(page, server, shots):
    page.goto(f"{server}/articles/seed")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Highlights are rendered and visible; the note after a timex shows its resolved value.
    assert page.locator("#article-text .mention-PER").count() >= 3
    assert page.locator("#article-text .timex").first.is_visible()
    assert "2022-10-21" in page.locator("#article-text sup.note").all_inner_texts()
    assert page.locator('#article-text .event[data-code="CONSULT"]').count() == 1
    assert page.locator("#article-text .flag").count() == 1
    bg = page.evaluate("getComputedStyle(document.querySelector('#article-text .mention-PER')).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    # Right to left: the text column sits to the right of the side panels.
    text_box = page.locator("#article-text").bounding_box()
    panels_box = page.locator("aside.panels").bounding_box()
    assert text_box["x"] > panels_box["x"]
    # The Arabic font from the PyPI package loaded.
    assert page.evaluate("document.fonts.check('16px \"Noto Sans Arabic\"', 'رصد')")
    page.wait_for_function("document.fonts.status === 'loaded'")
    page.screenshot(path=str(shots / "article-seed.png"), full_page=False)
    # A layer toggle hides one layer's highlighting (JS from a vendored file, under the CSP).
    page.locator('#layer-toggles input[data-layer="mention"]').uncheck()
    assert "hide-mention" in page.locator("#article-text").get_attribute("class")
    bg = page.evaluate("getComputedStyle(document.querySelector('#article-text .mention-PER')).backgroundColor")
    assert bg in ("rgba(0, 0, 0, 0)", "transparent")
    # Clicking an entity in the side panel outlines its mentions in the text.
    page.locator('#panel-entities li[data-ref="e1"] .muted').click()
    assert page.locator("#article-text .flash").count() == 2
    page.locator('#panel-events li[data-ref="v1"]').click()
    assert page.locator('#article-text .flash[data-event="v1"]').count() == 1
    assert page.problems == []


def test_browser_script_in_article_is_shown_not_run(page, server, shots):
    page.goto(f"{server}/articles/evil%3C1%3E")
    text = page.locator("#article-text").inner_text()
    assert '<script>alert("x")</script>' in text
    assert page.locator("#article-text script").count() == 0
    assert page.locator("img").count() == 0
    assert '<img src=x onerror="alert(1)">' in page.locator("h1").inner_text()
    page.screenshot(path=str(shots / "article-script.png"))
    assert page.problems == []


def test_browser_events_filter_and_timeline(page, server, shots):
    page.goto(f"{server}/events")
    assert page.locator("tr.ev-row").count() == 2
    assert page.locator("svg.timeline g.bar").count() >= 1
    page.select_option("#filter-modality", "reported")
    page.locator("#event-filters button[type=submit]").click()
    page.wait_for_url("**/events?**modality=reported**")
    assert page.locator("tr.ev-row").count() == 1
    assert page.locator("#filter-modality").input_value() == "reported"
    page.screenshot(path=str(shots / "events.png"), full_page=True)
    assert page.problems == []


def test_browser_language_switch_and_entity_page(page, server, shots):
    page.goto(f"{server}/")
    page.locator("#lang-switch").click()
    page.wait_for_url("**lang=en**")
    assert "Latest articles" in page.locator("h1").inner_text()
    assert page.evaluate("document.documentElement.dir") == "rtl"
    page.goto(f"{server}/entities/Q295478")
    assert "سيرجي شويجو" in page.locator("h1").inner_text()
    assert page.locator("svg.timeline").count() == 1
    page.screenshot(path=str(shots / "entity.png"), full_page=True)
    assert page.problems == []


def test_browser_api_docs_work_offline(page, server, shots):
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 6
    page.screenshot(path=str(shots / "docs.png"))
    assert page.problems == []
