"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 60 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Najran governor Prince Jalawi bin Abdulaziz directs the creation of programmes that bring young
# people to the region's historic sites, after visiting the Aba al-Saud palace yesterday (2015-07-24). His directive
# (وجه ... باستحداث برامج) is addressed to his own administration: internal, no event (batches 24, 34, 41), and no
# claim (a directive reports no statement, batch 46). "زار عصر أمس قصر أبا السعود التاريخي ... حيث استمع لشرح وافٍ
# ... قدمه مدير فرع الهيئة العامة للسياحة والتراث الوطني ... صالح بن محمد آل مريح" is a hosted visit to a site of
# another body (the national heritage commission, not the emirate's own agency, unlike batch 31's minister): one
# CONSULT, the visitor the source and the host (the branch director, his commission and the palace visited) the
# target, dated 2015-07-24 (decided, as batch 56 codes a committee's tour received by a hospital director). "مشيدا بما
# يحظى به من العناية والرعاية من قبل الهيئة العامة للسياحة والتراث الوطني وعلى رأسها ... الأمير سلطان بن سلمان" is
# praise: SUPPORT Jalawi → the commission and its head, dated by the visit he speaks of (decided: "عبر ... عن سعادته
# بزيارة ... أمس مشيدا" places his remarks at yesterday's visit). The lunch he hosted for his own companions and the
# note in the visitors' book are courtesies of the visit (no event, no claim). Claims: عبر and مشيدا (assert; one
# sentence but distinct contents, his pleasure and his praise) and قال (assert). Neither side lists Saudi Arabia (both
# are Saudi state bodies, batch 24), and no alias holds نجران (named on its own).
i = 'snn-2015-07-25-0797'
t = news_text(i)
JALAWI = ["Jalawi bin Abdulaziz bin Musaed", "جلوي بن عبدالعزيز بن مساعد", "جلوي بن عبدالعزيز",
          "الأمير جلوي بن عبدالعزيز", "جلوي", "Najran governor"]
SCTH = ["Saudi Commission for Tourism and National Heritage", "SCTH", "الهيئة العامة للسياحة والتراث الوطني"]
MURAIH = ["Saleh bin Mohammed Al Muraih", "صالح بن محمد آل مريح", "آل مريح",
          "مدير فرع الهيئة العامة للسياحة والتراث الوطني"]
SULTAN = ["Sultan bin Salman", "سلطان بن سلمان بن عبدالعزيز", "الأمير سلطان بن سلمان", "سلطان بن سلمان"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "CONSULT", "source": JALAWI,
     "target": MURAIH + SCTH + ["Aba al-Saud palace", "قصر أبا السعود", "قصر أبا السعود التاريخي"],
     "date": "2015-07-24"},
    {"code": "SUPPORT", "source": JALAWI, "target": SCTH + SULTAN, "date": "2015-07-24"}], "claims": [
    {"speaker": JALAWI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": JALAWI, "cue": cue(t, "مشيدا"), "stance": "assert"},
    {"speaker": JALAWI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- SaudiNewsNet (Reuters): five killed in clashes at Ajdabiya in eastern Libya between pro-government forces and
# armed groups; the border guard stops migrants. The clashes (اشتباكات ... بين) and "اندلع القتال" are nouns or have no
# doer (batches 11 and 17 leave "المعارك بين"): not coded. "وهاجمت طائرة حربية مواقع يشتبه في أنها تابعة للمسلحين"
# has an explicit, if unowned, doer (as batch 28's unknown gunmen): ASSAULT warplane → the militants, dated by the
# "أول من أمس" of its sentence (2015-08-01; decided: the conjoined clause shares the fighting's day). "تنظيم داعش الذين
# هاجموا الجمعة الماضي نقطة تفتيش تديرها القوات التابعة للحكومة الرسمية ... فقتلوا خمسة جنود" is a relative clause with
# its doer: one ASSAULT ISIS → the government forces (the killing folded in), dated Friday 2015-07-31. "أرسلت الحكومة
# تعزيزات" is a troop reinforcement with its doer: MOBILIZE with no target, undated; the two soldiers killed and the
# 15 missing are passive. "منذ سيطرت جماعة منافسة على العاصمة طرابلس" and "سيطر المتشددون الموالون لداعش على مدينة
# سرت" are seizures of territory: two COERCE (occupation, batches 10–14, 48, 50), undated. "تمكن حرس الحدود الليبي أول
# من أمس من توقيف ثلاث سيارات محملة بحوالي 30 مهاجرا غير شرعي" is COERCE border guard → migrants, 2015-08-01. Not
# coded: ISIS exploiting the vacuum, the two governments' rivalry, Thinni working from Tobruk, Gaddafi's overthrow (a
# noun) and the groups' split (no party acted on). Claims: "قال مسعفون" is a bare group (like batch 20's witnesses):
# no claim; "أفاد مصدر عسكري ليبي" is tied to a state, like GUIDELINES' "مصدر عسكري أردني": a claim (assert).
i = 'snn-2015-08-03-0830'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش"]
GOVT = ["Libyan government", "internationally recognised government", "الحكومة", "الحكومة المعترف بها دوليا",
        "الحكومة الرسمية", "Libya", "ليبيا"]
GOVT_FORCES = ["Libyan government forces", "القوات التابعة للحكومة الرسمية", "قوات موالية للحكومة المعترف بها دوليا",
               "checkpoint", "نقطة تفتيش", "soldiers", "خمسة جنود"] + GOVT
MILITANTS = ["militants", "المسلحين", "مواقع يشتبه في أنها تابعة للمسلحين", "armed groups", "جماعات مسلحة"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ASSAULT", "source": ["warplane", "طائرة حربية"], "target": MILITANTS, "date": "2015-08-01"},
    {"code": "ASSAULT", "source": ISIS, "target": GOVT_FORCES, "date": "2015-07-31"},
    {"code": "MOBILIZE", "source": GOVT, "target": []},
    {"code": "COERCE", "source": ["rival group", "جماعة منافسة"], "target": ["Tripoli", "طرابلس", "العاصمة طرابلس"]},
    {"code": "COERCE", "source": ISIS + ["militants loyal to ISIS", "المتشددون الموالون لداعش"],
     "target": ["Sirte", "سرت", "مدينة سرت"]},
    {"code": "COERCE", "source": ["Libyan Border Guard", "حرس الحدود الليبي", "حرس الحدود", "Libya", "ليبيا"],
     "target": ["illegal migrants", "30 مهاجرا غير شرعي", "مهاجرا غير شرعي", "مهاجرين غير شرعيين",
                "ثلاث سيارات"], "date": "2015-08-01"}], "claims": [
    {"speaker": ["Libyan military source", "مصدر عسكري ليبي", "Libya", "ليبيا"], "cue": cue(t, "أفاد"),
     "stance": "assert"}]})
# --- Ain Alyoum: a six-day-old baby girl in Jeddah dies at the hands of her aunt, who poured boiling water on her while
# washing her. "لقيت طفلة رضيعة ... حتفها على يد خالتها، التي سكبت عليها ماء مغليا" is a killing whose doer the text
# names (and the prosecution charges as murder): ASSAULT aunt → baby, undated (decided: coded despite the claimed lack
# of intent, since the charge makes it a killing; unlike batch 56's malpractice). The clinic's report to the security
# authorities (تلقت بلاغاً من مستوصف خاص يفيد بوجود رضيعة فارقت الحياة) reports a death and names no culprit: no
# ACCUSE (decided), and no claim (an unnamed clinic). The parents' arrest and questioning are passive (تم القبض، بعد
# التحقيق معهما) and the aunt's interrogation a masdar, with no doer: not coded. "أوضحت الأم أن أختها هي التي تسببت
# في الحادث" names the culprit to investigators: ACCUSE mother → aunt (batch 37's report of a suspect). "الادعاء العام،
# وجه تهمة القتل العمد إلى خالة الرضيعة" is a prosecutor's charge: ACCUSE (batch 14); "وطالب بعقوبة تعزيرية بحقها" a
# demand whose addressee (the court) is not named: REQUEST with no target (batch 20 codes the prosecution's demand for
# punishment as REQUEST); all undated. Claims: "ذكرت صحيفة الوطن نقلاً عن مصدر مطلع" passes on a bare source (the
# paper is the conduit, batches 8–9 and 15–16, the one quoted is bare): no claim; "أفاد المصدر"/"أوضح المصدر" are
# the same bare source. The mother's أوضحت (accuse), the aunt's بيّنت (her account of the act, as a confession: assert,
# decided, though it ends by denying intent) and the prosecution's embedded طالب (other, batches 29–30). The aunt keeps
# no "خالة الرضيعة" and the baby no "الرضيعة" (each would match the other); no alias holds جدة.
i = 'snn-2015-08-03-0031'
t = news_text(i)
AUNT = ["aunt", "خالتها", "أختها", "the baby's aunt"]
BABY = ["baby girl", "طفلة رضيعة", "newborn"]
MOTHER = ["mother", "الأم", "the baby's mother"]
PROSECUTION = ["Public Prosecution", "الادعاء العام", "Bureau of Investigation and Public Prosecution",
               "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ASSAULT", "source": AUNT, "target": BABY},
    {"code": "ACCUSE", "source": MOTHER, "target": AUNT},
    {"code": "ACCUSE", "source": PROSECUTION, "target": AUNT},
    {"code": "REQUEST", "source": PROSECUTION, "target": []}], "claims": [
    {"speaker": MOTHER, "cue": cue(t, "أوضحت"), "stance": "accuse"},
    {"speaker": AUNT + ["خالة الرضيعة"], "cue": cue(t, "بيّنت"), "stance": "assert"},
    {"speaker": PROSECUTION, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- SaudiNewsNet: Egypt's parliamentary elections in October. The Higher Election Committee's decision expected next
# week (calling the voters, fixing the dates) is election administration acting on no named party and a forecast
# (batch 52 leaves an election-law decree): no event; the spending caps it set (حددت سقف الإنفاق) are the same
# administration. Claims: "حسب مصادر قضائية" is a bare source (no claim); the committee spokesman's أفاد (assert).
i = 'snn-2015-08-06-2778'
t = news_text(i)
MARWAN = ["Omar Marwan", "عمر مروان", "مروان", "المستشار عمر مروان", "High Elections Committee",
          "اللجنة العليا للانتخابات", "اللجنة العليا للانتخابات البرلمانية", "Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": MARWAN, "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- SaudiNewsNet: over 200 teachers arrested on Wednesday (2015-07-22) as a teachers' demonstration near the Majlis
# in Tehran is crushed, according to the exiled opposition (NCRI). "اعتقل أكثر من 200 مدرس ... خلال عملية قمع لمظاهرة"
# is passive, and "قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة بالقوة" names the doer of the same crackdown: one
# COERCE (repression, as batch 52's forced displacement) security forces → teachers, with the arrests and the
# deployment folded in (decided: the deployment is the means of the dispersal, told in the same clause), dated
# 2015-07-22. "المظاهرة التي انطلقت صباح الأربعاء ... ضمت حوالي ألفي مدرس للمطالبة بإطلاق سراح زملاء لهم" is the
# teachers' PROTEST (its demand is its content), no target (no addressee named; the Majlis is its place), dated
# 2015-07-22. The narrator's background "منظمة كان الاتحاد الأوروبي يعتبرها حتى العام 2008 "إرهابية" والولايات
# المحدة حتى العام 2012" is a relative clause with its doers: a standing terrorist designation, one ACCUSE with both
# designators in the source and the MEK as target (decided: like batches 53–56's habitual praise, an event but no
# claim), undated. The NCRI's opposition to the regime is a standing state: not coded. Claims (NCRI): "حسب ما أعلنت"
# (its sentence's only attribution, the phrase as cue: accuse), "وحسب" and "وأضاف" (one sentence, distinct contents:
# the demonstration, assert; the forceful dispersal, accuse). "يشار إلى" is the narrator.
i = 'snn-2015-07-23-0682'
t = news_text(i)
NCRI = ["National Council of Resistance of Iran", "NCRI", "المجلس الوطني للمقاومة الإيرانية",
        "Iranian opposition in exile", "المعارضة في المنفى", "المعارضة"]
TEACHERS = ["Iranian teachers", "teachers", "مدرس إيراني", "أكثر من 200 مدرس إيراني", "200 مدرس",
            "ألفي مدرس", "حوالي ألفي مدرس"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "COERCE", "source": ["Iranian security forces", "قوات الأمن", "Iranian regime", "النظام الإيراني", "Iran",
                                  "إيران"], "target": TEACHERS, "date": "2015-07-22"},
    {"code": "PROTEST", "source": TEACHERS, "target": [], "date": "2015-07-22"},
    {"code": "ACCUSE", "source": ["European Union", "EU", "الاتحاد الأوروبي", "United States", "الولايات المتحدة",
                                  "الولايات المحدة"],
     "target": ["People's Mojahedin Organization of Iran", "MEK", "مجاهدو خلق", "مجاهدي خلق"]}], "claims": [
    {"speaker": NCRI, "cue": cue(t, "حسب ما أعلنت"), "stance": "accuse"},
    {"speaker": NCRI, "cue": cue(t, "حسب", 2), "stance": "assert"},
    {"speaker": NCRI, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- Jawhara FM: Free Patriotic Union leader Slim Riahi, on the radio's "Politica" today (Monday 2016-12-26), denies
# any resignation in his party and says it has no Sousse office. "نفى ... حصول اي استقالة صلب حزبه" denies reports
# whose author is not named: REJECT with no target (batch 16), dated; "قال إن مثل هذه الأخبار تحاول تشويه الحزب"
# criticises the same unnamed reports and is part of the one rebuttal (decided: no separate ACCUSE without a target
# named). "أعلن أنه سيشرف بنفسه على تشكيل مكتب الساحل" is the party's internal organisation: no event. Claims: نفى
# (deny), قال (accuse), أكد and أوضح (deny: no office was set up), مضيفا (assert), أعلن (a pledge about his own
# conduct: promise). "بحسب تعبيره" (twice) repeats its sentence's speaker; "الجوهرة أف أم" is the addressee. No alias
# holds سوسة.
i = 'ant-JA-localNews-2264-20161226'
t = news_text(i)
RIAHI = ["Slim Riahi", "سليم الرياحي", "الرياحي", "Free Patriotic Union", "UPL", "حزب الاتحاد الوطني الحر",
         "الاتحاد الوطني الحر", "ضيف بوليتيكا"]
recs.append({"id": i, "text": t, "published": "2016-12-26", "events": [
    {"code": "REJECT", "source": RIAHI, "target": [], "date": "2016-12-26"}], "claims": [
    {"speaker": RIAHI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": RIAHI, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": RIAHI, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": RIAHI, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": RIAHI, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": RIAHI, "cue": cue(t, "أعلن"), "stance": "promise"}]})
# --- Jawhara FM (after the Algerian daily Al-Mihwar): the Algerian army arrests three smugglers linked to terrorist
# support networks in Libya, near Djanet (Illizi). "تمكنت قوات الجيش الجزائري ... من الإطاحة ب3 مهربين" and the passive
# "تم إيقاف 3 إرهابيين ... كانوا على متن سيارة" (the same three, "المهربون الثلاثة") are one arrest: COERCE, undated.
# Their plan to carry money to a terrorist group (كانت تخطّط لإيصال) did not happen: not coded. "غدامس بليبيا التي
# تسيطر عليها الجماعات الإرهابية" is a relative clause with its doer: occupation, COERCE (batches 10–14, 48, 50),
# undated. "أطلقت الوحدات الأمنية والعسكرية في الجزائر عمليات بحث عن المقاول المذكور" is a search for a suspect the
# text names: ACCUSE (an investigation naming its suspect, batches 9, 44, 51), undated. The contractor handing the
# money to the smugglers, told in their confession, is the crime's own logistics (decided, as batch 56 leaves a
# crime's planning): not coded. Claims: "وفق ما نقلته صحيفة المحور" (its sentence's only attribution, the paper the
# source itself: assert), "وأضاف نفس المصدر" (assert) and the smugglers' اعترف (identified arrested men's confession,
# batches 30, 33, 56: assert). The contractor keeps no form holding برج عمر إدريس.
i = 'ant-JA-internationalNews-995-20160506'
t = news_text(i)
ARMY = ["Algerian army", "قوات الجيش الجزائري", "الجيش الجزائري", "Algeria", "الجزائر"]
SMUGGLERS = ["smugglers", "3 مهربين", "مهربين", "المهربون الثلاثة", "المهربون", "3 إرهابيين"]
MIHWAR = ["Al-Mihwar", "المحور", "صحيفة المحور", "نفس المصدر"]
recs.append({"id": i, "text": t, "published": "2016-05-06", "events": [
    {"code": "COERCE", "source": ARMY, "target": SMUGGLERS},
    {"code": "COERCE", "source": ["terrorist groups", "الجماعات الإرهابية"],
     "target": ["Ghadames", "غدامس", "مدينة غدامس"]},
    {"code": "ACCUSE", "source": ["Algerian security and military units", "الوحدات الأمنية والعسكرية", "Algeria",
                                  "الجزائر"],
     "target": ["contractor", "مقاول", "المقاول المذكور"]}], "claims": [
    {"speaker": MIHWAR, "cue": cue(t, "وفق ما نقلته"), "stance": "assert"},
    {"speaker": MIHWAR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SMUGGLERS, "cue": cue(t, "اعترف"), "stance": "assert"}]})
# --- Jawhara FM: the Association of Tunisian Judges (statement of today, Friday 2017-01-27) blames the political
# authority for the judges' pay and condemns the cut in their salaries by the 2017 tax revision. Its criticism behind
# several verbs ("حملت ... السلطة السياسية مسؤولية التعاطي السلبي", "معبرة عن رفضها لما آلت إليه إعادة توزيع شرائح
# الدخل" (a condemnation of an enacted measure: ACCUSE, not REJECT, GUIDELINES), "استنكرت الحطّ من مرتبات القضاة",
# "عبرت عن استغرابها من تحمّل الدولة ... واستثناء القضاة") is one statement's criticism of one party: one ACCUSE
# (batches 33–36, and batch 34 on this association), dated by the statement (the lead re-tells it). "دعت ... رئاسة
# الحكومة الى فتح باب التفاوض" is REQUEST to the Presidency of the Government; "طالبت ... بسن إجراءات مستعجلة" a call
# with no addressee named: REQUEST with no target; both dated. Its memo to the Presidency in October 2015 (مدها) is a
# masdar: not coded. Claims: حملت (accuse, as batch 19's حمّل), دعت (other), قالت (the tax revision hurt the judges:
# accuse), ذكرت (assert), معبرة (accuse), استنكرت (accuse), عبرت (accuse), طالبت (other); "وفق نص البيان" repeats its
# sentence's speaker. The association lists no state, which is in the target.
i = 'ant-JA-localNews-164-20170127'
t = news_text(i)
AMT = ["Association of Tunisian Judges", "AMT", "جمعية القضاة التونسيين", "الجمعية"]
PRESIDENCY = ["Presidency of the Government", "رئاسة الحكومة", "Tunisian government", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-01-27", "events": [
    {"code": "ACCUSE", "source": AMT, "target": ["political authority", "السلطة السياسية", "الدولة"] + PRESIDENCY,
     "date": "2017-01-27"},
    {"code": "REQUEST", "source": AMT, "target": PRESIDENCY, "date": "2017-01-27"},
    {"code": "REQUEST", "source": AMT, "target": [], "date": "2017-01-27"}], "claims": [
    {"speaker": AMT, "cue": cue(t, "حملت"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": AMT, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": AMT, "cue": cue(t, "معبرة"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "طالبت"), "stance": "other"}]})
# --- Jawhara FM: Human Rights Watch accuses the Egyptian security forces of a massacre when they broke up the Rabaa
# al-Adawiya sit-in in August 2013; the Egyptian government criticises the report. اتهمت (with its report's "ارتكبت
# عمليات قتل جماعي") is one ACCUSE HRW → the security forces, undated (no day in the text). The killing the report
# states, "قوات الأمن المصري ارتكبت عمليات قتل جماعي ممنهج لما لا يقل عن 817 شخصا", is a historical clause with its doer
# inside a statement (batches 37–40): ASSAULT, undated (August 2013 is a month); the dispersal (فض) is a masdar of the
# same act. "انتقدت الحكومة المصرية هذا التقرير" criticises without denying: ACCUSE Egypt → HRW (batches 26–28), and
# "دعت المنظمة المذكورة إلى الحياد" REQUEST to HRW, both undated. Claims: اتهمت (accuse), "وجاء في تقرير" (cue جاء,
# as batches 26–29: accuse), مضيفا (accuse), انتقدت (accuse), دعت (other); "وفق تقديرها" repeats its sentence's
# speaker. The victims keep no form holding رابعة العدوية (the mosque named on its own).
i = 'ant-JA-internationalNews-516-20140812'
t = news_text(i)
HRW = ["Human Rights Watch", "HRW", "هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش", "المنظمة", "المنظمة المذكورة"]
SEC = ["Egyptian security forces", "قوات الأمن المصرية", "قوات الأمن المصري", "قوات الأمن", "Egypt", "مصر"]
EGY_GOV = ["Egyptian government", "الحكومة المصرية", "Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2014-08-12", "events": [
    {"code": "ACCUSE", "source": HRW, "target": SEC},
    {"code": "ASSAULT", "source": SEC,
     "target": ["Rabaa sit-in protesters", "protesters", "817 شخصا", "1000 شخص"]},
    {"code": "ACCUSE", "source": EGY_GOV, "target": HRW},
    {"code": "REQUEST", "source": EGY_GOV, "target": HRW}], "claims": [
    {"speaker": HRW, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "جاء"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "مضيفا"), "stance": "accuse"},
    {"speaker": EGY_GOV, "cue": cue(t, "انتقدت"), "stance": "accuse"},
    {"speaker": EGY_GOV, "cue": cue(t, "دعت"), "stance": "other"}]})
# --- Jawhara FM: I Watch files a case today (Friday 2016-12-02) at the Administrative Court against the social funds
# to annul article 4 of their 2011 agreement with the union, which gives employees' children priority in hiring.
# "تقدمت اليوم الجمعة بقضية للمحكمة الإدارية ضدّ كلّ من ..." is a lawsuit: ACCUSE (CAMEO 115, batch 28) I Watch → the
# four bodies (a كل من list, one target list), dated; the court is only where it was filed (batch 56). The agreement
# "المبرمة مع الطرف النقابي" is a participle with no named doer (historical, 2011) and the article that "gave priority"
# no actor: not coded. The court's 2014 advisory opinion that the article is illegal is legal reasoning on a text, no
# act on a party (decided): claims only. Claims: I Watch's أعلنت (the suit for the article's "explicit violation":
# accuse) and أوضحت (assert); the court's embedded اعتبرت and أشارت (one sentence, distinct contents: the finding and
# the principle behind it; assert).
i = 'ant-JA-localNews-443-02122016'
t = news_text(i)
IWATCH = ["I Watch", "أنا يقظ", "منظمة أنا يقظ", "المنظمة"]
FUNDS = ["National Social Security Fund", "CNSS", "الصندوق الوطني للضمان الاجتماعي",
         "National Health Insurance Fund", "CNAM", "الصندوق الوطني للتأمين على المرض",
         "National Pension and Social Welfare Fund", "CNRPS", "الصندوق الوطني للتقاعد والحيطة الاجتماعية",
         "Centre for Research and Studies in Social Security", "CRES",
         "مركز البحوث والدراسات في مجال الضمان الاجتماعي", "social funds", "الصناديق الاجتماعية"]
COURT = ["Administrative Court", "المحكمة الإدارية"]
recs.append({"id": i, "text": t, "published": "2016-12-02", "events": [
    {"code": "ACCUSE", "source": IWATCH, "target": FUNDS, "date": "2016-12-02"}], "claims": [
    {"speaker": IWATCH, "cue": cue(t, "أعلنت"), "stance": "accuse"},
    {"speaker": IWATCH, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": COURT, "cue": cue(t, "اعتبرت"), "stance": "assert"},
    {"speaker": COURT, "cue": cue(t, "أشارت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch60.gold.jsonl', recs)
