"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 86 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Jazirah: Somali president Hassan Sheikh Mohamud rules out next year's presidential election over the
# insurgency, while the opposition accuses his government of using insecurity to extend his term. "تتهم أحزاب
# المعارضة حكومته باستغلال ضعف الحالة الأمنية لتمديد ولايته" is ACCUSE opposition → Mohamud and his government;
# "نافياً في الوقت نفسه مزاعم المعارضة" is the denial of that accusation: REJECT Mohamud → opposition (GUIDELINES);
# both undated (the statement has no day). "صعّدت جماعة «الشباب» ... من هجماتها الدامية ... والتي استهدفت خلالها قوات
# الاتحاد الإفريقي ومسؤولين حكومين وأجانب" is a clause with its doer: ASSAULT al-Shabaab → AU forces, government
# officials and foreigners, undated ("في الأشهر الأخيرة"); "العنف المستشري الذي تقوده جماعة الشباب" in Mohamud's
# quote and "يستغلونها لشن الهجمات الإرهابية" tell the same insurgency (decided: one record). Not coded: ruling out
# the election and the government's plan to review the constitution and build an army (his own state's business,
# acting on no other party), "انتخب رئيساً" (passive), "تكافح حكومته لبسط سلطتها" (no party named), "طرد مقاتلي
# الشباب" (a noun with no doer), al-Shabaab's holding rural areas (a standing situation in the narrator's يذكر أن,
# as batch 62 leaves Taliban control) and its ties to al-Qaeda (a standing relation, no act). Claims: Mohamud's
# استبعد and مشيراً (assert), the opposition's تتهم (accuse; the opposition parties of a named state are a
# political actor, not a bare source), his قال (the election is impossible: assert), نافياً (deny) and the second
# قال (his government's plans: assert). Mohamud, a head of state, lists Somalia.
i = 'snn-2015-08-01-0430'
t = news_text(i)
MOHAMUD = ["Hassan Sheikh Mohamud", "حسن شيخ محمود", "محمود", "رئيس الصومال", "Somali government", "حكومته",
           "Somalia", "الصومال"]
OPPOSITION = ["Somali opposition parties", "أحزاب المعارضة", "المعارضة"]
SHABAAB = ["al-Shabaab", "جماعة الشباب", "جماعة الشباب المتطرفة", "الشباب", "مقاتلي الشباب"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ACCUSE", "source": OPPOSITION, "target": MOHAMUD},
    {"code": "REJECT", "source": MOHAMUD, "target": OPPOSITION},
    {"code": "ASSAULT", "source": SHABAAB,
     "target": ["African Union forces", "قوات الاتحاد الإفريقي", "الاتحاد الإفريقي", "AMISOM", "government officials",
                "مسؤولين حكومين", "Somali government", "Somalia", "الصومال", "foreigners", "أجانب"]}], "claims": [
    {"speaker": MOHAMUD, "cue": cue(t, "استبعد"), "stance": "assert"},
    {"speaker": MOHAMUD, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": OPPOSITION, "cue": cue(t, "تتهم"), "stance": "accuse"},
    {"speaker": MOHAMUD, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MOHAMUD, "cue": cue(t, "نافياً"), "stance": "deny"},
    {"speaker": MOHAMUD, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Al-Weeam: Hezbollah's Al-Manar TV says an Israeli drone strike on a car in Quneitra killed two Hezbollah
# members. "ضربة اسرائيلية جوية نفذتها طائرة بلا طيار استهدفت سيارة ... وقتلت عضوين من حزب الله" (a relative clause
# with its doer) and "قصفت الطائرة السيارة" are one strike: ASSAULT Israel → Hezbollah, undated ("اليوم الاربعاء",
# 2015-07-29 against the Friday corpus date, is when Al-Manar spoke, not the strike's day, as batch 83 leaves a
# shooting the sources reported أمس). "حزب الله الذي يقاتل الى جانب القوات الحكومية" and "يقاتل حزب الله الى جوار
# الجيش السوري" are one standing military help to the Syrian government: AID (CAMEO 072, as batches 16 and 78 code
# Hezbollah's help to Assad), undated. "هضبة الجولان السورية التي تحتلها اسرائيل" is an occupation named in a
# relative clause: COERCE Israel → Syria (batches 77–80), undated. The army spokeswoman's refusal to comment is
# "declined to comment" (GUIDELINES): neither event nor claim. The civil war is a noun. Claims: Al-Manar's قال (it
# reports the strike on its own account, not as a conduit: assert). The link line with the headline is a byline. Al-
# Manar's list leaves out "التابع لحزب الله" (Hezbollah is the strike's target).
i = 'snn-2015-07-31-1556'
t = news_text(i)
ISRAEL = ["Israel", "اسرائيل", "Israeli drone", "طائرة بلا طيار", "الطائرة", "Israeli army", "الجيش الاسرائيلي"]
HEZBOLLAH = ["Hezbollah", "حزب الله", "Hezbollah members", "عضوين من حزب الله"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ASSAULT", "source": ISRAEL, "target": HEZBOLLAH},
    {"code": "AID", "source": HEZBOLLAH[:2],
     "target": ["Syrian government forces", "القوات الحكومية", "Syrian army", "الجيش السوري", "Syrian government",
                "Syria", "سوريا"]},
    {"code": "COERCE", "source": ["Israel", "اسرائيل"],
     "target": ["Syria", "سوريا", "Golan Heights", "هضبة الجولان السورية", "هضبة الجولان"]}], "claims": [
    {"speaker": ["Al-Manar TV", "تلفزيون المنار", "المنار", "Al-Manar"], "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Al-Jazirah: entertainment troupes liven up Eid al-Fitr in Al-Rass and visit patients, the police station and the
# Commission for the Promotion of Virtue. The shows and prizes at the Eid festivities are no PLOVER event (batches
# 51–52). "قامت هذه الفرق ... بزيارة المرضى ... في مستشفى الرس العام وتوزيع الهدايا والورود وذلك في ثالث أيام العيد"
# is a hospital visit with its doer: CONSULT troupes → patients (batches 13 and 56), dated by "ثالث أيام العيد" (Eid
# 1436 began Friday 17 July, so Sunday 2015-07-19, as batch 30 dates it); the gifts and flowers are a courtesy of
# the visit (batch 56). "وزيارة مركز شرطة الرس وهيئة الأمر بالمعروف والنهي عن المنكر" are visits to two hosts: one
# CONSULT per host (batch 13's two hosts), undated (the day phrase closes the hospital clause; decided). The
# commission's welcome and the gifts its named officials handed over "تشجيعاً لهذه الفرق" are the hosts' courtesy,
# folded into that CONSULT (decided, as batch 56 folds the deputy governor's gifts), so the officials join the
# commission's list. No claims. No alias holds الرس (named on its own as the town).
i = 'snn-2015-07-22-0451'
t = news_text(i)
TROUPES = ["entertainment troupes", "الفرق الشبابية الترفيهية", "الفرق", "هذه الفرق", "Shaqardiya troupe",
           "فرقة شقردية الترفيهية", "شقردية", "Al-Limas troupe", "فرقة الليماس الاستعراضية", "الليماس"]
HAYAA = ["Commission for the Promotion of Virtue and Prevention of Vice", "هيئة الأمر بالمعروف والنهي عن المنكر",
         "الهيئة", "هيئة السوق", "مركز هيئة السوق", "Abdullah al-Dakhil", "عبد الله الدخيل", "الدخيل",
         "Ibrahim al-Mutairi", "إبراهيم المطيري", "المطيري", "Mohammed al-Harbi", "محمد الحربي",
         "Mohammed al-Huwaimli", "محمد الهويملي", "الهويملي", "Abdullah al-Harbi", "عبد الله الحربي", "الحربي"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": TROUPES, "target": ["patients", "المرضى"], "date": "2015-07-19"},
    {"code": "CONSULT", "source": TROUPES, "target": ["Al-Rass police station", "مركز شرطة", "police", "الشرطة"]},
    {"code": "CONSULT", "source": TROUPES, "target": HAYAA}], "claims": []})
# --- Al-Riyadh: residents of a Lahore suburb unmask two thieves disguised in women's cloaks. "يقومان بالسرقة تحت
# تهديد حد السلاح" is robbery at gunpoint by named doers: THREATEN thieves → residents (batch 56: brandishing a
# weapon to rob is THREATEN; the theft itself is not coded), undated (habitual). "تمكن سكان ... من كشف هوية لصين"
# and "تولى بقية السكان القبض عليهما عندما حاولا الهرب" are one capture by the residents: COERCE (arrest, CAMEO
# 173), the unmasking folded in, undated. "قام أهل الضاحية بتسليمهما إلى الشرطة" (told twice) hands the captives to
# the authorities: COOPERATE residents → police (decided, by GUIDELINES' handover of a detainee), undated. "الشرطة
# التي عثرت بحوزتهما على مسدسين و4 هواتف مسروقة" is the police's handling of the case (a relative clause with its
# doer; the investigations and the passive referral "تمت إحالتهما" fold into it): one ACCUSE police → thieves
# (batches 34 and 73–76), undated. The return of the stolen goods is passive. No claims (no reporting verb; "اتضح"
# has no speaker). No alias holds لاهور or غلشن إقبال (named on their own).
i = 'snn-2015-07-31-1215'
t = news_text(i)
THIEVES = ["two thieves", "لصين", "اللصان", "لصوص"]
RESIDENTS = ["residents", "سكان الضاحية", "أهل الضاحية", "بقية السكان", "أحد سكان الضاحية", "السكان"]
POLICE = ["police", "الشرطة", "Pakistani police", "Pakistan", "باكستان"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "THREATEN", "source": THIEVES, "target": RESIDENTS + ["home owners"]},
    {"code": "COERCE", "source": RESIDENTS, "target": THIEVES},
    {"code": "COOPERATE", "source": RESIDENTS, "target": POLICE},
    {"code": "ACCUSE", "source": POLICE, "target": THIEVES}], "claims": []})
# --- Al-Weeam: the Saudi embassy in Greece warns citizens against cheap car offers by phone and online in Greece and
# Cyprus, run by fraud gangs. The warning addresses Saudi citizens as a generic group and the gangs are unnamed (batch
# 79's warnings to drone users, batch 83's call on a generic class): no REQUEST, no ACCUSE; the fraud itself is no
# PLOVER event (batch 30). Claims: حذرت (warn), مؤكدة (that gangs defraud citizens and vanish: the danger warned of,
# warn) and قالت (one may check with the embassy or the competent bodies: a recommendation, other). The embassy lists
# Saudi Arabia (a state body) and no form holding اليونان (named on its own).
i = 'snn-2015-07-22-1503'
t = news_text(i)
EMBASSY = ["Saudi embassy in Greece", "Saudi embassy", "السفارة السعودية", "السفارة", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": EMBASSY, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": EMBASSY, "cue": cue(t, "مؤكدة"), "stance": "warn"},
    {"speaker": EMBASSY, "cue": cue(t, "قالت"), "stance": "other"}]})
# --- Jawhara FM: the station's "Radar" covers today's (Tuesday 2017-03-14) protest and march by Sousse law students
# against government decree 345 (magistracy exams only through a master's). "تحرك احتجاجي ومسيرة نفذها طلبة كلية
# الحقوق بسوسة" is a relative clause with its doer: one PROTEST, no target (no addressee named, as batch 61 codes the
# law students' protest against the same decree), dated. "أكد عدد من الطلبة ... أن هذا القرار ليس من مصلحة أي طالب"
# and "أوضحوا أن تبريرات وزير العدل غير مقنعة" criticise the decree and the minister: one ACCUSE of the government
# and the Minister of Justice (the judges' several verbs are one ACCUSE, batches 33–36); "أكد الطلبة أن إضرابهم سيكون
# مفتوحا إلى حين الغاء هذا المرسوم" is strikers vowing to go on until the decree goes: THREATEN the government (batches
# 81–84); both dated by the march (decided: they spoke to the station's reporter at today's protest, as batch 52
# dates words spoken at a stand). The decree "صدر يوم 9 مارس" is passive (the government only as an adjective): not
# coded. "رصد الرادار" is the station's own programme: the narrator. Claims: the students (tied to a named faculty)
# أكد (accuse), أوضحوا (accuse) and the second أكد (warn).
i = 'ant-JA-localNews-2757-20170314'
t = news_text(i)
STUDENTS = ["Sousse law students", "طلبة كلية الحقوق بسوسة", "طلبة كلية الحقوق", "عدد من الطلبة", "الطلبة", "students"]
GOVT = ["Tunisian government", "الحكومة", "Minister of Justice", "وزير العدل", "Ministry of Justice", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-03-14", "events": [
    {"code": "PROTEST", "source": STUDENTS, "target": [], "date": "2017-03-14"},
    {"code": "ACCUSE", "source": STUDENTS, "target": GOVT, "date": "2017-03-14"},
    {"code": "THREATEN", "source": STUDENTS, "target": GOVT, "date": "2017-03-14"}], "claims": [
    {"speaker": STUDENTS, "cue": cue(t, "أكد", 1), "stance": "accuse"},
    {"speaker": STUDENTS, "cue": cue(t, "أوضحوا"), "stance": "accuse"},
    {"speaker": STUDENTS, "cue": cue(t, "أكد", 2), "stance": "warn"}]})
# --- Jawhara FM: the Manouba judicial police arrest, yesterday evening (Wednesday 2017-02-22), those who burned the
# national flag in Mornaguia's Martyrs' Square on 4 December 2016. "تمكن اعوان فرقة الشرطة العدلية ... من القبض ...
# على مرتكبي عملية حرق علم تونس" is COERCE, dated 2017-02-22. The burning, "تعمد مجهولين حرق علم تونس" (unknown
# doers are an explicit doer, batch 28) and in the source's account "صعد احدهم وقام بإنزال العلم، في حين تولى الشخصان
# الاخران حرقه", destroys public property: ASSAULT (CAMEO 1712, batch 28's vandalised mosque) with no target (the
# flag is no actor; decided), dated by "بتاريخ 04 ديسمبر 2016". The investigation that found them ("تم فتح تحقيق ...
# تواصل التحري ... حصر الشبهة في احد المنحرفين"، the questioning and the pending referral on the charge) is passive,
# but the police the lead names carry it (batches 15–16: passive acts reported of the police are the police's): one
# ACCUSE police → the culprits (investigation, batches 34 and 73–76), undated. The two suspects' confessions are
# unnamed suspects' (no claim, batches 81–84) and name no one new (the others are "شابين اخرين"): no ACCUSE. Claims:
# none ("حسب ما أبرزه مصدر امني" is a bare security source, batch 56; "تفيد المعطيات" has no speaker). The culprits'
# list leaves out "مرتكبي عملية حرق علم تونس" (it holds تونس, which the police list as a state body).
i = 'ant-JA-localNews-2168-20170223'
t = news_text(i)
POLICE = ["judicial police", "فرقة الشرطة العدلية", "الشرطة العدلية", "اعوان فرقة الشرطة العدلية",
          "Tunisian police", "Tunisia", "تونس"]
CULPRITS = ["flag burners", "مرتكبي", "مجهولين", "احد المنحرفين", "المنحرفين", "شابين اخرين", "الطرف الثاني",
            "الطرف الثالث", "three young men"]
recs.append({"id": i, "text": t, "published": "2017-02-23", "events": [
    {"code": "COERCE", "source": POLICE, "target": CULPRITS, "date": "2017-02-22"},
    {"code": "ASSAULT", "source": CULPRITS, "target": [], "date": "2016-12-04"},
    {"code": "ACCUSE", "source": POLICE, "target": CULPRITS}], "claims": []})
# --- Jawhara FM: the Ministry of Agriculture, on Friday (2017-04-14), calls for tighter veterinary controls after
# Algeria reported foot-and-mouth disease. Its statement's calls whose addressee is unnamed or vague (دعت "الى تعزيز
# المراقبة الصحية البيطرية في الحدود"، طالبت "الأطراف المعنية بضرورة التصدي لظاهرة التهريب"، شددت "على تكثيف المراقبة
# ... والإسراع في إتمام الحملة الوطنية للتلقيح") are one statement's calls with no named addressee: one REQUEST with no
# target (batches 33–36 and 41–44; batch 40 makes one statement's calls one REQUEST), dated by the Friday. Its calls
# on breeders (اكدت "ضرورة احترام قواعد الأمن الحيوي ... من طرف المربين"، جدد "تأكيدها لجميع المربين على ضرورة
# تلقيح قطعانهم") address a generic class: claims but no REQUEST (batch 83). "تم عقد جلسة عمل مع المجلس الوطني لعمادة
# الأطباء البياطرة ... ونقابة الأطباء البياطرة الخواص" is a meeting of the ministry with two named bodies: one
# reciprocal CONSULT (batches 77–80: a meeting of two parties), all in the source, undated (no day for it); "الذين
# عبروا عن استعدادهم لبذل كل الجهود لإنجاح الحملة الوطنية" is expressed readiness to help the ministry's campaign:
# AGREE vets → ministry (batch 51's readiness, CAMEO 036), undated. The technical committee's session "بالوزارة" is
# internal. Claims: "إعلان المصالح الرسمية التابعة لوزارة الفلاحة الجزائرية عن ظهور مرض" (a noun cue with its
# content, batch 43: assert); the ministry's دعت، طالبت، شددت، اكدت and جدد (all calls: other); the vets' عبروا
# (promise). The Algerian services keep no "وزارة الفلاحة" or "Ministry of Agriculture" form (the Tunisian
# ministry's name) and the vets' bodies no form holding تونس (the ministry lists Tunisia).
i = 'ant-JA-localNews-3695-20170414'
t = news_text(i)
MINISTRY = ["Ministry of Agriculture, Water Resources and Fisheries", "Tunisian Ministry of Agriculture",
            "وزارة الفلاحة والموارد المائية والصيد البحري", "وزارة الفلاحة", "الوزارة", "Tunisia", "تونس"]
VETS = ["National Council of the Order of Veterinarians", "المجلس الوطني لعمادة الأطباء البياطرة",
        "عمادة الأطباء البياطرة", "Union of Private Veterinarians", "نقابة الأطباء البياطرة الخواص",
        "نقابة الأطباء البياطرة"]
ALGERIA = ["Algerian official services", "المصالح الرسمية", "Algeria", "الجزائر"]
recs.append({"id": i, "text": t, "published": "2017-04-14", "events": [
    {"code": "REQUEST", "source": MINISTRY, "target": [], "date": "2017-04-14"},
    {"code": "CONSULT", "source": MINISTRY + VETS, "target": []},
    {"code": "AGREE", "source": VETS, "target": MINISTRY}], "claims": [
    {"speaker": ALGERIA, "cue": cue(t, "إعلان"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": MINISTRY, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": MINISTRY, "cue": cue(t, "شددت"), "stance": "other"},
    {"speaker": MINISTRY, "cue": cue(t, "اكدت"), "stance": "other"},
    {"speaker": VETS, "cue": cue(t, "عبروا"), "stance": "promise"},
    {"speaker": MINISTRY, "cue": cue(t, "جدد"), "stance": "other"}]})
# --- Jawhara FM: in Sfax today (Thursday 2016-01-14) the Environment Coordination holds the "Will to Live" march,
# with MPs of four parties and civil society, to demand the closure of the SIAPE phosphate plant. "نظمت تنسيقية
# البيئة بصفاقس ... مسيرة" and "ستنطلق المسيرة ... باتجاه مصنع السياب للمطالبة بتفعيل قرار غلقه" are one PROTEST,
# its organiser and named participants in the source (batches 57–60: callers join the source), the plant it marches
# on and wants shut the target (as batch 70 targets Perenco; decided), dated. Its demands are its content, no REQUEST
# (README). The 2008 closure decision is passive. Claims: "للمطالبة" (the protest's stated purpose is the protesters'
# claim, batches 29–30: a demand, other); "وفق ما أكده مراسل الجوهرة أف أم" and "وفق ما أكده مراسلنا" are the outlet's
# own correspondent (batches 77–80): no claim. The parties the MPs belong to are no actors of the march (their MPs
# are), so the source holds only the MPs' names; no alias holds صفاقس (named on its own).
i = 'ant-JA-localNews-2068-20160114'
t = news_text(i)
MARCHERS = ["Sfax Environment Coordination", "تنسيقية البيئة", "Noomane El Euch", "نعمان العش", "العش",
            "Chafik Ayadi", "شفيق العيادي", "Fatma Mseddi", "فاطمة المسدي", "المسدي", "Fethi Ayadi", "فتحي العيادي",
            "العيادي", "نواب مجلس الشعب", "civil society", "مكونات المجتمع المدني", "المجتمع المدني"]
recs.append({"id": i, "text": t, "published": "2016-01-14", "events": [
    {"code": "PROTEST", "source": MARCHERS, "target": ["SIAPE", "مصنع السياب", "السياب", "SIAPE plant"],
     "date": "2016-01-14"}], "claims": [
    {"speaker": MARCHERS, "cue": cue(t, "للمطالبة"), "stance": "other"}]})
# --- Jawhara FM: the National Agency for Computer Security warns Tunisians of a worldwide ransomware attack. The
# hacking and attacks (عمليات قرصنة وهجمات) have no named doer: not coded. Its warning and advice (not to open
# unverified links, to update Windows, to back up data) address computer users as a generic class (batch 79's drone
# users): claims, no REQUEST. Claims: أعلنت (the attacks detected: assert), حذّرت (warn) and دعت (a recommendation:
# other). The agency, a state body under the ministry the text names, lists the ministry and Tunisia.
i = 'ant-JA-technology-74-20170513'
t = news_text(i)
ANSI = ["National Agency for Computer Security", "ANSI", "الوكالة الوطنية للسلامة المعلوماتية", "الوكالة",
        "Ministry of Communication Technologies and Digital Economy", "وزارة تكنولوجيا الاتصال والاقتصاد الرقمي",
        "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-05-13", "events": [], "claims": [
    {"speaker": ANSI, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": ANSI, "cue": cue(t, "حذّرت"), "stance": "warn"},
    {"speaker": ANSI, "cue": cue(t, "دعت"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch86.gold.jsonl', recs)
