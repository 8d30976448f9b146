"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 82 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Madina (Tuesday 2015-08-11): singer Rashed al-Majed credits the tune of his new song «سجة مع الهاجوس» to
# folklore, though it is retired singer Fares Mahdi's; after Mahdi's threat he withdraws it and puts Mahdi's name on it.
# "أكد الفنان فارس مهدي بأنه سيلاحق الماجد قانونيًا" is a threat of legal action: THREATEN Mahdi → al-Majed (batch 30's
# legal threat, batch 42's مقاضاة), undated (no day in the text). "اضطر لسحب الأغنية ... ومن ثم إضافة اسم الفنان فارس
# مهدي على الأغنية" (its subject راشد الماجد from the clause before) is yielding to that threat, the headline's يرضخ:
# CONCEDE al-Majed → Mahdi (CAMEO 08, as batches 49–52 code calling off a strike, and batches 77–80 a board accepting
# demands), undated. Not coded: releasing the song and crediting the tune to folklore (نسب ... للفلكلور: a credit line,
# no act on a party and no reported statement); "في ظاهرة سرقة لحنية جديدة" is the narrator's judgement (theft is no
# ASSAULT, README). Claim: Mahdi's أكد (warn).
i = 'snn-2015-08-11-0543'
t = news_text(i)
MAJED = ["Rashed al-Majed", "راشد الماجد", "الماجد"]
MAHDI = ["Fares Mahdi", "فارس مهدي", "مهدي"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "THREATEN", "source": MAHDI, "target": MAJED},
    {"code": "CONCEDE", "source": MAJED, "target": MAHDI}], "claims": [
    {"speaker": MAHDI, "cue": cue(t, "أكد"), "stance": "warn"}]})
# --- Al-Madina: Al-Ahli's sixth day in its St. Moritz camp: recovery training after the 9–0 friendly against Celerina,
# and a visit to the Segantini museum. Friendly matches and training are sport, not events (batches 16, 21, 33); the
# team's museum visit meets no party. Nobody is quoted. Nothing coded.
i = 'snn-2015-07-26-0564'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": []})
# --- Al-Eqtisadiah (Tuesday 2015-08-04): the Chinese foreign ministry says FM Wang Yi will start, on Saturday, a
# three-day tour of the three states worst hit by Ebola. Future visits are AGREE, one per destination (README, batches
# 29 and 36): Sierra Leone, Liberia, Guinea. All three undated (decided: "سيبدأ يوم السبت" fixes the tour's first day
# (2015-08-08), but the text does not say which state comes first and the tour takes three days; a visit given over
# several days stays undated, README session 22). "سيحضر قمة أمنية إقليمية هذا الأسبوع" is a future multilateral
# meeting: AGREE with no target (batch 29's "سيشارك في قمة"), undated (هذا الأسبوع is a week). The background "أرسلت
# مئات من العاملين الطبيين إلى أفريقيا وقدمت معونات تزيد قيمتها عن 120 مليون دولار" is a finite historical clause
# with its doer: AID China → Africa, one event (decided: medical staff and money sent to one recipient for one
# purpose, the Ebola fight, are one aid campaign, as batches 53–56 give a charity one AID per recipient group), undated.
# Not coded: "واجهت ... انتقادات" (criticism with no named critic: no ACCUSE, no claim), China as Africa's biggest
# trading partner and the 200 Chinese firms working in West Africa (states, no acts). Claims: the ministry's قالت and
# أضافت (assert). Wang lists China (state official).
i = 'snn-2015-08-04-0253'
t = news_text(i)
MFA = ["Chinese Ministry of Foreign Affairs", "وزارة الخارجية الصينية", "وزارة الخارجية", "الوزارة", "China", "الصين"]
WANG = ["Wang Yi", "وانغ يي", "وانغ", "Chinese foreign minister", "وزير الخارجية", "China", "الصين"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "AGREE", "source": WANG, "target": ["Sierra Leone", "سيراليون"]},
    {"code": "AGREE", "source": WANG, "target": ["Liberia", "ليبيريا"]},
    {"code": "AGREE", "source": WANG, "target": ["Guinea", "غينيا"]},
    {"code": "AGREE", "source": WANG, "target": []},
    {"code": "AID", "source": ["China", "الصين"], "target": ["Africa", "أفريقيا"]}], "claims": [
    {"speaker": MFA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MFA, "cue": cue(t, "أضافت"), "stance": "assert"}]})
# --- Al-Weeam (Tuesday 2015-07-21): the Makkah Region Emirate reveals the arrest of one of the youths seen in the video
# of two girls harassed in a Jeddah park on the second day of Eid; he named his companions, whose arrest is under way.
# The arrest ("كشفت ... عن إلقاء القبض على أحد الأشخاص", "بعد القبض عليه") is a noun the authorities report: COERCE by
# the police and the Emirate that announces it (README: passive arrests reported by the police are the police's),
# undated (no day). "اعترف على عدد من الأشخاص الذين كانوا معه في الحادثة" is a finite clause with its doer: informing on
# his companions, ACCUSE suspect → companions (README session 13: a friend reporting a suspect), undated; no claim (an
# unnamed arrested youth is no identifiable speaker, and the act is told inside the Emirate's أوضحت). "وجارٍ القبض
# عليهم، للتحقيق معهم، تمهيداً لإحالتهم" is nominal with no doer: not coded. "شرطة جدة فتحت تحقيقا واسعا حول مقطع فيديو"
# is the police taking up the case: ACCUSE of the culprits (README session 22: police handling a killing is one ACCUSE
# of the culprit; batches 8–9: an investigation is ACCUSE), the teenagers in the video, undated. "وجه ... خالد الفيصل
# شرطة منطقة مكة المكرمة بسرعة القبض على المتهمين" is a governor ordering action on a crime: ACCUSE (README session 21:
# a governor ordering an inquiry), here with the accused named as a group, undated; his "مشدداً على ضرورة تكثيف الوجود
# الأمني" is an instruction to his own services (internal, no event). The harassment itself is told only as nouns ("مقطع
# فيديو التحرش بفتاتين", "لتعرض فتاتين للتحرش على أيدي مراهقين", "المتهمين بالتحرش"): not coded (GUIDELINES: nominalised
# events; decided, the masdar تعرض with an agent phrase is no finite clause). Claims: the Emirate's كشفت and أوضحت
# (assert); Khalid al-Faisal's وجه (a directive: other, as batch 27 takes وجه) and مشدداً (other). "رابط الخبر بصحيفة
# الوئام" is the outlet's own credit line (README session 21): no claim. جدة is named on its own, so the police list
# leaves out "شرطة جدة"; the prince's list leaves out his adviser title (it holds the King's epithet).
i = 'snn-2015-07-21-1552'
t = news_text(i)
EMIRATE = ["Makkah Region Emirate", "إمارة منطقة مكة المكرمة", "الإمارة", "Saudi Arabia", "السعودية"]
POLICE = ["Saudi police", "police", "الشرطة", "Makkah region police", "شرطة منطقة مكة المكرمة", "Saudi Arabia",
          "السعودية"]
FAISAL = ["Khalid al-Faisal", "خالد الفيصل", "الفيصل", "Makkah governor", "أمير منطقة مكة المكرمة", "Saudi Arabia",
          "السعودية"]
SUSPECT = ["arrested suspect", "أحد الأشخاص الذين ظهروا في مقطع فيديو التحرش بفتاتين", "أحد الأشخاص"]
HARASSERS = ["harassers", "teenagers", "مراهقين", "المتهمين بالتحرش بفتاتين", "المتهمين"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE", "source": POLICE + EMIRATE[:3], "target": SUSPECT},
    {"code": "ACCUSE", "source": SUSPECT,
     "target": ["accomplices", "عدد من الأشخاص الذين كانوا معه في الحادثة", "عدد من الأشخاص"]},
    {"code": "ACCUSE", "source": POLICE, "target": HARASSERS},
    {"code": "ACCUSE", "source": FAISAL, "target": HARASSERS}], "claims": [
    {"speaker": EMIRATE, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": EMIRATE, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": FAISAL, "cue": cue(t, "وجه"), "stance": "other"},
    {"speaker": FAISAL, "cue": cue(t, "مشدداً"), "stance": "other"}]})
# --- Al-Eqtisadiah (Wednesday 2015-07-22): a US high court fines Abercrombie & Fitch $25,000 in compensation to
# Samantha Elauf, whom it refused to hire for wearing the hijab. "قضت محكمة أمريكية عليا تغريم شركة" is a court's
# judgment against a party: SANCTION (batch 80's finding of guilt, PLOVER 'convict'; decided: a court's fine is a
# judicial penalty, unlike batch 47's municipal fine, COERCE 172), undated; "أكدت المحكمة في قرارها" re-tells the same
# ruling. "تقدمت عام 2008 بطلبٍ لشركة ... من أجل العمل" is an application with its doer: REQUEST Elauf → the company
# (batches 77–80 code a request to visit and a request for travel papers so), and "إلا أن الشركة رفضت طلبها" its
# refusal: REJECT company → Elauf (CAMEO 12); both undated (2008 only); the lead's "بسبب رفض الشركة توظيفها" re-tells
# it. Decided: the discrimination case between named parties is coded, unlike a routine employer notice (batches 33 and
# 49). "محكمة منطقة تولسا، قضت سابقاً لصالح الفتاة وغرمت الشركة" is a second ruling and fine: SANCTION, undated; "الدعوى
# التي رفعتها لجنة تكافؤ فرص العمل ... بالنيابة عن إيلاوف" is a relative clause with its doer: a lawsuit, ACCUSE EEOC →
# company (README), undated; "محكمة الاستئناف في دينفر، أصدرت حكماً لصالح الشركة" is a ruling against the plaintiffs'
# case: REJECT of the EEOC and Elauf (batch 43 codes a court's rejection of a party's request so), undated. The case
# moving to the Supreme Court has no doer; the 8–1 vote and the 1964 Civil Rights Act are no acts. Claims: the company's
# stated ground "بداعي «مخالفتها للسياسة المتبعة بشأن ملابس العاملين»" (quoted words, its sentence's only attribution:
# assert); the court's أكدت and مشيرةً (assert). قضت is a ruling, no reporting verb. تولسا is named on its own (مدينة
# "تولسا"), so the district court's list keeps only "محكمة منطقة" (no town).
i = 'snn-2015-07-22-0283'
t = news_text(i)
SUPREME = ["US Supreme Court", "Supreme Court", "محكمة أمريكية عليا", "المحكمة العليا", "المحكمة", "United States"]
ANF = ["Abercrombie & Fitch", "آبركرومبي آند فيتش", "شركة آبركرومبي آند فيتش", "الشركة"]
ELAUF = ["Samantha Elauf", "سامانثا إيلاوف", "إيلاوف", "الفتاة المسلمة", "الفتاة"]
EEOC = ["Equal Employment Opportunity Commission", "EEOC", "لجنة تكافؤ فرص العمل الأمريكية", "لجنة تكافؤ فرص العمل"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "SANCTION", "source": SUPREME, "target": ANF},
    {"code": "REQUEST", "source": ELAUF, "target": ANF},
    {"code": "REJECT", "source": ANF, "target": ELAUF},
    {"code": "SANCTION", "source": ["US district court", "district court", "محكمة منطقة"], "target": ANF},
    {"code": "ACCUSE", "source": EEOC, "target": ANF},
    {"code": "REJECT", "source": ["Tenth Circuit Court of Appeals", "محكمة الاستئناف في دينفر", "محكمة الاستئناف"],
     "target": EEOC + ELAUF}], "claims": [
    {"speaker": ANF, "cue": cue(t, "بداعي"), "stance": "assert"},
    {"speaker": SUPREME, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": SUPREME, "cue": cue(t, "مشيرةً"), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2015-08-05): the national (bar) body calls for an investigation into suspected torture of
# terrorism detainees. "دعت الهيئة الوطنية ... إلى فتح تحقيق" is a call with no named addressee: REQUEST with no
# target (README), dated by the statement "اليوم الأربعاء"; "وطالبت في بيانها ... بالإسراع في تنقيح المجلة الجزائية"
# a second, distinct call: REQUEST with no target, same day. The torture (شبهة تعذيب تعرض إليها موقوفون) has no doer;
# "حادثة «اختطاف» أمنيين لموقوفين" is the statement's nominal charge (README session 21: an accusation's content
# told as a verbal noun is no event of its own). "أصدر قاضي التحقيق سراحا لفائدتهم" is a relative clause with its
# doer: a release, RETREAT judge → detainees (README: a court releasing defendants), undated. The detainees' re-arrest
# and transfer to al-Gorjani ("عملية نقل الموقوفين السبعة", "إعادة إيقاف هذه العناصر ... تم بموجب إذن قضائي صدر عن
# وكيل الجمهورية") is one act, passive, that the Interior Minister reports of his own agents: COERCE by the agents
# and research department (README: passive arrests reported by the police), with the prosecutor whose warrant it
# executed in the same source (README session 15: a warrant that led to an arrest is COERCE), undated. Gharsalli's
# "لم يثبت أي تجاوز من طرف الأعوان وإدارة الأبحاث" is a denial of the abuse charge: REJECT with no target (its
# authors are not named; README session 19), dated 2015-08-05 ("في وقت سابق من اليوم"). Claims: the body's دعت and
# طالبت (other); the minister's أوضح and أكد (the re-arrest was lawful, a rebuttal of the kidnapping charge: deny).
# "يشار إلى أن" is the narrator. The prosecutor's form with بتونس is left out (Tunisia is in the minister's list).
i = 'ant-JA-localNews-4828-20150805'
t = news_text(i)
BAR = ["Tunisian Bar Association", "National Bar Association", "الهيئة الوطنية للمحامين", "الهيئة الوطنية", "الهيئة",
       "lawyers", "المحامون"]
GHARSALLI = ["Mohamed Najem Gharsalli", "محمد ناجم الغرسلي", "الغرسلي", "Interior Minister", "وزير الداخلية",
             "Tunisia", "تونس"]
DETAINEES = ["terrorism detainees", "موقوفون", "موقوفين", "الموقوفين السبعة", "الموقوفين", "هذه العناصر"]
recs.append({"id": i, "text": t, "published": "2015-08-05", "events": [
    {"code": "REQUEST", "source": BAR, "target": [], "date": "2015-08-05"},
    {"code": "REQUEST", "source": BAR, "target": [], "date": "2015-08-05"},
    {"code": "RETREAT", "source": ["investigating judge", "قاضي التحقيق"], "target": DETAINEES},
    {"code": "COERCE", "source": ["security agents", "أمنيين", "الأعوان", "research department", "إدارة الأبحاث",
                                  "Ministry of Interior", "وزارة الداخلية", "public prosecutor", "وكيل الجمهورية",
                                  "Tunisia"], "target": DETAINEES},
    {"code": "REJECT", "source": GHARSALLI, "target": [], "date": "2015-08-05"}], "claims": [
    {"speaker": BAR, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": BAR, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": GHARSALLI, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": GHARSALLI, "cue": cue(t, "أكد"), "stance": "deny"}]})
# --- Jawhara FM (Sunday 2017-04-09): a Saudi embassy statement carries Ambassador Mohammed bin Mahmoud al-Ali's
# denial of remarks the website «وطن يغرد خارج السرب» attributed to him, criticising Tunisia's not voting for a Human
# Rights Council resolution condemning the Syrian regime. The denial ("نقل بيان ... نفي ... القاطع", the headline
# repeated in the text "سفير السعودية بتونس ينفي", "ونفى بيان السفارة") is one act: REJECT of the website that
# published the report (README session 20: denying a report whose author is named), dated 2017-04-09 (the statement
# "اليوم الاحد"); its "محض افتراء وكذب يراد منه الإساءة للعلاقات" is the denial's own wording (decided: no separate
# ACCUSE). "مبرزا احترام الملك سلمان ... للرئيس الباجي قائد السبسي ولمكانته ولحكمته السياسية" is praise of Essebsi:
# SUPPORT, the embassy and the King as source, same day. "قرار يدين النظام السوري في مجلس حقوق الإنسان" is a clause
# with its doer (the Council's resolution; README session 20 codes a Security Council resolution): ACCUSE HRC → Syrian
# regime, undated (مؤخرا). The website's report is coded as reported (GUIDELINES: alleged events): "انتقد ... امتناع
# تونس عن إدانة نظام الأسد وكذلك زيارة برلمانيين تونسيين إلى سوريا" with its quote ("دبلوماسية مؤسفة") is one
# ACCUSE of Tunisia and the MPs; "كما انتقد العلي ... تصريحات الرئيس الباجي قائد السبسي" (with the quote's "نسي
# مواقفنا") a second ACCUSE, of Essebsi; inside the quote, "نحن منذ أن تولى الباجي القائد السبسي الرئاسة دعمناه
# معنوياً ومادياً" is a historical clause with a named doer (README sessions 13 and 21: alleged backing told inside
# a statement): SUPPORT Saudi Arabia → Essebsi (decided: one event, moral and material backing in one verb); all
# undated (the interview has no day). Not coded: Tunisia's abstention and non-vote, the MPs' visit to Syria and
# Essebsi's remarks on restoring relations with Assad (all nouns). Claims: the ambassador's نفي (the noun, by the نقل
# pattern; deny), قائلا (deny), the in-text headline's ينفي (deny); the embassy's نفى (deny) and مبرزا (assert);
# the website's قال (its report: assert); the ambassador's alleged انتقد (accuse), قائلا (accuse), the second انتقد
# (accuse) and واصفا (a distinct content, "بالمؤسف": accuse, as batches 2, 24 and 57 keep واصفا). "حسب نص البيان"
# repeats its sentence's speaker; "وفق هذا المصدر" and "وفق هذا الموقع الالكتروني" name the website as the conduit of
# the ambassador's words (نقل X عن Y: no claim of the conduit). تونس is named on its own, so the ambassador's and the
# embassy's lists leave out the forms with بتونس.
i = 'ant-JA-localNews-3341-20170409'
t = news_text(i)
KSA = ["Saudi Arabia", "السعودية", "المملكة العربية السعودية", "المملكة السعودية"]
ALI = ["Mohammed bin Mahmoud al-Ali", "محمد بن محمود العلي", "العلي", "Saudi ambassador", "سفير السعودية",
       "سفير المملكة"] + KSA
EMBASSY = ["Saudi embassy", "سفارة المملكة العربية السعودية", "السفارة السعودية", "بيان السفارة السعودية"] + KSA
SALMAN = ["King Salman", "سلمان بن عبد العزيز آل سعود", "الملك سلمان"]
WATAN = ["Watan", "وطن يغرد خارج السرب", "الموقع الالكتروني", "هذا الموقع"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قائد السبسي", "الباجي القائد السبسي", "السبسي", "Tunisia", "تونس"]
TUNISIA = ["Tunisia", "تونس", "Tunisian MPs", "برلمانيين تونسيين"]
recs.append({"id": i, "text": t, "published": "2017-04-09", "events": [
    {"code": "REJECT", "source": ALI + EMBASSY[:4], "target": WATAN, "date": "2017-04-09"},
    {"code": "SUPPORT", "source": EMBASSY + SALMAN, "target": ESSEBSI, "date": "2017-04-09"},
    {"code": "ACCUSE", "source": ["Human Rights Council", "مجلس حقوق الإنسان"],
     "target": ["Syrian regime", "النظام السوري", "نظام الأسد", "Bashar al-Assad", "Syria"]},
    {"code": "ACCUSE", "source": ALI, "target": TUNISIA},
    {"code": "SUPPORT", "source": ALI, "target": ESSEBSI},
    {"code": "ACCUSE", "source": ALI, "target": ESSEBSI}], "claims": [
    {"speaker": ALI, "cue": cue(t, "نفي"), "stance": "deny"},
    {"speaker": ALI, "cue": cue(t, "قائلا", 1), "stance": "deny"},
    {"speaker": ALI, "cue": cue(t, "ينفي"), "stance": "deny"},
    {"speaker": EMBASSY + ALI[:3], "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": EMBASSY, "cue": cue(t, "مبرزا"), "stance": "assert"},
    {"speaker": WATAN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ALI, "cue": cue(t, "انتقد", 1), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "قائلا", 2), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "انتقد", 2), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "واصفا"), "stance": "accuse"}]})
# --- Jawhara FM (Wednesday 2017-01-25): Hazar Jinaoui, spokeswoman of the Democratic Party, on Jawhara's «بوليتيكا»,
# calls on the state to take over and supervise the sale of cannabis (zatla). "دعت اليوم الأربعاء ... الدولة للتدخل
# والإشراف" is REQUEST to the state, dated; "مشددة على أهمية تولى الدولة الاشراف" re-tells that call. "بيان أصدره
# حزبها مؤخرا والذي يدعو إلى إلغاء العقوبة ... وتقنين عملية البيع وتشديد العقوبة على مروجي الزطلة" is a relative
# clause with its doer (the party's statement): REQUEST with no named addressee, undated (مؤخرا). Not coded: her
# warning about the drug's dangers (no addressee, no party acted on), the specialised studies (bare, no claim),
# Jawhara hosting her (an interview). Claims: دعت (other), أكدت (endorsing the party's calls: other), the party's
# يدعو (other; a second speaker), نبهت (warn), قالت (assert), مشددة (other).
i = 'ant-JA-localNews-127-20170125'
t = news_text(i)
PARTY = ["Democratic Party", "الحزب الديمقراطي", "حزبها"]
JINAOUI = ["Hazar Jinaoui", "هزار الجيناوي", "الجيناوي", "Democratic Party spokeswoman",
           "الناطقة باسم الحزب الديمقراطي", "ضيفة بوليتيكا"] + PARTY[:2]
STATE = ["Tunisian state", "الدولة", "مؤسسات الدولة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-01-25", "events": [
    {"code": "REQUEST", "source": JINAOUI, "target": STATE, "date": "2017-01-25"},
    {"code": "REQUEST", "source": PARTY, "target": []}], "claims": [
    {"speaker": JINAOUI, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": JINAOUI, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": PARTY, "cue": cue(t, "يدعو"), "stance": "other"},
    {"speaker": JINAOUI, "cue": cue(t, "نبهت"), "stance": "warn"},
    {"speaker": JINAOUI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": JINAOUI, "cue": cue(t, "مشددة"), "stance": "other"}]})
# --- Jawhara FM (Saturday 2017-06-10): 78 injured in clashes between the villages of Bechni (El Faouar) and Jersine
# (South Kebili), according to the regional health director. The clashes ("الاشتباكات بين قريتي", "تجدّد الاشتباكات
# صباح اليوم") are told only as nouns: not coded (README session 23). The governor's cause ("تعمّد عدد من أهالي إحدى
# القريتين التحوّل ... وسعيهم إلى رسم الحدود ... دون التقيد بقرارات الجلسة الصلحية") is nominal, inside his
# statement; the reconciliation session "التي تمّ عقدها يوم الخميس الماضي في مقر الولاية" is passive with no party
# named, and its decisions (أكدت ضرورة تأجيل ...) are the session's, no actor's; the crisis cell and the coordination
# (تكوين خلية أزمة والتنسيق) are nouns with no doer; the transfer of two injured to Sfax is passive and medical.
# Nothing coded. Claims: "وفق المدير الجهوي للصحة" (its sentence's only attribution, the phrase as cue: assert),
# Slimane's أكد, أضاف and مشيرا (assert); the governor's "قد أوضح" (blames some residents of one of the villages:
# accuse; decided: no ACCUSE event, since the text does not say which village, so no identifiable target, and the
# explanation is told as nouns). The director's and the governor's lists leave out the forms with قبلي (named on
# its own, "معتمدية قبلي الجنوبية").
i = 'ant-JA-localNews-4512-20170610'
t = news_text(i)
SLIMANE = ["Hedi Slimane", "الهادي سليمان", "سليمان", "regional health director", "المدير الجهوي للصحة"]
GHABI = ["Sami Ghabi", "سامي الغابي", "الغابي", "governor", "والي الجهة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-06-10", "events": [], "claims": [
    {"speaker": SLIMANE, "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": SLIMANE, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SLIMANE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SLIMANE, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": GHABI, "cue": cue(t, "أوضح"), "stance": "accuse"}]})
# --- Jawhara FM (Tuesday 2015-05-12): the general union of school supervisors calls its members to make the 13–14
# May strike a success, after the Presidency of the Government rejected the draft agreement reached on Monday.
# "دعت ... كافة منظوريها إلى إنجاح الاضراب" is a union's call to its own members: REQUEST (README session 20: a
# leader's call to his own fighters), dated 2015-05-12; "الاضراب المبرمج ليومي 13 و 14 ماي" is the union's earlier
# strike notice: THREATEN (CAMEO 133) against the Presidency of the Government, whose rejection it answers, undated
# (decided, as batch 78 leaves the earlier notice undated: the strike was set before today's call; 13–14 May are the
# strike's days, not the notice's). The grounds ("الالتفاف الممنهج من قبل رئاسة الحكومة ... ورفضها التام") are
# nouns inside the call (README session 21: an accusation's content told as a verbal noun is no event of its own;
# batch 78 keeps a strike's stated purpose as the union's claim only): no ACCUSE. "جلسة التفاوض التي التأمت أمس
# الاثنين بمقر وزارة الشؤون الاجتماعية" with its participants named next ("باشراف كل من وزيري التربية، والشؤون
# الاجتماعية، وحضرها الأمين العام المساعد للاتحاد العام التونسي للشغل") is a meeting named by a noun with its
# attendees named (README session 21): one CONSULT, the union side (the sector union and the UGTT's deputy secretary
# general, who attended) the source and the two ministries (the host) the target, and one reciprocal AGREE for the
# draft agreement "باقتناع تام بين الوفدين المفاوضين", both sides in the source, no target; both dated 2015-05-11
# (أمس الاثنين). "المشروع تم رفضه رفضا تاما ودون تبرير من قبل رئاسة الحكومة" is a passive with its agent named:
# REJECT Presidency → union, undated (no day given). Claims: دعت (other; its "وفق ما جاء في نص البلاغ" repeats the
# sentence's speaker), "وأفاد بلاغ النقابة" (the unjustified rejection: accuse), "وفق نفس البلاغ" (its sentence's only
# attribution: assert).
i = 'ant-JA-localNews-1446-20150512'
t = news_text(i)
UNION = ["General Union of School Supervisors", "النقابة العامة للقيمين والقيمين العامين", "النقابة العامة",
         "النقابة", "بلاغ النقابة العامة للقيمين والقيمين العامين"]
MEMBERS = ["union members", "كافة منظوريها", "منظوريها"]
PRESIDENCY = ["Presidency of the Government", "رئاسة الحكومة", "Tunisian prime minister's office", "Tunisia"]
UGTT = ["UGTT deputy secretary general", "الأمين العام المساعد للاتحاد العام التونسي للشغل", "UGTT",
        "الاتحاد العام التونسي للشغل"]
MINISTRIES = ["Minister of Education", "Ministry of Education", "وزيري التربية", "Minister of Social Affairs",
              "Ministry of Social Affairs", "وزارة الشؤون الاجتماعية", "الشؤون الاجتماعية",
              "government delegation", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-05-12", "events": [
    {"code": "REQUEST", "source": UNION, "target": MEMBERS, "date": "2015-05-12"},
    {"code": "THREATEN", "source": UNION, "target": PRESIDENCY},
    {"code": "CONSULT", "source": UNION + UGTT, "target": MINISTRIES, "date": "2015-05-11"},
    {"code": "AGREE", "source": UNION + UGTT + MINISTRIES, "target": [], "date": "2015-05-11"},
    {"code": "REJECT", "source": PRESIDENCY, "target": UNION}], "claims": [
    {"speaker": UNION, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "أفاد"), "stance": "accuse"},
    {"speaker": UNION, "cue": cue(t, "وفق", 2), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch82.gold.jsonl', recs)
