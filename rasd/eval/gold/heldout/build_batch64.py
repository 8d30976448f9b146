"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 64 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: the Palestinian Foreign Ministry today (Sunday 2015-07-26) calls for urgent Arab and Islamic action
# "to save Jerusalem" after clashes at al-Aqsa. "طالبت ... بتحرك عربي وإسلامي عاجل" is a call whose addressee is only
# an adjective (no named party): REQUEST with no target (batches 33-36), dated; the statement's "حذر ... من التعامل مع
# عمليات التهويد الإسرائيلية ... بشكل اعتيادي" (a warning that tells the same unnamed Arab world how to act) and
# "اعتبر أن القدس بحاجة ماسة لوقفة عربية وإسلامية" re-tell the same call (decided: one REQUEST). The two
# condemnations have two different objects, so they are two ACCUSE (condemnation, not REJECT, GUIDELINES): the first
# "أدان ... اقتحام المستوطنين المتطرفين تحت حماية قوات الاحتلال المسجد الأقصى" targets the settlers with the
# occupation forces protecting them (the condemnation targets the doer the text names, batches 37-40); the second
# "أدان ... القرارات والإجراءات الإسرائيلية العنصرية بفرض قيود ... وسمحت ... لمجموعات من المستوطنين باقتحامه"
# targets Israel, and the Judaization (حذر) and "عدوانها المتواصل" (اعتبر) are folded into it; both dated by the
# statement. The settlers' storming and Israel's entry restrictions are nouns inside the condemnations (a condemned
# act gives no event of its own here; the restrictions are a masdar): not coded. The clashes (مواجهات وصفت بالعنيفة,
# twice) are nominal, but "إلقاء الشرطة الإسرائيلية قنابل الصوت والغاز المسيل للدموع ... خلال ملاحقتها للمصلين" is a
# masdar with its doer named and the news itself (as batches 29 and 44 read such a masdar): ASSAULT police →
# worshippers; "المصلين الذين ردوا برشق الجنود بالحجارة والأحذية" is a relative clause with its doer: ASSAULT
# worshippers → police (batch 45 codes this same morning's two assaults so); both dated by "صباح اليوم". Claims: the
# ministry's طالبت (other), حذر (warn), أدان (accuse), اعتبر (a call: other) and the second أدان (accuse). "قالت
# مصادر فلسطينية وإسرائيلية" and "ذكرت المصادر الفلسطينية" are bare sources: no claims. No alias holds القدس or
# the mosque's name (places named on their own).
i = 'snn-2015-07-26-0691'
t = news_text(i)
PAL_MFA = ["Palestinian Ministry of Foreign Affairs", "وزارة الخارجية الفلسطينية", "وزارة الخارجية", "البيان",
           "Palestine", "فلسطين"]
SETTLERS = ["extremist settlers", "المستوطنين المتطرفين", "المستوطنين", "مجموعات من المستوطنين",
            "Israeli occupation forces", "قوات الاحتلال"]
ISRAEL = ["Israel", "إسرائيل", "Israeli government", "Israeli authorities"]
POLICE = ["Israeli police", "الشرطة الإسرائيلية", "الشرطة", "الجنود", "Israel", "إسرائيل"]
WORSHIPPERS = ["Palestinian worshippers", "مصلين فلسطينيين", "المصلين", "مصلين"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": PAL_MFA, "target": [], "date": "2015-07-26"},
    {"code": "ACCUSE", "source": PAL_MFA, "target": SETTLERS, "date": "2015-07-26"},
    {"code": "ACCUSE", "source": PAL_MFA, "target": ISRAEL, "date": "2015-07-26"},
    {"code": "ASSAULT", "source": POLICE, "target": WORSHIPPERS, "date": "2015-07-26"},
    {"code": "ASSAULT", "source": WORSHIPPERS, "target": POLICE, "date": "2015-07-26"}], "claims": [
    {"speaker": PAL_MFA, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": PAL_MFA, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": PAL_MFA, "cue": cue(t, "أدان", 1), "stance": "accuse"},
    {"speaker": PAL_MFA, "cue": cue(t, "اعتبر"), "stance": "other"},
    {"speaker": PAL_MFA, "cue": cue(t, "أدان", 2), "stance": "accuse"}]})
# --- Al-Weeam (AFP): protesters gather in Times Square to denounce the Iran nuclear deal and call on Congress to
# reject it. "تجمع متظاهرون ... للتنديد بالاتفاق ... داعين الكونغرس الاميركي الى رفض الاتفاق" is one PROTEST; its
# demand is its content, no event of its own (batches 10-14, 50), and, as the protest addresses Congress by name in
# its participle clause, Congress is its target (batches 31-32's addressed protest; the deal is no actor); the
# organiser Weisenfeld and the Republican MPs, Israeli-right supporters and evangelical groups who "شارك في المظاهرة"
# are in its source (README: callers in the source); undated (no day in the text). Pataki's own "انه اتفاق رهيب يجب
# رفضه. يتوجب على الكونغرس ان يقوم بعمله" is a speaker's demand with a named addressee: REQUEST Pataki → Congress
# (as batch 52 codes Haddad's demand at a protest), undated. Dershowitz's "الاتفاق سيء" criticises a deal, no actor:
# no event; the deal "الموقع بين ايران والقوى العظمى" is a participle of background (GUIDELINES: توقيع الاتفاق
# النووي is not coded); speaking at the rally (تحدث) is no event. Claims: the protesters, tied to a named protest,
# داعين (other); "حسب تقديرات مصور وكالة فرانس برس" (its sentence's only attribution: AFP, assert); "وحسب جيفري
# وايسنفيل" (the organiser, assert; "كما قالوا" inside it adds no claim, batches 27-28); Pataki's قال (the quote
# ends in a call: other); "وفقا للفرنسية" after his quote credits the piece to AFP, a speaker different from the
# sentence's (batch 56's closing "بحسب رويترز"): a claim, assert; Dershowitz's اكد (criticism: accuse; تحدث and اكد
# are one sentence and one content, cue اكد). The closing link line is the outlet's, no speaker. No alias holds
# نيويورك, تايمز سكوير or هارفرد (named on their own).
i = 'snn-2015-07-23-0980'
t = news_text(i)
PROTESTERS = ["protesters", "متظاهرون", "المتظاهرين", "حوالى الف شخص", "Jeffrey Wiesenfeld", "جيفري وايسنفيل",
              "وايسنفيل", "منظمي المظاهرة", "Republican lawmakers", "نواب جمهوريون", "مؤيدون لليمين الاسرائيلي",
              "مجموعات مسيحية انجيلية"]
CONGRESS = ["US Congress", "Congress", "الكونغرس الاميركي", "الكونغرس", "United States"]
PATAKI = ["George Pataki", "جورج باتاكي", "باتاكي"]
AFP = ["AFP", "Agence France-Presse", "وكالة فرانس برس", "فرانس برس", "مصور وكالة فرانس برس", "الفرنسية"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": CONGRESS},
    {"code": "REQUEST", "source": PATAKI, "target": CONGRESS}], "claims": [
    {"speaker": PROTESTERS, "cue": cue(t, "داعين"), "stance": "other"},
    {"speaker": AFP, "cue": cue(t, "حسب", 1), "stance": "assert"},
    {"speaker": ["Jeffrey Wiesenfeld", "جيفري وايسنفيل", "وايسنفيل", "احد منظمي المظاهرة"], "cue": cue(t, "حسب", 2),
     "stance": "assert"},
    {"speaker": PATAKI, "cue": cue(t, "قال", 2), "stance": "other"},
    {"speaker": AFP, "cue": cue(t, "وفقا"), "stance": "assert"},
    {"speaker": ["Alan Dershowitz", "الان ديشويتز", "ديشويتز"], "cue": cue(t, "اكد"), "stance": "accuse"}]})
# --- Al-Riyadh (Thursday 2015-07-23): Jordan's General Intelligence has held the uncle of Chattanooga gunman Mohammad
# Youssef Abdulazeez since Friday, his lawyer said on Wednesday. "تعتقل المخابرات العامة الاردنية منذ يوم الجمعة خال
# ..." is the arrest: COERCE GID → the uncle, dated by the Friday (2015-07-17), the day of the re-arrest "عصر ذات
# اليوم"; the lawyer's "المخابرات تعتقل منذ الجمعة", "موكلي اعتقل" and "تفاجأنا ... بتفتيش منزله واعتقاله مجددا
# وحجز الاجهزة" re-tell it (the search and seizure folded in). The earlier "استدعي عبر الهاتف من قبل المخابرات ...
# وتم استجوابه لعدة ساعات" names its doer in the agent phrase and, with "لا زال قيد التحقيق لدى المخابرات", is the
# GID's questioning of the uncle: ACCUSE (investigation, batches 37-40), undated (decided: the text's Friday belongs
# to the release, not to the summons); the passive release (يطلق سراحه) has no doer of its own: not coded. The
# lawyer's "تعتقل ... بشكل غير قانوني" and "اعتقل بشكل غير قانوني وتعسفي ... دون وجود اي تهمة" criticise the GID:
# ACCUSE; "مطالبا باطلاق سراح موكله فورا" is REQUEST of the party holding the man (batch 53-56's extradition demands
# go to the state holding the men); both dated by the Wednesday he spoke (2015-07-22). "وكان عبدالعزيز هاجم الخميس
# مكتبا للتجنيد العسكري قبل ان يتوجه الى مركز للاحتياطيين حيث قتل خمسة جنود واصاب متطوعا في المارينز وشرطيا" is one
# attack spree: one ASSAULT, the attacked places in the target list (batch 11), dated Thursday 2015-07-16 (last
# week's); "قبل ان يقتل بايدي الشرطة" (agent phrase) and "الذي قتلته الشرطة خلال تبادل لاطلاق النار" (relative
# clause) are one ASSAULT police → Abdulazeez, same day. "تحدثت السلطات عن عمل ارهابي داخلي" labels the attack
# terrorism, with the investigators' inquiry into his motives (يتساءلون): one ACCUSE US authorities → Abdulazeez
# (batch 27's security body naming attackers; batch 57-60's investigators' suspicion), undated. His working with and
# staying at his uncle's are no events. Claims: "حسبما اكد محاميه" (the lead's only attribution, the phrase as cue:
# assert), the lawyer's قال (accuse), اضاف (accuse), مطالبا (a distinct demand in the same sentence: other), اوضح
# (assert), تابع (assert), اشار (assert), the second اضاف (the family's view of the gunman: assert); the
# authorities' تحدثت (the US authorities of the investigation, a named government's: accuse). The investigators'
# wondering is no claim. The uncle keeps no form with the gunman's name or تينيسي (named on its own).
i = 'snn-2015-07-23-0735'
t = news_text(i)
GID = ["Jordanian General Intelligence Department", "GID", "المخابرات العامة الاردنية", "المخابرات العامة",
       "المخابرات", "Jordan", "الاردن"]
UNCLE = ["Asaad Ibrahim al-Haj Ali", "اسعد ابراهيم الحاج علي", "الحاج علي", "موكلي", "موكله", "خاله",
         "the gunman's uncle"]
LAWYER = ["Abdelqader al-Khatib", "عبدالقادر الخطيب", "الخطيب", "المحامي", "محاميه"]
GUNMAN = ["Mohammad Youssef Abdulazeez", "محمد يوسف عبدالعزيز", "عبدالعزيز", "محمد", "منفذ الهجوم"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "COERCE", "source": GID, "target": UNCLE, "date": "2015-07-17"},
    {"code": "ACCUSE", "source": GID, "target": UNCLE},
    {"code": "ACCUSE", "source": LAWYER, "target": GID, "date": "2015-07-22"},
    {"code": "REQUEST", "source": LAWYER, "target": GID, "date": "2015-07-22"},
    {"code": "ASSAULT", "source": GUNMAN,
     "target": ["US military", "مكتبا للتجنيد العسكري", "مركز للاحتياطيين", "خمسة جنود", "جنود",
                "متطوعا في المارينز", "US Marines", "المارينز", "شرطيا", "United States"], "date": "2015-07-16"},
    {"code": "ASSAULT", "source": ["US police", "police", "الشرطة"], "target": GUNMAN, "date": "2015-07-16"},
    {"code": "ACCUSE", "source": ["US authorities", "السلطات", "investigators", "المحققون", "United States"],
     "target": GUNMAN}], "claims": [
    {"speaker": LAWYER, "cue": cue(t, "حسبما اكد"), "stance": "assert"},
    {"speaker": LAWYER, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": LAWYER, "cue": cue(t, "اضاف", 1), "stance": "accuse"},
    {"speaker": LAWYER, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": LAWYER, "cue": cue(t, "اوضح"), "stance": "assert"},
    {"speaker": LAWYER, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": LAWYER, "cue": cue(t, "اشار"), "stance": "assert"},
    {"speaker": LAWYER, "cue": cue(t, "اضاف", 2), "stance": "assert"},
    {"speaker": ["US authorities", "السلطات", "United States"], "cue": cue(t, "تحدثت"), "stance": "accuse"}]})
# --- Al-Riyadh: Zico asks the Brazilian federation to sponsor his candidacy for the FIFA presidency. "طالب ... زيكو
# اتحاد بلاده رعاية ترشيحه" is REQUEST Zico → the Brazilian FA, with its president Del Nero, to whom "ارسلت رسالة
# ... استعرضت فيها الخطوط العريضة لترشيحي" sent the same request (one REQUEST; federations' dealings are coded, as
# batch 43's FIFA rejection), undated (no day). Not coded: waiting for the reply, seeking other federations' support
# later (an intent with no named party), the registration deadline and the election date (procedure). Claims: the
# lead's طالب (other), قال (the letter: assert), اضاف ("لن أنتظر فترة طويلة ... ولدينا خيارات أخرى", a veiled warning
# to the federation: warn), مبرزا (a distinct content in the same sentence: assert), أوضح (assert), the second قال
# (assert). Zico lists no Brazil (he is no state official); the federation neither.
i = 'snn-2015-07-31-1057'
t = news_text(i)
ZICO = ["Zico", "زيكو", "ارثر انطونيس كوامبرا", "Arthur Antunes Coimbra"]
CBF = ["Brazilian Football Confederation", "CBF", "الاتحاد البرازيلي", "اتحاد بلاده", "Marco Polo Del Nero",
       "ماركو بولو", "دل نيرو"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": ZICO, "target": CBF}], "claims": [
    {"speaker": ZICO, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ZICO, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ZICO, "cue": cue(t, "اضاف"), "stance": "warn"},
    {"speaker": ZICO, "cue": cue(t, "مبرزا"), "stance": "assert"},
    {"speaker": ZICO, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ZICO, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Al-Eqtisadiya (SPA): Asir's emir leads the funeral prayer for the victims of the special emergency forces' mosque
# bombing and conveys the King's condolences to their families. Funerals, prayers and condolences are neither events
# nor claims (README; batches 10, 27, 34); the emir offers the condolences at the mosque after the prayer, with no
# hosted visit (unlike batch 34's). The bombing ("الذين طالتهم يد الغدر والعدوان") has no doer in the text; the
# officials praying with him are attendance, and the captions are no statements. "سائلا الله" is a prayer; «واس» is
# the conduit's credit. No events, no claims.
i = 'snn-2015-08-08-0173'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": []})
# --- Jawhara FM: Barcelona president Bartomeu will skip the traditional pre-Clasico dinner of the two clubs' boards.
# "أكد ... أنه لن يكون متواجدا في العشاء التقليدي" declines a meeting with Real Madrid's board (CAMEO 125, reject a
# proposal to meet): REJECT Bartomeu → Real Madrid, with "اعتذار بارتوميو وأعضاء الفريق عن تناول الغداء مع ريال مدريد"
# re-telling it (his board members in the source), undated (the day he said it is not given). Not coded: the
# offensive statements "التي تم تداولها بين أعضاء الناديين" (passive, no doer), his coming to the stadium and the
# match itself (sport). Claims: the lead's أكد (assert); Marca's ذكرت (assert); the embedded "قد أكد" inside Marca's
# report (embedded speech, batches 29-30: Bartomeu, assert). "يشار أن" is the narrator. No alias holds سانتياغو
# برنابيو.
i = 'ant-JA-sport-1064-20170423'
t = news_text(i)
BARTOMEU = ["Josep Maria Bartomeu", "جوسيب ماريا بارتوميو", "بارتوميو", "رئيس نادي برشلونة", "رئيس النادي الكتالوني",
            "FC Barcelona", "نادي برشلونة", "برشلونة", "الفريق الكتالوني", "أعضاء الفريق"]
REAL = ["Real Madrid", "ريال مدريد", "الريال", "الملكي"]
recs.append({"id": i, "text": t, "published": "2017-04-23", "events": [
    {"code": "REJECT", "source": BARTOMEU, "target": REAL}], "claims": [
    {"speaker": BARTOMEU, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ["Marca", "ماركا", "صحيفة ماركا"], "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": BARTOMEU, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Jawhara FM: PM Youssef Chahed, in an interview broadcast this evening (Sunday 2017-04-16) on Al Wataniya 1, on
# the social protests. "الاحتجاجات ... سببها عدم تلبية الحكومات السابقة وعجزها عن تنفيذ الوعود" blames the previous
# governments: ACCUSE, dated by the broadcast. Not coded: the protests "التي شهدتها عدة ولايات" (the governorates
# only witnessed them; nominal), "حكومته لم ولن تعطي وعودا" (negated), the time to study measures, "لن يزور أي جهة ...
# دون اجراءات" (decided: a negated, conditional visit whose only counterpart is a place, neither REJECT nor AGREE),
# his refusing that his government be a "fire brigade" (his own government, no other party) and the general
# legitimacy of protest (no named party). The interview on the channel is reporting, no event. Claims: قال (assert),
# أضاف (accuse), the second قال (a pledge about his government's promises: promise), مؤكدا (assert), the third قال
# (assert), مشيرا (assert); "ويرفض" continues the third قال's sentence and content. The target keeps no "Tunisia" so
# that it stays apart from the PM's list.
i = 'ant-JA-localNews-3414-20170416'
t = news_text(i)
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisian Prime Minister", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-04-16", "events": [
    {"code": "ACCUSE", "source": CHAHED, "target": ["previous governments", "الحكومات السابقة"],
     "date": "2017-04-16"}], "claims": [
    {"speaker": CHAHED, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": CHAHED, "cue": cue(t, "قال", 2), "stance": "promise"},
    {"speaker": CHAHED, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Jawhara FM (Monday 2016-12-26): a man with takfiri leanings is arrested after his wife reported he tried to take
# her and their baby to Syria. "تقدمت أمس الأول السبت، امرأة ... بشكاية لفرقة الشرطة العدلية ... أكدت فيها أن زوجها
# ..." is a formal complaint naming its culprit: ACCUSE wife → husband (batch 31's complaint), dated Saturday
# 2016-12-24; "وتقدمت بالشكاية" re-tells it. The husband's attempt to persuade her (حاول إقناعها بالسفر) and his
# preparing passports are the alleged offence (decided: as batch 27 leaves a swindler's asking, no REQUEST); the
# quarrel (خلاف) is a noun. "وبالتنسيق مع فرقة الشرطة العدلية بنابل تمت مداهمة منزله" is passive, but the police's
# raid and the arrest that followed (he is questioned in custody) are what the security source reports: one COERCE
# of the judicial police (batches 15-16, 56: passive arrests reported by the police), undated; the coordination of two
# units of one police force is internal (no COOPERATE). "باستنطاقه لدى فرقة الشرطة العدلية بغار الدماء اليوم" is
# the questioning: ACCUSE (investigation) police → husband, dated today (2016-12-26). His "أفاد أن ذلك لا يعني السفر
# إلى سوريا" denies the charge "ما نسب إليه" (passive, no accuser named): REJECT with no target (batch 49-52's denial
# of an unnamed rumour), dated today. The coming referral to the judicial pole is passive (not coded). Claims: the
# wife's two أكدت (a complainant tied to named towns and a day: accuse); the husband's words "حسب قوله" quoted inside
# her complaint (embedded speech, a speaker different from the sentence's: assert); his admission "لم يخف ما نسب إليه
# ... بخصوص إعداد جوازات السفر" (an arrested suspect's confession, batches 30, 33, 41: assert) and أفاد (a distinct,
# denying content: deny). "وفقا لما صرح به مصدر أمني" is a bare security source (batch 56): no claim. No alias holds
# غار الدماء or نابل (named on their own).
i = 'ant-JA-localNews-400-26122016'
t = news_text(i)
WIFE = ["wife", "complainant", "امرأة", "زوجته"]
HUSBAND = ["husband", "زوجها", "suspected extremist"]
POLICE = ["judicial police", "فرقة الشرطة العدلية", "الشرطة العدلية", "Tunisian police", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-12-26", "events": [
    {"code": "ACCUSE", "source": WIFE, "target": HUSBAND, "date": "2016-12-24"},
    {"code": "COERCE", "source": POLICE, "target": HUSBAND},
    {"code": "ACCUSE", "source": POLICE, "target": HUSBAND, "date": "2016-12-26"},
    {"code": "REJECT", "source": HUSBAND, "target": [], "date": "2016-12-26"}], "claims": [
    {"speaker": WIFE, "cue": cue(t, "أكدت", 1), "stance": "accuse"},
    {"speaker": HUSBAND, "cue": cue(t, "حسب قوله"), "stance": "assert"},
    {"speaker": WIFE, "cue": cue(t, "أكدت", 2), "stance": "accuse"},
    {"speaker": HUSBAND, "cue": cue(t, "لم يخف"), "stance": "assert"},
    {"speaker": HUSBAND, "cue": cue(t, "أفاد"), "stance": "deny"}]})
# --- Jawhara FM: the Egyptian authorities arrest an elderly woman, to commit her to a psychiatric clinic, after her
# mock wedding went viral. "ألقت السلطات المصرية القبض على مسنة" is COERCE, with the neighbour's "قوة من قسم شرطة الجمرك
# ألقت القبض عليها داخل منزلها" re-telling it (the police force in the source) and the committal (استعدادا لإيداعها)
# its purpose; undated (decided: "مساء أمس" dates the story's spread, not the arrest). "الأمن يرفض الإفراج عنها إلا
# بعد تعهد أهلها بعدم تكرار ما حدث" refuses to release a person (CAMEO 1243): REJECT security → the woman and her
# family (one target list; the condition on the family folded in), undated. "الأهالي تعاطفوا معها ونظموا مظاهرة في
# محطة الرمل تضامنا معها" is a clause with its doer inside the neighbour's statement (README: historical clauses in a
# statement): PROTEST with no target (a solidarity march names no one it is against), undated. Not coded: her
# dressing up, booking the hall and mock wedding (no PLOVER event), "مشكلة أخرى نشبت بين أسرة السيدة وصاحب قاعة
# الأفراح" (a noun) and "إصرار الأسرة على استعادة الأموال" (a masdar of background). Claims: "وفق ما أكده أقاربها"
# (its sentence's only attribution; relatives of the identified woman, as batch 53-56's source close to a named
# person: assert); the neighbour's أكد, أضاف and قال (a neighbour of the identified woman: assert). The speakers'
# lists keep no form holding السيدة (the woman's own word).
i = 'ant-JA-diverse-70-20161230'
t = news_text(i)
EGYPT = ["Egyptian authorities", "السلطات المصرية", "Egyptian police", "قوة من قسم شرطة الجمرك", "قسم شرطة الجمرك",
         "الأمن", "Egypt", "مصر"]
WOMAN = ["elderly woman", "مسنة", "السيدة المسنة", "السيدة"]
FAMILY = ["her family", "أهلها", "أسرة السيدة", "الأسرة", "أقاربها"]
NEIGHBOUR = ["neighbour", "أحد جيران", "جيران"]
recs.append({"id": i, "text": t, "published": "2016-12-30", "events": [
    {"code": "COERCE", "source": EGYPT, "target": WOMAN},
    {"code": "REJECT", "source": EGYPT, "target": WOMAN + FAMILY},
    {"code": "PROTEST", "source": ["residents", "الأهالي"], "target": []}], "claims": [
    {"speaker": ["her relatives", "أقاربها", "أهلها", "الأسرة"], "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": NEIGHBOUR, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": NEIGHBOUR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": NEIGHBOUR, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Jawhara FM: Education Minister Neji Jalloul today (Wednesday 2017-02-22), at a school health day in Bardo, says
# he will sue anyone accusing the ministry of corruption without proof. "أنه سيقاضي كل من يتهم الوزارة ... بالفساد"
# is a threat to sue (batch 30's legal threat, batch 51's intended lawsuit): THREATEN with no target (no accuser is
# named), dated; "معتبرا ذلك من قبيل الثلب" is its ground, folded in. "دعا ... كل من يتهم الوزارة بالفساد إلى تقديم
# المؤيدات، والتوجه إلى القضاء" is a call with no named addressee: REQUEST with no target, dated. Not coded: the
# ministry's own governance and anti-corruption cell and the school services office (internal), the corruption
# suspicions "التي يتم تداولها" and the prosecution of officials "تم ... تتبع العديد من المسؤولين" (passive, no
# doer), his supervising the health day (a ceremony) and the right to union work (a general view). Claims: أكد (the
# threat: warn), معتبرا (accuse), دعا (other), مبينا (assert), "وفق الوزير" (decided: it attributes a new content,
# the prosecutions, which مبينا's complement does not carry, so it is a claim: assert), أوضح (assert), قال (assert),
# مشيرا (assert) and the second أكد (assert). "وفق قوله" repeats its sentence's speaker: no claim. No alias holds
# باردو.
i = 'ant-JA-localNews-1591-20170222'
t = news_text(i)
JALLOUL = ["Neji Jalloul", "ناجي جلول", "جلول", "وزير التربية", "Tunisian Ministry of Education", "الوزارة",
           "الوزير", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-22", "events": [
    {"code": "THREATEN", "source": JALLOUL, "target": [], "date": "2017-02-22"},
    {"code": "REQUEST", "source": JALLOUL, "target": [], "date": "2017-02-22"}], "claims": [
    {"speaker": JALLOUL, "cue": cue(t, "أكد", 1), "stance": "warn"},
    {"speaker": JALLOUL, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": JALLOUL, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": JALLOUL, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "وفق", 2), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch64.gold.jsonl', recs)
