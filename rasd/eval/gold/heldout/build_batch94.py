"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 94 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Okaz: Egypt's assistant interior minister for prisons, Maj. Gen. Hassan al-Sohagy, denies that the ousted
# president Morsi was poisoned or tortured in Borg al-Arab prison. "نفى ... ما تردد عن إصابة ... مرسي بحالة تسمم
# وتعذيب" is an explicit denial of a report whose author the article names ("وكانت جماعة الإخوان قد أثارت ... إصابة
# مرسي بالتسمم والتعذيب"): REJECT of the Brotherhood (README session 20: denying a report whose author is named), and
# his quote to Okaz ("لم يحدث أن تعرض أي سجين للتسمم") re-tells it; undated (no day in the text). "مؤكدا أن جماعة
# الإخوان ... هي من تقوم بخلق تلك الإشاعات للإفلات من حكم الإعدام" is a participle of its own that blames a named
# party for the rumours and gives it a motive: a separate ACCUSE of the Brotherhood (decided: unlike batch 82's
# "محض افتراء وكذب", which only words the denial, this names who fabricates and why), undated. The Brotherhood's
# "أثارت ... إصابة مرسي بالتسمم والتعذيب" alleges torture in prison with no torturer named: ACCUSE with no target
# (GUIDELINES: none when the text names no doer; the prison is only the place), and "طالبت بسرعة نقله إلى مستشفى القصر
# العيني" a REQUEST with no addressee named; both undated. Morsi's death sentence is background (a noun). Claims:
# Sohagy's نفى (deny), مؤكدا (accuse), قال (the rebuttal: deny); the Brotherhood's أثارت (an allegation that
# introduces "وأن حالته الصحية حرجة": accuse) and طالبت (other). Okaz (لـ «عكاظ») is the addressee. Sohagy, a state
# official, lists Egypt.
i = 'snn-2015-07-25-1425'
t = news_text(i)
SOHAGY = ["Hassan al-Sohagy", "حسن السوهاجي", "السوهاجي", "اللواء حسن السوهاجي",
          "مساعد وزير الداخلية لقطاع السجون", "Egyptian Interior Ministry", "Egypt", "مصر"]
MB = ["Muslim Brotherhood", "جماعة الإخوان", "الإخوان", "Brotherhood"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "REJECT", "source": SOHAGY, "target": MB},
    {"code": "ACCUSE", "source": SOHAGY, "target": MB},
    {"code": "ACCUSE", "source": MB, "target": []},
    {"code": "REQUEST", "source": MB, "target": []}], "claims": [
    {"speaker": SOHAGY, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": SOHAGY, "cue": cue(t, "مؤكدا"), "stance": "accuse"},
    {"speaker": SOHAGY, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": MB, "cue": cue(t, "أثارت"), "stance": "accuse"},
    {"speaker": MB, "cue": cue(t, "طالبت"), "stance": "other"}]})
# --- Asharq al-Awsat (after AFP): ten Malian soldiers killed this morning (Monday 2015-08-03) when militants attacked
# the Gourma-Rharous army camp near Timbuktu. "هجوم شنه مسلحون متشددون ... على معسكر للجيش المالي" is a relative
# clause with its doer (README sessions 4 and 10: unknown gunmen are an explicit doer): ASSAULT militants → the Malian
# army, dated by "صباح اليوم (الاثنين)"; the sources' "تعرض معسكر ... لهجوم ارهابي"، "الهجوم وقع" and "استهدف وحدة
# للحرس الوطني" re-tell it (one instance, so the National Guard unit joins the one target list). The army's two
# officials characterise the same attackers, the first calling them terrorists ("وصفهم ... بانهم ارهابيون") and the
# second "متطرفون مرتبطون بانصار الدين": one ACCUSE army → the attackers and Ansar Dine (README session 12: an estimate
# by a state security body naming the attackers' group is a claim and an ACCUSE; session 25: two criticisms of one
# party are one ACCUSE and two claims), dated 2015-08-03 (said today). "وارسل عسكريون الى موقع الهجوم" is passive
# (soldiers were sent) with no agent: not coded. Decided: both sources are tied to the army the article names, the
# first by speaking of "قتلى في صفوفنا", the second as "مسؤول في الجيش" (README session 21 leaves a bare "مصدر عسكري"
# with no tie unspoken; these speak as members of the Malian army), so their words are claims: وصفهم (accuse), قال
# and the first اضاف (assert), اكد and موضحا (assert), the second اضاف (the killers linked to Ansar Dine: accuse) and
# مشيرا (assert). AFP (اتصلت به وكالة الصحافة الفرنسية) is the conduit, no claim. The army lists Mali.
i = 'snn-2015-08-03-0099'
t = news_text(i)
MALI_ARMY = ["Malian army", "الجيش المالي", "الجيش", "Mali", "مالي"]
SOURCE1 = ["Malian military official", "مسؤول عسكري", "المصدر العسكري", "المصدر"] + MALI_ARMY
SOURCE2 = ["Malian army official", "مسؤول في الجيش", "مصدر عسكري آخر", "المصدر"] + MALI_ARMY
MILITANTS = ["militants", "مسلحون متشددون", "مسلحون", "المهاجمين", "متطرفون", "Ansar Dine-linked extremists"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ASSAULT", "source": MILITANTS,
     "target": MALI_ARMY + ["Malian soldiers", "عشرة جنود", "جنود", "معسكر للجيش المالي", "National Guard unit",
                            "وحدة للحرس الوطني", "الحرس الوطني"], "date": "2015-08-03"},
    {"code": "ACCUSE", "source": MALI_ARMY + ["مسؤول عسكري", "مسؤول في الجيش"],
     "target": MILITANTS + ["Ansar Dine", "انصار الدين", "أنصار الدين"], "date": "2015-08-03"}], "claims": [
    {"speaker": SOURCE1, "cue": cue(t, "وصفهم"), "stance": "accuse"},
    {"speaker": SOURCE1, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SOURCE1, "cue": cue(t, "اضاف", 1), "stance": "assert"},
    {"speaker": SOURCE2, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": SOURCE2, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": SOURCE2, "cue": cue(t, "اضاف", 2), "stance": "accuse"},
    {"speaker": SOURCE2, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Ain Alyoum (Baghdad): Grand Ayatollah Ali al-Sistani today (Friday 2015-08-07) calls on PM Haider al-Abadi to
# strike corruption "with an iron hand" as new protests break out against the government. Dating: the text's "اليوم
# الجمعة" puts its today on Friday, a day before the corpus date (README session 11: the text's weekday wins). The
# Friday sermon's calls on Abadi (the lead's دعا، "حث السيستاني العبادي على فعل المزيد", the closing "دعا السيستاني
# ... العبادي ... أن يسعى للإصلاح", and al-Safi's "المطلوب ان يكون أكثر جرأة" read in it) are one sermon's call on one
# addressee for one thing, reform: one REQUEST Sistani → Abadi, dated 2015-08-07 (decided: not one per verb, as one
# speech's warnings urging the US are one REQUEST in batches 85–88); Safi, who delivers the sermon for him ("نيابة
# عن"), joins Sistani's list. "وخرج العراقيون ... في مظاهرات ببغداد ومدن أخرى ... خلال الأسابيع القليلة الماضية" is
# PROTEST by Iraqis with no target (the sentence names only their grievances), undated; "وخرج الآلاف اليوم الجمعة
# مجددا إلى الميادين" is today's protest, which the lead's nominal "اندلعت احتجاجات جديدة ضد الحكومة" places against
# the government: a second PROTEST, with the government as target, dated 2015-08-07. "الأراضي التي يسيطرون عليها" is a
# relative clause with its doer (ISIS militants): occupation of territory, COERCE ISIS → Iraq (README sessions 4 and
# 23), undated. Not coded: Abadi's order last month cutting senior officials' pay (inside his own government), the
# government's battle to expel ISIS and its drive for support (nouns), Safi's "وسيدعمه (الشعب)" (a forecast of the
# people's backing, no party committing), the protester's "ادعو إلى محاربة أي مسؤول فاسد ... انهم إرهابيون" (a call
# with no addressee and criticism of a generic class: README sessions 22 and 25, claims only), the habitual
# sermon-reading and the criticised power-sharing system (passive, no doer). Claims: Sistani's دعا (other), حث
# (other), the closing دعا (other); Safi's قال (other) and أضاف (an assurance the people will back reform: promise);
# the named protester Montazer Hatem's قال (corrupt officials are terrorists: accuse). Sistani's title "المرجع الشيعي
# الأعلى في العراق" holds العراق, named on its own, so his list keeps the title without it; Safi's "مساعد السيستاني"
# holds another actor's name and is left out.
i = 'snn-2015-08-08-0003'
t = news_text(i)
SISTANI = ["Ali al-Sistani", "علي السيستاني", "آية الله علي السيستاني", "السيستاني", "المرجع الشيعي الأعلى"]
SAFI = ["Ahmed al-Safi", "أحمد الصافي", "الصافي"] + SISTANI
ABADI = ["Haider al-Abadi", "حيدر العبادي", "العبادي", "رئيس الوزراء", "Iraqi government", "Iraq", "العراق"]
IRAQIS = ["Iraqi protesters", "العراقيون", "الآلاف", "protesters"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "REQUEST", "source": SISTANI + ["Ahmed al-Safi", "أحمد الصافي", "الصافي"], "target": ABADI,
     "date": "2015-08-07"},
    {"code": "PROTEST", "source": IRAQIS, "target": []},
    {"code": "PROTEST", "source": IRAQIS,
     "target": ["Iraqi government", "الحكومة", "Haider al-Abadi", "حيدر العبادي", "العبادي"], "date": "2015-08-07"},
    {"code": "COERCE", "source": ["Islamic State", "ISIS", "تنظيم الدولة الإسلامية", "متشددي تنظيم الدولة الإسلامية",
                                  "الدولة الإسلامية", "داعش"],
     "target": ["Iraq", "العراق", "البلاد"]}], "claims": [
    {"speaker": SISTANI, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": SISTANI, "cue": cue(t, "حث"), "stance": "other"},
    {"speaker": SAFI, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": SAFI, "cue": cue(t, "أضاف"), "stance": "promise"},
    {"speaker": ["Montazer Hatem", "منتظر حاتم", "حاتم", "protester", "محتج"], "cue": cue(t, "قال", 2),
     "stance": "accuse"},
    {"speaker": SISTANI, "cue": cue(t, "دعا", 2), "stance": "other"}]})
# --- Al-Watan: the Popular Resistance steps up its attacks on the Houthi rebels in the province (Hazm al-Odayn), kills
# and captures rebel leaders, and insists on their disarmament in talks over their withdrawal. The lead's "كثفت
# المقاومة الشعبية ... من هجماتها على عناصر التمرد الحوثي" and the ambush it introduces ("تمكن الثوار من تدمير خمسة
# أطقم عسكرية ... وأوقعوا 35 قتيلا ... في كمين محكم نصبوه للانقلابيين") are one ASSAULT (a summary and the battle it
# gives as its instance); the media centre's "الثوار نفذوا عمليات نوعية، استهدفت قيادات التمرد وتمكنوا من قتل ...
# كما أسروا القيادي المتمرد أبومحسن العياني مع 15 آخرين" are other operations, on the leaders: a second ASSAULT, the
# killing and the capture in one record (GUIDELINES: the raid that killed Abu Sayyaf and captured his wife is one
# ASSAULT), with the named leaders in the target; both undated. "تجددت الاشتباكات العنيفة أمس" are clashes told as a
# noun with no doer (README session 23): not coded, nor the passive wounded. "إصدارهم بيانا ... توعدوا فيه قوى البغي
# الحوثي بالتدمير" is a relative clause with its doer: THREATEN Resistance → Houthis, and "أشار البيان إلى استعداد
# الثوار التام لصد الهجوم الحوثي ... في حال ما قررت المليشيا تصعيد المواجهة" is the same statement's threat (one
# THREATEN), undated. "أكدت أنباء موثوقة" and "مضت المصادر بالقول" are bare sources (no claims), but the acts they
# tell have explicit doers and are coded as reported: "أوفدوا الكثير من وجهاء المنطقة الذين عرضوا على قيادة المقاومة
# الشعبية توفير خروج آمن للانقلابيين، مقابل انسحابهم النهائي" is an offer made through envoys: AGREE Houthis (and the
# notables who carried it) → the Resistance; "الثوار تمسكوا بتخلي المتمردين عن كافة أسلحتهم ... والخروج فورا بدون
# شروط" is a demand: REQUEST Resistance → Houthis (decided: no separate REJECT, the text states the counter-demand, not
# a refusal); "لا تزال المفاوضات جارية بين الطرفين" names the two parties of the talks: one reciprocal CONSULT with
# both in the source (README sessions 21 and 25: a meeting told as a noun with its parties named), all undated. The
# rebels' "signals" and the hundreds flocking to defend their land (a noun in a bare report) are not coded. Claims: the
# media centre's أشار (assert); the statement's توعدوا (warn) and "أشار البيان" (warn). "تمسكوا" reports a position
# (batch 24's تمسك برفض): no claim; the notables' offer is an act told by bare sources, no claim. Forms holding أبين
# (the province, named on its own) are left out.
i = 'snn-2015-08-10-1054'
t = news_text(i)
RESISTANCE = ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "الثوار", "قيادة المقاومة الشعبية",
              "عناصر المقاومة الشعبية"]
CENTRE = ["Resistance media centre", "المركز الإعلامي للمقاومة"] + RESISTANCE
HOUTHIS = ["Houthis", "Houthi rebels", "الحوثيين", "المتمردين الحوثيين", "التمرد الحوثي", "عناصر التمرد الحوثي",
           "الحوثي", "الانقلابيين", "المتمردين", "المليشيا", "قوى البغي الحوثي"]
LEADERS = ["Abu Aqil al-Salmi", "أبوعقيل السالمي", "السالمي", "Abu Mujahid", "أبومجاهد", "Abu Mohsen al-Ayani",
           "أبومحسن العياني", "العياني", "قيادات التمرد"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": RESISTANCE, "target": HOUTHIS},
    {"code": "ASSAULT", "source": CENTRE, "target": LEADERS + HOUTHIS},
    {"code": "THREATEN", "source": RESISTANCE, "target": HOUTHIS},
    {"code": "AGREE", "source": HOUTHIS + ["notables", "وجهاء المنطقة", "الكثير من وجهاء المنطقة"],
     "target": RESISTANCE},
    {"code": "REQUEST", "source": RESISTANCE, "target": HOUTHIS},
    {"code": "CONSULT", "source": HOUTHIS + RESISTANCE, "target": []}], "claims": [
    {"speaker": CENTRE, "cue": cue(t, "أشار", 1), "stance": "assert"},
    {"speaker": RESISTANCE, "cue": cue(t, "توعدوا"), "stance": "warn"},
    {"speaker": RESISTANCE, "cue": cue(t, "أشار", 2), "stance": "warn"}]})
# --- Al-Eqtisadiah: British officials want restaurants and cinemas to show the calories in their food and drink.
# The calls on restaurants, cinemas and cafeterias (قال مسؤولون ... يتعين، "وجهنا دعوة لدور السينما والمطاعم
# والكافتيريا") are addressed to a generic class of providers: claims only, no REQUEST (README session 24: an agency's
# call on a generic class of providers is a claim only). "أعطت الولايات المتحدة سلسلة المطاعم الشهيرة انذارا حتى
# نهاية عام 2016" is likewise a deadline for an unnamed chain of restaurants (a generic class): a claim with the light
# verb as cue (README sessions 11 and 24: أطلقت … تحذيرا; an ultimatum: warn), no event (decided). The obese children
# are passive. Claims: the British officials' قال (anonymous officials tied to a named government, GUIDELINES'
# "مسؤولون أمريكيون": other); the Local Government Association's قالت (other); the United States' أعطت (warn); its
# chairman Izzi Seccombe's قال (other), أضاف (assert), أشار (other) and the last قال (the studies: assert).
i = 'snn-2015-07-21-0665'
t = news_text(i)
UK_OFFICIALS = ["British officials", "مسؤولون بريطانيون", "United Kingdom", "Britain", "بريطانيا"]
LGA = ["Local Government Association", "الجمعية الحكومية المحلية", "الجمعية"]
SECCOMBE = ["Izzi Seccombe", "ايزي سكومبي", "سكومبي", "رئيس الجمعية"] + LGA
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": UK_OFFICIALS, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": LGA, "cue": cue(t, "قالت"), "stance": "other"},
    {"speaker": ["United States", "الولايات المتحدة", "US"], "cue": cue(t, "أعطت"), "stance": "warn"},
    {"speaker": SECCOMBE, "cue": cue(t, "قال", 3), "stance": "other"},
    {"speaker": SECCOMBE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SECCOMBE, "cue": cue(t, "أشار"), "stance": "other"},
    {"speaker": SECCOMBE, "cue": cue(t, "قال", 4), "stance": "assert"}]})
# --- Jawhara FM: Moncef Marzouki, opening his party's first electoral congress today (Saturday 2017-04-29), demands
# honest elections and makes a string of calls and pledges. Each act told with its own verb in the speech is dated by
# it: the lead's "طالب ... بضرورة ضمان نزاهة وشفافية الانتخابات المقبلة" (with "أبرز ... أن الانتخابات يجب أن تكون
# حرة ونزيهة", the same demand) is a REQUEST with no addressee (README session 12); "وانه غير مستعد للدخول في
# انتخابات تكون مغشوشة" is a conditional refusal to take part: THREATEN with no target (README session 22: a
# conditional veto is THREATEN); "دعا رجال الأعمال وممثلي الإعلام والإدارة التونسية ... الى أن يكونوا أوفياء" is a
# REQUEST to those three (decided: named sectors and the state administration, not a generic class of providers);
# "اقترح ... تكوين جبهة ديمقراطية" with "معبرا عن استعداد الحزب العمل بقوائم مشتركة ... والتوافق ... على مرشح وحيد" is
# one proposal-cum-offer with no named counterpart: AGREE with no target (GUIDELINES: proposals → AGREE; batches 16,
# 21 and 30 code unaddressed proposals so); "أكد ... أنه يساند التحركات الاحتجاجية السلمية ويتضامن معها" is SUPPORT of
# the protesters (the text names "المحتجين"); "جدد ... تضامنه الكلي مع القضية الفلسطينية ... علاوة على التضامن مع
# الأسرى الفلسطينيين" is renewed solidarity with a named group: SUPPORT (README session 26); "طالب ... من السلطات
# التونسية باستضافة السوريين" is a REQUEST to the Tunisian authorities. Undated: "قبل بنتائج الانتخابات الرئاسية لسنة
# 2014" (a historical clause in his statement with its doer: conceding the election, CONCEDE with no target,
# decided), "إضراب الجوع الذي ينفذونه" (a hunger strike in a relative clause with its doer: PROTEST with no target,
# README session 22), and "مثلما احتضنت (تونس) حوالي مليوني ليبي" (a state receiving refugees is AID to them, README
# session 18; its subject is تونس, the verb's antecedent). Not coded: his warning against firm handling of the
# protesters (no party named: claim only), the party congress itself (internal) and the Libyan revolution (a noun).
# Claims: طالب (other), أبرز (other), معتبرا (assert), قال (assert), دعا (other), اقترح (a proposal: other, as batches
# 16, 27, 30), معبرا (an offer: promise), أكد (support: assert), محذرا (warn), جدد (renewed solidarity: assert), the
# last طالب (other); "وفق اعتقاده"، "على حد توصيفه" and "وفق تعبيره" repeat their sentences' speaker. His party's
# name holds تونس, named on its own, so his list leaves it out.
i = 'ant-JA-politic-385-20170429'
t = news_text(i)
MARZOUKI = ["Moncef Marzouki", "محمد المنصف المرزوقي", "المنصف المرزوقي", "المرزوقي", "Harak Tounes al-Irada"]
D = "2017-04-29"
recs.append({"id": i, "text": t, "published": "2017-04-29", "events": [
    {"code": "REQUEST", "source": MARZOUKI, "target": [], "date": D},
    {"code": "THREATEN", "source": MARZOUKI, "target": [], "date": D},
    {"code": "CONCEDE", "source": MARZOUKI, "target": []},
    {"code": "REQUEST", "source": MARZOUKI,
     "target": ["businessmen", "رجال الأعمال", "media representatives", "ممثلي الإعلام", "Tunisian administration",
                "الإدارة التونسية"], "date": D},
    {"code": "AGREE", "source": MARZOUKI, "target": [], "date": D},
    {"code": "SUPPORT", "source": MARZOUKI, "target": ["protesters", "المحتجين", "التحركات الاحتجاجية السلمية"],
     "date": D},
    {"code": "SUPPORT", "source": MARZOUKI,
     "target": ["Palestinian prisoners", "الأسرى الفلسطينيين", "Palestinian cause", "القضية الفلسطينية",
                "Palestinians"], "date": D},
    {"code": "PROTEST", "source": ["Palestinian prisoners", "الأسرى الفلسطينيين"], "target": []},
    {"code": "REQUEST", "source": MARZOUKI,
     "target": ["Tunisian authorities", "السلطات التونسية", "Tunisia", "تونس"], "date": D},
    {"code": "AID", "source": ["Tunisia", "تونس"], "target": ["Libyans", "مليوني ليبي", "حوالي مليوني ليبي"]}],
    "claims": [
    {"speaker": MARZOUKI, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": MARZOUKI, "cue": cue(t, "ابرز"), "stance": "other"},
    {"speaker": MARZOUKI, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MARZOUKI, "cue": cue(t, "اقترح"), "stance": "other"},
    {"speaker": MARZOUKI, "cue": cue(t, "معبرا"), "stance": "promise"},
    {"speaker": MARZOUKI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "محذرا"), "stance": "warn"},
    {"speaker": MARZOUKI, "cue": cue(t, "جدد"), "stance": "assert"},
    {"speaker": MARZOUKI, "cue": cue(t, "طالب", 3), "stance": "other"}]})
# --- Jawhara FM (sport): FIFA warns Mexico over its fans' homophobic chants at the Confederations Cup match against
# Portugal last Sunday (2017-06-18). "قامت الجماهير بتوجيه إهانات مناهضة للمثلية ضد حارس الفريق البرتغالي" is verbal
# abuse by a named doer: ACCUSE Mexican fans → the Portuguese goalkeeper (README session 26: insults are an ACCUSE;
# session 13: a coach's verbal abuse), dated by "يوم الأحد الماضي" (the match); the spokesman's "قيام مجموعة من
# الجماهير المكسيكية بإطلاق إهانات" and the closing (cut-off) "قامت بعض الجماهير المكسيكية" re-tell it. "وجه ...
# فيفا تحذيرا للمنتخب المكسيكي" is a formal disciplinary warning, and the spokesman's "قرر رئيس لجنة الانضباط ...
# توجيه تحذير للاتحاد المكسيكي" and "ستقوم لجنة الانضباط باتخاذ خطوات أكثر شدة في حال تكرر هذا السلوك" re-tell it
# with its condition: one THREATEN FIFA → the Mexican federation and team (as batch 69 codes ENAC's formal warning
# with its condition; decided: a warning is no sanction imposed), undated (the decision has no day). FIFA's earlier
# "أكدت ... أنها ستكون حازمة للغاية مع السلوكيات المشينة" is a warning to all (a generic class): a claim only. The
# 2-2 draw is sport. Claims: FIFA's وجه (the light verb of "تحذيرا", README session 11: warn), the spokesman's قال
# (warn), "طبقا للمتحدث" (its sentence's only attribution: warn) and FIFA's أكدت (warn). The German news agency is the
# addressee.
i = 'ant-JA-sport-1445-20170620'
t = news_text(i)
FIFA = ["FIFA", "الاتحاد الدولي لكرة القدم", "فيفا", "الفيفا"]
SPOKESMAN = ["FIFA spokesman", "أحد المتحدثين باسم الفيفا", "المتحدث باسم الفيفا"] + FIFA
MEXICO = ["Mexican Football Federation", "الاتحاد المكسيكي لكرة القدم", "Mexico national team", "المنتخب المكسيكي",
          "Mexico"]
recs.append({"id": i, "text": t, "published": "2017-06-20", "events": [
    {"code": "ACCUSE", "source": ["Mexican fans", "الجماهير المكسيكية", "الجماهير", "مجموعة من الجماهير المكسيكية",
                                  "بعض الجماهير المكسيكية"],
     "target": ["Portugal goalkeeper", "حارس الفريق البرتغالي", "Rui Patricio"], "date": "2017-06-18"},
    {"code": "THREATEN", "source": FIFA + ["FIFA Disciplinary Committee", "لجنة الانضباط", "رئيس لجنة الانضباط"],
     "target": MEXICO}], "claims": [
    {"speaker": FIFA, "cue": cue(t, "وجه"), "stance": "warn"},
    {"speaker": SPOKESMAN, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": SPOKESMAN, "cue": cue(t, "طبقا"), "stance": "warn"},
    {"speaker": FIFA, "cue": cue(t, "أكدت"), "stance": "warn"}]})
# --- Jawhara FM: Abdelmalek Sellal, Bouteflika's campaign director, says the president ran for a fourth term because
# Algeria is "targeted". "الجزائر لا تزال مستهدفة" and "هنالك من يريد تسويد كل شيء في الجزائر" blame unnamed parties:
# one ACCUSE with no target (README session 26: vague "black forces" are ACCUSE with no target), undated (no day);
# Echorouk notes he named no one. Bouteflika's candidacy is no PLOVER act. Claims: Sellal's كشف (the reasons: assert),
# قال (Algeria targeted: accuse), مشبها (the "marriage" simile, a distinct content: assert) and أضاف (accuse); the
# paper's "أوردت صحيفة الشروق ... أن عبد المالك سلال لم يحدّد الجهة" is its own remark on the speech, not a conduit of
# his words: a claim (assert). Sellal speaks as campaign director, not for the state, so he lists no state.
i = 'ant-JA-internationalNews-811-20140409'
t = news_text(i)
SELLAL = ["Abdelmalek Sellal", "عبد المالك سلال", "عبد الملك سلال", "سلال", "مدير الحملة الانتخابية"]
recs.append({"id": i, "text": t, "published": "2014-04-09", "events": [
    {"code": "ACCUSE", "source": SELLAL, "target": []}], "claims": [
    {"speaker": SELLAL, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": SELLAL, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": SELLAL, "cue": cue(t, "مشبها"), "stance": "assert"},
    {"speaker": ["Echorouk", "الشروق", "صحيفة الشروق"], "cue": cue(t, "أوردت"), "stance": "assert"},
    {"speaker": SELLAL, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- Jawhara FM: Nassim Soltani, cousin of the shepherds Mabrouk and Khalifa Soltani killed by terrorists, says the
# companion of Khalifa, kidnapped with him and released, has left the area and cannot be reached, and asks the
# authorities to tell the family where he is. "يذكر أن جماعة إرهابية اختطفت الشهيد خليفة السلطاني ومرافقه ... قبل
# أن تقوم بإطلاق سراح المرافق والإحتفاظ بخليفة وقتله" has an explicit doer: the abduction and the killing of its
# captive are one ASSAULT with both men in the target (decided: one episode, as GUIDELINES' raid that killed and
# captured is one ASSAULT), and the companion's release a RETREAT (CAMEO 0841, README session 10: a release is
# RETREAT), both undated (no day in the text); the earlier "الذي تم اختطافه وإطلاق سراحه" is passive and re-tells
# them. "داعيا الجهات المسؤولة إلى إبلاغهم عن مكان تواجده" is a REQUEST to the authorities, undated (the statement
# has no day). The cars that came to the companion's home have no named doer. Claims: Nassim's أكد and أضاف (assert)
# and داعيا (other); "يذكر أن" is the narrator and Jawhara FM the addressee. Bare "السلطاني" is left out of every
# list (it is in each Soltani's name), as are forms of the companion holding خليفة.
i = 'ant-JA-localNews-4254-20170604'
t = news_text(i)
NASSIM = ["Nassim Soltani", "نسيم السلطاني", "نسيم"]
KHALIFA = ["Khalifa Soltani", "خليفة السلطاني", "الشهيد خليفة السلطاني", "خليفة"]
COMPANION = ["Khalifa's companion", "المرافق", "مرافقه"]
GROUP = ["terrorist group", "جماعة إرهابية"]
recs.append({"id": i, "text": t, "published": "2017-06-04", "events": [
    {"code": "ASSAULT", "source": GROUP, "target": KHALIFA + COMPANION},
    {"code": "RETREAT", "source": GROUP, "target": COMPANION},
    {"code": "REQUEST", "source": NASSIM,
     "target": ["authorities", "الجهات المسؤولة", "Tunisian authorities", "Tunisia"]}], "claims": [
    {"speaker": NASSIM, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": NASSIM, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": NASSIM, "cue": cue(t, "داعيا"), "stance": "other"}]})
# --- Jawhara FM: the Presidency's information and communication department says today (Thursday 2014-11-06) that
# reports of President Marzouki using the national television's and TAP's resources in his campaign are untrue. "أكدت
# ... أن ما نشر عن توظيف رئيس الجمهورية لموارد ... عار من الصحة" denies a report whose author is not named: REJECT
# with no target (README session 19; batches 15, 45, 54), dated by "في بلاغ لها اليوم". The coverage the statement
# describes (the teams cover the president's activity, their institutions assign them to the campaign) is routine
# work, no PLOVER act. Claims: أكدت (deny), "وجاء في نص البلاغ" (a distinct content of the same statement: the two
# teams' role, which rebuts the report: deny, README session 24: a statement issued to rebut reports takes stance deny)
# and "كما أشار البلاغ" (the photographer covers no campaign activity: deny). The department speaks for the
# Presidency, not for Marzouki himself, so its list holds no form of "رئيس الجمهورية".
i = 'ant-JA-localNews-1397-20141106'
t = news_text(i)
PRESIDENCY = ["Presidency Information and Communication Department", "دائرة الإعلام والتواصل برئاسة الجمهورية",
              "دائرة الإعلام والتواصل", "رئاسة الجمهورية", "Tunisian Presidency", "البلاغ"]
recs.append({"id": i, "text": t, "published": "2014-11-06", "events": [
    {"code": "REJECT", "source": PRESIDENCY, "target": [], "date": "2014-11-06"}], "claims": [
    {"speaker": PRESIDENCY, "cue": cue(t, "أكدت"), "stance": "deny"},
    {"speaker": PRESIDENCY, "cue": cue(t, "جاء"), "stance": "deny"},
    {"speaker": PRESIDENCY, "cue": cue(t, "أشار"), "stance": "deny"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch94.gold.jsonl', recs)
