"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 39 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Madina: Al-Baha's deputy emir, al-Shammari, praises the Baljurashi shopping festival during a tour of the
# governorate. "أشاد ... بمهرجان بلجرشي للتسوق" and "ابدى ... اعجابه بما شاهده من فعاليات" praise one object (the
# festival and its events): one SUPPORT, undated (the text gives no day). The festival, with its merchants, is no
# administrative unit, so its praise is coded; but the tour of the governorate his emirate oversees, the governor's
# briefing and his thanks to the governor, the governorate's committees and the security men (قدم شكره) are inside
# one regional administration: internal, no events (batch 31: a minister touring his own agency, a subordinate's
# thanks). "قدم شكره" is no reporting cue (batch 24). Claims: أشاد، قال، ابدى (admiration, as batch 12 counts
# أبدى). Aliases holding الباحة or بلجرشي (places the text names on their own) are left out: his title and the
# festival's full name.
i = 'snn-2015-07-23-0533'
t = news_text(i)
SHAMMARI = ["Hamed bin Maleh al-Shammari", "حامد بن مالح الشمري", "الشمري", "deputy emir", "وكيل إمارة",
            "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "SUPPORT", "source": SHAMMARI, "target": ["shopping festival", "المهرجان", "مهرجان التسوق"]}],
    "claims": [
    {"speaker": SHAMMARI, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": SHAMMARI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SHAMMARI, "cue": cue(t, "ابدى"), "stance": "assert"}]})
# --- Al-Madina: Indonesia bars five AS Roma players from entering for a friendly. The lead's "منعت السلطات
# الإندونيسية خمسة من لاعبي روما دخول أراضيها" and Zanzi's "رفضت السلطات الإندونيسية السماح بدخول خمسة لاعبين"
# are one refusal of entry: COERCE (GUIDELINES map travel bans so), dated by the arrival "مساء الجمعة" (the most
# recent Friday, 2015-07-24; "أمس السبت" is the match). The players flying back and the fans going to the airport
# are no events. Claims: Zanzi's كشف and قال (regret, no named party blamed beyond the refusal: assert). روما is also
# the city the players went back to, so no alias holds it (the club, "لاعبي روما", his title).
i = 'snn-2015-07-26-0650'
t = news_text(i)
ZANZI = ["Italo Zanzi", "إيتالو زانزي", "زانزي", "Roma chief executive"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "COERCE", "source": ["Indonesian authorities", "السلطات الإندونيسية", "Indonesia", "إندونيسيا"],
     "target": ["AS Roma players", "خمسة لاعبين", "خمسة من لاعبي", "Seydou Doumbia", "سيدو دومبيا", "Gervinho",
                "جرفينيو", "Victor Ibarbo", "فيكتور إيباربو", "Adem Ljajic", "آدم لياييتش", "Antonio Sanabria",
                "أنطونيو سانابريا"], "date": "2015-07-24"}], "claims": [
    {"speaker": ZANZI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": ZANZI, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Al-Weeam: how to stop Windows 10 installing updates automatically. A how-to: Microsoft releasing an update is
# a product release, no PLOVER event, and no one is quoted. The closing link line is the outlet's. Nothing coded.
i = 'snn-2015-08-07-1166'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": []})
# --- Al-Weeam: the General Secretariat of the Council of Senior Scholars condemns the bombing of the Emergency Forces
# mosque in Asir (statement "اليوم", 2015-08-06). أدانت and the statement's charges against "هؤلاء المجرمون"/"هؤلاء
# الخوارج" are one ACCUSE, the doers as the text names them the target (as batch 19 codes the same story), dated by
# the statement. "يوجب وقوف الجميع صفاً واحداً ... إيقاع حكم الله فيهم" and "لن ينقطع دابرهم إلا بتنفيذ الحكم الشرعي"
# are the statement's call, with no named addressee: one REQUEST with no target (batch 33), dated. "العمل الإجرامي
# الذي استهدف مسجدًا" has no doer, but "والآن يقتلون رجال الأمن ... وهم يصلون" re-tells the attack with its doer (the
# Khawarij): one ASSAULT, undated (the text fixes no day for the attack). The statement's historical clauses with a
# doer are coded, as batch 11 codes the Prophet's order told in a quote: "حثّ النبي ... على قتلهم وقتالهم" REQUEST
# (addressee unnamed), "قتلوا عثمان" and "قتلوا علي" two ASSAULTs (two victims), all undated. The closing prayer
# (سألت ... الله أن يقطع دابر هؤلاء) is a wish: neither event nor claim; the Quran verse is no speaker of the article.
# Claims: أدانت، أكدت (the call: other)، أضافت، and the link line's تدين (a headline speech verb, as batch 10 counts
# the link line's يطالب). Aliases holding عسير are left out.
i = 'snn-2015-08-06-2341'
t = news_text(i)
SCHOLARS = ["General Secretariat of the Council of Senior Scholars", "الأمانة العامة لهيئة كبار العلماء",
            "الأمانة العامة", "الأمانة", "Council of Senior Scholars", "هيئة كبار العلماء", "كبار العلماء",
            "Saudi Arabia"]
KHAWARIJ = ["Khawarij (the bombers)", "الخوارج", "هؤلاء الخوارج", "المجرمون", "هؤلاء المجرمون", "perpetrators"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": SCHOLARS, "target": KHAWARIJ, "date": "2015-08-06"},
    {"code": "REQUEST", "source": SCHOLARS, "target": [], "date": "2015-08-06"},
    {"code": "ASSAULT", "source": KHAWARIJ,
     "target": ["security men", "رجال الأمن", "Special Emergency Forces", "قوات الطوارىء", "قوات الطوارئ",
                "مسجد"]},
    {"code": "REQUEST", "source": ["Prophet Muhammad", "النبي"], "target": []},
    {"code": "ASSAULT", "source": ["Khawarij", "الخوارج"], "target": ["Uthman ibn Affan", "عثمان"]},
    {"code": "ASSAULT", "source": ["Khawarij", "الخوارج"], "target": ["Ali ibn Abi Talib", "علي"]}], "claims": [
    {"speaker": SCHOLARS, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": SCHOLARS, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": SCHOLARS, "cue": cue(t, "أضافت"), "stance": "accuse"},
    {"speaker": SCHOLARS, "cue": cue(t, "تدين"), "stance": "accuse"}]})
# --- Al-Eqtisadiya: the education minister, al-Dukhayyil, inspects border schools in Fayfa with his Jazan and Sabya
# education directors. A minister touring his own ministry's schools and discussing the school year with his own
# directors is internal administration (batch 31): no events. "ناقش" and "بحث" report deliberation, no statement:
# no claims.
i = 'snn-2015-08-06-0725'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": []})
# --- Jawhara FM: the UGTT calls on the government (statement of today, 2017-03-22) to stop resorting to party
# initiatives on maternity leave. The lead's دعا and "وطالب الاتحاد الحكومة في بيان" are one statement's one
# demand to one addressee: one REQUEST, dated (two claims). The executive bureau's meeting is internal. "كان تقدم
# ببادرة تشريعية منذ 2015 حيث طالب بانتفاع الموظفات" is a historical demand with its doer: a second REQUEST, no named
# addressee, undated (a year only); the initiative and its demand are one act. Chahed's announcement of his
# government's own legislative initiative and committee is internal policy (batch 27): claims (أعلن، أضاف), no events.
# "بحسب ما جاء في تقرير نشرته الصباح" names a speaker other than its sentence's (the UGTT's طالب): Assabah's claim.
i = 'ant-JA-localNews-3764-20170322'
t = news_text(i)
UGTT = ["Tunisian General Labour Union", "UGTT", "الاتحاد العام التونسي للشغل", "الاتحاد", "المنظمة"]
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisian Prime Minister", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-03-22", "events": [
    {"code": "REQUEST", "source": UGTT, "target": ["Tunisian government", "الحكومة"] + CHAHED,
     "date": "2017-03-22"},
    {"code": "REQUEST", "source": UGTT, "target": []}], "claims": [
    {"speaker": UGTT, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "طالب", 2), "stance": "other"},
    {"speaker": ["Assabah", "الصباح"], "cue": cue(t, "بحسب ما جاء"), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Jawhara FM: customs units at Ben Guerdane arrest, today, Sunday (2015-12-20), a young Tunisian who slipped in
# from Libya without papers. The arrest is one COERCE, dated (the weekday agrees with the corpus date); his being
# held by the National Guard is passive and re-tells the detention. His infiltration and escape from a Libyan prison
# are no PLOVER events; his imprisonment is passive. Decided: "مصدر ديواني" is a customs source, tied to the customs
# administration (الديوانة) the sentence names, so it is a speaker (as "مصدر عسكري أردني" is), unlike a bare "مصدر
# أمني": "حسب ما أكده" (its sentence's only attribution) and "أضاف المصدر ذاته" are its claims. The young man is
# identified (age, home town, arrested), so his "أكد أنه كان مسجونا" is his claim (as batch 30 counts the arrested
# man's confessions). "حسب الأبحاث الأولية" shares its sentence with أضاف: no claim.
i = 'ant-JA-localNews-564-20122015'
t = news_text(i)
CUSTOMS = ["Tunisian customs", "الديوانة", "وحدات الديوانة", "customs units", "Tunisia"]
YOUNG_MAN = ["young Tunisian man", "شاب تونسي", "الشاب", "شاب"]
CUSTOMS_SOURCE = ["customs source", "مصدر ديواني", "المصدر ذاته", "المصدر", "Tunisian customs", "الديوانة"]
recs.append({"id": i, "text": t, "published": "2015-12-20", "events": [
    {"code": "COERCE", "source": CUSTOMS, "target": YOUNG_MAN, "date": "2015-12-20"}], "claims": [
    {"speaker": CUSTOMS_SOURCE, "cue": cue(t, "حسب ما أكده"), "stance": "assert"},
    {"speaker": CUSTOMS_SOURCE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": YOUNG_MAN, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Jawhara FM (after Assabah): a man who defrauded and blackmailed 450 girls is arrested. "كشفت فرقة مختصة ...
# النقاب عن مئات قضايا التحيل التي ارتكبها شخص واحد" is a police investigation naming its culprit: ACCUSE (batch 8),
# the agents' inquiries (باشر أعوان الأمن الابحاث) being the same investigation; "كشفت النقاب" reports a discovery,
# not a statement: no claim. The agent's call and ambush (قام أحد الأمنيين بالاتصال به ونصب كمين له) and the passive
# arrest are one COERCE by the police (batches 15-16). His "حاول انكار ما نسب اليه" is a denial of the accusation:
# REJECT, the police its target (decided: an attempted denial is still a denial; its content is nothing new, so no
# claim). His confessed "كان يراسل الفتيات ويبتزهن بالتهديد بنشر صورهن" is a clause with its doer: THREATEN the
# girls (blackmail, CAMEO 13), which covers the threat to the complainant ("رسالة تتضمن تهديدا", nominal). All
# undated ("خلال الأسبوع الجاري"). His deception and asking for photos are fraud (batch 27: a swindler's asking is no
# REQUEST); the girl's complaint is a masdar (بعد تقدم فتاة بشكاية). Claims: "حسب ما أوردته صحيفة الصباح" (its
# sentence's only attribution), his اعترف and "وأكد أنه كان يراسل" (confessions of an identified suspect, as batch
# 30). "مصدر أمني" is bare: no claim.
i = 'ant-JA-society-241-20170210'
t = news_text(i)
POLICE = ["special unit of National Security", "فرقة مختصة تابعة للإدارة العامة للأمن الوطني", "فرقة مختصة",
          "General Directorate of National Security", "الإدارة العامة للأمن الوطني", "أعوان الأمن", "أحد الأمنيين",
          "Tunisian police", "Tunisia"]
FRAUDSTER = ["fraudster", "taxi driver", "شخص واحد", "شاب", "سائق سيارة أجرة"]
recs.append({"id": i, "text": t, "published": "2017-02-10", "events": [
    {"code": "ACCUSE", "source": POLICE, "target": FRAUDSTER},
    {"code": "COERCE", "source": POLICE, "target": FRAUDSTER},
    {"code": "REJECT", "source": FRAUDSTER, "target": POLICE},
    {"code": "THREATEN", "source": FRAUDSTER, "target": ["girls", "الفتيات", "فتاة", "victims", "ضحاياه"]}],
    "claims": [
    {"speaker": ["Assabah", "الصباح", "صحيفة الصباح"], "cue": cue(t, "حسب ما أوردته"), "stance": "assert"},
    {"speaker": FRAUDSTER, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": FRAUDSTER, "cue": cue(t, "أكد", 1), "stance": "assert"}]})
# --- Jawhara FM: Libyan security arrests the Manchester bomber's father in Tripoli, "أمس الأربعاء" (2017-05-24; the
# weekday agrees). The lead's arrest and Ben Salem's quoted "تم القبض على والده" are one COERCE by the Rada force,
# dated. "حملة أمنية مشددة تشنها بريطانيا لتعقب الشبكة" is a relative clause with its doer: COERCE Britain → the
# network, undated; "الشبكة التي قامت بالهجوم" another: the Manchester ASSAULT, the network (with Salman, "منفذ
# الاعتداء") its source and the city its target, undated; ISIS, to which the text says only that the brothers belong,
# is kept out of it. "غداة اعتقال هشام" is a masdar with no doer: not coded. Ben Salem's statements that Hashem knew
# of the plot and both brothers belong to ISIS, and the force's Facebook post that he confessed and knew the details,
# are one accusation by the force: one ACCUSE of the brothers. The father's "ابنه بريء" is a denial with no accuser
# named: REJECT with no target (batch 15). "تحدث مع سلمان عبر الهاتف قبل 5 أيام من الهجوم" is a call with both
# parties named: CONSULT, the father first-named; the AP phone interview is reporting, not an event (batch 29).
# Decided: Salman's family trip to Libya and his intended return meet no party (as batch 36's trip): not coded.
# Claims: Ben Salem's أعلن and قال (accuse); the father's أكد (deny), مضيفاً، كشف، and the second أكد; the force's
# أعلنت (accuse); Hashem's أفاد and اعترف, embedded statements of an identified speaker (batches 29-30). The Abedis
# keep no bare family name, and no alias holds مانشستر or another Abedi's name ("والد سلمان العبيدي").
i = 'ant-JA-internationalNews-950-20170525'
t = news_text(i)
RADA = ["Special Deterrence Force", "Rada", "قوة الردع الخاصة", "قوة الردع", "Libyan security services",
        "أجهزة أمنية ليبية", "Government of National Accord", "حكومة الوفاق الوطني", "Libya", "ليبيا"]
BEN_SALEM = ["Ahmed bin Salem", "أحمد بن سالم", "بن سالم", "المتحدث باسم قوة الردع الخاصة"] + RADA
FATHER = ["Ramadan Abedi", "رمضان عبيدي", "رمضان العبيدي", "والده"]
SALMAN = ["Salman Abedi", "سلمان عبيدي", "سلمان العبيدي", "سلمان", "منفذ الاعتداء", "مرتكب الاعتداء"]
HASHEM = ["Hashem Abedi", "هشام"]
NETWORK = ["network behind the attack", "الشبكة", "الشبكة التي قامت بالهجوم"]
recs.append({"id": i, "text": t, "published": "2017-05-25", "events": [
    {"code": "COERCE", "source": RADA, "target": FATHER, "date": "2017-05-24"},
    {"code": "COERCE", "source": ["Britain", "United Kingdom", "بريطانيا"], "target": NETWORK},
    {"code": "ASSAULT", "source": NETWORK + SALMAN, "target": ["Manchester", "مانشستر"]},
    {"code": "ACCUSE", "source": BEN_SALEM, "target": HASHEM + SALMAN},
    {"code": "REJECT", "source": FATHER, "target": []},
    {"code": "CONSULT", "source": FATHER, "target": SALMAN}], "claims": [
    {"speaker": BEN_SALEM, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": BEN_SALEM, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": FATHER, "cue": cue(t, "أكد", 1), "stance": "deny"},
    {"speaker": FATHER, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": FATHER, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": FATHER, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": RADA, "cue": cue(t, "أعلنت"), "stance": "accuse"},
    {"speaker": HASHEM, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": HASHEM, "cue": cue(t, "اعترف"), "stance": "assert"}]})
# --- Jawhara FM: FIPA's director, Khalil Abidi, says Tunisia is well advanced in negotiations with a Chinese
# state-owned vehicle assembler. "مفاوضات تجريها (تونس) مع مجموعة صينية" is a relative clause with its doer:
# CONSULT (negotiation), Tunisia first-named as source; "زيارة يجريها وفد من المجموعة الصينية الى تونس" another:
# the delegation's visit, CONSULT with the visitors as source (decided: the visit is its own instance beside the
# ongoing talks); "الشركة الصينية ... ستقوم باحداث المشروع بالشراكة مع القطاع الخاص" is intended cooperation:
# AGREE (as batch 28 codes "ستشرع بالتعاون مع"). All undated. His refusal to give details (رفض ... ذكر، لم يقدم ... اي
# معلومات) is "declined to comment": neither event nor claim. FIPA's plan and Tunisia's incentives are internal
# policy. Claims: كشف، اكد، لاحظ، "وذكر من جهة اخرى", and "حسب ما ذكره المدير العام للوكالة" (its sentence's only
# attribution); "على حد قوله" repeats its sentence's speaker.
i = 'ant-JA-economy-129-20160113'
t = news_text(i)
ABIDI = ["Khalil Abidi", "خليل العبيدي", "العبيدي", "Foreign Investment Promotion Agency", "FIPA",
         "وكالة النهوض بالاستثمار الخارجي", "الوكالة", "Tunisia", "تونس"]
CHINESE = ["Chinese state-owned group", "مجموعة صينية عمومية", "مجموعة صينية", "المجموعة الصينية",
           "الشركة الصينية", "المجمع الصيني", "الصينيين", "China"]
recs.append({"id": i, "text": t, "published": "2016-01-13", "events": [
    {"code": "CONSULT", "source": ["Tunisia", "تونس", "Foreign Investment Promotion Agency",
                                   "وكالة النهوض بالاستثمار الخارجي"], "target": CHINESE},
    {"code": "CONSULT", "source": ["Chinese group delegation", "وفد من المجموعة الصينية", "وفد"] + CHINESE,
     "target": ["Tunisia", "تونس"]},
    {"code": "AGREE", "source": CHINESE, "target": ["private sector", "القطاع الخاص"]}], "claims": [
    {"speaker": ABIDI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": ABIDI, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": ABIDI, "cue": cue(t, "لاحظ"), "stance": "assert"},
    {"speaker": ABIDI, "cue": cue(t, "ذكر", 2), "stance": "assert"},
    {"speaker": ABIDI, "cue": cue(t, "حسب ما ذكره"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch39.gold.jsonl', recs)
