"""Across the articles of one story: merged events, contradictions, date evidence.

- **Merged events**: the same event (PLOVER code + actor entity keys) reported
  by several articles becomes one event with one report per article.
- **Contradictions** (flags pointing at both articles): one article asserts an
  event another denies; different dates for the same event; different casualty
  figures for the story.
- **Date evidence**: an article whose publication day is uncertain (month
  precision, or several candidate days) is pinned by the dates other reports of
  the same story give.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rasd.arabic.normalize import fold
from rasd.corpus.figures import casualty_figures
from rasd.corpus.stories import day_ordinal, entity_key_map

ASSERTING = ("asserted", "reported")


@dataclass
class Report:
    doc_id: str
    event: str
    source: str | None
    date: str | None
    modality: str
    trigger: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class MergedEvent:
    key: str
    code: str
    source_names: list[str] = field(default_factory=list)
    target_names: list[str] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    word: str = ""
    sources: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()

    @property
    def dates(self) -> list[str]:
        return sorted({r.date for r in self.reports if r.date})

    @property
    def date(self) -> str | None:
        """The date most reports give (ties: the most precise, then the earliest)."""
        counts = Counter(r.date for r in self.reports if r.date)
        if not counts:
            return None
        return sorted(counts, key=lambda d: (-counts[d], -len(d), d))[0]

    @property
    def n_sources(self) -> int:
        return len({r.doc_id for r in self.reports})


@dataclass
class CrossFlag:
    kind: str
    doc_a: str
    span_a: tuple[int, int] | None
    doc_b: str
    span_b: tuple[int, int] | None
    message: str
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "a": {"doc": self.doc_a, "span": list(self.span_a) if self.span_a else None},
                "b": {"doc": self.doc_b, "span": list(self.span_b) if self.span_b else None},
                "message": self.message, "confidence": self.confidence}


def _roles(ev: dict[str, Any], local: dict[str, tuple[str, str]]) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(local[i][0] for i in ev.get("source") or [] if i in local),
            frozenset(local[i][0] for i in ev.get("target") or [] if i in local))


def _trigger_word(d: dict[str, Any], ev: dict[str, Any]) -> str:
    trig = ev.get("trigger") or {}
    return fold(d["text"][trig.get("start", 0):trig.get("end", 0)]) if trig else ""


def event_key(d: dict[str, Any], ev: dict[str, Any], local: dict[str, tuple[str, str]]) -> str:
    """Cross-article identity of an event: its code and its actors' keys (else its folded trigger)."""
    src, tgt = _roles(ev, local)
    actors = sorted(src | tgt)
    if actors:
        return ev["code"] + "|" + "|".join(actors)
    return ev["code"] + "|~" + _trigger_word(d, ev)


def _same_event(m: MergedEvent, code: str, src: frozenset[str], tgt: frozenset[str], word: str) -> bool:
    """Same code, and a shared actor in the same role (outlets name different subsets of the actors);
    events without known actors match on their folded trigger word."""
    if m.code != code:
        return False
    if src or tgt or m.sources or m.targets:
        return bool(src & m.sources) or bool(tgt & m.targets)
    return word == m.word


def merge_events(docs: list[dict[str, Any]]) -> list[MergedEvent]:
    """Events of a story's articles merged across outlets, each with its reports; most reported first."""
    merged: list[MergedEvent] = []
    for d in docs:
        local = entity_key_map(d)
        source = (d.get("meta") or {}).get("source")
        for ev in d.get("events") or []:
            src, tgt = _roles(ev, local)
            word = _trigger_word(d, ev)
            m = next((x for x in merged if _same_event(x, ev["code"], src, tgt, word)), None)
            if m is None:
                m = MergedEvent(event_key(d, ev, local), ev["code"],
                                source_names=[local[i][1] for i in ev.get("source") or [] if i in local],
                                target_names=[local[i][1] for i in ev.get("target") or [] if i in local],
                                word=word)
                merged.append(m)
            m.sources |= src
            m.targets |= tgt
            trig = ev.get("trigger") or {}
            m.reports.append(Report(d["id"], ev.get("id", ""), source, ev.get("date"), ev.get("modality") or "asserted",
                                    {"start": trig.get("start"), "end": trig.get("end"),
                                     "text": d["text"][trig.get("start", 0):trig.get("end", 0)] if trig else ""}))
    return sorted(merged, key=lambda m: (-m.n_sources, m.key))


def _span(r: Report) -> tuple[int, int] | None:
    t = r.trigger or {}
    return (t["start"], t["end"]) if t.get("start") is not None else None


def _other_outlet(a: Report, b: Report) -> bool:
    """Different articles from different outlets (an outlet updating itself is not a contradiction)."""
    return a.doc_id != b.doc_id and (a.source is None or b.source is None or a.source != b.source)


def contradictions(docs: list[dict[str, Any]], events: list[MergedEvent] | None = None,
                   max_days_apart: int = 1) -> list[CrossFlag]:
    """Flags for denials, conflicting dates and conflicting casualty figures between articles."""
    events = merge_events(docs) if events is None else events
    flags: list[CrossFlag] = []
    for m in events:
        asserting = [r for r in m.reports if r.modality in ASSERTING]
        denying = [r for r in m.reports if r.modality == "denied"]
        for a in asserting[:1]:
            for b in denying:
                if a.doc_id != b.doc_id and _other_outlet(a, b):
                    flags.append(CrossFlag("cross-denial", a.doc_id, _span(a), b.doc_id, _span(b),
                                           f"{m.code} reported by {a.doc_id} is denied in {b.doc_id}", 0.7))
        # Dates: each outlier report is flagged once, against the day most reports give.
        days = [r for r in m.reports if r.date and len(r.date) >= 10]
        counts = Counter(r.date[:10] for r in days)
        if len(counts) > 1:
            majority = sorted(counts, key=lambda day: (-counts[day], day))[0]
            flagged: set[str] = set()
            for r in days:
                if r.date[:10] == majority or r.doc_id in flagged:
                    continue
                base = next((b for b in days if b.date[:10] == majority and _other_outlet(b, r)), None)
                if base is None:
                    continue
                flagged.add(r.doc_id)
                flags.append(CrossFlag("cross-date-conflict", base.doc_id, _span(base), r.doc_id, _span(r),
                                       f"{m.code}: {majority} in {base.doc_id} ({counts[majority]} report(s)), "
                                       f"{r.date} in {r.doc_id}", 0.6))
    flags.extend(_figure_conflicts(docs, max_days_apart))
    return flags


def _figure_conflicts(docs: list[dict[str, Any]], max_days_apart: int) -> list[CrossFlag]:
    """Different first-stated casualty figures in articles of the same story, published close together."""
    from rasd.corpus.db import doc_date

    firsts: dict[str, list[tuple[dict[str, Any], Any]]] = {}
    for d in docs:
        seen = set()
        for f in casualty_figures(d.get("text") or ""):
            if f.category not in seen:
                seen.add(f.category)
                firsts.setdefault(f.category, []).append((d, f))
    out = []
    for category, items in firsts.items():
        # Compare with the figure most articles give, so one outlier yields one flag, not N-1.
        counts = Counter(f.value for _, f in items)
        if len(counts) > 3:  # many different tolls: a story of several incidents, not one disputed figure
            continue
        majority = sorted(counts, key=lambda v: (-counts[v], next(i for i, (_, f) in enumerate(items) if f.value == v)))[0]
        for d, f in items:
            if f.value == majority:
                continue
            src = (d.get("meta") or {}).get("source")
            pick = next(((bd, bf) for bd, bf in items if bf.value == majority and bd["id"] != d["id"]
                         and (src is None or (bd.get("meta") or {}).get("source") != src)), None)
            if pick is None:  # only the same outlet disagrees with itself: an update, not a contradiction
                continue
            base_doc, base = pick
            a, b = day_ordinal(doc_date(base_doc)), day_ordinal(doc_date(d))
            if a is not None and b is not None and abs(a - b) > max_days_apart:
                continue
            pa, pb = _places_near(base_doc, base.start, base.end), _places_near(d, f.start, f.end)
            if pa and pb and not pa & pb:  # figures about different places: different incidents of one story
                continue
            out.append(CrossFlag(
                "cross-figure-conflict", base_doc["id"], (base.start, base.end), d["id"], (f.start, f.end),
                f"{category}: {base.value} in {base_doc['id']} ({counts[majority]} article(s)), {f.value} in {d['id']}",
                0.4))
    return out


def _places_near(d: dict[str, Any], start: int, end: int) -> set[str]:
    """Folded LOC mentions in the sentence holding ``[start, end)`` (±200 characters without sentences)."""
    lo, hi = max(0, start - 200), end + 200
    for s in d.get("sentences") or []:
        if s["start"] <= start < s["end"]:
            lo, hi = s["start"], max(s["end"], end)
            break
    return {fold(m.get("text") or d["text"][m["start"]:m["end"]]) for m in d.get("mentions") or []
            if m.get("label") == "LOC" and lo <= m["start"] and m["end"] <= hi}


def uncertain_date(d: dict[str, Any]) -> bool:
    """Publication day not settled: month precision only, or several candidate days."""
    pub = d.get("published") or {}
    date = pub.get("date")
    return (date is not None and len(date) == 7) or len(pub.get("candidates") or []) > 1


def date_evidence(docs: list[dict[str, Any]], events: list[MergedEvent] | None = None,
                  min_confidence: float = 0.5) -> dict[str, dict[str, Any]]:
    """For each uncertain article, the day other reports of its story support, with the evidence."""
    events = merge_events(docs) if events is None else events
    out = {}
    for d in docs:
        if not uncertain_date(d):
            continue
        pub = d.get("published") or {}
        month = (pub.get("date") or "")[:7]
        candidates = [c for c in pub.get("candidates") or [] if len(c) >= 10]
        support: Counter = Counter()
        why: dict[str, list[str]] = {}
        # The article's own ranking is a prior: other reports must outweigh it to move the day.
        for rank, day in enumerate(candidates[:3]):
            support[day[:10]] += 1.0 / (rank + 1)
            why.setdefault(day[:10], []).append(f"candidate {rank + 1} from the article's own text")
        same_story: Counter = Counter()
        for other in docs:
            opub = other.get("published") or {}
            if other["id"] == d["id"] or uncertain_date(other):
                continue
            day = opub.get("date")
            if day and len(day) >= 10 and (opub.get("confidence") or 0) >= min_confidence:
                same_story[day[:10]] += 1
                why.setdefault(day[:10], []).append(f"{other['id']} (same story) was published on {day[:10]}")
        n_same = sum(same_story.values())
        for day, n in same_story.items():  # weak evidence: together worth at most 2 reports of the event
            support[day] += 2.0 * n / max(n_same, 2)
        external = n_same
        own_day = day_ordinal(candidates[0] if candidates else pub.get("date"))
        for m in events:
            mine = [r for r in m.reports if r.doc_id == d["id"]]
            if not mine:
                continue
            # How many days before its own (best) publication day this article puts the event ("yesterday" = 1):
            # another report's date for the event plus that offset is the publication day it implies.
            own_event = next((day_ordinal(r.date) for r in mine if day_ordinal(r.date) is not None), None)
            offset = own_day - own_event if own_day is not None and own_event is not None else None
            if offset is not None and not 0 <= offset <= 7:
                offset = None
            for r in m.reports:
                other = day_ordinal(r.date)
                if r.doc_id == d["id"] or other is None:
                    continue
                external += 1
                implied = dt.date.fromordinal(other + (offset or 0)).isoformat()
                support[implied] += 2.0 if offset is not None else 1.0
                why.setdefault(implied, []).append(
                    f"{r.doc_id} dates {m.code} ({r.trigger.get('text')}) {r.date[:10]}"
                    + (f", which this article puts {offset} day(s) before its publication" if offset else ""))
        allowed = [day for day in support if (not candidates or day in candidates) and (not month or day.startswith(month))]
        if not allowed or not external:
            continue  # nothing beyond the article itself
        best = sorted(allowed, key=lambda day: (-support[day], day))[0]
        total = sum(support[day] for day in allowed)
        out[d["id"]] = {"date": best, "confidence": round(0.9 * support[best] / total, 3),
                        "evidence": [w for w in why[best] if not w.startswith("candidate")][:10] or why[best][:1]}
    return out


# ------------------------------------------------------------------ store side
def analyse_clusters(store, cluster_ids: list[int]) -> dict[str, int]:
    """Recompute merged events, cross-article flags and date evidence for these clusters."""
    from rasd.corpus.db import documents, prepare, transaction

    prepare(store)
    counts = Counter()
    for cid in cluster_ids:
        ids = [r[0] for r in store.conn.execute("SELECT doc_id FROM corpus_cluster_members WHERE cluster_id = ?", (cid,))]
        if not ids:
            continue
        docs = list(documents(store, ids))
        events = merge_events(docs)
        flags = contradictions(docs, events) if len(docs) > 1 else []
        dates = date_evidence(docs, events) if len(docs) > 1 else {}
        with transaction(store) as conn:
            conn.execute("DELETE FROM corpus_story_events WHERE cluster_id = ?", (cid,))
            conn.execute("DELETE FROM corpus_flags WHERE cluster_id = ?", (cid,))
            conn.execute(f"DELETE FROM corpus_date_evidence WHERE doc_id IN ({','.join('?' * len(ids))})", ids)
            conn.executemany(
                "INSERT INTO corpus_story_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(cid, m.key, m.code, m.date, json.dumps(m.dates), "; ".join(m.source_names), "; ".join(m.target_names),
                  m.n_sources, json.dumps([r.to_dict() for r in m.reports], ensure_ascii=False)) for m in events])
            conn.executemany(
                "INSERT OR IGNORE INTO corpus_flags (kind, cluster_id, doc_a, start_a, end_a, doc_b, start_b, end_b, "
                "message, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(f.kind, cid, f.doc_a, *(f.span_a or (None, None)), f.doc_b, *(f.span_b or (None, None)),
                  f.message, f.confidence) for f in flags])
            conn.executemany("INSERT OR REPLACE INTO corpus_date_evidence VALUES (?, ?, ?, ?)",
                             [(i, v["date"], v["confidence"], json.dumps(v["evidence"], ensure_ascii=False))
                              for i, v in dates.items()])
        counts["events"] += len(events)
        counts["merged"] += sum(1 for m in events if m.n_sources > 1)
        counts["flags"] += len(flags)
        counts["dates"] += len(dates)
    return dict(counts)
