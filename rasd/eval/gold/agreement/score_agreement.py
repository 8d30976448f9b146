"""Inter-annotator agreement on 5 news30 articles: the colleague's gold vs the blind second annotation.

Each file in turn is treated as gold and the other, converted to the prediction contract (entities with
name/name_ar/aliases for event actors and claim speakers, as ``tests/eval/test_scoring.py`` does), is
scored with the shared ``score.py``.  ``--diff`` also lists every disagreement, article by article.

    python -m rasd.eval.gold.agreement.score_agreement [--diff] [--json]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from rasd.paths import shared_dir

HERE = Path(__file__).resolve().parent
FIRST = HERE.parent / "news30.gold.jsonl"  # the colleague's annotation
SECOND = HERE / "second5.gold.jsonl"  # the blind second annotation
LAYERS = ("mentions", "mentions_relaxed", "timexes", "events", "events+date", "claims")


def shared_scorer():
    """The shared scorer module (``../shared/eval/score.py``)."""
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir() / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def as_prediction(g: dict) -> dict:
    """A gold record in the prediction contract shape: each actor/speaker list becomes one entity."""
    ents: list[dict] = []

    def ent_for(aliases: list[str]) -> str:
        eid = f"e{len(ents) + 1}"
        ents.append({"id": eid, "name": aliases[0], "name_ar": aliases[1] if len(aliases) > 1 else aliases[0],
                     "aliases": list(aliases)})
        return eid

    events = [{"code": e["code"], "source": [ent_for(e["source"])] if e.get("source") else [],
               "target": [ent_for(e["target"])] if e.get("target") else [], "date": e.get("date")}
              for e in g.get("events", [])]
    claims = [{"speaker": ent_for(c["speaker"]), "cue": c["cue"], "stance": c["stance"]} for c in g.get("claims", [])]
    return {"id": g["id"], "text": g["text"], "mentions": [dict(m) for m in g.get("mentions", [])],
            "entities": ents, "timexes": g.get("timexes", []), "events": events, "claims": claims,
            "published": {"date": g.get("published")}}


def load() -> tuple[list[dict], list[dict]]:
    """(colleague's records, second records), restricted to the doubly annotated ids, same order."""
    second = [json.loads(line) for line in SECOND.open(encoding="utf-8")]
    ids = {r["id"] for r in second}
    first = [r for r in map(json.loads, FIRST.open(encoding="utf-8")) if r["id"] in ids]
    order = {r["id"]: i for i, r in enumerate(first)}
    second.sort(key=lambda r: order[r["id"]])
    for a, b in zip(first, second, strict=True):
        assert a["text"] == b["text"], a["id"]
    return first, second


def agreement() -> dict:
    """Both directions: gold=colleague/pred=second, and gold=second/pred=colleague."""
    sc = shared_scorer()
    first, second = load()
    return {"colleague_as_gold": sc.score_docs(first, [as_prediction(r) for r in second]),
            "second_as_gold": sc.score_docs(second, [as_prediction(r) for r in first]),
            "counts": {name: {k: sum(len(r[k]) for r in recs) for k in ("mentions", "timexes", "events", "claims")}
                       for name, recs in (("colleague", first), ("second", second))}}


def diff(a: dict, b: dict) -> list[str]:
    """Human-readable disagreements between two records of one article (a = colleague, b = second)."""
    sc, t, out = shared_scorer(), a["text"], []
    key = lambda m: (m["start"], m["end"], m["label"])  # noqa: E731
    ma, mb = {key(m) for m in a["mentions"]}, {key(m) for m in b["mentions"]}
    for s, e, lab in sorted(ma - mb):
        out.append(f"  M only colleague {lab:4s} {t[s:e]!r} @{s}")
    for s, e, lab in sorted(mb - ma):
        out.append(f"  M only second    {lab:4s} {t[s:e]!r} @{s}")
    for x in a["timexes"]:
        m = [y for y in b["timexes"] if sc.overlaps(x, y)]
        if not m:
            out.append(f"  T only colleague {x['type']} {x['value']} {t[x['start']:x['end']]!r}")
        elif str(m[0]["value"]) != str(x["value"]) or (m[0]["start"], m[0]["end"]) != (x["start"], x["end"]):
            out.append(f"  T differ  colleague {x['value']} {t[x['start']:x['end']]!r} / second {m[0]['value']} "
                       f"{t[m[0]['start']:m[0]['end']]!r}")
    for y in b["timexes"]:
        if not any(sc.overlaps(x, y) for x in a["timexes"]):
            out.append(f"  T only second    {y['type']} {y['value']} {t[y['start']:y['end']]!r}")
    pa, pb = as_prediction(a), as_prediction(b)
    for who, ev, other in (("colleague", a["events"], pb), ("second", b["events"], pa)):
        def match(e: dict, o: dict, other: dict = other) -> bool:
            return e["code"] == o["code"] and all(
                not e.get(r) or sc.names_match(e[r], sc.entity_names(other, o[r])) for r in ("source", "target"))
        pairs = sc.greedy(ev, other["events"], match)  # one-to-one, as the scorer pairs them
        paired = [id(g) for g, _ in pairs]
        for e in ev:
            if id(e) not in paired:
                out.append(f"  E only {who:9s} {e['code']} {e.get('source', ['-'])[0]} > {e.get('target', ['-'])[0]}"
                           f" {e.get('date', '')}")
        for e, o in pairs:
            if who == "colleague" and e.get("date") != o.get("date"):
                out.append(f"  E date {e['code']} {e.get('source', ['-'])[0]}: colleague {e.get('date')} / "
                           f"second {o.get('date')}")
    for who, cl, other in (("colleague", a["claims"], b["claims"]), ("second", b["claims"], a["claims"])):
        for c in cl:
            cs, ce = c["cue"]["start"], c["cue"]["end"]
            m = [o for o in other if sc.overlaps(c["cue"], o["cue"])]
            if not m:
                out.append(f"  C only {who:9s} {c['stance']} {c['speaker'][0]} {t[cs:ce]!r} …{t[max(0, cs - 20):ce + 20]}…")
            elif not sc.names_match(c["speaker"], m[0]["speaker"]):
                out.append(f"  C speaker differs {t[cs:ce]!r}: {c['speaker'][:3]} / {m[0]['speaker'][:3]}")
            elif who == "colleague" and m[0]["stance"] != c["stance"]:
                out.append(f"  C stance {t[cs:ce]!r}: colleague {c['stance']} / second {m[0]['stance']}")
    return out


def main(argv: list[str]) -> int:
    """Print the agreement figures (and, with --diff, the disagreements)."""
    res = agreement()
    if "--json" in argv:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print("counts:", json.dumps(res["counts"], ensure_ascii=False))
    for direction in ("colleague_as_gold", "second_as_gold"):
        print(f"== {direction}")
        r = res[direction]
        for k in LAYERS:
            v = r[k]
            extra = "".join(f"  {x}={v[x]}" for x in ("value_accuracy", "stance_accuracy") if x in v)
            print(f"  {k:17s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}"
                  f"  (tp={v['tp']} pred={v['predicted']} gold={v['gold']}){extra}")
    if "--diff" in argv:
        for a, b in zip(*load(), strict=True):
            print(f"\n### {a['id']}")
            print("\n".join(diff(a, b)) or "  (no disagreement)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
