"""Live intake: poll RSS/Atom feeds and pages, analyse new articles into the store.

Each feed is fetched with a conditional request (``ETag`` / ``Last-Modified``
remembered in ``corpus_feeds``), a timeout and a size cap; a failing feed is
retried after an exponential backoff. Entry links already seen
(``corpus_seen_urls``) are skipped; a new page is extracted (trafilatura, via
``rasd.ingest.html``), tested against the near-duplicate index of the store and,
if new, analysed and stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.config import Config, load_config
from rasd.errors import InputError, RasdError

log = logging.getLogger(__name__)


@dataclass
class Response:
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


class Fetcher:
    """HTTP GET with conditional headers, a timeout and a size cap; never raises for network errors."""

    def __init__(self, timeout: float = 20.0, max_bytes: int = 5_000_000, user_agent: str = "rasd-watch"):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.requests = 0

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self.requests += 1
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=self.timeout) as resp:
                body = resp.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    return Response(413, error=f"response over {self.max_bytes:,} bytes")
                return Response(resp.status, body, resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(304, etag=etag, last_modified=last_modified)
            return Response(exc.code, error=f"HTTP {exc.code}")
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            return Response(0, error=f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}")


def parse_every(text: str) -> float:
    """``"5m"`` → 300.0; accepts s, m, h suffixes or plain seconds."""
    t = text.strip().lower()
    scale = {"s": 1, "m": 60, "h": 3600}.get(t[-1:], None)
    try:
        value = float(t[:-1]) if scale else float(t)
    except ValueError:
        raise InputError(f"--every {text!r}: use a number of seconds or 30s, 5m, 1h") from None
    if value <= 0:
        raise InputError(f"--every {text!r} must be positive")
    return value * (scale or 1)


def opml_feeds(data: bytes) -> list[str]:
    """The feed URLs (``xmlUrl``) of an OPML outline."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"not a readable OPML file: {exc}") from None
    return [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]


def feed_entries(data: bytes) -> list[dict[str, Any]]:
    """One record per feed entry — link, title, date and whatever text the feed carries (maybe none:
    the page itself is fetched for the article)."""
    import feedparser

    from rasd.ingest.html import fragment_text

    parsed = feedparser.parse(data)
    source = parsed.feed.get("title") or None
    out = []
    for entry in parsed.entries:
        raw = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        out.append({"id": None, "text": fragment_text(raw) if raw else "", "title": entry.get("title") or None,
                    "url": entry.get("link") or None, "source": source,
                    "date": time.strftime("%Y-%m-%d", stamp) if stamp else None})
    return out


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def doc_id_for(url: str) -> str:
    """A stable article id from its URL."""
    return "w-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


class Watcher:
    """Polls feeds and pages into a store; one ``poll`` per target per round."""

    def __init__(self, store, config: Config | None = None, fetcher: Fetcher | None = None,
                 analyse: Callable[[Any], Any] | None = None, max_items: int = 50,
                 clock: Callable[[], float] = time.time, cluster: bool = True):
        from rasd.corpus.db import prepare
        from rasd.corpus.duplicates import load_index

        self.store = store
        self.config = config or load_config()
        s = self.config.section("watch")
        self.max_backoff = float(s.get("max_backoff_s", 3600.0))
        self.fetcher = fetcher or Fetcher(float(s.get("timeout_s", 20.0)), int(s.get("max_bytes", 5_000_000)),
                                          str(s.get("user_agent", "rasd-watch")))
        if analyse is None:
            from rasd.pipeline import Pipeline

            analyse = Pipeline.from_config(self.config)
        self.analyse = analyse
        self.max_items = max_items
        self.clock = clock
        self.cluster = cluster
        prepare(store)
        self.dedup = load_index(store, accept=float(self.config.section("corpus").get("dedup_accept", 0.7)))

    # -------------------------------------------------------------- targets
    def expand(self, targets: list[str]) -> list[str]:
        """Feed/page URLs from URLs, OPML files and OPML URLs."""
        out: list[str] = []
        for t in targets:
            if "://" not in t:
                p = Path(t)
                if not p.exists():
                    raise InputError(f"no such file: {t}", hint="give a feed URL, a page URL or an OPML file")
                out.extend(opml_feeds(p.read_bytes()))
            elif t.lower().endswith(".opml"):
                r = self.fetcher.get(t)
                if r.status != 200:
                    raise InputError(f"{t}: {r.error or r.status}")
                out.extend(opml_feeds(r.body))
            else:
                out.append(t)
        return list(dict.fromkeys(out))

    # -------------------------------------------------------------- state
    def _state(self, url: str) -> tuple[str | None, str | None, int, float]:
        row = self.store.conn.execute("SELECT etag, last_modified, failures, next_poll FROM corpus_feeds WHERE url = ?",
                                      (url,)).fetchone()
        return (row[0], row[1], row[2], row[3]) if row else (None, None, 0, 0.0)

    def _save_state(self, url: str, etag, last_modified, failures: int, next_poll: float, status: str) -> None:
        from rasd.corpus.db import transaction

        with transaction(self.store) as conn:
            conn.execute("INSERT OR REPLACE INTO corpus_feeds VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (url, etag, last_modified, failures, next_poll, status, _now()))

    def _status(self, url: str) -> str | None:
        row = self.store.conn.execute("SELECT last_status FROM corpus_feeds WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def seen(self, url: str) -> bool:
        return self.store.conn.execute("SELECT 1 FROM corpus_seen_urls WHERE url = ?", (url,)).fetchone() is not None

    def _mark(self, url: str, doc_id: str | None, status: str) -> None:
        from rasd.corpus.db import transaction

        with transaction(self.store) as conn:
            conn.execute("INSERT OR REPLACE INTO corpus_seen_urls VALUES (?, ?, ?, ?)", (url, doc_id, status, _now()))

    # -------------------------------------------------------------- polling
    def poll(self, url: str, every: float = 300.0) -> dict[str, int]:
        """Fetch one target if due; analyse its new articles. Returns counts."""
        from rasd.ingest.feed import looks_like_feed

        counts = {"fetched": 0, "not_modified": 0, "failed": 0, "backoff": 0, "stored": 0, "duplicates": 0,
                  "known": 0, "errors": 0}
        etag, modified, failures, next_poll = self._state(url)
        now = self.clock()
        if now < next_poll:
            counts["backoff"] = 1
            return counts
        if self._status(url) == "page" and self.seen(url):  # an article page already taken: nothing to poll
            counts["known"] = 1
            return counts
        resp = self.fetcher.get(url, etag, modified)
        if resp.status == 304:
            counts["not_modified"] = 1
            self._save_state(url, etag, modified, 0, 0.0, "304")
            return counts
        if resp.status != 200:
            failures += 1
            wait = min(self.max_backoff, every * (2 ** (failures - 1)))
            counts["failed"] = 1
            self._save_state(url, etag, modified, failures, now + wait, resp.error or str(resp.status))
            log.warning("%s: %s (retry in %.0fs)", url, resp.error, wait)
            return counts
        counts["fetched"] = 1
        is_feed = looks_like_feed(resp.body)
        self._save_state(url, resp.etag, resp.last_modified, 0, 0.0, "200" if is_feed else "page")
        if is_feed:
            records = feed_entries(resp.body)[: self.max_items]
            for rec in records:
                link = rec.get("url")
                if link and self.seen(link):
                    counts["known"] += 1
                    continue
                self._take(link, rec, counts)
        elif not self.seen(url):
            self._take(url, None, counts, body=resp.body)
        else:
            counts["known"] += 1
        return counts

    def _take(self, url: str | None, feed_rec: dict[str, Any] | None, counts: dict[str, int],
              body: bytes | None = None) -> None:
        """Fetch the page (falling back to the feed entry's text), dedup, analyse, store."""
        from rasd.corpus.duplicates import remember
        from rasd.ingest.html import extract_html
        from rasd.ingest.records import document_from_record

        rec = dict(feed_rec or {})
        if url:
            page = Response(200, body) if body is not None else self.fetcher.get(url)
            if page.status == 200:
                try:
                    html = page.body.decode("utf-8", errors="replace")
                    got = extract_html(html, url, url=url)
                    rec.update({k: v for k, v in got.items() if v and (k == "text" or not rec.get(k))})
                except InputError as exc:
                    log.info("%s: %s; using the feed entry", url, exc)
        if not (rec.get("text") or "").strip():
            counts["errors"] += 1
            if url:
                self._mark(url, None, "error: no text")
            return
        key = url or rec.get("title") or rec["text"][:200]
        doc_id = doc_id_for(key)
        rec["url"] = url
        dups = self.dedup.query(rec["text"])
        if dups:
            counts["duplicates"] += 1
            if url:
                self._mark(url, dups[0][0], "duplicate")
            return
        try:
            doc = document_from_record(rec, doc_id, url or doc_id, 2_000_000)
            doc = self.analyse(doc)
            self.store.put(doc)
        except RasdError as exc:
            counts["errors"] += 1
            if url:
                self._mark(url, doc_id, f"error: {exc}")
            return
        remember(self.store, self.dedup, doc_id, rec["text"], doc.meta.declared_date)
        counts["stored"] += 1
        if url:
            self._mark(url, doc_id, "stored")

    def update_stories(self) -> int:
        """Put the newly stored articles into story clusters (incremental) and refresh those stories."""
        from rasd.corpus.crossdoc import analyse_clusters
        from rasd.corpus.stories import cluster_store

        s = self.config.section("corpus")
        res = cluster_store(self.store, threshold=float(s.get("cluster_threshold", 0.45)),
                            window_days=int(s.get("window_days", 3)))
        analyse_clusters(self.store, res["touched"])
        return len(res["touched"])

    def run(self, targets: list[str], every: float = 300.0, once: bool = False, rounds: int | None = None,
            sleep: Callable[[float], None] = time.sleep, report: Callable[[dict[str, int]], None] | None = None) -> dict[str, int]:
        """Poll every target, then wait ``every`` seconds; stop after one round (``once``) or ``rounds``."""
        urls = self.expand(targets)
        total: dict[str, int] = {}
        n = 0
        while True:
            n += 1
            round_counts: dict[str, int] = {}
            for url in urls:
                for k, v in self.poll(url, every).items():
                    round_counts[k] = round_counts.get(k, 0) + v
            if self.cluster and round_counts.get("stored"):
                round_counts["stories_touched"] = self.update_stories()
            for k, v in round_counts.items():
                total[k] = total.get(k, 0) + v
            if report:
                report(round_counts)
            if once or (rounds is not None and n >= rounds):
                return total
            sleep(every)
