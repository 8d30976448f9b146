"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 120 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq (Riyadh): tweeters ask Labour Minister Mufrej al-Haqbani to investigate how MBC's programme "al-Israr" was
# awarded and to stop it before it airs. The tweeters ("عدد من المغردين"، "مغردون", who launched the hashtag) are the
# article's protagonists and a bare group: their acts are coded, they make no claim (batch 59's tweeters: events
# coded, no claims; decided over batch 104's "منهم من قال", which had no group acting as one). "طالب عددٌ من
# المغردين ... وزير العمل مفرج الحقباني بالتحقيق في كيفية ترسية برنامج الإصرار" is REQUEST → the minister; the
# closing "مؤكدين ضرورة اطلاعه، والتحقق من نظاميته وجدواه" asks the same man for the same check: folded into it
# (decided). "وطالب المغردون بإيقاف البرنامج قبل بثه، واستعمال هذه المصاريف ..." is a second, distinct demand with no
# addressee named: REQUEST with no target (batch 59's two demands, two REQUESTs). The hashtag's "سيكون أكبر كذبة
# للسعودة ... يخالف سياسة الدولة" with "قائلين"/"وأضافوا ... لا يوجد أي ثقة بالكوادر السعودية" is one criticism of the
# programme's makers: one ACCUSE → MBC and the ministry body that sponsored it (decided: the programme is no actor,
# its producer and sponsor are). All undated (no day). Not coded: MBC's filming, the sponsoring body's funding
# (تكفلت به: a commission, no relation between two parties coded), the former minister's policy. Claims: none — the
# tweeters are a bare group (batches 58, 59, 97–100); "تساءل" and "متسائلين" have the same speakers.
i = 'snn-2015-08-01-1214'
t = news_text(i)
TWEETERS = ["tweeters", "المغردين", "عدد من المغردين", "المغردون", "مغردون"]
HAQBANI = ["Mufrej al-Haqbani", "مفرج الحقباني", "الحقباني", "وزير العمل", "وزير العمل الحالي",
           "Saudi Minister of Labour", "Saudi Arabia"]
MBC = ["MBC", "إم بي سي", "قناة إم بي سي", "Ministry of Labour body", "إحدى الجهات التابعة للوزارة",
       "الجهات التابعة للوزارة"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REQUEST", "source": TWEETERS, "target": HAQBANI},
    {"code": "ACCUSE", "source": TWEETERS, "target": MBC},
    {"code": "REQUEST", "source": TWEETERS, "target": []}], "claims": []})
# --- SaudiNewsNet: the Egyptian government, through the Chemical Industries Holding Company (Investment Ministry),
# prepares a decisive round of talks in Riyadh in early August with Saudi investor Abdulilah Kaaki over Tanta Flax.
# "تستعد الحكومة المصرية ... لبدء جولة حاسمة من المفاوضات ... مع المستثمر عبدالإله كعكى" is a future meeting: AGREE
# (GUIDELINES: future meetings), the government as source and Kaaki as target, undated (early August, month only).
# "طالب المستثمر السعودي الحكومة المصرية برد مليار جنيه" is REQUEST Kaaki → the government, undated; the passive cut
# to 600 million (تم تخفيضها) has no explicit actor: not coded. "ترى الشركة القابضة أن هذا الرقم كبير" disputes the
# figure without refusing it: a claim, no REJECT (decided, as "a reason given for a demand is no REJECT"), stance deny
# (a rebuttal of the demand; decided). Not coded: Kaaki's purchase of the company (business), the court ruling voiding
# the sale ("صدر حكم قضائي": no court named), the laid-off workers' return (passive), the holding-company chairman
# delegating the Investment Ministry's assistant to set a date (internal to the government; "قرر" reports no
# statement, batch 34), the government's hopes (تعول: no statement) and the wages paid. Claims: Kaaki's طالب (other)
# and the holding company's ترى (deny). Kaaki, a private investor, lists no state; no list holds الرياض.
i = 'snn-2015-07-27-1301'
t = news_text(i)
EGYPT_GOV = ["Egyptian government", "الحكومة المصرية", "Chemical Industries Holding Company",
             "الشركة القابضة للكيماويات", "القابضة للكيماويات", "الشركة القابضة", "Egyptian Ministry of Investment",
             "وزارة الاستثمار", "Egypt", "مصر"]
KAAKI = ["Abdulilah Kaaki", "عبدالإله كعكى", "كعكى", "الكعكي", "المستثمر السعودي", "المستثمر"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "AGREE", "source": EGYPT_GOV, "target": KAAKI},
    {"code": "REQUEST", "source": KAAKI, "target": EGYPT_GOV}], "claims": [
    {"speaker": KAAKI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": EGYPT_GOV, "cue": cue(t, "ترى"), "stance": "deny"}]})
# --- Al-Eqtisadiah: Saudi Fransi Capital appoints Walid Fatani chief executive. A company's internal appointment is no
# event (batches 45 and 109–112), and the chairman's praise of his own new CEO is inside the company: no SUPPORT
# (decided, as praise of one's own ministry is internal, batch 31). Fatani's past posts (Abdul Latif Jameel, Deutsche
# Bank, Banque Saudi Fransi) are background. Claims: the company's أعلنت (assert); chairman Abdulaziz al-Rashed's
# "صرح ... قائلا" (one statement, cue صرح, as batch 76) and أضاف (his CEO's record: assert). "وتعد" is the
# narrator's description of the company.
i = 'snn-2015-08-04-0316'
t = news_text(i)
SFC = ["Saudi Fransi Capital", "السعودي الفرنسي كابيتال"]
RASHED = ["Abdulaziz al-Rashed", "عبد العزيز الراشد", "الراشد", "رئيس مجلس الإدارة"] + SFC
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [], "claims": [
    {"speaker": SFC, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": RASHED, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": RASHED, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (Majmaah): the governorate's education director Saleh al-Rubaia receives a team from the Ministry
# of Education's "Fares" project (its administrative and financial system), which visits the directorate. The team
# belongs to the ministry's own project, serving "الشؤون الإدارية والمالية في الوزارة والإدارات التعليمية", and
# visits one of the ministry's own regional directorates: the visit, the working session with its departments, the
# discussions and the tour are inside one ministry, internal administration (batches 31, 39 and 41: a ministry with
# its own agency), no events (decided; not the CONSULT of a visit between separate bodies). Claims: none — "تحدث أعضاء
# الفريق عن رؤية المشروع ..." names topics, not a statement (batches 25 and 50), and "جرى نقاش" reports deliberation.
i = 'snn-2015-08-07-0410'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": []})
# --- SaudiNewsNet (Friday 2015-07-24): Hafr al-Batin police arrest a man who beat his wife to death. "تمكنت شرطة
# محافظة حفر الباطن من ضبط مواطن بتهمة الاعتداء على زوجته" is one COERCE police → the husband, the charge folded in
# (arrested and charged in one clause, batch 27), re-told by "وضبطوا الجاني" and the detention "تقرر توقيفه"; undated
# (the arrest has no day). "بتعرض مواطنة ثلاثينية للاعتداء بالضرب على يد زوجها" names the doer: ASSAULT husband →
# wife, her death folded in, dated 2015-07-22 (decided: the report of it came "في 11:30 مساءً، أول من أمس", two days
# before the publication day, so the beating was that evening). "مختصين بالشرطة باشروا إجراءات الضبط الجنائي
# للحادثة" is the police taking up the case: one ACCUSE of the culprit (batches 73–76: police handling a killing),
# undated. Not coded: the hospital transfer (passive) and the coming referral to the Bureau of Investigation and
# Public Prosecution (passive, future). Claims: spokesman Col. Ziyad al-Ruqaiti's قال, أشار and ذكر (all assert).
i = 'snn-2015-07-24-1211'
t = news_text(i)
POLICE = ["Hafr al-Batin police", "شرطة محافظة حفر الباطن", "الشرطة", "مختصين بالشرطة", "Saudi police"]
HUSBAND = ["husband", "زوجها", "مواطن", "الجاني", "مواطن ثلاثيني"]
WIFE = ["wife", "زوجته", "مواطنة ثلاثينية", "المرأة"]
RUQAITI = ["Ziyad al-Ruqaiti", "زياد الرقيطي", "الرقيطي", "الناطق الإعلامي باسم شرطة المنطقة الشرقية",
           "Eastern Province Police", "شرطة المنطقة الشرقية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "COERCE", "source": POLICE, "target": HUSBAND},
    {"code": "ASSAULT", "source": HUSBAND, "target": WIFE, "date": "2015-07-22"},
    {"code": "ACCUSE", "source": POLICE, "target": HUSBAND}], "claims": [
    {"speaker": RUQAITI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": RUQAITI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": RUQAITI, "cue": cue(t, "ذكر"), "stance": "assert"}]})
# --- Jawhara FM (Monday 2017-04-10): economist Ezzeddine Saidane, on the programme "علاش هكّة" today, on the trade
# deficit and imports. "مشددا على ضرورة مراجعة الاتفاقيات المبرمة للتوريد ... من المواد التي يجب التخلي عن توريدها" is
# a call with no addressee named in its sentence: REQUEST with no target (batches 33–36, 93–96: a "ضرورة" call on a
# talk show), dated 2017-04-10 (said today). "أشار ... إلى ارتباك حكومة الوحدة الوطنية وخوفها من اتخاذ قرار مراجعة
# الاتفاقيات" criticises the government: ACCUSE Saidane → the Government of National Unity, dated 2017-04-10, with
# "لافتا" (its ministers' contradiction) folded in. "مؤكدا أن التوريد من تركيا أضر بالقطاعات الحيوية" blames a trade
# flow, not Turkey as an actor: no ACCUSE (decided: complaints that blame no one). The warning about the economy names
# no party: a claim only. The two ministers' positions ("احد وزراء الحكومة يطالب بمراجعة ..."، "صرح وزير آخر بأن
# هذا القرار لا سبيل إليه") are the government's internal deliberation: no events; but each is embedded speech of a
# speaker tied to a named government (GUIDELINES: anonymous speakers tied to a government count; batches 29–30:
# embedded speech is its own claim): يطالب (other) and صرح (a refusal: deny), decided. Claims of Saidane: قال, أوضح,
# أضاف, مؤكدا (assert), حذّر (warn), مشددا (other), أشار (accuse) and لافتا (accuse, decided: it carries the
# criticism of the government's confusion). Jawhara FM is the venue. No list holds تركيا, الصين or روسيا.
i = 'ant-JA-localNews-4445-20170410'
t = news_text(i)
SAIDANE = ["Ezzeddine Saidane", "عز الدين سعيدان", "سعيدان", "الخبير الاقتصادي", "الخبير"]
TN_GOV = ["Government of National Unity", "حكومة الوحدة الوطنية", "Tunisian government", "الحكومة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-04-10", "events": [
    {"code": "REQUEST", "source": SAIDANE, "target": [], "date": "2017-04-10"},
    {"code": "ACCUSE", "source": SAIDANE, "target": TN_GOV, "date": "2017-04-10"}], "claims": [
    {"speaker": SAIDANE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SAIDANE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SAIDANE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SAIDANE, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": SAIDANE, "cue": cue(t, "حذّر"), "stance": "warn"},
    {"speaker": SAIDANE, "cue": cue(t, "مشددا"), "stance": "other"},
    {"speaker": SAIDANE, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": SAIDANE, "cue": cue(t, "لافتا"), "stance": "accuse"},
    {"speaker": ["minister of the government", "احد وزراء الحكومة"] + TN_GOV, "cue": cue(t, "يطالب"),
     "stance": "other"},
    {"speaker": ["another minister", "وزير آخر"] + TN_GOV, "cue": cue(t, "صرح"), "stance": "deny"}]})
# --- Jawhara FM (Sunday 2017-03-19): Welt am Sonntag reports that Germany has raised its alert level against cyber
# attacks before the parliamentary elections. "ألمانيا رفعت مستوى التأهب تحسبا لهجمات الكترونية", re-told as "تم رفع
# مستوى التأهب منذ تدخل الهجمات الالكترونية في الانتخابات الرئاسية الأمريكية", is raised security readiness: one
# MOBILIZE Germany with no target (batches 37–40: raised readiness is MOBILIZE; no attacker is named), undated (since
# the US election, no day). The daily attacks on government networks have no doer: not coded. The BSI being "على اتصال
# وثيق" with election officials, parties and the federal states is a standing coordination of Germany's election
# security, mostly inside the state: not coded (decided), and its readiness to respond is no event. The BSI's press
# conference in Hanover on Monday is no meeting with another party; "لم يتسن الوصول ... للتعليق" is no statement.
# Maassen's warning in late February names no party: a claim only. Claims: Welt am Sonntag reporting on its own
# account speaks (batches 85–88: a TV station's own report): قالت (1st), قائلة (different content: daily attacks) and
# "قالت" (2nd, since the US election), all assert; "لم تذكر" is negated. BSI head Arne Schönbohm's two قال (assert);
# domestic-intelligence chief Hans-Georg Maassen's حذر (warn).
i = 'ant-JA-internationalNews-631-20170319'
t = news_text(i)
GERMANY = ["Germany", "ألمانيا"]
WELT = ["Welt am Sonntag", "فيلت ام زونتاج", "صحيفة فيلت ام زونتاج", "الصحيفة"]
SCHOENBOHM = ["Arne Schönbohm", "آرني شينبوم", "شينبوم", "Federal Office for Information Security", "BSI",
              "المكتب الاتحادي لمعلومات الأمن", "المكتب"] + GERMANY
MAASSEN = ["Hans-Georg Maassen", "هانز جورج ماسين", "ماسين", "German domestic intelligence",
           "رئيس المخابرات الداخلية الألمانية"] + GERMANY
recs.append({"id": i, "text": t, "published": "2017-03-19", "events": [
    {"code": "MOBILIZE", "source": GERMANY, "target": []}], "claims": [
    {"speaker": WELT, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": WELT, "cue": cue(t, "قائلة"), "stance": "assert"},
    {"speaker": SCHOENBOHM, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SCHOENBOHM, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": WELT, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": MAASSEN, "cue": cue(t, "حذر"), "stance": "warn"}]})
# --- Jawhara FM (Thursday 2017-04-13): the private channel Nessma rejects HAICA's decision to stop its programmes on
# the FM frequencies of regional radios. "وكان مجلس الهيئة ... قرر إيقاف بث برامج قناة نسمة التلفزية على ترددات 7
# إذاعات" (the lead's "قرار الهيئة ... القاضي بإيقاف بث برامجها" re-tells it) is a regulator's administrative sanction:
# COERCE HAICA → Nessma (CAMEO 172, batches 8–9), dated 2017-04-11 ("قراره الصادر مساء الثلاثاء"). Nessma's statement,
# which "في بيان لها اليوم الخميس" dates (decided: the lead's اعتبرت and معبرة report the same statement), gives:
# "اعتبرت ... قرارا مفتعلا وغير قانوني وصادرا عن هيئة منتهية الصلاحيات" with "مشيرة إلى أن قرار الهايكا لا يهدف ...
# إلا لخنق هذا الصوت" — one condemnation, one ACCUSE Nessma → HAICA; "رفضها القاطع للخضوع لهذه القرارات" (defying the
# decision, CAMEO 12x as batches 77–80's residents defying a ban) and "فندت القناة ... إدعاء الهايكا" (denying the
# regulator's monopoly charge) — one REJECT Nessma → HAICA (decided: one rejection of one decision and its grounds in
# one statement, as batch 109–112's company's two denials are one REJECT); "لجوئها إلى القضاء لإبطالها" is an
# announced legal challenge: THREATEN Nessma → HAICA (batches 81–84); "دعت ... السلط المعنية إلى الإسراع بتنفيذ ما جاء
# في الدستور" is REQUEST → the authorities concerned. All four dated 2017-04-13. "برر مجلس الهيئة قراره ... معتبرا أن
# الإدعاء ... يتضمن مغالطة للرأي العام" accuses Nessma of misleading the public: ACCUSE HAICA → Nessma, the monopoly
# charge told as a noun (إدعاء الهايكا) folded in, undated (the justification has no day of its own; decided). Not
# coded: the information ministries' "دور سيء الذكر" of the old regime (a role, no act), the shared production
# (background). Claims: Nessma's اعتبرت (accuse), معبرة (a refusal: deny), دعت (other), أضافت (assert), مشيرة
# (accuse), فندت (deny) and موضحة (its own content, the co-production: deny, decided); HAICA's برر (assert) and
# معتبرا (accuse). "وفق نص البيان" shares its sentence with "دعت القناة في بيان": no claim. "ما اعتبرته" sits inside
# the فندت clause.
i = 'ant-JA-localNews-3499-20170413'
t = news_text(i)
NESSMA = ["Nessma TV", "نسمة", "قناة نسمة", "القناة التلفزية الخاصة", "القناة"]
HAICA = ["HAICA", "الهايكا", "الهيئة العليا المستقلة للاتصال السمعي البصري",
         "الهيئة العليا المستقلة للإتصال السمعي البصري", "مجلس الهيئة", "الهيئة",
         "Independent High Authority for Audiovisual Communication"]
AUTHORITIES = ["relevant authorities", "السلط المعنية", "Tunisian authorities"]
recs.append({"id": i, "text": t, "published": "2017-04-13", "events": [
    {"code": "COERCE", "source": HAICA, "target": NESSMA, "date": "2017-04-11"},
    {"code": "ACCUSE", "source": NESSMA, "target": HAICA, "date": "2017-04-13"},
    {"code": "REJECT", "source": NESSMA, "target": HAICA, "date": "2017-04-13"},
    {"code": "THREATEN", "source": NESSMA, "target": HAICA, "date": "2017-04-13"},
    {"code": "REQUEST", "source": NESSMA, "target": AUTHORITIES, "date": "2017-04-13"},
    {"code": "ACCUSE", "source": HAICA, "target": NESSMA}], "claims": [
    {"speaker": NESSMA, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": NESSMA, "cue": cue(t, "معبرة"), "stance": "deny"},
    {"speaker": NESSMA, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": NESSMA, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": NESSMA, "cue": cue(t, "مشيرة"), "stance": "accuse"},
    {"speaker": NESSMA, "cue": cue(t, "فندت"), "stance": "deny"},
    {"speaker": NESSMA, "cue": cue(t, "موضحة"), "stance": "deny"},
    {"speaker": HAICA, "cue": cue(t, "برر"), "stance": "assert"},
    {"speaker": HAICA, "cue": cue(t, "معتبرا"), "stance": "accuse"}]})
# --- Jawhara FM (Wednesday 2016-11-30): Popular Front MP Jilani Hammami, speaking today at the margins of the press
# conference of unionist Walid Zarrouk's defence team. "أكد ... مساندة الجبهة للنقابي الأمني الموقوف، عصام الدردوري
# وبقية النقابيين" is SUPPORT Hammami/the Front → Dardouri and the other unionists (one list). "إن تلاعبا وقع في ملف
# زروق، بسبب ما أسماه عدم استعداد الدولة والحكومة لكشف بعض الحقائق" with "معتبرا أن عملية إيقافه كانت عملية
# انتقامية" is one criticism of the state and government: one ACCUSE (several verbs of one condemnation). "معلنا عن
# تشكيل الجبهة الشعبية لوفد لزيارة النقابيين الموقوفين في السجن والتعاون مع وزارة العدل" announces a planned visit and
# cooperation: two AGREEs, one → the detained unionists, one → the Ministry of Justice (scheduled visits are an AGREE
# per destination, "ستشرع بالتعاون مع" an AGREE). All five dated 2016-11-30 (decided: the lead's أكد and the closing
# معلنا report the same statement to Jawhara FM "اليوم الأربعاء"). Not coded: the pressure the unionists undergo
# (passive, no doer), the arrests of Dardouri and Zarrouk (a participle and a noun: background), the defence team's
# press conference (no meeting with another party), the data the two unionists revealed (a relative clause with no
# PLOVER act towards a named party; decided). Claims: أكد (assert), قال (accuse), معتبرا (accuse), ووصف (assert),
# معلنا (promise); "حسب تعبيره" and "وفق قوله" repeat their speaker.
i = 'ant-JA-politic-192-20161130'
t = news_text(i)
HAMMAMI = ["Jilani Hammami", "الجيلاني الهمامي", "الهمامي", "Popular Front", "الجبهة الشعبية", "الجبهة"]
UNIONISTS = ["Issam Dardouri", "عصام الدردوري", "الدردوري", "النقابي الأمني الموقوف", "بقية النقابيين",
             "النقابيين", "Walid Zarrouk", "وليد زروق", "زروق", "النقابيين الموقوفين", "detained police unionists"]
STATE = ["Tunisian government", "الحكومة", "الدولة", "Tunisian state", "Tunisia"]
MOJ = ["Tunisian Ministry of Justice", "وزارة العدل"]
recs.append({"id": i, "text": t, "published": "2016-11-30", "events": [
    {"code": "SUPPORT", "source": HAMMAMI, "target": UNIONISTS, "date": "2016-11-30"},
    {"code": "ACCUSE", "source": HAMMAMI, "target": STATE, "date": "2016-11-30"},
    {"code": "AGREE", "source": HAMMAMI, "target": UNIONISTS, "date": "2016-11-30"},
    {"code": "AGREE", "source": HAMMAMI, "target": MOJ, "date": "2016-11-30"}], "claims": [
    {"speaker": HAMMAMI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": HAMMAMI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": HAMMAMI, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": HAMMAMI, "cue": cue(t, "وصف"), "stance": "assert"},
    {"speaker": HAMMAMI, "cue": cue(t, "معلنا"), "stance": "promise"}]})
# --- Jawhara FM (Wednesday 2016-04-27): the Republican Party warns, after five Sfax health unionists were arrested,
# against dragging the judiciary into social disputes. "حذر الحزب الجمهوري في بيان أصدره اليوم ... من خطورة إقحام
# المؤسسة القضائية في النزاعات الاجتماعية" with "واعتبر الحزب هذا الإجراء تصعيدا خطيرا من قبل السلطة" is one
# criticism of the authorities' measure: one ACCUSE → the authorities, with the prosecutor whose warrant "هذا الإجراء"
# is (decided), dated 2016-04-27 (the statement's day). "وكان الوكيل العام لمحكمة الاستئناف بصفاقس قد أصدر أمس قرارا
# يقضي بإصدار بطاقة جلب في حق ... عادل الزواغي و4 أعضاء" is a warrant that led to the arrests the lead names
# (إيقاف 5 نقابيين): one COERCE (batches 45–48: a warrant that led to an arrest), the arrest folded in, dated
# 2016-04-26 (أمس). Claims: حذر (warn) and اعتبر (accuse); "وفق ما ورد في البيان" shares its sentence with the
# party's اعتبر: no claim. صفاقس is named on its own, so the prosecutor's list holds no form with it; no list holds
# the hospital's name (الحبيب بورقيبة, a person's name).
i = 'ant-JA-localNews-708-20160427'
t = news_text(i)
PR = ["Republican Party", "الحزب الجمهوري", "الحزب"]
PROSECUTOR = ["Prosecutor General of the Sfax Court of Appeal", "الوكيل العام لمحكمة الاستئناف", "الوكيل العام"]
AUTH = ["Tunisian authorities", "السلطة"] + PROSECUTOR
SFAX_UNIONISTS = ["Adel Zouaghi", "عادل الزواغي", "الزواغي", "5 نقابيين", "نقابيين",
                  "4 أعضاء من النقابة الأساسية", "Sfax health unionists"]
recs.append({"id": i, "text": t, "published": "2016-04-27", "events": [
    {"code": "ACCUSE", "source": PR, "target": AUTH, "date": "2016-04-27"},
    {"code": "COERCE", "source": PROSECUTOR, "target": SFAX_UNIONISTS, "date": "2016-04-26"}], "claims": [
    {"speaker": PR, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": PR, "cue": cue(t, "اعتبر"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch120.gold.jsonl', recs)
