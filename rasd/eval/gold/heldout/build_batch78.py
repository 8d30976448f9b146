"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 78 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Yonhap): a new round of China–Japan–South Korea free-trade talks in Beijing this week. "جولة جديدة
# من مفاوضات ... بين كوريا الجنوبية والصين واليابان ستعقد الأسبوع الجاري" is a passive announcement of a coming round
# whose parties the same phrase names: one reciprocal AGREE with the three states as source and no target (README,
# batches 27–28: future meetings); the ministry's "مفاوضات العمل ستجري ... من اليوم الاثنين إلى الجمعة المقبل" and
# the experts' consultative sessions on its margins re-tell the same round. Undated: the round spans five days (as
# batches 41 and 76 leave a span of days); the text's "اليوم الاثنين" (2015-07-20) also disagrees with the corpus day, a
# Wednesday. "وكانت الدول الثلاث قد أعلنت إطلاق المفاوضات ... في نوفمبر عام 2012" is a historical clause with its
# doers: starting negotiations is CONSULT (CAMEO 046; batch 75 codes "أعلنت أنها بدأت محادثات" so), the three states
# as source, no target, undated (a month). Claims: the ministry's قولها ("نقل X عن Y قوله": Yonhap is the conduit, no
# claim) and the three states' أعلنت (assert). "ذكر تقرير إخباري" is a bare source (تقارير إعلامية): no claim. The
# ministry is South Korea's (its words come through the South Korean agency), so it lists the state.
i = 'snn-2015-07-22-1017'
t = news_text(i)
THREE = ["China, Japan and South Korea", "الدول الثلاث", "South Korea", "كوريا الجنوبية", "China", "الصين",
         "Japan", "اليابان"]
MOTIE = ["South Korean Ministry of Trade, Industry and Energy", "وزارة التجارة والصناعة والطاقة", "South Korea",
         "كوريا الجنوبية"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "AGREE", "source": THREE, "target": []},
    {"code": "CONSULT", "source": THREE, "target": []}], "claims": [
    {"speaker": MOTIE, "cue": cue(t, "قولها"), "stance": "assert"},
    {"speaker": THREE, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- SaudiNewsNet (Reuters): the Turkish interior ministry said yesterday (Monday 2015-07-20) that a blast in Suruc
# near the Syrian border killed 30. The explosion itself has no doer in the text (انفجار ... أسفر): not coded.
# The ministry's statement of that Monday: "واصفاً الانفجار بأنه «عمل إرهابي»" and "هذا العمل الإرهابي الذي يستهدف
# وحدة بلادنا" condemn the attack without naming a doer: ACCUSE with no target (README: none when the text names
# none); "ندعو الجميع إلى التوحّد والتزام الهدوء" is a call with no named addressee: REQUEST with no target; both
# dated 2015-07-20 (وأضاف / وتابع continue the same statement). Not coded: "مسؤولين محليين يحققون" (an inquiry by
# bare local officials, tied to no named body; batch 26 gives such officials no claim), the youths gathering at the
# cultural centre and their planned trip to Kobani (no act on a party), "التي يؤمنها مقاتلون أكراد سوريون" (holding
# their own town is no act on a party; "بعد هجوم على متشددي تنظيم الدولة" is a noun with no doer), the HDP deputies
# going to the site and Basho's going to the hospital (no counterpart). Claims: the ministry's قالت (assert), أضاف
# (fears the toll will rise: assert), واصفاً (a distinct characterisation: accuse, as batches 2 and 24 count واصفاً)
# and تابع (a call: other); the witness who gives his name (محمد) is named: قال (assert); Buldan's قالت، ذكرت، قالت
# and مضيفة (assert); the local politician Basho's قال (assert). Reuters (لرويترز) is the addressee; the TV footage
# (أظهرت لقطات) is no speaker.
i = 'snn-2015-07-21-0981'
t = news_text(i)
MOI = ["Turkish Ministry of Interior", "وزارة الداخلية التركية", "وزارة الداخلية", "Turkey", "تركيا"]
BULDAN = ["Pervin Buldan", "بروين بولدان", "بولدان", "Peoples' Democratic Party", "HDP", "حزب الشعوب الديمقراطي"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": MOI, "target": [], "date": "2015-07-20"},
    {"code": "REQUEST", "source": MOI, "target": [], "date": "2015-07-20"}], "claims": [
    {"speaker": MOI, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "واصفاً"), "stance": "accuse"},
    {"speaker": MOI, "cue": cue(t, "تابع"), "stance": "other"},
    {"speaker": ["Mohammed", "محمد", "witness", "أحد الشهود"], "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": BULDAN, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": BULDAN, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": BULDAN, "cue": cue(t, "قالت", 3), "stance": "assert"},
    {"speaker": BULDAN, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": ["Edhem Basho", "أدهم باشو", "باشو", "local politician", "سياسي محلي"], "cue": cue(t, "قال", 5),
     "stance": "assert"}]})
# --- SaudiNewsNet: the US government yesterday (Tuesday 2015-07-21) sanctioned three Hezbollah military leaders and a
# Lebanon-based businessman. "فرضت الحكومة الأمريكية أمس الثلاثاء عقوبات على ..." is SANCTION (CAMEO 163), dated;
# "وفرضت عقوبات على شخص رابع ... عبد النور شعلان" is the same act (the lead's "ورجل أعمال"), so one record with all
# four in the target; the three are Hezbollah officials, so the list takes the group too (as state officials list
# their state). The statement's charge (the government's "قالت إنهم يقومون بدور بارز في العمليات العسكرية" and the
# Treasury's "قالت ... إن مصطفى بدر الدين ... نسقوا أو شاركوا في الدعم العسكري") names the men: one ACCUSE of them,
# dated by the sanction it comes with (the Treasury's statement is the government's; decided: two قالت, one charge).
# "الدعم العسكري الذي تقدمه الجماعة لحكومة الرئيس بشار الأسد" is a relative clause with its doer: military aid is AID
# (CAMEO 072; session 22 codes material help AID, not SUPPORT), Hezbollah and the three who coordinated it as source,
# undated (ongoing). Not coded: Shaalan's buying and shipping weapons (لشرائه ... وشحنها: verbal nouns giving the
# sanction's reason) and the civil war (a noun). Claims: the government's قالت and the Treasury's قالت (accuse). The
# businessman's list leaves out "رجل أعمال في لبنان" (لبنان is named on its own).
i = 'snn-2015-07-22-0771'
t = news_text(i)
US = ["United States", "US government", "الحكومة الأمريكية", "US Treasury", "وزارة الخزانة الأمريكية", "وزارة الخزانة",
      "الولايات المتحدة"]
LEADERS = ["Hezbollah military leaders", "Mustafa Badreddine", "مصطفى بدر الدين", "Ibrahim Aqil", "إبراهيم عقيل",
           "Fuad Shukr", "فؤاد شكر", "Hezbollah", "حزب الله"]
SHAALAN = ["Abdul Nour Shaalan", "عبد النور شعلان", "شعلان", "businessman", "رجل أعمال"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "SANCTION", "source": US, "target": LEADERS + SHAALAN, "date": "2015-07-21"},
    {"code": "ACCUSE", "source": US, "target": LEADERS, "date": "2015-07-21"},
    {"code": "AID", "source": LEADERS + ["الجماعة"],
     "target": ["Syrian government", "حكومة الرئيس بشار الأسد", "Bashar al-Assad", "بشار الأسد", "Syria", "سورية"]}],
    "claims": [
    {"speaker": US, "cue": cue(t, "قالت", 1), "stance": "accuse"},
    {"speaker": US, "cue": cue(t, "قالت", 2), "stance": "accuse"}]})
# --- SaudiNewsNet: ISIS claimed yesterday (Thursday 2015-07-23) a car bombing in a Shia district of Baghdad that
# killed 20; Iraqi and Kurdish security officials report Peshmerga strikes on ISIS near Baquba. "أعلن تنظيم داعش ...
# مسؤوليته عن هجوم انتحاري" is a claimed attack: ASSAULT ISIS → the PMF gathering its statement names ("تفجير سيارة
# مفخخة ... على تجمع لعناصر الحشد") and the Shia district's people, undated (the claim is dated, the attack's day is
# not; as batch 40); no claim for "أعلن ... مسؤوليته" (README, batches 40 and 55), but the statement quoted after
# "وقال التنظيم في بيان" is a claim (assert). "قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى
# الكصيبة ... تمكنت خلالها من قتل 11 مسلحًا من تنظيم داعش" is one ASSAULT Peshmerga → ISIS (with Abu Harith
# al-Qadiri), undated (the officials spoke on Thursday; the operation's day is not given). The two IEDs of last night
# (انفجار عبوتين ناسفتين) have no doer: not coded. Claims: the officials are tied to named governments (Iraqi and
# Kurdish, as "مسؤولون أمريكيون"): أعلن (the second), قال and أشاروا (assert).
i = 'snn-2015-07-24-1230'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "التنظيم"]
OFFICIALS = ["Iraqi and Kurdish security officials", "مسؤولون أمنيون عراقيون وأكراد", "مسؤولون أمنيون",
             "المسؤولون", "Iraq", "العراق"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ASSAULT", "source": ISIS,
     "target": ["Popular Mobilization Forces", "الحشد", "الحشد الرافضي", "عناصر الحشد الرافضي", "Shia residents",
                "الشيعة"]},
    {"code": "ASSAULT", "source": ["Peshmerga", "قوات البيشمركة الكردية", "قوات البيشمركة", "البيشمركة",
                                   "قوة أمنية تابعة لقوات البيشمركة الكردية", "قوة أمنية"],
     "target": ["ISIS", "تنظيم داعش", "داعش", "مسلحًا من تنظيم داعش", "Abu Harith al-Qadiri", "أبو حارث القادري"]}],
    "claims": [
    {"speaker": ISIS, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": OFFICIALS, "cue": cue(t, "أعلن", 2), "stance": "assert"},
    {"speaker": OFFICIALS, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": OFFICIALS, "cue": cue(t, "أشاروا"), "stance": "assert"}]})
# --- Ain Alyoum: Saudi universities decline to take in female foreign-scholarship students (the mahram condition),
# and the Education Ministry sends them requirements. The state universities' refusal and the ministry's committee
# that studied the matter, asked the universities' views and sent its requirements to 16 of them awaiting their
# consent are one ministry consulting the universities under it about a policy: internal government deliberation
# (GUIDELINES; batches 31 and 67: work inside one ministry's sector), not coded (decided: the refusal is the
# universities' input to that consultation, and the text names no party outside the sector that asked or was
# refused). Claims: the universities' مشيرة (assert; رفضت reports a position, no claim, as batch 51's يرفضون); the
# ministry source, tied to a named institution: قال، أضاف، أوضح، ذكر (assert). The byline and "لـ«عين اليوم»" are the
# outlet. The universities' list holds no form with السعودية, which the ministry's list holds as its state.
i = 'snn-2015-07-26-0080'
t = news_text(i)
MOE = ["Ministry of Education source", "مصدر بوزارة التعليم", "المصدر", "Ministry of Education", "وزارة التعليم",
       "الوزارة", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": ["Saudi universities", "الجامعات"], "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": MOE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MOE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MOE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MOE, "cue": cue(t, "ذكر"), "stance": "assert"}]})
# --- Jawhara FM: ICT minister Anouar Maarouf, today (Wednesday 2017-03-01), says Tunisia signed agreements with
# Eutelsat and Arabsat to carry Tunisian channels. "تونس أمضت إتفاقية مع شركة أوتلسات" and "بالإضافة إلى اتفاقية
# أخرى مع شركة عربسات" are two agreements with two parties: two SUPPORT (signing, CAMEO 05x; session 22: from signer to
# party), Tunisia (with its minister) as source, undated (the signing day is not given; "اليوم" is the day he spoke).
# Not coded: his attending the seminar organised by the African centre (a verbal noun, حضوره), the network coverage
# work and "تم اليوم إطلاق طلب عروض" (passive, tendering). Claims: قال، أكد، أعلن (assert). Jawhara's correspondent
# (لمراسلة) is the addressee.
i = 'ant-JA-technology-43-20170301'
t = news_text(i)
MAAROUF = ["Anouar Maarouf", "انور معروف", "أنور معروف", "معروف", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-01", "events": [
    {"code": "SUPPORT", "source": MAAROUF, "target": ["Eutelsat", "أوتلسات", "شركة أوتلسات"]},
    {"code": "SUPPORT", "source": MAAROUF, "target": ["Arabsat", "عربسات", "شركة عربسات"]}], "claims": [
    {"speaker": MAAROUF, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MAAROUF, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MAAROUF, "cue": cue(t, "أعلن"), "stance": "assert"}]})
# --- Jawhara FM: the basic union of Kairouan's Ibn al-Jazzar hospital postpones the strike set for Thursday 16 February,
# after meeting the governor today (Wednesday 2017-02-15). "قررت ... تأجيل الإضراب" is AGREE (README, batches 8–9: a
# union postponing its strike; batches 61–64: at the authorities' request), towards the governor it met and the health
# minister it will meet before deciding, dated 2017-02-15 (the decision follows today's meeting). "اجتماع جمعها اليوم
# بوالي القيروان" is a relative clause with its doer: CONSULT, the union (which came) the source and the governor the
# target, dated. "الاجتماع المرتقب مع وزيرة الصحة العمومية يوم السبت المقبل" is a noun with no finite verb of its
# doers: not coded (GUIDELINES: nominalised events). "يذكر أن النقابة قد قررت الإضراب" is the earlier strike notice:
# THREATEN (CAMEO 133, an announced strike) against the state whose policy it protests, undated (its day is not given;
# 16 February is the strike's, not the decision's). The attacks on medical staff (الاعتداءات) are a noun with no doer.
# Claims: the strike's stated purpose "احتجاجا على ... «السياسة الخاطئة التي تنتهجها الدولة»" is the union's claim
# (README, batches 29–30's للتعبير; batch 44's تنديدا), accuse. "وفق ما أكده مراسل الجوهرة" and "وأوضح مراسلنا"
# are the outlet's own correspondent, the narrator (batches 44 and 51): no claims. The union's list leaves out its
# full name with بالقيروان (the governor's title holds the town).
i = 'ant-JA-localNews-1268-20170215'
t = news_text(i)
UNION = ["Ibn al-Jazzar hospital basic union", "النقابة الأساسية بمستشفى ابن الجزار", "النقابة الأساسية", "النقابة",
         "الطرف النقابي"]
GOVERNOR = ["Governor of Kairouan", "والي القيروان", "governor", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-15", "events": [
    {"code": "AGREE", "source": UNION,
     "target": GOVERNOR + ["Minister of Public Health", "وزيرة الصحة العمومية"], "date": "2017-02-15"},
    {"code": "CONSULT", "source": UNION, "target": GOVERNOR, "date": "2017-02-15"},
    {"code": "THREATEN", "source": UNION, "target": ["Tunisian state", "الدولة", "Tunisia"]}], "claims": [
    {"speaker": UNION, "cue": cue(t, "احتجاجا"), "stance": "accuse"}]})
# --- Jawhara FM (after Al-Hurra, today, Wednesday 2016-12-07): Obama, in a speech at MacDill air base, expects
# terrorist threats to persist and defends the Iraq withdrawal. "رافضا الاتهامات بأن هذه الخطوة ساهمت في ظهور تنظيم
# داعش" is a denial of accusations: REJECT (GUIDELINES), with no target (the accusers are not named; README batches
# 61–64), undated (decided: اليوم dates Al-Hurra's report, the conduit's act, not the speech). Not coded: the
# withdrawal (قراره بسحب الجنود, a noun), his call for a new counter-terrorism strategy (his own policy, no addressee
# outside it), "هجمات يشنها أفراد متشددون" (generic, no instance) and his stress on allies and local partners (praise of
# no named party). Claims: توقع (a forecast: assert), قوله (نقل X عن Y قوله; "يجب تبنى استراتيجية": a recommendation,
# other), أضاف (assert), موضحا ("ينبغى أن تتضمن": other), رافضا (one claim with "دافع ... عن قراره" in one sentence,
# the verb with the content as cue: deny), أكد (assert).
i = 'ant-JA-internationalNews-340-20161207'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2016-12-07", "events": [
    {"code": "REJECT", "source": OBAMA, "target": []}], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "توقع"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "قوله"), "stance": "other"},
    {"speaker": OBAMA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "موضحا"), "stance": "other"},
    {"speaker": OBAMA, "cue": cue(t, "رافضا"), "stance": "deny"},
    {"speaker": OBAMA, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Jawhara FM: the French presidency announces Macron's official visits to Morocco and Algeria. Scheduled visits are
# one AGREE per destination (README, batches 29–30): Morocco, dated by the arrival day the text fixes ("يحل ... بالمغرب
# يوم الأربعاء القادم 21 جوان 2017", weekday and date agreeing; decided: one day given, unlike batch 76's 12–13 June),
# the king he will meet during it folded into the target (a visit and the meeting it holds are one); Algeria, undated
# ("لم يتحدّد بعد تاريخ الزيارة", "سيزورها رسمياً في الأسابيع المقبلة" re-telling it). "ماكرون الذي تحدث هاتفياً، أمس
# الخميس، مع الرئيس عبد العزيز بوتفليقة" is a relative clause with its doer: CONSULT Macron → Bouteflika (the first-named
# party the source), 2017-06-08; in it "أكد تمسكه ببناء علاقة صداقة وثقة مع الجزائر" is a commitment to future
# relations with a named party: AGREE (README: support pledged for the future), same day (decided: a distinct intent
# beside the visit). "وكان ماكرون قد زار الجزائر خلال حملته الانتخابية" is a historical visit: CONSULT, undated. His
# calling colonisation a crime against humanity criticises his own state's past: a claim, no ACCUSE (its target would
# be France, his own alias; decided); the controversy in France has no doer. Claims: the presidency's أعلنت and "ذكر
# بيان الرئاسة" (assert); Macron's أكد inside that statement (embedded speech is its own claim, README: a pledge,
# promise) and وصف (accuse). The visitor's source list takes the presidency that announced the visits.
i = 'ant-JA-internationalNews-1141-20170609'
t = news_text(i)
MACRON = ["Emmanuel Macron", "إيمانويل ماكرون", "ماكرون", "France", "فرنسا"]
PRESIDENCY = ["French presidency", "الرئاسة الفرنسية", "بيان الرئاسة", "France", "فرنسا"]
MOROCCO = ["Morocco", "المغرب", "Mohammed VI", "محمد السادس", "العاهل المغربي"]
ALGERIA = ["Algeria", "الجزائر", "Abdelaziz Bouteflika", "عبد العزيز بوتفليقة", "بوتفليقة"]
recs.append({"id": i, "text": t, "published": "2017-06-09", "events": [
    {"code": "AGREE", "source": MACRON + ["الرئاسة الفرنسية"], "target": MOROCCO, "date": "2017-06-21"},
    {"code": "AGREE", "source": MACRON + ["الرئاسة الفرنسية"], "target": ALGERIA},
    {"code": "CONSULT", "source": MACRON, "target": ALGERIA, "date": "2017-06-08"},
    {"code": "AGREE", "source": MACRON, "target": ALGERIA, "date": "2017-06-08"},
    {"code": "CONSULT", "source": MACRON, "target": ALGERIA}], "claims": [
    {"speaker": PRESIDENCY, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": PRESIDENCY, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MACRON, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": MACRON, "cue": cue(t, "وصف"), "stance": "accuse"}]})
# --- Jawhara FM: La Poste Tunisienne and Advans Tunisie sign a partnership for a prepaid card ("Mobi Tasdid"). The
# passive "تم مؤخرا ... التوقيع" is told again with its doers: "تولىّ المدير العام لأدفنس تونس غيال بريوت، والرئيس المدير
# العام للبريد التونسي معز شقشوق، التوقيع": signing is SUPPORT (GUIDELINES), the two signers (with their institutions)
# both subjects, so one reciprocal record with no target (batches 13 and 34), undated (مؤخرا). Not coded: the
# agreement's purpose (تهدف لإحداث بطاقة; session 22: no AGREE), the cadres attending, the narrator's "تعتبر هذه
# الإتفاقية إطارا مناسبا للتعاون". Claims: Chakchouk's أشار, Briot's أفاد and أضاف (assert). The text spells him both
# بريوت and بيروت.
i = 'ant-JA-localNews-834-20170206'
t = news_text(i)
CHAKCHOUK = ["Moez Chakchouk", "معز شقشوق", "شقشوق", "La Poste Tunisienne", "البريد التونسي", "الديوان الوطني للبريد"]
BRIOT = ["Gael Briot", "غيال بريوت", "غيال بيروت", "بريوت", "Advans Tunisie", "أدفنس تونس", "مؤسسة أدفنس تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-06", "events": [
    {"code": "SUPPORT", "source": CHAKCHOUK + BRIOT, "target": []}], "claims": [
    {"speaker": CHAKCHOUK, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": BRIOT, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": BRIOT, "cue": cue(t, "أضاف"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch78.gold.jsonl', recs)
