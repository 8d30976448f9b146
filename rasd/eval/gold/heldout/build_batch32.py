"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 32 10` (after batch 31 was written) and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Eqtisadiah: researchers show that phone batteries (the HTML5 battery status API) can be used to track users.
# The lead's "كشف باحثون متخصصون" are the four researchers the last sentence names ("ورقتهم البحثية" ties them), so
# it is their claim; "استعرض الباحثون في ورقتهم البحثية إمكانية استخدام برنامج" sets out a further proposition of the
# paper (how the API works and can be misused): decided a claim of its own, as batch 9 counts a study's statements as
# its authors' (batch 9 left "استعرض معه" out, but there nothing was stated). "بحسب تقارير متخصصة" is a bare source:
# no claim. The two recommendations (أوصى، كما أوصوا) are two claims (stance other) and, as batch 16 codes a forum's
# recommendations, one REQUEST with no addressee named; undated (the paper has no day). The possibility of spying has
# no actor (the sites are hypothetical): no event.
i = 'snn-2015-08-06-0523'
t = news_text(i)
RESEARCHERS = ["researchers", "باحثون متخصصون في أمن المعلومات", "باحثون", "الباحثون", "Lukasz Olejnik",
               "لوكاس أونيجاك", "Gunes Acar", "جونيس أكار", "Claude Castelluccia", "كلود كاستالوتشيا", "Claudia Diaz",
               "كلوديا دياز"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": RESEARCHERS, "target": []}], "claims": [
    {"speaker": RESEARCHERS, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": RESEARCHERS, "cue": cue(t, "استعرض"), "stance": "assert"},
    {"speaker": RESEARCHERS, "cue": cue(t, "أوصى"), "stance": "other"},
    {"speaker": RESEARCHERS, "cue": cue(t, "أوصوا"), "stance": "other"}]})
# --- Sabq: Dinamo Zagreb turn down Al-Ahli's offer for Hilal Soudani. An offer for a player and its refusal are
# transfer business, which batch 26 leaves out as sport ("transfers and signings are sport, not events"): no events
# (decided so for the offer, its refusal and the official's "عليها رفع قيمة العرض" alike). "كشفت تقارير صحفية
# جزائرية" is a bare source: no claim. "ذكر موقع 364 news أن إدارة النادي الكرواتي أعلنت أن" only relays the club's
# announcement, as batch 14's MBC relays the federation member ("أكدت شبكة ... ان عضو ... أكد"): the claim is the
# club's, cue أعلنت; "نقل الموقع تصريحات أحد مسؤولي النادي الكرواتي قوله" is the نقل X عن Y قوله pattern, the official
# (anonymous, tied to the named club) the speaker. Echorouk's ذكرت and مشيرة are its own report: two claims. The
# club lists leave out bare النادي/إدارة النادي, which Al-Ahli's "إدارة النادي الأهلي" would share.
i = 'snn-2015-07-21-2964'
t = news_text(i)
DINAMO = ["Dinamo Zagreb", "دينامو زغرب", "نادي دينامو زغرب", "إدارة نادي دينامو زغرب", "إدارة النادي الكرواتي",
          "النادي الكرواتي"]
ECHOROUK = ["Echorouk", "الشروق", "صحيفة الشروق"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": DINAMO, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": ["Dinamo Zagreb official", "أحد مسؤولي النادي الكرواتي", "مسؤولي النادي الكرواتي"] + DINAMO,
     "cue": cue(t, "قوله"), "stance": "assert"},
    {"speaker": ECHOROUK, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": ECHOROUK, "cue": cue(t, "مشيرة"), "stance": "assert"}]})
# --- King Salman receives the dean of the diplomatic corps and the heads of the diplomatic groups. A hosted visit:
# one CONSULT, the visitors (a compound actor listing the dean, each group head and their states) the source and the
# King the target. Date: the text says "اليوم", but the visit is a Ramadan one ("بمناسبة شهر رمضان المبارك", "أن
# يعيد هذا الشهر الكريم"), and Ramadan 1436 ended on 16 July, before the corpus date (2015-07-24): the text so rules
# out the corpus day without giving another, and the events are left undated (decided; as batch 9 leaves a
# self-contradicting date undated). "published" stays the corpus date (the text names no day). The ambassadors
# conveying their leaders' Ramadan greetings and congratulations (نقل ... تحيات وتهاني) is a seasonal greeting, like
# condolences and get-well wishes: neither event nor claim (decided). Their thanks for the reception (أعرب السفراء
# عن شكرهم وتقديرهم) is praise, SUPPORT towards the King and a claim (as batch 22 codes شكر); the King's "أبدى
# تحياته وتقديره لأصحاب الجلالة والفخامة" expresses esteem for the leaders: SUPPORT and a claim likewise (decided on
# تقدير; the greeting alone would give nothing). "متمنين دوام الخير" is a wish formula and "داعياً الله" a prayer:
# nothing. Attendance (حضر الاستقبال) is not coded. No alias holds المملكة (inside "سفير جمهورية جيبوتي لدى
# المملكة"), and the King keeps no bare "King" (the Australian ambassador is Ralph King).
i = 'snn-2015-07-24-0372'
t = news_text(i)
KING = ["King Salman", "Salman bin Abdulaziz", "الملك سلمان بن عبدالعزيز آل سعود", "الملك سلمان بن عبدالعزيز",
        "سلمان بن عبدالعزيز", "خادم الحرمين", "خادم الحرمين الشريفين", "Saudi Arabia", "السعودية"]
AMBASSADORS = ["diplomatic corps", "dean of the diplomatic corps", "عميد السلك الدبلوماسي", "السلك الدبلوماسي",
               "Diauddin Said Bamakhrama", "ضياء الدين سعيد بامخرمة", "بامخرمة", "Djibouti", "جيبوتي",
               "heads of the diplomatic groups", "رؤساء المجموعات الدبلوماسية", "السفراء", "ambassadors",
               "صقر يوسف عنتو", "Chad", "تشاد", "جوزي ارتورو تريخو", "Mexico", "المكسيك", "عبدالحافظ إبراهيم محمد",
               "Sudan", "السودان", "عليشير قادروف", "Uzbekistan", "أوزباكستان", "خايمي سيرجيو سرداء", "Argentina",
               "الأرجنتين", "داج يولين دانفيليت", "Sweden", "السويد", "رالف كينج", "Ralph King", "Australia",
               "استراليا"]
LEADERS = ["leaders of Arab, Islamic and friendly states", "أصحاب الجلالة والفخامة",
           "قادة الدول العربية والإسلامية والصديقة"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": AMBASSADORS, "target": KING},
    {"code": "SUPPORT", "source": AMBASSADORS, "target": KING},
    {"code": "SUPPORT", "source": KING, "target": LEADERS}], "claims": [
    {"speaker": AMBASSADORS, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": KING, "cue": cue(t, "أبدى"), "stance": "assert"}]})
# --- Al-Riyadh: Buraydah residents want the generosity monuments (coffee mortar, incense burner, coffee pots) back.
# The residents are tied to a named place, so their statements are claims (as batch 30's residents of Al-Amlah):
# the lead's استغرب (criticism of the removal, stance accuse); the two named residents' قال، مضيفان، أوضحا; and, inside
# their أوضحا, the residents' own انتقدوا، مطالبين and طالبوا (embedded statements with an identified speaker, batch
# 29). "وطالبوا" is plural, not the dual of أوضحا, so it continues "الكثير من السكان" (decided). Events: the
# criticism of the removal (استغرب / انتقدوا re-tell it) is one ACCUSE with no target, as the text names no remover
# ("أزيل" is passive); the demands (مطالبين بتطويرها وإبقائها، طالبوا أمانة القصيم بإعادة ...) are one statement's
# calls to one addressee: one REQUEST to the Qassim municipality (batch 30). All undated. بريدة is named on its own,
# so no alias holds it.
i = 'snn-2015-08-10-0899'
t = news_text(i)
RESIDENTS = ["residents of Buraydah", "residents", "عدد من سكان", "سكان", "السكان", "الكثير من السكان"]
TWO = ["Mohammed al-Jerri", "محمد الجري", "الجري", "Saleh al-Omair", "صالح العمير", "العمير"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": RESIDENTS, "target": []},
    {"code": "REQUEST", "source": RESIDENTS,
     "target": ["Qassim municipality", "Amanat al-Qassim", "أمانة القصيم", "أمانة"]}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "استغرب"), "stance": "accuse"},
    {"speaker": TWO, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": TWO, "cue": cue(t, "مضيفان"), "stance": "assert"},
    {"speaker": TWO, "cue": cue(t, "أوضحا"), "stance": "assert"},
    {"speaker": RESIDENTS, "cue": cue(t, "انتقدوا"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "مطالبين"), "stance": "other"},
    {"speaker": RESIDENTS, "cue": cue(t, "طالبوا"), "stance": "other"}]})
# --- Al-Weeam: ISIS's "suicide chickens". "مجموعة من مسلحي داعش ... قاموا بربط أحزمة ناسفة حول الدجاج، وإدخالها وسط
# مخيمات ومعسكرات ... ومن ثم تفجيرها" is one ASSAULT on those they call enemies (the lead's "بدأ تنظيم داعش في
# استخدام أسلوب جديد لتفجير مواقع أعدائه" re-tells it); undated. "أن مقاتلا بريطانيا في صفوف داعش تعهد باستخدام جميع
# الوسائل التي تجلب الموت والدمار" is a threat of violence with no target: THREATEN, and a claim (stance warn); the
# fighter is anonymous but tied to a named group, so he is a speaker. "أكدت القوات الكردية أن ما يفعله داعش يظهر
# عقولهم الملتوية" is criticism: ACCUSE and a claim. "في الوقت الذي تقوم فيه قوات التحالف باستهداف خطوط التسليم" is a
# relative clause with its doer: ASSAULT on ISIS's supply lines (the lines the text says leave ISIS short of
# ammunition). The leaflets "تتعهد فيها (قوات التحالف) بتحقيق الحرية لجميع المدنيين" carry a pledge with the
# coalition as its subject: AGREE towards the civilians and a claim (promise) (decided; the dropping itself, إلقاء
# ...، is nominal). The goat bombs in Kobani ("ربط التنظيم عبوات ناسفة", in a bare "تقارير غربية") are nominal
# background: no event, no claim. Claims: "ووفق صحيفة ديلي ميل" (its sentence's only attribution); "من يصفونهم
# بالأعداء", the militants' own evaluation (decided a claim, as batches 11, 21, 22, 29 count وصف); تعهد; أكدت;
# "وأوضحت الصحيفة" (the nearest paper, the Daily Star, as batch 20 takes the nearest antecedent). "وأشارت الصحيفة
# البريطانية إلى أن مقاتلا ... تعهد" only relays the fighter (batch 14's MBC): no claim of the Daily Mail's there.
# "قال خبراء" is bare: no claim. The byline outlet (الوئام) is the narrator. The fighter's list leaves out forms
# holding داعش or ISIS.
i = 'snn-2015-07-21-2076'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "التنظيم", "مسلحي داعش", "مجموعة من مسلحي داعش"]
COALITION = ["US-led coalition", "international coalition", "قوات التحالف", "التحالف"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ASSAULT", "source": ISIS, "target": ["enemies", "الأعداء", "أعدائه", "مواقع أعدائه"]},
    {"code": "THREATEN", "source": ["British fighter", "مقاتلا بريطانيا", "مقاتل بريطاني"], "target": []},
    {"code": "ACCUSE", "source": ["Kurdish forces", "القوات الكردية"], "target": ISIS},
    {"code": "ASSAULT", "source": COALITION, "target": ISIS + ["supply lines", "خطوط التسليم"]},
    {"code": "AGREE", "source": COALITION, "target": ["civilians", "المدنيين", "جميع المدنيين"]}], "claims": [
    {"speaker": ["Daily Mail", "ديلي ميل", "صحيفة ديلي ميل"], "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": ISIS, "cue": cue(t, "يصفونهم"), "stance": "accuse"},
    {"speaker": ["British fighter", "مقاتلا بريطانيا", "مقاتل بريطاني"], "cue": cue(t, "تعهد"), "stance": "warn"},
    {"speaker": ["Kurdish forces", "القوات الكردية"], "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": ["Daily Star", "ديلي ستار", "صحيفة ديلي ستار", "الصحيفة"], "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": COALITION, "cue": cue(t, "تتعهد"), "stance": "promise"}]})
# --- Film director Inès Ben Othman, wife of the police unionist Walid Zarrouk, summoned for questioning on a
# terrorism charge. The summons "للتحقيق معها ... بالدائرة الجنائية الخامسة المختصة في قضايا الإرهاب" names the
# investigating chamber: ACCUSE (an investigation and charge by a named body, as batch 8 codes a police
# investigation naming the suspect), undated (the day she received it is not given; 6 June is the questioning to
# come). Her own words: أوضحت (what the charge is: assert), مشيرة (the same record was published worldwide: a rebuttal,
# deny), تابعت (accuse). In that quote "ويريدون سجني" accuses unnamed "they": ACCUSE with no target (as GUIDELINES leave
# a condemnation with no named doer), undated; "الإرهابيين اللذين شاركوا في هجوم باردو وسوسة" is a relative clause
# with its doer: one ASSAULT (one clause) on Bardo and Sousse, undated; their release and her husband's jailing are
# passive. "تونس" appears only inside the court's name: the court keeps its forms without it.
i = 'ant-JA-localNews-3625-20170503'
t = news_text(i)
BENOTHMAN = ["Inès Ben Othman", "إيناس بن عثمان", "بن عثمان"]
recs.append({"id": i, "text": t, "published": "2017-05-03", "events": [
    {"code": "ACCUSE", "source": ["Fifth Criminal Chamber", "الدائرة الجنائية الخامسة",
                                  "الدائرة الجنائية الخامسة المختصة في قضايا الإرهاب", "المحكمة الابتدائية",
                                  "Court of First Instance", "Tunisian judiciary", "Tunisia"], "target": BENOTHMAN},
    {"code": "ACCUSE", "source": BENOTHMAN, "target": []},
    {"code": "ASSAULT", "source": ["terrorists", "الإرهابيين"],
     "target": ["Bardo", "باردو", "Bardo Museum", "Sousse", "سوسة"]}], "claims": [
    {"speaker": BENOTHMAN, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": BENOTHMAN, "cue": cue(t, "مشيرة"), "stance": "deny"},
    {"speaker": BENOTHMAN, "cue": cue(t, "تابعت"), "stance": "accuse"}]})
# --- Nadhir Ktari's family marches from Gafsa to Ras Jedir today for the truth about him and Sofiane Chourabi. The
# text says "اليوم الأربعاء 21 أكتوبر 2014", but 21 October 2014 was a Tuesday; the weekday and the corpus date
# (2015-10-21, a Wednesday) agree against the year, so the year is the typo and the march is dated 2015-10-21
# (decided; batch 9's undated case had no such tie-break). The march, with the MPs, civil society and rights
# activists who join it (a relative clause) and the symbolic stands on its way, is one PROTEST; Hatem Ktari names its
# addressee ("رسالة للسلطات التونسية"), so the Tunisian authorities are its target. Its stated purpose "للمطالبة
# بالكشف عن حقيقة اختفاء" is the family's claim, not an event (batch 30's "للتعبير عن الرفض"). The mother's
# "اتهمت ... الحكومة مجددا بالمتاجرة بحياة ابنها وتكاسلها" is ACCUSE of the government and a claim, undated (the
# interview's day is not given); "على حد تعبيرها" repeats her. Hatem Ktari's أكد (the stands are a message asking the
# authorities to clarify the journalists' fate) is a claim, stance other. The kidnapping (المختطف) is passive and the
# officials' statements a bare nominal. Aliases holding نذير or القطاري are left out (Nadhir is named on his own;
# Hatem's "لقطاري" is a different spelling).
i = 'ant-JA-localNews-663-20151021'
t = news_text(i)
TN_AUTH = ["Tunisian authorities", "السلطات التونسية", "Tunisian government", "الحكومة", "Tunisia"]
FAMILY = ["family of the kidnapped journalist", "عائلة الصحفي المختطف", "عائلة الصحفي", "العائلة"]
recs.append({"id": i, "text": t, "published": "2015-10-21", "events": [
    {"code": "PROTEST", "source": FAMILY + ["MPs", "نواب المجلس", "عدد من نواب المجلس", "مكونات المجتمع المدني",
                                            "المجتمع المدني", "civil society", "الحقوقيين", "rights activists"],
     "target": TN_AUTH, "date": "2015-10-21"},
    {"code": "ACCUSE", "source": ["mother of the kidnapped journalist", "والدة"],
     "target": ["Tunisian government", "الحكومة", "Tunisia"]}], "claims": [
    {"speaker": FAMILY, "cue": cue(t, "للمطالبة"), "stance": "other"},
    {"speaker": ["mother of the kidnapped journalist", "والدة"], "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": ["Hatem Ktari", "حاتم لقطاري", "لقطاري"], "cue": cue(t, "أكد"), "stance": "other"}]})
# --- Ben Guerdane: the local organisations decide a general strike for Wednesday 8 February. "أمس الجمعة" is
# 2017-02-03 (the corpus date is a Saturday). "تقرر ... خلال اجتماع جمع المنظمات المهنية ... وعدد من الجمعيات" names
# the deciders, the signatories of the statement: the decision to strike is THREATEN (CAMEO 133, batches 8 and 22),
# dated by the decision, aimed at the authorities the statement says must respond ("اذا ما لم تستجب الجهات
# المسؤولة"), the conditional "الاضراب هو آخر خطوة نضالية" being the same threat. The meeting that gathered them is
# a multilateral meeting with its parties named: CONSULT with no target, as the seed's UDCG meeting (decided: the
# organisations are independent bodies, not one government's deliberation). Their criticism ("الركود المتواصل";
# "السلطات ... لم تتفاعل مع المطالب ... بل استهانت بها") is one statement's criticism of one party: one ACCUSE, dated.
# "الاطراف التي لوحت بالاضراب العام في شهر جانفي الماضي" and "اضرابا عاما يوم 12 جانفي الماضي تبنته الاتحادات
# المحلية" are relative clauses with their doers: a THREATEN (month only: undated) and a PROTEST (2017-01-12). Limiting
# the 7 March commemoration to the local level is the organisations' own affair, the demands are part of the strike,
# and "اجمعت عليها الفروع المحلية" is an internal agreement: not coded. Claims: "وفق نص البيان" (the only attribution
# of the first sentence, whose تقرر reports nothing; stance warn, its content being the strike), وصفه (the
# attendees), اعتبر (the signatories, warn), اعتبرت (accuse); "وفق ما ورد في نص البيان" repeats its sentence's
# speaker. بن قردان is named on its own, so no alias holds it.
i = 'ant-JA-localNews-725-20170204'
t = news_text(i)
ORGS = ["Ben Guerdane local organisations", "المنظمات المهنية", "الاتحادات المحلية للشغل والصناعة والتجارة",
        "الاتحادات المحلية للشغل والتجارة والصناعة", "الاتحادات المحلية", "local unions", "UGTT local union",
        "الجمعيات", "عدد من الجمعيات", "المنظمات والجمعيات", "المنظمات", "الموقعون على البيان",
        "الفروع المحلية للمنظمات الوطنية", "الحاضرون بالاجتماع", "الحاضرون", "الاطراف"]
AUTH = ["Tunisian authorities", "السلطات المحلية والجهوية والمركزية", "السلطات", "الجهات المسؤولة",
        "Tunisian government", "الحكومة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-04", "events": [
    {"code": "CONSULT", "source": ORGS, "target": [], "date": "2017-02-03"},
    {"code": "THREATEN", "source": ORGS, "target": AUTH, "date": "2017-02-03"},
    {"code": "ACCUSE", "source": ORGS, "target": AUTH, "date": "2017-02-03"},
    {"code": "THREATEN", "source": ORGS, "target": AUTH},
    {"code": "PROTEST", "source": ORGS, "target": [], "date": "2017-01-12"}], "claims": [
    {"speaker": ORGS, "cue": cue(t, "وفق نص البيان"), "stance": "warn"},
    {"speaker": ORGS, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": ORGS, "cue": cue(t, "اعتبر"), "stance": "warn"},
    {"speaker": ORGS, "cue": cue(t, "اعتبرت"), "stance": "accuse"}]})
# --- Primary and secondary teachers strike tomorrow (Wednesday 2016-12-21) in Sousse, Nabeul, Zaghouan and Monastir.
# Tomorrow's strike, announced, is THREATEN (README: an announced protest), undated as the announcement's day is not
# given (batch 11), aimed at the supervising ministry the teachers address ("يطالب المربون ... سلطة الإشراف"). The
# regional strikes already held since 15 December ("هذه الإضرابات" through which "يطالب المربون") are one PROTEST with
# the same target, undated (a run of days). Their demands are part of the strikes, not events. The 27 and 28 December
# strikes (سيتم تنفيذ) and the decision on the series (تمّ إقرارها) are passive, and the recruitment freeze nominal.
# The teachers are a bare group (as batch 20's teachers), so يطالب and "التعبير عن تمسكهم" give no claims: none here.
i = 'ant-JA-localNews-535-20122016'
t = news_text(i)
TEACHERS = ["primary and secondary teachers", "مدرسو التعليم الابتدائي والثانوي", "مدرسو", "المربون", "teachers"]
MINISTRY = ["Ministry of Education", "وزارة التربية", "supervising authority", "سلطة الإشراف", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-12-20", "events": [
    {"code": "THREATEN", "source": TEACHERS, "target": MINISTRY},
    {"code": "PROTEST", "source": TEACHERS, "target": MINISTRY}], "claims": []})
# --- Secondary-education union leader Lassaad Yaakoubi today, Sunday (2017-01-08), at a seminar: strikes go on until
# Education Minister Néji Jalloul goes. Everything is said in today's statement, so dated. Events: the charge that the
# transport and education ministries are giving school transport away to private firms (اعتبر، and قال on the
# transport ministry) is one ACCUSE of the two ministries; the renewed criticism of Jalloul (جدد انتقاده، "الوزير الحالي
# انتهى.. لقد فشل"، انتقد ... أسلوب امتهان) is one ACCUSE of the minister (one statement, one party, as batch 30); "أكد
# ... تواصل النضالات والتحركات الاحتجاجية والإضرابات إلى أن ... تتخذ قرارا بإيجاد شخصية بديلة" is THREATEN (CAMEO 133,
# as batch 20's vows to keep struggling), aimed at the minister whose replacement it demands. His departure as "خطوة
# أولى" is an opinion, and the demand is the threat's condition: no separate REQUEST. The transport ministry's
# subsidy (اتخاذ قرار) and Jalloul's unilateral decisions are nominal or internal policy. Claims: اعتبر، قال، محذرا،
# "جدد المسؤول النقابي انتقاده" (span over the light verb and the noun, decided), مضيفا (twice)، شدد، انتقد، أكد;
# The ministries' list drops "Tunisia", which Jalloul's holds. "ما اعتبره" and "ما أسماه" sit inside their sentence's statement and "على حد تعبيره" repeats it: no claims.
i = 'ant-JA-localNews-1610-20170108'
t = news_text(i)
YAAKOUBI = ["Lassaad Yaakoubi", "لسعد اليعقوبي", "اليعقوبي", "كاتب عام نقابة التعليم الثانوي",
            "كاتب عام نقابة التعليم النقابي", "المسؤول النقابي", "secondary education union", "نقابة التعليم الثانوي"]
JALLOUL = ["Neji Jalloul", "ناجي جلول", "جلول", "Minister of Education", "وزير التربية", "الوزير الحالي", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-01-08", "events": [
    {"code": "ACCUSE", "source": YAAKOUBI,
     "target": ["Ministry of Transport", "وزارة النقل", "Ministry of Education", "وزارة التربية",
                "وزارتي النقل والتربية"], "date": "2017-01-08"},
    {"code": "ACCUSE", "source": YAAKOUBI, "target": JALLOUL, "date": "2017-01-08"},
    {"code": "THREATEN", "source": YAAKOUBI + ["education unions", "نقابات التعليم"], "target": JALLOUL,
     "date": "2017-01-08"}], "claims": [
    {"speaker": YAAKOUBI, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "محذرا"), "stance": "warn"},
    {"speaker": YAAKOUBI, "cue": cue(t, "جدد المسؤول النقابي انتقاده"), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "مضيفا", 1), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "شدد"), "stance": "assert"},
    {"speaker": YAAKOUBI, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "مضيفا", 2), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "أكد"), "stance": "warn"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch32.gold.jsonl', recs)
