"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 74 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum: the "Shabab Plus" youth team in Abha holds its monthly gathering as a "stand of loyalty" to the
# soldiers and the martyrs' sons. A charity evening in honour of soldiers in general is solidarity with no named party
# (CAMEO 018, README: not coded); "تلاها تكريم أبناء شهداء الواجب من يد الإعلامي ... إبراهيم القصيمي" is a verbal noun
# (the subject of تلاها), nominal, at a local ceremony (decided: not coded, unlike batch 45's "أشرف على تكريم", a
# verb). Poems, songs and "ألقى كلمة" with no content reported are no events and no claims; the byline is the
# narrator. Nothing coded.
i = 'snn-2015-07-24-0198'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [], "claims": []})
# --- SaudiNewsNet (after Al-Watan): TV writer Youssef Maati says those accusing him of plagiarism disparage his
# history. Coded: Maati's "وصف ... من يتهمونه ... بأنهم يمتهنون تاريخه" criticises his accusers without an explicit
# denial: ACCUSE (README: a rebuttal is REJECT only with an explicit denial) → Zaki Abdel-Hadi, the accuser the text
# names, dated 2015-07-20 (decided: the lead tells the statements to Al-Watan the body dates "أمس"). Abdel-Hadi's
# charge ("ادعى ... أن القائمين على مسلسل ... اعتدوا على حقوقه وسرقوا منه" and "وجه للمؤلف يوسف معاطي تهمة السرقة") is
# one accusation: one ACCUSE → Maati and the series' makers, undated; "طالب بتعويض مادي" is REQUEST with no target
# (decided: the text does not say from whom, Maati or the producers); "أرسل إنذارا لوقف العرض إلى رئيس قطاع الإنتاج في
# اتحاد الإذاعة والتلفزيون" (in his لافتا) is a warning telling its addressee to act: REQUEST (batches 29–30) → the
# ERTU production head, undated. Not coded: the alleged theft itself (a theft is not ASSAULT, README), Maati's "رفض
# ... التعليق" (declined to comment, GUIDELINES), "لم يكن هنالك تفاعل جدي" (negated), the criticism of "أمنا رويحة
# الجنة" (passive, no doer). Claims: Maati's وصف (accuse) and بالقول (the only content of "رفض ... مكتفيا بالقول":
# assert); Abdel-Hadi's ادعى (one claim for "ما صرح به ... الذي ادعى", the verb with the content: accuse), وجه (the
# light verb of "وجه ... تهمة", as batch 29's "أطلقت تحذيرا": accuse), طالب (other), لافتا (assert). "يذكر أن" is the
# narrator; Al-Watan is the addressee, no claim.
i = 'snn-2015-07-21-1481'
t = news_text(i)
MAATI = ["Youssef Maati", "يوسف معاطي", "معاطي", "المؤلف يوسف معاطي"]
ABDELHADI = ["Zaki Abdel-Hadi", "زكي عبدالهادي", "عبدالهادي", "الكاتب زكي عبدالهادي"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": MAATI, "target": ABDELHADI, "date": "2015-07-20"},
    {"code": "ACCUSE", "source": ABDELHADI,
     "target": MAATI + ["makers of the series", "القائمين على مسلسل"]},
    {"code": "REQUEST", "source": ABDELHADI, "target": []},
    {"code": "REQUEST", "source": ABDELHADI,
     "target": ["head of the ERTU production sector", "رئيس قطاع الإنتاج في اتحاد الإذاعة والتلفزيون",
                "رئيس قطاع الإنتاج", "Egyptian Radio and Television Union", "اتحاد الإذاعة والتلفزيون"]}], "claims": [
    {"speaker": MAATI, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": ABDELHADI, "cue": cue(t, "ادعى"), "stance": "accuse"},
    {"speaker": MAATI, "cue": cue(t, "بالقول"), "stance": "assert"},
    {"speaker": ABDELHADI, "cue": cue(t, "وجه"), "stance": "accuse"},
    {"speaker": ABDELHADI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ABDELHADI, "cue": cue(t, "لافتا"), "stance": "assert"}]})
# --- SaudiNewsNet (Reuters): the TPP trade ministers' Maui round ends yesterday (Friday 2015-07-31) without a deal.
# Coded: "وزراء تجارة 12 دولة تتفاوض بشأن اتفاقية الشراكة" with "المحادثات التي جرت في جزيرة ماوي" is the round: one
# multilateral CONSULT with the states in the source and no target (as batch 52 codes the Hawaii round), undated
# (decided: the talks ran over several days, the text fixes only the day they ended); Australian minister Andrew
# Robb's "المشكلة تكمن في الاقتصاديات الأربع الكبرى وهي الولايات المتحدة وكندا واليابان والمكسيك" blames four named
# states: ACCUSE → the four (one target list), undated; New Zealand's "لن تؤيد أي اتفاق لا يفتح بشكل ملموس أسواق
# منتجات الألبان مع تركيزها على الولايات المتحدة واليابان وكندا والمكسيك" is a conditional veto (decided: THREATEN,
# PLOVER's threat to a negotiation, rather than REQUEST) against the four states it names, undated; "اتفقت اليابان
# والولايات المتحدة إلى حد كبير على قواعد المنشأ" is one reciprocal AGREE with both in the source and no target,
# undated. Not coded: "أخفق ... في التوصل لاتفاق" and "لم يستطع ... التوصل لاتفاق" (negated), the disputes and New
# Zealand's "تمسك" (nouns), what the drug makers, Australia and Chile "want" (negotiating positions with no addressee,
# decided), "ويمثل الاخفاق ... نكسة" (the narrator). Claims: the ministers' أبدوا (their confidence: assert, as batch
# 52's أعربوا), Robb's قال (accuse), New Zealand's قالت (warn). "وُوصفت" has no speaker and "رأى أشخاص مطلعون" is a
# bare source: no claims.
i = 'snn-2015-08-01-1073'
t = news_text(i)
US = ["United States", "الولايات المتحدة"]
JAPAN = ["Japan", "اليابان"]
FOUR = US + JAPAN + ["Canada", "كندا", "Mexico", "المكسيك", "four big economies", "الاقتصاديات الأربع الكبرى"]
MINISTERS = ["TPP trade ministers", "وزراء تجارة دول حوض المحيط الهادي", "وزراء تجارة 12 دولة", "12 دولة", "الوزراء"]
NZ = ["New Zealand", "نيوزيلندا"]
ROBB = ["Andrew Robb", "أندرو روب", "روب", "وزير التجارة الاسترالي", "Australia", "استراليا"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "CONSULT", "source": MINISTERS + FOUR[:8] + NZ + ["Chile", "تشيلي", "Australia", "استراليا"],
     "target": []},
    {"code": "ACCUSE", "source": ROBB, "target": FOUR},
    {"code": "THREATEN", "source": NZ, "target": FOUR[:8]},
    {"code": "AGREE", "source": JAPAN + US, "target": []}], "claims": [
    {"speaker": MINISTERS, "cue": cue(t, "أبدوا"), "stance": "assert"},
    {"speaker": ROBB, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": NZ, "cue": cue(t, "قالت"), "stance": "warn"}]})
# --- SaudiNewsNet (AFP): Hillary Clinton, on Friday (2015-07-31) in Miami, again calls for ending the US embargo on
# Cuba. Coded: the lead's "دعت ... الجمعة مجددا إلى إنهاء الحصار" (with the quotes that carry it) is REQUEST with no
# target (README: a call with no named addressee), dated; "داعية الجمهوريين إلى الاستماع لمطالب الشعب الكوبي" is a
# second REQUEST → the Republicans, dated by the same speech (decided); her past record, "كانت ... تؤيد علنا تطبيع
# العلاقات مع كوبا" (endorsement of a policy: SUPPORT → Cuba, decided) and "كانت تدعو خصوصا إلى رفع الحظر" (a
# historical REQUEST, no target), both undated; "التقارب الذي أعلن عنه في ديسمبر الماضي من قبل الرئيسين الأميركي باراك
# أوباما والكوبي راوول كاسترو" is a passive relative clause with its agents: initiating diplomatic ties is SUPPORT
# (PLOVER), one reciprocal record with both presidents and their states in the source and no target, undated (month
# only); "الجمهوريين ... الذين حذروا من أنهم سيفشلون التصويت على رفع الحصار" is THREATEN with no target (a vote is no
# actor), undated; Rubio and Bush "يعارضان هذا التقارب معتبرين أنه يشكل مكافأة للأخوين كاسترو" criticise the
# rapprochement: ACCUSE → its doers the text names (Obama and Castro), undated. Not coded: the embassies' reopening
# (a noun with no doer), "معارضة الجمهوريين" and "في مواجهة مباشرة" (nouns), the embargo "المفروض ... منذ العام
# 1962" (passive, no agent), the candidates courting votes. Claims: Clinton's دعت (other), قالت (other), أضافت
# (other: "we must replace the embargo"), رأت (assert), the second قالت ("a policy that failed": accuse), داعية
# (other), the second أضافت (assert); the Republicans' حذروا (warn, a named party's members); Rubio and Bush's معتبرين
# (accuse). Clinton, a former minister now a candidate, lists no state; Rubio and Bush keep no "المرشحين الجمهوريين"
# (it holds الجمهوريين, the Republicans' own alias).
i = 'snn-2015-08-02-0698'
t = news_text(i)
CLINTON = ["Hillary Clinton", "هيلاري كلينتون", "كلينتون"]
REPUBLICANS = ["Republicans", "الجمهوريين", "Republican Party"]
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "United States", "الولايات المتحدة"]
CASTRO = ["Raul Castro", "راوول كاسترو", "كاسترو", "الأخوين كاسترو", "Cuba", "كوبا"]
RUBIO_BUSH = ["Marco Rubio", "مارك روبيو", "روبيو", "Jeb Bush", "جيب بوش", "بوش"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": CLINTON, "target": [], "date": "2015-07-31"},
    {"code": "REQUEST", "source": CLINTON, "target": REPUBLICANS, "date": "2015-07-31"},
    {"code": "SUPPORT", "source": CLINTON, "target": ["Cuba", "كوبا"]},
    {"code": "REQUEST", "source": CLINTON, "target": []},
    {"code": "SUPPORT", "source": OBAMA + CASTRO, "target": []},
    {"code": "THREATEN", "source": REPUBLICANS, "target": []},
    {"code": "ACCUSE", "source": RUBIO_BUSH, "target": OBAMA + CASTRO}], "claims": [
    {"speaker": CLINTON, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": CLINTON, "cue": cue(t, "قالت", 1), "stance": "other"},
    {"speaker": CLINTON, "cue": cue(t, "أضافت", 1), "stance": "other"},
    {"speaker": REPUBLICANS, "cue": cue(t, "حذروا"), "stance": "warn"},
    {"speaker": CLINTON, "cue": cue(t, "رأت"), "stance": "assert"},
    {"speaker": CLINTON, "cue": cue(t, "قالت", 2), "stance": "accuse"},
    {"speaker": CLINTON, "cue": cue(t, "داعية"), "stance": "other"},
    {"speaker": CLINTON, "cue": cue(t, "أضافت", 2), "stance": "assert"},
    {"speaker": RUBIO_BUSH, "cue": cue(t, "معتبرين"), "stance": "accuse"}]})
# --- SaudiNewsNet: Jordanian MP Khalil Attiyeh praises Saudi Arabia's stand with the Palestinians shown by King
# Salman's recent reception of Hamas leader Khaled Meshaal, and attacks Iran. Coded (all undated: the press statement
# has no day, and "قبل ايام"، "مؤخرا" fix none): his praise, "ثمن ... وقوف المملكة العربية السعودية الى جانب القضية
# الفلسطينية" with "كل التثمين والتحية للملك سلمان", is one SUPPORT → Saudi Arabia and the king; "خيار قيادة حماس
# باللجوء الى السعودية هو خيار حكيم وندعمه" (with "يحق لحركة حماس ان تذهب الى السعودية") is SUPPORT → Hamas; his
# criticism of Iran ("هذا يؤكد ان ايران ليست معنية بفلسطين"، "هذا كلام للاستهلاك لانهم ... يريدون هيمنة") is one
# ACCUSE → Iran (one party criticised behind several verbs, batches 33–36); "استقبل خادم الحرمين ... الملك سلمان ...
# قيادة حركة حماس وعلى رأسها خالد مشعل" (the lead's "الاجتماع الذي عُقد ... بين" re-tells it) is CONSULT, the visitors
# the source and the king the target; "قيادة ايران ومرشدها رفضوا طلبا لحماس بزيارة طهران" (inside his quote, with
# "تنكرت لها القيادة الايرانية" and "رفض ايران استقبال مشعل" re-telling it) is one REJECT Iran → Hamas (decided: the
# disowning and the refusal are one act); "قيادة السعودية التي تقف دائما مع ... قضيتنا الفلسطينية" is a relative clause
# with its doer, habitual support: SUPPORT Saudi Arabia → the Palestinians (batches 53–56: habitual praise is SUPPORT).
# Not coded: Khamenei's "ايران لن تستغني عن اصدقائها في لبنان وسوريا ..." (a vague pledge to unnamed friends, README:
# no AGREE; a claim only), Hamas's request (طلبا, a noun), the siege of Gaza and the occupation (nouns). Claims:
# Attiyeh's ثمن (praise: assert), قال (its quote ends on Iran: accuse), واضاف (accuse), وتابع (assert), وشدد (assert);
# embedded speech (batches 29–30): Tehran's "ابلغتهم ان طريق ايران تمر عبر دمشق" (a relative clause whose doer is
# Tehran: assert) and Khamenei's يقول (promise). "بلغني" has no named source. Attiyeh, an MP, lists Jordan.
i = 'snn-2015-07-24-1454'
t = news_text(i)
ATTIYEH = ["Khalil Attiyeh", "خليل عطية", "عطية", "النائب عطية", "Jordan", "الأردن"]
SAUDI = ["Saudi Arabia", "المملكة العربية السعودية", "السعودية", "قيادة السعودية", "King Salman", "الملك سلمان",
         "سلمان بن عبدالعزيز", "خادم الحرمين الشريفين", "خادم الحرمين"]
HAMAS = ["Hamas", "حماس", "حركة حماس", "قيادة حماس", "قيادة حركة حماس", "Khaled Meshaal", "خالد مشعل", "مشعل"]
IRAN = ["Iran", "ايران", "القيادة الايرانية", "قيادة ايران", "طهران", "Ali Khamenei", "خامئني", "المرشد خامئني",
        "المرشد"]
KHAMENEI = ["Ali Khamenei", "خامئني", "المرشد خامئني", "المرشد", "Iran", "ايران"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "SUPPORT", "source": ATTIYEH, "target": SAUDI},
    {"code": "CONSULT", "source": HAMAS, "target": SAUDI},
    {"code": "SUPPORT", "source": SAUDI,
     "target": ["Palestinians", "الشعب الفلسطيني", "شعبنا الفلسطيني", "القضية الفلسطينية", "قضيتنا الفلسطينية",
                "Palestine", "فلسطين"]},
    {"code": "REJECT", "source": IRAN, "target": HAMAS},
    {"code": "ACCUSE", "source": ATTIYEH, "target": IRAN},
    {"code": "SUPPORT", "source": ATTIYEH, "target": HAMAS}], "claims": [
    {"speaker": ATTIYEH, "cue": cue(t, "ثمن"), "stance": "assert"},
    {"speaker": ATTIYEH, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": ["Iran", "ايران", "طهران", "Tehran", "قيادة ايران"], "cue": cue(t, "ابلغتهم"), "stance": "assert"},
    {"speaker": ATTIYEH, "cue": cue(t, "اضاف"), "stance": "accuse"},
    {"speaker": KHAMENEI, "cue": cue(t, "يقول"), "stance": "promise"},
    {"speaker": ATTIYEH, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": ATTIYEH, "cue": cue(t, "شدد"), "stance": "assert"}]})
# --- Jawhara FM: Jendouba, today (Tuesday 2016-06-21), after a home-made bomb is found near a mosque at dawn, a
# religious extremist is arrested in the afternoon. Coded: "نفذت الوحدات الأمنية والعسكرية عمليات تمشيط واسعة النطاق"
# is a security deployment with its doer and no target: MOBILIZE (batches 42, 45, 54), dated (decided: it follows
# today's dawn find); the arrest, "إلقاء القبض، بعد ظهر اليوم، على أحد العناصر المتشددة" told by a security source
# with "تم اقتياده" after it, is the security units' COERCE (README: passive arrests reported by the police), dated;
# "حسب المعطيات التي كانت متوفرة للوحدات الأمنية فان العبوة قد وضعها شخص ... بنفس مواصفات الموقوف" with "لمواصلة
# الأبحاث معه" is the units' suspicion and investigation of the man: ACCUSE (README: a suspicion of investigators is
# an investigation, but no claim), dated by the arrest. Not coded: the find (عثور, a noun), the bomb's placing (the
# suspicion's content; decided: a device found before it was used is no ASSAULT, and it has no target), his release
# six months ago and earlier detention (passive, no doer). No claims: "مصدر أمني" is bare (README: a bare military
# source makes none) and "حسب المعطيات" attributes no statement; "يذكر ان" is the narrator.
i = 'ant-JA-localNews-2663-20160621'
t = news_text(i)
UNITS = ["Tunisian security units", "الوحدات الأمنية", "الوحدات الأمنية والعسكرية", "security forces", "Tunisia",
         "تونس"]
SUSPECT = ["extremist suspect", "أحد العناصر المتشددة دينيا", "العناصر المتشددة", "عنصر متشدد", "الموقوف",
           "هذا العنصر"]
recs.append({"id": i, "text": t, "published": "2016-06-21", "events": [
    {"code": "MOBILIZE", "source": UNITS, "target": [], "date": "2016-06-21"},
    {"code": "COERCE", "source": UNITS, "target": SUSPECT, "date": "2016-06-21"},
    {"code": "ACCUSE", "source": UNITS, "target": SUSPECT, "date": "2016-06-21"}], "claims": []})
# --- Jawhara FM: Enfidha, a pregnant woman dies after being sent home twice by the local hospital; her husband, who
# called the station, accuses the medical staff. Coded: "كلف محاميا برفع قضية يتهم فيها طبيبا بقسم الاستعجالي ...
# بتهمة الإهمال والتقصير" is a lawsuit against a named (if unnamed-by-name) doctor: ACCUSE (README: a lawsuit filed
# against someone), undated (the text gives no day for the call or the suit; the burial "عشية اليوم" is not his act);
# "طالب زوج الهالكة بفتح تحقيق جدي ... وتعقب المسؤولين" is REQUEST with no target (no addressee named), undated. Not
# coded: the hospital sending her home and referring her to Sousse (passive, or medical routine with no PLOVER
# sense), her death. Claims: the husband's مفيدا (accuse) and طالب (other); "اتصل بمراسل" introduces no content and
# "يتهم فيها" is the suit's content, not a second reporting verb. The doctor keeps no form holding النفيضة, which the
# article names on its own.
i = 'ant-JA-society-435-20161117'
t = news_text(i)
HUSBAND = ["husband of the deceased", "زوج المواطنة", "زوج الهالكة", "زوجها"]
recs.append({"id": i, "text": t, "published": "2016-11-17", "events": [
    {"code": "ACCUSE", "source": HUSBAND,
     "target": ["emergency doctor", "طبيبا", "طبيبا بقسم الاستعجالي", "الإطار الطبي", "medical staff"]},
    {"code": "REQUEST", "source": HUSBAND, "target": []}], "claims": [
    {"speaker": HUSBAND, "cue": cue(t, "مفيدا"), "stance": "accuse"},
    {"speaker": HUSBAND, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- Jawhara FM: national coach Henryk Kasperczak announces today (Thursday 2017-03-16) the squad for the friendlies
# against Cameroon (24 March, Monastir) and Morocco (28 March, Marrakech). A squad list and scheduled friendlies are
# sport business (batches 26, 32, 35, 38, 45–48): no events. Claim: his أعلن (an administrative announcement is a
# claim only, batches 49–52: assert).
i = 'ant-JA-sport-867-20170316'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-03-16", "events": [], "claims": [
    {"speaker": ["Henryk Kasperczak", "هنري كاسبارجاك", "كاسبارجاك", "مدرب المنتخب الوطني لكرة القدم"],
     "cue": cue(t, "أعلن"), "stance": "assert"}]})
# --- Jawhara FM (after the Algerian daily El Khabar): an unannounced meeting last Tuesday (2017-01-24) between
# Algeria's presidential chief of staff Ahmed Ouyahia and the Libyan Islamist Ali al-Sallabi at Rached Ghannouchi's
# home. Coded: "اجتماعا غير معلن جمع الثلاثاء الماضي ... أحمد أويحيى و ... علي الصلابي بمنزل ... راشد الغنوشي" is one
# CONSULT; both guests came to Ghannouchi's home, so (GUIDELINES: the visitor is the source, the host the target)
# Ouyahia and Sallabi are the source and Ghannouchi the target (decided), dated; "أبلغ الصلابي ... تصور الجزائر لحل
# توافقي للأزمة الليبية" is a proposal: AGREE (GUIDELINES: offers and proposals) Ouyahia → Sallabi, dated by the
# meeting. Not coded: the push on Sallabi to move the Tripoli parties to concessions and the planned regional proposal
# (دفع، طرح: verbal nouns in Ghannouchi's account). Claims: El Khabar's أوردت and أضافت (the paper's own report:
# assert, as batch 52's Independent); Ghannouchi's statement "نقلا عن" (README: the cue of the one quoted, the paper
# a conduit, so the second أوردت is no claim: assert). "أبلغ" introduces no stated content (the vision is named, not
# told): no claim (decided). Sallabi keeps no form holding ليبيا or الإخوان المسلمين.
i = 'ant-JA-politic-62-20170127'
t = news_text(i)
KHABAR = ["El Khabar", "الخبر", "جريدة الخبر", "نفس الصحيفة"]
OUYAHIA = ["Ahmed Ouyahia", "أحمد أويحيى", "أويحيى", "رئيس الديوان الرئاسي الجزائري", "مدير ديوان الرئاسة الجزائرية",
           "Algeria", "الجزائر"]
SALLABI = ["Ali al-Sallabi", "علي الصلابي", "الصلابي"]
GHANNOUCHI = ["Rached Ghannouchi", "راشد الغنوشي", "الغنوشي", "Ennahda", "حركة النهضة", "رئيس حركة النهضة"]
recs.append({"id": i, "text": t, "published": "2017-01-27", "events": [
    {"code": "CONSULT", "source": OUYAHIA + SALLABI, "target": GHANNOUCHI, "date": "2017-01-24"},
    {"code": "AGREE", "source": OUYAHIA, "target": SALLABI, "date": "2017-01-24"}], "claims": [
    {"speaker": KHABAR, "cue": cue(t, "أوردت", 1), "stance": "assert"},
    {"speaker": KHABAR, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": GHANNOUCHI, "cue": cue(t, "نقلا عن"), "stance": "assert"}]})
# --- Jawhara FM: the Tunisian employers' confederation CONECT signs, today (Saturday 2017-03-25), a partnership
# agreement with the Ivorian SME organisation at the close of the Ivorian promotion days. "أبرمت كنفدرالية ... اتفاقية
# شراكة مع المنظمة الايفوارية" is signing an agreement: SUPPORT (GUIDELINES), CONECT the source and its partner the
# target, dated; "تولى الامضاء ... طارق الشريف ... في حين وقع ... جوزيف بوغيفو" re-tells the same signing, so the two
# signatories join their bodies' lists. Not coded: the agreement's aims (its subject is the agreement, no actor),
# Côte d'Ivoire "تسعى إلى تطوير" its industry (no act on a party). "وفق ما تم تأكيده" is passive with no speaker: no
# claim. Neither list holds a country: both sides are employers' bodies, and the countries are named on their own.
i = 'ant-JA-economy-182-20170325'
t = news_text(i)
CONECT = ["CONECT", "كنفدرالية المواطنة والمؤسسات التونسية", "كونكت", "كوكنت", "Tarek Cherif", "طارق الشريف"]
IVORIAN = ["Ivorian SME organisation", "المنظمة الايفوارية للمؤسسات الصغرى والمتوسطة", "المنظمة الايفوارية",
           "Joseph Bogui", "جوزيف بوغيفو", "بوغيفو"]
recs.append({"id": i, "text": t, "published": "2017-03-25", "events": [
    {"code": "SUPPORT", "source": CONECT, "target": IVORIAN, "date": "2017-03-25"}], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch74.gold.jsonl', recs)
