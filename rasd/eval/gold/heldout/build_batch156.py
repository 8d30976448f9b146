"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 156 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sunday 2015-07-26): a car bomb kills two Turkish soldiers near a military convoy in Diyarbakir.
# The blast itself ("مقتل عسكريين ... في انفجار سيارة مفخخة استهدف قافلة عسكرية", "سيارة مفخخة انفجرت") has no
# explicit doer and "لم تتبن أي جهة الهجوم": no ASSAULT (GUIDELINES: the Mali car bomb). "نسبت هيئة أركان الجيش
# التركي الهجوم إلى المنظمة الارهابية والانفصالية" (the phrase Turkey uses for the PKK, as the text says) names the
# attackers: ACCUSE General Staff → PKK (README: a ministry naming a bomber; a state security body naming the
# attackers' group), undated (the statement has no day). "هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة" is
# THREATEN PKK → Turkey, undated. "الضربات الجوية التي شنها الجيش التركي الجمعة والسبت، على معسكرات للمتمردين في
# شمال العراق" is a relative clause with its doer: ASSAULT Turkish army → the rebels (PKK), undated (decided: it spans
# two days, README: an overnight raid across two days is undated). The HPG's "دانت ... القصف التركي، معتبرة أنه
# عدوان" is a condemnation of another party's act: ACCUSE HPG → Turkey, undated; its "تركيا انهت من جانب واحد وقف
# اطلاق النار" is the content of that accusation and the ceasefire's end is the bombing already coded (decided: no
# separate event). "عملية واسعة اطلقت للعثور على منفذي هذا الهجوم", reported by the Diyarbakir governor's office, is
# a passive manhunt the office reports of its own authorities: ACCUSE the governor's office → the perpetrators
# (README: passive arrests reported by the police are the police's; a search for suspects is an investigation,
# ACCUSE), undated. "تبنت الحركة الانفصالية الكردية الاربعاء قتل شرطيين في مدينة جيلان بينار" is a claimed attack:
# ASSAULT PKK → the two policemen, no claim for تبنت (README), dated by its Wednesday, 2015-07-22 (decided: the text's
# one day for the act it claims). Not coded: the Suruc suicide attack ("الهجوم الانتحاري الذي استهدف": the attack is
# the subject, no doer), the phrase the Turkish authorities use habitually. Claims: the General Staff's نسبت (accuse),
# "وقالت القيادة العسكرية" and وأضافت (assert); the PKK's هدد (warn); the HPG's دانت، معتبرة and the second قالت
# (accuse: Turkey ended the truce unilaterally) and مضيفة (the truce means nothing now: assert); the governor's office's
# قال (assert); the PKK's last قالت (the killing answers Suruc: assert). "أعلنت مصادر رسمية" is a bare source (no
# state or body named): no claim. Decided: the HPG lists the PKK, whose armed wing the text calls it, as state
# officials list their state; the governor's office drops aliases with دياربكر, a place the article names alone.
i = 'snn-2015-07-26-0102'
t = news_text(i)
PKK = ["Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني", "المنظمة الارهابية والانفصالية",
       "الحركة الانفصالية الكردية", "المتمردين", "Kurdish rebels"]
HPG = ["People's Defence Forces", "HPG", "قوات الدفاع الشعبي", "الجناح العسكري لحزب العمال الكردستاني",
       "Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني"]
TURKEY = ["Turkey", "تركيا", "أنقرة", "Turkish army", "الجيش التركي"]
GENERAL_STAFF = ["Turkish General Staff", "هيئة أركان الجيش التركي", "القيادة العسكرية"] + TURKEY
GOVERNOR = ["Diyarbakir governor's office", "Diyarbakir governor", "مكتب محافظ", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": GENERAL_STAFF, "target": PKK},
    {"code": "THREATEN", "source": PKK, "target": TURKEY},
    {"code": "ASSAULT", "source": TURKEY, "target": PKK + ["معسكرات للمتمردين", "rebel camps"]},
    {"code": "ACCUSE", "source": HPG, "target": TURKEY},
    {"code": "ACCUSE", "source": GOVERNOR,
     "target": ["perpetrators", "منفذي هذا الهجوم", "منفذي الهجوم"]},
    {"code": "ASSAULT", "source": PKK,
     "target": ["two policemen", "شرطيين", "Turkish police"], "date": "2015-07-22"}], "claims": [
    {"speaker": GENERAL_STAFF, "cue": cue(t, "نسبت"), "stance": "accuse"},
    {"speaker": PKK, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": GENERAL_STAFF, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": GENERAL_STAFF, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": HPG, "cue": cue(t, "دانت"), "stance": "accuse"},
    {"speaker": HPG, "cue": cue(t, "معتبرة"), "stance": "accuse"},
    {"speaker": HPG, "cue": cue(t, "قالت", 2), "stance": "accuse"},
    {"speaker": HPG, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": GOVERNOR, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": PKK, "cue": cue(t, "قالت", 3), "stance": "assert"}]})
# --- SaudiNewsNet: the Al-Dubaikhi heritage museum in Buraidah closes its programme at the Buraidah date festival.
# The museum closing its own events, the visits of "العديد من المهتمين" (a generic public), the support "بدعم من"
# Bare'a and the tourism commission (a noun phrase) and the description of the exhibits are no PLOVER events; nobody
# speaks. No events, no claims.
i = 'snn-2015-08-03-0399'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [], "claims": []})
# --- SaudiNewsNet (Okaz): Director of Public Security Othman al-Muhrij visits the wounded of the Special Emergency
# Forces at Asir Central Hospital after the Abha mosque bombing. The wounded belong to forces under his own command
# (public security and the emergency forces, both under the Interior Ministry), so the visit is internal (README:
# a minister's acts towards his own forces are internal; batch 53's Carter inspecting his own troops); likewise his
# coming "بتوجيهات من ... الأمير محمد بن نايف" (a minister directing his own officer). Not coded: "ونقول لأعداء الدين
# ... لن تثنونا" (defiance of a generic class, README: no event), "التحقيقات الأمنية لاتزال قائمة" (a noun with no
# doer; decided: no ACCUSE, as no culprit or investigating body is named in the clause), the groups' targeting of
# mosques (a noun), the hashtags (a bare public). Claims: وبين (assert), وأشار (assert), مؤكدا (the investigations go
# on: assert), and قال in answer to Okaz's question ("هذا دليل إفلاسهم": accuse). "ونقول" is his own first-person verb
# inside his words, not a reporting verb (decided: no claim of its own); Okaz's question is the outlet's.
i = 'snn-2015-08-08-1201'
t = news_text(i)
MUHRIJ = ["Othman al-Muhrij", "عثمان المحرج", "المحرج", "مدير الأمن العام", "Saudi Public Security",
          "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": MUHRIJ, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": MUHRIJ, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MUHRIJ, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": MUHRIJ, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- SaudiNewsNet (Friday 2015-07-31): Rome's mayor Ignazio Marino warns of concrete risks of terrorist acts during
# the Jubilee. His warning (حذر ... أمس الخميس) names no party that threatens or is blamed ("في حقبة تنظيم داعش" is
# a time frame, not an accusation): a claim, no event (decided). "إلا أنه التقى قبل أسبوع خلال اجتماع عقد في الفاتيكان
# ... عددا كبيرا من رؤساء البلديات الأميركيين ومنهم رئيس بلدية نيويورك", with the quote's "رؤساء بلديات أميركيين
# تحدثت معهم في الفترة الأخيرة", is his meeting with the US mayors: one CONSULT Marino → the US mayors, undated
# ("قبل أسبوع"). "شدد ماريانو ... على أن شرطة البلدية وحدها لا تكفي ... في ما يشكل دعوة صريحة إلى الحكومة لتقديم
# الدعم" is a call the text itself reads as addressed to the government: REQUEST Marino → the Italian government,
# dated 2015-07-30 (decided: the same interview the lead dates "أمس الخميس"). Not coded: the Jubilee "الذي قرره
# البابا فرنسيس" (the Church's own calendar, no party acted on), the intelligence indicators "المتوفرة لدينا من أجهزة
# الاستخبارات الأميركية" (a noun phrase, no finite clause), the Vatican meeting itself (a passive noun). Claims: حذر
# (warn), "وقال ماريانو" (the first jubilee since 9/11 in the era of ISIS: assert), وأضاف (the concrete risks: warn),
# وشدد (the call for support: other). The Corriere della Sera interview is the conduit: no claim. Decided: Marino
# lists Rome (as state officials list their state); the US mayors list no state.
i = 'snn-2015-07-31-0832'
t = news_text(i)
MARINO = ["Ignazio Marino", "أنياسيو ماريانو", "ماريانو", "رئيس بلدية روما", "Rome", "روما"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": MARINO,
     "target": ["US mayors", "رؤساء البلديات الأميركيين", "رؤساء بلديات أميركيين", "New York mayor",
                "رئيس بلدية نيويورك"]},
    {"code": "REQUEST", "source": MARINO, "target": ["Italian government", "الحكومة", "Italy", "إيطاليا"],
     "date": "2015-07-30"}], "claims": [
    {"speaker": MARINO, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": MARINO, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MARINO, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": MARINO, "cue": cue(t, "شدد"), "stance": "other"}]})
# --- SaudiNewsNet (Sunday 2015-08-02): Qatar and the United States discuss bilateral relations. "بحثت دولة قطر
# والولايات المتحدة اليوم الاحد" told through "لقاء ... خالد بن محمد العطية ... مع آن باترسون" and "زيارة المسؤولة
# الامريكية" is one visit and meeting: CONSULT with the visitor (Patterson, the US) as source and the host (al-Attiyah,
# Qatar) as target (GUIDELINES: visitor → host), dated 2015-08-02 (اليوم الاحد agrees with the corpus date).
# "ابرمت ايران ومجموعة 1+5 (التي تضم بريطانيا والولايات المتحدة وفرنسا والصين وروسيا والمانيا) في الرابع عشر من الشهر
# الماضي اتفاقا" is a historical clause with its doers: signing an agreement, one reciprocal SUPPORT with Iran and the
# P5+1 (every member listed, GUIDELINES: compound actors) as source and no target (README batches 63, 114), dated
# 2015-07-14 (the 14th of last month). Not coded: the negotiations (a noun). Claims: "بحسب وكالة الانباء القطرية
# (قنا)" is its sentence's only attribution: QNA's claim (assert). "لم تقدم وكالة قنا اي تفاصيل" reports nothing.
i = 'snn-2015-08-02-0989'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "CONSULT",
     "source": ["Anne Patterson", "آن باترسون", "باترسون", "المسؤولة الامريكية", "United States", "الولايات المتحدة"],
     "target": ["Khalid al-Attiyah", "خالد بن محمد العطية", "العطية", "Qatar", "قطر", "دولة قطر"],
     "date": "2015-08-02"},
    {"code": "SUPPORT",
     "source": ["Iran", "ايران", "طهران", "P5+1", "مجموعة 1+5", "Britain", "بريطانيا", "United States",
                "الولايات المتحدة", "France", "فرنسا", "China", "الصين", "Russia", "روسيا", "Germany", "المانيا"],
     "target": [], "date": "2015-07-14"}], "claims": [
    {"speaker": ["Qatar News Agency", "QNA", "وكالة الانباء القطرية", "قنا"], "cue": cue(t, "بحسب"),
     "stance": "assert"}]})
# --- SaudiNewsNet: Diego Maradona takes his ex-wife Claudia Villafañe to court, accusing her of stealing $6 million.
# "سيواجه ... مارادونا زوجته السابقة ... في المحكمة الثلاثاء المقبل لاتهامها بسرقة 6 ملايين دولار" is a lawsuit:
# ACCUSE Maradona → Villafañe (README: a lawsuit filed against someone is ACCUSE), undated (the Tuesday is the coming
# hearing's, not the accusation's); "طالب ... محاميه بالشروع في جلسات استماع" and the decision to have her heard
# "اتخذه مارادونا" are the same lawsuit (decided: a client instructing his own lawyer is no REQUEST of its own).
# Dalma "دافعت ... عن والدتها" ("والدتي هي أصدق إنسان في العالم") is praise with no explicit denial: SUPPORT Dalma →
# her mother (decided; README: a rebuttal is REJECT only with an explicit denial); "شككت دالما بدوافع والدها" ("والدي
# يتلقى نصائح سيئة") is criticism: ACCUSE Dalma → Maradona; both undated. Not coded: the divorce proceedings and
# Villafañe's management of the capital (nouns, background). Claims: Maradona's طالب (a demand: other); Diario
# Popular's "بحسب ما ذكرت صحيفة" and "وبحسب الصحيفة" (each its sentence's only attribution of a different speaker:
# assert); Dalma's دافعت (a rebuttal of the charge against her mother: deny), شككت (accuse) and وأضافت (her hope the
# matter stays out of court, a wish under a reporting verb: assert). "يقول" inside her quote is no cue.
i = 'snn-2015-07-21-0496'
t = news_text(i)
MARADONA = ["Diego Maradona", "دييغو مارادونا", "مارادونا", "أسطورة كرة القدم الأرجنتينية", "النجم الدولي السابق"]
CLAUDIA = ["Claudia Villafañe", "كلاوديا فيافانيي", "زوجته السابقة", "والدتها"]
DALMA = ["Dalma Maradona", "دالما", "ابنته دالما"]
DIARIO = ["Diario Popular", "دياريو بوبولار", "صحيفة «دياريو بوبولار»", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": MARADONA, "target": CLAUDIA},
    {"code": "SUPPORT", "source": DALMA, "target": CLAUDIA},
    {"code": "ACCUSE", "source": DALMA, "target": MARADONA}], "claims": [
    {"speaker": MARADONA, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": DIARIO, "cue": cue(t, "بحسب", 1), "stance": "assert"},
    {"speaker": DIARIO, "cue": cue(t, "بحسب", 2), "stance": "assert"},
    {"speaker": DALMA, "cue": cue(t, "دافعت"), "stance": "deny"},
    {"speaker": DALMA, "cue": cue(t, "شككت"), "stance": "accuse"},
    {"speaker": DALMA, "cue": cue(t, "أضافت"), "stance": "assert"}]})
# --- SaudiNewsNet (sport): Al-Qadisiyah sends midfielder Naif Hazazi to the Olympic team's training after he refused
# its renewal offer. The contract offer, the player's refusal and the club's moving him out of the first-team squad
# are sport business (README: transfers, signings, renewals and a club's refusals are sport business, no event;
# decided: a squad decision over a contract dispute is no administrative sanction). The professional committee's
# letter about Hector Ramos's certificate is an administrative notice (README: claims only). Claims: the board's
# كشفت and أرجعت (assert); the committee's يفيد (README batch 13: a report by a named unit: assert).
i = 'snn-2015-07-27-0812'
t = news_text(i)
QADSIAH = ["Al-Qadisiyah board", "إدارة القادسية", "الإدارة", "القادسية", "Al-Qadisiyah"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": [
    {"speaker": QADSIAH, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": QADSIAH, "cue": cue(t, "أرجعت"), "stance": "assert"},
    {"speaker": ["Professional Committee of the Saudi Football Federation", "لجنة الاحتراف",
                 "لجنة الاحتراف بالاتحاد السعودي لكرة القدم", "الاتحاد السعودي لكرة القدم",
                 "Saudi Arabian Football Federation"], "cue": cue(t, "يفيد"), "stance": "assert"}]})
# --- SaudiNewsNet (Wednesday 2015-07-22): the Egyptian cabinet approves amendments to petroleum agreements. "وافق
# مجلس الوزراء المصري خلال اجتماعه الأسبوعي أمس الأول" on amending concessions and assigning Ashrafi "وفقا لأساسيات
# الاتفاق المبرم بين قطاع البترول المصري وشركة إيني" is approving an agreement with a named company: SUPPORT cabinet →
# Eni (README: a committee approving a framework agreement is SUPPORT of the other party); "كما وافق المجلس على تعديل
# اتفاقية التزام منطقة خالدة ... وإسناد منطقة جنوب أم بركة ... لشركة أباتشي" a second SUPPORT → Apache; "ووافق أيضا
# على اتفاقية التزام ... بين جمهورية مصر العربية والهيئة المصرية العامة للبترول وشركة إتش بي إس" a third → HBS
# International; all dated by أمس الأول (2015-07-20), one meeting. Decided: one SUPPORT per company (each its own
# clause), and the areas assigned to the Egyptian General Petroleum Corporation are internal (a state body of the same
# government). Not coded: the Eni agreement concluded at the Sharm el-Sheikh conference (a passive participle,
# background). No claims (no reporting verb). Apache's alias drops "جنوب أم بركة", a place the text names alone.
i = 'snn-2015-07-22-1022'
t = news_text(i)
CABINET = ["Egyptian Cabinet", "مجلس الوزراء المصري", "المجلس", "إبراهيم محلب", "محلب", "Egypt", "مصر",
           "جمهورية مصر العربية"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "SUPPORT", "source": CABINET, "target": ["Eni", "إيني", "شركة إيني الايطالية"], "date": "2015-07-20"},
    {"code": "SUPPORT", "source": CABINET, "target": ["Apache", "أباتشي", "Apache Corporation"],
     "date": "2015-07-20"},
    {"code": "SUPPORT", "source": CABINET,
     "target": ["إتش بي إس إنترناشيونال إيجيبت ليمتد",
                "شركة إتش بي إس إنترناشيونال إيجيبت ليمتد", "HBS International"], "date": "2015-07-20"}],
    "claims": []})
# --- SaudiNewsNet (Asharq al-Awsat): Maliki and Allawi agree on rejecting Abadi's reforms. "فوجئ المراقبون باتفاق
# نائبي رئيس الجمهورية نوري المالكي وإياد علاوي ... على رفض إجراءات العبادي" is a noun, carried on by the two men's
# finite statements (حذر المالكي، وصف علاوي): one two-sided REJECT Maliki and Allawi → Abadi's measures
# (decided, README: a noun carried on by finite clauses of its doers is coded; rejecting a proposal, CAMEO 12),
# undated (only Maliki's warning is dated, أمس). "وصف علاوي العبادي بأنه غير مؤهل لإصدار مثل تلك التوجيهات" is
# criticism: ACCUSE Allawi → Abadi, undated; his "الإصلاح يجب أن يبدأ في مقر رئاسة الوزراء" is part of it. Not
# coded: the expected parliamentary vote (a forecast, "يتوقع", nothing done), Maliki's warning that the protests may be
# infiltrated "من أصحاب النيات" (no named party: a claim only), al-Lakash's bloc always answering the Marjaiya's calls
# (habitual conduct of his own bloc, decided: no SUPPORT). Claims: Maliki's حذر (warn); Allawi's وصف and وشدد
# (accuse); al-Lakash's قال to Asharq al-Awsat (assert). The Iraqi actors list no state (all three are Iraqi, so Iraq
# would make the REJECT's source match its target).
i = 'snn-2015-08-11-0102'
t = news_text(i)
MALIKI = ["Nouri al-Maliki", "نوري المالكي", "المالكي"]
ALLAWI = ["Ayad Allawi", "إياد علاوي", "علاوي"]
ABADI = ["Haider al-Abadi", "حيدر العبادي", "العبادي", "Iraqi Prime Minister", "إجراءات العبادي", "إصلاحات العبادي"]
LAKASH = ["Mohammed al-Lakash", "محمد اللكاش", "اللكاش", "Citizen bloc", "كتلة المواطن",
          "Islamic Supreme Council of Iraq", "المجلس الأعلى الإسلامي"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "REJECT", "source": MALIKI + ALLAWI, "target": ABADI},
    {"code": "ACCUSE", "source": ALLAWI, "target": ABADI}], "claims": [
    {"speaker": MALIKI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": ALLAWI, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": ALLAWI, "cue": cue(t, "شدد"), "stance": "accuse"},
    {"speaker": LAKASH, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Al-Watan, Friday 2015-08-07): Baghdad releases a Saudi man in his sixties, Nayef al-Harbi, after
# three years' detention. "إفراج سلطات بغداد عن معتقل سعودي ستيني" is a noun with its doer named, the article's news
# (and carried on by the deportation approval and the officer's call): RETREAT Baghdad authorities → al-Harbi (README:
# a release is RETREAT), undated (decided: "أسدل الستار أمس" dates his return, not the release). "كانت أوقفته قبل ثلاث
# سنوات بتهمة الإرهاب" is a relative clause with its doer: arrested and charged in one clause, one COERCE (README
# session 10), undated. "ضابط عراقي طلب منه أن يقوم بالحجوزات اللازمة لإخراج والده" is REQUEST Iraqi officer → the
# son, dated by the call "أول من أمس" (2015-08-05). Not coded: the acquittal and the expected retrial (nouns with no
# doer), the transfer to Baghdad (reported by an unnamed call), the family's trips (family acts), the torture "كان
# يتعرض للصعق الكهربائي والتعذيب" (passive, no named doer; decided: the son's account is a claim but no ACCUSE, README:
# a criticism told in the passive makes a claim but no event). Claims: the son's أبلغ to Al-Watan, وأشار and ويتابع
# (assert), وشرح (the torture: accuse); the father's أبلغه on the phone (embedded speech of another speaker, README
# batches 29–30: assert); the Iraqi officer's طلب (an identifiable official of a named state: other).
i = 'snn-2015-08-07-1112'
t = news_text(i)
NAYEF = ["Nayef bin Ghazi al-Harbi", "نايف بن غازي الحربي", "معتقل سعودي ستيني", "السعودي الستيني",
         "الستيني", "والده"]
GHAZZAI = ["Ghazzai bin Nayef al-Harbi", "غزاي بن نايف الحربي", "غزاي", "الحربي", "ابن الستيني",
           "ابن المفرج عنه"]
BAGHDAD = ["Iraqi authorities", "سلطات بغداد", "بغداد", "Iraq", "العراق"]
OFFICER = ["Iraqi officer", "ضابط عراقي", "Iraq", "العراق"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "RETREAT", "source": BAGHDAD, "target": NAYEF},
    {"code": "COERCE", "source": BAGHDAD, "target": NAYEF},
    {"code": "REQUEST", "source": OFFICER, "target": GHAZZAI, "date": "2015-08-05"}], "claims": [
    {"speaker": GHAZZAI, "cue": cue(t, "أبلغ"), "stance": "assert"},
    {"speaker": GHAZZAI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": NAYEF, "cue": cue(t, "أبلغه"), "stance": "assert"},
    {"speaker": OFFICER, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": GHAZZAI, "cue": cue(t, "يتابع"), "stance": "assert"},
    {"speaker": GHAZZAI, "cue": cue(t, "شرح"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch156.gold.jsonl', recs)
