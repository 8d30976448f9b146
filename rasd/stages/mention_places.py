"""Country and region names of several words kept whole (GUIDELINES.md: جنوب شرقي آسيا is one LOC).

An ANERcorp-trained tagger often tags one word of such a name: بطل [كوت] ديفوار، [جنوب] أفريقيا is
tagged جنوب [أفريقيا]. The names come from CLDR (``rasd.stages.mentions._country_names``), not from a
list of the places a corpus mentions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace

from rasd.arabic.normalize import ends_in_nisba, fold
from rasd.document import Mention, Token
from rasd.stages.mention_rules import RULE_CONFIDENCE, arabic_word, taken_chars, token_words


@functools.lru_cache(maxsize=4)
def _first_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in names)


def place_name_completion(text: str, tokens: Sequence[Token], mentions: list[Mention],
                          names: frozenset[str], max_words: int = 4) -> list[Mention]:
    """``mentions`` with a LOC the tagger cut out of a longer country or region name (folded, in
    ``names``) widened to the whole name: بطل [كوت] ديفوار → كوت ديفوار، [جنوب] أفريقيا. Only
    names of several words the tagger tagged part of, with nothing but LOC inside, are widened."""
    if not tokens or not any(m.label == "LOC" for m in mentions):
        return mentions
    n = len(tokens)
    words = token_words(text, tokens).bases
    # the names' first words: a token opening none (most of them) is passed over without joining any span
    firsts = _first_words(names)
    # joins[k]: token k continues the phrase of token k - 1 (no proclitic, only spaces between them).
    joins = [k > 0 and tokens[k].base_start == tokens[k].start and not text[tokens[k - 1].end:tokens[k].start].strip()
             for k in range(n)]
    out = list(mentions)
    changed = False
    i = 0
    while i < n:
        if words[i] not in firsts and " " not in words[i]:
            i += 1
            continue
        for length in range(min(max_words, n - i), 1, -1):
            j = i + length
            if not all(joins[i + 1:j]):
                continue
            if " ".join(words[i:j]) not in names:
                continue
            start, end = tokens[i].base_start, tokens[j - 1].end
            inside = [m for m in out if m.start < end and start < m.end]
            if not inside or not all(m.label == "LOC" and start <= m.start and m.end <= end for m in inside) \
                    or (len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end)):
                continue
            out = [m for m in out if m not in inside]
            out.append(Mention(start, end, label="LOC", confidence=max(m.confidence for m in inside)))
            out.sort(key=lambda m: m.start)
            changed = True
            i = j - 1
            break
        i += 1
    return out if changed else mentions


# Words that begin a place's own name and never stand alone as one (سيدي بوزيد، بن قردان، بني خداش، أبو
# ظبي، عين دراهم، حمام سوسة، منزل بورقيبة، برج العامري، رأس الجبل، بئر علي بن خليفة، تل أبيب، كفر الشيخ،
# دير الزور): a tagger that tags the rest as a place, or both words as two places, has cut the name.
TOPONYM_HEADS = frozenset(fold(w) for w in (
    "سيدي", "بن", "بني", "أبو", "عين", "حمام", "منزل", "برج", "رأس", "بئر", "تل", "كفر", "دير", "حاسي", "أولاد",
))
# A city whose name is its epithet with the word "city" (المدينة المنورة: المنورة alone names nothing), completed
# like the multi-word country names. Not مكة المكرمة, where ANERcorp tags [مكة] and leaves the epithet out.
CITY_EPITHETS = frozenset(fold(w) for w in ("المدينة المنورة",))


def toponym_head_completion(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a LOC widened over the toponym head right before it (سيدي [بوزيد] → سيدي بوزيد), the
    head tagged a place of its own or not at all; the head may carry a proclitic (بسيدي بوزيد), the name
    none, and only a space stands between them."""
    if not tokens or not any(m.label == "LOC" for m in mentions):
        return mentions
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    out = list(mentions)
    changed = False
    for k in range(1, len(tokens)):
        head, tok = tokens[k - 1], tokens[k]
        m = by_start.get(tok.start)
        if m is None or m.label != "LOC" or tok.base_start != tok.start or text[head.end:tok.start].strip() \
                or fold(text[head.base_start:head.end]) not in TOPONYM_HEADS:
            continue
        before = by_end.get(head.end)
        if before is not None and (before.label != "LOC" or before.start != head.base_start):
            continue  # the head is inside another name (محمد بن [سلمان]) or tagged as something else
        if before is None and any(x.start < head.end and head.base_start < x.end for x in out):
            continue
        out = [x for x in out if x is not m and x is not before]
        out.append(Mention(head.base_start, m.end, label="LOC", confidence=m.confidence))
        changed = True
    return sorted(out, key=lambda x: x.start) if changed else mentions


# Names whose common sense the noun right before them shows: صلاة المغرب، أذان المغرب is the sunset prayer, not
# Morocco (38 and 14 times in the unlabeled news).
COMMON_SENSES_BEFORE = {fold("المغرب"): frozenset(fold(w) for w in "صلاة أذان آذان صلاتي".split())}


def common_sense_by_noun_before(text: str, start: int, name: str) -> bool:
    """True when the word before offset ``start`` shows the folded ``name`` to be a common noun (لصلاة المغرب).

    >>> common_sense_by_noun_before("اجتمعوا لصلاة المغرب", 14, fold("المغرب"))
    True
    """
    before = COMMON_SENSES_BEFORE.get(name)
    if before is None:
        return False
    prev = text[max(0, start - 30):start].split()
    word = fold(prev[-1].strip("،,.()«»\"")) if prev else ""
    return word in before or (word[:1] in "وفلب" and word[1:] in before)


# Compass words that place what follows them (شمالي صلاح الدين، جنوب لبنان): what they govern is a place.
COMPASS_WORDS = frozenset(fold(w) for w in "شمال شمالي جنوب جنوبي شرق شرقي غرب غربي وسط".split())


def compass_places(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person the tagger found right after a compass word relabelled a place (شمالي [صلاح
    الدين] is the Iraqi province, not the sultan)."""
    if not any(m.label == "PER" for m in mentions):
        return mentions
    by_start = {t.start: k for k, t in enumerate(tokens)}
    out = []
    for m in mentions:
        k = by_start.get(m.start)
        if m.label == "PER" and k and tokens[k].base_start == tokens[k].start \
                and fold(text[tokens[k - 1].base_start:tokens[k - 1].end]) in COMPASS_WORDS \
                and not text[tokens[k - 1].end:m.start].strip():
            m = replace(m, label="LOC")
        out.append(m)
    return out


# Heads of natural features, outside the name as settlement descriptors are (ANERcorp and GUIDELINES.md:
# نهر [النيجر]، جبل [لبنان]). Not وادي or جزيرة, which often begin a name of their own (وادي عربة، جزيرة العرب).
NATURAL_HEADS = frozenset(fold(w) for w in ("نهر", "جبل", "جبال", "بحيرة", "هضبة", "صحراء"))
# Heads of towns and villages, whose small names the tagger never saw (بلدة الغنطو، مدينة تلبيسة، قرية الغاصبية).
SETTLEMENT_HEADS = frozenset(fold(w) for w in ("مدينة", "بلدة", "قرية", "مخيم", "ناحية"))
# A word the news has seen at most this often is taken for the feature's or the town's name (جبل قاسيون، نهر
# بردى، مدينة تلبيسة); common words describe it (نهر موسمي، جبل عال، مدينة كبيرة).
RARE_NAME = 20
_PLACE_NAME_HEADS = NATURAL_HEADS | SETTLEMENT_HEADS


def headed_place_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                          count: Callable[[str], int]) -> list[Mention]:
    """``mentions`` with a rare untagged word right after the head of a natural feature or a settlement tagged
    LOC: على سفوح جبل [قاسيون]، ضفة نهر [بردى]، قصف على مناطق في مدينة [تلبيسة]. The word follows the head after
    a space only, has no proclitic, and is no indefinite nisba adjective (نهر موسمي); a head written with ه is the
    word with a pronoun (بنات بلده المصريات: his country's daughters), not the head."""
    if not tokens:
        return mentions
    covered = taken_chars(text, mentions)
    bases, words = token_words(text, tokens)
    added = []
    for k in range(1, len(tokens)):
        head, tok = tokens[k - 1], tokens[k]
        if bases[k - 1] not in _PLACE_NAME_HEADS or text[head.end - 1] == "ه" or tok.base_start != tok.start \
                or text[head.end:tok.start].strip() or any(covered[head.start:tok.end]):
            continue
        w = words[k]
        if arabic_word(w, 3) and count(w) <= RARE_NAME and (w.startswith("ال") or not ends_in_nisba(text[tok.start:tok.end])):
            added.append(Mention(tok.start, tok.end, label="LOC", confidence=RULE_CONFIDENCE))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
