"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 69 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (after dpa): Italy's civil aviation authority ENAC threatens to suspend Vueling's licence over
# cancelled Fiumicino flights. Dating: the text's own "لكنه تغير اليوم السبت" fixes its writing day as Saturday
# (2015-08-01), one day before the corpus date, so its "أمس" is Friday 2015-07-31 (README: a weekday the text gives
# wins over a corpus date that disagrees with it, and over أمس; decided that a weekday anchoring the text's "today"
# carries its أمس with it). "هددت ... بوقف ترخيص شركة فويلينج ... إذا استمرت" is a conditional THREATEN ENAC →
# Vueling, dated; the body's "أصدرت إنذارا قضائيا ضد شركة فويلينج" (the formal warning) and "وتابعت ... سيؤدي إلى
# وقف تراخيص الطيران" re-tell the same threat. "مطالبة الشركة بتقديم مساعدات مستحقة للركاب ... واستعادة الخدمات"
# is a demand with its own verb and its own content (help the passengers, restore service), not only the threat's
# condition (keep cancelling): REQUEST ENAC → Vueling, dated with the threat it came with (decided). Transport
# minister Delrio's "شاهد ركابا يتم التخلي عنهم مثل الحيوانات ... فقد ألغت شركة فويلينج ... رحلاتها ولم تساعد
# ركابها" blames Vueling: ACCUSE, undated (the interview has no day). Not coded: the cancellations themselves
# (commercial, and passive on the airport site), the fire near the runway (no doer), the negated "لم تساعد", and
# "تجدر الإشارة" (the narrator). Claims: ENAC's هددت (warn), ذكرت (the formal warning: warn), مطالبة (a distinct
# demand in the same sentence, as batch 51 counts Leon's أشار and حث: other), وتابعت (warn) and its second ذكرت
# (assert); the airport website's قال (assert); Delrio's قال (accuse). "وبحسب «الألمانية»، فقد ذكرت الهيئة" gives
# the words to ENAC: dpa is a conduit (batch 34's Reuters), no claim; "لصحيفة لا ريبابليكا" is the addressee.
# ENAC and Delrio are state bodies and list Italy; Vueling, a private firm, lists no state. The airport's list leaves
# out روما, named on its own.
i = 'snn-2015-08-02-0336'
t = news_text(i)
ENAC = ["ENAC", "Italian Civil Aviation Authority", "هيئة الطيران المدني الإيطالية", "هيئة الطيران المدني", "الهيئة",
        "Italy", "إيطاليا"]
VUELING = ["Vueling", "فويلينج", "شركة فويلينج", "شركة فويلينج الإسبانية للطيران منخفض التكاليف", "الشركة"]
DELRIO = ["Graziano Delrio", "جرازيانو ديل ريو", "ديل ريو", "وزير النقل الإيطالي", "Italian Minister of Transport",
          "Italy", "إيطاليا"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "THREATEN", "source": ENAC, "target": VUELING, "date": "2015-07-31"},
    {"code": "REQUEST", "source": ENAC, "target": VUELING, "date": "2015-07-31"},
    {"code": "ACCUSE", "source": DELRIO, "target": VUELING}], "claims": [
    {"speaker": ENAC, "cue": cue(t, "هددت"), "stance": "warn"},
    {"speaker": ENAC, "cue": cue(t, "ذكرت", 1), "stance": "warn"},
    {"speaker": ENAC, "cue": cue(t, "مطالبة"), "stance": "other"},
    {"speaker": ENAC, "cue": cue(t, "تابعت"), "stance": "warn"},
    {"speaker": ["Fiumicino Airport website", "الموقع الإلكتروني للمطار", "Fiumicino Airport", "مطار فيوميتشينو",
                 "المطار"], "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ENAC, "cue": cue(t, "ذكرت", 2), "stance": "assert"},
    {"speaker": DELRIO, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- Ain Alyoum (Dubai): Iranian oil minister Bijan Zanganeh, in remarks aired today (Sunday 2015-08-02), expects
# output to rise by 500,000 barrels a day once sanctions are lifted. Nothing here is a PLOVER event: production
# forecasts and marketing are economic plans of his own sector; the lifting of sanctions is nominal; "بعثت برسالة
# إلى أوبك بأن العقوبات سترفع" informs OPEC of a fact (README, batches 45–48: a statement informing a body is a
# claim, no event); "لن نطلب إذنا من أحد" is negated and names no party; Iran's July output is a fact. Claims:
# Zanganeh's قال (twice), the TV's "نقل التلفزيون عنه قوله" (the نقل X عن Y قوله pattern, cue قوله; the TV is the
# conduit), وأضاف and وتابع (all assert). "وبحسب مسح لإنتاج أوبك أجرته رويتزر" is its sentence's only attribution:
# Reuters' claim (a survey is its named author's, as batch 8–9's study), cue بحسب; "ويهدف مسح رويترز" describes the
# survey (no cue). "قال محلل في رويترز" is an anonymous speaker tied to a named institution: a claim (a forecast:
# assert), listing Reuters. Zanganeh, a state official, lists Iran.
i = 'snn-2015-08-02-0061'
t = news_text(i)
ZANGANEH = ["Bijan Zanganeh", "بيجن زنغنه", "زنغنه", "وزير النفط الإيراني", "Iranian Oil Minister", "Iran", "إيران"]
REUTERS = ["Reuters", "رويترز", "رويتزر"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": ZANGANEH, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ZANGANEH, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ZANGANEH, "cue": cue(t, "قوله"), "stance": "assert"},
    {"speaker": ZANGANEH, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ZANGANEH, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": REUTERS, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": ["Reuters analyst", "محلل في رويترز"] + REUTERS, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- SaudiNewsNet: Al-Ahli coach Christian Gross hosts a dinner for the squad in Switzerland after his best-coach
# award, credits the players and the club's staff, and asks the fans for their support. The dinner for his own squad,
# the training climb and the management's gifts to the first three players are internal team life (batch 21:
# coaching is no political event): not coded. His "حصوله على الجائزة جاء نتيجة الأداء الذي قدموه، وكذلك الدعم الذي
# حظي به من قبل الجهاز الإداري وكافة رجال الأهلي" is praise of others, one statement: one SUPPORT Gross → the players
# and the administrative staff (README: praise is SUPPORT; batch 16 codes a coach's praise of his team), undated
# (the dinner has no day; "صباح أمس" is the training). "مطالباً ... جماهير الأهلي بالدعم والمؤازرة" is a call to a
# party outside the squad (unlike batch 21's instructions to his own players): REQUEST Gross → the fans (decided; batch
# 16 codes a club's thanks to its fans as SUPPORT), undated. Claims: أكد (assert), مشيراً (the coming season: assert),
# مطالباً (other). Aliases holding الأهلي (the club, named on its own) are left out of the players' and fans' lists,
# and Gross keeps no title (it holds the club).
i = 'snn-2015-07-27-0617'
t = news_text(i)
GROSS = ["Christian Gross", "كريستيان جروس", "جروس"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SUPPORT", "source": GROSS,
     "target": ["Al-Ahli players", "players", "اللاعبين", "administrative staff", "الجهاز الإداري"]},
    {"code": "REQUEST", "source": GROSS, "target": ["Al-Ahli fans", "fans", "جماهير", "الجماهير"]}], "claims": [
    {"speaker": GROSS, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": GROSS, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": GROSS, "cue": cue(t, "مطالباً"), "stance": "other"}]})
# --- SaudiNewsNet: US surgeons transplant two hands onto an eight-year-old boy in Philadelphia. A medical operation
# and the boy's wish (يتمنى, a wish, not a statement, as batch 21's يأمل) give neither events nor claims; "وتجدر
# الإشارة" is the narrator.
i = 'snn-2015-07-31-0509'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": []})
# --- SaudiNewsNet: Argentina's referees' committee weighs a general strike after three referees were put under
# investigation by the federal revenue agency (AFIP). The text calls both Beligoy and Segura "رئيس لجنة الحكام"; one
# committee list serves both. Events: the committee's weighed strike "كإجراء احتجاجي ضد إخضاع ثلاثة من زملائهم
# للتحقيق", which Beligoy re-tells twice ("الإضراب يعد أحد الخيارات"، «الإضراب قد يكون خيارا إذا لم يتم تعديل موقف
# الزملاء»), is one conditional THREATEN (CAMEO 133, an announced protest) aimed at AFIP, the investigation's doer the
# text names (as batch 51 targets the ministry behind a freeze); "تضامنًا مع الثلاثي" is its stated purpose, no
# SUPPORT of its own (decided). "تشتبه الإدارة الاتحادية ... في ما لا يقل عن 12 حكمًا، ولكنها خصت لوناتي وسيبايوس
# وأوزيجا بالتحقيق" (with "التحقيق معهم من قبل الإدارة الاتحادية", the agent phrase naming the doer) is one
# investigation: ACCUSE AFIP → the three, with the 12 suspected referees in the target list (README: investigations
# are ACCUSE; batches 57–60: a suspicion of investigators is ACCUSE, no claim). The committee's statement "الحكام
# الثلاثة يتعرضون لاضطهاد غير مبرر" condemns the treatment AFIP gives them: ACCUSE committee → AFIP (decided: the
# persecutor is the investigator the text names). "انتقد ... بيزوتا بعض الصحف بسبب نشرها صورًا" is ACCUSE Pezzotta →
# some newspapers. "طالب ... ايتشيجاراي ... لويس سيجورا بإيقاف حكمين أو ثلاثة" is REQUEST Echegaray → Segura (and the
# committee he heads). "قامت لجنة الحكام بإيقاف الحكمين لوناتي وسيبايوس والمساعد ارنيستو أوزيجا بشكل مؤقت" is a
# disciplinary suspension by a named body: COERCE (README: CAMEO 172, sport or not), which the earlier passive "الذين
# أوقفوا عن ممارسة أعمالهم" re-tells. "النيابة العامة الأرجنتينية اكتشفت امتلاك لوناتتي لشركة غير مشهرة" is an
# investigative finding against a named person: ACCUSE prosecution → Lunati (decided, as investigations naming a
# suspect are ACCUSE). All undated (no day; "قبل أسابيع" is vague). Claims: the committee's أكدت (warn) and ذكرت
# (accuse; أذاعت بيانًا is the light verb of the same statement); Beligoy's two قال (warn); Pezzotta's انتقد
# (accuse); Echegaray's طالب (other); La Nación's كشفت (assert). "تشتبه" is the suspicion, no claim. AFIP, the
# prosecution and Echegaray are state bodies and list Argentina; AFIP's "في الأرجنتين" form is left out.
i = 'snn-2015-07-21-1187'
t = news_text(i)
COMMITTEE = ["Argentine referees' committee", "لجنة حكام كرة القدم الأرجنتينية", "لجنة الحكام الأرجنتينية",
             "لجنة الحكام", "لجنة التحكيم"]
BELIGOY = ["Federico Beligoy", "فيدريكو بيليجوي", "بيليجوي"] + COMMITTEE
SEGURA = ["Luis Segura", "لويس سيجورا", "سيجورا"] + COMMITTEE
PEZZOTTA = ["Sergio Pezzotta", "سيرخيو بيزوتا", "بيزوتا"] + COMMITTEE
AFIP = ["AFIP", "Federal Administration of Public Revenue", "الإدارة الاتحادية للرقابة على الدخول", "Argentina",
        "الأرجنتين"]
ECHEGARAY = ["Ricardo Echegaray", "ريكاردو ايتشيجاراي", "ايتشيجاراي"] + AFIP
THREE = ["Pablo Lunati", "بابلو لوناتي", "لوناتي", "لوناتتي", "Diego Ceballos", "دييجو سيبايوس", "سيبايوس",
         "Ernesto Uziga", "خافيير أوزيجا", "ارنيستو أوزيجا", "أوزيجا", "three referees", "الحكام الثلاثة", "الثلاثي",
         "ثلاثة من زملائهم"]
PROSECUTION = ["Argentine public prosecution", "النيابة العامة الأرجنتينية", "النيابة العامة", "Argentina",
               "الأرجنتين"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "THREATEN", "source": BELIGOY, "target": AFIP},
    {"code": "ACCUSE", "source": AFIP, "target": THREE + ["12 referees", "12 حكمًا"]},
    {"code": "ACCUSE", "source": COMMITTEE, "target": AFIP},
    {"code": "ACCUSE", "source": PEZZOTTA, "target": ["some newspapers", "بعض الصحف", "الصحف"]},
    {"code": "REQUEST", "source": ECHEGARAY, "target": SEGURA},
    {"code": "COERCE", "source": SEGURA, "target": THREE},
    {"code": "ACCUSE", "source": PROSECUTION, "target": ["Pablo Lunati", "بابلو لوناتي", "لوناتي", "لوناتتي"]}],
    "claims": [
    {"speaker": COMMITTEE, "cue": cue(t, "أكدت"), "stance": "warn"},
    {"speaker": BELIGOY, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": BELIGOY, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": COMMITTEE, "cue": cue(t, "ذكرت"), "stance": "accuse"},
    {"speaker": PEZZOTTA, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": ECHEGARAY, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ["La Nación", "لا ناسيون", "صحيفة «لا ناسيون»"], "cue": cue(t, "كشفت"), "stance": "assert"}]})
# --- Jawhara FM (after Sky News): Saudi Arabia hands Kuwait ten conditions for Qatar (article of Tuesday 2017-06-06).
# "أبلغت السعودية الكويت بـ 10 شروط، طالبت الدوحة بتطبيقها خلال 24 ساعة بدءاً من هذه الليلة" is a demand on Qatar:
# REQUEST Saudi Arabia → Qatar, dated 2017-06-06 (decided: a 24-hour deadline counted from "this night" makes the
# demand today's); the conditions it lists (cutting ties with Iran, expelling Hamas, freezing accounts), the apology
# and pledge "تشترط" adds and "كما طالبت السعودية بوقف بث قناة الجزيرة" are the same list of ten conditions, so the
# same REQUEST (one instance). Passing the list to Kuwait, the mediator, informs it: no event (batches 45–48). "بالاضافة
# إلى اجتماع غدًا بجدة يضم دول الخليج بما فيها قطر إذا التزمت الدوحة بتلك الشروط" is a conditional offer of a meeting
# within Saudi Arabia's terms: AGREE Saudi Arabia → Qatar (README: future meetings and offers), dated by the day fixed
# for it, 2017-06-07 (as batch 51 dates a scheduled round). "كان الملك السعودي سلمان ... عقد لقاءً في جدة مع أمير
# الكويت ... حيث استعرضا العلاقات" is a meeting in the king's city: CONSULT, the visiting emir the source and the king
# the host target (GUIDELINES), undated (كان ... عقد, no day). Not coded: Al Jazeera's "إساءات" (nominal) and the 2012
# pledge "الذي وقع" (passive). Claims: Saudi Arabia's أبلغت (the conditions: other; the asyndetic طالبت in the same
# sentence carries the same content, so no second claim), Sky News's وأضافت (assert), Saudi Arabia's تشترط inside it
# (embedded speech, batches 29–30: other) and "كما طالبت" (other). Officials list their states.
i = 'ant-JA-internationalNews-1150-20170606'
t = news_text(i)
SAUDI = ["Saudi Arabia", "السعودية", "المملكة العربية السعودية"]
QATAR = ["Qatar", "قطر", "الدوحة", "Doha"]
recs.append({"id": i, "text": t, "published": "2017-06-06", "events": [
    {"code": "REQUEST", "source": SAUDI, "target": QATAR, "date": "2017-06-06"},
    {"code": "AGREE", "source": SAUDI, "target": QATAR, "date": "2017-06-07"},
    {"code": "CONSULT",
     "source": ["Sabah Al-Ahmad Al-Jaber Al-Sabah", "الشيخ صباح الأحمد الجابر الصباح", "صباح الأحمد الجابر الصباح",
                "أمير الكويت", "Emir of Kuwait", "Kuwait", "الكويت"],
     "target": ["King Salman", "سلمان بن عبدالعزيز", "الملك السعودي سلمان بن عبدالعزيز", "الملك السعودي"] + SAUDI}],
    "claims": [
    {"speaker": SAUDI, "cue": cue(t, "أبلغت"), "stance": "other"},
    {"speaker": ["Sky News Arabia", "سكاي نيوز", "شبكة سكاي نيوز"], "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": SAUDI, "cue": cue(t, "تشترط"), "stance": "other"},
    {"speaker": SAUDI, "cue": cue(t, "طالبت", 2), "stance": "other"}]})
# --- Jawhara FM: cracks in a newly built secondary school in Menzel Ennour; Monastir governor Adel Khabthani orders an
# investigation. "أذن ... بفتح تحقيق في الغرض", with the study office tasked "لتشخيص الاضرار و تحديد المسؤوليات" in
# the first order, is one investigation naming no suspect: ACCUSE with no target (README: a condemnation names no
# target when the text names none; batches 61–64 code a panel to identify attackers so), undated (no day). Not coded:
# the administrative measures and hiring the study office (his own administration's work), the hypothetical closure
# (قد يتم غلق, passive), and the land "تم توفيرها من قبل بلدية المكان و الأهالي" (a past contribution to a public
# building, no PLOVER act on a party). Claims: "وفق ما جاء في الصفحة الرسمية لولاية المنستير" is its sentence's only
# attribution: the governorate's claim (assert), the phrase as cue. "يذكر أن" is the narrator. The governor lists
# Tunisia; his list keeps "والي المنستير" (the governorate he heads is not an actor of any event).
i = 'ant-JA-society-105-22122016'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-12-22", "events": [
    {"code": "ACCUSE", "source": ["Adel Khabthani", "عادل الخبثاني", "الخبثاني", "والي المنستير", "والي الجهة",
                                  "Monastir governor", "Tunisia"], "target": []}], "claims": [
    {"speaker": ["Monastir governorate", "ولاية المنستير", "الصفحة الرسمية لولاية المنستير", "Adel Khabthani",
                 "عادل الخبثاني", "والي المنستير"], "cue": cue(t, "وفق ما جاء في"), "stance": "assert"}]})
# --- Jawhara FM: protesters clash with police in a Paris suburb today (Saturday 2017-02-11) over alleged police
# brutality during the arrest of a young man (Théo) in Aulnay-sous-Bois. Today: "نحو 2000 شخص تجمعوا سلميا في منطقة
# بوبيني ... دعما للشاب المعتقل" is a PROTEST with no target (no addressee named), dated (the police account of
# today's unrest); "ألقى محتجون مقذوفات على الشرطة" (the lead, re-told by "بدأ بعض الأشخاص في إلقاء المقذوفات على
# قوات الشرطة") is ASSAULT protesters → police (batches 19 and 45 code stones and firebombs thrown at police so),
# dated; the cars and bins burnt today in the same clause are part of that riot (the police statement's passive "تم
# إحراق" re-tells them). "وأضرم المحتجون النار في سيارات وصناديق قمامة في ليل السابع من فيفري" is an earlier night
# of rioting with no party attacked: PROTEST (CAMEO 145, riot), no target, dated 2017-02-07 (decided: burnt cars of
# no named owner are the riot, not ASSAULT on a party). "فتحت السلطات تحقيقا رسميا مع شرطي للاشتباه في ارتكابه جريمة
# اغتصاب" is ACCUSE authorities → the officer, with the three others "تم التحقيق مع" (passive, same inquiry) in one
# target list, undated. Not coded: the arrest itself ("أثناء إلقائها القبض"، "أثناء اعتقال شاب", nominal), the
# allegations of brutality (مزاعم, no speaker), "استؤنفت الاضطرابات" (passive), the police rescuing a child (no
# PLOVER act on a party). Claims: the Paris police's قالت (assert) and its statement's ذكر (assert). The police lists
# leave out "شرطة منطقة باريس" (it holds باريس, a place named on its own).
i = 'ant-JA-internationalNews-244-20170211'
t = news_text(i)
PROTESTERS = ["protesters", "محتجون", "المحتجون", "نحو 2000 شخص", "بعض الأشخاص"]
POLICE = ["French police", "الشرطة", "قوات الشرطة", "رجال الشرطة", "شرطة المنطقة", "France", "فرنسا"]
recs.append({"id": i, "text": t, "published": "2017-02-11", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2017-02-11"},
    {"code": "ASSAULT", "source": PROTESTERS, "target": POLICE, "date": "2017-02-11"},
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2017-02-07"},
    {"code": "ACCUSE", "source": ["French authorities", "السلطات", "France", "فرنسا"],
     "target": ["police officer", "شرطي", "police officers", "ثلاثة آخرين"]}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "ذكر"), "stance": "assert"}]})
# --- Jawhara FM: farmers of two Korba areas complain today (2017-03-09) about drinking and irrigation water, thefts
# and the hospital; the delegate receives them. "عبّر عدد من الفلاّحين ... عن تشكياتهم من عدة مشاغل" is a grievance
# about conditions that blames no party (as batch 23's Mourinho: a claim, no ACCUSE): not coded. "معتمد الجهة منير
# الغريبي، استقبل عدد من الفلاحين وممثلين عن مكونات المجتمع المدني، واستمع إلى مطالبهم" is a hosted meeting:
# CONSULT, the visitors (farmers and civil-society representatives) the source and the delegate the host target,
# undated (decided: the lead's اليوم dates the farmers' complaints, not the reception). Not coded: the study being
# prepared and the search for temporary solutions (his own administration's plans, told as fact: batch 51), the
# expected redistribution of irrigation water (passive), the unconnected pipes (passive), the thefts (nominal). Claims:
# the farmers are tied to named areas (as batch 51's Sousse bakers), so their عبّر (accuse) and, for "احد الفلاحين" /
# "احدهم" of that group, قال (the pipes never connected: accuse), أشار (health problems: accuse) and مؤكدا (assert);
# the delegate's مؤكدا، وأشار and مضيفا (assert). Aliases holding قربة، القنارة or بني عياش are left out.
i = 'ant-JA-localNews-2512-20170309'
t = news_text(i)
FARMERS = ["farmers", "عدد من الفلاّحين", "الفلاّحين", "عدد من الفلاحين", "الفلاحين", "احد الفلاحين", "احدهم"]
GHARBI = ["Mounir Gharbi", "منير الغريبي", "الغريبي", "معتمد الجهة", "delegate", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-03-09", "events": [
    {"code": "CONSULT", "source": FARMERS + ["civil society representatives", "ممثلين عن مكونات المجتمع المدني",
                                             "مكونات المجتمع المدني"], "target": GHARBI}], "claims": [
    {"speaker": FARMERS, "cue": cue(t, "عبّر"), "stance": "accuse"},
    {"speaker": FARMERS, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": FARMERS, "cue": cue(t, "أشار", 1), "stance": "accuse"},
    {"speaker": FARMERS, "cue": cue(t, "مؤكدا", 1), "stance": "assert"},
    {"speaker": GHARBI, "cue": cue(t, "مؤكدا", 2), "stance": "assert"},
    {"speaker": GHARBI, "cue": cue(t, "أشار", 2), "stance": "assert"},
    {"speaker": GHARBI, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM: Maztouria residents (Tataouine) renew their protest this morning (Friday 2015-07-31) and block the
# road to Tataouine, demanding drinking water back. The renewed protest with its road block ("قام الأهالي بقطع
# الطريق") is one PROTEST, dated; yesterday's start ("الاحتجاجات التي بدات أمس الخميس") is a relative clause whose
# subject is the protests, with no doer of its own: not a second record (decided). Its demands are its content, not
# an event (README), but "وطالب المحتجون السلط الجهوية والمحلية" names the protest's addressee, so the regional and
# local authorities are its target (as batch 32 takes the addressee of a march's message). The water cuts have no
# doer. Claims: the protest's stated purpose "للمطالبة باعادة الماء" (batch 32's للمطالبة: other), the spokesman's
# أكد (assert) and the protesters' طالب (other); protesters tied to a named place are speakers. Aliases holding
# المزطورية or تطاوين (named on their own) are left out.
i = 'ant-JA-localNews-3971-20150731'
t = news_text(i)
RESIDENTS = ["Maztouria residents", "residents", "الأهالي", "protesters", "المحتجون", "المحتجين"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "PROTEST", "source": RESIDENTS,
     "target": ["regional and local authorities", "السلط الجهوية والمحلية", "السلط الجهوية", "Tunisia"],
     "date": "2015-07-31"}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "للمطالبة"), "stance": "other"},
    {"speaker": ["Mohamed Afisha", "محمد عفيشة", "عفيشة", "المتحدث باسم المحتجين"], "cue": cue(t, "أكد"),
     "stance": "assert"},
    {"speaker": RESIDENTS, "cue": cue(t, "طالب", 2), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch69.gold.jsonl', recs)
