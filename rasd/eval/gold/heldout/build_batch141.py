"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 141 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: the UAE foreign minister, Sheikh Abdullah bin Zayed, receives the UN envoy to Yemen, Ismail Ould
# Cheikh Ahmed. "استقبل ... عبدالله بن زايد ... المبعوث الأممي إلى اليمن" is a hosted meeting: CONSULT envoy → Abdullah
# bin Zayed (the visitor the source, GUIDELINES), undated (the text gives no day); his briefing (اطلع ... على تطورات
# الوضع), the exchange of views and the passive review of humanitarian partnership (تم خلال اللقاء استعراض) are part
# of it. His first أكد, "توجيهات قيادة الامارات تجسد حرصها الشديد على تخفيف معاناة الأشقاء في اليمن ... والوقوف
# بجانبهم", is solidarity with a named party: SUPPORT UAE → Yemen (renewed solidarity is SUPPORT, README), undated;
# his second, "دولة الإمارات لن تدخر جهداً في سبيل تقديم كل ما من شأنه أن يخفف من تداعيات الأحداث ... على حياة الشعب
# اليمني", is support pledged for the future: AGREE UAE → Yemen (README: ستواصل مساندة), undated (as the seed codes
# SUPPORT for Ukraine plus a separate AGREE for the commitments). The envoy's "إن لدى دولة الإمارات سمعة طيبة في مجال
# تقديم المساعدات الإنسانية لليمن" and "هذه المواقف الداعمة والمساندة ... ليست غريبة" praise the UAE: one SUPPORT envoy →
# UAE, undated. Not coded (decided): "جهود الأمم المتحدة ... التي تحظى بدعم كامل من قبل القيادة الشرعية اليمنية" (a
# standing backing told as a noun the efforts "enjoy"), the late Sheikh Zayed's "كان سباقاً ومبادراً في مساعدة اليمن"
# (a characterisation with a verbal noun, background) and the Yemeni people's gratitude (a feeling). Claims:
# Abdullah bin Zayed's 1st أكد (assert) and 2nd أكد (the pledge: promise); the envoy's قال and مشيرا (praise:
# assert). The envoy's list keeps no form holding اليمن (an actor of the article): "المبعوث الأممي إلى اليمن" is left
# out.
i = 'snn-2015-08-03-0571'
t = news_text(i)
UAE = ["United Arab Emirates", "UAE", "الإمارات", "دولة الإمارات", "قيادة الامارات", "القيادة الإماراتية"]
ABZ = ["Abdullah bin Zayed", "عبدالله بن زايد آل نهيان", "عبدالله بن زايد", "وزير خارجية الإمارات"] + UAE
ENVOY = ["Ismail Ould Cheikh Ahmed", "إسماعيل ولد الشيخ أحمد", "ولد الشيخ أحمد", "المبعوث الأممي", "UN envoy",
         "United Nations", "الأمم المتحدة"]
YEMEN = ["Yemen", "اليمن", "الشعب اليمني", "الأشقاء في اليمن"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "CONSULT", "source": ENVOY, "target": ABZ},
    {"code": "SUPPORT", "source": ABZ, "target": YEMEN},
    {"code": "AGREE", "source": ABZ, "target": YEMEN},
    {"code": "SUPPORT", "source": ENVOY, "target": UAE}], "claims": [
    {"speaker": ABZ, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ABZ, "cue": cue(t, "أكد", 2), "stance": "promise"},
    {"speaker": ENVOY, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ENVOY, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Sabq: a divorced woman ("ب.و", identified by her initials: a speaker) appeals for her daughters to be returned
# to her, saying their father abuses them daily and threatens to hide them. "بناتها يتعرضن لأذى وبطش يومي من قِبَل
# والدهن" and "التعذيب النفسي والجسدي الذي تتلقاه من والدها" (a relative clause with its doer) tell one ongoing abuse:
# ASSAULT father → daughters (decided: physical and psychological abuse with the doer named, as README's aunt's
# boiling water; not a private family act like batch 71's reunion), undated. "هددها طليقها بإخفاءهن" and "أصبح الآن
# يهددني بأخذ بناتي" are one threat: THREATEN ex-husband → the woman, undated. "تَقَدّمت بعِدّة شكاوى" and "قدّمت
# الأم، شكوى لحقوق الإنسان" (with her going to the protection home and a daughter's letter folded in) are her formal
# complaints against him: one ACCUSE (decided: the complaint to Human Rights is one of the several the lead counts),
# and her public charge to the paper is a second ACCUSE woman → father (README: a citizen's statement blaming a party
# and his earlier complaint are two ACCUSE), both undated. "مناشدة إعادة بناتها لها" / "أناشد النظر في وضعي" name no
# addressee: one REQUEST with no target (README), undated. Not coded: the father taking the daughters after the
# divorce and remarrying (private family acts, batch 71), "يرفضن البقاء مع والدهن" (a standing preference) and "لم
# تتلقَّ إجابة" (negated). Claims, the woman's: قالت (accuse), موضحة (accuse), the 1st مناشدة (other), the 1st أوضحت
# (its quote is the appeal: other), مشيرة (accuse), the 2nd أوضحت (the report number: assert), تابعت (accuse), أضافت
# (his threat: accuse), the 2nd مناشدة (decided: a claim of its own, it adds "وتخليصهن من بطش والدهن": other); the
# daughter's letter "توضّح فيها مدى المأساة" is a specific unnamed person's statement (README batches 89–92): accuse.
# "على حد وصفها" (twice) repeats the speaker; Sabq is the outlet spoken to.
i = 'snn-2015-08-04-1327'
t = news_text(i)
MOTHER = ["divorced woman", "سيدة مطلّقة", "المواطنة", "ب.و", "الأم"]
FATHER = ["her ex-husband", "طليقها", "والدهن", "والدها"]
DAUGHTERS = ["her daughters", "بناتها", "بناتي", "إحدى بناتها"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ASSAULT", "source": FATHER, "target": DAUGHTERS},
    {"code": "THREATEN", "source": FATHER, "target": MOTHER},
    {"code": "ACCUSE", "source": MOTHER, "target": FATHER},
    {"code": "ACCUSE", "source": MOTHER, "target": FATHER},
    {"code": "REQUEST", "source": MOTHER, "target": []}], "claims": [
    {"speaker": MOTHER, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": MOTHER, "cue": cue(t, "موضحة"), "stance": "accuse"},
    {"speaker": MOTHER, "cue": cue(t, "مناشدة", 1), "stance": "other"},
    {"speaker": MOTHER, "cue": cue(t, "أوضحت", 1), "stance": "other"},
    {"speaker": MOTHER, "cue": cue(t, "مشيرة"), "stance": "accuse"},
    {"speaker": ["one of her daughters", "إحدى بناتها"], "cue": cue(t, "توضّح"), "stance": "accuse"},
    {"speaker": MOTHER, "cue": cue(t, "أوضحت", 2), "stance": "assert"},
    {"speaker": MOTHER, "cue": cue(t, "تابعت"), "stance": "accuse"},
    {"speaker": MOTHER, "cue": cue(t, "أضافت"), "stance": "accuse"},
    {"speaker": MOTHER, "cue": cue(t, "مناشدة", 2), "stance": "other"}]})
# --- Al-Weeam (KUNA): Iraq's Interior Ministry announces today (2015-07-21) that Iraqi intelligence arrested 41 ISIS
# members of its "Baghdad province" and seized car bombs and weapons. "تنفيذ الاستخبارات العراقية عمليات اعتقال بحق
# 41 عنصرا" (a verbal noun with its doer) and the cell's passive "تم القبض على عناصر الشبكة الإرهابية" are one
# arrest campaign: COERCE Iraqi intelligence (the Falcons cell of the Interior Ministry) → the ISIS members, the
# seizures (ضبط عجلتين مفخختين ... 30 سيارة) folded in, undated (README: an arrest announced on a day is undated).
# "بعد التحقيق معهم ومواجهتهم بالأدلة اعترفوا بمسؤوليتهم" is the police questioning told in the cell's own statement:
# ACCUSE cell → the members (README: police questioning is one ACCUSE of the culprits, the passive arrest a COERCE;
# passives in a police statement are the police's), undated; the attacks they confessed to ("العمليات الإجرامية التي
# استهدفت") are a verbal noun whose doer only "مسؤوليتهم" implies: folded into the ACCUSE, no ASSAULT (decided, as
# README's plot told in an arrest statement). "قتل خمسة عناصر من نفس الشبكة اثناء مواجهتهم القوة الأمنية التي نفذت
# الهجوم على اوكار تلك الشبكة" is the raid, with its doer in a relative clause: ASSAULT security force → the network,
# the five killed in the target (README: arrests and killings in one sentence one COERCE and one ASSAULT), undated.
# The members are unnamed arrested suspects: their confession makes no claim (README batches 81–84). KUNA only
# received the statement (a conduit); the closing line repeats the headline (a credit). Claims: the ministry's أعلنت
# (assert); the cell's قالت (their responsibility for attacks: accuse), أكدت، أضافت، ذكرت (assert).
i = 'snn-2015-07-21-2056'
t = news_text(i)
MOI = ["Iraqi Interior Ministry", "وزارة الداخلية العراقية", "Iraq", "العراق"]
CELL = ["Falcons Intelligence Cell", "خلية الصقور الاستخبارية", "خلية الصقور", "الخلية", "Iraqi intelligence",
        "الاستخبارات العراقية", "القوة الأمنية"] + MOI
ISIS = ["ISIS", "داعش", "تنظيم الدولة الاسلامية", "ولاية بغداد", "41 عنصرا", "عناصر الشبكة الإرهابية",
        "الشبكة الإرهابية", "الانتحاري"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE", "source": CELL, "target": ISIS},
    {"code": "ACCUSE", "source": CELL, "target": ISIS},
    {"code": "ASSAULT", "source": CELL, "target": ["five network members", "خمسة عناصر", "خمسة عناصر من نفس الشبكة",
                                                   "اوكار تلك الشبكة", "تلك الشبكة"] + ISIS}], "claims": [
    {"speaker": MOI, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": CELL, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": CELL, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": CELL, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": CELL, "cue": cue(t, "ذكرت"), "stance": "assert"}]})
# --- SPA (Tuesday 2015-08-11, the dateline): the Saudi director general of prisons, Maj. Gen. Ibrahim al-Hamzi, meets
# today the Turkish justice minister's adviser Basri Bağcı, the Turkish director general of prisons Enis Yıldırım and
# their delegation. "التقى ... الحمزي اليوم ... مستشار وزير العدل التركي" is a visit by a foreign delegation: CONSULT
# Turkish delegation → al-Hamzi (the visitor the source, README batches 45–48), dated 2015-08-11 by اليوم; the
# discussions and exchange of expertise (جرى خلال اللقاء بحث، تم مناقشة) are part of it. "تم الاتفاق المبدئي حول تشكيل
# فريق عمل من البلدين" is a passive agreement of the meeting's two sides: one reciprocal AGREE with both in the source
# and no target (README: a CONSULT and one shared AGREE; acceptance in principle is AGREE), dated 2015-08-11 (reached
# at today's meeting). "قام الوفد التركي بدعوة مدير عام السجون ... لزيارتهم" is an invitation: AGREE Turkish
# delegation → al-Hamzi (GUIDELINES: invitations → AGREE), dated 2015-08-11 (decided: told as part of today's
# meeting). "من جانب أخرى قام الوفد التركي بزيارة مركز تطوير القدرات النسائية" is a second visit, to a Saudi centre:
# CONSULT delegation → the centre, undated (decided: "من جانب أخرى" ties it to no day). "أثنى رئيس الوفد التركي عن ما
# شاهده من منجز كبير ينم عن اهتمام الدولة" is praise of what he saw there and of the Saudi state: SUPPORT → the centre
# and Saudi Arabia, undated. Not coded: the welcome, the crown prince's welcome passed on and the wish for a pleasant
# stay (greetings, README batch 81), "التي نالت إعجاب الوفد التركي" (an admiration with the programmes as subject, no
# statement), the Saudi officers attending (not added to the host). Claims: the delegation head's أثنى (assert);
# رحب and "نقل ترحيب" are greetings. al-Hamzi's list keeps no "مدير عام السجون", which Yıldırım's title holds too.
i = 'snn-2015-08-11-1605'
t = news_text(i)
HAMZI = ["Ibrahim al-Hamzi", "إبراهيم الحمزي", "الحمزي", "Saudi General Directorate of Prisons", "Saudi Arabia",
         "السعودية", "المملكة العربية السعودية"]
TURKS = ["Turkish delegation", "الوفد التركي", "Basri Bağcı", "بصري باغجي", "باغجي", "Enis Yıldırım", "أنيس بيلدريم",
         "بيلدريم", "مستشار وزير العدل التركي", "Turkey", "تركيا", "دولة تركيا"]
CENTRE = ["Women's Capacity Development Centre", "مركز تطوير القدرات النسائية", "Saudi Arabia", "السعودية"]
D = "2015-08-11"
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "CONSULT", "source": TURKS, "target": HAMZI, "date": D},
    {"code": "AGREE", "source": HAMZI + TURKS + ["البلدين"], "target": [], "date": D},
    {"code": "AGREE", "source": TURKS, "target": HAMZI + ["أركاناته الإدارية"], "date": D},
    {"code": "CONSULT", "source": TURKS, "target": CENTRE},
    {"code": "SUPPORT", "source": ["head of the Turkish delegation", "رئيس الوفد التركي"] + TURKS,
     "target": CENTRE}], "claims": [
    {"speaker": ["head of the Turkish delegation", "رئيس الوفد التركي"] + TURKS, "cue": cue(t, "أثنى"),
     "stance": "assert"}]})
# --- Okaz: the Saudi football federation's spokesman, Adnan al-Muaibed, denies the Argentine news agency's report that
# coach Alejandro Sabella turned the national team down over a contract clause. "نفى ... الأنباء التي ذكرتها وكالة
# الأنباء الأرجنتينية", re-told by "ما ذكرته وكالة الأنباء الأرجنتينية غير صحيح", is one denial of a report whose
# author is named: REJECT federation → the agency (README batches 65–68), undated. "كل ما ذكر بالإعلام في الأيام
# الماضية عن توصلنا لاتفاق مع أحد المدربين غير صحيح إطلاقا" denies a second, different report with no named author:
# a second REJECT with no target (decided: another report and another author, so not folded into the first;
# README: a denial of an unnamed rumour is REJECT with no target), undated. Not coded: the negotiations, the offers
# sent and the awaited answers (coaching contracts are sport business, README batches 45–48), Sabella's reported
# refusal (a verbal noun inside the denied report), "سنعلن عن ذلك" (a vague pledge with no counterpart: a claim
# only). The agency's "ذكرتها"/"ذكرته" are the denied report's own words (README batches 29–30: a condemned statement
# gives no claim of its own; decided alike for a denied one). Claims, al-Muaibed's: نفى (deny), قال (deny), أجاب (the
# agreement report is false: deny), علق (no name is close: assert; "بقوله" repeats it). Okaz is the outlet spoken to.
i = 'snn-2015-08-06-2877'
t = news_text(i)
MUAIBED = ["Adnan al-Muaibed", "عدنان المعيبد", "المعيبد", "Saudi Arabian Football Federation",
           "الاتحاد السعودي لكرة القدم"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": MUAIBED, "target": ["Argentine news agency", "وكالة الأنباء الأرجنتينية"]},
    {"code": "REJECT", "source": MUAIBED, "target": []}], "claims": [
    {"speaker": MUAIBED, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": MUAIBED, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": MUAIBED, "cue": cue(t, "أجاب"), "stance": "deny"},
    {"speaker": MUAIBED, "cue": cue(t, "علق"), "stance": "assert"}]})
# --- SaudiNewsNet: Arab League secretary-general Nabil al-Arabi is proud that the new Suez Canal was built with
# Egyptian hands, ideas and money. His pride (أعرب ... عن فخره), "افتتاح المشروع العملاق دليل على دخول مصر لمرحلة جديدة"
# and "إنني أقدم التهنئة للشعب المصري وقيادته على إنجاز مشروع القناة الجديدة" are one praise and congratulation of
# Egypt: one SUPPORT al-Arabi → Egypt (a congratulation is praise, batch 20; several statements of one praise one
# SUPPORT), undated (the opening's day is not given). "سيتم جذب رؤوس أموال" is passive. Claims, al-Arabi's: أعرب،
# مضيفاً، قال، لافتاً، أضاف ("قائلا" introduces the same content as أضاف: one claim, README batches 45–48), لافتا;
# all assert.
i = 'snn-2015-08-07-0503'
t = news_text(i)
ARABI = ["Nabil al-Arabi", "نبيل العربي", "العربي", "Arab League", "جامعة الدول العربية", "الجامعة العربية"]
EGYPT = ["Egypt", "مصر", "الشعب المصري", "Egyptian people"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "SUPPORT", "source": ARABI, "target": EGYPT}], "claims": [
    {"speaker": ARABI, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": ARABI, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": ARABI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ARABI, "cue": cue(t, "لافتاً"), "stance": "assert"},
    {"speaker": ARABI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ARABI, "cue": cue(t, "لافتا", 2), "stance": "assert"}]})
# --- SaudiNewsNet: the emir of Qassim, Prince Faisal bin Mishal, praises the Qassim municipality (Amanah) for its Eid
# preparations. "أشاد ... بجهود أمانة المنطقة في تجهيز مواقع احتفالات العيد", with his thanks (مقدماً سموه شكره
# للأمانة) folded in, is praise of a body outside his emirate (the Amanah answers to the municipal affairs ministry):
# SUPPORT emir → Amanah (decided: not internal, as batch 81's emir praising national bodies, unlike batch 39's
# governorate committees), undated (no day). "ثمّن أمين منطقة القصيم ... إشادة سموه الكريم، ودعمه المستمر" is the
# Amanah head's praise in return: SUPPORT al-Ahmad → emir (decided: coded like the praise it answers), undated. Not
# coded: the Amanah's own preparations, lighting, events and health inspections of restaurants (its own routine work,
# no named counterpart; "بتوجيهات ومتابعة أمير المنطقة" is a noun), the narrator's "وكانت أمانة ... قد بذلت جهوداً".
# Claims: the emir's أشاد (assert; "قدم شكره" is no reporting cue, batch 24); al-Ahmad's ثمّن and مشيراً (assert). Both
# sides are Saudi (no state alias), and neither list keeps a form holding القصيم (a place the article names on its
# own): "أمير منطقة القصيم" and "أمانة منطقة القصيم" are left out.
i = 'snn-2015-07-21-0936'
t = news_text(i)
EMIR = ["Faisal bin Mishal", "فيصل بن مشعل بن سعود بن عبدالعزيز", "فيصل بن مشعل", "أمير المنطقة", "Qassim emir"]
AMANAH = ["Qassim Municipality", "Amanah", "أمانة المنطقة", "الأمانة", "Saleh al-Ahmad", "صالح الأحمد", "الأحمد"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "SUPPORT", "source": EMIR, "target": AMANAH},
    {"code": "SUPPORT", "source": AMANAH, "target": EMIR}], "claims": [
    {"speaker": EMIR, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": AMANAH, "cue": cue(t, "ثمّن"), "stance": "assert"},
    {"speaker": AMANAH, "cue": cue(t, "مشيراً"), "stance": "assert"}]})
# --- SaudiNewsNet: Obama dines with dozens of relatives in Nairobi "مساء أمس" (2015-07-24). The dinner, the talk with
# family members and his half-sister meeting him at the airport are private family acts: not coded (README batches
# 69–72; batch 71's reunion). "أغلقت الشرطة الطرق الرئيسية وأخلت الشوارع من السيارات ... في إطار عملية أمنية ضخمة" is
# one closure of the capital's roads: COERCE Kenyan police with no target (README: a city closing a district is
# COERCE; decided over MOBILIZE, the roads were closed to traffic), undated ("قبل ساعات من وصول الرئيس" fixes no day
# in the text). The state visit itself, "فترة اليومين التي يقضيهما أوباما في كينيا" (a relative clause with its doer)
# and "وصول الرئيس الأميركي", is one CONSULT Obama → Kenya (decided: a head of state's visit, no host named),
# undated. Not coded: the speculation (تكهنات, no speaker) and the Kogelo visit (negated). Claims: "تقول المعلومات
# الصادرة عن واشنطن" is information tied to a named government (decided: Washington speaks, as a named state's
# source does, README), assert.
i = 'snn-2015-07-25-0788'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "COERCE", "source": ["Kenyan police", "الشرطة", "Kenya", "كينيا"], "target": []},
    {"code": "CONSULT", "source": OBAMA, "target": ["Kenya", "كينيا"]}], "claims": [
    {"speaker": ["Washington", "واشنطن", "United States", "US administration"], "cue": cue(t, "تقول"),
     "stance": "assert"}]})
# --- SaudiNewsNet: OIC secretary-general Iyad Madani receives Bangladesh's state minister for foreign affairs,
# Mohammed Shahriar Alam, at the General Secretariat in Jeddah. "بحث ... خلال استقباله بمقر الأمانة العامة بجدة وزير
# الدولة" is a hosted visit: CONSULT Alam → Madani (the visitor the source), undated (no day); the exchange of views
# and the briefing (أطلع مدني الوزير البنغلاديشي) are part of it. "اتفق الجانبان على مواصلة التنسيق ... من خلال إجراء
# مشاورات منتظمة" is one reciprocal AGREE with both in the source and no target (README: "تطلع الجانبان"), undated;
# Madani's stated interest in working closely with Bangladesh is folded into it (decided). The Rohingya's suffering is
# a topic discussed, no act. Claims: Madani's مؤكدا (assert); بحث introduces no statement.
i = 'snn-2015-08-06-2113'
t = news_text(i)
MADANI = ["Iyad Madani", "إياد مدني", "مدني", "Organisation of Islamic Cooperation", "OIC", "منظمة التعاون الإسلامي",
          "المنظمة", "الأمانة العامة"]
ALAM = ["Mohammed Shahriar Alam", "محمد شاهريار عالم", "شاهريار عالم", "الوزير البنغلاديشي", "Bangladesh",
        "بنغلاديش", "جمهورية بنغلاديش الشعبية"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": ALAM, "target": MADANI},
    {"code": "AGREE", "source": MADANI + ALAM + ["الجانبان"], "target": []}], "claims": [
    {"speaker": MADANI, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
# --- Ain Al-Yaum: the Hajj minister, Bandar Hajjar, tours the seventh young entrepreneurs' exhibition organised by
# the Jeddah Young Businessmen Committee of the Jeddah Chamber. His tour (اطلع ... على تجربة شباب وشابات الأعمال) has
# no host receiving him in the text: not coded (decided, as batch 49 leaves a governor's exhibition tour uncoded).
# "أعجب الوزير بما شاهده، معرباً عن إعجابه بهذه الأعمال" is praise of the exhibitors' work: SUPPORT Hajjar → the young
# entrepreneurs and their committee (batch 49: praise of an exhibition), undated. "أعرب أعضاء لجنة شباب أعمال جدة ... عن
# شكرهم ... لزيارته المعرض وتشجيعه للمشاركين" is thanks with a reason: SUPPORT committee → Hajjar (README: thanks with
# a reason a SUPPORT and a claim), undated. Not coded: indefinite companies looking at the projects (عدد من الشركات),
# the patronage of Prince Khalid al-Faisal (a noun), the committee organising its own exhibition. Claims: Hajjar's
# معرباً (assert); the committee's أعرب and مؤكدين (assert). "يُذكر بأن" is the narrator, the opening line a byline.
# Both sides are Saudi (no state alias); the committee's list keeps no form holding جدة (a place named on its own).
i = 'snn-2015-07-24-0508'
t = news_text(i)
HAJJAR = ["Bandar Hajjar", "بندر حجار", "بندر بن محمد حجار", "حجار", "وزير الحج", "Saudi Minister of Hajj"]
COMMITTEE = ["Young Businessmen Committee", "لجنة شباب أعمال", "أعضاء لجنة شباب أعمال"]
YOUTH = ["young businessmen and businesswomen", "شباب وشابات الأعمال", "شباب الأعمال", "الشباب والشابات"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "SUPPORT", "source": HAJJAR, "target": YOUTH + COMMITTEE},
    {"code": "SUPPORT", "source": COMMITTEE, "target": HAJJAR}], "claims": [
    {"speaker": HAJJAR, "cue": cue(t, "معرباً"), "stance": "assert"},
    {"speaker": COMMITTEE, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": COMMITTEE, "cue": cue(t, "مؤكدين"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch141.gold.jsonl', recs)
