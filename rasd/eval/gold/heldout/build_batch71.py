"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 71 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Weeam: a collision of two buses near al-Multaqa in Sudan's Northern State (Sunday 9 August) kills 19. A road
# accident has no actor: no event. "أفادت مصادر طبية" is a bare source (GUIDELINES: مصادر أمنية): no claim. The Sudan
# News Agency is a named outlet: its ذكرت and لفتت (road accidents are common, their causes) are its claims (assert).
# The byline link (صحيفة الوئام) is the narrator.
i = 'snn-2015-08-10-1180'
t = news_text(i)
SUNA = ["SUNA", "Sudan News Agency", "وكالة الأنباء السودانية", "الوكالة"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": SUNA, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": SUNA, "cue": cue(t, "لفتت"), "stance": "assert"}]})
# --- Okaz: high directives order that no service or development project be stopped because of citizens'
# objections. "أكدت توجيهات عليا" names no authority behind the directives (decided: an unnamed "high" source is as
# bare as مصادر, and batch 34 leaves directives internal): no claim, and the directive, a domestic policy aimed at no
# named party, no event. "كشفت مصادر لـ«عكاظ»" is a bare source: no claim. "صدور الموافقة على قيام وزارة الداخلية"
# is a masdar with no doer; the study of the Experts Commission "بمشاركة وزارتي الداخلية والمالية وديوان المراقبة
# العامة" is internal government deliberation (GUIDELINES): not coded. "يذكر أن" is the narrator. Nothing coded.
i = 'snn-2015-07-27-1222'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": []})
# --- Gaza: children of the Palestinian al-Jazeera club hold a solidarity stand mourning and condemning the killing of
# the infant Ali Dawabsha by Israeli settlers. The stand (نظم ... وقفة تضامنية، شارك في الوقفة العشرات، حملوا مجسماً،
# رفعوا الشعارات) is one PROTEST of the club's children; it condemns the killing "على يد المستوطنين الإسرائيليين",
# so its target is the settlers, the doer the text names (as batch 17 targets the army whose raids a march condemns);
# undated (no day in the text). The killing itself: the lead's "مقتل ... على يد المستوطنين" and the club president's
# "من يقوم به ويتبناه هم المستوطنين" name the doers of the burning: one ASSAULT settlers → Dawabsha (as batch 45 codes
# Abu Khdeir's burning "على أيدي مستوطنين"), undated. The president Ali al-Nazli's statement accuses two parties (as
# batch 45 splits the settlers and the Israeli government): the crime and its doers (ACCUSE → settlers) and Israel's
# "إرهاب دولة منظم"، "الإجرام الإسرائيلي"، "السلوك الاسرائيلي" (ACCUSE → Israel; his أضاف carries it on, one
# ACCUSE); "المستوطنين الذين يتلقون دعمهم الكامل من الحكومة الإسرائيلية" is an alleged relative clause with its doer:
# SUPPORT Israel → settlers (decided: a clause inside a statement with a named doer, README batches 37–40); "طالب
# ... المجتمع الدولي وهيئاته الاممية بضرورة إنهاء الاحتلال" is REQUEST to the international community; all undated.
# The occupation, siege, settlement and the "international silence" are nominal. Claims: the slogans "المنددة
# بالجريمة" are the children's speech (batch 17's منددة; the lead's purpose "استنكاراً" says the same and adds no
# second claim), accuse; al-Nazli's اعتبر and أضاف (accuse) and طالب (other).
i = 'snn-2015-08-03-0377'
t = news_text(i)
CLUB_KIDS = ["al-Jazeera club children", "أطفال نادي الجزيرة الفلسطيني", "أطفال نادي الجزيرة", "نادي الجزيرة",
             "al-Jazeera club", "منتسبي مدرسة كرة القدم", "العشرات من منتسبي مدرسة كرة القدم"]
NAZLI = ["Ali al-Nazli", "علي النزلي", "النزلي", "رئيس النادي", "al-Jazeera club", "نادي الجزيرة"]
SETTLERS = ["Israeli settlers", "المستوطنين الإسرائيليين", "المستوطنين"]
ISRAEL = ["Israel", "إسرائيل", "Israeli government", "الحكومة الإسرائيلية", "الاحتلال الإسرائيلي"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "PROTEST", "source": CLUB_KIDS, "target": SETTLERS},
    {"code": "ASSAULT", "source": SETTLERS,
     "target": ["Ali Dawabsha", "علي الدوابشة", "الدوابشة", "الطفل الرضيع", "الطفل"]},
    {"code": "ACCUSE", "source": NAZLI, "target": SETTLERS},
    {"code": "ACCUSE", "source": NAZLI, "target": ISRAEL},
    {"code": "SUPPORT", "source": ISRAEL, "target": SETTLERS},
    {"code": "REQUEST", "source": NAZLI,
     "target": ["international community", "المجتمع الدولي", "UN bodies", "هيئاته الاممية", "United Nations"]}],
    "claims": [
    {"speaker": CLUB_KIDS, "cue": cue(t, "المنددة"), "stance": "accuse"},
    {"speaker": NAZLI, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": NAZLI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": NAZLI, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- Arsenal turn to Llorente after Dortmund and Real Madrid refuse to sell Aubameyang and Benzema. Transfer pursuits,
# the clubs' refusals to let their strikers go and Giroud's new contract are sport business (batches 26, 32, 35, 38,
# 45–48): no events. "حسبما أفادت صحيفة (توتو سبورت)" is its sentence's only attribution: Tuttosport's claim, the
# phrase as cue (batch 26's "حسبما أوردت"). "يراها البعض" is a bare group: no claim.
i = 'snn-2015-07-25-0724'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": [
    {"speaker": ["Tuttosport", "توتو سبورت", "صحيفة توتو سبورت"], "cue": cue(t, "حسبما أفادت"),
     "stance": "assert"}]})
# --- A German woman, Margot Bachmann (71), meets her 92-year-old Italian mother for the first time since the Second
# World War. Not coded (decided): the family's acts are private, not political interaction — the father's family
# taking the newborn in 1944, the father forbidding the search, the reunion of mother and daughter (no CONSULT) — and
# Bachmann's turning to the International Tracing Service (استعانت) is a client engaging a tracing service, like an
# administrative request; the Red Cross's help ("بمساعدة الصليب الأحمر") is a masdar. "حسب ما ذكرت وسائل الإعلام
# الإيطالية" is a bare source: no claim. Claims: Bachmann's روت (to Il Quotidiano, the outlet she spoke to) and
# أضافت, Laura Bastianetto's قالت, all assert.
i = 'snn-2015-08-11-0202'
t = news_text(i)
BACHMANN = ["Margot Bachmann", "مارغو باخمان", "باخمان", "المرأة السبعينية"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": BACHMANN, "cue": cue(t, "روت"), "stance": "assert"},
    {"speaker": BACHMANN, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": ["Laura Bastianetto", "لاورا باستيانيتو", "باستيانيتو"], "cue": cue(t, "قالت"),
     "stance": "assert"}]})
# --- Jawhara FM: a study on voters' political participation finds 80% of illiterate Tunisians intend to vote in the
# December 2017 municipal elections. The study is a poll (GUIDELINES: polls are not coded), so its making
# "بالشراكة مع وزارة الشؤون الاجتماعية والهيئة العليا المستقلة للانتخابات" gives no COOPERATE (batch 50 leaves a
# poll run بالتعاون مع YouGov uncoded); the respondents' stated intention (أعرب 80 بالمائة ... عن نيتهم) is the poll's
# finding, a bare group, no claim; presenting the results is no event. Claims: a study's findings are its named
# authors' claims (batches 9, 50): "وفق ما كشفته دراسة" (its sentence's only attribution, the phrase as cue) and
# "وكشفت لدراسة" (the typo for الدراسة), both the study's, IFES (which made it) and One to One (which ran it) in
# one list; the office's director Youssef Meddeb's أشار (its quoted "نتائج الدراسة أثبتت" is inside his statement).
# All assert. The ISIE and ministry, partners only, are in no list.
i = 'ant-JA-politic-361-20170418'
t = news_text(i)
STUDY = ["IFES", "International Foundation for Electoral Systems", "المؤسسة الدولية للنظم الانتخابية",
         "One to One", "وان تو وان", "مكتب وان تو وان للبحوث والاستطلاعات", "الدراسة", "دراسة"]
MEDDEB = ["Youssef Meddeb", "يوسف المدب", "المدب", "المدير العام للمكتب", "One to One", "وان تو وان"]
recs.append({"id": i, "text": t, "published": "2017-04-18", "events": [], "claims": [
    {"speaker": STUDY, "cue": cue(t, "وفق ما كشفته"), "stance": "assert"},
    {"speaker": MEDDEB, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "كشفت", 2), "stance": "assert"}]})
# --- Jawhara FM (after Youm7): L'Equipe on Tunisia's trio Sliti, Msakni and Khazri before today's (Saturday) AFCON
# quarter-final against Burkina Faso. The match is a fixture (batch 20): no event; the paper's assessment of the
# players is analysis, not an act of praise towards a party: no SUPPORT (decided; the headline's تشيد is outside the
# text). Claims: أوضحت and أشارت, L'Equipe's (assert). "ألقت ... الضوء على" introduces no statement of its own (the
# content follows with أوضحت): no claim. "نقلا عن موقع اليوم السابع" credits the whole piece to the site it was taken
# from, a conduit like a byline: no claim.
i = 'ant-JA-sport-77-20170128'
t = news_text(i)
LEQUIPE = ["L'Equipe", "ليكيب", "صحيفة ليكيب", "الصحيفة الفرنسية", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2017-01-28", "events": [], "claims": [
    {"speaker": LEQUIPE, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": LEQUIPE, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Jawhara FM: a Tunisian-Libyan meeting at the Ras Jedir crossing today (Friday 2017-01-13) agrees that goods
# traffic resume gradually within three or four days. "فضى اجتماع تونسي- ليبي" (sic) is a noun, but "وحضر هذا الاجتماع
# عن الجانب التونسي ... فيما حضرت عن الجانب الليبي سلطات امنية وجمركية" names its parties, so (as batch 51 codes the
# Gabes working session) the meeting is one CONSULT, the Tunisian side (first named) the source and the Libyan side
# the target, and "الاتفاق على عودة حركة السلع" one reciprocal AGREE with both sides in the source and no target (a
# meeting in which both sides agree, batches 49–52), both dated. Not coded: "اجتماع ليبي- ليبي يوم غد السبت" (a noun
# with no party named beyond a nationality; decided), the consultations with the Government of National Accord the
# governor expects (a masdar, future). Claims: "وفق ما أفاد به والي مدنين" (its sentence's only attribution, the
# phrase as cue) and أكد, Governor Taher Matmati's (assert). The governor, a state official, lists Tunisia.
i = 'ant-JA-localNews-505-13012017'
t = news_text(i)
MATMATI = ["Taher Matmati", "طاهر المطماطي", "المطماطي", "والي مدنين", "الوالي", "Tunisia", "تونس"]
TN_SIDE = ["Tunisian side", "الجانب التونسي", "Ministry of Foreign Affairs", "وزارة الخارجية",
           "Assembly of the Representatives of the People", "مجلس نواب الشعب", "ممثلين عن مجلس نواب الشعب"] + MATMATI
LY_SIDE = ["Libyan side", "الجانب الليبي", "Libyan security and customs authorities", "سلطات امنية وجمركية",
           "Libya", "ليبيا"]
recs.append({"id": i, "text": t, "published": "2017-01-13", "events": [
    {"code": "CONSULT", "source": TN_SIDE, "target": LY_SIDE, "date": "2017-01-13"},
    {"code": "AGREE", "source": TN_SIDE + LY_SIDE, "target": [], "date": "2017-01-13"}], "claims": [
    {"speaker": MATMATI, "cue": cue(t, "وفق ما أفاد به"), "stance": "assert"},
    {"speaker": MATMATI, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Jawhara FM: the Monastir public prosecution today (Friday 2016-10-21) orders the arrest of a Ksar Hellal municipal
# employee and a citizen on suspicion of forging an administrative document. "اذنت النيابة العمومية ... بإيقاف" is
# COERCE (arrest on a charge, one event: README's "arrested and charged"), dated; the body's "اذنت اليوم النيابة
# العمومية بإيقاف العون البلدي والمواطن" re-tells it. "تقدمت النيابة الخصوصية بقصر هلال مؤخرا بعريضة الى النيابة
# العمومية" is a formal complaint: ACCUSE (batches 31, 51), with no target as the text names no one it is against
# (decided), undated (مؤخرا). "النيابة العمومية التي اذنت لفرقة الأبحاث والتفتيش بالحرس الوطني ... بالتحري في
# الموضوع" is a relative clause with its doer: an investigation, which led to the two suspects (batch 51's police
# investigation), one ACCUSE prosecution and Guard brigade → the two, undated; "متواصلة الأبحاث معهما" carries it
# on. Not coded: the citizen submitting the document to SONEDE for a meter (a service request), the company's
# suspicion of the document (doubts about a paper, passed to the municipality's check, a masdar; decided), "ثبت أنها
# مدلسة" (passive). "بحسب ما أفاد به مصدر أمني" is a bare security source (batches 6, 14, 56): no claim. Aliases
# holding قصر هلال (named on its own) are left out; المنستير is kept out of the institutions' forms too.
i = 'ant-JA-society-330-20161021'
t = news_text(i)
PROSECUTION = ["Public Prosecution", "النيابة العمومية", "Monastir public prosecution"]
SUSPECTS = ["municipal employee", "موظف", "العون البلدي", "citizen", "مواطن", "المواطن"]
recs.append({"id": i, "text": t, "published": "2016-10-21", "events": [
    {"code": "COERCE", "source": PROSECUTION, "target": SUSPECTS, "date": "2016-10-21"},
    {"code": "ACCUSE", "source": ["Ksar Hellal special delegation", "النيابة الخصوصية", "municipal council"],
     "target": []},
    {"code": "ACCUSE", "source": PROSECUTION + ["research and inspection brigade", "فرقة الأبحاث والتفتيش",
                                                "National Guard", "الحرس الوطني", "Tunisia"],
     "target": SUSPECTS}], "claims": []})
# --- Jawhara FM: SNJT executive director Fahem Boukadous, at a press conference today (Tuesday 2017-02-21), announces
# a possible general strike in the press over the government's persistence with circular no. 4. The announced
# strike (أعلن ... عن إمكانية تنفيذ إضراب عام، "الخطوات التصعيدية التي قد تصل إلى إقرار إضراب عام") is one THREATEN
# (CAMEO 133, an announced protest) against the government whose circular it opposes, dated; his criticism ("تعنت
# الحكومة"، "السلطة تتغافل عن عودة ... الممارسات المرفوضة كالتضييق على الصحفيين"، the bad message of Tunisia's report)
# is one ACCUSE → government, dated. "النقابة الوطنية للصحفيين التونسيين، والنقابة العامة للإعلام و الجامعة التونسية
# لمديري الصحف، والنقابة التونسية لمديري المؤسسات الإعلامية، سيجتمعون غدا الأربعاء" is a future meeting of independent
# bodies: AGREE (GUIDELINES: future meetings) with the four in the source and no target (batch 31: such a meeting
# has no target), dated by its day, Wednesday 2017-02-22 (as batch 51 dates a future round by the day fixed for it);
# its aim (لسحب المنشور) is a masdar. Not coded: the unions discussing escalation (internal deliberation), the
# press conference itself (the union's own event, batch 19), Tunisia's report and Amnesty's report (nouns), the
# circular's instruction to public agents (a government ordering its own staff, internal). Claims: أعلن (warn), قال
# (the escalation that may reach a strike: warn), إعتبر and ملاحظا (criticism: accuse); "وفق تقديره" repeats its
# sentence's speaker; "تجدر الإشارة" and "يذكر أن" are the narrator. "النقابة" alone is left out of the SNJT's list:
# it would match the two other unions of the article.
i = 'ant-JA-localNews-1557-20170221'
t = news_text(i)
BOUKADOUS = ["Fahem Boukadous", "فاهم بوكدوس", "بوكدوس", "SNJT", "National Union of Tunisian Journalists",
             "النقابة الوطنية للصحفيين التونسيين"]
TN_GOV = ["Tunisian government", "الحكومة التونسية", "الحكومة", "السلطة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-21", "events": [
    {"code": "THREATEN", "source": BOUKADOUS, "target": TN_GOV, "date": "2017-02-21"},
    {"code": "ACCUSE", "source": BOUKADOUS, "target": TN_GOV, "date": "2017-02-21"},
    {"code": "AGREE", "source": BOUKADOUS + ["General Union of Information", "النقابة العامة للإعلام",
                                             "Tunisian Federation of Newspaper Directors",
                                             "الجامعة التونسية لمديري الصحف",
                                             "Tunisian Union of Media Institution Directors",
                                             "النقابة التونسية لمديري المؤسسات الإعلامية"],
     "target": [], "date": "2017-02-22"}], "claims": [
    {"speaker": BOUKADOUS, "cue": cue(t, "أعلن"), "stance": "warn"},
    {"speaker": BOUKADOUS, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": BOUKADOUS, "cue": cue(t, "إعتبر"), "stance": "accuse"},
    {"speaker": BOUKADOUS, "cue": cue(t, "ملاحظا"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch71.gold.jsonl', recs)
