"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 109 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq: Mobily completes its executive team by appointing Ahmed Farrokh CEO and Kais Ben Hamida CFO. A company
# appointing its own executives is internal (decided: like a ministry's own staffing, no PLOVER event); the two men's
# past posts at MTN, Orange and Mobinil are career history, no act on a party. No event. Claims: the managing
# director Khalifa al-Shamsi's قال and his "واختتم:" (a pronoun-resolved second statement, cue اختتم, as batch 92
# takes "اختتم كلمته"), both assert. The executive lists his company.
i = 'snn-2015-07-21-2724'
t = news_text(i)
SHAMSI = ["Khalifa al-Shamsi", "خليفة الشامسي", "الشامسي", "العضو المنتدب", "Mobily", "موبايلي",
          "شركة اتحاد اتصالات"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": SHAMSI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SHAMSI, "cue": cue(t, "اختتم"), "stance": "assert"}]})
# --- Al-Riyadh: Al-Shabab club opens nominations for its board from tomorrow, Sunday; acting president Abdullah
# al-Qurainy declines to stay on. The club opening nominations and the general assembly to be set later are the
# club's own procedure: no event. Al-Qurainy's apology to the club's honorary members for not taking the chair
# ("قدم اعتذاره لاعضاء شرف الشباب عن قبول كرسي الرئاسة") declines a post offered inside the club (decided: internal
# club governance, like a party's internal election, no REJECT; it is also known only from the paper's own sources).
# The friendly draw with Excelsior is sport (README: friendly matches are no events). Claims: the club's أعلن
# (assert). Not claims: "أشارت مصادر «الرياض»" (the outlet's bare sources) and "كانت «الرياض» قد اشارت" (the outlet
# itself, the narrator, README batches 8–9); "قدم اعتذاره" is the act of apologising, with no reported content.
i = 'snn-2015-07-25-0998'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": [
    {"speaker": ["Al-Shabab Club", "نادي الشباب", "الشباب"], "cue": cue(t, "أعلن"), "stance": "assert"}]})
# --- SaudiNewsNet: Qassim's General Directorate of Education hosts the "Ambassadors of Al-Hazm" initiative, girls
# from the southern border (Jazan) whose relatives serve at the front. "استقبلت الإدارة العامة للتعليم ... مبادرة
# سفيرات الحزم" is a hosted visit: one CONSULT, the visitors as source and the host as target (README, batch 23's
# visiting students), undated (the text gives no day); the five-day programme of club visits under the
# directorate's supervisors is the same visit (folded in). The relatives' stationing in Decisive Storm and Restoring
# Hope (مرابطة ذويهن) is a noun, background: not coded. Claims: the director Zainab al-Ruqaiba's ذكرت (assert), and
# the two ambassadors' "نقلت مشاعرها عن الإخوة والانتماء للوطن" and "عبرت عن مشاعر الأسرة" (decided: expressed
# feelings with a stated topic are claims, as "أعرب عن" is; assert). "جدير ذكره" is the narrator. Aliases holding
# القصيم or جازان (named on their own) are left out ("الإدارة العامة للتعليم بمنطقة القصيم").
i = 'snn-2015-08-01-0484'
t = news_text(i)
EDU = ["Qassim General Directorate of Education", "الإدارة العامة للتعليم", "إدارة نشاط الطالبات",
       "إدارة التوجيه والإرشاد والعلاقات العامة"]
RUQAIBA = ["Zainab al-Ruqaiba", "زينب الرقيبة", "الرقيبة", "مديرة توجيه وإرشاد الطالبات"] + EDU
RAGHAD = ["Raghad al-Shuwaihi", "رغد الشويهى", "الشويهى"]
RUBA = ["Ruba Juman", "ربي جومان", "جومان"]
AMBASSADORS = ["Ambassadors of Al-Hazm", "سفيرات الحزم", "مبادرة سفيرات الحزم"] + RAGHAD + RUBA
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "CONSULT", "source": AMBASSADORS, "target": EDU + ["Zainab al-Ruqaiba", "زينب الرقيبة", "الرقيبة"]}],
    "claims": [
    {"speaker": RUQAIBA, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": RAGHAD + ["Ambassadors of Al-Hazm", "سفيرات الحزم"], "cue": cue(t, "نقلت"), "stance": "assert"},
    {"speaker": RUBA + ["Ambassadors of Al-Hazm", "سفيرات الحزم"], "cue": cue(t, "عبرت"), "stance": "assert"}]})
# --- Al-Weam: King Abdulaziz International Airport in Jeddah handled 5.7 million Umrah pilgrims this season.
# Receiving and seeing off passengers is the airport's own work: no event. Claims: the report issued by the airport
# administration, "أوضح التقرير" and "أشار التقرير" (README: a study's findings are its named author's claim;
# decided: the report's author is the administration the sentence names), both assert. The credit line (رابط الخبر
# بصحيفة الوئام) is a byline.
i = 'snn-2015-07-21-1722'
t = news_text(i)
AIRPORT = ["King Abdulaziz International Airport administration", "إدارة مطار الملك عبدالعزيز الدولي",
           "مطار الملك عبدالعزيز الدولي", "King Abdulaziz International Airport", "التقرير"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": AIRPORT, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AIRPORT, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Al-Eqtisadiah (AFP): Gazprom seeks an amicable deal with the EU, which accuses it of abusing its dominant
# position. "تسعى شركة جازبروم ... إلى اتفاق ودي مع الاتحاد الأوروبي" with Medvedev's "نفضل ... حل هذه القضية
# بطريقة ودية ... ونأمل تحقيق تقدم سريع" is one expressed intent to settle: AGREE Gazprom → EU (README: expressed
# intent to negotiate is AGREE), undated. The EU's charge, told as "الاتحاد الأوروبي الذي يتهمها" (a relative clause
# with its doer), "قيام بروكسل بإبلاغ جازبروم باحتجاجاتها" (a noun), "إثر تحقيق بدأته ... قدمت المفوضية الأوروبية
# إلى جازبروم ... جملة من التظلمات، وأمهلت المجموعة حتى أيلول للرد" and "ويتهم الاتحاد الأوروبي جازبروم بأنها أقامت
# عقبات" is one antitrust case (decided: the investigation, the statement of objections with its deadline to reply
# and the standing accusation are one ACCUSE, as README folds prosecutors' charges and the complaint carrying them),
# EU/Commission → Gazprom, undated (April and 2012 are no days). "عقد ألكسندر مدفيديف ... لقاء مع المفوضة ...
# مارجريت فيستاجير" is a meeting: CONSULT Medvedev → Vestager (he is the visitor), undated. Gazprom's denial, in
# Medvedev's "نحن غير متفقين مع تحليل المفوضية المتعلق باتهامنا بفرض أسعار مبالغ بها" and "رأت جازبروم أن هذه الاتهامات
# لا أساس لها", is one REJECT of the EU's accusation (GUIDELINES: denials of accusations), undated. Lavrov's "احتج ...
# على ما اعتبره ممارسات غير مقبولة من الاتحاد الأوروبي إزاء روسيا" is a verbal protest: ACCUSE Russia → EU, undated.
# The tense relations over Ukraine are a noun, background. Claims: the EU's يتهمها and يتهم (accuse: the abuse of a
# dominant position, then the obstacles and the closed markets; two contents); Gazprom's "وصفته ... في بيان بأنه
# بنَّاء" (assert) and رأت (deny); Medvedev's "نقل البيان عن مدفيديف قوله" (cue قوله, deny) and أضاف (an offer to
# settle: promise, decided); Lavrov's احتج (accuse). Not claims: "مع إقرارها بأن خلافات كبيرة لا تزال قائمة" (a
# noun in the lead that sums up Medvedev's quoted statement, decided: one claim for the lead and its body
# re-telling), "اعتبرتها" and "اعتبره" inside their sentences' own claims, and "بحسب «الفرنسية»" (AFP passes on the
# statement the sentence gives to Medvedev: a conduit). Lavrov, a state official, lists Russia; Gazprom, a
# state-owned company, does not.
i = 'snn-2015-07-24-0888'
t = news_text(i)
GAZPROM = ["Gazprom", "جازبروم", "شركة جازبروم", "المجموعة", "الشركة الروسية العامة"]
MEDVEDEV = ["Alexander Medvedev", "ألكسندر مدفيديف", "مدفيديف", "المسؤول الثاني في الشركة الروسية العامة"]
EU = ["European Union", "الاتحاد الأوروبي", "European Commission", "المفوضية الأوروبية", "المفوضية", "Brussels",
      "بروكسل"]
VESTAGER = ["Margrethe Vestager", "مارجريت فيستاجير", "فيستاجير", "المفوضة المكلفة المنافسة",
            "European Commission", "المفوضية الأوروبية"]
LAVROV = ["Sergei Lavrov", "سيرجي لافروف", "لافروف", "وزير الخارجية", "Russia", "روسيا"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "AGREE", "source": GAZPROM + MEDVEDEV, "target": EU},
    {"code": "ACCUSE", "source": EU, "target": GAZPROM},
    {"code": "CONSULT", "source": MEDVEDEV + ["Gazprom", "جازبروم"], "target": VESTAGER},
    {"code": "REJECT", "source": GAZPROM + MEDVEDEV, "target": EU},
    {"code": "ACCUSE", "source": LAVROV, "target": EU}], "claims": [
    {"speaker": EU, "cue": cue(t, "يتهمها"), "stance": "accuse"},
    {"speaker": GAZPROM, "cue": cue(t, "وصفته"), "stance": "assert"},
    {"speaker": MEDVEDEV + ["Gazprom", "جازبروم"], "cue": cue(t, "قوله"), "stance": "deny"},
    {"speaker": MEDVEDEV + ["Gazprom", "جازبروم"], "cue": cue(t, "أضاف"), "stance": "promise"},
    {"speaker": EU, "cue": cue(t, "يتهم", 2), "stance": "accuse"},
    {"speaker": GAZPROM, "cue": cue(t, "رأت"), "stance": "deny"},
    {"speaker": LAVROV, "cue": cue(t, "احتج", 2), "stance": "accuse"}]})
# --- Jawhara FM: an explosion at Brussels Central Station this evening, Tuesday (2017-06-20); the suspect is shot dead
# by police. "انه تم قتل المشتبه في ارتكابه هذا العمل على يد الشرطة" is a passive with its agent phrase: ASSAULT
# police → suspect, dated 2017-06-20 (the witnesses' gunfire is the same shooting). The explosion "قد يكون ناجما عن
# عمل ارهابي" gets its doer from "المشتبه في ارتكابه هذا العمل" (decided: as batch 96 gives the Giza attack its doer
# from "المهاجم"): one alleged ASSAULT suspect → the station, dated 2017-06-20 ("قبيل الساعة التاسعة من مساء اليوم").
# The evacuation "من قبل الشرطة" of the station and the Grand Place and the closing of shops and restaurants "بأمر من
# الشرطة" are one COERCE police → the places closed (README: a city closing a district is COERCE), dated
# 2017-06-20; the metro stopped (تم وقف) has no agent, folded in. "تم نشر عناصر الجيش بالازقة وحول المواقع الحساسة"
# is a troop deployment with its force named: MOBILIZE Belgian army, no target, undated (decided: it is tied to the
# level-three alert in force since the Paris and Brussels attacks, no day). The Paris and Brussels attacks are nouns,
# background. Claims: the prosecutor's office via Belga, "نقلت وكالة بلغا عن النيابة العامة قولها" (cue قولها, Belga
# a conduit) and "واضاف المصدر" (the same source), both assert. Not claims: "بحسب ما ذكرت وسائل الاعلام" (bare
# media) and "وافاد شهود" (bare witnesses, README). Belgian state bodies list Belgium; aliases holding بروكسيل (named
# on its own) are left out of the places.
i = 'ant-JA-internationalNews-1225-20170620'
t = news_text(i)
POLICE = ["Belgian police", "الشرطة", "Belgium", "بلجيكا"]
SUSPECT = ["suspect", "المشتبه في ارتكابه هذا العمل", "المشتبه"]
PLACES = ["Brussels Central Station", "محطة القطار المركزية", "المحطة المركزية للقطار", "Grand Place",
          "الساحة الكبيرة", "الساحة الكبرى"]
recs.append({"id": i, "text": t, "published": "2017-06-20", "events": [
    {"code": "ASSAULT", "source": POLICE, "target": SUSPECT, "date": "2017-06-20"},
    {"code": "ASSAULT", "source": SUSPECT, "target": PLACES, "date": "2017-06-20"},
    {"code": "COERCE", "source": POLICE,
     "target": PLACES + ["shops and restaurants", "المحلات التجارية والمطاعم"], "date": "2017-06-20"},
    {"code": "MOBILIZE", "source": ["Belgian army", "عناصر الجيش", "الجيش", "Belgium", "بلجيكا"], "target": []}],
    "claims": [
    {"speaker": ["Belgian prosecutor's office", "النيابة العامة", "المصدر", "Belgium", "بلجيكا"],
     "cue": cue(t, "قولها"), "stance": "assert"},
    {"speaker": ["Belgian prosecutor's office", "النيابة العامة", "المصدر", "Belgium", "بلجيكا"],
     "cue": cue(t, "اضاف"), "stance": "assert"}]})
# --- Jawhara FM: who are the el-Bakraoui brothers, suspects in the Brussels airport attack (2016-03-23). "تمكنت الشرطة
# البلجيكية من تحديد هوية الشخصين اللذين نفذا الهجومين الانتحاريين في مطار بروكسيل" gives two events: the police
# naming the bombers (README: investigators naming a bomber from his ID is ACCUSE), with the brothers' record with
# the police ("معروفان لدى الشرطة البلجيكية، حيث تتم ملاحقة ... في قضايا إرهابية ... إجرامية", passive) folded in:
# one ACCUSE police → the brothers; and the relative clause with its doers, "اللذين نفذا الهجومين الانتحاريين": one
# ASSAULT brothers → Brussels airport. Both undated (the text names no day). The third man, Najim Laachraoui, "كان
# رفقة الأخوين" and is on the run: not in any clause that names him as doer (decided: not added to the ASSAULT
# source). "صلاح عبد السلام ... والذي تم إلقاء القبض عليه من أيام قليلة" is a passive arrest in a relative clause,
# given to the only police force the article names (README: borderline, as batches 97–100 decide): COERCE Belgian
# police → Abdeslam, undated ("من أيام قليلة" is no day). "المشتبه به في هجمات باريس" is a noun. Claims: "وفق ما
# أورده موقع سكاي نيوز" is its sentence's only attribution (README: a claim with the whole phrase as cue), assert.
# The police list Belgium; the airport keeps no alias holding بروكسيل alone.
i = 'ant-JA-internationalNews-1226-20160323'
t = news_text(i)
BPOLICE = ["Belgian police", "الشرطة البلجيكية", "Belgium", "بلجيكا"]
BROTHERS = ["Khalid and Ibrahim el-Bakraoui", "Khalid el-Bakraoui", "Ibrahim el-Bakraoui", "الشقيقان",
            "خالد وإبراهيم البكرواي", "البكرواي", "البكراوي", "خالد البكراوي", "إبراهيم البكراوي", "الانتحاريان",
            "الأخوين البكرواي", "الشخصين"]
recs.append({"id": i, "text": t, "published": "2016-03-23", "events": [
    {"code": "ACCUSE", "source": BPOLICE, "target": BROTHERS},
    {"code": "ASSAULT", "source": BROTHERS, "target": ["Brussels Airport", "مطار بوركسيل", "مطار بروكسيل"]},
    {"code": "COERCE", "source": BPOLICE, "target": ["Salah Abdeslam", "صلاح عبد السلام", "عبد السلام"]}],
    "claims": [
    {"speaker": ["Sky News", "سكاي نيوز", "موقع سكاي نيوز"], "cue": cue(t, "وفق ما أورده"), "stance": "assert"}]})
# --- Jawhara FM: the People's Movement (Harakat al-Shaab) ends its first congress in Hammamet and re-elects Zouhair
# Maghzaoui secretary-general. The congress, the vote count, the election of the political bureau and its
# re-appointing Maghzaoui are the party's own internal procedure (README: a party meeting is internal, a passive
# election not coded): no event. "بحسب ما نقلته مراسلة «الجوهرة اف أم»، روضة العلاقي" is the outlet's own
# correspondent, the narrator (batches 44, 78, 86): no claim. The list of members is data. No events, no claims.
i = 'ant-JA-politic-202-20170306'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-03-06", "events": [], "claims": []})
# --- Jawhara FM: Farmers' Party leader and MP Faycal Tbini, a guest on "Politica" today, Wednesday (2017-01-04),
# calls on the Interior Minister to publish the list of Tunisian terrorists in conflict zones. "طالب ... وزير
# الداخلية بنشر قائمة الإرهابيين" is REQUEST Tbini → the minister. "اعتبر النائب أن عودة الإرهابيين رهينة اتفاق
# الشيخين (الغنوشي ... السبسي)" charges the two leaders with holding the returns to a deal between them (decided:
# criticism, ACCUSE Tbini → Ghannouchi and Essebsi as one compound target). "إن هناك نواب مع الإرهاب، وإن من رفض
# المصادقة على فصل رفع الحصانة على النواب لا يريد مقاومة الإرهاب" is a second accusation, against the MPs who voted
# the article down: ACCUSE Tbini → those MPs. "مشددا على ضرورة الإعلان عن قرار موحد بين الرئاسات الثلاثة" is a call
# with its addressees named: REQUEST Tbini → the three presidencies. All four said on the programme: dated 2017-01-04.
# The return of the terrorists is a noun; "خطرا يهدّد تونس" is a warning with no party acting. Claims: طالب (other),
# إعتبر (accuse), متابعا (accuse), أكّد (the danger to Tunisia: warn), مشددا (other); "على حد قوله" repeats its
# sentence's speaker. "ت. ع." is a byline. State officials list Tunisia; Tbini, an MP, lists his party.
i = 'ant-JA-politic-17-20170104'
t = news_text(i)
TBINI = ["Faycal Tbini", "فيصل التبيني", "التبيني", "النائب", "رئيس حزب الفلاحين", "Farmers' Party", "حزب الفلاحين"]
recs.append({"id": i, "text": t, "published": "2017-01-04", "events": [
    {"code": "REQUEST", "source": TBINI,
     "target": ["Minister of the Interior", "وزير الداخلية", "Tunisian Interior Ministry", "Tunisia", "تونس"],
     "date": "2017-01-04"},
    {"code": "ACCUSE", "source": TBINI,
     "target": ["Rached Ghannouchi", "راشد الغنوشي", "الغنوشي", "Ennahda", "النهضة", "Beji Caid Essebsi",
                "الباجي قائد السبسي", "السبسي", "الشيخين", "the two sheikhs"], "date": "2017-01-04"},
    {"code": "ACCUSE", "source": TBINI,
     "target": ["MPs", "نواب", "من رفض المصادقة على فصل رفع الحصانة على النواب"], "date": "2017-01-04"},
    {"code": "REQUEST", "source": TBINI, "target": ["the three presidencies", "الرئاسات الثلاثة"],
     "date": "2017-01-04"}], "claims": [
    {"speaker": TBINI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": TBINI, "cue": cue(t, "إعتبر"), "stance": "accuse"},
    {"speaker": TBINI, "cue": cue(t, "متابعا"), "stance": "accuse"},
    {"speaker": TBINI, "cue": cue(t, "أكّد"), "stance": "warn"},
    {"speaker": TBINI, "cue": cue(t, "مشددا"), "stance": "other"}]})
# --- Jawhara FM: the Free Destourian Party condemns its exclusion from the ceremony of President Essebsi's speech of
# yesterday, Wednesday (2017-05-10), in a statement today, Thursday (2017-05-11). "إستنكر الحزب ... إقصاءه من حضور
# موكب الخطاب" with "معتبرا أن هذه الممارسات تدخل ضمن سياسة ممنهجة لتهميش" is one condemnation; the text never says
# who excluded the party (decided: no target, README: a condemnation has no target when the text names no doer).
# "جدد الحزب ... دعوته إلى تغيير النظام السياسي الحالي" with "مبرزا ضرورة تحرير القرارات السياسية" is a call with no
# addressee: one REQUEST with no target (both demands without an addressee, so one record). "إعتبر أن خطاب رئيس
# الجمهورية ... لم يكن في مستوى الإنتظارات" criticises the President's speech: ACCUSE party → Essebsi. All dated by
# the statement (2017-05-11). The speech itself (ألقاه) is no event. Claims: إستنكر (accuse), معتبرا (accuse), جدد
# (the renewed call: other), مبرزا (other), إعتبر (accuse); "وفق تقديره" and "حسب نص البيان" repeat their sentence's
# speaker. Essebsi, head of state, lists Tunisia.
i = 'ant-JA-politic-426-20170511'
t = news_text(i)
PDL = ["Free Destourian Party", "الحزب الدستوري الحر", "الحزب"]
recs.append({"id": i, "text": t, "published": "2017-05-11", "events": [
    {"code": "ACCUSE", "source": PDL, "target": [], "date": "2017-05-11"},
    {"code": "REQUEST", "source": PDL, "target": [], "date": "2017-05-11"},
    {"code": "ACCUSE", "source": PDL,
     "target": ["Beji Caid Essebsi", "الباجي قايد السبسي", "السبسي", "رئيس الجمهورية", "Tunisia", "تونس"],
     "date": "2017-05-11"}], "claims": [
    {"speaker": PDL, "cue": cue(t, "إستنكر"), "stance": "accuse"},
    {"speaker": PDL, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": PDL, "cue": cue(t, "جدد"), "stance": "other"},
    {"speaker": PDL, "cue": cue(t, "مبرزا"), "stance": "other"},
    {"speaker": PDL, "cue": cue(t, "إعتبر"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch109.gold.jsonl', recs)
