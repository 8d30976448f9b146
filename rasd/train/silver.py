"""A silver-tagged corpus: unlabeled news sentences tagged by the ``accurate`` ensemble
(fine-tuned multilingual-e5-small averaged with the gold-only CRF's marginals, ``crf-gold.model``),
to distil the slow ensemble into the fast CRF. The teacher never averages with a CRF distilled from
an earlier silver set, so re-tagging does not feed the ensemble's errors back into itself.

The ensemble reads a name like ``بوتين`` from its sub-word pieces and the context the encoder
saw in pre-training; the CRF only from features of words seen in ANERcorp. Thousands of
sentences tagged by the ensemble teach the CRF names and contexts ANERcorp never shows it.

Tagging runs at roughly 600–900 tokens/s on one thread, so the tagged sentences are appended to a
cache under the work folder, named by the teacher's model files, that a later run resumes: one
``{"text", "tags", "conf"}`` line per sentence, ``tags`` over ``tokenize(text)``, ``conf`` the
least probability of a chosen tag in percent.

Which sentences matter more than how many: beside ANERcorp's 113K tokens, 70K–400K silver tokens
taken in corpus order (mostly Saudi local news) moved ANERcorp dev F1 by -0.015..+0.002 and AQMAR
PER/LOC/ORG by about +0.01; the 600K most ANERcorp-like tokens of 1.7M (``select_in_domain``)
give dev 0.751 → 0.758 and AQMAR 0.515 → 0.546. ``rasd train ner`` reads the selected set shipped
as ``rasd/models/ner/silver.jsonl.gz``; ``--rebuild-silver`` re-tags and re-selects it.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.arabic.sentences import split_sentences
from rasd.arabic.tokenize import tokenize
from rasd.stages.ner_features import NerResources, token_features
from rasd.train.gzfile import open_gzip_text, read_text

MIN_TOKENS, MAX_TOKENS = 6, 80
_ARABIC = re.compile("[\u0621-\u064A]")
_BATCH_SENTENCES = 32


def iter_sentences(paths: Iterable[Path]) -> Iterator[str]:
    """Sentences of the unlabeled news, articles taken alternately from each corpus (so both
    sources are represented however many are used), each distinct sentence once.

    Kept: 6–80 tokens, mostly Arabic letters (no tables of figures, no English captions)."""
    from rasd.train.lexicon import iter_corpus_texts

    streams = [iter_corpus_texts([p]) for p in paths]
    seen: set[bytes] = set()
    while streams:
        for stream in list(streams):
            text = next(stream, None)
            if text is None:
                streams.remove(stream)
                continue
            for sent in split_sentences(text):
                s = text[sent.start:sent.end].strip()
                n_tok = len(s.split())
                if not MIN_TOKENS <= n_tok <= MAX_TOKENS or len(_ARABIC.findall(s)) < 0.6 * len(s.replace(" ", "")):
                    continue
                key = hashlib.blake2b(s.encode(), digest_size=8).digest()
                if key in seen:
                    continue
                seen.add(key)
                yield s


def tag_sentences(tagger, texts: list[str], res: NerResources) -> list[tuple[list[str], int]]:
    """Ensemble tags and confidence (least chosen-tag probability, percent) per sentence, tagged
    together by ``TransformerTagger.tag_many`` exactly as the stage tags them one by one."""
    tagged = tagger.tag_many([(text, tokenize(text)) for text in texts], res)
    return [(tags, int(min(probs) * 100) if probs else 100) for tags, probs in tagged]


def silver_cache(work: Path, model_dir: Path) -> Path:
    """The cache file for the teacher in ``model_dir`` (its transformer and the CRF it averages with:
    the gold-only one, never the CRF distilled from an earlier silver set)."""
    from rasd.stages.ner_transformer import ensemble_crf_path

    digest = hashlib.blake2b(digest_size=6)
    for path in (model_dir / "transformer.pt", ensemble_crf_path(model_dir)):
        digest.update(path.read_bytes())
    return work / f"silver-{digest.hexdigest()}.jsonl"


def tag_corpus(data: Path, model: Path, cache: Path, res: NerResources, max_tokens: int, log=print) -> int:
    """Append ensemble-tagged sentences to ``cache`` until it holds ``max_tokens`` tokens
    (resuming where it stopped); returns the tokens it holds."""
    import torch

    from rasd.stages.ner_transformer import TransformerTagger
    from rasd.train.lexicon import corpus_paths

    torch.set_num_threads(1)
    done, n_tok = 0, 0
    if cache.exists():
        with open(cache, encoding="utf-8") as f:
            for line in f:
                if line.endswith("\n"):
                    done += 1
                    n_tok += len(json.loads(line)["tags"].split())
    if n_tok >= max_tokens:
        return n_tok
    tagger = TransformerTagger.load(str(model))
    sents = iter_sentences(corpus_paths(data))
    for _ in range(done):
        next(sents)
    cache.parent.mkdir(parents=True, exist_ok=True)
    t0, start_tok = time.time(), n_tok
    with open(cache, "a", encoding="utf-8") as f:
        while n_tok < max_tokens:
            batch = [s for _, s in zip(range(_BATCH_SENTENCES), sents, strict=False)]
            if not batch:
                break
            for text, (tags, conf) in zip(batch, tag_sentences(tagger, batch, res), strict=True):
                f.write(json.dumps({"text": text, "tags": " ".join(tags), "conf": conf}, ensure_ascii=False) + "\n")
                n_tok += len(tags)
            f.flush()
            if (n_tok // 50_000) != ((n_tok - sum(len(s.split()) for s in batch)) // 50_000):
                log(f"silver: {n_tok} tokens tagged ({(n_tok - start_tok) / (time.time() - t0):.0f} tok/s)")
    return n_tok


def read_silver(path: Path, max_tokens: int | None = None, min_conf: int = 0) -> list[dict]:
    """Silver sentences (``text``, ``tags`` list, ``conf``) with confidence at least ``min_conf``."""
    out, n_tok = [], 0
    with read_text(path) as f:
        for line in f:
            if not line.endswith("\n"):
                break
            row = json.loads(line)
            tags = row["tags"].split()
            n_tok += len(tags)
            if max_tokens is not None and n_tok > max_tokens:
                break
            if row["conf"] >= min_conf:
                out.append({"text": row["text"], "tags": tags, "conf": row["conf"]})
    return out


def select_in_domain(pool: list[dict], in_domain: Iterable[str], max_tokens: int) -> list[dict]:
    """The pool sentences most like the in-domain words, up to ``max_tokens`` tokens, in pool order.

    Moore–Lewis selection with unigram models: a sentence scores the mean over its words of
    log P_in(w) − log P_pool(w) (add-one smoothing, folded words), so it ranks high when its words
    are ANERcorp's more than the news pool's (ANERcorp's world news over Saudi local news)."""
    from rasd.arabic.normalize import fold

    def words(text: str) -> list[str]:
        return [fold(w) for w in text.split()]

    c_in = Counter(fold(w) for w in in_domain)
    c_pool = Counter(w for row in pool for w in words(row["text"]))
    n_in, n_pool, vocab = sum(c_in.values()), sum(c_pool.values()), len(c_in.keys() | c_pool.keys())

    def score(row: dict) -> float:
        ws = words(row["text"])
        return sum(math.log((c_in[w] + 1) / (n_in + vocab)) - math.log((c_pool[w] + 1) / (n_pool + vocab))
                   for w in ws) / len(ws)

    ranked = sorted(range(len(pool)), key=lambda i: -score(pool[i]))
    keep, n_tok = [], 0
    for i in ranked:
        if n_tok >= max_tokens:
            break
        keep.append(i)
        n_tok += len(pool[i]["tags"])
    return [pool[i] for i in sorted(keep)]


def write_silver(rows: Iterable[dict], out: Path) -> int:
    """Rows as the shipped gzipped silver file (one JSON line each); returns the number written."""
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with open_gzip_text(out) as f:
        for row in rows:
            f.write(json.dumps({"text": row["text"], "tags": " ".join(row["tags"]), "conf": row["conf"]},
                               ensure_ascii=False) + "\n")
            n += 1
    return n


def silver_sequences(rows: Iterable[dict], res: NerResources) -> Iterator[tuple[list, list[str]]]:
    """CRF training pairs (features, tags) of silver sentences."""
    for row in rows:
        toks = tokenize(row["text"])
        if len(toks) == len(row["tags"]):  # a tokenizer change since tagging would misalign: skip
            yield token_features(row["text"], toks, res), row["tags"]
