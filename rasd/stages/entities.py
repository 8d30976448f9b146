"""The entities stage: one entity per real actor in an article, linked to the knowledge base.

Mentions are grouped (``cluster_mentions``), each group is linked to a KB entry
by alias, loose spelling or fuzzy match, weighed by context (type, titles and
nationality adjectives around the names, roles valid at the article date), and
groups linked to the same entry merge. Unlinked groups become document-local
entities (``kb`` null). Titles in the text (``وزير الدفاع الروسي سيرجي شويجو``)
set the entity's ``role`` and ``country`` for this article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Any, ClassVar

from rasd.arabic.lexicon import restore_article
from rasd.config import Config
from rasd.document import Document, Entity, Mention
from rasd.kb.aliases import key, strip_proclitic
from rasd.kb.base import Candidate, KnowledgeBase, prior, role_valid
from rasd.kb.geo import ARAB_STATES
from rasd.kb.load import configured_kb_files, load_kb
from rasd.kb.titles import Title, title_after, title_before, title_table, words
from rasd.stages.coref import MINISTRIES, actor_for_phrase, cluster_mentions, doc_date, resolve_title, resolve_titles

# Mention label → entry types it may link to, with a factor (a country tagged ORG is still Russia).
_TYPE_FIT = {
    "PER": {"PER": 1.0},
    "LOC": {"LOC": 1.0, "ORG": 0.7},
    "ORG": {"ORG": 1.0, "LOC": 0.75},
    "MISC": {"MISC": 1.0, "ORG": 0.7, "LOC": 0.6, "PER": 0.5},
}
_WINDOW = 80  # characters searched for a title before or after a name
# Words before a place name that make it the city, not the country (بالعاصمة تونس، محافظة عدن).
# (العاصمة تونس is Tunis; عاصمة روسيا البيضاء is still Belarus.)
_CITY_CUES = frozenset(key(w) for w in ("العاصمة", "مدينة", "المدينة", "محافظة", "ولاية", "والي", "بلدية", "عمدة"))
# Words before a place name that make it an organisation named after the place (فريق برشلونة، صحيفة الرياض).
_ORG_CUES = frozenset(key(w) for w in ("فريق", "نادي", "النادي", "منتخب", "صحيفة", "جريدة", "مجلة", "موقع", "قناة",
                                       "وكالة", "شركة", "إذاعة", "تلفزيون"))
_QUOTES_OPEN = "\"“«'‘"
# Time words a tagger sometimes glues to a name (منظمة الصحة العالمية اليوم).
_TIME_WORDS = frozenset(key(w) for w in ("اليوم", "أمس", "غدا", "الليلة", "السبت", "الأحد", "الاثنين", "الإثنين",
                                         "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "صباح", "مساء"))


class EntitiesStage:
    """Link mentions to the KB and resolve them into entities: ``شويغو`` and ``سيرجي شويجو`` → one Shoigu."""

    name: ClassVar[str] = "rasd.entities.v1"
    requires: ClassVar[tuple[str, ...]] = ("mentions", "tokens", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, config: Config):
        s = config.section("entities")
        self.threshold: float = float(s.get("min_link_score", 0.55))
        self.fuzzy: bool = bool(s.get("fuzzy", True))
        self._kb_files = configured_kb_files(s)
        self.kb: KnowledgeBase = load_kb(self._kb_files)

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the KB (Dask ships stages to workers); it reloads from the same files."""
        state = dict(self.__dict__)
        state["kb"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.kb = load_kb(self._kb_files)

    # ---------------------------------------------------------------- run
    def __call__(self, doc: Document) -> None:
        if not doc.mentions:
            return
        date = doc_date(doc)
        mentions = doc.mentions
        per_ends = sorted(m.end for m in mentions if m.label == "PER")
        titles = [self._title(doc, m, per_ends) if m.label == "PER" else None for m in mentions]
        clusters = cluster_mentions(doc, mentions, self._is_place_name,
                                    lambda t: any(c.how == "alias" for c in self.kb.lookup(t, fuzzy=False)))
        first = [self._link(doc, [mentions[i] for i in c], [titles[i] for i in c], date) for c in clusters]
        # Second pass: places are read in the light of the countries the article is about
        # (عمان in an article on Jordan is Amman, not Oman).
        about = Counter(e["country"] for c in first if c and (e := self.kb.get(c.id)) and e.get("country"))
        links: list[tuple[list[int], Candidate | None]] = []
        for members, prev in zip(clusters, first, strict=False):
            own = self.kb.get(prev.id) if prev else None
            ctx = about.copy()
            if own and own.get("country"):
                ctx[own["country"]] -= 1
            links.append((members, self._link(doc, [mentions[i] for i in members], [titles[i] for i in members],
                                              date, {c for c, n in ctx.items() if n > 0})))
        # Groups linked to the same entry are one actor (شويجو / سيرغي شويغو).
        by_kb: dict[str, list[int]] = {}
        groups: list[tuple[list[int], Candidate | None]] = []
        for members, cand in links:
            if cand is not None and cand.id in by_kb:
                by_kb[cand.id].extend(members)
                continue
            if cand is not None:
                by_kb[cand.id] = members
            groups.append((members, cand))
        groups.sort(key=lambda g: min(mentions[i].start for i in g[0]))
        starts = [t.start for t in doc.tokens]
        for members, cand in groups:
            members.sort()
            ent = self._entity(doc, [mentions[i] for i in members], [titles[i] for i in members], cand, date,
                               starts)
            for i in members:
                mentions[i].entity = ent.id

    # ------------------------------------------------------------ context
    def _name_start(self, doc: Document, m: Mention) -> int:
        """Where the name proper starts inside a mention the tagger widened (``الأوكراني فلوديمير زيلينسكي``)."""
        table = title_table()
        pos = m.start
        for w, _, e in words(doc.text[m.start:m.end], m.start)[:-1]:
            if w in self.kb.adjectives or w in table:
                pos = e
            else:
                break
        while pos < m.end and doc.text[pos].isspace():
            pos += 1
        return pos

    def _title(self, doc: Document, m: Mention, per_ends: list[int]) -> Title | None:
        """A title right before a person's name (or in apposition right after it)."""
        si = doc.sentence_index(m.start)
        lo = doc.sentences[si].start if si is not None else 0
        hi = doc.sentences[si].end if si is not None else len(doc.text)
        start = max(lo, m.start - _WINDOW)
        # Stop at an earlier person's name: its title is not ours (places may sit inside a title:
        # وزير خارجية جمهورية مصر العربية).
        # ``per_ends`` is sorted: one bisection, not a scan of every mention per person (quadratic).
        i = bisect_right(per_ends, m.start) - 1
        if i >= 0 and per_ends[i] > start:
            start = per_ends[i]
        t = title_before(self.kb, doc.text[start:self._name_start(doc, m)], start)
        if t is not None:
            return t
        after = doc.text[m.end:min(hi, m.end + _WINDOW)]
        if after.lstrip().startswith(("،", ",", "-", "–", "(")):
            return title_after(self.kb, after, m.end)
        return None

    def _is_place_name(self, text: str) -> bool:
        """Whether ``text`` is a country, a capital or an organisation by name (``واشنطن``), so never a surname.

        A plain city does not count: after ``لويد أوستن``, ``أوستن`` is the man, not Austin, Texas.
        """
        for c in self.kb.lookup(text, fuzzy=False):
            e = self.kb.get(c.id)
            if c.how == "alias" and e and (e["type"] == "ORG" or e.get("kind") in ("country", "region")
                                           or e.get("capital_of")):
                return True
        return False

    def _keys(self, doc: Document, m: Mention) -> list[str]:
        """Texts to look up for a mention: itself, without a stray proclitic, without a leading title."""
        text = doc.slice(m)
        k = key(text)
        out = [text]
        name_start = self._name_start(doc, m)
        if name_start > m.start:
            out.append(doc.text[name_start:m.end])
        if k not in self.kb and (bare := strip_proclitic(k, self.kb.alias_keys())):
            out.append(bare)
        ws = k.split()
        if len(ws) >= 2 and ws[-1] in _TIME_WORDS:
            out.append(" ".join(ws[:-1]))
        # محمد بن سلمان بن عبدالعزيز ولي ولي (العهد): a title the tagger ran into.
        if m.label == "PER":
            heads = {t.split()[0] for t in title_table()}
            cut = next((i for i in range(2, len(ws)) if ws[i] in heads), None)
            core = ws[:cut] if cut else ws
            if cut:
                out.append(" ".join(core))
            # X بن Y بن Z: the name and the father's name are how the KB knows him.
            bins = [i for i, w in enumerate(core) if w == "بن"]
            if len(bins) >= 2:
                out.append(" ".join(core[:bins[1]]))
        # سلمان بن عبدالعزيز آل سعود: the dynasty name is often added to a known name.
        if m.label == "PER" and "ال" in ws[2:]:
            out.append(" ".join(ws[:ws.index("ال", 2)]))
        table = title_table()
        for n in (3, 2, 1):
            if len(ws) > n and " ".join(ws[:n]) in table:
                out.append(" ".join(ws[n:]))
                break
        # A portfolio or generic name completed by the adjective after it: وزارة الدفاع + الأمريكية.
        nxt = doc.text[m.end:m.end + 30].split()
        if nxt and self.kb.adjective_country(nxt[0].strip("،,.")):
            adj = nxt[0].strip("،,.")
            out.append(f"{text} {adj}")
            if k in MINISTRIES:
                out.append(f"وزارة {text} {adj}")
        return out

    def _link(self, doc: Document, ms: list[Mention], titles: list[Title | None], date: str | None,
              about: set[str] | None = None) -> Candidate | None:
        """The best KB entry for a group of mentions, or None when nothing fits well enough."""
        label = cluster_label(doc, ms)
        fit = _TYPE_FIT.get(label, _TYPE_FIT["MISC"])
        text_roles = {t.role for t in titles if t}
        text_countries = {c for t in titles if t for c in t.countries[:1]}
        if label != "PER" and (adj := self._adjective_after(doc, ms)):
            text_countries.add(adj)
        found: dict[str, Candidate] = {}
        seen: set[str] = set()
        # A person named in full somewhere in the article is identified by that full name: a surname
        # alone (الجعفري) must not link بشار الجعفري to another Jaafari.
        full = [m for m in ms if len(key(doc.text[self._name_start(doc, m):m.end]).split()) >= 2]
        for m in (full if label == "PER" and full else ms):
            for text in self._keys(doc, m):
                if text in seen:
                    continue
                seen.add(text)
                for c in self.kb.lookup(text, fuzzy=self.fuzzy):
                    if c.id not in found or c.score > found[c.id].score:
                        found[c.id] = c
        if label == "PER" and not found:
            # الملك سلمان، الأمير متعب: a one-word name is some people's alias only with its title.
            for m, t in zip(ms, titles, strict=True):
                if t is not None and len(key(doc.text[self._name_start(doc, m):m.end]).split()) == 1:
                    titled = key(doc.text[t.start:t.end]) + " " + key(doc.text[self._name_start(doc, m):m.end])
                    for c in self.kb.lookup(titled, fuzzy=False):
                        if c.how == "alias" and (c.id not in found or c.score > found[c.id].score):
                            found[c.id] = c
        if label == "PER" and not any(c.how == "alias" for c in found.values()):
            # A first name mistyped or unknown (حسن شكري for سامح شكري): the surname, only with a title to back it.
            for m in ms:
                ws = key(doc.text[self._name_start(doc, m):m.end]).split()
                if len(ws) >= 2 and (text_roles or text_countries):
                    for c in self.kb.lookup(ws[-1], fuzzy=False):
                        e = self.kb.get(c.id)
                        backed = e and (any(r.get("role") in text_roles for r in e.get("roles", []))
                                        or e.get("country") in text_countries)
                        if c.how == "partial" and c.id not in found and backed:
                            found[c.id] = Candidate(c.id, c.score * 0.6, "surname")
        city_cue = label != "PER" and all(self._word_before(doc, m) in _CITY_CUES for m in ms)
        org_cue = label != "PER" and all(self._names_an_outlet(doc, m) for m in ms)
        best, best_score = None, 0.0
        # A name that is both a country and its capital (تونس، الجزائر) is the country: no context bonus for the city.
        named_countries = {e["country"] for c in found.values() if (e := self.kb.get(c.id)) and e.get("kind") == "country"}
        for c in found.values():
            e = self.kb.get(c.id)
            if e is None or e["type"] not in fit:
                continue
            s = c.score * fit[e["type"]] * min(prior(e), 1.2)
            s += self._context(e, text_roles, text_countries, date)
            if c.how == "partial" and e.get("country") in ARAB_STATES and not (text_roles or text_countries) \
                    and not any(key(doc.slice(m)).startswith("ال") for m in ms):
                # An Arab name word alone (عباس، صالح) is many people's: it needs a title or a country to link
                # (family names with the article, السيسي or الحريري, are distinctive enough).
                s *= 0.6
            if city_cue and e["type"] == "LOC":
                s += 0.3 if e.get("kind") == "city" else -0.5 if e.get("kind") == "country" else 0.0
            if org_cue and e["type"] == "LOC" and e.get("kind") in ("city", "region"):
                continue
            if about and e["type"] == "LOC" and e.get("kind") == "city":
                if e.get("country") in about and e.get("country") not in named_countries:
                    s += 0.15
                elif e.get("country") not in about:
                    # A town in a country the article never goes to is more likely a local namesake
                    # (الرصيفة in Mecca, أونتاريو in Canada); towns the news names often (جنيف) survive this.
                    s -= 0.1
            if s > best_score:
                best, best_score = c, s
        if best is None or best_score < self.threshold:
            return None
        return Candidate(best.id, round(best_score, 4), best.how)

    @staticmethod
    def _context(e: dict[str, Any], roles: set[str], countries: set[str], date: str | None) -> float:
        """Evidence from the article: its titles, nationality adjectives and date."""
        s = 0.0
        if countries:
            s += 0.2 if e.get("country") in countries or any(r.get("country") in countries for r in e.get("roles", [])) else -0.3
        if roles and e.get("roles"):
            if any(r.get("role") in roles for r in e["roles"]):
                s += 0.25
        if date and e.get("roles") and e["type"] == "PER":
            dated = [r for r in e["roles"] if r.get("from") or r.get("to")]
            if dated:
                # Out of office at the article date is evidence against (a namesake), not proof.
                s += 0.15 if any(role_valid(r, date) for r in dated) else -0.25
        return s

    # ------------------------------------------------------------ output
    def _entity(self, doc: Document, ms: list[Mention], titles: list[Title | None],
                cand: Candidate | None, date: str | None, starts: list[int]) -> Entity:
        texts = list(dict.fromkeys(_surface(doc, m, starts) for m in ms))
        longest = max(texts, key=lambda t: (len(key(t).split()), len(t)))
        label = cluster_label(doc, ms)
        title = next((t for t in titles if t), None)
        ent = Entity(id=f"e{len(doc.entities) + 1}", name=longest, type=label, name_ar=longest, aliases=texts)
        while doc.entity(ent.id) is not None:
            ent.id = f"e{int(ent.id[1:]) + 1}"
        entry = self.kb.get(cand.id) if cand else None
        if entry is not None:
            ent.kb = entry["id"]
            ent.name = entry.get("name") or entry.get("name_ar") or longest
            ent.name_ar = entry.get("name_ar") or longest
            ent.type = entry["type"] if entry["type"] in ("PER", "ORG", "LOC", "MISC") else label
            ent.country = entry.get("country")
            ent.roles = [dict(r) for r in entry.get("roles", [])]
            # Without a title in the text: the entry's one role, else the one held at the article date
            # (the declared date may be wrong; the time stage weighs the intervals, not this choice).
            names = list(dict.fromkeys(r.get("role") for r in ent.roles if r.get("role")))
            valid = [r for r in ent.roles if role_valid(r, date)] if date else []
            if len(names) == 1:
                ent.role = names[0]
            elif valid:
                ent.role = valid[0].get("role")
        if title is not None:
            ent.role = title.role if title.role != "minister" or not ent.role else ent.role
            if title.countries:
                ent.country = title.countries[0]
        if ent.country is None and label in ("ORG", "MISC"):
            inside = [iso for w in key(longest).split()[1:] if (iso := self.kb.adjectives.get(w))]
            ent.country = self._adjective_after(doc, ms) or (inside[-1] if inside else None)
            portfolio = key(longest).split()[-1] if key(longest).split() else ""
            if entry is None and ent.country and portfolio in MINISTRIES and len(key(longest).split()) <= 2:
                country = self.kb.country_entry(ent.country)
                ent.name = f"{MINISTRIES[portfolio]} ({country['name'] if country else ent.country})"
        doc.entities.append(ent)
        return ent

    def _names_an_outlet(self, doc: Document, m: Mention) -> bool:
        """A place name used as an organisation's: after فريق/صحيفة…, or quoted after لـ/مع (لـ"الرياض")."""
        if self._word_before(doc, m) in _ORG_CUES:
            return True
        before = doc.text[max(0, m.start - 12):m.start].rstrip()
        if not before or before[-1] not in _QUOTES_OPEN:
            return False
        lead = before[:-1].split()
        return bool(lead) and lead[-1] in ("لـ", "ل", "مع")

    @staticmethod
    def _word_before(doc: Document, m: Mention) -> str:
        """The folded word before a mention, a proclitic stripped (بالعاصمة → العاصمه)."""
        ws = words(doc.text[max(0, m.start - 30):m.start])
        if not ws:
            return ""
        w = ws[-1][0]
        return w[1:] if len(w) > 4 and w[0] in "وفبل" and w[1:3] == "ال" else w

    def _adjective_after(self, doc: Document, ms: list[Mention]) -> str | None:
        """A nationality adjective right after an organisation's name gives its country."""
        for m in ms:
            nxt = doc.text[m.end:m.end + 30].split()
            if nxt and (iso := self.kb.adjective_country(nxt[0].strip("،,."))):
                return iso
        return None


# The helper API later stages call for actors named without a proper name (defined in rasd.stages.coref).
__all__ = ["EntitiesStage", "actor_for_phrase", "resolve_title", "resolve_titles"]


def cluster_label(doc: Document, ms: list[Mention]) -> str:
    """The type of a group of mentions of one actor: the commonest label, but a person's when a full person's
    name is there and the others are only its last word (بريجيت باردو … باردو: the surname, though the
    tagger read it as the Tunisian town each time it stood alone)."""
    label = Counter(m.label for m in ms).most_common(1)[0][0]
    if label == "PER":
        return label
    surnames = {words[-1] for m in ms if m.label == "PER" and len(words := key(doc.text[m.start:m.end]).split()) >= 2}
    if surnames and all(m.label == "PER" or key(doc.text[m.start:m.end]) in surnames for m in ms):
        return "PER"
    return label


def _surface(doc: Document, m: Mention, starts: list[int]) -> str:
    """A mention's text as a name: after the preposition لـ the article's alef is not written
    (للاتحاد العام → الاتحاد العام), so it is put back where the tokenizer found the article.
    ``starts`` are the tokens' start offsets."""
    text = doc.slice(m)
    i = bisect_right(starts, m.start) - 1
    if i < 0 or not text.startswith("ل"):
        return text
    tok = doc.tokens[i]
    if m.start != tok.base_start or not doc.text[tok.start:tok.base_start].endswith("ل"):
        return text
    return restore_article(text)  # للاتحاد is ل + الاتحاد, للبنان ل + لبنان
