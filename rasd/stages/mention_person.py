"""Person names the tagger cut short: a word right next to a PER span that is plainly part of the name.

An ANERcorp-trained tagger often stops a name one word early or starts it one word late when a
part of it is new to it (``[هورست] كوبل``، ``طلعت [زكريا]``، ``[مبارك] بوصوفة``). Which neighbours
belong is decided by corpus evidence only, never by a list of people:

- after the span, a word the news tagger (``rasd.train.autolex``) tags as a person most of the time
  (أحمد، زكريا);
- before the span, the same (طلعت).

Not rare words (a transliterated surname the news never saw, كوبل، بوصوفة): at most 5 occurrences
in the news and never auto-tagged also lets in inflected verbs and adjectives (``[طالباني] متضامنا``،
``[الخور] قابعا``); ANERcorp dev fell 0.769 -> 0.766.

The neighbour must be untagged, joined to the span by a space only, carry no proclitic (a و opens the
next name of a list: كاسياس وراموس), and be none of a title, a nationality adjective or a function word.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rasd.arabic.normalize import fold
from rasd.document import Mention, Token
from rasd.stages.mention_rules import taken_chars

# autolex share of PER (over the word's occurrences in the auto-tagged news) and how often it was seen.
PER_SHARE = 0.6
MIN_SEEN = 10
MAX_RIGHT = 2  # words added after a span: [أشرف غاني] أحمد ضاي


def _arabic_word(w: str) -> bool:
    return len(w) >= 2 and all("\u0621" <= c <= "\u064A" for c in w)


def person_name_extension(text: str, tokens: Sequence[Token], mentions: list[Mention],
                          autolex: Mapping[str, tuple[float, ...]], count: Callable[[str], int],
                          not_a_name: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with PER spans run on over the neighbours described above, sorted.

    ``autolex``: folded word → (PER, LOC, ORG, MISC) shares; ``count``: folded word → corpus count;
    ``not_a_name(folded)``: titles, nationality adjectives and function words."""
    if not tokens or not any(m.label == "PER" for m in mentions):
        return mentions
    taken = taken_chars(text, mentions)
    first_of = {t.base_start: k for k, t in enumerate(tokens)}
    last_of = {t.end: k for k, t in enumerate(tokens)}
    n = len(tokens)

    def plain(k: int) -> str | None:
        """Token ``k``'s folded word when it is an untagged Arabic word with no proclitic, else None."""
        t = tokens[k]
        if t.base_start != t.start or any(taken[t.start:t.end]):
            return None
        w = fold(text[t.start:t.end])
        return w if _arabic_word(w) and not not_a_name(w) else None

    def joined(a: int, b: int) -> bool:  # tokens a and b = a + 1 separated by spaces only
        gap = text[tokens[a].end:tokens[b].start]
        return bool(gap) and gap.strip(" ") == ""

    def person_word(w: str) -> bool:
        shares = autolex.get(w)
        return shares is not None and shares[0] >= PER_SHARE and count(w) >= MIN_SEEN

    out = []
    changed = False
    for m in mentions:
        a, b = first_of.get(m.start), last_of.get(m.end)
        if m.label != "PER" or a is None or b is None:
            out.append(m)
            continue
        start, end = m.start, m.end
        k = b + 1
        while k < n and k - b <= MAX_RIGHT and joined(k - 1, k):
            w = plain(k)
            if w is None or not person_word(w):
                break
            end = tokens[k].end
            k += 1
        if a > 0 and tokens[a].base_start == tokens[a].start and joined(a - 1, a):
            t = tokens[a - 1]
            w = fold(text[t.base_start:t.end])
            if not any(taken[t.start:t.end]) and _arabic_word(w) and not not_a_name(w) and person_word(w):
                start = t.base_start
        if (start, end) != (m.start, m.end):
            m = Mention(start, end, label="PER", entity=m.entity, confidence=m.confidence)
            taken[start:end] = b"\x01" * (end - start)
            changed = True
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end)) if changed else mentions
