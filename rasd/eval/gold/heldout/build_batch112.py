"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 112 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-08-08): poets condemn the bombing of the Special Emergency Forces mosque in Asir,
# with a selection of their verses. "جريمة اخرى ينفذها من لا يؤمنون بالله ... الجريمة تستهدف بيتاً من بيوت الله، في
# مسجد قوات الطوارئ الخاصة ... راح ضحيتها 15 شهيداً من منسوبي قوات الطوارئ الخاصة" is a finite clause whose doer is
# the relative "من لا يؤمنون بالله" (decided: an indefinite but explicit doer, like README's unknown gunmen
# "أطلق مجهولان"): one ASSAULT on the Emergency Forces' men and their mosque, undated (the text gives no day). "جريمة
# دفعت المئات من الشعراء والادباء والمثقفين ... إلى ادانة هذا العمل الارهابي الجبان" is the poets' condemnation,
# carried on by the verses that follow ("فكان الابداع مع القصيدة في مواجهة الإرهاب"): one ACCUSE of the doer the text
# names (README: a condemnation targets the doer the text names), undated (decided: the verbal noun is the article's
# subject, told through a finite clause whose object is the poets, and the poets are named one by one below; as a
# bare group they make no claim, README: journalists as a bare group are an ACCUSE's source but no speaker). The
# earlier mosque bombings in the Eastern Province are a noun (جرائم مساجد سابقة). The headline is outside the text.
# Claims: "قالها غسان كنفاني" introduces quoted verses with a named speaker (decided: a reporting verb with a named
# speaker, unlike a poem's own figurative قالت, README batches 27–28; the verses curse whoever targets worshippers:
# accuse) and "ويقول الشريف" (the verses "إذا أعلنت حرب فإنا جنودها": warn). The verses under a bare "Name:" label
# have no reporting verb, so no cue; "قولي لمن" and "قولو لمن" inside the poems are figurative (no claim). The poets'
# list keeps each named poet (the condemnation is theirs); no alias holds عسير or أبها (named on their own).
i = 'snn-2015-08-08-1075'
t = news_text(i)
PERPS = ["perpetrators", "من لا يؤمنون بالله", "من لا يؤمنون بالله ولا يعرفون معنى وسماحة الاسلام", "الإرهابيين"]
POETS = ["poets", "الشعراء", "المئات من الشعراء والادباء والمثقفين", "الشعراء والادباء والمثقفين", "Abdullah al-Fifi",
         "عبد الله الفيفي", "Mohammed Ibrahim Yaqoub", "محمد إبراهيم يعقوب", "Mufarreh al-Shuqaiqi", "مفرح الشقيقي",
         "Walid al-Amoudi", "وليد العمودي", "Abdulrahman al-Ashmawi", "عبدالرحمن العشماوي", "Yasser Sinan",
         "ياسر سنان", "al-Sharif", "الشريف"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ASSAULT", "source": PERPS,
     "target": ["Special Emergency Forces", "قوات الطوارئ الخاصة", "منسوبي قوات الطوارئ الخاصة", "15 شهيداً",
                "مسجد قوات الطوارئ الخاصة", "مسجد قوات الطوارئ", "بيتاً من بيوت الله", "worshippers"]},
    {"code": "ACCUSE", "source": POETS, "target": PERPS}], "claims": [
    {"speaker": ["Ghassan Kanafani", "غسان كنفاني", "كنفاني"], "cue": cue(t, "قالها"), "stance": "accuse"},
    {"speaker": ["al-Sharif", "الشريف"], "cue": cue(t, "يقول"), "stance": "warn"}]})
# --- SaudiNewsNet: the Northern Borders education administration receives 322 newly appointed teachers, who must
# sign a pledge not to seek an external transfer for their two probation years. Receiving new appointees, the
# assistant director inspecting the committees' work and directing the candidates, the interviews and the pledge are
# the administration's own business with its own staff (README: a minister instructing his own staff is a claim
# only; administrative notices are claims only): no events. Claims: al-Enezi's "وجه جميع المرشحين إلى الاطلاع"
# (an instruction: other, as batch 49 takes وجّه in an education notice), al-Sulaim's أوضح (the interviews: assert)
# and مبينًا (the importance of signing the pledge, a requirement laid on the teachers: other, decided). Both list
# the administration ("الإدارة العامة للتعليم", without the region, which is named only inside it).
i = 'snn-2015-07-26-0041'
t = news_text(i)
EDU = ["Northern Borders education administration", "الإدارة العامة للتعليم", "الإدارة العامة للتعليم بمنطقة الحدود الشمالية",
       "الإدارة"]
ENEZI = ["Abbas Saleh al-Enezi", "عباس صالح العنزي", "العنزي", "المساعد للشؤون التعليمية للبنين"] + EDU
SULAIM = ["Mohammed al-Sulaim", "محمد السليم", "السليم", "مدير إدارة شؤون المعلمين"] + EDU
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": ENEZI, "cue": cue(t, "وجه"), "stance": "other"},
    {"speaker": SULAIM, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SULAIM, "cue": cue(t, "مبينًا"), "stance": "other"}]})
# --- SaudiNewsNet (Saturday 2015-08-01): Iran's chief nuclear negotiator Ali Akbar Salehi says today that parliament
# has no authority over the nuclear deal. His "البرلمان لا يملك سلطة على الاتفاق النووي" and "ليس صحيحا على الإطلاق
# أنه يتعين على الحكومة أن تعرض على البرلمان أي اتفاق" rebut the claim of the conservative parliament, which the
# text names as the author of the law that would bind the deal: one REJECT Salehi → the parliament (decided: a
# rebuttal between branches of one state is coded, as README's MPs questioning a minister are a REQUEST between
# branches; the parliament is the party whose position is denied, README: a denial targets those whose statements
# it contradicts), dated by "اليوم السبت" (2015-08-01). Not coded: the deal "الذي وقع مع القوى الدولية" (passive, no
# doer), Iranian officials backing the deal and hardliners doubting it (generic classes, background), the
# parliament passing a law in June (legislation, batch 52), Iran's obligations under the deal (no act). "وتعد
# تصريحات صالحي" is the narrator. Claims (IRNA is the conduit each time, "نقل X عن Y قوله"): قوله ×2 and "قال صالحي",
# all deny (each rebuts parliament's claim to review the deal). The parliament keeps no Iran alias (Salehi lists
# Iran as a state official).
i = 'snn-2015-08-01-0722'
t = news_text(i)
SALEHI = ["Ali Akbar Salehi", "علي أكبر صالحي", "صالحي", "Atomic Energy Organization of Iran", "هيئة الطاقة الذرية",
          "Iran", "إيران"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REJECT", "source": SALEHI, "target": ["Iranian parliament", "البرلمان", "Majlis", "Iranian Majlis"],
     "date": "2015-08-01"}], "claims": [
    {"speaker": SALEHI, "cue": cue(t, "قوله", 1), "stance": "deny"},
    {"speaker": SALEHI, "cue": cue(t, "قوله", 2), "stance": "deny"},
    {"speaker": SALEHI, "cue": cue(t, "قال"), "stance": "deny"}]})
# --- Sabq: Qassim University geographer Abdullah al-Musnad warns parents not to leave children in cars in the summer
# heat, and warns of snakes. Warnings and advice to a generic class (parents, people) make claims only (README: a
# warning to a generic class makes only a claim; generic warnings to drone users are claims, no REQUEST). The father
# who left his son in the car in 2014 is a family act and an accident (no ASSAULT); the tests King Saud Medical City
# ran on the boy are medical work. No events. Claims: al-Musnad's first حذَّر (warn), "قال في تغريدة" (the quoted
# "لا تضع طفلك ...": an injunction, other), مشيراً (assert), أضاف (the 60-degree example: assert), أردف ("فلا تغلق
# زجاج السيارة": other), the second حذّر (snakes: warn) and اقترح (five summer guidelines: recommendations, other);
# "وبيَّنت النتائج التي أجرتها مدينة الملك سعود الطبية" is a study's finding with a named author (README batches 8–9:
# a study's forecast is its named author's claim): King Saud Medical City's claim, assert. "يُذكر أن" is the
# narrator; Sabq is the byline. No alias holds الرياض (named on its own).
i = 'snn-2015-07-25-1495'
t = news_text(i)
MUSNAD = ["Abdullah al-Musnad", "عبدالله المسند", "المسند", "الدكتور المسند", "Qassim University", "جامعة القصيم"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": [
    {"speaker": MUSNAD, "cue": cue(t, "حذ\u0651\u064eر"), "stance": "warn"},
    {"speaker": MUSNAD, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": MUSNAD, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": MUSNAD, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MUSNAD, "cue": cue(t, "أردف"), "stance": "other"},
    {"speaker": ["King Saud Medical City", "مدينة الملك سعود الطبية"], "cue": cue(t, "بي\u0651\u064eنت"),
     "stance": "assert"},
    {"speaker": MUSNAD, "cue": cue(t, "حذ\u0651ر"), "stance": "warn"},
    {"speaker": MUSNAD, "cue": cue(t, "اقترح"), "stance": "other"}]})
# --- SaudiNewsNet: Egyptian counter-terrorism forces kill six members of a Muslim Brotherhood cell in a shootout in
# Fayoum; Giza security kills a Hazemoon jihadist; a military source says North Sinai is calm. "تمكنت قوات مكافحة
# الإرهاب بوزارة الداخلية المصرية من تصفية 6 إرهابيين ... أثناء مداهمة وكر الخلية" (with the source's re-telling,
# "تمكنت الشرطة من السيطرة على الوضع ولقي 6 من الإرهابيين مصرعهم") is one ASSAULT forces → cell, the raid and the
# passive surveillance (تم رصد تحركاتهم واستهداف هذا الوكر) folded in; "قام الإرهابيون بإطلاق النيران بكثافة عليهم"
# is a finite clause with its doer: a second ASSAULT cell → police (README: the force returning fire is a second
# ASSAULT; the passive "تم تبادل إطلاق النيران" adds nothing). "نجحت أجهزة الأمن بالجيزة بالتعاون مع قطاع الأمن
# الوطني في القضاء على أحد أخطر العناصر الجهادية" is one ASSAULT with both bodies in the source (decided: both belong
# to the Interior Ministry, so "بالتعاون مع" is internal and no COOPERATE; the exchange of fire is a noun). "يكثف رجال
# الأمن جهودهم للقبض على شركائه" and "أمر اللواء طارق نصر ... بإخطار النيابة التي تولت التحقيق" are the police
# handling of the case: one ACCUSE of the man and his accomplices (README: taking up the case and referring it to the
# prosecutor is one ACCUSE of the culprit), the prosecution in its source. All undated (no day in the text). Not
# coded: the cell's and the man's past crimes (nouns: جرائم استهداف ضباط الشرطة، أعمال العنف والشغب), the raised
# readiness in Sinai (a noun, "في ظل رفع درجات الاستعداد"), the rumoured attacks of Thursday evening (denied). Decided,
# as batch 70: the bare "مصدر أمني" (أشار، أكد ×2) and "مصدر عسكري" (أكد، أضاف، نافياً), tied to no named institution,
# make no claims, and their own verdicts (the cell's involvement in attacks on officers; the denial of the Sheikh
# Zuweid attacks) give no ACCUSE or REJECT. Tarek Nasr's أمر is an act folded into the ACCUSE, not a reported
# statement (decided): no claim. No claims.
i = 'snn-2015-08-08-0422'
t = news_text(i)
CT = ["Egyptian counter-terrorism forces", "قوات مكافحة الإرهاب", "قوات مكافحة الإرهاب بوزارة الداخلية المصرية",
      "وزارة الداخلية المصرية", "وزارة الداخلية", "قوات الشرطة", "الشرطة", "Egypt", "مصر"]
CELL = ["Muslim Brotherhood cell", "6 إرهابيين", "خلية نوعية تابعة لجماعة الإخوان", "خلية نوعية", "الخلية",
        "الإرهابيون", "الإرهابيين", "6 من الإرهابيين", "جماعة الإخوان", "الإخوان", "Muslim Brotherhood"]
GIZA = ["Giza security services", "أجهزة الأمن بالجيزة", "أجهزة الأمن", "رجال الأمن", "National Security Sector",
        "قطاع الأمن الوطني", "Egypt", "مصر"]
JIHADIST = ["Hazemoon jihadist", "أحد أخطر العناصر الجهادية", "العناصر الجهادية", "حركة حازمون", "حازمون", "Hazemoon"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ASSAULT", "source": CT, "target": CELL},
    {"code": "ASSAULT", "source": CELL, "target": CT},
    {"code": "ASSAULT", "source": GIZA, "target": JIHADIST},
    {"code": "ACCUSE", "source": GIZA + ["Tarek Nasr", "طارق نصر", "مدير أمن الجيزة", "prosecution", "النيابة"],
     "target": JIHADIST + ["accomplices", "شركائه"]}], "claims": []})
# --- Jawhara FM (Sunday 2017-03-26; translated from HuffPost): the veiled woman photographed beside the victims of
# the Westminster attack breaks her silence. One social-media user's finite "انتقدها ... لأنها ... غير مبالية" is
# ACCUSE user → woman (as README codes mockery of a named politician; he is one specific, if
# unnamed, user); "وردَّ عليه عدد كبير من متابعيه، معتبرين أن ما قام به يعد نوعاً من العنصرية" is ACCUSE followers →
# user (a bare group: an ACCUSE's source but no speaker, README). Her account ("قالت ... إنها كانت قد انتهت لتوها من
# مساعدة أحد الجرحى", "ما لم تُظهره الصورة هو أنني تحدثت إلى شهود عيان ... لأعرض مساعدتي") refutes the charge of
# indifference: one REJECT woman → the critic (as batch 85: channels saying a player fled ACCUSE him, his video
# REJECTs them). "وختمت شاكرة المصور" is thanks: SUPPORT woman → photographer (README: thanks are SUPPORT); "المصور
# الذي أوضح حقيقة الأمر، ودافع عنها" (a relative clause with its doer) and his later remarks are one SUPPORT
# photographer → woman (decided: his "الهجمة ... لا تمثل الحقيقة" is part of the defence, no separate REJECT). All
# undated: "في تقرير أمس" dates the Telegraph's report, not her words (README batches 77–80), and "قبل يومين" is
# counted from an unclear point (README batches 97–100). Not coded: the photo taken (passive), the harassment
# (passive, "تعرضت ... لمضايقات"), "آخرون أسرعوا للدفاع عنها" (decided: indefinite "others", their defence told by the
# followers' reply coded above), the attack "الذي جلبه الإرهاب" (no actor). Claims: the woman is one specific person
# (README: one unnamed but specific person is a speaker): قالت (deny: the rebuttal), أكدت (assert), أضافت (assert),
# "وتابعت قائلة" (one statement, cue تابعت; deny), أوضحت (assert), "ختمت شاكرة" (praise: assert); the photographer:
# قائلاً (assert) and معتبراً (deny). The Telegraph is the conduit ("بحسب ما ذكرت" shares its sentence with her
# قالت); the relative "الذي أوضح حقيقة الأمر" gives no content of its own; the user's "كما قال" repeats his own
# sentence, and "أحد مستخدمي" is indefinite (README batch 58: indefinite tweeters make no claim): no claim.
i = 'ant-JA-internationalNews-579-20170326'
t = news_text(i)
WOMAN = ["veiled woman", "الفتاة المحجبة", "الفتاة", "المحجبة"]
PHOTOGRAPHER = ["photographer", "المصور", "مصوِّر هذه الصورة", "مصور هذه الصورة", "مصوِّر"]
USER = ["social media user", "أحد مستخدمي الشبكات الاجتماعية", "مستخدمي الشبكات الاجتماعية"]
FOLLOWERS = ["the user's followers", "عدد كبير من متابعيه", "متابعيه"]
recs.append({"id": i, "text": t, "published": "2017-03-26", "events": [
    {"code": "ACCUSE", "source": USER, "target": WOMAN},
    {"code": "ACCUSE", "source": FOLLOWERS, "target": USER},
    {"code": "REJECT", "source": WOMAN, "target": USER},
    {"code": "SUPPORT", "source": WOMAN, "target": PHOTOGRAPHER},
    {"code": "SUPPORT", "source": PHOTOGRAPHER, "target": WOMAN}], "claims": [
    {"speaker": WOMAN, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": WOMAN, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": WOMAN, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": WOMAN, "cue": cue(t, "تابعت"), "stance": "deny"},
    {"speaker": WOMAN, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": WOMAN, "cue": cue(t, "ختمت شاكرة"), "stance": "assert"},
    {"speaker": PHOTOGRAPHER, "cue": cue(t, "قائلاً"), "stance": "assert"},
    {"speaker": PHOTOGRAPHER, "cue": cue(t, "معتبراً"), "stance": "deny"}]})
# --- Jawhara FM (Sunday 2017-06-04): the London Bridge attack of yesterday, Saturday (2017-06-03). "مهاجمين اثنين
# قتلوا ستة أشخاص على الأقل قرب جسر لندن يوم أمس السبت" and "ثلاثة مهاجمين قادوا عربة ودهسوا المارة ... ثم طعنوا
# أناسا في منطقة بورو ماركت" are one attack: one ASSAULT attackers → the dead and the passers-by, dated 2017-06-03.
# "قبل أن تدخل قوات الأمن وتقوم بالقضاء عليهم" with "المهاجمين الثلاثة الذين قتلتهم الشرطة بالرصاص" is a second
# ASSAULT police → attackers (README: the force returning fire), dated with the attack (decided: "قبل أن" ties it to
# the Saturday attack). The ambulance service taking 48 wounded to hospitals and treating others is its own work
# (decided: like a hospital receiving patients, batch 85): no AID. Claims: the police's قالت, أضافت ×2 (assert); the
# London Ambulance Service's ذكرت (assert); Peter Rhodes's قال in a statement today (assert). Officials and the police
# list Britain.
i = 'ant-JA-internationalNews-1004-20170604'
t = news_text(i)
POLICE = ["British police", "الشرطة البريطانية", "الشرطة", "قوات الأمن", "United Kingdom", "Britain", "بريطانيا"]
ATTACKERS = ["attackers", "مهاجمين اثنين", "ثلاثة مهاجمين", "المهاجمين الثلاثة", "المهاجمين", "مهاجمين"]
LAS = ["London Ambulance Service", "هيئة إسعاف لندن", "هيئة إسعاف"]
recs.append({"id": i, "text": t, "published": "2017-06-04", "events": [
    {"code": "ASSAULT", "source": ATTACKERS,
     "target": ["victims", "ستة أشخاص", "المارة", "أناسا", "London Bridge", "جسر لندن", "Borough Market",
                "بورو ماركت", "London", "لندن"], "date": "2017-06-03"},
    {"code": "ASSAULT", "source": POLICE, "target": ATTACKERS, "date": "2017-06-03"}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أضافت", 1), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أضافت", 2), "stance": "assert"},
    {"speaker": LAS, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": ["Peter Rhodes", "بيتر رودس", "رودس", "مساعد مدير عمليات هيئة إسعاف لندن"] + LAS,
     "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2017-01-11): five Emirati diplomats killed in the Kandahar bombing of Tuesday. The bombing
# "الذي استهدف، الثلاثاء، محافظ قندهار" has no doer (the explosion is its subject, as README's Mali car bomb): not
# coded. President Khalifa's "نعى ... القتلى" is mourning, and his order to fly flags at half-mast ("أمر ... بتنكيس
# الأعلام") is a mourning order to his own state's bodies (decided: like condolences, neither event nor claim). The
# UAE delegation's humanitarian projects are a noun (no AID). No events. Claims: "وفق ما أعلنت عنه السلطات
# الإماراتية" is its sentence's only attribution (README batches 8–9: the whole phrase is the cue; assert); the UAE's
# أعلنت (the ambassador and diplomats wounded: assert) and مؤكدة (it follows the wounded: assert); Khalifa's قائلا
# (the dead were on a humanitarian mission: assert, README: a statement of the dead man's merits is a claim) and
# "وتابع أن الوفد كان مكونا من" (assert). WAM is the conduit; "ولم يشر البيان" is negated. Khalifa lists the UAE.
i = 'ant-JA-internationalNews-365-20170111'
t = news_text(i)
UAE = ["United Arab Emirates", "الإمارات", "UAE", "السلطات الإماراتية"]
KHALIFA = ["Khalifa bin Zayed Al Nahyan", "خليفة بن زايد آل نهيان", "الشيخ خليفة", "خليفة", "رئيس الدولة"] + UAE
recs.append({"id": i, "text": t, "published": "2017-01-11", "events": [], "claims": [
    {"speaker": UAE, "cue": cue(t, "وفق ما أعلنت عنه"), "stance": "assert"},
    {"speaker": UAE, "cue": cue(t, "أعلنت", 2), "stance": "assert"},
    {"speaker": UAE, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": KHALIFA, "cue": cue(t, "قائلا"), "stance": "assert"},
    {"speaker": KHALIFA, "cue": cue(t, "تابع", 2), "stance": "assert"}]})
# --- Jawhara FM (corpus date Tuesday 2016-12-27): the Nidaa Tounes parliamentary bloc rejects the return of
# terrorists from conflict zones. Its statement of Tuesday evening (2016-12-27, the corpus date itself) "أعلنت ...
# رفضها القاطع لعودة الإرهابيين" with "مؤكدة الرفض القاطع لعودة المجموعات الإجرامية والإرهابية" is one REJECT of the
# terrorists (decided: refusing a return that has not happened is a refusal, not the condemnation of a past act that
# README codes ACCUSE), dated 2016-12-27. Its four calls are four REQUESTs (as batch 85 codes a UGTT statement's five
# calls), all dated by the statement: "دعت إلى تكثيف الجهود الدبلوماسية" (no addressee), "دعت ... إلى تشكيل لجنة
# قانونية" (no addressee), "دعت ... إلى تشديد الرقابة ... وإحكام التنسيق بين الأجهزة الأمنية والعسكرية" (no
# addressee: the security bodies are what is to be coordinated, not addressed) and "دعت ... كافة أطياف الشعب التونسي
# للاصطفاف ضد الإرهاب" (to the Tunisian people; README: a call on named sectors is a REQUEST to them). "نواب حزب
# نداء تونس قد رفعوا شعار «لا لعودة الارهابيين» ... خلال الجلسة العامة التي عقدت الثلاثاء" is a demonstration in
# the chamber: PROTEST with the terrorists as target like the REJECT (decided), dated 2016-12-27. Not coded: the
# bloc's members meeting today (internal deliberation), the terrorists' crimes and allegiance in the relative clause
# ("تلطخت أيادي عناصرها ... وأعلنت ولاءها ... لتنظيمات إرهابية": figurative and to unnamed organisations; README:
# joining such a group is not coded). Claims: أعلنت (a refusal: deny), دعت ×4 (other), مؤكدة (deny), and the MPs'
# slogan "رفعوا شعار" (README: a protest's slogans are the protesters' claims; a refusal: deny). "حسب نص البيان"
# shares its sentence with the bloc's دعت: no claim of its own.
i = 'ant-JA-localNews-218-18012017'
t = news_text(i)
NIDAA = ["Nidaa Tounes parliamentary bloc", "كتلة نداء تونس", "كتلة نداء تونس بالبرلمان", "الكتلة",
         "الكتلة البرلمانية للحزب", "نداء تونس", "Nidaa Tounes"]
NIDAA_MPS = ["Nidaa Tounes MPs", "نواب حزب نداء تونس", "حزب نداء تونس", "نداء تونس", "Nidaa Tounes"]
TERRORISTS = ["returning terrorists", "الإرهابيين", "الإرهابيين من بؤر التوتر", "المجموعات الإجرامية والإرهابية",
              "مجموعة من الإرهابيين"]
recs.append({"id": i, "text": t, "published": "2016-12-27", "events": [
    {"code": "REJECT", "source": NIDAA, "target": TERRORISTS, "date": "2016-12-27"},
    {"code": "REQUEST", "source": NIDAA, "target": [], "date": "2016-12-27"},
    {"code": "REQUEST", "source": NIDAA, "target": [], "date": "2016-12-27"},
    {"code": "REQUEST", "source": NIDAA, "target": [], "date": "2016-12-27"},
    {"code": "REQUEST", "source": NIDAA,
     "target": ["Tunisian people", "كافة أطياف الشعب التونسي", "أطياف الشعب التونسي", "الشعب التونسي"],
     "date": "2016-12-27"},
    {"code": "PROTEST", "source": NIDAA_MPS, "target": TERRORISTS, "date": "2016-12-27"}], "claims": [
    {"speaker": NIDAA, "cue": cue(t, "أعلنت", 1), "stance": "deny"},
    {"speaker": NIDAA, "cue": cue(t, "دعت", 1), "stance": "other"},
    {"speaker": NIDAA, "cue": cue(t, "دعت", 2), "stance": "other"},
    {"speaker": NIDAA, "cue": cue(t, "مؤكدة"), "stance": "deny"},
    {"speaker": NIDAA, "cue": cue(t, "دعت", 3), "stance": "other"},
    {"speaker": NIDAA, "cue": cue(t, "دعت", 4), "stance": "other"},
    {"speaker": NIDAA_MPS, "cue": cue(t, "رفعوا شعار"), "stance": "deny"}]})
# --- Jawhara FM (Monday 2017-01-02): ISIS claims the New Year's night attack on an Istanbul nightclub. The claim of
# responsibility ("أعلن تنظيم داعش، الاثنين، مسؤوليته عن الهجوم الدامي الذي استهدف ملهى ليليا في إسطنبول") and the
# attacker's "قتل شرطيا ورجلا آخر خارج ملهى رينا ... قبل أن يطلق النار على أشخاص كانوا يحتفلون" are one attack: one
# ASSAULT with ISIS and the attacker in the source (README, batch 55: a claimed attack gives the ASSAULT, the
# attacker's acts the same instance), undated (decided: "ليلة رأس السنة" spans 31 December and 1 January, as README
# leaves an overnight raid across two days undated). "رجحت السلطات التركية أن يكون التنظيم وراء الهجوم" and "السلطات
# حددت أن الإرهابيين ... جاءوا من دولة بآسيا الوسطى" are the investigation naming the culprits: one ACCUSE Turkish
# authorities → ISIS and the attackers (README: a ministry naming a bomber after its investigation is ACCUSE),
# undated ("في وقت سابق"; the reports' Monday dates the reports). Claims: no claim for "أعلن ... مسؤوليته" (README,
# batches 40 and 55); "حسب رويترز" passes on a statement its sentence gives to ISIS (decided, as batch 85's Kyodo: a
# conduit); رجحت (the Turkish authorities: accuse). "نقلت تقارير لصحيفتي حرييت وكرار ... عن مسؤولين أمنيين، قولهم"
# gives security officials tied to no named institution or state (bare, README: officials tied to no institution are
# no speakers), and the papers are conduits: no claim. "يشار إلى أن" is the narrator.
i = 'ant-JA-internationalNews-117-02012017'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "التنظيم"]
ATTACKER = ["attacker", "المنفذ", "الإرهابيين الذين يتحملون مسؤولية العملية", "الإرهابيين"]
TURKEY = ["Turkish authorities", "السلطات التركية", "السلطات", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2017-01-02", "events": [
    {"code": "ASSAULT", "source": ISIS + ATTACKER,
     "target": ["Reina nightclub", "ملهى رينا", "ملهى رينا الليلي", "ملهى ليليا", "الملهى", "Istanbul", "إسطنبول",
                "شرطيا", "رجلا آخر", "أشخاص كانوا يحتفلون", "revellers", "39 قتيلا"]},
    {"code": "ACCUSE", "source": TURKEY, "target": ISIS + ATTACKER}], "claims": [
    {"speaker": TURKEY, "cue": cue(t, "رجحت"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch112.gold.jsonl', recs)
