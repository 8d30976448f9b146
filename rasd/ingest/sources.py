"""Paths, folders and stdin → ``Document``s or error records, one input at a time.

Formats by extension: ``.txt``; ``.html``/``.htm``; ``.jsonl``; ``.warc``/``.warc.gz``;
``.xml``/``.rss``/``.atom`` feeds. Standard input (``-``) and files with other
extensions are sniffed. Folders are walked recursively in sorted order, taking
only files with known extensions (a broken or looping link among them is reported,
not skipped in silence). A bad input becomes one error record and the
batch goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rasd.config import Config, load_config
from rasd.document import Document
from rasd.errors import InputError, error_record
from rasd.ingest.decode import declared_charset, decode_bytes
from rasd.ingest.feed import iter_feed, looks_like_feed
from rasd.ingest.html import extract_html
from rasd.ingest.records import check_text, document_from_record, scrub_metadata
from rasd.ingest.warc import iter_warc

Item = Document | dict[str, Any]

log = logging.getLogger(__name__)

TEXT_EXT = (".txt",)
HTML_EXT = (".html", ".htm")
JSONL_EXT = (".jsonl",)
WARC_EXT = (".warc", ".warc.gz")
FEED_EXT = (".xml", ".rss", ".atom")
KNOWN_EXT = TEXT_EXT + HTML_EXT + JSONL_EXT + WARC_EXT + FEED_EXT


def iter_inputs(paths: Iterable[str | Path], config: Config | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every article of ``paths`` (``-`` = standard input), in order, as documents or error records."""
    config = config or load_config()
    reader = _Reader(config.section("ingest"), stdin)
    for path in paths:
        yield from reader.path(str(path))


class _Reader:
    """Keeps the batch's settings and the ids already given (so file stems stay unique)."""

    def __init__(self, settings: dict[str, Any], stdin: BinaryIO | None):
        self.max_bytes = int(settings.get("max_bytes", 20_000_000))
        self.max_chars = int(settings.get("max_chars", 2_000_000))
        self.stdin = stdin
        self.seen: set[str] = set()

    # ------------------------------------------------------------------ ids
    def _unique(self, base: str) -> str:
        doc_id, n = base, 1
        while doc_id in self.seen:
            n += 1
            doc_id = f"{base}-{n}"
        self.seen.add(doc_id)
        return doc_id

    def _claim(self, doc: Document) -> Document:
        """Keep an id the input gave, unless this batch already gave it (then the store would lose one)."""
        if doc.id in self.seen:
            given = doc.id
            doc.id = self._unique(given)
            doc.meta.extra["id_given"] = given
            log.warning("id %r repeated in this batch; the later article is kept as %r", given, doc.id)
            return doc
        self.seen.add(doc.id)  # ids from the input are kept as given
        return doc

    # --------------------------------------------------------------- inputs
    def path(self, arg: str) -> Iterator[Item]:
        if arg == "-":
            yield from self._stdin()
            return
        p = Path(arg)
        if p.is_dir():
            files = sorted((f for f in p.rglob("*") if (f.is_file() or f.is_symlink()) and _known(f)
                            and not any(part.startswith(".") for part in f.relative_to(p).parts)),
                           key=lambda f: f.relative_to(p).as_posix())
            for f in files:
                yield from self._file(f)
        else:
            yield from self._file(p)

    def _stdin(self) -> Iterator[Item]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        data = stream.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            yield error_record(self._unique("stdin"), "ingest",
                               f"<stdin>: more than [ingest] max_bytes = {self.max_bytes:,} bytes")
            return
        if data[:2] == b"\x1f\x8b" and _sniff(data) != "warc":  # gzipped JSONL/text: unpack, then sniff
            try:
                data = _gunzip(data, Path("<stdin>"), self.max_bytes)
            except InputError as exc:
                yield exc.record(self._unique("stdin"))
                return
        yield from self._bytes(data, "<stdin>", "stdin", _sniff(data))

    def _file(self, p: Path) -> Iterator[Item]:
        stem = _stem(p)
        try:
            size = p.stat().st_size
            if size > self.max_bytes:
                raise InputError(f"{p}: {size:,} bytes, over [ingest] max_bytes = {self.max_bytes:,}")
            data = p.read_bytes()
            if p.name.lower().endswith(".gz") and not p.name.lower().endswith(".warc.gz"):
                data = _gunzip(data, p, self.max_bytes)
        except InputError as exc:
            yield exc.record(self._unique(stem))
            return
        except OSError as exc:
            yield error_record(self._unique(stem), "ingest", f"{p}: cannot read ({exc.strerror or exc})")
            return
        yield from self._bytes(data, str(p), stem, _kind(p) or _sniff(data))

    def _bytes(self, data: bytes, name: str, stem: str, kind: str) -> Iterator[Item]:
        try:
            if kind == "jsonl":
                yield from self._jsonl(decode_bytes(data, name, prose=False), name, stem)
            elif kind == "warc":
                yield from self._many(iter_warc(data, name), name, stem)
            elif kind == "feed":
                yield from self._many(iter_feed(data, name), name, stem)
            elif kind == "html":
                rec = extract_html(decode_bytes(data, name, hint=declared_charset(data), prose=False), name)
                yield self._record(rec, stem, name)
            else:
                text = check_text(decode_bytes(data, name), name, self.max_chars)
                yield Document(id=self._unique(stem), text=text)
        except InputError as exc:
            yield exc.record(self._unique(stem))
        except Exception as exc:  # a parser bug on one odd input must not end the batch
            yield error_record(self._unique(stem), "ingest", f"{name}: unreadable ({type(exc).__name__}: {exc})")

    def _record(self, rec: dict[str, Any], fallback_id: str, name: str) -> Document:
        if not isinstance(rec, dict):
            raise InputError(f"{name}: a record must be a JSON object, got {type(rec).__name__}")
        rid = rec.get("id")
        if rid in (None, ""):
            return document_from_record(rec, self._unique(fallback_id), name, self.max_chars)
        return self._claim(document_from_record(rec, str(rid), name, self.max_chars))

    def _many(self, records: Iterator[dict[str, Any] | InputError], name: str, stem: str) -> Iterator[Item]:
        for n, rec in enumerate(records, 1):
            if isinstance(rec, InputError):
                yield rec.record(self._unique(f"{stem}-{n}"))
                continue
            try:
                yield self._record(rec, f"{stem}-{n}", f"{name} [{n}]")
            except InputError as exc:
                yield exc.record(self._unique(f"{stem}-{n}"))

    def _jsonl(self, text: str, name: str, stem: str) -> Iterator[Item]:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            rec: Any = None
            try:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
                if isinstance(rec, dict):
                    rec = scrub_metadata(rec)
                doc = self._record(rec, f"{stem}-{lineno}", where)
            except InputError as exc:
                rid = rec.get("id") if isinstance(rec, dict) else None
                yield exc.record(str(rid) if rid not in (None, "") else self._unique(f"{stem}-{lineno}"))
                continue
            yield doc


def _stem(p: Path) -> str:
    name = p.name
    for ext in (".warc.gz", ".jsonl.gz", ".txt.gz", ".gz"):
        if name.lower().endswith(ext):
            return name[: -len(ext)] or name
    return p.stem or name


def _known(p: Path) -> bool:
    name = p.name.lower().removesuffix(".gz")
    return name.endswith(KNOWN_EXT) or p.name.lower().endswith(".warc.gz")


def _kind(p: Path) -> str | None:
    name = p.name.lower()
    if name.endswith(WARC_EXT):
        return "warc"
    name = name.removesuffix(".gz")
    for exts, kind in ((TEXT_EXT, "text"), (HTML_EXT, "html"), (JSONL_EXT, "jsonl"), (FEED_EXT, "feed")):
        if name.endswith(exts):
            return kind
    return None


def _sniff(data: bytes) -> str:
    """Guess the format of unnamed input (stdin, odd extensions) from its first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    low = head.lower()
    if head.startswith(b"WARC/"):
        return "warc"
    if data[:2] == b"\x1f\x8b":  # gzip: a .warc.gz is a series of gzip members starting with "WARC/"
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 16)
        except zlib.error:
            return "text"
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    if head.startswith(b"{"):
        return "jsonl"
    if low.startswith(b"<?xml") or low.startswith(b"<rss") or low.startswith(b"<feed"):
        return "feed" if looks_like_feed(data) else "html"
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or b"<body" in low:
        return "html"
    return "text"


def _gunzip(data: bytes, p: Path, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise InputError(f"{p}: not a readable gzip file ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(f"{p}: over [ingest] max_bytes = {max_bytes:,} once uncompressed")
    return out
