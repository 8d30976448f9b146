"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 92 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-08-01): Germany's amended residence law for foreigners takes effect today. The
# amendment's provisions (long-term residence, faster deportation of rejected asylum seekers, powers for entry and
# residence bans, a new deportation centre) are what the law "يقضي/ينص/يمنح"; the law starting to apply (بدأ ...
# تنفيذ) and the rejected asylum requests (تم رفض) have no doer: not coded. "وهو الإجراء الذي تنتقده منظمات
# اللاجئين" is a relative clause with its doer: criticism is ACCUSE, refugee organisations → the German authorities
# whose measure it is (the law gives them the powers), undated; the organisations are a bare group, so no claim
# (as the README's journalists criticising a municipality). Claims: "تشير تقديرات الحكومة الألمانية" names its
# author (batch 63's "تشير تقديرات الصندوق"; batch 22's bare تقديرات had none): the government's claim, assert.
i = 'snn-2015-08-01-0267'
t = news_text(i)
GERMAN_GOVT = ["German government", "الحكومة الألمانية", "German authorities", "السلطات الألمانية", "Germany",
               "ألمانيا"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ACCUSE", "source": ["refugee organisations", "منظمات اللاجئين"], "target": GERMAN_GOVT}], "claims": [
    {"speaker": GERMAN_GOVT, "cue": cue(t, "تشير"), "stance": "assert"}]})
# --- Al-Weeam (via SaudiNewsNet, Saturday 2015-08-08): Sheikh Mohammed al-Mukhtar al-Shinqiti condemns the bombing
# of the Emergency Forces mosque in Asir on Thursday (أول من أمس الخميس, 2015-08-06). His condemnation (استنكر and
# the body's words on "this crime") is one ACCUSE with no target: the text names no doer ("هؤلاء، الذين استحلوا
# قتلهم" and "كانوا يقولون ... فصاروا يقتلون" are unnamed), undated (the speech has no day; the Thursday is the
# crime's). The bombing itself (الجريمة ... التي وقعت) has no doer: not coded. "سائلين الله أن يتقبل الشهداء" is a
# prayer (nothing); "اختتم كلمته بالدعوة إلى تقوى الله ... والسمع والطاعة" is a religious exhortation: a claim, no
# REQUEST (README). Claims: استنكر (accuse), مؤكدًا (the crime's four violated sanctities: accuse), قال (accuse),
# أضاف (accuse), بين (the martyrs' honour: assert), تابع (accuse), بالدعوة (other; the light phrase's noun as cue,
# as batch 51's بالقول). "مستشهدًا بقول العلماء" cites a saying inside his own statement: no claim of its own; the
# closing "رابط الخبر بصحيفة الوئام" is a credit line. "بين" occurs again as a preposition (بين يديه): the cue is
# occurrence 1.
i = 'snn-2015-08-08-1010'
t = news_text(i)
SHINQITI = ["Mohammed bin Mohammed al-Mukhtar al-Shinqiti", "محمد بن محمد المختار الشنقيطي", "الشنقيطي",
            "Sheikh al-Shinqiti"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ACCUSE", "source": SHINQITI, "target": []}], "claims": [
    {"speaker": SHINQITI, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": SHINQITI, "cue": cue(t, "مؤكدًا"), "stance": "accuse"},
    {"speaker": SHINQITI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": SHINQITI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": SHINQITI, "cue": cue(t, "بين", 1), "stance": "assert"},
    {"speaker": SHINQITI, "cue": cue(t, "تابع"), "stance": "accuse"},
    {"speaker": SHINQITI, "cue": cue(t, "بالدعوة"), "stance": "other"}]})
# --- Al-Weeam (via SaudiNewsNet, 2015-08-11): Syrian TV announced on Monday 10 August the arrest of Suleiman Hilal
# al-Assad, accused of killing Air Force Colonel Hassan al-Sheikh in a road dispute. The arrest is told as a noun
# under أعلن and in the passive (تمت عملية القاء القبض عليه), but "الجهات المختصة بعد ان قامت بتطويق المكان طلبت من
# المشتبه به ... تسليم نفسه" names its doer: the cordon and arrest are one COERCE by the Syrian authorities (passive
# arrests reported with their doer, batches 15–16), and the demand to surrender a REQUEST to him; both undated (the
# Monday is the day of the TV's announcement, not a day the text gives the arrest). "تلقت وعودا من الاسد بمحاسبة
# قاتل زوجها" is a promise of President al-Assad to the widow: AGREE (README: promises are AGREE), undated. In the
# brother's account (a historical clause with a named doer, README) "سليمان انهال بالشتائم على أخي وعلى الجيش" is
# verbal abuse: ACCUSE (batch 37–40's coach's verbal abuse) of the colonel and the army; "سحب كلاشنكوف ... ورمى أخي
# بين 5 إلى 6 طلقات" the killing: ASSAULT; both undated. His stopping the car in their way is the lead-up to the
# shooting, folded in. "رفع دعوى باسمه ضد سليمان الأسد لدى الشرطة العسكرية والمحكمة العسكرية" is a lawsuit: ACCUSE
# brother → Suleiman (README, CAMEO 115), undated. "المتهم بقتل" is a passive participle: no event. Claims: the TV's
# أعلن (assert), the widow's قالت (assert), "كما يرويها اخ العقيد" (the brother's account, a reporting verb naming
# him: accuse), his قال (the armed gangs that kill people on the roads: accuse; occurrence 2, the first being inside
# وقالت) and مشيرا (his lawsuit: accuse). Bashar al-Assad's list keeps "الاسد", the only form the text gives him;
# the colonel's list leaves out the title العقيد, which his widow's and brother's descriptions hold.
i = 'snn-2015-08-11-1085'
t = news_text(i)
SYRIAN_TV = ["Syrian state television", "التلفزيون السوري", "Syrian TV"]
AUTHORITIES = ["Syrian authorities", "الجهات المختصة", "Syria", "سوريا"]
SULEIMAN = ["Suleiman Hilal al-Assad", "سليمان هلال الأسد", "سليمان الأسد", "سليمان الاسد", "سليمان",
            "المشتبه به"]
COLONEL = ["Hassan al-Sheikh", "حسان الشيخ", "أخي"]
WIDOW = ["widow", "أرملة العقيد", "أرملة"]
BROTHER = ["brother", "اخ العقيد", "شقيق المغدور", "شقيق"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "COERCE", "source": AUTHORITIES, "target": SULEIMAN},
    {"code": "REQUEST", "source": AUTHORITIES, "target": SULEIMAN},
    {"code": "AGREE", "source": ["Bashar al-Assad", "بشار الأسد", "الاسد", "Syrian President", "Syria", "سوريا"],
     "target": WIDOW},
    {"code": "ACCUSE", "source": SULEIMAN,
     "target": COLONEL + ["Syrian Arab Army", "الجيش العربي السوري", "الجيش"]},
    {"code": "ASSAULT", "source": SULEIMAN, "target": COLONEL},
    {"code": "ACCUSE", "source": BROTHER, "target": SULEIMAN}], "claims": [
    {"speaker": SYRIAN_TV, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": WIDOW, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": BROTHER, "cue": cue(t, "يرويها"), "stance": "accuse"},
    {"speaker": BROTHER, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": BROTHER, "cue": cue(t, "مشيرا"), "stance": "accuse"}]})
# --- SaudiNewsNet (2015-08-04): a New Zealand dairy manager, Michael James Whitelock, pleaded guilty yesterday to
# cruelty to cows. "بدأت وزارة الصناعات الأولية تحقيقاً" is an investigation with its doer, which (through "خلص
# المحققون" and the ministry's "ذكرت ... أن وايتلوك ضرب بقرة") names the culprit: one ACCUSE of Whitelock (README:
# investigations are ACCUSE), undated. The conviction (أدين، التهم الموجهة ضده), the suspension from work (تم
# وقفه) and the bail release (تم الإفراج عنه) are passive with no doer: not coded. Acts on animals and the vet's
# examination are no PLOVER events. His guilty plea (أقر بذنبه) is an identified man's confession: a claim (README's
# confessions), no event. Claims: أقر (assert), the ministry investigator's قال and أوضح ("محقق من الوزارة" is tied
# to a named institution: assert), the ministry's ذكرت (accuse). "أفادت تقارير إعلامية نيوزيلندية" is bare: no
# claim.
i = 'snn-2015-08-04-0736'
t = news_text(i)
MPI = ["Ministry for Primary Industries", "وزارة الصناعات الأولية", "الوزارة", "New Zealand"]
WHITELOCK = ["Michael James Whitelock", "مايكل جيمس وايتلوك", "وايتلوك", "رجلاً", "المزارع"]
INVESTIGATOR = ["MPI investigator", "محقق من الوزارة", "محقق"] + MPI
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ACCUSE", "source": MPI, "target": WHITELOCK}], "claims": [
    {"speaker": WHITELOCK, "cue": cue(t, "أقر"), "stance": "assert"},
    {"speaker": INVESTIGATOR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": INVESTIGATOR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MPI, "cue": cue(t, "ذكرت"), "stance": "accuse"}]})
# --- SaudiNewsNet (Friday 2015-07-31): Erdogan, visiting Indonesia, denies today that Turkey helps ISIS and accuses
# "dark forces" of false propaganda. The denial (نفى، مؤكدا "لا اساس ولا تبرير لها"، "لم تكن تركيا ضالعة مطلقا")
# is one REJECT, dated; its target is the party the text names as making that charge ("اتهم الحزب الكردي انقرة
# بالتواطؤ مع تنظيم داعش": README, a denial targets those whose statements it contradicts). "متهما قوى سوداء بنشر
# دعاية" and the body's "قال ان القوى السوداء تنشر معلومات خاطئة" are one ACCUSE, dated, with no target ("قوى سوداء"
# names no party; batch 52's "جهات رسمية" is so coded). "انتقد اردوغان من جاكرتا كذلك الدول التي ..." is a second
# ACCUSE, of other, unnamed states: no target, dated (the same Friday in Jakarta). "خلال زيارة الى اندونيسيا" is the
# occasion of his remarks: CONSULT Erdogan → Indonesia (batches 25 and 50), dated by the Friday the text places him
# there. "مصممة على مواصلة القتال" restates the operations coded below: no THREATEN of its own (batch 51's call).
# "بدأت تركيا الاسبوع الماضي عمليات عسكرية ضد تنظيم داعش" is ASSAULT Turkey → ISIS, and "شنت القوات الجوية التركية
# سلسلة غارات جديدة ضد مواقع الحزب المحظور" ASSAULT on the PKK (two targets, two clauses), both undated (a week, not a
# day); "العمليات العسكرية التي اطلقتها بلاده" re-tells them. "وافقت بعده على السماح الولايات المتحدة باستخدام قاعدة
# انجرليك" is finite here (batch 33 had it as a masdar): letting the US use an air base for strikes is military
# cooperation, COOPERATE (PLOVER manual: military cooperation), undated; "لشن غارات" is its purpose. The suicide
# bombing (تفجير انتحاري) has no doer. The PKK's charge of collusion with ISIS is ACCUSE PKK → Turkey, the HDP's
# charge that Erdogan uses the strikes as cover ACCUSE HDP → Erdogan, both undated. Claims: نفى (deny), متهما
# (accuse), قال 1 (losses and resolve: assert), the PKK's اتهم and the HDP's اتهم (accuse), قال 2 (accuse), مؤكدا
# (deny), قال 3 (deny), انتقد (accuse); the fourth قال ("الدول التي قال انها تحاول") gives the same criticism in the
# same sentence: no claim of its own.
i = 'snn-2015-07-31-1796'
t = news_text(i)
TURKEY = ["Turkey", "تركيا", "Ankara", "انقرة"]
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب اردوغان", "اردوغان", "Turkish President", "الرئيس التركي"] + TURKEY
PKK = ["PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "الحزب الكردي", "الحزب المحظور"]
HDP = ["Peoples' Democratic Party", "HDP", "حزب الشعب الديموقراطي", "حزب الشعب الديموقراطي التركي"]
ISIS = ["ISIS", "داعش", "تنظيم داعش"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REJECT", "source": ERDOGAN, "target": PKK, "date": "2015-07-31"},
    {"code": "ACCUSE", "source": ERDOGAN, "target": [], "date": "2015-07-31"},
    {"code": "ACCUSE", "source": ERDOGAN, "target": [], "date": "2015-07-31"},
    {"code": "CONSULT", "source": ERDOGAN, "target": ["Indonesia", "اندونيسيا", "إندونيسيا", "Jakarta", "جاكرتا"],
     "date": "2015-07-31"},
    {"code": "ASSAULT", "source": TURKEY, "target": ISIS},
    {"code": "COOPERATE", "source": TURKEY, "target": ["United States", "الولايات المتحدة", "US"]},
    {"code": "ASSAULT", "source": ["Turkish Air Force", "القوات الجوية التركية"] + TURKEY, "target": PKK},
    {"code": "ACCUSE", "source": PKK, "target": TURKEY},
    {"code": "ACCUSE", "source": HDP, "target": ["Recep Tayyip Erdogan", "رجب طيب اردوغان", "اردوغان"]}],
    "claims": [
    {"speaker": ERDOGAN, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": ERDOGAN, "cue": cue(t, "متهما"), "stance": "accuse"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": PKK, "cue": cue(t, "اتهم", 1), "stance": "accuse"},
    {"speaker": HDP, "cue": cue(t, "اتهم", 2), "stance": "accuse"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": ERDOGAN, "cue": cue(t, "مؤكدا"), "stance": "deny"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 3), "stance": "deny"},
    {"speaker": ERDOGAN, "cue": cue(t, "انتقد"), "stance": "accuse"}]})
# --- Jawhara FM (Sunday 2017-06-18): voter registration for the municipal elections opens tomorrow. An
# administrative notice: no events. "بحسب الهيئة العليا المستقلة للانتخابات" is its sentence's only attribution: the
# ISIE's claim (assert).
i = 'ant-JA-localNews-4622-20170618'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-06-18", "events": [], "claims": [
    {"speaker": ["ISIE", "Independent High Authority for Elections", "الهيئة العليا المستقلة للانتخابات"],
     "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Jawhara FM (2015-12-07): French papers of right and left both headline "shock" at the far right's first-round
# win. The election result is no PLOVER event; the papers' front pages (تصدرت "الصدمة" الصفحات الأولى) carry a
# headline, not a reported statement; "عبر عدد من نشطاء مواقع التواصل الإجتماعي ... مؤكدين" is a bare group
# (README: bare sources make no claim). Nothing coded.
i = 'ant-JA-internationalNews-1001-20151207'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-12-07", "events": [], "claims": []})
# --- Jawhara FM (Thursday 2015-05-07): the Spanish football federation announces it will suspend all competitions
# from 16 May over its dispute with the government on the new TV-rights law. An announced suspension of play in a
# dispute with the government is an announced strike: THREATEN federation → government (README: an announced strike
# is THREATEN against the government), dated by the statement the federation posted after its meeting yesterday,
# Wednesday (2015-05-06). "سيكرر الحوار مع الحكومة الاسبانية" is an offer of future talks: AGREE (README: future
# meetings and offers), dated by the same statement. The law passed "بمساندة رابطة أندية المحترفين" is passive with
# the league's backing as a noun, and the dispute (خلاف) a noun: not coded. Claims: أعلن (warn), أورد (promise), أشار
# (the suspension will be indefinite: warn).
i = 'ant-JA-sport-606-20150507'
t = news_text(i)
RFEF = ["Royal Spanish Football Federation", "RFEF", "الاتحاد الإسباني لكرة القدم", "الاتحاد الإسباني", "الاتحاد",
        "الاتحاد المحلي"]
SPAIN_GOVT = ["Spanish government", "الحكومة الإسبانية", "الحكومة الاسبانية", "الحكومة", "Spain"]
recs.append({"id": i, "text": t, "published": "2015-05-07", "events": [
    {"code": "THREATEN", "source": RFEF, "target": SPAIN_GOVT, "date": "2015-05-06"},
    {"code": "AGREE", "source": RFEF, "target": SPAIN_GOVT, "date": "2015-05-06"}], "claims": [
    {"speaker": RFEF, "cue": cue(t, "أعلن"), "stance": "warn"},
    {"speaker": RFEF, "cue": cue(t, "أورد"), "stance": "promise"},
    {"speaker": RFEF, "cue": cue(t, "أشار"), "stance": "warn"}]})
# --- Jawhara FM (Thursday 2015-10-01): the Interior Ministry's statement of today: the national anti-terrorism
# investigation unit at El Gorjani uncovered a smuggling network in Ben Guerdane; raids and five arrests followed.
# "أمكن للوحدة الوطنية للأبحاث في جرائم الإرهاب ... من كشف شبكة ... والتعريف بعناصرها" is an investigation with its
# doer that identifies the culprits: ACCUSE unit → network (batch 51's investigation), undated. The raids and arrests
# ("تمّ ... إجراء عمليات مداهمة ... وإيقاف 5 عناصر") are passive but reported by the ministry with the unit, the
# public-security units and the army named as taking part: one COERCE (README: passive arrests reported by the police
# are the police's COERCE), undated: "الليلة الفاصلة بين يومي 30 سبتمبر و 01 أكتوبر" spans two days (decided, as a
# visit over two days stays undated). "بالتنسيق مع النيابة العمومية" is coordination inside the Tunisian state
# (internal); the seizures (تمّ كشف 3 مخازن) fold into the raids. Claims: the ministry's أعلنت and "أفاد البلاغ"
# (assert). The unit's list leaves out its seat (بالقرجاني) and the network's its town.
i = 'ant-JA-localNews-1622-20151001'
t = news_text(i)
MOI = ["Tunisian Ministry of Interior", "Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"]
UNIT = ["National Unit for Investigating Terrorist Crimes", "الوحدة الوطنية للأبحاث في جرائم الإرهاب",
        "الوحدة الوطنية"] + MOI
NETWORK = ["smuggling network", "شبكة مختصة في التهريب", "الشبكة", "عناصر الشبكة", "5 عناصر"]
recs.append({"id": i, "text": t, "published": "2015-10-01", "events": [
    {"code": "ACCUSE", "source": UNIT, "target": NETWORK},
    {"code": "COERCE", "source": UNIT + ["General Directorate of Public Security", "الإدارة العامة للأمن العمومي",
                                         "National Army", "الجيش الوطني"], "target": NETWORK}], "claims": [
    {"speaker": MOI, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- Jawhara FM (2017-03-23): physicist Louis Del Monte warns that insect-sized "nanoweapons" threaten humanity.
# Developing weapons (يجري تطويرها من قبل الجيش, a generic army) and the investment of the US, Russia and China
# (استثمار, a noun) are no events; publishing a book is none. "حذر الخبراء" is a bare group: no claim. Claims: Del
# Monte's "نشر ... عدة تحذيرات" (a light verb with its warnings, README's "أطلقت … تحذيرا": warn) and يرى (warn);
# "وفقا لكتابه" repeats its sentence's speaker: no claim.
i = 'ant-JA-internationalNews-885-20170323'
t = news_text(i)
DEL_MONTE = ["Louis Del Monte", "لويس ديل مونتي", "ديل مونتي"]
recs.append({"id": i, "text": t, "published": "2017-03-23", "events": [], "claims": [
    {"speaker": DEL_MONTE, "cue": cue(t, "نشر", 1), "stance": "warn"},
    {"speaker": DEL_MONTE, "cue": cue(t, "يرى"), "stance": "warn"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch92.gold.jsonl', recs)
