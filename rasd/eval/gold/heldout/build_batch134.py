"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 134 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sunday 2015-07-26): the Grand Mufti of Jerusalem, Sheikh Muhammad Hussein, calls for the
# occupation authorities to be tried internationally for storming Al-Aqsa. All his verbs belong to the statements
# the text dates "في تصريحات له اليوم" (2015-07-26), so the events of the statement carry that day (GUIDELINES:
# statements reported as said today carry that day). "دعا ... إلى محاكمة سلطات الاحتلال دوليا" is a call with no
# addressee named: REQUEST with no target (as batch 95 codes "دعا الى كشف ومحاكمة الشبكات"). The crimes it names
# ("جرائمها الخاصة بتدنيس المسجد الأقصى والاعتداء على المصلين ... بقنابل الصوت والأعيرة المطاطية والرصاص الحي"),
# the warning that continued aggression "يحول المنطقة إلى قنبلة موقوتة" and "محملا سلطات الاحتلال المسؤولية
# التامة" are one condemnation: one ACCUSE Mufti → Israel (README: several verbs of one condemnation are one
# ACCUSE). The storming and the attack on worshippers are verbal nouns inside the charge (no ASSAULT of their own;
# the headline, which has the finite "اقتحام جنوده", is outside the text). "وبين أن سلطات الاحتلال تحاصر المسجد
# الأقصى وتمنع المصلين من الدخول إليه، وتفرض عليه حصارا مشددا" is a finite clause with its doer inside a statement
# (README batches 37–40: coded): one COERCE Israel → the mosque and its worshippers (a siege and a refusal of entry,
# README: COERCE), the repression "مستخدمة وسائل القمع" and the emptying of the mosque folded in, undated (ongoing).
# "ناشد المفتي الدول العربية والإسلامية وجامعة الدول العربية ومنظمة التعاون الإسلامي ولجنة القدس، ضرورة التدخل
# العاجل" is one REQUEST to the bodies named, dated. Claims: دعا (other), قال (the "time bomb" and "religious war":
# warn), بين (the siege: accuse), أضاف (a possible massacre: warn), محملا (decided: a participle that adds the
# blame, distinct content, though the text prints it inside the quotation marks: accuse), ناشد (other). The Mufti's
# list keeps no "خطيب المسجد الأقصى" (the mosque is the COERCE's target) and no bare القدس form (لجنة القدس).
i = 'snn-2015-07-26-1175'
t = news_text(i)
MUFTI = ["Muhammad Hussein", "محمد حسين", "الشيخ محمد حسين", "المفتي", "Grand Mufti of Jerusalem",
         "المفتي العام"]
ISRAEL = ["Israel", "إسرائيل", "سلطات الاحتلال", "الاحتلال", "Israeli occupation authorities"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": MUFTI, "target": [], "date": "2015-07-26"},
    {"code": "ACCUSE", "source": MUFTI, "target": ISRAEL, "date": "2015-07-26"},
    {"code": "COERCE", "source": ISRAEL,
     "target": ["Al-Aqsa Mosque", "المسجد الأقصى", "المسجد الأقصى المبارك", "المصلين", "worshippers",
                "المواطنين الأبرياء العزل"]},
    {"code": "REQUEST", "source": MUFTI,
     "target": ["Arab and Islamic states", "الدول العربية والإسلامية", "Arab League", "جامعة الدول العربية",
                "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", "Al-Quds Committee", "لجنة القدس"],
     "date": "2015-07-26"}], "claims": [
    {"speaker": MUFTI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MUFTI, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": MUFTI, "cue": cue(t, "بين"), "stance": "accuse"},
    {"speaker": MUFTI, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": MUFTI, "cue": cue(t, "محملا"), "stance": "accuse"},
    {"speaker": MUFTI, "cue": cue(t, "ناشد"), "stance": "other"}]})
# --- SaudiNewsNet (Friday 2015-08-07): three Palestinians killed and twenty wounded yesterday (Thursday) by a
# mysterious explosion inside a house in Rafah; Israeli forces arrest 15 Palestinians in the West Bank. The explosion
# has no doer ("انفجار غامض"): not coded. The eyewitnesses' account that it came from an Israeli army missile "كان
# أطلق" during last summer's war is a passive and a noun (الهجوم الإسرائيلي), told by bare witnesses: not coded
# (decided: no ASSAULT for leftover ordnance going off a year later). Civil defence and police rushing to the scene
# "للتحقيق في ملابساته" is an inquiry into an explosion with no wrongdoer named (README batches 93–96: no ACCUSE).
# "قوات إسرائيلية اعتقلت الليلة الماضية 15 فلسطينيًا في الضفة الغربية" is COERCE Israeli forces → the 15, dated
# 2015-08-05 (decided: "الليلة الماضية" counts from the reports' Thursday, 2015-08-06, and batches 89–92 date such a
# night arrest to the day before). Claims: "وذكرت المصادر" (bare sources), "تحدث شهود عيان" (bare eyewitnesses,
# README batches 105–108) and "أفادت تقارير إخبارية" (GUIDELINES: تقارير إعلامية) make none.
i = 'snn-2015-08-07-0644'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "COERCE", "source": ["Israeli forces", "قوات إسرائيلية", "Israel", "إسرائيل"],
     "target": ["15 Palestinians", "15 فلسطينيًا", "فلسطينيًا", "Palestinians"], "date": "2015-08-05"}],
    "claims": []})
# --- SaudiNewsNet (Friday 2015-08-07): gaps between the Persian and English texts of the Iran nuclear deal; the US
# State Department accuses Iran of repressing minorities. The White House posting the English text "بهدف تمكين الرأي
# العام من الاطلاع" acts on no party: not coded. The New York Post's comparison, made "بعد استعانتها بخبير", is a
# paper's analysis on its own account (README: an outlet reporting on its own account speaks), no event. The quoted
# wording of the deal ("يذكر النص ... أنه «يجب أن تُحَوَّل المنشآت»", "يذكر النص الفارسي أنه «يجب على الأمم المتحدة
# أن تلغي قراراتها»") is a document's text with no speaker (decided: as "بحسب القانون" gives no claim), and no
# REQUEST. "اتهمت وزارة الخارجية الأميركية في بيان أصدرته مساء أول من أمس، النظام الإيراني بمواصلة قمع القوميات" is
# one ACCUSE State Department → Iran, dated 2015-08-05 (أول من أمس from Friday); the repression is a verbal noun
# inside the charge (README: no event of its own). "حذر البيان مواطني الولايات المتحدة ... من السفر إلى إيران" is a
# warning to the state's own citizens, a generic class (README: a warning to a generic class makes only a claim): no
# event. Claims: the Post's تحدثت and أوضحت (assert); the State Department's اتهمت (accuse), حذر (warn) and لفت (the
# minority regions unsafe for foreigners: warn, decided). "ومن أهم الاختلافات" is the narrator continuing.
i = 'snn-2015-08-07-0093'
t = news_text(i)
NYPOST = ["New York Post", "نيويورك بوست", "صحيفة «نيويورك بوست»", "الصحيفة"]
STATE_DEPT = ["US State Department", "وزارة الخارجية الأميركية", "وزارة الخارجية", "United States",
              "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": STATE_DEPT, "target": ["Iran", "إيران", "النظام الإيراني", "Iranian regime"],
     "date": "2015-08-05"}], "claims": [
    {"speaker": NYPOST, "cue": cue(t, "تحدثت"), "stance": "assert"},
    {"speaker": NYPOST, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": STATE_DEPT, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": STATE_DEPT, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": STATE_DEPT, "cue": cue(t, "لفت"), "stance": "warn"}]})
# --- Al-Weeam (Tuesday 2015-07-21): Manchester United's pursuit of a striker; Bayern refuses 100 million euros for
# Thomas Müller. United's readiness to pay, the failed bid and Bayern's refusal ("وهو ما رفضه بايرن") are transfer
# offers and refusals between clubs: sport business (README, batches 26, 32, 35, 38, 45–48), no events. Claims: van
# Gaal's first أكد (the club seeks a new striker: assert), Rummenigge's أكد ("رفض التخلي عن أي لاعب آخر": a club's
# refusal to sell, deny with no event, README session 33), van Gaal's second أكد (the target is not Müller: assert)
# and "وقال فان غال" (assert). "وفقا للالمانية" (dpa) passes on the sentence already given to Rummenigge: a conduit,
# no claim. "جاءت تصريحات فان خال" and "المفاجأة التي ذكرها" add no content; "كان هناك حديث" names no speaker. The
# link line with the headline is a byline. Each club official lists his club.
i = 'snn-2015-07-21-2058'
t = news_text(i)
VAN_GAAL = ["Louis van Gaal", "لويس فان خال", "فان خال", "فان غال", "Manchester United", "مانستشر يونايتد",
            "مانشتسر يونايتد", "مانشستر يونايتد", "يونايتد"]
RUMMENIGGE = ["Karl-Heinz Rummenigge", "كارل هاينتس رومنيغيه", "رومنيغيه", "Bayern Munich", "نادي بايرن", "بايرن"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": VAN_GAAL, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": RUMMENIGGE, "cue": cue(t, "أكد", 2), "stance": "deny"},
    {"speaker": VAN_GAAL, "cue": cue(t, "أكد", 3), "stance": "assert"},
    {"speaker": VAN_GAAL, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- SaudiNewsNet (Sunday 2015-07-26): AS says Real Madrid turned down PSG's 120 million for Cristiano Ronaldo.
# PSG's offer to Florentino Pérez and his refusal, and Real's payment to Tottenham for Bale, are transfer business
# (README: sport business), no events. "الاتحاد الأوروبي لكرة قدم قد خفف من قيود سياسة اللعب المالي النظيف
# المفروضة على الأندية" is a governing body relaxing its rules for every club, a generic class (decided: not coded,
# as README leaves offers to a generic class uncoded; not the CONCEDE of lifting one club's expulsion). Ronaldo's
# friendly is sport. Claims: AS reports on its own account (README: an outlet reporting on its own account speaks):
# ذكرت and أضافت (assert). "يذكر أن" is the narrator.
i = 'snn-2015-07-26-0127'
t = news_text(i)
AS = ["AS", "آس", "صحيفة «آس» الإسبانية", "الصحيفة", "الصحيفة الرياضية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": AS, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": AS, "cue": cue(t, "أضافت"), "stance": "assert"}]})
# --- SaudiNewsNet: the training department of Unaizah's education office prepares 121 training programmes. Plans
# of one department, carried out "بالتعاون مع مشرفي الأقسام الأخرى" of the same office, are internal (README: a ministry's own
# work): no events. Claims: al-Muhanna's كشف (the plan: assert) and "عبر ... عن تفاؤله" (README: feelings told about
# a topic are a claim; assert). The opening name line is the byline. His list keeps no alias with عنيزة (named on
# its own).
i = 'snn-2015-08-02-0525'
t = news_text(i)
MUHANNA = ["Adel al-Muhanna", "عادل المهنا", "المهنا", "قسم التدريب التربوي", "قسم التدريب"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": MUHANNA, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": MUHANNA, "cue": cue(t, "عبر"), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-07-24): European voices say the Iran nuclear deal needs monitoring. The lead's
# "أكد مسؤولون أوروبيون" is summed up by the two people named next (decided: README batches 77–80, an anonymous
# official named in the next sentence shares one speaker list), so it is a claim by Steinmeier and Perthes together.
# Steinmeier's column ("نوه ... في مقال له، أن الاتفاق ... يجب أن يكون داعما للأمن") says what the deal should be,
# with no call verb and no addressee (decided: an opinion, no REQUEST, as README's "يستدعي بلورة مبادرة"). Perthes's
# "بات من الضروري البدء في مرحلة جديدة" and "يجب أن يضع حدودا لطموحات إيران" are likewise a think-tank head's
# analysis (claims only); his "داعيا إيران إلى تقديم ضمانات لدول المنطقة" is an explicit call with an addressee:
# REQUEST Perthes → Iran, undated (no day in the text). "التدخلات التي تقوم بها في بعض الدول" is the object of the
# guarantees, vague interventions with no PLOVER type (decided: no event of its own, no separate ACCUSE). Not coded:
# the signing of the deal and the Security Council's endorsement ("بعد توقيع الاتفاق النووي ... وإقراره من مجلس
# الأمن", nouns, GUIDELINES), Kerry's visit and his intent to visit the region (nouns inside a claim). Claims: the lead's
# أكد (what the deal must be: other), نوه (other), Perthes's أكد (other), أشار (other), لافتا (the deal is not to be
# underestimated: assert), داعيا (other), معتبرا (Kerry's visit may settle matters: assert).
i = 'snn-2015-07-24-1975'
t = news_text(i)
STEINMEIER = ["Frank-Walter Steinmeier", "فرانك فالتر شتاينماير", "شتاينماير", "Germany", "ألمانيا"]
PERTHES = ["Volker Perthes", "فولكر برتيس", "برتيس", "German Institute for International and Security Affairs",
           "مؤسسة العلاقات الخارجية والأمنية"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": PERTHES, "target": ["Iran", "إيران"]}], "claims": [
    {"speaker": ["European officials", "مسؤولون أوروبيون"] + STEINMEIER + PERTHES, "cue": cue(t, "أكد", 1),
     "stance": "other"},
    {"speaker": STEINMEIER, "cue": cue(t, "نوه"), "stance": "other"},
    {"speaker": PERTHES, "cue": cue(t, "أكد", 3), "stance": "other"},
    {"speaker": PERTHES, "cue": cue(t, "أشار"), "stance": "other"},
    {"speaker": PERTHES, "cue": cue(t, "لافتا"), "stance": "assert"},
    {"speaker": PERTHES, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": PERTHES, "cue": cue(t, "معتبرا"), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-07-27): Mourinho accuses Chelsea's rivals of "buying" the Premier League title. "قال
# ... إن خصومه بالدوري «يشترون» لقب البطولة" and the quote "والآن هم يشترون اللقب، جميعهم يشتري اللقب" are one
# accusation: ACCUSE Mourinho → his league rivals (decided: a definite set of clubs, which the article names as
# Manchester United, Manchester City and Liverpool, not a generic class; README codes quarrels in sport), undated (no
# day). Not coded: his remark that Chelsea once bought the title too (his own club), "الاتهام نفسه ناله فريق تشيلسي"
# (passive, no accuser), Abramovich's purchase of Chelsea, the hiring of Mourinho and every signing listed (sport
# business), the title wins. Claims: قال ×2 (accuse), مشيرا (his team can still compete: assert), تابع ("علينا أن
# نكون أقوياء وأن نحاربهم": assert, decided; sporting resolve, no threat). "وتعد صفقات" and "يذكر أن" are the
# narrator.
i = 'snn-2015-07-27-0166'
t = news_text(i)
MOURINHO = ["José Mourinho", "جوسيه مورينيو", "مورينيو", "Chelsea", "تشيلسي"]
RIVALS = ["Premier League rivals", "خصومه بالدوري", "خصومه", "Manchester United", "مانشستر يونايتد",
          "Manchester City", "مانشستر سيتي", "Liverpool", "ليفربول"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ACCUSE", "source": MOURINHO, "target": RIVALS}], "claims": [
    {"speaker": MOURINHO, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": MOURINHO, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MOURINHO, "cue": cue(t, "قال", 4), "stance": "accuse"},
    {"speaker": MOURINHO, "cue": cue(t, "تابع"), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): an Egyptian mother-in-law falsely reports her son-in-law for plotting to
# bomb the Suez Canal. "بتقديم بلاغ لرئيس مباحث مركز قليوب، تتهم فيه بالتخطيط للقيام بتفجيرات" is a report to the
# police: ACCUSE woman → son-in-law (README: a friend's report of a suspect to the police is ACCUSE), undated ("يوم 6
# بالشهر الجاري" is the alleged plot's day, not the report's). "تم تشكيل قوة أمنية وتم القبض على المتهم" is a
# passive arrest: COERCE by the one police body the article names (README batches 109–112), undated. Not coded: the
# inquiries that found she made the report (nouns after بعد), the son-in-law's abuse of his wife ("دائم التعدي",
# habitual, told as an adjective inside her confession), the report written up and referred to the prosecution
# (passive, README batches 93–96 leave a passive referral out). Claims: the woman, named "سميرة .م" (identified), is
# the speaker of "تتهم فيه" (the report's charge: accuse) and "اعترفت" (her admission that the report was malicious,
# with its reason: assert, decided). The later "تتهمه فيه" retells the same report inside her confession (no claim).
# Her list keeps no "حماة المتهم" (it holds the son-in-law's المتهم).
i = 'snn-2015-08-06-1937'
t = news_text(i)
WOMAN = ["Samira M.", "سميرة .م", "سميرة", "حماة", "الحماة", "مقدمة البلاغ"]
SON_IN_LAW = ["son-in-law", "زوج ابنتها", "المتهم"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": WOMAN, "target": SON_IN_LAW},
    {"code": "COERCE", "source": ["Qalyub police investigations", "مباحث مركز قليوب", "قوة أمنية", "police"],
     "target": SON_IN_LAW}], "claims": [
    {"speaker": WOMAN, "cue": cue(t, "تتهم"), "stance": "accuse"},
    {"speaker": WOMAN, "cue": cue(t, "اعترفت"), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-08-07): a colleague of the paper, Abdullah Badakhn, receives condolences for his
# mother. Obituaries, mourning, the funeral and the condolence calls are neither events nor claims (README batches 6–7, 27–28).
i = 'snn-2015-08-07-1466'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch134.gold.jsonl', recs)
