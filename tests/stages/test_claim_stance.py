"""The learnt stance of plain statements (rasd.stages.claim_stance) on hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.config import load_config
from rasd.document import Document, Span
from rasd.errors import ModelMissingError
from rasd.pipeline import Pipeline
from rasd.stages.claim_stance import CONTENT_WORDS, STANCES, stance_features, stance_probabilities
from tests.stages.event_helpers import make_doc


def stances(text: str, learnt: bool = True) -> list[tuple[str, str]]:
    cfg = load_config(overrides={"claims": {"learnt_stance": learnt}})
    doc = next(iter(Pipeline(cfg.pipeline, cfg).run_many([Document(id="t", text=text)])))
    return [(doc.slice(c.cue), c.stance) for c in doc.claims]


def test_learnt_stance_reads_an_accusation_no_marker_shows():
    # (Trained on batches 1-56 the model also read "الحكومة فشلت في إدارة الأزمة" as an accusation; on 1-108 it
    # reads it as an assertion, while its accuracy on unseen claims rose: blame for failure is learnt weakly.)
    text = "وقال أحمد الخطيب إن قوات الاحتلال ارتكبت جريمة قتل بحق الطفل."
    assert stances(text, learnt=False) == [("وقال", "assert")]
    assert stances(text) == [("وقال", "accuse")]


@pytest.mark.parametrize("text", [
    "وقال سامي الطاهري إن الاجتماع سيعقد يوم الأحد المقبل في العاصمة.",
    "وقالت وزارة الصحة إن عدد الزوار بلغ مليون زائر هذا العام.",
])
def test_learnt_stance_leaves_a_plain_report_assert(text):
    assert [s for _, s in stances(text)] == ["assert"]


def test_stance_features_read_cue_cue_stance_and_the_opening_words():
    text = "قال الخطيب إن " + " ".join(["الحكومات"] * (CONTENT_WORDS + 5)) + "."
    doc = make_doc(text)
    cue = Span(0, 3)
    content = Span(text.index("إن"), len(text))
    feats = stance_features(doc, cue, content, "assert")
    assert feats[:3] == ["bias", "cue=قال", "cue_stance=assert"]
    words = [f for f in feats if f.startswith("w=")]
    assert len(words) == CONTENT_WORDS  # the tail of a long statement is not read
    assert "s=حكوما" in feats  # stems without the article, cut to five letters
    assert not any(f.startswith("w=.") for f in feats)  # punctuation is no word


def test_stance_features_without_content_are_the_cue_alone():
    doc = make_doc("قال الخطيب.")
    assert stance_features(doc, Span(0, 3), None, "assert") == ["bias", "cue=قال", "cue_stance=assert"]


def test_stance_probabilities_cover_every_stance():
    doc = make_doc("قال الخطيب إن الحكومة فشلت.")
    probs = stance_probabilities(stance_features(doc, Span(0, 3), Span(11, 27), "assert"))
    assert set(probs) == set(STANCES)
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-6)


def test_missing_stance_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelMissingError, match="rasd train stance"):
        stance_probabilities(["bias"], path=tmp_path / "none.crfsuite")
