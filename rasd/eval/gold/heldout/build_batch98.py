"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 98 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: the Riyadh local committee for the municipal elections launches a smartphone app for voters and
# candidates. Launching a public service and allotting sections of it acts on no other party (as batch 52 leaves a
# municipality's festivities): no event. "يذكر أن" is the narrator. Nothing coded.
i = 'snn-2015-08-06-2963'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": []})
# --- Al-Madina: Syrian National Coalition secretary-general Mohammed Yahya Maktabi on the Iranian nuclear deal. His
# unease with the deal (أبدى عدم ارتياحه), his charges that Iran deceives world opinion and sponsors terrorist groups,
# and his fear that Iran will use the unfrozen assets for more interference are one statement's criticism of one
# party: one ACCUSE Coalition → Iran (as batch 51 folds Cavusoglu's several charges), undated (no day in the text).
# Inside it, "هي ترعى المجموعات الإرهابية عن طريق نظام الأسد مثل تنظيم داعش، وميليشيا حزب الله ..." is a finite
# clause with its doer: alleged backing told inside a statement is SUPPORT (session 21's call), Iran → the four named
# groups, undated; "حرب الإبادة الجماعية التي يقودها ضد الشعب السوري" is a relative clause with its doer (نظام الأسد):
# ASSAULT Assad regime → the Syrian people, undated. Not coded: the deal itself (الاتفاق الإيراني مع الدول الست),
# Iran's interference and its participation in the war with its "unlimited support in men and money" (nouns:
# التدخل، مشاركة إيران، الدعم), Soleimani's planning and training (nouns), the unfreezing of assets (passive, no doer)
# and what the Coalition fears Iran will do (يخشى من أن تستخدم ...: a feared future, no event). Claims: أبدى and
# وأضاف and ولفت (accuse), وأكد (the Coalition's fear: warn). No list holds سورية or Syria (the Syrian people are a
# target of their own), so the Coalition keeps its own name only.
i = 'snn-2015-07-22-0981'
t = news_text(i)
MAKTABI = ["Mohammed Yahya Maktabi", "محمد يحيى مكتبي", "مكتبي", "Syrian National Coalition", "الائتلاف الوطني السوري",
           "الائتلاف السوري", "الائتلاف"]
IRAN = ["Iran", "إيران"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": MAKTABI, "target": IRAN},
    {"code": "SUPPORT", "source": IRAN,
     "target": ["terrorist groups", "المجموعات الإرهابية", "ISIS", "داعش", "تنظيم داعش", "Hezbollah", "حزب الله",
                "ميليشيا حزب الله", "Asa'ib Ahl al-Haq", "عصائب أهل الحق", "Abu al-Fadl al-Abbas Brigades",
                "كتائب أبو الفضل العباس"]},
    {"code": "ASSAULT", "source": ["Assad regime", "نظام الأسد", "Bashar al-Assad"],
     "target": ["Syrian people", "الشعب السوري"]}], "claims": [
    {"speaker": MAKTABI, "cue": cue(t, "أبدى"), "stance": "accuse"},
    {"speaker": MAKTABI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": MAKTABI, "cue": cue(t, "لفت", 1), "stance": "accuse"},
    {"speaker": MAKTABI, "cue": cue(t, "أكد"), "stance": "warn"}]})
# --- Okaz: Saudi Swimming Federation secretary-general Mohammed al-Ghamdi follows the national team's camp in New
# Zealand. His review of the swimmers' results and the technical staff's report is internal to the federation; the
# federation's care for and support of its own swimmers, and the agreement signed with two of them ("توقيع اتفاقية
# مع السباحين", a noun), are a federation's business with its own athletes (sport business, batches 26, 32, 35, 38):
# not coded; the future agreements "سوف توقع" are passive with no party. Claims: اشار (told to Okaz, the addressee:
# assert), كاشفا (assert), مؤكدا (more agreements will be signed with deserving swimmers: promise).
i = 'snn-2015-07-22-1803'
t = news_text(i)
GHAMDI = ["Mohammed al-Ghamdi", "محمد الغامدي", "الغامدي", "Saudi Swimming Federation", "اتحاد السباحة",
          "اتحاد اللعبة"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": GHAMDI, "cue": cue(t, "اشار"), "stance": "assert"},
    {"speaker": GHAMDI, "cue": cue(t, "كاشفا"), "stance": "assert"},
    {"speaker": GHAMDI, "cue": cue(t, "مؤكدا"), "stance": "promise"}]})
# --- Al-Yaum: the Arab Academy for Science, Technology and Maritime Transport signs a tripartite agreement with the
# Association of Arab Universities and the ARELEN network. "وقَّعت الأكاديمية ... اتفاقية ثلاثية مع ..." is signing
# an agreement: SUPPORT from the signer to its two partners (GUIDELINES; session 22: a cooperation-agreement signing
# is SUPPORT from signer to party, its purpose no AGREE), undated (no day). "على هامش استقبال الأكاديمية ... الدكتور
# سلطان أبوعرابي أمين اتحاد الجامعات العربية في زيارة تفقد خلالها العديد من المباني" is a hosted visit with both
# parties named and a finite verb of the visitor (تفقد): one CONSULT, the visitor (Abu Orabi, with his association) as
# source and the host academy as target (GUIDELINES: the visitor is the source), undated. The agreement's terms told by
# the academy's president (the academy will set up a regional ARELEN centre, ARELEN will provide support, Cardiff
# Metropolitan may provide support) are its content, no events of their own (decided, as the purpose of a signing).
# Claims: Abdel Ghaffar's قال (assert), وأضاف (his academy will set up the centre: promise), وأوضح and وأشار (the
# partners' obligations: assert), وأكد (assert). No list holds الإسكندرية (the academy's city in the lead).
i = 'snn-2015-08-06-1083'
t = news_text(i)
ACADEMY = ["Arab Academy for Science, Technology and Maritime Transport", "AASTMT",
           "الأكاديمية العربية للعلوم والتكنولوجيا والنقل البحري", "الأكاديمية العربية", "الأكاديمية"]
AAU = ["Association of Arab Universities", "اتحاد الجامعات العربية"]
ARELEN = ["ARELEN", "Arab-European Leadership Network in Higher Education",
          "الشبكة العربية الأوروبية للقيادة في التعليم العالي", "الشبكة العربية الأوربية للقيادة في التعليم العالي",
          "شبكة أرلين", "أرلين"]
ABU_ORABI = ["Sultan Abu Orabi", "سلطان أبوعرابي", "أبوعرابي", "أمين اتحاد الجامعات العربية"] + AAU
ABDELGHAFFAR = ["Ismail Abdel Ghaffar", "إسماعيل عبد الغفار", "عبد الغفار", "رئيس الأكاديمية"] + ACADEMY
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "SUPPORT", "source": ACADEMY, "target": AAU + ARELEN},
    {"code": "CONSULT", "source": ABU_ORABI, "target": ACADEMY}], "claims": [
    {"speaker": ABDELGHAFFAR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ABDELGHAFFAR, "cue": cue(t, "أضاف"), "stance": "promise"},
    {"speaker": ABDELGHAFFAR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ABDELGHAFFAR, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ABDELGHAFFAR, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Ain Alyoum: Deputy Crown Prince and Defence Minister Mohammed bin Salman visits the US aircraft carrier Theodore
# Roosevelt in the Gulf. "قام ... بزيارة لحاملة الطائرات الأمريكية" is a visit: one CONSULT, the visitor as source and
# the hosts as target (the carrier, its commander Andrew Lewis whose briefing is folded in, the Fifth Fleet commander
# and the US ambassador who accompanied him, and the US Department of Defense that invited him), undated (no day in
# the text). "التي تأتي بدعوة من وزارة الدفاع الأمريكية" is a prepositional noun inside a relative clause (as session
# 27's بدعم من): no AGREE of its own (decided); the inviter joins the host list. The Saudi officials accompanying him
# are his own side (internal); the carrier's description is no event. No claims.
i = 'snn-2015-07-24-0048'
t = news_text(i)
MBS = ["Mohammed bin Salman", "محمد بن سلمان", "محمد بن سلمان بن عبد العزيز", "ولي ولي العهد", "Saudi Arabia",
       "السعودية", "المملكة العربية السعودية"]
US_HOSTS = ["USS Theodore Roosevelt", "حاملة الطائرات الأمريكية ثيودور روزفلت", "ثيودور روزفلت", "روزفلت",
            "Andrew Lewis", "اندرو لويس", "US Department of Defense", "وزارة الدفاع الأمريكية", "Pentagon",
            "US Fifth Fleet", "John Miller", "جون ميلر", "Joseph Westphal", "جوزيف ويستفل", "United States",
            "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": MBS, "target": US_HOSTS}], "claims": []})
# --- Jawhara FM: interior ministry spokesman Mohamed Ali Laroui says today (Wednesday 2015-06-24) that the security
# agent who took part in the game show «دليلك ملك» will not be dismissed. "لن يتم طرد" is negated: no event. "أوضح
# العروي أن عون الأمن خالفت قانون قوات الأمن الداخلي بظهورها في برنامج تلفزي دون ... اذن مسبق" charges her with a
# breach of the law: ACCUSE spokesman → the agent (as session 13's coach and session 24's federation act on their own
# staff), dated by the statement. "ادارتها ستتخذ الاجراءات التأديبية اللازمة في حقها" announces an administrative
# sanction: THREATEN (CAMEO 132, threaten with administrative sanctions; decided: announced, not yet taken), her
# administration with the ministry and its spokesman as source, dated by the statement. "سيقع تمرير الحلقة ... دون
# صنصرة" is passive broadcasting, no event. Claims: أكد (she will not be fired, rebutting the reported threat of
# dismissal: deny), أوضح (accuse), مشيرا (assert), وبين (she stays but will be disciplined: warn), مضيفا (assert); "على
# حد تعبيره" repeats its sentence's speaker. The agent keeps no "ممثلة سيدي بوزيد" form (it holds سيدي بوزيد, a place
# the text names).
i = 'ant-JA-localNews-4602-20150624'
t = news_text(i)
LAROUI = ["Mohamed Ali Laroui", "محمد علي العروي", "العروي", "Ministry of Interior", "وزارة الداخلية", "Tunisia",
          "تونس"]
AGENT = ["security agent", "عون الأمن", "female security officer"]
recs.append({"id": i, "text": t, "published": "2015-06-24", "events": [
    {"code": "ACCUSE", "source": LAROUI, "target": AGENT, "date": "2015-06-24"},
    {"code": "THREATEN", "source": ["her administration", "ادارتها"] + LAROUI, "target": AGENT,
     "date": "2015-06-24"}], "claims": [
    {"speaker": LAROUI, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": LAROUI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": LAROUI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": LAROUI, "cue": cue(t, "بين"), "stance": "warn"},
    {"speaker": LAROUI, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM: a patrol of the Msaken traffic-guard post seizes a stolen car and arrests three youths last night.
# "تمكنت دورية ... من حجز سيارة فاخرة مسروقة وإيقاف 3 أشخاص" with the body's "أوقف الأعوان سيارة" is one arrest:
# COERCE patrol → the three, dated by "منتصف ليلة البارحة" to the day before publication (2017-04-21; session 26:
# ليلة البارحة dates an arrest to the day before). The questioning (بالتحري معهم, a noun) is folded into the arrest and
# the custody and referral are passive (وتم الاحتفاظ ... وإحالة القضية), as batch 17's three burglars; the theft is not
# coded (README: theft is no ASSAULT). Claims: "بحسب ما أكده" (the only attribution of its sentence, the post's deputy
# head Anouar Bouguetaya) and "وفقا للمصدر ذاته" (the only attribution of the next sentence, the same speaker), both
# assert.
i = 'ant-JA-society-780-20170422'
t = news_text(i)
PATROL = ["Msaken traffic guard patrol", "دورية تابعة لمركز حرس المرور بمساكن", "دورية", "مركز حرس المرور بمساكن",
          "مركز حرس المرور", "الأعوان", "Tunisian National Guard"]
BOUGUETAYA = ["Anouar Bouguetaya", "أنور بوقطاية", "بوقطاية", "مساعد رئيس مركز حرس المرور بمساكن"]
recs.append({"id": i, "text": t, "published": "2017-04-22", "events": [
    {"code": "COERCE", "source": PATROL,
     "target": ["three youths", "3 أشخاص", "3 أنفار", "الموقوفين", "3 شبان"], "date": "2017-04-21"}], "claims": [
    {"speaker": BOUGUETAYA, "cue": cue(t, "بحسب ما أكده"), "stance": "assert"},
    {"speaker": BOUGUETAYA, "cue": cue(t, "وفقا للمصدر ذاته"), "stance": "assert"}]})
# --- Jawhara FM: Kuwaitis call for closing MBC's office over a scene of the series «غرابيب سود». "طالب نواب في مجلس
# الأمة الكويتي، وزير الإعلام بالوكالة ... بضبط ما أسموه انفلاتًا" is a demand of MPs (tied to a named body) on the
# acting minister: REQUEST between branches (session 25), undated (no day; "صباح اليوم الأحد" only counts the tweets).
# The next sentence "وطالب نواب في البرلمان الكويتي ..." is a near-verbatim copy of it: the same act and no distinct
# statement, so neither a second event nor a second claim (batch 22's verbatim copy). Not coded: the hashtag trending
# (no doer); "أبدى مغردون استياءهم ... ووصفوه" and "انتقد آخرون هذه المواقف" (indefinite bare groups, batch 58's
# "مغردون"/"بعضهم": no actor, no claim); Kuwaitis killed in ISIS's ranks (passive, no killer); MBC airing the series and
# its stopping (no act on a party); "واجه العديد من الانتقادات ... من التيارات الإسلامية السياسية التي رأت" (a noun and
# a bare group: no event, no claim). Claims: the MPs' first طالب (other); "أفاد مصدر موثوق من القناة" is an anonymous
# source tied to a named channel, so MBC speaks (assert); the «لها» website is its addressee. The MPs' list holds no
# Kuwait (the minister's does, and the two must not match).
i = 'ant-JA-diverse-443-20170618'
t = news_text(i)
MPS = ["Kuwaiti MPs", "نواب في مجلس الأمة الكويتي", "نواب في البرلمان الكويتي", "نواب", "National Assembly",
       "مجلس الأمة الكويتي", "مجلس الأمة"]
SABAH = ["Mohammed Abdullah Al-Mubarak Al-Sabah", "محمد عبد الله المبارك الصباح",
         "الشيخ محمد عبد الله المبارك الصباح", "وزير الإعلام بالوكالة", "Kuwaiti information minister", "Kuwait",
         "الكويت"]
MBC = ["MBC", "إم بي سي", "قناة إم بي سي", "فضائية إم بي سي", "source at MBC", "مصدر موثوق من القناة"]
recs.append({"id": i, "text": t, "published": "2017-06-18", "events": [
    {"code": "REQUEST", "source": MPS, "target": SABAH}], "claims": [
    {"speaker": MPS, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": MBC, "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- Jawhara FM: Libyan Airlines threatened yesterday (Monday 2016-10-24) to halt its flights until its chairman
# Fathi al-Shatti, kidnapped by gunmen in Tripoli, is freed. The lead's هددت and the body's "وهددت الشركة بأنه في حال
# عدم إطلاق سراحه ... ستضطر ... لإيقاف تشغيل الطيران" are one threat: THREATEN, dated by أمس الاثنين, its target the
# parties the same sentence holds responsible (session 24: strikers' vows target the authorities blamed), the
# kidnappers and the security bodies. "محملة المسؤولية للخاطفين والجهات الأمنية" is blame: ACCUSE of the same two
# (batches 19, 47, 70 code حمّل المسؤولية so), dated by the same statement. "كما طالبت ... بمؤازرة كافة نقابات الشركة
# والقطاعات بالنقل الجوي" is a call on named sectors: REQUEST to them (session 27), dated by the statement. The
# kidnapping ("الذي اختطف ... من قبل مسلحين", a passive with its agent, and "وقامت مجموعة مسلحة مجهولة الهوية
# باختطاف ... وأرغموه على مرافقتهم تحت تهديد السلاح") is one abduction: ASSAULT gunmen → al-Shatti (unknown gunmen are
# an explicit doer, session 10), undated: "قبل 3 أيام" may count from Monday's statement or from the publication day
# (decided: the anchor is ambiguous). Claims: the lead's هددت (warn), the joint statement's أوضحت (company and unions:
# assert), وهددت (warn), محملة (accuse), طالبت (other). Al-Shatti's list and the
# unions' hold no form with الشركة (the company's).
i = 'ant-JA-internationalNews-680-20161025'
t = news_text(i)
LIBYAN_AIRLINES = ["Libyan Airlines", "الخطوط الجوية الليبية", "شركة الخطوط الجوية الليبية", "الشركة"]
KIDNAPPERS = ["kidnappers", "الخاطفين", "gunmen", "مسلحين", "مجموعة مسلحة مجهولة الهوية", "مجموعة مسلحة",
              "مسلحين ملثمين"]
SECURITY = ["security bodies", "الجهات الأمنية"]
UNIONS = ["labour unions", "الاتحادات العمالية", "General Union of Air Transport", "النقابة العامة للنقل الجوي"]
recs.append({"id": i, "text": t, "published": "2016-10-25", "events": [
    {"code": "THREATEN", "source": LIBYAN_AIRLINES, "target": KIDNAPPERS + SECURITY, "date": "2016-10-24"},
    {"code": "ACCUSE", "source": LIBYAN_AIRLINES, "target": KIDNAPPERS + SECURITY, "date": "2016-10-24"},
    {"code": "REQUEST", "source": LIBYAN_AIRLINES,
     "target": ["company unions", "نقابات", "air transport sectors", "القطاعات بالنقل الجوي"],
     "date": "2016-10-24"},
    {"code": "ASSAULT", "source": KIDNAPPERS,
     "target": ["Fathi al-Shatti", "فتحي الشطي", "طيار فتحي الشطي", "الشطي"]}], "claims": [
    {"speaker": LIBYAN_AIRLINES, "cue": cue(t, "هددت", 1), "stance": "warn"},
    {"speaker": LIBYAN_AIRLINES + UNIONS, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": LIBYAN_AIRLINES, "cue": cue(t, "هددت", 2), "stance": "warn"},
    {"speaker": LIBYAN_AIRLINES, "cue": cue(t, "محملة"), "stance": "accuse"},
    {"speaker": LIBYAN_AIRLINES, "cue": cue(t, "طالبت"), "stance": "other"}]})
# --- Jawhara FM: a video of a Saudi asking an Arab expatriate manager of a private hospital about jobs. The Saudi's
# inquiry (ليستفسر, a purpose clause) and the manager's answer that the jobs are not yet advertised are no request and
# no refusal between identified parties (decided: an inquiry, unlike session 24's job application and refusal). Labour
# ministry spokesman Khaled Aba al-Khail's tweet "المستشفى مخالف للنظام" charges the hospital: ACCUSE ministry → the
# hospital; "وقد تم تطبيق العقوبات والغرامات بحقه في وقت سابق، ووضعه تحت المتابعة", a passive the ministry's spokesman
# tells of his own ministry's act, is an administrative sanction (CAMEO 172, as batch 47's fined restaurant): COERCE
# ministry → the hospital (session 5: passives reported by the authority are its own). Both undated (no day; في وقت
# سابق). His pledge "تعهد ... بالرد المناسب" names no counterpart: a claim, no AGREE (session 21's vague pledge).
# Claims: تعهد (promise) and "غرد قائلا" (the tweet: accuse; one span over the light verb and its قائلا). The
# activists who circulated the video (قالوا) and the tweeters are bare groups: no claims.
i = 'ant-JA-diverse-126-20170227'
t = news_text(i)
ABA_ALKHAIL = ["Khaled Aba al-Khail", "خالد أبا الخيل", "أبا الخيل", "Ministry of Labor and Social Development",
               "وزارة العمل والتنمية الاجتماعية", "Saudi Arabia", "السعودية"]
HOSPITAL = ["private hospital", "المستشفى", "أحد المستشفيات الخاصة"]
recs.append({"id": i, "text": t, "published": "2017-02-27", "events": [
    {"code": "ACCUSE", "source": ABA_ALKHAIL, "target": HOSPITAL},
    {"code": "COERCE", "source": ABA_ALKHAIL, "target": HOSPITAL}], "claims": [
    {"speaker": ABA_ALKHAIL, "cue": cue(t, "تعهد"), "stance": "promise"},
    {"speaker": ABA_ALKHAIL, "cue": cue(t, "غرد قائلا"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch98.gold.jsonl', recs)
