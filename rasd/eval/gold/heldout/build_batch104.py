"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 104 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Al-Qadsiah's squad leaves Istanbul for Abu Dhabi for the third stage of its pre-season camp. The
# trip, the camp, the three planned friendlies and the lost friendly with Kocaelispor are sport (batches 26, 32 and
# 45–48 leave team business and matches uncoded): no events. The coach thanking his own players (شكر اللاعبين) acts
# inside one club: no SUPPORT (decided, as a minister's acts towards his own forces are internal). Claims: Jamil
# Qasim's أكد (the second stage's work), أبدى (his satisfaction, a reporting verb as batch 88 takes it), شكر (a
# different content in the same sentence: thanks for discipline, counted as batch 22 counts شكر) and أضاف (the
# coming stage), all assert.
i = 'snn-2015-08-01-1037'
t = news_text(i)
QASIM = ["Jamil Qasim", "جميل قاسم", "قاسم", "المدرب جميل قاسم"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": QASIM, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "شكر"), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet: Yousef al-Zughaibi, director of the Real Estate Development Fund, will receive citizens every
# Monday from yesterday. His weekly reception is an open-door notice to a generic class (citizens at large), like
# batch 97–100's mayor's offer to anyone and batch 49–52's administrative notices: no event (decided); "قرر" reports
# no statement (batch 34). His "أوضح" (the purpose: assert) is a claim. The tweeting citizens are indefinite ("فمنهم من
# قال"، "قال أحد المغردين"، "أيد آخرون"): no claims and no events (batches 58 and 97–100: indefinite tweeters and
# "others" make no claim); their demand that officials open their doors has no identifiable source.
i = 'snn-2015-08-11-0692'
t = news_text(i)
ZUGHAIBI = ["Yousef al-Zughaibi", "يوسف بن عبدالله الزغيبي", "الزغيبي", "مدير عام صندوق التنمية العقاري",
            "Real Estate Development Fund", "صندوق التنمية العقاري"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": ZUGHAIBI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- SaudiNewsNet (Sunday 2015-07-26): Sudan's Omar al-Bashir, wanted by the ICC, leaves Khartoum for Mauritania for
# the Great Green Wall summit. "غادر الخرطوم الى موريتانيا للمشاركة في قمة السور الاخضر التي تنظمها الوكالة
# الافريقية" (re-told in SUNA's "توجه ... إلى العاصمة الموريتانية نواكشوط مترئسا وفد السودان المشارك في أعمال القمة")
# is a visit to a hosted summit: one CONSULT Bashir → Mauritania and the organising agency (host list), undated
# (decided: the summit runs two days from today, as batch 93–96's conference "undated while it goes on" and batch
# 73–76's two-day visit). "اصدرت المحكمة الجنائية الدولية مذكرتي اعتقال بحق البشير في عامي 2009 و2010 بتهمة ..." is
# an arrest warrant for a man abroad that led to no arrest: THREATEN ICC → Bashir (batches 45–48, 57), the charge
# folded in (decided, as "arrested and charged" in one clause is one COERCE), undated (years). "رفضت جنوب افريقيا
# الشهر الماضي اعتقال البشير ... ومطالبة الجنائية الدولية لها" is refusing the ICC's demand: REJECT South Africa → the
# ICC (decided: the demand's author; the order of its own high court is internal), undated (month). "وتقاتل مجموعات
# مسلحة حكومة الخرطوم منذ العام 2003" is the ongoing war with its (unnamed but explicit) doer: ASSAULT armed groups →
# the Sudanese government, undated; their grievance after بدعوى is a noun (no ACCUSE), and bare groups make no claim.
# "احال مجلس الامن الدولي ملف دارفور للمحكمة الجنائية الدولية في العام 2005" refers a situation for investigation with
# no culprit named: ACCUSE UNSC with no target (decided, as an ordered inquiry with no named target, batches 69–72 and
# 97–100), undated. "وزار البشير عدة بلدان عربية وافريقية" is a historical clause with its doer: CONSULT Bashir with
# no target (decided: the countries are not named), undated. Not coded: the Rome Statute's duty (a rule), the
# killings in Darfur (passive, no doer), the flight of the displaced, the agency's aims. Claims: the state media's
# اعلنت (state-owned press tied to its state speaks, batches 97–100) and SUNA's قالت (a second claim: the quote adds
# the summit's details), both assert; "وفق للامم المتحدة" (its sentence's only attribution: the UN, assert); the
# Sudanese government's "تقول ان عدد القتلى لم يتجاوز عشرة الاف" rebuts the UN figure (deny, decided; no REJECT,
# no explicit denial). "ووفقا لنظام روما" cites a statute, not a speaker. No list holds الخرطوم (named on its own as
# a place), so "حكومة الخرطوم" is left out of the government's list.
i = 'snn-2015-07-26-0331'
t = news_text(i)
SUDAN = ["Sudan", "السودان"]
BASHIR = ["Omar al-Bashir", "عمر البشير", "البشير", "المشير عمر البشير", "وفد السودان"] + SUDAN
HOST = ["Mauritania", "موريتانيا", "نواكشوط", "Nouakchott", "African Agency of the Great Green Wall",
        "الوكالة الافريقية للسور الاخضر", "الوكالة الإفريقية للسور الأخضر الكبير", "الوكالة الأفريقية للسور الاخضر"]
ICC = ["International Criminal Court", "ICC", "المحكمة الجنائية الدولية", "الجنائية الدولية"]
SA = ["South Africa", "جنوب افريقيا"]
ARMED = ["armed groups", "مجموعات مسلحة", "Darfur rebels"]
SUDAN_GOV = ["Sudanese government", "الحكومة السودانية", "الحكومة المركزية"] + SUDAN
UNSC = ["UN Security Council", "مجلس الامن الدولي", "مجلس الامن"]
SUNA = ["SUNA", "Sudan News Agency", "وكالة الانباء السودانية الرسمية", "وكالة الانباء السودانية"]
STATE_MEDIA = ["Sudanese official media", "وسائل اعلام سودانية رسمية"] + SUNA + SUDAN
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "CONSULT", "source": BASHIR, "target": HOST},
    {"code": "THREATEN", "source": ICC, "target": BASHIR},
    {"code": "REJECT", "source": SA, "target": ICC},
    {"code": "ASSAULT", "source": ARMED, "target": SUDAN_GOV},
    {"code": "ACCUSE", "source": UNSC, "target": []},
    {"code": "CONSULT", "source": BASHIR, "target": []}], "claims": [
    {"speaker": STATE_MEDIA, "cue": cue(t, "اعلنت"), "stance": "assert"},
    {"speaker": SUNA + SUDAN, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ["United Nations", "UN", "الامم المتحدة"], "cue": cue(t, "وفق", 2), "stance": "assert"},
    {"speaker": SUDAN_GOV, "cue": cue(t, "تقول"), "stance": "deny"}]})
# --- SaudiNewsNet: Iraq's interior minister Mohammed al-Ghabban announces on Sunday (2015-07-19; the text's weekday
# wins over the corpus date, batches 29–30) the arrest of those behind Friday's Bani Saad (Diyala) bombing. The
# arrest (أعلن ... اعتقال المتورطين) is COERCE Ghabban → the perpetrators, undated (an arrest announced on a day is
# undated, batches 89–92). The War Media Cell's "المتهمين سيتم التحقيق معهم وإحالتهم للقضاء" is an investigation
# pledge naming its suspects: ACCUSE Cell → the accused (batches 57–60), undated. "تم توقيف عدد من الضباط والمنتسبين
# على خلفية التفجير" is a passive detention of the state's own officers: internal, not coded (decided). "التفجير الذي
# استهدف ناحية بني سعد ... الجمعة" with "وكان تنظيم (داعش) أعلن ... المسؤولية عن التفجير" names the doer: one ASSAULT
# ISIS → Bani Saad (README: a claimed attack gives the ASSAULT), dated Friday 2015-07-17 (the Friday before that
# Sunday, and the latest Friday before publication); the dead and wounded re-tell it. Claims: Ghabban's أعلن (assert);
# the Cell's قالت (the pledge to punish: promise) and أضافت (assert); ISIS's "وقال إنه أوقع أكثر من 180 قتيلا" (assert;
# its أعلن ... المسؤولية is a claim of responsibility, no reporting cue, batches 26, 40, 55). "السومرية نيوز" only
# carried the statement (a conduit); "ويعد الأسوأ" has no speaker. The first قال of the text is inside اعتقال.
i = 'snn-2015-07-22-0977'
t = news_text(i)
IRAQ = ["Iraq", "العراق"]
GHABBAN = ["Mohammed Salem al-Ghabban", "محمد سالم الغبان", "الغبان", "Iraqi Interior Ministry"] + IRAQ
CELL = ["War Media Cell", "خلية الإعلام الحربي"] + IRAQ
CULPRITS = ["Bani Saad bombing perpetrators", "المتورطين بالتفجير", "المتورطين", "المتهمين"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم (داعش)"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "COERCE", "source": GHABBAN, "target": CULPRITS},
    {"code": "ACCUSE", "source": CELL, "target": CULPRITS},
    {"code": "ASSAULT", "source": ISIS, "target": ["Bani Saad", "بني سعد", "ناحية بني سعد", "سوق شعبية"],
     "date": "2015-07-17"}], "claims": [
    {"speaker": GHABBAN, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": CELL, "cue": cue(t, "قالت"), "stance": "promise"},
    {"speaker": CELL, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": ISIS, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- Ain Alyoum (Friday 2015-07-31): the Bundestag will shut its computer network for days in August after the May
# cyber attack. Shutting and replacing its own network is the parliament's own business: no event. "ونسبت مجلة دير
# شبيجل إلى تحقيق داخلي القول إن هناك مؤشرات على أن وكالة مخابرات روسية هي التي نفذت الهجوم" is the نقل X عن Y
# قوله pattern: Der Spiegel a conduit, the internal inquiry the speaker (decided: tied to the Bundestag, as a study
# tied to a country speaks, batches 69–72), cue القول, stance accuse; its finding names the attacker: ACCUSE inquiry →
# Russian intelligence (an independent committee's finding is an ACCUSE, batches 85–88), and the alleged attack in
# the cleft "هي التي نفذت الهجوم" is a clause with its doer: hacking is COERCE (cyber, batches 24, 29–30, 81–84),
# Russian intelligence → the Bundestag; both undated (May, month only). Claims: Lammert's two قال (assert; the first
# names him by title only). "وقالت وسائل إعلام ألمانية" and "ووردت تقارير" are bare media (GUIDELINES): no claims.
# Lammert's list keeps no "رئيس البرلمان الألماني"/"رئيس البوندستاج" (they hold the Bundestag, the attack's target).
i = 'snn-2015-07-31-0238'
t = news_text(i)
LAMMERT = ["Norbert Lammert", "نوربرت لامرت", "لامرت", "Germany", "ألمانيا"]
INQUIRY = ["Bundestag internal inquiry", "تحقيق داخلي"]
RU_INTEL = ["Russian intelligence agency", "وكالة مخابرات روسية", "Russian intelligence", "Russia", "روسيا"]
BUNDESTAG = ["Bundestag", "البوندستاج", "German parliament", "البرلمان الألماني", "البرلمان", "Germany", "ألمانيا"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": INQUIRY, "target": RU_INTEL},
    {"code": "COERCE", "source": RU_INTEL, "target": BUNDESTAG}], "claims": [
    {"speaker": LAMMERT, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": LAMMERT, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": INQUIRY, "cue": cue(t, "القول"), "stance": "accuse"}]})
# --- Jawhara FM (Thursday 2017-03-23): Sadiq Khan brushes off Donald Trump Jr's tweet; activists and an MP attack Trump
# Jr. "انتقاد دونالد ترامب جونيور ... الأربعاء، عمدة ... صادق خان، قائلاً في تغريدة ..." is a criticism told as a noun
# and carried on by a participle with its content: ACCUSE Trump Jr → Khan (as batches 53–56's rejection told as a noun
# and a participle), dated Wednesday 2017-03-22; the text's "سخرية نجل ترامب منه" re-tells it (the headline is outside
# the text). Khan's reply that he is too busy and has more important matters neither denies nor criticises: no event
# (decided), two claims (the second adds his reason: batches 85–88). "وهاجم نشطاء وسائل التواصل الاجتماعي نجل الرئيس
# الأمريكي ... واصفين إياه بأنه قاتل وبغيض، كما اتهموه بمحاولة ربط خان المسلم بالإرهاب" is one ACCUSE → Trump Jr
# (several verbs of one condemnation), and Tom Coates's quote, introduced by إذ as one of them, is folded into its
# source (decided); the activists are a bare group (no claims for واصفين/اتهموه), Coates is named (claim). "ورد النائب
# البريطاني، ويس ستريتينغ ... قائلاً: أنت تستخدم هجوماً إرهابياً ... أنت عار" is a second ACCUSE → Trump Jr. Both
# undated. Not coded: CNN's report (رصد: a conduit of reactions), the Westminster attack and its toll (no doer), Khan's
# old interview (أجراه). Claims: Khan's قال (busy: assert), قال (on CNN today: assert), "قال فيه الأخير" (the old
# interview: assert); Trump Jr's قائلاً (accuse); Coates's قال (accuse); Streeting's قائلاً (accuse; decided over رد,
# which names no content). "بحسب تعبيره" repeats its speaker; "تشير تقارير أخرى" is bare. No list holds لندن (named
# on its own) or the president's full name (دونالد ترامب), so Trump Jr keeps only forms without "دونالد".
i = 'ant-JA-internationalNews-565-20170323'
t = news_text(i)
KHAN = ["Sadiq Khan", "صادق خان", "خان"]
TRUMP_JR = ["Trump Jr", "ترامب جونيور", "جونيور", "نجل ترامب"]
ACTIVISTS = ["social media activists", "نشطاء وسائل التواصل الاجتماعي", "نشطاء", "رواد النت", "Tom Coates",
             "توم كوتس", "كوتس"]
STREETING = ["Wes Streeting", "ويس ستريتينغ", "ستريتينغ"]
recs.append({"id": i, "text": t, "published": "2017-03-23", "events": [
    {"code": "ACCUSE", "source": TRUMP_JR, "target": KHAN, "date": "2017-03-22"},
    {"code": "ACCUSE", "source": ACTIVISTS, "target": TRUMP_JR},
    {"code": "ACCUSE", "source": STREETING, "target": TRUMP_JR}], "claims": [
    {"speaker": KHAN, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": KHAN, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": TRUMP_JR, "cue": cue(t, "قائلاً", 1), "stance": "accuse"},
    {"speaker": KHAN, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": ["Tom Coates", "توم كوتس", "كوتس"], "cue": cue(t, "قال", 4), "stance": "accuse"},
    {"speaker": STREETING, "cue": cue(t, "قائلاً", 2), "stance": "accuse"}]})
# --- Jawhara FM (Wednesday 2017-01-25): the association Forza Tounes asks parliament to expel MP Asma Abou El Hana
# over her "يهود حشاكم" remark and calls for Tunisian Jews' property to be returned; the association Aqalliyat
# condemns her words. "طالبت ... مجلس نواب الشعب بطرد النائبة" is REQUEST → the Assembly; its quoted reason ("لعدم
# إحترامها الشعب التونسي ... على اثر تعبيرها العنصري") condemns her by name: ACCUSE → the MP (decided: an accusation,
# not a mere reason). "دعت ... الى التسريع في إعطاء التونسيين من الديانة اليهودية حقوقهم ... وإرجاع أملاكهم" is a
# second call with no addressee named: REQUEST with no target (the Jews are its beneficiaries). All three dated
# 2017-01-25 (decided: the lead's demand and the call come from the same statement, which "في بيان لها، الاربعاء"
# dates; a union's demands are dated by its statement, batches 85–88). "استنكرت جمعية أقليات ... ما جاء على لسان
# النائبة" is ACCUSE Aqalliyat → the MP, undated (its statement has no day). The MP's remark and the bill's debate are
# nouns. Claims: Forza's طالبت and دعت (other), مذكرة (assert); Aqalliyat's استنكرت and مشددة (accuse). No list holds
# تونس (named on its own): "فورزا تونس" is kept as فورزا, and the MP lists no "نداء تونس".
i = 'ant-JA-localNews-121-20170125'
t = news_text(i)
FORZA = ["Forza Tounes", "فورزا", "جمعية فورزا"]
ARP = ["Assembly of the Representatives of the People", "مجلس نواب الشعب", "Tunisian parliament"]
MP = ["Asma Abou El Hana", "أسماء أبو الهناء", "أبو الهناء", "النائبة"]
AQALLIYAT = ["Aqalliyat association", "جمعية أقليات", "أقليات"]
recs.append({"id": i, "text": t, "published": "2017-01-25", "events": [
    {"code": "REQUEST", "source": FORZA, "target": ARP, "date": "2017-01-25"},
    {"code": "ACCUSE", "source": FORZA, "target": MP, "date": "2017-01-25"},
    {"code": "REQUEST", "source": FORZA, "target": [], "date": "2017-01-25"},
    {"code": "ACCUSE", "source": AQALLIYAT, "target": MP}], "claims": [
    {"speaker": FORZA, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": FORZA, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": FORZA, "cue": cue(t, "مذكرة"), "stance": "assert"},
    {"speaker": AQALLIYAT, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": AQALLIYAT, "cue": cue(t, "مشددة"), "stance": "accuse"}]})
# --- Jawhara FM: the federation bureau, after its meeting on Monday 10 April (2017-04-10), suspends several clubs of
# the national futsal league. "قرر المكتب الجامعي ... توقيف نشاط العديد من الجمعيات" is a disciplinary suspension by
# a named body: COERCE (administrative sanction, CAMEO 172; batches 8–9 and the README's league sanctions), with the
# nine listed clubs in one target list, dated 2017-04-10 (the text puts the decision on that meeting). Keeping the
# calendar and awarding 4–0 results are the league's own scheduling: no events; the bureau's meeting is internal.
# "قرر" and "تقرر" report no statement (batch 34): no claims.
i = 'ant-JA-sport-1352-20170412'
t = news_text(i)
BUREAU = ["Tunisian Football Federation bureau", "المكتب الجامعي", "Tunisian Football Federation"]
CLUBS = ["suspended futsal clubs", "الجمعيات المنخرطة في الرابطة الوطنية لكرة القدم داخل القاعات",
         "العديد من الجمعيات", "الجمعيات", "الفرق التي وقع تجميدها", "نادي كرة القدم ببوجعفر", "أولمبيك بني خيار",
         "المستقبل الرياضي الرادسي", "الرياض الرياضي بسوسة", "الجمعية الرياضية مليتة جربة", "القيروان رياضة وفنون",
         "المستقبل الرياضي بالمكناسي", "نادي كرة القدم بمدنين", "الشبيبة الرياضية بالبليدات"]
recs.append({"id": i, "text": t, "published": "2017-04-12", "events": [
    {"code": "COERCE", "source": BUREAU, "target": CLUBS, "date": "2017-04-10"}], "claims": []})
# --- Jawhara FM: Goslar, a German town on UNESCO's list, offers refugees from anywhere free housing. The mayor's
# welcome and the town's offer ("تطلب هذه المدينة حاليا لآجئين ... وتوفر لهم السكن بالمجان") are addressed to a
# generic class (refugees from anywhere): no AGREE or AID (decided, as batch 97–100's mayor's offer to anyone who moves
# in). "منحتها منظمه اليونيسكو تصنيف تراثى عالمى" (with the participle "المصنفة من قبل اليونسكو") is an honour: SUPPORT
# UNESCO → Goslar (batches 45–48), undated. The exodus of residents and the closed schools have no actor. Claim: "بإعلان
# رئيس بلديتها ترحيب المدينة باللاجئين" is a reporting noun with an identifiable speaker (the town's mayor) and its
# content: a claim, cue إعلان, stance promise (an offer) (decided). The mayor's list keeps no town name (غوسلار is
# named on its own).
i = 'ant-JA-diverse-96-20161029'
t = news_text(i)
GOSLAR = ["Goslar", "غوسلار", "مدينة غوسلار"]
UNESCO = ["UNESCO", "اليونسكو", "اليونيسكو", "منظمه اليونيسكو"]
recs.append({"id": i, "text": t, "published": "2016-10-29", "events": [
    {"code": "SUPPORT", "source": UNESCO, "target": GOSLAR}], "claims": [
    {"speaker": ["Oliver Junk", "Goslar's mayor", "رئيس بلديتها"], "cue": cue(t, "إعلان"), "stance": "promise"}]})
# --- Jawhara FM (Monday 2016-01-25): a video shows Hosni Mubarak sipping coffee in the dock. The video's publication
# has no actor; the postponed trial session is not coded (batches 27–28: postponing a trial), the trial, his absence
# and the 2011 revolution (a noun, "التي أطاحت بحكمه" with an event, not a party, as doer: decided, not coded) are
# background. The fifth anniversary, the security reinforcements, the terrorist threats and the calls to protest are
# nouns with no named doer; "ما يصفه البعض" is indefinite (no claim, no ACCUSE). Claim: "حسب مصدر قضائي مصري" (its
# sentence's only attribution; an anonymous source tied to a nationality speaks, as GUIDELINES' "مصدر عسكري أردني"),
# assert. The closing name is the byline.
i = 'ant-JA-internationalNews-403-20160125'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-01-25", "events": [], "claims": [
    {"speaker": ["Egyptian judicial source", "مصدر قضائي مصري", "Egypt", "مصر"], "cue": cue(t, "حسب"),
     "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch104.gold.jsonl', recs)
