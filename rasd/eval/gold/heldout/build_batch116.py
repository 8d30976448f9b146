"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 116 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sabq): graduates of external-study (الانتساب) programmes ask the ministers of Education and Civil
# Service to reconsider the rules for hiring them as teachers. They spoke to the paper as petitioners ("أصحاب
# المناشدة لـ'سبق'") and one of them, Salem al-Wadhinani, is named: an identified group, not a bare one (decided, as
# batch 55's complainants who wrote to the paper), with al-Wadhinani in the group's list. "طالب عدد من خريجي ...
# وزيري التعليم والخدمة المدنية بإعادة النظر في ضوابط قبول المنتسبين" is REQUEST graduates → the two ministers,
# undated. Their complaints about the rules (harsh, contradictory, "سيجعلنا من المهمشين") and al-Wadhinani's "صدمنا
# بضوابط وزارتي التعليم والخدمة المدنية ... هذا ظلم بحقنا" blame the two ministries' rules: one ACCUSE graduates →
# the ministries (decided: one complaint of one group, as batch 55 codes its students' complaint once; a reason
# given for a demand is folded into it, but "ظلم" is an explicit charge), undated. "جدارة لم يعترف بكوننا تربويين
# للتقديم على الوظائف التعليمية" is a clause with its doer (the Civil Service's Jadara portal) refusing their
# applications: REJECT Jadara → graduates (decided, as batch 55's "رفضاً ... من قبل كليات الصيدلة" and batches
# 81–84's refused job application), undated. Not coded: the passive "تمت معالجة ملف ... والموافقة لهم" and "تم رفضه"
# / "رفض قبولنا" / "قيل لنا" (no doer); the minister's admission "بضوابط" is a ministry rule (no event, as batch 55's
# internal rule) but his "صرح" is embedded speech in the petitioners' quote, a claim of its own (README, batches
# 29–30), assert; the minister is not named, so his list holds the text's forms. Claims, the group's: طالب (other),
# the 1st and 2nd قال, أضافوا، أردفوا، تابعوا (complaints about the rules: accuse, as batch 55); al-Wadhinani's قال
# (the 3rd), أضاف and أردف (accuse). The 2nd طالب ("ألفا طالب") is a noun.
i = 'snn-2015-07-31-2124'
t = news_text(i)
WADHINANI = ["Salem al-Wadhinani", "سالم الوذيناني", "الوذيناني"]
GRADS = (["external-study graduates", "خريجي وخريجات الانتساب", "عدد من خريجي وخريجات الانتساب", "خريجي الانتساب",
          "خريجو الانتساب", "أصحاب المناشدة", "خريجي التربية الخاصة في جامعة الملك فيصل"] + WADHINANI)
MINISTERS = ["Saudi ministers of Education and Civil Service", "وزيري التعليم والخدمة المدنية", "الوزير",
             "Saudi Arabia", "السعودية"]
MINISTRIES = (["Saudi Ministry of Education", "Saudi Ministry of Civil Service", "وزارتي التعليم والخدمة المدنية",
               "وزارة الخدمة المدنية"] + MINISTERS)
JADARA = ["Jadara", "جدارة", "Saudi Ministry of Civil Service", "وزارة الخدمة المدنية", "Saudi Arabia"]
MINISTER = ["Saudi Minister of Education", "الوزير", "وزيري التعليم والخدمة المدنية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": GRADS, "target": MINISTERS},
    {"code": "ACCUSE", "source": GRADS, "target": MINISTRIES},
    {"code": "REJECT", "source": JADARA, "target": GRADS}], "claims": [
    {"speaker": GRADS, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": GRADS, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": MINISTER, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": GRADS, "cue": cue(t, "أضافوا"), "stance": "accuse"},
    {"speaker": GRADS, "cue": cue(t, "أردفوا"), "stance": "accuse"},
    {"speaker": GRADS, "cue": cue(t, "تابعوا"), "stance": "accuse"},
    {"speaker": GRADS, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": WADHINANI, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": WADHINANI, "cue": cue(t, "أضاف", 2), "stance": "accuse"},
    {"speaker": WADHINANI, "cue": cue(t, "أردف", 2), "stance": "accuse"}]})
# --- SaudiNewsNet: the General Secretariat of the Council of Senior Scholars condemns the storming of al-Aqsa (the
# headline's تدين is outside the text). "ما قامت به قوات الاحتلال الغاشمة بمرافقة مغتصبين ومتطرفين لاقتحام وتدنيس
# المسجد الأقصى ... وإغلاق بواباته، والتعدي على المصلين" is a clause with its doer: one ASSAULT occupation forces
# (with the settlers they escorted) → al-Aqsa and its worshippers, the closing of the gates folded in (decided: one
# incursion), undated. The Secretariat's judgement of it ("ليعدُّ انتهاكًا ...") and its charge that the occupation's
# conduct "هو إرهاب دولة" are one condemnation: ACCUSE Secretariat → the occupation forces (several verbs of one
# condemnation are one ACCUSE), undated; the relative clause "التي تصادر حقوق الشعب الفلسطيني، وتنتهك ... وتمارس
# الفصل العنصري" is the charge's content (decided: folded into the ACCUSE, no events of its own). "ودعت المجتمع
# الدولي إلى أن ينظر إلى الإرهاب نظرة واحدة" is REQUEST → the international community, undated. Not coded: "توجب
# على المسلمين حكومات وشعوبًا الوقوف مع إخوانهم" (a call on a generic class: a claim only) and "أوصت ... أهل
# فلسطين ... بتقوى الله" (a religious exhortation: a claim but no REQUEST, batches 77–80); "العدو الذي يستغلها" and
# "عدوانهم" are generic. Claims, all the Secretariat's: أكدت (assert), قالت (accuse), أوضحت (other), أوصت (other),
# دعت (other). The Council is a Saudi state body, so its list holds the state.
i = 'snn-2015-07-27-0706'
t = news_text(i)
SCHOLARS = ["General Secretariat of the Council of Senior Scholars", "الأمانة العامة لهيئة كبار العلماء",
            "هيئة كبار العلماء", "Council of Senior Scholars", "Saudi Arabia", "السعودية"]
OCCUPATION = ["Israeli occupation forces", "قوات الاحتلال", "قوات الاحتلال الغاشمة", "الاحتلال", "Israel",
              "إسرائيل"]
AQSA = ["al-Aqsa Mosque", "المسجد الأقصى", "المسجد الأقصى المبارك", "الأقصى", "المصلين", "worshippers"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ASSAULT", "source": OCCUPATION + ["settlers", "مغتصبين ومتطرفين", "مغتصبين"], "target": AQSA},
    {"code": "ACCUSE", "source": SCHOLARS, "target": OCCUPATION},
    {"code": "REQUEST", "source": SCHOLARS, "target": ["international community", "المجتمع الدولي"]}], "claims": [
    {"speaker": SCHOLARS, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": SCHOLARS, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": SCHOLARS, "cue": cue(t, "أوضحت"), "stance": "other"},
    {"speaker": SCHOLARS, "cue": cue(t, "أوصت"), "stance": "other"},
    {"speaker": SCHOLARS, "cue": cue(t, "دعت"), "stance": "other"}]})
# --- SaudiNewsNet (Reuters): Turkish prosecutors seek seven and a half years for 18 journalists charged with terrorist
# propaganda for publishing the photo of a prosecutor held at gunpoint. "قالت وسائل إعلام تركية" and both "ذكرت وسائل
# الإعلام" are bare media (GUIDELINES): no claims. "الادعاء طالب بالسجن ... لثمانية عشر صحفيا اتهموا بالدعاية
# للإرهاب", "الاتهام وجه إلى صحفيين من تسع صحف" and the indictment's content are one prosecution: one ACCUSE
# prosecution → the journalists, the sentence demand folded in (README batches 101–104: prosecutors' charges and the
# complaint carrying them one ACCUSE; decided no separate REQUEST, the court is not named), undated. "محتجز تحت تهديد
# السلاح على أيدي متطرفين من أقصى اليسار في مارس" (a passive with its agent) and "خاطفين وهم يصوبون السلاح لرأس المدعي
# العام ... محمد سليم كيراز" are one hostage-taking: ASSAULT far-left militants → Kiraz, undated (March); his death
# "في تبادل لإطلاق النار" has no stated agent and is folded in. "أصدرت السلطات التركية أوامرها ... لفيسبوك وجوجل ومواقع
# أخرى بازالة الصورة" is censorship, a restriction of press freedom (CAMEO 1721): COERCE Turkish authorities → Facebook
# and Google (decided over REQUEST), undated. "قوبل باتهامات من جانب الاكاديميين والمدافعين عن حقوق الإنسان بشن حملة
# قمعية" (a passive with its agents) is ACCUSE academics and rights defenders → the Turkish authorities, undated; a
# bare group, so no claim. Not coded: "اتخذت تركيا موقفا متشددا" (a standing policy), the founding of the AKP, and
# "لم يتسن ... الحصول على تعليق" (declined to comment). Claims, the prosecution's: طالب (the demand: other) and "جاء
# في صحيفة الاتهام" (court documents quoted are a speaker, batches 101–104: accuse), each embedded in the bare media's
# report.
i = 'snn-2015-08-06-1862'
t = news_text(i)
PROSECUTION = ["Turkish prosecution", "الادعاء", "Istanbul chief prosecutor's office", "مكتب كبير المدعين في اسطنبول",
               "صحيفة الاتهام", "Turkey", "تركيا"]
JOURNALISTS = ["18 journalists", "ثمانية عشر صحفيا", "صحفيين من تسع صحف", "صحفيين", "الصحفيين"]
MILITANTS = ["far-left militants", "متطرفين من أقصى اليسار", "خاطفين", "DHKP-C"]
KIRAZ = ["Mehmet Selim Kiraz", "محمد سليم كيراز", "كيراز", "مسؤول قضائي"]
TR_AUTH = ["Turkish authorities", "السلطات التركية", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": PROSECUTION, "target": JOURNALISTS},
    {"code": "ASSAULT", "source": MILITANTS, "target": KIRAZ},
    {"code": "COERCE", "source": TR_AUTH, "target": ["Facebook", "فيسبوك", "Google", "جوجل"]},
    {"code": "ACCUSE", "source": ["academics and human rights defenders", "الاكاديميين",
                                  "المدافعين عن حقوق الإنسان"], "target": TR_AUTH}], "claims": [
    {"speaker": PROSECUTION, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": PROSECUTION, "cue": cue(t, "جاء"), "stance": "accuse"}]})
# --- SaudiNewsNet (Asharq al-Awsat): the AKP and the CHP hold their second round of coalition talks "أول من أمس"
# (2015-07-29, two days before the corpus date). "أجرى حزبا العدالة والتنمية والشعب الجمهوري ثاني جلسات الحوار
# بينهما" is a meeting of two parties: one reciprocal CONSULT with both in the source and no target, dated 2015-07-29.
# "الحزبين توصلا لاتفاق حول تشكيل دستور جديد وتعديل الحد الأدنى للتمثيل البرلماني" is one reciprocal AGREE, undated
# (decided: the text ties it to "المفاوضات", not to the day's session). "ومن المقرر أن يتم عقد ثالث جلسات ... على أن
# يتم عقد آخر جلسات المفاوضات في الثالث من أغسطس" is a passive schedule of future meetings of the same two parties:
# one reciprocal AGREE (future meetings are AGREE; README batch 27–28's passive announcement), undated (3 August is
# the meeting's day, not the agreement's, as batch 22's deadline); the leaders' coming talks on the open points
# (سيتولى زعيما الحزبين مناقشة) are folded into it (decided). Not coded: reports to the party leaderships (internal)
# and the points not agreed (negated). "كشفت مصادر مطلعة على المفاوضات ... مشيرة" are sources tied to no institution
# (bare): no claims. Claims: Haluk Koç's أوضح and Ömer Çelik's أكد, both assert.
i = 'snn-2015-07-31-0400'
t = news_text(i)
KOC = ["Haluk Koç", "خلوق كوتش", "كوتش"]
CELIK = ["Ömer Çelik", "عمر تشيليك", "تشيليك"]
AKP = ["Justice and Development Party", "AKP", "حزب العدالة والتنمية", "العدالة والتنمية"] + CELIK
CHP = ["Republican People's Party", "CHP", "حزب الشعب الجمهوري", "الشعب الجمهوري"] + KOC
BOTH = AKP + CHP + ["حزبا العدالة والتنمية والشعب الجمهوري", "الحزبين", "الحزبان"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": BOTH, "target": [], "date": "2015-07-29"},
    {"code": "AGREE", "source": BOTH, "target": []},
    {"code": "AGREE", "source": BOTH, "target": []}], "claims": [
    {"speaker": KOC + CHP, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": CELIK + AKP + ["Turkey"], "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- SaudiNewsNet (al-Weeam): Amnesty International says Iran executed 694 people from 1 January to 15 July 2015.
# "أعدمت الدولة 694 شخصاً" (re-told by "استخدمت السلطات الإيرانية عقوبة الإعدام" in Boumedouha's quote and by Iran's
# own "اعترفت ... بتنفيذ 246 حكماً") is one campaign of executions this year: ASSAULT Iran → the executed (PLOVER
# counts executions as killings, batch 102), undated (a period). Iran's "في عام 2014 أعدمت 289 شخصاً" is a historical
# clause with its doer inside a statement: a second ASSAULT Iran → the executed of 2014 (decided: another year,
# another instance; Amnesty's 743 re-tells it), undated. Amnesty's report, its inquiry (تحقيق أجرته العفو الدولية)
# and Boumedouha's condemnation ("أدان النظام القضائي المعيب بشدة") are one ACCUSE Amnesty → Iran (publishing a report
# on abuses is ACCUSE; several verbs of one condemnation one ACCUSE), undated. Not coded: the death sentences handed
# down (passives and nouns with no court named) and the thousands awaiting execution. Claims: Amnesty's ذكرت
# (accuse), أشارت (assert), Boumedouha's قال (accuse), استطرد (assert; decided over the participle قائلاً of the
# same clause), أدان (accuse), مشيراً (a different content, the drug convictions: assert), the 2nd قال (accuse);
# Amnesty's أظهر (its inquiry's finding, as a study's author speaks: assert); Iran's اعترفت and قالت (assert); Amnesty's
# "تقول إن العدد بلغ 743" rebuts Iran's figure (deny, decided, as batch 104's rebuttal of a death toll). The closing
# "رابط الخبر بصحيفة الوئام" is a byline.
i = 'snn-2015-07-23-0925'
t = news_text(i)
AMNESTY = ["Amnesty International", "منظمة العفو الدولية", "العفو الدولية", "المنظمة"]
BOUMEDOUHA = ["Said Boumedouha", "سعيد بوميدوحة", "بوميدوحة"]
IRAN = ["Iran", "إيران", "الجمهورية الإسلامية", "السلطات الإيرانية"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": IRAN, "target": ["executed prisoners", "694 شخصاً", "عدداً مذهلاً بلغ 694 شخصاً"]},
    {"code": "ASSAULT", "source": IRAN, "target": ["prisoners executed in 2014", "289 شخصاً", "743 شخصا"]},
    {"code": "ACCUSE", "source": AMNESTY + BOUMEDOUHA, "target": IRAN}], "claims": [
    {"speaker": AMNESTY, "cue": cue(t, "ذكرت"), "stance": "accuse"},
    {"speaker": AMNESTY, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": BOUMEDOUHA + AMNESTY, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": BOUMEDOUHA + AMNESTY, "cue": cue(t, "استطرد"), "stance": "assert"},
    {"speaker": BOUMEDOUHA + AMNESTY, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": BOUMEDOUHA + AMNESTY, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": BOUMEDOUHA + AMNESTY, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": AMNESTY, "cue": cue(t, "أظهر"), "stance": "assert"},
    {"speaker": IRAN, "cue": cue(t, "اعترفت"), "stance": "assert"},
    {"speaker": IRAN, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": AMNESTY, "cue": cue(t, "تقول"), "stance": "deny"}]})
# --- Jawhara FM: police of the Akouda national security centre, backed by North Sousse units, raid two houses in
# Chott Meriem. "في عمليتين نوعيتين، داهم أعوان مركز الأمن الوطني بأكودة ... منزلين" with "أسفرت المداهمة الأولى عن
# إيقاف شاب وفتاة وحجز نحو 800 غرام" and "تم في المنزل الثاني إيقاف 3 شبان وفتاة" are two operations on two targets:
# two COERCE police → the detainees of each house (decided, as batches 65–68's raids and arrests on two targets), the
# seizures folded in, both undated (the text gives no day). "تم بإذن من النيابة العمومية إيقافهم على ذمة البحث ... في
# انتظار احالتهم على العدالة" keeps the same detention on the prosecution's permission: folded into the arrests, no
# ACCUSE (decided, as batches 93–96 leave a passive referral out). "شخص مفتش عنه من أجل السرقة" is a passive with no
# doer. No reporting verbs: no claims. أكودة، شط مريم and سوسة are named on their own as places, so the police lists
# keep no form holding them.
i = 'ant-JA-society-284-20160805'
t = news_text(i)
POLICE = ["Akouda national security centre", "أعوان مركز الأمن الوطني", "مركز الأمن الوطني", "وحدات الأمن الوطني",
          "Tunisian police", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-08-05", "events": [
    {"code": "COERCE", "source": POLICE, "target": ["young man and young woman", "شاب وفتاة"]},
    {"code": "COERCE", "source": POLICE, "target": ["three young men and a young woman", "3 شبان وفتاة", "شبان",
                                                    "الموقوفين الأربعة"]}], "claims": []})
# --- Jawhara FM (Saturday 2017-01-07): a cold wave kills 17 in Poland and Italy. Weather deaths have no doer, and the
# measures "المتخذة الاسبوع الماضي لاستقبال من لا مأوى لهم" are a passive participle with none: no events. Claims:
# "بحسب وكالة ريا نوفوستي" is its sentence's only attribution (RIA Novosti, assert) and "كما اعلن المركز الحكومي للامن
# الوطني" (Poland's Government Centre for Security, assert). "يتوقع ان" has no speaker.
i = 'ant-JA-internationalNews-137-07012017'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-01-07", "events": [], "claims": [
    {"speaker": ["RIA Novosti", "ريا نوفوستي", "وكالة ريا نوفوستي"], "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": ["Government Centre for Security", "المركز الحكومي للامن الوطني", "Poland", "بولندا"],
     "cue": cue(t, "اعلن"), "stance": "assert"}]})
# --- Jawhara FM: Noureddine Nasr, FAO's regional officer for plant protection, urges Tunisia to keep the red palm
# weevil out of Libya's reach (the headline's تحذر is outside the text). "إن تونس مطالبة ببذل أقصى الجهود لمنع دخول
# سوسة النخيل الحمراء من ليبيا" is a call with its addressee named: REQUEST Nasr (FAO) → Tunisia (decided: a
# recommendation to a state is a call, README batch 29–30's warning that tells its addressee to act), undated.
# "ودعا ... الى دعم التعاون بين الفرق الليبية والتونسية" is a call with no addressee: REQUEST with no target, undated.
# The weevil's spread is no actor's act; "يذكر ان" is the narrator; the crosshead "تعاون تونسي ليبي" is a noun phrase.
# Claims, all Nasr's: قال (the call: other), افاد (the high risk of entry from Libya: warn), علّل (his reasoning:
# assert; "بالقول" repeats it), دعا (other), مضيفا (the spread to Tripoli, Tobruk and Benghazi: assert). TAP (وات) only
# carried his statement: a conduit.
i = 'ant-JA-localNews-4084-20170524'
t = news_text(i)
NASR = ["Noureddine Nasr", "نور الدين نصر", "نصر", "FAO", "فاو", "منظمة الامم المتحدة للاغذية والزراعة"]
recs.append({"id": i, "text": t, "published": "2017-05-24", "events": [
    {"code": "REQUEST", "source": NASR, "target": ["Tunisia", "تونس"]},
    {"code": "REQUEST", "source": NASR, "target": []}], "claims": [
    {"speaker": NASR, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": NASR, "cue": cue(t, "افاد"), "stance": "warn"},
    {"speaker": NASR, "cue": cue(t, "علّل"), "stance": "assert"},
    {"speaker": NASR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": NASR, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM (Thursday 2014-11-06): the General Union of Tunisian Students (UGET) rejects the date of the scientific
# council elections and threatens to boycott them, at a press conference "ظهر اليوم الخميس" (the corpus date, a
# Thursday). Everything told was said there, so every event is dated 2014-11-06 (decided: a union's stances are dated
# by its statement, batches 85–88). "عبر ... عن رفضه لتاريخ انتخابات المجالس العلمية" refuses a decision whose author
# is not named: REJECT UGET with no target. "مهددا بمقاطعتها في صورة إجرائها وبإيقاف العملية الانتخابية برمتها",
# re-told by "استعداد المنظمة الطلابية لخوض كل الاشكال النضالية ... بما فيها مقاطعة", is one THREATEN with no target
# (decided: no addressee named). "ودعا ... وائل نوار ... إلى تأجيل إجراء انتخابات المجالس العلمية" (no addressee) and
# "ودعا نوار كافة الاطراف الجامعية من أساتذة وعمداء ورؤساء جامعات إلى تأجيل" are two REQUESTs, one with no target
# and one → the university parties (README session 30: two calls by one politician, with and without an addressee,
# two REQUESTs). "عددا من الاطراف المشاركة ... تدعم بشكل علني مرشحا بعينه" names neither the parties nor the
# candidate: no SUPPORT and no ACCUSE (decided: indefinite, the ground of his warning). Claims: UGET's 1st عبر (a
# refusal: deny) and مهددا (warn); Nawar's 1st دعا (other), اعتبره (the danger: warn), نبه (warn), 2nd دعا (other) and
# 2nd عبر (the readiness to boycott: warn). "بحسب قوله"، "وفق قوله" and "بحسب تأكيده" repeat their sentence's speaker.
i = 'ant-JA-localNews-1559-20141106'
t = news_text(i)
NAWAR = ["Wael Nawar", "وائل نوار", "نوار"]
UGET = ["General Union of Tunisian Students", "UGET", "الاتحاد العام لطلبة تونس", "المنظمة الطلابية"] + NAWAR
UNI = ["university parties", "كافة الاطراف الجامعية", "الاطراف الجامعية", "أساتذة وعمداء ورؤساء جامعات",
       "عمداء", "رؤساء جامعات"]
D = "2014-11-06"
recs.append({"id": i, "text": t, "published": "2014-11-06", "events": [
    {"code": "REJECT", "source": UGET, "target": [], "date": D},
    {"code": "THREATEN", "source": UGET, "target": [], "date": D},
    {"code": "REQUEST", "source": UGET, "target": [], "date": D},
    {"code": "REQUEST", "source": UGET, "target": UNI, "date": D}], "claims": [
    {"speaker": UGET, "cue": cue(t, "عبر", 1), "stance": "deny"},
    {"speaker": UGET, "cue": cue(t, "مهددا"), "stance": "warn"},
    {"speaker": NAWAR + UGET, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": NAWAR + UGET, "cue": cue(t, "اعتبره"), "stance": "warn"},
    {"speaker": NAWAR + UGET, "cue": cue(t, "نبه"), "stance": "warn"},
    {"speaker": NAWAR + UGET, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": NAWAR + UGET, "cue": cue(t, "عبر", 2), "stance": "warn"}]})
# --- Jawhara FM: state secretary Mabrouk Korchid, at the burial of the martyr Khalifa Soltani, and agriculture
# minister Samir Taieb on help and a meeting for the family. "أكّد ... ضرورة توفير الأمن والحماية اللازمة لمنطقة
# السلاطنية" is a call on the state he serves: a claim only (decided, as a minister calling for what his own
# government does, batches 89–92). "أن الدولة ستوفر كل الضروريات لعائلة الشهيد على غرار السكن" is a pledge to a named
# family: AGREE Korchid (the state) → the family (a president's promise to a widow, batches 89–92), undated (the
# burial has no day in the text). "عائلة الشهيد ستتنقل إلى العاصمة لحضور اجتماع مع وفد من الوزراء" and Taieb's "سيتم
# الاجتماع بعائلة الشهيد ووفد من دوّار السلاطنية الأسبوع المقبل" are one future meeting: one AGREE with all its
# parties in the source and no target (README batches 27–28: a passive announcement of a future meeting), undated
# (next week). Attending the burial is mourning: no event. Claims: Korchid's أكّد (other), أضاف (promise), أشار (the
# coming meeting: assert); Taieb's قال (promise). "حسب تعبيره" repeats its speaker. السلاطنية is named on its own as a
# place, so the village delegation keeps only an English name.
i = 'ant-JA-localNews-4413-20170604'
t = news_text(i)
KORCHID = ["Mabrouk Korchid", "مبروك كرشيد", "كرشيد", "Tunisia", "الدولة"]
TAIEB = ["Samir Taieb", "سمير الطيب", "الطيب", "Tunisia"]
FAMILY = ["family of Khalifa Soltani", "عائلة الشهيد خليفة السلطاني", "عائلة الشهيد"]
MEETING = (["ministerial delegation", "وفد من الوزراء"] + TAIEB + FAMILY + ["Soltania village delegation"])
recs.append({"id": i, "text": t, "published": "2017-06-04", "events": [
    {"code": "AGREE", "source": KORCHID, "target": FAMILY},
    {"code": "AGREE", "source": MEETING, "target": []}], "claims": [
    {"speaker": KORCHID, "cue": cue(t, "أكّد"), "stance": "other"},
    {"speaker": KORCHID, "cue": cue(t, "أضاف"), "stance": "promise"},
    {"speaker": KORCHID, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": TAIEB, "cue": cue(t, "قال"), "stance": "promise"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch116.gold.jsonl', recs)
