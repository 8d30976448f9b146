"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 29 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq: the Saudi Credit and Savings Bank recovers its Twitter account early today, Friday (2015-07-24), hours
# after hackers (Cyber__Emotion) took it over. "عقب اختراقها حساب البنك أمس" is a masdar, but with its doer named
# (the group's possessive) and it is the news itself (as batch 27 codes إقدام شخص انتحاري على تفجير نفسه), so one
# COERCE (PLOVER's cyber mode, as batch 24 codes hacking), dated by أمس (2015-07-23); "اختراقهم الحساب" re-tells it.
# The bank recovering its own account and deleting the tweets acts on no other party: not coded. The hackers'
# demand (طالب بتصعيد الموضوع حتى يصدر الأمر لإعفاء المواطن) is REQUEST with no named addressee, and the hashtag
# they tweeted under ("هاشتاق المطالبة بالإعفاء") is the same campaign, not a second event; undated (the tweets
# straddle yesterday and today). Their apology (قدّم الاعتذار) is CAMEO 055, SUPPORT towards the bank, as batch 11
# codes an apology, and, as there, no claim (no reported content). Their tweets are statements with an identified
# speaker: أوضحوا، مدّعين، طالب، مؤكدين and معربين (a wish that the bank improve its security: a recommendation,
# stance other). The byline outlet (سبق) is the narrator.
i = 'snn-2015-07-24-2051'
t = news_text(i)
HACKERS = ["Cyber__Emotion", "hackers", "مجموعة هاكرز", "الهاكرز", "المخترقون"]
BANK = ["Saudi Credit and Savings Bank", "البنك السعودي للتسليف والادخار", "البنك", "حساب البنك"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "COERCE", "source": HACKERS, "target": BANK, "date": "2015-07-23"},
    {"code": "REQUEST", "source": HACKERS, "target": []},
    {"code": "SUPPORT", "source": HACKERS, "target": BANK}], "claims": [
    {"speaker": HACKERS, "cue": cue(t, "أوضحوا"), "stance": "assert"},
    {"speaker": HACKERS, "cue": cue(t, "مدّعين"), "stance": "assert"},
    {"speaker": HACKERS, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": HACKERS, "cue": cue(t, "مؤكدين"), "stance": "assert"},
    {"speaker": HACKERS, "cue": cue(t, "معربين"), "stance": "other"}]})
# --- Saudi university scholarship holders in the UK ask the cultural attaché to amend scholarship rules. The lead's
# "طلب ... من الملحق الثقافي ... تعديل" and "قدموا له مقترحات تتضمن تعديل بعض المواد" are one REQUEST: proposals
# that another party change its own rules are an appeal (CAMEO 02), not the offers GUIDELINES map to AGREE; undated.
# "إنهم اجتمعوا مع المحلق الثقافي" is a meeting with its parties named: CONSULT, the students (who came to him) as
# source and the attaché as host. The attaché forwarding the proposals to the Ministry of Education (رفع ... لوزارة
# التعليم) and the minister forwarding them to the universities for study (رفع ... للجامعات السعودية لدراستها) are
# referrals inside the Saudi education administration (the attachés and universities answer to the ministry):
# internal government deliberation, not coded; neither is a statement. Claims: طلب، أشاروا، قال. The students' list
# leaves out "مبتعثو الجامعات السعودية في المملكة المتحدة" (it holds الجامعات السعودية and المملكة المتحدة, named on
# their own); the attaché's drops "في بريطانيا"; the text's typo المحلق is kept as a form.
i = 'snn-2015-08-03-0074'
t = news_text(i)
STUDENTS = ["Saudi university scholarship students", "مبتعثو الجامعات", "المبتعثون", "مبتعثون"]
ATTACHE = ["Faisal Aba al-Khail", "فيصل أبا الخيل", "أبا الخيل", "Saudi cultural attaché", "الملحق الثقافي السعودي",
           "الملحق الثقافي", "المحلق الثقافي", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REQUEST", "source": STUDENTS, "target": ATTACHE},
    {"code": "CONSULT", "source": STUDENTS, "target": ATTACHE}], "claims": [
    {"speaker": STUDENTS, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": STUDENTS, "cue": cue(t, "أشاروا"), "stance": "assert"},
    {"speaker": STUDENTS, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Obama's coming trip to Kenya and Ethiopia (Asharq al-Awsat, 2015-07-21). Future visits are AGREE (as batches 18
# and 26 code them): "الذي سيتوجه إلى كينيا بعد أسبوع" (a relative clause with its doer) to Kenya, undated (بعد
# أسبوع fixes no day, and the text also has him in Nairobi for the summit opening on the 24th); "سيشارك في «قمة
# عالمية لريادة الأعمال» التي ستفتتح في 24 يوليو" a second AGREE, a multilateral meeting with no target, dated by
# the day the text fixes for it (2015-07-24), as batch 13 keeps a summit session apart from the bilateral meetings;
# "سيتوجه بعد ذلك إلى ... أديس أبابا" a third, to Ethiopia, undated. "لن يزور عائلته" and "لم يزر مطلقا" are
# negated: nothing. "سبق لأوباما أن زار مرتين بصفته الشخصية في سنة 1987 و2006 كوجيلو" is a historical visit to a
# village: one CONSULT (one clause) with no target, as batch 18 codes a tour of places; his list has no state alias
# (private visits, before his presidency). "الهجمات نفذتها حركة الشباب" is a clause with its doer: ASSAULT on Kenya,
# undated. "دعت الولايات المتحدة الثلاثاء الماضي رعاياها ... إلى «التيقظ»" is REQUEST to its citizens, dated by the
# most recent past Tuesday (2015-07-14, the article being a Tuesday's); its محذرة is a warning claim (the attack
# risk is no threat by the US). Claims: the ambassador's أعلن، "حسبما صرح" (its sentence's only attribution) and
# قال (his «أؤكد» is inside the quote); the US's دعت and محذرة; Mama Sarah's أكدت، معتبرة، قالت. "Sarah Obama"
# is left out of her list (it holds أوباما); aliases holding نيروبي are left out.
i = 'snn-2015-07-21-0111'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "الرئيس أوباما", "الرئيس الأميركي", "United States",
         "الولايات المتحدة"]
US = ["United States", "الولايات المتحدة"]
GODEC = ["Robert Godec", "روبرت غوديك", "غوديك", "السفير", "US ambassador", "سفير الولايات المتحدة", "United States",
         "الولايات المتحدة"]
SARAH = ["Mama Sarah", "ماما سارة", "زوجة جده"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "AGREE", "source": OBAMA, "target": ["Kenya", "كينيا"]},
    {"code": "AGREE", "source": OBAMA, "target": [], "date": "2015-07-24"},
    {"code": "AGREE", "source": OBAMA, "target": ["Ethiopia", "إثيوبيا", "أديس أبابا", "Addis Ababa"]},
    {"code": "CONSULT", "source": ["Barack Obama", "باراك أوباما", "أوباما"], "target": []},
    {"code": "ASSAULT", "source": ["al-Shabaab", "حركة الشباب الصومالية", "حركة الشباب"], "target": ["Kenya", "كينيا"]},
    {"code": "REQUEST", "source": US, "target": ["US citizens", "American citizens", "رعاياها"],
     "date": "2015-07-14"}], "claims": [
    {"speaker": GODEC, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": US, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": US, "cue": cue(t, "محذرة"), "stance": "warn"},
    {"speaker": GODEC, "cue": cue(t, "حسبما صرح"), "stance": "assert"},
    {"speaker": GODEC, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SARAH, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": SARAH, "cue": cue(t, "معتبرة"), "stance": "assert"},
    {"speaker": SARAH, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Al-Madina on David Rothkopf's Foreign Policy piece on the Iran deal, published yesterday (2015-07-21). The
# report is its author's (and the magazine's) statement: أوضح، أضاف (twice), استطرد، دحض، أعرب are his claims
# ("على حد قوله" and "بالقول" repeat their sentence's speaker). His charges against Iran (sponsoring terrorism,
# meddling, using the money for terrorist activities) are one ACCUSE, dated by the publication day as FireEye's report
# is coded in batch 24; "دحض الكاتب ما تردده الإدارة الأمريكية ... في حين أن الحقائق تدحض هذا الادعاء" is an explicit
# rebuttal, REJECT of the administration; his mocking of Washington's cooperation with Soleimani (أعرب عن سخريته)
# is criticism, ACCUSE of the US. The administration's repeated "لا يوجد ثمة تعاون" (ما تردده الإدارة, a relative
# clause with its doer) is a denial with no accuser named: REJECT with no target, undated, and a claim of its own
# (cue تردده, stance deny), as an embedded statement with a named speaker. Events he reports are coded: "إيران
# وأمريكا ... يحاربان معًا داعش" one ASSAULT with both as source; "أن تبني واشنطن جسورًا للتعاون مع قاسم سليماني"
# COOPERATE (the passive "يتم التواصل والتنسيق بين الجانبين" tells the same cooperation). Obama's reliance on a
# change in Iran's behaviour "حسب المقابلة التي أجراها معه توماس فريدمان" is an attribution phrase naming Obama:
# his claim; the interview itself is reporting, not an event (batch 26). US officials and the administration
# "يراهنون"/"تراهن" are beliefs inside the report, not statements. Nominal background (the deal, lifting sanctions,
# Iran's support of the Syrian regime, "قتل مليشياته" of US soldiers, "المتهم" with no accuser) is not coded.
# "إدارة أوباما" is left out of the administration's list (it holds أوباما, a speaker of his own).
i = 'snn-2015-07-22-0538'
t = news_text(i)
ROTHKOPF = ["David Rothkopf", "دافيد روثكوف", "روثكوف", "الكاتب", "Foreign Policy", "فورين بوليسي", "مجلة فورين بوليسي",
            "التقرير"]
IRAN = ["Iran", "إيران", "طهران"]
USADMIN = ["US administration", "الإدارة الأمريكية", "United States", "واشنطن", "أمريكا"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": ROTHKOPF, "target": IRAN, "date": "2015-07-21"},
    {"code": "REJECT", "source": USADMIN, "target": []},
    {"code": "REJECT", "source": ROTHKOPF, "target": USADMIN, "date": "2015-07-21"},
    {"code": "ACCUSE", "source": ROTHKOPF, "target": USADMIN, "date": "2015-07-21"},
    {"code": "ASSAULT", "source": IRAN + ["United States", "أمريكا", "واشنطن"], "target": ["ISIS", "داعش"]},
    {"code": "COOPERATE", "source": ["United States", "واشنطن", "أمريكا", "الإدارة الأمريكية"],
     "target": ["Qasem Soleimani", "قاسم سليماني", "سليماني", "Iran", "إيران", "طهران"]}], "claims": [
    {"speaker": ROTHKOPF, "cue": cue(t, "أوضح"), "stance": "warn"},
    {"speaker": ROTHKOPF, "cue": cue(t, "أضاف", 1), "stance": "warn"},
    {"speaker": ROTHKOPF, "cue": cue(t, "استطرد"), "stance": "accuse"},
    {"speaker": ["Barack Obama", "الرئيس أوباما", "أوباما", "United States"], "cue": cue(t, "حسب"),
     "stance": "assert"},
    {"speaker": ROTHKOPF, "cue": cue(t, "أضاف", 2), "stance": "warn"},
    {"speaker": ROTHKOPF, "cue": cue(t, "دحض"), "stance": "deny"},
    {"speaker": USADMIN, "cue": cue(t, "تردده"), "stance": "deny"},
    {"speaker": ROTHKOPF, "cue": cue(t, "أعرب"), "stance": "accuse"}]})
# --- At least 21 killed in an attack on Maikadiri, Borno (Nigeria). The lead's "قتل 21 شخصًا ... في هجوم" is
# passive, but Templer's "الإرهابيين هاجموا مايكاديري ... وأخذوا يطلقون النار على المواطنين" names the doers: one
# ASSAULT (Marcus Ali's "حاصروا (القرية)" and the passive burning re-tell it), the attackers being those "يرجح أن
# منفذيه ينتمون لجماعة بوكو حرام", so Boko Haram is in their list; dated by "08،00 تغ الجمعة" (2015-07-24).
# "بحسب ما ذكر الأهالي" is its sentence's only attribution, with identified speakers (the villagers, as batch 6-7's
# الأهالي): a claim with the phrase as cue. Then Templer's قال (twice), Marcus Ali's أكد and أضاف. The text's
# typo "الإرهابيبن" is kept as a form.
i = 'snn-2015-07-26-0621'
t = news_text(i)
TEMPLER = ["Simon Templer", "سايمن تيمبلر", "تيمبلر"]
MARCUS = ["Marcus Ali", "ماركوس علي"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ASSAULT", "source": ["Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "الإرهابيين", "الإرهابيبن",
                                   "المهاجمين", "terrorists"],
     "target": ["Maikadiri", "مايكاديري", "villagers", "المواطنين", "سكان القرية"], "date": "2015-07-24"}],
    "claims": [
    {"speaker": ["residents", "الأهالي"], "cue": cue(t, "بحسب ما ذكر"), "stance": "assert"},
    {"speaker": TEMPLER, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MARCUS, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MARCUS, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": TEMPLER, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Tunisia: the Administrative Court, this evening (Monday 2017-01-02), suspends the decisions of the Supreme
# Judicial Council's meeting of 29 December 2016. A court ruling that halts another body's decisions is coded REJECT
# (a veto-like refusal to let them take effect, as GUIDELINES map vetoes), the council as target, dated. The three
# petitions the court "تلقت اليوم ... من قبل أعضاء المجلس ... من المتغيبين عن الإجتماع" are a legal complaint
# against the council's decisions: ACCUSE (CAMEO 115, as batches 27–28 code a lawsuit), dated by the day the court
# received them; "أصحاب هذه المطالب إعتبروا أن تلك القرارات غير شرعية" is the same complaint. The meeting itself, its
# decision calling the judicial and financial councils to convene, and the election of Zarmedini are internal
# deliberations and votes: not coded. Claims: al-Ghabri's قال and مشيرا (he speaks for the court, not as a mere
# conduit, so his مشيرا is a claim), and the petitioners' إعتبروا (an embedded statement with an identified
# speaker, stance accuse). "يذكر أن" is the narrator. The petitioners' list leaves out "أعضاء المجلس الأعلى للقضاء"
# (it would match the council); no Tunisia alias, as both sides are Tunisian state bodies.
i = 'ant-JA-localNews-3218-20170102'
t = news_text(i)
COURT = ["Administrative Court", "المحكمة الإدارية", "المحكمة"]
SJC = ["Supreme Judicial Council", "المجلس الأعلى للقضاء", "المجلس"]
PETITIONERS = ["absent council members", "المتغيبين عن الإجتماع", "المتغيبين", "أصحاب هذه المطالب", "أصحاب المطالب"]
recs.append({"id": i, "text": t, "published": "2017-01-02", "events": [
    {"code": "REJECT", "source": COURT, "target": SJC, "date": "2017-01-02"},
    {"code": "ACCUSE", "source": PETITIONERS, "target": SJC, "date": "2017-01-02"}], "claims": [
    {"speaker": ["Imed Ghabri", "عماد الغابري", "الغابري"] + COURT, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["Imed Ghabri", "عماد الغابري", "الغابري"] + COURT, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": PETITIONERS, "cue": cue(t, "إعتبروا"), "stance": "accuse"}]})
# --- Tunisia condemns the Israeli army's practices in the Palestinian territories (statement of today, Friday
# 2014-07-04). استنكرت is ACCUSE of the Israeli army; "معربة عن تضامنها مع الشعب الفلسطيني" is SUPPORT (renewed
# solidarity with a named party); "دعت تونس المجتمع الدولي إلى التحرك ... قصد تحميل إسرائيل المسؤولية" is REQUEST to
# the international community and "طالبت بالضغط على إسرائيل قصد الرجوع إلى المفاوضات" a second REQUEST (a distinct
# demand and verb), whose addressee is not named; all dated by the statement. "الممارسات اللاإنسانية التي يأتيها جيش
# الاحتلال الإسرائيلي" is a relative clause with its doer, and the text spells the practices out (collective
# punishment, siege of villages, random arrests, forced displacement): one COERCE (CAMEO 17, repression) against the
# Palestinians, undated (ongoing). Claims: استنكرت، معربة، "جاء في البيان", and "وفق البيان", the only attribution
# of its sentence ("تتابع ... بانشغال" is no reporting verb), then دعت and طالبت.
i = 'ant-JA-politic-337-20140704'
t = news_text(i)
TUNISIA = ["Tunisia", "تونس", "Tunisian Ministry of Foreign Affairs", "وزارة الشؤون الخارجية"]
IDF = ["Israeli army", "جيش الاحتلال الإسرائيلي", "جيش الاحتلال", "Israel", "إسرائيل"]
PALESTINIANS = ["Palestinians", "الشعب الفلسطيني", "أبناء الشعب الفلسطيني", "الفلسطينيين", "Palestine"]
recs.append({"id": i, "text": t, "published": "2014-07-04", "events": [
    {"code": "ACCUSE", "source": TUNISIA, "target": IDF, "date": "2014-07-04"},
    {"code": "SUPPORT", "source": TUNISIA, "target": PALESTINIANS, "date": "2014-07-04"},
    {"code": "COERCE", "source": IDF, "target": PALESTINIANS},
    {"code": "REQUEST", "source": TUNISIA, "target": ["international community", "المجتمع الدولي"],
     "date": "2014-07-04"},
    {"code": "REQUEST", "source": TUNISIA, "target": [], "date": "2014-07-04"}], "claims": [
    {"speaker": TUNISIA, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "معربة"), "stance": "assert"},
    {"speaker": TUNISIA, "cue": cue(t, "جاء"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "وفق البيان"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": TUNISIA, "cue": cue(t, "طالبت"), "stance": "other"}]})
# --- Tunisia condemns the Houthi occupation of the UAE embassy in Sanaa (statement of today, Tuesday 2015-08-18).
# أدانت/وصفته is one ACCUSE of the Houthis (the doer the text names), dated by the statement's day given in the next
# sentence; "تؤكد تونس ... تضامنها الكامل مع دولة الامارات" SUPPORT; "تطالب بالإخلاء الفوري لمقر البعثة" REQUEST
# with no addressee named. "مسلحون حوثيون اقتحموا مساء الاحد 16 اوت مقر السفارة الاماراتية" (and the lead's
# "احتلال ... من طرف الحوثيين") is one occupation: COERCE (GUIDELINES map occupation so), dated 2015-08-16. "التحالف
# العربي بقيادة السعودية والذي ينفذ عملية عاصفة الحزم ... ضد الحوثيين وقوات ... علي عبدالله صالح" is a relative clause
# with its doer: ASSAULT, undated (since March), with the UAE, which "تشارك بقوة عسكرية" in it, and Saudi Arabia, which
# leads it, in the coalition's list (the UAE's participation is its share of the same operation, not a second
# event). "وفق بيان أصدرته وزارة الشؤون الخارجية" names the speaker's own ministry: no second claim. Claims: أدانت،
# وصفته (a distinct statement, as batches 11, 21 and 22 count وصف), تؤكد، تطالب.
i = 'ant-JA-politic-490-20150818'
t = news_text(i)
HOUTHIS = ["Houthis", "الحوثيين", "مسلحون حوثيون", "Houthi gunmen"]
UAE = ["United Arab Emirates", "UAE", "دولة الامارات العربية المتحدة", "دولة الامارات", "الامارات"]
recs.append({"id": i, "text": t, "published": "2015-08-18", "events": [
    {"code": "ACCUSE", "source": TUNISIA, "target": HOUTHIS, "date": "2015-08-18"},
    {"code": "SUPPORT", "source": TUNISIA, "target": UAE, "date": "2015-08-18"},
    {"code": "REQUEST", "source": TUNISIA, "target": [], "date": "2015-08-18"},
    {"code": "COERCE", "source": HOUTHIS,
     "target": ["UAE embassy", "سفارة دولة الامارات العربية المتحدة", "السفارة الاماراتية", "مقر السفارة الاماراتية",
                "مقر البعثة الدبلوماسية الاماراتية"] + UAE, "date": "2015-08-16"},
    {"code": "ASSAULT", "source": ["Arab coalition", "Saudi-led coalition", "التحالف العربي", "Saudi Arabia",
                                   "السعودية"] + UAE,
     "target": HOUTHIS + ["Ali Abdullah Saleh", "علي عبدالله صالح", "قوات الرئيس اليمني السابق علي عبدالله صالح"]}],
    "claims": [
    {"speaker": TUNISIA, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "وصفته"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "تؤكد"), "stance": "assert"},
    {"speaker": TUNISIA, "cue": cue(t, "تطالب"), "stance": "other"}]})
# --- Slim Riahi (UPL) on Jawhara FM: Marzouki asked for his support in the 2014 presidential election. Reported
# events are coded: "المرزوقي طلب مساندته ودعمه" REQUEST Marzouki → Riahi; "لقاء جمعه بالمرزوقي بقصر قرطاج" a
# meeting with both parties named, CONSULT with Riahi (who came to the presidential palace) as source and Marzouki,
# with the CPR leaders present, as target; Riahi's implied accusations that Marzouki wants a coup (لمح في اتهامات
# ضمنية) ACCUSE; all undated (the campaign; the interview has no day). "تم محاصرته عن طريق المكتب التنفيذي" is
# passive: not coded. Marzouki's "نبّه من ثورة ثانية ... في حال فشله" is a warning with no addressee: a claim, no
# event (as batch 27's chief's warning). Claims: Riahi's قال (twice), لمح، كشف; Marzouki's طلب and نبّه, embedded
# statements with a named speaker. "بحسب تأكيده" repeats its sentence's speaker: no claim.
i = 'ant-JA-politic-86-06072015'
t = news_text(i)
RIAHI = ["Slim Riahi", "سليم الرياحي", "الرياحي", "Free Patriotic Union", "حزب الاتحاد الوطني الحر",
         "الاتحاد الوطني الحر"]
MARZOUKI = ["Moncef Marzouki", "منصف المرزوقي", "المرزوقي"]
recs.append({"id": i, "text": t, "published": "2015-07-06", "events": [
    {"code": "REQUEST", "source": MARZOUKI, "target": RIAHI},
    {"code": "ACCUSE", "source": RIAHI, "target": MARZOUKI},
    {"code": "CONSULT", "source": RIAHI, "target": MARZOUKI + ["Congress for the Republic", "حزب المؤتمر"]}],
    "claims": [
    {"speaker": RIAHI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": RIAHI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": RIAHI, "cue": cue(t, "لمح"), "stance": "accuse"},
    {"speaker": RIAHI, "cue": cue(t, "كشف"), "stance": "accuse"},
    {"speaker": MARZOUKI, "cue": cue(t, "نبّه"), "stance": "warn"}]})
# --- German FM Gabriel today, Friday (2017-06-09), calls for lifting the Gulf states' blockade of Qatar. The lead's
# دعا and "متابعا «دول الخليج يجب أن ترفع الحصار»" are one REQUEST to the Gulf states, dated; "الحصار البحري والجوي
# الذي فرضته (دول الخليج) على قطر هذا الأسبوع" is a relative clause with its doer: COERCE (blockade, as batch 16),
# undated (هذا الأسبوع is no day). The press conference "مع نظيره القطري" is a prepositional phrase, not a clause:
# not coded (as batch 26 leaves the Rome press conference). Claims: دعا، متابعا، قال (a call: other), أضاف (the
# blockade will hurt the German economy too: a warning).
i = 'ant-JA-internationalNews-1143-20170609'
t = news_text(i)
GABRIEL = ["Sigmar Gabriel", "زيجمار جابرييل", "جابرييل", "German Foreign Minister", "وزير الخارجية الألماني",
           "Germany"]
GULF = ["Gulf states", "دول الخليج"]
recs.append({"id": i, "text": t, "published": "2017-06-09", "events": [
    {"code": "REQUEST", "source": GABRIEL, "target": GULF, "date": "2017-06-09"},
    {"code": "COERCE", "source": GULF, "target": ["Qatar", "قطر"]}], "claims": [
    {"speaker": GABRIEL, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": GABRIEL, "cue": cue(t, "متابعا"), "stance": "other"},
    {"speaker": GABRIEL, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": GABRIEL, "cue": cue(t, "أضاف"), "stance": "warn"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch29.gold.jsonl', recs)
