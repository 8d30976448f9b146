"""Loading and validating KB files (rasd.kb.load) and the shipped data."""

import json

import pytest

from rasd.errors import ConfigError
from rasd.kb.load import load_kb, read_entries, write_entries


def test_load_shipped_kb_has_curated_countries_and_cities():
    kb = load_kb()
    assert kb.get("rasd:lloyd-austin")["country"] == "USA"
    assert kb.get("iso:UKR")["name_ar"] == "أوكرانيا"
    assert kb.lookup("موسكو")[0].id.startswith("geo:")
    assert kb.adjective_country("الأمريكية") == "USA" and kb.adjective_country("البريطاني") == "GBR"


def test_load_read_entries_jsonl_with_comments(tmp_path):
    p = tmp_path / "mine.jsonl"
    p.write_text("# my actors\n" + json.dumps({"id": "u:x", "type": "PER", "name_ar": "زيد عمرو"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    [e] = read_entries(p)
    assert e["roles"] == [] and e["aliases"] == []


def test_load_bad_entry_is_a_clear_config_error(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps({"id": "u:x", "type": "PERSON", "name": "X"}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.jsonl:1"):
        read_entries(p)


def test_load_bad_role_date_rejected(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text(json.dumps([{"id": "u:x", "type": "PER", "name": "X", "roles": [{"role": "president", "from": "May 2020"}]}]),
                 encoding="utf-8")
    with pytest.raises(ConfigError, match="ISO date"):
        read_entries(p)


def test_load_write_then_read_gzip_round_trip(tmp_path):
    entries = [{"id": "u:x", "type": "ORG", "name": "X", "aliases": [], "roles": []}]
    write_entries(tmp_path / "kb.jsonl.gz", entries)
    assert read_entries(tmp_path / "kb.jsonl.gz") == entries


def test_load_curated_actors_roles_are_ordered_intervals():
    from rasd.kb.load import CURATED
    for e in read_entries(CURATED):
        for r in e["roles"]:
            assert not (r.get("from") and r.get("to")) or r["from"] <= r["to"], e["id"]
        assert e.get("source"), e["id"]
