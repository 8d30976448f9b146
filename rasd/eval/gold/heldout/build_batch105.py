"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 105 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Friday 2015-08-07): Germany's economy minister and vice-chancellor Sigmar Gabriel praises Egypt's
# efforts in completing the new Suez Canal. "أشاد ... بجهود مصر في إنجاز المشروع العملاق" is praise of a named state:
# SUPPORT Gabriel → Egypt (GUIDELINES: praise → SUPPORT); the quoted statement to the German news agency "أمس الخميس"
# (2015-08-06) gives the same praise, so one SUPPORT dated 2015-08-06 (statements said yesterday carry that day). "ومن
# المقرر أن يشارك الوزير الألماني في الاحتفالات المقامة في مدينة الإسماعيلية ... بصفته ممثل ألمانيا" is a scheduled
# visit to the host state's celebrations: one AGREE Gabriel → Egypt (README: scheduled visits are one AGREE per
# destination), undated (the text gives the ceremony no day). Not coded: the German firms' participation (بفضل مشاركة,
# a noun), the canal's digging (passive, no doer) and the experts' doubt (bare "بعض الخبراء": no claim either).
# Claims: أشاد (praise: assert), قال (the quoted praise, with distinct content: assert) and أشار (the waterway's
# importance for Germany: assert). The German news agency is the addressee. Gabriel, a state official, lists Germany.
i = 'snn-2015-08-07-0501'
t = news_text(i)
GABRIEL = ["Sigmar Gabriel", "زيجمار جابرييل", "جابرييل", "وزير الاقتصاد الألماني", "الوزير الألماني",
           "Germany", "ألمانيا"]
EGYPT = ["Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "SUPPORT", "source": GABRIEL, "target": EGYPT, "date": "2015-08-06"},
    {"code": "AGREE", "source": GABRIEL, "target": EGYPT}], "claims": [
    {"speaker": GABRIEL, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": GABRIEL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": GABRIEL, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): witnesses say yesterday (2015-08-07) that central Baghdad is under heavy
# security hours before a mass protest against corruption in Tahrir Square. "ذكر الشهود أن القوات العراقية أحاطت جميع
# الطرق والشوارع المؤدية للميدان ونشرت سيارات عسكرية في الساحات العامة" is a deployment by a named force: MOBILIZE
# with no target (README: a police deployment is MOBILIZE; the lead's "انتشارا واسعا لقوات الجيش والشرطة" is a noun
# re-telling it), dated 2015-08-07 (decided: the text puts the deployment on the day the witnesses spoke, "قبيل ساعات
# من انطلاق تظاهرات"). "تظاهرات ليلية ... دعا إليها المئات من المثقفين والإعلاميين والفنانين ومنظمات المجتمع المدني"
# is a protest called, in a relative clause with its doers, and not yet held: THREATEN (README: an announced protest
# is THREATEN, CAMEO 133) against the Iraqi government, whose work the demands name ("تقويم مسار عمل الحكومة
# العراقية"; README: a protest's demand names its target), undated (the call has no day). The demands and the one
# slogan are no events of their own, and the protest itself is never told as held (no PROTEST). Claims: every
# statement (أفاد، أوضح، ذكر، أشار) comes from bare eyewitnesses (شهود عيان; README batches 12, 20, 58, 62): none.
i = 'snn-2015-08-08-0710'
t = news_text(i)
IRAQI_FORCES = ["Iraqi forces", "القوات العراقية", "Iraqi security forces", "قوات الجيش والشرطة", "Iraq", "العراق"]
ORGANISERS = ["Iraqi intellectuals, media figures, artists and civil society organisations",
              "المئات من المثقفين والإعلاميين والفنانين ومنظمات المجتمع المدني", "المثقفين", "الإعلاميين",
              "الفنانين", "منظمات المجتمع المدني", "protesters"]
IRAQ_GOV = ["Iraqi government", "الحكومة العراقية", "الحكومة"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "MOBILIZE", "source": IRAQI_FORCES, "target": [], "date": "2015-08-07"},
    {"code": "THREATEN", "source": ORGANISERS, "target": IRAQ_GOV}], "claims": []})
# --- SaudiNewsNet (2015-07-27): Kurdistan Region president Masoud Barzani calls on the Turkish government and the PKK
# to end the skirmishes and return to negotiations. "دعا ... كلا من الحكومة التركية وحزب العمال الكردستاني إلى إنهاء
# المناوشات والتصعيد والعودة إلى مائدة المفاوضات وإحياء عملية السلام" is one call on two named parties: one REQUEST
# with both in the target (GUIDELINES: calls → REQUEST; README: كل من lists), undated (the message has no day). Not
# coded: the skirmishes and escalation (nouns, no doer), the armed struggle and wars "التي نشبت" and the reality "الذي
# فرض على الكرد" (no doer), the AKP's coming to power (no PLOVER act), and "رأينا أنها فرصة سانحة لنساعد في إطلاق
# عملية سلام" (a purpose, not an act told). "نلاحظ تغييرا ظاهرا للعيان حيال الكرد ... وأن الحزب ورئيسه اردوغان لهم
# وجهة نظر مختلفة" is an observation of a change, not praise told with a verb of praise (decided: claim content only,
# no SUPPORT of the AKP or Erdogan). Claims: دعا (other), "وأكد في رسالة" (war solves nothing, seize every chance for
# peace: assert) and "وجاء في الرسالة" (a distinct passage of the same message: assert). Barzani lists his region.
i = 'snn-2015-07-27-0211'
t = news_text(i)
BARZANI = ["Masoud Barzani", "مسعود بارزاني", "بارزاني", "رئيس إقليم كردستان", "Kurdistan Region",
           "إقليم كردستان"]
TR_PKK = ["Turkish government", "الحكومة التركية", "Turkey", "تركيا", "PKK", "Kurdistan Workers' Party",
          "حزب العمال الكردستاني", "بي.كي.كي"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "REQUEST", "source": BARZANI, "target": TR_PKK}], "claims": [
    {"speaker": BARZANI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": BARZANI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BARZANI, "cue": cue(t, "جاء"), "stance": "assert"}]})
# --- SaudiNewsNet / Al-Eqtisadiah (2015-08-01): the National Committee for Narcotics Control asks that the
# municipalities' prevention programmes run under the national "Nibras" project and in coordination with its general
# secretariat. The lead's "طالبت اللجنة ... بتوجيه المختصين في الأمانات" and the letter it sent ("وأبلغت اللجنة ...
# وزارة الشؤون البلدية والقروية ... أن المشروع يجب أن يشتمل"، "فنأمل تعميد الجهة المختصة لديكم") are one demand on
# the ministry: one REQUEST committee → Ministry of Municipal and Rural Affairs (README: a lead's call and the letter's
# own call are one REQUEST; decided: a national committee and a ministry are two bodies, not one ministry's internal
# business), undated. "ووجه عبداللطيف آل الشيخ، وزير الشؤون البلدية والقروية، المختصين للتنسيق" is a minister
# instructing his own staff: internal, a claim only (README: a minister's call on his own inspectors). The Council of
# Ministers' decisions (نصت القرارات، تضمنت القرارات) are legal texts cited as background, no speaker and no event
# (decided); the committee's coordination "مع الأجهزة الأمنية" is its mandate, not an act told; "ويأتي ذلك سعيا من
# اللجنة" is the narrator. Claims: طالبت (other), the minister's وجه (other), the secretariat's أشارت (the launch of
# Nibras: assert), the committee's أبلغت (the project must include awareness programmes: other) and تابعت (the hope
# that the ministry commission its unit: other). "بحسب (خطاب ...)" and "حسبما يتضح من الوثيقة" attribute to the
# same letter in the same sentence: no second claim. No list holds Saudi Arabia (both sides are Saudi bodies).
i = 'snn-2015-08-01-0242'
t = news_text(i)
NCNC = ["National Committee for Narcotics Control", "اللجنة الوطنية لمكافحة المخدرات", "اللجنة الوطنية",
        "General Secretariat of the National Committee for Narcotics Control",
        "الأمانة العامة للجنة الوطنية لمكافحة المخدرات", "الأمانة العامة"]
MOMRA = ["Ministry of Municipal and Rural Affairs", "وزارة الشؤون البلدية والقروية", "municipalities", "الأمانات",
         "المختصين في الأمانات"]
AL_SHEIKH = ["Abdullatif Al al-Sheikh", "عبداللطيف آل الشيخ", "آل الشيخ", "وزير الشؤون البلدية والقروية",
             "Ministry of Municipal and Rural Affairs", "وزارة الشؤون البلدية والقروية"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REQUEST", "source": NCNC, "target": MOMRA}], "claims": [
    {"speaker": NCNC, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": AL_SHEIKH, "cue": cue(t, "وجه"), "stance": "other"},
    {"speaker": NCNC, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": NCNC, "cue": cue(t, "أبلغت"), "stance": "other"},
    {"speaker": NCNC, "cue": cue(t, "تابعت"), "stance": "other"}]})
# --- SaudiNewsNet (2015-08-06): the Najran Chamber of Commerce yesterday (2015-08-05) held a job fair with a national
# training company; 50 jobs offered, over 40 contracts signed. "نظمت الغرفة ... أمس لقاءً وظيفياً بالتعاون مع إحدى
# الشركات الوطنية المتخصصة في مجال التعليم والتدريب" is COOPERATE chamber → the company (README session 10: "نظم …
# بالتعاون مع" is COOPERATE; decided: the partner is unnamed but one specific company, so it is kept as the target),
# dated 2015-08-05. The jobs offered and the contracts signed are passive or nouns (job seekers' hiring, no PLOVER
# act); the diploma accredited by the TVTC is a description. Claim: the chamber president al-Haider's أوضح (assert).
i = 'snn-2015-08-06-1650'
t = news_text(i)
CHAMBER = ["Najran Chamber of Commerce and Industry", "الغرفة التجارية الصناعية بمنقطة نجران",
           "الغرفة التجارية الصناعية", "غرفة نجران", "الغرفة"]
HAIDER = ["Masoud bin Mahdi Al Haider", "مسعود بن مهدي ال حيدر", "ال حيدر", "رئيس غرفة نجران"] + CHAMBER
COMPANY = ["national education and training company", "إحدى الشركات الوطنية",
           "إحدى الشركات الوطنية المتخصصة في مجال التعليم والتدريب"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "COOPERATE", "source": CHAMBER, "target": COMPANY, "date": "2015-08-05"}], "claims": [
    {"speaker": HAIDER, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Jawhara FM (Saturday 2016-10-15): Abdelkarim Harouni, head of Ennahda's Shura Council, says the movement will
# press for municipal elections in 2017. "ستعمل على التعجيل بتنظيم الانتخابات ... من خلال كتلتها النيابية" is a pledge
# of the party's own parliamentary work with no counterpart: no AGREE (README session 21: a vague pledge with no
# counterpart is no AGREE). The council's decision to hold an extraordinary session is internal; "تمسك الحركة بالتشاور
# والوفاق، انطلاقا من وثيقة قرطاج" is a stance with no named party acted on. "مؤكدا الحاجة الى اتخاذ اجراءات شجاعة
# وجريئة ... وألا يكون ذلك على حساب الفئات الضعيفة" is a call on the budget measures with no addressee named: REQUEST
# with no target (README: a call with no named addressee; batch 52 takes "أكد ... ضرورة" as a call; decided: concrete
# enough, the 2017 finance bill, not a bare exhortation), undated (the media encounter fell within a Saturday–Sunday
# session). The negotiation "يبقى الخيار الوحيد" is a position, no event. Claims: the first أكد (the pledge:
# promise), أعلن (the council's decision: assert), "كما أكد" (attachment to consultation: assert), مؤكدا (the call:
# other) and أشار (negotiation the only option: assert); "على حد تعبيره" repeats its sentence's speaker. As a party
# official he lists Ennahda.
i = 'ant-JA-politic-115-20161015'
t = news_text(i)
HAROUNI = ["Abdelkarim Harouni", "عبد الكريم الهاروني", "الهاروني", "رئيس مجلس شورى حركة النهضة", "Ennahda",
           "حركة النهضة", "النهضة"]
recs.append({"id": i, "text": t, "published": "2016-10-15", "events": [
    {"code": "REQUEST", "source": HAROUNI, "target": []}], "claims": [
    {"speaker": HAROUNI, "cue": cue(t, "أكد", 1), "stance": "promise"},
    {"speaker": HAROUNI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": HAROUNI, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": HAROUNI, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": HAROUNI, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2017-02-15, AFP): the French judiciary charges two young men and a teenage girl arrested
# near Montpellier with preparing an imminent terrorist attack. "قرر القضاء الفرنسي توجيه اتهامات" and "وجه القضاء
# الفرنسي مساء الثلاثاء، تهمة الإرهاب" (with the detailed passive charges "وجهت تهمة ... إلى توماس سوريه ... كما وجهت
# إليهما وإلى شريك ثالث") are one charging act: one ACCUSE judiciary → the three (README: a court's charges are
# ACCUSE; the plot they are suspected of is folded in), dated Tuesday 2017-02-14. The arrest, passive throughout
# ("اعتقلوا ... الأسبوع الماضي"، "وكان هؤلاء الثلاثة قد اعتقلوا الجمعة ... مع شخص رابع"), is one COERCE given to the
# authorities the text names as announcing it (README: passive arrests are the authorities' COERCE), with the fourth
# man in the target, dated Friday 2017-02-10. "سرعان ما تبين للمحققين أنه بريء فأطلقوا سراحه في اليوم التالي" is a
# release by the investigators: RETREAT → the fourth man (README: a release is RETREAT), dated the next day,
# 2017-02-11. The foiled attack and the "unprecedented jihadist threat" have no act of their own. Claims: the
# authorities' أعلنت (the arrest foiled an imminent attack: assert); "وبحسب مصادر قضائية" is a bare source (as
# "مصادر أمنية"): no claim. AFP is the byline.
i = 'ant-JA-internationalNews-289-20170215'
t = news_text(i)
JUDICIARY = ["French judiciary", "القضاء الفرنسي", "القضاء", "France", "فرنسا"]
AUTHORITIES = ["French authorities", "السلطات", "المحققين", "investigators", "France", "فرنسا"]
THREE = ["Thomas Sauret", "توماس سوريه", "Sarah", "سارة", "Malik Hammami", "مالك همامي", "شابين وفتاة",
         "شابين وفتاة مراهقة", "هؤلاء الثلاثة", "الخلية"]
FOURTH = ["fourth suspect", "شخص رابع", "شاب يبلغ من العمر 26 عاما"]
recs.append({"id": i, "text": t, "published": "2017-02-15", "events": [
    {"code": "ACCUSE", "source": JUDICIARY, "target": THREE, "date": "2017-02-14"},
    {"code": "COERCE", "source": AUTHORITIES, "target": THREE + FOURTH, "date": "2017-02-10"},
    {"code": "RETREAT", "source": AUTHORITIES, "target": FOURTH, "date": "2017-02-11"}], "claims": [
    {"speaker": AUTHORITIES, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- Jawhara FM (2017-02-12): a record number of Americans renounced their citizenship last year, Boris Johnson among
# them. Renouncing citizenship is no PLOVER act (no other party acted on): not coded. "اعتبر أن قانون الضرائب الأميركي
# بأنه فظيع ومجحف" is criticism of a named state's law: ACCUSE Johnson → United States (GUIDELINES: criticism →
# accuse; decided: the law stands for the state that made it), undated. Claims: "أظهرت بيانات حكومية أميركية" (data
# tied to a named government speak, as README session 21's "دراسة استرالية": assert) and "وفقا لما ورد في القائمة
# التي نشرتها وزارة الخزانة الأميركية" (its sentence's only attribution: a claim, assert), both given to the US
# Treasury list; Johnson's وصف (his citizenship an accident of birth: assert) and اعتبر (accuse). "وأشارت القائمة إلى
# أن جونسون وصف" passes on Johnson's words: the list is a conduit there (decided, as "نقل X عن Y قوله"), no claim of
# its own; "على حد قوله" repeats اعتبر's speaker; "يذكر أن" is the narrator. Johnson, a state official, lists Britain.
i = 'ant-JA-internationalNews-254-20170212'
t = news_text(i)
TREASURY = ["US Treasury", "وزارة الخزانة الأميركية", "وزارة الخزانة", "US government data", "بيانات حكومية أميركية"]
JOHNSON = ["Boris Johnson", "بوريس جونسون", "جونسون", "وزير الخارجية البريطاني", "United Kingdom", "Britain",
           "بريطانيا"]
US = ["United States", "الولايات المتحدة", "أميركا", "US tax law", "قانون الضرائب الأميركي"]
recs.append({"id": i, "text": t, "published": "2017-02-12", "events": [
    {"code": "ACCUSE", "source": JOHNSON, "target": US}], "claims": [
    {"speaker": TREASURY, "cue": cue(t, "أظهرت"), "stance": "assert"},
    {"speaker": TREASURY, "cue": cue(t, "وفقا"), "stance": "assert"},
    {"speaker": JOHNSON, "cue": cue(t, "وصف"), "stance": "assert"},
    {"speaker": JOHNSON, "cue": cue(t, "اعتبر"), "stance": "accuse"}]})
# --- Jawhara FM (Friday 2015-07-03): Fitch expects Tunisia's growth to fall to 1.9% in 2015 after the Sousse attack.
# The Sousse attack (26 June) and the Bardo attack "الذي استهدف سياحا" are told as nouns or with the attack itself as
# subject: no doer, not coded; the headline's downgrade is not in the text, and a forecast is no PLOVER act. No event.
# Claims: Fitch's توقعت (a forecast by a named author: assert), قالت (in a statement of "امس الاربعاء": the attack
# reveals the terrorist risks: assert), بينت (the attack will weigh on the economy: assert) and ذكرت (the cost:
# assert); the tourism minister Selma Rekik's "قدرتها" (a government estimate with a named author, README session 26:
# assert).
i = 'ant-JA-economy-62-20150703'
t = news_text(i)
FITCH = ["Fitch Ratings", "فيتش رايتينغ", "فيتش رايتنغ", "وكالة التصنيف", "الوكالة"]
REKIK = ["Selma Elloumi Rekik", "سلمى الرقيق", "الرقيق", "وزيرة السياحة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-07-03", "events": [], "claims": [
    {"speaker": FITCH, "cue": cue(t, "توقعت"), "stance": "assert"},
    {"speaker": FITCH, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": FITCH, "cue": cue(t, "بينت"), "stance": "assert"},
    {"speaker": FITCH, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": REKIK, "cue": cue(t, "قدرتها"), "stance": "assert"}]})
# --- Jawhara FM (Monday 2017-06-05): Jendouba's regional disaster committee, meeting today, warns of heavy rain and
# possible floods tonight or tomorrow. A weather warning acts on no party: a claim only. The committee's meeting at the
# governorate, chaired by the governor, is a regional body's own session (internal, no CONSULT). "دعا والي جندوبة ...
# رئيس اللجنة ... الهياكل المتدخلة الى الرفع من درجة التأهب" is the chair's call on the regional services that sit in
# his own committee: internal, a claim only (decided, as README's minister instructing his own governors); no
# MOBILIZE is told as done. Claims: the committee's حذرت (warn); the governor Akram Sebri's دعا (other) and مقلّلا
# (the dams' low risk: assert); the Bou Heurtma dam director Sonia Dabboussi's "وفق ما أكدته" (the fill rate, a
# second speaker's attribution in the sentence: a claim, README batches 77–80: two speakers' phrases are two claims;
# assert); the civil-protection director Mounir Riabi's أكد (the expected rainfall: assert). TAP is the addressee.
# Aliases holding جندوبة are kept only in the governor's and committee's lists, the sole actors of the article.
i = 'ant-JA-localNews-4354-20170605'
t = news_text(i)
COMMITTEE = ["Jendouba regional disaster committee", "اللجنة الجهوية لمجابهة الكوارث بولاية جندوبة",
             "اللجنة الجهوية لمجابهة الكوارث", "اللجنة"]
SEBRI = ["Akram Sebri", "اكرم السبري", "السبري", "والي جندوبة", "رئيس اللجنة"]
DABBOUSSI = ["Sonia Dabboussi", "سنية الدبوسي", "الدبوسي", "مديرة سد بوهرتمة"]
RIABI = ["Mounir Riabi", "منير الريابي", "الريابي", "المدير الجهوي للحماية المدنية", "الحماية المدنية"]
recs.append({"id": i, "text": t, "published": "2017-06-05", "events": [], "claims": [
    {"speaker": COMMITTEE, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": SEBRI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SEBRI, "cue": cue(t, "مقلّلا"), "stance": "assert"},
    {"speaker": DABBOUSSI, "cue": cue(t, "وفق ما أكدته"), "stance": "assert"},
    {"speaker": RIABI, "cue": cue(t, "أكد", 2), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch105.gold.jsonl', recs)
