"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 14 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- A French company's proposal of a PSG-Inter match in Jeddah. The proposal is the masdar object of أكد
# ("أكد تقدم احدى الشركات الفرنسية بإقتراح"), with no finite verb of the company's: not coded. MBC only relays
# what the federation member said ("أكدت شبكة ام بي سي ان عضو ... أكد"), a conduit like "نقل X عن Y", so the one
# claim is the member's, who is anonymous but tied to the named federation. The federation's decision to play
# the Super Cup in London is an internal sporting decision, and "لم تكشف الشبكة" is no statement.
i = 'snn-3alyoum-72e2c5dc630e'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": ["Saudi Football Federation finance committee member", "عضو اللجنة المالية", "اللجنة المالية",
                 "الإتحاد السعودي لكرة القدم", "الاتحاد السعودي", "Saudi Arabian Football Federation"],
     "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- The Scientific Miracles commission takes entries for its competition: no political event (holding a
# competition, receiving entries); the commission's four statements on the rules are claims.
i = 'snn-aljazirah-16d2169bd7aa'
t = news_text(i)
EAJAZ = ["Commission on Scientific Miracles in the Quran and Sunnah", "هيئة الإعجاز العلمي في القرآن والسنة",
         "هيئة الإعجاز العلمي", "الهيئة"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": EAJAZ, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": EAJAZ, "cue": cue(t, "لافتة"), "stance": "assert"},
    {"speaker": EAJAZ, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": EAJAZ, "cue": cue(t, "أفادت"), "stance": "assert"}]})
# --- Coalition air strikes on ISIS on Saturday (published Sunday 9 August, so 2015-08-08). The 16 strikes in Iraq
# and 7 in Syria are one clause, one ASSAULT; the lists of places and of what the strikes destroyed re-tell it.
# The army's statement and the task force's (قالت، أضاف البيان) are claims.
i = 'snn-alriyadh-510f1ae6dbf1'
t = news_text(i)
CJTF = ["Combined Joint Task Force", "قوة المهام المشتركة", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": ["US-led coalition", "القوات التي تقودها الولايات المتحدة", "الولايات المتحدة",
                                   "United States", "US military", "الجيش الأمريكي",
                                   "Combined Joint Task Force", "قوة المهام المشتركة"],
     "target": ["ISIS", "Islamic State", "داعش", "تنظيم داعش"], "date": "2015-08-08"}], "claims": [
    {"speaker": ["US military", "الجيش الأمريكي", "United States", "الولايات المتحدة"], "cue": cue(t, "قال"),
     "stance": "assert"},
    {"speaker": CJTF, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": CJTF, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Al-Jouf airport receives Nile Air's first flight. The officials who "التقوا بوفد الشركة" met the company's
# delegation: one CONSULT, the visiting airline the source and the receiving officials the target, dated by
# "أمس الجمعة" to the most recent Friday (2015-08-07; the weekday wins over أمس of a Sunday paper). Abdulrahman
# Al Al-Sheikh sits on the board of the Tayyar group, the airline's side, so he is not a host. Aliases holding
# الجوف (إمارة منطقة الجوف، مطار الجوف) are left out: the region is named on its own. The statistics that
# "أفادت" are no speaker.
i = 'snn-alwatan-b4e9230c8cdf'
t = news_text(i)
MUDAYAN = ["Abdulmohsen Al-Mudayan", "عبدالمحسن المضيان", "المضيان", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": ["Nile Air", "شركة طيران النيل", "طيران النيل", "النيل للطيران", "شركة النيل",
                                   "وفد الشركة"],
     "target": ["Al-Jouf officials", "مديري الإدارات", "مجموعة من مديري الإدارات", "Abdulrahman Al-Najm",
                "عبدالرحمن النجم", "النجم", "Abdulbasit Al-Salafi", "عبدالباسط السلفي", "السلفي",
                "Abdulmohsen Al-Mudayan", "عبدالمحسن المضيان", "المضيان", "Saudi Arabia"], "date": "2015-08-07"}],
    "claims": [
    {"speaker": MUDAYAN, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MUDAYAN, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": MUDAYAN, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": MUDAYAN, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Two Riyadh heads of the virtue commission condemn the Asir mosque bombing. "استنكر A و B" is one ACCUSE with
# the compound source; the bombers are never named, so no target, and the bombing itself ("التفجير الآثم الذي
# وقع") has no doer in the text. Their later words re-tell the same condemnation. Aliases holding الرياض (فرع
# ... بمنطقة الرياض، هيئة مدينة الرياض) are left out: the city is named on its own. "استدل ... بقول الله" cites
# the Quran, not a speaker of the article: no claim. Their pledge of cohesion with the rulers is an assert.
i = 'snn-aljazirah-aa6c97accc4a'
t = news_text(i)
FAWAZ = ["Abdullah bin Saleh Al-Fawaz", "عبدالله بن صالح الفواز", "الفواز", "CPVPV",
         "هيئة الأمر بالمعروف والنهي عن المنكر", "Saudi Arabia"]
SALMAN = ["Abdullah bin Ahmed Al-Salman", "عبدالله بن أحمد السلمان", "السلمان", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": FAWAZ + SALMAN[:3], "target": []}], "claims": [
    {"speaker": FAWAZ + SALMAN[:3], "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": FAWAZ, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": FAWAZ, "cue": cue(t, "قائلاً"), "stance": "accuse"},
    {"speaker": FAWAZ, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SALMAN, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- The National Guard arrests a niqabi who taught children in praise of ISIS. The arrest (نجحت ... في ايقاف) is
# COERCE; her lessons that explain ISIS to win the children over (تتطرق ... وتفسر تركيبته في محاولة منها
# لاستقطاب), which the charge calls glorification, are an alleged SUPPORT of ISIS but no claim (the headline's
# تشيد is not in the text); the prosecution's order to hold her and send her
# to court on a charge is ACCUSE (the holding continues the arrest). Her brother "موقوف" has no doer. تونس is
# written only inside the wire's name (وكالة تونس افريقيا للأنباء), so the state is listed in English only, and
# the brigade's full name ends in قبلي, a place of its own. "وفق تقديرها" and "وفق ما ينص عليه قانون" are no
# speakers' statements.
i = 'ant-JA-localNews-2162-20160714'
t = news_text(i)
WOMAN = ["niqab-wearing woman", "امرأة منقبة", "منقبة", "امرأة", "المظنون فيها", "الموقوفة"]
recs.append({"id": i, "text": t, "published": "2016-07-14", "events": [
    {"code": "COERCE", "source": ["National Guard research and inspection brigade", "فرقة الأبحاث والتفتيش",
                                  "فرقة الأبحاث والتفتيش للحرس الوطني", "الحرس الوطني", "لحرس الوطني", "National Guard",
                                  "Tunisia"], "target": WOMAN},
    {"code": "SUPPORT", "source": WOMAN,
     "target": ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "تنظيم داعش الارهابي"]},
    {"code": "ACCUSE", "source": ["Public Prosecution", "النيابة العمومية", "Tunisia"], "target": WOMAN}], "claims": [
    {"speaker": ["Tunisian Interior Ministry", "وزارة الداخلية", "مكتب الاعلام والاتصال بوزارة الداخلية",
                 "مكتب الاعلام والاتصال", "Tunisia"], "cue": cue(t, "أفاد"), "stance": "accuse"}]})
# --- Mahdia police break up a burglary gang. The arrest of the seven this Wednesday (2017-02-08) and the later
# arrest of the leader, with the Sousse units, are two COERCE; the second is not dated by the text. The
# uncovering and the questioning are part of the arrests; the thefts are the object of the leader's confession
# (تنفيذ سلسلة من السرقات) and their relative clause has houses, not actors, as victims: not coded. The bare
# "مصدر أمني" (twice) is no claim; the leader's confession (اعترف) is. Names holding المهدية or سوسة are left out.
i = 'ant-JA-society-225-20170208'
t = news_text(i)
POLICE = ["Mahdia police security units", "الوحدات الأمنية", "منطقة الشرطة", "Tunisian police", "Tunisia"]
LEADER = ["gang leader", "زعيم هذه العصابة", "زعيم"]
recs.append({"id": i, "text": t, "published": "2017-02-08", "events": [
    {"code": "COERCE", "source": POLICE,
     "target": ["burglary gang", "عصابة", "عصابة مختصة في سرقة المنازل", "عناصرها السبعة"],
     "date": "2017-02-08"},
    {"code": "COERCE", "source": POLICE + ["أعوان الفرقة ذاتها", "أعوان الفرقة"], "target": LEADER}], "claims": [
    {"speaker": LEADER, "cue": cue(t, "اعترف"), "stance": "assert"}]})
# --- The Gabes internal-security union's protest today (2015-03-27) against the National Guard command's and the
# security secretary's letters: one PROTEST. The threats those letters hold are a noun (تهديدا و وعيدا) and the
# dismissals after the Bardo attack a masdar with no doer: neither coded. The protesters' discontent with the
# supervising authority is an ACCUSE; the union's objection to the way the leaders were dismissed, voiced by
# المجعي, a second ACCUSE whose target (whoever dismissed them) the text does not name. "وفق ما أكده" is the only
# attribution of its sentence, so a claim; "على حد قوله" repeats المجعي in his sentence, so none.
i = 'ant-JA-localNews-3119-20150327'
t = news_text(i)
UNION = ["Regional Internal Security Union of Gabes", "النقابة الجهوية للأمن الداخلي", "النقابة", "المحتجون"]
MEJRI = ["Nabil Mejai", "نبيل المجعي", "المجعي", "National Union of Internal Security Forces",
         "النقابة الوطنية لقوات الامن الداخلي", "لنقابة الوطنية لقوات الامن الداخلي"]
recs.append({"id": i, "text": t, "published": "2015-03-27", "events": [
    {"code": "PROTEST", "source": UNION,
     "target": ["National Guard command", "امر الحرس الوطني", "الحرس الوطني", "Secretary of State for Security",
                "كاتب الدولة للأمن", "Tunisia"], "date": "2015-03-27"},
    {"code": "ACCUSE", "source": UNION,
     "target": ["supervising authority", "سلطة الإشراف", "Tunisian Interior Ministry", "Tunisia"]},
    {"code": "ACCUSE", "source": MEJRI + ["النقابة"], "target": []}], "claims": [
    {"speaker": MEJRI, "cue": cue(t, "وفق ما أكده"), "stance": "accuse"},
    {"speaker": UNION, "cue": cue(t, "عبر", 1), "stance": "accuse"},
    {"speaker": MEJRI, "cue": cue(t, "عبر", 2), "stance": "accuse"},
    {"speaker": MEJRI, "cue": cue(t, "معتبرا"), "stance": "accuse"}]})
# --- Fajr Libya's statement on the arrest of its commander in Tunisia. The cleft "من قام باعتقال قائدهم ...
# و اتهامه بالإرهاب هم بقايا نظام بن علي من قضاة و شرطة" names the doers of an alleged COERCE and ACCUSE
# against al-Qulaib; the statement itself accuses the old-regime remnants (of the arrest and the conspiracy) and
# the Tobruk parliament and its government (traitors who misled them): two ACCUSE; the contact with independent
# lawyers (اتصلوا بعدة محامين) is CONSULT, and affirming the ties between the Tunisian and Libyan peoples a
# SUPPORT of Tunisia. Every Arabic or English form of Fajr Libya holds ليبيا, which the article names on its own
# (الصادرات إلى ليبيا), and "بقايا نظام بن علي" holds بن علي: those aliases are left out. The lawyers who
# "أكدوا لنا" are a bare group: no claim.
i = 'ant-JA-localNews-4469-20150621'
t = news_text(i)
FAJR = ["Fajr operation media office", "المكتب الاعلامي", "المكتب الإعلامي", "عملية فجر"]
QULAIB = ["Walid al-Qulaib", "وليد القليب", "القليب", "قائدهم"]
ARRESTERS = ["old-regime remnants in Tunisia", "بقايا", "قضاة", "شرطة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-06-21", "events": [
    {"code": "COERCE", "source": ARRESTERS, "target": QULAIB},
    {"code": "ACCUSE", "source": ARRESTERS, "target": QULAIB},
    {"code": "ACCUSE", "source": FAJR, "target": ["old-regime remnants", "بقايا", "بقايا الأنظمة الفاسدة", "قضاة",
                                                  "شرطة"]},
    {"code": "ACCUSE", "source": FAJR, "target": ["Tobruk parliament", "House of Representatives", "برلمان طبرق",
                                                  "خونة برلمان طبرق", "Tobruk government", "حكومتهم الفاسدة"]},
    {"code": "CONSULT", "source": FAJR, "target": ["independent lawyers", "محامين مستقلين", "عدة محامين"]},
    {"code": "SUPPORT", "source": FAJR, "target": ["Tunisia", "تونس"]}], "claims": [
    {"speaker": FAJR, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": FAJR, "cue": cue(t, "أكد", 2), "stance": "accuse"},
    {"speaker": FAJR, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": FAJR, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- The UGTT will sign the Kamour agreement next Thursday, told by its Tataouine secretary at a press conference
# today. The future signing is an AGREE (like future meetings), dated to the day the text fixes for it
# (2017-06-15), between the sit-in youth and the government whom the UGTT mediates; Taboubi's contact with the
# youth (بادر بالاتصال) is CONSULT and "الاتحاد الذي دعم الحراك الشبابي" a SUPPORT. The sit-in, the referral of
# the demands (تمت احالتها, no doer) and the burnings, looting and death are nouns: not coded; the union's
# refusal to stay silent blames no named party, so it is a claim (accuse) but no ACCUSE. "على حد قوله" repeats
# السعيدي in his sentence. Aliases holding الكامور or تطاوين (شباب الكامور، الاتحاد الجهوي للشغل بتطاوين) are
# left out: both places are named on their own.
i = 'ant-JA-localNews-4790-20170612'
t = news_text(i)
SAIDI = ["Bechir Saidi", "بشير السعيدي", "السعيدي", "UGTT", "الاتحاد العام التونسي للشغل",
         "لاتحاد العام التونسي للشغل"]
UGTT = ["UGTT", "الاتحاد العام التونسي للشغل", "لاتحاد العام التونسي للشغل", "الاتحاد"]
TABOUBI = ["Noureddine Taboubi", "نور الدين الطبوبي", "الطبوبي"] + UGTT
YOUTH = ["sit-in youth", "شباب", "المعتصمين", "الحراك الشبابي"]
recs.append({"id": i, "text": t, "published": "2017-06-12", "events": [
    {"code": "AGREE", "source": TABOUBI, "target": YOUTH + ["Tunisian government", "الحكومة", "Tunisia"],
     "date": "2017-06-15"},
    {"code": "CONSULT", "source": TABOUBI, "target": YOUTH},
    {"code": "SUPPORT", "source": UGTT, "target": YOUTH}], "claims": [
    {"speaker": SAIDI, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": SAIDI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SAIDI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": SAIDI, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch14.gold.jsonl', recs)
