"""Story clusters: articles about the same story within a time window, built incrementally.

Each article is a sparse TF-IDF vector (fixed IDF, see ``vectors``) plus its
entity keys. Articles are taken oldest first; an article joins the cluster whose
centroid it is most similar to, among clusters active within ``window_days``,
if the similarity (cosine, plus a small bonus per shared entity) reaches
``threshold``; otherwise it starts a new cluster. Centroids are kept in
``corpus_clusters``, so new articles join existing clusters without recomputing
everything.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.corpus.db import doc_date, documents, prepare, transaction
from rasd.corpus.vectors import dot, tfidf

CENTROID_TERMS = 150


def day_ordinal(date: str | None) -> int | None:
    """Days since year 1 for ``YYYY-MM-DD…``; ``None`` for coarser or unreadable dates (no window applies)."""
    if not date or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None


def entity_key_map(d: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """A contract dict's entity ids → (cross-article key, display name), by the store's key rule."""
    from rasd.document import Entity
    from rasd.store.sqlite import entity_key

    out = {}
    for e in d.get("entities") or []:
        ent = Entity(id=e.get("id", ""), name=e.get("name") or "", type=e.get("type") or "MISC",
                     kb=e.get("kb"), name_ar=e.get("name_ar"))
        key = entity_key(ent)
        if key and key != "local:":
            out[ent.id] = (key, e.get("name_ar") or e.get("name") or key)
    return out


def entity_keys(d: dict[str, Any]) -> dict[str, str]:
    """Cross-article entity keys of a contract dict → a display name."""
    return dict(entity_key_map(d).values())


EVENT_PREFIX = "ev:"


def event_keys(d: dict[str, Any]) -> dict[str, str]:
    """``ev:CODE|actor-key`` for each event actor: two articles sharing one report the same kind of act by/on
    the same actor. Kept beside the entity keys (prefixed, so they never show as actors)."""
    local = entity_key_map(d)
    out = {}
    for ev in d.get("events") or []:
        for i in (ev.get("source") or []) + (ev.get("target") or []):
            if i in local:
                out[f"{EVENT_PREFIX}{ev['code']}|{local[i][0]}"] = f"{ev['code']} {local[i][1]}"
    return out


@dataclass
class ArticleFeatures:
    id: str
    date: str | None
    title: str
    source: str | None
    vec: dict[str, float]
    entities: dict[str, str]

    @classmethod
    def from_doc(cls, d: dict[str, Any]) -> ArticleFeatures:
        meta = d.get("meta") or {}
        title = meta.get("title") or ""
        date = doc_date(d)
        if date and len(date) < 10:  # month precision: the declared day, if it agrees, places it better
            declared = meta.get("declared_date") or ""
            date = declared if declared.startswith(date) else date
        return cls(id=d["id"], date=date, title=title, source=meta.get("source"),
                   vec=tfidf(d.get("text") or "", title), entities={**entity_keys(d), **event_keys(d)})


@dataclass
class Cluster:
    id: int
    centroid: dict[str, float] = field(default_factory=dict)
    size: int = 0
    first_date: str | None = None
    last_date: str | None = None
    entities: dict[str, list] = field(default_factory=dict)  # key -> [name, article count]
    headline: str | None = None
    headline_doc: str | None = None
    dirty: bool = False
    _norm: float = 0.0

    def similarity(self, f: ArticleFeatures, entity_bonus: float) -> float:
        """Cosine to the centroid, plus ``entity_bonus`` per shared entity and per shared event (2 of each count)."""
        if not self._norm:
            self._norm = math.sqrt(sum(w * w for w in self.centroid.values())) or 1.0
        shared_events = sum(1 for k in f.entities if k in self.entities and k.startswith(EVENT_PREFIX))
        shared = sum(1 for k in f.entities if k in self.entities) - shared_events
        return dot(f.vec, self.centroid) / self._norm + entity_bonus * (min(shared, 2) + min(shared_events, 2))

    def add(self, f: ArticleFeatures) -> None:
        for s, w in f.vec.items():
            self.centroid[s] = self.centroid.get(s, 0.0) + w
        if len(self.centroid) > CENTROID_TERMS:
            self.centroid = dict(sorted(self.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS])
        self._norm = 0.0
        self.size += 1
        for k, name in f.entities.items():
            self.entities.setdefault(k, [name, 0])[1] += 1
        if f.date:
            day = f.date[:10]
            self.first_date = min(self.first_date or day, day)
            self.last_date = max(self.last_date or day, day)
        if self.headline is None and f.title:
            self.headline, self.headline_doc = f.title, f.id
        self.dirty = True


class StoryClusterer:
    """Single-pass incremental clustering with an inverted index from centroid terms to clusters."""

    def __init__(self, threshold: float = 0.45, window_days: int = 3, entity_bonus: float = 0.05):
        self.threshold = threshold
        self.window_days = window_days
        self.entity_bonus = entity_bonus
        self.clusters: dict[int, Cluster] = {}
        self.postings: dict[str, set[int]] = {}
        self.retired: dict[int, Cluster] = {}  # out of the window but changed in this run: still to save
        self.next_id = 1
        self._evicted_through = 0

    def load(self, clusters: Iterable[Cluster]) -> None:
        for c in clusters:
            self.clusters[c.id] = c
            self._index(c)
            self.next_id = max(self.next_id, c.id + 1)

    def _index(self, c: Cluster) -> None:
        for s in c.centroid:
            self.postings.setdefault(s, set()).add(c.id)

    def _in_window(self, c: Cluster, day: int | None) -> bool:
        if day is None:
            return True
        first, last = day_ordinal(c.first_date), day_ordinal(c.last_date)
        if first is None or last is None:
            return True
        return first - self.window_days <= day <= last + self.window_days

    def assign(self, f: ArticleFeatures) -> tuple[int, float]:
        """Put one article in a cluster; return (cluster id, similarity)."""
        day = day_ordinal(f.date)
        candidates: set[int] = set()
        for s in f.vec:
            candidates |= self.postings.get(s, set())
        best, best_sim = None, 0.0
        for cid in sorted(candidates):
            c = self.clusters[cid]
            if not self._in_window(c, day):
                continue
            sim = c.similarity(f, self.entity_bonus)
            if sim > best_sim:
                best, best_sim = c, sim
        if best is None or best_sim < self.threshold:
            best, best_sim = Cluster(self.next_id), 1.0
            self.clusters[best.id] = best
            self.next_id += 1
        best.add(f)
        self._index(best)
        if day is not None and day > self._evicted_through:
            self._evict(day)
        return best.id, round(best_sim, 4)

    def _evict(self, day: int) -> None:
        """Articles come oldest first: clusters that ended long before ``day`` can never match again,
        so they leave the index (and memory, unless they still need saving). Bounds memory on big corpora."""
        self._evicted_through = day
        horizon = day - 2 * self.window_days
        for cid in [cid for cid, c in self.clusters.items()
                    if (last := day_ordinal(c.last_date)) is not None and last < horizon]:
            c = self.clusters[cid]
            for s in c.centroid:
                ids = self.postings.get(s)
                if ids is not None:
                    ids.discard(cid)
                    if not ids:
                        del self.postings[s]
            if not c.dirty:
                del self.clusters[cid]
            else:
                self.retired[cid] = self.clusters.pop(cid)


# ------------------------------------------------------------------ store side
def _load_clusters(store, since: str | None) -> list[Cluster]:
    sql = "SELECT id, headline, headline_doc, first_date, last_date, size, centroid, entities FROM corpus_clusters"
    params: list[Any] = []
    if since:
        sql += " WHERE last_date IS NULL OR last_date >= ?"
        params.append(since)
    return [Cluster(id=r[0], headline=r[1], headline_doc=r[2], first_date=r[3], last_date=r[4], size=r[5],
                    centroid=json.loads(r[6]), entities=json.loads(r[7])) for r in store.conn.execute(sql, params)]


def _row_date(published: str | None, declared: str | None) -> str | None:
    """The day an article is placed on: its publication day, else its declared day."""
    return published if published and len(published) >= 10 else (declared or published)


def _choose_headlines(store, clusters: list[Cluster]) -> None:
    """The member title closest to the centroid becomes the headline."""
    for c in clusters:
        rows = store.conn.execute(
            "SELECT d.id, d.title FROM corpus_cluster_members m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.cluster_id = ? AND d.title IS NOT NULL", (c.id,)).fetchall()
        best = max(((dot(tfidf("", t), c.centroid), -len(t), i, t) for i, t in rows if t), default=None)
        if best:
            c.headline, c.headline_doc = best[3], best[2]


def cluster_store(store, *, threshold: float = 0.45, window_days: int = 3, rebuild: bool = False,
                  ids: list[str] | None = None) -> dict[str, Any]:
    """Cluster stored articles not yet in a cluster (all with ``rebuild``); return counts and touched ids."""
    prepare(store)
    if rebuild:
        with transaction(store) as conn:
            for t in ("corpus_cluster_members", "corpus_clusters", "corpus_story_events", "corpus_flags",
                      "corpus_date_evidence"):
                conn.execute(f"DELETE FROM {t}")
    done = {r[0] for r in store.conn.execute("SELECT doc_id FROM corpus_cluster_members")}
    clusterer = StoryClusterer(threshold=threshold, window_days=window_days)
    if not rebuild:
        # Only clusters active within the window of the oldest new article can take new members.
        days = [day_ordinal(_row_date(pub, declared)) for i, pub, declared in store.conn.execute(
                "SELECT id, published_date, declared_date FROM documents") if i not in done]
        known = [x for x in days if x is not None]
        since = dt.date.fromordinal(min(known) - window_days).isoformat() if known else None
        clusterer.load(_load_clusters(store, since))
        row = store.conn.execute("SELECT max(id) FROM corpus_clusters").fetchone()
        clusterer.next_id = max(clusterer.next_id, (row[0] or 0) + 1)  # never reuse an id beyond the window
    members = []
    for d in documents(store, ids):  # streamed, oldest first
        if d["id"] in done:
            continue
        f = ArticleFeatures.from_doc(d)
        cid, sim = clusterer.assign(f)
        members.append((f.id, cid, sim, f.date))
    touched = [c for c in list(clusterer.clusters.values()) + list(clusterer.retired.values()) if c.dirty]
    with transaction(store) as conn:
        conn.executemany("INSERT OR REPLACE INTO corpus_cluster_members VALUES (?, ?, ?, ?)", members)
    _choose_headlines(store, touched)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with transaction(store) as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO corpus_clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.headline, c.headline_doc, c.first_date, c.last_date, c.size,
              json.dumps(c.centroid, ensure_ascii=False), json.dumps(c.entities, ensure_ascii=False), now)
             for c in touched])
    joined = Counter(m[1] for m in members)
    return {"articles": len(members), "clusters_touched": len(touched),
            "clusters_new": sum(1 for c in touched if c.size == joined[c.id]),
            "touched": sorted(c.id for c in touched)}
