"""Arabic normalisation that keeps positions.

Folding rules are data (``charmaps/*.json``), combined into named profiles.
``normalize`` returns the folded text *and* an offset map back to the original,
so a match found in folded text can be highlighted in the original.

>>> n = normalize("أَمْرِيكا")
>>> n.text
'امريكا'
>>> n.original_span(0, 6)
(0, 9)
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# Profiles: which folding tables apply, in order. "search" is what matching,
# search and lexicon look-ups use; "light" keeps letter identity (for display
# and for models that care about ة vs ه).
PROFILES: dict[str, tuple[str, ...]] = {
    "search": (
        "invisible", "ligatures", "diacritics", "tatweel", "alef", "hamza_carriers",
        "alef_maqsura", "ta_marbuta", "persian_letters", "digits", "spaces", "punctuation",
    ),
    "light": ("invisible", "ligatures", "diacritics", "tatweel", "digits", "spaces"),
}


@dataclass(frozen=True)
class Normalized:
    """Folded text plus, for each folded character, its original index.

    ``offsets`` has ``len(text) + 1`` entries; the last is the original length,
    so ``original_span`` works for spans ending at the end of the text.
    """

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` back to original character offsets."""
        first = self.offsets[start]
        if end <= start:
            return first, first
        # The next kept character's position, so diacritics attached to the
        # last letter stay inside; inside an expanded ligature, step one past.
        last = self.offsets[end]
        if last <= self.offsets[end - 1]:
            last = self.offsets[end - 1] + 1
        return first, last


@cache
def load_charmap(name: str) -> dict[str, str]:
    """A folding table by name, from ``rasd/arabic/charmaps/NAME.json``."""
    path = resources.files("rasd.arabic") / "charmaps" / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyError(f"unknown charmap {name!r}: no file charmaps/{name}.json") from None
    return dict(data["map"])


@cache
def _profile_table(profile: str) -> dict[str, str]:
    if profile not in PROFILES:
        raise KeyError(f"unknown normalisation profile {profile!r}; known: {', '.join(PROFILES)}")
    table: dict[str, str] = {}
    for name in PROFILES[profile]:
        for src, dst in load_charmap(name).items():
            table.setdefault(src, dst)
    # Compose: a replacement may itself need folding (e.g. ligature → لأ → لا).
    for src, dst in list(table.items()):
        table[src] = "".join(table.get(c, c) for c in dst)
    return table


def _presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def normalize(text: str, profile: str = "search") -> Normalized:
    """Fold ``text`` by ``profile`` and keep an offset map to the original."""
    table = _profile_table(profile)
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ch)
        if rep is None:
            if _presentation_form(ch):
                rep = "".join(table.get(c, c) for c in unicodedata.normalize("NFKC", ch))
            else:
                rep = ch
        for c in rep:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return Normalized("".join(out), tuple(offsets))


@lru_cache(maxsize=200_000)
def fold(text: str, profile: str = "search") -> str:
    """Folded text only, for keys and look-ups: ``fold("إِسْرائيل") == "اسراييل"``."""
    table = _profile_table(profile)
    chars = []
    for ch in text:
        rep = table.get(ch)
        if rep is None:
            rep = "".join(table.get(c, c) for c in unicodedata.normalize("NFKC", ch)) if _presentation_form(ch) else ch
        chars.append(rep)
    return "".join(chars)


def strip_diacritics(text: str) -> str:
    """Remove harakat and tatweel only: ``strip_diacritics("مُحَمَّد") == "محمد"``."""
    table = {**load_charmap("diacritics"), **load_charmap("tatweel")}
    return "".join(table.get(c, c) for c in text)


# The tanwin of the accusative (ً), which only a noun, an adjective or an adverb takes.
TANWIN_FATH = "\u064b"


# The endings of a nisba adjective as written (حكومي، الوطنية، الوطنيه); the alef maqsura of بدعوى، بردى is none.
NISBA_ENDINGS = ("ي", "ية", "يه")


def ends_in_nisba(word: str) -> bool:
    """True when ``word``, unfolded, ends like a nisba adjective: ``ends_in_nisba("حكومي")``, not ``"بدعوى"``."""
    return word.endswith(NISBA_ENDINGS)


def has_tanwin_fath(word: str) -> bool:
    """True when ``word`` is written with the accusative tanwin, so it is no verb and no name:
    ``has_tanwin_fath("دهساً")`` (a verbal noun), ``has_tanwin_fath("شخصيًا")`` (an adverb)."""
    return TANWIN_FATH in word
