"""Word clusters learnt from the unlabeled news, for the NER tagger's features.

Most names in new articles never occur in the labelled data; their clusters do
(an unseen Russian general lands in the cluster of other Russian surnames).
Method: co-occurrence counts (window ±2) of the top words, PPMI with context
smoothing, truncated SVD, then k-means at several granularities. Shipped as
``rasd/models/ner/clusters.tsv.gz`` (``word<TAB>c1<TAB>c2…``); rebuilt by
``rasd train ner`` (or ``python -m rasd.train.clusters``).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from rasd.arabic.normalize import fold
from rasd.train.gzfile import open_gzip_text
from rasd.train.lexicon import corpus_paths, iter_corpus_texts

# Folded Arabic words and Latin words (lower-cased): what gets a cluster.
_WORD = re.compile(r"[\u0621-\u064A\u066E-\u06D3]+|[a-z]+")
GRANULARITIES = (64, 256, 1024, 4096)


def corpus_ids(texts: Iterable[str], max_words: int) -> tuple[list[str], np.ndarray]:
    """Vocabulary (most frequent first) and the corpus as an id array (-1 = out of vocabulary or article break)."""
    # Provisional ids in order of first sight keep memory flat (12M words); remapped by frequency below.
    first: dict[str, int] = {}
    seq = array("i")
    for text in texts:
        for w in _WORD.findall(fold(text).lower()):
            i = first.get(w)
            if i is None:
                i = first[w] = len(first)
            seq.append(i)
        seq.append(-1)
    raw = np.frombuffer(seq, dtype=np.int32).astype(np.int64)
    counts = np.bincount(raw[raw >= 0], minlength=len(first))
    words = list(first)
    order = [i for i in np.argsort(-counts, kind="stable")[:max_words] if counts[i] >= 5]
    vocab = [words[i] for i in order]
    remap = np.full(len(first) + 1, -1, dtype=np.int64)  # last slot maps the -1 break to -1
    remap[np.asarray(order, dtype=np.int64)] = np.arange(len(order))
    return vocab, remap[raw]


def ppmi_vectors(seq: np.ndarray, n_words: int, n_contexts: int, dim: int, window: int = 2,
                 directional: bool = True) -> np.ndarray:
    """Rows of U·sqrt(S) from the SVD of the PPMI word×context matrix, L2-normalised.

    ``directional`` keeps left and right contexts apart (a name is what follows
    الرئيس, not what precedes it), which groups words by syntactic role.
    """
    from scipy import sparse
    from scipy.sparse.linalg import svds

    rows, cols, vals = [], [], []
    for d in range(1, window + 1):
        a, b = seq[:-d], seq[d:]
        for side, (x, y) in enumerate(((a, b), (b, a))):
            ok = (x >= 0) & (x < n_words) & (y >= 0) & (y < n_contexts)
            rows.append(x[ok])
            cols.append(y[ok] + (side * n_contexts if directional else 0))
            vals.append(np.full(int(ok.sum()), 1.0 / d, dtype=np.float32))
    m = sparse.coo_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n_words, n_contexts * (2 if directional else 1))
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    ctx = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al. 2015)
    ctx_p = ctx / ctx.sum()
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * ctx_p[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi.astype(np.float64), k=dim, random_state=0)
    vec = (u * np.sqrt(s)).astype(np.float32)
    norms = np.linalg.norm(vec, axis=1, keepdims=True)
    return vec / np.maximum(norms, 1e-8)


def kmeans(x: np.ndarray, k: int, iters: int = 20, seed: int = 0) -> np.ndarray:
    """Spherical k-means labels (cosine), initialised from random rows; fixed seed."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        labels = np.empty(len(x), dtype=np.int64)
        for i in range(0, len(x), 20000):  # chunks keep the similarity matrix small
            labels[i:i + 20000] = np.argmax(x[i:i + 20000] @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        counts = np.bincount(labels, minlength=k)
        empty = counts == 0
        sums[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
        centres = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-8)
    return labels


def build_clusters(
    data_dir: Path, out_path: Path, max_words: int = 200_000, n_contexts: int = 30_000, dim: int = 200,
    granularities: Sequence[int] = GRANULARITIES, texts: Iterable[str] | None = None,
    directional: bool = True, vectors_out: Path | None = None,
) -> int:
    """Learn clusters from the unlabeled news and write ``word<TAB>c…`` lines; returns the word count."""
    if texts is None:
        texts = iter_corpus_texts(corpus_paths(data_dir))
    vocab, seq = corpus_ids(texts, max_words)
    dim = min(dim, len(vocab) - 1, n_contexts - 1)
    vec = ppmi_vectors(seq, len(vocab), min(n_contexts, len(vocab)), dim, directional=directional)
    if vectors_out is not None:  # for experiments with dense features
        np.save(vectors_out, vec.astype(np.float16))
        (vectors_out.with_suffix(".vocab")).write_text("\n".join(vocab), encoding="utf-8")
    labels = [kmeans(vec, min(k, len(vocab)), seed=i) for i, k in enumerate(granularities)]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open_gzip_text(out_path) as f:
        for i, w in enumerate(vocab):
            f.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    return len(vocab)


if __name__ == "__main__":  # pragma: no cover - used by `rasd train ner`
    import sys
    import time

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data")
    out = Path(__file__).resolve().parents[1] / "models" / "ner" / "clusters.tsv.gz"
    t = time.time()
    print(build_clusters(root, out), "words written to", out, f"in {time.time() - t:.0f}s")
