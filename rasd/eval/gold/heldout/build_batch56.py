"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 56 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: members of the Dawadmi "Friends of Patients" committee tour the Dawadmi general hospital early this
# month and visit its inpatients, received by the hospital director; the deputy governor hands out flowers and gifts.
# "قام أعضاء لجنة أصدقاء المرضى ... بجولة ... زاروا خلالها المرضى المنومين، حيث كان باستقبالهم مدير المستشفى" is one
# visit: one CONSULT, the visitors the source and the visited patients and the receiving director one target list
# (decided: the reception is part of the tour, not a second meeting as batch 13's closing meeting with the
# supervisor); undated ("مطلع الشهر الجاري" is no day). The deputy governor's handing out of flowers and gifts is a
# courtesy of the visit, not AID (batch 13), so he is folded into the visitors' list as a companion. The patients'
# "عبر المرضى عن سعادتهم بهذه اللفتة الإنسانية غير المستغربة من أعضاء لجنة" and "أعربوا عن خالص شكرهم وعظيم تقديرهم
# لإدارة المستشفى" are one sentence's praise and thanks: one SUPPORT with the committee and the hospital's
# administration as one target list (batch 15's thanks with a compound target), undated. The director's "قدم شرحاً"
# reports no statement (batch 9), his "متمنياً للجميع الشفاء" is a get-well wish and the patients' "داعين الله" a
# prayer: nothing. Claims: the patients, tied to a named hospital (batch 35's patient), عبر and أعربوا (thanks with
# praise: assert, as batches 13, 22, 32). The committee keeps no form holding المرضى (the patients' own name) and the
# patients no bare English "patients" (a word of the committee's English name); no alias holds الدوادمي (named on
# its own as the governorate).
i = 'snn-2015-07-31-1135'
t = news_text(i)
COMMITTEE = ["Friends of Patients Committee", "لجنة أصدقاء", "أعضاء لجنة أصدقاء"]
ASHRI = ["Abdullah al-Ashri", "عبدالله بن علي العشري", "العشري", "Saudi Arabia"]
PATIENTS = ["inpatients", "المرضى", "المرضى المنومين", "المنومين"]
DIRECTOR = ["Saad al-Yahya", "سعد بن محمد اليحيى", "اليحيى", "hospital director", "مدير المستشفى"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": COMMITTEE + ASHRI, "target": PATIENTS + DIRECTOR},
    {"code": "SUPPORT", "source": PATIENTS,
     "target": COMMITTEE + ["hospital administration", "إدارة المستشفى", "المستشفى"] + DIRECTOR}], "claims": [
    {"speaker": PATIENTS, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": PATIENTS, "cue": cue(t, "أعربوا"), "stance": "assert"}]})
# --- Ain Alyoum: Lebanese presenter Rima Karaki cut off Salafi sheikh Hani al-Sibai on air; the Daily Mail featured
# her on International Women's Day. The quarrel is between two named people, so it is coded as batch 37 codes a
# player's with his coach: "طلبت من ضيفها ... عدم إضاعة الوقت والدخول في موضوع الحلقة" is REQUEST Karaki → Sibai;
# his "لا يشرفني أن تستضيفني" (re-told as "ليقول إنه لا يتشرف بالظهور معها"; his objection to her handling of the
# dialogue is a masdar) is one insult, ACCUSE Sibai → Karaki (batch 40: verbal abuse is ACCUSE); "قطعت المقابلة"
# with "أعلمته أنها ستنهي الاتصال معه وهذا ما فعلته" (the closing "انتهى بطرده من البرنامج") is one expulsion of an
# individual, COERCE (PLOVER: expulsions of individuals are COERCE; batch 48's expelling), with her announcement
# folded in (decided: a warning carried out at once is no separate THREATEN). All undated (the broadcast has no day).
# "اعتبر الموقع، أنّ ما قامت به كركي يعتبر إنجازاً للمرأة" is the Daily Mail's praise: SUPPORT, dated by the feature
# "في يوم المرأة العالمي" (decided: the named day fixes 8 March, the most recent one being 2015-03-08). The hosting
# for an interview (استضافت ... للحديث) is reporting, not an event (batches 26, 29), and "مقاطعتها له المستمرة" and
# "أثار خلافا حادا" are nouns. Claims: "على حد تعبير الصحيفة" (its sentence's only attribution, the phrase as cue) and
# اعتبر (the Daily Mail: assert); the sheikh's قائلاً and ليقول (the same insult told twice, as batch 52 counts a lead
# and its body: accuse); Karaki's طلبت (other), ردت (assert) and أعلمته (warn). The closing tag line (سمات) is no text.
i = 'snn-2015-07-24-0586'
t = news_text(i)
KARAKI = ["Rima Karaki", "ريما كركي", "كركي", "ريما", "المذيعة", "الاعلامية اللبنانية ريما كركي"]
SIBAI = ["Hani al-Sibai", "هاني السباعي", "السباعي", "الشيخ السلفي هاني السباعي", "الشيخ", "الضيف", "ضيفها"]
DAILY_MAIL = ["Daily Mail", "الدايلي ميل", "ديلي ميل", "الموقع", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "SUPPORT", "source": DAILY_MAIL, "target": KARAKI, "date": "2015-03-08"},
    {"code": "REQUEST", "source": KARAKI, "target": SIBAI},
    {"code": "ACCUSE", "source": SIBAI, "target": KARAKI},
    {"code": "COERCE", "source": KARAKI, "target": SIBAI}], "claims": [
    {"speaker": DAILY_MAIL, "cue": cue(t, "على حد تعبير"), "stance": "assert"},
    {"speaker": DAILY_MAIL, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": SIBAI, "cue": cue(t, "قائلاً"), "stance": "accuse"},
    {"speaker": KARAKI, "cue": cue(t, "طلبت"), "stance": "other"},
    {"speaker": KARAKI, "cue": cue(t, "ردت"), "stance": "assert"},
    {"speaker": SIBAI, "cue": cue(t, "ليقول"), "stance": "accuse"},
    {"speaker": KARAKI, "cue": cue(t, "أعلمته"), "stance": "warn"}]})
# --- SPA: Iraqi parliament speaker Salim al-Jabouri today (Monday 2015-08-10) asks PM Haider al-Abadi to sack the
# ministers proven corrupt. The lead's "طالب ... اليوم رئيس الوزراء حيدر العبادي بإقالة" and the quoted "طالبنا رئيس
# الوزراء بإقالة" are one REQUEST Jabouri → Abadi, dated. "في مؤتمر صحفي عقب اجتماع مع قادة الكتل السياسية" is the
# occasion of his statements (batches 25 and 40): CONSULT, Jabouri (first named) the source and the bloc leaders
# the target, dated by the same day. "مجلس النواب سيحدد ... أسماء أو مؤسسات لغرض محاسبتها" and "سنمضي ... في عملية
# استجواب" announce one programme of accountability: one THREATEN (as batch 51 codes an intended lawsuit), with no
# target (no name given), dated by the statement. "كما طالب الجبوري رؤساء الكتل السياسية بتأييد ورقة الإصلاح" is a
# second REQUEST, to the bloc leaders, dated. Not coded: "ورقة الإصلاح السياسي التي تقدم بها العبادي" (the government's
# reform package, legislative work acting on no named party, as batch 52 leaves a decree), the passive "ثبت ضلوعهم في
# الفساد" and the nominal "التظاهرات الشعبية". Claims: the lead's طالب (other), قال (the accountability to come: warn),
# أضاف (warn) and the second طالب (other). Jabouri lists Iraq and his own parliament; in the REQUEST to Abadi neither
# side lists Iraq (both Iraqi state bodies, batches 29 and 45).
i = 'snn-2015-08-10-1522'
t = news_text(i)
JABOURI_NAME = ["Salim al-Jabouri", "سليم الجبوري", "الجبوري", "رئيس مجلس النواب العراقي",
                "Council of Representatives", "مجلس النواب"]
JABOURI = JABOURI_NAME + ["Iraq", "العراق"]
ABADI = ["Haider al-Abadi", "حيدر العبادي", "العبادي", "رئيس الوزراء", "Iraqi Prime Minister"]
BLOCS = ["political bloc leaders", "قادة الكتل السياسية", "رؤساء الكتل السياسية", "الكتل السياسية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "REQUEST", "source": JABOURI_NAME, "target": ABADI, "date": "2015-08-10"},
    {"code": "CONSULT", "source": JABOURI, "target": BLOCS, "date": "2015-08-10"},
    {"code": "THREATEN", "source": JABOURI, "target": [], "date": "2015-08-10"},
    {"code": "REQUEST", "source": JABOURI, "target": BLOCS, "date": "2015-08-10"}], "claims": [
    {"speaker": JABOURI, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": JABOURI, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": JABOURI, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": JABOURI, "cue": cue(t, "طالب", 3), "stance": "other"}]})
# --- Ain Alyoum (Reuters): a malnourished baby, Ali al-Tawari, fights for his life in Sanaa's Sabin hospital. The
# war "بين الحوثيين والحكومة اليمنية" is a noun that began in March (as batches 11 and 17 leave "المعارك بين" and "الحرب
# التي تشهدها بلادهم بين"): not coded. "الحكومة اليمنية التي ... تدعمها دول الخليج" is a relative clause with its doer:
# SUPPORT Gulf states → Yemeni government, undated (ongoing). Not coded: the evacuation of foreign medical staff
# (passive, "تم إجلاء"), the Yemeni staff leaving their posts (no party acted on), "صنعاء التي دمرها القصف" (no doer)
# and the botched circumcision by an incompetent doctor (malpractice, not a political event). Claims: the mother
# Wadha, named, تقول, قالت and قالت (assert); "بحسب رويترز" after the last sentence credits the piece to Reuters (a
# different speaker from the mother's, as batch 3 counts the same closing "بحسب وكالة رويترز"): a claim, cue بحسب. The
# closing tag line (سمات) is no text.
i = 'snn-2015-07-31-0240'
t = news_text(i)
WADHA = ["Wadha", "وضحة", "والدته وضحة", "الأم", "والدته"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "SUPPORT", "source": ["Gulf states", "دول الخليج"],
     "target": ["Yemeni government", "الحكومة اليمنية", "Yemen", "اليمن"]}], "claims": [
    {"speaker": WADHA, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": WADHA, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": WADHA, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": ["Reuters", "رويترز"], "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Al-Weeam: the Madinah municipality (Amanah) denies a local paper's report that three of its officials face an
# investigation for selfies in Los Angeles. "نفت أمانة منطقة المدينة المنورة ما نشر بإحدى الصحف المحلية" is a denial
# of a report whose author the text identifies (the paper, "بالصحيفة"): REJECT Amanah → the newspaper (decided: an
# unnamed but identified paper is the target, unlike batch 16's authorless rumours), undated (no day). "أكدت الامانة
# ... غير صحيح" and "أوضحت ... لم يدلي بالمعلومات ... ولم يصدر توجيهاً" re-tell the same denial, and so does the closing
# link line "أمانة المدينة تنفي التحقيق ..." (part of the text, as batches 10, 27 and 40 read such lines). The
# reported order to form an investigation committee is internal to the Amanah and denied: not coded; the selfies and
# the training course are no events. Claims: نفت، أكدت، أوضحت and the link line's تنفي (all deny). "رابط الخبر
# بصحيفة الوئام" names the outlet, no speaker.
i = 'snn-2015-08-07-1182'
t = news_text(i)
AMANAH = ["Madinah Municipality", "أمانة منطقة المدينة المنورة", "أمانة المدينة", "الأمانة", "الامانة"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "REJECT", "source": AMANAH, "target": ["local newspaper", "إحدى الصحف المحلية", "الصحيفة"]}],
    "claims": [
    {"speaker": AMANAH, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": AMANAH, "cue": cue(t, "أكدت"), "stance": "deny"},
    {"speaker": AMANAH, "cue": cue(t, "أوضحت"), "stance": "deny"},
    {"speaker": AMANAH, "cue": cue(t, "تنفي"), "stance": "deny"}]})
# --- Jawhara FM: the Sousse judicial police today (Sunday 2016-05-29) arrest a 33-year-old wanted under six search
# warrants. "تمكنت وحدات الشرطة العدلية ... من إلقاء القبض على شاب" and "قامت بإلقاء القبض عليه وإحالته إلى اقليم
# الأمن" are one arrest: COERCE, dated. His crimes are clauses with their doer: "عمد عشية أمس إلى إشهار سيف في وجه شاب
# يبلغ من العمر 16 عاما وافتكاك دراجته النارية" is a threat of violence to rob the boy (decided: brandishing a weapon
# with no wound is THREATEN, PLOVER's "threaten violence"; the robbery itself is theft, not ASSAULT), dated the eve of
# yesterday (2016-05-28); "قام بترويع السكان بإستعمال السيف" a second THREATEN, against the residents, dated today.
# Not coded: the warrants (passive, "صادرة في حقه"), the complaints the police received (their authors are not
# named) and the coming investigation (a noun). "حسب ما أكده مصدر أمني للجوهرة" is a bare security source: no claim
# (batches 14, 30, 35, 39). The man and the boy are both "شاب", so neither list holds the bare word; no alias holds
# سوسة (named on its own).
i = 'ant-JA-localNews-587-29052016'
t = news_text(i)
POLICE = ["judicial police", "وحدات الشرطة العدلية", "الشرطة العدلية", "Tunisian police", "Tunisia"]
WANTED = ["wanted man", "شاب يبلغ من العمر 33 عاما"]
recs.append({"id": i, "text": t, "published": "2016-05-29", "events": [
    {"code": "COERCE", "source": POLICE, "target": WANTED, "date": "2016-05-29"},
    {"code": "THREATEN", "source": WANTED, "target": ["teenager", "شاب يبلغ من العمر 16 عاما"], "date": "2016-05-28"},
    {"code": "THREATEN", "source": WANTED, "target": ["residents", "السكان"], "date": "2016-05-29"}], "claims": []})
# --- Jawhara FM: the National Authority for the Prevention of Torture (INPT), in a statement of yesterday (Saturday
# 2017-02-04), rejects minister Mehdi Ben Gharbia's TV remarks and keeps the right to sue him. Its rejection of the
# attempts "لتطويعها وتسييس ملفها" and of his remarks, its regret at his "fallacies" and "مؤكدة أنه تعمد ألا يوضح",
# and the repeated "أكدت رفضها لمحاولات تطويعها ... وتشويه أعضائها" are one statement's criticism of one party: one
# ACCUSE INPT → Ben Gharbia (condemnation, not REJECT, GUIDELINES; several verbs, one ACCUSE, batches 33-36), dated
# by the statement. "تحتفظ بحقها في متابعته جزائيا" (told in the lead and again with مضيفه) is a threat to sue:
# THREATEN, dated. "طالبت ... رئاسة الحكومة بتوضيح موقفها" REQUEST to the Presidency of the Government; "طالبت جميع
# الأطراف بالنأي بحقوق الانسان عن كل التجاذبات" a call with no named addressee, REQUEST with no target; "دعت ... الوزير
# مهدي بن غربية الى التوقف ... وتقديم اعتذار علني" REQUEST to him; all dated. His own attack, "اتهمه ... باللاوطنية
# وإهدار المال العام" (with "اتهامه للهيئة باللاوطنية" and "حملة التشويه ... من قبل وزير"), is ACCUSE Ben Gharbia →
# INPT, dated by the programme "بثته الاربعاء الماضي" (2017-02-01). Not coded: the broadcast by Al Hiwar Ettounsi, the
# law creating the body and the election of its members by parliament (passive, historical appointment), the budget
# allocation (passive). Claims: عبرت (accuse), مؤكدة (the right to sue: warn), طالبت (other), عبرت (accuse), the
# second مؤكدة (accuse), أكدت (one claim for the sentence's repeated verb, cue the first: accuse), طالبت (other), دعت
# (other), "الذين قالت إنه اتهمهم" (a distinct content in the دعت sentence: accuse), the embedded اتهمهم (Ben
# Gharbia's own accusation, batches 29-30: accuse) and مضيفه (warn). "بحسب نص البيان", "بحسب ذات البيان" and "مما
# وصفته"/"عما أسمته" repeat their sentence's speaker. The INPT, an independent body, lists no state, so that its
# events with the minister keep source and target apart.
i = 'ant-JA-localNews-799-20170205'
t = news_text(i)
INPT = ["National Authority for the Prevention of Torture", "INPT", "الهيئة الوطنية للوقاية من التعذيب", "الهيئة",
        "هيئة الوقاية من التعذيب"]
BEN_GHARBIA = ["Mehdi Ben Gharbia", "مهدي بن غربية", "بن غربية", "الوزير مهدي بن غربية", "الوزير",
               "وزير العلاقة مع الهيئات الدستورية والمجتمع المدني", "Tunisia"]
PRESIDENCY = ["Presidency of the Government", "رئاسة الحكومة", "Tunisian government", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-05", "events": [
    {"code": "ACCUSE", "source": INPT, "target": BEN_GHARBIA, "date": "2017-02-04"},
    {"code": "THREATEN", "source": INPT, "target": BEN_GHARBIA, "date": "2017-02-04"},
    {"code": "REQUEST", "source": INPT, "target": PRESIDENCY, "date": "2017-02-04"},
    {"code": "REQUEST", "source": INPT, "target": [], "date": "2017-02-04"},
    {"code": "REQUEST", "source": INPT, "target": BEN_GHARBIA, "date": "2017-02-04"},
    {"code": "ACCUSE", "source": BEN_GHARBIA, "target": INPT, "date": "2017-02-01"}], "claims": [
    {"speaker": INPT, "cue": cue(t, "عبرت", 1), "stance": "accuse"},
    {"speaker": INPT, "cue": cue(t, "مؤكدة", 1), "stance": "warn"},
    {"speaker": INPT, "cue": cue(t, "طالبت", 1), "stance": "other"},
    {"speaker": INPT, "cue": cue(t, "عبرت", 2), "stance": "accuse"},
    {"speaker": INPT, "cue": cue(t, "مؤكدة", 2), "stance": "accuse"},
    {"speaker": INPT, "cue": cue(t, "أكدت", 1), "stance": "accuse"},
    {"speaker": INPT, "cue": cue(t, "طالبت", 2), "stance": "other"},
    {"speaker": INPT, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": INPT, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": BEN_GHARBIA, "cue": cue(t, "اتهمهم"), "stance": "accuse"},
    {"speaker": INPT, "cue": cue(t, "مضيفه"), "stance": "warn"}]})
# --- Jawhara FM: two women arrested in Tunis for defrauding a teacher through sorcery. The teacher's going to the
# judicial police "وأعلمت عن تعرضها إلى عملية تحيل من قبل إمرأتين" is a formal complaint naming its culprits: ACCUSE
# teacher → the two women (batch 31's fraud victim's complaint). "باشرت الوحدات الأمنية الأبحاث مما مكن من حصر
# الشبهة في إمرأتين" is an investigation naming its suspects: ACCUSE police → women (batches 39 and 51); "وبإيقافهما
# حجز لديهما" is the arrest the ministry reports, with the seizure in it: the police's COERCE (batches 15-16: passive
# arrests reported by the police). All undated. The sorcery, the requests for money and the "agreement" to pay the
# rest are the swindle (batch 27: a swindler's asking is no REQUEST). Claims: "وفق بلاغ لوزارة الداخلية" (the lead's
# only attribution besides the teacher's own verb, a different speaker: the ministry, assert), the teacher's أعلمت
# (an identified complainant: accuse) and the women's اعترفتا (identified arrested suspects' confession, batches 30,
# 33, 41: assert). Tunis is named as a city (تونس العاصمة), so no list holds the Arabic تونس (batch 24).
i = 'ant-JA-society-583-20160505'
t = news_text(i)
MOI = ["Ministry of Interior", "وزارة الداخلية", "Tunisia"]
POLICE = ["security units", "الوحدات الأمنية", "judicial police", "الشرطة العدلية", "Tunisian police"] + MOI
WOMEN = ["two women", "إمرأتين", "امرأتين"]
TEACHER = ["secondary-school teacher", "أستاذة تعليم ثانوي", "أستاذة", "المتضررة"]
recs.append({"id": i, "text": t, "published": "2016-05-05", "events": [
    {"code": "ACCUSE", "source": TEACHER, "target": WOMEN},
    {"code": "ACCUSE", "source": POLICE, "target": WOMEN},
    {"code": "COERCE", "source": POLICE, "target": WOMEN}], "claims": [
    {"speaker": TEACHER, "cue": cue(t, "أعلمت"), "stance": "accuse"},
    {"speaker": MOI, "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": WOMEN, "cue": cue(t, "اعترفتا"), "stance": "assert"}]})
# --- Jawhara FM: Etoile du Sahel vice-president Jalel Kraifa tells the radio's envoy that FIFA will very probably
# sanction the Sudanese FA. The sanctions are his forecast (batch 52: a forecast is no event), and "تعد السودان مهددة
# بتجميد نشاط أنديتها" is passive with no doer: not coded. "رفض وزارة العدل السودانية رسميا الاستئناف ... معتبرة
# الاستئناف الذي تقدم به الاتحاد لا يعد طلبا أو تظلما" gives the ministry a participle clause of its own: REJECT
# Ministry of Justice → Sudanese FA (rejecting its appeal, decided: the participle makes it more than a nominal
# background), undated. "الاستئناف الذي تقدم به الاتحاد" (against the eviction of the federation's seat by public
# force) is a relative clause with its doer: a legal complaint, ACCUSE (batch 24's appeal), with no target (the
# eviction decision's author is not named); "الشكوى التي تقدم بها المرشح معتصم جعفر للاتحاد الدولي" another ACCUSE
# with no target (its object is not named; FIFA is only where it was filed, as batch 51's complaint); both undated.
# Claims: Kraifa's أكّد (the forecast: assert); the ministry's embedded معتبرة (a rebuttal of the appeal: deny).
# "لمبعوثنا الخاص" is the outlet's envoy, the addressee. The FA keeps no bare "الاتحاد" (it is a word of FIFA's
# name), no form with بالسودان and no English "Sudan" (the ministry's state).
i = 'ant-JA-sport-1451-20170619'
t = news_text(i)
KRAIFA = ["Jalel Kraifa", "جلال كريفة", "كريفة", "Etoile du Sahel", "النجم الساحلي"]
MOJ = ["Sudanese Ministry of Justice", "وزارة العدل السودانية", "وزارة العدل", "Sudan", "السودان"]
SFA = ["Sudanese Football Association", "الإتحاد السوداني لكرة القدم", "الإتحاد السوداني", "الاتحاد السوداني"]
recs.append({"id": i, "text": t, "published": "2017-06-19", "events": [
    {"code": "REJECT", "source": MOJ, "target": SFA},
    {"code": "ACCUSE", "source": SFA, "target": []},
    {"code": "ACCUSE", "source": ["Mutasim Jaafar", "معتصم جعفر", "جعفر", "المرشح معتصم جعفر"], "target": []}],
    "claims": [
    {"speaker": KRAIFA, "cue": cue(t, "أكّد"), "stance": "assert"},
    {"speaker": MOJ, "cue": cue(t, "معتبرة"), "stance": "deny"}]})
# --- Jawhara FM: the Interior Ministry announces today (Tuesday 2017-04-11) the arrest of those involved in killing
# a man to rob him in Tunis. "تم إيقاف الأشخاص المتورطين" and the later "تم الاحتفاظ بالمشتبه الرئيسي ... كما تم
# الاحتفاظ بـ 3 مشتبه بهم آخرين وحجز مبلغ مالي" are one operation the ministry reports: one COERCE (batches 15-16,
# 41), undated (only the announcement has a day). "تعرض أحد الأشخاص يوم 04 أفريل الحالي إلى عملية سلب ... من قبل
# شخصين على متن دراجة نارية بعد الاعتداء عليه بواسطة آلة حادة" names its doers in the agent phrase, and the main
# suspect confesses the stabbing: one ASSAULT, dated 2017-04-04 (the robbery is theft, not ASSAULT). The ministry
# naming the arrested and the victim's friend (who "طلب منهما سلبه") as the culprits after its inquiries (بيّنت
# التحريات) is ACCUSE (batch 33), dated by the statement. The friend's call to the two through a go-between and his
# asking them to rob his relative are the crime's planning (decided: no CONSULT or REQUEST, as batch 27 leaves a
# swindler's asking). Claims: the ministry's أعلنت (assert) and أوضحت (the culprits named: accuse); the main
# suspect's أكد (the case's facts) and اعترف (the stabbing), distinct contents of an identified arrested man
# (batches 33 and 39: assert). Tunis is named as a city, so no list holds the Arabic تونس.
i = 'ant-JA-society-759-20170411'
t = news_text(i)
MOI = ["Ministry of Interior", "وزارة الداخلية", "Tunisia"]
MAIN = ["main suspect", "المشتبه الرئيسي"]
SUSPECTS = ["suspects", "الأشخاص المتورطين", "3 مشتبه بهم آخرين", "مشتبه بهم"] + MAIN
recs.append({"id": i, "text": t, "published": "2017-04-11", "events": [
    {"code": "COERCE", "source": MOI, "target": SUSPECTS},
    {"code": "ASSAULT", "source": ["two robbers", "شخصين", "شخصين على متن دراجة نارية", "نفرين"] + MAIN,
     "target": ["victim", "أحد الأشخاص", "الهالك", "المتضرر"], "date": "2017-04-04"},
    {"code": "ACCUSE", "source": MOI, "target": SUSPECTS + ["friend who set up the robbery", "أحد أصدقائه"],
     "date": "2017-04-11"}],
    "claims": [
    {"speaker": MOI, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أوضحت"), "stance": "accuse"},
    {"speaker": MAIN, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MAIN, "cue": cue(t, "اعترف"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch56.gold.jsonl', recs)
