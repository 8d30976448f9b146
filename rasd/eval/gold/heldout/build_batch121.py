"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 121 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Thursday 2015-07-23): the presentation circle of the Bureau of Investigation and Public Prosecution
# refuses, yesterday, to release the young men accused of harassing two girls on the Jeddah corniche and extends their
# detention by 15 days. "رفضت دائرة العرض ... أمس، إطلاق سراح المتهمين" refuses to release detainees (CAMEO 1243,
# README batches 61–64): REJECT the circle → the accused, dated by أمس (2015-07-22). "وأمرت بتمديد حبسهم 15 يوما" is a
# second finite verb of the same subject that orders their continued detention: COERCE the circle → the accused
# (decided: the refusal and the order are two acts, 1243 and 173), dated 2015-07-22. "وبدأت، أمس، دائرة العرض والأخلاق
# التحقيق الفعلي مع الشباب المتهمين" is an investigation with its doer: ACCUSE the circle → the accused (README:
# investigations of crimes are ACCUSE), dated 2015-07-22 (decided: the same circle of the Bureau, so one list). Not
# coded: the harassment itself (a noun, "قضية التحرش"), the referral of the file from the Bureau to its circle
# ("بعد إحالة", a noun and internal), the expected summons of more youths, the rental-shop manager and the girls (nouns
# and passives, passed on by bare sources), "ستبقي على المتهمين في التوقيف" (the bare sources' forecast of the same
# detention, folded into the COERCE), and the closing "يذكر أن" paragraph (the Jeddah court's habitual refusal of
# cases and the judges' insistence: a habitual practice with no instance, README batches 97–100; the prosecutor's
# duty is an obligation). Claims: "مصادر مطلعة" (twice, with مؤكدة) is a bare source (GUIDELINES): no claim. "يذكر أن"
# is the narrator. Forms holding جدة are left out of the lists.
i = 'snn-2015-07-23-1123'
t = news_text(i)
BIP = ["Bureau of Investigation and Public Prosecution presentation circle",
       "دائرة العرض في هيئة التحقيق والادعاء العام", "دائرة العرض", "دائرة العرض والأخلاق",
       "هيئة التحقيق والادعاء العام", "Bureau of Investigation and Public Prosecution"]
ACCUSED = ["young men accused of harassment", "المتهمين", "الشباب المتهمين بالتحرش", "الشباب المتهمين",
           "المتهمين في قضية التحرش"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REJECT", "source": BIP, "target": ACCUSED, "date": "2015-07-22"},
    {"code": "COERCE", "source": BIP, "target": ACCUSED, "date": "2015-07-22"},
    {"code": "ACCUSE", "source": BIP, "target": ACCUSED, "date": "2015-07-22"}], "claims": []})
# --- SaudiNewsNet / Al-Weeam (Tuesday 2015-07-21): the International Federation of Journalists today calls on the
# Houthis to free Saleh Sanhan, Saba's Hajjah office director, abducted on 29 May. "طالب الاتحاد الدولي للصحفيين
# اليوم المتمردين الحوثيين بالإفراج الفوري" is REQUEST IFJ → Houthis, dated 2015-07-21; the closing link line's
# headline (يطالب الحوثيين بالإفراج) re-tells it (one instance). "الذي جرى اختطافه من قبل مجموعة حوثية متمردة يوم 29
# مايو الماضي" is a passive with its agent (README batches 73–76): an abduction, ASSAULT (README batches 89–92) Houthi
# group → Sanhan, dated 2015-05-29. "بقرار مجلس الأمن رقم 2222 الذي يدعو المتمردين الحوثيين إلى ضرورة احترام عمل
# رجال الإعلام" is a relative clause with its doer: REQUEST UN Security Council → Houthis (decided: a resolution's call
# is the Council's, as batch 65–68's resolution is the Council's SUPPORT), undated; Boumelha's reminder of it is part
# of the IFJ's demand (decided: no second IFJ REQUEST). "قال البيان إن الاتحاد ... سجل بقلق كبير تكرر عمليات اغتيال
# الصحفيين اليمنيين على أيدي العناصر الحوثية" blames the Houthis for the killings: ACCUSE IFJ → Houthis (the joint
# statement with the Yemeni Journalists Syndicate, so both in the source), dated 2015-07-21 (decided: the statement of
# the lead's اليوم, README batches 69–72); the killings themselves are a noun. The concern for Sanhan's fate blames no
# one in its clause: a claim, no event. Claims: طالب (other); "وعبر في بيان مشترك ... عن قلقه البالغ" (concern:
# warn, as earlier batches take أعرب عن مخاوفه); Boumelha's ذكر (a reminder of a call: other); the statement's قال
# (accuse); the link line's يطالب (a headline speech verb in the text, batches 56, 65, 67, 84; other). "رابط الخبر
# بصحيفة الوئام" names the outlet, no speaker. Saba (وكالة الأنباء اليمنية) is named on its own, so Sanhan's list
# leaves out his title.
i = 'snn-2015-07-21-1816'
t = news_text(i)
IFJ = ["International Federation of Journalists", "IFJ", "الاتحاد الدولي للصحفيين"]
IFJ_STATEMENT = IFJ + ["Yemeni Journalists Syndicate", "الاتحاد اليمني للصحفيين", "البيان"]
BOUMELHA = ["Jim Boumelha", "جيم أبو ملحة", "أبو ملحة", "رئيس الاتحاد الدولي للصحفيين"] + IFJ
HOUTHIS = ["Houthis", "المتمردين الحوثيين", "الحوثيين", "مجموعة حوثية متمردة", "العناصر الحوثية"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REQUEST", "source": IFJ, "target": HOUTHIS, "date": "2015-07-21"},
    {"code": "ASSAULT", "source": HOUTHIS,
     "target": ["Saleh Sanhan", "صالح سنحان", "سنحان", "الإعلامي اليمني المختطف", "صحفي يمني"], "date": "2015-05-29"},
    {"code": "REQUEST", "source": ["UN Security Council", "مجلس الأمن", "Security Council"], "target": HOUTHIS},
    {"code": "ACCUSE", "source": IFJ_STATEMENT, "target": HOUTHIS, "date": "2015-07-21"}], "claims": [
    {"speaker": IFJ, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": IFJ_STATEMENT, "cue": cue(t, "عبر"), "stance": "warn"},
    {"speaker": BOUMELHA, "cue": cue(t, "ذكر"), "stance": "other"},
    {"speaker": IFJ_STATEMENT, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": IFJ, "cue": cue(t, "يطالب"), "stance": "other"}]})
# --- SaudiNewsNet (Tuesday 2015-08-04): Al-Namas governor Mohammed Hamoud Al-Nayef opens the ninth Al-Namas da'wa
# forum on the evening before yesterday (2015-08-02) and calls for standing up to "the deviant group". Opening the
# forum, the lectures and the programme are no PLOVER events. In his speech: "تلاحم الشعب والوقوف بحزم في وجه الفئة
# الباغية" is an exhortation naming no group (decided: a label, not a named party, so no ACCUSE); "داعيا الجميع إلى
# الوقوف بفخر" is a general exhortation with no addressee (README batches 85–88: a claim, no REQUEST); "إزاء المنجز
# الأمني البارع ... لرجال الأمن، منوها بالحس الرفيع في التعامل مع مثل هذه الأحداث" praises the security men: SUPPORT
# Al-Nayef → security men (decided: national forces, not his own staff, as batches 81–84's emir praising national
# bodies), dated by the speech (2015-08-02); "وطالب جميع المؤسسات الفكرية والتعليمية والتربوية والتوعوية" is a call on
# a generic class of institutions: a claim only (decided, README batches 81–84's generic class, not named sectors).
# Claims: قال (assert), داعيا (other), منوها (assert), طالب (other), مشيرا (what the forums "يجب أن تؤدي": a
# recommendation, other). Sheikh Saad al-Buraik's lecture has no content told: no claim. His list leaves out "محافظ
# النماص" (النماص is named on its own).
i = 'snn-2015-08-04-0848'
t = news_text(i)
NAYEF = ["Mohammed Hamoud Al-Nayef", "محمد حمود النايف", "النايف"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "SUPPORT", "source": NAYEF, "target": ["Saudi security men", "رجال الأمن"], "date": "2015-08-02"}],
    "claims": [
    {"speaker": NAYEF, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": NAYEF, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": NAYEF, "cue": cue(t, "منوها"), "stance": "assert"},
    {"speaker": NAYEF, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": NAYEF, "cue": cue(t, "مشيرا"), "stance": "other"}]})
# --- SaudiNewsNet (Saturday 2015-07-25): at least 12 killed today when two suicide bombers attack a crowded swimming
# pool in Tuz Khurmatu, northern Iraq. "عندما هاجم انتحاريان حمام سباحة مزدحمًا" is ASSAULT the two bombers → the
# pool and its bathers (mostly Turkmen), dated by "اليوم (السبت)" (2015-07-25); the mayor's account of the first bomber
# (فجر سترته الناسفة) and of the second (فجر شحنة ناسفة ... عند مدخل حمام السباحة) re-tell the same attack (one
# instance). "متشددي تنظيم داعش، نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات عراقية أخرى، بما في ذلك
# هجوم كبير ... في محافظة ديالى" is a finite clause with its doer: one ongoing ASSAULT ISIS → Iraq (README: a
# campaign told with its examples is one ASSAULT), undated. "وتركز قوات أمن وميليشيات أنظارها ... على محافظة الأنبار
# ... حيث يتأهبون لهجوم يستهدف استعادة المحافظة من أيدي الجماعات المتطرفة" is forces readying an offensive: MOBILIZE
# security forces and militias → the extremist groups (decided: an explicit, if indefinite, subject; a preparation,
# not yet an attack), undated. "وقال الحسيني إن الناس الأبرياء ... لم يتمكنوا من الهرب من الموت على أيدي أعتى
# المجرمين" condemns the attackers: ACCUSE al-Husseini → the bombers (README: a condemnation targets the doer the text
# names), dated by the same day's report (2015-07-25; README batches 89–92). Not coded: no claim of responsibility
# (negated), the wounded and dead (consequences), the police and rescuers moving the victims. Claims: the lead's "قال
# مسؤول محلي ومصادر بالشرطة" is the local official the text names later, Tuz Khurmatu's mayor Ali al-Husseini, with
# the same police sources (README batches 77–80: an anonymous official named later shares one list; decided), assert;
# his قال (2nd) and أضافوا (assert), قال (3rd, accuse). The police and hospital sources' أفادت are bare (GUIDELINES):
# no claim. His list leaves out his title, which holds طوز خورماتو.
i = 'snn-2015-07-25-0221'
t = news_text(i)
HUSSEINI = ["Ali al-Husseini", "علي الحسيني", "الحسيني", "مسؤول محلي"]
BOMBERS = ["suicide bombers", "انتحاريان", "مهاجمًا انتحاريًا", "مفجرًا انتحاريًا آخر", "مفجرًا انتحاريًا",
           "أعتى المجرمين"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "متشددي تنظيم داعش"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT", "source": BOMBERS,
     "target": ["swimming pool", "حمام سباحة مزدحمًا", "حمام سباحة", "حمام السباحة", "Turkmen", "الأقلية التركمانية",
                "12 شخصًا", "victims"], "date": "2015-07-25"},
    {"code": "ASSAULT", "source": ISIS, "target": ["Iraq", "العراق", "بغداد", "Baghdad", "ديالى", "Diyala"]},
    {"code": "MOBILIZE", "source": ["Iraqi security forces and militias", "قوات أمن وميليشيات", "قوات أمن",
                                    "ميليشيات"],
     "target": ["extremist groups", "الجماعات المتطرفة"]},
    {"code": "ACCUSE", "source": HUSSEINI, "target": BOMBERS, "date": "2015-07-25"}], "claims": [
    {"speaker": HUSSEINI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": HUSSEINI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": HUSSEINI, "cue": cue(t, "أضافوا"), "stance": "assert"},
    {"speaker": HUSSEINI, "cue": cue(t, "قال", 3), "stance": "accuse"}]})
# --- SaudiNewsNet (Saturday 2015-07-25): a general strike against Nepal's draft constitution shuts schools, markets
# and traffic yesterday, Friday (2015-07-24). "الإضراب الذي دعا إليه الحزب الشيوعي الماوي" names its caller in a
# relative clause, and the strike was held: one PROTEST with the caller and the strike organisers as source (README
# batches 57–60), its target the government whose constitution-drafting process it protests ("وتم تنظيم الإضراب
# احتجاجا على العملية السياسية التي تقوم بها الحكومة"), dated 2015-07-24; the organisers trying to stop traffic and
# close shops enforce the same strike (folded in). "وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة محاولة
# فرض الإضراب" is COERCE police → the 60 (the charge folded into the arrest), and "كما اعتقلت السلطات عشرة متظاهرين في
# منطقة ماكوانبور" a second arrest in another place: COERCE authorities → the ten protesters (README batches 65–68:
# arrests of two targets are two COERCEs); both undated (decided: the text gives Friday to the shutdown, not to the
# arrests). "وقالت الشرطة إنه تم تعزيز اجراءات الأمن في مختلف أنحاء البلاد" is a passive the police report of their own
# measures (README batches 57–60, 97–100): MOBILIZE police with no target (tightened security, README batches 89–92),
# undated. "تم احراق سيارات" is passive with no doer: not coded. Claims: the authorities' أعلنت, the police's ذكرت and
# قالت (all assert). Forms holding نيبال are kept only as the state of its own officials.
i = 'snn-2015-07-25-0639'
t = news_text(i)
NEPAL_AUTH = ["Nepalese authorities", "السلطات في نيبال", "السلطات", "Nepal", "نيبال"]
NEPAL_POLICE = ["Nepal Police", "الشرطة", "Nepal", "نيبال"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "PROTEST", "source": ["Communist Party of Nepal (Maoist)", "الحزب الشيوعي الماوي", "منظمو الاضراب",
                                   "strike organisers"],
     "target": ["Nepalese government", "الحكومة"], "date": "2015-07-24"},
    {"code": "COERCE", "source": NEPAL_POLICE, "target": ["60 people", "60 شخصا"]},
    {"code": "COERCE", "source": NEPAL_AUTH, "target": ["ten protesters", "عشرة متظاهرين", "متظاهرين"]},
    {"code": "MOBILIZE", "source": NEPAL_POLICE, "target": []}], "claims": [
    {"speaker": NEPAL_AUTH, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": NEPAL_POLICE, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": NEPAL_POLICE, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Jawhara FM (Thursday 2015-07-30): the National Guard post of Kalaa Kebira raids a house this morning and arrests
# nine of ten young people found drinking. "تمكن أعوان مركز الحرس الوطني ... صبيحة اليوم الخميس من مداهمة منزل" and
# the passive "وتم إيقافهم جميعا" (the raid's own arrest) are one COERCE National Guard → the young men and women
# (README: the police going to the spot folded into the arrest), dated by "صبيحة اليوم الخميس" (2015-07-30). "ووجهت
# لهم تهم البغاء والمشاركة فيه" is a passive charge: ACCUSE by the authorities the passage names, the National Guard
# post (README batches 73–76), undated (decided: the text gives the day to the raid only). Not coded: the young man
# who fled (no PLOVER act on a named party), the coming appearance before the prosecution (future, passive). No
# speaker: no claims. Forms holding القلعة الكبرى (named on its own) are left out.
i = 'ant-JA-society-101-30072015'
t = news_text(i)
NG = ["National Guard post", "أعوان مركز الحرس الوطني", "مركز الحرس الوطني", "الحرس الوطني", "National Guard",
      "Tunisia"]
YOUNG = ["young people arrested", "5 شبان و5 فتيات", "5 شبان", "5 فتيات", "الشبان", "الفتيات"]
recs.append({"id": i, "text": t, "published": "2015-07-30", "events": [
    {"code": "COERCE", "source": NG, "target": YOUNG, "date": "2015-07-30"},
    {"code": "ACCUSE", "source": NG, "target": YOUNG}], "claims": []})
# --- Jawhara FM (2017-03-10): Machrouu Tounes secretary-general Mohsen Marzouk says Ennahda takes part in protests
# demanding the dismissal of education minister Néji Jalloul. All undated (no day in the text). "معتبرا أن شقوق تحيط
# بها ... إضافة إلى أزمة أخلاقية وسياسية تعسف بها" criticises the national unity government: ACCUSE Marzouk → the
# government (README batches 89–92: a party criticising the government). "وأضاف أن حركة النهضة تشارك في التحركات
# الاجتماعية ... ضد الحكومة، كما أنها تدعم وتشارك في الاحتجاجات المطالبة بإقالة وزير التربية ناجي جلول" charges
# Ennahda: ACCUSE Marzouk → Ennahda; inside it two alleged clauses with their doer (README batches 69–72): PROTEST
# Ennahda → the government and PROTEST Ennahda → Jalloul (the protests' demand names their target, README batches
# 85–88; "تدعم وتشارك" one act, decided). "الانتخابات البلدية، التي ستشارك فيها حركة المشروع بقائمات مستقلة إضافة إلى
# بعض القائمات المشتركة مع جبهة الإنقاذ" is a relative clause with its doer announcing joint lists: AGREE Machrouu →
# the Salvation Front (decided: a planned electoral partnership with a coalition, future cooperation; borderline, as
# Machrouu is among its founders). "نفى التسريبات التي راجت مؤخرا" denies leaks with no named author: REJECT with no
# target (README session 16). Not coded: the polls and his challenge to them (GUIDELINES: polls), "لا يسعى إلى تزعم
# جبهة الإنقاذ" (a disavowal with no rumour named: claim only, README batches 97–100), his founding and leaving
# al-Kawakibi (no PLOVER act on a party). Claims: قال (1st, assert), معتبرا (accuse), أضاف (accuse), قال (3rd; the
# 2nd "قال" is inside بإقالة; assert), متابعا (assert), أكد (deny), نفى (deny), قائلا (decided: a second claim, as it
# adds that he founded al-Kawakibi but left it; deny).
i = 'ant-JA-localNews-2557-20170310'
t = news_text(i)
MARZOUK = ["Mohsen Marzouk", "محسن مرزوق", "مرزوق", "الأمين العام لحركة مشروع تونس", "Machrouu Tounes",
           "حركة مشروع تونس", "حركة المشروع"]
GOV = ["Tunisian national unity government", "حكومة الوحدة الوطنية", "الحكومة"]
ENNAHDA = ["Ennahda", "حركة النهضة", "النهضة"]
recs.append({"id": i, "text": t, "published": "2017-03-10", "events": [
    {"code": "ACCUSE", "source": MARZOUK, "target": GOV},
    {"code": "ACCUSE", "source": MARZOUK, "target": ENNAHDA},
    {"code": "PROTEST", "source": ENNAHDA, "target": GOV},
    {"code": "PROTEST", "source": ENNAHDA, "target": ["Néji Jalloul", "ناجي جلول", "جلول", "وزير التربية"]},
    {"code": "AGREE", "source": MARZOUK, "target": ["Salvation Front", "جبهة الإنقاذ", "Front du Salut"]},
    {"code": "REJECT", "source": MARZOUK, "target": []}], "claims": [
    {"speaker": MARZOUK, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MARZOUK, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": MARZOUK, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": MARZOUK, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": MARZOUK, "cue": cue(t, "متابعا"), "stance": "assert"},
    {"speaker": MARZOUK, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": MARZOUK, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": MARZOUK, "cue": cue(t, "قائلا"), "stance": "deny"}]})
# --- Jawhara FM (2016-02-25): the Interior Ministry announces today that a bag of takfiri books and CDs inciting
# terrorism was found in a second-hand clothes shop in Hay Ettadhamen (Ariana), and that the prosecution ordered the
# suspect held. The find is passive with no doer, and the National Guard's questioning of the shop owner and of the
# suspect are nouns ("بالتحري مع"، "عند التحقيق معه"): not coded. The shop owner's "أفاد أنّ الأغراض المذكورة تابعة
# لشخص سبق وأن عمل معه ... تولّى ... تسليمه كيسا بلاستيكيّا دون علمه" names the man behind the items to the police:
# ACCUSE shop owner → the suspect (README batches 37–40: a report of a suspect to the police; decided), undated. "وبمراجعة
# النّيابة العموميّة، أذنت بالاحتفاظ بالمظنون فيه" is a custody order with its doer: COERCE public prosecution → the
# suspect, undated (decided: the day of the ministry's statement is not given to the order). Not coded: the handing of
# the bag and hiding of the goods (no PLOVER act between parties), the riots and looting (nouns), the feared raid
# (a noun). Claims: the ministry's أعلنت and أضافت (assert); the shop owner's أفاد (an identifiable person, README
# batches 89–92; accuse); the suspect's اعترف and صرّح (an identified suspect's confession, README batches 17–20;
# assert).
i = 'ant-JA-localNews-1488-20160225'
t = news_text(i)
MOI = ["Tunisian Ministry of Interior", "وزارة الداخلية", "الوزارة", "Tunisia"]
OWNER = ["shop owner", "صاحب المحلّ", "صاحب المحل"]
SUSPECT = ["suspect", "المظنون فيه", "هذا العنصر", "هذا الأخير", "شخص سبق وأن عمل معه"]
recs.append({"id": i, "text": t, "published": "2016-02-25", "events": [
    {"code": "ACCUSE", "source": OWNER, "target": SUSPECT},
    {"code": "COERCE", "source": ["public prosecution", "النّيابة العموميّة", "النيابة العمومية"],
     "target": SUSPECT}], "claims": [
    {"speaker": MOI, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": OWNER, "cue": cue(t, "أفاد"), "stance": "accuse"},
    {"speaker": SUSPECT, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": SUSPECT, "cue": cue(t, "صرّح"), "stance": "assert"}]})
# --- Jawhara FM (2017-04-16): North Korea fails in a missile launch; Seoul calls it a threat to the whole world. No
# day is given for any act: all undated. "إن الجارة الشمالية أخفقت في إطلاق صاروخ" (re-told by Seoul's "حاولت تجريب
# صاروخ" and the US's detection) is a missile test with its doer: MOBILIZE North Korea with no target (decided: a
# weapons test is a show of force, CAMEO 15; no earlier batch had the case). "واعتبرت أن هذه الخطوة تهديد للعالم
# بأسره" denounces it: ACCUSE South Korea → North Korea; "وحذرت من عمل عقابي إذا أدى ذلك إلى استفزازات أخرى" a
# conditional threat: THREATEN South Korea → North Korea. "وسبق لبيونغيانغ أن أجرت 5 تجارب نووية وأطلقت عددا من
# الصواريخ الباليستية" is a historical clause with its doer: one more MOBILIZE North Korea (the past tests together,
# decided). Not coded: "بعد يوم من تحذير كوريا الشمالية «بالرد بحرب نووية» على الولايات المتحدة" (a noun after بعد:
# background, README batches 93–96; no claim either), the US detecting the missile (no act on a party), the rising
# tension (a noun). Claims: the armed forces' قالت (assert), اعتبرت (accuse), حذرت (warn); Seoul's أكدت (assert); the
# US's ذكرت (assert).
i = 'ant-JA-internationalNews-706-20170416'
t = news_text(i)
SK = ["South Korean armed forces", "القوات المسلحة في كوريا الجنوبية", "القوات المسلحة", "South Korea",
      "كوريا الجنوبية", "سيول", "Seoul"]
NK = ["North Korea", "كوريا الشمالية", "الجارة الشمالية", "بيونغيانغ", "Pyongyang"]
recs.append({"id": i, "text": t, "published": "2017-04-16", "events": [
    {"code": "MOBILIZE", "source": NK, "target": []},
    {"code": "ACCUSE", "source": SK, "target": NK},
    {"code": "THREATEN", "source": SK, "target": NK},
    {"code": "MOBILIZE", "source": NK, "target": []}], "claims": [
    {"speaker": SK, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SK, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": SK, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": SK, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": ["United States", "الولايات المتحدة", "US"], "cue": cue(t, "ذكرت"), "stance": "assert"}]})
# --- Jawhara FM (2017-03-07): Club Africain's secretary-general Menoubi Troudi tells the radio the club has reached a
# formal agreement with Young Boys over Ammar Jemal's 2012 transfer fee, after FIFA told it to pay. "إدارة فريقه توصلت
# لإتفاق رسمي مع فريق يونغ بويز" is a settlement of a FIFA-enforced debt, not a transfer or signing: one reciprocal AGREE
# with both clubs in the source and no target (decided; README batches 101–104: "توصلها مع ... إلى آلية" one
# reciprocal AGREE; batches 45–48's sport business covers transfers themselves), undated. "كانت إدارة الإفريقي قد
# تلقت مراسلة من الفيفا تعلمها بضرورة دفع مبلغ 167 ألف أورو" is FIFA's demand for payment, its doer named (من الفيفا)
# and the verb of its letter finite (تعلمها): REQUEST FIFA → Club Africain (decided), undated. The instalment schedule
# is the agreement's content (folded in); the 2012 transfer is sport business. Claims: Troudi's أكد and بيّن (assert).
# "لراديو جوهرة أف أم" is the outlet, the addressee.
i = 'ant-JA-sport-690-20170307'
t = news_text(i)
CA = ["Club Africain", "النادي الإفريقي", "الإفريقي", "إدارة الإفريقي", "إدارة فريقه"]
TROUDI = ["Menoubi Troudi", "منوبي الطرودي", "الطرودي", "الكاتب العام للنادي الإفريقي"] + CA
recs.append({"id": i, "text": t, "published": "2017-03-07", "events": [
    {"code": "AGREE", "source": CA + ["Young Boys", "يونغ بويز", "فريق يونغ بويز", "النادي السويسري"], "target": []},
    {"code": "REQUEST", "source": ["FIFA", "الفيفا"], "target": CA}], "claims": [
    {"speaker": TROUDI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": TROUDI, "cue": cue(t, "بيّن"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch121.gold.jsonl', recs)
