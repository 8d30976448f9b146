"""Person names the tagger cut short (rasd.stages.mention_person)."""

from __future__ import annotations

from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_person import person_name_extension

# autolex-style shares (PER, LOC, ORG, MISC) and corpus counts standing in for the shipped resources
AUTOLEX = {fold("طلعت"): (0.64, 0.0, 0.07, 0.0), fold("أحمد"): (0.99, 0.0, 0.0, 0.0),
           fold("قال"): (0.0, 0.0, 0.0, 0.0), fold("الممثل"): (0.02, 0.0, 0.0, 0.0)}
COUNTS = {fold("طلعت"): 34, fold("أحمد"): 4115, fold("قال"): 90000, fold("الممثل"): 800, fold("يتقمص"): 40}


def _run(text: str, tagged: list[str]) -> list[tuple[str, str]]:
    ms = [Mention(text.index(w), text.index(w) + len(w), label="PER") for w in tagged]
    out = person_name_extension(text, tokenize(text), ms, AUTOLEX, lambda w: COUNTS.get(w, 0), lambda w: False)
    return [(text[m.start:m.end], m.label) for m in out]


def test_person_name_runs_on_over_a_first_name_before_it():
    # طلعت is a person in most of its auto-tagged occurrences; الممثل is not
    assert _run("وكان الممثل طلعت زكريا يتقمص شخصية", ["زكريا"]) == [("طلعت زكريا", "PER")]


def test_person_name_runs_on_over_person_words_after_it():
    assert _run("وشارك أشرف غاني أحمد في الاجتماع", ["أشرف غاني"]) == [("أشرف غاني أحمد", "PER")]


def test_person_name_stops_at_common_words_and_at_a_proclitic():
    assert _run("وقال زكريا يتقمص", ["زكريا"]) == [("زكريا", "PER")]
    assert _run("بين كاسياس وأحمد", ["كاسياس"]) == [("كاسياس", "PER")]


def _appos(text: str, tagged: list[tuple[str, str]] = (), verbs: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    from rasd.stages.mention_person import appositive_person_mentions

    autolex = {fold("سليم"): (0.95, 0.0, 0.0, 0.0), fold("تونس"): (0.0, 1.0, 0.0, 0.0)}
    counts = {fold("سليم"): 900, fold("السابق"): 3800, fold("المستقيل"): 60, fold("تصريح"): 5000}
    ms = [Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged]
    out = appositive_person_mentions(text, tokenize(text), ms, autolex, lambda w: counts.get(w, 0),
                                     lambda w: w in {fold("في"), fold("الذي")}, lambda w: w in {fold(v) for v in verbs})
    return [(text[m.start:m.end], m.label) for m in out]


def test_name_between_commas_after_a_title_phrase_is_a_person():
    # أكد وزير الداخلية، سليم بوزقرو، الثلاثاء، أن …: a person's word and a rare one, then a comma
    assert _appos("أكد وزير الداخلية، سليم بوزقرو، الثلاثاء، أن الوضع مستقر") == [("سليم بوزقرو", "PER")]
    # two rare words ending at أن, the title's complement with an organisation in it
    assert _appos("وأفاد القيادي بحركة الأمل، قيس الكرداوي أن الحزب") == [("قيس الكرداوي", "PER")]
    assert _appos("وقال وزير النقل، سليم بوزقرو اليوم، إن") == [("سليم بوزقرو", "PER")]
    assert _appos("وحضر كاتب عام النقابة، قيس الكرداوي. وقال") == [("قيس الكرداوي", "PER")]  # the sentence ends
    # a verb after the name
    assert _appos("وقال رئيس الجمهورية السابق، قيس الكرداوي اقترح", verbs=("اقترح",)) == [("قيس الكرداوي", "PER")]


def test_no_person_after_a_title_phrase_without_a_name():
    assert _appos("وقال رئيس الحكومة، في تصريح، إن") == []
    assert _appos("وقال وزير الخارجية، السابق، إن") == []  # a common word
    assert _appos("وقال وزير الخارجية، المستقيل، إن") == []  # one rare word alone may be an adjective
    assert _appos("وقال وزير الخارجية، سليم بوزقرو يزور") == []  # no comma, أن or date after the name
    # the title has its name already
    assert _appos("وقال وزير الداخلية سليم بوزقرو، قيس الكرداوي، إن",
                  [("سليم بوزقرو", "PER")]) == [("سليم بوزقرو", "PER")]


def test_rare_words_after_a_title_phrase_need_a_family_name():
    # literary prose: rare words, none a person's word, the last with no article
    assert _appos("يدخل مدير الورشة برقبته الممتدة، يرمي لغما حولي، يستحيل الجو") == []
    assert _appos("يدخل مدير الورشة، مسرعًا المتعب، يستحيل") == []  # tanween: an adverb, not a name


def _titled(text: str, tagged: list[tuple[str, str]] = (), verbs: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    from rasd.stages.mention_person import titled_person_mentions

    autolex = {fold("جلال"): (0.97, 0.0, 0.0, 0.0), fold("طالباني"): (0.83, 0.0, 0.0, 0.0)}
    counts = {fold("جلال"): 900, fold("طالباني"): 8, fold("نفسه"): 3600, fold("السابق"): 3800,
              fold("إيضاحات"): 120, fold("أكثر"): 9000, fold("وبل"): 20}
    ms = [Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged]
    out = titled_person_mentions(text, tokenize(text), ms, autolex, lambda w: counts.get(w, 0),
                                 lambda w: w in {fold("في"), fold("إن")}, lambda w: w in {fold(v) for v in verbs})
    return [(text[m.start:m.end], m.label) for m in out]


def test_untagged_name_right_after_a_definite_title_is_a_person():
    # a person's word of the news, then قد; a rare surname, then إن / أن / a verb
    assert _titled("وكان الرئيس طالباني قد حذر") == [("طالباني", "PER")]
    assert _titled("وأكد الوزير بوعشبة أن القرار نهائي") == [("بوعشبة", "PER")]
    assert _titled("وقال المدرب كوبل إن الفريق جاهز") == [("كوبل", "PER")]  # not ك + وبل
    assert _titled("وكان الرئيس بوعشبة يزور", verbs=("يزور",)) == [("بوعشبة", "PER")]
    # the first name before a surname the tagger knew
    assert _titled("وقال الرئيس جلال طالباني إن", [("طالباني", "PER")]) == [("جلال طالباني", "PER")]


def test_untagged_name_after_a_title_and_its_nationality_is_a_person():
    """الرئيس الإسرائيلي رؤوفين ريفيلين: the nationality adjective belongs to the title, the name follows it."""
    from rasd.stages.mention_person import titled_person_mentions

    text = "قال الرئيس الإسرائيلي رؤوفين ريفيلين إن الحل ممكن"
    out = titled_person_mentions(text, tokenize(text), [], {}, lambda w: 0, lambda w: w == fold("إن"),
                                 lambda w: False, lambda w: w == fold("الإسرائيلي"))
    assert [(text[m.start:m.end], m.label) for m in out] == [("رؤوفين ريفيلين", "PER")]
    text = "قال الرئيس الإسرائيلي إن الحل ممكن"
    assert titled_person_mentions(text, tokenize(text), [], {}, lambda w: 0, lambda w: w == fold("إن"),
                                  lambda w: False, lambda w: w == fold("الإسرائيلي")) == []


def test_untagged_name_after_a_post_and_its_body_is_a_person():
    """النائب بالمجلس التأسيسي الطاهر هميلة: the name follows the body the post is held in (tagged ORG)."""
    autolex = {fold("الطاهر"): (0.25, 0.0, 0.0, 0.0)}
    assert ("الطاهر هميلة", "PER") in _titled_with(
        "قال النائب بالمجلس التأسيسي الطاهر هميلة إن الوضع صعب", [("المجلس التأسيسي", "ORG")], autolex)
    assert ("منجي الرحوي", "PER") in _titled_with(
        "وقال القيادي في الجبهة الشعبية منجي الرحوي إن الحكومة فشلت", [("الجبهة الشعبية", "ORG")], {})
    # a body with no post before it: no name after it
    assert _titled_with("قال المجلس التأسيسي الطاهر هميلة إن", [("المجلس التأسيسي", "ORG")], autolex) == [
        ("المجلس التأسيسي", "ORG")]


def _titled_with(text: str, tagged: list[tuple[str, str]], autolex: dict) -> list[tuple[str, str]]:
    from rasd.stages.mention_person import titled_person_mentions

    ms = [Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged]
    out = titled_person_mentions(text, tokenize(text), ms, autolex, lambda w: 0,
                                 lambda w: w in {fold("في"), fold("إن")})
    return [(text[m.start:m.end], m.label) for m in out]


def test_untagged_full_name_after_a_post_in_construct_with_its_body_is_a_person():
    """ممثل قطاع الحليب بوبكر المهري: past the body's common words (or a tagged place), a full name."""
    from rasd.stages.mention_person import titled_person_mentions

    counts = {fold(w): 5000 for w in "قطاع الحليب التربية اليوم التنظيم في بلدية".split()}
    autolex = {fold("بوبكر"): (0.9, 0.0, 0.0, 0.0)}

    def tag(text, tagged=()):
        ms = [Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged]
        out = titled_person_mentions(text, tokenize(text), ms, autolex, lambda w: counts.get(w, 0),
                                     lambda w: w in {fold("في"), fold("أن")})
        return [(text[m.start:m.end], m.label) for m in out]

    assert tag("وأكد ممثل قطاع الحليب بوبكر المهري أن المطالب مشروعة") == [("بوبكر المهري", "PER")]
    assert ("توميهيسا تاوي", "PER") in tag("وأكد رئيس بلدية ناغازاكي توميهيسا تاوي أن السلام ممكن",
                                           [("ناغازاكي", "LOC")])
    # one rare word after the post and its body is no full name (صبيحة "morning"); a preposition ends the body
    assert tag("أدى وزير التربية صبيحة اليوم زيارة") == []
    assert tag("وهو قائد التنظيم في بنغلادش أن") == []


def test_untagged_full_name_after_a_post_held_for_an_untagged_body_is_a_person():
    """النائب عن حركة النهضة صحبي عتيق: the post, عن and the body's common words the tagger left untagged, then
    a full name, which may end on في."""
    from rasd.stages.mention_person import titled_person_mentions

    counts = {fold(w): 5000 for w in "حركة النهضة تصريح".split()}

    def tag(text):
        out = titled_person_mentions(text, tokenize(text), [], {}, lambda w: counts.get(w, 0),
                                     lambda w: w in {fold("في"), fold("إن")})
        return [(text[m.start:m.end], m.label) for m in out]

    assert tag("وقال النائب عن حركة النهضة صحبي عتيق إن الحركة ستطعن") == [("صحبي عتيق", "PER")]
    assert tag("وقال النائب عن حركة النهضة صحبي عتيق في تصريح له إن الحركة ستطعن") == [("صحبي عتيق", "PER")]
    # one word after the body is no full name, and في ends none of one word
    assert tag("وقال النائب عن حركة النهضة عتيق في تصريح") == []


def test_untagged_name_after_a_title_and_its_adjective_is_a_person():
    assert _titled("وقالت الناشطة الحقوقية نجية بدري إن الوضع خطير") == [("نجية بدري", "PER")]
    assert _titled("بعد مقتل المصور الصحفي جلاء العبادي، في الموصل") == [("جلاء العبادي", "PER")]


def test_no_person_after_an_adjective_title_of_a_noun_or_a_noun_with_its_pronoun():
    assert _titled("الوسط الإعلامي السعودي نعى الدوسري أمس") == []  # الإعلامي qualifies الوسط
    assert _titled("أثناء فترة الرئيسة المنتهية ولايتها كريستينا فرنانديز") == []  # ولايتها: "her term"


def test_no_person_after_a_definite_title_without_a_name():
    assert _titled("وقال الرئيس السابق إن") == []  # an adjective, with the article
    assert _titled("وقال الرئيس نفسه إن") == []  # a common word
    assert _titled("الرئيس سيزور القاهرة") == []  # a verb's future prefix
    assert _titled("ولم يقدم الوزير إيضاحات أكثر") == []  # a rare noun: no name ends before أكثر


def test_person_span_run_on_past_a_name_is_split_where_the_article_names_each_alone():
    """حث [السيستاني العبادي]: two family names, each a person the article names (العبادي the surname of حيدر
    العبادي): two people. طالب [زيكو اتحاد] بلاده: زيكو alone elsewhere, then a common word. A first name and a
    surname both met alone (نوري، المالكي) stay one person."""
    from rasd.stages.mention_person import person_run_on_split

    def split(text, tagged, common=()):
        ms = []
        for w in tagged:
            i = text.index(w, ms[-1].end if ms else 0)
            ms.append(Mention(i, i + len(w), label="PER"))
        out = person_run_on_split(text, tokenize(text), ms, lambda tok: text[tok.base_start:tok.end] in common)
        return [text[m.start:m.end] for m in out]

    text = "دعا السيستاني رئيس الوزراء حيدر العبادي إلى الإصلاح. وحث السيستاني العبادي على المزيد."
    assert split(text, ["السيستاني", "حيدر العبادي", "السيستاني العبادي"]) == [
        "السيستاني", "حيدر العبادي", "السيستاني", "العبادي"]
    text = "أعلن زيكو ترشحه. وطالب زيكو اتحاد بلاده بدعمه."
    assert split(text, ["زيكو", "زيكو اتحاد"], common={"اتحاد"}) == ["زيكو", "زيكو"]
    text = "قرر العبادي إقالة نوري المالكي. وقال المالكي إن نوري لن يستقيل."
    assert split(text, ["العبادي", "نوري المالكي", "المالكي", "نوري"]) == ["العبادي", "نوري المالكي", "المالكي", "نوري"]
