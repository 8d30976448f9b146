"""Names the knowledge base knows, tagged where the statistical tagger missed them.

The CRF learnt from ANERcorp rarely tags movements and groups that were
rare in its training news (داعش، الحوثيين، صندوق النقد الدولي). The curated
knowledge base lists them with their Arabic spellings, so an untagged word
sequence that is exactly one of its organisation or person names becomes a
mention. Descriptor words are dropped when the bare name is also known
(``حركة النهضة`` → ``النهضة``; ``حزب الله`` stays whole), as FORMAT.md asks.

Single words are accepted only when they are a listed spelling (not a
generated variant) and do not look like an adjective (``العربية``).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from rasd.arabic.normalize import fold
from rasd.document import Mention, Token
from rasd.kb.aliases import key
from rasd.kb.base import KnowledgeBase
from rasd.stages.mention_rules import org_running_into, shipped_word_list, taken_chars, token_words

DESCRIPTORS = frozenset(fold(w) for w in (
    "تنظيم", "حركة", "جماعة", "مجموعة", "وكالة", "صحيفة", "حزب", "جبهة", "ميليشيا", "ميليشيات",
))
# Heads a body's name may follow inside its mention (منظمة هيومن رايتس ووتش، شركة أرامكو).
NAMED_BODY_HEADS = DESCRIPTORS | frozenset(fold(w) for w in ("منظمة", "جمعية", "شركة", "مؤسسة"))
TYPES = frozenset({"ORG", "PER"})
KB_CONFIDENCE = 0.65
MAX_WORDS = 5


def _listed(entry: dict) -> set[str]:
    return {key(x) for x in [entry.get("name_ar"), *entry.get("aliases", [])] if x}


def _known(kb: KnowledgeBase, text: str, single: bool, text_key: str | None = None) -> dict | None:
    """The curated ORG/PER entry whose full name ``text`` is, if any (``text_key``: its ``key``, when known)."""
    k = key(text) if text_key is None else text_key
    if not k:
        return None
    if single:
        f = fold(text)
        if len(k) < 4 or f.endswith(("يه", "ي")):  # nisba adjectives: العربية، الروسي
            return None
    for entry in kb.full_name_entries(k):
        if not entry["id"].startswith("rasd:") or entry.get("type") not in TYPES:
            continue
        if single and k not in _listed(entry):
            continue
        return entry
    return None


def known_organisation(kb: KnowledgeBase, text: str) -> bool:
    """Whether ``text`` is the full name of a curated organisation (نداء تونس)."""
    entry = _known(kb, text, False)
    return entry is not None and entry.get("type") == "ORG"


def _used_bare(text: str, tokens: Sequence[Token], first: int, length: int) -> bool:
    """Whether the words ``tokens[first:first+length]`` occur elsewhere not after a descriptor."""
    want = [fold(text[t.base_start:t.end]) for t in tokens[first:first + length]]
    for i in range(len(tokens) - length + 1):
        if i == first:
            continue
        if [fold(text[t.base_start:t.end]) for t in tokens[i:i + length]] == want:
            before = fold(text[tokens[i - 1].base_start:tokens[i - 1].end]) if i > 0 else ""
            if before not in DESCRIPTORS:
                return True
    return False


# The knowledge base last asked about and its names' first words (held, so that no other object can come to
# share its id while the words are kept).
_FIRST_WORDS: list[tuple[KnowledgeBase, frozenset[str]]] = []


def _first_words(kb: KnowledgeBase) -> frozenset[str]:
    """First words of the keys of curated ORG/PER full names, built once per knowledge base: a word no such name
    starts with starts no span worth looking up (most words of an article), which keeps the look-ups off them."""
    if _FIRST_WORDS and _FIRST_WORDS[0][0] is kb:
        return _FIRST_WORDS[0][1]
    words = frozenset(k.split()[0] for k in kb.alias_keys() if k.strip() and any(
        e["id"].startswith("rasd:") and e.get("type") in TYPES for e in kb.full_name_entries(k)))
    _FIRST_WORDS[:] = [(kb, words)]
    return words


def _starts_no_name(first_words: frozenset[str], *keys: str) -> bool:
    """True when none of ``keys`` (one word's keys) opens a curated name (an empty key opens anything)."""
    return all(k and k.split()[0] not in first_words for k in keys)


def _is_word(text: str, tok: Token) -> bool:
    return text[tok.start:tok.end][:1].isalpha()


def _span_key(tokens: Sequence[Token], head_keys: list[str], word_keys: list[str], k: int, length: int) -> str:
    """``key`` of the words ``tokens[k:k+length]`` (only spaces, or nothing, between them) from their keys."""
    parts = [head_keys[k]]
    for i in range(k + 1, k + length):
        parts.append(" " if tokens[i].start > tokens[i - 1].end else "")
        parts.append(word_keys[i])
    return " ".join("".join(parts).split())  # a word keyed empty (ـ) leaves no stray space


def kb_name_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                     kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` plus untagged spans that are a curated organisation or person name."""
    taken = taken_chars(text, mentions)
    added: list[Mention] = []
    trimmed: dict[int, Mention] = {}
    org_ends = {m.end: m for m in mentions if m.label == "ORG"}
    n, k = len(tokens), 0
    # Each token's key once: a span of words with only spaces between them keys as its words' keys
    # joined, so the up to five spans tried at every token need no folding of their own.
    # (A span starts past its first word's proclitics; its later words keep theirs.)
    head_keys = [key(text[t.base_start:t.end]) for t in tokens]  # (key is cached: words repeat)
    word_keys = [key(text[t.start:t.end]) if t.base_start > t.start else head_keys[i]
                 for i, t in enumerate(tokens)]
    first_words = _first_words(kb)

    def run_at(i: int) -> int:
        """How many words (at most ``MAX_WORDS``) from token i on make one phrase, with only spaces between
        them: each span length is then tested once instead of re-checking its words and gaps."""
        r = 0
        while i + r < n and r < MAX_WORDS and _is_word(text, tokens[i + r]):
            r += 1
            if i + r < n and text[tokens[i + r - 1].end:tokens[i + r].start].strip():
                break
        return r

    while k < n:
        hit = None
        # (a word glued to the next, with no space between, keys as one word with it: looked up in full)
        if _starts_no_name(first_words, head_keys[k], word_keys[k]) and not (
                k + 1 < n and tokens[k + 1].start == tokens[k].end and run_at(k) >= 2):
            k += 1
            continue
        for length in range(run_at(k), 0, -1):
            span = tokens[k:k + length]
            start, end = span[0].base_start, span[-1].end
            if any(taken[start:end]):
                # الأمين العام لجامعة الدول العربية نبيل العربي: a curated person's full name an ORG ran on over
                # (looked up by where ORGs end, so that a long text is not scanned once per span)
                org = next((org_ends[t.end] for t in span if t.end in org_ends), None) \
                    if length >= 2 and k > 0 else None
                if org is not None and (any(taken[org.end:end]) or org_running_into([org], start, end,
                                                                                     tokens[k - 1].end) is None):
                    org = None
                entry = _known(kb, text[start:end], False, _span_key(tokens, head_keys, word_keys, k, length)) \
                    if org is not None else None
                if entry is not None and entry["type"] == "PER":
                    trimmed[id(org)] = dataclasses.replace(org, end=tokens[k - 1].end)
                    taken[start:org.end] = bytes(org.end - start)
                    hit = (start, end, "PER", length)
                    break
                continue
            entry = _known(kb, text[start:end], length == 1, _span_key(tokens, head_keys, word_keys, k, length))
            if entry is None and length >= 2 and span[0].base_start > span[0].start:
                # بان كي مون: a name whose first letter the tokenizer read as a proclitic (ب), whole
                entry = _known(kb, text[span[0].start:end], False,
                               _span_key(tokens, word_keys, word_keys, k, length))
                start = span[0].start if entry is not None else start
            if entry is None:
                continue
            if length >= 2 and fold(text[span[0].base_start:span[0].end]) in DESCRIPTORS:
                # Drop the descriptor when the bare name is a name on its own: known to the KB,
                # or used without the descriptor elsewhere in the article (حركة النهضة … النهضة).
                bare_start = span[1].base_start
                if _known(kb, text[bare_start:end], length == 2) is not None or \
                        _used_bare(text, tokens, k + 1, length - 1):
                    start = bare_start
            hit = (start, end, entry["type"], length)
            break
        if hit is None:
            k += 1
            continue
        start, end, label, length = hit
        added.append(Mention(start, end, label, None, KB_CONFIDENCE))
        taken[start:end] = b"\x01" * (end - start)
        k += length
    if trimmed:
        mentions = [trimmed.get(id(m), m) for m in mentions]
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def kb_realign_orgs(text: str, tokens: Sequence[Token], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` with a tagged organisation whose edges are off by a word or two moved onto the curated name
    it overlaps (باللجنة [الدولية للصليب الأحمر نوران] → اللجنة الدولية للصليب الأحمر): the tagger lost the
    name's first word to the proclitics before it and ran on into the person after it."""
    starts = {t.base_start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    out = list(mentions)
    for n, m in enumerate(mentions):
        first, last = starts.get(m.start), ends.get(m.end)
        if m.label != "ORG" or first is None or last is None or _known(kb, text[m.start:m.end], first == last):
            continue  # (الأمم المتحدة is a name of its own, not منظمة الأمم المتحدة cut short)
        best = None
        for a in range(max(0, first - REALIGN_REACH), first + 1):
            for b in range(max(a + 2, last - REALIGN_REACH), min(len(tokens) - 1, last + REALIGN_REACH) + 1):
                if (a, b) == (first, last) or b - a + 1 > MAX_WORDS + 1 or not (a <= last and first <= b):
                    continue
                # only a name the tag started inside of (its first word lost) or ran on past, never one it
                # merely lacks a descriptor or an adjective of (تنظيم داعش، وزارة الدفاع الأمريكية)
                if not (a < first or b < last) or b > last and a == first \
                        or not all(_is_word(text, t) for t in tokens[a:b + 1]) \
                        or fold(text[tokens[a].base_start:tokens[a].end]) in DESCRIPTORS:
                    continue
                start, end = tokens[a].base_start, tokens[b].end
                entry = _known(kb, text[start:end], False)
                if entry is not None and entry["type"] == "ORG" and (best is None or b - a > best[1] - best[0]):
                    best = (a, b, start, end)
        if best is None and fold(text[tokens[first].base_start:tokens[first].end]) in NAMED_BODY_HEADS:
            # [منظمة هيومن رايتس ووتش قوات الأمن] المصرية: after its descriptor, a curated name the tag ran on past
            # into the next body; the descriptor stays as tagged
            for b in range(last - 1, first, -1):
                if b - first <= MAX_WORDS and all(_is_word(text, t) for t in tokens[first + 1:b + 1]):
                    entry = _known(kb, text[tokens[first + 1].base_start:tokens[b].end], first + 1 == b)
                    if entry is not None and entry["type"] == "ORG":
                        best = (first, b, m.start, tokens[b].end)
                        break
        if best is None:
            continue
        _, _, start, end = best
        if any(o is not m and o.start < end and start < o.end for o in mentions):
            continue
        out[n] = Mention(start, end, "ORG", m.entity, m.confidence)
    return out


REALIGN_REACH = 2  # words an organisation's tagged edge may be off by


def _place(kb: KnowledgeBase, text: str) -> bool:
    """Whether the knowledge base knows ``text`` as a place (a country or a geonames town)."""
    return any(c.id.startswith(("geo:", "iso:")) for c in kb.lookup(text))


def kb_proclitic_names(text: str, tokens: Sequence[Token], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` with a tagged name given back the first letter the tokenizer read as a proclitic, when the
    curated knowledge base knows the name with it and not without (ب[ان كي مون] → بان كي مون)."""
    starts = {t.base_start: t for t in tokens}
    out = []
    for m in mentions:
        tok = starts.get(m.start)
        if tok is not None and m.label in TYPES and tok.start < tok.base_start \
                and text[tok.base_start - 1:tok.base_start] in ("ب", "ل") \
                and _known(kb, text[m.start:m.end], " " not in text[m.start:m.end]) is None \
                and _known(kb, text[m.start - 1:m.end], False) is not None:
            m = Mention(m.start - 1, m.end, m.label, m.entity, m.confidence)
        elif tok is not None and m.label == "LOC" and tok.start < tok.base_start and m.end == tok.end \
                and text[tok.base_start - 1:tok.base_start] in ("ب", "ل", "ك") \
                and not kb.lookup(text[m.start:m.end]) and _place(kb, text[m.start - 1:m.end]):
            # ك[ابل] → كابل: a one-word place the knowledge base knows with the letter and not without
            m = Mention(m.start - 1, m.end, m.label, m.entity, m.confidence)
        out.append(m)
    return out


def kb_relabel_misc(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` with a MISC that is exactly a curated organisation's name relabelled ORG: the tagger
    learnt MISC from ANERcorp for what FORMAT.md calls organisations (البيت الأبيض)."""
    out = []
    for m in mentions:
        if m.label == "MISC":
            entry = _known(kb, text[m.start:m.end], " " not in text[m.start:m.end].strip())
            if entry is not None and entry["type"] == "ORG":
                m = Mention(m.start, m.end, "ORG", m.entity, m.confidence)
        out.append(m)
    return out


# Kinds of knowledge-base places whose full name, when the tagger calls it a person, is the place all the same.
_PLACE_KINDS = frozenset(("city", "country"))


def kb_relabel_places(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` with a PER of several words that is exactly a city's or a country's name, and no curated
    person's, relabelled LOC: the kunya أبو makes the tagger read a person in the capital (جمع في العاصمة
    الإماراتية أبو ظبي بين رئيس …). One word stays as tagged: a town's name is often a given name too."""
    out = []
    for m in mentions:
        surface = text[m.start:m.end]
        if m.label == "PER" and " " in surface.strip() and (k := key(surface)):
            entries = kb.full_name_entries(k)
            if any(e.get("kind") in _PLACE_KINDS for e in entries) and not any(e.get("type") == "PER" for e in entries):
                m = Mention(m.start, m.end, "LOC", m.entity, m.confidence)
        out.append(m)
    return out


@functools.cache
def city_names() -> frozenset[str]:
    """Folded city names the news names as towns (``rasd/stages/data/city_names.tsv``, ``rasd train city-names``)."""
    return shipped_word_list("city_names.tsv", "city name list", "city-names")


def kb_city_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus untagged words that are a town the news names as one (وصل إلى الطائف، في صفاقس), which
    the tagger, trained on other countries' news, never saw."""
    names = city_names()
    taken = taken_chars(text, mentions)
    added = []
    bases = token_words(text, tokens).bases
    for k, t in enumerate(tokens):
        if not _is_word(text, t) or any(taken[t.start:t.end]):
            continue
        start, word = t.base_start, bases[k]
        if word not in names and text[start:start + 1] in ("ب", "ل"):
            start += 1  # وبصفاقس: the tokenizer leaves ب on a name it does not know
            word = fold(text[start:t.end])
        if word in names:
            added.append(Mention(start, t.end, "LOC", None, KB_CONFIDENCE))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
