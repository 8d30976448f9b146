"""One record per event instance, and the day each one happened.

A clause's full-date timex dates its event; a headline and its body re-telling merge
into one record; a speaker's next statement carries the day of the previous one.
"""

from __future__ import annotations

import bisect
import re

from rasd.arabic.normalize import fold
from rasd.document import Document, Event
from rasd.stages.event_actors import DURING_WORDS, SEQUENCE_WORDS, country_key, has_article
from rasd.stages.event_roles import RECIPROCAL
from rasd.stages.event_triggers import Match

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def event_date(doc: Document, m: Match, c0: int, c1: int, planned: bool = False) -> str | None:
    """The day a clause fixes (a full-date timex in it, nearest the trigger), else None.

    A planned event (``قال … السبت إن ترامب سيلتقي يوم الجمعة المقبل``) is dated on the day it
    was announced, the timex before its trigger, never the future day it is planned for."""
    return clause_date(doc, m.first, c0, c1, planned)


def clause_date(doc: Document, k: int, c0: int, c1: int, planned: bool = False) -> str | None:
    """The day clause tokens ``[c0, c1]`` fix for an event at token ``k`` (see ``event_date``)."""
    toks = doc.tokens
    lo, hi = toks[c0].start, toks[c1].end
    pos = toks[k].start
    if planned:
        hi = pos
    best, dist = None, None
    for t in doc.timexes:
        if t.start >= lo and t.end <= hi and t.value and _FULL_DATE.match(t.value) and t.type in ("DATE", "TIME"):
            d = abs(t.start - pos)
            if dist is None or d < dist:
                best, dist = t.value[:10], d
    return best


# Words of a timex that say "today / yesterday / on <weekday>": the day a report was made.
_REPORT_DAY = frozenset(fold(w) for w in "اليوم أمس البارحة السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة".split())


# The headline and the lede: sentences 0 to 2.
LEDE_SENTENCES = 2


def lede_day(doc: Document, sentences: int = LEDE_SENTENCES) -> str | None:
    """The day the lede says it is reporting (``قال … اليوم الأحد``, ``أعلن … أمس``), if it names one.

    Only relative days count: a dateline or a historical date in the lede is no report day."""
    if len(doc.sentences) < 2:
        return None
    lo, hi = doc.sentences[1].start, doc.sentences[min(len(doc.sentences), 1 + sentences) - 1].end
    for t in sorted(doc.timexes, key=lambda t: t.start):
        if lo <= t.start < hi and t.value and _FULL_DATE.match(t.value) and t.type in ("DATE", "TIME"):
            words = {w.removeprefix("و").removeprefix("ال") for w in fold(doc.text[t.start:t.end]).split()}
            if any(w in words or w.removeprefix("ال") in words for w in _REPORT_DAY):
                return t.value[:10]
    return None


# Codes of what a party says (accusing, asking, refusing, praising, threatening, offering): one
# report gives a speaker's statements together, so they share the day it gives.
_SPEECH = frozenset("ACCUSE REQUEST REJECT SUPPORT THREATEN AGREE".split())


def propagate_dates(doc: Document, events: list[Event]) -> None:
    """Give an undated event the day of the same actor's dated event next to it.

    A headline tells the body's event (``الجبير يؤكد …`` → ``أكد … اليوم``), and a
    speaker's further statements (``ودعا علاوي …``) follow the dated first one; both
    carry that day. Further away only statements do: a speaker's later statement takes the
    day of their last dated one, and a statement by a party the lede names takes the day the
    lede reports (``قالت ميركل اليوم الجمعة`` … ``ودعت ميركل تونس``). Acts are not assumed."""
    headline = doc.sentences[0].end if doc.sentences else 0
    for n, ev in enumerate(events):
        if ev.date is not None or not ev.source:
            continue
        in_headline = ev.trigger.start < headline
        candidates = events[n + 1:] if in_headline else events[:n][::-1]
        for other in candidates:
            if other.date and set(other.source) & set(ev.source) and (not in_headline or other.code == ev.code):
                if in_headline or (other.sentence is not None and ev.sentence is not None
                                   and 0 <= ev.sentence - other.sentence <= 1):
                    ev.date = other.date
                    break
                if other.code in _SPEECH and ev.code in _SPEECH:  # the same report, paragraphs on
                    ev.date = other.date
                    break
    # A headline reports what the lede reports, so it happened on the lede's day (GUIDELINES.md:
    # statements reported as said today or yesterday carry that day).
    day = lede_day(doc)
    if day:
        lede_speakers = {s for ev in events if ev.sentence is not None and ev.sentence <= LEDE_SENTENCES
                         for s in ev.source}
        for ev in events:
            if ev.date is None and ev.source and (ev.sentence == 0
                                                  or ev.code in _SPEECH and set(ev.source) & lede_speakers):
                ev.date = day


def _add_by_country(doc: Document, ev: Event, ids: list[str]) -> None:
    """Add actors to the side whose countries they share; one matching neither side is left out."""
    src_c, tgt_c = _countries(doc, ev.source), _countries(doc, ev.target)
    for e in ids:
        if e in ev.source or e in ev.target:
            continue
        c = _countries(doc, [e])
        if c & src_c and not c & tgt_c:
            ev.source.append(e)
        elif c & tgt_c and not c & src_c:
            ev.target.append(e)


def _persons(doc: Document, ev: Event) -> int:
    ids = set(ev.source) | set(ev.target)
    return sum(1 for e in doc.entities if e.id in ids and e.type == "PER")


def _countries(doc: Document, ids: list[str]) -> frozenset[str]:
    """Comparable keys of actors: their countries when any is known, else their ids."""
    countries, own = set(), set()
    for e in doc.entities:
        if e.id in ids:
            c = country_key(e.country) or country_key(e.name_ar) or country_key(e.name) or (
                e.country if e.country else None)
            (countries.add(c) if c else own.add(e.id))
    return frozenset(countries or own)


def _names(doc: Document, ids: list[str]) -> set[str]:
    """The folded names of actors (Turkey from تركيا and from التركي are one)."""
    return {fold(e.name or e.name_ar or e.id) for e in doc.entities if e.id in ids}


# Codes whose acts in one sentence are told apart by whom they address.
SEPARATE_ADDRESSEES = frozenset({"REQUEST"})


# Words after which an event noun with the article names an occasion already told (وجرى خلال اللقاء بحث …،
# وهدد الوزير خلال الزيارة …، عقب الاجتماع): the meeting or visit the article has just reported, not a second one.
_TOLD_AGAIN_AFTER = DURING_WORDS | SEQUENCE_WORDS | frozenset(fold(w) for w in "في هامش ختام مستهل".split())


def drop_told_again(doc: Document, events: list[Event]) -> list[Event]:
    """Drop an event whose trigger is a definite event noun after خلال/في/أثناء … when the article has
    already coded an event of its code: ``استقبل الأمير الوزير … وجرى خلال اللقاء بحث …`` is one meeting."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    kept: list[Event] = []
    for ev in events:
        k = bisect.bisect_left(starts, ev.trigger.start)
        if 0 < k < len(toks) and toks[k].start == ev.trigger.start and toks[k - 1].norm in _TOLD_AGAIN_AFTER \
                and has_article(doc, toks[k]) \
                and any(o.code == ev.code and o.trigger.start < ev.trigger.start for o in events if o is not ev):
            continue
        kept.append(ev)
    return kept


def merge_duplicates(doc: Document, events: list[Event]) -> list[Event]:
    """One record per event instance: a headline and its body re-telling collapse into one.

    Two records are one instance when they share the code and the actors' countries
    (either way round for reciprocal codes), or the code and source when one has no target.
    """
    kept: list[Event] = []
    # An event with no named actor only stands for its code when no other event of that code does.
    with_actors = {ev.code for ev in events if ev.source}
    seen_actorless: set[str] = set()
    events = [ev for ev in events if ev.source or (ev.code not in with_actors and ev.code not in seen_actorless
                                                    and not seen_actorless.add(ev.code))]
    for ev in events:
        src, tgt = _countries(doc, ev.source), _countries(doc, ev.target)
        same = None
        for old in kept:
            if old.code != ev.code:
                continue
            o_src, o_tgt = _countries(doc, old.source), _countries(doc, old.target)
            if (src and src == tgt) or (o_src and o_src == o_tgt):
                # Both sides of one country (the PKK against Turkish forces): countries tell the two
                # attacks of a civil conflict apart no more than they tell the sides, so the actors must.
                if not (_names(doc, ev.source) & _names(doc, old.source)) or (
                        ev.target and old.target and not _names(doc, ev.target) & _names(doc, old.target)):
                    continue
            if ev.code in RECIPROCAL and (src | tgt) == (o_src | o_tgt):
                same = old
            elif src == o_src and (tgt == o_tgt or not tgt or not o_tgt) and not (
                    ev.code in SEPARATE_ADDRESSEES and ev.sentence == old.sentence and bool(tgt) != bool(o_tgt)):
                # (ودعت الحركة إلى التهدئة، مطالبة الحكومة بتسريع الحوار: a call with no one addressed and a
                # demand on the government in one sentence are two acts, not one told twice)
                same = old
            if same is not None:
                break
        if same is None:
            kept.append(ev)
            continue
        if same.date is None:
            same.date = ev.date
        if ev.code in RECIPROCAL and _persons(doc, ev) and _persons(doc, same) and \
                _countries(doc, ev.source) != _countries(doc, same.source):
            kept.append(ev)  # both name the people, in opposite order: keep both tellings
            continue
        if ev.code in RECIPROCAL and _persons(doc, ev) > _persons(doc, same):
            # The body's telling (with the people's names) gives the roles, not the headline.
            extra = same.source + same.target
            same.source, same.target, same.trigger, same.sentence = list(ev.source), list(ev.target), ev.trigger, ev.sentence
            _add_by_country(doc, same, extra)
            continue
        for e in ev.source:
            if e not in same.source and e not in same.target:
                same.source.append(e)
        for e in ev.target:
            if e not in same.source and e not in same.target:
                same.target.append(e)
    return kept


def visit_sides(doc: Document, events: list[Event]) -> tuple[set[str], set[str]]:
    """The countries that visit and those that host, from the visits the article reports
    (زار، يؤدي زيارة إلى: 042; استقبل: 043, guest as source); a country on both sides is dropped."""
    visitors: set[str] = set()
    hosts: set[str] = set()
    for ev in events:
        if ev.code != "CONSULT" or not ev.source or not ev.target:
            continue
        src, tgt = _countries(doc, ev.source), _countries(doc, ev.target)
        # استقبل (043) has already been turned round by the events stage: the guest is its source.
        if (ev.cameo or "").startswith(("042", "043")):
            visitors |= src
            hosts |= tgt
    both = visitors & hosts
    return visitors - both, hosts - both


def orient_meetings(doc: Document, events: list[Event], sides: tuple[set[str], set[str]]) -> None:
    """Visitor as source, host as target (GUIDELINES.md): a meeting (لقاء، اجتماع، جمع: 040)
    between a visit's two sides that names the host first is turned round. Phone calls (041)
    keep the first-named party as source."""
    visitors, hosts = sides
    if not visitors or not hosts:
        return
    for ev in events:
        if ev.code != "CONSULT" or not (ev.cameo or "").startswith("040") or not ev.source or not ev.target:
            continue
        src, tgt = _countries(doc, ev.source), _countries(doc, ev.target)
        if src and tgt and src <= hosts and tgt <= visitors:
            ev.source, ev.target = ev.target, ev.source
