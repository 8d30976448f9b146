"""A person-name lexicon mined from the unlabeled news: full names standing right after a title.

News names a person with a title far more often than with anything else
(النائب منجي الرحوي، وزير الخارجية خميس الجهيناوي، رئيس الحكومة يوسف الشاهد), and a name
the labelled data never shows is still seen this way dozens of times in 12M words. Reading
past the title's complement (الخارجية، مجلس نواب الشعب، التونسي، السابق) to the first word
that is not part of it gives the name's first word; the name runs on over words that are
neither frequent common words nor the start of another title.

A first word that is mostly a common word, a place, a month or a nationality adjective is
rejected (word frequencies and the auto-tagged lexicon of ``rasd.train.autolex``); a name is
kept when seen after a title ``min_count`` times in ``min_docs`` articles. Shipped as
``rasd/models/ner/title_names.tsv.gz`` (``folded name<TAB>count<TAB>articles``), rebuilt by
``rasd train title-names``.

>>> [" ".join(n) for n in title_anchored_names("قال رئيس الحكومة يوسف الشاهد، إن", Vocabulary.empty())]
['يوسف الشاهد']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.arabic.normalize import fold
from rasd.train.gzfile import open_gzip_text

OUTPUT = "title_names.tsv.gz"
# Arabic words and, between them, anything else (punctuation, digits, Latin): a name never spans the latter.
_TOKEN = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u0640\u064B-\u065F\u0670]+|[^\s\u0621-\u064A\u0671-\u06D3]+")
MAX_COMPLEMENT = 5  # words between a title and the name: وزير الشؤون الخارجية التونسي السابق
MAX_NAME = 3  # words of a name: الباجي قائد السبسي
# The frequent-word stop list: the most frequent words the first CRF seldom tags as a person.
STOP_RANK = 1500
STOP_MAX_PER = 0.3
# A word seen this often in the news that the first CRF tags as a name in under 10 % of its occurrences.
COMMON_COUNT = 300
COMMON_MAX_SHARE = 0.1


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


# Titles read from rasd.kb (titles.json phrases and honorifics, the mentions stage's TITLES and the person
# heads among event_actors' AGENT_HEADS), plus the professions the news names people by.
_EXTRA_TITLES = _folded(
    "النائب النائبة نائب نائبة القيادي قيادي الناشط الناشطة المحامي المحامية الإعلامي الإعلامية الصحفي "
    "الصحفية الكاتب الكاتبة الشاعر الروائي الفنان الفنانة الممثل الممثلة المطرب المطربة المخرج المدرب "
    "اللاعب اللاعبة الحارس المهاجم المدافع النجم الخبير المحلل الباحث الأستاذ الأستاذة المعتمد الناطق "
    "المتحدثة الوزير الوزيرة القاضي القاضية الأمين المنسق المدير العضو السيناتور المرشح المرشحة الداعية "
    "سيناتور ممثل مندوب مندوبة زعيم قائد عاهل ملك مدير مديرة أمين مرشد وزير وزيرة رئيس رئيسة سفير سفيرة "
    "مبعوث متحدث ناطق مستشار مستشارة معالي سماحة سعادة فضيلة فخامة سمو"
)
# Heads whose next word is a place, not the holder's name (والي تونس، محافظ خميس مشيط، أمير منطقة الرياض).
_PLACE_HEADS = _folded("أمير والي محافظ عمدة حاكم")
# Nouns that take the next word as their complement inside a title (مجلس نواب الشعب، حركة النهضة، بلدية تونس).
_CONSTRUCT_HEADS = _folded(
    "مجلس حركة حزب هيئة لجنة وزارة حكومة دولة جمهورية مملكة جامعة نادي فريق منتخب اتحاد جمعية شركة بنك مؤسسة "
    "ديوان إدارة مصلحة دائرة قسم كلية معهد مستشفى بلدية مدينة ولاية منطقة محافظة جهة كتلة جبهة تيار ائتلاف "
    "منظمة تنظيم نقابة مكتب مركز وكالة صحيفة قناة إذاعة مجموعة لجان هيئات شؤون خارجية داخلية دفاع عام عامة أركان "
    "عهد وزراء نواب شورى أمة شعب تحرير جيش قوات شرطة أمن مخابرات محكمة قضاء نيابة عن باسم لدى"
)
# Words that never start or continue a name though the frequency test may let them through.
def _calendar_words() -> frozenset[str]:
    """Month names (first word: كانون، تشرين) and weekdays with ال (rasd.arabic.calendar)."""
    from rasd.arabic.calendar import gregorian_months, weekdays

    return frozenset({fold(m.split()[0]) for m in gregorian_months()} | {fold(d) for d in weekdays()})


# Bare weekdays but خميس, which is also a first name (خميس الجهيناوي).
_NEVER_NAME = _calendar_words() | _folded(
    "اثنين ثلاثاء أربعاء جمعة سبت أحد يوم اليوم أمس غدا صباح مساء خلال بعد قبل منذ "
    "قال قالت أكد أكدت أن إن أنه إنه الذي التي الذين كل هذا هذه ذلك تلك عن على في من إلى مع حول ضد بين "
    "عبر لدى دون غير أي أو ثم حيث كما لم لن لا ما قد وقد وقال وأكد وأضاف أضاف أوضح أشار وأشار اعتبر "
    "دولار دينار مليون مليار ألف"
)
# Parts of a name that are frequent words on their own (محمد بن سلمان، عبد الله، أبو مازن).
_NAME_PARTICLES = _folded("بن ابن بنت عبد أبو أبي أم آل")
_ARTICLE = "ال"


@dataclass
class Vocabulary:
    """What the filters know about words (all folded): corpus counts, auto-tagged type shares, title heads."""

    counts: dict[str, int] = field(default_factory=dict)
    # word → (PER, LOC, ORG, MISC) shares of its auto-tagged occurrences (rasd.train.autolex)
    autolex: dict[str, tuple[float, ...]] = field(default_factory=dict)
    frequent: frozenset[str] = frozenset()  # STOP_RANK most frequent words
    titles: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()  # honorifics and modifiers: الشيخ، السابق
    nationality: Callable[[str], bool] | None = None  # is a folded word a nationality adjective (الروسي)
    # Event triggers and the verbs that carry them (اتصالا، تهديدا، يزور، يوجه): news puts them right after
    # a title (تلقى الملك اتصالا هاتفيا، الرئيس يزور موسكو), where the miner would read them as a name.
    event_words: frozenset[str] = frozenset()

    @classmethod
    def empty(cls) -> Vocabulary:
        """Title lists only, no corpus statistics (every frequency test passes)."""
        return cls(titles=title_heads(), complements=complement_words())

    def per_share(self, word: str) -> float:
        shares = self.autolex.get(word)
        return shares[0] if shares else 0.0

    def is_stop(self, word: str) -> bool:
        """A word of ``_NEVER_NAME``, a frequent word the tagger seldom calls a person, an event trigger or
        support verb it seldom calls one, or a common word it (almost) never tags as any name (يبحث، نموذج)."""
        if word in _NEVER_NAME or (word in self.frequent and self.per_share(word) < STOP_MAX_PER):
            return True
        if word in self.event_words and self.per_share(word) < STOP_MAX_PER:
            return True  # اتصالا (هاتفيا)، يزور (موسكو) end the title phrase; سيرجي (لافروف) is mostly a person
        return self.counts.get(word, 0) >= COMMON_COUNT and max(self.autolex.get(word, (0.0,))) < COMMON_MAX_SHARE

    def is_nationality(self, word: str) -> bool:
        return bool(self.nationality and self.nationality(word))


def title_heads() -> frozenset[str]:
    """Folded single-word titles, bare and with the article."""
    from rasd.kb.titles import honorifics, modifiers, title_table
    from rasd.stages.event_actors import AGENT_HEADS
    from rasd.stages.mentions import TITLES

    person_heads = AGENT_HEADS & (_EXTRA_TITLES | TITLES)
    firsts = {phrase.split()[0] for phrase in title_table()}
    honorific_heads = {h for h in honorifics() - modifiers() if len(h) > 1}
    heads = set(TITLES) | person_heads | firsts | _EXTRA_TITLES | honorific_heads
    return frozenset(heads | {_ARTICLE + h for h in heads if not h.startswith(_ARTICLE)})


def complement_words() -> frozenset[str]:
    """Honorifics and modifiers that may sit between a title and the name (الشيخ، الراحل، السابق)."""
    from rasd.kb.titles import honorifics

    return frozenset(h for h in honorifics() if len(h) > 1)


def load_vocabulary(autolex: dict[str, tuple[float, ...]] | None = None) -> Vocabulary:
    """Corpus frequencies (the shipped lexicon), the auto-tagged lexicon and the title lists."""
    from rasd.arabic.lexicon import word_frequencies
    from rasd.stages.mentions import is_nationality
    from rasd.stages.ner_features import shipped_resources

    counts = dict(word_frequencies().items())
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)[:STOP_RANK]
    return Vocabulary(counts=counts, autolex=shipped_resources().autolex if autolex is None else autolex,
                      frequent=frozenset(ranked), titles=title_heads(), complements=complement_words(),
                      nationality=is_nationality, event_words=event_words())


def event_words() -> frozenset[str]:
    """Words of the shipped event triggers (بعث برقية تهنئة: all three) and the verbs that carry nominal
    ones (folded)."""
    from rasd.stages.event_roles import SUPPORT_VERBS
    from rasd.stages.event_triggers import trigger_lexicon

    words: set[str] = set(SUPPORT_VERBS)
    for rules in trigger_lexicon().by_first.values():
        for rule in rules:
            if rule.plover:
                for alternatives in rule.words:
                    words |= alternatives
    return frozenset(words)


def _strip_proclitic(word: str, known: frozenset[str]) -> str:
    """``وزير`` from ``ووزير``, ``الرئيس`` from ``للرئيس``: the word without و ف ب ل when that is known."""
    if word in known or len(word) < 4:
        return word
    if word.startswith("لل") and _ARTICLE + word[2:] in known:
        return _ARTICLE + word[2:]
    for n in (1, 2):
        if all(c in "وفبل" for c in word[:n]) and word[n:] in known:
            return word[n:]
    return word


def _without_proclitic(word: str) -> str:
    """``الصناعة`` from ``للصناعة``, ``والتجارة``, ``بالمحكمة``: a definite word behind one proclitic."""
    if word.startswith("لل") and len(word) > 3:
        return _ARTICLE + word[2:]
    if word[:1] in "وفبلك" and word[1:3] == _ARTICLE:
        return word[1:]
    return word


def _is_clitic_form(word: str, vocab: Vocabulary) -> bool:
    """A proclitic on a more frequent word (بتونس، وزياد), or on a definite one (للصناعة): not a name's start."""
    if _without_proclitic(word) != word:
        return True
    rest = word[1:]
    return word[0] in "وفبلك" and len(rest) >= 3 and vocab.counts.get(rest, 0) > 5 * max(vocab.counts.get(word, 0), 1)


def is_first_name(word: str, vocab: Vocabulary) -> bool:
    """Can ``word`` start a person's name? Rejects function and frequent words, months, places and
    organisation heads (mostly tagged LOC/ORG), nationality adjectives, words behind a proclitic
    (بتونس، للصناعة) and common nouns (seen with the article far more often than without: مجموعة ← المجموعة)."""
    if len(word) < 2 or vocab.is_stop(word) or word in vocab.titles or word in _CONSTRUCT_HEADS:
        return False
    if _is_clitic_form(word, vocab):
        return False
    if word in _NAME_PARTICLES:
        return word != "آل"
    if vocab.is_nationality(word):
        return False
    per = vocab.per_share(word)
    shares = vocab.autolex.get(word)
    if shares and sum(shares[1:]) > 0.5 and per < 0.2:
        return False
    if word.startswith(_ARTICLE):  # الحبيب، الباجي are first names; الحكومة is not
        return per >= STOP_MAX_PER
    definite = vocab.counts.get(_ARTICLE + word, 0)
    return not (definite > 3 * max(vocab.counts.get(word, 0), 1) and per < STOP_MAX_PER)


def is_name_part(word: str, vocab: Vocabulary) -> bool:
    """Can ``word`` continue a name (يوسف → الشاهد)? Not a stop word, title, honorific, nationality,
    nor a word behind a proclitic (يوجه [بمعاملة]، سلمان [والأمير])."""
    if word in _NAME_PARTICLES:
        return True
    return (len(word) >= 2 and not vocab.is_stop(word) and word not in vocab.titles and word not in vocab.complements
            and not vocab.is_nationality(word) and not _is_clitic_form(word, vocab))


def _name_start(words: list[str | None], i: int, vocab: Vocabulary) -> int | None:
    """Index of the first word after the title at ``i`` that is not part of the title's complement
    and may start a name (``is_first_name``); ``None`` at a stop word or past ``MAX_COMPLEMENT`` words."""
    head = words[i]
    # A bare title (وزير، رئيس) always takes a complement; one with the article may name the holder at once.
    pending = head in _PLACE_HEADS or not head.startswith(_ARTICLE)
    for j in range(i + 1, min(i + 2 + MAX_COMPLEMENT, len(words))):
        w = words[j]
        if w is None:
            return None
        bare = _strip_proclitic(w, _CONSTRUCT_HEADS | vocab.titles)
        if w in vocab.complements or vocab.is_nationality(w):
            continue
        if pending:  # the complement of a construct: رئيس [مجلس] [نواب] [الشعب]، والي [تونس]
            pending = (bare in _CONSTRUCT_HEADS or bare in vocab.titles) and not bare.startswith(_ARTICLE)
            continue
        if bare in _CONSTRUCT_HEADS or bare in vocab.titles:
            pending = not bare.startswith(_ARTICLE)
            continue
        definite = _without_proclitic(w)
        if definite.startswith(_ARTICLE) and (definite != w or vocab.per_share(w) < STOP_MAX_PER):
            continue  # الخارجية، الحكومة، (وزير الصناعة) والتجارة، (المدير العام) للبريد
        if is_first_name(w, vocab):
            return j
        if vocab.is_stop(w):
            return None  # the title phrase is over: الرئيس [في] كلمة …
        # an organisation or place named in the complement: زعيم تنظيم [داعش] أبو بكر البغدادي
    return None


def title_anchored_names(text: str, vocab: Vocabulary) -> Iterator[tuple[str, ...]]:
    """Every run of name words (2 to ``MAX_NAME``, as folded words) right after a title in ``text``;
    each prefix of two words or more of a run is yielded (يوسف الشاهد from يوسف الشاهد الحكومة…)."""
    words: list[str | None] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        words.append(fold(tok) if "\u0621" <= tok[0] <= "\u06D3" else None)
    last_start = -1
    for i, w in enumerate(words):
        if w is None or _strip_proclitic(w, vocab.titles) not in vocab.titles:
            continue
        words[i] = _strip_proclitic(w, vocab.titles)
        j = _name_start(words, i, vocab)
        # الشيخ الدكتور فلان: two titles before one name count it once
        if j is None or j == last_start:
            continue
        last_start = j
        k = j + 1
        while k < len(words) and k - j < MAX_NAME and words[k] is not None and is_name_part(words[k], vocab):
            k += 1
        while k - j >= 2 and words[k - 1] in _NAME_PARTICLES:  # محمد بن → محمد
            k -= 1
        for end in range(j + 2, k + 1):
            if words[end - 1] not in _NAME_PARTICLES:
                yield tuple(words[j:end])


def count_title_names(texts: Iterable[str], vocab: Vocabulary) -> tuple[Counter, Counter]:
    """(occurrences after a title, articles) per folded name tuple."""
    seen: Counter = Counter()
    docs: Counter = Counter()
    for text in texts:
        names = list(title_anchored_names(text, vocab))
        seen.update(names)
        docs.update(set(names))
    return seen, docs


def select_names(seen: Counter, docs: Counter, min_count: int = 3, min_docs: int = 2) -> list[tuple[str, int, int]]:
    """(name, count, articles) of names seen ``min_count`` times in ``min_docs`` articles, most seen first."""
    kept = [(" ".join(n), c, docs[n]) for n, c in seen.items() if c >= min_count and docs[n] >= min_docs]
    return sorted(kept, key=lambda r: (-r[1], r[0]))


def write_title_names(rows: list[tuple[str, int, int]], out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open_gzip_text(out) as f:
        for name, c, d in rows:
            f.write(f"{name}\t{c}\t{d}\n")
    return len(rows)


def build_title_names(data: Path, out: Path, min_count: int = 3, min_docs: int = 2, limit: int | None = None,
                      autolex: dict[str, tuple[float, ...]] | None = None) -> int:
    """Mine the unlabeled news under ``data`` (the first ``limit`` articles) into ``out``, with the shipped
    auto-tagged lexicon or ``autolex``; returns the names written (about 20 s on one core)."""
    import itertools

    from rasd.train.lexicon import corpus_paths, iter_corpus_texts

    paths = corpus_paths(data)
    texts = itertools.islice(iter_corpus_texts(paths), limit)
    seen, docs = count_title_names(texts, load_vocabulary(autolex))
    return write_title_names(select_names(seen, docs, min_count, min_docs), out)
