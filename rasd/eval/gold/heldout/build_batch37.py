"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 37 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq on AS (revealed yesterday, Thursday 2015-07-23): Ronaldo's clash with his new coach Benitez in training.
# The quarrel is between two named people, so coded as batch 30 codes a player's quarrel with his club: Ronaldo's
# outburst at the disallowed goal (his shouting, «دائمًا ما ترى العيوب في البرتغاليين فقط» and «أنت تعادي
# البرتغاليين») is one ACCUSE of Benitez; "وفي مشهد آخر" his discontent with the coach's drill (أعرب عن عدم رضاه،
# «الأمر المقزز الذي تقولون») a second instance, a second ACCUSE. Both undated: the training was "أمس" inside AS's
# report of Thursday, which may be Wednesday or Thursday (decided: the text does not fix the day). Not coded:
# Benitez disallowing the goal and ordering the drill (a coach's own training decisions), Arbeloa calming Ronaldo (a
# team-mate, no political act), "بوادر خلاف" (nominal), Benitez's unheard remark (no content). Claims: AS's كشفت and
# ذكرت (the paper reports what it found: its own statement, as batches 31–32 count papers); Ronaldo's قال، قائلا،
# أعرب and the second قال. "ملوحًا بيده ... تعبيرًا عن عدم رضاه" is a gesture, and "مشيرًا إلى شباك المرمى" pointing:
# no claims.
i = 'snn-2015-07-24-1243'
t = news_text(i)
AS = ["AS", "Diario AS", "صحيفة «أ س»", "أ س", "الصحيفة الأسبانية"]
RONALDO = ["Cristiano Ronaldo", "كريستيانو رونالدو", "رونالدو", "النجم البرتغالي", "اللاعب البرتغالي",
           "المهاجم البرتغالي"]
BENITEZ = ["Rafael Benitez", "رافايل بينيتيز", "بينيتيز", "المدرب الأسباني", "مدربه"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": RONALDO, "target": BENITEZ},
    {"code": "ACCUSE", "source": RONALDO, "target": BENITEZ}], "claims": [
    {"speaker": AS, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": AS, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": RONALDO, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": RONALDO, "cue": cue(t, "قائلا"), "stance": "accuse"},
    {"speaker": RONALDO, "cue": cue(t, "أعرب"), "stance": "accuse"},
    {"speaker": RONALDO, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- Businessman Mosaad bin Samar condemns the terrorist attack on worshippers at noon prayer. His condemnation is
# ACCUSE with no target: the text names no doer (أناس مجردون ...، منفذيها ومدبريها), as the README's condemned
# attacks; undated (no day given). The attack itself is passive (تعرض له): not coded. "ليحتم على الجميع توحيد
# الكلمة" states a duty, no call with a verb of its own: no REQUEST (decided). His closing prayer (دعا الله أن يحفظ)
# is a prayer: neither event nor claim. Claims: قال and "وأضاف بن سمار قائلا" (one statement: cue أضاف), both
# accuse (the second's call to unity serves a condemnation of the perpetrators). Not a state official: no state.
i = 'snn-2015-08-10-0410'
t = news_text(i)
SAMAR = ["Mosaad bin Saud bin Samar al-Otaibi", "مسعد بن سعود بن سمار العتيبي", "بن سمار", "ابن سمار"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": SAMAR, "target": []}], "claims": [
    {"speaker": SAMAR, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": SAMAR, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- Afghanistan: 23 killed yesterday, Thursday (2015-08-06), in two attacks the Taliban claimed. "هجومين تبنتهما
# حركة طالبان" names the doer of both (a claimed attack gives the ASSAULT, README): the helicopter the Taliban say
# they shot down (قائلة إنها اسقطت المروحية) is one ASSAULT on the Afghan air force, coded as alleged although the
# ministry blames a technical fault; the suicide truck bomb at the police post south of Kabul ("عملية انتحارية
# نفذتها حركة طالبان واستهدفت الشرطة", re-told by the governor) a second, on the police; both dated 2015-08-06.
# The announcement of Mullah Omar's death and the helicopter fleet's maintenance are nominal. Claims: the air force
# general (anonymous but tied to a named institution) قال; the Defence Ministry's قالت (assert: it reports a cause,
# it does not rebut the Taliban, whose claim comes after); the Taliban's قائلة (تبنت itself is no cue); Graeme Smith
# (named) قال، أضاف and قال (the last warns of a danger); governor Fidai's أفاد. "أشار قائد عسكري" is bare (no
# nationality, no institution): no claim (decided). Fidai's list leaves out "حاكم ولاية لوغار" (it holds لوغار).
i = 'snn-2015-08-07-0378'
t = news_text(i)
AFGHANISTAN = ["Afghanistan", "افغانستان"]
TALIBAN = ["Taliban", "طالبان", "حركة طالبان"]
AIR_FORCE = ["Afghan Air Force", "القوات الجوية الافغانية", "سلاح الجو الافغاني", "Afghan military helicopter",
             "مروحية عسكرية افغانية"] + AFGHANISTAN
POLICE = ["Afghan police", "الشرطة الافغانية", "الشرطة", "مركز للشرطة"] + AFGHANISTAN
GENERAL = ["Afghan Air Force general", "جنرال في القوات الجوية الافغانية", "القوات الجوية الافغانية"] + AFGHANISTAN
MOD = ["Afghan Ministry of Defence", "وزارة الدفاع الافغانية", "وزارة الدفاع"] + AFGHANISTAN
SMITH = ["Graeme Smith", "غرايم سميث", "سميث"]
FIDAI = ["Halim Fidai", "حليم فداي", "فداي"] + AFGHANISTAN
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ASSAULT", "source": TALIBAN, "target": AIR_FORCE, "date": "2015-08-06"},
    {"code": "ASSAULT", "source": TALIBAN + ["المتمردون", "انتحاري", "انتحارياً"], "target": POLICE,
     "date": "2015-08-06"}], "claims": [
    {"speaker": GENERAL, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": TALIBAN, "cue": cue(t, "قائلة"), "stance": "assert"},
    {"speaker": SMITH, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": SMITH, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SMITH, "cue": cue(t, "قال", 4), "stance": "warn"},
    {"speaker": FIDAI, "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- Volker Kauder threatens the CDU/CSU MPs who voted against negotiating new aid for Greece. His statements to
# Welt am Sonntag ("سيكون له عواقب على بعض النواب"، "الذين صوتوا بلا لا يمكن أن يبقوا في اللجان") are one THREATEN of
# those MPs (decided: a parliamentary-group leader's sanction threat against named dissenters is coded, not an
# internal deliberation, since the text frames it as threats between parties); undated (the interview's day is not
# given). Von Stetten, one of the dissenters, is in their list. His refusal to yield ("هذا التهديد لن يؤثر في ...
# سأظل متمسكا بموقفي"، "لن أخضع لضغط من أحد") is REJECT of Kauder (CAMEO 124, refuse to yield), one instance told to
# two papers, undated as the Bild interview is; his "عدم تفهمه لتهديدات كاودر" in today's (Monday 2015-08-10)
# Stuttgarter Nachrichten is criticism: ACCUSE of Kauder, dated. The July vote of 60 MPs against the government's
# package is a parliamentary vote (README: votes are not coded); the aid to Greece is nominal. Claims: Kauder's قال
# and أضاف (warn); von Stetten's قال (deny: a rebuttal of the threat), أعرب (accuse) and the second قال (deny). The
# papers are the medium of the interviews (في تصريحات لصحيفة): no claims. "يذكر أن" is the narrator. No alias holds
# "الكتلة البرلمانية" or "التحالف" (other entities of the article); party politicians, so no state.
i = 'snn-2015-08-10-1287'
t = news_text(i)
KAUDER = ["Volker Kauder", "فولكر كاودر", "كاودر"]
STETTEN = ["Christian von Stetten", "كريستيان فون شتيتن", "فون شتيتن"]
DISSENTERS = ["dissenting MPs", "بعض النواب", "النواب", "الذين صوتوا بلا"] + STETTEN
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "THREATEN", "source": KAUDER, "target": DISSENTERS},
    {"code": "REJECT", "source": STETTEN, "target": KAUDER},
    {"code": "ACCUSE", "source": STETTEN, "target": KAUDER, "date": "2015-08-10"}], "claims": [
    {"speaker": KAUDER, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": KAUDER, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": STETTEN, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": STETTEN, "cue": cue(t, "أعرب"), "stance": "accuse"},
    {"speaker": STETTEN, "cue": cue(t, "قال", 3), "stance": "deny"}]})
# --- Al-Weeam: civilians killed in the Daraa Palestinian refugee camp by shelling from Assad's forces. "القصف العنيف
# الذي تعرض له المخيم من مواقع قوات الأسد والمليشيات المسلحة التابعة له" is a relative clause that names the doer
# (README: coded): one ASSAULT on the camp (the activists' "القصف الذي استهدف أحياء المدنيين" and the closing link
# re-tell it), undated. The barrel bombs on the edge of Khan al-Shih camp are passive with no doer named (تعرض ...
# للقصف): not coded (decided, although barrel bombs point to the regime). "ذكر ناشطون فلسطينيون في بيان" is a bare
# group, tied to a nationality only (as GUIDELINES' مصادر أمريكية): no claim. The byline link (صحيفة الوئام) is the
# outlet, not a speaker.
i = 'snn-2015-07-25-1159'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT",
     "source": ["Assad forces", "قوات الأسد", "Bashar al-Assad", "الأسد", "المليشيات المسلحة التابعة له",
                "Syrian government forces", "Syria", "سوريا"],
     "target": ["Daraa Palestinian refugee camp", "مخيم درعا للاجئين الفلسطينيين", "مخيم درعا", "المخيم",
                "civilians", "المدنيين", "أحياء المدنيين"]}], "claims": []})
# --- Jawhara FM: CPR leader Tarek Kahlaoui on the country's fragility, a planned protest and the Foreign Ministry.
# "المؤتمر سيتقدم مع أحزاب أخرى بطلب رخصة لتنظيم احتجاج سلمي مؤطّر يوم السبت القادم" is an announced protest:
# THREATEN (README), no target (no addressee named), undated (the announcement's day is not given, as batch 32; the
# protest's Saturday is not the threat's day); the permit request is part of the plan. "يساند الاحتجاجات السلمية"
# is support for no named party and "لا يدعو الى اسقاطها" negated: not coded. His criticism of the Foreign Minister's
# performance, of Tunisia's absence from the Libya meetings (ندد) and of the ministry (معتبرا، قائلا) is one ACCUSE of
# the minister and his ministry (one statement, one party, as batch 30); his questioning of Mohsen Marzouk's presence
# on all of Essebsi's trips instead of Baccouche, and his signing of agreements, criticises a second party: a second
# ACCUSE (decided), at Marzouk. Both undated. The minister is named only by title and, later, as الطيب البكوش. Claims:
# اعتبر، مشيرا، قال، أضاف، مضيفا (accuse: those who want the government's fall are those outside it), انتقد، ندد،
# معتبرا، قائلا، متسائلا; "وفق قوله" repeats its sentence's speaker (README). Kahlaoui is a party official: no state.
i = 'ant-JA-politic-365-20150609'
t = news_text(i)
KAHLAOUI = ["Tarek Kahlaoui", "طارق الكحلاوي", "الكحلاوي"]
CPR = ["Congress for the Republic", "CPR", "حزب المؤتمر من أجل الجمهورية", "حزب المؤتمر", "المؤتمر"]
FM = ["Taieb Baccouche", "الطيب البكوش", "البكوش", "Tunisian Foreign Minister", "وزير الشؤون الخارجية",
      "Tunisian Foreign Ministry", "وزارة الخارجية التونسية", "وزارة الخارجية", "Tunisia", "تونس"]
MARZOUK = ["Mohsen Marzouk", "محسن مرزوق", "مرزوق"]
recs.append({"id": i, "text": t, "published": "2015-06-09", "events": [
    {"code": "THREATEN", "source": CPR + KAHLAOUI, "target": []},
    {"code": "ACCUSE", "source": KAHLAOUI, "target": FM},
    {"code": "ACCUSE", "source": KAHLAOUI, "target": MARZOUK}], "claims": [
    {"speaker": KAHLAOUI, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": KAHLAOUI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": KAHLAOUI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": KAHLAOUI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": KAHLAOUI, "cue": cue(t, "مضيفا"), "stance": "accuse"},
    {"speaker": KAHLAOUI, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": KAHLAOUI, "cue": cue(t, "ندد"), "stance": "accuse"},
    {"speaker": KAHLAOUI, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": KAHLAOUI, "cue": cue(t, "قائلا"), "stance": "accuse"},
    {"speaker": KAHLAOUI, "cue": cue(t, "متسائلا"), "stance": "accuse"}]})
# --- Jawhara FM: the CPR National Council (extraordinary session in Sousse, announced today, Sunday 2016-03-27) sets
# the election of the new political bureau for 25 July, forms a political committee and withdraws confidence from
# former secretary-general Imed Daimi, Adnan Mansar and the former executive bureau. All of it is the party's
# internal business (its own elections, committees, seats and a confidence vote on its own officers, as batch 30
# leaves a council's meeting, decisions and election uncoded, and batch 36 a minister instructing his governors):
# no events (decided, the confidence withdrawal included, being a vote of the party's council). Claims: the
# council's أعلن, Maatar's أعلن and مضيفا, and "وأشار منصر" — the text names its speaker منصر although Adnan Mansar
# is among those the decision removes (likely a slip for معطر); decided: the speaker is taken as the text writes
# him. The council's list drops its long name, which holds the party's.
i = 'ant-JA-localNews-3582-20160327'
t = news_text(i)
COUNCIL = ["CPR National Council", "المجلس الوطني", "المجلس"]
MAATAR = ["Abdelwahab Maatar", "عبد الوهاب معطر", "معطر"]
recs.append({"id": i, "text": t, "published": "2016-03-27", "events": [], "claims": [
    {"speaker": COUNCIL, "cue": cue(t, "أعلن", 1), "stance": "assert"},
    {"speaker": MAATAR, "cue": cue(t, "أعلن", 2), "stance": "assert"},
    {"speaker": MAATAR, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": ["Adnan Mansar", "عدنان منصر", "منصر"], "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- After the London attack: one attacker, "Abz", was known to police and appeared in a documentary. Rowley's
# "7 أشخاص قتلوا على يد 3 مهاجمين" names the doers: one ASSAULT (the lead's "الهجوم الإرهابي الأخير في لندن" is
# nominal), undated (the text gives no day), Abz among the attackers. A second recording shows Abz "يندد بتصرفات
# الشرطة تجاه المسلمين": a clause with its actor, ACCUSE of the police (historical, undated), and a claim (يندد, as
# headline condemnation verbs count). His friend's report to the police about his radicalisation ("أبلغ الشرطة سابقا
# عن قلقه") is a complaint to the authorities about a person: ACCUSE of Abz (as batches 31–32 code a formal
# complaint; decided over COOPERATE); the security services' inaction is negated. The friend is anonymous but tied to a
# named person ("أحد أصدقاء Abz", as batch 36's patient tied to a hospital): an identifiable speaker, cue قوله (نقل
# X عن Y قوله; the BBC is the conduit), then أضاف. The Sun's أفادت and the Daily Mail's أضافت are the papers' own
# reports: claims. "اكتشفت أجهزة الأمن" is a finding, no reporting verb: no claim (decided). Channel 4 broadcasting
# the film, the documentary's recordings and "صنفتها السلطات إرهابية" are not coded. Rowley: أكد and مضيفا. The
# friend's list holds no form with "Abz" (the target's name); Rowley's drops "نائب مدير سكوتلاند يارد" for the bare
# institution and his state.
i = 'ant-JA-internationalNews-1087-20170605'
t = news_text(i)
ABZ = ["Abz", "Khuram Butt", "الإرهابي", "الإرهابي نفسه", "الرجل نفسه", "أحد منفذي الهجوم الإرهابي"]
FRIEND = ["one of the attacker's friends", "أحد أصدقاء", "الرجل الذي فضل عدم الكشف عن اسمه"]
ROWLEY = ["Mark Rowley", "مارك رولي", "رولي", "Scotland Yard", "سكوتلاند يارد", "United Kingdom", "المملكة المتحدة"]
recs.append({"id": i, "text": t, "published": "2017-06-05", "events": [
    {"code": "ASSAULT", "source": ["three attackers", "3 مهاجمين", "مهاجمين", "منفذي الهجوم"] + ABZ,
     "target": ["London", "لندن", "7 أشخاص", "victims", "الضحايا"]},
    {"code": "ACCUSE", "source": ABZ, "target": ["police", "الشرطة", "British police", "الشرطة البريطانية"]},
    {"code": "ACCUSE", "source": FRIEND, "target": ABZ}], "claims": [
    {"speaker": ["The Sun", "ذا صن", "صحيفة ذا صن"], "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": ABZ, "cue": cue(t, "يندد"), "stance": "accuse"},
    {"speaker": ["Daily Mail", "ديلي ميل", "صحيفة ديلي ميل"], "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": FRIEND, "cue": cue(t, "قوله"), "stance": "assert"},
    {"speaker": FRIEND, "cue": cue(t, "أضاف", 2), "stance": "assert"},
    {"speaker": ROWLEY, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ROWLEY, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM: Fahmi Chaabane, head of the National Chamber of Real Estate Developers, this morning (2017-03-03):
# the chamber will put proposals to parliament's Finance Committee (lower the self-financing share from 20 to 10 %,
# stretch debt repayment, ease conditions). Proposals asking a body to change rules it controls are REQUEST (batch
# 29), one for the set of proposals (أكد، أوضح and أضاف spell out the same set); undated, as the presenting is still
# to come (decided over AGREE, which GUIDELINES give future proposals: what is proposed is a change the committee
# must make). The liberalised cement prices and rising costs are nominal. Claims: أكد، أوضح، أضاف (other: they state
# demands), أشار (assert), موضحا (deny: the developer is not to blame for high prices). Jawhara FM is the medium.
i = 'ant-JA-localNews-2128-20170303'
t = news_text(i)
CHAABANE = ["Fahmi Chaabane", "فهمي شعبان", "شعبان", "National Chamber of Real Estate Developers",
            "الغرفة الوطنية للباعثين العقاريين", "الغرفة"]
recs.append({"id": i, "text": t, "published": "2017-03-03", "events": [
    {"code": "REQUEST", "source": CHAABANE,
     "target": ["Finance Committee", "لجنة المالية", "Assembly of the Representatives of the People",
                "مجلس النواب"]}], "claims": [
    {"speaker": CHAABANE, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": CHAABANE, "cue": cue(t, "أوضح"), "stance": "other"},
    {"speaker": CHAABANE, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": CHAABANE, "cue": cue(t, "موضحا"), "stance": "deny"},
    {"speaker": CHAABANE, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- Meknassy: the local labour union's statement of yesterday evening, Tuesday (2017-01-03), calls a popular march
# for tomorrow, Thursday, and a general strike on 12 January if its demands go unanswered. As batch 34 codes an
# announced strike and an announced protest stand, two THREATENs, aimed at the authority the statement addresses
# (سلطة الاشراف، السلطة), dated by the statement. "نبه الاتحاد سلطة الاشراف الى ما اصبح عليه الوضع" alerts the
# authority to the situation that the demand of the next sentence answers: a warning claim, no event of its own
# (decided); "طالب الاتحاد السلطة بالنظر بجدية في ملفات الجهة" is REQUEST, dated. "التحركات الاحتجاجية التي يخوضها
# عدد من عملة الحضائر ... والشبان ممن نجحوا في مناظرة" is a relative clause with its doers: one PROTEST (one clause,
# both groups), and "احتجاجات الشبان الذين دخلوا من قبل في اعتصام هرمنا" a second (another group, another sit-in);
# no target named, undated (about a week). Their demands are part of the protests, and the groups are bare (batch 32's
# teachers): no claims; nor from "عدد من المحتجين" (bare). The civil disobedience and the closures are passive (تم
# الاعلان، تم اغلاق): not coded. "تم اول امس الاثنين عقد جلسة بمقر ولاية سيدي بوزيد مع عدد من اهالي المكناسي" is
# a meeting whose parties the sentence names (the residents, hosted at the governorate): CONSULT, the residents the
# source and the governorate the target, dated 2017-01-02 (decided, as batch 27–28 code a passive meeting with named
# parties). The first delegate's announcement that site workers will get health cards is a promised benefit: AGREE
# (future offer), undated ("كما اعلن" need not share the meeting's day), and a claim (promise). "وفق نص البيان"
# repeats its sentence's speaker. Neither the union nor the residents keep an alias with المكناسي, named on its own.
i = 'ant-JA-localNews-580-04012017'
t = news_text(i)
UNION = ["Meknassy local labour union", "الاتحاد المحلي للشغل", "الاتحاد", "UGTT local union"]
AUTHORITY = ["supervising authority", "سلطة الاشراف", "السلطة", "Tunisian authorities", "Tunisia"]
DELEGATE = ["first delegate of Sidi Bouzid governorate", "المعتمد الاول للولاية", "المعتمد الاول", "Tunisia"]
WORKERS = ["site workers", "عملة الحضائر", "عدد من عملة الحضائر"]
recs.append({"id": i, "text": t, "published": "2017-01-04", "events": [
    {"code": "THREATEN", "source": UNION, "target": AUTHORITY, "date": "2017-01-03"},
    {"code": "THREATEN", "source": UNION, "target": AUTHORITY, "date": "2017-01-03"},
    {"code": "REQUEST", "source": UNION, "target": AUTHORITY, "date": "2017-01-03"},
    {"code": "PROTEST", "source": WORKERS + ["young people who passed the mine recruitment exam", "الشبان"],
     "target": []},
    {"code": "PROTEST", "source": ["Harimna sit-in youths", "الشبان الذين دخلوا من قبل في اعتصام هرمنا", "الشبان"],
     "target": []},
    {"code": "CONSULT", "source": ["local residents", "عدد من اهالي", "اهالي"],
     "target": ["Sidi Bouzid governorate", "ولاية سيدي بوزيد", "الولاية"], "date": "2017-01-02"},
    {"code": "AGREE", "source": DELEGATE, "target": WORKERS}], "claims": [
    {"speaker": UNION, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "نبه"), "stance": "warn"},
    {"speaker": UNION, "cue": cue(t, "طالب", 3), "stance": "other"},
    {"speaker": DELEGATE, "cue": cue(t, "اعلن"), "stance": "promise"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch37.gold.jsonl', recs)
