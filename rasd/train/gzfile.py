"""Gzipped text files: written with a zero timestamp, so a rebuilt model file is byte-identical; read gzipped or plain."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import TextIO


def open_gzip_text(path: Path) -> TextIO:
    """A UTF-8 text writer into ``path`` (gzip level 9, header timestamp 0)."""
    return io.TextIOWrapper(gzip.GzipFile(path, mode="wb", compresslevel=9, mtime=0), encoding="utf-8", newline="\n")


def read_text(path: Path) -> TextIO:
    """A UTF-8 text reader of ``path``, gunzipped when its name ends in ``.gz``."""
    return gzip.open(path, "rt", encoding="utf-8") if str(path).endswith(".gz") else open(path, encoding="utf-8")
