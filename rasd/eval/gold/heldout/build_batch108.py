"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 108 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq (Yemen): militias flee Zinjibar, Wadi Dofas and the Brigade 15 positions under heavy coalition bombing; the
# coalition pushes ground reinforcements towards Marib and Shabwa. The headline's "التحالف يقصف اللواء15" is not part
# of the text (which opens with the byline); in the body the bombing is only the nominal "جراء القصف المكثف لطيران
# التحالف" (GUIDELINES: nominalised background events such as "الضربات الأمريكية على سوريا" are not coded; decided).
# The flight is told by vehicles "شوهدت وهي تهرب" (no named doer) and by the noun "هروباً جماعياً للميليشيات": not
# coded. The spokesman's "المقاتلين الموالين وجهوا ضربات قاسية للمتمردين في أبين" is a finite reported clause with its
# doer: ASSAULT loyalist fighters → the rebels, undated. "دفعت قوات التحالف بتعزيزات برية كبيرة ... باتجاه محافظتي
# مأرب وشبوة لتعزيز المقاومة الشعبية" is a troop reinforcement with its doer: MOBILIZE with no target (batches 60 and
# 84's reinforcements), undated; its purpose (لتعزيز المقاومة) is no AID of its own (decided). "جرى تدريبها" is passive
# with no agent. Claims: the Popular Resistance news sources (tied to a named body, GUIDELINES) ذكرت، مشيرة and "أكدت
# ذات المصادر" (assert); the government forces' spokesman (tied to a named body) أشار and لافتاً (assert). "أكد شهود
# عيان" is a bare group: no claim. No day is given: all undated.
i = 'snn-2015-08-06-3187'
t = news_text(i)
PR_SOURCES = ["Popular Resistance news sources", "مصادر إخبارية في المقاومة الشعبية", "ذات المصادر الإخبارية",
              "المقاومة الشعبية", "Popular Resistance"]
GOV_SPOKESMAN = ["Yemeni government forces spokesman", "متحدث باسم القوات الحكومية", "القوات الحكومية",
                 "Yemeni government forces"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": ["pro-government fighters", "المقاتلين الموالين", "القوات الحكومية",
                                   "Yemeni government forces"],
     "target": ["Houthi-Saleh rebels", "المتمردين", "الميليشيات", "Houthis", "militias"]},
    {"code": "MOBILIZE", "source": ["Arab coalition", "قوات التحالف", "التحالف", "Saudi-led coalition"],
     "target": []}], "claims": [
    {"speaker": PR_SOURCES, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": PR_SOURCES, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": PR_SOURCES, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": GOV_SPOKESMAN, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": GOV_SPOKESMAN, "cue": cue(t, "لافتاً"), "stance": "assert"}]})
# --- Al-Weeam (Sunday 2015-08-02): the Southern Popular Resistance kills Houthi commander Abu Hamza al-Sanhani (Kataib
# al-Hussein) and 12 of his escorts in Dhale. "لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم يوم الأحد على يد المقاومة
# الشعبية الجنوبية" names the doer (على يد): ASSAULT resistance → the Houthi commander and his men, dated by "يوم الأحد"
# (the publication day itself, 2015-08-02). The sources' "قتلوا على يد مقاتلي المقاومة"، "تمكنت من استدراج 30 من
# عناصر ... ونصب كمين محكم لهم قتل خلاله 13 عنصرا" re-tell it, and the pursuit of the rest ("تمت ملاحقة", passive)
# with the resistance's armour "الذي تمكن من استهداف بقية عناصر الميليشيات" is the same operation: one ASSAULT
# (README: a pursuit and sweeps in one operation are one ASSAULT; batch 38 folds the pursuit of fleeing Houthis so),
# the Republican Guard elements in the ambushed group joining the target. Not coded (decided): the militias' "حاولت
# التسلل لمهاجمة مقاتلي المقاومة" (an attempt the ambush forestalled, no attack made), the flight of "العناصر الحوثية
# التي هربت" (the defeated side of the same engagement, as batch 38 leaves the fleeing Houthis inside the ASSAULT) and
# the weapons "التي غنمتها المقاومة" (spoils of the same fight, folded in); "بعد اشتباكات عنيفة" is a noun. Claims: the
# resistance's military sources (tied to a named body) قالت، أضافت، أشارت (assert). The closing link to al-Weeam is a
# byline.
i = 'snn-2015-08-02-0850'
t = news_text(i)
RESISTANCE = ["Southern Popular Resistance", "المقاومة الشعبية الجنوبية", "المقاومة الشعبية", "المقاومة",
              "مقاتلي المقاومة", "سلاح دروع المقاومة الشعبية الجنوبية"]
PR_MIL_SOURCES = ["Popular Resistance military sources", "مصادر عسكرية في المقاومة الشعبية", "المصادر",
                  "المقاومة الشعبية", "Southern Popular Resistance"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "ASSAULT", "source": RESISTANCE,
     "target": ["Abu Hamza al-Sanhani", "ابو حمزة السنحاني", "أبو حمزة السنحاني", "حسين محمد محسن علي",
                "قيادي حوثي بارز", "Kataib al-Hussein", "كتائب الحسين", "ميليشيات كتائب الحسين الحوثية",
                "Houthis", "العناصر الحوثية", "Republican Guard", "الحرس الجمهوري", "الميليشيات"],
     "date": "2015-08-02"}], "claims": [
    {"speaker": PR_MIL_SOURCES, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": PR_MIL_SOURCES, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": PR_MIL_SOURCES, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- SaudiNewsNet: Rijal Almaa heritage village welcomes visitors with tourist programmes. The village's attractions
# and "حيث هيأ المكان" (Prince Faisal bin Khalid's work on a site of his own region; README: a governor's own site is
# internal) are no events. Claim: the programmes supervisor Ibrahim Al Masfer al-Almaei's بيّن (assert).
i = 'snn-2015-08-04-0513'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [], "claims": [
    {"speaker": ["Ibrahim Al Masfer al-Almaei", "إبراهيم آل مسفر الألمعي", "آل مسفر", "الألمعي",
                 "المشرف على برامج وفعاليات القرية"], "cue": cue(t, "بيّن"), "stance": "assert"}]})
# --- Sabq (agencies; Monday 2015-07-27): 20 killed in an exchange of fire at a wedding in Baghlan, northern
# Afghanistan. The exchange of fire is told only as nouns ("تبادلاً لإطلاق النار وقع ... بين مسلحين"، "بدأ تبادل
# النيران"), the deaths in the passive, and the killing of a policeman's relative that set it off as a noun with no
# doer ("عقب اغتيال أحد أقارب رجل شرطة"): no event (README: clashes told only as nouns are not coded). Claims: "ونقلت
# وكالة أنباء فرانس برس عن المتحدث باسم شرطة المنطقة جواد؛ أن" has no قوله, so نقلت is the cue of the spokesman's
# claim (README batches 57–60), assert; AFP is the conduit. "حسبما أعلن مسؤولون" names bare officials tied to no
# institution: no claim (decided, GUIDELINES: bare sources are excluded). The fears of a rising toll have no speaker.
i = 'snn-2015-07-27-1380'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": [
    {"speaker": ["Jawad", "جواد", "المتحدث باسم شرطة المنطقة", "Baghlan police spokesman", "Afghanistan",
                 "أفغانستان"], "cue": cue(t, "نقلت"), "stance": "assert"}]})
# --- Ain Alyoum: visually impaired participants of the Ibsar association's summer programme ask companies and
# restaurants for Braille menus, during a visit to the Al Baik food company in Jeddah. Speakers: the participants are
# not a bare group but the named programme's team on a named visit (decided, README: a group tied to a named body
# speaks). "طالب ذوو الإعاقة البصرية الشركات ومطاعم التغذية بتوفير قائمة طعام" is a call on a generic class of
# providers: a claim only, no REQUEST (README sessions 24–25); "منوهين بعدد من الجهات" praises unnamed bodies: claim,
# no event. "مشيدين بدور الشركة في افتتاح مطعم" (with "منوهين بما وجدوه من سهولة" in the same visit) is praise of Al
# Baik: SUPPORT participants → Al Baik; "عبر أمين عام جمعية إبصار محمد توفيق بلو عن شكره وتقديره لشركة البيك" is
# thanks: SUPPORT Ballo → Al Baik. "لما تقدمه من دعم للبرنامج" is a relative clause with its doer, the company's
# support of the programme: AID Al Baik → Ibsar (decided: a company's sponsorship of a charity's programme is material
# support, CAMEO 07; its list leaves out the bare "البرنامج", which the team's "فريق البرنامج" holds). "قام فريق
# البرنامج بالتعرف على خطوات انتاج ... حيث التقوا خلالها برئيس مجلس الإدارة ... إحسان شكور أبو غزالة" is a
# hosted visit: CONSULT, the visitors as source (GUIDELINES). All undated (no day). Abu Ghazala's "متحدثاً عن خطوط
# الإنتاج" names a topic, not a statement: no claim (decided). Claims of the participants: طالب (other), the first
# منوهين (assert), "وأكد هؤلاء ... على أهمية إطلاق المزيد من الخدمات" (a recommendation: other), the second
# منوهين and مشيدين (assert); Ballo's عبر (assert).
i = 'snn-2015-08-07-0070'
t = news_text(i)
VI = ["visually impaired participants", "ذوو الإعاقة البصرية", "هؤلاء", "فريق البرنامج"]
ALBAIK = ["Al Baik", "شركة البيك للأنظمة الغذائية", "شركة البيك", "البيك", "الشركة"]
BALLO = ["Mohammed Tawfiq Ballo", "محمد توفيق بلو", "بلو", "أمين عام جمعية إبصار", "Ibsar", "جمعية إبصار",
         "جمعية إبصار الخيرية"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "SUPPORT", "source": VI, "target": ALBAIK},
    {"code": "SUPPORT", "source": BALLO, "target": ALBAIK},
    {"code": "AID", "source": ALBAIK, "target": ["Ibsar Charity Association", "جمعية إبصار الخيرية", "جمعية إبصار",
                                                 "Bina al-Amal summer programme", "برنامج بناء الأمل الصيفي"]},
    {"code": "CONSULT", "source": VI,
     "target": ["Ihsan Shakour Abu Ghazala", "إحسان شكور أبو غزالة", "أبو غزالة", "رئيس مجلس الإدارة"] + ALBAIK}],
    "claims": [
    {"speaker": VI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": VI, "cue": cue(t, "منوهين", 1), "stance": "assert"},
    {"speaker": VI, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": VI, "cue": cue(t, "منوهين", 2), "stance": "assert"},
    {"speaker": VI, "cue": cue(t, "مشيدين"), "stance": "assert"},
    {"speaker": BALLO, "cue": cue(t, "عبر"), "stance": "assert"}]})
# --- Jawhara FM (Thursday 2015-10-08): Tunisia, in the person of Abdelwahab Hani, is elected today in Geneva to the UN
# Committee against Torture. "تم ... انتخاب تونس" is passive, its voters only implied by the meeting of the states
# parties (a noun): not coded (decided, as batch 86 leaves a passive "انتخب" uncoded); Hani joining the committee in
# January, the other Tunisians' seats and re-elections (passive) are no events; "وجود تطلع دولي واسع لمساندتها" is a
# noun inside the claim. Claims of the Permanent Mission of Tunisia in Geneva (its communique): أفاد، أكدت، أضافت
# (assert).
i = 'ant-JA-localNews-3965-20151008'
t = news_text(i)
MISSION = ["Permanent Mission of Tunisia in Geneva", "البعثة الدائمة للجمهورية التونسية بجينيف",
           "البعثة الدائمة للجمهورية التونسية", "البعثة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-10-08", "events": [], "claims": [
    {"speaker": MISSION, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": MISSION, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MISSION, "cue": cue(t, "أضافت"), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2016-12-14): Petrofac halts its activity on Kerkennah after renewed protests, its social
# responsibility manager Nabil Jenivan says. The decision to halt its own operations acts on no named party (the
# protesters are its cause, not its object): not coded (decided; a company's business decision). "5 من المحتجين
# ... يمنعون منذ ما يزيد عن 14 يوما شاحنات الشركة ... من مغادرة الجزيرة" is a blockade with its doer: PROTEST
# protesters → Petrofac (README batches 70, 87: a blockade of a company's site), undated (ongoing); the lead's nouns
# "تجدد الاحتجاجات وتعطيل نشاطها من قبل عدد من المحتجين" and "عمد المحتجون الى منع مغادرة الشاحنات 17 مرة" (the count
# since September) tell the same protest (decided: one PROTEST). "يرفعون مطالب شخصية فيها ابتزاز" blames them:
# ACCUSE Petrofac → protesters; "ترفض الابتزاز" refuses their demands: REJECT Petrofac → protesters; "تحتفظ بحقها في
# اللجوء الى القضاء وكل الأشكال والحلول القانونية المتاحة وهو أمر يقع تدارسه" a legal recourse under study: THREATEN
# Petrofac → protesters (decided, README: a legal challenge announced is THREATEN). "نفى جنيفان خبر غلق المقر
# الاجتماعي ... او اتخاذ قرار مغادرة البلاد" denies a report with no named author: REJECT with no target (README
# session 16). All undated (only the decision carries اليوم; the statements have no day of their own). Not coded: the
# September agreement ("حصول الاتفاق"، "إمضاؤه من قبل"، "الاتفاق الموقع", nominal background), the company's efforts to
# meet it and its respect for its commitments (vague, habitual). Claims: the company's "تقول الشركة أن لا علاقة لهم
# بها" (assert); Jenivan's "وفق ما أفاد به" (the decision: assert), أوضح (accuse), ذكر (the 17 blockades: accuse),
# مشيرا (assert), نفى (deny), موضحا (refusing blackmail, legal recourse: warn). "على حد قوله"، "بحسب تعبيره"، "وفق
# تعبيره" repeat their sentence's speaker: no claim.
i = 'ant-JA-economy-124-20161214'
t = news_text(i)
PETROFAC = ["Petrofac", "بيتروفاك", "شركة النفط البريطانية", "الشركة", "المؤسسة"]
JENIVAN = ["Nabil Jenivan", "نبيل جنيفان", "جنيفان", "مدير المسؤولية الاجتماعية بالشركة"] + PETROFAC
PROTESTERS = ["protesters", "المحتجين", "المحتجون", "5 من المحتجين", "عدد من المحتجين"]
recs.append({"id": i, "text": t, "published": "2016-12-14", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": PETROFAC},
    {"code": "ACCUSE", "source": JENIVAN, "target": PROTESTERS},
    {"code": "REJECT", "source": JENIVAN, "target": PROTESTERS},
    {"code": "THREATEN", "source": JENIVAN, "target": PROTESTERS},
    {"code": "REJECT", "source": JENIVAN, "target": []}], "claims": [
    {"speaker": PETROFAC, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": JENIVAN, "cue": cue(t, "وفق ما أفاد به"), "stance": "assert"},
    {"speaker": JENIVAN, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": JENIVAN, "cue": cue(t, "ذكر"), "stance": "accuse"},
    {"speaker": JENIVAN, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": JENIVAN, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": JENIVAN, "cue": cue(t, "موضحا"), "stance": "warn"}]})
# --- Jawhara FM (Monday 2015-11-16): one of the Paris attackers, Ahmad al-Mohammad, was a Syrian who posed as a
# refugee. "لاجئين سوريين أنقذتهم السلطات اليونانية" is a relative clause with its doer: a rescue, AID Greek
# authorities → the refugees (him among them), undated. His attempt to enter the stadium and "لينفجر فيه حزامه الناسف
# ويقتل معه 3 اخرين" (with "إرهابي خطط لقتل أكبر عدد من الفرنسيين") are one suicide attack: ASSAULT, dated by "مساء
# الجمعة الماضي" (2015-11-13). "بعد منعه من الدخول من قبل حارس بوابة الملعب" is a verbal noun after بعد: background
# (README batches 93–96), not coded. In Mouzalas's statement, "الوحيد الذي تلقوا بشأنه طلبا من السلطات الفرنسية" is a
# relative clause naming the request's author: REQUEST French authorities → Greek authorities (decided), undated. Not
# coded: the press conference itself (no party met), "سمح له بمواصلة رحلته" (no named doer), the registration in a
# camp (passive), his crossing into France (no party acted on). Claims: the Greek migration minister's ذكر and مؤكدا
# (assert), spoken at his press conference on Sunday 2015-11-15; "بحسب ما نقلت عنه وكالة الصحافة الفرنسية"
# repeats his sentence's speaker through a conduit; the feminine "مضيفة" is AFP adding content of its own (he was also
# unknown to the French judiciary): AFP's claim (decided, README: an outlet reporting on its own account speaks),
# assert. "حسب الرواية الإعلامية في اليونان وصربيا" names no outlet: no claim. Hollande in the crowd is no target.
i = 'ant-JA-internationalNews-519-20151116'
t = news_text(i)
MOHAMMAD = ["Ahmad al-Mohammad", "أحمد المحمد", "المحمد", "مفجر الحزام", "إرهابي"]
GREEK_AUTH = ["Greek authorities", "السلطات اليونانية", "Greece", "اليونان"]
MOUZALAS = ["Yannis Mouzalas", "يانيس موزالاس", "موزالاس", "وزير سياسة الهجرة اليوناني", "Greece", "اليونان"]
recs.append({"id": i, "text": t, "published": "2015-11-16", "events": [
    {"code": "AID", "source": GREEK_AUTH, "target": ["Syrian refugees", "لاجئين سوريين", "Ahmad al-Mohammad",
                                                     "أحمد المحمد"]},
    {"code": "ASSAULT", "source": MOHAMMAD,
     "target": ["victims", "3 اخرين", "الفرنسيين", "French", "Stade de France", "ستاد دو فرانس", "الملعب",
                "ملعب كرة قدم", "المتفرجين"], "date": "2015-11-13"},
    {"code": "REQUEST", "source": ["French authorities", "السلطات الفرنسية", "France", "فرنسا"],
     "target": GREEK_AUTH}], "claims": [
    {"speaker": MOUZALAS, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MOUZALAS, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": ["AFP", "Agence France-Presse", "وكالة الصحافة الفرنسية"], "cue": cue(t, "مضيفة"),
     "stance": "assert"}]})
# --- Jawhara FM: a video attributed to Abu Iyadh (Ansar al-Sharia in Tunisia) calls on al-Nusra and ISIS to show
# restraint. "دعا فيه جبهة النصرة وداعش إلى ضبط النفس وتحييد الخلافات" is REQUEST Abu Iyadh → al-Nusra and ISIS; "كما
# دعا ... إلى نبذ الفرقة بينها وبين ... الفصائل" and "مؤكدا على ضرورة إصدار موقف واضح من مبادرة جنيف 2" are further
# calls of the same video with no other addressee named: folded into that REQUEST (decided, README: one sermon's
# several calls on one addressee are one REQUEST). "وتوجه ... إلى المقاتلين التونسيين في سوريا ... داعيا إياهم
# بالتدخل بالصلح" has its own addressee: a second REQUEST, to the Tunisian fighters. Both undated (no day). The page
# publishing the video is a conduit; "ما وصفه"/"ما وصفهم"/"الذين وصفهم" are wordings inside the calls (no claim of
# their own). The reported arrest in Libya is a noun passed on by bare sources: neither event nor claim. Claims: the
# two دعا، مؤكدا and داعيا (other).
i = 'ant-JA-politic-126-20140115'
t = news_text(i)
ABU_IYADH = ["Abu Iyadh", "Seifallah Ben Hassine", "سيف الله بن حسين", "أبي عياض", "أبو عياض",
             "زعيم أنصار الشريعة", "Ansar al-Sharia", "أنصار الشريعة"]
recs.append({"id": i, "text": t, "published": "2014-01-15", "events": [
    {"code": "REQUEST", "source": ABU_IYADH, "target": ["al-Nusra Front", "جبهة النصرة", "ISIS", "داعش"]},
    {"code": "REQUEST", "source": ABU_IYADH,
     "target": ["Tunisian fighters in Syria", "المقاتلين التونسيين", "مجاهدي أرض القيروان"]}], "claims": [
    {"speaker": ABU_IYADH, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": ABU_IYADH, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": ABU_IYADH, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": ABU_IYADH, "cue": cue(t, "داعيا"), "stance": "other"}]})
# --- Jawhara FM (Sunday 2017-02-05): Issam Chebbi is elected secretary-general of the Republican Party at its sixth
# congress in Hammamet. The election, the central committee's choice and endorsement, the motions adopted, the coming
# meetings of the party's bodies and its press conference are the party's internal business (README: a party's own
# elections and votes are not coded): no events. "وفقا لما أفادت به مراسلة الجوهرة أف أم" is the outlet's own
# correspondent: no claim (README session 23).
i = 'ant-JA-localNews-792-20170205'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-02-05", "events": [], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch108.gold.jsonl', recs)
