"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 21 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Egypt's tourism investment plan. The state's allocation to its own holding company and the plan's targets
# are domestic budgeting, not an interaction, so no event. The plan, issued by the Ministry of Planning, is the
# government's own document: "بحسب ما أظهرته خطة التنمية" repeats the speaker of أكدت in the same sentence (no
# second claim), while "ووفقا للخطة", "وأشارت" and the forecast "وتتوقع" open statements of their own.
# "تهدف الخطة إلى" states a goal, not a statement.
i = 'snn-alriyadh-d548894d7804'
t = news_text(i)
EGYPT_GOV = ["Egyptian government", "الحكومة المصرية", "الحكومة", "Egypt", "مصر"]
PLAN = ["Economic Development Plan", "خطة التنمية الاقتصادية", "خطة التنمية", "الخطة", "Ministry of Planning",
        "وزارة التخطيط"] + EGYPT_GOV
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": EGYPT_GOV, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": PLAN, "cue": cue(t, "وفقا"), "stance": "assert"},
    {"speaker": PLAN, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": PLAN, "cue": cue(t, "تتوقع"), "stance": "assert"}]})
# --- Al-Ettifaq's last friendly in Turkey: a football match, the coach's line-up plans and the squad's return
# are sport, not political events, and nobody is reported speaking.
i = 'snn-alyaum-085bcd763c35'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": []})
# --- Israeli air strike on a Qassam Brigades site in central Gaza: the security sources' "قصفت" and Adraee's
# "قصفت ... هدفًا تخريبيًا لحركة حماس" retell the same strike, one ASSAULT (no day in the text). The rocket fired
# from Gaza has no doer ("سقوط صاروخ أطلق من غزة", "إطلاق القذيفة"), so it is not coded. Adraee's "حماس ...
# تتحمل المسؤولية" is ACCUSE. The boy shot on Friday: the agent is explicit ("من قبل قوات الاحتلال"), and it is
# the paragraph's own news rather than background, so one ASSAULT dated Friday 2015-08-07. Every other statement
# comes from bare "المصادر الأمنية" / "مصادر أمنية" (and their continuation مشيرةً): no claim.
i = 'snn-alriyadh-96c95a470e0b'
t = news_text(i)
ISRAEL = ["Israel", "إسرائيل", "Israeli Air Force", "الطائرات الإسرائيلية", "طائرات الاحتلال", "سلاح الجو",
          "الاحتلال", "Israeli forces", "قوات الاحتلال"]
ADRAEE = ["Avichay Adraee", "افيخاي ادرعي", "ادرعي", "Israel", "إسرائيل", "الاحتلال"]
HAMAS = ["Hamas", "حماس", "حركة حماس"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": ISRAEL,
     "target": ["Izz ad-Din al-Qassam Brigades", "كتائب الشهيد عز الدين القسام", "كتائب القسام"] + HAMAS},
    {"code": "ACCUSE", "source": ADRAEE, "target": HAMAS},
    {"code": "ASSAULT", "source": ISRAEL, "target": ["Maher Ali Shabat", "ماهر علي شبات", "شبات", "الفتى", "فتى"],
     "date": "2015-08-07"}], "claims": [
    {"speaker": ADRAEE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ADRAEE, "cue": cue(t, "مضيفا"), "stance": "accuse"}]})
# --- Al-Taawoun resumes training. Coaching is not a political event (no REQUEST for the coach's instructions to
# his own players, none for the club's letters to unnamed clubs). Gomes's two "طالب" are demands he voices, so
# claims (other); "يأمل" is a wish, not a statement (as batch 8's closing prayer).
i = 'snn-aljazirah-d6b2762dce5e'
t = news_text(i)
GOMES = ["Manuel Gomes", "ماتويل جوميز", "جوميز"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": GOMES, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": GOMES, "cue": cue(t, "طالب", 2), "stance": "other"}]})
# --- The Royal Commission at Yanbu, with the Saudi-American Business Council, holds an investment seminar for
# American executives in Columbus: CONSULT, the organisers (visitors) as source and the attending companies as
# target. The series' earlier seminars in Houston and Los Angeles are a relative clause with the commission as
# its explicit doer: one CONSULT each, with no named counterpart. Aliases holding ينبع are left out, since the
# article names Yanbu (the city) on its own. "تطرق ... عن المزايا التنافسية ... التي جعلت مدينة ينبع" is the only
# cue carrying that statement, so it is a claim, as is "أشار".
i = 'snn-almadina-7ecabd9a9b18'
t = news_text(i)
ORGANISERS = ["Royal Commission", "الهيئة الملكية", "Saudi-American Business Council",
              "مجلس الأعمال السعودي الأمريكي", "Saudi Arabia", "المملكة العربية السعودية"]
ZIDAN = ["Zidan bin Mohammed Omar Youssef", "زيدان بن محمد عمر يوسف", "زيدان", "Royal Commission", "الهيئة الملكية",
         "Saudi Arabia", "المملكة العربية السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": ORGANISERS,
     "target": ["American industrial companies", "الشركات الصناعية الأمريكية", "الشركات الأمريكية", "شركات أمريكية",
                "كبار التنفيذيين"]},
    {"code": "CONSULT", "source": ORGANISERS, "target": []},
    {"code": "CONSULT", "source": ORGANISERS, "target": []}], "claims": [
    {"speaker": ZIDAN, "cue": cue(t, "تطرق"), "stance": "assert"},
    {"speaker": ZIDAN, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Adel Latifi on the Algerian election (today, Thursday). "Formal and decided in advance" and "a farce" are
# criticism (accuse). "تحدّث ... عن غياب الاسلاميين" only names the topic whose content مشيرا then gives, so one
# claim. The Islamists who "رفع ... السلاح في وجه السلطة والشعب" are a historical clause with a doer: ASSAULT
# (armed conflict is ASSAULT in this set), undated. The opposition's withdrawal is a nominal.
i = 'ant-JA-politic-377-20140417'
t = news_text(i)
LATIFI = ["Adel Latifi", "عادل اللطيفي", "اللطيفي"]
recs.append({"id": i, "text": t, "published": "2014-04-17", "events": [
    {"code": "ASSAULT", "source": ["Islamists", "الاسلاميون", "الاسلاميين"],
     "target": ["Algerian authorities", "السلطة", "Algeria", "الجزائر", "Algerian people", "الشعب", "الجزائريون"]}],
    "claims": [
    {"speaker": LATIFI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": LATIFI, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": LATIFI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": LATIFI, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- De Maizière calls for a partial niqab ban (today, Friday 19 August): REQUEST with no target. His meeting
# with the regional interior ministers is a nominal and internal government deliberation. "متحدثا" continues the
# same statement as "قال"; yesterday's "النقاب لا يتوافق مع المجتمع الألماني" judges a garment, not a party,
# so assert.
i = 'ant-JA-internationalNews-623-20160819'
t = news_text(i)
DE_MAIZIERE = ["Thomas de Maizière", "توماس دي ميزيير", "دي ميزيير", "German Interior Minister", "Germany", "ألمانيا"]
recs.append({"id": i, "text": t, "published": "2016-08-19", "events": [
    {"code": "REQUEST", "source": DE_MAIZIERE, "target": [], "date": "2016-08-19"}], "claims": [
    {"speaker": DE_MAIZIERE, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": DE_MAIZIERE, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": DE_MAIZIERE, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": DE_MAIZIERE, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- A Numidia journalist on turnout in Algeria's legislative election. The authorities' statistics
# ("الإحصائيات التي أعلنت عنها السلطات العمومية") are embedded in her statement, not a claim of theirs; the
# security arrangements are passive ("تم توفير") or nominal, so no MOBILIZE, and voting is not an event.
# "وفق الصحفية الجزائرية" is the only attribution of its sentence, so a claim.
i = 'ant-JA-internationalNews-876-20170504'
t = news_text(i)
BADRI = ["Najia Badri", "نجيّة بدري", "نجية بدري", "بدري"]
recs.append({"id": i, "text": t, "published": "2017-05-04", "events": [], "claims": [
    {"speaker": BADRI, "cue": cue(t, "أكدت", 1), "stance": "assert"},
    {"speaker": BADRI, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": BADRI, "cue": cue(t, "بيّنت"), "stance": "assert"},
    {"speaker": BADRI, "cue": cue(t, "أكدت", 2), "stance": "assert"},
    {"speaker": BADRI, "cue": cue(t, "وفق"), "stance": "assert"}]})
# --- Two gunmen killed near Ben Guerdane (today, 9 March). "تمّ القضاء على ارهابيين ... بعد تعقبهما من قبل
# الوحدات الامنية والعسكرية" names its doer: ASSAULT. The gunmen's break-in and seizure of the workers' supplies
# ("قاما بالاستيلاء") is COERCE (seize property), the same day. The soldier's death and the running toll are
# passive. The two ministries' joint communiqué is one claim with a joint speaker, cue "حسب ما أعلنته".
i = 'ant-JA-localNews-2657-20160309'
t = news_text(i)
GUNMEN = ["terrorists", "ارهابيين", "الارهابيين", "ارهابيين اثنين"]
recs.append({"id": i, "text": t, "published": "2016-03-09", "events": [
    {"code": "ASSAULT", "source": ["Tunisian security and military units", "الوحدات الامنية والعسكرية",
                                   "الوحدات الامنية", "Tunisia", "تونس"], "target": GUNMEN, "date": "2016-03-09"},
    {"code": "COERCE", "source": GUNMEN, "target": ["workers", "العمال"], "date": "2016-03-09"}], "claims": [
    {"speaker": ["Ministry of National Defence", "وزارة الدفاع الوطني", "الدفاع", "Ministry of Interior",
                 "وزارة الداخلية", "الداخلية", "وزارتا الدفاع الوطني والداخلية", "Tunisia", "تونس"],
     "cue": cue(t, "حسب ما أعلنته"), "stance": "assert"}]})
# --- Taboubi, new UGTT secretary general, on his bureau's priorities: statements of what the union will do are
# promise, "اعتبر أن المرحلة القادمة هي مرحلة التشريعات" an opinion (assert). "حسب توصيفه" and "بحسب قوله"
# repeat the speaker of their own sentence; "وفق الطبوبي" is the only attribution of its sentence. Working with
# UTICA "من أجل التوصل إلى اتفاق" on private-sector wages is an intent to negotiate (AGREE UGTT → UTICA), and
# the union's past "تقدم بمقترحات" on curricula a proposal (AGREE, no named addressee). Bare "الاتحاد" is left
# out of UGTT's aliases: it is contained in UTICA's name.
i = 'ant-JA-localNews-158-20170126'
t = news_text(i)
TABOUBI = ["Noureddine Taboubi", "نور الدين الطبوبي", "الطبوبي", "UGTT", "الاتحاد العام التونسي للشغل",
           "المنظمة الشغيلة"]
recs.append({"id": i, "text": t, "published": "2017-01-26", "events": [
    {"code": "AGREE", "source": TABOUBI,
     "target": ["UTICA", "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية", "الشريك الاجتماعي"]},
    {"code": "AGREE", "source": TABOUBI, "target": []}], "claims": [
    {"speaker": TABOUBI, "cue": cue(t, "قال"), "stance": "promise"},
    {"speaker": TABOUBI, "cue": cue(t, "أضاف"), "stance": "promise"},
    {"speaker": TABOUBI, "cue": cue(t, "أكد", 1), "stance": "promise"},
    {"speaker": TABOUBI, "cue": cue(t, "وفق"), "stance": "promise"},
    {"speaker": TABOUBI, "cue": cue(t, "أكد", 2), "stance": "promise"},
    {"speaker": TABOUBI, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": TABOUBI, "cue": cue(t, "مؤكدا"), "stance": "promise"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch21.gold.jsonl', recs)
