"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 158 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sunday 2015-07-26): a military front that split from the Afghan Taliban says Mullah Omar is dead,
# killed by his deputy. "كشفت جبهة عسكرية منشقة ... أن زعيم الحركة الملا محمد عمر لقي حتفه" is a claim (assert); the
# death itself (لقي حتفه) has no doer. "وقال المتحدث باسم الجبهة ويدعى القارئ حمزة في رسالة بعث بها إلى وسائل الإعلام
# أمس، إن ... زعيم الحركة قتل قبل فترة من قِبل نائبه "أختر محمد منصور" والمسؤول المالي بالحركة "كل آغا"": the killing
# is a passive with its agents (README: a passive with its agent is coded), an alleged historical ASSAULT Mansour and
# Gul Agha → Omar, undated ("قبل نحو 24 شهرا" is no day); the front naming the killers is its ACCUSE of them (README:
# media that ran a photo as a bomber's are a doer of ACCUSE; a body naming the attackers is a claim and an ACCUSE),
# dated by the message sent "أمس" (2015-07-25) (decided: both the alleged killing and the charge are coded). "قامت
# بعض وسائل الإعلام ... بنشر تقارير" (bare media: no claim) and "إلا أن الحركة نفت تلك التقارير آنذاك وعدّت أنها
# بعيدة عن الحقيقة": the Taliban's old denial is REJECT with no target (decided: the reports' authors are unnamed
# "some media", README: a denial of rumours with no author has no target), undated (آنذاك); عدّت restates the same
# denial in the same sentence: one claim (README session 15). "أجرت حركة طالبان الأفغانية للمرة الأولى محادثات
# مباشرة مع حكومة كابول" is a finite clause with both parties: CONSULT Taliban → the Afghan government, undated. Not
# coded: the second round of talks (a noun reported by bare "التقارير": README, a future meeting told as a noun is not
# coded; no claim), "نشر خبر مصرع الملا عمر" (noun), the 4,100 soldiers and police killed (no doer), "رحيل معظم
# القوات الغازية" (noun). Claims: the front's كشفت (assert), Qari Hamza's قال (the killers named: accuse), the
# Taliban's نفت (deny), the newspaper Sarnosht's قالت (assert; a named outlet speaks). "ما يؤكد" has no speaker.
# Aliases: "زعيم الحركة" and "المسؤول المالي بالحركة" hold الحركة (the Taliban) and the front's long description holds
# طالبان: left out (GUIDELINES).
i = 'snn-2015-07-26-0960'
t = news_text(i)
FRONT = ["Fidai Mahaz", "جبهة الفدائيين العسكرية", "جبهة عسكرية منشقة", "الجبهة", "Qari Hamza", "القارئ حمزة",
         "المتحدث باسم الجبهة"]
TALIBAN = ["Taliban", "طالبان", "حركة طالبان الأفغانية", "الحركة"]
KILLERS = ["Akhtar Mohammad Mansour", "أختر محمد منصور", "منصور", "نائبه", "Gul Agha", "كل آغا"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ASSAULT", "source": KILLERS, "target": ["Mullah Omar", "الملا محمد عمر", "الملا عمر", "محمد عمر"]},
    {"code": "ACCUSE", "source": FRONT, "target": KILLERS, "date": "2015-07-25"},
    {"code": "REJECT", "source": TALIBAN, "target": []},
    {"code": "CONSULT", "source": TALIBAN,
     "target": ["Afghan government", "حكومة كابول", "Afghanistan", "أفغانستان"]}], "claims": [
    {"speaker": FRONT, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": FRONT, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": TALIBAN, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": ["Sarnosht", "صحيفة سرنوشت الأفغانية", "سرنوشت"], "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-31): the Red Crescent in Riyadh answers Sheikh Adel al-Kalbani's tweet accusing its crews of
# failing his son after a fire at his home. "تغريدة الشيخ عادل الكلباني ... والتي اتهم من خلالها أفراد الهلال الأحمر
# بالتخاذل" is a relative clause with its doer: ACCUSE Kalbani → the Red Crescent, and a claim (اتهم: accuse); undated.
# "تفاعل مسؤولو الهلال الأحمر بالرياض مع تغريدة ... مؤكدين أن فرق الاستجابة تعاملت مع الموقف كاملا" rebuts a named
# accuser: REJECT Red Crescent → Kalbani (README: denying a report whose author is named is REJECT of that author),
# undated. Not coded: the crews sent and the care given (passive "تم إرسال"، "تم تقديم"; routine emergency service to a
# citizen, decided no AID), the young man's refusal of transport (a patient's choice, decided no REJECT), the civil
# defence officer's signature (passive). "ودعا الصحف والمواقع الإلكترونية إلى ضرورة تحري الدقة" is a call on a generic
# class: a claim but no REQUEST (README batches 81–84). Claims: اتهم (accuse), مؤكدين (the rebuttal: deny), the
# spokesman al-Mraibedh's أوضح (the account that rebuts the charge: deny, README: a statement issued to rebut reports
# takes stance deny), أشار and ذكر (supporting details: assert), دعا (other). Aliases: forms holding الرياض are left
# out (decided, README: an institution keeps no place the article names).
i = 'snn-2015-07-31-1885'
t = news_text(i)
KALBANI = ["Adel al-Kalbani", "عادل الكلباني", "الكلباني"]
SRCA = ["Saudi Red Crescent Authority", "الهلال الأحمر", "مسؤولو الهلال الأحمر", "أفراد الهلال الأحمر"]
MRAIBEDH = ["Abdullah al-Mraibedh", "عبدالله المريبض", "المريبض", "Saudi Red Crescent Authority", "الهلال الأحمر"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": KALBANI, "target": SRCA},
    {"code": "REJECT", "source": SRCA, "target": KALBANI}], "claims": [
    {"speaker": KALBANI, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": SRCA, "cue": cue(t, "مؤكدين"), "stance": "deny"},
    {"speaker": MRAIBEDH, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": MRAIBEDH, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MRAIBEDH, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MRAIBEDH, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): Russia's condolences for the Abha mosque attack and support for Saudi Arabia.
# "أعربت روسيا عن تعازيها" and the statement's condolences and wishes for the wounded are neither events nor claims
# (README). "مؤكدة دعمها السلطات السعودية في مكافحة الإرهاب" is expressed support: SUPPORT Russia → the Saudi
# authorities; "وأكدت الخارجية الروسية على استعداد موسكو لـ»تقديم الدعم اللازم للسعودية«" is an offer: AGREE Russia →
# Saudi Arabia (GUIDELINES: offers are AGREE; the seed codes SUPPORT plus a separate AGREE for commitments). Both come
# from the foreign ministry's statement "صدر ... يوم الخميس": dated Thursday 2015-08-06 (decided: the last sentence's
# أكدت is read as the same statement). "وأدانت الدول العربية والاجنبية دون استثناء الهجوم الإرهابي" is a condemnation
# by a collective of states with no doer named: ACCUSE with no target (README), undated; the states are a bare
# collective, so no claim (decided, README batches 81–84: a bare group's criticism is an ACCUSE with no claim). Not
# coded: the attack itself (الهجوم as subject, no doer), "موجة الإرهاب التي تشنها المنظمات المتطرفة" (a generic class
# of organisations, no concrete act). Claims: مؤكدة (assert), "وجاء في بيان" (cue جاء, as batch 29: assert; the
# quote's view of the wave of terrorism), أكدت (the readiness: promise).
i = 'snn-2015-08-08-0489'
t = news_text(i)
RUSSIA = ["Russia", "روسيا", "موسكو", "Russian Foreign Ministry", "وزارة الخارجية الروسية", "الخارجية الروسية",
          "المكتب الإعلامي التابع لوزارة الخارجية الروسية"]
SAUDI = ["Saudi Arabia", "السعودية", "Saudi authorities", "السلطات السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "SUPPORT", "source": RUSSIA, "target": SAUDI, "date": "2015-08-06"},
    {"code": "AGREE", "source": RUSSIA, "target": SAUDI, "date": "2015-08-06"},
    {"code": "ACCUSE", "source": ["Arab and foreign states", "الدول العربية والاجنبية", "الدول العربية"],
     "target": []}], "claims": [
    {"speaker": RUSSIA, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": RUSSIA, "cue": cue(t, "جاء"), "stance": "assert"},
    {"speaker": RUSSIA, "cue": cue(t, "أكدت"), "stance": "promise"}]})
# --- SaudiNewsNet (2015-07-31): the Jeddah human-resources forum, to be held 10–13 Safar under the labour minister's
# patronage. Not coded: the forum's opening (a future meeting told as a noun, README), the minister's patronage and the
# al-Zahid group's sponsorship (nouns / passive "يقام برعاية"), the ministry's continued support (a noun inside the
# quote), past editions attended by the World Bank and the ILO (habitual background over six editions, no one meeting:
# decided). "تنظمه كل من الغرفة التجارية الصناعية بجدة و»AME» ... وبشراكة إستراتيجية مع وزارة العمل وصندوق تنمية
# الموارد البشرية «هدف»" is a finite clause with its doers: COOPERATE the Chamber and AME → the ministry and HRDF
# (README: "نظم … بالتعاون مع" and a project run "بالتنسيق مع" are COOPERATE; decided over batch 69–72's poll),
# undated. "أعرب ... أبوركبة عن سعادته لحرص وزير العمل ... ورعايته الكريمة للمنتدى" with "قدم الشكر لدور وزارة العمل
# وصندوق الموارد البشرية «هدف»" is one praise and thanks: SUPPORT Abu Rukba → the minister, ministry and HRDF
# (decided: one act; README: thanks folded into SUPPORT), undated. Claims: أعرب، مؤكداً، قدم (thanks, as batch 66 takes
# "قدم ... الشكر")، أضاف، أوضح; all assert. "ويعد" and "وكما عزز" have no speaker. Aliases: forms holding جدة (named on
# its own) are left out, and AME drops "مكتب د. إيهاب حسن ابوركبة", which holds Abu Rukba, an actor of his own.
i = 'snn-2015-07-31-1174'
t = news_text(i)
ABURUKBA = ["Ihab Abu Rukba", "إيهاب بن حسن أبوركبة", "إيهاب حسن ابوركبة", "أبوركبة", "ابوركبة", "رئيس المنتدى"]
MOL = ["Ministry of Labour", "وزارة العمل", "Mufrej al-Haqbani", "مفرج بن سعد الحقباني", "الحقباني", "وزير العمل",
       "Saudi Arabia", "السعودية"]
HADAF = ["Human Resources Development Fund", "صندوق تنمية الموارد البشرية", "صندوق الموارد البشرية", "هدف"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "COOPERATE",
     "source": ["Jeddah Chamber of Commerce and Industry", "الغرفة التجارية الصناعية", "AME"],
     "target": MOL + HADAF},
    {"code": "SUPPORT", "source": ABURUKBA, "target": MOL + HADAF}], "claims": [
    {"speaker": ABURUKBA, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": ABURUKBA, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": ABURUKBA, "cue": cue(t, "قدم"), "stance": "assert"},
    {"speaker": ABURUKBA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ABURUKBA, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): security forces break up a fistfight in Medina between a heart-centre doctor
# and the sons of a patient whose operation kept being postponed. "مما دفع أحدهم للاشتباك بالأيدي مع الطبيب" (the
# "الاعتداء" of the last paragraph) is a finite clause with its doer: ASSAULT the patient's son → the doctor;
# "تدخلت الجهات الأمنية ... أمس لفضّ اشتباكات بالأيدي" is a finite intervention by a named doer: COERCE security → the
# brawlers (decided, as batch 62 codes "تدخل الأمن لفض اعتصام" COERCE); both dated by أمس (2015-08-05), one incident.
# "وجّهت صحة المدينة خطابًا إلى شرطة الفيصلية تطالب فيه بالحقّ الخاص للطبيب و المركز" is a formal complaint to the
# police: ACCUSE Medina health affairs → the attackers (README: a police report or complaint is ACCUSE of the one
# complained of; decided over a REQUEST to the police), undated. Not coded: the quarrel and the postponements (nouns),
# the private guards' attempts (noun), the patrols summoned (passive), the doctor's claim in the police record (a noun
# reported by the narrator). Claims: the health-affairs source's أكد (an anonymous source tied to a named body: assert),
# the directorate's تطالب (a demand: other). "وعلمت «المدينة»" is the narrator. Aliases: "صحة المدينة" holds المدينة,
# the city and newspaper named on their own, so the directorate keeps "صحة" alone (decided, README: an institution
# keeps no place the article names); "مركز القلب بالمدينة المنورة" likewise.
i = 'snn-2015-08-06-1318'
t = news_text(i)
DOCTOR = ["heart-centre doctor", "أحد أطباء مركز القلب", "الطبيب الاستشاري", "الطبيب"]
SONS = ["patient's sons", "عدد من أبناء إحدى السيدات", "أبناء إحدى السيدات", "ذوي المريضة", "أحدهم"]
HEALTH = ["Medina Health Affairs", "صحة", "Saudi Ministry of Health"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": SONS, "target": DOCTOR, "date": "2015-08-05"},
    {"code": "COERCE", "source": ["security forces", "الجهات الأمنية", "الدوريات الأمنية"], "target": SONS + DOCTOR,
     "date": "2015-08-05"},
    {"code": "ACCUSE", "source": HEALTH, "target": SONS}], "claims": [
    {"speaker": HEALTH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": HEALTH, "cue": cue(t, "تطالب"), "stance": "other"}]})
# --- SaudiNewsNet (2015-08-06): Najran's roads chief denies dangerous potholes on the al-Jaffa – al-Khaniq road that
# al-Watan's photos document; residents complain. "نفى المدير العام لطرق نجران ... في رده على خطاب "الوطن" وجود أي
# حفر" denies what a named outlet raised: REJECT Bajash → al-Watan (README: a denial of a report whose author is named
# targets the author), undated. "عدسة "الوطن" وثقت" is the outlet's own narration. "وأبدى عدد من أهالي المحافظات
# الشمالية بالمنطقة استياءهم من الجهات المتخصصة التي تجاهلت حفرا": identifiable residents (README batches 121–128)
# criticising the responsible bodies: ACCUSE residents → "الجهات المتخصصة" (decided: a definite, if unnamed,
# authority is a target), undated. "وطالب المواطن ظافر آل سعد بتشكيل لجنة وزارية" names no addressee: REQUEST with no
# target (README); his "مؤكدا أن وزارة النقل تتحمل تبعات ..." blames a named ministry: ACCUSE Al Saad → the Ministry of
# Transport. Mohammed al-Qashanin's complaints and warning blame no one: claims, no ACCUSE (README). Mohammed Al
# Salem's "وتساءل: أين المهندسون المشرفون.. أم أن مواصفات الوزارة بهذه الشاكلة؟" is a rhetorical question blaming the
# ministry: ACCUSE Al Salem → the Ministry of Transport (README batches 73–76). Not coded: the contractors patching
# with cement (no party acted on), al-Watan's letter (a noun), the accidents (no doer). Claims: نفى (deny), أبدى
# (accuse), طالب (other), the first مؤكدا (accuse), أوضح (assert), the second مؤكدا (assert), حذر (warn), أضاف (the
# lack of oversight: accuse), تساءل (accuse).
i = 'snn-2015-08-06-2135'
t = news_text(i)
BAJASH = ["Nasser Bajash", "ناصر بجاش", "بجاش", "المدير العام لطرق نجران", "Najran roads directorate", "طرق نجران"]
RESIDENTS = ["residents of the northern governorates", "عدد من أهالي المحافظات الشمالية", "أهالي المحافظات الشمالية"]
ALSAAD = ["Dhafer Al Saad", "ظافر آل سعد", "آل سعد"]
QASHANIN = ["Mohammed al-Qashanin", "محمد القشانين", "القشانين"]
ALSALEM = ["Mohammed Al Salem", "محمد آل سالم", "آل سالم"]
MOT = ["Ministry of Transport", "وزارة النقل", "الوزارة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": BAJASH, "target": ["Al-Watan", "الوطن"]},
    {"code": "ACCUSE", "source": RESIDENTS, "target": ["competent authorities", "الجهات المتخصصة"]},
    {"code": "REQUEST", "source": ALSAAD, "target": []},
    {"code": "ACCUSE", "source": ALSAAD, "target": MOT},
    {"code": "ACCUSE", "source": ALSALEM, "target": MOT}], "claims": [
    {"speaker": BAJASH, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": RESIDENTS, "cue": cue(t, "أبدى"), "stance": "accuse"},
    {"speaker": ALSAAD, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ALSAAD, "cue": cue(t, "مؤكدا", 1), "stance": "accuse"},
    {"speaker": QASHANIN, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": QASHANIN, "cue": cue(t, "مؤكدا", 2), "stance": "assert"},
    {"speaker": QASHANIN, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": ALSALEM, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": ALSALEM, "cue": cue(t, "تساءل"), "stance": "accuse"}]})
# --- SaudiNewsNet (2015-07-21): Iraqi vice-president Nouri al-Maliki, in a video, accuses the Prophet's Companions of
# spreading injustice and terror and of tampering with the Quran. "اتهم ... نوري المالكي، صحابة رسول الله ... بإشاعة
# الظلم والإرهاب في الأمة" with the following quotes is one accusation: ACCUSE Maliki → the Companions (Uthman, whom his
# quote singles out, in the target list), undated (no day). Not coded: Uthman compiling the Mushaf and burning the
# scattered copies (a historical act on no party, decided), the coalition of hadith forgers (a generic class). The
# closing credit line "رابط الخبر بصحيفة الوئام: بالفيديو .. المالكي يتهم الصحابة بتحريف القرآن" is part of the text:
# its title is the same ACCUSE (one record), but its يتهم introduces a content of its own (تحريف القرآن), so it is a
# claim (decided, GUIDELINES: headline speech verbs count); al-Weeam as the link's outlet is a byline, no claim.
# Claims: اتهم (accuse), the first قال (the forgers' alliance: accuse), أضاف (Fatima's verses and the margins: assert),
# the second قال (Uthman compiled and burned: assert), "حيث قال" (the burning aimed to erase the commentary: accuse),
# يتهم (accuse). Maliki, a state official, lists Iraq.
i = 'snn-2015-07-21-1852'
t = news_text(i)
MALIKI = ["Nouri al-Maliki", "نوري المالكي", "المالكي", "نائب الرئيس العراقي", "Iraq", "العراق"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": MALIKI,
     "target": ["the Companions", "صحابة رسول الله", "الصحابة", "Uthman ibn Affan", "عثمان بن عفان"]}], "claims": [
    {"speaker": MALIKI, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": MALIKI, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": MALIKI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MALIKI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MALIKI, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": MALIKI, "cue": cue(t, "يتهم"), "stance": "accuse"}]})
# --- SaudiNewsNet (Wednesday 2015-07-22): Prince Saud bin Nayef, emir of the Eastern Province, visits four family
# majlises in Jubail on Tuesday (2015-07-21). Each visit names its host: one CONSULT per host with the emir as source
# (README: troupes visiting hosts are one CONSULT per host; a visit and the meeting it holds are one CONSULT), all dated
# 2015-07-21. The Jubail governor who accompanied him is not added (README: attending officials are not added; decided
# likewise for an escort). "من جانبهم شكروا سموه على هذه الزيارة ... كما هنأوا سموه بالثقة الملكية ... بتعيينه" is
# thanks and congratulations on an appointment: one SUPPORT the four families → the emir (README: thanks during a visit
# are SUPPORT dated by the visit; batch 20's هنأ for an appointment is praise), dated 2015-07-21. Not coded: the
# friendly talk (passive, folded into the visits), "سائلين الله لسموه التوفيق" (a prayer). Claims: شكروا and هنأوا
# (two contents: assert; the families are identified by name).
i = 'snn-2015-07-22-1683'
t = news_text(i)
SAUD = ["Saud bin Nayef", "سعود بن نايف بن عبدالعزيز", "سعود بن نايف", "أمير المنطقة الشرقية", "Eastern Province",
        "Saudi Arabia", "السعودية"]
BOUAININ = ["Al-Bouainain family", "أسرة البوعينين", "البوعينين", "خميس مطر البوعينين"]
KHUNAINI = ["Al-Khunaini family", "أسرة الخنيني", "الخنيني", "احمد الخنيني"]
KHATER = ["Al-Khater family", "أسرة الخاطر", "الخاطر", "منصور بن احمد الخاطر"]
MAJDAL = ["Al-Majdal family", "أسرة المجدل", "المجدل", "مجدل المجدل"]
FAMILIES = BOUAININ + KHUNAINI + KHATER + MAJDAL
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": SAUD, "target": BOUAININ, "date": "2015-07-21"},
    {"code": "CONSULT", "source": SAUD, "target": KHUNAINI, "date": "2015-07-21"},
    {"code": "CONSULT", "source": SAUD, "target": KHATER, "date": "2015-07-21"},
    {"code": "CONSULT", "source": SAUD, "target": MAJDAL, "date": "2015-07-21"},
    {"code": "SUPPORT", "source": FAMILIES, "target": SAUD, "date": "2015-07-21"}], "claims": [
    {"speaker": FAMILIES, "cue": cue(t, "شكروا"), "stance": "assert"},
    {"speaker": FAMILIES, "cue": cue(t, "هنأوا"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-03): Hail's municipal-election committee coordinator lists the approved polling centres.
# An administrative notice: claims only (README session 16); "تم اعتماد المراكز" is passive. Claims: كشف and بين
# (assert). Aliases: forms holding حائل (named on its own) are left out.
i = 'snn-2015-08-03-0660'
t = news_text(i)
ASSAF = ["Abdullah al-Assaf", "عبدالله العساف", "العساف", "منسق اللجنة المحلية للانتخابات البلدية",
         "اللجنة المحلية للانتخابات البلدية"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [], "claims": [
    {"speaker": ASSAF, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": ASSAF, "cue": cue(t, "بين"), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-07-23): Vietnamese police arrest Nguyen Xuan Son, the recently dismissed head of
# PetroVietnam, on suspicion of bank fraud. "ذكرت الشرطة الفيتنامية امس أنه تم إلقاء القبض على ... سون" with "وألقي
# القبض على سون (53 عاما) الثلاثاء ... بحسب الشرطة" is one passive arrest reported by the police: COERCE police → Son
# (README: passive arrests reported by the police are the police's COERCE; the suspicion folds in, "arrested and
# charged" is one COERCE), dated Tuesday 2015-07-21 (not the report's أمس). "كان رئيس الوزراء نجوين تان دونج قد أقال
# سون من رئاسة الشركة يوم الأحد" is a dismissal by a named doer: COERCE the prime minister → Son (decided, README
# batches 81–84: relieving an official is an administrative sanction, COERCE), dated Sunday 2015-07-19. Not coded:
# "إلقاء الشرطة القبض على ... ها فان ثام" (a noun after بعد: background, GUIDELINES), Son's appointment (a noun), the
# bank's losses (no act on a party). Claims: the police's ذكرت (the arrest: assert) and "بحسب الشرطة" (its sentence's
# only attribution, giving the charge: accuse), "بحسب ما ذكرته صحيفة «لاو دونج»" (its sentence's only attribution,
# whole phrase as cue as batch 8–9 decided; it holds Son responsible for the loss: accuse; decided no ACCUSE event, the
# paper reports a fact and acts on no one). The prime minister drops the bare دونج, which «لاو دونج» holds.
i = 'snn-2015-07-23-0747'
t = news_text(i)
SON = ["Nguyen Xuan Son", "نجوين شوان سون", "سون"]
VN_POLICE = ["Vietnamese police", "الشرطة الفيتنامية", "الشرطة", "Vietnam", "فيتنام"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "COERCE", "source": VN_POLICE, "target": SON, "date": "2015-07-21"},
    {"code": "COERCE", "source": ["Nguyen Tan Dung", "نجوين تان دونج", "Vietnam", "فيتنام"], "target": SON,
     "date": "2015-07-19"}], "claims": [
    {"speaker": VN_POLICE, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": VN_POLICE, "cue": cue(t, "بحسب"), "stance": "accuse"},
    {"speaker": ["Lao Dong", "صحيفة «لاو دونج»", "لاو دونج"], "cue": cue(t, "بحسب ما ذكرته"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch158.gold.jsonl', recs)
