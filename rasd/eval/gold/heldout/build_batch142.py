"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 142 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq (Najran): the emir of Najran, Jalawi bin Abdulaziz bin Musaed, receives the German ambassador Boris Ruge at
# his office "اليوم" (2015-07-27). "بحث أمير منطقة نجران ... مع سفير جمهورية ألمانيا الاتحادية ... الموضوعات ذات
# الاهتمام المشترك" and "لدى استقباله السفير روغه ومرافقيه في مكتبه بديوان الإمارة اليوم" are one hosted visit: one
# CONSULT, the visitor (the ambassador) as source and the host as target (GUIDELINES; batch 81's emir of Asir),
# dated 2015-07-27. "نوه بن مساعد ... بمتانة العلاقات بين المملكة وألمانيا، وحجم التعاون القائم بين البلدين" praises
# the relations with Germany: SUPPORT emir → Germany and its ambassador (batch 59's praise of a relationship is
# SUPPORT of the partner), dated by the reception it was said at (batch 81). "عبر سفير ... عن سعادته بما شاهده في
# المنطقة من مشاريع تنموية، وما تزخر به من مقومات طبيعية" praises the region the emir administers: SUPPORT ambassador
# → the emir and Najran (batch 81's al-Juraisi praising Asir), dated likewise. Not coded: the souvenir gift (a
# courtesy of the visit, folded into the CONSULT as batches 35 and 85–88 fold gifts in) and the lead's "بما يعزز
# العلاقات" (a purpose). Claims: the emir's نوه (assert) and the ambassador's عبر (assert); بحث introduces no
# statement. The two sides are of two states, so each list holds its state.
i = 'snn-2015-07-27-1384'
t = news_text(i)
JALAWI = ["Jalawi bin Abdulaziz bin Musaed", "جلوي بن عبدالعزيز بن مساعد", "بن مساعد", "أمير منطقة نجران",
          "Najran emir", "Saudi Arabia", "السعودية"]
RUGE = ["Boris Ruge", "بوريس روغه", "روغه", "سفير جمهورية ألمانيا الاتحادية", "German ambassador", "Germany",
        "ألمانيا", "جمهورية ألمانيا الاتحادية"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "CONSULT", "source": RUGE, "target": JALAWI, "date": "2015-07-27"},
    {"code": "SUPPORT", "source": JALAWI, "target": RUGE, "date": "2015-07-27"},
    {"code": "SUPPORT", "source": RUGE, "target": JALAWI + ["Najran", "نجران", "المنطقة"],
     "date": "2015-07-27"}], "claims": [
    {"speaker": JALAWI, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": RUGE, "cue": cue(t, "عبر"), "stance": "assert"}]})
# --- SaudiNewsNet: the emir of Najran praises "اليوم" (2015-08-04) the initiatives of the Technical and Vocational
# Training Corporation (TVTC) in support of the troops on the border, while receiving its governor Ali al-Ghafis at
# his office. "جاء ذلك خلال استقبال سموه لمعالي محافظ المؤسسة ... في مكتبه بالإمارة" is a hosted visit by a national
# body outside the emirate: CONSULT Ghafis (with TVTC) → the emir (batches 48 and 81), dated 2015-08-04 (the
# reception is the occasion of the lead's "اليوم"). "نوه ... بالمبادرات التي قدمتها المؤسسة ... في مساندة رجال
# القوات العسكرية المرابطين على الحدود" with the quote "إنكم لبيتم نداء الوطن" is one praise: SUPPORT emir → TVTC
# (GUIDELINES: praise), dated 2015-08-04. The relative clause "المبادرات التي قدمتها المؤسسة ... في مساندة رجال
# القوات العسكرية" has its doer (README batches 10–14): decided AID TVTC → the border troops (initiatives provided to
# them, a material contribution rather than verbal backing), undated. Not coded: "داعياً سموه المولى أن يحفظ" (a
# prayer, README batches 8–9), the emir reviewing the TVTC projects in Najran (part of the same meeting), the TVTC's
# own plan to tender the college project and its expansion (its own work, no counterpart), the citizens'
# "ملحمة وطنية" (generic). Claims: the emir's نوه and مؤكداً (assert) and قال (the quote's praise: assert);
# al-Ghafis's أكد (assert), بيّن (the tender from next week, a pledge of his body's own action: promise, as the
# municipality's "أكدت … استمرار الحملة" of batches 97–100) and أشار (assert). Both sides are Saudi: no state alias.
i = 'snn-2015-08-04-1023'
t = news_text(i)
EMIR = ["Jalawi bin Abdulaziz bin Musaed", "جلوي بن عبدالعزيز بن مساعد", "الأمير جلوي بن عبدالعزيز بن مساعد",
        "أمير منطقة نجران", "سمو أمير منطقة نجران", "Najran emir"]
GHAFIS = ["Ali al-Ghafis", "علي بن ناصر الغفيص", "الغفيص", "الدكتور الغفيص",
          "محافظ المؤسسة العامة للتدريب التقني والمهني"]
TVTC = ["Technical and Vocational Training Corporation", "TVTC", "المؤسسة العامة للتدريب التقني والمهني",
        "المؤسسة"]
TROOPS = ["Saudi border troops", "رجال القوات العسكرية المرابطين على الحدود", "رجال القوات العسكرية",
          "القوات العسكرية"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "CONSULT", "source": GHAFIS + TVTC, "target": EMIR, "date": "2015-08-04"},
    {"code": "SUPPORT", "source": EMIR, "target": TVTC + GHAFIS, "date": "2015-08-04"},
    {"code": "AID", "source": TVTC, "target": TROOPS}], "claims": [
    {"speaker": EMIR, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": EMIR, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": EMIR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": GHAFIS + TVTC, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": GHAFIS + TVTC, "cue": cue(t, "بيّن"), "stance": "promise"},
    {"speaker": GHAFIS + TVTC, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Ain Alyoum: the Passports directorate tells Yemenis that a travel document alone does not make their stay
# lawful. "فترة تصحيح أوضاع اليمنيين التي تم تمديدها بأمر من المقام السامي الكريم" is a passive with its agent in a
# relative clause: the royal order extending the Yemenis' status-correction period eases an administrative
# restriction on them: decided CONCEDE the King (Saudi Arabia) → Yemeni expatriates (as batches 27–28 code a state
# lifting visas for foreigners CONCEDE), undated. Not coded: "اتضح" (the narrator), "يتم توجيههم من قبل مراكز
# التصحيح ... إلى إصدار وثيقة سفر" (an administrative instruction to a generic class of applicants: no event,
# README sessions 16 and 26). Colonel Mohammed al-Saad's "دعا ... جميع الأشقاء اليمنيين ممن تنطبق بحقهم شروط ... إلى
# سرعة الاستفادة" is an administrative call to a generic class of applicants: a claim only, no REQUEST (README
# session 16: calls to applicants are claims only). Claims: al-Saad's دعا (other) and أوضح (assert); "عبر «عين
# اليوم»" is the outlet he spoke through. The trailing tag line ("سمات ...") is no text of its own.
i = 'snn-2015-07-24-0006'
t = news_text(i)
SAAD = ["Mohammed al-Saad", "محمد السعد", "العقيد محمد السعد",
        "مدير الإدارة العامة للعلاقات والإعلام بالمديرية العامة للجوازات", "General Directorate of Passports",
        "المديرية العامة للجوازات", "الجوازات"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONCEDE", "source": ["King Salman", "المقام السامي الكريم", "المقام السامي", "Saudi Arabia",
                                   "السعودية"],
     "target": ["Yemeni expatriates", "اليمنيين", "الوافدين اليمنيين", "بعض الوافدين اليمنيين"]}], "claims": [
    {"speaker": SAAD, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SAAD, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Okaz (Beirut): Lebanon's cabinet meets "اليوم" at a crossroads; the Aounists threaten the street. The session
# itself (تنعقد جلسة مجلس الوزراء) is an internal government deliberation (GUIDELINES): not coded; the lead's "أن
# يأخذ رئيس الحكومة المبادرة ... أن يلجأ العونيون إلى الشارع" are hypotheses. "مصادر سياسية مطلعة أشارت لـ«عكاظ»" and
# "أضافت المصادر" are bare sources (GUIDELINES): no claims. Inside their account, "الضوء الأخضر الذي أعطاه بري" (after
# "كلام رئيس مجلس النواب الأخير يشكل الضوء الأخضر لرئيس الحكومة تمام سلام لتفعيل العمل الحكومي") is a relative
# clause with its doer: decided SUPPORT Berri → Salam (endorsement of his running the cabinet; historical and
# reported clauses with a named doer are coded), undated. "التوافق الشامل عليه ... ما بين الرئيس بري وحزب الله" is
# nominal (not coded) and "عون سيبقى وحيدا في معارضته" a forecast. "القيادي في التيار العوني النائب فريد الخازن لوح
# باللجوء إلى الشارع" is an announced street protest: THREATEN Khazen (the Free Patriotic Movement) → the cabinet and
# its head (README sessions 4 and 21: an announced protest is THREATEN against the government), undated. Claims:
# Khazen's لوح (warn) and قال (the quote adds the condition, "مرهون بما سيحصل في مجلس الوزراء غدا": decided a second
# claim with its own content, warn). The headline's يهدد is outside the text. Both sides are Lebanese: no state alias.
i = 'snn-2015-08-06-2780'
t = news_text(i)
KHAZEN = ["Farid al-Khazen", "فريد الخازن", "الخازن", "Free Patriotic Movement", "التيار العوني"]
SALAM = ["Tammam Salam", "تمام سلام", "رئيس الحكومة", "Lebanese prime minister"]
CABINET = ["Lebanese cabinet", "مجلس الوزراء اللبناني", "مجلس الوزراء", "الحكومة"]
BERRI = ["Nabih Berri", "نبيه بري", "بري", "رئيس مجلس النواب", "Lebanese parliament speaker"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "SUPPORT", "source": BERRI, "target": SALAM},
    {"code": "THREATEN", "source": KHAZEN, "target": CABINET + SALAM}], "claims": [
    {"speaker": KHAZEN, "cue": cue(t, "لوح"), "stance": "warn"},
    {"speaker": KHAZEN, "cue": cue(t, "قال"), "stance": "warn"}]})
# --- Sabq (Taif): residents of al-Khara'iq village complain that the municipality has not collected their refuse
# since the start of Ramadan. The residents of a named village speaking as one group to the paper are identifiable
# (decided, as batch 55's complainants and batches 89–92's residents). "شكا أهالي قرية الخرائق ... من إهمال البلدية"
# with "ووفقاً للأهالي ... لم تأت البلدية للقيام بدورها" and "أكد الأهالي أن الوضع لا يُطاق" is one complaint against
# the municipality: one ACCUSE residents → the municipality (batch 55 codes a group's complaint once), undated (since
# Ramadan, "حتى الآن"). "مطالبين بالعمل على رفعها قبل حلول عيد الفطر" is a demand whose addressee the sentence does not
# name: REQUEST with no target (README sessions 14 and 26), undated. Not coded: "بنوا حفرة" (their own work) and "الاتفاق
# مع البلدية" (a nominalised background agreement, GUIDELINES). Claims, the residents': شكا (accuse), ووفقاً (the
# sentence's only attribution, README batches 8–9: accuse), أكد (the situation unbearable: accuse) and مطالبين
# (other). The residents' list keeps no form holding الطائف (a place of its own).
i = 'snn-2015-07-21-2858'
t = news_text(i)
RESIDENTS = ["residents of al-Khara'iq", "أهالي قرية الخرائق", "الأهالي", "الأهالي بالقرية", "الخرائق"]
MUNICIPALITY = ["al-Khara'iq municipality", "البلدية", "البلدية لديهم التابعة للأمانة", "Taif municipality",
                "الأمانة"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": RESIDENTS, "target": MUNICIPALITY},
    {"code": "REQUEST", "source": RESIDENTS, "target": []}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "شكا"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "وفقاً"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "مطالبين"), "stance": "other"}]})
# --- Ain Alyoum (after al-Yaum): the Housing Ministry halts 650 of 1,800 apartment contracts signed at the Eastern
# Province housing fair, because the beneficiaries have electricity meters and land in their own names. "أوقفت وزارة
# الإسكان تنفيذ 650 عقدا" withholds housing support from those beneficiaries: SANCTION ministry → the beneficiaries
# whose contracts were halted (README session 31: a state halting funded projects and ending contracts SANCTIONs),
# undated ("مؤخراً" dates the signing). "تلقت عديدا من الاعتراضات من قبل مستحقي الدعم السكني الذين تم إيقاف تنفيذ
# عقودهم" is the beneficiaries' formal objection to the decision: decided REJECT beneficiaries → ministry (an appeal
# against a decision is a REJECT, README session 31), undated. Not coded: "تم توقيعها مع شركات التطوير العقاري"
# (passive, no doer), "يجري حالياً النظر فيها" (the ministry's internal review), "لم يتم ... إلغاء أي عقد" (negated)
# and the fair's second phase (the ministry's own programme). Claims, all branch director Shaher al-Suhaili's:
# أبان (assert), مبيناً (assert), قال (no contract cancelled, a rebuttal with no rumour named: deny, as batches 97–100's
# "أكد أنه لن يتم طرد") and أوضح (the second phase opens next Monday: assert); "وفقاً لصحيفة اليوم" is the outlet
# the sentence's own speaker was taken from (a conduit, README batches 8–9): no claim. Al-Suhaili's list keeps no
# form holding المنطقة الشرقية (a place of its own).
i = 'snn-2015-08-03-0024'
t = news_text(i)
MOH = ["Saudi Ministry of Housing", "وزارة الإسكان", "الوزارة"]
SUHAILI = ["Shaher al-Suhaili", "شاهر السهلي", "الدكتور شاهر السهلي", "السهلي"] + MOH
BENEFICIARIES = ["housing-support beneficiaries", "مستحقي الدعم السكني",
                 "مستحقي الدعم السكني الذين تم إيقاف تنفيذ عقودهم"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "SANCTION", "source": MOH, "target": BENEFICIARIES},
    {"code": "REJECT", "source": BENEFICIARIES, "target": MOH}], "claims": [
    {"speaker": SUHAILI, "cue": cue(t, "أبان"), "stance": "assert"},
    {"speaker": SUHAILI, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": SUHAILI, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": SUHAILI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Ain Alyoum: an 89-year-old man in a Norwegian care home is visited by his horse, arranged by his grandson. No
# events: the grandson obtaining the home's permission ("أخذ الموافقة من إدارة الدار") and bringing the horse are
# family and private acts (README session 21: family acts are no events), and a horse is no actor (README
# session 29's shark). "وفقًا لما ذكرت صحيفة لاستمبا الإيطالية" is its sentence's only attribution: a claim of La
# Stampa (README batches 8–9 and session 33's "بحسب كيودو"), assert.
i = 'snn-2015-08-04-0051'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [], "claims": [
    {"speaker": ["La Stampa", "لاستمبا", "صحيفة لاستمبا"], "cue": cue(t, "وفقًا"), "stance": "assert"}]})
# --- SaudiNewsNet: Hadi al-Yami, head of the Arab Human Rights Committee, calls for an investigation of the Houthis'
# crimes in Yemen. "دعا ... كافة الهيئات العربية والأممية، وخاصة المجلس الدولي للتحقيق الفوري في الجرائم" is REQUEST
# Yami → the Arab and UN bodies, undated. "الجرائم التي ارتكبها الحوثيون في اليمن"، "الانتهاكات الممنهجة التي قامت
# بها جماعة الحوثي والقوات الموالية للرئيس السابق ضد المدنيين الأبرياء" and the crimes "المرتكبة من جانب التمرد
# المسلح" (indiscriminate shelling of civilians, extrajudicial executions, shelling of neighbourhoods) are relative
# clauses and a passive with their doers: decided one ASSAULT Houthis and Saleh's forces → Yemeni civilians (one
# campaign told three ways, README session 25), and the siege of other Yemeni cities and the arrests of civilians in
# the same list one COERCE (README session 14: confiscation beside a killing in one statement; session 20: a siege in
# a relative clause), both undated. Yami's charge itself ("جرى استعراض الوضع المأساوي ... جراء الانتهاكات"، "لفت
# ... الى ان عملية تحرير مدينة عدن كشفت عن أنماط الجرائم") is one ACCUSE Yami → Houthis and Saleh's forces, undated.
# "عقب لقائه وزير حقوق الإنسان بالجمهورية اليمنية عزالدين الاصبحي" with "جرى استعراض الوضع" (what the two reviewed)
# is a meeting of two named parties: decided one CONSULT, Yami (named first) as source and al-Asbahi as target
# (GUIDELINES: first-named party), undated. "أكد على أهمية تشكيل فريق عمل لرصد وتوثيق كافة انتهاكات" is a
# recommendation with no addressee: REQUEST with no target (README session 30's "مؤكدا الحاجة الى"), undated. Not
# coded: "عملية تحرير مدينة عدن" (nominalised, no doer). Claims, all Yami's: دعا (other), قال (accuse), لفت (accuse)
# and أكد (other).
i = 'snn-2015-08-02-1167'
t = news_text(i)
YAMI = ["Hadi al-Yami", "هادي بن علي اليامي", "اليامي", "الدكتور هادي بن علي اليامي", "رئيس لجنة حقوق الإنسان العربية",
        "Arab Human Rights Committee", "لجنة حقوق الإنسان العربية"]
ASBAHI = ["Izz al-Din al-Asbahi", "عزالدين الاصبحي", "الاصبحي", "وزير حقوق الإنسان بالجمهورية اليمنية",
          "Yemeni Minister of Human Rights", "Yemen", "الجمهورية اليمنية"]
HOUTHIS = ["Houthis", "الحوثيون", "جماعة الحوثي", "الحوثي", "التمرد المسلح", "forces loyal to Ali Abdullah Saleh",
           "القوات الموالية للرئيس السابق"]
CIVILIANS = ["Yemeni civilians", "المدنيين الأبرياء", "المدنيين", "السكان المدنيين"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": YAMI, "target": ["Arab and UN bodies", "الهيئات العربية والأممية",
                                                   "كافة الهيئات العربية والأممية", "المجلس الدولي",
                                                   "UN Human Rights Council"]},
    {"code": "ASSAULT", "source": HOUTHIS, "target": CIVILIANS},
    {"code": "COERCE", "source": HOUTHIS, "target": CIVILIANS + ["المدن اليمنية الأخرى", "Yemeni cities"]},
    {"code": "ACCUSE", "source": YAMI, "target": HOUTHIS},
    {"code": "CONSULT", "source": YAMI, "target": ASBAHI},
    {"code": "REQUEST", "source": YAMI, "target": []}], "claims": [
    {"speaker": YAMI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": YAMI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": YAMI, "cue": cue(t, "لفت"), "stance": "accuse"},
    {"speaker": YAMI, "cue": cue(t, "أكد"), "stance": "other"}]})
# --- SaudiNewsNet: Saudi and Egyptian tweeters welcome Prince Mohammed bin Salman after he attended a military
# graduation in Egypt. Every tweeter here is a bare group or indefinite ("رواد تويتر"، "سعوديون"، "المصريون"، "مواطن
# مصري مقيم بالسعودية"، "عدد كبير من المشاركين في الهاشتاق"): no claims (batches 59 and 104; README session 28:
# indefinite tweeters make no claim), but their acts are coded (batch 59). The hashtag and the welcome messages
# (للترحيب، رسائل ترحيب) are welcomes: no events (batch 22's welcome; batch 46's hashtags). "غرد سعوديون قائلين: جنرال
# ومهندس عاصفة الحزم ..." and "اعتبر عدد كبير من المشاركين ... أن حضور الأمير محمد بن سلمان ... هو ضربة معلم" praise
# the prince: decided one SUPPORT tweeters → Mohammed bin Salman (one praise by overlapping groups), undated. "شكرًا
# شعب مصر.. شكرًا للقيادة المصرية" is thanks with a reason (your welcome of our leader): SUPPORT Saudi tweeters → Egypt
# (README session 31: thanks with a reason a SUPPORT), undated. Not coded: his attendance "بعد حضوره أمس حفل تخريج"
# (a noun after بعد, background: README sessions 27 and 30), the indefinite Egyptian's tweet about "بعض الجماعات" and
# the vague "المغرضين" (no named target, folded into the praise). The lists keep no form holding تويتر (an entity of
# its own, batch 59).
i = 'snn-2015-07-31-0870'
t = news_text(i)
SAUDIS = ["Saudi tweeters", "سعوديون"]
MBS = ["Mohammed bin Salman", "محمد بن سلمان", "الأمير محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز آل سعود",
       "ولي ولي العهد"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "SUPPORT", "source": SAUDIS + ["tweeters", "المشاركين في الهاشتاق",
                                            "عدد كبير من المشاركين في الهاشتاق"], "target": MBS},
    {"code": "SUPPORT", "source": SAUDIS, "target": ["Egypt", "مصر", "شعب مصر", "القيادة المصرية",
                                                     "Egyptian people and leadership"]}], "claims": []})
# --- Reuters via SaudiNewsNet (New Delhi): two express trains derailed on a flooded bridge in central India, killing
# at least 20 and injuring 100. The derailment and the monsoon deaths have no actor: no events. The rescue, "غواصين
# مُجهّزين بمعدات لقطع المعادن انتشلوا مئات من الركاب"، "سارعت سيارات إسعاف إلى نقل عشرات منهم" and the railways
# spokesman's "نحن نحاول إنقاذ الركاب ... نقوم بتفتيش جميع العربات", is one rescue operation: decided one AID
# (README session 31: rescuers pulling a surfer out an AID) with the divers, the ambulances and the ministry in the
# source and the passengers as target, undated. Claims: "قالت الحكومة الهندية يوم الأربعاء" (assert), spokesman Anil
# Saxena's قال (the 3rd, assert), the Railways Ministry's قالت (the 2nd) and أضافت (assert). "قال مسؤولون" (the 2nd
# قال) are officials tied to no institution (bare): no claim. The Indian government, ministry and spokesman list
# their state.
i = 'snn-2015-08-06-3117'
t = news_text(i)
RAILWAYS = ["Indian Ministry of Railways", "وزارة السكك الحديدية", "الوزارة", "India", "الهند"]
SAXENA = ["Anil Saxena", "أنيل ساكسين", "ساكسين", "المتحدث باسم الوزارة"] + RAILWAYS
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "AID", "source": ["divers", "غواصين", "غواصين مُجهّزين بمعدات لقطع المعادن", "ambulances", "سيارات إسعاف"]
     + SAXENA, "target": ["passengers", "الركاب", "مئات من الركاب", "ركاب محصورين"]}], "claims": [
    {"speaker": ["Indian government", "الحكومة الهندية", "India", "الهند"], "cue": cue(t, "قالت"),
     "stance": "assert"},
    {"speaker": SAXENA, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": RAILWAYS, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": RAILWAYS, "cue": cue(t, "أضافت"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch142.gold.jsonl', recs)
