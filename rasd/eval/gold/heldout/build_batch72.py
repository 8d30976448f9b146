"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 72 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum: floods in Texas and Oklahoma kill 28; President Obama declares Texas a disaster area. The floods
# and their deaths, displacements and power cuts have no actor. "أعلن الرئيس الأمريكي باراك أوباما تكساس منطقة
# منكوبة" (lead) and the White House statement's "أعلن ولاية تكساس منطقة منكوبة" re-tell one declaration, whose
# point the statement gives: "الولاية بعد الإعلان ستحصل على دعم مالي من الصندوق الفيدرالي" is federal money
# promised to the state, so the declaration and that pledge are one AGREE US → Texas (README: support pledged for the
# future is AGREE; decided: a disaster declaration is no coercion, unlike martial law, and makes no event of its own
# beside the aid it unlocks), undated (the text gives no day for it; "السبت 30 مايو" dates AP's report). Claims:
# AP's أفادت (a forecast: assert; "وفقا لتنبؤات الأحوال الجوية" is a bare source in the same sentence, no claim);
# "نقلت وكالة رويترز عن بيان البيت الأبيض أن" has no قوله, so نقلت is the cue and the White House the speaker
# (README, batches 57–60; Reuters is the conduit); "أكد البيان" (the pledged money: promise). "يذكر أن" is the
# narrator.
i = 'snn-2015-07-24-0418'
t = news_text(i)
WH = ["White House", "البيت الأبيض", "بيان البيت الأبيض", "البيان", "Barack Obama", "باراك أوباما", "أوباما",
      "الرئيس الأمريكي", "United States", "US federal government", "الصندوق الفيدرالي"]
TEXAS = ["Texas", "تكساس", "ولاية تكساس", "الولاية"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "AGREE", "source": WH, "target": TEXAS}], "claims": [
    {"speaker": ["Associated Press", "AP", "أسوشيتد برس", "وكالة أسوشيتد برس"], "cue": cue(t, "أفادت"),
     "stance": "assert"},
    {"speaker": WH, "cue": cue(t, "نقلت"), "stance": "assert"},
    {"speaker": WH, "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- Ain Alyoum: GCC Secretary-General al-Zayani condemns Iraqi Vice-President al-Maliki's statements against Saudi
# Arabia. "استنكر ... بشدة تصريحات ... نوري المالكي", "واصفا تلك التصريحات بأنها لا مسؤولة واتهامات باطلة" and "عَدّ
# ... هذه التصريحات ... ضمن مساعي المالكي ... لتخريب علاقات العراق" are one statement's criticism of one man: one
# ACCUSE (batches 33–36), undated (no day in the text). Maliki's statements are the condemned act: no event of their
# own (README, batches 29–30), like "السياسات التي تبناها المالكي" (a noun). "منوهاً بالتوضيحات الصادرة من رئاسة
# الجمهورية والحكومة العراقية" is praise: SUPPORT of the Iraqi presidency and government (batch 17 codes نوه so); the
# clarifications themselves are nouns. "أكد الأمين العام أن المواقف والجهود الصادقة للمملكة العربية السعودية ...
# تجعلها في مقدمة دول العالم" is praise of Saudi Arabia, defended against the statements: SUPPORT (decided: the
# SG praising one member state is not internal, unlike a minister praising his own ministry in batch 31). "مشددا على
# حرص دول المجلس على تعزيز علاقاتها مع العراق" is an expressed intent to cooperate: AGREE GCC → Iraq (batch 52 codes
# "شدد ... على حرص الحركة على" so). The GCC states' part in the anti-ISIS coalition is a nominal background
# (مشاركة المملكة ودول المجلس). Claims: استنكر، واصفا، "عَـدٌ" (the corpus spells عَدَّ so; accuse ×3)، منوهاً
# (praise: assert)، أكد (assert)، مشددا (promise). Maliki is a state official, so his list holds Iraq; the closing
# tag line (سمات) is no text to code.
i = 'snn-2015-07-24-0360'
t = news_text(i)
ZAYANI = ["Abdullatif al-Zayani", "عبداللطيف بن راشد الزياني", "عبداللطيف الزياني", "الزياني",
          "الأمين العام لمجلس التعاون لدول الخليج العربية", "الأمين العام", "Gulf Cooperation Council", "GCC",
          "مجلس التعاون لدول الخليج العربية", "مجلس التعاون"]
MALIKI = ["Nouri al-Maliki", "نوري المالكي", "المالكي", "نائب رئيس الجمهورية العراقي", "Iraq", "العراق"]
IRAQ_GOVT = ["Iraqi Presidency", "رئاسة الجمهورية", "Iraqi government", "الحكومة العراقية", "Iraq", "العراق"]
SAUDI = ["Saudi Arabia", "المملكة العربية السعودية", "السعودية", "المملكة"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": ZAYANI, "target": MALIKI},
    {"code": "SUPPORT", "source": ZAYANI, "target": IRAQ_GOVT},
    {"code": "SUPPORT", "source": ZAYANI, "target": SAUDI},
    {"code": "AGREE", "source": ZAYANI + ["GCC states", "دول المجلس"], "target": ["Iraq", "العراق", "العراق الشقيق"]}],
    "claims": [
    {"speaker": ZAYANI, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": ZAYANI, "cue": cue(t, "واصفا"), "stance": "accuse"},
    {"speaker": ZAYANI, "cue": cue(t, "عَـدٌ"), "stance": "accuse"},
    {"speaker": ZAYANI, "cue": cue(t, "منوهاً"), "stance": "assert"},
    {"speaker": ZAYANI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ZAYANI, "cue": cue(t, "مشددا"), "stance": "promise"}]})
# --- Al-Weeam: an Australian study finds that children using tablets more than half an hour a day risk chronic
# neck and back pain. Research is no PLOVER event (batches 31, 50); the surveyed parents' admission (اعترفوا) is a
# poll's answer inside the study's report: no claim. A study's findings are its author's claims (batches 9, 31,
# 50); this one names no author, but "دراسة استرالية", then "الدراسة", is one identified document tied to a country
# (decided: like "مصدر عسكري أردني", not like the plural bare "تقارير إعلامية"), so its كشفت، أوضحت and أشارت are
# claims (findings: assert). "شملت" and "اتضح" report no statement; the link line is the outlet's.
i = 'snn-2015-07-31-1603'
t = news_text(i)
STUDY = ["Australian study", "the study", "دراسة استرالية", "الدراسة الأسترالية", "الدراسة"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": [
    {"speaker": STUDY, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Al-Weeam: Komala fighters attack a Revolutionary Guard barracks near Marivan, western Iran, "ليلة السبت".
# "هاجم مسلحين تابعين لحزب كوملة ... ثكنة عسكرية لجنود الحرس الثوري" and "مقاتلي الحزب كبدوا أفراد الحرس الثوري
# ... العديد من القتلى والجرحى" re-tell one attack: one ASSAULT Komala → IRGC, dated by the weekday the text gives
# (Saturday 2015-08-01, as batch 44 dates "ليلة الخميس" by its Thursday); the link line's "بهجوم كردي" is the same
# attack. The party's "يقاتل سياسيا وعسكريا ضد الدكتاتورية الطائفية في إيران" is its self-description of the
# struggle the attack belongs to (decided: no second ASSAULT); its bases in Qandil (يتخذ ... معاقل له) are no event.
# Claims: "ويقول الحزب" (its stated purpose: assert). "أوضح المصدر لشبكة سكاي نيوز" has a bare, unidentified
# source (the text names no one before it): no claim; Sky News is the addressee. The IRGC is a state force, so its
# list holds Iran.
i = 'snn-2015-08-01-0900'
t = news_text(i)
KOMALA = ["Komala", "Komala Party of Iranian Kurdistan", "حزب كوملة الكردستاني الإيراني", "حزب كوملة", "كوملة",
          "مسلحين تابعين لحزب كوملة الكردستاني الإيراني", "مسلحين", "مقاتلي الحزب", "الحزب"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري الإيراني", "الحرس الثوري",
        "جنود الحرس الثوري الإيراني", "أفراد الحرس الثوري الإيراني", "ثكنة عسكرية", "Iran", "إيران"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ASSAULT", "source": KOMALA, "target": IRGC, "date": "2015-08-01"}], "claims": [
    {"speaker": KOMALA, "cue": cue(t, "يقول"), "stance": "assert"}]})
# --- Ain Alyoum (AFP): the Pakistani Taliban today (Saturday 2015-08-01) deny "rumours" that Jalaluddin Haqqani has
# died. "نفت حركة طالبان باكستان ... الشائعات" with the website statement (أكد، أضافوا) and the commander's answer to
# AFP are one denial: one REJECT, dated; its target is none, as the rumours' only source is "وسائل اعلام باكستانية",
# a bare unnamed group (README: a denial of rumours with no named author is REJECT with no target). Sirajuddin's
# appointment (تعيين نجله) is a noun with no doer; the media's "المتمردين ... تعمدوا اخفاء وفاته" is a bare source's
# report (decided: no ACCUSE, as bare media make no claim either). Claims: نفت (deny), the website's اكد (he was ill
# but is well: a rebuttal, deny) and اضافوا (deny); "اكد قيادي في طالبان" (an official of a named group: that he
# spoke to the grandson, assert) and, embedded in it (README, batches 29–30), the grandson's "اكد له ان جده ما زال
# على قيد الحياة" (identified by his tie to a named man, as batches 53–56 take a source close to a named person;
# deny). The Pakistani media's ذكرت and قالت are bare: no claims; AFP is the asker. The Taliban's list leaves out
# "طالبان باكستان" and its English form (they hold باكستان, named on its own).
i = 'snn-2015-08-01-0056'
t = news_text(i)
TTP = ["Pakistani Taliban", "TTP", "حركة طالبان", "طالبان", "مقاتلو طالبان"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REJECT", "source": TTP, "target": [], "date": "2015-08-01"}], "claims": [
    {"speaker": TTP, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": TTP, "cue": cue(t, "اكد", 1), "stance": "deny"},
    {"speaker": TTP, "cue": cue(t, "اضافوا"), "stance": "deny"},
    {"speaker": ["Taliban commander", "قيادي في طالبان", "قيادي"] + TTP, "cue": cue(t, "اكد", 2),
     "stance": "assert"},
    {"speaker": ["grandson of Jalaluddin Haqqani", "حفيد جلال الدين حقاني", "حفيد"], "cue": cue(t, "اكد", 3),
     "stance": "deny"}]})
# --- Jawhara FM: North Korean chemist Ri Jong Chol, deported by Malaysia, accuses the Kuala Lumpur authorities of
# threatening to kill his family unless he confessed to Kim Jong-nam's killing. "اتهم ... السلطات في كوالالمبور
# بتهديده" and "ووصف ... في تصريحات أدلى بها للصحفيين في بكين اليوم السبت ... موضحا أن الشرطة" are one statement:
# one ACCUSE Ri → Malaysia, dated 2017-03-04. Inside it, "الشرطة عرضت عليه صورة ... وهددته بقتلهم إن لم يعترف" is an
# alleged clause with a named doer (README: coded): THREATEN police → Ri, undated. "الذي رحّلته الشرطة الماليزية" is a
# relative clause with its doer: a deportation (CAMEO 174) is COERCE, undated. The authorities' "لا تملك أدلة كافية
# لاتهام" is a negated charge: no event. "أدرجت 7 كوريين شماليين ضمن قائمة التفتيش يشتبه بهم" names suspects in an
# investigation: ACCUSE of the seven (decided: the text says nothing of their being abroad, so not batch 45–48's
# THREATEN for a warrant against people abroad), undated. "وجّهت كوريا الجنوبية أصابع الاتهام إلى جارتها الشمالية"
# is ACCUSE South Korea → North Korea, undated. The killing itself (اغتيال، بقتل) is a noun. Claims: اتهم، وصف،
# موضحا (accuse ×3); أعلنت (Malaysia, assert); وجّهت (the light verb of the accusation, as batch 29's أطلقت تحذيرا;
# accuse). Ri is no state official: his list holds no state, nor does the seven's. "السلطات في كوالالمبور" holds
# Kuala Lumpur, named on its own, so Malaysia keeps the bare capital as metonym instead (as batch 51 lists Lisbon).
i = 'ant-JA-internationalNews-415-20170304'
t = news_text(i)
RI = ["Ri Jong Chol", "ري يونغ تشول", "الكيميائي الكوري الشمالي", "الكيميائي"]
MALAYSIA = ["Malaysia", "ماليزيا", "Malaysian police", "الشرطة الماليزية", "الشرطة", "Malaysian authorities",
            "السلطات الماليزية", "السلطات", "Kuala Lumpur", "كوالالمبور"]
recs.append({"id": i, "text": t, "published": "2017-03-04", "events": [
    {"code": "ACCUSE", "source": RI, "target": MALAYSIA, "date": "2017-03-04"},
    {"code": "THREATEN", "source": MALAYSIA, "target": RI + ["his family", "عائلته", "زوجته وطفليه"]},
    {"code": "COERCE", "source": MALAYSIA, "target": RI},
    {"code": "ACCUSE", "source": MALAYSIA,
     "target": ["seven North Korean suspects", "7 كوريين شماليين", "كوريين شماليين"]},
    {"code": "ACCUSE", "source": ["South Korea", "كوريا الجنوبية"],
     "target": ["North Korea", "كوريا الشمالية", "جارتها الشمالية", "بيونغ يانغ", "Pyongyang"]}], "claims": [
    {"speaker": RI, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": RI, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": RI, "cue": cue(t, "موضحا"), "stance": "accuse"},
    {"speaker": MALAYSIA, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": ["South Korea", "كوريا الجنوبية"], "cue": cue(t, "وجّهت"), "stance": "accuse"}]})
# --- Jawhara FM: Afek Tounes's political bureau, in a statement issued today (Sunday 2017-06-18) after its Saturday
# meeting, condemns the "announced alliance" of Ennahda and Nidaa Tounes and backs the government's anti-corruption
# drive. All its acts are dated by the statement (the lead's condemnation is from the same statement). "عبّر ... عن
# إستنكاره التحالف المعلن بين حركة النهضة ونداء تونس" is ACCUSE of both parties in one target list (the alliance
# itself is a noun). "جدد ... دعمه المطلق للحكومة" is SUPPORT of the government. "مؤكدا ضرورة المواصلة في هذا النهج
# ... وخاصة إتخاذ القرارات اللازمة" is a call (batch 52: "أكد ضرورة" is a call) with no named addressee: REQUEST with
# no target (as batch 49 codes "مؤكدا على ضرورة مراجعة التشريع"). "دعا الحزب في بيانه الحكومة، إلى وضع إستراتيجية"
# is REQUEST of the government. "أكد ... ضرورة إنخراط كل القوى السياسية والمجتمع المدني في إنجاح الإنتخابات
# البلدية" is REQUEST of those it names (batch 52's "الأطراف الاجتماعية"). The bureau's periodic meeting is internal
# (batch 52: no event); "اعتبر أن تركيز الإصلاحات ... من شأنه أن يحد" is an opinion, no event. Claims: عبّر
# (accuse; "ويرى" is inside the quoted statement, no claim of its own), جدد (assert, batches 20 and 54), مؤكدا
# (other), دعا (other), اعتبر (assert), أكد (other). "في بيان أصدره" attributes its own sentence to the same speaker.
i = 'ant-JA-politic-504-20170618'
t = news_text(i)
AFEK = ["Afek Tounes", "آفاق تونس", "حزب آفاق تونس", "المكتب السياسي لحزب آفاق تونس", "المكتب السياسي لآفاق تونس",
        "المكتب السياسي", "الحزب"]
GOVT = ["Tunisian government", "الحكومة", "government of national unity", "حكومة الوحدة الوطنية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-06-18", "events": [
    {"code": "ACCUSE", "source": AFEK,
     "target": ["Ennahda", "حركة النهضة", "النهضة", "Nidaa Tounes", "نداء تونس"], "date": "2017-06-18"},
    {"code": "SUPPORT", "source": AFEK, "target": GOVT, "date": "2017-06-18"},
    {"code": "REQUEST", "source": AFEK, "target": [], "date": "2017-06-18"},
    {"code": "REQUEST", "source": AFEK, "target": GOVT, "date": "2017-06-18"},
    {"code": "REQUEST", "source": AFEK,
     "target": ["political forces", "كل القوى السياسية", "القوى السياسية", "civil society", "المجتمع المدني"],
     "date": "2017-06-18"}], "claims": [
    {"speaker": AFEK, "cue": cue(t, "عبّر"), "stance": "accuse"},
    {"speaker": AFEK, "cue": cue(t, "جدد"), "stance": "assert"},
    {"speaker": AFEK, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": AFEK, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": AFEK, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": AFEK, "cue": cue(t, "أكد"), "stance": "other"}]})
# --- Jawhara FM: Hamed Karoui, head of the Constitutional Movement, today (Monday 2016-06-20, on the station's "الحدث"
# programme) calls for national reconciliation. "دعا ... إلى تحقيق مصالحة وطنية" names no addressee: REQUEST with no
# target, dated. "قال ... إنه من الضروري تجنيد كفاءات حقيقية في حكومة الوحدة الوطنية" is a second, distinct call
# (batch 52: a stated necessity is a call), also with no named addressee (President Essebsi is named only as the
# initiative's author): REQUEST, no target, dated (same programme). "لاحظ أن الاهتمام بمبادرة ... ارتبط ... بتقاسم
# المناصب والمحاصصة الحزبية" and "استنكر ... عدم تشريك حزبه في المشاورات الدائرة" criticise the consultations
# whose doers the text does not name: one ACCUSE with no target (README: none when the text names none; batch 49
# folds one statement's criticisms into one ACCUSE), dated. The President's initiative and the exclusion of
# competences are nouns. Claims: دعا (other), قال (other), لاحظ (accuse), استنكر (accuse); Jawhara FM is the venue.
i = 'ant-JA-localNews-3048-20160620'
t = news_text(i)
KAROUI = ["Hamed Karoui", "حامد القروي", "القروي", "رئيس الحركة الدستورية", "Constitutional Movement",
          "الحركة الدستورية"]
recs.append({"id": i, "text": t, "published": "2016-06-20", "events": [
    {"code": "REQUEST", "source": KAROUI, "target": [], "date": "2016-06-20"},
    {"code": "REQUEST", "source": KAROUI, "target": [], "date": "2016-06-20"},
    {"code": "ACCUSE", "source": KAROUI, "target": [], "date": "2016-06-20"}], "claims": [
    {"speaker": KAROUI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": KAROUI, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": KAROUI, "cue": cue(t, "لاحظ"), "stance": "accuse"},
    {"speaker": KAROUI, "cue": cue(t, "استنكر"), "stance": "accuse"}]})
# --- Jawhara FM: as parliament debates the local-elections law, the national union of security-forces unions, in a
# statement of today (Thursday 2016-06-02), insists on security personnel's right to vote. All its acts are dated by
# the statement. Its "استنكاره واستغرابه من بعض التصريحات ... وتسعى الى اقصاء الأمنيين" condemns statements whose
# authors it does not name: ACCUSE with no target. "شدد على انه سيستخدم كل الوسائل القانونية والاشكال النضالية
# النقابية" threatens union action (CAMEO 13; batch 31's announced protest): THREATEN, aimed at the parliament the
# background names (as batch 52 targets the ministry of the background). "داعيا ... مختلف الكتل النيابية الى
# الاستجابة لمطلبهم أو اعفائهم من دفع الضرائب ... ووزير الداخلية الى ممارسة صلاحياته" makes two distinct demands of
# two addressees: two REQUESTs (decided; batch 52's one call on two parties had one content). The lead's "أكد ...
# تمسكه التام بالحق" states the demand the REQUEST to the blocs makes (no event of its own); parliament's own
# deliberations are internal. Claims: أكد (assert), عبر (accuse; "وصفها" inside its quote adds none), معتبرا
# (assert), شدد (warn), داعيا (other). The union's name holds no other actor.
i = 'ant-JA-politic-258-20160602'
t = news_text(i)
UNION = ["National Union of Tunisian Security Forces Unions", "الاتحاد الوطني لنقابات قوات الامن التونسي",
         "الاتحاد الوطني لنقابات قوات الأمن", "الاتحاد الوطني", "هذا الهيكل النقابي", "الهيكل النقابي"]
PARL = ["Assembly of the Representatives of the People", "مجلس نواب الشعب", "parliament", "parliamentary blocs",
        "الكتل النيابية", "مختلف الكتل النيابية"]
MINISTER = ["Minister of Interior", "وزير الداخلية", "Ministry of Interior", "Tunisian government", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-06-02", "events": [
    {"code": "ACCUSE", "source": UNION, "target": [], "date": "2016-06-02"},
    {"code": "THREATEN", "source": UNION, "target": PARL, "date": "2016-06-02"},
    {"code": "REQUEST", "source": UNION, "target": PARL, "date": "2016-06-02"},
    {"code": "REQUEST", "source": UNION, "target": MINISTER, "date": "2016-06-02"}], "claims": [
    {"speaker": UNION, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": UNION, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": UNION, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": UNION, "cue": cue(t, "شدد"), "stance": "warn"},
    {"speaker": UNION, "cue": cue(t, "داعيا"), "stance": "other"}]})
# --- Jawhara FM: the Interior Ministry's media chief Yasser Mesbah denies that 30 young Tunisians involved in
# terrorism cases landed at Enfidha airport. "نفى ... نفيا قاطعا، صحة الأخبار التي تداولتها بعض المواقع الإلكترونية
# وصفحات التواصل الاجتماعي" denies reports of unnamed sites: REJECT with no target (README: an unnamed rumour's
# denial), undated (the phone call has no day in the text; "اليوم" dates the flights). The station's obtaining the
# flight schedule and what it shows are the outlet's own reporting (narrator): no claims; the websites are bare.
# Claim: نفى (deny). Mesbah is a state official, so his list holds the ministry and Tunisia.
i = 'ant-JA-localNews-648-20161229'
t = news_text(i)
MESBAH = ["Yasser Mesbah", "ياسر مصباح", "مصباح", "رئيس مكتب الإعلام والاتصال في وزارة الداخلية",
          "Ministry of Interior", "وزارة الداخلية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-12-29", "events": [
    {"code": "REJECT", "source": MESBAH, "target": []}], "claims": [
    {"speaker": MESBAH, "cue": cue(t, "نفى"), "stance": "deny"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch72.gold.jsonl', recs)
