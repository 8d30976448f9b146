"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 103 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-08-01): the Riyadh General Administration of Education hosts 88 pupils of the
# "Ambassadors of Resolve" (سفراء الحزم), children of soldiers and martyrs from the southern border regions, for a
# week of club activities and visits. "تستضيف الإدارة العامة للتعليم ... 88 طالباً وطالبة" is a hosted visit: one
# CONSULT, the visitors as source and the host as target (GUIDELINES: CONSULT roles; batch 23 codes the Mawhiba
# students' visits so, with the students as source), undated (decided: "ستبدأ الزيارات من اليوم السبت وتستمر لمدة
# اسبوع" spans a week, and a stay over several days stays undated, README batches 73–76 and 93–96). The visits to the
# museums, the Darah and Diriyah are visits to places (no host party named): folded into the one stay, not coded. The
# committees the administration formed under its director, and the programme it prepared, are its own internal work:
# no events. Claims: al-Murshid's أوضح (the committees) and اضاف (the programme), both assert. The administration's
# full name and its director's title hold الرياض, which the text names on its own (بالرياض), so both are left out.
i = 'snn-2015-08-01-0617'
t = news_text(i)
STUDENTS = ["Ambassadors of Resolve pupils", "سفراء الحزم", "88 طالباً وطالبة", "طالباً وطالبة", "السفراء",
            "ابناء المناطق الحدودية الجنوبية", "pupils from the southern border regions"]
ADMIN = ["Riyadh General Administration of Education", "الإدارة العامة للتعليم", "الادارة", "ادارة التعليم"]
MURSHID = ["Mohammed al-Murshid", "محمد المرشد", "المرشد", "المدير العام للتعليم"] + ADMIN
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "CONSULT", "source": STUDENTS, "target": MURSHID}], "claims": [
    {"speaker": MURSHID, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MURSHID, "cue": cue(t, "اضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): the Buraidah dates festival opens today for 40 days. The festival, the
# market where farmers, traders and shoppers meet (يلتقي فيها), and the organisers' changes to its working system are
# no interactions between named parties: no events. The press conference the executive committee held "مساء أول أمس"
# is a press conference (batches 26, 29, 35, 90 leave such conferences uncoded): no CONSULT. "وشدد على معاقبة
# المخالفين وتغريمهم إن وجدوا من قبل أمانة المنطقة" is a penalty warning to a generic class (violators, if any): a
# claim only (README batches 85–92), no THREATEN; the committee's plan to activate the brokers and make them partners
# is its own market work with a generic class: no COOPERATE. Claims: al-Ahmad's اعتبر (assert); al-Muhawwis's كشف
# (the plan: assert), the first بين (quality control: assert), شدد (the penalties: warn), أشار (the committee "will
# focus ... and will commit to announcing the figures to all": a body's statement of what it will do, promise, as
# batch 21 and README batches 97–100), the second بين (high prices are no measure: assert). al-Ahmad's title (أمين
# منطقة القصيم) holds القصيم, named on its own (منطقة القصيم): left out; the festival's name holds بريدة: left out.
i = 'snn-2015-08-06-2770'
t = news_text(i)
AHMAD = ["Saleh al-Ahmad", "صالح الأحمد", "الأحمد", "Qassim Municipality", "الأمانة", "أمانة المنطقة"]
MUHAWWIS = ["Abdulaziz al-Muhawwis", "عبدالعزيز المهوس", "المهوس", "festival CEO", "الرئيس التنفيذي للمهرجان",
            "festival executive committee", "اللجنة التنفيذية", "اللجنة التنفيذية للمهرجان"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": AHMAD, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": MUHAWWIS, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": MUHAWWIS, "cue": cue(t, "بين", 1), "stance": "assert"},
    {"speaker": MUHAWWIS, "cue": cue(t, "شدد"), "stance": "warn"},
    {"speaker": MUHAWWIS, "cue": cue(t, "أشار"), "stance": "promise"},
    {"speaker": MUHAWWIS, "cue": cue(t, "بين", 2), "stance": "assert"}]})
# --- SaudiNewsNet/Okaz: Nazaha (the anti-corruption commission) says it has reached a mechanism with the Control and
# Investigation Board (CIB), while the Bureau of Investigation and Public Prosecution (BIP) still cites the secrecy of
# investigations. The three are separate state bodies, so their dealings are coded (not internal deliberation).
# "بادرت ... «نزاهة» إلى المطالبة بتشكيل لجنة ثلاثية مع هيئة الرقابة والتحقيق وهيئة التحقيق والادعاء العام" is a
# demand (GUIDELINES: calls and demands → REQUEST) about the two bodies it would join: REQUEST Nazaha → CIB and BIP in
# one target list (decided: no other addressee is named; the committee would be formed with them). "كشفت ... مصادر
# في «نزاهة» عن توصلها مع هيئة الرقابة والتحقيق إلى آلية" tells the agreement as a masdar, but with both parties
# named and as the content of the statement, not background (as README batches 77–80 code "تحدث عن دعوة الطرفين"):
# one reciprocal AGREE, Nazaha and CIB in the source and no target (batch 85's "تم الاتفاق" between named parties;
# decided: AGREE, not COOPERATE, since what is reported is the arrangement reached, not the sharing done under it).
# "هيئة التحقيق والادعاء العام ما تزال متحفظة بذريعة سرية التحقيق" is BIP's refusal of Nazaha's access: REJECT BIP
# → Nazaha (decided: a continuing refusal of the request, CAMEO 12). "اقترحت «نزاهة» عقد اجتماع مشترك بين رؤساء
# الهيئتين" is a proposed meeting: AGREE Nazaha → BIP (GUIDELINES: future meetings and proposals → AGREE). "ما زالت
# بانتظار رد" is a state: no event. All undated. Claims: Nazaha's المطالبة (the demand, a speech act of the lead:
# other; decided to take the verbal noun as cue, as batch 85 takes طالب), the sources' كشفت and بينت (assert; "مصادر
# في «نزاهة»" is tied to a named institution, GUIDELINES). The proposal is inside بينت's content: no claim of its own.
# Okaz (لـ«عكاظ») is the addressee.
i = 'snn-2015-07-22-1813'
t = news_text(i)
NAZAHA = ["Nazaha", "National Anti-Corruption Commission", "الهيئة الوطنة لمكافحة الفساد", "نزاهة",
          "هيئة مكافحة الفساد", "Nazaha sources", "مصادر في «نزاهة»", "المصادر"]
CIB = ["Control and Investigation Board", "هيئة الرقابة والتحقيق", "الرقابة"]
BIP = ["Bureau of Investigation and Public Prosecution", "هيئة التحقيق والادعاء العام", "الادعاء"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "REQUEST", "source": NAZAHA, "target": CIB + BIP},
    {"code": "AGREE", "source": NAZAHA + CIB, "target": []},
    {"code": "REJECT", "source": BIP, "target": NAZAHA},
    {"code": "AGREE", "source": NAZAHA, "target": BIP}], "claims": [
    {"speaker": NAZAHA, "cue": cue(t, "المطالبة"), "stance": "other"},
    {"speaker": NAZAHA, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": NAZAHA, "cue": cue(t, "بينت"), "stance": "assert"}]})
# --- Ain Alyoum/Okaz (Friday 2015-07-24): director Amer al-Hamoud's lawyer says the final ruling obliging Nasser
# al-Qasabi and Abdullah al-Sadhan to pay 1.3 million riyals over "Tash Ma Tash" goes to the enforcement court.
# "الحكم الصادر من لجنة النظر في مخالفات نظام حماية المؤلف والذي يقضي بإلزام القصبي والسدحان بدفع مبلغ" (a relative
# clause with its doer), "صادق ديوان المظالم على الحكم" / "وافق على قرار لجنة النظر" (the Board upholding it) and
# "لكن الوزارة حكمت بمائة ألف ريال ... لكل جزء" (the same award: 13 × 100,000) are one judgment: one SANCTION
# (README: court fines and a judge's finding are SANCTION) with the committee, its ministry and the Board of Grievances
# in one source list, the two artists as target, undated (decided: one award told three ways, not three events).
# "ديوان المظالم رفض دعواه التي طالب فيها برفع التعويض" is REJECT Board → the lawyer and his client (one list).
# "دعواه التي طالب فيها برفع التعويض" and "كان السنيدي في بداية القضية طالب بتعويض خمسة ملايين" are the lawsuit
# against the artists: one ACCUSE (README: a lawsuit filed against someone is ACCUSE), undated. "القضاء التنفيذي
# سيبدأ اليوم بمخاطبة القصبي والسدحان لتنفيذ الحكم" is the enforcement court's formal demand to comply: REQUEST, dated
# by اليوم (2015-07-24; decided: the text fixes the day it begins). "في حال عدم التزام الفنانين ... فإن القضاء سيطبق
# الإجراءات ... ومنها توقيف خدماتهما ومنعهما من السفر" is a conditional sanction: THREATEN by the judiciary against the
# two (README: a municipality that will take statutory measures if ... THREATENs), undated. "اتفاقية الرياض التي وقعت
# عليها الدول العربية" is a relative clause with its doer: signing an agreement is SUPPORT (GUIDELINES), the signers
# together with no target (as README batches 81–84 code adopting a declaration), undated (decided, borderline:
# historical background, but told in a finite relative clause with its doer). Not coded: "تمت إحالة الحكم" (passive),
# "سيتم المطالبة بحقوق الحمود ... ضد الفنانين وقناة mbc" (a passive future suit: no explicit doer), the Riyadh
# agreement's power to request enforcement in Dubai (a capacity). Claims, all al-Sunaidi's: أكد (assert), the first
# مبينا (assert), the first أوضح (the conditional measures: warn), the second أوضح (Dubai: assert), أشار ×2 (assert),
# the second مبينا (the coming suit against the artists and MBC: warn). "وبحسب صحيفة عكاظ" passes on what its sentence
# gives to al-Sunaidi: Okaz is a conduit, no claim. The closing "سمات ..." tags are no text of the story.
i = 'snn-2015-07-24-0582'
t = news_text(i)
SUNAIDI = ["Mohammed al-Sunaidi", "محمد السنيدي", "السنيدي", "المحامي السنيدي", "المحامي"]
HAMOUD = ["Amer al-Hamoud", "عامر الحمود", "الحمود", "المخرج عامر الحمود", "موكله"]
ARTISTS = ["Nasser al-Qasabi", "ناصر القصبي", "القصبي", "Abdullah al-Sadhan", "عبدالله السدحان", "السدحان",
           "الفنانين", "الفنانين عبدالله السدحان وناصر القصبي"]
JUDGES = ["Copyright Violations Committee", "لجنة النظر في مخالفات نظام حماية المؤلف",
          "Ministry of Culture and Information", "وزارة الثقافة والإعلام", "الوزارة", "Board of Grievances",
          "ديوان المظالم"]
BOG = ["Board of Grievances", "ديوان المظالم"]
ENFORCEMENT = ["enforcement court", "محكمة التنفيذ", "القضاء التنفيذي", "القضاء", "Saudi judiciary"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "SANCTION", "source": JUDGES, "target": ARTISTS},
    {"code": "REJECT", "source": BOG, "target": SUNAIDI + HAMOUD},
    {"code": "ACCUSE", "source": SUNAIDI + HAMOUD, "target": ARTISTS},
    {"code": "REQUEST", "source": ENFORCEMENT, "target": ARTISTS, "date": "2015-07-24"},
    {"code": "THREATEN", "source": ENFORCEMENT, "target": ARTISTS},
    {"code": "SUPPORT", "source": ["Arab states", "الدول العربية"], "target": []}], "claims": [
    {"speaker": SUNAIDI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SUNAIDI, "cue": cue(t, "مبينا", 1), "stance": "assert"},
    {"speaker": SUNAIDI, "cue": cue(t, "أوضح", 1), "stance": "warn"},
    {"speaker": SUNAIDI, "cue": cue(t, "أوضح", 2), "stance": "assert"},
    {"speaker": SUNAIDI, "cue": cue(t, "أشار", 1), "stance": "assert"},
    {"speaker": SUNAIDI, "cue": cue(t, "أشار", 2), "stance": "assert"},
    {"speaker": SUNAIDI, "cue": cue(t, "مبينا", 2), "stance": "warn"}]})
# --- SaudiNewsNet/Reuters (Tuesday 2015-07-21): Taiwan's ruling Kuomintang chose Hung Hsiu-chu, seen as pro-China, as
# its presidential candidate yesterday, Sunday. A party choosing its own candidate, and its members applauding her at
# the party meeting, are internal party business (README batch 42: a ruling party nominating candidates is no PLOVER
# event; batch 10: internal party meetings): no SUPPORT. Beijing's expected welcome ("سيكون محل ترحيب") and its
# future close watch of the election (ستتابع) are the narrator's forecasts: no events. Claims: Hung's قالت (peace
# and openness guaranteed only if the KMT wins: assert, a campaign statement). "وقال محللون" is a bare group
# (GUIDELINES: محللون): no claim.
i = 'snn-2015-07-21-2135'
t = news_text(i)
HUNG = ["Hung Hsiu-chu", "هونج هسيو تشو", "هونج"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": HUNG, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Jawhara FM/TAP (Friday 2017-04-14): UTICA, the employers' union, proposes that the head of government invite the
# Carthage Document signatories back to dialogue, in a statement issued "الجمعة" (the publication day) after its
# executive bureau met; every act below is the statement's and dated by it. "اقترح، الاتحاد ... على رئيس الحكومة،
# دعوة الأطراف الموقعة ... إلى طاولة الحوار" asks the addressee to act: REQUEST UTICA → the head of government
# (decided: README batches 29–30 code a proposal asking a party to act as REQUEST; the would-be invitees are not its
# addressee). "دعا الاتحاد ... الأطراف السياسية المكونة لحكومة الوحدة الوطنية وأعضاء مجلس نواب الشعب إلى تحمل
# مسؤولياتهم" is REQUEST to those parties and MPs (one list). "داعيا، إلى التهدئة والتحلي بالحكمة واعتماد الحوار" is
# a general exhortation with no addressee: a claim but no REQUEST (README batches 85–88). "مثمنا التزام أغلب المشاركين
# في التحركات بالتظاهر السلمي" praises the protesters: SUPPORT UTICA → them (GUIDELINES: praise → SUPPORT). "دعا
# الاتحاد الى التعجيل برفع العراقيل على المشاريع المعطلة" is a concrete call with no named addressee: REQUEST with no
# target (README batches 41–44). "حاثا المؤسسات الاقتصادية إلى المبادرة بالتسجيل ببرنامج عقد الكرامة" urges a generic
# class of enterprises: a claim only (README batches 81–84: a call on a generic class of providers). "نبه من خطر
# الانزلاق ... ومن كل محاولات توظيف التحركات" names no party: a claim only. The protests themselves (التحركات التي
# تشهدها بعض جهات البلاد) have no named doer: not coded. Claims, all UTICA's: اقترح (other), the first دعا (other),
# نبه (warn), داعيا (other), أكد (assert), مثمنا (assert: praise), شدد (other), مبرزا (assert), the second دعا
# (other), حاثا (other). The head of government is a state official and lists Tunisia.
i = 'ant-JA-localNews-4157-20170414'
t = news_text(i)
UTICA = ["UTICA", "Tunisian Union of Industry, Trade and Handicrafts",
         "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية", "الاتحاد", "منظمة الأعراف"]
PM = ["Youssef Chahed", "head of government", "رئيس الحكومة", "Tunisia", "تونس"]
PARTIES = ["parties of the national unity government", "الأطراف السياسية المكونة لحكومة الوحدة الوطنية",
           "الأطراف السياسية", "حكومة الوحدة الوطنية", "Assembly of the Representatives of the People",
           "مجلس نواب الشعب", "أعضاء مجلس نواب الشعب", "MPs"]
PROTESTERS = ["protesters", "المشاركين في التحركات", "أغلب المشاركين في التحركات"]
recs.append({"id": i, "text": t, "published": "2017-04-14", "events": [
    {"code": "REQUEST", "source": UTICA, "target": PM, "date": "2017-04-14"},
    {"code": "REQUEST", "source": UTICA, "target": PARTIES, "date": "2017-04-14"},
    {"code": "SUPPORT", "source": UTICA, "target": PROTESTERS, "date": "2017-04-14"},
    {"code": "REQUEST", "source": UTICA, "target": [], "date": "2017-04-14"}], "claims": [
    {"speaker": UTICA, "cue": cue(t, "اقترح"), "stance": "other"},
    {"speaker": UTICA, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": UTICA, "cue": cue(t, "نبه"), "stance": "warn"},
    {"speaker": UTICA, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": UTICA, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": UTICA, "cue": cue(t, "مثمنا"), "stance": "assert"},
    {"speaker": UTICA, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": UTICA, "cue": cue(t, "مبرزا"), "stance": "assert"},
    {"speaker": UTICA, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": UTICA, "cue": cue(t, "حاثا"), "stance": "other"}]})
# --- Jawhara FM (2017-05-31): a great white shark attacks a kayaker in Monterey Bay, California; he survives. The
# attacker is an animal, not an actor: no ASSAULT. His rescue by a family (بعد انقاذه من قبل عائلة) is a nominal
# rescue by a bare group, and the activists circulating the video (تداول نشطاء) a bare group: no events. Claims: the
# victim's own account, "يروي ... قائلا" (one phrase, cue يروي, as batch 85 takes "أوضح ... قائلا"; assert); he is a
# named person. The activists make no claim.
i = 'ant-JA-diverse-409-20170531'
t = news_text(i)
COURIER = ["Brian Courier", "بريان كوريار", "كوريار", "شاب أمريكي", "kayaker"]
recs.append({"id": i, "text": t, "published": "2017-05-31", "events": [], "claims": [
    {"speaker": COURIER, "cue": cue(t, "يروي"), "stance": "assert"}]})
# --- Jawhara FM/TAP (Monday 2017-02-06): doctors, pharmacists and dentists in Kebili hold a protest stand this morning
# at the regional hospital over repeated assaults on and arrests of colleagues. "نظم الاطباء والصيادلة وأطباء الأسنان
# ... وقفة احتجاجية" is PROTEST, dated by "صباح اليوم الاثنين", with no target (decided: the assaults and arrests have
# no named doer, and the media it also objects to are a bare class; README batch 2: a protest needs no target); its
# stated purpose is the union official's claim, not an event (README batches 29–30), so no ACCUSE of the media.
# "وقفة احتجاجية ثانية ستنفذ يوم الأربعاء المقبل أمام مقر الولاية بالتعاون مع النقابة الجهوية لأطباء الممارسة
# الحرة" is an announced protest: THREATEN (README batches 10–14), the medical staff and the named co-organiser in one
# source list, no target, undated (decided: the passive names its partner and the announcing side is the speaker's own;
# the announcement itself has no day). "تم رفض تغطية ممثلي وسائل الإعلام لهذه الوقفة ... من قبل عدد من الأطباء" is a
# passive with its agent (README batches 73–76): REJECT doctors → the media representatives, dated (at today's stand).
# Their "أكدوا انزعاجهم من طريقة التعامل الاعلامي" criticises the media as a generic class: an accuse claim but no
# ACCUSE (README batches 73–76: condemning a generic group); the doctors are tied to the named stand, so they speak
# (decided, as README batch 90's residents of a named district). Claims: "وفق ما أكده" (its sentence's only
# attribution: the phrase as cue, assert), أوضح (the rejection of accusations and of media defamation: accuse), لافتا
# (the second stand: warn), أكدوا (accuse). TAP (وات) is the addressee. "كاتب عام نقابة الأطباء بقبلي" holds قبلي,
# named on its own: left out.
i = 'ant-JA-localNews-825-20170206'
t = news_text(i)
MEDICS = ["Kebili medical staff", "الاطباء والصيادلة وأطباء الأسنان", "الإطارات الطبية", "doctors' union",
          "نقابة الأطباء"]
HAMZA = ["Salah Eddine Hamza", "صلاح الدين حمزة", "حمزة", "المصدر ذاته", "doctors' union", "نقابة الأطباء"]
PRIVATE = ["regional union of private-practice doctors", "النقابة الجهوية لأطباء الممارسة الحرة"]
DOCTORS = ["doctors", "عدد من الأطباء", "الأطباء"]
MEDIA = ["media representatives", "ممثلي وسائل الإعلام", "وسائل الإعلام", "media"]
recs.append({"id": i, "text": t, "published": "2017-02-06", "events": [
    {"code": "PROTEST", "source": MEDICS, "target": [], "date": "2017-02-06"},
    {"code": "THREATEN", "source": MEDICS + PRIVATE, "target": []},
    {"code": "REJECT", "source": DOCTORS, "target": MEDIA, "date": "2017-02-06"}], "claims": [
    {"speaker": HAMZA, "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": HAMZA, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": HAMZA, "cue": cue(t, "لافتا"), "stance": "warn"},
    {"speaker": DOCTORS, "cue": cue(t, "أكدوا"), "stance": "accuse"}]})
# --- Jawhara FM (Wednesday 2015-09-16): eleven young men abduct and gang-rape a girl in El Alia (Ksour Essaf,
# Mahdia); all are arrested today. "هاجم مجموعة متكونة من 11 شابا 3 فتيات و3 شبان ... وعمدوا إلى إختطاف إحدى الفتيات"
# and "قام هؤلاء الشبان ... بالتداول على اغتصابها" are one attack, abduction and rape: one ASSAULT (as batch 90 codes
# abduction and rape, and README batches 93–96 abduction and killing of one captive), the girl and the other five
# attacked in one target list, undated (a weekend, no day). "الذي أدلت بأوصافه الضحية" is a relative clause with its
# doer: the victim identifying a suspect is ACCUSE (README batches 37–40: a report of a suspect to the police) of
# that suspect; "ليقر بمكان وجود شركائه" is the arrested suspect naming his accomplices: ACCUSE but no claim (README
# batches 81–84); both undated. "أتمت الوحدات الأمنية اليوم الأربعاء عملية إلقاء القبض على جميع المتهمين" is COERCE,
# dated, with the earlier passive "تم القاء القبض على أحد المتهمين" folded in (decided: one arrest operation that the
# units completed today). "تم إعلام الوحدات الأمنية" (passive, no doer) and "لإحالتهم على القضاء" (a purpose) are not
# coded. No claims: "وفق ما أكده مصدر أمني" is a bare security source (batch 90), "حسب المعطيات الأولية" has no
# speaker.
i = 'ant-JA-society-288-20150916'
t = news_text(i)
GANG = ["11 young men", "11 شابا", "مجموعة متكونة من 11 شابا", "هؤلاء الشبان", "جميع المتهمين", "suspects"]
GIRL = ["young woman", "فتاة", "إحدى الفتيات", "الضحية", "victim"]
SECURITY = ["security units", "الوحدات الأمنية", "Tunisian police"]
recs.append({"id": i, "text": t, "published": "2015-09-16", "events": [
    {"code": "ASSAULT", "source": GANG, "target": GIRL + ["3 فتيات و3 شبان", "holidaymakers"]},
    {"code": "ACCUSE", "source": GIRL, "target": ["suspect", "أحد المتهمين"]},
    {"code": "ACCUSE", "source": ["arrested suspect", "أحد المتهمين"], "target": ["accomplices", "شركائه"]},
    {"code": "COERCE", "source": SECURITY, "target": GANG, "date": "2015-09-16"}], "claims": []})
# --- Jawhara FM (2017-01-18): the Ministry of Health warns against a henna paste ("Rani kone") sold in parallel
# markets. The control agency's detection of the product and the lab tests act on goods, with no named maker or seller:
# no events. "تدعو وزارة الصحّة ... المواطنين إلى اجتناب اقتناء هذه المادة" and "دعت الوزارة كافة الأطباء
# والصّيادلة لتبليغ المصالح المختصّة" are calls on generic classes (citizens; doctors and pharmacists as providers):
# claims only (README batches 81–92), no REQUEST. "تتولّى مصالح المراقبة ... اتخاذ التّدابير الضّروريّة ... لحجز
# واتلاف المنتج" acts on a product, with no target party: not coded. Claims, all the ministry's: the first "حسب" (حسب
# بلاغ لوزارة الصحة, its sentence's only attribution: the hazard, warn), the second "حسب" (حسب البلاغ, the lab
# findings of an expired product with a banned allergen: warn), تدعو (other), مؤكدة (other), دعت (other).
i = 'ant-JA-localNews-266-18012017'
t = news_text(i)
MOH = ["Ministry of Health", "وزارة الصحة", "وزارة الصحّة", "الوزارة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-01-18", "events": [], "claims": [
    {"speaker": MOH, "cue": cue(t, "حسب", 1), "stance": "warn"},
    {"speaker": MOH, "cue": cue(t, "حسب", 2), "stance": "warn"},
    {"speaker": MOH, "cue": cue(t, "تدعو"), "stance": "other"},
    {"speaker": MOH, "cue": cue(t, "مؤكدة"), "stance": "other"},
    {"speaker": MOH, "cue": cue(t, "دعت"), "stance": "other"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch103.gold.jsonl', recs)
