import importlib.util
import json

import pytest

from rasd.eval.scoring import bio_spans, names_match, project_mentions, score_conll, score_documents
from rasd.paths import shared_dir

SHARED = shared_dir()

DEV_GOLD = SHARED / "eval" / "dev" / "dev.gold.jsonl"
SHARED_SCORER = SHARED / "eval" / "score.py"


def _gold_as_prediction(g):
    """A prediction that reproduces the gold record in contract form."""
    ents, mentions = [], []
    def ent_for(aliases):
        eid = f"e{len(ents) + 1}"
        ents.append({"id": eid, "name": aliases[-1], "name_ar": aliases[0], "aliases": aliases})
        return eid
    events = [{"code": e["code"], "source": [ent_for(e["source"])] if e.get("source") else [],
               "target": [ent_for(e["target"])] if e.get("target") else [], "date": e.get("date")}
              for e in g.get("events", [])]
    claims = [{"speaker": ent_for(c["speaker"]), "cue": c["cue"], "stance": c["stance"]} for c in g.get("claims", [])]
    mentions = [dict(m) for m in g.get("mentions", [])]
    return {"id": g["id"], "text": g["text"], "mentions": mentions, "entities": ents, "timexes": g.get("timexes", []),
            "events": events, "claims": claims, "published": {"date": g.get("published")}}


def test_scoring_gold_against_itself_is_perfect():
    if not DEV_GOLD.exists():
        pytest.skip("dev gold not available")
    golds = [json.loads(line) for line in DEV_GOLD.open(encoding="utf-8")]
    res = score_documents(golds, [_gold_as_prediction(g) for g in golds])
    for layer in ("mentions", "timexes", "events", "claims"):
        assert res[layer]["f1"] == 1.0, layer
    assert res["published"]["accuracy"] == 1.0


def test_scoring_agrees_with_shared_scorer():
    if not (DEV_GOLD.exists() and SHARED_SCORER.exists()):
        pytest.skip("shared scorer not available")
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    golds = [json.loads(line) for line in DEV_GOLD.open(encoding="utf-8")]
    preds = [_gold_as_prediction(g) for g in golds]
    for p in preds:  # perturb: drop every other mention, shift timexes, drop claims' stance
        p["mentions"] = p["mentions"][::2]
        p["timexes"] = [{**t, "value": "x"} for t in p["timexes"][1:]]
        p["events"] = p["events"][::3]
    ours, theirs = score_documents(golds, preds), shared.score_docs(golds, preds)
    for layer in ("mentions", "mentions_relaxed", "timexes", "events", "events+date", "claims"):
        assert ours[layer]["f1"] == theirs[layer]["f1"], layer
    assert ours["timexes"]["value_accuracy"] == theirs["timexes"]["value_accuracy"]


def test_scoring_names_match_by_word_containment():
    assert names_match(["لويد أوستن", "Lloyd Austin"], ["أوستن"])
    assert names_match(["روسيا"], ["روسيا"])
    assert not names_match(["روسيا"], ["أوكرانيا"])
    assert names_match(["الأمم المتحدة"], ["الامم المتحده"])


def test_scoring_conll_projection():
    offsets = [(0, 5), (6, 10), (11, 15)]
    tags = project_mentions([{"start": 1, "end": 10, "label": "PER"}], offsets)
    assert tags == ["B-PER", "I-PER", "O"]
    assert bio_spans(tags) == {(0, 2, "PER")}
    sents = [[("ونايفة", "B-LOC"), ("جميلة", "O")]]
    res = score_conll(sents, {"s1": {"mentions": [{"start": 1, "end": 6, "label": "LOC"}]}})
    assert res["entities"]["f1"] == 1.0
