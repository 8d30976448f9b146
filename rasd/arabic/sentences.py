"""Sentence splitting for Arabic news, by offsets.

Ends a sentence at ``. ! ? ؟ ؛`` and at line breaks; keeps closing quotes and
brackets with the sentence they close; does not split decimals (``3.5``),
ellipses inside a line (``روسيا وأمريكا.. ومساعي``) or abbreviations
(``د.`` ``م.`` ``ص.ب``).

>>> [(s.start, s.end) for s in split_sentences("قال د. أحمد إن النمو 3.5%. وأضاف: نعم!")]
[(0, 26), (27, 38)]
"""

from __future__ import annotations

import re

from rasd.document import Sentence

# Single-letter and short abbreviations that end in a dot without ending a sentence.
ABBREVIATIONS = frozenset({
    "د", "م", "ص", "ب", "ص.ب", "أ", "أد", "ج", "ق", "ه", "هـ", "ت", "س", "ش", "ك", "ل", "ع", "ح",
    "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Prof", "No", "U.S", "U.N", "e.g", "i.e", "vs",
})
_TERMINATORS = ".!?؟؛"
_CLOSERS = "\"'»”’)]}›"


def _is_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"([\w.\u0640]+)$", text[max(0, dot - 8):dot])
    if not m:
        return False
    word = m.group(1).strip(".")
    return word in ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` as spans into ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[Sentence] = []
    seg_start = start
    i = start
    while i < end:
        ch = text[i]
        cut = None
        if ch == "\n":
            cut = i
        elif ch in _TERMINATORS:
            j = i
            while j + 1 < end and text[j + 1] in _TERMINATORS:
                j += 1
            run = text[i:j + 1]
            nxt = text[j + 1] if j + 1 < end else " "
            if run in ("..", "...", "…") and nxt != "\n" and j + 1 < end:
                i = j + 1
                continue
            if ch == "." and i + 1 == j + 1 and i > 0:
                prev = text[i - 1]
                if prev.isdigit() and nxt.isdigit():  # decimal 3.5
                    i += 1
                    continue
                if _is_abbreviation(text, i) and not nxt == "\n":
                    i += 1
                    continue
                if not nxt.isspace() and nxt not in _CLOSERS:  # "ص.ب", "U.S", URLs
                    i += 1
                    continue
            k = j + 1
            while k < end and text[k] in _CLOSERS:
                k += 1
            cut = k
            i = k - 1
        if cut is not None:
            _add(spans, text, seg_start, cut)
            seg_start = cut
        i += 1
    _add(spans, text, seg_start, end)
    return spans


def _add(spans: list[Sentence], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(Sentence(s, e))
