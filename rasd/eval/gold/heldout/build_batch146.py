"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 146 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Okaz via SaudiNewsNet (Friday 2015-08-07): Future bloc MP Ammar Houri says Iran blocks Lebanon's presidential
# election. "أكد ... أن إيران لا تزال تختطف ملف انتخابات الرئاسة وتشير لحزب الله وحليفه النائب ميشال عون بتعطيل
# جلسات انتخاب الرئيس" is one criticism: ACCUSE Houri → Iran, with Hezbollah and Aoun (whom it names as the ones
# obstructing the sessions) in the same target list (decided: the instruction "وتشير ... بتعطيل" is the content of
# the accusation, not a separate alleged REQUEST Iran → Hezbollah; one accusation of several parties is one ACCUSE).
# Undated: the statement to Okaz has no day. Not coded: the army commander's and chief of staff's extension (a
# government matter told as nouns), Houri's view that the cabinet should appoint (an opinion), "من يعترض على هذا
# التمديد فليقدم بديلا" (a challenge to an unnamed class of objectors: a claim, no REQUEST, as a generic exhortation),
# the warning about street chaos (no party named), the suspect bag at Zouk Mikael (the Internal Security Forces only
# report it empty; no act towards a party). Claims: Houri's أكد (accuse), أشار (assert), لافتا (assert), "وتابع ...
# بالقول" (its content is the call on objectors to offer an alternative: other, decided) and مشيرا (street chaos: warn);
# the ISF's أعلنت (assert). The headline (حوري لـ عكاظ) is not part of the text. "شار" before أشار is a typo.
i = 'snn-2015-08-07-1356'
t = news_text(i)
HOURI = ["Ammar Houri", "عمار حوري", "حوري", "Future bloc", "كتلة المستقبل النيابية", "كتلة المستقبل"]
IRAN_HZ = ["Iran", "إيران", "Hezbollah", "حزب الله", "Michel Aoun", "ميشال عون", "عون"]
ISF = ["Internal Security Forces", "قوى الأمن الداخلي", "Lebanon", "لبنان"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": HOURI, "target": IRAN_HZ}], "claims": [
    {"speaker": HOURI, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": HOURI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": HOURI, "cue": cue(t, "لافتا"), "stance": "assert"},
    {"speaker": HOURI, "cue": cue(t, "تابع"), "stance": "other"},
    {"speaker": HOURI, "cue": cue(t, "مشيرا"), "stance": "warn"},
    {"speaker": ISF, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- Al-Weam via SaudiNewsNet (2015-08-02): the Iranian authorities threaten the family of Yousef Yaqoub al-Ahwazi,
# spokesman of the Democratic Popular Front of Ahwaz. "هددت السلطات الإيرانية عائلة ... بالقتل إذا لم يكف يوسف
# وإخوانه وأخواته عن نشاطاتهم السياسية" is THREATEN Iranian authorities → the family, with Yousef and his siblings whom
# the condition names in the same target list (README: an ultimatum names both the party given it and the ones
# threatened in one list); the earlier threats he "receives" from the authorities (أوضح ... يتلقى التهديدات) are the
# same campaign of threats against him and his family: folded in (decided). "مبينًا أنه وإخوانه ... سوف يبقون شوكة
# بعين السلطات الإيرانية، رغم التهديدات" defies the threat's demand to stop: REJECT Yousef/the Front → the authorities
# (README: defying a ban is REJECT), with the statement's closing "ولن ينالوا ... غير إصرار الجبهاويين على مواصلة
# النضال" folded in (decided). "وأضاف ... أن دولة إيران الفارسية تبغض ... نشاط الأحوازيين وتريد وقف هذا النشاط ...
# ولو بالتهديد بالقتل" with "ممارسات تعسفية" criticises Iran: ACCUSE Yousef → Iran. The Front's "حذرت ... من مغبة
# المساس بأمن العوائل البريئة، موضحة أن السلطات الإيرانية وعملاءها سوف يدفعون الثمن" is THREATEN the Front → the
# authorities. "النظام الإيراني سبق واعتقل الشيخ حسن المرمضي ... وكذلك والد أم خلود" is a historical arrest with its
# doer named: one COERCE → both detainees (one verb, one list), his continued jailing folded in. All undated. Not
# coded: the threat to Abu Sharif (passive "تم تهديده", no agent). The Front speaks through its spokesman ("على لسان
# ناطقها الرسمي"), so Yousef and the Front share one list; "جدش" is the Front's acronym. Claims: Yousef's أوضح (the
# threats he received: accuse), مبينًا (defiance of the demand: deny, as claims announcing a refusal), أضاف (accuse);
# the Front's حذرت (warn) and موضحة (warn). The closing link line to Al-Weam is a byline.
i = 'snn-2015-08-02-0922'
t = news_text(i)
IRAN_AUTH = ["Iranian authorities", "السلطات الإيرانية", "النظام الإيراني", "دولة إيران الفارسية", "Iran", "إيران"]
YOUSEF = ["Yousef Yaqoub al-Ahwazi", "يوسف يعقوب الأحوازي", "يوسف", "يعقوب",
          "Democratic Popular Front of Ahwaz", "الجبهة الديمقراطية الشعبية الأحوازية", "الجبهة", "جدش",
          "الناطق الرسمي للجبهة الديمقراطية الشعبية الأحوازية", "ناطقها الرسمي"]
FAMILY = ["family of Yousef Yaqoub al-Ahwazi", "عائلة", "العوائل البريئة", "Yousef Yaqoub al-Ahwazi",
          "يوسف يعقوب الأحوازي", "يوسف", "إخوانه", "أخواته", "أحمد", "علي", "آثار يعقوب"]
DETAINEES = ["Hassan al-Marmadi", "حسن المرمضي", "المرمضي", "father of Umm Khulud", "والد أم خلود"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "THREATEN", "source": IRAN_AUTH, "target": FAMILY},
    {"code": "REJECT", "source": YOUSEF, "target": IRAN_AUTH},
    {"code": "ACCUSE", "source": YOUSEF, "target": IRAN_AUTH},
    {"code": "THREATEN", "source": YOUSEF, "target": IRAN_AUTH},
    {"code": "COERCE", "source": IRAN_AUTH, "target": DETAINEES}], "claims": [
    {"speaker": YOUSEF, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": YOUSEF, "cue": cue(t, "مبينًا"), "stance": "deny"},
    {"speaker": YOUSEF, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": YOUSEF, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": YOUSEF, "cue": cue(t, "موضحة"), "stance": "warn"}]})
# --- SaudiNewsNet (2015-08-11): singer Mohammed Abdu releases a new single, "كل شي", and will give a concert in London
# after the Super Cup. His renewed work with a composer and a poet, Rotana's release of the song, the concert with his
# fans and his past albums are artistic business: no events (decided, as transfers and signings are sport business).
# Claims: "معبراً عن أن التوقف مجاراة للساحة الفنية" is Abdu's own statement (assert).
i = 'snn-2015-08-11-0749'
t = news_text(i)
ABDU = ["Mohammed Abdu", "محمد عبده", "فنان العرب"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": ABDU, "cue": cue(t, "معبراً"), "stance": "assert"}]})
# --- Reuters via SaudiNewsNet (Thursday 2015-07-23): the Russian Football Union rejects Ufa midfielder Emmanuel
# Frimpong's claim of racist abuse by Spartak Moscow fans. "قال الاتحاد الروسي لكرة القدم الأربعاء إنه رفض إدعاءات
# ... فريمبونج" is a denial of a named man's accusation: REJECT RFU → Frimpong, dated 2015-07-22 (الأربعاء); its
# disciplinary committee finding no evidence (أضاف) and chairman Artur Grigoryants' two statements re-tell the same
# rebuttal: folded in. "قال الكسندر ميتين مسؤول الأمن في الدوري الروسي إنه لم يثبت قيام مشجعي سبارتاك ... بأي إساءة"
# is an explicit denial by a separate body (the league): a second REJECT Mitin → Frimpong, undated (decided). "وطرد
# فريمبونج بعد أن صدرت عنه إشارة غير لائقة تجاه الجماهير" has him as the doer of an insulting gesture at the fans:
# ACCUSE Frimpong → Spartak's fans (README: insults and taunts are ACCUSE), dated 2015-07-17 (the match "يوم الجمعة
# الماضي"; decided); the sending-off is the referee's, unnamed and passive: not coded. "قال الاتحاد الروسي في بيان انه
# عاقب اللاعب بعد ذلك بالإيقاف لمباراتين" is a disciplinary ban by a named body: COERCE RFU → Frimpong (batches 8–9),
# undated. Frimpong's accusation is told only as a noun (إدعاءات) and the alleged abuse is inside it: no events of
# their own. Claims: RFU's قال (1st, deny), أضاف (deny), قال (2nd, the ban: assert); Frimpong's "حسبما يدعي" (the
# sentence's only attribution to him: accuse); Grigoryants' قال (deny) and "وأضاف المسؤول الروسي" (deny); Mitin's two
# قال (deny). "سألنا المراقبين" is his own checking, no claim.
i = 'snn-2015-07-23-0686'
t = news_text(i)
RFU = ["Russian Football Union", "الاتحاد الروسي لكرة القدم", "الاتحاد الروسي", "الاتحاد", "لجنة الانضباط",
       "Artur Grigoryants", "ارتور جريجوريانتس", "جريجوريانتس", "رئيس لجنة الانضباط", "المسؤول الروسي"]
FRIMPONG = ["Emmanuel Frimpong", "إيمانويل فريمبونج", "فريمبونج", "لاعب الوسط الغاني", "اللاعب"]
MITIN = ["Alexander Mitin", "الكسندر ميتين", "ميتين", "Russian Premier League", "الدوري الروسي"]
SPARTAK_FANS = ["Spartak Moscow fans", "جماهير سبارتاك موسكو", "مشجعي سبارتاك موسكو", "الجماهير", "المشجعين",
                "Spartak Moscow", "سبارتاك موسكو", "سبارتاك"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REJECT", "source": RFU, "target": FRIMPONG, "date": "2015-07-22"},
    {"code": "REJECT", "source": MITIN, "target": FRIMPONG},
    {"code": "ACCUSE", "source": FRIMPONG, "target": SPARTAK_FANS, "date": "2015-07-17"},
    {"code": "COERCE", "source": RFU, "target": FRIMPONG}], "claims": [
    {"speaker": RFU, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": RFU, "cue": cue(t, "أضاف", 1), "stance": "deny"},
    {"speaker": FRIMPONG, "cue": cue(t, "حسبما يدعي"), "stance": "accuse"},
    {"speaker": RFU, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": RFU, "cue": cue(t, "قال", 3), "stance": "deny"},
    {"speaker": RFU, "cue": cue(t, "أضاف", 2), "stance": "deny"},
    {"speaker": MITIN, "cue": cue(t, "قال", 4), "stance": "deny"},
    {"speaker": MITIN, "cue": cue(t, "قال", 5), "stance": "deny"}]})
# --- Opinion column (SaudiNewsNet, 2015-07-22): "celebrity preachers" and provocative channels leave a void that
# terrorism exploits; only the Saudi Interior Ministry has fought terrorism well. The columnist is the narrator: no
# claims (README: a columnist is the narrator), and his praise of the ministry is his own opinion, no SUPPORT
# (decided). The ministry's "نجحت في محاربة الإرهاب" fights terrorism in general, with no party named, and its foiled
# plots are told as nouns (اكتشافاتها ... التي أحبطت مئات المخططات): no events. The preachers, channels and writers
# are generic classes; the counselling scholars (علماء المناصحة) are background. No events, no claims.
i = 'snn-2015-07-22-1897'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": []})
# --- SaudiNewsNet (Thursday 2015-08-06): the OIC's Independent Permanent Human Rights Commission, in a statement
# issued yesterday (2015-08-05) for the Islamic Day of Human Rights, calls on member states and voices concern at
# religious hatred. "دعت الهيئة ... الدول الأعضاء إلى تقييم تحديات حقوق الإنسان ... وإعادة تشكيل استراتيجياتها" is
# REQUEST → the member states; "ونوهت في بيان لها صدر امس ... الدول الأعضاء باحترام حقوق الإنسان" urges the same
# addressees in the same statement: folded into it (decided). "أعربت الهيئة عن بالغ انشغالها إزاء تنامي الكراهية ...
# من قبيل القتل ... على أيدي داعش وبوكو حرام" is concern about named parties' conduct: ACCUSE → ISIS and Boko Haram
# (README: concern about a named party's conduct is ACCUSE; the killings themselves are told as nouns: not coded; the
# Rohingya's treatment, desecrations and cartoons name no doer, Myanmar being only where it happens). "ستعقد في وقت
# لاحق من هذه السنة ورشة عمل عالمية في إندونيسيا" is a meeting the commission will hold: AGREE with no target (future
# meetings are AGREE; Indonesia is the venue, not a party; decided), dated by its announcement. All three dated
# 2015-08-05 (the lead and "بيان لها صدر امس" are one statement; decided). Not coded: the Foreign Ministers' Council
# adopting the day (an organisation's own resolution, in a relative clause, with no other party). Claims: دعت (other),
# مؤكدة (assert), نوهت (other, as batch 70), أعربت (concern: warn, as batch 88's أعرب عن مخاوفه), شددت (its pledge to
# keep its focus: promise), أوضحت (assert).
i = 'snn-2015-08-06-1342'
t = news_text(i)
IPHRC = ["Independent Permanent Human Rights Commission", "IPHRC", "الهيئة الدائمة المستقلة لحقوق الإنسان", "الهيئة",
         "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", "OIC", "المنظمة"]
MEMBERS = ["member states", "الدول الأعضاء"]
ISIS_BH = ["ISIS", "داعش", "Islamic State", "Boko Haram", "بوكو حرام"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": IPHRC, "target": MEMBERS, "date": "2015-08-05"},
    {"code": "ACCUSE", "source": IPHRC, "target": ISIS_BH, "date": "2015-08-05"},
    {"code": "AGREE", "source": IPHRC, "target": [], "date": "2015-08-05"}], "claims": [
    {"speaker": IPHRC, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": IPHRC, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": IPHRC, "cue": cue(t, "نوهت"), "stance": "other"},
    {"speaker": IPHRC, "cue": cue(t, "أعربت"), "stance": "warn"},
    {"speaker": IPHRC, "cue": cue(t, "شددت"), "stance": "promise"},
    {"speaker": IPHRC, "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-07-31): five presumed al-Qaeda members, a mid-level leader among them, killed yesterday
# in a drone strike "probably American" in Abyan. "قتلوا أمس في غارة لطائرة بدون طيار يرجح أنها أمريكية" gives the
# strike its doer (README: "قتل في ضربة جوية أمريكية" is the US's ASSAULT): ASSAULT US → al-Qaeda, dated 2015-07-30
# (أمس); the car destroyed and Abu Ahmad al-Kazmi's death (أوضح، أضاف) are the same strike, and "وتتواصل غارات
# الطائرات بدون طيار التي تشنها الولايات المتحدة منذ سنوات في اليمن" is the campaign it belongs to: folded into one
# ASSAULT (decided, as a campaign and the strikes it lists are one ASSAULT). "مدينة المكلا التي يسيطرون عليها" is an
# occupation in a relative clause with its doer: COERCE al-Qaeda → Mukalla (README), undated. Not coded: al-Wuhayshi's
# death in June (a noun inside al-Qaeda's admission) and the two officials killed in April (passive, no agent).
# Claims: "مسؤول حكومي" names no government or institution: bare, no claims for أفاد, أوضح, أضاف (as batch 10's
# "مسؤول حكومي"; decided); al-Qaeda's "أقر ... بمقتل زعيمه" is its own statement (assert).
i = 'snn-2015-07-31-2044'
t = news_text(i)
US = ["United States", "الولايات المتحدة", "US"]
AQ = ["al-Qaeda", "القاعدة", "تنظيم القاعدة", "عناصر القاعدة", "AQAP", "Abu Ahmad al-Kazmi", "أبو أحمد الكازمي",
      "الكازمي", "خمسة عناصر مفترضين من تنظيم القاعدة", "التنظيم"]
MUKALLA = ["Mukalla", "المكلا"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ASSAULT", "source": US, "target": AQ, "date": "2015-07-30"},
    {"code": "COERCE", "source": AQ, "target": MUKALLA}], "claims": [
    {"speaker": AQ, "cue": cue(t, "أقر"), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): two security researchers build a firmware worm for Macs. Xeno Kovah and
# Trammell Hudson's "شن هجمات تلقائية بين أجهزة ماك" is a proof of concept on machines, with no victim party: no
# ASSAULT or COERCE (decided; the cyber COERCEs of earlier batches had real victims). Their plan to present at Black
# Hat (a talk at a conference, no meeting between parties) and Apple's fixing of the first version's flaws (its own
# product) are no events. Claims: "استعرض الباحثان من خلال فيديو، الوسيلة الوحيدة للتخلص من الدودة" sets out a
# proposition (assert, as an earlier batch's researchers' استعرض); Apple's "اعترفت بالنسخة الأولى منها" (assert,
# decided: an acknowledgement of the flaw by a named company). "بحسب مواقع متخصصة" is a bare source; "لم تصدر أي
# بيان" is negated.
i = 'snn-2015-08-06-0612'
t = news_text(i)
RESEARCHERS = ["Xeno Kovah", "زينو كوفا", "Trammell Hudson", "تراميل هودسون", "الباحثان", "باحثان أمنيان",
               "security researchers"]
APPLE = ["Apple", "أبل", "شركة أبل"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": RESEARCHERS, "cue": cue(t, "استعرض"), "stance": "assert"},
    {"speaker": APPLE, "cue": cue(t, "اعترفت"), "stance": "assert"}]})
# --- SaudiNewsNet (Tuesday 2015-07-21): six Republican governors order the National Guard armed after the
# Chattanooga shootings. "أمر حكام ولايات فلوريدا ولويزيانا وأركنسو وأوكلاهوما وتكساس وانديانا بتسليح أفراد الحرس
# الوطني" (re-told by "وأصدر حكام الولايات الست أوامر بتسليح الحرس الوطني") raises the readiness of their forces
# against further attacks: one MOBILIZE with the governors and the Guard as source and no target (README: raised
# security readiness is MOBILIZE; no attacker is named), undated (decided: coded as MOBILIZE rather than left out as a
# governor's internal order to his own forces, since arming is the act PLOVER counts). Not coded: the Thursday killing
# of four Marines and a sailor ("بعد مقتل ... بالرصاص": a noun, no doer) and "كان الهجوم استهدف منشأتين" (the attack
# itself as subject, no doer). Claims: Texas governor Greg Abbott's قال and أضاف (assert). The state names inside
# "حكام ولايات ..." stay out of the list.
i = 'snn-2015-07-21-2139'
t = news_text(i)
GOVERNORS = ["governors of six US states", "حكام الولايات الست", "الحكام الستة", "حكام", "الحكام",
             "National Guard", "الحرس الوطني", "أفراد الحرس الوطني", "Greg Abbott", "جريج آبوت", "آبوت"]
ABBOTT = ["Greg Abbott", "جريج آبوت", "آبوت", "حاكم ولاية تكساس", "Texas", "تكساس"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "MOBILIZE", "source": GOVERNORS, "target": []}], "claims": [
    {"speaker": ABBOTT, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ABBOTT, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Ain Alyoum via SaudiNewsNet (Sunday 2015-07-26): the WTO announces a deal to scrap tariffs on over 200 IT
# products. "أعلنت منظمة التجارة العالمية، أمس الجمعة، أنها نجحت في التوصل إلى اتفاق" is one reciprocal AGREE among
# the negotiators, with the WTO and the named members (the EU, the US, Egypt, Morocco and the GCC states but Bahrain)
# in the source and no target (README: an agreement that came out of talks is one reciprocal AGREE), dated
# 2015-07-24 (the text's Friday wins over أمس, which would be Saturday); the pledge that participants "سيلغون الرسوم"
# is its content, folded in. "جرت المفاوضات حول الاتفاق بين 54 من أعضاء المنظمة بما فيها ..." names the parties of
# the talks: one reciprocal CONSULT with no target (README: talks held and a shared agreement are a CONSULT and an
# AGREE), undated. Claims: the WTO's أعلنت and "وقالت المنظمة الدولية" (assert); Director-General Roberto Azevedo's
# قال, مضيفاً and رأى (assert). "عين اليوم – متابعات" and the closing tags are no claims.
i = 'snn-2015-07-26-0047'
t = news_text(i)
WTO_MEMBERS = ["World Trade Organization", "WTO", "منظمة التجارة العالمية", "المنظمة الدولية", "المنظمة",
               "54 من أعضاء المنظمة", "European Union", "الاتحاد الأوروبي", "United States", "الولايات المتحدة",
               "Egypt", "مصر", "Morocco", "المغرب", "Gulf Cooperation Council", "دول مجلس التعاون الخليجي",
               "مجلس التعاون الخليجي"]
WTO = ["World Trade Organization", "WTO", "منظمة التجارة العالمية", "المنظمة الدولية", "المنظمة"]
AZEVEDO = ["Roberto Azevedo", "روبرتو ازيفيدو", "ازيفيدو", "المدير العام لمنظمة التجارة العالمية"] + WTO
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "AGREE", "source": WTO_MEMBERS, "target": [], "date": "2015-07-24"},
    {"code": "CONSULT", "source": WTO_MEMBERS, "target": []}], "claims": [
    {"speaker": WTO, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": WTO, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": AZEVEDO, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": AZEVEDO, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": AZEVEDO, "cue": cue(t, "رأى"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch146.gold.jsonl', recs)
