"""The claims stage: attributed statements with speaker, cue, content span and stance.

``وحذر الرئيس الأوكراني … من استعداد روسيا …`` → a claim by Zelensky (cue ``حذر``,
stance warn). Cues and speakers come from ``event_speech``; ``وأضاف`` and
participles (``مشيرا``) inherit the previous speaker; a sentence saying no evidence
was given (``لم يقدم أي من الطرفين دليل``) is attached to the claims it concerns.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from importlib import resources
from typing import ClassVar

from rasd.arabic.normalize import fold
from rasd.config import Config
from rasd.document import Claim, Document, Span
from rasd.stages.claim_stance import learnt_stance
from rasd.stages.event_actors import token_stem, word_forms
from rasd.stages.event_forms import NEGATIONS
from rasd.stages.event_speech import Cue, analyse

EVIDENCE_WORDS = frozenset(fold(w) for w in "دليل دليلا أدلة ادلة دلائل إثبات براهين".split())
EVIDENCE_NEG = frozenset(fold(w) for w in "لم دون بدون يقدم تقدم يقدما غياب".split())


class ClaimsStage:
    """Find claims: ``"نفت روسيا هذه المعلومات"`` → Russia, cue نفت, stance deny."""

    name: ClassVar[str] = "rasd.claims.v1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences", "entities")
    provides: ClassVar[tuple[str, ...]] = ("claims",)

    def __init__(self, config: Config):
        self.settings = config.section("claims")

    def __call__(self, doc: Document) -> None:
        claims: list[Claim] = []
        content_stance = bool(self.settings.get("content_stance", True))
        learnt = float(self.settings.get("learnt_stance_threshold", 0.5)) \
            if self.settings.get("learnt_stance", True) else None
        starts = [t.start for t in doc.tokens]
        for cue, claim in cue_claims(doc):
            if content_stance and claim.stance == "assert" and claim.content is not None:
                claim.stance = expressed_stance(doc, claim.content, starts) \
                    or stance_from_content(doc, claim.content, starts) or claim.stance
            if learnt is not None and claim.stance == "assert":
                # the markers found nothing: the learnt model may still read an accusation or a warning
                claim.stance = learnt_stance(doc, claim.cue, claim.content, cue.entry.stance, learnt) \
                    or claim.stance
            claims.append(claim)
        _attach_evidence(doc, claims)
        doc.claims = claims


def cue_claims(doc: Document) -> list[tuple[Cue, Claim]]:
    """Each reporting cue with a speaker, and its claim with the cue's own stance (قال → assert)."""
    cues = [c for c in analyse(doc)[1] if c.speaker and c.reports]
    out = [(cue, _claim(doc, cue, cues[n + 1] if n + 1 < len(cues) else None)) for n, cue in enumerate(cues)]
    for _, claim in out:
        claim.speaker = _doer_of_the_same_verb(doc, claim) or claim.speaker
    return out


def _doer_of_the_same_verb(doc: Document, claim: Claim) -> str | None:
    """The source the events stage found for the cue's own verb when the claim took that event's target as
    speaker and the source is named before the verb, in its sentence or the one before: وتعرض أبو مازن لقضية
    المصالحة واتهم حماس بـ … accuses Hamas (the verb's subject goes on from the clause before it), so Abbas
    speaks, not Hamas."""
    si = doc.sentence_index(claim.cue.start)
    if si is None:
        return None
    since = doc.sentences[max(0, si - 1)].start
    for ev in doc.events:
        if ev.source and claim.speaker in ev.target and claim.speaker not in ev.source \
                and ev.trigger.start < claim.cue.end and claim.cue.start < ev.trigger.end \
                and any(m.entity == ev.source[0] and since <= m.start and m.end <= claim.cue.start
                        for m in doc.mentions):
            return ev.source[0]
    return None


def _claim(doc: Document, cue: Cue, nxt: Cue | None) -> Claim:
    toks = doc.tokens
    sent = doc.sentences[cue.sentence]
    first = toks[cue.first]
    start = toks[cue.last].end
    if cue.unit is not None and cue.unit.first > cue.last:  # قال الوزير إن …: the content follows the speaker
        start = toks[cue.unit.last].end
    end = sent.end
    if nxt is not None and nxt.sentence == cue.sentence:
        end = toks[nxt.first].start
    while end > start and doc.text[end - 1] in " \n\t،,":
        end -= 1
    while start < end and doc.text[start] in " \n\t،,":
        start += 1
    return Claim(
        speaker=cue.speaker[0] if cue.speaker else None,
        cue=Span(first.base_start, toks[cue.last].end),
        content=Span(start, end) if end > start else None,
        stance=cue.entry.stance,
        confidence=0.7 if cue.explicit else 0.55,
    )


@lru_cache(maxsize=1)
def stance_markers() -> dict[str, str]:
    """Folded word → stance, from ``rasd/stages/data/stance_markers.tsv`` (first row wins)."""
    text = (resources.files("rasd.stages") / "data" / "stance_markers.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stance, forms = line.split("\t")[:2]
        for form in forms.split("|"):
            table.setdefault(fold(form.strip().replace("_", " ")), stance.strip())
    return table


# The order a statement's stance is decided in when its content has markers of several.
_STANCE_ORDER = ("warn", "deny", "accuse", "other", "promise")


def stance_from_content(doc: Document, span: Span, starts: list[int]) -> str | None:
    """The stance the content of a plain statement shows, if any: ``إن هولندا ستدفع الثمن`` → warn,
    ``إن الحكومة عاجزة عن …`` → accuse, ``يجب على إيران …`` → other (a call). ``starts`` are the
    tokens' start offsets, to find the span's tokens by bisection."""
    table = stance_markers()
    found: set[str] = set()
    words = doc.tokens[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)]
    for n, tok in enumerate(words):
        forms = word_forms(doc, tok)
        if n + 1 < len(words):  # two-word markers: ستدفع الثمن، عار عن، لا أساس
            forms.add(token_stem(doc, tok) + " " + token_stem(doc, words[n + 1]))
        hits = {table[f] for f in forms if f in table}
        if hits and not (n > 0 and words[n - 1].norm in NEGATIONS):
            found |= hits
    return next((s for s in _STANCE_ORDER if s in found), None)


# What one "expresses" (أعرب عن، عبر عن، معبرا عن) that gives the statement its stance.
_EXPRESSED = {fold(w): stance for stance, words in (
    ("other", "أمل"),
    ("accuse", "إدانة استنكار استياء امتعاض"),
    ("warn", "قلق خشية تخوف مخاوف انشغال"),
    ("promise", "استعداد عزم"),
) for w in words.split()}


def expressed_stance(doc: Document, span: Span, starts: list[int]) -> str | None:
    """The stance of a feeling or position expressed at the start of the content, before any أن or
    comma (أعرب الوزير عن أمله في …: other; عبر المركز عن قلقه: warn; عن إدانة تونس: accuse), past one
    adjective."""
    words = doc.tokens[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)][:9]
    for n, tok in enumerate(words[:6]):  # past a place or time: في بيان، في واشنطن، اليوم
        if tok.norm in ("ان", "أن", "إن", "،", ",", ":", "."):
            return None
        if tok.norm != "عن":
            continue
        for nxt in words[n + 1:n + 3]:  # عن خالص شكرهم، عن إدانة تونس الشديدة
            for form in word_forms(doc, nxt):
                for f in (form, form[:-1] + "ه" if form.endswith("ت") else form):
                    if f in _EXPRESSED:
                        return _EXPRESSED[f]
        return None
    return None


def _attach_evidence(doc: Document, claims: list[Claim]) -> None:
    """A "no evidence was given" sentence annotates the claims of its own and the previous sentence."""
    words: dict[int, set[str]] = {}
    for t in doc.tokens:
        if t.norm in EVIDENCE_WORDS or t.norm in EVIDENCE_NEG:
            si = doc.sentence_index(t.start)
            if si is not None:
                words.setdefault(si, set()).add(t.norm)
    # Claims by sentence, found once: a scan of all claims per such sentence was quadratic.
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        ci = doc.sentence_index(c.cue.start)
        if ci is not None:
            by_sentence.setdefault(ci, []).append(c)
    for si, found in sorted(words.items()):
        if not (found & EVIDENCE_WORDS and found & EVIDENCE_NEG):
            continue
        sent = doc.sentences[si]
        note = doc.text[sent.start:sent.end].strip()
        for c in by_sentence.get(si - 1, []) + by_sentence.get(si, []):
            c.evidence = note
