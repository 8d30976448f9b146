"""Read-side of the corpus tables: stories, one story, cross-article flags, entity timelines.

Shared by ``rasd corpus …`` and the web routes; every function works on a
read-only store and returns plain dicts (empty when ``rasd corpus cluster`` never ran).
"""

from __future__ import annotations

import json
from typing import Any

from rasd.arabic.normalize import fold
from rasd.corpus.tables import has_tables
from rasd.store.sqlite import MAX_PAGE, page_bounds


def _actors(entities_json: str, n: int = 5) -> list[dict[str, Any]]:
    ents = json.loads(entities_json or "{}")
    top = sorted(((k, v) for k, v in ents.items() if not k.startswith("ev:")), key=lambda kv: (-kv[1][1], kv[0]))[:n]
    return [{"key": k, "name": v[0], "articles": v[1]} for k, v in top]


def list_stories(store, *, min_size: int = 2, q: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Story clusters, biggest and latest first: headline, span, size, outlets, main actors."""
    if not has_tables(store.conn):
        return [], 0
    limit, offset = page_bounds(limit, offset)
    where, params = ["c.size >= ?"], [min_size]
    if q:
        where.append("c.headline LIKE ?")
        params.append(f"%{q}%")
    if date_from:
        where.append("c.last_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("c.first_date <= ?")
        params.append(date_to)
    clause = " AND ".join(where)
    total = store.conn.execute(f"SELECT count(*) FROM corpus_clusters c WHERE {clause}", params).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT c.id, c.headline, c.headline_doc, c.first_date, c.last_date, c.size, c.entities, "
        f"(SELECT count(DISTINCT d.source) FROM corpus_cluster_members m JOIN documents d ON d.id = m.doc_id "
        f" WHERE m.cluster_id = c.id) AS outlets, "
        f"(SELECT count(*) FROM corpus_flags f WHERE f.cluster_id = c.id) AS flags "
        f"FROM corpus_clusters c WHERE {clause} ORDER BY c.size DESC, c.last_date DESC, c.id LIMIT ? OFFSET ?",
        params + [limit, offset]).fetchall()
    return [{"id": r[0], "headline": r[1], "headline_article": r[2], "first_date": r[3], "last_date": r[4],
             "size": r[5], "actors": _actors(r[6]), "outlets": r[7], "flags": r[8]} for r in rows], total


def story(store, cluster_id: int) -> dict[str, Any] | None:
    """One story: its articles, merged events (with every report), actors, flags and date evidence."""
    if not has_tables(store.conn):
        return None
    r = store.conn.execute("SELECT id, headline, headline_doc, first_date, last_date, size, entities "
                           "FROM corpus_clusters WHERE id = ?", (cluster_id,)).fetchone()
    if r is None:
        return None
    articles = [
        {"id": a[0], "title": a[1], "source": a[2], "url": a[3], "date": a[4], "similarity": a[5],
         "date_evidence": {"date": a[6], "confidence": a[7], "evidence": json.loads(a[8])} if a[6] else None}
        for a in store.conn.execute(
            "SELECT d.id, d.title, d.source, d.url, COALESCE(d.published_date, d.declared_date) AS date, m.similarity, "
            "e.date, e.confidence, e.evidence FROM corpus_cluster_members m JOIN documents d ON d.id = m.doc_id "
            "LEFT JOIN corpus_date_evidence e ON e.doc_id = d.id WHERE m.cluster_id = ? ORDER BY date, d.id",
            (cluster_id,))]
    events = [
        {"key": e[0], "code": e[1], "date": e[2], "dates": json.loads(e[3] or "[]"), "source_names": e[4],
         "target_names": e[5], "n_sources": e[6], "reports": json.loads(e[7])}
        for e in store.conn.execute(
            "SELECT key, code, date, dates, source_names, target_names, n_sources, reports FROM corpus_story_events "
            "WHERE cluster_id = ? ORDER BY n_sources DESC, date, key", (cluster_id,))]
    return {"id": r[0], "headline": r[1], "headline_article": r[2], "first_date": r[3], "last_date": r[4],
            "size": r[5], "actors": _actors(r[6], 12), "outlets": sorted({a["source"] for a in articles if a["source"]}),
            "articles": articles, "events": events, "flags": flags(store, cluster_id=cluster_id, limit=MAX_PAGE)[0]}


def flags(store, *, doc: str | None = None, kind: str | None = None, cluster_id: int | None = None,
          limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Cross-article flags; each points at a span in two articles."""
    if not has_tables(store.conn):
        return [], 0
    limit, offset = page_bounds(limit, offset)
    where, params = [], []
    if doc:
        where.append("(f.doc_a = ? OR f.doc_b = ?)")
        params += [doc, doc]
    if kind:
        where.append("f.kind = ?")
        params.append(kind)
    if cluster_id is not None:
        where.append("f.cluster_id = ?")
        params.append(cluster_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = store.conn.execute(f"SELECT count(*) FROM corpus_flags f {clause}", params).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT f.kind, f.cluster_id, f.doc_a, f.start_a, f.end_a, f.doc_b, f.start_b, f.end_b, f.message, "
        f"f.confidence, json_extract(a.doc_json, '$.text'), json_extract(b.doc_json, '$.text'), a.source, b.source "
        f"FROM corpus_flags f LEFT JOIN documents a ON a.id = f.doc_a LEFT JOIN documents b ON b.id = f.doc_b "
        f"{clause} ORDER BY f.cluster_id, f.id LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
    out = []
    for r in rows:
        def side(doc_id, s, e, text, source):
            return {"doc": doc_id, "source": source, "start": s, "end": e,
                    "text": (text or "")[s:e] if s is not None and e is not None else None}
        out.append({"kind": r[0], "story": r[1], "a": side(r[2], r[3], r[4], r[10], r[12]),
                    "b": side(r[5], r[6], r[7], r[11], r[13]), "message": r[8], "confidence": r[9]})
    return out, total


def resolve_entity(store, name_or_key: str) -> str | None:
    """An entity key from a key, an exact name, or a name fragment (most-mentioned match)."""
    conn = store.conn
    for key in (name_or_key, "local:" + fold(name_or_key).strip()):
        if conn.execute("SELECT 1 FROM entities WHERE key = ? LIMIT 1", (key,)).fetchone():
            return key
    row = conn.execute("SELECT key FROM entities WHERE name = ? OR name_ar = ? GROUP BY key "
                       "ORDER BY count(DISTINCT doc_id) DESC LIMIT 1", (name_or_key, name_or_key)).fetchone()
    if row:
        return row[0]
    rows, _ = store.entities(q=name_or_key, limit=1)
    return rows[0]["key"] if rows else None


def entity_timeline(store, name_or_key: str) -> dict[str, Any] | None:
    """An entity's days: the articles naming it (with their story) and the events it takes part in."""
    key = resolve_entity(store, name_or_key)
    if key is None:
        return None
    corpus = has_tables(store.conn)
    story_join = ("LEFT JOIN corpus_cluster_members m ON m.doc_id = d.id "
                  "LEFT JOIN corpus_clusters c ON c.id = m.cluster_id") if corpus else ""
    story_cols = "m.cluster_id, c.headline" if corpus else "NULL, NULL"
    arts = store.conn.execute(
        f"SELECT DISTINCT d.id, d.title, d.source, CASE WHEN length(d.published_date) >= 10 THEN d.published_date "
        f"ELSE COALESCE(d.declared_date, d.published_date) END AS date, {story_cols}, "
        f"max(e.name), max(e.name_ar), max(e.type) FROM entities e JOIN documents d ON d.id = e.doc_id {story_join} "
        f"WHERE e.key = ? GROUP BY d.id ORDER BY date, d.id", (key,)).fetchall()
    events, _ = store.events(actor=key, limit=MAX_PAGE)
    events = [ev for ev in events if key in ev["source_keys"] or key in ev["target_keys"]]
    days: dict[str, dict[str, Any]] = {}

    def day(d: str | None) -> dict[str, Any]:
        k = (d or "undated")[:10]
        return days.setdefault(k, {"date": k, "articles": [], "events": []})

    for a in arts:
        day(a[3])["articles"].append({"id": a[0], "title": a[1], "source": a[2], "story": a[4], "headline": a[5]})
    for ev in events:
        day(ev.get("date") or ev.get("article_date"))["events"].append(
            {"code": ev["code"], "article": ev["article"], "date": ev.get("date"), "trigger": ev.get("trigger_text"),
             "source": ev.get("source_names"), "target": ev.get("target_names"), "modality": ev.get("modality")})
    name = next((a[7] or a[6] for a in arts if a[6] or a[7]), key)
    return {"key": key, "name": name, "type": arts[0][8] if arts else None,
            "articles": len(arts), "events": len(events),
            "days": [days[k] for k in sorted(days, key=lambda k: (k == "undated", k))]}


def pinned_dates(store, *, limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Articles whose uncertain publication day other reports of their story pinned, with the evidence."""
    if not has_tables(store.conn):
        return [], 0
    limit, offset = page_bounds(limit, offset)
    total = store.conn.execute("SELECT count(*) FROM corpus_date_evidence").fetchone()[0]
    rows = store.conn.execute(
        "SELECT e.doc_id, d.title, d.source, d.published_date, d.declared_date, e.date, e.confidence, e.evidence, "
        "m.cluster_id FROM corpus_date_evidence e JOIN documents d ON d.id = e.doc_id "
        "LEFT JOIN corpus_cluster_members m ON m.doc_id = e.doc_id ORDER BY e.date, e.doc_id LIMIT ? OFFSET ?",
        (limit, offset)).fetchall()
    return [{"id": r[0], "title": r[1], "source": r[2], "published": r[3], "declared": r[4], "date": r[5],
             "confidence": r[6], "evidence": json.loads(r[7]), "story": r[8]} for r in rows], total
