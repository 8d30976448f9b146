"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 63 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Eqtisadiah: a tourist guide to visiting the Eiffel Tower (tickets, prices, views). No political act: the
# pickpockets "الذين ... أصبحوا يفتعلون بأنهم سياح ويمارسون النشل" are an unnamed generic group and theft is no
# ASSAULT (README); the advice (ينصح، يجب) has no speaker. Nothing coded.
i = 'snn-2015-07-21-0659'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": []})
# --- Al-Yaum: the IMF said today (Monday 2015-08-03) that the Ukraine-crisis sanctions could in the end cut Russia's
# GDP by 9%. The IMF's forecasts and its May mission (a noun, "إيجاز لنتائج بعثة") are no events. "وكانت روسيا ودول
# غربية فرضت عقوبات تحد من التمويل الدولي المتاح للبنوك وشركات الطاقة الروسية" is a historical clause with its doer:
# SANCTION (CAMEO 163, embargo/sanctions). Decided: the text's "روسيا و" is a slip (the sanctions it describes limit
# Russian banks and Russia's energy sector, and the next sentence gives Russia's answer), so the Western states are the
# source and Russia the target, undated. "وردت روسيا بحظر صادرات معظم منتجات الغذاء الأوروبية" is Russia's counter
# ban: a second SANCTION, Russia → Europe (the food's origin, among the Western states that sanctioned it), undated.
# The nominal "العقوبات المالية الغربية والإجراءات الروسية المضادة" of the lead re-tell the two. Claims, all the IMF's
# (forecasts and findings: assert): the lead's قال (dated today), "وقال الصندوق في إيجاز", "وتشير تقديرات الصندوق"
# (a named body's estimates, as a study's forecast is its named author's claim, batches 8–9) and تنبأ.
i = 'snn-2015-08-03-1141'
t = news_text(i)
IMF = ["International Monetary Fund", "IMF", "صندوق النقد الدولي", "الصندوق"]
WEST = ["Western states", "Western countries", "دول غربية", "الدول الغربية"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "SANCTION", "source": WEST,
     "target": ["Russia", "روسيا", "Russian banks and energy companies", "البنوك وشركات الطاقة الروسية"]},
    {"code": "SANCTION", "source": ["Russia", "روسيا"],
     "target": ["Europe", "أوروبا", "European Union", "الاتحاد الأوروبي"] + WEST}], "claims": [
    {"speaker": IMF, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": IMF, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": IMF, "cue": cue(t, "تشير"), "stance": "assert"},
    {"speaker": IMF, "cue": cue(t, "تنبأ"), "stance": "assert"}]})
# --- Ain Alyoum: King Khalid University's admissions deanship began yesterday (Sunday 2015-08-09) to take applications
# for the complementary bachelor's degree. An administrative notice: claims only (batches 49–52). Receiving
# applications and sending text messages are the deanship's own work: no events. Claims: "اشترطت العمادة" (its
# requirement, as batch 22's "اشترطت اللجنة": other) and "كما بينت العمادة" (assert). The closing tag line (سمات) is
# no text of the story.
i = 'snn-2015-08-10-0083'
t = news_text(i)
DEANSHIP = ["Deanship of Admission and Registration", "عمادة القبول والتسجيل", "العمادة", "King Khalid University",
            "جامعة الملك خالد"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": DEANSHIP, "cue": cue(t, "اشترطت"), "stance": "other"},
    {"speaker": DEANSHIP, "cue": cue(t, "بينت"), "stance": "assert"}]})
# --- Sabq: the Tarib cooperative office for call and guidance closes its first foundational course. The course, the
# Asir mufti's commentary (علق عليه) and the governor's attendance (بحضور, a ceremony) are no PLOVER events. Al-Omari's
# "مهيباً بأهل الفضل والإحسان بدعم مناشط المكتب وبرامجه" is an appeal for donations: REQUEST (CAMEO 023, appeal for
# aid) with no target, since "أهل الفضل والإحسان" (benefactors) is the general public, no named party (decided, the
# README's call with no named addressee; a charity appeal, unlike batch 27's swindler), undated. Claims: al-Omari's
# أفاد (assert) and مهيباً (other). The office's list leaves out "بمحافظة طريب" (Tarib is named on its own); the
# bank account lines are no text to code.
i = 'snn-2015-08-01-1276'
t = news_text(i)
OMARI = ["Mohammed al-Omari", "محمد بن علي العمري", "العمري", "Cooperative Office for Call and Guidance",
         "المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات", "المكتب التعاوني", "المكتب"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REQUEST", "source": OMARI, "target": []}], "claims": [
    {"speaker": OMARI, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": OMARI, "cue": cue(t, "مهيباً"), "stance": "other"}]})
# --- Asharq Al-Awsat: Obama defies Congress and takes the Iran nuclear deal to the Security Council. US domestic
# interactions are coded (batch 42). "رفض الرئيس باراك أوباما مطالب أعضائه بالتمهل" is REJECT Obama → Congress
# (CAMEO 12, rejecting a demand), undated (no day); the members' demands are its nominal object, no REQUEST of their
# own; "قرر المضي قدمًا وطرحه للمناقشة في المجلس" re-tells the same defiance. Not coded: Obama asking Kerry and Power
# to submit the deal today (a president instructing his own ministers is internal, batches 33–36), Kerry defending his
# president's decision (internal endorsement), the State Department passing the text to Congress (procedure) and the
# passive "الاتفاق الذي أبرم في فيينا". Kerry's quoted "وقعنا على اتفاق تاريخي" is a historical clause whose doer is
# the speaker's "we" (README: historical clauses inside a statement are coded): signing, one reciprocal SUPPORT with
# the United States, Iran and the other international parties as source and no target (batches 13, 34, 47), undated.
# Kerry's "إيران لا تزال عدوًا" / "ما زلنا أعداء" describes the relationship and charges Iran with no act: no
# ACCUSE (decided), stance assert. In Tehran, Naqavi Hosseini's "البرلمان يريد الاطلاع فورًا على نص الاتفاق" is a
# demand for information (batch 42 codes "قال مشرعون إنهم يريدون المزيد من المعلومات" so): REQUEST of parliament
# with no addressee named, undated. "ينتظر أن يمثل ... ظريف ... وصالحي غدًا أمام النواب لاستجوابهما" is a scheduled
# appearance before parliament: AGREE (a future meeting, batch 42's expected testimony), dated by the day fixed for
# it (غدًا → 2015-07-22). Both Iranian state bodies, so neither side lists Iran (batch 56); bare "وزير الخارجية"
# (Kerry's and Zarif's title alike) is left out. Claims: Obama's طلب (other), Kerry's "دافع ... قائلا" (one sentence,
# cue قائلا: assert), أكد and قال (assert), Naqavi Hosseini's أعلن (the parliament's demand: other). His title "عضو
# مجلس الشورى" holds the parliament's name and is left out.
i = 'snn-2015-07-21-0006'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "الرئيس أوباما", "US President"]
CONGRESS = ["US Congress", "الكونغرس الأميركي", "الكونغرس", "Congress"]
KERRY = ["John Kerry", "جون كيري", "كيري", "US Secretary of State", "United States", "الولايات المتحدة"]
MAJLIS = ["Iranian parliament", "Majlis", "مجلس الشورى", "البرلمان", "النواب"]
NAQAVI = ["Hossein Naqavi Hosseini", "حسين نقوي حسيني", "نقوي حسيني"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REJECT", "source": OBAMA, "target": CONGRESS},
    {"code": "SUPPORT", "source": KERRY + ["Iran", "إيران", "international parties", "بقية الأطراف الدولية"],
     "target": []},
    {"code": "REQUEST", "source": MAJLIS + NAQAVI, "target": []},
    {"code": "AGREE",
     "source": ["Mohammad Javad Zarif", "محمد جواد ظريف", "ظريف", "Ali Akbar Salehi", "علي أكبر صالحي", "صالحي",
                "Atomic Energy Organization of Iran", "منظمة الطاقة الذرية"],
     "target": MAJLIS, "date": "2015-07-22"}], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": KERRY, "cue": cue(t, "قائلا"), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": NAQAVI + ["Iranian parliament", "مجلس الشورى"], "cue": cue(t, "أعلن"), "stance": "other"}]})
# --- Jawhara FM: the Turkish authorities revealed this evening (Thursday 2016-06-30) that Rayan Shreim, a
# Palestinian-Jordanian toddler wounded in the Ataturk airport attack, is alive. The attack "الذي استهدف مطار أتاتورك"
# and the mother's death have no doer; the doctors' discovery (اكتشف الأطباء) is no event. The Jordanian Foreign
# Ministry spokeswoman's "هناك خطأ في الإعلان عن وفاة هذا الطفل من بعض الجهات الرسمية التركية" faults another
# state's officials for an act: ACCUSE Jordan → Turkish official bodies (decided: pointing out another government's
# error is criticism, CAMEO 111, not a mere correction), undated (her statement has no day). Claims: the Turkish
# authorities' كشفت (a government body: assert); "وفق ما نقله موقع روسيا اليوم عن الوكالة الإخبارية الاردنية عمون"
# is its sentence's only attribution, and in "نقل X عن Y" RT is the conduit, so the claim is Ammon's with the phrase
# as cue (assert); the spokeswoman's قالت (accuse). "يذكر أن" is the narrator.
i = 'ant-JA-diverse-68-20160630'
t = news_text(i)
JORDAN_MFA = ["Jordanian Foreign Ministry spokeswoman", "الناطقة الرسمية باسم وزارة الخارجية الأردنية",
              "وزارة الخارجية الأردنية", "Jordanian Ministry of Foreign Affairs", "Jordan", "الأردن"]
recs.append({"id": i, "text": t, "published": "2016-06-30", "events": [
    {"code": "ACCUSE", "source": JORDAN_MFA,
     "target": ["Turkish official bodies", "بعض الجهات الرسمية التركية", "الجهات الرسمية التركية",
                "Turkish authorities", "السلطات التركيّة", "السلطات التركية", "Turkey", "تركيا"]}], "claims": [
    {"speaker": ["Turkish authorities", "السلطات التركيّة", "السلطات التركية", "Turkey", "تركيا"],
     "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": ["Ammon", "عمون", "الوكالة الإخبارية الاردنية"], "cue": cue(t, "وفق ما نقله"), "stance": "assert"},
    {"speaker": JORDAN_MFA, "cue": cue(t, "قالت"), "stance": "accuse"}]})
# --- Jawhara FM: PM Youssef Chahed will make an official visit to Germany on 14–15 February, at Merkel's invitation.
# Future visits and meetings are AGREE, as batch 36 codes a rapporteur's announced programme: the visit to Germany,
# dated by the day the text fixes for its start (2017-02-14); the meeting with Merkel and President Gauck ("لقاء مع"),
# undated; the talks with FM Gabriel, senior German officials and economic actors ("يتحادث ... مع", one sentence, one
# compound target), undated. Left out: the invitation "بدعوة من المستشارة" (a noun, as batch 30 leaves "تلبية لدعوة"
# uncoded), his meetings with the Tunisian diaspora (his own nationals), the lecture at the Konrad Adenauer Foundation
# (a speech; the foundation is its venue) and the parties' "حرص ... على مزيد توطيد العلاقات" (a noun). No claims:
# the text is the narrator's, with no speaker.
i = 'ant-JA-localNews-1172-20170211'
t = news_text(i)
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisian Prime Minister", "Tunisia", "تونس"]
GERMANY = ["Germany", "ألمانيا", "المانيا"]
recs.append({"id": i, "text": t, "published": "2017-02-11", "events": [
    {"code": "AGREE", "source": CHAHED, "target": GERMANY, "date": "2017-02-14"},
    {"code": "AGREE", "source": CHAHED,
     "target": ["Angela Merkel", "انجيلا ماركل", "ماركل", "ميركل", "المستشارة الالمانية", "German Chancellor",
                "Joachim Gauck", "يواخيم جاوك", "جاوك", "رئيس المانيا الفيدرالية"] + GERMANY},
    {"code": "AGREE", "source": CHAHED,
     "target": ["Sigmar Gabriel", "زيجمار جابريل", "جابريل", "وزير الخارجية الالماني", "German officials",
                "كبار المسؤولين الالمانيين", "German economic actors", "الفاعلين الاقتصاديين"] + GERMANY}],
    "claims": []})
# --- Jawhara FM: Interior Minister Hedi Majdoub flatly denies that an Israeli company trains Tunisian security
# agents, speaking to the radio's Nabeul correspondent at the opening of a police station. "نفى ... نفيا قاطعا وجود
# شركة إسرائيلية تدرب" denies a report whose author is not named: REJECT with no target (batches 15–16, 49–52),
# undated (no day). Not coded: the Australian warning to Tunisia and the Kebili attack (nouns in his quote), the
# opening of the station (his own ministry's work), his reticence about details (declining to comment, no PLOVER
# class) and "أكد ... ضرورة توفير الظروف الأساسية لأعوان الأمن" (a minister on his own agents' conditions: internal,
# batches 33–36). Claims: نفى (deny), مشيرا (assert), أضاف ("no link" between the warning and the attack: deny),
# متابعا (terror still seeks to harm Tunisia, vigilance needed: warn), أكد (a stated need: other). The correspondent
# is the outlet's own, the addressee.
i = 'ant-JA-localNews-3053-20170318'
t = news_text(i)
MAJDOUB = ["Hedi Majdoub", "الهادي مجدوب", "مجدوب", "وزير الداخلية", "Minister of Interior", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [
    {"code": "REJECT", "source": MAJDOUB, "target": []}], "claims": [
    {"speaker": MAJDOUB, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": MAJDOUB, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MAJDOUB, "cue": cue(t, "أضاف"), "stance": "deny"},
    {"speaker": MAJDOUB, "cue": cue(t, "متابعا"), "stance": "warn"},
    {"speaker": MAJDOUB, "cue": cue(t, "أكد"), "stance": "other"}]})
# --- Jawhara FM: a 24-year-old Tunisian who came to Germany to act for ISIS is arrested and jailed, the German federal
# prosecution says. The warrant issued yesterday (Wednesday 2016-12-14, passive) and the lead's "اُعتقل ... ووُضع في
# السجن" (passive, reported by the prosecution, batches 15–16) end in "أحيل الشاب اليوم الخميس 15 ديسمبر 2016 إلى
# قاض أمر بسجنه" (a relative clause with its doer): one arrest, COERCE (batch 10 folds a warrant into the arrest it
# led to), the prosecution and the judge in one source list, dated by the detention order (2016-12-15). The
# prosecution's suspicion that he was to carry out an ISIS "agreement" is its charge: ACCUSE prosecution → suspect
# (batches 57–60: a suspicion of investigators is an investigation), dated by today's statement (it reports today's
# referral). His own acts told by the prosecution: "التحق بتنظيم الدولة الإسلامية" is joining the group, SUPPORT
# suspect → ISIS (as batch 41's pledge of allegiance, decided), undated; "اتصل بمسؤول تنظيم الدولة الإسلامية
# للعمليات في الخارج" is contact, CONSULT suspect → the official, undated (October 2015 is a month). Not coded: his
# arrival in Germany (travel), "حصل ... على موافقة أو دعم هذا المسؤول" (the official's approval is a hedged noun),
# the planned operation (a purpose), the earlier Berlin arrest for forgery (passive, no doer, not the prosecution's
# own) and the unfinished inquiries (التحريات, no doer). Claims, all the prosecution's: "حسبما ذكرت" (the lead's only
# attribution: accuse), "كما قالت نيابة كارلسروهى ... في بيان" (accuse), "حسب ما أضافت" (its sentence's only
# attribution: accuse), "وأوضح المصدر نفسه" (accuse), "كما ذكرت" (the referral: assert). No alias holds كارلسروهى
# (a place named on its own) or برلين.
i = 'ant-JA-internationalNews-498-20161215'
t = news_text(i)
PROSECUTION = ["German Federal Prosecutor's Office", "Federal Prosecutor", "النيابة الاتحادية الألمانية",
               "النيابة الاتحادية", "Germany", "ألمانيا"]
SUSPECT = ["Tunisian suspect", "تونسي", "ش. ت.", "المدعو ش. ت.", "المشتبه به", "الشاب"]
ISIS = ["Islamic State", "ISIS", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "داعش", "تنظيم داعش"]
recs.append({"id": i, "text": t, "published": "2016-12-15", "events": [
    {"code": "COERCE", "source": PROSECUTION + ["judge", "قاض", "German judiciary"], "target": SUSPECT,
     "date": "2016-12-15"},
    {"code": "ACCUSE", "source": PROSECUTION, "target": SUSPECT, "date": "2016-12-15"},
    {"code": "SUPPORT", "source": SUSPECT, "target": ISIS},
    {"code": "CONSULT", "source": SUSPECT,
     "target": ["ISIS external operations official", "مسؤول تنظيم الدولة الإسلامية للعمليات في الخارج",
                "هذا المسؤول"] + ISIS}], "claims": [
    {"speaker": PROSECUTION, "cue": cue(t, "حسبما ذكرت"), "stance": "accuse"},
    {"speaker": PROSECUTION, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": PROSECUTION, "cue": cue(t, "حسب ما أضافت"), "stance": "accuse"},
    {"speaker": PROSECUTION + ["المصدر نفسه"], "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": PROSECUTION, "cue": cue(t, "كما ذكرت"), "stance": "assert"}]})
# --- Jawhara FM: the National Committee for Supporting Moderate Imams today (Tuesday 2015-08-25) postpones the protest
# stand planned for tomorrow before the Religious Affairs Ministry, against minister Othman Battikh's decisions, after
# security bodies told it of a ban under the emergency law. "أعلنت ... عن تأجيل وقفة احتجاجية" is postponing a
# protest: AGREE (batch 8), towards the ministry and minister the stand was aimed at, dated. The stand itself
# ("كانت مبرمجة", passive, no doer) is not coded. "جهات أمنية أعلمت أعضاء اللجنة بقرار منع تنظيم الوقفة" is the ban
# delivered by its doers: COERCE (restricting a protest, CAMEO 17) security bodies → committee, undated. "انتقد
# الطرودي تدخل وزير الشؤون الدينية ... معتبرا أن قراراته ... تعسفية" is one ACCUSE Troudi → Battikh, undated (the TAP
# statement has no day). His criticism of the emergency law (الذي اعتبره ... "طريقة لمنع كل أشكال التحرك السلمي")
# names no party: no ACCUSE (as batch 47 leaves criticism with no named party), but a claim. "وكان المجلس النقابي
# الوطني للائمة ... قد استنكر السبت الماضي إعفاء عدد من الأئمة ... من قبل وزارة الاشراف" is ACCUSE union → ministry,
# dated last Saturday (2015-08-22). "وزارة الشؤون الدينية أمرت بإغلاق عدد من المساجد ... فضلا عن إعفاء عدد من
# الأئمة من مهامهم" is one clause with its doer: one COERCE (closures and dismissals, administrative sanctions), the
# mosques and imams in one target list, undated (after the late-June Sousse attack); the condemned dismissals told as
# nouns by Troudi ("قراراته الأخيرة بإقالة") and the union ("إعفاء ... من قبل") are the same campaign, no second
# COERCE (decided). Claims: the committee's أعلنت (assert); Troudi's قال (assert), اعتبره (accuse; "حسب تعبيره"
# repeats him), انتقد and معتبرا (accuse); the union's استنكر and معتبرا (accuse); the ministry's "قالت إنها خارجة
# عن السيطرة" (assert). "جهات أمنية" inside his quote is a bare source: no claim. "يذكر أن" is the narrator. No list
# holds سوسة, and the imams and mosques keep no bare "الأئمة"/"المساجد" (words of the union's name).
i = 'ant-JA-localNews-4349-20150825'
t = news_text(i)
COMMITTEE = ["National Committee for Supporting Moderate Imams", "اللجنة الوطنية لمساندة أئمة الاعتدال وكافة الأصوات الحرة",
             "اللجنة الوطنية لمساندة أئمة الاعتدال", "اللجنة"]
TROUDI = ["Abdelhamid Troudi", "عبد الحميد الطرودي", "الطرودي", "رئيس اللجنة"] + COMMITTEE
MINISTRY = ["Ministry of Religious Affairs", "وزارة الشؤون الدينية", "وزارة الاشراف", "Othman Battikh", "عثمان بطيخ",
            "بطيخ", "وزير الشؤون الدينية", "Tunisia", "تونس"]
UNION = ["National Union Council of Imams and Mosque Staff", "المجلس النقابي الوطني للائمة وإطارات المساجد",
         "المجلس النقابي الوطني", "المجلس النقابي"]
recs.append({"id": i, "text": t, "published": "2015-08-25", "events": [
    {"code": "AGREE", "source": COMMITTEE, "target": MINISTRY, "date": "2015-08-25"},
    {"code": "COERCE", "source": ["security bodies", "جهات أمنية", "Tunisian security forces", "Tunisia"],
     "target": COMMITTEE + ["أعضاء اللجنة"]},
    {"code": "ACCUSE", "source": TROUDI, "target": MINISTRY},
    {"code": "ACCUSE", "source": UNION, "target": MINISTRY, "date": "2015-08-22"},
    {"code": "COERCE", "source": MINISTRY,
     "target": ["imams", "عدد من الأئمة", "بعض الائمة", "mosques", "عدد من المساجد"]}],
    "claims": [
    {"speaker": COMMITTEE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": TROUDI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": TROUDI, "cue": cue(t, "اعتبره"), "stance": "accuse"},
    {"speaker": TROUDI, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": TROUDI, "cue": cue(t, "معتبرا", 1), "stance": "accuse"},
    {"speaker": UNION, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": UNION, "cue": cue(t, "معتبرا", 2), "stance": "accuse"},
    {"speaker": MINISTRY, "cue": cue(t, "قالت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch63.gold.jsonl', recs)
