"""rasd corpus … and rasd watch from the command line (Typer runner, hand-made store)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from rasd.cli import app

runner = CliRunner()


def test_cli_corpus_dedup_json_one_line_per_group(story_store, tmp_path):
    from rasd.document import Document, Meta

    story_store.put(Document(id="copy", text=story_store.get("a1").text, meta=Meta(declared_date="2015-08-10")))
    db = story_store.path
    res = runner.invoke(app, ["corpus", "dedup", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines() if x.strip()]
    assert lines == [{"group": 1, "canonical": "a1", "members": ["a1", "copy"]}]


def test_cli_corpus_cluster_stories_contradictions_timeline(story_store):
    db = story_store.path
    res = runner.invoke(app, ["corpus", "cluster", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["flags"] == 3
    stories = [json.loads(x) for x in runner.invoke(app, ["corpus", "stories", "--db", db, "--json"]).output.splitlines()]
    assert len(stories) == 1 and stories[0]["size"] == 3
    res = runner.invoke(app, ["corpus", "story", str(stories[0]["id"]), "--db", db, "--json"])
    assert json.loads(res.output)["events"][0]["n_sources"] == 3
    res = runner.invoke(app, ["corpus", "contradictions", "--db", db, "--json", "--kind", "cross-denial"])
    assert [json.loads(x)["b"]["doc"] for x in res.output.splitlines()] == ["a3"]
    res = runner.invoke(app, ["corpus", "dates", "--db", db, "--json"])
    pinned = [json.loads(x) for x in res.output.splitlines()]
    assert [(p["id"], p["date"]) for p in pinned] == [("a3", "2015-08-09")] and pinned[0]["evidence"]
    res = runner.invoke(app, ["corpus", "timeline", "داعش", "--db", db])
    assert res.exit_code == 0 and "local:داعش" in res.output
    assert runner.invoke(app, ["corpus", "timeline", "لا أحد", "--db", db]).exit_code == 1


def test_cli_corpus_missing_db_is_one_clear_error(tmp_path):
    res = runner.invoke(app, ["corpus", "stories", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "database not found" in res.output


def test_cli_watch_bad_every_is_an_error(tmp_path):
    res = runner.invoke(app, ["watch", "http://127.0.0.1:9/f.xml", "--every", "soon", "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 1 and "--every" in res.output
