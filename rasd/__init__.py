"""rasd (رصد): Arabic news into dated, attributed, structured knowledge.

>>> import rasd
>>> doc = rasd.analyze("أجرى وزير الدفاع محادثات هاتفية اليوم.", id="a1")
>>> doc.to_dict()["schema_version"]
1
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.document import Document, Meta

__version__ = "0.1.0"
__all__ = ["Document", "analyze", "default_pipeline", "__version__"]


@lru_cache(maxsize=1)
def default_pipeline():
    """The pipeline of the default settings, built once per process."""
    from rasd.pipeline import Pipeline

    return Pipeline.from_config()


def analyze(text: str, *, id: str = "doc", title: str | None = None, url: str | None = None,
            date: str | None = None, source: str | None = None, **extra: Any) -> Document:
    """Run the default pipeline on one article's text and return the ``Document``.

    ``date`` that is not an ISO day (``"yesterday"``, ``"2015-02-30"``) is kept as
    ``meta.extra["date_raw"]`` and not declared, as for JSONL input.
    """
    from rasd.ingest.records import iso_date

    declared = iso_date(date)
    if date not in (None, "") and declared is None:
        extra.setdefault("date_raw", str(date))
    doc = Document(id=id, text=text, meta=Meta(source=source, url=url, title=title, declared_date=declared, extra=extra))
    return default_pipeline()(doc)
