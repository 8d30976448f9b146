"""The events stage: PLOVER/CAMEO events with source and target actors, date and modality.

Triggers are verbs and verbal nouns from the trigger lexicon (``اتهم``، ``محادثات``،
``اشتباكات``); actors are the actor units of the clause (``event_actors``) placed by
word order: verb–subject–object, subject–verb–object, ``بين X و Y``, a noun's
possessor, prepositions (``مع``، ``ضد``، ``على``، ``إلى``) and the passive ``على يد``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rasd.arabic.normalize import fold
from rasd.config import Config
from rasd.document import Document, Event
from rasd.stages.event_actors import ActorIndex, Unit, country_key
from rasd.stages.event_forms import verb_forms
from rasd.stages.event_speech import Cue, find_cues
from rasd.stages.event_triggers import Match, match_at, petrarch_at, token_keys, trigger_lexicon

# Words that end a clause: actors are not looked for across them.
CLAUSE_BREAKS = frozenset(fold(w) for w in "لكن ولكن بينما وبينما فيما حيث . ؛ ; ! ؟ ?".split())
# Verbs that carry a nominal trigger: أجرى محادثات، شن هجوما، فرض عقوبات.
SUPPORT_VERBS = frozenset().union(*(verb_forms(v) for v in (
    "اجرى|يجري", "عقد|يعقد", "شن|يشن", "نفذ|ينفذ", "بدا|يبدا", "واصل|يواصل", "قام|يقوم", "ابرم|يبرم",
    "توصل|يتوصل", "فرض|يفرض", "قدم|يقدم", "اعلن|يعلن", "شارك|يشارك", "خاض|يخوض", "ارتكب|يرتكب",
    "وجه|يوجه", "تبادل|يتبادل", "جدد|يجدد", "نظم|ينظم", "اطلق|يطلق", "اكد|يؤكد", "تلقى|يتلقى",
)))
# Support verbs that govern a nominal trigger even across their subject: شنت تركيا في 24 يوليو حربا.
STRONG_SUPPORT = frozenset().union(*(verb_forms(v) for v in (
    "اجرى|يجري", "عقد|يعقد", "شن|يشن", "نفذ|ينفذ", "ابرم|يبرم", "فرض|يفرض", "نظم|ينظم", "خاض|يخوض",
    "ارتكب|يرتكب", "وقع|يوقع", "تبادل|يتبادل",
)))
CONDITIONALS = frozenset(fold(w) for w in "إذا اذا لو لولا وإذا".split())
NEGATIONS = frozenset(fold(w) for w in "لم لن لا ليس ليست عدم دون".split())
PLANNED = frozenset(fold(w) for w in "سوف يعتزم تعتزم يعتزمون المقرر ستقوم سيقوم ينوي تنوي يخطط تخطط".split())
# Events whose complement (the act accused, demanded, denied) is not coded separately.
COMPLEMENT_TAKING = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
PROTESTERS = frozenset(fold(w) for w in "متظاهر محتج معتصم".split())
_PREPS_TARGET = frozenset(fold(w) for w in "على ضد مع إلى الى في من عن".split())
_CONJ = frozenset({"و", "،", ",", "او"})
# A preposition with a pronoun (فيها، عليه، منهم): the verb's subject is that pronoun's clause.
PREP_PRONOUNS = frozenset(p + suf for p in ("في", "علي", "من", "عن", "مع", "ل", "ب", "الي")
                          for suf in ("ه", "ها", "هم", "هما", "هن"))
# Nominal triggers after these belong to the clause's subject: خلال مكالمة، عقب اجتماعها.
FRAME_WORDS = frozenset(fold(w) for w in "خلال عقب أثناء اثناء بعد قبل إثر اثر لدى في".split())
PRONOUN_THAT = frozenset(fold(w) for w in "أنه أنها أنهم إنه إنها إنهم بأنه بأنها لأنه".split())
PASSIVE_AUX = frozenset(fold(w) for w in "تم يتم سيتم جرى يجري".split())
# Events whose two sides may be named with بين X و Y.
BETWEEN_CODES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "RETREAT", "SANCTION"})
RELATIVES = frozenset(fold(w) for w in "الذي التي الذين اللذان اللتان اللواتي".split())
KANA = frozenset(fold(w) for w in "كان كانت كانوا يكون تكون".split())
_CONTENT_START = frozenset(fold(w) for w in "ان أن إن :".split())
_CLAUSE_AFTER_COMMA = frozenset(fold(w) for w in "ما مما الذي التي الذين حيث".split())
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
ACTOR_REACH = 8


class EventsStage:
    """Find events: ``"اتهمت روسيا أوكرانيا بقصف السد"`` → ACCUSE Russia → Ukraine."""

    name: ClassVar[str] = "rasd.events.v1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences", "mentions", "entities", "timexes")
    provides: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, config: Config):
        settings = config.section("events")
        self.use_petrarch = bool(settings.get("use_petrarch", False))
        self.merge_duplicates = bool(settings.get("merge_duplicates", True))
        self.actorless = frozenset(settings.get("actorless_codes", ["ASSAULT", "PROTEST"]))
        self.lexicon = trigger_lexicon()

    def __call__(self, doc: Document) -> None:
        actors = ActorIndex(doc)
        cues = find_cues(doc, actors)
        actors.excluded = {c.unit.first for c in cues if c.unit is not None and "attr" in c.entry.flags}
        keys = [token_keys(doc, t) for t in doc.tokens]
        events: list[Event] = []
        for si, sent in enumerate(doc.sentences):
            i, j = actors.token_range(sent.start, sent.end)
            if i > j:
                continue
            sent_cues = [c for c in cues if c.sentence == si]
            events.extend(self._sentence(doc, actors, keys, si, i, j, sent_cues))
        if self.merge_duplicates:
            events = merge_duplicates(doc, events)
        propagate_dates(doc, events)
        for n, ev in enumerate(events, 1):
            ev.id = f"v{n}"
        doc.events = events

    # ------------------------------------------------------------------ sentence
    def _sentence(self, doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], si: int,
                  i: int, j: int, cues: list[Cue]) -> list[Event]:
        out: list[Event] = []
        clause_start = i
        suppressed_until = -1
        prev: Event | None = None
        k = i
        while k <= j:
            if keys[k] and keys[k][-1] in CLAUSE_BREAKS or doc.tokens[k].norm in CLAUSE_BREAKS:
                clause_start = k + 1
                suppressed_until = -1
                k += 1
                continue
            u = actors.unit_at.get(k)
            if u is not None and u.kind == "mention":
                k = u.last + 1
                continue
            m = match_at(self.lexicon, keys, k, j + 1)
            if m is None and self.use_petrarch:
                m = petrarch_at(self.lexicon, keys, k, j + 1)
            if m is None:
                k += 1
                continue
            clause_end = next((x - 1 for x in range(m.last + 1, j + 1)
                               if doc.tokens[x].norm in CLAUSE_BREAKS or (keys[x] and keys[x][-1] in CLAUSE_BREAKS)), j)
            if k <= suppressed_until and not (m.rule.verbal and doc.tokens[k].norm[:1] in ("و", "ف")
                                               and doc.tokens[k].base_start > doc.tokens[k].start):
                k = m.last + 1
                continue
            if not m.rule.plover or _conditional(doc, clause_start, k):
                k = m.last + 1  # رفض التعليق (no event), في حال وافق … (hypothetical)
                continue
            ev = self._event(doc, actors, keys, m, clause_start, clause_end, si, cues, prev)
            if ev is not None:
                out.append(ev)
                prev = ev
            if m.rule.plover in COMPLEMENT_TAKING and m.rule.verbal:
                # اتهمت فيها الأردن بدعم …: what is accused, demanded or denied is no event of its own.
                suppressed_until = clause_end
            k = m.last + 1
        return out

    def _event(self, doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int, c1: int,
               si: int, cues: list[Cue], prev: Event | None) -> Event | None:
        rule = m.rule
        topic = prev.source if prev is not None else None
        if topic is None:
            spoken = [c for c in cues if c.first < m.first and c.speaker and "attr" not in c.entry.flags]
            topic = spoken[-1].speaker if spoken else None
        source, target = assign_roles(doc, actors, keys, m, c0, c1, prev, topic)
        actorless = False
        if not source:
            protest_agents = rule.plover in ("ASSAULT", "COERCE") and _are_protesters(doc, actors, target)
            if rule.weak or (rule.plover not in self.actorless and not protest_agents):
                return None
            actorless = True  # اندلعت اشتباكات …: the event is reported though no actor is named
        if rule.weak and not rule.verbal and not _weak_ok(doc, actors, keys, m, c0):
            return None
        target = [t for t in target if t not in source]
        if rule.needs_target and not target:
            return None
        code, cameo = rule.plover, rule.cameo
        if code in ("ASSAULT", "COERCE"):
            # Protesters storming or clashing are protesting (one PROTEST instance, GUIDELINES.md).
            if _are_protesters(doc, actors, source):
                code, cameo = "PROTEST", "145"
            elif _are_protesters(doc, actors, target):
                code, cameo = "PROTEST", "145"
                source, target = target, source
        if code == "REJECT" and not target:
            # A denial answers the latest accuser or speaker before it.
            earlier = [c for c in cues if c.first < m.first and c.speaker and not set(c.speaker) & set(source)]
            if earlier:
                target = list(earlier[-1].speaker)
        if not target and rule.no_target_cameo:
            cameo = rule.no_target_cameo
            code = self.lexicon.plover(cameo) or code
        modality, attributed = _modality(doc, keys, m, c0, [c for c in cues if c.first >= c0], source)
        if modality == "planned" and code == "CONSULT":
            code, cameo = "AGREE", "036"  # a future meeting is an agreement to meet (GUIDELINES.md)
        return Event(
            id="", code=code, cameo=cameo, trigger=_span(doc, m), source=source, target=target,
            date=_date(doc, m, c0, c1), modality=modality, attributed_to=attributed, sentence=si,
            confidence=0.3 if actorless else 0.5 if rule.source == "petrarch" else (0.6 if rule.weak else 0.75),
        )


def _span(doc: Document, m: Match):
    from rasd.document import Span

    first, last = doc.tokens[m.first], doc.tokens[m.last]
    return Span(first.base_start, last.end)


def _group_from(actors: ActorIndex, u: Unit, end: int) -> list[Unit]:
    """``u`` and the units coordinated after it: روسيا وأوكرانيا، السعودية ومصر والإمارات.

    Commas join a list only when a و follows (X، Y وZ); otherwise they mark appositions
    (زعيم تيار المحبة، الهاشمي الحامدي، …) and end the group."""
    group = [u]
    links: list[str] = []
    toks = actors.doc.tokens
    while True:
        last = group[-1].last
        nxt = last + 1
        link = "و"
        if nxt <= end and toks[nxt].norm in _CONJ:
            link = "," if toks[nxt].norm in ("،", ",") else "و"
            nxt += 1
        v = actors.unit_at.get(nxt)
        if v is None or v in group or nxt > end or v.first != nxt:
            break
        if nxt == last + 1 and not actors.proclitics(v).startswith("و"):
            break
        if link == "," and actors.proclitics(v).startswith("و"):
            link = "و"
        group.append(v)
        links.append(link)
    while links and links[-1] == ",":
        links.pop()
        group.pop()
    return group


def _group_ending(actors: ActorIndex, u: Unit, start: int) -> list[Unit]:
    """``u`` and the units coordinated before it (so the whole subject is taken)."""
    group = [u]
    seen_waw = False
    toks = actors.doc.tokens
    while True:
        first = group[0].first
        waw = actors.proclitics(group[0]).startswith("و")
        comma = first - 1 >= start and toks[first - 1].norm in _CONJ
        if not waw and not comma:
            break
        if not waw and toks[first - 1].norm in ("،", ",") and not seen_waw:
            break
        seen_waw = seen_waw or waw or toks[first - 1].norm == "و"
        p = first - 1 if waw else first - 2
        v = actors.unit_at.get(p)
        if v is None or p < start or v in group:
            break
        group.insert(0, v)
    return group


def _ids(group: list[Unit]) -> list[str]:
    out: list[str] = []
    for u in group:
        for e in u.ids:
            if e not in out:
                out.append(e)
    return out


def _first_unit(actors: ActorIndex, start: int, end: int, gap: int, stop_preps: bool,
                subject: bool = False, stop_comma: bool = False) -> Unit | None:
    """First unit starting in ``[start, start+gap]``; with ``stop_preps``, none after a preposition;
    a ``subject`` is never oblique (governed by a preposition) nor an attribution source."""
    toks, doc = actors.doc.tokens, actors.doc
    for x in range(start, min(end, start + gap) + 1):
        u = actors.unit_at.get(x)
        if u is not None:
            if u.first != x and x != start:
                return None
            if u.first in actors.excluded or (subject and actors.oblique(u)):
                return None
            if not subject and actors.locative(u):
                continue
            return u
        norm = toks[x].norm
        if stop_preps and (norm in _PREPS_TARGET or fold(doc.text[toks[x].base_start:toks[x].end]) in _PREPS_TARGET):
            return None
        if subject and norm in PREP_PRONOUNS:
            return None
        if norm in _CONTENT_START:
            return None
        if stop_comma and norm in ("،", ",") and x + 1 < len(toks) and (
                toks[x + 1].norm[:1] in ("و", "ف") or toks[x + 1].norm in _CLAUSE_AFTER_COMMA):
            return None
    return None


def _group(actors: ActorIndex, u: Unit | None, end: int) -> list[str]:
    return _ids(_group_from(actors, u, end)) if u is not None else []


def assign_roles(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match,
                 c0: int, c1: int, prev: Event | None = None,
                 topic: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Source and target entity ids of a trigger within clause tokens ``[c0, c1]``."""
    toks = doc.tokens
    rule = m.rule
    # بين X و Y: the first named is the source (for events that have two sides).
    for x in range(m.last + 1, min(c1, m.last + 8) + 1 if rule.plover in BETWEEN_CODES else m.last + 1):
        if actors.unit_at.get(x) is not None or toks[x].norm in ("،", ","):
            break
        if toks[x].norm == "بين":
            u = _first_unit(actors, x + 1, c1, 4, False)
            if u is not None:
                group = _group_from(actors, u, c1)
                return _ids(group[:1]), _ids(group[1:])
    # Passive with its agent: على يد X.
    for x in range(m.last + 1, min(c1, m.last + 8)):
        if toks[x].norm == fold("على") and x + 1 <= c1 and fold(doc.text[toks[x + 1].start:toks[x + 1].end]) == "يد":
            u = _first_unit(actors, x + 2, c1, 2, False)
            if u is not None:
                tgt = _first_unit(actors, m.last + 1, x - 1, 3, False)
                return _group(actors, u, c1), _group(actors, tgt, c1)
    before = None
    reach = 4 if rule.verbal else ACTOR_REACH
    for x in range(m.first - 1, max(c0 - 1, m.first - 1 - reach), -1):
        u = actors.unit_at.get(x)
        if u is not None and u.first not in actors.excluded and not actors.oblique(u):
            if rule.verbal and u.kind == "country":
                break  # أي طرف ليبي … وترحب: the adjective's noun, not the country, is the subject
            before = u
            break
        if toks[x].norm in ("ان", "أن", "إن", ":", "«") or toks[x].norm in CLAUSE_BREAKS:
            break
    # SVO when an actor sits right before the trigger (روسيا نفت، روسيا قد اتهمت).
    close_before = before is not None and (before.last == m.first - 1 or (
        before.last == m.first - 2 and (rule.verbal or toks[m.first - 1].norm in ("،", ","))))
    waw = toks[m.first].norm[:1] in ("و", "ف")
    if rule.verbal and m.first > c0 and (toks[m.first - 1].norm in RELATIVES or (
            m.first - 2 >= c0 and toks[m.first - 2].norm in RELATIVES and toks[m.first - 1].norm in KANA)):
        # اللغم الذي كان يستهدف قوات الأمن: the antecedent is the subject, what follows the object.
        rel = m.first - 1 if toks[m.first - 1].norm in RELATIVES else m.first - 2
        ante = actors.unit_at.get(rel - 1)
        tgt = _first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
        return (_ids([ante]) if ante is not None and ante.kind != "country" else []), _group(actors, tgt, c1)
    if rule.part and topic:
        # مطالبا المسؤولين الأوروبيين بتقديم الدعم: the participle's subject is the clause's.
        tgt = _first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
        return list(topic), _group(actors, tgt, c1)
    if rule.verbal:
        subj_after = _first_unit(actors, m.first + 1, c1, 2, True, subject=True)
        if subj_after is not None and _accusative_plural(doc, subj_after):
            subj_after = None  # استهدفت المتمردين: -ين marks an object, a subject would be -ون
        if m.first > c0 and toks[m.first - 1].norm in PRONOUN_THAT and topic:
            # أنه يزور أوجلان: the subject is the pronoun (the speaker or topic); what follows is the target.
            tgt = _first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
            return list(topic), _group(actors, tgt, c1)
        if subj_after is not None and subj_after.kind == "country":
            subj_after = None  # a bare nationality adjective qualifies a noun that is no actor
        if subj_after is not None and (not close_before or (waw and subj_after.first == m.first + 1)):
            src_group = _group_from(actors, subj_after, c1)
            source = _ids(src_group)
            tstart = src_group[-1].last + 1
        elif waw and prev is not None and (before is None or set(before.ids) & set(prev.target)
                                           or (before.label == "LOC" and before.kind == "mention"
                                               and not country_key(doc.text[before.start:toks[before.last].end]))):
            # زار ترامب الرياض واجتمع …: a second verb shares the first one's subject.
            source, tstart = list(prev.source), m.first + 1
        elif close_before:
            source, tstart = _ids(_group_ending(actors, before, c0)), m.first + 1
        elif before is not None:
            source, tstart = _ids(_group_ending(actors, before, c0)), m.first + 1
        else:
            source, tstart = [], m.first + 1
        tgt = _first_unit(actors, max(tstart, m.first + 1), c1, ACTOR_REACH, False, stop_comma=True)
        target = _group(actors, tgt, c1)
        trig = toks[m.first]
        if not target and waw and prev is not None and trig.stem_end < trig.end and source == prev.source:
            target = list(prev.target)  # وطالبتها: the pronoun points back to the previous target
    else:
        possessor = _first_unit(actors, m.last + 1, c1, 1, True, subject=True)
        if possessor is None:  # اجتماع لمجموعة الاتصال: ل marks a possessor too
            u = actors.unit_at.get(m.last + 1)
            tok = toks[m.last + 1] if m.last + 1 <= c1 else None
            if u is not None and tok is not None and doc.text[tok.start:tok.base_start].endswith("ل"):
                possessor = u
        supported = close_before or _support_before(keys, m.first, c0)
        after_poss = possessor.last + 1 if possessor is not None else m.last + 1
        prep_tgt = _first_unit(actors, after_poss, c1, ACTOR_REACH, False, stop_comma=True)
        purpose = "ل" in doc.text[toks[m.first].start:toks[m.first].base_start]
        passive = m.first > c0 and toks[m.first - 1].norm in PASSIVE_AUX
        if passive:
            # تم إطلاق سراح X: X underwent it, the doer is not named.
            source, target = [], _group(actors, possessor, c1) or _group(actors, prep_tgt, c1)
        elif rule.genitive_target or (purpose and (topic or before is not None)):
            # لزيارة القوات الأمريكية: the genitive is visited; the clause's subject visits.
            if before is not None and (supported or purpose):
                source = _ids(_group_ending(actors, before, c0))
            else:
                source = list(topic) if purpose and topic else []
            target = _group(actors, possessor, c1) or _group(actors, prep_tgt, c1)
        elif before is not None and supported:
            source = _ids(_group_ending(actors, before, c0))
            target = _group(actors, possessor, c1) or _group(actors, prep_tgt, c1)
        elif possessor is not None and not (rule.plover in RECIPROCAL and _framed(doc, m) and topic):
            source, target = _group(actors, possessor, c1), _group(actors, prep_tgt, c1)
        elif before is not None and _framed(doc, m) and not rule.genitive_target:
            # تمكنت المقاومة الشعبية عقب مواجهات مع …: the clause's subject holds the event.
            source = _ids(_group_ending(actors, before, c0))
            target = _group(actors, possessor, c1) or _group(actors, prep_tgt, c1)
        elif topic and _framed(doc, m):
            # خلال مكالمة هاتفية مع نظيره، عقب اجتماعها بالرئيس: the clause's subject holds the event.
            source = list(topic)
            target = _group(actors, possessor, c1) or _group(actors, prep_tgt, c1)
            if not target:
                nxt = _first_unit(actors, m.last + 1, c1, 3, False)
                target = _group(actors, nxt, c1)
        else:
            source, target = [], []
    if not target and before is not None and rule.plover in RECIPROCAL:
        group = _group_ending(actors, before, c0)
        if len(group) > 1 and _ids(group) == source:
            return _ids(group[:1]), _ids(group[1:])
    return source, target


def _conditional(doc: Document, c0: int, k: int) -> bool:
    """A trigger inside a condition (في حال، إذا، لو) reports nothing that happened."""
    toks = doc.tokens
    for x in range(max(c0, k - 8), k):
        w = toks[x].norm
        if w in CONDITIONALS or (w == fold("حال") and x > 0 and toks[x - 1].norm == "في"):
            return True
    return False


def _accusative_plural(doc: Document, u: Unit) -> bool:
    """An unnamed plural actor in the accusative/genitive (المتمردين، مسلحين): not a subject."""
    if u.kind not in ("collective", "nominal"):
        return False
    head = fold(doc.text[doc.tokens[u.first].base_start:doc.tokens[u.first].end])
    return head.endswith("ين") and len(head) > 5


def _framed(doc: Document, m: Match) -> bool:
    """A nominal trigger after خلال/عقب/في …, or with a pronoun suffix (اجتماعها)."""
    toks = doc.tokens
    trig = toks[m.first]
    if trig.stem_end < trig.end:
        return True
    return m.first > 0 and (toks[m.first - 1].norm in FRAME_WORDS
                            or fold(doc.text[toks[m.first - 1].base_start:toks[m.first - 1].end]) in FRAME_WORDS)


def _support_before(keys: list[tuple[str, ...]], first: int, c0: int) -> bool:
    """A support verb right before a nominal trigger (أجرى محادثات، أعلن وقف …), or a strong one
    further back in its clause (وشنت تركيا في 24 يوليو حربا …)."""
    for x in range(first - 1, max(c0 - 1, first - 11), -1):
        verbs = STRONG_SUPPORT if x < first - 3 else SUPPORT_VERBS
        if any(k in verbs for k in keys[x]):
            return True
    return False


def _weak_ok(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int) -> bool:
    """A weak noun counts with a support verb or a subject right before it, or an actor right after it."""
    if _support_before(keys, m.first, c0):
        return True
    for x in (m.first - 1, m.first - 2):
        if x >= c0 and actors.unit_at.get(x) is not None:
            return True
    return actors.unit_at.get(m.last + 1) is not None


def _are_protesters(doc: Document, actors: ActorIndex, ids: list[str]) -> bool:
    for e in doc.entities:
        if e.id in ids and e.name_ar and any(p in fold(e.name_ar) for p in PROTESTERS):
            return True
    return False


def _modality(doc: Document, keys: list[tuple[str, ...]], m: Match, c0: int, cues: list[Cue],
              source: list[str]) -> tuple[str, str | None]:
    """Modality and the reporting source: denied, planned, warned, alleged, reported or asserted."""
    trig = doc.tokens[m.first]
    for x in range(m.first - 1, max(c0 - 1, m.first - 3), -1):
        if any(k in NEGATIONS for k in keys[x]):
            return "denied", None
    if m.rule.verbal and keys[m.first][0].startswith("س") and keys[m.first][0][1:2] in ("ي", "ت", "ن"):
        return "planned", None
    for x in range(m.first - 1, max(c0 - 1, m.first - 4), -1):
        if any(k in PLANNED for k in keys[x]):
            return "planned", None
    reporting = [c for c in cues if c.first != m.first and not (set(c.speaker or ()) & set(source))]
    before = [c for c in reporting if c.last < m.first]
    cue = before[-1] if before else (reporting[0] if reporting else None)
    if cue is None:
        return "asserted", None
    stance = cue.entry.stance
    modality = {"warn": "warned", "accuse": "alleged", "deny": "denied"}.get(stance, "reported")
    del trig
    return modality, cue.speaker[0] if cue.speaker else None


def _date(doc: Document, m: Match, c0: int, c1: int) -> str | None:
    """The day a clause fixes (a full-date timex in it, nearest the trigger), else None."""
    toks = doc.tokens
    lo, hi = toks[c0].start, toks[c1].end
    pos = toks[m.first].start
    best, dist = None, None
    for t in doc.timexes:
        if t.start >= lo and t.end <= hi and t.value and _FULL_DATE.match(t.value) and t.type in ("DATE", "TIME"):
            d = abs(t.start - pos)
            if dist is None or d < dist:
                best, dist = t.value[:10], d
    return best


def propagate_dates(doc: Document, events: list[Event]) -> None:
    """Give an undated event the day of the same actor's dated event next to it.

    A headline tells the body's event (``الجبير يؤكد …`` → ``أكد … اليوم``), and a
    speaker's further statements (``ودعا علاوي …``) follow the dated first one; both
    carry that day. Nothing further away is assumed."""
    headline = doc.sentences[0].end if doc.sentences else 0
    for n, ev in enumerate(events):
        if ev.date is not None or not ev.source:
            continue
        in_headline = ev.trigger.start < headline
        candidates = events[n + 1:] if in_headline else events[max(0, n - 2):n][::-1]
        for other in candidates:
            if other.date and set(other.source) & set(ev.source) and (not in_headline or other.code == ev.code):
                if in_headline or (other.sentence is not None and ev.sentence is not None
                                   and 0 <= ev.sentence - other.sentence <= 1):
                    ev.date = other.date
                    break


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
            if ev.code in RECIPROCAL and (src | tgt) == (o_src | o_tgt):
                same = old
            elif src == o_src and (tgt == o_tgt or not tgt or not o_tgt):
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
            ev_src_c = _countries(doc, ev.source)
            for e in extra:
                if e not in same.source and e not in same.target:
                    (same.source if _countries(doc, [e]) <= ev_src_c else same.target).append(e)
            continue
        for e in ev.source:
            if e not in same.source and e not in same.target:
                same.source.append(e)
        for e in ev.target:
            if e not in same.source and e not in same.target:
                same.target.append(e)
    return kept
