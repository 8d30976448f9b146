"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 99 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Madina (after the Washington Post, per its title): Saudi and US leaders, meeting on Wednesday (2015-07-22),
# agree to contain Iran's military spread in the region. "لدى لقاء وزير الدفاع الأمريكي آشتون كارتر بالملك سلمان ...
# والأمير محمد بن سلمان" is Carter's visit and the talks it holds: one CONSULT, the visitor as source and both Saudi
# hosts in the target, dated by the Wednesday (2015-07-22); "هذه المباحثات ... ناقشت أيضًا الأزمة اليمنية" and "عقب
# المباحثات" re-tell the same meeting. "اتفق القادة السعوديون والأمريكيون ... اتفقوا على تطويق الانتشار العسكري
# الإيراني" is an agreement reached at that meeting: one reciprocal AGREE with both sides in the source and no target
# (README: a phone call in which both sides agree is one CONSULT and one reciprocal AGREE), dated. "هددت المملكة بالقيام
# بردة فعل صلبة وحازمة إذا ما استخدمت إيران ..." is THREATEN Saudi Arabia → Iran, undated ("بعد انتهاء المفاوضات"). King
# Salman's point told by US officials ("أشار خلال محادثته مع آشتون كارتر إلى أن الاتفاقية يجب أن تكون مصحوبة ببرنامج
# تفتيش قوي ...") is advocacy addressed to Carter in the talks: REQUEST Salman → Carter (batch 51: advocacy of a
# solution is a call), dated by the meeting. "حققت المقاومة الشعبية والجيش الوطني ... مكاسب وانتصارات ضد الحوثيين" is
# fighting with its doers: ASSAULT → Houthis, undated ("في الأيام الأخيرة"). Carter's "يتقاسم مع القادة السعوديين
# المخاوف حول التأثير الإيراني في اليمن" is concern about a named party's conduct: ACCUSE Carter → Iran (README: a
# diplomat's worry is ACCUSE), dated (said to reporters after Wednesday's talks). Not coded: the nuclear deal (اتفاق
# الأسبوع الماضي، توقيع الاتفاقية) and "الحملة العسكرية ضد الحوثيين" are nouns (background); the Kingdom's earlier
# "تصريحات تحذر من تبعات الاتفاقية" is a pessimistic comment on the deal (CAMEO 012, no PLOVER class; decided): a claim
# only; Iran's support for proxies is a conditional noun inside the threat. Claims: LeBaron's قال (a former ambassador
# now at the Atlantic Council: his own speaker, assert); the Kingdom's أطلقت (README: "أطلقت … تحذيرا" is a claim with
# the light verb as cue; warn) and هددت (warn); the US officials' قالوا (tied to a named government; assert); Salman's
# أشار inside their report (embedded speech is its own claim; a call: other); Carter's "تحدث ... فقال" one statement,
# cue قال (accuse). Salman keeps no bare "سلمان" (it is inside "محمد بن سلمان"), and Mohammed bin Salman no "وزير
# الدفاع" (it is inside Carter's title).
i = 'snn-2015-07-24-1284'
t = news_text(i)
SAUDI = ["Saudi Arabia", "السعودية", "المملكة"]
US = ["United States", "الولايات المتحدة", "Washington", "واشنطون"]
CARTER = ["Ashton Carter", "آشتون كارتر", "كارتر", "US Secretary of Defense", "وزير الدفاع الأمريكي"] + US
SALMAN = ["King Salman", "الملك سلمان بن عبدالعزيز", "الملك سلمان بن عبد العزيز", "سلمان بن عبدالعزيز",
          "سلمان بن عبد العزيز", "الملك سلمان", "خادم الحرمين الشريفين"] + SAUDI
MBS = ["Mohammed bin Salman", "الأمير محمد بن سلمان", "محمد بن سلمان"] + SAUDI
IRAN = ["Iran", "إيران", "طهران", "Tehran"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": CARTER, "target": SALMAN + MBS[:3], "date": "2015-07-22"},
    {"code": "AGREE", "source": ["Saudi and US leaders", "القادة السعوديون والأمريكيون"] + CARTER + SALMAN + MBS[:3],
     "target": [], "date": "2015-07-22"},
    {"code": "THREATEN", "source": SAUDI, "target": IRAN},
    {"code": "REQUEST", "source": SALMAN, "target": CARTER, "date": "2015-07-22"},
    {"code": "ASSAULT", "source": ["Popular Resistance", "المقاومة الشعبية", "national army", "الجيش الوطني",
                                   "الجيش الوطني الموالي للحكومة اليمينة الشرعية", "Yemeni government",
                                   "الحكومة الشرعية", "Abd Rabbuh Mansur Hadi", "عبد ربه منصور هادي", "Yemen"],
     "target": ["Houthis", "الحوثيين", "مليشيات الحوثيين"]},
    {"code": "ACCUSE", "source": CARTER, "target": IRAN, "date": "2015-07-22"}], "claims": [
    {"speaker": ["Richard LeBaron", "ريتشارد ليبارون", "ليبارون", "Atlantic Council", "أتلانتيك كاونسيل"],
     "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SAUDI, "cue": cue(t, "أطلقت"), "stance": "warn"},
    {"speaker": SAUDI, "cue": cue(t, "هددت"), "stance": "warn"},
    {"speaker": ["US officials", "مسؤولين أمريكيين"] + US, "cue": cue(t, "قالوا"), "stance": "assert"},
    {"speaker": SALMAN, "cue": cue(t, "أشار"), "stance": "other"},
    {"speaker": CARTER, "cue": cue(t, "قال", 3), "stance": "accuse"}]})
# --- Okaz: the Pentagon says (statement of yesterday, 2015-07-21) that veteran al-Qaeda member and Khorasan
# group leader Muhsin al-Fadhli was killed by a US air strike near Sarmada, Syria, on 8 July. "قتل في ضربة جوية
# أمريكية" is a passive whose agent the adjective names, reported by the striker's own ministry (README: a passive use
# of fire a ministry reports of its own unit is that unit's ASSAULT; planes shot down by factions): ASSAULT US →
# al-Fadhli, dated by "في الثامن من يوليو" (2015-07-08). "وكان الفضلي قد استهدف بضربة جوية أمريكية في سبتمبر 2014"
# is an earlier strike told the same way: a second ASSAULT, undated (month only). The spokesman's "الفضلي كان داعما
# بارزا للقاعدة وكان ضمن ... زعماء القاعدة الذين تلقوا إخطارا مسبقا بهجمات 11 سبتمبر" charges a named man with
# terrorist ties: ACCUSE (README: a ministry naming a bomber is ACCUSE), dated by the statement of yesterday (his
# "في بيان" is the same statement). The 9/11 attacks are a noun. Claims: the ministry's أفادت (assert), Davis's قال
# (accuse), the US officials' قال of the time (they believed he was killed: assert) and the others' قالوا (it could
# not be confirmed: assert; "آخرين" are other US officials, tied to the same government).
i = 'snn-2015-07-22-1853'
t = news_text(i)
DOD = ["US Department of Defense", "وزارة الدفاع", "Pentagon", "البنتاجون", "United States"]
DAVIS = ["Jeff Davis", "جيف ديفيس", "ديفيس", "المتحدث باسم البنتاجون"] + DOD
FADHLI = ["Muhsin al-Fadhli", "محسن الفضلي", "الفضلي", "Khorasan group", "جماعة خراسان", "al-Qaeda", "القاعدة",
          "تنظيم القاعدة"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ASSAULT", "source": DOD, "target": FADHLI, "date": "2015-07-08"},
    {"code": "ACCUSE", "source": DAVIS, "target": FADHLI, "date": "2015-07-21"},
    {"code": "ASSAULT", "source": DOD, "target": FADHLI}], "claims": [
    {"speaker": DOD, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": DAVIS, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": ["US officials", "بعض المسؤولين الأمريكيين", "المسؤولين الأمريكيين", "United States"],
     "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ["other US officials", "آخرين", "United States"], "cue": cue(t, "قالوا"), "stance": "assert"}]})
# --- Asharq al-Awsat: protests in Ferguson today (Tuesday 2015-08-11) on the first anniversary of
# Michael Brown's killing. "تجمع نحو 200 متظاهر يلوحون بالأعلام ... ويرددون هتافات مناهضة للشرطة" is today's protest
# with its doers (the lead's "شهدت مدينة فيرغسون ... احتجاجات" re-tells it): one PROTEST, its chants and
# commemoration folded in (README), with the police as target (the chants are against the police and the killing it
# marks has a police officer as doer: README, a protest against a killing with a named doer targets the doer), dated
# 2015-08-11. "اشتبكت الشرطة مع متظاهرين ... في وقت مبكر من صباح اليوم" is one reciprocal ASSAULT (README: police and
# protesters clashing), dated. "عشرات المحتجين ... عطلوا المرور أثناء ساعة الذروة على طريق سريع" is a protest on
# another day with its doers: a second PROTEST (README: protests on different days are two), no target, dated by
# "أمس (الاثنين)" (2015-08-10); "اعتقلوا" is a passive arrest, given to the police named in the sentence before (as
# batches 93–96 give a passive arrest to the authorities the lead names; decided: the only force in the article):
# COERCE police → those protesters, dated 2015-08-10. "أعلنت السلطات حالة الطوارئ في المدينة منذ أمس" is COERCE with
# no target (README: a state of emergency), dated 2015-08-10; "وصدر الإعلان" re-tells it. Not coded: Brown's killing
# by a white policeman (a noun with برصاص, background); last year's riots (a noun). Claims: the Reuters witness's أفاد
# (tied to a named agency; assert). "أعلنت السلطات حالة الطوارئ" declares a measure and introduces no statement: no
# claim (batches 89–92 code a declaration so).
i = 'snn-2015-08-11-0196'
t = news_text(i)
POLICE = ["police", "الشرطة", "Ferguson police", "St. Louis County police"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "PROTEST", "source": ["protesters", "متظاهرين", "200 متظاهر", "متظاهر", "المتظاهرين"],
     "target": POLICE + ["white police officer", "شرطي أبيض"], "date": "2015-08-11"},
    {"code": "ASSAULT", "source": POLICE + ["protesters", "متظاهرين", "200 متظاهر"], "target": [],
     "date": "2015-08-11"},
    {"code": "PROTEST", "source": ["protesters", "عشرات المحتجين", "المحتجين"], "target": [], "date": "2015-08-10"},
    {"code": "COERCE", "source": POLICE + ["authorities", "السلطات"],
     "target": ["protesters", "عشرات المحتجين", "المحتجين"], "date": "2015-08-10"},
    {"code": "COERCE", "source": ["authorities", "السلطات", "St. Louis County authorities", "United States"],
     "target": [], "date": "2015-08-10"}], "claims": [
    {"speaker": ["Reuters", "رويترز", "وكالة «رويترز» للأنباء", "Reuters witness", "شاهد"],
     "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- Sabq: the Labour Ministry's Northern Borders branch calls citizens and residents to report labourers working in
# the sun between 12 and 3. The calls (دعا ... المواطنين والمقيمين للإبلاغ، طلب ... من الجميع المساهمة) are addressed
# to a generic class: claims only (README: an agency's call on a generic class is a claim only; administrative
# notices are claims only). The ministry's penalty rule for violators ("من يخالف قرار منع العمل ... فسوف تطبق بحقه
# أحكام العقوبة") is a penalty warning to a generic class: a claim only (README, batches 89–92). The heat wave has no
# actor. Claims: دعا and طلب (other), the ministry's بينت (warn). The byline (عويد التومي- سبق- رفحاء) is the narrator.
# The branch's full title holds الحدود الشمالية (named on its own) and is left out.
i = 'snn-2015-07-22-2033'
t = news_text(i)
MOL = ["Ministry of Labor", "وزارة العمل", "وزارة العمل والعمال", "Saudi Arabia"]
BRANCH = ["Ministry of Labor Northern Borders branch", "فرع وزارة العمل", "فرع الوزارة"] + MOL
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": BRANCH, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": BRANCH, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": MOL, "cue": cue(t, "بينت"), "stance": "warn"}]})
# --- Ain Alyoum (after Al-Hayat): CWUR director Nadim Mahassen accuses a senior King Abdulaziz University official of
# bargaining over the university's ranking. "اتهم ... مسؤولًا كبيرًا في إدارة جامعة الملك عبدالعزيز بأنه ساومه" and
# his أكد and قال that follow (the bargainer's rank, the request for the draft) are one accusation of one man: one
# ACCUSE Mahassen → the official, undated (no day; batch 51: several verbs against one party are one ACCUSE). The
# alleged acts are clauses with their doer inside his statement (README: alleged events are coded): "ساومه على أن
# يرفع مرتبة الجامعة ... وإلا فإنه سيستبعده من العمل مستشارًا" is a conditional threat: THREATEN official →
# Mahassen (the relative "المسؤول الذي ساومه" re-tells it), and "طلب منه أن يعرض عليه مسودة التقرير" a REQUEST
# official → Mahassen (decided: a separate demand with its own content), both undated. The university spokesman's
# "لا صلة للجامعة بالتصنيف" is a denial of the charge: REJECT of who made it in the article (README), undated; his "لا
# يستطيع الرد عليه" is declining to comment (no PLOVER class). Claims: اتهم، أكد، قال (accuse), Mahassen's بيّن
# (the centre's criteria: assert); the spokesman's أكد (deny), his وصف (he calls the talk a personal accusation of the
# vice-rector: part of the rebuttal, deny) and قال (cannot reply: assert, as "can neither deny nor confirm"). "بحسب
# صحيفة الحياة" names the newspaper the report was taken from (a conduit, README: no claim). The closing tag line
# and the byline are not text of any speaker.
i = 'snn-2015-07-26-0034'
t = news_text(i)
MAHASSEN = ["Nadim Mahassen", "نديم محاسن", "محاسن", "مدير مكتب التصنيف العالمي للجامعات", "مدير المكتب",
            "Center for World University Rankings", "CWUR", "سي يو دبليو آر", "مكتب التصنيف العالمي للجامعات"]
KAU = ["King Abdulaziz University", "جامعة الملك عبدالعزيز"]
OFFICIAL = ["KAU vice-rector", "وكيل الجامعة", "مسؤولًا كبيرًا في إدارة جامعة الملك عبدالعزيز", "مسؤولًا كبيرًا",
            "المسؤول الذي ساومه"] + KAU
SPOKESMAN = ["KAU spokesman", "المتحدث الرسمي للجامعة", "الجامعة"] + KAU
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": MAHASSEN, "target": OFFICIAL},
    {"code": "THREATEN", "source": OFFICIAL, "target": MAHASSEN},
    {"code": "REQUEST", "source": OFFICIAL, "target": MAHASSEN},
    {"code": "REJECT", "source": SPOKESMAN, "target": MAHASSEN}], "claims": [
    {"speaker": MAHASSEN, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": MAHASSEN, "cue": cue(t, "أكد", 1), "stance": "accuse"},
    {"speaker": MAHASSEN, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": SPOKESMAN, "cue": cue(t, "أكد", 2), "stance": "deny"},
    {"speaker": SPOKESMAN, "cue": cue(t, "وصف"), "stance": "deny"},
    {"speaker": SPOKESMAN, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MAHASSEN, "cue": cue(t, "بيّن"), "stance": "assert"}]})
# --- Jawhara FM (diverse): the Italian mountain town of Bormida offers 2,000 euros to anyone who moves there. The
# mayor's offer ("عرض ... مبلغ 2000 يورو لأي شخص يقوم بالانتقال"، the lead's "قدمت مدينة إيطالية عرضا") is made to a
# generic class with no named counterpart: no AGREE (README: a vague pledge with no counterpart is no AGREE; calls and
# warnings to a generic class are claims only). The young leaving and earlier similar steps of other towns are no
# PLOVER events. Claims: the municipality's ذكرت (the money will be paid: promise); عرض is an act, not a reporting
# verb. The mayor's list leaves out his title, which holds بورميدا (named on its own).
i = 'ant-JA-diverse-363-20170508'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-05-08", "events": [], "claims": [
    {"speaker": ["Bormida municipality", "بلدية المدينة", "Daniele Galliano", "دانييلي غاليانو", "غاليانو",
                 "عمدة المدينة"], "cue": cue(t, "ذكرت"), "stance": "promise"}]})
# --- Jawhara FM: the bureau of the Assembly of the Representatives of the People, meeting this morning (Monday
# 2017-01-23), turns down Ennahda's proposal of a 27 January seminar marking the constitution's anniversary. "رفض
# مكتب مجلس نواب الشعب ... مقترح حركة النهضة" is a refused proposal of a party outside the bureau: REJECT bureau →
# Ennahda, dated 2017-01-23 (decided: not internal, as the headline's "النهضة غاضبة" treats it as a clash between the
# bureau and a party); the proposal itself is a noun (background). Ennahda MP Sahbi Atig's "هناك أطراف سياسيّة ليس
# لها إرادة في إعطاء قيمة اعتبارية لهذا الحدث الوطني" blames unnamed parties: ACCUSE with no target (README: vague
# forces), undated (his statement to the correspondent has no day). Not coded: the bureau's review of parliament's
# foreign travel and of advisers for the blocs, and the committee of three MPs to audit the budget (passive and
# internal). Claims: Atig's قال (accuse).
i = 'ant-JA-localNews-55-20170123'
t = news_text(i)
ENNAHDA = ["Ennahda", "حركة النهضة", "النهضة"]
recs.append({"id": i, "text": t, "published": "2017-01-23", "events": [
    {"code": "REJECT", "source": ["Bureau of the Assembly of the Representatives of the People",
                                  "مكتب مجلس نواب الشعب", "مجلس نواب الشعب", "parliament", "البرلمان"],
     "target": ENNAHDA, "date": "2017-01-23"},
    {"code": "ACCUSE", "source": ["Sahbi Atig", "صحبي عتيق", "عتيق"] + ENNAHDA, "target": []}], "claims": [
    {"speaker": ["Sahbi Atig", "صحبي عتيق", "عتيق"] + ENNAHDA, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- Jawhara FM: an Israeli court convicts Sgt Elor Azaria of manslaughter for shooting a wounded Palestinian in
# Hebron last March. "أدانت محكمة إسرائيلية الرقيب ... إيلور عازاريا، بقتل غير العمد" is a finding of guilt:
# SANCTION (README: a judge's finding of guilt), undated (no day in the text). "أطلق عازاريا ... رصاصة على رأس
# الفلسطيني عبد الفتاح الشريف" is ASSAULT, undated (March only). The rights organisations' "هذه القضية تكشف عن
# استخدام مفرط للقوة" and "اتهمت الرقيب عازاريا بالقتل دون سند قانوني" are one criticism of one man: one ACCUSE →
# Azaria, undated; "منظمات حقوق الإنسان الفلسطينية والإسرائيلية" are unnamed organisations known only by nationality,
# like GUIDELINES' "صحف إسرائيلية": no claims (README: a bare group's ACCUSE is coded but it makes no claim).
# The prosecutors' "إن الرقيب عازاريا انتهك قواعد الاشتباك" is a prosecutor's charge: ACCUSE → Azaria (README),
# undated. Not coded: "طالب الكثيرون بمعاقبته" and "اعتبر آخرون أن تصرفاته مبررة" (bare, unnamed members of the public:
# neither actors nor speakers), the divided public opinion. Claims: the prosecutors' قال (the prosecution of a named
# case: identifiable; accuse). Azaria keeps no Israel alias in the SANCTION, whose source is the Israeli court.
i = 'ant-JA-internationalNews-703-20170104'
t = news_text(i)
AZARIA = ["Elor Azaria", "إيلور عازاريا", "عازاريا", "الرقيب عازاريا"]
AZARIA_IL = AZARIA + ["Israeli army", "جيش الاحتلال الإسرائيلي", "Israel", "إسرائيل"]
PROSECUTORS = ["prosecutors", "المدعون", "Israeli military prosecution", "Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2017-01-04", "events": [
    {"code": "SANCTION", "source": ["Israeli military court", "محكمة إسرائيلية", "Israel", "إسرائيل"],
     "target": AZARIA},
    {"code": "ASSAULT", "source": AZARIA_IL,
     "target": ["Abdel Fattah al-Sharif", "عبد الفتاح الشريف", "الشريف", "جريح فلسطيني", "الفلسطيني",
                "Palestinian"]},
    {"code": "ACCUSE", "source": ["Palestinian and Israeli human rights organisations",
                                  "منظمات حقوق الإنسان الفلسطينية والإسرائيلية", "منظمات حقوق الإنسان"],
     "target": AZARIA},
    {"code": "ACCUSE", "source": PROSECUTORS, "target": AZARIA}], "claims": [
    {"speaker": PROSECUTORS, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- Jawhara FM: Algeria's ruling alliance (FLN and RND) wins Thursday's (2017-05-04) legislative elections. Elections,
# seat counts and alliances are no PLOVER events; "الداعمين للرئيس بوتفليقة" is a standing alignment told by a
# participle (no SUPPORT, as README's بدعم من). "اعتبرت المعارضة أن هذه الأرقام مضخمة" charges the authorities who
# announced the turnout with inflating it: ACCUSE opposition → Interior Minister Bedoui (README: dissidents calling an
# election unlawful are ACCUSE), undated (the text gives no day for it). Claims: Bedoui's أعلن at Friday's press
# conference (the turnout: assert); the opposition's اعتبرت (a state's opposition parties are speakers, batches
# 85–88; accuse). "بحسب نتائج رسمية" names no speaker: no claim.
i = 'ant-JA-internationalNews-863-20170505'
t = news_text(i)
BEDOUI = ["Noureddine Bedoui", "نور الدين بدوي", "بدوي", "Algerian Interior Minister", "وزير الداخلية",
          "Algerian government", "Algeria", "الجزائر"]
OPPOSITION = ["Algerian opposition", "المعارضة", "opposition parties"]
recs.append({"id": i, "text": t, "published": "2017-05-05", "events": [
    {"code": "ACCUSE", "source": OPPOSITION, "target": BEDOUI}], "claims": [
    {"speaker": BEDOUI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": OPPOSITION, "cue": cue(t, "اعتبرت"), "stance": "accuse"}]})
# --- Jawhara FM (diverse): Egypt stops a TV advert on Upper Egypt's polluted water. The lead's "قرّرت السلطات المصرية
# إيقاف إعلان تلفزي تبثه بعض القنوات", the body's "شيخ الأزهر أصدر قرارا عاجلا بوقف الإعلان" and the council's
# "شيخ الأزهر دعا إلى إيقاف الإعلان" tell one act: a ban on a broadcast the channels carry, COERCE (censorship, CAMEO
# 17) with the authorities and the Sheikh of al-Azhar as source and the channels as target, undated (decided: one
# instance told three ways; its stated grounds, the advert "يسيء إلى الدولة", fold in). Inside the quote, "حكومة
# الخرطوم التي أوقفت استيراد الخضر بحجة تلوثها بمياه المجاري" is a relative clause with its doer: an import ban on
# (Egyptian) produce, SANCTION Sudan → Egypt (CAMEO 163), undated; "الحملة التي تقوم بها حكومة الخرطوم" re-tells it.
# Not coded: the advert's appeal for donations to Beit al-Zakat (the advert speaks, no actor acts). Claims: "أوردت
# وسائل إعلام مصرية" is bare (README: وسائل إعلام مصرية): no claim; the Supreme Council for Media Regulation's قال
# (assert) and, embedded in it, the Sheikh's دعا (its own claim, README; a call: other).
i = 'ant-JA-diverse-400-20170602'
t = news_text(i)
EGYPT = ["Egypt", "مصر"]
AZHAR = ["Sheikh of al-Azhar", "شيخ الأزهر", "Ahmed el-Tayeb", "al-Azhar", "الأزهر", "مشيخة الأزهر"]
recs.append({"id": i, "text": t, "published": "2017-06-02", "events": [
    {"code": "COERCE", "source": ["Egyptian authorities", "السلطات المصرية"] + AZHAR + EGYPT,
     "target": ["TV channels", "بعض القنوات", "القنوات"]},
    {"code": "SANCTION", "source": ["Sudanese government", "حكومة الخرطوم", "Sudan", "السودان", "Khartoum", "الخرطوم"],
     "target": EGYPT}], "claims": [
    {"speaker": ["Supreme Council for Media Regulation", "المجلس الأعلى لتنظيم الإعلام"] + EGYPT,
     "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": AZHAR + EGYPT, "cue": cue(t, "دعا"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch99.gold.jsonl', recs)
