"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 83 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: the WHO, in a statement for World Hepatitis Day, calls for a focus on hepatitis B and C. Its
# calls (أكدت "الحاجة ملحة لتعزيز دول العالم لإجراءاتها", طالبت "بالتركيز ... على التهاب الكبد", أوصت "بتطعيم جميع
# الأطفال") are one statement's calls on the world's states: one REQUEST WHO → all countries (as batch 43 codes the
# WHO's طالبت to every country), undated (no day is given for the statement; 28 July is the yearly day, not the
# statement's). "شددت على ضرورة تنفيذ جميع مقدمي خدمات الرعاية الصحية في العالم لتوصياتها" addresses a generic
# class (health-care providers everywhere), like batch 77–80's warnings to drone users: a claim but no REQUEST of
# its own (decided). The deaths the virus causes have no actor. Claims: أكدت، طالبت، شددت، أوصت, all calls (other).
i = 'snn-2015-07-23-0176'
t = news_text(i)
WHO = ["World Health Organization", "WHO", "منظمة الصحة العالمية", "المنظمة"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REQUEST", "source": WHO, "target": ["all countries", "countries of the world", "دول العالم"]}],
    "claims": [
    {"speaker": WHO, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": WHO, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": WHO, "cue": cue(t, "شددت"), "stance": "other"},
    {"speaker": WHO, "cue": cue(t, "أوصت"), "stance": "other"}]})
# --- Okaz: the Saudi Volleyball Federation's statement of yesterday (2015-08-02) on reports that junior players
# attended a nightclub party during their camp in Egypt. Its rebuttal ("أكد فيه أن الحفل كان في إحدى السفن
# السياحية ... وليس في ملهى ليلي", and in the quote "تم التأكد من عدم صحة ما ذكر في بعض وسائل الإعلام") denies a
# report with no named author (social media, "بعض وسائل الإعلام"): one REJECT with no target (README: denying an
# unnamed rumour), dated by the statement. "يؤكد مجلس الإدارة ... إعفاء الإداري المرافق عبدالله الجبر؛ لعدم ضبطه
# لمسار الأمور" is the board's disciplinary dismissal of the delegation's administrator, its doer named: COERCE
# (administrative sanction, as batch 63 codes a ministry's dismissal of imams and batches 8–9 a federation's ban),
# dated by the statement that announces it (decided). Not coded: the inquiry the board assigned to al-Adwan (passive,
# and inside the federation, like a minister instructing his own governors), the party invitation by the camps
# contractor (a noun, بدعوة من), the delegation's attendance, "يرفض مجلس الإدارة بشدة حضور مثل هذه المناسبات" (a
# refusal of a kind of event, no party) and Khaled Matar's assignment (internal). Claims: the lead's أكد and the
# statement's قال (deny: the statement is issued to rebut the reports); the verbs inside the quote (نؤكد، يرفض، يؤكد)
# add no claims of their own (batches 29 and 72).
i = 'snn-2015-08-03-1241'
t = news_text(i)
SVF = ["Saudi Volleyball Federation", "الاتحاد السعودي للكرة الطائرة", "اتحاد اللعبة", "الاتحاد",
       "مجلس الإدارة"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REJECT", "source": SVF, "target": [], "date": "2015-08-02"},
    {"code": "COERCE", "source": SVF, "target": ["Abdullah al-Jabr", "عبدالله الجبر", "الجبر", "الإداري المرافق"],
     "date": "2015-08-02"}], "claims": [
    {"speaker": SVF, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": SVF, "cue": cue(t, "قال"), "stance": "deny"}]})
# --- Al-Madina: a citizen of Abu Arish accuses a municipal contractor of stealing electricity from his home meter.
# The theft itself is not coded (README: theft is no ASSAULT). Alaa Kharad's "معتبرا أن ما قام به المقاول يعدّ سرقة
# وانتهاكًا لحقوقه" is ACCUSE citizen → contractor; "تقدم بشكوى إلى شرطة المحافظة لإثبات الواقعة" (told in his
# statement, its doer named) is a formal complaint: a second ACCUSE of the contractor (batch 31: a victim's complaint
# and his formal complaint are two ACCUSE). "ناشد المسؤولين بالبلدية بالوقوف على المشروع وتطبيق العقوبات النظامية
# على المقاول" is REQUEST to the municipality; his "مشيرًا إلى أنه يجب تغريم من يثبت تطاوله منهم" is the same demand
# told generally, folded in (decided). The Jazan Amanah spokesman's "تصرّف المقاول غير أخلاقي ويتنافى ... مع أنظمة
# البلدية" is ACCUSE Amanah → contractor; his "البلدية ستتخذ الإجراءات النظامية بحقه في حال ثبوت ذلك" is a
# conditional sanction: THREATEN (CAMEO 13, as batch 49–52's warning with a threat of referral), the municipality
# the source with him. All undated (no day in the text). Claims: Kharad's معتبرا (accuse), بيّن (his complaint:
# assert), معربا (accuse), مشيرًا and ناشد (other); "مسؤول في الكهرباء" is an official tied to a named body (the
# electricity company): كشف (assert); Rifai's أوضح (accuse) and مؤكدًا (warn). Aliases holding ابو عريش (named on its
# own in "بمحافظة ابوعريش") are left out of the municipality's list.
i = 'snn-2015-08-10-0604'
t = news_text(i)
KHARAD = ["Alaa Kharad", "علاء خرد", "الخرد", "المواطن علاء خرد"]
CONTRACTOR = ["contractor", "المقاول", "مقاول"]
MUNICIPALITY = ["Abu Arish municipality", "البلدية", "المسؤولين بالبلدية"]
RIFAI = ["Tariq Rifai", "طارق رفاعي", "رفاعي", "Jazan Amanah", "أمانة منطقة جازان",
         "الناطق الاعلامي لأمانة منطقة جازان"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": KHARAD, "target": CONTRACTOR},
    {"code": "ACCUSE", "source": KHARAD, "target": CONTRACTOR},
    {"code": "REQUEST", "source": KHARAD, "target": MUNICIPALITY},
    {"code": "ACCUSE", "source": RIFAI, "target": CONTRACTOR},
    {"code": "THREATEN", "source": RIFAI + ["البلدية"], "target": CONTRACTOR}], "claims": [
    {"speaker": KHARAD, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": KHARAD, "cue": cue(t, "بيّن"), "stance": "assert"},
    {"speaker": KHARAD, "cue": cue(t, "معربا"), "stance": "accuse"},
    {"speaker": KHARAD, "cue": cue(t, "مشيرًا"), "stance": "other"},
    {"speaker": KHARAD, "cue": cue(t, "ناشد"), "stance": "other"},
    {"speaker": ["electricity company official", "مسؤول في الكهرباء", "Saudi Electricity Company"],
     "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": RIFAI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": RIFAI, "cue": cue(t, "مؤكدًا"), "stance": "warn"}]})
# --- SaudiNewsNet: the FAO renews its warning of a bird-flu comeback in West Africa and appeals for 20 million
# dollars. "مناشدة بتعبئة قدرها 20 مليون دولار لأنشطة الوقاية" is an appeal for aid (CAMEO 0233) with no addressee
# named: REQUEST with no target (README: a call with no named addressee), undated; the warning (if no one intervenes
# in time) is the same appeal's ground, folded in, and "وجاءت دعوة فاو" re-tells it. The outbreak announcement is
# passive (الإعلان عن تفشي), the virus and Ebola have no actor. Claims: "جددت ... تحذيرها" (the light verb as cue,
# README: أطلقت … تحذيرا; warn) and مناشدة (a distinct content, the appeal: other).
i = 'snn-2015-07-21-1238'
t = news_text(i)
FAO = ["Food and Agriculture Organization", "FAO", "منظمة الأمم المتحدة للأغذية والزراعة", "فاو"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REQUEST", "source": FAO, "target": []}], "claims": [
    {"speaker": FAO, "cue": cue(t, "جددت"), "stance": "warn"},
    {"speaker": FAO, "cue": cue(t, "مناشدة"), "stance": "other"}]})
# --- SaudiNewsNet: the AU mission in Somalia (AMISOM) denies killing 20 civilians in Merca. The killing: medical
# and parliamentary sources say "القوات قتلت المدنيين" (alleged, its doer named), AMISOM's own statement says "خلال
# المواجهة ... تم قتل خمسة من مسلحي الشباب" (a passive the mission reports of its own forces, README batches
# 57–60), and the local official "قوات البعثة قتلت عمداً مدنيين أبرياء": one incident, one ASSAULT (one record per
# instance, as the Abu Sayyaf raid), with both versions' dead (civilians, al-Shabaab fighters and their commander) in
# one target list, undated (أمس الأربعاء is when the sources spoke, not the day of the shooting). AMISOM's denial
# (the lead's نفت and the body's «نفت بشدة» are one instance) answers accusations whose authors are bare sources:
# REJECT with no target, undated (no day for the denial). "أدان نائب عن المنطقة ... الحادثة ووصفها بأنها «عمل
# إجرامي»" is ACCUSE of the incident's doer the text names (AMISOM), undated; the MP is named in the next sentence
# (one list). "ينشر الاتحاد الإفريقي أكثر من 20 ألف جندي في الصومال لمساعدة الحكومة في مواجهة حركة الشباب" is
# military support to a government (peacekeeping, CAMEO 074): AID AU → Somali government (batches 77–80), undated.
# Not coded: the discovery of a training camp (no act on a party), the unknowns' destruction of a water tank
# (a verbal noun, "لقيام مجهولين ... بتدمير", inside a bare source's hedged guess), the bare sources' accusation
# (no explicit actor) and the anonymous local official's (tied to no named body: batches 26 and 78 give such
# officials no claim). Claims: AMISOM's نفت ×2 (deny), أوضحت (assert) and the statement's قالت (assert); Hashi's
# قال (assert); the MP's أدان (accuse; وصفها in the same sentence is the same condemnation) and قال (accuse).
# "مصادر طبية ومصدر برلماني"، "مصادر" and "مصدر أمني" are bare: no claims. The mission's list leaves out "بعثة
# الاتحاد الإفريقي في الصومال" and its English form (they hold Somalia, named on its own); the AU is its parent body.
i = 'snn-2015-07-23-0402'
t = news_text(i)
AMISOM = ["AMISOM", "بعثة الاتحاد الإفريقي", "البعثة", "قوات البعثة",
          "القوات", "African Union", "الاتحاد الإفريقي"]
ABSHIROW = ["Abdullah Abshirow", "عبد الله أبشروا", "أبشروا", "نائب عن المنطقة", "النائب", "Somalia", "الصومال"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": AMISOM,
     "target": ["civilians", "المدنيين", "مدنيين", "20 مدنيا", "مدنيين أبرياء", "al-Shabaab", "حركة الشباب",
                "مسلحي الشباب", "الشباب", "Mohamed Dhahir", "محمد ظاهر"]},
    {"code": "REJECT", "source": AMISOM, "target": []},
    {"code": "ACCUSE", "source": ABSHIROW, "target": AMISOM},
    {"code": "AID", "source": ["African Union", "الاتحاد الإفريقي", "AMISOM"],
     "target": ["Somali government", "الحكومة", "Somalia", "الصومال"]}], "claims": [
    {"speaker": AMISOM, "cue": cue(t, "نفت", 1), "stance": "deny"},
    {"speaker": ["Abdulghani Hashi", "عبد الغني هشي", "هشي", "المسؤول الطبي"], "cue": cue(t, "قال", 3),
     "stance": "assert"},
    {"speaker": AMISOM, "cue": cue(t, "نفت", 2), "stance": "deny"},
    {"speaker": AMISOM, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": AMISOM, "cue": cue(t, "قالت", 3), "stance": "assert"},
    {"speaker": ABSHIROW, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": ABSHIROW, "cue": cue(t, "قال", 6), "stance": "accuse"}]})
# --- Jawhara FM: a German store's Christmas video advert (an old man fakes his death to gather his children). An
# advert and its story are no PLOVER events; the character's «قائلاً» is fiction (README: a poem's figurative قالت
# gives nothing): no claim. Nothing coded.
i = 'ant-JA-diverse-469-20151206'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-12-06", "events": [], "claims": []})
# --- Jawhara FM: security unions protest their exclusion from the municipal elections. Their joint statement's
# displeasure at the exclusion (عبرت عن استيائهم ... إثر إقصاءهم) and "رفضها نتائج التصويت المتعلقة بالفصل 6"
# criticise one act of one party, named at the end (مجلس نواب الشعب صادق ... على قرار إقصاء الامنيين): one ACCUSE
# unions → parliament (GUIDELINES: condemnation is ACCUSE even with رفض; batches 65–68: calling a vote unlawful is
# ACCUSE), undated. "اللجوء إلى وسائل الطعن" is an announced legal challenge: THREATEN unions → parliament (as an
# announced strike or protest is THREATEN; decided), undated. "دعت إلى ضرورة أن تبدي جميع مكونات المجتمع المدني
# رأيها" is REQUEST to civil society, undated. "كان مجلس نواب الشعب قد صادق مؤخرا على قرار إقصاء الامنيين من
# المشاركة في الانتخابات" is a finite background clause whose act falls on a named group: a restriction of political
# rights, COERCE parliament → security personnel (CAMEO 1721; decided: unlike batch 52's decree, which acted on no
# named party), undated (مؤخرا). Its rejection of the amendment proposals is internal to parliament: not coded.
# "حسب ما نص عليه الدستور" cites the constitution, no speaker. Claims: عبرت (accuse), أكدت (announcing a refusal:
# deny, batches 77–80), دعت (other).
i = 'ant-JA-localNews-2838-20160625'
t = news_text(i)
UNIONS = ["security unions", "النقابات الأمنية",
          "Union of Staff of the General Directorate of Intervention Units",
          "نقابة موظفي الإدارة العامة لوحدات التدخل",
          "National Union of Tunisian Security Forces Unions", "الاتحاد الوطني لنقابات قوات الأمن التونسي"]
ARP = ["Assembly of the Representatives of the People", "مجلس نواب الشعب", "ARP", "Tunisian parliament"]
recs.append({"id": i, "text": t, "published": "2016-06-25", "events": [
    {"code": "ACCUSE", "source": UNIONS, "target": ARP},
    {"code": "THREATEN", "source": UNIONS, "target": ARP},
    {"code": "REQUEST", "source": UNIONS, "target": ["civil society", "مكونات المجتمع المدني", "المجتمع المدني"]},
    {"code": "COERCE", "source": ARP, "target": ["security personnel", "الأمنيين", "الامنيين"]}], "claims": [
    {"speaker": UNIONS, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": UNIONS, "cue": cue(t, "أكدت"), "stance": "deny"},
    {"speaker": UNIONS, "cue": cue(t, "دعت"), "stance": "other"}]})
# --- Jawhara FM: the final statement of the Arab Islamic American summit, the "Riyadh Declaration". "مؤكدا الاتفاق
# بين هذه الدول على التصدي للجذور الفكرية للإرهاب وتجفيف مصادر تمويله" (with "الالتزام الراسخ للدول المشاركة ...
# بمحاربة الإرهاب") is the participating states' agreement to act together: one reciprocal AGREE with the states in
# the source and no target (batch 8's "تطلع الجانبان"), undated (the text gives no day for the summit). Not coded:
# the summit itself (a noun, "البيان الختامي للقمة", its attendees not named), the partnership (a noun), "رحب
# باستعداد دول إسلامية لتوفير قوة احتياطية" (the welcomed states are indefinite and unnamed, and their readiness a
# noun; decided: no SUPPORT), the refusal to tie terrorism to any religion (no party) and the call to renew religious
# discourse (no addressee beyond the speakers themselves). The declaration speaks for the summit's states (one list).
# Claims: أكد (assert), أشار (the commitment: promise), مؤكدا (assert), رحب (praise: assert), أوضح (a refusal: deny),
# شدد (a recommendation: other).
i = 'ant-JA-internationalNews-967-20170521'
t = news_text(i)
RIYADH = ["Riyadh Declaration", "إعلان الرياض", "البيان الختامي", "Arab Islamic American Summit",
          "القمة العربية الإسلامية-الأميركية", "القمة", "participating states", "الدول المشاركة في القمة",
          "الدول المشاركة", "هذه الدول", "قادة الدول المشاركة", "قادة الدول", "United States", "الولايات المتحدة",
          "Islamic world", "العالم الإسلامي"]
recs.append({"id": i, "text": t, "published": "2017-05-21", "events": [
    {"code": "AGREE", "source": RIYADH, "target": []}], "claims": [
    {"speaker": RIYADH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": RIYADH, "cue": cue(t, "أشار"), "stance": "promise"},
    {"speaker": RIYADH, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": RIYADH, "cue": cue(t, "رحب"), "stance": "assert"},
    {"speaker": RIYADH, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": RIYADH, "cue": cue(t, "شدد"), "stance": "other"}]})
# --- Jawhara FM: President Beji Caid Essebsi receives today (Wednesday 2017-05-31) at Carthage Palace a Nidaa Tounes
# delegation led by Hafedh Caid Essebsi. "استقبل ... وفدا" is CONSULT, the visiting delegation the source and the
# host the target, dated; "استعرض اللقاء" re-tells the same meeting, and "مجموعة اللقاءات التي يجريها رئيس
# الجمهورية مع ممثّلي الاحزاب" is the series it belongs to (no other meeting named). Hafedh's "اللقاء مع رئيس الدولة
# أكّد إنخراط حركة نداء تونس التام ودعمها اللامحدود لمسار الإصلاحات الوطنية الكبرى" is an expressed endorsement
# of the reform path of the government of national unity (its "وثيقة قرطاج" the government's reference): SUPPORT
# Nidaa → that government (decided), dated by the meeting where it was affirmed. The party's bills and proposals
# before parliament are nouns. Claims: "بحسب ما جاء في بيان لرئاسة الجمهورية" is its sentence's only attribution
# (the Presidency's claim, cue بحسب); Hafedh's أفاد (assert). Neither man's list holds the bare "قايد السبسي" (both
# bear it), and the President's keeps no "تونس" (it is inside "نداء تونس", the other side's name).
i = 'ant-JA-politic-474-20170531'
t = news_text(i)
BCE = ["Beji Caid Essebsi", "الباجي قايد السبسي", "رئيس الجمهورية", "رئيس الدولة", "Tunisia"]
NIDAA = ["Nidaa Tounes", "حركة نداء تونس", "نداء تونس", "حزب حركة نداء تونس", "وفدا عن حزب حركة نداء تونس",
         "Hafedh Caid Essebsi", "حافظ قايد السبسي"]
recs.append({"id": i, "text": t, "published": "2017-05-31", "events": [
    {"code": "CONSULT", "source": NIDAA, "target": BCE, "date": "2017-05-31"},
    {"code": "SUPPORT", "source": NIDAA,
     "target": ["government of national unity", "حكومة الوحدة الوطنية", "Tunisian government"],
     "date": "2017-05-31"}], "claims": [
    {"speaker": ["Tunisian Presidency", "Presidency of the Republic", "رئاسة الجمهورية"], "cue": cue(t, "بحسب"),
     "stance": "assert"},
    {"speaker": NIDAA, "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- Jawhara FM: Culture Minister Sonia M'barek, on a working visit today (Tuesday 2016-01-19) to Sfax, says the
# Presidency of the Government has agreed in principle to raise the budget of "Sfax, capital of Arab culture 2016".
# The approval is a noun (موافقة مبدئية من رئاسة الحكومة) and a decision inside the government (internal): not
# coded. Her visit to the governorate and her field visits to project sites meet no named party (a minister's own
# tour): not coded. Claims: أكدت (assert) and أشارت ("ضرورة أن تكون هذه التظاهرة انطلاقة": a recommendation, other).
i = 'ant-JA-culture-59-20160119'
t = news_text(i)
MBAREK = ["Sonia M'barek", "سنية مبارك", "وزيرة الثقافة والمحافظة على التراث", "وزيرة الثقافة", "Tunisia",
          "تونس"]
recs.append({"id": i, "text": t, "published": "2016-01-19", "events": [], "claims": [
    {"speaker": MBAREK, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MBAREK, "cue": cue(t, "أشارت"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch83.gold.jsonl', recs)
