"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 76 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: the Saudi Organization for Certified Public Accountants (SOCPA) signs a cooperation agreement with
# the National Center for Assessment (Qiyas) on Wednesday 13/10/1436 AH = 29/7/2015. "وقعت الهيئة ... اتفاقية تعاون
# مع المركز الوطني للقياس والتقويم" is signing an agreement: SUPPORT (GUIDELINES), the signer the source and "مع" the
# other party the target (batch 47's Nesma–KAUST), dated 2015-07-29 (the weekday agrees); "وقع الاتفاقية من جانب
# الهيئة ... المغامس، فيما مثل المركز ... فيصل بن عبدالله المشاري" re-tells the same signing, so each signatory joins
# his body's list. The exams Qiyas is to run (تهدف هذه الاتفاقية إلى تنفيذ، من المقرر أن يكون أول اختبار ينفذه) are
# the agreement's purpose, not a clause of their own (batch 47: no AGREE); SOCPA's plan to hold three exams a year is
# its own work. Claims: al-Mughames's "صرح ... قائلا" is one statement (cue صرح, as batch 27 takes "أوضح ... قائلاً");
# the quote's second paragraph goes on with no new reporting verb; "يذكر أن" is the narrator and "يتوقع أن" impersonal.
i = 'snn-2015-08-01-0241'
t = news_text(i)
SOCPA = ["Saudi Organization for Certified Public Accountants", "SOCPA", "الهيئة السعودية للمحاسبين القانونيين",
         "الهيئة", "Ahmed al-Mughames", "أحمد بن أحمد المغامس", "المغامس", "أمين عام الهيئة"]
QIYAS = ["National Center for Assessment", "Qiyas", "المركز الوطني للقياس والتقويم", "مركز قياس", "قياس", "المركز",
         "Faisal bin Abdullah al-Mishari Al Saud", "فيصل بن عبدالله المشاري آل سعود", "فيصل بن عبدالله المشاري",
         "رئيس المركز"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "SUPPORT", "source": SOCPA, "target": QIYAS, "date": "2015-07-29"}], "claims": [
    {"speaker": SOCPA, "cue": cue(t, "صرح"), "stance": "assert"}]})
# --- SaudiNewsNet: the Russian authorities arrest a 67-year-old serial killer, Tatiana Samsonova, after a camera
# filmed her carrying remains. "ألقت السلطات الروسية القبض على السفاحة" is COERCE, and the police statement's "تم
# القبض على تاتيانا سامسونوفا" re-tells it (with the seizure of her diaries, تم التحفظ): one COERCE, undated (أخيراً).
# Her killings are told with her as doer ("التي ارتكبت جرائم"، "قامت بجريمتها"، "بقتلها لعشرة أشخاص" inside her
# own confession) and their victims listed by the police: one ASSAULT (a series of murders, one campaign, as batch 53
# folds a listed campaign into one ASSAULT) against the victims, undated (the first twenty years ago). "اكتشف
# المحققون بأنها هي المسؤولة ... ليواجهوها" is a police investigation naming the killer: ACCUSE (README, batch 9),
# undated. Her refusal to give details (رفضت الخوض في أي تفاصيل) is "declined to comment": nothing. Claims: the
# police's أعلنت (assert); her diaries "ومما ورد في مذكرات ... أن أول جريمة لها كانت قبل 20 عاماً" (cue ورد) and
# "وذكرت كيف قامت بجريمتها" (one sentence, two contents, so two claims, as batch 51's أشار and حث), and her two
# confessions (تعترف in the diaries, تعترف to the investigators): an identified suspect's confessions are claims
# (batches 14, 30, 39), all assert. "ومما ورد في بيان الشرطة الروسية ... أن من بين ضحايا السفاحة" is the police
# statement's second content (the victims), so a claim with cue ورد; its relative "الذي أعلنوا فيها القبض عليها"
# repeats the first announcement: no claim. The victims keep no "ضحايا السفاحة" form (it holds her own alias).
i = 'snn-2015-08-04-0588'
t = news_text(i)
RU_POLICE = ["Russian police", "الشرطة الروسية", "Russian authorities", "السلطات الروسية", "investigators",
             "المحققون", "Russia", "روسيا"]
SAMSONOVA = ["Tatiana Samsonova", "تاتيانا سامسونوفا", "تاتيانا", "سامسونوفا", "السفاحة", "السفاحة الروسية",
             "العجوز السفاحة", "المسنة"]
VICTIMS = ["murder victims", "ضحاياها", "عشرة أشخاص", "her husband", "زوجها",
           "a famous actress", "ممثلة مشهور", "her colleague", "زميلتها في العمل", "her lodger"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "COERCE", "source": RU_POLICE, "target": SAMSONOVA},
    {"code": "ASSAULT", "source": SAMSONOVA, "target": VICTIMS},
    {"code": "ACCUSE", "source": RU_POLICE, "target": SAMSONOVA}], "claims": [
    {"speaker": RU_POLICE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": SAMSONOVA, "cue": cue(t, "تعترف", 1), "stance": "assert"},
    {"speaker": SAMSONOVA, "cue": cue(t, "ورد", 1), "stance": "assert"},
    {"speaker": SAMSONOVA, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": SAMSONOVA, "cue": cue(t, "تعترف", 2), "stance": "assert"},
    {"speaker": RU_POLICE, "cue": cue(t, "ورد", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Ain Alyoum): a Syrian warplane crashes yesterday (Monday 2015-08-03) while bombing a district of
# Ariha (Idlib), killing at least 31, per the Syrian Observatory. "أثناء قصفها حيا في وسط مدينة أريحا" is the Syrian
# warplane's bombing: ASSAULT Syria (the regime's air force) → Ariha, dated by أمس (decided: the crash, from a
# technical fault, has no actor, but the bombing it interrupted has one; the 31 dead come from the crash, folded in as
# the same incident); Abdel Rahman's "تحطمت طائرة حربية أثناء قصفها حيا في أريحا" re-tells it. "بمحافظة إدلب التي
# تسيطر عليها فصائل المعارضة منذ 28 مايو الماضي" is a relative clause with its doer: occupation, COERCE (batches
# 10–14, 48, 50, 60), dated by the day the text gives for the seizure (2015-05-28; decided). "تم إسقاط بعضها من فصائل
# المعارضة" is passive with its agent named: ASSAULT opposition → regime forces, undated. "بعد معارك عنيفة خاضتها
# (قوات النظام) ضد ائتلاف يضم جبهة النصرة وفصائل إسلامية" is a relative clause with its doer: ASSAULT regime →
# the coalition, undated (since late March). Not coded: the regime's losing the cities (خسرت: a defeat, no act on a
# party), "حربها ضد مقاتلي المعارضة وتنظيم داعش" (a noun), the crash and the fault. Claims: "وفق ما أعلن المرصد" (its
# sentence's only attribution), Abdel Rahman's قال، أوضح، أشار، مضيفا and the second قال, all assert. "نقلا عن مصادر
# طبية وسكان الحي" and "نقل المرصد عن سكان محليين" quote bare sources (GUIDELINES): no claims, and the Observatory, as
# conduit, none either.
i = 'snn-2015-08-04-0825'
t = news_text(i)
REGIME = ["Syrian regime forces", "قوات النظام", "Syrian government", "Syrian air force", "Syria", "سورية", "سوريا"]
OPPOSITION = ["Syrian opposition factions", "فصائل المعارضة", "مقاتلي المعارضة", "Syrian opposition"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "المرصد السوري لحقوق الإنسان", "المرصد"]
RAMI = ["Rami Abdel Rahman", "رامي عبد الرحمن", "عبد الرحمن", "مدير المرصد"] + SOHR
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ASSAULT", "source": REGIME, "target": ["Ariha", "أريحا", "residents of Ariha", "سكان المدينة"],
     "date": "2015-08-03"},
    {"code": "COERCE", "source": OPPOSITION, "target": ["Idlib province", "إدلب", "محافظة إدلب", "Ariha", "أريحا"],
     "date": "2015-05-28"},
    {"code": "ASSAULT", "source": OPPOSITION, "target": REGIME},
    {"code": "ASSAULT", "source": REGIME,
     "target": ["Army of Conquest coalition", "ائتلاف يضم جبهة النصرة", "Nusra Front", "جبهة النصرة",
                "Islamist factions", "فصائل إسلامية مقاتلة", "فصائل إسلامية"]}], "claims": [
    {"speaker": SOHR, "cue": cue(t, "وفق ما أعلن"), "stance": "assert"},
    {"speaker": RAMI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": RAMI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": RAMI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": RAMI, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": RAMI, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet: David Cameron denies he was recruited by the KGB at 18 (via The Telegraph). "نفى ... أنه قد تم
# تجنيده" and the closing "طمأن كاميرون انه لم ينضم ... لجهاز المخابرات الروسي" are one denial with no accuser
# named: one REJECT with no target (batches 15, 19, 49), undated. His account "التقى اثنين من الباعة الروس" (with the
# dinner the two took him to, "قام الروسيان بأخذ كاميرون وصديقه لتناول العشاء", the same encounter) is a historical
# clause with its doer inside a statement (README, batches 37–40): one CONSULT, Cameron (who met them) the source,
# undated (no day). "وأكد كاميرون ان شكوكه ... قد أكدها أستاذ له بأنها محاولة لتجنيده" charges the two with a
# recruitment attempt for the KGB, which the analyst calls "اتهام كاميرون": ACCUSE Cameron → the two Russians / the
# KGB, undated. The Russian analyst Gennady Sokolov's reply ("لم يجد في محفوظات ال كي.جي.بي ما يثبت صحة اتهام
# كاميرون") is an explicit denial of the accusation: REJECT Sokolov → Cameron (README: a rebuttal is REJECT with an
# explicit denial), undated. The questioning (تم استجوابهم) is passive. Claims: Cameron's نفى (deny), قال (assert),
# أكد (accuse) and طمأن (deny); the teacher's أكدها is embedded speech of a speaker tied to a named person (a teacher
# of Cameron's; README: embedded speech is its own claim, batch 21: a source close to a named person), accuse;
# Sokolov's قال (deny). "بحسب صحيفة التلغراف" names the paper the statement was taken from: a conduit, no claim
# (batches 8–9).
i = 'snn-2015-08-01-0553'
t = news_text(i)
CAMERON = ["David Cameron", "ديفيد كاميرون", "كاميرون", "رئيس الحكومة البريطانية", "رئيس الحكومة",
           "British Prime Minister", "United Kingdom", "Britain", "بريطانيا"]
TWO_RUSSIANS = ["two Russian vendors", "اثنين من الباعة الروس", "الباعة الروس", "الروسيان", "الشخصين المجهولين"]
KGB = ["KGB", "كي.جي.بي", "كي جي بي", "المخابرات الروسية", "جهاز المخابرات الروسي"]
SOKOLOV = ["Gennady Sokolov", "غينيادي سوكولو", "سوكولو", "المحلل الأمني الروسي"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REJECT", "source": CAMERON, "target": []},
    {"code": "CONSULT", "source": CAMERON, "target": TWO_RUSSIANS},
    {"code": "ACCUSE", "source": CAMERON, "target": TWO_RUSSIANS + KGB},
    {"code": "REJECT", "source": SOKOLOV, "target": CAMERON}], "claims": [
    {"speaker": CAMERON, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": CAMERON, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": CAMERON, "cue": cue(t, "أكد", 1), "stance": "accuse"},
    {"speaker": ["Cameron's teacher", "أستاذ له", "أستاذ"], "cue": cue(t, "أكدها"), "stance": "accuse"},
    {"speaker": SOKOLOV, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": CAMERON, "cue": cue(t, "طمأن"), "stance": "deny"}]})
# --- SaudiNewsNet (Ain Alyoum, Jerusalem): two Israelis, whom the authorities call Jewish extremists, are charged
# "اليوم الأربعاء" with setting fire to the Church of the Multiplication (Tabgha). The charge is passive (وجهت
# اتهامات), but its sentence names the authorities who call the two extremists (وصفتهما السلطات) and the Shin Bet's
# statement gives their extremist ideology: one ACCUSE by the Israeli authorities (the Shin Bet in the same list) of
# the two suspects, dated by the text's weekday, Wednesday 2015-07-29 (README: a weekday the text gives wins over the
# corpus date, 2015-07-31, a Friday). The arson is the charge's content told as a verbal noun (بإحراق) and "ووقع الهجوم
# يوم 18 يونيو" a noun with no doer (batches 69–72: no event of its own); the 40 hate crimes, the graffiti (كتبت) and
# the court session's petitions are passive or nominal. Claims: the authorities' وصفتهما (an evaluation of their own,
# as batch 30 counts وصفه; accuse) and the Shin Bet's قال (accuse).
i = 'snn-2015-07-31-0153'
t = news_text(i)
ISRAEL = ["Israeli authorities", "السلطات", "Shin Bet", "شين بيت", "جهاز المخابرات الداخلية الإسرائيلي",
          "Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": ISRAEL,
     "target": ["two Israeli suspects", "اثنين من الإسرائيليين", "المشتبه بهما", "يهوديان متطرفان"],
     "date": "2015-07-29"}], "claims": [
    {"speaker": ["Israeli authorities", "السلطات", "Israel", "إسرائيل"], "cue": cue(t, "وصفتهما"), "stance": "accuse"},
    {"speaker": ISRAEL[2:], "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- Jawhara FM: Fayez al-Sarraj and Khalifa Haftar issue today (Wednesday 2017-05-03) a joint statement on the
# agreement they reached yesterday (Tuesday 2017-05-02) in Abu Dhabi. "الاجتماع الذي جمعهما" (with "ناقش الطرفان خلال
# الاجتماع", the same meeting) is a meeting named by a noun whose attendees are named: one reciprocal CONSULT with
# both in the source and no target, and "الاتفاق الذي عقد بينهما" with "تم الاتفاق على مجموعة من المبادئ" one
# reciprocal AGREE (README, batches 69–72), both dated 2017-05-02. Mohammed bin Zayed's invitation (بدعوة من) and the
# Emirati sponsorship (برعاية إماراتية) are nouns: not coded, and the UAE is not made the meeting's host (decided: the
# text says only that he invited them). "ووجه السراج وحفتر التحية للشعب الليبي على تضحياته" is praise: SUPPORT of the
# Libyan people; "تقدما بالشكر لدولة الإمارات ... ومصر وتونس والجزائر ... والأمم المتحدة" thanks to separate parties:
# one SUPPORT (one clause, one compound target; batches 13, 22, 32 code thanks as SUPPORT), both dated by today's
# statement. The principles (unity, the war on terror, lifting the arms embargo) are the agreement's content. Claims:
# أوضحا (the statement, issued today), "وجاء في البيان", "وأضاف البيان", and "بحسب البيان الصادر عن السراج وحفتر"
# (its sentence's only attribution), all assert. "وجه التحية" and "تقدما بالشكر" are no reporting cues (batch 24's
# "قدم شكره").
i = 'ant-JA-internationalNews-805-20170503'
t = news_text(i)
SARRAJ_HAFTAR = ["Fayez al-Sarraj", "فايز السراج", "السراج", "رئيس حكومة الوفاق الليبية", "Government of National Accord",
                 "حكومة الوفاق الليبية", "حكومة الوفاق", "Khalifa Haftar", "خليفة حفتر", "حفتر", "قائد الجيش الوطني",
                 "Libyan National Army", "الجيش الوطني", "الطرفان", "Libya", "ليبيا"]
THANKED = ["United Arab Emirates", "الإمارات العربية المتحدة", "دولة الإمارات العربية المتحدة", "الإمارات", "UAE",
           "Egypt", "مصر", "جمهورية مصر العربية", "Tunisia", "تونس", "Algeria", "الجزائر", "neighbouring states",
           "دول الجوار", "United Nations", "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2017-05-03", "events": [
    {"code": "CONSULT", "source": SARRAJ_HAFTAR, "target": [], "date": "2017-05-02"},
    {"code": "AGREE", "source": SARRAJ_HAFTAR, "target": [], "date": "2017-05-02"},
    {"code": "SUPPORT", "source": SARRAJ_HAFTAR, "target": ["Libyan people", "الشعب الليبي", "المواطن الليبي"],
     "date": "2017-05-03"},
    {"code": "SUPPORT", "source": SARRAJ_HAFTAR, "target": THANKED, "date": "2017-05-03"}], "claims": [
    {"speaker": SARRAJ_HAFTAR, "cue": cue(t, "أوضحا"), "stance": "assert"},
    {"speaker": SARRAJ_HAFTAR, "cue": cue(t, "جاء"), "stance": "assert"},
    {"speaker": SARRAJ_HAFTAR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SARRAJ_HAFTAR, "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Jawhara FM: the French vote today (Sunday 2017-06-18) in the second round of the legislative elections. Voting,
# polling stations opening and the polls' forecasts are no PLOVER events (elections, as batch 6's notices). Claims:
# the voter Jeanne (named, 60): her "إنها جاءت للتصويت" has lost its verb in the text, so only "وعبرت عن أسفها" is a
# cue (assert); Macron's "ويشدد ... على ثلاث أولويات" (assert). "تشير استطلاعات الرأي" is polls, a bare source.
i = 'ant-JA-internationalNews-1185-20170618'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-06-18", "events": [], "claims": [
    {"speaker": ["Jeanne", "جان", "French voter"], "cue": cue(t, "عبرت"), "stance": "assert"},
    {"speaker": ["Emmanuel Macron", "إيمانويل ماكرون", "ماكرون", "France", "فرنسا"], "cue": cue(t, "يشدد"),
     "stance": "assert"}]})
# --- Jawhara FM: Mustapha Ben Jaafar, in a statement issued today (Friday 2017-05-12), calls on ISIE president Chafik
# Sarsar and his two resigning colleagues to withdraw their resignation, after meeting them yesterday. "دعا ... صرصار
# وزميليه ... إلى العدول عن قرارهم" is REQUEST to the three; "كما دعا أيضا في بيان أصدره اليوم الجمعة ... الرأي العام
# وكل مكونات المجتمع المدني إلى اليقظة" a second REQUEST with other addressees; both dated 2017-05-12 (the statement
# today; the first call is read as part of it). "إثر لقاء جمعه أمس الخميس بالمستقيلين" is a meeting with its
# attendees named by the verb جمعه: CONSULT, Ben Jaafar (first named) the source and the resigners the target, dated
# 2017-05-11. The resignation (الإعلان عن هذه الإستقالة) is a noun; the obstruction he warns of has no named doer.
# Claims: دعا (other), معتبرا (the resignation a "ناقوس الخطر": warn), the second دعا (other), اعتبر (warn).
i = 'ant-JA-politic-421-20170512'
t = news_text(i)
BEN_JAAFAR = ["Mustapha Ben Jaafar", "مصطفى بن جعفر", "بن جعفر", "الرئيس السابق للمجلس الوطني التأسيسي"]
RESIGNERS = ["Chafik Sarsar", "شفيق صرصار", "صرصار", "رئيس الهيئة العليا المستقلة للإنتخابات", "زميليه",
             "resigning ISIE members", "المستقيلين", "المستقيلين من الهيئة الإنتخابية", "ISIE",
             "الهيئة العليا المستقلة للإنتخابات"]
recs.append({"id": i, "text": t, "published": "2017-05-12", "events": [
    {"code": "REQUEST", "source": BEN_JAAFAR, "target": RESIGNERS, "date": "2017-05-12"},
    {"code": "REQUEST", "source": BEN_JAAFAR,
     "target": ["public opinion", "الرأي العام", "civil society", "مكونات المجتمع المدني", "المجتمع المدني"],
     "date": "2017-05-12"},
    {"code": "CONSULT", "source": BEN_JAAFAR, "target": RESIGNERS, "date": "2017-05-11"}], "claims": [
    {"speaker": BEN_JAAFAR, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": BEN_JAAFAR, "cue": cue(t, "معتبرا"), "stance": "warn"},
    {"speaker": BEN_JAAFAR, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": BEN_JAAFAR, "cue": cue(t, "اعتبر"), "stance": "warn"}]})
# --- Jawhara FM: President Beji Caid Essebsi will visit Germany on 12–13 June for the G20 "Compact with Africa"
# conference in Berlin. The scheduled visit is AGREE (README: scheduled visits, one per destination) towards Germany,
# undated (two days given, as batch 41 leaves a two-day span). The German ambassador Andreas Reinicke's account:
# "المستشارة الالمانية ... تمسكت بتشريك تونس في هذه المبادرة" is endorsement of Tunisia: SUPPORT Merkel → Tunisia
# (decided), and "اللقاء الذي جمعها برئيس الحكومة، يوسف الشاهد، خلال شهر فيفري في برلين" a relative clause with its
# doer: CONSULT with Chahed (who came to Berlin) the source and Merkel the host, both undated (month only). "على بلدان
# مجموعة العشرين التنسيق ... كما ينبغي عليها التعهد بتحفيز المستثمرين" is a call on the G20: REQUEST, undated. Not
# coded: "المبادرة التي اطلقتها المانيا" (launching a programme, no party acted on: decided), the passive "سيتم
# تنفيذها بالتعاون" and "تم اختيار مجموعة اولى من البلدان". Claims: Reinicke's أوضح، أضاف، قال، بين (assert) and اشار
# (a call: other). His "السفير الالماني بتونس" holds تونس, an actor of the article, so it is left out of his list.
i = 'ant-JA-politic-493-20170610'
t = news_text(i)
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "قايد السبسي", "السبسي", "رئيس الجمهورية", "Tunisia", "تونس"]
GERMANY = ["Germany", "ألمانيا", "المانيا", "المانية", "Berlin", "برلين"]
MERKEL = ["Angela Merkel", "انجيلا ميركل", "ميركل", "المستشارة الالمانية", "Germany", "ألمانيا", "المانيا"]
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisia", "تونس"]
REINICKE = ["Andreas Reinicke", "اندرياس رينيك", "رينيك", "German ambassador", "السفير", "Germany", "ألمانيا",
            "المانيا"]
recs.append({"id": i, "text": t, "published": "2017-06-10", "events": [
    {"code": "AGREE", "source": ESSEBSI, "target": GERMANY},
    {"code": "SUPPORT", "source": MERKEL, "target": ["Tunisia", "تونس"]},
    {"code": "CONSULT", "source": CHAHED, "target": MERKEL},
    {"code": "REQUEST", "source": REINICKE,
     "target": ["G20", "مجموعة العشرين", "بلدان مجموعة العشرين", "مجموعة ال20"]}], "claims": [
    {"speaker": REINICKE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": REINICKE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": REINICKE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": REINICKE, "cue": cue(t, "بين", 2), "stance": "assert"},
    {"speaker": REINICKE, "cue": cue(t, "اشار"), "stance": "other"}]})
# --- Jawhara FM: the National Guard's research and inspection brigade in Manouba arrested, at the end of last week,
# three followers of the hardline preacher Kamel Zarrouk on a charge of belonging to a terrorist group. "تمكن أعوان
# فرقة الابحاث والتفتيش ... من إيقاف 3 شبان" is COERCE, undated (a weekend, two days). "تولت فرقة الابحاث ... فتح
# تحقيق حول التسجيلات ليتوصل الاعوان الى التعرف على هويات 3 شبان" is an investigation naming its suspects: ACCUSE
# (batches 9, 44, 51, 60), undated. Zarrouk's preaching tents (كان ... قد اقامها) act on no party; the help the three
# confess to (ساعدوه في تنظيم الخيمات) is the conduct they are charged with, told in their confession (decided, as
# batch 60 leaves a crime's logistics): not coded; the custody and referral are passive. Claims: "مصدر امني مسؤول"
# (and "نفس المصدر") is a bare security source (batches 56, 64): no claims; the three's اعترفوا is an identified
# arrested group's confession (batches 41, 60): assert.
i = 'ant-JA-localNews-3490-20160905'
t = news_text(i)
GUARD = ["National Guard research and inspection brigade", "فرقة الابحاث والتفتيش", "أعوان فرقة الابحاث والتفتيش",
         "الاعوان", "National Guard", "الحرس الوطني", "Tunisia", "تونس"]
THREE = ["three young men", "3 شبان", "الشبان الثلاثة", "شبان", "hardliners", "متشددين"]
recs.append({"id": i, "text": t, "published": "2016-09-05", "events": [
    {"code": "COERCE", "source": GUARD, "target": THREE},
    {"code": "ACCUSE", "source": GUARD, "target": THREE}], "claims": [
    {"speaker": THREE, "cue": cue(t, "اعترفوا"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch76.gold.jsonl', recs)
