"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 88 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: a young Saudi, Abdulmajeed al-Mutairi, a member of Jund al-Aqsa, is killed in rural Idlib. His
# death (لقي حتفه) has no doer: not coded. His joining the terrorist groups (انضم حديثا للتنظيمات الإرهابية) and his
# membership (المنتمي، موال) are no PLOVER event (batch 27 leaves "التحق بالجماعات الإرهابية" uncoded). The flight of
# young Saudis, the groups' exploitation of religion and the unnamed states' agendas are nouns or unnamed doers: not
# coded. "وزارة الداخلية أعلنت العام الماضي القائمة الأولى للأحزاب والتيارات والجماعات الإرهابية" is a terrorist
# designation with its doer: one ACCUSE (batch 57–60's EU/US designation) with every listed group in the target,
# undated (last year); "تنظيم القاعدة في العراق" is left out of the list (العراق is named on its own), and
# "حزب الله في داخل المملكة" is kept as حزب الله. Claims: al-Mutairi's كشف (the infighting: assert) and أبدى (his
# wish under a reporting verb, as earlier batches take أبدى: assert); the ministry's أعلنت (accuse). "وبحسب
# المعلومات الأولية" is a bare source: no claim; "الجدير بالذكر" is the narrator.
i = 'snn-2015-08-03-1156'
t = news_text(i)
MUTAIRI = ["Abdulmajeed al-Mutairi", "عبدالمجيد المطيري", "المطيري", "أبو ذر المهاجر"]
SAUDI_MOI = ["Saudi Ministry of Interior", "Ministry of Interior", "وزارة الداخلية", "Saudi Arabia", "السعودية"]
LISTED = ["Al-Qaeda", "تنظيم القاعدة", "القاعدة", "AQAP", "تنظيم القاعدة في جزيرة العرب", "تنظيم القاعدة في اليمن",
          "ISIS", "Islamic State", "داعش", "Nusra Front", "جبهة النصرة", "Hezbollah", "حزب الله",
          "Muslim Brotherhood", "جماعة الإخوان المسلمين", "الإخوان المسلمين", "Houthis", "جماعة الحوثي", "الحوثي"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ACCUSE", "source": SAUDI_MOI, "target": LISTED}], "claims": [
    {"speaker": MUTAIRI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": SAUDI_MOI, "cue": cue(t, "أعلنت"), "stance": "accuse"}]})
# --- SaudiNewsNet: Hamas's Mousa Abu Marzouk (on Facebook) calls for a Palestinian national unity government. The
# lead's "دعا ... الى تشكيل حكومة وحدة وطنية" and the quoted "ندعو الى اجتماع مواز للفصائل الموقعة على اتفاقية
# القاهرة ... لتشكيل حكومة الوحدة الوطنية" are one call whose addressees are the signatory factions: one REQUEST,
# undated (the post has no day). "شدد على ضرورة حل مشكلة رواتب موظفي حكومة حماس السابقة" is a call with no addressee
# named: REQUEST with no target (batch 52 takes "أكد ... ضرورة" as a call). "طالب ... الاطار القيادي المؤقت لمنظمة
# التحرير الفلسطينية ... للاجتماع فورا" is REQUEST to that body (decided: a pan-factional body chaired by the PLO,
# not his own movement, so not internal though Hamas sits in it). His "ليطرح ابو مازن كل ما يقلقه وليكشف لنا اين هي
# المباحثات الموهومة؟! والمفاوضات المزعومة!" is a sarcastic challenge that dismisses the charges of talks with Israel:
# REJECT of Abbas, whose side the charges come from (decided: a denial of accusations, GUIDELINES), stance deny. Not
# coded: the warning about internal failure (no party named), the conditions (Abbas's consent, the council's
# confidence), the factions' signing of the Cairo agreement (a participle, 2011 background) and the closing background
# (the tension, the government's resignation and the talk of contacts with Israel are nouns). Claims: دعا (other),
# محذراً (warn), قال (the quoted call: other), شدد (other), اكد (assert), طالب (other), تابع (deny). As an official of
# his movement he lists Hamas; no other actor of the article holds حماس in its list.
i = 'snn-2015-07-26-0820'
t = news_text(i)
ABU_MARZOUK = ["Mousa Abu Marzouk", "موسى ابو مرزوق", "ابو مرزوق", "Hamas", "حماس"]
FACTIONS = ["Palestinian factions", "الفصائل الموقعة على اتفاقية القاهرة", "الفصائل",
            "signatories of the Cairo agreement"]
PLO_FRAME = ["PLO temporary leadership framework", "الاطار القيادي المؤقت لمنظمة التحرير الفلسطينية",
             "الاطار القيادي المؤقت", "Palestine Liberation Organization", "منظمة التحرير الفلسطينية"]
ABBAS = ["Mahmoud Abbas", "محمود عباس", "ابو مازن", "الرئيس ابو مازن", "Palestinian Authority", "السلطة الفلسطينية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": ABU_MARZOUK, "target": FACTIONS},
    {"code": "REQUEST", "source": ABU_MARZOUK, "target": []},
    {"code": "REQUEST", "source": ABU_MARZOUK, "target": PLO_FRAME},
    {"code": "REJECT", "source": ABU_MARZOUK, "target": ABBAS}], "claims": [
    {"speaker": ABU_MARZOUK, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": ABU_MARZOUK, "cue": cue(t, "محذراً"), "stance": "warn"},
    {"speaker": ABU_MARZOUK, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": ABU_MARZOUK, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": ABU_MARZOUK, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": ABU_MARZOUK, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ABU_MARZOUK, "cue": cue(t, "تابع"), "stance": "deny"}]})
# --- Al-Riyadh: Tabuk's beaches host four Eid festivals. Festivities and the tourism committee's plan for residents
# and visitors are no PLOVER events (as batches 31 and 51 leave Eid celebrations); no statement is attributed.
# Nothing coded.
i = 'snn-2015-07-22-1718'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": []})
# --- Okaz: Iraq fears the Islamic parliaments summit in Baghdad will be foiled; F-16 munitions. Iraq's "أعرب عن
# مخاوفه من إفشال عقد قمة" names no party that would foil it: a claim (warn, as an earlier batch takes "أعرب عن
# مخاوفه"), no event. "ألمحت مصادر برلمانية عراقية ... إلى أن تركيا تعمل لعقد هذه القمة في دولة أخرى بذريعة تدهور
# الأوضاع الأمنية" charges Turkey with working against the summit on a pretext: ACCUSE → Turkey (decided: the sources
# are tied to a state body and a nationality, like GUIDELINES' "مصدر عسكري أردني", so they speak), undated. "علمت
# «عكاظ» أن ... الجبوري طلب من الأردن بذل مساعيه لدى أنقرة" is REQUEST Jabouri → Jordan, undated (علمت عكاظ is the
# narrator); Turkey's urging states to stay away (حث الدول الإسلامية) is a verbal noun inside the request: no event of
# its own. "طلب أعضاء من لجنة الأمن في البرلمان العراقي من وزير الدفاع خالد العبيدي كشف مصادر ... العتاد" is
# parliament questioning the executive, two branches: REQUEST (decided: not the internal case of MPs asking their own
# parliament), undated. "طائرات الـ«إف 16» التي نفذت أولى الغارات على تنظيم داعش" and al-Saadi's "إن طائرات «إف 16»
# الأربع الجديدة ... نفذت أولى غاراتها على مواقع تنظيم داعش" are the same first strikes: one ASSAULT Iraq → ISIS,
# undated (he gave no time). "وكان العراق قد تسلم الأسبوع الماضي أربع طائرات من طراز إف 16 من الولايات المتحدة"
# (with the relative "التي استلمتها العراق مؤخرا") is a delivery of arms: AID US → Iraq (PLOVER: military assistance
# including arms), undated (a week). Witwit's "انتقد ... الموقف الأمريكي من تزويد العراق بالعتاد" is ACCUSE → the
# US, and his "يتوجب على الأمريكان أن لا يتأخروا في تزويد العراق" a demand for military aid, REQUEST → the US (CAMEO
# 1032), both undated. "كانت «عكاظ» أول من كشف" is the outlet itself: no claim. Claims: Iraq's أعرب (warn), the
# sources' ألمحت (accuse), Jabouri's طلب (other), the committee members' طلب (other), al-Saadi's أعلن (assert),
# Witwit's انتقد (accuse), قال (assert) and لافتا (the demand: other). Officials list Iraq (an earlier batch's MP
# al-Jumaili too), but the committee members keep no Iraq so that their list does not match al-Obeidi's.
i = 'snn-2015-07-21-2559'
t = news_text(i)
IRAQ = ["Iraq", "العراق"]
PARL_SOURCES = ["Iraqi parliamentary sources", "مصادر برلمانية عراقية"] + IRAQ
TURKEY = ["Turkey", "تركيا", "أنقرة", "Ankara", "الجانب التركي"]
JABOURI = ["Salim al-Jabouri", "سليم الجبوري", "الجبوري", "Council of Representatives", "مجلس النواب"] + IRAQ
COMMITTEE = ["Iraqi parliament security committee members", "أعضاء من لجنة الأمن في البرلمان العراقي",
             "أعضاء من لجنة الأمن", "لجنة الأمن"]
OBEIDI = ["Khaled al-Obeidi", "خالد العبيدي", "العبيدي", "وزير الدفاع", "Iraqi Ministry of Defence"] + IRAQ
IRAQ_AF = ["Iraqi Air Force", "طائرات «إف 16»", "طائرات الـ«إف 16»", "Iraqi F-16s"] + IRAQ
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش"]
US = ["United States", "الولايات المتحدة", "الأمريكان", "Americans"]
SAADI = ["Maan al-Saadi", "معن السعدي", "السعدي", "قائد العمليات الخاصة"] + IRAQ
WITWIT = ["Iskander Witwit", "إسكندر وتوت", "وتوت"] + IRAQ
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": PARL_SOURCES, "target": TURKEY},
    {"code": "REQUEST", "source": JABOURI, "target": ["Jordan", "الأردن"]},
    {"code": "REQUEST", "source": COMMITTEE, "target": OBEIDI},
    {"code": "ASSAULT", "source": IRAQ_AF, "target": ISIS},
    {"code": "AID", "source": US, "target": IRAQ},
    {"code": "ACCUSE", "source": WITWIT, "target": US},
    {"code": "REQUEST", "source": WITWIT, "target": US}], "claims": [
    {"speaker": IRAQ, "cue": cue(t, "أعرب"), "stance": "warn"},
    {"speaker": PARL_SOURCES, "cue": cue(t, "ألمحت"), "stance": "accuse"},
    {"speaker": JABOURI, "cue": cue(t, "طلب", 1), "stance": "other"},
    {"speaker": COMMITTEE, "cue": cue(t, "طلب", 2), "stance": "other"},
    {"speaker": SAADI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": WITWIT, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": WITWIT, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": WITWIT, "cue": cue(t, "لافتا"), "stance": "other"}]})
# --- Al-Weeam: Toshiba's chief executive Hisao Tanaka resigns over an accounting scandal. The resignations (Tanaka's,
# his deputy's) and the succession are personnel acts with no PLOVER class (batch 31 leaves resignations): not coded.
# "أقرت لجنة مستقلة عينتها توشيبا، الاثنين، أن الشركة بالغت في حساب أرباحها" is an investigation's finding of
# wrongdoing: ACCUSE committee → Toshiba (decided: the committee is independent, so not internal), dated Monday
# 2015-07-20; "بين التحقيق" and "جاء في تقرير لجنة التحقيق" re-tell the same report. Toshiba appointing it is the
# company's own step; its own admission (كشفت الشركة أنها بالغت) acts on no other party. Aso's remark blames no one
# outright: claim only. Claims: Tanaka's أعلن (assert), Toshiba's كشفت (assert), the committee's أقرت، بين and جاء
# (accuse), Aso's قال (the scandal may shake confidence: warn; the first قال of the text is inside استقالته). The
# byline (صحيفة الوئام) is no claim.
i = 'snn-2015-07-21-2043'
t = news_text(i)
TOSHIBA = ["Toshiba", "توشيبا", "شركة توشيبا", "الشركة"]
TANAKA = ["Hisao Tanaka", "هيساو تاناكا", "تاناكا", "المدير التنفيذي لشركة توشيبا"] + TOSHIBA[:3]
PANEL = ["independent investigation committee", "لجنة مستقلة", "لجنة التحقيق", "التحقيق"]
ASO = ["Taro Aso", "تارو آسو", "آسو", "وزير المالية", "Japan", "اليابان"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": PANEL, "target": TOSHIBA, "date": "2015-07-20"}], "claims": [
    {"speaker": TANAKA, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": TOSHIBA, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": PANEL, "cue": cue(t, "أقرت"), "stance": "accuse"},
    {"speaker": ASO, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": PANEL, "cue": cue(t, "بين"), "stance": "accuse"},
    {"speaker": PANEL, "cue": cue(t, "جاء"), "stance": "accuse"}]})
# --- Jawhara FM: Interior Minister Hedi Majdoub today (Sunday 2017-03-12) visits an officer wounded in last night's
# Kebili attack and praises the swift security response. His hospital visit to his own officer, his inspections, his
# visit to his own public-order unit, his urging its agents and his praise of his own forces are acts inside one
# ministry (batches 31–32): no events; the funeral is mourning. "تعرضت دوريّة أمنيّة ... لهجوم من قبل مجموعة إرهابية"
# is a passive with its agent: ASSAULT terrorists → patrol; "تمكّنت الدّوريّة الأمنيّة ... من صدّ هذا الهجوم والقضاء
# على إرهابيّين إثنين وجرح ثالث" is the patrol's return fire, a second ASSAULT (batch 28). Both dated 2017-03-12
# (decided: "الليلة الماضية ... منتصف الليل و40 دقيقة" before today's visit is 00:40 on the 12th). Claims: Majdoub's
# حثّ (other) and مُشيدًا (assert); "وفق بلاغ للوزارة" names the speaker's own ministry in the same sentence: no
# second claim (README, batches 6–7). Aliases holding قبلي (named on its own) are left out.
i = 'ant-JA-localNews-2654-20170312'
t = news_text(i)
MAJDOUB = ["Hedi Majdoub", "الهادي مجدوب", "مجدوب", "وزير الدّاخليّة", "وزير الداخلية", "Ministry of Interior",
           "Tunisia", "تونس"]
TERRORISTS = ["terrorist group", "مجموعة إرهابية", "الارهابيون", "إرهابيّين", "terrorists"]
PATROL = ["security patrol", "دوريّة أمنيّة", "الدّوريّة الأمنيّة", "فوج حفظ النظام", "Tunisian security forces",
          "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-12", "events": [
    {"code": "ASSAULT", "source": TERRORISTS, "target": PATROL, "date": "2017-03-12"},
    {"code": "ASSAULT", "source": PATROL, "target": TERRORISTS, "date": "2017-03-12"}], "claims": [
    {"speaker": MAJDOUB, "cue": cue(t, "حثّ"), "stance": "other"},
    {"speaker": MAJDOUB, "cue": cue(t, "مُشيدًا"), "stance": "assert"}]})
# --- Jawhara FM: Tozeur police yesterday (Thursday 2017-03-30) arrest two men who tried to rob a bank branch on
# Monday night. The arrest is COERCE police → the two, dated. "تمكنت الشرطة العدلية في وقت قياسي من حصر المشتبه
# بهما" (with the continuing inquiries, التحريات متواصلة) is an investigation naming the suspects: ACCUSE police → the
# two (batch 51 codes arrest and investigation so), undated. The attempted theft is no ASSAULT (README); the
# confession is by unnamed suspects (no claim) and the referral a noun. Every statement comes from a bare "مصدر أمني"
# (قال، مضيفا، أشار، مؤكدا): no claims. Aliases holding توزر (named on its own) are left out.
i = 'ant-JA-society-684-20170331'
t = news_text(i)
POLICE = ["Tozeur police", "وحدات الشرطة", "الشرطة العدلية", "الشرطة", "Tunisian police", "Tunisia", "تونس"]
SUSPECTS = ["two suspects", "شخصين", "الشخصان", "المشتبه بهما"]
recs.append({"id": i, "text": t, "published": "2017-03-31", "events": [
    {"code": "COERCE", "source": POLICE, "target": SUSPECTS, "date": "2017-03-30"},
    {"code": "ACCUSE", "source": POLICE, "target": SUSPECTS}], "claims": []})
# --- Jawhara FM: Education Minister Neji Jalloul today (Saturday 2017-01-21) unveils a plan for school elections.
# The plan, the exam system and the history curriculum are his own ministry's policy: no events; the hoped-for
# agreement with the unions (بعد التوصل إلى اتفاق) is a condition told as a noun; the press conference organised by
# the association of resistance fighters' children, on whose sidelines he spoke, is a commemoration, not a meeting
# (decided: his attendance is not told as a clause). Claims: كشف، قال، أكد، مشيرا، اكد، اعتبر, all assert; "بحسب
# تعبيره" repeats its sentence's speaker.
i = 'ant-JA-localNews-3-20170121'
t = news_text(i)
JALLOUL = ["Neji Jalloul", "ناجي جلول", "جلول", "وزير التربية", "Ministry of Education", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-01-21", "events": [], "claims": [
    {"speaker": JALLOUL, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "اعتبر"), "stance": "assert"}]})
# --- Jawhara FM: the Health Ministry, in a statement today (Friday 2015-08-14), condemns Wednesday's (2015-08-12)
# attack on the Ouardanine emergency ward. "عمد عدد من المواطنين من مرافقي أحد المصابين إلى الاعتداء على الإطار
# الطبّي ... علاوة على تهشيم وإتلاف عدد من التجهيزات" is ASSAULT with its doers (the smashed equipment folded in,
# CAMEO 1712), dated 2015-08-12. The condemnation (عبرت عن ادانتها, again with مشددة على إدانتها) is one ACCUSE of the
# attackers, dated by the statement. "تحتفظ ... بحقّها في تتبّع المعتدين" is a threat to prosecute: THREATEN (batches
# 81–84's "will take the statutory measures"), dated. Its pledge to go on "بالتنسيق مع مصالح الأمن" is coordination
# between two services of one government: internal (decided, as a ministry and its commission in batches 77–80), no
# event. Claims: عبرت (accuse), the first أكدت (warn), مشددة (accuse), the second أكدت (promise); "تعبّر عن أسفها لما
# لحق العاملين" is sympathy for the victims, like condolences: no claim (decided).
i = 'ant-JA-localNews-913-20150814'
t = news_text(i)
MOH = ["Tunisian Ministry of Health", "Ministry of Health", "وزارة الصحة", "وزارة الصحّة", "الوزارة", "Tunisia",
       "تونس"]
ATTACKERS = ["attackers", "عدد من المواطنين من مرافقي أحد المصابين", "عدد من المواطنين", "مرافقي أحد المصابين",
             "المعتدين"]
STAFF = ["emergency ward staff", "الإطار الطبّي وشبه الطّبّي", "الإطار الطبّي", "العاملين بالقسم",
         "العاملين بقسم الاستعجالي", "medical staff"]
recs.append({"id": i, "text": t, "published": "2015-08-14", "events": [
    {"code": "ASSAULT", "source": ATTACKERS, "target": STAFF, "date": "2015-08-12"},
    {"code": "ACCUSE", "source": MOH, "target": ATTACKERS, "date": "2015-08-14"},
    {"code": "THREATEN", "source": MOH, "target": ATTACKERS, "date": "2015-08-14"}], "claims": [
    {"speaker": MOH, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": MOH, "cue": cue(t, "أكدت", 1), "stance": "warn"},
    {"speaker": MOH, "cue": cue(t, "مشددة"), "stance": "accuse"},
    {"speaker": MOH, "cue": cue(t, "أكدت", 2), "stance": "promise"}]})
# --- Jawhara FM (after Youm7): Tarek Saada of the Egyptian Media Syndicate criticises the first episode of "Ramez
# Underground". His displeasure (عبر عن استيائه), with مشيرا and أضاف on Ramez Galal's programmes, is one criticism:
# ACCUSE → Ramez Galal, undated. "فسنخاطب المجلس الأعلى لتنظيم الإعلام لاتخاذ ما يراه صالحا من إجراءات تجاه جهة
# الإنتاج والقناة العارضة", with the stressed "سيتم تفويض المجلس ... لمحاسبة المؤسسات" and "سنحاسب المخالفين والبرامج",
# is one threat of sanctions: THREATEN → the production company and the channel (batches 81–84: a municipality "will
# take the statutory measures"), undated; the council is the means, not the target. The monitoring committee
# "سيتم تشكيل" is passive; his exhortation to media workers (ارتقوا بالأذواق ولا تهدموا الأخلاق) is a moral exhortation like
# batch 77–80's religious one: claim only, no REQUEST. Fifi Abdou as the episode's victim has no doer clause. Claims:
# عبر، مشيرا، أضاف (accuse), متابعا، شدد، مستطردا (warn), لافتا (the committee: assert). "اليوم السابع" is the
# conduit of the statement: no claim.
i = 'ant-JA-diverse-378-20170528'
t = news_text(i)
SAADA = ["Tarek Saada", "طارق سعدة", "سعدة", "وكيل نقابة الإعلاميين", "Egyptian Media Syndicate", "نقابة الإعلاميين"]
RAMEZ = ["Ramez Galal", "رامز جلال", "برنامج رامز جلال", "رامز تحت الأرض", "برنامج رامز تحت الأرض"]
recs.append({"id": i, "text": t, "published": "2017-05-28", "events": [
    {"code": "ACCUSE", "source": SAADA, "target": RAMEZ},
    {"code": "THREATEN", "source": SAADA,
     "target": ["production company", "جهة الإنتاج", "broadcasting channel", "القناة العارضة"]}], "claims": [
    {"speaker": SAADA, "cue": cue(t, "عبر", 1), "stance": "accuse"},
    {"speaker": SAADA, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": SAADA, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": SAADA, "cue": cue(t, "متابعا"), "stance": "warn"},
    {"speaker": SAADA, "cue": cue(t, "شدد"), "stance": "warn"},
    {"speaker": SAADA, "cue": cue(t, "لافتا"), "stance": "assert"},
    {"speaker": SAADA, "cue": cue(t, "مستطردا"), "stance": "warn"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch88.gold.jsonl', recs)
