"""Exact and near-duplicate articles: MinHash LSH over folded word 5-gram shingles.

Candidates come from LSH; a candidate pair is accepted when its Jaccard (exact
when the shingles are at hand, else the MinHash estimate) reaches ``accept``.
Groups are connected components of accepted pairs; the canonical article of a
group is the earliest, then the longest.

>>> idx = DedupIndex()
>>> text = "قال وزير الخارجية إن المحادثات مع الوفد كانت مثمرة وإن الجانبين اتفقا على مواصلة الحوار"
>>> idx.add("a", text, date="2015-08-09")
[]
>>> idx.add("b", text + " اليوم", date="2015-08-10")
['a']
>>> [(g.canonical, g.members) for g in idx.groups()]
[('a', ['a', 'b'])]
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

from rasd.corpus.shingles import jaccard, shingles, text_digest

# Stored signatures must be read back with the scheme that made them.
SCHEME = "affine32"


def _identity(x: int) -> int:
    return x


@dataclass
class DupGroup:
    """A group of duplicate articles: ``canonical`` first in ``members``."""

    group: int
    canonical: str
    members: list[str]
    exact: bool = False
    pairs: list[tuple[str, str, float]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"group": self.group, "canonical": self.canonical, "members": self.members,
                "exact": self.exact}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class DedupIndex:
    """Incremental duplicate index: ``add`` returns the earlier articles a new one duplicates."""

    def __init__(self, *, accept: float = 0.7, lsh_threshold: float = 0.5, num_perm: int = 128,
                 ngram: int = 5, keep_shingles: bool = True):
        self.accept = accept
        self.num_perm = num_perm
        self.ngram = ngram
        self.keep_shingles = keep_shingles
        self.lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
        self.signatures: dict[str, MinHash] = {}
        self.shingle_sets: dict[str, frozenset[int]] = {}
        self.digests: dict[str, list[str]] = {}
        self.info: dict[str, tuple[str, int]] = {}  # id -> (date or "", length)
        self.pairs: list[tuple[str, str, float]] = []
        self._uf = _UnionFind()

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.info

    def __len__(self) -> int:
        return len(self.info)

    def signature(self, sh: frozenset[int]) -> MinHash:
        """The MinHash of a shingle set (hashes are already stable 32-bit ints)."""
        m = MinHash(num_perm=self.num_perm, hashfunc=_identity, scheme=SCHEME)
        if sh:
            m.update_batch(sorted(sh))
        return m

    def query(self, text: str) -> list[tuple[str, float]]:
        """Indexed articles that ``text`` duplicates, with their Jaccard, best first."""
        sh = shingles(text, self.ngram)
        return self._matches(sh, self.signature(sh), text_digest(text), bool(sh))

    def _matches(self, sh: frozenset[int], sig: MinHash, digest: str, content: bool = True) -> list[tuple[str, float]]:
        found: dict[str, float] = {d: 1.0 for d in self.digests.get(digest, [])}
        if content:
            for cand in self.lsh.query(sig):
                if cand in found:
                    continue
                other = self.shingle_sets.get(cand)
                score = jaccard(sh, other) if other is not None and sh \
                    else sig.jaccard(self.signatures[cand])
                if score >= self.accept:
                    found[cand] = score
        return sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))

    def add(self, doc_id: str, text: str, date: str | None = None) -> list[str]:
        """Index one article; return the ids of indexed articles it duplicates."""
        sh = shingles(text, self.ngram)
        return self.add_signature(doc_id, self.signature(sh), text_digest(text), date, len(text),
                                  shingle_set=sh, content=bool(sh))

    def add_signature(self, doc_id: str, sig: MinHash | np.ndarray, digest: str, date: str | None, length: int,
                      *, shingle_set: frozenset[int] | None = None, content: bool = True) -> list[str]:
        """Index an article from its stored signature and digest (no text needed)."""
        if doc_id in self.info:
            return []
        if not isinstance(sig, MinHash):
            sig = MinHash(num_perm=self.num_perm, hashvalues=sig, scheme=SCHEME)
        sh = shingle_set if (shingle_set is not None and self.keep_shingles) else frozenset()
        matches = self._matches(sh, sig, digest, content)
        for other, score in matches:
            self.pairs.append((other, doc_id, score))
            self._uf.union(other, doc_id)
        self._uf.find(doc_id)
        self.digests.setdefault(digest, []).append(doc_id)
        self.info[doc_id] = (date or "", length)
        self.signatures[doc_id] = sig
        if sh:
            self.shingle_sets[doc_id] = sh
        if content:
            self.lsh.insert(doc_id, sig)
        return [m for m, _ in matches]

    def canonical_order(self, ids: list[str]) -> list[str]:
        """Earliest first, then longest, then by id (stable across runs)."""
        return sorted(ids, key=lambda i: (self.info[i][0] or "9999", -self.info[i][1], i))

    def groups(self) -> list[DupGroup]:
        """Groups of two or more articles, canonical first; numbered by their canonical's order."""
        comps: dict[str, list[str]] = {}
        for doc_id in self.info:
            comps.setdefault(self._uf.find(doc_id), []).append(doc_id)
        exact_sets = {frozenset(v) for v in self.digests.values() if len(v) > 1}
        pairs_by_root: dict[str, list[tuple[str, str, float]]] = {}
        for a, b, s in self.pairs:
            pairs_by_root.setdefault(self._uf.find(a), []).append((a, b, s))
        out = []
        for root, ids in comps.items():
            if len(ids) < 2:
                continue
            members = self.canonical_order(ids)
            out.append(DupGroup(0, members[0], members, exact=frozenset(ids) in exact_sets,
                                pairs=pairs_by_root.get(root, [])))
        out.sort(key=lambda g: (self.info[g.canonical][0] or "9999", g.canonical))
        for n, g in enumerate(out, 1):
            g.group = n
        return out


def find_duplicates(articles, **options) -> list[DupGroup]:
    """Duplicate groups among ``articles`` (dicts with ``id``, ``text``, optional ``date``), oldest first."""
    idx = DedupIndex(**options)
    for art in sorted(articles, key=lambda a: (a.get("date") or "9999", a["id"])):
        idx.add(str(art["id"]), art.get("text") or "", art.get("date"))
    return idx.groups()
