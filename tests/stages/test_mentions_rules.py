"""Rule-tagged institutions: ministries and named councils (FORMAT.md conventions)."""

from __future__ import annotations

import pytest

from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_rules import institution_mentions


def _spans(text: str, ms: list[Mention]) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in ms]


def test_mentions_rules_ministry_and_council_without_proclitic():
    text = "ووفقا لوزارة الدفاع فإن مجلس الشيوخ وافق"
    assert _spans(text, institution_mentions(text, tokenize(text), [])) == [
        ("وزارة الدفاع", "ORG"), ("مجلس الشيوخ", "ORG")]


def test_mentions_rules_a_ministry_of_affairs_keeps_its_kind():
    """وزارة الشؤون الخارجية, not وزارة الشؤون: "affairs" alone names no ministry."""
    text = "وقالت وزارة الشؤون الخارجية ووزارة الشئون الدينية في بيان مشترك."
    assert _spans(text, institution_mentions(text, tokenize(text), [])) == [
        ("وزارة الشؤون الخارجية", "ORG"), ("وزارة الشئون الدينية", "ORG")]


def test_mentions_rules_leave_tagged_and_generic_councils_alone():
    text = "مجلس إدارة الشركة ومجلس الأمن"
    tagged = [Mention(text.index("مجلس الأمن"), len(text), label="ORG")]
    assert institution_mentions(text, tokenize(text), tagged) == tagged
    assert institution_mentions("مجلس إدارة", tokenize("مجلس إدارة"), []) == []


def test_mentions_rules_organisations_named_in_quotes():
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import quoted_org_mentions
    from rasd.stages.text import TextStage

    text = 'قالت منظمة "أنا يقظ" إن القرار خاطئ. وعبر “مركز الميزان لحقوق الإنسان” عن قلقه. وقال "نحن هنا" إنه سيعود.'
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [(text[m.start:m.end], m.label) for m in quoted_org_mentions(text, doc.tokens, [])]
    # the descriptor stays outside; a quote that is no organisation's name is left alone
    assert got == [("أنا يقظ", "ORG"), ("مركز الميزان لحقوق الإنسان", "ORG")]


def test_mentions_rules_a_quoted_party_name_holds_its_country():
    from rasd.config import load_config
    from rasd.document import Document, Mention
    from rasd.stages.mention_rules import quoted_org_mentions
    from rasd.stages.text import TextStage

    # حزب "آفاق تونس": the tagger's Tunisia inside the quotes is part of the party's name
    text = 'دعا حزب "آفاق تونس" إلى الحوار في تونس.'
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    tagged = [Mention(text.index("تونس"), text.index("تونس") + 4, "LOC"), Mention(text.rindex("تونس"), len(text) - 1, "LOC")]
    got = [(text[m.start:m.end], m.label) for m in quoted_org_mentions(text, doc.tokens, tagged)]
    assert got == [("آفاق تونس", "ORG"), ("تونس", "LOC")]


def test_mentions_rules_institutions_named_by_head_and_qualifiers():
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = ("قررت المحكمة الدستورية رفض الطعن. وقال رئيس مجلس نواب الشعب إن هيئة الحقيقة والكرامة والهيئة العليا "
            "المستقلة للانتخابات اجتمعت. وأكدت الحكومة العراقية واللجنة المختصة ووكالة الأنباء الرسمية الإيرانية ذلك.")
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, [], is_nationality)]
    assert got == ["المحكمة الدستورية", "مجلس نواب الشعب", "هيئة الحقيقة والكرامة",
                   "الهيئة العليا المستقلة للانتخابات"]


def test_mentions_rules_associations_keep_their_members_nationality_outside():
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = "قال المكتب التنفيذي لجمعية القضاة التونسيين إن نقابة الصحفيين غائبة، وأي جمعية في المشاركة مرحب بها."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, [], is_nationality)]
    assert got == ["جمعية القضاة", "نقابة الصحفيين"]


def test_mentions_rules_a_body_named_for_what_it_is_for_keeps_its_nationality_outside():
    """A nationality after what the body is for ends the name; it does not make a description of it."""
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = "دعت الشركة الوطنية للسكك الحديدية التونسية، مستعملي الطريق إلى الانتباه."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, [], is_nationality)]
    assert got == ["الشركة الوطنية للسكك الحديدية"]


def test_mentions_rules_a_union_of_members_with_their_nationality_is_named_by_them():
    """اتحاد (a body named by what it is for) is also named by its members and their nationality, which
    stays outside; a union with neither is left alone."""
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = "وأكد اتحاد الحقوقيين العرب تضامنه، وأدان اتحاد الصحفيين الفلسطينيين الاعتقال، وقال الاتحاد الجديد إنه مستعد."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, [], is_nationality)]
    assert got == ["اتحاد الحقوقيين", "اتحاد الصحفيين"]


def test_mentions_rules_a_nationality_then_what_the_body_is_for_makes_a_name():
    """المرصد السوري لحقوق الإنسان is a name; الحكومة العراقية and الهيئة التونسية للصحفيين are not."""
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = ("قال المرصد السوري لحقوق الإنسان إن المرصد العراقي للحريات الصحفية وثق الحادث، وأكدت الحكومة العراقية "
            "والهيئة التونسية للصحفيين ذلك.")
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, [], is_nationality)]
    assert got == ["المرصد السوري لحقوق الإنسان", "المرصد العراقي للحريات الصحفية"]


def test_mentions_rules_an_attache_office_ends_before_a_tagged_country():
    from rasd.config import load_config
    from rasd.document import Document, Mention
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = "زار وفد طلاب الملحقية الثقافية السعودية في واشنطن."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    tagged = [Mention(text.index("السعودية"), text.index("السعودية") + len("السعودية"), label="LOC")]
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, tagged, is_nationality)]
    assert got == ["الملحقية الثقافية", "السعودية"]


def _institutions(text: str, tagged=()) -> list[str]:
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    return [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, list(tagged), is_nationality)]


def test_mentions_rules_banks_are_named_by_their_adjective():
    """البنك التجاري / للبنك الأهلي (ل swallowing the article's alef) are names; a feminine adjective after
    البنك qualifies an earlier noun (خطط البنك التنموية), so it is no bank's name."""
    text = "وافق مساهمو البنك التجاري على خطة للبنك الأهلي، ضمن خطط البنك التنموية."
    assert _institutions(text) == ["البنك التجاري", "لبنك الأهلي"]


def test_mentions_rules_bodies_named_by_what_they_are_for():
    """شركة، ديوان، اتحاد … name a body only with what it is for (للكهرباء، للشغل); a generic word before that
    (المحلي) is part of the name, a plain adjective after it (المدنية، البلدية) too. Without it, or when
    the لـ phrase names an owner (للحركة), they only describe one."""
    text = ("قال الاتحاد المحلي للشغل إن الشركة السعودية للكهرباء والديوان الوطني للحماية المدنية واللجنة العامة "
            "للانتخابات البلدية اجتمعت. وأكد المكتب السياسي للحركة والشركة المصنعة ذلك.")
    assert _institutions(text) == ["الاتحاد المحلي للشغل", "الشركة السعودية للكهرباء",
                                   "الديوان الوطني للحماية المدنية", "اللجنة العامة للانتخابات البلدية"]


def test_mentions_rules_national_broadcasters_but_not_state_or_prosecution():
    """التلفزة الوطنية is a name (news30 gold); التلفزيون الحكومي، النيابة العمومية and الادعاء العام are not."""
    text = "وبثت التلفزة الوطنية والتلفزيون الحكومي الخبر، وفتحت النيابة العمومية والادعاء العام تحقيقا."
    assert _institutions(text) == ["التلفزة الوطنية"]


def test_mentions_rules_party_names_run_on_over_political_adjectives():
    """حزب الشعوب tagged before الديمقراطي → حزب الشعوب الديمقراطي; not across a comma, nor over a nationality."""
    from rasd.stages.mention_rules import party_name_extension

    text = "دعا حزب الشعوب الديمقراطي وحزب الله اللبناني وحزب العمال، الديمقراطي"
    tagged = [Mention(text.index(n), text.index(n) + len(n), label="ORG") for n in ("حزب الشعوب", "حزب الله", "حزب العمال")]
    assert _spans(text, party_name_extension(text, tokenize(text), tagged)) == [
        ("حزب الشعوب الديمقراطي", "ORG"), ("حزب الله", "ORG"), ("حزب العمال", "ORG")]


def test_mentions_rules_armies_with_an_official_name():
    """الجيش العربي السوري، الجيش السوري الحر are names (GUIDELINES.md); الجيش السوري is a description."""
    from rasd.stages.mention_rules import army_name_mentions
    from rasd.stages.mentions import is_nationality

    text = "قال الجيش العربي السوري إن الجيش السوري الحر انسحب، وأكد الجيش السوري ذلك."
    assert _spans(text, army_name_mentions(text, tokenize(text), [], is_nationality)) == [
        ("الجيش العربي السوري", "ORG"), ("الجيش السوري الحر", "ORG")]


def test_mentions_rules_works_named_in_quotes_are_misc():
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import quoted_title_mentions
    from rasd.stages.text import TextStage

    text = 'وقدمت برنامجا جديدا بعنوان « الناس وأنا » ثم برنامج « مع نور » بينما قال « نحن هنا » إنه سيعود.'
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    nur = Mention(text.index("نور"), text.index("نور") + 3, label="PER")
    got = [(text[m.start:m.end], m.label) for m in quoted_title_mentions(text, doc.tokens, [nur])]
    # the name the tagger found inside the title gives way to it; a quote after no work head is left alone
    assert got == [("الناس وأنا", "MISC"), ("مع نور", "MISC")]


def test_mentions_rules_outlets_named_in_bylines():
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import byline_outlet_mentions
    from rasd.stages.text import TextStage

    text = "لندن : « الشرق الأوسط » هددت الحكومة بالانفصال. البحرين - الرأي - تعرض القناة برنامجا. القاهرة - محمد علي - قال الوزير."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    region = text.index("الشرق الأوسط")
    tagged = [Mention(0, 4, label="LOC"), Mention(region, region + len("الشرق الأوسط"), label="LOC")]
    got = [(text[m.start:m.end], m.label) for m in byline_outlet_mentions(
        text, doc.tokens, tagged, [(s.start, s.end) for s in doc.sentences])]
    # the outlet, not the region; a reporter's name between dashes is no outlet
    assert got == [("لندن", "LOC"), ("الشرق الأوسط", "ORG"), ("الرأي", "ORG")]


def test_mentions_rules_national_names_kept_whole():
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import national_name_extension
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = ("وقال الاتحاد العام التونسي للشغل إن ريال مدريد الإسباني لكرة القدم ووكالة الأنباء الألمانية "
            "ووكالة الأنباء الرسمية الإيرانية أكدت ذلك.")
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    tagged = [Mention(text.index(w), text.index(w) + len(w), label="ORG") for w in ("الاتحاد العام", "ريال مدريد")]
    got = [text[m.start:m.end] for m in national_name_extension(text, doc.tokens, tagged, is_nationality)]
    # a club's nationality and sport stay outside; an agency described as official is no name
    assert got == ["الاتحاد العام التونسي للشغل", "ريال مدريد", "وكالة الأنباء الألمانية"]


def test_mentions_rules_name_cut_before_what_the_body_is_for_runs_on():
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import national_name_extension
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = ("دعت المنظمة التونسية لمناهضة التعذيب والهيئة الوطنية لمكافحة الفساد ورئاسة المجلس الوطني لتوفيق "
            "القاهري والاتحاد الأوروبي للفترة المقبلة وحزب كوملة الإيراني ليلة السبت.")
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    spans = [("المنظمة التونسية", "ORG"), ("لمناهضة التعذيب", "PER"), ("الهيئة الوطنية", "ORG"),
             ("رئاسة المجلس الوطني", "ORG"), ("توفيق القاهري", "PER"), ("الاتحاد الأوروبي", "ORG"),
             ("حزب كوملة الإيراني", "ORG")]
    tagged = [Mention(text.index(w), text.index(w) + len(w), label=label) for w, label in spans]
    got = [(text[m.start:m.end], m.label) for m in national_name_extension(
        text, doc.tokens, tagged, is_nationality, lambda name: name == "الاتحاد الأوروبي")]
    # the tagger's PER over the preposition goes into the name; a person after ل (his span without it) does not,
    # nor a time (a night that starts like a لـ phrase included), nor what follows a body known whole
    assert got == [("المنظمة التونسية لمناهضة التعذيب", "ORG"), ("الهيئة الوطنية لمكافحة الفساد", "ORG"),
                   ("رئاسة المجلس الوطني", "ORG"), ("توفيق القاهري", "PER"), ("الاتحاد الأوروبي", "ORG"),
                   ("حزب كوملة الإيراني", "ORG")]


def test_mentions_rules_national_authority_kept_whole():
    from rasd.stages.mention_rules import army_name_mentions
    from rasd.stages.mentions import is_nationality

    def run(text: str) -> list[tuple[str, str]]:
        return _spans(text, army_name_mentions(text, tokenize(text), [], is_nationality))

    assert run("وقال رئيس السلطة الوطنية الفلسطينية إن") == [("السلطة الوطنية الفلسطينية", "ORG")]
    assert run("وطالبت السلطة الفلسطينية بوقف الاستيطان") == [("السلطة الفلسطينية", "ORG")]
    # the authorities (plural) of a country are no name
    assert run("وقالت السلطات السعودية إن") == []


def test_mentions_rules_body_of_two_countries_kept_whole():
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality

    text = "واجتمعت لجنة التشاور السياسي التونسية المصرية أمس"
    got = _spans(text, institution_name_mentions(text, tokenize(text), [], is_nationality))
    assert got == [("لجنة التشاور السياسي التونسية المصرية", "ORG")]


def test_mentions_rules_a_title_name_splits_the_organisation_the_tagger_ran_on_over_it():
    """الناطق باسم الجبهة الشعبية حمة الهمامي: a full name seen after titles in the news ends the ORG the
    tagger ran on over it; a listed "name" whose first word is a common word (دار العلوم) does not."""
    from rasd.arabic.normalize import fold
    from rasd.stages.mention_rules import title_name_mentions
    from rasd.stages.ner_features import NameList

    names = NameList.of([tuple(fold(w) for w in "حمة الهمامي".split()), tuple(fold(w) for w in "دار العلوم".split())])
    autolex = {fold("حمة"): (0.33, 0.0, 0.0, 0.0), fold("دار"): (0.005, 0.13, 0.03, 0.01)}
    text = "وقال الناطق باسم الجبهة الشعبية حمة الهمامي إن منظمة علماء دار العلوم أشادت."
    org1 = Mention(text.index("الجبهة"), text.index(" إن"), label="ORG")
    org2 = Mention(text.index("منظمة"), text.index(" أشادت"), label="ORG")
    got = _spans(text, title_name_mentions(text, tokenize(text), [org1, org2], names, autolex))
    assert got == [("الجبهة الشعبية", "ORG"), ("حمة الهمامي", "PER"), ("منظمة علماء دار العلوم", "ORG")]


def test_mentions_rules_a_national_name_takes_in_the_country_tagged_as_its_adjective():
    """الشركة السعودية للكهرباء: السعودية is "Saudi" here, though the tagger read the country."""
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_country_adjective, is_nationality
    from rasd.stages.text import TextStage

    text = "زار السفير الشركة السعودية للكهرباء، وقالت السعودية إن الزيارة مهمة."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    saudi = [Mention(i, i + len("السعودية"), label="LOC") for i in (text.index("السعودية"), text.rindex("السعودية"))]
    got = _spans(text, institution_name_mentions(text, doc.tokens, saudi, is_nationality, is_country_adjective))
    assert got == [("الشركة السعودية للكهرباء", "ORG"), ("السعودية", "LOC")]


def test_mentions_rules_what_a_body_is_for_keeps_its_adjective():
    """النقابة الجهوية للأمن الداخلي: الداخلي is the security's ("internal"), part of the name; a date or a
    preposition after the name still ends it."""
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = "نظمت النقابة الجهوية للأمن الداخلي بقابس اليوم وقفة، ودعا الحزب الهيئة العليا للانتخابات إلى القيام بدورها."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, [], is_nationality)]
    assert got[0] == "النقابة الجهوية للأمن الداخلي" and not any("إلى" in g or "اليوم" in g for g in got), got


def test_mentions_rules_a_name_ends_before_a_date_and_a_verbal_noun():
    """نقابة التعليم الابتدائي الأسبوع القادم، نقابة التعليم الثانوي إلغاء الإضراب: neither the date nor إلغاء
    (which folds like an ال word) is part of the union's name."""
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = "وقررت نقابة التعليم الابتدائي الأسبوع القادم تأجيله، وقررت نقابة التعليم الثانوي إلغاء الإضراب."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = [text[m.start:m.end] for m in institution_name_mentions(text, doc.tokens, [], is_nationality)]
    assert got == ["نقابة التعليم الابتدائي", "نقابة التعليم الثانوي"], got


def test_mentions_rules_parties_named_after_their_head():
    """حزب المؤتمر after a comma, الحزب الديمقراطي: names; الحزب الحاكم، حزب سياسي، a purpose after the name: not."""
    assert _institutions("استنكر، حزب المؤتمر، دعوة الرئيس") == ["حزب المؤتمر"]
    assert _institutions("وقال الحزب الديمقراطي إن") == ["الحزب الديمقراطي"]
    assert _institutions("وقال الحزب الحاكم إن") == []
    assert _institutions("وأسس حزب سياسي جديد") == []
    assert _institutions("ترشح عن حزب المسار للانتخابات الرئاسية") == []


def test_mentions_rules_a_party_head_tagged_alone_takes_its_name():
    """[حزب] العدالة والتنمية الحاكم → حزب العدالة والتنمية (not الحاكم, nor the nationality after it)."""
    from rasd.arabic.normalize import fold
    from rasd.stages.mention_rules import party_name_extension

    for text in ("وأكد حزب العدالة والتنمية الحاكم أن", "وأكد حزب العدالة والتنمية التركي أن"):
        tagged = [Mention(text.index("حزب"), text.index("حزب") + 3, label="ORG")]
        out = party_name_extension(text, tokenize(text), tagged, lambda w: w == fold("التركي"))
        assert _spans(text, out) == [("حزب العدالة والتنمية", "ORG")]


def test_party_country_names_keep_a_word_and_its_country_as_the_party():
    from rasd.arabic.normalize import fold
    from rasd.stages.mention_rules import party_country_names

    def run(text, tagged, known=()):
        ms, at = [], 0
        for w, lab in tagged:
            at = text.index(w, at)
            ms.append(Mention(at, at + len(w), label=lab))
            at += len(w)
        out = party_country_names(text, tokenize(text), ms, lambda w: w == fold("تونس"),
                                  lambda name: name in known)
        return _spans(text, out)

    # the tagger's [حزب] آفاق [تونس]: the head outside (GUIDELINES.md), the name whole
    assert run("ودعا حزب آفاق تونس الحكومة", [("حزب", "ORG"), ("تونس", "LOC")]) == [("آفاق تونس", "ORG")]
    assert run("قيادات حزب نداء تونس", [("حزب", "ORG"), ("نداء", "ORG"), ("تونس", "LOC")]) == [("نداء تونس", "ORG")]
    # after حركة only a name the knowledge base lists: حركة تحرير السودان is what a movement fights for
    assert run("وقالت حركة نداء تونس إن", [("تونس", "LOC")], known={"نداء تونس"}) == [("نداء تونس", "ORG")]
    assert run("وقالت حركة تحرير تونس إن", [("تونس", "LOC")]) == [("تونس", "LOC")]
    # a definite word is the head's own (حزب العمال), and a party acting on the country is no name
    assert run("حزب العمال تونس", [("حزب العمال", "ORG"), ("تونس", "LOC")]) == [("حزب العمال", "ORG"), ("تونس", "LOC")]


@pytest.mark.parametrize("text, expected", [
    # a for-phrase of an indefinite noun and its genitive after an adjective (لأصحاب المخابز), and إلى after it
    # the verb's, not a description
    ("دعا الوزير الغرفة الوطنية لأصحاب المخابز الى التحلي بالمسؤولية.", ["الغرفة الوطنية لأصحاب المخابز"]),
    # after what the body is for, adjectives only: not the verbal noun the name runs into
    ("أقرت الهيئة الإدارية القطاعية للتعليم الأساسي الدخول في إضراب.", ["الهيئة الإدارية القطاعية للتعليم الأساسي"]),
    # a room is no chamber; a delegation going somewhere is described, not named
    ("استخدم غرفة أخرى للقراءة بدلا من غرفة النوم.", []),
    ("وستغادر اليوم بعثة النصر إلى لندن.", []),
    # an administration named by what it runs (a bare إدارة or its kind alone names none)
    ("وأوضحت المديرية العامة للجوازات أن العدد ارتفع.", ["المديرية العامة للجوازات"]),
    ("حسب الإدارة العامة للحرس الوطني وذلك إثر تساقط الثلوج.", ["الإدارة العامة للحرس الوطني"]),
    ("وقال إن الإدارة الجهوية رفضت الطلب وإن إدارة المدرسة تأخرت.", []),
])
def test_institutions_named_by_what_they_are_for(text, expected):
    assert _institutions(text) == expected


def test_institutions_end_before_a_given_name_and_its_surname():
    """بالمجلس الوطني التأسيسي الطاهر هميلة: الطاهر is the deputy's given name, not more of the assembly's."""
    from rasd.config import load_config
    from rasd.document import Document
    from rasd.stages.mention_rules import institution_name_mentions
    from rasd.stages.mentions import is_nationality
    from rasd.stages.text import TextStage

    text = "قال النائب السابق بالمجلس الوطني التأسيسي الطاهر هميلة إن المطالب مشروعة."
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    got = institution_name_mentions(text, doc.tokens, [], is_nationality, None, lambda w: w == "الطاهر")
    assert [text[m.start:m.end] for m in got] == ["المجلس الوطني التأسيسي"]


def test_mentions_rules_a_missing_mined_word_list_says_how_to_rebuild_it():
    import pytest

    from rasd.errors import ModelMissingError
    from rasd.stages.mention_rules import shipped_word_list

    assert "الطايف" in shipped_word_list("city_names.tsv", "city name list", "city-names")
    with pytest.raises(ModelMissingError, match="rasd train no-such-list"):
        shipped_word_list("no_such_list.tsv", "a list", "no-such-list")


def test_mentions_rules_token_words_are_each_articles_own():
    """The folded forms are kept for the article last asked about only: another article, or the same token list
    grown, gets its own (a stale answer would tag the wrong words)."""
    from rasd.stages.mention_rules import token_words

    text = "وبالرئيس إِسرائيل"
    tokens = tokenize(text)
    bases, words = token_words(text, tokens)
    assert bases == ["الرييس", "اسراييل"] and words == ["وبالرييس", "اسراييل"]
    assert token_words(text, tokens) is token_words(text, tokens)
    other = "ولبنان سوريا"
    assert token_words(other, tokenize(other)).bases == ["لبنان", "سوريا"]
    grown = text + " غزة"
    every = tokenize(grown)
    tokens = every[:2]
    assert token_words(grown, tokens).bases == ["الرييس", "اسراييل"]
    tokens.append(every[2])
    assert token_words(grown, tokens).bases == ["الرييس", "اسراييل", "غزه"]
