"""Dev-gold measurement of the events and claims stages on gold mentions and timexes.

The upstream stages (mentions, entities, time) are replaced by the gold layers, with
mentions grouped into entities by name containment, so this measures events and
claims alone. Run ``python tests/stages/test_events_dev.py GOLD.jsonl`` for the scores, and add
``--pipeline`` to score the whole default pipeline (predicted mentions, entities and timexes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from rasd.arabic.normalize import fold
from rasd.config import load_config
from rasd.document import Document, Entity, Mention, Timex
from rasd.paths import shared_dir
from rasd.stages.text import TextStage

DEV = shared_dir() / "eval" / "dev" / "dev.gold.jsonl"
SCORER = DEV.parents[1] / "score.py"


def gold_document(g: dict) -> Document:
    """A document with tokens, gold mentions (linked by name containment) and gold timexes."""
    config = load_config()
    doc = Document(id=g["id"], text=g["text"])
    TextStage(config)(doc)
    groups: list[tuple[set[str], str, str]] = []
    for m in sorted(g.get("mentions", []), key=lambda m: m["start"]):
        text = g["text"][m["start"]:m["end"]]
        words = set(fold(text).split())
        eid = None
        for gw, gid, label in groups:
            if label == m["label"] and (words <= gw or gw <= words):
                eid = gid
                gw |= words
                break
        if eid is None:
            eid = f"e{len(groups) + 1}"
            groups.append((words, eid, m["label"]))
            doc.entities.append(Entity(id=eid, name=text, type=m["label"], name_ar=text))
        doc.mentions.append(Mention(m["start"], m["end"], label=m["label"], entity=eid))
    doc.timexes = [Timex(t["start"], t["end"], type=t["type"], value=t.get("value")) for t in g.get("timexes", [])]
    return doc


def predict(golds: list[dict]) -> list[dict]:
    from rasd.stages.claims import ClaimsStage
    from rasd.stages.events import EventsStage

    config = load_config()
    events, claims = EventsStage(config), ClaimsStage(config)
    out = []
    for g in golds:
        doc = gold_document(g)
        events(doc)
        claims(doc)
        out.append(doc.to_dict())
    return out


def predict_pipeline(golds: list[dict]) -> list[dict]:
    """The default pipeline's output on each gold text (what users get)."""
    import rasd

    return [rasd.analyze(g["text"], id=g["id"]).to_dict() for g in golds]


def score(gold_path: Path, pipeline: bool = False) -> dict:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    golds = mod.read_jsonl(gold_path)
    return mod.score_docs(golds, predict_pipeline(golds) if pipeline else predict(golds))


NEWS30 = Path(__file__).resolve().parents[2] / "rasd" / "eval" / "gold" / "news30.gold.jsonl"
# Floors just under the scores measured when these stages were last tuned (gold mentions and
# timexes in place of the upstream stages): a drop below one is a regression, never re-pinned silently.
# Re-pinned on purpose, session 9: dev events 0.733 → 0.718 (37/45 → 37/47 of 56) when REQUEST stopped being
# a directed code, so a demand with no one named is kept in an article; on the 17 development sets that
# gave +5 right of +20 predicted, on the five batches retired last from the never-used pool +4 of +4.
# And again 0.718 → 0.705 (37/47 → 37/49): المجتمع الدولي became an actor and مساندة a trigger, so "استمرار دعم
# المجتمع الدولي لأوكرانيا" and "الإتحاد الأوروبي يقوم بدور في مساندة هذه المبادرة" are coded, readings the dev
# annotator left out; on the 17 development sets those changes gave +2 right of +6, on the retired batches +1 of +1.
FLOORS = {"dev": {"events": 0.70, "claims": 0.85}, "news30": {"events": 0.32, "claims": 0.78}}


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason="dev gold not available")
def test_events_dev_scores_above_floor():
    result = score(DEV)
    assert result["events"]["f1"] >= FLOORS["dev"]["events"]
    assert result["claims"]["f1"] >= FLOORS["dev"]["claims"]


@pytest.mark.slow
@pytest.mark.skipif(not NEWS30.exists(), reason="news30 gold not available")
def test_events_news30_scores_above_floor():
    result = score(NEWS30)
    assert result["events"]["f1"] >= FLOORS["news30"]["events"]
    assert result["claims"]["f1"] >= FLOORS["news30"]["claims"]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DEV
    res = score(path, pipeline="--pipeline" in sys.argv)
    for k in ("events", "events+date", "claims"):
        if k in res:
            print(k, json.dumps(res[k]))
