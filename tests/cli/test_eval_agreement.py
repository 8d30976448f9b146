"""``rasd eval agreement``: two annotators' gold for the same articles, scored each against the other."""

import json

from typer.testing import CliRunner

from rasd.cli import app

runner = CliRunner()


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_eval_agreement_prints_both_directions_and_rejects_disjoint_files(tmp_path):
    text = "هاجمت روسيا أوكرانيا."
    first = {"id": "a1", "text": text, "events": [{"code": "ASSAULT", "source": ["روسيا"], "target": ["أوكرانيا"]}],
             "claims": []}
    second = {**first, "events": [{"code": "ASSAULT", "source": ["روسيا"], "target": ["أوكرانيا"]},
                                  {"code": "COERCE", "source": ["روسيا"], "target": ["أوكرانيا"]}]}
    res = runner.invoke(app, ["eval", "agreement", _write(tmp_path / "a.jsonl", [first]),
                              _write(tmp_path / "b.jsonl", [second])])
    assert res.exit_code == 0, res.output
    assert "1 articles annotated by both" in res.output
    assert "second vs first P=0.500 R=1.000 F1=0.667" in res.output and "mean F1=0.667" in res.output
    res = runner.invoke(app, ["eval", "agreement", _write(tmp_path / "a.jsonl", [first]),
                              _write(tmp_path / "c.jsonl", [{**second, "id": "other"}])])
    assert res.exit_code != 0 and "share no article id" in res.output + str(res.exception)
