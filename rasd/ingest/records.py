"""Article records (the JSONL input contract) → ``Document``.

A record is ``{"id", "text", "title", "url", "date", "source"}``; only ``text``
is required. Other scalar keys (``category``, ``author`` …) are kept in
``meta`` as extras. ``date`` is the declared date, checked later, never trusted.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from rasd.document import Document, Meta
from rasd.errors import InputError

CONTRACT_KEYS = ("id", "text", "title", "url", "date", "source")
_SURROGATE = re.compile("[\ud800-\udfff]")


def iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or datetime string, else ``None``.

    >>> iso_date("2022-10-21T09:00:00Z"), iso_date("21/10/2022")
    ('2022-10-21', None)
    """
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def check_text(text: Any, name: str, max_chars: int) -> str:
    """The article text, or ``InputError`` when it is missing, empty or absurdly long."""
    if not isinstance(text, str):
        raise InputError(f"{name}: 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{name}: empty text")
    if len(text) > max_chars:
        raise InputError(f"{name}: text has {len(text):,} characters, over [ingest] max_chars = {max_chars:,}")
    bad = _SURROGATE.search(text)
    if bad:  # JSON "\ud800" decodes to a lone surrogate: not Unicode text, and the stages cannot encode it
        raise InputError(f"{name}: text is not valid Unicode (unpaired surrogate U+{ord(bad.group()):04X} "
                         f"at character {bad.start():,})", hint="fix the escape sequence in the source")
    return text


def scrub_metadata(rec: dict[str, Any]) -> dict[str, Any]:
    """Lone surrogates (JSON ``"\ud800"``) in keys and metadata strings → U+FFFD; ``text`` is left for ``check_text``.

    They cannot be written as UTF-8, so one bad title would stop the batch's output or its store.
    """
    def fix(v: Any) -> Any:
        return _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v

    return {fix(k): (v if k == "text" else fix(v)) for k, v in rec.items()}


def document_from_record(rec: Any, doc_id: str, name: str, max_chars: int) -> Document:
    """Build a ``Document`` from one input record; ``doc_id`` is used when it has no ``id``."""
    if not isinstance(rec, dict):
        raise InputError(f"{name}: a line must be a JSON object, got {type(rec).__name__}")
    if "text" not in rec:
        raise InputError(f"{name}: record has no 'text'")
    text = check_text(rec["text"], name, max_chars)
    date = rec.get("date")
    extra = {k: v for k, v in rec.items()
             if k not in CONTRACT_KEYS and isinstance(v, (str, int, float, bool)) and k != "declared_date"}
    if date is not None and iso_date(date) is None:
        extra.setdefault("date_raw", str(date))  # keep what the source said; declared_date stays ISO or null
    meta = Meta(source=_str(rec.get("source")), url=_str(rec.get("url")), title=_str(rec.get("title")),
                declared_date=iso_date(date), extra=extra)
    rid = rec.get("id")
    return Document(id=str(rid) if rid not in (None, "") else doc_id, text=text, meta=meta)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)
