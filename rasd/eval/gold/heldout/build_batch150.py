"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 150 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-08-01): France and Russia reach a compensation deal after the cancelled Mistral
# delivery. "ذكرت تقارير إعلامية روسية أن فرنسا وروسيا توصلتا إلى اتفاق تعويض" is an agreement with both states as
# joint subject: one reciprocal AGREE, both in the source and no target (README batches 8–9: a two-sided agreement),
# undated (Kozhin spoke "في وقت متأخر أمس", which dates his statement, not the deal). The sums France "will pay"
# (Kozhin's "المبلغ الذي ستدفعه لنا فرنسا", Kommersant's "ستدفع نحو 1.2 مليار يورو") are the deal's content: folded
# into the AGREE (decided). "وتراجع أولوند عن إتمام الصفقة" is Hollande backing out of a contracted delivery of
# warships to Russia over the Ukraine crisis: SANCTION Hollande → Russia (decided: halting a contracted arms delivery
# is reducing military assistance / an embargo, CAMEO 1622/163, not a REJECT of a request), undated; "إلغاء تسليم" in
# the lead is the same act as a noun. Not coded: "المحادثات انتهت" and "تم اتخاذ قرارات" (talks told only as a noun,
# decisions in the passive; decided), "أتمنى أن يتم توقيع اتفاق" (a wish for a passive future signing), the pressure
# "من حلفائه الغربيين" (a noun phrase with unnamed allies), "دور روسيا في أزمة أوكرانيا" (background), and "رفض مكتب
# الرئيس الفرنسي ... التعليق" / DCNS "وكذلك فعلت" (declined to comment: no PLOVER class, no claim). Claims: "ذكرت
# تقارير إعلامية روسية" is bare (GUIDELINES: تقارير إعلامية), no claim; Kozhin's قال and أضاف (assert); Kommersant's
# ذكرت (assert; a named outlet quoted for its own report). Kozhin's list leaves out "مستشار الرئيس الروسي فلاديمير
# بوتين" (it holds Putin's name).
i = 'snn-2015-08-01-0431'
t = news_text(i)
FR_RU = ["France", "فرنسا", "Russia", "روسيا"]
HOLLANDE = ["François Hollande", "فرانسوا أولوند", "أولوند", "France", "فرنسا"]
RUSSIA = ["Russia", "روسيا", "Moscow", "موسكو"]
KOZHIN = ["Vladimir Kozhin", "فلاديمير كوجين", "كوجين", "Russia"]
KOMMERSANT = ["Kommersant", "كوميرسانت", "صحيفة كوميرسانت", "صحيفة كوميرسانت الروسية"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "AGREE", "source": FR_RU, "target": []},
    {"code": "SANCTION", "source": HOLLANDE, "target": RUSSIA}], "claims": [
    {"speaker": KOZHIN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": KOZHIN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": KOMMERSANT, "cue": cue(t, "ذكرت", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): Housing Minister Majed al-Hogail visits SAMA and the Ministry of Justice
# yesterday. "استقبل محافظ مؤسسة النقد ... فهد بن عبدالله المبارك أمس بمقر المؤسسة وزير الإسكان" is a hosted visit:
# CONSULT, the visitor (al-Hogail) as source and the host (al-Mubarak, SAMA) as target (GUIDELINES), dated 2015-08-05
# (أمس); the discussion of coordination "خلال الاستقبال" is the meeting's content, folded in, and the officials
# attending are not added to either side (README session 15). "استقبل وزير العدل ... الصمعاني بمكتبه ... امس وزير
# الاسكان" is a second hosted visit: CONSULT al-Hogail → al-Samaani, 2015-08-05. "وأكد الصمعاني خلال اللقاء دعم
# الوزارة لاستراتيجية وزارة الإسكان" is stated support: SUPPORT al-Samaani → the Housing Ministry, dated by the meeting
# (README sessions 24: a stated support dated by the meeting). "أشاد وزير الاسكان بالتعاون والتنسيق المستمر مع وزارة
# العدل" is praise: SUPPORT al-Hogail → the Justice Ministry, 2015-08-05. Two ministries (and SAMA) of one government
# are separate bodies, so these are coded (README: two ministries of one government). Claims: al-Samaani's أكد and
# al-Hogail's أشاد (assert). The lists leave out Saudi Arabia (decided: every actor here is Saudi, and the state in
# both lists would make a source match its target) and "المملكة" (GUIDELINES); "الحقيل" stays in the minister's list
# (Hashem al-Hogail, SAMA's deputy, is in no event).
i = 'snn-2015-08-06-1866'
t = news_text(i)
HOGAIL = ["Majed al-Hogail", "ماجد بن عبدالله الحقيل", "الحقيل", "وزير الإسكان", "وزير الاسكان",
          "Saudi Minister of Housing", "Ministry of Housing", "وزارة الإسكان"]
MUBARAK = ["Fahd al-Mubarak", "فهد بن عبدالله المبارك", "المبارك", "Saudi Arabian Monetary Agency", "SAMA", "ساما",
           "مؤسسة النقد العربي السعودي", "محافظ مؤسسة النقد العربي السعودي"]
SAMAANI = ["Walid al-Samaani", "وليد بن محمد الصمعاني", "الصمعاني", "وزير العدل", "Saudi Minister of Justice",
           "Ministry of Justice", "وزارة العدل", "Supreme Judicial Council", "المجلس الأعلى للقضاء"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": HOGAIL, "target": MUBARAK, "date": "2015-08-05"},
    {"code": "CONSULT", "source": HOGAIL, "target": SAMAANI, "date": "2015-08-05"},
    {"code": "SUPPORT", "source": SAMAANI, "target": HOGAIL, "date": "2015-08-05"},
    {"code": "SUPPORT", "source": HOGAIL, "target": SAMAANI, "date": "2015-08-05"}], "claims": [
    {"speaker": SAMAANI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": HOGAIL, "cue": cue(t, "أشاد"), "stance": "assert"}]})
# --- SaudiNewsNet (corpus date Tuesday 2015-07-21; the text's "أمس (السبت)" wins, README session 11: Saturday
# 2015-07-18, and "الجمعة" is 2015-07-17): UNESCO's Irina Bokova says UNESCO took the destruction of Timbuktu's
# shrines to the ICC. "رفعت دعوى أمام المحكمة الجنائية الدولية بشأن تدمير المتطرفين أضرحة" is a legal case against
# the extremists who destroyed the shrines: ACCUSE Bokova/UNESCO → the extremists (README sessions 10: a lawsuit is
# ACCUSE; a condemnation targets the doer the text names), with the quoted "راجعت المحكمة" and her "يعد جريمة حرب"
# folded in; undated (decided: the text dates the announcement, not the filing). "التقيت قبل شهرين المدعية العامة" is a
# meeting: CONSULT Bokova → the ICC prosecutor, undated. Her trip ("وصلت الى مالي الجمعة وتوجهت الى تمبكتو أمس", "بعد
# زيارة الى تمبكتو") is one visit to Mali: CONSULT Bokova → Mali, undated (decided: given over two days, README
# session 22). "وكان مسلحون مرتبطون بتنظيم القاعدة سيطروا على تمبكتو ... في 2012" is the occupation of territory:
# COERCE militants → Timbuktu (README: occupation by ISIS is COERCE), undated; "وقد دمروا عددا من الاضرحة" is
# destruction of property: ASSAULT militants → the shrines (batch 27: CAMEO 1712), undated. "بعدما طردت عملية بقيادة
# فرنسا في 2013 المقاتلين المتطرفين من المدينة" has France as the leading doer: ASSAULT France → the extremists
# (decided), undated. "بدأت اليونسكو اعادة بناء هذه الاضرحة العام الماضي" (re-told by "بفضل مساعدة اليونيسكو") is help
# to the city: AID UNESCO → Timbuktu (decided), undated. Not coded: UNESCO listing the shrines as world heritage (no
# relation between actors), the passive "سيعاد بناؤها" and "خصصت", and the Hague treaty "الموقعة في 1954" (no doer).
# Claims, all Bokova's: أعلنت (accuse: she announces the legal case against the destroyers; decided), "حيث قالت"
# (assert), the first اضافت (assert), "وقال بوكوفا" (accuse: a war crime), "وقالت بوكوفا التي وصلت" (assert), the
# second اضافت (assert), مؤكدة and موضحة (assert). The militants are identified only through al-Qaeda, so their list
# holds it (decided).
i = 'snn-2015-07-21-0128'
t = news_text(i)
BOKOVA = ["Irina Bokova", "ايرينا بوكوفا", "بوكوفا", "UNESCO", "يونيسكو", "اليونيسكو", "اليونسكو", "اليونسيكو",
          "منظمة الأمم المتحدة للتربية والعلوم والثقافة",
          "المديرة العامة لمنظمة الأمم المتحدة للتربية والعلوم والثقافة"]
UNESCO = ["UNESCO", "يونيسكو", "اليونيسكو", "اليونسكو", "اليونسيكو", "منظمة الأمم المتحدة للتربية والعلوم والثقافة"]
EXTREMISTS = ["Islamist militants", "المتطرفين", "المقاتلين المتطرفين", "مسلحون", "مسلحون مرتبطون بتنظيم القاعدة",
              "al-Qaeda", "تنظيم القاعدة", "القاعدة"]
PROSECUTOR = ["ICC prosecutor", "المدعية العامة", "International Criminal Court", "المحكمة الجنائية الدولية"]
TIMBUKTU = ["Timbuktu", "تمبكتو", "تبمكتو"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": BOKOVA, "target": EXTREMISTS},
    {"code": "CONSULT", "source": BOKOVA, "target": PROSECUTOR},
    {"code": "CONSULT", "source": BOKOVA, "target": ["Mali", "مالي"] + TIMBUKTU},
    {"code": "COERCE", "source": EXTREMISTS, "target": TIMBUKTU},
    {"code": "ASSAULT", "source": EXTREMISTS, "target": ["Timbuktu shrines", "الاضرحة", "أضرحة"] + TIMBUKTU},
    {"code": "ASSAULT", "source": ["France", "فرنسا", "French-led operation", "عملية بقيادة فرنسا"],
     "target": EXTREMISTS},
    {"code": "AID", "source": UNESCO, "target": TIMBUKTU}], "claims": [
    {"speaker": BOKOVA, "cue": cue(t, "أعلنت"), "stance": "accuse"},
    {"speaker": BOKOVA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": BOKOVA, "cue": cue(t, "اضافت", 1), "stance": "assert"},
    {"speaker": BOKOVA, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": BOKOVA, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": BOKOVA, "cue": cue(t, "اضافت", 2), "stance": "assert"},
    {"speaker": BOKOVA, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": BOKOVA, "cue": cue(t, "موضحة"), "stance": "assert"}]})
# --- Al-Weam via SaudiNewsNet (Thursday 2015-08-06): a photo tweeters circulate as the Asir emergency-forces mosque
# bomber shows Fahd al-Faraj, who died ten years ago. "تداول عدد كبير من المغردين ... اليوم صورة تظهر فهد الفراج وقد
# أكدوا أنه منفذ تفجير مسجد قوات الطوارئ" names al-Faraj as the bomber: ACCUSE tweeters → al-Faraj (README session 23:
# media that ran a photo as a bomber's are a doer of ACCUSE), dated 2015-08-06 (اليوم); the tweeters are a bare group:
# event coded, no claim (batch 120, README batches 58–59). "أكدت فيه المعلومات الرسمية أن الفراج هلك" rebuts it with no
# author named: no event, no claim (decided: "official information" is no actor). The old bombing of the Public
# Security building and the Asir bombing are told only as nouns (تفجير): background, not coded; the recovery of
# remains is no relation between actors. Claims: "اكدت مصادر أمنية سعودية" (assert) — security sources tied to a named
# state speak (decided, as README sessions 14 and 21: "مصادر تركية رسمية", a Yemeni military source), unlike the bare
# "مصادر أمنية". The closing "رابط الخبر بصحيفة الوئام: «الوئام» تكشف ..." is a credit line: no claim (README 21).
i = 'snn-2015-08-06-2343'
t = news_text(i)
TWEETERS = ["tweeters", "المغردين", "عدد كبير من المغردين"]
FARAJ = ["Fahd al-Faraj", "فهد الفراج", "الفراج"]
SA_SECURITY = ["Saudi security sources", "مصادر أمنية سعودية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": TWEETERS, "target": FARAJ, "date": "2015-08-06"}], "claims": [
    {"speaker": SA_SECURITY, "cue": cue(t, "اكدت"), "stance": "assert"}]})
# --- SaudiNewsNet (Shaqra): the Cooperative Office for Call, Guidance and Community Awareness holds an Eid party for
# expatriate communities. The party, its contests and the gifts ("وزع", passive) are a celebration, not a relation
# between actors: not coded (decided; README session 22: a verbal-noun honour at a ceremony is not coded). Director
# Ibrahim al-Shuwaier's thanks to Ahmed al-Otaibi "والشباب المشاركين معه في إدارة وإنجاح هذه الفعالية" go to the
# event's own organisers: internal, no SUPPORT (decided), but a statement with its reason: a claim. His thanks
# "لبلدية محافظة شقراء على جهودها في إعداد وتهيئة مكان الاحتفال" go to a separate body with a reason: SUPPORT
# al-Shuwaier/office → the municipality and a claim (README session 31: thanks with a reason a SUPPORT and a claim),
# undated ("خلال أيام عيد الفطر"). Claims: the two "قدّم ... شكره" (a light verb, README session 24), assert. The
# municipality's list drops "بلدية محافظة شقراء" (شقراء is named on its own, README session 4); the garbled caption
# ("إحدى المسابقات التي أجريت") is no clause.
i = 'snn-2015-07-23-0348'
t = news_text(i)
SHUWAIER = ["Ibrahim al-Shuwaier", "إبراهيم الشويعر", "الشويعر", "المدير التنفيذي للمكتب",
            "Shaqra Cooperative Office for Call and Guidance", "المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "SUPPORT", "source": SHUWAIER, "target": ["Shaqra municipality", "بلدية"]}], "claims": [
    {"speaker": SHUWAIER, "cue": cue(t, "قدّم", 1), "stance": "assert"},
    {"speaker": SHUWAIER, "cue": cue(t, "قدّم", 2), "stance": "assert"}]})
# --- Okaz via SaudiNewsNet (Yemen): Houthi groups shed their weapons and flee; the resistance urges Dhamar and Sanaa
# to keep their children out of the fighting. "أفصحت مصادر محلية وشهود عيان لـ «عكاظ» أن مجاميع من الحوثيين ... بدأوا
# بالتخلص من الأسلحة والهروب عبر مناطق جبلية" has the Houthis as explicit doer: RETREAT with no target (README
# session 23: a withdrawal with no one named it withdraws from), undated; the sources are bare (GUIDELINES), so no
# claim for أفصحت, أفادت, مشيرة or لفتت. "شباب المقاومة ... مطالبين أبناء محافظات صنعاء وعمران وخاصة ذمار بعدم إشراك
# أطفالهم" (masculine مطالبين, the resistance youth, as the headline's "المقاومة تطالب") is REQUEST the resistance →
# the people of those governorates, undated; the resistance, a named side of the war, speaks through the embedded
# speech (README session 11): مطالبين (other) and مؤكدين (assert: they do not want to kill children). Not coded: the
# children's recruitment (told as nouns), "يقنصون من الخلف" (passive, no doer) and "تتوقف المقاومة عن استهدافهم"
# (a habitual practice, README session 28; decided), "مواجهات عنيفة" (a noun).
i = 'snn-2015-07-26-1334'
t = news_text(i)
HOUTHIS = ["Houthis", "الحوثيين", "مجاميع من الحوثيين", "الحوثي", "المقاتلين الحوثيين"]
RESISTANCE = ["Popular Resistance", "المقاومة", "شباب المقاومة"]
PEOPLE = ["people of Sanaa, Amran and Dhamar", "أبناء محافظات صنعاء وعمران وخاصة ذمار", "أبناء محافظات صنعاء وعمران",
          "أبناء ذمار", "Sanaa", "صنعاء", "Amran", "عمران", "Dhamar", "ذمار"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "RETREAT", "source": HOUTHIS, "target": []},
    {"code": "REQUEST", "source": RESISTANCE, "target": PEOPLE}], "claims": [
    {"speaker": RESISTANCE, "cue": cue(t, "مطالبين"), "stance": "other"},
    {"speaker": RESISTANCE, "cue": cue(t, "مؤكدين"), "stance": "assert"}]})
# --- Al-Madina via SaudiNewsNet (Taif): residents of Hijrat al-Abla and road users appeal for signs on the deadly
# al-Abla–Madinah road. "ناشد أهالي هجرة العبلة ... وعدد من سالكي الطريق ... المسؤولين بإدارة النقل والمرور بمحافظة
# الطائف بإيقاف نزيف الدماء" is REQUEST the residents → the transport and traffic officials; "حيث ناشد أهالي تلك الهجر
# ... المسؤولين بضرورة إيجاد لوحات إرشادية" spells out the same appeal to the same officials: folded into one REQUEST
# (decided; README session 27: one sermon's several calls one REQUEST), undated. Their complaints blame no party
# (the road has no signs): claims but no ACCUSE (README session 21). The crash "في الرابع من ... رمضان" has no doer.
# Claims: the residents are tied to named villages (batch 30), so they speak: the two ناشد (other: distinct content,
# stopping the bloodshed and putting up signs), "ويقول عدد من الأهالي" (assert; decided: the same residents, not a
# bare group), أضاف and بيَّنوا (assert). "من خلال «المدينة»" / "«للمدينة»" name the outlet as conduit. Lists drop
# aliases holding العبلة or الطائف (named on their own).
i = 'snn-2015-07-22-0565'
t = news_text(i)
ABLA = ["residents of Hijrat al-Abla", "أهالي", "الأهالي", "عدد من الأهالي", "أهالي تلك الهجر والمراكز",
        "road users", "سالكي الطريق", "عدد من سالكي الطريق"]
TRAFFIC = ["Taif transport and traffic officials", "المسؤولين بإدارة النقل والمرور", "إدارة النقل والمرور",
           "المسؤولين"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "REQUEST", "source": ABLA, "target": TRAFFIC}], "claims": [
    {"speaker": ABLA, "cue": cue(t, "ناشد", 1), "stance": "other"},
    {"speaker": ABLA, "cue": cue(t, "ناشد", 2), "stance": "other"},
    {"speaker": ABLA, "cue": cue(t, "يقول"), "stance": "assert"},
    {"speaker": ABLA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ABLA, "cue": cue(t, "\u0628\u064a\u0651\u064e\u0646\u0648\u0627"), "stance": "assert"}]})
# --- SaudiNewsNet: the Antiquities Security and Safety Forum's recommendations. "أكد ملتقى أمن وسلامة الآثار ...
# ودعوة الدول العربية إلى تبني فكرة الشرطة السياحية" is a call with its addressee: REQUEST forum → the Arab states; the
# rest of that sentence's recommendations (curricula, a legal mechanism, a tourist's guide, holding the forum yearly)
# name no addressee: one REQUEST with no target (README session 30: two calls, with and without an addressee, two
# REQUESTs). "كان من أبرز التوصيات التي خرج بها المجتمعون ... التعاون والتنسيق بين جامعة نايف العربية للعلوم
# الأمنية والمنظمة العربية للسياحة" asks those two bodies to cooperate: REQUEST forum → both (decided: a named
# recommendation with its doer in the relative clause); the civil-society and awareness recommendations go to generic
# classes or no one and are folded into the no-target REQUEST. "طالب المستشار في وزارة الداخلية ... حسين الثقفي
# ... بالحزم في حفظ أمن المنشآت السياحية" is a call with no addressee: REQUEST with no target. The forum itself is
# told only as nouns ("الجلسة الختامية للملتقى"): no CONSULT (decided). All undated. Claims: the forum's أكد (other:
# recommendations), al-Thaqafi's طالب (other) and مشيرا (assert). "خرج بها المجتمعون" has no reporting verb.
i = 'snn-2015-08-07-1042'
t = news_text(i)
FORUM = ["Antiquities Security and Safety Forum", "ملتقى أمن وسلامة الآثار", "الملتقى", "المجتمعون"]
THAQAFI = ["Hussein al-Thaqafi", "حسين الثقفي", "الثقفي", "المستشار في وزارة الداخلية", "Ministry of Interior",
           "وزارة الداخلية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "REQUEST", "source": FORUM, "target": ["Arab states", "الدول العربية"]},
    {"code": "REQUEST", "source": FORUM, "target": []},
    {"code": "REQUEST", "source": FORUM,
     "target": ["Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية",
                "Arab Tourism Organization", "المنظمة العربية للسياحة"]},
    {"code": "REQUEST", "source": THAQAFI, "target": []}], "claims": [
    {"speaker": FORUM, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": THAQAFI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": THAQAFI, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- SaudiNewsNet (Egypt): Olympic-team coach Hossam al-Badry threatens to resign unless the FA meets his demands.
# "طلب حسام البدري ... من مجلس إدارة اتحاد الكرة برئاسة جمال علام خوض 6 مباريات ودية" and "كما طلب البدري إقامة
# معسكر" are his demands on the FA board: one REQUEST Badry → the FA (decided: one set of "مطالبه" to one addressee,
# as the threat calls them), undated; a coach's dispute with his federation is coded like a player's with his club
# (README session 13), not sport business. "مجددًا رفضه خوض دورة الألعاب الإفريقية" is a refusal with no party named as
# asking: REJECT with no target (decided), undated. "وهدد ... أنه في حال عدم تنفيذ اتحاد كرة القدم المصري لمطالبه ...
# سيقدم استقالته" is a conditional threat: THREATEN Badry → the FA, undated; "أكَّد ... أن تلويحه بالاستقالة ... قائلاً"
# restates it (one claim, README session 24: صرح ... قائلا). "وأشار البدري إلى أنه اجتمع مع حمادة المصري عضو مجلس إدارة
# اتحاد الكرة" is a meeting: CONSULT Badry → Hamada al-Masry (with the FA, whose board member he is), undated; "وقدم
# كل المقترحات والخطط" there is the content of the meeting and of his demands: folded (decided). Claims: the two طلب
# (other), مجددًا (deny: a refusal, README session 23; a renewed statement, as جدد الدعوة is a cue), هدد (warn), أكَّد
# (assert), أشار (assert). The CAF ("الاتحاد الإفريقي") is in no event.
i = 'snn-2015-08-06-0891'
t = news_text(i)
BADRY = ["Hossam al-Badry", "حسام البدري", "البدري", "المدير الفني للمنتخب الأولمبي المصري"]
EFA = ["Egyptian Football Association", "اتحاد الكرة", "مجلس إدارة اتحاد الكرة", "اتحاد كرة القدم المصري",
       "Gamal Allam", "جمال علام"]
HAMADA = ["Hamada al-Masry", "حمادة المصري"] + EFA
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": BADRY, "target": EFA},
    {"code": "REJECT", "source": BADRY, "target": []},
    {"code": "THREATEN", "source": BADRY, "target": EFA},
    {"code": "CONSULT", "source": BADRY, "target": HAMADA}], "claims": [
    {"speaker": BADRY, "cue": cue(t, "طلب", 1), "stance": "other"},
    {"speaker": BADRY, "cue": cue(t, "طلب", 2), "stance": "other"},
    {"speaker": BADRY, "cue": cue(t, "مجددًا"), "stance": "deny"},
    {"speaker": BADRY, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": BADRY, "cue": cue(t, "\u0623\u0643\u0651\u064e\u062f"), "stance": "assert"},
    {"speaker": BADRY, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Sabq (Yanbu): groundwater floods al-Sumairi district. "شكا عدد من أهالي حي السميري" with "وأضافوا: ... بسبب
# تعطل بعض المضخات وعدم صيانتها من قبل الجهة المسؤولة" blames the body responsible for the drainage project: ACCUSE
# residents → that body (batch 30: a residents' complaint blaming a body), undated. "تقدمنا بشكوى رسمية للجهات
# المختصة لإيجاد حل عاجل" is the separate, earlier formal complaint (CAMEO 114): a second ACCUSE, of the competent
# authorities it was filed with (batch 30), its request for a solution folded in (decided), undated. Claims: the
# residents are tied to a named district, so they speak (batch 30): شكا (accuse), "وقال أهالي الحي" (assert: the
# project's history), أضافوا (accuse), أردف (accuse: the complaint and its harms). The byline's «سبق» and "بعثوا بها
# لـ سبق" name the outlet: no claim. Lists drop aliases holding السميري (named on its own).
i = 'snn-2015-07-23-1265'
t = news_text(i)
SUMAIRI = ["residents of al-Sumairi", "أهالي الحي", "الأهالي", "أهالي", "عدد من أهالي"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ACCUSE", "source": SUMAIRI, "target": ["the responsible authority", "الجهة المسؤولة"]},
    {"code": "ACCUSE", "source": SUMAIRI, "target": ["the competent authorities", "الجهات المختصة"]}], "claims": [
    {"speaker": SUMAIRI, "cue": cue(t, "شكا"), "stance": "accuse"},
    {"speaker": SUMAIRI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SUMAIRI, "cue": cue(t, "أضافوا"), "stance": "accuse"},
    {"speaker": SUMAIRI, "cue": cue(t, "أردف"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch150.gold.jsonl', recs)
