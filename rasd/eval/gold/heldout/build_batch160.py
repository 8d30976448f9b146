"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 160 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum: Grand Mosque imam Saud al-Shuraim writes a poem in reply to calls in Egypt for a "million-woman march"
# to take off the hijab. "كتب ... سعود الشريم ... قصيدة، رداً على الدعوات التي طالبت في مصر بالخروج في مسيرة مليونية
# لخلع الحجاب" is a finite clause with its doer, a rebuke in verse of the campaign: ACCUSE al-Shuraim with no target
# (decided: README batch 122 codes "قصيدة هاجم فيها" as ACCUSE; the callers are never named, "الدعوات التي طالبت" has
# the calls themselves as subject, and a condemnation with no named doer has no target), undated. Not coded: the calls
# for the march (no explicit actor), the readers' admiration ("لاقت القصيدة إعجاباً", a noun, bare group). Claims: "التي
# تقول أبياتها:" introduces the quoted verses of a named author (decided: like batch 112's "ويقول الشريف", a reporting
# verb tied to a named poet; the verses condemn those who would take off the hijab: accuse). The verses' own "قالوا" /
# "قلنا" / "قولوا" are figurative (README: a poem's figurative قالت gives nothing). The "سمات" tag line is not text.
i = 'snn-2015-07-24-0628'
t = news_text(i)
SHURAIM = ["Saud al-Shuraim", "سعود الشريم", "الشريم", "إمام وخطيب المسجد الحرام", "Grand Mosque imam"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": SHURAIM, "target": []}], "claims": [
    {"speaker": SHURAIM, "cue": cue(t, "تقول"), "stance": "accuse"}]})
# --- SaudiNewsNet: the al-Ahsa Irrigation and Drainage Authority urges farmers to prepare their land for autumn and
# winter vegetables. "دعت هيئة الري والصرف بالأحساء المزارعين إلى العمل على تجهيز الأرض" is a call on a generic class
# (farmers at large): a claim only, no REQUEST (README: an agency's call on a generic class of providers is a claim
# only; batch 99's calls on citizens and residents). Nothing else is an act between actors (soil specifications and
# planting advice). Claims: the authority's دعت (other) and منوهة (the role of agricultural extension: assert); its
# spokesman Abdullah al-Dhafar's ذكر (the soil specifications: assert) and أشار (the importance of following the
# preparation stages, a recommendation: other).
i = 'snn-2015-08-06-2687'
t = news_text(i)
AUTHORITY = ["al-Ahsa Irrigation and Drainage Authority", "هيئة الري والصرف بالأحساء", "هيئة الري والصرف",
             "Saudi Arabia"]
DHAFAR = ["Abdullah al-Dhafar", "عبدالله الظفر", "الظفر", "المتحدث الرسمي باسم هيئة الري والصرف"] + AUTHORITY
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": AUTHORITY, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": AUTHORITY, "cue": cue(t, "منوهة"), "stance": "assert"},
    {"speaker": DHAFAR, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": DHAFAR, "cue": cue(t, "أشار"), "stance": "other"}]})
# --- SaudiNewsNet (Lebanon): health minister Wael Abu Faour (Democratic Gathering) renews his bloc's attachment to the
# Taif Agreement; MP Khaled al-Daher attacks Michel Aoun. Abu Faour: "جدد ... التمسك باتفاق الطائف" and "اللقاء يرفض
# كل ما يتناقض مع ذلك الاتفاق" are a standing position on the constitutional accord with no party acted on (decided:
# no event; the refusal names no rival act), and "ودعا أبو فاعور إلى ضرورة عقد جلسة لمجلس النواب، وفتح باب التشريع،
# والتوقف عن تعطيل مجلس النواب" is a bloc member's call on his own parliament with no named addressee (decided: internal,
# README: MPs asking their own parliament are not coded; the blockers are not named, so no ACCUSE either). Al-Daher:
# "وجه ... انتقادات لاذعة إلى ... ميشال عون" with the quote that follows (Aoun's ally the Syrian regime harmed the
# Christians; his alliance with Hezbollah is one of passing interests) is one criticism: ACCUSE al-Daher → Aoun,
# the alliance folded in (decided: Hezbollah is criticised only as Aoun's partner, so it stays out of the target);
# "حليفه النظام السوري، هو الذي أساء للمسيحيين منذ سنة 1975" and "النظام السوري المجرم" charge the Syrian regime:
# a second ACCUSE al-Daher → the Syrian regime (decided: a different party accused; README: two targets blamed are
# two ACCUSEs). The regime's past abuse ("أساء", vague) and the passive assassinations (no doer) are not coded.
# "وأشاد الضاهر بالدور الذي يلعبه الجيش لحماية لبنان" is praise: SUPPORT al-Daher → the army; "نقول لخاطفي العسكريين
# أفرجوا عن العسكريين" inside his quote is a demand addressed to a named (by description) party: REQUEST al-Daher →
# the soldiers' kidnappers. "حربكم مع من يذهب إلى سورية ويقتل" names no one (an allusion): not coded. All undated (no
# day in the text). Claims: Abu Faour's جدد (assert), مشيرا (the bloc rejects anything that contradicts Taif: deny,
# README: claims announcing a refusal take stance deny), قال (assert), دعا (other); "بحسب تعبيره" repeats its
# sentence's speaker (no claim). Al-Daher's وجه (the light verb of the criticism, README: "وجه المشاركون نداء" is a
# cue; accuse) and قال in the same sentence (its own content, the charge against the Syrian regime: accuse; README: a
# union's two criticisms are two claims), أضاف (accuse), أشاد (assert), قائلا (the quote ends in the demand to the
# kidnappers: other). Abu Faour lists Lebanon (a minister); al-Daher does not, as the army he praises lists it.
i = 'snn-2015-07-21-1428'
t = news_text(i)
ABU_FAOUR = ["Wael Abu Faour", "وائل أبو فاعور", "أبو فاعور", "Lebanese health minister", "Lebanon", "لبنان"]
DAHER = ["Khaled al-Daher", "خالد الضاهر", "الضاهر", "Lebanese MP"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": DAHER,
     "target": ["Michel Aoun", "ميشال عون", "عون", "رئيس تكتل الإصلاح والتغيير", "Change and Reform bloc",
                "تكتل الإصلاح والتغيير"]},
    {"code": "ACCUSE", "source": DAHER,
     "target": ["Syrian regime", "النظام السوري", "النظام السوري المجرم", "النظام الأمني السوري", "Syria", "سورية"]},
    {"code": "SUPPORT", "source": DAHER, "target": ["Lebanese Army", "الجيش", "جيشنا", "Lebanon", "لبنان"]},
    {"code": "REQUEST", "source": DAHER,
     "target": ["kidnappers of the soldiers", "خاطفي العسكريين", "خاطفي", "kidnappers"]}], "claims": [
    {"speaker": ABU_FAOUR, "cue": cue(t, "جدد"), "stance": "assert"},
    {"speaker": ABU_FAOUR, "cue": cue(t, "مشيرا"), "stance": "deny"},
    {"speaker": ABU_FAOUR, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ABU_FAOUR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": DAHER, "cue": cue(t, "وجه"), "stance": "accuse"},
    {"speaker": DAHER, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": DAHER, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": DAHER, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": DAHER, "cue": cue(t, "قائلا"), "stance": "other"}]})
# --- Okaz via SaudiNewsNet: Brigadier Yusuf al-Sharjabi, commander of Taiz's western front, says the army and the
# resistance have moved from defence to attack. "النجاحات التي يحققها الجيش الوطني في مواجهة الحوثيين" is a relative
# clause with its doer (README: "حققت … انتصارات ضد الحوثيين" is an ASSAULT); with "الجيش والمقاومة انتقلا ... إلى مرحلة
# الهجوم", "نتقدم ... ونسيطر حاليا على أحياء كلية الطب والمصانع", "جبهة صبر حررت مديريتي مشرعة وحدنان" and the
# passive sweeps ("تم تطهيرهما"، "العمليات تجري حاليا لتطهير جبل العروس") it is one ongoing campaign: one ASSAULT army
# and resistance → the Houthis (README: a spokesman's summary of a campaign and the strikes he lists are one ASSAULT;
# an advance with its doer is ASSAULT), undated (حاليا). "التحالف لم يقصر معنا ويجري حاليا التنسيق معهم على مختلف
# الجبهات" is coordination between the speaker's side ("معنا") and the coalition: COOPERATE army → coalition (decided:
# the passive goes on with the "us" of its clause), undated. Not coded: "كاشفا عن قيام الحوثيين بنقل معدات عسكرية
# وأفراد ... إلى جبهات تعز" (decided: the content of his revelation told as a verbal noun, README session 21, no
# MOBILIZE), "الهزيمة التي تكبدوها في مدينة عدن" (no doer), the coming link-up ("سنلتحم قريبا", a plan), the thousands
# of young men joining (a bare group), the resistance holding prisoners (a state, no act), the Houthis' losses.
# Claims: كشف، مؤكدا (1)، قال (twice)، مؤكدا (2)، أكد، كاشفا (the Houthi redeployment reported: assert)، أفاد، لفت،
# أوضح، مؤكدا (3), all al-Sharjabi's, all assert. "في تصريحات لـ «عكاظ»" is the outlet: no claim. Aliases holding
# تعز or صبر (named on their own) are left out.
i = 'snn-2015-08-06-3008'
t = news_text(i)
SHARJABI = ["Yusuf al-Sharjabi", "يوسف الشرجي", "الشرجي", "قائد الجبهة الغربية", "Yemen"]
ARMY = ["Yemeni national army", "الجيش الوطني", "الجيش", "Popular Resistance", "المقاومة الشعبية", "المقاومة",
        "Sabr front", "Yemen"]
HOUTHIS = ["Houthis", "الحوثيين", "الحوثي", "الحوثيون"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": ARMY, "target": HOUTHIS},
    {"code": "COOPERATE", "source": ARMY, "target": ["Saudi-led coalition", "Arab coalition", "التحالف"]}],
    "claims": [
    {"speaker": SHARJABI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "مؤكدا", 1), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "مؤكدا", 2), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "كاشفا"), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SHARJABI, "cue": cue(t, "مؤكدا", 3), "stance": "assert"}]})
# --- SaudiNewsNet (AFP, Monday 2015-08-03): the UN warns that the Burma flood toll will rise. No act between actors:
# the floods, landslides and deaths have no doer; "واعلنت السلطات في المناطق الاربع الاكثر تضررا ... حالة «كارثة
# وطنية»" is a natural-disaster declaration with no party acted on and no money pledged (decided: not the coercive
# state of emergency of batch 89, and unlike batch 71's declaration with federal money, no AGREE); OCHA being told the
# figures is a statement informing the UN (README: a claim, no event); the rescuers digging in Manipur are a bare group
# (batches 45 and 66: no event). Claims: the UN's حذرت (warn; أمس الأحد dates it, 2015-08-02); the regional
# authorities' اعلنت (tied to Burma: assert); OCHA's قال, اضاف (twice) and تابع (assert: the figures and their likely
# rise); "ادارة الاغاثة واعادة الاسكان في الحكومة البورمية ابلغته" is embedded speech of a named state body (README:
# embedded speech is its own claim; ابلغته as cue, assert). "قال مصدر محلي" in India is a bare source: no claim.
i = 'snn-2015-08-03-0449'
t = news_text(i)
UN = ["United Nations", "الامم المتحدة", "الأمم المتحدة", "UN"]
OCHA = ["UN OCHA", "مكتب الأمم المتحدة لتنسيق الشؤون الانسانية", "مكتب الامم المتحدة", "المكتب"] + UN
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [], "claims": [
    {"speaker": UN, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": ["Burmese regional authorities", "السلطات في المناطق الاربع الاكثر تضررا", "السلطات", "Burma",
                 "Myanmar", "بورما"], "cue": cue(t, "اعلنت"), "stance": "assert"},
    {"speaker": OCHA, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ["Burmese Relief and Resettlement Department", "ادارة الاغاثة واعادة الاسكان في الحكومة البورمية",
                 "ادارة الاغاثة واعادة الاسكان", "Burma", "Myanmar", "بورما"], "cue": cue(t, "ابلغته"),
     "stance": "assert"},
    {"speaker": OCHA, "cue": cue(t, "اضاف", 1), "stance": "assert"},
    {"speaker": OCHA, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": OCHA, "cue": cue(t, "اضاف", 2), "stance": "assert"}]})
# --- SaudiNewsNet: a German federal institute finds fewer separated Germans want to remarry. A survey's findings, no
# act between actors: no events (GUIDELINES: polls are not coded). Claims: the Federal Institute for Population
# Research's رصد (decided: a study's finding with its named author, README: a study's forecast is its author's claim),
# أوضح and أشار (assert); "وبرر الباحثون" are the institute's researchers, tied to it (assert). "ووفقا للإحصائيات"
# cites statistics with no author (decided: evidence cited, no speaker, as batch 101's "حسب تشخيص الأطباء"). The
# institute's full name holding ألمانيا (named on its own) is left out.
i = 'snn-2015-07-22-0285'
t = news_text(i)
BIB = ["Federal Institute for Population Research", "BiB", "المعهد الاتحادي لأبحاث السكان", "بي أي بي", "المعهد",
       "Germany"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": BIB, "cue": cue(t, "رصد"), "stance": "assert"},
    {"speaker": BIB, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BIB, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ["researchers", "الباحثون"] + BIB, "cue": cue(t, "برر"), "stance": "assert"}]})
# --- Sabq (al-Jouf, 2015-07-21): two volunteer teams set out to search for a young man lost in the desert east of
# Khawaa. "انطلق فريق نخبة الشمال وفريق سما الجوف للطيران، عصر اليوم، للبحث عن مفقود" is a search-and-rescue effort by
# named doers: AID the two teams → the missing man (README: a rescue is AID; batch 13's Border Guard search), dated by
# "عصر اليوم" (2015-07-21). "وجدد أهالي الجوف مطالبهم بتوفير طائرة إنقاذ للدفاع المدني" is a demand with no provider
# named: REQUEST residents → no target (README: a demand with no payer named has no target; residents of a named
# region are identifiable, README session 33), undated. Not coded: the authorities receiving the report (no act on a
# party), the lost men straying (no actor acted on). Claims: the residents' جدد (other). "يذكر أنه" is the narrator;
# the byline is the outlet. Aliases holding الجوف (named on its own) are left out.
i = 'snn-2015-07-21-2653'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "AID",
     "source": ["Nukhbat al-Shamal team", "فريق نخبة الشمال", "نخبة الشمال", "Sama al-Jouf aviation team", "سما"],
     "target": ["missing young man", "مفقود", "المفقود", "شاباً", "شاب"], "date": "2015-07-21"},
    {"code": "REQUEST", "source": ["al-Jouf residents", "أهالي"], "target": []}], "claims": [
    {"speaker": ["al-Jouf residents", "أهالي"], "cue": cue(t, "جدد"), "stance": "other"}]})
# --- Ain Alyoum (Thursday 2015-08-06): Syrian TV presenter Manhal Abdulqader is wounded and his wife killed in a
# shooting on a Beirut motorway at dawn yesterday, Wednesday (2015-08-05). The lead's "تعرض ... لحادث إطلاق نار" has no
# doer, but the account that follows does: "اعترضهم مسلحان، وأنزلاهما من السيارة، وأطلقا النار على الإعلامي ...
# فتتلقى بدورها رصاصتين، أردتاها قتيلة": one ASSAULT two gunmen → Abdulqader and his wife, dated 2015-08-05 ("فجر أمس
# الأربعاء"; the ruse of the car that stopped them folded in). Events told by bare media are coded (GUIDELINES), though
# "وسائل إعلام لبنانية" make no claim. Not coded: "التحقيقات توصلت إلى أن سائق السيارة قد يكون متواطئاً" (decided: no
# investigating body named, only the noun التحقيقات), "عبر فيه مغردون عن استنكارهم الجريمة" (decided: indefinite
# tweeters, no actor and no claim, batches 58, 98, 104), prayers for the dead and the wounded (README: neither),
# al-Habib posting a photo. Claims: Tariq al-Habib's مؤكداً (he worked with him: assert) and Ali al-Omari's قال
# (assert). "ووفقاً لما ذكرته وسائل إعلام لبنانية" and "وأفادت وسائل الإعلام هذه" are bare media: no claims.
i = 'snn-2015-08-06-0106'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": ["two gunmen", "مسلحان", "منفذي الجريمة"],
     "target": ["Manhal Abdulqader", "منهل عبدالقادر", "عبدالقادر", "منهل", "Fatima Adnan", "فاطمة عدنان", "زوجته"],
     "date": "2015-08-05"}], "claims": [
    {"speaker": ["Tariq al-Habib", "طارق الحبيب", "الحبيب"], "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": ["Ali al-Omari", "علي العمري", "العمري", "رئيس منظمة فور شباب", "4Shbab", "فور شباب"],
     "cue": cue(t, "قال"), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-08-03): the IOC wants Brazil's waters tested before the 2016 Rio Olympics. "أعلنت
# اللجنة الأولمبية الدولية عن رغبتها في أن تخضع تلوث المياه في البرازيل للتحليل الدقيق" is a demand on the host
# country (the headline's "تطالب"): REQUEST IOC → Brazil, undated (decided: the lead gives no day; Padgett's Sunday
# statement is a separate sentence). "سنتحدث مع السلطات في ريو من أجل القيام بالتحليلات" is a future meeting: AGREE
# Padgett/IOC → the Rio authorities (GUIDELINES: future meetings are AGREE), dated by his statement "أمس الأحد"
# (2015-08-02). Not coded: the IOC following the WHO's recommendations (compliance with advice, no act on a party;
# decided), the WHO's standing advice (no named addressee: README, a general exhortation is a claim but no REQUEST),
# the general assembly in Kuala Lumpur (an internal meeting), the pollution itself. Claims: the IOC's أعلنت (the
# demand: other), Padgett's قال (assert) and أضاف (the pledge to talk to Rio: promise), and "منظمة الصحة العالمية
# تنصح بإخضاع المياه للتحليل" inside his quote (README: embedded speech is its own claim; a recommendation: other).
i = 'snn-2015-08-03-0102'
t = news_text(i)
IOC = ["International Olympic Committee", "IOC", "اللجنة الأولمبية الدولية"]
BUDGETT = ["Richard Budgett", "ريتشارد بادجيت", "بادجيت", "رئيس اللجنة الطبية التابعة للجنة الأولمبية الدولية"] + IOC
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REQUEST", "source": IOC, "target": ["Brazil", "البرازيل", "Rio authorities", "السلطات في ريو"]},
    {"code": "AGREE", "source": BUDGETT, "target": ["Rio authorities", "السلطات في ريو", "Brazil"],
     "date": "2015-08-02"}], "claims": [
    {"speaker": IOC, "cue": cue(t, "أعلنت"), "stance": "other"},
    {"speaker": BUDGETT, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["World Health Organization", "WHO", "منظمة الصحة العالمية"], "cue": cue(t, "تنصح"),
     "stance": "other"},
    {"speaker": BUDGETT, "cue": cue(t, "أضاف"), "stance": "promise"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): Border Guard patrols in Tabuk stop an Arab national crossing from Jordan;
# rescues at al-Wajh and Haql. "أوقفت دوريات حرس الحدود ... يوم أمس شخص من جنسية عربية ... حاول التسلل" is an
# arrest: COERCE Border Guard → the man, dated 2015-08-05 (يوم أمس); the spokesman's "تم إيقافه وإحالته إلى التحقيق"
# re-tells it, the referral folded in (README: "arrested and charged" in one clause is one COERCE), and "ما قام به يعد
# مخالفة ... وسوف تطبق بحقهم الأنظمة" gives the arrest's grounds and the penalties to come, folded in too (decided:
# README, grounds folded into the COERCE, a plot told in an arrest statement folds into the arrest). The attempted
# infiltration itself is no act between actors. "قامت الدوريات البحرية بقطاع الوجه بإنقاذ شاب من الغرق" and "تمكنت
# فرق البحث والإنقاذ بمحافظة حقل من إنقاذ شابين" are two rescues by named units at two places: two AID (README: a
# rescue is AID; batch 13's Border Guard search-and-rescue units), undated (no day). Claims: spokesman Abdullah
# al-Ghurair's أوضح (assert) and مؤكداً (a violation, and the regulations will be applied: warn). His title, holding
# تبوك (named on its own), is left out.
i = 'snn-2015-08-06-1784'
t = news_text(i)
BG = ["Saudi Border Guard", "دوريات حرس الحدود", "حرس الحدود", "Saudi Arabia", "السعودية"]
GHURAIR = ["Abdullah al-Ghurair", "عبدالله الغرير", "الغرير", "Border Guard spokesman"] + BG
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "COERCE", "source": BG, "target": ["infiltrator", "شخص من جنسية عربية", "شخص"], "date": "2015-08-05"},
    {"code": "AID", "source": ["Border Guard maritime patrols", "الدوريات البحرية", "الدوريات البحرية بقطاع الوجه"] + BG,
     "target": ["a young man", "شاب"]},
    {"code": "AID", "source": ["search and rescue teams", "فرق البحث والإنقاذ", "فرق البحث والإنقاذ بمحافظة حقل"] + BG,
     "target": ["two young men", "شابين"]}], "claims": [
    {"speaker": GHURAIR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": GHURAIR, "cue": cue(t, "مؤكداً"), "stance": "warn"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch160.gold.jsonl', recs)
