import importlib.util
import json

import pytest

from rasd.eval.scoring import (
    agreement,
    bio_spans,
    gold_as_prediction,
    names_match,
    project_mentions,
    score_conll,
    score_documents,
)
from rasd.paths import shared_dir

SHARED = shared_dir()

DEV_GOLD = SHARED / "eval" / "dev" / "dev.gold.jsonl"
SHARED_SCORER = SHARED / "eval" / "score.py"


def test_scoring_gold_against_itself_is_perfect():
    if not DEV_GOLD.exists():
        pytest.skip("dev gold not available")
    golds = [json.loads(line) for line in DEV_GOLD.open(encoding="utf-8")]
    res = score_documents(golds, [gold_as_prediction(g) for g in golds])
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
    preds = [gold_as_prediction(g) for g in golds]
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


def _record(events, claims=()):
    text = "قال الوزير إن روسيا هاجمت أوكرانيا."
    return {"id": "a1", "text": text, "events": list(events), "claims": list(claims)}


def test_scoring_agreement_of_two_annotators_each_as_the_others_gold():
    russia, ukraine = ["روسيا", "Russia"], ["أوكرانيا", "Ukraine"]
    first = [_record([{"code": "ASSAULT", "source": russia, "target": ukraine},
                      {"code": "ACCUSE", "source": ["الوزير"], "target": russia}],
                     [{"speaker": ["الوزير"], "cue": {"start": 0, "end": 3}, "stance": "accuse"}])]
    second = [_record([{"code": "ASSAULT", "source": russia},
                       {"code": "THREATEN", "source": ["الوزير"], "target": russia}],
                      [{"speaker": ["الوزير", "minister"], "cue": {"start": 0, "end": 3}, "stance": "assert"}])]
    res = agreement(first, second)
    assert res["articles"] == 1
    # The second annotator's targetless ASSAULT is matched by the first's; not the other way round.
    assert res["first_vs_second"]["events"]["tp"] == 1 and res["second_vs_first"]["events"]["tp"] == 0
    assert res["mean_f1"]["events"] == 0.25
    assert res["mean_f1"]["claims"] == 1.0
    assert res["second_vs_first"]["claims"]["stance_accuracy"] == 0.0
    assert agreement(first, [{**second[0], "id": "other"}])["articles"] == 0


def test_event_matches_code_actors_and_date():
    from rasd.eval.scoring import event_matches
    pred = {"entities": [{"id": "e1", "name": "روسيا", "aliases": []}, {"id": "e2", "name": "أوكرانيا", "aliases": []}],
            "mentions": []}
    ev = {"code": "ACCUSE", "source": ["e1"], "target": ["e2"], "date": "2022-10-20"}
    gold = {"code": "ACCUSE", "source": ["Russia", "روسيا"], "target": ["أوكرانيا"], "date": "2022-10-21"}
    assert event_matches(pred, gold, ev)
    assert not event_matches(pred, gold, ev, with_date=True)
    assert not event_matches(pred, dict(gold, code="REJECT"), ev)
    assert not event_matches(pred, dict(gold, target=["قطر"]), ev)
    assert event_matches(pred, dict(gold, target=[]), ev)  # a gold event with no target takes any
