"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 77 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Reuters analysis): Cameron, re-elected, hopes to win a parliamentary vote on joining the air
# strikes on ISIS in Syria and so to restore his standing abroad. Coded: "الضربات الجوية التي تقودها الولايات المتحدة
# على متشددي تنظيم داعش في سوريا" is a relative clause with its doer (README, batches 10–14): ASSAULT US → ISIS,
# undated. The senior US diplomat's "ما يقلقنا هو بريطانيا العظمى المتقلصة", with the narrator's "ومما أزعج واشنطن
# ... اتجاه كاميرون لتقليص الدور العسكري", is disapproval of a named party: ACCUSE US → Britain (batches 65–68: a
# concern about a named party's conduct is ACCUSE), undated ("في الآونة الأخيرة"). "تعهد بالحفاظ على الانفاق
# الدفاعي عن المستوى المستهدف لحلف شمال الأطلسي" is a pledge whose counterpart is the alliance whose target it meets:
# AGREE Britain → NATO (intent to cooperate militarily, 0312; decided: NATO is a named counterpart, so not the vague
# pledge of batches 69–72), undated. Not coded: the 2013 defeat in parliament and the vote it lost (nouns: هزيمته،
# تصويت), the hoped-for vote and Britain's joining the strikes (hypothetical, future), the G7 summit in Germany (a
# noun, the occasion of his words, no other party named), "قاوم في البداية الالتزام" (his own government's
# deliberation), "لم يقنع حلفاء بريطانيا" (negated). Claims: the diplomat's قال (accuse), Cameron's أعلن ("Britain is
# back": assert) and تعهد (promise). "ويقدر كاميرون أن" is the reporter's reading of his calculation and "بدأ حديث
# كاميرون يتزايد" a noun with no content: no claims (decided). The headline (يطلب تفويضا) is not in the text.
i = 'snn-2015-07-23-0695'
t = news_text(i)
US = ["United States", "الولايات المتحدة", "US", "Washington", "واشنطن"]
DIPLOMAT = ["senior US diplomat", "دبلوماسي أمريكي كبير", "دبلوماسي أمريكي"] + US
CAMERON = ["David Cameron", "ديفيد كاميرون", "كاميرون", "British Prime Minister", "رئيس الوزراء البريطاني",
           "United Kingdom", "Britain", "بريطانيا"]
BRITAIN = ["United Kingdom", "Britain", "بريطانيا", "بريطانيا العظمى", "Great Britain", "David Cameron",
           "ديفيد كاميرون", "كاميرون"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "متشددي تنظيم داعش"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": ["United States", "الولايات المتحدة", "US", "US-led coalition"], "target": ISIS},
    {"code": "ACCUSE", "source": DIPLOMAT, "target": BRITAIN},
    {"code": "AGREE", "source": CAMERON, "target": ["NATO", "North Atlantic Treaty Organization",
                                                    "حلف شمال الأطلسي"]}], "claims": [
    {"speaker": DIPLOMAT, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": CAMERON, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": CAMERON, "cue": cue(t, "تعهد"), "stance": "promise"}]})
# --- Al-Madina/SaudiNewsNet: Al-Azhar, in a statement yesterday (2015-07-23), rejects Iran's interference in
# Bahrain's affairs after Khamenei's Eid remarks. "أعرب ... عن رفضه التام وانزعاجه الشديد للتدخل الإيراني" and "أكد
# ... أن تصريحات المرشد الإيراني تُعَدُّ تدخُّلاً غيرَ مقبولٍ" are one condemnation of another party's act: one
# ACCUSE Al-Azhar → Iran (GUIDELINES: condemnation with رفض is ACCUSE, not REJECT; the several verbs of one
# condemnation are one ACCUSE, batches 33–36), dated by the statement. "طالب الأزهر إيران بضرورة الكفِّ" is REQUEST
# → Iran; "معربًا عن تضامنه مع دول الخليج ووقوفه إلى جوارها" is solidarity with a named party: SUPPORT → the Gulf
# states (README: renewed solidarity is SUPPORT); "جدد ... دعوته لكبار علماء السنة و الشيعة إلى الاجتماع بالأزهر"
# is an invitation to a meeting: AGREE (GUIDELINES) → the scholars; all dated 2015-07-23 (decided: "كما جدد" and
# "مؤكدًا" go on telling the same statement). Khamenei's remarks are the condemned statement: neither event nor claim
# (README); the Iranian interference is a noun. The Sheikh's Ramadan programmes are his own work; "سائلا الله" is a
# prayer (no claim). Claims: أعرب (accuse), أكد (accuse), طالب (other), معربًا (solidarity: assert), جدد (the
# invitation: other), مؤكدًا (assert). Al-Azhar and its Sheikh share one list (he speaks for it).
i = 'snn-2015-07-24-1449'
t = news_text(i)
AZHAR = ["Al-Azhar", "الأزهر", "Ahmed al-Tayeb", "أحمد الطيب", "الطيب", "شيخ الأزهر", "Grand Imam of Al-Azhar"]
IRAN = ["Iran", "إيران", "Ali Khamenei", "علي خامنئي", "خامنئي", "المرشد الإيراني", "Supreme Leader of Iran"]
GULF = ["Gulf states", "دول الخليج", "Bahrain", "البحرين", "مملكة البحرين"]
SCHOLARS = ["Sunni and Shia scholars", "كبار علماء السنة و الشيعة", "كبار علماء السنة", "علماء السنة", "الشيعة"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": AZHAR, "target": IRAN, "date": "2015-07-23"},
    {"code": "REQUEST", "source": AZHAR, "target": IRAN, "date": "2015-07-23"},
    {"code": "SUPPORT", "source": AZHAR, "target": GULF, "date": "2015-07-23"},
    {"code": "AGREE", "source": AZHAR, "target": SCHOLARS, "date": "2015-07-23"}], "claims": [
    {"speaker": AZHAR, "cue": cue(t, "أعرب"), "stance": "accuse"},
    {"speaker": AZHAR, "cue": cue(t, "أكد", 1), "stance": "accuse"},
    {"speaker": AZHAR, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": AZHAR, "cue": cue(t, "معربًا"), "stance": "assert"},
    {"speaker": AZHAR, "cue": cue(t, "جدد"), "stance": "other"},
    {"speaker": AZHAR, "cue": cue(t, "مؤكدًا"), "stance": "assert"}]})
# --- SaudiNewsNet: the Al-Laith education director condemns the terrorist attack on the Asir emergency forces'
# mosque. "استنكر ... العمل الإرهابي الجبان الذي استهدف مسجد قوات الطوارئ" condemns an attack whose doer the text
# does not name: ACCUSE with no target (README), undated (no day for his statement). The attack itself has no named
# doer (its relative clause's subject is the act): not coded. "دعا إلى وجوب الانقياد لأمر الله" is a moral
# exhortation to the faithful ("كمجتمع إسلامي"), no party asked to act: no REQUEST (decided, as batches 73–76 leave
# an awareness campaign's urging), but a claim. The condolences (رفع ... أحر التعازي) are neither events nor claims.
# Claims: استنكر (accuse), قال (the killing condemned: accuse), دعا (other). His title holds الليث, which names
# nothing else in the article, so "مدير إدارة التعليم" stands with his name.
i = 'snn-2015-08-07-0687'
t = news_text(i)
BARAKATI = ["Marei al-Barakati", "مرعي بن محمد البركاتي", "البركاتي", "مدير إدارة التعليم", "education director",
            "Al-Laith education department", "تعليم الليث"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": BARAKATI, "target": []}], "claims": [
    {"speaker": BARAKATI, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": BARAKATI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": BARAKATI, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- SaudiNewsNet: a father accuses Yanbu General Hospital of neglecting his daughter; the Yanbu health sector
# investigates and puts the blame on him. "أجرى القطاع الصحي ... تحقيقا حول ما ورد في مقطع فيديو" is an inquiry
# by the supervising health authority into a public complaint: ACCUSE with no target (batches 69–72: a governor
# ordering an inquiry; decided: a regional health sector answering a citizen's charge is not a ministry's internal
# act), undated. "وتم التعامل مع ما قام به ولي أمرهن ... بمخاطبة الشرطة عما بدر منه" is a passive the sector
# reports of its own act (README: passive arrests reported by the police are theirs): a complaint to the police,
# ACCUSE sector → father, undated. The father, in the video, "يتذمر مما يعتبره سوء في الخدمة" and "يناشد المسؤولين
# في وزارة الصحة التحقيق في ما اعتبره إهمالا من قبل العاملين في مستشفى ينبع": one ACCUSE father → the hospital
# (its staff) and one REQUEST → the ministry officials, undated (the video has no day). Not coded: the treatment,
# admission and discharge (passive, routine care), the father putting the girl on the floor and keeping staff away
# (a parent's conduct with his own child, decided: no COERCE). Claims: the father's يتذمر (accuse), يناشد (other),
# مشيرا (accuse); the sector's أفاد (its account of the inquiry's findings, no explicit denial: assert). ينبع is
# named on its own, so no list holds it (the sector, the hospital).
i = 'snn-2015-08-04-1137'
t = news_text(i)
SECTOR = ["health sector", "القطاع الصحي", "health affairs"]
FATHER = ["father", "the girl's father", "والد الطفلة", "والدها", "ولي أمرهن", "مواطنا", "citizen"]
HOSPITAL = ["hospital", "المستشفى", "hospital staff", "العاملين", "public hospital"]
MOH = ["Ministry of Health", "وزارة الصحة", "المسؤولين في وزارة الصحة", "health ministry officials"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ACCUSE", "source": SECTOR, "target": []},
    {"code": "ACCUSE", "source": SECTOR, "target": FATHER},
    {"code": "ACCUSE", "source": FATHER, "target": HOSPITAL},
    {"code": "REQUEST", "source": FATHER, "target": MOH}], "claims": [
    {"speaker": FATHER, "cue": cue(t, "يتذمر"), "stance": "accuse"},
    {"speaker": SECTOR, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": FATHER, "cue": cue(t, "يناشد"), "stance": "other"},
    {"speaker": FATHER, "cue": cue(t, "مشيرا"), "stance": "accuse"}]})
# --- Asharq al-Awsat/SaudiNewsNet (published 2015-07-21): the Anbar battles paused on US advice; ISIS arrests Mosul
# worshippers after Eid prayers and fires on mourners at a cemetery. Coded: "التقدم الذي حققته القوات العراقية
# باتجاه مدينتي الرمادي والفلوجة" is a relative clause with its doer: an offensive, ASSAULT Iraqi forces → ISIS and the
# cities it held (attacked places, batch 11), undated. Inside the bare source's quote (reported clauses with their
# doer are coded), "تنظيم داعش انسحب كثيرا" is a military withdrawal: RETREAT (CAMEO 0874) with no target; "الجانب
# الأميركي يتولى من خلال الطلعات الجوية قطع إمدادات (داعش)" is the US air campaign: ASSAULT US → ISIS; both undated.
# "اعتقل تنظيم داعش 38 مواطنا ... أمس" is COERCE, dated 2015-07-20; Mmouzini's "شن حملة اعتقالات ... أسفرت عن اعتقال
# 38" and "ساق (داعش) المعتقلين إلى جهة مجهولة" re-tell it (one arrest campaign). "صلاة العيد التي منعها التنظيم قبل
# أيام" is a relative clause with its doer: a ban on worship, COERCE ISIS → Mosul's people (restriction, CAMEO 172),
# undated; Mmouzini's "منع التنظيم لمراسم صلاة العيد" re-tells it. "مواطني المدينة تحدوا التنظيم وأقاموا صلاة عيد
# الفطر" is defiance of a ban: REJECT (CAMEO 128, defy norms, law) citizens → ISIS, undated. At the Wadi Akab
# cemetery: "أطلق مسلحو (داعش) النار على المواطنين فقتلوا اثنين" is ASSAULT ISIS → citizens and "المواطنين ردوا على
# مسلحي «داعش» بالحجارة" a second ASSAULT citizens → ISIS (batch 45's stones; the force replying is a second ASSAULT),
# both undated; "اندلعت اشتباكات بين ..." is the same fighting told as a noun, so no third, reciprocal record
# (decided). "جراء منع التنظيم المواطنين من زيارة قبور موتاهم" is a masdar: not coded. Not coded either: the halt
# of the battles and the "نصيحة أميركية" (nouns), ISIS moving supplies in civilian cars (a tactic with no party acted
# on). Claims: "علمت «الشرق الأوسط» من مصدر أمني مسؤول" and "وأضاف المصدر" are a bare source (no nationality or
# institution) and the outlet's own voice: none. Mmouzini's قال (ISIS's ban and arrests: accuse), أضاف (the
# shooting: accuse), مشيرًا (assert); "وبحسب المعلومات الواردة إلينا" is inside his own quote: no claim. His title
# holds الموصل, named on its own, so his list keeps only the party.
i = 'snn-2015-07-21-0019'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "التنظيم", "مسلحي داعش", "مسلحو داعش"]
IRAQI_FORCES = ["Iraqi forces", "القوات العراقية", "Iraq", "العراق"]
MOSUL_PEOPLE = ["Mosul residents", "مواطني المدينة", "المواطنين", "مواطنين", "38 مواطنا", "مواطنا موصليا",
                "المصلين", "المعتقلين", "civilians"]
MMOUZINI = ["Saeed Mmouzini", "سعيد مموزيني", "مموزيني", "Kurdistan Democratic Party", "KDP",
            "الحزب الديمقراطي الكردستاني"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ASSAULT", "source": IRAQI_FORCES, "target": ISIS + ["Ramadi", "الرمادي", "Fallujah", "الفلوجة"]},
    {"code": "RETREAT", "source": ISIS, "target": []},
    {"code": "ASSAULT", "source": ["United States", "US", "الجانب الأميركي", "US air force"], "target": ISIS},
    {"code": "COERCE", "source": ISIS, "target": MOSUL_PEOPLE, "date": "2015-07-20"},
    {"code": "COERCE", "source": ISIS, "target": MOSUL_PEOPLE},
    {"code": "REJECT", "source": MOSUL_PEOPLE, "target": ISIS},
    {"code": "ASSAULT", "source": ISIS, "target": MOSUL_PEOPLE},
    {"code": "ASSAULT", "source": MOSUL_PEOPLE, "target": ISIS}], "claims": [
    {"speaker": MMOUZINI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": MMOUZINI, "cue": cue(t, "أضاف", 2), "stance": "accuse"},
    {"speaker": MMOUZINI, "cue": cue(t, "مشيرًا"), "stance": "assert"}]})
# --- Jawhara FM: a paraglider crashes in Douz today (Saturday 2016-07-30), killing a Russian tourist and injuring
# its Italian pilot. An accident with no actor: no events. Claims, all assert: Radio Gafsa's أفادت; the regional
# health director's "بحسب ما افاد به" (a different speaker from its sentence's أفادت, so a claim) and "بحسب المصدر
# ذاته" (its sentence's only attribution, the same director); TAP's أكدت ("وكالة الأنباء الرسمية", its confirmation);
# "وفق ما أكدته مصادر متطابقة من الحماية المدنية والصحة العمومية" (sources tied to named institutions, a speaker
# other than TAP: a claim, cue the phrase).
i = 'ant-JA-localNews-3868-20160730'
t = news_text(i)
HEALTH_DIR = ["regional health director", "المدير الجهوي للصحة", "المصدر ذاته"]
recs.append({"id": i, "text": t, "published": "2016-07-30", "events": [], "claims": [
    {"speaker": ["Radio Gafsa", "إذاعة قفصة الرسمية", "إذاعة قفصة"], "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": HEALTH_DIR, "cue": cue(t, "بحسب ما افاد به"), "stance": "assert"},
    {"speaker": HEALTH_DIR, "cue": cue(t, "بحسب المصدر ذاته"), "stance": "assert"},
    {"speaker": ["TAP", "Tunis Afrique Presse", "وكالة الأنباء الرسمية"], "cue": cue(t, "أكدت"),
     "stance": "assert"},
    {"speaker": ["civil protection and public health sources", "الحماية المدنية", "الصحة العمومية",
                 "مصادر متطابقة من الحماية المدنية والصحة العمومية"], "cue": cue(t, "وفق ما أكدته"),
     "stance": "assert"}]})
# --- Jawhara FM: Mohamed Abbou (Democratic Current), guest of "Politica" today (Thursday 2017-03-16): this is the
# worst government since the revolution, and the President threatens the constitution most. His charges against the
# government ("الحكومة هي الأسوء ... الحكومة الأضعف") are one ACCUSE of the government (Chahed's), and those against the
# President (Chahed put in place "لتكون كل الصلاحيات عند رئيس الجمهورية"، "لا يمكنه أن يغير شيئا ... جزء من المنظومة
# القديمة"، "أكثر من يهدد الدستور") one ACCUSE of Essebsi: two targets, two records, both dated by the broadcast.
# Not coded: "الأحزاب ... وقع التحيل عليها" and "تم وضعه/تم استبداله" (passive, no doer named), "الحبيب الصيد الذي
# أزعج ... رئيس الجمهوري" (annoyance, no PLOVER act), and his pledge not to be putschists (negated, no counterpart
# act). Claims: أكد (accuse), أضاف (accuse), مشيرا (accuse), أوضح (accuse), the second أكد (his respect for the
# voters' choice and no coup: promise). "حسب قوله"، "وفق قوله"، "على حد تعبيره" repeat their sentences' speaker.
i = 'ant-JA-localNews-2852-20170316'
t = news_text(i)
ABBOU = ["Mohamed Abbou", "محمد عبو", "عبو", "Democratic Current", "حزب التيار الديمقراطي", "التيار الديمقراطي"]
GOVT = ["Chahed government", "Tunisian government", "هذه الحكومة", "الحكومة", "Youssef Chahed", "يوسف الشاهد",
        "الشاهد", "Tunisia", "تونس"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قائد السبسي", "الباحي قايد السبسي", "قايد السبسي", "السبسي",
           "رئيس الجمهورية", "رئيس الجمهوري", "Tunisian President", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-16", "events": [
    {"code": "ACCUSE", "source": ABBOU, "target": GOVT, "date": "2017-03-16"},
    {"code": "ACCUSE", "source": ABBOU, "target": ESSEBSI, "date": "2017-03-16"}], "claims": [
    {"speaker": ABBOU, "cue": cue(t, "أكد", 1), "stance": "accuse"},
    {"speaker": ABBOU, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": ABBOU, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": ABBOU, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": ABBOU, "cue": cue(t, "أكد", 2), "stance": "promise"}]})
# --- Jawhara FM: Berlin attack: a German official (NRW interior minister Ralf Jäger) accuses Tunisia today (Wednesday
# 2016-12-21) of delaying Anis Amri's deportation. Coded: the lead's "اتهم مسؤول ألماني ... تونس بتأخير ترحيل" (with
# the body's account that carries it) is ACCUSE → Tunisia, dated. "المكتب الفيدرالي للهجرة واللاجئين رفض طلب أنيس
# العامري للجوء في جوان الماضي" is REJECT → Amri (batch 24 codes this rejection so), undated (month only). "بدؤوا
# اجراءات لاستصدار وثيقة بمثابة جواز سفر تونسي للرجل في أوت لإعادته" is a request to Tunisia for papers: REQUEST
# German authorities → Tunisia (decided; extradition demands are REQUEST of the state holding the man, batches
# 53–56), undated (month); "لكن تونس نفت أن يكون أحد رعاياها ولم تصدر الوثائق اللازمة" is its denial and refusal:
# one REJECT Tunisia → Germany, undated. "واتهمت ألمانيا تكرارًا تونس وغيرها من بلدان شمال أفريقيا بإبطاء الآليات"
# is a repeated, earlier accusation: a second ACCUSE, undated, with the North African states in its target. Not
# coded: "الذي يشتبه في تنفيذه اعتداء برلين" (the suspected attack is nominal, as batch 10's "المشتبه بتنفيذه
# الهجوم"), "تعذر ترحيله" (no doer), "وثيقة سفر صادرة عن تونس وصلت اليوم" (a participle and an arrival: decided, no
# COOPERATE), the generic "يرفض الأخير استعادته" (any state of the region). Claims: Jäger's اتهم (the lead's "مسؤول
# ألماني" is he), أوضح (assert), أكد (accuse), أضاف (assert); Tunisia's نفت inside his account (embedded speech is its
# own claim, batches 29–30: deny); Germany's اتهمت (accuse); "على ما تؤكد السلطات الألمانية" (its sentence's only
# attribution: assert). "على حد قوله" repeats. Jäger's title keeps "نوردراين وستفالن" (named nowhere else).
i = 'ant-JA-internationalNews-273-20161221'
t = news_text(i)
JAEGER = ["Ralf Jäger", "Ralf Jaeger", "رالف ييغر", "ييغر", "مسؤول ألماني", "German official",
          "وزير داخلية مقاطعة نوردراين وستفالن", "Germany", "ألمانيا"]
GERMANY = ["Germany", "ألمانيا", "German authorities", "السلطات الألمانية"]
BAMF = ["Federal Office for Migration and Refugees", "BAMF", "المكتب الفيدرالي للهجرة واللاجئين", "Germany",
        "ألمانيا"]
TUNISIA = ["Tunisia", "تونس", "Tunisian authorities"]
AMRI = ["Anis Amri", "أنيس العامري", "العامري", "أنيس العامر"]
recs.append({"id": i, "text": t, "published": "2016-12-21", "events": [
    {"code": "ACCUSE", "source": JAEGER, "target": TUNISIA, "date": "2016-12-21"},
    {"code": "REJECT", "source": BAMF, "target": AMRI},
    {"code": "REQUEST", "source": GERMANY, "target": TUNISIA},
    {"code": "REJECT", "source": TUNISIA, "target": GERMANY},
    {"code": "ACCUSE", "source": GERMANY,
     "target": TUNISIA + ["North African countries", "بلدان شمال أفريقيا"]}], "claims": [
    {"speaker": JAEGER, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": JAEGER, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": JAEGER, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": JAEGER, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": GERMANY, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": GERMANY, "cue": cue(t, "تؤكد"), "stance": "assert"}]})
# --- Jawhara FM (Reuters): at least 20 civilians killed today (Tuesday 2016-06-21) in an ammunition-depot explosion
# at Garabulli, west Libya. The explosion has no doer: not coded. "الجماعة كانت قد تركت معسكرها بعد اشتباكها مع
# سكان" is the armed group withdrawing from the camp: RETREAT (0874, withdraw from an area) with no target (decided:
# the text does not say to whom the camp fell), undated; the clashes are told only as nouns ("اشتباكها"، "الاشتباكات
# اندلعت بعد خلاف ... بين سكان وعضو بالجماعة", where بين belongs to the quarrel): not coded (batches 59–60). "احتج
# عدد من السكان باغلاق الطريق الساحلي الرئيسي" is PROTEST with no target, undated ("عقب الاشتباكات"). Not coded: the
# member refusing to pay at a shop (a private quarrel), "السلطات تسعى جاهدة لنقلهم" (evacuating the wounded).
# Claims: the lead's "مسؤول محلي" is Mohamed al-Sayed, named in the next sentence (one list): قال ×3 and أضاف; the
# resident, tied to the named town, أكد and قال; "وقال السيد والمقيم" is one joint claim (both in its list). All
# assert. جرابولي and مصراتة are named on their own, so no list holds them.
i = 'ant-JA-internationalNews-139-21062016'
t = news_text(i)
SAYED = ["Mohamed al-Sayed", "محمد السيد", "السيد", "local official", "مسؤول محلي"]
RESIDENT = ["resident", "أحد سكان", "المقيم", "local resident"]
recs.append({"id": i, "text": t, "published": "2016-06-21", "events": [
    {"code": "RETREAT", "source": ["armed group", "جماعة مسلحة", "الجماعة المسلحة", "الجماعة"], "target": []},
    {"code": "PROTEST", "source": ["residents", "عدد من السكان", "السكان", "سكان"], "target": []}], "claims": [
    {"speaker": SAYED, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SAYED, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SAYED, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": SAYED, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": RESIDENT, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": RESIDENT, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": SAYED + RESIDENT, "cue": cue(t, "قال", 5), "stance": "assert"}]})
# --- Jawhara FM: Iran announced yesterday (Tuesday 2016-06-07) that it refuses visas to three US Congressmen who
# oppose the nuclear deal. The refusal, told four times (أعلنت ... أنها ترفض منح، رفضت منح ... التاشيرات، لن تمنح،
# رفضت إصدار تأشيرات), is one refusal of entry: COERCE Iran → the three (batches 39 and 75), dated by the statement
# ("مساء الثلاثاء"). The letter's "الطريقة غير المناسبة إطلاقا التي طلبتم بها زيارة إيران" holds a relative clause
# with its doer: the Congressmen's request to visit, REQUEST → Iran, undated. Its rebuke, "التدخل فيما ليس له صلة
# بمناصبكم" with "مضيفة أن أعضاء الكونغرس الأمريكي لا يملون على الدول الأخرى سياساتها", criticises them in a clause of
# its own: ACCUSE Iran → the Congressmen, dated (decided: distinct from the refusal, as the finite مضيفة clause
# carries it). Not coded: their opposition to the deal (a noun, معارضين an adjective), "أرادوا مراقبة الاتفاق"
# (a wish), the deal with the world powers (a noun). Claims: أعلنت ×2, قالت and تقول (the refusal: deny), مضيفة
# (accuse), أضافت (assert). Iran and its foreign ministry share one list. The members' places (نيوجيرسى، كنساس،
# نيويورك) and "مجلس الشيوخ" are left out of their list.
i = 'ant-JA-internationalNews-601-20160608'
t = news_text(i)
IRAN = ["Iran", "إيران", "Islamic Republic of Iran", "الجمهورية الإسلامية الإيرانية", "Iranian Foreign Ministry",
        "وزارة الخارجية الإيرانية", "وزارة الخارجية"]
MEMBERS = ["US Congress members", "أعضاء الكونغرس", "أعضاء الكونغرس الثلاثة", "أعضاء الكونغرس الأمريكي", "النواب",
           "الثلاثة", "Frank LoBiondo", "فرانك لوبيوندو", "لوبيوندو", "Mike Pompeo", "مايك بومبيو", "بومبيو",
           "Lee Zeldin", "لى زيلدن", "زيلدن", "US Congress", "الكونغرس", "United States"]
recs.append({"id": i, "text": t, "published": "2016-06-08", "events": [
    {"code": "COERCE", "source": IRAN, "target": MEMBERS, "date": "2016-06-07"},
    {"code": "REQUEST", "source": MEMBERS, "target": IRAN},
    {"code": "ACCUSE", "source": IRAN, "target": MEMBERS, "date": "2016-06-07"}], "claims": [
    {"speaker": IRAN, "cue": cue(t, "أعلنت", 1), "stance": "deny"},
    {"speaker": IRAN, "cue": cue(t, "أعلنت", 2), "stance": "deny"},
    {"speaker": IRAN, "cue": cue(t, "مضيفة"), "stance": "accuse"},
    {"speaker": IRAN, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": IRAN, "cue": cue(t, "تقول"), "stance": "deny"},
    {"speaker": IRAN, "cue": cue(t, "أضافت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch77.gold.jsonl', recs)
