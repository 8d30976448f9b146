"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 90 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Weam/SaudiNewsNet (Monday 2015-08-03): Lavrov says any US strikes on the Syrian army would complicate the
# fight against terrorism, after US officials said yesterday that Washington will defend the rebels it trained from
# the air. Lavrov's "ستعقد جهود محاربة الإرهاب" criticises the announced US policy: ACCUSE Lavrov → the US (as a
# diplomat's worry naming a state, batches 77–80), dated by "اليوم الاثنين". "قال مسؤولون أمريكيون أمس إن الولايات
# المتحدة قررت السماح بضربات جوية للدفاع عن المعارضين السوريين" is a decision to provide military protection not yet
# carried out: AGREE (CAMEO 0334, intent to provide military protection) US → the rebels, undated (أمس dates the
# officials' words, not the decision: a conduit's report dates the report); the pro-Assad forces are only a concessive
# case of "any attackers" (حتى في حال كون ...), so no THREATEN of its own (decided). "الذين دربهم الجيش الأمريكي" is a
# relative clause with its doer: training another's forces is COOPERATE (batches 53, 62), undated. "خلال زيارته
# لقطر" frames the press conference (a prepositional masdar, batches 26, 29, 35): no CONSULT. His "تسوية الحرب في
# سوريا بحاجة إلى حوار بين كل الأطراف" is an exhortation with no addressee: a claim (other) but no REQUEST (batches
# 85–88). His "تنظيم الدولة الإسلامية هو الخطر الرئيسي" denounces ISIS: ACCUSE, and "يجعل موسكو تساند حكومتي
# البلدين" is stated support: SUPPORT Russia → the Syrian and Iraqi governments, both dated by the same press
# conference (2015-08-03; a party's stated support is dated by its statement, batches 81–84). Claims: Lavrov's
# قال (warn), قال (other), أضاف (assert); the US officials' قال (assert; "مسؤولون أمريكيون" is GUIDELINES' own
# example). The closing "رابط الخبر بصحيفة الوئام: روسيا: ..." is a credit line and the headline: no claim.
i = 'snn-2015-08-03-0961'
t = news_text(i)
RUSSIA = ["Russia", "روسيا", "موسكو", "Moscow"]
LAVROV = ["Sergei Lavrov", "سيرجي لافروف", "لافروف", "وزير الخارجية الروسي"] + RUSSIA
US = ["United States", "الولايات المتحدة", "US", "Washington"]
US_OFFICIALS = ["US officials", "مسؤولون أمريكيون"] + US
US_ARMY = ["US army", "الجيش الأمريكي"] + US
REBELS = ["Syrian rebels", "المعارضين السوريين", "Syrian opposition"]
ISIS = ["ISIS", "Islamic State", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ACCUSE", "source": LAVROV, "target": US, "date": "2015-08-03"},
    {"code": "AGREE", "source": US_OFFICIALS, "target": REBELS},
    {"code": "COOPERATE", "source": US_ARMY, "target": REBELS},
    {"code": "ACCUSE", "source": LAVROV, "target": ISIS, "date": "2015-08-03"},
    {"code": "SUPPORT", "source": LAVROV,
     "target": ["Syrian government", "Iraqi government", "حكومتي البلدين", "Syria", "سوريا", "Iraq", "العراق"],
     "date": "2015-08-03"}], "claims": [
    {"speaker": LAVROV, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": US_OFFICIALS, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": LAVROV, "cue": cue(t, "قال", 3), "stance": "other"},
    {"speaker": LAVROV, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet: Italian FM Gentiloni and UN envoy Leon, at a press conference in Rome, warn the Libyan parties of
# international isolation if they reject the Skhirat peace agreement. The joint warning (حذر ... الأطراف الليبية
# المتنازعة من مواجهة عزلة دولية في حال رفضها) is a conditional threat of isolation to a named addressee: THREATEN,
# the two speakers in one source list (GUIDELINES: compound actors are one record); "وجدد الجانبان الدعوة ... إلى
# جميع الأطراف الليبية للانضمام إلى مسار السلام وقبول الاتفاق" is a call: REQUEST to the same parties. Both undated
# (the text gives no day). Not coded: the agreement "تم التوصل إليه ... برعاية أممية" (passive, a noun's relative
# clause), the Rome press conference (no meeting clause, batches 26 and 29 leave such press conferences), the coming
# negotiations (nouns). Claims: حذر (warn) and the light verb جدد of "جدد الجانبان الدعوة" (other, as batches
# 81–84 take وجه نداء), both of the two; Leon's قال and مشيرًا (assert). Leon keeps no "المبعوث الأممي إلى ليبيا"
# (it holds ليبيا, which heads the parties' list).
i = 'snn-2015-07-22-0147'
t = news_text(i)
GENTILONI = ["Paolo Gentiloni", "باولو جينتيلوني", "جينتيلوني", "وزير الخارجية الإيطالي", "Italy", "إيطاليا"]
LEON = ["Bernardino Leon", "برناردينو ليون", "ليون", "UN envoy", "المبعوث الأممي", "United Nations", "UN"]
LIBYANS = ["Libyan parties", "الأطراف الليبية المتنازعة", "الأطراف الليبية", "جميع الأطراف الليبية", "Libya"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "THREATEN", "source": GENTILONI + LEON, "target": LIBYANS},
    {"code": "REQUEST", "source": GENTILONI + LEON, "target": LIBYANS}], "claims": [
    {"speaker": GENTILONI + LEON, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": GENTILONI + LEON, "cue": cue(t, "جدد"), "stance": "other"},
    {"speaker": LEON, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": LEON, "cue": cue(t, "مشيرًا"), "stance": "assert"}]})
# --- SaudiNewsNet: the Syrian authorities arrest Suleiman al-Assad, a relative of the president, charged with killing
# an air force colonel over a traffic dispute; ISIS holds a Swedish girl of 15. "القت السلطات السورية القبض على
# سليمان الاسد ... لاتهامه بقتل عقيد" is an arrest on a charge: one COERCE (arrested and charged, batches 27–28), and
# SANA's quoted "الجهات المختصة تلقي القبض ... وتحيله الى الجهات المعنية" and SOHR's "تم اعتقال" re-tell it; undated
# (أمس الاثنين dates SANA's report, not the arrest). The killing of the colonel is the charge's verbal noun (README: an
# accusation's content told as a verbal noun is no event of its own). "يحتجز تنظيم «داعش» الارهابي فتاة سويدية" is
# a clause with its doer: holding a civilian is ASSAULT (abduct, CAMEO 181, as batches 41 and 68 code ISIS and Nusra
# captures), undated. Her flight from her adoptive parents acts on no political party; the Swedish ministry's "لم
# تعلق" is declined comment (GUIDELINES: not coded) and "نحن على اتصال بأقاربها" a state of contact with a family,
# no event. Claims: SANA's "بحسب ما افادت" (its sentence's only attribution, the phrase as cue) and قالت (assert);
# the ministry spokesman's قال (assert). "نقل المرصد السوري ... عن مصادر محلية قولها" gives a claim only to the bare
# "مصادر محلية" (none: GUIDELINES' bare sources), the Observatory being a conduit; "حسب ما افاد الاعلام السويدي" is
# bare media (no claim). AFP (لوكالة فرانس برس) is the addressee. Suleiman's list keeps his full names only (bare
# الاسد is the president's).
i = 'snn-2015-08-11-0619'
t = news_text(i)
SYRIA = ["Syrian authorities", "السلطات السورية", "الجهات المختصة", "Syrian government", "Syria", "سوريا"]
SANA = ["SANA", "Syrian Arab News Agency", "سانا", "وكالة الانباء السورية", "الوكالة"]
SWEDISH_MFA = ["Gabriel Fernstedt", "غابريل فيرنشتدت", "فيرنشتدت", "Swedish Foreign Ministry",
               "وزارة الخارجية السويدية", "الوزارة", "Sweden", "السويد"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "COERCE", "source": SYRIA, "target": ["Suleiman al-Assad", "سليمان الاسد", "سليمان هلال الاسد"]},
    {"code": "ASSAULT", "source": ["ISIS", "Islamic State", "داعش", "تنظيم داعش"],
     "target": ["Swedish girl", "فتاة سويدية", "قاصرة سويدية"]}], "claims": [
    {"speaker": SANA, "cue": cue(t, "بحسب ما افادت"), "stance": "assert"},
    {"speaker": SANA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SWEDISH_MFA, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- Ain Alyoum: residents of al-Muthallath district in Tanomah complain of the sheep market next to their homes; the
# municipality tells them to file a formal complaint. The residents are tied to a named district (as batch 69's
# farmers of named areas), so they speak. Their grievances about the smell and their asthma (شكا، أعربوا عن استيائهم،
# أضافوا) blame no party: claims, no ACCUSE (batches 69–72). "يأملون من محافظ تنومة ورئيس البلدية حل مشكلتهم" is an
# appeal to named officials: REQUEST to the governor and the mayor, and the later "عسى أن تصل للمسؤولين ... وفي
# مقدمتهم محافظ تنومة عبدالرحمن الهزاني ورئيس البلدية المهندس مصلح العلياني ليحسوا بهم" re-tells it (one REQUEST),
# undated. "أشاروا إلى أن البلدية تطلق وعودها من العام الماضي بنقل السوق ... ولكن لم يحدث ذلك" blames the municipality
# for unkept promises: ACCUSE residents → municipality; the promises themselves are a finite clause with their doer
# inside the statement (README: historical clauses with a named doer are coded): AGREE municipality → the residents
# (decided: the residents are the promises' evident counterpart), both undated (a year). The spokesman's "على من لديه
# شكوى التقدم بها إلى البلدية" addresses whoever has a complaint: a notice to a generic class, claim only (batches
# 49–52 and 85–88), no REQUEST. Claims: شكا and أعربوا (two contents in one sentence: harm, and the market's place;
# accuse), قال (their appeal: other), أضافوا (asthma: accuse, as batch 69 takes a health grievance), أشاروا (accuse),
# قالوا (the appeal through the press: other); the spokesman's قال (other); "على حد قوله" repeats his sentence's
# speaker. The byline and the closing tags are no claims. No alias holds تنومة (named on its own).
i = 'snn-2015-07-26-0039'
t = news_text(i)
RESIDENTS = ["al-Muthallath residents", "عدد من سكان حي المثلث", "سكان حي المثلث", "عدد من المواطنين", "المواطنين",
             "السكان", "residents"]
MUNICIPALITY = ["Tanomah municipality", "البلدية", "municipality"]
OFFICIALS = ["Abdulrahman al-Hazzani", "عبدالرحمن الهزاني", "الهزاني", "governor", "Musleh al-Alyani",
             "مصلح العلياني", "العلياني", "رئيس البلدية", "mayor"] + MUNICIPALITY
SHEHRI = ["Nader al-Shehri", "نادر الشهري", "الشهري", "municipality spokesman", "المتحدث الرسمي"] + MUNICIPALITY
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": RESIDENTS, "target": OFFICIALS},
    {"code": "ACCUSE", "source": RESIDENTS, "target": MUNICIPALITY},
    {"code": "AGREE", "source": MUNICIPALITY, "target": RESIDENTS}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "شكا"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "أعربوا"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": RESIDENTS, "cue": cue(t, "أضافوا"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "أشاروا"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "قالوا"), "stance": "other"},
    {"speaker": SHEHRI, "cue": cue(t, "قال", 3), "stance": "other"}]})
# --- SaudiNewsNet: the acting Saudi consul-general in Mashhad, Abdullah al-Hamrani, denies that Saudi citizens were
# poisoned there. The denial of a rumour whose only source is "مواقع التواصل الاجتماعي" is REJECT with no target
# (batches 43, 54, 73), undated (no day). His warning against spreading rumours is addressed to a generic class: a
# claim only (batches 85–88). His pledge that the consulate serves the citizens is a consulate's service to its own
# nationals, no counterpart party: no AGREE (batches 69–72: a vague pledge). The report the consulate received and the
# rumour's circulation have no named author: not coded. Claims: نفى and لافتاً (the report found baseless: deny),
# حذر (warn), أكد (the consulate's service: promise). His title holds مشهد (named on its own), so it is left out.
i = 'snn-2015-07-24-1366'
t = news_text(i)
HAMRANI = ["Abdullah al-Hamrani", "عبدالله الحمراني", "الحمراني", "Saudi consul", "القنصل السعودي العام بالإنابة",
           "Saudi consulate", "القنصلية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REJECT", "source": HAMRANI, "target": []}], "claims": [
    {"speaker": HAMRANI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": HAMRANI, "cue": cue(t, "لافتاً"), "stance": "deny"},
    {"speaker": HAMRANI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": HAMRANI, "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- Jawhara FM: Education Minister Neji Jalloul, today (Wednesday 2015-06-10) before parliament, says he received no
# legal notice of the basic-education teachers' strike. "لم يتلق إشعارا بإضراب التعليم الأساسي من الناحية القانونية"
# brands the union's strike unlawful: ACCUSE minister → the union (the strike's organiser, named in the next
# sentence), dated. "مطالب نقابة التعليم الأساسي مشروعة و لكن لا يمكن الاستجابة لها" refuses the union's demands:
# REJECT (CAMEO 12), dated by the same session; his "لم نتفق في الترقيات الاستثنائية" is part of the same refusal.
# Inside his statement, "وزارته تفاوضت مع نقابة التعليم الأساسي العديد من المرات" is a historical clause with its
# doer: CONSULT ministry → union, and "تم الاتفاق حول العديد من المسائل" the agreement those talks reached, its two
# parties named in the sentence: one reciprocal AGREE (batch 51's passive agreement among named members), both
# undated. "في جلسة عامة بمجلس النواب" frames the speech (a prepositional phrase, batches 26, 29, 35): no CONSULT.
# The reform commission "سيتم تشكيل" is passive and internal to the ministry. Claims: قال (accuse), أكد (the refusal:
# deny, as batches 77–80 take announced refusals), اعتبر (assert), أكد (the talks: assert), مستدركا (one statement
# with its بالقول, assert), أعلن (the commission his ministry will form: promise, as batch 21's statements of what a
# body will do). "على حد تعبيره" and "بحسب تعبيره" repeat their sentences' speaker.
i = 'ant-JA-localNews-2329-20150610'
t = news_text(i)
JALLOUL = ["Neji Jalloul", "ناجي جلول", "جلول", "وزير التربية", "الوزير", "Ministry of Education", "وزارة التربية",
           "وزارته", "Tunisia"]
UNION = ["General Union of Basic Education", "basic education union", "نقابة التعليم الأساسي", "الطرف النقابي"]
recs.append({"id": i, "text": t, "published": "2015-06-10", "events": [
    {"code": "ACCUSE", "source": JALLOUL, "target": UNION, "date": "2015-06-10"},
    {"code": "REJECT", "source": JALLOUL, "target": UNION, "date": "2015-06-10"},
    {"code": "CONSULT", "source": JALLOUL, "target": UNION},
    {"code": "AGREE", "source": JALLOUL + UNION, "target": []}], "claims": [
    {"speaker": JALLOUL, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": JALLOUL, "cue": cue(t, "أكد", 1), "stance": "deny"},
    {"speaker": JALLOUL, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "مستدركا"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "أعلن"), "stance": "promise"}]})
# --- Jawhara FM: the Sousse Medina judicial police arrested last night (2016-10-24) a young man who abducted and raped
# a 22-year-old woman. "تمكنت فرقة الشرطة العدلية ... ليلة البارحة من القبض على شاب" is COERCE, dated by ليلة البارحة
# (the night before the Tuesday publication); "تم القبض عليه ... بعد نصب كمين" re-tells it in the passive. "قام
# بتحويل وجهة فتاة ... واغتصابها" is a relative clause with its doer: ASSAULT (abduction and sexual violence, PLOVER
# ASSAULT modes), and the source's "قام باصطحابها ... قام بالاعتداء عليها جنسيا بعد تقييدها و قص شعرها ثم تعنيفها"
# re-tells the same assault (one ASSAULT, as batch 45 codes abduction, torture and burning in one act), undated.
# "كانت المتضررة قد تقدمت بشكاية للوحدات الأمنية في الغرض" is a formal complaint about the assault: ACCUSE victim →
# the man (batches 31, 64), undated. No claims: every cue ("وفق ما أكده مصدر أمني"، أضاف المصدر نفسه، قال المصدر
# الأمني) belongs to a bare security source (batches 14, 30, 35, 39). The unit's full name holds سوسة (in حمام سوسة
# too), so it is left out.
i = 'ant-JA-society-127-25102016'
t = news_text(i)
POLICE = ["judicial police", "فرقة الشرطة العدلية", "الشرطة العدلية", "security units", "الوحدات الأمنية",
          "Tunisian police"]
SUSPECT = ["young man", "شاب", "الشاب", "الشاب المذكور", "العنصر المذكور", "suspect"]
VICTIM = ["young woman", "فتاة", "المتضررة", "victim"]
recs.append({"id": i, "text": t, "published": "2016-10-25", "events": [
    {"code": "COERCE", "source": POLICE, "target": SUSPECT, "date": "2016-10-24"},
    {"code": "ASSAULT", "source": SUSPECT, "target": VICTIM},
    {"code": "ACCUSE", "source": VICTIM, "target": SUSPECT}], "claims": []})
# --- Jawhara FM: Erdogan today (Tuesday 2017-04-04) demands that Iraq's Kurds lower the Kurdish flag raised in
# Kirkuk. "طالب ... أكراد العراق ... بإنزال العلم الكردي" is REQUEST, and his quoted "أنزلوا ذلك العلم فورا" at the
# Zonguldak rally re-tells it; "محذرا من الاضرار بعلاقاتهم مع تركيا اذا قوبل طلبه بالرفض" with the quoted "وإلا سيكون
# الثمن باهظا. ستضرون بالحوار مع تركيا" is one conditional threat: THREATEN (README: a demand and its conditional
# threat are a REQUEST and a THREATEN); both dated. His "لا نوافق مطلقا على الزعم بأن ’كركوك للأكراد’" is the ground
# of the same demand, folded into it (decided: no REJECT of its own). Not coded: the flag "الذي رفع" (passive, no
# doer), the Kurds' long-standing claim to Kirkuk (ويدعي الأكراد منذ زمن, the narrator's background about a people,
# a bare group: no claim either), and "وتخشى الحكومة التركية" (the narrator's background; batch 16: تخشى is no
# reporting verb). Claims: طالب (other), محذرا (warn), the first قال (the rejection and the threat: warn), the second
# قال (the order: other). The Kurds keep no "أكراد العراق" (it holds العراق, named on its own).
i = 'ant-JA-internationalNews-646-20170404'
t = news_text(i)
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب إردوغان", "إردوغان", "الرئيس التركي", "Turkey", "تركيا"]
KURDS = ["Iraqi Kurds", "Kurds", "الأكراد", "Kurdistan Regional Government", "KRG"]
recs.append({"id": i, "text": t, "published": "2017-04-04", "events": [
    {"code": "REQUEST", "source": ERDOGAN, "target": KURDS, "date": "2017-04-04"},
    {"code": "THREATEN", "source": ERDOGAN, "target": KURDS, "date": "2017-04-04"}], "claims": [
    {"speaker": ERDOGAN, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ERDOGAN, "cue": cue(t, "محذرا"), "stance": "warn"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 2), "stance": "other"}]})
# --- Jawhara FM: four civil-society organisations (Kolna Tounes, the Tunisian Association for Local Governance, ATIDE
# and Al Bawsala), at a press conference today (Thursday 2017-04-13), present a road map for passing the local
# authorities code ahead of the municipal elections. Presenting the road map (a calendar for the code's passage
# through the Assembly) is a proposal: AGREE (GUIDELINES: proposals) towards the Assembly, dated; the lead's قدمت and
# the body's قدمت are one presentation. "دعا المشاركون في الندوة، رئيس الحكومة يوسف الشاهد إلى ضرورة الإسراع في
# المصادقة" is REQUEST to Chahed, dated. Bouraoui's "مجلس النواب والحكومة يريدان تعطيل إقرار مجلة الجماعات المحلية"
# charges both: ACCUSE ATIDE → the Assembly and the government, dated by the press conference. Not coded: the
# organisations' own press conference and their coordination among themselves (nouns, batch 19), and Aicha Hosni's
# backing of Bouhlal's view (ساندته, an opinion shared by two speakers of one conference, no act towards a party:
# decided, a claim only). Claims: the body's قدمت (it gives the road map's content after a colon; other), Attia's أكد
# (assert), Bouraoui's بين (accuse), Bouhlal's فسرت (assert), Hosni's ساندته (assert) and the participants' دعا
# (other). No alias needs dropping: تونس is named only inside "كلنا تونس".
i = 'ant-JA-localNews-3578-20170413'
t = news_text(i)
ORGS = ["civil society organisations", "منظمات المجتمع المدني", "المنظمات", "المشاركون في الندوة", "Kolna Tounes",
        "كلنا تونس", "Tunisian Association for Local Governance", "الجمعية التونسية للحكومة المحلية", "ATIDE",
        "عتيد", "Al Bawsala", "بوصلة"]
ARP = ["Assembly of the Representatives of the People", "مجلس نواب الشعب", "مجلس النواب", "parliament",
       "البرلمان"]
BOURAOUI = ["Moez Bouraoui", "معز بوراوي", "بوراوي", "ATIDE", "جمعية عتيد", "عتيد"]
recs.append({"id": i, "text": t, "published": "2017-04-13", "events": [
    {"code": "AGREE", "source": ORGS, "target": ARP, "date": "2017-04-13"},
    {"code": "ACCUSE", "source": BOURAOUI, "target": ARP + ["Tunisian government", "الحكومة"], "date": "2017-04-13"},
    {"code": "REQUEST", "source": ORGS,
     "target": ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisian government", "Tunisia"],
     "date": "2017-04-13"}], "claims": [
    {"speaker": ORGS, "cue": cue(t, "قدمت", 2), "stance": "other"},
    {"speaker": ["Moez Attia", "معز عطية", "عطية", "Kolna Tounes", "جمعية كلنا تونس", "كلنا تونس"],
     "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BOURAOUI, "cue": cue(t, "بين", 2), "stance": "accuse"},
    {"speaker": ["Chaima Bouhlel", "شيماء بوهلال", "بوهلال", "Al Bawsala", "منظمة بوصلة", "بوصلة"],
     "cue": cue(t, "فسرت"), "stance": "assert"},
    {"speaker": ["Aicha Hosni", "عائشة حسني", "حسني", "Tunisian Association for Local Governance",
                 "الجمعة التونسية للحكومة المحلية", "الجمعية التونسية للحكومة المحلية"],
     "cue": cue(t, "ساندته"), "stance": "assert"},
    {"speaker": ORGS, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Jawhara FM: a Belgian newspaper reports today (Wednesday 2016-06-15) a memo received at Belgian police stations
# warning of "imminent" attacks in France and Belgium. Nothing is coded: the memo's receipt and the targets named in
# it are passive (تم استقبال، تم الاشارة), and the jihadists who left Syria to attack are unnamed, their attacks
# planned, not made, and threatened to no one (no communicated threat). No claims: "صحيفة بلجيكية" is an unnamed
# outlet (GUIDELINES' bare "صحف إسرائيلية"), and the memo (تشير، ذكرت المذكرة، مضيفة) has no named author or
# institution (decided: a document speaks only for a body the text names).
i = 'ant-JA-internationalNews-1061-20160615'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-06-15", "events": [], "claims": []})
if __name__ == "__main__":
    write_batch(__file__, 'batch90.gold.jsonl', recs)
