"""Pick the 30 news30 gold articles deterministically from the two news samples.

Run from the repo root: ``python -m rasd.eval.gold.select_articles`` prints the chosen ids.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

NEWS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "news"
SNN = NEWS / "saudinewsnet_2015-08-09_10_sample2000.jsonl"
ANT = NEWS / "antcorpus_v1.1_jawharafm_sample2000.jsonl"
DEV = NEWS.parent.parent / "eval" / "dev" / "dev.gold.jsonl"
SEED = 6
PER_SOURCE = 15
MIN_WORDS, MAX_WORDS = 150, 400  # upper bound kept below 600 so 30 articles fit one annotation session
ANT_CATEGORIES = {"politic", "internationalNews"}

# Reporting verbs: an article must quote or paraphrase speakers.
SPEECH = re.compile(r"(?<!\w)[وف]?(قال|قالت|أكد|أكدت|أعلن|أعلنت|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|حذر|حذرت|دعا|دعت|نفى|نفت|اتهم|اتهمت)(?!\w)")
# Politics and security vocabulary: an article must be about states, institutions or violence.
POLITICS = re.compile(
    r"وزير|رئيس|حكوم|قوات|الجيش|هجوم|مجلس|الأمم المتحدة|سفير|اتفاق|مفاوض|قتل|غارات|داعش|الحوثي|معارض|انتخاب|أمني|حزب|برلمان"
)
# Sport and market news use the same verbs and titles (رئيس الاتحاد) but carry no political events.
OFF_TOPIC = re.compile(r"فيفا|كرة القدم|مباراة|الدوري|لاعب|بلاتيني|السيولة|الأسهم|السندات|مؤشر|النادي|مسابقة|الناخبين")


def text_of(rec: dict) -> str:
    """The gold text: title, blank line, body — as in the dev gold."""
    return rec["title"] + "\n\n" + rec["text"]


def eligible(rec: dict, dev_ids: set[str], dev_texts: set[str]) -> bool:
    """Moderate length, quoted speakers, political vocabulary, not in the dev gold."""
    words = len(rec["text"].split())
    if not MIN_WORDS <= words <= MAX_WORDS or rec["id"] in dev_ids or rec["text"] in dev_texts:
        return False
    if not rec.get("title"):
        return False
    if OFF_TOPIC.search(rec["title"] + rec["text"]):
        return False
    return len(SPEECH.findall(rec["text"])) >= 2 and len(POLITICS.findall(rec["text"])) >= 6


def content_words(rec: dict) -> set[str]:
    """Long words of title and body, to spot the same story from two outlets."""
    return {w for w in re.findall(r"\w+", rec["title"] + " " + rec["text"]) if len(w) > 4}


def same_story(a: set[str], b: set[str]) -> bool:
    """Two articles share over a fifth of their long words."""
    return len(a & b) > 0.2 * min(len(a), len(b))


def pick(path: Path, dev_ids: set[str], dev_texts: set[str], categories: set[str] | None = None) -> list[dict]:
    """Shuffle the eligible articles with a fixed seed and keep the first PER_SOURCE distinct texts."""
    recs = [json.loads(line) for line in path.open(encoding="utf-8")]
    pool = [r for r in recs if eligible(r, dev_ids, dev_texts) and (categories is None or r.get("category") in categories)]
    pool.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(pool)
    out: list[dict] = []
    for r in pool:
        # The SNN sample carries the same story from several outlets: keep one per story.
        if any(same_story(content_words(r), content_words(o)) for o in out):
            continue
        out.append(r)
        if len(out) == PER_SOURCE:
            break
    return out


def select() -> list[dict]:
    """The 30 chosen source records, SaudiNewsNet first."""
    dev = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    dev_ids = {d["id"] for d in dev}
    dev_texts = {d["text"].split("\n\n", 1)[-1] for d in dev}
    return pick(SNN, dev_ids, dev_texts) + pick(ANT, dev_ids, dev_texts, ANT_CATEGORIES)


if __name__ == "__main__":
    for r in select():
        print(r["id"], r["date"], r.get("category", r["source"]), len(r["text"].split()), r["title"][:70])
