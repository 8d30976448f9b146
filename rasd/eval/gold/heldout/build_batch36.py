"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 36 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Okaz: the "Ambassadors of Resolve" (sons of martyrs and frontline soldiers) visit the Jeddah Show exhibition,
# with the education office's Amer Turkestani, and are received by its director Ismail Nofal, who tours them round;
# they go on to a seasonal club centre. A hosted visit is CONSULT, visitors the source and host the target (as
# batch 30 codes the Mubarraz visit), and the stops of one outing are one tour (batch 18): one CONSULT, Turkestani,
# who came with them, in the source. The girls' group ("سفيرات الحزم") is received at the KAUST science museum by its
# director Duha al-Husseini: a second CONSULT, a separate group's own visit. Both undated (no day in the text). No
# statements: no claims.
i = 'snn-2015-07-31-2080'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT",
     "source": ["Ambassadors of Resolve", "سفراء الحزم", "أبناء الشهداء والمرابطين", "Amer Turkestani",
                "عامر تركستاني"],
     "target": ["Ismail Nofal", "إسماعيل نوفل", "مدير المعرض", "Jeddah Show", "جدة شو", "المعرض"]},
    {"code": "CONSULT", "source": ["female Ambassadors of Resolve", "سفيرات الحزم", "الطالبات"],
     "target": ["Duha al-Husseini", "ضحى الحسيني", "مديرة المتحف", "science museum", "متحف ومعرض العلوم والتقنية",
                "المتحف"]}],
    "claims": []})
# --- Al-Jazirah: the Eastern Province's local committee for the municipal elections puts the final touches on the
# polling centres. The committee forming and training its team, equipping the centres and "قامت بالتنسيق مع جميع
# الجهات المختصة" (unnamed fellow authorities) are the election administration's own work: internal, not coded;
# the change of the voting age is passive. The Amanah spokesman's statements are claims: أوضح، أشار، لافتاً، أكد
# (the committee will finish within days: a schedule stated, assert), لفت، مشيراً.
i = 'snn-2015-08-06-1124'
t = news_text(i)
SAFYAN = ["Mohammed Al-Safyan", "محمد الصفيان", "الصفيان", "Eastern Province Municipality", "أمانة المنطقة",
          "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": SAFYAN, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SAFYAN, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": SAFYAN, "cue": cue(t, "لافتاً"), "stance": "assert"},
    {"speaker": SAFYAN, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SAFYAN, "cue": cue(t, "لفت", 2), "stance": "assert"},
    {"speaker": SAFYAN, "cue": cue(t, "مشيراً"), "stance": "assert"}]})
# --- Al-Yaum: children of the Jeddah Birr charity visit the Prophet's Mosque in the last ten days of Ramadan. A
# religious trip to holy places meets no party (the mosque, Quba and Mount Uhud are places): decided not coded, as
# batch 31 leaves pilgrims' visits out. The charity's aims and services ("يُشار إلى أن", "تهدف") are the narrator's
# background. Claims: the secretary-general's أوضح، أضاف، مشيرا (all assert). جدة is named only inside the charity's
# name, so "جمعية البر بجدة" stays in his list.
i = 'snn-2015-07-31-1714'
t = news_text(i)
BAHAMDAN = ["Walid Ahmed Bahamdan", "وليد أحمد باحمدان", "باحمدان", "Jeddah Birr Society", "جمعية البر بجدة",
            "جمعية البر", "الجمعية"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": [
    {"speaker": BAHAMDAN, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BAHAMDAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BAHAMDAN, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Al-Madina: injuries hit Lekhwiya before their Champions League tie with Al-Hilal. Injuries in training and a
# player having caused another's injury in a match are sport, not events (as batches 30 and 32 leave sport out).
# Lekhwiya's official announcement (أعلن) is the club's claim; "يذكر أن" is the narrator.
i = 'snn-2015-08-06-1253'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": ["Lekhwiya", "لخويا", "فريق لخويا القطري"], "cue": cue(t, "أعلن"), "stance": "assert"}]})
# --- Al-Watan (AFP-style report): the Catholic churches file a complaint with the Israeli police against Bentzi
# Gopstein, head of Lehava, who called for burning churches. The complaint is ACCUSE (CAMEO 115, as batches 28 and 31
# code complaints), the churches' council the source; Abu Nassar's quoted "قدم مجلس رؤساء الكنائس الكاثوليكية شكوى"
# re-tells it. Gopstein's call ("ناشط ... دعا إلى إحراق كنائس", a relative clause with its doer, and the "التأكيد"
# at a conference days ago that churches must be burnt, the same call) is one REQUEST with no named addressee
# (GUIDELINES map calls to REQUEST; decided over THREATEN, as he states no act of his own), and two claims of his
# (دعا in the lead, and التأكيد embedded in Abu Nassar's quote, as batch 29 counts embedded speech), stance other.
# The Latin Patriarchate's statement that his words incite hatred is ACCUSE of him; its "مطالبة السلطات الإسرائيلية"
# is REQUEST. Abu Nassar's "يجب تطبيق القانون" and "يتوجب على السلطات ... اتخاذ إجراءات ضد عدد من الحاخامات" are one
# demand: REQUEST of the authorities (the rabbis "who incite violence" are a habitual description, no event of their
# own). "بحسب وديع أبونصار" is its sentence's first attribution and مؤكدا adds a distinct statement: two claims. The
# Tabgha church arson (أضرمت النار) is passive and the Hebrew graffiti have no author; "وجهت السلطات الإسرائيلية
# اتهامات لثلاثة متطرفين" is ACCUSE (indictment, CAMEO 115) but introduces no statement: no claim. Kach's founding
# is no event and its ban is passive; "بعدما قتل أحد أتباعه باروخ جولدشتاين 29 مصليا" is a clause with its doer:
# a historical ASSAULT. Lehava's link to the school arson is a noun. All undated (no day but 18 June's arson, which
# has no actor). Gopstein's list holds Lehava, his group (as batch 29's Riahi holds his party); the Patriarchate's
# leaves out "في القدس" (القدس is named on its own).
i = 'snn-2015-08-10-1088'
t = news_text(i)
CHURCHES = ["Catholic churches", "الكنائس الكاثوليكية", "Assembly of Catholic Ordinaries",
            "مجلس رؤساء الكنائس الكاثوليكية", "مجلس رؤساء الكنائس"]
GOPSTEIN = ["Bentzi Gopstein", "بنتسي جوبشتاين", "جوبشتاين", "ناشط يهودي متطرف", "قائد مجموعة لاهافا", "Lehava",
            "لاهافا", "مجموعة لاهافا", "منظمة الشعلة"]
ABUNASSAR = ["Wadie Abunassar", "وديع أبونصار", "أبونصار", "المسؤول الكنسي"]
PATRIARCHATE = ["Latin Patriarchate", "Latin Patriarchate of Jerusalem", "البطريركية اللاتينية"]
ISRAELI_AUTHORITIES = ["Israeli authorities", "السلطات الإسرائيلية", "السلطات", "Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": CHURCHES, "target": GOPSTEIN},
    {"code": "REQUEST", "source": GOPSTEIN, "target": []},
    {"code": "ACCUSE", "source": PATRIARCHATE, "target": GOPSTEIN},
    {"code": "REQUEST", "source": PATRIARCHATE, "target": ISRAELI_AUTHORITIES},
    {"code": "REQUEST", "source": ABUNASSAR, "target": ISRAELI_AUTHORITIES},
    {"code": "ACCUSE", "source": ISRAELI_AUTHORITIES,
     "target": ["three Jewish extremists", "ثلاثة متطرفين يهود", "متطرفين يهود"]},
    {"code": "ASSAULT", "source": ["Baruch Goldstein", "باروخ جولدشتاين", "جولدشتاين"],
     "target": ["Palestinian worshippers", "مصليا فلسطينيا", "مصليا فلسطينيا مسلما", "Palestinians"]}], "claims": [
    {"speaker": GOPSTEIN, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": ABUNASSAR, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": ABUNASSAR, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": GOPSTEIN, "cue": cue(t, "التأكيد"), "stance": "other"},
    {"speaker": PATRIARCHATE, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": PATRIARCHATE, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": PATRIARCHATE, "cue": cue(t, "مطالبة"), "stance": "other"},
    {"speaker": ABUNASSAR, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": ABUNASSAR, "cue": cue(t, "مؤكدا"), "stance": "other"}]})
# --- Jawhara FM: Jeremy Corbyn says empty homes of the rich in Kensington may be requisitioned for the Grenfell fire
# survivors. His "يجب إيجاد منازل لهم، يتم الاستيلاء عليها إذا لزم الأمر" (with the lead's "قد تتمّ مصادرتها") is a
# call with no named addressee: one REQUEST, undated (no day). His rhetorical question criticises no named party:
# a claim, no ACCUSE. "دعوات كوربين" re-names his statements (no new cue). May's announcement of an inquiry
# ("بعد إعلان رئيسة الوزراء ... عن إجراء تحقيق") is nominal background: neither event nor claim (as batch 30 leaves
# the President's call). Claims: قال (a proposal: other), أضاف (assert), متابعا (other), قال (criticism: accuse).
# Corbyn is no state official; his list holds his party.
i = 'ant-JA-internationalNews-1203-20170616'
t = news_text(i)
CORBYN = ["Jeremy Corbyn", "جيرمي كوربين", "كوربين", "Labour Party", "حزب العمال", "حزب العمال المعارض البريطاني"]
recs.append({"id": i, "text": t, "published": "2017-06-16", "events": [
    {"code": "REQUEST", "source": CORBYN, "target": []}], "claims": [
    {"speaker": CORBYN, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": CORBYN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": CORBYN, "cue": cue(t, "متابعا"), "stance": "other"},
    {"speaker": CORBYN, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- Jawhara FM: three families living in the Kef education delegation's premises since 2012 refuse to leave. "3
# منهم رفضوا إخلاء مقر المندوبية" is a clause with its doer: REJECT (refusing to comply) of the delegation, undated.
# "قررت اللجنة الجهوية لمجابهة الكوارث إيواء 25 عائلة في المندوبية" is a decision carried out (the families were
# housed): humanitarian AID, historical (2012), undated. "والي الجهة يتجه إلى استئجار 3 منازل للعائلات" is housing
# promised for the future: AGREE (as README codes future support), undated. The delegate informing the education
# minister and the regional authorities is communication inside the administration: not coded. Claims: the
# delegate's أوضح، أشار، موضحا (assert); "في تصريح لمراسل الجوهرة" belongs to أوضح. الكاف is named only inside
# "بالكاف", left out of the delegation's forms.
i = 'ant-JA-localNews-2563-20170310'
t = news_text(i)
AKKABI = ["Habib Akkabi", "الحبيب العكبي", "العكبي", "المندوب الجهوي للتربية", "المندوب", "Tunisia"]
DELEGATION = ["regional education delegation", "المندوبية الجهوية للتربية", "المندوبية", "مقر المندوبية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-03-10", "events": [
    {"code": "REJECT", "source": ["three families", "3 عائلات", "3 منهم", "العائلات"], "target": DELEGATION},
    {"code": "AID", "source": ["Regional Committee for Disaster Response", "اللجنة الجهوية لمجابهة الكوارث",
                               "Tunisia"], "target": ["25 families", "25 عائلة", "العائلات"]},
    {"code": "AGREE", "source": ["Governor of Kef", "والي الجهة", "الوالي", "Tunisia"],
     "target": ["three families", "3 عائلات", "العائلات"]}], "claims": [
    {"speaker": AKKABI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AKKABI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": AKKABI, "cue": cue(t, "موضحا"), "stance": "assert"}]})
# --- Jawhara FM: Libya analyst Rafaa Tabib, a guest on "Politica" today (Monday 2017-02-27), warns of ISIS
# infiltration from Libya. His warnings have no addressee: claims, no event (as batch 27's chief's warning). His
# condemnation of Tunisia not appointing an ambassador to Libya (ندّد) and "السلطة التونسية غير واعية" are one
# interview's criticism of one party: one ACCUSE of the Tunisian authorities; "مؤكدا ضرورة تعامل تونس مع جميع
# الأطراف ... إضافة إلى ضرورة اتخاذ بلادنا جميع الإجراءات" is one recommendation to one addressee: one REQUEST. Both
# dated by the programme (اليوم). The 2016 Ben Guerdane attack is a noun ("الهجوم الداعشي"). Claims: حذّر، قائلا،
# مشيرا; "سبق وان حذر من الإرهابيين" inside مشيرا is his own earlier warning, a distinct statement: a claim (warn);
# اعتبر، ندّد، مؤكدا، قال. "وفق تعبيره" repeats its sentence's speaker.
i = 'ant-JA-localNews-1888-20170227'
t = news_text(i)
TABIB = ["Rafaa Tabib", "رافع الطبيب", "الطبيب"]
recs.append({"id": i, "text": t, "published": "2017-02-27", "events": [
    {"code": "ACCUSE", "source": TABIB, "target": ["Tunisian authorities", "السلطة التونسية", "Tunisia", "تونس"],
     "date": "2017-02-27"},
    {"code": "REQUEST", "source": TABIB, "target": ["Tunisia", "تونس", "بلادنا"], "date": "2017-02-27"}], "claims": [
    {"speaker": TABIB, "cue": cue(t, "حذّر"), "stance": "warn"},
    {"speaker": TABIB, "cue": cue(t, "قائلا"), "stance": "warn"},
    {"speaker": TABIB, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": TABIB, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": TABIB, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": TABIB, "cue": cue(t, "ندّد"), "stance": "accuse"},
    {"speaker": TABIB, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": TABIB, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- Jawhara FM: President Caid Essebsi receives today (2016-10-31) at Carthage Nouran Houas, the ICRC employee freed
# after her detention in Yemen, with the ICRC representative and her family: CONSULT, the visitors the source. Her
# thanks to the Tunisian state and people (عبرت عن شكرها وتقديرها) and Brudermann's renewed appreciation of the
# Tunisian authorities' efforts are praise: two SUPPORTs, dated by the audience, and two claims (assert). The
# efforts "التي بذلتها الدولة" and "المبذولة ... بالتنسيق مع السلطات العمانية والفرنسية" are the praised background
# (unspecified efforts; the coordination a participle phrase): not coded. "وفق بلاغ صادر عن رئاسة الجمهورية" gives
# the words to Houas and Brudermann: the presidency is a conduit, no claim (as batch 11's "وفقا لـ ارنا"). Her
# kidnapping "تم اختطاف ... في 1 ديسمبر 2015 من قبل مسلحين" names its doers in the agent phrase: ASSAULT (abduction,
# CAMEO 181), dated 2015-12-01. Her list leaves out the ICRC (Brudermann's institution); aliases holding تونس
# (ممثّل اللجنة بتونس) are left out.
i = 'ant-JA-localNews-1006-20161031'
t = news_text(i)
HOUAS = ["Nouran Houas", "نوران حواص", "حواص"]
BRUDERMANN = ["Markus Brudermann", "مركوس برودرمان", "برودرمان", "رئيس بعثة اللجنة الدولية للصليب الأحمر",
              "International Committee of the Red Cross", "ICRC", "اللجنة الدولية للصليب الأحمر"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "الباجي قائد السبسي", "قايد السبسي", "رئيس الجمهورية",
           "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-10-31", "events": [
    {"code": "CONSULT", "source": HOUAS + ["ICRC representative", "ممثّل اللجنة", "أفراد من عائلتها"],
     "target": ESSEBSI, "date": "2016-10-31"},
    {"code": "SUPPORT", "source": HOUAS,
     "target": ["Tunisia", "تونس", "الدولة التونسية", "Tunisians", "التونسيين"], "date": "2016-10-31"},
    {"code": "SUPPORT", "source": BRUDERMANN, "target": ["Tunisian authorities", "السلطات التونسية", "Tunisia"],
     "date": "2016-10-31"},
    {"code": "ASSAULT", "source": ["gunmen", "مسلحين", "armed men"], "target": HOUAS, "date": "2015-12-01"}],
    "claims": [
    {"speaker": HOUAS, "cue": cue(t, "عبرت"), "stance": "assert"},
    {"speaker": BRUDERMANN, "cue": cue(t, "جدّد"), "stance": "assert"}]})
# --- Jawhara FM: UN Special Rapporteur Ben Emmerson makes an official visit to Tunisia from 30 January to 3 February
# 2017. Future visits and meetings are AGREE, one per destination (batch 29): the visit to Tunisia, dated by the day
# the text fixes for its start (2017-01-30, as batch 29 dates the summit); the high-level meetings with government
# representatives and ministries; the meetings with law-enforcement officials, MPs and the named national bodies
# (with civil-society, the international community, lawyers and NGOs in the same sentence) as one compound target;
# the visit to detention places to interview suspects. Those three are undated (within the visit). Presenting his
# report to the Human Rights Council in March 2018 is no PLOVER act; his predecessor's 2010–2011 visits are a noun.
# Claim: صرح (his plans: promise). "ومن المقرر" has no speaker. Emmerson's forms leave out the long title, which holds
# "حقوق الانسان" shared with the national bodies' names.
i = 'ant-JA-localNews-242-20170128'
t = news_text(i)
EMMERSON = ["Ben Emmerson", "بن ايمرسون", "ايمرسون", "امرسون", "UN Special Rapporteur", "المقرر الخاص",
            "United Nations", "الامم المتحدة"]
recs.append({"id": i, "text": t, "published": "2017-01-28", "events": [
    {"code": "AGREE", "source": EMMERSON, "target": ["Tunisia", "تونس", "البلاد"], "date": "2017-01-30"},
    {"code": "AGREE", "source": EMMERSON,
     "target": ["Tunisian government", "الحكومة", "ممثلين عن الحكومة", "Ministry of Foreign Affairs",
                "وزارات الخارجية والداخلية والعدل والدفاع", "Tunisia"]},
    {"code": "AGREE", "source": EMMERSON,
     "target": ["law enforcement officials", "الموظفين المكلفين بانفاذ القانون", "members of parliament",
                "أعضاء من البرلمان", "National Counter-Terrorism Commission", "اللجنة الوطنية لمكافحة الارهاب",
                "الهيئة العليا لحقوق الانسان والحريات الاساسية", "اللجنة الوطنية للوقاية من التعذيب",
                "Truth and Dignity Commission", "هيئة الحقيقة والكرامة", "المجتمع المدني", "محامين",
                "منظمات غير حكومية", "Tunisia"]},
    {"code": "AGREE", "source": EMMERSON,
     "target": ["detention facilities", "أماكن الاحتجاز", "suspects", "أشخاص مشتبه بهم"]}], "claims": [
    {"speaker": EMMERSON, "cue": cue(t, "صرح"), "stance": "promise"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch36.gold.jsonl', recs)
