"""WARC archives (``.warc``, ``.warc.gz``) → the HTML responses they hold, as input records."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from rasd.errors import InputError
from rasd.ingest.decode import declared_charset, decode_bytes
from rasd.ingest.html import extract_html


def iter_warc(data: bytes, name: str) -> Iterator[dict[str, Any] | InputError]:
    """One record (or the ``InputError`` explaining its failure) per HTML response, in archive order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name} [{uri or n}]"
            try:
                body = record.content_stream().read()
                hint = _charset(ctype) or declared_charset(body)
                page = extract_html(decode_bytes(body, where, hint=hint, prose=False), where, url=uri)
            except InputError as exc:
                yield exc
                continue
            page["warc_date"] = record.rec_headers.get_header("WARC-Date")
            yield page
    except ArchiveLoadFailed as exc:
        yield InputError(f"{name}: not a readable WARC archive ({exc})")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
