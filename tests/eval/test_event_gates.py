"""scripts/event_gates.py: the drops it records are real 'return None' exits of EventsStage._event."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from rasd.stages import events as events_module

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "event_gates.py"


def _load():
    spec = importlib.util.spec_from_file_location("event_gates", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dropped_matches_are_traced_to_their_return_line_and_the_stage_is_restored():
    gates = _load()
    original = events_module.EventsStage._event
    # اجتماع with no actor at all: the weak noun is dropped for want of a source
    golds = [{"id": "g1", "text": "وجرى خلال اجتماع في العاصمة بحث الوضع. وقال الوزير إن الوضع جيد.",
              "published": "2017-01-01", "events": [{"code": "CONSULT", "source": ["الوزير"], "target": []}]}]
    drops, preds = gates.traced_drops(golds)
    assert events_module.EventsStage._event is original
    assert "g1" in preds and drops
    source = Path(events_module.__file__).read_text(encoding="utf-8").splitlines()
    for doc_id, plover, trigger, start, line in drops:
        assert 0 <= start < len(golds[0]["text"])
        assert doc_id == "g1" and plover and trigger
        assert source[line - 1].strip().startswith("return None")
    assert gates.missed_codes(golds[0], preds["g1"]) == {"CONSULT": 1}
