"""Load the shipped knowledge base plus users' own entry files.

The shipped KB is ``rasd/kb/data/kb.jsonl.gz`` (built by ``rasd kb build``);
if it is missing, the curated ``actors.jsonl`` alone is used. User files are
JSON Lines (``#`` comment lines allowed) or a JSON list of entries; an entry
with an id already present replaces it.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError
from rasd.kb.base import KnowledgeBase

TYPES = ("PER", "ORG", "LOC", "MISC")
DATA = Path(str(resources.files("rasd.kb") / "data"))
BUILT = DATA / "kb.jsonl.gz"
CURATED = DATA / "actors.jsonl"


def validate_entry(e: Any, where: str) -> dict[str, Any]:
    """Check one entry's fields; a bad entry is a ``ConfigError`` naming the file and line."""
    if not isinstance(e, dict):
        raise ConfigError(f"{where}: a KB entry must be a JSON object")
    if not e.get("id") or not isinstance(e["id"], str):
        raise ConfigError(f"{where}: entry has no string 'id'")
    if e.get("type") not in TYPES:
        raise ConfigError(f"{where}: entry {e['id']!r} has type {e.get('type')!r}", hint=f"use one of {', '.join(TYPES)}")
    if not (e.get("name") or e.get("name_ar")):
        raise ConfigError(f"{where}: entry {e['id']!r} has neither 'name' nor 'name_ar'")
    roles = e.get("roles") or []
    if not isinstance(roles, list) or not all(isinstance(r, dict) and r.get("role") for r in roles):
        raise ConfigError(f"{where}: entry {e['id']!r} 'roles' must be a list of objects with a 'role'")
    for r in roles:
        for end in ("from", "to"):
            v = r.get(end)
            if v is not None and (not isinstance(v, str) or len(v) not in (4, 7, 10)):
                raise ConfigError(f"{where}: entry {e['id']!r} role date {end}={v!r} is not an ISO date")
    e.setdefault("aliases", [])
    e.setdefault("roles", [])
    return e


def read_entries(path: str | Path) -> list[dict[str, Any]]:
    """Entries from a JSONL (optionally gzipped) or JSON-list file, validated."""
    p = Path(path).expanduser()
    try:
        raw = gzip.open(p, "rt", encoding="utf-8").read() if p.suffix == ".gz" else p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"knowledge-base file not found: {p}") from None
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{p} is not valid JSON: {exc}") from None
        return [validate_entry(e, f"{p} entry {i + 1}") for i, e in enumerate(items)]
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            out.append(validate_entry(json.loads(line), f"{p}:{n}"))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{p}:{n} is not valid JSON: {exc.msg}") from None
    return out


def write_entries(path: str | Path, entries: Iterable[dict[str, Any]]) -> int:
    """Write entries as JSONL (gzipped when the name ends in .gz)."""
    p = Path(path).expanduser()
    p.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in entries]
    data = "\n".join(lines) + "\n"
    if p.suffix == ".gz":
        with gzip.open(p, "wt", encoding="utf-8", compresslevel=9) as f:
            f.write(data)
    else:
        p.write_text(data, encoding="utf-8")
    return len(lines)


@lru_cache(maxsize=1)
def _shipped() -> tuple[dict[str, Any], ...]:
    path = BUILT if BUILT.exists() else CURATED
    return tuple(read_entries(path))


@lru_cache(maxsize=8)
def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The shipped KB plus ``extra`` files (later files override earlier ids); cached per file list."""
    kb = KnowledgeBase(_shipped())
    for path in extra:
        kb.add(read_entries(path))
    return kb


def configured_kb_files(settings: dict[str, Any]) -> tuple[str, ...]:
    """The user's KB files from the ``[entities]`` settings: ``extra_kb`` paths, then the
    ``rasd kb add`` file when it exists. Every stage that consults the KB uses these."""
    extra = [str(Path(p).expanduser()) for p in settings.get("extra_kb", []) if p]
    user = settings.get("user_kb")
    if user and Path(user).expanduser().exists():
        extra.append(str(Path(user).expanduser()))
    return tuple(extra)
