"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 54 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: Mawhiba holds a meeting with the parents of the gifted pupils in its summer programme at the Manarat
# Riyadh schools. The meeting, the programme head's speech and the academic deputy's plan are the running of
# Mawhiba's own programme for its pupils' parents (as batch 22 leaves a workshop for election staff and batch 51 a
# club's Eid gathering): no events. The head's thanks to Mawhiba "على تبنيها مثل هذه البرامج" is the head of
# Mawhiba's own programme thanking the foundation (decided: a subordinate's thanks, as batch 31, no SUPPORT); his
# thanks to the parents for attending is courtesy. Claims: al-Mujalli's متحدثا (the schools' readiness), مشيرا,
# معربا (thanks with praise of the programmes: assert, as batch 31 counts "أعرب عن شكره وتقديره"); "رحب فيها" is a
# welcome and "وعبر عن شكره لأولياء الأمور" bare thanks (batch 15): no claims. The deputy Fathallah's موضحا (assert).
i = 'snn-2015-07-24-1112'
t = news_text(i)
MUJALLI = ["Abdulrahman al-Mujalli", "عبدالرحمن المجلي", "عبد الرحمن المجلي", "المجلي", "رئيس البرنامج"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [], "claims": [
    {"speaker": MUJALLI, "cue": cue(t, "متحدثا"), "stance": "assert"},
    {"speaker": MUJALLI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MUJALLI, "cue": cue(t, "معربا"), "stance": "assert"},
    {"speaker": ["Suleiman Fathallah", "سليمان فتح الله", "فتح الله", "النائب العلمي للبرنامج"],
     "cue": cue(t, "موضحا"), "stance": "assert"}]})
# --- SaudiNewsNet: the names of the eleven men killed in the suicide bombing of the Special Emergency Forces mosque
# in Abha are announced today. "أعلن اليوم أسماء الشهداء" is passive with no announcer: no claim. "التفجير الإرهابي
# الذي نفّذه انتحاري في مسجد تابع لمقر قوات الطوارئ الخاصة" is a relative clause with its doer: ASSAULT, the bomber
# the source, the emergency forces and the dead the target, undated (the text fixes no day for the bombing; "اليوم"
# is the announcement's). "الحادث الإجرامي الذي استهدف مسجد طوارئ عسير" has no doer. The father of Abdulaziz
# al-Shahrani condemns "الأفعال التي تقوم بها الفئة الضالة": ACCUSE of the group the text names (batch 42's "الفئة
# الضالة"), undated (no day for the fathers' words); the relative clause is the group's habitual deeds, not one act.
# The fathers' pride and "أنا وأبنائي خدام لهذا الوطن" name no party to act on: no events. Claims: the two fathers'
# joint عبَّر (pride in their sons' martyrdom: assert), Eid's father's أكد (assert), Abdulaziz's father's قال and
# مشدداً (assert) and استنكر (accuse). The fathers are identified through their named sons (batch 36's patient tied to
# a named hospital); no alias holds a son's full name (another person of the article) or عسير/أبها.
i = 'snn-2015-08-07-1014'
t = news_text(i)
FATHER_EID = ["father of Eid al-Shahrani", "Mater Mubarak al-Shahrani", "ماطر مبارك الشهراني", "والد الشهيد عيد",
              "والد الشهيد"]
FATHER_AZIZ = ["father of Abdulaziz al-Shahrani", "Abdullah Yahya al-Shahrani", "عبدالله يحيى الشهراني",
               "والد الشهيد الطالب", "والد الشهيد"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ASSAULT", "source": ["suicide bomber", "انتحاري"],
     "target": ["Special Emergency Forces", "قوات الطوارئ الخاصة", "قوات الطوارئ", "قوة الطوارئ", "الشهداء",
                "emergency forces personnel"]},
    {"code": "ACCUSE", "source": FATHER_AZIZ, "target": ["deviant group", "الفئة الضالة", "الأشرار"]}], "claims": [
    {"speaker": ["fathers of the two martyrs", "والدا الشهدين", "والدا الشهيدين"] + FATHER_EID + FATHER_AZIZ,
     "cue": cue(t, "عب\u0651\u064eر"), "stance": "assert"},
    {"speaker": FATHER_EID, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": FATHER_AZIZ, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": FATHER_AZIZ, "cue": cue(t, "مشدداً"), "stance": "assert"},
    {"speaker": FATHER_AZIZ, "cue": cue(t, "استنكر"), "stance": "accuse"}]})
# --- Al-Riyadh: Bahrain condemns the storming of Al-Aqsa today (2015-07-26) by settlers with an Israeli minister.
# أدانت and the ministry's "أكدت ... أن هذه الممارسات الهمجية تمثل اعتداءً مرفوضًا" are one condemnation: ACCUSE, its
# target the doers the text names (the settlers and the minister with them; the minister as a state official lists
# Israel), dated by the storming's "اليوم" (the condemnation cannot precede it and the paper is of that day).
# "قيام عشرات المستوطنين ... بمشاركة أحد الوزراء الإسرائيليين باقتحام المسجد الأقصى ... اليوم والاعتداء على المصلين"
# names its doers in the light-verb form (قيام X بـ, batch 45) and is the story, not background: one ASSAULT (the
# storming and the attack on worshippers in one phrase), the worshippers and the mosque the target, dated 2015-07-26
# (decided, unlike batch 25, whose storming was a bare plural noun with من قبل). The occupation forces' protection
# (في ظل حماية رسمية) is a noun. "جددت الوزارة موقف البحرين الثابت والداعم للقضية الفلسطينية" is renewed
# solidarity: SUPPORT of the Palestinians, dated with the statement. The withdrawal and the Arab initiative are nouns.
# Claims: أدانت (accuse), أكدت (accuse), جددت (assert).
i = 'snn-2015-07-26-0672'
t = news_text(i)
BAHRAIN = ["Bahrain", "مملكة البحرين", "البحرين", "Bahraini Ministry of Foreign Affairs", "وزارة الخارجية البحرينية",
           "وزارة الخارجية", "الوزارة"]
SETTLERS = ["Israeli settlers", "عشرات المستوطنين المتطرفين", "المستوطنين المتطرفين", "المستوطنين",
            "Israeli minister", "أحد الوزراء الإسرائيليين", "Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ACCUSE", "source": BAHRAIN, "target": SETTLERS, "date": "2015-07-26"},
    {"code": "ASSAULT", "source": SETTLERS,
     "target": ["worshippers", "المصلين", "Al-Aqsa Mosque", "المسجد الأقصى المبارك", "المسجد الأقصى"],
     "date": "2015-07-26"},
    {"code": "SUPPORT", "source": BAHRAIN,
     "target": ["Palestinian people", "الشعب الفلسطيني", "Palestine", "القضية الفلسطينية"], "date": "2015-07-26"}],
    "claims": [
    {"speaker": BAHRAIN, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": BAHRAIN, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": BAHRAIN, "cue": cue(t, "جددت"), "stance": "assert"}]})
# --- Okaz: the Saudi ambassador to Lebanon, Ali Awad Asiri, visited Okaz yesterday (2015-07-30) and met its
# editor-in-chief Mohammed al-Mukhtar al-Fal. The visit and the meeting it holds are one CONSULT, the visitor the
# source (batches 45–48), dated; "تم خلال اللقاء ... بحث سبل تعزيز التعاون الإعلامي" is passive and re-tells the
# meeting. "ثمن السفير عسيري الجهود التي تبذلها صحيفة عكاظ" is praise, with "مهنئا رئيس التحرير بتعيينه" folded in:
# one SUPPORT of the paper and its editor, dated by the meeting (decided: the paragraph reports what he said there).
# Inside his statement "المملكة كانت ولا تزال تعمل على دعم المؤسسات الشرعية اللبنانية" names its doer: SUPPORT Saudi
# Arabia → Lebanon, undated (ongoing); "المملكة حريصة على بذل الجهود ... لدعم الأمن والاستقرار" states the same
# stance (decided: one SUPPORT, no separate AGREE, as no future act is pledged). His description of the relations is
# no act. Fahim al-Hamid's attendance is not added (batches 45–48). Claims: أكد، مشيرا، وصف، ثمن (all assert);
# "مهنئا" is a congratulation that states nothing (batch 22's welcome). His title holds لبنان, a target: left out.
i = 'snn-2015-07-31-2075'
t = news_text(i)
ASIRI = ["Ali Awad Asiri", "علي عواض عسيري", "عسيري", "السفير عسيري", "Saudi ambassador", "Saudi Arabia",
         "المملكة", "السعودية"]
OKAZ = ["Okaz", "صحيفة عكاظ", "عكاظ", "الصحيفة", "Mohammed al-Mukhtar al-Fal", "محمد المختار الفال", "الفال",
        "رئيس التحرير"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": ASIRI, "target": OKAZ, "date": "2015-07-30"},
    {"code": "SUPPORT", "source": ASIRI, "target": OKAZ, "date": "2015-07-30"},
    {"code": "SUPPORT", "source": ["Saudi Arabia", "المملكة", "السعودية"],
     "target": ["Lebanon", "لبنان", "Lebanese legitimate institutions", "المؤسسات الشرعية اللبنانية"]}], "claims": [
    {"speaker": ASIRI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ASIRI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": ASIRI, "cue": cue(t, "وصف"), "stance": "assert"},
    {"speaker": ASIRI, "cue": cue(t, "ثمن"), "stance": "assert"}]})
# --- Sabq: Kuwait's Ministry of Information denies reports that Al-Hayat was banned from entering Kuwait (its PR
# director to KUNA today, 2015-08-06). The denial (نفت، the director's "عار تماما من الصحة", "ينفي كل ما أشيع") is one
# REJECT of rumours whose authors are unnamed ("بعض وسائل الإعلام ومواقع التواصل"): no target (batches 15 and 45),
# dated. The rumoured ban (منع السلطات الكويتية توزيع ...) is a noun in unofficial reports, denied: not coded.
# Claims: the ministry's نفت, al-Rashidi's قال, and the closing "يأتي المسؤول الكويتي وينفي" (a re-telling in its own
# sentence with its own reporting verb, as batch 52 counts the lead's and the body's words; all deny). "ووفق وكالة
# الأنباء الكويتية" is the conduit of al-Rashidi's words in the same sentence: no claim (batch 16's نقلا عن); the
# unofficial reports' أشارت is a bare source. Sabq's "متابعة" is the byline.
i = 'snn-2015-08-06-3189'
t = news_text(i)
KUWAIT_MOI = ["Kuwaiti Ministry of Information", "وزارة الإعلام الكويتية", "وزارة الإعلام", "Kuwait", "الكويت",
              "دولة الكويت"]
RASHIDI = ["Shamikh al-Rashidi", "شامخ الرشيدي", "الرشيدي", "المسؤول الكويتي"] + KUWAIT_MOI
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": RASHIDI, "target": [], "date": "2015-08-06"}], "claims": [
    {"speaker": KUWAIT_MOI, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": RASHIDI, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": RASHIDI, "cue": cue(t, "ينفي"), "stance": "deny"}]})
# --- Jawhara FM: parliament speaker Mohamed Ennaceur says the National Security Council, which met today (Wednesday
# 2015-11-25) at Carthage, adopted two proposals of parliament. The council's own meeting is internal government
# deliberation: not coded. "لاقتراحين قدمهما المجلس" is a relative clause with its doer: proposals asking the
# executive to act (activate the anti-terror fund by an order, give the deprived regions' jobless priority) are
# REQUEST of parliament to the council (batches 29 and 37), undated (the text does not say when they were put);
# their adoption ("تبني مجلس الأمن الوطني" announced as the news, with its doer) is acceptance: AGREE council →
# parliament (as batch 30 codes Putin accepting an invitation), dated by the meeting. "إجتماع مجلس الأمن الوطني، قرر
# جملة من الإجراءات، من بينها تفعيل قانون مكافحة الإرهاب، وتعزيز الحضور الأمني في كافة المواقع": the law's
# activation is legislation, the reinforced security presence MOBILIZE with no target (batches 37–44), dated by the
# meeting (decided). Tomorrow's plenary "بحضور رئيس الحكومة، الحبيب الصيد" is a planned meeting: AGREE parliament →
# Essid, dated 2015-11-26 (the day the text fixes for it, batch 51). Parliament's future statement and the Head of
# Government's future announcement are to come, with no act on a party. Claims: أعلن، قال، أفاد، أعلن، أشار، مبينا
# (all assert). The press conference is passive (عقدت). No list holds Tunisia where both sides are Tunisian bodies.
i = 'ant-JA-localNews-2868-20151125'
t = news_text(i)
ARP = ["Assembly of the Representatives of the People", "مجلس نواب الشعب", "البرلمان", "Mohamed Ennaceur",
       "محمد الناصر", "الناصر", "رئيس مجلس نواب الشعب"]
NSC = ["National Security Council", "مجلس الأمن الوطني", "إجتماع مجلس الأمن الوطني"]
ENNACEUR = ["Mohamed Ennaceur", "محمد الناصر", "الناصر", "رئيس مجلس نواب الشعب",
            "Assembly of the Representatives of the People", "مجلس نواب الشعب", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-11-25", "events": [
    {"code": "REQUEST", "source": ARP, "target": NSC},
    {"code": "AGREE", "source": NSC, "target": ARP, "date": "2015-11-25"},
    {"code": "MOBILIZE", "source": NSC + ["Tunisia"], "target": [], "date": "2015-11-25"},
    {"code": "AGREE", "source": ARP,
     "target": ["Habib Essid", "الحبيب الصيد", "الصيد", "رئيس الحكومة", "Tunisian government", "Tunisia"],
     "date": "2015-11-26"}], "claims": [
    {"speaker": ENNACEUR, "cue": cue(t, "أعلن", 1), "stance": "assert"},
    {"speaker": ENNACEUR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ENNACEUR, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": ENNACEUR, "cue": cue(t, "أعلن", 2), "stance": "assert"},
    {"speaker": ENNACEUR, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ENNACEUR, "cue": cue(t, "مبينا"), "stance": "assert"}]})
# --- Jawhara FM: journalist Zouheir Jiss on his trip to Syria with the Tunisian delegation, and the death threats
# he received. The trip (زيارته رفقة الوفد التونسي إلى سوريا), the broken relations and the closed embassy are nouns:
# not coded. "أعلن ... عن رفع قضية ضد موقع الصدى، وضد أشخاص آخرين" is a lawsuit (CAMEO 115): one ACCUSE with both
# defendants in one target list (one suit, one clause), undated; "رفعي لقضايا ضد هؤلاء" re-tells it. "أشخاص آخرين
# ... أرسلوا إليه رسائل تهديد بالقتل" is a relative clause with its doers: THREATEN to Jiss, undated. "حرضهم هذا
# الموقع" is the site's incitement, whose content the text does not give and which PLOVER has no class for beside
# the threats it led to (decided: not coded). Claims: أكد، بين، مضيفا (assert), أعلن (the suit: accuse), the second
# مضيفا (assert). A journalist, so no state in his list.
i = 'ant-JA-localNews-2528-20150905'
t = news_text(i)
JISS = ["Zouheir Jiss", "زهير الجيس", "الجيس"]
OTHERS = ["other persons", "أشخاص آخرين", "أشخاص"]
recs.append({"id": i, "text": t, "published": "2015-09-05", "events": [
    {"code": "ACCUSE", "source": JISS, "target": ["Al-Sada website", "موقع الصدى", "الصدى", "هذا الموقع"] + OTHERS},
    {"code": "THREATEN", "source": OTHERS, "target": JISS}], "claims": [
    {"speaker": JISS, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JISS, "cue": cue(t, "بين", 1), "stance": "assert"},
    {"speaker": JISS, "cue": cue(t, "مضيفا", 1), "stance": "assert"},
    {"speaker": JISS, "cue": cue(t, "أعلن"), "stance": "accuse"},
    {"speaker": JISS, "cue": cue(t, "مضيفا", 2), "stance": "assert"}]})
# --- Jawhara FM: Al Badil party leader Mehdi Jomaa, guest of "Politica" today (Thursday 2017-05-25), on fighting
# smuggling. "أنه نفذ عملية كبرى ضد المهربين عندما كان رئيسا للحكومة" with "العملية نفذتها فرقة مكافحة الإرهاب ...
# ومكنت من إلقاء القبض على 6 حيتان" is one historical arrest operation with its doers named: COERCE of Jomaa's
# government and the counter-terrorism brigade against the smugglers, undated (historical clauses, README); the
# release (يتم الافراج) is passive, the finance law and the confiscation law legislation, "لم يطبق القانون أحدا"
# negated. "فكرة اعتماد قانون الطوارئ للتعامل مع المهربين التي انتهجها يوسف الشاهد" is a relative clause with its
# doer: Chahed's use of the emergency law against smugglers, COERCE (GUIDELINES map emergency rule so), undated.
# Jomaa's "هي فكرة جيدة" endorses it: SUPPORT Jomaa → Chahed, dated; "مشددا على ضرورة المضي قدما في مقاومة التهريب
# والفساد" a call with no named addressee: REQUEST with no target (batch 52's "أكد ضرورة"), dated. Claims: أكد، أوضح،
# أضاف، اعتبر (assert), مشددا (other); "على حد قوله" repeats its speaker (batches 17–20). Jomaa speaks as a party leader,
# so his list carries no state; in the historical COERCE he acts as Head of Government, with the state.
i = 'ant-JA-localNews-4131-20170525'
t = news_text(i)
JOMAA = ["Mehdi Jomaa", "مهدي جمعة", "جمعة", "رئيس حزب البديل التونسي", "Al Badil Ettounsi", "حزب البديل التونسي",
         "حزب البديل"]
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "Tunisian government", "Tunisia"]
SMUGGLERS = ["smugglers", "المهربين", "بارونات التهريب", "6 حيتان"]
recs.append({"id": i, "text": t, "published": "2017-05-25", "events": [
    {"code": "COERCE", "source": ["Mehdi Jomaa", "مهدي جمعة", "جمعة", "counter-terrorism brigade",
                                  "فرقة مكافحة الإرهاب", "Tunisian government", "Tunisia"], "target": SMUGGLERS},
    {"code": "COERCE", "source": CHAHED, "target": SMUGGLERS},
    {"code": "SUPPORT", "source": JOMAA, "target": CHAHED, "date": "2017-05-25"},
    {"code": "REQUEST", "source": JOMAA, "target": [], "date": "2017-05-25"}], "claims": [
    {"speaker": JOMAA, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JOMAA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": JOMAA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": JOMAA, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": JOMAA, "cue": cue(t, "مشددا"), "stance": "other"}]})
# --- Jawhara FM: residents of Rejiche (Mahdia) hold a protest stand and block road 82 at noon today (Friday
# 2017-04-14). The stand and the road block are one PROTEST (the block its obstructive form), no target (no
# addressee named; "سلط الإشراف" appears only inside a demand), dated; its demands are its content, not events
# (README). "قام الأهالي بفتح الطريق، بعد تحول معتمد المهدية للتحاور معهم حول مطالبهم": the delegate coming to talk
# with them is today's narrative with its doer named, not background (decided: CONSULT, the delegate who came the
# source, the residents the target, dated); the residents reopening the road ends their protest: CONCEDE (batch 51's
# called-off strike), towards the delegate, dated. Claims: the protesters, tied to a named town, يطالب and أكدوا
# (demands: other). Aliases holding رجيش or المهدية (named on their own) are left out.
i = 'ant-JA-localNews-3364-20170414'
t = news_text(i)
RESIDENTS = ["Rejiche residents", "protesters", "المحتجون", "الأهالي", "أهالي"]
DELEGATE = ["Mahdia delegate", "delegate", "معتمد", "المعتمد", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-04-14", "events": [
    {"code": "PROTEST", "source": RESIDENTS, "target": [], "date": "2017-04-14"},
    {"code": "CONSULT", "source": DELEGATE, "target": RESIDENTS, "date": "2017-04-14"},
    {"code": "CONCEDE", "source": RESIDENTS, "target": DELEGATE, "date": "2017-04-14"}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "يطالب"), "stance": "other"},
    {"speaker": RESIDENTS, "cue": cue(t, "أكدوا"), "stance": "other"}]})
# --- Jawhara FM: the death toll of the protests for South Korea's impeached president Park Geun-hye rises to three.
# The deaths have no doer. "حاول أنصار الرئيسة المعزولة اقتحام مبنى المحكمة الدستورية" is a clause with its doers:
# with the protests it tells of, one PROTEST against the court (its building stormed, its ruling the object),
# undated (decided: "أفادت، أمس" dates the media report, not the protests); its purpose "للتعبير عن سخطهم من قرارها"
# is the supporters' claim (batch 30's للتعبير; accuse). The court's decision (قرار المحكمة الدستورية القاضي بعزل،
# "قرارها الذي أيد إقالة الرئيسة", a relative clause whose subject is the decision, as batch 42's bombing) is nominal
# background: not coded. "يذكر أن برلمان كوريا الجنوبية سحب في ديسمبر 2016، الثقة من رئيسة البلاد" is a historical
# clause with its doer: withdrawing confidence is a reduction of relations, SANCTION parliament → Park, undated
# (month only); the accusations behind it are nouns. "وهو ما نفته بارك" is a denial of the accusations: REJECT with no
# target (the accusers are not named); "لكنها اعتذرت عن عدم توخي الحرص" an apology, SUPPORT with no named addressee
# (batches 11 and 29 code apologies as CAMEO 055), both undated. Claims: Yonhap's أوضحت (assert); the supporters'
# للتعبير; Park's نفته (deny) and اعتذرت (decided: a claim, as it states what she apologised for, unlike batch 11's
# bare "مقدما اعتذاره"; assert). "مصادر إعلامية أفادت" is bare; "يذكر أن" the narrator. No list holds كوريا الجنوبية
# alone, and Park's leaves out "الرئيسة المعزولة", which the supporters' name holds.
i = 'ant-JA-internationalNews-490-20170311'
t = news_text(i)
PARK = ["Park Geun-hye", "بارك كون هيه", "باك جون هاي", "بارك", "الرئيسة بارك", "رئيسة البلاد"]
SUPPORTERS = ["Park supporters", "أنصار الرئيسة المعزولة", "المشاركين في الاحتجاجات"]
recs.append({"id": i, "text": t, "published": "2017-03-11", "events": [
    {"code": "PROTEST", "source": SUPPORTERS,
     "target": ["Constitutional Court", "المحكمة الدستورية", "مبنى المحكمة الدستورية"]},
    {"code": "SANCTION", "source": ["South Korean parliament", "National Assembly", "برلمان كوريا الجنوبية"],
     "target": PARK},
    {"code": "REJECT", "source": PARK, "target": []},
    {"code": "SUPPORT", "source": PARK, "target": []}], "claims": [
    {"speaker": ["Yonhap", "وكالة يونهاب الكورية الجنوبية للأنباء", "يونهاب"], "cue": cue(t, "أوضحت"),
     "stance": "assert"},
    {"speaker": SUPPORTERS, "cue": cue(t, "للتعبير"), "stance": "accuse"},
    {"speaker": PARK, "cue": cue(t, "نفته"), "stance": "deny"},
    {"speaker": PARK, "cue": cue(t, "اعتذرت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch54.gold.jsonl', recs)
