"""Corpus state in the store's SQLite file: ``corpus_*`` tables beside the lead's schema.

Created with ``CREATE TABLE IF NOT EXISTS`` on ``store.conn``; a read-only store
without them simply reads as empty (see ``has_tables``).
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS corpus_minhash (
    doc_id TEXT PRIMARY KEY,
    date TEXT, length INTEGER NOT NULL, digest TEXT NOT NULL,
    sig BLOB NOT NULL                       -- MinHash hash values, uint32, affine32 scheme
);
CREATE TABLE IF NOT EXISTS corpus_dup_groups (
    doc_id TEXT PRIMARY KEY,
    grp INTEGER NOT NULL, canonical TEXT NOT NULL, exact INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS corpus_dup_groups_grp ON corpus_dup_groups(grp);
CREATE TABLE IF NOT EXISTS corpus_clusters (
    id INTEGER PRIMARY KEY,
    headline TEXT, headline_doc TEXT,
    first_date TEXT, last_date TEXT,
    size INTEGER NOT NULL,
    centroid TEXT NOT NULL,                 -- JSON {term: weight}, the summed member vectors (top terms)
    entities TEXT NOT NULL,                 -- JSON {entity key: [name, article count]}
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS corpus_clusters_last ON corpus_clusters(last_date);
CREATE TABLE IF NOT EXISTS corpus_cluster_members (
    doc_id TEXT PRIMARY KEY,
    cluster_id INTEGER NOT NULL, similarity REAL, date TEXT
);
CREATE INDEX IF NOT EXISTS corpus_cluster_members_cluster ON corpus_cluster_members(cluster_id);
CREATE TABLE IF NOT EXISTS corpus_story_events (
    cluster_id INTEGER NOT NULL, key TEXT NOT NULL,
    code TEXT NOT NULL, date TEXT, dates TEXT,   -- dates: JSON list of all reported dates
    source_names TEXT, target_names TEXT,
    n_sources INTEGER NOT NULL,
    reports TEXT NOT NULL,                  -- JSON list of {doc_id, event, source, date, modality, trigger}
    PRIMARY KEY (cluster_id, key)
);
CREATE TABLE IF NOT EXISTS corpus_flags (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL, cluster_id INTEGER,
    doc_a TEXT NOT NULL, start_a INTEGER, end_a INTEGER,
    doc_b TEXT NOT NULL, start_b INTEGER, end_b INTEGER,
    message TEXT NOT NULL, confidence REAL,
    UNIQUE (kind, doc_a, start_a, doc_b, start_b)
);
CREATE INDEX IF NOT EXISTS corpus_flags_a ON corpus_flags(doc_a);
CREATE INDEX IF NOT EXISTS corpus_flags_b ON corpus_flags(doc_b);
CREATE TABLE IF NOT EXISTS corpus_date_evidence (
    doc_id TEXT PRIMARY KEY,
    date TEXT NOT NULL, confidence REAL, evidence TEXT NOT NULL   -- JSON list of strings
);
CREATE TABLE IF NOT EXISTS corpus_seen_urls (
    url TEXT PRIMARY KEY, doc_id TEXT, status TEXT NOT NULL, fetched_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS corpus_feeds (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0, next_poll REAL NOT NULL DEFAULT 0,
    last_status TEXT, checked_at TEXT
);
"""

TABLES = ("corpus_minhash", "corpus_dup_groups", "corpus_clusters", "corpus_cluster_members",
          "corpus_story_events", "corpus_flags", "corpus_date_evidence", "corpus_seen_urls", "corpus_feeds")


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create the corpus tables if missing (idempotent, one transaction)."""
    conn.executescript("BEGIN;\n" + SCHEMA + "\nCOMMIT;")


def has_tables(conn: sqlite3.Connection) -> bool:
    """True when the corpus tables exist (a read-only store may predate them)."""
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='corpus_clusters'").fetchone()
    return bool(row[0])


def clear(conn: sqlite3.Connection, *tables: str) -> None:
    """Empty the named corpus tables (for a full recompute)."""
    for t in tables:
        if t not in TABLES:
            raise ValueError(f"not a corpus table: {t}")
        conn.execute(f"DELETE FROM {t}")
