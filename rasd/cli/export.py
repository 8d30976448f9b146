"""``rasd export events``: one row per stored event, as CSV, JSONL or Parquet.

Each row carries the article id, the event's date, its PLOVER and CAMEO codes, the
source and target actors (names, KB ids, countries), modality, who reports it, the
sentence text and the trigger's offsets, so every row points back to its characters.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from rasd.document import Document
from rasd.errors import InputError, RasdError

export_app = typer.Typer(help="Export stored analyses as tables.", no_args_is_help=True)

COLUMNS = (
    "article_id", "event_id", "date", "published", "code", "cameo",
    "source", "source_kb", "source_country", "target", "target_kb", "target_country",
    "modality", "attributed_to", "confidence", "sentence", "trigger", "trigger_start", "trigger_end",
)
# Several actors in one cell are joined with this (names never contain it).
JOIN = " | "


class Format(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


def _actor_cells(doc: Document, ids: list[str]) -> tuple[str, str, str]:
    names, kbs, countries = [], [], []
    for eid in ids:
        ent = doc.entity(eid)
        if ent is None:
            continue
        names.append(ent.name or ent.name_ar or eid)
        kbs.append(ent.kb or "")
        countries.append(ent.country or "")
    return JOIN.join(names), JOIN.join(kbs), JOIN.join(countries)


def event_rows(doc: Document) -> Iterator[dict[str, Any]]:
    """The export rows of one document's events, in the order of ``COLUMNS``."""
    for ev in doc.events:
        src, src_kb, src_c = _actor_cells(doc, ev.source)
        tgt, tgt_kb, tgt_c = _actor_cells(doc, ev.target)
        attributed = doc.entity(ev.attributed_to)
        sentence = ""
        if ev.sentence is not None and 0 <= ev.sentence < len(doc.sentences):
            sentence = doc.slice(doc.sentences[ev.sentence]).strip()
        yield {
            "article_id": doc.id, "event_id": ev.id, "date": ev.date, "published": doc.published.date,
            "code": ev.code, "cameo": ev.cameo,
            "source": src, "source_kb": src_kb, "source_country": src_c,
            "target": tgt, "target_kb": tgt_kb, "target_country": tgt_c,
            "modality": ev.modality,
            "attributed_to": (attributed.name or attributed.name_ar) if attributed else None,
            "confidence": round(ev.confidence, 4), "sentence": sentence,
            "trigger": doc.slice(ev.trigger), "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
        }


def write_rows(rows: Iterable[dict[str, Any]], fmt: Format, out: Path | None) -> int:
    """Write rows as ``fmt`` to ``out`` (standard output when None, except Parquet); returns the count."""
    if fmt is Format.parquet:
        if out is None:
            raise InputError("Parquet needs a file: add --out events.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = list(rows)
        table = pa.Table.from_pylist(data, schema=_schema(pa)) if data else _schema(pa).empty_table()
        pq.write_table(table, out)
        return len(data)
    stream = open(out, "w", encoding="utf-8", newline="") if out else io.TextIOWrapper(
        sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    n = 0
    try:
        if fmt is Format.csv:
            writer = csv.DictWriter(stream, fieldnames=COLUMNS)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                n += 1
        else:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    finally:
        if out:
            stream.close()
        else:
            stream.detach()
    return n


def _schema(pa: Any) -> Any:
    ints = {"trigger_start", "trigger_end"}
    return pa.schema([(c, pa.int64() if c in ints else pa.float64() if c == "confidence" else pa.string())
                      for c in COLUMNS])


@export_app.command("events")
def export_events(
    db: Path = typer.Option(Path("rasd.db"), "--db", help="The SQLite database written by `rasd analyze`."),
    fmt: Format = typer.Option(None, "--format", "-f",
                               help="csv, jsonl or parquet (default: from --out's extension, else csv)."),
    out: Path = typer.Option(None, "--out", "-o", help="Output file (standard output if omitted; required for parquet)."),
) -> None:
    """One row per event: article, date, PLOVER/CAMEO codes, actors, modality, sentence, trigger offsets."""
    from rasd.store import Store

    if fmt is None:
        suffix = out.suffix.lstrip(".").lower() if out else ""
        fmt = Format(suffix) if suffix in Format.__members__ else Format.csv
    if not db.exists():
        typer.echo(f"rasd: error: no database at {db} (create one with `rasd analyze … --db {db}`)", err=True)
        raise typer.Exit(1)
    try:
        with Store(db, readonly=True) as store:
            def rows() -> Iterator[dict[str, Any]]:
                for doc_id in store.ids():
                    doc = store.get(doc_id)
                    if doc is not None:
                        yield from event_rows(doc)

            n = write_rows(rows(), fmt, out)
    except RasdError as exc:
        typer.echo(f"rasd: error: {exc}", err=True)
        raise typer.Exit(1) from None
    if out:
        typer.echo(f"{n} events written to {out}", err=True)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
