"""``rasd analyze`` end to end through the CLI: contract, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app

CONTRACT_KEYS = ("schema_version", "id", "text", "meta", "published", "sentences", "mentions", "entities",
                 "timexes", "events", "claims", "flags")
CHECKER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "check_contract.py"
TEXT = "أجرى وزير الدفاع محادثات هاتفية اليوم الجمعة.\nوأضاف أن الاتصال تناول قضايا الأمن الدولي."

runner = CliRunner()


def lines(out: str) -> list[dict]:
    return [json.loads(ln) for ln in out.splitlines() if ln.strip()]


def check_offsets(d: dict) -> None:
    """Every span slices the original text; sentences are ordered and disjoint."""
    text = d["text"]
    prev = 0
    for s in d["sentences"]:
        assert prev <= s["start"] < s["end"] <= len(text)
        prev = s["end"]
    for layer in ("mentions", "timexes"):
        for m in d[layer]:
            assert 0 <= m["start"] < m["end"] <= len(text) and text[m["start"]:m["end"]] == m["text"]
    for b in d["blocks"]:
        assert 0 <= b["start"] < b["end"] <= len(text)
    for e in d["events"]:
        t = e["trigger"]
        assert text[t["start"]:t["end"]] == t["text"]


@pytest.fixture
def seed_file(tmp_path: Path, seed_text: str) -> Path:
    p = tmp_path / "seed.txt"
    p.write_text(seed_text, encoding="utf-8")
    return p


def test_analyze_seed_json_honours_contract(seed_file: Path, seed_text: str, tmp_path: Path) -> None:
    res = runner.invoke(app, ["analyze", str(seed_file), "--json"])
    assert res.exit_code == 0, res.output
    [d] = lines(res.stdout)
    for key in CONTRACT_KEYS:
        assert key in d
    assert d["id"] == "seed" and d["text"] == seed_text and d["schema_version"] == 1
    assert "rasd.layout.v1" in d["pipeline"] and d["blocks"][0]["kind"] == "dateline"
    check_offsets(d)


def test_analyze_seed_passes_shared_contract_checker(seed_file: Path, tmp_path: Path) -> None:
    if not CHECKER.exists():
        pytest.skip("../shared/eval/check_contract.py not available")
    res = runner.invoke(app, ["analyze", str(seed_file), "--json"])
    out = tmp_path / "out.jsonl"
    out.write_text(res.stdout, encoding="utf-8")
    chk = subprocess.run([sys.executable, str(CHECKER), str(out)], capture_output=True, text=True)
    # published.date is always a full day; a month-level estimate says so in published.precision.
    assert chk.returncode == 0, chk.stdout


def test_analyze_cp1256_copy_same_text(seed_file: Path, seed_text: str, tmp_path: Path) -> None:
    cp = tmp_path / "seed-cp1256.txt"
    cp.write_bytes(seed_text.encode("cp1256"))
    res = runner.invoke(app, ["analyze", str(seed_file), str(cp), "--json"])
    a, b = lines(res.stdout)
    assert a["text"] == b["text"] == seed_text
    assert a["sentences"] == b["sentences"] and a["blocks"] == b["blocks"]


def test_analyze_batch_errors_exit_1_no_traceback(seed_file: Path, seed_text: str, tmp_path: Path) -> None:
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "seed-cp1256.txt").write_bytes(seed_text.encode("cp1256"))
    args = [str(seed_file), str(tmp_path / "junk.bin"), str(tmp_path / "empty.txt"), str(tmp_path / "seed-cp1256.txt")]
    proc = subprocess.run([sys.executable, "-c", "from rasd.cli import main; main()", "analyze", *args, "--json"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1
    out = lines(proc.stdout)
    assert [d["id"] for d in out] == ["seed", "junk", "empty", "seed-cp1256"]
    assert [("error" in d) for d in out] == [False, True, True, False]
    assert out[1]["error"]["stage"] == "ingest"
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 2
    assert "junk.bin" in proc.stderr and "empty.txt" in proc.stderr


def test_analyze_missing_path_exit_2(tmp_path: Path) -> None:
    res = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt"), "--json"])
    assert res.exit_code == 2 and "nope.txt" in res.output and "Traceback" not in res.output


def test_analyze_bad_config_exit_1(tmp_path: Path, seed_file: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[layout]\nshort_wordz = 3\n", encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(seed_file), "--json", "--config", str(cfg)])
    assert res.exit_code == 1 and "short_wordz" in res.output


def test_analyze_stdin_jsonl_ids_kept() -> None:
    payload = json.dumps({"id": "art-9", "text": TEXT, "date": "2022-10-21"}, ensure_ascii=False) + "\n"
    res = runner.invoke(app, ["analyze", "-", "--json"], input=payload.encode("utf-8"))
    [d] = lines(res.stdout)
    assert res.exit_code == 0 and d["id"] == "art-9" and d["meta"]["declared_date"] == "2022-10-21"


@pytest.mark.slow
def test_analyze_workers_keep_order(tmp_path: Path) -> None:
    p = tmp_path / "many.jsonl"
    p.write_text("".join(json.dumps({"id": f"d{i}", "text": TEXT}) + "\n" for i in range(12)), encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(p), "--json", "--workers", "2"])
    assert res.exit_code == 0
    assert [d["id"] for d in lines(res.stdout)] == [f"d{i}" for i in range(12)]


def test_analyze_store_then_search_and_show(tmp_path: Path, seed_file: Path) -> None:
    db = tmp_path / "t.db"
    res = runner.invoke(app, ["analyze", str(seed_file), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "documents" in res.stdout
    res = runner.invoke(app, ["search", "أمريكا", "--db", str(db), "--json"])
    assert res.exit_code == 0 and [h["id"] for h in lines(res.stdout)] == ["seed"]
    res = runner.invoke(app, ["search", "امريكا", "--db", str(db), "--json"])
    assert [h["id"] for h in lines(res.stdout)] == ["seed"]
    res = runner.invoke(app, ["show", "seed", "--db", str(db)])
    assert res.exit_code == 0 and "sentences" in res.stdout
    res = runner.invoke(app, ["show", "seed", "--db", str(db), "--json"])
    assert json.loads(res.stdout)["id"] == "seed"
    res = runner.invoke(app, ["show", "nothing", "--db", str(db)])
    assert res.exit_code == 1 and "nothing" in res.output


def test_search_missing_db_is_clear_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["search", "روسيا", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "none.db" in res.output and "Traceback" not in res.output
