"""Word tokenisation with clitic split points, keeping original offsets.

A token is a whitespace/punctuation-delimited word; its proclitics (و ف ب ك ل),
article (ال) and pronoun suffix are recorded as split points inside it
(see ``rasd.document.Token``) rather than as separate strings, so offsets
always slice the original text.

Whether a leading و/ب/ل… is a clitic is decided by the word-frequency
lexicon: ``وزير`` is a word, ``وأمريكا`` is و + أمريكا.

>>> [t.norm for t in tokenize("وبالأمس قال الوزير")]
['وبالامس', 'قال', 'الوزير']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.arabic.lexicon import word_frequencies
from rasd.arabic.normalize import fold
from rasd.document import Token

_AR = "\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06FA-\u06FC"  # letters
_MARKS = "\u064B-\u065F\u0670\u0640\u06D6-\u06ED"  # harakat, tatweel, Quranic marks
_DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9"
_ZW = "\u200c\u200d"  # zero-width (non-)joiners may sit inside words

TOKEN_RE = re.compile(
    rf"[{_AR}][{_AR}{_MARKS}{_ZW}]*"  # Arabic word
    rf"|[{_DIGITS}]+(?:[.,\u066B\u066C:/][{_DIGITS}]+)*%?"  # number, decimal, time, date, percent
    r"|[A-Za-z\u00C0-\u024F]+(?:['\u2019\-.][A-Za-z\u00C0-\u024F]+)*"  # Latin word (NATO, G20 → G + 20)
    r"|[^\s]",  # any other visible character is its own token
)

_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل")
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")


# Words whose first letter only looks like a proclitic, written so (plain alef, final ي) where the clitic reading
# is spelt otherwise: والي is a governor (والي سوسة), while "and to" is written وإلى/والى (folded, both read الي).
_WHOLE = frozenset({"والي"})


def _count(folded: str) -> int:
    return word_frequencies().count_folded(folded)


def _plausible_split(whole: str, rest: str, count: Callable[[str], int]) -> bool:
    """Split a proclitic off when the remainder is a much more common word than the whole."""
    if len(rest) < 2:
        return False
    c_rest = count(rest)
    if c_rest == 0:
        return False
    c_whole = count(whole)
    if rest.startswith("ال") and len(rest) >= 4:
        return c_rest >= c_whole * 0.05 or c_whole < 50
    return c_rest >= 3 * c_whole + 2


# How much more often a word must be written whole than without its first letter, and how often at least, for
# that letter to belong to it (وزارته 77 times, زارته 5; وقال 13,597 times, قال 6,877: a conjunction).
PROCLITIC_WORD_RATIO = 5
PROCLITIC_WORD_MIN = 20


def first_letter_belongs(folded: str, count: Callable[[str], int] = _count) -> bool:
    """True when a word opening on و/ف/ب/ل is, by the news's counts, a word of its own rather than that letter
    and a word (وزارته، بريطانيا): the confident "no" of the split ``segment_word`` makes."""
    if folded[:1] not in _CONJ + _PREP:
        return False
    whole = count(folded)
    return whole >= PROCLITIC_WORD_MIN and whole >= PROCLITIC_WORD_RATIO * count(folded[1:])


def segment_word(word: str, count: Callable[[str], int] = _count) -> tuple[int, int, int]:
    """Clitic split points of one word as offsets into it: ``(base, stem, stem_end)``.

    ``word[:base]`` = proclitics (و ف ب ك ل), ``word[base:stem]`` = article,
    ``word[stem_end:]`` = pronoun suffix. ``segment_word("وللحرب") == (2, 3, 6)``:
    و+ل, then the article's ل (its alef elided), then ``حرب``.
    """
    f = fold(word, "search")
    if len(f) != len(word):  # diacritics present: work on a mark-free view, map positions back
        keep = [i for i, ch in enumerate(word) if fold(ch)]
        bare = "".join(word[i] for i in keep)
        b, s, e = segment_word(bare, count) if bare and len(bare) < len(word) else (0, 0, len(word))
        pos = keep + [len(word)]
        return pos[b], pos[s], pos[e] if e < len(bare) else len(word)
    base = 0
    if word in _WHOLE:
        return 0, 0, len(word)
    # Proclitics: optional و/ف, then optional ب/ك/ل.
    for prefixes in (_CONJ, _PREP):
        if base < len(f) and f[base] in prefixes and len(f) - base > 2:
            rest = f[base + 1:]
            # ل + ال writes لل: the article's alef is elided (للحرب = ل + الحرب).
            if f[base] == "ل" and rest.startswith("ل") and len(rest) >= 3 and _plausible_split(f[base:], "ا" + rest, count):
                base += 1
                return base, base + 1, len(f)
            if _plausible_split(f[base:], rest, count):
                base += 1
    stem = base
    # The article's alef carries no hamza: إلغاء، ألمانيا، إلكتروني begin with a root letter, not ال.
    if f.startswith("ال", base) and len(f) - base >= 4 and word[base] not in "أإآ":
        # A definite noun takes no possessive suffix: الدولي is not الدول + ي.
        return base, base + 2, len(f)
    return base, stem, _suffix_end(f, stem, count, fold(word, "light"))


def _suffix_end(f: str, stem: int, count: Callable[[str], int], shape: str | None = None) -> int:
    # ``shape`` keeps ة distinct from ه, so هاتفية is not هاتفي + ه.
    shape = shape if shape is not None and len(shape) == len(f) else f
    for suf in _SUFFIXES:
        if shape.endswith(suf) and len(f) - len(suf) - stem >= 3:
            bare = f[stem:len(f) - len(suf)]
            # ta marbuta is written ت before a suffix: حكومته = حكومة + ه.
            candidates = [bare, bare[:-1] + "ه"] if bare.endswith("ت") else [bare]
            whole = f[stem:]
            if any(count(c) >= 2 * count(whole) + 5 for c in candidates):
                return len(f) - len(suf)
            break
    return len(f)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    tokens = []
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        s, e = m.start(), m.end()
        word = m.group()
        if "\u0621" <= word[0] <= "\u06FC":
            b, st, se = segment_word(word)
            tokens.append(Token(s, e, norm=fold(word), base_start=s + b, stem_start=s + st, stem_end=s + se))
        else:
            tokens.append(Token(s, e, norm=fold(word)))
    return tokens
