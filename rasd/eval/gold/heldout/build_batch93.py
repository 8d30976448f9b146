"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 93 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Jazirah (Tuesday 2015-07-21): the Egypt–Sudan–Ethiopia Renaissance Dam committee meets in Khartoum from
# tomorrow (22–24 July) at ministerial level, after a Cairo round early this month. The Cairo round ("الاجتماع السابق
# الذي شهدته القاهرة" and the closing "كانت اجتماعات اللجنة الفنية الثلاثية ... قد عقدت في القاهرة ... بين الأطراف
# الثلاثة مصر، والسودان، وإثيوبيا") is a passive meeting whose parties the text names: one reciprocal CONSULT with the
# three states and the committee as source and no target (README: a passive meeting with named bodies; Egypt hosts
# but is a member), undated (early July). "تم الاتفاق خلاله على عقد الاجتماع المقبل على مستوى الوزراء" is its passive
# shared agreement (README: talks and a passive "تم الاتفاق" are a CONSULT and one shared AGREE), and the lead's "تنطلق
# غدًا الأربعاء اجتماعات اللجنة" is the meeting so agreed, still to come (GUIDELINES: future meetings → AGREE):
# decided one reciprocal AGREE for both, the three states as source, no target, undated (the agreement was made early
# July and the meetings span 22–24 July, as batch 78 leaves a span of days). "خريطة الطريق التي اتفق عليها الوزراء
# في أغسطس من العام الماضي" is a relative clause with its doers: a second reciprocal AGREE (batch 30's "اتفق عليها
# الطرفان"), undated (a month). Not coded: the failure to agree ("دون التوصل لاتفاق", negated), the consultancy
# contract (nominal), the state bodies meeting on the file (internal, and told by bare sources). Claims: Moghazi's
# أكَّد (assert). "قالت مصادر مطلعة" with its مشيرًا and "شددت المصادر" are bare sources (GUIDELINES): no claims.
i = 'snn-2015-07-21-0988'
t = news_text(i)
THREE = ["Egypt, Sudan and Ethiopia", "الدول الثلاث", "الأطراف الثلاثة", "tripartite technical committee",
         "اللجنة الفنية الثلاثية", "اللجنة الفنية الوطنية", "Egypt", "مصر", "Sudan", "السودان", "Ethiopia", "إثيوبيا"]
MINISTERS = ["water ministers of Egypt, Sudan and Ethiopia", "الوزراء", "Egypt", "مصر", "Sudan", "السودان",
             "Ethiopia", "إثيوبيا"]
MOGHAZI = ["Hossam Moghazi", "حسام مغازي", "مغازي", "وزير الموارد المائية والري المصري",
           "وزير الموارد المائية والري", "Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "CONSULT", "source": THREE, "target": []},
    {"code": "AGREE", "source": THREE, "target": []},
    {"code": "AGREE", "source": MINISTERS, "target": []}], "claims": [
    {"speaker": MOGHAZI, "cue": cue(t, "\u0623\u0643\u0651\u064e\u062f"), "stance": "assert"}]})
# --- Al-Jazirah (Monday 2015-08-03): General Adolphe Nshimirimana, Burundi's internal-security strongman, killed
# yesterday (Sunday 2015-08-02) in a rocket attack on his car in Bujumbura. The attack has no doer in the text (هجوم
# صاروخي، أصيبت، قتل: nouns and passives): not coded; Nkurunziza's election win, the opposition's protests and the
# international condemnation are nouns. Nothing coded. Claims: "أكد مسؤولون وشهود عيان" is a bare source (batch 55's
# "قال مسؤولون وشهود عيان"): no claim; "وقالت الشرطة وشهود عيان" has a named institution (the police): its claim
# (assert); the presidency's communications chief Nyamitwe's أكد (assert) and his tweet "خسرت شقيقا، رفيقا في
# النضال" (decided: it states the dead man's bond with him, like batch 28's tweets on their acquaintance, so a claim,
# assert, not a bare prayer; no event).
i = 'snn-2015-08-03-0444'
t = news_text(i)
NYAMITWE = ["Willy Nyamitwe", "ويلي نياميتوي", "نياميتوي", "مسؤول الاتصالات في الرئاسة", "Burundian presidency",
            "الرئاسة", "Burundi"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [], "claims": [
    {"speaker": ["Burundian police", "الشرطة", "Burundi"], "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": NYAMITWE, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": NYAMITWE, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Asharq Al-Awsat (Tuesday 2015-07-21): Boko Haram gunmen kill 43 in four villages of Borno, north-east Nigeria.
# "قتل مسلحون من جماعة بوكو حرام عشرات الاشخاص في أربع قرى" is one ASSAULT; Kolo's and the commissioner's accounts
# (جاؤوا ... وقتلوا، أطلقوا النار، ذبحوهم، أضرموا النار في منازل، توجهوا الى غولام وميسالا وماغارام، داهم مسلحون)
# re-tell the same night's raid on the four villages: one ASSAULT with the villages and their residents in the target,
# undated (it came "ليلا"; "اليوم (الثلاثاء)" dates what the police and the resident said, not the raid). The seizing
# of food and livestock is theft (README), folded in. "قتل متطرفون بالرصاص 48 مصليا" early July is a historical clause
# with an explicit, if generic, doer (README: unknown gunmen are a doer): a second ASSAULT, undated (month only); the
# next sentence counts it among Boko Haram's attacks, so Boko Haram is in its source. Buhari taking power is a noun.
# Claims: "بحسب ما قالت الشرطة وأحد السكان" (its sentence's only attribution, the phrase as cue, both speakers in one
# list; assert); Kolo's قال ×2, موضحا، واضاف، وتابع (a witness's account: assert, as batch 29's villagers); the
# Borno police commissioner's أكد and قال (assert); AFP's tally "حسب أرقام وضعتها وكالة الصحافة الفرنسية" (a figure
# with a named author, its own claim; assert). "لم يؤكد مصدر آخر" is negated and bare. The commissioner's title
# with بورنو (named on its own) is left out.
i = 'snn-2015-07-21-0139'
t = news_text(i)
BOKO = ["Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "مسلحون من جماعة بوكو حرام", "مسلحي بوكو حرام",
        "المسلحين", "مسلحون"]
VILLAGES = ["villagers", "السكان", "عشرات الاشخاص", "أربع قرى", "Kiluwa", "كيلوا", "قرية كيلوا", "Gulam", "غولام",
            "Misala", "ميسالا", "Magaram", "ماغارام", "Nigeria", "نيجيريا"]
POLICE_NG = ["Nigerian police", "Borno police", "الشرطة", "Nigeria", "نيجيريا"]
KOLO = ["Sharif Kolo", "شريف كولو", "كولو", "أحد السكان", "resident"]
OPADOKUN = ["Aderemi Opadokun", "اديريمي بادوكون", "بادوكون", "مفوض الشرطة", "Borno police commissioner"] + POLICE_NG
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ASSAULT", "source": BOKO, "target": VILLAGES},
    {"code": "ASSAULT", "source": ["extremists", "متطرفون", "Boko Haram", "بوكو حرام"],
     "target": ["48 worshippers", "48 مصليا", "مصليا", "two villages", "قريتان في المنطقة", "Nigeria", "نيجيريا"]}],
    "claims": [
    {"speaker": POLICE_NG + KOLO, "cue": cue(t, "بحسب ما قالت"), "stance": "assert"},
    {"speaker": KOLO, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": KOLO, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": KOLO, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": KOLO, "cue": cue(t, "اضاف"), "stance": "assert"},
    {"speaker": KOLO, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": OPADOKUN, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": OPADOKUN, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": ["Agence France-Presse", "AFP", "وكالة الصحافة الفرنسية"], "cue": cue(t, "حسب", 2),
     "stance": "assert"}]})
# --- Al-Riyadh (Sunday 2015-07-26): three Argentine businessmen charged in the FIFA corruption case, according to
# Tiempo Argentino (Saturday). The lead's passive "وجهت ... اتهامات" names its doer in the next sentence ("المدعي العام
# وجه هذه الاتهامات إلى رجال الأعمال الثلاثة"): one ACCUSE prosecutor → the three (CAMEO 113/173 charges, README:
# a passive charge with the authorities the text names), with the public officials of "هذا الإجراء يتضمن أيضا اتهامات
# بالاحتيال لموظفين عموميين" in the same target (decided: one measure), undated ("اليوم السبت" dates the paper's
# report, not the charge). "وجهت وزارة العدل الأمريكية طلبات إلى الجهات المعنية لتسليم رجال الأعمال الثلاثة" is an
# extradition demand: REQUEST to the authorities holding the men (README: extradition demands), Argentina and Italy
# (where they are held) in the target, undated. "التحقيقات التي تجريها السلطات الأمريكية بشأن الرشى التي حصل عليها
# عدد من المسؤولين" is a relative clause with its doer: an investigation, ACCUSE US → those officials (README), undated.
# Not coded: the house arrests and the bail (يخضع للإقامة الجبرية، صدر قرار، سددا الضمان: no doer), the bribes
# (nouns). Claims: the paper's "حسبما أفادت" (its sentence's only attribution, the phrase as cue) and both أوضحت
# (assert; it reports on its own account, not as a conduit of a quote); the prosecutor's "معتبرا أنها قدمت نظير
# الحصول على حقوق البث" (embedded in the paper's report, its own claim; accuse).
i = 'snn-2015-07-26-0772'
t = news_text(i)
PAPER = ["Tiempo Argentino", "تييمو أرخنتينو", "صحيفة تييمو أرخنتينو", "الصحيفة"]
PROSECUTOR = ["Argentine public prosecutor", "المدعي العام", "Argentina", "الأرجنتين"]
BUSINESSMEN = ["three Argentine businessmen", "رجال الأعمال الأرجنتينيين", "رجال الأعمال الثلاثة", "Alejandro Burzaco",
               "أليخاندرو بورزاكو", "بورزاكو", "Hugo Jinkis", "هوجو ينكيس", "ينكيس", "Mariano Jinkis", "ماريو",
               "public officials", "موظفين عموميين"]
US = ["US Department of Justice", "وزارة العدل الأمريكية", "US authorities", "السلطات الأمريكية", "United States",
      "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": PROSECUTOR, "target": BUSINESSMEN},
    {"code": "REQUEST", "source": US,
     "target": ["relevant authorities", "الجهات المعنية", "Argentina", "الأرجنتين", "Italy", "إيطاليا"]},
    {"code": "ACCUSE", "source": US,
     "target": ["officials who took bribes", "عدد من المسؤولين", "FIFA officials", "مسؤولين بالفيفا",
                "المسؤولين السابقين والحاليين بالاتحاد الدولي لكرة القدم", "FIFA", "فيفا", "الفيفا",
                "الاتحاد الدولي لكرة القدم", "CONMEBOL", "كونميبول"]}], "claims": [
    {"speaker": PAPER, "cue": cue(t, "حسبما أفادت"), "stance": "assert"},
    {"speaker": PAPER, "cue": cue(t, "أوضحت", 1), "stance": "assert"},
    {"speaker": PROSECUTOR, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": PAPER, "cue": cue(t, "أوضحت", 2), "stance": "assert"}]})
# --- Asharq Al-Awsat (Friday 2015-07-31): Mauritanian police break up, yesterday (Thursday 2015-07-30), an IRA
# demonstration in Nouakchott demanding the release of its jailed leaders. "استخدمت الشرطة الموريتانية ... القوة من
# أجل تفريق مظاهرة" with the body's "تدخلت وحدات من مكافحة الشغب لتفريق المتظاهرين" is one COERCE (repression, as
# batch 60's dispersal), the chases and the arrests that ended them (nouns) folded in, dated. "مظاهرة نظمها عشرات
# الناشطين الحقوقيين" (a relative clause with its doer), IRA's earlier call "دعت أنصارها إلى التظاهر" and the body's
# "تجمهر أنصار الحركة ... ورفعوا شعارات ... كما دعوا إلى الإفراج" are one PROTEST with the callers in its source
# (README: a protest called by named bodies and then held), no target (its demand names no addressee, as batch 60),
# dated. The leaders' arrest last November and their sentence are passives with no doer; "مسيرة حقوقية اصطدمت بقوات
# الأمن الموريتاني" is a clash told by a finite verb with both sides: one reciprocal ASSAULT with both in the source
# and no target (README: police and protesters clashing), undated (a month). "تمكنت من كشف عدة حالات استرقاق" is IRA
# exposing abuses, named doer, no named culprit: ACCUSE with no target (decided, as batch 73–76's report on abuses),
# undated; "تتهم السلطات بعدم الجدية في تطبيق القوانين" ACCUSE IRA → the authorities, undated. The government's
# "تؤكد ... أنها سدت جميع الثغرات ... مشددة على أن العبودية لم تعد موجودة" answers it ("من جهتها") with an explicit
# denial: REJECT of IRA, the accuser the article names (README: a denial of charges targets who made them), undated.
# Not coded: IRA not getting a licence (negated), parliament's passing of the anti-slavery laws (its own
# legislation, no party), the closed shops and traffic. Claims: IRA's دعت (other); the demonstrators' chants
# "مرددين هتافات تندد بسجن الحقوقيين" (their claim, the participle as cue as batch 73's مطلقين; accuse) and دعوا
# (other); the riot units' "بحجة أنهم لم يطلبوا ترخيصًا" (a pretext attributed to them, as batch 75's بدعوى; accuse);
# IRA's تتهم (accuse); the government's تؤكد and مشددة (a rebuttal: deny). "وفق مصادر طبية" is a bare source.
i = 'snn-2015-07-31-0522'
t = news_text(i)
IRA = ["IRA", "Initiative for the Resurgence of the Abolitionist Movement", "إيرا", "مبادرة «انبعاث»", "مبادرة انبعاث",
       "الحركة الانعتاقية", "حركة «إيرا» الحقوقية", "حركة إيرا", "الحركة"]
PROTESTERS = ["IRA supporters", "أنصار الحركة", "أنصارها", "protesters", "المتظاهرين", "rights activists",
              "عشرات الناشطين الحقوقيين", "الناشطين الحقوقيين"]
POLICE_MR = ["Mauritanian police", "الشرطة الموريتانية", "الشرطة", "riot police", "وحدات من مكافحة الشغب",
             "مكافحة الشغب", "Mauritania", "موريتانيا"]
AUTH_MR = ["Mauritanian authorities", "السلطات", "السلطات الموريتانية", "Mauritanian government",
           "الحكومة الموريتانية", "Mauritania", "موريتانيا"]
GOV_MR = ["Mauritanian government", "الحكومة الموريتانية", "Mauritania", "موريتانيا"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "COERCE", "source": POLICE_MR, "target": PROTESTERS + ["demonstration", "مظاهرة"], "date": "2015-07-30"},
    {"code": "PROTEST", "source": PROTESTERS + IRA, "target": [], "date": "2015-07-30"},
    {"code": "ASSAULT", "source": ["rights march", "مسيرة حقوقية", "IRA", "إيرا", "Mauritanian security forces",
                                   "قوات الأمن الموريتاني", "قوات الأمن", "Mauritania"], "target": []},
    {"code": "ACCUSE", "source": IRA, "target": []},
    {"code": "ACCUSE", "source": IRA, "target": AUTH_MR},
    {"code": "REJECT", "source": GOV_MR, "target": IRA}], "claims": [
    {"speaker": IRA, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": PROTESTERS + IRA, "cue": cue(t, "مرددين"), "stance": "accuse"},
    {"speaker": PROTESTERS + IRA, "cue": cue(t, "دعوا"), "stance": "other"},
    {"speaker": POLICE_MR, "cue": cue(t, "بحجة"), "stance": "accuse"},
    {"speaker": IRA, "cue": cue(t, "تتهم"), "stance": "accuse"},
    {"speaker": GOV_MR, "cue": cue(t, "تؤكد"), "stance": "deny"},
    {"speaker": GOV_MR, "cue": cue(t, "مشددة"), "stance": "deny"}]})
# --- Jawhara FM (Tuesday 2016-09-27): Defence Minister Farhat Horchani, on an inspection of the Remada barracks
# today, praises the border units and urges vigilance. His praise of and call to the military units, and the
# inspection itself, are a minister's acts towards his own forces (README: internal, as a minister visiting his own
# agency): no events. "ضرورة التصدي لها وتطبيق القانون على المخالفين" is aimed at a generic class (README: a
# warning to a generic class makes only a claim); the Borj el-Khadra reconstruction project is his ministry's own
# plan. Nothing coded. Claims: ثمن (praise: assert), داعيا (other), قال (terrorist threats persist: warn), أشار
# (assert), مؤكدا (a call: other), مشيرا (the project still stands: assert; "تحدث الحرشاني عن" only names the topic
# and introduces the same content, so one claim on the verb that gives it, as batch 89–92's road map).
i = 'ant-JA-localNews-1261-20160927'
t = news_text(i)
HORCHANI = ["Farhat Horchani", "فرحات الحرشاني", "الحرشاني", "وزير الدفاع الوطني", "الوزير", "Minister of Defence",
            "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-09-27", "events": [], "claims": [
    {"speaker": HORCHANI, "cue": cue(t, "ثمن"), "stance": "assert"},
    {"speaker": HORCHANI, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": HORCHANI, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": HORCHANI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": HORCHANI, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": HORCHANI, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Jawhara FM (Tuesday 2016-03-08): the Tunisian Observatory for the Independence of the Judiciary condemns
# yesterday's (Monday 2016-03-07) terrorist attack on Ben Guerdane and calls for an inquiry. "ندّد ... بالعملية
# الإرهابية" is ACCUSE with the doers the text names as target (README: الإرهابيين، "36 إرهابيا"), undated (the
# statement has no day; the attack's day is not the statement's). The attack itself ("العملية الإرهابية التي
# استهدفت": the operation, no actor) and the killing of 36 terrorists (a noun) are not coded. "جدّد ... وقوفه إلى جانب
# مكونات المجتمع المدني وأهالي بن قردان وعموم الشعب التونسي" is renewed solidarity with named parties: SUPPORT
# (README), undated. "معبرا عن إجلاله للتضحيات التي يدفعها الشهداء والجرحى" honours the fallen and wounded of the
# forces, a tribute like mourning (README: praise of the dead is a claim but no SUPPORT): no event (decided). "كما
# جدّد دعوته إلى التحقيق بجدية" and "دعا ... إلى تقييم موضوعي للأداء الأمني والعسكري ... وتمكين القوات" are two calls
# with no named addressee: two REQUESTs with no target (README: a statement's calls one each), undated. Claims: ندّد
# (accuse), the first جدّد (solidarity: assert), معبرا (assert), the second جدّد and دعا (other); "وفق نص البيان"
# repeats its sentence's speaker (no claim).
i = 'ant-JA-localNews-3036-20160308'
t = news_text(i)
OBS = ["Tunisian Observatory for the Independence of the Judiciary", "المرصد التونسي لاستقلال القضاء",
       "مرصد استقلال القضاء", "المرصد"]
recs.append({"id": i, "text": t, "published": "2016-03-08", "events": [
    {"code": "ACCUSE", "source": OBS, "target": ["terrorists", "الإرهابيين", "36 إرهابيا", "إرهابيا"]},
    {"code": "SUPPORT", "source": OBS,
     "target": ["civil society", "مكونات المجتمع المدني", "people of Ben Guerdane", "أهالي بن قردان", "Ben Guerdane",
                "بن قردان", "Tunisian people", "الشعب التونسي", "عموم الشعب التونسي"]},
    {"code": "REQUEST", "source": OBS, "target": []},
    {"code": "REQUEST", "source": OBS, "target": []}], "claims": [
    {"speaker": OBS, "cue": cue(t, "ندّد"), "stance": "accuse"},
    {"speaker": OBS, "cue": cue(t, "جدّد", 1), "stance": "assert"},
    {"speaker": OBS, "cue": cue(t, "معبرا"), "stance": "assert"},
    {"speaker": OBS, "cue": cue(t, "جدّد", 2), "stance": "other"},
    {"speaker": OBS, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Jawhara FM (Monday 2017-01-23): the Benghazi air-operations commander Mohamed Manfour confirms that Abu Iyadh,
# the Ansar al-Sharia leader, was killed today in clashes in Ganfouda. The killing and the clashes are nouns with no
# doer; "القوات الليبية انطلقت اليوم بأمر من اللواء خليفة حفتر في تنفيذ عملية عسكرية ... في منطقة قنفودة للقضاء على
# جيوب الإرهابيين" (inside his statement, a clause with its doer) is one ASSAULT, Haftar (who ordered it) in the
# source, the terrorists, Ganfouda and the killed leader's group in the target (decided: the clashes that killed him
# are this operation's), dated 2017-01-23; the siege and capture of terrorist leaders (محاصرة، أسر: nouns) are folded
# in. "القوات الجوّية التابعة له ستستأنف ضرباتها ... وستستهدف مناطق حيوية تنشط فيها الجماعات الإرهابية" is a threat
# of force: THREATEN air force (and its commander) → the terrorist groups, undated ("في القريب العاجل"). Claims: the
# three أكدّ (the death: assert; the operation: assert; the coming strikes: warn) and مشيرا (assert); "حسب نفس
# المصدر" and "حسب تعبيره" repeat their sentence's speaker. Libya Al-Hadath is the addressee. His title with بنغازي
# (named on its own) is left out, and no list holds ليبيا (inside the channel's name).
i = 'ant-JA-internationalNews-44-20170123'
t = news_text(i)
MANFOUR = ["Mohamed Manfour", "محمد منفور", "منفور", "آمر غرفة عمليات السلاح الجوّي",
           "air force operations room commander", "Libyan National Army"]
recs.append({"id": i, "text": t, "published": "2017-01-23", "events": [
    {"code": "ASSAULT", "source": ["Libyan forces", "القوات الليبية", "Khalifa Haftar", "خليفة حفتر", "حفتر",
                                   "Libyan National Army"],
     "target": ["terrorists", "جيوب الإرهابيين", "الإرهابيين", "Ganfouda", "قنفودة", "منطقة قنفودة",
                "terrorist organisations", "التنظيمات الإرهابية", "Ansar al-Sharia", "أنصار الشريعة",
                "تنظيم أنصار الشريعة", "Abu Iyadh", "سيف الله بن حسين", "أبي عيّاض"], "date": "2017-01-23"},
    {"code": "THREATEN", "source": ["Libyan air force", "القوات الجوّية", "القوات الجوّية التابعة له"] + MANFOUR,
     "target": ["terrorist groups", "الجماعات الإرهابية"]}], "claims": [
    {"speaker": MANFOUR, "cue": cue(t, "أكدّ", 1), "stance": "assert"},
    {"speaker": MANFOUR, "cue": cue(t, "أكدّ", 2), "stance": "assert"},
    {"speaker": MANFOUR, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MANFOUR, "cue": cue(t, "أكدّ", 3), "stance": "warn"}]})
# --- Jawhara FM (Thursday 2016-08-25): anti-terrorism prosecutor Sofiene Sliti answers Ines Ben Othman, wife of the
# police unionist Walid Zarrouk, who accused him at a press conference today of being behind her husband's repeated
# arrests. Her "صرحت خلال ندوة صحفية اليوم الخميس أن سفيان السليطي ... هو من يقف وراء الإيقافات" and "وقالت إنها
# وزوجها يتعرضان لعملية هرسلة واستهداف ... بتحريض من سفيان السليطي وبمعية مجموعة من القضاة والأمنيين" are one
# ACCUSE (README: two criticisms of one party at one press conference are one ACCUSE and two claims), the judges and
# security agents she names beside him in the target, dated 2016-08-25; the harassment is her charge's content (a
# noun). His answer (the statement to TAP today): "أنه لم يستغل نفوذه" is an explicit denial: REJECT → her (README: a
# denial of charges targets who made them), dated; "زروق موجود في السجن بسبب قيامه بأفعال مجرمة تقع تحت طائلة قانون
# الإرهاب" lays criminal acts on a named man: ACCUSE Sliti → Zarrouk (decided), dated; "قاضي قطب مكافحة الإرهاب هو
# من أصدر بطاقة إيداع بالسجن في حق وليد زروق" is a clause with its doer inside his statement: a detention warrant
# that jailed him, COERCE judge → Zarrouk (README: a warrant that led to an arrest), undated. The repeated arrests
# and jailing are nouns. Claims: Sliti's first قال and مبينا (deny), the second sentence's "وقال السليطي ... قال إن"
# is one statement resumed, one claim on the قال that gives the content (the 3rd; deny, as batch 81–84's rebuttal
# that a re-arrest had a warrant), مشددا (deny); her صرحت and قالت (accuse); "حسب روايتها" repeats her; "ردا على
# اتهام" re-tells her press-conference charge (no second claim); "يذكر أن" is the narrator. Her list leaves out "زوجة
# النقابي الأمني" (it holds his title).
i = 'ant-JA-localNews-4387-20160825'
t = news_text(i)
SLITI = ["Sofiene Sliti", "سفيان السليطي", "السليطي", "مساعد أول لوكيل الجمهورية", "الناطق باسم النيابة العمومية",
         "Public Prosecution", "النيابة العمومية"]
BEN_OTHMAN = ["Ines Ben Othman", "إيناس بن عثمان", "بن عثمان"]
ZARROUK = ["Walid Zarrouk", "وليد زروق", "زروق", "security unionist", "النقابي الأمني"]
recs.append({"id": i, "text": t, "published": "2016-08-25", "events": [
    {"code": "ACCUSE", "source": BEN_OTHMAN,
     "target": SLITI + ["judges and security agents", "مجموعة من القضاة والأمنيين", "القضاة", "الأمنيين"],
     "date": "2016-08-25"},
    {"code": "REJECT", "source": SLITI, "target": BEN_OTHMAN, "date": "2016-08-25"},
    {"code": "ACCUSE", "source": SLITI, "target": ZARROUK, "date": "2016-08-25"},
    {"code": "COERCE", "source": ["anti-terrorism pole judge", "قاضي قطب مكافحة الإرهاب"], "target": ZARROUK}],
    "claims": [
    {"speaker": SLITI, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": SLITI, "cue": cue(t, "مبينا"), "stance": "deny"},
    {"speaker": SLITI, "cue": cue(t, "قال", 3), "stance": "deny"},
    {"speaker": SLITI, "cue": cue(t, "مشددا"), "stance": "deny"},
    {"speaker": BEN_OTHMAN, "cue": cue(t, "صرحت"), "stance": "accuse"},
    {"speaker": BEN_OTHMAN, "cue": cue(t, "قالت"), "stance": "accuse"}]})
# --- Jawhara FM (Monday 2016-05-02): in Sidi Hassine, a delinquent violently attacks a security officer trying to
# arrest him, and is arrested. "تمكنت الوحدات الأمنية من إيقاف منحرف" with the body's "تمكّنت الوحدات الأمنية من
# السيطرة عليه، وحجز لديه آلة حادّة" is one COERCE (the seizure folded in), undated (no day in the text); their
# going to the spot (تحوّلت ... على عين المكان) is the same operation. "منحرف تعمّد الاعتداء بالعنف الشديد على ضابط
# أمني" (a relative clause with its doer) and "تعمّد الشخص المذكور الاعتداء على ضابط أمني" are one ASSAULT, undated.
# Not coded: the residents' complaints (تواتر التشكّيات من متساكني: a noun), the den he kept (no act on a party), the
# referral to the prosecution (passive, as batches 30, 42 and 52 leave it). Claims: "وفق بلاغ لوزارة الداخلية" (its
# sentence's only attribution; assert) and "وأضافت الوزارة" (assert).
i = 'ant-JA-society-126-02052016'
t = news_text(i)
MOI = ["Tunisian Ministry of Interior", "Ministry of Interior", "وزارة الداخلية", "الوزارة", "Tunisia", "تونس"]
DELINQUENT = ["delinquent", "منحرف", "الشخص المذكور", "أحد المنحرفين"]
recs.append({"id": i, "text": t, "published": "2016-05-02", "events": [
    {"code": "COERCE", "source": ["security units", "الوحدات الأمنية", "Tunisian police"] + MOI, "target": DELINQUENT},
    {"code": "ASSAULT", "source": DELINQUENT, "target": ["security officer", "ضابط أمني", "موظف عمومي"]}], "claims": [
    {"speaker": MOI, "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أضافت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch93.gold.jsonl', recs)
