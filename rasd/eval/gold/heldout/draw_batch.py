"""Draw the articles of a new held-out batch at random, reproducibly, from the two news samples.

``python -m rasd.eval.gold.heldout.draw_batch SEED COUNT`` prints COUNT article ids: COUNT // 2 from
SaudiNewsNet, the rest from ANT (JawharaFM); up to batch 28 from the two 2,000-article samples, from batch 29
on from the full corpora in ``news/unlabeled/`` less the samples' articles, and from batch 126 on, when ANT has
no eligible article left, the rest from SaudiNewsNet. Batch N is drawn with seed N. Eligible articles have a
body of 90–300 words and a title with a political verb or noun (قصف، هجوم، يدعو، يتهم …), and are in
no other gold set: not news30, the shared dev gold, the agreement set, the sentence gold, nor another
held-out batch. Articles telling the same story as one of those, or as one already drawn, are skipped
too, since the SaudiNewsNet sample carries one story from several outlets and a story rasd was tuned on
is not unseen.

The gold sets that existed before this script (batches 1–5 among them) are removed before the seeded
shuffle; the batches this script drew (6 onwards) are only skipped in the shuffled order. So writing
batch 7 does not reorder the draw of batch 6, and every ``build_batchN.py`` from 6 on can be checked
against ``draw_batch N`` at any time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from rasd.eval.gold.heldout.batch_tools import FULL_CORPORA, NEWS_SAMPLES, full_corpus_articles, sample_articles
from rasd.eval.gold.select_articles import content_words, same_story
from rasd.paths import shared_dir

MIN_WORDS, MAX_WORDS = 90, 300
FIRST_DRAWN_BATCH = 6  # batches 1-5 were drawn by an earlier throwaway script with the same criteria
# From this batch on the pool is the full corpora minus the samples: the samples ran dry (batch 29 found one
# eligible SaudiNewsNet article), and every sample article may have been read while developing (the
# 600-article byte-identity checks, the random reads of coded events), so none of them is unseen either.
FIRST_FULL_CORPUS_BATCH = 29
# From this batch on a pool that runs dry is made up from the other (see ``draw``).
FIRST_FILLED_BATCH = 126
GOLD_DIR = Path(__file__).resolve().parent.parent
# Stems of event and speech words, matched anywhere in the title so prefixes and suffixes need no
# listing (يدعو / تدعو / دعوة, اشتباكات, للعقوبات). Broad words (رئيس، وزير) are left out: on their own
# they pick ceremonies and appointments.
POLITICAL_TITLE = re.compile(
    r"قصف|هجوم|هجمات|غار[ةا]|اشتباك|معارك|تفجير|اغتيال|مقتل|اعتقال|إيقاف|القبض|"
    r"يدعو|تدعو|دعا|دعت|دعوة|يطالب|تطالب|مطالب|يتهم|تتهم|اتهام|يدين|تدين|إدانة|ينفي|تنفي|"
    r"يحذر|تحذر|تحذير|يهدد|تهدد|تهديد|يرفض|ترفض|رفض|يلتقي|تلتقي|لقاء|يبحث|تبحث|يستقبل|تستقبل|"
    r"زيارة|يزور|تزور|محادثات|مفاوضات|اتفاق|عقوبات|مظاهرة|مظاهرات|تظاهر|احتجاج|وقفة|إضراب|"
    r"انتخاب|يستنكر|تستنكر|يشيد|تشيد"
)


def _batch_number(path: Path) -> int:
    return int(re.fullmatch(r"batch(\d+)\.gold\.jsonl", path.name).group(1))


def _earlier_gold_files() -> list[Path]:
    """The gold sets that predate this script: removed from the pool before shuffling."""
    batches = [p for p in GOLD_DIR.joinpath("heldout").glob("batch*.gold.jsonl")
               if _batch_number(p) < FIRST_DRAWN_BATCH]
    return [GOLD_DIR / "news30.gold.jsonl", shared_dir() / "eval" / "dev" / "dev.gold.jsonl",
            *sorted(GOLD_DIR.joinpath("agreement").glob("*.gold.jsonl")), *sorted(batches),
            *sorted(GOLD_DIR.joinpath("sentences").glob("*.jsonl"))]


def _drawn_gold_files(seed: int) -> list[Path]:
    """The batches this script drew for other seeds: skipped after shuffling."""
    return sorted(p for p in GOLD_DIR.joinpath("heldout").glob("batch*.gold.jsonl")
                  if _batch_number(p) >= FIRST_DRAWN_BATCH and _batch_number(p) != seed)


def _used(paths: list[Path]) -> tuple[set[str], list[str]]:
    """The ids and the texts of the articles and sentences in ``paths``."""
    ids: set[str] = set()
    texts: list[str] = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                ids.add(r["id"])
                texts.append(r["text"])
    return ids, texts


def _story_words(texts: list[str]) -> list[set[str]]:
    # Single sentences (the sentence gold) share a fifth of their few long words with too many articles.
    return [content_words({"title": "", "text": t}) for t in texts if len(t) > 300]


def _eligible(rec: dict, used_ids: set[str], used_texts: list[str]) -> bool:
    body = rec["text"]
    if rec["id"] in used_ids or not MIN_WORDS <= len(body.split()) <= MAX_WORDS:
        return False
    if not POLITICAL_TITLE.search(rec.get("title") or ""):
        return False
    # The dev gold prefixes the title, and the sentence gold holds single sentences: compare by containment.
    stripped = body.strip()
    return not any(stripped in t or (len(t) < len(stripped) and t in stripped) for t in used_texts)


def _pools(seed: int) -> tuple[str, ...]:
    return FULL_CORPORA if seed >= FIRST_FULL_CORPUS_BATCH else NEWS_SAMPLES


def read_in_development() -> set[str]:
    """Ids of full-corpus articles read while developing (``read_in_development.txt``): never drawn."""
    path = Path(__file__).with_name("read_in_development.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _pool_articles(seed: int, name: str) -> list[dict]:
    if seed < FIRST_FULL_CORPUS_BATCH:
        return sample_articles(name)
    sample = sample_articles(NEWS_SAMPLES[FULL_CORPORA.index(name)])
    sample_ids, sample_texts = {r["id"] for r in sample}, {r["text"].strip() for r in sample}
    return [r for r in full_corpus_articles(name) if r["id"] not in sample_ids
            and r["text"].strip() not in sample_texts]


def draw(seed: int, count: int) -> list[dict]:
    """``count`` eligible articles, ``count // 2`` SaudiNewsNet then the rest ANT, in drawn order.

    From batch 126 on, ANT's shortfall is made up from SaudiNewsNet."""
    earlier_ids, earlier_texts = _used(_earlier_gold_files())
    drawn_ids, drawn_texts = _used(_drawn_gold_files(seed))
    # Stories are avoided only against the batches drawn before this one: a later batch was drawn avoiding
    # this one's stories, and the test of sameness is not symmetric (a candidate is compared with its
    # title, a gold article without), so checking it both ways could change an earlier batch's draw.
    _, lower_texts = _used([p for p in _drawn_gold_files(seed) if _batch_number(p) < seed])
    avoid_stories = _story_words(earlier_texts + lower_texts)
    read = read_in_development() if seed >= FIRST_FULL_CORPUS_BATCH else set()
    rng = random.Random(seed)
    candidates = []
    for name in _pools(seed):
        pool = [r for r in _pool_articles(seed, name) if _eligible(r, earlier_ids, earlier_texts)]
        pool.sort(key=lambda r: r["id"])
        rng.shuffle(pool)
        candidates.append(_unseen_stories(pool, drawn_ids | read, drawn_texts, avoid_stories))
    out: list[dict] = []
    for found, wanted in zip(candidates, (count // 2, count - count // 2), strict=True):
        out += itertools.islice(found, wanted)
    if seed >= FIRST_FILLED_BATCH:
        # The ANT pool ran dry at batch 126 (its few political titles left all tell stories already drawn):
        # the shortfall is made up from SaudiNewsNet, continuing the same shuffled order.
        out += itertools.islice(candidates[0], count - len(out))
    return out


def _unseen_stories(pool: list[dict], skip_ids: set[str], drawn_texts: list[str],
                    avoid_stories: list[set[str]]) -> Iterator[dict]:
    """The articles of ``pool`` in order, less those drawn or read and those telling a story already met."""
    picked: list[set[str]] = []
    for r in pool:
        words = content_words(r)
        if r["id"] in skip_ids or any(r["text"].strip() in t for t in drawn_texts):
            continue  # (articles read in development are skipped after the shuffle, which they so leave alone)
        if any(same_story(words, w) for w in avoid_stories) or any(same_story(words, o) for o in picked):
            continue
        picked.append(words)
        yield r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int, help="random seed; batch N uses seed N")
    parser.add_argument("count", type=int, help="articles to draw, half from each sample")
    args = parser.parse_args()
    for r in draw(args.seed, args.count):
        print(r["id"], r["date"][:10], len(r["text"].split()), r["title"][:70], sep="\t")


if __name__ == "__main__":
    main()
