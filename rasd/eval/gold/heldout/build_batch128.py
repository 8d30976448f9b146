"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 128 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum (Khartoum, Tuesday 2015-08-11): Sudan's second vice-president Hasabo Mohamed Abdel Rahman receives
# Yemen's human rights and relief minister Ezzedine al-Asbahi, who is visiting Khartoum, to arrange treatment of
# Yemeni war wounded. "التقى ... حسبو ... بمكتبه بالقصر الرئاسي اليوم، وزير حقوق الإنسان ... الأصبحي الذي يزور
# الخرطوم" is a hosted visit: CONSULT, the visitor as source and the host as target (GUIDELINES), dated by اليوم
# (2015-08-11); "بحث مع نائب الرئيس السوداني مسألة نقل الجرحى" and "اللقاء تطرق إلى تسهيل الإقامة" are the same
# meeting's talks, folded in. "مشيدا بالتعاون الكبير من قبل نائب الرئيس" is praise: SUPPORT al-Asbahi → Hasabo;
# "نقل شكر اليمن للحكومة السودانية" (with "هذا موقف رائد ونثمنه ونقدره") is thanks to another object, the Sudanese
# government: a second SUPPORT (decided: two praised parties, two SUPPORTs). Its reason "لإلغائها تأشيرة الدخول ...
# لليمنيين" is a verbal noun, a nominalised background event (GUIDELINES): no CONCEDE (decided). "أعلن ... أنه سيتم
# وضع آلية مناسبة مع الجهات المختصة في السودان فيما ستنقل حكومة اليمن الجرحى ... إلى السودان" is a future
# arrangement: AGREE Yemen → Sudan (GUIDELINES: future offers and arrangements are AGREE; decided: directed, Yemen
# announcing it with Sudan's authorities as counterpart). All four are dated 2015-08-11 (the statements were made
# after today's meeting). Not coded: "الاعتداءات الحوثية" (a noun), "تم تحرير عدد من المحافظات" (passive, no doer),
# "الجيش الشرعي والمقاومة الشعبية يحكمان السيطرة" (a standing state of control, README: a standing presence is not
# coded). Claims, all al-Asbahi's: قال (1st, assert), مشيدا (assert), أعلن (the coming mechanism: promise), قال
# (2nd, the thanks: assert), مضيفاً (assert), مبيناً (assert), قال (3rd, the front lines: assert), أضاف (assert),
# مؤكداً (assert). The closing tag line (سمات ...) is no text of the story.
i = 'snn-2015-08-11-0043'
t = news_text(i)
ASBAHI = ["Ezzedine al-Asbahi", "عز الدين الأصبحي", "الأصبحي", "الأصبحى", "وزير حقوق الإنسان والإغاثة اليمني",
          "وزير حقوق الإنسان والإغاثة باليمن", "Yemen", "اليمن", "حكومة اليمن", "Yemeni government"]
HASABO = ["Hasabo Mohamed Abdel Rahman", "حسبو محمد عبدالرحمن", "حسبو", "النائب الثاني للرئيس السوداني",
          "نائب الرئيس السوداني", "نائب الرئيس", "Sudan", "السودان"]
SUDAN = ["Sudan", "السودان", "Sudanese government", "الحكومة السودانية", "الجهات المختصة في السودان"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "CONSULT", "source": ASBAHI, "target": HASABO, "date": "2015-08-11"},
    {"code": "SUPPORT", "source": ASBAHI, "target": HASABO, "date": "2015-08-11"},
    {"code": "SUPPORT", "source": ASBAHI, "target": SUDAN, "date": "2015-08-11"},
    {"code": "AGREE", "source": ASBAHI, "target": SUDAN, "date": "2015-08-11"}], "claims": [
    {"speaker": ASBAHI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "مشيدا"), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "أعلن"), "stance": "promise"},
    {"speaker": ASBAHI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "مؤكداً"), "stance": "assert"}]})
# --- SaudiNewsNet: the governor of Al-Kharj, Shubaili Al Majdou, receives Sami al-Mutairi, head of the
# investigations section of the criminal investigation department of Al-Kharj police, at his office. The police is
# a body outside the governorate's own administration (as batch 48 codes the heads of courts and agencies calling on
# an emir; decided, not internal as batch 39's governorate committees), so the reception is a hosted visit: CONSULT,
# the visitor as source and the governor as target (GUIDELINES); his briefing on the cases (استمع ... إلى عدد من
# القضايا) is part of it. "قدم محافظ الخرج شكره الجزيل لسامي المطيري على الجهود الملموسة" is thanks with its reason
# between separate parties: SUPPORT governor → al-Mutairi (batches 24, 67). "العمل الإنساني الذي قام به المطيري
# خلال إسعافه لعائلة عمانية تعرضت لحادث مروري ... وتقديم المساعدة لهم ونقلهم للمستشفى واستضافة العائلة" is a
# relative clause with its doer: a rescue, AID al-Mutairi → the Omani family (README: rescues are AID; decided: the
# first aid, transport, hosting and help home one AID). "تمت مباشرتها ... من قبل إدارة البحث" is its own
# department's work: no event. All undated (شهر رمضان is a month). Claims: none ("رحب" is a welcome, "قدم شكره" no
# reporting cue, batches 24, 39, 67; "متمنياً له التوفيق" a wish). Both men are Saudi officials, so neither list
# holds Saudi Arabia; the governor's title and the police name hold الخرج, which the text names on its own, and are
# left out.
i = 'snn-2015-07-26-0794'
t = news_text(i)
MAJDOU = ["Shubaili bin Majdou Al Majdou", "شبيلي بن مجدوع آل مجدوع", "آل مجدوع", "المحافظ"]
MUTAIRI = ["Sami al-Mutairi", "سامي المطيري", "المطيري", "رئيس قسم التحريات"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "CONSULT", "source": MUTAIRI, "target": MAJDOU},
    {"code": "SUPPORT", "source": MAJDOU, "target": MUTAIRI},
    {"code": "AID", "source": MUTAIRI, "target": ["Omani family", "عائلة عمانية", "العائلة"]}], "claims": []})
# --- Ain Alyoum (Nairobi, Friday 2015-07-31): Eritrea asks the UN Security Council to investigate people smuggling.
# "دعت إريتريا مجلس الأمن الدولي، الخميس، إلى تقديم مهربي البشر للعدالة" is REQUEST Eritrea → the Council, dated
# by الخميس (2015-07-30); the statement's "أضافت أن على مجلس الأمن الدولي أن يحقق في الأمر" is the same call to the
# same addressee in the same statement: folded in (decided: one REQUEST, as README folds a lead's call and its
# letter's). "قالت إن إريتريا ستقدم أدلة «لا تقبل الجدل» على جرائم" is a pledge to the Council it addresses:
# AGREE Eritrea → the Council (README: a pledge to raise a matter with a named party is AGREE), dated by the same
# Thursday statement (decided). "ذكر تقرير للأمم المتحدة الشهر الماضي أن الحكومة الإريترية ارتكبت انتهاكات"
# is a report on abuses: ACCUSE UN → Eritrea (README: publishing a report on abuses is ACCUSE), undated (الشهر
# الماضي); the abuses it lists (السخرة والتعذيب) are nouns inside the charge, no event of their own (decided). Not
# coded: the smuggling gangs Eritrea blames and the asylum seekers its diplomat calls liars are generic classes
# (README: condemning a generic group makes accuse claims but no ACCUSE); "تم إنقاذ الآلاف" is passive with no
# doer; "يقول كثيرون" is an indefinite group, no actor and no speaker. The diplomat's "مبالغ فيها" names no report
# it rebuts: no REJECT (decided). Claims: Eritrea's دعت (other), قالت (1st: gangs, not rights abuses, are the
# cause; decided accuse, its thrust blaming the gangs), UNHCR's تقول (assert), the foreign ministry's قالت (2nd,
# "هذه الجريمة المنظمة" aims at Eritrea: accuse), أضافت (other), قالت (3rd, the evidence: promise), the UN
# report's ذكر (accuse; the UN tied to a named body speaks), Tesfamichael Gerahtu's قال (numbers exaggerated,
# claimants lying: deny), told to Reuters (a conduit) "this month" (undated). UNHCR's list leaves out its full
# name, which holds الأمم المتحدة (the report's author, another actor here).
i = 'snn-2015-07-31-0012'
t = news_text(i)
ERITREA = ["Eritrea", "إريتريا", "Eritrean Foreign Ministry", "وزارة الخارجية الإريترية", "الحكومة الإريترية",
           "Eritrean government"]
UNSC = ["UN Security Council", "مجلس الأمن الدولي", "مجلس الأمن"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": ERITREA, "target": UNSC, "date": "2015-07-30"},
    {"code": "AGREE", "source": ERITREA, "target": UNSC, "date": "2015-07-30"},
    {"code": "ACCUSE", "source": ["United Nations", "الأمم المتحدة", "تقرير للأمم المتحدة"], "target": ERITREA}],
    "claims": [
    {"speaker": ERITREA, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": ERITREA, "cue": cue(t, "قالت", 1), "stance": "accuse"},
    {"speaker": ["UNHCR", "المفوضية", "UN refugee agency"], "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": ERITREA, "cue": cue(t, "قالت", 2), "stance": "accuse"},
    {"speaker": ERITREA, "cue": cue(t, "أضافت"), "stance": "other"},
    {"speaker": ERITREA, "cue": cue(t, "قالت", 3), "stance": "promise"},
    {"speaker": ["United Nations", "الأمم المتحدة", "تقرير للأمم المتحدة"], "cue": cue(t, "ذكر"), "stance": "accuse"},
    {"speaker": ["Tesfamichael Gerahtu", "تسفاميكائيل جيراهتو", "جيراهتو", "الدبلوماسي الإريتري", "Eritrea",
                 "إريتريا"], "cue": cue(t, "قال", 4), "stance": "deny"}]})
# --- SaudiNewsNet: Nestlé's warehouses and offices in Palestine obtain ISO 14001 and OHSAS 18001 certificates. The
# certificates' issuer is not named ("حازت ... على شهادة"): no event; the company's own safety guide, its regional
# commitment and its training of its staff are internal; "ناهيك عن شراكتها مع البلديات المحلية لفرز النفايات" is a
# noun (a standing partnership, nominal): not coded (decided). "إن شهادة ISO هي إثبات" and "تشير جائزة OHSAS" are
# the narrator's, no speaker. Claims: Anton Hazboun's "أوضح ... قائلاً" introduces one quotation: one claim, cue
# أوضح (assert; README: two reporting words of one speaker on one content are one claim). His title holds فلسطين
# (named on its own) and is left out.
i = 'snn-2015-08-08-0782'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": ["Anton Hazboun", "أنطون حزبون", "حزبون", "Nestlé", "نستله"], "cue": cue(t, "أوضح"),
     "stance": "assert"}]})
# --- SaudiNewsNet (Tuesday 2015-07-21): Pakistan accuses India of breaking the Kashmir ceasefire. The lead's
# "اتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار", the statement's regret at the violation and "باكستان تتقدم
# باحتجاج على هذا العمل الاستفزازي" are one charge in one foreign-ministry statement: one ACCUSE Pakistan → India,
# dated by the statement "في وقت متأخر من السبت" (2015-07-18). "ان القوات الهندية فتحت النار السبت على قاطع بونش"
# is a reported clause with its doer: ASSAULT Indian forces → Pakistan, 2015-07-18. "وذكر مسؤولون باكستانيون ...
# ان اربعة مدنيين قتلوا بنيران هندية الاربعاء والخميس" is a passive with its agent (README: "قتل في ضربة جوية
# أمريكية" is the US's ASSAULT): a second ASSAULT India → the Pakistani civilians, over two days, undated; the lead's
# "اربعة مدنيين قتلوا في قصف" re-tells those four deaths and is folded in (decided). "إعلانها ان قواتها اسقطت طائرة
# تجسس هندية في كشمير" holds a finite clause with its doer: ASSAULT Pakistan → India (README: planes shot down are
# ASSAULT; decided, though the announcement around it is a noun), undated. "وتأمل في ان تراعي الحكومة الهندية
# التفاهم" is a hope that India act: REQUEST Pakistan → India (README: residents "hoping" bodies act is a REQUEST),
# 2015-07-18. "التفاهم الذي توصل اليه الجانبان في 2003" is a relative clause with its doer: one reciprocal AGREE of
# both states, no target, undated (decided; README codes reached agreements as reciprocal AGREE). "التقى رئيسا
# الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف" is one reciprocal CONSULT (README), undated (no day given);
# "انتهى اللقاء بموافقة مودي على المشاركة في قمة اقليمية في إسلام آباد العام المقبل" is the meeting's outcome with
# its doer: AGREE Modi → Pakistan (decided, borderline: a verbal noun, but the reported result, not background),
# undated. Not coded: "بعد أيام من استدعاء اسلام اباد للسفير الهندي" (a noun after بعد, background), "التفاهم الذي
# تم التوصل إليه في اوفا" (passive), "كما حدث العام الماضي عندما استشهد مدنيون" (no doer), Kashmir's partition and
# the two states' independence (nouns), their visit to Russia (a noun). Claims: Pakistan's اتهمت (accuse), ذكرت
# (four civilians killed: assert), "وجاء في بيان لوزارة الخارجية الباكستانية" (cue جاء, as batches 29, 60, 100:
# accuse), اضاف (accuse), the officials' ذكر (tied to a named state, GUIDELINES: accuse), the second "وقال البيان"
# (the protest and the hope: accuse). The first "وقال البيان في وقت متأخر من السبت بعد أيام من ..." gives only the
# time of the statement already attributed by جاء, with no content of its own: no claim (decided).
i = 'snn-2015-07-21-2134'
t = news_text(i)
PAKISTAN = ["Pakistan", "باكستان", "Pakistani Foreign Ministry", "وزارة الخارجية الباكستانية", "اسلام اباد",
            "إسلام آباد"]
INDIA = ["India", "الهند", "Indian forces", "القوات الهندية", "Indian government", "الحكومة الهندية"]
SHARIF = ["Nawaz Sharif", "نواز شريف", "شريف", "Pakistan", "باكستان"]
MODI = ["Narendra Modi", "ناريندرا مودي", "مودي", "India", "الهند"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": PAKISTAN, "target": INDIA, "date": "2015-07-18"},
    {"code": "ASSAULT", "source": INDIA,
     "target": ["Pakistan", "باكستان", "Poonch sector", "قاطع بونش", "بونش"], "date": "2015-07-18"},
    {"code": "ASSAULT", "source": INDIA,
     "target": ["Pakistani civilians", "اربعة مدنيين", "مدنيين", "Pakistan", "باكستان"]},
    {"code": "ASSAULT", "source": PAKISTAN, "target": ["India", "الهند", "Indian spy drone", "طائرة تجسس هندية"]},
    {"code": "REQUEST", "source": PAKISTAN, "target": INDIA, "date": "2015-07-18"},
    {"code": "AGREE", "source": ["India", "الهند", "Pakistan", "باكستان", "الجانبان"], "target": []},
    {"code": "CONSULT", "source": MODI + SHARIF, "target": []},
    {"code": "AGREE", "source": MODI, "target": SHARIF + ["إسلام آباد"]}], "claims": [
    {"speaker": PAKISTAN, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": PAKISTAN, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": PAKISTAN, "cue": cue(t, "جاء"), "stance": "accuse"},
    {"speaker": PAKISTAN, "cue": cue(t, "اضاف"), "stance": "accuse"},
    {"speaker": ["Pakistani officials", "مسؤولون باكستانيون", "Pakistan", "باكستان"], "cue": cue(t, "ذكر", 2),
     "stance": "accuse"},
    {"speaker": PAKISTAN, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- SaudiNewsNet: the municipal affairs minister, head of the general election committee, approves Al-Ahsa's
# appeals and violations committee and its officers for the municipal elections. A minister approving a committee
# and the officers of his own election machinery is internal administration (batch 6: a decree forming a committee
# is internal): no event; providing the committee a seat (تم توفير, passive) is internal too. Claims: Al-Ahsa's mayor
# and local committee head Adel al-Mulhim's أوضح، مضيفاً، بيّن (assert). His title أمين الأحساء holds الأحساء,
# named on its own, and is left out.
i = 'snn-2015-08-03-0661'
t = news_text(i)
MULHIM = ["Adel bin Mohammed al-Mulhim", "عادل بن محمد الملحم", "الملحم", "رئيس اللجنة المحلية للانتخابات البلدية",
          "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [], "claims": [
    {"speaker": MULHIM, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MULHIM, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": MULHIM, "cue": cue(t, "بيّن"), "stance": "assert"}]})
# --- SaudiNewsNet (Tuesday 2015-08-11): at least 11 killed in a stampede at a Hindu temple in Jharkhand, eastern
# India, yesterday. A stampede of pilgrims is an accident with no doer acting on anyone: no event; nor the July
# stampede on the Godavari. Claims, all of police officer S.N. Pradhan (named, tied to the police): "على ما أوضح"
# (an attribution phrase that is its sentence's only attribution, cue أوضح: assert), قال، أضاف، أشار (assert).
i = 'snn-2015-08-11-0757'
t = news_text(i)
PRADHAN = ["S.N. Pradhan", "س.ن. براهدان", "براهدان", "الضابط في الشرطة", "Indian police", "India", "الهند"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": [
    {"speaker": PRADHAN, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": PRADHAN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": PRADHAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": PRADHAN, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): the UN Security Council condemns the bombing of the Special Emergency Forces
# mosque in Asir. "دان أعضاء مجلس الأمن الدولي ... في بيان صدر ... في وقت مبكر من صباح أمس ... التفجير الإرهابي"
# is a condemnation whose text names no doer (the bombing is the subject of its own relative clause, no actor): ACCUSE
# with no target (README), dated by أمس (2015-08-07); the bombing itself has no doer: no ASSAULT. "يشد من عزمهم، على
# بذل جهد مشترك ... لمواجهة تنظيم داعش الإرهابي، والجماعات التي تؤيده، وجميع ... المرتبطة بتنظيم القاعدة" is a
# resolve to fight named groups: THREATEN the Council → ISIS and al-Qaeda (README: a vow to fight ISIS is THREATEN and
# a warn claim), dated 2015-08-07 (the same statement). "شدد البيان على أهمية التصدي بكل الوسائل ... لتهديدات السلم"
# is a general exhortation with no addressee and no act asked of anyone: a claim but no REQUEST (decided, README
# session 25). "وفقا لميثاق الأمم المتحدة" cites the Charter, no attribution. Claims of the Council: دان (accuse),
# شدد (other), مشيرا (terrorist acts are criminal: accuse), أكد (warn).
i = 'snn-2015-08-08-0946'
t = news_text(i)
UNSC = ["UN Security Council", "مجلس الأمن الدولي", "مجلس الأمن", "المجلس", "أعضاء مجلس الأمن الدولي",
        "أعضاء المجلس"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ACCUSE", "source": UNSC, "target": [], "date": "2015-08-07"},
    {"code": "THREATEN", "source": UNSC,
     "target": ["ISIS", "داعش", "تنظيم داعش", "al-Qaeda", "القاعدة", "تنظيم القاعدة"], "date": "2015-08-07"}],
    "claims": [
    {"speaker": UNSC, "cue": cue(t, "دان"), "stance": "accuse"},
    {"speaker": UNSC, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": UNSC, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": UNSC, "cue": cue(t, "أكد"), "stance": "warn"}]})
# --- SaudiNewsNet: Al-Ahsa's local municipal election committee holds a training workshop for the secretaries of
# the polling centres and the municipalities under the Amanah. A committee training the election staff it runs,
# the work teams' coordination with the centres' heads and the electronic link test with the municipal affairs
# ministry (passive, the ministry's own election machinery) are internal administration: no events. Claims: Adel
# al-Mulhim's أوضح and the general coordinator Hamdan al-Aradi's أشار (assert). Titles holding الأحساء (named on its
# own) are left out.
i = 'snn-2015-08-01-0490'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": ["Adel al-Mulhim", "عادل الملحم", "الملحم", "رئيس اللجنة المحلية للانتخابات", "Saudi Arabia"],
     "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ["Hamdan al-Aradi", "حمدان العرادي", "العرادي", "المنسق العام للانتخابات البلدية", "Saudi Arabia"],
     "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Al-Weeam (Saturday 2015-07-25): Turkey bombs PKK positions in northern Iraq. The PM office's "قصف الطيران التركي
# 7 معسكرات ... الليلة الماضية", "نفذت مقاتلات تركية الجمعة 24 يوليو/تموز غارات على مواقع لحزب العمال الكردستاني
# ... ترافقت مع قصف مدفعي مكثف", Dogan's "الطائرات الحربية التركية بدأت مساء الجمعة ... قصف مواقع الحزب" and the
# witnesses' "طائرات حربية تركية شنت هجوما عنيفا" re-tell one night's air and artillery strikes: one ASSAULT Turkey →
# PKK, dated 2015-07-24 (الجمعة 24 يوليو; "الليلة الماضية" from the Saturday statement is the same night). "الطائرات
# الحربية التركية جابت باستمرار فوق سلسلة جبال قندل المعقل الرئيسي" (told "في سياق آخر") is a show of force over
# the PKK's stronghold: MOBILIZE Turkey → PKK (README: patrols are MOBILIZE; decided), undated. "أعلنت الحكومة
# التركية ... عن اعتقال 320 شخصا ينتمون لتنظيم داعش ولحزب العمال الكردستاني" is the government announcing its own
# arrests: COERCE Turkish government → ISIS and PKK members (README: an arrest is given to the authority that
# announced it), undated (README: an arrest announced on a day is not dated by it; its operations began on Friday).
# Not coded: "إعلان الحزب انسحاب مسلحيه" (a noun, background), "عملياتها الأمنية التي انطلقت" (the same operations
# as a noun). Claims: the PM office's أكد (1st, assert); "حسبما ذكر متحدث باسم الحزب لوكالة فرانس برس" (its
# sentence's only attribution, the spokesman tied to the PKK; AFP a conduit: cue ذكر, assert); Bakhtiar Dogan's أكد
# (2nd, assert); the sources close to the PKK's أكدت (README: a source close to a named party speaks; assert); the
# government's أعلنت (assert). "نقلت السومرية عن شهود عيان" is bare witnesses through a conduit: no claim. The
# closing link to al-Weeam is a byline.
i = 'snn-2015-07-25-1160'
t = news_text(i)
TURKEY = ["Turkey", "تركيا", "Turkish air force", "الطيران التركي", "مقاتلات تركية", "الطائرات الحربية التركية",
          "طائرات حربية تركية", "Turkish government", "الحكومة التركية"]
PKK = ["PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "الحزب"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT", "source": TURKEY, "target": PKK, "date": "2015-07-24"},
    {"code": "MOBILIZE", "source": TURKEY, "target": PKK + ["Qandil mountains", "سلسلة جبال قندل"]},
    {"code": "COERCE", "source": ["Turkish government", "الحكومة التركية", "Turkey", "تركيا"],
     "target": ["320 people", "320 شخصا", "ISIS", "داعش", "تنظيم داعش"] + PKK}], "claims": [
    {"speaker": ["Turkish Prime Minister's office", "مكتب رئيس الوزراء التركي", "Turkey", "تركيا"],
     "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ["PKK spokesman", "متحدث باسم الحزب"] + PKK, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": ["Bakhtiar Dogan", "بختيار دوغان", "دوغان", "المسؤول الإعلامي للجناح العسكري للحزب"] + PKK,
     "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": ["sources close to the PKK", "مصادر مقربة من حزب العمال الكردستاني"], "cue": cue(t, "أكدت"),
     "stance": "assert"},
    {"speaker": ["Turkish government", "الحكومة التركية", "Turkey", "تركيا"], "cue": cue(t, "أعلنت"),
     "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch128.gold.jsonl', recs)
