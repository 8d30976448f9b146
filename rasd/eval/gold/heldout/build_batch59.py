"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 59 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Okaz: tweeters demand that the young men who harassed two girls at a Jeddah amusement site be named and
# shamed, and call for a women's commission. "الشباب الذين تحرشوا بالفتاتين" is a relative clause with its doer: the
# harassment of the two girls is ASSAULT (CAMEO 1821, sexual assault; batch 20 left it uncoded only because it was
# nominalised there), undated. The lead's "طالب عدد من المواطنين بالتشهير" is a call with no named addressee: REQUEST
# with no target (batch 20's video viewers); "اعتبر المغردون ... أن هذا التصرف مشين" with "معتبرين كل من شاهد
# الموقف ولم يتحرك ... مشاركا" is one criticism: one ACCUSE, the harassers and the bystanders in one target list;
# "طالب عدد من المغردين بإنشاء هيئة نسائية" is a second, distinct demand: REQUEST with no target; "مشيرين إلى الجهود
# الكبيرة التي يبذلها رجال هيئة الأمر بالمعروف" praises the commission: SUPPORT (GUIDELINES: praise). All undated.
# The lead's "citizens" are the body's tweeters (one list). Claims: none — the citizens and tweeters are a bare
# group (batch 20's viewers, batch 45's experts, batch 50's economists: events coded, no claim). No list holds
# "Twitter" (تويتر, an entity of its own) or جدة.
i = 'snn-2015-07-21-2597'
t = news_text(i)
TWEETERS = ["tweeters", "المغردون", "المغردين", "عدد من المغردين", "citizens", "عدد من المواطنين", "المواطنين"]
HARASSERS = ["young men", "الشباب", "الشباب الذين تحرشوا بالفتاتين", "harassers"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ASSAULT", "source": HARASSERS, "target": ["two girls", "الفتاتين"]},
    {"code": "REQUEST", "source": TWEETERS, "target": []},
    {"code": "ACCUSE", "source": TWEETERS,
     "target": HARASSERS + ["bystanders", "كل من شاهد الموقف ولم يتحرك"]},
    {"code": "REQUEST", "source": TWEETERS, "target": []},
    {"code": "SUPPORT", "source": TWEETERS,
     "target": ["Commission for the Promotion of Virtue and the Prevention of Vice", "CPVPV",
                "هيئة الأمر بالمعروف والنهي عن المنكر", "رجال هيئة الأمر بالمعروف والنهي عن المنكر",
                "Saudi Arabia"]}], "claims": []})
# --- Sabq (Jeddah): a delegation of Boeing executives visits Saudia and meets its director general Saleh al-Jasser.
# "قام وفد من شركة بوينج ... بزيارة للخطوط الجوية العربية السعودية للقاء المدير العام" is one CONSULT, the visitor as
# source and the host (the airline and its DG) as target, undated (no day). "رحب الجاسر بالوفد" is a welcome (batch
# 22: no claim, no event of its own); its "مشيداً بالعلاقة المميزة التي تربط الخطوط السعودية بشركة بوينج" is praise
# of Boeing: SUPPORT Jasser → Boeing (batch 17's visitor praising the cooperation); his quoted "نحن في الخطوط
# السعودية حريصون على تعزيز هذه العلاقة وتطويرها من خلال الزيارات" expresses intent to cooperate: AGREE Jasser →
# Boeing (batch 17's stated readiness to continue joint work). Jneid's presentation (قدم ... عرضاً) reports no
# statement (batch 9) and "وشهدت الزيارة استعراض" is nominal. "وتأتي زيارة الوفد ضمن جولة تقوم بها الشركة في
# المملكة تضم ... جامعة الملك عبدالله للعلوم والتكنولوجيا" is a tour in the present tense: the stop at KAUST is a
# scheduled visit, AGREE Boeing → KAUST (batches 29 and 36: one AGREE per destination; the unnamed economic cities
# are places, no actor), undated. Claims: Jasser's مشيداً (assert) and قال (his quote's weight is the pledge to
# strengthen the relationship: promise, as batch 17's readiness), Jneid's قال (assert). Saudia is a company, so no
# list holds Saudi Arabia; "المملكة" is not tagged.
i = 'snn-2015-08-04-1332'
t = news_text(i)
BOEING = ["Boeing", "بوينج", "شركة بوينج", "شركة بوينج الأمريكية", "Boeing delegation", "وفد من شركة بوينج",
          "الوفد"]
JASSER = ["Saleh al-Jasser", "صالح بن ناصر الجاسر", "الجاسر", "المدير العام", "Saudia", "Saudi Arabian Airlines",
          "الخطوط الجوية العربية السعودية", "الخطوط السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "CONSULT", "source": BOEING, "target": JASSER},
    {"code": "SUPPORT", "source": JASSER, "target": BOEING},
    {"code": "AGREE", "source": JASSER, "target": BOEING},
    {"code": "AGREE", "source": BOEING,
     "target": ["King Abdullah University of Science and Technology", "KAUST",
                "جامعة الملك عبدالله للعلوم والتكنولوجيا"]}], "claims": [
    {"speaker": JASSER, "cue": cue(t, "مشيداً"), "stance": "assert"},
    {"speaker": JASSER, "cue": cue(t, "قال", 1), "stance": "promise"},
    {"speaker": ["Abdulmohsen Jneid", "عبدالمحسن جنيد", "جنيد"], "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Al-Watan: dozens killed in clashes between the Tuareg and the Tebu in Sabha, southern Libya. The
# clashes themselves are told only through nouns (اشتباكات، الصراع، التنافس على السيطرة; "استغل مقاتلون من
# الطوارق وقبيلة تبو الفراغ الأمني في التنافس" has exploiting the vacuum as its verb and the fighting as a masdar) and
# passives with no doer (قتل حوالي 29 فردا، مقتل أحد أفراد القبيلة): not coded, as batches 11, 17 and 56 leave
# "المعارك بين". "وجهاء القبيلتين حاولوا التفاوض على هدنة لكن المحادثات فشلت" is talks held that failed: one
# reciprocal CONSULT with both tribes in the source and no target (README: reciprocal actors), undated. "طلبت المدينة
# من المسؤولين العسكريين في طرابلس المساعدة في إعادة النظام" is REQUEST Sabha → the military officials, undated.
# "حكومتين تتقاتلان للسيطرة على شمال البلاد" gives the two governments a verb of their own (not a noun like "تقاتل
# حكومتين" later, which re-tells it): one reciprocal ASSAULT with no target (decided), undated. "تمكن فصيل مسلح من
# طرد رئيس الوزراء المعترف به دوليا إلى شرق البلاد" is an expulsion of an individual by an explicit (unnamed) doer:
# COERCE (batch 56's expulsion), with the government's "تولت السلطة" and "تسيطر على طرابلس" (the seizure it led to)
# folded in (decided), undated ("قبل عام"). "لا تعترف بها القوى العالمية" is negated; "استغل متشددو داعش الفراغ"
# acts on no party. Claims: "قال مسؤولون أمس" is bare (batch 55): no claim. Al-Khayali's قال, أوضح and أشار, the Tebu
# official's قال (tied to a named tribe, as "مسؤول من حركة حماس"), Zahra Adam's أفادت (all assert) and the city's
# طلبت (other, as batch 56 counts Karaki's طلبت). Aliases holding طرابلس or الطيوري (named on their own) are left
# out; the mayor's list leaves out his title (it holds سبها, the city that acts on its own).
i = 'snn-2015-07-22-1398'
t = news_text(i)
KHAYALI = ["Hamed Rafa al-Khayali", "حامد رافع الخيالي", "الخيالي", "mayor", "عميد بلدية", "Libya"]
SABHA = ["Sabha", "سبها", "مدينة سبها", "المدينة", "Sabha municipality", "بلدية مدينة سبها"]
TRIBES = ["Tuareg", "الطوارق", "Tebu", "تبو", "قبيلة تبو", "وجهاء القبيلتين", "القبيلتين", "tribal elders"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": TRIBES, "target": []},
    {"code": "REQUEST", "source": SABHA,
     "target": ["military officials", "المسؤولين العسكريين", "Libyan military officials"]},
    {"code": "ASSAULT", "source": ["two rival governments", "حكومتين", "Libyan governments", "Libya", "ليبيا"],
     "target": []},
    {"code": "COERCE", "source": ["armed faction", "فصيل مسلح", "Tripoli government",
                                  "حكومة لا تعترف بها القوى العالمية"],
     "target": ["internationally recognised prime minister", "رئيس الوزراء المعترف به دوليا", "رئيس الوزراء"]}], "claims": [
    {"speaker": KHAYALI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ["Tebu official", "مسؤول من قبيلة تبو", "Tebu", "قبيلة تبو", "تبو"], "cue": cue(t, "قال", 3),
     "stance": "assert"},
    {"speaker": KHAYALI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ["Zahra Adam", "زهرة آدم", "المسؤولة المحلية", "local official"], "cue": cue(t, "أفادت"),
     "stance": "assert"},
    {"speaker": KHAYALI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": SABHA, "cue": cue(t, "طلبت"), "stance": "other"}]})
# --- Sabq (Al-Qurayyat): the Qurayyat police arrest the biggest smuggler of runaway maids, last Tuesday evening
# (2015-07-21, the Tuesday before the Thursday corpus date). "تمكّنت شرطة القريات ... من القبض على أكبر مهرّب" is
# COERCE, dated; the arrest "جاءت بالتعاون مع أحد المواطنين الذي ... تمكّن من إمساكه بكمين مُحكم" is the same
# arrest, so the citizen who seized him joins the police in its source (README: compound actors in one record);
# his "تنسيقه مع الجهات الأمنية" (with his watching the smuggler) is a relative clause with its doer: COOPERATE
# citizen → security authorities (batch 28's working with, batch 50's "بالتنسيق مع"), undated. The smuggling of maids
# who fled their sponsors (الذي قام ... بتهريب عشرات الخادمات) is a crime of trade with the maids' consent, like
# theft and swindles: not coded (decided). "تلقّت ... عشرات البلاغات من مواطنين عن هروب خادماتهم" names the
# complainants in its agent phrase: formal reports of absconding, ACCUSE citizens → the maids (batch 31's complaints,
# batch 37's report to the police), undated. "علمت سبق" and "قامت سبق بالتواصل" are the outlet itself, and the
# spokesman gave no statement ("لم يتسنّ"): no claims. Aliases holding القريات or الجوف (named on their own) are
# left out.
i = 'snn-2015-07-23-1287'
t = news_text(i)
POLICE = ["Saudi police", "شرطة", "الشرطة", "security authorities", "الجهات الأمنية", "Saudi Arabia"]
CITIZEN = ["citizen", "أحد المواطنين"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "COERCE", "source": POLICE + CITIZEN,
     "target": ["maid smuggler", "أكبر مهرّب للخادمات", "أكبر مهرّب", "المهرّب", "الجاني"], "date": "2015-07-21"},
    {"code": "COOPERATE", "source": CITIZEN, "target": POLICE},
    {"code": "ACCUSE", "source": ["citizens", "مواطنين", "sponsors"],
     "target": ["runaway African maids", "خادماتهم الإفريقيات", "الخادمات", "maids"]}], "claims": []})
# --- Al-Riyadh: floods in northern Pakistan kill 14 and cut off thousands. "أعلن مسؤولون الثلاثاء أن عمال الإنقاذ
# ... يحاولون الوصول للآلاف من سكان القرى المحاصرين" is a rescue effort with its doer: AID (batch 13's rescue),
# dated by the Tuesday the officials describe it (2015-07-21). "فرضت السلطات المحلية بإقليم خيبربختونخواه ... حالة
# الطوارئ في المنطقة" is a state of emergency (CAMEO 1723; GUIDELINES map martial law to COERCE, batch 49 an
# emergency so), no target, undated (the text gives no day for it). The floods, the melting and the destroyed bridges
# have no actor. Claims: "أعلن مسؤولون" and "أفادت وسائل الإعلام المحلية" are bare sources (batch 55): no claims;
# the Pakistan Meteorological Department's أوضحت (assert). The authorities' list leaves out the province (named on
# its own as a place).
i = 'snn-2015-07-22-0814'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "AID", "source": ["rescue workers", "عمال الإنقاذ"],
     "target": ["stranded villagers", "الآلاف من سكان القرى المحاصرين", "سكان القرى المحاصرين", "سكان القرى"],
     "date": "2015-07-21"},
    {"code": "COERCE", "source": ["local authorities", "السلطات المحلية", "Pakistan", "باكستان"], "target": []}],
    "claims": [
    {"speaker": ["Pakistan Meteorological Department", "هيئة الأرصاد الجوية الباكستانية", "هيئة الأرصاد الجوية",
                 "Pakistan", "باكستان"], "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- Jawhara FM: Sofiene Sliti, spokesman of the anti-terrorism judicial pole, denies that a relative of the
# martyr Khalifa Soltani was detained (corpus date Monday 2017-06-05). "نفى ... الأخبار التي تم تداولها" denies
# reports with no author: REJECT with no target (batches 15-16), undated (no day for the denial). "خليفة السلطاني
# الذي قتلته مجموعة إرهابية اثر خطفه يوم الجمعة الماضي" is a relative clause with its doer: the kidnapping and
# killing are one ASSAULT (GUIDELINES: the raid that killed and captured is one), dated by the Friday of the
# kidnapping (2017-06-02; decided: the text fixes no other day for it). "شقيق مبروك الذي قتله إرهابيون ... في نوفمبر
# 2015" is a second ASSAULT, undated (month only). The Defence Ministry's report that "القضاء العسكري تعهّد بفتح
# تحقيق ... في ملابسات مقتل خليفة السلطاني" is an investigation of the killing: ACCUSE, its target the doer the text
# names ("المجموعة الإرهابية التي يشتبه في ارتكابها الجريمة", batches 44 and 48), undated (only the report has a
# day). Not coded: the relative's hearing as a witness (passive), the army finding the body (no act on a party) and
# the combing operations (no doer). Claims: Sliti's نفى and أوضح (deny), the ministry's أفادت and موضحة (assert), and
# the military judiciary's تعهّد inside its report (embedded speech is its own claim, batches 29-30: promise).
# "لوكالة تونس إفريقيا للأنباء" is the addressee. No Arabic تونس in Sliti's list (it is a word of TAP's name).
i = 'ant-JA-localNews-4385-20170605'
t = news_text(i)
SLITI = ["Sofiene Sliti", "سفيان السليطي", "السليطي", "anti-terrorism judicial pole", "القطب القضائي لمكافحة الإرهاب",
         "الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب", "Tunisia"]
GROUP = ["terrorist group", "مجموعة إرهابية", "المجموعة الإرهابية"]
KHALIFA = ["Khalifa Soltani", "خليفة السلطاني", "السلطاني", "الشهيد"]
MILJUS = ["military judiciary", "القضاء العسكري", "Tunisia"]
MOD = ["Ministry of National Defence", "وزارة الدفاع الوطني", "وزارة الدفاع", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-06-05", "events": [
    {"code": "REJECT", "source": SLITI, "target": []},
    {"code": "ASSAULT", "source": GROUP, "target": KHALIFA, "date": "2017-06-02"},
    {"code": "ASSAULT", "source": ["terrorists", "إرهابيون"], "target": ["Mabrouk Soltani", "مبروك"]},
    {"code": "ACCUSE", "source": MILJUS, "target": GROUP}], "claims": [
    {"speaker": SLITI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": SLITI, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": MOD, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": MILJUS, "cue": cue(t, "تعهّد"), "stance": "promise"},
    {"speaker": MOD, "cue": cue(t, "موضحة"), "stance": "assert"}]})
# --- Jawhara FM: Egypt's Interior Ministry today (Monday 2017-04-10) posts a video of the policemen killed in
# Sunday's bombing of St Mark's in Alexandria. The bombings are told as "استهدف تفجيران انتحاريان، صباح الأحد،
# كنيسة مارجرجس بطنطا وكاتدرائية مار مرقس في الإسكندرية ... تبناهما تنظيم داعش": the claim of responsibility names
# the doer (README: تبنى gives the ASSAULT, no claim); two churches in two cities are two instances (batch 55's
# twin bombing was one because one pair struck one city), both dated Sunday 2017-04-09. The lead's "تفجير الكنيسة
# المرقسية" and "التفجير الانتحاري" re-tell the Alexandria one. Not coded: the ministry posting a video (disclosure,
# no act on a party), the security director's inspection and instructions to his own force (masdars; internal), the
# Pope's mass (religious service) and the deaths (passive). No claims: posting a video reports no statement, and
# "تجدر الإشارة" is the narrator. The church lists leave out الإسكندرية and طنطا (named on their own).
i = 'ant-JA-internationalNews-852-20170410'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "suicide bombers", "انتحاري"]
recs.append({"id": i, "text": t, "published": "2017-04-10", "events": [
    {"code": "ASSAULT", "source": ISIS,
     "target": ["St Mark's Cathedral", "كاتدرائية مار مرقس", "الكنيسة المرقسية", "church security force",
                "قوة تأمين الكنيسة", "عناصر الأمن", "worshippers", "المصليين"], "date": "2017-04-09"},
    {"code": "ASSAULT", "source": ISIS,
     "target": ["St George's Church", "كنيسة مارجرجس", "worshippers", "المصليين"], "date": "2017-04-09"}],
    "claims": []})
# --- Jawhara FM: veterans of CS Sfaxien and Club Africain play a match before today's classico. "سبق لقاء كلاسيكو
# ... لقاء بين قدماء الفريقين" has the veterans' match as its subject, a noun; a friendly match is sport (batches 26,
# 32, 35, 38: sport business is no event): not coded. Claims: Dhouib's أكد and مضيفا (the events will continue: a
# plan told as fact, assert) and Jedidi's أكد (assert).
i = 'ant-JA-sport-1061-20170423'
t = news_text(i)
DHOUIB = ["Mokhtar Dhouib", "المختار ذويب", "ذويب"]
recs.append({"id": i, "text": t, "published": "2017-04-23", "events": [], "claims": [
    {"speaker": DHOUIB, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": DHOUIB, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": ["Slim Jedidi", "سليم الجديدي", "الجديدي"], "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Jawhara FM: a Belgian delegation of 50 (ministers, MPs, journalists) arrived in Tunisia on Thursday
# (2017-03-16) for a four-day visit. "حل الخميس على تونس وفد بلجيكي" is CONSULT, the visitor the source and Tunisia
# the target, dated. The Vigilance Committee for Democracy in Tunisia accompanies it ("الذي ترافقه"), so it joins
# the visitors' list (decided: an escort, no event of its own). "سيعقد الوفد اجتماعا عشية اليوم الجمعة بعدد من
# ممثلي المجتمع المدني وذلك بمقر الاتحاد الجهوي للشغل" is a future meeting: AGREE, dated by the day it is set for
# (2017-03-17, batch 51), the civil-society representatives and their host union one target list; "عقد لقاءات مع
# بعض المسؤولين" in the programme is a second AGREE, with the officials, undated (its activists are the Friday
# meeting's civil society). Not coded: the delegation's own press conference (batch 19), its stops in Sousse, El
# Jem, Hammamet and Tunis (places inside the country it is already visiting, no host named; decided), and the aims
# (سعيا لتحسيس) as a masdar. No claims ("من المنتظر" is the narrator). The committee keeps no form holding تونس or
# "Tunisia" (the target), the union none holding سوسة.
i = 'ant-JA-localNews-2994-20170317'
t = news_text(i)
BELGIANS = ["Belgian delegation", "وفد بلجيكي", "الوفد البلجيكي", "الوفد", "Belgium",
            "Vigilance Committee for Democracy", "لجنة اليقظة من أجل الديمقراطية", "Fathi Hajj Ali",
            "فتحي الحاج علي"]
recs.append({"id": i, "text": t, "published": "2017-03-17", "events": [
    {"code": "CONSULT", "source": BELGIANS, "target": ["Tunisia", "تونس"], "date": "2017-03-16"},
    {"code": "AGREE", "source": BELGIANS,
     "target": ["civil society representatives", "ممثلي المجتمع المدني", "عدد من ممثلي المجتمع المدني",
                "regional labour union", "الاتحاد الجهوي للشغل"], "date": "2017-03-17"},
    {"code": "AGREE", "source": BELGIANS, "target": ["Tunisian officials", "بعض المسؤولين", "Tunisia", "تونس"]}],
    "claims": []})
# --- Jawhara FM: the regional coordinations of worksite workers (عمال الحضائر) confirm a national strike tomorrow,
# Monday 2017-01-09 (corpus date Sunday 2017-01-08). "أكد مجمع التنسيقيات ... الدخول في اضراب وطني ... يوم غد" is an
# announced strike: THREATEN (CAMEO 133, batches 8-9 and 51), aimed at the central authorities its statement blames
# ("رفض السلط المركزية التجاوب و الحوار", as batch 51 targets the ministry the text names), undated (the statement's
# own day is not given; "يوم غد" is the strike's). "داعيا عاملات وعمال الحضائر الى التجمع ... ثم التوجه في مسيرات"
# calls its own workers to the protest it announces: folded into the one THREATEN (decided, as batch 51 folds the
# programme's re-telling). The authorities' refusal is a masdar (no REJECT), and "الاتفاق بين الحكومة السابقة
# والاتحاد العام التونسي للشغل" is nominal background. Claims: the body's أكد (the strike: warn), "أضاف في بيان له"
# (the refusal blamed: accuse) and داعيا (other); Khelifi's أبرز and أضاف (assert), in his statement to TAP of
# Sunday. "لو(ات)" is the addressee.
i = 'ant-JA-localNews-849-20170108'
t = news_text(i)
BODY = ["Coordination of regional committees of worksite workers", "مجمع التنسيقيات الجهوية لعمال الحضائر",
        "المجمع", "worksite workers", "عمال الحضائر"]
KHELIFI = ["Sami Khelifi", "سامى الخليفي", "سامي الخليفي", "الخليفي", "الناطق الرسمي باسم المجمع"] + BODY
recs.append({"id": i, "text": t, "published": "2017-01-08", "events": [
    {"code": "THREATEN", "source": BODY,
     "target": ["central authorities", "السلط المركزية", "Tunisian government", "Tunisia"]}], "claims": [
    {"speaker": BODY, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": BODY, "cue": cue(t, "أضاف", 1), "stance": "accuse"},
    {"speaker": BODY, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": KHELIFI, "cue": cue(t, "أبرز"), "stance": "assert"},
    {"speaker": KHELIFI, "cue": cue(t, "أضاف", 2), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch59.gold.jsonl', recs)
