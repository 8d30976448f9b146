"""``rasd kb`` commands: show, add, build."""

import json

from typer.testing import CliRunner

from rasd.cli import app

runner = CliRunner()


def test_cli_kb_show_finds_any_spelling():
    r = runner.invoke(app, ["kb", "show", "شويغو"])
    assert r.exit_code == 0 and "rasd:sergei-shoigu" in r.output and "2012-11-06" in r.output


def test_cli_kb_show_unknown_name_exits_1():
    r = runner.invoke(app, ["kb", "show", "زززززز"])
    assert r.exit_code == 1


def test_cli_kb_add_merges_into_user_kb(tmp_path):
    src = tmp_path / "mine.jsonl"
    src.write_text(json.dumps({"id": "user:x", "type": "ORG", "name": "X", "name_ar": "منظمة إكس"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    target = tmp_path / "user-kb.jsonl"
    r = runner.invoke(app, ["kb", "add", str(src), "--user-kb", str(target)])
    assert r.exit_code == 0 and "1 new" in r.output
    r = runner.invoke(app, ["kb", "add", str(src), "--user-kb", str(target)])
    assert "1 replaced" in r.output and len(target.read_text(encoding="utf-8").splitlines()) == 1


def test_cli_kb_add_bad_file_is_a_clear_error(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text("{not json}\n", encoding="utf-8")
    r = runner.invoke(app, ["kb", "add", str(src), "--user-kb", str(tmp_path / "u.jsonl")])
    assert r.exit_code != 0 and "not valid JSON" in str(r.exception or r.output)
