"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 102 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Tuesday 2015-08-04): two Malian soldiers killed in an ambush near Nampala, by the Mauritanian
# border. "قتل جنديان ماليان ... في كمين نصبه مسلحون" is a relative clause with its doer: ASSAULT gunmen → the Malian
# soldiers (README batches 10–14), dated by the statement's "عصر السبت" (2015-08-01); "وقعت قوة للقوات المسلحة المالية
# في كمين" re-tells it. "القوات المسلحة «باشرت فورا الملاحقات وضبطت معدات عسكرية خفيفة»" is a pursuit of the
# attackers by a named doer: ASSAULT Malian armed forces → the attackers (as batch 84 codes a pursuit of ISIS), the
# seizure of equipment folded in, undated (decided: "فورا" does not fix the day of an ongoing pursuit). "وأكدت الحكومة
# انها «تدين هذا العمل الجبان والهمجي الذي لن يبقى من دون عقاب»" is a condemnation: ACCUSE Mali's government → the
# gunmen (README: the doer the text names), dated by the statement of Sunday evening (2015-08-02); "لن يبقى من دون
# عقاب" is a passive relative clause inside the same condemnation (decided: folded into the ACCUSE, no THREATEN of its
# own). "نأسف لمقتل جنديين" is regret for the dead (sympathy, batch 88): no claim of its own. Background: "ثكنة في
# نامبالا هاجمها مسلحون متطرفون في كانون الثاني/يناير" (a relative clause with its doer) and "تبنى الهجوم تنظيم القاعدة
# في بلاد المغرب العربي" are one attack: one ASSAULT with AQIM as source (README: a claimed attack gives the ASSAULT, no
# claim), undated (a month); the Mauritanian agency «الاخبار» is the conduit. The spread of extremist attacks to the
# centre and south is nominal: not coded. Claims, all the government's: "كما اعلنت" (the lead's attribution:
# assert), قالت (assert), "وأضاف البيان" (assert), أكدت (the condemnation: accuse), مشددة (Mali's resolve: assert).
# The January attackers keep no "مسلحون متطرفون", which holds the Saturday gunmen's "مسلحون".
i = 'snn-2015-08-04-0454'
t = news_text(i)
GUNMEN = ["gunmen", "مسلحون", "المهاجمين", "attackers"]
SOLDIERS = ["Malian soldiers", "جنديان ماليان", "جنديين", "قوة للقوات المسلحة المالية", "Mali", "مالي"]
FAMA = ["Malian armed forces", "القوات المسلحة", "القوات المسلحة المالية", "Mali", "مالي"]
MALI_GOV = ["Malian government", "الحكومة المالية", "الحكومة", "Mali", "مالي"]
AQIM = ["AQIM", "al-Qaeda in the Islamic Maghreb", "تنظيم القاعدة في بلاد المغرب العربي",
        "القاعدة في بلاد المغرب العربي", "القاعدة"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ASSAULT", "source": GUNMEN, "target": SOLDIERS, "date": "2015-08-01"},
    {"code": "ASSAULT", "source": FAMA, "target": GUNMEN},
    {"code": "ACCUSE", "source": MALI_GOV, "target": GUNMEN, "date": "2015-08-02"},
    {"code": "ASSAULT", "source": AQIM,
     "target": ["Malian army", "الجيش المالي", "ثكنة في نامبالا", "Mali", "مالي"]}], "claims": [
    {"speaker": MALI_GOV, "cue": cue(t, "اعلنت"), "stance": "assert"},
    {"speaker": MALI_GOV, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MALI_GOV, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MALI_GOV, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": MALI_GOV, "cue": cue(t, "مشددة"), "stance": "assert"}]})
# --- SaudiNewsNet: Al-Ittihad's general supervisor Mansour al-Balawi meets coach Bölöni and the players; the club
# negotiates for a "world-class" foreign professional. Balawi's meetings with his own coach and squad and the
# demand on the players (مطالبتهم، a passive masdar) are internal to the club (batch 55: a coach's meeting with his own
# team; batch 21: instructions to one's own players are no REQUEST): not coded. "منصور البلوي وعد الجماهير الاتحادية
# بأن الفريق سيكون منافسًا على جميع البطولات" is a pledge to a party outside the squad: AGREE Balawi → the fans
# (decided, as batch 69 codes a coach's request to the fans; README batches 8–9: a promise is AGREE), undated. The
# negotiations for professionals and the wish to drop a foreign player are transfer business (README sessions 15 and
# 31–32): not coded; "تشير المصادر" is a bare source (no claim). Training, injuries and the friendly are sport. Claim:
# Balawi's وعد (promise). The headline's "والبلوي" is outside the text.
i = 'snn-2015-07-26-0384'
t = news_text(i)
BALAWI = ["Mansour al-Balawi", "منصور البلوي", "البلوي", "المشرف العام على الفريق الكروي الأول", "Al-Ittihad",
          "نادي الاتحاد", "الإدارة الاتحادية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "AGREE", "source": BALAWI, "target": ["Ittihad fans", "الجماهير الاتحادية", "الجماهير"]}], "claims": [
    {"speaker": BALAWI, "cue": cue(t, "وعد"), "stance": "promise"}]})
# --- SaudiNewsNet (Thursday 2015-07-23): Spain's foreign minister García-Margallo asks the media to handle with care
# the case of three Spanish freelance journalists missing in Syria. "دعا ... وسائل الإعلام امس للتعامل بحرص" is a
# call on named addressees: REQUEST Margallo → the media, dated by أمس (2015-07-22). The journalists' disappearance and
# presumed kidnapping (فُقدوا، خُطفوا) and the earlier kidnappings in Aleppo are passive with no doer: not coded. The
# ministry, intelligence and press office working on the case (inside his quote) are his own government's work: no
# event. "قالت وسائل إعلام اسبانية الثلاثاء" is a bare media group (GUIDELINES: تقارير إعلامية): no claim. Claims:
# Margallo's دعا (other), "وقال مارجالو" (past cases all solved: assert), "وأضاف" (the reason for care and what is
# needed now; decided: its point is the call for care, other); Elsa González's "وقالت" (contact lost after they
# entered Syria: assert), tied to the federation she heads. State TV is her addressee. Margallo lists Spain.
i = 'snn-2015-07-23-0736'
t = news_text(i)
MARGALLO = ["José Manuel García-Margallo", "خوسية مانويل جارسيا مارغالو", "جارسيا مارغالو", "مارغالو", "مارجالو",
            "وزير الخارجية الاسباني", "Spain", "إسبانيا", "اسبانيا"]
GONZALEZ = ["Elsa González", "إلسا جونزاليز", "جونزاليز", "رئيسة اتحاد الصحفيين الأسبان",
            "Federation of Associations of Journalists of Spain", "FAPE", "اتحاد الصحفيين الأسبان"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REQUEST", "source": MARGALLO, "target": ["media", "وسائل الإعلام"], "date": "2015-07-22"}], "claims": [
    {"speaker": MARGALLO, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MARGALLO, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MARGALLO, "cue": cue(t, "أضاف"), "stance": "other"},
    {"speaker": GONZALEZ, "cue": cue(t, "قالت", 2), "stance": "assert"}]})
# --- SaudiNewsNet / Al-Weeam (Thursday 2015-08-06): Hail Health Affairs denies today that a newborn was burned at the
# Maternity and Children's Hospital. "نفت الشئون الصحية بحائل اليوم ما تردد عن تعرض طفلة لحروق" rebuts reports whose
# authors are unnamed papers (بعض الصحف الورقية والإلكترونية, a bare group): REJECT with no target (README: a denial of
# rumours with no author; batch 85), dated today (2015-08-06). "تقدم يوم أمس الأول الاثنين الموافق 18/10/1436هـ أحد
# المواطنين بشكوى تعرض طفلته لحروق" is a complaint with its doer: ACCUSE the father → the hospital (README batches
# 89–92: a citizen's complaint blaming a body), dated by the Monday that the Hijri date confirms (2015-08-03; the
# weekday wins over "أمس الأول", README batches 29–30); "أصرّ على مواصلة دعواه" carries on the same complaint (decided:
# folded in). Not coded: the committee set up to check the complaint and its finding, and the referral to the
# follow-up department (passives, and an inquiry of the directorate into its own hospital: internal, decided). The
# closing "اتخاذ كافة الإجراءات اللازمة لحفظ حقوقها القانونية" names no party: no THREATEN. Claims, all the
# directorate's: نفت (deny), مؤكدة (the diagnosis that rebuts it: deny), "وقالت في بيان" (the reports it answers:
# assert), "تود ... أن توضح" (a new sentence with the complaint's course and the committee's finding: assert), "صحة
# حائل توضح للجميع" (the news is untrue: deny), تؤكد (its care for patients and its legal measures: warn). The "حسب
# تشخيص الأطباء"/"حسب تقرير اللجنة" phrases cite the evidence inside the directorate's own statements (decided: no
# claims of the doctors or the committee). The closing link to Al-Weeam is a credit line.
i = 'snn-2015-08-06-2248'
t = news_text(i)
HAIL_HEALTH = ["Hail Health Affairs", "الشئون الصحية بحائل", "الشئون الصحية", "صحة حائل",
               "المديرية العامة للشئون الصحية بمنطقة حائل", "المديرية العامة للشئون الصحية", "الشؤون الصحية"]
FATHER = ["father of the newborn", "والد المولودة", "أحد المواطنين", "citizen"]
HOSPITAL = ["Maternity and Children's Hospital in Hail", "مستشفى الولادة والأطفال بحائل", "مستشفى الولادة والأطفال",
            "المستشفى"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": HAIL_HEALTH, "target": [], "date": "2015-08-06"},
    {"code": "ACCUSE", "source": FATHER, "target": HOSPITAL, "date": "2015-08-03"}], "claims": [
    {"speaker": HAIL_HEALTH, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": HAIL_HEALTH, "cue": cue(t, "مؤكدة"), "stance": "deny"},
    {"speaker": HAIL_HEALTH, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": HAIL_HEALTH, "cue": cue(t, "توضح", 1), "stance": "assert"},
    {"speaker": HAIL_HEALTH, "cue": cue(t, "توضح", 2), "stance": "deny"},
    {"speaker": HAIL_HEALTH, "cue": cue(t, "تؤكد"), "stance": "warn"}]})
# --- SaudiNewsNet (Friday 2015-07-24): the Interior Ministry's statement on a retributive execution in Qassim. The
# Quranic verses ("قال الله تعالى") are scripture quoted by the statement (decided: no claim, like a poem's figurative
# قالت, README session 10). "أقدم ساير ... الرشيدي ... على قتل كل من محمد ولافي ... بإطلاق النار عليهما" is the
# killing: ASSAULT Sayer → the two brothers, undated. "تمكنت سلطات الأمن من القبض على الجاني" is COERCE security
# authorities → Sayer, undated. "أسفر التحقيق معه عن توجيه الاتهام إليه" continues the security authorities'
# sentence: their investigation and charge, one ACCUSE → Sayer (README: a passive charge is ACCUSE by the authorities
# the sentence names), undated. "بإحالته إلى المحكمة العامة صدر بحقه صك شرعي ... الحكم عليه بالقتل قصاصًا" with
# "وصُدق الحكم من محكمة الاستئناف، ومن المحكمة العليا" (a passive with its agents) is one death sentence, confirmed on
# appeal: one COERCE (a sentence, CAMEO 173, as batch 34 codes prison sentences) with the three courts in the source,
# undated; the royal order to carry it out is folded in (the state's own chain of approval). "تم تنفيذ حكم القتل
# قصاصًا بالجاني ... أمس الخميس" is a passive the ministry reports of its own authorities (README: passive arrests
# reported by the police are the police's): decided ASSAULT (a killing, as PLOVER counts executions) by the ministry →
# Sayer, dated Thursday 2015-07-23 (the Hijri 7/10/1436 agrees). The warning to "كل من تسوِّل له نفسه" is to a
# generic class (README batches 85–88): a claim only. Claims, all the ministry's: أصدرت (the light verb of "أصدرت ...
# بياناً", as batch 35: assert), لتؤكد (the government's resolve: assert), تحذّر (warn). "إذ تُعلن عن ذلك" re-tells the
# announcement (batch 85: the setting of a statement): no claim of its own.
i = 'snn-2015-07-24-0983'
t = news_text(i)
MOI = ["Saudi Ministry of Interior", "وزارة الداخلية", "Saudi Arabia", "السعودية"]
SECURITY = ["Saudi security authorities", "سلطات الأمن", "Saudi Arabia", "السعودية"]
COURTS = ["General Court", "المحكمة العامة", "Court of Appeal", "محكمة الاستئناف", "Supreme Court", "المحكمة العليا",
          "Saudi Arabia", "السعودية"]
SAYER = ["Sayer bin Lafi al-Rashidi", "ساير بن لافي بن ساير الرشيدي", "ساير الرشيدي", "الجاني", "الجاني المذكور"]
VICTIMS = ["Mohammed and Lafi al-Mudhaibari", "محمد ولافي ابني عبدي بن عبد الله المظيبري", "المظيبري"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ASSAULT", "source": SAYER, "target": VICTIMS},
    {"code": "COERCE", "source": SECURITY, "target": SAYER},
    {"code": "ACCUSE", "source": SECURITY, "target": SAYER},
    {"code": "COERCE", "source": COURTS, "target": SAYER},
    {"code": "ASSAULT", "source": MOI, "target": SAYER, "date": "2015-07-23"}], "claims": [
    {"speaker": MOI, "cue": cue(t, "أصدرت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "لتؤكد"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "تحذّر"), "stance": "warn"}]})
# --- Jawhara FM (Wednesday 2016-09-07): minister Mehdi Ben Gharbia announces the government's approval of the staff
# statute of the elections authority (ISIE), at a meeting today at his ministry with ISIE head Chafik Sarsar and his
# deputy Mourad Ben Moula. "الحكومة صادقت على النظام الأساسي لأعوان الهيئة" is the government endorsing a text for
# another (independent, constitutional) body: SUPPORT government → ISIE (decided: GUIDELINES' endorsement, as batch
# 69 codes a parliament putting a state's agreements on its agenda; not the government's own legislation), undated
# (the approval's day is not given). "اجتماعه اليوم الأربعاء بمقر الوزارة، مع رئيس هيئة الانتخابات ... ونائبه" is a
# hosted meeting: CONSULT the visitors → the minister (GUIDELINES: a minister hosting visitors at his ministry), dated
# 2016-09-07; what was discussed there (تم التطرق) is its content. "أكد بن غربية التزام حكومة الوحدة الوطنية بدعم
# الهيئة ... واستعداد الوزارة للتدخل لدى السلط المعنية" is support pledged for the future: AGREE → ISIE (README
# batches 6–7), dated by the meeting's communique (decided: the communique reports today's meeting). Claims: أعلن
# (assert), the ministry's أفادت and مضيفة (assert), Ben Gharbia's أكد (promise). "وفق ما ورد في نص البلاغ" passes on
# the words its sentence gives to Ben Gharbia (the communique is the conduit): no claim.
i = 'ant-JA-localNews-4391-20160907'
t = news_text(i)
BEN_GHARBIA = ["Mehdi Ben Gharbia", "مهدي بن غربية", "بن غربية",
               "وزير العلاقة مع الهيئات الدستورية والمجتمع المدني وحقوق الإنسان", "Tunisia", "تونس"]
MINISTRY = ["Ministry of Relations with Constitutional Bodies, Civil Society and Human Rights", "الوزارة", "Tunisia",
            "تونس"]
GOVT = ["Tunisian government", "الحكومة", "حكومة الوحدة الوطنية", "national unity government", "Tunisia", "تونس"]
ISIE = ["ISIE", "Independent High Authority for Elections", "الهيئة العليا المستقلة للانتخابات", "هيئة الانتخابات",
        "الهيئة"]
ISIE_HEADS = ["Chafik Sarsar", "شفيق صرصار", "صرصار", "رئيس هيئة الانتخابات", "Mourad Ben Moula", "مراد بن مولى",
              "بن مولى"] + ISIE
recs.append({"id": i, "text": t, "published": "2016-09-07", "events": [
    {"code": "SUPPORT", "source": GOVT, "target": ISIE},
    {"code": "CONSULT", "source": ISIE_HEADS, "target": BEN_GHARBIA + ["الوزارة"], "date": "2016-09-07"},
    {"code": "AGREE", "source": BEN_GHARBIA + ["حكومة الوحدة الوطنية", "الوزارة"], "target": ISIE,
     "date": "2016-09-07"}], "claims": [
    {"speaker": BEN_GHARBIA, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": BEN_GHARBIA, "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- Jawhara FM (Wednesday 2016-11-23): bar president Amer Meherzi says a lawyers' delegation told MPs it rejects the
# 2017 finance bill's new tax measures on lawyers, and that Saturday's general assembly may decide tax disobedience and
# an open strike. "اللقاء الذي جمع اليوم الاربعاء بمقر البرلمان وفدا من هيئة المحامين مع أعضاء مجلس نواب الشعب
# يتقدمه نائب الرئيس عبد الفتاح مورو" is a meeting with both sides named: CONSULT the delegation (visitors) → the MPs
# led by Mourou (hosts), dated 2016-11-23. "وفدا من هيئة المحامين عبر عن رفض الإجراءات الجديدة" (and "عبرنا عن رفضنا")
# is a refusal of a proposal: REJECT by the lawyers, with no target (decided: the bill's author is not named and the
# MPs are only its hearers), dated by the meeting; calling the measures unconstitutional (ووصف) is the same refusal's
# grounds and blames no named party (decided: no separate ACCUSE). "الجلسة العامة للمحامين ... قد تقرر العصيان
# الجبائي والإضراب المفتوح" is an announced possible strike: THREATEN (README: an announced strike), no target named
# (decided, as the REJECT), dated by today's statement. "النواب الذين حضروا هذا الاجتماع تعهدوا بإعلام رئيس البرلمان
# و بقية النواب" is a relative-clause doer's pledge to the delegation: AGREE MPs → lawyers, dated 2016-11-23. "تم ...
# صياغة جملة من المقترحات" is passive: not coded. Claims, all Meherzi's: قال (the refusal: deny), مشددا (the strike
# threat: warn), "وقال المحرزي في تصريح" (deny), ووصف (accuse), وافاد (assert), مشيرا (the MPs' pledge: assert). "حسب
# تعبيره" repeats its sentence's speaker.
i = 'ant-JA-localNews-3803-20161123'
t = news_text(i)
BAR = ["Tunisian Bar Association", "هيئة المحامين", "وفدا من هيئة المحامين", "المحامين", "Amer Meherzi",
       "عامر المحرزي", "المحرزي", "عميد المحامين التونسيين"]
MERHZI = ["Amer Meherzi", "عامر المحرزي", "المحرزي", "عميد المحامين التونسيين", "عميد المحامين",
          "Tunisian Bar Association", "هيئة المحامين"]
MPS = ["Assembly of the Representatives of the People", "مجلس نواب الشعب", "أعضاء مجلس نواب الشعب", "النواب",
       "Abdelfattah Mourou", "عبد الفتاح مورو", "مورو"]
recs.append({"id": i, "text": t, "published": "2016-11-23", "events": [
    {"code": "CONSULT", "source": BAR, "target": MPS, "date": "2016-11-23"},
    {"code": "REJECT", "source": BAR, "target": [], "date": "2016-11-23"},
    {"code": "THREATEN", "source": BAR, "target": [], "date": "2016-11-23"},
    {"code": "AGREE", "source": ["MPs who attended", "النواب الذين حضروا هذا الاجتماع", "النواب"], "target": BAR,
     "date": "2016-11-23"}], "claims": [
    {"speaker": MERHZI, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": MERHZI, "cue": cue(t, "مشددا"), "stance": "warn"},
    {"speaker": MERHZI, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": MERHZI, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": MERHZI, "cue": cue(t, "افاد"), "stance": "assert"},
    {"speaker": MERHZI, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Jawhara FM (Monday 2017-02-13): Harak Tounes al-Irada's secretary-general Adnan Mansar, on the programme Politica,
# criticises the reactions to former president Marzouki's remarks to Al Jazeera and the protest at Marzouki's house,
# which he says was called by people around President Caid Essebsi. "انتقد ... اليوم الاثنين ردود الأفعال", "مستنكرا
# الاحتجاج أمام بيت المرزوقي" and "إن الأطراف التي دعت لهذا الاحتجاج هي من محيط الرئيس الحالي الباجي قايد السبسي"
# are one speaker's criticism in one programme: one ACCUSE Mansar → the protest's callers, Essebsi's entourage (README:
# several verbs of one condemnation are one ACCUSE; it targets the doer the text names), dated 2017-02-13 (decided:
# the entourage is named only through Essebsi, so his name is in the list). "الأطراف التي دعت لهذا الاحتجاج" is a
# relative clause with its doer, and Ibtisam Jemaa's "تم اختيار بيت المرزوقي للاحتجاج أمامه" / "أنهم لم يتمكنوا من
# الوصول" tell her association's part: one PROTEST with the callers and Nabd al-Watan in its source against Marzouki
# (README batches 57–60: a protest called by named bodies and then held), undated. "تم اخراج هذه التصريحات من
# سياقها" is part of his criticism (no explicit denial: no REJECT), and Jemaa's explanation gives a reason, denies
# nothing outright (README: a rebuttal is REJECT only with an explicit denial): no REJECT. Marzouki's remarks are
# nouns. Claims: Mansar's انتقد (accuse), "وقال في برنامج" (out of context: deny), موضحا (what Marzouki meant: assert),
# مستنكرا (accuse), "وقالت إن الأطراف" (decided: the feminine is a slip for Mansar, whom the headline makes the
# accuser; accuse), وأضاف (the drift towards violence: accuse); Jemaa's "للردّ والتوضيح" (the phrase that introduces
# her answer: deny) and واكدت (assert).
i = 'ant-JA-localNews-1199-20170213'
t = news_text(i)
MANSAR = ["Adnan Mansar", "عدنان منصر", "منصر", "الأمين العام لحزب حراك تونس الإرادة", "Harak Tounes al-Irada",
          "حراك تونس الإرادة"]
CALLERS = ["parties that called the protest", "الأطراف التي دعت لهذا الاحتجاج", "الأطراف",
           "entourage of Beji Caid Essebsi", "محيط الرئيس الحالي الباجي قايد السبسي", "Beji Caid Essebsi",
           "الباجي قايد السبسي", "قايد السبسي"]
NABD = ["Nabd al-Watan association", "جمعية نبض الوطن", "نبض الوطن", "Ibtisam Jemaa", "ابتسام جمعة"]
JEMAA = ["Ibtisam Jemaa", "ابتسام جمعة", "رئيس جمعية \"نبض الوطن\"", "Nabd al-Watan association", "جمعية نبض الوطن",
         "نبض الوطن"]
MARZOUKI = ["Moncef Marzouki", "منصف المرزوقي", "المرزوقي"]
recs.append({"id": i, "text": t, "published": "2017-02-13", "events": [
    {"code": "ACCUSE", "source": MANSAR, "target": CALLERS, "date": "2017-02-13"},
    {"code": "PROTEST", "source": CALLERS + NABD, "target": MARZOUKI}], "claims": [
    {"speaker": MANSAR, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": MANSAR, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": MANSAR, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": MANSAR, "cue": cue(t, "مستنكرا"), "stance": "accuse"},
    {"speaker": MANSAR, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": MANSAR, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": JEMAA, "cue": cue(t, "للردّ والتوضيح"), "stance": "deny"},
    {"speaker": JEMAA, "cue": cue(t, "اكدت"), "stance": "assert"}]})
# --- Jawhara FM (Saturday 2017-04-01): police in Jendouba arrest two young men wanted for murder. "تمكنت الوحدات
# الامنية التابعة لمركز شرطة النجدة بجندوبة اليوم ... من إيقاف شابين" is COERCE police → the two men, dated
# 2017-04-01. The first man's standing 20-year sentence and the second's being wanted by the Bizerte appeals court
# after his conviction on appeal are participles and nouns that explain the arrest (decided: folded into it, as batch
# 10 folds a warrant into the arrest it led to); the first man's committal to Jendouba prison is a passive referral
# (README session 27): not coded. "بحسب مراسل «الجوهرة أف أم» رفيق العيادي" is the outlet's own correspondent, the
# narrator (README batches 8–9; batch 85): no claim. No claims. The police list keeps no alias with جندوبة, which
# the article names as a place of its own (معتمدية جندوبة الشمالية).
i = 'ant-JA-society-741-20170401'
t = news_text(i)
POLICE = ["Jendouba emergency police", "الوحدات الامنية", "مركز شرطة النجدة", "شرطة النجدة", "Tunisian police",
          "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-04-01", "events": [
    {"code": "COERCE", "source": POLICE,
     "target": ["two young men", "شابين", "المجرم الاول", "النفر الثاني", "المتهم الثاني"], "date": "2017-04-01"}],
    "claims": []})
# --- Jawhara FM: Tunisian Television's CEO Elyes Gharbi denies the channel was responsible for the sound and picture
# cuts during the live broadcast of the Truth and Dignity Commission's (IVD) first public hearing. "نفى ... مسؤولية
# القناة عن الانقطاعات" denies a charge with no named author: REJECT with no target (README), undated (no day is given
# for the Facebook post). "أكد الغربي ... أن هيئة الحقيقة والكرامة هي من تكفلت بعملية التصوير ... في حين إقتصر دور
# التلفزة التونسية على البث المباشر للشارة التي توفرها شركة انتاج تلفزي خاصة" lays the fault at the IVD and its
# private production company (decided: ACCUSE Gharbi → the IVD, the company in the same list; the blame is the
# statement's point, "الخارج عن نطاقها"), undated. "مشيرا إلى أنها ستعمل بالتنسيق مع الهيئة على ضمان بث بقية الجلسات"
# is future cooperation: AGREE → the IVD (README session 10: "ستشرع بالتعاون مع" is AGREE), undated. Not coded: the
# renewed apology to its viewers (a generic class, decided: a claim only, as README's condemnation of a generic
# group) and "القنوات التلفزية التي أبرمت اتفاقية مع الهيئة" (a broadcasting contract of a generic class of channels,
# background). Claims, all Gharbi's: نفى (deny), أكد (accuse), جدد (the apology: assert), مشيرا (promise).
i = 'ant-JA-localNews-2478-20161117'
t = news_text(i)
GHARBI = ["Elyes Gharbi", "إلياس الغربي", "الغربي", "رئيس مدير عام التلفزة التونسية", "Tunisian Television",
          "التلفزة التونسية", "القناة"]
IVD = ["Truth and Dignity Commission", "IVD", "هيئة الحقيقة والكرامة", "الهيئة"]
recs.append({"id": i, "text": t, "published": "2016-11-17", "events": [
    {"code": "REJECT", "source": GHARBI, "target": []},
    {"code": "ACCUSE", "source": GHARBI,
     "target": IVD + ["private TV production company", "شركة انتاج تلفزي خاصة"]},
    {"code": "AGREE", "source": GHARBI, "target": IVD}], "claims": [
    {"speaker": GHARBI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": GHARBI, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": GHARBI, "cue": cue(t, "جدد"), "stance": "assert"},
    {"speaker": GHARBI, "cue": cue(t, "مشيرا"), "stance": "promise"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch102.gold.jsonl', recs)
