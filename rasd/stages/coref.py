"""In-document coreference helpers: partial names, titles and nominal actors → entities.

``cluster_mentions`` groups a document's mentions (repetitions, surnames of a
full name given earlier or later). ``resolve_title`` and ``actor_for_phrase``
are the API later stages (events, claims) call for actors named without a
proper name: ``وزير الدفاع الأمريكي``, ``القوات الروسية``, ``الوزيرين``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasd.document import Document, Entity, Mention, Span
from rasd.kb.aliases import PROCLITICS, key
from rasd.kb.base import KnowledgeBase, role_valid
from rasd.kb.load import load_kb
from rasd.kb.titles import Title, parse_title, title_table, words

# Nouns that make a nationality phrase an actor, and the sector they name.
SECTORS: dict[str, str] = {key(w): s for w, s in {
    "القوات": "military", "قوات": "military", "الجيش": "military", "جيش": "military",
    "الجنود": "military", "القوات المسلحة": "military", "البحرية": "military", "الطيران": "military",
    "الحكومة": "government", "حكومة": "government", "السلطات": "government", "الدولة": "government",
    "الرئاسة": "government", "الإدارة": "government", "المسؤولون": "government", "المسؤولين": "government",
    "الدبلوماسية": "government", "البرلمان": "legislature", "الشرطة": "police", "الأمن": "police",
    "المخابرات": "intelligence", "الاستخبارات": "intelligence", "وسائل الإعلام": "media", "الإعلام": "media",
    "المعارضة": "opposition",
}.items()}
# Ministries named by their portfolio alone (``أفادت الدفاع الروسية``), English names.
MINISTRIES: dict[str, str] = {key(w): n for w, n in {
    "الدفاع": "Ministry of Defence", "الخارجية": "Ministry of Foreign Affairs",
    "الداخلية": "Ministry of Interior", "العدل": "Ministry of Justice", "المالية": "Ministry of Finance",
    "الصحة": "Ministry of Health", "الطاقة": "Ministry of Energy", "النفط": "Ministry of Oil",
}.items()}
_MINISTRY_HEADS = frozenset(key(w) for w in ("وزارة", "وزارتا", "وزارتي", "وزارات"))


def doc_date(doc: Document) -> str | None:
    """The date roles are checked against: the inferred publication date, else the declared one."""
    return doc.published.date or doc.meta.declared_date


def _kb(kb: KnowledgeBase | None) -> KnowledgeBase:
    return kb if kb is not None else load_kb()


def mention_words(text: str) -> list[str]:
    """Folded words of a name, a stray proclitic on the first word kept (the KB look-up strips it)."""
    return key(text).split()


def cluster_mentions(doc: Document, mentions: list[Mention],
                     known_non_person: Callable[[str], bool] | None = None,
                     known_name: Callable[[str], bool] | None = None) -> list[list[int]]:
    """Indices of ``mentions`` grouped by real actor: same name, or part of a full name (``أوستن`` ⊂ ``لويد أوستن``).

    A one-word person name joins the full name it ends (a surname) or starts (a
    first name, ``هيلاري``), preferring the nearest full name before it: two
    Clintons in one article keep their ``كلينتون`` apart. A one-word name the
    tagger labelled LOC/ORG/MISC joins a person the same way unless
    ``known_non_person`` says it is a place or a body, and an organisation's first
    word alone (``دلتا``) joins the one organisation it starts.
    """
    keys = _canonical_keys([" ".join(mention_words(doc.slice(m))) for m in mentions])
    parent: dict[int, int] = {}
    full = [i for i, m in enumerate(mentions) if m.label == "PER" and len(keys[i].split()) >= 2]
    orgs = [i for i, m in enumerate(mentions) if m.label in ("ORG", "MISC") and len(keys[i].split()) >= 2]
    # Full names by first and by last word: a part of a name shares one of them, so only those are
    # compared (a scan of every full name per mention was quadratic on long texts).
    by_edge: dict[str, list[int]] = {}
    for j in full:
        fw = keys[j].split()
        by_edge.setdefault(fw[0], []).append(j)
        if fw[-1] != fw[0]:
            by_edge.setdefault(fw[-1], []).append(j)
    for i, m in enumerate(mentions):
        words_i = keys[i].split()
        if not words_i:
            continue
        one_word = len(words_i) == 1
        if m.label != "PER":
            if not one_word or known_non_person is None or known_non_person(doc.slice(m)):
                continue
            # دلتا → دلتا إيرلاينز, but تورنتو is the city even beside تورنتو ستار.
            known = known_name is not None and known_name(doc.slice(m))
            org_heads = {keys[j] for j in orgs if keys[j].split()[0] == words_i[0]} if not known else set()
            if len(org_heads) == 1:
                parent[i] = min((j for j in orgs if keys[j] in org_heads), key=lambda j: abs(mentions[j].start - m.start))
                continue
        best = None
        for j in sorted(set(by_edge.get(words_i[0], [])) | set(by_edge.get(words_i[-1], []))):
            longer = keys[j].split()
            if j == i or len(longer) <= len(words_i):
                continue
            tail = longer[-len(words_i):] == words_i
            if tail and longer[-len(words_i) - 1] in _SON_OF and (len(words_i) == 1 or _SON_OF & set(words_i)):
                # سلمان بن عبدالعزيز ⊂ محمد بن سلمان بن عبدالعزيز, سلمان ⊂ محمد بن سلمان: a name with its own lineage,
                # or a lone given name, after بن is the father's, another man (a family name of two words there,
                # قال عبدالوحيد after عبدالله سعود بن عبدالوحيد, is still this one's)
                tail = False
            head = longer[:len(words_i)] == words_i
            if not (tail or head) and not _lineage_dropped(words_i, longer):
                continue
            before = mentions[j].start < m.start
            # Nearest antecedent first, then a later full name; a surname over a first name.
            cost = abs(m.start - mentions[j].start) + (0 if before else 5000) + (0 if tail else 10000)
            if best is None or cost < best[0]:
                best = (cost, j)
        if best is not None:
            parent[i] = best[1]

    def root(i: int) -> int:
        while i in parent:
            i = parent[i]
        return i

    # Same name, same actor: group what is left by label and text, then by root.
    by_name: dict[tuple[str, str], int] = {}
    merged: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        r = root(i)
        if r == i:
            r = by_name.setdefault((_kind(m.label), keys[i]), i)
        merged.setdefault(r, []).append(i)
    # A full name repeated: its copies joined above by name; short names rooted at any copy follow.
    final: dict[int, list[int]] = {}
    for r, members in merged.items():
        rr = by_name.get((_kind(mentions[r].label), keys[r]), r)
        final.setdefault(rr, []).extend(members)
    return sorted((sorted(v) for v in final.values()), key=lambda c: mentions[c[0]].start)


_SON_OF = frozenset(("بن", "ابن"))


def _lineage_dropped(short: list[str], longer: list[str]) -> bool:
    """True when ``short`` is ``longer`` without the father's names between the given name and the family
    name (صالح آل الشيخ ⊂ صالح بن عبدالعزيز بن محمد آل الشيخ), as a second mention so often drops them."""
    n = len(short)
    if n < 2 or len(longer) <= n or short[0] != longer[0] or longer[-(n - 1):] != short[1:]:
        return False
    dropped = longer[1:len(longer) - n + 1]
    return bool(dropped) and dropped[0] in _SON_OF


def _kind(label: str) -> str:
    """Persons apart; a name the tagger calls LOC once and ORG once (آبل) is still one actor."""
    return "PER" if label == "PER" else "NAME"


def _canonical_keys(keys: list[str]) -> list[str]:
    """Keys with a stray proclitic folded onto the article's own spelling of the name.

    ``لاتحاد السوفيتي`` (from للاتحاد) → ``الاتحاد السوفيتي``; ``بالجزائر`` → ``الجزائر`` when the
    article also writes the bare form.
    """
    known = set(keys)
    out = []
    for k in keys:
        if k.startswith("ل") and "ا" + k in known:
            k = "ا" + k
        elif len(k) > 3 and k[0] in PROCLITICS and k[1:] in known:
            k = k[1:]
        out.append(k)
    return out


# --------------------------------------------------------------- helper API
def _holders_in_doc(doc: Document, title: Title, date: str | None) -> list[Entity]:
    """Entities of ``doc`` holding the title's role (as the text or the KB says) for its countries."""
    out = []
    for ent in doc.entities:
        if ent.type != "PER":
            continue
        if title.role == "minister":
            ok = bool(ent.role and "minister" in ent.role)
        else:
            ok = ent.role == title.role or any(
                r.get("role") == title.role and role_valid(r, date) for r in ent.roles)
        if ok and (not title.countries or ent.country in title.countries):
            out.append(ent)
    return out


def _new_entity(doc: Document, entry: dict[str, Any], **override: Any) -> Entity:
    ent = Entity(
        id=f"e{len(doc.entities) + 1}", name=entry.get("name") or entry.get("name_ar") or "",
        type=entry.get("type", "ORG"), kb=entry.get("id"), name_ar=entry.get("name_ar"),
        country=entry.get("country"), aliases=[], roles=[dict(r) for r in entry.get("roles", [])],
    )
    for k, v in override.items():
        setattr(ent, k, v)
    while doc.entity(ent.id) is not None:  # ids stay unique even if another stage added entities
        ent.id = f"e{int(ent.id[1:]) + 1}"
    doc.entities.append(ent)
    return ent


def resolve_titles(doc: Document, span: Span, kb: KnowledgeBase | None = None, create: bool = True) -> list[str]:
    """Entity ids a title phrase refers to: one for ``وزير الدفاع الأمريكي``, two for ``وزيرا الدفاع الأمريكي والروسي``.

    Looks among the document's entities first (the role the text gave them, or a
    KB role valid at the article date); else, with ``create``, adds the KB holder
    of the role at that date as an entity without mentions.
    """
    kb = _kb(kb)
    title = parse_title(kb, doc.text[span.start:span.end], span.start)
    if title is None:
        return []
    ws = [w for w, _, _ in words(doc.text[span.start:span.end])]
    if ws and not ws[-1].startswith("ال") and kb.adjective_country(ws[-1]) and not any(w.startswith("ال") for w in ws):
        return []  # أوضح وزير بريطاني: "a British minister", no one the article or the KB can name
    date = doc_date(doc)
    found = _holders_in_doc(doc, title, date)
    if title.countries:
        out = []
        for iso in title.countries:
            match = [e.id for e in found if e.country == iso]
            if match:
                out.append(match[0])
            elif create and date and title.role != "minister":
                holders = _posted(kb, kb.holders(title.role, iso, date), title.role, title.posting)
                if len(holders) == 1:
                    existing = [e for e in doc.entities if e.kb == holders[0]["id"]]
                    out.append(existing[0].id if existing else _new_entity(doc, holders[0], role=title.role).id)
        return out
    if title.plural:
        # The ones named last before the phrase: الوزيرين after two ministers were named.
        found.sort(key=lambda e: -_last_mention_before(doc, e.id, span.start))
        named = [e for e in found if _last_mention_before(doc, e.id, span.start) >= 0]
        return [e.id for e in (named or found)[: 2 if title.dual else None]]
    if len(found) > 1:
        # وزير الخارجية عادل الجبير … مع وزير الخارجية الإيطالي باولو جينتيلوني … وقال وزير الخارجية: the bare title
        # is not one introduced as a former holder (رئيس البرلمان السابق), and it is the one introduced without a
        # nationality (the home country's) when only one was
        before = {e.id: _word_before_first_mention(doc, e) for e in found}
        found = [e for e in found if before[e.id] not in _FORMER_WORDS] or found
        found = [e for e in found if not _is_adjective(kb, before[e.id])] or found
    return [found[0].id] if len(found) == 1 else []


def _word_before_first_mention(doc: Document, ent: Entity) -> str:
    """The key of the word before the entity's first mention, past an honorific (الأستاذ، الدكتور), or ""."""
    first = min((m.start for m in doc.mentions if m.entity == ent.id), default=None)
    if first is None:
        return ""
    before = [w for w, _, _ in words(doc.text[max(0, first - 40):first])]
    while before and before[-1] in _HONORIFIC_WORDS:
        before.pop()
    return before[-1] if before else ""


def _is_adjective(kb: KnowledgeBase, word: str) -> bool:
    return word.startswith("ال") and kb.adjective_country(word) is not None


_HONORIFIC_WORDS = frozenset(key(w) for w in "الأستاذ الدكتور المهندس الشيخ السيد السيدة الأمير".split())
# Words that make a title's holder a former one (رئيس البرلمان السابق), with the article as after a title.
FORMER_WORDS = ("السابق", "السابقة", "الأسبق", "الاسبق")
_FORMER_WORDS = frozenset(key(w) for w in FORMER_WORDS)


def known_title(doc: Document, span: Span, kb: KnowledgeBase | None = None) -> bool:
    """True when the text of ``span`` is a title the title table knows (وزير الخارجية، رئيس الجمهورية)."""
    return parse_title(_kb(kb), doc.text[span.start:span.end], span.start) is not None


def title_unheld(doc: Document, span: Span, kb: KnowledgeBase | None = None) -> bool:
    """True when the text of ``span`` is a known title (وزير الداخلية، رئيس الجمهورية) and no person of
    ``doc`` holds its role, as the text or the KB says: the office then stands for itself."""
    kb = _kb(kb)
    title = parse_title(kb, doc.text[span.start:span.end], span.start)
    return title is not None and not title.plural and not _holders_in_doc(doc, title, doc_date(doc))


def _last_mention_before(doc: Document, entity_id: str, offset: int) -> int:
    return max((m.start for m in doc.mentions if m.entity == entity_id and m.start < offset), default=-1)


def _posted(kb: KnowledgeBase, holders: list[dict[str, Any]], role: str, posting: str | None) -> list[dict[str, Any]]:
    """Holders of a posted role (an ambassador) narrowed to the posting country when the text names one."""
    if not posting or len(holders) < 2:
        return holders
    place = kb.country_entry(posting)
    name = (place or {}).get("name", posting)
    kept = [h for h in holders if any(r.get("role") == role and name in (r.get("organisation") or "") for r in h["roles"])]
    return kept or holders


def resolve_title(doc: Document, span: Span, kb: KnowledgeBase | None = None, create: bool = True) -> str | None:
    """The entity a singular title phrase refers to (``وزير الدفاع الأمريكي`` → Lloyd Austin's id), or None."""
    ids = resolve_titles(doc, span, kb, create)
    return ids[0] if len(ids) == 1 else None


def _country_entity(doc: Document, kb: KnowledgeBase, iso: str, sector: str | None) -> str | None:
    """The document's entity for a country acting through a sector (military, government…)."""
    entry = kb.country_entry(iso)
    if entry is None:
        return None
    if sector in (None, "government"):
        for ent in doc.entities:
            if ent.kb == entry["id"]:
                return ent.id
        return _new_entity(doc, entry, type="LOC").id
    for ent in doc.entities:
        if ent.kb is None and ent.country == iso and ent.role == sector and ent.name == entry["name"]:
            return ent.id
    # Russia (military): named like the country so "Russia" finds it, told apart by its role.
    return _new_entity(doc, entry, kb=None, type="ORG", role=sector, roles=[]).id


def actor_for_phrase(doc: Document, start: int, end: int, kb: KnowledgeBase | None = None,
                     create: bool = True) -> list[str]:
    """Entity ids for a nominal actor phrase; empty when it names none.

    ``القوات الروسية`` → Russia (military); ``وزارة الدفاع الروسية`` → the Russian
    defence ministry; ``وزير الدفاع الأمريكي`` → the minister; ``الوزيرين`` →
    the two ministers of the article; a phrase holding a linked mention → its entity.
    """
    kb = _kb(kb)
    span = Span(start, end)
    titled = resolve_titles(doc, span, kb, create)
    if titled:
        return titled
    ws = [w for w, _, _ in words(doc.text[start:end])]
    if not ws:
        return []
    ws = [w[1:] if len(w) > 3 and w[0] in PROCLITICS and w[1:2] == "ا" else w for w in ws]
    countries = [iso for w in ws if (iso := kb.adjective_country(w))]
    if ws[0] in _MINISTRY_HEADS and not countries:
        # وزارتا الدفاع في كل روسيا وأوكرانيا: the countries are named, not adjectives.
        countries = [iso for m in doc.mentions if span.contains(m) and m.entity
                     and (e := doc.entity(m.entity)) and e.kb and e.kb.startswith("iso:") and (iso := e.country)]
    leader = _apposed_leader(doc, ws, span)
    if leader is not None:
        return [leader]
    if ws[0] not in _MINISTRY_HEADS and not SECTORS.get(ws[0]):
        for m in doc.mentions:
            if m.entity and span.contains(m):
                return [m.entity]
    if ws[0] in _MINISTRY_HEADS or (ws[0] in MINISTRIES and countries):
        portfolio = ws[1] if ws[0] in _MINISTRY_HEADS and len(ws) > 1 else ws[0]
        name = MINISTRIES.get(portfolio)
        if name and countries:
            return [_ministry_entity(doc, kb, name, portfolio, iso) for iso in countries]
    sector = SECTORS.get(ws[0]) or SECTORS.get(" ".join(ws[:2]))
    if sector and countries and create:
        ids = [eid for iso in countries if (eid := _country_entity(doc, kb, iso, sector))]
        if sector != "government" and len(ids) == 1 and (ent := doc.entity(ids[0])) is not None:
            # Syria (opposition) is named like the state; the phrase that named it (المعارضة السورية)
            # is kept among its aliases so it can be found by what the article calls it.
            phrase = doc.text[start:end].strip()
            if phrase and phrase not in ent.aliases:
                ent.aliases.append(phrase)
        return ids
    return []


LEADER_TITLES = frozenset(key(w) for w in ("زعيم", "زعيمة", "رئيس", "رئيسة", "قائد", "مؤسس", "أمين", "الأمين"))
_ORG_DESCRIPTORS = frozenset(key(w) for w in ("حركة", "تنظيم", "جماعة", "تيار", "جبهة"))


def _org_words(text: str) -> frozenset[str]:
    return frozenset(w for w, _, _ in words(text) if w not in _ORG_DESCRIPTORS)


def _apposed_leader(doc: Document, ws: list[str], span: Span) -> str | None:
    """``زعيم النهضة`` → the person the article introduced as that organisation's head
    (``راشد الغنوشي رئيس حركة النهضة``): a person mention followed by a leader title and
    a mention of the same organisation, the last such before the phrase."""
    if not ws or ws[0] not in LEADER_TITLES:
        return None
    orgs = [m for m in doc.mentions if m.label == "ORG" and span.contains(m)]
    if not orgs:
        return None
    target = _org_words(doc.text[orgs[0].start:orgs[0].end])
    if not target:
        return None
    found = None
    org_mentions = [m for m in doc.mentions if m.label == "ORG"]
    for m in doc.mentions:
        if m.label != "PER" or not m.entity or m.start >= span.start:
            continue
        after = [w for w, _, _ in words(doc.text[m.end:m.end + 40])]
        if not after or after[0] not in LEADER_TITLES:
            continue
        for o in org_mentions:
            if m.end < o.start <= m.end + 40:
                other = _org_words(doc.text[o.start:o.end])
                if other and (other <= target or target <= other):
                    found = m.entity
                break
    return found


def _ministry_entity(doc: Document, kb: KnowledgeBase, name: str, portfolio: str, iso: str) -> str:
    """The document entity for a country's ministry: a KB entry when one exists, else a local one."""
    country = kb.country_entry(iso)
    for adj in [a for a, c in kb.adjectives.items() if c == iso and a.endswith("يه") and not a.startswith("ال")][:2]:
        for cand in kb.lookup(f"وزاره {portfolio} ال{adj}", fuzzy=False)[:1]:
            for ent in doc.entities:
                if ent.kb == cand.id:
                    return ent.id
            return _new_entity(doc, kb.get(cand.id)).id
    label = f"{name} ({country['name'] if country else iso})"
    for ent in doc.entities:
        if ent.name == label:
            return ent.id
    return _new_entity(doc, {"name": label, "type": "ORG", "country": iso}, kb=None,
                       name_ar=doc_portfolio_ar(portfolio, country)).id


def doc_portfolio_ar(portfolio: str, country: dict[str, Any] | None) -> str:
    """An Arabic display name for a ministry: ``وزارة الدفاع (روسيا)``."""
    return f"وزارة {portfolio}" + (f" ({country['name_ar']})" if country else "")


__all__ = ["actor_for_phrase", "cluster_mentions", "doc_date", "resolve_title", "resolve_titles", "title_table"]
