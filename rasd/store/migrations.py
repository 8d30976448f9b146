"""Named, transactional schema migrations, recorded in the ``migrations`` table.

A migration is applied once, inside a transaction with its record, so a crash
leaves the database either before or after it — never half-way. Append new
migrations at the end; never edit an applied one.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_documents_and_layers", """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT,
            source TEXT,
            url TEXT,
            declared_date TEXT,
            published_date TEXT,
            published_confidence REAL,
            n_chars INTEGER NOT NULL,
            analysed_at TEXT NOT NULL,
            pipeline TEXT,
            doc_json TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published_date);
        CREATE INDEX documents_source ON documents(source);

        -- Full-text search over the folded (normalised) title and text; kept in
        -- sync by Store.put/delete in the same transaction as the document.
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            label TEXT NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL,
            entity TEXT,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX mentions_norm ON mentions(norm);

        CREATE TABLE entities (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            key TEXT NOT NULL,            -- KB id, or "local:" + folded name: the cross-article identity
            kb TEXT, name TEXT, name_ar TEXT, type TEXT, country TEXT, role TEXT,
            aliases TEXT,                 -- JSON list
            PRIMARY KEY (doc_id, id)
        );
        CREATE INDEX entities_key ON entities(key);

        CREATE TABLE timexes (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            type TEXT NOT NULL, value TEXT, text TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );

        CREATE TABLE events (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            code TEXT NOT NULL, cameo TEXT,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
            source TEXT, target TEXT,     -- JSON lists of document entity ids
            source_keys TEXT, target_keys TEXT,    -- JSON lists of entity keys
            source_names TEXT, target_names TEXT,  -- readable, "; "-joined
            date TEXT, location TEXT, modality TEXT, attributed_to TEXT,
            sentence INTEGER, confidence REAL,
            PRIMARY KEY (doc_id, id)
        );
        CREATE INDEX events_code ON events(code);
        CREATE INDEX events_date ON events(date);

        CREATE TABLE claims (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            speaker TEXT, speaker_name TEXT,
            cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
            content_start INTEGER, content_end INTEGER,
            stance TEXT, evidence TEXT,
            PRIMARY KEY (doc_id, idx)
        );

        CREATE TABLE flags (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL, message TEXT, suggestion TEXT,
            spans TEXT,                   -- JSON list of {start, end}
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX flags_kind ON flags(kind);
    """),
]


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations in order; return the names applied now."""
    done = set(applied(conn))
    known = {name for name, _ in MIGRATIONS}
    unknown = done - known
    if unknown:
        from rasd.errors import StoreError

        raise StoreError(
            f"database has migrations this rasd does not know: {', '.join(sorted(unknown))}",
            hint="it was written by a newer rasd; upgrade rasd or use another --db",
        )
    now = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        # executescript() commits implicitly, so run statements one by one inside
        # an explicit transaction together with the migration record.
        conn.execute("BEGIN")
        try:
            for stmt in _statements(sql):
                conn.execute(stmt)
            conn.execute("INSERT INTO migrations(name, applied_at) VALUES (?, ?)",
                         (name, datetime.now(UTC).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now.append(name)
    return now


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (complete_statement knows about strings)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
