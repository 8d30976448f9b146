"""Article text → safe HTML with highlighted span layers, built server-side.

The original text is escaped piece by piece; overlapping or crossing spans are
handled by closing and reopening elements at every boundary, so the output is
always well-nested HTML whatever the layers contain.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup

from rasd.document import Document


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``[start, end)`` with CSS classes, data attributes and a trailing note.

    ``note`` (an event's code, a timex's value) is shown once, after the span's last character.
    """

    start: int
    end: int
    classes: tuple[str, ...]
    attrs: tuple[tuple[str, str], ...] = field(default=())
    note: str | None = None


def _open(mark: Mark) -> str:
    parts = [f'<span class="{escape(" ".join(mark.classes))}"']
    for key, value in mark.attrs:
        # Attribute names are ours; values may come from the article: escape them.
        parts.append(f' {key}="{escape(value, quote=True)}"')
    return "".join(parts) + ">"


def render_marks(text: str, marks: list[Mark]) -> Markup:
    """Escape ``text`` and wrap each mark's characters in ``<span>``s; nested or crossing marks are split.

    >>> str(render_marks("قال <b>", [Mark(0, 3, ("cue",))]))
    '<span class="cue">قال</span> &lt;b&gt;'
    """
    n = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= n]
    # Outer (earlier start, later end) marks first, so they open first and close last.
    order = {id(m): i for i, m in enumerate(sorted(valid, key=lambda m: (m.start, -m.end)))}
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    for m in valid:
        starts[m.start].append(m)
        ends[m.end].append(m)
    bounds = sorted({0, n, *starts, *ends})
    out: list[str] = []
    stack: list[Mark] = []
    # A sweep over the boundaries: the marks covering [pos, next boundary).
    active: dict[int, Mark] = {}
    for i, pos in enumerate(bounds):
        for m in ends.get(pos, ()):
            active.pop(id(m), None)
        for m in starts.get(pos, ()):
            active[id(m)] = m
        keep = 0
        while keep < len(stack) and id(stack[keep]) in active:
            keep += 1
        for m in reversed(stack[keep:]):
            if m.note is not None and m.end == pos:
                out.append(f'<sup class="note" aria-hidden="true">{escape(m.note)}</sup>')
            out.append("</span>")
        del stack[keep:]
        opened = {id(m) for m in stack}
        # Marks ending later open outside, so they need fewer splits.
        for m in sorted((m for k, m in active.items() if k not in opened), key=lambda m: (-m.end, order[id(m)])):
            out.append(_open(m))
            stack.append(m)
        if i + 1 < len(bounds):
            out.append(escape(text[pos:bounds[i + 1]]))
    return Markup("".join(out))


def document_marks(doc: Document) -> list[Mark]:
    """The marks of every layer of ``doc``: mentions, timexes, event triggers, claims and flags."""
    names = {e.id: (e.name_ar or e.name) for e in doc.entities}
    marks: list[Mark] = []
    for m in doc.mentions:
        label = m.label if m.label in ("PER", "ORG", "LOC", "MISC") else "MISC"
        attrs = [("data-layer", "mention"), ("data-label", label), ("title", label)]
        if m.entity:
            attrs += [("data-entity", m.entity), ("title", f"{label} · {names.get(m.entity, m.entity)}")]
        marks.append(Mark(m.start, m.end, ("hl", "mention", f"mention-{label}"), _dedupe(attrs)))
    for t in doc.timexes:
        title = f"{t.type} → {t.value}" if t.value else t.type
        marks.append(Mark(t.start, t.end, ("hl", "timex"),
                          (("data-layer", "timex"), ("data-value", t.value or ""), ("title", title)), note=t.value))
    for e in doc.events:
        actors = " ← ".join(filter(None, [", ".join(names.get(a, a) for a in e.source),
                                          ", ".join(names.get(a, a) for a in e.target)]))
        title = " · ".join(filter(None, [e.code, e.cameo and f"CAMEO {e.cameo}", e.modality, e.date, actors]))
        marks.append(Mark(e.trigger.start, e.trigger.end, ("hl", "event"),
                          (("data-layer", "event"), ("data-code", e.code), ("data-event", e.id), ("title", title)),
                          note=e.code))
    for c in doc.claims:
        speaker = names.get(c.speaker, c.speaker) if c.speaker else "?"
        title = f"{speaker} · {c.stance}"
        marks.append(Mark(c.cue.start, c.cue.end, ("hl", "claim-cue"),
                          (("data-layer", "claim"), ("data-stance", c.stance), ("title", title))))
        if c.content is not None:
            marks.append(Mark(c.content.start, c.content.end, ("claim-content", f"stance-{_slug(c.stance)}"),
                              (("data-layer", "claim-content"), ("title", title))))
    for f in doc.flags:
        for s in f.spans:
            marks.append(Mark(s.start, s.end, ("hl", "flag"),
                              (("data-layer", "flag"), ("data-kind", f.kind), ("title", f"{f.kind}: {f.message}"))))
    return marks


def highlight_document(doc: Document) -> Markup:
    """The article's text as safe HTML with all its layers highlighted."""
    return render_marks(doc.text, document_marks(doc))


def _dedupe(attrs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Keep the last value of each attribute name, in first-seen order."""
    seen: dict[str, str] = {}
    for k, v in attrs:
        seen[k] = v
    return tuple(seen.items())


def _slug(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum() or ch == "-")[:20] or "other"
