"""The BiLSTM-CRF profile's pieces: CRF layer, inputs, save/load, on tiny hand-made data."""

from __future__ import annotations

import pytest

# The accurate profile is optional (pip install '.[accurate]'); without torch these tests skip.
torch = pytest.importorskip("torch")

from rasd.arabic.tokenize import tokenize  # noqa: E402
from rasd.stages.ner_features import NerResources  # noqa: E402
from rasd.stages.ner_neural import CRF, N_FLAGS, BiLstmCrf, NeuralTagger, token_inputs  # noqa: E402


def test_ner_neural_crf_viterbi_follows_emissions():
    crf = CRF(3)
    em = torch.tensor([[5.0, 0, 0], [0, 5.0, 0], [0, 0, 5.0]])
    path, probs = crf.viterbi(em)
    assert path == [0, 1, 2]
    assert all(0.9 < p <= 1.0 for p in probs)


def test_ner_neural_crf_nll_is_positive_and_masked():
    crf = CRF(2)
    em = torch.zeros(1, 3, 2)
    tags = torch.tensor([[0, 1, 0]])
    full = crf.nll(em, tags, torch.ones(1, 3))
    short = crf.nll(em, tags, torch.tensor([[1.0, 1.0, 0.0]]))
    assert float(full.detach()) > float(short.detach()) > 0


def test_ner_neural_token_inputs_flags_and_base():
    text = "وقال بوتين NATO"
    rows = token_inputs(text, tokenize(text), NerResources(gazetteer={("بوتين",): frozenset({"PER"})}))
    assert [r["w"] for r in rows] == ["وقال", "بوتين", "nato"]
    assert all(len(r["flags"]) == N_FLAGS for r in rows)
    assert rows[1]["flags"][-6] == 1.0  # gazetteer PER begin


def test_ner_neural_save_load_roundtrip(tmp_path):
    dims = {"n_words": 5, "n_chars": 4, "n_clusters": [], "n_tags": 3, "word_dim": 8}
    tagger = NeuralTagger(BiLstmCrf(**dims), {"<pad>": 0, "<unk>": 1, "بوتين": 2}, {"<pad>": 0, "<unk>": 1},
                          ["O", "B-PER", "I-PER"], [])
    tagger.save(str(tmp_path / "m.pt"), dims)
    again = NeuralTagger.load(str(tmp_path / "m.pt"))
    text = "قال بوتين"
    tags, probs = again.tag(text, tokenize(text), NerResources.empty())
    assert len(tags) == 2 and all(t in ("O", "B-PER", "I-PER") for t in tags)
    assert all(0 <= p <= 1 for p in probs)
