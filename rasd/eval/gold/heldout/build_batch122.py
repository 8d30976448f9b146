"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 122 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq (Jeddah desk): New Jersey police arrest a young Saudi charged with beating a man with a bottle and a stick.
# "اعتقلت شرطة ولاية نيوجيرسي الأمريكية شاباً سعودياً بتهمة ضرب رجل" is an arrest with its doer: COERCE NJ police →
# the suspects; "وتم إلقاء القبض بعد ذلك بساعات قليلة على المتهمَيْن" (passive) retells the same arrest of both men, and
# "تم احتجاز المتهمَيْن" and the bail "فرض كفالة مالية ... إلى حين مثولهما أمام المحكمة بتهمة" (passive, no court
# named) continue it: one COERCE (README: "arrested and charged" in one clause is one COERCE; the charge is folded
# in). "قامت الشرطة على الفور بالتعميم على أوصاف السيارة" is the hunt leading to the arrest: folded into it (README:
# the police going to the spot folded into the arrest; decided). The beating itself is told only as nouns ("بتهمة
# ضرب رجل"، "باعتداء شخصَيْن عليه"، "آثار ضرب"): not coded (GUIDELINES: nominalised events). The flight ("قبل أن يفر")
# acts on no party. "أبلغه باعتداء شخصَيْن عليه" is the victim reporting his attackers to a policeman: ACCUSE victim →
# the two attackers (README: a friend's report of a suspect to the police is ACCUSE; decided), and a claim of the
# victim, one unnamed but specific person (README batches 89–92), stance accuse. "وذكر موقع نورث نيوجيرسي" is the
# outlet reporting on its own account: a claim (assert). No day is given: all undated. Sabq's byline is no speaker.
i = 'snn-2015-07-26-1427'
t = news_text(i)
NJ_POLICE = ["New Jersey police", "شرطة ولاية نيوجيرسي الأمريكية", "شرطة ولاية نيوجيرسي", "الشرطة",
             "United States"]
SUSPECTS = ["the two suspects", "شاباً سعودياً", "شابا سعوديا", "المتهمَيْن", "المتهمين", "أحدهما",
            "شخصَيْن", "شخصين"]
VICTIM = ["assault victim", "رجلاً لا يرتدي قميصاً", "رجلا لا يرتدي قميصا", "الرجل"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "COERCE", "source": NJ_POLICE, "target": SUSPECTS},
    {"code": "ACCUSE", "source": VICTIM, "target": SUSPECTS}], "claims": [
    {"speaker": ["North Jersey", "نورث نيوجيرسي", "موقع نورث نيوجيرسي"], "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": VICTIM, "cue": cue(t, "أبلغه"), "stance": "accuse"}]})
# --- Sabq (Jazan desk): the Jazan Emirate warns against carrying weapons and firing shots at weddings. The emirate's
# concern and warning address "بعض المواطنين", a generic class: claims only, no ACCUSE or THREATEN (README: a warning
# to a generic class makes only a claim; condemning a generic group makes accuse claims but no ACCUSE). The interior
# minister's instructions to the regional emirates ("تعليمات ... المبلغة إلى إمارات المناطق") and the Jazan governor's
# circular to his governorates' heads and security directors ("أصدر أمير منطقة جازان ... تعميماً عاجلاً") are
# instructions inside the state's own administration: internal, no event (README: a minister instructing his own
# governors, a prime minister's circular to his own civil servants). The obligation on hall owners is part of those
# directives (a rule for a generic class): no REQUEST. Claims: the emirate's أعربت (its concern and displeasure:
# accuse) and محذرة (warn); its spokesman Ali bin Musa Zaala's قال (the instructions to confront the practice firmly
# and apply penalties: warn, decided), the first وأضاف (what the directives require: other) and the second (the
# governor's circular: assert).
i = 'snn-2015-08-06-3080'
t = news_text(i)
EMIRATE = ["Jazan Emirate", "إمارة منطقة جازان", "إمارة جازان", "الإمارة"]
ZAALA = ["Ali bin Musa Zaala", "علي بن موسى زعلة", "زعلة", "المتحدث الرسمي باسم الإمارة",
         "المتحدث الرسمي"] + EMIRATE
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": EMIRATE, "cue": cue(t, "أعربت"), "stance": "accuse"},
    {"speaker": EMIRATE, "cue": cue(t, "محذرة"), "stance": "warn"},
    {"speaker": ZAALA, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": ZAALA, "cue": cue(t, "أضاف", 1), "stance": "other"},
    {"speaker": ZAALA, "cue": cue(t, "أضاف", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Egyptian football): Ismaily refuses to sell Amr El Solia's contract to Al Ahly or Zamalek.
# Transfer business is not coded (README: transfer offers and refusals between clubs are sport business): the board's
# "نفى ... وجود أي نية لبيع عقد" is a refusal to sell, not a denial of a named report (README: refusing to sell a
# painting is a claim, deny, but no event; decided), "ورفض رحيله", the player's refusal of renewal and of the Emirati
# offer, the stalled deal and "يتمسك ناديه باستمراره" are no events. "قرر مجلس إدارة الإسماعيلى، معاقبة عمرو السولية
# بمنعه من ارتداء شارة القيادة" is a disciplinary sanction by a named body: COERCE Ismaily → El Solia (README: a
# disciplinary ban by a named body is COERCE, sport or not; a board relieving its own team administrator is COERCE);
# the website's "قرر سحب شارة الكابتن من اللاعب" is the same sanction. "هدده بأن «القادم سيكون صعبا» لو رفض تمديد
# عقده" is a conditional threat: THREATEN Ismaily → El Solia (README: a bargain "وإلا سيستبعده" is THREATEN); the
# website's "أو أن القادم سيكون صعبا" repeats it (one THREATEN). "هذا يدل أنه يرفض إفادة ناديه ويجبر إدارة النادي على
# البيع" blames the player: ACCUSE Ismaily → El Solia (README: fans' anger at a player, channels saying a player
# fled). All undated. "كانت مصادر قد كشفت" is a bare source: no claim. Claims of the Ismaily board: نفى (deny),
# مشيرا (the player stays: assert), "قال فيه" in the statement (no intention to sell, refusing arm-twisting: deny),
# هدده (warn), "وقال الإسماعيلي بموقعه" (the armband decision: assert), وأضاف (accuse), وتابع (warn). The board is
# chaired by Mohamed Abou El Saoud, who is listed with it.
i = 'snn-2015-08-06-0885'
t = news_text(i)
ISMAILY = ["Ismaily", "النادي الإسماعيلي", "الإسماعيلي", "الإسماعيلى", "مجلس إدارة النادي الإسماعيلي",
           "مجلس الإسماعيلى", "مجلس إدارة الإسماعيلى", "مجلس الإدارة", "إدارة النادي", "Mohamed Abou El Saoud",
           "محمد أبو السعود"]
SOLIA = ["Amr El Solia", "عمرو السولية", "السولية", "اللاعب"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "COERCE", "source": ISMAILY, "target": SOLIA},
    {"code": "THREATEN", "source": ISMAILY, "target": SOLIA},
    {"code": "ACCUSE", "source": ISMAILY, "target": SOLIA}], "claims": [
    {"speaker": ISMAILY, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": ISMAILY, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": ISMAILY, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": ISMAILY, "cue": cue(t, "هدده"), "stance": "warn"},
    {"speaker": ISMAILY, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": ISMAILY, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": ISMAILY, "cue": cue(t, "تابع"), "stance": "warn"}]})
# --- SaudiNewsNet (agencies): nine Algerian soldiers killed in an attack in Ain Defla. "تعرضت مفرزة للجيش الوطني
# الشعبي لإطلاق نار من طرف مجموعة إرهابية" names its doer (من طرف): ASSAULT terrorist group → the army detachment,
# dated by the ministry's "يوم 17 يوليو 2015" (2015-07-17). Al-Qaeda's statement ("تبنى فيه مقتل 14 جنديا", "تمكنوا
# في مساء يوم العيد من قتل 14 عسكريا اثر كمين نصبوه", Eid al-Fitr evening = 17 July 2015, same region) claims the same
# ambush: one instance, al-Qaeda in the source list beside the ministry's "مجموعة إرهابية" (decided; the tolls differ
# but the day and place agree); "المهاجمين غنموا اسلحة وذخائر وانسحبوا" is the same operation. "وفور وقوع هذه الجريمة،
# تم تطويق المنطقة ومباشرة عملية تمشيط واسعة ومطاردة هؤلاء المجرمين واكتشاف مخابئهم وتدميرهم" is passive, but the
# ministry reports its own army's operation: ASSAULT army → the attackers (README: a passive use of fire a ministry
# reports of its own unit is that unit's; a pursuit and sweeps one ASSAULT), undated. The ministry calling the
# attackers a terrorist group and the act a crime ("هذه الجريمة"، "الأعمال الإجرامية"، "هؤلاء المجرمين") is one
# ACCUSE ministry → attackers (README: a spokesman describing a dead man as an al-Qaeda figure, two officials
# describing the same attackers), undated (the statement has no day). "لن تزيد أفراد الجيش ... إلا عزيمة وإصرارا
# لمطاردة فلول هؤلاء المجرمين والقضاء عليهم" is a vow: THREATEN ministry → the terrorist groups (README: a vow to
# fight ISIS is THREATEN and a warn claim), undated. Not coded: the sweep the detachment was on ("خلال عملية بحث
# وتمشيط", a noun), "الضربات الموجعة التي تلقتها الجماعات الإرهابية" (no doer), "لم تعلن وزارة الدفاع حصيلة القتلى"
# (an omission). Claims: the ministry's اكدت، قال (its statement)، موضحا (the toll)، وقالت (the date)، واضاف (the
# pursuit): assert; وأكدت: warn. Al-Qaeda's تحدث (its statement claiming the killing; decided that it, not تبنى,
# is the cue), وقال التنظيم and مؤكدا: assert.
i = 'snn-2015-07-22-0978'
t = news_text(i)
MOD = ["Algerian Ministry of Defence", "وزراة الدفاع الجزائرية", "وزراة الدفاع", "وزارة الدفاع", "Algeria",
       "الجزائر"]
ARMY = ["Algerian People's National Army", "الجيش الوطني الشعبي", "مفرزة للجيش الوطني الشعبي", "الجيش",
        "جنود الجيش", "الجيش الجزائري", "Algeria", "الجزائر"]
ATTACKERS = ["terrorist group", "مجموعة إرهابية", "al-Qaeda in the Islamic Maghreb", "تنظيم القاعدة", "القاعدة",
             "التنظيم", "عناصره", "المهاجمين", "منفذي الهجوم", "هؤلاء المجرمين", "الجماعات الإرهابية"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ASSAULT", "source": ATTACKERS, "target": ARMY, "date": "2015-07-17"},
    {"code": "ASSAULT", "source": ARMY, "target": ATTACKERS},
    {"code": "ACCUSE", "source": MOD, "target": ATTACKERS},
    {"code": "THREATEN", "source": MOD, "target": ATTACKERS}], "claims": [
    {"speaker": MOD, "cue": cue(t, "اكدت"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ATTACKERS, "cue": cue(t, "تحدث"), "stance": "assert"},
    {"speaker": ATTACKERS, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": ATTACKERS, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "اضاف"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "أكدت"), "stance": "warn"}]})
# --- SaudiNewsNet: Kuwait strongly condemns the terrorist bombing of an emergency-forces mosque in Asir. "أعربت دولة
# الكويت عن ادانتها واستنكارها ... لحادث التفجير الإرهابي" condemns an attack whose doer the text does not name (the
# bombing is a noun and "الذي استهدف مسجداً" has the bombing, not a doer, as subject, so it is not coded): ACCUSE
# Kuwait with no target (README: a condemnation with no doer named has no target); the Foreign Ministry source's
# "هذه الجريمة البشعة" is the same condemnation. "أكد وقوف دولة الكويت الكامل إلى جانب المملكة العربية السعودية
# وتأييدها لجميع الإجراءات" is SUPPORT Kuwait → Saudi Arabia. Both undated ("أمس" dates the bombing, not the
# statement). The condolences and the prayer (عبر المصدر عن خالص التعازي، متضرعا) are neither events nor claims
# (GUIDELINES/README). Claims: Kuwait's أعربت (accuse); the "مصدر مسؤول في وزارة الخارجية الكويتية" (tied to a named
# ministry) قال (accuse) and وأكد (assert).
i = 'snn-2015-08-07-0358'
t = news_text(i)
KUWAIT = ["Kuwait", "دولة الكويت", "الكويت"]
KW_SOURCE = ["Kuwaiti Foreign Ministry source", "مصدر مسؤول في وزارة الخارجية الكويتية", "وزارة الخارجية",
             "المصدر"] + KUWAIT
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": KW_SOURCE, "target": []},
    {"code": "SUPPORT", "source": KW_SOURCE, "target": ["Saudi Arabia", "المملكة العربية السعودية"]}], "claims": [
    {"speaker": KUWAIT, "cue": cue(t, "أعربت"), "stance": "accuse"},
    {"speaker": KW_SOURCE, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": KW_SOURCE, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Jawhara FM (Monday 2017-01-30): a suspect in the Quebec City mosque attack called the police to give himself
# up. The attack ("الهجوم الذي جدّ مساء الأحد، داخل مسجد") is told with its suspects (أحد المشتبه بهما في الهجوم،
# منفذي الهجوم): ASSAULT suspects → the mosque, dated "مساء الأحد" (2017-01-29) (README batches 109–112: an explosion's
# doer taken from "المشتبه في ارتكابه"; decided); both men the agency names are in the source list, since the text
# leaves open which one police hold as the suspect. "اتصل بالشرطة لتسليم نفسه" (retold by "قام بالاتصال بالأمن ...
# وحدّد مكان تواجده") is a surrender: RETREAT suspect → Quebec police (README: a surrender is RETREAT). "قبل أن يتم
# إلقاء القبض عليه" and "شخصا واحدا ممن قبض عليهما" are passive arrests given to the one police force the article names:
# one COERCE Quebec police → the two men held, with "يعتبر مشتبها به" folded in (README: the suspicion folded into the
# arrest). Surrender and arrest came "بعد زمن قصير من وقوع الهجوم" on a Sunday evening: undated (decided; no day is
# fixed). "تم التعرف على منفذي الهجوم" is passive with no agent: no ACCUSE. Claims: the Quebec police security source
# (tied to a named body) قال and وأضاف (assert); the Canadian Press's أوردت (its own report: assert); Quebec police's
# قالت (one suspect, one witness: assert, as it corrects without an explicit denial; no REJECT).
i = 'ant-JA-internationalNews-106-20170130'
t = news_text(i)
QC_POLICE = ["Quebec police", "شرطة كيبيك", "الشرطة", "الأمن"]
QC_SOURCE = ["Quebec police security source", "مصدر أمني في شرطة كيبيك", "المصدر نفسه"] + QC_POLICE
SUSPECT = ["mosque attack suspect", "أحد المشتبه بهما", "المشتبه بهما", "الشخص المذكور", "مشتبها به",
           "منفذي الهجوم", "Alexandre Bissonnette", "ألكسندر بوسينيت", "Mohamed Khadir", "محمد خضير"]
recs.append({"id": i, "text": t, "published": "2017-01-30", "events": [
    {"code": "ASSAULT", "source": SUSPECT, "target": ["Quebec City mosque", "مسجد", "المسجد الكندي"],
     "date": "2017-01-29"},
    {"code": "RETREAT", "source": SUSPECT, "target": QC_POLICE},
    {"code": "COERCE", "source": QC_POLICE, "target": SUSPECT + ["شخصا واحدا", "الرجل الآخر"]}], "claims": [
    {"speaker": QC_SOURCE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": QC_SOURCE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Canadian Press", "وكالة الأنباء الكندية"], "cue": cue(t, "أوردت"), "stance": "assert"},
    {"speaker": QC_POLICE, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Jawhara FM (Sunday 2017-05-07): the basic union of the National Centre for Educational Technologies threatens
# to withhold the baccalaureate and "النوفيام" results. "هددت ... بمقاطعة جميع الأنشطة المتعلقة بنشر نتائج الامتحانات
# الوطنية بسبب مماطلة ... سلطة الإشراف" and "أعلن الميساوي أن النقابة ستقوم بحجب جميع أعداد الإمتحانات ... في حال لم
# تتلق ردا ... قبل يوم 20 ماي" are one conditional threat told twice: one THREATEN union → the supervising Ministry of
# Education (README: an announced boycott or strike is THREATEN against the ministry), undated (20 May is the
# deadline, not the day of the threat). "وتطالب النقابة بتطبيق بنود الاتفاق الممضى بينها وبين وزارة التربية" is
# REQUEST union → ministry, undated; the March 2016 agreement is a participle (background), and the stalling given as
# the threat's reason (بسبب مماطلة) is a noun: no ACCUSE of its own (decided). Secretary-general Lamjed Missaoui speaks
# for the union, so he is listed with it, and the attribution phrases "حسب تعبير لمجد الميساوي" and "وقفا للميساوي"
# attribute their sentence's content to the union's own spokesman: no second claims (decided, README: an attribution
# naming the speaker's own body in the same sentence is not a second claim). Claims: هددت (warn), تطالب (other),
# Missaoui's أكد (the tension: assert) and أعلن (warn).
i = 'ant-JA-localNews-3918-20170507'
t = news_text(i)
UNION = ["basic union of the National Centre for Educational Technologies",
         "النقابة الأساسية للمركز الوطني للتكنولوجيات في التربية", "النقابة", "Lamjed Missaoui", "لمجد الميساوي",
         "الميساوي", "كاتب عام النقابة"]
MIN_EDU = ["Tunisian Ministry of Education", "وزارة التربية", "سلطة الإشراف", "الطرف الإداري", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-05-07", "events": [
    {"code": "THREATEN", "source": UNION, "target": MIN_EDU},
    {"code": "REQUEST", "source": UNION, "target": MIN_EDU}], "claims": [
    {"speaker": UNION, "cue": cue(t, "هددت"), "stance": "warn"},
    {"speaker": UNION, "cue": cue(t, "تطالب"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": UNION, "cue": cue(t, "أعلن"), "stance": "warn"}]})
# --- Jawhara FM (Saturday 2017-03-18): Algeria arrests three traders who held a Tunisian businessman. "أوقفت مصالح
# الحرس الوطني الجزائري بولاية باتنة، ليلة الخميس الماضي، ثلاثة تجار" is COERCE gendarmerie → the traders, dated by
# "ليلة الخميس الماضي" (2017-03-16; decided: the night is given Thursday's date, as GUIDELINES values a night by the
# weekday the text names); "تمكنت من خلالها من توقيف المتهمين الثلاثة" retells it. "تعرض التونسي ... لعملية احتجاز
# موصوفة قام بها ثلاثة تجار" (a relative clause with its doer), "عمدوا إلى جلب رجل الأعمال ... نحو بلدية فسديس" and the
# beating of "الشخص المحتجز" are one abduction: ASSAULT traders → the businessman (README: abduction and killing of
# one captive one ASSAULT; a girl held by ISIS is an abduction), undated. "يتهم كل طرف غريمه بعدم دفع مستحقات
# شراكة" is a mutual accusation: one reciprocal ACCUSE with both sides in the source and no target (GUIDELINES:
# reciprocal actors are one record), undated, and a claim of both (accuse). In the quarrel, "طالب الضحية بالمبالغ
# المستحقة له" is REQUEST businessman → traders (a demand verb); "ذكره المتهمون ... بالمبالغ المالية العالقة بذمته"
# has no call verb (README: no REQUEST without one): a claim of the traders (accuse), no event (decided). "قامت
# مصالح الدرك الوطني بتحريات ... وأعدت لهم محاضر جزائية قبل أن تحولهم الخميس على وكيل الجمهورية" is the police
# handling of the case: one ACCUSE gendarmerie → the traders (README: taking up a case, questioning and referring to
# the prosecutor are one ACCUSE of the culprit), undated (the inquiry spans days; only the referral has a day).
# "قاضي التحقيق الذي أمر بإيداع أحدهم الحبس المؤقت" is a relative clause with its doer: COERCE investigating judge →
# the trader remanded (README: a judge's order is COERCE with the judge as source), undated; "استفاد الآخران من إجراء
# الوضع رهن الرقابة القضائية" has the two men as subject and no doer: not coded. "قام مكتب الشرطة بالتبليغ عن الحالة"
# reports a case naming no culprit: no ACCUSE (README: an investigation with no wrongdoer). Claims: Echorouk's
# "بحسب ما أوردته" (the lead's only attribution) and "وحسب الجريدة ذاتها" (assert; the paper is the story's source).
i = 'ant-JA-internationalNews-555-20170318'
t = news_text(i)
GENDARMERIE = ["Algerian National Gendarmerie", "مصالح الحرس الوطني الجزائري", "الحرس الوطني الجزائري",
               "الحرس الوطني", "مصالح الدرك الوطني", "الدرك الوطني", "Algeria"]
TRADERS = ["three traders", "ثلاثة تجار", "التجار الثلاثة", "المتهمين الثلاثة", "المتهمون بالاحتجاز", "المتهمون",
           "أحدهم"]
BUSINESSMAN = ["Tunisian businessman", "تونسي", "التونسي", "رجل الأعمال", "رجل أعمال", "الضحية", "الشخص المحتجز"]
ECHOROUK = ["Echorouk", "جريدة الشروق الجزائرية", "جريدة الشروق", "الشروق", "الجريدة ذاتها"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [
    {"code": "COERCE", "source": GENDARMERIE, "target": TRADERS, "date": "2017-03-16"},
    {"code": "ASSAULT", "source": TRADERS, "target": BUSINESSMAN},
    {"code": "ACCUSE", "source": TRADERS + BUSINESSMAN, "target": []},
    {"code": "REQUEST", "source": BUSINESSMAN, "target": TRADERS},
    {"code": "ACCUSE", "source": GENDARMERIE, "target": TRADERS},
    {"code": "COERCE", "source": ["investigating judge", "قاضي التحقيق", "Algeria"], "target": TRADERS}],
    "claims": [
    {"speaker": ECHOROUK, "cue": cue(t, "بحسب ما أوردته"), "stance": "assert"},
    {"speaker": TRADERS + BUSINESSMAN, "cue": cue(t, "يتهم"), "stance": "accuse"},
    {"speaker": TRADERS, "cue": cue(t, "ذكره"), "stance": "accuse"},
    {"speaker": BUSINESSMAN, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ECHOROUK, "cue": cue(t, "حسب", 2), "stance": "assert"}]})
# --- Jawhara FM (Monday 2016-12-12): the Tunisian journalists' union (SNJT) calls on the Algerian authorities to
# investigate the death of blogger Mohamed Tamalt. "دعت ... السلطات الجزائرية اليوم الاثنين إلى فتح تحقيق" is REQUEST
# SNJT → Algerian authorities, dated 2016-12-12; "بحسب بيان أصدرته" gives the same speaker in the same sentence (no
# second claim). "واستغربت النقابة من التشفي التي واجهت بها السلطات الصحفي" is criticism of the authorities: ACCUSE
# SNJT → Algerian authorities, dated 2016-12-12 as part of the statement the lead dates (decided). Background, all
# finite clauses with their doers (README: historical clauses are coded): "أضرب عن الطعام احتجاجاً على سجنه" (with
# "بدأ إضراباً عن الطعام ليلة القبض عليه ... في 27 جوان") is one PROTEST by Tamalt, with no target as the clause names
# no jailer (batch 23's hunger strike; decided), undated (it ran for months); "قصيدة هاجم فيها الرئيس الجزائري عبد
# العزيز بوتفليقة" is a relative clause with its doer: ACCUSE Tamalt → Bouteflika, undated, no claim (a poem, no
# statement given); "حكمت عليه محكمة جزائرية بالسجن لمدة عامين في 11 جويلية، وغرامة" is a judicial penalty: SANCTION
# court → Tamalt, 2016-07-11 (README: each court's sentence a SANCTION), with the passive "أدين بـ" folded in; "تم
# تأكيد الحكم بعد الطعن في 9 أوت في محكمة الاستئناف" names the appeal court that confirmed it: a second SANCTION,
# 2016-08-09 (decided). "طالبت عديد المنظمات الحقوقية بإطلاق سراح تامالت" is REQUEST rights organisations → the
# Algerian authorities the next clause names, and "لكن السلطات الجزائرية تعنتت ورفضت ذلك" REJECT authorities →
# organisations (README: a refusal to release a detainee is REJECT), both undated; the organisations are a bare group
# (no claim) but an event's source (README). Not coded: the arrest ("القبض عليه", a noun), the death (no doer), the
# appeal ("بعد الطعن", a noun). Claims: SNJT's دعت (other) and استغربت (accuse).
i = 'ant-JA-localNews-190-12122016'
t = news_text(i)
SNJT = ["National Union of Tunisian Journalists", "SNJT", "النقابة الوطنية للصحفيين التونسيين", "النقابة"]
ALG_AUTH = ["Algerian authorities", "السلطات الجزائرية", "السلطات", "Algeria", "الجزائر"]
TAMALT = ["Mohamed Tamalt", "محمد تامالت", "تامالت", "المدون الجزائري محمد تامالت", "الصحفي محمد تامالت"]
RIGHTS = ["rights organisations", "عديد المنظمات الحقوقية", "المنظمات الحقوقية"]
recs.append({"id": i, "text": t, "published": "2016-12-12", "events": [
    {"code": "REQUEST", "source": SNJT, "target": ALG_AUTH, "date": "2016-12-12"},
    {"code": "PROTEST", "source": TAMALT, "target": []},
    {"code": "ACCUSE", "source": TAMALT,
     "target": ["Abdelaziz Bouteflika", "عبد العزيز بوتفليقة", "بوتفليقة", "Algeria"]},
    {"code": "SANCTION", "source": ["Algerian court", "محكمة جزائرية", "Algeria"], "target": TAMALT,
     "date": "2016-07-11"},
    {"code": "SANCTION", "source": ["Algerian Court of Appeal", "محكمة الاستئناف", "Algeria"], "target": TAMALT,
     "date": "2016-08-09"},
    {"code": "REQUEST", "source": RIGHTS, "target": ALG_AUTH},
    {"code": "REJECT", "source": ALG_AUTH, "target": RIGHTS},
    {"code": "ACCUSE", "source": SNJT, "target": ALG_AUTH, "date": "2016-12-12"}], "claims": [
    {"speaker": SNJT, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": SNJT, "cue": cue(t, "استغربت"), "stance": "accuse"}]})
# --- Jawhara FM / TAP (Tuesday 2017-01-10): the Jendouba prosecution opens an inquiry into threats against the head
# of the lawyers' regional branch. "أذنت النيابة العمومية ... يوم أمس الاثنين بفتح بحث في الاعتداء" is an ordered
# inquiry naming no culprit: ACCUSE prosecution with no target (README: a governor ordering an inquiry is ACCUSE with
# no target), dated 2017-01-09. The threatening graffiti ("كتابة بعض العبارات التي تضمنت تهديدا") has no doer: not
# coded. "بعد أن قرّر إحالة خمسة محامين على عدم المباشرة وإحالة ثلاثة آخرين على مجلس التأديب بتهمة السمسرة" is the
# branch head's disciplinary decision: one COERCE Naggati → the eight lawyers (README: a disciplinary ban by a named
# body is COERCE; "arrested and charged" in one clause one COERCE, so the charge is folded in; decided), undated.
# "وأدان مجلس الفرع الجهوي ... في بيان له يوم أمس التهديد الذي تعرض له رئيس الفرع" condemns a threat whose authors are
# not named: ACCUSE council with no target, dated 2017-01-09. "كما دعا المجلس المحامين بالجهة إلى اجتماع طارئ" is the
# bar branch calling its own members to a meeting: internal business, no event (decided, as build_batch108 leaves a
# party's coming meetings of its own bodies uncoded), but a claim (other). Claims: Naggati's "وفق ما صرح به" (his
# sentence's only attribution; TAP's correspondent is the conduit: assert); the council's أدان and واصفا (calling it
# criminal practice, content of its own: accuse) and دعا (other).
i = 'ant-JA-localNews-2249-20170110'
t = news_text(i)
PROSECUTION = ["Public Prosecution at the Jendouba Court of First Instance",
               "النيابة العمومية بالمحكمة الابتدائية بجندوبة", "النيابة العمومية", "Tunisia"]
NAGGATI = ["Faycal Naggati", "فيصل النقاطي", "النقاطي", "رئيس الفرع الجهوي للمحامين بجندوبة", "رئيس الفرع"]
COUNCIL = ["Jendouba regional bar council", "مجلس الفرع الجهوي للمحامين بجندوبة", "مجلس الفرع الجهوي للمحامين",
           "المجلس"]
recs.append({"id": i, "text": t, "published": "2017-01-10", "events": [
    {"code": "ACCUSE", "source": PROSECUTION, "target": [], "date": "2017-01-09"},
    {"code": "COERCE", "source": NAGGATI, "target": ["eight lawyers", "خمسة محامين", "ثلاثة آخرين"]},
    {"code": "ACCUSE", "source": COUNCIL, "target": [], "date": "2017-01-09"}], "claims": [
    {"speaker": NAGGATI, "cue": cue(t, "وفق ما صرح به"), "stance": "assert"},
    {"speaker": COUNCIL, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": COUNCIL, "cue": cue(t, "واصفا"), "stance": "accuse"},
    {"speaker": COUNCIL, "cue": cue(t, "دعا"), "stance": "other"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch122.gold.jsonl', recs)
