"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 101 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sunday 2015-07-26): federal prosecutors charge Randolph Adair, a retired LAPD detective, with a
# bank robbery after his family reported him. "وجه ممثلو ادعاء اتحاديون اتهامات لمحقق متقاعد" is a prosecutor's
# charge: ACCUSE (README: a prosecutor's charges are ACCUSE), and "وتتهم الشكوى الجنائية التي رفعت ضده ... اداير
# بالسطو على بنك واحد" is the same charge's instrument (one ACCUSE; decided, as a ban told three ways is one COERCE).
# "اعتقلته السلطات" (a relative clause with its doer) is COERCE, re-told by the passive "واعتقل ... الأسبوع الماضي"
# and "اداير اعتقل"; his custody in lieu of bail (ويحتجز, passive) is folded in; undated (الأسبوع الماضي gives no
# day). "أبلغت أسرته عنه" with "اتصلت زوجته وابنته وزوج ابنته بالسلطات لإبلاغها بأنهم تعرفوا على صورته" is one
# report of a suspect to the authorities: ACCUSE family → Adair (README batches 37–40: a friend's report to the police).
# The FBI's work on him (the affidavit's "أشار عميل ... إلى اداير على أنه «مقامر عتيد»", the authorities showing him the
# photos, "قال للمحققين") is the investigation: one ACCUSE by the FBI and the investigators (README: investigations
# and questioning of a suspect are ACCUSE; decided: one event apart from the prosecutors' charge). Not coded: the bank
# robberies (theft, README), "ألقي باللوم فيها على شخص" and "تم العثور على مسدس" (passive, no doer), the coming court
# appearance and the possible sentence (procedure; "ويواجه أقصى عقوبة" is the charge's consequence). Claims: the
# prosecutors' light verb وجه (accuse, as batch 22 takes وجهت اتهامات); Adair's "قال للمحققين «أنا في ورطة»" (assert;
# the affidavit's "أجاب" quotes the same words again: one claim, as batch 85's re-told rebuttal); the complaint's تتهم
# (accuse, the prosecutors' instrument); the FBI agent's أشار (accuse) and "جاء في الشهادة" (assert), the FBI
# officer's كتب (assert) — an agent or officer of a named bureau is tied to it (GUIDELINES); "وفقا لوثائق المحكمة"
# is its sentence's only attribution: a claim of the court (assert). "ولم تتضمن الشكوى" is negated, "ويتوقع" has no
# speaker. The prosecutors and the FBI are US federal bodies and list the United States.
i = 'snn-2015-07-26-1300'
t = news_text(i)
ADAIR = ["Randolph Bruce Adair", "راندولف بروس اداير", "اداير", "محقق متقاعد", "retired detective",
         "Snowbird bandit"]
PROSECUTORS = ["federal prosecutors", "ممثلو ادعاء اتحاديون", "ممثلو ادعاء", "الشكوى الجنائية", "criminal complaint",
               "United States"]
FBI = ["FBI", "Federal Bureau of Investigation", "مكتب التحقيقات الاتحادي", "عميل في مكتب التحقيقات الاتحادي",
       "ضابط في مكتب التحقيقات الاتحادي", "السلطات", "المحققين", "US authorities", "United States"]
FAMILY = ["Adair's family", "أسرته", "زوجته وابنته وزوج ابنته", "زوجته", "ابنته", "family"]
COURT = ["court documents", "وثائق المحكمة", "US District Court", "المحكمة الجزئية الأمريكية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": PROSECUTORS, "target": ADAIR},
    {"code": "COERCE", "source": FBI, "target": ADAIR},
    {"code": "ACCUSE", "source": FAMILY, "target": ADAIR},
    {"code": "ACCUSE", "source": FBI, "target": ADAIR}], "claims": [
    {"speaker": PROSECUTORS, "cue": cue(t, "وجه"), "stance": "accuse"},
    {"speaker": ADAIR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": PROSECUTORS, "cue": cue(t, "وتتهم"), "stance": "accuse"},
    {"speaker": FBI, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": FBI, "cue": cue(t, "وجاء"), "stance": "assert"},
    {"speaker": FBI, "cue": cue(t, "وكتب"), "stance": "assert"},
    {"speaker": COURT, "cue": cue(t, "وفقا"), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): Tunisia's Interior Ministry says the security forces dismantled a "terrorist
# cell" that planned attacks. "قوات الامن فككت خلية ارهابية" and the statement's "تمكنت الوحدة الوطنية للأبحاث في
# جرائم الإرهاب ... من إيقاف 6 عناصر" are one arrest: COERCE, undated (يوم الثلاثاء dates the statement, not the
# arrests: a conduit's report dates the report); the plot the statement gives ("المجموعة كانت بصدد التخطيط لاستهداف
# منشآت أمنية") is the arrest's ground, folded in (decided, as README's house arrests with their grounds), and its
# "بالتنسيق مع نظرائها" is a noun. "بعد ان شددت اجراءاتها الامنية" (its doer the security forces) is tightened
# security: MOBILIZE with no target (README batches 89–92), undated. "وقتل مسلح 38 سائحا" names its doer (an
# indefinite gunman, as README's "أطلق مجهولان"): ASSAULT, undated (اواخر يونيو). "وتلاحق قوات الأمن والجيش التونسي
# جماعة عقبة بن نافع" is a pursuit: ASSAULT (README batches 81–84), undated. "والقت تونس القبض على عشرات المتشددين في
# اطار حملة واسعة تقودها الحكومة" is a second, wider COERCE (dozens since Sousse), undated. "الجماعات الإسلامية
# المتشددة التي قتلت أيضا عشرات من الجيش والشرطة" is a relative clause with its doer: ASSAULT (decided: the militant
# groups are a doer like README's armed groups), undated. Not coded: "هجوم مسلح على منتجع" and "هجوم منتجع سوسة"
# (nouns), "انتفاضة 2011 التي أطاحت بالرئيس" (the doer is an event, not an actor; decided), the cell's link to the
# mountain groups (a participle). Claims of the ministry: the lead's قالت (assert), the statement's قالت (assert; it
# adds the unit, the six and the place) and "وقال البيان" (the plot: accuse).
i = 'snn-2015-08-06-0467'
t = news_text(i)
MOI = ["Tunisian Interior Ministry", "وزارة الداخلية التونسية", "وزارة الداخلية", "البيان", "Tunisia", "تونس"]
FORCES = ["Tunisian security forces", "قوات الامن", "قوات الأمن", "الوحدة الوطنية للأبحاث في جرائم الإرهاب",
          "Tunisia", "تونس"]
CELL = ["terrorist cell", "خلية ارهابية", "6 عناصر", "المجموعة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "COERCE", "source": FORCES, "target": CELL},
    {"code": "MOBILIZE", "source": FORCES, "target": []},
    {"code": "ASSAULT", "source": ["gunman", "مسلح", "Seifeddine Rezgui"],
     "target": ["tourists", "38 سائحا", "سائحا", "السياح الاجانب", "British tourists"]},
    {"code": "ASSAULT", "source": FORCES + ["Tunisian army", "الجيش التونسي"],
     "target": ["Okba Ibn Nafaa", "جماعة عقبة بن نافع المسلحة", "جماعة عقبة بن نافع", "عقبة بن نافع"]},
    {"code": "COERCE", "source": ["Tunisia", "تونس", "Tunisian government", "الحكومة"],
     "target": ["militants", "عشرات المتشددين", "المتشددين"]},
    {"code": "ASSAULT", "source": ["Islamist militant groups", "الجماعات الإسلامية المتشددة"],
     "target": ["Tunisian army and police", "عشرات من الجيش والشرطة", "الجيش", "الشرطة"]}], "claims": [
    {"speaker": MOI, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "وقالت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "قال", 3), "stance": "accuse"}]})
# --- SaudiNewsNet (al-Jazirah, 2015-07-21): the Saudi Ministry of Health's reply to the editor about Ruqaya
# al-Huwairini's column on doctors promoting the Alpha-Stim device. "تود الوزارة أن تشكر الكاتبة على طرحها البناء"
# is praise: SUPPORT ministry → the writer (GUIDELINES: praise is SUPPORT), undated. Not coded: the ministry's
# circular to its own health directorates ordering inspections of clinics (internal, as README's prime minister's
# circular to his own civil servants), the SFDA's and the committees' competences (statements of remit), the
# conditional complaint procedure (passive, hypothetical), the column's criticism of some doctors (a noun). Claims of
# the ministry (the letter is signed by its general department of relations and media): تشكر (the praise: assert) and
# "نود الإحاطة" (what the ministry did and whose remit the sanctions are: assert; decided: an explanation of remit, no
# explicit denial, so not deny).
i = 'snn-2015-07-21-1090'
t = news_text(i)
MOH = ["Saudi Ministry of Health", "وزارة الصحة", "الوزارة", "الإدارة العامة للعلاقات والإعلام والتوعية الصحية",
       "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "SUPPORT", "source": MOH, "target": ["Ruqaya al-Huwairini", "رقية الهويريني", "الكاتبة"]}], "claims": [
    {"speaker": MOH, "cue": cue(t, "تشكر"), "stance": "assert"},
    {"speaker": MOH, "cue": cue(t, "الإحاطة"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-03): the "Sufaraa al-Hazm" student delegation of Sabya education visits the Eastern
# Province education department in Dammam. "قام وفد «سفراء الحزم» ... بزيارة لتعليم المنطقة الشرقية التقوا فيها بمدير
# عام التعليم ... سامي العتيبي" is a visit and the meeting it holds: one CONSULT, the visitors as source and the host
# as target (README batches 45–48), undated (decided: a student delegation visiting another region's department is
# coded as README's visiting troupes, not as a minister in his own agency). Al-Otaibi's account of the visit's
# meaning is the host's framing of the CONSULT (decided: no SUPPORT; it describes the visit's aims, it does not praise
# a party). "موجهاً الطلبة للعمل على رفعة دينهم ووطنهم" and "محذرهم من الانسياق وراء ما يريده أعداء الأمة" are a
# moral exhortation and warning to the students: claims only, no REQUEST (README: a religious or general exhortation
# is a claim but no REQUEST; the enemies are generic). Not coded: the tour of Sci-Tech and the summer clubs (visits to
# venues with no party met; decided) and the anthem the students performed. Claims of al-Otaibi: قال (assert), مؤكداً
# (assert), موجهاً (other), محذرهم (warn). The host's list keeps no "تعليم المنطقة الشرقية" (it holds المنطقة الشرقية,
# named on its own).
i = 'snn-2015-08-03-1068'
t = news_text(i)
DELEGATION = ["Sufaraa al-Hazm delegation", "وفد «سفراء الحزم»", "سفراء الحزم", "وفد تعليم صبيا", "الوفد",
              "Sabya education"]
OTAIBI = ["Sami al-Otaibi", "سامي العتيبي", "العتيبي", "الدكتور العتيبي", "Eastern Province education"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "CONSULT", "source": DELEGATION, "target": OTAIBI}], "claims": [
    {"speaker": OTAIBI, "cue": cue(t, "وقال"), "stance": "assert"},
    {"speaker": OTAIBI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": OTAIBI, "cue": cue(t, "موجهاً"), "stance": "other"},
    {"speaker": OTAIBI, "cue": cue(t, "محذرهم"), "stance": "warn"}]})
# --- SaudiNewsNet (Saturday 2015-07-25): Algerian FM Ramtane Lamamra criticises former French president Sarkozy's
# remarks on Algeria. "انتقد رمطان لعمامرة ... تصريحات نيكولا ساركوزي ... قائلا إنها «غير مرحب بها»، وتساءل عن إمكانية
# عودة «الفكر الاستعماري»" and the body's quoted قال and أضاف are one criticism: one ACCUSE Lamamra → Sarkozy,
# undated (decided: the remarks were made in Paris at an undated meeting; "نشرتها اليوم" dates the papers'
# publication, not the words). "في تونس التي كان يزورها الاثنين" is a relative clause with its doer (the party
# leader): a visit, CONSULT Sarkozy → Tunisia, dated Monday 2015-07-20. Sarkozy's own remark that Tunisians did not
# choose their place between Algeria, which suffered fundamentalism, and Libya in chaos blames no one for an act:
# a claim, no ACCUSE (decided). Not coded: "وقد سئل الوزير" (passive), "أثارت تصريحات ساركوزي عاصفة" (no act on a
# party), the press's view (bare media: no claim either). Claims: Lamamra's انتقد (its قائلا opens the same statement:
# one claim, as batch 85's "أوضح … قائلا"; accuse), تساءل (accuse), the body's قال (accuse; the lead's summary and the
# body's quote are counted apart, as batches 83 and 87 count a lead's and a body's cues) and أضاف (accuse); Sarkozy's
# قال (assert). Sarkozy, out of office, lists no state; Lamamra lists Algeria.
i = 'snn-2015-07-25-0222'
t = news_text(i)
LAMAMRA = ["Ramtane Lamamra", "رمطان لعمامرة", "لعمامرة", "وزير الخارجية الجزائري", "الوزير الجزائري", "Algeria",
           "الجزائر"]
SARKOZY = ["Nicolas Sarkozy", "نيكولا ساركوزي", "ساركوزي", "الرئيس الفرنسي السابق", "رئيس حزب الجمهوريين",
           "الرئيس السابق"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ACCUSE", "source": LAMAMRA, "target": SARKOZY},
    {"code": "CONSULT", "source": SARKOZY, "target": ["Tunisia", "تونس"], "date": "2015-07-20"}], "claims": [
    {"speaker": LAMAMRA, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": LAMAMRA, "cue": cue(t, "وتساءل"), "stance": "accuse"},
    {"speaker": SARKOZY, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": LAMAMRA, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": LAMAMRA, "cue": cue(t, "وأضاف"), "stance": "accuse"}]})
# --- Jawhara FM (Friday 2016-07-29): the Tayar al-Mahabba party calls, at a press conference this evening, for a
# non-partisan government of national competences headed by Hachemi Hamdi. "دعا حزب تيار المحبة ... إلى انشاء حكومة
# كفاءات وطنية" names no addressee: REQUEST with no target (README), dated by "مساء اليوم الجمعة". "تيار المحبة يعتبر
# حكومة الحبيب الصيد فاشلة" is ACCUSE of the Essid government, and "لن يجدد التيار الثقة في الحبيب الصيد" an announced
# refusal of confidence: REJECT (decided: a refusal of support with no condition, not README's conditional veto, which
# is THREATEN); both dated 2016-07-29 (decided: Sahbi's statement to the correspondent reports that evening's press
# conference, as the first sentence says). Not coded: "لن يمنح الثقة لأي حكومة جديدة قائمة على محاصصات حزبية" (a
# hypothetical government, no party), the party proposing its own leader (internal), the press conference (no
# meeting). Claims: دعا (other; "بحسب ما صرح به ... محمد الصحبي" attributes the same call to the party's own
# official in the same sentence: no second claim, as README's "وفق بلاغ لوزارة"), Sahbi's أكد (accuse), قال (Hamdi
# never left politics, a rebuttal of the premise of his "return": deny, with no REJECT since no rumour is named) and
# مضيفا (assert). "وفق تعبيره" repeats its speaker. The government lists Tunisia.
i = 'ant-JA-politic-109-20160729'
t = news_text(i)
TAYAR = ["Tayar al-Mahabba", "Current of Love", "تيار المحبة", "حزب تيار المحبة", "التيار"]
SAHBI = ["Mohamed Sahbi", "محمد الصحبي", "الصحبي"] + TAYAR
ESSID = ["Habib Essid government", "حكومة الحبيب الصيد", "الحبيب الصيد", "Habib Essid", "Tunisian government",
         "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-07-29", "events": [
    {"code": "REQUEST", "source": TAYAR, "target": [], "date": "2016-07-29"},
    {"code": "ACCUSE", "source": TAYAR, "target": ESSID, "date": "2016-07-29"},
    {"code": "REJECT", "source": TAYAR, "target": ESSID, "date": "2016-07-29"}], "claims": [
    {"speaker": SAHBI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SAHBI, "cue": cue(t, "وأكد"), "stance": "accuse"},
    {"speaker": SAHBI, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": SAHBI, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM (2017-05-06): North Korea demands that the United States apologise for plotting to assassinate Kim
# Jong-un. "طالبت بيونغ يانغ الولايات المتحدة بالاعتذار ... ومحاسبة الأشخاص المسؤولين" is REQUEST North Korea → the
# US; the plot it names is a noun (README: an accusation's content told as a verbal noun is no event of its own).
# "واتهمت بيونغ يانغ الولايات المتحدة وكوريا الجنوبية بمحاولة عزل الجمهورية وخنقها"، with "واصفة واشنطن بمدبر ...
# لأعمال إرهاب الدولة" in the same sentence, is one ACCUSE of both states. "وتوعدت بيونغ يانغ بأن وزارة الأمن القومي
# ستمحو ... الأجهزة الاستخباراتية الأمريكية وتلك التي تتبع لجارتها الجنوبية" is THREATEN of the two intelligence
# services (and "all enemy agents"). "وكانت وزارة الأمن القومي ... أعلنت عن إحباط عملية سرية مشتركة بين وكالة
# الاستخبارات المركزية الأمريكية والاستخبارات الكورية الجنوبية" names the plotters after its own inquiry: a second
# ACCUSE, by the ministry, of the CIA and South Korean intelligence (README: a ministry naming the doer after its
# investigation); the joint operation and its foiling are nouns. All undated (no day in the text). "امتنع البيت الأبيض
# عن التعليق" is declined comment: neither event nor claim. Claims: طالبت (other; "وفقا لوكالة الأنباء المركزية في
# كوريا الشمالية" is the state's own agency, in the same sentence: no second claim), اتهمت (accuse), واصفة (accuse; a
# distinct content, README batches 89–92: an accusation's verb and the facts it gives are two claims), توعدت (warn),
# the ministry's أعلنت (accuse). The ministry lists North Korea.
i = 'ant-JA-internationalNews-886-20170506'
t = news_text(i)
NK = ["North Korea", "كوريا الشمالية", "بيونغ يانغ", "Pyongyang"]
US = ["United States", "الولايات المتحدة", "واشنطن", "Washington"]
SK = ["South Korea", "كوريا الجنوبية", "جارتها الجنوبية"]
MSS = ["North Korean Ministry of State Security", "وزارة الأمن القومي", "وزارة الأمن القومي في كوريا الشمالية",
       "North Korea", "كوريا الشمالية"]
US_INTEL = ["CIA", "US intelligence agencies", "الأجهزة الاستخباراتية الأمريكية", "وكالة الاستخبارات المركزية الأمريكية",
            "United States"]
SK_INTEL = ["South Korean intelligence", "الاستخبارات الكورية الجنوبية", "South Korea"]
recs.append({"id": i, "text": t, "published": "2017-05-06", "events": [
    {"code": "REQUEST", "source": NK, "target": US},
    {"code": "ACCUSE", "source": NK, "target": US + SK},
    {"code": "THREATEN", "source": NK, "target": US_INTEL + SK_INTEL + ["enemy agents", "جميع عملاء العدو"]},
    {"code": "ACCUSE", "source": MSS, "target": US_INTEL + SK_INTEL}], "claims": [
    {"speaker": NK, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": NK, "cue": cue(t, "واتهمت"), "stance": "accuse"},
    {"speaker": NK, "cue": cue(t, "واصفة"), "stance": "accuse"},
    {"speaker": NK, "cue": cue(t, "وتوعدت"), "stance": "warn"},
    {"speaker": MSS, "cue": cue(t, "أعلنت"), "stance": "accuse"}]})
# --- Jawhara FM (Tuesday 2017-01-31): the medical and paramedical staff of the emergency department of Taher Sfar
# hospital in Mahdia hold a protest stand this morning over missing equipment, and threaten a strike. "نفذ الإطار الطبي
# وشبه الطبي ... وقفة احتجاجية" is PROTEST, dated 2017-01-31; the stand names no addressee in its clause, so no target
# (README: a protest needs no target; the demands are the union official's own REQUEST). "ندد المحتجون بنقص النظافة"
# is the protesters' complaint, blaming no party: a claim, no ACCUSE (README batches 69–72). The union secretary
# Mohamed Sayoud's "مطالبا الإدارة الجهوية للصحة بالمهدية والوزارة بتوفير ظروف العمل الملائمة" is REQUEST to the
# regional health directorate and the ministry; "ملوحا بالتصعيد إذا لم يتم تلبية الاحتياجات بإعلان إضراب بكامل
# المستشفى" a conditional threat of a strike: THREATEN (README: batch 65's "ملوحا بالتصعيد") of the same bodies. Both
# undated (decided: his statement to the correspondent is given no day of its own; only the stand is dated). Not
# coded: "استنفاذ كل سبل الحوار" (a noun). Claims: the protesters' ندد (accuse; the staff of a named hospital
# department are tied to it); Sayoud's أكد and أضاف (grievances: accuse, as batch 90 takes health grievances), مطالبا
# (other), أشار (assert), ملوحا (warn). Aliases holding المهدية (named in several phrases) are left out.
i = 'ant-JA-localNews-436-20170131'
t = news_text(i)
STAFF = ["Taher Sfar hospital emergency staff", "الإطار الطبي وشبه الطبي", "الإطار الطبي وشبه الطبي لقسم الاستعجالي",
         "المحتجون", "medical and paramedical staff"]
SAYOUD = ["Mohamed Sayoud", "محمد الصيود", "الصيود", "الكاتب العام للنقابة الأساسية للصحة", "النقابة الأساسية للصحة",
          "basic health union"]
HEALTH = ["regional health directorate", "الإدارة الجهوية للصحة", "Ministry of Health", "الوزارة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-01-31", "events": [
    {"code": "PROTEST", "source": STAFF, "target": [], "date": "2017-01-31"},
    {"code": "REQUEST", "source": SAYOUD, "target": HEALTH},
    {"code": "THREATEN", "source": SAYOUD, "target": HEALTH}], "claims": [
    {"speaker": STAFF, "cue": cue(t, "ندد"), "stance": "accuse"},
    {"speaker": SAYOUD, "cue": cue(t, "وأكد"), "stance": "accuse"},
    {"speaker": SAYOUD, "cue": cue(t, "وأضاف"), "stance": "accuse"},
    {"speaker": SAYOUD, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": SAYOUD, "cue": cue(t, "وأشار"), "stance": "assert"},
    {"speaker": SAYOUD, "cue": cue(t, "ملوحا"), "stance": "warn"}]})
# --- Jawhara FM (Monday 2017-01-09): Monastir's municipal police carry out a demolition order against a cold-storage
# unit in the central market. "نفذت الشرطة البلدية اليوم الإثنين 9 جانفي 2017 قرار هدم وازالة مركب تبريد" is the
# enforcement of an administrative decision against its owner: COERCE (decided: administrative enforcement, CAMEO 172,
# as README's passive "تم تطبيق العقوبات", not the vandalism ASSAULT of batches 27–28), dated; "تنفيذ البلدية للقرار"
# and "اضطرت لتطبيق القرار" re-tell it, and the order itself "صدر يوم 17 ديسمبر" is passive. The owner's "قدم
# اعتراضا لدى المحكمة الإدارية" is a legal challenge to the municipality's decision: ACCUSE owner → municipality
# (README: a lawsuit filed is ACCUSE), and his "فوجئ بتنفيذ البلدية للقرار في تجاهل تام لقرارات المحكمة الإدارية"
# blames the municipality: a second ACCUSE (README batches 89–92: a complaint and a later blame are two ACCUSE); both
# undated (his statement has no day of its own). The mayor's "البلدية أصدرت عدة تنبيهات لصاحب المركب" is a historical
# clause with its doer: formal warnings before enforcement, THREATEN municipality → owner (README: a formal warning),
# undated; his "عدم التزامه بخلاص المعاليم البلدية ... والتواجد في فضاء غير مرخص له" charges the owner with breaches:
# ACCUSE (README: calling a party in breach), undated; it contradicts the owner without an explicit denial, so no
# REJECT (README batch 27–28). Claims: the owner (one unnamed but specific person, README batches 89–92): أكد (his
# licence: assert), أضاف (dues paid: assert), مؤكدا (the order ignored the court: accuse); the mayor's أكد (assert)
# and أوضح (accuse). "حسب قوله" twice repeats its speaker. No alias holds المنستير (named on its own).
i = 'ant-JA-localNews-2257-20170109'
t = news_text(i)
MUNICIPALITY = ["Monastir municipality", "البلدية", "الشرطة البلدية", "municipal police"]
HMIDA = ["Nabil Hmida", "نبيل حميدة", "حميدة", "رئيس النيابة الخصوصية"] + MUNICIPALITY
OWNER = ["cold-storage owner", "صاحب المركب", "owner"]
recs.append({"id": i, "text": t, "published": "2017-01-09", "events": [
    {"code": "COERCE", "source": MUNICIPALITY, "target": OWNER, "date": "2017-01-09"},
    {"code": "ACCUSE", "source": OWNER, "target": MUNICIPALITY},
    {"code": "ACCUSE", "source": OWNER, "target": MUNICIPALITY},
    {"code": "THREATEN", "source": MUNICIPALITY, "target": OWNER},
    {"code": "ACCUSE", "source": HMIDA, "target": OWNER}], "claims": [
    {"speaker": OWNER, "cue": cue(t, "وأكد"), "stance": "assert"},
    {"speaker": OWNER, "cue": cue(t, "وأضاف"), "stance": "assert"},
    {"speaker": OWNER, "cue": cue(t, "مؤكدا"), "stance": "accuse"},
    {"speaker": HMIDA, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": HMIDA, "cue": cue(t, "وأوضح"), "stance": "accuse"}]})
# --- Jawhara FM (Thursday 2015-12-31): the Ministry of Equipment requisitions staff to run the Djerba ferries during
# the public-works federation's strike today and tomorrow. "أعلنت وزارة التجهيز اليوم ... أنها قررت اللجوء إلى التسخير
# لتشغيل بطاحات جربة" is the requisition of strikers: COERCE ministry → the federation and the ferry workers, dated.
# The strike itself is only "بعد قرار الجامعة ... شن إضراب" (a noun after بعد: background, not coded; decided). "نفت
# الوزارة ... الاتهامات الموجهة لها من الأطراف النقابية" is REJECT of the unions (README: a denial targets who made the
# charges), dated by "في بلاغ لها اليوم"; the charges are a noun with a participle (no ACCUSE of their own). "كانت
# سباقة إلى اتخاذ إجراءات جديدة خلال 2015 طالب بها الطرف النقابي", with the housing plots given to the workers, is the
# ministry meeting the union's demands: one CONCEDE ministry → union (README: accepting staff demands), undated (2015);
# the vehicles and credits given to its own ferry administration are internal. "مؤكدة أن الطرف النقابي لم يحترم
# التزامه" is ACCUSE ministry → union, dated. "باب الحوار يظل مفتوحا" is an offer of dialogue: AGREE (GUIDELINES:
# offers), dated. "المنحة التي يطالب الطرف النقابي بزيادة قيمتها" is a relative clause with its doer: REQUEST union →
# ministry, undated. Not coded: the April 2015 agreement (a noun) and "تم إقرارها ... سنة 2013" (passive). Claims of
# the ministry: أعلنت (assert), نفت (deny), مبينة (the rebuttal: deny), أضافت (assert), مؤكدة (accuse), أبرزت (the
# offer: promise), مشيرة (assert); "وفق ما أفاد ذات البلاغ" repeats its sentence's speaker.
i = 'ant-JA-localNews-4462-20151231'
t = news_text(i)
MINISTRY = ["Ministry of Equipment", "وزارة التجهيز", "الوزارة", "Tunisia"]
UNION = ["General Federation of Public Works, Housing and Environment",
         "الجامعة العامة للأشغال العمومية والإسكان والبيئة", "اتحاد الشغل", "الأطراف النقابية", "الطرف النقابي",
         "UGTT"]
WORKERS = ["Djerba ferry workers", "عملة البطاحات", "العملة"]
recs.append({"id": i, "text": t, "published": "2015-12-31", "events": [
    {"code": "COERCE", "source": MINISTRY, "target": UNION + WORKERS, "date": "2015-12-31"},
    {"code": "REJECT", "source": MINISTRY, "target": UNION, "date": "2015-12-31"},
    {"code": "CONCEDE", "source": MINISTRY, "target": UNION + WORKERS},
    {"code": "ACCUSE", "source": MINISTRY, "target": UNION, "date": "2015-12-31"},
    {"code": "AGREE", "source": MINISTRY, "target": UNION, "date": "2015-12-31"},
    {"code": "REQUEST", "source": UNION, "target": MINISTRY}], "claims": [
    {"speaker": MINISTRY, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "ونفت"), "stance": "deny"},
    {"speaker": MINISTRY, "cue": cue(t, "مبينة"), "stance": "deny"},
    {"speaker": MINISTRY, "cue": cue(t, "وأضافت"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "مؤكدة"), "stance": "accuse"},
    {"speaker": MINISTRY, "cue": cue(t, "وأبرزت"), "stance": "promise"},
    {"speaker": MINISTRY, "cue": cue(t, "مشيرة"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch101.gold.jsonl', recs)
