"""Reading articles from the store and writing corpus tables in one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rasd.corpus.tables import ensure_tables


@contextmanager
def transaction(store) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` on the store's connection (rolled back on error)."""
    conn = store.conn
    lock = getattr(store, "_lock", None)  # the store's writer lock, so our writes never interleave with put()
    if lock is not None:
        lock.acquire()
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        if lock is not None:
            lock.release()


def prepare(store) -> None:
    """Make sure the corpus tables exist in a writable store."""
    ensure_tables(store.conn)


def article_rows(store, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """id, date (published, else declared), title, source, url, text of stored articles, oldest first."""
    sql = ("SELECT id, COALESCE(published_date, declared_date) AS date, title, source, url, "
           "json_extract(doc_json, '$.text') AS text FROM documents")
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    sql += " ORDER BY date IS NULL, date, id"
    for r in store.conn.execute(sql, params):
        yield {"id": r[0], "date": r[1], "title": r[2], "source": r[3], "url": r[4], "text": r[5] or ""}


def documents(store, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Stored contract dicts (all layers), oldest first."""
    sql = "SELECT doc_json FROM documents"
    params: list[Any] = []
    if ids is not None:
        sql += f" WHERE id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    sql += " ORDER BY COALESCE(published_date, declared_date) IS NULL, COALESCE(published_date, declared_date), id"
    for (j,) in store.conn.execute(sql, params):
        yield json.loads(j)


def doc_date(d: dict[str, Any]) -> str | None:
    """A contract dict's best date: the inferred publication date, else the declared one."""
    pub = (d.get("published") or {}).get("date")
    return pub or (d.get("meta") or {}).get("declared_date")
