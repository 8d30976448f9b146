"""Events and claims never crash and always point at real entities, whatever the input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.config import load_config
from rasd.document import Document, Mention, Timex
from rasd.stages.claims import ClaimsStage
from rasd.stages.events import EventsStage
from rasd.stages.text import TextStage

WORDS = ["قال", "وأضاف", "اتهمت", "روسيا", "أوكرانيا", "بقصف", "محادثات", "بين", "مع", "على", "يد", "الذي",
         "أن", "إن", "«", "»", "،", ".", "الروسية", "القوات", "وزير", "الدفاع", "الأمريكي", "هجوم", "نفت",
         "مشيرا", "بحسب", "عن", "قوله", "في", "حال", "لم", "سوف", "المتظاهرون", "الشرطة", "اشتباكات", "\n"]
CONFIG = load_config()
TEXT, EVENTS, CLAIMS = TextStage(CONFIG), EventsStage(CONFIG), ClaimsStage(CONFIG)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.data())
def test_events_claims_robust_on_any_word_sequence(words, data):
    text = " ".join(words)
    doc = Document(id="r", text=text)
    TEXT(doc)
    # Mentions on random token runs, some with entity ids that do not exist.
    for tok in doc.tokens:
        if tok.norm[:1].isalpha() and data.draw(st.integers(0, 4)) == 0:
            doc.mentions.append(Mention(tok.base_start, tok.end, label="LOC", entity=data.draw(st.sampled_from([None, "zz"]))))
    if doc.tokens and data.draw(st.booleans()):
        doc.timexes.append(Timex(doc.tokens[0].start, doc.tokens[0].end, value="2022-10-21"))
    EVENTS(doc)
    CLAIMS(doc)
    ids = {e.id for e in doc.entities}
    assert len(ids) == len(doc.entities)
    for ev in doc.events:
        assert set(ev.source) | set(ev.target) <= ids
        assert ev.attributed_to is None or ev.attributed_to in ids
        assert 0 <= ev.trigger.start < ev.trigger.end <= len(text)
    for c in doc.claims:
        assert c.speaker in ids
        assert 0 <= c.cue.start < c.cue.end <= len(text)
    doc.to_dict()


@pytest.mark.parametrize("text", ["بحسب", "وفق", "حسب الصحيفة", "وقال الوزير بحسب"])
def test_events_claims_an_attribution_at_the_end_of_the_text(text):
    # (an attribution word as the document's last token once read past the end of the tokens)
    doc = Document(id="r", text=text)
    TEXT(doc)
    EVENTS(doc)
    CLAIMS(doc)
    assert all(c.cue.end <= len(text) for c in doc.claims)
