"""Decoding: UTF-8 first, then Arabic code pages, refusing junk with a clear message."""

from __future__ import annotations

import codecs

import pytest

from rasd.errors import InputError
from rasd.ingest.decode import declared_charset, decode_bytes

ARABIC = "أجرى وزير الدفاع محادثات هاتفية اليوم الجمعة، وتناول الاتصال قضايا الأمن الدولي.\r\nوأضاف: «نعم»؟"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256", "iso8859_6"])
def test_decode_arabic_codepages_match_utf8(encoding: str) -> None:
    text = ARABIC if encoding != "iso8859_6" else ARABIC.replace("«", '"').replace("»", '"')
    assert decode_bytes(text.encode(encoding), "x.txt") == text


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_decode_seed_codepages_equal_utf8(seed_text: str, encoding: str) -> None:
    assert decode_bytes(seed_text.encode(encoding), "seed") == seed_text


def test_decode_short_cp1256_word() -> None:
    assert decode_bytes("قال".encode("cp1256"), "x") == "قال"


def test_decode_latin1_not_read_as_arabic() -> None:
    assert decode_bytes("café au lait, s'il vous plaît".encode("latin-1"), "x") == "café au lait, s'il vous plaît"


def test_decode_strips_bom_keeps_crlf() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + "سطر\r\nسطر".encode(), "x") == "سطر\r\nسطر"
    assert decode_bytes(codecs.BOM_UTF16_LE + "سطر".encode("utf-16-le"), "x") == "سطر"


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b" \n\t ", "empty"),
    (b"\x00\x01\x02abc\x00", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
    (b"12345 67890 !!! ### 2024-01-01 ... --- *** 99", "non-text"),
])
def test_decode_refuses_junk_with_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.txt")
    msg = str(err.value)
    assert "bad.txt" in msg and words in msg and "\n" not in msg


def test_decode_declared_charset() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1256">') == "windows-1256"
    assert declared_charset(b"<?xml version='1.0' encoding='ISO-8859-6'?><rss>") == "ISO-8859-6"
    assert declared_charset(b"<html>") is None
