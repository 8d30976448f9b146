"""Storage: SQLite by default (one file, FTS5 over normalised Arabic)."""

from rasd.store.sqlite import Store, entity_key

__all__ = ["Store", "entity_key"]
