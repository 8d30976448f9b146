"""Reporting cues and their speakers, shared by the claims stage and event attribution.

``قال``، ``أكدت``، ``نفت``، ``بحسب``، ``وفقا لـ``، ``نقل … عن … قوله`` are found by
dictionary look-up of the folded word; the speaker is the actor unit after the
verb (``قال الوزير``), before it (``روسيا نفت``), after the attribution phrase
(``بحسب رويترز``) or after ``عن`` (``قوله``); continuations (``وأضاف``) and
participles (``مشيرا``) inherit the previous speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.arabic.calendar import number_value
from rasd.arabic.normalize import fold
from rasd.arabic.particles import COMMAS, QUOTE_MARKS, TO
from rasd.arabic.sentences import ABBREVIATIONS
from rasd.document import Document
from rasd.kb.titles import OUTLET_HEADS, PERSON_TITLES
from rasd.stages.event_actors import (
    AGENT_HEADS,
    DURING_WORDS,
    GROUP_PLURALS,
    KIN,
    NARRATOR_WORDS,
    OUTLET_NAMES,
    PEOPLE_NOUNS,
    PERSON_POSTS,
    PREPOSITIONS,
    QUANTITIES,
    RELATIONAL_HEADS,
    ActorIndex,
    Unit,
    adjective_country,
    bare_stem,
    definite,
    has_article,
    is_city,
    is_kana,
    is_outlet,
    past_quote_marks,
    prep_clitic,
    token_stem,
    word_forms,
)
from rasd.stages.event_forms import present_forms, verb_forms
from rasd.stages.event_roles import ISSUED, PREP_PRONOUNS, RELATIVES, call_complement, is_count, past_adverbs
from rasd.stages.event_triggers import ACCUSED_PARTICIPLES, trigger_lexicon

# أن with the pronoun the tokenizer leaves on it: وأضافت أنه عقب …، أكد بأنها
_THAT_PRONOUN = ("أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم")
_THAT = frozenset({"ان", "إن", "أن", "بان", "بأن", ":", "«", '"', "“", "”", "»", *_THAT_PRONOUN})
_THAT_F = frozenset(fold(w) for w in _THAT)
# Abbreviations whose dot ends no sentence (د. for دكتور), folded as token norms are.
_ABBREVIATIONS = frozenset(fold(a) for a in ABBREVIATIONS)
# Words that end the search for a verb's subject after it.
_STOP_AFTER = frozenset(fold(w) for w in (
    "أن إن ان بأن على عن من في إلى الى مع ب ل : « \" “ ” ، , . ؛ " + " ".join(_THAT_PRONOUN) + " "
    # وأضاف مخاطبا رئيس الوزراء …: whom the speaker addresses follows, not the speaker
    "مخاطبا مخاطبة متوجها متوجهة موجها موجهة"
).split())
_PREP_WORDS = frozenset(fold(w) for w in "إلى الى في لدى".split())
# Forms that are far more often nouns (تشدد "extremism") than the cue verb.
_NOT_CUES = frozenset(fold(w) for w in "تشدد التشدد تشددا".split())
_QUOTES = frozenset(fold(w) for w in ('" « » “ ” \'').split())
# Particles carrying a subject pronoun (لكنه أكد، إلا أنها أوضحت): the أن forms above and those of لكن.
_THAT_WITH_PRONOUN = frozenset(fold(w) for w in _THAT_PRONOUN)  # (folded: أنه and إنه are one form)
PRONOUN_PARTICLES = _THAT_WITH_PRONOUN | frozenset(
    fold(p + suf) for p in ("لكن", "ولكن", "فإن", "وإن") for suf in ("ه", "ها", "هم"))
# Adverbs before a verb whose subject is dropped (كما بين أن …، ثم أضاف): the same speaker goes on.
_GOES_ON = frozenset(fold(w) for w in "كما وكما ثم و ف".split())
# … and after "where" (مثل ويب أمام المحكمة حيث أكد أنه …): a verb with no subject named is still the one the
# sentence is about speaking.
_DROPPED_AFTER = frozenset(fold(w) for w in "حيث".split())
_IMPERSONAL = frozenset(fold(w) for w in "يذكر ويذكر يشار ويشار يقال ويقال".split())
_BREAKS = frozenset(fold(w) for w in "فيما بينما لكن ولكن حيث".split())
_NO_ANTECEDENT = frozenset(fold(w) for w in "ما مما".split())
_RELATIVE = frozenset(fold(w) for w in "ما مما الذي التي الذين اللذين".split())


@dataclass(frozen=True)
class CueEntry:
    stance: str
    flags: frozenset[str]
    # needs=a|b: a cue only with one of these words after the word that follows it (its subject or first
    # object); noobj=a|b: no cue with one of them within NOOBJ_REACH words. Folded forms, matched against a
    # word's look-up forms (``word_forms``): with the article, as in the trigger lexicon's noobj.
    needs: frozenset[str] = frozenset()
    noobj: frozenset[str] = frozenset()


@dataclass
class Cue:
    """A reporting cue found in a sentence: tokens ``[first, last]`` and its speaker unit."""

    first: int
    last: int
    entry: CueEntry
    speaker: list[str] | None
    sentence: int
    explicit: bool = True
    unit: Unit | None = None
    # False for a verb form that is mostly no report here (يعتبر من أبرز "is considered", اتهمت بـ "was
    # accused"): the claims stage makes no claim of it; events still read it as before.
    reports: bool = True


# Object pronouns on a cue verb (وصفه، اتهمتها، دعتهم): whom or what the speaker talks about.
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
# Suffixed forms that fold like a frequent noun: دعوة "call", طالبة "student", حذرة "cautious".
_OBJECT_FORM_NOUNS = frozenset(fold(w) for w in "دعوه طالبه حذره".split())


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, CueEntry]:
    """Folded surface form → cue entry, from ``rasd/stages/data/claim_cues.tsv``."""
    text = (resources.files("rasd.stages") / "data" / "claim_cues.tsv").read_text(encoding="utf-8")
    table: dict[str, CueEntry] = {}
    suffixed_forms: dict[str, CueEntry] = {}
    not_cues: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        kind, forms, stance = parts[0], parts[1], parts[2].strip()
        if kind == "x":
            not_cues.update(fold(w) for w in forms.split("|"))
            continue
        flags = frozenset(f.strip() for f in (parts[3] if len(parts) > 3 else "").split(",") if f.strip())
        listed = {f.partition("=")[0]: frozenset(fold(w) for w in f.partition("=")[2].split("|")) for f in flags if "=" in f}
        flags = frozenset(f for f in flags if "=" not in f)
        needs, noobj = listed.get("needs", frozenset()), listed.get("noobj", frozenset())
        # Future forms (سيفيد، ستفيد) report nothing yet and collide with other verbs.
        words = {w for w in verb_forms(forms) if not w.startswith("س")} if kind == "v" else {fold(w) for w in forms.split("|")}
        # Forms of the present only (يطالب، تعتبر; not أعلن "I announce", which is also the past).
        past, _, pres = forms.partition("|")
        present = verb_forms(pres) - verb_forms(past) if kind == "v" else set()
        # The masculine singular forms as listed (قال، يقول، دعا): their subject is not a feminine noun. (A
        # participle's check, _feminine_after_masculine, reads the verb's endings instead: taking this flag
        # there lost a right claim on the development sets, where a ت-initial form was a feminine present.)
        masculine = {fold(w) for w in forms.split("|")} if kind == "v" else set()
        for w in words:
            table.setdefault(w, CueEntry(stance, flags - {"obj"} | ({"present"} if w in present else set())
                                         | ({"masc"} if w in masculine else set()), needs, noobj))
        if "obj" in flags:
            suffixed = CueEntry(stance, flags - {"obj"} | {"suffixed"}, needs, noobj)
            for w in words:
                for suffix in _OBJECT_PRONOUNS:
                    form = (w[:-1] if w.endswith("وا") else w) + suffix  # وصفوا + ه → وصفوه
                    # دعوت "I called" + ه is دعوته "his call"
                    if form not in _OBJECT_FORM_NOUNS and not w.endswith("وت"):
                        suffixed_forms.setdefault(form, suffixed)
    for w, entry in suffixed_forms.items():
        table.setdefault(w, entry)
    for w in not_cues:
        table.pop(w, None)
    return table


def lookup_cue(doc: Document, k: int) -> CueEntry | None:
    """The cue entry of token ``k`` (tried without proclitics, then whole)."""
    tok = doc.tokens[k]
    if k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm in TEENS:
        return None  # اثني عشر شخصا: the number twelve, not أثنى "praised"
    lex = cue_lexicon()
    return next((entry for key in cue_keys(doc, tok) if (entry := lex.get(key)) is not None), None)


def cue_keys(doc: Document, tok) -> list[str]:
    """The forms a token is looked up by as a cue: its stem, its whole form, and the form without a و/ف
    the tokenizer kept on (وأضاف، فيما; of the two-letter cues only حث, as ورد is "was said", not و + رد)."""
    keys = [token_stem(doc, tok), tok.norm]
    if tok.norm[:1] in ("و", "ف") and (len(tok.norm) > 3 or tok.norm[1:] in _SHORT_CUES):
        keys.append(tok.norm[1:])
    return keys


_SHORT_CUES = frozenset(fold(w) for w in "حث".split())
# The second word of the numbers eleven to nineteen (اثني عشر، اثنتي عشرة).
TEENS = frozenset(fold(w) for w in "عشر عشرة".split())


_TITLE_PREPS = frozenset(fold(w) for w in "من عن في ب".split())


TITLE_REACH = 4


# Professions that, with the article, open the title phrase of a person named after it (حذر الضابط المنشق من
# الجيش السوري العميد الركن إبراهيم الجباوي، قال الخبير الاقتصادي …): the speaker search reads past them to the
# name, as after a post; they are no actors on their own.
PROFESSIONS = frozenset(fold(w) for w in "ضابط استشاري خبير محلل أستاذ باحث طبيب مهندس محامي مدرب صحفي إعلامي".split())


# Counts of people before من (عدد من المواطنين، المئات من المحتجين).
_HOW_MANY = QUANTITIES | frozenset(fold(w) for w in "عدد العديد جمع".split())


def _unit_after(actors: ActorIndex, k: int, end: int, gap: int, subject: bool = True) -> Unit | None:
    """The actor unit starting within ``gap`` tokens after ``k``, not past a stop word."""
    toks = actors.doc.tokens
    if subject and k + 3 < end and toks[k + 1].norm == "كل" and toks[k + 2].norm == "من":
        # استنكرت كل من وزارة الصحة ووزارة العدل: "each of" names the joint subject, من no preposition
        u = actors.unit_at.get(k + 3)
        return u if u is not None and u.first == k + 3 else None
    if subject and k + 3 < end and toks[k + 1].norm in _HOW_MANY and toks[k + 2].norm == "من":
        # وطالب عدد من سواق التاكسي الجماعي، استغرب العشرات من سكان بريدة: the group counted is the subject
        # (a bare one among them still makes no claim, below)
        u = actors.unit_at.get(k + 3)
        if u is not None and u.first == k + 3 and u.kind in ("collective", "nominal"):
            return u
    if subject and k + 2 < end and (to_outlet(actors.doc, k + 1, end) or (
            toks[k + 1].norm in ("ل", "لـ") and toks[k + 2].norm in _QUOTES)):
        # قال لـ"الاقتصادية" محمد البقمي، المتحدث باسم أمانة جدة، إن …: the outlet told comes first, the
        # speaker after it
        k = _outlet_end(actors, k + 1, end - 1)
    if subject:
        y = k + 1
        while y < end and y in actors.timex_tokens:
            y += 1
        if y > k + 1 and y < end and toks[y].norm in COMMAS:
            k = y  # أفاد اليوم الخميس، الناطق باسم المحكمة …: the date set off by a comma before the speaker
    skip_place = False
    # أكد النائب من الجبهة الشعبية منجي الرحوي: after a title, its prepositional phrase is no stop.
    titled = subject and k + 1 < end and k + 1 not in actors.unit_at and (
        actors.is_head(k + 1) or has_article(actors.doc, toks[k + 1]) and bare_stem(actors.doc, toks[k + 1]) in PROFESSIONS)
    if titled and has_article(actors.doc, toks[k + 1]) and (obj := actors.unit_at.get(k + 2)) is not None \
            and obj.first == k + 2 and obj.label != "PER" and obj.kind != "titled":
        return None  # وانتقد الحزب الحكومة: the unnamed party speaks; the actor right after it is its object
    if titled:
        gap += TITLE_REACH  # (a title's words before the name)
    # المكتب التنفيذي للاتحاد العام …: with no person named, the institution of the title speaks.
    institution: Unit | None = None
    for x in range(k + 1, min(end, k + 1 + gap + 1)):
        if subject and x > k + 1 and to_outlet(actors.doc, x, end):
            # قال مصدر أمني لـ«الشرق الأوسط»، صرح وزير التشغيل حافظ العموري لمراسل جوهرة أف أم: the outlet
            # told is no speaker; after a title, the words before it name the one speaking.
            return institution or _told_outlet(actors, k + 1, x) if titled else institution
        u = actors.unit_at.get(x)
        if subject and u is not None and u.first >= x and u.kind in ("collective", "nominal") \
                and _oblique_plural(actors.doc, toks[u.first]):
            # ودعت الجامعة المواطنين إلى: an accusative plural is the object, and no subject follows it;
            # after أحد/بعض it is a genitive (أكد رجل الأعمال وأحد المواطنين اليهود بتونس رينيه الطرابلسي)
            if toks[x - 1].norm in _PARTITIVES or (titled and x - 1 > k + 1 and toks[x - 1].norm[:1].isalpha()
                                                    and not has_article(actors.doc, toks[x - 1])
                                                    and toks[x - 1].norm not in PREPOSITIONS):
                # (مدير إدارة شؤون المعلمين بتعليم جازان عثمان عريبي: in a title, after a bare noun in construct
                # the plural is its genitive, not the object)
                continue
            return institution
        if u is not None and u.first >= x:
            # Right after the cue the word before it is the cue, not a preposition (عبر "expressed",
            # not عبر "via": عبر وزير الخارجية عن ارتياحه); بين before a name stays "between".
            oblique = actors.oblique(u) if x > k + 1 or toks[k].norm == "بين" else \
                any(c in "بلك" for c in actors.proclitics(u))
            if subject and oblique and titled and not skip_place and u.label == "PER" and u.kind == "mention" \
                    and bare_stem(actors.doc, toks[u.first]) not in PERSON_TITLES | RELATIONAL_HEADS \
                    and not any(m.start == toks[u.first].base_start for m in actors.doc.mentions if m.label == "PER"):
                # المتحدث الإعلامي بأمانة المنطقة محمد الصفيان: the ب is on the body of the title, not on him
                # (انتقاده لوزير التربية ناجي جلول: on a person's own title it marks whom it is about)
                return u
            if (subject and oblique) or skip_place:
                if titled and not skip_place and toks[u.first - 1].norm in _AFFILIATION:
                    # قال القيادي في حزب العمال، رياض المؤخر، إن …: the person set off after the party the
                    # title names (or read with it as one unit: حزب آفاق تونس، رياض المؤخر)
                    if u.label == "PER":
                        return u
                    if u.label == "ORG" and (person := _person_ending_title(actors, u.last + 1, end)) is not None:
                        return person
                if titled and institution is None and not skip_place and u.label == "ORG" \
                        and "ل" in actors.proclitics(u):
                    institution = u
                # وقال هوي لهيئة الإذاعة البريطانية (بي.بي.سي): the bracketed short name goes with it
                skip_place = subject and oblique and u.last + 1 < end and toks[u.last + 1].norm == "("
                continue  # وقال المسؤول بالشرطة حبيب الرحمن: skip the prepositional phrase
            person = actors.person_after_qualifier(u, end) if subject else None
            if person is not None:
                return person  # the town belongs to the title of the person after it
            if (titled or u.kind in ("titled", "nominal")) and u.label != "PER" and not _anonymous_sources(actors.doc, u):
                # استنكر فضيلة المدير العام لفرع الرئاسة العامة … بمنطقة الرياض الشيخ عبدالله الفواز: an
                # institution inside the title phrase; the person it ends in speaks.
                person = _person_ending_title(actors, u.last + 1, end)
                if person is not None:
                    return person
            if subject and x > k + 1 and u.label == "LOC" and u.kind == "mention":
                phrase = _genitive_phrase(actors, k + 1, u)
                if phrase is not None:
                    return phrase  # أعلنت إدارة مهرجان صيف ينبع: the place is the genitive of the speaker
            return u
        if u is not None:
            continue
        if subject and x == k + 1 and toks[x].norm in COMMAS and (aside := actors.unit_at.get(x + 1)) is not None \
                and aside.first == x + 1 and aside.last + 1 < end and toks[aside.last + 1].norm in COMMAS:
            continue  # استنكر، حزب المؤتمر، دعوة رئيس الجمهورية: the subject set off by commas
        if subject and x == k + 1 and not titled and "ب" in actors.doc.text[toks[x].start:toks[x].base_start] \
                and bare_stem(actors.doc, toks[x]) not in _SPEECH_NOUNS:
            return institution  # وندد بعدم تعيين سفير تونسي: the ب object has begun; no subject follows it
        quoted = actors.unit_at.get(x + 1) if toks[x].norm in _QUOTES and x + 1 < end else None
        if quoted is not None and quoted.last + 1 < len(toks) and toks[quoted.last + 1].norm in _QUOTES:
            continue  # a quoted name: قالت منظمة "أنا يقظ" (not a quotation opening with a name)
        nxt_unit = actors.unit_at.get(x + 1) if x + 1 < end else None
        if subject and toks[x].norm in _PREP_WORDS and nxt_unit is not None and nxt_unit.label == "LOC":
            skip_place = True
            continue  # المبعوث الدولي إلى اليمن "إسماعيل ولد الشيخ أحمد": skip the post's place
        if titled and toks[x].norm in _TITLE_PREPS:
            continue
        if toks[x].norm == "." and x > k + 1 and toks[x - 1].norm in _ABBREVIATIONS:
            continue  # وأوضح د. المزروع: the dot of an abbreviated title ends nothing
        if subject and toks[x].norm in COMMAS and (titled or toks[k + 1].norm in _PARTITIVES or _described(
                actors.doc, k + 1, x)) and (named := actors.unit_at.get(x + 1)) is not None and named.first == x + 1 \
                and named.label == "PER":
            # ناشد أحد أفراد الحرس الوطني، محمد حسن الحارثي، …، وقال الاستاذ المحامي، حبيب بن زايد إن …: the
            # person set off after the phrase that describes him
            return named
        if toks[x].norm in _STOP_AFTER or token_stem(actors.doc, toks[x]) in _STOP_AFTER:
            return institution
        if subject and x > k + 1 and toks[x].norm in RELATIVES:
            # وقال المصدر العسكري الذي اتصلت به وكالة الصحافة الفرنسية: the relative clause describes the one
            # speaking; whom it names (the outlet that called him) does not speak
            return institution
    return institution


def _described(doc: Document, first: int, comma: int) -> bool:
    """Words ``first``..``comma - 1`` after a cue read as a description of the one speaking: a few words with
    no punctuation, opening with a definite noun without a preposition (الاستاذ المحامي، أحد المشاركين في
    الوقفة، ولي احد المحتجين)."""
    toks = doc.tokens
    return 0 < comma - first <= 8 and all(toks[y].norm[:1].isalpha() for y in range(first, comma)) \
        and doc.text[toks[first].start:toks[first].base_start] in ("", "و") and toks[first].norm not in PREPOSITIONS \
        and toks[first].norm not in _STOP_AFTER


# Prepositions of a title's affiliation (القيادي في الحزب، النائب عن الجبهة).
_AFFILIATION = frozenset(fold(w) for w in ("في", "عن"))
_PARTITIVES = frozenset(fold(w) for w in "أحد وأحد بعض وبعض".split())

# Titles held in relation to another person (نائب الرئيس، مستشار الملك، المتحدث باسم الوزير، نجل الرئيس): a
# person named right after them may be whose deputy, adviser or son the speaker is.
_RELATIONAL_TITLES = RELATIONAL_HEADS | frozenset(fold(w) for w in (
    "متحدث متحدثة ناطق ناطقة مدير مديرة نجل ابن ابنة زوجة شقيق شقيقة محامي محامية أرملة"
).split())


def _second_person(actors: ActorIndex, u: Unit, end: int) -> Unit | None:
    """The person named within five words after person ``u`` past only commas and definite words: adjectives,
    honorifics and a field (للأمن القومي، لشؤون الشرق الأوسط، الأمير), not whom one spoke to (لنظيره الفرنسي) nor
    an occasion (خلال لقائه)."""
    doc, toks = actors.doc, actors.doc.tokens
    for y in range(u.last + 1, min(end, u.last + 6)):
        v = actors.unit_at.get(y)
        if v is not None:  # not right after it with no title (العجمي الوريمي: one name the tagger split)
            return v if v.first == y and v.label == "PER" and (y > u.last + 1 or actors.is_head(y)) else None
        tok = toks[y]
        if tok.norm in COMMAS:
            continue
        field = tok.norm.startswith("لل") or tok.norm == fold("لشؤون")
        if not (has_article(doc, tok) or field) or tok.norm in _THAT_F or tok.norm in _STOP_AFTER \
                or any(c in "وبك" for c in doc.text[tok.start:tok.base_start]) or _in_timex(doc, tok.start):
            return None
        if bare_stem(doc, tok).removeprefix("ل") in AGENT_HEADS and not tok.norm.startswith("ال"):
            return None  # للوزير، لرئيس …: whom he spoke to
    return None


# News outlets and their reporters, told a statement (قال لوكالة فرانس برس، صرح لمراسل جوهرة أف أم): the
# nouns that name them, and (event_actors.OUTLET_NAMES) the outlets often named bare (لرويترز، لـ«الشرق الأوسط»).
# An outlet's reporters (مراسل الجوهرة أف أم، مراسلنا): the outlet relaying, no speaker of its own.
_REPORTERS = frozenset(fold(w) for w in "مراسل مراسلة موفد موفدة".split()) | NARRATOR_WORDS
_MEDIA_NOUNS = OUTLET_HEADS | _REPORTERS | frozenset(fold(w) for w in "وكالات تلفزيون شبكة".split())
_OUTLET_WORDS = _MEDIA_NOUNS | OUTLET_NAMES


def _told_outlet(actors: ActorIndex, first: int, x: int) -> Unit | None:
    """The unnamed speaker of an indefinite title phrase from ``first`` up to the outlet told at ``x``
    (مسؤول عسكري في بنغازي، مسؤول بالشركة، وزير التشغيل حافظ العموري); none for a definite title, which
    takes up someone named before (ويؤكد القيادي الجنوبي لـ«الشرق الأوسط»), nor for bare sources (مصدر أمني،
    مصادر مطلعة، مسؤولون), whom the gold gives no claim."""
    doc, toks = actors.doc, actors.doc.tokens
    if has_article(doc, toks[first]):
        return None
    # مصدر أمني، مسؤولون، مصدر مطلع: bare anonymous sources (GUIDELINES.md) unless tied to a body or a state
    # (مسؤول عسكري في بنغازي، متحدث باسم الوزارة، مصدر بالشركة، مصدر أردني)
    tied = any(y in actors.unit_at or has_article(doc, toks[y]) or adjective_country(bare_stem(doc, toks[y]))
               or toks[y].norm in _OFFICIAL for y in range(first + 1, x))
    if not tied:
        return None
    # مصدر مطلع من وزارة العدل في تصريح لوكالة …: the occasion before the outlet is no part of the speaker
    end = next((y for y in range(first + 1, x - 1) if toks[y].norm in _OCCASION_PREPS
                and bare_stem(doc, toks[y + 1]) in _SPEECH_NOUNS), x)
    return _nominal_between(actors, first, end)


_OCCASION_PREPS = frozenset(fold(w) for w in "في خلال عبر".split())
_SPEECH_NOUNS = frozenset(fold(w) for w in "تصريح تصريحات حديث مداخلة اتصال مكالمة لقاء كلمة مقابلة حوار".split())


def _bare_source_told(actors: ActorIndex, k: int, j: int) -> bool:
    """True when cue ``k`` is followed by an indefinite title phrase that names no body and an outlet it was
    told to (أكد مصدر أمني لمراسل جوهرة أف أم، وقال مسؤولون للصحيفة): a bare source, no claim."""
    toks = actors.doc.tokens
    first = k + 1
    if first > j or first in actors.unit_at or not actors.is_head(first) or has_article(actors.doc, toks[first]):
        return False
    for x in range(first + 1, min(j + 1, first + 6)):
        if to_outlet(actors.doc, x, j + 1):
            return _told_outlet(actors, first, x) is None
        if x in actors.unit_at or not toks[x].norm[:1].isalpha():
            return False
    return False


def _unnamed_plural_subject(actors: ActorIndex, k: int, j: int) -> bool:
    """True when an indefinite sound plural of people stands right after cue ``k`` as its subject
    (مراقبون، مسؤولون، محللون), naming no one."""
    doc, toks = actors.doc, actors.doc.tokens
    if k + 1 > j:
        return False
    u = actors.unit_at.get(k + 1)
    if u is not None and not (u.last == k + 1 or to_outlet(doc, k + 2, j + 1)):
        return False  # a phrase the tagger found; one word alone (محققون) or with an outlet is none
    if u is not None and u.kind == "mention" and toks[k + 1].norm not in _PEOPLE_PLURALS:
        return False  # a name (كاميرون، باركنسون)
    tok = toks[k + 1]
    return tok.base_start == tok.start and not has_article(doc, tok) and tok.norm.endswith("ون") \
        and len(tok.norm) > 5 and tok.norm not in _AFTER_DROPPED_SUBJECT


# Sound plurals of people the tagger may take for a name (قال محققون).
_PEOPLE_PLURALS = frozenset(fold(w) for w in (
    "محققون محللون مراقبون مسؤولون ناشطون مواطنون باحثون دبلوماسيون مسعفون معارضون منتقدون مشاركون متابعون "
    "مختصون مستثمرون متظاهرون محتجون"
).split())


def _bare_plural_subject(actors: ActorIndex, k: int, j: int) -> bool:
    """True for an unnamed plural subject right after cue ``k`` that nothing ties to a body or state: followed
    by أن, a colon or a comma, or by a preposition with no actor after it (قال محققون: إن، ويرى خبراء أن).
    GUIDELINES.md: bare محللون make no claim; مسؤولون أمريكيون، مسؤولين في الحركة الانفصالية do."""
    if not _unnamed_plural_subject(actors, k, j):
        return False
    toks = actors.doc.tokens
    if k + 2 > j:
        return True
    nxt = toks[k + 2]
    if nxt.norm in _THAT_F or nxt.norm in (":", "،", ",", "."):
        return True
    prep = nxt.norm in _STOP_AFTER or nxt.base_start > nxt.start or to_outlet(actors.doc, k + 2, j + 1)
    return prep and not any(y in actors.unit_at and not to_outlet(actors.doc, y, j + 1)
                            for y in range(k + 2, min(j + 1, k + 5)))


def _outlet_end(actors: ActorIndex, x: int, j: int) -> int:
    """The last token of the outlet phrase that ``_to_outlet`` found at ``x`` (its name and closing quote); a
    quoted name the tagger left untagged (لـ"الاقتصادية") runs to its closing quote."""
    toks = actors.doc.tokens
    if toks[x].norm in ("ل", "لـ") and x + 1 <= j and toks[x + 1].norm in _QUOTES and x + 2 not in actors.unit_at:
        z = x + 2
        while z <= j and z - x <= 5 and toks[z].norm not in _QUOTES:
            z += 1
        if z <= j and toks[z].norm in _QUOTES:
            return z
    y = x
    named = x in actors.unit_at
    if named:
        y = actors.unit_at[x].last
    while y + 1 <= j and (toks[y + 1].norm in _QUOTES or not named and (y + 1 in actors.unit_at or toks[y].norm in ("ل", "لـ"))):
        y += 1
        u = actors.unit_at.get(y)
        if u is not None:
            y, named = u.last, True  # one outlet's name: a person named right after it spoke
    # وكالة تونس افريقيا للأنباء: an agency named by places, one after another, and "for news" (not a person)
    while named and y + 1 <= j and (v := actors.unit_at.get(y + 1)) is not None and v.first == y + 1 \
            and v.label == "LOC" and y + 2 <= j and (y + 2 in actors.unit_at or toks[y + 2].norm in _NEWS_WORDS):
        y = v.last
    if y + 1 <= j and toks[y + 1].norm in _NEWS_WORDS:
        y += 1
    return y


# وكالة تونس افريقيا للأنباء، وكالة الأنباء: the "news" an agency's name ends in.
_NEWS_WORDS = frozenset(fold(w) for w in "للأنباء الأنباء للانباء الانباء".split())


def to_outlet(doc: Document, x: int, end: int, via: str = "ل") -> bool:
    """True when token ``x`` opens ل + a news outlet or its reporter (لوكالة، لمراسل، للجوهرة، لرويترز، لـ
    «الشرق الأوسط»): whom a statement was made to; with ``via="ب"``, the outlet a call was made to or a
    text was published in (في اتصال هاتفي بالجوهرة أف أم)."""
    toks = doc.tokens
    w = toks[x].norm
    if w in (via, via + "ـ"):
        y = x + 1
        while y < end and toks[y].norm in _QUOTES:
            y += 1
        if y >= end:
            return False
        w, x = toks[y].norm, y
    elif w.startswith(definite := "لل" if via == "ل" else via + "ال") and len(w) > 4:
        w = "ال" + w[len(definite):]  # (ل + ال is written لل: للجوهرة; بالجوهرة)
    elif w.startswith(via) and len(w) > 3:
        w = w[1:]
    else:
        return False
    words = {w, w[2:] if w.startswith("ال") else "ال" + w}
    if words & _MEDIA_NOUNS or words & OUTLET_NAMES:
        return True
    y = x + 1
    while y < end and toks[y].norm in _QUOTES:
        y += 1
    return y < end and any(f + "_" + toks[y].norm in OUTLET_NAMES for f in words)


def _oblique_plural(doc: Document, tok) -> bool:
    """True for a definite sound masculine plural in the accusative or genitive (المواطنين، للصحفيين،
    الإرهابيين), which is no verb's subject (المواطنون)."""
    stem = token_stem(doc, tok)
    return stem.startswith("ال") and stem.endswith("ين") and len(stem) > 6


def _genitive_phrase(actors: ActorIndex, first: int, place: Unit) -> Unit | None:
    """The phrase from token ``first`` to the place it ends in (إدارة مهرجان صيف ينبع، مدير عام مكتب الصحة
    بمحافظة عدن، سكان بلدة سلوان) as one unnamed actor, when only words stand before the place: the
    place names whose office or people speak, not the speaker."""
    doc, toks = actors.doc, actors.doc.tokens
    if toks[first].norm in PREP_PRONOUNS:
        return None  # وأكدوا لهما قلق طهران: whom they told, not who spoke
    for x in range(first, place.first):
        tok = toks[x]
        if not tok.norm[:1].isalpha() or _in_timex(doc, tok.start) or tok.norm in _AFTER_DROPPED_SUBJECT \
                or tok.norm in ANONYMOUS_SOURCES:
            return None
    phrase = doc.text[toks[first].base_start:toks[place.last].end]
    return Unit(first, place.last, [actors.maker.nominal(phrase, None)], "nominal", "ORG", toks[first].base_start)


_WITH_ANOTHER = frozenset(fold(w) for w in ("مع", "ومع", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظرائه"))


def _person_ending_title(actors: ActorIndex, start: int, end: int) -> Unit | None:
    """The person named at the end of a title phrase from ``start`` (past institutions and places it
    names, prepositions, honorifics and one comma), before the statement begins."""
    toks = actors.doc.tokens
    x = start
    while x < min(end, start + 10):
        u = actors.unit_at.get(x)
        if u is not None and u.first == x:
            if u.label == "PER":
                return u
            x = u.last + 1
            continue
        norm = toks[x].norm
        if norm in _THAT_F or norm in _BREAKS or norm in (".", ":", "؛") or token_stem(actors.doc, toks[x]) in _THAT_F:
            return None
        if norm in _WITH_ANOTHER:
            return None  # وأضاف وزير الخارجية الألماني … مع نظيره القطري محمد آل ثاني: the counterpart holds no title of his
        if norm in COMMAS and not (x + 1 < end and (v := actors.unit_at.get(x + 1)) is not None
                                       and v.first == x + 1 and v.label == "PER"):
            return None
        x += 1
    return None


def _unit_before(actors: ActorIndex, k: int, start: int, reach: int) -> Unit | None:
    """The nearest non-oblique actor unit ending before ``k`` (within ``reach`` tokens), not across
    أن, a colon or a relative pronoun."""
    toks = actors.doc.tokens
    for x in range(k - 1, max(start - 1, k - 1 - reach), -1):
        u = actors.unit_at.get(x)
        if u is not None and u.last < k:
            # (nor an outlet told or called: في اتصال هاتفي بالجوهرة أف أم، نفيا قاطعا)
            return None if actors.oblique(u) or u.first in actors.told_outlets else u
        if toks[x].norm in _THAT_F or toks[x].norm in (":", ".") or toks[x].norm in _RELATIVE \
                or toks[x].norm in _BREAKS:
            return None
    return None


def _nominal_between(actors: ActorIndex, a: int, b: int) -> Unit | None:
    """An unnamed speaker phrase between tokens ``a`` and ``b`` (عن مسؤولين في الحركة الانفصالية قولهم)."""
    doc = actors.doc
    toks = doc.tokens
    words = [x for x in range(a, b) if toks[x].norm[:1].isalpha() and not _in_timex(doc, toks[x].start)]
    if not words or len(words) > 6:
        return None
    phrase = doc.text[toks[words[0]].base_start:toks[words[-1]].end]
    return Unit(words[0], words[-1], [actors.maker.nominal(phrase, None)], "nominal", "ORG")


def _in_timex(doc: Document, offset: int) -> bool:
    return any(t.start <= offset < t.end for t in doc.timexes)


def _speaker(actors: ActorIndex, k: int, i: int, j: int, continuation: bool, plural: bool = False) -> Unit | None:
    """The explicit speaker of a verb cue: right after it (VSO) or right before it (SVO); a plural
    verb (اتهموا، طالبوا) has none after it, where its object stands."""
    toks = actors.doc.tokens
    kana = actors.kana_subject(k, i)
    if kana is not None:
        return kana
    issuer = _issued_by(actors, k, j)
    if issuer is not None:
        return issuer
    if _pronoun_particle(actors.doc, k, i):
        return None
    after = None if plural else _unit_after(actors, k, j + 1, 6)
    if after is not None and any(after.first <= t <= after.last for t in actors.told_outlets):
        after = None  # أفاد مصدر أمني وكالة تونس إفريقيا للأنباء بأن: the outlet informed, not the speaker
    before = _unit_before(actors, k, i, 3)
    # Right before, with nothing or قد between (روسيا نفت، روسيا قد اتهمت); not across a comma.
    adjacent = before is not None and all(toks[x].norm in ("قد", "فقد", "لقد") for x in range(before.last + 1, k))
    if before is not None and not adjacent and before.label == "PER" and before.last + 2 == k \
            and toks[k - 1].norm in COMMAS and not _conjoined(actors.doc, k):
        adjacent = True  # زعيم الحزب … صلاح الدين دمرتاش، دعا أمس الحكومة التركية: the name before the comma
    waw = _conjoined(actors.doc, k)
    if after is not None and (waw or not adjacent):
        return after
    if adjacent and not (waw and before.label == "LOC"):
        # (شوارع اللاذقية وطالبوا، هجمات … في الكاميرون ووصفتها: the place ending the clause before a و-verb
        # is no subject of it)
        return _head_of_coordination(actors, before)
    if after is not None:
        return after
    if continuation or waw:
        return None
    described = _described_before(actors, k, i)
    if described is not None:
        return described
    far = _unit_before(actors, k, i, 10)
    return far if far is not None and far.label in ("PER", "ORG") and far.kind != "country" else None


# How long a relative clause set off before its subject's verb may be (لوريمان الذي التقط الصورة، قال).
RELATIVE_CLAUSE_REACH = 10


def _described_before(actors: ActorIndex, k: int, i: int) -> Unit | None:
    """The subject a relative clause set off by a comma describes, right before the verb: ``إلا أن لوريمان الذي
    التقط الصورة، قال إن …`` (Lorriman speaks, not what the clause names)."""
    toks = actors.doc.tokens
    if k - 1 <= i or toks[k - 1].norm not in COMMAS:
        return None
    for x in range(k - 2, max(i, k - 2 - RELATIVE_CLAUSE_REACH), -1):
        norm = toks[x].norm
        if norm in COMMAS or norm in _THAT_F or norm in _BREAKS:
            return None
        if norm in _RELATIVE and norm not in _NO_ANTECEDENT:
            u = actors.unit_at.get(x - 1)
            return u if u is not None and u.last == x - 1 and u.label in ("PER", "ORG") and u.kind != "country" \
                and not actors.oblique(u) else None
    return None


def _issued_by(actors: ActorIndex, k: int, j: int) -> Unit | None:
    """The body a statement after the cue was issued by: وأضاف التقرير الصادر عن شركة آسيا كابيتال أن …،
    وقال البيان الصادر عن الوزارة إن … (the report or statement speaks for its issuer)."""
    toks = actors.doc.tokens
    if k + 4 > j or bare_stem(actors.doc, toks[k + 1]) not in _DOCUMENTS or bare_stem(actors.doc, toks[k + 2]) \
            not in ISSUED or toks[k + 3].norm != "عن":
        return None
    for x in range(k + 4, min(j, k + 6) + 1):
        u = actors.unit_at.get(x)
        if u is not None and u.first == x and u.kind != "country":
            return u
    return None


def _text_issuer(actors: ActorIndex, x: int, j: int) -> Unit | None:
    """The issuer named after the text at ``x`` (بيان الوزارة، بيان نشرته وكالة …، الصفحة الرسمية لمجلس نواب
    الشعب), before what it says begins (أن، :); None when none is named."""
    toks = actors.doc.tokens
    for y in range(x + 1, min(j, x + 10) + 1):
        if toks[y].norm in _THAT_F or toks[y].norm in (":", "«", '"'):
            return None
        u = actors.unit_at.get(y)
        if u is not None and u.first == y and u.kind != "country":
            return u
    return None


# Documents that speak for the body that issued them (الصادر عن: ISSUED).
_DOCUMENTS = frozenset(fold(w) for w in "تقرير بيان بلاغ دراسة وثيقة مذكرة رسالة".split())
# Texts what is said "comes in" (جاء في بيان، ورد في تقرير، جاء في الصفحة الرسمية لمجلس نواب الشعب).
_ISSUED_TEXTS = _DOCUMENTS | frozenset(fold(w) for w in "صفحة موقع نص تدوينة تغريدة كلمة خطاب".split())


def _one_person(doc: Document, ids: list[str]) -> bool:
    """True when a speaker is a single person (no body or group speaking through them)."""
    ent = doc.entity(ids[0])
    return ent is not None and ent.type == "PER"


def _pronoun_particle(doc: Document, k: int, i: int) -> bool:
    """True when a particle carrying the subject pronoun stands right before cue ``k`` (لكنه أكد،
    إلا أنها أوضحت): the subject is the one already speaking, not an actor named around it."""
    return k > i and doc.tokens[k - 1].norm in PRONOUN_PARTICLES


def _dual_speaker(actors: ActorIndex, k: int, j: int) -> Unit | None:
    """The nominative dual right after cue ``k`` that takes up two parties just named (واشار الطرفان،
    قالت الشركتان، ونبهت الوزارتان), as a joint speaker of its own."""
    doc, toks = actors.doc, actors.doc.tokens
    if k + 1 > j or token_stem(doc, toks[k + 1]) not in DUAL_PARTIES:
        return None
    tok = toks[k + 1]
    eid = actors.maker.nominal(doc.text[tok.base_start:tok.end], None)
    ent = doc.entity(eid)
    if ent is not None and not ent.aliases:
        # the two parties named last before it (التقى ليون جينتيلوني … وجدد الجانبان الدعوة): their names are the
        # joint speaker's aliases, so it is known who the two sides are
        for party in _last_two_parties(actors, k):
            for e in party.ids:
                for n in (named.name, named.name_ar) if (named := doc.entity(e)) is not None else ():
                    if n and n not in ent.aliases:
                        ent.aliases.append(n)
    return Unit(k + 1, k + 1, [eid], "nominal", "ORG", tok.base_start)


def _last_two_parties(actors: ActorIndex, k: int) -> list[Unit]:
    """The two distinct actors named last before token ``k``, in its sentence or the one before (not places
    where something happens), or none when fewer are named."""
    doc = actors.doc
    si = doc.sentence_index(doc.tokens[k].start)
    start = doc.sentences[max(0, si - 1)].start if si is not None else 0
    first, _ = actors.token_range(start, doc.tokens[k].start)
    parties: list[Unit] = []
    for u in reversed(actors.in_range(first, k - 1)):
        if actors.locative(u) or u.kind == "country" or any(set(u.ids) & set(p.ids) for p in parties):
            continue
        parties.append(u)
        if len(parties) == 2:
            return parties
    return []


_KAMA = fold("كما")
# Adjectives that stress a verb's own noun after it (نفى نفيا قاطعا، أكد تأكيدا جازما), and how far it may follow.
_STRESSING = frozenset(fold(w) for w in "قاطعا شديدا تاما مطلقا جازما صريحا واضحا حازما".split())
COGNATE_REACH = 8


def _conjoined(doc: Document, k: int) -> bool:
    """True when cue ``k`` carries و/ف, split off by the tokenizer or not (وقال is a frequent word)."""
    tok = doc.tokens[k]
    if tok.norm[:1] not in ("و", "ف"):
        return False
    lex = cue_lexicon()
    return tok.base_start > tok.start or (tok.norm not in lex and tok.norm[1:] in lex)


def _head_of_coordination(actors: ActorIndex, u: Unit) -> Unit:
    """The first of coordinated actors (الحوثيين وحزب المؤتمر → الحوثيين)."""
    while True:
        if not actors.proclitics(u).startswith("و"):
            return u
        prev = actors.unit_at.get(u.first - 1)
        if prev is None or prev is u:
            return u
        u = prev


_AFTER_DROPPED_SUBJECT = frozenset(fold(w) for w in (
    "خلال أمس اليوم أيضا كذلك بدوره بدورها قائلا قائلة مضيفا مضيفة في على إلى الى عن من ل ب "
    # whom one speaks to, as a pronoun (وقال لهم: …، وأكد له أن …)
    "له لها لهم لهما لنا لي"
).split())


def _sentence_subject(actors: ActorIndex, i: int, k: int, person: bool = True) -> Unit | None:
    """The first named person of the sentence before token ``k`` that no preposition governs, else
    an institution right after the sentence's first verb (وعلقت صحيفة "هافنجتون بوست" …، فقالت);
    without ``person``, only the institution (the subject of a plural participle)."""
    toks = actors.doc.tokens
    for u in actors.units if person else ():
        if i <= u.first < k and u.label == "PER" and u.first not in actors.excluded and not actors.oblique(u) \
                and not (u.first > i + 1 and toks[u.first - 1].norm in PERSON_POSTS
                         and toks[u.first - 2].norm in PREPOSITIONS):
            # (رسالة إلى رئيس [الحكومة يوسف الشاهد]: the post after the preposition is the one addressed)
            return u
    for u in actors.units:
        if i + 1 <= u.first <= i + 3 and u.first < k and u.label == "ORG" and u.first not in actors.excluded \
                and not actors.oblique(u):
            return u
    return None


# A pronoun right after a cue that takes up the statement or meeting just named (بيانا أكد فيه، لقاء أكد خلاله).
RESUMPTIVE = frozenset(fold(w) for w in "فيه فيها خلاله خلالها".split())


def _issuer(actors: ActorIndex, i: int, k: int) -> Unit | None:
    """The subject of the sentence before cue ``k``, who issued the statement the cue's resumptive
    pronoun takes up: its first named person or the institution after its first verb, else its first
    actor no preposition governs."""
    toks = actors.doc.tokens
    plural = toks[k].norm.endswith(("وا", "ون"))
    for x in range(i + 2, k):
        if toks[x - 1].norm == "قد":  # وكان شباب المحافظة قد أصدروا بيانا أعلنوا فيه
            kana = actors.kana_subject(x, i) or _kana_phrase(actors, x - 1, i)
            if kana is not None:
                return kana
    subject = _sentence_subject(actors, i, k)
    if subject is None:
        # أصدرت الخارجية الأردنية بيانا: the actor right after the sentence's first verb
        subject = next((u for u in actors.units if i + 1 <= u.first <= i + 3 and u.last < k and u.kind != "country"
                        and u.first not in actors.excluded and not actors.oblique(u)), None)
    if subject is None and i + 1 < k and has_article(actors.doc, toks[i + 1]) and actors.is_head(i + 1):
        # وأصدرت اللجنة بيانا أكدت فيه …: the body named in full before, by its head word (the latest one)
        earlier = [u for u, _ in _described_earlier(actors, i + 1, {bare_stem(actors.doc, toks[i + 1])}, ("ORG",))
                   if u.kind != "country"]
        if earlier:
            subject = Unit(i + 1, i + 1, list(earlier[-1].ids), "nominal", "ORG", toks[i + 1].base_start)
    # خطابات تلقاها الأمين العام … من الضيوف، أعربوا فيها: a plural verb is no one person's
    return None if subject is None or plural and subject.label == "PER" else subject


def _previous_subject(actors: ActorIndex, sent) -> Unit | None:
    """The person a sentence is about: its subject (``_sentence_subject``), when one person."""
    pi, pj = actors.token_range(sent.start, sent.end)
    if pi > pj:
        return None
    subject = _sentence_subject(actors, pi, pj + 1)
    return subject if subject is not None and subject.label == "PER" else None


def _kana_phrase(actors: ActorIndex, qad: int, i: int) -> Unit | None:
    """The unnamed subject of ``وكان X قد`` (a few words that name no actor: شباب المحافظة), ``qad`` the
    index of قد, as a phrase of its own."""
    toks = actors.doc.tokens
    for x in range(qad - 1, max(i, qad - 5) - 1, -1):
        if is_kana(token_stem(actors.doc, toks[x])):
            return _nominal_between(actors, x + 1, qad) if x + 1 < qad else None
        if not toks[x].norm[:1].isalpha():
            return None
    return None


def _after_noun(doc: Document, k: int, i: int) -> bool:
    """True when a continuation cue ``k`` without و/ف stands right after a word that opens no clause
    (نتائج سبر الآراء تشير إلى، ثم تتابع الحالات، خيار يزيد من): that word's noun is its subject, and
    no speaker goes on."""
    if k == i or _conjoined(doc, k):
        return False
    prev = doc.tokens[k - 1]
    return prev.norm[:1].isalpha() and prev.norm not in _OPENERS and prev.norm not in PRONOUN_PARTICLES \
        and prev.norm not in _THAT_F


def _coordinated_actor(actors: ActorIndex, k: int) -> bool:
    """True when an actor and a و-phrase joined to it end right before ``k`` (الحوثيين وحزب المؤتمر
    يؤكدون): the subject is the actor, however the phrase after it was tagged."""
    toks = actors.doc.tokens
    for x in range(k - 1, max(-1, k - 4), -1):
        if toks[x].norm[:1] == "و" and x - 1 in actors.unit_at:
            return True
        if not toks[x].norm[:1].isalpha() or x in actors.unit_at:
            return False
    return False


# Heads of an unnamed definite speaker beyond the actor heads: المحامي، الجاني، الباحثون، الطبيب الشرعي.
_SPEAKER_NOUNS = AGENT_HEADS | frozenset(fold(w) for w in (
    "محامي محامية جاني باحثون باحثين مصابون طبيب مدرب ملحق مشرف منسق منسقة مرصد "
    # a deanship, a university's office that announces (واشترطت العمادة للقبول أن …)
    "عمادة"
).split())


def _definite_subject(actors: ActorIndex, first: int, j: int) -> Unit | None:
    """A definite noun of a speaker right after a cue (الشرطة، المحامي، الباحثون بالمعهد, up to four
    words before أن, a comma or a preposition) that names no one already: an unnamed actor."""
    doc, toks = actors.doc, actors.doc.tokens
    tok = toks[first]
    if first in actors.unit_at or not has_article(doc, tok) or tok.base_start > tok.start \
            or bare_stem(doc, tok) not in _SPEAKER_NOUNS or bare_stem(doc, tok) in PEOPLE_NOUNS or tok.norm in BARE_GROUPS or tok.norm in ANONYMOUS_SOURCES \
            or tok.norm in LAST_SPEAKER_WORDS:
        return None
    last = first
    for x in range(first + 1, min(j + 1, first + 4, len(toks))):
        t = toks[x]
        if x in actors.unit_at or not t.norm[:1].isalpha() or t.norm in _STOP_AFTER or t.norm in _THAT_F \
                or token_stem(doc, t) in _STOP_AFTER or _in_timex(doc, t.start) or t.norm in _AFTER_DROPPED_SUBJECT:
            break
        stem = bare_stem(doc, t)
        prep = t.base_start > t.start
        adjective = adjective_country(stem) is not None or stem.endswith(("ي", "يه", "يون", "يين"))
        if not has_article(doc, t) or t.norm in _RELATIVE or not (adjective and not prep or prep and x == first + 1):
            break  # الباحثون بالمعهد، المسؤولون الروس، الطبيب الشرعي; not وصف المسؤولون الانفجار
        last = x
    phrase = doc.text[tok.base_start:toks[last].end]
    return Unit(first, last, [actors.maker.nominal(phrase, None)], "nominal", "ORG", tok.base_start)


# Verbs of saying that take no object noun, so a noun right after them is their subject (وقال المتحدث باسم
# المجلس إن …، وقالت الأم إن …، وأضاف مصدر ديواني أن …).
SAY_VERBS = frozenset(verb_forms("قال|يقول") | verb_forms("اضاف|يضيف") | verb_forms("صرح|يصرح")
                      | verb_forms("اردف|يردف") | verb_forms("استطرد|يستطرد"))
# Words right after a verb of saying that are no subject: adverbs, pronouns, demonstratives.
_NOT_SUBJECTS = frozenset(fold(w) for w in (
    "مرارا سابقا مجددا مؤخرا آنذاك حينها وقتها لاحقا كذلك أيضا أمس اليوم هو هي هم هذا هذه ذلك تلك إنه "
    "حينئذ بعدها بعد قبل عندها يومها ساعتها عقب إثر فور لدى وهو وهي ما ماذا كيف لماذا لقد قد نحن أنا "
    # particles that open unquoted speech (وقال لن يكون …، قال إذا …)
    "لن لا لم ليس ليست كان كانت إذا لو هناك هنا إنما "
    # quantifiers, a part of some group rather than a speaker (وقال الكثير من …; numbers too: قال تسعة فقط)
    "كل جميع الكثير العديد البعض بعض كثير كثيرون عدد"
).split())
SAID_SUBJECT_WORDS = 4
SAID_THAT_REACH = 14
_BI_ISM = fold("باسم")  # متحدث باسم المجلس: the body a spokesman speaks for


def _is_say_verb(doc: Document, tok) -> bool:
    return any(key in SAY_VERBS for key in cue_keys(doc, tok))


def _no_speaker_word(doc: Document, toks, x: int, j: int) -> bool:
    """True when token ``x`` right after a verb of saying cannot open its subject: a particle, adverb,
    pronoun, time or quantifier; a word with a preposition on it; a bare group, source or medium, which
    make no claim (GUIDELINES.md; sources are left to the issuer search); an indefinite accusative, an
    adverbial participle (وقال مختتما حديثه)."""
    tok = toks[x]
    w = tok.norm
    if tok.base_start > tok.start or not "\u0621" <= w[:1] <= "\u064a" or _in_timex(doc, tok.start):
        return True
    if w in _NOT_SUBJECTS or w in _STOP_AFTER or w in _THAT_F or w in _AFTER_DROPPED_SUBJECT or w in _RELATIVE \
            or w in PRONOUN_PARTICLES or w in PREP_PRONOUNS or w in _SAME or w in LAST_SPEAKER_WORDS \
            or number_value(w) is not None:
        return True
    if w in BARE_GROUPS or w in ANONYMOUS_SOURCES or _bare_group_word(doc, tok) or w in _BARE_MEDIA \
            or w in _MEDIA_WORDS or token_stem(doc, tok) in _SOURCE_WORDS:
        return True
    if w in _PARTITIVES and x + 1 <= j and (token_stem(doc, toks[x + 1]) in _SOURCE_WORDS
                                             or toks[x + 1].norm in ANONYMOUS_SOURCES):
        return True  # أحد المصادر
    return not has_article(doc, tok) and len(w) > 3 and w.endswith("ا")


def _definite_phrase(doc: Document, x: int) -> bool:
    """True when the noun at ``x`` is definite: with ال, or in construct with a definite noun (وزير
    الخارجية); not متحدث باسم المجلس, "a spokesman"."""
    toks = doc.tokens
    return has_article(doc, toks[x]) or x + 1 < len(toks) and has_article(doc, toks[x + 1]) \
        and toks[x + 1].base_start == toks[x + 1].start


def _bare_indefinite(doc: Document, first: int, last: int) -> bool:
    """True for an indefinite head with only adjectives after it (منظمة حقوقية، مسؤول حكومي): no one in
    particular (GUIDELINES.md), unlike متحدث باسم المجلس or إحدى نساء البلدة."""
    toks = doc.tokens
    if has_article(doc, toks[first]):
        return False
    for x in range(first + 1, last + 1):
        stem = bare_stem(doc, toks[x])
        if not (stem.endswith(("ي", "يه", "يون", "يين")) and toks[x].base_start == toks[x].start):
            return False
    return True


def _said_subject(actors: ActorIndex, k: int, j: int) -> Unit | None:
    """The noun phrase right after verb of saying ``k`` when nothing named it (وقال متحدث باسم المجلس في
    بيان إن …، وقالت الأم إن …), only where أن, إن, a colon or a quote follows soon."""
    doc, toks = actors.doc, actors.doc.tokens
    first = k + 1
    if first > j or first in actors.unit_at or not _is_say_verb(doc, toks[k]) \
            or _no_speaker_word(doc, toks, first, j) or lookup_cue(doc, first) is not None:
        return None
    if not any(toks[x].norm in _THAT_F for x in range(first + 1, min(j, first + SAID_THAT_REACH) + 1)):
        return None
    return _unnamed_speaker(actors, first, j)


def _unnamed_speaker(actors: ActorIndex, first: int, j: int) -> Unit | None:
    """The speaker a noun phrase at ``first`` names without a name: up to four words before a
    preposition, a comma, a time or أن. A definite head that describes an actor named earlier is that
    actor (وقالت الشركة: شركة هيربالايف; وفق الإعلامي الليبي: نبيل السكني); an indefinite head with
    adjectives only (منظمة حقوقية) is no one in particular; else an entity named by the phrase."""
    doc, toks = actors.doc, actors.doc.tokens
    last = first
    for x in range(first + 1, min(j + 1, first + SAID_SUBJECT_WORDS)):
        t = toks[x]
        if not (t.norm == _BI_ISM and x == first + 1) and (
                x in actors.unit_at or not t.norm[:1].isalpha() or t.norm in _STOP_AFTER or t.norm in _THAT_F
                or t.base_start > t.start or _in_timex(doc, t.start) or t.norm in _AFTER_DROPPED_SUBJECT
                or t.norm in _RELATIVE or t.norm in _NOT_SUBJECTS or number_value(t.norm) is not None):
            break
        last = x
    tok = toks[first]
    body = actors.unit_at.get(last + 2) if last + 2 <= j and toks[last + 1].norm in _OF_A_BODY else None
    if body is not None and body.first == last + 2 and body.label == "ORG" and body.kind != "country" \
            and not has_article(doc, tok):
        # وقال جنرال في القوات الجوية الأفغانية إن …: one tied to a named body speaks (GUIDELINES.md: مسؤول من
        # حركة حماس), named by the whole phrase
        phrase = doc.text[tok.base_start:toks[body.last].end]
        label = "PER" if bare_stem(doc, tok) not in _INSTITUTION_NOUNS else "ORG"
        return Unit(first, body.last, [actors.maker.nominal(phrase, None, label)], "nominal", label, tok.base_start)
    if _bare_indefinite(doc, first, last):
        return None
    head = bare_stem(doc, tok)
    if has_article(doc, tok) and (earlier := _actor_described(actors, first, last, {head})) is not None:
        return earlier
    label = "PER" if head in PEOPLE_NOUNS or head in KIN or head in PERSON_POSTS else "ORG"
    phrase = doc.text[tok.base_start:toks[last].end]
    return Unit(first, last, [actors.maker.nominal(phrase, None, label)], "nominal", label, tok.base_start)


# The prepositions that tie an unnamed speaker to the body it is of (جنرال في القوات الجوية، مسؤول من حماس).
_OF_A_BODY = frozenset(fold(w) for w in "في من".split())
# Officials named by their post in a body, not by name (مسؤول كبير في الإدارة، دبلوماسي في السفارة).
_OFFICIALS = frozenset(fold(w) for w in "مسؤول مسؤولة دبلوماسي ضابط قيادي موظف عضو".split())


# Heads of a body or outlet named by the words after them (صحيفة آفي، قوة المهام المشتركة، جريدة الصباح).
_INSTITUTION_NOUNS = OUTLET_HEADS | frozenset(fold(w) for w in (
    "شبكة قوة منظمة هيئة لجنة مركز مرصد جمعية مؤسسة شركة"
).split())


def _named_institution(actors: ActorIndex, first: int, j: int) -> Unit | None:
    """An indefinite body or outlet head right after a cue with the name the tagger missed after it
    (وذكرت صحيفة آفي المقربة من الحكومة، وقالت قوة المهام المشتركة في بيان): the head and up to four words,
    before أن, a comma, a preposition or a time; not a head with adjectives only (منظمة حقوقية)."""
    doc, toks = actors.doc, actors.doc.tokens
    tok = toks[first]
    if first in actors.unit_at or tok.base_start > tok.start or has_article(doc, tok) \
            or bare_stem(doc, tok) not in _INSTITUTION_NOUNS:
        return None
    last = first
    for x in range(first + 1, min(j + 1, first + 5)):
        t = toks[x]
        if x in actors.unit_at or not t.norm[:1].isalpha() or t.norm in _THAT_F or t.norm in _STOP_AFTER \
                or token_stem(doc, t) in _STOP_AFTER or t.base_start > t.start or _in_timex(doc, t.start) \
                or t.norm in _AFTER_DROPPED_SUBJECT or t.norm in _RELATIVE:
            break
        last = x
    if last == first:
        return None
    # an adjective agrees with the head (منظمة حقوقية، مركز بحثي); صحيفة آفي names the outlet
    nxt, feminine = bare_stem(doc, toks[first + 1]), bare_stem(doc, tok).endswith("ه")
    if nxt.endswith("يه") or nxt.endswith("ي") and not feminine:
        return None
    phrase = doc.text[tok.base_start:toks[last].end]
    return Unit(first, last, [actors.maker.nominal(phrase, None)], "nominal", "ORG", tok.base_start)


def _inside_content(doc: Document, outer: Cue, inner: Cue) -> bool:
    """True when cue ``inner`` stands in what cue ``outer`` reports: an أن/إن or a colon between them and no
    clause break (فيما، بينما، لكن)."""
    toks = doc.tokens
    between = range(outer.last + 1, inner.first)
    return any(toks[x].norm in _THAT_F for x in between) and not any(toks[x].norm in _BREAKS for x in between)


def _silent(doc: Document, cue: Cue, sent_cues: list[Cue], j: int) -> bool:
    """True for a speakerless cue that names no unnamed speaker either: one with its subject dropped
    (أكد خلاله أنه …، كما بين أن …) or one inside what an earlier speaker of the sentence says (وأكد
    أردوغان أن التعاون «يكتسي أهمية»، محذرا). A participle after it goes on with the sentence's speaker;
    after وكشفت مراجع عراقية … مؤكدة (an unnamed speaker) it makes no claim."""
    if cue.speaker:
        return False
    return _pronoun_subject(doc, cue.first, j) or any(c.speaker and c.first < cue.first for c in sent_cues)


def _pronoun_subject(doc: Document, k: int, j: int) -> bool:
    """True when nothing names a subject right after cue ``k`` (وأضاف أن …، وتابع في تصريح …),
    so the previous speaker goes on; ``وقالت المراجع`` names one, even if it is no actor."""
    if k + 1 > j:
        return True
    tok = doc.tokens[k + 1]
    w = tok.norm
    if w in _THAT_F or w in _QUOTES or w in (":", "،", ",", ".") or w in _AFTER_DROPPED_SUBJECT:
        return True
    if token_stem(doc, tok) in _AFTER_DROPPED_SUBJECT or tok.base_start > tok.start:
        return True  # بتصريحات، لوكالة …: a prepositional phrase
    if len(w) >= 5 and w[0] == "م" and w.endswith("ا") and w[-2] not in "هن" and tok.stem_start == tok.base_start:
        return True  # وقال مختتما حديثه، وأضاف مستطردا: an adverbial participle, the subject dropped (not محدثنا، مسؤولوها)
    return any(t.start <= tok.start < t.end for t in doc.timexes)


def _object_noun_after(actors: ActorIndex, k: int, j: int) -> bool:
    """True when the word right after cue ``k`` is what is said, not who says it: a noun that heads no actor and
    takes a pronoun or a genitive with the article (وأكد حدوث التفجير، وناشد أطراف النزاع، وأكد احترامهم
    اختيارات التونسيين): the subject is dropped and the one speaking goes on."""
    doc, toks = actors.doc, actors.doc.tokens
    x = k + 1
    if x > j or x in actors.unit_at or not toks[x].norm[:1].isalpha() or toks[x].base_start > toks[x].start:
        return False
    stem = bare_stem(doc, toks[x])
    if stem in _SPEAKER_NOUNS or stem in KIN or toks[x].norm in BARE_GROUPS or toks[x].norm in ANONYMOUS_SOURCES \
            or stem in _SOURCE_WORDS or toks[x].norm in LAST_SPEAKER_WORDS or toks[x].norm in _NOT_SUBJECTS \
            or fold(doc.text[toks[x].stem_start:toks[x].stem_end]) in _PARTITIVES or definite(doc, toks[x]):
        return False  # (وكشفت الأحداث، ويؤكد التقرير، وأكد أحد الأعضاء: a definite noun or a part names the subject)
    suffixed = toks[x].stem_end < toks[x].end
    construct = x + 1 <= j and definite(doc, toks[x + 1]) and (x + 1) not in actors.unit_at
    return suffixed or construct


# Honorifics standing for a person already named (قال معاليه إن …).
HONORIFIC_PRONOUNS = frozenset(fold(w) for w in (
    "معاليه معاليها سموه سموها فخامته فخامتها سيادته سيادتها جلالته فضيلته سماحته سعادته سعادتها"
).split())
# A statement taken up as the subject of a reporting verb (وأضاف البيان): its issuer, the last speaker, speaks.
STATEMENT_NOUNS = frozenset(fold(w) for w in "البيان البلاغ الرسالة التوصيات".split())
# Nominative duals that take up two parties just named (واشار الطرفان، قالت الشركتان): a joint speaker.
# The -ين forms (بين البلدين) are objects and genitives far more often than subjects.
DUAL_PARTIES = frozenset(fold(w) for w in (
    "الطرفان الجانبان البلدان الدولتان الحكومتان الوزارتان الشركتان المنظمتان الحزبان الحركتان"
).split())
# Subjects that stand for the last speaker.
LAST_SPEAKER_WORDS = HONORIFIC_PRONOUNS | STATEMENT_NOUNS


_SAME = frozenset(fold(w) for w in ("نفس", "ذات"))
_ITSELF = frozenset(fold(w) for w in ("نفسه", "ذاته", "نفسها", "ذاتها"))


# What an attribution cites when it names the text already reporting (وفق نص البيان، حسب البلاغ.).
_NASS, _MA = fold("نص"), fold("ما")
_STATEMENTS = frozenset(fold(w) for w in "بيان بلاغ".split())


def _same_text(doc: Document, k: int, j: int) -> bool:
    """True when the attribution at ``k`` cites "the text" or "the same source" rather than naming one
    (وفق نص البيان، حسب ذات البلاغ، وفق المصدر ذاته، حسب البلاغ.)."""
    toks = doc.tokens
    x = k + 2 if k + 1 <= j and toks[k + 1].norm == _MA else k + 1
    if x > j:
        return False
    return toks[x].norm == _NASS or _same_source(doc, x) or (
        has_article(doc, toks[x]) and bare_stem(doc, toks[x]) in _STATEMENTS
        and (x == j or not toks[x + 1].norm[:1].isalpha()))


def _same_source(doc: Document, x: int) -> bool:
    """True when tokens ``x, x+1`` say "the same one": ``نفس المصدر``، ``ذات الجهة``، ``المصدر ذاته``."""
    toks = doc.tokens
    if x + 1 >= len(toks):
        return False
    if toks[x].norm in _SAME and toks[x].base_start == toks[x].start:
        return has_article(doc, toks[x + 1])
    return has_article(doc, toks[x]) and toks[x + 1].norm in _ITSELF


def _anaphor(doc: Document, tok, earlier: list[Cue]) -> list[str] | None:
    """A definite title after the cue (المصدر، المبعوث) refers to the latest speaker it names."""
    word = fold(doc.text[tok.stem_start:tok.end])
    if not has_article(doc, tok) or word not in AGENT_HEADS:
        return None
    for c in reversed(earlier):
        for eid in c.speaker or ():
            ent = doc.entity(eid)
            if ent is not None and any(word in fold(n or "") for n in (ent.name_ar, ent.name)):
                return c.speaker
    return None


TITLE_ANAPHOR_REACH = 600

# A programme's or a broadcast's guest (ضيف "بوليتيكا"، ضيفة البرنامج).
_PROGRAMME_GUEST = frozenset(fold(w) for w in "ضيف ضيفة".split())


def _person_spoken_last(doc: Document, earlier: list[Cue]) -> list[str] | None:
    """The speaker of the latest earlier cue who is one person, else None."""
    for c in reversed(earlier):
        if c.speaker and _one_person(doc, c.speaker):
            return list(c.speaker)
    return None


def _title_anaphor(actors: ActorIndex, k: int) -> list[str] | None:
    """A title phrase after the cue that describes an actor named earlier is that actor again:
    ``أكد وزير الخارجية أن`` (the minister named with that title), ``وقالت الوكالة`` (وكالة الأناضول),
    ``وتحدث الوزير الألماني`` (وزير الخارجية الألماني فرانك شتاينماير)."""
    doc, toks = actors.doc, actors.doc.tokens
    if k in actors.unit_at or not actors.is_head(k):
        return None
    words: list[str] = []
    x = k
    while x < len(toks) and len(words) < 3 and x not in actors.unit_at and toks[x].norm[:1].isalpha() \
            and toks[x].norm not in _THAT_F and toks[x].norm not in _STOP_AFTER and toks[x].base_start == toks[x].start:
        words.append(bare_stem(doc, toks[x]))
        x += 1
    definite = has_article(doc, toks[k])
    if not words or (len(words) == 1 and not definite):
        return None  # a bare indefinite title (وزير) is "a minister", no one named before
    wanted = set(words)
    clean: list[Unit] = []
    other: list[Unit] = []
    for u, context in _described_earlier(actors, k, wanted, ("PER", "ORG")):
        if u.kind == "country" or any(y >= 0 and to_outlet(doc, y, u.last + 1) for y in range(u.first - 2, u.first + 1)):
            continue  # واكد مصدر محلي لوكالة فرانس برس … واشار المصدر: the outlet told is not the source
        # وزير الخارجية الألماني is not the bare وزير الخارجية of the article's own country
        extra = [w for w in context if w not in wanted and adjective_country(w) is not None]
        (other if extra else clean).append(u)
    if clean:
        # وأوضحت الهيئة: هيئة الإعجاز العلمي, headed by the word, over اللجنة النسائية للهيئة, which names it
        headed = [u for u in clean if bare_stem(doc, toks[u.first]) == words[0]]
        return list((headed or clean)[-1].ids)
    if other and all(u is other[0] for u in other):
        return list(other[0].ids)
    return None


# Singular titles of one official, who in a news report is most often the one already speaking
# (وقال الوزير، وأوضح المصدر، وتحدث المبعوث الدولي): a person's titles and a few more.
_REFERRING_TITLES = PERSON_TITLES | frozenset(fold(w) for w in "مبعوث مصدر مسؤول مندوبة ملحق مشرف منسق منسقة".split())


def _person_behind_title(actors: ActorIndex, u: Unit) -> Unit | None:
    """The person an earlier actor named with all the words of title unit ``u`` (a leader's
    title followed by an organisation): ``رئيس كتلة النهضة`` → نور الدين البحيري."""
    doc, toks = actors.doc, actors.doc.tokens
    first = u.first
    if bare_stem(doc, toks[first]) not in PERSON_TITLES:
        if first == 0 or first - 1 in actors.unit_at or bare_stem(doc, toks[first - 1]) not in PERSON_TITLES:
            return None
        first -= 1  # رئيس + the unit كتلة النهضة
    wanted = {bare_stem(doc, toks[x]) for x in range(first, u.last + 1) if toks[x].norm[:1].isalpha()}
    found = list(_described_earlier(actors, u.first, wanted, ("PER",)))
    # وزير الخارجية عادل الجبير … وزير الخارجية الإيطالي باولو جينتيلوني … وقال وزير الخارجية: one introduced with a
    # nationality the title now lacks is another country's; the one without it is meant
    plain = [v for v, context in found if not any(w not in wanted and adjective_country(w) is not None for w in context)]
    found = plain or [v for v, _ in found]
    return found[-1] if found else None


def _described_earlier(actors: ActorIndex, k: int, wanted: set[str], labels: tuple[str, ...]):
    """(unit, its words) for each actor of ``labels`` named before token ``k`` whose words, or the three
    before it, include all of ``wanted`` (folded stems). Only the last ``TITLE_ANAPHOR_REACH`` tokens are
    looked at: a title refers back to a recent actor, and a scan of every unit per cue would be
    quadratic on a long text."""
    doc, toks = actors.doc, actors.doc.tokens
    lo = bisect.bisect_left(actors.unit_firsts, k - TITLE_ANAPHOR_REACH)
    hi = bisect.bisect_left(actors.unit_firsts, k)
    for u in actors.units[lo:hi]:
        if u.label not in labels:
            continue
        context = [bare_stem(doc, toks[y]) for y in range(max(0, u.first - 3), u.last + 1)]
        if wanted <= set(context):
            yield u, context


BARE_GROUPS = frozenset(fold(w) for w in (
    "النشطاء نشطاء الناشطون الناشطين المتظاهرون المتظاهرين متظاهرون المحتجون المحتجين محتجون الشباب الأهالي "
    "أهالي المسلحون المسلحين مسلحون المعتصمون المعتصمين"
).split())


_BARE_GROUP_STEMS = frozenset(w.removeprefix("ال") for w in BARE_GROUPS)


# Bare sources (GUIDELINES.md, Claims: مصادر أمريكية make no claim, مصدر عسكري أردني does): مصادر، مراجع.
ANONYMOUS_SOURCES = frozenset(fold(w) for w in "مصادر المصادر مراجع المراجع".split())


_OFFICIAL = frozenset(fold(w) for w in "رسمية الرسمية حكومية الحكومية رسميه حكوميه رسمي حكومي".split())


def _anonymous_sources(doc: Document, u: Unit) -> bool:
    """True for a speaker phrase of مصادر and adjectives only (مصادر صحفية يمنية، مصادر أمريكية): it
    names no institution. Sources of a named body (مصادر المقاومة) or official ones (مصادر رسمية
    تركية, tied to a government) speak for it."""
    toks = doc.tokens
    first = u.first + 1 if toks[u.first].norm in _PARTITIVES and u.last > u.first else u.first  # بعض وسائل الإعلام
    if u.kind not in ("nominal", "collective") or toks[first].norm not in ANONYMOUS_SOURCES | _BARE_MEDIA:
        return False
    rest = [toks[x].norm for x in range(first + 1, u.last + 1) if toks[x].norm not in _MEDIA_WORDS]
    return all(w.endswith(("يه", "ي", "يين", "يون")) and w not in _OFFICIAL for w in rest)


# An unnamed source as a verb's subject (أعلن مصدر مطلع، أكدت مصادر من الشرطة; المصدر goes on with one named before).
_SOURCE_WORDS = frozenset(fold(w) for w in "مصدر مصادر".split())


def _body_of_source(actors: ActorIndex, x: int, j: int) -> Unit | None:
    """The body a source at ``x`` belongs to: its genitive (مصادر المقاومة), or past its adjectives the body
    after من/في or بـ (مصدر مطلع بنادي الهلال، مصادر من الشرطة، مصدر في قيادة عمليات الأنبار); None when it
    names none (مصادر عسكرية، مصادر موثوقة)."""
    doc, toks = actors.doc, actors.doc.tokens
    linked = False
    body_from = None  # the first word of an unnamed body after في/من (قيادة عمليات الأنبار)
    for y in range(x + 1, min(j, x + 5) + 1):
        proclitic = doc.text[toks[y].start:toks[y].base_start]
        u = actors.unit_at.get(y)
        if u is not None:
            construct = y == x + 1 and not proclitic
            if u.first == y and u.label == "LOC" and u.kind == "mention" and body_from is not None:
                # مصدر في قيادة عمليات الأنبار: the body the place names, not the place
                phrase = doc.text[toks[body_from].base_start:toks[u.last].end]
                return Unit(body_from, u.last, [actors.maker.nominal(phrase, None)], "nominal", "ORG",
                            toks[body_from].base_start)
            return u if u.first == y and u.kind != "country" and (construct or linked or proclitic.endswith("ب")) \
                else None
        if toks[y].norm in ("من", "في") or proclitic.endswith("ب"):
            linked = True
            if proclitic.endswith("ب") and toks[y].norm[:1].isalpha() and body_from is None and len(toks[y].norm) > 2:
                body_from = y
        elif linked and body_from is None and toks[y].norm[:1].isalpha() and not proclitic:
            body_from = y
        elif not toks[y].norm[:1].isalpha() or proclitic:
            return None
    return None


# Bare media (GUIDELINES.md: تقارير إعلامية، صحف إسرائيلية make no claim): وسائل إعلام تركية.
_BARE_MEDIA = frozenset(fold(w) for w in "وسائل صحف تقارير صحافة الصحافة".split())
_MEDIA_WORDS = frozenset(fold(w) for w in "إعلام الإعلام اعلام الاعلام".split())


# Broken plurals of peoples (متظاهرون أتراك), which adjective_country does not inflect: event_actors'
# GROUP_PLURALS, with and without the article, and the foreigners.
_NATIONALITY_PLURALS = frozenset(p for w in [*GROUP_PLURALS, fold("أجانب")] for p in (w, "ال" + w))


def _bare_group(doc: Document, u: Unit) -> bool:
    """True for an unnamed plural group of people (النشطاء، المحتجون، متظاهرون أتراك), which speaks for
    no one named: its head with nothing but nationality adjectives after it."""
    toks = doc.tokens
    if fold(doc.text[toks[u.first].base_start:toks[u.last].end]) in BARE_GROUPS:
        return True
    if bare_stem(doc, toks[u.first]) not in _BARE_GROUP_STEMS:
        return False
    return all(toks[x].norm in _NATIONALITY_PLURALS or adjective_country(bare_stem(doc, toks[x])) is not None
               for x in range(u.first + 1, u.last + 1))


def _bare_group_word(doc: Document, tok) -> bool:
    """True for a definite bare group noun (المحتجون، النشطاء، الأهالي), a whole unnamed subject."""
    return has_article(doc, tok) and bare_stem(doc, tok) in _BARE_GROUP_STEMS


def _reported_subject(actors: ActorIndex, start: int, k: int) -> Unit | None:
    """A named person right after إن/أن (or its quote) between ``start`` and ``k``: the subject of
    the reported clause, whom a following و-verb continues."""
    toks = actors.doc.tokens
    for x in range(start, k):
        if toks[x].norm in _COMPLEMENTISERS or toks[x].norm in ("ان", "بان"):
            y = x + 1
            while y < k and toks[y].norm in _QUOTES:
                y += 1
            u = actors.unit_at.get(y)
            if u is not None and u.first == y and u.label == "PER" and u.last < k:
                return u
    return None


def _not_a_cue(doc: Document, actors: ActorIndex, k: int, i: int, j: int, entry: CueEntry) -> bool:
    """Forms of cue verbs that report nothing here: a relative clause with no named antecedent
    (مما بات يهدد), an impersonal passive (ويذكر أن، يشار إلى), بين with no أن after it …"""
    toks = doc.tokens
    if not entry.flags & {"attr", "qawl"} and any(c in "بك" for c in doc.text[toks[k].start:toks[k].base_start]):
        return True  # بكشف الحقائق: no verb takes ب or ك; the cue's verbal noun
    # الذي وصفه، لما وصفته بـ: before a form with an object pronoun the relative is its object, and
    # the verb still reports.
    relative_object = "suffixed" in entry.flags
    if relative_object and _suffixed_noun(doc, k, i):
        return True
    if relative_object and k > i and toks[k - 1].norm in _RELATIVE and toks[k].norm.endswith(("ونه", "ونها", "ونهم", "وه", "وها", "وهم")):
        # للمتشددين الذين يتهمونه، أحد أفراد عائلته الذي يتهمونه بقتل عقيد: "they" accuse, a group the clause names
        # at most, not the one speaking
        return True
    if not relative_object and k - 2 >= i and toks[k - 2].norm in _NO_ANTECEDENT:
        return True
    if not relative_object and k > i and (toks[k - 1].norm in _RELATIVE or token_stem(doc, toks[k - 1]) in _RELATIVE) \
            and not _while(doc, k, i):
        if (toks[k - 1].norm in _NO_ANTECEDENT or _antecedent(actors, k, i) is None) \
                and not _names_own_subject(actors, k) and not _relative_disagrees(doc, k, i) \
                and not _relative_in_statement(actors, k, i, j):
            # (أبوابه التي قالت الشرطة إن …، المسجد الذي قال مسؤولون فلسطينيون إنه …: the cue names its
            # own speaker right after it, and the relative is the object of what is said)
            return True
    # ann: أن/إن/: or a quote must follow; about: عن must follow; with both flags either will do
    # (تحدث الوزير عن مأساة الشعب السوري، تحدث عن أن …).
    # (past a long title, the speaker's name ends the reach: وبين الأمين العام المساعد للاتحاد العام التونسي
    # للشغل، قاسم عفية، أن …)
    reach = max([k + 12] + [u.last + 4 for u in actors.in_range(k + 1, min(j, k + 11))])
    that = "ann" in entry.flags and any(toks[x].norm in _THAT_F for x in range(k + 1, min(j + 1, reach)))
    # جدد تضامنه، وأبدى الحارثي معاناته، جددت التأكيد على: a noun of what one says or feels right
    # after the verb (or its subject) is what it expresses (ann and about alike); not after تابع، زاد
    # (تتابع الموقف "follows the situation", زاد القلق "the worry grew").
    that = that or "cont" not in entry.flags and _stance_noun_after(actors, k, j)
    about = "about" in entry.flags and _about_follows(actors, k, j)
    if entry.flags & {"ann", "about"} and not (that or about):
        return True
    if entry.needs and not any(word_forms(doc, toks[x]) & entry.needs for x in range(k + 2, min(j + 1, reach))):
        return True  # حمّل الشرفي السلطة المسؤولية blames; حمل السلاح، حمل المسؤولية "took it on" do not
    if entry.noobj and any(word_forms(doc, toks[x]) & entry.noobj for x in range(k + 1, min(j + 1, k + 1 + NOOBJ_REACH))):
        return True  # تعهدت فرقة الأبحاث بالبحث في القضية (Tunisian usage): a unit takes charge of a case, no promise
    if "docin" in entry.flags and not (k + 2 <= j and toks[k + 1].norm == "في"
                                      and bare_stem(doc, toks[k + 2]) in _ISSUED_TEXTS):
        return True  # جاء في بيان …، ورد في تقرير …: what a text says; not جاء الرد، جاء ذلك
    if "adj" in entry.flags and not any(toks[x].norm in _THAT_F or toks[x].norm == TO
                                        for x in range(k + 1, min(j + 1, k + 4))):
        return True  # سجلت حضورا لافتا في السوق: the adjective "remarkable", not لافتا إلى أن
    if "part" in entry.flags and k - 1 >= i and (u := actors.unit_at.get(k - 1)) is not None \
            and u.first - 1 >= i and toks[u.first - 1].norm in _THAT_F:
        return True  # إن الحكومة مطالبة بالحوار: the participle is what the statement says of its subject
    if toks[k].norm == "بين" and (_between_pair(actors, k, j) or _bayna_after_word(doc, k, i, j)):
        return True  # بين تونس وليبيا مبينا أن …: the preposition "between", not بيّن "explained"
    if "present" in entry.flags and k > i and k - 1 not in actors.unit_at and _after_noun(doc, k, i) \
            and toks[k - 1].norm not in _RELATIVE and not _coordinated_actor(actors, k):
        return True  # مشروع قرار يطالب، بشعارات تطالب، الموقع يعتبر بمثابة: the noun before is the subject
    if _verb_form(doc, toks[k]) == _MUTALABA and (toks[k].norm != _MUTALABA or k > i and (
            toks[k - 1].norm in _THAT_F or k - 1 in actors.unit_at or lookup_cue(doc, k - 1) is not None)):
        return True  # جدد بسيسو مطالبة الحكومة، إن مطالبة الاتحاد، لمقاضاة ومطالبة: the noun "demand"
    if "qawl" in entry.flags and (toks[k].base_start > toks[k].start or k > i and toks[k - 1].norm in _BEFORE_NOUN):
        return True  # على حد قوله، وفق قوله، في قوله تعالى، وقوله إنه: the noun "his saying", not نقل … عن X قوله
    return toks[k].norm in _IMPERSONAL or token_stem(doc, toks[k]) in _IMPERSONAL or toks[k].norm in _NOT_CUES


# The present of اعتبر and وعد is mostly the passive "is considered" (يعتبر كيتس من أعظم الشعراء، بغداد تعتبر
# أكثر المدن تضررا، ويُعد المشروع واحدا من أكبر): without what the verb reports, no cue.
_CONSIDERED = frozenset(w for w in verb_forms("اعتبر|يعتبر") | verb_forms("وعد|يعد") if w[:1] in "يت")
# What an active يعتبر takes as its object right after it (ويعتبر ما يصدر عن السلطات «محض افتراء»).
_DEMONSTRATIVES = frozenset(fold(w) for w in "ما هذا هذه ذلك تلك هذان هاتان هؤلاء".split())


_ABOUT, _WAY = fold("عن"), fold("طريق")
# How many words after a cue its noobj words are looked for (تعهدت فرقة الأبحاث والتفتيش للحرس الوطني بالبحث).
NOOBJ_REACH = 8
# How many words (not counting names and dates) may stand between عبر/أعرب and its عن: عبر الناطق باسم الاتحاد
# الوطني لنقابات الأمن الداخلي عماد بلحاج خليفة في مداخلة له في برنامج بوليتيكا اليوم الثلاثاء 20 جانفي 2015 عن …
ABOUT_REACH = 16


def _about_follows(actors: ActorIndex, k: int, j: int) -> bool:
    """True when the عن of cue ``k`` follows it (up to ``j``) within ``ABOUT_REACH`` tokens that are neither
    part of a named actor nor of a time expression; عن طريق ("by way of") is none."""
    toks = actors.doc.tokens
    counted, x = 0, k + 1
    while x <= j and counted < ABOUT_REACH:
        if toks[x].norm == _ABOUT and not (x + 1 <= j and toks[x + 1].norm == _WAY):
            return True  # (وذلك عبر موقع فيس بوك … عن طريق الجائزة)
        if x not in actors.timex_tokens and x not in actors.unit_at:
            counted += 1
        x += 1
    return False


def _considered(doc: Document, k: int, j: int, entry: CueEntry) -> bool:
    """True for a present يعتبر/تعتبر with no أن soon after it and no demonstrative object
    (after its subject),
    or a present يعد with no أن right after it and no بـ in the three words after it (ترامب يعد بخفض
    الضرائب promises; يعد من أبرز، يعد خبيرا is "is one of, is considered")."""
    toks = doc.tokens
    if _verb_form(doc, toks[k]) not in _CONSIDERED:
        return False
    after = range(k + 1, min(j, k + 3) + 1)
    if entry.stance == "promise":
        if k + 1 <= j and toks[k + 1].norm in _THAT_F:
            return False  # يعد أن …، يعد بأن …
        return not any("ب" in doc.text[toks[x].start:toks[x].base_start] for x in after)
    if any(toks[x].norm in _DEMONSTRATIVES and toks[x - 1].norm != "من" for x in after):
        return False  # يعتبر المجلس ما يصدر عن …، تعتبر هذا القرار; not يعتبر من أبرز ما
    # the أن of a statement follows the verb and its subject (تعتبر الحكومة التونسية أن); one further on belongs to
    # another clause (بغداد تعتبر أكثر المدن تضررا، حيث … أن)
    return not any(toks[x].norm in _THAT_F or token_stem(doc, toks[x]) in _THAT_F
                   for x in range(k + 1, min(j, k + CONSIDERED_THAT_REACH) + 1))


# How far after a present يعتبر its أن may come: past a subject of a few words.
CONSIDERED_THAT_REACH = 6
_WELCOMED = frozenset(verb_forms("رحب|يرحب"))
# Whom a host welcomes (رحب بالوفد، رحب فيها بالطلبة الموهوبين، رحب بطلابه); a person or a title
# (رحب فيها بالسكرتير الأول) too.
_GUESTS = frozenset(fold(w) for w in "وفد الوفد الضيوف ضيوف الزوار الحضور الطلبة طلاب الطلاب المشاركين الحاضرين".split())


def hosts_welcome(actors: ActorIndex, k: int, j: int) -> bool:
    """True for a host's welcome at token ``k`` (ورحب الأمير بالجريسي، رحب بالوفد الكويتي): a courtesy, no
    statement and no SUPPORT, though who welcomes goes on speaking (مشيدا …); not welcoming a decision (رحب
    باستعداد دول إسلامية), which supports it."""
    doc = actors.doc
    toks = doc.tokens
    if _verb_form(doc, toks[k]) not in _WELCOMED:
        return False
    for x in range(k + 1, min(j, k + WELCOMED_REACH) + 1):
        if "ب" in doc.text[toks[x].start:toks[x].base_start]:
            u = actors.unit_at.get(x)
            return u is not None and u.label == "PER" or actors.is_head(x) or bool(word_forms(doc, toks[x]) & _GUESTS)
    return False


# How far after رحب the بـ of whom or what is welcomed may come (past its subject and فيها).
WELCOMED_REACH = 8
# Forms read as passives right before بـ (اتُّهمت بالقسوة، وُصف بالعالم، متهمة بالقتل): no one speaks.
_ACCUSED = frozenset(fold(w) for w in "اتهم اتهمت وصف وصفت متهما متهمة".split())
# Prepositions before which a bare cue form is its verbal noun (اعترضت على وصف براوكلر، في ذكر).
# Compared unfolded: the name علي folds like على. Not من, which is also "who" (أول من حذر).
_PREPOSITIONS_BEFORE_NOUN = frozenset("على في عن إلى الى مع حول خلال عبر".split())
# مطالبة is the participle "demanding" after a clause (ونددت بالهجوم، مطالبة المجتمع الدولي) and otherwise the
# noun "demand": after a name, a verb or أن, or with a proclitic.
_MUTALABA = fold("مطالبة")


def _verb_form(doc: Document, tok) -> str:
    """A cue token's form without proclitics, also the و/ف the tokenizer kept on (ويعتبر → يعتبر)."""
    stem = token_stem(doc, tok)
    return stem[1:] if stem[:1] in ("و", "ف") and len(stem) > 3 and stem not in cue_lexicon() else stem


_WITHOUT = frozenset(fold(w) for w in "دون بدون ودون".split())
_CLOSING = frozenset(fold(w) for w in "» ”".split())
_INCREASED = frozenset(w for w in verb_forms("زاد|يزيد"))


def _no_statement(doc: Document, k: int, i: int, j: int, entry: CueEntry, speaker: Unit | None) -> bool:
    """True for a cue form that reports no statement here: the first person inside a quotation (نتابع هذا
    المسار، كما أدعو القادة), a cue after دون أن (دون أن يضيف أي تفاصيل), a continuation verb after أن or
    with لـ and nothing said after it (قبل أن يضيف زميله الهدف الثاني، لتضيف بذلك تنوعا), and زاد "increased"
    (زاد عدوانية إيران جرأة) rather than زاد أن/:; a prayer (داعيا المولى أن، README: no claim)."""
    toks = doc.tokens
    form = _verb_form(doc, toks[k])
    if "present" in entry.flags and form[:1] in ("ن", "ا"):
        return True
    before = toks[k - 1].norm if k > i else ""
    if before in _THAT_F and k - 2 >= i and toks[k - 2].norm in _WITHOUT:
        return True
    start = speaker.last + 1 if speaker is not None and speaker.first > k else k + 1
    said = any(toks[x].norm in _THAT_F - _CLOSING or toks[x].norm == ":" for x in range(start, min(j + 1, start + 3)))
    if "cont" in entry.flags and "present" in entry.flags and not said and (
            before in ("ان", "أن") or "ل" in doc.text[toks[k].start:toks[k].base_start] or form != toks[k].norm
            and toks[k].norm.startswith("ل")):
        return True
    if entry.stance == "other" and (_called_on_god(toks, k + 1, j)
                                    or start > k + 1 and _called_on_god(toks, start, j, reach=1)):
        return True  # داعيا المولى عز وجل أن يتغمد الشهداء، ودعا "القحطاني" المولى أن: a prayer, no claim
    return form in _INCREASED and not said


# Whom a prayer calls on (دعا الله، داعيا المولى عز وجل): a call to them is no demand and no statement.
PRAYED_TO = frozenset(fold(w) for w in "الله المولى ربه ربها ربنا".split())
_ABD = fold("عبد")


def _called_on_god(toks, x: int, j: int, reach: int = 3) -> bool:
    """True when God is named within ``reach`` words from ``x``, quotation marks not counted (ودعت القيادة
    الله، ودعا "القحطاني" المولى); not the ربه of a name (الرئيس عبد ربه منصور هادي)."""
    words = [t.norm for t in toks[x:min(j + 1, x + reach + 3)] if t.norm not in QUOTE_MARKS][:reach + 1]
    return any(w in PRAYED_TO and (n == 0 or words[n - 1] != _ABD) for n, w in enumerate(words[:reach]))


def _feminine_after_masculine(doc: Document, verb: int, part: int) -> bool:
    """True when participle ``part`` is feminine singular (مضيفة، مؤكدة) and the verb cue ``verb`` it would go
    on from is masculine singular (أكد، قال، يضيف): they do not share a subject."""
    toks = doc.tokens
    p, v = _verb_form(doc, toks[part]), _verb_form(doc, toks[verb])
    if not p.endswith("ه") or toks[part].norm != p and not toks[part].norm.startswith("و"):
        return False
    if toks[verb].stem_end != toks[verb].end:
        return False  # a suffixed form (وصفه) says nothing of its subject's gender
    return not v.endswith(("ت", "ه", "ا", "وا", "ون")) and not v.startswith("ت")


# Masculine nouns in ة, mostly plurals of people (قادة، قضاة، طلبة; داعية، خليفة): they may follow a masculine
# verb (قال قادة الحزب).
_MASCULINE_IN_TA = frozenset(fold(w) for w in (
    "قادة قضاة طلبة أساتذة ساسة دعاة رعاة ولاة حماة غزاة عملة كتبة رماة بناة مشاة جباة نحاة سعاة هواة داعية "
    "خليفة علامة رحالة"
).split())


def _feminine_noun_phrase(doc: Document, u: Unit) -> bool:
    """True when the actor unit opens with a feminine singular noun (الحكومة، وزارة الصحة، المنظمة), not a
    person, a country or a people's plural (قادة)."""
    if u.label == "PER" or u.kind == "country":
        return False
    tok = doc.tokens[u.first]
    stem = doc.text[tok.stem_start:tok.stem_end]
    return len(stem) >= 4 and stem.endswith("ة") and fold(stem) not in _MASCULINE_IN_TA


def _passive_accused(doc: Document, k: int, j: int, entry: CueEntry) -> bool:
    """True for اتُّهم/اتُّهمت، وُصف or متهمة right before بـ (اعتقلت واتهمت بالقسوة، لذا وصف بالعالم، سواء كانت
    متهمة بـ): "was accused of, was described as", no one speaking; the active verb has its subject or object
    first (اتهمت الوزارة المعارضة بـ). Also a bare form after a preposition (اعترضت على وصف براوكلر للمتهم),
    the verbal noun, and a participle after كان (كانت متهمة)."""
    toks = doc.tokens
    before = doc.text[toks[k - 1].start:toks[k - 1].end] if k > 0 else ""
    if toks[k].stem_end == toks[k].end and toks[k].base_start == toks[k].start and (
            before in _PREPOSITIONS_BEFORE_NOUN or before in ("من", "ومن") and toks[k].norm == fold("أبرز")):
        return True  # على وصف براوكلر، عن أبلغ التهاني، على مضيفه، من أبرز قناصي التنظيم
    if "part" in entry.flags and k > 0 and is_kana(token_stem(doc, toks[k - 1])):
        return True
    if "part" in entry.flags and k > 0 and toks[k].norm in ACCUSED_PARTICIPLES and is_count(doc, k - 1):
        return True  # أمرت النيابة بحبس 24 متهما: counted, the participle is a noun (24 defendants)
    if _verb_form(doc, toks[k]) not in _ACCUSED or k + 1 > j:
        return False
    nxt = toks[k + 1]
    return "ب" in doc.text[nxt.start:nxt.base_start] or nxt.norm.startswith("بال")


# Words before which a cue form with a pronoun is the verbal noun: بحسب وصفه، على حد وصفه، في وصفه.
_BEFORE_NOUN = frozenset(fold(w) for w in "بحسب حسب وفق وفقا حد في على من إلى الى عن مع خلال".split())


def _suffixed_noun(doc: Document, k: int, i: int) -> bool:
    """True when cue form ``k`` with an object pronoun is the noun "his description" rather than
    the verb "described him": after a preposition or بحسب (على حد وصفه) or with ب/ل/ك on it
    (بوصفه رئيسا "in his capacity as")."""
    if prep_clitic(doc, doc.tokens[k]):
        return True
    return k > i and doc.tokens[k - 1].norm in _BEFORE_NOUN


# What one expresses or renews (جدد دعوته، أبدى استعداده، جددت التأكيد): nouns of speech, stance, feeling.
_STANCE_NOUNS = frozenset(fold(w) for w in (
    "تأكيد دعوة دعوات مطالبة مطالب تضامن دعم رفض إدانة موقف التزام تمسك ترحيب حرص شكر تقدير استعداد "
    "قلق انشغال ارتياح إعجاب أسف استياء تخوف معاناة أمل ثقة انزعاج استغراب امتعاض "
    # accusations, warnings and protests renewed (جدد الأسد اتهامه الغرب، جددت المنظمة تحذيرها من …)
    "اتهام اتهامات تحذير تحذيرات انتقاد انتقادات استنكار تنديد احتجاج اعتراض طلب نداء "
    # and feelings voiced (أبدى رغبته، أبدى خادم الحرمين تحياته، عبرت عن اعتزازها)
    "رغبة خشية مخاوف تحيات اعتزاز فخر سعادة"
).split())


def _stance_noun(doc: Document, tok) -> bool:
    """True for a noun of ``_STANCE_NOUNS``, bare, with the article or a pronoun (مطالبة، التأكيد،
    تضامنها، اعجابه)."""
    stem = bare_stem(doc, tok)
    if stem in _STANCE_NOUNS:
        return True
    for suffix in _OBJECT_PRONOUNS:
        if stem.endswith(suffix):
            base = stem[:-len(suffix)]
            if base in _STANCE_NOUNS or base.endswith("ت") and base[:-1] + "ه" in _STANCE_NOUNS:
                return True  # دعوته → دعوة، معاناته → معاناة
    return False


def _stance_noun_after(actors: ActorIndex, k: int, j: int, words: int = 4) -> bool:
    """True when a stance noun is among the ``words`` words after cue ``k`` (up to ``j``), or after the name
    of its subject right after it: جدد تضامنه، جددت منظمة الأمم المتحدة للأغذية والزراعة (فاو) تحذيرها."""
    doc, toks = actors.doc, actors.doc.tokens
    x = k + 1
    # past the subject: a unit within three words (a title's head may open it: أبدى الأمين العام للائتلاف الوطني
    # السوري محمد يحيى مكتبي عدم ارتياحه) and the units right after it
    first = next((y for y in range(k + 1, min(j, k + 3) + 1) if y in actors.unit_at), None)
    if first is not None:
        x = actors.unit_at[first].last + 1
        while (subject := actors.unit_at.get(x)) is not None and subject.first == x and x <= j:
            x = subject.last + 1
    return any(_stance_noun(doc, toks[y]) for y in range(x, min(j + 1, x + words)))


# في الوقت الذي أفادت فيه مصادر …، في حين الذي: "while", the time the relative takes up no speaker.
_WHILE_NOUNS = frozenset(fold(w) for w in "الوقت الحين".split())
# على ما أكدت المنسقة "as the coordinator affirmed": the relative is the statement, the verb reports it.
_AS_PREPS = frozenset(fold(w) for w in "على".split())


def _while(doc: Document, k: int, i: int) -> bool:
    """True when the relative before cue ``k`` opens a clause of its own: ``في ما`` as فيما "while"
    (في ما أكدت النيابة أن …), not "in what" (في ما أكده البيان, whose verb carries the relative's
    pronoun); في الوقت الذي "while"; على ما "as" (على ما أكدت منسقة الأمم المتحدة)."""
    toks = doc.tokens
    bare = toks[k].stem_end == toks[k].end
    if k - 2 >= i and toks[k - 1].norm == "ما" and bare:
        return toks[k - 2].norm == "في" or toks[k - 2].norm in _AS_PREPS
    return bare and k - 3 >= i and toks[k - 3].norm == "في" and toks[k - 2].norm in _WHILE_NOUNS \
        and toks[k - 1].norm in _RELATIVE


# What opens a clause before a bare بيّن "explained" (كما بين أن، فقد بيّن الغنوشي، فيما بين المنسق، و بين).
_BAYNA_OPENERS = frozenset(fold(w) for w in "و ف كما فقد قد لقد ثم فيما حيث إذ".split())
# Words after which a verb's dropped subject is the one speaking (وكما أشار، ثم أضاف، لكنه أشار): those, the
# adverbs before a dropped subject, and their و forms.
_OPENERS = _BAYNA_OPENERS | _GOES_ON | frozenset(fold(w) for w in (
    "وقد وفيما كذلك أيضا بدوره بدورها وبدوره وبدورها"
).split())


def _bayna_after_word(doc: Document, k: int, i: int, j: int) -> bool:
    """True when a bare بين at ``k`` follows a word that opens no clause and no أن follows it: the
    preposition "between, among" (التعاون بين البلدين، من بين الحضور، تمتد بين أكتوبر وديسمبر), whose
    أن further on belongs to another verb."""
    toks = doc.tokens
    if k + 1 <= j and toks[k + 1].norm in _THAT_F:
        return False  # بين أن …: the verb
    if k == i:
        return False
    prev = toks[k - 1].norm
    return prev[:1].isalpha() and prev not in _BAYNA_OPENERS


def _between_pair(actors: ActorIndex, k: int, j: int) -> bool:
    """True when an actor follows بين at ``k`` and a و-actor follows that one (بين تونس وليبيا), each
    perhaps after one word naming a place of it (بين مطار الجوف ومطار القاهرة)."""
    toks = actors.doc.tokens

    def unit_from(x: int) -> Unit | None:
        for y in (x, x + 1):
            if y > j:
                return None
            u = actors.unit_at.get(y)
            if u is not None:
                return u if u.first == y else None
            if y > x or not toks[y].norm[:1].isalpha():
                return None
        return None

    u = unit_from(k + 1)
    if u is None:
        return False
    nxt = u.last + 1
    return nxt <= j and toks[nxt].norm[:1] == "و" and unit_from(nxt) is not None


def _names_own_subject(actors: ActorIndex, k: int) -> bool:
    """Whether cue ``k`` after a relative pronoun has its own subject right after it, an actor (التي قالت
    الشرطة إن …) rather than a time word or the content."""
    u = actors.unit_at.get(k + 1)
    toks = actors.doc.tokens
    # … and what it says after it (إن …): التي أعلن الرئيس عنها، الوعود التي تعهد بها ترامب report no statement
    return u is not None and u.first == k + 1 and u.first not in actors.excluded \
        and u.last + 1 < len(toks) and toks[u.last + 1].norm in _THAT_F


def _relative_disagrees(doc: Document, k: int, i: int) -> bool:
    """True when cue ``k`` right after a relative pronoun does not agree with it, so its subject is not the
    antecedent but the one speaking (ولاية منوبة، التي قال إنها حققت …، أعضائها الذين قالت إنه اتهمهم): a
    masculine or singular verb after التي or الذين, a feminine one after الذي."""
    if k <= i or "\u064f" in doc.text[doc.tokens[k].base_start:doc.tokens[k].base_start + 3]:
        return False  # التي أُعلن عن نتائجها: a passive (its damma written) has no speaker
    rel, verb = doc.tokens[k - 1].norm, doc.tokens[k].norm
    plural = verb.endswith(("وا", "ون"))
    feminine = not plural and (verb.endswith("ت") and verb[:-1] in cue_lexicon()
                               or verb.startswith("ت") and "ي" + verb[1:] in cue_lexicon())
    if rel == fold("التي"):
        return not feminine and not plural
    if rel == fold("الذين"):
        return not plural
    if rel == fold("الذي"):
        return feminine
    return False


def _relative_in_statement(actors: ActorIndex, k: int, i: int, j: int) -> bool:
    """True when what a relative pronoun before cue ``k`` takes up is no actor and the pronoun on the أن/إن after
    the cue takes it up again: the relative is inside the statement, whose speaker is dropped (التعاون الثنائي،
    الذي قال إنه لم يرتق بعد …، الحرف "تي"، الذي قال إنه جاء …: the one speaking goes on)."""
    toks = actors.doc.tokens
    if not (k > i and toks[k - 1].norm in _RELATIVE) or _antecedent(actors, k, i) is not None:
        return False
    x = past_quote_marks(actors.doc, k + 1, j)
    return x <= j and toks[x].norm in _THAT_WITH_PRONOUN


def _antecedent(actors: ActorIndex, k: int, i: int) -> Unit | None:
    """The actor a relative pronoun before cue ``k`` refers to (الطبيب الشرعي الذي أكد)."""
    toks = actors.doc.tokens
    if not (k > i and (toks[k - 1].norm in _RELATIVE or token_stem(actors.doc, toks[k - 1]) in _RELATIVE)):
        return None
    if _relative_disagrees(actors.doc, k, i):
        return None
    x = k - 2 if k - 2 >= i and toks[k - 2].norm not in COMMAS else k - 3
    if x < i:
        return None
    if x in actors.unit_at:
        return actors.unit_at[x]
    # الطبيب الشرعي الذي أكد: an unnamed definite speaker, its head and adjectives ending right before الذي
    # (not when the cue names its own subject: أبوابه الرئيسة التي قالت الشرطة إن …)
    if k + 1 < len(toks) and (k + 1 in actors.unit_at or _definite_subject(actors, k + 1, k + 4) is not None):
        return None
    for head in range(x, max(i, x - 3) - 1, -1):
        u = _definite_subject(actors, head, x)
        if u is not None and u.last == x:
            return u
    return None


# What one acts "in accordance with" (وفقا لاتفاق، حسب تعليمات، وفق القانون), not a source cited.
_RULE_NOUNS = frozenset(fold(w) for w in (
    "اتفاق اتفاقية اتفاقيات توجيهات توجيه تعليمات قانون قوانين قرار قرارات خطة نظام أنظمة شروط معايير أحكام "
    "دستور ضوابط إجراءات لوائح "
    # وفقًا لخريطة الطريق، وفقا لمتطلبات أصدرتها اللجنة، وفقًا للمستجدات، حسب الآلية المعتمدة
    "خريطة خارطة متطلبات مستجدات المستجدات آلية آليات مقتضيات برنامج جدول مواصفات صلاحيات مبادئ"
).split())
# وفق ما يقتضيه النظام، حسب ما ينص عليه القانون: what a rule requires, no one's statement.
_RULE_VERBS = frozenset(f + suffix for v in ("يقتضي", "ينص", "يتطلب", "يسمح") for f in present_forms(v)
                        for suffix in ("", "ه"))


# "Quoting" (نقلا عن): what a reporting verb's subject says right before it is another's words.
_QUOTING = fold("نقلاً")
# How far the quoting may follow the verb: past its subject (وذكرت صحيفة «الوطن» السعودية نقلا عن).
CONDUIT_REACH = 8


def _conduit_before(doc: Document, sent_cues: list[Cue], k: int) -> Cue | None:
    """The reporting cue whose subject ends right before ``نقلا عن`` at ``k`` (وقالت صحيفة في إل تي المحلية
    نقلا عن مدير المتجر أن …): its subject passes the words on, it does not say them."""
    toks = doc.tokens
    if toks[k].norm != _QUOTING or k + 1 >= len(toks) or toks[k + 1].norm != "عن" or not sent_cues:
        return None
    c = sent_cues[-1]
    if c.speaker is None or c.entry.flags & {"attr", "qawl", "part"} or not 0 < k - c.last <= CONDUIT_REACH:
        return None
    if any(toks[x].norm in _THAT_F - _QUOTES for x in range(c.last + 1, k)):
        return None  # قال الوزير إن … نقلا عن: the quoting is inside what he said (a name in quotes is not)
    return c


def _attribution_speaker(actors: ActorIndex, k: int, j: int) -> Unit | None | bool:
    """The source after بحسب/وفقا ل/حسبما نقلت, within a few words; False for وفق قوله (no new claim)."""
    toks = actors.doc.tokens
    nxt = k + 1
    if nxt <= j and toks[nxt].norm in ("ما", "ل") or toks[k].norm == _QUOTING and nxt <= j and toks[nxt].norm == "عن":
        nxt += 1
    if nxt <= j and toks[nxt].norm.startswith(("قول", "تعبير")):
        return False
    if k + 1 <= j and toks[k + 1].norm == "ما" and any(
            bare_stem(actors.doc, toks[y]) in _REPORTERS and not _told(actors.doc, toks[y])
            for y in range(nxt + 1, min(j + 1, nxt + 3))):
        # وفق ما أكده مراسل الجوهرة أف أم: the outlet's reporter relays, the narrator or a conduit (told to
        # him, لمراسل الجوهرة، the speaker is named after)
        return False
    rule = bare_stem(actors.doc, toks[nxt]) if nxt <= j else ""
    if rule in _RULE_NOUNS or rule[:1] == "ل" and (rule[1:] in _RULE_NOUNS or rule[2:] in _RULE_NOUNS) \
            or nxt <= j and toks[k + 1].norm == "ما" and toks[nxt].norm in _RULE_VERBS:
        return False  # وفقا لاتفاق أوسلو، حسب تعليمات الوزارة: "in accordance with", no one's statement
    if nxt <= j and nxt not in actors.unit_at and bare_stem(actors.doc, toks[nxt]) in PERSON_TITLES:
        # بحسب رئيس كتلة الحرة لحركة مشروع تونس بالبرلمان، عبد الرؤوف الشريف: the person the title phrase ends in
        u = _unit_after(actors, nxt - 1, j + 1, 4)
        if u is not None and u.label == "PER":
            return u
    anaphor = _attributed_anaphor(actors, k, nxt, j)
    if anaphor is not None:
        return anaphor
    # بحسب رويترز، وفقا لإحصاءات وكالة «رويترز»، حسبما نقلت وكالة …; past the medium of ما أكده (في تصريح هاتفي)
    reach = 4 + _medium_words(toks, nxt + 1, j) if k + 1 <= j and toks[k + 1].norm == "ما" else 4
    post = nxt + 1 + _medium_words(toks, nxt + 1, j) if k + 1 <= j and toks[k + 1].norm == "ما" else None
    if post is not None and post <= j and post not in actors.unit_at \
            and bare_stem(actors.doc, toks[post]) in PERSON_TITLES and toks[post].base_start == toks[post].start:
        # وفق ما أفاد به مدير المسؤولية الاجتماعية بالشركة نبيل جنيفان: the person the title phrase ends in
        u = _unit_after(actors, post - 1, j + 1, ATTRIBUTED_TITLE_REACH)
        if u is not None and u.label == "PER":
            return u
    for x in range(nxt, min(j + 1, nxt + reach)):
        if x > nxt and (toks[k + 1].norm == "ما" or toks[k].norm.endswith("ما")) and (
                to_outlet(actors.doc, x, j + 1) or reach > 4 and to_outlet(actors.doc, x, j + 1, via="ب")):
            if x > nxt + 1 and actors.is_head(nxt + 1):
                return _told_outlet(actors, nxt + 1, x)  # وفق ما أكده مصدر أمني لمراسل جوهرة أف أم
            # وفق ما صرح به لجوهرة أف أم اليوم عبد الرؤوف باللطيف: past the outlet told (and the day) the
            # person who spoke
            return _speaker_after_outlet(actors, _outlet_end(actors, x, j), j)
        if x > nxt and toks[k + 1].norm == "ما" and bare_stem(actors.doc, toks[x]) in _REPORTERS \
                and _told(actors.doc, toks[x]) and x + 1 <= j:
            # بحسب ما أكده لمراسل الجوهرة أف أم، …: told to the outlet's reporter, the speaker is named after
            return _speaker_after_outlet(actors, actors.unit_at[x + 1].last if x + 1 in actors.unit_at else x, j)
        u = actors.unit_at.get(x)
        if u is not None:
            return u if u.first >= x or x == nxt else None
        if toks[x].norm in _THAT_F - _QUOTES or toks[x].norm in (",", "،", ".", ":"):
            return None
        if token_stem(actors.doc, toks[x]).startswith(("صادر", "الصادر")):
            # بحسب بلاغ صادر اليوم عن وزارة الخارجية: the issuer of the statement cited
            for y in range(x + 1, min(j + 1, x + 5)):
                if toks[y].norm == "عن":
                    return _unit_after(actors, y, j + 1, 5, subject=False)
                if (u := actors.unit_at.get(y)) is not None and u.first == y and "ل" in actors.proclitics(u):
                    return u  # وفق بيان صادر السبت للنقابة الموحدة: the issuer after لـ
            return None
    return None


# How many words of a title phrase may stand between ما أفاد به and the person it ends in.
ATTRIBUTED_TITLE_REACH = 6
# What ما أكده/صرح به may name between the verb and the outlet told: في تصريح هاتفي، في اتصال هاتفي مع.
_MEDIUM = frozenset(fold(w) for w in (
    "في به بها تصريح تصريحات اتصال مكالمة حديث مداخلة لقاء هاتفي هاتفية إذاعي إذاعية إعلامي إعلامية خاص خاصة صحفي صحفية"
).split())
# How far after the outlet, past a title phrase and its commas, the person speaking may be named.
TITLED_SPEAKER_REACH = 10


def _speaker_after_outlet(actors: ActorIndex, x: int, j: int) -> Unit | None:
    """The person named after the outlet told, whose phrase ends at ``x`` (and a date after it): وفق ما صرح به
    لجوهرة أف أم اليوم عبد الرؤوف باللطيف; past a title phrase set off by commas (بحسب ما أكده للجوهرة أف أم،
    مساعد رئيس مركز حرس المرور بمساكن، الملازم أول أنور بوقطاية)."""
    toks = actors.doc.tokens
    while x + 1 <= j and _in_timex(actors.doc, toks[x + 1].start):
        x += 1
    u = _unit_after(actors, x, j + 1, 2)
    if u is not None and u.label != "PER" and u.first <= x + 3 and u in actors.units and u.first in actors.told_outlets:
        x, u = u.last, None  # the outlet's own name, left out of the phrase found (لمراسل الجوهرة أف أم)
    if u is None and x + 1 <= j and toks[x + 1].norm in COMMAS:
        u = next((v for y in range(x + 2, min(j + 1, x + 2 + TITLED_SPEAKER_REACH))
                  if (v := actors.unit_at.get(y)) is not None and v.label == "PER"), None)
    return u if u is not None and u.label == "PER" else None


def _told(doc: Document, tok) -> bool:
    """True when the word carries the ل of whom something is told to (لمراسل الجوهرة)."""
    return "ل" in doc.text[tok.start:tok.base_start] or (tok.norm.startswith("ل") and tok.base_start == tok.start
                                                         and tok.norm[1:] in _REPORTERS)


def _medium_words(toks, x: int, j: int) -> int:
    """How many words from ``x`` on name the medium of a statement (في تصريح هاتفي), at most four."""
    n = 0
    while x + n <= j and n < 4 and toks[x + n].norm in _MEDIUM:
        n += 1
    return n


def _attributed_anaphor(actors: ActorIndex, k: int, nxt: int, j: int) -> Unit | None:
    """The actor named earlier that a definite noun after attribution ``k`` describes (وفق الإعلامي الليبي:
    نبيل السكني; على حد تعبير الصحيفة: صحيفة الدايلي ميل), past ما and its verb; none for a noun that
    describes no one named (حسب نوع الحرفة)."""
    doc, toks = actors.doc, actors.doc.tokens
    x = nxt
    if k + 1 <= j and toks[k + 1].norm == "ما" or toks[k].norm.endswith("ما"):
        x += 1  # حسب ما ذكرت الصحيفة: past the verb
    if x > j or x in actors.unit_at or toks[x].base_start != toks[x].start or not has_article(doc, toks[x]):
        return None
    head = bare_stem(doc, toks[x])
    if toks[x].norm in _CITED_STATEMENT or toks[x].norm in _SAME or not (
            head in _SPEAKER_NOUNS or head in PROFESSIONS or head in OUTLET_HEADS):
        return None  # only a noun of one who speaks (not وفق التأمين الشامل); the statement just cited is the issuer's
    wanted = {head}
    if x + 1 <= j and toks[x + 1].base_start == toks[x + 1].start and has_article(doc, toks[x + 1]) \
            and adjective_country(bare_stem(doc, toks[x + 1])) is not None:
        wanted.add(bare_stem(doc, toks[x + 1]))  # الإعلامي الليبي: the Libyan one
    return _actor_described(actors, x, x, wanted)


def _actor_described(actors: ActorIndex, first: int, last: int, wanted: set[str]) -> Unit | None:
    """Tokens ``first``..``last`` as the person or body named last before them with all the ``wanted`` words
    (folded stems) in or just before its name (الشركة: شركة هيربالايف), else None."""
    earlier = [u for u, _ in _described_earlier(actors, first, wanted, ("PER", "ORG")) if u.kind != "country"]
    if not earlier:
        return None
    u = earlier[-1]
    return Unit(first, last, list(u.ids), u.kind, u.label, actors.doc.tokens[first].base_start)


# The statement just cited, its issuer already named: وفق نص البيان، حسب ذات المصدر، بحسب ما جاء في البلاغ.
_CITED_STATEMENT = frozenset(fold(w) for w in "المصدر البيان البلاغ".split())
_CITATION_FILLERS = frozenset(fold(w) for w in "ما ل جاء ورد في نص ذات نفس".split())


_OWN_SAYING = frozenset(fold(w) for w in "قوله قولها قولهم".split())


def _own_statement(doc: Document, k: int, j: int) -> bool:
    """True when attribution cue ``k`` is followed by a statement with a pronoun of its speaker (بحسب
    تصريحاته، وفق قوله، حسب تصريحها لوكالة …)."""
    if k + 1 > j:
        return False
    tok = doc.tokens[k + 1]
    if tok.base_start != tok.start:
        return False
    if tok.norm in _OWN_SAYING:
        return True
    return tok.stem_end < tok.end and fold(doc.text[tok.stem_start:tok.stem_end]) in _SPEECH_NOUNS


def _cites_statement(doc: Document, k: int, j: int) -> bool:
    """True when attribution cue ``k`` cites the statement or source already quoted (وفق ذات المصدر،
    حسب نص البيان) rather than naming a source: its issuer, the last speaker, speaks."""
    toks = doc.tokens
    for x in range(k + 1, min(j + 1, k + 6)):
        stem = token_stem(doc, toks[x])
        if stem in _CITED_STATEMENT:
            return x + 1 > j or token_stem(doc, toks[x + 1]) not in ("صادر", "الصادر")
        if toks[x].norm not in _CITATION_FILLERS and stem not in _CITATION_FILLERS:
            return False
    return False


def _quoted_speaker(actors: ActorIndex, k: int, i: int) -> Unit | None:
    """The Y of ``نقل X عن Y قوله``: the actor (or unnamed phrase) after عن."""
    doc, toks = actors.doc, actors.doc.tokens
    for x in range(k - 1, i - 1, -1):
        if toks[x].norm == "عن" or token_stem(doc, toks[x]) == "عن":
            bare = toks[x + 1]
            if k == x + 2 and bare.base_start == bare.start and not has_article(doc, bare) \
                    and bare.norm.endswith(("ين", "ون")) and len(bare.norm) > 5:
                return None  # ونقل البيان عن صحفيين قولهم: bare reporters, no claim
            return _unit_after(actors, x, k, 5, subject=False) or _nominal_between(actors, x + 1, k)
    return None


_COMPLEMENTISERS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها"})


def _phrase_subject(actors: ActorIndex, k: int, j: int, reach: int = 10) -> Unit | None:
    """The subject phrase right after a verb cue, up to a comma or أن, when the entities
    stage can say whom it names (a dual title, two ministries, a nominal actor)."""
    doc = actors.doc
    toks = doc.tokens
    end = None
    for x in range(k + 1, min(j, k + reach) + 1):
        if toks[x].norm in _COMPLEMENTISERS or doc.text[toks[x].start:toks[x].end] in ("،", ",", ":"):
            end = x - 1
            break
    if end is None or end <= k:
        return None
    # وقال أحد الفلاحين في تصريح لمراسلة الجوهرة أف أم إن …، أفاد مصدر أمني وكالة تونس إفريقيا للأنباء بأن …:
    # the outlet told or informed is a conduit, not in the subject
    end = next((x - 1 for x in range(k + 2, end + 1) if to_outlet(doc, x, end + 1) or _informed_outlet_word(doc, x)), end)
    first = toks[k + 1]
    if first.norm in ANONYMOUS_SOURCES:
        return None  # كشفت مصادر صحفية عن لقاء عقده عبدالملك الحوثي: bare sources, not whom they name
    if first.norm in _STOP_AFTER or first.base_start > first.start and doc.text[first.start:first.base_start][-1:] in "بل":
        return None  # تحدث إلى بوتين: a prepositional phrase names whom one speaks to, not the speaker
    ids = actors.resolve(toks[k + 1].start, toks[end].end)
    if not ids or all(is_city(doc, e) for e in ids):
        # (وأكد المندوب الجهوي للتربية بسوسة أن …: the town the title serves is no speaker)
        return None
    return Unit(k + 1, end, ids=ids, kind="nominal", label="ORG", start=toks[k + 1].start)


def find_cues(doc: Document, actors: ActorIndex) -> list[Cue]:
    """Every reporting cue of the document with its speaker (None when none is found: such cues
    mark reported events but make no claim)."""
    cues: list[Cue] = []
    toks = doc.tokens
    last_speaker: list[str] | None = None
    for si, sent in enumerate(doc.sentences):
        i, j = actors.token_range(sent.start, sent.end)
        sent_cues: list[Cue] = []
        for k in range(i, j + 1):
            entry = lookup_cue(doc, k)
            if entry is None or k in actors.unit_at or _not_a_cue(doc, actors, k, i, j, entry):
                continue
            if k + 1 <= j and toks[k + 1].norm in _STRESSING and any(
                    c.entry.stance == entry.stance and k - c.last <= COGNATE_REACH for c in sent_cues):
                continue  # نفى الوزير، نفيا قاطعا: the verb's own noun stressing it, not a second statement
            flags = entry.flags
            explicit = True
            # كما اتهموا القوات الأوكرانية، وطالبوا الحكومة: a verb with the plural ending has its subject
            # in it (a VSO verb before a named subject is singular): the noun after it is its object.
            plural_verb = not flags & {"attr", "qawl", "part"} and toks[k].norm.endswith("وا") and len(toks[k].norm) > 4
            if "present" in flags and _conjoined(doc, k) and any(
                    "present" not in c.entry.flags and not c.entry.flags & {"attr", "part"}
                    and any(toks[x].norm in _THAT_F for x in range(c.last + 1, k)) for c in sent_cues):
                continue  # وبين أن تونس لا تستثني أحدا وترحب بكل من يساعد: still what the past verb reports
            if "docin" in flags:
                # وجاء في بيان نشر على الموقع الرسمي للحكومة الروسية أن …: the text's issuer named after it; with
                # none named (وجاء في البيان), the one who issued it, already speaking (below)
                speaker = _text_issuer(actors, k + 2, j)
            elif "attr" in flags:
                # بحسب تصريحاته لمراسل "الجوهرة أف أم": his own statements, so the one already speaking; the
                # outlet after them was told, it does not speak
                speaker = None if _own_statement(doc, k, j) else _attribution_speaker(actors, k, j)
                if speaker is False:
                    continue
                if speaker is not None and speaker.kind == "country" and speaker.first == k + 1 + (
                        k + 1 <= j and toks[k + 1].norm in _QUOTES):
                    # وبحسب "الفرنسية"، فقد نقل البيان عن مدفيديف: the French (or German) agency named by its
                    # adjective relays; it makes no claim, and no one else is its speaker
                    continue
                conduit = _conduit_before(doc, sent_cues, k)
                if conduit is not None:
                    # وذكرت صحيفة الوطن نقلا عن مصدر مطلع أن …: the paper only passes on what its source said
                    # (GUIDELINES.md: a conduit makes no claim); the source speaks, or no one when it is bare
                    sent_cues[sent_cues.index(conduit)] = Cue(conduit.first, conduit.last, conduit.entry, None, si,
                                                              False, None)
                    if last_speaker == conduit.speaker:
                        last_speaker = None
            elif "qawl" in flags:
                speaker = _quoted_speaker(actors, k, i)
            elif "part" in flags:
                # مشيدا بالدور الذي تقوم به دول التحالف، بين تونس وليبيا مبينا: a participle names no
                # subject of its own; the actors around it are what it is about, and the speaker is the
                # sentence's (below).
                speaker = None
            elif k + 1 <= j and toks[k + 1].norm in RESUMPTIVE:
                # أصدر حزب العمال بيانا أكد فيه أن …، عقد الوزير لقاء صحفيا أكد خلاله: the statement or
                # meeting the pronoun takes up was the subject's, who speaks in it.
                # مؤتمر أكد خلاله الصفدي أن، في الوقت الذي يقول فيه سكيولي: a person right after the pronoun speaks
                # (not a place or body there: اتهمت فيها الأردن, the object)
                named = actors.unit_at.get(k + 2)
                speaker = named if named is not None and named.first == k + 2 and named.label == "PER" \
                    and not plural_verb else _issuer(actors, i, k)
            else:
                # بقرار مجلس الأمن الذي وصفه بالمخزي: what the relative takes up is the object of a
                # suffixed form, not its speaker; a dropped subject is the one speaking (as وأضاف).
                relative_subject = None if "suffixed" in flags else _antecedent(actors, k, i)
                speaker = relative_subject or _dual_speaker(actors, k, j) \
                    or _speaker(actors, k, i, j, bool(flags & {"cont", "suffixed"}) or plural_verb, plural_verb)
                if speaker is not None and "suffixed" in flags and speaker.last < k and k + 1 <= j \
                        and actors.is_head(k + 1) and toks[k + 1].base_start == toks[k + 1].start:
                    # مسلحون متشددون وصفهم مسؤول عسكري بأنهم: the subject follows the verb, named or not; the
                    # one before is whom its pronoun takes up
                    speaker = None
                if speaker is not None and "masc" in flags and speaker.first > k \
                        and past_adverbs(toks, k + 1, speaker.first - 1) == speaker.first \
                        and _feminine_noun_phrase(doc, speaker):
                    # ودعا الحكومة إلى تطبيق القانون، وناشد المنظمة، كما طالب أيضا الحكومة: a masculine verb's
                    # subject is no feminine noun; the one right after it is its object, and the dropped subject
                    # speaks on
                    speaker = None
                    flags = flags | {"cont"}
                if speaker is not None and entry.stance == "other" and speaker.first == k + 1 and (
                        (_conjoined(doc, k) and any(c.speaker for c in sent_cues))
                        or (k > i and toks[k - 1].norm == _KAMA and last_speaker is not None)) \
                        and call_complement(doc, speaker.last + 1, j):
                    # دعا دمرداش حزب العمال إلى … وحث الحكومة على بدء محادثات، عبر الحزب عن تضامنه … ويدعو وزارة
                    # الداخلية إلى …، كما دعا وزارة العدل إلى: a call that goes on with the one speaking; who follows
                    # is called on
                    speaker = None
                    flags = flags | {"cont"}
            if "attr" not in flags and k + 1 <= j and token_stem(doc, toks[k + 1]) in _SOURCE_WORDS \
                    and actors.unit_at.get(k + 1) is None and (speaker is None or speaker.first != k + 1):
                # أعلن مصدر مطلع بنادي الهلال، أكدت مصادر من الشرطة: a source of a body speaks for it; a source
                # of none is bare, and whom the sentence names after it is what it told, not its speaker (a source
                # the speaker search took whole speaks as it is: مصدر عسكري مالي، مصدر حكومي)
                speaker = _body_of_source(actors, k + 1, j)
                if speaker is None:
                    sent_cues.append(Cue(k, k, entry, None, si, False, None))
                    last_speaker = None
                    continue
            if "part" in flags and sent_cues and (sent_cues[-1].last == k - 1 or sent_cues[-1].first >= k - 3
                                                  and toks[k].norm.startswith("قايل")):
                continue  # وأضاف دمرداش قائلا، وأضاف مستنكرا أن: one statement, one cue
            if speaker is not None and speaker.label == "PER" and "attr" not in flags and k < speaker.first <= k + 4 \
                    and bare_stem(doc, toks[k + 1]) in _RELATIONAL_TITLES:
                # مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي جون بولتون، نائب خادم الحرمين الشريفين الأمير
                # محمد بن نايف: the person named first is whose adviser or deputy speaks; the next one speaks
                speaker = _second_person(actors, speaker, j + 1) or speaker
            if speaker is not None and speaker.label == "PER" and "attr" not in flags and speaker.first > k + 1 \
                    and all(bare_stem(doc, toks[x]) in KIN and toks[x].base_start == toks[x].start
                            for x in range(k + 1, speaker.first)) and not actors.is_head(speaker.first):
                # وقال والد مايكل براون، وأفادت والدة زوجة بوهلال: the relative of the person named speaks (not
                # زوجة الرئيس السابق ميشيل أوباما, where the name after the title may be the wife's own)
                speaker = Unit(k + 1, speaker.last, [actors.maker.nominal(
                    doc.text[toks[k + 1].base_start:toks[speaker.last].end], None)], "nominal", "PER",
                    toks[k + 1].base_start)
            if speaker is not None and "attr" not in flags and speaker.first > k + 2 \
                    and bare_stem(doc, toks[k + 1]) in _OFFICIALS and not has_article(doc, toks[k + 1]) \
                    and any(toks[x].norm in _OF_A_BODY for x in range(k + 2, min(speaker.first, k + 4))) \
                    and all(x not in actors.unit_at for x in range(k + 1, speaker.first)):
                # قال مسؤول كبير في إدارة الرئيس الأميركي دونالد ترامب إن …: the official speaks, named by the
                # whole phrase (GUIDELINES.md: مسؤول من حركة حماس), not the one whose administration he is in
                speaker = Unit(k + 1, speaker.last, [actors.maker.nominal(
                    doc.text[toks[k + 1].base_start:toks[speaker.last].end], None, "PER")], "nominal", "PER",
                    toks[k + 1].base_start)
            if speaker is not None and speaker.kind == "titled" and "attr" not in flags:
                # وأوضح رئيس كتلة النهضة أن …: the person named earlier with this title, not the bloc
                person = _person_behind_title(actors, speaker)
                if person is not None:
                    speaker = person
            if speaker is not None and speaker.kind == "collective" and (
                    _bare_group(doc, speaker) or speaker.first in actors.counted_people):
                speaker = None  # ودعا النشطاء، قال المحتجون: bare unnamed groups make no claim (GUIDELINES.md)
            if speaker is not None and _anonymous_sources(doc, speaker):
                bare_media = bool({toks[speaker.first].norm, toks[min(speaker.first + 1, speaker.last)].norm} & _BARE_MEDIA)
                speaker = None  # كشفت مصادر صحفية يمنية: bare sources, their nationality notwithstanding
                if bare_media and "attr" not in flags:
                    sent_cues.append(Cue(k, k, entry, None, si, False, None))
                    last_speaker = None
                    continue  # ذكرت وسائل إعلام روسية: bare media, and no one else named in the sentence speaks
            if "attr" not in flags and k + 1 <= j and (speaker is None and (
                    toks[k + 1].norm in ANONYMOUS_SOURCES and actors.unit_at.get(k + 2) is None
                    or _bare_source_told(actors, k, j))
                    or not flags & {"qawl", "part"} and _bare_plural_subject(actors, k, j)):
                # وأضافت المصادر، وأوضح المصدر: the anonymous source of the sentence before goes on, not
                # the last named speaker; a cue of bare sources marks what follows as reported.
                sent_cues.append(Cue(k, k, entry, None, si, False, None))
                # … وأضاف المصدر، ولفتت: the bare source goes on, not anyone named before it
                last_speaker = None
                continue
            if not flags & {"attr", "qawl", "part"} and k + 1 <= j and _bare_group_word(doc, toks[k + 1]) \
                    and (speaker is None or speaker.first != k + 1):
                # وقال المحتجون في تونس إن، وأكد النشطاء أمام مقر الوزارة أن: the bare group right after the
                # verb speaks (no claim), not the place or body named after it.
                sent_cues.append(Cue(k, k, entry, None, si, False, None))
                continue
            if speaker is not None and speaker.kind == "country":
                speaker = None  # a bare nationality adjective (مراجع عراقية) names no speaker
            ids: list[str] | None = list(speaker.ids) if speaker is not None else None
            if "attr" not in flags and k + 1 <= j and toks[k + 1].base_start == toks[k + 1].start \
                    and bare_stem(doc, toks[k + 1]) in _PROGRAMME_GUEST and (guest := _person_spoken_last(doc, cues + sent_cues)):
                # وأكد ضيف "بوليتيكا" أن …، وأوضح ضيف "صباح الورد": a programme's guest is the person it
                # interviews, who has spoken already; not the programme, nor an unnamed "guest"
                ids, explicit = guest, False
            if ids is None and "attr" in flags and (_cites_statement(doc, k, j) or _own_statement(doc, k, j)):
                ids, explicit = last_speaker, False
            # وصفه بالمخزي goes on with the speaker; وصفته مصادر أمنية، ما وصفه وزير الدفاع name their own.
            inherits = flags & {"cont", "part"} or "suffixed" in flags and _pronoun_subject(doc, k, j)
            if ids is None and "cont" in flags and _unnamed_plural_subject(actors, k, j):
                sent_cues.append(Cue(k, k, entry, None, si, False, None))
                continue  # ويشير مراقبون إلى أن، وأضاف مسؤولون: an unnamed group speaks, no one goes on
            if inherits and "cont" in flags and _after_noun(doc, k, i):
                inherits = False  # مكاتب استطلاعات الرأي تشير إلى أن: the noun before is the subject
                subject = _sentence_subject(actors, i, k)
                if ids is None and subject is not None and subject.label == "PER" and not any(
                        toks[x].norm in _THAT_F or toks[x].norm in _RELATIVE for x in range(subject.last + 1, k)):
                    # ألكسندر نوي، المنتمي لحزب اليسار الألماني المعارض أشار: the person set off before it
                    ids = list(subject.ids)
            if ids is None and inherits:
                # The sentence's latest speaker goes on, even an unnamed one (وكشفت مراجع عراقية …
                # مؤكدة: no claim); with none in the sentence, the last speaker before it.
                said = [c for c in sent_cues if "attr" not in c.entry.flags and not _silent(doc, c, sent_cues, j)]
                subject = None
                # منددين، مطالبين: a plural participle goes on with a body or group, never one person
                plural = "part" in flags and toks[k].norm.endswith("ين")
                if not said and (flags & {"part", "suffixed"} or not _conjoined(doc, k)):
                    # وكان عماد الطرابلسي استعرض …، إذ أشار إلى أنه …: the sentence's own subject
                    subject = _sentence_subject(actors, i, k, person=not plural)
                    if subject is not None and (subject.kind in ("collective", "nominal") and _bare_group(doc, subject)
                                                and (subject.last > subject.first or has_article(doc, toks[subject.first]))
                                                or _anonymous_sources(doc, subject)):
                        # وانتزع متظاهرون أتراك …، مطالبين: a bare group makes no claim, and no one else
                        # speaks for it (not أهالي محايل عسير, whose town follows the head); nor do anonymous
                        # sources (لكن المصادر المصرية المطلعة أشارت إلى أن …، مؤكدة)
                        sent_cues.append(Cue(k, k, entry, None, si, False, None))
                        continue
                if "part" in flags and said:
                    # وقال هاموند إن المهاجرين يهددون …، مضيفا: a participle goes on with the one whose words the
                    # sentence reports, not with a cue inside them
                    said = [c for c in said if not any(d.speaker and d.speaker != c.speaker and _inside_content(doc, d, c)
                                                       for d in said if d.first < c.first)] or said
                ids = said[-1].speaker if said else (list(subject.ids) if subject is not None else last_speaker)
                if ids is None and flags >= {"cont", "masc"} and not cues and not sent_cues and si > 0 and k == i \
                        and k + 1 <= j and (toks[k + 1].norm in _THAT_F or toks[k + 1].norm == ":"
                                            or toks[k + 1].norm in PREPOSITIONS or toks[k + 1].norm in DURING_WORDS):
                    # رفع الشيخ القحطاني التعازي … . وأضاف أن …: the article's first statement goes on from
                    # the person the sentence before is about, its subject (a masculine singular verb only:
                    # the gender of a name is not known, and a plural one is no one person)
                    before = _previous_subject(actors, doc.sentences[si - 1])
                    ids = list(before.ids) if before is not None else None
                if plural and ids and _one_person(doc, ids):
                    ids = None
                if "part" in flags and said and _feminine_after_masculine(doc, said[-1].first, k):
                    ids = None  # وأكد ماهر الصغير أن …، مضيفة: the feminine participle is not his
                explicit = False
            if ids is None and plural_verb:
                # the plural subject goes on: the sentence's body or group speaking so far, else the last
                # speaker, never one person
                spoken = [c for c in sent_cues if c.speaker and "attr" not in c.entry.flags]
                ids = list(spoken[-1].speaker) if spoken else last_speaker
                if ids and _one_person(doc, ids):
                    ids = None
                if ids is None:
                    sent_cues.append(Cue(k, k, entry, None, si, False, None))
                    continue
                explicit = False
            if ids is None and ((toks[k].norm[:1] in ("و", "ف") or k > i and toks[k - 1].norm in _GOES_ON | _DROPPED_AFTER
                                 or _relative_disagrees(doc, k, i) or _relative_in_statement(actors, k, i, j))
                                and (_pronoun_subject(doc, k, j) or "attr" not in flags and _object_noun_after(actors, k, j))
                                or _pronoun_particle(doc, k, i)):
                # وشدد with the speaker dropped: the sentence's own speaker so far (أكد الوزير … وتطرق إلى
                # قضية رائف بدوي، وقال …), else the subject named earlier in it, else the last speaker.
                spoken = [c for c in sent_cues if c.speaker and "attr" not in c.entry.flags]
                subject = _sentence_subject(actors, i, k)
                reported = _reported_subject(actors, spoken[-1].last + 1, k) if spoken else None
                if reported is not None:
                    ids = list(reported.ids)  # قال البيت الأبيض إن ترامب تحدث … وأعرب: Trump goes on
                else:
                    ids = list(spoken[-1].speaker) if spoken else (list(subject.ids) if subject is not None else last_speaker)
                if not spoken and subject is None and k == i and si > 0 and "masc" in flags \
                        and not any(c.sentence == si - 1 and c.speaker for c in cues) \
                        and (topic := _previous_subject(actors, doc.sentences[si - 1])) is not None \
                        and set(topic.ids) != set(ids or ()):
                    # … وانتقل حاكم لويزيانا بوبي جيندال إلى المدينة. وقال في مؤتمر صحفي: the person the sentence
                    # before is about, who spoke nowhere in it, goes on, not a speaker further back
                    ids = list(topic.ids)
                explicit = False
            if ids is None and k + 1 <= j and toks[k + 1].norm in LAST_SPEAKER_WORDS:
                # وقال معاليه، وأكد سموه ("his excellency"); وذكر البيان، وشدد البلاغ (the statement's issuer)
                ids, explicit = last_speaker, False
            if ids is None and k + 2 <= j and _same_source(doc, k + 1):
                # وأبرز نفس المصدر، وأضاف المصدر ذاته: the source cited last, an attribution included
                # (حسب ما أفاد به بيان لوزارة الدفاع. وأبرز نفس المصدر أن …)
                cited = [c for c in cues + sent_cues if c.speaker]
                ids, explicit = (list(cited[-1].speaker) if cited else None), False
            if ids is None and k + 1 <= j:
                ids, explicit = _anaphor(doc, toks[k + 1], cues + sent_cues), False  # وبين المصدر
            if ids is None and k + 2 <= j:
                ids, explicit = _title_anaphor(actors, k + 1), False  # أكد وزير الخارجية أن …
            if ids is None and not flags & {"attr", "qawl", "part", "cont"}:
                # A subject no single mention covers (وأعلنت وزارتا الدفاع في كل روسيا وأوكرانيا، أن …):
                # ask the entities stage about the phrase up to the comma or أن.
                speaker = _phrase_subject(actors, k, j)
                if speaker is not None:
                    ids = list(speaker.ids)
            if ids is None and not flags & {"attr", "qawl", "part"} and k + 1 <= j and not toks[k].norm.endswith("وا") \
                    and not (k > i and toks[k - 1].norm in _THAT_F):
                # وقالت الشرطة، وأفاد المحامي أن، وقال الباحثون بالمعهد إن: an unnamed definite speaker;
                # وقال الوزير with no minister named before: the one speaking goes on.
                speaker = _definite_subject(actors, k + 1, j) or _named_institution(actors, k + 1, j) \
                    or _said_subject(actors, k, j)
                if speaker is not None and bare_stem(doc, toks[k + 1]) in _REFERRING_TITLES and _definite_phrase(doc, k + 1):
                    # (not وقال متحدث باسم المجلس: a spokesman, no one named before)
                    ids, explicit = (list(last_speaker), False) if last_speaker else (None, True)
                elif speaker is not None:
                    ids = list(speaker.ids)
            if speaker is not None and "attr" in flags:
                actors.excluded.add(speaker.first)
            if ids is None:
                if not flags & {"attr", "qawl", "part", "cont"}:
                    # Reported speech with no identifiable speaker: still marks what follows as reported.
                    sent_cues.append(Cue(k, k, entry, None, si, False, None))
                continue
            if "attr" in flags and any(c.speaker and c.speaker[0] == ids[0] for c in sent_cues):
                continue  # the sentence already attributes its content to this source
            if "attr" in flags and sent_cues and _same_text(doc, k, j):
                # وجددت تونس تضامنها …، وفق نص البيان: the statement the sentence reports, cited again; a verb
                # whose dropped subject was not found (وعبرت عن رفضها …، وفق نص البيان) takes the text's issuer
                for c in sent_cues:
                    if c.speaker is None and not c.entry.flags & {"attr", "qawl"}:
                        c.speaker = list(ids)
                continue
            # A cue inside another's content (لفت إلى أن الحوثيين يؤكدون …) and an attribution
            # (وفقا لـ …) do not change who the next وأضاف refers to.
            embedded = any(c.speaker and c.speaker != ids and c.first < k for c in sent_cues)
            if not embedded and "attr" not in flags:
                last_speaker = ids
            reports = not (_considered(doc, k, j, entry) or _passive_accused(doc, k, j, entry)
                           or _no_statement(doc, k, i, j, entry, speaker) or hosts_welcome(actors, k, j))
            sent_cues.append(Cue(k, k, entry, ids, si, explicit, speaker, reports))
        _outlets_relaying(doc, sent_cues)
        cues.extend(sent_cues)
    return cues


# How many words may stand between an outlet cited and the verb of the one it quotes (وحسب فرانس برس، قالت …).
RELAY_REACH = 3


def _outlets_relaying(doc: Document, sent_cues: list[Cue]) -> None:
    """An outlet cited right before another speaker's verb relays that speaker's words (وحسب فرانس برس، قالت
    المتحدثة باسم الشرطة …، ووفق وكالة الأنباء الكويتية قال مدير …): it makes no claim of its own."""
    for a in sent_cues:
        if "attr" not in a.entry.flags or not a.speaker or a.unit is None \
                or not all((e := doc.entity(x)) is not None and is_outlet(e) for x in a.speaker):
            continue
        if any(c.first > a.unit.last and c.first - a.unit.last <= RELAY_REACH + 1 and c.speaker and c.explicit
               and set(c.speaker).isdisjoint(a.speaker) and not c.entry.flags & {"attr", "part"} for c in sent_cues):
            a.reports = False


# The last document analysed, so the claims stage reuses what the events stage just built
# (checked by identity and layer sizes: any change to the document recomputes).
_LAST: list[tuple] = []


@lru_cache(maxsize=1)
def opening_verbs() -> frozenset[str]:
    """Folded forms of the reporting and event verbs, which can open a sentence (دان، قال، هاجم)."""
    lex = trigger_lexicon()
    verbal = {key for key, rules in lex.by_first.items() if any(r.verbal for r in rules)}
    return frozenset(verbal | set(cue_lexicon()))


OUTLET_TOLD_REACH = 3


def _exclude_outlets_told(actors: ActorIndex) -> None:
    """The outlet a statement is made to (في تصريح لـ"جوهرة أف أم"، لمراسلة الجوهرة اف ام، لوكالة رويترز) is a
    conduit, never a party to an event: its unit is set aside."""
    toks, n = actors.doc.tokens, len(actors.doc.tokens)
    for x in range(n):
        if not (to_outlet(actors.doc, x, n) or to_outlet(actors.doc, x, n, via="ب")):
            continue
        for y in range(x, min(n, x + 1 + OUTLET_TOLD_REACH)):
            u = actors.unit_at.get(y)
            if u is not None and u.first == y and u.label in ("ORG", "MISC"):
                actors.excluded.add(u.first)
                actors.told_outlets.add(u.first)
                # لمراسلة "الجوهرة | أف أم": an outlet's name the tagger split in two is set aside whole
                z = past_quote_marks(actors.doc, u.last + 1, n - 1)
                v = actors.unit_at.get(z)
                if v is not None and v.first == z and v.label in ("ORG", "MISC") and u.kind == v.kind == "mention":
                    actors.excluded.add(v.first)  # (not a body named after the outlet: للجوهرة أف أم الحكومة)
                    actors.told_outlets.add(v.first)
                break
            if y > x and toks[y].norm in (".", "،", ",", ":"):
                break
    for b in range(1, n):
        # أفاد مصدر أمني وكالة تونس إفريقيا للأنباء بأن …، أبلغ مسؤول وكالة أنباء رويترز بأن: the outlet informed
        if toks[b].norm not in _BI_ANNA:
            continue
        media = next((x for x in range(max(0, b - OUTLET_INFORMED_REACH), b) if _informed_outlet_word(actors.doc, x)), None)
        if media is None or media > 0 and lookup_cue(actors.doc, media - 1) is not None:
            continue  # (وأفادت صحيفة دي فيلت بأن …: the paper right after the verb is its subject)
        u = next((actors.unit_at[x] for x in range(media, min(b, media + 3))
                  if x in actors.unit_at and actors.unit_at[x].first == x), None)
        if u is not None:
            actors.excluded.add(u.first)
            actors.told_outlets.add(u.first)


def _informed_outlet_word(doc: Document, x: int) -> bool:
    """True for a bare outlet word (وكالة، صحيفة، رويترز; not لوكالة, which ``to_outlet`` reads)."""
    tok = doc.tokens[x]
    return tok.base_start == tok.start and fold(doc.text[tok.start:tok.end]) in _OUTLET_WORDS


# "that", after a verb of informing (أبلغه بأن، أفاد الوكالة بأن), and how far before it the outlet informed
# may start (وكالة تونس إفريقيا للأنباء بأن).
OUTLET_INFORMED_REACH = 5
_BI_ANNA = frozenset(fold(w) for w in "بأن بأنه بأنها".split())  # (folded, بان is the same form)


def analyse(doc: Document) -> tuple[ActorIndex, list[Cue]]:
    """Actor units and reporting cues of ``doc``, built once for the events and claims stages."""
    if _LAST:
        last = _LAST[0]
        if last[0] is doc and last[1:4] == (len(doc.tokens), len(doc.mentions), len(doc.entities)):
            return last[4], last[5]
    actors = ActorIndex(doc, verbs=opening_verbs())
    _exclude_outlets_told(actors)
    cues = find_cues(doc, actors)
    toks = doc.tokens
    for c in cues:
        after = fold(doc.text[toks[c.last + 1].base_start:toks[c.last + 1].end]) if c.last + 1 < len(toks) else ""
        if c.speaker and (set(c.speaker) <= actors.narrators or after in NARRATOR_WORDS):
            # وأكدت موفدتنا …، وقال مراسلنا في تونس: the outlet's own reporter narrates, as علمت «عكاظ» does
            c.speaker = None
    _LAST[:] = [(doc, len(doc.tokens), len(doc.mentions), len(doc.entities), actors, cues)]
    return actors, cues
