"""Scoring rasd output against gold data, by the metrics of ``shared/eval/FORMAT.md``.

Same definitions as the shared ``score.py`` (so figures are comparable):
mentions exact and relaxed F1, timex relaxed F1 + value accuracy, events
code+actors F1 (and +date), claims speaker+cue F1 + stance accuracy,
publication-date exact-day accuracy, and the CoNLL entity-level metric from
character mentions projected onto tokens.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def name_key(name: str) -> str:
    """Arabic-aware key for comparing actor names (as the shared scorer does)."""
    s = unicodedata.normalize("NFKC", str(name)).lower()
    s = _DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def names_match(gold_aliases: Iterable[str], predicted: Iterable[str]) -> bool:
    """Some gold alias equals, or word-set-contains / is contained by, some predicted name."""
    gold = [name_key(a) for a in gold_aliases if name_key(a)]
    pred = [name_key(p) for p in predicted if p and name_key(p)]
    for g in gold:
        gw = set(g.split())
        for p in pred:
            pw = set(p.split())
            if g == p or (gw and pw and (gw <= pw or pw <= gw)):
                return True
    return False


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def prf(self) -> dict[str, Any]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


def overlaps(a: dict, b: dict) -> bool:
    """Whether two character spans (``{"start", "end"}``) share a character."""
    return a["start"] < b["end"] and b["start"] < a["end"]


def greedy(gold: list, pred: list, match: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    """Pair each gold item with the first unused predicted item that matches it (the scorer's matching)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and match(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def entity_names(pred: dict[str, Any], entity_ids: list[str] | str) -> list[str]:
    """Every name a predicted document gives these entities (names, country, aliases, mention texts)."""
    ids = set(entity_ids if isinstance(entity_ids, list) else [entity_ids])
    names: list[str] = []
    for e in pred.get("entities", []):
        if e.get("id") in ids:
            names += [e.get("name"), e.get("name_ar"), e.get("country")]
            names += list(e.get("aliases") or [])
    for m in pred.get("mentions", []):
        if m.get("entity") in ids:
            names.append(m.get("text") or pred["text"][m["start"]:m["end"]])
    return [n for n in names if n]


def event_matches(pred: dict[str, Any], gold_event: dict, pred_event: dict, with_date: bool = False) -> bool:
    """Whether a predicted event of document ``pred`` matches a gold event: the same PLOVER code, and each gold
    actor (when given) among the names of the predicted one; with ``with_date``, also a gold date, when given."""
    if gold_event["code"] != pred_event.get("code"):
        return False
    for role in ("source", "target"):
        if gold_event.get(role) and not names_match(gold_event[role], entity_names(pred, pred_event.get(role) or [])):
            return False
    return not with_date or not gold_event.get("date") or str(gold_event["date"]) == str(pred_event.get("date"))


def score_documents(golds: list[dict], preds: list[dict]) -> dict[str, Any]:
    """All document-level metrics; a layer absent from a gold record is not scored for it."""
    by_id = {p.get("id"): p for p in preds}
    c = {k: Counts() for k in ("mentions", "mentions_relaxed", "timexes", "events", "events+date", "claims")}
    per_label: dict[str, Counts] = {}
    value_ok = stance_ok = pub_ok = pub_n = 0
    missing = []
    for g in golds:
        p = by_id.get(g["id"])
        if p is None or "error" in p:
            missing.append(g["id"])
            p = {"text": g["text"]}
        if "mentions" in g:
            gm, pm = g["mentions"], p.get("mentions", [])
            gs = {(m["start"], m["end"], m["label"]) for m in gm}
            ps = {(m["start"], m["end"], m["label"]) for m in pm}
            c["mentions"].add(len(gs & ps), len(pm), len(gm))
            for lab in {x[2] for x in gs | ps}:
                per_label.setdefault(lab, Counts()).add(
                    len({x for x in gs & ps if x[2] == lab}), len({x for x in ps if x[2] == lab}),
                    len({x for x in gs if x[2] == lab}))
            rel = greedy(gm, pm, lambda a, b: a["label"] == b["label"] and overlaps(a, b))
            c["mentions_relaxed"].add(len(rel), len(pm), len(gm))
        if "timexes" in g:
            gt, pt = g["timexes"], p.get("timexes", [])
            pairs = greedy(gt, pt, overlaps)
            value_ok += sum(1 for a, b in pairs if str(a.get("value")) == str(b.get("value")))
            c["timexes"].add(len(pairs), len(pt), len(gt))
        if "events" in g:
            ge, pe = g["events"], p.get("events", [])
            c["events"].add(len(greedy(ge, pe, lambda a, b, p=p: event_matches(p, a, b))), len(pe), len(ge))
            c["events+date"].add(len(greedy(ge, pe, lambda a, b, p=p: event_matches(p, a, b, with_date=True))),
                                 len(pe), len(ge))
        if "claims" in g:
            gc, pc = g["claims"], p.get("claims", [])
            pairs = greedy(gc, pc, lambda a, b, p=p: overlaps(a["cue"], b.get("cue") or {"start": -1, "end": -1})
                            and names_match(a["speaker"], entity_names(p, b.get("speaker") or [])))
            stance_ok += sum(1 for a, b in pairs if a.get("stance") == b.get("stance"))
            c["claims"].add(len(pairs), len(pc), len(gc))
        if g.get("published"):
            pub_n += 1
            pub_ok += int(str((p.get("published") or {}).get("date")) == str(g["published"]))
    out: dict[str, Any] = {k: v.prf() for k, v in c.items() if v.gold or v.predicted}
    if "mentions" in out:
        out["mentions"]["per_label"] = {k: v.prf() for k, v in sorted(per_label.items())}
    if "timexes" in out:
        tp = out["timexes"]["tp"]
        out["timexes"]["value_accuracy"] = round(value_ok / tp, 4) if tp else 0.0
    if "claims" in out:
        tp = out["claims"]["tp"]
        out["claims"]["stance_accuracy"] = round(stance_ok / tp, 4) if tp else 0.0
    if pub_n:
        out["published"] = {"accuracy": round(pub_ok / pub_n, 4), "n": pub_n}
    out["missing_predictions"] = missing
    return out


def gold_as_prediction(record: dict[str, Any]) -> dict[str, Any]:
    """A gold record in the shape of rasd's output, so that one annotator's gold is scored against
    another's with the same matching: each alias list of an event role or claim speaker becomes an
    entity whose aliases are that list."""
    entities: list[dict[str, Any]] = []
    by_aliases: dict[tuple[str, ...], str] = {}

    def ids(aliases: list[str] | None) -> list[str]:
        if not aliases:
            return []
        key = tuple(aliases)
        if key not in by_aliases:
            by_aliases[key] = f"a{len(by_aliases) + 1}"
            entities.append({"id": by_aliases[key], "name": aliases[0], "aliases": list(aliases)})
        return [by_aliases[key]]

    events = [{"code": e["code"], "source": ids(e.get("source")), "target": ids(e.get("target")),
               "date": e.get("date")} for e in record.get("events", [])]
    claims = [{"cue": c["cue"], "speaker": (ids(c.get("speaker")) or [None])[0], "stance": c.get("stance")}
              for c in record.get("claims", [])]
    out = {"id": record["id"], "text": record["text"], "entities": entities, "events": events, "claims": claims,
           "mentions": record.get("mentions", []), "timexes": record.get("timexes", [])}
    if record.get("published"):
        out["published"] = {"date": record["published"]}
    return out


def agreement(first: list[dict], second: list[dict]) -> dict[str, Any]:
    """Inter-annotator agreement on the articles both annotated: each set scored as the gold of the
    other (matching is not symmetric: a role one annotator leaves empty matches any), and their mean F1."""
    ids = {g["id"] for g in first} & {g["id"] for g in second}
    a = [g for g in first if g["id"] in ids]
    b = [g for g in second if g["id"] in ids]
    ab = score_documents(a, [gold_as_prediction(g) for g in b])
    ba = score_documents(b, [gold_as_prediction(g) for g in a])
    out: dict[str, Any] = {"articles": len(ids), "second_vs_first": ab, "first_vs_second": ba}
    out["mean_f1"] = {k: round((ab[k]["f1"] + ba[k]["f1"]) / 2, 4)
                      for k in ("events", "claims") if k in ab and k in ba}
    return out


# ---------------------------------------------------------------- CoNLL mode
def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences as (token, BIO tag) lists; ``PERS`` becomes ``PER``; ``# `` lines are comments."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip().replace("\u200e", "").replace("\u200f", "")
            if line.startswith("# "):
                continue
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split()
            tok, tag = (parts[0], parts[-1]) if len(parts) > 1 else (parts[0], "O")
            cur.append((tok, tag.replace("PERS", "PER")))
    if cur:
        sents.append(cur)
    return sents


def sentence_text(sent: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens joined by single spaces, with each token's character offsets."""
    offsets, pos = [], 0
    for tok, _ in sent:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(t for t, _ in sent), offsets


def bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def project_mentions(mentions: list[dict], offsets: list[tuple[int, int]]) -> list[str]:
    """Token tags from character mentions: a token takes the label of a mention it overlaps."""
    tags = ["O"] * len(offsets)
    for m in sorted(mentions, key=lambda m: m["start"]):
        first = True
        for i, (s, e) in enumerate(offsets):
            if s < m["end"] and m["start"] < e:
                tags[i] = ("B-" if first else "I-") + m["label"]
                first = False
    return tags


def score_conll(sents: list[list[tuple[str, str]]], preds: dict[str, dict],
                labels: set[str] | None = None) -> dict[str, Any]:
    """Entity-level micro P/R/F1 overall and per type; ``preds`` keyed ``s1, s2, …``."""
    total = Counts()
    per_type: dict[str, Counts] = {}
    for i, sent in enumerate(sents, 1):
        _, offsets = sentence_text(sent)
        gold = bio_spans([t for _, t in sent])
        pred = bio_spans(project_mentions(preds.get(f"s{i}", {}).get("mentions", []), offsets))
        if labels:
            gold = {x for x in gold if x[2] in labels}
            pred = {x for x in pred if x[2] in labels}
        total.add(len(gold & pred), len(pred), len(gold))
        for lab in {s[2] for s in gold | pred}:
            per_type.setdefault(lab, Counts()).add(
                len({s for s in gold & pred if s[2] == lab}), len({s for s in pred if s[2] == lab}),
                len({s for s in gold if s[2] == lab}))
    out = {"entities": total.prf()}
    out.update({lab: c.prf() for lab, c in sorted(per_type.items())})
    return out


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def format_report(result: dict[str, Any]) -> list[str]:
    """Human-readable lines, one per metric."""
    lines = []
    for k, v in result.items():
        if isinstance(v, dict) and "f1" in v:
            extra = "".join(f"  {x}={v[x]}" for x in ("value_accuracy", "stance_accuracy") if x in v)
            lines.append(f"{k:18s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}  "
                         f"(tp={v['tp']} pred={v['predicted']} gold={v['gold']}){extra}")
            for lab, sub in (v.get("per_label") or {}).items():
                lines.append(f"  {lab:16s} P={sub['precision']:.3f} R={sub['recall']:.3f} F1={sub['f1']:.3f}  "
                             f"(tp={sub['tp']} pred={sub['predicted']} gold={sub['gold']})")
        elif isinstance(v, dict):
            lines.append(f"{k:18s}" + "".join(f"  {x}={y}" for x, y in v.items()))
        elif v:
            lines.append(f"{k}: {v}")
    return lines
