"""Country and region names of several words kept whole (GUIDELINES.md: جنوب شرقي آسيا is one LOC).

An ANERcorp-trained tagger often tags one word of such a name: بطل [كوت] ديفوار، [جنوب] أفريقيا is
tagged جنوب [أفريقيا]. The names come from CLDR (``rasd.stages.mentions._country_names``), not from a
list of the places a corpus mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.arabic.normalize import fold
from rasd.document import Mention, Token


def place_name_completion(text: str, tokens: Sequence[Token], mentions: list[Mention],
                          names: frozenset[str], max_words: int = 4) -> list[Mention]:
    """``mentions`` with a LOC the tagger cut out of a longer country or region name (folded, in
    ``names``) widened to the whole name: بطل [كوت] ديفوار → كوت ديفوار، [جنوب] أفريقيا. Only
    names of several words the tagger tagged part of, with nothing but LOC inside, are widened."""
    if not tokens or not any(m.label == "LOC" for m in mentions):
        return mentions
    n = len(tokens)
    words = [fold(text[t.base_start:t.end]) for t in tokens]
    # joins[k]: token k continues the phrase of token k - 1 (no proclitic, only spaces between them).
    joins = [k > 0 and tokens[k].base_start == tokens[k].start and not text[tokens[k - 1].end:tokens[k].start].strip()
             for k in range(n)]
    out = list(mentions)
    changed = False
    i = 0
    while i < n:
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
