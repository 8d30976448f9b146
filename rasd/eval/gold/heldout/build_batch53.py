"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 53 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Baha (Ahmed al-Bishri): the al-Mandaq Birr charity's Ramadan aid, 1,000 food baskets for its beneficiaries.
# A charity giving goods to named recipients is AID (PLOVER's "aid groups donated goods"; batch 36 codes a committee
# housing families so). "نفذت جمعية البر الخيرية ... المشروعات والأعمال الخيرية للمستفيدين منها وبعض المحتاجين من
# المواطنين" is one AID to its beneficiaries and the needy; the director's "صرفت سلال غذائية للمستفيدين خلال هذا
# العام" and the dates handed out (nominal) fold into it (decided: the year's baskets include Ramadan's, same giver,
# same recipients). Two more clauses with the charity as doer and other recipients are two more AID: "وزعت الجمعية
# مطلع العام الحالي كسوة الشتاء للطلاب والطالبات" and "صرفت مبلغ 140 ألف ريال لمشروع مساعدة الشباب المقبلين على
# الزواج". All undated (Ramadan, the start of the year: no day). Not coded: the baskets for the prison inmates, the
# iftar tent and the coming zakat distribution (تم صرف، تم تنفيذ، سيتم توزيعها: passive), and the charity adopting a
# zakat-collection project (its own work). Claims: al-Zahrani's أوضح، مشيراً، أبان، مفيداً، قال (all assert). Forms
# holding المندق (named on its own) are left out of the charity's list.
i = 'snn-2015-07-24-0313'
t = news_text(i)
CHARITY = ["Birr Charitable Society", "جمعية البر الخيرية", "جمعية البر", "الجمعية"]
ZAHRANI = ["Awad bin Ahmed al-Zahrani", "عوض بن أحمد الزهراني", "الزهراني", "مدير الجمعية"] + CHARITY
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "AID", "source": CHARITY,
     "target": ["beneficiaries", "المستفيدين", "needy citizens", "المحتاجين من المواطنين", "المواطنين المحتاجين"]},
    {"code": "AID", "source": CHARITY, "target": ["students", "الطلاب والطالبات", "الطلاب"]},
    {"code": "AID", "source": CHARITY,
     "target": ["young men about to marry", "الشباب المقبلين على الزواج", "الشباب"]}], "claims": [
    {"speaker": ZAHRANI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ZAHRANI, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": ZAHRANI, "cue": cue(t, "أبان"), "stance": "assert"},
    {"speaker": ZAHRANI, "cue": cue(t, "مفيداً"), "stance": "assert"},
    {"speaker": ZAHRANI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- A reader's complaint ("البسطات تهدد حياتنا"): unlicensed Ramadan food stalls run by overstaying workers. The
# writer is the narrator (batch 28's columnist): the ministry's missing oversight ("دون ... متابعة من قبل وزارة
# الشؤون البلدية والقروية") and "نأمل سرعة مراقبة تلك البسطات" are the piece itself, neither event nor claim; the
# stalls are commerce. Nothing coded.
i = 'snn-2015-07-21-2498'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": []})
# --- The Saudi Ophthalmological Society warns of fireworks around Eid al-Fitr. A warning about a danger threatens no
# party: the society's حذّرت is a claim (warn), no event. Dr Abdullah al-Otaibi's "مؤكدًا ضرورة عدم إغفال أية إصابة
# ... ومراجعة طبيب العيون" is health advice to the public with no addressee named: REQUEST with no target, undated
# (batches 40 and 48 code a recommendation or health advice so). Claims: the society's حذّرت (warn); al-Otaibi's شدد
# (the danger of such injuries: warn), أشار (assert), مؤكدًا (other). He is the society's vice-president, so his list
# holds the society.
i = 'snn-2015-07-22-1603'
t = news_text(i)
SOCIETY = ["Saudi Ophthalmological Society", "الجمعية السعودية لطب العيون", "جمعية طب العيون"]
OTAIBI = ["Abdullah bin Ghazi al-Otaibi", "عبدالله بن غازي العتيبي", "العتيبي",
          "نائب رئيس جمعية طب العيون"] + SOCIETY
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "REQUEST", "source": OTAIBI, "target": []}], "claims": [
    {"speaker": SOCIETY, "cue": cue(t, "حذّرت"), "stance": "warn"},
    {"speaker": OTAIBI, "cue": cue(t, "شدد"), "stance": "warn"},
    {"speaker": OTAIBI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": OTAIBI, "cue": cue(t, "مؤكدًا"), "stance": "other"}]})
# --- SaudiNewsNet (Saturday 2015-07-25): the Iraqi defence ministry reports 23 ISIS fighters killed by coalition strikes on
# Baiji and Ramadi; Ashton Carter meets Massoud Barzani in Erbil. The strikes: the spokesman's "طيران التحالف الدولي
# وجه عددًا من الضربات الجوية ... من ليلة الخميس ولغاية أمس الجمعة" sums them up, and the Baiji and Ramadi strikes
# (التحالف وجه ضربة، الطيران وجه ضربة أخرى) are the strikes it sums, so one ASSAULT coalition → ISIS (as batch 14
# codes a day's strikes told in one clause with their places re-told); undated (a span from Thursday night to Friday,
# decided: no single day). "اجتمع وزير الدفاع الأمريكي اشتون كارتر أمس في أربيل مع مسعود البرزاني" is CONSULT, the
# visitor Carter the source, dated 2015-07-24. Carter inspecting US troops is his own forces (README: internal), but
# "القوات الأمريكية التي تقدم المشورة والتدريب لقوات الأمن الكردية" is a relative clause with its doer: military
# cooperation, COOPERATE US forces → Kurdish forces (batch 45 codes US training of Tunisian forces so), undated. "عبَّر
# ... مسؤولو وزارة الدفاع الامريكية (البنتاجون) عن أسفهم لإخفاقات الجيش العراقي" is criticism: ACCUSE Pentagon → Iraqi
# army; "دأبوا دومًا على امتداح الأكراد" praise: SUPPORT Pentagon → Kurds; both habitual, undated. Not coded: the army's
# collapse before ISIS's advance (no act on a party; "تقدم تنظيم داعش" nominal), Carter's visit to Baghdad the day
# before ("بعد يوم من زيارة لبغداد للاجتماع", nominal background), the Iraqi leaders' planning (internal). Claims: the
# ministry's اعلنت; the War Media spokesman (tied to a named body) قال، أضاف، مبيِّنًا (assert); the Pentagon officials'
# عبَّر (accuse). The habitual praise reports no statement: no claim.
i = 'snn-2015-07-25-0644'
t = news_text(i)
COALITION = ["International coalition", "US-led coalition", "التحالف الدولي", "طيران التحالف الدولي", "التحالف",
             "الطيران"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "إرهابيي داعش"]
CARTER = ["Ashton Carter", "اشتون كارتر", "كارتر", "وزير الدفاع الأمريكي", "US Secretary of Defense", "United States"]
BARZANI = ["Massoud Barzani", "مسعود البرزاني", "البرزاني", "رئيس إقليم كردستان", "Kurdistan Region", "إقليم كردستان",
           "كردستان"]
PENTAGON = ["Pentagon officials", "مسؤولو وزارة الدفاع الامريكية", "Pentagon", "البنتاجون", "وزارة الدفاع الامريكية",
            "United States"]
IRAQI_MOD = ["Iraqi Ministry of Defence", "وزارة الدفاع العراقية", "Iraq", "العراق"]
WAR_MEDIA = ["War Media Cell spokesman", "الناطق باسم الإعلام الحربي", "الإعلام الحربي", "Iraq", "العراق"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT", "source": COALITION, "target": ISIS},
    {"code": "CONSULT", "source": CARTER, "target": BARZANI, "date": "2015-07-24"},
    {"code": "COOPERATE", "source": ["US forces", "القوات الأمريكية", "United States"],
     "target": ["Kurdish security forces", "قوات الأمن الكردية", "Peshmerga", "البشمركة"]},
    {"code": "ACCUSE", "source": PENTAGON, "target": ["Iraqi army", "الجيش العراقي", "Iraq", "العراق"]},
    {"code": "SUPPORT", "source": PENTAGON, "target": ["Kurds", "الأكراد"]}], "claims": [
    {"speaker": IRAQI_MOD, "cue": cue(t, "اعلنت"), "stance": "assert"},
    {"speaker": WAR_MEDIA, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": WAR_MEDIA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": WAR_MEDIA, "cue": cue(t, "مبيِّنًا"), "stance": "assert"},
    {"speaker": PENTAGON, "cue": cue(t, "عبَّر"), "stance": "accuse"}]})
# --- Ain Alyoum: the virtue commission's men in Khamis Mushait arrest the driver of "romantic meetings" with three
# girls. "تمكن رجال هيئة الأمر بالمعروف ... من القبض على سائق" is COERCE, undated (no day). "سبق أن قبض عليهم من قبل
# رجال الهيئة" is a passive with its agent named (batches 36 and 41): a second, earlier arrest, COERCE of the driver and
# the girls, undated; the pledges taken and the release (أخذت، تم إطلاق سراحهم) are passive with no agent. "رفضت
# إحداهن إخراج جوالها من ملابسها حتى وصول شقيقها" is refusal to comply: REJECT of the commission (as batch 36 codes
# families refusing to leave), undated. The commission's report and its referral of the case to the security bodies
# are a referral between state bodies (batch 47: internal), not coded; contacting the relatives is passive. Claims:
# "اعترفت الفتيات" (the girls are identified as the three detained with him; confessions of identifiable detainees
# count, batches 30 and 39), assert. "اتضح من خلال التحقيقات" and the phones' "كشفت" have no speaker. Forms holding
# خميس مشيط (named on its own) are left out of the commission's list.
i = 'snn-2015-07-24-0010'
t = news_text(i)
CPVPV = ["Commission for the Promotion of Virtue and Prevention of Vice", "CPVPV",
         "هيئة الأمر بالمعروف والنهي عن المنكر", "رجال هيئة الأمر بالمعروف والنهي عن المنكر", "رجال الهيئة", "الهيئة",
         "Saudi Arabia"]
DRIVER = ["driver", "سائق اللقاءات الغرامية", "سائق", "السائق"]
GIRLS = ["three girls", "ثلاث نساء", "الفتيات"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "COERCE", "source": CPVPV, "target": DRIVER},
    {"code": "COERCE", "source": CPVPV, "target": DRIVER + GIRLS},
    {"code": "REJECT", "source": ["one of the girls", "إحداهن"] + GIRLS, "target": CPVPV}], "claims": [
    {"speaker": GIRLS, "cue": cue(t, "اعترفت"), "stance": "assert"}]})
# --- Jawhara FM: Tunisian actress Fatma Nasser, lead of "Black Crows", says ISIS-linked e-committees threatened her.
# "تلقت تهديدات من لجان الكترونية تنمي للتنظيم الإرهابي" names the threateners in its agent phrase: THREATEN
# committees → Nasser, undated. The hacking of her page and the charge of fighting Islam (بعد قرصنة صفحتها ...
# واتهامها) are masdars, and "تعرضت للاختراق" names no doer: not coded (decided, although README codes a hijacked
# account as COERCE where its doer is told). MBC chief Ali Jaber "تلقى تهديدات" names no threatener (the headline's
# داعش is not in the text): not coded. Claims, all hers: كشفت (names the ISIS committees: accuse), أضافت (the threats to
# MBC, no doer named: assert), أكدت (assert), and the masculine "وأكد أن المسلسل يفضح داعش", decided hers (a typo
# continuing her interview; Jaber appears only inside her words), assert. "في تصريح لمجلة لها" is the outlet she
# spoke to: no claim.
i = 'ant-JA-diverse-414-20170530'
t = news_text(i)
NASSER = ["Fatma Nasser", "فاطمة ناصر", "ناصر", "الممثلة التونسية"]
recs.append({"id": i, "text": t, "published": "2017-05-30", "events": [
    {"code": "THREATEN", "source": ["ISIS electronic committees", "لجان الكترونية", "ISIS", "داعش", "تنظيم داعش",
                                    "التنظيم الإرهابي"], "target": NASSER}], "claims": [
    {"speaker": NASSER, "cue": cue(t, "كشفت"), "stance": "accuse"},
    {"speaker": NASSER, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": NASSER, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": NASSER, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Jawhara FM: UTICA, in a statement of today (Friday 2016-10-07), defends its president Wided Bouchamaoui against
# attempts to tie her to the used-clothing ("fripe") file. "منددا بالحملة المغرضة التي تستهدف رئيسة الاتحاد وكل
# محاولات حشر اسمها" condemns a campaign whose authors are not named: ACCUSE with no target, dated. "فندت المنظمة
# الادعاء بأن هياكل المهنة طلبت مساعدة من الاتحاد العام التونسي للشغل" denies a claim with no named author: REJECT with
# no target (batch 15), dated; the denied request is not coded. Not coded (decided): the two chambers' "التحركات
# الأخيرة" done "بالتنسيق مع الاتحاد المركزي", the central union adopting and defending their demands, and the support
# the chambers found from its president: the chambers belong to UTICA's textile federation (المنضويتين صلب الجامعة
# الوطنية للنسيج التابعة للاتحاد), so these are acts inside one organisation (README: a minister and his own agency);
# the unnamed "moves" have no determinable type either; organising the press conference of 29 September and inviting
# the media are no PLOVER events. Claims: أكد، أضافت، أشار (assert), منددا (accuse), فندت (deny); "وفق نص البلاغ"
# repeats its sentence's speaker. UTICA keeps no bare "الاتحاد", which would match the UGTT the text also names.
i = 'ant-JA-localNews-1959-20161007'
t = news_text(i)
UTICA = ["UTICA", "Tunisian Union of Industry, Trade and Handicrafts",
         "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية", "الاتحاد التونسي للصناعة والتجارة", "الاتحاد المركزي",
         "المنظمة", "منظمة الأعراف"]
recs.append({"id": i, "text": t, "published": "2016-10-07", "events": [
    {"code": "ACCUSE", "source": UTICA, "target": [], "date": "2016-10-07"},
    {"code": "REJECT", "source": UTICA, "target": [], "date": "2016-10-07"}], "claims": [
    {"speaker": UTICA, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": UTICA, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": UTICA, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": UTICA, "cue": cue(t, "منددا"), "stance": "accuse"},
    {"speaker": UTICA, "cue": cue(t, "فندت"), "stance": "deny"}]})
# --- Jawhara FM: Spanish daily Sport says Ronaldo urged his Real Madrid teammates to focus at half-time in Bilbao.
# A player's words to his own team and the match are sport (batch 21: a coach's instructions are no REQUEST): no
# events. Claims: Sport's قالت (its own report, assert); Ronaldo's طالب and "خاطب ... وقال لهم" (one sentence, one
# content: cue قال), both calls (other).
i = 'ant-JA-sport-906-20170318'
t = news_text(i)
RONALDO = ["Cristiano Ronaldo", "كريستيانو رونالدو", "رونالدو", "كريستيانو"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [], "claims": [
    {"speaker": ["Sport", "سبورت", "صحيفة سبورت"], "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": RONALDO, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": RONALDO, "cue": cue(t, "قال", 2), "stance": "other"}]})
# --- Jawhara FM: Fernana's basic and secondary teachers strike for two hours today (Friday 2017-03-24) over outsiders
# entering the Chahid Abdelhamid Ghazouani institute. The strike held is PROTEST with no target (README), dated; its
# cause is its content. Walid Mazni's "عبر ... عن امتعاضه لمثل هذه الممارسات" criticises the outsiders' intrusions:
# ACCUSE, the strangers the doers the text names (README: a condemnation targets the named doer), undated (his words
# have no day). In his words, the institute's basic union "وجهت يوم امس الخميس برقية احتجاج لوالي الجهة طالبته فيها
# بالحضور وتقديم تفسير": a written protest is a formal complaint, ACCUSE (batch 51), and the demand in it REQUEST, both
# to the governor, dated 2017-03-23. Fathi Ghazouani's أدان (party actors entering the schools, sending outsiders "بدعم
# من السلطة المحلية والجهوية") is one ACCUSE whose target lists both doers he names, undated. The outsiders' intrusion
# and their claim to be sent by the governor are nominal. Claims: Mazni's عبر (accuse), مؤكدا (assert), محذرا (warn);
# the basic union's embedded طالبته (other, README: embedded speech); Ghazouani's أدان (accuse); "حسب تعبيره" repeats
# its speaker. Forms holding فرنانة or الغزواني (the institute's name, which would match Fathi Ghazouani) are left out.
i = 'ant-JA-localNews-3229-20170324'
t = news_text(i)
TEACHERS = ["Fernana teachers", "مدرسو التعليم الأساسي والثانوي", "basic and secondary teachers"]
MAZNI = ["Walid Mazni", "وليد المازني", "المازني", "المفوض النقابي", "regional secondary education union",
         "النقابة الجهوية للتعليم الثانوي بجندوبة", "النقابة الجهوية للتعليم الثانوي"]
BASIC_UNION = ["institute's basic education union", "النقابة الاساسية للتعليم", "النقابة الاساسية"]
GOVERNOR = ["Governor of Jendouba", "والي الجهة", "الوالي", "Tunisia"]
GHAZOUANI = ["Fathi Ghazouani", "فتحي الغزواني", "الكاتب العام المحلي لاتحاد الشغل", "local UGTT", "اتحاد الشغل",
             "UGTT"]
recs.append({"id": i, "text": t, "published": "2017-03-24", "events": [
    {"code": "PROTEST", "source": TEACHERS, "target": [], "date": "2017-03-24"},
    {"code": "ACCUSE", "source": MAZNI,
     "target": ["outsiders", "أشخاص غرباء عن المؤسسة", "أشخاص غرباء", "الاشخاص"]},
    {"code": "ACCUSE", "source": BASIC_UNION, "target": GOVERNOR, "date": "2017-03-23"},
    {"code": "REQUEST", "source": BASIC_UNION, "target": GOVERNOR, "date": "2017-03-23"},
    {"code": "ACCUSE", "source": GHAZOUANI,
     "target": ["party actors", "اطراف حزبية", "local and regional authorities", "السلطة المحلية والجهوية",
                "Tunisia"]}], "claims": [
    {"speaker": MAZNI, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": MAZNI, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": BASIC_UNION, "cue": cue(t, "طالبته"), "stance": "other"},
    {"speaker": MAZNI, "cue": cue(t, "محذرا"), "stance": "warn"},
    {"speaker": GHAZOUANI, "cue": cue(t, "أدان"), "stance": "accuse"}]})
# --- Jawhara FM: the National Union of Internal Security Forces suspends all its protest actions until the Prime
# Ministry deals seriously with its demands, after its secretary-general met President Caid Essebsi at Carthage
# yesterday (Monday 2016-02-08). Suspending protests with no new date is refraining from dissent: CONCEDE (CAMEO 082,
# as batch 51 codes calling off a strike; decided: not batch 8's AGREE, which was a postponement to set days), towards
# the Prime Ministry the condition names, undated (the decision has no day of its own). "لقاء جمع امس الاثنين بقصر
# قرطاج رئيس الجمهورية ... بكاتب عام النقابة" is CONSULT, the visitor Ayari the source and the host Essebsi the target,
# dated. The union's relief at the President's commitments and its "سجلت ايجابية" are one statement's praise of one
# party: one SUPPORT union → Essebsi, undated (the statement has no day). The President's commitments ("تعهدات رئيس
# الجمهورية ... بعدم تمرير اي مشروع دون موافقة القواعد الامنية") and his acknowledgement of the security and prison
# staff's right to better pay ("اقرار رئيس الجمهورية باحقية ...") are masdars with their doer named and the news itself
# (batch 44): a pledge, AGREE Essebsi → the union, and an endorsement, SUPPORT Essebsi → the security and prison staff,
# both dated by the meeting they came from (2016-02-08, decided). Ayari's "طلب من رئيس الدولة دعم تحسين الاوضاع
# المادية" is REQUEST, dated by the meeting. Claims: the union's اعربت and سجلت (assert), Ayari's افاد (his request:
# other); "حسب ماجاء في نص البيان" repeats its sentence's speaker; "قررت" introduces a decision, no statement.
i = 'ant-JA-localNews-3592-20160209'
t = news_text(i)
UNION = ["National Union of Internal Security Forces", "النقابة الوطنية لقوات الامن الداخلي", "النقابة"]
AYARI = ["Nabil Ayari", "نبيل العياري", "العياري", "كاتب عام النقابة"] + UNION
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "قايد السبسي", "السبسي", "رئيس الجمهورية", "رئيس الدولة",
           "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-02-09", "events": [
    {"code": "CONCEDE", "source": UNION, "target": ["Prime Ministry", "رئاسة الحكومة", "Tunisian government", "Tunisia"]},
    {"code": "CONSULT", "source": AYARI, "target": ESSEBSI, "date": "2016-02-08"},
    {"code": "SUPPORT", "source": UNION, "target": ESSEBSI},
    {"code": "AGREE", "source": ESSEBSI, "target": UNION + ["security rank and file", "القواعد الامنية"],
     "date": "2016-02-08"},
    {"code": "SUPPORT", "source": ESSEBSI,
     "target": ["security and prison staff", "ابناء المؤسستين الامنية والسجنية"] + UNION, "date": "2016-02-08"},
    {"code": "REQUEST", "source": AYARI, "target": ESSEBSI, "date": "2016-02-08"}], "claims": [
    {"speaker": UNION, "cue": cue(t, "اعربت"), "stance": "assert"},
    {"speaker": UNION, "cue": cue(t, "سجلت"), "stance": "assert"},
    {"speaker": AYARI, "cue": cue(t, "افاد"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch53.gold.jsonl', recs)
