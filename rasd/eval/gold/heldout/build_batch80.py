"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 80 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Watan (Thursday 2015-08-06): figures of Sudan's ruling party warn President Bashir against travelling to the
# UN summit in New York; separately, a Khartoum court yesterday (2015-08-05) frees two South Sudanese pastors.
# The figures' warning (حذرت، وأشاروا) is addressed to their own president and the party leader's "لن نسمح بسفره"
# is the party towards its own head: internal, not coded (GUIDELINES: internal deliberations). Bashir's announced
# trip ("إعلان الرئيس ... عزمه التوجه") is a masdar, the object of the warning, and the ICC warrant ("إصدار المحكمة
# الجنائية الدولية مذكرة قبض") a masdar of background: neither coded. "بعد أن نشرت المنظمة الدولية اسمه في جدول
# أعمالها المبدئي" is a finite clause with its doer: the host scheduling a head of state's address at its summit is
# an invitation (GUIDELINES: invitations → AGREE), UN → Bashir, undated (decided). Inside the party leader's quote,
# "واشنطن التي وجهت اللوم رسميا إلى ... جاكوب زوما" is a relative clause with its doer: ACCUSE US → Zuma, undated
# (June only); Zuma's "رفضه توقيف البشير" is a masdar, and "ستكون أمام فرصة ملائمة لاعتقاله" and the passive trap
# (فخ نصب) a forecast and no doer. "برأت محكمة سودانية قسين ... أمس ... وأطلقت سراحهما" is RETREAT (release, CAMEO
# 0841, batches 28 and 43), dated 2015-08-05; "أمر بإطلاق سراحهما" and the judge's quote re-tell it. "ووجد القاضي أن
# كلا منهما مدان بتهمة واحدة" is a finding of guilt with its doer: SANCTION (PLOVER 'convict' mode; no earlier
# batch had a conviction told by a finite clause, decided), same session and date; the time served being the whole
# sentence, no COERCE 'arrest' beside it. "احتجز جهاز الأمن والمخابرات السوداني يات مايكل ... في ديسمبر 2014" is
# COERCE, and "في حين احتجز بيتر ين ريث في يناير 2015" continues the same subject (decided: a second COERCE, two
# targets, two dates), both undated (months). "وواجه الاثنان ثماني تهم" names no charging party; the Western
# diplomats attending, the relatives' celebration and the friends' "هللويا" are no events. Claims: the party
# figures' حذرت and وأشاروا (warn), the party leader's قال (Washington's chance to arrest him: warn) and أوضح (a trap
# and a refusal: warn); the judge's قال (assert) and "وحسب النص الذي قرأه القاضي" (its sentence's only
# attribution; the convictions: accuse). The party's lists leave out "الحزب الحاكم في السودان" (السودان is named on
# its own), and the pastors' list leaves out "قسين من دولة جنوب السودان", which would hold the courts' Sudan.
i = 'snn-2015-08-06-2163'
t = news_text(i)
NCP = ["National Congress Party", "ruling party", "الحزب الحاكم", "شخصيات بارزة داخل الحزب الحاكم", "الحزب"]
NCP_LEADER = ["ruling party leader", "قيادي داخل الحزب", "القيادي"] + NCP
UN = ["United Nations", "الأمم المتحدة", "المنظمة الدولية", "UN"]
BASHIR = ["Omar al-Bashir", "عمر البشير", "البشير", "Sudan", "السودان"]
USA = ["United States", "الولايات المتحدة", "الولايات المتحدة الأميركية", "Washington", "واشنطن"]
ZUMA = ["Jacob Zuma", "جاكوب زوما", "زوما", "South Africa", "جنوب أفريقيا"]
COURT = ["Sudanese court", "محكمة سودانية", "القاضي", "Ahmed Mohamed Gaboush", "أحمد محمد غبوش", "غبوش",
         "Sudan", "السودان"]
NISS = ["National Intelligence and Security Service", "NISS", "جهاز الأمن والمخابرات السوداني",
        "جهاز الأمن والمخابرات", "Sudan", "السودان"]
YAT = ["Yat Michael", "يات مايكل", "يات", "مايكل"]
PETER = ["Peter Yen Reith", "بيتر ين ريث", "بيتر", "ريث", "ين"]
PASTORS = ["two South Sudanese pastors", "قسين", "الرجلين", "المدانان"] + YAT + PETER
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "AGREE", "source": UN, "target": BASHIR},
    {"code": "ACCUSE", "source": USA, "target": ZUMA},
    {"code": "RETREAT", "source": COURT, "target": PASTORS, "date": "2015-08-05"},
    {"code": "SANCTION", "source": COURT, "target": PASTORS, "date": "2015-08-05"},
    {"code": "COERCE", "source": NISS, "target": YAT},
    {"code": "COERCE", "source": NISS, "target": PETER}], "claims": [
    {"speaker": NCP, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": NCP, "cue": cue(t, "أشاروا"), "stance": "warn"},
    {"speaker": NCP_LEADER, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": NCP_LEADER, "cue": cue(t, "أوضح"), "stance": "warn"},
    {"speaker": COURT, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": COURT, "cue": cue(t, "حسب"), "stance": "accuse"}]})
# --- SaudiNewsNet, opinion column by Abdelqader Fares: Ban Ki-moon's condemnation of the settlers' arson that burned
# a Palestinian baby is not enough. The columnist is the narrator (README): his demands (المطلوب من مون، فلا بد من
# إجراءات، المطلوب تقديم حكام إسرائيل للعدالة) are neither claims nor events. "العملية الإرهابية التي قام بها المستوطنون
# اليهود ... بإحراق منزل عائلة فلسطينية" is a relative clause with its doer: ASSAULT settlers → the family, undated
# (no day in the text). "أعلن الأمين العام ... عن إدانته لحرق الطفل الرضيع" is ACCUSE of the doer the text names (the
# settlers, README), undated; his condolences (أعرب عن تعازيه) are neither event nor claim (README). "بيانه ... عندما
# تحدث عن دعوة الطرفين لتجنب التصعيد" tells Ban's call on the two sides: REQUEST Ban → the Palestinians and Israel
# the next clause names, undated (decided: the verb with its doer carries the call, as batch 51's "أكد ضرورة").
# "دولة إسرائيل التي تمارس الاحتلال والإرهاب" is a relative clause with its doer, the narrator's allegation (as
# batches 73-76 code a finite crosshead): the occupation is COERCE (GUIDELINES: occupation), Israel → the Palestinian
# people, undated; "الإرهاب" beside it names no act of its own (decided: not a second event). "ما يتعرض له أبناء الشعب
# الفلسطيني من قتل وحرق" and "من يقف خلفهم ويدعم ويحمي جرائمهم" have no named doer. Claims: Ban's أعلن (accuse) and
# تحدث (a call: other).
i = 'snn-2015-08-06-2860'
t = news_text(i)
BAN = ["Ban Ki-moon", "بان كي مون", "مون", "الأمين العام للأمم المتحدة", "الأمين العام", "United Nations",
       "الأمم المتحدة"]
SETTLERS = ["Jewish settlers", "Israeli settlers", "المستوطنون اليهود", "المستوطنون", "المستوطنين"]
FAMILY = ["Palestinian family", "Dawabsheh family", "عائلة فلسطينية", "طفل رضيع", "الطفل الرضيع", "الرضيع"]
ISRAEL = ["Israel", "إسرائيل", "دولة إسرائيل"]
PALESTINIANS = ["Palestinians", "Palestinian people", "الشعب الفلسطيني", "أبناء الشعب الفلسطيني"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": SETTLERS, "target": FAMILY},
    {"code": "ACCUSE", "source": BAN, "target": SETTLERS},
    {"code": "REQUEST", "source": BAN, "target": ["both sides", "الطرفين"] + PALESTINIANS + ISRAEL},
    {"code": "COERCE", "source": ISRAEL, "target": PALESTINIANS}], "claims": [
    {"speaker": BAN, "cue": cue(t, "أعلن"), "stance": "accuse"},
    {"speaker": BAN, "cue": cue(t, "تحدث"), "stance": "other"}]})
# --- SaudiNewsNet: Al-Faisaly beat Turkmen side Ahal 3-0 in their first friendly at the Afyon camp (Friday evening,
# 2015-07-24), and the captain praises the camp. A friendly match and a coach's line-ups are sport, no events; the
# captain's praise of his own camp and staff is no event (a club's own affairs). Claims: "تحدث ... قائلاً" is one
# statement in one sentence, its cue the word that carries the content (قائلاً, as batch 51's "حمل ... فاتهمه"),
# assert. The captain's name is misspelt عبد العزير in the text; both spellings are listed.
i = 'snn-2015-07-26-0474'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": ["Omar Abdulaziz", "عمر عبد العزير", "عمر عبد العزيز", "قائد الفريق", "Al-Faisaly captain",
                 "Al-Faisaly", "الفيصلي"], "cue": cue(t, "قائلاً"), "stance": "assert"}]})
# --- SaudiNewsNet: the Eastern Province Civil Defence Directorate urges citizens and residents to buy smoke detectors
# and extinguishers and train their families. An awareness campaign urging the public is no REQUEST (batches 73-76:
# a company's campaign urging subscribers), and the directorate's seasonal measures and inspection plan are its own
# public service: no events. Claims: the directorate's أكدت (a recommendation: other); its spokesman al-Dosari's قال
# (the measures taken: assert), مشيرًا (the plan: assert) and شدد (recommendations: other).
i = 'snn-2015-07-27-0520'
t = news_text(i)
CIVIL_DEFENCE = ["Eastern Province Civil Defence Directorate", "Civil Defence", "مديرية الدفاع المدني",
                 "الدفاع المدني", "المديرية"]
DOSARI = ["Mansour al-Dosari", "منصور الدوسري", "الدوسري", "الناطق الإعلامي بالمديرية"] + CIVIL_DEFENCE
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": [
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": DOSARI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": DOSARI, "cue": cue(t, "مشيرًا"), "stance": "assert"},
    {"speaker": DOSARI, "cue": cue(t, "شدد"), "stance": "other"}]})
# --- SaudiNewsNet: the Arab basketball championship in Sharm el-Sheikh; Egyptian and Saudi federation officials call
# for solutions so that all Arab states take part. Matches and hosting a tournament are sport, no events. Abu
# Freikha's "طالب ... بضرورة إيجاد حلول جذرية ... لضمان مشاركة جميع الدول العربية" is a call with no addressee named:
# REQUEST with no target (batches 33-36 and 41-44), undated (the statement has no day; "اليوم" dates the matches).
# Al-Ahmadi's "أكد ... أن إيجاد حلول ... أصبحت من الأمور الضرورية" states a need with no call on anyone (decided: a
# view, no second REQUEST). The crosshead "الأحمدي: طول القامة مشكلة الأخضر" has no reporting word, and his further
# paragraphs (وأما ما يخص منتخبنا، وأتمنى التوفيق) carry none: no claims of their own. Claims: Abu Freikha's أكد
# (assert) and طالب (other); al-Ahmadi's أكد (assert). Neither official lists his state: federation heads are no
# state officials.
i = 'snn-2015-07-22-0550'
t = news_text(i)
ABU_FREIKHA = ["Magdy Abu Freikha", "مجدي أبو فريخة", "أبو فريخة", "الدكتور مجدي", "Egyptian Basketball Federation",
               "الاتحاد المصري لكرة السلة"]
AHMADI = ["Fayez al-Ahmadi", "فايز الأحمدي", "الأحمدي", "Saudi Basketball Federation", "الاتحاد السعودي لكرة السلة"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "REQUEST", "source": ABU_FREIKHA, "target": []}], "claims": [
    {"speaker": ABU_FREIKHA, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ABU_FREIKHA, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": AHMADI, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Jawhara FM: the University of Monastir signs today (Thursday 2017-02-16) a training cooperation agreement with
# the Agence universitaire de la Francophonie. The signing is SUPPORT from the signer to its partner (batches 73-76:
# a cooperation-agreement signing), dated; the workshops the agreement provides for (ينص ... على تنظيم، ينطلق ...
# تنظيم) are its content and purpose, no AGREE (same call). Claims: "وفق ما أفاد به مراسلة (وات) رشيد سعيد" is its
# sentence's only attribution, the whole phrase the cue (README); "حسب نائب رئيس جامعة المنستير" closes a separate
# sentence with its own content: a second claim (the first "حسب", "حسب برنامج التحليل", is no attribution). Both
# assert. TAP (وات) and its reporter are the addressee.
i = 'ant-JA-localNews-1348-20170216'
t = news_text(i)
MONASTIR_UNI = ["University of Monastir", "جامعة المنستير"]
recs.append({"id": i, "text": t, "published": "2017-02-16", "events": [
    {"code": "SUPPORT", "source": MONASTIR_UNI,
     "target": ["Agence universitaire de la Francophonie", "AUF", "الوكالة الجامعية الفرنكوفونية"],
     "date": "2017-02-16"}], "claims": [
    {"speaker": ["Rachid Said", "رشيد سعيد", "نائب رئيس جامعة المنستير"] + MONASTIR_UNI,
     "cue": cue(t, "وفق ما أفاد به"), "stance": "assert"},
    {"speaker": ["Rachid Said", "رشيد سعيد", "نائب رئيس جامعة المنستير"] + MONASTIR_UNI,
     "cue": cue(t, "حسب", 2), "stance": "assert"}]})
# --- Jawhara FM: Medenine's regional education delegate, Rahouma Mahdhaoui, denies today (Wednesday 2016-04-20)
# charges of racism against Djerba pupils over a slogan raised at a school yesterday. "نفى ... اتهامات بالعنصرية" is
# REJECT with no target, since the text names no author of the charges (README: a denial with no named author),
# dated; his "يفند قاطعا هذه الاتهامات" and "يكذب هذه الاتهامات" re-tell it. The slogan raised (تم رفعه) and the
# referral to the Ministry of Education (تم رفع هذا الأمر) are passive, the latter also inside the ministry's own
# hierarchy; the pupils "بصدد اعداد برامج للرد" is a plan, no act: none coded. "أصدرت نقابات تربوية بالجهة عريضة
# استنكرت فيها ... حملة عشواء ضد التلاميذ" condemns a campaign whose authors the text does not name: ACCUSE with no
# target (README: a condemnation with no named doer), undated (no day). Claims: نفى، أكد، اكد (deny), مضيفا and قال
# (assert); the unions, a named kind of body tied to the region, استنكرت (accuse; the petition's one statement, the
# verb with its content the cue). "بحسب تعبيره" (twice) repeats its sentence's speaker: no claim. The delegate's list
# leaves out the title with مدنين.
i = 'ant-JA-localNews-2795-20160420'
t = news_text(i)
MAHDHAOUI = ["Rahouma Mahdhaoui", "رحومة المحضاوي", "المحضاوي", "المندوب الجهوي للتربية", "المسؤول الجهوي",
             "regional education delegate", "Tunisia"]
UNIONS = ["education unions", "نقابات تربوية", "نقابات تربوية بالجهة"]
recs.append({"id": i, "text": t, "published": "2016-04-20", "events": [
    {"code": "REJECT", "source": MAHDHAOUI, "target": [], "date": "2016-04-20"},
    {"code": "ACCUSE", "source": UNIONS, "target": []}], "claims": [
    {"speaker": MAHDHAOUI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": MAHDHAOUI, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": MAHDHAOUI, "cue": cue(t, "اكد"), "stance": "deny"},
    {"speaker": MAHDHAOUI, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": MAHDHAOUI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": UNIONS, "cue": cue(t, "استنكرت"), "stance": "accuse"}]})
# --- Jawhara FM: the strike of the Charles Nicolle Hospital staff set for today (Wednesday 2015-05-13) is called off
# after a negotiating session between the Health Ministry and the General Health Union that ran late into yesterday
# evening (Tuesday 2015-05-12). "جلسة تفاوضية بين وزارة الصحة والنقابة العامة للصحة، تواصلت ..." is a meeting
# named by a noun with its parties named (batches 69-72): one CONSULT, the first-named the source, dated 2015-05-12;
# "التوصل الى اتفاق خلال الجلسة التفاوضية" is the meeting's agreement: one reciprocal AGREE with both parties in the
# source and no target (batch 51's passive agreement of a session whose members are named), same date. The
# cancellation itself (تقرر الغاء، الاضراب الغي) is passive with no canceller named: not coded (decided; batch 51's
# CONCEDE had the union as subject). "مجلس ادارة هذه المؤسسة الاستشفائية قد انعقد أمس وقبل بمطالب الاعوان": the
# board's meeting is internal, its acceptance of the staff's demands yielding (CAMEO 08, accede to demands): CONCEDE
# board → staff, dated 2015-05-12 (أمس of a statement made the Wednesday morning). The demands listed are their
# content. Claims: Bouzid's أكد and مشيرا (assert). The staff list leaves out the forms holding the hospital's name,
# which the board's list has, and Bouzid's list his union's title with the hospital.
i = 'ant-JA-localNews-2644-20150513'
t = news_text(i)
MOH = ["Ministry of Health", "وزارة الصحة", "Tunisia", "تونس"]
GHU = ["General Health Union", "النقابة العامة للصحة"]
BOARD = ["Charles Nicolle Hospital board", "مجلس ادارة هذه المؤسسة الاستشفائية", "مجلس ادارة", "مجلس الإدارة",
         "Charles Nicolle Hospital", "مستشفى شارل نيكول"]
STAFF = ["hospital staff", "إطارات وأعوان", "الاعوان", "الأعوان", "أعوان"]
recs.append({"id": i, "text": t, "published": "2015-05-13", "events": [
    {"code": "CONSULT", "source": MOH, "target": GHU, "date": "2015-05-12"},
    {"code": "AGREE", "source": MOH + GHU, "target": [], "date": "2015-05-12"},
    {"code": "CONCEDE", "source": BOARD, "target": STAFF, "date": "2015-05-12"}], "claims": [
    {"speaker": ["Kamel Bouzid", "كمال بوزيد", "بوزيد", "basic union", "النقابة الأساسية"], "cue": cue(t, "أكد"),
     "stance": "assert"},
    {"speaker": ["Kamel Bouzid", "كمال بوزيد", "بوزيد", "basic union", "النقابة الأساسية"], "cue": cue(t, "مشيرا"),
     "stance": "assert"}]})
# --- Jawhara FM: Anas Modamani, the Syrian refugee of the famous selfie with Angela Merkel, was branded one of the
# Brussels suicide bombers. "وكانت وسائل اعلام وصفحات على مواقع التواصل ... قد نشرت صورة لمعضماني ... على أنه الانتحاري
# نجم العشراوي" names its (generic) doers, as README's unknown gunmen: ACCUSE media → Modamani, undated; as bare
# sources they make no claim. "نجم العشراوي، الذي شارك في اعتداءات بروكسل الثلاثاء الماضي" is a relative clause with
# its doer: ASSAULT Laachraoui → Brussels, dated Tuesday 2016-03-22. "المستشارة أنجيلا ميركل عندما زارت مأوى
# للاجئين في برلين الخريف الماضي" is a historical visit with its doer to the refugees there, Modamani among them
# (الذي التقط صورة سيلفي مع المستشارة): CONSULT Merkel → the refugees (as batches 56 and 66 code visits to patients),
# undated (a season). "حاول تفنيدها" is his attempted refutation of the story: REJECT Modamani → the media that ran it
# (README: denying a report whose author is named), undated. The messages blaming him (رسائل ... تلومني) have no
# sender; his friend's advice is private: not coded. Claims: Modamani's قال (assert), مضيفا (a rhetorical rebuke of
# his accusers: accuse) and أشار (assert). Huffington Post Arabi is the addressee.
i = 'ant-JA-internationalNews-635-20160327'
t = news_text(i)
MODAMANI = ["Anas Modamani", "أنس معضماني", "معضماني", "اللاجئ السوري", "Syrian refugee"]
MEDIA = ["media and social media pages", "وسائل اعلام", "وسائل اعلام وصفحات على مواقع التواصل الإجتماعي",
         "صفحات على مواقع التواصل الإجتماعي", "Facebook", "فيسبوك"]
recs.append({"id": i, "text": t, "published": "2016-03-27", "events": [
    {"code": "ACCUSE", "source": MEDIA, "target": MODAMANI},
    {"code": "ASSAULT", "source": ["Najim Laachraoui", "نجم العشراوي", "العشراوي"],
     "target": ["Brussels", "بروكسل", "Belgium"], "date": "2016-03-22"},
    {"code": "CONSULT", "source": ["Angela Merkel", "أنجيلا ميركل", "ميركل", "المستشارة الألمانية", "المستشارة",
                                   "Germany", "ألمانيا"],
     "target": ["refugees in a Berlin shelter", "مأوى للاجئين", "refugees"] + MODAMANI},
    {"code": "REJECT", "source": MODAMANI, "target": MEDIA}], "claims": [
    {"speaker": MODAMANI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MODAMANI, "cue": cue(t, "مضيفا"), "stance": "accuse"},
    {"speaker": MODAMANI, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Jawhara FM: handball, Esperance beat Club Africain 20-19 today (Wednesday 2017-04-05), with the round's other
# results. Matches are sport, no events. "وقع تأجيل مباراتي ... بطلب من والي المنستير" is a passive postponement of
# matches (procedure) whose request is a noun in a prepositional phrase: not coded (decided). "يذكر انه" is the
# narrator: no claims.
i = 'ant-JA-sport-992-20170405'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-04-05", "events": [], "claims": []})
if __name__ == "__main__":
    write_batch(__file__, 'batch80.gold.jsonl', recs)
