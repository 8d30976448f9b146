"""Build the event-trigger lexicon (``rasd/stages/data/event_triggers.json``).

Two sources, both mapped to PLOVER through ``plover/CAMEO2PLOVER-2021.txt``:

- the UniversalPetrarch Arabic verb dictionary (``CAMEO.ar.0.5.txt``, PETRARCH2
  format): verb groups whose patterns pair a verb with an object word and a CAMEO
  code (``- * معونة [070]``). They become *verb + object* rules, which are
  specific enough to trust despite the dictionary's machine-made lemmas;
- the reviewed file ``rasd/stages/data/event_triggers_curated.tsv``: nominal
  triggers (محادثات، هجوم، اشتباكات، احتجاجات …), common verbs and phrases.

Verb rows are expanded into their inflected surface forms here, once, so the
stage only does dictionary look-ups on folded words at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rasd.arabic.normalize import fold
from rasd.stages.event_forms import past_forms, verb_forms

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "stages" / "data"
CURATED = PACKAGE_DATA / "event_triggers_curated.tsv"
OUTPUT = PACKAGE_DATA / "event_triggers.json"
PETRARCH = "events/universalpetrarch-arabic/CAMEO.ar.0.5.txt"
C2P = "events/plover/CAMEO2PLOVER-2021.txt"

# CAMEO 01 (statements) has no PLOVER class; 02 (appeals) is a request.
_EXTRA_CAMEO = {"02": "REQUEST"}
_AR_WORD = re.compile(r"[\u0621-\u064A]+")


def read_cameo2plover(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type, from the 2021 conversion table (``0311: AGREE, …``)."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_for(cameo: str, table: dict[str, str]) -> str | None:
    """PLOVER type of a CAMEO code, falling back to its parent (``0234`` → ``023`` → ``02``)."""
    for n in range(len(cameo), 1, -1):
        code = cameo[:n]
        if code in table:
            return table[code]
        if code in _EXTRA_CAMEO:
            return _EXTRA_CAMEO[code]
    return None


def read_curated(path: Path) -> list[dict[str, Any]]:
    """Rows of the reviewed trigger file, each with its expanded forms."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise ValueError(f"{path.name}:{n}: expected kind, forms, cameo[, flags, gloss]")
        kind, forms, cameo = parts[0], parts[1], parts[2].strip()
        flags = parts[3].strip() if len(parts) > 3 else ""
        gloss = parts[4].strip() if len(parts) > 4 else ""
        row: dict[str, Any] = {"kind": kind, "cameo": cameo, "gloss": gloss, "line": n}
        for flag in filter(None, (f.strip() for f in flags.split(","))):
            key, _, value = flag.partition("=")
            row[key] = sorted({fold(v) for v in value.split("|")}) if value else True
        if kind == "v":
            row["words"] = [sorted(verb_forms(forms))]
        elif kind == "w":
            row["words"] = [sorted({fold(f) for f in forms.split("|") if f})]
        elif kind == "n":
            nouns = {fold(f) for f in forms.split("|") if f}
            # The indefinite accusative (شن هجوما، نصب كمينا) of nouns that take it.
            nouns |= {f + "ا" for f in nouns if not f.startswith("ال") and not f.endswith(("ه", "ات", "ا", "ي", "ء"))}
            # Before a pronoun ة is written ت (مطالبته، زيارتها): the stem a suffixed token is looked up by.
            # Short stems stay out (قمت is "I did", not قمة).
            if not row.get("bare"):
                nouns |= {f[:-1] + "ت" for f in nouns if f.endswith("ه") and not f.startswith("ال") and len(f) > 4}
            row["words"] = [sorted(nouns)]
        elif kind == "p":
            words = forms.split()
            first = words[0].split("|")
            has_verb = any(fold(a).startswith("ي") for a in first)
            head = verb_forms(words[0]) if has_verb else {fold(a) for a in first}
            row["words"] = [sorted(head)] + [sorted({fold(a) for a in w.split("|")}) for w in words[1:]]
        else:
            raise ValueError(f"{path.name}:{n}: unknown kind {kind!r} (v, w, n or p)")
        rows.append(row)
    return rows


def read_petrarch(path: Path) -> list[dict[str, Any]]:
    """Verb groups of a PETRARCH2 verb dictionary: lemmas and their (object word, CAMEO) patterns."""
    groups: list[dict[str, Any]] = []
    in_verbs = False
    cur: dict[str, Any] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("#######") else raw
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if head:
            code = head.group(2).strip()
            cur = {"lemmas": [], "default": code if code.isdigit() else None, "patterns": []}
            groups.append(cur)
            continue
        if cur is None:
            continue
        if line.startswith("-"):
            m = re.search(r"\[(\d{2,4})\]", line)
            if not m:
                continue
            body = line[: m.start()]
            # Literal Arabic words of the pattern, leaving out synset (&X) and phrase-brace markup.
            body = re.sub(r"&\S+", " ", body)
            words = [w for w in _AR_WORD.findall(body) if len(w) > 2]
            if words:
                cur["patterns"].append((words, m.group(1)))
            continue
        m = re.match(r"^(\S+)(?:\s+\[(\d{2,4})\])?", line.strip())
        if m:
            lemma = m.group(1).split("+")[0].replace("_", " ")
            if " " not in lemma and _AR_WORD.fullmatch(lemma):
                cur["lemmas"].append(lemma)
    return groups


# Prepositions and particles that open PETRARCH patterns but say nothing about the event.
_PARTICLES = {"الي", "في", "من", "علي", "عن", "مع", "بين", "ضد", "حول", "الذي", "التي", "اجل", "طريق"}


def petrarch_rules(groups: Iterable[dict[str, Any]], table: dict[str, str]) -> dict[str, Any]:
    """``{"patterns": [[[object word, CAMEO], …] per group], "forms": {verb form: [group, …]}}``."""
    patterns: list[list[list[str]]] = []
    forms_to_groups: dict[str, list[int]] = {}
    for g in groups:
        pats: list[list[str]] = []
        seen: set[str] = set()
        for words, code in g["patterns"]:
            if plover_for(code, table) is None:
                continue
            obj = next((fold(w) for w in words if fold(w) not in _PARTICLES and len(w) >= 3), None)
            if obj and obj not in seen:
                seen.add(obj)
                pats.append([obj, code])
        if not pats:
            continue
        forms: set[str] = set()
        for lemma in g["lemmas"]:
            f = fold(lemma)
            if len(f) >= 3:
                forms |= past_forms(lemma) | {"ي" + f, "ت" + f}
        if not forms:
            continue
        patterns.append(pats)
        for form in sorted(forms):
            forms_to_groups.setdefault(form, []).append(len(patterns) - 1)
    return {"patterns": patterns, "forms": forms_to_groups}


def build_event_lexicon(data: Path, out: Path = OUTPUT, curated: Path = CURATED) -> dict[str, int]:
    """Write the trigger lexicon JSON; returns counts per source."""
    table = read_cameo2plover(data / C2P)
    rows = read_curated(curated)
    for r in rows:
        if r["cameo"] != "-" and plover_for(r["cameo"], table) is None:
            raise ValueError(f"{curated.name}:{r['line']}: CAMEO {r['cameo']} has no PLOVER type")
        r["source"] = "curated"
        r.pop("line", None)
    petrarch_path = data / PETRARCH
    rules = petrarch_rules(read_petrarch(petrarch_path), table) if petrarch_path.exists() else {"patterns": [], "forms": {}}
    lexicon = {
        "cameo2plover": table,
        "extra_cameo": _EXTRA_CAMEO,
        "triggers": rows,
        "petrarch": rules,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {"curated": len(rows), "petrarch_verb_forms": len(rules["forms"])}


NATIONALITIES = PACKAGE_DATA / "nationalities.json"
# Adjectives the regular rule gets wrong or misses; (adjective, ISO code or key).
_ADJ_OVERRIDES = {
    "امريكي": "US", "بريطاني": "GB", "اماراتي": "AE", "سعودي": "SA", "فلسطيني": "PS", "روسي": "RU",
    "هولندي": "NL", "نمساوي": "AT", "يوناني": "GR", "مجري": "HU", "دنماركي": "DK", "اسباني": "ES",
    "نرويجي": "NO", "سويدي": "SE", "بولندي": "PL", "صومالي": "SO", "كوري": "KR", "شمالي": None,
    "اممي": "UN", "اوروبي": "EU", "تشيكي": "CZ", "اثيوبي": "ET", "سويسري": "CH", "برتغالي": "PT",
    "بلجيكي": "BE", "صيني": "CN", "هندي": "IN", "تشادي": "TD", "باراغوايي": "PY", "اسرائيلي": "IL",
    "بحريني": "BH", "كويتي": "KW",
    # the Gulf press's spelling (الخارجية الأميركية), and the -stan countries, whose nisba drops ستان
    "اميركي": "US", "افغاني": "AF", "اوزبكي": "UZ", "كازاخي": "KZ", "طاجيكي": "TJ", "قرغيزي": "KG",
    "ارمني": "AM", "بيروفي": "PE", "ايفواري": "CI", "بوسني": "BA", "مقدوني": "MK",
}
# Regular derivations that collide with common words (مالي "financial").
_ADJ_STOP = {"مالي", "غيني", "مان", "جيرسي", "كوبي", "تونغي", "نيوي", "بنيني", "توغوي", "جوري"}
# English names in the style of the gold data, where babel's differ.
_EN_NAMES = {"US": "United States", "GB": "United Kingdom", "PS": "Palestine", "CZ": "Czech Republic", "TR": "Turkey"}
# Countries whose CLDR Arabic name is long or official (المملكة العربية السعودية) are named as the news does.
_AR_NAMES = {"US": "الولايات المتحدة", "GB": "بريطانيا", "AE": "الإمارات", "SY": "سوريا", "KR": "كوريا الجنوبية",
             "SA": "السعودية", "PS": "فلسطين", "KP": "كوريا الشمالية", "ZA": "جنوب أفريقيا", "SS": "جنوب السودان"}
_ALIASES = {"US": ["أمريكا", "الولايات المتحدة الأمريكية", "واشنطن", "USA"], "GB": ["المملكة المتحدة", "لندن"],
            "RU": ["موسكو"], "UA": ["كييف"], "SA": ["المملكة العربية السعودية", "الرياض"],
            "SY": ["سورية", "دمشق"], "TR": ["أنقرة"], "IR": ["طهران"], "QA": ["الدوحة"], "EG": ["القاهرة"],
            "JO": ["عمان"], "KP": ["بيونغ يانغ", "بيونغيانغ"], "PS": ["الأراضي الفلسطينية"], "IQ": ["بغداد"], "CN": ["بكين"], "FR": ["باريس"], "DE": ["برلين"], "IL": ["تل أبيب"]}
_EXTRA = {"UN": ("United Nations", "الأمم المتحدة"), "EU": ("European Union", "الاتحاد الأوروبي")}


def adjective_of(name_ar: str) -> str:
    """The regular nisba of a country name: روسيا → روسي، مصر → مصري، الأردن → اردني."""
    f = fold(name_ar)
    if name_ar.startswith("ال"):
        f = f[2:]
    if f.endswith("يا") and len(f) > 3:
        return f[:-2] + "ي"
    if f.endswith(("ا", "ه")):
        return f[:-1] + "ي"
    if f.endswith("ي"):
        return f
    return f + "ي"


def build_nationalities(out: Path = NATIONALITIES) -> int:
    """Write ``{adjective: {name, name_ar, iso3, aliases}}`` for nationality adjectives → country actors."""
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    countries: dict[str, tuple[str, str]] = {
        code: (_EN_NAMES.get(code, en[code]), _AR_NAMES.get(code, name))
        for code, name in ar.items()
        if re.fullmatch(r"[A-Z]{2}", code) and code in en and " " not in _AR_NAMES.get(code, name)
        or code in _AR_NAMES
    }
    countries.update(_EXTRA)
    table: dict[str, dict[str, Any]] = {}

    def record(code: str) -> dict[str, Any]:
        import pycountry

        name, name_ar = countries[code]
        found = pycountry.countries.get(alpha_2=code)
        return {"name": name, "name_ar": name_ar, "iso3": found.alpha_3 if found else code,
                "aliases": _ALIASES.get(code, [])}

    for code, (_name, name_ar) in sorted(countries.items()):
        adj = adjective_of(name_ar)
        if adj not in _ADJ_STOP and adj not in _ADJ_OVERRIDES and len(adj) >= 3 and " " not in adj:
            table[adj] = record(code)
    for adj, code in _ADJ_OVERRIDES.items():
        if code and code in countries:
            table[adj] = record(code)
    # A country with no one-word adjective (كوريا الشمالية) is still known by name, keyed by it.
    known = {r["name"] for r in table.values()}
    for code, (name, name_ar) in sorted(countries.items()):
        if name not in known and code in _AR_NAMES:
            table[fold(name_ar)] = record(code)
    out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    return len(table)
