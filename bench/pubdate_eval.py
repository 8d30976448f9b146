#!/usr/bin/env python3
"""Time stage benchmark: timexes on the dev gold, publication dates on real news.

    python bench/pubdate_eval.py [--n 300] [--full] [--dateparser] [--json OUT.json]

Not a unit test. Measures
- dev gold (``../shared/eval/dev/dev.gold.jsonl``): timex relaxed F1 and value accuracy,
  (1) as the scorer runs it (text only, the date inferred) and (2) with the gold
  publication date declared, plus publication-date accuracy (``score.py doc``);
- news samples (``../shared/data/news/*.jsonl``, true dates known; text = title + blank line + body,
  as the gold sets build it): publication-date
  accuracy on ``--n`` articles per file (a) with the declared date given and
  (b) without it (text, URL and dateline only): answered share, exact-day and
  month accuracy;
- with ``--dateparser``: how many dev gold timexes ``dateparser.search`` finds and
  resolves right, against the same gold anchor (the baseline our rules replace).
``--full`` runs the whole default pipeline (entity roles help the date search);
the default is text → layout → time, which is what the date needs when no
entities are wanted and is much faster.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
GOLD = SHARED / "eval" / "dev" / "dev.gold.jsonl"
SCORER = SHARED / "eval" / "score.py"
NEWS = sorted((SHARED / "data" / "news").glob("*.jsonl"))

from rasd.config import load_config  # noqa: E402
from rasd.document import Document, Meta  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402

FAST_STAGES = ["rasd.text.v1", "rasd.layout.v1", "rasd.time.v1"]


def build(full: bool) -> Pipeline:
    config = load_config()
    return Pipeline.from_config(config) if full else Pipeline.from_config(config, stages=FAST_STAGES)


def score_dev(nlp: Pipeline, declared: bool) -> dict:
    """Run the pipeline on each gold text and score with the shared scorer."""
    golds = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for g in golds:
            meta = Meta(declared_date=g.get("published") if declared else None)
            doc = nlp(Document(id=g["id"], text=g["text"], meta=meta))
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        path = out.name
    res = subprocess.run([sys.executable, str(SCORER), "doc", str(GOLD), path, "--json"],
                         capture_output=True, text=True)
    try:
        scores = json.loads(res.stdout)
    except json.JSONDecodeError:
        scores = {"raw": res.stdout[-2000:], "stderr": res.stderr[-2000:]}
    return {k: scores.get(k) for k in ("timexes", "published")} if isinstance(scores, dict) else scores


def sample(path: Path, n: int) -> list[dict]:
    """Every k-th article, so the sample spans the file (deterministic)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    step = max(1, len(rows) // n)
    return rows[::step][:n]


def news_eval(nlp: Pipeline, n: int) -> dict:
    out = {}
    for path in NEWS:
        rows = sample(path, n)
        res: dict[str, dict] = {}
        for mode in ("declared", "text_only"):
            exact = month = answered = conflicts = 0
            t0 = time.perf_counter()
            for r in rows:
                true = str(r["date"])[:10]
                meta = Meta(url=r.get("url"), title=r.get("title"),
                            declared_date=r["date"] if mode == "declared" else None)
                # the gold sets' convention: title, a blank line, then the body
                text = f"{r['title']}\n\n{r['text']}" if r.get("title") else r["text"]
                doc = nlp(Document(id=str(r["id"]), text=text, meta=meta))
                got = doc.published.date
                if got:
                    answered += 1
                    best = doc.published.candidates[0] if doc.published.candidates else got
                    exact += int(got == true)
                    month += int(best[:7] == true[:7])
                conflicts += int(any(f.kind == "date-conflict" for f in doc.flags))
            secs = time.perf_counter() - t0
            res[mode] = {"n": len(rows), "exact_day_accuracy": round(exact / len(rows), 4),
                         "answered": round(answered / len(rows), 4),
                         "exact_when_answered": round(exact / answered, 4) if answered else None,
                         "month_accuracy_when_answered": round(month / answered, 4) if answered else None,
                         "date_conflict_flags": conflicts, "seconds": round(secs, 1)}
        out[path.name] = res
    return out


def dateparser_baseline() -> dict:
    """dateparser.search over each dev text, anchored on the gold date: recall and value accuracy."""
    from dateparser.search import search_dates

    golds = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = ok = total = predicted = 0
    for g in golds:
        base = dt.datetime.fromisoformat(g["published"])
        hits = search_dates(g["text"], languages=["ar"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        predicted += len(hits)
        spans = []
        pos = 0
        for s, value in hits:
            i = g["text"].find(s, pos)
            if i >= 0:
                spans.append((i, i + len(s), value))
                pos = i + len(s)
        for t in g["timexes"]:
            total += 1
            m = [v for a, b, v in spans if a < t["end"] and t["start"] < b]
            if m:
                found += 1
                gv = str(t["value"])
                ok += int(len(gv) == 10 and m[0].date().isoformat() == gv)
    return {"gold": total, "predicted": predicted, "matched": found,
            "recall": round(found / total, 4), "precision": round(found / predicted, 4) if predicted else 0.0,
            "value_accuracy_on_matched": round(ok / found, 4) if found else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=300, help="articles per news file")
    ap.add_argument("--full", action="store_true", help="run the whole default pipeline")
    ap.add_argument("--dateparser", action="store_true", help="also measure the dateparser baseline")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args()
    nlp = build(args.full)
    report = {
        "stages": nlp.names,
        "dev_text_only": score_dev(nlp, declared=False),
        "dev_date_declared": score_dev(nlp, declared=True),
        "news": news_eval(nlp, args.n),
    }
    if args.dateparser:
        report["dateparser_dev"] = dateparser_baseline()
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
