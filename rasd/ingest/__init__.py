"""Ingestion: files, folders, feeds, archives and stdin → ``Document``s or error records.

>>> from rasd.ingest import iter_inputs
"""

from rasd.ingest.decode import decode_bytes
from rasd.ingest.sources import KNOWN_EXT, iter_inputs

__all__ = ["KNOWN_EXT", "decode_bytes", "iter_inputs"]
