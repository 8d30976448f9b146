"""The mentions stage: PER / ORG / LOC / MISC names by character offsets (CRF tagger).

Conventions (../shared/eval/FORMAT.md): attached proclitics و ف ب ل ك are outside
the span (it starts at ``Token.base_start``), the article ال inside; titles
(الرئيس، وزير…) and nationality adjectives (الروسي) are trimmed off the edges of
person names; repeats of a name in the article are tagged alike (``mention_propagation``).

>>> import rasd
>>> [(m.label, doc.text[m.start:m.end]) for doc in [rasd.analyze("وقال بوتين في موسكو")] for m in doc.mentions]
[('PER', 'بوتين'), ('LOC', 'موسكو')]
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import ClassVar

from rasd.arabic.lexicon import word_frequencies
from rasd.arabic.normalize import fold
from rasd.config import Config
from rasd.document import Document, Mention, Token
from rasd.errors import ConfigError, ModelMissingError
from rasd.kb.aliases import key as alias_key
from rasd.kb.load import configured_kb_files, load_kb
from rasd.stages.mention_facility import facility_mentions
from rasd.stages.mention_kb import (
    kb_city_mentions,
    kb_name_mentions,
    kb_proclitic_names,
    kb_realign_orgs,
    kb_relabel_misc,
    kb_relabel_places,
    known_organisation,
)
from rasd.stages.mention_person import (
    appositive_person_mentions,
    person_name_extension,
    person_run_on_split,
    regnal_ordinal_extension,
    titled_person_mentions,
)
from rasd.stages.mention_places import (
    CITY_EPITHETS,
    common_sense_by_noun_before,
    compass_places,
    headed_place_mentions,
    place_name_completion,
    toponym_head_completion,
)
from rasd.stages.mention_propagation import propagate
from rasd.stages.mention_rules import (
    PARTY_HEADS,
    QUOTED_ORG_DESCRIPTORS,
    army_name_mentions,
    byline_outlet_mentions,
    institution_mentions,
    institution_name_mentions,
    national_name_extension,
    party_country_names,
    party_name_extension,
    quoted_org_mentions,
    quoted_title_mentions,
    title_name_mentions,
)
from rasd.stages.mention_sports import competition_mentions, sports_club_mentions
from rasd.stages.ner_features import NerResources, shipped_resources, token_features

# "accurate" is the fine-tuned transformer averaged with the gold-only CRF (rasd.stages.ner_transformer;
# dev 0.790 vs the shipped CRF's 0.758). "bilstm" (BiLSTM-CRF) is not shipped: it measured no better than the CRF on dev.
PROFILES = {"fast": "crf.model", "accurate": "transformer.pt", "transformer": "transformer.pt", "bilstm": "bilstm.pt"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_LATIN = re.compile("[A-Za-z]")
_ARABIC = re.compile("[\u0621-\u064A]")
MAX_CHUNK = 200  # tokens per CRF sequence: bounds memory on run-on text with no sentence breaks

# Words that precede a name without being part of it (folded). Bare forms only where they are
# never first names (أمير، سعيد، ملك are names too); with the article every title counts.
_BARE_TITLES = ("وزير", "وزيرة", "سفير", "سفيرة", "دكتور", "دكتورة", "د", "جنرال", "لواء", "عقيد", "عميد",
                "مشير", "مستشار", "مستشارة", "نائب", "مبعوث", "متحدث", "عاهل", "مهندس", "الرئيس")
_ARTICLE_TITLES = ("رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "ملك", "ملكة", "أمير", "أميرة", "دكتور",
                   "دكتورة", "شيخ", "شيخة", "نائب", "مستشار", "مستشارة", "سيد", "سيدة", "جنرال", "لواء", "عميد",
                   "عقيد", "مشير", "قائد", "مبعوث", "متحدث", "عاهل", "أستاذ", "مهندس", "حاج", "إمام", "مدير",
                   "مديرة", "زعيم", "فريق", "رئيس", "بابا", "بطريرك", "كاردينال", "مطران")
TITLES = frozenset(fold(w) for w in _BARE_TITLES) | frozenset(fold("ال" + w) for w in _ARTICLE_TITLES)
# Directions and generic adjectives that look like nisba adjectives but are parts of names (الضفة الغربية).
_NOT_NATIONALITY = frozenset(fold(w) for w in (
    "الغربي", "الغربية", "الشرقي", "الشرقية", "الشمالي", "الشمالية", "الجنوبي", "الجنوبية", "الوسطى",
    "الدولي", "الدولية", "الوطني", "الوطنية", "الإسلامي", "الإسلامية", "العربي", "العربية", "الأوسط",
))


# Single words that are never a name under FORMAT.md, whatever the tagger says: God (ANERcorp
# tags الله), function words, currencies and materials (ANERcorp's MISC; FORMAT keeps MISC for
# agreements and weapon types).
NEVER_ALONE = frozenset(fold(w) for w in (
    "الله", "لله", "إن", "أن", "ان", "من", "في", "على", "عن", "إلى", "مع", "ما", "لا", "لم", "لن", "قد", "هذا",
    "هذه", "كان", "التي", "الذي",
    # prepositions with a pronoun (ساجدا شكرا «لله» → له، «مننا»), quoted for emphasis, never a name
    "له", "لها", "لهم", "لنا", "منه", "منها", "منهم", "منا", "مننا", "بيننا", "عليه", "عليها", "فيه", "فيها",
    "يورو", "اليورو", "دولار", "الدولار", "دولارا", "جنيه", "الجنيه", "دينار",
    "الدينار", "ريال", "ريالا", "درهم", "الين", "اليوان", "الروبل", "الليرة", "ليرة", "اليورانيوم", "البترول",
    # the head of an organisation's name with no name after it (منظمة «هيومن رايتس ووتش»: the quotes part them)
    "منظمة", "جمعية", "هيئة", "مؤسسة", "شركة", "نقابة", "لجنة", "وكالة", "نادي", "النادي", "فريق",
    # weekdays (قتل -الخميس- شخصان): inside a name (مسجد الجمعة) they are never alone
    "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
))


# GUIDELINES.md: settlement and administrative descriptors are outside place names.
PLACE_DESCRIPTORS = frozenset(fold(w) for w in (
    "مدينة", "بلدة", "قرية", "محافظة", "إقليم", "منطقة", "حي", "معبر", "مخيم", "ولاية", "المدينة", "البلدة",
    "القرية", "المحافظة", "الإقليم", "المنطقة", "الحي", "المعبر", "المخيم", "الولاية", "مدينه", "بلدات",
))
# Descriptors dropped before a one-word organisation name (حركة حماس، وكالة رويترز); حزب stays (حزب الله).
ORG_DESCRIPTORS = frozenset(fold(w) for w in (
    "حركة", "تنظيم", "جماعة", "مجموعة", "وكالة", "صحيفة", "الحركة", "التنظيم", "الجماعة", "الوكالة", "الصحيفة",
    "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "قناة", "موقع",
))
ORG_TRAILERS = frozenset(fold(w) for w in ("الإرهابي", "الإرهابية", "الارهابي", "المتطرف", "المتطرفة"))
MINISTRY_HEADS = frozenset(fold(w) for w in ("وزارة", "الوزارة", "وزارتي"))
# A descriptor before an organisation whose own name opens with a head of its own is outside the name
# (GUIDELINES.md): حزب تيار المحبة → تيار المحبة, تنظيم جبهة النصرة → جبهة النصرة, منظمة الأمم المتحدة → الأمم المتحدة.
OUTER_DESCRIPTORS = frozenset(fold(w) for w in ("حزب", "تنظيم", "حركة", "منظمة", "جماعة"))
INNER_NAME_HEADS = frozenset(fold(w) for w in ("تيار", "جبهة", "الأمم"))
# Words no name ends with: a tagger's span that runs on into one stops before it (الجبهة الشعبية [أن]).
# Not على: folded it is علي (بن علي).
# How often (share of its auto-tagged occurrences) a word with the article is part of a person's name for it to
# be read as a given name where an institution's name would otherwise run on over it (التأسيسي [الطاهر] هميلة).
GIVEN_NAME_SHARE = 0.2
# Particles that open a clause and never a name (كشف أن المرزوقي، قال إن الغنوشي).
NEVER_FIRST = frozenset(fold(w) for w in "أن إن ان أنّ إنّ لكن كما ثم قد لقد".split())
NEVER_LAST = frozenset(fold(w) for w in (
    "أن", "أنه", "أنها", "التي", "الذي", "الذين", "أمام", "امام", "أي", "في", "من", "عن", "إلى", "الى", "مع",
))
# ولي of ولي العهد (crown prince) and ولي ولي العهد (deputy crown prince): a title the tagger runs a name on over.
_GUARDIAN = fold("ولي")
_GUARDIAN_OF = frozenset(fold(w) for w in ("العهد", "ولي"))
# Leaders' titles the tagger sometimes takes into the organisation they lead (زعيم تيار المحبة).
LEADER_TITLES = frozenset(fold(w) for w in ("زعيم", "رئيس", "رئيسة", "أمين", "مؤسس", "قائد", "قيادي", "عضو"))


@lru_cache(maxsize=4)
def load_tagger(path: str):
    """The tagger for the model file at ``path`` (crfsuite, or the torch BiLSTM-CRF), opened once per process."""
    transformer = Path(path).name.startswith("transformer")
    if not Path(path).exists():
        how = "rasd train ner --transformer" if transformer else \
            "rasd train ner --bilstm" if path.endswith(".pt") else "rasd train ner"
        raise ModelMissingError(f"NER model not found: {path}", hint=f"build it with `{how}`")
    if transformer:
        from rasd.stages.ner_transformer import TransformerTagger

        return TransformerTagger.load(path)
    if path.endswith(".pt"):
        from rasd.stages.ner_neural import NeuralTagger

        return NeuralTagger.load(path)
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def model_path(profile: str) -> str:
    if profile not in PROFILES:
        raise ConfigError(f"unknown [mentions] profile {profile!r}", hint=f"known: {', '.join(PROFILES)}")
    return str(resources.files("rasd") / "models" / "ner" / PROFILES[profile])


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Folded CLDR Arabic names of countries and regions (not cities: البغدادي is also a surname)."""
    from babel import Locale

    # Short names CLDR spells differently (الولايات المتحدة، المملكة المتحدة…).
    extra = {fold(w) for w in ("أمريكا", "أميركا", "فلسطين", "السعودية", "بريطانيا", "انجلترا", "إنكلترا",
                               "أوروبا", "أفريقيا", "إفريقيا", "آسيا", "كوريا", "الكونغو", "هولندا",
                               "اسكتلندا", "إسكتلندا", "ويلز",  # and the UK nations that field teams
                               "كوت ديفوار", "الكوت ديفوار", "كوت دي فوار")}  # CLDR has only ساحل العاج
    names: set[str] = set()
    for f in [fold(n) for n in Locale("ar").territories.values()] + sorted(extra):
        names.add(f)
        if f.startswith("ال"):
            names.add(f[2:])
    return frozenset(names)


@lru_cache(maxsize=1)
def _multiword_places() -> frozenset[str]:
    """Country and region names of several words (جنوب أفريقيا، كوت ديفوار) and cities named with their epithet
    (المدينة المنورة), for place_name_completion."""
    return frozenset(n for n in _country_names() if " " in n and "(" not in n and "-" not in n) | CITY_EPITHETS


def is_country(word_folded: str) -> bool:
    """A country's (folded) name, with or without its article: المانيا، السودان."""
    return word_folded in _country_names()


def is_nationality(word_folded: str, res: NerResources | None = None) -> bool:
    """ال + nisba adjective of a country: الروسي ← روسيا, الأردنية ← الأردن, الأمريكية ← أمريكا."""
    # السعودية is the country itself, not only its adjective
    return word_folded not in _country_names() and is_country_adjective(word_folded)


def is_country_adjective(word_folded: str) -> bool:
    """ال + nisba adjective of a country, a country named by its own adjective too (السعودية in الشركة
    السعودية للكهرباء, beside الروسي ← روسيا)."""
    w = word_folded
    if not w.startswith("ال") or w in _NOT_NATIONALITY:
        return False
    for ending in ("يين", "يون", "يات", "يه", "ي"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            x = w[2:len(w) - len(ending)]
            break
    else:
        return False
    countries = _country_names()
    return any(c in countries for c in (x, x + "ا", x + "يا", x + "ان", x + "يه", x + "ه"))


# Honorifics and ranks, which take no nationality adjective (اللواء منصور التركي is a name).
RANKS = frozenset(fold(w) for w in "الدكتور د الشيخ المهندس اللواء العميد العقيد الفريق المقدم الرائد السيد السيدة".split())


def _nisba_surname(text: str, toks: Sequence[Token], i: int, j: int, res: NerResources) -> bool:
    """The nationality word ending a person's span is a family name (عبدالله بن عبدالمحسن التركي، محمد
    المصري): it follows a personal name in the span, written with the article and nothing on it."""
    if j - i < 2:
        return False
    last, before = toks[j - 1], toks[j - 2]
    w = fold(text[last.base_start:last.end])
    prev = fold(text[before.base_start:before.end])
    return last.base_start == last.start and w.startswith("ال") and not is_nationality(prev, res) \
        and prev not in TITLES


# The last word of a person's span is a common word the tagger ran on over (وخيب راؤول [آمال] جماهير) when the
# tagger is unsure of it, the news has it this often and the news tagger took it into a name this rarely
# (rasd.train.autolex). Words that are names too (ديفد دين، آل ثاني) it tags with more confidence.
COMMON_WORD_COUNT = 30
COMMON_WORD_NAME_SHARE = 0.12
COMMON_WORD_MAX_MARGINAL = 0.75


def _common_word(text: str, tok: Token, res: NerResources) -> bool:
    """A word written without the article that is no name word: frequent in the news, (nearly) never auto-tagged as
    part of a name there, and no gazetteer person's name (أمين، أمل are names as well as words)."""
    if tok.stem_start > tok.base_start or not _ARABIC.match(text, tok.base_start):
        return False
    w = fold(text[tok.base_start:tok.end])
    if "PER" in res.gazetteer.get((w,), ()) or res.autolex_counts.get(w, 0) < COMMON_WORD_COUNT:
        return False
    return sum(res.autolex.get(w, ())) < COMMON_WORD_NAME_SHARE


# Names that are also common nouns, and the adjectives that show the common noun (القاعدة الجوية is an air base,
# not al-Qaeda; القاعدة الشعبية a popular base).
COMMON_SENSES = {fold("القاعدة"): frozenset(fold(w) for w in (
    "الجوية العسكرية الاستراتيجية الإستراتيجية البحرية الشعبية الانتخابية الأساسية الذهبية الصناعية الخلفية "
    "القانونية العامة الأمريكية الأميركية الروسية التركية الفرنسية البريطانية"
).split()), fold("السنة"): frozenset(fold(w) for w in (  # the year, not the Sunnis (اليوبيل، السنة المقدسة)
    "المقدسة الماضية المقبلة القادمة الجارية الحالية الدراسية المالية الميلادية الهجرية الجديدة الأولى الثانية "
    "الثالثة الأخيرة"
).split())}


def _common_sense_of(text: str, m: Mention) -> bool:
    """True for a name that the adjective right after it (القاعدة الاستراتيجية) or the noun right before it
    (صلاة المغرب) shows to be the common noun."""
    name = fold(text[m.start:m.end])
    if common_sense_by_noun_before(text, m.start, name):
        return True
    adjectives = COMMON_SENSES.get(name)
    if adjectives is None:
        return False
    nxt = text[m.end:m.end + 30].split()
    return bool(nxt) and fold(nxt[0].strip("،,.()«»\"")) in adjectives


def _never_alone(text: str, toks: Sequence[Token], starts: Sequence[int], m: Mention) -> bool:
    """True for a span whose one word is in ``NEVER_ALONE`` without its proclitics (والخميس، بالله، ولن);
    ``starts`` are the tokens' start offsets."""
    words = []
    # from the token holding the span's start (لحزب الله: the span starts past ل, inside the token)
    for t in toks[max(0, bisect.bisect_right(starts, m.start) - 1):]:
        if t.start >= m.end:
            break
        if t.end > m.start and _ARABIC.search(text[t.start:t.end]):
            words.append(t)
    if len(words) != 1:
        return False
    # (a proclitic the tokenizer left on a word it does not know: ولن، ليورو)
    key = fold(text[words[0].base_start:words[0].end])
    return key in NEVER_ALONE or (key[:1] in "وفبل" and key[1:] in NEVER_ALONE)


# A verb in the future (سيعقدان، ستزور، سنعمل): س and a present-tense prefix before a word the news writes
# without س, long enough that no name is read as one (سيد is no س + يد).
_FUTURE_PREFIXES = ("سي", "ست", "سن")
FUTURE_STEM_MIN_LEN = 4
FUTURE_STEM_MIN_COUNT = 5


def _future_verb(text: str, tok: Token) -> bool:
    """True for a word with no proclitic that is a present-tense verb with the future س (سيعقدان)."""
    w = fold(text[tok.base_start:tok.end])
    if tok.base_start != tok.start or not w.startswith(_FUTURE_PREFIXES) or len(w) - 1 < FUTURE_STEM_MIN_LEN:
        return False
    freq = word_frequencies()
    without = freq.count_folded(w[1:])
    return without >= FUTURE_STEM_MIN_COUNT and without > 5 * freq.count_folded(w)


PREPOSITION_ALA = "على"


_FI_WITH_YA = re.compile(r"(?<![\w\u0600-\u06FF])و?في(?![\w\u0600-\u06FF])")
_FI_WITH_MAQSURA = re.compile(r"(?<![\w\u0600-\u06FF])و?فى(?![\w\u0600-\u06FF])")


@lru_cache(maxsize=16)
def _writes_final_ya(text: str) -> bool:
    """Whether ``text`` writes final ya as ya (the preposition في), as most print does: then على with alif maqsura
    is the preposition and never the name علي. Egyptian print writes both with alif maqsura (فى، على). Counted as
    whole words (مستشفى ends in فى everywhere)."""
    return len(_FI_WITH_YA.findall(text)) >= len(_FI_WITH_MAQSURA.findall(text))


def trim_span(text: str, toks: Sequence[Token], label: str, res: NerResources,
              format_conventions: bool = True) -> tuple[int, int] | None:
    """Drop leading titles and trailing nationality adjectives; ``None`` if nothing is left
    (or, under FORMAT.md conventions, if only a word of ``NEVER_ALONE`` is).

    Under FORMAT.md conventions also: settlement descriptors before a place (مدينة حلب → حلب),
    a descriptor before a one-word organisation (حركة حماس → حماس), the adjective after a
    ministry (وزارة الدفاع الأمريكية → وزارة الدفاع) and الإرهابي after an organisation."""
    def key(k: int) -> str:
        return fold(text[toks[k].base_start:toks[k].end])

    i, j = 0, len(toks)
    while label == "PER" and i < j and key(i) in TITLES:
        i += 1
    if label == "PER":  # LOC names keep theirs: الولايات المتحدة الأمريكية
        # الرئيس بوتين الروسي: after a post the adjective is the post's; after a rank or none, a family name.
        posted = i > 0 and key(i - 1) not in RANKS
        while i < j and is_nationality(key(j - 1), res) and (posted or not _nisba_surname(text, toks, i, j, res)):
            j -= 1
    if format_conventions and any(_LATIN.search(key(k)) for k in range(i, j)) and \
            any(_ARABIC.search(key(k)) for k in range(i, j)):
        # A name in Arabic letters with its Latin spelling beside it (دينيس ريتشي Dennis Ritchie، هانيويل
        # HoneyWell): the Latin words are a gloss of the name, not more of it; the Arabic name is the mention.
        a, b = i, j
        while a < b and not _ARABIC.search(key(a)):
            a += 1
        while a < b and not _ARABIC.search(key(b - 1)):
            b -= 1
        if not (b - a == 1 and key(a) in QUOTED_ORG_DESCRIPTORS):  # منظمة IEEE: the Arabic is the descriptor
            i, j = a, b
    if format_conventions:
        if label in ("ORG", "MISC") and j - i >= 3 and key(i) in LEADER_TITLES:
            # زعيم تيار المحبة → تيار المحبة, أمين عام حزب … → حزب …: the title is outside the name.
            i += 2 if key(i + 1) == "عام" and j - i >= 4 else 1
        if label == "LOC" and j - i >= 2 and key(i) in PLACE_DESCRIPTORS:
            i += 1
        while j - i >= 2 and key(j - 1) in NEVER_LAST and toks[j - 1].base_start == toks[j - 1].start:
            j -= 1
        while label == "PER" and j - i >= 2 and text[toks[j - 1].start:toks[j - 1].end] == PREPOSITION_ALA:
            # أثنى الملك [سلمان] على: على with its alif maqsura is the preposition; the name علي is written with ya
            # (ANERcorp tags it inside a name once in 1,446)
            j -= 1
        while label == "PER" and j - i >= 2 and text[toks[i].start:toks[i].end] == PREPOSITION_ALA \
                and _writes_final_ya(text):
            i += 1  # ألقي القبض [على] محمد: the preposition before a name, where the text spells the name علي
        while j - i >= 2 and key(i) in NEVER_FIRST and (toks[i].base_start == toks[i].start or any(
                c in "أإ" for c in text[toks[i].base_start:toks[i].end])):
            # وكشف [ان] المرزوقي نبه، فإن الدوسري: the particle before the subject is no part of its name (فان جال
            # is van Gaal: a bare ان after a proclitic stays)
            i += 1
        if label == "ORG":
            while j - i >= 2 and key(j - 1) in ORG_TRAILERS:
                j -= 1
            if j - i >= 3 and key(i) in OUTER_DESCRIPTORS and key(i + 1) in INNER_NAME_HEADS:
                i += 1
            if j - i == 2 and key(i) in ORG_DESCRIPTORS:
                i += 1
            if j - i >= 3 and key(i) in MINISTRY_HEADS and is_nationality(key(j - 1), res):
                j -= 1
    if i >= j or (format_conventions and j - i == 1 and (
            key(i) in NEVER_ALONE or key(i) in PLACE_DESCRIPTORS or key(i) in ORG_DESCRIPTORS)):
        # (نادي | أولمبيك مارسيليا، ولاية | صفاقس: a descriptor the tagger split off its name is no name)
        return None
    return toks[i].base_start, toks[j - 1].end


def decode(text: str, toks: Sequence[Token], tags: Sequence[str], probs: Sequence[float],
           res: NerResources, format_conventions: bool = True) -> list[Mention]:
    """BIO tags over tokens → trimmed character mentions with mean marginal confidence."""
    out: list[Mention] = []
    i, n = 0, len(toks)
    while i < n:
        tag = tags[i]
        if tag == "O":
            i += 1
            continue
        label = tag[2:]
        j = i + 1
        while j < n and tags[j] == "I-" + label:
            j += 1
        end = j
        # راؤول [هدفين]: the tagger ran on, unsure, over a common word. Not over the head of a construct with a
        # definite noun after the span (محمد بن نايف [ولي] العهد): that is a title, and the span's last word is
        # what propagation and the entities stage take for the title's holder.
        while label == "PER" and end - i >= 2 and probs[end - 1] < COMMON_WORD_MAX_MARGINAL \
                and _common_word(text, toks[end - 1], res) \
                and not (end == j < n and toks[j].stem_start > toks[j].base_start == toks[j].start):
            end -= 1
        if label == "PER" and end - i >= 2 and _future_verb(text, toks[end - 1]):
            end -= 1  # الرئيسان السيسي و[البشير سيعقدان] قمة: the verb after the name, in its future
        while label == "PER" and format_conventions and end > i and end < n \
                and fold(text[toks[end - 1].base_start:toks[end - 1].end]) == _GUARDIAN \
                and fold(text[toks[end].start:toks[end].end]) in _GUARDIAN_OF:
            end -= 1  # محمد بن نايف [ولي] العهد، ولي ولي العهد: the title (crown prince), not the name
        span = trim_span(text, toks[i:end], label, res, format_conventions) if end > i else None
        if span and label == "MISC" and format_conventions and (span[0] > toks[i].base_start and fold(
                text[toks[i].base_start:toks[i].end]) in LEADER_TITLES or fold(text[span[0]:span[1]]).split()[0] in PARTY_HEADS):
            label = "ORG"  # what a leader leads is an organisation (زعيم تيار المحبة), so is a party (تيار المحبة)
        if span and span[1] > span[0]:
            conf = sum(probs[i:end]) / (end - i)
            out.append(Mention(span[0], span[1], label=label, confidence=conf))
        i = j
    return out


def tag_tokens(text: str, toks: Sequence[Token], tagger, res: NerResources,
               format_conventions: bool = True) -> list[Mention]:
    """Mentions in one run of tokens (a sentence), tagged in chunks of at most ``MAX_CHUNK``."""
    mentions: list[Mention] = []
    for c in range(0, len(toks), MAX_CHUNK):
        chunk = toks[c:c + MAX_CHUNK]
        if hasattr(tagger, "marginal"):  # crfsuite
            tags = tagger.tag(token_features(text, chunk, res))
            # decode reads marginals only inside tagged spans: none asked of the many O tokens
            probs = [tagger.marginal(t, k) if t != "O" else 1.0 for k, t in enumerate(tags)]
        else:
            tags, probs = tagger.tag(text, chunk, res)
        mentions.extend(decode(text, chunk, tags, probs, res, format_conventions))
    return mentions


def tag_document(doc: Document, tagger, res: NerResources, format_conventions: bool = True) -> list[Mention]:
    """Mentions of every sentence of ``doc`` (tokens outside any sentence are tagged as one run).

    ``format_conventions=False`` keeps what ANERcorp tags but FORMAT.md does not (الله, currencies),
    to score the tagger against ANERcorp-style gold. A full name of ``res.title_names`` the tagger left
    untagged is added as PER (``mention_rules.title_name_mentions``)."""
    text, tokens = doc.text, doc.tokens
    if _SURROGATE.search(text):  # crfsuite cannot encode a lone surrogate; same-length stand-in keeps offsets
        text = _SURROGATE.sub("\ufffd", text)
        tokens = [dataclasses.replace(t, norm=_SURROGATE.sub("\ufffd", t.norm)) for t in tokens]
    starts = [t.start for t in tokens]
    mentions: list[Mention] = []
    runs = [(s.start, s.end) for s in doc.sentences] or [(0, len(text))]
    for s, e in runs:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if hi > lo:
            mentions.extend(tag_tokens(text, tokens[lo:hi], tagger, res, format_conventions))
    # Full names seen after titles in the news, where the tagger left them out (rasd.train.title_names).
    return title_name_mentions(text, tokens, mentions, res.title_names, res.autolex)


class MentionStage:
    """Tag proper names: ``"وقال بوتين"`` → ``PER بوتين`` (و outside the span)."""

    name: ClassVar[str] = "rasd.mentions.crf.v1"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(self, config: Config):
        settings = config.section("mentions")
        self.min_confidence = float(settings.get("min_confidence", 0.0))
        self.propagate = bool(settings.get("propagate", True))
        self.kb_names = bool(settings.get("kb_names", True))
        self.institution_names = bool(settings.get("institution_names", True))
        self.sports_clubs = bool(settings.get("sports_clubs", True))
        self.person_extension = bool(settings.get("person_extension", True))
        self.facilities = bool(settings.get("facilities", True))
        self.place_names = bool(settings.get("place_names", True))
        # The same KB files as the entities stage, so names a user adds are tagged too.
        self.kb_files = configured_kb_files(config.section("entities"))
        conventions = str(settings.get("conventions", "format"))
        if conventions not in ("format", "anercorp"):
            raise ConfigError(f"unknown [mentions] conventions {conventions!r}", hint="known: format, anercorp")
        self.format_conventions = conventions == "format"
        self.tagger = load_tagger(model_path(str(settings.get("profile", "fast"))))
        self.resources = shipped_resources()
        # Reporting and event verbs (the claims and events lexicons), where an appositive name ends.
        self._verbs: frozenset[str] = frozenset()
        if self.person_extension and self.format_conventions:
            from rasd.stages.event_speech import opening_verbs

            self._verbs = opening_verbs()

    def _not_a_name(self, w: str) -> bool:
        """Words no person's name runs on over (folded): titles, nationality adjectives, function words."""
        return w in TITLES or w in NEVER_LAST or w in NEVER_ALONE or w in LEADER_TITLES or w in PLACE_DESCRIPTORS \
            or is_nationality(w, self.resources) or is_country(w)

    def _lone_verb(self, text: str, m: Mention) -> bool:
        """A one-word person that is a reporting or event verb (تحرك الرئيس الأمريكي [ووصفوه] بأنه …): the tagger
        filled the name slot after a title with the next word."""
        span = text[m.start:m.end]
        if m.label != "PER" or not self._verbs or " " in span.strip():
            return False
        w = fold(span)
        return w in self._verbs or (w[:1] in ("و", "ف") and w[1:] in self._verbs)

    def _given_name(self, w: str) -> bool:
        """A word with the article that the news tagger takes into a person's name often enough to be a given name
        (الطاهر، الحبيب، الصادق). (Not the gazetteer's: it lists family names that are adjectives, الشعبي، المصري.)"""
        share = self.resources.autolex.get(w)
        return share is not None and share[0] >= GIVEN_NAME_SHARE

    def _known_organisation(self, name: str) -> bool:
        """A curated organisation's full name (نداء تونس), when the knowledge base is in use."""
        return self.kb_names and known_organisation(load_kb(self.kb_files), name)

    def _nationality(self, word_folded: str) -> bool:
        """A nationality adjective (الروسي، الأردنية) by this stage's resources, for the rules after the tagger."""
        return is_nationality(word_folded, self.resources)

    def clear_caches(self) -> None:
        """Forget the per-form caches (CRF features of a word form, name keys): memory back, and a benchmark's
        pass over articles already seen no faster than over new ones."""
        self.resources.token_cache.clear()
        alias_key.cache_clear()

    def __call__(self, doc: Document) -> None:
        mentions = tag_document(doc, self.tagger, self.resources, self.format_conventions)
        if self.format_conventions:
            mentions = party_name_extension(doc.text, doc.tokens, mentions, self._nationality)
            mentions = party_country_names(doc.text, doc.tokens, mentions, is_country, self._known_organisation)
            mentions = institution_mentions(doc.text, doc.tokens, mentions)
            mentions = quoted_title_mentions(doc.text, doc.tokens, mentions)
            mentions = quoted_org_mentions(doc.text, doc.tokens, mentions)
            mentions = byline_outlet_mentions(doc.text, doc.tokens, mentions, [(s.start, s.end) for s in doc.sentences])
            if self.institution_names:
                mentions = institution_name_mentions(doc.text, doc.tokens, mentions, self._nationality,
                                                     is_country_adjective, self._given_name)
                mentions = army_name_mentions(doc.text, doc.tokens, mentions, self._nationality)
                mentions = national_name_extension(doc.text, doc.tokens, mentions, self._nationality,
                                                   self._known_organisation)
            if self.sports_clubs:
                mentions = sports_club_mentions(doc.text, doc.tokens, mentions,
                                                [(s.start, s.end) for s in doc.sentences],
                                                self._nationality, is_country)
                mentions = competition_mentions(doc.text, doc.tokens, mentions)
            if self.person_extension:
                # Before the extension, which runs the name on over a word the rule left out.
                mentions = appositive_person_mentions(doc.text, doc.tokens, mentions, self.resources.autolex,
                                                      word_frequencies().count_folded, self._not_a_name,
                                                      self._verbs.__contains__)
                mentions = titled_person_mentions(doc.text, doc.tokens, mentions, self.resources.autolex,
                                                  word_frequencies().count_folded, self._not_a_name,
                                                  self._verbs.__contains__, self._nationality)
                mentions = person_name_extension(doc.text, doc.tokens, mentions, self.resources.autolex,
                                                 word_frequencies().count_folded, self._not_a_name)
                mentions = regnal_ordinal_extension(doc.text, doc.tokens, mentions)
                mentions = person_run_on_split(doc.text, doc.tokens, mentions,
                                               lambda tok: _common_word(doc.text, tok, self.resources))
            if self.kb_names:
                mentions = kb_relabel_misc(doc.text, mentions, load_kb(self.kb_files))
                mentions = kb_relabel_places(doc.text, mentions, load_kb(self.kb_files))
                mentions = kb_realign_orgs(doc.text, doc.tokens, mentions, load_kb(self.kb_files))
                mentions = kb_proclitic_names(doc.text, doc.tokens, mentions, load_kb(self.kb_files))
                mentions = kb_name_mentions(doc.text, doc.tokens, mentions, load_kb(self.kb_files))
                mentions = kb_city_mentions(doc.text, doc.tokens, mentions)
            if self.place_names:
                mentions = place_name_completion(doc.text, doc.tokens, mentions, _multiword_places())
                mentions = toponym_head_completion(doc.text, doc.tokens, mentions)
                mentions = compass_places(doc.text, doc.tokens, mentions)
                mentions = headed_place_mentions(doc.text, doc.tokens, mentions, word_frequencies().count_folded)
            if self.facilities:
                mentions = facility_mentions(doc.text, doc.tokens, mentions, word_frequencies().count_folded)
            # What a later rule made of a word that is never a name alone (a weekday a gazetteer knows as a
            # town: قتل -الخميس- شخصان), the tagger's own spans having been trimmed of them already.
            starts = [t.start for t in doc.tokens]
            mentions = [m for m in mentions if not _never_alone(doc.text, doc.tokens, starts, m)
                        and not self._lone_verb(doc.text, m)]
        if self.propagate:
            mentions = propagate(doc.text, doc.tokens, mentions)
        if self.format_conventions:  # after propagation, which repeats a name where the common noun stands
            mentions = [m for m in mentions if not _common_sense_of(doc.text, m)]
        doc.mentions = [m for m in mentions if m.confidence >= self.min_confidence]
