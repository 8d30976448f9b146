"""The NER training helpers: CoNLL reading, dev split, label projection, a tiny CRF."""

from __future__ import annotations

from pathlib import Path

from rasd.stages.ner_features import NerResources
from rasd.train.ner import project_labels, read_conll, split_anercorp, train_crf


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "x.conll"
    p.write_text(text, encoding="utf-8")
    return p


def test_ner_read_conll_renames_pers_and_skips_comments(tmp_path):
    p = _write(tmp_path, "# doc = a\nقال O\nبوتين B-PERS\n\nفي\tO\nموسكو\tB-LOC\n")
    assert read_conll(p) == [[("قال", "O"), ("بوتين", "B-PER")], [("في", "O"), ("موسكو", "B-LOC")]]


def test_ner_split_keeps_last_tenth_for_dev():
    sents = [[(str(i), "O")] for i in range(100)]
    train, dev = split_anercorp(sents)
    assert len(dev) == 10 and dev[0] == [("90", "O")] and len(train) == 90


def test_ner_project_labels_follows_rasd_tokens():
    # "(أ" is one CoNLL token but two rasd tokens; the name keeps its B on its first piece.
    doc, labels = project_labels([("(أ", "O"), ("وبوتين", "B-PER"), ("الروسي", "O"), ("فلاديمير", "B-PER"), ("بوتين", "I-PER")])
    words = [doc.text[t.start:t.end] for t in doc.tokens]
    assert words == ["(", "أ", "وبوتين", "الروسي", "فلاديمير", "بوتين"]
    assert labels == ["O", "O", "B-PER", "O", "B-PER", "I-PER"]


def test_ner_train_crf_tiny_model_tags_a_seen_name(tmp_path):
    import pycrfsuite

    sents = [[("قال", "O"), ("بوتين", "B-PER"), ("في", "O"), ("موسكو", "B-LOC")]] * 5
    model = tmp_path / "m.crf"
    train_crf(sents, model, NerResources.empty(), {"max_iterations": 30})
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    from rasd.stages.ner_features import token_features

    doc, _ = project_labels([("قال", "O"), ("بوتين", "O")])
    assert tagger.tag(token_features(doc.text, doc.tokens, NerResources.empty()))[1] == "B-PER"


def test_ner_train_keeps_the_gold_only_crf_beside_the_silver_one(tmp_path):
    """The accurate ensemble averages with crf-gold.model (ANERcorp alone), never with the CRF distilled from it."""
    import gzip
    import json

    from rasd.train.ner import train_ner

    gold = "قال O\nبوتين B-PERS\nفي O\nموسكو B-LOC\n\n"
    for rel in ("ner/anercorp/train.conll", "ner/aqmar/dev.conll"):
        (tmp_path / "data" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "data" / rel).write_text(gold * 20, encoding="utf-8")
    out = tmp_path / "models"
    report = train_ner(tmp_path / "data", out, tmp_path / "work", rebuild_resources=False, silver=False,
                       params={"max_iterations": 10}, log=lambda _: None)
    assert (out / "crf-gold.model").read_bytes() == (out / "crf.model").read_bytes()
    assert report["fast"]["dev"]["entities"]["f1"] > 0
    with gzip.open(out / "silver.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"text": "وصل ماكرون إلى باريس", "tags": "O B-PER O B-LOC", "conf": 90}, ensure_ascii=False) + "\n")
    gold_before = (out / "crf-gold.model").read_bytes()
    train_ner(tmp_path / "data", out, tmp_path / "work", rebuild_resources=False, silver=True,
              params={"max_iterations": 10}, log=lambda _: None)
    assert (out / "crf-gold.model").read_bytes() == gold_before
    assert (out / "crf.model").read_bytes() != gold_before
