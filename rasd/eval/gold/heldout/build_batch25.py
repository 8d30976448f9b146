"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 25 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- A Chinese loan company demands that its female employees ask permission before pregnancy. The demand is
# REQUEST; the decision to fine those who give birth without permission is an imposed administrative sanction
# (COERCE, CAMEO 172, like a travel ban), and the document's threat to withhold promotion and bonuses is THREATEN
# (CAMEO 132). The company is unnamed but identified, so its statements (and those of its document) are claims;
# "وسائل إعلام صينية" is a bare group: neither an event actor nor a claim speaker.
i = 'snn-okaz-dba4e92f7a32'
t = news_text(i)
COMPANY = ["Chinese loan company", "شركة صينية", "الشركة", "الوثيقة"]
EMPLOYEES = ["female employees", "موظفاتها", "الموظفة", "العاملات المتزوجات", "العاملات"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REQUEST", "source": COMPANY, "target": EMPLOYEES},
    {"code": "COERCE", "source": COMPANY, "target": EMPLOYEES},
    {"code": "THREATEN", "source": COMPANY, "target": EMPLOYEES}], "claims": [
    {"speaker": COMPANY, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": COMPANY, "cue": cue(t, "أضافت"), "stance": "warn"},
    {"speaker": COMPANY, "cue": cue(t, "هددت"), "stance": "warn"}]})
# --- Iran's army chief backs the nuclear deal. His endorsement is SUPPORT with no target (he backs his own
# country's agreement, not the West). "وجاء في وسائل الإعلام الحكومية أن الفيروز آبادي عدد ... حسب قوله": the
# state media are a conduit, and حسب قوله repeats the speaker of عدد in the same sentence, so one claim (cue عدد).
# The hardliners' objection is REJECT; their aliases drop Iran and the United States, which the article names as
# entities of their own. Israel's criticism of the deal is ACCUSE aimed at Iran ("يسمح لطهران"), its urging of
# US conservatives REQUEST (the conservatives keep their country, as country-level coding would give it).
# "يرى مراسلون" is a bare group; the Gulf states' fears are raised by the deal, not an act of theirs.
i = 'snn-alweeam-9d6c01c7bf80'
t = news_text(i)
FIROUZABADI = ["Hassan Firouzabadi", "حسن الفيروز آبادي", "الفيروز آبادي", "Iran", "إيران"]
ISRAEL = ["Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "SUPPORT", "source": FIROUZABADI, "target": []},
    {"code": "REJECT", "source": ["hardliners", "المتشددون"], "target": []},
    {"code": "ACCUSE", "source": ISRAEL, "target": ["Iran", "إيران", "طهران"]},
    {"code": "REQUEST", "source": ISRAEL,
     "target": ["US conservatives", "المحافظين", "United States", "الولايات المتحدة"]}], "claims": [
    {"speaker": FIROUZABADI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": FIROUZABADI, "cue": cue(t, "عدد"), "stance": "assert"},
    {"speaker": ISRAEL, "cue": cue(t, "انتقدت"), "stance": "accuse"},
    {"speaker": ISRAEL, "cue": cue(t, "اعتبرته"), "stance": "accuse"},
    {"speaker": ISRAEL, "cue": cue(t, "حضت"), "stance": "other"}]})
# --- The Arab League condemns the storming of Al-Aqsa. The lead's condemnation and Sobeih's first statement
# ("الاعتداءات على المسجد الأقصى متكررة") are one ACCUSE of the extremists; the storming itself is nominal
# ("الاقتحامات ... من قبل المتطرفين") and not coded. His warning of new attacks is a separate ACCUSE with no
# explicit target (as the seed codes Zelensky's warning); "مسؤولية إسرائيل" + "متهمًا الحكومة الإسرائيلية" one
# ACCUSE of the government; the call on the Arab states REQUEST. "عقب لقائه وفدًا من هيئة المرابطين" is the
# occasion of the statements, not background, so CONSULT with the visiting delegation as source. "جامعة الدول
# العربية" contains "الدول العربية", the target of the call, so it is dropped from every list (the League keeps
# its English name and the title's الجامعة العربية); Sobeih, its assistant secretary-general, carries the League.
# "تفتح إسرائيل معارك عدة، حتى مع رئيس الولايات المتحدة" is a figure of speech inside a quote: not coded.
i = 'snn-alyaum-e6d61fdc50dd'
t = news_text(i)
LEAGUE = ["Arab League", "الجامعة العربية"]
SOBEIH = ["Mohammed Sobeih", "محمد صبيح", "صبيح"] + LEAGUE
EXTREMISTS = ["Israeli extremists", "المتطرفين الإسرائيليين", "المتطرفين"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": SOBEIH, "target": EXTREMISTS},
    {"code": "CONSULT", "source": ["Murabitun delegation", "هيئة المرابطين", "Yousef Mustafa Mukhaimer",
                                   "يوسف مصطفى مخيمر", "مخيمر"], "target": SOBEIH},
    {"code": "ACCUSE", "source": SOBEIH, "target": []},
    {"code": "REQUEST", "source": SOBEIH, "target": ["Arab states", "الدول العربية"]},
    {"code": "ACCUSE", "source": SOBEIH,
     "target": ["Israeli government", "الحكومة الإسرائيلية", "Israel", "إسرائيل"]}], "claims": [
    {"speaker": LEAGUE, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": SOBEIH, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": SOBEIH, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": SOBEIH, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SOBEIH, "cue": cue(t, "شدد"), "stance": "accuse"},
    {"speaker": SOBEIH, "cue": cue(t, "متهمًا"), "stance": "accuse"},
    {"speaker": SOBEIH, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Iraq's protests, told by the parliament speaker's adviser (yesterday, Saturday). Jabouri's decision to
# question the negligent ministers is ACCUSE (investigation, CAMEO 09), told twice (قرر / قراره) but one instance,
# and undated: "أمس السبت" dates her statement, not his decision. The protests have no actor in the text
# ("التظاهرات التي اجتاحت ..."), and the reconciliation-law proposal is internal legislative work: not coded.
i = 'snn-alriyadh-61b29692e3e2'
t = news_text(i)
JUMAILI = ["Wahda Al-Jumaili", "وحدة الجميلي", "الجميلي", "Iraq", "العراق"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": ["Salim al-Jabouri", "سليم الجبوري", "الجبوري", "Council of Representatives",
                                  "مجلس النواب", "Iraq", "العراق"],
     "target": ["negligent ministers", "الوزراء المقصرين", "الوزراء", "المقصرين"]}], "claims": [
    {"speaker": JUMAILI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": JUMAILI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": JUMAILI, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": JUMAILI, "cue": cue(t, "ذكرت"), "stance": "assert"}]})
# --- Hammond on African migrants. "خلال زيارة لسنغافورة" is the occasion of his remarks, so CONSULT; calling the
# migrants a threat to Europe's living standards is ACCUSE (criticise, CAMEO 111), blaming the EU's laws a second
# ACCUSE. "يهددون مستوى المعيشة" is figurative, not a THREATEN by the migrants. "وأدلى هاموند بهذه التصريحات"
# points back at the same remarks and "تحدث عن محاولات الفارين" names a topic, not a statement: no claims.
# "للانتقال" holds قال, so the second and third قال are occurrences 3 and 4.
i = 'snn-alriyadh-118f37a90f37'
t = news_text(i)
HAMMOND = ["Philip Hammond", "فيليب هاموند", "هاموند", "United Kingdom", "بريطانيا"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": HAMMOND, "target": ["Singapore", "سنغافورة"]},
    {"code": "ACCUSE", "source": HAMMOND, "target": ["African migrants", "المهاجرين"]},
    {"code": "ACCUSE", "source": HAMMOND, "target": ["European Union", "الاتحاد الأوروبي"]}], "claims": [
    {"speaker": HAMMOND, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": HAMMOND, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": HAMMOND, "cue": cue(t, "قال", 3), "stance": "other"},
    {"speaker": HAMMOND, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": HAMMOND, "cue": cue(t, "قال", 4), "stance": "warn"}]})
# --- Former MP Tahar Hmila, on a TV show today, against the teachers' unions. Calling their demand to dismiss
# the minister unlawful and rejecting their class-suspension decision are one criticism of one campaign: a single
# ACCUSE (condemnation, not REJECT, though the word is رفض). The unions' demand and their decision are nominal
# background ("مطالبة نقابات التعليم", "قرار تعليق الدروس"): not coded. His call on Chahed is REQUEST. Both carry
# today's date. Hmila holds no office, so no state in his list.
i = 'ant-JA-localNews-2842-20170316'
t = news_text(i)
HMILA = ["Tahar Hmila", "الطّاهر هميلة", "الطاهر هميلة", "هميلة"]
recs.append({"id": i, "text": t, "published": "2017-03-16", "events": [
    {"code": "ACCUSE", "source": HMILA,
     "target": ["education unions", "نقابات التعليم", "UGTT", "الاتحاد العام التونسي للشغل", "اتحاد الشغل"],
     "date": "2017-03-16"},
    {"code": "REQUEST", "source": HMILA,
     "target": ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "Tunisia", "تونس"], "date": "2017-03-16"}], "claims": [
    {"speaker": HMILA, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": HMILA, "cue": cue(t, "تابع"), "stance": "accuse"},
    {"speaker": HMILA, "cue": cue(t, "عبّر"), "stance": "accuse"},
    {"speaker": HMILA, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": HMILA, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": HMILA, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Zuckerberg's reading list: no political event (recommending books to everyone has no target and is not
# PLOVER's REQUEST). His announced resolution is a pledge (promise), the announced result an assertion, and the
# habitual advice to read each book a recommendation (other). He keeps Facebook, the company he heads.
i = 'ant-JA-internationalNews-1022-20170602'
t = news_text(i)
ZUCKERBERG = ["Mark Zuckerberg", "مارك زوكبرج", "مارك زوكربيرغ", "زوكربيرغ", "Facebook", "فيسبوك"]
recs.append({"id": i, "text": t, "published": "2017-06-02", "events": [], "claims": [
    {"speaker": ZUCKERBERG, "cue": cue(t, "أعلن", 1), "stance": "promise"},
    {"speaker": ZUCKERBERG, "cue": cue(t, "أعلن", 2), "stance": "assert"},
    {"speaker": ZUCKERBERG, "cue": cue(t, "نصح"), "stance": "other"}]})
# --- Protests spread in Tataouine. Four PROTEST acts with explicit doers: the road-blocking with burning tyres
# (today), the youths' gathering at the bus station, the Nawara field workers' open sit-in (nominal "دخول عمال
# ... في اعتصام" but the news itself, not background) and the closure of the Tataouine–Ben Guerdane road. Only
# the first is dated; the others are not tied to a day by the text. The ministerial delegation due tomorrow
# morning (Tuesday) is a future meeting: AGREE, dated by the day the text fixes for it. No speakers: no claims.
i = 'ant-JA-localNews-3506-20170403'
t = news_text(i)
PROTESTERS = ["protesters", "المحتجون", "المحتجين"]
recs.append({"id": i, "text": t, "published": "2017-04-03", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2017-04-03"},
    {"code": "PROTEST", "source": ["young people", "الشباب", "عدد من الشباب"], "target": []},
    {"code": "PROTEST", "source": ["Nawara field workers", "عمال حقل نوارة", "عمال"], "target": []},
    {"code": "PROTEST", "source": PROTESTERS + ["عدد من المحتجين"], "target": []},
    {"code": "AGREE", "source": ["ministerial delegation", "وفد وزاري", "Youssef Chahed", "يوسف الشاهد", "الشاهد",
                                 "Tunisia", "تونس"], "target": PROTESTERS, "date": "2017-04-04"}],
    "claims": []})
# --- The son of a man who died in surgery in Gabes, on Politica today (Tuesday). His accusation of negligence is
# ACCUSE of the operating doctor, his denial of the specialist doctors' representative's account REJECT (a
# rebuttal), both dated today. "ما صرح به ... ماهر عباسي" gives no content, so Abbassi has no claim; "حسب قوله"
# repeats the speaker of وأوضح in its sentence. The son is unnamed but identified (ابن المتوفي).
i = 'ant-JA-localNews-2797-20170314'
t = news_text(i)
SON = ["son of the deceased", "ابن المتوفي"]
recs.append({"id": i, "text": t, "published": "2017-03-14", "events": [
    {"code": "ACCUSE", "source": SON, "target": ["doctor", "طبيب", "الطبيب المشرف على العملية"],
     "date": "2017-03-14"},
    {"code": "REJECT", "source": SON, "target": ["Maher Abbassi", "ماهر عباسي", "عباسي", "Union of Specialist Doctors",
                                                 "اتحاد أطباء الإختصاص"], "date": "2017-03-14"}], "claims": [
    {"speaker": SON, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": SON, "cue": cue(t, "نافيا"), "stance": "deny"},
    {"speaker": SON, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SON, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- Education minister Jalloul is confident of a deal with the teachers' unions before their open strike (the
# strike is a nominal time reference, not coded). "متسع من الوقت لإيجاد حلول" + "متحقّق من الانتهاء إلى اتفاق"
# are one expressed intent to negotiate (AGREE); his trust in the unions and the UGTT leadership is SUPPORT; blaming
# the ministry's experts ACCUSE ("خبراء وزارة التربية" holds the ministry's name, so the experts keep only خبراء);
# praising the Carthage Document's adoption of the reform SUPPORT. "وفق تعبيره" repeats the speaker of اعتبر.
# The ministry's openness to all parties is a general stance, and the reform's later presentation has no doer.
i = 'ant-JA-localNews-2739-20170313'
t = news_text(i)
JALLOUL = ["Neji Jalloul", "ناجي جلول", "جلول", "الوزير", "Tunisia", "تونس"]
UNIONS = ["education unions", "نقابتي التعليم الثانوي والأساسي", "نقابات التعليم", "UGTT",
          "الاتحاد العام التونسي للشغل"]
recs.append({"id": i, "text": t, "published": "2017-03-13", "events": [
    {"code": "AGREE", "source": JALLOUL, "target": UNIONS},
    {"code": "SUPPORT", "source": JALLOUL, "target": UNIONS},
    {"code": "ACCUSE", "source": JALLOUL, "target": ["Education Ministry experts", "خبراء"]},
    {"code": "SUPPORT", "source": JALLOUL, "target": ["Carthage Document", "وثيقة قرطاج"]}], "claims": [
    {"speaker": JALLOUL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "متابعا"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": JALLOUL, "cue": cue(t, "ثمّن"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch25.gold.jsonl', recs)
