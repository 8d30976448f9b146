"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 66 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Maradona faces his ex-wife Claudia Villafane in a Buenos Aires court yesterday (Tuesday
# 2015-07-21) over his charge that she embezzled his money. "واجه ... زوجته السابقة داخل قاعة إحدى المحاكم ... بسبب
# اتهام ... لزوجته السابقة باختلاس بعض أمواله" is the lawsuit pressed in court: ACCUSE Maradona → Villafane (CAMEO 115,
# as batches 28 and 44 code a lawsuit), dated by the hearing; the later "ليتهم زوجته السابقة باختلاس هذا المبلغ"
# re-tells the same charge (decided: one instance, the one the text dates). His lawyer's "لقد طالبنا باستعادة
# النقود", said on leaving the court, is a demand with its doer (we = Maradona's side): REQUEST of the ex-wife (as
# batch 44 codes a petition beside the charges), dated by the hearing. Not coded: the next hearing on 6 August
# (existential "هناك جلسة"), the lawyer's "سنحيل جميع الأمور الخلافية ... أمام القاضي" (procedure before an unnamed
# judge in the pending case; decided, as README leaves trial procedure uncoded), the embezzlement itself (a noun
# inside the charge) and Villafane's management of his money (no act on a party). Claims: Morla's قال (the demand:
# other), كشف، أضاف، تابع (assert); Maradona's قال (assert). "طبقا لما أفادت به بعض وسائل الإعلام" is a bare source
# (GUIDELINES): no claim. Morla's list leaves out "المستشار القانوني لمارادونا" and "محامي النجم الأرجنتيني" (they
# hold Maradona's name or his alias).
i = 'snn-2015-07-22-0284'
t = news_text(i)
MARADONA = ["Diego Maradona", "دييجو أرماندو مارادونا", "دييجو مارادونا", "مارادونا", "النجم الأرجنتيني السابق",
            "النجم الأرجنتيني"]
MORLA = ["Matias Morla", "ماتياس مورلا", "مورلا"]
VILLAFANE = ["Claudia Villafane", "كلاوديا فيافاني", "فيافاني", "زوجته السابقة", "ex-wife"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": MARADONA, "target": VILLAFANE, "date": "2015-07-21"},
    {"code": "REQUEST", "source": MORLA + MARADONA, "target": VILLAFANE, "date": "2015-07-21"}], "claims": [
    {"speaker": MORLA, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": MORLA, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": MORLA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MORLA, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": MARADONA, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet: the Security Council yesterday (2015-07-20) unanimously adopted a resolution endorsing the nuclear
# agreement between Iran and the major powers. "تبنى مجلس الأمن الدولي ... قرارًا ... يصادق على الاتفاق" is an
# endorsement with its doer: SUPPORT (GUIDELINES: endorsement → SUPPORT), the agreement's parties (Iran and the major
# powers) one target list, dated by أمس; "صوت مندوبو الدول الـ15 ... برفع الأيدي" is the same vote (one instance).
# Not coded: the agreement's conclusion (المبرم, nominal background, as GUIDELINES' "توقيع الاتفاق النووي"), the
# resolution as subject of يمهد/يطلق (a document, no actor, as batch 33's "القرار أدان"), and the phasing-out of the
# sanctions resolutions (passive future سيتم وقف، a noun in رفع العقوبات). Claims: van Bohemen's قال (assert); "بحسب
# نص القرار" is its sentence's only attribution: the council's claim (decided: a resolution's text speaks for the
# body that adopted it, as a study's forecast is its author's), stance promise (sanctions lifted on condition: a
# conditional offer). Van Bohemen keeps no form holding مجلس الأمن (a speaker of its own).
i = 'snn-2015-07-21-1202'
t = news_text(i)
UNSC = ["UN Security Council", "مجلس الأمن الدولي", "مجلس الأمن", "المجلس", "United Nations", "الأمم المتحدة",
        "مندوبو الدول الـ15"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "SUPPORT", "source": UNSC,
     "target": ["Iran", "إيران", "major powers", "القوى الكبرى", "P5+1"], "date": "2015-07-20"}], "claims": [
    {"speaker": ["Gerard van Bohemen", "جيرارد فان بوهيمن", "فان بوهيمن", "بوهيمن", "سفير نيوزيلندا",
                 "New Zealand", "نيوزيلندا"], "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": UNSC, "cue": cue(t, "بحسب"), "stance": "promise"}]})
# --- SaudiNewsNet: the Rijal Alma social development committee visits the hospital's inpatients for Eid, in the
# presence of the hospital director, with gifts and flowers. "زارت لجنة التنمية الاجتماعية الأهلية ... وبحضور مدير
# مستشفى رجال ألمع العام ... المرضى المنومين" is one visit: CONSULT, the committee the source and the patients with
# the hospital's director one target list (as batch 56 codes the Dawadmi committee's tour), undated (no day in the
# text); "هنأوهم بحلول عيد الفطر" is a greeting and "قدّموا لهم الهدايا والورود" a courtesy of the visit, not AID
# (batches 13 and 56). "قدم الزيداني الشكر لمدير المستشفى ولكافة الأطقم الإدارية والطبية" is thanks with its doer:
# SUPPORT of the director and staff (batch 56's thanks), undated; "التي ساهمت في تسهيل مهمتهم" is help to the
# visit itself, no event of its own (decided). The volunteer project and the students' part in it are the
# committee's own work. Claims: al-Zaydani's أوضح، مشيراً، مبيّناً، لافتاً (assert) and the thanks "قدم ... الشكر"
# (assert, as batch 56 takes أعربوا عن شكرهم). No alias holds رجال ألمع (named on its own) and the committee keeps no
# form holding المرضى.
i = 'snn-2015-07-24-1142'
t = news_text(i)
COMMITTEE = ["Social Development Committee", "لجنة التنمية الاجتماعية الأهلية", "لجنة التنمية الاجتماعية",
             "اللجنة"]
ZAYDANI = ["Hussein al-Zaydani", "حسين الزيداني", "الزيداني", "مساعد مدير اللجنة"] + COMMITTEE
DIRECTOR = ["Yahya Al Amer", "يحيى آل عامر", "آل عامر", "hospital director", "مدير المستشفى"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": COMMITTEE, "target": ["inpatients", "المرضى المنومين", "المرضى", "المنومين"]
     + DIRECTOR},
    {"code": "SUPPORT", "source": ZAYDANI,
     "target": DIRECTOR + ["hospital staff", "الأطقم الإدارية والطبية", "كافة الأطقم الإدارية والطبية"]}], "claims": [
    {"speaker": ZAYDANI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ZAYDANI, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": ZAYDANI, "cue": cue(t, "مبيّناً"), "stance": "assert"},
    {"speaker": ZAYDANI, "cue": cue(t, "لافتاً"), "stance": "assert"},
    {"speaker": ZAYDANI, "cue": cue(t, "قدم"), "stance": "assert"}]})
# --- SaudiNewsNet: the new Taliban leader Akhtar Mansour, in his first audio message, pledges to follow Mullah Omar's
# course and calls the fighters to unity; three Quetta Shura leaders call his election illegitimate. "دعا الملا منصور
# ... مقاتلي جماعة طالبان إلى الطاعة ووحدة الصف ونبذ الخلافات ورد الشائعات" is a call with its addressee: REQUEST
# Mansour → the Taliban fighters, undated (the recording has no day); his "يجب الرجوع إلى المراجع الأصلية" advises
# the same fighters in the same message (folded in). His pledge "تعهد ... بالمضي قدمًا على نهج سلفه" acts on no
# other party: no event, but a claim. The three leaders' "معتبرين انتخاب الملا منصور مخالفا للشرع والقانون" is
# criticism of Mansour's election: ACCUSE three leaders → Mansour (not REJECT: no denial), undated. Not coded: the
# announced death of Mullah Omar (a noun), and "القيادة الطالبانية ستدعو قريبًا إلى اجتماع موسع ... للنظر في تعيين
# أمير جديد" (the movement's own internal meeting, as batch 51 leaves a party council's session). Claims: Mansour's
# تعهد (promise), دعا (other), مشيرًا (other: a recommendation); the leaders' تحدثوا (assert) and معتبرين (accuse;
# same sentence, distinct content), a speaker tied to a named group. No alias holds كويتا (named on its own as a
# city), so "شورى كويتا" is left out; Mansour keeps no form holding طالبان (the fighters' list holds it).
i = 'snn-2015-08-02-0115'
t = news_text(i)
MANSOUR = ["Akhtar Mansour", "الملا أختر منصور", "أختر منصور", "الملا منصور", "منصور", "الزعيم الجديد للحركة"]
LEADERS = ["three senior Taliban leaders", "ثلاثة من أبرز قيادات طالبان", "قيادات طالبان", "Quetta Shura members"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": MANSOUR,
     "target": ["Taliban fighters", "مقاتلي جماعة طالبان", "مقاتلي طالبان", "Taliban", "طالبان", "حركة طالبان"]},
    {"code": "ACCUSE", "source": LEADERS, "target": MANSOUR}], "claims": [
    {"speaker": MANSOUR, "cue": cue(t, "تعهد"), "stance": "promise"},
    {"speaker": MANSOUR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MANSOUR, "cue": cue(t, "مشيرًا"), "stance": "other"},
    {"speaker": LEADERS, "cue": cue(t, "تحدثوا"), "stance": "assert"},
    {"speaker": LEADERS, "cue": cue(t, "معتبرين"), "stance": "accuse"}]})
# --- SaudiNewsNet: the Egyptian military spokesman reports the killing of Ansar Beit al-Maqdis leader Salim Suleiman
# al-Haram in a raid in Sheikh Zuweid. "عناصر القوات الخاصة التي قامت بمحاصرة منزل الإرهابي المذكور وطالبته بتسليم
# نفسه" is a relative clause with its doer: the demand to surrender is REQUEST forces → al-Haram; the siege folds into
# the raid. "بادر بإطلاق النيران على القوات وحاول تفجير نفسه بواسطة حزام ناسف" is his ASSAULT on the forces (one
# clause, one attack); "القوات تعاملت معه بالنيران مما أسفر عن مقتله" the forces' ASSAULT on him (the raid, siege
# and fire as one operation, as GUIDELINES code the Abu Sayyaf raid; the force returning fire is a second ASSAULT,
# README). "تم دفع قوة مداهمة" is passive; finding the weapons (عثرت على) acts on no party. All undated: "لم يكشف
# المتحدث عن وقت وقوع الاشتباك". Claims: the spokesman's صرح، أضاف، تابع (assert); the negated "لم يكشف" is none.
i = 'snn-2015-08-01-0735'
t = news_text(i)
SPOKESMAN = ["Egyptian military spokesman", "المتحدث العسكري المصري", "المتحدث العسكري", "المتحدث",
             "Egyptian army", "الجيش المصري", "Egypt", "مصر"]
FORCES = ["Egyptian special forces", "عناصر القوات الخاصة", "القوات الخاصة", "قوة مداهمة", "القوات",
          "Egyptian army", "الجيش المصري", "Egypt", "مصر"]
HARAM = ["Salim Suleiman al-Haram", "سليم سليمان الهرم", "الهرم", "الإرهابي المذكور", "Ansar Beit al-Maqdis",
         "أنصار بيت المقدس", "تنظيم أنصار بيت المقدس"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REQUEST", "source": FORCES, "target": HARAM},
    {"code": "ASSAULT", "source": HARAM, "target": FORCES},
    {"code": "ASSAULT", "source": FORCES, "target": HARAM}], "claims": [
    {"speaker": SPOKESMAN, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "تابع"), "stance": "assert"}]})
# --- Jawhara FM: President Caid Essebsi receives PSG president Nasser Al-Khelaifi at Carthage Palace on Wednesday
# morning (2017-01-04, the publication day), with the tourism minister present. The reception is CONSULT, the visitor
# as source and the host as target (GUIDELINES), dated; the attending minister is not added (README, session 15).
# Al-Khelaifi's "نوّه بما يوليه رئيس الدولة من أهمية لقطاع الرياضة" with "تقديره لبلادنا" is praise: one SUPPORT of
# Essebsi (and Tunisia), dated; Essebsi's "نوّه باختيار الفريق الفرنسي لتونس" is praise: SUPPORT of PSG and its
# president, dated. Not coded: the club's choice of Tunisia for a friendly (a noun), Essebsi's "حرصه على مزيد تدعيم
# مثل هذه المبادرات" (a commitment to unnamed initiatives, decided: no party beyond the praise already coded), and
# his "معربا عن تمنياته ... بالتوفيق" (a good wish, like get-well wishes: neither event nor claim). Claims:
# Al-Khelaifi's عبّر، نوّه، أكّد، مشيرا (assert; عبّر and نوّه in one sentence with distinct contents); Essebsi's نوّه
# and معتبرا (assert) and أكّد (his commitment: promise).
i = 'ant-JA-sport-249-20170104'
t = news_text(i)
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "قايد السبسي", "السبسي", "رئيس الجمهورية", "رئيس الدولة",
           "Tunisia", "تونس"]
KHELAIFI = ["Nasser Al-Khelaifi", "ناصر بن غانم الخليفي", "الخليفي", "رئيس نادي باريس سان جيرمان",
            "Paris Saint-Germain", "PSG", "نادي باريس سان جيرمان", "باريس سان جيرمان", "الفريق الفرنسي"]
recs.append({"id": i, "text": t, "published": "2017-01-04", "events": [
    {"code": "CONSULT", "source": KHELAIFI, "target": ESSEBSI, "date": "2017-01-04"},
    {"code": "SUPPORT", "source": KHELAIFI, "target": ESSEBSI, "date": "2017-01-04"},
    {"code": "SUPPORT", "source": ESSEBSI, "target": KHELAIFI, "date": "2017-01-04"}], "claims": [
    {"speaker": KHELAIFI, "cue": cue(t, "عبّر"), "stance": "assert"},
    {"speaker": KHELAIFI, "cue": cue(t, "نوّه", 1), "stance": "assert"},
    {"speaker": KHELAIFI, "cue": cue(t, "أكّد", 1), "stance": "assert"},
    {"speaker": KHELAIFI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": ESSEBSI, "cue": cue(t, "نوّه", 2), "stance": "assert"},
    {"speaker": ESSEBSI, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": ESSEBSI, "cue": cue(t, "أكّد", 2), "stance": "promise"}]})
# --- Jawhara FM: the Ministry of Public Health (statement of today, Sunday 2015-12-27) on the death of a pregnant
# woman from Tataouine: liver failure, not the shortage of specialists. "خلصت وزارة الصحة إلى أن وفاة «زينة جبنة»
# ليست لها أية علاقة بملف نقص أطباء الاختصاص" denies a link alleged by no named author: REJECT with no target (README,
# sessions 5 and 19), dated by the statement. The examinations, transfers, caesarean and care are passive (وقع فحصها،
# تمّ اتخاذ قرار، تمّ اسعاف، تم تحويلها) with no named doer: not coded; the remark on the mother's missing follow-up
# is part of the medical account, no accusation (decided). The two deaths in Tataouine are no acts. Claims: the
# ministry's أوضحت، بينت، تابعت (assert) and خلصت (deny).
i = 'ant-JA-localNews-1514-20151227'
t = news_text(i)
HEALTH = ["Tunisian Ministry of Public Health", "Ministry of Health", "وزارة الصحة العمومية", "وزارة الصحة",
          "الوزارة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-12-27", "events": [
    {"code": "REJECT", "source": HEALTH, "target": [], "date": "2015-12-27"}], "claims": [
    {"speaker": HEALTH, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": HEALTH, "cue": cue(t, "بينت"), "stance": "assert"},
    {"speaker": HEALTH, "cue": cue(t, "تابعت"), "stance": "assert"},
    {"speaker": HEALTH, "cue": cue(t, "خلصت"), "stance": "deny"}]})
# --- Jawhara FM: basic-education union official Mastouri Gmoudi warns today (Monday 2015-09-21), on the sidelines of
# the general union's press conference, that the teachers' strike will go on unless their demands are met. "لوّح
# ... انه سيتم الاستمرار في اضراب المعلمين" is an announced protest: THREATEN (CAMEO 133) of the supervising authority
# (سلطة الاشراف, the education ministry) and the government, dated; "سينعقد اجتماع للهيئة الادارية يوم 29 سبتمبر
# ... في إشارة للاستمرار في الإضراب" re-tells it (the union's own meeting, internal). "انتقد ... لكن عندما تصل هذه
# المطالب إلى رئاسة الحكومة فإنها تقابل بالرفض" criticises the Prime Ministry: ACCUSE, dated (the passive "تقابل
# بالرفض" gives no REJECT of its own, decided). "وزير التربية الذي دعا إلى إسناد امتيازات للتعليم الابتدائي" is a
# relative clause with its doer: a call with no addressee, REQUEST with no target (README, session 14), undated.
# "طالب ... بمنح هامش للتفاوض للوزير" is a demand whose addressee is not named (the minister is its beneficiary):
# REQUEST with no target, dated; "دعا الحكومة لتطبيق القانون" REQUEST of the government, dated. Not coded: the
# union's press conference (its own, batch 19), the existential "هناك اتفاقا مع وزير التربية" and "هناك محاولات
# للتوصل إلى اتفاق", the ongoing strike and sit-ins (nouns, "لا تزال هناك اعتصامات"), the hope "نأمل". Claims:
# لوّح (warn), أكد (warn), أضاف and مضيفا (assert), أفاد (assert), انتقد (accuse), طالب and دعا (other); the
# minister's embedded دعا (other, a named speaker, as batch 44's reasoning allows). "على حد تعبيره" repeats its
# sentence's speaker. Jawhara's "لمراسل" is the addressee. Aliases holding تونس (named on its own) are left out.
i = 'ant-JA-localNews-2187-20150921'
t = news_text(i)
GMOUDI = ["Mastouri Gmoudi", "المستوري القمودي", "القمودي", "المسؤول النقابي", "basic education union",
          "النقابة الأساسية للتعليم الأساسي", "النقابة العامة للتعليم الأساسي", "النقابة"]
MINISTER = ["Minister of Education", "وزير التربية", "Ministry of Education", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-09-21", "events": [
    {"code": "THREATEN", "source": GMOUDI,
     "target": ["supervising authority", "سلطة الاشراف", "Ministry of Education", "وزارة التربية", "وزير التربية",
                "Tunisian government", "الحكومة", "Tunisia"], "date": "2015-09-21"},
    {"code": "ACCUSE", "source": GMOUDI,
     "target": ["Presidency of the Government", "رئاسة الحكومة", "Tunisian government", "الحكومة", "Tunisia"],
     "date": "2015-09-21"},
    {"code": "REQUEST", "source": MINISTER, "target": []},
    {"code": "REQUEST", "source": GMOUDI, "target": [], "date": "2015-09-21"},
    {"code": "REQUEST", "source": GMOUDI, "target": ["Tunisian government", "الحكومة", "Tunisia"],
     "date": "2015-09-21"}], "claims": [
    {"speaker": GMOUDI, "cue": cue(t, "لوّح"), "stance": "warn"},
    {"speaker": GMOUDI, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": GMOUDI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": GMOUDI, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": GMOUDI, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": GMOUDI, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": MINISTER, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": GMOUDI, "cue": cue(t, "طالب", 4), "stance": "other"},
    {"speaker": GMOUDI, "cue": cue(t, "دعا", 2), "stance": "other"}]})
# --- Jawhara FM: German prosecutors announce today (Wednesday 2017-02-01) the arrest of a Tunisian suspected of
# preparing an attack in Germany and wanted in Tunisia over the Bardo and Ben Guerdane attacks. "نفذت الشرطة الالمانية
# فجر الأربعاء خمسين عملية دهم استهدفت أوساطا جهادية" and its re-telling "الشرطة داهمت 54 موقعا" are the raids:
# COERCE of the jihadist milieu, dated 2017-02-01; "واوقفت التونسي بشبهة أنه يقود خلية" is the arrest (the lead's
# "إيقاف تونسي" re-tells it): a second COERCE with its own target (decided: two acts on two targets), dated.
# "متهمة هذا الشخص ... بانه يعمل لحساب تنظيم داعش" is the prosecutors' charge: ACCUSE, dated by today's statement.
# Not coded: "كان ملاحقا في بلاده/في تونس" (passive, Tunisia only a place, decided), the Bardo and Ben Guerdane
# attacks (nouns), "تمت تعبئة أكثر من ألف شرطي" (passive, no doer), and Beuth's praise of "تفكيك خلية" (a noun with
# no named party praised). Claims: the prosecutors' اعلنت (assert), قالت (assert) and متهمة (accuse; same sentence,
# distinct content), أوضحت (assert); Beuth's "على ما أوضح" (its sentence's only attribution) and مشيدا (assert).
# The prosecutors' offices are named "نيابة هيسن" and "نيابة فرانكفورت", which hold places named on their own, so
# their list keeps only the forms without them; the suspect keeps no form with داعش.
i = 'ant-JA-internationalNews-134-20170201'
t = news_text(i)
PROSECUTORS = ["German public prosecutor", "German prosecutors", "النيابة الالمانية", "النيابة", "Germany",
               "المانيا"]
POLICE = ["German police", "الشرطة الالمانية", "الشرطة", "Germany", "المانيا"]
SUSPECT = ["Tunisian suspect", "تونسي", "التونسي", "المشتبه به", "هذا الشخص"]
BEUTH = ["Peter Beuth", "بيتر بويت", "بويت", "Hesse", "هيسن"]
recs.append({"id": i, "text": t, "published": "2017-02-01", "events": [
    {"code": "COERCE", "source": POLICE, "target": ["jihadist circles", "أوساطا جهادية", "أوساط جهادية"],
     "date": "2017-02-01"},
    {"code": "COERCE", "source": POLICE, "target": SUSPECT, "date": "2017-02-01"},
    {"code": "ACCUSE", "source": PROSECUTORS, "target": SUSPECT, "date": "2017-02-01"}], "claims": [
    {"speaker": PROSECUTORS, "cue": cue(t, "اعلنت"), "stance": "assert"},
    {"speaker": PROSECUTORS, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": PROSECUTORS, "cue": cue(t, "متهمة"), "stance": "accuse"},
    {"speaker": PROSECUTORS, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": BEUTH, "cue": cue(t, "على ما أوضح"), "stance": "assert"},
    {"speaker": BEUTH, "cue": cue(t, "مشيدا"), "stance": "assert"}]})
# --- Jawhara FM: two buses collide in Rahim Yar Khan (Punjab) this morning (Monday 2016-10-17), at least 27 dead. The
# collision is an accident with no actor; the unnamed rescue teams moving the dead and wounded (فرق الإنقاذ، tied to
# no named body) are no PLOVER event (as batch 45 leaves the rescue boats). Claims: Zafar Iqbal's قال and أضاف
# (assert); "ووفقا للمسؤول" is its sentence's only attribution: his claim (a forecast of the toll: assert).
i = 'ant-JA-internationalNews-673-20161017'
t = news_text(i)
IQBAL = ["Zafar Iqbal", "ظفار إقبال", "إقبال", "district coordination officer", "ضابط التنسيق", "المسؤول",
         "Pakistan", "باكستان"]
recs.append({"id": i, "text": t, "published": "2016-10-17", "events": [], "claims": [
    {"speaker": IQBAL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": IQBAL, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": IQBAL, "cue": cue(t, "وفقا"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch66.gold.jsonl', recs)
