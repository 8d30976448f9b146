"""The document model: original text plus typed layers of character spans.

The text is never modified. Every layer refers to it by ``[start, end)`` offsets;
a span's text is always sliced from ``Document.text``. Stages add layers; they
never rewrite what earlier stages wrote.

The JSON form is the public contract of DESIGN.md (``schema_version`` 1):
``Document.to_dict()`` / ``Document.from_dict()`` round-trip without pickle.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1

MENTION_LABELS = ("PER", "ORG", "LOC", "MISC")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
PLOVER_CODES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "reported", "denied", "alleged", "planned", "warned")
STANCES = ("assert", "deny", "accuse", "warn", "promise", "other")
BLOCK_KINDS = ("dateline", "headline", "caption", "subheading", "paragraph", "byline")


@dataclass
class Span:
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass
class Sentence(Span):
    pass


@dataclass
class Token(Span):
    """A word with its clitic split points.

    ``[start, base_start)`` holds the proclitics و ف ب ك ل (outside a name),
    ``[base_start, stem_start)`` the article ال (inside a name), and
    ``[stem_end, end)`` a pronoun suffix. ``norm`` is the folded form of the
    whole word. Example: ``وبالوزارة`` → و+ب | ال | وزارة.
    """

    norm: str = ""
    base_start: int = -1
    stem_start: int = -1
    stem_end: int = -1

    def __post_init__(self) -> None:
        if self.base_start < 0:
            self.base_start = self.start
        if self.stem_start < 0:
            self.stem_start = self.base_start
        if self.stem_end < 0:
            self.stem_end = self.end


@dataclass
class Block(Span):
    """A layout unit: dateline, headline, caption, subheading, paragraph, byline."""

    kind: str = "paragraph"
    duplicate_of: int | None = None  # index of an earlier identical block


@dataclass
class Mention(Span):
    label: str = "MISC"
    entity: str | None = None
    confidence: float = 1.0


@dataclass
class Entity:
    id: str
    name: str
    type: str
    kb: str | None = None
    name_ar: str | None = None
    country: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Timex(Span):
    type: str = "DATE"
    value: str | None = None
    confidence: float = 1.0


@dataclass
class Event:
    id: str
    code: str
    trigger: Span
    cameo: str | None = None
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    modality: str = "asserted"
    attributed_to: str | None = None
    sentence: int | None = None
    confidence: float = 1.0


@dataclass
class Claim:
    speaker: str | None
    cue: Span
    content: Span | None = None
    stance: str = "assert"
    evidence: str | None = None
    confidence: float = 1.0


@dataclass
class Flag:
    kind: str
    spans: list[Span]
    message: str
    message_ar: str | None = None
    suggestion: str | None = None
    confidence: float = 1.0


@dataclass
class Published:
    """The inferred publication date.

    ``date`` is always a full ISO day (the best candidate), as the contract
    checker requires; ``precision`` says what the evidence really supports
    (``day``, ``month`` or ``year``) and ``value`` is the TIMEX3 form at that
    precision (``2022-10``), with ``candidates`` the days still possible.
    """

    date: str | None = None
    confidence: float = 0.0
    candidates: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    precision: str | None = None
    value: str | None = None


@dataclass
class Meta:
    source: str | None = None
    url: str | None = None
    title: str | None = None
    declared_date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# The layers the JSON contract names, with their element types, in output order.
_SPAN_LAYERS: dict[str, type] = {
    "sentences": Sentence,
    "tokens": Token,
    "blocks": Block,
    "mentions": Mention,
    "timexes": Timex,
}


@dataclass
class Document:
    """An article: untouched ``text`` plus layers added by stages.

    >>> doc = Document(id="a1", text="قال الرئيس")
    >>> doc.slice(Span(0, 3))
    'قال'
    """

    id: str
    text: str
    meta: Meta = field(default_factory=Meta)
    published: Published = field(default_factory=Published)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    # Which registered stage versions produced this document, in run order.
    pipeline: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ access
    def slice(self, span: Span) -> str:
        """The original characters of ``span``."""
        return self.text[span.start:span.end]

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        # An id index rebuilt whenever the list is replaced or grows: stages look
        # entities up per mention and per event, and a linear scan is quadratic.
        cached = self.__dict__.get("_entity_index")
        if cached is None or cached[0] is not self.entities or cached[1] != len(self.entities):
            index: dict[str, Entity] = {}
            for ent in self.entities:
                index.setdefault(ent.id, ent)
            cached = (self.entities, len(self.entities), index)
            self.__dict__["_entity_index"] = cached
        return cached[2].get(entity_id)

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return None

    # ---------------------------------------------------------- serialisation
    def to_dict(self, *, include_tokens: bool = False) -> dict[str, Any]:
        """The JSON contract of DESIGN.md (plus ``blocks`` and ``pipeline``)."""
        text = self.text
        meta = {
            "source": self.meta.source,
            "url": self.meta.url,
            "title": self.meta.title,
            "declared_date": self.meta.declared_date,
        }
        meta.update(self.meta.extra)
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "text": text,
            "meta": meta,
            "published": asdict(self.published),
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "blocks": [_drop_none(asdict(b)) for b in self.blocks],
            "mentions": [
                {"start": m.start, "end": m.end, "text": text[m.start:m.end], "label": m.label,
                 "entity": m.entity, "confidence": round(m.confidence, 4)}
                for m in self.mentions
            ],
            "entities": [asdict(e) for e in self.entities],
            "timexes": [
                {"start": t.start, "end": t.end, "text": text[t.start:t.end], "type": t.type,
                 "value": t.value, "confidence": round(t.confidence, 4)}
                for t in self.timexes
            ],
            "events": [_event_dict(e, text) for e in self.events],
            "claims": [_claim_dict(c, text) for c in self.claims],
            "flags": [_flag_dict(f, text) for f in self.flags],
            "pipeline": list(self.pipeline),
        }
        if include_tokens:
            out["tokens"] = [asdict(t) for t in self.tokens]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from its contract JSON (inverse of ``to_dict``)."""
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r} (this rasd reads {SCHEMA_VERSION})")
        meta_in = dict(data.get("meta") or {})
        meta = Meta(
            source=meta_in.pop("source", None),
            url=meta_in.pop("url", None),
            title=meta_in.pop("title", None),
            declared_date=meta_in.pop("declared_date", None),
            extra=meta_in,
        )
        doc = cls(id=str(data["id"]), text=data["text"], meta=meta,
                  published=_build(Published, data.get("published") or {}),
                  pipeline=list(data.get("pipeline") or []))
        for layer, typ in _SPAN_LAYERS.items():
            setattr(doc, layer, [_build(typ, item) for item in data.get(layer) or []])
        doc.entities = [_build(Entity, e) for e in data.get("entities") or []]
        doc.events = [
            _build(Event, {**e, "trigger": Span(e["trigger"]["start"], e["trigger"]["end"])})
            for e in data.get("events") or []
        ]
        doc.claims = [
            _build(Claim, {**c, "cue": Span(c["cue"]["start"], c["cue"]["end"]),
                           "content": Span(c["content"]["start"], c["content"]["end"]) if c.get("content") else None})
            for c in data.get("claims") or []
        ]
        doc.flags = [
            _build(Flag, {**f, "spans": [Span(s["start"], s["end"]) for s in f.get("spans") or []]})
            for f in data.get("flags") or []
        ]
        return doc


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _span_dict(span: Span | None, text: str) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": text[span.start:span.end]}


def _event_dict(e: Event, text: str) -> dict[str, Any]:
    d = asdict(e)
    d["trigger"] = _span_dict(e.trigger, text)
    d["confidence"] = round(e.confidence, 4)
    return d


def _claim_dict(c: Claim, text: str) -> dict[str, Any]:
    d = asdict(c)
    d["cue"] = _span_dict(c.cue, text)
    d["content"] = _span_dict(c.content, text)
    d["confidence"] = round(c.confidence, 4)
    return d


def _flag_dict(f: Flag, text: str) -> dict[str, Any]:
    d = asdict(f)
    d["spans"] = [_span_dict(s, text) for s in f.spans]
    d["confidence"] = round(f.confidence, 4)
    return d


def _build(typ: type, data: dict[str, Any]) -> Any:
    """Construct a dataclass from a dict, ignoring keys it does not declare
    (derived keys such as a span's ``text``)."""
    names = {f.name for f in fields(typ)}
    return typ(**{k: v for k, v in data.items() if k in names})
