"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 153 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Monday 2015-07-27): President Hadi and the Arab League call on the Houthis to respect the
# humanitarian truce that began "يوم أمس الأحد" (2015-07-26). The first line is a photo caption. The lead's "طالب
# الرئيس اليمني ... هادي وجامعة الدول العربية المليشيات الحوثية ... باحترام الهدنة" sums up two calls the body tells
# apart, on two occasions: the League's (Ben Helli's "تطالب بالذات جماعة الحوثيين ومن معهم باحترامها" in his remarks
# to journalists at the League's seat "أمس") and Hadi's ("أكد هادي ضرورة احترام الهدنة من قبل المليشيات الحوثية وقوات
# صالح", during his meeting "أمس"). Decided: two REQUESTs, the lead folded into both (GUIDELINES: the headline and the
# body re-telling the same act count once), the Arab League → the Houthis and Hadi → the Houthis and Saleh's forces,
# both dated 2015-07-26 (statements reported as said yesterday carry that day). "خلال لقائه أمس في الرياض مبعوث
# الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ" is a meeting of the envoy with the president in Riyadh: one
# CONSULT, the visiting envoy as source and Hadi as target (GUIDELINES: the visitor is the source), 2015-07-26. Not
# coded: "الجامعة العربية ترحب بهذه الهدنة" (decided: the truce's declarer is not named, so the welcome has no party
# to support, as batch 83 leaves a welcome of unnamed states' readiness), the truce coming into force (no doer),
# Aden's liberation (a noun, no doer), "الواجب ... يحتم على الجميع في اليمن أن يتحمل مسؤوليته" (a general exhortation
# with no addressee, README: a claim but no REQUEST), the hope that all parties reconsider (a wish). Claims: the
# lead's طالب (one claim, both speakers: other); Ben Helli's قال (welcome and demand: other, the call), وأضاف (the
# exhortation: other) and معرباً (a hope under a reporting verb: assert); Hadi's أكد (the call: other), مؤكِّداً and
# مشيراً (assert). The envoy's title "مبعوث الأمين العام للأمم المتحدة إلى اليمن" holds اليمن, which Hadi lists: left
# out.
i = 'snn-2015-07-27-0443'
t = news_text(i)
HADI = ["Abd Rabbuh Mansur Hadi", "عبد ربه منصور هادي", "هادي", "Yemeni President", "Yemen", "اليمن"]
LEAGUE = ["Arab League", "جامعة الدول العربية", "الجامعة العربية"]
BEN_HELLI = ["Ahmed Ben Helli", "أحمد بن حلي", "بن حلي", "Arab League Deputy Secretary-General"] + LEAGUE
HOUTHIS = ["Houthis", "المليشيات الحوثية", "المليشيات الحوثية المتمردة", "جماعة الحوثيين", "الحوثيين",
           "Houthi militias"]
SALEH = ["Saleh forces", "قوات صالح", "Ali Abdullah Saleh"]
ENVOY = ["Ismail Ould Cheikh Ahmed", "إسماعيل ولد الشيخ", "ولد الشيخ", "UN Secretary-General's envoy", "United Nations",
         "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "REQUEST", "source": LEAGUE + ["Ahmed Ben Helli", "أحمد بن حلي", "بن حلي"], "target": HOUTHIS,
     "date": "2015-07-26"},
    {"code": "REQUEST", "source": HADI, "target": HOUTHIS + SALEH, "date": "2015-07-26"},
    {"code": "CONSULT", "source": ENVOY, "target": HADI, "date": "2015-07-26"}], "claims": [
    {"speaker": HADI + LEAGUE, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": BEN_HELLI, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": BEN_HELLI, "cue": cue(t, "أضاف"), "stance": "other"},
    {"speaker": BEN_HELLI, "cue": cue(t, "معرباً"), "stance": "assert"},
    {"speaker": HADI, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": HADI, "cue": cue(t, "مؤكِّداً"), "stance": "assert"},
    {"speaker": HADI, "cue": cue(t, "مشيراً"), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-07-27): Jackson Martinez, presented by Atletico Madrid, is eager to win and praises his
# fellow strikers. The transfer and the presentation to the media (قدم أتلتيكو لاعبه الجديد) are sport business, and
# the officials attending it (حضر ... كل من) attendance: no events (README: transfers and signings are sport business).
# "ووعد اللاعب بالمساهمة في الارتقاء بمستوى الفريق" is a player's pledge to his own club: no AGREE (decided: within his
# team, a vague pledge). "وأشاد مارتينيز بالفرنسي أنطوان جريزمان والأسباني فيرناندو توريس زميليه" is praise of his own
# team-mates: decided no SUPPORT (batch 53: a player's words to his own team are sport), a claim only. Claims: أعرب
# (his joy: assert), وعد (promise), أكد and مشيرا (assert), the first قال (assert), أشاد (praise: assert), مؤكدا
# (assert), the second قال (assert).
i = 'snn-2015-07-27-0212'
t = news_text(i)
MARTINEZ = ["Jackson Martinez", "جاكسون مارتينيز", "مارتينيز"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": [
    {"speaker": MARTINEZ, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": MARTINEZ, "cue": cue(t, "وعد"), "stance": "promise"},
    {"speaker": MARTINEZ, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MARTINEZ, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MARTINEZ, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MARTINEZ, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": MARTINEZ, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": MARTINEZ, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-07-27): conflicting accounts of a Palestinian's death in Qalandia. The police's "أطلقت
# الشرطة النار على رجليه لمنعه" (a finite clause with its doer), the witness's passive "تم اطلاق النار عليه" and the
# soldiers carrying him off are one contested shooting: one ASSAULT Israeli police (and the soldiers) → Mohammed Abu
# Latifa (README: one contested shooting with two accounts is one ASSAULT), dated 2015-07-27 (his death "اليوم
# (الاثنين)", the corpus date's weekday). "فلسطينيا مطلوب القبض عليه للاشتباه في تخطيطه لشن هجوم" in the police's
# statement: decided ACCUSE police → Abu Latifa (README: a suspicion of investigators is an investigation, ACCUSE;
# passive acts the police report are the police's), undated (his wanted status predates the day); the attempt to arrest
# him and the order to stop (تجاهل أوامر الشرطة بالتوقف) fold into the ASSAULT and the ACCUSE (no arrest was made).
# "وكانت القوات الاسرائيلية قد قتلت ثلاثة فلسطينيين بالضفة في الاسبوع الاخير في مداهمات" is ASSAULT Israeli forces →
# the three Palestinians, the raids folded in, undated (the last week). Not coded: the witness's contrary account
# (decided: testimony of a bystander who is no party to any accusation, claims only; no denial verb), the raids' stated
# aim of foiling attacks (a claim). Claims: the police's قالت (assert); the forces' "قالت انها استهدفت احباط هجمات"
# (assert); the police spokeswoman's قالت (assert); "ذكر سكان في قلنديا" (residents of a named place, README: residents
# of named regions speak; assert); the witness Shadi Awad's قال (he saw it: assert), أبلغ (the shots killed him and he
# did not fall: a rebuttal of the police account, deny) and the quoted قال (assert); "قال فلسطينيون رأوا أبو لطيفة"
# (decided: specific eyewitnesses picked out by a relative clause, not a bare group; assert). "لما رواه شاهد عيان"
# points ahead to the witness's account: no claim of its own.
i = 'snn-2015-07-27-0082'
t = news_text(i)
IL_POLICE = ["Israeli police", "الشرطة الاسرائيلية", "الشرطة", "Israel", "إسرائيل"]
ABU_LATIFA = ["Mohammed Abu Latifa", "محمد أبو لطيفة", "أبو لطيفة", "فلسطينيا", "الفلسطيني"]
IL_FORCES = ["Israeli forces", "القوات الاسرائيلية", "Israel", "إسرائيل"]
AWAD = ["Shadi Awad", "شادي عوض", "عوض", "eyewitness", "شاهد عيان"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ASSAULT", "source": IL_POLICE + ["Israeli soldiers", "الجنود"], "target": ABU_LATIFA,
     "date": "2015-07-27"},
    {"code": "ACCUSE", "source": IL_POLICE, "target": ABU_LATIFA},
    {"code": "ASSAULT", "source": IL_FORCES, "target": ["three Palestinians", "ثلاثة فلسطينيين"]}], "claims": [
    {"speaker": IL_POLICE, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": IL_FORCES, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": ["Israeli police spokeswoman", "متحدثة باسم الشرطة"] + IL_POLICE, "cue": cue(t, "قالت", 3),
     "stance": "assert"},
    {"speaker": ["Qalandia residents", "سكان في قلنديا", "سكان"], "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": AWAD, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": AWAD, "cue": cue(t, "أبلغ"), "stance": "deny"},
    {"speaker": AWAD, "cue": cue(t, "قال", 5), "stance": "assert"},
    {"speaker": ["Palestinian eyewitnesses", "فلسطينيون رأوا أبو لطيفة", "فلسطينيون"], "cue": cue(t, "قال", 6),
     "stance": "assert"}]})
# --- Sabq (Riyadh, 2015-07-21): Sabq's director general Ali al-Hazmi receives a Baidu delegation "صباح أمس"
# (2015-07-20). "استقبل ... علي الحازمي بمكتبه ... وفداً من شركة بيدو" is a hosted visit: CONSULT Baidu → Hazmi/Sabq,
# the visitor as source (GUIDELINES), dated 2015-07-20; "بحث مع الوفد الزائر سبل التعاون" is the same meeting's
# business, folded in (decided: talks on ways of cooperating, no pledge of it). Not coded: Baidu's founding and listing
# (background), the talks on each side's outlet. Claims: "تحدث الوفد الصيني عن محرك بحث بيدو" and "تحدث الزميل الحازمي
# عن صحيفة سبق" name topics, not statements (batches 25, 50): no claims; the delegation's مشيراً (its rank in China:
# assert, batch 61 takes the participle after تحدث); Baidu's أبدت (its interest in the Saudi market: assert, as
# earlier batches take أبدى). "سبق- الرياض" is the byline.
i = 'snn-2015-07-21-2908'
t = news_text(i)
BAIDU = ["Baidu", "بيدو", "شركة بيدو", "الوفد الصيني", "الوفد الزائر", "الشركة الصينية", "Baidu delegation"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "CONSULT", "source": BAIDU,
     "target": ["Ali al-Hazmi", "علي الحازمي", "الحازمي", "Sabq", "سبق", "صحيفة سبق"], "date": "2015-07-20"}],
    "claims": [
    {"speaker": BAIDU, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": BAIDU, "cue": cue(t, "أبدت"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-03): a delegation of the Bahrain Chamber of Commerce and Industry visits the Jeddah Chamber
# and learns about its electronic committee elections. "بحث وفد من غرفة تجارة وصناعة البحرين ... مع غرفة جدة" is one
# meeting: CONSULT the Bahraini delegation → the Jeddah Chamber (the visitor as source), undated (no day). Hakami's
# briefing (أطلع ... الوفد على اللائحة) and Al Siraj's presentation (قدم ... عرضا مرئيا) are the meeting itself and
# report no statement (batches 59, 61, 91): no events, no claims. The Chamber's names hold جدة and البحرين, which the
# article never names alone, so they stay.
i = 'snn-2015-08-03-1258'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "CONSULT",
     "source": ["Bahrain Chamber of Commerce and Industry", "غرفة تجارة وصناعة البحرين", "الوفد البحريني",
                "Bahraini delegation"],
     "target": ["Jeddah Chamber of Commerce", "غرفة جدة", "محيي الدين بن يحيى حكمي", "حكمي", "مبارك آل سراج",
                "آل سراج"]}], "claims": []})
# --- SaudiNewsNet (Saturday 2015-08-01): Al-Nassr says its deal with River Plate for Rodrigo Mora binds both sides;
# River Plate presses for the money. The transfer, its payment terms, River Plate's pressure (تضغط علينا بغية استلام
# المبلغ) and Mora's phone contact with his future coach Jorge da Silva are sport business (README: transfers and
# their clauses; decided: the phone contact is part of the transfer and habitual, no CONSULT); Hazazi's injury and
# Khamis's training are sport: no events. Claims: "أكد مصدر نصراوي" (an anonymous source tied to a named club speaks,
# README: an anonymous official of a named company; assert) and its وقال (the pressure: decided assert, a report of
# the negotiation, no blame beyond it); Al-Nassr's management's أعلنت (the medical results: assert). "ل"دنيا
# الرياضة"" is the outlet's own page.
i = 'snn-2015-08-01-0705'
t = news_text(i)
NASSR_SOURCE = ["Al-Nassr source", "مصدر نصراوي", "Al-Nassr", "النصر"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": NASSR_SOURCE, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": NASSR_SOURCE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["Al-Nassr management", "ادارة النصر", "Al-Nassr", "النصر"], "cue": cue(t, "أعلنت"),
     "stance": "assert"}]})
# --- Al-Jazirah (2015-08-07): Al-Ahli's coach Christian Gross will cut two more players after the Swiss camp. "علمت
# (الجزيرة)" is the narrator and "كشفت المصادر" a bare source: no claims. The coach cutting his own squad (استبعاد،
# استغناء جروس عن الخماسي) is a club's internal sport business and the friendly against Lommel a match: no events.
# The first line is a photo caption. Nothing coded.
i = 'snn-2015-08-07-0389'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": []})
# --- SaudiNewsNet (Friday 2015-07-31): Bahrain's interior minister says the perpetrators of Tuesday's Sitra bombing
# deserve death. "أكد ... على أن مرتكبي جريمة التفجير الآثمة ... عامدين متعمدين ويستحقون عقوبة الإعدام" charges the
# perpetrators: ACCUSE the minister → the perpetrators (README: a condemnation targets the doer the text names; batch
# 89: "its perpetrator" is a doer), dated 2015-07-30 (said at the funeral held "أمس"). Not coded: the bombing itself
# ("جريمة التفجير الآثمة التي وقعت الثلاثاء الماضي", a noun and a relative clause with no doer), the military funeral
# the ministry held and the Pakistani ambassador's attendance (بحضور; batch 64: funerals and those attending them are
# no events), the condolences, prayers and get-well wishes (README: neither events nor claims), and "معربا عن شكره
# لكل من بادر بتقديم العزاء" (decided: thanks for condolences are part of the mourning and name no party, as batch 54
# takes bare thanks: no claim, no SUPPORT). Claims: أكد (accuse) and the speech's قال (the duty of security and honour
# to the martyrs: assert). The minister lists Bahrain and his ministry; the ambassador, no actor, is not listed.
i = 'snn-2015-07-31-1141'
t = news_text(i)
BH_MINISTER = ["Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", "الشيخ راشد بن عبدالله آل خليفة",
               "Bahraini Interior Minister", "وزير الداخلية البحريني", "Bahraini Ministry of Interior",
               "وزارة الداخلية البحرينية", "Bahrain", "البحرين"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": BH_MINISTER,
     "target": ["perpetrators of the Sitra bombing", "مرتكبي جريمة التفجير", "مرتكبي"], "date": "2015-07-30"}],
    "claims": [
    {"speaker": BH_MINISTER, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": BH_MINISTER, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-25): Fiat Chrysler recalls 1.4 million cars in the US after researchers hacked a Jeep
# Cherokee remotely. The recall is the company's own decision about its products: no event (decided; unlike a
# government's binding recall order, README session 19). "عملية قرصنة عن بعد قام بها باحثان" (a relative clause with
# its doers) and "أوضح الباحثان تشارلي ميلر وكريس فالاسيك، أنهما تمكنا من السيطرة على إحدى سيارات جيب شيروكي، وفرضا
# على السائق ... مناورات" are one remote takeover: decided COERCE the researchers → the car, its driver (a Wired
# journalist) and Fiat Chrysler's system (README: hacking and hijacking accounts are cyber COERCE; it was a
# demonstration, but the doers and the forced manoeuvres are explicit), undated ("هذا الإسبوع" dates the magazine
# piece, not the hack). Not coded: the fears raised (no party), the researchers presenting and discussing the test in
# Wired (relative clauses that restate their account), Fiat's updated software (its own). Claims: the researchers'
# أوضح (assert); Fiat's أكدت (no injury or lawsuit reported to it: assert; "التي لم تنف" is negated, no claim) and
# مشسرة (sic, the update: assert). "فيات في الولايات المتحدة" holds الولايات المتحدة, named alone: left out.
i = 'snn-2015-07-25-1446'
t = news_text(i)
RESEARCHERS = ["Charlie Miller", "تشارلي ميلر", "ميلر", "Chris Valasek", "كريس فالاسيك", "فالاسيك", "الباحثان",
               "باحثان", "researchers"]
FIAT = ["Fiat Chrysler", "فيات كرايسلر", "فيات", "Fiat"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "COERCE", "source": RESEARCHERS,
     "target": ["Jeep Cherokee", "سيارة جيب شيروكي", "جيب شيروكي", "driver", "السائق", "Wired journalist",
                "صحافي في مجلة وايرد"] + FIAT}], "claims": [
    {"speaker": RESEARCHERS, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": FIAT, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": FIAT, "cue": cue(t, "مشسرة"), "stance": "assert"}]})
# --- Al-Weeam (Friday 2015-07-31): the ministers of labour and justice meet on moving the labour-dispute bodies to the
# justice ministry. "التقى ... وزير العمل ... الحقباني اليوم ... وزير العدل ... الصمعاني في مقر وزارة العمل" is a
# meeting of two ministries at the labour ministry: one CONSULT, the visiting justice minister as source and the host
# as target (GUIDELINES; README session 33: two state bodies of one state talking is a CONSULT, the state kept out of
# both lists), dated 2015-07-31 (اليوم, the publication day). Not coded: the planned transfer (a noun, "تمهيداً
# لانتقال"), the review during the meeting (passive "جرى ... استعراض"), the officials attending (attendance), al-
# Abdullatif's presentation (the meeting itself, no statement, batch 59) and the ministers answering questions (أجاب:
# no content given, no claim). "رابط الخبر بصحيفة الوئام" is the credit line. No claims.
i = 'snn-2015-07-31-1458'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT",
     "source": ["Walid al-Samaani", "وليد بن محمد الصمعاني", "الصمعاني", "Minister of Justice", "وزير العدل",
                "Ministry of Justice", "وزارة العدل"],
     "target": ["Mufrij al-Haqbani", "مفرج بن سعد الحقباني", "الحقباني", "Minister of Labor", "وزير العمل",
                "Ministry of Labor", "وزارة العمل"], "date": "2015-07-31"}], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch153.gold.jsonl', recs)
