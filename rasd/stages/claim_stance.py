"""The stance a statement's words take, learnt from the gold claims.

Most statements are reported with a plain verb (قال، أكد، أضاف), and their stance is in
what is said: ``وقال إن الموقع يتلاعب بعواطف الحجاج`` accuses, ``وأضاف أن الاجتماع سيعقد
غدا`` asserts. The lexical markers of ``stance_markers.tsv`` catch the explicit cases; this
maximum-entropy classifier (python-crfsuite on one-item sequences) reads the cue, the cue's
own stance and the first words of the content, and is trusted only when it is confident.
It is trained by ``rasd train stance`` (``rasd/train/stance.py``) from the development gold.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasd.arabic.normalize import fold
from rasd.document import Document, Span
from rasd.errors import ModelMissingError
from rasd.stages.event_actors import bare_stem

STANCES = ("assert", "accuse", "deny", "warn", "promise", "other")
# Words of the content read: the stance of a report is set by how it opens, and a long quote's
# tail mostly adds noise.
CONTENT_WORDS = 30
# Stems are cut to this many letters, so يتلاعب and يتلاعبون, انتهاكات and انتهاك share a feature.
STEM_LETTERS = 5


def model_path() -> Path:
    return Path(str(resources.files("rasd") / "models" / "stance" / "stance.crfsuite"))


def stance_features(doc: Document, cue: Span, content: Span | None, cue_stance: str) -> list[str]:
    """Features of one statement: ``قال`` + ``إن الحكومة فشلت`` → cue=قال, w=ان, s=حكوم, s=فشلت …"""
    feats = ["bias", "cue=" + fold(doc.text[cue.start:cue.end]), "cue_stance=" + cue_stance]
    if content is None:
        return feats
    n = 0
    k = bisect.bisect_left(doc.tokens, content.start, key=lambda t: t.start)
    for tok in doc.tokens[k:]:
        if tok.end > content.end:
            break
        if not any(ch.isalpha() for ch in tok.norm):
            continue
        feats.append("w=" + tok.norm)
        stem = bare_stem(doc, tok)
        if len(stem) > 2:
            feats.append("s=" + stem[:STEM_LETTERS])
        n += 1
        if n == CONTENT_WORDS:
            break
    return feats


@lru_cache(maxsize=2)
def _tagger(path: str):
    if not Path(path).exists():
        raise ModelMissingError(f"stance model not found: {path}", hint="build it with `rasd train stance`")
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def stance_probabilities(features: list[str], path: Path | None = None) -> dict[str, float]:
    """Probability of each stance for one statement's features."""
    tagger = _tagger(str(path or model_path()))
    tagger.set([features])
    labels = set(tagger.labels())
    return {s: tagger.marginal(s, 0) if s in labels else 0.0 for s in STANCES}


def learnt_stance(doc: Document, cue: Span, content: Span | None, cue_stance: str,
                  threshold: float) -> str | None:
    """The stance the model gives a plain statement when it is surer of it than ``threshold``.

    ``وقال الوزير إن الميليشيات ارتكبت جرائم بحق المدنيين`` → accuse."""
    probs = stance_probabilities(stance_features(doc, cue, content, cue_stance))
    best = max(probs, key=probs.get)
    return best if probs[best] > threshold else None
