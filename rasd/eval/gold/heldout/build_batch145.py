"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 145 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-07-25): South Korean police announced "امس الجمعة" (2015-07-24) that they arrested a
# man (Lee, 33) who threatened to kill US ambassador Mark Lippert. "اعتقلت رجلاً" re-told as "واعتقل الرجل في 14
# يوليو" is one COERCE police → Lee, dated 2015-07-14 (the day the text gives the arrest; the announcement's day is
# the claim's). "رجلاً ... هدد بقتل السفير الأمريكي" (a relative clause with its doer, re-told by the official's "وجه
# التهديد في تعليق") is one THREATEN Lee → Lippert, undated (the comment has no day). "ووجدت الشرطة على جهاز الكمبيوتر
# الخاص به اتصالا ... ومسودة عن التعليق" is the police investigation tying the comment to him: ACCUSE police → Lee
# (batches 8–9: an investigation that names the culprit), undated. "ونفى أن يكون صاحب التعليق" is a denial of the
# charge: REJECT Lee → police, undated. "وتم توجيه تهمة محاولة الاغتيال لكيم كي-جونغ" is a passive charge: ACCUSE
# by the South Korean authorities → Kim (decided: the sentence names no authority, so the police that the article
# reports, with their state), undated (March, no day). Not coded: the stabbing of Lippert ("تعرض للطعن": passive with no
# agent; "الهجوم على السفير": a verbal noun, background), the US embassy's tip ("بعد بلاغ من السفارة": a noun after
# بعد, background), Kim's opposition to the joint drills ("لمعارضته": a noun; his "يقول" characterises the drills,
# decided: no ACCUSE of a state), the police withholding details (no act towards a party). Claims: the police's أعلنت
# (assert) and "قالت الشرطة" (assert); the senior police official's قال (assert); Lee's هدد (a threat: warn, as
# earlier batches take هدد) and نفى (deny); Kim's قال to investigators (assert) and يقول (criticism of the drills:
# accuse, decided). "لم تفصح" is negated. سيول is named on its own, so no list holds "شرطة سيول" or "لدى سيول".
i = 'snn-2015-07-25-0648'
t = news_text(i)
SK_POLICE = ["South Korean police", "الشرطة الكورية الجنوبية", "الشرطة", "South Korean authorities", "South Korea"]
SK_OFFICIAL = ["senior police official", "مسؤول كبير في شرطة", "مسؤول كبير"] + SK_POLICE
LEE = ["Lee", "لي", "رجلاً", "الرجل"]
LIPPERT = ["Mark Lippert", "مارك ليبرت", "ليبرت", "السفير الأمريكي", "السفير ليبرت", "US ambassador", "United States"]
KIM = ["Kim Ki-jong", "كيم كي-جونغ", "كيم"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "COERCE", "source": SK_POLICE, "target": LEE, "date": "2015-07-14"},
    {"code": "THREATEN", "source": LEE, "target": LIPPERT},
    {"code": "ACCUSE", "source": SK_POLICE, "target": LEE},
    {"code": "REJECT", "source": LEE, "target": SK_POLICE},
    {"code": "ACCUSE", "source": SK_POLICE, "target": KIM}], "claims": [
    {"speaker": SK_POLICE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": LEE, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": SK_OFFICIAL, "cue": cue(t, "وقال", 1), "stance": "assert"},
    {"speaker": SK_POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": LEE, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": KIM, "cue": cue(t, "وقال", 2), "stance": "assert"},
    {"speaker": KIM, "cue": cue(t, "يقول"), "stance": "accuse"}]})
# --- Ain Alyoum (Cairo; Friday 2015-07-24): Egyptian police arrest 8 Zamalek fans after the derby lost to Al-Ahly on
# Tuesday (2015-07-21). "ألقت الشرطة المصرية القبض على 8 من جماهير نادي الزمالك" is one COERCE police → the fans; the
# body's "دفعت هذه الاعتداءات الأجهزة الأمنية إلى تفريق الجماهير الغاضبة بعد إلقاء القبض على 8 منهم" re-tells the
# arrest and adds the dispersal of the same crowd by the same forces: folded into the one COERCE (decided: crowd
# control of one crowd in one sentence with its arrests). "بعد الاشتباك مع الأمن ومحاولتهم الاعتداء على نادي الزمالك"
# with the body's finite "عادوا وحاولوا الاعتداء على منشآت النادي والأمن" is one ASSAULT fans → the club's facilities
# and the security forces (decided: an attempted attack begun after a clash is coded; property of a club is CAMEO
# 1712, batch 27). Both dated 2015-07-21 (decided: "عقب نهاية مباراة الفريق" ties them to the match the text dates
# "الثلاثاء"). Not coded: the clashes between Ahly and Zamalek fans ("اشتباكات محدودة وقعت بين": told only as a noun,
# batches 77–80), the match and the goals (sport), the Ahly fans' street celebrations, and PM Mahlab's decision, taken
# in consultation with his interior and defence ministers, to move the match and play it behind closed doors
# (internal government deliberation, told as background with "كانت ... لولا"; no party targeted; decided). Claims:
# none — "أكد مصدر أمني" is a bare security source tied to no named institution (GUIDELINES: bare sources). The
# target list leaves out "نادي الزمالك", which the fans' name holds.
i = 'snn-2015-07-24-0136'
t = news_text(i)
EG_POLICE = ["Egyptian police", "الشرطة المصرية", "الأجهزة الأمنية", "Egypt"]
ZAMALEK_FANS = ["Zamalek fans", "8 من جماهير نادي الزمالك", "جماهير نادي الزمالك", "جماهير الزمالك",
                "عدداً من جماهير الزمالك", "الجماهير الغاضبة"]
CLUB_SECURITY = ["Zamalek club facilities", "منشآت النادي", "security forces", "الأمن"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "COERCE", "source": EG_POLICE, "target": ZAMALEK_FANS, "date": "2015-07-21"},
    {"code": "ASSAULT", "source": ZAMALEK_FANS, "target": CLUB_SECURITY, "date": "2015-07-21"}], "claims": []})
# --- SaudiNewsNet (Jeddah): a team of King Abdulaziz University's Faculty of Medicine and University Hospital, led
# by the faculty's vice dean, visits East Jeddah Hospital (Ministry of Health) and meets the assistant director of
# Jeddah health affairs and the hospital's management. A university and a ministry hospital are separate bodies (not
# internal): "قام فريق ... بزيارة إلى مستشفى شرق جدة، حيث اجتمع الفريق بمساعد مدير الشئون الصحية ... وأعضاء إدارة
# المستشفى" is one CONSULT team → the hospital (the visitor as source; the briefing "اطلع" and the tour "قام الفريق
# بجولة" and the passive discussion are the visit itself). "وأبدى الفريق إعجابه بالتجهيزات المتقدمة لمستشفى شرق جدة"
# is praise: SUPPORT team → hospital. "كما أبدى استعداد كلية الطب والمستشفى الجامعي لتقديم كل الدعم" is an offer:
# AGREE team → hospital. "وأبدت إدارة مستشفى شرق جدة ترحيبها التام بجميع الطلبة وبتواجدهم في المستشفى" accepts the
# students' training there (acceptance in principle, batches 113–120): AGREE hospital → the faculty (decided). "اتفاقية
# التعاون بين وزارة الصحة وجامعة المؤسس، والتي قام بتوقيعها معالي نائب وزير الصحة ومدير الجامعة المكلف مؤخراً" is a
# signing in a relative clause with its doers: one two-sided SUPPORT with both signers in the source and no target
# (batches 77–80: joint signers), its content ("وتشمل مشاركة ...") no AGREE of its own. All undated (no day; مؤخراً is
# vague). Claims: the team's أبدى (1st, admiration: assert) and أبدى (2nd, the offer: promise); the hospital
# management's أبدت (the welcome of the students states acceptance: assert, decided). "حسب خطة إدارة مستشفى شرق جدة"
# cites a plan, not a statement. جدة is named on its own (بمحافظة جدة), so no list holds a form with it.
i = 'snn-2015-08-06-1129'
t = news_text(i)
KAU_TEAM = ["King Abdulaziz University Faculty of Medicine team", "فريق من كلية الطب والمستشفى الجامعي", "الفريق",
            "كلية الطب", "المستشفى الجامعي", "وكيل كلية الطب", "King Abdulaziz University", "جامعة الملك عبدالعزيز"]
EJH = ["East Jeddah Hospital", "إدارة المستشفى", "أعضاء إدارة المستشفى", "مساعد مدير الشئون الصحية",
       "Jeddah Health Affairs", "Saudi Ministry of Health", "وزارة الصحة"]
SIGNERS = ["Saudi Ministry of Health", "وزارة الصحة", "نائب وزير الصحة", "King Abdulaziz University", "جامعة المؤسس",
           "جامعة الملك عبدالعزيز", "مدير الجامعة المكلف", "مدير الجامعة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": KAU_TEAM, "target": EJH},
    {"code": "SUPPORT", "source": KAU_TEAM, "target": EJH},
    {"code": "AGREE", "source": KAU_TEAM, "target": EJH},
    {"code": "AGREE", "source": EJH, "target": KAU_TEAM},
    {"code": "SUPPORT", "source": SIGNERS, "target": []}], "claims": [
    {"speaker": KAU_TEAM, "cue": cue(t, "أبدى", 1), "stance": "assert"},
    {"speaker": KAU_TEAM, "cue": cue(t, "أبدى", 2), "stance": "promise"},
    {"speaker": EJH, "cue": cue(t, "أبدت"), "stance": "assert"}]})
# --- SaudiNewsNet: Andre Anderson, a black officer, named interim police chief of Ferguson, Missouri. The appointment
# ("اختير": passive, inside the city) is internal: no event; so is Mayor James Knowles introducing and praising his
# own new chief (batch 120: praise of one's own new chief is internal). "صدور تقرير يتهم سلطات المدينة بالعنصرية"
# and "أعدت وزارة العدل تقريرا كشف عن ممارسات عنصرية داخل الشرطة وفي أجهزة البلدية" are one report: one ACCUSE US
# Justice Department → Ferguson's authorities and police (publishing a report on abuses is ACCUSE, batches 73–76).
# In Cincinnati, "رجل أسود قتل برصاصة في الرأس أطلقها عليه شرطي خلال عملية" has its doer in the relative clause:
# ASSAULT a policeman → Samuel DuBose. "طالب محتجون بنشر صور فيديو" is a demand with no addressee named: REQUEST
# protesters → no target (the protesters are an indefinite group: an event, no claim, as batch 59's tweeters). "ووعد
# المسؤولون في البلدية بفتح تحقيق" is an investigation pledge: ACCUSE Cincinnati officials → the policeman (batches
# 57–60). All undated. Not coded: Michael Brown's killing ("مقتل ... برصاص الشرطي دارن ولسن": a verbal noun,
# background), the unrest and nationwide demonstrations (no actor: "نظمت" passive), DuBose's arrest (a noun), Anderson's
# plans and pledges to his community (a vague pledge with no counterpart). Claims: Knowles's قال (his hope: assert)
# and قدم (the quoted praise: assert); Anderson's قال (what he will do: promise) and وعد (promise); the Justice
# Department's report, its يتهم (accuse) and كشف (accuse), one report told twice with different content (decided: two
# cues); the Cincinnati officials' وعد (promise). فيرجسون is named on its own, so no list holds "شرطة مدينة فيرجسون";
# "البلدية" alone is left out of Ferguson's list (the Cincinnati officials' "المسؤولون في البلدية" holds it).
i = 'snn-2015-07-24-0864'
t = news_text(i)
DOJ = ["US Department of Justice", "وزارة العدل", "United States"]
FERGUSON = ["Ferguson authorities", "سلطات المدينة", "Ferguson police", "الشرطة", "أجهزة البلدية"]
POLICEMAN = ["policeman who shot DuBose", "شرطي", "الشرطي المتهم"]
DUBOSE = ["Samuel DuBose", "صمويل دوبوسي", "دوبوسي", "رجل أسود"]
PROTESTERS = ["protesters", "محتجون"]
CINCY = ["Cincinnati officials", "المسؤولون في البلدية", "Cincinnati", "سينسيناتي"]
KNOWLES = ["James Knowles", "جيمس نولز", "نولز", "رئيس بلدية المدينة"]
ANDERSON = ["Andre Anderson", "أندريه أندرسن", "أندرسن", "الكومندان أندرسن"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": DOJ, "target": FERGUSON},
    {"code": "ASSAULT", "source": POLICEMAN, "target": DUBOSE},
    {"code": "REQUEST", "source": PROTESTERS, "target": []},
    {"code": "ACCUSE", "source": CINCY, "target": POLICEMAN}], "claims": [
    {"speaker": DOJ, "cue": cue(t, "يتهم"), "stance": "accuse"},
    {"speaker": KNOWLES, "cue": cue(t, "وقال", 1), "stance": "assert"},
    {"speaker": KNOWLES, "cue": cue(t, "وقدم"), "stance": "assert"},
    {"speaker": ANDERSON, "cue": cue(t, "وقال", 2), "stance": "promise"},
    {"speaker": ANDERSON, "cue": cue(t, "ووعد", 1), "stance": "promise"},
    {"speaker": DOJ, "cue": cue(t, "كشف"), "stance": "accuse"},
    {"speaker": CINCY, "cue": cue(t, "ووعد", 2), "stance": "promise"}]})
# --- SaudiNewsNet (Friday 2015-07-31): Taiwan students protesting the new "China-centred" curriculum occupy part of
# the Ministry of Education "اليوم الجمعة", after a student leader's suicide. "احتل مئات الطلاب ... جزءا من وزارة
# التعليم" is a sit-in: PROTEST students → the ministry, dated 2015-07-31 (protesters occupying a building protest; no
# COERCE), their vow to stay until the ministry changes its decision folded in (a protest's demands are no events).
# "حث الطلاب أقرانهم بالمدارس الثانوية في المدن والمقاطعات الاخرى على الانضمام إليهم" is a call on a group outside the
# protesters: REQUEST students → their peers, dated 2015-07-31 (the press conference "اليوم الجمعة"). "وكانت الشرطة قد
# اعتقلت لين ومتظاهرين آخرين في 24 تموز/يوليو" is COERCE police → Lin and the protesters, dated 2015-07-24; "بعد أن
# اقتحموا مقر وزير التعليم" (finite, its doers the arrested) is a second PROTEST, undated (before the arrest, no day;
# decided: a storming by protesters is a protest act, not ASSAULT). "قال وزير التعليم ... إن الوزارة ستقاضي 24 من
# زعماء طلاب المدارس الثانوية" is an announced lawsuit: THREATEN ministry → the 24 leaders (batches 81–84, 121–128),
# undated. "وجرى إطلاق سراح بعض المعتقلين من بينهم لين بكفالة" is a release on bail: RETREAT police → Lin and the
# detainees (decided: a passive release given to the police the text names as arresting them, as passive arrests
# are the reporting police's), undated. "وزار وزير التعليم والدي لين بعد وقت قصير من المأساة" is a condolence visit:
# CONSULT minister → Lin's parents (batches 33–36), undated ("shortly after" the Thursday suicide fixes no day;
# decided). Not coded: the suicide, the referral of the detainees to prosecutors ("وجرى إرسال": passive, part of the
# arrest's handling), the wave of protests (a noun). Claims: the students' متعهدين (a vow: promise) and حث (other;
# decided: the protesting students are the article's identified group holding a press conference, so they speak);
# the Central News Agency's قالت (assert); the minister's قال (the lawsuit: warn). تايوان is named on its own, so the
# agency's list leaves out its full name with "في تايوان".
i = 'snn-2015-07-31-0670'
t = news_text(i)
STUDENTS = ["protesting students", "مئات الطلاب", "الطلاب"]
PEERS = ["high-school students in other cities", "أقرانهم بالمدارس الثانوية", "أقرانهم"]
MOE_TW = ["Taiwan Ministry of Education", "وزارة التعليم", "الوزارة", "وزير التعليم", "وو سي-هوا", "Wu Se-hwa",
          "Taiwan", "تايوان"]
TW_POLICE = ["Taiwan police", "الشرطة", "Taiwan"]
LIN = ["Lin Kuan-hua", "لين كوان-هوا", "لين", "أحد زعماء الطلاب", "متظاهرين آخرين", "المعتقلين", "protesters"]
LEADERS = ["24 high-school student leaders", "24 من زعماء طلاب المدارس الثانوية", "زعماء طلاب المدارس الثانوية"]
PARENTS = ["parents of Lin Kuan-hua", "والدي"]
CNA = ["Central News Agency", "وكالة الانباء المركزية الرسمية", "وكالة الانباء المركزية"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "PROTEST", "source": STUDENTS, "target": MOE_TW, "date": "2015-07-31"},
    {"code": "REQUEST", "source": STUDENTS, "target": PEERS, "date": "2015-07-31"},
    {"code": "COERCE", "source": TW_POLICE, "target": LIN, "date": "2015-07-24"},
    {"code": "PROTEST", "source": LIN, "target": MOE_TW},
    {"code": "THREATEN", "source": MOE_TW, "target": LEADERS},
    {"code": "RETREAT", "source": TW_POLICE, "target": LIN},
    {"code": "CONSULT", "source": MOE_TW, "target": PARENTS}], "claims": [
    {"speaker": STUDENTS, "cue": cue(t, "متعهدين"), "stance": "promise"},
    {"speaker": STUDENTS, "cue": cue(t, "حث"), "stance": "other"},
    {"speaker": CNA, "cue": cue(t, "وقالت"), "stance": "assert"},
    {"speaker": MOE_TW, "cue": cue(t, "وقال", 2), "stance": "warn"}]})
# --- Al-Watan via SaudiNewsNet (Thursday 2015-08-06): Khartoum keeps quiet about the visit of US envoy to the two
# Sudans Donald Booth, who arrived "أمس" (2015-08-05) for four days. "المبعوث الأميركي ... الذي وصلها أمس في زيارة"
# is CONSULT Booth → Sudan, dated 2015-08-05 (the visitor as source; the secrecy is no act towards a party). The
# informed sources inside the Sudanese government (tied to a named government: speakers) report "المسؤول الأميركي
# يحمل في جعبته كثيرا من الاقتراحات لتطوير العلاقات": proposals are AGREE (GUIDELINES; batches 93–96: an offer carried by
# envoys) Booth → Sudan, undated. "وكان ميناء بورتسودان استقبل الشهر الماضي سفينة أميركية ... تحمل ... المواد
# الغذائية، لإغاثة المتضررين" is US food aid: AID United States → Sudan's affected, undated (last month; decided: the
# giver named by the adjective, as batches 97–100 give "ضربة جوية أمريكية" to the US). Ghandour "كان قد تحدث مع
# الرئيس الأميركي باراك أوباما خلال لقائهما أواخر الشهر الماضي في أديس أبابا" is a meeting: CONSULT Ghandour →
# Obama (the first-named party as source), undated; what he raised, "ضرورة بدء حوار جاد بين مسؤولي الدولتين", is a
# call: REQUEST Ghandour → Obama (decided: a "ضرورة" call, batches 93–96), undated. "أوباما أبدى مرونة في ذلك" accepts
# the dialogue in principle: AGREE Obama → Ghandour/Sudan, and "أشاد بتعهد الخرطوم" is praise: SUPPORT Obama → Sudan,
# both undated. Not coded: the two states accusing each other of backing rebels, the US lifting its export ban,
# Khartoum's hint of cooperation and its pledge on South Sudan (all verbal nouns, background); the expected Sudanese
# flexibility (a forecast). Claims: the sources' أشارت, توقعت (a forecast), أضافت and مؤكدة (all assert);
# Ghandour's تحدث (embedded speech with content, a call: other; decided); Obama's أشاد and مشيرا (assert; the
# masculine مشيرا is Obama's, the sources' participles are feminine). "عده مراقبون" is a bare group. No list holds
# السودان, which "جنوب السودان" also holds; Booth's title holds it too and is left out.
i = 'snn-2015-08-06-2034'
t = news_text(i)
SUDAN = ["Sudan", "الخرطوم", "Sudanese government", "الحكومة السودانية"]
BOOTH = ["Donald Booth", "دونالد بوث", "بوث", "المسؤول الأميركي", "US envoy", "United States", "واشنطن"]
US = ["United States", "واشنطن", "سفينة أميركية"]
SUDAN_AFFECTED = SUDAN + ["المتضررين"]
GHANDOUR = ["Ibrahim Ghandour", "إبراهيم غندور", "غندور", "وزير الخارجية السوداني"] + SUDAN
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "الرئيس الأميركي", "United States", "واشنطن"]
SOURCES = ["informed sources inside the Sudanese government", "مصادر مطلعة داخل الحكومة السودانية", "مصادر مطلعة",
           "المصادر"] + SUDAN
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": BOOTH, "target": SUDAN, "date": "2015-08-05"},
    {"code": "AGREE", "source": BOOTH, "target": SUDAN},
    {"code": "AID", "source": US, "target": SUDAN_AFFECTED},
    {"code": "CONSULT", "source": GHANDOUR, "target": OBAMA},
    {"code": "REQUEST", "source": GHANDOUR, "target": OBAMA},
    {"code": "AGREE", "source": OBAMA, "target": GHANDOUR},
    {"code": "SUPPORT", "source": OBAMA, "target": SUDAN}], "claims": [
    {"speaker": SOURCES, "cue": cue(t, "وأشارت"), "stance": "assert"},
    {"speaker": SOURCES, "cue": cue(t, "وتوقعت"), "stance": "assert"},
    {"speaker": SOURCES, "cue": cue(t, "وأضافت"), "stance": "assert"},
    {"speaker": GHANDOUR, "cue": cue(t, "تحدث"), "stance": "other"},
    {"speaker": SOURCES, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Ain Alyoum: writer Kawthar al-Arbash, mother of the martyr Mohammed al-Essa (one person: the verbs that follow
# are singular), condemns the bombing of the Emergency Forces mosque in Asir. "استنكرت ... خبر تفجير مسجد الطوارئ في
# عسير" is a condemnation whose doers the text does not name ("هؤلاء" in her tweet): ACCUSE with no target (batches
# 6–7), undated (the statement has no day; "اليوم" in her tweet is generic). The bombing itself is a verbal noun.
# Claims: استنكرت (accuse); "وأكدت ... بقولها" one statement, cue أكدت (her disbelief at the attackers: accuse);
# أضافت (no tears or condemnation suffice: assert); مضيفة (the hope that targeting stops: assert). "داعية الله أن يرحم
# الشهداء" is a prayer: no claim. Her list leaves out "والدة الشهيد محمد العيسى", which names her son, another person.
i = 'snn-2015-08-06-0137'
t = news_text(i)
ARBASH = ["Kawthar al-Arbash", "كوثر الأربش", "الأربش", "الكاتبة الصحافية"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": ARBASH, "target": []}], "claims": [
    {"speaker": ARBASH, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": ARBASH, "cue": cue(t, "وأكدت"), "stance": "accuse"},
    {"speaker": ARBASH, "cue": cue(t, "وأضافت"), "stance": "assert"},
    {"speaker": ARBASH, "cue": cue(t, "مضيفة"), "stance": "assert"}]})
# --- SaudiNewsNet opinion column: why are Saudi series, articles and programmes attacking Saudi society? The
# columnist is the narrator (no speaker); the series, channels and media that "تهاجم كل ما هو سعودي" are a generic
# class with no named actor, and the weekly session's questions are the writer's own. No events, no claims.
i = 'snn-2015-07-21-1093'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": []})
# --- SaudiNewsNet (sport): Al-Hilal honorary member Prince Abdullah bin Saad asks the Saudi Football Federation for a
# scouting mechanism. "طالب ... الاتحاد السعودي لكرة القدم بوضع آلية لكشافي الأندية" with the quoted "الاتحاد السعودي
# لكرة القدم مطالب باستحداث لجنة كشافي الأندية" (the same demand, spelled out) is one REQUEST → the federation.
# "مشدداً في الوقت نفسه على ضرورة الاهتمام بفرق الحواري والتركيز على الدورات الرياضية" is a second call, with no
# addressee named: REQUEST with no target (batches 105–108: two calls, with and without an addressee, two REQUESTs).
# Both undated. Claims: طالب (other), مشدداً (other), قال (the quoted proposal: other). The former stars named at the
# end are no actors; no list holds a bare "عبدالله" (ماجد عبدالله is another man).
i = 'snn-2015-08-06-2066'
t = news_text(i)
BIN_SAAD = ["Prince Abdullah bin Saad", "عبدالله بن سعد", "عضو شرف نادي الهلال"]
SAFF = ["Saudi Arabian Football Federation", "الاتحاد السعودي لكرة القدم", "الاتحاد السعودي"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": BIN_SAAD, "target": SAFF},
    {"code": "REQUEST", "source": BIN_SAAD, "target": []}], "claims": [
    {"speaker": BIN_SAAD, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": BIN_SAAD, "cue": cue(t, "مشدداً"), "stance": "other"},
    {"speaker": BIN_SAAD, "cue": cue(t, "وقال"), "stance": "other"}]})
# --- Al-Watan via SaudiNewsNet (Abha): the Mishkat "Saudi Arabia 2050" energy exhibition at the Abha festival passes
# 11,000 visitors in a week. Visitors touring an exhibition and the youth of Asir taking part in it are no events
# between parties; Adel Al Omar's satisfaction with the visitors' reactions and his own council's youth is no SUPPORT
# (generic visitors; his own council's members: internal; decided). Claims: exhibition director Ahmed al-Omari's قال
# (assert), أضاف (assert) and مؤكداً (the exhibition's aim: assert); Asir Youth Council secretary Adel Al Omar's أبدى
# (satisfaction, a reporting verb as batches 88 and 104 take it: assert) and مشدداً (the aims pursued: assert). عسير is
# named on its own (شباب عسير), so his list leaves out his council's name.
i = 'snn-2015-08-07-0538'
t = news_text(i)
OMARI = ["Ahmed al-Omari", "أحمد العمري", "العمري", "مدير المعرض"]
AL_OMAR = ["Adel Al Omar", "عادل آل عمر", "آل عمر", "Asir Youth Council"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": [
    {"speaker": OMARI, "cue": cue(t, "وقال"), "stance": "assert"},
    {"speaker": OMARI, "cue": cue(t, "وأضاف"), "stance": "assert"},
    {"speaker": OMARI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": AL_OMAR, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": AL_OMAR, "cue": cue(t, "مشدداً"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch145.gold.jsonl', recs)
