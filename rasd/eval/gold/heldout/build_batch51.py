"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 51 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Yaum (Saturday 2015-08-08): the UN will hold a new round of Libya talks in Geneva on Monday. "أعلنت الأمم
# المتحدة أنها ستعقد جولة جديدة" is a future meeting: AGREE towards the Libyan parties, dated by the day the text
# fixes for it (Monday 2015-08-10, as batch 29 dates a summit); Fawzi's "ليون سيكون في جنيف ... وسيحضر معه نحو 30
# ممثلًا للأطراف الليبية" re-tells the same round, so Leon is in the one source list. Leon's statement of yesterday
# (2015-08-07): "حث الأطراف الرئيسية على مضاعفة جهودها" is REQUEST, dated. Last month's "وقعت بعض الفصائل اتفاقاً
# مبدئياً" is signing: SUPPORT with the signatories as source and no target (batches 13 and 34), undated (month
# only); "رعته الأمم المتحدة" is a relative clause with its doer: mediation, CONSULT UN → factions (batch 24
# codes "التي تقوم بالوساطة" so), undated; "المندوبين من المؤتمر الوطني ... قاطعوا الاجتماع" is a boycott
# (CAMEO 143): PROTEST with no target (the meeting is no actor), undated. The purpose "لإقناع الأطراف" is nominal.
# Claims: the UN's أعلنت, Fawzi's قال, Leon's أشار and حث (one sentence, distinct contents: two claims). UN officials
# list the UN (as batch 23's de Mistura); their titles hold جنيف or ليبيا and are left out.
i = 'snn-2015-08-08-1185'
t = news_text(i)
UN = ["United Nations", "الأمم المتحدة", "UN"]
FAWZI = ["Ahmad Fawzi", "أحمد فوزي", "فوزي", "UN spokesman", "المتحدث الرسمي"] + UN
LEON = ["Bernardino Leon", "برناردينو ليون", "ليون", "UN special representative", "الممثل الخاص"] + UN
PARTIES = ["Libyan parties", "الأطراف الليبية", "الأطراف المتحاربة", "الأطراف الرئيسية", "الأطراف", "Libya", "ليبيا"]
FACTIONS = ["Libyan factions", "بعض الفصائل", "الفصائل"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "AGREE", "source": LEON, "target": PARTIES, "date": "2015-08-10"},
    {"code": "REQUEST", "source": LEON, "target": PARTIES, "date": "2015-08-07"},
    {"code": "SUPPORT", "source": FACTIONS, "target": []},
    {"code": "CONSULT", "source": UN, "target": FACTIONS},
    {"code": "PROTEST", "source": ["General National Congress", "GNC", "المؤتمر الوطني",
                                   "المؤتمر الوطني المنتهية ولايته", "المندوبين من المؤتمر الوطني", "المندوبين"],
     "target": []}], "claims": [
    {"speaker": UN, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": FAWZI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": LEON, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": LEON, "cue": cue(t, "حث"), "stance": "other"}]})
# --- Al-Yaum: the Al-Ahsa literary club's annual Eid gathering for writers. Hosting an Eid celebration is a greeting
# (batches 31–32: no event); the partnership with Dar al-Kifah is nominal and the club's publications no PLOVER
# events; "جدير بالذكر" is the narrator. Claims: al-Shehri's ذكر، قال، مشيرا. His list leaves out "نادي الأحساء
# الأدبي", which holds الأحساء, named on its own.
i = 'snn-2015-07-23-1035'
t = news_text(i)
SHEHRI = ["Zafer al-Shehri", "ظافر الشهري", "الشهري", "رئيس النادي", "literary club", "النادي", "النادي الأدبي"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": SHEHRI, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": SHEHRI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SHEHRI, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Ain al-Youm: floods in northern Iran kill 11. A natural disaster has no actor; the activists posting videos do
# nothing to another party. "نشطاء إيرانيون", "وسائل الإعلام الإيرانية" (twice) and "تفيد الأنباء" are bare
# sources (GUIDELINES: تقارير إعلامية، صحف إسرائيلية): no claims. The byline is the narrator.
i = 'snn-2015-07-25-0044'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": []})
# --- Al-Yaum: Turkish FM Cavusoglu, Monday (2015-07-27) in Lisbon, says the PKK never stopped its terrorism. His
# charges against the PKK (اعلن "لم يوقفوا يوما اعمالهم الارهابية", "لم يحترمها يوما", "اغتنموا الوضع ... وكثفوا
# هجماتهم") are one statement's criticism of one party: one ACCUSE, dated (the judges' several verbs are one ACCUSE
# in batches 33–36); his attack on the HDP (حمل على ... فاتهمه) a second ACCUSE, dated (the same Monday's remarks).
# "اثناء زيارة الى لشبونة حيث يلتقي نظيره روي ماشيتي" is a visit and the meeting it holds: one CONSULT, the visitor
# as source, dated. "وباشر نظام الرئيس رجب طيب اردوغان في خريف 2012 مفاوضات سلام مع ... اوجلان" is a historical
# negotiation with its doer: CONSULT (CAMEO 046), undated; its "من غير ان تفضي الى اي اتفاق" is negated. "بدات تركيا
# ... باستهداف داعش في سوريا" and "ضربت ايضا متمردي حزب العمال الكردستاني" are two ASSAULTs (two targets, two
# verbs), undated ("في الايام الاخيرة"). Inside his quote, "(المتمردون الاكراد) كثفوا هجماتهم ... في تركيا" is a
# historical clause with a named doer (README, batches 37–40): ASSAULT PKK → Turkey; "علينا ايضا ان نضرب اهدافا لحزب
# العمال الكردستاني" justifies the strikes already coded, so no THREATEN of its own (decided). The HDP "يدعو
# المواطنين الاكراد الى التسلح والتظاهر" (alleged, in his quote) is REQUEST with its addressee, undated; its
# election success is no PLOVER event. Claims: اعلن، مشددا، قال ×3، مضيفا (its content a strike to come: warn) and
# اتهمه (one claim for "حمل ... فاتهمه", one sentence, one content; the reporting verb with the content is the cue).
# "وزير الخارجية" alone is kept for Cavusoglu (Machete is only "نظيره" in the text).
i = 'snn-2015-07-27-1100'
t = news_text(i)
CAVUSOGLU = ["Mevlut Cavusoglu", "مولود تشاوش اوغلو", "تشاوش اوغلو", "وزير الخارجية التركي", "وزير الخارجية",
             "Turkey", "تركيا"]
PKK = ["PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني",
       "المتمردين الاكراد", "المتمردين"]
HDP = ["Peoples' Democratic Party", "HDP", "حزب الشعب الديموقراطي", "حزب الشعب الديمقراطي"]
TURKEY = ["Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ACCUSE", "source": CAVUSOGLU, "target": PKK, "date": "2015-07-27"},
    {"code": "CONSULT", "source": CAVUSOGLU,
     "target": ["Rui Machete", "روي ماشيتي", "ماشيتي", "Portugal", "البرتغال", "Lisbon", "لشبونة"],
     "date": "2015-07-27"},
    {"code": "CONSULT", "source": ["Recep Tayyip Erdogan", "رجب طيب اردوغان", "اردوغان", "نظام الرئيس رجب طيب اردوغان",
                                   "Turkish government"] + TURKEY,
     "target": ["Abdullah Ocalan", "عبد الله اوجلان", "اوجلان", "PKK", "حزب العمال الكردستاني"]},
    {"code": "ASSAULT", "source": TURKEY, "target": ["ISIS", "داعش"]},
    {"code": "ASSAULT", "source": TURKEY, "target": PKK},
    {"code": "ASSAULT", "source": PKK, "target": TURKEY},
    {"code": "ACCUSE", "source": CAVUSOGLU, "target": HDP, "date": "2015-07-27"},
    {"code": "REQUEST", "source": HDP, "target": ["Kurdish citizens", "المواطنين الاكراد"]}], "claims": [
    {"speaker": CAVUSOGLU, "cue": cue(t, "اعلن"), "stance": "accuse"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "مشددا"), "stance": "assert"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "مضيفا"), "stance": "warn"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "اتهمه"), "stance": "accuse"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "قال", 3), "stance": "accuse"}]})
# --- Al-Jazirah: Turaif municipality installs its first electronic screen in the model park for Eid. Installing
# equipment and planning more screens are the municipality's own work: no events. Claims: al-Shammari's أوضح and
# بيّن (a plan of his own body, told as fact: assert). Al-Jazirah (لـ«الجزيرة») is the addressee. Aliases holding
# طبرجل (named on its own) are left out.
i = 'snn-2015-07-21-1070'
t = news_text(i)
SHAMMARI = ["Samihan al-Shammari", "سميحان الشمري", "الشمري", "رئيس بلدية المحافظة", "Turaif municipality",
            "بلدية المحافظة", "البلدية"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": SHAMMARI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SHAMMARI, "cue": cue(t, "بيّن"), "stance": "assert"}]})
# --- Jawhara FM: the Lac judicial police arrest a man behind 24 burglaries. "تمكنت فرقة الشرطة العدليّة ... من
# إيقاف شخص" is COERCE, undated (no day in the text); "تمّ جلبه والتحرّي معه" is passive and re-tells it. "شكاية
# تقدّمت بها مواطنة ... حول تعرّض منزلها إلى السرقة" is a relative clause with its doer: a formal complaint (CAMEO 114,
# batch 31's complaint) is ACCUSE, with no target as the thief was then unknown (README: no named doer, no target).
# "بادرت الوحدات الامنية التحريات" is an investigation of the crime with its doer, which led to the suspect: ACCUSE
# police → suspect (batches 9 and 44 code investigations naming the suspect), undated. The thefts are no ASSAULT
# (README); the prosecutor's consultation and the findings (تبيّن، ثبت) are passive or doerless. "وفق بلاغ لوزارة
# الداخلية" is its sentence's only attribution: the ministry's claim (batches 17 and 22). The unit's full name holds
# البحيرة, also named in "بضفاف البحيرة", so it is left out.
i = 'ant-JA-society-302-20170214'
t = news_text(i)
MOI = ["Tunisian Ministry of Interior", "Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"]
POLICE = ["judicial police", "فرقة الشرطة العدليّة", "الشرطة العدليّة", "security units", "الوحدات الامنية",
          "Tunisian police"] + MOI
SUSPECT = ["suspect", "شخص متورّط في 24 قضيّة سرقة", "شخص", "أحد الأشخاص"]
recs.append({"id": i, "text": t, "published": "2017-02-14", "events": [
    {"code": "COERCE", "source": POLICE, "target": SUSPECT},
    {"code": "ACCUSE", "source": ["citizen", "مواطنة", "burglary victim"], "target": []},
    {"code": "ACCUSE", "source": POLICE, "target": SUSPECT}], "claims": [
    {"speaker": MOI, "cue": cue(t, "وفق"), "stance": "assert"}]})
# --- Jawhara FM: the National Guard's week (5–11 February 2017). "تمكّنت وحدات الحرس الوطني ... من إيقاف 04 عناصر
# تكفيريّة ... وإيقاف 35 شخصا آخرين ... وإلقاء القبض على 1032 شخصا" is one clause summing up a week's arrests: one
# COERCE with every group in one target list (as batch 14 codes the coalition's 16 + 7 strikes in one clause as one
# ASSAULT), undated (a span of days). "وتمكّنت وحدات الحرس الوطني كذلك من إحباط 03 عمليّات اجتياز ... وإلقاء القبض
# على 15 مجتاز" is a second clause and a second COERCE (the thwarted crossings fold into the arrests), undated. The
# thwarted smuggling and the seizures are passive (تم ... إحباط، حجز). "وفق بلاغ لوزارة الداخلية اليوم" is its
# sentence's only attribution: the ministry's claim.
i = 'ant-JA-localNews-1208-20170213'
t = news_text(i)
MOI = ["Tunisian Ministry of Interior", "Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"]
GUARD = ["National Guard", "وحدات الحرس الوطني", "الحرس الوطني"] + MOI
recs.append({"id": i, "text": t, "published": "2017-02-13", "events": [
    {"code": "COERCE", "source": GUARD,
     "target": ["takfiri elements", "04 عناصر تكفيريّة", "عناصر تكفيريّة", "terrorism suspects", "35 شخصا آخرين",
                "wanted persons", "1032 شخصا مفتشا عنهم"]},
    {"code": "COERCE", "source": GUARD, "target": ["border crossers", "15 مجتاز", "مجتاز"]}], "claims": [
    {"speaker": MOI, "cue": cue(t, "وفق"), "stance": "assert"}]})
# --- Jawhara FM: the Jemna oases association decides, this evening (Friday 2016-10-21), a sit-in at the Kebili
# governorate and a general strike in Jemna, after the Finance Ministry froze its bank account. The decision to
# protest is THREATEN (CAMEO 133, an announced protest), aimed at the ministry and the government the text names
# (as batch 31 targets the supervising ministry of the background), dated by the meeting; Taheri's "هذه التحركات
# التي ستنطلق غدا ... ستتوج بتحرك احتجاجي لأهالي جمنة باتجاه العاصمة" announces the same programme (decided: one
# THREATEN). "اجتماع عقدته ... جمعها بعدد من أهالي الجهة" is a relative clause with its doer: CONSULT, the
# association (which held it, first named) as source and the residents as target, dated. "قررت رفع قضية عدلية ضد
# ... مبروك كرشيد" is an intended lawsuit: THREATEN (batch 30's legal threat), undated (the text does not tie it to
# the meeting); the secretary of state's "offensive statements" are its nominal grounds (no ACCUSE of their own).
# "داعيا أهالي جمنة إلى سحب أموالهم" is REQUEST to the residents; "أبواب الحوار مع الحكومة لا تزال مفتوحة" an
# expressed readiness to negotiate (CAMEO 036): AGREE towards the government; both undated. The Finance Ministry's
# freeze is nominal background. Claims: "بحسب ما أكده" (its sentence's only attribution, the phrase as cue; the
# content a protest: warn), أضاف (warn), داعيا (other), أعلن (warn), مشددا (an offer of dialogue: promise); "حسب
# تعبيره" repeats its sentence's speaker. Aliases holding جمنة or قبلي (named on their own) are left out.
i = 'ant-JA-localNews-2895-20161021'
t = news_text(i)
ASSOC = ["Association for the Protection of the Oases", "oases association", "الجمعية"]
TAHERI = ["Taher Taheri", "طاهر الطاهري", "الطاهري"] + ASSOC
RESIDENTS = ["residents", "أهالي الجهة", "عدد من أهالي الجهة", "أهالي"]
GOVT = ["Ministry of Finance", "وزارة المالية", "Tunisian government", "الحكومة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-10-21", "events": [
    {"code": "THREATEN", "source": TAHERI, "target": GOVT, "date": "2016-10-21"},
    {"code": "CONSULT", "source": TAHERI, "target": RESIDENTS, "date": "2016-10-21"},
    {"code": "THREATEN", "source": TAHERI,
     "target": ["Mabrouk Korchid", "مبروك كرشيد", "كرشيد", "secretary of state", "كاتب الدولة", "Tunisia"]},
    {"code": "REQUEST", "source": TAHERI, "target": RESIDENTS},
    {"code": "AGREE", "source": TAHERI, "target": GOVT}], "claims": [
    {"speaker": TAHERI, "cue": cue(t, "بحسب ما أكده"), "stance": "warn"},
    {"speaker": TAHERI, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": TAHERI, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": TAHERI, "cue": cue(t, "أعلن"), "stance": "warn"},
    {"speaker": TAHERI, "cue": cue(t, "مشددا"), "stance": "promise"}]})
# --- Jawhara FM: Gabes, Tuesday (2017-01-24): a working session agrees that the Tunisian Chemical Group may build a
# desalination plant on Ghannouch's municipal stadium land, in return for a new stadium. "تم الاتفاق" is passive,
# but "جلسة عمل انعقدت ... وضمت ..." names the session's members, so, as batch 26 codes the Kef Tex session, the
# session is one multilateral CONSULT with no target and the agreement one AGREE, both dated; the agreement is a
# reciprocal one among the members, so all of them are its source and it has no target (README's passive
# announcement with named parties). Decided: not an internal deliberation, as the state-owned Group is an economic
# actor beside the regional administration. The Group's programme and its call for tenders (طلب عروض) are its own
# business; the water supply is passive. "كان ... محل انتقاد واعتراض كبيرين من قبل مكونات المجتمع المدني" names its
# doers in the agent phrase (as batch 36's passive kidnapping): ACCUSE of the Group; "التي طالبت هذه المؤسسة بالكف"
# is a relative clause with its doer: REQUEST; both undated (over recent years). Claims: civil society, tied to a
# named place, demands (طالبت, other). "ويذكر أن" is the narrator. Aliases holding قابس or غنوش are left out.
i = 'ant-JA-localNews-100-20170124'
t = news_text(i)
GCT = ["Tunisian Chemical Group", "المجمع الكيميائي التونسي", "الإدارة الجهوية للمجمع الكيميائي التونسي", "المجمع",
       "GCT"]
MEMBERS = (["Mongi Thameur", "منجي ثامر", "ثامر", "والي الجهة", "governor", "Tunisia"]
           + ["local authorities", "السلطات المحلية"] + GCT
           + ["youth and sports delegation", "مندوبية الشباب والرياضة"])
CIVIL = ["civil society", "مكونات المجتمع المدني", "المجتمع المدني"]
recs.append({"id": i, "text": t, "published": "2017-01-24", "events": [
    {"code": "CONSULT", "source": MEMBERS, "target": [], "date": "2017-01-24"},
    {"code": "AGREE", "source": MEMBERS, "target": [], "date": "2017-01-24"},
    {"code": "ACCUSE", "source": CIVIL, "target": GCT + ["هذه المؤسسة"]},
    {"code": "REQUEST", "source": CIVIL, "target": GCT + ["هذه المؤسسة"]}], "claims": [
    {"speaker": CIVIL, "cue": cue(t, "طالبت"), "stance": "other"}]})
# --- Jawhara FM's "Radar": most Sousse bakeries boycotted the bakers' strike, which the national chamber then called
# off (Monday 2017-03-06). "إضراب أصحاب المخابز، الذي دعت له الغرفة الوطنية" is a relative clause with its doer: an
# announced strike, THREATEN with no target (batch 27 codes this chamber's strike notice so), undated; "الذي كان
# أصحاب المخابز يعتزمون تنفيذه" is the same strike. "أعلنت عن إلغاء الإضراب المفتوح" is refraining from a strike:
# CONCEDE (CAMEO 082, ease political dissent), towards the ministry it met, dated 2017-03-06 (after this morning's
# session); "جلسة عمل عقدتها الغرفة مع وزارة التجارة والصناعة صباح اليوم" is CONSULT, the chamber (which held it,
# first named) as source, dated. "تم خلالها الموافقة على جملة من مطالب المهنيين" is passive and its one-sided doer
# is not named: not coded (decided). The Sousse bakers' boycott (مقاطعة أغلب المخابز للإضراب) is a masdar in the
# correspondent's report: not coded. "أكدت موفدتنا إيمان الفجاري" is the outlet's own envoy, its own voice (batch 23's
# موفد الجوهرة): no claim. The Sousse bakers are tied to a named place, so their views are claims: يرى (assert),
# يطالبون (other) and اعتبروا (assert: the chamber's demands miss the sector's problems, no explicit criticism);
# "يرفضون مراجعة هامش الربح" reports a position (batch 24's تمسك برفض), no claim, but is REJECT with no target (the
# text does not say who proposed the revision); "يطالبون بتسوية وضعية المخابز العشوائية" is REQUEST with no
# addressee; both undated. The chamber's أعلنت is a claim (assert); "تجدر الإشارة" is the narrator.
i = 'ant-JA-localNews-2297-20170306'
t = news_text(i)
CHAMBER = ["National Chamber of Bakery Owners", "الغرفة الوطنية لأصحاب المخابز", "الغرفة النقابية الوطنية للمخابز",
           "الغرفة"]
MINISTRY = ["Ministry of Trade and Industry", "وزارة التجارة والصناعة", "Tunisia"]
BAKERS = ["Sousse bakers", "المهنيين", "المهنيون", "أغلب المخابز"]
recs.append({"id": i, "text": t, "published": "2017-03-06", "events": [
    {"code": "THREATEN", "source": CHAMBER, "target": []},
    {"code": "REJECT", "source": BAKERS, "target": []},
    {"code": "REQUEST", "source": BAKERS, "target": []},
    {"code": "CONSULT", "source": CHAMBER, "target": MINISTRY, "date": "2017-03-06"},
    {"code": "CONCEDE", "source": CHAMBER, "target": MINISTRY, "date": "2017-03-06"}], "claims": [
    {"speaker": BAKERS, "cue": cue(t, "يرى"), "stance": "assert"},
    {"speaker": BAKERS, "cue": cue(t, "يطالبون"), "stance": "other"},
    {"speaker": BAKERS, "cue": cue(t, "اعتبروا"), "stance": "assert"},
    {"speaker": CHAMBER, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch51.gold.jsonl', recs)
