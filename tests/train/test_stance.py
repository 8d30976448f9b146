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


def test_shipped_stance_model_is_what_rasd_train_stance_builds_now(tmp_path):
    """The model learns from rasd's own claims, so a change to cues or speakers must be followed by
    `rasd train stance`; this fails when the shipped model no longer matches the code's claims."""
    import pycrfsuite

    from rasd.eval.scoring import read_jsonl
    from rasd.stages.claim_stance import model_path
    from rasd.train.stance import training_files

    golds = [g for f in training_files() for g in read_jsonl(f)]
    examples = stance_examples(golds)
    out = tmp_path / "stance.crfsuite"
    train_stance_model(out, golds=golds)
    fresh, shipped = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    fresh.open(str(out))
    shipped.open(str(model_path()))
    same = sum(fresh.tag([f]) == shipped.tag([f]) for f, _ in examples)
    assert same >= 0.99 * len(examples), f"{same} of {len(examples)} agree: run `rasd train stance`"
