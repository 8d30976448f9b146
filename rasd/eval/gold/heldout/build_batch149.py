"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 149 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-08-08): Egypt says donors must fund UNRWA; FM Sameh Shoukry in a phone call with
# his Norwegian counterpart Børge Brende. "في اتصال هاتفي مع نظيره النرويجى بورج بريند" is a phone call: CONSULT,
# Shoukry (the first-named party) the source and Brende the target (GUIDELINES), dated 2015-08-07 (decided: the
# lead's "أكدت مصر أمس" dates the statement, which was made in the call). "أكدت مصر ... أنه من الضروري توفير الدعم
# المادي المطلوب لتمكين ... الأنروا" and "قال ... إنه يجب أن توفر الدول والمنظمات الدولية المانحة التمويل المطلوب" are
# one call on the donors (the lead re-tells the body's statement): one REQUEST Egypt/Shoukry → the donor states and
# organisations, dated 2015-08-07. "أضاف شكري أن مصر قلقة تجاه العجز المادي الحاد" is a worry that blames no one: a
# claim only. "720 مليون دولار تعهد المانحون بتقديمها لبرنامجها" is a pledge of aid in a relative clause with its doer:
# AGREE the donors → UNRWA (CAMEO 033, batches 81–84's pledges), undated. Not coded: UNRWA halting its payments to
# Gazans for lack of funds ("ما دفع المنظمة للتوقف عن دفع مساعدات", decided: a forced halt for want of money, no
# punitive act towards anyone), its not receiving the money (no doer), and "الحرب التي استمرت 50 يوما بين إسرائيل
# وحركة حماس" (a nominalised background war). Claims: Egypt's أكدت (a call: other), Shoukry's قال (other) and أضاف
# (assert); "يذكر أن" is the narrator's.
i = 'snn-2015-08-08-0940'
t = news_text(i)
SHOUKRY = ["Sameh Shoukry", "سامح شكري", "شكري", "وزير الخارجية", "Egyptian Foreign Minister", "Egypt", "مصر"]
BRENDE = ["Børge Brende", "بورج بريند", "نظيره النرويجى", "Norwegian Foreign Minister", "Norway"]
DONORS = ["donor states and international organisations", "الدول والمنظمات الدولية المانحة",
          "المنظمات الدولية المانحة", "الدول المانحة", "المانحون", "donors"]
UNRWA = ["UNRWA", "الأنروا", "الأونروا", "وكالة الأمم المتحدة لإغاثة اللاجئين الفلسطينيين", "الوكالة", "المنظمة"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "CONSULT", "source": SHOUKRY, "target": BRENDE, "date": "2015-08-07"},
    {"code": "REQUEST", "source": SHOUKRY, "target": DONORS, "date": "2015-08-07"},
    {"code": "AGREE", "source": DONORS, "target": UNRWA}], "claims": [
    {"speaker": SHOUKRY, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": SHOUKRY, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": SHOUKRY, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Sabq (Afif, 2015-07-25): the Ministry of Transport presses the contractors of the Afif–Dhalm road doubling.
# "أوضح ... هذلول بن حسين الهذلول، أن الوزارة شددت على مقاولي مشروع ازدواج طريق عفيف - ظلم بسرعة إنجازه وتلافي
# الملاحظات" is a demand on the contractors: REQUEST the ministry → the contractors (GUIDELINES: calls and demands),
# undated. "قال الهذلول عبر حسابه ... إن عدم التقيُّد بهذه التعليمات يعرِّض المشروع للسحب من المقاول، وتنفيذه على
# حسابه" threatens withdrawal of the project if the instructions are not followed: THREATEN the ministry → the
# contractors (as batches 81–84's municipality that "will take the statutory measures" against a contractor),
# undated. Not coded: Sabq's earlier publishing of citizens' complaints (a newspaper passing on a bare group's
# complaints that blame no one by name: no ACCUSE, no claim, decided), the travellers' detours. Claims: al-Hathloul's
# أوضح (assert) and قال (warn); the ministry is in his list, as he is its spokesman.
i = 'snn-2015-07-25-1497'
t = news_text(i)
MOT = ["Hathloul bin Hussein al-Hathloul", "هذلول بن حسين الهذلول", "الهذلول", "وكيل وزارة النقل للطرق",
       "المتحدث الرسمي للوزارة", "Saudi Ministry of Transport", "وزارة النقل", "الوزارة", "Saudi Arabia"]
CONTRACTORS = ["contractors", "مقاولي", "المقاول", "مقاولي مشروع ازدواج طريق"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "REQUEST", "source": MOT, "target": CONTRACTORS},
    {"code": "THREATEN", "source": MOT, "target": CONTRACTORS}], "claims": [
    {"speaker": MOT, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MOT, "cue": cue(t, "قال"), "stance": "warn"}]})
# --- SaudiNewsNet (Thursday 2015-07-23): the joint forces thwart a Houthi attack on the Saudi border. أمس is
# 2015-07-22. "أحبطت القوات المشتركة أمس محاولات هجوم فاشلة لمليشيات الحوثي والحرس الجمهوري ... على الحدود السعودية"
# with "أطلقت الميلشيات قذائف هاون" (a finite clause with its doer) is one attack: ASSAULT the Houthis and Saleh's
# Republican Guard (one compound list) → Saudi Arabia and its joint forces, dated 2015-07-22. The defence, "أحبطت
# القوات المشتركة"، "استطاعت القوات البرية السعودية وبإسناد من طيران الأباتشي الإجهاز على المهاجمين"، "تصدت القوات
# المشتركة للمحاولتين" and the passive return fire (تم الرد عليها), is one ASSAULT the joint forces → the attackers
# (batches 81–84: return fire by named soldiers is ASSAULT), dated 2015-07-22. "صعدت قوات التحالف غاراتها الجوية
# لقصف التجمعات والتحركات الحوثية وأنصار المخلوع صالح ... حيث تمكنت من قتل العديد منهم" is a separate air campaign
# in Saada and Hajjah: ASSAULT the coalition → the Houthis and Saleh's men, undated (decided: its sentence gives no
# day). "كما استهدفت المليشيات الحوثية أمس منفذ الطوال الحدودي بخمسة قذائف هاون" is a second Houthi attack (كما, a
# named target): ASSAULT → the al-Tuwal crossing, dated 2015-07-22; the launch sites in the relative clause
# ("وجعلوها مقرات لإطلاق قذائف الهاون") are folded into the Houthi attacks. Not coded: the civil-defence teams putting
# out the fire (no other party), the two projectiles on al-Harth and al-Tuwal that the civil-defence spokesman reports
# ("سقوط مقذوف ... من داخل الأراضي اليمنية": no doer named), the injured residents' hospital transfer (passive).
# Claims: civil-defence spokesman Maj. Yahya al-Qahtani's أوضح (assert).
i = 'snn-2015-07-23-1126'
t = news_text(i)
HOUTHIS = ["Houthis", "مليشيات الحوثي", "الحوثي", "الحوثيين", "الحوثيون", "الميلشيات", "المليشيات الحوثية",
           "المهاجمين", "Republican Guard", "الحرس الجمهوري", "Ali Abdullah Saleh", "علي عبدالله صالح", "صالح",
           "المخلوع صالح", "عناصر صالح", "أنصار المخلوع صالح"]
JOINT = ["joint forces", "القوات المشتركة", "Saudi land forces", "القوات البرية السعودية", "Saudi Arabia",
         "السعودية"]
COALITION = ["Saudi-led coalition", "قوات التحالف", "التحالف", "Saudi Arabia", "السعودية"]
TUWAL = ["al-Tuwal border crossing", "منفذ الطوال الحدودي", "منفذ الطوال", "الطوال", "Saudi Arabia", "السعودية"]
QAHTANI = ["Yahya Abdullah al-Qahtani", "يحيى عبدالله القحطاني", "القحطاني", "Jazan Civil Defence",
           "مديرية الدفاع المدني", "الدفاع المدني", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": HOUTHIS, "target": ["Saudi border", "الحدود السعودية"] + JOINT,
     "date": "2015-07-22"},
    {"code": "ASSAULT", "source": JOINT, "target": HOUTHIS, "date": "2015-07-22"},
    {"code": "ASSAULT", "source": COALITION, "target": HOUTHIS},
    {"code": "ASSAULT", "source": HOUTHIS, "target": TUWAL, "date": "2015-07-22"}], "claims": [
    {"speaker": QAHTANI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-06): AQAP calls for lone-wolf attacks on America and France. The lead ("وجه تنظيم القاعدة
# في جزيرة العرب رسالتي تهديد إلى أميركا وفرنسا ودول أخرى، ودعا التنظيم ... إلى شن مزيد من هجمات الذئاب المنفردة")
# sums up the two messages the body tells, so it adds no event. Bomb-maker Ibrahim al-Asiri's "طالب في رسالة ...
# بمهاجمة أميركا في عقر دارها وخارج أراضيها، مشدداً على استهداف أميركا أولا" is a call to attack: THREATEN Asiri/AQAP →
# the United States (batches 129–136: a video calling to attack a party is THREATEN); leader Khalid Batarfi's "دعا
# ... في مقطع فيديو، إلى تنفيذ هجمات ... على الولايات المتحدة وفرنسا ودول الكفر الأخرى" a second THREATEN → the US,
# France and the other states (one list). Both undated (decided: "نشرها أمس موقع سايت" dates SITE's posting, and a
# conduit's report dates the report, not the speech). "أشاد باطرفي بمحمد يوسف عبدالعزيز" is praise: SUPPORT Batarfi →
# Abdulazeez; "كما أشاد بالهجوم المسلح على صحيفة شارلى إبدو" praises an attack whose doers the text does not name:
# SUPPORT with no target (decided); both undated. "الذي يصفه مسؤولون أميركيون بأنه الفرع الأخطر للقاعدة" labels the
# group the most dangerous branch: ACCUSE US officials → AQAP (batches 89–92: calling ISIS "the main danger"),
# undated. "العسيري الذي وضعت السلطات الأميركية مكافأة لمن يدلي بمعلومات تؤدي إلى اعتقاله أو قتله" is a bounty for a
# man abroad, told in a relative clause with its doer: THREATEN the US authorities → Asiri (decided, as an arrest
# warrant for people abroad is THREATEN). "التي حاول النيجيري عمر فاروق عبدالمطلب تفجيرها على متن طائرة أميركية عام
# 2009" is an attempted bombing with its doer: ASSAULT Abdulmutallab → the United States, undated (a year). Not
# coded: Abdulazeez's killing of four US soldiers ("المتهم بقتل": a verbal noun under a participle, background), the
# Charlie Hebdo attack (a noun), the suspicion and attribution about Asiri (passive: يشتبه، تنسب), the printer bombs
# (passive). Claims: AQAP's وجه (the light verb of "رسالتي تهديد": warn) and دعا (warn); Asiri's طالب and مشدداً (a
# distinct content, "America first": warn); Batarfi's دعا (warn) and his two أشاد (assert); the US officials' يصفه
# (accuse; officials tied to a named government). CNN ("يقول موقع قناة سي إن إن ... إن ... العسيري، طالب") and SITE
# ("وفق ما نقله موقع سايت", in a sentence that gives the call to Batarfi) are conduits: no claims.
i = 'snn-2015-08-06-2176'
t = news_text(i)
AQAP = ["al-Qaeda in the Arabian Peninsula", "AQAP", "القاعدة في جزيرة العرب", "تنظيم القاعدة في جزيرة العرب",
        "التنظيم"]
ASIRI = ["Ibrahim al-Asiri", "إبراهيم العسيري", "العسيري", "خبير صناعة المتفجرات في التنظيم"] + AQAP
BATARFI = ["Khalid Batarfi", "خالد باطرفي", "باطرفي", "قيادي آخر في التنظيم"] + AQAP
USA = ["United States", "أميركا", "الولايات المتحدة"]
FRANCE_ETC = ["France", "فرنسا", "other states", "دول الكفر الأخرى", "دول أخرى"]
US_OFFICIALS = ["US officials", "مسؤولون أميركيون"] + USA
US_AUTH = ["US authorities", "السلطات الأميركية"] + USA
ABDULAZEEZ = ["Muhammad Youssef Abdulazeez", "محمد يوسف عبدالعزيز", "المسلح"]
ABDULMUTALLAB = ["Umar Farouk Abdulmutallab", "عمر فاروق عبدالمطلب", "النيجيري عمر فاروق عبدالمطلب"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "THREATEN", "source": ASIRI, "target": USA},
    {"code": "THREATEN", "source": BATARFI, "target": USA + FRANCE_ETC},
    {"code": "SUPPORT", "source": BATARFI, "target": ABDULAZEEZ},
    {"code": "SUPPORT", "source": BATARFI, "target": []},
    {"code": "ACCUSE", "source": US_OFFICIALS, "target": AQAP},
    {"code": "THREATEN", "source": US_AUTH, "target": ASIRI},
    {"code": "ASSAULT", "source": ABDULMUTALLAB, "target": USA + ["American plane", "طائرة أميركية"]}], "claims": [
    {"speaker": AQAP, "cue": cue(t, "وجه"), "stance": "warn"},
    {"speaker": AQAP, "cue": cue(t, "دعا", 1), "stance": "warn"},
    {"speaker": US_OFFICIALS, "cue": cue(t, "يصفه"), "stance": "accuse"},
    {"speaker": ASIRI, "cue": cue(t, "طالب"), "stance": "warn"},
    {"speaker": ASIRI, "cue": cue(t, "مشدداً"), "stance": "warn"},
    {"speaker": BATARFI, "cue": cue(t, "دعا", 2), "stance": "warn"},
    {"speaker": BATARFI, "cue": cue(t, "أشاد", 1), "stance": "assert"},
    {"speaker": BATARFI, "cue": cue(t, "أشاد", 2), "stance": "assert"}]})
# --- Al-Weeam (Reuters), corpus date Tuesday 2015-07-21: Spain plans to sell up to 12.5 billion euros of debt this
# week after the Greek deal. "قالت اسبانيا اليوم الاثنين" — the text's weekday wins (2015-07-20), but a bond sale is
# market business, no event. "اتفاق الإنقاذ الذي أبرمته اليونان للبقاء بمنطقة اليورو" is the conclusion of an
# agreement told in a relative clause with its doer: SUPPORT Greece (GUIDELINES: signing an agreement), with no target
# (decided: the text names no counterparty; the euro zone is where Greece stays), undated. Not coded: the markets'
# welcome (a bare group, a noun), the Treasury's planned auctions and the 2013 sale (business). Claims: Spain's قالت
# and the Treasury's قالت (assert); "رابط الخبر بصحيفة الوئام" is a byline; تطمح sits under قالت.
i = 'snn-2015-07-21-1740'
t = news_text(i)
SPAIN = ["Spain", "اسبانيا"]
TREASURY = ["Spanish Treasury", "الخزانة", "الخزانة في مدريد"] + SPAIN
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "SUPPORT", "source": ["Greece", "اليونان"], "target": []}], "claims": [
    {"speaker": SPAIN, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": TREASURY, "cue": cue(t, "قالت", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-08-03): John Kerry in Cairo praises the Iran nuclear deal. The "حوار استراتيجي مع
# مصر" in Cairo, with the press conference held with FM Sameh Shoukry, is one visit: CONSULT Kerry → Egypt/Shoukry,
# undated (decided: the text only implies the day from the Sunday-evening arrival in Doha). "ويلتقي كيري في العاصمة
# القطرية الاثنين نظراءه في دول مجلس التعاون الخليجي" with "جولة اقليمية يستكملها الاثنين في الدوحة التي وصلها مساء
# الاحد" is the Doha leg and the meeting it holds: one CONSULT Kerry → the GCC ministers and Qatar (a visit and its
# meeting are one CONSULT), dated 2015-08-03 (decided: the present-tense meeting is on the publication day, not a
# future meeting). "الاتفاق النووي الذي ابرمته الدول الكبرى مع ايران في 14 تموز/يوليو" is signing an agreement in a
# relative clause with its doer: SUPPORT the great powers → Iran, dated 2015-07-14. "لكن الرياض اعلنت رسميا تأييدها
# للاتفاق" is an endorsement: SUPPORT Saudi Arabia → the deal's parties, Iran and the great powers (batches 65–68: a
# resolution endorsing a deal is SUPPORT of its parties), undated. "وتابع ... ان الولايات المتحدة ومصر تقران بان
# ايران تقوم بانشطة تزعزع الاستقرار في المنطقة" blames Iran: ACCUSE the US and Egypt (Kerry speaks for both) → Iran,
# undated. Not coded: Kerry's praise of the deal his own state concluded (an earlier Kerry article: a defence of the
# deal endorses no party; decided the same for أكد/قال here), his drive to rally support (يسعى), "وتخشى دول الخليج
# الطموحات الاقليمية لايران" (a standing fear, no statement or act; decided), the 2009 dialogue (passive). Claims:
# Kerry's أكد, قال (assert) and وتابع (accuse); Saudi Arabia's اعلنت (assert).
i = 'snn-2015-08-03-0226'
t = news_text(i)
KERRY = ["John Kerry", "جون كيري", "كيري", "وزير الخارجية الاميركي", "الوزير الاميركي", "United States",
         "الولايات المتحدة"]
EGYPT = ["Egypt", "مصر", "Sameh Shoukry", "سامح شكري", "نظيره المصري سامح شكري"]
GCC = ["GCC foreign ministers", "نظراءه في دول مجلس التعاون الخليجي", "دول مجلس التعاون الخليجي",
       "Gulf Cooperation Council", "مجلس التعاون الخليجي", "Qatar", "الدوحة", "العاصمة القطرية"]
IRAN = ["Iran", "ايران"]
POWERS = ["world powers", "الدول الكبرى"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "CONSULT", "source": KERRY, "target": EGYPT},
    {"code": "CONSULT", "source": KERRY, "target": GCC, "date": "2015-08-03"},
    {"code": "SUPPORT", "source": POWERS, "target": IRAN, "date": "2015-07-14"},
    {"code": "SUPPORT", "source": ["Saudi Arabia", "الرياض"], "target": IRAN + POWERS},
    {"code": "ACCUSE", "source": KERRY + ["Egypt", "مصر"], "target": IRAN}], "claims": [
    {"speaker": KERRY, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["Saudi Arabia", "الرياض"], "cue": cue(t, "اعلنت"), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "تابع"), "stance": "accuse"}]})
# --- Okaz via SaudiNewsNet (Tuesday 2015-07-21): Gen. Martin Dempsey accuses the Iraqi government of breaching the
# security agreement; السبت الماضي is 2015-07-18. "خلال اجتماعه في بغداد السبت الماضي برئيس الوزراء ... حيدر العبادي
# ووزير الدفاع خالد العبيدي" is a visit's meeting: CONSULT Dempsey → Abadi and Obeidi (Iraq), 2015-07-18. Told at it:
# "اتهم ... الحكومة العراقية بخرق الاتفاق الأمني بمنحها إيران مساحة أوسع للتحرك" ACCUSE Dempsey → the Iraqi
# government (the grant to Iran is the accusation's content, no event of its own); "طالب رئيس الوزراء العراقي
# بالحفاظ على التزامه بإبقاء الولايات المتحدة على علم" REQUEST → Abadi; "مهددا بإجراءات أمريكية حال مواصلة التحرك"
# THREATEN → Iraq; "أبلغ العبادي أن واشنطن سترسل إلى العراق فرقا أمريكية مختصة بعمليات الكوماندوز" a pledge of military
# help, AGREE the US → Iraq; all four dated 2015-07-18 (the meeting). "خلافا للتعهدات التي قطعتها بغداد لواشنطن" is a
# historical pledge in a relative clause with its doer: AGREE Iraq → the US, undated. "هدد تنظيم الدولة بقتل رئيس
# مجلس النواب العراقي سليم الجبوي" is THREATEN ISIS → al-Jubouri, undated. "هاجمت الكتل البرلمانية بعض القوى السياسية
# في البلاد دون أن تسميها متهمة إياها باستغلال الفتن الطائفية" is ACCUSE the blocs (State of Law and al-Wataniya, named
# next) with no target (unnamed forces); "جهات سياسية مدعومة من دول الجوار" with "مبينة أن جميع دول الجوار لديها خطط ...
# لغرض تجزئة العراق" accuses the neighbouring states: a second ACCUSE → them (decided); both undated. Not coded: the
# liberation of Falluja and Ramadi and the victories (nouns), the Iranian movement (a noun). Claims: the senior Iraqi
# official (tied to a named government) — "وفقا لما كشفه" and "وفقا للمسؤول العراقي" (attribution phrases in
# sentences that give the content to Dempsey, not to him: his claims), قال and the second أكد (assert); Dempsey's
# embedded اتهم (accuse), طالب (other), مهددا (warn), first أكد (assert) and أبلغ (promise); ISIS's هدد (warn); the
# blocs' هاجمت (one statement with متهمة: accuse), اعتبرت, ركزت and مبينة (accuse). Okaz is the paper told.
i = 'snn-2015-07-21-2434'
t = news_text(i)
DEMPSEY = ["Martin Dempsey", "مارتن ديمبسي", "ديمبسي", "رئيس الأركان الأمريكي", "الجنرال ديمبسي",
           "United States", "واشنطن"]
IRAQ = ["Iraqi government", "الحكومة العراقية", "Haider al-Abadi", "حيدر العبادي", "العبادي",
        "رئيس الوزراء العراقي", "Iraq", "العراق", "بغداد"]
OBEIDI = ["Khaled al-Obeidi", "خالد العبيدي"]
USA = ["United States", "الولايات المتحدة", "واشنطن"]
OFFICIAL = ["senior Iraqi official", "مسؤول عراقي رفيع المستوى", "المسؤول العراقي", "Iraq"]
ISIS = ["ISIS", "تنظيم الدولة", "داعش"]
JUBOURI = ["Salim al-Jubouri", "سليم الجبوي", "سليم الجبوري", "رئيس مجلس النواب العراقي"]
BLOCS = ["parliamentary blocs", "الكتل البرلمانية", "State of Law Coalition", "دولة القانون", "al-Wataniya",
         "ائتلاف الوطنية", "كتلتا دولة القانون وائتلاف الوطنية"]
NEIGHBOURS = ["neighbouring states", "دول الجوار", "جميع دول الجوار"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "CONSULT", "source": DEMPSEY, "target": IRAQ + OBEIDI, "date": "2015-07-18"},
    {"code": "ACCUSE", "source": DEMPSEY, "target": IRAQ, "date": "2015-07-18"},
    {"code": "REQUEST", "source": DEMPSEY, "target": IRAQ, "date": "2015-07-18"},
    {"code": "THREATEN", "source": DEMPSEY, "target": IRAQ, "date": "2015-07-18"},
    {"code": "AGREE", "source": DEMPSEY, "target": IRAQ, "date": "2015-07-18"},
    {"code": "AGREE", "source": IRAQ, "target": USA},
    {"code": "THREATEN", "source": ISIS, "target": JUBOURI},
    {"code": "ACCUSE", "source": BLOCS, "target": []},
    {"code": "ACCUSE", "source": BLOCS, "target": NEIGHBOURS}], "claims": [
    {"speaker": DEMPSEY, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": OFFICIAL, "cue": cue(t, "وفقا", 1), "stance": "assert"},
    {"speaker": OFFICIAL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": DEMPSEY, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": DEMPSEY, "cue": cue(t, "مهددا"), "stance": "warn"},
    {"speaker": OFFICIAL, "cue": cue(t, "وفقا", 2), "stance": "assert"},
    {"speaker": DEMPSEY, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": OFFICIAL, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": DEMPSEY, "cue": cue(t, "أبلغ"), "stance": "promise"},
    {"speaker": ISIS, "cue": cue(t, "هدد", 2), "stance": "warn"},
    {"speaker": BLOCS, "cue": cue(t, "هاجمت"), "stance": "accuse"},
    {"speaker": BLOCS, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": BLOCS, "cue": cue(t, "ركزت"), "stance": "accuse"},
    {"speaker": BLOCS, "cue": cue(t, "مبينة"), "stance": "accuse"}]})
# --- SaudiNewsNet (2015-08-10): Time magazine praises Saudi PhD student Hussam Zawawi. "ووصفت مجلة «التايم»
# الأمريكية، الطالب السعودي، حسام زواوي، بـ«الباحث المبدع»، وأنه ضمن قادة جيل المستقبل" is praise: SUPPORT Time →
# Zawawi (GUIDELINES: praise), undated. Not coded: his research and tool (no other party), "اجمع العالم" (figurative).
# Claims: Time's وصفت (assert); "قالت وسائل إعلام عالمية" is a bare source (as "تقارير إعلامية"): no claim.
i = 'snn-2015-08-10-1247'
t = news_text(i)
TIME = ["Time magazine", "Time", "التايم", "مجلة التايم"]
ZAWAWI = ["Hussam Zawawi", "حسام زواوي", "زواوي", "الطالب السعودي", "طالب دكتوراة سعودياً"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "SUPPORT", "source": TIME, "target": ZAWAWI}], "claims": [
    {"speaker": TIME, "cue": cue(t, "وصفت"), "stance": "assert"}]})
# --- SaudiNewsNet (Tuesday 2015-07-21): the EU backs the Vienna deal. "وافق الاتحاد الأوروبي امس الاثنين على
# الاتفاق النووي بين إيران والقوى العالمية" is an endorsement: SUPPORT the EU → the deal's parties, Iran and the world
# powers (batches 65–68), dated 2015-07-20; "شدد اجتماع وزراء خارجية الاتحاد الأوروبي في بروكسل على انه لا يوجد حل
# أفضل آخر متاح" restates it (its meeting is the EU's own council, told as a noun: no CONSULT, decided). "وافقت إيران
# على قيود طويلة الأجل على برنامجها النووي" is accepting limits demanded of it: CONCEDE Iran → the world powers (CAMEO
# 08, decided over AGREE), undated. "الذي يشتبه الغرب في أنه يهدف لإنتاج قنبلة نووية" is a suspicion with its holder
# named: ACCUSE the West → Iran (no claim: not a statement), and "لكن طهران تقول إنه سلمي" the denial: REJECT Iran →
# the West; both undated. "الاتحاد الأوروبي سيواصل حظر إمداد إيران بتقنية الصواريخ الباليستية إلى جانب العقوبات
# المفروضة" is an ongoing embargo: SANCTION the EU → Iran, undated. "وزير خارجية النمسا سباستيان كورتس الذي يعتزم
# زيارة إيران في سبتمبر" and "ومن المقرر أن يزور فابيوس ايران قريبا" are planned visits: two AGREEs (Austria → Iran,
# France → Iran), undated (month or vague). Not coded: Fabius's praise of a deal France is party to (as Kerry's), the
# hope the Congress follows (يأمل), Congress receiving a copy (no giver), the EU's possible office in Tehran (قد,
# speculation), the isolation imposed on Iran (passive), French carmakers and Total (background). Claims: the EU's
# شدد (assert), Fabius's قال (assert), Iran's تقول (deny), Kurz's قال (assert). "دبلوماسيون أوروبيون" and "دبلوماسي
# غربي كبير مشارك في الاتفاق" (then "المسؤول") are tied to no named state or body (as "مصادر أمريكية/خليجية"): no
# claims (decided).
i = 'snn-2015-07-21-2244'
t = news_text(i)
EU = ["European Union", "الاتحاد الأوروبي", "التكتل", "وزراء خارجية الاتحاد الأوروبي",
      "اجتماع وزراء خارجية الاتحاد الأوروبي"]
IRAN = ["Iran", "إيران", "ايران", "طهران"]
POWERS = ["world powers", "القوى العالمية"]
WEST = ["the West", "الغرب"]
FABIUS = ["Laurent Fabius", "لوران فابيوس", "فابيوس", "وزير الخارجية الفرنسي", "France"]
KURZ = ["Sebastian Kurz", "سباستيان كورتس", "كورتس", "وزير خارجية النمسا", "Austria", "النمسا"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "SUPPORT", "source": EU, "target": IRAN + POWERS, "date": "2015-07-20"},
    {"code": "CONCEDE", "source": IRAN, "target": POWERS},
    {"code": "ACCUSE", "source": WEST, "target": IRAN},
    {"code": "REJECT", "source": IRAN, "target": WEST},
    {"code": "SANCTION", "source": EU, "target": IRAN},
    {"code": "AGREE", "source": KURZ, "target": IRAN},
    {"code": "AGREE", "source": FABIUS, "target": IRAN}], "claims": [
    {"speaker": EU, "cue": cue(t, "شدد"), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": IRAN, "cue": cue(t, "تقول"), "stance": "deny"},
    {"speaker": KURZ, "cue": cue(t, "قال", 5), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-23): "the man of a thousand faces" arrested in Colombia. "ألقي القبض عليه في كولومبيا"
# and "تم إلقاء القبض على مارلون سيباستيان مولينا فيجا ... خلال عملية إيطالية كولومبية مشتركة" are one passive arrest
# in a joint operation: COERCE the Italian police (who announce it) and Colombia (its partner in the operation, in the
# same source list, as a coalition's member is) → Molina Vega, undated; the closing "حيث تم القبض عليه للمرة الثانية"
# re-tells it. "تعاون مع منظمات المافيا الإيطالية مثل عصابة ندرانجيتا ... وعصابة كامورا ... وعصابة كوزا نوسترا" is a
# historical clause with its doer: COOPERATE Molina Vega → the mafia groups (one list), undated. Not coded: his listing
# by Interpol and Europol (a passive state), his earlier arrest in Costa Rica and handover to Italy (passive, no doer
# named; decided), his faked illness, transfer and escape (no other party acts). Claims: the police's قالت (1st),
# the statement's ذكر, the Italian authorities' قالت (2nd) and the police's قالت (3rd), all assert.
i = 'snn-2015-07-23-0802'
t = news_text(i)
ITALY_POLICE = ["Italian police", "الشرطة الإيطالية", "الشرطة", "Italian authorities", "السلطات الإيطالية",
                "البيان", "Italy", "إيطاليا"]
MOLINA = ["Marlon Sebastian Molina Vega", "مارلون سيباستيان مولينا فيجا", "مولينا فيجا", "تاجر المخدرات الدولي",
          "صاحب الألف وجه", "ميل كاراس"]
MAFIA = ["Italian mafia organisations", "منظمات المافيا الإيطالية", "'Ndrangheta", "ندرانجيتا", "Camorra", "كامورا",
         "Cosa Nostra", "كوزا نوسترا"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "COERCE", "source": ITALY_POLICE + ["Colombia", "كولومبيا"], "target": MOLINA},
    {"code": "COOPERATE", "source": MOLINA, "target": MAFIA}], "claims": [
    {"speaker": ITALY_POLICE, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": ITALY_POLICE, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": ITALY_POLICE, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": ITALY_POLICE, "cue": cue(t, "قالت", 3), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch149.gold.jsonl', recs)
