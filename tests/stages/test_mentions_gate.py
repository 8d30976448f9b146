"""Score gates: the shipped NER model on the ANERcorp dev split (its last 10 %), alone and through the
default pipeline's mentions stage as ``rasd eval ner`` scores it, must not fall below the minimums
pinned in tests/eval_baseline.json (``ner_dev_f1``, ``ner_pipeline_dev_f1``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.paths import shared_data_dir
from rasd.stages.mentions import model_path
from rasd.stages.ner_features import shipped_resources
from rasd.train.ner import ANERCORP, predict_jsonl, read_conll, score, split_anercorp, write_conll

BASELINE = Path(__file__).resolve().parents[1] / "eval_baseline.json"


def _dev_split(tmp_path: Path, pin: str) -> tuple[list, float]:
    """The ANERcorp dev split (written to ``tmp_path/dev.conll``) and the minimum pinned as ``pin``."""
    data = shared_data_dir()
    if not (data / ANERCORP).exists():
        pytest.skip("shared/data not available")
    _, dev = split_anercorp(read_conll(data / ANERCORP))
    write_conll(dev, tmp_path / "dev.conll")
    return dev, json.loads(BASELINE.read_text(encoding="utf-8"))[pin]


def test_mentions_gate_dev_f1(tmp_path):
    dev, minimum = _dev_split(tmp_path, "ner_dev_f1")
    predict_jsonl(dev, Path(model_path("fast")), tmp_path / "dev.pred.jsonl", shipped_resources())
    f1 = score(tmp_path / "dev.conll", tmp_path / "dev.pred.jsonl")["entities"]["f1"]
    assert f1 >= minimum, f"NER dev F1 {f1:.4f} fell below the pinned minimum {minimum}"


def test_mentions_gate_pipeline_dev_f1(tmp_path):
    _, minimum = _dev_split(tmp_path, "ner_pipeline_dev_f1")
    result = CliRunner().invoke(app, ["eval", "ner", str(tmp_path / "dev.conll"), "--json"])
    assert result.exit_code == 0, result.output
    f1 = json.loads(result.output.strip().splitlines()[-1])["entities"]["f1"]
    assert f1 >= minimum, f"NER dev F1 through the pipeline {f1:.4f} fell below the pinned minimum {minimum}"
