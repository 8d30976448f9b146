"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 152 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (human-interest): Umm Mohammed, paralysed after a traffic accident, says the bank threatens her
# husband with prison. The headline ("السجن يهدد زوجي") is outside the text. Not coded: the accident (no doer), her
# operations, the husband's borrowing to pay for her treatment (a loan with no lender named in its clause; private
# finance). Inside her statement: "البنك يلاحق زوجها ويهدده بالسجن" is a clause with an explicit (definite, specific)
# actor: one THREATEN bank → the husband, the pursuit folded in (decided: a creditor's threat of prison for the debt,
# as README's legal threats and an enforcement court's travel ban if unpaid are THREATEN); "صاحب المنزل يطالب
# بالإيجارات المتأخرة أو الطرد" is the landlord's demand on the family: one REQUEST landlord → the husband and his
# family, the eviction alternative folded in (decided: one verb, one demand with its alternative, not batch 97–100's
# separate "وإلا" threat clause). Both undated (habitual present, no day). Claims: Umm Mohammed (a kunya, named) —
# ذكرت (her plight as facts, no one blamed as wrongdoing: assert) and مشيرة (assert).
i = 'snn-2015-08-07-1464'
t = news_text(i)
UMM_MOHAMMED = ["Umm Mohammed", "أم محمد"]
HUSBAND = ["Umm Mohammed's husband", "زوجها", "husband"]
FAMILY = HUSBAND + ["Umm Mohammed's family", "أسرتها", "أسرته"]
BANK = ["the bank", "البنك", "bank"]
LANDLORD = ["landlord", "صاحب المنزل"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "THREATEN", "source": BANK, "target": HUSBAND},
    {"code": "REQUEST", "source": LANDLORD, "target": FAMILY}], "claims": [
    {"speaker": UMM_MOHAMMED, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": UMM_MOHAMMED, "cue": cue(t, "مشيرة"), "stance": "assert"}]})
# --- SaudiNewsNet (opinion piece, no byline in the text): family gatherings after Eid as a chance for dialogue with
# the young against extremist recruitment. No events: the gatherings are habitual and generic, "ظهرت فيه شرذمة تسعى
# للنيل من وحدة الدول" names no actor (a vague faction, no PLOVER act towards a named party), the families disowning
# their sons' acts (تبرؤ العديد من الأسر) and pledging allegiance (الإعلان عن البقاء على عهد البيعة) are nominalised
# background with generic families. No claims: the piece's writer is the narrator; "يعول المختصون في شتى المجالات"
# is a bare group's reliance (README: "أعرب خبراء" and other bare sources make no claim; a bare group's expectation
# is no claim); the Quran quotation ("تحقيقاً لقول الباري") is scripture, not a reported statement.
i = 'snn-2015-07-23-0388'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": []})
# --- SaudiNewsNet: the Saudi ambassador in Cairo, Ahmed Qattan, receives the Saudi karate team, second at the third
# Arab junior and youth championship in Cairo, at the embassy. "استقبل ... القطان أفراد بعثة المنتخب السعودي
# للكاراتيه ... بمقر السفارة" is a hosted visit: CONSULT with the visiting delegation as source and the ambassador
# (with his embassy) as target (GUIDELINES: the visitor is the source; README, batches 53–56: a team met by its
# embassy is a hosted CONSULT); the federation president Ibrahim al-Qannas, who was in the visit, is in the
# delegation's list (companions in the visitor's list, batch 13). "رحب القطان بأفراد البعثة" is the welcome of the
# visit (no separate event; a welcome states nothing, batch 35); "بارك لهم تحقيق المركز الثاني" is congratulation
# on an achievement, praise: SUPPORT Qattan → the team (batch 20: a congratulation is praise, SUPPORT and a claim);
# "تمنى التوفيق" is a greeting formula (batch 20): neither event nor claim. "قدم ... القناص ... شكره وتقديره للسفارة
# السعودية ... على ما قدمته من تسهيلات" is thanks between separate parties: SUPPORT federation → the embassy and its
# ambassador (batches 24, 39, 67); the shield he presented at the visit's end ("قدم ... درع الاتحاد ... لسعادة
# السفير") is the same honouring: folded into that SUPPORT (decided; README: thanks folded into the SUPPORT of an
# honouring, batch 35's tokens one SUPPORT). The facilities the embassy gave (ما قدمته من تسهيلات) are the stated
# reason of the thanks: not coded apart (decided: consular service to its own national team, given only as the
# thanks' object). All undated (no day in the text). The championship and the photos are no events. Claims: Qattan's
# بارك (praise: assert); "قدم شكره" is no reporting cue (batches 24, 39, 67). Qattan lists Saudi Arabia; no list holds
# مصر or القاهرة (named on their own), so his full title "سفير خادم الحرمين الشريفين بجمهورية مصر العربية" is left out.
i = 'snn-2015-08-06-0893'
t = news_text(i)
QATTAN = ["Ahmed bin Abdulaziz Qattan", "أحمد بن عبدالعزيز القطان", "احمد القطان", "القطان", "Saudi ambassador",
          "السفير", "Saudi embassy in Cairo", "السفارة السعودية", "السفارة", "Saudi Arabia"]
QANNAS = ["Ibrahim al-Qannas", "إبراهيم القناص", "القناص", "Saudi Karate Federation", "الاتحاد السعودي للكاراتيه"]
TEAM = ["Saudi karate team", "بعثة المنتخب السعودي للكاراتيه", "أفراد بعثة المنتخب السعودي للكاراتيه",
        "المنتخب السعودي للكاراتيه", "أفراد البعثة", "البعثة", "لاعبي الأخضر", "الأخضر"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": TEAM + QANNAS, "target": QATTAN},
    {"code": "SUPPORT", "source": QATTAN, "target": TEAM},
    {"code": "SUPPORT", "source": QANNAS, "target": QATTAN}], "claims": [
    {"speaker": QATTAN, "cue": cue(t, "بارك"), "stance": "assert"}]})
# --- SaudiNewsNet (Bisha): residents of Wasit village in Tabala demand speed bumps against drifting youths; the
# Thania and Tabala municipality says the contractor has been told to build them. The residents are tied to a named
# village and several are named (the Shamranis): an identified group that speaks (batches 30, 90). Their demand is
# told five ways — the lead's "طالب أهالي قرية واسط بتبالة بوضع مطبات صناعية", Awadh al-Shamrani's "لابد من وضع
# مطبات ... وهو ما نطالب به", the three Shamranis' "أكدوا ضرورة إيجاد مطبات", "مطالبين بتدخل الجهات المعنية" and
# "يناشدون المسؤولين في بلدية الثنية وتبالة بسرعة التجاوب معهم" — one demand for the same bumps from the same
# residents: one REQUEST residents → the municipality and its officials (decided: re-tellings of one demand, batch 90's
# appeal and its re-telling one REQUEST; the addressee is the one the text names), undated. The mayor Khalid
# al-Wadai's reply "تم إبلاغ المقاول بعمل مطبات صناعية وسيتم تنفيذها قريبا" is a passive pledge the municipality
# reports of its own work, made in answer to the residents: AGREE municipality → the residents (decided; batch 90:
# a municipality's promises to residents are AGREE; the passive told by the body itself is its own act, batches 57–60,
# 97–100), undated; telling its contractor is the municipality's own work order (not coded). Not coded: the drifting
# youths and their accidents (a generic group, habitual; the last crash "قبل عدة أيام" has no actor), the planned
# roundabout (the project's purpose). Claims: residents' طالب (other); Awadh al-Shamrani's أشار (his call: other);
# the three Shamranis' أكدوا (other); their أضافوا (the road a drifting arena causing accidents: a complaint against
# a generic group, accuse, as batches 73–76's generic condemnations) and مطالبين (a different content, the call on the
# authorities: other); the residents' يناشدون (other); al-Wadai's ذكر (promise). واسط and تبالة are named on their
# own (قرية واسط، دوار واسط، بتبالة), so no list holds تبالة and the municipality keeps "بلدية" (batch 30); the
# residents keep "أهالي قرية واسط" (the people of a named village, batch 52's "أهالي جمنة").
i = 'snn-2015-08-01-1121'
t = news_text(i)
RESIDENTS = ["Wasit residents", "أهالي قرية واسط", "أهالي", "residents", "Awadh al-Shamrani", "عوضه الشمراني",
             "Abdullah al-Shamrani", "عبدالله الشمراني", "Mohammed al-Shamrani", "محمد الشمراني",
             "Saad al-Shamrani", "سعد الشمراني", "الشمراني"]
AWADH = ["Awadh al-Shamrani", "عوضه الشمراني", "المواطن عوضه الشمراني", "Wasit residents", "أهالي قرية واسط"]
SHAMRANIS = ["Abdullah al-Shamrani", "عبدالله الشمراني", "Mohammed al-Shamrani", "محمد الشمراني",
             "Saad al-Shamrani", "سعد الشمراني", "Wasit residents", "أهالي قرية واسط"]
WADAI = ["Khalid Maghdi al-Wadai", "خالد مغدي الوادعي", "الوادعي", "mayor", "رئيس بلدية"]
MUNICIPALITY = ["Thania and Tabala municipality", "بلدية", "المسؤولين في بلدية", "الجهات المعنية",
                "municipality"] + WADAI
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REQUEST", "source": RESIDENTS, "target": MUNICIPALITY},
    {"code": "AGREE", "source": MUNICIPALITY, "target": RESIDENTS}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": AWADH, "cue": cue(t, "أشار"), "stance": "other"},
    {"speaker": SHAMRANIS, "cue": cue(t, "أكدوا"), "stance": "other"},
    {"speaker": SHAMRANIS, "cue": cue(t, "أضافوا"), "stance": "accuse"},
    {"speaker": SHAMRANIS, "cue": cue(t, "مطالبين"), "stance": "other"},
    {"speaker": RESIDENTS, "cue": cue(t, "يناشدون"), "stance": "other"},
    {"speaker": MUNICIPALITY, "cue": cue(t, "ذكر"), "stance": "promise"}]})
# --- SaudiNewsNet (Saturday 2015-08-01): Deputy Health Minister Hamad al-Duwailea tours the border-strip hospitals of
# Jazan yesterday (2015-07-31). The tour of his own ministry's hospitals is internal (README: a minister visiting his
# own agency is no event); but "زار الضويلع مستشفى الملك فهد المركزي بجازان، وذلك للاطمئنان على وضع المصابين جراء
# الأحداث الحالية بالحد الجنوبي" is a visit to the wounded: CONSULT al-Duwailea → the wounded (batch 13: a visit to
# the wounded is CONSULT; batch 79), with the hospital left out of the target (decided: it is his ministry's own),
# dated 2015-07-31 (decided: the King Fahd hospital visit is part of the tour the lead puts "أمس"). The wounding
# (جراء الأحداث) has no doer. Not coded: his praise of the region's health staff (his own ministry's: internal, batch
# 31), "وعد ... بتأمين احتياجات المستشفيات والمراكز الصحية من القوى العاملة" and "الوزارة ستعمل على تذليل كافة
# العقبات" (pledges to his own ministry's hospitals and to no outside counterpart: internal, no AGREE). Claims:
# أكد (1st: praise of the staff, assert), وعد (promise), أكد (2nd: the ministry will remove obstacles, promise).
# No alias holds جازان (named on its own).
i = 'snn-2015-08-01-0480'
t = news_text(i)
DUWAILEA = ["Hamad bin Mohammed al-Duwailea", "حمد بن محمد الضويلع", "الضويلع", "نائب وزير الصحة",
            "Saudi Deputy Minister of Health", "Saudi Ministry of Health", "الوزارة", "Saudi Arabia"]
WOUNDED = ["the wounded", "المصابين", "wounded of the southern border events"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "CONSULT", "source": DUWAILEA, "target": WOUNDED, "date": "2015-07-31"}], "claims": [
    {"speaker": DUWAILEA, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": DUWAILEA, "cue": cue(t, "وعد"), "stance": "promise"},
    {"speaker": DUWAILEA, "cue": cue(t, "أكد", 2), "stance": "promise"}]})
# --- SaudiNewsNet (AFP-style, Thursday 2015-07-23): four men arrested in Morocco for beating a suspected thief to
# death near Midelt. "أعلنت السلطات المحلية ان أربعة اشخاص اعتقلوا الثلاثاء" and "اعتقلت قوات الدرك أربعة مشتبه بهم
# جدداً" are one arrest of the same four: one COERCE by the gendarmerie (with the local authorities that announced it,
# README: a passive arrest is the COERCE of the authorities that announced it) → the four, dated Tuesday 2015-07-21;
# the earlier arrest behind "رفع الى خمسة عدد الاشخاص المعتقلين" is a participle with no clause: not coded (decided).
# "كان حشد غاضب يتألف من تجار ومتسوقين ضرب رجلين ورجمهما" (the lead's "ضرب رجل حتى الموت" re-tells it) is one
# ASSAULT the mob → the two men, the death folded in, undated (no day for the beating). "بعد اتهامهما بالسرقة" is an
# accusation told as a noun after بعد: background (README). The two men's robbery of a farmer ("اعترضا طريق مزارع
# صغير وسلباه") is theft, not coded (README: theft is not ASSAULT; a violent mugging is theft). Claims: the local
# authorities' أعلنت (tied to the Moroccan state: assert); "نقل موقع لو 360 عن مصادر أمنية" — Le360 a conduit and
# bare security sources: no claim. The suspects' list holds no form of the mob's, and the mob's none of theirs.
i = 'snn-2015-07-23-0812'
t = news_text(i)
MOROCCO_AUTH = ["Moroccan local authorities", "السلطات المحلية", "Royal Gendarmerie", "قوات الدرك", "Morocco",
                "المغرب"]
SUSPECTS = ["four suspects", "أربعة اشخاص", "أربعة مشتبه بهم جدداً", "أربعة مشتبه بهم", "مشتبه بهم"]
MOB = ["angry mob", "حشد غاضب", "حشد غاضب يتألف من تجار ومتسوقين", "تجار ومتسوقين"]
VICTIMS = ["two suspected thieves", "رجلين", "الرجلين", "رجل", "الرجل", "القتيل", "الجريح", "لصان"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "COERCE", "source": MOROCCO_AUTH, "target": SUSPECTS, "date": "2015-07-21"},
    {"code": "ASSAULT", "source": MOB, "target": VICTIMS}], "claims": [
    {"speaker": MOROCCO_AUTH, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- Sabq (Riyadh): Sabq signs a media agreement with MSN Arabia last week to supply it with exclusive local news.
# "وقَّعت، الأسبوع الماضي، صحيفة "سبق" الإلكترونية اتفاقيةً إعلاميةً مع موقع "إم إس إن" العربية" is signing an
# agreement: SUPPORT Sabq → MSN Arabia (GUIDELINES; the signer the source and "مع" the other party, batches 38, 47),
# undated ("الأسبوع الماضي": a week, no day). Its purpose (لتزويد الموقع بالأخبار) is an infinitive: no AGREE (batch
# 47). The MSN executives' pride in the signing and praise of Sabq (Farida Fahmy's "فخورون بتوقيع هذه الاتفاقية مع
# واحدة من أهم المؤسسات الإعلامية", Rami Riad's "سبق بأخبارها الحصرية ... ستجعل زوّار ...") are the partner's view of
# the agreement itself: claims, no second SUPPORT (decided, as batch 13's view of one's own agreements and batch 47's
# signers' statements); al-Hazmi's hope for "مزيدٍ من التعاون المثمر مع المواقع الإعلامية المُميزة" is inside his
# quote, vague and with no counterpart (no AGREE); MSN's earlier agreements (أبرمتها "إم إس إن" أخيراً) name no
# partner: not coded. Claims: editor-in-chief Ali al-Hazmi's يقول and أضاف, Fahmy's صرحت ("بالقول" goes with it),
# Riad's أكّد — all assert. The byline "سبق- الرياض" is the outlet, no claim. Each speaker's list holds his outlet; no
# list holds a bare "رياض" (الرياض is named in the byline).
i = 'snn-2015-07-22-1955'
t = news_text(i)
SABQ = ["Sabq", "سبق", "صحيفة سبق", "صحيفة سبق الإلكترونية"]
MSN = ["MSN Arabia", "إم إس إن", "إم إس إن العربية", "موقع إم إس إن العربية", "موقع إم إس إن"]
HAZMI = ["Ali al-Hazmi", "علي الحازمي", "الحازمي", "المدير العام ورئيس تحرير سبق"] + SABQ
FAHMY = ["Farida Fahmy", "فريدة فهمي", "فهمي", "المدير التجاري لموقع إم إس إن العربية"] + MSN
RIAD = ["Rami Riad", "رامي رياض", "المدير التنفيذي لإم إس إن العربية"] + MSN
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "SUPPORT", "source": SABQ, "target": MSN}], "claims": [
    {"speaker": HAZMI, "cue": cue(t, "يقول"), "stance": "assert"},
    {"speaker": HAZMI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": FAHMY, "cue": cue(t, "صرحت"), "stance": "assert"},
    {"speaker": RIAD, "cue": cue(t, "أكّد"), "stance": "assert"}]})
# --- SPA (Islamabad, 2015-08-10): a pro-government tribal peace committee official, Dilawar Khan, killed today by a
# bomb in Lower Dir. "لقي مسؤول ... مصرعه بانفجار نفذه مسلحون مجهولون اليوم" is a relative clause with its doer
# (README: unknown gunmen are an explicit doer): ASSAULT unknown militants → Dilawar Khan, dated 2015-08-10 (اليوم,
# the dateline's day); "تعرضت سيارته لانفجار مفاجئ" re-tells it. "قوات الأمن طوقت موقع الانفجار لجمع الأدلة" is the
# security forces' cordon to gather evidence, the handling of the crime: one ACCUSE security forces → the unknown
# attackers (decided, as batch 97's cordon with an investigative purpose; batch 16's cordon had none), dated
# 2015-08-10 (the cordon follows today's blast). "لم تعلن ... أي جهة مسؤولية" is negated: no event. The committee's
# being pro-government and anti-Taliban is a standing stance (adjectives): not coded. Claims: none — "أوضحت مصادر
# أمنية" and "بينت" are bare security sources (GUIDELINES); "واس" is the credit line. Dilawar Khan's list leaves out
# "مناهضة لحركة طالبان" (Taliban is another entity); the security forces list Pakistan (state forces).
i = 'snn-2015-08-10-1596'
t = news_text(i)
MILITANTS = ["unknown militants", "مسلحون مجهولون", "مسلحين مجهولين"]
DILAWAR = ["Dilawar Khan", "دلاور خان", "مسؤول بلجنة سلام قبلية", "مسؤول بلجنة سلامة قبلية",
           "tribal peace committee official"]
PK_FORCES = ["Pakistani security forces", "قوات الأمن", "Pakistan", "باكستان"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": MILITANTS, "target": DILAWAR, "date": "2015-08-10"},
    {"code": "ACCUSE", "source": PK_FORCES, "target": MILITANTS, "date": "2015-08-10"}], "claims": []})
# --- SPA (Al-Baha, 2015-08-11): the Baljurashi governor Safar bin Suwaid al-Ghamdi meets, yesterday (2015-08-10) in
# the governorate's meeting hall, the regional council's tourism and economic committee (chaired by Dr Hajjad Omar
# al-Ghamdi), the tourism bodies of the region and tribal sheikhs, on investment and tourism sites. A meeting the
# governor hosts with bodies outside his governorate (the regional council's committee, the tourism bodies) and
# tribal sheikhs: one CONSULT, the participants as source and the host as target (README: a hosted conference is
# participants → host; decided: not internal, since the sheikhs and the tourism bodies are no part of his
# administration), dated 2015-08-10 (أمس). Not coded: his praise of the regional emir's care and support ("أوضح ...
# حرص واهتمام ... الأمير مشاري"، "منوهاً بالدعم الذي تحظى به محافظة بلجرشي من لدن سمو أمير المنطقة"), a governor's
# praise of his own emir inside one regional administration (batch 39: internal; batch 31: praise of one's own
# ministry no SUPPORT); the emir's support told in the relative clause is the same internal relation; the committee
# chairman's presentation of the tendering mechanism (استعرض: a topic, no statement) and the members' interventions.
# Claims: the governor's أوضح (assert), منوهاً (praise: assert, as batch 17 counts نوه) and بين (assert); "متمنياً أن
# يخرج بالنتائج" is a wish (batch 20's greeting formula, README: a bare wish none). No list holds a bare "الغامدي"
# (two men share it) or بلجرشي / الباحة (named on their own), so the governor's title is left out.
i = 'snn-2015-08-11-1523'
t = news_text(i)
SAFAR = ["Safar bin Suwaid al-Ghamdi", "سفر بن سويد الغامدي", "Baljurashi governor", "Saudi Arabia"]
PARTICIPANTS = ["tourism and economic committee of the regional council", "اللجنة السياحية والاقتصادية بمجلس المنطقة",
                "أعضاء اللجنة السياحية والاقتصادية بمجلس المنطقة", "اللجنة السياحية والاقتصادية",
                "Hajjad Omar al-Ghamdi", "هجاد عمر الغامدي", "هجاد", "tourism bodies", "الجهات المعنية بالسياحة",
                "tribal sheikhs", "مشايخ القبائل", "عدد من مشايخ القبائل"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "CONSULT", "source": PARTICIPANTS, "target": SAFAR, "date": "2015-08-10"}], "claims": [
    {"speaker": SAFAR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SAFAR, "cue": cue(t, "منوهاً"), "stance": "assert"},
    {"speaker": SAFAR, "cue": cue(t, "بين"), "stance": "assert"}]})
# --- Ain Alyoum: two pairs of Colombian twins, swapped by mistake at a Bogota hospital 20 years ago, meet — a story
# the New York Times revealed. No events: the swap by the medical team is an error, not an act towards a party (as a
# hit-and-run told as an accident is no ASSAULT); the twins' meeting, the families' beliefs, the friend's video and
# the colleague showing Jorge a photo are private acts (README: family acts are no events). Claims: "قصة هوليوودية
# كشفت عنها صحيفة نيويورك تايمز" attributes the story to the paper's own report (decided: an outlet reporting on its
# own account speaks, batches 85–88; a magazine piece's author speaks, batches 29–30): كشفت, assert; the co-worker's
# "قالت له 'خورخيه؟ ماذا تفعل هنا؟ ...'" — one unnamed but specific person (batches 89–92), her words a mistaken
# statement of who he is: assert (decided); William's "فرد ويليام بالقول إنه ليس الشخص الذى تتحدث عنه" — a rebuttal:
# deny, cue رد. The byline "عمر ابراهيم – عين اليوم" is the outlet and its writer: no claim. No list holds بوغوتا or
# كولومبيا.
i = 'snn-2015-08-03-0075'
t = news_text(i)
NYT = ["The New York Times", "نيويورك تايمز", "صحيفة نيويورك تايمز"]
COWORKER = ["Jorge's co-worker", "امرأة تعمل معه", "المرأة", "امرأة"]
WILLIAM = ["William", "ويليام", "وليام", "ويليام الجزار"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [], "claims": [
    {"speaker": NYT, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": COWORKER, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": WILLIAM, "cue": cue(t, "رد"), "stance": "deny"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch152.gold.jsonl', recs)
