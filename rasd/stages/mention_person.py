"""Person names the tagger cut short: a word right next to a PER span that is plainly part of the name.

An ANERcorp-trained tagger often stops a name one word early or starts it one word late when a
part of it is new to it (``[هورست] كوبل``، ``طلعت [زكريا]``، ``[مبارك] بوصوفة``). Which neighbours
belong is decided by corpus evidence only, never by a list of people:

- after the span, a word the news tagger (``rasd.train.autolex``) tags as a person most of the time
  (أحمد، زكريا);
- before the span, the same (طلعت).

Not rare words (a transliterated surname the news never saw, كوبل، بوصوفة): at most 5 occurrences
in the news and never auto-tagged also lets in inflected verbs and adjectives (``[طالباني] متضامنا``،
``[الخور] قابعا``); ANERcorp dev fell 0.769 -> 0.766.

The neighbour must be untagged, joined to the span by a space only, carry no proclitic (a و opens the
next name of a list: كاسياس وراموس), and be none of a title, a nationality adjective or a function word.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from rasd.arabic.normalize import fold, has_tanwin_fath
from rasd.arabic.particles import COMMAS, PREPOSITIONS
from rasd.document import Mention, Token
from rasd.kb.titles import PERSON_TITLES
from rasd.stages.mention_rules import RULE_CONFIDENCE, arabic_word, taken_chars, token_words

# autolex share of PER (over the word's occurrences in the auto-tagged news) and how often it was seen.
PER_SHARE = 0.6
MIN_SEEN = 10
MAX_RIGHT = 2  # words added after a span: [أشرف غاني] أحمد ضاي




def person_name_extension(text: str, tokens: Sequence[Token], mentions: list[Mention],
                          autolex: Mapping[str, tuple[float, ...]], count: Callable[[str], int],
                          not_a_name: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with PER spans run on over the neighbours described above, sorted.

    ``autolex``: folded word → (PER, LOC, ORG, MISC) shares; ``count``: folded word → corpus count;
    ``not_a_name(folded)``: titles, nationality adjectives and function words."""
    if not tokens or not any(m.label == "PER" for m in mentions):
        return mentions
    taken = taken_chars(text, mentions)
    first_of = {t.base_start: k for k, t in enumerate(tokens)}
    last_of = {t.end: k for k, t in enumerate(tokens)}
    n = len(tokens)

    def plain(k: int) -> str | None:
        """Token ``k``'s folded word when it is an untagged Arabic word with no proclitic, else None."""
        t = tokens[k]
        if t.base_start != t.start or any(taken[t.start:t.end]):
            return None
        w = fold(text[t.start:t.end])
        return w if arabic_word(w) and not not_a_name(w) else None

    def joined(a: int, b: int) -> bool:  # tokens a and b = a + 1 separated by spaces only
        gap = text[tokens[a].end:tokens[b].start]
        return bool(gap) and gap.strip(" ") == ""

    def person_word(w: str) -> bool:
        shares = autolex.get(w)
        return shares is not None and shares[0] >= PER_SHARE and count(w) >= MIN_SEEN

    out = []
    changed = False
    for m in mentions:
        a, b = first_of.get(m.start), last_of.get(m.end)
        if m.label != "PER" or a is None or b is None:
            out.append(m)
            continue
        start, end = m.start, m.end
        k = b + 1
        while k < n and k - b <= MAX_RIGHT and joined(k - 1, k):
            w = plain(k)
            if w is None or not person_word(w):
                break
            end = tokens[k].end
            k += 1
        if a > 0 and tokens[a].base_start == tokens[a].start and joined(a - 1, a):
            t = tokens[a - 1]
            w = fold(text[t.base_start:t.end])
            if not any(taken[t.start:t.end]) and arabic_word(w) and not not_a_name(w) and person_word(w):
                start = t.base_start
        if (start, end) != (m.start, m.end):
            m = Mention(start, end, label="PER", entity=m.entity, confidence=m.confidence)
            taken[start:end] = b"\x01" * (end - start)
            changed = True
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end)) if changed else mentions


# --- Names set off by commas after a title phrase -------------------------------------------------
# Wire copy (Tunisian, Gulf) names the person after the title, between commas: أكد وزير الداخلية، الهادي
# مجدوب، الثلاثاء، أن …؛ أفاد القيادي بحركة نداء تونس، لزهر العكرمي أن …. The tagger, trained on text
# that writes the name right after the title, leaves the name untagged, and the speaker is lost.
# Singular person titles (folded, no article), and the party and wire titles that also head such a phrase.
APPOSITION_HEADS = PERSON_TITLES | frozenset(fold(w) for w in (
    "نائبة مستشارة مندوبة مبعوث مسؤول ممثل مرشد عاهل قيادي كاتب منسق"
).split())
TITLE_PHRASE_MAX = 7  # tokens from the title head to the comma: المتحدث الرسمي باسم وزارة الداخلية
APPOSITION_MAX = 3  # words of the name
# A name word: the auto-tagged news takes it for a person at least this share of the time (سفيان،
# الهادي — also a LOC word, البحر الهادي), or the news rarely has it (at most RARE_NAME times) and never
# mostly as another type (مجدوب، العكرمي). A common untagged word (السابق، بدوره، أمس) is none. Rare
# words only (no person's word) are a name when the last is a family name with the article (لزهر
# العكرمي، المستوري القمودي); literary text has rare words in such places too (مدير الورشة برقبته
# الممتدة فرحًا، يرمي لغما حولي،).
APPOSITION_PER_SHARE = 0.25
RARE_NAME = 150
# What follows the name: a comma, the complementiser, a date (وزير النقل، أنيس غديرة اليوم، …).
_AFTER_NAME = frozenset(fold(w) for w in ("أن", "إن", "أنه", "أنها", "إنه", "إنها", "بأن", "يوم", "اليوم", "أمس",
                                          "صباح", "مساء"))
# ... or the end of the sentence, or a colon before the quote (وكاتب عام النقابة، المستوري القمودي.).
_ENDS = COMMAS | frozenset((".", ":"))


# The heads as tokens' normalised forms, with the article and proclitics: a cheap first test per token.
_APPOSITION_FORMS = frozenset(c + a + h for h in APPOSITION_HEADS for a in ("", "ال")
                              for c in ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل"))


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    from rasd.arabic.calendar import gregorian_months, weekdays

    out = set()
    for w in list(weekdays()) + list(gregorian_months()):
        f = fold(w)
        out.add(f)
        out.add(f[2:] if f.startswith("ال") else "ال" + f)
    return frozenset(out)


def appositive_person_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                               autolex: Mapping[str, tuple[float, ...]], count: Callable[[str], int],
                               not_a_name: Callable[[str], bool],
                               is_verb: Callable[[str], bool] = lambda w: False) -> list[Mention]:
    """``mentions`` plus PER for the untagged name between a title phrase's comma and a comma, أن/إن,
    a date or a verb (``is_verb(folded)``: رئيس الجمهورية السابق، المنصف المرزوقي اقترح …) (see above). The title phrase (head to comma) holds no PER already; the first name word
    carries no proclitic; one word alone must be a person's word in the news (a rare word alone may be
    an adjective: المستقيل), and rare words only must end with a family name with the article."""
    if not tokens:
        return mentions
    norms = [t.norm for t in tokens]
    commas = [k for k, w in enumerate(norms) if w in COMMAS]
    if not commas:
        return mentions
    taken = None
    dates = _date_words()
    n = len(tokens)

    bases = token_words(text, tokens).bases

    def bare(k: int) -> str:
        return bases[k]

    def head(k: int) -> bool:
        if norms[k] not in _APPOSITION_FORMS:
            return False
        w = bare(k)
        return (w[2:] if w.startswith("ال") else w) in APPOSITION_HEADS

    def name_word(k: int) -> int:
        """2: a person's word, 1: a rare word, 0: no name word."""
        t = tokens[k]
        if t.base_start != t.start or any(taken[t.start:t.end]):
            return 0
        if has_tanwin_fath(text[t.start:t.end]):  # an adverb or object (فرحًا), never a name
            return 0
        w = fold(text[t.start:t.end])
        if not arabic_word(w) or w in dates or w in _AFTER_NAME or not_a_name(w):
            return 0
        shares = autolex.get(w)
        if shares and shares[0] >= APPOSITION_PER_SHARE:
            return 2
        if count(w) <= RARE_NAME and not (shares and max(shares[1:]) >= 0.5):
            return 1
        return 0

    added = []
    for c in commas:
        # the title head: within TITLE_PHRASE_MAX tokens before the comma, no punctuation between
        h = None
        for k in range(c - 1, max(-1, c - 1 - TITLE_PHRASE_MAX), -1):
            if not any(ch.isalpha() for ch in norms[k]):
                break
            if head(k):
                h = k
                break
        if h is None:
            continue
        if taken is None:
            taken = taken_chars(text, mentions)
        if any(taken[tokens[h].end:tokens[c].start]) and any(
                m.label == "PER" and tokens[h].end <= m.start and m.end <= tokens[c].start for m in mentions):
            continue
        kinds = []
        k = c + 1
        while k < n and len(kinds) < APPOSITION_MAX:
            kind = name_word(k)
            if not kind:
                break
            kinds.append(kind)
            k += 1
        while kinds:  # the longest run of name words that ends where a name ends
            e = c + 1 + len(kinds)
            if e < n and (norms[e] in _ENDS or bare(e) in _AFTER_NAME or bare(e) in dates or is_verb(bare(e))) and (
                    2 in kinds if len(kinds) == 1 else 2 in kinds or bare(e - 1).startswith("ال")):
                break
            kinds.pop()
        if kinds:
            start, end = tokens[c + 1].start, tokens[c + len(kinds)].end
            added.append(Mention(start, end, label="PER", confidence=RULE_CONFIDENCE))
            taken[start:end] = b"\x01" * (end - start)
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


# --- A name right after a definite title --------------------------------------------------------
# الرئيس طالباني، الوزير بوعشبة، المدرب كوبل: the tagger, which knows names after titles mostly from
# names it has seen, leaves a surname it never saw untagged even right after a title. A definite title
# word standing alone before a word is read as its holder's title (الرئيس السابق، الرئيس المصري go on
# with an adjective, which has the article; الرئيس يقول، الرئيس نفسه with a common word).
# Folded, with the article: heads of state and government, ranks, honorifics and professions the news
# names people by. Not الأمين، القائد، النائب, which often go on with their office (الأمين العام), nor
# السيد، السيدة, which are also the man, the lady of a story (وجدت السيدة مشنوقة).
DEFINITE_TITLES = frozenset(fold("ال" + w) for w in (
    "رئيس رئيسة وزير وزيرة ملك ملكة أمير أميرة شيخ شيخة سفير سفيرة جنرال لواء عقيد عميد مشير "
    "دكتور دكتورة مستشار مستشارة مبعوث مدرب مهاجم لاعب حارس مدافع فنان فنانة ممثل ممثلة مخرج كاتب كاتبة "
    "شاعر روائي قاضي محامي حاج إمام سلطان ناشط ناشطة صحفي صحفية إعلامي إعلامية مصور مصورة"
).split())
TITLED_NAME_MAX = 3  # words of the name after the title: [أحمد ضاي]، [عبد الكريم الهاروني]
_NAME_FOLLOWERS = frozenset(fold(w) for w in ("قد", "الذي", "التي"))
# ... and, after a full name of two words or more, the preposition no name holds (صحبي عتيق في تصريح).
_FULL_NAME_ENDS = frozenset(fold(w) for w in ("في",))
# Future and present verb prefixes: a rare word opening so after a title is a verb (الرئيس سيزور).
_VERB_OPENINGS = tuple(fold(p) for p in ("سي", "ست", "سن", "سأ"))


def titled_person_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                           autolex: Mapping[str, tuple[float, ...]], count: Callable[[str], int],
                           not_a_name: Callable[[str], bool],
                           is_verb: Callable[[str], bool] = lambda w: False,
                           is_nationality: Callable[[str], bool] = lambda w: False) -> list[Mention]:
    """``mentions`` plus PER for the untagged name right after a definite title (see above), or after the
    title and a nationality adjective (الرئيس الإسرائيلي رؤوفين ريفيلين).

    The first word has no article and no proclitic and is a person's word in the news (autolex PER share
    at least ``APPOSITION_PER_SHARE``) or a rare word never mostly another type; the name goes on over
    such words (with the article too: a family name, الحريري) up to ``TITLED_NAME_MAX`` words, and takes
    in a PER span right after it (the tagger knew the surname: الرئيس جلال [طالباني])."""
    if not tokens:
        return mentions
    n = len(tokens)
    taken = None
    by_start = {m.start: m for m in mentions}

    bases = token_words(text, tokens).bases

    def bare(k: int) -> str:
        return bases[k]

    def joined(k: int) -> bool:  # token k follows k-1 after spaces only, with no proclitic
        t = tokens[k]
        gap = text[tokens[k - 1].end:t.start]
        return bool(gap) and gap.strip(" ") == "" and (t.base_start == t.start or not split_guess(k))

    def split_guess(k: int) -> bool:
        """The tokenizer split a proclitic off a word where the word and the rest are both rare: a
        guess from frequencies that a surname defeats (كوبل is no ك + وبل)."""
        t = tokens[k]
        rest = fold(text[t.base_start:t.end])
        whole = fold(text[t.start:t.end])
        return not (count(whole) <= RARE_NAME and count(rest) <= RARE_NAME and not rest.startswith("ال")
                    and not whole.startswith("لل"))

    def name_word(k: int, first: bool) -> bool:
        t = tokens[k]
        if any(taken[t.start:t.end]) or has_tanwin_fath(text[t.start:t.end]):  # an adverb (شخصيا)
            return False
        w = fold(text[t.start:t.end])
        if not arabic_word(w, 3) or not_a_name(w) or is_verb(w) or w in _AFTER_NAME or w in _date_words():
            return False
        shares = autolex.get(w)
        if shares and shares[0] >= APPOSITION_PER_SHARE:
            return True
        if first and (w.startswith("ال") or w.endswith(("تها", "ته", "تهم"))):
            return False  # (ولايتها كريستينا فرنانديز: "her term", a noun with its pronoun)
        return count(w) <= RARE_NAME and not (shares and max(shares[1:]) >= 0.5) and not w.startswith(_VERB_OPENINGS)

    def name_ends(k: int) -> bool:
        """Token k can follow a name: punctuation, أن/إن, a date, a verb, قد/الذي/التي, a word with و
        (the next conjunct), or the end. Not any word: الوزير ايضاحات اكثر، الإمام بحزن شديد."""
        if k >= n or not any(ch.isalpha() for ch in tokens[k].norm):
            return True
        t = tokens[k]
        w = fold(text[t.base_start:t.end])
        return w in _AFTER_NAME or w in _date_words() or w in _NAME_FOLLOWERS or is_verb(fold(text[t.start:t.end])) \
            or text[t.start] == "و" and t.base_start > t.start

    # The title's body, tagged, right after it: النائب بالمجلس الوطني التأسيسي [الطاهر هميلة], القيادي في حركة
    # النهضة [...]: the name after the body's last token is the title's.
    ends = {tok.end: k for k, tok in enumerate(tokens)}
    words_at = {tok.base_start: k for k, tok in enumerate(tokens)}  # a mention starts past its proclitics
    after_body: dict[int, int] = {}
    for m in mentions:
        first, last = words_at.get(m.start), ends.get(m.end)
        if m.label != "ORG" or first is None or last is None or first < 1:
            continue
        tok = tokens[first]
        x = first - 1 if text[tok.start:tok.base_start].endswith(("ب", "ل")) else first - 2
        if x < 0 or (x == first - 2 and fold(text[tokens[x + 1].start:tokens[x + 1].end]) not in _AFFILIATIONS):
            continue
        # past the title's adjectives and باسم (الكاتب العام للاتحاد، الناطق الرسمي باسم الوزارة)
        while x > 0 and x > first - 4 and bare(x) not in POST_TITLES and tokens[x].base_start == tokens[x].start \
                and (bare(x) in _TITLE_ADJECTIVES):
            x -= 1
        if bare(x) in POST_TITLES:
            after_body[x] = last
    # A post in construct with the body it is held in, the body untagged or a place (ممثل قطاع الحليب [بوبكر
    # المهري]، رئيس بلدية ناغازاكي [توميهيسا تاوي]): the name after the genitive's common words is the post's.
    construct: set[int] = set()
    ends_at = {tokens[words_at[m.start]].base_start: ends[m.end] for m in mentions
               if m.label in ("LOC", "ORG") and m.start in words_at and m.end in ends}
    for t in range(n - 2):
        # (or a post held "for" a body the tagger left untagged: النائب عن حركة النهضة [صحبي عتيق])
        affiliated = bare(t) in POST_TITLES and fold(text[tokens[t + 1].start:tokens[t + 1].end]) in _AFFILIATIONS
        if (bare(t) not in CONSTRUCT_TITLES and not affiliated) or t in after_body or (
                tokens[t].base_start > tokens[t].start and text[tokens[t].start:tokens[t].base_start] != "و"):
            continue
        x, last, closed = (t + 2 if affiliated else t + 1), None, False
        while x < n and x - t <= CONSTRUCT_GENITIVE_MAX and joined(x):
            if tokens[x].base_start in ends_at:
                last = x = ends_at[tokens[x].base_start]
                closed = True
                x += 1
                continue
            w = bare(x)
            shares = autolex.get(w)
            if not arabic_word(w, 2) or count(w) <= RARE_NAME or (shares and shares[0] >= APPOSITION_PER_SHARE) \
                    or w in _AFTER_NAME or w in _GENITIVE_STOPS or tokens[x].base_start > tokens[x].start \
                    or is_verb(fold(text[tokens[x].start:tokens[x].end])):
                break  # (a preposition or a proclitic ends the construct: قائد التنظيم في بنغلادش)
            closed = closed or w.startswith("ال")
            last = x
            x += 1
        if last is not None and closed:
            after_body[t] = last
            construct.add(t)
    added = []
    for t in range(n - 1):
        if t not in after_body and (bare(t) not in DEFINITE_TITLES or not joined(t + 1)):
            continue
        if bare(t) in _ADJECTIVE_TITLES and t > 0 and bare(t - 1).startswith("ال"):
            continue  # الوسط الإعلامي، المؤتمر الصحفي: an adjective of the noun before it, no one's title
        if taken is None:
            taken = taken_chars(text, mentions)
        if any(taken[tokens[t].start:tokens[t].end]):
            continue
        # i: the title's last token, its nationality adjective when one follows (الرئيس الإسرائيلي رؤوفين ريفيلين),
        # or the last of its body
        i = t + 1 if t + 2 < n and (is_nationality(bare(t + 1)) or _title_adjective(bare(t + 1))) and joined(t + 2) \
            and not any(taken[tokens[t + 1].start:tokens[t + 1].end]) else after_body.get(t, t)
        if i + 1 >= n or not joined(i + 1):
            continue
        if not name_word(i + 1, True):
            continue
        k = i + 2
        while k < n and k - i - 1 < TITLED_NAME_MAX and joined(k) and name_word(k, False):
            k += 1
        if t in construct and k - i - 1 < 2:
            continue  # after a post and its body, a full name only (not وزير التربية صبيحة اليوم: "morning")
        end = tokens[k - 1].end
        if k < n and joined(k) and tokens[k].start in by_start and by_start[tokens[k].start].label == "PER":
            m = by_start[tokens[k].start]  # the surname the tagger knew
            mentions = [x for x in mentions if x is not m]
            end = m.end
        elif not name_ends(k) and not (k - i - 1 >= 2 and k < n and tokens[k].norm in _FULL_NAME_ENDS):
            continue  # (a full name of two words or more may end on في: النائب صحبي عتيق في تصريح له)
        start = tokens[i + 1].start
        added.append(Mention(start, end, label="PER", confidence=RULE_CONFIDENCE))
        taken[start:end] = b"\x01" * (end - start)
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


# Posts named in construct with the body they are held in, before the holder's name (ممثل قطاع الحليب …).
CONSTRUCT_TITLES = PERSON_TITLES | frozenset(fold(w) for w in "ممثل ممثلة مسؤول منسق وكيل عميد".split())
CONSTRUCT_GENITIVE_MAX = 4  # words of the body between the post and the name
_GENITIVE_STOPS = PREPOSITIONS | frozenset(fold(w) for w in "منذ خلال".split())

# Titles that are also adjectives (الإعلامي فلان، but الوسط الإعلامي).
_ADJECTIVE_TITLES = frozenset(fold("ال" + w) for w in "ناشط ناشطة صحفي صحفية إعلامي إعلامية".split())


def _title_adjective(word: str) -> bool:
    """A definite adjective that qualifies a title before the name: الناشطة الحقوقية، اللاعب الدولي، الوزير السابق
    (a relational adjective, in ي or ية, or one of the title adjectives)."""
    return word in _TITLE_ADJECTIVES or (word.startswith("ال") and len(word) > 5 and word.endswith(("ي", "يه")))


# Prepositions between a title and its body (القيادي في حركة النهضة، النائب عن الجبهة الشعبية).
_AFFILIATIONS = frozenset(fold(w) for w in ("في", "عن"))
# Posts held in a body named after them (النائب بالمجلس التأسيسي، القيادي في حركة النهضة، الكاتب العام للاتحاد).
POST_TITLES = DEFINITE_TITLES | frozenset(fold("ال" + w) for w in (
    "نائب نائبة قيادي قيادية عضو ناطق متحدث أمين كاتب مدير مديرة مسؤول مندوب منسق رئيس رئيسة"
).split())
_TITLE_ADJECTIVES = frozenset(fold(w) for w in "العام العامة الرسمي الرسمية السابق السابقة المساعد الأول باسم".split())


# Regnal and papal ordinals, part of the name they follow (يوحنا بولس الثاني، عبدالله الثاني، محمد السادس).
REGNAL_ORDINALS = frozenset(fold(w) for w in (
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر"
).split())


def regnal_ordinal_extension(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person's span run on over the regnal ordinal right after it (البابا [يوحنا بولس] الثاني
    → يوحنا بولس الثاني), when nothing else covers the ordinal."""
    if not any(m.label == "PER" for m in mentions):
        return mentions
    by_end = {t.end: k for k, t in enumerate(tokens)}
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        k = by_end.get(m.end)
        if m.label == "PER" and k is not None and k + 1 < len(tokens):
            nxt = tokens[k + 1]
            if nxt.base_start == nxt.start and not text[m.end:nxt.start].strip() and nxt.start not in starts \
                    and fold(text[nxt.start:nxt.end]) in REGNAL_ORDINALS:
                m = replace(m, end=nxt.end)
        out.append(m)
    return out


def person_run_on_split(text: str, tokens: Sequence[Token], mentions: list[Mention],
                        common_word: Callable[[Token], bool]) -> list[Mention]:
    """``mentions`` with a two-word person span the tagger ran on past one name split where the article names
    that person alone: into two people when each word names a person of its own elsewhere in the article, alone
    or as the surname of a full name (حث [السيستاني العبادي] → السيستاني، العبادي), or cut before a common word
    after a one-word name the article gives alone too (طالب [زيكو اتحاد] بلاده → زيكو)."""
    words_at = {t.base_start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}

    def key(m: Mention) -> str:
        return fold(text[m.start:m.end])

    people = [m for m in mentions if m.label == "PER"]
    alone = {key(m) for m in people if " " not in text[m.start:m.end].strip()}
    # the surname of each full name, and the full names it ends
    surname_of: dict[str, set[str]] = {}
    for m in people:
        ws = key(m).split()
        if len(ws) >= 2:
            surname_of.setdefault(ws[-1], set()).add(" ".join(ws))
    out: list[Mention] = []
    for m in mentions:
        first, last = words_at.get(m.start), ends.get(m.end)
        if m.label != "PER" or first is None or last is None or last != first + 1:
            out.append(m)
            continue
        a, b = tokens[first], tokens[last]
        wa, wb = fold(text[a.base_start:a.end]), fold(text[b.base_start:b.end])
        whole = key(m)
        # each word names a person of its own elsewhere, one of them as the surname of another full name that
        # is not this one's (حيدر العبادي; not محمد الهاشمي الحامدي for الهاشمي الحامدي, nor نوري and المالكي alone)
        full_a = {f for f in surname_of.get(wa, ()) if f != whole and wb not in f.split()}
        full_b = {f for f in surname_of.get(wb, ()) if f != whole and wa not in f.split()}
        if (full_a or full_b) and (full_a or wa in alone) and (full_b or wb in alone) \
                and wa.startswith("ال") and wb.startswith("ال"):  # (two family names: نوري المالكي is one man)
            # (two people, one acting on the other)
            out.append(Mention(a.base_start, a.end, "PER", m.entity, m.confidence))
            out.append(Mention(b.base_start, b.end, "PER", None, m.confidence))
        elif wa in alone and common_word(b):
            out.append(Mention(a.base_start, a.end, "PER", m.entity, m.confidence))
        else:
            out.append(m)
    return out
