"""iter_inputs over every input kind; a bad input becomes an error record and the batch goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.document import Document
from rasd.ingest import iter_inputs

TEXT = "أجرى وزير الدفاع محادثات هاتفية اليوم الجمعة.\nوأضاف أن الاتصال تناول قضايا الأمن الدولي."
PARAS = [
    "أجرى وزير الدفاع محادثات هاتفية مع نظيره اليوم الجمعة تناولت قضايا الأمن الدولي والأزمة في المنطقة.",
    "وقالت الوزارة في بيان إن الوزيرين شددا على أهمية الحفاظ على خطوط الاتصال بين البلدين خلال الأزمة.",
    "وأضاف البيان أن الجانبين اتفقا على مواصلة المشاورات في الأسابيع المقبلة لتفادي أي تصعيد جديد.",
]
HTML = ("<html><head><meta charset='{cs}'><title>محادثات هاتفية بين الوزيرين</title>"
        "<meta property='article:published_time' content='2022-10-21T09:00:00+00:00'></head><body>"
        "<nav>الرئيسية | أخبار</nav><article><h1>محادثات هاتفية بين الوزيرين</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS) + "</article><footer>جميع الحقوق محفوظة</footer></body></html>")


def run(paths: list, **kw) -> list:
    return list(iter_inputs([str(p) for p in paths], load_config(), **kw))


def errors(items: list) -> list[dict]:
    return [x for x in items if isinstance(x, dict)]


def test_sources_txt_keeps_text_and_stem_id(tmp_path: Path) -> None:
    p = tmp_path / "khabar.txt"
    p.write_bytes(TEXT.encode("cp1256"))
    [doc] = run([p])
    assert isinstance(doc, Document) and doc.id == "khabar" and doc.text == TEXT


def test_sources_batch_seed_junk_empty_cp1256(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "seed-cp1256.txt").write_bytes(seed_text.encode("cp1256"))
    items = run([tmp_path / n for n in ("seed.txt", "junk.bin", "empty.txt", "seed-cp1256.txt")])
    docs = [x for x in items if isinstance(x, Document)]
    assert [d.id for d in docs] == ["seed", "seed-cp1256"]
    assert docs[0].text == docs[1].text == seed_text
    errs = errors(items)
    assert [e["id"] for e in errs] == ["junk", "empty"]
    assert all(e["error"]["stage"] == "ingest" and "\n" not in e["error"]["message"] for e in errs)


def test_sources_same_stem_ids_unique(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(TEXT, encoding="utf-8")
    assert [d.id for d in run([tmp_path])] == ["x", "x-2"]


def test_sources_folder_recursive_sorted_known_only(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    assert [d.id for d in run([tmp_path])] == ["a", "z"]


def test_sources_jsonl_ids_kept_bad_line_is_record(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "n1", "text": TEXT, "title": "عنوان", "url": "http://x/1", "date": "2022-10-21",
                    "source": "وكالة", "category": "politic"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "n3", "title": "بلا نص"}),
        json.dumps({"text": TEXT}),
        json.dumps(["list"]),
        json.dumps({"id": 7, "text": TEXT, "date": "21/10/2022"}),
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    items = run([p])
    assert [x.id if isinstance(x, Document) else x["id"] for x in items] == ["n1", "feed-2", "n3", "feed-4", "feed-5", "7"]
    d = items[0]
    assert (d.meta.title, d.meta.url, d.meta.declared_date, d.meta.source) == ("عنوان", "http://x/1", "2022-10-21", "وكالة")
    assert d.meta.extra == {"category": "politic"}
    assert items[5].meta.declared_date is None and items[5].meta.extra["date_raw"] == "21/10/2022"
    assert "feed.jsonl:2" in items[1]["error"]["message"] and "text" in items[2]["error"]["message"]


def test_sources_html_cp1256_body_title_date(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_bytes(HTML.format(cs="windows-1256").encode("cp1256"))
    [doc] = run([p])
    assert doc.id == "page" and PARAS[0] in doc.text and PARAS[2] in doc.text
    assert "الرئيسية" not in doc.text and "جميع الحقوق" not in doc.text
    assert doc.meta.title == "محادثات هاتفية بين الوزيرين" and doc.meta.declared_date == "2022-10-21"


def test_sources_html_without_text_is_error(tmp_path: Path) -> None:
    p = tmp_path / "blank.html"
    p.write_text("<html><body><script>var x=1;</script></body></html>", encoding="utf-8")
    [err] = run([p])
    assert err["id"] == "blank" and "blank.html" in err["error"]["message"]


def test_sources_warc_html_responses(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for uri, ctype, body in (
            ("http://example.com/a", "text/html; charset=windows-1256", HTML.format(cs="windows-1256").encode("cp1256")),
            ("http://example.com/logo.png", "image/png", b"\x89PNG...."),
            ("http://example.com/b", "text/html", b"<html><body></body></html>"),
        ):
            hh = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hh))
    items = run([p])
    assert len(items) == 2
    assert items[0].id == "crawl-1" and items[0].meta.url == "http://example.com/a" and PARAS[1] in items[0].text
    assert items[1]["id"] == "crawl-2" and "http://example.com/b" in items[1]["error"]["message"]


def test_sources_rss_feed_entries(tmp_path: Path) -> None:
    p = tmp_path / "news.rss"
    p.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع الأخبار</title>'
        f"<item><title>خبر أول</title><link>http://x/1</link><pubDate>Fri, 21 Oct 2022 10:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{PARAS[0]}&lt;/p&gt;&lt;p&gt;{PARAS[1]}&lt;/p&gt;</description></item>"
        "<item><title>بلا نص</title></item></channel></rss>", encoding="utf-8")
    items = run([p])
    doc = items[0]
    assert doc.id == "news-1" and doc.text == PARAS[0] + "\n" + PARAS[1]
    assert (doc.meta.title, doc.meta.url, doc.meta.declared_date, doc.meta.source) == (
        "خبر أول", "http://x/1", "2022-10-21", "موقع الأخبار")
    assert items[1]["id"] == "news-2"


def test_sources_atom_feed(tmp_path: Path) -> None:
    p = tmp_path / "a.xml"
    p.write_text('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>ت</title>'
                 f'<entry><title>خ</title><link href="http://x/2"/><updated>2022-10-20T08:00:00Z</updated>'
                 f'<content type="html">{PARAS[2]}</content></entry></feed>', encoding="utf-8")
    [doc] = run([p])
    assert doc.text == PARAS[2] and doc.meta.declared_date == "2022-10-20"


@pytest.mark.parametrize("payload, kind", [
    (TEXT.encode("utf-8"), "text"),
    (json.dumps({"id": "s1", "text": TEXT}).encode(), "jsonl"),
])
def test_sources_stdin_sniffed(payload: bytes, kind: str) -> None:
    [doc] = run(["-"], stdin=io.BytesIO(payload))
    assert doc.text == TEXT and doc.id == ("stdin" if kind == "text" else "s1")


def test_sources_too_large_and_missing(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(TEXT * 10, encoding="utf-8")
    items = list(iter_inputs([str(p), str(tmp_path / "gone.txt")], load_config(overrides={"ingest": {"max_bytes": 100}})))
    assert items[0]["id"] == "big" and "max_bytes" in items[0]["error"]["message"]
    assert items[1]["id"] == "gone" and "gone.txt" in items[1]["error"]["message"]


def test_sources_gzipped_jsonl(tmp_path: Path) -> None:
    import gzip

    p = tmp_path / "corpus.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": TEXT}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n")
    assert [d.id for d in run([tmp_path])] == ["g1", "corpus-2"]


def test_sources_stdin_gzipped_jsonl() -> None:
    import gzip

    payload = gzip.compress((json.dumps({"id": "z1", "text": TEXT}) + "\n").encode())
    [doc] = run(["-"], stdin=io.BytesIO(payload))
    assert doc.id == "z1" and doc.text == TEXT
