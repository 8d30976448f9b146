"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 67 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: Colonel Ali al-Muhaybi, Al-Rass civil defence director, visits the Dar al-Ghufaili heritage museum,
# where Khalid al-Ghufaili and the owner Rashid al-Ghufaili receive him. A visit with its hosts named is CONSULT, the
# visitor as source and those who received him as target (README: a governor visiting a palace is CONSULT with
# whoever received him), undated (the text gives no day). "قدم شكره للأستاذ راشد الغفيلي على حسن الاستقبال" with
# "أعجب ... بما شاهده وما يحتويه هذا المعرض" is thanks and admiration between separate parties: one SUPPORT towards
# the owner and his museum (batches 22 and 24 code thanks so, batch 39 admiration), undated. Listening to the guide's
# explanation is part of the visit. Claims: none ("قدم شكره" is no reporting cue, batches 24 and 39; أعجب states a
# feeling, no speech; "متمنين له التوفيق" is a wish). The colonel, a state official, lists Saudi Arabia; the
# Ghufailis (a former official "سابقاً" and a private owner) do not. His full title holds الرس, named on its own, so
# it is left out.
i = 'snn-2015-08-06-0779'
t = news_text(i)
MUHAYBI = ["Ali al-Muhaybi", "علي بن صالح المهيوبي", "علي المهيوبي", "المهيوبي", "العقيد المهيوبي", "Civil Defence",
           "الدفاع المدني", "Saudi Arabia"]
RASHID = ["Rashid al-Ghufaili", "راشد بن صالح الغفيلي", "راشد الغفيلي", "الغفيلي", "Dar al-Ghufaili museum",
          "دار الغفيلي للتراث", "المتحف", "المعرض"]
KHALID = ["Khalid al-Ghufaili", "خالد بن محمد الغفيلي"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": MUHAYBI, "target": RASHID + KHALID},
    {"code": "SUPPORT", "source": MUHAYBI, "target": RASHID}], "claims": []})
# --- Al-Yaum: Turkish security forces arrested 851 suspects in the last three days in operations against ISIS, the
# PKK and the DHKP-C in 34 provinces; an ISIS recruiter of foreigners (Abdullaev) is among them, and ISIS cell leader
# Halis Bayancuk ("Abu Hanzala") was arrested yesterday (Saturday 2015-07-25). "اعتقلت 851 شخصا مشتبها به، من خلال
# عملياتها ضد تنظيمي داعش وحزب العمال الكردستاني وجبهة حزب التحرير" is one clause: one COERCE, the suspects and the
# three groups the operations target in one list (as batch 51 sums a week's arrests in one COERCE), undated (a span of
# days); Abdullaev "من بين المعتقلين" is inside it. "ألقت أمس السبت، القبض على خالص بايانجوك" is its own clause with
# its own day and person: a second COERCE, dated 2015-07-25. Not coded: "يتهم بايانجوك بالعمل على تجنيد" (a passive
# with no doer), the suspects' recruiting and smuggling of foreigners (no PLOVER event with a target). Claims:
# Anadolu's ذكرت and the closing "بحسب الأناضول" (its sentence's only attribution), both assert; "ذكر تقرير إخباري"
# is a bare source (GUIDELINES: تقارير إعلامية): no claim.
i = 'snn-2015-07-26-0897'
t = news_text(i)
TURKISH_SECURITY = ["Turkish security forces", "قوات الأمن التركية", "فرق الأمن التركية", "Turkey", "تركيا"]
ANADOLU = ["Anadolu Agency", "الأناضول", "وكالة الأناضول"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "COERCE", "source": TURKISH_SECURITY,
     "target": ["851 suspects", "851 شخصا مشتبها به", "المعتقلين", "ISIS", "داعش", "تنظيمي داعش", "PKK",
                "Kurdistan Workers' Party", "حزب العمال الكردستاني", "DHKP-C",
                "جبهة حزب التحرير الشعبي الثوري", "Abdullah Abdullaev", "عبدالله عبداللاييف"]},
    {"code": "COERCE", "source": TURKISH_SECURITY,
     "target": ["Halis Bayancuk", "خالص بايانجوك", "بايانجوك", "Abu Hanzala", "أبو حنظلة"], "date": "2015-07-25"}],
    "claims": [
    {"speaker": ANADOLU, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": ANADOLU, "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Al-Weeam: an official Kuwaiti source denies that Kuwait turned Saudis back at the Khafji and Nuwaiseeb crossings.
# "نفى ... ما أشيع" and "الأمر الذي نفاه المصدر" (of what unnamed media reported, "وسائل إعلامية": bare) are one
# denial of rumours with no named author: REJECT with no target (batches 15, 45, 54), undated (no day in the text).
# The rumoured turning back is denied (batch 54 leaves a denied ban uncoded), and "الإجراءات التي تم اتخاذها" is
# passive: not coded. "شدد ... على أهمية العلاقة" states the value of relations, no act towards a party. The official
# source is tied to a named government (GUIDELINES: مصدر عسكري أردني), so his words are claims: نفى and نفاه (a
# re-telling in its own sentence with its own verb, batch 54), أشار (his explanation: assert), شدد (assert), and the
# closing link line's تنفي (part of the text, batch 56; deny). "رابط الخبر بصحيفة الوئام" names the outlet, no speaker.
i = 'snn-2015-07-24-1743'
t = news_text(i)
KUWAIT_SOURCE = ["Kuwaiti official source", "مصدر كويتي مسؤول", "المصدر", "Kuwait", "الكويت"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REJECT", "source": KUWAIT_SOURCE, "target": []}], "claims": [
    {"speaker": KUWAIT_SOURCE, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": KUWAIT_SOURCE, "cue": cue(t, "نفاه"), "stance": "deny"},
    {"speaker": KUWAIT_SOURCE, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": KUWAIT_SOURCE, "cue": cue(t, "شدد"), "stance": "assert"},
    {"speaker": KUWAIT_SOURCE, "cue": cue(t, "تنفي"), "stance": "deny"}]})
# --- Al-Jazirah: Ahmed al-Muhayiri, executive director of Namaa al-Munawara, says the organisation now presents itself
# by its achievements. No events: "بدعم ... الأمير فيصل بن سلمان" is a noun; "الجولة التي نظّمتها المنظومة لعدد من
# الإعلاميين" is a media tour, the organisation's own publicity (as batch 19 leaves a party's press conference
# uncoded); "لقائه بنخبة من أعيان المنطقة في منتدى بيت المدينة" and the question put to him are nouns. Claims: أكَّد
# and "وقال المحايري" (both assert); "جاء ذلك في حديث جانبي" points back to the statement; "وفق لتوجهات المنظومة" is
# "in line with", no attribution. Al-Jazirah is the addressee.
i = 'snn-2015-08-07-0537'
t = news_text(i)
MUHAYIRI = ["Ahmed Abdulrahman al-Muhayiri", "أحمد عبد الرحمن المحايري", "المحايري", "Namaa al-Munawara",
            "منظومة نماء المنورة", "نماء المنورة", "المنظومة"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": [
    {"speaker": MUHAYIRI, "cue": cue(t, "أكَّد"), "stance": "assert"},
    {"speaker": MUHAYIRI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Reuters via SaudiNewsNet: an Iranian official says today (Friday 2015-08-07) that Quds Force commander Qasem
# Soleimani visited Moscow in the second half of July and held talks with senior Russian officials; US ambassador
# Samantha Power calls the reports very troubling. "زار روسيا وأجرى محادثات مع مسؤولين روس كبار" is a visit and the
# talks it held: one CONSULT, Soleimani (the visitor) → Russia, undated (half a month, no day). The talks' topics
# (delivery of S-300 missiles) are nouns. "واشنطن تشعر بقلق بالغ إزاء تقارير تفيد بأن قائد فيلق القدس الذي يخضع لحظر
# على السفر ... قد زار روسيا" with "مازلنا نتحرى عن الحقائق" is concern over a named party's breach of a ban, with an
# inquiry into it: ACCUSE US → Soleimani (decided: criticism of a named party's act, unlike batch 10's doerless
# concern), undated (no day given). The UN travel ban ("يخضع لحظر على السفر من جانب المنظمة الدولية", "كان مجلس
# الأمن قد فرض عام 2007 حظرا دوليا على سفر قاسم سليماني") is one COERCE (GUIDELINES: travel bans), undated (a year).
# The Security Council meeting on Syria is passive ("عقد") with no parties named: not coded. Claims: the Iranian
# official (tied to his government) قال and أضاف (assert); Power's first قالت (accuse) and her second (the reports are
# troubling but the facts are being checked: assert); the two US security sources (tied to their government, like
# "مسؤولون أمريكيون") أكدا (assert). "تقارير إعلامية أفادت" and "تقارير تفيد" are bare: no claims. Power's title holds
# الأمم المتحدة (an actor of its own) and is left out.
i = 'snn-2015-08-07-1010'
t = news_text(i)
IRAN_OFFICIAL = ["Iranian official", "مسؤول إيراني", "المسؤول", "Iran", "إيران"]
SOLEIMANI = ["Qasem Soleimani", "قاسم سليماني", "سليماني", "قائد فيلق القدس", "Quds Force", "فيلق القدس", "Iran",
             "إيران"]
POWER = ["Samantha Power", "سمانثا باور", "باور", "United States", "الولايات المتحدة", "Washington", "واشنطن"]
UNSC = ["UN Security Council", "مجلس الأمن", "مجلس الأمن التابع للأمم المتحدة", "United Nations", "الأمم المتحدة",
        "المنظمة الدولية"]
US_SOURCES = ["US security sources", "مصدران أمنيان أمريكيان", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "CONSULT", "source": SOLEIMANI,
     "target": ["Russia", "روسيا", "Moscow", "موسكو", "senior Russian officials", "مسؤولين روس كبار"]},
    {"code": "ACCUSE", "source": POWER, "target": SOLEIMANI},
    {"code": "COERCE", "source": UNSC, "target": SOLEIMANI}], "claims": [
    {"speaker": IRAN_OFFICIAL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": IRAN_OFFICIAL, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": POWER, "cue": cue(t, "قالت", 1), "stance": "accuse"},
    {"speaker": POWER, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": US_SOURCES, "cue": cue(t, "أكدا"), "stance": "assert"}]})
# --- Jawhara FM: Head of Government Youssef Chahed meets Sudan's President Omar al-Bashir this evening (Wednesday
# 2017-03-22), on a visit to Sudan with a business delegation. The meeting ("اللقاء الذي جمعه بالرئيس السوداني") is
# CONSULT, Chahed (the visitor, "في إطار هذه الزيارة") as source, dated. "نقل الى الرئيس عمر البشير رسالة صداقة ومودة
# من أخيه الرئيس الباجي قائد السبسي" is a courtesy message carried inside that meeting, like the greetings batch 32
# leaves uncoded: no event of its own (decided). "تفعيل الخط الجوي بين تونس والخرطوم، الذي سيتولى توقيعه وزير النقل
# غدا الخميس" is a relative clause with its doer announcing a signing: AGREE (a future signing, as future meetings)
# of the Tunisian transport minister towards Sudan (the other side of the Tunis–Khartoum line), dated by the day the
# text fixes for it (Thursday 2017-03-23, as batch 51 dates a scheduled round). Not coded: the joint committee's
# session and "أكثر من عشرين اتفاقية سيتم امضاؤها" (a noun and a passive with no doer), the two states' resolve
# (a noun). Claims: "فاد" (the text's truncated أفاد), مشيرا, قال (in a press statement), أضاف, "الذي قال إنه لم
# يرتق بعد" (a distinct content inside أضاف's sentence: its own claim, per session 15), and "وقال الشاهد من جهة
# أخرى", all assert. "وهو ما يؤكد على ضرورة" has no speaker.
i = 'ant-JA-politic-304-20170322'
t = news_text(i)
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisia", "تونس"]
BASHIR = ["Omar al-Bashir", "عمر البشير", "البشير", "الرئيس السوداني", "Sudan", "السودان"]
recs.append({"id": i, "text": t, "published": "2017-03-22", "events": [
    {"code": "CONSULT", "source": CHAHED, "target": BASHIR, "date": "2017-03-22"},
    {"code": "AGREE", "source": ["Tunisian transport minister", "وزير النقل", "Tunisia", "تونس"],
     "target": ["Sudan", "السودان", "Khartoum", "الخرطوم"], "date": "2017-03-23"}], "claims": [
    {"speaker": CHAHED, "cue": cue(t, "فاد"), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- Jawhara FM: the youth and sports minister and the education minister launch "Kef, capital of school sport" this
# morning (2017-01-29). Two ministries of one government launching their own programme is internal government work
# (batch 31: a minister and his own agency; batch 33: a minister and his governors): no event. Claims: the two
# ministers' "أكدا" (the programme will be evaluated and extended: a plan of their own ministries told as fact, assert,
# as batch 51). The education minister is spelt "نادي جلول" in the text.
i = 'ant-JA-sport-103-20170129'
t = news_text(i)
MINISTERS = ["Majdouline Cherni", "ماجدولين الشارني", "الشارني", "Neji Jalloul", "نادي جلول", "ناجي جلول", "جلول",
             "الوزيران", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-01-29", "events": [], "claims": [
    {"speaker": MINISTERS, "cue": cue(t, "أكدا"), "stance": "assert"}]})
# --- Jawhara FM: ATIDE president Moez Bouraoui, on a poll showing that 54% of Tunisians will not vote in the municipal
# elections, urges citizens to take part. The poll (by Emrhod Consulting "بالتعاون مع" Dar Assabah) is not coded
# (GUIDELINES: polls; batch 50: no COOPERATE for a poll run with a partner), but its findings are its named author's
# claim (كشف, assert; batches 9 and 50). Bouraoui's "لا خيار للمواطنين سوى المشاركة في الانتخابات البلدية" with "ضرورة
# تحتم على المواطن المشاركة" is a call on citizens: REQUEST (batch 52: "أكد ضرورة" is a call), undated (the radio
# programme has no day). "كان من المقرر أن يلتئم غدا الجمعة لقاء بين رئيس الحكومة ورئيس الهيئة العليا المستقلة
# للانتخابات" is a planned meeting of two named parties: one reciprocal AGREE, both in the source, no target (batches
# 8–9), undated (decided: the Friday it was set for no longer holds, as "اللقاء تم تأجيله"); the postponement and the
# cancelled dates are passive procedure (README: a postponed trial is not coded). The loss of trust in the ruling
# authority and the citizens' boycott are nouns. Claims: قال (the poll shows abstention from lost trust: assert),
# محذرا (warn), the second قال (the call: other), أوضح (the postponed meeting: assert), أضاف (the special councils must be
# dissolved before 26 March or no elections in 2017: warn). "الدستور ينص" is a text, not a speaker.
i = 'ant-JA-localNews-2770-20170309'
t = news_text(i)
POLL = ["Emrhod Consulting", "امرود كونسلتينغ", "مؤسسة امرود كونسلتينغ", "Dar Assabah", "دار الصباح"]
BOURAOUI = ["Moez Bouraoui", "معز بوراوي", "بوراوي", "ATIDE", "عتيد", "رئيس عتيد",
            "الجمعية التونسية من أجل نزاهة وديمقراطية الانتخابات"]
recs.append({"id": i, "text": t, "published": "2017-03-09", "events": [
    {"code": "REQUEST", "source": BOURAOUI, "target": ["Tunisian citizens", "المواطنين", "المواطن", "التونسيين"]},
    {"code": "AGREE", "source": ["Head of Government", "رئيس الحكومة", "Tunisia",
                                 "ISIE president", "رئيس الهيئة العليا المستقلة للانتخابات", "ISIE",
                                 "الهيئة العليا المستقلة للانتخابات"], "target": []}], "claims": [
    {"speaker": POLL, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": BOURAOUI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": BOURAOUI, "cue": cue(t, "محذرا"), "stance": "warn"},
    {"speaker": BOURAOUI, "cue": cue(t, "قال", 2), "stance": "other"},
    {"speaker": BOURAOUI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BOURAOUI, "cue": cue(t, "أضاف"), "stance": "warn"}]})
# --- Jawhara FM: Palestinian ambassador Hayel al-Fahoum condemns the 15 December assassination of engineer Mohamed
# Zouari in Sfax and, asked about Israeli intelligence's possible role, says such killings are nothing new for the
# occupation; he spoke to TAP this morning (Monday 2016-12-19) on a visit to its headquarters. The assassination
# ("عملية الإغتيال التي استهدفت ... المهندس محمد الزواري") has no doer in its clause: not coded. "ندد ... بعملية
# الإغتيال" and "هذا ليس بغريب ... عن سلطات الإحتلال الإسرائيلي" are one statement's blame of one party: one ACCUSE
# (batch 34), its target the doer the text names for the killing (Israeli intelligence, README: a condemnation
# targets the doer the text names), dated by the statement. "سلطات الإحتلال الإسرائيلي التي نفذت عمليات اغتيال
# لقيادات فلسطينية" is a historical relative clause with its doer inside a statement: ASSAULT (README, batches 37–40),
# undated. "زيارة أداها مرفوقا بوفد إعلامي عن وكالة الأنباء الفلسطينية (وفاء)، إلى مقر (وات)" is a relative clause
# with its doer: CONSULT, the ambassador and the Wafa delegation (visitors) → TAP, dated. The Tunisian authorities'
# awaited investigations and the embassy's statement to come are nouns. Claims: ندد (accuse; headline condemnation
# verbs count), موضحا (assert), قال (accuse). "وفق ما روجته بعض التقارير غير الرسمية" is a bare source: no claim.
# Forms holding تونس (named on its own) are left out: the ambassador's "بتونس" title and TAP's Arabic full name.
i = 'ant-JA-localNews-1010-20161219'
t = news_text(i)
FAHOUM = ["Hayel al-Fahoum", "هائل الفاهوم", "الفاهوم", "السفير الفلسطيني", "السفير", "Palestinian embassy",
          "السفارة الفلسطينية", "Palestine", "فلسطين"]
ISRAEL = ["Israel", "إسرائيل", "Israeli intelligence", "مخابرات الإحتلال الإسرائيلي", "سلطات الإحتلال الإسرائيلي",
          "الإحتلال الإسرائيلي"]
recs.append({"id": i, "text": t, "published": "2016-12-19", "events": [
    {"code": "ACCUSE", "source": FAHOUM, "target": ISRAEL, "date": "2016-12-19"},
    {"code": "ASSAULT", "source": ISRAEL,
     "target": ["Palestinian leaders", "قيادات فلسطسنية", "قيادات فلسطينية"]},
    {"code": "CONSULT", "source": FAHOUM + ["Wafa", "وفاء", "وكالة الأنباء الفلسطينية", "وفد إعلامي"],
     "target": ["TAP", "Tunis Afrique Presse", "وات"], "date": "2016-12-19"}], "claims": [
    {"speaker": FAHOUM, "cue": cue(t, "ندد"), "stance": "accuse"},
    {"speaker": FAHOUM, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": FAHOUM, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- Jawhara FM (TAP): a security source says the first inspection of Badra Gaaloul's car found no trace of a shot,
# after her complaint of an assassination attempt this afternoon (Saturday 2017-03-18). Every word of the source
# (أفاد، وفق تعبيره، أضاف، أكد، أشار) belongs to a bare "مصدر أمني" (batches 14, 18, 22, 30, 35, 39, 40, 42, 44,
# 56): no claims. Events, all dated 2017-03-18: "شكاية تقدمت بها" is a formal complaint with its doer: ACCUSE with no
# target, the assailants being unknown (batch 51); "المعاينة الأولية التي قامت بها المصالح الأمنية" and "باشرت
# تحرياتها الخاصة حول الشكاية" are one investigation of the reported crime with its doer: ACCUSE with no target
# (README: a panel to identify attackers); her post's "تعرضت ... إلى محاولة اغتيال ... من طرف مجهولين" names unknown
# doers in the agent phrase (README: unknown gunmen are an explicit doer): ASSAULT, alleged, at 16:35. Not coded: the
# source's finding that no shot was fired (a result of the police's own inquiry, not a rejection of a charge against
# them; decided), the mobilisation of units (a noun after إلى), the car that stopped behind her (no actor). Claims
# (Gaaloul's, embedded speech counts, batch 29): "افادت فيها بتعرضها لمحاولة اغتيال" (her complaint: accuse), "أكدت
# قعلول في روايتها" (the account: assert), "ذكرت فيها التالي" (the post: accuse), and the post's "وأكدت تعرضها لطلق
# ناري" (a distinct content: assert). The security units' forms holding منوبة (named on its own) are left out.
i = 'ant-JA-localNews-3083-20170318'
t = news_text(i)
GAALOUL = ["Badra Gaaloul", "بدرة قعلول", "قعلول", "بدرة قْعلول", "قْعلول",
           "International Centre for Security and Military Studies", "المركز الدولي للدراسات الأمنية والعسكرية"]
POLICE = ["security services", "المصالح الأمنية", "الوحدات الأمنية", "منطقة الأمن الوطني", "Tunisian police",
          "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [
    {"code": "ACCUSE", "source": GAALOUL, "target": [], "date": "2017-03-18"},
    {"code": "ACCUSE", "source": POLICE, "target": [], "date": "2017-03-18"},
    {"code": "ASSAULT", "source": ["unknown assailants", "مجهولين"], "target": GAALOUL, "date": "2017-03-18"}],
    "claims": [
    {"speaker": GAALOUL, "cue": cue(t, "افادت"), "stance": "accuse"},
    {"speaker": GAALOUL, "cue": cue(t, "أكدت", 1), "stance": "assert"},
    {"speaker": GAALOUL, "cue": cue(t, "ذكرت"), "stance": "accuse"},
    {"speaker": GAALOUL, "cue": cue(t, "أكدت", 2), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch67.gold.jsonl', recs)
