"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 75 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Mobily urges its subscribers by text message to take part in the municipal elections, in
# coordination with the Ministry of Municipal and Rural Affairs. "حثت شركة موبايلي مشتركيها ... وذلك بالتنسيق مع
# وزارة الشؤون البلدية والقروية" names the company as doer and the ministry as partner: COOPERATE Mobily → ministry
# (batch 49's "تنفذه الغرفة التجارية، بالتنسيق مع بلدية المحافظة"), undated; al-Balawi's "الشركة مستمرة في دعم
# توجه الوزارة ... من خلال بث الرسائل" re-tells the same campaign (no second event). The urging itself is an
# awareness campaign to customers (batch 49 codes no event for an election-awareness campaign): no REQUEST, but a
# statement of the company's: claim حثت (other). "يذكر أن موبايلي سبق أن أسهمت في حملات توعوية ... مع عدد من
# الإدارات الحكومية والجمعيات الخيرية" is the narrator's background with unnamed partners (batch 36's unnamed
# fellow authorities): not coded. Claims: حثت (other), al-Balawi's أوضح، أكد (the company continues its support:
# assert) and قال (assert). Al-Balawi is a company executive: his list holds Mobily. The ministry lists Saudi Arabia.
i = 'snn-2015-08-06-0649'
t = news_text(i)
MOBILY = ["Mobily", "موبايلي", "شركة موبايلي", "الشركة"]
BALAWI = ["Mohammed al-Balawi", "محمد البلوي", "البلوي"] + MOBILY
MOMRA = ["Ministry of Municipal and Rural Affairs", "وزارة الشؤون البلدية والقروية", "الوزارة", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "COOPERATE", "source": MOBILY, "target": MOMRA}], "claims": [
    {"speaker": MOBILY, "cue": cue(t, "حثت"), "stance": "other"},
    {"speaker": BALAWI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BALAWI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BALAWI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Al-Sharq al-Awsat (via SaudiNewsNet): the Syrian Kurdish YPG accuses Turkey, yesterday (2015-08-01), of
# targeting it at least four times last week; Turkish raids kill or wound about 25 villagers near Erbil. "اتهمت
# وحدات حماية الشعب ... تركيا، أمس" is ACCUSE YPG → Turkey, dated; its statement's "حكومة أنقرة استهدفت مواقعنا" is
# an alleged clause with its doer: ASSAULT Turkey → YPG, undated (four times over the past week); "مطالبة شركاءنا في
# التحالف الدولي ضد داعش بتوضيح موقفهم" is REQUEST YPG → coalition, dated by the same statement (the lead places it
# yesterday). The relative clauses on the YPG have their doers: "التي تقاتل تنظيم داعش" is ASSAULT YPG → ISIS and
# "وتعتبرها واشنطن «شريكا على الأرض»" an endorsement, SUPPORT US → YPG (decided), both undated. "أسفرت غارات
# للطيران التركي، فجر أمس، على قرية ... عن مقتل" has the raids (a noun) as subject: nominal, not coded (batch 42's
# bombing as a relative clause's subject); the Kurdistan Presidency's condemnation of the shelling is ACCUSE with
# the doer the text names (the Turkish air force) as target, and its call on the PKK REQUEST; both undated (no day
# for the statement). The Turkish official's "أنقرة تتعاون مع حكومة إقليم كردستان العراق للتحقيق" is a clause with
# its doer: COOPERATE Turkey → KRG, undated; the investigation is its purpose (a masdar). The clashes "بين حزب العمال
# الكردستاني والدولة التركية" and "إعلاننا" are nouns. Claims: اتهمت، قالت (accuse), مطالبة (other), Washington's
# تعتبرها (a quoted view: assert), the presidency's أدانت (accuse) and دعت (other), and "مسؤول تركي كبير" (tied to a
# government) قال (assert). The coalition's list holds no "التحالف الدولي ضد داعش" (ISIS is an actor here).
i = 'snn-2015-08-02-0114'
t = news_text(i)
YPG = ["People's Protection Units", "YPG", "وحدات حماية الشعب", "وحدات حماية الشعب الكردية", "القوات الكردية",
       "Syrian Kurds", "أكراد سوريا"]
TURKEY = ["Turkey", "تركيا", "أنقرة", "حكومة أنقرة", "الدولة التركية", "Turkish air force", "الطيران التركي"]
COALITION = ["international coalition", "US-led coalition", "التحالف الدولي", "شركاءنا في التحالف الدولي"]
US = ["United States", "الولايات المتحدة", "Washington", "واشنطن"]
KURDPRES = ["Kurdistan Region Presidency", "رئاسة كردستان", "رئاسة إقليم كردستان"]
PKK = ["PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"]
TURK_OFFICIAL = ["senior Turkish official", "مسؤول تركي كبير", "Turkey", "تركيا"]
KRG = ["Kurdistan Regional Government", "KRG", "حكومة إقليم كردستان العراق", "حكومة إقليم كردستان"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "ACCUSE", "source": YPG, "target": TURKEY, "date": "2015-08-01"},
    {"code": "ASSAULT", "source": TURKEY, "target": YPG},
    {"code": "REQUEST", "source": YPG, "target": COALITION, "date": "2015-08-01"},
    {"code": "ASSAULT", "source": YPG, "target": ["ISIS", "داعش", "تنظيم داعش"]},
    {"code": "SUPPORT", "source": US, "target": YPG},
    {"code": "ACCUSE", "source": KURDPRES, "target": TURKEY},
    {"code": "REQUEST", "source": KURDPRES, "target": PKK},
    {"code": "COOPERATE", "source": TURK_OFFICIAL + ["أنقرة"], "target": KRG}], "claims": [
    {"speaker": YPG, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": US, "cue": cue(t, "تعتبرها"), "stance": "assert"},
    {"speaker": YPG, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": YPG, "cue": cue(t, "مطالبة"), "stance": "other"},
    {"speaker": KURDPRES, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": KURDPRES, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": TURK_OFFICIAL, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Al-Sharq al-Awsat (via SaudiNewsNet): the US condemns, yesterday (Friday 2015-07-24), Boko Haram's suicide
# attacks in Cameroon and Nigeria. "أدانت الولايات المتحدة أمس الجمعة هجمات جماعة بوكو حرام ... ووصفتها ...
# واستنكرت استغلال الجماعة ... للأطفال" is one condemnation of one party: one ACCUSE US → Boko Haram, dated; the State
# Department's "تدين بشدة" and Toner's statement re-tell it. The Gombe and Cameroon bombings have no doer in their
# clauses (تسببت تفجيرات، قتل تفجيران) and "هجمات جماعة بوكو حرام" is a noun: not coded. "زيارة للرئيس النيجيري ...
# التقى خلالها بالرئيس الأمريكي" is a clause with its doer: CONSULT Buhari (the visitor) → Obama, undated (four days,
# no day given); "ناقش الرئيسان" is the same meeting. Obama's "بخاري لديه جدول أعمال واضح" praises him: SUPPORT,
# undated. "منذ أن أعلنت مبايعتها لتنظيم داعش" is Boko Haram's pledge of allegiance: SUPPORT → ISIS (batch 41),
# undated, no claim. "فجرت فتاة في العاشرة من عمرها نفسها في داماتورو مما أسفر عن مقتل تسعة أشخاص" has its doer:
# ASSAULT, the girl (in Boko Haram's recruitment of child bombers, the sentence before, so Boko Haram is in her list)
# against the worshippers; dated 2015-07-17: "يوم الجمعة الماضي" is set apart from "أمس الجمعة" and placed "خلال عطلة
# عيد الفطر", which fell on Friday 17 July 2015 (decided). "شددت وزارة الخارجية الأمريكية دعم واشنطن لجهود مكافحة
# الإرهاب في نيجيريا عبر توفير معلومات مخابرات ومستشارين ومعدات ولوجستيات" is ongoing military assistance (PLOVER
# AID: military and police assistance including personnel): AID US → Nigeria, undated (decided: AID rather than a
# verbal SUPPORT, as the content is material). Toner's "نحن ملتزمون بالعمل عن كثب مع الكاميرون ونيجيريا والبلدان
# الأخرى ... بغية هزيمة بوكو حرام" pledges future cooperation: AGREE (README: support pledged for the future),
# undated. Claims: أدانت، وصفتها (a quoted description: its own statement, batch 24), استنكرت (the children: distinct
# content), the State Department's قالت, Toner's قال (all accuse); Obama's قال (assert); شددت (assert); Toner's
# second قال (promise).
i = 'snn-2015-07-25-0643'
t = news_text(i)
US = ["United States", "الولايات المتحدة", "US", "واشنطن", "Washington"]
STATE = ["US State Department", "الخارجية الأمريكية", "وزارة الخارجية الأمريكية", "الخارجية"] + US
TONER = ["Mark Toner", "مارك تونر", "تونر"] + STATE
BOKO = ["Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "الجماعة المتشددة"]
BUHARI = ["Muhammadu Buhari", "محمد بخاري", "بخاري", "الرئيس النيجيري", "Nigeria", "نيجيريا"]
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "الرئيس الأمريكي", "United States", "الولايات المتحدة", "واشنطن"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ACCUSE", "source": STATE, "target": BOKO, "date": "2015-07-24"},
    {"code": "CONSULT", "source": BUHARI, "target": OBAMA},
    {"code": "SUPPORT", "source": OBAMA, "target": BUHARI},
    {"code": "SUPPORT", "source": BOKO, "target": ["ISIS", "داعش", "تنظيم داعش"]},
    {"code": "ASSAULT", "source": ["girl suicide bomber", "فتاة في العاشرة من عمرها", "فتاة"] + BOKO,
     "target": ["worshippers", "تسعة أشخاص", "Damaturu", "داماتورو"], "date": "2015-07-17"},
    {"code": "AID", "source": STATE, "target": ["Nigeria", "نيجيريا"]},
    {"code": "AGREE", "source": TONER,
     "target": ["Cameroon", "الكاميرون", "Nigeria", "نيجيريا", "countries around Lake Chad",
                "البلدان الأخرى المحيطة ببحيرة تشاد"]}], "claims": [
    {"speaker": US, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": US, "cue": cue(t, "وصفتها"), "stance": "accuse"},
    {"speaker": US, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": STATE, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": TONER, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": STATE, "cue": cue(t, "شددت"), "stance": "assert"},
    {"speaker": TONER, "cue": cue(t, "قال", 4), "stance": "promise"}]})
# --- Ain Alyoum: after the Sitra bombing, Bahraini preacher Hassan al-Husseini tweets a demand for retribution
# against "Iran's agents". The bombing's relative clause has the bombing itself as subject (no doer): not coded.
# "طالب ... بعدم التساهل بتنفيذ القصاص بعملاء إيران" is a call with no named addressee (the agents are its object):
# REQUEST with no target (README: a call with no addressee), undated (no day for the tweet). "أكد أن البحرين أصبحت في
# مرمى الإرهاب الصفوي وعملاء إيران هم من ينفذون أجندتها" and the second tweet ("كمية المتفجرات التي أدخلتها إيران
# إلى الخليج") are one speaker's charges against one party: one ACCUSE → Iran, undated; the smuggled explosives are
# the content of the charge, with no PLOVER class of their own (decided: not coded). "أوصى الحسيني المغردين
# البحرينين والخليجين ... وطالبهم بالكتابة عبر هاشتاج" is one call to named addressees: REQUEST → the tweeters
# (batch 48 codes advice as REQUEST), undated. Claims: طالب (other), أكد (accuse), أوضح (the second tweet, "بقوله"
# being the same speech: accuse), أوصى (other) and طالبهم (the named hashtag, distinct content: other). The byline
# (لجين الأحمدي – عين اليوم) and the closing tags are no speakers. He is no state official.
i = 'snn-2015-07-31-0073'
t = news_text(i)
HUSSEINI = ["Hassan al-Husseini", "حسن الحسيني", "الحسيني", "الداعية البحريني", "Bahraini preacher"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": HUSSEINI, "target": []},
    {"code": "ACCUSE", "source": HUSSEINI, "target": ["Iran", "إيران", "عملاء إيران", "Iran's agents"]},
    {"code": "REQUEST", "source": HUSSEINI,
     "target": ["Bahraini and Gulf tweeters", "المغردين البحرينين والخليجين", "المغردين"]}], "claims": [
    {"speaker": HUSSEINI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": HUSSEINI, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": HUSSEINI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": HUSSEINI, "cue": cue(t, "أوصى"), "stance": "other"},
    {"speaker": HUSSEINI, "cue": cue(t, "طالبهم"), "stance": "other"}]})
# --- SaudiNewsNet: Pearson in talks to sell its 50% stake in The Economist Group. "أعلنت ... بيرسون أنها بدأت
# محادثات لبيع حصتها" and the spokesman's "تجري مفاوضات مع مجلس إدارة ذي إيكونوميست جروب" are one negotiation:
# CONSULT Pearson → the Economist Group's board (batch 39 codes negotiations with a company as CONSULT), undated
# (ongoing). The Financial Times sale to Nikkei is the masdar object of أعلنت / إعلانها (batch 14: a masdar with no
# finite verb of its doer is not coded). Claims: أعلنت (assert), the spokesman's قال (tied to Pearson: assert),
# "التي تؤكد أنها تريد التركيز على المجال التعليمي" (a relative clause introducing Pearson's own statement: assert)
# and the second أعلنت (the FT sale: assert). "بيرسون تؤكد" inside the spokesman's quote is his statement, no claim
# of its own.
i = 'snn-2015-07-27-1342'
t = news_text(i)
PEARSON = ["Pearson", "بيرسون", "دار النشر البريطانية بيرسون", "دار بيرسون", "دار النشر"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "CONSULT", "source": PEARSON,
     "target": ["The Economist Group", "مجلس إدارة ذي إيكونوميست جروب", "ذي إيكونوميست جروب",
                "مجموعة ذي إيكونوميست", "ذي إيكونوميست"]}], "claims": [
    {"speaker": PEARSON, "cue": cue(t, "أعلنت", 1), "stance": "assert"},
    {"speaker": ["Pearson spokesman", "متحدث باسم دار النشر"] + PEARSON, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": PEARSON, "cue": cue(t, "تؤكد", 2), "stance": "assert"},
    {"speaker": PEARSON, "cue": cue(t, "أعلنت", 2), "stance": "assert"}]})
# --- Jawhara FM: Bashar al-Assad, in an interview with Europe 1 and TF1 aired today (Thursday 2017-02-16), refuses to
# let Amnesty International visit Syria. The lead's "رفض ... السماح لوفود تابعة لمنظمة العفو الدولية بزيارة سوريا"
# and "السلطات السورية لن تسمح للعفو الدولية بزيارة البلد" are one refusal of entry: COERCE (batch 39), dated by
# the interview; the lead's رفض is an act, not a reporting verb (batch 34). His question whether Paris would accept a
# Syrian fact-finding visit on "هجمات الجيش الفرنسي على الليبيين أو حصول ساركوزي على مبالغ مالية من القذافي"
# criticises a named party: ACCUSE → France (batch 36: a rhetorical question is ACCUSE only when it criticises a
# named party), dated; the French attacks and the Gaddafi money are nouns. "نشرت المنظمة تقريرا حول عمليات إعدام
# جماعية ... في سجن صيدنايا" is Amnesty's report of abuses: ACCUSE Amnesty → Syria (CAMEO 112), undated. His "هذا
# التقرير ... لا يتضمن أي أدلة أو حقائق، بل يعتمد على ادعاءات عديمة الأساس" denies the report is true: REJECT →
# Amnesty (batch 53–56's "مجانب للصواب"), dated. "نفى الأسد الاتهامات التي وجهتها منظمة هيومن رايتس ووتش" with "ووصف
# كافة الاتهامات ... بأنها كاذبة" is one REJECT → HRW, dated; its relative clause with its doer is HRW's ACCUSE → the
# Syrian army, undated. "جدد الأسد اتهامه الغرب، وخاصة بريطانيا وفرنسا، بدعم الإرهابيين" is ACCUSE, dated; the
# crosshead "الغرب دعّم الارهابيين" inside the text is a finite clause with its doer (README: a headline inside the
# text is coded; alleged backing is SUPPORT): SUPPORT West → terrorists, undated (decided). "وفد برلماني فرنسي زار
# سوريا مؤخرا" is a relative clause with its doer: CONSULT (D1's French MPs' trip), undated. The indirect contacts
# (استمرار الاتصالات، قنوات) and the cut diplomatic relations are nouns: not coded. Claims: أوضح (assert), تساءل
# (accuse), شدد ×2 (the refusal and the report: deny, as batch 34's refusal), Amnesty's أقرت (assert), نفى and وصف
# (deny), HRW's وجهتها (accuse), جدد (the light verb, as "أطلقت تحذيرا": accuse), أكد ×2 and مضيفا (assert); "وصفه
# بأنه عار" is inside the second شدد's sentence, no claim of its own.
i = 'ant-JA-internationalNews-292-20170216'
t = news_text(i)
ASSAD = ["Bashar al-Assad", "بشّار الأسد", "بشار الأسد", "الأسد", "الرئيس السوري", "Syria", "سوريا"]
AMNESTY = ["Amnesty International", "منظمة العفو الدولية", "العفو الدولية", "المنظمة الدولية"]
HRW = ["Human Rights Watch", "HRW", "هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش"]
WEST = ["the West", "الغرب", "Britain", "بريطانيا", "France", "فرنسا"]
recs.append({"id": i, "text": t, "published": "2017-02-16", "events": [
    {"code": "COERCE", "source": ASSAD + ["Syrian authorities", "السلطات السورية"], "target": AMNESTY,
     "date": "2017-02-16"},
    {"code": "ACCUSE", "source": ASSAD,
     "target": ["France", "فرنسا", "Paris", "باريس", "French army", "الجيش الفرنسي", "Nicolas Sarkozy", "ساركوزي"],
     "date": "2017-02-16"},
    {"code": "ACCUSE", "source": AMNESTY,
     "target": ["Syria", "سوريا", "Syrian government", "السلطات السورية", "Saydnaya military prison",
                "سجن صيدنايا العسكري"]},
    {"code": "REJECT", "source": ASSAD, "target": AMNESTY, "date": "2017-02-16"},
    {"code": "REJECT", "source": ASSAD, "target": HRW, "date": "2017-02-16"},
    {"code": "ACCUSE", "source": HRW, "target": ["Syrian army", "الجيش السوري", "Syria", "سوريا"]},
    {"code": "ACCUSE", "source": ASSAD, "target": WEST, "date": "2017-02-16"},
    {"code": "SUPPORT", "source": WEST, "target": ["terrorists", "الإرهابيين", "الارهابيين"]},
    {"code": "CONSULT", "source": ["French parliamentary delegation", "وفد برلماني فرنسي", "French MPs", "France"],
     "target": ["Syria", "سوريا"]}], "claims": [
    {"speaker": ASSAD, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ASSAD, "cue": cue(t, "تساءل"), "stance": "accuse"},
    {"speaker": ASSAD, "cue": cue(t, "شدد", 1), "stance": "deny"},
    {"speaker": AMNESTY, "cue": cue(t, "أقرت"), "stance": "assert"},
    {"speaker": ASSAD, "cue": cue(t, "شدد", 2), "stance": "deny"},
    {"speaker": ASSAD, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": HRW, "cue": cue(t, "وجهتها"), "stance": "accuse"},
    {"speaker": ASSAD, "cue": cue(t, "وصف", 2), "stance": "deny"},
    {"speaker": ASSAD, "cue": cue(t, "جدد"), "stance": "accuse"},
    {"speaker": ASSAD, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ASSAD, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": ASSAD, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM: London attack: the British police on Monday (2017-06-05) name two of the three attackers. "كشفت
# الشرطة البريطانية الاثنين هوية منفذين" names the attackers after its investigation: ACCUSE police → Butt and
# Redouane (batch 27–28's ministry naming a suicide bomber), dated; "قالت الشرطة ... إن خورام بوت هو أحد مهاجمي
# جسرلندن" re-tells it. "حيث نفذ 3 مهاجمين دهساً وطعناً في العاصمة البريطانية" is a clause with its doer: ASSAULT
# attackers → London, dated by "فجر الأحد" (2017-06-04); the relative clause "التي جدت" has the attacks as subject.
# The search for the third attacker (تسعى لتحديد هوية) is an ongoing investigation with no named target: no event.
# Claims: كشفت and قالت (naming the attackers: accuse), Rowley's صرح (assert), أكدت (assert), and Redouane's "ادعى
# أنه مغربي وليبي" inside Rowley's statement (embedded speech, README: its own claim; assert). The police is a state
# body and lists the United Kingdom; Rowley's list holds his force.
i = 'ant-JA-internationalNews-1083-20170606'
t = news_text(i)
POLICE = ["British police", "الشرطة البريطانية", "الشرطة", "Metropolitan Police", "United Kingdom", "Britain"]
ROWLEY = ["Mark Rowley", "مارك راولي", "راولي", "counter-terrorism police", "شرطة مكافحة_الإرهاب البريطانية",
          "شرطة مكافحة الإرهاب"] + POLICE
BUTT = ["Khuram Butt", "خورام بوت", "بوت"]
REDOUANE = ["Rachid Redouane", "رشيد رضوان", "رضوان"]
recs.append({"id": i, "text": t, "published": "2017-06-06", "events": [
    {"code": "ACCUSE", "source": POLICE, "target": BUTT + REDOUANE, "date": "2017-06-05"},
    {"code": "ASSAULT", "source": ["three attackers", "3 مهاجمين", "مهاجمين", "منفذين"] + BUTT + REDOUANE,
     "target": ["London", "لندن", "العاصمة البريطانية", "London Bridge", "جسرلندن"], "date": "2017-06-04"}],
    "claims": [
    {"speaker": POLICE, "cue": cue(t, "كشفت", 1), "stance": "accuse"},
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": ROWLEY, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": REDOUANE, "cue": cue(t, "ادعى"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أكدت"), "stance": "assert"}]})
# --- Jawhara FM: the Maldives government says a Saudi-funded investment project will be built on an atoll and
# denies the opposition's claim that the islands are being sold to the Saudi government. The lead's "نفت ما تردده
# المعارضة" and the president's office's "ترفض الإدارة جملة وتفصيلا المزاعم" are one denial of a claim whose author
# is named: REJECT → the opposition (session 20: denying a named author's report), dated by the office's statement
# "يوم الثلاثاء" (2017-03-07), which the lead summarises. The opposition's charges ("ما تردده المعارضة", "قال حزب
# نشيد المعارض الأسبوع الماضي إن المشروع سيعطي لبلد أجنبي السيطرة", "تقول المعارضة إن السماح بوجود نفوذ سعودي ...
# سيرسخ هذا التيار") are one party's criticism of the government's project: one ACCUSE, undated (last week is no
# day). "من المقرر أن يزور العاهل السعودي الملك سلمان هذا الشهر المالديف" is a scheduled visit: AGREE (batch 29),
# undated (a month). "الحكومة تعمل مع مجموعة من المستثمرين الدوليين لتنفيذ خطتها" is a clause with its doer: COOPERATE
# (economic), undated. Nasheed's ouster is passive with no doer and the public protests have no named actor
# (شهدت البلاد): not coded. Claims: the government's قالت (assert) and نفت (deny), the opposition's تردده (accuse),
# قال (accuse) and تقول (warn), the office's قال (assert), أضاف (deny) and تابع (assert), and "نقلا عن يمين" (the
# local media only pass it on, README: Yameen's claim, assert). The opposition's list holds no "حزب نشيد" (Nasheed is
# named on his own).
i = 'ant-JA-internationalNews-448-20170308'
t = news_text(i)
MALDIVES = ["Maldives government", "حكومة المالديف", "Maldives", "المالديف", "الحكومة", "الإدارة",
            "President's Office", "مكتب الرئيس", "Abdulla Yameen", "عبد الله يمين", "يمين"]
OPPOSITION = ["Maldivian opposition", "المعارضة", "Maldivian Democratic Party", "MDP"]
recs.append({"id": i, "text": t, "published": "2017-03-08", "events": [
    {"code": "REJECT", "source": MALDIVES, "target": OPPOSITION, "date": "2017-03-07"},
    {"code": "ACCUSE", "source": OPPOSITION, "target": MALDIVES},
    {"code": "AGREE", "source": ["King Salman", "الملك سلمان", "سلمان", "العاهل السعودي", "Saudi Arabia", "السعودية"],
     "target": ["Maldives", "المالديف"]},
    {"code": "COOPERATE", "source": MALDIVES,
     "target": ["international investors", "مجموعة من المستثمرين الدوليين", "المستثمرين الدوليين"]}], "claims": [
    {"speaker": MALDIVES, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MALDIVES, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": OPPOSITION, "cue": cue(t, "تردده"), "stance": "accuse"},
    {"speaker": OPPOSITION, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": MALDIVES, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": MALDIVES, "cue": cue(t, "أضاف"), "stance": "deny"},
    {"speaker": MALDIVES, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": ["Abdulla Yameen", "عبد الله يمين", "يمين", "Maldives", "المالديف"], "cue": cue(t, "نقلا عن"),
     "stance": "assert"},
    {"speaker": OPPOSITION, "cue": cue(t, "تقول"), "stance": "warn"}]})
# --- Jawhara FM: Monastir: the Criminal Affairs Sub-Directorate arrests two Africans for counterfeiting and fraud.
# "تمكنت الإدارة الفرعية للقضايا الإجرامية من إيقاف شخصين افريقيين ... وحجز لديهما" is one COERCE (the seizure folds
# into the arrest), undated (no day in the text). "كانت الإدارة الفرعية ... قد تعهدت بالبحث في قضيتي ..." is the
# police investigation of the crimes, whose doers the text names (شبكة من الأفارقة): ACCUSE police → the network
# (batch 51's investigation that led to the suspect), undated; the prosecutors' instructions (بمقتضى تعليمات) are a
# noun. The swindle "تم ابتزازهم ... من قبل شبكة من الأفارقة" names its doers, but fraud, like theft, is no ASSAULT
# (README) and a swindler asking for money is no REQUEST: not coded. "وفق ما أكدته وزارة الداخلية" is its sentence's
# only attribution: the ministry's claim (assert). The network's list holds no "المقيمين بتونس" (Tunisia is in the
# police's list).
i = 'ant-JA-society-407-20170222'
t = news_text(i)
POLICE = ["Criminal Affairs Sub-Directorate", "الإدارة الفرعية للقضايا الإجرامية", "الإدارة الفرعية",
          "Tunisian police", "Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"]
AFRICANS = ["two Africans", "شخصين افريقيين", "شخصين", "network of Africans", "شبكة من الأفارقة", "الأفارقة"]
recs.append({"id": i, "text": t, "published": "2017-02-22", "events": [
    {"code": "COERCE", "source": POLICE, "target": AFRICANS},
    {"code": "ACCUSE", "source": POLICE, "target": AFRICANS}], "claims": [
    {"speaker": ["Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"], "cue": cue(t, "وفق ما أكدته"),
     "stance": "assert"}]})
# --- Jawhara FM: Sahloul University Hospital refuses medical equipment handed out by the French-Tunisian Solidarity
# Association for Health ("we won't accept France's leftovers"). "بدأت جمعية التضامن ... اليوم الثلاثاء 9 ماي 2017
# بتوزيع ... لعدد من المرافق الصحية" is humanitarian aid with its doer: AID, dated; Gmiza's "قاموا بتسليم جزء من
# المعدات لمستوصف أكودة" is the same day's distribution, so the Akouda clinic joins the one target list. The
# hospital's refusal, told as "برفض المستشفى تسلم المعدات" / "برفض الإدارة تسلمه بدعوى أنهم لن يقبلوا" (a masdar with
# its doer, carried on by a finite clause, as batch 53–56's ministry rejecting an appeal) is REJECT hospital →
# association, dated by the scheduled delivery "صباح اليوم الثلاثاء". The unanswered attempts to reach an official
# are an attempt and a doerless passive (قوبلت التجاهل), and the plan to send the equipment to "إحدى القرى" a vague
# pledge with no counterpart (session 21): not coded. Aitar's account: "اتصلوا بإدارات المستشفيات واطلعوا على
# التجهيزات التي تنقصها" is CONSULT association → hospital administrations; "راسلوا مستشفى في باريس بتلك القائمة" a
# request for the equipment, REQUEST → the Paris hospital; "تولى مد الجمعية بتلك التجهيزات" its supply, AID Paris
# hospital → association; all undated ("منذ أشهر"). Claims: Gmiza's أوضح (assert), the administration's "بدعوى أنهم
# لن يقبلوا" inside his statement (embedded speech; a refusal: deny), his أشار (the ignored requests: accuse) and
# مؤكدا (his pledge: promise), Aitar's أكد and موضحا (assert); "على حد قوله" repeats its sentence's speaker, and
# Jawhara FM (للجوهرة "اف ام") is the outlet he spoke to.
i = 'ant-JA-localNews-3926-20170509'
t = news_text(i)
ASSOC = ["French-Tunisian Solidarity Association for Health", "جمعية التضامن الفرنسي التونسي للصحة",
         "التضامن الفرنسي التونسي للصحة", "الجمعية", "أعضاء الجمعية"]
GMIZA = ["Fakhri Gmiza", "فخري قميزة", "قميزة"] + ASSOC
AITAR = ["Mohamed Aitar", "محمد عيتر", "عيتر"] + ASSOC
SAHLOUL = ["Sahloul University Hospital", "المستشفى الجامعي سهلول", "مستشفى سهلول", "المستشفى",
           "hospital administration", "الإدارة"]
PARIS_HOSP = ["Paris hospital", "مستشفى في باريس"]
recs.append({"id": i, "text": t, "published": "2017-05-09", "events": [
    {"code": "AID", "source": ASSOC,
     "target": ["health facilities", "المرافق الصحية", "عدد من المرافق الصحية", "Akouda clinic", "مستوصف أكودة"],
     "date": "2017-05-09"},
    {"code": "REJECT", "source": SAHLOUL, "target": ASSOC, "date": "2017-05-09"},
    {"code": "CONSULT", "source": ASSOC, "target": ["hospital administrations", "إدارات المستشفيات"]},
    {"code": "REQUEST", "source": ASSOC, "target": PARIS_HOSP},
    {"code": "AID", "source": PARIS_HOSP, "target": ASSOC}], "claims": [
    {"speaker": GMIZA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SAHLOUL, "cue": cue(t, "بدعوى"), "stance": "deny"},
    {"speaker": GMIZA, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": GMIZA, "cue": cue(t, "مؤكدا"), "stance": "promise"},
    {"speaker": AITAR, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": AITAR, "cue": cue(t, "موضحا"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch75.gold.jsonl', recs)
