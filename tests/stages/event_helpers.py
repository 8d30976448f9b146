"""Hand-built documents for the events and claims tests: tokens from the text stage,
mentions and timexes placed by hand (no model is loaded)."""

from __future__ import annotations

from rasd.config import load_config
from rasd.document import Document, Entity, Mention, Timex
from rasd.stages.text import TextStage


def make_doc(text: str, mentions: list[tuple[str, str]] = (), timexes: list[tuple[str, str]] = ()) -> Document:
    """``mentions``: (surface, label) in order of appearance; equal surfaces share an entity."""
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    pos = 0
    ids: dict[str, str] = {}
    for surface, label in mentions:
        start = text.index(surface, pos)
        pos = start + len(surface)
        if surface not in ids:
            ids[surface] = f"e{len(ids) + 1}"
            doc.entities.append(Entity(id=ids[surface], name=surface, type=label, name_ar=surface))
        doc.mentions.append(Mention(start, start + len(surface), label=label, entity=ids[surface]))
    for surface, value in timexes:
        start = text.index(surface)
        doc.timexes.append(Timex(start, start + len(surface), type="DATE", value=value))
    return doc


def names(doc: Document, ids: list[str] | str | None) -> set[str]:
    """Arabic names of entity ids (their ``name_ar``)."""
    if ids is None:
        return set()
    ids = [ids] if isinstance(ids, str) else ids
    return {doc.entity(i).name_ar for i in ids}
