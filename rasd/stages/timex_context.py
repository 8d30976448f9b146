"""Context around detected time expressions: clock + day merged, future clauses, quoted "today".

``الساعة 4:30`` + ``فجر الجمعة`` make one TIME; a weekday in a clause with سوف /
سـ+verb / من المقرر reads forward; a bare ``اليوم`` in quoted speech is PRESENT_REF.
"""

from __future__ import annotations

import re

from rasd.arabic.lexicon import word_frequencies
from rasd.stages import timex_patterns as tp
from rasd.stages.timex_spec import TimexSpec

_GLUE = re.compile(r"^\s*(?:من\s+|يوم\s+|,\s*)?$")


def merge_clock_with_day(specs: list[TimexSpec], ft: str) -> list[TimexSpec]:
    """``الساعة 4:30`` + ``فجر الجمعة`` → one TIME on that day."""
    out: list[TimexSpec] = []
    i = 0
    while i < len(specs):
        cur = specs[i]
        nxt = specs[i + 1] if i + 1 < len(specs) else None
        if cur.kind == "clock" and nxt is not None and nxt.kind in ("relday", "weekday", "date") \
                and _GLUE.match(ft[cur.fields["_fspan"][1]:nxt.fields["_fspan"][0]]):
            f = {**nxt.fields, "clock": (cur.fields["hour"], cur.fields["minute"]), "tz": cur.fields.get("tz")}
            f["_fspan"] = (cur.fields["_fspan"][0], nxt.fields["_fspan"][1])
            out.append(TimexSpec(cur.start, nxt.end, "TIME", nxt.kind, f))
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


# Words that put a clause in the future: سوف, غدا, من المقرر, المزمع, المرتقب, يعتزم …
_FUTURE_WORDS = frozenset({
    "سوف", "غدا", "المقرر", "المزمع", "المرتقب", "المرتقبه", "المنتظر", "المنتظره", "المقبل", "المقبله",
    "يعتزم", "تعتزم", "يعتزمون", "ينتظر", "يرتقب", "يتوقع", "ويتوقع", "والمقرر", "المقررة", "المقرره",
})
_FUTURE_AFTER = re.compile(r"^\s+(?:" + "|".join(tp.NEXT_MODS) + r")(?!\w)")


def _future_verb(word: str) -> bool:
    """سـ + imperfect (سيعقد، ستجري): a future verb; سياسة، سيارة، سيرجي are not (the rest is no word)."""
    w = word[1:] if word[:1] in "وف" else word
    if len(w) < 5 or w[0] != "س" or w[1] not in "يتنا":
        return False
    return word_frequencies().count_folded(w[1:]) >= 50


def mark_future(specs: list[TimexSpec], ft: str) -> None:
    """Weekdays and bare dates in a clause with سوف / سـ+verb / غدا / المقبل read forward."""
    for spec in specs:
        if spec.kind not in ("weekday", "date") or spec.fields.get("dir") or spec.fields.get("year"):
            continue
        fs, fe = spec.fields["_fspan"]
        if _FUTURE_AFTER.match(ft[fe:fe + 12]):
            spec.fields["future"] = True
            continue
        clause = re.split(r"[.!?\n,;:]", ft[max(0, fs - 100):fs])[-1]
        words = clause.split()[-8:]
        if any(w in _FUTURE_WORDS or _future_verb(w) for w in words):
            spec.fields["future"] = True


def mark_quoted(specs: list[TimexSpec], ft: str) -> None:
    """A bare اليوم inside quoted speech means "nowadays" (PRESENT_REF), per the guidelines."""
    for spec in specs:
        if spec.kind != "relday" or spec.fields.get("rel") != "اليوم" or spec.fields.get("weekday") is not None \
                or spec.fields.get("part") or spec.fields.get("clock"):
            continue
        fs, _ = spec.fields["_fspan"]
        sent_start = max(ft.rfind(c, 0, fs) for c in ".!?\n") + 1
        before = ft[sent_start:fs]
        quoted = before.count('"') % 2 == 1 or _SPEECH_COLON.search(before) is not None
        if quoted or re.search(r"(?:الي|حتي)\s*$", before):
            spec.kind, spec.type, spec.fields = "ref", "DATE", {"value": "PRESENT_REF", "_fspan": spec.fields["_fspan"]}


_SPEECH_COLON = re.compile(r"\w*(?:قال|قول|ضاف|ردف|تابع|كد|وضح|شار|عتبر|علن|صرح)\w*\s*:")
