"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 33 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Hilal's friendlies at its Salzburg camp (Galatasaray's Gaziantepspor today, then Akhisar and Al-Ain).
# Friendly matches and the coach testing his squad are sport, not events (batches 16, 21); nobody is quoted.
i = 'snn-2015-07-27-0600'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": []})
# --- Turkish F-16s strike ISIS targets inside Syria at dawn today, Friday (2015-07-24). TRT's report, the statement
# of the Prime Ministry's General Coordination and its "ذكرت … أن الطائرات الحربية التركية أطلقت 4 قذائف" all tell one
# raid: one ASSAULT, Turkey on ISIS, dated by "فجر اليوم الجمعة". "الإعلان عن موافقة تركيا على السماح للولايات
# المتحدة باستخدام قاعدة انجرليك" is nominal background (a masdar in a time phrase, not the news itself) and "لشن
# هجمات على داعش" its purpose: not coded. The special security meeting and Davutoglu chairing yesterday's emergency
# meeting (ترأس … اجتماعا … خلص إلى) are internal government deliberation: not coded, and "خلص إلى" is a meeting's
# conclusion, no statement. Claims: TRT's ذكرت, the Coordination's أوضح (Anadolu, نقلته, is the conduit), "وجاء في
# البيان" (a statement of a named body, as batches 27 and 29; cue the second جاء, the first being inside وجاءت),
# ذكرت (2nd) and أشارت. The Coordination is a state office, so its list holds Turkey; TRT's does not (a broadcaster).
i = 'snn-2015-07-24-1579'
t = news_text(i)
TRT = ["TRT", "Turkish Radio and Television Corporation", "مؤسسة الإذاعة والتلفزيون التركية", "تي آر تي"]
PMO = ["Turkish Prime Ministry General Coordination", "المنسقية العامة لرئاسة الوزراء التركية", "المنسقية العامة",
       "رئاسة الوزراء التركية", "Turkish Prime Ministry", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ASSAULT",
     "source": ["Turkey", "تركيا", "Turkish Air Force", "سلاح الجو التركي", "مقاتلات تركية", "الطائرات الحربية التركية",
                "Turkish F-16s"],
     "target": ["ISIS", "داعش", "تنظيم داعش", "تنظيم داعش الإرهابي"], "date": "2015-07-24"}], "claims": [
    {"speaker": TRT, "cue": cue(t, "ذكرت", 1), "stance": "assert"},
    {"speaker": PMO, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": PMO, "cue": cue(t, "جاء", 2), "stance": "assert"},
    {"speaker": PMO, "cue": cue(t, "ذكرت", 2), "stance": "assert"},
    {"speaker": PMO, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Asir Civil Defence warns of the risks of rain and floods. The warning, the spokesman's call on citizens,
# residents and visitors to take care and keep away from wadis (دعا), and his two "شدد على أهمية" (obey the
# instructions; parents to watch their children) are one statement's calls to the public: one REQUEST, as batch 30
# codes a ministry's warning urging citizens; undated (the text names no day). "على ضوء ما يرد من الرئاسة العامة
# للأرصاد" is no reporting cue (no statement of the Met presidency is given): no claim. Claims: حذرت (warn), دعا and
# both شدد (other: calls and recommendations). The directorate and its spokesman share one list (batch 30 merges a
# spokesman with his company); no alias holds عسير, named on its own (منطقة عسير).
i = 'snn-2015-08-03-0788'
t = news_text(i)
CIVIL_DEFENCE = ["Civil Defence Directorate", "مديرية الدفاع المدني", "الدفاع المدني", "Civil Defence",
                 "Mohammed Al-Asimi", "محمد العاصمي", "العاصمي", "العقيد العاصمي", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REQUEST", "source": CIVIL_DEFENCE,
     "target": ["citizens and residents", "المواطنين", "المقيمين", "زوار المنطقة", "citizens", "residents"]}],
    "claims": [
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "شدد", 1), "stance": "other"},
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "شدد", 2), "stance": "other"}]})
# --- Jazan University calls the candidates for health and engineering jobs to complete their appointment. An
# employer's call to job candidates, with the documents to bring and the rule that an absent candidate loses his
# place, is an administrative notice, no PLOVER event (as batch 2 codes the civil-service ministry's call on
# applicants: claims only); the dropped right is a procedural rule, not a threat. Claims: the university's دعت
# (other), Hashlan's أوضح (an instruction, other), دعا (other) and مبينًا (assert, as batch 2's مبينة).
i = 'snn-2015-08-06-1339'
t = news_text(i)
JAZANU = ["Jazan University", "جامعة جازان", "الجامعة"]
HASHLAN = ["Hussein bin Saeed Hashlan", "حسين بن سعيد هشلان", "هشلان"] + JAZANU
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": JAZANU, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": HASHLAN, "cue": cue(t, "أوضح"), "stance": "other"},
    {"speaker": HASHLAN, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": HASHLAN, "cue": cue(t, "مبينًا"), "stance": "assert"}]})
# --- Defected Syrian brigadier Ibrahim al-Jabawi warns that Zabadani may fall (to Okaz; undated). His warning that
# Zabadani will share Qusayr's fate "إذا لم يتم نصرة الزبداني من قبل كافة القوى الثورية" tells its addressee to act:
# REQUEST to the revolutionary forces (batch 30's call on a warning that tells its addressee to act). "مشيرا إلى
# تخاذل من قبل بعض قوى المعارضة" is criticism of a named group: ACCUSE. In his quote "إعلام النظام وحلفائه روجوا لما
# رأوه مناسبا لهم" charges the regime's media with propaganda: a second ACCUSE (criticism, as batch 29 codes
# Rothkopf's mockery). Zabadani's fall and the Southern Storm battle have no actor in a clause; the rebels completing
# their logistics is no PLOVER event. Claims: حذر (warn), لافتا (warn), مشيرا (accuse), قال (assert: the battle
# has not stopped); "في تصريح لـ«عكاظ»" names the outlet, the narrator. His list holds no Syria (a defector), and
# the headline's «الحر» is outside the text.
i = 'snn-2015-07-26-1284'
t = news_text(i)
JABAWI = ["Ibrahim al-Jabawi", "إبراهيم الجباوي", "الجباوي", "جباوي", "العميد جباوي"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": JABAWI,
     "target": ["revolutionary forces", "كافة القوى الثورية", "القوى الثورية"]},
    {"code": "ACCUSE", "source": JABAWI,
     "target": ["Syrian opposition forces", "بعض قوى المعارضة", "قوى المعارضة", "Syrian opposition"]},
    {"code": "ACCUSE", "source": JABAWI,
     "target": ["Syrian regime media", "إعلام النظام", "النظام", "Syrian regime", "Syria", "سوريا", "حلفائه"]}],
    "claims": [
    {"speaker": JABAWI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": JABAWI, "cue": cue(t, "لافتا"), "stance": "warn"},
    {"speaker": JABAWI, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": JABAWI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Nabeul: three men arrested for killing a farm owner in Bou Argoub (Interior Ministry statement of today, Friday
# 2016-09-16). "تم القبض على 3 عناصر … من قبل الإدارة الفرعيّة للقضايا الإجراميّة" is a passive with its agent: one
# COERCE by the judicial police, undated (only the statement has a day). The killing is the story itself and its
# doers are named ("3 عناصر مورّطة في قتل صاحب ضيعة", and they confessed to it), dated by "يوم 30 أوت 2016": one
# ASSAULT, the raid on the owner and the beating of his guard one instance (as GUIDELINES code the Abu Sayyaf raid),
# both victims in the target; the theft of the safe and the pick-up is not ASSAULT. The ministry naming the three
# as the killers after its investigation is ACCUSE (batches 8–9, 27–28), dated by the statement. Claims: أفادت and
# أكدت (the ministry), and the suspects' two confessions (إعترفوا, كما إعترفوا: the crime, then many similar thefts),
# as batch 30 counts an identified arrested man's confessions. نابل and بوعرقوب are named on their own; no alias
# holds them (nor القرجاني).
i = 'ant-JA-society-428-20160916'
t = news_text(i)
INTERIOR = ["Ministry of Interior", "وزارة الداخلية", "الوزارة", "Tunisia", "تونس"]
POLICE = ["criminal affairs sub-directorate", "الإدارة الفرعيّة للقضايا الإجراميّة", "إدارة الشّرطة العدليّة",
          "الشّرطة العدليّة", "judicial police"] + INTERIOR
SUSPECTS = ["three suspects", "3 عناصر", "عناصر", "المظنون فيهم"]
VICTIM = ["farm owner", "صاحب ضيعة فلاحيّة", "صاحب ضيعة", "صاحب الضّيعة", "الهالك", "guard", "حارسه"]
recs.append({"id": i, "text": t, "published": "2016-09-16", "events": [
    {"code": "COERCE", "source": POLICE, "target": SUSPECTS},
    {"code": "ASSAULT", "source": SUSPECTS, "target": VICTIM, "date": "2016-08-30"},
    {"code": "ACCUSE", "source": INTERIOR, "target": SUSPECTS, "date": "2016-09-16"}], "claims": [
    {"speaker": INTERIOR, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": INTERIOR, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": SUSPECTS, "cue": cue(t, "إعترفوا", 1), "stance": "assert"},
    {"speaker": SUSPECTS, "cue": cue(t, "إعترفوا", 2), "stance": "assert"}]})
# --- Merkel addresses Tunisia's parliament today, Friday (2017-03-03). "في كلمة توجهت بها إلى مجلس نواب الشعب"
# (a relative clause with its doer) is a visiting leader's address to the host's parliament: CONSULT, Merkel the
# source; "المستشارة التي التقت في وقت سابق اليوم رئيس الجمهورية" a second CONSULT with Essebsi; both dated. Her
# Germany "مستعدة لاستقبال اللاجئين" (re-told by "معلنة عن استعداد ألمانيا لاستقبال اللاجئين") is an offer: one AGREE
# to the refugees; "المهاجرين الذين ليس من حقهم البقاء … فعليهم المغادرة و بالقوة ان لزم الامر" a conditional threat
# of forced removal: THREATEN; both dated by her speech. "الاتحاد الاوروبي يريد ان يتعاون مع تونس اكثر" is an
# expressed intent to cooperate: AGREE, EU to Tunisia, dated by the speech ("يريد التعامل مع حكومة قوية" restates
# it). "الشاهد الذي التقى ميركيل في برلين منتصف الشهر الفارط" is a relative clause with its doer: CONSULT, Chahed the
# visitor, undated (mid-month); his "لن يكون بها مراكز إيواء" refuses reception centres nobody in the text is named
# as asking for: REJECT with no target (as batch 15 codes an authorless denial), undated. "تم التأكيد مع الجانب
# التونسي على العودة الطوعية … مع توفير فرص العمل … ودعمهم" is an understanding on future steps between both sides:
# one reciprocal AGREE with no target (as batch 8 codes "تطلع الجانبان"), undated (the text does not say when).
# Claims: Merkel's قالت (warn: the threat of force), أضافت (assert), معلنة (promise), اضافت (assert), مشددة
# (assert), أفادت (promise: return with jobs and support); Chahed's اكد (deny: not a transit country, no centres)
# and مشيرا (assert). "حسب تعبيرها"/"حسب قولها" repeat her sentence. The migrants' list leaves out the relative
# clause holding المانيا.
i = 'ant-JA-localNews-2093-20170303'
t = news_text(i)
MERKEL = ["Angela Merkel", "إنجيلا ميركيل", "ميركيل", "German Chancellor", "المستشارة الألمانية", "المستشارة",
          "Germany", "ألمانيا", "بلادها"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "رئيس الجمهورية", "Tunisia", "تونس"]
CHAHED = ["Youssef Chahed", "الشاهد", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-03", "events": [
    {"code": "CONSULT", "source": MERKEL,
     "target": ["Assembly of the Representatives of the People", "ARP", "مجلس نواب الشعب"], "date": "2017-03-03"},
    {"code": "CONSULT", "source": MERKEL, "target": ESSEBSI, "date": "2017-03-03"},
    {"code": "AGREE", "source": MERKEL,
     "target": ["refugees", "اللاجئين", "اللاجئين الذين شردتهم الحروب", "اللاجئين المشردين"], "date": "2017-03-03"},
    {"code": "THREATEN", "source": MERKEL, "target": ["irregular migrants", "المهاجرين"], "date": "2017-03-03"},
    {"code": "AGREE", "source": ["European Union", "EU", "الاتحاد الاوروبي", "التكتل الأوروبي الموحد"],
     "target": ["Tunisia", "تونس"], "date": "2017-03-03"},
    {"code": "CONSULT", "source": CHAHED, "target": MERKEL},
    {"code": "REJECT", "source": CHAHED, "target": []},
    {"code": "AGREE", "source": MERKEL + ["Tunisia", "تونس", "الجانب التونسي"], "target": []}], "claims": [
    {"speaker": MERKEL, "cue": cue(t, "قالت"), "stance": "warn"},
    {"speaker": MERKEL, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": MERKEL, "cue": cue(t, "معلنة"), "stance": "promise"},
    {"speaker": MERKEL, "cue": cue(t, "اضافت"), "stance": "assert"},
    {"speaker": MERKEL, "cue": cue(t, "مشددة"), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "اكد"), "stance": "deny"},
    {"speaker": CHAHED, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MERKEL, "cue": cue(t, "أفادت"), "stance": "promise"}]})
# --- The Congress for the Republic rejects the economic reconciliation bill (statement of today, 2016-07-14). Its
# refusal of the bill (عبّر عن رفضه: condemnation of another party's act, ACCUSE not REJECT), "اعتبر … خرقا لأحكام
# الدستور" and the "خطوة غير مسؤولة من طرف الزمرة الحاكمة" are one statement's criticism of the party it names: one
# ACCUSE of the ruling clique, dated. Its call on parties and civil society to unite against the bill is REQUEST,
# dated. "تمسكه بمسار العدالة الانتقالية و مؤسساتها" backs a process, no named party: not coded. "التونسيين الذين
# عبَروا عن رفضهم" is inside the party's quote and names the people at large: no claim. Claims: عبّر، اعتبر، مشيرا
# (accuse), دعا (other).
i = 'ant-JA-politic-366-20160714'
t = news_text(i)
CPR = ["Congress for the Republic", "CPR", "حزب المؤتمر من أجل الجمهورية", "المؤتمر من أجل الجمهورية", "حزب المؤتمر",
       "الحزب"]
recs.append({"id": i, "text": t, "published": "2016-07-14", "events": [
    {"code": "ACCUSE", "source": CPR, "target": ["ruling clique", "الزمرة الحاكمة", "ruling coalition"],
     "date": "2016-07-14"},
    {"code": "REQUEST", "source": CPR,
     "target": ["political parties and civil society", "كل مكونات الساحة السياسية", "مكونات الساحة السياسية",
                "أحزاب", "منظمات المجتمع المدني", "المجتمع المدني"], "date": "2016-07-14"}], "claims": [
    {"speaker": CPR, "cue": cue(t, "عبّر"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- UGTT's 23rd congress: results of the executive bureau election. Elections and votes are not events (batches 24,
# 26); the lists and vote counts are no statements. Claims: Abassi's أعلن and أكد (assert). His list leaves out his
# congress title, which holds the UGTT's name.
i = 'ant-JA-localNews-154-20170126'
t = news_text(i)
ABASSI = ["Houcine Abassi", "حسين العباسي", "العباسي"]
recs.append({"id": i, "text": t, "published": "2017-01-26", "events": [], "claims": [
    {"speaker": ABASSI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": ABASSI, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Foreign minister Jhinaoui explains Tunisia's abstention on a resolution condemning crimes in Syria (answering
# oral questions in parliament today, Wednesday 2017-04-05). The abstention is a vote: not coded. "القرار أدان بشدة
# جرائم النظام" has a document as subject and the body that adopted it is not named: no actor, not coded (the
# negated "لم يدن" and "تعرض القرار إلى بعض الجهات" likewise). Answering deputies' questions is domestic procedure
# (batch 26). Claims: قال and أضاف (assert); "على حد قوله" repeats his sentence.
i = 'ant-JA-localNews-3333-20170405'
t = news_text(i)
JHINAOUI = ["Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي", "وزير الشؤون الخارجية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-04-05", "events": [], "claims": [
    {"speaker": JHINAOUI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch33.gold.jsonl', recs)
