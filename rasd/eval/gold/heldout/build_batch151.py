"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 151 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Saturday 2015-07-25): EU foreign-policy chief Federica Mogherini, visiting Cyprus yesterday
# (Friday 2015-07-24), welcomes the peace talks the island hosts and meets President Nicos Anastasiades in Nicosia.
# "رحبت ... أمس الجمعة بشكل كبير بمحادثات السلام التي تحتضنها قبرص" is an endorsement (GUIDELINES: praise and
# endorsement → SUPPORT), with "أثنت فيها أيضا على الدور الذي تلعبه الجزيرة" and the quoted "قدمنا كل دعمنا الأوروبي
# للمحادثات ... مع الاعتراف بقيادته والتزامه" folded in: one SUPPORT Mogherini → Cyprus (its president in the list),
# dated 2015-07-24 (decided: one praise of one party on one visit). "كما التقت موغيريني ... بالرئيس القبرصي نيكوس
# أناستاسيادس في القصر الرئاسي" is the visit's meeting: CONSULT Mogherini (visitor) → Anastasiades (host), dated
# 2015-07-24 (decided: "خلال زيارة" ties the meeting to the welcome of أمس الجمعة); the exchange of views is the
# meeting itself. "الزيارة التي يعتزم رئيس الوزراء الإسرائيلي بنيامين نتنياهو القيام بها الأسبوع المقبل" is a
# scheduled visit in a relative clause with its doer: AGREE Netanyahu → Cyprus (README: scheduled visits AGREE),
# undated. Background, by the rules for historical clauses: "قبرص، التي انضمت إلى الاتحاد الأوروبي سنة 2004" is
# joining: SUPPORT Cyprus → EU (batches 63, 81–84), undated; "استضافت في أبريل (نيسان) الماضي قمة مصغرة مع قادة مصر
# واليونان" is a hosted summit: CONSULT Egypt + Greece (participants) → Cyprus (host), undated (month only); "تم
# الاتفاق خلالها على الحاجة إلى تعزيز التعاون في مكافحة الإرهاب" is the agreement that came out of that meeting:
# one reciprocal AGREE with the three states as source and no target (README: an agreement out of a meeting; the
# passive's parties are the summit's), undated; "كما تبحث مع إسرائيل موضوع استغلال احتياطي الغاز" is ongoing talks:
# CONSULT Cyprus → Israel, undated. Not coded: "اجتياح القوات التركية لثلثها الشمالي" (a verbal noun, background);
# "انقلاب قام به قوميون قبارصة يونانيون" (decided: a 1974 coup inside the background noun phrase, with no party
# acted on named and no PLOVER class that fits cleanly); the nuclear deal "الذي تم توقيعه بين إيران ودول مجموعة الست"
# (decided: GUIDELINES names "توقيع الاتفاق النووي" as uncoded background, and here it is passive); "سعت لتطوير
# العلاقات" (an aim). Claims of Mogherini: رحبت (praise: assert), أثنت (praise of a different content, the island's
# role: assert), قالت (assert), أكدت (assert) and مضيفة (assert); "بقولها" gives the quote of the أكدت sentence (no
# second claim) and "وكانت موغيريني تشير إلى" is the narrator's gloss (no claim; decided). As EU official she lists
# the EU; Anastasiades lists Cyprus.
i = 'snn-2015-07-25-0184'
t = news_text(i)
MOGHERINI = ["Federica Mogherini", "فيديريكا موغيريني", "موغيريني", "European Union", "الاتحاد الأوروبي"]
CYPRUS = ["Cyprus", "قبرص", "الجزيرة", "Nicos Anastasiades", "نيكوس أناستاسيادس", "أناستاسيادس",
          "الرئيس القبرصي"]
ANASTASIADES = ["Nicos Anastasiades", "نيكوس أناستاسيادس", "أناستاسيادس", "الرئيس القبرصي", "Cyprus", "قبرص"]
NETANYAHU = ["Benjamin Netanyahu", "بنيامين نتنياهو", "نتنياهو", "Israel", "إسرائيل"]
EU = ["European Union", "الاتحاد الأوروبي", "EU"]
EGYPT_GREECE = ["Egypt", "مصر", "Greece", "اليونان", "قادة مصر واليونان"]
SUMMIT3 = ["Cyprus", "قبرص", "Egypt", "مصر", "Greece", "اليونان"]
ISRAEL = ["Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "SUPPORT", "source": MOGHERINI, "target": CYPRUS, "date": "2015-07-24"},
    {"code": "CONSULT", "source": MOGHERINI, "target": ANASTASIADES, "date": "2015-07-24"},
    {"code": "AGREE", "source": NETANYAHU, "target": CYPRUS},
    {"code": "SUPPORT", "source": CYPRUS, "target": EU},
    {"code": "CONSULT", "source": EGYPT_GREECE, "target": CYPRUS},
    {"code": "AGREE", "source": SUMMIT3, "target": []},
    {"code": "CONSULT", "source": CYPRUS, "target": ISRAEL}], "claims": [
    {"speaker": MOGHERINI, "cue": cue(t, "رحبت"), "stance": "assert"},
    {"speaker": MOGHERINI, "cue": cue(t, "أثنت"), "stance": "assert"},
    {"speaker": MOGHERINI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MOGHERINI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MOGHERINI, "cue": cue(t, "مضيفة"), "stance": "assert"}]})
# --- Ain Al-Yaum (Washington, Monday 2015-07-27; "عين اليوم" is the outlet, not a time): the US annual trafficking
# report. "اتهمت الولايات المتحدة اليوم في تقرير سنوي تايلاند وروسيا و ايران وحتى ليبيا بعدم بذل جهود كافية" with the
# listing of those states "على غرار فنزويلا والجزائر وسوريا واليمن وكوريا الشمالية وزيمبابوي في ادنى لائحة تعدها
# وزارة الخارجية الاميركية ... و أعلنها وزير الخارجية جون كيري" is one ACCUSE US → every tier-3 state named (README:
# a ministry's list is one ACCUSE of every listed party), dated 2015-07-27 (اليوم); "متهمة بعدم احترام المعايير"
# (passive) re-tells it. Kerry's "داعيا الى خوض المعركة ضد العبودية الحديثة" is a general exhortation with no
# addressee and no concrete demand: a claim, no REQUEST (decided, batches 77–80 and 85–88). Not coded: Malaysia's
# improvement and China staying in its tier (no act between parties), "ما أثار غضب موسكو حينذاك" (decided: an emotion
# told as a noun, no act), the tier-1 states' "تلقى إشادة" (passive praise with no doer in its clause; decided).
# Claims: the US's اتهمت (accuse) and "وتقدر الولايات المتحدة" (an estimate: assert); Kerry's أعلنها (the list: accuse,
# as batch 88's ministry announcing its list), داعيا (other) and "قال ... في مقدمة التقرير" (trafficking an insult to
# dignity: accuse, decided — a condemnation, though of no party); the ILO's تقول (assert). The closing tag line
# ("سمات اتهام ...") is site furniture.
i = 'snn-2015-07-27-0009'
t = news_text(i)
US = ["United States", "الولايات المتحدة", "واشنطن", "US State Department", "وزارة الخارجية الاميركية",
      "John Kerry", "جون كيري", "كيري"]
TIER3 = ["Thailand", "تايلاند", "بانكوك", "Russia", "روسيا", "موسكو", "Iran", "ايران", "طهران", "Libya", "ليبيا",
         "Venezuela", "فنزويلا", "Algeria", "الجزائر", "Syria", "سوريا", "Yemen", "اليمن", "North Korea",
         "كوريا الشمالية", "Zimbabwe", "زيمبابوي"]
KERRY = ["John Kerry", "جون كيري", "كيري", "وزير الخارجية", "US State Department", "وزارة الخارجية الاميركية",
         "United States", "الولايات المتحدة"]
ILO = ["International Labour Organization", "منظمة العمل الدولية", "ILO"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ACCUSE", "source": US, "target": TIER3, "date": "2015-07-27"}], "claims": [
    {"speaker": US, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": KERRY, "cue": cue(t, "أعلنها"), "stance": "accuse"},
    {"speaker": KERRY, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": ILO, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": US, "cue": cue(t, "تقدر", 2), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- SaudiNewsNet (Tuesday 2015-08-11): a bomb at a traffic kiosk in Heliopolis, Cairo, yesterday (Monday
# 2015-08-10) wounds two police officers and a civilian. The blast itself has no doer in its clause, but "تبنى تنظيم
# "أجناد مصر" الإرهابي التفجير" names it: one ASSAULT Ajnad Misr → the officers, the kiosk post and the passer-by
# (README: a claimed attack gives the ASSAULT), dated 2015-08-10. "انتقل على الفور خبراء المتفجرات لتمشيط المنطقة"
# with "تواصلت عمليات التمشيط" is a sweep by a named doer: MOBILIZE with no target (batches 73–76), dated 2015-08-10
# ("في الوقت نفسه" as the blast; decided); finding and defusing the second bomb is no event (a bomb found before use
# is no ASSAULT). "قامت قوات الأمن المكلفة بتأمين محكمة مصر الجديدة بإغلاق كافة الشوارع المؤدية إلى المحكمة" is a
# closure by security forces: COERCE with no target (batch 6–7: a city closing a district is COERCE), dated 2015-08-10
# (decided: told with the same day's response). The hospital transfer is passive. Claims: the Interior Ministry's
# قالت (assert) and the group's "قال التنظيم في سلسلة من التغريدات" (its claim of the attack: assert); "جاء في
# إحداها" quotes that same statement (no second claim) and تبنى introduces none. No list holds مصر in Arabic: it
# would match أجناد مصر and مصر الجديدة.
i = 'snn-2015-08-11-0735'
t = news_text(i)
AJNAD = ["Ajnad Misr", "أجناد مصر", "تنظيم أجناد مصر", "التنظيم"]
VICTIMS = ["Egyptian police officers", "ضابطا شرطة مصريان", "ضابطا شرطة", "ضابطي الشرطة", "اثنين من الضباط",
           "أحد أكشاك المرور", "تمركز أمني", "civilian", "مواطن مدني", "المواطن"]
EXPERTS = ["explosives experts", "خبراء المتفجرات", "Egyptian security forces", "Egypt"]
SEC_FORCES = ["Egyptian security forces", "قوات الأمن", "Egypt"]
EG_MOI = ["Egyptian Ministry of Interior", "الداخلية المصرية", "الداخلية", "وزارة الداخلية", "Egypt"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "ASSAULT", "source": AJNAD, "target": VICTIMS, "date": "2015-08-10"},
    {"code": "MOBILIZE", "source": EXPERTS, "target": [], "date": "2015-08-10"},
    {"code": "COERCE", "source": SEC_FORCES, "target": [], "date": "2015-08-10"}], "claims": [
    {"speaker": EG_MOI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": AJNAD, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-07-25): Italy's Eni says yesterday (Friday 2015-07-24) it has signed an update of
# its heads of agreement with Egypt. Signing an agreement is SUPPORT (GUIDELINES): "إنها وقعت تحديثا لرؤوس اتفاقات
# أبرمتها مع مصر" is SUPPORT Eni → Egypt, undated (decided: the text dates the announcement, not the signing); "وكانت
# «إيني» وقعت رؤوس اتفاقات مع مصر بقيمة خمسة مليارات دولار ... في مارس" is the earlier signing, a second SUPPORT Eni →
# Egypt, undated (month only). Not coded: "رفعت مصر السعر الذي تدفعه لـ«إيني» و«إديسون»" (decided: a commercial price
# term, business like batch 120's purchase, no PLOVER relation), the gas discovery, BP's stake and the conference
# (passive). Claims: Eni's قالت and ذكرت (assert; "بحسب «رويترز»" is the conduit of the same sentence, no claim), the
# Egyptian Petroleum Ministry's "قالت في وقت سابق هذا الأسبوع" (assert). "وتعد" is the narrator.
i = 'snn-2015-07-25-0172'
t = news_text(i)
ENI = ["Eni", "إيني", "شركة إيني", "الشركة الإيطالية"]
EGYPT = ["Egypt", "مصر", "Egyptian government"]
EG_PETROLEUM = ["Egyptian Ministry of Petroleum", "وزارة البترول", "وزارة البترول المصرية", "Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "SUPPORT", "source": ENI, "target": EGYPT},
    {"code": "SUPPORT", "source": ENI, "target": EGYPT}], "claims": [
    {"speaker": ENI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ENI, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": EG_PETROLEUM, "cue": cue(t, "قالت", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): the brother of broadcaster Saud al-Dosari, who died yesterday in Paris of a
# heart attack, recalls him. A death, family visits and a farewell gathering are no events (README: family acts,
# mourning). Claims of Dr Abdulrahman al-Haqbani: كشف (assert), "مطالبا المغردين بالإكثار من الدعاء لأخيه" (a call
# on tweeters, not a bare prayer: other, decided; no REQUEST, a generic class), "قال في عدة تغريدات" (assert), تابع
# (assert) and "بين الحقباني قائلاً" (one statement, cue بين: assert). Inside his quote, the dead man's own speech is
# embedded speech (README, batches 29–30): "أكد لي أنه ساع في العلاج" (assert) and "طلب أن أجمع له فقط إخوانه" (a
# request: other; decided). "يذكر أن" is the narrator. Minister Mufrej al-Haqbani is named only as kin: no actor.
i = 'snn-2015-08-08-0599'
t = news_text(i)
ABDULRAHMAN = ["Abdulrahman al-Haqbani", "عبدالرحمن الحقباني", "الحقباني"]
DOSARI = ["Saud al-Dosari", "سعود الدوسري", "الدوسري", "الإعلامي الدوسري"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": ABDULRAHMAN, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": ABDULRAHMAN, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": ABDULRAHMAN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ABDULRAHMAN, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": DOSARI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ABDULRAHMAN, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": DOSARI, "cue": cue(t, "طلب"), "stance": "other"}]})
# --- SaudiNewsNet (2015-07-23): the German Liver Foundation calls for better awareness to detect liver diseases,
# ahead of World Hepatitis Day. "دعت المؤسسة ... لتحسين سبل التوعية" names no addressee and no concrete demand: a
# general exhortation, a claim but no REQUEST (decided, as Kerry's call in this batch; batches 77–80, 85–88). No
# events. Claims: the foundation's دعت (other), أوضحت (assert), حذرت (warn); its chairman Michael Manns's قال
# (assert). "تجدر الإشارة" is the narrator.
i = 'snn-2015-07-23-0813'
t = news_text(i)
FOUNDATION = ["German Liver Foundation", "المؤسسة الألمانية لعلاج أمراض الكبد", "المؤسسة الألمانية", "المؤسسة"]
MANNS = ["Michael Manns", "ميشائل مانس", "مانس", "رئيس مجلس إدارة المؤسسة الألمانية"] + FOUNDATION
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": FOUNDATION, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": FOUNDATION, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": FOUNDATION, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": MANNS, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Al-Watan/SPA (Thursday 2015-08-06): the emir of Asir, Prince Faisal bin Khalid, received yesterday
# (2015-08-05) the assistant director of Public Security, Maj. Gen. Jumaan al-Ghamdi, who is visiting the region. A
# hosted visit by a national body outside the emirate is CONSULT, the visitor as source and the host as target
# (GUIDELINES; batch 82's Asir emir receptions), dated 2015-08-05. "مشيداً بالجهود التي يبذلها الأمن العام" is praise
# of a national body outside his emirate: SUPPORT emir → Public Security (batch 82), dated by the reception. "ثمن
# سموه أعمال اللجان التي تتولى تصحيح أوضاع الاخوة من الجالية اليمنية" praises unnamed committees: a claim, no event
# (decided). Attendance (حضر الاستقبال) adds no one. "وفي سياق آخر، التقى أمير عسير، رئيس مجلس إدارة الغرفة التجارية
# الصناعية في أبها ... وأعضاء مجلس الإدارة" is a second hosted meeting: CONSULT Chamber (its chairman al-Mubti and
# board, who came to him: "رحب ... بمجلس الإدارة") → emir, undated (decided: "في سياق آخر" and no day). "مثمنا الدور
# الذي تقوم به الغرفة" is SUPPORT emir → Chamber; "حاثاً الجميع على تقديم المزيد من الجهود لتطوير المنطقة" urges the
# board he is meeting (the Chamber is a private body outside his administration): REQUEST emir → Chamber (decided:
# the addressee is the board present), both undated. Welcomes (رحب ×2) are greetings: nothing. al-Mubti's "قدم شرحاً
# موجزاً عن إنجازات الغرفة" names topics, no statement (batches 25, 50). Claims of the emir: مشيداً, ثمن, مثمنا
# (praise: assert) and حاثاً (other). Both sides are Saudi: no state alias; no list holds عسير or أبها on its own.
i = 'snn-2015-08-06-1815'
t = news_text(i)
EMIR = ["Faisal bin Khalid", "فيصل بن خالد", "أمير منطقة عسير", "أمير عسير", "سمو أمير منطقة عسير",
        "Emir of Asir"]
PUBLIC_SECURITY = ["Jumaan al-Ghamdi", "جمعان الغامدي", "الغامدي", "اللواء الغامدي",
                   "مساعد مدير الأمن العام لشؤون الأمن", "Public Security", "الأمن العام"]
CHAMBER = ["Abha Chamber of Commerce and Industry", "الغرفة التجارية الصناعية في أبها",
           "الغرفة التجارية الصناعية بأبها", "غرفة أبها", "الغرفة", "Abdullah al-Mubti", "عبدالله بن سعيد المبطي",
           "المبطي", "مجلس الإدارة", "أعضاء مجلس الإدارة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": PUBLIC_SECURITY, "target": EMIR, "date": "2015-08-05"},
    {"code": "SUPPORT", "source": EMIR, "target": PUBLIC_SECURITY, "date": "2015-08-05"},
    {"code": "CONSULT", "source": CHAMBER, "target": EMIR},
    {"code": "SUPPORT", "source": EMIR, "target": CHAMBER},
    {"code": "REQUEST", "source": EMIR, "target": CHAMBER}], "claims": [
    {"speaker": EMIR, "cue": cue(t, "مشيداً"), "stance": "assert"},
    {"speaker": EMIR, "cue": cue(t, "ثمن"), "stance": "assert"},
    {"speaker": EMIR, "cue": cue(t, "مثمنا"), "stance": "assert"},
    {"speaker": EMIR, "cue": cue(t, "حاثاً"), "stance": "other"}]})
# --- SaudiNewsNet (2015-07-21): a University of Texas study warns that irregular smoking harms the heart. No events.
# A study's findings are its named author's claims (README: a study tied to its makers speaks): حذرت (warn), مؤكدة
# (assert), تابعت (assert), "لفت الباحثون" (the same researchers: assert) and "كشفت النتائج" (the study's results:
# assert, decided). "أثبتت بعض الدراسات السابقة" is an unnamed bare source: no claim.
i = 'snn-2015-07-21-2270'
t = news_text(i)
STUDY = ["University of Texas study", "دراسة طبية حديثة", "الدراسة", "باحثون من جامعة تكساس", "جامعة تكساس",
         "الباحثون", "University of Texas"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": STUDY, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": STUDY, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "تابعت"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "كشفت"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): Presidents Omar al-Bashir and Abdel Fattah al-Sisi meet on the sidelines of
# the Suez Canal opening and agree to revive their economic integration charter. "لقاء عقده رئيسا الدولتين ... على
# هامش مشاركة الأول في الاحتفال" (re-told as "كان الرئيسان عقدا لقاء مطولا على هامش الاحتفالات") is one CONSULT,
# Bashir (the visitor) → Sisi (the host), undated (the text gives no day; the ambassador's أمس dates his statement).
# "قررت القيادة السياسية في السودان ومصر تنشيط ميثاق التكامل الاقتصادي" and "الرئيسين اتفقا على إزالة كل العوائق
# ... وإنزال اتفاق التكامل ... إلى واقع" are the agreement that came out of the meeting: one reciprocal AGREE with
# both sides as source and no target (README), undated. "وطالبا رجال الأعمال في البلدين بتعزيز هذا التوجه" is a call
# on a generic class: a claim of both presidents, no REQUEST (batch 83, decided). "أكد البشير أنه أعطى توجيهات ...
# لجميع الأجهزة الرسمية في بلاده بتسهيل دخول المستثمرين المصريين، ومنحهم الأولوية" eases entry for another state's
# nationals: CONCEDE Bashir → Egyptian investors (decided, as batch 27–28's lifted visas, CAMEO 081; the instruction
# to his own bodies is internal), undated. "قدم البشير التهنئة الخالصة لمصر على هذا المشروع ... مشيرا إلى أن التاريخ
# سيحفظ للسيسي هذا الإنجاز" is praise: SUPPORT Bashir → Egypt/Sisi, undated. Not coded: Bashir's possible trip to New
# York (undecided, no act), the dispute about it (a noun). Claims: ambassador Abdelmahmoud Abdelhalim's قال and أضاف
# (assert); Sisi's embedded "الرئيس السيسي قال بصراحة" (assert); both presidents' طالبا (other); Bashir's أكد
# (assert) and مشيرا (praise: assert); the Sudanese Foreign Ministry's هونت (downplaying the dispute: deny, decided)
# and قالت (premature: assert), its spokesman Ali al-Sadiq's قال (assert). "مصدرا دبلوماسيا كبيرا أكد" is a bare
# source: no claim. The ambassador's "سفير الخرطوم في القاهرة" is left out of his list (it holds القاهرة).
i = 'snn-2015-08-08-0938'
t = news_text(i)
BASHIR = ["Omar al-Bashir", "عمر البشير", "البشير", "الرئيس البشير", "Sudan", "السودان", "الخرطوم"]
SISI = ["Abdel Fattah al-Sisi", "عبدالفتاح السيسي", "السيسي", "الرئيس السيسي", "Egypt", "مصر", "القاهرة"]
BOTH = BASHIR + SISI + ["رئيسا الدولتين", "الرئيسين", "الرئيسان", "القيادة السياسية في السودان ومصر"]
EG_INVESTORS = ["Egyptian investors", "المستثمرين المصريين", "Egypt", "مصر"]
AMBASSADOR = ["Abdelmahmoud Abdelhalim", "عبدالمحمود عبدالحليم", "Sudan", "السودان", "الخرطوم"]
SD_MFA = ["Sudanese Foreign Ministry", "وزارة الخارجية السودانية", "Sudan", "السودان"]
SADIQ = ["Ali al-Sadiq", "علي الصادق", "المتحدث باسم الوزارة"] + SD_MFA
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "CONSULT", "source": BASHIR, "target": SISI},
    {"code": "AGREE", "source": BOTH, "target": []},
    {"code": "CONCEDE", "source": BASHIR, "target": EG_INVESTORS},
    {"code": "SUPPORT", "source": BASHIR, "target": SISI}], "claims": [
    {"speaker": AMBASSADOR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": AMBASSADOR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SISI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": BOTH, "cue": cue(t, "طالبا"), "stance": "other"},
    {"speaker": BASHIR, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BASHIR, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": SD_MFA, "cue": cue(t, "هونت"), "stance": "deny"},
    {"speaker": SD_MFA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SADIQ, "cue": cue(t, "قال", 4), "stance": "assert"}]})
# --- Okaz (2015-07-21): Aden resistance spokesman Ali al-Ahmadi calls on Yemenis to cut the Houthis' supplies. The
# lead's "دعا ... المجتمع اليمني، بالعمل على قطع الإمدادات للحوثي" and the quoted "ندعو كل مقاوم من أبناء الشعب اليمني
# لقطع الإمدادات عن الحوثي" are one call: REQUEST Ahmadi → the Yemeni people, undated. "هذا وتواصل المقاومة عملياتها
# في تطهير المليشيات الحوثي في محافظة عدن بشكل يومي" is an ongoing ASSAULT Resistance → Houthis, undated; the advance
# "من قبل المقاومة بقيادة اللواء جواس" on the Lahj front (a noun) is folded into it (decided, as batches 85–88's
# attacks told several ways are one ongoing ASSAULT). "متوعدا بالقضاء على الحوثي وتطهير مدينة لحج وأبين من الوجود
# الحوثي" is THREATEN Ahmadi → Houthis, undated. His "اللجنة التقت السلطة المحلية" is a meeting of the visiting
# government committee with Aden's local authority: CONSULT committee (visitor) → local authority, undated (decided:
# a central body and a local one, not internal, as batch 48's national agencies visiting an emir); its field visit
# to the airport, port and refinery is no event. "مشيدا بالدعم اللوجستي القوي الذي تقدمه قوات التحالف ..." with
# "وأوضح أن دور التحالف محوري وقوي" is praise: SUPPORT Ahmadi → the coalition; the relative clause "الدعم ... الذي
# تقدمه قوات التحالف بقيادة المملكة لأخوانها في اليمن ومحافظة عدن" names its doer: AID coalition → Yemenis/Aden
# (logistic support, batches 73–76), undated. Not coded: the Houthi attempt to reactivate supply lines and their use
# of mountains (no PLOVER act), the pockets "يجري التعامل معها وسيتم تطهيرها" (passive), "هناك أسرى للحوثيين لدى
# المقاومة" (decided: an existential clause, no act), the residents' cooperation and their rejection of the Houthi
# presence (decided: an attitude of a population, no act), the government's return (movement). Claims of Ahmadi: دعا
# (other), قال (the quoted call: other), لافتا (assert), موضحا (assert), أوضح (assert), مبينا (the Houthis' tactics:
# accuse, decided), "قال:" (the committee: assert), أشار (assert), لافتا (prisoners: assert), متوعدا (warn), أفاد
# (assert), مشيدا (praise: assert), أوضح (the coalition's role: assert). "تصريحات لـ «عكاظ»" is the outlet.
i = 'snn-2015-07-21-2563'
t = news_text(i)
AHMADI = ["Ali al-Ahmadi", "علي الأحمدي", "الأحمدي", "المتحدث باسم المقاومة", "Popular Resistance", "المقاومة"]
YEMENIS = ["Yemeni people", "المجتمع اليمني", "أبناء الشعب اليمني", "كل مقاوم من أبناء الشعب اليمني", "Yemen"]
RESISTANCE = ["Popular Resistance", "المقاومة", "المقاومة الشعبية", "Jawas", "اللواء جواس", "جواس"]
HOUTHIS = ["Houthis", "الحوثي", "الحوثيين", "المليشيات الحوثي", "Houthi militias"]
COMMITTEE = ["Yemeni government committee", "اللجنة الحكومية", "اللجنة", "وفد الحكومة", "Yemeni government"]
LOCAL_AUTH = ["Aden local authority", "السلطة المحلية", "local authorities"]
COALITION = ["Saudi-led coalition", "قوات التحالف", "التحالف", "قوات التحالف بقيادة المملكة", "Saudi Arabia",
             "السعودية"]
AID_TARGET = ["Yemenis", "أخوانها في اليمن", "Yemen", "اليمن", "Aden", "عدن", "محافظة عدن"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REQUEST", "source": AHMADI, "target": YEMENIS},
    {"code": "ASSAULT", "source": RESISTANCE, "target": HOUTHIS},
    {"code": "THREATEN", "source": AHMADI, "target": HOUTHIS},
    {"code": "CONSULT", "source": COMMITTEE, "target": LOCAL_AUTH},
    {"code": "SUPPORT", "source": AHMADI, "target": COALITION},
    {"code": "AID", "source": COALITION, "target": AID_TARGET}], "claims": [
    {"speaker": AHMADI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": AHMADI, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": AHMADI, "cue": cue(t, "لافتا"), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "مبينا"), "stance": "accuse"},
    {"speaker": AHMADI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "لافتا", 2), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "متوعدا"), "stance": "warn"},
    {"speaker": AHMADI, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "مشيدا"), "stance": "assert"},
    {"speaker": AHMADI, "cue": cue(t, "أوضح", 2), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch151.gold.jsonl', recs)
