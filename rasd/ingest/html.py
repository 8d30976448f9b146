"""HTML pages → article text and metadata (trafilatura for the body, htmldate for the date)."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasd.errors import InputError

log = logging.getLogger(__name__)

_BLOCK_TAGS = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^>]*>")
_TAG = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"\n\s*\n+")


def extract_html(html: str, name: str, url: str | None = None) -> dict[str, Any]:
    """The main text, title, url and date of one page, as an input record.

    Raises ``InputError`` when the page has no extractable article text.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
        result = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else doc
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        log.debug("trafilatura failed on %s", name, exc_info=True)
        raise InputError(f"{name}: HTML could not be parsed ({type(exc).__name__})") from exc
    text = (result or {}).get("text") or ""
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    return {
        "text": text,
        "title": (result or {}).get("title") or None,
        "url": (result or {}).get("url") or url,
        "source": (result or {}).get("sitename") or None,
        # trafilatura's own date comes from the same padded htmldate search: same guard.
        "date": page_date(html, url) or _precise((result or {}).get("date"), html),
    }


def page_date(html: str, url: str | None = None) -> str | None:
    """The page's publication date (``YYYY-MM-DD``) by htmldate's extensive search, if any."""
    from htmldate import find_date

    try:
        found = _precise(find_date(html, extensive_search=True, original_date=True, url=url), html)
        # Only the markup-based search is precise enough to trust when the extensive one was padded.
        return found or find_date(html, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate is best effort; a page without a date is normal
        log.debug("htmldate failed", exc_info=True)
        return None


def _precise(found: str | None, html: str) -> str | None:
    """``found`` unless it looks padded: htmldate turns a bare year in the body ("2023") into 2023-01-01."""
    if found and found[:10].endswith("-01") and not _written_out(found[:10], html):
        return None
    return found


def _written_out(iso: str, html: str) -> bool:
    """True when the page spells out the full day ``iso`` (2023-01-01, 2023/01/01, 01/01/2023, 1/1/2023)."""
    y, m, d = iso.split("-")
    forms = {f"{y}-{m}-{d}", f"{y}/{m}/{d}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}"}
    return any(f in html for f in forms)


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): tags out, blocks as lines.

    >>> fragment_text("<p>قال الوزير</p><p>وأضاف</p>")
    'قال الوزير\\nوأضاف'
    """
    import html as _html

    text = _BLOCK_TAGS.sub("\n", fragment)
    text = _html.unescape(_TAG.sub("", text))
    lines = [ln.strip() for ln in text.splitlines()]
    return _BLANKS.sub("\n", "\n".join(ln for ln in lines if ln)).strip()
