"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 100 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Asharq Al-Awsat: Washington Post correspondent Jason Rezaian began, yesterday (Wednesday
# 2015-07-22), his second year in Iranian detention. The arrests of Rezaian, his wife and a photographer ("اعتقل
# رضايان"، "جرى اعتقال"، "اعتقلت معهما") and the women's release on bail are passives with no agent: not coded (as
# batch 52 leaves doerless arrests); "أثار اعتقال ... توترًا" is nominal. "مثل رضايان ... أمام محكمة طهران الثورية
# ... ويواجه تهم «التجسس»" names the court that tries him on the charges: one ACCUSE court/Iran → Rezaian (a trial on
# charges, as a court summons on a charge is ACCUSE), undated (hearings in May, June and July). "ينفي رضايان وعائلته
# والمقربون منه هذه الاتهامات" is REJECT of the charges, its target who made them in the article (README): the court,
# undated (ongoing). "دعت واشنطن السلطات الإيرانية إلى الإفراج عن الصحافي" is REQUEST US → Iran; "لكن طهران أكدت
# أنها لا تعترف بازدواج الجنسية" answers that call: REJECT Iran → US (decided: a stated refusal of the demand, its
# claim stance deny, as claims announcing a refusal take deny); both undated. "إيران والولايات المتحدة اللتين
# قطعتا العلاقات الدبلوماسية بينهما" is a relative clause with its doers: breaking relations is SANCTION (batch 61,
# the dev set), one reciprocal record with both states in the source and no target, undated (1979, a year). Kerry's
# "بحث مسألة الصحافي يوميًا خلال المفاوضات التي أجراها مع نظيره الإيراني" is CONSULT Kerry → Zarif, undated.
# "أبلغت السلطات الإيرانية محامية رضايان بأن ..." informs: a claim, no event (as a statement informing the UN).
# Claims: the family's تبدي (its fears for his health: warn, as batch 17 takes "أعرب عن مخاوفه"), the denial ينفي
# (deny), the family's تقول (assert), the Post's أكدت (its statement of Monday 2015-07-20: assert), the Iranian
# authorities' أبلغت embedded in it (assert), Washington's دعت (other), Tehran's أكدت (deny) and أشارت (assert),
# Kerry's صرح (assert). MSNBC (لشبكة) is the addressee. Washington (واشنطن) is the US on its own, so the Post keeps
# no Arabic form holding it (as batch 11's New York Times); Rezaian keeps no title holding إيران.
i = 'snn-2015-07-23-0079'
t = news_text(i)
REZAIAN = ["Jason Rezaian", "جيسون رضايان", "رضايان"]
FAMILY = ["Rezaian's family", "عائلته", "عائلة رضايان"]
POST = ["Washington Post", "The Post", "بوست"]
IRAN = ["Iran", "إيران", "طهران", "Tehran", "Iranian authorities", "السلطات الإيرانية"]
COURT = ["Tehran Revolutionary Court", "محكمة طهران الثورية", "محكمة خاصة"] + IRAN
US = ["United States", "الولايات المتحدة", "واشنطن"]
KERRY = ["John Kerry", "جون كيري", "كيري", "وزير الخارجية الأميركي"] + US
ZARIF = ["Mohammad Javad Zarif", "محمد جواد ظريف", "ظريف", "نظيره الإيراني", "Iran", "إيران"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ACCUSE", "source": COURT, "target": REZAIAN},
    {"code": "REJECT", "source": REZAIAN + FAMILY + ["those close to him", "المقربون منه"], "target": COURT},
    {"code": "REQUEST", "source": US, "target": IRAN},
    {"code": "REJECT", "source": IRAN, "target": US},
    {"code": "SANCTION", "source": ["Iran", "إيران", "United States", "الولايات المتحدة"], "target": []},
    {"code": "CONSULT", "source": KERRY, "target": ZARIF}], "claims": [
    {"speaker": FAMILY, "cue": cue(t, "تبدي"), "stance": "warn"},
    {"speaker": REZAIAN + FAMILY + ["those close to him", "المقربون منه"], "cue": cue(t, "ينفي"), "stance": "deny"},
    {"speaker": FAMILY, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": POST, "cue": cue(t, "أكدت", 1), "stance": "assert"},
    {"speaker": IRAN, "cue": cue(t, "أبلغت"), "stance": "assert"},
    {"speaker": US, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": IRAN, "cue": cue(t, "أكدت", 2), "stance": "deny"},
    {"speaker": IRAN, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "صرح"), "stance": "assert"}]})
# --- Al-Riyadh: the Prince Sultan bin Abdulaziz Fund for Women's Development prepares an awareness programme on
# commercial quality standards. Preparing and launching its own programme is the fund's own work: no event. Claims:
# secretary-general al-Jasser's أوضح (assert); his deputy Hana al-Zuhair's أكدت (an opinion on what quality requires,
# told as a general view, not a call on anyone: assert) and موضحة (assert); "وبحسب الزهير" is its sentence's only
# attribution: her claim (assert).
i = 'snn-2015-08-06-1651'
t = news_text(i)
FUND = ["Prince Sultan bin Abdulaziz Fund for Women's Development", "صندوق الأمير سلطان بن عبدالعزيز لتنمية المرأة",
        "الصندوق"]
JASSER = ["Hassan al-Jasser", "حسن الجاسر", "الجاسر", "الأمين العام للصندوق"] + FUND
ZUHAIR = ["Hana al-Zuhair", "هناء الزهير", "الزهير", "نائب الأمين العام للصندوق"] + FUND
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": JASSER, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ZUHAIR, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": ZUHAIR, "cue": cue(t, "موضحة"), "stance": "assert"},
    {"speaker": ZUHAIR, "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Al-Jazirah: the Al-Jouf municipality (Amanah) removed 3,600 tonnes of waste during Ramadan and received 70
# reports. The cleaning campaign and the operations room receiving complaints are its own work: no events. Claims:
# "أكّدت أمانة المنطقة استمرار حملة النظافة" (its own work to come: promise, as batch 21 takes what a body says it
# will do) and "مهيبة بالجميع بالمحافظة على النظافة" (a general exhortation with no addressee: a claim, stance other,
# no REQUEST, as batches 85–88 decide). The Amanah's full name holds الجوف, named only inside it, so it is kept.
i = 'snn-2015-07-21-1074'
t = news_text(i)
AMANAH = ["Al-Jouf Municipality", "أمانة منطقة الجوف", "أمانة المنطقة", "الأمانة"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": AMANAH, "cue": cue(t, "أكّدت"), "stance": "promise"},
    {"speaker": AMANAH, "cue": cue(t, "مهيبة"), "stance": "other"}]})
# --- Ain Alyoum (after Makkah newspaper): the killing of soldier Sami al-Harbi in al-Jish, Qatif, last Tuesday
# (2015-07-28, from Saturday 2015-08-01) reveals a new method of attacking security men. "جاء شخصان على سيارة من نوع
# كورولا، وأطلقوا عليه النار، حيث استشهد في الحال" names its doers (two unknown men are an explicit doer, as "أطلق
# مجهولان" in batches 27–28): ASSAULT → al-Harbi, dated by "حادثة استشهاد الجندي سامي الحربي يوم الثلاثاء الماضي",
# which the account re-tells. The "scenario" the terrorists follow (يتقدم الارهابيون ... فيطلقون النار على رجال الأمن)
# is a generic, habitual method, no instance of its own, and the instance it names is the Harbi killing (decided: not
# coded apart). Al-Harbi stopping the suspect car to search it is no act towards a named party. "كشفت مصادر مطلعة"،
# "أبانت المصادر" and "أوضحت" are a bare source (GUIDELINES): no claims. "طبقاً لصحيفة مكة" is an attribution phrase
# naming a speaker other than its sentence's bare sources, so Makkah's claim (as batch 39's "بحسب ما جاء في تقرير
# نشرته الصباح"; decided), assert.
i = 'snn-2015-08-01-0053'
t = news_text(i)
GUNMEN = ["gunmen", "شخصان", "terrorists", "الإرهابيون", "الارهابيون"]
HARBI = ["Sami al-Harbi", "سامي الحربي", "الحربي", "الجندي سامي الحربي", "الشهيد الحربي"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ASSAULT", "source": GUNMEN, "target": HARBI, "date": "2015-07-28"}], "claims": [
    {"speaker": ["Makkah newspaper", "مكة", "صحيفة مكة"], "cue": cue(t, "طبقاً"), "stance": "assert"}]})
# --- Ain Alyoum: a mocking piece on North Korea's "most pointless elections". Elections, the voters' duties and the
# generic, conditional punishments (يقبض عليهم ... ويحاكمون، passive; "يتبع المسؤولون المقترعين" habitual) are no
# instances with a named party: nothing coded. Claims: "بحسب يو بي آي" (UPI, its sentence's only attribution: assert)
# and "بحسب تقرير الصحف المملوكة للدولة" (decided: papers owned by the North Korean state are tied to a named
# government, as a site loyal to a named group speaks for it: assert). The rest is the writer's own voice.
i = 'snn-2015-07-24-0399'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [], "claims": [
    {"speaker": ["UPI", "United Press International", "يو بي آي"], "cue": cue(t, "بحسب", 1), "stance": "assert"},
    {"speaker": ["North Korean state-owned newspapers", "الصحف المملوكة للدولة", "North Korea", "كوريا الشمالية"],
     "cue": cue(t, "بحسب", 2), "stance": "assert"}]})
# --- Jawhara FM: trade minister Ridha Lahouel, today (Tuesday 2015-10-06), launching a health and economic inspection
# campaign of Greater Tunis restaurants, says the inspectors need firm backing. The campaign and its visits to
# restaurants are his ministry's own regulatory work, the health–trade coordination a noun inside the government: no
# events. "شدد الوزير على ضرورة الوقوف وقفة حازمة لفرق الحماية الاقتصادية" calls for backing his own ministry's
# teams with no addressee (a minister calling for what his own ministry does is a claim only, README): no REQUEST.
# Claims: أكد، أضاف، أشار (assert), شدد (a call: other), مشيرا (assert); "وفق قوله" repeats its sentence's speaker,
# and the first sentence's trailing "وفق" introduces nothing. The text spells him لأحول once; both forms are kept.
i = 'ant-JA-localNews-4002-20151006'
t = news_text(i)
LAHOUEL = ["Ridha Lahouel", "رضا لحول", "لحول", "لأحول", "وزير التجارة", "Ministry of Trade", "وزارة التجارة",
           "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-10-06", "events": [], "claims": [
    {"speaker": LAHOUEL, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": LAHOUEL, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": LAHOUEL, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": LAHOUEL, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": LAHOUEL, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Jawhara FM: the death of Egyptian student Shaden Mohamed in Cottbus turns from a traffic accident into a racism
# case. The collision is told with the car as subject ("دهستها سيارة مسرعة"، "السيارة التي صدمت شادن") and as an
# accident: no ASSAULT (decided: no clause makes the driver the doer of a deliberate act). The driver's and his
# passengers' taunts ("قالوا لها ولزملائها: فلتنصرفوا إلى بلدكم ... لاجئون قذرون" and the mocking sentences before)
# are insults to her and the students with her: one ACCUSE (as README codes insults in a road-rage killing apart from
# the killing), undated (no day given). "شهادةً أدلت بها الطالبة في الثانوية جوزفين" is a relative clause with its
# doer: a witness's report against the driver to the police (as a friend's report of a suspect, batches 37–40) is
# ACCUSE Josephine → driver, undated ("مطلع الأسبوع الحالي"). The police inquiry (بدء التحقيقات، استجواب الشرطة) is
# nominal. Claims: Josephine's قالت (her account: assert); "ونقلت عنهم قولهم" is the "نقل X عن Y قوله" pattern, a
# claim of the driver and passengers with cue قولهم (mockery: accuse), and their "قالوا لها" a second one (accuse);
# "قيل إنهم كانوا يضحكون" has no speaker. Josephine keeps no bare الطالبة (Shaden is الطالبة المصرية).
i = 'ant-JA-internationalNews-894-20170428'
t = news_text(i)
SHADEN = ["Shaden Mohamed", "شادن محمد", "شادن", "الفتاة المصرية", "الطالبة المصرية", "her fellow students",
          "زملائها", "الطلاب الذين كانوا معها"]
DRIVER = ["Kilian S.", "كيليان س", "السائق", "the car's passengers", "الراكبون معه", "القتلة"]
JOSEPHINE = ["Josephine", "جوزفين", "الطالبة في الثانوية"]
recs.append({"id": i, "text": t, "published": "2017-04-28", "events": [
    {"code": "ACCUSE", "source": DRIVER, "target": SHADEN},
    {"code": "ACCUSE", "source": JOSEPHINE, "target": DRIVER}], "claims": [
    {"speaker": JOSEPHINE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": DRIVER, "cue": cue(t, "قولهم"), "stance": "accuse"},
    {"speaker": DRIVER, "cue": cue(t, "قالوا"), "stance": "accuse"}]})
# --- Jawhara FM: the UGTT warns of a deepening crisis and makes its demands, in a statement of its administrative
# commission, which met yesterday (Thursday 2017-05-04); the statement's events carry that day (README: a union's
# demands are dated by its statement). "يساند الانتظارات المشروعة التي يرفعها أبناء الجهات المهمّشة" is SUPPORT of
# them; the relative clause "التي يرفعها أبناء الجهات ... للمطالبة بالتنمية والتشغيل", which the text then calls
# "هذه التحرّكات السلمية", has its doer: PROTEST with no target (no addressee named), undated (decided). "ينبّه إلى
# محاولة بعض الأطراف توظيف هذه التحرّكات" blames unnamed parties: ACCUSE with no target (as vague "black forces").
# طالب الحكومة, "داعيا ... الاتحاد التونسي للصّناعة والتجارة" and "مطالبا الحكومة إلى مراجعة أجور" are three calls with
# distinct contents: three REQUESTs (batches 85–88 code a UGTT statement's calls one by one). "اعتبر الاتحاد أنّ
# الأوان قد حان لإصلاح هذا الخطأ وضرورة استعادة الصلات" on the break with Syria is a call with no addressee named:
# REQUEST with no target; the break itself is a noun. Not coded: the warning of crisis (حذّر, no party), "يستدعي
# بلورة مبادرة وطنية" (a need stated, no call verb; the headline's يدعو is not in the text) and the anti-corruption
# views. Claims: حذّر (warn), أكد (assert), معبّرا (its concern: warn), "جاء في بيان" (cue جاء, as batch 29: assert),
# ينبّه (warn), طالب، داعيا، مطالبا (other), the second أكد (assert), معتبرا (assert), اعتبر (a call: other). Bare
# "الاتحاد" is left out of UGTT's list: it is contained in UTICA's name (batch 21).
i = 'ant-JA-localNews-3789-20170505'
t = news_text(i)
UGTT = ["UGTT", "Tunisian General Labour Union", "الاتحاد العام التونسي للشغل", "الهيئة الإدارية للاتحاد",
        "اتحاد الشغل"]
GOVT = ["Tunisian government", "الحكومة", "Tunisia"]
UTICA = ["UTICA", "Tunisian Union of Industry, Trade and Handicrafts",
         "الاتحاد التونسي للصّناعة والتجارة والصناعات التقليدية",
         "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية"]
REGIONS = ["people of the marginalised regions", "أبناء الجهات المهمّشة", "أبناء الجهات المهمشة"]
recs.append({"id": i, "text": t, "published": "2017-05-05", "events": [
    {"code": "SUPPORT", "source": UGTT, "target": REGIONS, "date": "2017-05-04"},
    {"code": "PROTEST", "source": REGIONS, "target": []},
    {"code": "ACCUSE", "source": UGTT, "target": [], "date": "2017-05-04"},
    {"code": "REQUEST", "source": UGTT, "target": GOVT, "date": "2017-05-04"},
    {"code": "REQUEST", "source": UGTT, "target": UTICA, "date": "2017-05-04"},
    {"code": "REQUEST", "source": UGTT, "target": GOVT, "date": "2017-05-04"},
    {"code": "REQUEST", "source": UGTT, "target": [], "date": "2017-05-04"}], "claims": [
    {"speaker": UGTT, "cue": cue(t, "حذّر"), "stance": "warn"},
    {"speaker": UGTT, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": UGTT, "cue": cue(t, "معبّرا"), "stance": "warn"},
    {"speaker": UGTT, "cue": cue(t, "جاء"), "stance": "assert"},
    {"speaker": UGTT, "cue": cue(t, "ينبّه"), "stance": "warn"},
    {"speaker": UGTT, "cue": cue(t, "طالب", 3), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": UGTT, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": UGTT, "cue": cue(t, "اعتبر"), "stance": "other"}]})
# --- Jawhara FM: a secret CIA assessment finds Russia interfered in the US election to help Trump.
# The CIA's finding (كشف تقييم سري لوكالة الاستخبارات المركزية، the assessment that "توصل الى ان"، the briefing "ذكر
# مسؤولو السي آي ايه لاعضاء مجلس الشيوخ") is one ACCUSE CIA → Russia, undated. The interference it alleges ("روسيا
# تدخلت في الانتخابات الرئاسية للولايات المتحدة") and the hacking DHS and the DNI announced ("روسيا تمكنت من اختراق
# حسابات شخصيات ومنظمات سياسية بهدف التدخل في العملية الانتخابية") are one campaign: one COERCE Russia → the US and the
# hacked figures and organisations (cyber, as batches 24 and 29 code hacking), undated (decided: one instance told by
# two reporters). "اشخاصا مرتبطين بموسكو قدموا الى موقع ويكيليكس رسائل الكترونية" is handing over information:
# COOPERATE (CAMEO 064, as intelligence passed on in batches 37–40), undated. DHS and the DNI's "اعلنتا مطلع اكتوبر"
# is a joint ACCUSE of Russia (one record, both as source), undated (early October). Trump's team "رفض ... التعليق"
# (declined to comment: not coded) but "مؤكداً ان المحللين ... هم انفسهم الذين كانوا يقولون ان صدام حسين يمتلك اسلحة
# دمار شامل" discredits the CIA's analysts: ACCUSE Trump team → CIA (a rebuttal that criticises, README), undated.
# Obama "امر ... باجراء تقييم كامل لعمليات القرصنة" and "كان ... قد طلب مطلع الاسبوع الجاري إجراء دراسة كاملة" are
# one ordered inquiry: ACCUSE with no target (a governor ordering an inquiry, batches 69–72; the hacking it looks into
# names no doer), undated. The Post's reporting is no event; the purposes (لمساعدة ترامب) are nominal. Claims: the
# CIA's كشف (accuse); the Post's اكدت (of yesterday, Friday 2016-12-09: assert) and ذكرت (accuse); the Trump team's
# مؤكداً (accuse) and, embedded in it, the CIA analysts' past يقولون (assert; embedded speech is its own claim,
# batches 29–30); Obama's طلب (his quoted request: other); the CIA assessment's توصل (as batch 31's "توصلت دراسة",
# accuse); the intelligence agencies' ترى (accuse); the CIA officials' ذكر (accuse); DHS and the DNI's اعلنتا
# (accuse). "نقلت الصحيفة عن مسؤول كبير" quotes an official tied to no named institution (decided: bare), so neither
# he nor the conduit speaks; "كما قال مسؤولون للصحيفة" adds no claim (README) and its officials are bare.
i = 'ant-JA-internationalNews-445-20161210'
t = news_text(i)
US = ["United States", "الولايات المتحدة"]
CIA = ["CIA", "Central Intelligence Agency", "وكالة الاستخبارات المركزية", "سي آي ايه", "السي آي ايه"] + US
CIA_OFFICIALS = ["CIA officials", "مسؤولو السي آي ايه"] + CIA
ANALYSTS = ["CIA analysts", "المحللين الذين توصلوا الى ذلك", "المحللين"] + CIA
AGENCIES = ["US intelligence agencies", "اجهزة الاستخبارات"] + CIA
RUSSIA = ["Russia", "روسيا", "موسكو", "Moscow"]
POST = ["The Washington Post", "Washington Post", "واشنطن بوست", "صحيفة واشنطن بوست", "الصحيفة"]
TRUMP_TEAM = ["Trump transition team", "فريق ترامب", "Donald Trump", "دونالد ترامب", "ترامب"]
OBAMA = ["Barack Obama", "باراك اوباما", "اوباما"] + US
DHS_DNI = ["Department of Homeland Security", "وزارة الامن الداخلي", "Office of the Director of National Intelligence",
           "مديرية الاستخبارات"] + US
recs.append({"id": i, "text": t, "published": "2016-12-10", "events": [
    {"code": "ACCUSE", "source": CIA, "target": RUSSIA},
    {"code": "COERCE", "source": RUSSIA,
     "target": US + ["US political figures and organisations", "شخصيات ومنظمات سياسية", "Democratic Party",
                     "الحزب الديموقراطي", "John Podesta", "جون بوديستا"]},
    {"code": "COOPERATE", "source": ["persons linked to Moscow", "اشخاصا مرتبطين بموسكو"] + RUSSIA,
     "target": ["WikiLeaks", "ويكيليكس", "موقع ويكيليكس"]},
    {"code": "ACCUSE", "source": DHS_DNI, "target": RUSSIA},
    {"code": "ACCUSE", "source": TRUMP_TEAM, "target": CIA},
    {"code": "ACCUSE", "source": OBAMA, "target": []}], "claims": [
    {"speaker": CIA, "cue": cue(t, "كشف"), "stance": "accuse"},
    {"speaker": POST, "cue": cue(t, "اكدت"), "stance": "assert"},
    {"speaker": TRUMP_TEAM, "cue": cue(t, "مؤكداً"), "stance": "accuse"},
    {"speaker": ANALYSTS, "cue": cue(t, "يقولون"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": POST, "cue": cue(t, "ذكرت"), "stance": "accuse"},
    {"speaker": CIA, "cue": cue(t, "توصل", 2), "stance": "accuse"},
    {"speaker": AGENCIES, "cue": cue(t, "ترى"), "stance": "accuse"},
    {"speaker": CIA_OFFICIALS, "cue": cue(t, "ذكر", 2), "stance": "accuse"},
    {"speaker": DHS_DNI, "cue": cue(t, "اعلنتا"), "stance": "accuse"}]})
# --- Jawhara FM: Zitouna University professors, in a statement of today (Tuesday 2016-09-27), condemn the Religious
# Affairs ministry's ban on three colleagues performing the Hajj. The condemnation (استنكر، أكدوا لا مبرر، معتبرين
# القرار ... خطأ اداريا، عبروا عن استيائهم، مؤكدين ... الانتقام) is one criticism of one party: one ACCUSE of the
# ministry and its minister, dated by the statement (the lead's استنكر tells the same statement). The ban itself is a
# masdar in the lead (منع وزارة الشؤون الدينية) but "وزير الشؤون الدينية الذي اعتمد أسلوبا اقصائيا من خلال قرار المنع"
# is a relative clause with its doer: a travel ban is COERCE (GUIDELINES), minister → the three professors, undated.
# Claims: استنكر، أكدوا، معتبرين، عبروا، مؤكدين (all accuse); "وفق نص البيان" repeats its sentence's speaker. The
# speakers keep no "اساتذة الزيتونة" form, which the three banned professors' "3 من اساتذة الزيتونة" contains.
i = 'ant-JA-localNews-4478-20160927'
t = news_text(i)
PROFS = ["Zitouna University professors", "عدد من اساتذة جامعة الزيتونة", "اساتذة جامعة الزيتونة"]
MINISTRY = ["Ministry of Religious Affairs", "وزارة الشؤون الدينية", "Minister of Religious Affairs",
            "وزير الشؤون الدينية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-09-27", "events": [
    {"code": "ACCUSE", "source": PROFS, "target": MINISTRY, "date": "2016-09-27"},
    {"code": "COERCE", "source": MINISTRY, "target": ["three Zitouna professors", "3 من اساتذة الزيتونة"]}],
    "claims": [
    {"speaker": PROFS, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": PROFS, "cue": cue(t, "أكدوا"), "stance": "accuse"},
    {"speaker": PROFS, "cue": cue(t, "معتبرين"), "stance": "accuse"},
    {"speaker": PROFS, "cue": cue(t, "عبروا"), "stance": "accuse"},
    {"speaker": PROFS, "cue": cue(t, "مؤكدين"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch100.gold.jsonl', recs)
