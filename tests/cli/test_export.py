"""``rasd export events``: rows from stored documents as CSV, JSONL and Parquet."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from rasd.cli import app
from rasd.cli.export import COLUMNS, event_rows
from rasd.document import Document, Entity, Event, Sentence, Span

runner = CliRunner()


def _doc() -> Document:
    text = "اتهمت روسيا أوكرانيا بقصف السد."
    doc = Document(id="a1", text=text, sentences=[Sentence(0, len(text))])
    doc.entities = [Entity(id="e1", name="Russia", type="LOC", name_ar="روسيا", kb="iso:RUS", country="RUS"),
                    Entity(id="e2", name="Ukraine", type="LOC", name_ar="أوكرانيا", kb="iso:UKR", country="UKR")]
    doc.events = [Event(id="v1", code="ACCUSE", cameo="112", trigger=Span(0, 5), source=["e1"], target=["e2"],
                        date="2022-10-19", sentence=0)]
    return doc


def test_export_event_rows_carry_actors_and_offsets():
    rows = list(event_rows(_doc()))
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == list(COLUMNS)
    assert (row["code"], row["cameo"], row["source"], row["target_country"]) == ("ACCUSE", "112", "Russia", "UKR")
    assert (row["trigger"], row["trigger_start"], row["trigger_end"]) == ("اتهمت", 0, 5)
    assert row["sentence"].startswith("اتهمت روسيا")


def _store(tmp_path):
    from rasd.store import Store

    db = tmp_path / "t.db"
    with Store(db) as store:
        store.put(_doc())
    return db


def test_export_csv_and_jsonl(tmp_path):
    db = _store(tmp_path)
    out = tmp_path / "e.csv"
    res = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["article_id"] == "a1" and rows[0]["source_kb"] == "iso:RUS"
    out = tmp_path / "e.jsonl"
    res = runner.invoke(app, ["export", "events", "--db", str(db), "-f", "jsonl", "-o", str(out)])
    assert res.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["date"] == "2022-10-19"


def test_export_parquet(tmp_path):
    import pyarrow.parquet as pq

    db = _store(tmp_path)
    out = tmp_path / "e.parquet"
    res = runner.invoke(app, ["export", "events", "--db", str(db), "-f", "parquet", "-o", str(out)])
    assert res.exit_code == 0, res.output
    table = pq.read_table(out)
    assert table.num_rows == 1 and table.column("code").to_pylist() == ["ACCUSE"]


def test_export_parquet_needs_out(tmp_path):
    res = runner.invoke(app, ["export", "events", "--db", str(_store(tmp_path)), "-f", "parquet"])
    assert res.exit_code == 1 and "--out" in res.output


def test_export_missing_db_is_a_clear_error(tmp_path):
    res = runner.invoke(app, ["export", "events", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no database" in res.output


def test_export_bad_format_is_usage_error(tmp_path):
    res = runner.invoke(app, ["export", "events", "--db", str(_store(tmp_path)), "-f", "xml"])
    assert res.exit_code == 2


def test_export_format_from_out_extension(tmp_path):
    db = _store(tmp_path)
    out = tmp_path / "e.jsonl"
    res = runner.invoke(app, ["export", "events", "--db", str(db), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["code"] == "ACCUSE"


def test_export_to_stdout_csv(tmp_path):
    res = runner.invoke(app, ["export", "events", "--db", str(_store(tmp_path))])
    assert res.exit_code == 0
    assert res.output.splitlines()[0].startswith("article_id,event_id,date")
