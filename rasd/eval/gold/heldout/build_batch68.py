"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 68 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Hayat/SaudiNewsNet (Friday 2015-07-31): the Pentagon denies that the Nusra Front kidnapped fighters of its
# Syrian training programme, against the Syrian Observatory's account. "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة
# ... خلافا لما ذكره المرصد" denies a report whose author is named: REJECT with SOHR as target (README: no target only
# when the author is unnamed), undated (no day given for the denial). The kidnapping, in SOHR's quote "عناصر من جبهة
# النصرة خطفوا الأربعاء قائد الفرقة 30 ... برفقة سبعة عناصر", is an abduction (CAMEO 181): ASSAULT Nusra → the
# Division 30 men, dated by الأربعاء (2015-07-29); the lead's "خطف جبهة النصرة" (a masdar) and "عملية الخطف تمت على
# حاجز لجبهة النصرة" re-tell it. "مقاتلين شاركوا في برنامجها لتدريب المقاتلين السوريين" is a relative clause with its
# doer telling their part in the Pentagon's training programme: COOPERATE (batch 53: training another's forces),
# the trainer as source, undated (decided: one record, the nominal "انتهاء تدريبهم بأيدي مدربين غربيين في تركيا"
# re-tells it). Their entering Syria and settling in al-Malikiya act on no party. Claims: the Pentagon's نفت (deny);
# "خلافا لما ذكره المرصد" (the only attribution of SOHR's account in its sentence, the phrase as cue, as batch 49's
# "وفقاً لما ذكره"), SOHR's قال, Rami Abdel Rahman's أوضح and ذكر, all reports of the monitor (assert, as batch 49).
# The Pentagon is a ministry and lists its state.
i = 'snn-2015-07-31-2055'
t = news_text(i)
PENTAGON = ["US Department of Defense", "Pentagon", "وزارة الدفاع الأمريكية", "وزارة الدفاع", "البنتاغون",
            "United States", "الولايات المتحدة"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "المرصد السوري لحقوق الانسان", "المرصد السوري لحقوق الإنسان",
        "المرصد السوري", "المرصد"]
RAMI = ["Rami Abdel Rahman", "رامي عبد الرحمن", "مدير المرصد"] + SOHR
NUSRA = ["Nusra Front", "al-Nusra Front", "جبهة النصرة", "النصرة", "عناصر من جبهة النصرة"]
DIV30 = ["Division 30", "الفرقة 30", "قائد الفرقة 30", "Nadim al-Hassan", "نديم الحسن", "العقيد المنشق نديم الحسن",
         "Farhan al-Jassem", "فرحان الجاسم", "سبعة عناصر من الفرقة", "US-trained Syrian fighters", "مقاتلين",
         "المقاتلين السوريين"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REJECT", "source": PENTAGON, "target": SOHR},
    {"code": "ASSAULT", "source": NUSRA, "target": DIV30, "date": "2015-07-29"},
    {"code": "COOPERATE", "source": PENTAGON, "target": DIV30}], "claims": [
    {"speaker": PENTAGON, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": SOHR, "cue": cue(t, "خلافا لما ذكره"), "stance": "assert"},
    {"speaker": SOHR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": RAMI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": RAMI, "cue": cue(t, "ذكر", 2), "stance": "assert"}]})
# --- Asharq al-Awsat/SaudiNewsNet (Thursday 2015-08-06): Iraq's three presidencies call for reforms as protests against
# Haider al-Abadi's government spread to 11 provinces. "دعت الرئاسات الثلاث ... خلال اجتماع عقدته مساء أول من أمس، إلى
# إصلاح جميع مؤسسات الدولة، واتخاذ الإجراءات العاجلة" is a call with no named addressee: REQUEST with no target
# (README), dated by the meeting (2015-08-04); the Presidency's "الاجتماع أكد ضرورة اتخاذ الإجراءات العاجلة" re-tells
# it. "الاجتماع ... أكد أهمية جعل أبواب السلطات الثلاث مفتوحة ... لاستقبال وتقبل مطالب المواطنين" is an expressed
# readiness to receive the citizens' demands (CAMEO 03x, as batch 51 codes "أبواب الحوار ... مفتوحة"): AGREE towards
# the citizens, same day. The meeting of the President, the Prime Minister and the Speaker is the state's own
# deliberation (GUIDELINES: internal deliberations): not coded (decided). "مظاهرات، خرجت على حكومة ... حيدر العبادي
# ... وشارك فيها مئات الآلاف من العراقيين" names its doers and its addressee: one PROTEST → Abadi's government,
# undated (حاليا). "يستعد ناشطون مدنيون إلى التنسيق غدا الجمعة للخروج في مظاهرة موحدة" is an announced protest:
# THREATEN (README), aimed at the government the article's protests target (batch 51), undated (the announcement has
# no day; Friday is the protest's). The popular anger (السخط الشعبي) is nominal and the Hilla civil disobedience a
# forecast (قد تشهد): not coded. Claims: the three presidencies' دعت (a call: other); the Presidency's قالت (the doors
# open to citizens' demands: promise) and مشيرا (the urgent measures: other). Both bodies are state organs and list Iraq.
i = 'snn-2015-08-06-0327'
t = news_text(i)
PRESIDENCIES = ["Iraq's three presidencies", "الرئاسات الثلاث", "الرئاسات الثلاث في العراق", "Iraq", "العراق"]
PRESIDENCY = ["Iraqi Presidency", "رئاسة الجمهورية", "Iraq", "العراق"]
ABADI_GOVT = ["Haider al-Abadi's government", "حكومة العبادي", "حكومة رئيس الوزراء العراقي حيدر العبادي",
              "حيدر العبادي", "العبادي", "Iraqi government", "Iraq", "العراق"]
CITIZENS = ["Iraqi citizens", "المواطنين", "العراقيين"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": PRESIDENCIES, "target": [], "date": "2015-08-04"},
    {"code": "AGREE", "source": PRESIDENCIES, "target": CITIZENS, "date": "2015-08-04"},
    {"code": "PROTEST", "source": ["Iraqi protesters", "مئات الآلاف من العراقيين", "العراقيين"],
     "target": ABADI_GOVT},
    {"code": "THREATEN", "source": ["civil activists", "ناشطون مدنيون", "ناشطين مدنيين"], "target": ABADI_GOVT}],
    "claims": [
    {"speaker": PRESIDENCIES, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": PRESIDENCY, "cue": cue(t, "قالت"), "stance": "promise"},
    {"speaker": PRESIDENCY, "cue": cue(t, "مشيرا"), "stance": "other"}]})
# --- SPA/SaudiNewsNet (2015-08-02): Jordan's House of Representatives condemns the settlers' arson attack on a
# Palestinian family in Duma. "دان مجلس النواب الأردني ... الجريمة البشعة" is ACCUSE of the settlers, the doers the
# text names (README); its relative clause "التي ارتكبتها قطعان من المستوطنين الإسرائيليين بحق عائلة فلسطينية ...
# وأدت إلى حرق رضيع فلسطيني" names its doer: ASSAULT settlers → the family, undated (no day given). "أكد المجلس ...
# أن الجرائم والغطرسة التي تمارسها إسرائيل ... تكشف ... الوجه الحقيقي لإسرائيل" criticises a second party: a second
# ACCUSE, of Israel (decided: the habitual "crimes and arrogance practised daily" is the charge's content, no ASSAULT
# of its own, as it tells no act). "دعا المجلس الحكومات والبرلمانات العربية والدولية وسائر المؤسسات ... إلى العمل
# فورًا لوقف الانتهاكات ... وتقديم الجناة ... إلى محكمة الجنايات الدولية" is REQUEST to those addressees;
# "مطالبًا باعتبار الحركات الإرهابية الاستيطانية مجموعات إرهابية" is a distinct demand whose clause names no
# addressee: a second REQUEST, no target (README: a call with no addressee). All undated (the statement has no day).
# Claims: دان (accuse), أكد (accuse), دعا and مطالبًا (other; one sentence, different content). "واس" in the
# dateline is the conduit. The House, a state organ, lists Jordan.
i = 'snn-2015-08-02-1289'
t = news_text(i)
HOUSE = ["Jordanian House of Representatives", "مجلس النواب الأردني", "مجلس النواب", "المجلس", "Jordan", "الأردن"]
SETTLERS = ["Israeli settlers", "المستوطنين الإسرائيليين", "قطعان من المستوطنين الإسرائيليين", "قطعان المستوطنين",
            "المستوطنين"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "ACCUSE", "source": HOUSE, "target": SETTLERS},
    {"code": "ASSAULT", "source": SETTLERS,
     "target": ["Dawabsheh family", "Palestinian family", "عائلة فلسطينية", "رضيع فلسطيني", "Duma", "دوما"]},
    {"code": "ACCUSE", "source": HOUSE, "target": ["Israel", "إسرائيل"]},
    {"code": "REQUEST", "source": HOUSE,
     "target": ["Arab and international governments and parliaments", "الحكومات والبرلمانات العربية والدولية",
                "الحكومات", "البرلمانات", "international human rights bodies",
                "المؤسسات والهيئات العالمية المعنية بحقوق الإنسان"]},
    {"code": "REQUEST", "source": HOUSE, "target": []}], "claims": [
    {"speaker": HOUSE, "cue": cue(t, "دان"), "stance": "accuse"},
    {"speaker": HOUSE, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": HOUSE, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": HOUSE, "cue": cue(t, "مطالبًا"), "stance": "other"}]})
# --- Asharq al-Awsat/SaudiNewsNet: a travel piece on visiting Buckingham Palace (Claridge's series). The Queen receiving
# guests is habitual description and Obama's state visit a noun ("الزيارة الرسمية للرئيس أوباما"); the palace
# opening to the public acts on no named party. A card "تشير إلى اسمها" is no speaker. No events, no claims.
i = 'snn-2015-08-04-0179'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [], "claims": []})
# --- Al-Yaum/SaudiNewsNet (Friday 2015-07-24): a day of Syrian shelling and clashes (an unattributed monitor report).
# Each finite clause with its doer is one record: the regime's shelling of the Qalamoun barrens, of Beit Jinn, and its
# renewed shelling of Zabadani (three ASSAULTs, the attacked places as targets, batch 11); the air force's strafing of
# the areas around Kuweires airport "بعد منتصف ليل أمس الأول", with the helicopters' four barrel bombs that "followed
# it" folded in (one raid, decided), dated 2015-07-23 (GUIDELINES: midnight of X is X's T24:00, so after midnight of
# the day before yesterday is the 23rd); the target holds the airport's surroundings and ISIS, which the relative
# clause says besieges it; "الذي يحاصره تنظيم داعش" is itself a relative clause with its doer: a siege, COERCE
# (CAMEO 191) ISIS → the airport, undated; the helicopters' barrel bombs on Talbiseh; the passive "تعرضت مناطق في بلدة
# الغنطو ... لقصف ... من طائرات النظام المروحية", whose agent phrase names the doer (batch 51), a separate ASSAULT on
# al-Ghanto; the opposition factions' mortar fire on regime positions near al-Ghasibiya (ASSAULT → the regime). The
# three "دارت اشتباكات ... بين X ... وY" clauses name both sides: reciprocal fighting, one ASSAULT each with every
# member in the source and no target (batch 23); the two "بعد منتصف ليل أمس" ones are dated 2015-07-24 by the same
# midnight rule, the first (al-Khalidiya, Fatah Halab) undated. Not coded: "استمرار الاشتباكات العنيفة" in Zabadani
# and "قصف متبادل من الطرفين" (nouns), the Harasta fuel-depot explosion (no doer). No reporting verb: no claims. Fatah
# Halab keeps only its English names, since every Arabic form holds حلب, named on its own (README).
i = 'snn-2015-07-24-0991'
t = news_text(i)
REGIME = ["Syrian regime forces", "قوات النظام", "النظام", "Syrian government forces", "Syria", "سوريا"]
AIR = ["Syrian regime air force", "الطيران الحربي", "الطيران المروحي", "طائرات النظام المروحية", "طائرات النظام"] + REGIME
NDF = ["National Defence Forces", "قوات الدفاع الوطني"]
FATAH_HALAB = ["Fatah Halab operations room", "Fateh Halab"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش"]
KUWEIRES = ["Kuweires military airport", "مطار كويرس العسكري", "مطار كويرس", "كويرس"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ASSAULT", "source": REGIME, "target": ["Qalamoun", "جرود القلمون", "القلمون"]},
    {"code": "ASSAULT", "source": REGIME, "target": ["Beit Jinn", "بيت جن", "بلدة بيت جن"]},
    {"code": "ASSAULT", "source": REGIME, "target": ["Zabadani", "الزبداني", "مدينة الزبداني"]},
    {"code": "ASSAULT", "source": REGIME + NDF + FATAH_HALAB, "target": []},
    {"code": "ASSAULT", "source": AIR, "target": KUWEIRES + ["محيط المطار"] + ISIS, "date": "2015-07-23"},
    {"code": "COERCE", "source": ISIS, "target": KUWEIRES},
    {"code": "ASSAULT", "source": AIR, "target": ["Talbiseh", "تلبيسة"]},
    {"code": "ASSAULT", "source": AIR, "target": ["al-Ghanto", "الغنطو", "بلدة الغنطو"]},
    {"code": "ASSAULT", "source": ["Syrian opposition factions", "الفصائل المعارضة"],
     "target": ["regime positions", "تمركزات لقوات النظام"] + REGIME},
    {"code": "ASSAULT",
     "source": ["Ansar al-Sharia operations room", "غرفة أنصار الشريعة", "أنصار الشريعة"] + FATAH_HALAB + REGIME
     + ["Hezbollah", "حزب الله", "حزب الله اللبناني"] + NDF + ["pro-regime gunmen", "المسلحين الموالين لها"],
     "target": [], "date": "2015-07-24"},
    {"code": "ASSAULT",
     "source": ["rebel battalions", "الكتائب المقاتلة", "Islamist battalions", "الكتائب الإسلامية"] + REGIME + NDF,
     "target": [], "date": "2015-07-24"}], "claims": []})
# --- Jawhara FM (Thursday 2017-02-09): activist Taher Ben Hassine, guest of "Politica" today, says the President
# could have uncovered the truth of Chokri Belaid's assassination. His charges that Tunisia's rulers tried to bury it
# (أضاف) and that the President could have kept his electoral promise but did not because of his alliances (مؤكدا،
# قال) criticise the leadership over one matter: one ACCUSE, the rulers and the President in one target list
# (decided: the President heads the rulers he names), dated by the broadcast (today). The assassination and the
# electoral promise are nouns. Claims: أكد (assert), أضاف، مؤكدا and قال (accuse); "حسب قوله" repeats its sentence's
# speaker. The President is named only by title in the text; his list adds his name (the headline's) and Tunisia.
i = 'ant-JA-localNews-987-20170209'
t = news_text(i)
BENHASSINE = ["Taher Ben Hassine", "الطاهر بن حسين", "بن حسين"]
recs.append({"id": i, "text": t, "published": "2017-02-09", "events": [
    {"code": "ACCUSE", "source": BENHASSINE,
     "target": ["Beji Caid Essebsi", "الباجي قائد السبسي", "قايد السبسي", "President of the Republic", "رئيس الجمهورية",
                "rulers of Tunisia", "حكام تونس", "Tunisia", "تونس"], "date": "2017-02-09"}], "claims": [
    {"speaker": BENHASSINE, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BENHASSINE, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": BENHASSINE, "cue": cue(t, "مؤكدا"), "stance": "accuse"},
    {"speaker": BENHASSINE, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- Jawhara FM (after Reuters; Monday 2017-04-03): Jared Kushner will visit Iraq with General Dunford. "سيزور العراق مع
# الجنرال جوزيف دانفورد" is a scheduled visit: one AGREE per destination (README), both travellers in the source and
# Iraq the target; the official's "يريد أن يرى العراق بنفسه وأن يُظهر التأييد للحكومة العراقية" is the same visit's
# purpose, folded in (the Iraqi government in the target list); undated (the visit has no day, and the intent was
# announced by a third party, not the travellers). "الجنرال جو دانفورد ... الذي دعاه إلى هذه الزيارة" is one US
# official inviting another onto his own trip: internal to one government (README: actions inside one ministry), not
# coded (decided). "كان حيدر العبادي ... قد التقى مع ترامب لأول مرة في 20 مارس" is CONSULT, Abadi (first named, the
# visitor) the source, dated 2017-03-20. "حصل على تأكيدات بزيادة الدعم الأميركي في محاربة تنظيم الدولة" is a pledge
# of future support whose giver the text names (الدعم الأميركي): AGREE US → Iraq (README: support pledged for the
# future), undated (decided: told after the meeting, no day). "تولى ترامب السلطة في 20 جانفي متعهداً بانتهاج إستراتيجية
# جديدة لهزيمة تنظيم الدولة" is a pledge to defeat a named armed group: THREATEN Trump → ISIS, dated 2017-01-20 by the
# participle's tie to his inauguration (decided). "تنظيم الدولة الإسلامية الذي سيطر على مساحات شاسعة من العراق
# وسوريا في 2014" is ISIS's occupation of territory in a relative clause: COERCE (README), undated (year). "استعادت
# القوات العراقية سلسلة من المدن الرئيسية من التنظيم" is ASSAULT Iraqi forces → ISIS, undated; the coalition's air
# strikes and advisers that backed it are nouns (بدعم من هجمات جوية للتحالف). Not coded: the visit's undetermined
# agenda (passive, future). Claims: the senior administration official (anonymous but tied to a named administration,
# GUIDELINES) قال and أضاف (assert); Abadi's قال (assert) and حذر (warn); Trump's متعهداً (a pledge: promise). The
# official's and Kushner's titles hold ترامب and are left out; US officials list the United States, Abadi Iraq.
i = 'ant-JA-internationalNews-644-20170403'
t = news_text(i)
OFFICIAL = ["senior Trump administration official", "مسؤول كبير", "مسؤولٌ كبير", "المسؤول", "United States",
            "الولايات المتحدة"]
KUSHNER = ["Jared Kushner", "جاريد كوشنر", "كوشنر", "United States", "الولايات المتحدة"]
DUNFORD = ["Joseph Dunford", "جوزيف دانفورد", "جو دانفورد", "دانفورد", "رئيس هيئة الأركان الأميركية المشتركة"]
IRAQ = ["Iraq", "العراق", "Iraqi government", "الحكومة العراقية"]
ABADI = ["Haider al-Abadi", "حيدر العبادي", "العبادي", "رئيس وزراء العراق", "Iraq", "العراق"]
TRUMP = ["Donald Trump", "دونالد ترامب", "ترامب", "United States", "الولايات المتحدة"]
ISIS = ["Islamic State", "ISIS", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "التنظيم"]
recs.append({"id": i, "text": t, "published": "2017-04-03", "events": [
    {"code": "AGREE", "source": KUSHNER + DUNFORD, "target": IRAQ},
    {"code": "CONSULT", "source": ABADI, "target": TRUMP, "date": "2017-03-20"},
    {"code": "AGREE", "source": TRUMP, "target": ABADI},
    {"code": "THREATEN", "source": TRUMP, "target": ISIS, "date": "2017-01-20"},
    {"code": "COERCE", "source": ISIS, "target": ["Iraq", "العراق", "Syria", "سوريا"]},
    {"code": "ASSAULT", "source": ["Iraqi forces", "القوات العراقية", "Iraq", "العراق"], "target": ISIS}], "claims": [
    {"speaker": OFFICIAL, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": OFFICIAL, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ABADI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ABADI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": TRUMP, "cue": cue(t, "متعهداً"), "stance": "promise"}]})
# --- Jawhara FM (Friday 2015-12-18): the journalists' union (SNJT), in a statement today, backs the audiovisual
# regulator HAICA after the campaign that followed its suspension of two El Hiwar Ettounsi programmes. "عبرت ... عن
# مساندتها المطلقة للهيئة" is SUPPORT, dated. HAICA's decision (قرارها بإيقاف برنامجي ...) is a noun in a relative
# clause whose verb is the campaign's (أعقبت): not coded. The campaign "تهدف إلى شيطنة وتشويه الهيئة من طرف وسائل
# اعلام خاصة وتضمنت تصريحات مسيئة للهيئة وأعضائها", with its agent phrase, and "حملة التشويه التي تمارسها بعض
# الأطراف" (a relative clause with its doer) are one smear campaign: ACCUSE private media → HAICA, undated (decided:
# the campaign is a finite verb's subject with its doer named). The union's "اعتبرت" and "استنكرت" condemn that one
# campaign and its authors: one ACCUSE of them (several verbs, one object), dated. "داعية الإعلاميين إلى عدم الانخراط
# فيها" is REQUEST to the media professionals, dated. Claims: عبرت (assert), اعتبرت and استنكرت (accuse), داعية
# (other); "في بلاغ لها" and "في ذات البلاغ" are the channel.
i = 'ant-JA-localNews-4421-20151218'
t = news_text(i)
SNJT = ["National Union of Tunisian Journalists", "SNJT", "النقابة الوطنية للصحفيين التونسيين", "نقابة الصحفيين",
        "النقابة"]
HAICA = ["HAICA", "Independent High Authority for Audiovisual Communication",
         "الهيئة العليا المستقلة للاتصال السمعي البصري", "الهيئة"]
PRIVATE_MEDIA = ["private media", "وسائل اعلام خاصة", "وسائل الإعلام الخاصة", "بعض الأطراف"]
recs.append({"id": i, "text": t, "published": "2015-12-18", "events": [
    {"code": "SUPPORT", "source": SNJT, "target": HAICA, "date": "2015-12-18"},
    {"code": "ACCUSE", "source": PRIVATE_MEDIA, "target": HAICA},
    {"code": "ACCUSE", "source": SNJT, "target": PRIVATE_MEDIA, "date": "2015-12-18"},
    {"code": "REQUEST", "source": SNJT, "target": ["media professionals", "الإعلاميين"],
     "date": "2015-12-18"}], "claims": [
    {"speaker": SNJT, "cue": cue(t, "عبرت"), "stance": "assert"},
    {"speaker": SNJT, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "داعية"), "stance": "other"}]})
# --- Jawhara FM (Tuesday 2017-03-28): citizen Mustapha Dabbabi met Prime Minister Youssef Chahed at noon today, as
# Chahed had promised him days ago during a surprise visit to the Bir El Kassaa wholesale market. "حظي ظهر اليوم بلقاء
# مع رئيس الحكومة" is CONSULT, the visitor who came to the office the source and the host the target (GUIDELINES),
# dated 2017-03-28. "مثلما وعده منذ أيام" is a promise of a meeting: AGREE Chahed → Dabbabi, undated (days ago). "تلقى
# اتصالا هاتفيا مساء أمس من طرف رئيس الحكومة" is a phone call: CONSULT with the first-named party (Dabbabi) as source
# (GUIDELINES), dated 2017-03-27; its relative clause "الذي طلب منه الحضور إلى مكتبه" is an invitation: AGREE Chahed →
# Dabbabi (GUIDELINES: invitations), same day. The market visit meets no named party (a place): not coded. Claims:
# Dabbabi is named, so أكد، قال، قال، مردفا (a quote of its own), أضاف and مردّدا ("تحيا تونس", a slogan, as README's
# protesters' slogans) are his, all assert; "متمنيا نزول الغيث" is a wish, like a prayer (README): no claim. The
# outlet (لـ "الجوهرة أف أم") is the addressee.
i = 'ant-JA-localNews-3312-20170328'
t = news_text(i)
DABBABI = ["Mustapha Dabbabi", "مصطفى الدبابي", "الدبابي", "المواطن مصطفى الدبابي"]
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisian Prime Minister", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-28", "events": [
    {"code": "CONSULT", "source": DABBABI, "target": CHAHED, "date": "2017-03-28"},
    {"code": "AGREE", "source": CHAHED, "target": DABBABI},
    {"code": "CONSULT", "source": DABBABI, "target": CHAHED, "date": "2017-03-27"},
    {"code": "AGREE", "source": CHAHED, "target": DABBABI, "date": "2017-03-27"}], "claims": [
    {"speaker": DABBABI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": DABBABI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": DABBABI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": DABBABI, "cue": cue(t, "مردفا"), "stance": "assert"},
    {"speaker": DABBABI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": DABBABI, "cue": cue(t, "مردّدا"), "stance": "assert"}]})
# --- Jawhara FM (2017-05-03): the election commission (ISIE) announces it will recruit senior staff for its central
# administration. An administrative notice is a claim only (README: interviews, calls to applicants); the board's
# possible interviews (يمكن له ... دعوة المترشحين) are a procedure. Claim: أعلنت (assert).
i = 'ant-JA-localNews-4392-20170503'
t = news_text(i)
ISIE = ["ISIE", "Independent High Authority for Elections", "الهيئة العليا المستقلة للانتخابات", "الهيئة"]
recs.append({"id": i, "text": t, "published": "2017-05-03", "events": [], "claims": [
    {"speaker": ISIE, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch68.gold.jsonl', recs)
