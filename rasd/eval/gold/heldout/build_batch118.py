"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 118 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: the English FA backs Michel Platini, UEFA's president, in the FIFA presidential election. "قرر
# الاتحاد الإنجليزي لكرة القدم مساندة الفرنسي ميشيل بلاتيني" is an endorsement: SUPPORT FA → Platini (GUIDELINES:
# endorsement → SUPPORT), undated (no day); Greg Dyke's quoted "نساند ميشيل بلاتيني في ترشحه" re-tells it (one
# instance). "يجب إعادة النظر في هيكل الفيفا كله وتغييره جذريا" asks FIFA to change its own structure: REQUEST FA →
# FIFA (batches 29–30: proposals asking a party to change its own rules are REQUEST), undated; "المؤسسة التي تلطخت
# سمعتها" blames no named doer: no ACCUSE (decided). The wish that Platini get international backing ("نتمنى") and the
# expected many candidates are no events. Claims: Dyke's قال (the endorsement: assert), أضاف (close ties: assert),
# تابع (strong competition: assert) and أوضح (the call for radical reform: other, decided over warn). "قرر" reports
# no statement (batch 34): no claim. Dyke lists his FA; Platini lists UEFA, which no other actor holds.
i = 'snn-2015-07-31-1034'
t = news_text(i)
DYKE = ["Greg Dyke", "جريج دايك", "دايك", "Football Association", "English FA", "الاتحاد الإنجليزي لكرة القدم",
        "الاتحاد الإنجليزي"]
PLATINI = ["Michel Platini", "ميشيل بلاتيني", "بلاتيني", "UEFA", "يويفا", "الاتحاد الأوروبي للعبة"]
FIFA = ["FIFA", "الفيفا", "فيفا"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "SUPPORT", "source": DYKE, "target": PLATINI},
    {"code": "REQUEST", "source": DYKE, "target": FIFA}], "claims": [
    {"speaker": DYKE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": DYKE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": DYKE, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": DYKE, "cue": cue(t, "أوضح"), "stance": "other"}]})
# --- SaudiNewsNet (Al-Weeam, Saturday 2015-08-01): Egypt's Interior Ministry arrests 17 mid-level Muslim Brotherhood
# leaders. "واصلت وزارة الداخلية المصرية متابعاتها الأمنية ... والضربات الأمنية الاستباقية ... التي تستهدف القيادات
# الوسطى لتنظيم الإخوان" is the arrest campaign with its doer, and "أسفرت جهود الأجهزة الأمنية على مدار 24 ساعة عن
# ضبط 17 من تلك العناصر" (with the closing credit line's title) re-tells its outcome: one COERCE ministry → the
# Brotherhood's mid-level leaders, undated (24 hours reported in Saturday's statement: an arrest announced on a day is
# undated, batches 89–92); "المتهمين في قضايا التعدي" is a description folded into the arrest. "في سياق آخر ... أسفرت
# نتائج الجهود الأمنية لإجهاض مخططات ... أعضاء لجان العمليات النوعية ... عن ضبط (3) من أعضاء تلك اللجان" is a
# separate arrest of other targets (batches 65–68: raids and arrests on two targets are two COERCE): a second COERCE,
# undated; the plot it foiled ("والتي تستهدف قوات الجيش والشرطة") is folded into that arrest (batches 101–104: a plot
# told in an arrest statement). Claims: "ووفق بيان صادر عن الوزارة" (its sentence's only attribution to the ministry:
# assert) and "وأفادت الداخلية" (the cells' plots against army and police: accuse, decided). "بحسب موقع 24 الاماراتي"
# passes the ministry's statement on (a conduit, batches 85–88) and "رابط الخبر بصحيفة الوئام" is a byline: no claims.
i = 'snn-2015-08-01-0910'
t = news_text(i)
EG_MOI = ["Egyptian Interior Ministry", "وزارة الداخلية المصرية", "وزارة الداخلية", "الداخلية", "الوزارة",
          "الأجهزة الأمنية", "Egypt", "مصر"]
MB_LEADERS = ["Muslim Brotherhood mid-level leaders", "القيادات الوسطى لتنظيم الإخوان الإرهابي",
              "القيادات الوسطى للإخوان", "القيادات الوسطى", "Muslim Brotherhood", "تنظيم الإخوان", "الإخوان"]
MB_CELLS = ["Muslim Brotherhood special operations committees", "أعضاء لجان العمليات النوعية بتنظيم الإخوان الإرهابي",
            "لجان العمليات النوعية", "أعضاء تلك اللجان", "Muslim Brotherhood", "تنظيم الإخوان", "الإخوان"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "COERCE", "source": EG_MOI, "target": MB_LEADERS},
    {"code": "COERCE", "source": EG_MOI, "target": MB_CELLS}], "claims": [
    {"speaker": EG_MOI, "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": EG_MOI, "cue": cue(t, "أفادت"), "stance": "accuse"}]})
# --- SaudiNewsNet: King Abdulaziz University and the University of Jeddah sign a cooperation agreement with the
# Ministry of Health for their medical faculty to staff East Jeddah Hospital and King Abdullah Medical City part time.
# "بتوقيع اتفاق تعاون مع وزارة الصحة", told again as "الاتفاق الذي وقعه نائب وزير الصحة ... حمد الضويلع، ومدير
# جامعتي الملك عبدالعزيز وجدة المكلف ... عبد الرحمن اليوبي", is one signing: SUPPORT (GUIDELINES: signing an
# agreement) from the universities to the ministry, the partner the lead names (decided over a two-sided record with no
# target: the lead gives the direction, as batch 80's university signing "with" its partner), undated. The universities
# are not the Health Ministry's own bodies, so the signing is not internal (decided). Its content (faculty staffing
# the hospitals, the first stage's clinics) is the agreement's purpose: no AGREE or COOPERATE (session 22). "مذكرة
# التفاهم الموقعة بين وزيري التعليم والصحة في شهر شعبان الماضي" is a participle of background between two ministries
# of one cabinet: not coded (decided). Claims: al-Dhuwaila's أوضح (the memoranda's benefits: assert) and مشيرا (the
# cooperation implements the earlier memorandum: assert). "جامعة جدة" is left out of the universities' list (جدة is
# named on its own as a place, README sessions 4 and 11).
i = 'snn-2015-07-27-0937'
t = news_text(i)
UNIS = ["King Abdulaziz University", "جامعة الملك عبدالعزيز", "University of Jeddah", "Abdulrahman al-Youbi",
        "عبد الرحمن اليوبي", "اليوبي"]
DHUWAILA = ["Hamad al-Dhuwaila", "حمد الضويلع", "الضويلع", "Saudi Ministry of Health", "وزارة الصحة"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SUPPORT", "source": UNIS, "target": DHUWAILA}], "claims": [
    {"speaker": DHUWAILA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": DHUWAILA, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- SaudiNewsNet: global health experts call for a $2bn fund to develop vaccines (Ebola, MERS, West Nile). The
# lead's experts are the authors of the NEJM paper ("الورقة البحثية التي دعت لانشاء الصندوق", "الخبراء في البحث"), one
# of them named (Jeremy Farrar of the Wellcome Trust): an identifiable team, so they speak (decided, as batches 45–48
# let a team with named experts speak). "دعا ... لانشاء صندوق" is a call with no addressee: REQUEST with no target
# (README: a call with no named addressee); "يجب ان تأتي [الأموال] من الحكومات والمؤسسات وصناعة الدواء ..." names
# generic classes of payers, folded into the same proposal (decided: one REQUEST, no target; batches 81–84: an appeal
# for money to a generic class gives no target), undated. The fund's future work and the proposed independent
# committee are the proposal's content. Claims: دعا (other), Farrar's قال ("we cannot sit idle": assert, decided) and
# the experts' قال in the paper (the funding sources: other). "التي دعت" in the relative clause re-tells the lead (no
# second claim); "ويقول خبراء" at the end is a fresh, bare indefinite group (GUIDELINES: محللون): no claim.
i = 'snn-2015-07-23-0182'
t = news_text(i)
EXPERTS = ["global health experts", "خبراء عالميون للصحة", "الخبراء", "NEJM paper authors"]
FARRAR = ["Jeremy Farrar", "جيريمي فارار", "فارار", "Wellcome Trust", "جمعية ويلكام تراست الخيرية الصحية",
          "ويلكام تراست"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REQUEST", "source": EXPERTS + FARRAR, "target": []}], "claims": [
    {"speaker": EXPERTS + FARRAR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": FARRAR, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": EXPERTS, "cue": cue(t, "قال", 2), "stance": "other"}]})
# --- SaudiNewsNet: Real Madrid's goal drought in pre-season. The draw with Vålerenga, the friendlies won and lost and
# Roma's loss to Barcelona are matches: sport, no events (batches 26, 32, 45–48). Claims: Rafael Benitez's "لم يبد
# ... أي قلق من هذا الأمر: «...»" introduces his quote (decided: a reporting verb, as batches 88 and 104 take أبدى;
# stance assert), "أعرب ... عن قلقه على الصلابة الدفاعية" (warn, as batch 88 takes أعرب عن مخاوفه) and "حيث قال في
# تصريحات لوسائل الإعلام ...: «علينا أن ... ندافع بشكل أفضل»" (a specific quote with its own content beside the
# general concern: assert, decided). The club-friendly media are the addressee. The headline's "بينتيز" is outside
# the text.
i = 'snn-2015-08-11-0636'
t = news_text(i)
BENITEZ = ["Rafael Benitez", "رافايل بينيتيز", "بينيتيز"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": BENITEZ, "cue": cue(t, "يبد"), "stance": "assert"},
    {"speaker": BENITEZ, "cue": cue(t, "أعرب"), "stance": "warn"},
    {"speaker": BENITEZ, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Jawhara FM (Saturday 2017-01-21): the security-vetted former students ("المفروزين أمنيا") protest in Tunis.
# "نفذ قدماء الطلبة ... عشية اليوم السبت، وقفة احتجاجية أمام المسرح البلدي ووزارة الداخلية، تلتها مسيرة" is one
# PROTEST (the stand and the march that followed it the same evening, decided; batch 93–96's two PROTESTs were on
# different days), dated 2017-01-21, against the government their slogans name ("شعارات تندد بتباطؤ الحكومة": a
# protest's demand names its target, batches 85–88) and the Interior Ministry they stood at (decided); the slogans are
# folded in (README: a protest's chants and demands are one PROTEST). "تخللتها مناوشات مع قوات الأمن" tells the
# scuffles only as a noun: not coded (batches 77–80). "إضراب الجوع الذي ينفذه المفروزون" is a hunger strike in a
# relative clause with its doer: PROTEST with no target (sessions 22 and 27), undated (27th day). The speaker "متدخلة
# باسم المفروزين" (tied to the named group) calls for a national day for employment protests and for support of the
# hunger strikers with no addressee: one REQUEST with no target (one verb, one speech, decided), and "المطالبة بمحاسبة
# وزارة الداخلية بسبب الفرز الأمني" blames the ministry: ACCUSE → Interior Ministry (decided, as batch 104's demand
# whose reason condemns a named party); both dated by the stand (2017-01-21). "زار ... مهدي بن غربية خلال هذا الأسبوع
# المضربين عن الطعام" is CONSULT (visitor as source), and "ووعد بالتعجيل في بسط ملفهم على أنظار الحكومة" a pledge to
# them: AGREE (batches 77–80: a pledge during a visit), both undated (this week). Not coded: the hospital transfers
# (no doer). Claims: the protesters' تندد (their slogans: accuse, batches 69–72), the speaker's دعت (other), Ben
# Gharbia's وعد (promise). "وفق ما أكده مصدر طلابي" is a bare source tied to no named body: no claim. No list holds
# "الإتحاد العام لطلبة تونس" (a different body), so the Tunisian lists keep تونس in English only.
i = 'ant-JA-localNews-4-20170121'
t = news_text(i)
D = "2017-01-21"
VETTED = ["security-vetted former students", "قدماء الطلبة", "المفروزين أمنيا", "المفروزين", "المفروزون",
          "المحتجون", "المضربين عن الطعام"]
SPEAKER = ["speaker for the security-vetted", "متدخلة باسم المفروزين", "متدخلة"] + VETTED
GOV = ["Tunisian government", "الحكومة", "Tunisia"]
TN_MOI = ["Tunisian Interior Ministry", "وزارة الداخلية"]
BEN_GHARBIA = ["Mehdi Ben Gharbia", "مهدي بن غربية", "بن غربية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-01-21", "events": [
    {"code": "PROTEST", "source": VETTED, "target": GOV + TN_MOI, "date": D},
    {"code": "PROTEST", "source": VETTED, "target": []},
    {"code": "REQUEST", "source": SPEAKER, "target": [], "date": D},
    {"code": "ACCUSE", "source": SPEAKER, "target": TN_MOI, "date": D},
    {"code": "CONSULT", "source": BEN_GHARBIA, "target": VETTED},
    {"code": "AGREE", "source": BEN_GHARBIA, "target": VETTED}], "claims": [
    {"speaker": VETTED, "cue": cue(t, "تندد"), "stance": "accuse"},
    {"speaker": SPEAKER, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": BEN_GHARBIA, "cue": cue(t, "وعد"), "stance": "promise"}]})
# --- Jawhara FM (Sunday 2017-01-01): two Tunisians killed in the Istanbul nightclub attack; their bodies to be
# repatriated. "القنصلية التونسية باسطنبول تعمل بالتنسيق مع السلطات التركية على تسريع اجراءات ترحيل جثماني
# المواطنين" is COOPERATE consulate → Turkish authorities ("بالتنسيق مع", README sessions 16 and 26), undated (work
# under way, decided). "تم إحداث خلية بالتنسيق بين سفارة تونس بأنقرة والقنصلية العامة باسطنبول" is passive and joins
# two missions of one state: internal, not coded. The attack ("الهجوم الإرهابي الذي جد ليلة أمس"، "هجوم مسلح") and
# the killings (قتلا، مقتل) have no named doer ("البحث عن مرتكب الهجوم ما يزال جاريا"): not coded; the search is a
# noun with no explicit actor. Claims: the ministry source's أفاد and أكد (assert: a source tied to a named ministry
# speaks), the ministry's أعلنت and مضيفة (assert), Soylu's أعلن and مشيرا (assert). TAP is the addressee; "يذكر"
# is the narrator. The consulate keeps no alias with اسطنبول, named on its own, and the Tunisian lists keep تونس in
# English only (it is inside the embassy's and TAP's names).
i = 'ant-JA-localNews-1244-20170101'
t = news_text(i)
TN_MFA = ["Tunisian Ministry of Foreign Affairs", "وزارة الشؤون الخارجية", "Tunisia"]
MFA_SOURCE = ["Tunisian Foreign Ministry source", "مصدر من وزارة الشؤون الخارجية", "نفس المصدر"] + TN_MFA
CONSULATE = ["Tunisian consulate in Istanbul", "القنصلية التونسية", "Tunisia"]
TR_AUTH = ["Turkish authorities", "السلطات التركية", "Turkey", "تركيا"]
SOYLU = ["Suleyman Soylu", "سليمان صويلو", "صويلو", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2017-01-01", "events": [
    {"code": "COOPERATE", "source": CONSULATE, "target": TR_AUTH}], "claims": [
    {"speaker": MFA_SOURCE, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": MFA_SOURCE, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": TN_MFA, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": TN_MFA, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": SOYLU, "cue": cue(t, "أعلن", 2), "stance": "assert"},
    {"speaker": SOYLU, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2017-05-10): the Ministry of Health urges people not to consume unpasteurised milk. Its
# call and advice address a generic class (consumers): claims only, no REQUEST (README sessions 23 and 25: warnings
# to a generic class). Claims: دعت (other), أوضحت (the diseases: assert), مشيرة (serious complications: warn) and
# نصحت (other). "في بلاغ لها" and "في البلاغ ذاته" repeat their sentences' speaker.
i = 'ant-JA-localNews-3890-20170510'
t = news_text(i)
TN_MOH = ["Tunisian Ministry of Health", "وزارة الصحة", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-05-10", "events": [], "claims": [
    {"speaker": TN_MOH, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": TN_MOH, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": TN_MOH, "cue": cue(t, "مشيرة"), "stance": "warn"},
    {"speaker": TN_MOH, "cue": cue(t, "نصحت"), "stance": "other"}]})
# --- Jawhara FM (Tuesday 2017-05-09): North Korea's arrest of another American escalates the crisis. Sean Spicer's
# "اعتقال كوريا الشمالية مواطنا أمريكيا آخر أمر يبعث على القلق", said to reporters "يوم الاثنين", is concern about a
# named state's act: ACCUSE US → North Korea (README session 20: concern about a named person's breach), dated Monday
# 2017-05-08. His "سنعمل من خلال سفارة السويد ... من أجل إطلاق سراح الأفراد هناك" is an intent to work with a named
# party: AGREE US → Sweden's embassy (decided: CAMEO 03, as a pledge to raise a matter with a named party, batches
# 89–92), dated 2017-05-08. Kim Hak-song's arrest ("اعتقل يوم السبت للاشتباه في قيامه بأعمال عدائية", as KCNA tells
# it, and Spicer's "اعتقال كوريا الشمالية مواطنا أمريكيا") is COERCE North Korea → Kim Hak-song, dated Saturday
# 2017-05-06, the suspicion folded in (batches 89–92); Kim Sang-duk's arrest "في أواخر شهر افريل" a second COERCE,
# undated. "عدد الأمريكيين الذين تعتقلهم بيونجيانج" and "أربعة مواطنين أمريكيين محتجزون" are a running tally of
# those detentions: folded in (decided). "سعي الشمال لحيازة أسلحة نووية ردا على ما تقول إنه تهديد بحرب تحرض عليها
# الولايات المتحدة" gives North Korea's standing charge against the US: ACCUSE NK → US, undated. Not coded: the absent
# relations and the Korean War (background), the harsh rhetoric (a noun). Claims: Spicer's ذكر (accuse) and قال (the
# quote adds the pledge: promise); KCNA's ذكرت and the state media's ذكرت (state-owned press tied to its state speaks,
# batches 97–100: accuse); North Korea's تقول (accuse). The first قال strings of the text are inside اعتقال.
i = 'ant-JA-internationalNews-913-20170509'
t = news_text(i)
NK = ["North Korea", "كوريا الشمالية", "بيونجيانج", "بيونغيانغ", "Pyongyang", "الشمال"]
SPICER = ["Sean Spicer", "شون سبايسر", "سبايسر", "White House", "البيت الأبيض", "United States", "الولايات المتحدة",
          "واشنطن"]
US = ["United States", "الولايات المتحدة", "واشنطن", "Washington"]
SWEDEN = ["Swedish embassy", "سفارة السويد", "Sweden", "السويد"]
KIM_HS = ["Kim Hak-song", "كيم هاك سونج", "مواطنا أمريكيا آخر"]
KIM_SD = ["Kim Sang-duk", "كيم سانج دوك", "مواطنا أمريكيا ثالثا"]
KCNA = ["KCNA", "Korean Central News Agency", "وكالة الأنباء المركزية الكورية"] + NK
NK_MEDIA = ["North Korean state media", "وسائل الإعلام الرسمية في كوريا الشمالية"] + NK
recs.append({"id": i, "text": t, "published": "2017-05-09", "events": [
    {"code": "ACCUSE", "source": SPICER, "target": NK, "date": "2017-05-08"},
    {"code": "AGREE", "source": SPICER, "target": SWEDEN, "date": "2017-05-08"},
    {"code": "COERCE", "source": NK, "target": KIM_HS, "date": "2017-05-06"},
    {"code": "COERCE", "source": NK, "target": KIM_SD},
    {"code": "ACCUSE", "source": NK, "target": US}], "claims": [
    {"speaker": SPICER, "cue": cue(t, "ذكر", 1), "stance": "accuse"},
    {"speaker": SPICER, "cue": cue(t, "قال", 2), "stance": "promise"},
    {"speaker": KCNA, "cue": cue(t, "ذكرت", 1), "stance": "accuse"},
    {"speaker": NK, "cue": cue(t, "تقول"), "stance": "accuse"},
    {"speaker": NK_MEDIA, "cue": cue(t, "ذكرت", 2), "stance": "accuse"}]})
# --- Jawhara FM (Sunday 2017-01-08): the Foreign Ministry will coordinate with Libya to verify the "confessions" of
# two detainees presented as ISIS members to killing the journalists Nadhir Ktari and Sofiene Chourabi. "أنها بصدد
# القيام بالإجراءات ... والتنسيق الفوري مع السلطات الليبية" is work under way with a named party: COOPERATE ministry →
# Libyan authorities (decided: "بصدد" as work in hand, like the consulate's "تعمل بالتنسيق مع" in this batch), undated.
# The confessions, the killing they tell and the Libyan channel's broadcast are nouns or have no actor of a coded kind:
# not coded; the unnamed detainees make no claim (a confession speaks only when its suspect is identified). Embedded in
# the ministry's statement, "وزارة العدل في حكومة طبرق الليبية في شهر أفريل 2015 أعلنت اعتراف دواعش بقتل الصحفيين"
# is a ministry naming the killers: ACCUSE Tobruk Justice Ministry → ISIS (batches 27–28: a ministry naming a bomber),
# undated (month), and its own claim (README session 11: embedded speech). The disappearance is a noun. Claims: the
# ministry's أكّدت (the steps under way: promise, as batches 97–100's "أكدت … استمرار الحملة"), أضافت (assert),
# مشيرة (assert), and Tobruk's أعلنت (accuse).
i = 'ant-JA-localNews-665-20170108'
t = news_text(i)
TN_MFA = ["Tunisian Ministry of Foreign Affairs", "وزارة الشؤون الخارجية", "الوزارة", "Tunisia", "تونس"]
LY_AUTH = ["Libyan authorities", "السلطات الليبية", "Libya", "ليبيا"]
TOBRUK_MOJ = ["Tobruk government Justice Ministry", "وزارة العدل في حكومة طبرق الليبية", "وزارة العدل",
              "حكومة طبرق", "Tobruk government"]
ISIS = ["ISIS", "Islamic State", "داعش", "دواعش"]
recs.append({"id": i, "text": t, "published": "2017-01-08", "events": [
    {"code": "COOPERATE", "source": TN_MFA, "target": LY_AUTH},
    {"code": "ACCUSE", "source": TOBRUK_MOJ, "target": ISIS}], "claims": [
    {"speaker": TN_MFA, "cue": cue(t, "أكّدت"), "stance": "promise"},
    {"speaker": TN_MFA, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": TN_MFA, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": TOBRUK_MOJ, "cue": cue(t, "أعلنت"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch118.gold.jsonl', recs)
