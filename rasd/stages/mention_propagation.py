"""One article, one reading of a name: tag the untagged repeats of names found elsewhere in it.

A tagger decides sentence by sentence, so a name it recognises in one context is
missed in another (``باراغواي`` tagged once, missed twice). Exact repeats take the
name's label; the surname of a full person name, repeated alone, is PER
(``الباجي قائد السبسي`` … ``السبسي``; FORMAT's partial re-mentions).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from rasd.arabic.lexicon import word_frequencies
from rasd.arabic.normalize import fold
from rasd.document import Mention, Token
from rasd.stages.mention_rules import TokenWords, token_words

# A surname alone is only trusted when it is not an everyday word (أحمد، الشيخ are too common).
MAX_SURNAME_COUNT = 5000
MIN_CONFIDENCE = 0.6


def _name_key(words: TokenWords, first: int, end: int) -> tuple[str, ...]:
    """The key of the name on tokens ``[first, end)``: its first word past the proclitics outside the span
    (لباراغواي), the rest whole."""
    return (words.bases[first], *words.words[first + 1:end])


# Heads a party or movement is named by and then dropped (حركة النهضة … النهضة، حزب آفاق تونس … آفاق تونس).
PARTY_HEADS = frozenset(fold(w) for w in "حزب حركة تيار جبهة ائتلاف".split())
# A one-word short name must be a definite noun no commoner than this (المسار، النهضة; not العمال،
# المستقبل, nor a verb: حركة فتح … فتح تحقيقا).
MAX_SHORT_NAME_COUNT = 1000


def _short_name(words: TokenWords, first: int, end: int) -> tuple[str, ...] | None:
    """The key of a party's name without its head (حزب المسار → المسار), or None."""
    if end - first < 2 or end - first > 4 or words.bases[first] not in PARTY_HEADS:
        return None
    rest = words.words[first + 1:end]
    if len(rest) == 1:
        w = rest[0]
        # a nisba adjective (حزب الوطني…) is no name of its own
        if not w.startswith("ال") or len(w) < 5 or w.endswith(("ي", "يه")) \
                or word_frequencies().count_folded(w) > MAX_SHORT_NAME_COUNT:
            return None
    return (rest[0], *rest[1:])


def propagate(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus repeats of confidently tagged names at untagged token positions, sorted."""
    if not mentions or not tokens:
        return mentions
    starts = [t.start for t in tokens]
    tagged = [False] * len(tokens)
    words = token_words(text, tokens)
    names: dict[tuple[str, ...], Counter] = {}
    for m in mentions:
        lo = bisect.bisect_right(starts, m.start) - 1
        hi = bisect.bisect_left(starts, m.end)
        for i in range(max(lo, 0), hi):
            tagged[i] = True
        lo = max(lo, 0)
        if hi <= lo or m.confidence < MIN_CONFIDENCE:
            continue
        names.setdefault(_name_key(words, lo, hi), Counter())[m.label] += 1
        if m.label == "PER" and hi - lo >= 2:
            last = words.bases[hi - 1]
            if word_frequencies().count_folded(last) <= MAX_SURNAME_COUNT and len(last) >= 3:
                names.setdefault((last,), Counter())["PER"] += 1
        if m.label == "ORG" and (short := _short_name(words, lo, hi)) is not None:
            names.setdefault(short, Counter())["ORG"] += 1
    if not names:
        return mentions
    longest = max(len(k) for k in names)
    # each token's two keys once, and the words a name starts with: most tokens start none and are passed over
    first_keys, word_keys = words
    openers = {k[0] for k in names}
    added: list[Mention] = []
    i = 0
    while i < len(tokens):
        if first_keys[i] not in openers:
            i += 1
            continue
        hit = None
        for n in range(min(longest, len(tokens) - i), 0, -1):
            if any(tagged[i:i + n]):
                continue
            key = (first_keys[i], *word_keys[i + 1:i + n])
            if key in names:
                hit = (n, names[key].most_common(1)[0][0])
                break
        if hit and "\u0600" <= text[tokens[i].start] <= "\u06FF":
            n, label = hit
            added.append(Mention(tokens[i].base_start, tokens[i + n - 1].end, label=label, confidence=MIN_CONFIDENCE))
            i += n
        else:
            i += 1
    return _join_split_names(text, tokens, starts, sorted(mentions + added, key=lambda m: m.start), names)


def _join_split_names(text: str, tokens: Sequence[Token], starts: list[int], mentions: list[Mention],
                      names: dict[tuple[str, ...], Counter]) -> list[Mention]:
    """Two person mentions side by side that together repeat part of a full name the article gives
    (محمد الحويج بوهلال … [الحويج] [بوهلال]) are one name: a surname propagated alone must not cut it."""
    full = [k for k, c in names.items() if len(k) >= 2 and c.most_common(1)[0][0] == "PER"]
    if not full:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label == m.label == "PER" and prev.end < m.start \
                and not text[prev.end:m.start].strip():
            lo = bisect.bisect_right(starts, prev.start) - 1
            hi = bisect.bisect_left(starts, m.end)
            key = _name_key(token_words(text, tokens), max(lo, 0), hi) if hi > max(lo, 0) else ()
            if any(key == k[x:x + len(key)] for k in full for x in range(len(k) - len(key) + 1)):
                out[-1] = Mention(prev.start, m.end, label="PER", confidence=min(prev.confidence, m.confidence))
                continue
        out.append(m)
    return out
