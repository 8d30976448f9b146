"""rasd watch against a local HTTP server on 127.0.0.1: conditional requests, dedup, backoff."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rasd.config import load_config
from rasd.corpus.watch import Fetcher, Watcher, opml_feeds, parse_every
from rasd.errors import InputError
from rasd.pipeline import Pipeline

P1 = ("أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في منطقة عسير وقالت إن أفرادها خططوا "
      "لتنفيذ هجمات على مساجد ومنشآت أمنية في عدة مدن بالمملكة. وأوضح المتحدث الأمني أن التحقيقات مستمرة "
      "مع الموقوفين وأن الأجهزة الأمنية ضبطت أسلحة ومتفجرات في مواقع مختلفة.")
P3 = ("ارتفعت أسعار النفط في الأسواق العالمية بعد صدور بيانات عن تراجع المخزونات الأمريكية وتوقع محللون "
      "أن تواصل الأسعار صعودها خلال الأسبوع المقبل مع زيادة الطلب من الصين والهند. وقال متعاملون إن "
      "الأسواق تترقب اجتماع المنتجين الشهر المقبل.")


def _page(text: str) -> bytes:
    return (f"<html><head><title>خبر</title></head><body><article><h1>خبر</h1><p>{text}</p>"
            f"</article></body></html>").encode()


def _feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>خبر {i}</title><link>{base}/a{i}.html</link><description>ملخص {i}</description></item>"
        for i in (1, 2, 3))
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


@pytest.fixture
def server():
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output quiet
            pass

        def do_GET(self):
            hits.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            pages = {"/feed.xml": _feed(base), "/a1.html": _page(P1), "/a2.html": _page(P1 + " وأضاف."),
                     "/a3.html": _page(P3)}
            if self.path == "/feed.xml" and self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            body = pages.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            if self.path == "/feed.xml":
                self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def watcher(tmp_path):
    from rasd.store import Store

    config = load_config(overrides={"pipeline": {"stages": ["rasd.text.v1"]}})
    with Store(tmp_path / "w.db") as st:
        yield Watcher(st, config, fetcher=Fetcher(timeout=5), analyse=Pipeline.from_config(config))


def test_watch_parse_every_and_opml():
    assert parse_every("5m") == 300 and parse_every("30s") == 30 and parse_every("2") == 2
    with pytest.raises(InputError):
        parse_every("soon")
    opml = b'<opml><body><outline text="x" xmlUrl="http://a/f.xml"/><outline text="y"/></body></opml>'
    assert opml_feeds(opml) == ["http://a/f.xml"]


def test_watch_feed_stores_new_skips_duplicates_then_not_modified(server, watcher):
    base, hits = server
    counts = watcher.poll(base + "/feed.xml")
    assert counts["stored"] == 2 and counts["duplicates"] == 1
    assert len(watcher.store) == 2
    stored_urls = {r[0] for r in watcher.store.conn.execute("SELECT url FROM documents")}
    assert stored_urls == {base + "/a1.html", base + "/a3.html"}
    n = len(hits)
    again = watcher.poll(base + "/feed.xml")
    assert again["not_modified"] == 1 and len(hits) == n + 1  # one conditional request, no page fetched


def test_watch_failure_backs_off(server, watcher):
    base, hits = server
    clock = [1000.0]
    watcher.clock = lambda: clock[0]
    assert watcher.poll(base + "/missing.xml", every=60)["failed"] == 1
    assert watcher.poll(base + "/missing.xml", every=60)["backoff"] == 1
    clock[0] += 61
    assert watcher.poll(base + "/missing.xml", every=60)["failed"] == 1
    clock[0] += 61  # second failure doubled the wait to 120 s
    assert watcher.poll(base + "/missing.xml", every=60)["backoff"] == 1
    assert hits.count("/missing.xml") == 2


def test_watch_run_rounds_stop_by_themselves(server, watcher):
    base, hits = server
    waits = []
    total = watcher.run([base + "/a3.html"], every=1, rounds=2, sleep=waits.append)
    assert total["stored"] == 1 and total["known"] == 1 and waits == [1]
    assert total["stories_touched"] == 1  # the new article joined (here: started) a story
    assert watcher.store.conn.execute("SELECT count(*) FROM corpus_cluster_members").fetchone()[0] == 1
    assert hits.count("/a3.html") == 1  # fetched once; the second round knows the page


def test_watch_unreachable_host_is_a_failure_not_a_crash(watcher):
    res = watcher.fetcher.get("http://127.0.0.1:9/none")
    assert res.status == 0 and res.error


def test_watch_feed_entries_without_text_still_give_links():
    from rasd.corpus.watch import feed_entries

    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
           b'<item><title>x</title><link>http://a/1.html</link></item></channel></rss>')
    assert [(e["url"], e["text"]) for e in feed_entries(rss)] == [("http://a/1.html", "")]
