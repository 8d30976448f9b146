"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 11 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- The ICRC president's visit to Yemen (began yesterday). The visit is one CONSULT whose hosts are Yemen and the
# Houthi officials who received him; the talks he "would like to" hold, "will hold" (ICRC statement) and "is expected
# to hold" with the Houthis and the GPC are one planned meeting, AGREE. His "must facilitate deliveries, not obstruct
# them" is a call, REQUEST with no named addressee. "عدن التي حررها الجيش الوطني" is a relative clause with a doer:
# ASSAULT, target left open as the clause names none. The fighting (المعارك), the deaths (قتلوا) and displacement
# (أجبروا) have no doer in their clauses. Saleh only leads the GPC, so he is not in the talks' target.
i = 'snn-aawsat-e2539acbaad9'
t = news_text(i)
MAURER = ["Peter Maurer", "بيتر مورير", "مورير", "International Committee of the Red Cross",
          "اللجنة الدولية للصليب الأحمر", "الصليب الأحمر", "ICRC"]
ICRC = ["International Committee of the Red Cross", "اللجنة الدولية للصليب الأحمر", "منظمة الصليب الأحمر",
        "الصليب الأحمر", "ICRC", "Red Cross"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": MAURER, "target": ["Yemen", "اليمن", "Houthis", "الحوثيين", "Houthi officials"],
     "date": "2015-08-08"},
    {"code": "AGREE", "source": MAURER,
     "target": ["Houthis", "الحوثيين", "قادة الحوثيين", "General People's Congress", "حزب المؤتمر الشعبي العام",
                "المؤتمر الشعبي العام", "parties to the conflict", "أطراف النزاع"]},
    {"code": "REQUEST", "source": MAURER, "target": []},
    {"code": "ASSAULT", "source": ["Yemeni national army", "الجيش الوطني", "الجيش الوطني الموالي للشرعية", "Yemen",
                                   "اليمن"], "target": []}], "claims": [
    {"speaker": MAURER, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MAURER, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": ICRC, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ICRC, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": ["United Nations", "الأمم المتحدة", "UN"], "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": ICRC, "cue": cue(t, "يقول"), "stance": "assert"},
    {"speaker": MAURER, "cue": cue(t, "قال", 3), "stance": "assert"},
    # concern about attacks on medical staff plus "must be facilitated, not obstructed": the demand decides
    {"speaker": MAURER, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- The Asir emirate warns against anonymous SIM cards. The warning (حذرت) and the description of the sellers as
# harming security (وصفت ... معتبرة) are one criticism of the sellers, ACCUSE; the closing call to the public
# (دعت) is REQUEST with no addressee. The committee's pursuits, arrests, deportations and the regulator's penalties
# are passive or a standing procedure, not event instances. "حسب تعليمات وزارة الداخلية" means "under the
# ministry's instructions", not an attribution. "تطرق البيان إلى" introduces content of the statement: a claim.
# عسير is named only inside the emirate's name, so the emirate keeps it.
i = 'snn-almadina-181fcd394ebb'
t = news_text(i)
ASIR = ["Asir Emirate", "إمارة منطقة عسير", "إمارة عسير", "الإمارة", "Saad Al Thabit", "سعد آل ثابت", "آل ثابت"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": ASIR,
     "target": ["sellers of anonymous SIM cards", "من يقوم ببيع شرائح الاتصالات المجهولة", "المتاجرين بهذه الشرائح",
                "المتاجرين"]},
    {"code": "REQUEST", "source": ASIR, "target": []}], "claims": [
    {"speaker": ASIR, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": ASIR, "cue": cue(t, "وصفت"), "stance": "accuse"},
    {"speaker": ASIR, "cue": cue(t, "معتبرة"), "stance": "accuse"},
    {"speaker": ASIR, "cue": cue(t, "تطرق"), "stance": "assert"},
    {"speaker": ASIR, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": ASIR, "cue": cue(t, "دعت"), "stance": "other"}]})
# --- The Yanbu summer festival stops some shows in solidarity with the Asir bombing victims. Solidarity is an
# empathetic comment (CAMEO 018), which has no PLOVER class, and the residents "sharing the grief" likewise; the
# bombing has no doer. The supervisor's apology to residents and visitors is CAMEO 055, SUPPORT (as GUIDELINES.md
# maps 05x), and the visitors who "backed the idea" of stopping the theatre endorse the management: SUPPORT.
# "مقدما اعتذاره" is the act of apologising, with no reported content: no claim. Aliases holding ينبع (named on its
# own as a place) are left out of the management's list.
i = 'snn-aleqtisadiya-c6d9137945a6'
t = news_text(i)
MGMT = ["festival management", "إدارة المهرجان"]
JUHANI = ["Ghali Al-Juhani", "غالي الجهني", "الجهني"] + MGMT
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "SUPPORT", "source": JUHANI,
     "target": ["residents of Yanbu", "أهالي محافظة ينبع", "Yanbu", "ينبع", "visitors to Yanbu", "زوار المحافظة"]},
    {"code": "SUPPORT", "source": ["festival visitors", "زوار المهرجان"], "target": MGMT}], "claims": [
    {"speaker": MGMT, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "موضحا"), "stance": "assert"}]})
# --- Schumer and Engel oppose the Iran nuclear deal. Each opposition is REJECT; the clauses name only the deal, so
# the target is open. Schumer's was issued "الخميس الماضي" (2015-08-06); "أول سناتور ديموقراطي يعلن معارضته"
# re-describes it (no new claim). The pro-Israel groups' campaign "لحث أعضاء الكونجرس على التصويت بـلا" is a call,
# REQUEST. Earnest's reply (رد ... ووصفه بالمخيب) and his reminder of Schumer's Iraq stance are one criticism,
# ACCUSE, but two statements (وصفه, ذكر). The NYT's biting comment is ACCUSE too. The deal's conclusion (أبرم، أُعلن)
# is passive, Schumer's past support for the Iraq invasion a participle, the Democrats' defection hypothetical.
# Every New York Times alias holds نيويورك, which the article names on its own, so it keeps تايمز/Times only.
# HuffPost "علقت ... فقالت" is one statement (cue قالت).
i = 'snn-alwatan-d44699628302'
t = news_text(i)
SCHUMER = ["Chuck Schumer", "تشاك شومر", "شومر"]
ENGEL = ["Eliot Engel", "إليوت أنجيل", "أنجيل"]
EARNEST = ["Josh Earnest", "جوش إيرنست", "إيرنست", "White House", "البيت الأبيض", "United States", "الولايات المتحدة"]
HUFF = ["The Huffington Post", "Huffington Post", "هافنجتون بوست"]
NYT = ["Times", "تايمز", "NYT"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REJECT", "source": SCHUMER, "target": [], "date": "2015-08-06"},
    {"code": "REJECT", "source": ENGEL, "target": []},
    {"code": "REQUEST", "source": ["pro-Israeli groups", "الجماعات الموالية لإسرائيل", "الجماعات"],
     "target": ["members of Congress", "أعضاء الكونجرس", "US Congress", "الكونجرس"]},
    {"code": "ACCUSE", "source": EARNEST, "target": SCHUMER},
    {"code": "ACCUSE", "source": NYT, "target": SCHUMER}], "claims": [
    {"speaker": SCHUMER, "cue": cue(t, "أعلن"), "stance": "accuse"},
    {"speaker": ENGEL, "cue": cue(t, "عارض", 2), "stance": "accuse"},
    {"speaker": HUFF, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": HUFF, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": HUFF, "cue": cue(t, "تشير"), "stance": "assert"},
    {"speaker": EARNEST, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": EARNEST, "cue": cue(t, "ذكر"), "stance": "accuse"},
    {"speaker": NYT, "cue": cue(t, "كتبت"), "stance": "accuse"}]})
# --- Distance-learning exams at Imam University: no political event; the dean's statement is one claim.
i = 'snn-almadina-9b67c54f7ddf'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": ["Abdulaziz Al-Amer", "عبدالعزيز بن سعد العامر", "العامر",
                 "Deanship of E-Learning and Distance Education", "عمادة التعلم الإلكتروني والتعليم عن بعد", "العمادة",
                 "Imam Muhammad ibn Saud Islamic University", "جامعة الإمام محمد بن سعود الإسلامية"],
     "cue": cue(t, "صرح"), "stance": "assert"}]})
# --- Khamenei calls on poets to satirise Saudi Arabia (at his reception of poets on Saturday evening, 2017-06-10).
# The three دعا are one call to the poets, REQUEST; the mockery of the sword dance of "modern and tribal jahiliyya"
# and of Saudi Arabia's seat on the UN rights body is one ACCUSE whose compound target holds Saudi Arabia, the king
# and Trump. The Prophet's order to a companion poet, told in the quote, is a historical clause with a doer: REQUEST.
# The king's dance beside Trump has no PLOVER class, and Khamenei's reception (استقبال خامنئي) is nominal.
# IRNA is a conduit in "نقلت ... إن" and "وفقا لـ ارنا" (the sentence gives the words to Khamenei): no IRNA claim.
i = 'ant-JA-internationalNews-1121-20170611'
t = news_text(i)
KHAMENEI = ["Ali Khamenei", "علي خامنئي", "خامنئي", "Supreme Leader of Iran", "المرشد الأعلى لإيران", "Iran", "إيران",
            "ايران"]
recs.append({"id": i, "text": t, "published": "2017-06-11", "events": [
    {"code": "REQUEST", "source": KHAMENEI, "target": ["poets", "الشعراء", "شعراء"], "date": "2017-06-10"},
    {"code": "ACCUSE", "source": KHAMENEI,
     "target": ["Saudi Arabia", "السعودية", "King Salman", "خادم الحرمين الشريفين", "Donald Trump", "دونالد ترامب",
                "ترامب"], "date": "2017-06-10"},
    {"code": "REQUEST", "source": ["Prophet Muhammad", "النبي الأكرم", "النبي"],
     "target": ["a companion poet", "أحد الشعراء"]}], "claims": [
    {"speaker": KHAMENEI, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": KHAMENEI, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": KHAMENEI, "cue": cue(t, "دعا", 3), "stance": "other"},
    {"speaker": KHAMENEI, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- Belgian tourists land at Enfidha. Flights, tour operators and markets are commerce, not PLOVER events; the
# Belgian authorities' partial lifting of the travel ban (24 Feb) is a nominalised background decision (قرار ...
# الرفع الجزئي), not coded. "توافد السياح ... يؤكد" has no speaker.
i = 'ant-JA-localNews-3222-20170401'
t = news_text(i)
OUED = ["Fouad El Oued", "فؤاد الواد", "الواد", "Tunisia", "تونس"]
BADRI = ["Abdessattar Badri", "عبد الستار البدري", "البدري", "Tunisienne de Voyages et Services",
         "التونسية للأسفار والخدمات"]
recs.append({"id": i, "text": t, "published": "2017-04-01", "events": [], "claims": [
    {"speaker": OUED, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": OUED, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": OUED, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": OUED, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": BADRI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BADRI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": BADRI, "cue": cue(t, "مشددا"), "stance": "other"}]})
# --- The Judges' Association objects to the judicial appointments (statement today, Wednesday). Its criticism and
# "declared objection" to the appointments are condemnation of another party's act, one ACCUSE; the text never says
# who made the appointments, so the target is open. The call to aggrieved judges to file objections is REQUEST.
# "القضاة" alone is left out of the judges' list: it would match the association's own name.
i = 'ant-JA-localNews-3033-20150812'
t = news_text(i)
AJT = ["Association of Tunisian Judges", "جمعية القضاة التونسيين", "جمعية القضاة", "المكتب التنفيذي لجمعية القضاة التونسيين",
       "مكتب الجمعية", "الجمعية"]
recs.append({"id": i, "text": t, "published": "2015-08-12", "events": [
    {"code": "ACCUSE", "source": AJT, "target": [], "date": "2015-08-12"},
    {"code": "REQUEST", "source": AJT, "target": ["aggrieved judges", "القضاة المتظلمين"], "date": "2015-08-12"}],
    "claims": [
    {"speaker": AJT, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": AJT, "cue": cue(t, "معلنا"), "stance": "accuse"},
    {"speaker": AJT, "cue": cue(t, "لاحظ"), "stance": "accuse"},
    {"speaker": AJT, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": AJT, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Jemmal civil society announces a sit-in from tomorrow against the local delegate. A planned protest is THREATEN
# (CAMEO 133), undated as the announcement's day is not given; its topic (the demand to sack the delegate) is not a
# separate event, as PLOVER says of protests. The dissolution of the special delegation is passive ("وقع استهدافها
# عبر حلها" by a ministerial order whose ministry is unnamed). The speakers are identified by the signatory list;
# "وفق نص البيان" repeats the speaker of its sentence. Aliases holding جمّال (a place named on its own) are left out.
i = 'ant-JA-localNews-1737-20170105'
t = news_text(i)
CIVIL = ["civil society groups", "مكونات المجتمع المدني", "المجتمع المدني", "الجمعيات والأحزاب الممضية",
         "Harak Tounes El Irada", "حراك تونس الإرادة", "المكتب المحلي لحزب حراك تونس الإرادة", "جمعية الإرشاد والتنمية",
         "الجمعية القرآنية المحلية", "الجمعية التونسية للتربية والطاقة والعلوم", "اللجنة المحلية للتضامن الاجتماعي"]
recs.append({"id": i, "text": t, "published": "2017-01-05", "events": [
    {"code": "THREATEN", "source": CIVIL, "target": ["local delegate", "المعتمد", "المعتمد الحالي"]}], "claims": [
    {"speaker": CIVIL, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": CIVIL, "cue": cue(t, "بينت"), "stance": "accuse"}]})
# --- Le Pen cancels her meeting with Mufti Derian (Tuesday) over the headscarf. The cancellation is REJECT (PLOVER:
# cancelled meetings); her refusal of the headscarf (رفضت أن تأخذه ... رفضت وقالت) is a second REJECT, of Dar
# al-Fatwa's demand, which Qawwas pressed (حاولت إقناعها: REQUEST). Qawwas "received her" at Dar al-Fatwa: a visit,
# CONSULT with the visitor as source. "دار الفتوى تأسف لمثل هذا السلوك" is ACCUSE; Philippot's tweet praising her
# is SUPPORT. Only the cancellation is tied to Tuesday. The Derian spokesman is Qawwas (وأضاف); aliases naming Derian
# are left out of his list. Le Pen's "قالت إنها لن ترتديه" is her refusal: stance deny.
i = 'ant-JA-internationalNews-323-20170221'
t = news_text(i)
LEPEN = ["Marine Le Pen", "مارين لوبان", "لوبان", "مارين", "National Front", "الجبهة الوطنية"]
DERIAN = ["Abdul Latif Derian", "عبد اللطيف دريان", "دريان", "Grand Mufti of Lebanon", "مفتي الجمهورية اللبنانية",
          "Dar al-Fatwa", "دار الفتوى", "Lebanon", "لبنان"]
QAWWAS = ["Khaldoun Qawwas", "خلدون قواص", "قواص", "Dar al-Fatwa", "دار الفتوى"]
PHILIPPOT = ["Florian Philippot", "فلوريان فيليبوت", "فيليبوت"]
recs.append({"id": i, "text": t, "published": "2017-02-21", "events": [
    {"code": "REJECT", "source": LEPEN, "target": DERIAN, "date": "2017-02-21"},
    {"code": "REJECT", "source": LEPEN, "target": QAWWAS},
    {"code": "REQUEST", "source": QAWWAS, "target": LEPEN},
    {"code": "CONSULT", "source": LEPEN, "target": QAWWAS},
    {"code": "ACCUSE", "source": QAWWAS, "target": LEPEN},
    {"code": "SUPPORT", "source": PHILIPPOT, "target": LEPEN}], "claims": [
    {"speaker": QAWWAS, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": QAWWAS, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": LEPEN, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": PHILIPPOT, "cue": cue(t, "جاء فيها"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch11.gold.jsonl', recs)
