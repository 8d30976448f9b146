"""Robustness sweep: the whole default pipeline and the CLI on nasty but possible inputs.

The bar: bad input gets a clear error record and loses nothing; odd but valid
text goes through every stage with contract-valid output; one bad article in a
batch is reported and skipped, never fatal; long texts finish in near-linear time.
"""

from __future__ import annotations

import datetime as dt
import gc
import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import rasd
from rasd.cli import app
from rasd.paths import shared_dir

CHECKER = shared_dir() / "eval" / "check_contract.py"
ARTICLE = "قال وزير الخارجية السعودي إن المملكة ستعقد قمة في الرياض يوم 12 مارس 2023."
PARA = "وأضاف أن الاجتماع سيبحث التعاون الاقتصادي بين البلدين في ظل التطورات الأخيرة."

runner = CliRunner()


# ------------------------------------------------------------------ helpers
def check_doc(d: dict) -> None:
    """The contract, in process: spans inside the text, mention text == slice, references resolve, ISO dates."""
    text = d["text"]
    n = len(text)

    def span(s: dict, where: str) -> None:
        assert isinstance(s.get("start"), int) and isinstance(s.get("end"), int), (where, s)
        assert 0 <= s["start"] < s["end"] <= n, (where, s, n)

    for layer in ("sentences", "blocks", "timexes"):
        for s in d.get(layer) or []:
            span(s, layer)
    ents = {e["id"] for e in d["entities"]}
    for m in d["mentions"]:
        span(m, "mention")
        assert m.get("text") is None or text[m["start"]:m["end"]] == m["text"], m
        assert m.get("entity") is None or m["entity"] in ents, m
    for e in d["events"]:
        span(e["trigger"], "event trigger")
        for role in ("source", "target"):
            assert all(x in ents for x in e.get(role) or []), (role, e)
    for c in d["claims"]:
        span(c["cue"], "claim cue")
        if c.get("content"):
            span(c["content"], "claim content")
        assert c.get("speaker") is None or c["speaker"] in ents, c
    for f in d["flags"]:
        for s in f["spans"]:
            span(s, f"flag {f['kind']}")
    pub = (d.get("published") or {}).get("date")
    if pub:
        dt.date.fromisoformat(pub)
    declared = d["meta"].get("declared_date")
    if declared:
        dt.date.fromisoformat(declared)


def shared_check(tmp_path: Path, docs: list[dict]) -> None:
    """The shared checker (``../shared/eval/check_contract.py``) on the JSONL, when it is available."""
    if not CHECKER.exists() or not any("error" not in d for d in docs):
        return
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(CHECKER), str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def analyze_dict(text: str, **kw) -> dict:
    d = rasd.analyze(text, id=kw.pop("id", "t"), **kw).to_dict()
    check_doc(d)
    return d


def cli_lines(args: list[str], **kw) -> tuple[int, list[dict], str]:
    res = runner.invoke(app, args, **kw)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    out = [json.loads(ln) for ln in res.stdout.splitlines() if ln.strip().startswith("{")]
    return res.exit_code, out, res.stderr


# ---------------------------------------------------- odd but valid texts
ODD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t\u00a0 \r\n ",
    "one-char": "ق",
    "punctuation": "،.؟!...;:«»()-–—\"'",
    "western-digits": "123 4567 2023 0 99999",
    "arabic-indic-digits": "١٢٣ ٤٥٦٧ ٢٠٢٣ ٠ ٩٩٩٩٩",
    "diacritised": "قَالَ وَزِيرُ الخَارِجِيَّةِ السُّعُودِيُّ إِنَّ المَمْلَكَةَ سَتَعْقِدُ قِمَّةً فِي الرِّيَاضِ يَوْمَ ١٢ مَارِس ٢٠٢٣.",
    "tatweel": "قـــال وزيـــر الخـــارجية الســـعودي إن المـــملكة ستـــعقد قمـــة فـــي الريـــاض.",
    "lam-alef-forms": "\ufefbعب \ufef5\ufef7 قال الوزير إن \ufefb اتفاق مع \ufef9سرائيل.",
    "presentation-forms": "\ufe8e\ufe91\ufe92 \ufee3\ufee4 قال الوزير.",
    "bidi-and-joiners": "قال\u200f وز\u200dير الخا\u200cرجية\u200e الأمريكي \u202bجو بايدن\u202c إن\u2066 الناتو\u2069 سيجتمع\ufeff.",
    "mixed-latin": "قال الأمين العام لحلف NATO ينس ستولتنبرغ إن قمة G20 ستناقش iPhone 15 وشركة Apple Inc. في New York.",
    "latin-only": "The minister said on 3 March 2021 that NATO will meet in Paris.",
    "emoji": "😀 قال الرئيس 🇸🇦 إن الاتفاق 👍 سيوقع غدا 🔥🔥 👨‍👩‍👧",
    "astral-letters": "قال 𝐀𝐁𝐂 الوزير 𝟙𝟚",
    "stacked-marks": "قال الوزير\u0651\u0651\u0651\u0651\u064b\u064b إن",
    "control-chars": "قال\x07 الوزير\x0b إن\x1b الاتفاق",
    "crlf-and-blank-lines": "\n\n\nقال الوزير\r\nإن الحكومة\r\n\r\n\r\nستعقد اجتماعا.\n\n\n",
    "impossible-dates": ("وقع الاتفاق في 31 فبراير 2023 ثم في 30/02/2015 وفي عام 0000 وعام 99999 "
                         "وفي 45 رمضان 1445 هـ و12 محرم 9999 هـ و0/0/0 و32/13/2020 و29 فبراير 2023."),
    "only-a-date": "12 مارس 2023",
    "quotes-unbalanced": "قال الوزير «إن الحكومة ستعقد (اجتماعا \"مع الوفد.",
    "lone-clitics": "و ف ب ك ل ال وال بال لل",
}


@pytest.fixture(scope="module")
def nlp():
    return rasd.default_pipeline()


@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_robustness_odd_text_runs_every_stage(nlp, name: str) -> None:
    d = analyze_dict(ODD_TEXTS[name], id=name)
    assert d["text"] == ODD_TEXTS[name]  # the text is never changed


def test_robustness_impossible_dates_give_no_invalid_values(nlp) -> None:
    d = analyze_dict(ODD_TEXTS["impossible-dates"])
    for t in d["timexes"]:
        v = t.get("value") or ""
        if len(v) >= 10 and v[:4].isdigit() and v[4] == "-" and v[5:7].isdigit() and v[8:10].isdigit():
            dt.date.fromisoformat(v[:10])  # a full day must exist (no 2023-02-31)


def test_robustness_bad_declared_dates_are_ignored(nlp) -> None:
    for bad in ("yesterday", "2015-02-30", "0000-01-01", "99999-01-01", "", "2023-13-01"):
        d = analyze_dict(ARTICLE, date=bad)
        assert d["published"]["date"] is None or d["published"]["date"] != bad


def test_robustness_no_punctuation_5000_words(nlp) -> None:
    words = ("قال الوزير إن الحكومة ستعقد اجتماعا مع وفد من الأمم المتحدة في بيروت " * 400).split()[:5000]
    t0 = time.perf_counter()
    analyze_dict(" ".join(words))
    assert time.perf_counter() - t0 < 30


def test_robustness_10000_identical_words_per_line(nlp) -> None:
    line = " ".join(["الوزير"] * 10000)
    d = analyze_dict(line + "\n" + line)
    assert [f["kind"] for f in d["flags"]].count("duplicate-caption") <= 1


@pytest.mark.slow
def test_robustness_300k_characters_near_linear(nlp) -> None:
    """300,000 characters finish in reasonable time; no stage is quadratic (3× text ≲ 5× time)."""
    base = "\n\n".join([ARTICLE, PARA, "وأكد وزير الدفاع الأمريكي لويد أوستن لنظيره الروسي سيرغي شويغو "
                        "في اتصال هاتفي يوم الجمعة أن واشنطن ستواصل دعم أوكرانيا، بحسب وكالة رويترز."]) + "\n\n"
    seed = shared_dir() / "data" / "seed" / "seed-article.txt"
    if seed.exists():
        base = seed.read_text(encoding="utf-8") + "\n\n" + base

    def timed(n: int) -> float:
        text = (base * (n // len(base) + 1))[:n]
        # The cyclic collector's passes grow with everything the test session holds (every model and document
        # of ~1,800 tests before this one), not with the text: timed without it, the ratio measures the stages.
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            d = rasd.analyze(text, id=f"big{n}").to_dict()
            secs = time.perf_counter() - t0
        finally:
            gc.enable()
        check_doc(d)
        return secs

    small, big = timed(100_000), timed(300_000)
    assert big < 120, f"300,000 characters took {big:.1f} s"
    assert big < 5 * max(small, 0.5), f"100k: {small:.1f} s, 300k: {big:.1f} s — a stage grows super-linearly"


# ------------------------------------------------------- inputs via the CLI
def write_inputs(d: Path) -> None:
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("  \n\n \t")
    (d / "junk.bin.txt").write_bytes(bytes(range(256)) * 8)
    (d / "junk-no-nul.txt").write_bytes(bytes((i * 7919) % 223 + 33 for i in range(4000)))
    (d / "cp1256.txt").write_bytes((ARTICLE + "\n" + PARA).encode("cp1256"))
    (d / "utf16.txt").write_bytes((ARTICLE + "\n" + PARA).encode("utf-16"))
    gz = gzip.compress(((json.dumps({"id": "g", "text": ARTICLE}, ensure_ascii=False) + "\n") * 40).encode())
    (d / "truncated.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    body = f"<article><p>{ARTICLE}</p><p>{PARA}</p></article></body></html>"
    (d / "unclosed.html").write_text(f"<html><body><div><p>{ARTICLE}<p>{PARA}<b>وأضاف <i>الوزير</div>")
    (d / "script-only.html").write_text(f"<html><head><style>p{{}}</style><script>var x='{ARTICLE}'</script></head></html>")
    (d / "meta-1256.html").write_bytes(
        (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
         f"<title>خبر</title></head><body>{body}").encode("cp1256"))
    (d / "wrong-charset.html").write_bytes(
        f'<html><head><meta charset="utf-8"><title>خبر</title></head><body>{body}'.encode("cp1256"))
    (d / "bogus-charset.html").write_bytes(
        f'<html><head><meta charset="x-nonsense"><title>خبر</title></head><body>{body}'.encode())


BATCH = [
    json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False),
    '{"id": "broken", "text": ',
    json.dumps({"id": "no-text"}),
    json.dumps({"id": "num", "text": 42}),
    json.dumps({"id": "y", "text": ARTICLE, "date": "yesterday"}, ensure_ascii=False),
    json.dumps({"id": "a", "text": PARA}, ensure_ascii=False),
    "[1, 2]",
    json.dumps({"id": "n", "text": None}),
    json.dumps({"id": "feb30", "text": PARA, "date": "2015-02-30"}, ensure_ascii=False),
    json.dumps({"id": "odd-meta", "text": PARA, "title": ["x"], "source": {"a": 1}, "date": 20230312},
               ensure_ascii=False),
]


def test_robustness_jsonl_batch_reports_and_skips_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(BATCH) + "\n", encoding="utf-8")
    code, out, err = cli_lines(["analyze", "--json", str(p)])
    assert code == 1  # some inputs failed, none fatal
    errors = {d["id"]: d["error"]["message"] for d in out if "error" in d}
    docs = [d for d in out if "error" not in d]
    assert set(errors) == {"batch-2", "no-text", "num", "batch-7", "n"}
    assert "not valid JSON" in errors["batch-2"] and "batch.jsonl:2" in errors["batch-2"]
    assert "no 'text'" in errors["no-text"] and "got int" in errors["num"]
    # Nothing lost: both articles called "a" are kept, under distinct ids.
    assert [d["id"] for d in docs] == ["a", "y", "a-2", "feb30", "odd-meta"]
    assert docs[2]["meta"]["id_given"] == "a" and docs[2]["text"] == PARA
    assert docs[1]["meta"]["declared_date"] is None and docs[1]["meta"]["date_raw"] == "yesterday"
    assert docs[3]["meta"]["declared_date"] is None
    for d in docs:
        check_doc(d)
    shared_check(tmp_path, out)


def test_robustness_files_of_every_kind_in_one_batch(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_inputs(src)
    code, out, err = cli_lines(["analyze", "--json", str(src)])
    assert code == 1
    by_id = {d["id"]: d for d in out}
    assert len(out) == len(list(src.iterdir()))  # one result per file, in order, none dropped
    for bad, why in (("empty", "empty"), ("blank", "empty"), ("junk.bin", "binary"), ("junk-no-nul", "decode"),
                     ("truncated", "gzip"), ("script-only", "no article text")):
        assert why in by_id[bad]["error"]["message"], by_id[bad]
    for good in ("cp1256", "utf16", "unclosed", "meta-1256", "wrong-charset", "bogus-charset"):
        d = by_id[good]
        assert "error" not in d and ARTICLE in d["text"], good
        check_doc(d)
    # A bare year in the body is no publication date (htmldate pads "2023" to 2023-01-01).
    assert by_id["meta-1256"]["meta"]["declared_date"] is None
    assert by_id["meta-1256"]["meta"]["title"] == "خبر"
    shared_check(tmp_path, out)


def test_robustness_folder_with_links_and_unreadable_files(tmp_path: Path, monkeypatch) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "sub" / "loop").symlink_to("..")  # a folder loop: must not recurse forever
    (src / "self.txt").symlink_to("self.txt")  # a link loop
    (src / "dangling.txt").symlink_to("nowhere.txt")
    locked = src / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        code, out, err = cli_lines(["analyze", "--json", str(src)])
    finally:
        locked.chmod(0o644)
    by_id = {d["id"]: d for d in out}
    assert set(by_id) == {"dangling", "locked", "ok", "self"}
    assert "cannot read" in by_id["dangling"]["error"]["message"]
    assert "cannot read" in by_id["self"]["error"]["message"]
    if os.geteuid() == 0:  # root reads a chmod 000 file anyway
        assert "error" not in by_id["locked"]
    else:
        assert "cannot read" in by_id["locked"]["error"]["message"]
    assert code == 1


def test_robustness_unreadable_file_is_an_error_record(tmp_path: Path, monkeypatch) -> None:
    """What a non-root user gets for a chmod 000 file (simulated, since tests may run as root)."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PARA, encoding="utf-8")
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    from rasd.ingest import iter_inputs

    items = list(iter_inputs([tmp_path]))
    assert items[0] == {"id": "a", "error": {"stage": "ingest", "message": f"{tmp_path / 'a.txt'}: cannot read (Permission denied)"}}
    assert items[1].text == PARA


def test_robustness_stdin_junk_and_truncated_gzip() -> None:
    code, out, _ = cli_lines(["analyze", "--json", "-"], input=bytes(range(256)) * 4)
    assert code == 1 and "binary" in out[0]["error"]["message"]
    gz = gzip.compress(ARTICLE.encode() * 50)
    code, out, _ = cli_lines(["analyze", "--json", "-"], input=gz[:40])
    assert code == 1 and "gzip" in out[0]["error"]["message"]
    code, out, _ = cli_lines(["analyze", "--json", "-"], input=b"")
    assert code == 1 and "empty" in out[0]["error"]["message"]


def test_robustness_over_max_chars_is_refused_clearly(tmp_path: Path) -> None:
    cfg = tmp_path / "small.toml"
    cfg.write_text("[ingest]\nmax_chars = 1000\n")
    p = tmp_path / "long.txt"
    p.write_text(ARTICLE * 50, encoding="utf-8")
    code, out, _ = cli_lines(["analyze", "--json", "--config", str(cfg), str(p)])
    assert code == 1 and "max_chars" in out[0]["error"]["message"]


def test_robustness_check_search_show_on_nasty_store(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_inputs(src)
    (src / "batch.jsonl").write_text("\n".join(BATCH) + "\n", encoding="utf-8")
    db = tmp_path / "r.db"
    res = runner.invoke(app, ["analyze", "--db", str(db), str(src)])
    assert res.exit_code == 1 and "Traceback" not in res.output and db.exists()

    res = runner.invoke(app, ["check", str(src)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    res = runner.invoke(app, ["check", "--json", str(src / "cp1256.txt"), str(src / "empty.txt")])
    assert res.exit_code == 1 and "empty" in res.stderr

    for q in ("الرياض", "", "   ", '"', "AND", "OR NOT", "*", "قمة*", "NEAR(", "a:b", "'", "(((", "😀", "^", "-",
              "ـــ", "\u200f", "x" * 5000):
        res = runner.invoke(app, ["search", "--db", str(db), q])
        assert res.exit_code in (0, 1) and "Traceback" not in res.output, (q, res.output)
    res = runner.invoke(app, ["search", "--db", str(db), "الرياض"])
    assert res.exit_code == 0 and "الرياض" in res.stdout

    for doc_id in ("a", "a-2", "odd-meta", "unclosed"):
        res = runner.invoke(app, ["show", "--db", str(db), doc_id])
        assert res.exit_code == 0 and "Traceback" not in res.output, doc_id
        res = runner.invoke(app, ["show", "--db", str(db), "--json", doc_id])
        check_doc(json.loads(res.stdout))
    for doc_id in ("missing", "", "' OR 1=1 --"):
        res = runner.invoke(app, ["show", "--db", str(db), doc_id])
        assert res.exit_code != 0 and "Traceback" not in res.output and "no article" in res.stderr

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 10)
    for args in (["search", "--db", str(bad), "x"], ["show", "--db", str(bad), "x"]):
        res = runner.invoke(app, args)
        assert res.exit_code != 0 and "Traceback" not in res.output and "database" in res.stderr


def test_robustness_lone_surrogates_never_stop_the_batch(tmp_path: Path) -> None:
    """JSON "\\ud800" decodes to a lone surrogate: in the text a clear error, in metadata U+FFFD; output and store go on."""
    p = tmp_path / "sur.jsonl"
    p.write_text("\n".join([
        '{"id": "in-text", "text": "قال الوزير \\ud800 إن الاجتماع عقد"}',
        '{"id": "in-title", "text": "قال الوزير إن الاجتماع عقد", "title": "\\ud800x", "extra": "\\udc00"}',
        '{"id": "in-id\\udc00", "text": "قال الوزير إن الاجتماع عقد"}',
        '{"id": "bad\\ud800", "text": 42}',
        json.dumps({"id": "fine", "text": ARTICLE}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    code, out, _ = cli_lines(["analyze", "--json", str(p)])
    assert code == 1 and [d["id"] for d in out] == ["in-text", "in-title", "in-id\ufffd", "bad\ufffd", "fine"]
    assert "surrogate" in out[0]["error"]["message"] and out[1]["meta"]["title"] == "\ufffdx"
    db = tmp_path / "s.db"
    res = runner.invoke(app, ["analyze", "--db", str(db), str(p)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    from rasd.store import Store

    with Store(db, readonly=True) as store:
        assert sorted(store.ids()) == sorted(["in-title", "in-id\ufffd", "fine"])
