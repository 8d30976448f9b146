"""Where the event rules drop their trigger matches, and how often a drop sits beside a missed gold event.

    .venv/bin/python scripts/event_gates.py GOLD.jsonl [--top 25] [--examples LINE]

Runs the pipeline on the gold articles (with their declared dates, as ``rasd eval doc --with-dates``), records
each trigger match for which ``EventsStage._event`` returned no event together with the line of the ``return``
that dropped it, scores the predictions, and prints for each line how many matches it dropped and how many of
those were in an article that has a missed gold event of the match's PLOVER type — an upper bound on what
loosening that gate could find. ``--examples LINE`` prints the dropped triggers of one line with their context.

Session 30 found with it that "no source found" drops the most (1,076 matches on batches 57–96, 439 beside a
missed gold event of their type). A diagnostic for development sets only: never run it on held-out batches.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rasd.config import load_config  # noqa: E402
from rasd.document import Document, Meta  # noqa: E402
from rasd.eval.scoring import event_matches, greedy, read_jsonl  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.stages import events as events_module  # noqa: E402


def missed_codes(gold: dict, pred: dict) -> Counter:
    """PLOVER types of the gold events no predicted event matches (code and actors, as the scorer does)."""
    found = {id(a) for a, _ in greedy(gold.get("events", []), pred.get("events", []),
                                      lambda a, b: event_matches(pred, a, b))}
    return Counter(a["code"] for a in gold.get("events", []) if id(a) not in found)


def traced_drops(golds: list[dict]) -> tuple[list[tuple[str, str, str, int, int]], dict[str, dict]]:
    """(doc id, PLOVER type, trigger text, trigger offset, line) for every dropped match, and the predictions."""
    original = events_module.EventsStage._event
    code = original.__code__
    drops: list[tuple[str, str, str, int, int]] = []

    def traced(self, doc, actors, keys, m, *args, **kwargs):
        last: dict[str, int] = {}

        def tracer(frame, event, arg):
            if frame.f_code is code:
                if event == "return":
                    last["line"] = frame.f_lineno
                return tracer
            return None

        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            result = original(self, doc, actors, keys, m, *args, **kwargs)
        finally:
            sys.settrace(previous)
        if result is None:
            first, end = doc.tokens[m.first], doc.tokens[m.last]
            drops.append((doc.id, m.rule.plover, doc.text[first.start:end.end], first.start, last.get("line", 0)))
        return result

    events_module.EventsStage._event = traced
    try:
        config = load_config()
        pipeline = Pipeline(config.pipeline, config)
        docs = [Document(id=g["id"], text=g["text"], meta=Meta(declared_date=g.get("published"))) for g in golds]
        preds = {d.id: d.to_dict() for d in pipeline.run_many(docs)}
    finally:
        events_module.EventsStage._event = original
    return drops, preds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--top", type=int, default=25, help="lines to print, most drops beside a missed event first")
    parser.add_argument("--examples", type=int, help="print the dropped triggers of this line of events.py")
    args = parser.parse_args()
    golds = read_jsonl(args.gold)
    drops, preds = traced_drops(golds)
    missed = {g["id"]: missed_codes(g, preds[g["id"]]) for g in golds}
    texts = {g["id"]: g["text"] for g in golds}
    source = Path(events_module.__file__).read_text(encoding="utf-8").splitlines()
    per_line: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for doc_id, plover, _, _, line in drops:
        per_line[line][0] += 1
        per_line[line][1] += missed[doc_id][plover] > 0
    print(f"{len(drops)} trigger matches dropped in {len(golds)} articles")
    print(" line  dropped  beside a missed gold event  code")
    for line, (dropped, beside) in sorted(per_line.items(), key=lambda x: -x[1][1])[:args.top]:
        context = source[line - 2].strip() if line > 1 else ""
        print(f"{line:5d} {dropped:8d} {beside:8d}                    {context[:80]}")
    if args.examples:
        for doc_id, plover, trigger, start, line in drops:
            if line == args.examples:
                mark = "*" if missed[doc_id][plover] else " "
                around = texts[doc_id][max(0, start - 60):start + 60].replace("\n", " ")
                print(f"{mark} {plover:9s} {trigger} | {around}")


if __name__ == "__main__":
    main()
