"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 159 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-08-08): suspected militants attack a hotel used by UN staff in Sevare, central Mali,
# yesterday (امس, 2015-08-07). "من يشتبه أنهم متشددون تكفيريون هاجموا فندقًا ... امس ما أسفر عن مقتل ثلاثة أشخاص
# ... وتبادلوا إطلاق النار مع قوات بالقرب من المبنى" is the militants' finite act, with the two Malian soldiers the
# spokesman says were killed "في تبادل إطلاق النار" (passive) folded in: one ASSAULT militants → the hotel, the UN
# staff using it and the forces they fought, dated 2015-08-07 (batch 10 gave the same attack no target because the
# hotel is no actor; here the forces they fired on are one, so the target lists them with the hotel; decided).
# "دخلت قوات حكومية لإخراج المسلحين الذين داهموا الفندق" is the forces' own finite act (the attacker killed, passive,
# folded in): a second ASSAULT Malian forces → the militants (README: the force returning fire is a second ASSAULT;
# clashes told in two finite clauses are two directed ASSAULTs), dated 2015-08-07 (decided: the same episode as the
# dated exchange of fire in the lead). "نجحت عملية عسكرية قادتها فرنسا عام 2013 في إخراج المتشددين" is a relative
# clause with its doer: historical ASSAULT France → the militants (al-Qaeda-linked), undated (a year only); "مدن
# وبلدات سيطروا عليها قبل ذلك بعام في شمال مالي" is an occupation named in a relative clause with its doer: COERCE
# militants → the northern Mali towns (README: occupation is COERCE), undated. "قالت السفارة الروسية في باماكو أمس:
# إن التقارير التي أفادت بخطف ثلاثة طيارين روس ... غير صحيحة" denies reports with no named author: REJECT the
# embassy with no target (README session 16), dated 2015-08-07. Not coded: "وتم نشر قوة حفظ السلام التابعة للأمم
# المتحدة" (passive with no deployer; decided: not coded, as a passive with implied doer), the escape of the
# foreigners (no act on a party), the hostage-takers (a noun folded into the attack), the reported kidnapping of
# the pilots (a noun inside the denied reports). Claims: "قال سكان ومصادر عسكرية" and "قال شاهد" are bare sources:
# none. Dembele's two قال, أضاف and ذكر (assert); the embassy's قالت and, through ITAR-TASS, قولها (GUIDELINES: نقل X
# عن Y قوله; the quote adds "لا نعلم مصدر المعلومة": a second claim, decided; both deny). ITAR-TASS is a conduit.
# The embassy's title form "السفارة الروسية في باماكو" holds باماكو, named on its own: left out.
i = 'snn-2015-08-08-0578'
t = news_text(i)
MALI_MILITANTS = ["suspected militants", "متشددون تكفيريون", "متشددون", "المسلحين", "مهاجم", "خاطفي الرهائن",
                  "gunmen", "attackers"]
MALI_FORCES = ["Malian government forces", "قوات حكومية", "قوات", "جيش مالي", "جنديين من جيش مالي", "Malian army",
               "Mali", "مالي"]
DEMBELE = ["Souleymane Dembele", "سليمان ديمبيلي", "ديمبيلي", "Malian army spokesman", "المتحدث العسكري",
           "Malian army", "جيش مالي", "Mali", "مالي"]
RU_EMBASSY = ["Russian embassy in Bamako", "السفارة الروسية", "السفارة", "Russia", "روسيا"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ASSAULT", "source": MALI_MILITANTS,
     "target": ["hotel in Sevare", "فندقًا", "الفندق", "UN staff", "موظفو الأمم المتحدة"] + MALI_FORCES,
     "date": "2015-08-07"},
    {"code": "ASSAULT", "source": MALI_FORCES, "target": MALI_MILITANTS, "date": "2015-08-07"},
    {"code": "ASSAULT", "source": ["France", "فرنسا", "French-led military operation", "عملية عسكرية قادتها فرنسا"],
     "target": ["Islamist militants", "المتشددين", "al-Qaeda", "تنظيم القاعدة", "القاعدة"]},
    {"code": "COERCE", "source": ["Islamist militants", "المتشددين", "al-Qaeda", "تنظيم القاعدة"],
     "target": ["northern towns", "مدن وبلدات", "شمال مالي", "Mali", "مالي"]},
    {"code": "REJECT", "source": RU_EMBASSY, "target": [], "date": "2015-08-07"}], "claims": [
    {"speaker": DEMBELE, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": DEMBELE, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": DEMBELE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": DEMBELE, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": RU_EMBASSY, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": RU_EMBASSY, "cue": cue(t, "قولها"), "stance": "deny"}]})
# --- SaudiNewsNet (2015-08-04): Pakistani security forces kill al-Qaeda leader Omar Abdullatif (Luqman) in a border
# district of Balochistan. "مقتل ... عمر عبداللطيف ... في عملية أمنية شنتها قوى الأمن الباكستانية" (a relative clause
# with its doer) and Bugti's "القوات الباكستانية قامت بشن عملية أمنية ... أسفرت عن مقتل" are one operation, with "بينما
# تم اعتقال زوجته طيبة ... واثنين من أطفاله" folded in: one ASSAULT Pakistani forces → Abdullatif, al-Qaeda and the
# captured wife (GUIDELINES: the raid that killed Abu Sayyaf and captured his wife is one ASSAULT), undated (no day in
# the text). "تمكنت أجهزة الاستخبارات الباكستانية من تحديد مكانه" is the locating that led to the raid: folded into
# it (decided). Not coded: his coming from Afghanistan and his plan for an al-Qaeda hub (a movement and a plan, no
# act on a party), the services' prior knowledge (a state), "تكثيف السلطات الباكستانية للعمليات الأمنية" (a noun
# after ما بعد: background). Claims: the authorities' أعلنت (assert); Bugti's first أوضح (the operation: assert), his
# second أوضح (the man was planning an al-Qaeda centre for the subcontinent: accuse) and قال (security improving:
# assert). Bugti's title form holds بلوشستان, named on its own: left out; he lists Pakistan (state official).
i = 'snn-2015-08-04-0673'
t = news_text(i)
PK_FORCES = ["Pakistani security forces", "قوى الأمن الباكستانية", "القوات الباكستانية",
             "أجهزة الاستخبارات الباكستانية", "Pakistani authorities", "السلطات الباكستانية", "Pakistan", "باكستان"]
BUGTI = ["Sarfraz Bugti", "سرفراز بكتي", "بكتي", "Balochistan home minister", "Pakistan", "باكستان"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ASSAULT", "source": PK_FORCES,
     "target": ["Omar Abdullatif", "عمر عبداللطيف", "لقمان", "al-Qaeda", "تنظيم القاعدة", "القاعدة",
                "his wife Tayyiba", "زوجته طيبة", "طيبة", "فريحة"]}], "claims": [
    {"speaker": ["Pakistani authorities", "السلطات الباكستانية", "Pakistan", "باكستان"], "cue": cue(t, "أعلنت"),
     "stance": "assert"},
    {"speaker": BUGTI, "cue": cue(t, "أوضح", 1), "stance": "assert"},
    {"speaker": BUGTI, "cue": cue(t, "أوضح", 2), "stance": "accuse"},
    {"speaker": BUGTI, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-31): the UAE authorities arrest an Indonesian maid accused of killing her newborn in Dubai.
# "ألقت السلطات الإماراتية القبض على خادمة (إندونيسية) لاتهامها بقتل رضيعها" is COERCE the authorities → the maid,
# the charge folded in (README: the suspicion folded into the arrest), undated. "ثم ولدت في حمام منزل الأسرة وقتلته"
# is a finite clause whose doer is the accused maid: ASSAULT maid → the baby (reported events with an explicit actor
# are coded), undated (the preceding months; the body was found in February). "فرق العمل قبضت على صديقها الذي حملت
# منه" is a second arrest of another man: COERCE Dubai Police → the boyfriend, undated. Al-Mansouri's "الأسرة ...
# تتحمل مسؤولية أخلاقية عن قتل روح بهذه الطريقة البشعة، إذ يفترض على أفرادها متابعة الفئات المساعدة" blames the
# employer family: ACCUSE al-Mansouri → the family (README: "محملة المسؤولية" a separate ACCUSE; decided), undated.
# Not coded: the boyfriend abandoning her (a private act), the report of the cleaner finding the baby and the
# ambulance and patrol going to the spot (no act on a party), the forensic report (evidence cited inside his
# statement, README: "حسب تشخيص الأطباء" no claim), the search of hospitals (passive, part of the investigation that
# led to the arrests), "وأحيلت إلى النيابة العامة بتهمة القتل العمد كما وجهت إلى الصديق تهمة المشاركة" (passive
# referral and charge with no doer; README session 27: a passive referral left out; the charges are folded into the
# arrests; decided). The boyfriend's "اعترف" is an unnamed suspect's confession: no claim (README sessions 24 and 31:
# an unnamed arrested suspect makes no claim). Claims: "جاء ذلك نقلا عن صحيفة الإمارات اليوم" is its sentence's only
# attribution: a claim of the paper with cue نقلا (README: نقلا عن is the cue of the one quoted; decided; assert);
# al-Mansouri's أوضح، the two أضاف، لافتاً (distinct content: the investigators' difficulties) and أشار (assert), and
# أكد (the family's moral responsibility: accuse). No UAE alias is the bare "الإمارات", which the paper's name holds.
i = 'snn-2015-07-31-1046'
t = news_text(i)
UAE_AUTH = ["UAE authorities", "السلطات الإماراتية", "United Arab Emirates", "UAE", "Dubai Police", "شرطة دبي"]
DUBAI_POLICE = ["Dubai Police", "شرطة دبي", "فرق العمل", "فرق البحث والتحري", "United Arab Emirates", "UAE"]
MANSOURI = ["Khalil al-Mansouri", "خليل المنصوري", "المنصوري", "اللواء", "Dubai Police", "شرطة دبي",
            "United Arab Emirates", "UAE"]
MAID = ["Indonesian maid", "خادمة", "الخادمة", "المتهمة"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "COERCE", "source": UAE_AUTH, "target": MAID},
    {"code": "ASSAULT", "source": MAID, "target": ["newborn", "رضيعها", "الرضيع", "رضيع"]},
    {"code": "COERCE", "source": DUBAI_POLICE, "target": ["the maid's boyfriend", "صديقها", "الصديق"]},
    {"code": "ACCUSE", "source": MANSOURI,
     "target": ["employer family", "الأسرة", "أسرة من جنسية دولة عربية", "أفرادها"]}], "claims": [
    {"speaker": ["Emarat Al Youm", "الإمارات اليوم", "صحيفة الإمارات اليوم"], "cue": cue(t, "نقلا"),
     "stance": "assert"},
    {"speaker": MANSOURI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MANSOURI, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": MANSOURI, "cue": cue(t, "أضاف", 2), "stance": "assert"},
    {"speaker": MANSOURI, "cue": cue(t, "لافتاً"), "stance": "assert"},
    {"speaker": MANSOURI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MANSOURI, "cue": cue(t, "أكد", 2), "stance": "accuse"}]})
# --- SaudiNewsNet (2015-08-06): Saudi FA vice-president Mohammed al-Nuwaiser criticises the Kuwait FA; Kuwait's Public
# Authority for Youth and Sport blames the FA for postponing the 23rd Gulf Cup. "انتقد محمد النويصر ... الاتحاد
# الكويتي بسبب تغييره لبرامج الاتحادات الخليجية" with his "قال ... غير قادر ادارة اموره" is one criticism: ACCUSE
# al-Nuwaiser → the Kuwait FA, undated. "حمّلت الهيئة العامة للشباب والرياضة الكويتية مسؤولية تأجيل (خليجي 23) الى
# الاتحاد الكويتي" with "أكدت الهيئة ... ان قرار التأجيل جاء فردياً وعشوائياً" is one blame: ACCUSE the authority → the
# Kuwait FA, undated (the press conference has no day). Not coded: the FA's postponement of the tournament (a
# fixture decision, README: postponed matches are not coded), "الخلافات العميقة بين الهيئة ... والاتحاد" (a noun,
# background), the FA running the Asian elections (a standing role). Claims: انتقد and قال (accuse), حمّلت and أكدت
# (accuse). The closing "رابط الخبر بصحيفة الوئام: نائب رئيس الاتحاد السعودي: ..." repeats the headline with no
# speech verb: no claim (batch 90). No list holds Kuwait, which would match both Kuwaiti bodies.
i = 'snn-2015-08-06-2263'
t = news_text(i)
NUWAISER = ["Mohammed al-Nuwaiser", "محمد النويصر", "النويصر", "Saudi Arabian Football Federation",
            "الاتحاد السعودي لكرة القدم", "الاتحاد السعودي"]
KFA = ["Kuwait Football Association", "الاتحاد الكويتي", "الاتحاد الكويتي لكرة القدم", "الاتحاد الكويتي للعبة",
       "Talal al-Fahad", "طلال الفهد"]
PAYS = ["Kuwait Public Authority for Youth and Sport", "الهيئة العامة للشباب والرياضة الكويتية",
        "الهيئة العامة للشباب والرياضة", "الهيئة", "Ahmed al-Mansour", "أحمد المنصور"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": NUWAISER, "target": KFA},
    {"code": "ACCUSE", "source": PAYS, "target": KFA}], "claims": [
    {"speaker": NUWAISER, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": NUWAISER, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": PAYS, "cue": cue(t, "حمّلت"), "stance": "accuse"},
    {"speaker": PAYS, "cue": cue(t, "أكدت"), "stance": "accuse"}]})
# --- SaudiNewsNet (2015-07-21): Makkah health affairs set hospital visiting hours for Eid al-Fitr. "اعتمد مدير عام
# الشؤون الصحية ... أوقات الزيارة" is a directorate's own administrative decision about its own hospitals: no event
# (internal). Claims: spokesman Shalabi's بين and أشار (an administrative notice: assert); "سائلاً الله تعالى أن يمن
# على الجميع بالشفاء" is a prayer, no claim (README); the link line's "صحة مكة تعلن" is a headline speech verb in the
# text (batches 56, 65, 67, 121): a claim of the directorate, whose spokesman speaks for it, so it shares his list
# (assert). No alias holds مكة, named on its own (README: names holding a place the article names alone are left
# out), so "صحة مكة" is not listed (decided).
i = 'snn-2015-07-21-1590'
t = news_text(i)
SHALABI = ["Abdulwahab Shalabi", "عبدالوهاب شلبي", "شلبي", "Makkah Health Affairs spokesman",
           "Makkah Health Affairs", "Makkah health directorate"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": SHALABI, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": SHALABI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": SHALABI, "cue": cue(t, "تعلن"), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-07-31): Human Rights Watch condemns Houthi shelling of residential areas of Aden.
# "دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين" is a condemnation naming its doer: ACCUSE HRW → the Houthis,
# dated Thursday 2015-07-30; Solvang's "على قادة الحوثيين أن يدركوا أنهم قد يواجهون المحاكمة على جرائم الحرب" is
# the same charge (HRW prosecutes no one, so no THREATEN of its own; decided: folded into the ACCUSE). Inside the
# statement "امطرت القوات الموالية للحوثيين مناطق مأهولة من عدن بقذائف الهاون والصواريخ" is a finite clause with its
# doer: ASSAULT pro-Houthi forces → Aden's residential areas and civilians, with "قتلت نيران الهاون في منطقة دار سعد
# في 19 تموز" (no actor of its own: the same shelling campaign) folded in (README: a campaign told several ways is
# one ASSAULT), undated (decided: the campaign spans weeks; 19 July dates only the deadliest attack). Not coded: HRW
# visiting four districts (places, no party met), the war's toll (a noun). Claims: دانت (accuse), "وجاء في بيان
# لاولي سولفانغ" (cue جاء, as batches 29 and 100; accuse), "أشار بيان المنظمة" (accuse), أوضحت (HRW's site visits:
# assert), أضاف (the war-crimes trial warning: warn), and "بحسب الأمم المتحدة", its sentence's only attribution: the
# UN's claim (assert).
i = 'snn-2015-07-31-1045'
t = news_text(i)
HRW = ["Human Rights Watch", "منظمة هيومن رايتس ووتش", "هيومن رايتس ووتش", "المنظمة", "Ole Solvang",
       "اولي سولفانغ", "سولفانغ"]
HOUTHIS = ["Houthis", "المتمردين", "القوات الموالية للحوثيين", "الحوثيين", "قادة الحوثيين", "Houthi rebels"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": HRW, "target": HOUTHIS, "date": "2015-07-30"},
    {"code": "ASSAULT", "source": HOUTHIS,
     "target": ["residential areas of Aden", "مناطق سكنية في مدينة عدن", "مناطق مأهولة من عدن", "civilians",
                "المدنيين", "Aden", "عدن"]}], "claims": [
    {"speaker": HRW, "cue": cue(t, "دانت"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "جاء"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": HRW, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": ["United Nations", "الأمم المتحدة", "UN"], "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Ain Al-Yaum (2015-07-24): Saudi security foils terrorist operations and holds 144; among them the ISIS supporter
# whose Twitter account threatened the actor Nasser al-Qasabi. "تمكنت الجهات الأمنية من احباط عدة عمليات ارهابية
# والقبض على المتورطين ... بضبط العناصر الداعمة ... وعددهم (144) موقوفاً" and the spokesman's passive "تم التعامل مع
# أصحاب عدد من المعرفات على تويتر ... والمستخدم من قبل الموقوف علي محمد علي العتيق" are one campaign of arrests: one
# COERCE Saudi security → the detainees, the account holders, al-Ateeq and ISIS (decided: the passive dealing is the
# same announced campaign, README: passive arrests reported by the police are the police's), undated. "صاحب المعرف
# جليبيب الجزراوي قام بتهديد الفنان ناصر القصبي وتوعده بالقتل" is THREATEN the account holder → al-Qasabi, undated.
# "بعد أن عرض القصبي انتقادات لتنظيم داعش في حلقة مسلسل سيلفي" is a finite clause with its doer (not a noun): a
# satirical criticism, ACCUSE al-Qasabi → ISIS (README: mockery of a named politician is ACCUSE; decided), undated
# (Ramadan, a month). Not coded: the bomb lab found in al-Ateeq's home (passive, folded into his arrest). Claims: the
# Interior Ministry security spokesman's أوضح (assert); the account holder's توعده (a threat identified by its handle:
# warn; decided, as batch 94's توعدوا). "يذكر أن" is the narrator's; "عين اليوم – جدة" is a byline. Whether al-Ateeq
# is the Julaybib account holder is unclear in the text, so the threat's source lists the handle only (decided).
i = 'snn-2015-07-24-0178'
t = news_text(i)
SA_SECURITY = ["Saudi security authorities", "الجهات الأمنية", "Saudi Ministry of Interior", "وزارة الداخلية",
               "Saudi Arabia", "السعودية"]
ACCOUNT = ["Julaybib al-Jazrawi account holder", "جليبيب الجزراوي", "صاحب المعرف", "ISIS supporter"]
QASABI = ["Nasser al-Qasabi", "ناصر القصبي", "القصبي"]
ISIS = ["ISIS", "تنظيم داعش", "داعش"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "COERCE", "source": SA_SECURITY,
     "target": ["144 detainees", "(144) موقوفاً", "المتورطين", "العناصر الداعمة", "Twitter account holders",
                "أصحاب عدد من المعرفات", "Ali Mohammed Ali al-Ateeq", "علي محمد علي العتيق", "العتيق",
                "جليبيب الجزراوي"] + ISIS},
    {"code": "THREATEN", "source": ACCOUNT, "target": QASABI},
    {"code": "ACCUSE", "source": QASABI, "target": ISIS}], "claims": [
    {"speaker": ["Interior Ministry security spokesman", "المتحدث الأمني لوزارة الداخلية", "المتحدث الأمني",
                 "Saudi Ministry of Interior", "وزارة الداخلية", "Saudi Arabia", "السعودية"],
     "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ACCOUNT, "cue": cue(t, "توعده"), "stance": "warn"}]})
# --- SaudiNewsNet (Saturday 2015-08-01): Kuwaiti security arrests a stateless man with firearms and an ISIS flag at
# dawn yesterday (فجر أمس, 2015-07-31), in coordination with Saudi Arabia. "ألقت الأجهزة الأمنية الكويتية القبض على
# شخص من غير محددي الجنسية فجر أمس" is COERCE Kuwaiti security → the man, dated 2015-07-31, with his attempt to flee,
# "رجال الأمن سيطروا عليه" and "يخضع حالياً لتحقيقات مكثفة أمام أمن الدولة" folded in (the same detention; decided);
# ISIS is in the target (his flag and ties). "السعودية زوَّدت الكويت بمعلومات مهمة حول خلايا" is intelligence passed
# between states: COOPERATE Saudi Arabia → Kuwait (README: CAMEO 064), with "تنسيق مكثف مع الأجهزة الأمنية السعودية"
# (a noun) folded in, undated. Not coded: the dismantled cell and its detention ("بعد مرور أقل من 24 ساعة على تفكيك
# خلية": nouns after بعد, background), the Interior Ministry's monitoring and the arrests under way ("رصد"، "جارٍ إلقاء
# القبض"، "جارٍ توجيه ضربات": nouns), the Imam al-Sadiq mosque bombing (no doer), the confessions of the man and of
# "بعضهم" (unnamed suspects, README sessions 24 and 31: no claims; not events). Claims: none; "مصادر أمنية" and the
# المصادر that go on (كشفت، مشيرة، ذكرت، لفتت، اعتبر) are bare security sources (GUIDELINES).
i = 'snn-2015-08-01-0909'
t = news_text(i)
KW_SECURITY = ["Kuwaiti security services", "الأجهزة الأمنية الكويتية", "رجال الأمن", "أمن الدولة",
               "Kuwaiti Interior Ministry", "الداخلية", "Kuwait", "الكويت"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "COERCE", "source": KW_SECURITY,
     "target": ["stateless man", "شخص من غير محددي الجنسية", "الشاب", "ISIS", "داعش"], "date": "2015-07-31"},
    {"code": "COOPERATE", "source": ["Saudi Arabia", "السعودية", "Saudi security services", "الأجهزة الأمنية السعودية"],
     "target": KW_SECURITY}], "claims": []})
# --- SaudiNewsNet (2015-08-10): a helicopter and a seaplane collide over a reservoir west of Moscow, at least six dead.
# The collision is an accident with no actor. "تمكن رجال الإنقاذ من انتشال فتاة في الثانية عشرة من المياه وحاولوا
# إجراء التنفس الصناعى لها" is a rescue: AID rescuers → the girl (README: rescuers pulling a surfer out are AID),
# undated. Not coded: the search (no party acted on), the investigators' suspicion of a pilot's error (an accident
# inquiry naming no wrongdoer, README: no ACCUSE; bare investigators), "ترددت أنباء" (bare). Claims: the rescue
# services spokesman's قال and مشيرا (distinct content: the search goes on; assert) (an anonymous spokesman of a
# named service, GUIDELINES); "على حد قول المتحدث" is its sentence's only attribution: a claim with cue قول (README:
# an attribution phrase that is its sentence's only attribution is a claim; assert). Interfax is the addressee.
i = 'snn-2015-08-10-0976'
t = news_text(i)
RESCUE = ["Russian rescue services", "قوات الإنقاذ", "متحدث باسم قوات الإنقاذ", "المتحدث", "Russia", "روسيا"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "AID", "source": ["rescuers", "رجال الإنقاذ", "قوات الإنقاذ", "Russia", "روسيا"],
     "target": ["twelve-year-old girl", "فتاة في الثانية عشرة", "فتاة"]}], "claims": [
    {"speaker": RESCUE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": RESCUE, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": RESCUE, "cue": cue(t, "قول"), "stance": "assert"}]})
# --- Ain Al-Yaum (Friday 2015-07-24): the Jeddah labour office makes a surprise visit on "يوم أمس الثلاثاء" to al-Kandara
# market to check compliance with the feminisation decision. The weekday wins over أمس (README): Tuesday 2015-07-21.
# The inspection of unnamed shops is the office's own compliance work with no finding of its own (the shops that did
# not comply were spotted by the paper's camera): not coded (decided; batch 15's municipal inspectors, batch 80's
# inspection plan). The citizen Ahmed al-Attas's "ونرحب بما تقوم به وزارة العمل في تانيث المستلزمات" welcomes the
# ministry's campaign: SUPPORT al-Attas → the Ministry of Labour (batch 79's workers thanking the ministry), dated by
# the visit at which he spoke (decided: told in the same scene, as batch 79). Claims: al-Attas's قال (assert). The
# byline, photo credit and closing tags are no speakers.
i = 'snn-2015-07-24-0503'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "SUPPORT", "source": ["Ahmed al-Attas", "أحمد العطاس", "العطاس"],
     "target": ["Saudi Ministry of Labour", "Ministry of Labour", "وزارة العمل"], "date": "2015-07-21"}], "claims": [
    {"speaker": ["Ahmed al-Attas", "أحمد العطاس", "العطاس"], "cue": cue(t, "قال"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch159.gold.jsonl', recs)
