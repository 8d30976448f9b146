"""An auto-tagged name lexicon: how often each word is tagged as part of a PER/LOC/ORG/MISC
name when a first CRF tags the unlabeled news.

A name unseen in the labelled data still occurs many times in 12M words of news, in
contexts the first model recognises (after الرئيس, before قال…); aggregating its tags
over those occurrences gives the second model evidence no single sentence has.
Shipped as ``rasd/models/ner/autolex.tsv.gz`` (``word<TAB>n<TAB>PER<TAB>LOC<TAB>ORG<TAB>MISC``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from rasd.arabic.normalize import fold
from rasd.arabic.sentences import split_sentences
from rasd.arabic.tokenize import tokenize
from rasd.stages.ner_features import NerResources, token_features
from rasd.train.gzfile import open_gzip_text

TYPES = ("PER", "LOC", "ORG", "MISC")


def tag_counts(texts: Iterable[str], tagger, res: NerResources, max_tokens: int) -> dict[str, Counter]:
    """Per folded clitic-free word: how many times it was seen and tagged as each type."""
    counts: dict[str, Counter] = defaultdict(Counter)
    n = 0
    for text in texts:
        for sent in split_sentences(text):
            toks = tokenize(text, sent.start, sent.end)
            if not toks or len(toks) > 150:
                continue
            tags = tagger.tag(token_features(text, toks, res))
            for tok, tag in zip(toks, tags, strict=True):
                if "\u0600" <= text[tok.start] <= "\u06FF":
                    c = counts[fold(text[tok.base_start:tok.end])]
                    c["n"] += 1
                    if tag != "O":
                        c[tag[2:]] += 1
            n += len(toks)
        if n >= max_tokens:
            break
    return counts


def write_autolex(counts: dict[str, Counter], out: Path, min_count: int = 3) -> int:
    """Keep words seen ``min_count`` times and tagged at least once; returns the number written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = 0
    with open_gzip_text(out) as f:
        for word in sorted(counts):
            c = counts[word]
            if c["n"] >= min_count and any(c[t] for t in TYPES):
                f.write(word + "\t" + str(c["n"]) + "\t" + "\t".join(f"{c[t] / c['n']:.3f}" for t in TYPES) + "\n")
                rows += 1
    return rows
