"""Corpus tables live beside the store's schema and are created idempotently."""

from __future__ import annotations

import pytest

from rasd.corpus.tables import TABLES, clear, ensure_tables, has_tables


def test_tables_created_twice_and_cleared(tmp_path):
    from rasd.store import Store

    with Store(tmp_path / "t.db") as st:
        assert not has_tables(st.conn)
        ensure_tables(st.conn)
        ensure_tables(st.conn)
        assert has_tables(st.conn)
        names = {r[0] for r in st.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(TABLES) <= names
        clear(st.conn, "corpus_flags")
        with pytest.raises(ValueError):
            clear(st.conn, "documents")


def test_tables_queries_read_empty_on_an_old_read_only_store(tmp_path):
    from rasd.corpus.queries import flags, list_stories, story
    from rasd.store import Store

    Store(tmp_path / "old.db").close()
    with Store(tmp_path / "old.db", readonly=True) as st:
        assert list_stories(st) == ([], 0)
        assert story(st, 1) is None
        assert flags(st) == ([], 0)
