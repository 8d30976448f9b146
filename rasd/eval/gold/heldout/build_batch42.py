"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 42 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: the Grand Mufti condemns the bombing of the Asir special emergency forces' mosque (on al-Ikhbariya,
# no day in the text, so every act is undated). "وصف ... حادثة التفجير ... بالعمل الإجرامي" is a condemnation:
# ACCUSE, its target the doer the text names, "هذه الفئة الضالة" / "هؤلاء" (README: the doer the text names). The
# bombing itself is nominal ("التفجير الغاشم الذي استهدف", the relative clause's subject being the bombing), and
# "هؤلاء يقتلون المصلين ... ويفجرونهم" inside the quote is a generic characterisation by a demonstrative, not a
# clause naming its doer: no ASSAULT (decided). His exhortations are calls: "على المسلمين الإنتباه والحذر من شرهم"
# one REQUEST to Muslims, "واجب الدعاة والعلماء الكشف عن هذه الفئة" a second, to preachers and scholars (batch 34:
# one REQUEST per addressee). The prayers for the dead and wounded are neither events nor claims; the Quran verse
# (قال الله تعالى) is scripture inside his statement, no speaker's claim; al-Ikhbariya is the conduit. Claims: وصف
# (accuse), the first قال (accuse), أضاف (accuse: the group is criminal and outside Islam), تابع (other: a duty to
# expose the group and warn the young). His list leaves out the council he heads (its name holds العلماء, a target).
i = 'snn-2015-08-06-1720'
t = news_text(i)
MUFTI = ["Abdulaziz Al Sheikh", "عبدالعزيز بن عبدالله آل الشيخ", "عبدالعزيز آل الشيخ", "آل الشيخ",
         "Grand Mufti of Saudi Arabia", "مفتي عام المملكة", "المفتي", "Saudi Arabia"]
DEVIANT = ["deviant group", "الفئة الضالة", "هذه الفئة الضالة", "فئة ضالة", "هؤلاء", "perpetrators"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": MUFTI, "target": DEVIANT},
    {"code": "REQUEST", "source": MUFTI, "target": ["Muslims", "المسلمين", "الأخ المسلم"]},
    {"code": "REQUEST", "source": MUFTI, "target": ["preachers and scholars", "الدعاة والعلماء", "الدعاة", "العلماء"]}],
    "claims": [
    {"speaker": MUFTI, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": MUFTI, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": MUFTI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": MUFTI, "cue": cue(t, "تابع"), "stance": "other"}]})
# --- North Korea announces 99.97% turnout in yesterday's local elections. Voting, Kim Jong Un casting his ballot, his
# succession to his father and the ruling party nominating candidates are no PLOVER events. Claims: North Korea's
# أعلنت; KCNA's قالت, "بحسب الوكالة" (its sentence's only attribution) and أوضحت; "بحسب النظام الستاليني" (the
# regime, i.e. North Korea's government, its sentence's only attribution). KCNA, the state agency, also lists its state.
i = 'snn-2015-07-21-0652'
t = news_text(i)
NK = ["North Korea", "كوريا الشمالية", "النظام الستاليني", "North Korean regime"]
KCNA = ["KCNA", "Korean Central News Agency", "وكالة الانباء الكورية الشمالية الرسمية", "وكالة الانباء الكورية الشمالية",
        "الوكالة", "North Korea"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": NK, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": KCNA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": KCNA, "cue": cue(t, "بحسب", 1), "stance": "assert"},
    {"speaker": KCNA, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": NK, "cue": cue(t, "بحسب", 2), "stance": "assert"}]})
# --- Okaz: Lebanese analyst George Alam on Mohammed bin Salman's visit to Egypt. The visit, Shoukry's earlier visit to
# the Kingdom and the nuclear deal's signing are nominal, and the expected conference of army chiefs is passive with
# no doer (يعقد): no events. Claims: رأى، اعتبر، تابع (assert); Okaz is the conduit.
i = 'snn-2015-08-01-1144'
t = news_text(i)
ALAM = ["George Alam", "جورج علم", "علم"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": ALAM, "cue": cue(t, "رأى"), "stance": "assert"},
    {"speaker": ALAM, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": ALAM, "cue": cue(t, "تابع"), "stance": "assert"}]})
# --- Al-Madina (Reuters): US lawmakers sceptical of the Iran deal vow to press administration officials at yesterday's
# (Thursday 2015-07-23) Senate hearing. US domestic interactions are coded (batch 11 codes a campaign aimed at Congress).
# "تعهد مشرعون ... بالضغط على كبار المسؤولين ... للكشف عن مزيد من المعلومات خلال جلسة ... أمس الخميس" is a demand
# for information: REQUEST, dated by the hearing; "وقال مشرعون إنهم يريدون المزيد من المعلومات" and Cardin's "نحتاج
# إيضاحات" re-tell the same demand (Cardin is one of the lawmakers): no second event (decided). "كان من المتوقع أن
# يدلي أمس (كيري ولو ومونيز) بشهاداتهم أمام لجنة العلاقات الخارجية" is a scheduled appearance the text does not say
# took place: AGREE (a future meeting, as batch 29 codes scheduled visits), dated by the day fixed for it. "وكانوا قد
# تحدثوا في جلسات منفصلة لمجلسي النواب والشيوخ أول امس الأربعاء" is CONSULT, the ministers as visitors (source) and
# both chambers one target list (one clause), 2015-07-22; "أجرى مسؤولون بالإدارة سلسلة من المحادثات الهاتفية
# والاجتماعات مع مشرعين" a second CONSULT, undated. Corker's "عبر عن تشككه في الاتفاق" is doubt, ACCUSE as
# GUIDELINES' D1, no target (the clause names only the deal). "وافقت إيران على الحد من أنشطة برنامجها النووي" is a
# historical clause with its actor: AGREE, no target (the other parties are unnamed). Not coded: Congress beginning its
# review (internal legislative work), Obama signing a domestic law (قانون وقعه أوباما), the hypothetical violation
# and the Republicans' rejection (nominal). Claims: تعهد (promise), the lawmakers' قال (other: they want information),
# Corker's قال (warn: the leverage will pass to Iran), عبر (accuse) and "لكنه قال" (assert), Cardin's قال (assert)
# and أضاف (other). Lists holding أوباما (إدارة الرئيس باراك أوباما) or مجلس الشيوخ (Corker's title) are left out.
i = 'snn-2015-07-24-1234'
t = news_text(i)
LAWMAKERS = ["US lawmakers", "مشرعون أمريكيون", "مشرعون", "مشرعين", "lawmakers"]
ADMIN = ["Obama administration officials", "كبار المسؤولين", "مسؤولون بالإدارة", "مسؤولون من الإدارة", "الإدارة",
         "US administration", "United States"]
MINISTERS = ["John Kerry", "جون كيري", "كيري", "Jack Lew", "جاك لو", "Ernest Moniz", "ارنست مونيز", "مونيز",
             "وزير الخارجية", "وزير الخزانة", "الوزراء", "United States"]
CORKER = ["Bob Corker", "بوب كروكر", "كروكر", "السناتور بوب كروكر"]
CARDIN = ["Ben Cardin", "بن كاردين", "كاردين"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": LAWMAKERS, "target": ADMIN + MINISTERS[:-1], "date": "2015-07-23"},
    {"code": "AGREE", "source": MINISTERS,
     "target": ["Senate Foreign Relations Committee", "لجنة العلاقات الخارجية بمجلس الشيوخ", "لجنة العلاقات الخارجية",
                "US Senate", "مجلس الشيوخ"], "date": "2015-07-23"},
    {"code": "CONSULT", "source": MINISTERS,
     "target": ["US Congress", "الكونجرس", "مجلسي النواب والشيوخ", "House of Representatives", "مجلس النواب",
                "US Senate", "مجلس الشيوخ"], "date": "2015-07-22"},
    {"code": "CONSULT", "source": ADMIN, "target": LAWMAKERS},
    {"code": "ACCUSE", "source": CORKER, "target": []},
    {"code": "AGREE", "source": ["Iran", "إيران"], "target": []}], "claims": [
    {"speaker": LAWMAKERS, "cue": cue(t, "تعهد"), "stance": "promise"},
    {"speaker": LAWMAKERS, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": CORKER, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": CORKER, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": CORKER, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": CARDIN, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": CARDIN, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- Al-Riyadh: the Justice Ministry launches an online enquiry service for enforcement orders: internal
# administration, no event, and no reporting cue (يذكر أن is the narrator). "قضاء التنفيذ قام باسترجاع أكثر من ٥٧
# مليار ريال بالقوة الجبرية من المماطلين" is a clause with an explicit actor seizing money by force: COERCE (CAMEO 1711,
# confiscation), the defaulters as target, undated (a running total) (decided); the executed custody and alimony orders
# are the same clause's enforcement.
i = 'snn-2015-08-07-0845'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "COERCE", "source": ["enforcement judiciary", "قضاء التنفيذ", "Ministry of Justice", "وزارة العدل",
                                  "Saudi Arabia"],
     "target": ["defaulters", "المماطلين في رد الحقوق", "المماطلين"]}], "claims": []})
# --- Jawhara FM: former education minister Fathi Jarray denies reports that his nephew was arrested over the Ben
# Guerdane attack (no day in the text: undated). "نفى ... ما تناقلته بعض وسائل الإعلام الالكترونية" is an explicit
# denial: REJECT of the outlets; "وصف ما نشر بالعمل غير الأخلاقي" and the writer "لم يكلف نفسه التثبت" are one
# criticism of the publishers: one ACCUSE (batch 34: one statement's criticism of one party), the site and the writer
# in one list; "يحتفظ بحقه في تتبع الموقع ومقاضاة كاتب المقال" is a threat of legal action: THREATEN. The reported
# arrest (بتمكن الوحدات الأمنية من إيقاف), the nephew's involvement and his contacts with terrorists are nominal inside
# the denied reports: not coded. The websites are unnamed (bare, like تقارير إعلامية): their نقلت and أضافت give no
# claims; TAP is the conduit. Claims: نفى (deny), أوضح (deny), مشيرا (assert), وصف (accuse), مضيفا (warn), "الذي
# قال" (accuse). A former minister lists no state; forms holding مهدي جمعة are left out.
i = 'ant-JA-localNews-351-22052016'
t = news_text(i)
JARRAY = ["Fathi Jarray", "فتحي الجراي", "الجراي", "former education minister", "وزير التربية الأسبق"]
MEDIA = ["electronic media", "بعض وسائل الإعلام الالكترونية", "وسائل الإعلام الالكترونية", "المواقع", "هذه المواقع",
         "المواقع الإلكترونية", "الموقع", "websites", "كاتب المقال", "article writer"]
recs.append({"id": i, "text": t, "published": "2016-05-22", "events": [
    {"code": "REJECT", "source": JARRAY, "target": MEDIA},
    {"code": "ACCUSE", "source": JARRAY, "target": MEDIA},
    {"code": "THREATEN", "source": JARRAY, "target": MEDIA}], "claims": [
    {"speaker": JARRAY, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": JARRAY, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": JARRAY, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": JARRAY, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": JARRAY, "cue": cue(t, "مضيفا"), "stance": "warn"},
    {"speaker": JARRAY, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- Jawhara FM (AFP): the sixth night of protests in al-Hoceima (article of Thursday 2017-06-01). "تظاهر نحو ألفي
# شخص ... مساء الأربعاء ... للمطالبة بإطلاق سراح ناصر الزفزافي" is one PROTEST (its demand part of it), no addressee
# named, dated 2017-05-31; its chants (أطلق المحتجون هتافات ... "دولة فاسدة") are the protesters' claim (README),
# cue the light verb as batch 29's أطلقت تحذيرا, stance accuse. "كانت السلطات قد اعتقلت الزفزافي الاثنين الماضي"
# COERCE, 2017-05-29; "اعتقلت السلطات 40 شخصا الجمعة" a second COERCE, 2017-05-26; "قبل أن تطلق سراح سبعة منهم من
# دون اتهام" RETREAT (release, CAMEO 0841, as batches 27–28 and 37–40), undated. "انتشرت شرطة مكافحة الشغب خلال
# المظاهرة" is a police deployment: MOBILIZE (CAMEO 153), no target, dated with the protest (decided). "بينما كان
# (محسن فكري) يحتج على مصادرة السلطات كمية من السمك" is a historical clause with its actor: PROTEST aimed at the
# authorities, undated (October 2016 only). Not coded: the weekend clashes (nominal مواجهات), Fikri's death and the
# confiscation (nominal), the passive referral to trial (أحيل), the protesters dispersing. The detainees' list keeps
# "قادة في الحراك"; the protesters' list therefore holds no form with الحراك.
i = 'ant-JA-internationalNews-1013-20170601'
t = news_text(i)
AUTH = ["Moroccan authorities", "السلطات", "Morocco", "المغرب"]
DETAINED = ["40 people", "40 شخصا", "قادة في الحراك", "detainees", "سبعة منهم"]
recs.append({"id": i, "text": t, "published": "2017-06-01", "events": [
    {"code": "PROTEST", "source": ["protesters", "نحو ألفي شخص", "المحتجون", "المتظاهرون", "demonstrators"],
     "target": [], "date": "2017-05-31"},
    {"code": "COERCE", "source": AUTH, "target": ["Nasser Zefzafi", "ناصر الزفزافي", "الزفزافي"], "date": "2017-05-29"},
    {"code": "MOBILIZE", "source": ["riot police", "شرطة مكافحة الشغب", "Moroccan police", "Morocco", "المغرب"],
     "target": [], "date": "2017-05-31"},
    {"code": "PROTEST", "source": ["Mohcine Fikri", "محسن فكري", "بائع السمك"], "target": AUTH},
    {"code": "COERCE", "source": AUTH, "target": DETAINED, "date": "2017-05-26"},
    {"code": "RETREAT", "source": AUTH, "target": DETAINED}], "claims": [
    {"speaker": ["protesters", "المحتجون", "نحو ألفي شخص", "المتظاهرون"], "cue": cue(t, "أطلق"),
     "stance": "accuse"}]})
# --- Jawhara FM: the toll of the attack on a bus of Copts heading to Minya rises to 28 dead. The lead's attack is
# nominal, but "أفادت وزارة الداخلية المصرية بأن الهجوم نفّذه مسلحون مجهولون" names its doers (README: unknown
# gunmen are an explicit doer): one ASSAULT on the Copts, undated (no day in the text); naming unknown gunmen accuses
# no one. The closures and raised alert (تم اغلاق ... رفع حالة التأهب) are passive: not coded. Speakers: "مصادر
# طبية مصرية" and "وسائل إعلام مصرية" are bare (GUIDELINES: مصادر أمريكية), and "مصدر أمني" is tied to no named
# institution: no claims. Claims: the health ministry spokesman's أكد (Sky News the conduit) and the interior
# ministry's أفادت.
i = 'ant-JA-internationalNews-957-20170526'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-05-26", "events": [
    {"code": "ASSAULT", "source": ["unknown gunmen", "مسلحون مجهولون", "مسلحون", "gunmen"],
     "target": ["Copts", "الاقباط", "حافلة للاقباط", "Coptic Christians"]}], "claims": [
    {"speaker": ["Khaled Megahed", "خالد مجاهد", "مجاهد", "Egyptian Health Ministry spokesman",
                 "المتحدث باسم وزارة الصحة", "وزارة الصحة", "Egypt", "مصر"], "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ["Egyptian Interior Ministry", "وزارة الداخلية المصرية", "وزارة الداخلية", "Egypt", "مصر"],
     "cue": cue(t, "أفادت"), "stance": "assert"}]})
# --- Jawhara FM: Tunisian health professionals announce a general strike on 22 and 24 March (announced today,
# Tuesday 2017-03-14) to demand the release of two detained health workers. The announced strike is THREATEN (README,
# batches 8–9, 34), aimed at the authority and government the statement blames and calls on, dated by the
# announcement. Cherfi's statement (no day fixed: undated): "التنسيقية تطالب بالافراج ... وبإطلاق مبادرة تشريعية"
# a REQUEST of the coordination with no addressee named; his own "طالب ... بالكف عن شيطنة قطاع الصحة وبتوفير الظروف"
# a second REQUEST with no addressee (another speaker and statement) and "مطالبا الحكومة بالتدخل السريع" a third, to
# the government (batch 34: one REQUEST per addressee); "حمل الشرفي السلطة المسؤولية كاملة" ACCUSE; "لوح ...
# بتصعيد الاحتجاجات والدخول في إضراب مفتوح في صورة عدم الاستجابة" a conditional THREATEN. The detention of the two
# (الموقوفين) is nominal. Claims: "وفق أعلنت عنه" (the first sentence's only attribution, the whole phrase as cue,
# stance warn: its content the strike), أوضح، طالب، مطالبا (other), حمل (accuse), لوح (warn); "بحسب قوله" repeats its
# sentence's speaker, and "ما وصفه بـ«شيطنة»" is a quoting device inside his own demand, no distinct statement
# (decided). Cherfi's list holds his union (he speaks as its secretary general), not the coordination.
i = 'ant-JA-localNews-2748-20170314'
t = news_text(i)
COORD = ["Tunisian medical structures coordination", "تنسيقية الهياكل الطبية التونسية", "تنسيقية الهياكل الطبية",
         "تنسيقية الهياكل الصحية", "التنسيقية", "health professionals", "مهنيو الصحة"]
CHERFI = ["Faouzi Cherfi", "فوزي الشرفي", "الشرفي", "اتحاد أطباء الاختصاص والممارسة الحرة",
          "Union of Specialist and Private-Practice Doctors"]
GOV = ["Tunisian government", "الحكومة", "السلطة", "Tunisian authorities", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-03-14", "events": [
    {"code": "THREATEN", "source": COORD, "target": GOV, "date": "2017-03-14"},
    {"code": "REQUEST", "source": COORD, "target": []},
    {"code": "REQUEST", "source": CHERFI, "target": []},
    {"code": "ACCUSE", "source": CHERFI, "target": GOV},
    {"code": "REQUEST", "source": CHERFI, "target": GOV},
    {"code": "THREATEN", "source": CHERFI, "target": GOV}], "claims": [
    {"speaker": COORD, "cue": cue(t, "وفق أعلنت عنه"), "stance": "warn"},
    {"speaker": CHERFI, "cue": cue(t, "أوضح"), "stance": "other"},
    {"speaker": CHERFI, "cue": cue(t, "طالب", 3), "stance": "other"},
    {"speaker": CHERFI, "cue": cue(t, "حمل"), "stance": "accuse"},
    {"speaker": CHERFI, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": CHERFI, "cue": cue(t, "لوح"), "stance": "warn"}]})
# --- Jawhara FM: Enfidha airport workers refuse end-of-service compensation (UGTT local secretary general, today,
# Sunday 2016-02-07). "الشركة التركية ... عرضت عليهم تعويضات نهاية الخدمة" is an offer: AGREE to the workers;
# "العمال يرفضون تسلّم تعويضات" and "هو ما تم رفضه من طرف العمال" are one refusal: REJECT of the company; both
# undated (before today's statement). The dismissal (إنهاء خدماتهم من طرف، تعرضوا للطرد، متمسكة بطردهم) is nominal or
# passive: not coded (decided). "أعلن أن جهة النفيضة ... ستدخل يوم غد في إضراب عام" is an announced strike:
# THREATEN, aimed at the local authorities whose stalled negotiations it answers, dated by the announcement (the
# statement of اليوم الأحد); the negotiations (تعطل مفاوضات) are nominal. Claims: أكد (assert), "شدد بالقول" (accuse,
# cue شدد), أعلن (warn); "بحسب تعبيره" and "وفق ما صرح به" repeat their sentences' speaker. Enfidha is named on its own,
# so only the strike's source (the region) holds it; the union leader and the workers keep no form with النفيضة.
i = 'ant-JA-localNews-3816-20160207'
t = news_text(i)
GHARSALLAH = ["Taoufik Gharsallah", "توفيق غرس الله", "غرس الله", "UGTT local union", "اتحاد الشغل", "UGTT"]
WORKERS = ["airport workers", "العمال", "عمال المطار", "workers", "30 عاملا"]
BTA = ["BTA", "شركة BTA", "الشركة التركية", "الشركة", "Turkish company"]
recs.append({"id": i, "text": t, "published": "2016-02-07", "events": [
    {"code": "AGREE", "source": BTA, "target": WORKERS},
    {"code": "REJECT", "source": WORKERS, "target": BTA},
    {"code": "THREATEN", "source": ["Enfidha", "النفيضة", "جهة النفيضة"] + GHARSALLAH,
     "target": ["local authorities", "السلطات المحلية", "Tunisian authorities", "Tunisia"], "date": "2016-02-07"}],
    "claims": [
    {"speaker": GHARSALLAH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": GHARSALLAH, "cue": cue(t, "شدد"), "stance": "accuse"},
    {"speaker": GHARSALLAH, "cue": cue(t, "أعلن"), "stance": "warn"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch42.gold.jsonl', recs)
