"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 106 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Asharq al-Awsat (Tuesday 2015-07-21): Burundi's army kills and arrests dozens of gunmen in two days of clashes
# in the north; a renegade general says he and his colleagues are mobilising to topple President Nkurunziza. The
# lead's quote "جيش بوروندي اعتقل عشرات المسلحين وقتل آخرين في اشتباكات استمرت لمدة يومين" gives two acts with an
# explicit doer: the arrests, COERCE army → gunmen, and the killings in the clashes, ASSAULT army → gunmen (decided:
# a directed ASSAULT, since the text tells the clashes through the army's killing; the general's "موالين له يشاركون
# فيها" says who the gunmen were and is folded in, his loyalists joining the target list), both undated (two days,
# no day). The governor's "هناك نحو 100 مسلح في قبضة قوات الجيش" re-tells the arrests. "قال جنرال منشق ... إنه وزملاءه
# يقومون بتعبئة القوات للإطاحة بالرئيس بيير نكورونزيزا" is MOBILIZE general → Nkurunziza, undated (the قال sentence
# has no day; the "مساء أول من أمس" of the next sentence dates his RFI statement about the clashes, not the
# mobilisation). Not coded: "شارك في محاولة انقلاب فاشلة في مايو" (decided: taking part in a nominal coup attempt, a
# month-level background act like joining a group), Nkurunziza's bid for a third term (his own candidacy), "لم
# يتسن الحصول على تعليق فوري من الجيش" (no comment), the protests the capital saw (a place as subject, nominal).
# "أدانت الولايات المتحدة العنف" condemns violence with no doer named: ACCUSE with no target (README: condemning
# violence against world heritage); "وحثت على الحوار" is a call with no addressee: REQUEST with no target (decided,
# as README's MP's demand with no addressee, since dialogue is a concrete step); both undated. Claims: the general's
# قال (mobilising to topple the president: warn) and صرح (his loyalists take part: assert; RFI is the addressee);
# the US's أدانت (accuse) and حثت (other); Governor Nsabimana's قال and "وأضاف موضحا" (one phrase, cue أضاف), both
# assert. No claim: "مصادر إعلامية محلية" (bare), "مراقبون ومحللون سياسيون" (bare), "مسؤولا قال" (decided: an
# official tied to no institution, README: bare). The governor, a state official, lists Burundi; so does the army.
i = 'snn-2015-07-21-0129'
t = news_text(i)
BURUNDI_ARMY = ["Burundian army", "جيش بوروندي", "الجيش", "قوات الجيش", "Burundi", "بوروندي"]
GUNMEN = ["gunmen", "عشرات المسلحين", "المسلحين", "مسلح", "آخرين", "loyalists of Ngendakumana", "موالين له"]
GENERAL = ["Leonard Ngendakumana", "ليونارد نجيندكومانا", "نجيندكومانا", "جنرال منشق", "الجنرال"]
NKURUNZIZA = ["Pierre Nkurunziza", "بيير نكورونزيزا", "نكورونزيزا", "الرئيس بيير نكورونزيزا"]
USA = ["United States", "الولايات المتحدة", "USA"]
NSABIMANA = ["Anselme Nsabimana", "أنسيلمي نسابيمانا", "نسابيمانا", "حاكم إقليم سيبيتوكي", "Burundi", "بوروندي"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE", "source": BURUNDI_ARMY, "target": GUNMEN},
    {"code": "ASSAULT", "source": BURUNDI_ARMY, "target": GUNMEN},
    {"code": "MOBILIZE", "source": GENERAL, "target": NKURUNZIZA},
    {"code": "ACCUSE", "source": USA, "target": []},
    {"code": "REQUEST", "source": USA, "target": []}], "claims": [
    {"speaker": GENERAL, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": GENERAL, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": USA, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": USA, "cue": cue(t, "حثت"), "stance": "other"},
    {"speaker": NSABIMANA, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": NSABIMANA, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (al-Rass): people with disabilities and deaf special-education pupils visit Sheikh Abdulrahman
# al-Hunaki at home to give Eid greetings and thank him for his charity. "الدعم الخيري الذي يقوم به ... الحناكي
# للمحافظة" (a relative clause with its doer) with his donations told as nouns (تبرعه الأخير في مبنى نموذجي لمرضى
# التوحد، ومستودع خيري للمعاقين) and "لما يقدمه من دعم وتعاون لهذه الفئة" is a donor giving to the disabled of his
# governorate: one AID (README batch 53: a charity giving goods to named recipients), undated. "قامت مجموعة من ذوي
# الإعاقة ... بقيادة المشرف الأستاذ سلطان الحمود، بزيارة للشيخ الحناكي في منزله" is one CONSULT, the visitors as
# source (README: hosting visiting students), undated (Eid al-Fitr gives no day in the text); the Eid greetings fold
# into the visit (README: greetings are no events), and their "شكرهم وتقديرهم" with al-Rawdan's welcoming speech on
# their behalf praising his efforts are one SUPPORT visitors → Hunaki (README: thanks are SUPPORT), undated. The
# farewell prayers (دعواتهم له) are wishes: nothing. Claims: al-Rawdan's "قدم ... كلمة ترحيبية" (README: a light
# verb introducing a speech whose content is given is a claim cue; praise: assert). The sign-language translation
# is no statement. الرس is named on its own, so no list holds it.
i = 'snn-2015-07-24-1129'
t = news_text(i)
HUNAKI = ["Abdulrahman bin Saleh al-Hunaki", "عبد الرحمن بن صالح الحناكي", "الحناكي", "الشيخ الحناكي"]
DISABLED = ["people with disabilities", "ذوي الإعاقة", "ذوو الإعاقة", "المعاقين", "هذه الفئة", "المحافظة"]
VISITORS = ["group of people with disabilities", "مجموعة من ذوي الإعاقة", "ذوي الإعاقة", "طلبة التربية الخاصة",
            "Sultan al-Hamoud", "سلطان الحمود", "الحمود", "Fahd al-Rawdan", "فهد الروضان", "الروضان"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "AID", "source": HUNAKI, "target": DISABLED},
    {"code": "CONSULT", "source": VISITORS, "target": HUNAKI},
    {"code": "SUPPORT", "source": VISITORS, "target": HUNAKI}], "claims": [
    {"speaker": ["Fahd al-Rawdan", "فهد الروضان", "الروضان", "الشاب فهد الروضان"], "cue": cue(t, "قدم", 2),
     "stance": "assert"}]})
# --- Al-Yaum (sport): Al-Fateh's new board under Ahmed al-Rashed wants to change the club's image with a camp in
# Tunisia and a string of signings. The signings and renewals (التعاقدات، التجديد مع ...) are sport business (README:
# transfers and signings have no event); the board's election, the team travelling to its Tunisian camp, the
# internal consultations on preparation and the friendly against Al-Jeel are the club's own affairs or sport: no
# events. Claims: the Fateh board's أكدت (signings follow the team's needs) and قالت (any useful available player will
# be signed), both assert.
i = 'snn-2015-07-22-1239'
t = news_text(i)
FATEH = ["Al-Fateh board", "إدارة الفتح", "الفتح", "Al-Fateh"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": FATEH, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": FATEH, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Asharq al-Awsat (after AFP, Tuesday 2015-07-21): suspected al-Shabaab fighters kill five people in an attack on a
# police vehicle in Lamu, Kenya. "مقاتلين يشتبه بأنهم ينتمون الى حركة الشباب ... قتلوا خمسة أشخاص في هجوم على آلية
# للشرطة" is ASSAULT al-Shabaab's fighters → the police vehicle and the five dead, dated by "ووقع الهجوم الاثنين"
# (2015-07-20); the mine and grenades (انفجرت ... قبل ان تستهدف بقنابل يدوية) re-tell it. The police naming the
# suspected attackers' group is an ACCUSE police → al-Shabaab (README: an estimate by a state security body naming
# the attackers' group is a claim and an ACCUSE), undated (the announcement has no day). Al-Shabaab's campaign,
# told three ways ("عدة اعتداءات نفذها الناشطون الشباب" in a relative clause with its doer, "ضاعفت حركة الشباب
# هجماتها على كينيا", "استهدف المقاتلون ... منطقة لامو، وهاجموا الشهر الماضي حافلات ركاب وقاعدة عسكرية") is one
# ongoing ASSAULT on Kenya (README batches 85–88: al-Shabaab's attacks told three ways), undated. "منذ ان دخل الجيش
# الكيني الصومال ... لمقاتلتها" is the Kenyan army's war on al-Shabaab: ASSAULT Kenyan army → al-Shabaab (decided:
# entering Somalia to fight them is the fighting, not a separate occupation), undated (October 2011). "يشتبه بأن
# مقاتلين ... يختبئون" is passive: nothing. Claims: the police's أعلنت (naming al-Shabaab's fighters as the killers:
# accuse); the police and the Red Cross's joint قالت (one claim, both in the speaker list; assert); commander Mutali's
# صرح and مشيرا (assert); the local-administration official's ذكر (decided: tied to a named government body, the
# local administration of Lamu; assert); "واكد المصدر نفسه" (decided: the same source is Mutali, the last speaker
# before the pluperfect aside "وكان مسؤول ... ذكر", whose "no victims" the victims' count contradicts; assert).
i = 'snn-2015-07-21-0138'
t = news_text(i)
KENYA_POLICE = ["Kenyan police", "الشرطة الكينية", "الشرطة", "Kenya", "كينيا"]
SHABAAB = ["al-Shabaab", "الشباب", "حركة الشباب", "الحركة", "مقاتلين", "المقاتلون", "الناشطون الشباب"]
MUTALI = ["Crispus Mutali", "كريسبوس موتالي", "موتالي", "قائد شرطة لامو", "المصدر نفسه"] + KENYA_POLICE
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ASSAULT", "source": SHABAAB,
     "target": ["Kenyan police vehicle", "آلية للشرطة", "الآلية", "five people", "خمسة أشخاص", "Kenyan police",
                "الشرطة الكينية", "Kenya", "كينيا"], "date": "2015-07-20"},
    {"code": "ACCUSE", "source": KENYA_POLICE, "target": SHABAAB},
    {"code": "ASSAULT", "source": SHABAAB,
     "target": ["Kenya", "كينيا", "Lamu", "لامو", "حافلات ركاب", "قاعدة عسكرية"]},
    {"code": "ASSAULT", "source": ["Kenyan army", "الجيش الكيني", "Kenya", "كينيا"], "target": SHABAAB}], "claims": [
    {"speaker": KENYA_POLICE, "cue": cue(t, "أعلنت"), "stance": "accuse"},
    {"speaker": KENYA_POLICE + ["Red Cross", "الصليب الاحمر", "الصليب الأحمر"], "cue": cue(t, "قالت"),
     "stance": "assert"},
    {"speaker": MUTALI, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": MUTALI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": ["local administration official", "مسؤول في الادارة المحلية", "الادارة المحلية", "Kenya", "كينيا"],
     "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MUTALI, "cue": cue(t, "اكد"), "stance": "assert"}]})
# --- Asharq al-Awsat (Wednesday 2015-07-22): after the Suruc bombing, Turkish PM Davutoglu denies that Turkey backs
# ISIS, and ISIS threatens Turkey. "التفجير الانتحاري الذي نفذه تنظيم داعش في بلدة سروج" is a relative clause with
# its doer: ASSAULT ISIS → Suruc, dated by the source's "منفذ العملية الانتحارية في سروج، أول من أمس" (2015-07-20).
# "نفى ... بشدة الاتهامات الموجهة لبلاده بدعم التنظيم" denies accusations with no author named: REJECT with no target
# (README: a denial of rumours with no author), and "شدد ... على أن تركيا ... لم ترتبط بأي علاقة" re-tells it; dated
# 2015-07-21 (decided: the lead puts the denial amid the pressures "غداة التفجير", the day after the bombing). The
# accusations themselves are a noun: no ACCUSE. "المحققين وجدوا ... بطاقة هوية ... لتركي ... يدعى علي آلاجوز يُعتقد
# أنه المهاجم الانتحاري" is an investigation naming the bomber: ACCUSE investigators → Alagoz (README: a ministry
# naming a suicide bomber after its investigation), undated. "هدد «داعش» الحكومة التركية بالرد" is THREATEN ISIS →
# the Turkish government, undated; the grievances it gives ("قبضت على إخواننا المهاجرين واعتقلت إخواننا من المواطنين
# الأتراك، وسعت أخيرًا لفرض قيود علينا") have the government as their subject: one COERCE Turkish government → ISIS's
# members (decided: arrests and attempted restrictions of one crackdown, folded), undated; "أظهرت عداءها" is the
# threat's reason (no separate ACCUSE). Not coded: "تشدد أنقرة ... في منع تدفق المقاتلين" (a noun), the "honeymoon"
# and ISIS's name for Turkey (figurative). Claims: Davutoglu's نفى and شدد (deny); ISIS's هدد (warn). "مصدر تركي"
# (nationality only, GUIDELINES: bare like "مصادر أمريكية") makes no claim, nor its مرجحًا and أشار.
i = 'snn-2015-07-22-0017'
t = news_text(i)
ISIS = ["Islamic State", "ISIS", "داعش", "تنظيم داعش", "التنظيم"]
DAVUTOGLU = ["Ahmet Davutoglu", "أحمد داود أوغلو", "داود أوغلو", "رئيس الحكومة التركية", "Turkey", "تركيا"]
TR_GOV = ["Turkish government", "الحكومة التركية", "أنقرة", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ASSAULT", "source": ISIS, "target": ["Suruc", "سروج", "بلدة سروج", "Turkey", "تركيا"],
     "date": "2015-07-20"},
    {"code": "REJECT", "source": DAVUTOGLU, "target": [], "date": "2015-07-21"},
    {"code": "ACCUSE", "source": ["Turkish investigators", "المحققين", "Turkey", "تركيا"],
     "target": ["Ali Alagoz", "علي آلاجوز", "آلاجوز", "المهاجم الانتحاري", "المهاجم"]},
    {"code": "THREATEN", "source": ISIS, "target": TR_GOV},
    {"code": "COERCE", "source": TR_GOV,
     "target": ["ISIS members", "إخواننا المهاجرين", "إخواننا من المواطنين الأتراك", "إخواننا", "Islamic State",
                "داعش"]}], "claims": [
    {"speaker": DAVUTOGLU, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": DAVUTOGLU, "cue": cue(t, "شدد"), "stance": "deny"},
    {"speaker": ISIS, "cue": cue(t, "هدد"), "stance": "warn"}]})
# --- Jawhara FM (Monday 2017-03-13): the UGTT regional union in Sidi Bouzid, in a statement after its meeting today,
# calls for the regional authorities to be held to account and threatens a general strike. Every act of the
# statement is dated 2017-03-13 (README: statements reported as said today carry that day). "دعا ... إلى محاسبة
# السلطات الجهوية" is a call with no addressee named: REQUEST with no target (decided: the authorities are whom the
# call is about, not whom it is made to); "المتمثلة في الوالي ومديرين ورؤساء مصالح تورطوا في حماية الفاسدين" (a
# relative clause charging them) is ACCUSE union → the regional authorities. "أعلن الاتحاد عن مساندته لعمال المركب
# الفلاحي بالطويلة" is SUPPORT union → the workers; "اللذين نفذوا عديد الاحتجاجات تنديدا بصمت السلط الجهوية" (a
# relative clause with its doer) is PROTEST workers → the regional authorities (README: a protest addressed in its
# clause has that addressee as target), undated; the citizens' seizure of the farms is theft (README: land taken by
# citizens is not coded). "أكد ... مساندته لشباب الجهة" is a second SUPPORT, to the region's youth (README: solidarity
# with a named group), and "استعداده لخوض كافة الأشكال النضالية ... بما في ذلك تفعيل قرار الإضراب العام" with
# "محذرا الحكومة من تغاضيها" is one THREATEN union → government (README: an announced strike is THREATEN against the
# government; the warning folded in). "طالبها بإقالة والي الجهة وبضرورة التعجيل في انطلاق الأشغال" is one REQUEST to
# the government (one verb, two objects). Claims: دعا (other), أعلن (assert), معتبرا (the systematic looting of state
# property: accuse), أكد (solidarity and readiness to strike: warn), محذرا (warn), طالبها (other). "في بيان له" and
# "في بلاغه" repeat their sentences' speaker.
i = 'ant-JA-localNews-2723-20170313'
t = news_text(i)
UGTT_SB = ["UGTT Sidi Bouzid regional union", "الاتحاد الجهوي للشغل بسيدي بوزيد", "الاتحاد الجهوي للشغل",
           "الاتحاد"]
REGIONAL = ["Sidi Bouzid regional authorities", "السلطات الجهوية", "السلط الجهوية", "الوالي", "والي الجهة",
            "Tunisia", "تونس"]
TN_GOV = ["Tunisian government", "الحكومة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-13", "events": [
    {"code": "REQUEST", "source": UGTT_SB, "target": [], "date": "2017-03-13"},
    {"code": "ACCUSE", "source": UGTT_SB, "target": REGIONAL, "date": "2017-03-13"},
    {"code": "SUPPORT", "source": UGTT_SB,
     "target": ["Touila farm complex workers", "عمال المركب الفلاحي بالطويلة", "عمال المركب الفلاحي"],
     "date": "2017-03-13"},
    {"code": "PROTEST", "source": ["Touila farm complex workers", "عمال المركب الفلاحي بالطويلة",
                                   "عمال المركب الفلاحي"], "target": REGIONAL},
    {"code": "SUPPORT", "source": UGTT_SB, "target": ["youth of the region", "شباب الجهة"], "date": "2017-03-13"},
    {"code": "THREATEN", "source": UGTT_SB, "target": TN_GOV, "date": "2017-03-13"},
    {"code": "REQUEST", "source": UGTT_SB, "target": TN_GOV, "date": "2017-03-13"}], "claims": [
    {"speaker": UGTT_SB, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": UGTT_SB, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": UGTT_SB, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": UGTT_SB, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": UGTT_SB, "cue": cue(t, "محذرا"), "stance": "warn"},
    {"speaker": UGTT_SB, "cue": cue(t, "طالبها"), "stance": "other"}]})
# --- Jawhara FM (Monday 2017-04-17): ready-made clothing and shoe traders close their shops and stand in protest today
# at the Kasbah, and threaten an open strike. "أغلق تجار الملابس الجاهزة والأحذية ... محلاتهم ونفذوا، اليوم الاثنين،
# وقفة احتجاجية أمام قصر الحكومة ... تنديدا بانتشار التجارة الموازية ولمطالبة السلطات المعنية بالتصدي" is one PROTEST
# (the shop closure and the stand one action) against the authorities its demand names (README: a protest's demand
# names its target), dated 2017-04-17. Ben Sassi's "التجار سيدخلون في إضراب مفتوح ... إذا لم تف السلط المعنية
# بوعودها" is THREATEN the chamber and the traders → the authorities (README: an announced strike), with his "الحق
# الشرعي للتجار في ممارسة كافة أشكال الاحتجاج" folded in; "طالب ... بالتدخل العاجل وإيجاد حلول جذرية" is a demand
# with no addressee named: REQUEST with no target (README: an MP's demand with no addressee); both undated (his words
# are given no day). The authorities' promises (بوعودها) are a noun; the traders' anger at the vendors' "invasion" is
# the protest's grievance, folded into it (README: a protest's demands and slogans are no events of their own).
# Claims: Ben Sassi's أكّد (the strike threat: warn), طالب (other), أكد (the right to protest: assert); the traders'
# عبّر (decided: the lead's named protesting group, whose grievances are the protesters' claims as README says of
# slogans; accuse).
i = 'ant-JA-localNews-3420-20170417'
t = news_text(i)
TRADERS = ["ready-made clothing and shoe traders", "تجار الملابس الجاهزة والأحذية", "التجار الملابس الجاهزة والأحذية",
           "التجار", "traders"]
BEN_SASSI = ["Mohsen Ben Sassi", "محسن بن ساسي", "بن ساسي", "رئيس الغرفة الوطنية لتجار الأقمشة والملابس الجاهزة",
             "National Chamber of Fabric and Ready-made Clothing Traders",
             "الغرفة الوطنية لتجار الأقمشة والملابس الجاهزة"]
AUTHORITIES = ["authorities concerned", "السلطات المعنية", "السلط المعنية", "Tunisian government", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-04-17", "events": [
    {"code": "PROTEST", "source": TRADERS, "target": AUTHORITIES, "date": "2017-04-17"},
    {"code": "THREATEN", "source": BEN_SASSI + TRADERS, "target": AUTHORITIES},
    {"code": "REQUEST", "source": BEN_SASSI, "target": []}], "claims": [
    {"speaker": BEN_SASSI, "cue": cue(t, "أكّد"), "stance": "warn"},
    {"speaker": BEN_SASSI, "cue": cue(t, "طالب", 2), "stance": "other"},
    {"speaker": BEN_SASSI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": TRADERS, "cue": cue(t, "عبّر"), "stance": "accuse"}]})
# --- Jawhara FM (Monday 2015-07-20): President Caid Essebsi meets former French president Nicolas Sarkozy today;
# Sarkozy calls for helping Tunisia. "التقى رئيس الجمهورية الباجي قايد السبسي اليوم الإثنين ... نيكولا ساركوزي" is
# one CONSULT, the visitor as source and the host as target (README: a visit and the meeting it holds), dated
# 2015-07-20; Sarkozy's delegation joins his list. His statement "على اثر لقاءه مع السبسي" is dated by the meeting.
# "دعا ساركوزي ... إلى ضرورة مرافقة تونس في إنجاح برامجها" is a call with no addressee named: REQUEST with no target;
# "أكد ... على واجب الدول الديمقراطية في مساندة تونس ... في مجابهتها للإرهاب" (في سياق آخر: another matter) is a
# second REQUEST, to the democratic states (README: calls on the world's states are a REQUEST to them); his backing of
# Tunisia and praise of "نجاحها الفريد في مسار انتقالها الديمقراطي" are SUPPORT Sarkozy → Tunisia (decided: one
# SUPPORT for the statement's praise, apart from the two calls). Claims: the Presidency's "وفق ما أعلنته" (the
# sentence's only attribution: README, the whole phrase as cue; assert); Sarkozy's دعا (other), the first موضحا
# (controlling migration runs through growth: assert), أكد (other), the second موضحا (terrorism threatens free states
# and targets Tunisia for its success: warn). "بحسب تعبيره" repeats its sentence's speaker.
i = 'ant-JA-politic-401-20150720'
t = news_text(i)
SARKOZY = ["Nicolas Sarkozy", "نيكولا ساركوزي", "ساركوزي", "زعيم حزب الجمهوريين"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "قايد السبسي", "السبسي", "رئيس الجمهورية", "Tunisia", "تونس"]
PRESIDENCY = ["Tunisian Presidency", "رئاسة الجمهورية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-07-20", "events": [
    {"code": "CONSULT", "source": SARKOZY + ["delegation", "وفد من أعضاء في مجلس الشيوخ والجمعية الوطنية والبرلمان"
                                                           " الأوروبي"],
     "target": ESSEBSI, "date": "2015-07-20"},
    {"code": "REQUEST", "source": SARKOZY, "target": [], "date": "2015-07-20"},
    {"code": "REQUEST", "source": SARKOZY, "target": ["democratic states", "الدول الديمقراطية"],
     "date": "2015-07-20"},
    {"code": "SUPPORT", "source": SARKOZY, "target": ["Tunisia", "تونس"], "date": "2015-07-20"}], "claims": [
    {"speaker": PRESIDENCY, "cue": cue(t, "وفق ما أعلنته"), "stance": "assert"},
    {"speaker": SARKOZY, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SARKOZY, "cue": cue(t, "موضحا", 1), "stance": "assert"},
    {"speaker": SARKOZY, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": SARKOZY, "cue": cue(t, "موضحا", 2), "stance": "warn"}]})
# --- Jawhara FM (Tuesday 2016-10-25): SNJT member Sakina Abdessamad, on Politica today, says businessman Chafik
# Jarraya's admission that he bribed journalists shows he is a briber. Her statements are dated 2016-10-25 (said
# today). "أكدت ... أن تصريحات ... شفيق جراية واعترافه برشوة الصحفيين يعد اعترافا منه بانه شخص راشي ويعتمد على مال
# سياسي فاسد" is ACCUSE Abdessamad → Jarraya (his own admission is a noun: no event). "أضافت ... أن هذا الشخص لديه
# حصانة من الأجهزة في الدولة ... لم يقع تتبعه" blames the state bodies for shielding him: a second ACCUSE, of the state
# bodies (decided: a different party criticised); the earlier complaints (التي قدمت ضده، شكوى من نقابة الصحافة في
# جويلية 2014) are passive or nouns: not coded. "عدة مؤسسات اعلامية فتحت له المنابر" criticises an unnamed class:
# claim only (README: condemning a generic group). "عددا من الزملاء الصحفيين تجمعوا اليوم بمقر النقابة وقرروا رفع
# شكاية ثانية ... ضد المدعو شفيق" is an announced legal action: THREATEN journalists (and the union at whose seat and
# in whose name they act) → Jarraya (README: a legal challenge a union announces is THREATEN), dated 2016-10-25.
# "دعت ... كافة المنظمات الحقوقية ومنظمات المجتمع المدني وأجهزة الدولة والنيابة العمومية للتجند جميعا لوضع حد لهذه
# المهازل" is one REQUEST to all of them, dated; "الذي حاول شفيق جراية تشويه سمعتهم" is her characterisation inside
# the call, folded into her ACCUSE of him (decided). Claims: أكدت (accuse), أضافت (accuse), أوضحت (accuse), مؤكدة
# (the second complaint: warn), دعت (other). "على حد قولها" repeats its sentence's speaker; Politica is the venue.
i = 'ant-JA-localNews-189-25102016'
t = news_text(i)
SNJT = ["SNJT", "النقابة الوطنية للصحفيين التونسيين", "نقابة الصحافة", "النقابة"]
ABDESSAMAD = ["Sakina Abdessamad", "سكينة عبد الصمد", "عبد الصمد", "عضو النقابة الوطنية للصحفيين التونسيين",
              "عضو النقابة"] + SNJT
JARRAYA = ["Chafik Jarraya", "شفيق جراية", "جراية", "رجل الأعمال شفيق جراية", "المدعو شفيق", "شفيق", "هذا الشخص"]
STATE_BODIES = ["Tunisian state bodies", "الأجهزة في الدولة", "أجهزة الدولة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-10-25", "events": [
    {"code": "ACCUSE", "source": ABDESSAMAD, "target": JARRAYA, "date": "2016-10-25"},
    {"code": "ACCUSE", "source": ABDESSAMAD, "target": STATE_BODIES, "date": "2016-10-25"},
    {"code": "THREATEN", "source": ["journalists", "عددا من الزملاء الصحفيين", "الزملاء الصحفيين", "الصحفيين"] + SNJT,
     "target": JARRAYA, "date": "2016-10-25"},
    {"code": "REQUEST", "source": ABDESSAMAD,
     "target": ["human rights organisations", "المنظمات الحقوقية", "منظمات المجتمع المدني", "public prosecution",
                "النيابة العمومية"] + STATE_BODIES, "date": "2016-10-25"}], "claims": [
    {"speaker": ABDESSAMAD, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": ABDESSAMAD, "cue": cue(t, "أضافت"), "stance": "accuse"},
    {"speaker": ABDESSAMAD, "cue": cue(t, "أوضحت"), "stance": "accuse"},
    {"speaker": ABDESSAMAD, "cue": cue(t, "مؤكدة"), "stance": "warn"},
    {"speaker": ABDESSAMAD, "cue": cue(t, "دعت"), "stance": "other"}]})
# --- Jawhara FM (Monday 2017-05-15): profile of Marcus Hutchins, the 22-year-old who stopped the WannaCry ransomware
# attack. The attack (هجوم الفدية ... الذي ضرب ما لا يقل عن 200 ألف هدف) has no named attacker: not coded. His halting
# the virus and "saving" the NHS act on no actor (a noun for the NHS): not coded. "أنه يعمل الآن مع الاتصالات
# الحكومية البريطانية لمواجهة هجوم آخر محتمل" is COOPERATE Hutchins → GCHQ (README: working with a body is COOPERATE),
# undated (الآن). His leaving school and hobby are private. Claims: none (decided: the dangling "لافتا" and "أشارت
# الصحيفة ... موضحة" belong to a newspaper the text never names, so no speaker is identifiable).
i = 'ant-JA-internationalNews-903-20170515'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-05-15", "events": [
    {"code": "COOPERATE", "source": ["Marcus Hutchins", "ماركوس هاتشينز", "هاتشينز", "هذا المراهق"],
     "target": ["GCHQ", "الاتصالات الحكومية البريطانية", "UK Government Communications Headquarters"]}],
    "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch106.gold.jsonl', recs)
