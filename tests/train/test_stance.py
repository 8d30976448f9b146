"""Training the stance model from gold claims (rasd.train.stance) on a tiny hand-made gold set."""

from __future__ import annotations

from rasd.stages.claim_stance import stance_probabilities
from rasd.train.stance import stance_examples, train_stance_model

GOLD = [
    {"id": "a", "text": "وقال أحمد الخطيب إن الحكومة فشلت في إدارة الأزمة. وأكدت وزارة الصحة أن المستشفيات جاهزة.",
     "claims": [{"speaker": ["أحمد الخطيب", "الخطيب"], "cue": {"start": 0, "end": 4}, "stance": "accuse"},
                {"speaker": ["وزارة الصحة"], "cue": {"start": 50, "end": 55}, "stance": "assert"},
                # a claim rasd gives to no one (wrong speaker) teaches nothing
                {"speaker": ["someone else"], "cue": {"start": 50, "end": 55}, "stance": "warn"}]},
]


def test_stance_examples_pair_gold_claims_with_rasds_own():
    examples = stance_examples(GOLD)
    assert [stance for _, stance in examples] == ["accuse", "assert"]
    feats, _ = examples[0]
    assert "cue=وقال" in feats and "cue_stance=assert" in feats


def test_train_stance_model_writes_a_model_that_loads(tmp_path):
    out = tmp_path / "stance.crfsuite"
    counts = train_stance_model(out, golds=GOLD)
    assert counts == {"accuse": 1, "assert": 1}
    probs = stance_probabilities(["bias", "cue=وقال", "cue_stance=assert"], path=out)
    assert probs["accuse"] > probs["warn"]
