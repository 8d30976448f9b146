"""What the held-out batch scripts share: the source articles, cue offsets and the checked write."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from rasd.paths import shared_data_dir

NEWS_SAMPLES = ("saudinewsnet_2015-08-09_10_sample2000.jsonl", "antcorpus_v1.1_jawharafm_sample2000.jsonl")
# The full corpora the samples were taken from (news/unlabeled/), in the same order as NEWS_SAMPLES. Batches
# from 29 on are drawn from them: by then the samples held too few eligible articles (one SaudiNewsNet one).
FULL_CORPORA = ("unlabeled/saudinewsnet-full.jsonl.gz", "unlabeled/antcorpus-full.jsonl.gz")


def sample_articles(name: str) -> list[dict]:
    """The records of one news sample (one of ``NEWS_SAMPLES``), in file order."""
    with open(shared_data_dir() / "news" / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@lru_cache(maxsize=2)
def full_corpus_articles(name: str) -> list[dict]:
    """The records of one full corpus (one of ``FULL_CORPORA``), in file order."""
    with gzip.open(shared_data_dir() / "news" / name, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@lru_cache(maxsize=1)
def _articles() -> dict[str, dict]:
    return {r["id"]: r for name in NEWS_SAMPLES for r in sample_articles(name)}


@lru_cache(maxsize=1)
def _full_articles() -> dict[str, dict]:
    return {r["id"]: r for name in FULL_CORPORA for r in full_corpus_articles(name)}


def news_text(article_id: str) -> str:
    """The text of a news article (a sample's, else a full corpus's), exactly as the corpus gives it."""
    rec = _articles().get(article_id) or _full_articles()[article_id]
    return rec["text"]


def cue(text: str, word: str, nth: int = 1) -> dict[str, int]:
    """The character span of the ``nth`` occurrence of ``word`` in ``text``."""
    pos = -1
    for _ in range(nth):
        pos = text.index(word, pos + 1)
    return {"start": pos, "end": pos + len(word)}


def write_batch(script: str, name: str, records: list[dict]) -> None:
    """Write ``records`` beside ``script`` as ``name``, after checking them as the gold tests do: every
    cue span non-empty and cutting no word (``cue`` finds قال inside الاستقالة too), known codes and
    stances, no event whose source matches its target."""
    from rasd.eval.gold.annotate_tool import validate

    for r in records:
        problems = validate({"mentions": [], "timexes": [], **r})
        if problems:
            raise ValueError(f"{r['id']}: {problems}")
    with open(Path(script).with_name(name), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(records), sum(len(r["events"]) for r in records), "events",
          sum(len(r["claims"]) for r in records), "claims")
