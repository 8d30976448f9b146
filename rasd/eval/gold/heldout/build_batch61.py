"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 61 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Weeam: Qatargas denies sponsoring Al-Hilal for eight years. "أكدت شركة قطر غاز ... عدم صحة ما تردد حول
# رعايتها لنادي الهلال" and "مؤكدة عدم صحة ما تداولته بعض وسائل التواصل الإجتماعي ... من دعم أحد الأندية الخليجية"
# are one denial of a rumour, and the closing link line "غاز قطر تنفي توقيع رعاية" (part of the text, batches 43 and
# 56) re-tells it: one REJECT with no target, since the company's denial names no author ("ما تردد", "بعض وسائل
# التواصل": batches 15 and 43; the narrator's "جدير بالذكر" background, which names the media figures who spread it,
# is not what the company answers, decided), undated (no day). The sponsorship itself is the denied rumour, and the
# company's pride in the Gulf clubs' achievements praises no named party: no events. Claims: أكدت (deny), أوضحت (its
# pride in the clubs: assert), مؤكدة (a distinct denial in the أوضحت sentence: deny), the link line's تنفي (deny), and
# Mustafa Al-Agha's tweet "تغريدة له تضمنت «ألف مليون مبروك عقد رعاية قطر غاز للزعيم السعودي»", a named author's
# quoted words asserting the deal (decided: a tweet with content is a claim, batches 28 and 46; cue تضمنت, assert).
# "بعض وسائل التواصل" and "عدد كبير من الإعلاميين" are bare sources. Qatar is named on its own nowhere in the text, so
# the company keeps "قطر غاز" and "غاز قطر".
i = 'snn-2015-07-23-0959'
t = news_text(i)
QATARGAS = ["Qatargas", "قطر غاز", "شركة قطر غاز", "غاز قطر", "الشركة"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REJECT", "source": QATARGAS, "target": []}], "claims": [
    {"speaker": QATARGAS, "cue": cue(t, "أكدت"), "stance": "deny"},
    {"speaker": QATARGAS, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": QATARGAS, "cue": cue(t, "مؤكدة"), "stance": "deny"},
    {"speaker": ["Mustafa Al-Agha", "مصطفى الأغا", "الأغا"], "cue": cue(t, "تضمنت"), "stance": "assert"},
    {"speaker": QATARGAS, "cue": cue(t, "تنفي"), "stance": "deny"}]})
# --- Al-Yaum: the Asharqia Chamber's secretary-general, Abdulrahman al-Wabel, received a high-level Algerian media
# delegation on Wednesday evening (2015-07-29, the Wednesday before the Friday corpus date). "استقبل ... وفدا
# إعلاميا ... قدم من جمهورية الجزائر ... في إطار زيارته للمملكة" is a hosted visit: one CONSULT, the visitors the
# source and the host the target (batches 15 and 22), dated; the documentary the delegation watched "خلال اللقاء" is
# part of it. The delegation's "أبدى اعضاء الوفد إعجابهم بما وصلت إليه المنطقة الشرقية من نمو ... مشيدين بالخدمات
# التي تقدمها غرفة الشرقية" is one sentence's praise: one SUPPORT with the chamber and the region in one target list
# (batch 15's praise with a compound target), dated by the visit it is told in. "أعربوا عن أملهم في المزيد من
# التعاون والتنسيق ... بين المملكة والجزائر" and "شددوا على أهمية زيادة التبادل التجاري، وإقامة المشروعات المشتركة
# بين البلدين" voice one intent to cooperate: one AGREE towards the host and the Kingdom (batch 15's Majdoub, batch
# 17's hope for cooperation), dated. Al-Wabel's welcome (رحب) greets the delegation and his "قدم لمحة" reports no
# statement (batches 9, 22, 56): no claims. Claims: the delegation's أبدى (admiration, batches 12 and 39), مشيدين,
# أعربوا (a hope) and شددوا (the importance of trade, an intent: assert, as batch 15's Majdoub), all assert. The
# delegation, an official Algerian one visiting the Kingdom, lists Algeria; the host lists the Kingdom ("زيارته
# للمملكة"). The region's list keeps only "المنطقة الشرقية" (the chamber's name holds الشرقية, but neither word set
# contains the other).
i = 'snn-2015-07-31-1686'
t = news_text(i)
DELEGATION = ["Algerian media delegation", "وفدا إعلاميا رفيع المستوى", "وفدا إعلاميا", "الوفد الإعلامي الجزائري",
              "الوفد الزائر", "الوفد", "اعضاء الوفد", "Algeria", "الجزائر", "جمهورية الجزائر"]
WABEL = ["Abdulrahman al-Wabel", "عبدالرحمن بن عبدالله الوابل", "الوابل", "أمين عام غرفة الشرقية",
         "امين عام الغرفة", "Asharqia Chamber", "غرفة الشرقية", "الغرفة", "Saudi Arabia", "المملكة"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": DELEGATION, "target": WABEL, "date": "2015-07-29"},
    {"code": "SUPPORT", "source": DELEGATION, "target": WABEL + ["Eastern Province", "المنطقة الشرقية"],
     "date": "2015-07-29"},
    {"code": "AGREE", "source": DELEGATION, "target": WABEL, "date": "2015-07-29"}], "claims": [
    {"speaker": DELEGATION, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": DELEGATION, "cue": cue(t, "مشيدين"), "stance": "assert"},
    {"speaker": DELEGATION, "cue": cue(t, "أعربوا"), "stance": "assert"},
    {"speaker": DELEGATION, "cue": cue(t, "شددوا"), "stance": "assert"}]})
# --- Al-Watan: UNICEF: 365 children killed in Yemen since the war began in March; schools closed, destroyed, used
# as shelters. The killings, the war and "القتال تسبب في إغلاق ... وتدمير" have no doer; "جرى استخدام 270 مدرسة
# ملاجئ للنازحين، واحتلال 68 مدرسة من قبل المجموعات المسلحة" is a statistic inside the statement, a masdar whose
# agent is a generic "المجموعات المسلحة" (decided: nominal background, as batch 41 leaves the daily attacks "من قبل
# المنحرفين"): not coded. "أكد البيان أن المنظمة قامت بتجهيز فصول دراسية موقتة لامتحانات خاصة بتلاميذ المدارس" is
# UNICEF providing for the pupils: AID (batch 53: a charity handing aid to named recipients), undated (no day).
# Harneis's "ناشد أطراف النزاع أن يضمنوا سلامة المدارس" is REQUEST to the parties to the conflict, undated. His
# "إننا نبذل قصارى جهودنا لإعادة الأطفال إلى المدارس" describes the same work: no event of its own. The report's and
# the statement's findings (health effects, unvaccinated children) name no doer. Claims: "كشفت إحصائية للأمم
# المتحدة" (the UN's statistic: assert), حذرت (warn), the UNICEF statement's قال and أكد (assert), Harneis's قال
# (assert), مضيفا (his agency's effort: assert) and ناشد (other), the earlier report's أكد (fighting exposes millions
# to disease: warn), the statement's قالت (assert) and Salama's أضاف (children may die of preventable disease: warn).
# The UN and UNICEF are one speaker list (the statistic and "المنظمة الدولية" are UNICEF's; UNICEF's Arabic name
# holds الأمم المتحدة). Harneis's title holds اليمن and Salama's الشرق الأوسط (named only there, but اليمن is named
# on its own): titles left out. The pupils list Yemen (country-level coding of the recipients).
i = 'snn-2015-07-26-0912'
t = news_text(i)
UNICEF = ["UNICEF", "يونيسيف", "اليونيسيف", "منظمة الأمم المتحدة للطفولة", "United Nations", "الأمم المتحدة",
          "المنظمة الدولية", "المنظمة"]
HARNEIS = ["Julien Harneis", "جوليان هارنيس", "هارنيس"] + UNICEF
SALAMA = ["Peter Salama", "بيتر سلامة", "مدير المنظمة"] + UNICEF
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "AID", "source": UNICEF,
     "target": ["pupils", "تلاميذ المدارس الابتدائية والإعدادية", "تلاميذ المدارس", "Yemeni children", "الأطفال",
                "Yemen", "اليمن"]},
    {"code": "REQUEST", "source": HARNEIS, "target": ["parties to the conflict", "أطراف النزاع"]}], "claims": [
    {"speaker": UNICEF, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": UNICEF, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": UNICEF, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": UNICEF, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": HARNEIS, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": HARNEIS, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": HARNEIS, "cue": cue(t, "ناشد"), "stance": "other"},
    {"speaker": UNICEF, "cue": cue(t, "أكد", 2), "stance": "warn"},
    {"speaker": UNICEF, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SALAMA, "cue": cue(t, "أضاف"), "stance": "warn"}]})
# --- Al-Yaum: Olympique de Marseille attacks its former coach Marcelo Bielsa after his resignation. The lead's
# "انتقد نادي أولمبيك مارسيليا مدربه السابق ... متهما إياه بإعطاء الأولوية لمصالحه الشخصية", the statement's قال and
# أضاف, and president Labrune's "هذا القرار المتسرع" are one party's criticism of one man: one ACCUSE (several verbs,
# one ACCUSE, batches 33–36; Labrune speaks for the club and joins its list), undated (the statement has no day).
# Bielsa's resignation (a relative clause) and the contract details "التي ناقشناها في اجتماع بسيط، الأربعاء" are
# sport business between a club and its coach (batches 26, 32, 35, 38: contracts and transfers; decided: the
# Wednesday meeting, told in Labrune's "we" with no other party named, is contract talk, no CONSULT). Socialist
# politician Patrick Mennucci's "انتقد ... إدارة مارسيليا" is ACCUSE of the management; his "مشددا على ضرورة بيع
# النادي لصالح أحد المستثمرين" a call whose doer is the management he criticises: REQUEST to it (batch 52: "أكد
# ضرورة" is a call on the party it names); both undated. L'Equipe's speculation about Klopp, Zidane, Ancelotti or
# Capello is transfer talk: no events. Claims: the lead's متهما (the reporting verb with the content of "انتقد ...
# متهما", one sentence, one content, batch 51; accuse), the statement's قال and أضاف (accuse), Labrune's قال
# (bewilderment at a "hasty" decision: accuse), Mennucci's انتقد (accuse) and مشددا (a distinct content: other),
# L'Equipe's مشيرة (the cue of "تحدثت ... مشيرة", as batch 52 takes قال in "تباهى ... وقال") and ألمحت (a distinct
# content), both assert. The first "قال" of the text is inside استقالته, so the statement's قال is the second.
i = 'snn-2015-08-11-1164'
t = news_text(i)
OM = ["Olympique de Marseille", "أولمبيك مارسيليا", "نادي أولمبيك مارسيليا", "مارسيليا", "نادي مارسيليا",
      "النادي الفرنسي", "النادي", "إدارة أولمبيك مارسيليا", "Vincent Labrune", "فينسينت لابورن", "لابورن",
      "رئيس نادي مارسيليا"]
OM_MANAGEMENT = ["Marseille management", "إدارة مارسيليا", "إدارة أولمبيك مارسيليا", "أولمبيك مارسيليا",
                 "Olympique de Marseille", "Vincent Labrune", "فينسينت لابورن", "لابورن"]
BIELSA = ["Marcelo Bielsa", "مارسيلو بيلسا", "بيلسا", "مدربه السابق الأرجنتيني مارسيلو بيلسا"]
MENNUCCI = ["Patrick Mennucci", "باتريك مينو", "مينو", "السياسي الاشتراكي باتريك مينو"]
LEQUIPE = ["L'Equipe", "ليكيب", "صحيفة ليكيب"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "ACCUSE", "source": OM, "target": BIELSA},
    {"code": "ACCUSE", "source": MENNUCCI, "target": OM_MANAGEMENT},
    {"code": "REQUEST", "source": MENNUCCI, "target": OM_MANAGEMENT}], "claims": [
    {"speaker": OM, "cue": cue(t, "متهما"), "stance": "accuse"},
    {"speaker": OM, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": OM, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": OM, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": MENNUCCI, "cue": cue(t, "انتقد", 2), "stance": "accuse"},
    {"speaker": MENNUCCI, "cue": cue(t, "مشددا"), "stance": "other"},
    {"speaker": LEQUIPE, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": LEQUIPE, "cue": cue(t, "ألمحت"), "stance": "assert"}]})
# --- Sabq: a contractor's road works in the Fifa mountains leave a citizen's house close to collapse. The works
# ("قام المقاول بتوسعة الطريق، وانتزاع أجزاء من الجدار"; the owner's "قام بقصّ طريق المنزل ... نحت الجدار") damage
# a house as a side effect of construction (decided: negligence, not an attack on property, as batch 56 leaves a
# doctor's malpractice): no ASSAULT. "طالب «الفيفي» الجهات المعنية بتوجيه المقاول بإقامة جدار حجري" is REQUEST to
# the authorities concerned; "رفع «الفيفي» شكاوى من أعمال المقاول الخطيرة على منزله" a formal complaint naming its
# culprit: ACCUSE owner → contractor (batch 31's complaint); both undated. The owner is the "الفيفي" of these two
# sentences (the complaints are about "منزله", the demand asks to spare "them" their ordeal; decided: the nisba of the
# quoted owner, not the reporter of the byline), so his list holds it. Claims: the owner's قال (the contractor's
# damage: accuse), أضاف (the cracks, the family's fear: assert) and طالب (other). Sabq (لـ"سبق") is the addressee.
i = 'snn-2015-08-06-3112'
t = news_text(i)
OWNER = ["Jaber al-Abdali", "جابر جبار أسعد العبدلي", "العبدلي", "صاحب المنزل", "الفيفي", "homeowner", "مواطن"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": OWNER, "target": ["authorities concerned", "الجهات المعنية"]},
    {"code": "ACCUSE", "source": OWNER, "target": ["contractor", "المقاول", "أحد المقاولين", "مقاول"]}], "claims": [
    {"speaker": OWNER, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": OWNER, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": OWNER, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- Jawhara FM: the Mourouj security units arrest six people over the "braquage" of a citizen carrying 80,000
# dinars. "تمكنت الوحدات الأمنية بالمروج من القبض على 6 أشخاص" and the source's "تم القبض على شابين" are one arrest:
# COERCE, undated (only the statement, "اليوم الجمعة 12 فيفري 2016", has a day). The robbery (سلبوه حقيبة، قاما بسلب
# المواطن حقيبته) is theft with no violence told (batch 56: robbery is no ASSAULT); the seizures are passive; the
# investigation is a noun (خلال الأبحاث). The two young men's confession naming four accomplices is the
# investigation's result, no ACCUSE of its own (decided). Claims: "وفق ما أكده عبد القادر فرحات" (its sentence's
# only attribution, the phrase as cue, batch 51), his أفاد, both assert; the two arrested men's اعترفا (identified
# suspects' confession, batches 33, 41, 56: assert). الكبارية, المروج and القرجاني are named places, so no alias holds
# them.
i = 'ant-JA-society-689-20160212'
t = news_text(i)
FARHAT = ["Abdelkader Farhat", "عبد القادر فرحات", "فرحات", "الإدارة الفرعية لمكافحة الإجرام", "ذات المصدر",
          "Tunisian police"]
POLICE = ["security units", "الوحدات الأمنية", "Tunisian police", "Tunisia"]
TWO = ["two young men", "شابين"]
recs.append({"id": i, "text": t, "published": "2016-02-12", "events": [
    {"code": "COERCE", "source": POLICE, "target": ["six suspects", "6 أشخاص", "أشخاص"] + TWO}], "claims": [
    {"speaker": FARHAT, "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": FARHAT, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": TWO, "cue": cue(t, "اعترفا"), "stance": "assert"}]})
# --- Jawhara FM: the union of the staff of the General Directorate of Intervention Units calls its members and all
# security agents to prepare a protest after two of its men were arrested for murder, and gives the supervisory
# authority 48 hours. "أعلنت النقابة ... عن امهالها 48 ساعة لسلطة الإشراف للتدخل" is an ultimatum and the announced
# protest its pressure: one THREATEN towards the supervisory authority (batch 41: an ultimatum is THREATEN; batches
# 33–36 and 49–52: an announced protest is THREATEN), undated (the statement has no day). "دعت ... منخرطيها وعموم
# الأمنيين إلى الاستعداد لتنفيذ تحرك احتجاجي" is a call with named addressees reaching beyond the union's members:
# REQUEST (as batch 51's association calling the residents), undated. Not coded: the arrest of the lieutenant and
# the officer (a masdar, "ايقاف ... بتهمة القتل العمد", no doer named) and the shooting at the car that killed two girls
# ("أسفرت العملية عن اطلاق النار", a masdar whose doer is only implied by the patrol; decided: nominal background).
# Claims: دعت (other) and أعلنت (the ultimatum: warn). The supervisory authority (the Interior Ministry, which the text
# does not name) lists it in English only.
i = 'ant-JA-localNews-1720-20150113'
t = news_text(i)
UNION = ["union of the staff of the General Directorate of Intervention Units",
         "نقابة موظفي الإدارة العامة لوحدات التدخل", "النقابة"]
recs.append({"id": i, "text": t, "published": "2015-01-13", "events": [
    {"code": "THREATEN", "source": UNION,
     "target": ["supervisory authority", "سلطة الإشراف", "Tunisian Ministry of Interior", "Tunisia"]},
    {"code": "REQUEST", "source": UNION,
     "target": ["union members", "منخرطيها", "security personnel", "عموم الأمنيين", "الأمنيين"]}], "claims": [
    {"speaker": UNION, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "أعلنت"), "stance": "warn"}]})
# --- Jawhara FM: teachers who passed the CAPES 2015 with a 10/20 average stand in protest this morning (Tuesday
# 2015-10-27) before the Ministry of Education, demanding to be hired. "نظم الأساتذة ... وقفة احتجاجية أمام وزارة
# التربية للمطالبة بأحقيتهم في الإنتداب" is PROTEST towards the ministry whose hiring they demand (batch 50: a protest
# at a body against its own decisions targets it), dated. "وقفة احتجاجية نفذوها الأسبوع الماضي" is a relative
# clause with its doer: a second PROTEST, same target (the minister answered them during it), undated (a week).
# "وزير التربية وعدهم خلال وقفة احتجاجية ... بالنظر في مطالبهم وطرحها على رئاسة الحكومة" is a promise: AGREE
# minister → teachers (the lead's "تلقيهم وعودا" re-tells it), undated (الأسبوع الماضي is no day). "أقر وزير التربية
# بوجود 4000 الاف شغور" is an acknowledgement, no event. Claims: coordinator Chadlia al-Hadhiri's أكدت and أضافت
# (assert); inside them the minister's own embedded speech (batches 29–30, 56): وعدهم (promise) and أقر (assert);
# "على حد قولها" repeats its sentence's speaker. Hadhiri, the teachers' general coordinator, joins their list. The
# minister is not named; his list holds his ministry and Tunisia, and the teachers' "الأساتذة" no ministry word.
i = 'ant-JA-localNews-4020-20151027'
t = news_text(i)
TEACHERS = ["CAPES 2015 teachers", "الأساتذة", "الأساتذة الذين اجتازوا بنجاح مناظرة capes 2015",
            "Chadlia al-Hadhiri", "شاذلية الحضيري", "الحضيري", "المنسقة العامة"]
MINISTRY = ["Ministry of Education", "وزارة التربية", "Minister of Education", "وزير التربية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-10-27", "events": [
    {"code": "PROTEST", "source": TEACHERS, "target": MINISTRY, "date": "2015-10-27"},
    {"code": "PROTEST", "source": TEACHERS, "target": MINISTRY},
    {"code": "AGREE", "source": MINISTRY, "target": TEACHERS}], "claims": [
    {"speaker": TEACHERS, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "وعدهم"), "stance": "promise"},
    {"speaker": TEACHERS, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "أقر"), "stance": "assert"}]})
# --- Jawhara FM: the Al Massar party condemns the security forces' violence against the law students' protest at
# the Kasbah. "عبر ... عن استغرابه واستنكاره لإستعمال العنف من طرف قوات الأمن" condemns the security forces: ACCUSE
# (condemnation, GUIDELINES), undated (the statement has no day). The violence itself is told only as the
# condemnation's masdar object (decided: as batch 25 leaves the condemned "الاقتحامات ... من قبل المتطرفين"): no
# ASSAULT. "احتجاج سلمي قام به طلبة الحقوق بساحة القصبة" is a relative clause with its doer: PROTEST with no target
# (no addressee named; the Kasbah is its place), undated. "يؤكد تضامنه مع المطالب المشروعة لطلبة الحقوق" is
# solidarity with a named party: SUPPORT (batch 47), folding in its attachment to the right to protest. "يدعو وزارة
# الداخليّة إلى فتح تحقيق" and "دعا وزارة العدل الى التفاعل الإيجابي مع مطلب سحب الامر عدد 345" are two REQUEST, one
# per addressee (batch 47). Claims: the first عبر (accuse), the second عبر (its attachment to peaceful protest) and
# يؤكد (solidarity), both assert, يدعو and دعا (other).
i = 'ant-JA-localNews-3434-20170412'
t = news_text(i)
MASSAR = ["Al Massar party", "حزب المسار", "المسار", "Social Democratic Path"]
STUDENTS = ["law students", "طلبة الحقوق", "الطلبة"]
recs.append({"id": i, "text": t, "published": "2017-04-12", "events": [
    {"code": "ACCUSE", "source": MASSAR, "target": ["security forces", "قوات الأمن", "Tunisian police", "Tunisia"]},
    {"code": "PROTEST", "source": STUDENTS, "target": []},
    {"code": "SUPPORT", "source": MASSAR, "target": STUDENTS},
    {"code": "REQUEST", "source": MASSAR, "target": ["Ministry of Interior", "وزارة الداخليّة", "وزارة الداخلية",
                                                     "Tunisia"]},
    {"code": "REQUEST", "source": MASSAR, "target": ["Ministry of Justice", "وزارة العدل", "Tunisia"]}], "claims": [
    {"speaker": MASSAR, "cue": cue(t, "عبر", 1), "stance": "accuse"},
    {"speaker": MASSAR, "cue": cue(t, "عبر", 2), "stance": "assert"},
    {"speaker": MASSAR, "cue": cue(t, "يؤكد"), "stance": "assert"},
    {"speaker": MASSAR, "cue": cue(t, "يدعو"), "stance": "other"},
    {"speaker": MASSAR, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Jawhara FM: the Turkish parliament today (Wednesday 2017-06-07; the text's "7 ماي" is a slip, the weekday and
# the corpus date agree on June) puts military agreements with Qatar on its agenda for ratification, in support of
# Qatar. "وضع البرلمان التركي ... على جدول أعماله عدداً من الاتفاقيات العسكرية ... للمصادقة عليها", which the text
# calls "هذا التحرك التركي دعماً لقطر", is SUPPORT parliament → Qatar (decided: the ratification of agreements with a
# named state, told as support for it, is no internal legislative work as batch 41's Knesset vote), dated. "تم
# توقيعها عام 2015 بين وزير الدفاع التركي السابق عصمت يلماز ووزير شؤون الدفاع القطري خالد بن محمد العطية" is passive
# but names both signatories: one reciprocal SUPPORT with both as source and no target (batches 34 and 47), undated
# (a year). Erdogan "الذي أكد وقوف بلاده بجانب قطر" (a relative clause with its doer) is SUPPORT, undated ("عشية
# تصريحات" fixes no day). "قطعت العلاقات مع قطر، يوم الاثنين" is SANCTION (batch 3, the dev set), dated Monday
# 2017-06-05; "وأغلقت مجالاتها الجوية أمام الرحلات التجارية من قطر وإليها" a second act, a restriction of movement
# (blockade, COERCE as batches 16 and 29), and "متهمة الدوحة بتمويل جماعات متشددة" ACCUSE, both in the same dated
# sentence. "وتنفي قطر بشدة، هذه الاتهامات" is REJECT Qatar → the accusing states (batch 3), undated. Not coded: the
# troops to be sent (passive future), the agreements' contents, the distribution to MPs (passive) and "كتلة حزب
# العدالة والتنمية في البرلمان طلبت التعجيل بمناقشة الاتفاقيات" (a bloc asking its own parliament to speed up a debate:
# internal procedure, decided; still a claim). Claims: Karar's ذكر (assert), the AKP bloc's طلبت (other), Erdogan's
# أكد (assert), the seven states' متهمة (accuse) and Qatar's تنفي (deny). "بحسب صحف محلية" is a bare source and
# "بحسب الدستور التركي" no speaker.
i = 'ant-JA-internationalNews-1136-20170607'
t = news_text(i)
QATAR = ["Qatar", "قطر", "الدوحة"]
PARLIAMENT = ["Turkish parliament", "البرلمان التركي", "البرلمان", "Grand National Assembly of Turkey", "Turkey"]
SIGNATORIES = ["Ismet Yilmaz", "عصمت يلماز", "يلماز", "Khalid bin Mohammed Al Attiyah", "خالد بن محمد العطية",
               "العطية", "Turkish and Qatari governments", "الحكومتين التركية والقطرية", "Turkey"] + QATAR
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب أردوغان", "أردوغان", "الرئيس التركي", "Turkey"]
SEVEN = ["Saudi Arabia", "السعودية", "Egypt", "مصر", "United Arab Emirates", "الإمارات", "Bahrain", "البحرين",
         "Yemen", "اليمن", "Libya", "ليبيا", "Maldives", "جزر المالديف"]
recs.append({"id": i, "text": t, "published": "2017-06-07", "events": [
    {"code": "SUPPORT", "source": PARLIAMENT, "target": QATAR, "date": "2017-06-07"},
    {"code": "SUPPORT", "source": SIGNATORIES, "target": []},
    {"code": "SUPPORT", "source": ERDOGAN, "target": QATAR},
    {"code": "SANCTION", "source": SEVEN, "target": QATAR, "date": "2017-06-05"},
    {"code": "COERCE", "source": SEVEN, "target": QATAR, "date": "2017-06-05"},
    {"code": "ACCUSE", "source": SEVEN, "target": QATAR, "date": "2017-06-05"},
    {"code": "REJECT", "source": QATAR, "target": SEVEN}], "claims": [
    {"speaker": ["Karar", "قرار", "موقع قرار"], "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": ["AKP parliamentary bloc", "كتلة حزب العدالة والتنمية", "حزب العدالة والتنمية", "AKP"],
     "cue": cue(t, "طلبت"), "stance": "other"},
    {"speaker": ERDOGAN, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SEVEN, "cue": cue(t, "متهمة"), "stance": "accuse"},
    {"speaker": QATAR, "cue": cue(t, "تنفي"), "stance": "deny"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch61.gold.jsonl', recs)
