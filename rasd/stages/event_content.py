"""Events carried by what a speaker says, not by the reporting verb.

Arabic news often reports a demand, a threat or an accusation as the content of a plain
statement: ``وقال الجبير إنه يجب على إيران تغيير سياستها`` is a demand on Iran (REQUEST),
``قال أردوغان إن هولندا ستدفع ثمن تصرفاتها`` a threat (THREATEN), ``ذكر ليسينكو أن
الانفصاليين يستخدمون أسلحة محظورة`` an accusation (ACCUSE). The speaker is the source;
the target is the actor the demand is addressed to, the threat aimed at, or the wrongdoing
charged to. Only explicit markers count, and a target must be named in the statement.
"""

from __future__ import annotations

from rasd.arabic.normalize import fold
from rasd.document import Document, Event, Span
from rasd.stages.event_actors import ActorIndex, Unit, bare_stem, is_outlet, stands_for_state, token_stem, word_forms
from rasd.stages.event_forms import NEGATIONS
from rasd.stages.event_instances import clause_date
from rasd.stages.event_roles import passive_agent
from rasd.stages.event_speech import Cue, to_outlet

# يجب على X، ينبغي على X، يتعين على X، لا بد على X: an obligation laid on X.
OBLIGATION = frozenset(fold(w) for w in "يجب ينبغي يتعين يتوجب لابد بد".split())
# ندعو X، نطالب X: the speaker's own call.
FIRST_PERSON_CALLS = frozenset(fold(w) for w in "ندعو نطالب نحث نناشد أدعو أطالب".split())
# Future forms of a reckoning: ستدفع (الثمن)، سيدفع، سنرد، سترد، سيلقون درسا.
THREAT_WORDS = frozenset(fold(w) for w in "ستدفع سيدفع سيدفعون سندفع سنرد سترد سيرد سنلقن سيلقونهم سيلقون".split())
# Wrongdoing charged to someone: جرائم الاحتلال، تدخل إيران، انتهاكات الحوثيين، مغالطة.
WRONGDOING = frozenset(fold(w) for w in (
    "جرائم جريمة عدوان عدوانية اعتداء اعتداءات انتهاك انتهاكات خرق خروقات تحريض مغالطة مغالطات تضليل "
    "تدخل تدخلات تدخلها تدخله تواطؤ قمع تجاوزات ابتزاز أكاذيب افتراءات مجازر مجزرة استفزاز استفزازات "
    "إقصاء تهميش المحظورة المحظور يحظر تحايل مؤامرة"
).split())
# Misrule charged to a government or body, an accusation only with its possessor named right after it
# (تعنت الحكومة، فشل الحكومة، فساد النظام): alone these words name what is fought (مكافحة الفساد) or a
# scandal reported (فضيحة فساد), not a charge the speaker makes.
MISRULE = frozenset(fold(w) for w in (
    "تعنت فشل فساد إهمال تقصير تخبط ارتجالية تحيل تلاعب تزوير استهتار تسيب تعسف"
).split())
# Time words before a misrule word that make it the occasion of what follows, not a charge.
_AFTER = frozenset(fold(w) for w in "بعد إثر عقب اثر".split())
# Fighting or confronting a wrong (التصدي لهذه الجرائم، مكافحة الإرهاب): its doer is not charged with it.
# (with ل too, which the tokenizer may leave on a word: لمكافحة)
_FIGHTING = frozenset(fold(w) for w in "تصدي مكافحة محاربة مواجهة لمكافحة لمحاربة لمواجهة".split())
_CONTENT_END = frozenset(fold(w) for w in ". ؛ ; ! ؟ ?".split())
_REACH = 6


def content_events(doc: Document, actors: ActorIndex, cues: list[Cue], existing: list[Event]) -> list[Event]:
    """REQUEST, THREATEN and ACCUSE events from the content of each attributed statement."""
    out: list[Event] = []
    seen = {(e.code, s, t) for e in existing for s in e.source for t in e.target}
    # Cues that are themselves a demand (ناشد عباس المجتمع الدولي التدخل): what follows is what is asked,
    # so a wrongdoing word in it (التدخل) accuses no one.
    demands = {e.trigger.start for e in existing if e.code == "REQUEST"}
    sides: dict[tuple[str, ...], set[str]] = {}  # per speaker: entities scanned once, not per cue
    by_sentence: dict[int, list[Cue]] = {}
    for c in cues:
        by_sentence.setdefault(c.sentence, []).append(c)
    for c in cues:
        if not c.speaker or "attr" in c.entry.flags or c.entry.stance in ("deny", "accuse"):
            continue  # a denial or an explicit accusation is coded from its verb
        first, last = _content_range(doc, actors, c, by_sentence[c.sentence])
        if first > last:
            continue
        speaker_key = tuple(c.speaker)
        if speaker_key not in sides:
            sides[speaker_key] = _own_side(doc, c.speaker)
        own = sides[speaker_key]
        found = list(_markers(doc, actors, first, last))
        threatened = any(e.code == "THREATEN" and doc.tokens[c.first].start <= e.trigger.start < doc.tokens[c.last].end
                         for e in existing)
        if not found and c.entry.stance == "warn" and not threatened:
            # (توعد الحوثي السعودية برد قاس: the verb is coded a threat of its own, with its target)
            # حذر زيلينسكي من أن روسيا تخطط لتفجير السد: a warning with no marker of its own accuses
            # the first party it names (GUIDELINES.md: Zelensky's warning is ACCUSE Ukraine → Russia).
            u = _first_party(doc, actors, first, last, own)
            if u is not None:
                found.append(("ACCUSE", c.first, u))
        asked = doc.tokens[c.first].base_start in demands or doc.tokens[c.first].start in demands
        for code, k, unit in found:
            if asked and code == "ACCUSE":
                continue
            target = [e for e in unit.ids if e not in own]
            if not target or unit.ids[0] in own:
                continue
            key = (code, c.speaker[0], target[0])
            if key in seen:
                continue
            seen.add(key)
            tok = doc.tokens[k]
            out.append(Event(
                id="", code=code, cameo={"REQUEST": "100", "THREATEN": "130", "ACCUSE": "112"}[code],
                trigger=Span(tok.base_start, tok.end), source=list(c.speaker), target=target,
                date=clause_date(doc, c.first, *actors.token_range(doc.sentences[c.sentence].start,
                                                                    doc.sentences[c.sentence].end)),
                modality="asserted", attributed_to=None, sentence=c.sentence, confidence=0.45,
            ))
    return out


def _content_range(doc: Document, actors: ActorIndex, cue: Cue, sent_cues: list[Cue]) -> tuple[int, int]:
    """Tokens of what the cue reports: after the cue (and a speaker named after it) up to the
    next cue of the sentence or the sentence's end."""
    i, j = actors.token_range(doc.sentences[cue.sentence].start, doc.sentences[cue.sentence].end)
    first = cue.last + 1
    if cue.unit is not None and cue.unit.first > cue.last:
        first = cue.unit.last + 1
    later = [x.first for x in sent_cues if x.first > cue.last]
    last = min(later) - 1 if later else j
    return first, last


def _own_side(doc: Document, speaker: list[str]) -> set[str]:
    """The speaker's ids and every entity of the speaker's own country (المملكة for a Saudi minister)."""
    own = set(speaker)
    countries = {fold(e.country) for e in doc.entities if e.id in own and e.country}
    countries |= {fold(e.name) for e in doc.entities if e.id in own and e.type == "LOC" and e.name}
    if countries:
        own |= {e.id for e in doc.entities if (e.country and fold(e.country) in countries)
                or (e.type == "LOC" and e.name and fold(e.name) in countries)}
    return own


def _negated(doc: Document, k: int, first: int) -> bool:
    return any(doc.tokens[x].norm in NEGATIONS for x in range(max(first, k - 2), k))


def _markers(doc: Document, actors: ActorIndex, first: int, last: int):
    """(code, marker token, target unit) for each explicit marker in tokens ``[first, last]``."""
    toks = doc.tokens
    for k in range(first, last + 1):
        w = token_stem(doc, toks[k])
        if toks[k].norm in _CONTENT_END:
            return
        if w in OBLIGATION or w == "علي" and k > first and token_stem(doc, toks[k - 1]) in ("ان", "إن", "انه"):
            # يجب على إيران …، إن على الحكومة أن …
            x = k + 1 if w in OBLIGATION else k
            if w in OBLIGATION and x <= last and toks[x].norm == "من":
                x += 1
            if x <= last and token_stem(doc, toks[x]) == "علي":
                u = actors.unit_at.get(x + 1)
                if u is not None and u.first == x + 1 and not _negated(doc, k, first):
                    yield "REQUEST", k, u
        elif w in FIRST_PERSON_CALLS:
            u = _unit_after(actors, k, last, 2)
            if u is not None and not _negated(doc, k, first):
                yield "REQUEST", k, u
        elif w in THREAT_WORDS and not _negated(doc, k, first):
            # هولندا ستدفع الثمن (the one who will pay), سنرد على X (the one answered)
            u = _unit_before(actors, k, first, 3) if w.startswith(("ستدفع", "سيدفع")) else _unit_after(actors, k, last, 3)
            if u is not None:
                yield "THREATEN", k, u
        elif word_forms(doc, toks[k], drop_suffix=False) & MISRULE and not _negated(doc, k, first) \
                and not (k > first and toks[k - 1].norm in _AFTER):
            # (بعد فشل الاتحاد البرتغالي في إرسال الشهادة: what happened before, told as a fact, charges no one)
            u = actors.unit_at.get(k + 1) if k + 1 <= last else None
            if u is not None and u.first == k + 1 and u.kind != "country" and not actors.oblique(u):
                yield "ACCUSE", k, u
        elif word_forms(doc, toks[k], drop_suffix=False) & WRONGDOING and not _negated(doc, k, first):
            # with a pronoun (اعتداءاتها) the wrongdoer is that pronoun's antecedent, rarely found well
            u = _wrongdoer(doc, actors, k, first, last)
            if u is not None:
                yield "ACCUSE", k, u


def _first_party(doc: Document, actors: ActorIndex, first: int, last: int, own: set[str]) -> Unit | None:
    """The first named party in ``[first, last]`` that is not the speaker's side nor a place."""
    for u in actors.in_range(first, last):
        if u.kind != "mention" or actors.locative(u) or actors.oblique(u):
            continue
        if u.ids and u.ids[0] not in own:
            return u
    return None


def _unit_after(actors: ActorIndex, k: int, last: int, gap: int) -> Unit | None:
    for x in range(k + 1, min(last, k + gap) + 1):
        u = actors.unit_at.get(x)
        if u is not None:
            return u if u.first == x and not actors.locative(u) and u.kind != "country" else None
    return None


def _unit_before(actors: ActorIndex, k: int, first: int, gap: int, past_oblique: bool = False) -> Unit | None:
    """The nearest actor before ``k``; an oblique one (لنظام الأسد) stops the search unless
    ``past_oblique``."""
    for x in range(k - 1, max(first - 1, k - 1 - gap), -1):
        u = actors.unit_at.get(x)
        if u is None:
            continue
        if actors.oblique(u) or u.kind == "country":
            if past_oblique:
                continue
            return None
        return u
    return None


def _wrongdoer(doc: Document, actors: ActorIndex, k: int, first: int, last: int) -> Unit | None:
    """Who a wrongdoing word charges: its possessor (جرائم المستوطنين، تدخل إيران) or the agent
    after من قبل / من طرف, else the subject of its clause before it (الانفصاليين … يستخدمون أسلحة محظورة)."""
    agent = passive_agent(actors, k + 1, min(last, k + _REACH))
    if agent is not None:
        return agent  # إقصاؤه المتعمد من قبل المؤسسات الإعلامية
    u = actors.unit_at.get(k + 1) if k + 1 <= last else None
    if u is not None and u.first == k + 1 and u.kind == "country":
        return None  # العدوان الروسي: a named background act, not a charge the speaker makes
    if u is not None and u.first == k + 1 and not actors.oblique(u):
        return u
    toks = doc.tokens
    if any(bare_stem(doc, toks[x]) in _FIGHTING for x in range(max(first, k - 2), k)):
        return None  # جهود المواطنين في التصدي لهذه الجرائم: who fights the crimes is no wrongdoer
    # الانفصاليين المدعومين من روسيا يستخدمون أسلحة … يحظر استخدامها: the clause's subject, past the
    # prepositional phrases that modify it (تدخلها: the pronoun's antecedent, the same way).
    u = _unit_before(actors, k, first, _REACH + 2, past_oblique=True)
    if u is not None and (actors.locative(u) or u.label == "LOC" and not any(stands_for_state(doc, e) for e in u.ids)):
        return None  # المقيم في ولاية كونيكتيكت ملاحق بتهمة الاعتداء: where he lives is no wrongdoer
    if u is not None and _told_to_outlet(doc, u):
        return None  # قالت المتحدثة لوكالة فرانس برس "اعتقلنا أربعة أجانب إثر جريمة قتل": who is told
    return u


def _told_to_outlet(doc: Document, u: Unit) -> bool:
    """True when ``u`` names a news outlet (صحيفة الوطن) or is one a statement is told to (لوكالة فرانس برس)."""
    return any(is_outlet(e) for e in doc.entities if e.id in u.ids) \
        or any(to_outlet(doc, x, u.last + 1) for x in (u.first - 1, u.first) if x >= 0)
