"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 62 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Jazirah: a gunman opened fire in a crowded cinema in Lafayette, Louisiana, on Thursday evening (2015-07-23,
# the most recent Thursday before the Saturday corpus date), killing two and wounding seven before killing himself.
# "مسلحاً فتح النار ... فقتل شخصين، وأصاب سبعة آخرين" is one ASSAULT gunman → the audience, dated; the witnesses'
# "وقف وسط الظلام ... وبدأ بإطلاق النار" and Craft's "شخصين قُتلا من جراء إطلاق النار" re-tell it. Not coded: the
# suicide (ينتحر، يقتل المسلح نفسه: no other party), the Aurora shooting ("إطلاق النار الذي شهدته دار للسينما": the
# cinema only witnessed it, no doer; "قُتل فيه" passive), the police's arrival (a noun), Governor Jindal's trip to
# Lafayette (no party met is named), and the authorities' identification of the gunman (decided: he is dead and they
# do not name him, so no ACCUSE as batch 27's ministry naming a bomber; the investigation is a noun); their "لم تقدم
# أي دافع" and "لم تكشف" are negated. Claims: the police's أعلنت; Craft's قال (the first), أوضح, "وقال كرافت:" and
# مضيفاً (all assert); "قالت السلطات المعنية" and "قالت السلطات" (the authorities of the case, a government, batch
# 22: two claims, assert); Jindal's "وقال في مؤتمر صحفي" (his anger and sorrow at senseless violence, naming no doer:
# assert, and no ACCUSE). "وقال شهود" is a bare group (batches 12, 20): no claim. No list holds لافايت or لويزيانا
# (places named on their own), so Craft keeps no "قائد الشرطة في لافايت" and Jindal no "حاكم لويزيانا".
i = 'snn-2015-07-25-0388'
t = news_text(i)
POLICE = ["US police", "الشرطة الأمريكية", "الشرطة", "police"]
CRAFT = ["Jim Craft", "جيم كرافت", "كرافت", "police chief", "قائد الشرطة"] + POLICE
AUTHORITIES = ["authorities", "السلطات المعنية", "السلطات"]
JINDAL = ["Bobby Jindal", "بوبي جيندال", "جيندال", "Governor Jindal"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT", "source": ["gunman", "مسلحاً", "مسلحا", "مسلح", "المسلح", "الرجل"],
     "target": ["cinema audience", "moviegoers", "الجمهور", "شخصين", "سبعة آخرين", "سبعة أشخاص", "victims"],
     "date": "2015-07-23"}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": CRAFT, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": AUTHORITIES, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": CRAFT, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AUTHORITIES, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": CRAFT, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": CRAFT, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": JINDAL, "cue": cue(t, "قال", 6), "stance": "assert"}]})
# --- Okaz: the United States announces its first air strike in Syria in defence of the rebel group it trained ("New
# Syria"). "اعلنت الولايات المتحدة ... أنها استخدمت القوة الجوية دفاعا عن ..." and "أكدت وزارة الدفاع الاميركية ...
# انها نفذت اول غارة جوية" are one strike: ASSAULT US/Pentagon with no target (the text never names whom the strike
# hit, as D3's strike on unknown owners), undated (أمس dates the announcements, not the strike); its protective
# purpose (دفاعا عن، «للدفاع» عن) is a masdar of the same act, no AID of its own (decided). "المقاتلين المعارضين الذين
# دربتهم" (and Earnest's "القوات المعارضة التي دربتها الولايات المتحدة", the same training) is a relative clause with
# its doer: training another's forces is COOPERATE (batches 53–56), undated. Earnest's "على النظام السوري «الا
# يتدخل» ... والا فإن «خطوات اضافية» قد تتخذ" is a conditional threat to the regime: one THREATEN (an ultimatum,
# batches 41–44, not a REQUEST beside it), undated (the text gives no day for his words). "حلفاء لها" and "مشاركة
# اعمق في الحرب" are nominal and the narrator's. Claims: the US's اعلنت and the Pentagon's أكدت (assert), Earnest's
# صرح (warn). The rebels keep no form holding سوريا ("سوريا الجديدة", "New Syria"), since Syria is named on its own
# and heads the regime's list. published stays the corpus date (the URL's issue is 20150805; no event is dated).
i = 'snn-2015-08-06-2779'
t = news_text(i)
US = ["United States", "الولايات المتحدة", "US", "Washington"]
PENTAGON = ["Pentagon", "US Department of Defense", "وزارة الدفاع الاميركية", "وزارة الدفاع"] + US
EARNEST = ["Josh Earnest", "جوش ايرنست", "ايرنست", "White House", "البيت الابيض"] + US
REBELS = ["Syrian rebels", "rebel fighters", "المقاتلين المعارضين", "مجموعة من المقاتلين المعارضين",
          "مقاتلين معارضين", "مجموعة مقاتلين معارضين", "القوات المعارضة"]
REGIME = ["Syrian regime", "النظام السوري", "Syrian government", "Syria", "سوريا"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": PENTAGON, "target": []},
    {"code": "COOPERATE", "source": PENTAGON, "target": REBELS},
    {"code": "THREATEN", "source": EARNEST, "target": REGIME}], "claims": [
    {"speaker": US, "cue": cue(t, "اعلنت"), "stance": "assert"},
    {"speaker": PENTAGON, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": EARNEST, "cue": cue(t, "صرح"), "stance": "warn"}]})
# --- Al-Riyadh: the New South Wales government yesterday (2015-07-23) obliged Samsung to recall thousands of washing
# machines after some 206 caught fire. "ذكرت حكومة إقليم نيو ساوث ويلز ... أمس إلزام شركة سامسونج ... باستدعاء" is the
# government's own binding order to a named company, announced in its statement: REQUEST NSW → Samsung (decided: a
# binding order to act, as batch 44 codes a government decree calling on associations to disclose their funding;
# not a sanction), dated by أمس (the statement that issues it); the closing "صدر القرار الملزم" and "جاء قرار
# الاستدعاء الإلزامي" are the same order, passive or nominal. Not coded: the fires and the burnt house (no doer),
# Samsung's sales (trade) and its voluntary recall two years ago (a noun), the repairs (passive). Claims: the
# government's ذكرت (the order: other, as batch 44's "the associations are required"), ABC's ذكرت (assert),
# "بحسب فيكتور دومينيللو" (its sentence's only attribution: assert) and the government's قالت (assert). The
# government lists Australia (a state government, named on its own in "في أستراليا"); Samsung lists no Korea.
i = 'snn-2015-07-24-1482'
t = news_text(i)
NSW = ["New South Wales government", "NSW government", "حكومة إقليم نيو ساوث ويلز", "حكومة نيو ساوث ويلز",
       "Australia", "أستراليا"]
DOMINELLO = ["Victor Dominello", "فيكتور دومينيللو", "دومينيللو", "وزير مسؤولية التجارة العادلة"] + NSW
SAMSUNG = ["Samsung", "سامسونج", "شركة سامسونج", "شركة سامسونج الكورية الجنوبية للأجهزة المنزلية"]
ABC = ["ABC", "Australian Broadcasting Corporation", "إذاعة أيه.بي.سي", "أيه.بي.سي"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": NSW, "target": SAMSUNG, "date": "2015-07-23"}], "claims": [
    {"speaker": NSW, "cue": cue(t, "ذكرت", 1), "stance": "other"},
    {"speaker": ABC, "cue": cue(t, "ذكرت", 2), "stance": "assert"},
    {"speaker": DOMINELLO, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": NSW, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Al-Yaum: US forces in Afghanistan said yesterday, Tuesday (2015-07-21), that they were responsible for the air
# attack on an Afghan checkpoint that killed seven soldiers on Monday (2015-07-20). The attack ("الهجوم الجوي على
# نقطة تفتيش أفغانية، مما أسفر عن مقتل سبعة جنود الاثنين", owned by the US in أعلنت ... أنها مسؤولة) is one ASSAULT US
# forces → the Afghan army checkpoint, dated Monday; Darwish's "هاجمت مروحيتان أمريكيتان نقطة التفتيش التابعة للجيش
# الأفغاني" and the army's "سبعة جنود قتلوا ... أمس" re-tell it. The statement's "نعرب عن أسفنا العميق لمقتل جنود
# أفغان", coming with the admission of responsibility, is an apology: SUPPORT (CAMEO 055, batches 11 and 29) US →
# the Afghan soldiers, dated by the statement (decided: regret for a death one caused is an apology, not mere
# condolence). Its مضيفا ("نقدم خالص تعازينا ... وندعو بالشفاء العاجل للمصابين") is condolences and a get-well
# prayer: neither event nor claim (batches 24, 27, 32). Taliban control of the area (يشار إلى أن) is a standing
# situation told by the narrator: no event. Claims: أعلنت (the admission: assert), the army's قال (its regret: assert)
# and أشار (assert); "قال المسؤولون الأفغان" (officials tied to a named government: assert); Darwish's قال and أضاف
# (assert). The US list keeps no bare "الجيش" (a word of "الجيش الأفغاني", the target) and no form holding
# أفغانستان; Darwish keeps no "حاكم الإقليم" form beyond his own title.
i = 'snn-2015-07-22-1745'
t = news_text(i)
USF = ["US forces", "القوات الأمريكية", "US military", "الجيش الأمريكي", "United States",
       "الولايات المتحدة"]
AFGHANS = ["Afghan soldiers", "جنود أفغان", "Afghan army", "الجيش الأفغاني", "Afghanistan", "أفغانستان"]
DARWISH = ["Din Mohammad Darwish", "دين محمد درويش", "درويش", "المتحدث باسم حاكم الإقليم", "Afghanistan"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ASSAULT", "source": USF,
     "target": ["Afghan army checkpoint", "نقطة تفتيش أفغانية", "نقطة التفتيش", "سبعة جنود"] + AFGHANS,
     "date": "2015-07-20"},
    {"code": "SUPPORT", "source": USF, "target": AFGHANS, "date": "2015-07-21"}], "claims": [
    {"speaker": USF, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": USF, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": USF, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ["Afghan officials", "المسؤولون الأفغان", "Afghanistan", "أفغانستان"], "cue": cue(t, "قال", 2),
     "stance": "assert"},
    {"speaker": DARWISH, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": DARWISH, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Okaz: the UN Security Council yesterday (2015-08-07) adopted a resolution setting up an expert panel to identify
# those responsible for chlorine attacks in Syria, after Kerry won Moscow's support. "تبنى مجلس الأمن الدولي أمس
# قرارا بتشكيل لجنة خبراء سيكلفون بتحديد هوية المسؤولين" sets up an investigation: ACCUSE (investigation, README
# batches 41–44) with no target (the perpetrators are unnamed; the attacks have no doer), dated. "حصل وزير الخارجية
# الأمريكي جون كيري على دعم موسكو" names the supporter in the clause: SUPPORT Russia → Kerry (as rasd's fix for
# "دعم X لـY" reads such support), undated (before the vote). Not coded: the vote (a noun), the text negotiated for
# months (passive), the possible sanctions (hypothetical), the narrator's "مؤشر نادر إلى التعاون بين الدولتين" and
# the attacks (وقعت, no doer). Claims: "بحسب القرار" (the Council's text, its sentence's only attribution: assert).
i = 'snn-2015-08-08-1213'
t = news_text(i)
UNSC = ["UN Security Council", "مجلس الأمن الدولي", "مجلس الأمن", "United Nations", "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ACCUSE", "source": UNSC, "target": [], "date": "2015-08-07"},
    {"code": "SUPPORT", "source": ["Russia", "روسيا", "Moscow", "موسكو"],
     "target": ["John Kerry", "جون كيري", "كيري", "US Secretary of State", "وزير الخارجية الأمريكي",
                "United States", "الولايات المتحدة"]}], "claims": [
    {"speaker": UNSC, "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Jawhara FM: after the "5+5" meeting of government members and a UTAP delegation at the Government Palace in the
# Kasbah, agriculture minister Samir Taieb says this afternoon (Tuesday 2017-02-28) that milk and cereal prices will
# rise. The meeting ("اجتماع 5 زائد 5، الذي ضم عددا من أعضاء الحكومة ووفدا من الاتحاد التونسي للفلاحة والصيد
# البحري، بقصر الحكومة") is one CONSULT, the visiting UTAP delegation the source and the hosting government the target
# (GUIDELINES), dated (إثر: right before his statement); its agreements ("وقع الاتفاق"، "تم الاتفاق" twice، "اتفق
# المجتمعون"، "أقر الاجتماع") are one reciprocal AGREE with both sides in the source and no target (batches 12, 49),
# same day. The agreed measures (price rises, the compensation fund, the aid to stricken farmers, the credit line)
# are the agreement's content, nouns and passives (سيقع الترفيع), no events of their own. Claims: Taieb's أفاد, "حسب
# الطيب" (its sentence's only attribution), أوضح and "حسب سمير الطيب" (all assert); "وقد اتفق المجتمعون" is the
# narrator's.
i = 'ant-JA-economy-126-20170228'
t = news_text(i)
GOVT = ["Tunisian government", "أعضاء الحكومة", "الحكومة", "Samir Taieb", "سمير الطيب", "الطيب", "وزير الفلاحة",
        "Minister of Agriculture", "Tunisia"]
TAIEB = ["Samir Taieb", "سمير الطيب", "الطيب", "وزير الفلاحة", "Minister of Agriculture", "Tunisian government",
         "Tunisia"]
UTAP = ["UTAP", "Tunisian Union of Agriculture and Fisheries", "الاتحاد التونسي للفلاحة والصيد البحري",
        "وفدا من الاتحاد التونسي للفلاحة والصيد البحري", "الاتحاد"]
recs.append({"id": i, "text": t, "published": "2017-02-28", "events": [
    {"code": "CONSULT", "source": UTAP, "target": GOVT, "date": "2017-02-28"},
    {"code": "AGREE", "source": UTAP + GOVT, "target": [], "date": "2017-02-28"}], "claims": [
    {"speaker": TAIEB, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": TAIEB, "cue": cue(t, "حسب", 1), "stance": "assert"},
    {"speaker": TAIEB, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": TAIEB, "cue": cue(t, "حسب", 2), "stance": "assert"}]})
# --- Jawhara FM: Ennahda's statement of today (Monday 17 April 2017) on the social protests. Every act is the
# statement's, so all are dated by it (the lead re-tells the same statement, as batch 50). "عبّرت ... عن تفهمها
# للاحتجاجات" is sympathy with no named recipient: SUPPORT with no target (batch 12 codes "عبر عن تفهمه لبعض
# المقترحات" so). "داعية المواطنين إلى المحافظة على هذا المكسب ..." is REQUEST to the citizens (batches 33–34);
# "دعت ... الحكومة إلى التفاعل الإيجابي مع هذه المطالب عبر الحوار" REQUEST to the government; "دعت النهضة كافة
# الفاعلين السياسيين والاجتماعيين إلى دعم الاستقرار" a call on everyone, REQUEST with no target (batch 56's "جميع
# الأطراف"). "أشارت إلى أنها سجلت ... استهدافا ممنهجا لمناخ التوافق ... من قبل أطراف" blames unnamed parties: ACCUSE
# with no target. The Paris meeting between the president and Ennahda's leader is a noun in the background (اجتماع
# باريس): not coded. Claims: عبّرت (assert), داعية، دعت، دعت (other), أشارت (accuse); "وفق نص البيان" repeats its
# sentence's speaker.
i = 'ant-JA-localNews-3450-20170417'
t = news_text(i)
ENNAHDA = ["Ennahda", "Ennahda Movement", "حركة النهضة", "النهضة", "الحركة"]
recs.append({"id": i, "text": t, "published": "2017-04-17", "events": [
    {"code": "SUPPORT", "source": ENNAHDA, "target": [], "date": "2017-04-17"},
    {"code": "REQUEST", "source": ENNAHDA, "target": ["citizens", "المواطنين"], "date": "2017-04-17"},
    {"code": "REQUEST", "source": ENNAHDA, "target": ["Tunisian government", "الحكومة", "Tunisia"],
     "date": "2017-04-17"},
    {"code": "ACCUSE", "source": ENNAHDA, "target": [], "date": "2017-04-17"},
    {"code": "REQUEST", "source": ENNAHDA, "target": [], "date": "2017-04-17"}], "claims": [
    {"speaker": ENNAHDA, "cue": cue(t, "عبّرت"), "stance": "assert"},
    {"speaker": ENNAHDA, "cue": cue(t, "داعية"), "stance": "other"},
    {"speaker": ENNAHDA, "cue": cue(t, "دعت", 1), "stance": "other"},
    {"speaker": ENNAHDA, "cue": cue(t, "أشارت"), "stance": "accuse"},
    {"speaker": ENNAHDA, "cue": cue(t, "دعت", 2), "stance": "other"}]})
# --- Jawhara FM: tension in Zeramdine today (Wednesday 2017-02-08) after the security forces broke up a month-long
# sit-in at the municipality. "وحدات الأمن التي تدخلت اليوم وقامت باعتقال نحو 15 شابا من بين المشاركين في
# الاعتصام" is a relative clause with its doer; with the lead's "تدخل الأمن لفض اعتصام" it is one COERCE (dispersal and
# arrests), dated. "قام محتجون بإحراق العجلات المطاطية وغلق الطريق الرئيسية" is PROTEST, no target (README: a protest
# needs none; batch 44 leaves a protest over a police act without one), dated today (the reaction to today's
# intervention). The sit-in itself ("دخلوا منذ قرابة الشهر في اعتصام مفتوح بمقر بلدية زرمدين") is a second PROTEST,
# no target (its object is a competition's result, batch 30), undated. Not coded: the lawyers and witnesses going to
# the detention centre "للدفاع عن الموقوفين" (decided: travel with a nominal purpose) and the detainees' charges of
# rioting (passive, no doer). Claims: Zaghouani's "بحسب ما صرح به" (its sentence's attribution, the phrase as cue,
# as batch 51's "بحسب ما أكده": assert) and أضاف (assert); the protesters, tied to a named town (batches 31, 51),
# "ما اعتبروه استعمالا مفرطا للقوة" (embedded in his report, its own claim: accuse) and the sit-in's purpose
# "للتعبير عن رفضهم" (batch 30: deny), whose "ما أسموه" is inside it (no second claim). "يذكر أن" is the narrator.
# No alias holds زرمدين or المنستير (places named on their own).
i = 'ant-JA-localNews-918-20170208'
t = news_text(i)
PROTESTERS = ["protesters", "محتجون", "المحتجين", "عدد من المحتجين"]
SECURITY = ["security units", "وحدات الأمن", "الأمن", "Tunisian security forces"]
ZAGHOUANI = ["Montasser Zaghouani", "منتصر الزغواني", "الزغواني", "civil society activist"]
recs.append({"id": i, "text": t, "published": "2017-02-08", "events": [
    {"code": "COERCE", "source": SECURITY,
     "target": ["15 young men", "نحو 15 شابا", "15 شابا", "sit-in participants", "المشاركين في الاعتصام",
                "الموقوفين", "detainees"], "date": "2017-02-08"},
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2017-02-08"},
    {"code": "PROTEST", "source": PROTESTERS, "target": []}], "claims": [
    {"speaker": PROTESTERS, "cue": cue(t, "اعتبروه"), "stance": "accuse"},
    {"speaker": ZAGHOUANI, "cue": cue(t, "بحسب ما صرح به"), "stance": "assert"},
    {"speaker": ZAGHOUANI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": PROTESTERS, "cue": cue(t, "للتعبير"), "stance": "deny"}]})
# --- Jawhara FM: Nidaa Tounes MP Lamia Mlayeh says today (Monday 2017-05-29) that the party signed an agreement with
# the Communist Party of China. "وفدا يمثّل نداء تونس ... تحوّل مؤخرا إلى الصين" is a visit to the host that invited
# it: CONSULT Nidaa → CPC, undated (مؤخرا). "على اثر دعوة تلقاها من الحزب الصيني" names the inviter: an invitation,
# AGREE CPC → Nidaa (GUIDELINES), undated. "توجت هذه الزيارة بتوقيع مذكرة تفاهم وصداقة وشراكة مع الحزب الشيوعي
# الصيني" (the lead's "توقيع اتفاقية" re-tells it) is a signing with both parties named: one reciprocal SUPPORT, both
# in the source (batches 34, 47), undated. Not coded: "هناك مشاورات حالية مع دولتين اثنتين" (existential, the states
# unnamed), the Silk Road project and the CPC's economic role (descriptions). Claims: أكدت (the signing: assert),
# قالت (assert), the second أكدت (the need to learn from China: other), أشارت and كشفت (assert); "بحسب تعبيرها"
# repeats its sentence's speaker. Mlayeh speaks as the party's representative, so her list holds Nidaa Tounes; no
# list holds Tunisia (Nidaa's name holds تونس; batches 12 and 48).
i = 'ant-JA-politic-482-20170529'
t = news_text(i)
MLAYEH = ["Lamia Mlayeh", "لمياء المليح", "المليح", "النائبة", "Nidaa Tounes", "نداء تونس", "حزب نداء تونس"]
NIDAA = ["Nidaa Tounes delegation", "وفدا يمثّل نداء تونس", "Hafedh Caid Essebsi", "حافظ قايد السبسي",
         "Sofiane Toubal", "سفيان طوبال"] + MLAYEH
CPC = ["Communist Party of China", "CPC", "الحزب الشيوعي الصيني", "الحزب الصيني", "China", "الصين"]
recs.append({"id": i, "text": t, "published": "2017-05-29", "events": [
    {"code": "CONSULT", "source": NIDAA, "target": CPC},
    {"code": "AGREE", "source": CPC, "target": NIDAA},
    {"code": "SUPPORT", "source": NIDAA + CPC, "target": []}], "claims": [
    {"speaker": MLAYEH, "cue": cue(t, "أكدت", 1), "stance": "assert"},
    {"speaker": MLAYEH, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MLAYEH, "cue": cue(t, "أكدت", 2), "stance": "other"},
    {"speaker": MLAYEH, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": MLAYEH, "cue": cue(t, "كشفت"), "stance": "assert"}]})
# --- Jawhara FM: the Gafsa public prosecutor today (Wednesday 2017-05-24) orders the arrest of three suspects in
# insurance fraud. "أذن وكيل الجمهورية ... بإيقاف 3 أشخاص مشتبه بهم" is an arrest order carried out (the detainees are
# "الموقوفين"): COERCE prosecutor → suspects (batch 14's prosecution order; README: a warrant that led to an arrest),
# dated. "وقد وجّهت لهم تهم تدليس ..." and his "يشتبه في تكوين الموقوفين ... لشبكة" are charges the prosecutor himself
# reports: one ACCUSE prosecutor → suspects (decided: as batches 15–16 give a passive arrest to the police that
# reports it; a prosecutor's charges are ACCUSE, batches 41–44), undated (the day is tied to the order only). "الأبحاث
# التي قامت بها فرقة الشرطة العدلية" is a relative clause with its doer: the police investigation, ACCUSE police →
# the network (batches 39, 51), undated. Not coded: the fraud on insurance companies (a swindle, batch 27), the
# suspects' coming appearance before the prosecution (procedure). Claims: "حسب ما أفاد به" (its sentence's only
# attribution, the phrase as cue, batch 52: accuse), أضاف and مبينا (accuse: others probably involved), and "وفق
# نفس المصدر" (the only attribution of its يشار إلى أن sentence: assert); "حسب الأبحاث" and "حسب الملفّات" cite
# evidence inside مبينا's statement, no speaker of their own. No alias holds قفصة (named on its own).
i = 'ant-JA-localNews-4285-20170524'
t = news_text(i)
KHELIFI = ["Mohamed Khelifi", "محمد الخليفي", "الخليفي", "public prosecutor", "وكيل الجمهورية",
           "Public Prosecution", "النيابة العمومية"]
SUSPECTS = ["three suspects", "3 أشخاص مشتبه بهم", "3 أشخاص", "أشخاص مشتبه بهم", "الموقوفين", "الموقوفون",
            "traffic policeman", "عون شرطة مرور", "taxi driver", "سائق سيارة أجرة تاكسي"]
recs.append({"id": i, "text": t, "published": "2017-05-24", "events": [
    {"code": "COERCE", "source": KHELIFI, "target": SUSPECTS, "date": "2017-05-24"},
    {"code": "ACCUSE", "source": KHELIFI, "target": SUSPECTS},
    {"code": "ACCUSE", "source": ["judicial police", "فرقة الشرطة العدلية", "الشرطة العدلية", "Tunisian police"],
     "target": SUSPECTS + ["fraud network", "شبكة مختصّة في التحيّل"]}], "claims": [
    {"speaker": KHELIFI, "cue": cue(t, "حسب ما أفاد به"), "stance": "accuse"},
    {"speaker": KHELIFI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": KHELIFI, "cue": cue(t, "مبينا"), "stance": "accuse"},
    {"speaker": KHELIFI, "cue": cue(t, "وفق"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch62.gold.jsonl', recs)
