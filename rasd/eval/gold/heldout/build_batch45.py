"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 45 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Madina: surfer Mick Fanning's mother watched live as a shark attacked him in South Africa. A shark is no
# actor, and the rescue boats pulling him out are no PLOVER event; the mother's talk with her son is private: no
# events. Claims: the mother's أكدت، قالت، أوضحت، أشارت and قائلة ("تحدثت ... قائلة" is one statement, cue the
# participle, as batches 16 and 37 take قائلة); her son's "أخبرها أنه بخير" and "مؤكدا" are embedded speech with a
# named speaker (batch 29): his own claims. The mother's list holds no "والدة فانينج"/"Fanning's mother", which
# hold her son's name.
i = 'snn-2015-07-21-1188'
t = news_text(i)
MOTHER = ["Elizabeth Osborne", "اليزابيث أوسبورن", "أوسبورن", "والدة"]
FANNING = ["Mick Fanning", "ميك فانينج", "فانينج", "فاننيج", "نجلها", "البطل العالمي"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": MOTHER, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MOTHER, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MOTHER, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": FANNING, "cue": cue(t, "أخبرها"), "stance": "assert"},
    {"speaker": FANNING, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": MOTHER, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": MOTHER, "cue": cue(t, "قائلة"), "stance": "assert"}]})
# --- Asharq al-Awsat: clashes today, Sunday (2015-07-26), between masked Palestinians and Israeli police at al-Aqsa.
# "مواجهات" is nominal, but "الشرطة الاسرائيلية التي استخدمت قنابل الصوت" is a relative clause with its doer: one
# ASSAULT of the police on the Palestinians (violent repression, CAMEO 175 → ASSAULT; batch 19 codes police tear gas
# so); "استخدمت الشرطة قنابل الصوت لاجبار المتظاهرين", Rosenfeld's "وحدة الشرطة ... دخلت ... لتواجه الاضطرابات" and the
# Mufti's "تعتدي على المصلين" / "أطلقت قوات الاحتلال قنابل الغاز والصوت" re-tell it (worshippers in its target).
# "المتظاهرين - الذين ردوا على الشرطة بالحجارة" is a second ASSAULT, Palestinians on police (batch 19's firebombs),
# which Rosenfeld's "ألقى حشد من الفلسطينيين ... الطوب والحجارة على رجال الشرطة" and the forced gates re-tell.
# "ثم اتجهت لاغلاق أبوابه الرئيسة" is a distinct act of the police: closing the mosque on the protesters, COERCE (as a
# city closing a district is COERCE). The police's presence "لحفظ الهدوء" and "وحداتنا موجودة في أنحاء مدينة القدس
# القديمة ... لضمان ألا تتكرر الاضطرابات" is one deployment: MOBILIZE with no target (batch 42's riot police), dated
# by today's occasion (decided). The police's statements blaming the stone-throwers (قالت الشرطة إن محتجين ... فتحوها
# عنوة; Rosenfeld's account) are one ACCUSE of the Palestinians, as batch 27 codes a security body naming attackers;
# the Mufti's "قوات الاحتلال حولت المسجد إلى ثكنة عسكرية وهي تعتدي على المصلين" an ACCUSE of the police. All dated
# today. Not coded: the negated habitual "لا تخاطر الشرطة باقتحام", the lightly wounded policemen (passive), the
# habitual visits of non-Muslims to the Haram (a generic background of the months' violence), the Mufti's call to
# Reuters (the conduit). "ما يصفه اليهود" is a generic group: no claim. Claims: the police's قالت and أفادت,
# Rosenfeld's قال, the Mufti's قال and "ووأضاف" (the text's doubled و is inside the span, since وو is no proclitic
# chain). The Mufti's list holds no "مفتى القدس" (it holds القدس, a place of the article).
i = 'snn-2015-07-26-0098'
t = news_text(i)
POLICE = ["Israeli police", "الشرطة الاسرائيلية", "الشرطة", "رجال الشرطة", "وحدة الشرطة", "قوات الاحتلال", "Israel",
          "اسرائيل"]
ROSENFELD = ["Micky Rosenfeld", "ميكي روزنفيلد", "روزنفيلد", "Israeli police", "الشرطة الاسرائيلية", "الشرطة", "Israel"]
PALESTINIANS = ["Palestinians", "فلسطينيين ملثمين", "فلسطينيين", "الفلسطينيين", "حشد من الفلسطينيين", "protesters",
                "المتظاهرين", "المحتجون", "محتجين"]
MUFTI = ["Muhammad Hussein", "محمد حسين", "الشيخ محمد حسين", "Grand Mufti Muhammad Hussein"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ASSAULT", "source": POLICE, "target": PALESTINIANS + ["worshippers", "المصلين"], "date": "2015-07-26"},
    {"code": "ASSAULT", "source": PALESTINIANS, "target": POLICE, "date": "2015-07-26"},
    {"code": "COERCE", "source": POLICE, "target": PALESTINIANS + ["Al-Aqsa Mosque", "المسجد الاقصى", "المسجد"],
     "date": "2015-07-26"},
    {"code": "MOBILIZE", "source": POLICE + ROSENFELD[:3], "target": [], "date": "2015-07-26"},
    {"code": "ACCUSE", "source": POLICE + ROSENFELD[:3], "target": PALESTINIANS, "date": "2015-07-26"},
    {"code": "ACCUSE", "source": MUFTI, "target": POLICE, "date": "2015-07-26"}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": POLICE, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": ROSENFELD, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": MUFTI, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": MUFTI, "cue": cue(t, "ووأضاف"), "stance": "accuse"}]})
# --- Al-Jazirah: the IFJ joins the Iraqi Journalists Syndicate's demand for journalists' safety after ISIS killed
# photographer Jalaa al-Abadi. "ضم الاتحاد الدولي للصحفيين صوته إلى صوت نقابة الصحفيين العراقية في مطالبتها" is an
# endorsement of the syndicate's demand: SUPPORT (CAMEO 05x) IFJ → syndicate. In al-Lami's quote the syndicate
# "تطالب الجهات ذات العلاقة بتوفير الحماية" (no named addressee: REQUEST with no target, as batch 33) and "تدعو
# الصحفيين والإعلاميين إلى الحيطة" (a second addressee: a second REQUEST, as batch 30 splits two addressees); the
# lead's "مطالبتها" re-tells the first. Boumelha's "نطالب الحكومة العراقية والسلطات الدولية" is the IFJ's REQUEST,
# one record with both addressees; his "لن نكل من الوقوف إلى جانب المناضلين من أجل نشر الحقيقة" is solidarity with
# no named party (not coded) and the condolences are neither events nor claims. "اختطف تنظيم داعش العبادي ... يوم 4
# يونيو الماضي، وأعدمه بالرصاص يوم 15 يوليو" are two clauses with two days: two ASSAULTs (abduction is CAMEO 181 →
# ASSAULT), dated 2015-06-04 and 2015-07-15; the lead's "مقتل ... على يد تنظيم داعش" re-tells the second, and
# "اتهامه بالتجسس" is a masdar: not coded. "عدنان عبد الرزاق، الذي قتله أيضا تنظيم داعش" is a relative clause with
# its doer: ASSAULT, undated; Ansari "الذي قتل" is passive and the army–ISIS clashes nominal. All demands undated (no
# day given). Claims: al-Lami's قال and Boumelha's قال (both chiefly demands: other). The journalists' list holds no
# bare "الصحفيين", which the syndicate's name contains.
i = 'snn-2015-07-25-0471'
t = news_text(i)
IFJ = ["International Federation of Journalists", "IFJ", "الاتحاد الدولي للصحفيين", "الاتحاد الدولي"]
BOUMELHA = ["Jim Boumelha", "جيم بوملحة", "بوملحة", "رئيس الاتحاد الدولي للصحفيين"] + IFJ
SYNDICATE = ["Iraqi Journalists Syndicate", "نقابة الصحفيين العراقية", "النقابة"]
LAMI = ["Muayad al-Lami", "مؤيد اللامي", "اللامي", "نقيب الصحفيين العراقيين"] + SYNDICATE
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "تنظيم داعش الارهابي"]
ABADI = ["Jalaa al-Abadi", "جلاء العبادي", "العبادي"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "SUPPORT", "source": IFJ, "target": SYNDICATE},
    {"code": "REQUEST", "source": LAMI, "target": []},
    {"code": "REQUEST", "source": LAMI, "target": ["journalists and media workers", "الصحفيين والإعلاميين"]},
    {"code": "REQUEST", "source": BOUMELHA,
     "target": ["Iraqi government", "الحكومة العراقية", "international authorities", "السلطات الدولية"]},
    {"code": "ASSAULT", "source": ISIS, "target": ABADI, "date": "2015-06-04"},
    {"code": "ASSAULT", "source": ISIS, "target": ABADI, "date": "2015-07-15"},
    {"code": "ASSAULT", "source": ISIS, "target": ["Adnan Abdul Razzaq", "عدنان عبد الرزاق"]}], "claims": [
    {"speaker": LAMI, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": BOUMELHA, "cue": cue(t, "قال", 2), "stance": "other"}]})
# --- Okaz: the Arab Joint Defence Council will meet on 29 July to adopt the joint-force protocol. The sources are
# "مصادر بالجامعة العربية", anonymous but tied to a named institution: claims ذكرت، أفصحت، لفتت (the text's typo
# "العaربية" is kept as a form). The meeting "سيعقد 29 يوليو الجاري بناء على دعوة الأمين العام" is a passive
# announcement of a future meeting whose parties the text names (the foreign and defence ministers and the
# Secretary-General, who called it): one AGREE with them as source and no target, dated by the day fixed for it (as
# batch 29 dates a summit); its agenda (إقرار البروتوكول، "الوزراء سيتداولون توابع الاتفاق النووي") is the same
# meeting. "محمود فوزي، والذي ترأس اجتماعين عقدا بالجامعة" is a relative clause with its doer: the two chiefs-of-staff
# meetings, one multilateral CONSULT with no target (one clause), undated. The draft protocol "الذي رفعه إليه الأمين
# العام ... ورئيس الأركان المصري" to Sisi "بصفته رئيس القمة" is a submission inside the League's own procedure (to
# the summit's chair): not coded (decided, as batch 29 leaves internal referrals). The agreement the meetings reached
# (التوصل إلى اتفاق)، the 3 states' reservations and the summit decision are nominal.
i = 'snn-2015-07-25-1429'
t = news_text(i)
LEAGUE_SOURCES = ["Arab League sources", "مصادر بالجامعة العربية", "مصادر بالجامعة العaربية", "المصادر",
                  "Arab League", "الجامعة العربية"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "AGREE", "source": ["Arab Joint Defence Council", "مجلس الدفاع المشترك", "Arab foreign and defence ministers",
                                 "وزراء الخارجية والدفاع العرب", "وزراء الخارجية والدفاع", "الوزراء", "Nabil al-Arabi",
                                 "نبيل العربي", "الأمين العام للجامعة"], "target": [], "date": "2015-07-29"},
    {"code": "CONSULT", "source": ["Mahmoud Fawzi", "محمود فوزي", "Egyptian chief of staff", "رئيس الأركان المصري",
                                   "Arab chiefs of staff", "رؤساء الأركان", "Egypt"], "target": []}], "claims": [
    {"speaker": LEAGUE_SOURCES, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": LEAGUE_SOURCES, "cue": cue(t, "أفصحت"), "stance": "assert"},
    {"speaker": LEAGUE_SOURCES, "cue": cue(t, "لفتت"), "stance": "assert"}]})
# --- Al-Jazirah: Umluj markets receive the first fresh dates of the season. Trade news: no events. "يتوقع المزارعون"
# is a bare group's expectation, tied to no named institution ("أعرب خبراء" makes no claim, README): no claims.
i = 'snn-2015-08-02-0414'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": []})
# --- Jawhara FM: the Tunisian railway company (SNCFT) calls road users at the Bardo level crossing to take care, its
# barriers being out of order (communiqué of Friday 2017-01-13). "دعت ... مستعملي الطريق ... الى ضرورة الانتباه" is
# REQUEST (batch 30 codes a body's safety call to citizens so), dated. The guard's appointment is passive, the cable
# replacement the company's own work. "الاشغال التي تقوم بها شركة تونس للشبكة الحديدية السريعة ... تسببت بشكل لا ارادي
# ... في قطع الاسلاك" names a cause, explicitly involuntary, rather than blaming: no ACCUSE, and stance assert (as
# batch 22 reads an explanation naming a cause). Claims: دعت (other), اوضحت، لفتت، بينت (it will replace the cables
# from Monday 16 January: promise), قالت.
i = 'ant-JA-localNews-1762-20170113'
t = news_text(i)
SNCFT = ["SNCFT", "Tunisian National Railway Company", "الشركة الوطنية للسكك الحديدية التونسية",
         "الشركة الوطنية للسكك الحديدية", "الشركة"]
recs.append({"id": i, "text": t, "published": "2017-01-13", "events": [
    {"code": "REQUEST", "source": SNCFT, "target": ["road users", "مستعملي الطريق"], "date": "2017-01-13"}], "claims": [
    {"speaker": SNCFT, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": SNCFT, "cue": cue(t, "اوضحت"), "stance": "assert"},
    {"speaker": SNCFT, "cue": cue(t, "لفتت"), "stance": "assert"},
    {"speaker": SNCFT, "cue": cue(t, "بينت"), "stance": "promise"},
    {"speaker": SNCFT, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Tunisia condemns the murder of Mohammed Abu Khdeir by Israeli settlers (Presidency statement of today, Saturday
# 2014-07-05). استنكرت is ACCUSE of the settlers (the doer the text names); the statement's criticism of the Israeli
# government's hostile reactions, settlement and attacks ("تفضح حقيقة النوايا الاسرائيلية"، "إعراض الطرف الاسرائيلي
# نهائيا عن مفهوم السلام") is a second ACCUSE with another target, Israel; "ردود الفعل الاسرائيلية تقتضي إدانة على
# أعلى مستوى من الدول والتجمعات الاقليمية والأممية" an appeal to others to condemn: REQUEST to the states and
# groupings (decided); all dated by the statement. "الطفل ... كان قد خطف وعذب قبل أن يحرق حيا يوم 2 جويلية ... على أيدي
# مستوطنين متطرفين" names its doers (as does the lead's "الجريمة ... التي أودت بحياة الطفل ... على يد مستوطنين"):
# one ASSAULT (abduction, torture and burning in one clause), dated 2014-07-02. The settlement, the attacks in the West
# Bank, the Gaza siege, the protests, the international condemnation and the killing of three settlers are nominal.
# "في بيان صادر ... عن رئاسة الجمهورية" names the speaker's own presidency: no second claim; "يذكر أن" is the
# narrator and "يرجح أن" has no speaker. Claims: استنكرت، اعتبر، أكدت، شدد (all criticism: accuse).
i = 'ant-JA-politic-338-20140705'
t = news_text(i)
TUNISIA = ["Tunisia", "تونس", "Tunisian Presidency", "رئاسة الجمهورية"]
SETTLERS = ["Israeli settlers", "مستوطنين اسرائيليين", "مستوطنين متطرفين", "مستوطنين"]
recs.append({"id": i, "text": t, "published": "2014-07-05", "events": [
    {"code": "ACCUSE", "source": TUNISIA, "target": SETTLERS, "date": "2014-07-05"},
    {"code": "ACCUSE", "source": TUNISIA,
     "target": ["Israel", "Israeli government", "الحكومة الاسرائيلية", "الطرف الاسرائيلي"], "date": "2014-07-05"},
    {"code": "REQUEST", "source": TUNISIA,
     "target": ["states and regional and international groupings", "الدول والتجمعات الاقليمية والأممية", "الدول",
                "international community"], "date": "2014-07-05"},
    {"code": "ASSAULT", "source": SETTLERS,
     "target": ["Mohammed Abu Khdeir", "محمد أبو خضير", "أبو خضير", "الطفل الفلسطيني", "الطفل الشهيد"],
     "date": "2014-07-02"}], "claims": [
    {"speaker": TUNISIA, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "شدد"), "stance": "accuse"}]})
# --- Culture minister Zine El Abidine meets the Algerian delegation and actress Bahia Rachedi today, Sunday
# (2016-11-06). "التقى ... بالوفد الجزائري وبالفنانة" is CONSULT, the first-named minister (who went to them: the
# title's يزور) the source, both visited parties one target list, dated. His praise and solidarity (أكد أن للفنانين
# الجزائريين مكانة كبرى، "كل التضامن والمحبة"، ثمن الروابط بين الشعبين) are one SUPPORT of the Algerians, dated with
# the meeting (one party praised behind several verbs, as batch 34 joins one criticism's verbs). Rachedi's anger at
# the JCC organisers (قد عبرت عن غضبها) and her "جيراننا التونسيون أهانونا" are one ACCUSE, undated; the insult she
# alleges is her own characterisation of the treatment, not a second event (decided). "انتقدت الصحافة الجزائرية ...
# تجاهل الرئاسة التونسية" is an ACCUSE with an explicit (collective) actor, undated, but the press is a bare source: no
# claim (as "صحف إسرائيلية"). "السبسي الذي أشرف السبت على تكريم عدد من السينمائيين العرب بمنحهم أوسمة" is a relative
# clause with its doer: SUPPORT (honours, CAMEO 051), dated Saturday 2016-11-05. "وفق ما ورد على الصفحة الرسمية
# لوزارة الشؤون الثقافية" is its sentence's only attribution: the ministry's claim, the phrase as cue. Claims: وفق ما
# ورد، أكد، مضيفا، ثمن (praise: assert, as batch 25 takes ثمّن); Rachedi's عبرت and قائلة (accuse).
i = 'ant-JA-culture-27-20161106'
t = news_text(i)
MINISTER = ["Mohamed Zine El Abidine", "محمد زين العابدين", "زين العابدين", "العابدين", "Minister of Cultural Affairs",
            "وزير الشؤون الثقافية", "Ministry of Cultural Affairs", "وزارة الشؤون الثقافية", "Tunisia"]
RACHEDI = ["Bahia Rachedi", "بهية راشدي", "راشدي", "الفنانة الجزائرية بهية راشدي"]
ALGERIANS = ["Algerian delegation", "الوفد الجزائري", "Algerian artists", "الفنانين الجزائريين", "Algeria"] + RACHEDI[:3]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "السبسي", "Tunisian presidency", "الرئاسة التونسية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-11-06", "events": [
    {"code": "CONSULT", "source": MINISTER, "target": ["Algerian delegation", "الوفد الجزائري"] + RACHEDI[:3],
     "date": "2016-11-06"},
    {"code": "SUPPORT", "source": MINISTER, "target": ALGERIANS, "date": "2016-11-06"},
    {"code": "ACCUSE", "source": RACHEDI,
     "target": ["Carthage Film Festival organisers", "منظمي أيام قرطاج السينمائية", "Tunisians", "التونسيون"]},
    {"code": "ACCUSE", "source": ["Algerian press", "الصحافة الجزائرية"], "target": ESSEBSI},
    {"code": "SUPPORT", "source": ESSEBSI, "target": ["Arab filmmakers", "عدد من السينمائيين العرب", "السينمائيين العرب"],
     "date": "2016-11-05"}], "claims": [
    {"speaker": MINISTER, "cue": cue(t, "وفق ما ورد"), "stance": "assert"},
    {"speaker": MINISTER, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MINISTER, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": MINISTER, "cue": cue(t, "ثمن"), "stance": "assert"},
    {"speaker": RACHEDI, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": RACHEDI, "cue": cue(t, "قائلة"), "stance": "accuse"}]})
# --- The Presidency of the Government files with parliament, at noon today, Thursday (2017-03-09), a request for a
# confidence session for two new members. "أودعت ... طلبا لتحديد موعد جلسة" is REQUEST to the Assembly (the title's
# تطالب), dated; no Tunisia alias, both sides being Tunisian state bodies. The Assembly bureau's meeting tomorrow is
# one body's own deliberation (internal): not coded (decided). Chahed's reshuffle (أعلن ... عن تحوير وزاري) is an
# appointment inside the government: no event, but أعلن is his claim; the appointments, the ministry's removal and the
# nominee's withdrawal (اعتذار) are passive or nominal. Claims: al-Harbaoui's أفاد (TAP is his addressee, no
# conduit) and Chahed's أعلن.
i = 'ant-JA-politic-223-20170309'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-03-09", "events": [
    {"code": "REQUEST", "source": ["Presidency of the Government", "رئاسة الحكومة", "Tunisian government",
                                   "Youssef Chahed", "يوسف الشاهد"],
     "target": ["Assembly of the Representatives of the People", "ARP", "مجلس نواب الشعب", "البرلمان", "المجلس"],
     "date": "2017-03-09"}], "claims": [
    {"speaker": ["Mongi Harbaoui", "المنجي الحرباوي", "الحرباوي", "مساعد رئيس البرلمان"], "cue": cue(t, "أفاد"),
     "stance": "assert"},
    {"speaker": ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisia"], "cue": cue(t, "أعلن"),
     "stance": "assert"}]})
# --- Tunisia's defence ministry denies reports of US military bases in Tunisia for strikes on Libya (its spokesman to
# TAP this evening, Wednesday 2016-10-26). نفت is REJECT of rumours whose authors are unnamed ("عدد من وسائل الإعلام"):
# no target (batch 15), dated. The ministry's earlier announcement (March 2016) that bilateral cooperation "يشمل قيام
# عسكريين أمريكيين بتدريب أفراد من القوات المسلحة التونسية" states the training with its doer (قيام X بـ is the
# light-verb form of a clause) as the substance of the statement, not background: COOPERATE (military cooperation,
# CAMEO 062) of the US with the Tunisian forces, undated (ongoing; decided). The army buying surveillance systems names
# no seller: not coded; the denied bases are not coded. "على لسان الناطق" attributes the denial to the ministry's own
# spokesman in the same sentence: no second claim. Claims: نفت (deny), ذكر, and the ministry's embedded "سبق وأن
# أعلنت" (an earlier, distinct statement, as batch 29 counts embedded speech).
i = 'ant-JA-localNews-1681-20161026'
t = news_text(i)
MOD = ["Tunisian Ministry of National Defence", "وزارة الدفاع الوطني", "الوزارة", "Belhassen Oueslati",
       "بلحسن الوسلاتي", "الوسلاتي", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-10-26", "events": [
    {"code": "REJECT", "source": MOD, "target": [], "date": "2016-10-26"},
    {"code": "COOPERATE", "source": ["United States", "الولايات المتحدة الأمريكية", "US military personnel",
                                     "عسكريين أمريكيين"],
     "target": ["Tunisian armed forces", "القوات المسلحة التونسية", "Tunisia", "تونس"]}], "claims": [
    {"speaker": MOD, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": MOD, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch45.gold.jsonl', recs)
