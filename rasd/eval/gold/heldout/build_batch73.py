"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 73 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum (London): oil recovers to about $57 a barrel on a US stock draw and the failure of the Iran talks to
# reach a deal. Prices, markets and the Greek debt crisis have no actors. "ومنح مفاوضو ايران والقوى العالمية الست
# أنفسهم فرصة حتى يوم الجمعة على الأقل لابرام اتفاق نهائي" is the two sides agreeing to keep negotiating to a new
# deadline: one reciprocal AGREE (CAMEO 036, intent to negotiate) with both sides in the source and no target (as
# batch 8's "تطلع الجانبان" and batch 52's agreed further rounds), undated (Friday is the deadline, not the day they
# set it; decided). "اخفاق محادثات ايران" is a noun and negated: not coded. Claims: "وأظهر تقرير لمعهد البترول
# الأمريكي" is a named institution's report (a study's finding is its named author's claim, batches 8-9), assert; the
# first "تقرير أظهر" has no author and "توقعات بأن" no holder: no claims. The byline is the narrator.
i = 'snn-2015-07-24-0431'
t = news_text(i)
IRAN_P6 = ["Iran", "ايران", "طهران", "Iranian negotiators", "مفاوضو ايران", "six world powers", "P5+1",
           "القوى العالمية الست"]
API = ["American Petroleum Institute", "API", "معهد البترول الأمريكي"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "AGREE", "source": IRAN_P6, "target": []}], "claims": [
    {"speaker": API, "cue": cue(t, "أظهر", 2), "stance": "assert"}]})
# --- Al-Riyadh: the Saudi embassy in Jordan denies that a Saudi citizen was killed in Irbid; the Jordanian police
# say the dead man is a Jordanian working in Saudi Arabia and his killer is arrested. "أكدت مساء أمس الأربعاء سفارة
# ... بأنه لا صحة لما يتم تداوله بمواقع التواصل" denies an unnamed rumour: REJECT with no target (batches 49-52),
# dated by the weekday the text gives (Wednesday 2015-08-05; the text's weekday wins over أمس of the corpus date);
# al-Jardan's "لا صحة لمقتل مواطن سعودي" re-tells it. "السفارة تواصلت مع الأمن الأردني حيال ما يتم تداوله" is the
# embassy contacting the Jordanian police: CONSULT embassy → Public Security, undated (no day given). From al-Sartawi:
# "باشرت الجهات الأمنية الواقعة" with "بالتحقيق مع المشتبه ومواجهته بما تم من أدلة" is the police investigation that
# solved the killing: ACCUSE police → culprit (batch 8's investigation; batches 8-9's "واجه ... الجاني بالأدلة"),
# with the referral to the prosecutor (جرى توديع القضية, passive) folded in; "تم القبض على الجاني" is a passive arrest
# the police report: their COERCE (batches 15-16); both undated. The confessed "اقدم حينها على طعنه" is a clause with
# its doer: ASSAULT culprit → victim, left undated (decided: "يوم أمس الأول" resolves to 2015-08-05 from the corpus date
# but to 2015-08-04 from the text's own frame, whose أمس is Wednesday, so the day is in doubt, as README leaves a
# weekday and a date that disagree). "طلب مبلغ مالي من المغدور" is a robber's demand (a swindler asking for money is no
# REQUEST); the stabs received and the body's transfer are passive. Claims: the embassy's أكدت and al-Jardan's أوضح
# (deny), his أضاف (the embassy's service: assert); al-Sartawi's أكد, أضاف and أشار (assert); the culprit's اعترف
# (an identified arrested man's confession is a claim, batches 8, 30), assert. The embassy's full name holds الأردن,
# which the police list names on its own, so it keeps only "سفارة خادم الحرمين الشريفين" and السفارة (and no
# English "in Jordan").
i = 'snn-2015-08-07-0841'
t = news_text(i)
EMBASSY = ["Saudi Embassy", "سفارة خادم الحرمين الشريفين", "السفارة", "Saudi Arabia", "السعودية"]
JARDAN = ["Saadi Hajji al-Jardan", "سعدي حجي الجردان", "الجردان"] + EMBASSY
PSD = ["Jordanian Public Security Directorate", "مديرية الأمن العام", "الأمن الأردني", "الجهات الأمنية", "Jordan",
       "الأردن"]
SARTAWI = ["Amer al-Sartawi", "عامر السرطاوي", "السرطاوي", "المتحدث الرسمي بمديرية الأمن العام"] + PSD
CULPRIT = ["culprit", "الجاني", "المشتبه"]
VICTIM = ["victim", "المغدور", "المقتول"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "REJECT", "source": EMBASSY, "target": [], "date": "2015-08-05"},
    {"code": "CONSULT", "source": EMBASSY, "target": PSD},
    {"code": "ACCUSE", "source": PSD, "target": CULPRIT},
    {"code": "COERCE", "source": PSD, "target": CULPRIT},
    {"code": "ASSAULT", "source": CULPRIT, "target": VICTIM}], "claims": [
    {"speaker": EMBASSY, "cue": cue(t, "أكدت"), "stance": "deny"},
    {"speaker": JARDAN, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": JARDAN, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": SARTAWI, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": SARTAWI, "cue": cue(t, "أضاف", 2), "stance": "assert"},
    {"speaker": CULPRIT, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": SARTAWI, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Asharq al-Awsat: Brigitte Bardot calls for an exemplary punishment of the American hunter who killed Cecil the
# lion. "دعت ... إلى إيقاع عقوبة «مثالية» رادعة بحق صياد أميركي" is a call with no named addressee: REQUEST with no
# target, dated by the statement issued yesterday (2015-08-01; decided: the same demand, "يستحق عقوبة رادعة", is what
# the text places in "بيان لها صدر أمس"); "دعت السلطات الأميركية إلى الاستجابة لطلب زيمبابوي تسليم الصياد" is a
# second call with a named addressee: REQUEST → US authorities, undated (the text does not tie it to the statement).
# "وصفت باردو الصياد الأميركي بأنه «شرير نجس»" is ACCUSE Bardot → Palmer, dated 2015-08-01. Not coded: Zimbabwe's
# extradition request (a noun, "لطلب زيمبابوي"), the killing of a lion (no actor as target), the bribe paid to two
# helpers (no PLOVER class), her earlier campaign for cats, and her attack on "المال القاتل" and her condemnation of
# wealthy hunters in general (decided: a bare generic group, like محللون, is no target, so no ACCUSE beyond Palmer's).
# Claims: دعت ×2 (other), وصفت, هاجمت and نددت (accuse: three criticisms with three objects).
i = 'snn-2015-08-02-0138'
t = news_text(i)
BARDOT = ["Brigitte Bardot", "بريجيت باردو", "باردو", "الممثلة", "النجمة السابقة"]
PALMER = ["Walter James Palmer", "والتر جيمس بالمر", "بالمر", "الصياد", "الصياد الأميركي", "صياد أميركي"]
US_AUTH = ["US authorities", "السلطات الأميركية", "United States"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": BARDOT, "target": [], "date": "2015-08-01"},
    {"code": "REQUEST", "source": BARDOT, "target": US_AUTH},
    {"code": "ACCUSE", "source": BARDOT, "target": PALMER, "date": "2015-08-01"}], "claims": [
    {"speaker": BARDOT, "cue": cue(t, "دعت", 1), "stance": "other"},
    {"speaker": BARDOT, "cue": cue(t, "دعت", 2), "stance": "other"},
    {"speaker": BARDOT, "cue": cue(t, "وصفت"), "stance": "accuse"},
    {"speaker": BARDOT, "cue": cue(t, "هاجمت"), "stance": "accuse"},
    {"speaker": BARDOT, "cue": cue(t, "نددت"), "stance": "accuse"}]})
# --- Asharq al-Awsat: Al-Shabab balk at Al-Wehdat's low offer for Tarek Khattab; Al-Shabab beat Al-Wasl in a friendly.
# Transfer offers and refusals between clubs are sport business (batches 26, 32, 35, 38, 45-48): no events; the
# friendly and the line-ups are no events either. Claims: Gutierrez's أكد (the player is not needed: assert); Al-Wehdat
# management's "أوضحت لنظيرتها" (its transfer ceiling: assert). "ستسعى الإدارة الشبابية" is a plan the narrator
# reports: no claim.
i = 'snn-2015-07-31-0304'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": [
    {"speaker": ["Alvaro Gutierrez", "ألفارو غوتيريز", "غوتيريز", "مدرب الفريق الشبابي"], "cue": cue(t, "أكد"),
     "stance": "assert"},
    {"speaker": ["Al-Wehdat", "نادي الوحدات", "إدارة نادي الوحدات", "الوحدات", "نادي الوحدات الأردني"],
     "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- Sabq (Taif): a citizen complains to the health affairs that a dispensary doctor perforated his wife's eardrum.
# "تقدم مواطن ... بشكوى للشؤون الصحية يتهم فيها طبيبا" is a formal complaint: ACCUSE citizen → doctor (batches
# 31-32's fraud victim), undated. In the spokesman's account "تم إحالة الشكوى لإدارة القطاع الخاص لإجراء التحقيقات
# اللازمة ... وسوف يتم استكمال التحقيقات" is his directorate's investigation of the complaint, passive as the police's
# arrests are (batches 15-16): ACCUSE health affairs → doctor, undated. Not coded: the doctor's ear wash that caused
# the perforation (malpractice, no PLOVER class), the husband's visit to the Al-Hada hospital, and "مخاطبة مستشفى
# القوات المسلحة ... لتزويدنا بتقرير" (decided: a nominal request for a medical report is administrative
# correspondence, like batches 49-52's notices). Claims: the citizen's يتهم (he is tied to the complaint and the
# province: identifiable), accuse; al-Hudhali's ذكر and قال (assert). "شكوى مواطن يفيد فيه" re-tells the same
# complaint inside the spokesman's words: no second claim of the citizen (decided). Names holding الطائف (named on its
# own) are left out of the health affairs' list.
i = 'snn-2015-08-06-3064'
t = news_text(i)
CITIZEN = ["citizen", "مواطن", "الزوج"]
DOCTOR = ["doctor", "طبيبا", "طبيب", "طبيب أنف وأذن وحنجرة"]
HEALTH = ["Health Affairs", "الشؤون الصحية", "Saudi Arabia", "السعودية"]
HUDHALI = ["Aidah bin Rabea al-Hudhali", "عيضة بن ربيع الهذلي", "الهذلي"] + HEALTH
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": CITIZEN, "target": DOCTOR},
    {"code": "ACCUSE", "source": HEALTH, "target": DOCTOR}], "claims": [
    {"speaker": CITIZEN, "cue": cue(t, "يتهم"), "stance": "accuse"},
    {"speaker": HUDHALI, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": HUDHALI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Jawhara FM: Ghazi Chaouachi, assistant to the ARP president for MPs' affairs, at a press conference this morning
# (2017-02-24) on the MPs' demands for new privileges. Inside his statement "النواب يطالبون بجواز سفر دبلوماسي" is the
# MPs' demand with no named addressee: REQUEST with no target; "يطالبون شركة الخطوط الجوية التونسية بتعريفات خاصة" a
# second demand with its addressee: REQUEST MPs → Tunisair; both undated (ongoing demands, not made on the day).
# "ويطالب النواب كذلك البرلمان بالتعاقد مع بعض النزل" asks the MPs' own assembly: internal to the institution (as a
# minister instructing his own governors), not coded (decided). His own "مشددا على ضرورة تمتيع النواب بأدنى
# الحاجيات وتوفير المعدات اللوجستية" is a call with no addressee (batch 52's "أكد ضرورة"): REQUEST with no target,
# dated by the press conference. Not coded: the assistants' posts signed in 2015 and their budget (passive), the
# press conference itself (his own), the cramped offices (a state of affairs). Claims: قال and أضاف (assert), مؤكدا
# (the MPs' demands: other), اعتبر (the means hamper their work: assert, a complaint blaming no one), مشددا (other).
i = 'ant-JA-localNews-1738-20170224'
t = news_text(i)
CHAOUACHI = ["Ghazi Chaouachi", "غازي الشواشي", "الشواشي", "Assembly of the Representatives of the People",
             "مجلس نواب الشعب", "Tunisia"]
MPS = ["Tunisian MPs", "MPs", "النواب", "Assembly of the Representatives of the People", "مجلس نواب الشعب", "Tunisia"]
TUNISAIR = ["Tunisair", "شركة الخطوط الجوية التونسية", "الخطوط الجوية التونسية"]
recs.append({"id": i, "text": t, "published": "2017-02-24", "events": [
    {"code": "REQUEST", "source": MPS, "target": []},
    {"code": "REQUEST", "source": MPS, "target": TUNISAIR},
    {"code": "REQUEST", "source": CHAOUACHI, "target": [], "date": "2017-02-24"}], "claims": [
    {"speaker": CHAOUACHI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": CHAOUACHI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": CHAOUACHI, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": CHAOUACHI, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": CHAOUACHI, "cue": cue(t, "مشددا"), "stance": "other"}]})
# --- Jawhara FM (after AFP): clashes on Sunday (2017-01-01) in Elk, Poland, between police and hundreds of residents
# protesting violently after a young Pole was stabbed to death in a New Year's brawl with four Arab migrants. The
# residents' protest ("كانوا يحتجون بعنف على اثر مقتل شاب", the gathering before the restaurant and its racist
# slogans) is one PROTEST whose target is the killing's named doers (README, batches 69-72), dated Sunday. "حمل بعضهم
# حجارة ومفرقعات رموها باتجاهه فحطموا زجاجه ومحتوياته" destroys property: ASSAULT residents → Prince Kebab (CAMEO
# 1712, batch 27), dated Sunday. "اصطدم المحتجون مع الشرطة التي تدخلت لفضهم" (with the lead's "دارت صدامات ... بين
# الشرطة والمئات من سكان") is reciprocal: one ASSAULT with both sides in the source and no target (batch 23's
# fighting), the dispersal folded in (decided: the police's part of the same clash), dated Sunday. "أربعة مهاجرين عرب
# اعتقلتهم السلطات" (relative clause with its doer) and the spokeswoman's "اعتقلنا أربعة أجانب" are one arrest:
# COERCE police → migrants, undated (the day of the arrest is not given); "لقد اعتقلنا 21 شخصا، إنهم الأكثر عدوانية"
# is a second COERCE, dated Sunday (decided: the arrests of the clash's most aggressive are implied on its day). "العمال
# العرب الذين تشاجروا معه" is the brawl told by a relative clause with its doer, in which he was stabbed: ASSAULT
# workers → the young man, undated ("ليل السبت الأحد" straddles two days). "أطلق رئيس بلدية المدينة نداء إلى
# الهدوء" is a call with no named addressee: REQUEST with no target, undated ("إثر الصدامات"). Not coded: the killing
# (a noun), the victim's firecracker (decided: no harm reported, a prank told by bare local media), the spokeswoman's
# refusal to give nationalities ("declined to comment"). Claims: the spokeswoman's قالت ×2 (assert); the Polish
# news agency's أكدت (assert); the residents' slogans "مطلقين شعارات عنصرية" (their claim, batches 10-14; accuse);
# the mayor's أطلق نداء (the light verb as cue, batches 29-30; other). "حسب فرانس برس" is the conduit of her words and
# "بحسب وسائل إعلام محلية" a bare source: no claims.
i = 'ant-JA-internationalNews-144-02012017'
t = news_text(i)
RESIDENTS = ["residents of Elk", "سكان مدينة ايلك", "المئات من سكان مدينة ايلك", "المئات من سكان المدينة",
             "سكان المدينة", "المحتجون", "protesters"]
POLICE = ["Polish police", "الشرطة البولونية", "الشرطة", "السلطات", "Poland"]
MIGRANTS = ["four Arab migrants", "أربعة مهاجرين عرب", "أربعة أجانب", "العمال العرب", "الموقوفين"]
KULIKOWSKA = ["Agata Kulikowska", "اغاتا كوليكوفسكا", "كوليكوفسكا", "المتحدثة باسم الشرطة", "المتحدثة"] + POLICE
MAYOR = ["mayor of Elk", "رئيس بلدية المدينة"]
recs.append({"id": i, "text": t, "published": "2017-01-02", "events": [
    {"code": "PROTEST", "source": RESIDENTS, "target": MIGRANTS, "date": "2017-01-01"},
    {"code": "ASSAULT", "source": RESIDENTS,
     "target": ["Prince Kebab", "برينس كباب", "مطعم برينس كباب", "المطعم", "مطعم كباب"], "date": "2017-01-01"},
    {"code": "ASSAULT", "source": RESIDENTS + POLICE, "target": [], "date": "2017-01-01"},
    {"code": "COERCE", "source": POLICE, "target": MIGRANTS},
    {"code": "COERCE", "source": POLICE, "target": ["21 people", "21 شخصا"], "date": "2017-01-01"},
    {"code": "ASSAULT", "source": MIGRANTS, "target": ["young Pole", "شاب بولندي", "الضحية", "الشاب"]},
    {"code": "REQUEST", "source": MAYOR, "target": []}], "claims": [
    {"speaker": KULIKOWSKA, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": ["Polish Press Agency", "PAP", "وكالة الأنباء البولونية"], "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": RESIDENTS, "cue": cue(t, "مطلقين"), "stance": "accuse"},
    {"speaker": KULIKOWSKA, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": MAYOR, "cue": cue(t, "أطلق"), "stance": "other"}]})
# --- Jawhara FM: the Popular Front's statement on the new delegates' appointments, prices, the hunger strike and a
# government circular. Each part with its own object is its own event (as batch 52 codes each call), all undated (the
# statement has no day): "اعتبرت ... تسميات المعتمدين الأخيرة فضيحة سياسية للحكومة" ACCUSE PF → government;
# "طالبت الحكومة وكل الدوائر ذات الصلة بالتدخل الفوري" REQUEST → government and the bodies concerned; "أكدت الجبهة
# وقوفها إلى جانب التحركات الاجتماعية وفي طليعتها إضراب الجوع" SUPPORT → the movements and the security-vetted
# hunger strikers (a named party, so not CAMEO 018's bare solidarity); "إضراب الجوع الذي يخوضه المفروزين أمنيا" is a
# relative clause with its doer: PROTEST (hunger strike) with no named addressee, undated ("منذ أكثر من شهر");
# "مطالبة الحكومة بضرورة الإيفاء بتعهداتها ... وتدعوها إلى ترك سياسة التسويف" one REQUEST → government (two verbs,
# one addressee, one content: hire the vetted); "عبرت عن رفضها للمنشور الحكومي الأخير" condemns a government act:
# ACCUSE, not REJECT (GUIDELINES). The circular itself ("المنشور الحكومي ... الذي يحجّر") has a document, not an
# actor, as its doer, and the speculators are a bare group: not coded. Claims: اعتبرت (accuse), أشارت (the appointments
# will harm the municipal elections: warn), طالبت (other), أكدت (assert), مطالبة and تدعوها (other; two reporting
# words, as batch 52 counts عبر and معتبرا), عبرت and تعتبره (accuse). "وفق نص البيان" repeats its sentence's speaker:
# no claim. The vetted keep no alias holding "الاتحاد العام لطلبة تونس".
i = 'ant-JA-politic-80-20170201'
t = news_text(i)
PF = ["Popular Front", "الجبهة الشعبية", "الجبهة"]
GOVT = ["Tunisian government", "الحكومة", "Tunisia"]
VETTED = ["security-vetted unemployed", "المفروزين أمنيا"]
recs.append({"id": i, "text": t, "published": "2017-02-01", "events": [
    {"code": "ACCUSE", "source": PF, "target": GOVT},
    {"code": "REQUEST", "source": PF, "target": GOVT + ["relevant bodies", "الدوائر ذات الصلة"]},
    {"code": "SUPPORT", "source": PF, "target": ["social movements", "التحركات الاجتماعية"] + VETTED},
    {"code": "PROTEST", "source": VETTED, "target": []},
    {"code": "REQUEST", "source": PF, "target": GOVT},
    {"code": "ACCUSE", "source": PF, "target": GOVT}], "claims": [
    {"speaker": PF, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": PF, "cue": cue(t, "أشارت"), "stance": "warn"},
    {"speaker": PF, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": PF, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": PF, "cue": cue(t, "مطالبة"), "stance": "other"},
    {"speaker": PF, "cue": cue(t, "تدعوها"), "stance": "other"},
    {"speaker": PF, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": PF, "cue": cue(t, "تعتبره"), "stance": "accuse"}]})
# --- Jawhara FM: the army stops 13 Africans trying to cross into Libya near Ras Jedir yesterday (2017-06-15, about
# 13:00) and, that afternoon, seizes two smuggling cars and arrests two smugglers. "أوقفت التشكيلة العسكرية ... 13
# شخصا" is COERCE army → the 13, dated yesterday; "تمكنت ... من حجز سيارتي تهريب ... وإيقاف مهربين ... وحجز الحمولة"
# is one operation on one pair: one COERCE army → the smugglers (the seizures folded in with the arrest), dated "نفس
# اليوم". Not coded: the handover to the border guard at Choucha (one state's units: internal), the attempted
# crossing (no party acted on). Claims: the ministry's أفادت (assert). "صرحا بأنهما أصيلا الذهيبة" is the two
# anonymous smugglers, tied to no institution: no claim (GUIDELINES' bare speakers). No alias holds راس جدير.
i = 'ant-JA-localNews-4717-20170616'
t = news_text(i)
ARMY = ["Tunisian army", "التشكيلة العسكرية", "الوحدات العسكرية", "Ministry of National Defence",
        "وزارة الدفاع الوطني", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-06-16", "events": [
    {"code": "COERCE", "source": ARMY,
     "target": ["13 African migrants", "13 شخصا", "13 شخصا من جنسيات إفريقية مختلفة"], "date": "2017-06-15"},
    {"code": "COERCE", "source": ARMY, "target": ["two smugglers", "مهربين"], "date": "2017-06-15"}], "claims": [
    {"speaker": ["Ministry of National Defence", "وزارة الدفاع الوطني", "Tunisia"], "cue": cue(t, "أفادت"),
     "stance": "assert"}]})
# --- Jawhara FM: coach Abdelhak Benchikha leaves Raja Casablanca a week after his appointment because of threats to
# his family. His decision to leave is sport business (batches 45-48): no event; the threats to his family and son
# have no doer (passive, "تعرضت لها"). "المعارضة الشديدة التي لمسها من قبل جماهير الفريق ... حيث تم تنظيم وقفات
# إحتجاجية ... تطالب برحيله" names the fans as the doer of the opposition whose protests it tells: one PROTEST fans →
# Benchikha (decided: "من قبل" gives the passive its agent), undated (no day). Claims: أكد (assert); "إمتعض ... من إقحام
# عائلته في الأحداث" is his expressed displeasure (decided: a claim, like أعرب عن استيائه; criticism: accuse).
i = 'ant-JA-sport-1426-20170616'
t = news_text(i)
BENCHIKHA = ["Abdelhak Benchikha", "عبد الحق بن شيخة", "بن شيخة", "المدرب"]
recs.append({"id": i, "text": t, "published": "2017-06-16", "events": [
    {"code": "PROTEST", "source": ["Raja Casablanca fans", "جماهير الفريق"], "target": BENCHIKHA}], "claims": [
    {"speaker": BENCHIKHA, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BENCHIKHA, "cue": cue(t, "إمتعض"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch73.gold.jsonl', recs)
