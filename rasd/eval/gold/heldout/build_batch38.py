"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 38 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Eqtisadiah (Saturday 2015-07-25): US police arrest Austin Haughwout, the student who fitted a handgun to a
# drone. The arrest (lead "اعتقلت الشرطة الأمريكية الخميس" and the body's "أنها اعتقلت شابا", "الشاب اعتقل الأربعاء")
# is one COERCE, left undated because the lead's Thursday and the police account's Wednesday disagree (as batches
# 8-9 leave a contradictory date). The police denying that the arrest was over the drone (نفت, and "أضافت أن اعتقاله
# ليس مرتبطا بتاتا بالطائرة") is one REJECT with no target (a denial with no accuser named, batches 15-16), dated by
# the police statement of "أمس الأول" (2015-07-23). The charge the police give (بررت ذلك بمقاومته ...; "ملاحق بتهمة
# الاعتداء على شرطي") is one ACCUSE, undated; the student's resisting and hitting officers is only a masdar inside it
# (مقاومته، اعتدائه عليهم): no ASSAULT. "حضر عناصر الشرطة للتحقيق معه بشأنها الأحد" (relative clause with its doer;
# the lead's "عندما حضروا للتحقيق معه" re-tells it) is an investigation, ACCUSE (CAMEO 09), Sunday 2015-07-19. The
# release on bail ("أطلقت سراحه بكفالة" in the police's words, "قاضٍ أطلق سراحه" in the body) is one RETREAT (CAMEO
# 0841, as batches 27-28 code a court's release), the judge and the police in its source, Thursday 2015-07-23. The
# FAA "أعلنت ... الثلاثاء الماضي أنها فتحت تحقيقا بشأنه" (the video) is ACCUSE of its maker, dated by the
# announcement (Tuesday 2015-07-21). Posting the video is no event. Claims: the police's نفت (deny), بررت (accuse),
# أعلنت, مشيرة, قالت (the charge: accuse), أضافت (deny), أوضحت; the FAA's أعلنت; the father's قال (assert: no
# explicit denial). The father's list keeps no form holding هووت (the son is a different entity).
i = 'snn-2015-07-25-0273'
t = news_text(i)
POLICE = ["US police", "police", "الشرطة الأمريكية", "الشرطة", "عناصر الشرطة", "United States", "الولايات المتحدة"]
HAUGHWOUT = ["Austin Haughwout", "أوستن هووت", "هووت", "الشاب", "شابا", "طالبا", "الطالب في الهندسة الميكانيكية"]
FAA = ["Federal Aviation Administration", "FAA", "وكالة الطيران الأمريكية الفيدرالية", "وكالة الطيران",
       "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "COERCE", "source": POLICE, "target": HAUGHWOUT},
    {"code": "REJECT", "source": POLICE, "target": [], "date": "2015-07-23"},
    {"code": "ACCUSE", "source": POLICE, "target": HAUGHWOUT},
    {"code": "ACCUSE", "source": POLICE, "target": HAUGHWOUT, "date": "2015-07-19"},
    {"code": "RETREAT", "source": POLICE + ["judge", "قاضٍ"], "target": HAUGHWOUT, "date": "2015-07-23"},
    {"code": "ACCUSE", "source": FAA, "target": HAUGHWOUT, "date": "2015-07-21"}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": POLICE, "cue": cue(t, "بررت"), "stance": "accuse"},
    {"speaker": POLICE, "cue": cue(t, "أعلنت", 1), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": POLICE, "cue": cue(t, "أضافت"), "stance": "deny"},
    {"speaker": POLICE, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": FAA, "cue": cue(t, "أعلنت", 2), "stance": "assert"},
    {"speaker": ["Haughwout's father", "والد"], "cue": cue(t, "قال", 4), "stance": "assert"}]})
# --- Al-Madina: Taif security searches for two young men filmed harassing a girl. "بدأت الجهات الأمنية ... البحث
# والتحري عن شابين" is an investigation of named (if unidentified) suspects: ACCUSE (CAMEO 09, as batches 8-9 code a
# police investigation), the spokesman's account (رصدت ... تشكيل فريق عمل لتحليل المقطع ... لضبطهما) re-telling it;
# undated. The harassment itself ("يقومان بتصرفات غير لائقة تجاه فتاة") is indecent behaviour, not a named physical
# attack: not ASSAULT (batch 20 leaves harassment uncoded). The Jeddah corniche incident and the public outcry are
# nominal; the girl's not reporting is negated. Claim: the Makkah police spokesman's أوضح. The lists keep no form
# holding الطائف (named on its own).
i = 'snn-2015-07-26-0549'
t = news_text(i)
QURASHI = ["Ati bin Atiyah al-Qurashi", "عاطي بن عطيه القرشي", "القرشي", "Makkah Region Police spokesman",
           "الناطق الإعلامي بشرطة منطقة مكة المكرمة", "شرطة منطقة مكة المكرمة", "Makkah Region Police",
           "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": ["security authorities", "الجهات الأمنية", "الجهات الأمنية بشرطة المنطقة",
                                  "شرطة منطقة مكة المكرمة", "Makkah Region Police", "Saudi Arabia"],
     "target": ["two young men", "شابين", "الشابين", "شابان"]}], "claims": [
    {"speaker": QURASHI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Sabq: Al-Ittihad refuses the Portuguese federation's request for Saeed Al-Muwallad's international certificate
# and demands he join training. The club's refusal, its demand on its own player, his refusal to report and his
# move to Braga are contract and transfer business, which batches 26, 32 and 35 leave out as sport: no events (the
# Saudi federation's refusal to take his case to CAS is a masdar besides). Claims: al-Barqan's أكد (in a tweet) and
# أضاف; the club's طالب quoted inside أضاف (embedded speech is its own claim, batches 29-30; a demand: other);
# al-Muwallad's مدعيًا (his agent deceived him: accuse). Al-Barqan's list leaves out the Saudi federation (its name
# holds الاتحاد, the club's); "استفسر اللاعب" asks, it states nothing.
i = 'snn-2015-08-02-1301'
t = news_text(i)
BARQAN = ["Abdullah Al-Barqan", "عبدالله البرقان", "البرقان", "رئيس لجنة الاحتراف", "لجنة الاحتراف"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": BARQAN, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BARQAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Al-Ittihad", "نادي الاتحاد", "الاتحاد"], "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ["Saeed Al-Muwallad", "سعيد المولد", "المولد", "اللاعب"], "cue": cue(t, "مدعيًا"),
     "stance": "accuse"}]})
# --- Al-Watan opinion column on the Labour Ministry's recruitment agreements. The columnist is the narrator (batch
# 28): her criticism of the ministry is neither event nor claim. Signings told in clauses with their doer are coded
# SUPPORT (GUIDELINES): "وقعنا في فبراير الماضي اتفاقية مع بنجلاديش" ("we" = the kingdom, whose ministry signs; the
# "توقيع الاتفاقية العمالية معها" re-tells it), undated (a month); and the other agreements ("الاتفاقيات الثنائية التي
# وقعتها وزارة العمل مع الدول المصدرة للعمالة", "اتفاقيات وقعتها وزارة العمل مع دول أخرى"), one SUPPORT to the other
# exporting states, undated; "كل اتفاقية عمالية توقعها العمل" is habitual. "الكل يلقي بتهمة ... على وزارة العمل.
# المواطنون، ومكاتب الاستقدام" is the columnist's generic summary of everyone's blame (no specific actor): not
# coded, and no claim (bare groups); "بعض الدول المصدرة ... تؤكد من خلال تصريحات مسؤوليها" names no state: no claim,
# no REJECT. Claim: "بحسب السفير البنجلاديشي لدى المملكة", its sentence's only attribution. The ambassador's list
# leaves out forms holding المملكة (Saudi Arabia, the signer).
i = 'snn-2015-08-03-0803'
t = news_text(i)
LABOUR = ["Ministry of Labour", "وزارة العمل", "الوزارة", "Saudi Arabia", "السعودية", "المملكة"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "SUPPORT", "source": LABOUR, "target": ["Bangladesh", "بنجلاديش"]},
    {"code": "SUPPORT", "source": LABOUR,
     "target": ["labour-exporting countries", "الدول المصدرة للعمالة", "دول أخرى"]}], "claims": [
    {"speaker": ["Bangladeshi ambassador", "السفير البنجلاديشي", "Bangladesh", "بنجلاديش"], "cue": cue(t, "بحسب"),
     "stance": "assert"}]})
# --- Sabq (Thursday 2015-08-06): photos and video rebut the Houthis' claim to have downed a Saudi Apache that made
# an emergency landing at the al-Tuwal crossing. The outlet's refutation (يفند) is the narrator's. The Houthis'
# "زاعمة أنها تمكنت من إسقاط الطائرة" is an alleged event with its doer: ASSAULT on the Saudi helicopter (alleged
# events are coded, GUIDELINES), dated by the landing the joint forces put "صباح أمس" (2015-08-05); the landing
# itself is an accident. "غارات جوية شنتها مقاتلات التحالف العربي، استهدفت مواقع المتمردين" (a relative clause with
# its doer) and the Apache's combing and pursuit of the fleeing Houthis in the same operation are one ASSAULT on the
# Houthis, the Saudi land forces in the coalition's list (batches 29-30: a state's share of a coalition operation),
# undated. "مواقع المتمردين التي جددت أمس اعتداءاتها على قرى الحد الجنوبي" is a relative clause with its doer:
# ASSAULT on the border villages, 2015-08-05. The joint forces' statement (أوضحت) states facts with no explicit
# denial: a claim (assert), no REJECT. Claims: the Houthis' زاعمة, the command's أوضحت.
i = 'snn-2015-08-06-3174'
t = news_text(i)
HOUTHIS = ["Houthis", "Houthi militias", "الحوثيين", "الميليشيات الحوثية", "المتمردين", "عناصر الحوثيين"]
SAUDI_APACHE = ["Saudi Arabia", "السعودية", "Saudi Apache", "طائرات الأباتشي السعودية", "طائرة أباتشي", "الطائرة",
                "القوات البرية السعودية", "Saudi land forces"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": HOUTHIS, "target": SAUDI_APACHE, "date": "2015-08-05"},
    {"code": "ASSAULT", "source": ["Arab coalition", "التحالف العربي", "مقاتلات التحالف العربي", "Saudi Arabia",
                                   "السعودية", "القوات البرية السعودية", "Saudi land forces"], "target": HOUTHIS},
    {"code": "ASSAULT", "source": HOUTHIS,
     "target": ["Saudi Arabia", "السعودية", "southern border villages", "قرى الحد الجنوبي", "الحد الجنوبي",
                "الحرث", "الطوال"], "date": "2015-08-05"}], "claims": [
    {"speaker": HOUTHIS, "cue": cue(t, "زاعمة"), "stance": "assert"},
    {"speaker": ["Joint Forces Command", "قيادة القوات المشتركة", "Arab coalition", "التحالف العربي"],
     "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- Jawhara FM (Saturday 2017-04-15): Mohsen Marzouk (Machrouu Tounes) sees attempts to turn social protests into
# chaos. His accusation, "من طرف أحزاب منها أحزاب في الحكومة" (رجّح، مقرا), is one ACCUSE of the parties; his
# criticism of the government's make-up and ways (مشيرا، منتقدا المحاصصة) a second ACCUSE, of the government; his
# call not to stop political work (دعا, no addressee) a REQUEST with no target (batches 33-36); all three dated by
# the statement. "حزبه دعا القوى السياسية للحوار" is a reported call with its doer: REQUEST to the political forces,
# undated, and the party's own claim (embedded speech, batches 29-30; cue the second دعا). "ذكّر بدعوة حزبه لرئيس
# الجمهورية" reminds of a masdar: no event. The meeting with artists in Monastir is a prepositional phrase (على
# هامش لقاء مع): not coded. "بحسب تصريحاته" and "بحسب تعبيره" repeat their sentences' speaker: no claims. Claims:
# رجّح (accuse), دعا (other), مقرا (accuse: it names the parties), أكد (assert), قال, the party's دعا (other),
# مشيرا and منتقدا (accuse), ذكّر (other: a call), أشار, مؤكدا. The lists hold no form of مشروع تونس (it holds
# تونس, named on its own), and the parties' none with الحكومة.
i = 'ant-JA-politic-324-20170415'
t = news_text(i)
MARZOUK = ["Mohsen Marzouk", "محسن مرزوق", "مرزوق", "Machrouu Tounes", "حزبه"]
recs.append({"id": i, "text": t, "published": "2017-04-15", "events": [
    {"code": "ACCUSE", "source": MARZOUK, "target": ["parties", "أحزاب"], "date": "2017-04-15"},
    {"code": "REQUEST", "source": MARZOUK, "target": [], "date": "2017-04-15"},
    {"code": "REQUEST", "source": MARZOUK, "target": ["political forces", "القوى السياسية"]},
    {"code": "ACCUSE", "source": MARZOUK, "target": ["Tunisian government", "government", "الحكومة", "Tunisia"],
     "date": "2017-04-15"}], "claims": [
    {"speaker": MARZOUK, "cue": cue(t, "رجّح"), "stance": "accuse"},
    {"speaker": MARZOUK, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": MARZOUK, "cue": cue(t, "مقرا"), "stance": "accuse"},
    {"speaker": MARZOUK, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MARZOUK, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MARZOUK, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": MARZOUK, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": MARZOUK, "cue": cue(t, "منتقدا"), "stance": "accuse"},
    {"speaker": MARZOUK, "cue": cue(t, "ذكّر"), "stance": "other"},
    {"speaker": MARZOUK, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MARZOUK, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
# --- Jawhara FM: the Muslim woman photographed at the London attack site breaks her silence. She is unnamed but the
# story's identified subject (as batch 35's widow): her قالت، مضيفة (victim of people judging on hatred and
# Islamophobia: accuse), أشارت، قائلة، أكدت and نافية (deny) are claims. Her explicit denial of having been cold is
# REJECT with no target (the accusations are passive, "اتهامات وجهت إليها", their authors a bare "أناس"), undated.
# The attack is nominal with no doer; her helping a woman to a station is private help: no events. "خرجت عن صمتها"
# announces her speaking but states nothing: no claim.
i = 'ant-JA-diverse-229-20170325'
t = news_text(i)
WOMAN = ["Muslim woman in the London attack photo", "الفتاة المسلمة", "الفتاة", "الشابة"]
recs.append({"id": i, "text": t, "published": "2017-03-25", "events": [
    {"code": "REJECT", "source": WOMAN, "target": []}], "claims": [
    {"speaker": WOMAN, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": WOMAN, "cue": cue(t, "مضيفة"), "stance": "accuse"},
    {"speaker": WOMAN, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": WOMAN, "cue": cue(t, "قائلة"), "stance": "assert"},
    {"speaker": WOMAN, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": WOMAN, "cue": cue(t, "نافية"), "stance": "deny"}]})
# --- Jawhara FM: the US warns Kuwait of a possible terrorist attack. The warning Kuwait received from the CIA
# (حذرت؛ "تلقي الكويت تحذيرا من جهاز الاستخبارات الأميركية") is intelligence passed to another state: COOPERATE
# (CAMEO 064), undated; it tells Kuwait to do nothing, so no REQUEST, and the attack risk is no US threat. Kuwait
# raising its security readiness (رفعت الكويت من جهوزيتها، "الأجهزة الأمنية رفعت جهوزيتها") is one MOBILIZE (CAMEO
# 151), undated. The ban on outdoor Eid prayer grounds, "القرار الذي اتخذته وزارة الأوقاف" (a relative clause with
# its doer), is COERCE with no target (an administrative restriction, as the README's city closing a district),
# undated; the Interior Ministry's request behind it (دعوة, a masdar) is internal. "الأجهزة السيادية" are a bare
# source: their أكدت is no claim. Claims: the US's حذرت (warn); Al-Seyassah's نشرت (its own report), "وبحسب
# السياسية" (the sentence's only counted attribution) and أكدت; the Awqaf ministry's مبررة.
i = 'ant-JA-internationalNews-1062-20160703'
t = news_text(i)
US = ["United States", "الولايات المتحدة الأميركية", "الولايات المتحدة", "CIA", "جهاز الاستخبارات الأميركية",
      "سي آي إيه"]
KUWAIT = ["Kuwait", "الكويت", "دولة الكويت"]
AWQAF = ["Kuwaiti Ministry of Awqaf and Islamic Affairs", "وزارة الأوقاف والشؤون الإسلامية", "Kuwait", "الكويت"]
SEYASSAH = ["Al-Seyassah", "صحيفة السياسة", "السياسة", "السياسية", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2016-07-03", "events": [
    {"code": "COOPERATE", "source": US, "target": KUWAIT},
    {"code": "MOBILIZE", "source": KUWAIT + ["Kuwaiti security services", "الأجهزة الأمنية"], "target": []},
    {"code": "COERCE", "source": AWQAF, "target": []}], "claims": [
    {"speaker": US, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": SEYASSAH, "cue": cue(t, "نشرت"), "stance": "assert"},
    {"speaker": SEYASSAH, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": SEYASSAH, "cue": cue(t, "أكدت", 2), "stance": "assert"},
    {"speaker": AWQAF, "cue": cue(t, "مبررة"), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2016-05-04): Sousse's regional dialogue on agriculture and fisheries calls for satellite
# monitoring of fishing. The recommendations of the dialogue's committees speak for them (as a statement speaks for its
# issuer): their calls (three دعت and "أكدت ... على ضرورة") are one REQUEST with no named addressee (batches 33-36),
# dated by the lead's "وقعت الدعوة اليوم الأربعاء"; each cue is a claim, stance other (recommendations). The work
# session and the month-long dialogue are passive or nominal: no events. "بحسب ما جاء في تقرير لوكالة الأنباء
# الرسمية «وات»" is its sentence's only attribution, TAP reporting the session itself: a claim with the phrase as
# cue. The lists keep no form holding سوسة (named on its own).
i = 'ant-JA-localNews-2089-20160504'
t = news_text(i)
DIALOGUE = ["regional dialogue on agriculture and fisheries", "الحوار الجهوي للفلاحة والصيد البحري",
            "اللجان المنبثقة عن الحوار الجهوي للفلاحة والصيد البحري", "اللجان", "التوصيات",
            "المشاركين في الحوار الجهوي للفلاحة والصيد البحري"]
recs.append({"id": i, "text": t, "published": "2016-05-04", "events": [
    {"code": "REQUEST", "source": DIALOGUE, "target": [], "date": "2016-05-04"}], "claims": [
    {"speaker": ["TAP", "Tunis Afrique Presse", "وات", "وكالة الأنباء الرسمية"], "cue": cue(t, "بحسب ما جاء"),
     "stance": "assert"},
    {"speaker": DIALOGUE, "cue": cue(t, "دعت", 1), "stance": "other"},
    {"speaker": DIALOGUE, "cue": cue(t, "دعت", 2), "stance": "other"},
    {"speaker": DIALOGUE, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": DIALOGUE, "cue": cue(t, "دعت", 3), "stance": "other"}]})
# --- Jawhara FM: the Education Ministry's exams director on anti-cheating measures for the 2017 baccalaureate. The
# equipment, the jammers bought and the bill to be prepared are passive and internal (سيتم): no events. His warning
# that sanctions will be strict (شدّد) has no addressee named: a claim (warn), no THREATEN (batch 27's chief's
# warning). The radio show is the outlet. Claims: قال, أضاف, أوضح (assert), شدّد (warn), مشيرا (assert).
i = 'ant-JA-localNews-4223-20170509'
t = news_text(i)
WELBANI = ["Omar Welbani", "عمر الولباني", "الولباني", "exams director", "مدير الامتحانات", "Ministry of Education",
           "وزارة التربية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-05-09", "events": [], "claims": [
    {"speaker": WELBANI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": WELBANI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": WELBANI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": WELBANI, "cue": cue(t, "شدّد"), "stance": "warn"},
    {"speaker": WELBANI, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch38.gold.jsonl', recs)
