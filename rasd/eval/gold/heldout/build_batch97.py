"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 97 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum: Barcelona coach Luis Enrique says Messi and Neymar are ready for the friendly against Roma. A
# friendly match and a coach's plan to field his own players are sport, no PLOVER events (nothing done to another
# party). Claims: كشف and قال (assert). The byline (عين اليوم) is the narrator. His list leaves out "المدير الفني
# لنادي برشلونة", which holds برشلونة (named on its own).
i = 'snn-2015-08-06-0048'
t = news_text(i)
ENRIQUE = ["Luis Enrique", "لويس إنريكي", "لويس أنريكي", "أنريكي", "إنريكي", "Barcelona coach"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": ENRIQUE, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": ENRIQUE, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Asharq Al-Awsat: CHP MP Mahmut Tanal demands that the 2013 corruption file be reopened and files a complaint
# against Erdogan, four of his ministers and Reza Zarrab. The lead's "طالب ... بإعادة فتح ملف تحقيقات الفساد" names no
# addressee: REQUEST with no target (README: a call with no addressee), "أكد تانال ضرورة إعادة فتح التحقيقات"
# re-telling it. "تقدم تانال ببلاغ للنيابة العامة لفتح تحقيق مع ... إردوغان، وأربعة من وزرائه ... ورجل الأعمال رضا
# ضراب" is a formal complaint against named people: ACCUSE (CAMEO 115, as the README codes lawsuits and complaints,
# and batch 30 petitions to a court as ACCUSE of the body, not REQUEST of the court), the memo with Karahan's
# confession (قدَّم ... في مذكرة الادعاء) folded in. Karahan's interview with Hürriyet ("قال ... إن رضا ضراب قام
# بتهريب ... وكان يقوم بمنح بعض الساسة والمسؤولين الأتراك 4 في المائة ... مسميًا" three ex-ministers, with أوضح and
# قائلاً going on) implicates Zarrab and the ministers: one ACCUSE (decided: a confessor naming those he served and
# paid is an accusation, as batch 81–84's suspect naming his accomplices). All undated (no day given). Not coded: the
# smuggling and bribery themselves (crimes, like fraud and theft in batches 73–76), the 2013 investigations (passive
# "تم الكشف عنها"), "المتهمين بالفساد" (a passive participle), the customs officials' negated "دون أي اعتراضات أو
# تدخل". Claims: Tanal's طالب (other), معتبرًا (new evidence against the accused: accuse), أكد (ضرورة: other),
# مشددًا (accuse); "مشيرًا إلى قوله إن «...»" is the "نقل X عن Y قوله" pattern, so Karahan's claim with cue قوله
# (accuse) and none for Tanal there (decided); Karahan's قال، مسميًا (the names, distinct content), أوضح and قائلاً
# (accuse). Hürriyet is the addressee. Tanal, an opposition MP accusing the head of state, lists his party but not
# Turkey (it is in Erdogan's list); Karahan's list leaves out "مساعد ضراب" (it holds Zarrab's name).
i = 'snn-2015-07-26-0164'
t = news_text(i)
TANAL = ["Mahmut Tanal", "محمود تانال", "تانال", "Republican People's Party", "CHP", "حزب الشعب الجمهوري"]
KARAHAN = ["Adem Karahan", "آدم كاراهان", "كاراهان"]
ZARRAB = ["Reza Zarrab", "رضا ضراب", "ضراب"]
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب إردوغان", "إردوغان", "Turkey", "تركيا", "four of his ministers",
           "أربعة من وزرائه"]
EX_MINISTERS = ["Egemen Bagis", "أغمان باش", "Zafer Caglayan", "ظفر تشاغلايان", "Muammer Guler", "معمر جولار",
                "Turkish politicians and officials", "بعض الساسة والمسؤولين الأتراك", "الساسة والمسؤولين"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": TANAL, "target": []},
    {"code": "ACCUSE", "source": TANAL, "target": ERDOGAN + ZARRAB},
    {"code": "ACCUSE", "source": KARAHAN, "target": ZARRAB + EX_MINISTERS}], "claims": [
    {"speaker": TANAL, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": TANAL, "cue": cue(t, "معتبرًا"), "stance": "accuse"},
    {"speaker": TANAL, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": TANAL, "cue": cue(t, "مشددًا"), "stance": "accuse"},
    {"speaker": KARAHAN, "cue": cue(t, "قوله"), "stance": "accuse"},
    {"speaker": KARAHAN, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": KARAHAN, "cue": cue(t, "مسميًا"), "stance": "accuse"},
    {"speaker": KARAHAN, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": KARAHAN, "cue": cue(t, "قائلاً"), "stance": "accuse"}]})
# --- Al-Watan: the Arab coalition command calls on Yemenis living in the areas bordering Saudi Arabia to leave them.
# "دعت قيادة قوات التحالف العربي ... المواطنين اليمنيين القاطنين في المناطق الحدودية ... إلى إخلائها" is REQUEST to
# the residents; the leaflets dropped "طوال يومي أمس وأول من أمس" carrying "المطالبة بمغادرة المنطقة" are its vehicle,
# folded in, undated (spread over two days, as a visit over two days stays undated). The leaflets that "أوضحت لهم
# السبب الذي يدعوها لقصف تلك المناطق ... ومنحتهم مهلة زمنية" announce coming strikes: THREATEN (CAMEO 138), the
# rebels the strikes aim at and the residents warned in one target list (as an ultimatum names the government and the
# hostage), undated (decided; batch 32 codes a pledge its leaflets carry). "المتمردين الذين يستغلون المنطقة لقصف بعض
# القرى الحدودية السعودية" is a relative clause with its doer and "دأب المتمردون على اتخاذ تلك القرى منطلقا للاعتداء
# على المدنيين ... في بعض القرى السعودية" re-tells the same shelling: one ongoing ASSAULT Houthis → Saudi Arabia,
# undated. Not coded: the coalition's purposes (لردع المتمردين ودعم الشرعية, nouns), "تقوده المملكة" (leadership of
# one's own coalition), the narrator's "يؤكد عزم القوات المسلحة السعودية" and a hypothetical "رد التحالف". Claims: دعت
# (other) and the leaflets' أوضحت (the coalition's, warn); "تتضمن المطالبة" re-tells the call as a noun and "يوضح
# الإجراء الأخير ... حرص المملكة" is the narrator: no claims. The coalition lists Saudi Arabia, its leader, to which
# the text credits the measure (حرص المملكة).
i = 'snn-2015-08-06-1973'
t = news_text(i)
COALITION = ["Saudi-led coalition", "Arab coalition", "قيادة قوات التحالف العربي", "قوات التحالف العربي",
             "التحالف العربي", "قيادة التحالف", "طائرات التحالف", "التحالف", "Saudi Arabia", "السعودية", "المملكة"]
RESIDENTS = ["Yemeni residents of the border areas", "المواطنين اليمنيين القاطنين في المناطق الحدودية",
             "المواطنين اليمنيين", "سكان تلك المناطق الحدودية", "سكان القرى الحدودية", "المواطنين", "المدنيين اليمنيين"]
HOUTHIS = ["Houthis", "Houthi rebels", "المتمردين الحوثيين", "الحوثيين", "المتمردين", "المتمردون"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": COALITION, "target": RESIDENTS},
    {"code": "THREATEN", "source": COALITION, "target": HOUTHIS + RESIDENTS},
    {"code": "ASSAULT", "source": HOUTHIS,
     "target": ["Saudi border villages", "القرى الحدودية السعودية", "القرى السعودية", "المدنيين الآمنين",
                "Saudi Arabia"]}], "claims": [
    {"speaker": COALITION, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": COALITION, "cue": cue(t, "أوضحت"), "stance": "warn"}]})
# --- Asharq Al-Awsat: Paris prosecutor François Molins announces (اليوم الجمعة; the text's weekday wins over the
# corpus date, README: Friday 2015-07-17) that one of three suspects held over a plot against a military base got
# instructions from an ISIS extremist. "تلقى توجيهات من متطرف في تنظيم داعش" / "تلقى هذه التوجيهات بـ«الضرب» داخل
# فرنسا" names the sender: REQUEST ISIS extremist → the youngest suspect (decided: an order to attack, as a leader's
# call to his fighters is REQUEST), undated. "بعدما رصدته اجهزة الاستخبارات الفرنسية" is a clause with its doer:
# intelligence watching a suspect is an investigation, ACCUSE (as batch 57–60's suspicion of investigators), undated.
# "النيابة العامة في باريس فتحت تحقيقا قضائيا" is the prosecution's investigation of the three: ACCUSE, with "طلبت
# النيابة توقيف الشبان الثلاثة" folded in as the same handling of the case (decided, as batch 73–76 folds police
# steps into one ACCUSE), undated (the opening has no day). Not coded: the arrests (الموقوفين, a participle with no
# doer), the expected charging by a judge (يتوقع, passive), the suspected plot (يشتبه, planned, never carried out:
# no ASSAULT, as a bomb found before use). Claims: Molins's أعلن and قال (what the suspect did: accuse) and أكد (the
# investigation opened: assert). "وبذلك تؤكد النيابة العامة معلومات" is the narrator's inference re-telling the same
# speaker's content, and "مصدر مطلع على الملف" a bare source: no claims. Lists leave out forms holding باريس or
# سوريا (named on their own); the three's list holds no bare "الموقوفين", which the youngest's "اصغر الموقوفين" holds.
i = 'snn-2015-07-21-0094'
t = news_text(i)
MOLINS = ["François Molins", "فرانسوا مولان", "مولان", "Paris prosecutor", "النيابة العامة", "النيابة",
          "France", "فرنسا"]
YOUNGEST = ["youngest suspect", "اصغر الموقوفين", "واحدا من المشتبه بهم", "الموقوف"]
SUSPECTS = ["three suspects", "المشتبه بهم الثلاثة", "الموقوفين الثلاثة", "الشبان الثلاثة"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REQUEST", "source": ["ISIS extremist", "متطرف في تنظيم داعش", "متطرف", "ISIS", "داعش", "تنظيم داعش"],
     "target": YOUNGEST},
    {"code": "ACCUSE", "source": ["French intelligence services", "اجهزة الاستخبارات الفرنسية", "اجهزة الاستخبارات",
                                  "France", "فرنسا"], "target": YOUNGEST},
    {"code": "ACCUSE", "source": MOLINS, "target": SUSPECTS}], "claims": [
    {"speaker": MOLINS, "cue": cue(t, "أعلن"), "stance": "accuse"},
    {"speaker": MOLINS, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": MOLINS, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Al-Watan: Saudi women trained to run municipal election campaigns; the election executive committee on security
# in polling centres. "حملة بلدي بالشراكة مع مؤسسة الوليد بن طلال والمعهد العربي لإنماء المدن نفذت العام الماضي
# برنامجا" (in Falata's statement, its doer named) is a project run with named partners: COOPERATE (batches 49–52's
# بالتنسيق مع), the two partners one target list, undated (last year). Not coded: the committee assigning security to
# the centres' supervisors and rewards to its own staff (internal administration; no counterpart), women organising
# for the elections (no target), the training under a Lebanese trainer. Claims: the committee's أرجعت and مؤكدة (the
# lead; both assert, the first ascribing responsibility, decided a reporting verb), al-Qahtani's أكد (assert) and
# أضاف (rewards to come: promise); Falata's قالت، أضافت، موضحة، قالت، أشارت (assert). Al-Watan is the addressee.
# Al-Qahtani heads the committee, so one list for both; as a state official he lists Saudi Arabia.
i = 'snn-2015-07-25-1016'
t = news_text(i)
COMMITTEE = ["Executive Committee for Elections", "اللجنة التنفيذية للانتخابات", "Jadee al-Qahtani", "جديع القحطاني",
             "القحطاني", "Municipal Councils Department", "إدارة المجالس البلدية", "Saudi Arabia", "السعودية"]
BALADI = ["Baladi initiative", "مبادرة بلدي", "حملة بلدي", "بلدي"]
FALATA = ["Iman Falata", "إيمان فلاتة", "فلاتة"] + BALADI
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "COOPERATE", "source": BALADI,
     "target": ["Alwaleed bin Talal Foundation", "مؤسسة الوليد بن طلال", "Arab Urban Development Institute",
                "المعهد العربي لإنماء المدن"]}], "claims": [
    {"speaker": COMMITTEE, "cue": cue(t, "أرجعت"), "stance": "assert"},
    {"speaker": COMMITTEE, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": COMMITTEE, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": COMMITTEE, "cue": cue(t, "أضاف"), "stance": "promise"},
    {"speaker": FALATA, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": FALATA, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": FALATA, "cue": cue(t, "موضحة"), "stance": "assert"},
    {"speaker": FALATA, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": FALATA, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Jawhara FM (after Hespress): Moroccan MP Abdellatif Merdas shot dead this morning (2017-03-08) in Casablanca.
# The killing (تعرض ... للاغتيال بالرصاص) has its doer in "أطلقت منها النيران قبل أن يلوذ المنفذ أو المنفذون بالفرار":
# ASSAULT by the perpetrator(s) → Merdas (README: unknown gunmen and "its perpetrator" are explicit doers), dated by
# صباح اليوم. The police cordon on the crime scene and their summoning of witnesses and the family "بنية استيفاء
# التحقيق القضائي الجنائي وحل القضية" are one handling of the killing: ACCUSE police → the perpetrator(s) (batch 73–76:
# police handling a killing is one ACCUSE of the culprit; the cordon folded in, as police going to the spot are),
# dated by the same day (decided: the cordon on the scene is that morning's). Not coded: the car hitting a wall. No
# claims: "بحسب وسائل إعلام مغربية", "قال شهود عاينوا الحادث" and "وفق شهود" are bare sources (README: witnesses are a
# bare group), "(هسبريس)" a credit line. Merdas's list leaves out his party (no actor here).
i = 'ant-JA-internationalNews-447-20170308'
t = news_text(i)
GUNMEN = ["unknown gunmen", "perpetrator", "المنفذ", "المنفذون", "المنفذ أو المنفذون"]
recs.append({"id": i, "text": t, "published": "2017-03-08", "events": [
    {"code": "ASSAULT", "source": GUNMEN,
     "target": ["Abdellatif Merdas", "عبد اللطيف مرداس", "مرداس", "الضحية", "Moroccan MP"], "date": "2017-03-08"},
    {"code": "ACCUSE", "source": ["Moroccan police", "رجال الشرطة", "الشرطة", "عناصر الشرطة العلمية", "Morocco",
                                  "المغرب"], "target": GUNMEN, "date": "2017-03-08"}], "claims": []})
# --- Jawhara FM: Interior Minister Hedi Majdoub on the arrest campaign ("انتهى وقت الحديث") and, today (Thursday,
# the text's "25 ماي 2016" a slip for 2017: the weekday and اليوم agree with the corpus date), at a security-school
# graduation. Not coded: the arrest campaign (a noun whose relative clauses "انطلقت ... وطالت" have the campaign, not a
# doer, as subject), the minister presiding over his own ministry's graduation (internal, batch 31), the border
# security efforts (a noun, no doer). Claims: قال (the time for talk on corruption is over: warn), أكّد، مضيفا، and
# "أكد مجدوب" (assert). Jawhara FM's correspondent is the addressee.
i = 'ant-JA-localNews-4128-20170525'
t = news_text(i)
MAJDOUB = ["Hedi Majdoub", "الهادي مجدوب", "مجدوب", "وزير الداخلية", "الوزير", "Ministry of Interior", "الوزارة",
           "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-05-25", "events": [], "claims": [
    {"speaker": MAJDOUB, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": MAJDOUB, "cue": cue(t, "أكّد"), "stance": "assert"},
    {"speaker": MAJDOUB, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": MAJDOUB, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Jawhara FM: the professional football league's bureau met today (Thursday 2016-11-10) and sanctioned two Etoile
# du Sahel players, a CS Sfaxien official, Union Siliana and Olympique Medenine. "تقرر إثر الإجتماع تسليط عقوبة
# الإيقاف ... إضافة إلى خطية مالية ... ومعاقبة ..." is passive, but its decider is the meeting of the bureau named in
# the sentence before (decided, as a detention clause goes on with the service before it): disciplinary bans and
# fines by a named body are one COERCE (batch 8–9: administrative sanction, CAMEO 172, sport or not; one decision,
# every sanctioned party in one target list), dated. Not coded: the bureau's own meeting (internal) and the passive
# summons before the disciplinary committee (تمّت دعوة, no doer). The clubs of the two players and the official are
# not sanctioned, so no list holds them. No claims ("يشار" is the narrator).
i = 'ant-JA-sport-692-20161110'
t = news_text(i)
LEAGUE = ["National Professional Football League", "LNFP", "مكتب الرّابطة الوطنيّة  لكرة القدم المحترفة",
          "مكتب الرابطة الوطنية لكرة القدم المحترفة", "الرابطة الوطنية لكرة القدم المحترفة", "مكتب الرابطة", "الرابطة"]
recs.append({"id": i, "text": t, "published": "2016-11-10", "events": [
    {"code": "COERCE", "source": LEAGUE,
     "target": ["Ammar Jemal", "عمار الجمل", "Alaya Brigui", "علية البريقي", "Houssem Boussarsar", "حسام بوصرصار",
                "Union Sportive de Siliana", "إتحاد سليانة", "Olympique de Medenine", "أولمبيك مدين"],
     "date": "2016-11-10"}], "claims": []})
# --- Jawhara FM: the UGTT's Sidi Bouzid regional union, in a statement issued today (Tuesday 2015-01-13), demands that
# the revolution's date be corrected to 17 December. Its two demands have two addressees: "طالب ... الرباعي الراعي
# للحوار بالوقوف الى جانب ولاية سيدي بوزيد وتصحيح تاريخ الثورة" REQUEST to the Quartet, and "طالب مجلس النواب ورئيس
# الجمهورية والحكومة الجديدة بضرورة تصحيح تاريخ الثورة" REQUEST to the three (one list), both dated by the statement
# (batch 85–88: a statement's calls are one REQUEST each). Not coded: the union having "احتضن الثورة وأطرها" (support of
# no party), "هروب الرئيس المخلوع" (a noun), the people's will prevailing (figurative). Claims: طالب، أكد (its nested
# "يشدد على أن" is the same content in the same sentence: no second claim), طالب، أكد. The union's full name holds
# سيدي بوزيد (named on its own), so its list leaves it out; the Quartet's list holds no UGTT form (the union is one
# of its members but acts alone here).
i = 'ant-JA-localNews-2724-20150113'
t = news_text(i)
UNION = ["UGTT Sidi Bouzid regional union", "الاتحاد الجهوي للشغل", "الاتحاد", "UGTT"]
recs.append({"id": i, "text": t, "published": "2015-01-13", "events": [
    {"code": "REQUEST", "source": UNION, "target": ["National Dialogue Quartet", "الرباعي الراعي للحوار", "الرباعي"],
     "date": "2015-01-13"},
    {"code": "REQUEST", "source": UNION,
     "target": ["Assembly of the Representatives of the People", "مجلس النواب", "President of the Republic",
                "رئيس الجمهورية", "new government", "الحكومة الجديدة", "Tunisia", "تونس"],
     "date": "2015-01-13"}], "claims": [
    {"speaker": UNION, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": UNION, "cue": cue(t, "طالب", 2), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Jawhara FM: Republican Party secretary-general Issam Chebbi, guest of Politica today (Thursday 2017-02-16), calls
# the PM's circular barring civil servants from speaking to the press a grave error. "يعد خطأ فادحا" with أوضح's "لكن
# حكومة يوسف الشاهد أمضته وشددت على تطبيقه بدل الغائه" criticise the PM's government: one ACCUSE; "يجب على رئيس الحكومة
# تلافيه والتراجع عنه" and "شدد الشابي دعوته لرئيس الحكومة بعدم تبني هذا المنشور والتراجع الفوري عنه" are one call:
# REQUEST to the PM (as batch 52 codes Echaab's call and criticism apart); both dated by the broadcast. Not coded: the
# PM signing a circular for his own civil servants (an internal directive, as a minister instructing his governors)
# and its history under Mehdi Jomaa and later governments (internal, past). Claims: أكد (accuse), أوضح (accuse), شدد
# (the call: other); "وفق قوله" repeats its sentence's speaker. Politica is Jawhara FM's own show.
i = 'ant-JA-localNews-1358-20170216'
t = news_text(i)
CHEBBI = ["Issam Chebbi", "عصام الشابي", "الشابي", "Republican Party", "الحزب الجمهوري"]
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "رئيس الحكومة", "حكومة يوسف الشاهد", "Tunisian government", "الحكومة",
          "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-16", "events": [
    {"code": "ACCUSE", "source": CHEBBI, "target": CHAHED, "date": "2017-02-16"},
    {"code": "REQUEST", "source": CHEBBI, "target": CHAHED, "date": "2017-02-16"}], "claims": [
    {"speaker": CHEBBI, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": CHEBBI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": CHEBBI, "cue": cue(t, "شدد", 2), "stance": "other"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch97.gold.jsonl', recs)
