"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 136 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Al-Ittihad's staff look for friendlies in Italy during the Milan camp. The administrative staff's
# "اتصالات مكثفة مع عدد من الفرق الإيطالية من أجل إقامة مباريات ودية" (indefinite, unnamed teams) and Bölöni's
# "وافق على إقامة 4 مباريات تجريبية" are match scheduling, sport (batch 102: the friendly is sport; decided: no
# CONSULT or AGREE with unnamed teams). The coach's coming meetings with his players and with the administrative
# staff, and Mansour al-Balawi's trip to the camp to meet the coach, are internal to the club (batch 102: a
# supervisor's meetings with his own coach and squad are not coded). "منحت إدارة نادي الاتحاد اللاعبين ... حرية
# الانتقال" is transfer business (README sessions 15 and 31–32): not coded. "سيوضح لهم سياسته الفنية" is a future act
# with no content: no claim. No events. Claims: Balawi's "قال" (the signing was not hasty: assert), "وأضاف" (the
# coach's Gulf experience: assert) and the second "قال" (the two players' fate is the coach's call, "ونحن سننفذ
# مطالبه": decided assert, the point is that the matter is left to the coach). Balawi keeps no bare "البلوي": the
# article also names Hamed al-Balawi, the executive director. He lists the club, as batch 102 does.
i = 'snn-2015-07-23-0050'
t = news_text(i)
BALAWI = ["Mansour al-Balawi", "منصور البلوي", "المشرف العام على فريق كرة القدم", "Al-Ittihad", "نادي الاتحاد"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": BALAWI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": BALAWI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BALAWI, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet (via Al-Weeam): UN Special Rapporteur on the right to food Hilal Elver warns of a major food crisis
# in Yemen. Her warning and concern name no party (README: a country's worry naming no party is a claim only); the
# blockade of Aden, al-Dhale, Lahj and Taiz is a noun with no doer ("الحصار في عدد من المحافظات اليمنية"), so it is
# not coded and her point about it blames no one by name (README: complaints that blame no one are claims but no
# ACCUSE). No events. Claims: حذرت (warn), أعربت (concern at the deterioration: warn, as batches 7, 17 and 88 take
# a voiced concern), وقالت (the situation "تنذر بالكارثة": warn) and وأضافت (the blockade keeps food from civilians:
# decided accuse, as criticism of the blockade, though no besieger is named). "مسلطة الضوء على معاناة الأطفال" is a
# participle that announces the topic the next قالت gives, with no content of its own: no claim (decided). The
# closing "رابط الخبر بصحيفة الوئام" is the byline. She lists the UN (as batch 36 lists it for a rapporteur).
i = 'snn-2015-08-11-1119'
t = news_text(i)
ELVER = ["Hilal Elver", "هلال إيلفر", "إيلفر", "UN Special Rapporteur on the right to food",
         "مقررة الأمم المتحدة المعنية بالحق في الغذاء", "United Nations", "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": ELVER, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": ELVER, "cue": cue(t, "أعربت"), "stance": "warn"},
    {"speaker": ELVER, "cue": cue(t, "قالت"), "stance": "warn"},
    {"speaker": ELVER, "cue": cue(t, "أضافت"), "stance": "accuse"}]})
# --- SaudiNewsNet: at the Ras Tanura heritage festival a children's troupe sings of the cohesion of the Gulf states.
# The song, the old man's sketch and the festival's shows are culture, no events (the lyrics are no statement of a
# speaker). "وأشاد سكرتير أمين أمانة المنطقة الشرقية فهد حمزة بالمهرجان" praises the festival itself, an occasion
# whose organiser the text does not name (decided: praise of an event, not of an actor, is a claim but no SUPPORT).
# No events. Claims: أشاد (assert) and منوها (the Liwan heritage village: distinct content, assert). Hamza keeps no
# alias holding "المنطقة الشرقية" (named on its own as a place, README); "بصفة شخصية" does not change who he is.
i = 'snn-2015-08-01-1010'
t = news_text(i)
HAMZA = ["Fahd Hamza", "فهد حمزة", "حمزة", "Eastern Province Municipality"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": HAMZA, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": HAMZA, "cue": cue(t, "منوها"), "stance": "assert"}]})
# --- SaudiNewsNet (Ain Alyoum, from the Daily News): a Saudi student's "joke" about a pressure-cooker bomb gets him
# arrested in the US on a terrorism charge. "وقام الطالب بإيذائها لفظيًّا وقال لها إنه صنع قنبلة ... ثم تابع: هكذا
# نقتل الأمريكيين" is a threat by a named doer to the apartment employee: one THREATEN student → employee (decided:
# the verbal abuse is the threat's own words, folded in, not a separate ACCUSE), dated by "يوم الجمعة 31 يوليو2015"
# (a Friday, as the text says); the lead's "عقب تهديده موظفة" re-tells it. "اتصلت بخدمات الطوارئ 911 وأخبرتهم
# بالقصة" is her report of the student to the police: ACCUSE employee → student (README: a friend's report of a
# suspect to the police is ACCUSE), undated (her return "في الساعة السادسة" is not given a day). The arrest:
# "اعتقاله من قبل سلطات الأمن الوطني الأمريكي واتهامه بالإرهاب" (a noun with its agent, carrying the charge and the
# bail) and "أصدرت وكالة المباحث الفيدرالية مذكرة اعتقال بحق الطالب السعودي وتم القبض عليه" are one COERCE with both
# bodies in the source (README: an arrest warrant that led to an arrest is COERCE; "arrested and charged" is one
# COERCE), the car search and the questioning (passive) folded in, undated. Not coded: the bodies arriving at the
# building and the X-ray check (indefinite "عدة جهات"، passive), his detention in the Warren County jail (a state), the
# racist comments against him (no doer). Claims: the Daily News reports on its own account (README: a station
# reporting on its own account makes a claim): بحسب (its sentence's only attribution), وقالت and وأضافت, all assert;
# the student's "وقال لها" and "ثم تابع" (the threat: warn, though embedded in the paper's report, README batches
# 29–30) and his "أقر بأنه كان يمزح" (a suspect's confession is a claim when the suspect is identified: assert). The
# employee's "اعتبرت الأمر مزحةً" is a judgment, not speech, and "أخبرتهم بالقصة" has no content of its own (decided:
# no claim). The byline "لجين الأحمدي – عين اليوم" and the closing tags are not speakers.
i = 'snn-2015-08-06-0000'
t = news_text(i)
NAHARI = ["Mohammed Ali Issa Nahari", "محمد علي عيسى نهاري", "نهاري", "المبتعث السعودي", "مبتعث سعودي",
          "الطالب السعودي", "الطالب"]
EMPLOYEE = ["apartment management employee", "موظفة", "الموظفة", "موظفة الشركة", "موظفة بإدارة الشقق السكنية"]
US_AUTH = ["FBI", "وكالة المباحث الفيدرالية", "المباحث الفيدرالية", "إف. بي. آي", "US homeland security authorities",
           "سلطات الأمن الوطني الأمريكي", "سلطات الأمن الوطني", "United States", "الولايات المتحدة"]
DAILY_NEWS = ["Daily News", "ديلي نيوز", "صحيفة ديلي نيوز", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "THREATEN", "source": NAHARI, "target": EMPLOYEE, "date": "2015-07-31"},
    {"code": "ACCUSE", "source": EMPLOYEE, "target": NAHARI},
    {"code": "COERCE", "source": US_AUTH, "target": NAHARI}], "claims": [
    {"speaker": DAILY_NEWS, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": NAHARI, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": NAHARI, "cue": cue(t, "تابع"), "stance": "warn"},
    {"speaker": DAILY_NEWS, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": DAILY_NEWS, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": NAHARI, "cue": cue(t, "أقر"), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-07-31, via Al-Weeam): a British Airways flight from Las Vegas to Heathrow diverts to
# Montreal "اليوم الاربعاء" over a bomb threat (the text's weekday wins over the corpus date, README batches 29–30:
# Wednesday 2015-07-29). The plane changing course and landing is flight operation, not an act on another party; the
# threat itself has no doer (a noun), and the passengers' evacuation is passive (تم اجلاء). "قبل ان تقوم الشرطة
# بتفتيشها" is a police search of the plane after the threat: MOBILIZE police with no target (decided, as README codes
# a police checkpoint set up to look for a suspect and police securing a vote), dated 2015-07-29 (the same landing
# the first sentence dates; the spokeswoman's "صباح اليوم"). "اننا نعمل مع السلطات الكندية ونقدم لهم الدعم الكامل" in
# the spokeswoman's quote is COOPERATE British Airways → the Canadian authorities (a finite clause with its doer,
# "we"), undated (an ongoing state, no day of its own). Claims: "نقلت قناة سكاى نيوز عن مسافرين ... قولهم" gives the
# passengers' claim with cue قولهم (decided: passengers of the named flight BA274 are tied to it, as a patient tied to
# a named hospital is identifiable; Sky News is the conduit), assert; the Montreal Gazette's "مصادر لم تحددها" are
# bare (no claim, and the paper is their conduit); "وفقا للالمانية" is its sentence's only attribution: DPA's claim,
# assert (decided: a mid-article credit, not the closing byline); the spokeswoman's وقالت and واضافت (both assert).
# "تقارير غير مؤكدة" are bare; the closing "رابط الخبر بصحيفة الوئام" is the byline.
i = 'snn-2015-07-31-1548'
t = news_text(i)
BA = ["British Airways", "الخطوط الجوية البريطانية", "شركة الخطوط الجوية البريطانية", "الشركة"]
BA_SPOKES = ["British Airways spokeswoman", "متحدثة باسم الشركة", "المتحدثة"] + BA
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "MOBILIZE", "source": ["Montreal police", "police", "الشرطة"], "target": [], "date": "2015-07-29"},
    {"code": "COOPERATE", "source": BA, "target": ["Canadian authorities", "السلطات الكندية", "Canada", "كندا"]}],
    "claims": [
    {"speaker": ["passengers of flight BA274", "مسافرين بين ركاب الطائرة", "ركاب الطائرة", "مسافرين"],
     "cue": cue(t, "قولهم"), "stance": "assert"},
    {"speaker": ["DPA", "Deutsche Presse-Agentur", "الألمانية", "الالمانية", "لالمانية"], "cue": cue(t, "وفقا"),
     "stance": "assert"},
    {"speaker": BA_SPOKES, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": BA_SPOKES, "cue": cue(t, "اضافت"), "stance": "assert"}]})
# --- Sabq: Burma bars Rohingya fishermen from fishing; the Global Rohingya Center (GRC) runs an Eid programme in the
# refugee camps in Bangladesh. "صدور قرار من السلطات البورمية، يقضي بمنع صيادي الأسماك الروهنجيين من ممارسة الصيد"
# (a noun with its agent, carried on by the finite "يقضي"; "القرار ... قد استثنى الصيادين من غير الروهنجيا" re-tells
# it) is a ban by a named doer: COERCE authorities → Rohingya fishermen (as README codes a travel ban), undated. "كما
# تضمّن تهديداً باعتقال كل مَن يمارس الصيد ... وتغريم كل مَن يتم ضبطه" is the decision's threat of arrest and fines:
# THREATEN authorities → the fishermen (decided: a separate threat inside the decree, as README codes a demand and its
# conditional threat as two events), undated. "يُذكر أن السلطات البورمية، تفرض حصاراً اقتصادياً خانقاً ضد الروهنجيا
# في أراكان" is a finite clause with its doer: a second COERCE authorities → the Rohingya (decided: the standing
# economic blockade is an instance apart from the new fishing ban; README: a siege is COERCE), undated. Not coded:
# "بعد فرارهم من حملات العنف والاضطهاد الممارس ضدهم من قِبَل السلطات البورمية" (a noun after بعد, background,
# README). "نفّذ المركز الروهنجي العالمي GRC برنامجاً للمعايدة بمخيمات اللاجئين ببنجلاديش" and its re-telling
# ("تَضَمّن توزيع ملابس جديدة للاجئين، وتقديم عيديات نقدية لأطفالهم") are one AID GRC → the refugees (README: a
# charity's campaign in a camp is AID), undated. Claims: "كشفت تقارير أراكانية" and "وأكدت ذات التقارير" are bare
# reports known only by region (GUIDELINES: تقارير إعلامية): no claim; "وتشير تقديرات أممية" is tied to the UN
# (decided: as a study tied to a country speaks, README batches 69–72): the UN's claim, assert. The byline
# "مشاري الحنتوشي- سبق- متابعة" is no speaker.
i = 'snn-2015-07-22-1985'
t = news_text(i)
BURMA = ["Burmese authorities", "السلطات البورمية", "السلطات", "Myanmar", "Burma", "بورما"]
FISHERMEN = ["Rohingya fishermen", "صيادي الأسماك الروهنجيين", "الروهنجيين", "Rohingya", "الروهنجيا"]
GRC = ["Global Rohingya Center", "المركز الروهنجي العالمي", "GRC"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "COERCE", "source": BURMA, "target": FISHERMEN},
    {"code": "THREATEN", "source": BURMA, "target": FISHERMEN},
    {"code": "COERCE", "source": BURMA, "target": ["Rohingya", "الروهنجيا", "الروهنجيين", "الروهنج"]},
    {"code": "AID", "source": GRC,
     "target": ["Rohingya refugees", "اللاجئين", "اللاجئين الروهنجيين", "لاجئ روهنجي", "أطفالهم"]}], "claims": [
    {"speaker": ["United Nations", "الأمم المتحدة", "تقديرات أممية"], "cue": cue(t, "تشير"), "stance": "assert"}]})
# --- SaudiNewsNet (Sunday 2015-08-02): Zamalek fans faint in the crush at the league-title celebration; the club calls
# its fans to celebrate again next Thursday. The fainting and the crush have no doer; the physiotherapist's first aid
# to the fans and the fans who helped are medical care (decided: as batch 85 takes a hospital's treatment of patients
# and batch 112 a medical city's tests, no AID). "وكان مجلس إدارة نادي الزمالك ... قد حذَّر الجماهير الموجودة في ملعب
# ميت عقبة من التواجد في مدرجات الملعب" is a warning that tells a specific group (the fans present) to act: REQUEST
# board → fans (README: a warning that tells its addressee to act is REQUEST; batch 69: a club's call on its fans is
# REQUEST). "وتوجه أحمد مرتضى منصور ... للجماهير ... وطالبهم بإخلائها" is a second REQUEST, by the board member in
# person (decided: a different doer and act from the board's earlier warning). Not coded: the cancelled training
# (internal), the fans storming the social building and the players' escape (nouns). "وأكد أحمد مرتضى منصور أنه لا
# توجد أي حالة وفيات ... رداً على بعض المواقع التي نشرت أنباء" denies reports of unnamed sites: REJECT with no target
# (README: denying an unnamed rumour is REJECT with no target; "بعض المواقع" is indefinite). "دعا مجلس إدارة نادي
# الزمالك ... الجماهير للتواجد بمقر النادي يوم الخميس المقبل للاحتفال" is an invitation: AGREE board → fans
# (GUIDELINES: invitations are AGREE). All undated (the Thursday is the celebration's day, not the invitation's).
# Claims: the board's حذَّر (warn) and دعا (an invitation: other); Ahmed Mortada Mansour's طالبهم (other) and أكد (the
# rebuttal: deny). The board lists its chairman Mortada Mansour (it acts "برئاسة" him); Ahmed keeps only his own name
# (his title holds the board's name), and the fans' list holds no alias with the club's name.
i = 'snn-2015-08-02-0489'
t = news_text(i)
BOARD = ["Zamalek board", "مجلس إدارة نادي الزمالك", "Mortada Mansour", "مرتضى منصور", "Zamalek", "نادي الزمالك",
         "الزمالك"]
AHMED = ["Ahmed Mortada Mansour", "أحمد مرتضى منصور"]
FANS = ["fans", "الجماهير", "الجمهور", "الجماهير الموجودة في مدرجات ملعب النادي"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": BOARD, "target": FANS},
    {"code": "REQUEST", "source": AHMED, "target": FANS},
    {"code": "REJECT", "source": AHMED, "target": []},
    {"code": "AGREE", "source": BOARD, "target": FANS}], "claims": [
    {"speaker": BOARD, "cue": cue(t, "حذ\u0651\u064eر"), "stance": "warn"},
    {"speaker": AHMED, "cue": cue(t, "طالبهم"), "stance": "other"},
    {"speaker": AHMED, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": BOARD, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- SaudiNewsNet (Friday 2015-07-31, via Al-Weeam): reports of the death of Taliban leader Mullah Omar. Mullah Omar's
# death has no doer (مقتل، توفي: nouns and an intransitive); the press conference "سيعقد" is passive with no doer;
# "لم يصدر أي تعليق ... عن حركة طالبان" and "لم يقدم المسؤول ... تفاصيل اخرى" are negated. "لكن الحركة كانت دائما تنفي
# صحتها" is the Taliban's habitual denial of earlier media reports of his death: REJECT Taliban with no target
# (decided: "وسائل الإعلام" is a bare class, README: a denial of an unnamed rumour has no target), undated, and no
# claim (decided, as README batches 53–56 take habitual praise: SUPPORT but no claim). Claims: "قال مسؤول في الحكومة
# الافغانية اليوم الاربعاء" (an official tied to a named government, GUIDELINES: a speaker; the text's Wednesday is
# 2015-07-29): assert; "وكانت مصادر حكومية أفغانية أعلنت عن مقتل الملا عمر" (sources tied to the Afghan government,
# README: "مصادر تركية رسمية" speak): assert, with the BBC of "حسبما نقلت عنها" a conduit in the same sentence (no
# claim); "وحسب المصادر" (its sentence's only attribution, the same sources): assert. The closing "رابط الخبر بصحيفة
# الوئام" is the byline.
i = 'snn-2015-07-31-1555'
t = news_text(i)
AFG_OFFICIAL = ["Afghan government official", "مسؤول في الحكومة الافغانية", "المسؤول", "Afghan government",
                "الحكومة الافغانية", "Afghanistan", "أفغانستان"]
AFG_SOURCES = ["Afghan government sources", "مصادر حكومية أفغانية", "المصادر", "Afghan government",
               "الحكومة الافغانية", "Afghanistan", "أفغانستان"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REJECT", "source": ["Taliban", "طالبان", "حركة طالبان", "الحركة"], "target": []}], "claims": [
    {"speaker": AFG_OFFICIAL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": AFG_SOURCES, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": AFG_SOURCES, "cue": cue(t, "حسب", 2), "stance": "assert"}]})
# --- SaudiNewsNet: IKEA offers to repair 27 million chests of drawers after two children died when units tipped over,
# the US Consumer Product Safety Commission says. IKEA North America's offer ("عرض إصلاح 27 مليون وحدة"، "تتيح آلية
# لربط وحدة الأدراج بالحائط") is made to its customers, a generic class (README: a mayor's offer to anyone who moves in
# is no AGREE): not coded. The children's deaths are accidents with no doer; the 14 reports IKEA and the commission
# received come from no named party: not coded. No events. Claims, all the commission's: قالت (the offer: assert),
# وذكرت (the mechanism: assert), "وقالت في بيان" (the tip-over risk: warn), "وأضاف البيان" (the 2014 deaths: assert)
# and "وقال البيان" (the deaths since 1989: assert). The commission is a US federal agency and lists the United States.
i = 'snn-2015-07-23-0671'
t = news_text(i)
CPSC = ["US Consumer Product Safety Commission", "CPSC", "المفوضية الأمريكية لسلامة المستهلك", "المفوضية",
        "لجنة سلامة المستهلك", "البيان", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": CPSC, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": CPSC, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": CPSC, "cue": cue(t, "قالت", 2), "stance": "warn"},
    {"speaker": CPSC, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": CPSC, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- SaudiNewsNet: crowds in Mahayil Asir bury two soldiers killed in action, Corporal Hassan al-Khatarishi and Lance
# Sergeant Ibrahim al-Munajjihi. The funeral, the funeral prayer led by the deputy governor and the police director,
# the plane bringing the bodies and the officials receiving it, Fallqi's condolences on behalf of the leadership and
# his prayer (دعا الله) are mourning: neither events nor claims (README; batches 10 and 64). The deaths
# ("استشهاد ابننا دفاعاً عن ... وطننا") have no doer. No events. Claims: Sheikh Amer al-Arabi's قال (pride in the
# martyr, his tribe a ransom for the homeland: assert; README: a tribute to the fallen is a claim but no SUPPORT),
# Sheikh Mohammed Abu Allama's أعرب (pride: assert) and مؤكداً (he and his tribe a ransom for the homeland: distinct
# content, assert). Each sheikh lists his tribe; neither keeps an alias holding محايل عسير (named on its own).
i = 'snn-2015-07-23-0473'
t = news_text(i)
ARABI = ["Amer bin Yahya al-Arabi", "عامر بن يحيى العربي", "العربي", "شيخ قبائل المنجحة", "قبائل المنجحة"]
ABU_ALLAMA = ["Mohammed Mohammed Abu Allama", "محمد محمد أبو علامة", "أبو علامة", "شيخ شمل قبائل آل ختارش",
              "قبائل آل ختارش"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": ARABI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ABU_ALLAMA, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": ABU_ALLAMA, "cue": cue(t, "مؤكداً"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch136.gold.jsonl', recs)
