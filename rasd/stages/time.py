"""The time stage: time expressions (TIMEX3) and the publication date they imply.

Detects expressions (``timex_rules``), infers ``doc.published`` from the priors
and the constraints in the text (``pubdate``), then resolves every expression
against the chosen day (``timex_resolve``): ``أمس الخميس`` → the day before.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rasd.config import Config
from rasd.document import Document, Timex
from rasd.stages import pubdate
from rasd.stages.timex_resolve import resolve
from rasd.stages.timex_rules import TimexSpec, detect

_RANGE_GLUE = re.compile(r"^\s*(?:-|–|/|إلى|الى|إلي|حتى|حتي)\s*$")

# Expressions whose value does not depend on the anchor are surer than relative ones.
_ABSOLUTE_KINDS = ("date", "ref", "duration", "set")


class TimeStage:
    """Timexes + publication date: ``"حذر أمس الخميس"`` (declared 2022-10-21) → DATE 2022-10-20."""

    name: ClassVar[str] = "rasd.time.v1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("timexes", "published")

    def __init__(self, config: Config):
        settings = config.section("time")
        self.years_back = int(settings.get("search_years_back", 4))
        self.max_candidates = int(settings.get("max_candidates", 10))
        self.use_roles = bool(settings.get("use_roles", True))

    def __call__(self, doc: Document) -> None:
        specs = detect(doc.text)
        entities = doc.entities
        if not self.use_roles:
            doc.entities = []
        try:
            result = pubdate.infer(doc, specs, years_back=self.years_back, max_candidates=self.max_candidates)
        finally:
            doc.entities = entities
        doc.published = result.published
        doc.flags.extend(result.flags)
        anchor_conf = result.published.confidence if result.anchor else 0.0
        values = order_ranges(doc.text, specs, [resolve(s, result.anchor) for s in specs])
        timexes = []
        for spec, value in zip(specs, values, strict=True):
            absolute = spec.kind in _ABSOLUTE_KINDS and not (spec.kind == "date" and spec.fields.get("year") is None
                                                            and not spec.fields.get("hyear"))
            conf = 0.9 if absolute else round(0.9 * max(anchor_conf, 0.3), 4) if value else 0.3
            timexes.append(Timex(spec.start, spec.end, type=spec.type, value=value, confidence=conf))
        doc.timexes = timexes


def order_ranges(text: str, specs: list[TimexSpec], values: list[str | None]) -> list[str | None]:
    """The end of a range without a year (من 27 ماي إلى 27 جوان) falls after its start: move it a year on."""
    out = list(values)
    for i in range(1, len(specs)):
        a, b = specs[i - 1], specs[i]
        va, vb = out[i - 1], out[i]
        if not va or not vb or b.kind != "date" or b.fields.get("year") or b.fields.get("hijri"):
            continue
        if len(va) != len(vb) or not va[:4].isdigit() or not vb[:4].isdigit() or not _RANGE_GLUE.match(text[a.end:b.start]):
            continue
        if vb < va:
            out[i] = f"{int(vb[:4]) + 1:04d}{vb[4:]}"
    return out
