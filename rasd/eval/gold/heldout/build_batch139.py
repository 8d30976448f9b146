"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 139 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: the Hafr al-Batin local subcommittee for the municipal elections holds its first meeting, chaired
# by its own head (the mayor) with the governorate's police director attending. A committee meeting chaired by its
# own head is an internal deliberation (GUIDELINES; batch 91's Taif committee meetings, batch 12's Jazan committee),
# and the officials attending a meeting are not added to a host (README batches 45–48): no CONSULT. The discussions
# and recommendations are passive (تم خلال الاجتماع مناقشة، تمت مناقشة، تم اتخاذ التوصيات) and the elections are no
# PLOVER event. The head's welcome speech (استهل ... بكلمة ترحيبيه) reports no content: no claim. Nothing coded.
i = 'snn-2015-08-01-0625'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": []})
# --- SaudiNewsNet (Al-Eqtisadiah): warehouse fires cost 95.8 million riyals in three years. "كشف تقرير حصلت عليه
# الاقتصادية", "وبحسب التقرير" and "وأشار التقرير" are a report whose author the text never names (decided: an
# anonymous document, like batches 89–92's anonymous memo, makes no claim; the paper that obtained it is the
# narrator). The Crown Prince's cable (برقية ولي العهد ... بشأن) is a noun inside the report's account: no event and
# no claim of his own. "تم تشكيل لجنة" and "تم التوجيه بعدد من الإجراءات" are passives with no doer; "ووجهت الجهات
# المعنية بمعالجة مخالفات المستودعات" has only the vague "concerned bodies" as doer and addresses no named party
# (decided: no REQUEST, an administrative directive with no named actor or addressee). The fires themselves have no
# doer. Nothing coded.
i = 'snn-2015-08-06-0541'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": []})
# --- SaudiNewsNet: the Minister of Municipal and Rural Affairs, Abdullatif Al al-Sheikh, as head of the General
# Committee for Municipal Elections, tells the local election committees in a circular to keep to the campaign rules.
# A minister instructing committees of the election administration he heads is internal (README batches 33–36 and
# 105–108: a minister instructing his own staff is a claim only): no REQUEST. The regulation's articles (صنفت،
# تضمنت، نصت المادة السابعة) are a rule cited, not a speaker (README batches 121–128: a law cited is no claim); "يذكر
# أن" is the narrator. Claims, all the minister's and all instructions (other): the 1st أكد, مشدداً and the 2nd أكد
# ("كما أكد على ضرورة الالتزام بما ورد في اللائحة", a different content: the licence classes and fees).
i = 'snn-2015-08-11-0847'
t = news_text(i)
ALSHEIKH = ["Abdullatif Al al-Sheikh", "عبداللطيف بن عبدالملك آل الشيخ", "آل الشيخ",
            "Saudi Ministry of Municipal and Rural Affairs", "General Committee for Municipal Elections",
            "اللجنة العامة للانتخابات البلدية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": ALSHEIKH, "cue": cue(t, "أكد", 1), "stance": "other"},
    {"speaker": ALSHEIKH, "cue": cue(t, "مشدداً"), "stance": "other"},
    {"speaker": ALSHEIKH, "cue": cue(t, "أكد", 2), "stance": "other"}]})
# --- Sabq (Najran): a citizen, Mane' Malfi, will sue the Najran regional municipality (أمانة منطقة نجران) before the
# Administrative Court for refusing to compensate him after he found worms in a jar of pickled aubergines bought at a
# well-known shopping centre. "قرر مواطن بنجران رفع دعوى قضائية ضد أمانة منطقة نجران" and his "مؤكداً أنه قرر رفع
# دعوى قضائية ضد أمانة منطقة نجران والمركز التسويقي الشهير" are one announced lawsuit: THREATEN (README batches
# 121–128: an announced lawsuit) citizen → the municipality and the centre (the second telling names both), undated.
# "لرفضها تعويضه" is a verbal noun with its doer (the municipality): REJECT municipality → citizen (decided, as batch
# 116 takes a masdar with its agent, "رفضاً ... من قبل كليات الصيدلة"), undated; "دون أن تقوم بتعويضه" re-tells it.
# "قدم بلاغا لأمانة المنطقة" is a complaint to an authority against the centre: ACCUSE citizen → centre (a report
# of a wrongdoer to an authority, README batches 37–40 and 129–136), undated. "طبقت النظام بحق المركز التسويقي
# الشهير وقامت بتغريمه بمبلغ ١٥٠٠٠ ريال" is one administrative sanction: COERCE municipality → centre (batch 47's
# municipality fining a restaurant), undated. "أمانة المنطقة تعمدت تهميشه وعائلته دون أي مبرر" is his criticism of
# the municipality: ACCUSE citizen → municipality (README batches 89–92: a citizen's blame and his earlier complaint
# are two ACCUSEs), undated. Not coded: buying the meal, the inspection duties the spokesman lists (a statement of
# remit), the offer to explain the case "لأي جهة رسميه تطلبها" (a generic class: no AGREE, README batches 101–104).
# Claims: the citizen's قال (the purchase: assert), مضيفاً (his complaint: assert), the 1st أضاف (fined without
# compensating him: accuse), أشار (accuse) and مؤكداً (the lawsuit: warn); the municipality's أبلغته (embedded speech
# in his account, its own claim: assert); the spokesman's أوضح (the municipality's remit, an implicit rebuttal
# without a denial: assert, decided) and the 2nd أضاف (the offer: promise). "وفيما يتعلق بطلب المواطن بإمكانه ..."
# has no reporting verb of its own. نجران is named on its own as a place (بنجران، the dateline), so no list holds a
# form with it.
i = 'snn-2015-07-21-2863'
t = news_text(i)
CITIZEN = ["Mane' Malfi", "مانع ملفي", "المواطن", "مواطن"]
AMANAH = ["Najran regional municipality (Amanah)", "أمانة المنطقة", "الأمانة"]
CENTRE = ["shopping centre", "المركز التسويقي الشهير", "أحد المراكز التسويقية الشهيرة", "المركز التسويقي",
          "المحل المخالف"]
FADHEL = ["Abdullah Al Fadhel", "عبدالله آل فاضل", "آل فاضل"] + AMANAH
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "THREATEN", "source": CITIZEN, "target": AMANAH + CENTRE},
    {"code": "REJECT", "source": AMANAH, "target": CITIZEN},
    {"code": "ACCUSE", "source": CITIZEN, "target": CENTRE},
    {"code": "COERCE", "source": AMANAH, "target": CENTRE},
    {"code": "ACCUSE", "source": CITIZEN, "target": AMANAH}], "claims": [
    {"speaker": CITIZEN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": CITIZEN, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": CITIZEN, "cue": cue(t, "أضاف", 1), "stance": "accuse"},
    {"speaker": AMANAH, "cue": cue(t, "أبلغته"), "stance": "assert"},
    {"speaker": CITIZEN, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": CITIZEN, "cue": cue(t, "مؤكداً"), "stance": "warn"},
    {"speaker": FADHEL, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": FADHEL, "cue": cue(t, "أضاف", 2), "stance": "promise"}]})
# --- SaudiNewsNet (Asharq al-Awsat, Tuesday 2015-08-11): Yemen's deputy parliament speaker Mohammed Ali al-Shaddadi is
# wounded in an ambush near Am'ain in Abyan. "أصيب في كمين نصبه مسلحون حوثيون، أمس" is a relative clause with its doer:
# ASSAULT Houthi gunmen → al-Shaddadi's convoy (with the former interior minister Hussein Mohammed Arab and Nasser
# al-Fadhli), the four companions killed "في الكمين" folded in, dated by أمس (2015-08-10). Not coded: the liberation of
# Aden "من قبضة الميليشيات الحوثية" (a verbal noun with no doer), the delegation's arrival in Aden (travel within its
# own country), and "يشارك الشدادي واللواء عرب في الإشراف المباشر على العمليات العسكرية الحالية في أبين" (decided:
# the operations are told as a noun and the clause gives the two men's role, not an act on a party). "قالت مصادر
# محلية مطلعة" and "أشارت المصادر" are bare sources (GUIDELINES): no claims. Al-Shaddadi and Arab are Yemeni state
# officials, so their lists hold Yemen (named only as an adjective in the text).
i = 'snn-2015-08-11-0116'
t = news_text(i)
HOUTHIS = ["Houthis", "مسلحون حوثيون", "مسلحون", "الحوثيين", "الميليشيات الحوثية"]
CONVOY = ["Mohammed Ali al-Shaddadi", "محمد علي الشدادي", "الشدادي", "Hussein Mohammed Arab", "حسين محمد عرب",
          "بن عرب", "Nasser al-Fadhli", "ناصر الفضلي", "الموكب", "مرافقي المسؤولين اليمنيين الجنوبيين", "Yemen"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "ASSAULT", "source": HOUTHIS, "target": CONVOY, "date": "2015-08-10"}], "claims": []})
# --- SaudiNewsNet (Donia al-Riyadah): Al-Hilal and Al-Nassr file a joint request to the Saudi FA to let their five
# suspended players play the Super Cup final in London on 12 August (the headline is outside the text). "تقدم فريقا
# الهلال والنصر بطلب رسمي للاتحاد السعودي لكرة القدم، بطلب السماح للاعبين الموقوفين" is one joint REQUEST of both
# clubs → the FA (decided: a formal request to a governing body about its disciplinary sanctions is coded, unlike
# transfer or friendly business), undated; filing a request is an act, not a reporting verb, so no claim (decided).
# Not coded: the paper's sources' forecast that the FA "سيضطر للموافقة" (the outlet's own sources are the narrator,
# README batches 8–9, and a forecast is no act), the disciplinary committee relying on a clause, the paper's own
# contact with al-Qahiz last week (the narrator), the suspension (a noun with no doer) and the players' absence.
# Claims: al-Qahiz's أكد (the regulations will be amended: a statement of what the FA will do, assert, decided).
i = 'snn-2015-08-03-0716'
t = news_text(i)
CLUBS = ["Al-Hilal", "الهلال", "Al-Nassr", "النصر", "فريقا الهلال والنصر", "الناديين", "الفريقين"]
SAFF = ["Saudi Arabian Football Federation", "الاتحاد السعودي لكرة القدم", "الاتحاد السعودي"]
QAHIZ = ["Fahd al-Qahiz", "فهد القحيز", "القحيز", "Disciplinary Committee", "لجنة الانضباط"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REQUEST", "source": CLUBS, "target": SAFF}], "claims": [
    {"speaker": QAHIZ, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- SaudiNewsNet: visitors of Ahmed Niazi's "Shoufa" photo exhibition in Abha stop at photos of royal visits to Asir.
# The visits of King Saud (1352 AH) and King Khalid (1396 AH), Prince Bandar's and Prince Sultan's visits and the
# group photo are all nouns in photo captions (صورة زيارة، تشريف): nominalised historical background, no clause with
# a doer acting on a party. Visiting an exhibition is no PLOVER event; no statement is attributed. Nothing coded.
i = 'snn-2015-07-31-0898'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": []})
# --- SaudiNewsNet: US drone strikes kill 56 Taliban and ISIS fighters in eastern Afghanistan; UNAMA's report; threats
# against Afghanistan's first woman air force pilot. "جراء ست غارات جوية نفذتها طائرات أميركية بدون طيار" is a
# relative clause with its doer: ASSAULT the US → Taliban and ISIS fighters, undated (no day given); the Afghan
# authorities' "الغارات الأميركية استهدفت سيارات تقل مسلحين من داعش ... اجتماعاً لمسلحي طالبان" re-tells the same
# strikes. "تتواصل الاشتباكات من حين لآخر بين الجماعتين المتناحرتين" names both sides of ongoing fighting: one
# reciprocal ASSAULT with Taliban and ISIS in the source and no target (decided: the clashes' two parties are named
# through بين and "الجماعتين"); the two ISIS commanders "كانا يديران معارك ضد طالبان في المنطقة" are that same
# fighting, folded in (decided). UNAMA's report "في تقرير لها أمس" that "طالبان تظل مسؤولة عن نحو 70% من حالات
# الوفاة أو الإصابة بين المدنيين" is ACCUSE UNAMA → Taliban (publishing a report on abuses is ACCUSE), dated by أمس
# (2015-08-05); the civilian deaths themselves are passive (قتل 1592 شخصا): no ASSAULT. "تلقت ... نيلوفار رحماني
# تهديدات بالقتل من طالبان، وبعض أقاربها" is THREATEN Taliban and some of her relatives → Rahmani, undated.
# "كان التحالف الدولي بأفغانستان قد سوّق إعلامياً لرحماني ... وقدمها على أنها رمز للجيل الأفغاني الجديد" is
# promotion and praise: SUPPORT coalition → Rahmani (a historical clause with its doer), undated, no claim
# (decided: a publicity campaign, not a reported statement). "التحالف الدولي بقيادة واشنطن الذي غزا البلاد وأسقط حكم
# طالبان" is a relative clause with its doer: one ASSAULT the US-led coalition → Taliban/Afghanistan (the invasion and
# toppling one act), undated (2001). Not coded: the Taliban's loss of power told as nouns (زوال، خروجها), their
# stance on women's work. Claims: the Afghan authorities' أفادت (the targets: assert) and مؤكدة (the 40 and 16 dead, a
# different content: assert); UNAMA's قالت (accuse); the Wall Street Journal's نشرت (its own report on Rahmani: assert,
# decided, as a magazine piece's author is its speaker); Rahmani's علقت (assert; "بالقول" repeats it). "أفاد شهود
# عيان" is bare; "يذكر أن" is the narrator. Aliases holding أفغانستان (named on its own) are left out of the
# coalition's and UNAMA's lists.
i = 'snn-2015-08-06-2166'
t = news_text(i)
US = ["United States", "الولايات المتحدة", "طائرات أميركية بدون طيار", "طائرات أميركية", "الغارات الأميركية"]
TALIBAN = ["Taliban", "طالبان", "حركة طالبان", "مسلحي طالبان"]
ISIS = ["ISIS", "داعش", "تنظيم داعش", "مسلحين من داعش", "بلال", "معراج الدين"]
AF_AUTH = ["Afghan authorities", "السلطات الأفغانية", "Afghanistan", "أفغانستان"]
UNAMA = ["UNAMA", "بعثة الأمم المتحدة", "United Nations"]
RAHMANI = ["Niloofar Rahmani", "نيلوفار رحماني", "نيلوفار", "رحماني", "أول قائدة طائرات أفغانية"]
COALITION = ["international coalition", "التحالف الدولي"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": US, "target": TALIBAN + ISIS + ["56 مسلحاً"]},
    {"code": "ASSAULT", "source": TALIBAN + ISIS + ["الجماعتين المتناحرتين"], "target": []},
    {"code": "ACCUSE", "source": UNAMA, "target": TALIBAN, "date": "2015-08-05"},
    {"code": "THREATEN", "source": TALIBAN + ["her relatives", "بعض أقاربها", "أقاربها"], "target": RAHMANI},
    {"code": "SUPPORT", "source": COALITION, "target": RAHMANI},
    {"code": "ASSAULT", "source": COALITION + ["US-led coalition", "التحالف الدولي بقيادة واشنطن", "واشنطن",
                                              "United States"],
     "target": TALIBAN + ["حكم طالبان", "Afghanistan"]}], "claims": [
    {"speaker": AF_AUTH, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": AF_AUTH, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": UNAMA, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": ["Wall Street Journal", "وول ستريت جورنال"], "cue": cue(t, "نشرت"), "stance": "assert"},
    {"speaker": RAHMANI, "cue": cue(t, "علقت"), "stance": "assert"}]})
# --- SaudiNewsNet (Reuters): the UN Security Council is likely to vote on Friday on a US draft to identify who is
# behind chemical attacks in Syria (the headline is outside the text). "اقتراح امريكي يطلب من الامين العام ... بان
# جي مون ومن منظمة حظر الاسلحة الكيميائية تأليف فريق من المحققين" is the US draft's demand: REQUEST the US → Ban
# Ki-moon and the OPCW (a proposal asking parties to act is REQUEST, README batches 29–30; the US is named as its
# author in "بدأت الولايات المتحدة مناقشة مسودة القرار"), undated. "وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات قد
# تشمل عقوبات" is THREATEN by the Council with no target (no perpetrator is named in the text), undated. "روسيا ...
# تحمي حكومة الرئيس بشار الاسد من أي اجراء للامم المتحدة" is ongoing diplomatic protection: SUPPORT Russia → the
# Assad government (decided over REJECT: the clause names the protected party, not a vetoed measure), undated.
# "بدأت الولايات المتحدة مناقشة مسودة القرار مع روسيا قبل بضعة أشهر" is CONSULT US → Russia (first-named party as
# source), undated. Not coded: the likely vote itself (decided: a forecast of the Council's own procedure, no
# agreement between parties), the chemical attacks (no doer), the civil war's outbreak (a noun). "قال دبلوماسيون"
# and "قال بضعة دبلوماسيين -تحدثوا شريطة عدم الكشف عن هويتهم-" are diplomats tied to no state or body (bare): no
# claims. Claims: Zaytsev's قال (the 2nd; assert). Lists holding الامم المتحدة (named on its own) are left out of
# the Council's and Zaytsev's aliases.
i = 'snn-2015-08-06-0709'
t = news_text(i)
US_D = ["United States", "الولايات المتحدة", "اقتراح امريكي"]
UNSC = ["UN Security Council", "مجلس الامن", "المجلس"]
RUSSIA = ["Russia", "روسيا"]
SYRIA = ["Syria", "سوريا", "Syrian government", "حكومة الرئيس بشار الاسد", "بشار الاسد", "Bashar al-Assad"]
ZAYTSEV = ["Alexey Zaytsev", "اليكسي زياتسيف", "زياتسيف", "Russian mission to the UN", "البعثة الروسية"] + RUSSIA
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": US_D, "target": ["Ban Ki-moon", "بان جي مون", "الامين العام للمنظمة الدولية",
                                                   "OPCW", "منظمة حظر الاسلحة الكيميائية"]},
    {"code": "THREATEN", "source": UNSC, "target": []},
    {"code": "SUPPORT", "source": RUSSIA, "target": SYRIA},
    {"code": "CONSULT", "source": ["United States", "الولايات المتحدة"], "target": RUSSIA}], "claims": [
    {"speaker": ZAYTSEV, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-07-31): Al-Ahli says its board held a consultative meeting with the Competitions
# Committee head Khalid al-Muqrin and asked him to review its league schedule (the headline is outside the text).
# "مجلس إدارة النادي عقد اجتماع تشاوري مع رئيس لجنة المسابقات ... خالد المقرن" is CONSULT Ahli → al-Muqrin (the
# club went to the committee: decided, with the committee as host); "طالب فيه بإعادة النظر في جدول مباريات الأهلي",
# re-told by "سعت إدارة النادي إلى إعادة النظر في مواعيد بعض مباريات", is one REQUEST Ahli → al-Muqrin's committee
# (decided: a club's formal demand to its governing body is coded, not sport business). Al-Muqrin's "واعدا بإيجاد
# حلول لرفع درجة التنسيق مع كافة الأندية السعودية بما فيها النادي الأهلي" is a pledge: AGREE al-Muqrin → Ahli, his
# "أبدى ... تفهما لرغبة النادي" folded in (decided: no SUPPORT of its own). "وخلص الاجتماع إلى تحديد آليات مشتركة
# للعمل والتنسيق المشترك" is an agreement that came out of the meeting: one reciprocal AGREE with both sides in the
# source and no target (README batches 85–88). All four undated (decided: "اليوم الجمعة" dates the club's
# announcement, not the meeting). Claims, dated by the statement: Ahli's أعلن (assert), طالب (other), ذكر (assert)
# and أضاف (assert); al-Muqrin's أبدى (assert) and واعدا (promise), embedded in Ahli's statement and each its own
# claim (README batches 29–30). The Saudi FA is named only as the committee's parent, so it sits in his list.
i = 'snn-2015-07-31-1278'
t = news_text(i)
AHLI = ["Al-Ahli", "الأهلي", "النادي الأهلي", "مجلس إدارة النادي", "إدارة النادي", "المركز الإعلامي بالنادي"]
MUQRIN = ["Khalid al-Muqrin", "خالد المقرن", "المقرن", "Competitions Committee", "لجنة المسابقات",
          "لجنة المسابقات بالاتحاد السعودي لكرة القدم", "Saudi Arabian Football Federation",
          "الاتحاد السعودي لكرة القدم", "اتحاد كرة القدم"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": AHLI, "target": MUQRIN},
    {"code": "REQUEST", "source": AHLI, "target": MUQRIN},
    {"code": "AGREE", "source": MUQRIN, "target": AHLI},
    {"code": "AGREE", "source": AHLI + MUQRIN, "target": []}], "claims": [
    {"speaker": AHLI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": AHLI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": AHLI, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": AHLI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MUQRIN, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": MUQRIN, "cue": cue(t, "واعدا"), "stance": "promise"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch139.gold.jsonl', recs)
