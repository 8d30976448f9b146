"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 79 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: Will Smith publicly denies a report that he and Jada Pinkett Smith have decided to divorce. The report
# he denies is Radar Online's, named in the body ("لكن موقع رادار اونلاين لأخبار الفن قال: إن الزوجين قررا
# الانفصال"), so the lead's "نفى علنا تقريرا" and the Facebook statement (قال، أضاف) are one denial: REJECT of Radar
# Online (batches 65–68: denying a report whose author is named is REJECT of that author), undated (the statement has
# no day). The divorce itself is the denied report and the marriage a family act (batches 69–72): not coded. The
# tabloids' rumours (الصحف الشعبية) are a bare source: no claim. Claims: Smith's نفى (deny); Radar Online's قال (a
# named outlet: assert); Smith's قال (the quote calls the report nonsense: deny) and أضاف ("I swear I'd tell you
# myself": promise). Smith's list keeps سميث: the other Smiths (Jada, Jaden, Willow) are no actors here.
i = 'snn-2015-08-06-1511'
t = news_text(i)
SMITH = ["Will Smith", "ويل سميث", "سميث"]
RADAR = ["Radar Online", "رادار اونلاين", "موقع رادار اونلاين"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": SMITH, "target": RADAR}], "claims": [
    {"speaker": SMITH, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": RADAR, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SMITH, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": SMITH, "cue": cue(t, "أضاف"), "stance": "promise"}]})
# --- Al-Riyadh: the UK Civil Aviation Authority warns that drones flown up to 600 m high endanger aircraft. The
# warning is about a danger and addresses drone users as a generic group (batches 73–76: a generic group gets no
# event), so no REQUEST or THREATEN; "أطلقت هيئة الطيران المدني يوما للتوعية" is an awareness campaign (batches 73–76:
# no event); "ويطلب من مستخدمي الطائرات" is a passive rule with no speaker; the incidents have no named doer. Nothing
# coded. Claims: the CAA's حذرت (warn); Johnson's قال (assert), تابع ("users must understand ...": a recommendation,
# other) and the second قال (pronoun-resolved to Johnson: assert); "وفقا للهيئة" (its sentence's only attribution:
# assert) and أفادت ("drones must stay at least 50 m from people": a rule, other). Johnson, the CAA's head of policy,
# lists the CAA (as an official lists his body).
i = 'snn-2015-07-23-0688'
t = news_text(i)
CAA = ["UK Civil Aviation Authority", "Civil Aviation Authority", "هيئة الطيران المدني البريطانية",
       "هيئة الطيران المدني", "الهيئة", "Britain", "بريطانيا"]
JOHNSON = ["Tim Johnson", "تيم جونسون", "جونسون", "هيئة الطيران المدني", "Civil Aviation Authority"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": CAA, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": JOHNSON, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": JOHNSON, "cue": cue(t, "تابع"), "stance": "other"},
    {"speaker": JOHNSON, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": CAA, "cue": cue(t, "وفقا للهيئة"), "stance": "assert"},
    {"speaker": CAA, "cue": cue(t, "أفادت"), "stance": "other"}]})
# --- Al-Madina: the Saudi Ministry of Finance issues an executive regulation for public-funds posts. Issuing a
# regulation is legislation acting on no named party (batch 52): not coded; the conditions are an administrative
# notice (batches 49–52: claims only). Claims: "اشترطت الوزارة" (its requirements: other, as batches 22 and 63's
# اشترطت) and "أوضحت الوزارة أنه يشترط" (an explanation of the rules: assert, as batch 63's بينت).
i = 'snn-2015-08-01-1196'
t = news_text(i)
MOF = ["Saudi Ministry of Finance", "Ministry of Finance", "وزارة المالية", "الوزارة", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": MOF, "cue": cue(t, "اشترطت"), "stance": "other"},
    {"speaker": MOF, "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- Al-Madina: Makkah labour office inspectors visit, on Tuesday evening (2015-07-21; the corpus date is Thursday
# 2015-07-23), workers hospitalised after a concrete roof fell on them on Monday. The visit to the injured is CONSULT,
# the inspectors (with Nasser al-Otaibi, who leads the exchange) the source and the workers the target (batch 13's
# visit to the wounded), dated; the flowers "باسم وزارة العمل" are a courtesy of the visit, not AID (batches 13, 56).
# "أكد لهم أن مكتب العمل معهم في أي خدمات يحتاجون إليها" pledges future help to a named counterpart: AGREE (README:
# support pledged for the future; batches 69–72 leave only a pledge with no counterpart), dated by the visit it was
# made at (decided). "عبر العمال المصابون عن شكرهم وتقديرهم لوزارة العمل على مبادرتها ... وزيارتها" is thanks with
# praise between separate parties: SUPPORT workers → Ministry of Labour (batch 56's patients), dated by the visit it
# answers (decided: told in the same scene). The roof collapse has no actor; "جاءت الزيارة بتوجيهات ... عبدالله
# العليان" is the branch director instructing his own office: internal, not coded. Claims: al-Otaibi's أكد
# (pronoun-resolved: promise) and the workers' عبر (identified injured workers of a named site: assert, as batch 56).
# No alias holds مكة (named on its own) or مستشفى الملك عبدالعزيز; the visitors keep "وزارة العمل" out, since it is
# the SUPPORT's target (their office is its branch).
i = 'snn-2015-07-23-0630'
t = news_text(i)
INSPECTORS = ["Makkah labour office inspectors", "مفتشي مكتب عمل", "المفتشين", "Nasser al-Otaibi", "ناصر العتيبي",
              "العتيبي", "labour office", "مكتب العمل"]
WORKERS = ["injured workers", "العمال المصابون", "العمال", "عمالاً منومين", "عمالا"]
MOL = ["Saudi Ministry of Labour", "Ministry of Labour", "وزارة العمل"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "CONSULT", "source": INSPECTORS, "target": WORKERS, "date": "2015-07-21"},
    {"code": "AGREE", "source": INSPECTORS, "target": WORKERS, "date": "2015-07-21"},
    {"code": "SUPPORT", "source": WORKERS, "target": MOL, "date": "2015-07-21"}], "claims": [
    {"speaker": ["Nasser al-Otaibi", "ناصر العتيبي", "العتيبي", "مكتب العمل"], "cue": cue(t, "أكد"),
     "stance": "promise"},
    {"speaker": WORKERS, "cue": cue(t, "عبر"), "stance": "assert"}]})
# --- Al-Madina: Education Minister Azzam al-Dakheel praises Jazan education's distance e-learning during a visit to
# its studio. The minister visiting, praising and discussing plans with his own ministry's regional administration
# (تعليم جازان, director Issa al-Hakami) is internal administration (batches 31 and 39: a minister touring his own
# agency; praise of one's own ministry is no SUPPORT): no events. Claims: أشاد and مؤكدا (assert). "ناقش" reports
# deliberation and al-Hakami's "قدم ... شرحا" presents work without a reported statement (batches 9, 56): no claims.
i = 'snn-2015-08-08-0666'
t = news_text(i)
DAKHEEL = ["Azzam al-Dakheel", "عزام الدخيل", "الدخيل", "وزير التعليم", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": DAKHEEL, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": DAKHEEL, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
# --- Jawhara FM: Tunisia's agriculture ministry (Monday 2016-10-03, the publication day) gives dam reserves and denies
# reports that 14 dams are full. "نفت الوزارة في بلاغ لها تقارير" denies reports with no named author: REJECT with no
# target (batches 15, 45), dated by the Monday of the same communiqué (decided: the lead's الاثنين dates the
# bulletin the denial is part of). The rainfall is weather. Claims: كشفت (assert), نفت (deny), اشارت (assert).
i = 'ant-JA-localNews-425-03102016'
t = news_text(i)
AGRI = ["Tunisian Ministry of Agriculture", "وزارة الفلاحة والموارد المائية والصيد البحري", "وزارة الفلاحة",
        "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-10-03", "events": [
    {"code": "REJECT", "source": AGRI, "target": [], "date": "2016-10-03"}], "claims": [
    {"speaker": AGRI, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": AGRI, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": AGRI, "cue": cue(t, "اشارت"), "stance": "assert"}]})
# --- Jawhara FM: Ennahda bloc head Noureddine Bhiri denies today (2016-01-25) that he visited Slim Chiboub at home.
# The news was carried by "بعض وسائل الإعلام" (unnamed): the lead's نفى and the Facebook quote are one denial, REJECT
# with no target, dated. The visit is the denied report (negated): not coded. "يخشى أن يكون رد فعل من بعض الأطراف
# التي احترفت الإفتراء" blames no one named: part of the rebuttal, no ACCUSE of its own (batch 43's "هناك من يصر على
# تشويه العلاقة"). "ما اتخذته من مواقف مساندة للمطالب المشروعة للمحتجين ... وإكبار لجهود قوات الجيش والأمن" is his
# own past stances told as verbal nouns inside the rebuttal (decided: background, like an accusation's content told
# as a noun in batches 69–72): no SUPPORT. Claims: نفى (deny) and قال (the quote calls the news fabricated: deny).
# Chiboub, who is named only as the person of the denied visit, is in no list.
i = 'ant-JA-politic-269-20160125'
t = news_text(i)
BHIRI = ["Noureddine Bhiri", "نور الدين البحيري", "البحيري", "Ennahda bloc", "كتلة حركة النهضة", "Ennahda",
         "حركة النهضة", "النهضة"]
recs.append({"id": i, "text": t, "published": "2016-01-25", "events": [
    {"code": "REJECT", "source": BHIRI, "target": [], "date": "2016-01-25"}], "claims": [
    {"speaker": BHIRI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": BHIRI, "cue": cue(t, "قال"), "stance": "deny"}]})
# --- Jawhara FM: Higher Education Minister Slim Khalbous denies today (Tuesday 2017-01-24) that the Kairouan
# engineering-school project was cancelled. The news has no named author: REJECT with no target, dated (the lead's
# نفى and "أكد ... إن الوزارة لم تلغ المشروع" are one denial). The ministry's decision to wait (قررت التريث) is its
# own decision on its own project, and its work "بالتنسيق مع لجنة اصلاح مكلفة بالنظر في الخارطة الجامعية" is with an
# unnamed reform commission of its own university-map review (decided: internal, not batch 49–52's COOPERATE with a
# named body); the 2009 decision is passive ("تم اتخاذه") with no doer. Claims: نفى (deny), أكد (the rebuttal:
# deny), تابع (assert), مشيرا (assert), لاحظ (assert), لفت (the 2009 decision taken without studies or funding:
# criticism, accuse), مضيفا (assert).
i = 'ant-JA-localNews-97-20170124'
t = news_text(i)
KHALBOUS = ["Slim Khalbous", "سليم خلبوس", "خلبوس", "وزير التعليم العالي والبحث العلمي",
            "Ministry of Higher Education", "وزارة التعليم العالي والبحث العلمي", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-01-24", "events": [
    {"code": "REJECT", "source": KHALBOUS, "target": [], "date": "2017-01-24"}], "claims": [
    {"speaker": KHALBOUS, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": KHALBOUS, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": KHALBOUS, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": KHALBOUS, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": KHALBOUS, "cue": cue(t, "لاحظ"), "stance": "assert"},
    {"speaker": KHALBOUS, "cue": cue(t, "لفت"), "stance": "accuse"},
    {"speaker": KHALBOUS, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM: Ennahda vice-president Abdelhamid Jelassi, guest of Politica today (Wednesday 2016-04-27), calls early
# elections a great gamble. "الإجتماع الذي جمع بين حركتي ونداء تونس" is a meeting with its parties named: one
# reciprocal CONSULT with Ennahda and Nidaa Tounes in the source and no target (GUIDELINES: reciprocal actors in one
# record; batches 69–72's meeting named by a noun), undated (no day given). What it discussed (تناول سبل تقريب موعد
# الانتخابات) is no agreement, and the alliance it did not touch is negated: no AGREE. His radio appearance is an
# interview, no event; the early elections and a change of head of government are hypotheses. Claims: أكد (assert),
# أوضح (early elections could make 2014 the last free vote: warn), the two أضاف (assert). "وفق قوله" and the two
# "على حد قوله" repeat their sentence's speaker (batches 17–20): no claims.
i = 'ant-JA-politic-395-20160427'
t = news_text(i)
JELASSI = ["Abdelhamid Jelassi", "عبد الحميد الجلاصي", "الجلاصي", "Ennahda", "حركة النهضة", "النهضة"]
recs.append({"id": i, "text": t, "published": "2016-04-27", "events": [
    {"code": "CONSULT", "source": ["Ennahda", "حركة النهضة", "النهضة", "Nidaa Tounes", "نداء تونس"],
     "target": []}], "claims": [
    {"speaker": JELASSI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JELASSI, "cue": cue(t, "أوضح"), "stance": "warn"},
    {"speaker": JELASSI, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": JELASSI, "cue": cue(t, "أضاف", 2), "stance": "assert"}]})
# --- Jawhara FM: Tunisia's Interior Ministry explains, under the state-of-emergency law, its house-arrest orders
# against a number of persons. "تمّ إتخاذ قرارات في الإقامة الجبرية في شأن عدد من الأشخاص" is a passive the ministry
# reports of its own measure: COERCE Interior Ministry → those persons (batches 15–16: passive arrests reported by the
# police are the police's; batches 57–60), undated (no day; the 1978 decree's date is the law's). The grounds (ما توفّر
# من معطيات تثبت إرتكابهم لخروقات) are the measure's stated basis told as a noun phrase: no ACCUSE of their own
# (decided). Claims: أوضحت (assert), بينت (the measure is preventive and time-limited: assert), تؤكّد (its care to
# respect the detainees' guarantees: promise).
i = 'ant-JA-localNews-4129-20170525'
t = news_text(i)
INTERIOR = ["Tunisian Ministry of Interior", "وزارة الداخلية", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-05-25", "events": [
    {"code": "COERCE", "source": INTERIOR,
     "target": ["persons under house arrest", "عدد من الأشخاص", "الأشخاص المعنيين", "الأشخاص"]}], "claims": [
    {"speaker": INTERIOR, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": INTERIOR, "cue": cue(t, "بينت"), "stance": "assert"},
    {"speaker": INTERIOR, "cue": cue(t, "تؤكّد"), "stance": "promise"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch79.gold.jsonl', recs)
