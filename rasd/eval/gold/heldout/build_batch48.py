"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 48 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- An American anti-abortion group's undercover videos accuse Planned Parenthood of selling fetal tissue. The lead's
# "بثت جماعة ... مقاطع فيديو قالت إنها تثبت أن منظمة بلاند بيرنتهود ... تورطت في بيع أنسجة" is the group's
# allegation: ACCUSE, undated (the videos came out over weeks); the next sentence ties the group to the Center for
# Medical Progress ("قام بتصوير هذه المقاطع"), so one list. Daleiden's "في بيان أمس" is a second, distinct statement:
# a second ACCUSE, dated by أمس (2015-07-22). "ما دفع الحكومة إلى إجراء تحقيقات" names the investigating government
# as the object of دفع, and the investigation is the news, not background: decided ACCUSE (PLOVER counts every
# investigation), undated; the government is the American one the article is about. Planned Parenthood's statement
# holds an explicit denial (نافيا القيام بأي أنشطة مخالفة للقانون): REJECT of the group; its charge that the video
# is heavily edited to bolster false claims is criticism of the group beside the denial: a second event, ACCUSE
# (batch 29 codes a rebuttal's REJECT and its mockery's ACCUSE apart); both undated ("في بيان" has no day). Filming
# secretly and the actors' interviews posing as buyers (أجروا مقابلات) are newsgathering, not coded (batch 26 leaves
# an interview). Claims: قالت (the group), تقول (the centre describing itself), Daleiden's قال, Planned Parenthood's
# قال (its doctored-video charge: accuse), نافيا and مشيرا (deny), أضاف and وصفه (assert; batches 11, 21 and 22
# count وصف). Planned Parenthood's list leaves out "اتحاد منظمة بلاند بيرنتهود بالولايات المتحدة" (it holds
# الولايات المتحدة, in the government's list).
i = 'snn-2015-07-23-0840'
t = news_text(i)
CMP = ["Center for Medical Progress", "مركز التقدم الطبي", "anti-abortion group", "جماعة أميركية مناهضة للإجهاض",
       "جماعة مناهضة للإجهاض"]
DALEIDEN = ["David Daleiden", "ديفيد داليدن", "داليدن", "مدير مركز التقدم الطبي"] + CMP
PP = ["Planned Parenthood", "بلاند بيرنتهود", "منظمة بلاند بيرنتهود", "اتحاد منظمة بلاند بيرنتهود",
      "Planned Parenthood Federation of America"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ACCUSE", "source": CMP, "target": PP},
    {"code": "ACCUSE", "source": DALEIDEN, "target": PP, "date": "2015-07-22"},
    {"code": "ACCUSE", "source": ["US government", "الحكومة", "United States"], "target": PP},
    {"code": "REJECT", "source": PP, "target": CMP},
    {"code": "ACCUSE", "source": PP, "target": CMP}], "claims": [
    {"speaker": CMP, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": CMP, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": DALEIDEN, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": PP, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": PP, "cue": cue(t, "نافيا"), "stance": "deny"},
    {"speaker": PP, "cue": cue(t, "مشيرا"), "stance": "deny"},
    {"speaker": PP, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": PP, "cue": cue(t, "وصفه"), "stance": "assert"}]})
# --- Turkey tells the UN it has begun air strikes on ISIS in Syria (letter of Friday, 2015-07-24; the article is a
# Sunday's). "أنها بدأت في شن غارات جوية ضد تنظيم داعش" is a reported clause with its doer: ASSAULT, undated (the
# text fixes the letter's day, not the strikes'). Informing the UN (أبلغت، في رسالة) is a statement, not a PLOVER
# event: claims only. The justification that the Syrian government is unable or unwilling to confront ISIS, spelled
# out in the deputy ambassador's quote ("النظام في سورية إما غير قادر أو غير مستعد لوقف هذه التهديدات"), is criticism
# of that government: one ACCUSE, dated by the letter. "استغل تنظيم داعش حربا أهلية ... للسيطرة على مساحات من
# الأراضي" is a clause with its doer telling ISIS's seizure of Syrian land: COERCE (occupation, as batches 10–14 code
# ISIS's), undated. "وافقت تركيا على أن تستخدم طائرات الولايات المتحدة والتحالف قواعدها الجوية" is agreement to
# military cooperation: AGREE (PLOVER: agree to cooperate) towards the US and the coalition, undated. The cross-border
# attacks inside the quote are nominal (التخطيط للهجمات ... وتنفيذها), Turkey's facing violence has no doer, and the
# coalition "الذي تقوده الولايات المتحدة ضد تنظيم داعش" is leadership of an alliance, not an act: not coded. Claims:
# أبلغت، أشارت (Turkey), the deputy ambassador's قال (accuse); the second quoted paragraph has no cue of its own. His
# list leaves out "نائب سفير تركيا في الأمم المتحدة" (it holds الأمم المتحدة).
i = 'snn-2015-07-26-0826'
t = news_text(i)
TURKEY = ["Turkey", "تركيا"]
DEPUTY = ["Turkish deputy ambassador to the UN", "نائب سفير تركيا"] + TURKEY
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "ASSAULT", "source": TURKEY, "target": ISIS},
    {"code": "ACCUSE", "source": DEPUTY,
     "target": ["Syrian government", "الحكومة السورية", "Syrian regime", "النظام في سورية", "Syria", "سورية"],
     "date": "2015-07-24"},
    {"code": "COERCE", "source": ISIS, "target": ["Syria", "سورية"]},
    {"code": "AGREE", "source": TURKEY,
     "target": ["United States", "الولايات المتحدة", "US-led coalition", "التحالف",
                "التحالف الذي تقوده الولايات المتحدة"]}],
    "claims": [
    {"speaker": TURKEY, "cue": cue(t, "أبلغت"), "stance": "assert"},
    {"speaker": TURKEY, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": DEPUTY, "cue": cue(t, "قال"), "stance": "accuse"}]})
# --- Al-Weeam: Education Minister al-Dakhil tours the southern border schools and meets his own regional education
# directors. A minister touring his ministry's schools and meeting his own directors is internal administration
# (batches 31 and 39, the latter on this same tour): no events. "أكد على بدء الدراسة في موعدها المحدد" is a
# statement: a claim (assert); "للتأكيد على سلامة حدودنا" is a masdar of purpose and the closing line a headline
# credit: no claims.
i = 'snn-2015-08-06-2232'
t = news_text(i)
DAKHIL = ["Azzam al-Dakhil", "عزام الدخيل", "الدخيل", "الدخيّل", "وزير التعليم", "Saudi Minister of Education",
          "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": DAKHIL, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Riyadh's emir, Faisal bin Bandar, receives Eid al-Fitr well-wishers yesterday (2015-07-22). The first reception
# is of his own emirate's deputies, directors and staff: internal administration (batches 31 and 39), no event, and
# his urging of them (حث ... إلى بذل الجهود) is internal direction, but a statement: a claim (other, as batch 31
# counts حاثًا). The second, "كما استقبل سموه في مكتبه أمس" the heads of the audit bureau, the Board of Grievances,
# the Justice Ministry branch, two courts, the TVTC and other officials and citizens, is a hosted greeting visit by
# bodies outside his emirate: one CONSULT, the visitors (one compound list) the source and the emir the target, as
# batches 32 and 34 code greeting receptions; dated by أمس. Greetings and prayers (بادل التهنئة، سائلين الله، داعياً
# الله) and attendance (حضر الاستقبال) are nothing. Neither list holds Saudi Arabia (both sides are Saudi officials),
# the visitors' list no form holding الرياض (the emir's region) or وزير الداخلية.
i = 'snn-2015-07-23-0343'
t = news_text(i)
EMIR = ["Faisal bin Bandar", "فيصل بن بندر بن عبدالعزيز", "فيصل بن بندر", "الأمير فيصل بن بندر", "أمير منطقة الرياض",
        "Riyadh emir", "emir of Riyadh region"]
VISITORS = ["Osama Faqih", "أسامة بن جعفر فقيه", "General Auditing Bureau", "ديوان المراقبة العامة", "Khalid al-Yousef",
            "خالد اليوسف", "Board of Grievances", "ديوان المظالم", "Idris Al Duris", "إدريس بن محمد آل دريس",
            "فرع وزارة العدل", "Faisal al-Fawzan", "فيصل الفوزان", "المحكمة الجزائية", "Ibrahim al-Husni",
            "إبراهيم الحسني", "المحكمة العامة", "Ali al-Ghafis", "علي بن ناصر الغفيص",
            "Technical and Vocational Training Corporation", "المؤسسة العامة للتدريب التقني والمهني",
            "Mohammed al-Omani", "محمد العماني", "officials and citizens", "المسؤولين", "المواطنين"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "CONSULT", "source": VISITORS, "target": EMIR, "date": "2015-07-22"}], "claims": [
    {"speaker": EMIR, "cue": cue(t, "حث"), "stance": "other"}]})
# --- Okaz: a rheumatology consultant, Dr Diaa al-Haj Hussein (named in the second sentence), warns of osteoporosis
# among Saudi women. His call for awareness of its causes (داعيا الى ضرورة التوعية) is a call with no addressee:
# REQUEST with no target (batches 32 and 40 code a recommendation or health advice so), undated. The warning about a
# disease threatens no one: a claim, no event. Claims: حذر (warn), داعيا (other), أوضح and بين (assert); Okaz
# (لـ«عكاظ») is the outlet he spoke to.
i = 'snn-2015-08-02-1205'
t = news_text(i)
HUSSEIN = ["Diaa al-Haj Hussein", "ضياء الحاج حسين", "استشاري متخصص في علاج الروماتيزم", "rheumatology consultant"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": HUSSEIN, "target": []}], "claims": [
    {"speaker": HUSSEIN, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": HUSSEIN, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": HUSSEIN, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": HUSSEIN, "cue": cue(t, "بين", 3), "stance": "assert"}]})
# --- Jawhara FM: Nidaa Tounes bloc head Sofiane Toobal, at a party rally in Tozeur this afternoon (Saturday
# 2017-04-15), says opposition parties tried to steer and exploit the southern protests. That charge is ACCUSE of the
# opposition, dated. "شباب تطاوين ... قام بطردها" (his statement's historical clause with its doer) is the youth
# expelling the parties from their protest: COERCE (PLOVER codes expelling a group so), all parties as one target,
# undated. "الحلول التي قدمتها الحكومة والأحزاب الحاكمة" (a relative clause with its doer) is an offer of solutions to
# the region's youth: AGREE (offers), undated. The protests themselves have no doer (التي شهدتها ولايات الجنوب); the
# rally the party organised, its coming cadres' and executive bureau's sessions, and the PM's coming announcement at
# the regional council (a state body under his government) are internal: not coded. Claims: قال (accuse), معتبرا،
# أكد (a rebuttal of the solutions' critics: deny), مشيرا، أضاف; "وفق تقديره" and "حسب تعبيره" repeat their
# sentence's speaker (README). No list holds Tunisia (all parties are Tunisian).
i = 'ant-JA-politic-322-20170415'
t = news_text(i)
TOOBAL = ["Sofiane Toobal", "سفيان طوبال", "طوبال", "Nidaa Tounes", "حركة نداء تونس", "نداء تونس"]
recs.append({"id": i, "text": t, "published": "2017-04-15", "events": [
    {"code": "ACCUSE", "source": TOOBAL, "target": ["opposition parties", "أحزاب المعارضة"], "date": "2017-04-15"},
    {"code": "COERCE", "source": ["Tataouine youth", "شباب تطاوين"],
     "target": ["all parties", "كافة الأحزاب", "الأحزاب الحاكمة", "ruling parties"]},
    {"code": "AGREE", "source": ["Tunisian government", "الحكومة", "ruling parties", "الأحزاب الحاكمة"],
     "target": ["Tataouine youth", "شباب الجهة", "شباب تطاوين"]}], "claims": [
    {"speaker": TOOBAL, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": TOOBAL, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": TOOBAL, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": TOOBAL, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": TOOBAL, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Human Rights Watch (statement of today, Sunday 2015-10-25) asks the Tunisian authorities to investigate two
# deaths in custody. دعت is REQUEST, dated. Its criticism that the authorities did not tell the families (لافتة,
# and its representative Guellali's "إخفاق السلطات ... يعزز الشبهات في حدوث انتهاك") is one ACCUSE, dated by the
# statement. The families' accusation (متهمين السلطات بعدم تبليغهم) is an embedded statement with identified
# speakers: ACCUSE, undated. Events HRW reports with their doers are coded: the police arrest of al-Dridi ("بعد
# توقيفه من قبل الشرطة" and "أوقفته الشرطة في المطار", one arrest) COERCE, dated 2015-09-11 since the text puts it
# seven days before 18 September (decided: the text fixes the day by arithmetic); the anti-narcotics police's arrest
# of Berrhouma "في الخامس من أكتوبر الحالي" COERCE and their beating of him (اعتدوا عليه بالضرب, coordinated in the
# same dated clause) ASSAULT, both 2015-10-05; "قرر القضاء فتح تحقيق ... بحق وحدة مكافحة المخدرات" is an
# investigation: ACCUSE of the unit (the same anti-narcotics police, so one list), undated. The 2011 warrant and
# the trial date are passive, the deaths have no doer, and "لم تخبر"/"لم تصدر" are negated: not coded. Claims:
# HRW's دعت، قالت (×3)، أضافت، لافتة، كشفت، مضيفة and "بحسب المنظمة" (the judiciary's decision; the same
# sentence's "التي قالت" attributes other content, so both count), the families' متهمين, Guellali's قالت (warn) and
# لافتة (accuse). Guellali's list leaves out her title (it holds تونس); the text's typo "السطات" is kept as a form.
i = 'ant-JA-localNews-4551-20151025'
t = news_text(i)
HRW = ["Human Rights Watch", "HRW", "هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش", "المنظمة الحقوقية الدولية"]
GUELLALI = ["Amna Guellali", "آمنة القلالي", "القلالي"] + HRW
AUTHORITIES = ["Tunisian authorities", "السلطات التونسية", "السطات التونسية", "السلطات", "Tunisia", "تونس"]
FAMILIES = ["families of the two men", "أهالي الرجلين", "الأهالي"]
ANTIDRUG = ["anti-narcotics police", "فرقة مكافحة المخدرات", "عناصر شرطة في زي مدني من فرقة مكافحة المخدرات",
            "وحدة مكافحة المخدرات", "وحدة مكافحة المخدرات في الحرس الوطني", "National Guard anti-narcotics unit"]
BERRHOUMA = ["Kais Berrhouma", "قيس برحومة", "برحومة"]
recs.append({"id": i, "text": t, "published": "2015-10-25", "events": [
    {"code": "REQUEST", "source": HRW, "target": AUTHORITIES, "date": "2015-10-25"},
    {"code": "ACCUSE", "source": GUELLALI, "target": AUTHORITIES, "date": "2015-10-25"},
    {"code": "ACCUSE", "source": FAMILIES, "target": AUTHORITIES},
    {"code": "COERCE", "source": ["Tunisian police", "الشرطة", "Tunisia"],
     "target": ["Sofiane Dridi", "سفيان الدريدي", "الدريدي"], "date": "2015-09-11"},
    {"code": "COERCE", "source": ANTIDRUG, "target": BERRHOUMA, "date": "2015-10-05"},
    {"code": "ASSAULT", "source": ANTIDRUG, "target": BERRHOUMA, "date": "2015-10-05"},
    {"code": "ACCUSE", "source": ["Tunisian judiciary", "القضاء"], "target": ANTIDRUG}], "claims": [
    {"speaker": HRW, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": HRW, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": FAMILIES, "cue": cue(t, "متهمين"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": HRW, "cue": cue(t, "لافتة", 1), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": HRW, "cue": cue(t, "قالت", 2), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": HRW, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": HRW, "cue": cue(t, "قالت", 3), "stance": "accuse"},
    {"speaker": GUELLALI, "cue": cue(t, "قالت", 4), "stance": "warn"},
    {"speaker": GUELLALI, "cue": cue(t, "لافتة", 2), "stance": "accuse"}]})
# --- Washington police obtain arrest warrants for members of Erdogan's security detail (US officials, Thursday
# 2017-06-15). The guards "هاجموا محتجين سلميين" (an unmarked relative clause with its doer) is the 16 May brawl:
# one ASSAULT on the protesters, dated 2017-05-16 (the text fixes the brawl's day twice); the video's chasing and
# punching re-tell it. Warrants for men outside the country, with no arrest: THREATEN (PLOVER codes an in-absentia
# arrest warrant so, unlike batch 10's warrant that led to an arrest), undated (the officials' Thursday is when they
# spoke). The guards "يواجهون اتهامات بالاعتداء" per the police: a charge, ACCUSE (batch 37), undated. Newsham's
# "إنه شيء لن نتسامح معه" condemns the attack: ACCUSE of the guards, dated Thursday. "أعلنت شرطة واشنطن يوم الأربعاء
# القبض على أمريكيين" is an arrest: COERCE, dated Wednesday 2017-06-14; the two men's part in the brawl (شاركا) is
# the same brawl, whose sides the text gives as protesters and Turkish guards, so it is not a second ASSAULT.
# Erdogan's visit is nominal and the injuries passive. Claims: the US officials' قال (tied to a named government),
# Newsham's قال (accuse), the police's أعلنت (assert) and أوضحت (accuse). No list holds أردوغان (Erdogan is named on
# his own) or واشنطن (the city is named on its own): the guards' and the protesters' full forms and "شرطة واشنطن" are
# left out.
i = 'ant-JA-internationalNews-1209-20170616'
t = news_text(i)
POLICE = ["Metropolitan Police Department", "DC police", "الشرطة", "إدارة شرطة العاصمة الأمريكية", "شرطة العاصمة",
          "United States"]
NEWSHAM = ["Peter Newsham", "بيتر نيوشام", "نيوشام"] + POLICE
GUARDS = ["Erdogan's security detail", "Turkish security guards", "الفريق الأمني", "رجال الأمن الأتراك",
          "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2017-06-16", "events": [
    {"code": "ASSAULT", "source": GUARDS, "target": ["protesters", "محتجين سلميين", "محتجين", "المتظاهرين"],
     "date": "2017-05-16"},
    {"code": "THREATEN", "source": POLICE, "target": GUARDS},
    {"code": "ACCUSE", "source": POLICE, "target": GUARDS},
    {"code": "ACCUSE", "source": NEWSHAM, "target": GUARDS, "date": "2017-06-15"},
    {"code": "COERCE", "source": POLICE, "target": ["two Americans", "أمريكيين"], "date": "2017-06-14"}],
    "claims": [
    {"speaker": ["US officials", "مسؤولون أمريكيون", "United States", "الولايات المتحدة"], "cue": cue(t, "قال", 1),
     "stance": "assert"},
    {"speaker": NEWSHAM, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": POLICE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أوضحت"), "stance": "accuse"}]})
# --- Scientists off eastern Australia find a "faceless fish". No political event (a discovery and a voyage).
# Claims: Dianne Bray's ذكرت; "حسب العلماء" opens a new sentence inside her quote and is its only attribution: the
# expedition scientists' claim; "أوضح العلماء" theirs too (decided: the definite العلماء are the story's named
# expedition team, identifiable as batch 29's الأهالي, not a bare source like محللون). Their list leaves out
# "علماء في أستراليا" (it holds أستراليا).
i = 'ant-JA-internationalNews-1050-20170531'
t = news_text(i)
SCIENTISTS = ["scientists", "العلماء", "علماء", "international team of scientists", "فريق دولي من 40 عالما وباحثا"]
recs.append({"id": i, "text": t, "published": "2017-05-31", "events": [], "claims": [
    {"speaker": ["Dianne Bray", "ديان براي", "براي", "Museums Victoria", "متاحف فيكتوريا"], "cue": cue(t, "ذكرت"),
     "stance": "assert"},
    {"speaker": SCIENTISTS, "cue": cue(t, "حسب"), "stance": "assert"},
    {"speaker": SCIENTISTS, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Former president Marzouki's Le Monde op-ed: the 9/11, Berlin and Nice attackers have in common that they were
# Tunisians. "منفذيها كانوا تونسيين ممن نفذوا عمليات عديدة في تونس" is a historical clause inside his statement with
# its doer named (batch 37): ASSAULT by the Tunisian jihadists on Tunisia, undated (since 2010). His charge that
# Tunisian terrorists are behind the attacks and "السبب في كل ما يحدث" in Libya, Iraq and Syria is one ACCUSE of
# them, undated (the op-ed has no day). The 9/11, Berlin and Nice attacks are nominal; publishing the article is no
# event. Claims: قال، أضاف، أشار (accuse)، مؤكدا، تساءل (a reported question: assert); "على حد قوله" (twice)
# repeats its sentence's speaker. His list has no Tunisia (a former president, and Tunisia is a target).
i = 'ant-JA-politic-35-20170124'
t = news_text(i)
MARZOUKI = ["Moncef Marzouki", "محمد المنصف المرزوقي", "المنصف المرزوقي", "المرزوقي"]
TERRORISTS = ["Tunisian terrorists", "الإرهابيين التونسيين", "تونسيين", "منفذيها", "Tunisian jihadists"]
recs.append({"id": i, "text": t, "published": "2017-01-24", "events": [
    {"code": "ASSAULT", "source": TERRORISTS, "target": ["Tunisia", "تونس"]},
    {"code": "ACCUSE", "source": MARZOUKI, "target": TERRORISTS}], "claims": [
    {"speaker": MARZOUKI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": MARZOUKI, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "تساءل"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch48.gold.jsonl', recs)
