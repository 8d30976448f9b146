"""Editorial checks: typos, merged words, repeated captions, participant conflicts.

Precision before recall: every check stays silent unless the evidence is
clear, because a false flag costs an editor's trust. ``date-conflict`` belongs
to the time stage and is never duplicated here.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rasd.arabic.normalize import fold, normalize
from rasd.arabic.spelling import split_merged, suggest_for
from rasd.config import Config
from rasd.document import Document, Flag, Span, Token
from rasd.stages.participants import participant_conflicts


def restore_surface(original: str, folded_fix: str) -> str:
    """Apply a fix computed on folded text to the original spelling.

    ``restore_surface("أفادا", "افادت") == "أفادت"`` — the hamza is kept
    because only the changed letters come from the folded suggestion.
    """
    norm = normalize(original)
    w = norm.text
    p = 0
    while p < min(len(w), len(folded_fix)) and w[p] == folded_fix[p]:
        p += 1
    q = 0
    while q < min(len(w), len(folded_fix)) - p and w[len(w) - 1 - q] == folded_fix[len(folded_fix) - 1 - q]:
        q += 1
    o_start = norm.offsets[p]
    o_end = norm.offsets[len(w) - q] if len(w) - q < len(w) else len(original)
    return original[:o_start] + folded_fix[p:len(folded_fix) - q] + original[o_end:]


def _is_arabic_word(tok: Token) -> bool:
    return bool(tok.norm) and all("\u0621" <= c <= "\u064A" for c in tok.norm)


class ChecksStage:
    """Adds ``typo``, ``merged-words``, ``duplicate-caption`` and ``participant-conflict`` flags."""

    name: ClassVar[str] = "rasd.checks.v1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("flags",)

    def __init__(self, config: Config):
        settings = config.section("checks")
        self.enabled = set(settings.get("enabled", ["typo", "merged-words", "duplicate-caption", "participant-conflict"]))
        self.min_confidence = float(settings.get("min_confidence", 0.6))

    def __call__(self, doc: Document) -> None:
        if "typo" in self.enabled or "merged-words" in self.enabled:
            doc.flags.extend(self._spelling_flags(doc))
        if "duplicate-caption" in self.enabled:
            doc.flags.extend(self._duplicate_captions(doc))
        if "participant-conflict" in self.enabled:
            doc.flags.extend(participant_conflicts(doc))

    def _spelling_flags(self, doc: Document) -> list[Flag]:
        text = doc.text
        names = _merged(sorted((m.start, m.end) for m in doc.mentions))
        flags = []
        toks = doc.tokens
        def neighbour(i: int, step: int) -> str | None:
            j = i + step
            if not (0 <= j < len(toks)) or not _is_arabic_word(toks[j]):
                return None
            a, b = (toks[j], toks[i]) if step < 0 else (toks[i], toks[j])
            return toks[j].norm if _adjacent(text, a, b) else None

        for i, tok in enumerate(toks):
            if not _is_arabic_word(tok) or _inside(names, tok):
                continue
            left, right = neighbour(i, -1), neighbour(i, 1)
            left2 = neighbour(i - 1, -1) if left else None
            right2 = neighbour(i + 1, 1) if right else None
            word = text[tok.start:tok.end]
            if "merged-words" in self.enabled:
                parts = split_merged(tok.norm)
                if parts:
                    fix = restore_surface(word, parts[0] + "\0" + parts[1]).replace("\0", " ")
                    flags.append(Flag(
                        kind="merged-words", spans=[Span(tok.start, tok.end)],
                        message=f"two words run together: {word!r} → {fix!r}",
                        message_ar=f"كلمتان ملتصقتان: «{word}» ← «{fix}»", suggestion=fix, confidence=0.9))
                    continue
            if "typo" in self.enabled:
                sug = suggest_for(tok.norm, left, right, left2, right2)
                if sug and sug.confidence >= self.min_confidence:
                    fix = restore_surface(word, sug.suggestion)
                    what = "unknown word" if sug.kind == "non-word" else "word that does not fit its context"
                    flags.append(Flag(
                        kind="typo", spans=[Span(tok.start, tok.end)],
                        message=f"possible typo ({what}): {word!r} → {fix!r}",
                        message_ar=f"خطأ إملائي محتمل: «{word}» ← «{fix}»", suggestion=fix,
                        confidence=sug.confidence))
        return flags

    def _duplicate_captions(self, doc: Document) -> list[Flag]:
        flags = []
        for block in doc.blocks:
            if block.duplicate_of is None:
                continue
            first = doc.blocks[block.duplicate_of]
            line = doc.text[block.start:block.end]
            flags.append(Flag(
                kind="duplicate-caption", spans=[Span(block.start, block.end), Span(first.start, first.end)],
                message=f"{block.kind} repeated verbatim: {line[:60]!r}",
                message_ar=f"سطر مكرر حرفيا: «{line[:60]}»", suggestion=None, confidence=0.95))
        return flags


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Only spaces between two tokens (no punctuation or line break): they form a bigram."""
    gap = text[a.end:b.start]
    return gap.strip(" \u00a0\u200f\u200e") == "" and "\n" not in gap


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined: disjoint, so one bisection answers ``_inside``."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inside(spans: list[tuple[int, int]], tok: Token) -> bool:
    """Does ``tok`` overlap one of the disjoint sorted ``spans``? (A scan was quadratic on long texts.)"""
    i = bisect_left(spans, (tok.end,)) - 1  # the last span starting before the token ends
    return i >= 0 and spans[i][1] > tok.start


__all__ = ["ChecksStage", "restore_surface", "fold"]
