"""Claims stage on small hand-made Arabic sentences: cues, speakers, inheritance, stance, evidence."""

from __future__ import annotations

import pytest

from rasd.config import load_config
from rasd.stages.claims import ClaimsStage
from rasd.stages.events import EventsStage
from tests.stages.event_helpers import make_doc, names


@pytest.fixture(scope="module")
def stage() -> ClaimsStage:
    return ClaimsStage(load_config())


@pytest.fixture(scope="module")
def cue_stage() -> ClaimsStage:
    """The stage without the learnt stance model: stances from cues and markers only."""
    return ClaimsStage(load_config(overrides={"claims": {"learnt_stance": False}}))


def run(stage, text, mentions=()):
    doc = make_doc(text, mentions)
    stage(doc)
    return doc


def cues(doc):
    return [(doc.slice(c.cue), next(iter(names(doc, c.speaker))), c.stance) for c in doc.claims]


@pytest.mark.parametrize("text, mentions, cue, stance", [
    ("قال ماكرون إن الوضع خطير.", [("ماكرون", "PER")], "قال", "assert"),
    ("وأكدت ميركل أن ألمانيا تدعم تونس.", [("ميركل", "PER"), ("ألمانيا", "LOC"), ("تونس", "LOC")], "وأكدت", "assert"),
    ("لكن روسيا نفت هذه المعلومات.", [("روسيا", "LOC")], "نفت", "deny"),
    ("واتهمت روسيا أوكرانيا بقصف السد.", [("روسيا", "LOC"), ("أوكرانيا", "LOC")], "واتهمت", "accuse"),
    ("وحذر زيلينسكي من استعداد روسيا لتدمير السد.", [("زيلينسكي", "PER"), ("روسيا", "LOC")], "وحذر", "warn"),
    ("تعهد بايدن بدعم أوكرانيا.", [("بايدن", "PER"), ("أوكرانيا", "LOC")], "تعهد", "promise"),
    ("دعا غوتيريش إلى وقف القتال.", [("غوتيريش", "PER")], "دعا", "other"),
    ("وفند مجدوب هذه الأخبار.", [("مجدوب", "PER")], "وفند", "deny"),
    ("رجّح مرزوق وجود محاولات لتحويل الاحتجاجات إلى فوضى.", [("مرزوق", "PER")], "رجّح", "assert"),
    ("واشترطت حركة النهضة انسحاب القوات من المدينة.", [("حركة النهضة", "ORG")], "واشترطت", "other"),
    ("وثمن قيس سعيد جهود الجيش في حماية الحدود.", [("قيس سعيد", "PER")], "وثمن", "assert"),
    ("توقعت كريستالينا جورجييفا أن يتباطأ النمو العالمي.", [("كريستالينا جورجييفا", "PER")], "توقعت", "assert"),
    ("وطلبت ميركل من الحكومة اليونانية تقديم مقترحات جديدة.", [("ميركل", "PER")], "وطلبت", "other"),
    ("وطلب أوباما من وزير الخارجية الالتزام بالاتفاق.", [("أوباما", "PER")], "طلب", "other"),
    ("ووجه زكي عبدالهادي اتهامات للمؤلف يوسف معاطي.", [("زكي عبدالهادي", "PER"), ("يوسف معاطي", "PER")], "وجه",
     "accuse"),
    ("أوردت صحيفة الشروق أن الوزير قدم استقالته.", [("صحيفة الشروق", "ORG")], "أوردت", "assert"),
    ("ألمحت ميركل إلى أن ألمانيا قد تغير موقفها.", [("ميركل", "PER"), ("ألمانيا", "LOC")], "ألمحت", "assert"),
    ("نصح محمد علي المرضى بالابتعاد عن الشمس.", [("محمد علي", "PER")], "نصح", "other"),
])
def test_claims_cue_speaker_stance(cue_stage, text, mentions, cue, stance):
    doc = run(cue_stage, text, mentions)
    assert cues(doc)[0] == (cue, mentions[0][0], stance)


def test_claims_a_counted_group_is_bare_and_speaks_for_no_one(stage):
    """عدد من الإعلاميين is an unnamed group, like محللون (GUIDELINES.md): no speaker of a claim."""
    doc = run(stage, "وقال عدد من الإعلاميين إن القرار جائر.")
    assert not [c for c in doc.claims if c.speaker and "الإعلاميين" in names(doc, c.speaker)], cues(doc)


def test_claims_svo_speaker_before_cue(stage):
    doc = run(stage, "وكانت روسيا قد اتهمت أوكرانيا بقصف السد.", [("روسيا", "LOC"), ("أوكرانيا", "LOC")])
    assert cues(doc) == [("اتهمت", "روسيا", "accuse")]


def test_claims_continuation_inherits_speaker(stage):
    doc = run(stage, "قال علاوي إن قطر تدخلت. وأضاف أن الحل هو المصارحة.", [("علاوي", "PER"), ("قطر", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("قال", "علاوي"), ("وأضاف", "علاوي")]


def test_claims_participle_inherits_sentence_speaker(stage):
    doc = run(stage, "وشدد أوستن على الدعم، مشيرا إلى التزامات واشنطن.", [("أوستن", "PER"), ("واشنطن", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("وشدد", "أوستن"), ("مشيرا", "أوستن")]


def test_claims_participle_goes_on_with_the_speaker_not_a_cue_inside_his_words(stage):
    # دعا inside what مرزوق says has its own subject; مشيرا after it is still مرزوق's
    doc = run(stage, "وقال محسن مرزوق إن حزبه دعا القوى السياسية للحوار، مشيرا إلى أن الحكومة عاجزة.",
              [("محسن مرزوق", "PER")])
    assert [c[:2] for c in cues(doc) if c[0] == "مشيرا"] == [("مشيرا", "محسن مرزوق")]
    # after a clause break (فيما) the second speaker goes on
    doc = run(stage, "قال محسن مرزوق إن الحوار ضروري فيما قال رياض الشعيبي إن الأزمة عميقة، مشيرا إلى البطالة.",
              [("محسن مرزوق", "PER"), ("رياض الشعيبي", "PER")])
    assert [c[:2] for c in cues(doc) if c[0] == "مشيرا"] == [("مشيرا", "رياض الشعيبي")]


def test_claims_attribution_phrase(stage):
    doc = run(stage, "ووفقا لوزارة الدفاع، فإن الوزير سافر.", [("وزارة الدفاع", "ORG")])
    assert cues(doc) == [("وفقا", "وزارة الدفاع", "assert")]


def test_claims_attribution_to_one_s_own_statements_to_an_outlet(stage):
    """بحسب تصريحاته لمراسل X: the one who made the statements speaks, the outlet was told."""
    doc = run(stage, 'ورجح مرزوق وجود محاولات للفوضى، بحسب تصريحاته لمراسل "الجوهرة". ودعا إلى الحوار.',
              [("مرزوق", "PER"), ("الجوهرة", "MISC")])
    assert {c[1] for c in cues(doc)} == {"مرزوق"}, cues(doc)


def test_claims_the_object_after_bi_is_no_speaker(stage):
    """وندد بعدم تعيين سفير تونسي: the ب object has begun after the cue, so the one speaking goes on."""
    doc = run(stage, "وقال الطبيب إن تونس غائبة. وندّد بعدم تعيين سفير تونسي في ليبيا، مؤكدا ضرورة الحوار.",
              [("الطبيب", "PER"), ("تونس", "LOC"), ("ليبيا", "LOC")])
    assert [c[1] for c in cues(doc)] == ["الطبيب", "الطبيب", "الطبيب"], cues(doc)


def test_claims_a_speaker_set_off_by_commas_after_the_cue(stage):
    doc = run(stage, "استنكر، حزب المؤتمر، دعوة رئيس الجمهورية لعدم تجريم استهلاك المخدرات معتبرا أن ذلك خطير.",
              [("حزب المؤتمر", "ORG"), ("رئيس الجمهورية", "PER")])
    assert [c[:2] for c in cues(doc)] == [("استنكر", "حزب المؤتمر"), ("معتبرا", "حزب المؤتمر")], cues(doc)


@pytest.mark.slow
def test_claims_a_person_after_the_body_of_his_title_speaks():
    """المتحدث الإعلامي بأمانة المنطقة محمد الصفيان: the ب is on the title's body; لوزير التربية ناجي جلول after
    انتقاده is whom the criticism is about, not the speaker."""
    import rasd

    doc = rasd.analyze("وأوضح مدير عام إدارة العلاقات العامة والإعلام المتحدث الإعلامي بأمانة المنطقة محمد الصفيان، "
                       "أن اللجنة ستبدأ في وضع اللمسات النهائية.")
    names_ = {e.id: e.name for e in doc.entities}
    assert [(doc.slice(c.cue), names_.get(c.speaker)) for c in doc.claims] == [
        ("وأوضح", "محمد الصفيان")]


@pytest.mark.parametrize("text, mentions, speaker", [
    # past a long title the أن is counted from the speaker's name
    ("وبين الأمين العام المساعد للاتحاد العام التونسي للشغل، قاسم عفية، أن الإضراب تأجل.",
     [("قاسم عفية", "PER")], "قاسم عفية"),
    # a person set off by commas after a partitive phrase
    ("ناشد أحد أفراد الحرس الوطني، محمد حسن الحارثي، وزير الحرس الوطني النظر في قضيته.",
     [("محمد حسن الحارثي", "PER")], "محمد حسن الحارثي"),
    # ... or after a description that is no title
    ("وقال الاستاذ المحامي، حبيب بن زايد إن العقوبات تصل إلى السجن المؤبد.", [("حبيب بن زايد", "PER")],
     "حبيب بن زايد"),
    ("كما قال ولي احد المحتجين، طاهر عافي، إن الوضع لا يحتمل المماطلة.", [("طاهر عافي", "PER")], "طاهر عافي"),
    # a profession opens the title phrase as a post does, its prepositional phrase and rank included
    ("حذر الضابط المنشق من الجيش السوري العميد الركن إبراهيم الجباوي من سقوط المدينة.",
     [("الجيش السوري", "ORG"), ("إبراهيم الجباوي", "PER")], "إبراهيم الجباوي"),
])
def test_claims_a_person_set_off_after_a_long_phrase(stage, text, mentions, speaker):
    doc = run(stage, text, mentions)
    assert [c[1] for c in cues(doc)] == [speaker], cues(doc)


def test_claims_a_second_call_goes_on_with_the_first_caller(stage):
    """دعا X حزب العمال إلى … وحث الحكومة على …: the second call is X's; the government is called on."""
    doc = run(stage, "دعا دمرداش حزب العمال إلى رفع اصبعه عن الزناد وحث الحكومة على بدء محادثات.",
              [("دمرداش", "PER"), ("حزب العمال", "ORG"), ("الحكومة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("دعا", "دمرداش"), ("وحث", "دمرداش")], cues(doc)


def test_claims_nationality_speaker_phrase(stage):
    doc = run(stage, "وقال مصدر عسكري أردني إن الجيش دمر المركبة.")
    assert cues(doc)[0][:2] == ("وقال", "مصدر عسكري أردني")
    assert doc.entity(doc.claims[0].speaker).country == "JOR"


@pytest.mark.parametrize("text, country", [
    ("وقال مسؤول أفغاني إن عمر توفي قبل عامين.", "AFG"),  # أفغاني: the nisba of أفغانستان drops ستان
    ("وقالت الخارجية الأميركية إن الاتفاق صامد.", "USA"),  # the Gulf press's spelling of American
])
def test_claims_speaker_of_a_nationality_the_regular_rule_misses(stage, text, country):
    doc = run(stage, text)
    assert doc.claims and doc.entity(doc.claims[0].speaker).country == country, cues(doc)


@pytest.mark.parametrize("text, mentions, expected", [
    # رئيس الأكاديمية again, with no name: the one introduced after that post and its body
    ("أكد رئيس الأكاديمية العربية للعلوم إسماعيل عبد الغفار أن التدريب مهم. وأكد رئيس الأكاديمية، أن القاعة جاهزة.",
     [("إسماعيل عبد الغفار", "PER")], [("أكد", "إسماعيل عبد الغفار"), ("وأكد", "إسماعيل عبد الغفار")]),
    ("قال عميد التعلم الإلكتروني عبدالعزيز العامر إن المراكز جاهزة. وصرح عميد التعلم الإلكتروني بأن التسجيل مفتوح.",
     [("عبدالعزيز العامر", "PER")], [("قال", "عبدالعزيز العامر"), ("وصرح", "عبدالعزيز العامر")]),
    # two deans introduced so: the post alone names neither (the last speaker goes on, not the first dean)
    ("قال عميد كلية الطب علي سالم إن الامتحان قريب. وقال عميد كلية الحقوق أحمد فرج إن النتائج جاهزة. "
     "وأكد عميد الكلية أن التسجيل مفتوح.",
     [("علي سالم", "PER"), ("أحمد فرج", "PER")], [("قال", "علي سالم"), ("وقال", "أحمد فرج"), ("وأكد", "أحمد فرج")]),
])
def test_claims_a_post_named_again_without_the_name(stage, text, mentions, expected):
    assert [c[:2] for c in cues(run(stage, text, mentions)) if c[1]] == expected


def test_claims_quoted_speaker_after_an(stage):
    doc = run(stage, "ونقلت الوكالة عن مسؤولين في الحركة قولهم إن القتال مستمر.")
    assert cues(doc)[0][:2] == ("قولهم", "مسؤولين في الحركة")


def test_claims_content_span(stage):
    doc = run(stage, "قال ماكرون إن الوضع خطير.", [("ماكرون", "PER")])
    assert doc.slice(doc.claims[0].content).startswith("إن الوضع خطير")


def test_claims_relative_clause_is_not_a_cue(stage):
    doc = run(stage, "توقفت الاتصالات ما يهدد الأمن الدولي.")
    assert doc.claims == []


def test_claims_evidence_note(stage):
    doc = run(stage, "واتهمت روسيا أوكرانيا بقصف السد، لكن لم يقدم أي من الطرفين دليلا.",
              [("روسيا", "LOC"), ("أوكرانيا", "LOC")])
    assert doc.claims and "دليلا" in doc.claims[0].evidence


def test_claims_no_speaker_no_claim(stage):
    doc = run(stage, "قال إن الوضع خطير.")
    assert doc.claims == []


def test_claims_title_then_name_is_one_speaker(stage):
    doc = run(stage, "وقال رئيس مجلس النواب أوغو فيلاسكيز إن التصويت أرجئ.",
              [("مجلس النواب", "ORG"), ("أوغو فيلاسكيز", "PER")])
    assert "أوغو فيلاسكيز" in names(doc, doc.claims[0].speaker)


def test_claims_definite_title_refers_back(stage):
    doc = run(stage, "وقال مصدر عسكري أردني إن الجيش دمر المركبة. وبين المصدر أن الجنود رصدوها.")
    assert [c[1] for c in cues(doc)] == ["مصدر عسكري أردني", "مصدر عسكري أردني"]


def test_claims_named_subject_that_is_no_actor_gets_no_claim(stage):
    doc = run(stage, "قال علاوي إن قطر تدخلت. وقالت المراجع إن القرار اتخذ.", [("علاوي", "PER"), ("قطر", "LOC")])
    assert [c[0] for c in cues(doc)] == ["قال"]


def test_claims_antecedent_of_relative_pronoun(stage):
    doc = run(stage, "التقى الوفد رئيس الوكالة يوكيا أمانو، الذي أكد عدم قدرته على الكشف.", [("يوكيا أمانو", "PER")])
    assert cues(doc)[0][:2] == ("أكد", "يوكيا أمانو")


def test_claims_unnamed_definite_antecedent_of_relative_pronoun(stage):
    # الطبيب الشرعي الذي أكد: the coroner, unnamed, speaks; not where the cue names its own subject after it
    doc = run(stage, "ونقلت الجثة إلى الطبيب الشرعي الذي أكد في تقريره أن الوفاة كانت خنقا.")
    assert cues(doc)[0][:2] == ("أكد", "الطبيب الشرعي")
    doc = run(stage, "واتجهت لإغلاق أبوابه الرئيسة التي قالت الشرطة إن محتجين فتحوها.")
    assert "الرئيسة" not in [c[1] for c in cues(doc)]


def test_claims_the_number_twelve_is_no_praise(stage):
    # اثني عشر (twelve) folds like أثنى (praised)
    doc = run(stage, "ووجهت السلطات الأمريكية اتهامات لاثني عشر شخصا على صلة بالموقع.")
    assert "لاثني" not in [c[0] for c in cues(doc)] and "اثني" not in [doc.slice(c.cue) for c in doc.claims]


def test_claims_the_outlets_own_reporter_narrates(stage):
    doc = run(stage, "وأكدت موفدتنا إيمان الفجاري مقاطعة أغلب المخابز للإضراب.", [("موفدتنا إيمان الفجاري", "PER")])
    assert cues(doc) == []
    doc = run(stage, "وقال مراسلنا في تونس إن الوضع هادئ.", [("تونس", "LOC")])
    assert cues(doc) == []


def test_claims_surname_of_a_person_named_before(stage):
    doc = run(stage, "وقال عادل الجبير إن العلاقات جيدة. وأكد الجبير أن إيران تتدخل.", [("عادل الجبير", "PER")])
    assert [c[1] for c in cues(doc)] == ["عادل الجبير", "عادل الجبير"]
    assert doc.claims[1].speaker == doc.claims[0].speaker


def test_claims_title_repeated_after_the_cue_is_the_same_speaker():
    from rasd import analyze

    doc = analyze("قال وزير الخارجية عادل الجبير إن الأمن مهم. ثم التقى وزير الخارجية الألماني فرانك شتاينماير. "
                  "وفيما يتعلق بحقوق الإنسان، أكد وزير الخارجية أن للإنسان حقوقه.", id="t")
    speakers = {doc.slice(c.cue): doc.entity(c.speaker).name for c in doc.claims}
    # the German minister carries his adjective: the bare title is the article's own minister
    assert speakers.get("أكد") == "Adel al-Jubeir", speakers


def test_claims_dropped_subject_continues_the_sentences_speaker():
    from rasd import analyze

    doc = analyze("وفيما يتعلق بحقوق الإنسان، أكد وزير الخارجية عادل الجبير أن للإنسان حقوقه، وتطرق إلى قضية "
                  "رائف بدوي، وقال إن أموره تسير وفق القضاء.", id="t")
    # وقال after "قضية رائف بدوي،": the minister goes on speaking, not the man his case concerns
    assert [doc.entity(c.speaker).name for c in doc.claims] == ["Adel al-Jubeir", "Adel al-Jubeir"]


def test_claims_title_phrase_with_its_institution_before_the_name():
    from rasd import analyze

    doc = analyze("أكد رئيس كتلة حركة النهضة بمجلس نواب الشعب، نور الدين البحيري، على ضرورة الإسراع في التصويت.",
                  id="t")
    assert doc.claims and doc.entity(doc.claims[0].speaker).name_ar == "نور الدين البحيري"


def test_claims_definite_title_refers_back_to_the_actor_it_described():
    from rasd import analyze

    doc = analyze("وقالت وكالة الأناضول إن الغارات مستمرة. وقالت الوكالة إن 390 مسلحا قتلوا.", id="t")
    assert [doc.slice(c.cue) for c in doc.claims] == ["وقالت", "وقالت"]
    assert len({c.speaker for c in doc.claims}) == 1


def test_claims_participle_after_an_unnamed_source_makes_no_claim():
    from rasd import analyze

    doc = analyze("قال حيدر العبادي إن الإصلاحات مستمرة. وكشفت مراجع عراقية عليا أسرار القرار مؤكدة أن القرارات "
                  "جاءت بالتنسيق مع طهران.", id="t")
    # مؤكدة goes on with the unnamed مراجع عراقية (excluded), not with al-Abadi from the sentence before
    assert [doc.slice(c.cue) for c in doc.claims] == ["قال"]


def test_claims_title_set_off_before_an_honorific_and_name():
    from rasd import analyze

    doc = analyze("وأوضح المتحدث الرسمي لانتخابات أعضاء المجالس البلدية، المهندس جديع بن نهار القحطاني، أن النظام "
                  "نص على ذلك.", id="t")
    assert [doc.entity(c.speaker).name_ar for c in doc.claims] == ["جديع بن نهار القحطاني"]


def test_claims_addressee_after_mukhatiban_is_not_the_speaker():
    from rasd import analyze

    doc = analyze("وقال صلاح الدين دمرداش إن الحل ممكن. وأضاف مخاطبا رئيس الوزراء أحمد داود أوغلو: «عليك أن توقف "
                  "العمليات».", id="t")
    assert len({c.speaker for c in doc.claims}) == 1 and len(doc.claims) == 2


def test_claims_named_subject_before_comma_and_cue():
    from rasd import analyze

    doc = analyze("وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش، دعا أمس الحكومة التركية إلى وقف "
                  "القتال.", id="t")
    assert [doc.entity(c.speaker).name_ar for c in doc.claims] == ["صلاح الدين دمرتاش"]


def test_claims_participle_with_no_cue_before_takes_the_sentence_subject():
    from rasd import analyze

    doc = analyze("قال المحامي نزار عياد إن الشهادة مغلوطة. وكان عماد الطرابلسي استعرض في شهادته أمس تفاصيل ما حدث، "
                  "إذ أشار إلى أنه تحول إلى المطار.", id="t")
    speakers = [doc.entity(c.speaker).name_ar for c in doc.claims]
    assert speakers[-1].startswith("عماد"), speakers  # the tagger may find only the first name here


def test_claims_leader_title_refers_to_the_person_named_with_it():
    from rasd import analyze

    doc = analyze("أكد رئيس كتلة حركة النهضة بمجلس نواب الشعب، نور الدين البحيري، على ضرورة الإسراع. وأوضح رئيس كتلة "
                  "النهضة أن الحكومة لم تطلب تعديل المشروع.", id="t")
    assert [doc.entity(c.speaker).name_ar for c in doc.claims] == ["نور الدين البحيري"] * 2


@pytest.mark.parametrize("text, stance", [
    ("قال أردوغان إن هولندا ستدفع الثمن.", "warn"),
    ("وقال المحامي نزار عياد إن الشهادة تنطوي على مغالطة كبرى.", "accuse"),
    ("وقال الوزير خميس الجهيناوي إن النتائج مشجعة.", "assert"),
    ("وقال الوزير خميس الجهيناوي إن تونس تساند الحل دون تضليل.", "assert"),  # negated marker
    ("وقال الوزير خميس الجهيناوي إن القوات ارتكبت انتهاكات جسيمة في حق المدنيين.", "accuse"),
    ("وقال الوزير خميس الجهيناوي: ندين هذا العمل الجبان.", "accuse"),
])
def test_claims_plain_statement_takes_the_stance_of_its_content(text, stance):
    from rasd import analyze

    doc = analyze(text, id="t")
    assert [c.stance for c in doc.claims] == [stance]


def test_claims_content_stance_can_be_switched_off():
    from rasd.document import Document
    from rasd.pipeline import Pipeline

    cfg = load_config(overrides={"claims": {"content_stance": False, "learnt_stance": False}})
    doc = next(iter(Pipeline(cfg.pipeline, cfg).run_many([Document(id="t", text="قال أردوغان إن هولندا ستدفع الثمن.")])))
    assert [c.stance for c in doc.claims] == ["assert"]


def test_claims_conjoined_cue_continues_the_reported_subject():
    from rasd import analyze

    doc = analyze("أكد الرئيس الأمريكي دونالد ترامب دعمه لروسيا. وقال البيت الأبيض في بيان، إن ترامب تحدث الى بوتين "
                  "لإدانة الهجوم، وأعرب عن خالص تعازيه للضحايا. ودعا النشطاء إلى تنظيم مظاهرة.", id="t")
    speakers = {doc.slice(c.cue): doc.entity(c.speaker).name for c in doc.claims}
    assert speakers.get("وأعرب", speakers.get("أعرب")) == "Donald Trump", speakers
    assert "ودعا" not in speakers and "دعا" not in speakers  # bare activists make no claim


def test_claims_participle_takes_the_sentences_speaker_not_who_follows(stage):
    doc = run(stage, "وعبر الرئيس هادي عن سعادته بالانتصارات، مشيدا بالدور الذي تقوم به دول التحالف.",
              [("هادي", "PER"), ("التحالف", "ORG")])
    assert ("مشيدا", "هادي", "assert") in cues(doc), cues(doc)


def test_claims_between_is_no_cue(stage):
    doc = run(stage, "أكد الرئيس السبسي على عراقة العلاقات بين تونس وليبيا مبينا أن أمن تونس من أمن ليبيا.",
              [("السبسي", "PER"), ("تونس", "LOC"), ("ليبيا", "LOC"), ("تونس", "LOC"), ("ليبيا", "LOC")])
    got = cues(doc)
    assert all(c != "بين" for c, _, _ in got) and ("مبينا", "السبسي", "assert") in got, got


def test_claims_honorific_is_the_last_speaker(stage):
    doc = run(stage, "دان الأمين العام محمد آل عمرو الحادث الإجرامي. وقال معاليه إن المنفذ أداة لأجندة خارجية.",
              [("محمد آل عمرو", "PER")])
    got = cues(doc)
    assert ("دان", "محمد آل عمرو", "accuse") in got and ("وقال", "محمد آل عمرو", "assert") in got, got


def test_claims_continuation_stops_at_that_with_its_pronoun(stage):
    """وأضاف أنه عقب تطهير مدينة قعطبة …: أنه opens what is said, so the place after it is no speaker."""
    doc = run(stage, "قال سامي إن القوات دخلت المدينة. وأضاف أنه عقب تطهير مدينة قعطبة دخلت القوات دمت.",
              [("سامي", "PER"), ("قعطبة", "LOC"), ("دمت", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("قال", "سامي"), ("وأضاف", "سامي")]


def test_claims_abbara_expressed_is_no_preposition_before_its_speaker(stage):
    """عبر وزير الخارجية … عن ارتياحه: عبر is the cue "expressed", so the minister right after it speaks."""
    doc = run(stage, "من جانبه عبر وزير الخارجية الألماني فرانك شتاينماير عن ارتياحه لتطورات العمليات.",
              [("فرانك شتاينماير", "PER")])
    assert [c[:2] for c in cues(doc)] == [("عبر", "فرانك شتاينماير")]


def test_claims_talked_about_is_a_statement():
    doc = run(ClaimsStage(load_config()), "وتحدث الوزير الألماني فرانك شتاينماير عن مأساة الشعب السوري.",
              [("فرانك شتاينماير", "PER")])
    assert [c[1] for c in cues(doc)] == ["فرانك شتاينماير"]
    doc = run(ClaimsStage(load_config()), "وتحدث الوزير فرانك شتاينماير في المؤتمر الصحفي مساء أمس.",
              [("فرانك شتاينماير", "PER")])
    assert cues(doc) == []


def test_claims_institution_taken_up_by_its_head():
    """وقالت الجمعية: the one association the article names in full."""
    doc = run(ClaimsStage(load_config()), "أعلنت جمعية القضاة التونسيين رفضها للتعيينات. وقالت الجمعية إنها ستطعن فيها.",
              [("جمعية القضاة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("أعلنت", "جمعية القضاة"), ("وقالت", "جمعية القضاة")]


def test_claims_the_statement_speaks_for_whoever_issued_it():
    """وذكر البيان، وشدد البلاغ: the last speaker, who issued the statement."""
    doc = run(ClaimsStage(load_config()), "قالت جمعية القضاة في بيان إن الحركة معيبة. وذكر البيان أن هناك اخلالات. "
              "وشدد البلاغ على المراجعة.", [("جمعية القضاة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("قالت", "جمعية القضاة"), ("وذكر", "جمعية القضاة"),
                                          ("وشدد", "جمعية القضاة")]


def test_claims_tabaa_reports_only_with_what_is_said_after_it():
    """وتابع "went on" reports with أن or a colon after it; followed by an object it is "followed up"."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وتابع الأمير خالد الحالة الصحية للمرضى في المستشفى.", [("خالد", "PER")])
    assert cues(doc) == []
    doc = run(stage, "قال الأمير خالد إن الحالة مستقرة. وتابع أن المرضى سيخرجون قريبا.", [("خالد", "PER")])
    assert [c[:2] for c in cues(doc)] == [("قال", "خالد"), ("وتابع", "خالد")]


def test_claims_a_paper_writes_that():
    stage = ClaimsStage(load_config())
    doc = run(stage, "وكتبت صحيفة نيويورك تايمز أنه وضع رهانه مع الجمهوريين.", [("نيويورك تايمز", "ORG")])
    assert [(c[0], c[1].endswith("نيويورك تايمز")) for c in cues(doc)] == [("وكتبت", True)]
    doc = run(stage, "وكتب سامي الطرابلسي رسالة طويلة.", [("سامي الطرابلسي", "PER")])
    assert cues(doc) == []  # writing a letter is no statement


def test_claims_long_title_phrase_speaks_through_the_person_it_names():
    stage = ClaimsStage(load_config())
    doc = run(stage, "أفاد الكاتب العام الجهوي للاتحاد الجهوي للشغل بتطاوين، بشير السعيدي، بأن الاتفاق سيوقع.",
              [("لاتحاد الجهوي", "ORG"), ("تطاوين", "LOC"), ("بشير السعيدي", "PER")])
    assert [c[:2] for c in cues(doc)] == [("أفاد", "بشير السعيدي")]
    doc = run(stage, "وقال فضيلة رئيس هيئة مدينة جدة الشيخ عبدالله السلمان إن العمل إجرامي.",
              [("جدة", "LOC"), ("عبدالله السلمان", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "عبدالله السلمان")]


def test_claims_title_phrase_places_and_between_are_no_speakers():
    stage = ClaimsStage(load_config())
    doc = run(stage, "وأوضح المدير سامي أن الشركة ستسير رحلتين بين مطار الجوف ومطار القاهرة، مضيفا أن العدد أربع.",
              [("سامي", "PER"), ("الجوف", "LOC"), ("القاهرة", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("وأوضح", "سامي"), ("مضيفا", "سامي")]
    doc = run(stage, "استنكر فضيلة المدير العام لفرع الرئاسة العامة بمنطقة جدة الشيخ عبدالله الفواز التفجير.",
              [("الرئاسة العامة", "ORG"), ("جدة", "LOC"), ("عبدالله الفواز", "PER")])
    assert [c[:2] for c in cues(doc)] == [("استنكر", "عبدالله الفواز")]
    doc = run(stage, "وقال الوزير سامي إن الحكومة مطالبة بالحوار.", [("سامي", "PER")])
    assert [c[0] for c in cues(doc)] == ["وقال"]


def test_claims_office_of_an_institution_speaks_for_it():
    doc = run(ClaimsStage(load_config()),
              "عبّر المكتب التنفيذي الوطني للاتحاد العام التونسي للشغل في بيان له اليوم السبت، عن رفضه لتعليق الدروس.",
              [("لاتحاد العام التونسي", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("عبّر", "لاتحاد العام التونسي")]


def test_claims_bare_plural_sources_make_no_claim_and_continue_no_one():
    """GUIDELINES.md: مصادر أمريكية/خليجية are bare; official sources or sources of a named body speak."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وقال سامي إن الوضع خطير. وكشفت مصادر صحفية يمنية أن القادة اجتمعوا. وأضافت المصادر أن الضباط رفضوا.",
              [("سامي", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "سامي")]
    doc = run(stage, "وأوضحت مصادر المقاومة أن القوات تقدمت.", [("المقاومة", "ORG")])
    assert [c[0] for c in cues(doc)] == ["وأوضحت"] and "المقاومة" in cues(doc)[0][1]


def test_claims_what_comes_in_a_statement_is_its_issuers(stage):
    doc = run(stage, "وجاء في بيان نشرته وزارة الخارجية الروسية على موقعها أن القائمة تضم 18 دولة.",
              [("وزارة الخارجية الروسية", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وجاء", "وزارة الخارجية الروسية")]
    # with no issuer named, the one who issued the statement, already speaking
    doc = run(stage, "أدانت وزارة الخارجية الهجوم. وجاء في البيان أن الوزارة تتابع الوضع.", [("وزارة الخارجية", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("أدانت", "وزارة الخارجية"), ("وجاء", "وزارة الخارجية")]
    # جاء with no text it comes in is no cue
    assert cues(run(stage, "جاء الرد سريعا من وزارة الخارجية.", [("وزارة الخارجية", "ORG")])) == []


def test_claims_a_date_set_off_by_a_comma_before_the_speaker(stage):
    doc = make_doc("أفاد اليوم الخميس، الناطق باسم المحكمة رشدي بن رمضان أن المتهم أوقف.",
                   [("رشدي بن رمضان", "PER")], [("اليوم الخميس", "2016-12-08")])
    stage(doc)
    assert [c[1] for c in cues(doc)] == ["رشدي بن رمضان"]


@pytest.mark.parametrize("text, mentions, speaker", [
    # a source of a body after من/في/بـ speaks for the body
    ("أكدت مصادر من الشرطة أن المتهم متورط في الهجوم.", [], "الشرطة"),
    ("أعلن مصدر مطلع بنادي الهلال غياب قائد الفريق سعود كريري.", [("الهلال", "ORG"), ("سعود كريري", "PER")], "الهلال"),
    # a source of none is bare: no claim, and not the one named after it (the object)
    ("أعلن مصدر مطلع غياب قائد الفريق سعود كريري.", [("سعود كريري", "PER")], None),
    ("أكدت مصادر عسكرية نجاح القوات الحكومية في الدخول إلى المدينة.", [], None),
])
def test_claims_a_source_speaks_for_the_body_it_is_of(stage, text, mentions, speaker):
    got = [c[1] for c in cues(run(stage, text, mentions))]
    assert got == ([speaker] if speaker else []), got


def test_claims_titled_institution_then_the_person_it_ends_in():
    doc = run(ClaimsStage(load_config()), "وأوضح الأمين العام للمنظمة التونسية للأطباء الشبان جاد الهنشيري، وفي تصريح "
                                          "للصحفيين، أن الوضع خطير.",
              [("لمنظمة التونسية", "ORG"), ("جاد الهنشيري", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وأوضح", "جاد الهنشيري")]


def test_claims_fa_qalat_goes_on_with_the_institution_that_commented():
    doc = run(ClaimsStage(load_config()), 'وعلقت صحيفة "هافنجتون بوست" على هذا الخبر، فقالت إن تشاك شومر له دور محوري.',
              [("هافنجتون بوست", "ORG"), ("تشاك شومر", "PER")])
    assert len(cues(doc)) == 1 and "هافنجتون بوست" in cues(doc)[0][1]


def test_claims_kana_subject_past_a_long_apposition():
    """كان X، title …، قد صرح: the speaker is the subject of كان, however long the apposition."""
    doc = run(ClaimsStage(load_config()),
              "وكان سيرجي سوروفيكين، قائد القوات الروسية في منطقة العمليات العسكرية الخاصة بأوكرانيا، "
              "قد صرح بأن الوضع متوتر.",
              [("سيرجي سوروفيكين", "PER"), ("أوكرانيا", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("صرح", "سيرجي سوروفيكين")]


def test_claims_pronoun_on_a_particle_is_the_speaker_going_on():
    """لكنه أكد: the one already speaking, not the institution named before the comma."""
    doc = run(ClaimsStage(load_config()),
              "وقال الرئيس هادي إن الحكومة مستعدة للسلام، لكنه أكد أن تنفيذ القرار شرط.",
              [("هادي", "PER"), ("الحكومة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "هادي"), ("أكد", "هادي")]


def test_claims_fi_ma_is_while_not_a_relative():
    """في ما أكدت النيابة (while the prosecution said) is a cue; في ما أكده البيان (in what it said) is not."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وقالت الشرطة إن الرجل اعتقل، في ما أكدت النيابة أن المذكرة تتعلق بحالات غش.",
              [("الشرطة", "ORG"), ("النيابة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وقالت", "الشرطة"), ("أكدت", "النيابة")]
    doc = run(stage, "وقالت الشرطة إن الرجل اعتقل، في ما أكده البيان عن المذكرة.", [("الشرطة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وقالت", "الشرطة")]


def test_claims_kull_min_names_a_joint_subject():
    """استنكرت كل من X و Y: "each of" opens the subject; من is no preposition there."""
    doc = run(ClaimsStage(load_config()), "استنكرت كل من وزارة الصحة ووزارة العدل في بيان مشترك تسريب التقارير.",
              [("وزارة الصحة", "ORG"), ("وزارة العدل", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("استنكرت", "وزارة الصحة")]


def test_claims_outlet_spoken_to_is_no_speaker_even_with_its_short_name():
    """وقال X لهيئة الإذاعة البريطانية (بي.بي.سي): the outlet is addressed; its bracketed short name too."""
    doc = run(ClaimsStage(load_config()), 'وقال المدرب لهيئة الإذاعة البريطانية (بي.بي.سي) "لعبنا بشكل رائع".',
              [("هيئة الإذاعة البريطانية", "ORG"), ("بي.بي.سي", "ORG")])
    assert all(c[1] not in ("بي.بي.سي", "هيئة الإذاعة البريطانية") for c in cues(doc))


def test_claims_nominative_dual_takes_up_two_parties_as_one_speaker():
    """واشار الطرفان / قالت الشركتان: the two parties just named speak, not the source attributed before."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "استأنفت اليونان ودائنوها محادثاتهم امس، واشار الطرفان الى ان الخطة ستنتهي قريبا.",
              [("اليونان", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("واشار", "الطرفان")]
    doc = run(stage, "وحسب رويترز، قالت الشركتان إن بعض الرموز مشتركة.", [("رويترز", "ORG")])
    assert ("قالت", "الشركتان") in [c[:2] for c in cues(doc)]


def test_claims_bare_between_after_a_word_is_the_preposition():
    """التعاون بين البلدين، من بين الحضور: بين after a noun is "between, among", not بيّن "explained",
    so it hides no speakerless cue from the participle after it; كما بين أن is still the verb."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وأكد الوزير سامي أن التعاون بين البلدين مهم، مضيفا أن الزيارة ناجحة.", [("سامي", "PER")])
    got = cues(doc)
    assert ("مضيفا", "سامي", "assert") in got and all(c != "بين" for c, _, _ in got), got
    doc = run(stage, "وقالت الوزيرة هند التي كانت من بين الحضور أن الحفل ناجح مضيفة أن الزوار كثر.", [("هند", "PER")])
    assert ("مضيفة", "هند", "assert") in cues(doc), cues(doc)
    doc = run(stage, "وصل الوزير سامي إلى تونس. كما بين سامي أن التعاون مهم.", [("سامي", "PER"), ("تونس", "LOC"), ("سامي", "PER")])
    assert ("بين", "سامي", "assert") in cues(doc), cues(doc)


def test_claims_participle_skips_a_speakerless_cue_that_names_no_one():
    """A cue inside what the speaker says (أن تقارير كشفت …) or with its subject dropped (كما شدد على …)
    leaves the participle after it to the speaker; a cue of unnamed sources still makes no claim."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وأكد الوزير سامي أن تقارير كشفت تراجع الأسعار، محذرا من الاحتكار.", [("سامي", "PER")])
    assert ("محذرا", "سامي", "warn") in cues(doc), cues(doc)
    doc = run(stage, "وأكد الوزير سامي أن الزيارة ناجحة. كما شدد على أن التعاون مهم، نافيا وجود خلاف.",
              [("سامي", "PER")])
    assert ("نافيا", "سامي", "deny") in cues(doc), cues(doc)
    doc = run(stage, "قال الوزير سامي إن الزيارة ناجحة. وكشفت مصادر عراقية أن الهجوم فشل، مؤكدة أن المنفذين فروا.",
              [("سامي", "PER")])
    assert [c[0] for c in cues(doc)] == ["قال"], cues(doc)


def test_claims_adjective_forms_are_no_participle_cues():
    """حضورا لافتا "a remarkable presence" (لافتا إلى أن is the cue) and عادة "usually" report nothing."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وقال سامي إن الشركات سجلت حضورا لافتا في السوق.", [("سامي", "PER")])
    assert [c[0] for c in cues(doc)] == ["وقال"], cues(doc)
    doc = run(stage, "وقال سامي إن الاجتماع يعقد عادة في تونس.", [("سامي", "PER"), ("تونس", "LOC")])
    assert [c[0] for c in cues(doc)] == ["وقال"], cues(doc)
    doc = run(stage, "وقال سامي إن الاجتماع ناجح، لافتا إلى أهمية الحوار.", [("سامي", "PER")])
    assert ("لافتا", "سامي", "assert") in cues(doc), cues(doc)


def test_claims_more_participles_and_one_cue_per_statement():
    """مبرزا، مثمنا، منددا، مناشدا go on with the speaker; وأضاف مؤكدا أن is one statement, one cue."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وأكد الوزير سامي أن الجيش قوي، مبرزا دوره في حماية الحدود.", [("سامي", "PER")])
    assert ("مبرزا", "سامي", "assert") in cues(doc), cues(doc)
    doc = run(stage, "وقال الوزير سامي إن الحادث خطير. وأضاف مؤكدا أن الجريمة بشعة.", [("سامي", "PER")])
    assert [c[0] for c in cues(doc)] == ["وقال", "وأضاف"], cues(doc)


def test_claims_cue_verbs_with_an_object_pronoun():
    """الذي وصفه بالمخزي، ووصفه بالمخيب، واتهمتها بـ: cues whose dropped subject is the one speaking;
    the relative is their object, not their speaker. بحسب وصفه and بوصفه are the noun."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وأكد نتنياهو أن إسرائيل لن تلتزم بقرار مجلس الأمن الذي وصفه بالمخزي.",
              [("نتنياهو", "PER"), ("إسرائيل", "LOC"), ("مجلس الأمن", "ORG")])
    # (the stance is the learnt model's, assert or accuse: a description as shameful is read either way)
    assert ("وصفه", "نتنياهو") in [c[:2] for c in cues(doc)], cues(doc)
    doc = run(stage, "ورد المتحدث جوش إيرنست على بيان شومر، ووصفه بالمخيب.", [("جوش إيرنست", "PER"), ("شومر", "PER")])
    assert ("وصفه", "جوش إيرنست") in [c[:2] for c in cues(doc)], cues(doc)
    doc = run(stage, "استدعت وزارة الخارجية السفير القطري، واتهمتها بدعم الإرهاب.", [("وزارة الخارجية", "ORG")])
    assert ("واتهمتها", "وزارة الخارجية", "accuse") in cues(doc), cues(doc)
    doc = run(stage, "وقال الوزير سامي إن الوضع صعب بحسب وصفه. وحضر بوصفه رئيسا للجنة.", [("سامي", "PER")])
    assert [c[0] for c in cues(doc)] == ["وقال"], cues(doc)


def test_claims_a_joined_verbs_speaker_is_its_carried_over_subject():
    """وتعرض أبو مازن لقضية المصالحة واتهم حماس بـ …: Hamas is accused (the events stage carries the subject over
    from the clause before), so Abbas speaks; a speaker named after a verb with no subject before it stands."""
    claims_stage, events_stage = ClaimsStage(load_config()), EventsStage(load_config())
    doc = make_doc("وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام على اختطاف ثلاثة من المستوطنين.",
                   [("أبو مازن", "PER"), ("حماس", "ORG")])
    events_stage(doc)
    claims_stage(doc)
    assert ("واتهم", "أبو مازن", "accuse") in cues(doc), cues(doc)
    doc = make_doc("اتهم حماس الاحتلال بالتصعيد.", [("حماس", "ORG")])
    events_stage(doc)
    claims_stage(doc)
    assert [c[1] for c in cues(doc)] == ["حماس"], cues(doc)


def test_claims_recommendations_or_a_letter_taken_up_speak_for_the_last_speaker():
    """ودعت التوصيات أيضا إلى …، وأضافت الرسالة: the forum's recommendations or the letter just quoted say it,
    as وأضاف البيان does for a statement's issuer."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وأكد المشاركون في منتدى الاستثمار أن الجهة واعدة. ودعت التوصيات أيضا إلى دعم المستثمرين.",
              [("منتدى الاستثمار", "ORG")])
    assert [c[0] for c in cues(doc)] == ["وأكد", "ودعت"], cues(doc)
    assert len({c[1] for c in cues(doc)}) == 1, cues(doc)


def test_claims_attribution_past_the_medium_and_the_outlet_told():
    """بحسب ما أكده في تصريح هاتفي للجوهرة أف أم، <title phrase>، الملازم أول أنور بوقطاية: past the medium, the outlet
    told (or its reporter, لمراسل …) and a title phrase set off by commas, the person speaks; وفق ما أكده مراسل
    الجوهرة أف أم is the outlet's own reporter, no claim."""
    stage = ClaimsStage(load_config())
    mentions = [("أف أم", "ORG"), ("مساكن", "LOC"), ("أنور بوقطاية", "PER")]
    for told in ("في تصريح هاتفي للجوهرة أف أم", "في تصريح هاتفي بالجوهرة أف أم", "لمراسل الجوهرة أف أم"):
        doc = run(stage, f"وتبين أنهم سرقوها، بحسب ما أكده {told}، مساعد رئيس مركز حرس المرور بمساكن، "
                         "الملازم أول أنور بوقطاية.", mentions)
        assert [c[:2] for c in cues(doc)] == [("بحسب", "أنور بوقطاية")], (told, cues(doc))
    doc = run(stage, "وتوفي الشاب وفق ما أكده مراسل الجوهرة أف أم بالجهة.", [("أف أم", "ORG")])
    assert cues(doc) == [], cues(doc)


def test_claims_attribution_to_a_statement_names_its_issuer():
    """بحسب بلاغ صادر اليوم عن X: X speaks; حسب نص البيان، وفق ذات المصدر: the issuer named before."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وقرر الوزير إعفاء المدير، بحسب بلاغ صادر اليوم عن وزارة الداخلية.", [("وزارة الداخلية", "ORG")])
    assert ("بحسب", "وزارة الداخلية", "assert") in cues(doc), cues(doc)
    doc = run(stage, "وقال حزب المحبة إن الوضع صعب. وخصص الاجتماع، حسب نص البيان، لمناقشة الوضع.",
              [("حزب المحبة", "ORG")])
    assert ("حسب", "حزب المحبة", "assert") in cues(doc), cues(doc)


def test_claims_renewing_or_showing_a_stance_needs_no_that():
    """وجددت تونس تضامنها، وأبدى الحارثي معاناته: the stance noun is what is said; تتابع الموقف is not."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وجددت تونس تضامنها مع العراق.", [("تونس", "LOC"), ("العراق", "LOC")])
    assert ("وجددت", "تونس", "assert") in cues(doc), cues(doc)
    doc = run(stage, "وأبدى الحارثي معاناته من الآلام.", [("الحارثي", "PER")])
    assert ("وأبدى", "الحارثي", "assert") in cues(doc), cues(doc)
    doc = run(stage, "وقالت الوزارة إنها تتابع الموقف بدقة.", [("الوزارة", "ORG")])
    assert [c[0] for c in cues(doc)] == ["وقالت"], cues(doc)


def test_claims_informing_praising_proposing():
    """وأبلغ الجهيناوي الرئيس …، أثنى على، امتدح، اقترح are cues; يبلغ عددهم "amounts to" is not."""
    stage = ClaimsStage(load_config())
    doc = run(stage, "وأبلغ الجهيناوي الرئيس العراقي تهاني الرئيس التونسي.", [("الجهيناوي", "PER")])
    assert ("أبلغ", "الجهيناوي", "assert") in cues(doc), cues(doc)
    doc = run(stage, "واقترح الشابي مساهمة التونسيين في الصندوق.", [("الشابي", "PER")])
    assert ("واقترح", "الشابي", "other") in cues(doc), cues(doc)
    doc = run(stage, "وقال سامي إن عدد المشاركين يبلغ مئة ولن تثني العملية الناس عن الحضور.", [("سامي", "PER")])
    assert [c[0] for c in cues(doc)] == ["وقال"], cues(doc)


@pytest.mark.parametrize("text", [
    "وقطعت المساعدات، على ما أكدت منظمة الصحة العالمية أمس.",
    "ويأتي ذلك في الوقت الذي أفادت منظمة الصحة العالمية أن المستشفيات مكتظة.",
])
def test_claims_relative_that_opens_a_clause_is_no_antecedent(stage, text):
    # على ما "as", في الوقت الذي "while": the relative takes up no actor, the verb still reports
    doc = run(stage, text, [("منظمة الصحة العالمية", "ORG")])
    assert [c[:2] for c in cues(doc)] == [(("أكدت" if "أكدت" in text else "أفادت"), "منظمة الصحة العالمية")]


@pytest.mark.parametrize("text, mentions, speaker", [
    ("أصدر حزب العمال بيانا بمناسبة العيد، أكد فيه أن البلاد تمر بمرحلة خطيرة.", [("حزب العمال", "ORG")], "حزب العمال"),
    ("وعقد الوزير خميس الجهيناوي لقاء صحفيا مع نظيره المصري، أكد خلاله أنه تم الاتفاق.",
     [("خميس الجهيناوي", "PER")], "خميس الجهيناوي"),
    ("وكان شباب المحافظة قد أصدروا بيانا الأسبوع الماضي، أعلنوا فيه تشكيل مجلس لقيادة المقاومة الشعبية.",
     [("المقاومة الشعبية", "ORG")], "شباب المحافظة"),
])
def test_claims_resumptive_pronoun_after_cue_takes_up_the_issuer(stage, text, mentions, speaker):
    # بيانا أكد فيه، لقاء أكد خلاله: the one who issued the statement speaks, not what follows فيه
    doc = run(stage, text, mentions)
    assert [c[1] for c in cues(doc)] == [speaker]


def test_claims_resumptive_plural_cue_is_no_single_persons(stage):
    doc = run(stage, "جاء ذلك في خطابات تلقاها الأمين العام عبدالله المدلج من الضيوف، أعربوا فيها عن شكرهم.",
              [("عبدالله المدلج", "PER")])
    assert doc.claims == []


def test_claims_dropped_subject_after_kama_goes_on(stage):
    # كما بين أن …: "he also explained", the speaker before goes on (as وأضاف)
    doc = run(stage, "وقال سامح شكري إن الحل سياسي. كما بين أن القضية تحظى برؤية مشتركة.", [("سامح شكري", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "سامح شكري"), ("بين", "سامح شكري")]


def test_claims_continuation_verb_after_a_noun_has_that_subject(stage):
    # نتائج الاستطلاعات تشير إلى: the results "indicate", the speaker before does not go on
    doc = run(stage, "قال نبيل بالعم إن الحملة انتهت. وأضاف أن مكاتب استطلاعات الرأي تشير إلى تقدم ماكرون.",
              [("نبيل بالعم", "PER"), ("ماكرون", "PER")])
    assert [c[0] for c in cues(doc)] == ["قال", "وأضاف"]


def test_claims_continuation_verb_after_an_apposition_is_the_persons(stage):
    doc = run(stage, "ألكسندر نوي، المنتمي لحزب اليسار المعارض أشار إلى أن الزيارة مهمة.",
              [("ألكسندر نوي", "PER"), ("حزب اليسار", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("أشار", "ألكسندر نوي")]


@pytest.mark.parametrize("text, mentions, expected", [
    # a present verb right after a common noun describes it: the draft "demanding", the site "considered"
    ("وافق المجلس على مشروع قرار يطالب إسرائيل بوقف الاستيطان.", [("إسرائيل", "LOC")], []),
    ("قال أحمد الحربي إن الموقع يعتبر بمثابة أكبر معسكر.", [("أحمد الحربي", "PER")], [("قال", "أحمد الحربي")]),
    # an actor and a phrase joined to it by و are the subject
    ("ولفت الوزير إلى أن الحوثيين وحزب المؤتمر يؤكدون على وقف إطلاق النار.", [("الحوثيين", "ORG")],
     [("يؤكدون", "الحوثيين")]),
])
def test_claims_present_verb_after_a_common_noun_is_no_cue(stage, text, mentions, expected):
    doc = run(stage, text, mentions)
    assert [c[:2] for c in cues(doc)] == expected


@pytest.mark.parametrize("text, mentions", [
    # وفقا لتوجيهات، حسب تعليمات: "in accordance with", no source cited
    ("وقدم المركز المساعدات وفقا لتوجيهات الملك سلمان.", [("الملك سلمان", "PER")]),
    ("ويحال المخالف إلى القضاء حسب تعليمات وزارة الداخلية.", [("وزارة الداخلية", "ORG")]),
    # bare sources speak for no one, not for the person their statement names
    ("كشفت مصادر صحفية يمنية عن لقاء عقده زعيم التمرد عبدالملك الحوثي.", [("عبدالملك الحوثي", "PER")]),
])
def test_claims_no_speaker_in_rules_followed_or_bare_sources(stage, text, mentions):
    doc = run(stage, text, mentions)
    assert cues(doc) == []


@pytest.mark.parametrize("text, place, speaker", [
    ("أعلنت إدارة مهرجان صيف ينبع أمس أن الفعاليات مستمرة.", "ينبع", "إدارة مهرجان صيف ينبع"),
    ("أكد مدير عام مكتب الصحة بمحافظة عدن أن الوضع سيئ جدا.", "عدن", "مدير عام مكتب الصحة بمحافظة عدن"),
])
def test_claims_place_ending_the_subject_phrase_is_its_genitive(stage, text, place, speaker):
    # the office or the people of the place speak, not the place
    doc = run(stage, text, [(place, "LOC")])
    assert [c[1] for c in cues(doc)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("وقال الباحثون بالمعهد إن الصور تظهر نشاطا.", "الباحثون بالمعهد"),
    ("وأعرب المصابون عن شكرهم للقيادة.", "المصابون"),
    ("وأفاد المحامي أن آخر لقاء كان قبل أسابيع.", "المحامي"),
])
def test_claims_unnamed_definite_speaker_after_cue(stage, text, speaker):
    doc = run(stage, text)
    assert [c[1] for c in cues(doc)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("وقالت الأم إنه بدأ ينزف بعد العملية.", "الأم"),
    ("وقال متحدث باسم المجلس في بيان إن الحادث خطير.", "متحدث باسم المجلس"),
    ("وقالت الشركة في الطلب الذي قدمته إن المستخدم أساء إليها.", "الشركة"),
    ("وقال المتهم الأول إن الشخص الذي ظهر هو أخوه.", "المتهم الأول"),
])
def test_claims_noun_after_a_verb_of_saying_is_its_speaker(stage, text, speaker):
    # قال takes no object noun: whoever stands right after it, named or not, is the one speaking
    doc = run(stage, text)
    assert [c[1] for c in cues(doc)] == [speaker]


def test_claims_noun_after_saying_is_the_actor_it_describes(stage):
    # وقالت الشركة after شركة هيربالايف: the company named before, not a new speaker
    doc = run(stage, "رفعت شركة هيربالايف دعوى على تويتر. وقالت الشركة إن التغريدات مسيئة.",
              [("هيربالايف", "ORG"), ("تويتر", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وقالت", "هيربالايف")]


@pytest.mark.parametrize("text", [
    "وقال محللون إن الوضع خطير.",  # bare analysts (GUIDELINES.md)
    "وقال المحتجون إن مطالبهم مشروعة.",  # a bare group
    "وقالت وسائل إعلام حكومية إن الهجوم فشل.",  # bare media
    "وقال أحد المصادر إن الوفد غادر.",  # an anonymous source
    "وقال الكثير من السكان إن المياه انقطعت.",  # a part of some group
    "وقال لن يكون هناك أي تراجع عن القرار.",  # unquoted speech, its subject dropped
])
def test_claims_no_speaker_after_saying_for_bare_or_non_nouns(stage, text):
    assert cues(run(stage, text)) == []


def test_claims_a_counted_group_after_the_cue_speaks(stage):
    # عدد من X: the group counted is the subject (not stopped at من), a bare one still makes no claim
    doc = run(stage, "وطالب عدد من سواق التاكسي الجماعي بحقهم في الرخص.")
    assert [c[:2] for c in cues(doc)] == [("وطالب", "سواق التاكسي")]
    assert cues(run(stage, "وقال عدد من المحتجين إن المياه مقطوعة.")) == []


def test_claims_attribution_to_a_description_of_one_named_before(stage):
    # وفق الإعلامي الليبي: the Libyan journalist named in full earlier; وفق التأمين الشامل names no speaker
    doc = run(stage, "قال الإعلامي الليبي نبيل السكني إن الهدوء عاد. وتقوم المجموعات بعمليات خطف، وفق الإعلامي الليبي.",
              [("نبيل السكني", "PER")])
    assert [c[:2] for c in cues(doc)] == [("قال", "نبيل السكني"), ("وفق", "نبيل السكني")]
    doc = run(stage, "قال المدير نبيل السكني إن الإصلاح واجب، وفق التأمين الشامل.", [("نبيل السكني", "PER")])
    assert [c[:2] for c in cues(doc)] == [("قال", "نبيل السكني")]


def test_claims_bare_official_title_after_cue_is_the_one_speaking(stage):
    # وقال الوزير with no minister named: the minister already speaking; a bare المصدر with no one before: none
    doc = run(stage, "قال الهادي مجدوب إن التعاون مهم. وقال الوزير إن الإرهاب خطر.", [("الهادي مجدوب", "PER")])
    assert [c[:2] for c in cues(doc)] == [("قال", "الهادي مجدوب"), ("وقال", "الهادي مجدوب")]
    assert cues(run(stage, "وأوضح المصدر أن 12 فردا غادروا البلاد.")) == []


@pytest.mark.parametrize("text, stance", [
    ("أعرب رياض الشعيبي عن أمله في ألا تصل البلاد إلى الأزمة.", "other"),
    ("وعبر رياض الشعيبي في تونس عن قلقه من تفاقم الأزمة.", "warn"),
    ("وأعرب رياض الشعيبي عن استنكاره الشديد لقتل المواطنة.", "accuse"),
    ("وعبر رياض الشعيبي عن سعادته بالاتفاق.", "assert"),
])
def test_claims_stance_of_what_is_expressed(stage, text, stance):
    # أعرب/عبر عن + a noun of hope, worry, condemnation …: the noun gives the stance
    doc = run(stage, text, [("رياض الشعيبي", "PER")])
    assert [c[2] for c in cues(doc)] == [stance]


def test_claims_conjoined_present_verb_inside_reported_content(stage):
    # وبين أن تونس لا تستثني أحدا وترحب بكل …: ترحب goes on with what the past verb reports
    doc = run(stage, "وبين الباجي قائد السبسي أن تونس لا تستثني أي طرف وترحب بكل من يقدم المساعدة.",
              [("الباجي قائد السبسي", "PER"), ("تونس", "LOC")])
    assert [c[1] for c in cues(doc)] == ["الباجي قائد السبسي"]


def test_claims_definite_title_prefers_the_actor_it_heads():
    from rasd import analyze

    # وأوضحت الهيئة: the body headed by هيئة, not a committee named after it (اللجنة النسائية للهيئة)
    doc = analyze("تواصل هيئة الإعجاز العلمي استقبال المشاركات بإشراف اللجنة النسائية للهيئة بجدة. "
                  "وأوضحت الهيئة أن التسجيل مستمر.", id="t")
    assert [doc.entity(c.speaker).name_ar for c in doc.claims] == ["هيئة الإعجاز العلمي"]


@pytest.mark.parametrize("text, cue, stance", [
    ("ونظمت هيئة المحامين وقفة أمام المحكمة، منددين بتعطيل مشروع القانون.", "منددين", "accuse"),
    ("ورفعت هيئة المحامين شكرها للحكومة، مثمنين جهودها في إصلاح القضاء.", "مثمنين", "assert"),
    ("وعقدت هيئة المحامين ندوة صحفية، مطالبين بسحب مشروع القانون.", "مطالبين", "other"),
])
def test_claims_plural_participle_goes_on_with_the_subject(stage, text, cue, stance):
    # a masculine plural participle after a body that speaks (منددين، مطالبين) is a cue like مشيرا
    doc = run(stage, text, [("هيئة المحامين", "ORG")])
    assert cues(doc) == [(cue, "هيئة المحامين", stance)]


def test_claims_plural_participle_not_a_noun():
    from rasd.stages.event_speech import cue_lexicon

    # متهمين "defendants", متعهدين "contractors", مضيفين "hosts" are mostly nouns
    assert not {"متهمين", "متعهدين", "مضيفين", "معلنين"} & set(cue_lexicon())


@pytest.mark.parametrize("text, mentions", [
    ("وقال المحتجون في تونس إن الحكومة تجاهلت مطالبهم.", [("تونس", "LOC")]),
    ("وأكد النشطاء أمام مقر وزارة الداخلية أن الشرطة اعتدت عليهم.", [("وزارة الداخلية", "ORG")]),
])
def test_claims_bare_group_after_the_verb_names_no_other_speaker(stage, text, mentions):
    # the bare group right after the verb speaks (no claim), not the place or body after it
    assert cues(run(stage, text, mentions)) == []


def test_claims_bare_group_with_nationality_makes_no_claim(stage):
    # متظاهرون أتراك is as bare as المتظاهرون: the participle after it makes no claim
    doc = run(stage, "وانتزع متظاهرون أتراك علم هولندا من على القنصلية في إسطنبول، مطالبين برؤية الوزيرة.",
              [("هولندا", "LOC"), ("إسطنبول", "LOC")])
    assert cues(doc) == []


def test_claims_plural_participle_not_one_person(stage):
    # يقفون …، معربين: the plural participle goes on with the reported group, not the one speaking
    doc = run(stage, "وقال الفالح إن العمال يقفون مع الحكومة، معربين عن دعمهم لها.", [("الفالح", "PER")])
    assert cues(doc) == [("وقال", "الفالح", "assert")]


@pytest.mark.parametrize("text, mentions", [
    ("كما طالبوا الاتحاد العام التونسي للشغل بإقرار إضراب عام بالمدينة.", [("الاتحاد العام التونسي للشغل", "ORG")]),
    ("واتهموا الحكومة التونسية بالتقصير في حق الجهة.", [("الحكومة التونسية", "ORG")]),
])
def test_claims_plural_verb_object_is_no_speaker(stage, text, mentions):
    # a verb with the plural ending carries its subject: the noun after it is its object
    assert cues(run(stage, text, mentions)) == []


def test_claims_plural_verb_goes_on_with_a_body_not_a_person(stage):
    doc = run(stage, "وقالت وزارة الدفاع إن القصف مستمر، واتهموا القوات الأوكرانية بإطلاق النار.",
              [("وزارة الدفاع", "ORG"), ("القوات الأوكرانية", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وقالت", "وزارة الدفاع"), ("اتهموا", "وزارة الدفاع")]
    doc = run(stage, "وقال ترامب إن الاتفاق سيئ. واتهموا إيران بدعم الإرهاب.", [("ترامب", "PER"), ("إيران", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "ترامب")]


def test_claims_accusative_plural_after_the_verb_is_its_object(stage):
    # المواطنين (not المواطنون) is the object of دعت: the speaker is المحامية before it, or no one
    doc = run(stage, "ودعت الجامعة المواطنين إلى التسجيل في المسابقة.")
    assert cues(doc) == []
    # after أحد the plural is a genitive, and the person named after it speaks
    doc = run(stage, "وأكد أحد المحتجين إيهاب الحاجي أن التحرك سلمي.", [("إيهاب الحاجي", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وأكد", "إيهاب الحاجي")]


@pytest.mark.parametrize("text, mentions", [
    ("ويعتبر كيتس من أعظم شعراء اللغة الإنجليزية.", [("كيتس", "PER")]),
    ("ودخلت القوات محافظة البيضاء، التي تعتبر معقل الحوثيين.", [("البيضاء", "LOC")]),
    ("ويُعد السناتور شومر من أقوى أعضاء الحزب.", [("شومر", "PER")]),
    ("وقال بهامز والذي يعد خبيرا تحكيميا إن المباراة صعبة.", [("بهامز", "PER")]),
    ("واعتقلت الشرطة ستيفاني ستون واتهمت بالقسوة مع الأطفال.", [("ستيفاني ستون", "PER")]),
])
def test_claims_passive_considered_and_accused_make_no_claim(stage, text, mentions):
    # يعتبر/يُعد with no أن or بـ after it is "is considered", اتُّهمت بـ "was accused of": no statement
    assert [c for c in cues(run(stage, text, mentions)) if c[0] != "وقال"] == []


@pytest.mark.parametrize("text, mentions, cue", [
    ("وتعتبر المعارضة التونسية أن الانتخابات مزورة.", [("المعارضة التونسية", "ORG")], "وتعتبر"),
    ("ويعتبر المجلس الوطني ما يصدر عن السلطات محض افتراء.", [("المجلس الوطني", "ORG")], "ويعتبر"),
    ("وزير الدفاع الأمريكي أوستن يعد أوكرانيا باستمرار الدعم.", [("أوستن", "PER"), ("أوكرانيا", "LOC")], "يعد"),
    ("واتهمت روسيا أوكرانيا بقصف السد.", [("روسيا", "LOC"), ("أوكرانيا", "LOC")], "واتهمت"),
])
def test_claims_active_consider_promise_accuse_still_claims(stage, text, mentions, cue):
    assert [c[:2] for c in cues(run(stage, text, mentions))] == [(cue, mentions[0][0])]


@pytest.mark.parametrize("text", [
    "وشدد المنسق العام عماد الدايمي على أن الاتحاد سيبقى خيمة للعاطلين عن العمل، بحسب قوله.",
    "وأكد عماد الدايمي أن الحكومة فشلت في التعامل مع القضاء على حد قوله.",
    "وقال عماد الدايمي إن ذلك ما حذر منه ربنا في قوله تعالى.",
])
def test_claims_his_saying_noun_is_no_quoted_cue(stage, text):
    # على حد قوله، بحسب قوله، في قوله تعالى: the noun repeats the sentence's speaker (no claim of its own)
    found = [c[0] for c in cues(run(stage, text, [("عماد الدايمي", "PER")]))]
    assert found and "قوله" not in found


@pytest.mark.parametrize("text, mentions, speaker", [
    # a bare source telling an outlet makes no claim, and the outlet is no speaker
    ("وقال مصدر أمني لـ«الشرق الأوسط» إن المنفذ تأثر بفكر والده.", [("الشرق الأوسط", "LOC")], None),
    ("واكد مصدر محلي لوكالة فرانس برس ان المقاومة سيطرت على المنطقة. واشار المصدر الى استمرار الاشتباكات.",
     [("فرانس برس", "ORG")], None),
    ("وقد أكد مصدر أمني لمراسل جوهرة أف أم بالجهة أنه تم حجز 20 علبة.", [("أف أم", "ORG")], None),
    # a title and name the tagger missed, or an official tied to a place, speak
    ("صرح وزير التكوين المهني والتشغيل حافظ العموري لمراسل جوهرة أف أم أن المشروع سينطلق.", [("أف أم", "ORG")],
     "وزير التكوين المهني والتشغيل حافظ العموري"),
    ("وقال مسؤول عسكري في بنغازي لرويترز إن طائرتين حربيتين قصفتا قاعدة.", [("بنغازي", "LOC"), ("رويترز", "ORG")],
     "مسؤول عسكري في بنغازي"),
])
def test_claims_outlet_told_is_no_speaker(stage, text, mentions, speaker):
    found = cues(run(stage, text, mentions))
    assert [c[1] for c in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, mentions", [
    ("وقال المصدر العسكري الذي اتصلت به وكالة الصحافة الفرنسية إن الهجوم وقع فجرا.",
     [("وكالة الصحافة الفرنسية", "ORG")]),
    ("وقال المسؤول الذي التقته رويترز إن الهجوم وقع فجرا.", [("رويترز", "ORG")]),
])
def test_claims_actor_in_the_speakers_relative_clause_is_no_speaker(stage, text, mentions):
    # the relative clause describes the one speaking: the outlet that called him does not speak
    assert [c[1] for c in cues(run(stage, text, mentions))] in ([], [None])


def test_claims_subject_after_a_suffixed_verb_not_the_one_before(stage):
    # مسلحون وصفهم مسؤول عسكري: the militants are whom the pronoun takes up; the bare official speaks (no claim)
    doc = run(stage, "قتل عشرة جنود في هجوم شنه مسلحون متشددون وصفهم مسؤول عسكري بأنهم ارهابيون.",
              [("مسلحون متشددون", "ORG")])
    assert [c[1] for c in cues(doc)] in ([], [None])


def test_claims_place_ending_the_clause_before_a_waw_verb_does_not_speak(stage):
    # شوارع اللاذقية وطالبوا: the town ends the clause before; the bare residents demand (no claim)
    doc = run(stage, "ونظم الأهالي تجمعات في بعض شوارع اللاذقية وطالبوا بتوقيف سليمان الأسد.",
              [("اللاذقية", "LOC"), ("سليمان الأسد", "PER")])
    assert all(c[1] != "اللاذقية" for c in cues(doc))


def test_claims_short_name_stands_for_the_name_given_before_it(stage):
    # وأكدت الجمعية: جمعية البر, named before it; a later name with the same head (the tagger's الجمعية الزكاة)
    # does not make it ambiguous
    doc = run(stage, "دشنت جمعية البر نقاطا لاستقبال الزكاة. وأكدت الجمعية أن المشروع يستفيد منه 80 ألف محتاج. "
                     "ولكي تستقبل الجمعية الزكاة في وقتها.",
              [("جمعية البر", "ORG"), ("الجمعية الزكاة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وأكدت", "جمعية البر")]


@pytest.mark.parametrize("text, mentions, speaker", [
    ("وجدد الأسد اتهامه الغرب بدعم الإرهابيين.", [("الأسد", "PER")], "الأسد"),
    ("وجدد المرزوقي في ختام كلمته تضامنه الكلي مع القضية الفلسطينية.", [("المرزوقي", "PER")], "المرزوقي"),
    ("وجددت منظمة الأغذية والزراعة (فاو) تحذيرها من انتشار الجراد.", [("منظمة الأغذية والزراعة", "ORG")],
     "منظمة الأغذية والزراعة"),
])
def test_claims_renewed_accusation_or_solidarity_is_a_statement(stage, text, mentions, speaker):
    # جدد X اتهامه/تضامنه/تحذيره: the noun of what is renewed makes the verb a cue, past its subject's name
    assert [c[1] for c in cues(run(stage, text, mentions))] == [speaker]


@pytest.mark.parametrize("text, mentions", [
    ("وتم الاتفاق على تحديد موعد للتعاقد وفقًا لخريطة الطريق التي اتفق عليها الوزراء.", []),
    ("وسيعقد مكتب المجلس اجتماعا غدا وفق ما يقتضيه النظام الداخلي لمجلس نواب الشعب.",
     [("مجلس نواب الشعب", "ORG")]),
    ("وستتم معالجة ذلك حسب الآلية المعتمدة من وزارة التعليم.", [("وزارة التعليم", "ORG")]),
])
def test_claims_in_accordance_with_a_rule_cites_no_one(stage, text, mentions):
    # وفقًا لخريطة الطريق، وفق ما يقتضيه النظام: "in accordance with", not a source's statement
    assert cues(run(stage, text, mentions)) == []


@pytest.mark.parametrize("text, mentions, speaker", [
    ("وبحسب رويترز، فقد قال هولاند إن دول منطقة اليورو اختارت الانضمام.", [("رويترز", "ORG"), ("هولاند", "PER")],
     "هولاند"),
    ("ووفق وكالة الأنباء الكويتية الرسمية قال مدير العلاقات العامة شامخ الرشيدي إن الصحيفة لم تمنع.",
     [("وكالة الأنباء الكويتية", "ORG"), ("شامخ الرشيدي", "PER")], "شامخ الرشيدي"),
])
def test_claims_an_agency_passing_on_a_named_speakers_words_is_a_conduit(stage, text, mentions, speaker):
    # held-out README: an agency passing on statements the sentence gives to named people makes no claim
    assert [c[1] for c in cues(run(stage, text, mentions))] == [speaker]


def test_claims_a_verbal_noun_after_bi_is_no_cue(stage):
    # بكشف الحقائق: the verbal noun of كشف after ب ("by uncovering"), no statement
    doc = run(stage, "وطالب الصحفيون بأن تقوم الحكومة بكشف الحقائق حول انتشار الظاهرة.", [("الحكومة", "ORG")])
    assert all(c[0] != "كشف" for c in cues(doc))


def test_claims_relative_taken_up_inside_the_statement_keeps_the_speaker(stage):
    # التعاون الثنائي، الذي قال إنه لم يرتق بعد: the cooperation is what he speaks of; the prime minister goes on
    doc = run(stage, "وأكد يوسف الشاهد أن الاتفاقيات تدفع التعاون الثنائي، الذي قال إنه لم يرتق بعد الى مستوى "
                     "تطلعات البلدين.", [("يوسف الشاهد", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وأكد", "يوسف الشاهد"), ("قال", "يوسف الشاهد")]


def test_claims_a_deanship_speaks(stage):
    # واشترطت العمادة للقبول أن …: a university's deanship announces, an unnamed definite speaker
    doc = run(stage, "أعلنت جامعة الملك خالد فتح باب القبول. واشترطت العمادة للقبول أن يكون المتقدم سعوديا.",
              [("جامعة الملك خالد", "ORG")])
    assert ("واشترطت", "العمادة") in [c[:2] for c in cues(doc)]


@pytest.mark.parametrize("text, mentions, expected", [
    # وأكد حدوث التفجير: a noun with its genitive after the verb is what is said; the imam goes on
    ("وقال الإمام عبد الله الشهراني إن المسجد كان ممتلئا. وأكد حدوث التفجير في الركعة الأخيرة.",
     [("عبد الله الشهراني", "PER")], [("وقال", "عبد الله الشهراني"), ("وأكد", "عبد الله الشهراني")]),
    # a part of a group (أحدهم) names the subject: no one named goes on
    ("وتلقى الهلال الأحمر وعودا من المواطنين حيث تعهد أحدهم بتوفير 20 طنا من الاسمنت.",
     [], []),
])
def test_claims_an_object_noun_after_the_verb_leaves_the_subject_dropped(stage, text, mentions, expected):
    assert [c[:2] for c in cues(run(stage, text, mentions)) if c[1]] == expected


def test_claims_attribution_past_the_outlet_told(stage):
    # وفق ما صرح به لجوهرة أف أم اليوم X: the one who spoke, past the outlet and the day
    doc = run(stage, "وتأجل الإضراب إلى موعد لاحق، وفق ما صرح به لجوهرة أف أم عبد الرؤوف باللطيف كاتب عام النقابة.",
              [("أف أم", "ORG"), ("عبد الرؤوف باللطيف", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وفق", "عبد الرؤوف باللطيف")]
    # a report of the agency cites it
    doc = run(stage, "وحسب تقرير لوكالة رويترز فإن الضباط السابقين اندمجوا في التنظيم.", [("رويترز", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("حسب", "رويترز")]


@pytest.mark.parametrize("text, mentions, speaker", [
    ("وقال مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي جون بولتون إن العقوبات ستستمر.",
     [("دونالد ترامب", "PER"), ("جون بولتون", "PER")], "جون بولتون"),
    ("وقالت المتحدثة باسم وزير الخارجية جون كيري، ماري هارف، إن المفاوضات مستمرة.",
     [("جون كيري", "PER"), ("ماري هارف", "PER")], "ماري هارف"),
    ("وقال محامي الرئيس السابق حسني مبارك، فريد الديب، إن موكله بريء.",
     [("حسني مبارك", "PER"), ("فريد الديب", "PER")], "فريد الديب"),
    # the second person is whom one spoke to or met: the first speaks
    ("وقال الرئيس دونالد ترامب لنظيره الفرنسي إيمانويل ماكرون إن الاتفاق سيئ.",
     [("دونالد ترامب", "PER"), ("إيمانويل ماكرون", "PER")], "دونالد ترامب"),
    ("وقال مستشار الأمن القومي جون بولتون خلال لقائه بنيامين نتنياهو إن الاتفاق سيئ.",
     [("جون بولتون", "PER"), ("بنيامين نتنياهو", "PER")], "جون بولتون"),
])
def test_claims_relational_title_speaker_is_the_second_person(stage, text, mentions, speaker):
    # مستشار/المتحدثة باسم/محامي X، Y: X is whose adviser, spokeswoman or lawyer Y is; Y speaks
    assert [c[1] for c in cues(run(stage, text, mentions))] == [speaker]


@pytest.mark.parametrize("text, mentions, speaker", [
    ("وعقد وزير الخارجية سامح شكري مؤتمرا صحفيا مع نظيره أيمن الصفدي أكد خلاله الصفدي أن الأردن يدعم مصر.",
     [("سامح شكري", "PER"), ("أيمن الصفدي", "PER"), ("الصفدي", "PER")], "الصفدي"),
    ("ويتعهد ماكري بتحرير الأسواق، في الوقت الذي يقول فيه سكيولي إن الإجراءات يجب أن تكون تدريجية.",
     [("ماكري", "PER"), ("سكيولي", "PER")], "سكيولي"),
    # no one named after the pronoun, or only whom the verb is about: the statement's issuer speaks
    ("وعقد وزير الخارجية سامح شكري مؤتمرا صحفيا أكد خلاله أن مصر لن تتراجع.", [("سامح شكري", "PER")], "سامح شكري"),
    ("وتقدمت وزارة الخارجية السورية بشكوى إلى مجلس الأمن، اتهمت فيها الأردن بدعم الإرهابيين.",
     [("وزارة الخارجية السورية", "ORG"), ("مجلس الأمن", "ORG"), ("الأردن", "LOC")], "وزارة الخارجية السورية"),
])
def test_claims_resumptive_pronoun_then_a_named_speaker(stage, text, mentions, speaker):
    # لقاء أكد خلاله X، الوقت الذي يقول فيه X: the person right after فيه/خلاله speaks
    assert [c[1] for c in cues(run(stage, text, mentions)) if "يتعهد" not in c[0]] == [speaker]


def test_claims_continuation_with_unnamed_plural_subject_goes_on_with_no_one(stage):
    # ويشير مراقبون: the verb names its own (bare) subject; the minister does not go on
    doc = run(stage, "وقال وزير الخارجية سامح شكري إن مصر لن تتراجع. ويشير مراقبون إلى أن البرلمان سيكون له دور كبير.",
              [("سامح شكري", "PER"), ("مصر", "LOC")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "سامح شكري")]


@pytest.mark.parametrize("text, speaker", [
    ("وذكرت صحيفة آفي المقربة من الحكومة امس ان كل الدائنين وافقوا.", "صحيفة آفي المقربة"),
    ("وقالت قوة المهام المشتركة في بيان إن الطائرات شنت 16 غارة.", "قوة المهام المشتركة"),
    ("وقال المرصد في بيان إن أكثر من ألف شخص اعتصموا.", "المرصد"),
    ("وقالت منظمة حقوقية إن السجناء تعرضوا للتعذيب.", None),  # a head with an adjective names no one
])
def test_claims_body_or_outlet_the_tagger_missed(stage, text, speaker):
    # a body or outlet head right after the cue, with the name after it that no mention covers, speaks
    assert [c[1] for c in cues(run(stage, text))] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, mentions, speaker", [
    ("قال محققون: إن أما اتهمت بالقسوة مع طفلين.", [("محققون", "PER")], None),
    ("ونقل البيان عن صحفيين قولهم إن الزميلة توجهت إلى القرية.", [], None),
    ("وقال مسؤولون أمريكيون إن القوات ستبقى.", [], "مسؤولون أمريكيون"),
    ("وفيما أكد كاميرون أن الأغلبية من هذه الشركات قانونية.", [("كاميرون", "PER")], "كاميرون"),
])
def test_claims_bare_plural_speaker_makes_no_claim(stage, text, mentions, speaker):
    # GUIDELINES.md: bare محللون make no claim, مسؤولون أمريكيون do; a name ending in ون is no plural
    assert [c[1] for c in cues(run(stage, text, mentions))] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, mentions, found", [
    ("وجدد بسيسو مطالبة الحكومة للمجتمع الدولي بملاحقة المجرمين.", [("بسيسو", "PER")], ["وجدد"]),
    ("وقال النائب الطاهر هميلة إن مطالبة الاتحاد بإقالة الوزير مخالفة للقانون.", [("الطاهر هميلة", "PER")], ["وقال"]),
    ("ونددت وزارة الخارجية بالهجوم، مطالبة المجتمع الدولي بالتحرك.", [("وزارة الخارجية", "ORG")], ["ونددت", "مطالبة"]),
])
def test_claims_mutalaba_noun_is_no_participle(stage, text, mentions, found):
    # مطالبة after a name, a verb or إن (or with و on it) is the noun "demand"; after a clause, "demanding"
    assert [c[0] for c in cues(run(stage, text, mentions))] == found


@pytest.mark.parametrize("text, mentions", [
    ("وانتقد رفسنجاني الحكم. وظل ابنه هدفا للمتشددين الذين يتهمونه بإذكاء الاضطرابات.", [("رفسنجاني", "PER")]),
    ("وقال مختار كحولي إن المعتصمين يهددون بتنفيذ ما وصفوه بالمحرقة الجماعية.", [("مختار كحولي", "PER")]),
])
def test_claims_plural_suffixed_verb_after_relative_is_not_the_speakers(stage, text, mentions):
    # الذين يتهمونه، ما وصفوه: "they" speak in the relative clause, not the one reporting it
    assert [c[0] for c in cues(run(stage, text, mentions)) if "وه" in c[0] or "ونه" in c[0]] == []


@pytest.mark.parametrize("text, mentions", [
    ("وتعد أبحاث زواوي مساهمة في إنقاذ الأرواح، لذا وصف بالعالم رغم صغر سنه.", [("زواوي", "PER")]),
    ("وقالت برادي إن العدالة دون رحمة ثأر. واعترضت على وصف براوكلر للمتهم بالشرير.", [("برادي", "PER"), ("براوكلر", "PER")]),
    ("وفاز باريس سان جيرمان على مضيفه ليل بهدف نظيف.", [("باريس سان جيرمان", "ORG"), ("ليل", "LOC")]),
    ("وبعث الأمير محمد بن نايف برقية معبرا عن أبلغ التهاني للرئيس.", [("محمد بن نايف", "PER")]),
    ("وقالت القرافي إن أطرافا سياسية سواء كانت متهمة أو في موقع الدفاع تمارس ضغطا.", [("القرافي", "PER")]),
    ("وقال القائد إن القوات قتلت ارهابيا تونسيا يعتبر من ابرز قناصة تنظيم داعش.", [("داعش", "ORG")]),
])
def test_claims_passive_or_noun_forms_of_cues_make_no_claim(stage, text, mentions):
    # وُصف بـ (passive), على وصف / على مضيفه / عن أبلغ (nouns after a preposition), كانت متهمة, من أبرز
    found = [c[0] for c in cues(run(stage, text, mentions))]
    assert not {"وصف", "مضيفه", "أبلغ", "متهمة", "ابرز"} & set(found), found


@pytest.mark.parametrize("text, mentions, kept", [
    ("وسجل يوفيتيتش الهدف الأول قبل أن يضيف زميله إيكاردي الهدف الثاني.", [("يوفيتيتش", "PER"), ("إيكاردي", "PER")], []),
    ("وأكد المتحدث باسم الجيش أحمد علي أن القوات تدخلت، دون أن يضيف أي تفاصيل.", [("أحمد علي", "PER")], ["وأكد"]),
    ("وقال الوزير حسين ذو الفقاري: «نرصد الاتجاهات، نتابع هذا المسار».", [("حسين ذو الفقاري", "PER")], ["وقال"]),
    ("وقال غوتيريش: «كما أدعو القادة السياسيين إلى العمل معا».", [("غوتيريش", "PER")], ["وقال"]),
    ("وقال سوفائير إن كلينتون قرر تهدئة الأمور ومن ثم زاد عدوانية إيران جرأة.", [("سوفائير", "PER"), ("كلينتون", "PER")],
     ["وقال"]),
    ("وكان جيمس هولمز قد أدين الشهر الماضي بالقتل.", [("جيمس هولمز", "PER")], []),
    # said after it: still a cue
    ("وقال وزير الخارجية سامح شكري إن الوضع خطير، قبل أن يضيف أن الحكومة ستتدخل.", [("سامح شكري", "PER")],
     ["وقال", "يضيف"]),
])
def test_claims_cue_forms_that_state_nothing(stage, text, mentions, kept):
    # the first person inside a quotation, دون أن يضيف, يضيف الهدف, زاد "increased", أُدين "was convicted"
    assert [c[0] for c in cues(run(stage, text, mentions))] == kept


def test_claims_prayer_is_no_call(stage):
    # README (batches 8–9): a prayer (داعيا المولى أن …) is a wish, neither event nor claim
    doc = run(stage, "وندد الملك سلمان بالهجوم، داعيا المولى عز وجل أن يتغمد الشهداء بواسع رحمته.", [("الملك سلمان", "PER")])
    assert [c[0] for c in cues(doc)] == ["وندد"]
    doc = run(stage, "وندد الملك سلمان بالهجوم، داعيا المجتمع الدولي إلى التحرك.", [("الملك سلمان", "PER")])
    assert [c[0] for c in cues(doc)] == ["وندد", "داعيا"]


@pytest.mark.parametrize("text, mentions, speaker", [
    ("وقال والد مايكل براون للصحافيين إنه يبذل كل ما بوسعه.", [("مايكل براون", "PER")], "والد مايكل براون"),
    ("وأفادت والدة زوجة محمد بوهلال أن صهرها بدا عاديا.", [("محمد بوهلال", "PER")], "والدة زوجة محمد بوهلال"),
    # a title between: the name may be the relative's own (زوجة الرئيس السابق ميشيل أوباما)
    ("وقالت زوجة الرئيس السابق ميشيل أوباما إن الانتخابات مهمة.", [("ميشيل أوباما", "PER")], "ميشيل أوباما"),
])
def test_claims_kin_of_the_person_named_speaks(stage, text, mentions, speaker):
    assert [c[1] for c in cues(run(stage, text, mentions))] == [speaker]


@pytest.mark.parametrize("text, mentions, kept", [
    # a feminine participle does not go on with a man's statement (here the adjective "confirmed")
    ("وقال ماهر الصغير إن الميليشيات تقهقرت وبناء على معلومات مؤكدة فإن المجلس سيتحرك.",
     [("ماهر الصغير", "PER")], ["وقال"]),
    ("وقالت وزيرة الصحة سميرة مرعي إن الوضع صعب، مضيفة أنه سيتم التطرق للآليات.", [("سميرة مرعي", "PER")],
     ["وقالت", "مضيفة"]),
    # bare media make no claim (GUIDELINES.md: صحف إسرائيلية), and no one else in the sentence speaks for them
    ("ذكرت وسائل إعلام تركية أن الحكومة تدرس العملية.", [], []),
    ("وقالت صحف إسرائيلية إن الجيش يستعد.", [], []),
    ("وقالت صحيفة هآرتس الإسرائيلية إن الجيش يستعد.", [("هآرتس", "ORG")], ["وقالت"]),
])
def test_claims_feminine_participle_and_bare_media(stage, text, mentions, kept):
    assert [c[0] for c in cues(run(stage, text, mentions))] == kept


def test_claims_speaker_after_an_abbreviated_title(stage):
    text = "ترأس الدكتور عبدالله المزروع الاجتماع. وأوضح د. المزروع أن الاجتماع يهدف إلى وضع خطة عمل."
    doc = run(stage, text, [("عبدالله المزروع", "PER"), ("المزروع", "PER")])
    assert [c[1] for c in cues(doc)] == ["المزروع"], cues(doc)


def test_claims_a_company_taken_up_by_its_head_is_the_one_named_in_full(stage):
    doc = run(stage, "أعلنت شركة أرامكو عن أرباحها. وأكدت الشركة في بيانها سلامة جميع الوصلات.", [("أرامكو", "ORG")])
    assert [c[1] for c in cues(doc)] == ["أرامكو", "أرامكو"], cues(doc)


def test_claims_a_statement_speaks_for_the_body_that_issued_it(stage):
    doc = run(stage, "وأضاف التقرير الصادر عن شركة آسيا كابيتال أن نمو الموانئ مرتفع.", [("آسيا كابيتال", "ORG")])
    assert [c[1] for c in cues(doc)] == ["آسيا كابيتال"], cues(doc)
    doc = run(stage, "وأوضح بيان صادر عن وزير الدفاع موشيه يعالون أنه فرض الاعتقال.", [("موشيه يعالون", "PER")])
    assert [c[1] for c in cues(doc)] == ["موشيه يعالون"], cues(doc)


def test_claims_the_speaker_named_after_the_outlet_told(stage):
    text = 'قال لـ"الاقتصادية" محمد البقمي، المتحدث الرسمي باسم أمانة جدة، إن الأمانة أزالت مشروعين.'
    doc = run(stage, text, [("محمد البقمي", "PER")])
    assert [c[1] for c in cues(doc)] == ["محمد البقمي"], cues(doc)


def test_claims_unnamed_definite_speaker_leaves_the_object_alone(stage):
    """وانتقد الحزب الحكومة التونسية: the party (unnamed) criticises; the government is no speaker."""
    doc = run(stage, "وانتقد الحزب الحكومة التونسية في بيان اليوم.", [("الحكومة التونسية", "ORG")])
    assert all("الحكومة التونسية" not in names(doc, c.speaker) for c in doc.claims)


def test_claims_undersecretary_speaks_not_his_ministry(stage):
    """وأشاد وكيل وزارة العمل الدكتور عبدالله أبوثنين: وكيل (undersecretary) is a title; the man speaks."""
    doc = run(stage, "وأشاد وكيل وزارة العمل الدكتور عبدالله أبوثنين بجهود الشركات.",
              [("وزارة العمل", "ORG"), ("عبدالله أبوثنين", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وأشاد", "عبدالله أبوثنين")]


def test_claims_the_union_taken_up_again_speaks(stage):
    """وشدد الاتحاد الذي يرأسه … شبيب المالكي: the union named in full before speaks, not the man heading it."""
    doc = run(stage, "عبر اتحاد الحقوقيين العرب عن أسفه. وشدد الاتحاد الذي يرأسه الأمين العام الدكتور شبيب المالكي "
                     "على تضامنه مع المملكة.", [("اتحاد الحقوقيين العرب", "ORG"), ("شبيب المالكي", "PER")])
    assert ("وشدد", "اتحاد الحقوقيين العرب") in [c[:2] for c in cues(doc)]


def test_claims_abbara_reaches_its_an_past_a_long_title_and_a_date_but_not_by_way_of(stage):
    """عبر الناطق باسم … عماد بلحاج خليفة في مداخلة له … اليوم الثلاثاء 20 جانفي 2015 عن إدانته: a cue;
    وذلك عبر موقع فيس بوك … عن طريق الجائزة: عبر is "via", and عن طريق "by way of"."""
    text = ("عبر الناطق باسم الاتحاد الوطني لنقابات الأمن الداخلي عماد بلحاج خليفة في مداخلة له في برنامج "
            "بوليتيكا اليوم الثلاثاء 20 جانفي 2015 عن إدانته لحادثة الاعتداء.")
    doc = make_doc(text, [("الاتحاد الوطني لنقابات الأمن الداخلي", "ORG"), ("عماد بلحاج خليفة", "PER")],
                   [("اليوم الثلاثاء 20 جانفي 2015", "2015-01-20")])
    stage(doc)
    assert [c[:2] for c in cues(doc)] == [("عبر", "عماد بلحاج خليفة")]
    doc = run(stage, "وعرضت الصفحة جائزة وهمية، وذلك عبر موقع التواصل الاجتماعي فيس بوك، وذلك رغبة في زيادة تفاعلها "
                     "عن طريق الجائزة.", [("فيس بوك", "ORG")])
    assert not doc.claims


def test_claims_an_institution_in_the_titles_prepositional_phrase_is_not_the_names_title(stage):
    """وأوضح مدير إدارة الإعلام بالوزارة محمد الغامدي أن …: بالوزارة ends the title's phrase; the man speaks."""
    for place in ("بالوزارة", "بالأمانة", "بالهيئة"):
        doc = run(stage, f"وأوضح مدير إدارة الإعلام {place} محمد الغامدي أن العمل مستمر.", [("محمد الغامدي", "PER")])
        assert [c[:2] for c in cues(doc)] == [("وأوضح", "محمد الغامدي")], place


def test_claims_a_body_governed_by_fi_before_the_name_ends_the_title(stage):
    """وأوضح المتحدث الرسمي في أمانة الأحساء خالد بووشل أن …: the man speaks (the body after في is his title's)."""
    doc = run(stage, "وأوضح المتحدث الرسمي في أمانة الأحساء خالد بن محمد بووشل، أن تسمية الشارع تأتي تقديرا لما قدمه.",
              [("الأحساء", "LOC"), ("خالد بن محمد بووشل", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وأوضح", "خالد بن محمد بووشل")]


def test_claims_an_attribution_to_a_title_reaches_the_person_it_ends_in(stage):
    """بحسب رئيس كتلة الحرة لحركة مشروع تونس بالبرلمان، عبد الرؤوف الشريف: the man, past his title and a comma."""
    doc = run(stage, "توجه الوفد إلى سوريا بمبادرة شخصية، بحسب رئيس كتلة الحرة لحركة مشروع تونس بالبرلمان، عبد الرؤوف الشريف.",
              [("سوريا", "LOC"), ("تونس", "LOC"), ("عبد الرؤوف الشريف", "PER")])
    assert [c[:2] for c in cues(doc)] == [("بحسب", "عبد الرؤوف الشريف")]


def test_claims_the_same_source_is_the_source_cited_last(stage):
    """حسب ما أفاد به بيان لوزارة الدفاع. وأبرز نفس المصدر أن …: the ministry, though it was only an attribution."""
    doc = run(stage, "تم حجز أسلحة في تمنراست، حسب ما أفاد به بيان لوزارة الدفاع الجزائرية. وأبرز نفس المصدر أنه تم توقيف إرهابي.",
              [("تمنراست", "LOC"), ("وزارة الدفاع الجزائرية", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("حسب", "وزارة الدفاع الجزائرية"), ("أبرز", "وزارة الدفاع الجزائرية")]
    doc = run(stage, "وقال الوزير سمير الطيب إن الموسم جيد. وأفاد المصدر ذاته أن اللقاء تمحور حول المخابز.",
              [("سمير الطيب", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "سمير الطيب"), ("وأفاد", "سمير الطيب")]


@pytest.mark.parametrize("part", ["متابعا", "حاثا", "مذكرا"])
def test_claims_more_participles_go_on_with_the_speaker(stage, part):
    """، متابعا / حاثا / مذكرا …: the sentence's speaker goes on (the feminine متابعة is the noun "follow-up")."""
    doc = run(stage, f"ودعا الوزير زيجمار جابرييل إلى زيادة الجهود الدبلوماسية، {part} الجميع أن الحصار يجب أن يرفع.",
              [("زيجمار جابرييل", "PER")])
    assert [c[:2] for c in cues(doc)] == [("ودعا", "زيجمار جابرييل"), (part, "زيجمار جابرييل")]
    doc = run(stage, "ودعا الوزير زيجمار جابرييل إلى متابعة الملف ومذكرة التفاهم.", [("زيجمار جابرييل", "PER")])
    assert [c[:2] for c in cues(doc)] == [("ودعا", "زيجمار جابرييل")]


def test_claims_hinting_and_going_on_are_cues(stage):
    """ولمح إلى أن …، واستطرد أن …: the speaker named before goes on."""
    doc = run(stage, "وقال سليم الرياحي إن المرزوقي طلب دعمه. ولمح إلى أن المرزوقي يريد الانتقام. واستطرد أن الحزب باق.",
              [("سليم الرياحي", "PER"), ("المرزوقي", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وقال", "سليم الرياحي"), ("ولمح", "سليم الرياحي"), ("واستطرد", "سليم الرياحي")]



@pytest.mark.slow
def test_claims_a_counterpart_after_ma_holds_no_title_of_the_speaker():
    """وأضاف وزير الخارجية الألماني خلال مؤتمر صحفي مع نظيره القطري محمد آل ثاني، أن …: the German minister
    named before goes on; the Qatari counterpart does not speak."""
    import rasd
    doc = rasd.analyze("قال وزير الخارجية الألماني زيجمار جابرييل إن الحل ممكن. وأضاف وزير الخارجية الألماني خلال مؤتمر "
                       "صحفي في بلدة فولفنبوتل الألمانية مع نظيره القطري الشيخ محمد بن عبد الرحمن آل ثاني، أن الحصار "
                       "سيؤثر على الاقتصاد الألماني.", id="t", date="2017-06-09")
    assert [(doc.slice(c.cue), doc.entity(c.speaker).name) for c in doc.claims] == [
        ("قال", "Sigmar Gabriel"), ("وأضاف", "Sigmar Gabriel")]


def test_claims_the_agent_after_min_taraf_is_not_who_speaks_on(stage):
    """أدانت تونس احتلال السفارة من طرف الحوثيين ووصفته بالاعتداء: Tunisia describes it, not the Houthis."""
    doc = run(stage, "أدانت تونس عملية احتلال مبنى السفارة في صنعاء من طرف الحوثيين ووصفته بالاعتداء الاجرامي.",
              [("تونس", "LOC"), ("صنعاء", "LOC"), ("الحوثيين", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("أدانت", "تونس"), ("وصفته", "تونس")]



@pytest.mark.slow
def test_claims_a_participle_after_anonymous_sources_makes_no_claim():
    """لكن المصادر المصرية المطلعة أشارت إلى أن …، مؤكدة أن …: anonymous sources, so no claim, nor one for the
    official the content names after من قبل."""
    import rasd
    doc = rasd.analyze("لكن المصادر المصرية المطلعة أشارت إلى أن «التعيير الوزاري سوف يطال الوزارات الخدمية، وذلك بعد "
                       "المتابعات التي تمت من قبل رئيس الوزراء خلال الفترة الماضية للوزراء»، مؤكدة أن «التغيير الوزاري "
                       "لتحسين الأداء».", id="t", date="2015-08-09")
    assert [doc.slice(c.cue) for c in doc.claims] == []


def test_claims_a_judge_s_title_with_its_court_and_town_ends_in_the_person(stage):
    # قاضي heads a title phrase: the town of its court is no speaker, the honorific and name after it are
    doc = run(stage, "وأكد قاضي الاستئناف بمحكمة جازان الشيخ إياس بن علي بجوي أن التفجير نابع من الحقد.",
              [("جازان", "LOC"), ("إياس بن علي بجوي", "PER")])
    assert [c[:2] for c in cues(doc)] == [("وأكد", "إياس بن علي بجوي")]


@pytest.mark.parametrize("text, mentions", [
    ("قال القيادي في حزب العمال، رياض المؤخر، إن الوضع صعب.", [("حزب العمال", "ORG"), ("رياض المؤخر", "PER")]),
    ("أكد النائب عن الجبهة الشعبية، عمار عمروسية، أن النواب لن يصوتوا.",
     [("الجبهة الشعبية", "ORG"), ("عمار عمروسية", "PER")]),
])
def test_claims_the_person_set_off_after_a_title_s_party_speaks(stage, text, mentions):
    doc = run(stage, text, mentions)
    assert [c[1] for c in cues(doc)] == [mentions[1][0]]


def test_claims_a_plural_in_a_title_s_construct_is_no_object(stage):
    # مدير إدارة شؤون المعلمين بتعليم جازان عثمان عريبي: the teachers complete the title; its holder speaks
    text = "بين مدير إدارة شؤون المعلمين بتعليم جازان عثمان عريبي أن المقابلات تبدأ غدا."
    doc = run(stage, text, [("جازان", "LOC"), ("عثمان عريبي", "PER")])
    assert [c[:2] for c in cues(doc)] == [("بين", "عثمان عريبي")]


@pytest.mark.slow
def test_claims_the_town_a_title_serves_is_no_speaker():
    import rasd

    # وأكد المندوب الجهوي للتربية بسوسة أن …: no one named speaks, and Sousse does not
    doc = rasd.analyze("وأكد المندوب الجهوي للتربية بسوسة أن الإشكال قديم.")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(c.speaker) for c in doc.claims] == []


def test_claims_surprise_at_what_another_did_is_disapproval(stage):
    doc = run(stage, "استغرب هشام اليحياوي تواصل الاحتجاج، معتبرا أن الماء صالح للشراب.", [("هشام اليحياوي", "PER")])
    assert cues(doc) == [("استغرب", "هشام اليحياوي", "accuse"), ("معتبرا", "هشام اليحياوي", "assert")]


@pytest.mark.parametrize("text, speaker", [
    ("عبر المرضى عن سعادتهم بهذه اللفتة.", "المرضى"),
    ("وأكد المحامون أن الجلسة تأجلت.", "المحامون"),
])
def test_claims_people_named_by_who_they_are_speak(stage, text, speaker):
    """Patients, lawyers, pilgrims …: people named by who they are speak (unlike the bare groups of a
    protest, المحتجون، الأهالي, which speak for no one named)."""
    assert [(c[1], c[0]) for c in cues(run(stage, text))] == [(speaker, text.split()[0])]


@pytest.mark.parametrize("text, mentions, speaker", [
    ("أغلقت القوات أبوابه التي قالت الشرطة إن محتجين تحصنوا خلفها.", [], "الشرطة"),
    ("وأغلق المسجد الذي قال مسؤولون فلسطينيون إنه تعرض للاقتحام.", [], "مسؤولون فلسطينيون"),
])
def test_claims_a_relative_cue_with_its_own_subject_reports(stage, text, mentions, speaker):
    """After a relative pronoun whose antecedent is no speaker, a cue that names its own subject and what it
    says (التي قالت الشرطة إن …) still reports; one that says nothing (الوعود التي تعهد بها) does not."""
    assert [c[1] for c in cues(run(stage, text, mentions))] == [speaker]
    assert cues(run(stage, "ونفذ الوعود التي تعهد بها الرئيس.", [])) == []


@pytest.mark.parametrize("text, mentions, expected", [
    # the paper passes on what a named minister said: his claim, cued by نقلا
    ("وقالت صحيفة الشروق نقلا عن وزير الداخلية محمد الغرسلي أن القتيلين من الزبائن.",
     [("الشروق", "ORG"), ("محمد الغرسلي", "PER")], [("نقلا", "محمد الغرسلي")]),
    # a bare source: no one's claim, and the source goes on speaking (وأفاد المصدر), not the paper
    ("وذكرت صحيفة الوطن نقلاً عن مصدر مطلع، أن الجهات الأمنية تلقت بلاغا. وأفاد المصدر بأنه تم القبض على والديها.",
     [("الوطن", "ORG")], []),
])
def test_claims_a_paper_quoting_another_is_a_conduit(stage, text, mentions, expected):
    """GUIDELINES.md: a conduit makes no claim (نقل X عن Y قوله is Y's); so with قالت صحيفة X نقلا عن Y."""
    assert [(c[0], c[1]) for c in cues(run(stage, text, mentions))] == expected


def test_claims_a_subject_set_off_by_its_relative_clause_speaks(stage):
    doc = run(stage, "إلا أن جيمي لوريمان الذي التقط الصورة، قال إن الفكرة غير صحيحة.", [("جيمي لوريمان", "PER")])
    assert [(c[0], c[1]) for c in cues(doc)] == [("قال", "جيمي لوريمان")]


def test_claims_an_appeal_is_a_call(stage):
    doc = run(stage, "وأهابت وزارة الصحة بالعناصر الطبية الالتحاق بالمستشفيات.", [("وزارة الصحة", "ORG")])
    assert cues(doc) == [("وأهابت", "وزارة الصحة", "other")]


@pytest.mark.parametrize("text, mentions, speaker", [
    ('وكان "الحزب الدستوري الحر" قد أعلن الاثنين الماضي عن الدخول في تحركات.', [("الحزب الدستوري الحر", "ORG")],
     "الحزب الدستوري الحر"),
    ('وكان، بلقاسم الشايب، عضو جمعية "واحات جمنة" بقبلي قد أكد في تصريح أن الجمعية مستمرة.',
     [("بلقاسم الشايب", "PER"), ("واحات جمنة", "ORG"), ("قبلي", "LOC")], "بلقاسم الشايب"),
])
def test_claims_kana_subject_in_quotes_or_set_off_by_commas(stage, text, mentions, speaker):
    assert [c[1] for c in cues(run(stage, text, mentions))] == [speaker]


def test_claims_after_where_the_subject_goes_on_and_it_turned_out_is_no_one_s_claim(stage):
    doc = run(stage, "وقد مثل جيفري ويب أمام المحكمة في نيويورك حيث أكد أنه غير مذنب.",
              [("جيفري ويب", "PER"), ("نيويورك", "LOC")])
    assert [(c[0], c[1]) for c in cues(doc)] == [("أكد", "جيفري ويب")]
    doc = run(stage, "وأكدت وزارة الداخلية أنه تم القبض عليه حيث تبين أنه محل تفتيش.", [("وزارة الداخلية", "ORG")])
    assert [c[0] for c in cues(doc)] == ["وأكدت"]


def test_claims_one_tied_to_a_named_body_speaks(stage):
    # GUIDELINES.md: anonymous speakers tied to a named institution are included (مسؤول من حركة حماس)
    doc = run(stage, "وقال جنرال في القوات الجوية الأفغانية إن المروحية سقطت.", [])
    assert [(c[0], c[1]) for c in cues(doc)] == [("وقال", "جنرال في القوات الجوية الأفغانية")]


def test_claims_a_relative_cue_that_disagrees_with_its_pronoun_is_the_speaker_s(stage):
    # التي (feminine) قال (masculine): the party is what he speaks of, not who speaks
    doc = run(stage, "وأكد الرئيس الباجي قائد السبسي تمسكه بالتوافق مع حركة النهضة التي قال إنها تغيرت كثيرا.",
              [("الباجي قائد السبسي", "PER"), ("حركة النهضة", "ORG")])
    assert [(c[0], c[1]) for c in cues(doc)] == [("وأكد", "الباجي قائد السبسي"), ("قال", "الباجي قائد السبسي")]
    # a relative that agrees still has its antecedent speak
    doc = run(stage, "وشهد الاجتماع الطبيب الشرعي الذي أكد أن الوفاة طبيعية.", [])
    assert [c[1] for c in cues(doc)] != ["الباجي قائد السبسي"]


def test_claims_said_to_them_with_the_subject_dropped(stage):
    doc = run(stage, "وخاطب كريستيانو رونالدو لاعبي الفريق الملكي وقال لهم: لا يجب أن ننام.", [("كريستيانو رونالدو", "PER")])
    assert [(c[0], c[1]) for c in cues(doc)] == [("وقال", "كريستيانو رونالدو")]


def test_claims_an_adverbial_participle_after_the_verb_leaves_its_subject_dropped(stage):
    doc = run(stage, "وأكد خالد المهنا أن الخطوط لم تتجاوب. وقال مختتما حديثه: نطالب الخطوط السعودية بالتحرك.",
              [("خالد المهنا", "PER")])
    assert [(c[0], c[1]) for c in cues(doc)] == [("وأكد", "خالد المهنا"), ("وقال", "خالد المهنا")]
    # … but محدثنا ("our interlocutor") names the speaker
    doc = run(stage, "كما ذكر محدثنا، الحاج محمد لحمر، أن ابنه اتصل به.", [("محمد لحمر", "PER")])
    assert [c[1] for c in cues(doc)] != ["خالد المهنا"]


def test_claims_a_source_of_a_body_named_by_its_place_speaks_for_the_body(stage):
    doc = run(stage, "وأفاد مصدر في قيادة عمليات الأنبار أن القوات قتلت 22 عنصرا.", [("الأنبار", "LOC")])
    assert [(c[0], c[1]) for c in cues(doc)] == [("وأفاد", "قيادة عمليات الأنبار")]


def test_claims_a_call_going_on_with_the_speaker_names_whom_it_calls_on(stage):
    """ويدعو وزارة الداخلية إلى …، كما دعا وزارة العدل إلى …: the party goes on calling; the ministries are called on."""
    doc = run(stage, "وعبر حزب المسار عن تشبثه بحق الاحتجاج السلمي ويدعو وزارة الداخلية إلى فتح تحقيق جدي. كما دعا "
                     "وزارة العدل الى التفاعل الإيجابي مع مطلب الطلبة.",
              [("حزب المسار", "ORG"), ("وزارة الداخلية", "ORG"), ("وزارة العدل", "ORG")])
    assert [(cue, speaker) for cue, speaker, _ in cues(doc)] == [
        ("عبر", "حزب المسار"), ("يدعو", "حزب المسار"), ("دعا", "حزب المسار")], cues(doc)


def test_claims_the_verbs_own_noun_stressing_it_is_no_second_statement(stage):
    doc = run(stage, "نفى وزير الداخلية الهادي مجدوب، نفيا قاطعا وجود شركة أجنبية تدرب أعوان الأمن.",
              [("الهادي مجدوب", "PER")])
    assert [cue for cue, _, _ in cues(doc)] == ["نفى"], cues(doc)


def test_claims_an_official_in_a_body_speaks_not_the_one_named_after_him(stage):
    """قال مسؤول كبير في إدارة الرئيس الأميركي دونالد ترامب إن …: the official speaks, named by the whole
    phrase (GUIDELINES.md: مسؤول من حركة حماس), not Trump, whose administration he is in."""
    doc = run(stage, "قال مسؤول كبير في إدارة الرئيس الأميركي دونالد ترامب إن كوشنر سيزور العراق.",
              [("دونالد ترامب", "PER"), ("كوشنر", "PER"), ("العراق", "LOC")])
    [(cue, speaker, _)] = cues(doc)
    assert cue == "قال" and speaker.startswith("مسؤول كبير"), cues(doc)


def test_claims_a_feminine_noun_after_a_masculine_verb_is_its_object(stage):
    """ودعا الحكومة: دعا is masculine, so الحكومة is whom he calls on; the speaker before goes on."""
    doc = run(stage, "وقال وزير الداخلية هشام المشيشي إن الوضع مستقر. ودعا الحكومة إلى تطبيق القانون.",
              [("هشام المشيشي", "PER"), ("الحكومة", "ORG")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("وقال", "هشام المشيشي"), ("ودعا", "هشام المشيشي")]
    # a feminine verb agrees with it
    doc = run(stage, "ودعت الحكومة المواطنين إلى الهدوء.", [("الحكومة", "ORG")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("ودعت", "الحكومة")]


def test_claims_a_hosts_welcome_is_no_statement_but_its_speaker_goes_on(stage):
    doc = run(stage, "ورحب عبدالله الربيعة بالوفد الكويتي، مشيدا بالعلاقات بين البلدين.", [("عبدالله الربيعة", "PER")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("مشيدا", "عبدالله الربيعة")]
    doc = run(stage, "ورحبت الحكومة التونسية بقرار مجلس الأمن.", [("الحكومة التونسية", "ORG"), ("مجلس الأمن", "ORG")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("رحبت", "الحكومة التونسية")]


def test_claims_is_considered_with_a_that_clause_further_on_is_no_statement(stage):
    doc = run(stage, "وأضاف الوزير أحمد علي أن شركة بوينج تعتبر من أهم المصنعين في العالم، حيث أن الخطوط السعودية تشغل "
                     "عددا كبيرا من طائراتها.", [("أحمد علي", "PER"), ("بوينج", "ORG")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("وأضاف", "أحمد علي")]


def test_claims_a_prayer_past_a_quoted_name_is_no_claim_but_abd_rabbuh_is_a_name(stage):
    """ودعا "القحطاني" المولى أن …: a prayer though the name is quoted; يطالب بن فريد الرئيس عبد ربه منصور هادي
    demands of a man whose name holds ربه."""
    doc = run(stage, 'ودعا "القحطاني" المولى عز وجل أن يحفظ البلاد.', [("القحطاني", "PER")])
    assert cues(doc) == []
    doc = run(stage, "ويطالب بن فريد الرئيس عبد ربه منصور هادي بالتدخل.",
              [("بن فريد", "PER"), ("عبد ربه منصور هادي", "PER")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("يطالب", "بن فريد")]


def test_claims_holding_someone_responsible_accuses_but_carrying_things_says_nothing(stage):
    """حمّلت الجمعية السلطة المسؤولية: the association blames the authority; حمل المتظاهرون لافتات: no statement."""
    doc = run(stage, "حملت جمعية القضاة التونسيين السلطة السياسية مسؤولية التعاطي السلبي مع الملف.",
              [("جمعية القضاة التونسيين", "ORG")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("حملت", "جمعية القضاة التونسيين")]
    assert doc.claims[0].stance == "accuse"
    doc = run(stage, "وحمل المتظاهرون لافتات كتب عليها شعارات الثورة.", [])
    assert cues(doc) == []


def test_claims_lawmakers_of_a_state_speak_but_bare_lawmakers_do_not(stage):
    """قال مشرعون أمريكيون: tied to a state, as مسؤولون أمريكيون (GUIDELINES.md); bare مشرعون: no one."""
    doc = run(stage, "وقال مشرعون أمريكيون إنهم يريدون المزيد من المعلومات.", [])
    assert [c for c, _, _ in cues(doc)] == ["وقال"]
    doc = run(stage, "وقال مشرعون إنهم يريدون المزيد من المعلومات.", [])
    assert cues(doc) == []


def test_claims_a_programmes_guest_is_the_person_who_spoke_before(stage):
    """وأكد ضيف "بوليتيكا" أن …: the programme's guest is the one interviewed, not the programme; with no one
    who spoke before, an unnamed guest makes no claim."""
    text = 'قال النائب منجي الرحوي إن الوضع خطير. وأكد ضيف "بوليتيكا" أن الحكومة فشلت.'
    doc = run(stage, text, [("منجي الرحوي", "PER"), ("بوليتيكا", "MISC")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("قال", "منجي الرحوي"), ("وأكد", "منجي الرحوي")]
    doc = run(stage, "وأكد ضيف البرنامج أن الحكومة فشلت.", [])
    assert cues(doc) == []


def test_claims_a_statement_issued_by_a_body_named_again_by_its_head_word(stage):
    """أجرت لجنة الأمم المتحدة … زيارة. وأصدرت اللجنة بيانا أكدت فيه …: the committee speaks in its statement."""
    text = ("أجرت لجنة الأمم المتحدة المعنية بالتحقيق زيارة رسمية إلى عمان. "
            "وأصدرت اللجنة بيانا أكدت فيه أنها جمعت معلومات واسعة.")
    doc = run(stage, text, [("الأمم المتحدة", "ORG"), ("عمان", "LOC")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("أكدت", "لجنة الأمم المتحدة")]


def test_claims_the_first_statement_goes_on_from_the_person_the_sentence_before_is_about(stage):
    """رفع الشيخ القحطاني التعازي … . وأضاف أن …: no one has spoken yet, so the person the sentence before is
    about; not past a subject of its own, nor with a feminine or plural verb (a name's gender is not known)."""
    doc = run(stage, "رفع الشيخ محمد القحطاني التعازي لأسر الشهداء. وأضاف أن هذه الأفعال مستنكرة.",
              [("محمد القحطاني", "PER")])
    assert [(c, s) for c, s, _ in cues(doc)] == [("وأضاف", "محمد القحطاني")]
    doc = run(stage, "رفع الشيخ محمد القحطاني التعازي لأسر الشهداء. وأضافت أن هذه الأفعال مستنكرة.",
              [("محمد القحطاني", "PER")])
    assert cues(doc) == []


def test_claims_the_outlet_a_statement_is_made_to_never_speaks(stage):
    """وقال أحد الفلاحين في تصريح لمراسلة الجوهرة أف أم إن …: the radio is told, it says nothing; nor does a
    name the tagger split in two (لمراسلة "الجوهرة | أف أم")."""
    doc = run(stage, "وقال احد الفلاحين في تصريح لمراسلة الجوهرة اف ام بالجهة إن الماء غير متوفر.",
              [("الجوهرة اف ام", "ORG")])
    assert [s for _, s, _ in cues(doc)] == []
    doc = run(stage, 'وأكد المسؤول الجهوي لمراسلة "الجوهرة أف أم" بجربة أنه يفند هذه الاتهامات.',
              [("الجوهرة", "MISC"), ("أف أم", "ORG")])
    assert [s for _, s, _ in cues(doc)] == []


def test_claims_the_outlet_called_is_no_speaker_of_a_later_cue(stage):
    """نفى مصباح في اتصال هاتفي بالجوهرة أف أم، نفيا قاطعا، …: the radio called says nothing; a headline after
    «بصحيفة الوئام:» still speaks."""
    doc = run(stage, "نفى ياسر مصباح في اتصال هاتفي بالجوهرة أف أم، نفيا قاطعا، صحة الأخبار.",
              [("ياسر مصباح", "PER"), ("أف أم", "ORG")])
    assert {s for _, s, _ in cues(doc)} == {"ياسر مصباح"}
    doc = run(stage, "رابط الخبر بصحيفة الوئام: الاتحاد السعودي ينفي رفع الايقاف.",
              [("الوئام", "ORG"), ("الاتحاد السعودي", "ORG")])
    assert [s for _, s, _ in cues(doc)] == ["الاتحاد السعودي"]


def test_claims_an_outlet_informed_is_no_speaker_but_one_reporting_is(stage):
    """أفاد مصدر أمني وكالة تونس إفريقيا للأنباء بأن …: the agency is informed, the bare source speaks (no claim);
    وأفادت صحيفة دي فيلت بأن …: the paper right after the verb reports."""
    doc = run(stage, "أفاد مصدر أمني وكالة تونس إفريقيا للأنباء بأن الشرطة أوقفت أربعة أشخاص.",
              [("وكالة تونس", "LOC"), ("إفريقيا", "LOC")])  # as the tagger labels them
    assert cues(doc) == []
    doc = run(stage, "وأفادت صحيفة دي فيلت بأن الشرطة أوقفت أربعة أشخاص.", [("صحيفة دي فيلت", "ORG")])
    assert [s for _, s, _ in cues(doc)] == ["صحيفة دي فيلت"]


def test_claims_according_to_the_text_cites_the_statement_the_sentence_reports(stage):
    """عبرت عن رفضها للمنشور … وهو ما تعتبره الجبهة الشعبية …، وفق نص البيان: the verb's claim, by the
    statement's issuer; the attribution adds none."""
    text = ("وقالت الجبهة الشعبية في بيان إن الوضع خطير. وفي سياق آخر عبرت عن رفضها للمنشور الحكومي الأخير "
            "وهو ما تعتبره الجبهة الشعبية تقييدا لحرية الصحافة، وفق نص البيان.")
    doc = run(stage, text, [("الجبهة الشعبية", "ORG")])
    got = cues(doc)
    assert [(c, s) for c, s, _ in got if c != "تعتبره"] == [("وقالت", "الجبهة الشعبية"), ("عبرت", "الجبهة الشعبية")]


def test_claims_a_unit_taking_charge_of_a_case_promises_nothing(stage):
    """تعهدت فرقة الأبحاث بالبحث في القضية: the unit takes the case (Tunisian usage); تعهدت الحكومة بدعم القطاع
    promises."""
    doc = run(stage, "وتعهدت فرقة الأبحاث والتفتيش بالبحث في القضية.", [("فرقة الأبحاث والتفتيش", "ORG")])
    assert cues(doc) == []
    doc = run(stage, "وتعهدت الحكومة التونسية بدعم القطاع الفلاحي.", [("الحكومة التونسية", "ORG")])
    assert [(s, st) for _, s, st in cues(doc)] == [("الحكومة التونسية", "promise")]


def test_claims_according_to_the_outlets_reporter_is_no_claim(stage):
    """وفق ما أكده مراسل الجوهرة أف أم: the outlet relays (GUIDELINES.md: a conduit); وفق ما أكده الوالي: the
    governor speaks."""
    doc = run(stage, "انطلقت المسيرة صباح اليوم، وفق ما أكده مراسل الجوهرة أف أم في الجهة.", [("أف أم", "ORG")])
    assert cues(doc) == []
    doc = run(stage, "انطلقت المسيرة صباح اليوم، وفق ما أكده الوالي محمد الصغير.", [("محمد الصغير", "PER")])
    assert [s for _, s, _ in cues(doc)] == ["محمد الصغير"]


def test_claims_a_definite_speaker_noun_at_the_very_end_reads_no_further():
    """A cue and a speaker noun closing the text with no full stop (… وأضاف الوزير): the look past the noun
    stops at the last token (it read past it on a random word sequence before)."""
    from rasd.stages.event_actors import ActorIndex
    from rasd.stages.event_speech import _definite_subject

    doc = make_doc("وأضاف الوزير")
    actors = ActorIndex(doc)
    unit = _definite_subject(actors, 1, 5)
    assert unit is None or (unit.first, unit.last) == (1, 1)


@pytest.mark.parametrize("text", [
    "ورفضت السلطات طلب اللجوء الذي قدمه الشاب.",  # the noun "request", no من after it
    "ووجه الوزير الدعوة إلى نظيره لزيارة تونس.",  # وجّه an invitation: no accusation
])
def test_claims_talab_and_wajjaha_only_with_what_makes_them_cues(cue_stage, text):
    doc = run(cue_stage, text, [("الوزير", "PER")] if "الوزير" in text else [])
    assert not [c for c in cues(doc) if c[0] in ("طلب", "وجه")], cues(doc)


def test_claims_brandishing_is_a_warning_of_the_sentence_speaker(stage):
    doc = run(stage, "وأكد محمد الصيود أن ظروف العمل صعبة ملوحا بالدخول في إضراب.", [("محمد الصيود", "PER")])
    assert ("ملوحا", "محمد الصيود", "warn") in cues(doc), cues(doc)


def test_claims_a_statement_issued_for_a_body_speaks_for_it(stage):
    """وفق بيان صادر السبت للنقابة …: the issuer after لـ, past the day, as after صادر عن."""
    doc = run(stage, "وتتمثل مطالب الأعوان وفق بيان صادر السبت لنقابة أعوان الديوانة في تنقيح القانون.",
              [("نقابة أعوان الديوانة", "ORG")])
    assert [c[:2] for c in cues(doc)] == [("وفق", "نقابة أعوان الديوانة")], cues(doc)


def test_claims_an_adverb_after_a_masculine_verb_does_not_make_the_feminine_noun_its_speaker(stage):
    # كما طالب أيضا الحكومة … وشدد على: the union speaks on; the government is only asked
    doc = run(stage, "وأكد الاتحاد العام التونسي للشغل رفضه للقرار. كما طالب أيضا الحكومة بالإسراع في اتخاذ الإجراءات. "
                     "وشدد على ضرورة مراجعة الأجور.", [("الاتحاد العام التونسي للشغل", "ORG")])
    assert [c[1] for c in cues(doc)] == ["الاتحاد العام التونسي للشغل"] * 3


@pytest.mark.parametrize("text, mentions, expected", [
    ("وأقرت لجنة التحقيق أن الشركة بالغت في حساب أرباحها.", [("لجنة التحقيق", "ORG")], ["لجنة التحقيق"]),
    ("وأقر البرلمان القانون الجديد أمس.", [("البرلمان", "ORG")], []),        # passes a law: no statement
    ("ويروي الشاهد أحمد علي تفاصيل الهجوم على الفندق.", [("أحمد علي", "PER")], ["أحمد علي"]),
])
def test_claims_acknowledging_with_that_and_recounting_are_statements(stage, text, mentions, expected):
    assert [c[1] for c in cues(run(stage, text, mentions))] == expected


def test_claims_a_feeling_voiced_after_a_titled_subject_makes_the_verb_a_statement(stage):
    # أبدى الأمين العام للائتلاف … محمد يحيى مكتبي عدم ارتياحه: the feeling follows the post and the name
    doc = run(stage, "أبدى الأمين العام للائتلاف الوطني السوري محمد يحيى مكتبي عدم ارتياحه من الاتفاق.",
              [("محمد يحيى مكتبي", "PER")])
    assert [c[1] for c in cues(doc)] == ["محمد يحيى مكتبي"]


@pytest.mark.parametrize("text, mentions, speaker", [
    # the person a title phrase ends in, past ما أفاد به
    ("وقررت الشركة إيقاف نشاطها، وفق ما أفاد به مدير المسؤولية الاجتماعية بالشركة نبيل جنيفان.",
     [("نبيل جنيفان", "PER")], "نبيل جنيفان"),
    # past an agency named by places and "for news" (وكالة تونس افريقيا للأنباء), its title and commas
    ("وأضرم النار في جسده، حسب ما صرح به لوكالة تونس افريقيا للأنباء، رئيس الغرفة الجهوية بصفاقس، نور الدين قديش.",
     [("تونس", "LOC"), ("افريقيا", "LOC"), ("صفاقس", "LOC"), ("نور الدين قديش", "PER")], "نور الدين قديش"),
])
def test_claims_an_attribution_reaches_the_person_past_a_title_or_an_agency_named_by_places(stage, text, mentions,
                                                                                          speaker):
    assert [c[1] for c in cues(run(stage, text, mentions))] == [speaker]


def test_claims_the_person_the_sentence_before_is_about_goes_on_speaking(stage):
    # وانتقل حاكم لويزيانا بوبي جيندال إلى المدينة. وقال: he speaks, not the authorities quoted two sentences back
    doc = run(stage, "وقالت السلطات إن المسلح قتل شخصين. وانتقل حاكم لويزيانا الجمهوري بوبي جيندال إثر الحادث إلى "
                     "مدينة لافايت. وقال في مؤتمر صحفي إن العنف مرفوض.", [("بوبي جيندال", "PER")])
    assert [c[1] for c in cues(doc)] == ["السلطات", "بوبي جيندال"]


def test_claims_a_dual_speaker_knows_the_two_parties_named_before_it(stage):
    # التقى ليون جينتيلوني … وجدد الجانبان الدعوة: "the two sides" speak, and they are these two
    doc = run(stage, "التقى المبعوث برناردينو ليون وزير الخارجية باولو جينتيلوني في روما. وجدد الجانبان الدعوة إلى "
                     "جميع الأطراف الليبية للانضمام إلى مسار السلام.",
              [("برناردينو ليون", "PER"), ("باولو جينتيلوني", "PER"), ("روما", "LOC")])
    (claim,) = doc.claims
    assert {"برناردينو ليون", "باولو جينتيلوني"} <= set(doc.entity(claim.speaker).aliases)


def test_claims_a_bare_title_held_by_two_is_the_one_named_without_a_nationality_or_a_former_word(stage):
    # وزير الخارجية عادل الجبير … وزير الخارجية الإيطالي باولو جينتيلوني … وقال معالي وزير الخارجية: the home minister
    doc = run(stage, "أجرى معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير مباحثات أمس مع معالي وزير الخارجية الإيطالي "
                     "باولو جينتيلوني في روما. وقال معالي وزير الخارجية في تصريح إن المباحثات تناولت العلاقات.",
              [("عادل بن أحمد الجبير", "PER"), ("باولو جينتيلوني", "PER"), ("روما", "LOC")])
    assert [c[1] for c in cues(doc)] == ["عادل بن أحمد الجبير"]


def test_claims_an_agency_named_by_its_adjective_relays_and_makes_no_claim(stage):
    # وبحسب "الألمانية"، فقد ذكرت الهيئة …: the German agency passes on what the authority said
    doc = run(stage, "انتقدت هيئة الطيران المدني الشركة بشدة. وبحسب \"الألمانية\"، فقد ذكرت الهيئة أنها أصدرت إنذارا "
                     "قضائيا ضد الشركة.", [("هيئة الطيران المدني", "ORG")])
    assert [c[0] for c in cues(doc)] == ["انتقدت", "ذكرت"]


def test_claims_the_reporter_signing_the_lead_is_no_speaker(stage):
    # خلود غنام- سبق- الرياض: the reporter signs the lead; what follows is said by the appellants, not by her
    doc = run(stage, "خلود غنام- سبق- الرياض: طالب عدد من الخريجين الوزارة بإعادة النظر في الضوابط. وقال أصحاب "
                     "المناشدة لـ\"سبق\": إن الضوابط شديدة.", [("خلود غنام", "PER")])
    assert "خلود غنام" not in [c[1] for c in cues(doc)]


@pytest.mark.parametrize("text, name", [
    ("خلود غنام- سبق- الرياض: طالب عدد من الخريجين", "خلود غنام"),
    ("أحمد البراهيم- جازان: شارك وفد من الضباط", "أحمد البراهيم"),
    ("واس- جدة: التقى ولي العهد", "واس"),
    ("وزير الخارجية السعودي عادل الجبير - الذي زار القاهرة أمس: قال", ""),  # no lead byline: too long before the dash
    ("قال الرئيس إن الحكومة ستعمل على ذلك.", ""),
])
def test_the_lead_byline_is_read_up_to_the_reporters_name(text, name):
    from rasd.stages.mention_rules import byline_name_end
    assert text[:byline_name_end(text)] == name


def test_claims_an_owner_named_by_what_he_owns_speaks_for_himself(stage):
    # نفذت الشرطة البلدية قرار الهدم … وأكد صاحب المركب: the owner speaks, not the police of the sentence before
    doc = run(stage, "نفذت الشرطة البلدية اليوم قرار هدم مركب تبريد بالسوق المركزية. وأكد صاحب المركب لمراسل الجوهرة "
                     "أنه متحصل على رخصة منذ سنوات.", [("الشرطة البلدية", "ORG")])
    assert [c[1] for c in cues(doc)] == ["صاحب المركب"]
    # the owner named right after is that person
    doc = run(stage, "وأكد صاحب المشروع العياشي العجرودي أن الأشغال ستنطلق قريبا.", [("العياشي العجرودي", "PER")])
    assert [c[1] for c in cues(doc)] == ["العياشي العجرودي"]


def test_claims_one_of_a_group_in_apposition_leaves_the_named_speaker(stage):
    doc = run(stage, "وقال توم كوتس، أحد المستخدمين، إن التطبيق لا يعمل.", [("توم كوتس", "PER")])
    assert [names(doc, c.speaker) for c in doc.claims] == [{"توم كوتس"}]


def test_claims_one_of_a_group_is_no_speaker(stage):
    # like a counted group (عدد من المغردين), an unnamed one of many makes no claim (GUIDELINES.md)
    doc = run(stage, "وقال أحد المغردين إن القرار ظالم.")
    assert all(c.speaker is None for c in doc.claims)


@pytest.mark.parametrize("text, speaks", [
    ("وأمرت النيابة العامة بحبس 24 متهما على ذمة القضية.", False),  # counted: 24 defendants, no one accusing
    ("وقال الوزير أحمد علي إن الأداءات مدفوعة إلى غاية 2016 مؤكدا أن القرار ظالم.", True),  # a year before it
])
def test_claims_a_participle_counted_by_a_number_is_a_noun(stage, text, speaks):
    doc = run(stage, text, [("أحمد علي", "PER")] if "أحمد علي" in text else [])
    assert any(doc.text[c.cue.start:c.cue.end].startswith(("متهما", "مؤكدا")) for c in doc.claims) == speaks
