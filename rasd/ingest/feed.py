"""RSS/Atom feeds → one input record per entry (its full content, else its summary)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from rasd.errors import InputError
from rasd.ingest.html import fragment_text


def looks_like_feed(head: bytes) -> bool:
    """True for RSS/Atom/RDF XML (sniffed from the first bytes)."""
    h = head[:2048].lower()
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def iter_feed(data: bytes, name: str) -> Iterator[dict[str, Any] | InputError]:
    """One record per feed entry, in feed order; an entry without text yields an ``InputError``."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield InputError(f"{name}: no entries in the feed" + (f" ({reason})" if reason else ""))
        return
    source = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries, 1):
        raw = ""
        if entry.get("content"):
            raw = entry["content"][0].get("value") or ""
        raw = raw or entry.get("summary") or ""
        text = fragment_text(raw)
        if not text:
            yield InputError(f"{name} [entry {i}]: entry has no text")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        yield {
            "id": None,
            "text": text,
            "title": entry.get("title") or None,
            "url": entry.get("link") or None,
            "date": time.strftime("%Y-%m-%d", stamp) if stamp else None,
            "source": source,
        }
