"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 107 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq (Taif): a cat takes the receptionist's place at the children's hospital today; a citizen films the neglect.
# The cat and the cats roaming the building are no actors; "مكتب الاستقبال الذي هُجرَ من قِبل الموظف" (an employee of
# the hospital leaving his own desk) and the visitors who "شهدوا ... سوء النظافة" are no events. "وكانَ أحد المواطنين قد
# قام بتوثيق تلك الحالة عبر فيديو ... ليكشف ذلك الإهمال والذي يطول المستشفى منذُ زمنٍ طويل" exposes the hospital's
# negligence, and his rhetorical "فهل أصبحت مستشفياتنا هذا حالها، وهل يرضى المسؤول ذلك الأمر؟!" blames it: one ACCUSE
# citizen → the hospital (README: publishing a report on abuses is ACCUSE; a rhetorical question blaming a named party
# is ACCUSE; a citizen's complaint blaming a body), undated (decided: the text dates the scene, not the filming). His
# "يجب أن يصل هذا المصور للمسؤول والذي ينبغي تدخله" is a concrete call for intervention on an unnamed official:
# REQUEST with no target (README batches 89–92: residents hoping an official solves their problem make a REQUEST;
# sessions 12/14: a call with no named addressee), undated. "زودَ به سبق" hands the video to the reporting outlet itself
# (decided: sourcing the narrator, no COOPERATE). Claim: the citizen's قال (one specific person, the one who filmed,
# identifiable as batch 73's complaining citizen; decided stance other, the quote opening with the call). Forms holding
# الطائف (named on its own) are left out of the hospital's list.
i = 'snn-2015-08-06-3047'
t = news_text(i)
CITIZEN = ["citizen", "أحد المواطنين", "مواطن"]
HOSPITAL = ["Taif Children's Hospital", "Children's Hospital", "مستشفى الأطفال", "المستشفى"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": CITIZEN, "target": HOSPITAL},
    {"code": "REQUEST", "source": CITIZEN, "target": []}], "claims": [
    {"speaker": CITIZEN, "cue": cue(t, "قال"), "stance": "other"}]})
# --- SaudiNewsNet: Al-Ahli says today (Thursday: 2015-07-23, the day before the corpus date; the text's weekday wins,
# README batches 29–30) that Al-Shabab's statement denying any intention to sell Hassan Muath contradicts what the two
# clubs' managements agreed. The transfer itself (Ahli's official offer of Saturday 2-10, Shabab's approval of Sunday
# 3-10, Ahli's letter of Tuesday 5-10 asking the player to come for the medical, the renewed contacts) is sport
# business: no events (README: transfer offers and refusals between clubs, batches 26, 32, 35, 38); Shabab's denial of
# any intention to sell is a refusal within that business, so no REJECT (decided), but a claim. Ahli's public charge
# that Shabab's statement "يتناقض مع ما اتفقت عليه إدارتا الناديين" (lead and the statement's last sentence, "فوجئت
# إدارة الأهلي ...") is a quarrel between clubs, coded as batches 37–40 and 61–64 code club quarrels: one ACCUSE Ahli →
# Shabab (decided), dated 2015-07-23 (the statement is today's). Claims: Ahli's أعلن (the charge: accuse); "جاء ذلك في
# بيان ... الذي تضمن" points the lead back to the statement and introduces its quoted history of the talks: one claim,
# cue تضمن (assert); "وأضاف البيان" (cue أضاف; the Tuesday letter and the surprise: accuse); Shabab's statement as told
# in the lead, "إدارة الشباب أصدرت نفيا" (embedded speech, README batches 29–30; a light verb as cue; deny); the quote's
# "بإصدار نظيرتها في الشباب بيانا رسميا تضمن نفيا قاطعا" re-tells the same statement: no second claim (decided).
i = 'snn-2015-07-24-1323'
t = news_text(i)
AHLI = ["Al-Ahli Club", "Al-Ahli", "نادي الأهلي", "الأهلي", "النادي الأهلي", "إدارة الأهلي", "إدارة النادي الأهلي",
        "المركز الإعلامي بنادي الأهلي"]
SHABAB = ["Al-Shabab Club", "Al-Shabab", "نادي الشباب", "الشباب", "إدارة الشباب", "إدارة نادي الشباب"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": AHLI, "target": SHABAB, "date": "2015-07-23"}], "claims": [
    {"speaker": AHLI, "cue": cue(t, "أعلن"), "stance": "accuse"},
    {"speaker": SHABAB, "cue": cue(t, "أصدرت"), "stance": "deny"},
    {"speaker": AHLI + ["البيان"], "cue": cue(t, "تضمن", 1), "stance": "assert"},
    {"speaker": AHLI + ["البيان"], "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- SPA (Kuwait): Kuwait's acting National Assembly speaker Mubarak al-Kharinj rejects Iraqi Vice-President Nouri
# al-Maliki's statements accusing Saudi Arabia of backing terrorism. "أعرب ... عن رفضه للتصريحات غير المسؤولة" is the
# condemnation of another party's statement: ACCUSE Kharinj → Maliki (GUIDELINES: condemnation is ACCUSE even with
# رفض), and his رأى and أكد (the provocative, offensive statement does not serve stability) go on with it (one
# ACCUSE); undated (no day in the text). "المالكي الذي اتهم المملكة العربية السعودية بدعم ورعاية الإرهاب" is a
# relative clause with its doer: ACCUSE Maliki → Saudi Arabia, undated; the backing of terrorism is only its content
# (README session 21: no event of its own). His praise of Saudi Arabia ("دولة كبيرة ورائدة ... التي يعتز بها كل مسلمي
# العالم لما تقدمه من دعم ورعاية للفكر الإسلامي المعتدل ... وخدمة كبيرة للحرمين") is praise of a named state: SUPPORT
# Kharinj → Saudi Arabia (GUIDELINES: praise → SUPPORT; decided, though it sits inside his criticism), undated. Not
# coded: "ودعا الخرينج إلى التعاون ... بين دول المنطقة" (a general exhortation to the region's states, README session
# 25: a claim but no REQUEST, decided), "عانت ... من إرهاب الفئة الضالة" (a noun with no named doer), Saudi Arabia's
# "عملها المشترك مع دول العالم" (a noun, background). Claims: أعرب (accuse), رأى (accuse), أكد (accuse), مشدداً (Saudi
# Arabia's suffering from terrorism and its firm stand: assert), دعا (other). Kharinj lists Kuwait (the dateline),
# Maliki Iraq.
i = 'snn-2015-07-23-1259'
t = news_text(i)
KHARINJ = ["Mubarak bin Bunayyah al-Kharinj", "مبارك بن بنيه الخرينج", "الخرينج", "مجلس الأمة الكويتي",
           "Kuwaiti National Assembly", "Kuwait", "الكويت"]
MALIKI = ["Nouri al-Maliki", "نوري المالكي", "المالكي", "نائب الرئيس العراقي", "المسؤول العراقي", "Iraq", "العراق"]
SAUDI = ["Saudi Arabia", "المملكة العربية السعودية", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ACCUSE", "source": KHARINJ, "target": MALIKI},
    {"code": "ACCUSE", "source": MALIKI, "target": SAUDI},
    {"code": "SUPPORT", "source": KHARINJ, "target": SAUDI}], "claims": [
    {"speaker": KHARINJ, "cue": cue(t, "أعرب"), "stance": "accuse"},
    {"speaker": KHARINJ, "cue": cue(t, "رأى"), "stance": "accuse"},
    {"speaker": KHARINJ, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": KHARINJ, "cue": cue(t, "مشدداً"), "stance": "assert"},
    {"speaker": KHARINJ, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- SaudiNewsNet: the first pilgrims of the season (16 Malaysians) arrive at King Abdulaziz Airport in Jeddah.
# Receiving pilgrims ("جوازات المطار استقبلت مساء الاثنين الماضي 16 حاجًا ماليزيًا", the welcome, the entry
# procedures and fingerprints) is religious and border service, not a PLOVER event (batch 31: receiving pilgrims is
# not coded); the Malaysian flight that carried them is no act towards a party. "بتجنيد قوة بشرية من ضباط وأفراد
# ومفتشات، تم توزيعهم على مختلف الصالات" is the directorate staffing its own halls (decided: internal staffing, like
# election staff recruited in batches 93–96, no MOBILIZE). No event. Claims: Col. Sulaiman al-Yousef's قال, لفت, أفاد
# and موضحًا (all assert). He is a state official (Saudi Passports) and lists Saudi Arabia; forms holding the airport's
# name (a named place of the article) are left out.
i = 'snn-2015-08-06-0240'
t = news_text(i)
YOUSEF = ["Sulaiman al-Yousef", "سليمان اليوسف", "اليوسف", "العقيد سليمان اليوسف", "جوازات المطار",
          "airport passports director", "Saudi Passports", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": YOUSEF, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": YOUSEF, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": YOUSEF, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": YOUSEF, "cue": cue(t, "موضحًا"), "stance": "assert"}]})
# --- SaudiNewsNet opinion column on yesterday's Abha bombing (the mosque of soldiers at prayer). The columnist is the
# narrator (README, batches 28, 38, 80): his reflections and rhetorical questions are neither claims nor events, and
# "كيف له أن ... يقتل جنديا" / "يقتل مصليا" are generic hypotheticals. "تفجير أبها الإرهابي الذي وقع ظهر أمس" has no
# doer in its own clause, but the column names one: "وهو قاتل أرسله سيده" (the killer of the praying soldiers, "فهم
# مصلون مرابطون") and the Saudis' retort to terrorism "إن كنتم قتلتم 20 جنديا": one ASSAULT of the killer on the
# soldiers at prayer (decided, as batches 89–92 make a bombing's perpetrator told through others its doer), dated by
# "ظهر أمس" (2015-08-06). "أرسله سيده" names no master: not coded. "السعوديين صرخوا ... في وجه الإرهاب" is the nation
# as a bare group voicing a slogan (README: bare groups make no claim; decided no THREATEN, a defiant slogan with no
# act); their condolences ("توجيه العزاء لذوي الشهداء والمواساة للجرحى") are neither events nor claims (README). No
# claims.
i = 'snn-2015-08-07-0196'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ASSAULT", "source": ["Abha mosque bomber", "suicide bomber", "قاتل", "الإرهاب", "terrorists"],
     "target": ["worshippers", "مصلون مرابطون", "soldiers", "20 جنديا", "جنديا", "الشهداء",
                "Saudi security forces"], "date": "2015-08-06"}], "claims": []})
# --- Jawhara FM (Monday 2016-10-10): classes at the Mohamed Boudhina secondary school in Hammamet stop this morning
# after pupils protest against the ministry's continuous-assessment system. "وقفة احتجاجية نفذها التلاميذ رفضا لنظام
# المراقبة المستمرة الذي أصدرته الوزارة" is a protest told in a relative clause with its doer, against the ministry's
# system: PROTEST pupils → the Ministry of Education (README: a protest's demand names its target), dated by "صباح
# اليوم الإثنين 10 أكتوبر 2016". "حسب مراسلة الجوهرة" is the outlet's own correspondent: no claim. "وكانت الوزارة قد
# أصدرت نظاما" is the ministry's own regulation: no event. "وقع رفضه من نقابة التعليم الثانوي" (a passive with its
# agent) is the union's rejection of the ministry's system: REJECT union → ministry, undated; "التي دعت في ماي الماضي
# كافة المدرسين إلى عدم العمل بذلك التوزيع" is the union's call on the teachers: REQUEST union → teachers (README
# batches 81–84: a union calling teachers to boycott is a REQUEST to them, refusing the ministry's work REJECT of it),
# undated (a month). The adviser's supervision of a dialogue session in Sfax yesterday (a verbal noun, no named
# counterpart) and the programme committee's meeting and circular (passive, inside the ministry) are not coded.
# Claims: the union's دعت (a relative clause that gives the call's content: other, decided); the Education Minister's
# adviser Hedi Ben Khalifa's أكد (that the system will be clarified and agreed today and a circular issued soon:
# promise). The ministry and its adviser list Tunisia.
i = 'ant-JA-localNews-1532-20161010'
t = news_text(i)
MINISTRY = ["Tunisian Ministry of Education", "Ministry of Education", "وزارة التربية", "الوزارة", "Tunisia", "تونس"]
UNION = ["Secondary Education Union", "General Union of Secondary Education", "نقابة التعليم الثانوي"]
recs.append({"id": i, "text": t, "published": "2016-10-10", "events": [
    {"code": "PROTEST", "source": ["pupils", "التلاميذ", "students"], "target": MINISTRY, "date": "2016-10-10"},
    {"code": "REJECT", "source": UNION, "target": MINISTRY},
    {"code": "REQUEST", "source": UNION, "target": ["teachers", "كافة المدرسين", "المدرسين"]}], "claims": [
    {"speaker": UNION, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": ["Hedi Ben Khalifa", "الهادي بن خليفة", "بن خليفة", "مستشار وزير التربية"] + MINISTRY,
     "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- Jawhara FM (Monday 2016-04-04): the party Harak Tounes al-Irada warns of wide social protests and criticises the
# government's handling of employment. "حذّر ... من اندلاع احتجاجات اجتماعية واسعة" warns of an outcome and threatens
# no one: a claim (warn), no event. "ما حدث اليوم من تصادم مع المحتجين أمام مقر وزارة التشغيل" is a clash told as a
# noun with no doer (README session 23): not coded. "وانتقد الحزب في بيان له اليوم المقاربات المتبعة من قبل الحكومة"
# and the statement's further criticisms (مشيرا، وأضاف، وأشار، "عبر ... عن أسفه لتواصل سياسة الهرولة نحو التداين")
# are one statement's criticism of one party: one ACCUSE party → government (README: several criticisms of one party
# are one ACCUSE and several claims), dated 2016-04-04 (بيان له اليوم). "طلب الحكومة قروضا من المؤسسات الماليّة
# الدوليّة" is a verbal noun inside the criticism (background, not coded); the passives "لم يقع التطرّق" and "تمّ تجنّب"
# name no doer. Claims: حذّر (warn), انتقد, مشيرا, وأضاف, وأشار, عبر (all accuse). The party's name is given without its
# descriptor حزب (GUIDELINES); the government's list leaves out تونس, which the party's name holds.
i = 'ant-JA-politic-339-20160404'
t = news_text(i)
HARAK = ["Harak Tounes al-Irada", "حراك تونس الإرادة", "حزب حراك تونس الإرادة", "الحزب"]
recs.append({"id": i, "text": t, "published": "2016-04-04", "events": [
    {"code": "ACCUSE", "source": HARAK, "target": ["Tunisian government", "الحكومة"], "date": "2016-04-04"}],
    "claims": [
    {"speaker": HARAK, "cue": cue(t, "حذّر"), "stance": "warn"},
    {"speaker": HARAK, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": HARAK, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": HARAK, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": HARAK, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": HARAK, "cue": cue(t, "عبر", 1), "stance": "accuse"}]})
# --- Jawhara FM (Friday 2017-04-14): UTICA's national chamber of meat traders and importers asks the government to
# reverse the decision giving the state meat company the sole right to import chilled meat. "اعتبر الغرفة ... قرار
# وزارة الصناعة والتجارة ... فيه ضرب لمبدأ حرية التجارة" and "تجدد الغرفة التأكيد على أن هذا القرار لا يكرس سياسة
# حكومة الوحدة الوطنية" are one communiqué's criticism of the ministry's decision: one ACCUSE chamber → the ministry
# (several criticisms of one party, one ACCUSE), dated by "في بلاغ لها الجمعة" (2017-04-14, the corpus date). "وطالبت
# الحكومة بمراجعة قرار إقصاء القطاع الخاص ... والسماح للمؤسسات الخاصة بتوريد" is a demand on a named addressee: REQUEST
# chamber → the government, dated 2017-04-14. The ministry's decision itself (a noun, a state body tasking a state
# company) is not coded. Claims: اعتبر (accuse), ذكرت (the private firms' health approvals: assert), طالبت (other),
# "تجدد الغرفة التأكيد" (accuse; the phrase as cue). Decided: the chamber's list holds UTICA, the body it belongs to
# (as batch 85 lists a director's hospital); no list holds a form of another actor's name.
i = 'ant-JA-economy-204-20170414'
t = news_text(i)
CHAMBER = ["National Chamber of Meat Traders and Importers", "الغرفة الوطنية لتجار اللحوم والموردين", "الغرفة",
           "UTICA", "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية"]
recs.append({"id": i, "text": t, "published": "2017-04-14", "events": [
    {"code": "ACCUSE", "source": CHAMBER, "target": ["Ministry of Industry and Trade", "وزارة الصناعة والتجارة"],
     "date": "2017-04-14"},
    {"code": "REQUEST", "source": CHAMBER, "target": ["Tunisian government", "الحكومة", "حكومة الوحدة الوطنية"],
     "date": "2017-04-14"}], "claims": [
    {"speaker": CHAMBER, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": CHAMBER, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": CHAMBER, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": CHAMBER, "cue": cue(t, "تجدد الغرفة التأكيد"), "stance": "accuse"}]})
# --- Jawhara FM: the Italian street show "Fiesta" in the Kef drama centre's 24-hour theatre marathon. The festival's
# programming ("اختار القائمون ... برمجة عديد العروض", "اقترحت إدارة المهرجان العرض") is an organiser's own choice of
# shows, not a proposal to a party (no AGREE); the show's synopsis (a grandmother mistreating Eréndira) is fiction. No
# events, no claims.
i = 'ant-JA-culture-57-20170309'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-03-09", "events": [], "claims": []})
# --- Jawhara FM (Friday 2015-10-23): tension at the Lakhmi mosque in Sfax for a second week as supporters of the
# dismissed imam Ridha Jouadi block Friday prayer; arrests follow. Every statement is the outlet's own correspondent's
# (أكد مراسل الجوهرة، أوضح مراسلنا، أشار، أكد مراسلنا): no claims (README session 23). "يتم منع اقامة صلاة الجمعة ...
# من قبل مؤيدي الإمام المعزول رضا الجوادي احتجاجا على قرار عزله" (a passive with its agent) and "قاموا بمنع الإمام
# الجديد من اعتلاء المنبر ... مرددين شعارات" (with "منع البقية الإمام من الصعود إلى المنبر", the same act) are one
# protest by obstruction (CAMEO 144): PROTEST supporters → the new imam and the Minister of Religious Affairs whose
# decision the text names (decided: one list for both; README: a protest's demand names its target), its slogans no
# claim. "وصل بهم الأمر إلى الاشتباك مع بقية المصلين" is a clash told by a verbal noun after a finite "وصل بهم الأمر"
# with both sides named: one reciprocal ASSAULT, both sides in the source and no target (README: police and
# protesters clashing). "ما دفع الوحدات الأمنية إلى تنفيذ جملة من الإيقافات تنفيذا لقرار وزير الشؤون الدينية" is
# COERCE security units → the supporters (the minister's decision is a noun: the units alone are the source, decided).
# Decided: all three are dated 2015-10-23, the Friday prayer of a report published that Friday ("للأسبوع الثاني على
# التوالي", "منذ صباح اليوم"). Not coded: the worshippers leaving for other mosques, "وجود أمني مكثف" (a noun, no
# verb: no MOBILIZE), the governor and district chiefs present. Forms holding رضا الجوادي (a person named on his own)
# are left out of the supporters' list.
i = 'ant-JA-localNews-4127-20151023'
t = news_text(i)
SUPPORTERS = ["supporters of the dismissed imam", "مؤيدي الإمام المعزول", "المصلين المؤيدين", "المؤيدين"]
recs.append({"id": i, "text": t, "published": "2015-10-23", "events": [
    {"code": "PROTEST", "source": SUPPORTERS,
     "target": ["new imam", "الإمام الجديد", "Minister of Religious Affairs", "وزير الشؤون الدينية",
                "Ministry of Religious Affairs", "Tunisia", "تونس"], "date": "2015-10-23"},
    {"code": "ASSAULT", "source": SUPPORTERS + ["other worshippers", "بقية المصلين"], "target": [],
     "date": "2015-10-23"},
    {"code": "COERCE", "source": ["security units", "الوحدات الأمنية", "Tunisian police"], "target": SUPPORTERS,
     "date": "2015-10-23"}], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch107.gold.jsonl', recs)
