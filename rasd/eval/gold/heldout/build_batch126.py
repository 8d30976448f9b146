"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 126 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sunday 2015-08-02): Egypt's Grand Mufti Shawki Allam condemns the burning of a Palestinian child by
# Israeli settlers and calls for international action. The whole article reports one statement, "في بيان له أمس
# السبت" (2015-08-01), so its events carry that day (GUIDELINES: statements reported as said yesterday carry that day).
# "استنكر ... الجريمة الإرهابية الوحشية التي ارتكبها مستوطنون إسرائيليون" with "وأضاف ... أن تلك الأفعال الوحشية من
# قبل كيان الاحتلال الإسرائيلي تخالف كافة الأعراف" is one condemnation naming its doers: one ACCUSE Allam → the
# settlers and the Israeli occupation in one target list (decided: the second sentence carries on the same
# condemnation, now pinning the acts on Israel), dated. "التي ارتكبها مستوطنون إسرائيليون بحرق طفل فلسطيني بعدما
# أضرموا النار في منزل ذويه" is a relative clause with its doer (README batches 10–14): ASSAULT settlers → the child,
# undated (the text gives no day of the arson). "الجرائم ... التي يرتكبها المستوطنون تجاه الشعب الفلسطيني" is the
# settlers' ongoing conduct told generically: folded into the one ASSAULT, the Palestinian people joining its target
# (decided: README batch 28, a habitual method of attack is not coded apart). "بمباركة الكيان الإسرائيلي" is a
# prepositional noun (README batches 93–96, بدعم من): no SUPPORT. "وندد المفتي بالموقف السلبي للمجتمع الدولي" is a
# second condemnation with another target: ACCUSE Allam → the international community, dated. "مطالباً الدول العربية
# والإسلامية والمنظمات والهيئات الدولية المعنية، بالتحرك الفوري" is a call on named collectives of states and bodies:
# REQUEST Allam → them (README session 24: an agency's calls on the world's states are one REQUEST to them), dated.
# Claims of the Mufti: استنكر، أضاف، ندد (accuse), مطالباً (other), "حيث أشار إلى أن تلك الجرائم من شأنها أن تزيد من
# التوتر" (warn). The Mufti is a state official and lists Egypt. The headline is not part of the text.
i = 'snn-2015-08-02-0574'
t = news_text(i)
ALLAM = ["Shawki Allam", "شوقي علام", "مفتي مصر", "المفتي", "Grand Mufti of Egypt", "Egypt", "مصر"]
SETTLERS = ["Israeli settlers", "مستوطنون إسرائيليون", "مستوطنون", "المستوطنون"]
ISRAEL = ["Israel", "كيان الاحتلال الإسرائيلي", "الاحتلال الإسرائيلي", "الكيان الإسرائيلي"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "ACCUSE", "source": ALLAM, "target": SETTLERS + ISRAEL, "date": "2015-08-01"},
    {"code": "ASSAULT", "source": SETTLERS,
     "target": ["Palestinian child", "طفل فلسطيني", "Palestinians", "الشعب الفلسطيني"]},
    {"code": "ACCUSE", "source": ALLAM, "target": ["international community", "المجتمع الدولي"],
     "date": "2015-08-01"},
    {"code": "REQUEST", "source": ALLAM,
     "target": ["Arab and Islamic states", "الدول العربية والإسلامية", "الدول العربية", "international organisations",
                "المنظمات والهيئات الدولية المعنية", "المنظمات", "الهيئات الدولية"], "date": "2015-08-01"}],
    "claims": [
    {"speaker": ALLAM, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": ALLAM, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": ALLAM, "cue": cue(t, "ندد"), "stance": "accuse"},
    {"speaker": ALLAM, "cue": cue(t, "مطالباً"), "stance": "other"},
    {"speaker": ALLAM, "cue": cue(t, "أشار"), "stance": "warn"}]})
# --- SaudiNewsNet (2015-07-25): a new round of peace talks between Kabul and the Taliban; a US raid killed an al-Qaeda
# commander. "الجولة المقبلة من محادثات السلام بين الحكومة الأفغانية ومتمردي حركة طالبان ستجري في أواخر يوليو" is a
# scheduled meeting with both parties named: one reciprocal AGREE, both sides in the source and no target (GUIDELINES:
# future meetings → AGREE; README session 32: scheduled talks one AGREE), undated (the talks are set for 30 or 31 July,
# the announcement has no day). "الصين ستستضيف اللقاء على الأرجح" is a guess the next sentence doubts: no event.
# "المشاورات مستمرة بين أفغانستان وباكستان والولايات المتحدة والصين حول مكان تنظيم اللقاء" names its four parties:
# one reciprocal CONSULT with all four in the source and no target (decided: README batches 85–88, a passive meeting
# with named bodies is one reciprocal CONSULT), undated (ongoing). "أعلنت وزارة الدفاع الأمريكية أن قياديا كبيرا في
# تنظيم القاعدة قتل ... في غارة أمريكية استهدفته" is a finite passive with a relative clause naming the raid's doer
# (README batch 28: "قتل في ضربة جوية أمريكية" the US's ASSAULT): ASSAULT US → Abu Khalil al-Sudani and his two
# companions, dated by "العملية التي جرت في 11 يوليو" (2015-07-11). Carter's visit to Iraq is a noun (في زيارته):
# not coded; "العمليات التي ينفذها تنظيم القاعدة في العالم" is generic. Claims: "أعلن مسؤولون" are bare officials tied
# to no institution (README batch 108): no claim. Qasimyar's صرح and "وتابع قاسميار" (assert); the other High Peace
# Council official's أشار (tied to a named body, GUIDELINES; assert: not yet confirmed); Mujahid's أعلن and "وقال
# مجاهد لوكالة فرانس برس" (assert; AFP the addressee); the Pentagon's أعلنت، أوضحت and "وتابع البيان" (assert).
# Council members are state officials and list Afghanistan.
i = 'snn-2015-07-25-1431'
t = news_text(i)
AFGHANISTAN = ["Afghanistan", "أفغانستان"]
HPC = ["High Peace Council", "المجلس الأفغاني الأعلى للسلام", "المجلس الأعلى للسلام"]
QASIMYAR = ["Mohammad Ismail Qasimyar", "محمد إسماعيل قاسميار", "قاسميار", "عضو المجلس الأفغاني الأعلى للسلام"] + \
    HPC + AFGHANISTAN
HPC_OFFICIAL = ["High Peace Council official", "مسؤولا آخر في المجلس الأعلى للسلام"] + HPC + AFGHANISTAN
MUJAHID = ["Abdul Hakim Mujahid", "عبدالحكيم مجاهد", "مجاهد", "نائب رئيس المجلس"] + HPC + AFGHANISTAN
PENTAGON = ["US Department of Defense", "وزارة الدفاع الأمريكية", "وزارة الدفاع", "الوزارة", "البيان", "Pentagon",
            "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "AGREE", "source": ["Afghan government", "الحكومة الأفغانية"] + AFGHANISTAN +
     ["Taliban", "طالبان", "متمردي حركة طالبان"], "target": []},
    {"code": "CONSULT", "source": AFGHANISTAN + ["Pakistan", "باكستان", "United States", "الولايات المتحدة", "China",
                                                 "الصين"], "target": []},
    {"code": "ASSAULT", "source": ["United States", "الولايات المتحدة", "غارة أمريكية", "US forces"] + PENTAGON[:3],
     "target": ["Abu Khalil al-Sudani", "أبو خليل السوداني", "السوداني", "قياديا كبيرا في تنظيم القاعدة",
                "al-Qaeda", "القاعدة", "تنظيم القاعدة", "مسلحين اثنين آخرين"], "date": "2015-07-11"}], "claims": [
    {"speaker": QASIMYAR, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": QASIMYAR, "cue": cue(t, "تابع", 1), "stance": "assert"},
    {"speaker": HPC_OFFICIAL, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MUJAHID, "cue": cue(t, "أعلن", 2), "stance": "assert"},
    {"speaker": MUJAHID, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": PENTAGON, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": PENTAGON, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": PENTAGON, "cue": cue(t, "تابع", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-07-27): Cameron says Britain is ready to bomb ISIS in Libya and Syria if a threat
# looms. "قال ... كاميرون اليوم الاثنين إنه مستعد لتوجيه أوامر بضربات جوية على أهداف تابعة لداعش" with the quotes that
# follow ("فنحن قادرون على أن نمنع هذا باتخاذ إجراء فوري"، "أود دائما أن أحاول وأن أتخذ ذلك الإجراء") is one
# conditional threat of force: THREATEN Cameron → ISIS, dated 2015-07-27 (Libya and Syria are places). "وكان كاميرون
# يتحدث للصحفيين لدى هبوطه في إندونيسيا في المرحلة الأولى من مهمة تجارية" tells the visit only by a noun (هبوطه) and
# names no host who acts: not coded (decided); "يأمل أن يصيغ ... تحالفات" is a hope. "وكانت بريطانيا قد رفعت درجة
# التأهب للإرهاب في الداخل إلى ثاني أعلى مستوى" is raised security readiness (README session 13): MOBILIZE Britain
# with no target, undated (August of last year, month-level). Claims: Cameron's قال ×2 and تابع (warn); "خطر شبهه
# «بطائفة الموت»" is a relative clause in which he likens the threat to a death cult: an accuse claim (cue شبهه) but
# no ACCUSE (decided: the clause names no party; README: a worry naming no party is a claim only); Britain's قائلة
# (the attack "مرجح بقوة": warn). Cameron is a head of government and lists Britain.
i = 'snn-2015-07-27-1098'
t = news_text(i)
BRITAIN = ["United Kingdom", "بريطانيا", "Britain"]
CAMERON = ["David Cameron", "ديفيد كاميرون", "كاميرون", "رئيس الوزراء البريطاني"] + BRITAIN
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "THREATEN", "source": CAMERON, "target": ["ISIS", "داعش", "Islamic State"], "date": "2015-07-27"},
    {"code": "MOBILIZE", "source": BRITAIN, "target": []}], "claims": [
    {"speaker": CAMERON, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": CAMERON, "cue": cue(t, "شبهه"), "stance": "accuse"},
    {"speaker": CAMERON, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": CAMERON, "cue": cue(t, "تابع", 2), "stance": "warn"},
    {"speaker": BRITAIN, "cue": cue(t, "قائلة"), "stance": "warn"}]})
# --- SaudiNewsNet (Sunday 2015-08-02): Russian security forces kill eight ISIS-pledged militants in the Caucasus.
# "أعلنت أجهزة الأمن الروسية الأحد أنها قتلت ثمانية" with "القوات الخاصة اشتبكت مع «مجموعة من المسلحين»" and "تم
# القضاء على ثمانية مسلحين" is one operation: ASSAULT Russian security forces → the eight, undated (the text says
# itself "من دون تحديد تاريخ حصول العملية"; الأحد dates the announcement). "ثمانية بايعوا تنظيم داعش" (a relative
# clause with its doer) with "انضموا وبايعوا مؤخرا تنظيم داعش" is one pledge of allegiance: SUPPORT militants → ISIS
# (README session 14), undated (مؤخرا). "ويقفون وراء هجمات في منطقة القوقاز" with "وكانوا متورطين في قتل شرطيين
# وجرائم أخرى" is the authorities naming them as attackers: one ACCUSE Russian security → the eight (README: a
# ministry naming attackers after its investigation is ACCUSE), dated by the Sunday announcement (2015-08-02); the
# attacks and killings themselves are the accusation's content told as nouns: no ASSAULT of their own (README session
# 21). "آدم تاغيلوف الذي قاد هجوما في العاصمة الشيشانية غروزني في ديسمبر 2014" (a relative clause with its doer) and
# "وقتل حينها 14 ضابط امن حين اقتحم مسلحون عددا من المباني في غروزني" are one attack: ASSAULT Tagilov and the gunmen →
# the security officers and Grozny, undated (month-level). Putin's address to the nation is a speech: no event.
# "وفي يونيو الماضي أعلن مقاتلون من أربع جمهوريات من القوقاز الروسي مبايعة تنظيم داعش" is a second pledge: SUPPORT
# Caucasus fighters → ISIS, undated; "وقبل التنظيم المتطرف هذه المبايعة" is ISIS endorsing it: SUPPORT ISIS → the
# fighters (decided: acceptance of a pledge is an endorsement, GUIDELINES' SUPPORT), undated; "وعين «والياً» على
# القوقاز" is an internal appointment: no event. Citizens travelling to fight for ISIS (joining a group, README session
# 25) is not coded. "منذ أن خاضت موسكو حربين مع الانفصاليين في الشيشان" is a historical clause with its doer: ASSAULT
# Russia → the Chechen separatists (decided: directed, Moscow the subject), undated; "حركة تمرد" is a noun. Claims:
# the security services' أعلنت (assert); the National Anti-Terrorism Committee's قالت، أضافت (assert), أشارت (the
# militants' crimes: accuse) and "وذكر البيان" (Tagilov led the Grozny attack: accuse); the Russian news agencies are
# conduits; Russia's تقدر (assert). The Caucasus fighters' أعلن is a bare group's: no claim (decided). The security
# services and the committee that speaks for them share one list.
i = 'snn-2015-08-02-0622'
t = news_text(i)
RUS_SEC = ["Russian security services", "أجهزة الأمن الروسية", "National Anti-Terrorism Committee",
           "اللجنة الوطنية لمكافحة الإرهاب", "اللجنة", "البيان", "القوات الخاصة", "Russian special forces", "Russia",
           "روسيا"]
EIGHT = ["eight militants", "ثمانية", "ثمانية مسلحين", "مجموعة من المسلحين", "المسلحين"]
ISIS = ["ISIS", "داعش", "تنظيم داعش", "تنظيم داعش الإرهابي العالمي", "التنظيم المتطرف", "Islamic State"]
CAUCASUS_FIGHTERS = ["Caucasus fighters", "مقاتلون من أربع جمهوريات من القوقاز الروسي", "مقاتلون"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "ASSAULT", "source": RUS_SEC, "target": EIGHT},
    {"code": "SUPPORT", "source": EIGHT, "target": ISIS},
    {"code": "ACCUSE", "source": RUS_SEC, "target": EIGHT, "date": "2015-08-02"},
    {"code": "ASSAULT", "source": ["Adam Tagilov", "آدم تاغيلوف", "تاغيلوف", "gunmen", "مسلحون"],
     "target": ["security officers", "14 ضابط امن", "ضابط امن", "Grozny", "غروزني"]},
    {"code": "SUPPORT", "source": CAUCASUS_FIGHTERS, "target": ISIS},
    {"code": "SUPPORT", "source": ISIS, "target": CAUCASUS_FIGHTERS},
    {"code": "ASSAULT", "source": ["Russia", "روسيا", "موسكو", "Moscow"],
     "target": ["Chechen separatists", "الانفصاليين في الشيشان", "الانفصاليين"]}], "claims": [
    {"speaker": RUS_SEC, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": RUS_SEC, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": RUS_SEC, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": RUS_SEC, "cue": cue(t, "أشارت"), "stance": "accuse"},
    {"speaker": RUS_SEC, "cue": cue(t, "ذكر"), "stance": "accuse"},
    {"speaker": ["Russia", "روسيا"], "cue": cue(t, "تقدر"), "stance": "assert"}]})
# --- Al-Youm via SaudiNewsNet (2015-08-06): Libyan interim prime minister Abdullah al-Thinni renews his rejection of any
# foreign military intervention; fighting in Benghazi. "جدد ... موقف حكومة بلاده الرافض لأي تدخل عسكري أجنبي" is a
# stated refusal with no named party (decided: REJECT with no target, as README session 16 codes a denial of an unnamed
# rumour), undated. "ليبيا ترحب بالتعاون مع مختلف الدول، بشرط ..." is a conditional offer to a generic class: no
# AGREE (README batch 28: an offer to a generic class). "وأوضح الثني أن ما تسمى بـ»حكومة الإنقاذ» بطرابلس غير شرعية
# ... جماعة خارجة عن القانون" is ACCUSE Thinni → the National Salvation Government; "قائلاً: «إن تيار الإسلام السياسي
# هو المسؤول الأول عمّا آلت إليه الأمور»" blames another party: a second ACCUSE Thinni → political Islam (README: two
# charges against two parties are two ACCUSEs); both undated. "وتحدث الثني عن التحديات ... متطرقًا إلى شح الموارد"
# names topics, not statements (batch 108's متحدثاً عن): no claims. The soldier's death and the wounded "جراء
# الاشتباكات مع ميليشيا شورى ثوار بنغازي" and "تشهد مدينة بنغازي قتالاً عنيفًا بين قوات الجيش الليبي وقوات مجلس شورى
# ثوار بنغازي" are clashes told only as nouns (README session 23): not coded; the hospital receiving the dead and
# wounded and the coroner's burial permit are no events. "مصادر طبية ليبة" are bare (as batch 71 and an earlier
# batch's "مصادر طبية مصرية"): no claims for قالت، أضافت، لافتة. Claims of Thinni: جدد (a refusal: deny), مؤكدًا
# ("لن يقبل الشعب الليبي به": deny), قال (the conditional welcome: promise, decided), أوضح and قائلاً (accuse). He is a
# head of government and lists Libya.
i = 'snn-2015-08-06-0863'
t = news_text(i)
THINNI = ["Abdullah al-Thinni", "عبدالله الثني", "الثني", "رئيس الحكومة الليبية المؤقتة", "Libyan interim government",
          "حكومة بلاده", "Libya", "ليبيا"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": THINNI, "target": []},
    {"code": "ACCUSE", "source": THINNI,
     "target": ["National Salvation Government", "حكومة الإنقاذ", "جماعة خارجة عن القانون والشرعية"]},
    {"code": "ACCUSE", "source": THINNI, "target": ["political Islam current", "تيار الإسلام السياسي", "Islamists"]}],
    "claims": [
    {"speaker": THINNI, "cue": cue(t, "جدد"), "stance": "deny"},
    {"speaker": THINNI, "cue": cue(t, "مؤكدًا"), "stance": "deny"},
    {"speaker": THINNI, "cue": cue(t, "قال"), "stance": "promise"},
    {"speaker": THINNI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": THINNI, "cue": cue(t, "قائلاً"), "stance": "accuse"}]})
# --- SaudiNewsNet (2015-07-23): players' agent Gharm al-Omari denies that his client Mohammed Kanno refused to travel
# with Al-Ettifaq's squad to its camp in Turkey. "نفى ... صحّة الأنباء المتداولة التي تشير إلى رفض موكله ... السفر"
# denies reports with no named author: REJECT with no target (README session 16), undated; the refusal is only the
# denied rumour's content (a noun): no event. The squad's departure for a training camp and the offers for the player
# are sport business: no events. "واتمنى من الجميع تحري الدقة" is a wish addressed to everyone inside the quote: no
# REQUEST (README: a general exhortation with no addressee). "رفضت رئيس الاتفاق المكلف أحمد الدوسري الرد ...
# والتعليق" is declining to comment (GUIDELINES): neither event nor claim. Claims of al-Omari: نفى (deny), "وقال
# العمري في تصريح خاص" (the rebuttal: deny; the outlet is the addressee), "علّق بقوله" (the club alone may speak on
# offers: assert; cue علّق). The headline is not part of the text.
i = 'snn-2015-07-23-0777'
t = news_text(i)
OMARI = ["Gharm al-Omari", "غرم العمري", "العمري", "وكيل أعمال اللاعبين"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REJECT", "source": OMARI, "target": []}], "claims": [
    {"speaker": OMARI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": OMARI, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": OMARI, "cue": cue(t, "علّق"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-22): the comedy play "Haya Qawam" draws Eid visitors in historic Jeddah. The performances
# and the audience are no events. "ودعت [المسرحية] إلى توحيد الصفوف" is the play's message, fiction with no speaker
# (README: fiction makes no claim): no claim, no REQUEST. Claims of the author Nizar al-Sulaimani: أوضح and مبينا
# (assert). The wall's demolition in 1947 is passive-nominal history: no event.
i = 'snn-2015-07-22-1606'
t = news_text(i)
SULAIMANI = ["Nizar al-Sulaimani", "نزار السليماني", "السليماني", "مؤلف المسرحية"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": SULAIMANI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SULAIMANI, "cue": cue(t, "مبينا"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-02): eight ISIS members, five civilians and two soldiers killed in Anbar. "القوات العسكرية
# المتمركزة خارج أسوار قضاء الفلوجة أطلقت قذائف الهاون والدبابات بشكل عشوائي على الأحياء السكنية" is a finite clause
# with its doer: ASSAULT Iraqi forces → Fallujah's residential districts and the civilians killed; "مسلحين من تنظيم
# داعش شنوا هجومًا استهدف تجمعًا لقوات الجيش العراقي" is ASSAULT ISIS → the Iraqi army. Both undated (decided: "أفادت
# ... السبت" dates the sources' report, not the shelling or the attack; README sessions 23 and 26). "مقتل ثمانية من
# تنظيم داعش وتدمير عجلتين عسكريتين في غارة جوية لطيران التحالف الدولي" is told only as nouns (GUIDELINES: nominalised
# events; batch 108 leaves "جراء القصف المكثف لطيران التحالف" uncoded): not coded (decided). Speakers: "مصادر طبية
# وأمنية وعسكرية عراقية" include Iraqi security and military sources, tied to a state like GUIDELINES' "مصدر عسكري
# أردني" (decided: they speak, as batch 88's "مصادر برلمانية عراقية"): أفادت (assert), قالت (the random shelling of
# homes: accuse), أوضحت and أشارت (assert). The German news agency is the addressee and conduit.
# The forces' list leaves out their full phrase ("... خارج أسوار قضاء الفلوجة"), which holds the attacked town.
i = 'snn-2015-08-02-1081'
t = news_text(i)
IRAQ = ["Iraq", "العراق"]
SOURCES = ["Iraqi medical, security and military sources", "مصادر طبية وأمنية وعسكرية عراقية", "المصادر"] + IRAQ
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "ASSAULT", "source": ["Iraqi forces", "القوات العسكرية المتمركزة",
                                   "القوات العسكرية"] + IRAQ,
     "target": ["Fallujah residents", "الأحياء السكنية", "الفلوجة", "Fallujah", "civilians", "خمسة مدنيين"]},
    {"code": "ASSAULT", "source": ["ISIS", "داعش", "تنظيم داعش", "مسلحين من تنظيم داعش"],
     "target": ["Iraqi army", "قوات الجيش العراقي", "الجيش العراقي", "تجمعًا لقوات الجيش العراقي"] + IRAQ}],
    "claims": [
    {"speaker": SOURCES, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": SOURCES, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": SOURCES, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": SOURCES, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Sabq (2015-07-31): a citizen in Tayma pursues the prisons administration of Tabuk for unpaid rent on a building it
# leased from him; the General Directorate of Prisons says he broke the contract. The article treats the Tabuk prisons
# administration and the General Directorate as one body (السجون), so they share one list. The lease itself and the
# payment received are business: no events. "يـلاحق مواطن إدارة السجون ... مطالبًا بحقوق مالية له" with "وناشد
# «المواطن» مدير عام السجون بالنظر في شكواه" is one demand: REQUEST citizen → the prisons (decided: the appeal is the
# vehicle of the lead's demand, one instance). His account to Sabq ("تم استقطاع باقي المبلغ"، "تم إخلاء المبنى دون
# إشعاري وهو ما يعد مخالفًا"، "لم يتواصل معي أحد") blames the prisons: ACCUSE citizen → prisons; "وتقدمت بشكاوى عدة"
# is his earlier formal complaint: a second ACCUSE (README session 11: a victim's complaint and his earlier formal
# complaint are two ACCUSE). "تقدمت بطلب رفع زيادة قيمة الإيجار" is a historical request with its doer: REQUEST
# citizen → prisons (decided; the Finance Ministry's approval, "جاءت موافقة", is a noun: no event). "ووعدوا بالاتصال"
# is the Directorate's promise to him: AGREE prisons → citizen (README session 26: broken promises an ACCUSE and the
# promises an AGREE). "أرجعت المديرية العامة للسجون ذلك إلى أن المواطن لم يلتزم ببنود العقد" with the spokesman's
# "مالك المبنى لم يقم بصيانة المبنى" is one rebuttal that blames the owner, with no explicit denial: ACCUSE prisons →
# citizen (README session 10). All undated. Claims: the citizen's مطالبًا (other), قال (assert), مضيفًا (assert),
# تابع and أضاف (accuse), ناشد (other); the Directorate's أرجعت (accuse); spokesman Ayoub bin Nahbat's قال (accuse).
i = 'snn-2015-07-31-2096'
t = news_text(i)
CITIZEN = ["Sulaiman al-Saab", "سليمان الصعب", "الصعب", "مواطن", "المواطن", "مالك المبنى"]
PRISONS = ["Tabuk prisons administration", "إدارة السجون بمنطقة تبوك", "إدارة السجون", "General Directorate of Prisons",
           "المديرية العامة للسجون", "مدير عام السجون", "السجون"]
NAHBAT = ["Ayoub bin Hajjab bin Nahbat", "أيوب بن حجاب بن نحبت", "بن نحبت", "المتحدث الإعلامي للمديرية العامة للسجون"] + \
    PRISONS
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": CITIZEN, "target": PRISONS},
    {"code": "ACCUSE", "source": CITIZEN, "target": PRISONS},
    {"code": "ACCUSE", "source": CITIZEN, "target": PRISONS},
    {"code": "REQUEST", "source": CITIZEN, "target": PRISONS},
    {"code": "AGREE", "source": PRISONS, "target": CITIZEN},
    {"code": "ACCUSE", "source": PRISONS, "target": CITIZEN}], "claims": [
    {"speaker": CITIZEN, "cue": cue(t, "مطالبًا"), "stance": "other"},
    {"speaker": PRISONS, "cue": cue(t, "أرجعت"), "stance": "accuse"},
    {"speaker": CITIZEN, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": CITIZEN, "cue": cue(t, "مضيفًا"), "stance": "assert"},
    {"speaker": CITIZEN, "cue": cue(t, "تابع"), "stance": "accuse"},
    {"speaker": CITIZEN, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": CITIZEN, "cue": cue(t, "ناشد"), "stance": "other"},
    {"speaker": NAHBAT, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- Sabq (Sunday 2015-07-26): Jazan police reveal how a young man was stabbed and his car burned in Abu Arish. "رغب
# شاب في العقد الثاني إنهاء مسلسل خلافه مع آخر ... بالقتل والحرق" with "الجاني الذي اتضح بأنه طالب جامعي أقدم على
# ذلك" is the killing with its doer: ASSAULT the student → the victim, undated (the report came "بعد صلاة يوم الجمعة
# الماضي", 2015-07-24, which dates the finding, not the killing; decided). "بعد تهديده عدة مرات" is a verbal noun after
# بعد (README batches 93–96): background, no THREATEN. The police receiving the report and the search team assigned
# by the police director are internal. "استطاعت شرطة المنطقة ... القبض على عدد من الأشخاص" is COERCE police → the
# suspects, undated; the investigation that reached the culprit ("وتم من خلال ذلك الوصول للجاني") and his referral to
# the prosecution are the police's handling of the killing: one ACCUSE police → the culprit (README session 22),
# undated. No reporting verb with a speaker: no claims. The police lists leave out "شرطة منطقة جازان", since Jazan is
# named on its own (README batches 10–14).
i = 'snn-2015-07-26-1444'
t = news_text(i)
CULPRIT = ["university student", "طالب جامعي", "الجاني", "شاب في العقد الثاني"]
POLICE = ["Jazan police", "شرطة المنطقة", "شرطة محافظة أبو عريش", "مدير شرطة المنطقة"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ASSAULT", "source": CULPRIT, "target": ["victim", "آخر في العقد الثالث", "قائد المركبة"]},
    {"code": "COERCE", "source": POLICE, "target": ["suspects", "عدد من الأشخاص"] + CULPRIT},
    {"code": "ACCUSE", "source": POLICE, "target": CULPRIT}], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch126.gold.jsonl', recs)
