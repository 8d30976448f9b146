"""Sports clubs in match reports, which an ANERcorp-trained tagger reads as the city they are named
after (``هامبورغ`` LOC), as a person (``سلتيك``) or not at all (``فريق الغرافة``).

FORMAT.md: a club is an organisation (ORG); the word that introduces it (نادي، فريق) is a descriptor
outside the name, as حركة is in حركة حماس. The rules run only in sentences about a match (a sports
word, or a score such as ``1 - صفر``), so a city elsewhere keeps its LOC:

- a place name followed by a *masculine* nationality adjective names a club: cities are feminine
  (مدينة ليون الفرنسية) while نادي is masculine (ليون الفرنسي، هامبورغ الألماني);
- a results line names the club before its country in brackets (``هامبورغ ( المانيا ) 1 - صفر``);
- an organisation right before a city is one club name (``دينامو`` + ``كييف``, ``ايك`` + ``اثينا``);
- a name after نادي، فريق or the guest/host of a match (ضيفه، مضيفه) is the club (``لفريق الشمال``);
- a word of the club list mined from the news (``rasd.train.sports_clubs``), untagged, is a club with no
  cue word at all (``التعادل مع الوكرة``، ``الجهاز الفني للأهلي``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import lru_cache

from rasd.arabic.normalize import fold
from rasd.document import Mention, Token
from rasd.stages.mention_rules import GENERIC_QUALIFIERS, RULE_CONFIDENCE, shipped_word_list

# Words that make a sentence a match report (folded, without proclitics). Not نادي or فريق themselves:
# نادي الأسير، فريق التحقيق are no sports.
SPORTS_WORDS = frozenset(fold(w) for w in (
    "مباراة", "المباراة", "مباراته", "مباريات", "المباريات", "الدوري", "دوري", "الشوط", "شوط", "ملعب", "الملعب",
    "استاد", "الاستاد", "بطولة", "البطولة", "كأس", "الكأس", "المنتخب", "لاعب", "اللاعب", "لاعبي", "لاعبو",
    "اللاعبين", "حارس", "الحارس", "مرمى", "المرمى", "مدرب", "المدرب", "الدقيقة", "التسلل", "ركلة", "ضربة",
    "هدف", "هدفا", "الهدف", "هدفين", "أهداف", "الأهداف", "التعادل", "تعادل", "بالتعادل", "فوزه", "فوزا",
    "الفوز", "فاز", "هزم", "خسر", "سحق", "الترتيب", "المجموعة", "نقطة", "نقاط", "النقاط", "مهاجم", "المهاجم",
    "مدافع", "المدافع", "الكرة", "كرة", "ضيفه", "مضيفه",
))
# Words a club's name follows (the word itself stays outside the name).
CLUB_HEADS = frozenset(fold(w) for w in ("نادي", "فريق", "ضيفه", "مضيفه", "غريمه"))
# Definite words after فريق/نادي that say which team, not which club (فريق الشباب is the youth team).
_NOT_CLUBS = frozenset(fold(w) for w in (
    "الكرة", "العمل", "التحقيق", "الأول", "الأولى", "الثاني", "الفني", "الشباب", "الناشئين", "الرجال", "السيدات",
    "الضيف", "المضيف", "الخصم", "المنافس", "البحث", "الإنقاذ", "الدفاع", "الهجوم", "الوطني", "الأولمبي",
    "العاصمة", "المدينة", "البلد", "البلاد",  # بفريق العاصمة الإسبانية: the club of a place, not its name
    "التقليدي", "اللدود", "التنظيم",  # غريمه التقليدي النصر، فريق التنظيم
))
# What a club's name goes on with: النجم الرياضي الساحلي، الأمل الرياضي.
_CLUB_WORDS = frozenset(fold(w) for w in ("الرياضي", "الرياضية"))
_SCORE_WORDS = frozenset(fold(w) for w in ("صفر",))


@lru_cache(maxsize=1)
def shipped_clubs() -> frozenset[str]:
    """Folded club names mined from the news (``rasd/stages/data/sports_clubs.tsv``, ``rasd train sports-clubs``)."""
    return shipped_word_list("sports_clubs.tsv", "sports club list", "sports-clubs")


def _is_score_part(word: str) -> bool:
    return word.isdigit() or word in _SCORE_WORDS


def _base_words(tokens: Sequence[Token]) -> list[str]:
    """Each token's folded word without its proclitics (from ``norm``, folded once by the tokenizer)."""
    return [t.norm[t.base_start - t.start:] if t.base_start > t.start else t.norm for t in tokens]


def _sports_tokens(text: str, tokens: Sequence[Token], sentences: Sequence[tuple[int, int]],
                   words: list[str]) -> bytearray:
    """A byte per token, set when the token's sentence is a match report."""
    sporty = bytearray(len(tokens))
    starts = [t.start for t in tokens]
    for s, e in sentences or [(0, len(text))]:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        hit = any(words[k] in SPORTS_WORDS for k in range(lo, hi)) or any(
            words[k] == "-" and _is_score_part(words[k - 1]) and _is_score_part(words[k + 1])
            for k in range(max(lo, 1), min(hi, len(tokens) - 1)))
        if hit:
            sporty[lo:hi] = b"\x01" * (hi - lo)
    return sporty


def sports_club_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                         sentences: Sequence[tuple[int, int]], is_nationality: Callable[[str], bool],
                         is_country: Callable[[str], bool], clubs: frozenset[str] | None = None) -> list[Mention]:
    """``mentions`` with clubs in match reports tagged ORG (relabelled, merged or added), sorted.

    ``clubs``: folded club names (default: the shipped list, ``shipped_clubs``)."""
    if not tokens:
        return mentions
    clubs = shipped_clubs() if clubs is None else clubs
    words = _base_words(tokens)
    sporty = _sports_tokens(text, tokens, sentences, words)
    if not any(sporty):
        return mentions
    first_of = {t.base_start: k for k, t in enumerate(tokens)}
    first_of.update({t.start: k for k, t in enumerate(tokens)})
    last_of = {t.end: k for k, t in enumerate(tokens)}
    n = len(tokens)

    def span(m: Mention) -> tuple[int, int] | None:
        a, b = first_of.get(m.start), last_of.get(m.end)
        return (a, b) if a is not None and b is not None and sporty[a] else None

    def club(m: Mention) -> Mention:
        return Mention(m.start, m.end, label="ORG", entity=m.entity, confidence=m.confidence)

    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    # An organisation right before a city is one club (دينامو كييف).
    merged: list[Mention] = []
    for m in ms:
        prev = merged[-1] if merged else None
        if prev is not None and prev.label == "ORG" and m.label == "LOC" and span(prev) and span(m) \
                and not text[prev.end:m.start].strip() and text[prev.end:m.start] \
                and tokens[first_of[m.start]].base_start == tokens[first_of[m.start]].start \
                and not is_country(fold(text[m.start:m.end])):  # وزارة الداخلية السعودية: a country qualifies
            merged[-1] = Mention(prev.start, m.end, label="ORG", entity=prev.entity, confidence=prev.confidence)
            continue
        merged.append(m)
    by_first = {first_of[m.start]: idx for idx, m in enumerate(merged) if m.start in first_of}
    by_last = {last_of[m.end]: idx for idx, m in enumerate(merged) if m.end in last_of}
    taken = bytearray(n)
    for m in merged:
        sp = first_of.get(m.start), last_of.get(m.end)
        if None not in sp:
            taken[sp[0]:sp[1] + 1] = b"\x01" * (sp[1] + 1 - sp[0])
    added: list[Mention] = []
    for idx, m in enumerate(merged):
        sp = span(m)
        if sp is None or m.label == "ORG":
            continue
        a, b = sp
        nxt = words[b + 1] if b + 1 < n and tokens[b + 1].base_start == tokens[b + 1].start else ""
        # هامبورغ الالماني: a masculine nationality after a place (a person keeps it: رونالدو البرتغالي).
        if m.label == "LOC" and nxt.endswith("ي") and is_nationality(nxt) and not is_country(fold(text[m.start:m.end])):
            merged[idx] = club(m)
    for k in range(n):
        if not sporty[k]:
            continue
        # A results line: the club before its country in brackets (هامبورغ ( المانيا )).
        if words[k] == "(" and 0 < k and k + 2 < n and words[k + 2] == ")" and is_country(words[k + 1]):
            idx = by_last.get(k - 1)
            if idx is not None:
                if merged[idx].label != "ORG" and not is_country(fold(text[merged[idx].start:merged[idx].end])):
                    merged[idx] = club(merged[idx])
            elif not taken[k - 1] and words[k - 1][:1].isalpha() and not is_country(words[k - 1]):
                tok = tokens[k - 1]
                added.append(Mention(tok.base_start, tok.end, label="ORG", confidence=RULE_CONFIDENCE))
                taken[k - 1] = 1
            inner = by_first.get(k + 1)
            if inner is not None and merged[inner].label != "LOC":
                m = merged[inner]
                merged[inner] = Mention(m.start, m.end, label="LOC", entity=m.entity, confidence=m.confidence)
        # لفريق الشمال، ضيفه اندرلخت: the name after the head is the club.
        if words[k] in CLUB_HEADS and k + 1 < n and tokens[k + 1].base_start == tokens[k + 1].start:
            idx = by_first.get(k + 1)
            if idx is not None:
                m = merged[idx]
                # a person after فريق is whose team it is (فريق راؤول السابق)
                if m.label in ("LOC", "MISC") and (words[k] == fold("نادي") or not is_country(fold(text[m.start:m.end]))):
                    merged[idx] = club(m)
            elif not taken[k + 1] and words[k + 1].startswith("ال") and len(words[k + 1]) > 3 \
                    and words[k + 1] not in _NOT_CLUBS and words[k + 1] not in SPORTS_WORDS \
                    and not words[k + 1].endswith(("ين", "ون")) and not text[tokens[k].end - 1] == "ة" \
                    and not is_nationality(words[k + 1]) and not (k + 2 < n and words[k + 2].endswith("يه")
                                                                 and is_nationality(words[k + 2])):
                # ضيفة الشرف is no match (ة: a guest of honour, not his guest); the club's name runs on over
                # الرياضي and the town's adjective after it (النجم الرياضي الساحلي), not its country (التونسي)
                j = k + 2
                if j < n and words[j] in _CLUB_WORDS and not taken[j] and tokens[j].base_start == tokens[j].start:
                    j += 1
                    if j < n and words[j].startswith("ال") and words[j].endswith("ي") and not taken[j] \
                            and tokens[j].base_start == tokens[j].start and not is_nationality(words[j]) \
                            and words[j] not in GENERIC_QUALIFIERS:
                        j += 1
                added.append(Mention(tokens[k + 1].base_start, tokens[j - 1].end, label="ORG",
                                     confidence=RULE_CONFIDENCE))
                taken[k + 1:j] = b"\x01" * (j - k - 1)
        # مع الوكرة، للأهلي (ل swallowed the article's alef): a listed club, untagged, unless a definite word
        # that is no nationality goes on after it (الوحدة الوطنية: one phrase, the word no club there; not إلى).
        w = words[k]
        if not taken[k] and (w in clubs or (w[:1] == "ل" and tokens[k].base_start > tokens[k].start
                                            and "ا" + w in clubs)):
            nxt = words[k + 1] if k + 1 < n else ""
            if not (nxt.startswith("ال") and len(nxt) > 4 and tokens[k + 1].base_start == tokens[k + 1].start and not taken[k + 1]
                    and not is_nationality(nxt)):
                added.append(Mention(tokens[k].base_start, tokens[k].end, label="ORG", confidence=RULE_CONFIDENCE))
                taken[k] = 1
    return sorted(merged + added, key=lambda m: (m.start, m.end))


# Words that open a cup's name (بطولة كأس إسبانيا، كأس ملك إسبانيا). Not دوري: ANERcorp tags the continent in
# دوري أبطال أوروبا as a place (LOC, four times in its dev split; AQMAR makes the whole league MISC), so a
# league is left as the tagger reads it.
COMPETITION_HEADS = frozenset(fold(w) for w in ("كأس", "كاس", "بطولة"))
# Words between the head and the place a competition is named for: whose cup, which league.
COMPETITION_QUALIFIERS = frozenset(fold(w) for w in (
    "أبطال", "ابطال", "ملك", "أمير", "امير", "رئيس", "الأمم", "الامم", "أمم", "امم", "السوبر",
))


def competition_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a place named in a cup's name made part of one MISC name: كأس إسبانيا، بطولة كأس ملك
    إسبانيا. A competition is a named event (MISC, as FORMAT.md codes a named war or agreement, and as ANERcorp
    tags بطولة كأس إنجلترا and AQMAR كأس إسبانيا); the country inside it is no place the text is about, nor an
    actor. Only a place the tagger found right after the head (past a
    qualifier such as أبطال or ملك) counts, so a cup named by nothing the tagger knows is left alone."""
    if not mentions:
        return mentions
    words = _base_words(tokens)
    by_start = {m.start: m for m in mentions}
    starts = {t.base_start: k for k, t in enumerate(tokens)}
    out = list(mentions)
    replaced: dict[int, Mention] = {}
    for k, w in enumerate(words):
        if w not in COMPETITION_HEADS or (k > 0 and words[k - 1] in COMPETITION_HEADS):
            continue  # (بطولة كأس …: the name starts at بطولة)
        x = k + 1
        while x < len(tokens) and words[x] in COMPETITION_HEADS | COMPETITION_QUALIFIERS and x <= k + 3:
            x += 1
        if x >= len(tokens):
            continue
        place = by_start.get(tokens[x].base_start) or by_start.get(tokens[x].start)
        if place is None or place.label != "LOC" or starts.get(place.start, x) != x:
            continue
        if any(m is not place and m.start < place.end and tokens[k].base_start < m.end for m in mentions):
            continue  # another name inside: not a name of one place
        replaced[id(place)] = Mention(tokens[k].base_start, place.end, "MISC", None, RULE_CONFIDENCE)
    if not replaced:
        return mentions
    return sorted((replaced.get(id(m), m) for m in out), key=lambda m: (m.start, m.end))
