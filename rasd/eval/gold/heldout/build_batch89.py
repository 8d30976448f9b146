"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 89 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: the Interior Ministry's security spokesman announces the graduation of the 36th and 11th classes of
# beneficiaries of the Mohammed bin Nayef counselling and care centres in Riyadh and Jeddah. "تم ... تخريج الدورة"
# is passive with no doer, and the graduation of a ministry's own programme acts on no outside party (batch 31: a
# ministry's own agency is internal): not coded; the coming aftercare programme (سيخضعون) is passive too. The earlier
# announcement (سبق الإعلان عنه) is a noun. Claims: the spokesman, tied to a named ministry, makes صرح، بين and أوضح
# (all assert). His list leaves out the centres' names (they hold محمد بن نايف, a man's name) and the towns.
i = 'snn-2015-07-22-0609'
t = news_text(i)
SPOKESMAN = ["Interior Ministry security spokesman", "المتحدث الأمني", "المتحدث الأمني بوزارة الداخلية",
             "Saudi Interior Ministry", "وزارة الداخلية", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": SPOKESMAN, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Al-Sharq al-Awsat (SaudiNewsNet): Britain accuses Spain of violating its sovereignty in Gibraltar, yesterday
# (Sunday 2015-08-09). The lead's اتهمت and Minister of State Hugo Swire's statement ("انتهاك واضح لسيادة المملكة
# المتحدة", and his later "غير مقبول بتاتًا وغير قانوني") are one accusation: one ACCUSE UK → Spain, dated by the
# lead's أمس (الأحد) (the statement is the government's accusation). His "وسوف نثير هذا الأمر كمسألة عاجلة لدى
# السلطات الإسبانية" is an announced step towards a named party: AGREE UK → Spain (batch 52's announced step; CAMEO
# 036, intent to take the matter up), dated by the statement (decided). The Spanish state's vessels entering Gibraltar's
# waters repeatedly (سُفنًا تابعة للدولة الإسبانية دخلت مرارًا, alleged, with its doer) are a naval/police move short
# of force: MOBILIZE Spain → UK (README: patrols are MOBILIZE), undated (مرارًا); the UK's "كانت تطارد قوارب أخرى"
# and the Spanish official's "كانت قوارب إسبانية تقوم بدورية" tell the same ships' activity, folded in (decided: one
# instance told three ways). "لكن إسبانيا نفت ارتكاب أي مخالفات" denies the accusation: REJECT Spain → UK, undated
# (README: an undated denial stays undated). "المنطقة التي تنازلت عنها إسبانيا لبريطانيا قبل نحو 300 عام" is a
# historical relative clause with its doer: ceding territory is RETREAT (PLOVER: "ceding territory"), Spain → UK,
# undated. Not coded: "السلطات الإسبانية تريد الآن استعادتها" (a wish in the narrator's background, no statement or
# act), "المشاحنات الدبلوماسية" (a noun), the official asking not to be named (a request to the outlet about
# himself). Claims: the government's اتهمت (accuse) and قائلة (the ships' incursions, distinct content: accuse);
# Swire's قال (accuse) and second قال (accuse); Britain's صرّحت (its belief the ships chased other boats: assert);
# Spain's نفت (deny); the Spanish foreign-ministry official (tied to a named ministry) أفاد ("المياه إسبانية": deny).
i = 'snn-2015-08-10-0197'
t = news_text(i)
UK = ["United Kingdom", "بريطانيا", "المملكة المتحدة", "British government", "الحكومة البريطانية"]
SWIRE = ["Hugo Swire", "هوغو سواير", "سواير", "British Minister of State for Foreign Affairs",
         "United Kingdom", "بريطانيا", "المملكة المتحدة"]
SPAIN = ["Spain", "إسبانيا", "Spanish authorities", "السلطات الإسبانية", "الدولة الإسبانية"]
SPANISH_SHIPS = ["Spanish ships", "سفنًا تابعة للدولة الإسبانية", "السفن الإسبانية", "السفن الإسبانية المخالفة",
                 "قوارب إسبانية"] + SPAIN
SPANISH_OFFICIAL = ["Spanish Foreign Ministry official", "مسؤول من وزارة الخارجية الإسبانية",
                    "وزارة الخارجية الإسبانية", "Spanish Foreign Ministry", "Spain", "إسبانيا"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": UK + SWIRE[:4], "target": SPAIN, "date": "2015-08-09"},
    {"code": "AGREE", "source": SWIRE + UK[3:], "target": SPAIN, "date": "2015-08-09"},
    {"code": "MOBILIZE", "source": SPANISH_SHIPS, "target": UK + ["Gibraltar", "جبل طارق"]},
    {"code": "REJECT", "source": SPAIN + SPANISH_OFFICIAL[:4], "target": UK + SWIRE[:4]},
    {"code": "RETREAT", "source": ["Spain", "إسبانيا"], "target": ["United Kingdom", "بريطانيا",
                                                             "المملكة المتحدة"]}], "claims": [
    {"speaker": UK, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": UK, "cue": cue(t, "قائلة"), "stance": "accuse"},
    {"speaker": SWIRE, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": UK, "cue": cue(t, "صرّحت"), "stance": "assert"},
    {"speaker": SWIRE, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": SPAIN, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": SPANISH_OFFICIAL, "cue": cue(t, "أفاد"), "stance": "deny"}]})
# --- SaudiNewsNet: Egypt's foreign ministry again rejects Iranian interference in Arab states' internal affairs
# (spokesman Badr Abdelatty's statements of today, 2015-07-22, answering Khamenei's recent remarks). "رفض مصر الكامل
# للتدخل الإيراني" condemns another party's action: ACCUSE Egypt → Iran (GUIDELINES: not REJECT), with Khamenei, whose
# remarks it answers, in the target; the spokesman's veiled "لفت ... الانتباه إلى أهمية أن تتسق التصريحات" belongs
# to the same criticism (folded in). The lead's "مطالبة بضرورة الالتزام بسياسة حسن الجوار" and the body's "مطالبًا
# بضرورة الالتزام بنصوص ميثاق الأمم المتحدة ... عدم التدخل" are one demand re-told (lead and body), addressed to the
# Iran whose interference the sentence names: one REQUEST Egypt → Iran (decided: the interfering party named in the
# same sentence is the addressee). "تضامن مصر مع أشقائها العرب" is solidarity with a named group: SUPPORT Egypt → the
# Arab states. All dated by the statements (اليوم). "جدد التأكيد على أهمية انتهاج دول المنطقة لسياسات ..." is a
# general exhortation to a generic class (README: a claim, no REQUEST). Khamenei's remarks "التي تناول فيها الشأن
# الداخلي" are told by no reporting verb with content: no event, no claim. Claims: the ministry's أكدت (accuse) and
# مطالبة (other); Abdelatty's شدد (solidarity: assert), لفت (a recommendation: other), مطالبًا (other) and جدد (other).
# "وجاءت تصريحات المتحدث ... تعقيبًا" is the narrator.
i = 'snn-2015-07-22-1634'
t = news_text(i)
EG_MFA = ["Egyptian Foreign Ministry", "الخارجية المصرية", "وزارة الخارجية المصرية", "Egypt", "مصر"]
ABDELATTY = ["Badr Abdelatty", "بدر عبدالعاطي", "عبدالعاطي", "المتحدث الرسمي باسم وزارة الخارجية المصرية",
             "المتحدث الرسمي المصري"] + EG_MFA
IRAN = ["Iran", "إيران", "Ali Khamenei", "علي خامنئي", "خامنئي"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": ABDELATTY, "target": IRAN, "date": "2015-07-22"},
    {"code": "REQUEST", "source": ABDELATTY, "target": IRAN, "date": "2015-07-22"},
    {"code": "SUPPORT", "source": ABDELATTY, "target": ["Arab states", "أشقائها العرب", "الدول العربية"],
     "date": "2015-07-22"}], "claims": [
    {"speaker": EG_MFA, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": EG_MFA, "cue": cue(t, "مطالبة"), "stance": "other"},
    {"speaker": ABDELATTY, "cue": cue(t, "شدد"), "stance": "assert"},
    {"speaker": ABDELATTY, "cue": cue(t, "لفت"), "stance": "other"},
    {"speaker": ABDELATTY, "cue": cue(t, "مطالبًا"), "stance": "other"},
    {"speaker": ABDELATTY, "cue": cue(t, "جدد", 2), "stance": "other"}]})
# --- SaudiNewsNet: Thailand's law banning commercial surrogacy came into force on Thursday (2015-07-30). A law
# entering into force and prohibiting a generic class (clinics, doctors, surrogate mothers) is legislation acting on no
# named party (batch 52): not coded; the state reviewing its laws (أعادت الدولة النظر) is internal. The Australian
# couple leaving the baby with its surrogate mother and the Japanese man fathering nine children are private family
# acts (README: family acts are no events). Claims: the Ministry of Public Health's ذكرت (assert) and "ذكر بيان"
# (prison terms for doctors and women: a warning to a generic class, warn, no event); the Japanese man's قال (assert;
# decided: the one man the story singles out is identifiable, as batch 30's arrested man).
i = 'snn-2015-07-31-0308'
t = news_text(i)
THAI_MOPH = ["Thai Ministry of Public Health", "وزارة الصحة العامة", "وزارة الصحة العامة في تايلند",
             "Thailand", "تايلند"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": [
    {"speaker": THAI_MOPH, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": THAI_MOPH, "cue": cue(t, "ذكر", 2), "stance": "warn"},
    {"speaker": ["Japanese man", "رجل ياباني", "الرجل", "Mitsutoki Shigeta"], "cue": cue(t, "قال"),
     "stance": "assert"}]})
# --- SaudiNewsNet: a man wounded in the bombing of the Asir emergency forces' mosque, Nasser al-Jahmi al-Subaie,
# describes the bomber. His account tells the attack in clauses whose subject is the named doer (منفذه دخل ... أخذ
# ... وقف ... فأخذ الركن الأيمن، وعندما أصبحنا بالركعة الثالثة انفجر المكان): one ASSAULT bomber → the emergency
# force's worshippers and the dead and wounded he names (decided: the doer is explicit, unlike a bare noun; batch 27
# codes the same bombing), undated (the text gives no day). The bomber's handling of a Quran and his looking around
# are no acts on a party. Claims: "كشف ... عن تفاصيل التفجير، مؤكدا أن" is one statement in one sentence, cue مؤكدا
# (the word that carries the content, as batches 51 and 80); بين and أضاف; all assert.
i = 'snn-2015-08-07-1326'
t = news_text(i)
SUBAIE = ["Nasser al-Jahmi al-Subaie", "ناصر الجهمي السبيعي", "السبيعي", "المصاب"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ASSAULT", "source": ["suicide bomber", "منفذه", "منفذ التفجير", "الشخص", "المجرم"],
     "target": ["Asir Emergency Forces", "طوارئ قوة عسير", "قوة عسير", "Special Emergency Forces", "worshippers",
                "Abdulaziz al-Mishrafi", "عبدالعزيز المشرافي", "Abdullah Dashan al-Hababi", "عبدالله دشن الحبابي",
                "Marzouq Raja al-Dasasmeh", "مرزوق رجاء الدساسمة", "Falah Jaber al-Qahtani", "فلاح جابر القحطاني",
                "Mishal Mughram al-Asiri", "مشعل مغرم العسيري"] + SUBAIE[:3]}], "claims": [
    {"speaker": SUBAIE, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": SUBAIE, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": SUBAIE, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Jawhara FM: Ras Jebel (Bizerte) security services arrest a takfiri at dawn today (Friday 2017-03-24) on
# suspicion of contact with terrorists in conflict zones. "تمكنت المصالح الامنية ... من إلقاء القبض على عنصر تكفيري"
# is COERCE, dated; the suspicion "للاشتباه بتواصله" is the arrest's ground told as a masdar (folded in, as batch 71's
# arrest on a charge). Inside the source's account, "تدوينات شخصية للمعني يعتبر فيها اجهزة الدولة ومصالحها الامنية
# والسلط المحلية طواغيت تجب محاربتهم" is a clause with its doer: ACCUSE suspect → the state's bodies (decided:
# calling them tyrants to be fought is denunciation; the call to fight them folded in), undated; an unnamed suspect
# makes no claim (README: an unnamed arrested suspect naming accomplices is ACCUSE, no claim). Not coded: the computer
# found (passive), his classification, surveillance, earlier arrests and travel ban (passive or nouns), his return
# from a conflict zone (a noun). Every statement (قال، أشار، على حد قوله) comes from a bare "مصدر أمني مسؤول":
# no claims; TAP is the conduit. Aliases holding رأس الجبل or بنزرت (named on their own) are left out.
i = 'ant-JA-society-876-20170324'
t = news_text(i)
SECURITY = ["Ras Jebel security services", "المصالح الامنية", "منطقة الامن الوطني", "security services",
            "Tunisian security forces", "Tunisia", "تونس"]
TAKFIRI = ["takfiri suspect", "عنصر تكفيري", "المتهم", "المعني", "suspect"]
recs.append({"id": i, "text": t, "published": "2017-03-24", "events": [
    {"code": "COERCE", "source": SECURITY, "target": TAKFIRI, "date": "2017-03-24"},
    {"code": "ACCUSE", "source": TAKFIRI,
     "target": ["Tunisian state bodies", "اجهزة الدولة", "مصالحها الامنية", "السلط المحلية", "local authorities",
                "Tunisia", "تونس"]}], "claims": []})
# --- Jawhara FM: Salma Mani today (2017-01-31), on Jawhara FM's "Politica", accuses the Tunisian authorities over her
# brother's death in Monastir prison during the January 2011 revolution. Her two اتهمت (negligence and collusion;
# his killing by bullets) blame one party in one interview: one ACCUSE Mani → the authorities, dated (README: several
# criticisms of one party are one ACCUSE, several claims). "السلطات رفضت القيام بعملية التشريح واثبات هذه التهمة" is
# an alleged clause with its doer: REJECT authorities → Mani (decided: the family seeking the autopsy is the one
# refused), undated. "قالت إنها لجأت لهيئة الحقيقة الكرامة لاسترجاع حقه" is her appeal to the Truth and Dignity
# Commission: REQUEST Mani → IVD, undated. Not coded: "تم الادعاء بأنه توفي اختناقا"، "كان موقوفا"، "تعرض للقتل"
# and "تم تجاهل مطلبها" (passives, no doer), "طلبوا منها القبول بالمصالحة" (decided: the plural subject names no one
# and does not agree with the commission). "بحسب شهادات نقلتها عن شهود عيان" gives bare witnesses: no claim; the
# programme is the outlet's own channel. Claims: اتهمت ×2 (accuse), the first قالت (his detention: assert), أكدت (he
# was shot: accuse), the second قالت (her appeal ignored: accuse).
i = 'ant-JA-localNews-460-20170131'
t = news_text(i)
MANI = ["Salma Mani", "سلمى ماني", "سلمي ماني", "ماني", "المواطنة"]
TN_AUTH = ["Tunisian authorities", "السلطات التونسية", "السلطات", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-01-31", "events": [
    {"code": "ACCUSE", "source": MANI, "target": TN_AUTH, "date": "2017-01-31"},
    {"code": "REJECT", "source": TN_AUTH, "target": MANI},
    {"code": "REQUEST", "source": MANI,
     "target": ["Truth and Dignity Commission", "IVD", "هيئة الحقيقة الكرامة", "هيئة الحقيقة والكرامة"]}],
    "claims": [
    {"speaker": MANI, "cue": cue(t, "اتهمت", 1), "stance": "accuse"},
    {"speaker": MANI, "cue": cue(t, "اتهمت", 2), "stance": "accuse"},
    {"speaker": MANI, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": MANI, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": MANI, "cue": cue(t, "قالت", 2), "stance": "accuse"}]})
# --- Jawhara FM: a website loyal to AQIM published on Friday (أول أمس الجمعة, 2017-05-19) a statement confirming that
# "Abu Sufyan al-Soufi", emir of the Okba Ibn Nafaa brigade, and Ihab al-Youssefi were killed in the Sidi Bouzid
# military operation of 30 April. The killings (مقتل، تمت تصفيته، قتل) and the operation, the raid and the clashes
# (مداهمة منزل، اشتباكات) are nouns or passives with no doer: not coded (README: clashes told only as nouns are not
# coded). Abu Sufyan entering Tunisia after Ben Ali's fall is an individual's movement, no act on a party; publishing
# and confirming deaths is no PLOVER event. Claims: the website is tied to a named organisation (AQIM), so its أكد
# and the statement's أوضح and أشار are claims (assert); the National Guard's أعلن (late April: assert).
i = 'ant-JA-localNews-4189-20170521'
t = news_text(i)
AQIM_SITE = ["pro-AQIM website", "موقع موال لتنظيم القاعدة في بلاد المغرب الإسلامي", "موقع موال لتنظيم القاعدة",
             "البيان", "AQIM", "القاعدة في بلاد المغرب الإسلامي", "Okba Ibn Nafaa Brigade", "كتيبة عقبة بن نافع"]
recs.append({"id": i, "text": t, "published": "2017-05-21", "events": [], "claims": [
    {"speaker": AQIM_SITE, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": AQIM_SITE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AQIM_SITE, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ["Tunisian National Guard", "الحرس الوطني التونسي", "الحرس الوطني", "Tunisia", "تونس"],
     "cue": cue(t, "أعلن"), "stance": "assert"}]})
# --- Jawhara FM (international): after the Paris attacks, Belgium arrests several people and restricts its border with
# France. "اعتقلت السلطات البلجيكية عددا من الأشخاص خلال عملية أمنية" is COERCE; Geens's "ألقت القبض على عدد من
# الأشخاص في العاصمة بروكسل" and "أجهزة الأمن نفذت العديد من عمليات البحث والاعتقال" re-tell the same arrests (one
# event), undated (the day of the arrests is not given). "فرضت قيودا على الحدود مع فرنسا" (with the spokesman's
# "فرضت قيودا على الوصول برا وبحرا ... من فرنسا" and "ستصعد من عمليات المراجعة الفورية") is tightened border
# security: one MOBILIZE Belgium with no target (README: tightened border security is MOBILIZE), undated; "عدم إغلاق
# بلجيكا حدودها" is negated. "هجمات ... تبناها تنظيم داعش" is a claimed attack in a relative clause with its doer:
# ASSAULT ISIS → Paris, dated by "أمس الجمعة" (2015-11-13), no claim (README: تبنى introduces no statement). The
# French president's "أعلن ... حالة الطوارئ" is COERCE with no target (batch 49's state of emergency), mourning no
# event; "تعهد بمحاربة التنظيم بلا هوادة" is a threat of force: THREATEN France → ISIS; both undated (no day in the
# text). "المطارات والموانئ الأوروبية حالة استنفار" has no actor. Claims: Geens's قال and أكد (assert); the spokesman
# of PM Charles Michel (identifiable through the named PM) قال (assert), شدد (the border not closed: deny) and أشار
# (assert); Hollande's تعهد (warn). "أفادت روايات شهود" is bare: no claim; "أعلن ... حالة الطوارئ" declares, it
# reports no statement (decided).
i = 'ant-JA-internationalNews-383-20151114'
t = news_text(i)
BELGIUM = ["Belgium", "بلجيكا", "Belgian authorities", "السلطات البلجيكية", "Belgian security services",
           "أجهزة الأمن"]
GEENS = ["Koen Geens", "كوين جينز", "جينز", "Belgian Justice Minister", "وزير العدل البلجيكي", "Belgium", "بلجيكا"]
MICHEL_SPOKESMAN = ["spokesman for Prime Minister Charles Michel", "متحدث باسم رئيس الوزراء البلجيكي",
                    "المتحدث", "Charles Michel", "شارل ميشال", "Belgium", "بلجيكا"]
HOLLANDE = ["François Hollande", "الرئيس الفرنسي", "French President", "France", "فرنسا"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "التنظيم"]
recs.append({"id": i, "text": t, "published": "2015-11-14", "events": [
    {"code": "COERCE", "source": BELGIUM,
     "target": ["several people", "عددا من الأشخاص", "عدد من الأشخاص", "الأشخاص"]},
    {"code": "MOBILIZE", "source": BELGIUM, "target": []},
    {"code": "ASSAULT", "source": ISIS, "target": ["Paris", "باريس", "France", "فرنسا", "129 شخصا"],
     "date": "2015-11-13"},
    {"code": "COERCE", "source": HOLLANDE, "target": []},
    {"code": "THREATEN", "source": HOLLANDE, "target": ISIS}], "claims": [
    {"speaker": GEENS, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": GEENS, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MICHEL_SPOKESMAN, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": MICHEL_SPOKESMAN, "cue": cue(t, "شدد"), "stance": "deny"},
    {"speaker": MICHEL_SPOKESMAN, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": HOLLANDE, "cue": cue(t, "تعهد"), "stance": "warn"}]})
# --- Jawhara FM: security units last night (2016-12-16) detain a Tunisian woman suspected in the murder of Mohamed
# Zouari, after the judicial police's criminal-affairs sub-directorate lured her back from Europe to continue the
# investigation. "تمكنت الوحدات الأمنيّة الليلة الماضية من الإحتفاظ بإحدى المواطنات" is COERCE, dated (the
# passive suspicion "يُشتبه" is its ground). "تمكّنت الإدارة الفرعية ... من إستدراجها وإقناعها بالعودة إلى تونس
# لمواصلة البحث" is an investigative step with its doer, aimed at the suspect: ACCUSE sub-directorate → the woman
# (README: police handling a killing is one ACCUSE of the culprit; batch 88's "تمكنت الشرطة العدلية ... من حصر"),
# undated (before her arrival; the ministry's "الأبحاث لا تزال متواصلة" carries it on). "دعت الوزارة جميع وسائل
# الإعلام إلى التريّث" is REQUEST Interior Ministry → the media (batch 47 codes a call on the media), dated by today's
# statement (2016-12-17). The murder itself is a noun. Claims: the ministry's أكدت (assert) and دعت (other).
i = 'ant-JA-localNews-1070-20161217'
t = news_text(i)
WOMAN = ["Tunisian woman suspect", "إحدى المواطنات التونسيات", "المواطنات التونسيات", "suspect"]
MOI_TN = ["Tunisian Interior Ministry", "وزارة الداخلية", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-12-17", "events": [
    {"code": "COERCE", "source": ["security units", "الوحدات الأمنيّة", "الوحدات الأمنية", "Tunisian security forces",
                                  "Tunisia", "تونس"], "target": WOMAN, "date": "2016-12-16"},
    {"code": "ACCUSE", "source": ["Sub-Directorate for Criminal Affairs", "الإدارة الفرعية للقضايا الإجرامية",
                                  "إدارة الشرطة العدلية", "judicial police", "الشرطة العدلية", "Tunisia", "تونس"],
     "target": WOMAN},
    {"code": "REQUEST", "source": MOI_TN, "target": ["media", "جميع وسائل الإعلام", "وسائل الإعلام"],
     "date": "2016-12-17"}], "claims": [
    {"speaker": MOI_TN, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MOI_TN, "cue": cue(t, "دعت"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch89.gold.jsonl', recs)
