"""Read the UniversalPetrarch Arabic actor dictionary into knowledge-base entries.

The file lists a name (words joined by ``_``, often lemmatised) followed, on the
same line or on indented lines, by CAMEO codes with optional validity dates:
``فلاديمير_بوتين_ [RUSGOV > 19980725]``, ``[PSEELI 20031007-20060329]``,
``[IRQGOV <20140908]``. Only person-like and organisation names with a country
code are kept; titles and generic nouns (``وزير_تجارة``) are left to the title
lexicon. The file's end dates before their start (``-18000101``) mean "open".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.kb.aliases import key

_CODE = re.compile(r"\[\s*([^\]\s]*)\s*([^\]]*)\]")
_SECTORS = {
    "GOV": "government", "ELI": "elite", "MIL": "military", "REB": "rebel", "OPP": "opposition",
    "MED": "media", "BUS": "business", "CVL": "civilian", "PTY": "party", "COP": "police",
    "JUD": "judiciary", "LEG": "legislature", "SPY": "intelligence", "REF": "refugee",
    "IMG": "insurgent", "EDU": "education", "HLH": "health", "LAB": "labour", "REL": "religious",
}
# First words that make a name a title or a generic noun phrase, not a proper name.
_GENERIC = frozenset(key(w) for w in (
    "وزير وزارة رئيس قوة قوات جيش شرطة سفير سفارة عاصمة حكومة مجلس نائب أمين متحدث ناطق قائد "
    "مسؤول مسؤولي مدير جنرال عضو زعيم ملك أمير شيخ ولي رئيسة وكالة مكتب اتحاد منظمة لجنة "
    "محكمة برلمان مواطن مواطني سكان مسلح مسلحي عناصر جامعة طائرة بعثة جمهورية حي سياسي مخابرات "
    "حلف مساعدة شركة بنك صحيفة مدينة منطقة ولاية اقليم إقليم جزيرة مطار ميناء").split())
# Sectors whose dated codes name a person holding an office.
_PERSON_SECTORS = frozenset({"government", "elite", "military", "rebel", "opposition", "judiciary",
                             "legislature", "intelligence", "party", "police"})
_ORG_HEADS = frozenset(key(w) for w in "حركة حزب جبهة جماعة تنظيم كتائب ميليشيا مليشيا تحالف".split())


def _date(s: str) -> str | None:
    s = s.strip()
    if not re.fullmatch(r"\d{8}", s):
        return None
    return f"{s[:4]}-{s[4:6]}-{s[6:]}"


def parse_codes(text: str, countries: set[str]) -> list[dict[str, Any]]:
    """``[RUSGOV > 19980725]`` → ``[{role: government, country: RUS, from: 1998-07-25, to: None}]``."""
    roles = []
    for code, dates in _CODE.findall(text):
        code = code.strip().lstrip("~?").upper()
        if len(code) < 3 or code[:3] not in countries:
            continue
        sector = _SECTORS.get(code[3:6], "government" if code[3:6] else None)
        frm = to = None
        dates = dates.strip()
        if m := re.fullmatch(r"(\d{8})\s*-\s*(\d{8})", dates):
            frm, to = _date(m.group(1)), _date(m.group(2))
            if to and frm and to < frm:
                to = None
        elif m := re.fullmatch(r">\s*(\d{8})", dates):
            frm = _date(m.group(1))
        elif m := re.fullmatch(r"<\s*(\d{8})", dates):
            to = _date(m.group(1))
        roles.append({"role": sector, "organisation": None, "country": code[:3], "from": frm, "to": to})
    return roles


def _records(lines: list[str]) -> Iterator[tuple[str, str]]:
    """(name, code text) for each dictionary record, codes from the same and indented lines."""
    name, codes = None, []
    for raw in lines:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t" and raw.strip().startswith("["):
            codes.append(raw.strip())
            continue
        if name is not None:
            yield name, " ".join(codes)
        head, _, rest = raw.strip().partition("[")
        name, codes = head.strip(), (["[" + rest] if rest else [])
    if name is not None:
        yield name, " ".join(codes)


def read_actor_dict(path: Path, countries: set[str]) -> list[dict[str, Any]]:
    """KB entries (``petr:`` ids, PER or ORG) from ``actor_dict_ar_v4.txt``."""
    merged: dict[str, dict[str, Any]] = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for name, codes in _records(lines):
        words = [w for w in name.replace("_", " ").split() if w]
        if len(words) < 2 or len(words) > 5:
            continue
        k = key(" ".join(words))
        first = k.split()[0]
        if any(w in _GENERIC for w in k.split()) or not re.fullmatch(r"[\u0621-\u064A ]+", k):
            continue
        roles = [r for r in parse_codes(codes, countries) if r["role"]]
        typ = "ORG" if first in _ORG_HEADS else "PER"
        # An undated person code is as often a place or a company as a person: keep dated ones.
        if typ == "PER" and not any(r["role"] in _PERSON_SECTORS and (r["from"] or r["to"]) for r in roles):
            continue
        if not roles:
            continue
        entry = merged.setdefault(k, {
            "id": "petr:" + k.replace(" ", "_"), "type": typ, "name": None,
            "name_ar": " ".join(words), "aliases": [], "country": roles[0]["country"],
            "roles": [], "source": "UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt)",
        })
        for r in roles:
            if r not in entry["roles"]:
                entry["roles"].append(r)
    return list(merged.values())
