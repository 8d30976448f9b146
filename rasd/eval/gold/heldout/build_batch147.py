"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 147 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum (Jerusalem, Friday 2015-07-31): suspected Jewish extremists set fire to a house in the West Bank
# (Kafr Duma), killing an 18-month-old Palestinian child and injuring his brother and parents. "قال مسؤولون من شرطة
# الاحتلال الإسرائيلي إن من يشتبه بانهم متطرفون يهود أضرموا النيران في منزل ... مما أدى إلى مقتل طفل فلسطيني ...
# وإصابة شقيقه ... ووالديهما اليوم الجمعة" is an arson attack with its doer named (a reported clause): one ASSAULT of
# the extremists → the family, the death, the injuries and the damage to the next house folded in ("وتعرض منزل مجاور
# لاضرار": same fire), dated 2015-07-31 (اليوم الجمعة, the corpus date, a Friday). The police's suspicion names no
# group, only "suspected Jewish extremists": no separate ACCUSE (decided; batch 27–28's ACCUSE was for a security
# body naming the attackers' group, and Samri only reports the "price tag" slogan on the wall). "بطاقة السعر" is kept
# in the attackers' list, since the slogan and the last paragraph tie the attack to it. "وهدمت إسرائيل بنايتين في
# مستوطنة بيت ايل في وقت سابق هذا الأسبوع" is a demolition with its doer: an administrative COERCE Israel → the Beit
# El settlement (README: a demolition on an authority's order is COERCE, not ASSAULT), undated (a week, no day). Not
# coded: the security forces reaching the scene (no act against a party; decided, no MOBILIZE), the passive transfer
# of the injured, the passive blame "وألقي باللوم على جماعة بطاقة السعر" (no blamer named) and its mosque burnings (a
# masdar), last year's burning of a Palestinian youth and the killing of three Israelis (masdars, background), the
# narrator's "غالبا ما كانت تلك الهجمات تأتي ردا". Claims: the Israeli police officials (tied to a named institution)
# قال (1st) and "وقال المسؤولون" (3rd), spokeswoman Luba Samri's قالت and أضافت, all assert (reports of the attack;
# decided assert, not accuse, as the suspects are described rather than charged).
i = 'snn-2015-07-31-0180'
t = news_text(i)
EXTREMISTS = ["Jewish extremists", "متطرفون يهود", "متطرفين يهود", "من يشتبه بانهم متطرفون يهود", "متطرفون",
              "Israeli extremists", "متطرفون إسرائيليون", "اسرائيليون متطرفون", "Price Tag", "بطاقة السعر"]
FAMILY = ["Palestinian family", "Dawabsheh family", "طفل فلسطيني", "الطفل", "شقيقه", "والديهما", "العائلة"]
ISRAEL = ["Israel", "إسرائيل"]
BEIT_EL = ["Beit El settlement", "مستوطنة بيت ايل", "بيت ايل", "settlers"]
IL_POLICE = ["Israeli police officials", "مسؤولون من شرطة الاحتلال الإسرائيلي", "شرطة الاحتلال الإسرائيلي",
             "المسؤولون", "Israel Police", "الشرطة الاسرائيلية"] + ISRAEL
SAMRI = ["Luba Samri", "لوبا سمري", "سمري", "المتحدثة باسم الشرطة الاسرائيلية", "المتحدثة",
         "Israel Police", "الشرطة الاسرائيلية"] + ISRAEL
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ASSAULT", "source": EXTREMISTS, "target": FAMILY, "date": "2015-07-31"},
    {"code": "COERCE", "source": ISRAEL, "target": BEIT_EL}], "claims": [
    {"speaker": IL_POLICE, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SAMRI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SAMRI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": IL_POLICE, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- Ain Alyoum (Atlanta): Gabonese politicians criticise Lionel Messi for meeting President Ali Bongo in shorts and a
# T-shirt; the government denies paying him. "انتقد سياسيون في دولة الغابون ... ليونيل ميسي، الذين يقولون إن ..."،
# "واعترض حزب الشعب المحلي في الغابون (UPG)، على تي شيرت وشورت ميسي" and the party statement that "أدان اللاعب ووصف ما
# فعله بالوقاحة، وأضاف ..." are one criticism of one party by one party: one ACCUSE UPG → Messi (README: the judges'
# criticism behind several verbs is one ACCUSE; decided: the lead's politicians are the party the next sentence
# names, one list), undated. "نفت الحكومة الشائعات المتكررة عن دفع الملايين ... لميسي" denies a rumour whose author is
# not named: REJECT Gabonese government with no target (README, batches 49–52), undated. The visit "لعقد اجتماع مع
# الرئيس علي بونغو أونديمبا", told in the government's quote "زار الغابون من 17 إلى 18 يوليو 2015 بعد أن تلقى دعوة من
# الرئيس", is one CONSULT Messi → Bongo, the invitation folded in (README: a visit بدعوة من is one CONSULT with the
# inviter among the hosts), undated (two days: a visit given over two days stays undated). Not coded: the rumoured
# payment (a masdar), "وتردد أن ميسي تجول ... مع الرئيس نفسه" (part of the visit, and a bare rumour), laying the
# stadium's foundation stone. Claims: انتقد (decided the cue of the lead's one statement; the relative "يقولون" gives
# the same content), اعترض, أدان (with ووصف folded in: the same condemnation in one clause) and أضاف (the party's
# quote), all accuse; the government's نفت (deny; the quoted "يقول: ... تنفي بقوة" retells the same denial inside the
# same sentence, one claim). No UPG form holds الغابون (the state is in Bongo's and the government's lists).
i = 'snn-2015-07-24-0084'
t = news_text(i)
MESSI = ["Lionel Messi", "ليونيل ميسي", "ميسي", "اللاعب الأرجنتيني", "اللاعب", "مهاجم فريق برشلونة",
         "لاعب كرة القدم الأفضل في العالم"]
UPG = ["Union of the Gabonese People", "UPG", "حزب الشعب المحلي", "الحزب", "Gabonese politicians", "سياسيون"]
GABON_GOV = ["Gabonese government", "الحكومة", "الجمهورية الغابونية", "Gabon", "الغابون"]
BONGO = ["Ali Bongo Ondimba", "علي بونغو أونديمبا", "بونغو", "رئيس بلدهم", "Gabon", "الغابون"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": UPG, "target": MESSI},
    {"code": "REJECT", "source": GABON_GOV, "target": []},
    {"code": "CONSULT", "source": MESSI, "target": BONGO}], "claims": [
    {"speaker": UPG, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": UPG, "cue": cue(t, "اعترض"), "stance": "accuse"},
    {"speaker": UPG, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": UPG, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": GABON_GOV, "cue": cue(t, "نفت"), "stance": "deny"}]})
# --- Ain Alyoum (Ankara; corpus date Saturday 2015-07-25): Turkish warplanes strike Islamic State targets in Syria for
# the first time "اليوم الجمعة" (the text's weekday wins over the corpus date: 2015-07-24). "قصفت طائرات حربية تركية
# أهدافا لتنظيم الدولة الإسلامية في سوريا" is ASSAULT Turkey → ISIS, dated 2015-07-24; "هجمات اليوم" and Erdogan's
# "قمنا بالخطوة الأولى الليلة الماضية" re-tell it. "وعد ... إردوغان باتخاذ إجراءات أكثر حسما ضد الجهاديين والمتشددين
# الأكراد بالداخل" is a vow to act against named adversaries: THREATEN Erdogan → the jihadists and Kurdish militants
# (one compound list with ISIS and the PKK the text names for them; README: a vow to fight ISIS a THREATEN and a warn
# claim), dated 2015-07-24 (decided: "فيما" ties it to the sentence's Friday). "اتصال هاتفي بين إردوغان والرئيس
# الأمريكي باراك أوباما يوم الأربعاء" is a call with both parties named, which Erdogan's quote takes up ("في مكالمتنا
# مع أوباما جددنا عزمنا على الصراع ضد المنظمة الانفصالية وضد تنظيم الدولة الإسلامية"): one CONSULT Erdogan (first
# named) → Obama and one reciprocal AGREE of both with no target (batches 49–52: a call in which both sides agree;
# batch 49 codes this same call so), both dated 2015-07-22 (the Wednesday before). "سلسلة من حملات المداهمة نفذتها
# الشرطة ... لاعتقال مئات ممن يشتبه في أنهم متشددون بينهم من ينتمون لجماعات كردية" is a relative clause with its doer:
# one COERCE police → the suspected militants, undated (decided: a series of campaigns that "coincided" with the
# strikes has no day of its own). Turkey's standing positions, "ولطالما كانت تركيا ... وتشدد ... على ضرورة الإطاحة
# بالرئيس السوري بشار الأسد كما تقول إن القوات الكردية السورية تشكل خطرا أمنيا كبيرا" and the PKK "الذي تصفه أنقره
# بأنه منظمة انفصالية", are coded as habitual acts with no claims (README, session 34: habitual condemnations coded with
# no claim): a REQUEST Turkey → Assad (a demand for his removal, CAMEO 1041), an ACCUSE Turkey → the Syrian Kurdish
# forces and an ACCUSE Turkey → the PKK, all undated. Not coded: Turkey's membership of the US-led coalition (a standing
# state, no act; decided), the narrator's forecast "تشير إلى أن أنقرة ستهاجم ... بينما ستلاحق" and the bare
# "يقول مسؤولون" (officials tied to no institution). Claims: Erdogan's وعد (warn) and "وقال إردوغان للصحفيين" (the
# renewed resolve to fight: warn, decided); "بحسب رويترز" closes the article as a credit line after a sentence that
# already names its speaker: no claim (decided, as batches 69–72's closing نقلا عن).
i = 'snn-2015-07-25-0021'
t = news_text(i)
TURKEY = ["Turkey", "تركيا", "أنقرة", "أنقره", "Turkish warplanes", "طائرات حربية تركية"]
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب إردوغان", "إردوغان", "Turkey", "تركيا"]
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "United States", "الولايات المتحدة"]
ISIS = ["Islamic State", "ISIS", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "داعش"]
PKK = ["Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني", "المنظمة الانفصالية", "منظمة انفصالية"]
MILITANTS = ["jihadists", "الجهاديين", "Kurdish militants", "المتشددين الأكراد"] + ISIS + PKK
TR_POLICE = ["Turkish police", "الشرطة", "Turkey", "تركيا"]
SUSPECTS = ["suspected militants", "مئات ممن يشتبه في أنهم متشددون", "متشددون", "Kurdish groups", "جماعات كردية"]
ASSAD = ["Bashar al-Assad", "بشار الأسد", "الأسد", "Syria", "سوريا"]
YPG = ["Syrian Kurdish forces", "YPG", "القوات الكردية السورية"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT", "source": TURKEY, "target": ISIS, "date": "2015-07-24"},
    {"code": "THREATEN", "source": ERDOGAN, "target": MILITANTS, "date": "2015-07-24"},
    {"code": "CONSULT", "source": ERDOGAN, "target": OBAMA, "date": "2015-07-22"},
    {"code": "AGREE", "source": ERDOGAN + OBAMA, "target": [], "date": "2015-07-22"},
    {"code": "COERCE", "source": TR_POLICE, "target": SUSPECTS},
    {"code": "REQUEST", "source": TURKEY, "target": ASSAD},
    {"code": "ACCUSE", "source": TURKEY, "target": YPG},
    {"code": "ACCUSE", "source": TURKEY, "target": PKK}], "claims": [
    {"speaker": ERDOGAN, "cue": cue(t, "وعد"), "stance": "warn"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 2), "stance": "warn"}]})
# --- SaudiNewsNet (Tuesday 2015-07-21): Mexico's Attorney General's office arrests seven officials over the escape of
# drug lord Joaquín "El Chapo" Guzmán. "أعلن مكتب النائب العام المكسيكي اعتقال 7 مسؤولين للاشتباه بتورطهم" is one
# COERCE of the office → the seven (arrested on suspicion in one clause), undated. "قال مسؤولون حكوميون إن حفر مثل هذا
# النفق لا يمكن أن يحدث إلا بتواطؤ من حرس ومسؤولي السجن" charges the prison staff with complicity: ACCUSE Mexican
# government → the prison guards and officials, undated (the inference about Guzmán's aides and the plans is part of
# it). "وعزلت الحكومة قائد السجن" is a dismissal over the escape: COERCE government → the prison director (decided: an
# administrative sanction, as batches 81–84's federation relieving its own administrator). "واستجوبت أكثر من 30
# مسؤولا بالسجن بشأن هذا الهروب" is questioning: a second ACCUSE government → the prison staff (README: the
# questioning of several people is one ACCUSE; decided apart from the officials' statement, a different act).
# Peña Nieto "الذي عاد من زيارة لفرنسا" is a visit with its doer in a relative clause: CONSULT → France, undated.
# "قالت الحكومة إن الولايات المتحدة كانت قد طلبت تسلم جوسمان" is an extradition demand: REQUEST US → Mexico (README:
# extradition demands are REQUEST of the state holding the man), undated ("قبل أسبوعين من عملية الهروب" is no day).
# Former attorney general Jesús Murillo's "المكسيك لا تنوي تسليمه" (January) refuses that extradition: REJECT Murillo
# (Mexico) → US, undated (a month). Not coded: the escape itself and its tunnel (masdars, and no act between parties),
# the pressure on the government (no actor), the government not naming the seven (negated) and the spokesman's
# unavailability, Peña Nieto's "الوسيلة الوحيدة ... هي اعتقال جوسمان" (a need, no vow; decided no THREATEN). "أمس
# الجمعة" contradicts the Tuesday corpus date; it dates only a claim. Claims: the office's أعلن (assert), the
# government officials' قال (accuse; tied to the named government), Peña Nieto's اعترف (assert), the government's
# قالت (assert) and Murillo's قال (a refusal: deny). "ولمحت هذه الأنباء" has no speaker.
i = 'snn-2015-07-21-0498'
t = news_text(i)
MEXICO = ["Mexico", "المكسيك"]
AG = ["Mexican Attorney General's Office", "مكتب النائب العام المكسيكي", "مكتب النائب العام"] + MEXICO
MX_GOV = ["Mexican government", "الحكومة", "مسؤولون حكوميون"] + MEXICO
SEVEN = ["seven officials", "7 مسؤولين", "الـ7"]
PRISON_STAFF = ["prison guards and officials", "حرس ومسؤولي السجن", "حرس", "مسؤولي السجن",
                "أكثر من 30 مسؤولا بالسجن", "30 مسؤولا بالسجن"]
DIRECTOR = ["prison director", "قائد السجن"]
PENA = ["Enrique Peña Nieto", "إنريكي بينا نييتو", "بينا نييتو"] + MEXICO
FRANCE = ["France", "فرنسا"]
US = ["United States", "الولايات المتحدة"]
MURILLO = ["Jesús Murillo Karam", "خيسيوس موريلو", "موريلو"] + MEXICO
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE", "source": AG, "target": SEVEN},
    {"code": "ACCUSE", "source": MX_GOV, "target": PRISON_STAFF},
    {"code": "COERCE", "source": MX_GOV, "target": DIRECTOR},
    {"code": "ACCUSE", "source": MX_GOV, "target": PRISON_STAFF},
    {"code": "CONSULT", "source": PENA, "target": FRANCE},
    {"code": "REQUEST", "source": US, "target": MX_GOV},
    {"code": "REJECT", "source": MURILLO, "target": US}], "claims": [
    {"speaker": AG, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": MX_GOV, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": PENA, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": MX_GOV, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MURILLO, "cue": cue(t, "قال", 5), "stance": "deny"}]})
# --- Al-Madina via SaudiNewsNet: former Yemeni judge Jamal Ba Ras says the southern leaders of Saleh's party (the
# GPC) turned down Abdulmalik al-Houthi's offer of an independent south. "القيادات الجنوبية في حزب على عبدالله صالح
# ... رفضت إغراءات عبدالملك الحوثي، بمنحهم الجنوب بصورة مستقلة" is REJECT of the leaders → al-Houthi, the offer
# (a noun, إغراءات) folded in (decided: no AGREE of its own); "أنها اعترفت بشرعية عبدربه منصور، في رئاسة حزب المؤتمر
# ورئاسة الجمهورية" is recognition: SUPPORT leaders → Hadi (CAMEO 05x). Their heads Ahmed bin Daghr and Mohammed
# al-Aidarous are in the leaders' list. "اجتماع قائد المنطقة العسكرية الأولى بحضرموت عبدالرحيم عتيق، بحلف القبائل"
# is a meeting named by a noun with both attendees named: one CONSULT Atiq (first named) → the tribal alliance (README:
# a meeting named only by a noun with its attendees is one CONSULT). All undated. Not coded: the legitimate
# government's decision to send six new ministers to Aden (its own ministers; internal, decided), the Houthi
# allegation "مزاعم الحوثيين بأن الجيش ... يستعين بالقاعدة" (an accusation told as a noun: no event, no claim), and
# the leaders' standing headship (يتزعمها). Claims, all Ba Ras's: قال, مشيرًا (1st), أضاف, كشف, لافتًا and مشيرًا
# (2nd) assert; أشار (the meeting "cuts off the Houthi claims": a rebuttal, deny). Al-Madina is the outlet he spoke to.
i = 'snn-2015-07-25-0638'
t = news_text(i)
BARAS = ["Jamal Ba Ras", "جمال با رأس", "با رأس", "القاضي اليمني السابق"]
GPC_SOUTH = ["southern GPC leaders", "القيادات الجنوبية", "هذه القيادات", "General People's Congress",
             "المؤتمر الشعبي العام", "Ahmed bin Daghr", "أحمد بن دغر", "Mohammed bin Hussein al-Aidarous",
             "محمد بن حسين العيدروس"]
HOUTHI = ["Abdulmalik al-Houthi", "عبدالملك الحوثي", "الحوثي", "Houthis", "الحوثيين"]
HADI = ["Abd Rabbuh Mansur Hadi", "عبدربه منصور", "President of Yemen"]
ATIQ = ["Abdulrahim Atiq", "عبدالرحيم عتيق", "قائد المنطقة العسكرية الأولى", "First Military Region"]
TRIBES = ["Hadramawt Tribal Alliance", "حلف القبائل"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "REJECT", "source": GPC_SOUTH, "target": HOUTHI},
    {"code": "SUPPORT", "source": GPC_SOUTH, "target": HADI},
    {"code": "CONSULT", "source": ATIQ, "target": TRIBES}], "claims": [
    {"speaker": BARAS, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BARAS, "cue": cue(t, "مشيرًا", 1), "stance": "assert"},
    {"speaker": BARAS, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BARAS, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": BARAS, "cue": cue(t, "لافتًا"), "stance": "assert"},
    {"speaker": BARAS, "cue": cue(t, "أشار"), "stance": "deny"},
    {"speaker": BARAS, "cue": cue(t, "مشيرًا", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-07-24): Bahrain renews "yesterday, Thursday" (2015-07-23) its rejection of Iranian
# interference. "جددت مملكة البحرين رفضها القاطع ... التدخلات الإيرانية في الشأن الداخلي" condemns another party's
# action: ACCUSE Bahrain → Iran (GUIDELINES: condemnation is ACCUSE, not REJECT, even with رفض), dated 2015-07-23.
# Interior Minister Rashid bin Abdullah Al Khalifa's statements on the same occasion (the smuggling of explosives, the
# harbouring of fugitives, the camps training terrorist groups, the campaigns, "إنكم متورطون ... وإنكم دربتم ...
# وإنكم تصدرون إلينا ثقافة الإرهاب", the Iranian agenda politicising the Qom seminaries) are the content of that one
# accusation: folded into it (README: one party criticised behind several verbs is one ACCUSE; decided: "دربتم" names
# no trainee, so no AID of its own). "تسعى إلى تعزيز العلاقة مع إيران" is a standing wish (no AGREE); "دول مجلس
# التعاون الخليجي تعمل كمنظومة أمنية متكاملة" a standing arrangement (no COOPERATE; decided). "أدعو إلى استنكار ورد
# وطني مخلص" and "الأولوية يجب أن تكون استنكاراً وطنياً" exhort "كل من في قلبه حب ... للبحرين", a generic class of his
# own citizens: claims, no REQUEST (README: a general exhortation / a call on a generic class is a claim only).
# Claims: Bahrain's جددت (accuse), the minister's قال (1st and 2nd, accuse), بيّن (assert), أضاف (the call: other),
# مشدداً (dual loyalty and the Iranian agenda: accuse) and أوضح (other). "نقول لهم" is inside his second quote.
i = 'snn-2015-07-24-0975'
t = news_text(i)
BAHRAIN = ["Bahrain", "مملكة البحرين", "البحرين"]
RASHID = ["Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", "الشيخ راشد", "وزير الداخلية",
          "Bahraini Interior Minister"] + BAHRAIN
IRAN = ["Iran", "إيران"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": BAHRAIN + RASHID[:5], "target": IRAN, "date": "2015-07-23"}], "claims": [
    {"speaker": BAHRAIN, "cue": cue(t, "جددت"), "stance": "accuse"},
    {"speaker": RASHID, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": RASHID, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": RASHID, "cue": cue(t, "بيّن"), "stance": "assert"},
    {"speaker": RASHID, "cue": cue(t, "أضاف"), "stance": "other"},
    {"speaker": RASHID, "cue": cue(t, "مشدداً"), "stance": "accuse"},
    {"speaker": RASHID, "cue": cue(t, "أوضح"), "stance": "other"}]})
# --- Al-Riyadh via SaudiNewsNet: the Coalition of Sunni Forces in southern Iraq condemns the criminal act (the bombing)
# in Sitra, Bahrain. "عبر ائتلاف القوى السنية جنوب العراق استنكارهم عن العمل الإجرامي" is a condemnation: ACCUSE
# coalition → Iran, the doer the text names (README: a condemnation targets the doer the text names), its spokesman
# Falih al-Shibli's blame ("أيادي الشر الإيرانية ..."، "فجميع الأدلة تدين تدخل إيران وعملائها") folded in, undated.
# "أيادي الشر الإيرانية تعود مرة أخرى لمحاولة العبث في البحرين، وسفك دماء الأبرياء فيها من خلال هذا التفجير" is an
# alleged attack with its doer in a finite clause: ASSAULT Iran → Bahrain (alleged clauses are coded; decided), undated.
# "دعا السياسيين إلى التحرك سريعاً لقطع أيادي إيران" is a call for political action on an unnamed set of politicians:
# REQUEST with no target (decided: a call with no named addressee, batches 33–44, rather than batches 81–88's
# exhortation of a generic class, since it asks for a concrete act), undated. "حذر الشبلي عملاء إيران ومن يعبثون
# ويخربون في اسمها من عاقبة المساس بأمن البلاد العربية" is a warning of consequences to a named side: THREATEN → Iran's
# agents (decided: one list with Iran, for whom they act), undated. Condolences (قدم التعازي) are neither event nor
# claim. Claims: the coalition's عبر and مؤكدين (accuse), al-Shibli's قال (accuse), دعا (other) and حذر (warn).
i = 'snn-2015-08-01-0644'
t = news_text(i)
SUNNI = ["Coalition of Sunni Forces in southern Iraq", "ائتلاف القوى السنية جنوب العراق", "ائتلاف القوى السنية",
         "الائتلاف السني جنوب العراق", "الائتلاف السني", "الائتلاف"]
SHIBLI = ["Falih al-Shibli", "فالح الشبلي", "الشبلي", "المتحدث الرسمي باسم الائتلاف السني جنوب العراق"] + SUNNI
IRAN = ["Iran", "إيران", "أيادي الشر الإيرانية"]
IRAN_AGENTS = ["Iran's agents", "عملاء إيران", "عملائها"] + IRAN
BAHRAIN = ["Bahrain", "مملكة البحرين", "البحرين", "الأبرياء", "أبناء البحرين", "أبناء مملكة البحرين"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ACCUSE", "source": SHIBLI, "target": IRAN},
    {"code": "ASSAULT", "source": IRAN, "target": BAHRAIN},
    {"code": "REQUEST", "source": SHIBLI, "target": []},
    {"code": "THREATEN", "source": SHIBLI, "target": IRAN_AGENTS}], "claims": [
    {"speaker": SUNNI, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": SUNNI, "cue": cue(t, "مؤكدين"), "stance": "accuse"},
    {"speaker": SHIBLI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": SHIBLI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SHIBLI, "cue": cue(t, "حذر"), "stance": "warn"}]})
# --- Sabq (Abha): the Abha Literary Club opens its summer programme with a course on the art of public speaking, given
# two days before (البارحة الأولى, 2015-07-19) by board member Dr Maryam al-Ghamdi to 46 trainees. A club's course
# for the public is no PLOVER event (batches 17, 22 and 63: courses and workshops), and the closing "شكرت الغامدي
# المتدربات على اهتمامهن ... ووزعت عليهن الشهادات" is a course's courtesy to its own trainees, a generic audience: no
# SUPPORT (decided). Claims: al-Ghamdi's ذكرت (her definition of delivery: assert) and شكرت (thanks, counted as batches
# 13, 22 and 31 count thanks: assert). "بدأت ... بتعريف"، "تابعت ... من خلال شرح نماذج" and "ركزت على" describe the
# course's topics, not statements (batches 25 and 50).
i = 'snn-2015-07-21-2783'
t = news_text(i)
GHAMDI = ["Maryam al-Ghamdi", "مريم الغامدي", "الغامدي", "الدكتورة الغامدي", "عضو مجلس الإدارة"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": GHAMDI, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": GHAMDI, "cue": cue(t, "شكرت"), "stance": "assert"}]})
# --- Al-Weam via SaudiNewsNet: the Liqaat online job fair for graduates had 60,700 visitors by its close last weekend.
# No event: visits, registrations and the site's design are no relations between parties. Claims: "وبحسب بيانات
# المعرض" attributes the regional figures to the fair's own published data, the only attribution in its sentence
# (GUIDELINES: attribution phrases are claims), assert (decided: the named fair's statement, not evidence cited like
# batch 105–108's doctors' diagnosis). "حسب المعايير الدولية" cites standards; "رابط الخبر بصحيفة الوئام" is a byline.
i = 'snn-2015-07-21-1921'
t = news_text(i)
LIQAAT = ["Liqaat online job fair", "معرض لقاءات الالكتروني لتوظيف الخريجين", "معرض لقاءات", "المعرض"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": LIQAAT, "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- SaudiNewsNet: Makkah's emir, Prince Khalid al-Faisal, receives at his Jeddah office the director general of the
# Makkah Printing and Media Establishment, Louay Mutabaqani, and acting editor-in-chief Ali al-Zaid. "استقبل ...
# خالد الفيصل ... مدير عام مؤسسة مكة للطباعة والإعلام لؤي مطبقاني، ورئيس التحرير المكلف علي الزيد" is a hosted visit
# by a press house outside his administration: one CONSULT, the visitors (with the staff who attended, "حضر اللقاء")
# the source and the emir the target (batches 48 and 121–128: a governor receiving outside bodies), undated. "قدم
# مدير عام مؤسسة مكة ... لسموه لوحات تذكارية" is an honour in deed: SUPPORT Mutabaqani → the emir (batch 35: tokens
# of an honouring are one SUPPORT), with the passive "جرى ... تقديم الشكر للأمير ... على دعمه الدائم لصحيفة مكة"
# folded in (README, session 34: thanks folded into the SUPPORT of an honouring), undated; the emir's standing
# support for the paper (دعمه, a masdar) is its reason. Not coded: the exhibition "شاهد وشهيد", the paintings' subjects
# (King Faisal, Saud al-Faisal's funeral prayer). Claims: none — "تحدث سموه عن الآمال المعقودة على الصحيفة" names a
# topic (batches 25, 50 and 120), and the thanks is passive with no speaker. The emir's list holds no bare الفيصل
# (Saud al-Faisal and King Faisal are other men).
i = 'snn-2015-07-31-1098'
t = news_text(i)
KHALID = ["Khalid al-Faisal", "خالد الفيصل", "الأمير خالد الفيصل", "Makkah emir",
          "مستشار خادم الحرمين الشريفين"]
MUTABAQANI = ["Louay Mutabaqani", "لؤي مطبقاني", "مطبقاني", "مدير عام مؤسسة مكة للطباعة والإعلام",
              "Makkah Printing and Media Establishment", "مؤسسة مكة للطباعة والإعلام", "Makkah newspaper",
              "صحيفة مكة", "الصحيفة"]
VISITORS = MUTABAQANI + ["Ali al-Zaid", "علي الزيد", "رئيس التحرير المكلف", "مروان التهامي", "موفق النويصر",
                         "عيسى سوادي", "صلاح الدين البكري", "علي بارشيد"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": VISITORS, "target": KHALID},
    {"code": "SUPPORT", "source": MUTABAQANI, "target": KHALID}], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch147.gold.jsonl', recs)
