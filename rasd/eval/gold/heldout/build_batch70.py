"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 70 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Madina: Mahmoud Abbas, at the Arab Peace Initiative follow-up committee in Cairo yesterday (Wednesday
# 2015-08-05), calls for a full review of relations with Israel and accuses Kerry and Hamas. Everything he says is
# placed at yesterday's meeting ("جاء ذلك خلال اجتماع ... أمس الأربعاء"), so his events are dated 2015-08-05. The
# meeting, with its participants named (بمشاركة ...، سامح شكري رئيس الاجتماع), is one multilateral CONSULT with every
# participant in the source and no target (as the seed's UDCG meeting and batch 52's TPP round), dated. "دعا ... إلى
# مراجعة شاملة للعلاقات مع إسرائيل" is a call with no named addressee (Israel is what is to be reviewed, not who is
# asked): REQUEST with no target. His charge that the settlers act on a green light from the Israeli authorities
# (مؤكدًا) and his "أقدمت اسرائيل وحكومتها المتطرفة علي ارتكاب نحو 11 ألف انتهاك" are one speech's criticism of one
# party: one ACCUSE of Israel (the settlers in its list); the unspecified "violations" map to no PLOVER type of their
# own, and the attacks on the people and Al-Aqsa are nouns. "اتهم ... جون كيري بالتقصير" is ACCUSE of Kerry; "فيما
# تعهد به من اتفاق بين الجانبين" names neither what was pledged nor to whom: not coded (decided). "اتهم حماس بالإقدام
# علي اختطاف ثلاثة من المستوطنين" and "حماس مازالت تمارس سياسة التعنت" are one ACCUSE of Hamas; the kidnapping is
# the accusation's content, a masdar, and is not coded apart (decided). "مازلنا نمد يدنا إليهم لتشكيل حكومة وحدة
# وطنية" is a standing offer: AGREE to Hamas (offers → AGREE). The ministers' tribute to the late Saud al-Faisal
# (ثمن، مشيدين) praises a dead man's merits: claims, no event (README: mourning is no event, a statement of the dead
# man's merits a claim). The 2002 Beirut summit's adoption of the initiative is background acting on no party.
# Claims: Abbas's دعا (other), مؤكدًا (accuse), both اتهم and both قال (accuse; the second قال's offer follows its
# charge of intransigence); the ministers' ثمن and مشيدين (assert, distinct contents). State officials list their
# state; the committee's participants list theirs.
i = 'snn-2015-08-06-1458'
t = news_text(i)
ABBAS = ["Mahmoud Abbas", "محمود عباس", "محمود عباس أبو مازن", "أبو مازن", "عباس", "Palestinian Authority",
         "السلطة الفلسطينية", "Palestine", "فلسطين"]
MEETING = ABBAS + ["Nizar Madani", "نزار مدني", "Saudi Arabia", "السعودية", "Nasser Judeh", "ناصر جودة", "Jordan",
                   "الأردن", "Riyad al-Maliki", "رياض المالكي", "Mbarka Bouaida", "مباركة بو عيدة", "Morocco",
                   "المغرب", "Sameh Shoukry", "سامح شكري", "Egypt", "مصر", "Arab Peace Initiative committee",
                   "لجنة متابعة مبادرة السلام الدولية", "لجنة مبادرة السلام العربية"]
ISRAEL = ["Israel", "إسرائيل", "اسرائيل", "السلطات الإسرائيلية", "Israeli government", "حكومتها المتطرفة",
          "settlers", "قطعان المستوطنين"]
KERRY = ["John Kerry", "جون كيري", "كيري", "United States", "الولايات المتحدة"]
HAMAS = ["Hamas", "حماس"]
MINISTERS = ["Arab Peace Initiative committee foreign ministers", "وزراء خارجية لجنة مبادرة السلام العربية",
             "وزراء خارجية", "Arab Peace Initiative committee", "لجنة مبادرة السلام العربية"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": MEETING, "target": [], "date": "2015-08-05"},
    {"code": "REQUEST", "source": ABBAS, "target": [], "date": "2015-08-05"},
    {"code": "ACCUSE", "source": ABBAS, "target": ISRAEL, "date": "2015-08-05"},
    {"code": "ACCUSE", "source": ABBAS, "target": KERRY, "date": "2015-08-05"},
    {"code": "ACCUSE", "source": ABBAS, "target": HAMAS, "date": "2015-08-05"},
    {"code": "AGREE", "source": ABBAS, "target": HAMAS, "date": "2015-08-05"}], "claims": [
    {"speaker": ABBAS, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": ABBAS, "cue": cue(t, "مؤكدًا"), "stance": "accuse"},
    {"speaker": ABBAS, "cue": cue(t, "اتهم", 1), "stance": "accuse"},
    {"speaker": ABBAS, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": ABBAS, "cue": cue(t, "اتهم", 2), "stance": "accuse"},
    {"speaker": ABBAS, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": MINISTERS, "cue": cue(t, "ثمن"), "stance": "assert"},
    {"speaker": MINISTERS, "cue": cue(t, "مشيدين"), "stance": "assert"}]})
# --- Al-Madina: Morocco announces today (2015-07-21) the arrest of an eight-member cell loyal to ISIS. "أعلنت
# السلطات المغربية اليوم القبض على خلية" is the authorities' arrest: COERCE of the cell, undated (only the
# announcement has a day, as batch 56's Interior Ministry announcement); the investigation "الذي يجري تحت إشراف النيابة
# العامة" is folded into the arrest operation (as batch 14 folds questioning into an arrest) and the coming referral
# "سيتم تقديم المشتبه بهم إلى العدالة" is passive with no doer. "8 عناصر ... ابدوا ولائهم وتأييدهم لتنظيم داعش" is a
# pledge of allegiance in a relative clause with its doer: SUPPORT cell → ISIS (batches 41–44), undated. "قادة ميدانيين
# لهذا التنظيم نسقوا مع زعيم هذه الخلية من أجل إيواء مقاتلين" is a clause with its doer inside the ministry's statement:
# COOPERATE ISIS → the cell (its leader in its list), undated. The fighters' training in ISIS camps (تلقوا تدريبات) is
# told from the trainees' side, internal to ISIS: not coded. Claims: the authorities' أعلنت (assert), the Interior
# Ministry's أوضحت (the cell's plans: accuse) and أضافت (bringing the suspects to justice: promise, as an
# investigation pledge is in batches 57–60's README line).
i = 'snn-2015-07-21-1313'
t = news_text(i)
MA_AUTH = ["Moroccan authorities", "السلطات المغربية", "Moroccan Interior Ministry", "وزارة الداخلية المغربية",
           "وزارة الداخلية", "Morocco", "المغرب"]
MA_INTERIOR = ["Moroccan Interior Ministry", "وزارة الداخلية المغربية", "وزارة الداخلية", "Morocco", "المغرب"]
CELL = ["terrorist cell", "خلية إرهابية", "هذه الخلية", "8 عناصر", "زعيم هذه الخلية", "المشتبه بهم"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "قادة ميدانيين لهذا التنظيم", "قادة ميدانيين"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE", "source": MA_AUTH, "target": CELL},
    {"code": "SUPPORT", "source": CELL, "target": ISIS},
    {"code": "COOPERATE", "source": ISIS, "target": CELL}], "claims": [
    {"speaker": ["Moroccan authorities", "السلطات المغربية", "Morocco", "المغرب"], "cue": cue(t, "أعلنت"),
     "stance": "assert"},
    {"speaker": MA_INTERIOR, "cue": cue(t, "أوضحت"), "stance": "accuse"},
    {"speaker": MA_INTERIOR, "cue": cue(t, "أضافت"), "stance": "promise"}]})
# --- Okaz: nine Yemeni soldiers killed yesterday (2015-07-31) in an al-Qaeda attack with two car bombs on a post in
# Wadi Sirr, Hadramawt. "هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري" is a relative clause with its doer: ASSAULT
# al-Qaeda → the Yemeni army, dated by أمس; the security source's "هجوما بسيارتين مفخختين ... استهدف نقطة عسكرية
# تابعة للواء 135" re-tells the same attack (one instance). "سيارتين مدرعتين تابعتين للواء نهبهما من المنطقة العسكرية
# الثانية في المكلا قبل شهرين" is a relative clause with its doer (القاعدة): seizing the army's property, COERCE
# (CAMEO 1711, as batch 21's gunmen seizing supplies), undated ("قبل شهرين"). "على ما أعلن مصدر عسكري، محملا تنظيم
# القاعدة المسؤولية" belongs to a bare "مصدر عسكري" (no nationality or institution, unlike "مصدر عسكري أردني"): no claim
# and no ACCUSE. "مصدر أمني يمني" is tied to a state like GUIDELINES' "مصدر عسكري أردني": claims أوضح and مبينا
# (assert: the attack and the wounded) and أشار (al-Qaeda used looted vehicles: accuse). Okaz is the conduit;
# "ويعد هذا" is the narrator. Aliases holding المكلا or حضرموت (named on their own) are left out.
i = 'snn-2015-08-01-1157'
t = news_text(i)
AQ = ["al-Qaeda", "AQAP", "تنظيم القاعدة", "القاعدة", "مسلحو تنظيم القاعدة"]
YEMEN_ARMY = ["Yemeni army", "الجيش اليمني", "قوات الجيش اليمني", "تسعة جنود", "جنود", "اللواء 135", "اللواء",
              "المنطقة العسكرية الثانية", "Yemen", "اليمن"]
YEMEN_SOURCE = ["Yemeni security source", "مصدر أمني يمني", "Yemen", "اليمن"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ASSAULT", "source": AQ, "target": YEMEN_ARMY, "date": "2015-07-31"},
    {"code": "COERCE", "source": AQ, "target": YEMEN_ARMY}], "claims": [
    {"speaker": YEMEN_SOURCE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": YEMEN_SOURCE, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": YEMEN_SOURCE, "cue": cue(t, "أشار"), "stance": "accuse"}]})
# --- Al-Riyadh: the Saudi embassy in Turkey renews, yesterday Thursday (2015-08-06: the weekday the text gives wins over
# the corpus date's "yesterday"), its advice to Saudi travellers against fraud. An embassy's advice to its own
# nationals is an administrative notice (batches 49–52: claims only): no event; the Turkish companies, chamber of
# commerce and lawyers are whom travellers should consult, no party acted on. Claims, all the embassy's: جددت (the
# light verb of "توجيهات", as "أطلقت ... تحذيرا" in batch 29–30), شددت، دعت، نوهت — distinct advice, all other. The
# embassy's forms holding تركيا or أنقرة (named on their own) are left out.
i = 'snn-2015-08-08-0687'
t = news_text(i)
EMBASSY = ["Saudi embassy", "سفارة خادم الحرمين الشريفين", "السفارة", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": EMBASSY, "cue": cue(t, "جددت"), "stance": "other"},
    {"speaker": EMBASSY, "cue": cue(t, "شددت"), "stance": "other"},
    {"speaker": EMBASSY, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": EMBASSY, "cue": cue(t, "نوهت"), "stance": "other"}]})
# --- Asharq al-Awsat: Iraqi Vice-President Osama al-Nujaifi, in an interview, blames Nouri al-Maliki
# for Iraq's ruin and calls for early elections. "حمّل ... المالكي المسؤولية الكاملة" and "طالب ... ان المالكي يتحمل
# مسؤولية خراب البلد" are one charge against one man: one ACCUSE. "دعا إلى انتخابات مبكرة" (re-told by "حتى لو وصل
# الأمر إلى إجراء انتخابات جديدة") is a call with no addressee: REQUEST with no target. "دعا ... حيدر العبادي بالعودة
# إلى مجلس النواب وإعادة طرح الثقة بحكومته" (with the later "يستدعي من رئيس الوزراء توضيح هذه الأمور وتقييم عمل كل
# وزير") is REQUEST to Abadi; his criticism that Abadi's government "لم تتمكن من تحقيق البرنامج ... غير قادرة"
# and failed to carry out what it pledged is ACCUSE of Abadi's government (decided: a criticism, like batch 52's
# Hedhili, beside the call). All undated (the interview has no day). Not coded: "لم تنفذ غالبية ما تم الاتفاق عليه"
# (passive), the protests (a noun), the government's programme "الذي طرحته" and "تعهدت الحكومة بتنفيذه" (background
# with no party acted on). Claims: حمّل (accuse), the first دعا (elections, other: a distinct content in the same
# sentence), طالب (accuse), the second دعا (other), the first قال (accuse: the programme not carried out, ministers to
# be sacked, the system's failure), the second قال (assert). «الشرق الأوسط» is the conduit. The three Iraqi
# officials list no country: each alias list would match the others'.
i = 'snn-2015-08-08-0060'
t = news_text(i)
NUJAIFI = ["Osama al-Nujaifi", "أسامة النجيفي", "النجيفي"]
MALIKI = ["Nouri al-Maliki", "نوري المالكي", "المالكي"]
ABADI = ["Haider al-Abadi", "حيدر العبادي", "العبادي", "رئيس الوزراء الحالي", "Iraqi government", "حكومته",
         "الحكومة"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ACCUSE", "source": NUJAIFI, "target": MALIKI},
    {"code": "REQUEST", "source": NUJAIFI, "target": []},
    {"code": "REQUEST", "source": NUJAIFI, "target": ABADI},
    {"code": "ACCUSE", "source": NUJAIFI, "target": ABADI}], "claims": [
    {"speaker": NUJAIFI, "cue": cue(t, "حمّل"), "stance": "accuse"},
    {"speaker": NUJAIFI, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": NUJAIFI, "cue": cue(t, "طالب", 1), "stance": "accuse"},
    {"speaker": NUJAIFI, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": NUJAIFI, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": NUJAIFI, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- Jawhara FM: the judges resume their protests today, Monday (2017-04-24), until Friday 28 April (red armbands,
# postponed hearings), says Association of Tunisian Judges president Raoudha Karafi. "القضاة استأنفوا احتجاجاتهم
# اليوم الاثنين" is a clause with its doer: PROTEST, dated, with the association that decided it in the source (a protest
# called by named bodies and held, batches 57–60's README line); no target, since the text addresses the protest to no
# one (batches 8–9: strikes held have none; the grievance is coded as ACCUSE). Karafi's "غاضبون من تواصل تعنت الحكومة
# ووزارة العدل، وغلقها لباب الحوار ... اتخاذ القرارات الأحادية" is ACCUSE of the government and the Justice Ministry,
# dated by her statement of today; the association's statement of last Friday (2017-04-21: "ما اعتبرته غلق الحكومة
# ووزارة العدل لباب الحوار ... وتجاهلها لها") is a second ACCUSE of the same parties, dated 2017-04-21 (a distinct
# statement on a distinct day). The national council's decision of 16 April is the association's own internal
# meeting (a noun): not coded. Claims: Karafi's أفادت، أوضحت (assert), قالت (accuse), مشيرة (assert); the
# association's أكدت (the protests' legitimacy: assert), "ما اعتبرته" (a distinct content: accuse, as batch 34's
# اعتبروا) and the executive bureau's شدّد (assert). TAP is the conduit.
i = 'ant-JA-localNews-3535-20170424'
t = news_text(i)
AMT = ["Association of Tunisian Judges", "AMT", "جمعية القضاة التونسيين", "الجمعية", "المكتب التنفيذي للجمعية"]
KARAFI = ["Raoudha Karafi", "روضة القرافي", "القرافي"] + AMT
JUDGES = ["Tunisian judges", "القضاة", "القضاة العدليين والإداريين والماليين"] + AMT
GOV = ["Tunisian government", "الحكومة", "Ministry of Justice", "وزارة العدل", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-04-24", "events": [
    {"code": "PROTEST", "source": JUDGES, "target": [], "date": "2017-04-24"},
    {"code": "ACCUSE", "source": KARAFI, "target": GOV, "date": "2017-04-24"},
    {"code": "ACCUSE", "source": AMT, "target": GOV, "date": "2017-04-21"}], "claims": [
    {"speaker": KARAFI, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": KARAFI, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": KARAFI, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": KARAFI, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": AMT, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": AMT, "cue": cue(t, "اعتبرته"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "شدّد"), "stance": "assert"}]})
# --- Jawhara FM: Free Destourian Party president Abir Moussi says the party is ready for the municipal elections.
# Preparing for elections, setting up its own committee and ruling out joining any front (no front named) act on no
# party: no events. Claims: أكدت، the first مشيرة، أضافت، استبعدت (her own party's position, not a denial of a charge),
# the second مشيرة — all assert; "وفق تعبيرها" repeats its sentence's speaker: no claim.
i = 'ant-JA-politic-2-20170121'
t = news_text(i)
MOUSSI = ["Abir Moussi", "عبير موسى", "موسى", "موسي", "Free Destourian Party", "الحزب الدستوري الحر"]
recs.append({"id": i, "text": t, "published": "2017-01-21", "events": [], "claims": [
    {"speaker": MOUSSI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MOUSSI, "cue": cue(t, "مشيرة", 1), "stance": "assert"},
    {"speaker": MOUSSI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": MOUSSI, "cue": cue(t, "استبعدت"), "stance": "assert"},
    {"speaker": MOUSSI, "cue": cue(t, "مشيرة", 2), "stance": "assert"}]})
# --- Jawhara FM: El Faouar (Kebili) youth decide at a popular meeting today to start a 48-hour sit-in at the Perenco
# gas company's offices and threaten escalation. The text's "ظهر اليوم الاثنين" makes today Monday 2017-05-15 (the
# weekday wins over the corpus date, 2017-05-16) and "الأمس" Sunday 2017-05-14. The decided sit-in "في انتظار تفاعل
# الحكومة مع مطالبهم ... قبل اللجوء الى خيار التصعيد" is an announced protest with a threat of escalation: THREATEN
# (README), aimed at the government whose response it awaits and at Perenco whose offices it targets (one list, as
# batch 34 aims a judges' strike at the government it answers), dated by today's decision. "انطلقت التحركات
# الاحتجاجية منذ مساء الأمس ... دفعهم منذ الأمس الى التوجه الى صمام الغاز التابع لشركة بيرنكو وإغلاقه" is the
# residents' protest with its doer (the pronoun of دفعهم, the people of the area): PROTEST (a blockade of the company's
# valve), Perenco the target, dated 2017-05-14. Not coded: "قبل تدخل الجيش لإعادة فتحه ومنعهم" (a temporal noun
# phrase, background like "الضربات الأمريكية على سوريا"), the ministerial meeting (a noun, with the government's
# dealings told by a relative clause of no act on a party), the coordination committee "تم تكوين" (passive,
# internal). Claims of coordination member Zied Ben Maatouk: "وفق ما أكده" (its sentence's only attribution: warn,
# the sit-in and escalation), ذكر، أضاف، أشار (assert) and معبرا (his hope, a distinct content: assert); "على حد قوله"
# repeats its sentence's speaker. Aliases holding الفوار or قبلي (named on their own) are left out.
i = 'ant-JA-localNews-3980-20170516'
t = news_text(i)
YOUTH = ["El Faouar youth", "شباب", "أهالي المنطقة", "أهالي الجهة", "اهالي الجهة", "المحتجين"]
PERENCO = ["Perenco", "بيرنكو", "شركة بيرنكو للغاز", "شركة بيرنكو", "شركة \"بيرنكو للغاز\"", "شركة \"بيرنكو\""]
BEN_MAATOUK = ["Zied Ben Maatouk", "زيد بن معتوق", "بن معتوق", "المصدر ذاته"]
recs.append({"id": i, "text": t, "published": "2017-05-16", "events": [
    {"code": "THREATEN", "source": YOUTH,
     "target": ["Tunisian government", "الحكومة", "الأطراف الحكومية", "Tunisia"] + PERENCO, "date": "2017-05-15"},
    {"code": "PROTEST", "source": YOUTH, "target": PERENCO, "date": "2017-05-14"}], "claims": [
    {"speaker": BEN_MAATOUK, "cue": cue(t, "وفق ما أكده"), "stance": "warn"},
    {"speaker": BEN_MAATOUK, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": BEN_MAATOUK, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BEN_MAATOUK, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": BEN_MAATOUK, "cue": cue(t, "معبرا"), "stance": "assert"}]})
# --- Jawhara FM: the National Guard, with the army, civil protection and the equipment services, evacuates cars and
# buses stuck in the Ain Draham snow, shelters and helps stranded people, and asks travellers to check the weather
# first. Rescue and shelter by state units are AID (batch 13 codes a rescue as AID, batch 36 the sheltering of
# families). "قامت وحدات الحرس الوطني بالإشتراك مع ... جيش وطني وحماية مدنية وتجهيز بإجلاء وتسهيل مرور 650 سيارة ... و200
# حافلة" is one joint rescue: AID with the partners in the source (as a coalition's partner joins its operation's
# source with no COOPERATE, batches 29–30), no target (vehicles are no actor). "قامت بايواء أصاغر جمعية الأمل الرياضي بجندوبة" is
# AID to the juniors; "تقديم المساعدة إلى أكثر من 1200 شخص من زوار ومتساكني مدينة عين دراهم إضافة إلى إيواء أكثر من
# 1000 شخص" AID to the stranded visitors and residents (the 1000 sheltered folded into them, decided): one AID per
# group (batches 53–56). All undated (the snowfall has no day; "اليوم الثلاثاء" dates the travel the notice is about).
# Guiding road users and commandeering farmers' tractors to tow cars are part of the rescue: no event of their own.
# The call to citizens is an administrative notice: a claim only. Claims: "حسب الإدارة العامة للحرس الوطني" (its
# sentence's only attribution: assert) and دعت (other). Aliases holding جندوبة or عين دراهم are left out.
i = 'ant-JA-localNews-956-20170117'
t = news_text(i)
GUARD = ["National Guard", "الحرس الوطني", "وحدات الحرس الوطني", "الإدارة العامة للحرس الوطني"]
recs.append({"id": i, "text": t, "published": "2017-01-17", "events": [
    {"code": "AID", "source": GUARD + ["Tunisian army", "جيش وطني", "Civil Protection", "حماية مدنية",
                                       "equipment services", "تجهيز", "الأطراف المتداخلة"], "target": []},
    {"code": "AID", "source": GUARD, "target": ["Al Amal juniors", "أصاغر جمعية الأمل الرياضي", "أصاغر",
                                                "جمعية الأمل الرياضي"]},
    {"code": "AID", "source": GUARD, "target": ["stranded visitors and residents", "أكثر من 1200 شخص", "1200 شخص",
                                                "زوار ومتساكني", "زوار", "متساكني", "أكثر من 1000 شخص"]}], "claims": [
    {"speaker": GUARD, "cue": cue(t, "حسب"), "stance": "assert"},
    {"speaker": GUARD, "cue": cue(t, "دعت"), "stance": "other"}]})
# --- Jawhara FM: the Consumer Protection Organisation calls for postponing gas, electricity and water bills to
# October. "دعت ... إلى إرجاء خلاص فواتير" and its president's "المنظمة راسلت رئاسة الحكومة و... الشركة التونسية
# للكهرباء والغاز و... الشركة الوطنية لاستغلال وتوزيع المياه من أجل إرجاء استخلاص فواتير" are one call, made by letter
# to the parties named: one REQUEST with the three addressees in one target list, undated (no day in the text). "لم
# تتلق ... أي رد رسمي" is negated: no event. Claims: the organisation's دعت (other); Slim Saadallah's قال (what the
# organisation did: assert), أضاف and أوضح (assert). Jawhara FM is the conduit.
i = 'ant-JA-localNews-3239-20160907'
t = news_text(i)
ODC = ["Organisation for the Defence of the Consumer", "ODC", "منظمة الدفاع عن المستهلك", "المنظمة"]
SAADALLAH = ["Slim Saadallah", "سليم سعد الله", "سعد الله"] + ODC
recs.append({"id": i, "text": t, "published": "2016-09-07", "events": [
    {"code": "REQUEST", "source": ODC,
     "target": ["Presidency of the Government", "رئاسة الحكومة", "STEG", "الشركة التونسية للكهرباء والغاز",
                "SONEDE", "الشركة الوطنية لاستغلال وتوزيع المياه", "Tunisian government", "Tunisia"]}], "claims": [
    {"speaker": ODC, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": SAADALLAH, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SAADALLAH, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SAADALLAH, "cue": cue(t, "أوضح"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch70.gold.jsonl', recs)
