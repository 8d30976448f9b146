"""Token features for the CRF name tagger: word, clitic-stripped stem, affixes,
shape, corpus frequency, word clusters and multi-token gazetteer hits, in a ±2 window.

The same function builds features at training and at tagging time, so the two
can never drift apart. Resources (clusters, gazetteer) are loaded once.

>>> from rasd.arabic.tokenize import tokenize
>>> text = "وقال بوتين"
>>> feats = token_features(text, tokenize(text), NerResources.empty())
>>> "w=بوتين" in feats[1]
True
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rasd.arabic.lexicon import word_frequencies
from rasd.document import Token

MODEL_DIR = "models/ner"
# The CRF the accurate ensemble averages with (rasd.stages.ner_transformer): trained on ANERcorp alone.
# The shipped crf.model is distilled from that very ensemble (rasd.train.silver); averaging with it
# instead counts the ensemble's own errors twice (dev 0.790 -> 0.784, measured when it replaced this one).
ENSEMBLE_CRF = "crf-gold.model"
GAZ_TYPES = ("PER", "LOC", "ORG")
MAX_GAZ_LEN = 5
NEIGHBOURS = (-2, -1, 1, 2)
TOKEN_CACHE_SIZE = 20_000  # distinct token forms kept (~2.7 KB each: a day of news fits, ~55 MB at most)
TITLE_NAMES = "title_names.tsv.gz"


@dataclass(frozen=True)
class NameList:
    """Full names as folded word tuples, with what a longest-match scan needs, computed once at load."""

    names: frozenset[tuple[str, ...]]
    longest: int = 0
    first_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, names) -> NameList:
        names = frozenset(names)
        return cls(names, max((len(k) for k in names), default=0), frozenset(k[0] for k in names))

    def __contains__(self, name: tuple[str, ...]) -> bool:
        return name in self.names

    def __len__(self) -> int:
        return len(self.names)

    def __iter__(self):
        return iter(self.names)


@dataclass
class NerResources:
    """Word clusters (folded word → ids at several granularities) and a gazetteer (folded phrase → types)."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gazetteer: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # folded clitic-free word → share of its auto-tagged occurrences per PER/LOC/ORG/MISC (rasd.train.autolex)
    autolex: dict[str, tuple[float, ...]] = field(default_factory=dict)
    # folded word → how many times it was seen in the auto-tagged news (the ``n`` the shares are of)
    autolex_counts: dict[str, int] = field(default_factory=dict)
    # folded full names seen right after a title in the news (رئيس الحكومة [يوسف الشاهد]; rasd.train.title_names),
    # added as PER where the CRF leaves them untagged (mention_rules.title_name_mentions). Not a CRF feature:
    # as one (gTB2/gTI) it lowered ANERcorp dev 0.758 -> 0.757, PER 0.775 -> 0.760, AQMAR 0.546 -> 0.546.
    title_names: NameList = field(default_factory=lambda: NameList(frozenset()))
    # Derived once, for speed: the words a gazetteer phrase may start with (gazetteer_starts), and each distinct
    # token form's own features (a word's features depend on its form alone, and most tokens of news are repeats).
    gazetteer_first_words: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    token_cache: dict[tuple, tuple] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def empty(cls) -> NerResources:
        return cls()


def _read_tsv_gz(path) -> list[list[str]]:
    try:
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            return [line.rstrip("\n").split("\t") for line in f if line.strip()]
    except FileNotFoundError:
        return []


def load_clusters_file(rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1:]) for r in rows}


def load_gazetteer_rows(rows: list[list[str]]) -> dict[tuple[str, ...], frozenset[str]]:
    gaz: dict[tuple[str, ...], set[str]] = {}
    for row in rows:
        if len(row) >= 2:
            gaz.setdefault(tuple(row[0].split()), set()).update(row[1].split(","))
    return {k: frozenset(v) for k, v in gaz.items()}


def load_resources(folder) -> NerResources:
    """Clusters, gazetteer and auto-tagged lexicon from a model folder (empty parts when absent)."""
    autolex = _read_tsv_gz(folder / "autolex.tsv.gz")
    return NerResources(
        clusters=load_clusters_file(_read_tsv_gz(folder / "clusters.tsv.gz")),
        gazetteer=load_gazetteer_rows(_read_tsv_gz(folder / "gazetteer.tsv.gz")),
        autolex=load_autolex_rows(autolex),
        autolex_counts=load_autolex_counts(autolex),
        title_names=load_title_name_rows(_read_tsv_gz(folder / TITLE_NAMES)),
    )


@lru_cache(maxsize=1)
def shipped_resources() -> NerResources:
    """The resources shipped in ``rasd/models/ner/``, loaded once per process."""
    return load_resources(resources.files("rasd") / MODEL_DIR)


def load_title_name_rows(rows: list[list[str]]) -> NameList:
    """Title-anchored full names (folded word tuples) from ``title_names.tsv.gz`` rows."""
    return NameList.of(tuple(r[0].split()) for r in rows if r and len(r[0].split()) <= MAX_GAZ_LEN)


def load_autolex_rows(rows: list[list[str]]) -> dict[str, tuple[float, ...]]:
    return {r[0]: tuple(float(x) for x in r[2:6]) for r in rows if len(r) >= 6}


def load_autolex_counts(rows: list[list[str]]) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in rows if len(r) >= 6}


def _shape(word: str) -> str:
    c = word[0]
    if "\u0600" <= c <= "\u06FF":
        return "ar"
    if c.isdigit():
        return "num"
    if c.isalpha():
        return "LAT" if word.isupper() else ("Lat" if c.isupper() else "lat")
    return "p" + c if len(word) == 1 else "sym"


def _freq_bucket(count: int) -> str:
    return str(min(int(math.log2(count + 1)), 20) // 2)


def gazetteer_starts(res: NerResources) -> frozenset[str]:
    """The first words of the gazetteer's phrases, derived once per resources (a token with none of them as
    a key starts no match)."""
    if res.gazetteer_first_words is None:
        res.gazetteer_first_words = frozenset(phrase[0] for phrase in res.gazetteer if phrase)
    return res.gazetteer_first_words


def _gazetteer_tags(keys: list[tuple[str, ...]], gaz: dict[tuple[str, ...], frozenset[str]],
                    starts: frozenset[str] | None = None) -> list[list[str]]:
    """Longest-match B/I gazetteer tags per token; ``keys[i]`` are the forms token i may match by; ``starts``:
    the phrases' first words (``gazetteer_starts``), derived here when not given."""
    tags: list[list[str]] = [[] for _ in keys]
    if not gaz:
        return tags
    n = len(keys)
    if starts is None:
        starts = frozenset(phrase[0] for phrase in gaz if phrase)
    for i in range(n):
        if starts.isdisjoint(keys[i]):
            continue
        for length in range(min(MAX_GAZ_LEN, n - i), 0, -1):
            # first word may carry a proclitic or ال; the rest are matched whole
            hit: frozenset[str] | None = None
            rest = tuple(keys[j][0] for j in range(i + 1, i + length))
            for first in keys[i]:
                hit = gaz.get((first,) + rest)
                if hit:
                    break
            if hit:
                for t in hit:
                    tags[i].append(f"g{t}B{min(length, 3)}")
                    for j in range(i + 1, i + length):
                        tags[j].append(f"g{t}I")
                break
    return tags


def token_features(text: str, tokens: Sequence[Token], res: NerResources) -> list[list[str]]:
    """CRF feature strings for each token of one sentence (offsets into ``text``)."""
    lex = word_frequencies()
    own: list[list[str]] = []
    window: list[tuple[str, dict[int, tuple[str, ...]]]] = []  # (word, its features as a neighbour at each offset)
    keys: list[tuple[str, ...]] = []
    cache = res.token_cache
    if len(cache) > TOKEN_CACHE_SIZE:
        cache.clear()
    for tok in tokens:
        word = text[tok.start:tok.end]
        form = (word, tok.norm, tok.base_start - tok.start, tok.stem_start - tok.start, tok.stem_end - tok.start)
        hit = cache.get(form)
        if hit is not None:
            own.append(hit[0])
            window.append(hit[1])
            keys.append(hit[2])
            continue
        norm = tok.norm.lower() if not ("\u0600" <= word[0] <= "\u06FF") else tok.norm
        b, s, e = tok.base_start - tok.start, tok.stem_start - tok.start, tok.stem_end - tok.start
        # Offsets of the folded form match the original when no marks were dropped; otherwise fold the pieces.
        if len(norm) == len(word):
            base, stem = norm[b:], norm[s:e]
        else:
            from rasd.arabic.normalize import fold

            base, stem = fold(word[b:]), fold(word[s:e])
        base = base or norm
        stem = stem or base
        shape = _shape(word)
        cl = res.clusters.get(norm) or res.clusters.get(base) or res.clusters.get(stem)
        f = [
            "bias", "w=" + norm, "b=" + base, "s=" + stem, "sh=" + shape,
            "p1=" + stem[:1], "p2=" + stem[:2], "p3=" + stem[:3],
            "x1=" + stem[-1:], "x2=" + stem[-2:], "x3=" + stem[-3:],
            "len=" + str(min(len(stem), 10)),
            "fq=" + _freq_bucket(lex.count_folded(base)),
        ]
        if b:
            f.append("pro=" + norm[:b])
        if s > b:
            f.append("art")
        if e < len(word):
            f.append("suf")
        auto = res.autolex.get(base) if res.autolex else None
        if auto:
            f.extend(f"a{t}={round(4 * v)}" for t, v in zip("PLOM", auto, strict=True) if v >= 0.05)
        if cl:
            f.extend(f"c{k}={c}" for k, c in enumerate(cl))
            src = "w" if norm in res.clusters else "b"
            f.append("csrc=" + src)
        else:
            f.append("c=none")
        c0, c2 = (f"{cl[0]}", f"{cl[-2]}") if cl else ("-", "-")
        # what this token gives its neighbours at each offset, as the strings themselves
        as_neighbour = {d: (f"{d}w={norm}", f"{d}s={stem}", f"{d}c0={c0}", f"{d}c2={c2}") for d in NEIGHBOURS}
        cache[form] = (f, (norm, as_neighbour), tuple(dict.fromkeys((norm, base, stem))))
        own.append(f)
        window.append(cache[form][1])
        keys.append(cache[form][2])
    gaz = _gazetteer_tags(keys, res.gazetteer, gazetteer_starts(res))
    out: list[list[str]] = []
    n = len(tokens)
    for i in range(n):
        f = own[i] + gaz[i]  # a copy: the cached own features are shared
        for d in NEIGHBOURS:
            j = i + d
            if 0 <= j < n:
                f.extend(window[j][1][d])
                if gaz[j]:
                    f.extend(f"{d}{g}" for g in gaz[j])
            else:
                f.append(f"{d}pad")
        if i > 0:
            f.append("bg-=" + window[i - 1][0] + "|" + window[i][0])
        if i + 1 < n:
            f.append("bg+=" + window[i][0] + "|" + window[i + 1][0])
        if i == 0:
            f.append("BOS")
        out.append(f)
    return out
