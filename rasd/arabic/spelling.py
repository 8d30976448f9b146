"""Spelling suggestions for Arabic news, from corpus frequencies and word bigrams.

Two kinds of error an editor wants to see:

* a *non-word* (``سط``, ``نباه``): unknown to the lexicon even after clitics
  are stripped, one edit away from a frequent word that the neighbours support;
* a *real-word* error (``بدء الحر الروسية`` for ``الحرب``): a valid but rarer
  word that never occurs next to its neighbours, one edit away from a much
  more frequent word that does.

Both return nothing unless the context clearly prefers the suggestion:
a false flag costs an editor's trust.

>>> suggest_for("سط", left="حديثه", right="تبادل").suggestion
'وسط'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from rasd.arabic.lexicon import word_frequencies
from rasd.arabic.ngrams import ngrams
from rasd.arabic.normalize import fold

# Folded Arabic letters (after alef/ya/ta-marbuta folding) used to generate edits.
ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويء"

_PREFIXES = ("وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "وس", "فس",
             "و", "ف", "ب", "ك", "ل", "س")
_SUFFIXES = ("هما", "كما", "تها", "ته", "هم", "هن", "كم", "نا", "ها", "ني", "ون", "ين", "ان", "ات", "وا",
             "ه", "ي", "ك", "ت", "ا")


@dataclass(frozen=True)
class Suggestion:
    suggestion: str
    kind: str  # "non-word" or "real-word"
    confidence: float
    support: int  # bigram count with the neighbours that backs the suggestion


def count(folded: str) -> int:
    return word_frequencies().count_folded(folded)


def is_known(folded: str, min_count: int = 3) -> bool:
    """Known as written, or once common clitics and affixes are stripped (وبحكومتها → حكومة)."""
    if count(folded) >= min_count:
        return True
    for p in ("",) + _PREFIXES:
        if not folded.startswith(p):
            continue
        rest = folded[len(p):]
        for s in ("",) + _SUFFIXES:
            if s and not rest.endswith(s):
                continue
            stem = rest[: len(rest) - len(s)] if s else rest
            if len(stem) >= 2 and (p or s):
                if count(stem) >= min_count:
                    return True
                if s and stem.endswith("ت") and count(stem[:-1] + "ه") >= min_count:  # حكومت+ها → حكومه
                    return True
    return False


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
    out |= {a + c + b for a, b in splits for c in ALPHABET}
    out.discard(word)
    return out


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _is_edit1(a: str, b: str) -> bool:
    """One deletion, insertion, substitution or adjacent transposition apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short in _deletes(long_)


@lru_cache(maxsize=1)
def _frequent_index(min_count: int = 200) -> dict[str, tuple[str, ...]]:
    """Frequent words by themselves and by each single-letter deletion (a SymSpell index),
    so the frequent neighbours of a word are found with a few look-ups instead of ~70·n."""
    index: dict[str, set[str]] = {}
    for word, n in word_frequencies().items():
        if n < min_count:
            continue
        for key in _deletes(word) | {word}:
            index.setdefault(key, set()).add(word)
    return {k: tuple(v) for k, v in index.items()}


def frequent_neighbours(word: str) -> list[str]:
    """Words with count ≥ 200 one edit away from ``word``."""
    index = _frequent_index()
    found: set[str] = set()
    for key in _deletes(word) | {word}:
        found.update(index.get(key, ()))
    return [c for c in found if _is_edit1(word, c)]


def split_merged(folded: str, min_part: int = 2, min_count: int = 200, min_bigram: int = 3) -> tuple[str, str] | None:
    """Two frequent words run together (``هذهالمعلومات`` → ``هذه``, ``المعلومات``), or None."""
    if is_known(folded) or len(folded) < 2 * min_part + 1:
        return None
    best = None
    for i in range(min_part, len(folded) - min_part + 1):
        left, right = folded[:i], folded[i:]
        if count(left) < min_count or count(right) < min_count:
            continue
        support = ngrams().count(left, right)
        if support >= min_bigram and (best is None or support > best[0]):
            best = (support, left, right)
    return (best[1], best[2]) if best else None


_CLITIC_LETTERS = set("وفبكلاس")
_SUFFIX_LETTERS = set("هايكنمت")
_LONG_VOWELS = set("اوي")


def _form_edit(w: str, c: str) -> bool:
    """True when ``c`` is another form of ``w`` rather than a misspelling: a clitic or
    suffix letter added or dropped at an edge (وفي/في، لحجم/حجم، منه/من), or a long
    vowel dropped inside, as weak verbs do in the jussive (يقم/يقوم، يكن/يكون)."""
    if len(c) == len(w) + 1:
        longer, shorter = c, w
    elif len(w) == len(c) + 1:
        longer, shorter = w, c
    else:
        return len(w) == len(c) and len(w) > 1 and w[1:] == c[1:] and {w[0], c[0]} <= _CLITIC_LETTERS
    if longer[1:] == shorter and longer[0] in _CLITIC_LETTERS:
        return True
    if longer[:-1] == shorter and longer[-1] in _SUFFIX_LETTERS:
        return True
    for i in range(1, len(longer) - 1):
        if longer[i] in _LONG_VOWELS and longer[:i] + longer[i + 1:] == shorter:
            return True
    return False


def _context(c: str, left: str | None, right: str | None) -> tuple[int, int]:
    ng = ngrams()
    return (ng.count(left, c) if left else 0, ng.count(c, right) if right else 0)


def _trigram_support(c: str, ctx: Context) -> int:
    ng = ngrams()
    return ng.count(ctx.left2, ctx.left, c) + ng.count(ctx.left, c, ctx.right) + ng.count(c, ctx.right, ctx.right2)


@dataclass(frozen=True)
class Context:
    """Up to two folded neighbours on each side (None across punctuation or line breaks)."""

    left: str | None = None
    right: str | None = None
    left2: str | None = None
    right2: str | None = None


def suggest_for(word: str, left: str | None = None, right: str | None = None,
                left2: str | None = None, right2: str | None = None) -> Suggestion | None:
    """A spelling suggestion for ``word`` between its neighbours, or None."""
    w = fold(word)
    ctx = Context(*(fold(x) if x else None for x in (left, right, left2, right2)))
    if len(w) < 2 or not w.isalpha() or not (ctx.left or ctx.right):
        return None
    if not is_known(w):
        return _suggest_non_word(w, ctx)
    if len(w) >= 3:
        return _suggest_real_word(w, ctx)
    return None


_BETA = 2000.0  # Dirichlet smoothing mass for the bigram model


def _log_fit(c: str, n: int, ctx: Context) -> float:
    """log P(c) + log P(c | left) + log P(right | c): how well ``c`` fits between its neighbours."""
    total = word_frequencies().total
    cl, cr = _context(c, ctx.left, ctx.right)
    out = math.log(n / total)
    if ctx.left:
        out += math.log((cl + _BETA * n / total) / (count(ctx.left) + _BETA))
    if ctx.right:
        out += math.log((cr + _BETA * (count(ctx.right) + 1) / total) / (n + _BETA))
    return out + math.log1p(_trigram_support(c, ctx))


def _suggest_non_word(w: str, ctx: Context) -> Suggestion | None:
    """An unknown word: the edit whose neighbours attest it, clearly ahead of any rival."""
    if count(w) > 0:
        return None
    ranked = []
    # No form-edit exclusion here: an unknown word is not a clitic form of anything
    # (سط is وسط missing its first letter, not وسط without a conjunction).
    for c in edits1(w):
        n = count(c)
        if n < 20:
            continue
        cl, cr = _context(c, ctx.left, ctx.right)
        support = cl + cr + 3 * _trigram_support(c, ctx)
        ranked.append((_log_fit(c, n, ctx), support, c))
    if not ranked:
        return None
    ranked.sort(reverse=True)
    fit, support, best = ranked[0]
    if support < 2:
        return None
    # The fix must fit the context clearly better (×5) than any rival spelling.
    if len(ranked) > 1 and fit - ranked[1][0] < math.log(5):
        return None
    return Suggestion(best, "non-word", round(min(0.95, 0.6 + 0.05 * support), 3), support)


def _plausible_slip(w: str, c: str, c_w: int) -> bool:
    """Which edits can turn a valid word into the text's word by a slip.

    A word that is itself almost unattested (≤ 10 times) may be any slip. A
    common word is only questioned when the text lacks a letter of the fix
    (الحر for الحرب) or swaps two adjacent letters: substitutions between two
    common words are far more often two legitimate words than a typo.
    """
    if c_w <= 10:
        return True
    if len(c) == len(w) + 1:
        return True
    return len(c) == len(w) and sorted(c) == sorted(w)


def _phrase_probability(c: str, ctx: Context) -> tuple[int, float]:
    """The best attested trigram around ``c`` and how predictable ``c`` is in it:
    P(c | two words before), P(next word | word before, c) or P(next two words | c)."""
    ng = ngrams()
    best = (0, 0.0)
    windows = (
        (ng.count(ctx.left2, ctx.left, c), ng.count(ctx.left2, ctx.left)),
        (ng.count(ctx.left, c, ctx.right), ng.count(ctx.left, c)),
        (ng.count(c, ctx.right, ctx.right2), count(c)),
    )
    for tri, base in windows:
        if tri >= 3 and base:
            p = tri / base
            if p > best[1]:
                best = (tri, p)
    return best


def _suggest_real_word(w: str, ctx: Context) -> Suggestion | None:
    """A valid word never seen beside its neighbours, where a far more frequent word one edit away
    completes a phrase attested several times (trigram): ``منذ بدء الحر`` → ``الحرب``."""
    if any(_context(w, ctx.left, ctx.right)) or _trigram_support(w, ctx):
        return None
    c_w = count(w)
    found = []
    for c in frequent_neighbours(w):
        n = count(c)
        if n < max(200, 3 * c_w) or _form_edit(w, c) or not _plausible_slip(w, c, c_w):
            continue
        tri, p = _phrase_probability(c, ctx)
        if tri >= 3 and p >= 0.008:
            found.append((p, tri, c))
    if not found:
        return None
    found.sort(reverse=True)
    p, tri, best = found[0]
    if len(found) > 1 and found[1][0] * 2 > p:
        return None
    return Suggestion(best, "real-word", round(min(0.9, 0.6 + 0.03 * tri), 3), tri)
