"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with ``python -m rasd.eval.gold.heldout.draw_batch 8 7`` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Saleh's relatives leave Sanaa. Every statement comes from bare "مصادر مطلعة" / "المصدر" (no claim), and
# "علمت «عكاظ»" is the outlet's own voice, not a reported speaker. Tariq Saleh's negotiation and demand have a
# named doer; the family's departure in a UN plane is travel, not an event. Aliases holding "صالح" would match
# Ali Abdullah Saleh, whom the article also names, so Tariq keeps only his first name.
i = 'snn-okaz-dd8f7f9cd21c'
t = news_text(i)
TARIQ = ["Tariq Saleh", "طارق"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": TARIQ, "target": []},
    {"code": "REQUEST", "source": TARIQ, "target": []},
    # "القيادات في حزبه الذين لا يزالون يقفون في صف الحوثي يرفضون تنفيذ قرار مجلس الأمن الدولي 2216"
    {"code": "REJECT", "source": ["leaders of Saleh's party", "القيادات في حزبه", "القيادات",
                                  "General People's Congress"],
     "target": ["UN Security Council", "مجلس الأمن الدولي", "مجلس الأمن", "United Nations", "الأمم المتحدة"]}],
    "claims": [
    {"speaker": TARIQ, "cue": cue(t, "مطالبا"), "stance": "other"}]})
# --- The imam of the Prophet's Mosque visits the Jazan force command: the visitor is the source, the commander
# who receives him the target. "قوة جازان" holds the place جازان, which the article names on its own.
i = 'snn-aleqtisadiya-218b14b4ec55'
t = news_text(i)
BUDAIR = ["Salah Al-Budair", "صلاح بن محمد البدير", "البدير"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": BUDAIR,
     "target": ["Jazan Force command", "قيادة قوة", "Saeed Al-Ghamdi", "سعيد بن حسين الغامدي", "الغامدي",
                "Saudi Arabia"]},
    # "أكد ... أن المهمات القتالية التي يقوم بها جنودنا ... تعد من الجهاد": praise of the troops
    {"code": "SUPPORT", "source": BUDAIR,
     "target": ["Saudi soldiers", "جنودنا", "الجنود", "الوحدات المرابطة", "Saudi Arabia"]}], "claims": [
    {"speaker": BUDAIR, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": BUDAIR, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BUDAIR, "cue": cue(t, "مشيراً"), "stance": "assert"}]})
# (his closing prayer for the soldiers, "دعا ... المولى القدير أن يربط على قلوبهم", is a wish: neither event nor claim)
# --- A Kuwaiti father confesses to killing his son. The investigation that solved the killing is ACCUSE
# (PLOVER: investigations of criminal activity); "نقلاً عن صحيفة القبس" names where the ministry's statement was
# taken from, a conduit, so no claim. The father is identified (الجاني، والد الضحية), so his confession is a claim.
i = 'snn-alriyadh-171677345877'
t = news_text(i)
MOI = ["Kuwaiti Ministry of Interior", "وزارة الداخلية الكويتية", "وزارة الداخلية", "الوزارة", "Kuwait", "الكويت"]
FATHER = ["father", "الجاني", "الوالد", "والده", "القاتل"]
SON = ["son", "الضحية", "نجله", "ابنه", "الابن", "شاب"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": FATHER, "target": SON},
    {"code": "THREATEN", "source": SON, "target": FATHER},
    {"code": "ACCUSE", "source": MOI + ["Criminal Investigation Department", "الإدارة العامة للمباحث الجنائية",
                                        "المباحث الجنائية", "رجال مباحث"], "target": FATHER}], "claims": [
    {"speaker": MOI, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "ذكرت"), "stance": "accuse"},
    {"speaker": MOI, "cue": cue(t, "صرحت"), "stance": "accuse"},
    {"speaker": FATHER, "cue": cue(t, "أفاد"), "stance": "accuse"}]})
# --- The health workers' federation postpones its strike (today, Tuesday). Postponing a protest is AGREE, as the
# PLOVER gold standard codes "agreed to postpone the demonstration"; the 17 June decision to strike is THREATEN
# (CAMEO 133), and the strikes the workers held this year one PROTEST with no target.
i = 'ant-JA-localNews-1836-20150707'
t = news_text(i)
FED = ["General Health Federation", "الجامعة العامة للصحة", "الهيئة الادارية للجامعة العامة للصحة",
       "الهيئة الادارية", "UGTT", "الاتحاد العام التونسي للشغل"]
recs.append({"id": i, "text": t, "published": "2015-07-07", "events": [
    {"code": "AGREE", "source": FED, "target": [], "date": "2015-07-07"},
    {"code": "THREATEN", "source": FED, "target": [], "date": "2015-06-17"},
    {"code": "PROTEST", "source": ["public health workers", "أعوان الصحة", "أعوان الصحة العمومية"], "target": []}],
    "claims": [
    # "على حد قوله في تصريح لوكالة الأنباء الرسمية" repeats the same speaker in the same sentence: no second claim
    {"speaker": ["Kacem Afaya", "قاسم عفية", "عفية", "UGTT", "الاتحاد العام التونسي للشغل"], "cue": cue(t, "بين"),
     "stance": "assert"}]})
# --- The president's visit to Italy, told by the Tunisian ambassador in Rome. The visit is the relative clause
# "الزيارة التي يؤديها رئيس الجمهورية إلى ايطاليا"; the six agreements the visit "will end with" have no doer in
# the text, so no AGREE. "وفق ما أكده السيناوي" is the only attribution of its sentence, so it is a claim.
i = 'ant-JA-localNews-996-20170209'
t = news_text(i)
SINAOUI = ["Moez Sinaoui", "معز السيناوي", "السيناوي", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-09", "events": [
    {"code": "CONSULT", "source": ["Tunisian President", "رئيس الجمهورية", "Beji Caid Essebsi", "الباجي قائد السبسي",
                                   "Tunisia", "تونس"], "target": ["Italy", "ايطاليا", "إيطاليا"]}], "claims": [
    {"speaker": SINAOUI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SINAOUI, "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": SINAOUI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- The Current of Love party warns against the government's agreement with the Kamour sit-in (statement issued
# today, Sunday). The warning of نبّه and حذر is one criticism of one agreement; the agreement itself is a
# participle (الاتفاق الموقع بين الحكومة والمعتصمين), and the political bureau's meeting is internal.
i = 'ant-JA-localNews-4613-20170618'
t = news_text(i)
PARTY = ["Current of Love", "تيار المحبة", "حزب تيار المحبة", "الحزب"]
recs.append({"id": i, "text": t, "published": "2017-06-18", "events": [
    {"code": "ACCUSE", "source": PARTY, "target": ["Tunisian government", "الحكومة", "Tunisia", "تونس",
                                                   "Kamour sit-in protesters", "المعتصمين"], "date": "2017-06-18"},
    # "سيستمر في المطالبة بالكشف عن حجم الثروات الوطنية"
    {"code": "REQUEST", "source": PARTY, "target": [], "date": "2017-06-18"}], "claims": [
    {"speaker": PARTY, "cue": cue(t, "نبّه"), "stance": "warn"},
    {"speaker": PARTY, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": PARTY, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": PARTY, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": PARTY, "cue": cue(t, "مبرزا"), "stance": "promise"},
    {"speaker": PARTY, "cue": cue(t, "حسب"), "stance": "assert"}]})
# --- A pollster on the French election after the Champs-Elysees attack: polls are not events, the attack has no
# doer in the text, and the unnamed "شركات سبر الآراء" are a bare group, so no claim of theirs
i = 'ant-JA-internationalNews-757-20170421'
t = news_text(i)
BELAM = ["Nabil Belam", "نبيل بالعم", "بالعم", "Emrhod Consulting", "امرود كنسلتينغ"]
recs.append({"id": i, "text": t, "published": "2017-04-21", "events": [], "claims": [
    {"speaker": BELAM, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BELAM, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": BELAM, "cue": cue(t, "أضاف", 2), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch8.gold.jsonl', recs)
