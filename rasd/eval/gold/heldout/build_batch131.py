"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 131 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-08-01): the Indonesian commercial attaché visits the Hafr al-Batin chamber of
# commerce. "استقبل أمين الغرفة التجارية بحفر الباطن انور الشامي العنزي صباح أمس الملحق التجاري للجمهورية الاندونيسية
# واوان سودار ماوان، ومساعد الملحق التجاري سومار نومرجوهان، بمقر غرفة حفر الباطن" is a hosted visit: one CONSULT, the
# visitors (attaché and assistant, one list) the source and the chamber's secretary-general the target (GUIDELINES: the
# visitor is the source), dated by "صباح أمس" (2015-07-31). "وذلك لتقديم دعوة لرجال أعمال المحافظة لزيارة المعارض
# التجارية في الجمهورية الاندونيسية" is the visit's stated purpose, an invitation the attaché delivers: AGREE
# (GUIDELINES: invitations → AGREE) to the governorate's businessmen, with the chamber that represents them in the same
# target list (decided: the purpose infinitive has the attaché as its clear doer and the invitation is the point of the
# visit, so it is coded, not left as a background noun; the businessmen are a class tied to a named governorate and
# addressed through the chamber, unlike README's mayor's offer to anyone), dated with the visit. "وقد قدم «ماوان» شكره
# إلى أمين عام غرفة حفر الباطن على حفاوة الاستقبال" is thanks with a reason: SUPPORT attaché → al-Enezi and a claim
# (README: thanks with a reason a SUPPORT and a claim), dated by the visit (README batches 77–80: thanks during a
# visit). Al-Enezi's "رحب ... بزيارة الملحق الاندونيسي" is the host's welcome, part of the CONSULT, and states nothing
# (batch 22): no claim, no event. "قدم ... شرحاً عن حجم التبادل التجاري" and "كما قدم شرحاً عن أهم المناطق" are
# briefings that report no statement (batches 9, 56, 79): no claims. The chamber "ترحب بكل مستثمر" (inside the quote) is
# addressed to a generic class: no event. Claims: the attaché's قال (the expo: assert), مشيراً (assert), "قدم «ماوان»
# شكره" with cue شكره (praise: assert), مؤكداً (the strong relations: assert); al-Enezi's قال (assert), the second
# مشيراً and مؤكداً (they sit inside the quotation marks but are the narrator's reporting participles: assert), and
# "وأضاف «العنزي» عن دور غرفة حفر الباطن ... وقال: «...»" one statement (README batches 45–48: two verbs of one speaker
# for one content are one claim), cue أضاف (assert; decided, as "وتابعت قائلة" takes تابعت). The attaché lists Indonesia
# (a state official); the chamber keeps its own name forms, which hold حفر الباطن (decided: the town is no actor in any
# event here, and the chamber is named only so, as batch 112 keeps the Northern Borders administration's full name).
i = 'snn-2015-08-01-0933'
t = news_text(i)
ATTACHE = ["Wawan Sudarmawan", "واوان سودار ماوان", "ماوان", "«ماوان»", "الملحق التجاري", "الملحق الاندونيسي",
           "Sumar Numerjohan", "سومار نومرجوهان", "مساعد الملحق التجاري", "Indonesia", "إندونيسيا",
           "الجمهورية الاندونيسية"]
ENEZI = ["Anwar al-Shami al-Enezi", "انور الشامي العنزي", "أنور بن الشامي العنزي", "العنزي",
         "Hafr al-Batin Chamber of Commerce", "الغرفة التجارية بحفر الباطن", "غرفة حفر الباطن"]
BUSINESSMEN = ["Hafr al-Batin businessmen", "رجال أعمال المحافظة", "رجال أعمال"] + ENEZI
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "CONSULT", "source": ATTACHE, "target": ENEZI, "date": "2015-07-31"},
    {"code": "AGREE", "source": ATTACHE, "target": BUSINESSMEN, "date": "2015-07-31"},
    {"code": "SUPPORT", "source": ATTACHE, "target": ENEZI, "date": "2015-07-31"}], "claims": [
    {"speaker": ATTACHE, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ATTACHE, "cue": cue(t, "مشيراً", 1), "stance": "assert"},
    {"speaker": ATTACHE, "cue": cue(t, "شكره"), "stance": "assert"},
    {"speaker": ATTACHE, "cue": cue(t, "مؤكداً", 1), "stance": "assert"},
    {"speaker": ENEZI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ENEZI, "cue": cue(t, "مشيراً", 2), "stance": "assert"},
    {"speaker": ENEZI, "cue": cue(t, "مؤكداً", 2), "stance": "assert"},
    {"speaker": ENEZI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): Jubail's Friday preachers condemn the terrorist bombings of mosques and call
# for guarding the young against extremist thought. "حين استهدف الارهابيون مسجد قوات الطوارئ وذهب ضحيته أكثر من ١٠
# شهداء" is a finite clause with its doer: one ASSAULT terrorists → the Emergency Forces mosque and its dead, dated by
# "يوم أمس الأول" (two days before the corpus date: Thursday 2015-08-06). "التفجيرات الإرهابية التي تنفذها مجموعة من
# الإرهابيين القتلة مستهدفين بها المساجد" is the habitual series of which that attack is the latest (decided: as README
# batches 97–100 leave a habitual method of attack uncoded and code only the attack itself, the series adds no second
# ASSAULT). "أبدى خطباء الجمعة بمحافظة الجبيل إدانتهم واستنكارهم للتفجيرات" is one ACCUSE preachers → terrorists
# (README: a condemnation targets the doer the text names), undated (decided: "خطباء الجمعة" names the Friday sermon,
# not a day the text fixes for the statements). "وطالب الخطباء بضرورة محاربة الفكر الضال بشتى السبل وبتكاتف الجميع" with
# "وأكدوا على ضرورة المحافظة على أمن ووحدة الوطن" is one REQUEST with no named addressee (README batches 93–96: one
# sermon's several calls are one REQUEST; batches 41–44: a call with no addressee is a REQUEST with no target), undated.
# The terrorists' repeated slogans and "يبثون السموم" are generic habits, not events; the Quranic verse has no speaker.
# Claims: the preachers are a defined body tied to a named governorate (decided, as batches 121–128's residents of named
# regions and batch 110's fans of a named club): أبدى (a light verb: "أطلقت … تحذيرا" takes the light verb as cue;
# accuse), أكد (the importance of fortifying the young: a recommendation, other), أشاروا (assert), مذكرين (assert), طالب
# (other), محذرين (warn), أكدوا (other). No alias holds أبها (a place, as batch 112 codes the same attack).
i = 'snn-2015-08-08-0637'
t = news_text(i)
PREACHERS = ["Jubail Friday preachers", "خطباء الجمعة بمحافظة الجبيل", "خطباء الجمعة", "الخطباء", "منابر الجبيل"]
TERRORISTS = ["terrorists", "الارهابيون", "الإرهابيون", "هؤلاء الإرهابيون", "مجموعة من الإرهابيين القتلة",
              "مجموعة من الإرهابيين", "الإرهابيين القتلة", "الإرهابيين"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ASSAULT", "source": TERRORISTS,
     "target": ["Special Emergency Forces mosque", "مسجد قوات الطوارئ", "قوات الطوارئ", "Special Emergency Forces",
                "أكثر من ١٠ شهداء", "worshippers"], "date": "2015-08-06"},
    {"code": "ACCUSE", "source": PREACHERS, "target": TERRORISTS},
    {"code": "REQUEST", "source": PREACHERS, "target": []}], "claims": [
    {"speaker": PREACHERS, "cue": cue(t, "أبدى"), "stance": "accuse"},
    {"speaker": PREACHERS, "cue": cue(t, "أكد", 1), "stance": "other"},
    {"speaker": PREACHERS, "cue": cue(t, "أشاروا"), "stance": "assert"},
    {"speaker": PREACHERS, "cue": cue(t, "مذكرين"), "stance": "assert"},
    {"speaker": PREACHERS, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": PREACHERS, "cue": cue(t, "محذرين"), "stance": "warn"},
    {"speaker": PREACHERS, "cue": cue(t, "أكدوا"), "stance": "other"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): the Saudi ambassador to Jordan, Sami al-Saleh, says the deputy crown prince's
# visit to Jordan is part of continuing consultation. "زيارة الأمير محمد بن سلمان ... إلى الأردن أمس، ولقاءه الملك
# عبدالله الثاني بن الحسين ملك الأردن" names its visitor, host, place and day: one CONSULT Mohammed bin Salman → King
# Abdullah II (README batches 45–48: a visit and the meeting it holds are one CONSULT with the visitor as source), dated
# by أمس (2015-08-05) (decided: the visit is the article's news, told by verbal nouns with both parties named inside the
# ambassador's statement, as README batches 69–72 code a meeting named by a noun with its attendees named; not a
# background noun like "سقوط معبر نصيب"). The ambassador's description of the Saudi–Jordanian relations (متانة العلاقات،
# علاقات تعاون وتشاور) is no act (batch 54: "his description of the relations is no act"): no SUPPORT. Claims
# (al-Saleh): أكد، قال ("في تصريح لوكالة الأنباء السعودية": SPA is the recipient, no speaker)، أوضح، بين — all assert.
# Al-Saleh lists Saudi Arabia (a state official); his title, which holds الأردن (the CONSULT's target), is left out.
i = 'snn-2015-08-06-0567'
t = news_text(i)
SALEH = ["Sami al-Saleh", "سامي بن عبدالله الصالح", "الصالح", "السفير الصالح", "Saudi Arabia", "السعودية"]
MBS = ["Mohammed bin Salman", "محمد بن سلمان بن عبدالعزيز", "محمد بن سلمان", "الأمير محمد بن سلمان",
       "ولي ولي العهد", "Saudi Arabia", "السعودية"]
ABDULLAH = ["King Abdullah II", "عبدالله الثاني بن الحسين", "الملك عبدالله الثاني", "عبدالله الثاني", "ملك الأردن",
            "Jordan", "الأردن"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": MBS, "target": ABDULLAH, "date": "2015-08-05"}], "claims": [
    {"speaker": SALEH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "بين", 6), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-08-03): the London Tube drivers' union calls a 24-hour strike from Wednesday afternoon
# over the terms of the night service. "أعلنت نقابة سائقي المترو في لندن الاثنين أن حركة المترو ... ستتوقف عصر الأربعاء
# لمدة 24 ساعة تلبية لدعوة من النقابة" is an announced strike: THREATEN (README: an announced strike, CAMEO 133) aimed
# at the Tube management and the mayor its statement blames (batches 42 and 59: the authority the statement blames),
# dated by the announcement (Monday 2015-08-03, the corpus date). "المسؤولية تقع على رئيس بلدية لندن الذي يصر على اطلاق
# العمل الليلي" in the union's statement is blame: ACCUSE union → mayor (as batch 42's "حمل ... المسؤولية"), undated
# (decided: the statement's own day is not given, as batch 42 leaves such a statement undated). "رفض إدارة المترو إرجاء
# بدء العمل" is a verbal noun inside the statement: not coded (GUIDELINES: nominalised events). "وتطالب نقابات عدة
# بزيادة الرواتب" is a demand with no addressee named: REQUEST unions → no target (README: a compensation demand with no
# payer named), undated. "وقدمت إدارة المترو عرضا جديدا للنقابات الجمعة" is an offer: AGREE management → unions
# (GUIDELINES: offers → AGREE), dated Friday 2015-07-31. Claims: the union's أعلنت (the strike: warn, as batch 42),
# "وجاء في بيان للنقابة" (cue جاء; "no choice but to strike": warn) and "وتابع البيان" (the blame on the mayor: accuse).
# "نقابات عدة" are indefinite (no speaker). The union keeps no form holding لندن; the mayor keeps his title, which does
# (decided, as batch 110 keeps "والي مدنين").
i = 'snn-2015-08-03-0546'
t = news_text(i)
RMT = ["London Tube drivers' union", "نقابة سائقي المترو", "النقابة", "RMT"]
MGMT = ["London Underground management", "إدارة المترو", "London Underground", "Transport for London"]
MAYOR = ["Mayor of London", "رئيس بلدية لندن", "Boris Johnson"]
UNIONS = ["Tube unions", "نقابات عدة", "النقابات", "unions"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "THREATEN", "source": RMT, "target": MGMT + MAYOR, "date": "2015-08-03"},
    {"code": "ACCUSE", "source": RMT, "target": MAYOR},
    {"code": "REQUEST", "source": UNIONS, "target": []},
    {"code": "AGREE", "source": MGMT, "target": UNIONS + RMT, "date": "2015-07-31"}], "claims": [
    {"speaker": RMT, "cue": cue(t, "أعلنت"), "stance": "warn"},
    {"speaker": RMT, "cue": cue(t, "جاء"), "stance": "warn"},
    {"speaker": RMT, "cue": cue(t, "تابع"), "stance": "accuse"}]})
# --- SaudiNewsNet (Friday 2015-07-24): rights activists call on every US state to pass laws banning female genital
# mutilation. "طالب نشطاء في مجال حقوق الإنسان جميع الولايات الأمريكية بسن قوانين تحظر ختان الإناث" is REQUEST activists
# → the US states, undated; the activists are Equality Now, named in the next sentences (README batches 77–80: an
# unnamed party named in the next sentence shares one list). Shelby Quast's "نطالب الولايات المتحدة بان تحدث خططها
# الجماهيرية" is a second REQUEST, to the United States (decided: another addressee and another demand — updating
# federal plans, not state laws — so not folded into the lead's, as batch 42 follows batch 34: one REQUEST per
# addressee), undated ("هذا الاسبوع" is no day). "والولايات المتحدة واحدة من بين أكثر من 30 دولة توقع ميثاقا لاسئصال
# ظاهرة ختان الإناث ... خلال قمة لندن عام 2014" is a finite clause with its doers: signing a charter is SUPPORT
# (GUIDELINES), the signers one source list with no target (decided, as README batches 101–104 code a historical
# agreement in a relative clause), undated (a year). Not coded: "إعلان واشنطن ... التزامها" (a verbal noun after بعد:
# background), "حظرت السلطات الامريكية ختان الإناث عام 1996 كما أقرت في 2012 قانونا" (legislation, batch 52's call,
# naming no party), the states that did not apply the ban (a fact inside Equality Now's statement, no act), the practice
# itself (no doer). Claims: طالب (the activists/Equality Now: other), "قالت جماعة (المساواة الآن)" (only 24 of 50 states
# apply the ban: assert, decided — a figure stated, with no one blamed outright), Quast's قالت (the demand: other) and
# اضافت (assert). "وقال باحثون في علم السكان" and "وتوقعوا" are bare researchers (GUIDELINES: analysts excluded): no
# claim.
i = 'snn-2015-07-24-0929'
t = news_text(i)
EQ = ["Equality Now", "المساواة الآن", "جماعة (المساواة الآن)", "human rights activists",
      "نشطاء في مجال حقوق الإنسان", "نشطاء"]
QUAST = ["Shelby Quast", "شلبي كواست", "كواست", "Equality Now", "المساواة الآن"]
STATES = ["US states", "جميع الولايات الأمريكية", "الولايات الأمريكية", "50 ولاية أمريكية"]
US = ["United States", "الولايات المتحدة", "واشنطن", "Washington"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": EQ, "target": STATES},
    {"code": "REQUEST", "source": QUAST, "target": US},
    {"code": "SUPPORT", "source": US + ["more than 30 states", "أكثر من 30 دولة"], "target": []}], "claims": [
    {"speaker": EQ, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": EQ, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": QUAST, "cue": cue(t, "قالت", 2), "stance": "other"},
    {"speaker": QUAST, "cue": cue(t, "اضافت"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): Al-Hilal fans want a "new look" from striker Nasser al-Shamrani. "تأمل
# الجماهير الهلالية أن يكون الموسم الجديد بالنسبة له موسما مختلفا وأن يغير الصورة السيئة ... وأن يتفرغ للعب" is a hope
# that a named party act: REQUEST fans → al-Shamrani (README batches 89–92 and 113–120: people hoping a named party acts
# make a REQUEST), undated. Not coded: "العقوبة الآسيوية التي فرضت على المهاجم" (passive, no doer named), "حصوله على
# عقوبة الإيقاف ... من لجنة الانضباط" (a verbal noun after بعد: background, README batches 93–96), the club's signing of
# Almeida (a noun, and sport business), al-Qahtani's return and recovery, the team's struggles last season. The fans'
# joy at al-Qahtani's return (عبرت ... عن سعادتها) praises no party's act: no SUPPORT (decided). Claims: the fans of a
# named club are speakers (batch 110): مؤكدين (his scoring talent: assert), عبرت (joy: assert), أكدت (he can shine again
# if he keeps out of squabbles: assert). تأمل is an aspiration verb (README batches 121–128: يطمح no claim): no claim of
# its own (decided).
i = 'snn-2015-08-08-1218'
t = news_text(i)
FANS = ["Al-Hilal fans", "الجماهير الهلالية", "الجماهير", "الشقردية"]
SHAMRANI = ["Nasser al-Shamrani", "ناصر الشمراني", "الشمراني", "المهاجم الهلالي", "الزلزال"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "REQUEST", "source": FANS, "target": SHAMRANI}], "claims": [
    {"speaker": FANS, "cue": cue(t, "مؤكدين"), "stance": "assert"},
    {"speaker": FANS, "cue": cue(t, "عبرت"), "stance": "assert"},
    {"speaker": FANS, "cue": cue(t, "أكدت"), "stance": "assert"}]})
# --- Sabq (Wednesday 2015-07-22): Jeddah's health affairs director receives Eid well-wishers at his office today. The
# well-wishers are his own directorate's hospital and department directors and staff, and his two assistants attend:
# internal administration and Eid greetings (README batches 31–32; batch 48's emir receiving his own staff): no events.
# Greetings ("قدم ... التهنئة"، "تبادل التهاني") state nothing. Claims: Asiri's حث (urging his staff to keep up their
# efforts: other, as batch 48 counts حث) and شدد (the importance of keeping official hours: other); the spokesman Saleh
# al-Malik's أكد (the custom of the Eid party: assert). Sabq is the byline.
i = 'snn-2015-07-22-2025'
t = news_text(i)
JEDDAH_HEALTH = ["Jeddah Health Affairs", "الشؤون الصحية بمحافظة جدة", "صحة جدة", "الشؤون الصحية"]
ASIRI = ["Mubarak bin Hassan Asiri", "مبارك بن حسن عسيري", "عسيري", "مدير صحة جدة",
         "مدير الشؤون الصحية بمحافظة جدة"] + JEDDAH_HEALTH
MALIK = ["Saleh bin Hussein al-Malik", "صالح بن حسين المالك", "المالك", "الناطق الرسمي باسم صحة جدة"] + JEDDAH_HEALTH
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": ASIRI, "cue": cue(t, "حث"), "stance": "other"},
    {"speaker": ASIRI, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": MALIK, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- SaudiNewsNet (Wednesday 2015-07-22): British prosecutors charge a man with plotting to attack US servicemen in
# Britain and to join ISIS in Syria with his uncle. "اتهم ممثلو ادعاء بريطانيون رجلا امس الثلاثاء بالتآمر ..." with the
# passive "واتهما بالإعداد للقيام بأعمال إرهابية" and Deborah Walsh's allegations (the extra terrorism charge folded in)
# is one charging act: ACCUSE prosecutors → Junead and Shazib Khan (README: a prosecutor's charges are ACCUSE), dated by
# "امس الثلاثاء" (2015-07-21). "واعتقل جنيد أحمد خان ... وعمه شزيب أحمد خان ... الأسبوع الماضي" is a passive arrest:
# COERCE (README: an arrest is COERCE) given to the British authorities, the only authority the article names (decided,
# as README batches 109–112 give a passive arrest to the one police force named), undated ("الأسبوع الماضي" is a week).
# "ومثل الرجلان أمام قضاة للتحقيق في لندن في وقت لاحق أمس وتم حبسهما احتياطيا" is a remand in custody by the
# magistrates: COERCE (README batches 121–128: extending detention is COERCE), dated 2015-07-21 (later the same day).
# Not coded: the plots themselves (alleged intentions inside the charge, README: an accusation's content is no event),
# the cancelled Independence Day celebrations (passive, no doer). Claims: the lead's اتهم (GUIDELINES counts تتهم among
# speech verbs; accuse), Walsh's قالت and أضافت (the allegations: accuse). "ولم تكشف السلطات" is negated. The
# prosecutors list Britain (state officials).
i = 'snn-2015-07-22-0388'
t = news_text(i)
CPS = ["British prosecutors", "ممثلو ادعاء بريطانيون", "ممثلو ادعاء", "Crown Prosecution Service",
       "هيئة الادعاء الملكية", "Deborah Walsh", "ديبورا والش", "والش", "United Kingdom", "Britain", "بريطانيا"]
KHANS = ["Junead Ahmed Khan", "جنيد أحمد خان", "جنيد خان", "جنيد", "رجلا", "Shazib Ahmed Khan", "شزيب أحمد خان",
         "شزيب خان", "شزيب", "عمه", "الرجلان"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": CPS, "target": KHANS, "date": "2015-07-21"},
    {"code": "COERCE", "source": ["British authorities", "السلطات", "British police", "Britain", "بريطانيا"],
     "target": KHANS},
    {"code": "COERCE", "source": ["magistrates", "قضاة", "قضاة للتحقيق", "Britain", "بريطانيا"], "target": KHANS,
     "date": "2015-07-21"}], "claims": [
    {"speaker": CPS, "cue": cue(t, "اتهم", 1), "stance": "accuse"},
    {"speaker": CPS, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": CPS, "cue": cue(t, "أضافت"), "stance": "accuse"}]})
# --- SPA via SaudiNewsNet (Tuesday 2015-08-11): the Royal Commission at Yanbu's CEO, Alaa Nasief, honours the sponsors
# of the ninth flowers and gardens festival today. "كرم ... اليوم، رعاة المهرجان التاسع" is an honour: SUPPORT (README
# batches 45–48: an honour is SUPPORT) Nasief → the sponsors, dated 2015-08-11 (اليوم, the dateline's day); his thanks
# at the ceremony ("قدم الدكتور نصيف الشكر للجهات الحكومية ... ولجميع الجهات والشركات والمؤسسات التي قدمت رعايتها"،
# "مقدماً الشكر لكل من أسهم") and the shields he handed over ("سلم ... الدروع والشهادات للجهات المشاركة والرعاة") are
# the same recognition of the same parties at one ceremony (decided: one SUPPORT, its target list holding everyone
# thanked; the commission's own departments are internal and left out). The festival held yearly (دأبت على إقامة
# المهرجان) is the commission's own work. Claims: "قدم الدكتور نصيف الشكر" (thanks with a reason, README batches
# 109–112; the light verb قدم as cue; assert), قال (assert), أوضح (assert), مقدماً (thanks with a reason: assert). SPA
# (واس) is the byline. Nasief's list keeps no form holding ينبع (named on its own).
i = 'snn-2015-08-11-1620'
t = news_text(i)
NASIEF = ["Alaa Nasief", "علاء بن عبدالله نصيف", "نصيف", "الدكتور نصيف", "Royal Commission for Yanbu",
          "الهيئة الملكية", "الرئيس التنفيذي للهيئة الملكية"]
SPONSORS = ["festival sponsors", "رعاة المهرجان التاسع للزهور والحدائق", "رعاة المهرجان", "الرعاة", "رعاة",
            "الشركات المكرمة", "الجهات المشاركة والرعاة", "الجهات المشاركة", "الجهات الحكومية",
            "جميع الجهات والشركات والمؤسسات", "كل من أسهم من رعاة ومشاركين وزوار"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "SUPPORT", "source": NASIEF, "target": SPONSORS, "date": "2015-08-11"}], "claims": [
    {"speaker": NASIEF, "cue": cue(t, "قدم", 1), "stance": "assert"},
    {"speaker": NASIEF, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": NASIEF, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": NASIEF, "cue": cue(t, "مقدماً"), "stance": "assert"}]})
# --- Al-Weeam via SaudiNewsNet (2015-07-27): the UN humanitarian coordinator for Yemen, Johannes van der Klaauw, visits
# Aden and meets a government team. "قام ... بزيارة هي الأولى من نوعها إلى محافظة عدن" and "والتقى المسؤول الأممي فور
# وصوله فريقاً حكومياً ضم، محافظ عدن، نائف البكري ومدير مكتب رئاسة الجمهورية محمد مارم، ووزيري النقل، والأشغال العامة"
# are one visit and the meeting it holds: one CONSULT coordinator → the government team (README batches 45–48), undated
# (no day given); the link line repeating the headline re-tells it (one instance). "هذه الزيارة ... هي رسالة تضامن مع
# سكان عدن ولإعادة بناء هذه المدينة" is solidarity with a named group: SUPPORT coordinator → Aden's residents (README
# batches 89–92: solidarity with a named group is SUPPORT), undated. "بعد تحرير المحافظة من مليشيا الحوثي والمخلوع صالح"
# is a verbal noun with no doer: not coded. Claims: عبر (his pleasure at visiting Aden: assert), قال (the visit is a
# message of solidarity: assert), معبراً (assert). "رابط الخبر بصحيفة الوئام" is a byline. The coordinator's title holds
# اليمن and is left out; the governor's title holds عدن and is left out; the residents keep "سكان عدن", the only name
# the text gives them (decided).
i = 'snn-2015-07-27-1021'
t = news_text(i)
UN = ["Johannes van der Klaauw", "يوهانس فانديلاو", "فانديلاو", "المسؤول الأممي", "UN humanitarian coordinator",
      "المنسق الإنساني للأمم المتحدة", "United Nations", "الأمم المتحدة", "منظمة الأمم المتحدة"]
GOVTEAM = ["Yemeni government team", "فريقاً حكومياً", "فريقاً من الحكومة اليمنية", "الحكومة اليمنية",
           "الحكومة الشرعية", "Nayef al-Bakri", "نائف البكري", "البكري", "Mohammed Marem", "محمد مارم", "مارم",
           "Badr Basalma", "بدر باسلمة", "باسلمة", "Wahi Aman", "وحي أمان", "Yemen", "اليمن"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "CONSULT", "source": UN, "target": GOVTEAM},
    {"code": "SUPPORT", "source": UN, "target": ["Aden residents", "سكان عدن"]}], "claims": [
    {"speaker": UN, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": UN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": UN, "cue": cue(t, "معبراً"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch131.gold.jsonl', recs)
