"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 138 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (al-Riyadh): Yemen's transport minister Badr Basalma says Aden airport will take commercial flights
# by the end of the week. "تهيئة المدارج التي هدمها الحوثيون" is a relative clause with its doer destroying property:
# ASSAULT Houthis → the airport (CAMEO 1712; README batches 27–28's vandalised mosque), undated. "بعد أن تمكنت القوى
# الأمنية والمقاومة الشعبية من طرد الانقلابيين ودحرهم" is a historical clause with its doers inside his statement:
# ASSAULT security forces and popular resistance → the putschists (the Houthis), undated. "المملكة ستؤمن يوميا
# طائرة مساعدات تتجه إلى مطار عدن لإغاثة الشعب اليمني بتوجيه من خادم الحرمين" is aid pledged for the future: AGREE
# Saudi Arabia (and King Salman, who ordered it) → the Yemeni people (README: a state's support pledged for the future
# is AGREE), undated. "واليمنيون بمختلف أطيافهم يثمنون الدور التاريخي الذي يقوم به خادم الحرمين الشريفين" with his
# own "الذي له الفضل الأكبر ... فيما تحقق من تحرير عدن" is praise: one SUPPORT Yemenis (Basalma with them) → King
# Salman (decided: one praise of one man, the minister speaking for the Yemenis), undated. "المشروع الإقليمي الذي تقف
# وراءه إيران" with "المخططات الخبيثة" charges Iran with a hostile scheme: ACCUSE Basalma → Iran (decided, as "calling
# ISIS the main danger is ACCUSE"), undated. Not coded: "قرار فتح الأجواء" and "تحرير عدن" (nouns, no doer), "الثلاث
# طائرات التي جاءت ترسل رسالة ... وترد على أكاذيبهم" (figurative: the planes are the subject; folded into the claim),
# "استبسلت" (no target), "عاصفة الحزم وضعت نهاية للمشروع" and "تصدت المملكة للمخططات" (figurative, no actor as
# target), "الائتلاف الذي شكلته وكونته السعودية" (forming a coalition, no counterpart), "مساندة خليجية وعربية" (a noun
# with adjectives), and "يثمنون" as a cue (a sentiment verb inside the quote, no claim). Claims, all Basalma's: كشف
# (assert), the 1st قال (assert), أوضح (assert), مشيرا (the aid: assert), مبينا (assert; the jab at the Houthis'
# "lies" is figurative), the 2nd قال (Iran behind the regional project: accuse). "المملكة" is not a mention
# (GUIDELINES) but is the text's surface form, so it stays in Saudi Arabia's list; the airport's list leaves out the
# forms with عدن, which the article names on its own (README batches 10–14).
i = 'snn-2015-07-25-0874'
t = news_text(i)
BASALMA = ["Badr Basalma", "بدر باسلمة", "باسلمة", "وزير النقل اليمني", "Yemen", "اليمن"]
HOUTHIS = ["Houthis", "الحوثيون", "الحوثيين", "الانقلابيين", "الخونة"]
AIRPORT = ["Aden International Airport", "المطار", "المدارج"]
SALMAN = ["King Salman", "الملك سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", "خادم الحرمين الشريفين"]
SAUDI = ["Saudi Arabia", "المملكة", "السعودية"] + SALMAN
YEMENIS = ["Yemeni people", "الشعب اليمني", "Yemenis", "اليمنيون", "Yemen", "اليمن"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT", "source": HOUTHIS, "target": AIRPORT},
    {"code": "ASSAULT", "source": ["Yemeni security forces and popular resistance", "القوى الأمنية",
                                  "المقاومة الشعبية", "المقاومة", "popular resistance"], "target": HOUTHIS},
    {"code": "AGREE", "source": SAUDI, "target": YEMENIS},
    {"code": "SUPPORT", "source": YEMENIS + BASALMA[:4], "target": SALMAN + ["Saudi Arabia", "المملكة"]},
    {"code": "ACCUSE", "source": BASALMA, "target": ["Iran", "إيران"]}], "claims": [
    {"speaker": BASALMA, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- SaudiNewsNet: Hezbollah acknowledges two of its members were killed in an Israeli air strike in Quneitra; a
# second item gives MP Nehme Tohme's defence of the Taif Agreement. "بمقتل اثنين من عناصره أول من أمس في غارة نفذها
# الطيران الحربي الإسرائيلي" (a relative clause with its doer) and the statement's "طائرة إسرائيلية استهدفت سيارة
# ... ما تسبب بمقتل عنصرين من حزب الله ... وثلاثة من اللجان الشعبية" are one strike: ASSAULT Israel → Hezbollah (the
# committees' dead, and Al-Manar's National Defence men, in the target), dated 2015-07-29 ("أول من أمس" fixes the
# killing to two days before the corpus date). "وكان الجيش الإسرائيلي استهدف عناصر تابعة للحزب مرات كثيرة في سورية،
# آخرها الغارة التي استشهد فيها جهاد نجل ... عماد مغنية" is a historical clause with its doer: a second ASSAULT
# Israeli army → Hezbollah, undated (decided: the earlier strikes, the Mughniyeh raid among them, are other instances
# than this week's; the Iranian officers killed in that raid go in its target). Not coded: "الموالية للنظام" (a
# descriptor), and Tohme's "ضرورة التمسك باتفاق الطائف" and "على الجميع المشاركة في تحصينه" (decided: a general
# exhortation with no addressee is a claim but no REQUEST, README batches 85–88), his rhetorical question to
# "لمن يعارضونه" (no named party, so no ACCUSE). Claims: Hezbollah's اعترف and the 1st قال (decided: two claims, the
# statement adds the car and the committees' dead; both assert); Al-Manar's قالت (its own account, assert); Tohme's
# أكد (the call to hold on to Taif: other), وصفه (a different content, "خط أحمر": assert), the 3rd قال (assert), بين
# (assert) and استدرك (touching Taif endangers civil peace: warn).
i = 'snn-2015-07-31-1362'
t = news_text(i)
HEZBOLLAH = ["Hezbollah", "حزب الله", "حزب الله اللبناني", "الحزب"]
ISRAEL = ["Israel", "إسرائيل", "الطيران الحربي الإسرائيلي", "طائرة إسرائيلية", "Israeli army", "الجيش الإسرائيلي"]
TOHME = ["Nehme Tohme", "نعمة طعمة", "طعمة", "Democratic Gathering", "اللقاء الديموقراطي"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ASSAULT", "source": ISRAEL, "target": HEZBOLLAH + [
        "اثنين من عناصره", "عنصرين من حزب الله", "popular committees", "اللجان الشعبية", "لجان الدفاع الوطني"],
     "date": "2015-07-29"},
    {"code": "ASSAULT", "source": ["Israeli army", "الجيش الإسرائيلي", "Israel", "إسرائيل"],
     "target": HEZBOLLAH + ["عناصر تابعة للحزب", "Jihad Mughniyeh", "Iranian security officers",
                            "ضباط أمن إيرانيون"]}], "claims": [
    {"speaker": HEZBOLLAH, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": HEZBOLLAH, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ["Al-Manar", "قناة المنار", "المنار"], "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": TOHME, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": TOHME, "cue": cue(t, "وصفه"), "stance": "assert"},
    {"speaker": TOHME, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": TOHME, "cue": cue(t, "بين", 1), "stance": "assert"},
    {"speaker": TOHME, "cue": cue(t, "استدرك"), "stance": "warn"}]})
# --- SaudiNewsNet: Medina's education directorate hosts a preparatory workshop on the administrative-sciences
# curriculum. "استضافت الإدارة العامة للتعليم بمنطقة المدينة المنورة ... ورشة العمل ... بمشاركة فريق الإعداد
# والتأليف" is a workshop of the Ministry of Education's own authoring team at one of its directorates: internal, no
# event (decided, README: actions inside one ministry are no events; the participants come from other regions of the
# same ministry). "رحب فيها بالحضور" is a greeting, no claim. Claims: the supervision director Abdulrahman Habib's
# منوهاً (the ministry's interest in developing curricula: assert) and the department head Rashid Rashid's أوضح
# (assert). Both are Saudi state officials, so their lists hold the state in English (it is not named in the text).
i = 'snn-2015-08-11-0514'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": ["Abdulrahman Habib", "عبدالرحمن حبيب", "Saudi Arabia"], "cue": cue(t, "منوهاً"), "stance": "assert"},
    {"speaker": ["Rashid Rashid", "رشيد رشيد", "Saudi Arabia"], "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- SaudiNewsNet: Google adds a search feature that shows when restaurants, cafés and shops are busy. A product
# launch ("أضافت ... جوجل خاصية جديدة", "كانت جوجل قد طرحت ... خاصية") is no event between actors. Claims: PC
# Magazine's ذكر (its own judgement of the feature: assert); Google's قالت (its Google+ message), the 2nd أضافت (the
# 1st is the lead's product launch, no statement) and the 2nd تقول (assert). Not claims: "رسالة تقول إن المطعم" (a
# sample message the feature could show, decided: no speaker, an illustration).
i = 'snn-2015-08-02-0211'
t = news_text(i)
GOOGLE = ["Google", "جوجل"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": ["PC Magazine", "بي.سي ماجازين"], "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": GOOGLE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": GOOGLE, "cue": cue(t, "أضافت", 2), "stance": "assert"},
    {"speaker": GOOGLE, "cue": cue(t, "تقول", 2), "stance": "assert"}]})
# --- SaudiNewsNet: a German thief who could not open a stolen safe asked metal workshops to melt it (the headline's
# arrest is outside the text, which tells none). The burglary is theft, not coded (README batches 6–7), and the
# thief's question to the workers is no REQUEST (a swindler asking for help is none, README batches 27–28). "فقاموا
# بإبلاغ رجال الشرطة" is the workers reporting him to the police: ACCUSE workers → the thief (README batches 37–40: a
# report of a suspect to the police is ACCUSE), undated. "رجال الشرطة الذين سرعان ما اكتشفوا أن الخزنة سرقت" with
# "يكون اللص ... هو المتهم الأول في حادث السطو" is the police's investigation naming him: ACCUSE police → the thief
# (decided: the police case is its own act, apart from the workers' report), undated ("يوم الجمعة", 2015-07-24, is
# when the police spoke, not when they found the safe's origin). Claims: the thief's زاعما (decided: one specific
# person, the 26-year-old, is an identifiable speaker; his lie that he forgot the code: assert) and the police's
# قالت (assert).
i = 'snn-2015-07-26-0879'
t = news_text(i)
THIEF = ["German thief", "لص ألماني", "اللص", "المتهم الأول"]
POLICE = ["German police", "الشرطة", "رجال الشرطة", "Germany"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": ["metalwork company workers", "العاملين في شركة للأعمال المعدنية", "العاملين",
                                  "العاملين بإحدى الورش"], "target": THIEF},
    {"code": "ACCUSE", "source": POLICE, "target": THIEF}], "claims": [
    {"speaker": THIEF, "cue": cue(t, "زاعما"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- SaudiNewsNet (Ain al-Youm, Reuters): calm in Sanaa as the humanitarian truce begins, with reports of clashes in
# the south. "وأعلن التحالف العربي ... وقفا لإطلاق النار من الساعة 11.59 ... مساء أمس الأحد ولمدة خمسة أيام" is a
# declared ceasefire: RETREAT coalition → Houthis (CAMEO 0871, PLOVER RETREAT), dated 2015-07-26 (decided: أمس الأحد
# is the day the truce began, as README batches 73–76 date a seizure by the day it began; the day of the announcement
# is not given). "التحالف العربي الذي يقاتل قوات الحوثي" is a relative clause with its doer: ASSAULT coalition →
# Houthis (the ongoing war), undated. "رحب الأمين العام للأمم المتحدة بان جي مون بوقف إطلاق النار" is SUPPORT Ban →
# the coalition that declared it, undated; "وحث جميع الأطراف على وقف العمليات العسكرية ... والامتناع عن استغلالها"
# is REQUEST Ban → all parties (the coalition and the Houthis in one list), undated. Not coded: the calm, the nightly
# raids with no doer, the clashes (nouns), "فصائل تعارض الحوثيين" (a standing stance, no act), "المتحالفة مع إيران"
# (a descriptor, as "الموالية لـ" in batch 91), the blocked aid (no doer). Claims: the coalition's أعلن (assert), Ban's
# رحب (assert) and حث (other). No claims: "قال سكان" (bare residents, decided: tied to no body or named person) and
# "مصادر بفصائل تعارض الحوثيين تحدثت" (sources in unnamed factions are bare, GUIDELINES).
i = 'snn-2015-07-27-0063'
t = news_text(i)
COALITION = ["Arab coalition", "التحالف العربي", "التحالف", "Saudi-led coalition"]
HOUTHIS = ["Houthis", "قوات الحوثي", "الحوثيين", "الحوثي"]
BAN = ["Ban Ki-moon", "بان جي مون", "United Nations", "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "RETREAT", "source": COALITION, "target": HOUTHIS, "date": "2015-07-26"},
    {"code": "ASSAULT", "source": COALITION, "target": HOUTHIS},
    {"code": "SUPPORT", "source": BAN, "target": COALITION},
    {"code": "REQUEST", "source": BAN, "target": ["all parties", "جميع الأطراف"] + COALITION + HOUTHIS}], "claims": [
    {"speaker": COALITION, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": BAN, "cue": cue(t, "رحب"), "stance": "assert"},
    {"speaker": BAN, "cue": cue(t, "حث"), "stance": "other"}]})
# --- SaudiNewsNet: life goes on in the Saudi villages on the Yemeni border despite Houthi threats. The villagers
# ("أهالي القرى المتاخمة للحدود"), two of them named (Jubran Kaabi, Abdu Hazazi), are an identified group (decided,
# as batch 116's petitioners with one named; README: residents of named regions speak). "الاعتداءات التي تقوم ميليشيات
# الحوثي" (Hazazi's quote; a relative clause with its doer) and "اعتداءات ميلشيات الحوثي" re-telling it are one
# ongoing cross-border attack: ASSAULT Houthi militias → the border villages (Saudi Arabia), undated. Not coded:
# "تهديدات ميليشيات الحوثية" (a noun), the villagers' confidence in the armed forces and Hazazi's "بفضل الله ثم بوجود
# رجال القوات المسلحة" (decided: citizens' trust in their own army, a feeling, not praise of another party),
# "شرعيته التي حاول الحوثيون السطو عليها" (decided: a figurative, attempted usurpation inside a prayer), "سائلين الله"
# (a prayer: neither event nor claim), "وجد تقديرا من ولاة الأمر" (a noun). Claims: the villagers' أبدى (their
# confidence: assert), مشيرين (assert) and أكد (readiness to repel aggressors, "أي اعتداء ... يواجه بالحسم": warn);
# Kaabi's يقول (assert); Hazazi's يشير (assert).
i = 'snn-2015-07-27-1232'
t = news_text(i)
KAABI = ["Jubran Kaabi", "جبران كعبي", "كعبي"]
HAZAZI = ["Abdu Hazazi", "عبده هزازي", "هزازي"]
VILLAGERS = ["border village residents", "أهالي القرى المتاخمة للحدود", "أهالي القرى", "الأهالي",
             "أهالي القرى الحدودية"] + KAABI + HAZAZI
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ASSAULT", "source": ["Houthi militias", "ميليشيات الحوثي", "ميلشيات الحوثي", "ميليشيات الحوثية",
                                  "الحوثيون", "Houthis"],
     "target": ["Saudi border villages", "القرى الحدودية", "القرى المتاخمة للحدود", "Saudi Arabia"]}], "claims": [
    {"speaker": VILLAGERS, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": VILLAGERS, "cue": cue(t, "مشيرين"), "stance": "assert"},
    {"speaker": VILLAGERS, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": KAABI, "cue": cue(t, "يقول"), "stance": "assert"},
    {"speaker": HAZAZI, "cue": cue(t, "يشير"), "stance": "assert"}]})
# --- SaudiNewsNet: the killing of Cecil the lion adds pressure on the US to list the African lion as endangered. Not
# coded: the killing (a lion is no actor, as batch 73), "زاد ... من الضغوط على أمريكا" (a noun, no doer), the Fish
# and Wildlife Service's decision to widen the law's scope (its own policy) and what the listing would require
# (hypothetical). "وأرسل راؤول جريجالفا ... و49 ديمقراطيا آخرين في المجلس خطابا يوم الخميس إلى المؤسسة لطلب إكمال
# إجراءات إضافة الأسد الإفريقي للقائمة" is REQUEST Grijalva and the Democrats → the Fish and Wildlife Service, dated
# 2015-07-30 (the Thursday before the Sunday corpus date). Claims: Tanya Sanerib's قالت (assert; "وفقا لسكاي نيوز
# عربية" is the conduit in the same sentence, no claim) and Grijalva's letter with the light verb أرسل as cue
# (README batches 29–30: "أطلقت … تحذيرا"; other). Neither list holds the United States, which would match the other
# side of the REQUEST.
i = 'snn-2015-08-02-0310'
t = news_text(i)
GRIJALVA = ["Raúl Grijalva", "راؤول جريجالفا", "جريجالفا", "House Democrats", "49 ديمقراطيا آخرين"]
FWS = ["US Fish and Wildlife Service", "المؤسسة الأمريكية للأسماك والحياة البرية", "المؤسسة"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": GRIJALVA, "target": FWS, "date": "2015-07-30"}], "claims": [
    {"speaker": ["Tanya Sanerib", "تانيا سانريب", "سانريب", "Center for Biological Diversity", "مركز التنوع الحيوي"],
     "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": GRIJALVA, "cue": cue(t, "أرسل"), "stance": "other"}]})
# --- SaudiNewsNet (Okaz): Yemen's transport minister Badr Basalma expects Aden airport to open to civil flights early
# next week. "المستلزمات والأمصال الضرورية، التي قدمتها المملكة العربية السعودية مساهمة منها في إغاثة الشعب اليمني"
# is a relative clause with its doer: AID Saudi Arabia → Yemen (the minister's relief committee received it; the
# Yemeni people in the list), undated. Basalma's quote "ميليشيات جماعة الحوثي دمرت البنية التحتية وقطعت مختلف الخدمات
# عن الأهالي، وأشاعت الخوف والذعر" is two acts with their doer: destroying the infrastructure is ASSAULT Houthis →
# Aden (CAMEO 1712), cutting the services is COERCE Houthis → Aden's residents (GUIDELINES: cutting electricity is
# COERCE; the electricity and water cut "بسبب الاحتلال الحوثي" re-tell it), the spread of fear folded in; both
# undated. Not coded: "دحر الميليشيات الحوثية" and "الاحتلال الحوثي" (nouns, no doer of their own), "قمنا بتوفير
# كافة المستلزمات" (the government supplying its own people: internal), the return of the displaced (conditional).
# Claims, all Basalma's: توقع, مشيرا, قال, أضاف, أوضح (assert) and مضيفا (the charge against the Houthis: accuse).
i = 'snn-2015-07-31-1906'
t = news_text(i)
BASALMA = ["Badr Basalma", "بدر باسلمة", "باسلمة", "وزير النقل اليمني", "Yemen"]
HOUTHIS = ["Houthis", "ميليشيات جماعة الحوثي", "الميليشيات الحوثية", "جماعة الحوثي", "الحوثي"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "AID", "source": ["Saudi Arabia", "المملكة العربية السعودية", "السعودية"],
     "target": ["Yemen", "Yemeni people", "الشعب اليمني", "Supreme Relief Committee", "لجنة الإغاثة العليا"]
     + BASALMA[:3]},
    {"code": "ASSAULT", "source": HOUTHIS, "target": ["Aden", "عدن", "محافظة عدن", "البنية التحتية"]},
    {"code": "COERCE", "source": HOUTHIS, "target": ["Aden residents", "الأهالي", "Aden", "عدن"]}], "claims": [
    {"speaker": BASALMA, "cue": cue(t, "توقع"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BASALMA, "cue": cue(t, "مضيفا"), "stance": "accuse"}]})
# --- SaudiNewsNet: the Shamiya district of Jazan celebrates Eid al-Fitr with a "Shamiya in colours" event. A festival
# is no event between actors; importing the coloured sand from the US has no named actor. Claims, all of the resident
# Ismail Ghaleb (a named person): قال, مبيناً (a different content, the idea of the celebration) and أكد (the sand is
# harmless), all assert.
i = 'snn-2015-07-22-1151'
t = news_text(i)
GHALEB = ["Ismail Ghaleb", "إسماعيل غالب", "إسماعيل"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": GHALEB, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": GHALEB, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": GHALEB, "cue": cue(t, "أكد"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch138.gold.jsonl', recs)
