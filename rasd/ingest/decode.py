"""Bytes → text: the only change ingestion makes to an article's characters.

Order of trust: a BOM; strict UTF-8; the Arabic code pages (windows-1256,
ISO-8859-6) scored by how Arabic the result looks; then charset-normalizer.
charset-normalizer alone is not trusted first because it often mistakes short
Arabic texts for other code pages. A leading BOM is removed; line endings are
kept as they are (``\\r\\n`` stays ``\\r\\n``).

>>> decode_bytes("قال".encode("cp1256"), "a.txt")
'قال'
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from rasd.errors import InputError

# Arabic code pages, tried when UTF-8 fails.
ARABIC_CODEPAGES = ("cp1256", "iso8859_6")

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Latin accented letters and harakat: what a wrong Arabic code page produces
# (ISO-8859-6 bytes read as cp1256 give ç è ê; cp1256 read as ISO-8859-6 gives runs of marks).
_MOJIBAKE = re.compile(r"[\u00C0-\u00FF\u0152\u0153\u0192\u02C6\u064B-\u0652]")
# Arabic letters glued to Latin ones ("cafى") come from reading a Latin code page as Arabic.
_MIXED = re.compile(r"[A-Za-z][\u0600-\u06FF]|[\u0600-\u06FF][A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0E-\x1F\x7F\uFFFD]")
_CHARSET_DECL = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


def decode_bytes(data: bytes, name: str, *, hint: str | None = None, prose: bool = True) -> str:
    """Decode one input's bytes, or raise ``InputError`` naming the input.

    ``hint`` is an encoding declared by the container (HTTP header, ``<meta charset>``);
    ``prose=False`` skips the letters-versus-symbols check (for JSONL and markup).
    """
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
        if text is None:
            raise InputError(f"{name}: starts with a UTF-8 BOM but is not valid UTF-8")
        return _checked(text, name, prose)
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            text = _strict(data[2:], enc)
            if text is None:
                raise InputError(f"{name}: starts with a UTF-16 BOM but cannot be decoded as UTF-16")
            return _checked(text, name, prose)
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data (NUL bytes), not a text article")
    text = _strict(data, "utf-8")
    if text is None and hint:
        enc = _codec(hint)
        text = _strict(data, enc) if enc else None
    if text is None:
        text = _best_arabic(data)
    if text is None:
        text = _guess(data)
    if text is None:
        raise InputError(f"{name}: cannot decode the bytes (not UTF-8, windows-1256 or ISO-8859-6)",
                         hint="convert the file to UTF-8")
    return _checked(text, name, prose)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML head declares (``<meta charset="windows-1256">``), if any."""
    m = _CHARSET_DECL.search(data[:4096])
    if not m:
        m = re.search(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", data[:512])
    return m.group(1).decode("ascii", "ignore") if m else None


def _codec(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _arabic_score(text: str) -> int:
    return len(_ARABIC_LETTER.findall(text)) - 3 * len(_MOJIBAKE.findall(text)) - 5 * len(_MIXED.findall(text))


def _best_arabic(data: bytes) -> str | None:
    """The Arabic code page whose decoding looks most like Arabic text, if any does."""
    best, best_score = None, 0
    for enc in ARABIC_CODEPAGES:
        text = _strict(data, enc)
        if text is None:
            continue
        score = _arabic_score(text)
        if score > best_score:
            best, best_score = text, score
    return best


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    return str(match) if match is not None else None


def _checked(text: str, name: str, prose: bool = True) -> str:
    """Refuse texts that decoded but are not prose: control characters, no letters."""
    if not text.strip():
        raise InputError(f"{name}: empty input")
    bad = len(_CONTROL.findall(text))
    if bad > max(2, len(text) // 200):
        raise InputError(f"{name}: binary or corrupt data ({bad} control or undecodable characters)")
    if not prose:
        return text
    sample = text[:20000]
    letters = sum(1 for ch in sample if unicodedata.category(ch).startswith("L"))
    visible = sum(1 for ch in sample if not ch.isspace())
    if letters < max(1, visible // 3):
        raise InputError(f"{name}: mostly non-text characters ({letters} letters in {visible}), not an article")
    return text
