"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 44 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: the Saudi Food and Drug Authority refused clearance for 1,137 tonnes of imported food during
# Ramadan. "كشفت الهيئة ... عن رفضها الفسح" is a masdar, but with its doer named (the authority's possessive) and it is the news
# itself (as batch 29 reads "اختراقها"); keeping goods out at the border and "الأغذية المخالفة التي ضبطها مفتشو
# الهيئة" (a relative clause with its doer, re-telling the same refusals) are one seizure of goods: COERCE (CAMEO
# 1711, as batch 18 codes a quality team seizing cartons), with no target (the importers are not named) and undated
# ("خلال شهر رمضان" is a month). The figures are statistics, no events. Claims: كشفت and أوضحت; "في تقرير نشرته"
# names the statement, no second speaker. The authority is a state body and lists Saudi Arabia.
i = 'snn-2015-08-06-1601'
t = news_text(i)
SFDA = ["Saudi Food and Drug Authority", "الهيئة العامة للغذاء والدواء", "الغذاء والدواء", "الهيئة", "مفتشو الهيئة",
        "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "COERCE", "source": SFDA, "target": []}], "claims": [
    {"speaker": SFDA, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": SFDA, "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- Ain Alyoum: Herbalife asks Twitter for the data of an anonymous user who defamed it. The petition "قدمت ...
# طلباً إلى شركة تويتر للحصول على بيانات مستخدم" is REQUEST Herbalife → Twitter, dated by "الطلب الذي قدمته يوم
# الاثنين" (the most recent Monday before the corpus day, Friday 2015-07-24: 2015-07-20); "قالت هيربالايف إنها تريد
# من تويتر تزويدها بمعلومات" re-tells it. "تريد الشركة من المحكمة أن تأمر تويتر بالاحتفاظ بجميع البيانات" asks
# another addressee for another thing: a second REQUEST, of the court, dated by the same filing. The filing's charges
# against the user (تشهير وتدليس وتزييف ...، تسيء للشركة ... وتضر بسمعتها) are one ACCUSE Herbalife → user (as batch
# 28 codes a lawsuit, CAMEO 115), dated by the filing. "مستخدم مجهول كتب تغريدات شهّر فيها بمنتجات الشركة" is a
# clause with its doer (unknown doers are explicit, README): defamation, ACCUSE user → Herbalife (PLOVER "defame,
# denigrate"); "الذي وصف الشركة ... بأنهم لصوص" and "التي زعم فيها" re-tell it; undated. The lawsuit to come
# (ستقام ضده الدعوى) is future and passive; Twitter's privacy policy is no act. Claims: Herbalife's three قالت
# (the first, what it wants from Twitter: other; the others accuse). Decided: the user's embedded وصف and زعم give no
# claims, as the speaker is anonymous and tied to no named institution (GUIDELINES), though he is an event actor.
# "وفق ما ذكرت وكالة رويترز" names the conduit of Herbalife's quote: no claim.
i = 'snn-2015-07-24-0699'
t = news_text(i)
HERBALIFE = ["Herbalife", "هيربالايف", "شركة هيربالايف", "الشركة"]
TWITTER = ["Twitter", "تويتر", "شركة تويتر"]
USER = ["anonymous Twitter user", "مستخدم مجهول", "المستخدم", "ذلك المستخدم", "الشخص"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": HERBALIFE, "target": TWITTER, "date": "2015-07-20"},
    {"code": "REQUEST", "source": HERBALIFE, "target": ["court", "المحكمة", "Illinois court"], "date": "2015-07-20"},
    {"code": "ACCUSE", "source": HERBALIFE, "target": USER, "date": "2015-07-20"},
    {"code": "ACCUSE", "source": USER, "target": HERBALIFE}], "claims": [
    {"speaker": HERBALIFE, "cue": cue(t, "قالت", 1), "stance": "other"},
    {"speaker": HERBALIFE, "cue": cue(t, "قالت", 2), "stance": "accuse"},
    {"speaker": HERBALIFE, "cue": cue(t, "قالت", 3), "stance": "accuse"}]})
# --- Al-Weeam (Reuters): the US closes the Darkode hacking forum and charges 12 people. The corpus day is Tuesday
# 2015-07-21 and the text says "اليوم الاربعاء": the weekday wins (batch 30), so Wednesday 2015-07-15; but only the
# statements carry that day, so every event is undated (the closure and the charges are reported by Wednesday, not
# dated to it). "السلطات الأمريكية بالتعاون مع أجهزة لتطبيق القانون في الخارج أغلقت موقع داركود" is COERCE (closing
# a criminal site, as batch 29 codes taking over an account), the foreign partners in the source and no COOPERATE (README:
# partners of an operation join its source); the FBI notice "(إف.بي.آي) سيطر على الموقع" re-tells it, so the FBI
# is in that source too. "ووجهت اتهامات لاثني عشر شخصا" is ACCUSE (indictment, as batch 36), "أعلن ... هيكتون
# الاتهامات" re-telling it, so Hickton is in its source. Decided: Hickton's "وصف داركود بأنه عش دبابير" (and the
# quote of وأضاف) is a separate verbal condemnation of the forum itself: ACCUSE Hickton → Darkode. "مكتب التحقيقات
# الاتحادي ومكتب المدعي العام ... قادا التحقيق الذي شمل ... يوروبول" is an investigation (ACCUSE, CAMEO 09), with
# Europol in its source as a partner, target the forum. The criminals' use of the site is background, no event.
# Claims: the Justice Department's three قالت (assert), Hickton's أعلن (the charges: accuse), وصف and أضاف (accuse).
# Decided: the seizure banner's "إشعارا يقول" is a document's text with no named author (batch 40's charter): no
# claim. The closing link line states no speech. Aliases with بيتسبرج (a place named on its own) are left out, and
# none uses أمريكا (inside أمريكا اللاتينية).
i = 'snn-2015-07-21-1757'
t = news_text(i)
DOJ = ["US Department of Justice", "وزارة العدل الامريكية", "وزارة العدل الأمريكية", "وزارة العدل", "United States",
       "الولايات المتحدة"]
HICKTON = ["David Hickton", "ديفيد هيكتون", "هيكتون", "US Attorney", "المدعي الأمريكي", "United States",
           "الولايات المتحدة"]
DARKODE = ["Darkode", "داركود", "موقع داركود", "الموقع"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE", "source": ["US authorities", "السلطات الأمريكية", "FBI", "مكتب التحقيقات الاتحادي", "إف.بي.آي",
                                  "foreign law-enforcement agencies", "أجهزة لتطبيق القانون في الخارج",
                                  "United States", "الولايات المتحدة"], "target": DARKODE},
    {"code": "ACCUSE", "source": ["US authorities", "السلطات الأمريكية"] + HICKTON,
     "target": ["twelve people", "اثني عشر شخصا", "12 شخصاً", "Darkode members"]},
    {"code": "ACCUSE", "source": HICKTON, "target": DARKODE},
    {"code": "ACCUSE", "source": ["FBI", "مكتب التحقيقات الاتحادي", "إف.بي.آي", "US Attorney's Office",
                                  "مكتب المدعي العام", "Europol", "يوروبول", "جهاز الشرطة الأوروبية", "United States",
                                  "الولايات المتحدة"], "target": DARKODE}], "claims": [
    {"speaker": DOJ, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": HICKTON, "cue": cue(t, "أعلن"), "stance": "accuse"},
    {"speaker": HICKTON, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": HICKTON, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": DOJ, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": DOJ, "cue": cue(t, "قالت", 3), "stance": "assert"}]})
# --- Al-Riyadh: the Ministry of Health denies stopping doctors' allowances. The denial of rumours whose authors are
# not named (التغريدات) is REJECT with no target (batch 15-16), undated; the spokesman's أكد عدم صحة and his answers
# re-tell it. The committee "شكلها وزير الصحة" inside the rumour is internal government work: not coded. Claims: the
# ministry's نفت, Marghalani's أكد (deny), قال (deny; "بقوله" in the same sentence repeats it) and استطرد (assert).
# The tweets "التي قالت" have no named author: no claim; al-Riyadh, who asked the question, is the narrator.
i = 'snn-2015-08-07-0965'
t = news_text(i)
MOH = ["Saudi Ministry of Health", "وزارة الصحة", "الوزارة", "Saudi Arabia"]
MARGHALANI = ["Khalid Marghalani", "خالد مرغلاني", "مرغلاني", "المرغلاني", "Ministry of Health spokesman",
              "المتحدث الرسمي باسم الوزارة"] + MOH
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "REJECT", "source": MOH + ["Khalid Marghalani", "خالد مرغلاني", "المرغلاني"], "target": []}], "claims": [
    {"speaker": MOH, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": MARGHALANI, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": MARGHALANI, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": MARGHALANI, "cue": cue(t, "استطرد"), "stance": "assert"}]})
# --- Asharq al-Awsat: Oman enters the Syria mediation; al-Muallem in Muscat. "وصل ... المعلم إلى مسقط أمس، والتقى
# نظيره يوسف بن علوي" is one CONSULT, the visitor the source (with Mekdad, who "رافق المعلم", in the visiting party)
# and the host the target, dated by أمس (2015-08-06). "دخلت سلطنة عُمان على خط الوساطة" frames the same visit as
# the story's lead: no second record (decided). "اتفق المعلم وبن علوي على أن الوقت حان «لتضافر الجهود البناءة»"
# is one reciprocal AGREE with both in the source and no target (as batches 8-9), dated by the meeting. The Iran
# deal role is nominal background; Oman not cutting ties is negated. The Turkish source's report: "ستعمد إلى التنسيق
# المباشر" with the interim government, "اتخذت قرارا استراتيجيا بدعم مؤسسات المعارضة السورية" and "تركيا تتعهد
# بتأمين كل الظروف المناسبة لهذه المؤسسات" are one statement's commitments to one party (the interim government is
# one of those institutions): one AGREE Turkey → the opposition institutions (future support is AGREE, README),
# undated; "تنظر في دعوات لعدم تعيين وال" is deliberation, and the Turkish-US military pressure nominal. Claims:
# SANA's قالت and أضافت (a state outlet, as batch 40's agency), the two ministers' قالا, and the Turkish official
# sources' توقعت، كشف، أضاف (assert) and موضحا (the pledge: promise) — decided: "مصادر تركية رسمية"/"مصدر رسمي تركي"
# are tied to the Turkish government by رسمي, like GUIDELINES' "مصدر عسكري أردني", not bare "مصادر أمريكية".
# SANA's list holds no Syria (the state is in al-Muallem's list).
i = 'snn-2015-08-07-0094'
t = news_text(i)
MUALLEM = ["Walid al-Muallem", "وليد المعلم", "المعلم", "Syrian Foreign Minister", "وزير الخارجية السوري", "Syria",
           "سوريا", "دمشق"]
ALAWI = ["Yusuf bin Alawi", "يوسف بن علوي", "بن علوي", "Omani Foreign Minister", "Oman", "سلطنة عُمان", "عُمان",
         "مسقط"]
TURKISH_SOURCE = ["Turkish official source", "مصادر تركية رسمية", "مصدر رسمي تركي", "Turkey", "تركيا"]
SANA = ["SANA", "Syrian Arab News Agency", "الوكالة السورية للأنباء", "الوكالة"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "CONSULT", "source": MUALLEM + ["Faisal Mekdad", "فيصل مقداد"], "target": ALAWI, "date": "2015-08-06"},
    {"code": "AGREE", "source": MUALLEM + ALAWI, "target": [], "date": "2015-08-06"},
    {"code": "AGREE", "source": ["Turkey", "تركيا"],
     "target": ["Syrian opposition institutions", "مؤسسات المعارضة السورية", "المعارضة السورية",
                "Syrian interim government", "الحكومة السورية المؤقتة"]}], "claims": [
    {"speaker": SANA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SANA, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": MUALLEM + ALAWI + ["الوزيرين"], "cue": cue(t, "قالا"), "stance": "assert"},
    {"speaker": TURKISH_SOURCE, "cue": cue(t, "توقعت"), "stance": "assert"},
    {"speaker": TURKISH_SOURCE, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": TURKISH_SOURCE, "cue": cue(t, "أضاف", 2), "stance": "assert"},
    {"speaker": TURKISH_SOURCE, "cue": cue(t, "موضحا"), "stance": "promise"}]})
# --- Jawhara FM (AFP): an Algerian policeman foils a suicide attack in Constantine on Sunday evening 26 February 2017.
# The attack is told through its doer ("حزام ناسف كان يرتديه انتحاري"، "المهاجم"، "انفجار حزامه"; two policemen
# wounded) and is the news itself: ASSAULT bomber → the police station, dated 2017-02-26; the policeman's shooting
# at the belt ("بإطلاقه النار"، "قام ... بالرد بقوة") is a second ASSAULT, on the bomber (README: the force returning
# fire), same day. "المدعي العام فتح تحقيقاً" is an investigation (ACCUSE), its target the doer the text names (the
# bomber), undated ("مباشرة بعد" fixes no day). "أعلنت وزارة الدفاع ... أن قوات الجيش قتلت 14 إرهابياً في ولاية
# البويرة" is ASSAULT army → terrorists, undated (الأسبوع الماضي). Decided: "عدد المسلحين الذين قتلهم الجيش" since
# January is a running tally that includes those 14, no distinct instance: not coded. Claims: the police's أعلنت
# and the DGSN's قالت and أوضحت (one body: the national police directorate), APS's أشارت (a state outlet), the
# Defence Ministry's أعلنت, and AFP's "بحسب تعداد" (its sentence's only attribution). "ذكرت وسائل إعلام محلية" is a
# bare source; "لم تذكر السلطات" is negated; APS in "بيان نقلته" and the byline "(أ ف ب)" are conduits.
i = 'ant-JA-internationalNews-382-20170227'
t = news_text(i)
POLICE = ["Algerian police", "الشرطة الجزائرية", "DGSN", "المديرية العامة للأمن الوطني", "Algeria", "الجزائر"]
BOMBER = ["suicide bomber", "انتحاري", "الإرهابي", "المهاجم", "terrorist"]
recs.append({"id": i, "text": t, "published": "2017-02-27", "events": [
    {"code": "ASSAULT", "source": BOMBER,
     "target": ["police station", "مركز للشرطة", "مركز الشرطة", "مقر للشرطة", "policemen", "رجال الشرطة",
                "Algerian police", "الشرطة الجزائرية"], "date": "2017-02-26"},
    {"code": "ASSAULT", "source": ["policeman", "شرطياً", "شرطي", "Algerian police", "الشرطة الجزائرية", "Algeria",
                                   "الجزائر"], "target": BOMBER, "date": "2017-02-26"},
    {"code": "ACCUSE", "source": ["public prosecutor", "المدعي العام", "Algeria", "الجزائر"], "target": BOMBER},
    {"code": "ASSAULT", "source": ["Algerian army", "قوات الجيش", "الجيش", "Algerian Ministry of Defence",
                                   "وزارة الدفاع الجزائرية", "Algeria", "الجزائر"],
     "target": ["terrorists", "14 إرهابياً", "إرهابياً", "المسلحين"]}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "أعلنت", 1), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ["Algeria Press Service", "APS", "وكالة الأنباء الجزائرية"], "cue": cue(t, "أشارت"),
     "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": ["Algerian Ministry of Defence", "وزارة الدفاع الجزائرية", "وزارة الدفاع", "Algeria", "الجزائر"],
     "cue": cue(t, "أعلنت", 2), "stance": "assert"},
    {"speaker": ["AFP", "Agence France-Presse", "وكالة الأنباء الفرنسية", "أ ف ب"], "cue": cue(t, "بحسب"),
     "stance": "assert"}]})
# --- Jawhara FM: the National Guard arrests a man who robbed a jeweller's in Berraket Essahel. The arrest "ألقت وحدات
# الحرس الوطني أمس الخميس القبض على شخص" is COERCE, dated by أمس الخميس (2016-11-24, the corpus day a Friday);
# "قد تم القبض على أحد المتورطين بعد مداهمة منزله و حجز ..." is passive and re-tells it. The theft and the break-in
# through the clinic wall are theft (README: سطو is no ASSAULT). "تمكنت فرقة الحرس الوطني بنابل ... من التعرف على
# شخصين متورطين" is an investigation naming its suspects: ACCUSE (batch 9's police investigation), undated. The
# search warrant "صادرة في حق أحدهما" is passive with no doer; the others' flight acts on no party. No claims: "وفق
# ما أكده مصدر أمني" (and "المصدر نفسه") is a bare security source.
i = 'ant-JA-society-459-20161125'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-11-25", "events": [
    {"code": "COERCE", "source": ["National Guard units", "وحدات الحرس الوطني", "الحرس الوطني", "Tunisia"],
     "target": ["suspect", "شخص", "العنصر المذكور", "أحد المتورطين"], "date": "2016-11-24"},
    {"code": "ACCUSE", "source": ["Nabeul National Guard unit", "فرقة الحرس الوطني بنابل", "فرقة الحرس الوطني",
                                  "الحرس الوطني", "Tunisia"],
     "target": ["two suspects", "شخصين متورطين", "المتورطين", "شخصين"]}], "claims": []})
# --- Jawhara FM: minister Mehdi Ben Gharbia on the government's order that associations disclose their funding, on
# "Politica" today (Tuesday 2017-06-13). "المرسوم الذي أصدرته الحكومة والذي يدعو الجمعيات للكشف عن تمويلاتها" is a
# relative clause with its doer: REQUEST government → associations, undated (the order's day is not given); "الجمعيات
# مطالبة أيضا بتقديم تقارير" is the same demand to the same addressee. His "هذا البلاغ يعتبر بمثابة التنبيه بالنسبة
# للجمعيات التي تتلقى تمويلات أجنبيّة وموجبا للتتبّعات القانونية" is a warning of legal action: THREATEN (CAMEO 13),
# decided his own (he says it today), so dated 2017-06-13, with the government (رئاسة الحكومة) in his list. The
# government drafting a new law is internal work. Claims: أكد (assert), أضاف (the associations are required: other),
# أوضح (assert), the second أضاف (the warning: warn), مشيرا (assert); "على حد قوله" repeats its speaker.
i = 'ant-JA-localNews-4691-20170613'
t = news_text(i)
GOVERNMENT = ["Tunisian government", "الحكومة", "رئاسة الحكومة", "Tunisia", "تونس"]
BENGHARBIA = ["Mehdi Ben Gharbia", "مهدي بن غربية", "بن غربية",
              "Minister for Relations with Constitutional Bodies and Civil Society",
              "وزير العلاقة مع الهيئات الدستورية و المجتمع المدني"] + GOVERNMENT
ASSOCIATIONS = ["associations", "الجمعيات", "associations receiving foreign funding",
                "الجمعيات التي تتلقى تمويلات أجنبيّة"]
recs.append({"id": i, "text": t, "published": "2017-06-13", "events": [
    {"code": "REQUEST", "source": GOVERNMENT, "target": ASSOCIATIONS},
    {"code": "THREATEN", "source": BENGHARBIA, "target": ASSOCIATIONS, "date": "2017-06-13"}], "claims": [
    {"speaker": BENGHARBIA, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BENGHARBIA, "cue": cue(t, "أضاف", 1), "stance": "other"},
    {"speaker": BENGHARBIA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BENGHARBIA, "cue": cue(t, "أضاف", 2), "stance": "warn"},
    {"speaker": BENGHARBIA, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Jawhara FM: Basma Khalfaoui, Chokri Belaid's widow, calls on journalist Moez Ben Gharbia to give the judiciary
# what he knows about the assassinations. "دعت ... معز بن غربية إلى تقديم كل ما لديه" is REQUEST; "انتقدت ... موقف
# وزير العدل" (with "قالت إنه متخلي تماما" and "أشارت إلى عدم وجود أي رغبة في الكشف عن الحقيقة") is one criticism
# of the minister: ACCUSE. "هيئة الدفاع عن شكري بلعيد قد قامت برفع دعوى قضائية ضد حاكم التحقيق" is a lawsuit with
# its doer: ACCUSE (CAMEO 115, batch 28). All undated. "الأطراف التي تقف وراء الاغتيالات" names no one. Claims: دعت
# (other), أضافت (assert), انتقدت (accuse), قالت (accuse; decided a distinct cue, as it gives the criticism's
# content), أشارت (accuse), مضيفة (assert); "وفق تعبيرها" and "حسب قولها" repeat their speaker. Her list leaves out
# "أرملة شكري بلعيد" (it holds Belaid, named in the defence committee, an actor of its own).
i = 'ant-JA-localNews-821-20151006'
t = news_text(i)
KHALFAOUI = ["Basma Khalfaoui", "بسمة الخلفاوي", "الخلفاوي"]
recs.append({"id": i, "text": t, "published": "2015-10-06", "events": [
    {"code": "REQUEST", "source": KHALFAOUI,
     "target": ["Moez Ben Gharbia", "معز بن غربية", "الإعلامي معز بن غربية", "بن غربية"]},
    {"code": "ACCUSE", "source": KHALFAOUI,
     "target": ["Tunisian Minister of Justice", "وزير العدل", "Tunisia"]},
    {"code": "ACCUSE", "source": ["Chokri Belaid defence committee", "هيئة الدفاع عن شكري بلعيد", "هيئة الدفاع"],
     "target": ["investigating judge", "حاكم التحقيق المكلف بالقضية", "حاكم التحقيق"]}], "claims": [
    {"speaker": KHALFAOUI, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": KHALFAOUI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": KHALFAOUI, "cue": cue(t, "انتقدت"), "stance": "accuse"},
    {"speaker": KHALFAOUI, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": KHALFAOUI, "cue": cue(t, "أشارت"), "stance": "accuse"},
    {"speaker": KHALFAOUI, "cue": cue(t, "مضيفة"), "stance": "assert"}]})
# --- Jawhara FM: a protest stand in Zarzis today (Saturday 2017-04-08) over a police chase that hit two brothers.
# "نفذ عدد من ممثلي المجتمع المدني ... وقفة احتجاجية" is PROTEST, dated; no target (the stand addresses no one by
# name; README: a protest needs no target), and its denunciation, description and demands (نددوا، وصفوها، مطالبين)
# are the protesters' claims, no events of their own. Decided: the incident "مطاردة سيارة أمنية لشقيقين ... تسببت
# المطاردة في صدمهما" names its doer (the security car, "أعوان الأمن") and is what the protest is about: one ASSAULT
# security agents → the brothers, dated by "ليلة الخميس الماضي" (2017-04-06, the weekday the text gives); leaving
# without calling civil protection is no act on a party. Claims: the stand's purpose "تنديدا بالحادث" (batch 30's
# للتعبير), نددوا and وصفوها (accuse), مطالبين (other). "بحسب ما فاد به مراسل الجوهرة أف أم" is the outlet's own
# correspondent, the narrator (batch 8-9's علمت «عكاظ»); "يذكر أن" is the narrator. Aliases holding جرجيس (a place
# named on its own) and "عائلة المتضررين" (it holds the victims) are left out.
i = 'ant-JA-localNews-3539-20170408'
t = news_text(i)
PROTESTERS = ["civil society representatives", "ممثلي المجتمع المدني", "ممثلين عن المجتمع المدني", "المجتمع المدني"]
recs.append({"id": i, "text": t, "published": "2017-04-08", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2017-04-08"},
    {"code": "ASSAULT", "source": ["security agents", "أعوان الأمن", "سيارة أمنية", "Tunisian security forces",
                                   "المسؤولين عن الحادث"],
     "target": ["two brothers", "شقيقين", "الشقيقين", "المتضررين"], "date": "2017-04-06"}], "claims": [
    {"speaker": PROTESTERS, "cue": cue(t, "تنديدا"), "stance": "accuse"},
    {"speaker": PROTESTERS, "cue": cue(t, "نددوا"), "stance": "accuse"},
    {"speaker": PROTESTERS, "cue": cue(t, "وصفوها"), "stance": "accuse"},
    {"speaker": PROTESTERS, "cue": cue(t, "مطالبين"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch44.gold.jsonl', recs)
