"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 31 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Jazirah: Justice Minister al-Samaani visits the ministry's own Enforcement Agency (وكالة الحجز والتنفيذ).
# The visit is a masdar in a prepositional phrase (خلال زيارته) and, like everything else here, happens inside one
# ministry: a minister touring his own agency, renewing his support to it, urging its staff, and his deputy for
# enforcement thanking him are internal administration (as batch 17 leaves a ministry branch working with its own
# institute, and batch 29 referrals inside one administration): no events. Decided: a subordinate's thanks to his own
# minister is not the SUPPORT that batches 13 and 22 code for thanks between separate parties. Claims: عدّ (he deems
# the enforcement judiciary the face of the justice system: assert, like اعتبر), "جدّد ... دعمه لقضاء التنفيذ بكل ما
# يحتاجه" (a renewed pledge, promise; batch 20 counts جدد), حاثًا (urging, other, as batch 30), and the deputy's
# "أعرب ... عن بالغ شكره وتقديره" (thanks with praise of the visit and support: assert, as batches 13 and 22 count
# thanks). "مرحبا بمعاليه" is a welcome that states nothing (batch 22) and "راجيًا الله" a prayer: no claims. Neither
# official lists Saudi Arabia (both are Saudi officials, so it would match either); the deputy's title holds وزارة
# العدل, so the minister's list keeps وزير العدل but not the ministry.
i = 'snn-2015-08-04-0364'
t = news_text(i)
SAMAANI = ["Walid al-Samaani", "وليد بن محمد الصمعاني", "الصمعاني", "وزير العدل", "Saudi Minister of Justice",
           "رئيس المجلس الأعلى للقضاء", "Supreme Judicial Council", "المجلس الأعلى للقضاء"]
KHUDAIRI = ["Hamad al-Khudairi", "حمد الخضيري", "الخضيري", "وكيل وزارة العدل لشؤون الحجز والتنفيذ",
            "Enforcement Agency", "وكالة الحجز والتنفيذ", "الوكالة"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [], "claims": [
    {"speaker": SAMAANI, "cue": cue(t, "عدّ"), "stance": "assert"},
    {"speaker": SAMAANI, "cue": cue(t, "جدّد"), "stance": "promise"},
    {"speaker": SAMAANI, "cue": cue(t, "حاثًا"), "stance": "other"},
    {"speaker": KHUDAIRI, "cue": cue(t, "أعرب"), "stance": "assert"}]})
# --- Al-Riyadh: thousands of Iraqis protest today, Friday (2015-08-07), in Baghdad and six southern provinces against
# corruption and poor services. One PROTEST: the lead, the coffin carried, the "similar demonstrations" in Basra, Dhi
# Qar and the other cities (the lead's "ست محافظات"), the chants and the banners are the same day's protest; no
# target, since its object is corruption and services (a policy, as batches 18 and 30), and the ruling blocs appear only
# in the narrator's gloss. The chants' and banners' condemnation is the protest's content, no separate ACCUSE (batch
# 10). "تشهد العديد من مدن العراق موجة احتجاجات" (cities as subject, a nominal wave) is background, not a second
# event. Decided (batches 18 and 19 treat chanting crowds as bare, batches 10 and 17 give their slogans claims): the
# protesters are the article's identified subject (thousands of Iraqis in Tahrir Square), so their chant (هتف) is
# their claim, and the banners "كتب عليها «المتحاصصون هم سراق العراق»" a second, distinct statement (cue the
# inscription verb, as the chant's); both accuse. The coffin's inscription (three nouns) states nothing: no claim.
i = 'snn-2015-08-07-0998'
t = news_text(i)
IRAQIS = ["Iraqi protesters", "protesters", "آلاف العراقيين", "العراقيين", "المتظاهرون", "المتظاهرين"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "PROTEST", "source": IRAQIS, "target": [], "date": "2015-08-07"}], "claims": [
    {"speaker": IRAQIS, "cue": cue(t, "هتف"), "stance": "accuse"},
    {"speaker": IRAQIS, "cue": cue(t, "كتب عليها"), "stance": "accuse"}]})
# --- Sabq: a Jazan citizen (Imad Kulaybi) complains that a bank official took out a loan in his name. The fraud
# itself (صرف قرضاً باسمه) is a crime of fraud, not a PLOVER event (batch 30). His complaint in the article (شكا ...
# التلاعب الذي تعرض له من قِبل مسؤول بأحد البنوك, with "ما حدث جريمة ... يجب محاسبة المتسببين") is ACCUSE of the
# bank official; "تقدمت بشكوى عاجلة لشرطة المنطقة وكذلك لإمارة جازان" is the separate, historical official complaint
# (CAMEO 114, as batch 30 codes a complaint filed months before), a second ACCUSE of the same official; both undated.
# "أناشد المسؤولين والجهات المختصة النظر في قضيتي" is REQUEST to the officials, undated (the demand for
# accountability and the headline's إنصاف are the same appeal). Not coded: Al-Ahli's call asking him to repay
# (a masdar, "باتصال من البنك الأهلي لمطالبتي", and debt collection); the Emirate's directive to the Bureau of
# Investigation to investigate ("وجهت هيئة التحقيق والادعاء العام بالتحقيق", "توجيه إمارة جازان") — decided:
# one state body instructing another is internal administration, and the investigation itself is nominal (بالتحقيق،
# بعد التحقيق); the referral to court is passive; the lawsuit against the official is a masdar in the deed (تقديم
# دعوى) with no named filer; and decided: "أمر القاضي بصرف النظر عن الدعوى بحكم عدم الاختصاص" (dismissal for lack
# of jurisdiction) is procedural, like the postponed trial batch 28 leaves uncoded, not a REJECT of a party. The
# official works at "أحد البنوك", the bank that then asked the citizen to repay (البنك الأهلي), so that bank is in his
# list. Claims, all the citizen's: شكا (accuse), ذكر (assert), "أشار ... في شكواه" (assert), قال (assert), أضاف
# (assert), أردف (accuse), تابع (an appeal: other). "أتساءل" and "أناشد" are inside his quotes. "جازان" is named on
# its own (إمارة جازان), so "مواطن من أهالي جازان" is not in his list.
i = 'snn-2015-08-06-3179'
t = news_text(i)
KULAYBI = ["Imad Abdulaziz Kulaybi", "عماد عبد العزيز كليبي", "كليبي", "مواطن", "المواطن"]
OFFICIAL = ["bank official", "مسؤول بأحد البنوك", "أحد مسؤولي البنك", "National Commercial Bank", "Al-Ahli Bank",
            "البنك الأهلي", "المتسببين", "المتسبب"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": KULAYBI, "target": OFFICIAL},
    {"code": "ACCUSE", "source": KULAYBI, "target": OFFICIAL},
    {"code": "REQUEST", "source": KULAYBI,
     "target": ["officials and competent authorities", "المسؤولين", "الجهات المختصة"]}], "claims": [
    {"speaker": KULAYBI, "cue": cue(t, "شكا"), "stance": "accuse"},
    {"speaker": KULAYBI, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": KULAYBI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": KULAYBI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": KULAYBI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": KULAYBI, "cue": cue(t, "أردف"), "stance": "accuse"},
    {"speaker": KULAYBI, "cue": cue(t, "تابع"), "stance": "other"}]})
# --- Asharq al-Awsat: five blasts destroy cars of Qassam and Saraya al-Quds commanders in Gaza City. The lead's
# "انفجارات ... استهدفت سيارات" has no actor, and the narrator says nobody is confirmed behind them; but the Interior
# Ministry spokesman's "عناصر تخريبية أقدمت على تفجير عدد من السيارات التي تتبع فصائل المقاومة" names a doer (vague,
# like batch 28's مجهولان): one ASSAULT (destroying property, CAMEO 1712) on the factions, the Qassam and Saraya
# al-Quds commanders and their movements in one target list; undated (the text gives no day). ISIS is not in its
# source (only "شعارات ... تشير إلى التنظيم", unconfirmed). "كان متحدثون من «داعش»، هددوا حماس، في بداية الشهر
# الحالي، بـ«شلالات من الدماء»" is THREATEN ISIS → Hamas, undated (month-level); "تهديدات تنظيم داعش لحماس" is the
# same threat, nominal. "لم تتهم وزارة الداخلية في غزة أي طرف" is negated: no event, no claim. Claims: the
# spokesman's "اكتفى ... بالقول" (cue the speech noun, its proclitic outside) and the ISIS spokesmen's هددوا (tied to
# a named group, so not bare; warn). The spokesman's list drops "وزارة الداخلية في غزة" (it holds غزة, named on its
# own). The headline's "حماس تتلقى" is outside the text.
i = 'snn-2015-07-21-0007'
t = news_text(i)
HAMAS = ["Hamas", "حماس", "حركة حماس"]
FACTIONS = HAMAS + ["Qassam Brigades", "كتائب القسام", "Al-Quds Brigades", "سرايا القدس", "Islamic Jihad",
                    "الجهاد الإسلامي", "resistance factions", "فصائل المقاومة", "قياديين", "الذراع المسلحة للحركة"]
ISIS = ["Islamic State", "ISIS", "داعش", "تنظيم داعش", "التنظيم", "متحدثون من «داعش»"]
BOZOM = ["Iyad al-Bozom", "إياد البزم", "البزم", "Interior Ministry spokesman", "وزارة الداخلية",
         "Gaza Interior Ministry"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ASSAULT", "source": ["saboteurs", "عناصر تخريبية"], "target": FACTIONS},
    {"code": "THREATEN", "source": ISIS, "target": HAMAS}], "claims": [
    {"speaker": BOZOM, "cue": cue(t, "القول"), "stance": "assert"},
    {"speaker": ISIS, "cue": cue(t, "هددوا"), "stance": "warn"}]})
# --- Al-Riyadh: Hajj Minister Hajjar says the first pilgrims arrive next week. Receiving pilgrims and Umrah visitors
# (المملكة تستقبل، الوزارة استقبلت) is religious service, not a PLOVER event; the Eid reception the ministry held
# yesterday (a relative clause with its doer) is a ministry's own ceremony: not coded. Decided: his Eid greetings to
# the King, the Crown Prince, the Deputy Crown Prince and the Arab and Muslim nations ("جدد ... أسمى التهاني
# والتبريكات ... بمناسبة عيد الفطر") are a holiday wish, like the condolences and get-well wishes GUIDELINES' calls
# exclude: neither event nor claim (batch 20's هنأ was praise for an appointment); "سائلاً المولى" is a prayer, and the
# praise of the leadership inside it goes with it. "نوه معاليه بالجهود التي بذلت ... من قبل وزارة الحج والقطاعات
# الحكومية والأهلية" is praise of his own ministry's and the state's collective work: a claim (assert, as batch 17
# counts نوه), but decided no SUPPORT event, as praise of one's own ministry is internal. Claims: أوضح، مبيناً، نوه.
i = 'snn-2015-07-23-0613'
t = news_text(i)
HAJJAR = ["Bandar Hajjar", "بندر بن محمد حجّار", "حجّار", "حجار", "وزير الحج", "Saudi Minister of Hajj",
          "Ministry of Hajj", "وزارة الحج", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": HAJJAR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": HAJJAR, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": HAJJAR, "cue": cue(t, "نوه"), "stance": "assert"}]})
# --- Jawhara FM: ISIE member Nabil Baffoun says today, Monday 5 June, is the deadline for objections to the candidate
# list for the regional bodies. No events: Sarsar's and two members' resignation is a masdar (استقالة), and the
# Assembly opening nominations (كان قد فتح باب الترشحات) is internal procedure of the institutions filling the posts
# (as batch 26 treats parliamentary procedure). Claims: قال and ذكر; "بحسب ما جاء في تصريحات أمس لوكالة الأنباء
# الرسمية" and "حسب تقديره" repeat their sentence's speaker (TAP is the conduit).
i = 'ant-JA-localNews-4388-20170605'
t = news_text(i)
BAFFOUN = ["Nabil Baffoun", "نبيل بفون", "بفون", "ISIE", "Independent High Authority for Elections",
           "الهيئة العليا المستقلة للإنتخابات"]
recs.append({"id": i, "text": t, "published": "2017-06-05", "events": [], "claims": [
    {"speaker": BAFFOUN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BAFFOUN, "cue": cue(t, "ذكر"), "stance": "assert"}]})
# --- Jawhara FM (Reuters Health): a study links mothers' phone use in pregnancy with children's hyperactivity. No
# events (research). A study's findings are its named author's claims (batches 8–9), so the study and Laura Birks,
# who led the team, share one list: "توصلت دراسة حديثة إلى أن" (assert); "لا تنصح الأمهات بالتخلص من هواتفهن" (a
# reported recommendation, negated: stance other, cue تنصح); "أوضحت", glued to the previous word in the corpus
# ("هواتفهنوأوضحت"), so its cue is that whole token, as batch 19 takes "العربعبر" (assert); "قالت في مقابلة لرويترز
# هيلث" (her «فسروا هذه النتائج بحذر» is advice: other; Reuters Health is the conduit); "توصلوا إلى أدلة ثابتة"
# (Birks and colleagues: assert); "أفادت الدراسة المنشورة في دورية «إنفيرومنت إنترناشيونال»" (assert; the journal
# is where it was published, not a speaker). "حللت بيركس وزملاؤها بيانات" is research work, no statement.
i = 'ant-JA-diverse-291-20170419'
t = news_text(i)
BIRKS = ["Laura Birks", "لورا بيركس", "بيركس", "بيركس وزملاؤها", "the study", "دراسة حديثة", "الدراسة",
         "الفريق الذي أجرى الدراسة"]
recs.append({"id": i, "text": t, "published": "2017-04-19", "events": [], "claims": [
    {"speaker": BIRKS, "cue": cue(t, "توصلت"), "stance": "assert"},
    {"speaker": BIRKS, "cue": cue(t, "تنصح"), "stance": "other"},
    {"speaker": BIRKS, "cue": cue(t, "هواتفهنوأوضحت"), "stance": "assert"},
    {"speaker": BIRKS, "cue": cue(t, "قالت"), "stance": "other"},
    {"speaker": BIRKS, "cue": cue(t, "توصلوا"), "stance": "assert"},
    {"speaker": BIRKS, "cue": cue(t, "أفادت"), "stance": "assert"}]})
# --- Jawhara FM: the basic-education teachers' union's sectoral administrative body decides a two-day strike (8–9
# March) and protests at the regional delegations from 20 February. A union's decision to strike on given days is
# THREATEN (CAMEO 133, batches 8–9); the strike and the protests are one decision in one clause (أقرت ... الدخول في
# إضراب ... وتنظيم احتجاجات): one THREATEN, its target the supervising ministry the background names (سلطة الإشراف,
# وزير التربية), dated by the day the union's source reported the decision (today, Thursday 2017-02-09; the meeting
# began yesterday and was still going on). Not coded: the planned follow-up meeting (internal), the meeting itself, the
# union's protest at the ministry's non-implementation (a masdar, "احتجاج النقابة على عدم تفعيل"), the signed
# agreements (a participle), the calls for the minister's dismissal (a masdar, المطالبة), the decree's publication.
# Claims: the "مصدر من النقابة" is tied to a named union, so "وفق ما أفاد به" (its sentence's only attribution, the
# whole phrase as cue, as batches 8–9) is a claim, and "أضاف المصدر ذاته" another; both assert (they report a
# decision). "يذكر أن" and "تجدر الإشارة" are the narrator. The text's "النقابة العام" typo is kept as a form.
i = 'ant-JA-localNews-1043-20170209'
t = news_text(i)
UNION = ["General Union of Basic Education", "النقابة العامة للتعليم الأساسي", "النقابة العام للتعليم الأساسي",
         "الهيئة الإدارية القطاعية للتعليم الأساسي", "الهيئة الإدارية للتعليم الأساسي", "teachers' union"]
UNION_SOURCE = UNION[:3] + ["union source", "مصدر من النقابة العام للتعليم الأساسي", "المصدر ذاته"]
MINISTRY = ["Ministry of Education", "وزارة التربية", "سلطة الإشراف", "Minister of Education", "وزير التربية",
            "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-09", "events": [
    {"code": "THREATEN", "source": UNION, "target": MINISTRY, "date": "2017-02-09"}], "claims": [
    {"speaker": UNION_SOURCE, "cue": cue(t, "وفق ما أفاد به"), "stance": "assert"},
    {"speaker": UNION_SOURCE, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Jawhara FM: the UGTT congress spokesman Belgacem Ayari at a press conference today, Wednesday (2017-01-25).
# His warning of attempts to bankrupt confiscated firms for resale to "known groups", with "نيّة مبيتة لإعادة
# استثمارها لصالح أطراف معيّنة", alleges a scheme by parties he does not name: ACCUSE with no target (as a
# condemnation with no named doer), dated by the press conference. The delegates' demand to revise the agreements with
# the EU and the WTO (embedded in his أبرز, an embedded statement with a named speaker) is REQUEST with no target:
# decided, the addressee (the Tunisian government) is not named, and the EU and the WTO are the agreements' other
# parties, not the ones asked; undated (made during the congress, no day). The signed agreements (a participle) and the
# Chinese and Turkish goods flooding the market (goods, not actors) are no events. Claims: Ayari's أكدّ (assert), حذر
# (warn), مشيرا (accuse), أبرز (assert); the delegates' طالبوا (other) and حذروا (warn; "ما اعتبروه" is inside their
# demand); and "بحسب وصف العياري", which attributes the description «تصيب الصناعة الوطنية في مقتل» to Ayari, a
# different speaker from its sentence's (المؤتمرون), so a claim (warn). The spokesman's list holds UGTT, the body he
# speaks for (batch 19), and so does the delegates' (they are its congress): one side, no event between them.
i = 'ant-JA-localNews-130-20170125'
t = news_text(i)
UGTT = ["UGTT", "Tunisian General Labour Union", "الاتحاد العام التونسي للشغل"]
AYARI = ["Belgacem Ayari", "بلقاسم العياري", "العياري", "UGTT congress spokesman", "الناطق الرسمي"] + UGTT
DELEGATES = ["UGTT congress delegates", "المؤتمرين", "المؤتمرون", "congress of the UGTT"] + UGTT
recs.append({"id": i, "text": t, "published": "2017-01-25", "events": [
    {"code": "ACCUSE", "source": AYARI, "target": [], "date": "2017-01-25"},
    {"code": "REQUEST", "source": DELEGATES, "target": []}], "claims": [
    {"speaker": AYARI, "cue": cue(t, "أكدّ"), "stance": "assert"},
    {"speaker": AYARI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": AYARI, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": AYARI, "cue": cue(t, "أبرز"), "stance": "assert"},
    {"speaker": DELEGATES, "cue": cue(t, "طالبوا"), "stance": "other"},
    {"speaker": DELEGATES, "cue": cue(t, "حذروا"), "stance": "warn"},
    {"speaker": AYARI, "cue": cue(t, "بحسب وصف"), "stance": "warn"}]})
# --- Jawhara FM: ISIE president Chafik Sarsar, guest of "Politica" today, on special voting arrangements for the
# security forces and the army in the municipal elections. No events: the arrangements (سيتم اعتماد) are passive,
# and the armed forces voting early is electoral procedure, not a PLOVER interaction. Claims: أوضح، أكد (the
# programme's guest is he), اعتبر (assert), مشيرا (the need to make citizens aware: a recommendation, other).
i = 'ant-JA-localNews-1302-20170215'
t = news_text(i)
SARSAR = ["Chafik Sarsar", "شفيق صرصار", "صرصار", "ISIE", "Independent High Authority for Elections",
          "الهيئة العليا المستقلة للانتخابات", "ضيف بوليتكا"]
recs.append({"id": i, "text": t, "published": "2017-02-15", "events": [], "claims": [
    {"speaker": SARSAR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SARSAR, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SARSAR, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": SARSAR, "cue": cue(t, "مشيرا"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch31.gold.jsonl', recs)
