"""Participant conflicts: a bilateral event announced by parties that are not its participants.

News agencies report a call or meeting "according to both sides". When the
announcing sides named in the sentence ("وزارتا الدفاع في كل روسيا
وأوكرانيا") share one country with the participants but not the other
(a call between the Russian and US ministers), one of the two is wrong.

Works on the layers other stages add: claims (speaker phrase and content),
events (participants) and entities (countries), plus place mentions between
the cue and the content, so it stays silent when those layers are missing.
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.arabic.normalize import fold
from rasd.document import Document, Flag, Mention, Span

BILATERAL = {"CONSULT", "AGREE", "COOPERATE"}


def _countries_in(doc: Document, places: list[Mention], starts: list[int], start: int, end: int) -> dict[str, Span]:
    """Countries named in ``[start, end)``: by place mentions linked to entities, else their folded text.

    ``places`` are the LOC mentions sorted by start (``starts``), so only those in the window are visited
    (a scan of every mention per claim was quadratic on long texts).
    """
    out: dict[str, Span] = {}
    for m in places[bisect_left(starts, start):bisect_left(starts, end)]:
        if m.end > end:
            continue
        ent = doc.entity(m.entity)
        key = (ent.country or ent.name) if ent else fold(doc.text[m.start:m.end])
        if key:
            out.setdefault(key, Span(m.start, m.end))
    return out


def _entity_country(doc: Document, entity_id: str) -> str | None:
    ent = doc.entity(entity_id)
    if ent is None:
        return None
    return ent.country or (ent.name if ent.type == "LOC" else None)


def participant_conflicts(doc: Document) -> list[Flag]:
    """One flag per bilateral event whose announcers (≥ 2 countries) differ from its participants."""
    flags = []
    places = sorted((m for m in doc.mentions if m.label == "LOC"), key=lambda m: m.start)
    starts = [m.start for m in places]
    for claim in doc.claims:
        if claim.content is None:
            continue
        # The speaker phrase: from the cue to the start of the reported content ("أعلنت وزارتا ... ، أن").
        announcers = _countries_in(doc, places, starts, claim.cue.start, claim.content.start)
        if len(announcers) < 2:
            continue
        for ev in doc.events:
            if ev.code not in BILATERAL or not claim.content.contains(ev.trigger):
                continue
            participants = {c for c in (_entity_country(doc, x) for x in ev.source + ev.target) if c}
            if len(participants) < 2:
                continue
            shared = set(announcers) & participants
            extra = set(announcers) - participants
            if shared and extra:
                spans = [announcers[c] for c in sorted(extra)] + [Span(ev.trigger.start, ev.trigger.end)]
                said = "، ".join(doc.slice(sp) for sp in announcers.values())
                odd = "، ".join(doc.slice(announcers[c]) for c in sorted(extra))
                flags.append(Flag(
                    kind="participant-conflict", spans=spans,
                    message=(f"«{doc.slice(ev.trigger)}» ({ev.code}) is announced by {said} but its parties are "
                             f"{', '.join(sorted(participants))}: {odd} is not one of them"),
                    message_ar=f"الجهات المعلنة ({said}) لا تطابق أطراف «{doc.slice(ev.trigger)}»: {odd} ليست طرفا فيه",
                    suggestion=None, confidence=0.7))
    return flags
