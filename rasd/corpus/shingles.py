"""Word shingles over folded Arabic text, hashed stably for MinHash and exact Jaccard.

>>> len(shingles("قال الوزير إن الاجتماع كان مثمرا جدا", n=5))
3
"""

from __future__ import annotations

import hashlib
import re
import zlib

from rasd.arabic.normalize import fold

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Folded words of ``text`` (diacritics, alef forms, digits unified): ``"أمريكا"`` → ``["امريكا"]``."""
    return _WORD.findall(fold(text))


def shingles(text: str, n: int = 5) -> frozenset[int]:
    """Stable 32-bit hashes of the word ``n``-grams; a text shorter than ``n`` words is one shingle."""
    ws = words(text)
    if not ws:
        return frozenset()
    if len(ws) < n:
        return frozenset({zlib.crc32(" ".join(ws).encode("utf-8"))})
    # crc32, not hash(): Python's str hash changes per process, and signatures are stored.
    return frozenset(zlib.crc32(" ".join(ws[i:i + n]).encode("utf-8")) for i in range(len(ws) - n + 1))


def text_digest(text: str) -> str:
    """Key for exact duplicates: the folded words joined, so spacing and diacritics do not matter."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Exact Jaccard similarity of two shingle sets (0 when both are empty)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)
