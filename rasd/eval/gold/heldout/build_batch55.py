"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 55 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Jazirah: pharmacy-diploma holders complain that pharmacy colleges will not admit them through the bridging
# programme. The complainants wrote to the paper ("شكواهم لـ(الجزيرة)"، "رسالتهم المكتوبة") and two of them are
# named, so they are an identified group, not a bare one (decided, as batch 40's students "عدد من المبتعثين"); the
# two named students are in the group's list. Their complaint (اشتكى ... من الحرمان، with the body's blame of the
# colleges and of "تجاهل العديد من الجامعات") is one ACCUSE of the pharmacy colleges and universities (as batch 30's
# residents), undated. "تخصص الصيدلة واجه رفضاً كبيراً من قبل كليات الصيدلة" names the refusing party with من قبل
# (a passive-like clause with its agent, as batch 52 codes "هجروا ... من قبل تنظيم داعش"): REJECT of the students'
# admission by the colleges (decided), undated; "واجهوا العكس تماماً من قبل كلياتها" and "تتحجّج بحجج" re-tell it.
# Not coded: the ministry's adoption of the programme in 2010 (nominal, "اعتماد ... من قبل وزارة التعليم", and an
# internal rule), the students' years of demands (المطالبات, a masdar with no doer), the applied-medical-sciences
# colleges' taking in whoever applies (a general practice, no named party), the civil-service rule, and al-Shammari's
# "من الحلول السريعة ... إيجاد مقاعد" (a suggested solution stated inside his remark, with no addressee; decided no
# REQUEST). Claims: the group's اشتكى، ذكروا، قالوا، أضافوا، the plural مضيفين after al-Abdali's words (its
# speaker the group, al-Abdali in its list); al-Abdali's قال (the 1st قال is inside قالوا); al-Shammari's نوّه
# (the rule as an obstacle: assert). All accuse but نوّه. "المملكة" is not tagged, so the colleges keep no such form.
i = 'snn-2015-07-26-0524'
t = news_text(i)
ABDALI = ["Nabil al-Abdali", "نبيل العبدلي", "العبدلي"]
SHAMMARI = ["Khalid al-Shammari", "خالد الشمري", "الشمري"]
STUDENTS = (["pharmacy diploma holders", "طلاب من حاملي شهادة الدبلومات الصحية", "طلاب",
             "حاملي شهادة الدبلومات الصحية", "خريجي دبلوم الصيدلة", "حاملي دبلوم الصيدلة"] + ABDALI + SHAMMARI)
COLLEGES = ["pharmacy colleges", "كليات الصيدلة"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": STUDENTS, "target": COLLEGES + ["universities", "العديد من الجامعات", "الجامعات"]},
    {"code": "REJECT", "source": COLLEGES, "target": STUDENTS}], "claims": [
    {"speaker": STUDENTS, "cue": cue(t, "اشتكى"), "stance": "accuse"},
    {"speaker": STUDENTS, "cue": cue(t, "ذكروا"), "stance": "accuse"},
    {"speaker": STUDENTS, "cue": cue(t, "قالوا"), "stance": "accuse"},
    {"speaker": STUDENTS, "cue": cue(t, "أضافوا"), "stance": "accuse"},
    {"speaker": ABDALI, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": STUDENTS, "cue": cue(t, "مضيفين"), "stance": "accuse"},
    {"speaker": SHAMMARI, "cue": cue(t, "نوّه"), "stance": "assert"}]})
# --- Al-Yaum: Al-Fateh's first team reaches Tunis for its pre-season camp. "وكان في استقبال البعثة الفتحاوية ...
# ممثلو سفارة خادم الحرمين الشريفين بجمهورية تونس" is a hosted arrival: one CONSULT, the visiting delegation the
# source and the embassy's representatives the host (as batch 36 codes hosted group visits; the arrival and the
# reception are one visit), dated by "أول أمس الاثنين" (2015-07-20; the corpus day is a Wednesday). The club
# secretary who also received it belongs to the club itself: not added to the host (batch 45: attendees are not
# added). The coach's meeting with his own team is internal, the training sessions sport: no events. "تحدث ... عن
# البرنامج التدريبي" and "كشف عن الأهداف" name topics with no content (batches 25, 50): no claims. The embassy's list
# leaves out the full phrase (it holds تونس, named on its own) and the King's name.
i = 'snn-2015-07-22-1754'
t = news_text(i)
FATEH = ["Al-Fateh delegation", "Al-Fateh", "بعثة الفريق الأول لكرة القدم بنادي الفتح", "نادي الفتح", "الفتح",
         "البعثة الفتحاوية", "البعثة", "الفريق الفتحاوي"]
EMBASSY = ["Saudi embassy in Tunisia", "ممثلو سفارة خادم الحرمين الشريفين", "سفارة خادم الحرمين الشريفين",
           "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": FATEH, "target": EMBASSY, "date": "2015-07-20"}], "claims": []})
# --- Al-Riyadh (dpa): about 20 killed in two suicide bombings in Maroua, northern Cameroon. "انفجاريين انتحاريين
# نفذتهما فتاتان يشتبه بأنهما عضوتان في جماعة بوكو حرام" is a relative clause with its doers: one ASSAULT for the
# twin bombing (one clause, one pair of bombers, one city; decided one instance, not one per blast), the girls and
# Boko Haram in the source, Maroua the target; dated 2015-07-22 (decided: the officials' count "اليوم الاربعاء" of
# a fresh attack fixes its day, and the next sentence's "بعد يوم" leans on it). The previous day's attack on Kamouna
# ("قيام متمردو بوكو حرام باحراق ستة أطفال ... خلال هجوم على قرية كمونة" and the finite "احرق المسلحون أكثر من 300
# منزل") is a second ASSAULT, Boko Haram → Kamouna, dated 2015-07-21 by "بعد يوم". Claims: "قال مسؤولون وشهود عيان"
# is a bare source (GUIDELINES; batch 10's bare مسؤولون): no claim. The governor's "حسبما افاد" (its sentence's only
# attribution) and the named resident's قال (the 2nd; the 1st is the bare officials'), both assert. dpa is the
# resident's conduit.
i = 'snn-2015-07-22-1332'
t = news_text(i)
BOKO = ["Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "متمردو بوكو حرام", "المسلحون", "Boko Haram insurgents"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ASSAULT", "source": ["two girls", "فتاتان", "female suicide bombers"] + BOKO,
     "target": ["Maroua", "مروة", "مدينة مروة", "Cameroon", "الكاميرون"], "date": "2015-07-22"},
    {"code": "ASSAULT", "source": BOKO,
     "target": ["Kamouna", "كمونة", "قرية كمونة", "Cameroon", "الكاميرون"], "date": "2015-07-21"}], "claims": [
    {"speaker": ["Midjiyawa Bakari", "ميجياوا بكاري", "بكاري", "حاكم المنطقة", "governor of the Far North region",
                 "Cameroon", "الكاميرون"], "cue": cue(t, "حسبما افاد"), "stance": "assert"},
    {"speaker": ["Yagoua Salifou", "ياجويي ساليفه", "ساليفه", "احد السكان"], "cue": cue(t, "قال", 2),
     "stance": "assert"}]})
# --- Al-Madina (AFP): FIFA sets 26 February 2016 for the extraordinary congress that will elect Blatter's successor.
# The executive committee fixing the date of its own body's congress, Blatter's resignation (no party named as
# demanding it) and his call for the congress are FIFA's internal governance (as internal deliberations): not coded;
# Platini's earlier decision not to run and his "تلقيه دعمًا شفهيًا من أربعة اتحادات" (a masdar, unnamed
# confederations) neither. Coded: "ألقت السلطات السويسرية القبض على سبعة مسؤولين" is COERCE, dated 2015-05-27 (decided:
# "قبل يومين من الانتخابات" with the text's own "29 مايو الماضي" fixes the day); "كما وجهت اتهامات إلى 14 شخصًا" is
# read as the passive وُجِّهت (the charges were not Switzerland's), so with no doer it is not coded (decided).
# "تطالب السلطات القضائية الأمريكية بتسليمها الموقوفين" is REQUEST, its addressee the Swiss authorities who hold them
# (the sentence before names the arrest as "بطلب من القضاء الأمريكي"; decided over no target), undated ("حتى الآن");
# "الموقوفين الذين يرفضون ذلك" a relative clause with its doers: REJECT of the extradition demand, undated; Webb "الذي
# وافق على ذلك الأسبوع الماضي" yields to it: CONCEDE (as batch 23 codes yielding), undated (week only). His
# "أكد أنه غير مذنب" before the New York court denies the charges: REJECT (GUIDELINES) of the US judiciary and its
# court, undated; his release on bail is passive (تم الإفراج): not coded. Claims: FIFA's Twitter "وجاء على صفحة
# الفيفا" (assert); Webb's أكد (the 1st: deny); the source close to Platini is tied to a named person, like batch 37's
# friend tied to the attacker: its أكد (2nd), قال (the 2nd; the 1st is inside استقالته) and مضيفًا (assert). Lists
# hold no form with الفيفا (a speaker of its own) beside FIFA's.
i = 'snn-2015-07-21-1189'
t = news_text(i)
SWISS = ["Swiss authorities", "السلطات السويسرية", "Switzerland"]
US_JUDICIARY = ["US judicial authorities", "السلطات القضائية الأمريكية", "القضاء الأمريكي", "United States"]
DETAINEES = ["seven FIFA officials", "سبعة مسؤولين على مستوى عالٍ", "سبعة مسؤولين", "الموقوفين"]
WEBB = ["Jeffrey Webb", "جيفري ويب", "ويب"]
PLATINI_SOURCE = ["source close to Michel Platini", "مصدر مقرب من الفرنسي ميشال بلاتيني", "مصدر مقرب", "المصدر"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE", "source": SWISS, "target": DETAINEES, "date": "2015-05-27"},
    {"code": "REQUEST", "source": US_JUDICIARY, "target": SWISS},
    {"code": "REJECT", "source": DETAINEES, "target": US_JUDICIARY},
    {"code": "CONCEDE", "source": WEBB, "target": US_JUDICIARY},
    {"code": "REJECT", "source": WEBB,
     "target": US_JUDICIARY + ["New York court", "المحكمة في نيويورك", "المحكمة"]}], "claims": [
    {"speaker": ["FIFA", "الفيفا", "فيفا", "الاتحاد الدولي لكرة القدم"], "cue": cue(t, "جاء"), "stance": "assert"},
    {"speaker": WEBB, "cue": cue(t, "أكد", 1), "stance": "deny"},
    {"speaker": PLATINI_SOURCE, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": PLATINI_SOURCE, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": PLATINI_SOURCE, "cue": cue(t, "مضيفًا"), "stance": "assert"}]})
# --- Al-Watan: the head of the Asir religious police (the Hay'a), Amer al-Amer, condemns the suicide bombing at the
# Emergency Forces mosque. أدان is ACCUSE whose target is the doer the text names (README): "متطرفي فكر الدواعش",
# undated (no day for his words). The attack itself is told in his quote with its doer ("بهذا الهجوم الغاشم من قبل
# متطرفي فكر الدواعش"، "بتفجير أحدهم نفسه متسللا بين رجال الأمن"): one ASSAULT on the security men (a historical
# clause inside a statement with its doer named, batches 37–40), undated (the text gives no day). Claims: أدان,
# أعتبره (the relative clause's own verdict, as batch 50 counts ندد and وصفه apart) and قائلا, all accuse. عسير is
# named on its own (بعسير), so no list keeps a form holding it.
i = 'snn-2015-08-07-0636'
t = news_text(i)
AMER = ["Amer al-Amer", "عامر العامر", "العامر", "head of the Commission for the Promotion of Virtue in Asir",
        "رئيس الهيئات", "Saudi Arabia"]
DAESH = ["ISIS", "Islamic State", "داعش", "الدواعش", "متطرفي فكر الدواعش", "ISIS extremists"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": AMER, "target": DAESH + ["suicide bomber", "أحدهم"]},
    {"code": "ASSAULT", "source": DAESH + ["suicide bomber", "أحدهم"],
     "target": ["security men of the Emergency Forces", "رجال الأمن", "جنودنا البواسل", "رجال الأمن بإدارة الطوارئ",
                "إدارة أمن الطوارئ", "Emergency Forces"]}], "claims": [
    {"speaker": AMER, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": AMER, "cue": cue(t, "أعتبره"), "stance": "accuse"},
    {"speaker": AMER, "cue": cue(t, "قائلا"), "stance": "accuse"}]})
# --- Jawhara FM: ISIS claims yesterday's (Wednesday 2017-03-22) attack near the British parliament. The claim of
# responsibility ("أعلن ... مسؤوليته عن الهجوم", today, Thursday) names the attack's doer: one ASSAULT (README: a
# claimed attack gives the ASSAULT), the attacker's ramming and stabbing ("دهس المهاجم ... وطعن شرطيا") being the same
# act, ISIS and the attacker in the source, dated 2017-03-22; no claim for أعلن ... مسؤوليته (README, batches 26, 40).
# The police shooting the attacker dead ("سارعت قوات الشرطة ... إلى إطلاق النار على المهاجم فأردته قتيلا") is a
# second ASSAULT (the force returning fire, batch 27–28 call), same day. May's "كان موضع تحقيق لجهاز الاستخبارات
# البريطانية قبل سنوات" names the investigating body: ACCUSE (investigation, batches 37–44) MI5 → attacker (decided:
# "was the subject of an investigation by" is a passive with its agent), undated. Claims: "وفق الشرطة البريطانية"
# (its sentence's only attribution: assert) and May's أعلنت (assert).
i = 'ant-JA-internationalNews-577-20170323'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش"]
ATTACKER = ["attacker", "المهاجم", "المعتدي", "منفذ الهجوم"]
POLICE = ["British police", "قوات الشرطة", "الشرطة", "الشرطة البريطانية", "United Kingdom", "Britain", "بريطانيا"]
recs.append({"id": i, "text": t, "published": "2017-03-23", "events": [
    {"code": "ASSAULT", "source": ISIS + ATTACKER,
     "target": ["pedestrians", "عددا من المارة", "المارة", "policeman", "شرطيا", "الشرطي", "London", "لندن",
                "United Kingdom", "Britain", "بريطانيا"], "date": "2017-03-22"},
    {"code": "ASSAULT", "source": POLICE, "target": ATTACKER, "date": "2017-03-22"},
    {"code": "ACCUSE", "source": ["MI5", "British intelligence service", "جهاز الاستخبارات البريطانية",
                                  "United Kingdom", "Britain"], "target": ATTACKER}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": ["Theresa May", "تيريزا ماي", "ماي", "British Prime Minister", "رئيسة الوزراء البريطانية",
                 "United Kingdom", "Britain", "بريطانيا"], "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- Jawhara FM: Finance Minister Lamia Zribi (today, Wednesday 2017-04-12) says Tunisia has no choice but to make
# the IMF talks succeed. "بعثة صندوق النقد الدولي التي تواصل زيارتها إلى تونس" is a relative clause with its doer:
# the mission's visit and the talks it holds ("المحادثات بين الطرفين", "تونس في تنسيق يومي ومستمر مع بعثة") are one
# CONSULT, the visiting mission the source and Tunisia the host (batch 45: a visit and its meeting are one CONSULT;
# decided: the coordination is these talks, no separate COOPERATE), undated (an ongoing visit, no day). Not coded:
# the IMF board's coming decision on the loan tranche (a forecast), the mission's coming report, the plenary approving
# the development plan (legislation, no party), "تونس تعول ... على صندوق النقد" (reliance, no act). Claims: أكدت,
# تحدثت (its object "بوادر إيجابية" is an assessment, not a bare topic; decided a claim), مشيرة، قالت، مضيفة, all
# assert.
i = 'ant-JA-economy-207-20170412'
t = news_text(i)
ZRIBI = ["Lamia Zribi", "لمياء الزريبي", "الزريبي", "Minister of Finance", "وزيرة المالية", "الوزيرة", "Tunisia",
         "تونس"]
recs.append({"id": i, "text": t, "published": "2017-04-12", "events": [
    {"code": "CONSULT", "source": ["IMF mission", "بعثة صندوق النقد الدولي", "صندوق النقد الدولي", "IMF",
                                   "International Monetary Fund", "الصندوق"],
     "target": ZRIBI + ["Tunisian government"]}], "claims": [
    {"speaker": ZRIBI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": ZRIBI, "cue": cue(t, "تحدثت"), "stance": "assert"},
    {"speaker": ZRIBI, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": ZRIBI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ZRIBI, "cue": cue(t, "مضيفة"), "stance": "assert"}]})
# --- Jawhara FM (TAP): residents of Hay Ennasr (Mornaguia) block national road 5 again this morning (Sunday
# 2016-08-14) over the changed taste of their drinking water; SONEDE's Manouba head answers. The road blockade is one
# PROTEST with no target (README: a protest needs none; the text names no addressee), dated. "هدد المتساكنون
# بالدخول في اعتصام مفتوح ... وقطع الطريق بنصب الخيام، مع الامتناع عن تسديد فواتير الشركة" is an announced sit-in
# and a threatened refusal to pay: one THREATEN (as batches 49–52 join a planned sit-in and strike), against SONEDE,
# whose bills they would withhold; dated 2016-08-14 (decided: the threat is made at today's protest). Yahyaoui's
# "أي حديث عن مياه غير صالحة للشراب، هو أمر مجانب للصواب" explicitly denies the residents' complaint: REJECT (README:
# REJECT with an explicit denial) of the residents, undated (no day for his statement). The company's mixing of
# waters ("والذي اعتمدته الشركة") is its own operation: not coded. Claims: the residents are tied to a named
# neighbourhood (batch 30's residents): their هدد (warn); Yahyaoui's استغرب (1st: deny), معتبرا (deny), the second
# استغرب (deny), أفاد (assert) and "التي قال إنها حققت" (a distinct content about Manouba: assert). TAP is the
# conduit. Yahyaoui's title holds منوبة (named on its own): left out.
i = 'ant-JA-localNews-1663-20160814'
t = news_text(i)
RESIDENTS = ["residents of Hay Ennasr", "عدد من سكان حي النصر", "سكان حي النصر", "المتساكنون", "أهالي الحي"]
SONEDE = ["SONEDE", "الصوناد", "الشركة الوطنية لاستغلال وتوزيع المياه", "الشركة"]
YAHYAOUI = ["Hichem Yahyaoui", "هشام اليحياوي", "اليحياوي", "المتحدث"] + SONEDE
recs.append({"id": i, "text": t, "published": "2016-08-14", "events": [
    {"code": "PROTEST", "source": RESIDENTS, "target": [], "date": "2016-08-14"},
    {"code": "THREATEN", "source": RESIDENTS, "target": SONEDE, "date": "2016-08-14"},
    {"code": "REJECT", "source": YAHYAOUI, "target": RESIDENTS}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": YAHYAOUI, "cue": cue(t, "استغرب", 1), "stance": "deny"},
    {"speaker": YAHYAOUI, "cue": cue(t, "معتبرا"), "stance": "deny"},
    {"speaker": YAHYAOUI, "cue": cue(t, "استغرب", 2), "stance": "deny"},
    {"speaker": YAHYAOUI, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": YAHYAOUI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Jawhara FM: the senior executives' union of the Gafsa Phosphate Company strikes today (Friday 2016-11-04) after
# no solution was reached with the company. The strike held is PROTEST with no target (README: strikes held), dated.
# "النقابة تطالب أساسا بتنقيح الأمر 15-32 ... إلى جانب جملة المطالب الأخرى" (with the list submitted to the company)
# is REQUEST to the company, undated (the statement has no day). "استوفت جميع وسائل التفاوض مع الشركة" tells no
# meeting (the talks are a masdar object; decided no CONSULT), and "عدم التوصل إلى حلّ" is negated. Claims: the
# union's secretary-general is an office of a named union (GUIDELINES: tied to a named institution): أوضح (assert)
# and أضاف (the demands: other). The union's list holds no form with "بشركة فسفاط قفصة" (the company is an actor).
i = 'ant-JA-localNews-2720-20161104'
t = news_text(i)
UNION = ["Union of Senior Executives", "نقابة الإطارات العليا", "النقابة",
         "الكاتب العام لنقابة الإطارات العليا", "الكاتب العام"]
recs.append({"id": i, "text": t, "published": "2016-11-04", "events": [
    {"code": "PROTEST", "source": UNION, "target": [], "date": "2016-11-04"},
    {"code": "REQUEST", "source": UNION, "target": ["Gafsa Phosphate Company", "CPG", "شركة فسفاط قفصة", "الشركة"]}],
    "claims": [
    {"speaker": UNION, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": UNION, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- Jawhara FM (Reuters): ESET and Dragos find malware able to cut power by shutting grid switches. The December
# 2016 cyber attack on Ukraine's grid and the one a year before are nominal with no doer: not coded; finding and
# analysing malware and Reuters reading a report are no PLOVER events. Claims: the two firms' قالت and تقول (assert);
# the report's "وقال إن الشركة تعتقد" (its subject the masculine تقرير, so ESET's report: the 2nd قال, the 1st being
# inside قالت) and مرجعة (the reason it gives, a distinct content), both ESET's (assert). Reuters is the conduit.
i = 'ant-JA-technology-82-20170612'
t = news_text(i)
ESET = ["ESET", "إي.إس.إي.تي", "شركة إي.إس.إي.تي", "الشركة"]
FIRMS = ["ESET and Dragos", "شركتان متخصصتان في أمن الإنترنت", "شركتان", "Dragos", "دراجوس إنك", "دراجوس"] + ESET[:3]
recs.append({"id": i, "text": t, "published": "2017-06-12", "events": [], "claims": [
    {"speaker": FIRMS, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": FIRMS, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": ESET, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ESET, "cue": cue(t, "مرجعة"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch55.gold.jsonl', recs)
