"""SQLite store: documents and every layer in tables, FTS5 over folded Arabic.

One file (``rasd.db``), WAL journal, one writer at a time. Each document is
written in one transaction — layers, full-text row and all — so an
interrupted batch leaves every committed document intact. Re-analysing the
same id replaces the old rows.

>>> with Store(":memory:") as st:
...     st.put(Document(id="a", text="زار وزير الخارجية أمريكا"))
...     [r["id"] for r in st.search("امريكا")]
['a']
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rasd.arabic.normalize import fold, normalize
from rasd.arabic.tokenize import tokenize
from rasd.document import Document, Entity
from rasd.errors import StoreError
from rasd.store.migrations import migrate

MAX_PAGE = 500
_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def page_bounds(limit: int, offset: int) -> tuple[int, int]:
    """A page request clamped to 1…MAX_PAGE rows from a non-negative offset."""
    return max(1, min(int(limit), MAX_PAGE)), max(0, int(offset))


def entity_key(ent: Entity) -> str:
    """Cross-article identity: the KB id, else the folded name."""
    if ent.kb:
        return ent.kb
    return "local:" + fold(ent.name_ar or ent.name or ent.id).strip()


def search_terms(doc: Document) -> str:
    """The folded words of a document plus their clitic-free forms, for FTS.

    ``وأمريكا`` is indexed as ``وامريكا`` and ``امريكا``; ``بالحرب`` also as
    ``الحرب`` and ``حرب``, so a search for the bare word finds it.
    """
    tokens = doc.tokens or tokenize(doc.text)
    out = []
    for t in tokens:
        out.append(t.norm)
        if t.base_start > t.start:
            out.append(fold(doc.text[t.base_start:t.end]))
        if t.stem_start > t.base_start or t.stem_end < t.end:
            out.append(fold(doc.text[t.stem_start:t.stem_end]))
    return " ".join(out)


class Store:
    """Documents and their layers in one SQLite file."""

    def __init__(self, path: str | Path = "rasd.db", *, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        try:
            if readonly:
                if self.path != ":memory:" and not Path(self.path).exists():
                    raise StoreError(f"database not found: {self.path}", hint="run `rasd analyze ... --db FILE` first")
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                migrate(self.conn)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys=ON")
            if readonly:
                self._check_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}",
                             hint="is it a rasd database? pass another --db") from exc

    def _check_schema(self) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in tables:
            raise StoreError(f"{self.path} is not a rasd database (no documents table)")

    # ----------------------------------------------------------------- context
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # ------------------------------------------------------------------ writes
    def put(self, doc: Document) -> None:
        """Insert or replace one document with all its layers, in one transaction."""
        self.put_many([doc])

    def put_many(self, docs: Iterable[Document]) -> int:
        """Write documents, each in its own transaction; return how many were written."""
        if self.readonly:
            raise StoreError("the store was opened read-only", hint="start the server with writes enabled")
        n = 0
        for doc in docs:
            with self._lock:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    self._delete(doc.id)
                    self._insert(doc)
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
            n += 1
        return n

    def delete(self, doc_id: str) -> bool:
        if self.readonly:
            raise StoreError("the store was opened read-only")
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                found = self._delete(doc_id)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return found

    def _delete(self, doc_id: str) -> bool:
        cur = self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        self.conn.execute("DELETE FROM documents_fts WHERE id = ?", (doc_id,))
        return cur.rowcount > 0

    def _insert(self, doc: Document) -> None:
        d = doc.to_dict()
        text = doc.text
        c = self.conn
        c.execute(
            "INSERT INTO documents(id, title, source, url, declared_date, published_date, published_confidence,"
            " n_chars, analysed_at, pipeline, doc_json) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.meta.title, doc.meta.source, doc.meta.url, doc.meta.declared_date, doc.published.date,
             doc.published.confidence, len(text), datetime.now(UTC).isoformat(timespec="seconds"),
             json.dumps(doc.pipeline), json.dumps(d, ensure_ascii=False)),
        )
        c.execute("INSERT INTO documents_fts(id, title, body) VALUES (?,?,?)",
                  (doc.id, fold(doc.meta.title or ""), search_terms(doc)))
        c.executemany(
            'INSERT INTO mentions(doc_id, idx, start, "end", label, text, norm, entity) VALUES (?,?,?,?,?,?,?,?)',
            [(doc.id, i, m.start, m.end, m.label, text[m.start:m.end], fold(text[m.start:m.end]), m.entity)
             for i, m in enumerate(doc.mentions)],
        )
        keys = {}
        rows = []
        for e in doc.entities:
            keys[e.id] = entity_key(e)
            rows.append((doc.id, e.id, keys[e.id], e.kb, e.name, e.name_ar, e.type, e.country, e.role,
                         json.dumps(e.aliases, ensure_ascii=False)))
        c.executemany("INSERT INTO entities(doc_id, id, key, kb, name, name_ar, type, country, role, aliases)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        c.executemany(
            'INSERT INTO timexes(doc_id, idx, start, "end", type, value, text) VALUES (?,?,?,?,?,?,?)',
            [(doc.id, i, t.start, t.end, t.type, t.value, text[t.start:t.end]) for i, t in enumerate(doc.timexes)],
        )

        def names(ids: list[str]) -> str:
            out = []
            for x in ids:
                e = doc.entity(x)
                out.append((e.name or e.name_ar or x) if e else x)
            return "; ".join(out)

        c.executemany(
            "INSERT INTO events(doc_id, id, code, cameo, trigger_start, trigger_end, trigger_text, source, target,"
            " source_keys, target_keys, source_names, target_names, date, location, modality, attributed_to,"
            " sentence, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc.id, e.id, e.code, e.cameo, e.trigger.start, e.trigger.end, text[e.trigger.start:e.trigger.end],
              json.dumps(e.source), json.dumps(e.target),
              json.dumps([keys.get(x, x) for x in e.source], ensure_ascii=False),
              json.dumps([keys.get(x, x) for x in e.target], ensure_ascii=False),
              names(e.source), names(e.target), e.date, e.location, e.modality, e.attributed_to,
              e.sentence, e.confidence) for e in doc.events],
        )
        c.executemany(
            "INSERT INTO claims(doc_id, idx, speaker, speaker_name, cue_start, cue_end, cue_text, content_start,"
            " content_end, stance, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(doc.id, i, cl.speaker, names([cl.speaker]) if cl.speaker else None, cl.cue.start, cl.cue.end,
              text[cl.cue.start:cl.cue.end], cl.content.start if cl.content else None,
              cl.content.end if cl.content else None, cl.stance, cl.evidence) for i, cl in enumerate(doc.claims)],
        )
        c.executemany(
            "INSERT INTO flags(doc_id, idx, kind, message, suggestion, spans) VALUES (?,?,?,?,?,?)",
            [(doc.id, i, f.kind, f.message, f.suggestion, json.dumps([{"start": s.start, "end": s.end} for s in f.spans]))
             for i, f in enumerate(doc.flags)],
        )

    # ------------------------------------------------------------------- reads
    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self.conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.OperationalError as exc:
                raise StoreError(f"query failed: {exc}") from exc

    def get(self, doc_id: str) -> Document | None:
        rows = self._query("SELECT doc_json FROM documents WHERE id = ?", (doc_id,))
        return Document.from_dict(json.loads(rows[0]["doc_json"])) if rows else None

    def get_dict(self, doc_id: str) -> dict[str, Any] | None:
        """The stored contract JSON of a document, without rebuilding objects."""
        rows = self._query("SELECT doc_json FROM documents WHERE id = ?", (doc_id,))
        return json.loads(rows[0]["doc_json"]) if rows else None

    def has(self, doc_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM documents ORDER BY id")]

    def __len__(self) -> int:
        return self._query("SELECT count(*) FROM documents")[0][0]

    @staticmethod
    def fts_query(query: str) -> str | None:
        """A safe FTS5 query from user words: each folded word quoted, all required."""
        words = _FTS_WORD.findall(fold(query))
        if not words:
            return None
        return " ".join('"' + w.replace('"', '""') + '"' for w in words)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over folded Arabic: ``search("أمريكا")`` finds ``امريكا``."""
        if self.fts_query(query) is None:
            return []
        rows, _ = self.articles(q=query, limit=limit, offset=offset)
        return rows

    def articles(self, q: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 source: str | None = None, entity: str | None = None, event_code: str | None = None,
                 limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Articles matching all given filters, newest first (best match first with ``q``)."""
        limit, offset = page_bounds(limit, offset)
        where, params, joins = [], [], ""
        order = "d.published_date IS NULL, d.published_date DESC, d.id"
        if q:
            fq = self.fts_query(q)
            if fq is None:
                return [], 0
            joins = "JOIN documents_fts f ON f.id = d.id"
            where.append("documents_fts MATCH ?")
            params.append(fq)
            order = "bm25(documents_fts), d.id"
        if date_from:
            where.append("COALESCE(d.published_date, d.declared_date) >= ?")
            params.append(date_from)
        if date_to:
            where.append("substr(COALESCE(d.published_date, d.declared_date), 1, 10) <= ?")
            params.append(date_to)
        if source:
            where.append("d.source = ?")
            params.append(source)
        if entity:
            where.append("d.id IN (SELECT doc_id FROM entities WHERE key = ? OR name = ? OR name_ar = ?)")
            params += [entity, entity, entity]
        if event_code:
            where.append("d.id IN (SELECT doc_id FROM events WHERE code = ?)")
            params.append(event_code.upper())
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        total = self._query(f"SELECT count(*) FROM documents d {joins} {clause}", params)[0][0]
        rows = self._query(
            f"SELECT d.id, d.title, d.source, d.url, d.declared_date, d.published_date, d.n_chars, "
            f"json_extract(d.doc_json, '$.text') AS text FROM documents d {joins} {clause} "
            f"ORDER BY {order} LIMIT ? OFFSET ?", params + [limit, offset])
        out = []
        for r in rows:
            item = {k: r[k] for k in ("id", "title", "source", "url", "declared_date", "published_date", "n_chars")}
            item["date"] = r["published_date"] or r["declared_date"]
            item["snippet"] = _snippet(r["text"] or "", q)
            out.append(item)
        return out, total

    def events(self, actor: str | None = None, code: str | None = None, modality: str | None = None,
               date_from: str | None = None, date_to: str | None = None, article: str | None = None,
               limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Events across articles; ``actor`` matches an entity key or a (folded) name substring."""
        limit, offset = page_bounds(limit, offset)
        where, params = [], []
        if actor:
            like = "%" + actor + "%"
            where.append("(e.source_keys LIKE ? OR e.target_keys LIKE ? OR e.source_names LIKE ? OR e.target_names LIKE ?)")
            params += [like, like, like, like]
        if code:
            where.append("e.code = ?")
            params.append(code.upper())
        if modality:
            where.append("e.modality = ?")
            params.append(modality)
        if date_from:
            where.append("COALESCE(e.date, d.published_date) >= ?")
            params.append(date_from)
        if date_to:
            where.append("substr(COALESCE(e.date, d.published_date), 1, 10) <= ?")
            params.append(date_to)
        if article:
            where.append("e.doc_id = ?")
            params.append(article)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        base = f"FROM events e JOIN documents d ON d.id = e.doc_id {clause}"
        total = self._query(f"SELECT count(*) {base}", params)[0][0]
        rows = self._query(
            f"SELECT e.*, d.title AS article_title, d.published_date AS article_date {base} "
            f"ORDER BY COALESCE(e.date, d.published_date) IS NULL, COALESCE(e.date, d.published_date) DESC, "
            f"e.doc_id, e.id LIMIT ? OFFSET ?", params + [limit, offset])
        out = []
        for r in rows:
            item = dict(r)
            item["article"] = item.pop("doc_id")
            for k in ("source", "target", "source_keys", "target_keys"):
                item[k] = json.loads(item[k] or "[]")
            out.append(item)
        return out, total

    def entities(self, q: str | None = None, type: str | None = None, limit: int = 50,
                 offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Entities grouped across articles by key, most-mentioned first."""
        limit, offset = page_bounds(limit, offset)
        where, params = [], []
        if q:
            where.append("(name LIKE ? OR name_ar LIKE ? OR key LIKE ? OR aliases LIKE ?)")
            like = "%" + q + "%"
            params += [like, like, like, like]
        if type:
            where.append("type = ?")
            params.append(type.upper())
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        total = self._query(f"SELECT count(DISTINCT key) FROM entities {clause}", params)[0][0]
        rows = self._query(
            f"SELECT key, max(kb) AS kb, max(name) AS name, max(name_ar) AS name_ar, max(type) AS type, "
            f"max(country) AS country, max(role) AS role, count(DISTINCT doc_id) AS articles "
            f"FROM entities {clause} GROUP BY key ORDER BY articles DESC, key LIMIT ? OFFSET ?",
            params + [limit, offset])
        return [dict(r) for r in rows], total

    def entity(self, key: str) -> dict[str, Any] | None:
        """One cross-article entity: names, aliases, articles and its events over time."""
        rows = self._query("SELECT e.*, d.title, d.published_date FROM entities e JOIN documents d ON d.id = e.doc_id "
                           "WHERE e.key = ? ORDER BY d.published_date", (key,))
        if not rows:
            return None
        first = dict(rows[0])
        aliases: set[str] = set()
        roles: set[str] = set()
        for r in rows:
            aliases.update(json.loads(r["aliases"] or "[]"))
            if r["role"]:
                roles.add(r["role"])
        mention_rows = self._query(
            "SELECT DISTINCT m.text FROM mentions m JOIN entities e ON e.doc_id = m.doc_id AND e.id = m.entity "
            "WHERE e.key = ?", (key,))
        aliases.update(r[0] for r in mention_rows)
        events, _ = self.events(actor=key, limit=MAX_PAGE)
        events = [ev for ev in events if key in ev["source_keys"] or key in ev["target_keys"]]
        events.sort(key=lambda ev: ev.get("date") or ev.get("article_date") or "")
        co = self._query(
            "SELECT o.key, max(o.name) AS name, max(o.name_ar) AS name_ar, max(o.type) AS type, "
            "count(DISTINCT o.doc_id) AS articles FROM entities o WHERE o.doc_id IN "
            "(SELECT doc_id FROM entities WHERE key = ?) AND o.key != ? GROUP BY o.key "
            "ORDER BY articles DESC LIMIT 20", (key, key))
        return {
            "key": key, "kb": first["kb"], "name": first["name"], "name_ar": first["name_ar"],
            "type": first["type"], "country": first["country"], "role": first["role"],
            "roles": sorted(roles), "aliases": sorted(a for a in aliases if a),
            "articles": [{"id": r["doc_id"], "title": r["title"], "date": r["published_date"]} for r in rows],
            "events": events,
            "co_occurring": [dict(r) for r in co],
        }

    def stats(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "mentions", "entities", "timexes", "events", "claims", "flags"):
            out[table] = self._query(f"SELECT count(*) FROM {table}")[0][0]
        return out


def _snippet(text: str, q: str | None, width: int = 160) -> str:
    """An excerpt of the original text around the first folded match of ``q``."""
    if not text:
        return ""
    pos = 0
    if q:
        words = _FTS_WORD.findall(fold(q))
        if words:
            norm = normalize(text)
            hit = norm.text.find(words[0])
            if hit >= 0:
                pos = norm.original_span(hit, hit + len(words[0]))[0]
    start = max(0, pos - width // 3)
    excerpt = text[start:start + width].replace("\n", " ")
    return ("…" if start else "") + excerpt + ("…" if start + width < len(text) else "")
