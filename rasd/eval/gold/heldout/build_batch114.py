"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 114 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Al-Weam): the General Directorate of Civil Defence warns of heavy rain over Haroub, al-Dayer, Fifa
# and Jallat al-Mawt (Jazan). Its warning and its calls on "المواطنين والمقيمين" to take care and keep out of valley
# beds are addressed to a generic class: claims only, no REQUEST (README: a warning to a generic class makes only a
# claim; generic warnings to drone users are claims, no REQUEST). The met office's alert is a noun inside the
# directorate's قال (no speaker of its own); the rain and floods have no actor. No event. Claims: حذرت (warn), the
# first وطالب (caution: other), وقال (the met alert of storms and floods: warn), the second وطالب (decided: a second
# claim, as its sentence adds new content — low ground, not risking crossing flowing valleys — and its own anchor,
# "خلال التحذير الصادر اليوم"; other), and the closing link line's يحذر (part of the text, a headline speech verb:
# batches 10, 39, 40, 56; warn). The masculine وطالب/وقال go on with the directorate (الدفاع المدني). "رابط الخبر
# بصحيفة الوئام" names the outlet, no speaker.
i = 'snn-2015-08-01-0905'
t = news_text(i)
CIVIL_DEFENCE = ["General Directorate of Civil Defence", "المديرية العامة للدفاع المدني", "الدفاع المدني",
                 "Civil Defence", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "طالب", 2), "stance": "other"},
    {"speaker": CIVIL_DEFENCE, "cue": cue(t, "يحذر"), "stance": "warn"}]})
# --- SaudiNewsNet: the UAE condemns "in the strongest terms" the burning to death of the Palestinian infant Ali
# Dawabsheh by Israeli settlers. "دانت دولة الإمارات ... الجريمة الإرهابية البشعة ... إثر استهداف مستوطنون إسرائيليون
# لمنزلهم وإحراقه" is a condemnation whose doer the text names: ACCUSE UAE → the settlers (README: a condemnation
# targets the doer the text names); Abdullah bin Zayed's قال ("هذه الجريمة تمثل تصعيداً خطيراً في أعمال الإرهاب التي
# يرتكبها المستعمرون") carries the same condemnation (one ACCUSE; the minister joins the UAE's list). His "وأكد ... أن
# هذه الجريمة هي نتيجة طبيعية لانتشار المستعمرات الإسرائيلية ... تحت حماية وصمت مؤسسات الاحتلال الإسرائيلية
# الرسمية" (with "تحت حماية قوات الاحتلال الإسرائيلي") blames a second party: a second ACCUSE, of Israel (as batch 68
# splits the settlers and Israel). The arson itself is told in the lead as a verbal noun with its doer (استهداف
# مستوطنون ... وإحراقه) and in the minister's relative clause "أعمال الإرهاب التي يرتكبها المستعمرون ضد الشعب
# الفلسطيني" (a clause with its doer, README batches 10–14): one ASSAULT settlers → the Palestinians, with the
# Dawabsheh family in the target list (decided: the campaign and its instance named in the lead are one record, as
# batch 71 codes the burning once; the habitual "يمارسونها ضد الطفل والمرأة والمدنيين" is folded in). "تحت حماية"
# is a prepositional noun (README: بدعم من gives no SUPPORT): no SUPPORT of Israel → settlers. All undated (the
# statement has no day). Claims: دانت، قال، أكد (all accuse). The UAE's list holds no Palestinian or Israeli form.
i = 'snn-2015-08-01-1085'
t = news_text(i)
UAE = ["United Arab Emirates", "UAE", "الإمارات", "دولة الإمارات", "Abdullah bin Zayed", "عبدالله بن زايد آل نهيان",
       "عبدالله بن زايد", "وزير خارجية الإمارات"]
SETTLERS = ["Israeli settlers", "مستوطنون إسرائيليون", "المستعمرون", "هؤلاء المستعمرون", "المستوطنين"]
ISRAEL = ["Israel", "إسرائيل", "Israeli occupation forces", "قوات الاحتلال الإسرائيلي", "الاحتلال الإسرائيلي",
          "مؤسسات الاحتلال الإسرائيلية الرسمية"]
PALESTINIANS = ["Palestinians", "الشعب الفلسطيني", "الفلسطينيين", "Ali Dawabsheh", "علي دوابشة",
                "الطفل الفلسطيني الرضيع علي دوابشة", "Dawabsheh family", "عائلته"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ACCUSE", "source": UAE, "target": SETTLERS},
    {"code": "ACCUSE", "source": UAE, "target": ISRAEL},
    {"code": "ASSAULT", "source": SETTLERS, "target": PALESTINIANS}], "claims": [
    {"speaker": UAE, "cue": cue(t, "دانت"), "stance": "accuse"},
    {"speaker": UAE, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": UAE, "cue": cue(t, "أكد"), "stance": "accuse"}]})
# --- SaudiNewsNet: Al-Nassr's squad leaves tomorrow for London for the Super Cup against Al-Hilal after its Austrian
# camp; coach Jorge da Silva praises midfielder Yahya al-Shehri and wants defender Ali al-Khaibari out. The trip, the
# camp, the friendlies and the Super Cup are sport (batches 26, 32, 45–48): no events. The coach praising his own
# player (اشاد) and telling his own club's management to find Khaibari another club (ابلغ الادارة بضرورة ...، اكد ...
# عدم اقتناعه) act inside one club: no SUPPORT, REQUEST or ACCUSE (decided, as batch 104's coach thanking his own
# players and the internal acts of a minister towards his own forces); Khaibari's coming move and last year's loan
# to Al-Sailiya (تسويق) are sport business (README: transfers); the president's trip to London to check preparations
# is internal. Claims: أبدى (his satisfaction: assert, as batch 104), مشددًا (fitness mattered most: assert), اشاد
# (praise: assert), مؤكدًا (assert), and — embedded speech inside the bare sources' report (README batches 29–30) —
# ابلغ (a demand that Khaibari look for another club: other; "أبلغ X بأنه قرر" is a cue, batches 85–88) and اكد (his
# dissatisfaction with the player: accuse). "وكشفت مصادر لـ«الميدان»" is a bare source and the outlet: no claim.
i = 'snn-2015-08-08-1067'
t = news_text(i)
DASILVA = ["Jorge da Silva", "خورخي داسيلفا", "داسيلفا", "المدرب خورخي داسيلفا"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": DASILVA, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": DASILVA, "cue": cue(t, "مشددًا"), "stance": "assert"},
    {"speaker": DASILVA, "cue": cue(t, "اشاد"), "stance": "assert"},
    {"speaker": DASILVA, "cue": cue(t, "مؤكدًا"), "stance": "assert"},
    {"speaker": DASILVA, "cue": cue(t, "ابلغ"), "stance": "other"},
    {"speaker": DASILVA, "cue": cue(t, "اكد"), "stance": "accuse"}]})
# --- SaudiNewsNet (corpus date Tuesday 2015-07-21, but "غدا الاثنين" puts the meeting on Monday 2015-07-20: the text's
# weekday wins, README batches 29–30): EU foreign ministers meet in Brussels to discuss support for Tunisia. "إن
# فيديريكا موغيريني ... ستجري محادثات مع رئيس الوزراء التونسي الحبيب الصيد، ووزير خارجيته الطيب البكوش، على هامش
# اجتماعات ... المقررة غدا الاثنين" is a future meeting: AGREE Mogherini → Essid and Baccouche (GUIDELINES: future
# meetings → AGREE; the first-named party the source), dated 2015-07-20 (batches 67 and 71 date a future meeting by
# the day fixed for it). "وسيشارك الصيد والبكوش في المناقشات التي يجريها الوزراء" is a second future meeting with its
# doers: AGREE Essid and Baccouche → the EU foreign ministers (decided: the ministers' session is apart from
# Mogherini's sideline talks; the visitors the source), dated 2015-07-20. "ستقدم للوزراء تقريرا حول نتائج المفاوضات
# الدولية التي شاركت فيها، وانتهت بالتوصل إلى اتفاق في فيينا" holds a historical relative clause with its doer:
# CONSULT Mogherini with no target (decided: the text names no counterpart of the negotiations; Iran is only the
# programme's owner), undated; the Vienna agreement itself is a verbal noun (التوصل), background. Not coded: the
# ministers' own deliberations on Tunisia, Libya, Iran and the peace process (GUIDELINES: internal deliberations;
# "الدعم الأوروبي لتونس" is a noun), Bernardino Leon's attendance (a prepositional noun, بحضور), adopting the EU's own
# human-rights action plan and Mogherini chairing (internal), the Libyan initialling (a noun, no doer named). Claims:
# the Council's قال (assert) and "بحسب ما ذكر المجلس الأوروبي" (its sentence's only attribution, the whole phrase the
# cue, README batches 8–9; assert). "ويعد" is the narrator. "الوزراء" alone is left out of the ministers' list (it
# would match "رئيس الوزراء التونسي").
i = 'snn-2015-07-21-0087'
t = news_text(i)
EU = ["European Union", "EU", "الاتحاد الأوروبي"]
COUNCIL = ["Council of the European Union", "EU Foreign Affairs Council", "المجلس الوزاري الأوروبي",
           "المجلس الأوروبي"] + EU
MOGHERINI = ["Federica Mogherini", "فيديريكا موغيريني", "موغيريني"] + EU
TUNISIANS = ["Habib Essid", "الحبيب الصيد", "الصيد", "Taieb Baccouche", "الطيب البكوش", "البكوش", "Tunisia", "تونس"]
EU_FMS = ["EU foreign ministers", "وزراء خارجية دول الاتحاد الأوروبي", "وزراء خارجية الاتحاد الأوروبي"] + EU
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "AGREE", "source": MOGHERINI, "target": TUNISIANS, "date": "2015-07-20"},
    {"code": "AGREE", "source": TUNISIANS, "target": EU_FMS, "date": "2015-07-20"},
    {"code": "CONSULT", "source": MOGHERINI, "target": []}], "claims": [
    {"speaker": COUNCIL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": COUNCIL, "cue": cue(t, "بحسب ما ذكر"), "stance": "assert"}]})
# --- Ain Alyoum (Sunday 2015-07-26): NATO's Jens Stoltenberg calls an emergency meeting for Tuesday at Turkey's
# request. "دعا ينس شتولتينبيرج ... إلى اجتماع طارئ يوم الثلاثاء ... بناء على طلب من تركيا" (re-told by "مجلس الحلف
# ... سيجتمع بناء على طلب من تركيا لإجراء مشاورات") is a future meeting called: one AGREE NATO (Stoltenberg) → Turkey
# (decided: Turkey, which asked for it and will brief the allies there, is the counterpart), dated by the day fixed for
# it, Tuesday 2015-07-28 (batches 67, 71). "طلبت تركيا الاجتماع" (the NATO quote; "بناء على طلب من تركيا" twice re-tells
# it) is REQUEST Turkey → NATO, undated (no day for the request). "حيث طلبت تركيا ذلك في 2003 و 2012" is a historical
# clause with its doer: a second REQUEST Turkey → NATO (decided: the two past requests in one clause are one record),
# undated; Poland's 2014 request is a noun (بناء على طلب بولندا). "أن الدول الأعضاء في الحلف تتابع التطورات عن كثب
# وتتضامن مع تركيا" is solidarity with a named party: SUPPORT NATO's members → Turkey, dated by the statement "في بيان
# اليوم" (2015-07-26; README: solidarity voiced in a statement is dated by it). Not coded: the suicide bombing and
# the "terrorist attacks" (no doer), the Turkish security operations against ISIS and the PKK (a noun with an
# adjective, background), informing the allies (a purpose), the article's rules and history (no actor). Claims:
# دعا (the meeting called: other, as invitations), "وأضاف الحلف في بيان" (assert), "وقال الحلف" (assert), the second
# "وأضاف" (solidarity: assert). "وتنص المادة الرابعة" is a treaty, no speaker.
i = 'snn-2015-07-26-0058'
t = news_text(i)
NATO = ["NATO", "North Atlantic Treaty Organization", "حلف شمال الأطلسي", "الحلف", "مجلس الحلف", "حلف الاطلسي"]
STOLTENBERG = ["Jens Stoltenberg", "ينس شتولتينبيرج", "شتولتينبيرج"] + NATO
TURKEY = ["Turkey", "تركيا"]
MEMBERS = ["NATO member states", "الدول الأعضاء في الحلف"] + NATO
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "AGREE", "source": STOLTENBERG, "target": TURKEY, "date": "2015-07-28"},
    {"code": "REQUEST", "source": TURKEY, "target": NATO},
    {"code": "REQUEST", "source": TURKEY, "target": NATO},
    {"code": "SUPPORT", "source": MEMBERS, "target": TURKEY, "date": "2015-07-26"}], "claims": [
    {"speaker": STOLTENBERG, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": NATO, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": NATO, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": NATO, "cue": cue(t, "أضاف", 2), "stance": "assert"}]})
# --- Jawhara FM (Monday 2017-01-09): a suicide attack on the El-Matafi checkpoint in al-Masaid, Arish, kills nine
# policemen. "استخدمها الإرهابيون في تفجير كمين المطافي" and "إن انتحاريا قاد سيارة القمامة المسروقة ... واقتحم بها
# كمين المطافي" name the doer (README: a suicide bomber is an explicit doer; unknown gunmen too): one ASSAULT → the
# checkpoint and its police (the lead's "هجوما انتحاريا بالعريش" and the toll re-tell it), undated (decided: "الاثنين"
# dates the medical source's statement, not the attack; an arrest announced on a Monday is undated, batches 89–92).
# The truck's theft and its rigging are passive with no doer. Claims: "أكد مصدر طبي في مصر" (an anonymous source tied
# to a named state speaks, as GUIDELINES' "مصدر عسكري أردني" and batch 104's "مصدر قضائي مصري"; assert). "وكشفت مصادر
# أمنية بشمال سيناء" and "وقالت المصادر الأمنية" are bare security sources (GUIDELINES: "مصادر أمنية"): no claims.
i = 'ant-JA-internationalNews-1235-20170109'
t = news_text(i)
BOMBER = ["suicide bomber", "انتحاريا", "terrorists", "الإرهابيون"]
CHECKPOINT = ["El-Matafi checkpoint", "كمين المطافي", "Egyptian police", "أفراد الشرطة", "مجندين", "Arish", "العريش",
              "Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2017-01-09", "events": [
    {"code": "ASSAULT", "source": BOMBER, "target": CHECKPOINT}], "claims": [
    {"speaker": ["Egyptian medical source", "مصدر طبي في مصر", "مصدر طبي", "Egypt", "مصر"], "cue": cue(t, "أكد"),
     "stance": "assert"}]})
# --- Jawhara FM (Friday 2017-06-09): 21 of Nidaa Tounes's 27 regional coordinators reject the joint statement the
# heads of the Nidaa Tounes and Ennahda parliamentary blocs signed on 6 June. "عبّر ... عن رفضهم القطعي للبيان
# المشترك" with "واعتبروا أنه جاء في وقت مشبوه ... تكرس الاصطفاف الكامل وتوحي بالتذيل التام لحركة النهضة" condemns
# another party's act: ACCUSE (GUIDELINES: condemnation → ACCUSE, not REJECT, even with رفض; batch 72's "عبّر عن
# إستنكاره"), its target the two bloc heads who signed it, with Ennahda; the statement's "ما يقع في نداء تونس هو انقلاب
# على النضالات" carries on the same criticism (decided: one ACCUSE). "ودعوا الهيئة السياسية الموسعة للحزب إلى تحمل
# مسؤولياتها ... والاجتماع مساء الأحد 11 جوان" is REQUEST → the party's expanded political body (decided: a public call
# by one party organ on another in a dispute, as a leader's call to his own fighters is coded, README session 20; not
# an internal deliberation). Both undated (the coordinators' statement has no day; 11 June is the requested meeting's
# day). Not coded: the joint statement's signing (a participle, الممضى, as batch 20's "الاتفاق الممضى"), the founders'
# past struggles (no PLOVER act). Claims: عبّر (accuse, as batch 72), اعتبروا (accuse), دعوا (other) and "وجاء في
# البيان أيضا" (the "coup" charge: accuse); "بحسب نص البيان" attributes its own sentence to the same speaker (no second
# claim). The target list keeps no form holding "نداء تونس" (the coordinators' party, in the source), so the bloc heads
# are listed as "رئيسي كتلتي".
i = 'ant-JA-politic-497-20170609'
t = news_text(i)
COORDINATORS = ["Nidaa Tounes regional coordinators", "21 منسقا جهويا", "منسقا جهويا", "Nidaa Tounes", "حركة نداء تونس",
                "نداء تونس"]
BLOC_HEADS = ["parliamentary bloc heads who signed the joint statement", "رئيسي كتلتي", "Ennahda", "حركة النهضة", "النهضة"]
POLITICAL_BODY = ["expanded political body of the party", "الهيئة السياسية الموسعة للحزب", "الهيئة السياسية الموسعة",
                  "الهيئة السياسية"]
recs.append({"id": i, "text": t, "published": "2017-06-09", "events": [
    {"code": "ACCUSE", "source": COORDINATORS, "target": BLOC_HEADS},
    {"code": "REQUEST", "source": COORDINATORS, "target": POLITICAL_BODY}], "claims": [
    {"speaker": COORDINATORS, "cue": cue(t, "عبّر"), "stance": "accuse"},
    {"speaker": COORDINATORS, "cue": cue(t, "اعتبروا"), "stance": "accuse"},
    {"speaker": COORDINATORS, "cue": cue(t, "دعوا"), "stance": "other"},
    {"speaker": COORDINATORS, "cue": cue(t, "جاء في البيان"), "stance": "accuse"}]})
# --- Jawhara FM: Kim Jong-un threatened North Korea's "traitors", his ambassadors abroad, with a bullet in the head,
# says Kwak Seong, a defected military adviser, to the Mirror. The lead's "هدد ... بقتل من وصفهم الخونة ... برصاصة في
# الرأس" and the body's "كيم وجه هذا التهديد إلى سفراء بيونيانغ في الخارج" and "استدعى سفراء بيونيانغ ... وهدد بقتلهم"
# are one threat: one THREATEN Kim → the ambassadors (decided: a threat to kill is coded though they are his own
# envoys, as a state's arrests of its own citizens are; the summons is folded in), undated (after a defection "صيف
# هذا العام"). "ووصف سيونغ زعيم كوريا الشمالية بأنه يعاني من جنون العظمة" with "كوريا الشمالية سينتهي بها المطاف إلى
# الجحيم ... لأنه يديرها رجال لديهم شهوة ... للتنكيل بالآخرين" is one ACCUSE Kwak → Kim and his regime (README: a
# union's two criticisms of one party are one ACCUSE), undated. Not coded: the defections (nouns, or a relative clause
# with no PLOVER act), Kwak's service, Kim's habitual threats "ضد كل من يعصي أوامره" (habitual and a generic class;
# the content of Kwak's charge). Claims: Kim's هدد (warn; the body's "وهدد بقتلهم" re-tells the same threat, decided:
# one claim, as batches 85–88's retold rebuttal); Kwak's "وفق ما ذكر" (the lead's source, a distinct speaker from the
# doer: assert), نقلت (README: "نقلت X عن Y" with no قوله makes نقلت the cue; assert), قال (assert), ووصف (accuse),
# موضحا (accuse) and the second قال (accuse). The Mirror is a conduit ("وفق ما ذكرت الصحيفة" adds no claim). The
# first وصف of the text is "من وصفهم", inside Kim's threat.
i = 'ant-JA-internationalNews-250-20161216'
t = news_text(i)
KIM = ["Kim Jong-un", "كيم جونغ أون", "كيم", "زعيم كوريا الشمالية", "الزعيم الكوري", "North Korea", "كوريا الشمالية"]
AMBASSADORS = ["North Korean ambassadors abroad", "سفراء بيونيانغ في الخارج", "سفراء بيونيانغ", "traitors", "الخونة"]
KWAK = ["Kwak Seong", "كواك سيونغ", "كواك", "سيونغ"]
recs.append({"id": i, "text": t, "published": "2016-12-16", "events": [
    {"code": "THREATEN", "source": KIM, "target": AMBASSADORS},
    {"code": "ACCUSE", "source": KWAK, "target": KIM}], "claims": [
    {"speaker": KIM, "cue": cue(t, "هدد", 1), "stance": "warn"},
    {"speaker": KWAK, "cue": cue(t, "وفق ما ذكر"), "stance": "assert"},
    {"speaker": KWAK, "cue": cue(t, "نقلت"), "stance": "assert"},
    {"speaker": KWAK, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": KWAK, "cue": cue(t, "وصف", 2), "stance": "accuse"},
    {"speaker": KWAK, "cue": cue(t, "موضحا"), "stance": "accuse"},
    {"speaker": KWAK, "cue": cue(t, "قال", 2), "stance": "accuse"}]})
# --- Jawhara FM (Wednesday 2016-11-09): Ennahda congratulates Donald Trump on his election. "هنأت حركة النهضة ...
# دونالد ترامب" is a congratulation: SUPPORT Ennahda → Trump (batch 20: a congratulation is praise, SUPPORT), dated by
# its statement "في بيان لها اليوم الأربعاء" (decided: the lead's congratulation and the body's views come from the
# same statement, as batch 104 dates a lead by the statement). Not coded: "بالثقة التي منحه إياها الشعب الأمريكي" (the
# election inside the congratulation, background; a passive election is not coded, batches 105–108's call as the
# README states it), the candidates' campaign speeches (no PLOVER act), "مصالح مشتركة تجب رعايتها" (a need, no call
# verb: no REQUEST, README batches 97–100). Claims: هنأت (praise: assert), اعتبرت and أكدت (assert); "وفق نص البيان"
# repeats its sentence's speaker. Trump, then president-elect, lists no state (الولايات المتحدة is named on its own).
i = 'ant-JA-politic-64-09112016'
t = news_text(i)
ENNAHDA = ["Ennahda", "حركة النهضة", "النهضة", "الحركة"]
TRUMP = ["Donald Trump", "دونالد ترامب", "ترامب", "المرشح الجمهوري دونالد ترامب", "الرئيس المنتخب"]
recs.append({"id": i, "text": t, "published": "2016-11-09", "events": [
    {"code": "SUPPORT", "source": ENNAHDA, "target": TRUMP, "date": "2016-11-09"}], "claims": [
    {"speaker": ENNAHDA, "cue": cue(t, "هنأت"), "stance": "assert"},
    {"speaker": ENNAHDA, "cue": cue(t, "اعتبرت"), "stance": "assert"},
    {"speaker": ENNAHDA, "cue": cue(t, "أكدت"), "stance": "assert"}]})
# --- Jawhara FM (Thursday 2017-02-23): the ministries of tourism and of foreign affairs sign a framework agreement to
# promote Tunisian tourism. "وقٌعت كل من وزارة السياحة والصناعات التقليدية ووزارة الشؤون الخارجية، مساء الخميس،
# اتفاقية اطارية" is signing an agreement: SUPPORT (GUIDELINES), the two signers joint subjects, so one reciprocal
# record with no target (batch 78), dated Thursday 2017-02-23 (decided: two ministries of one government signing with
# each other are coded like other signings, as batch 76's two Saudi public bodies; batch 67's two ministries only
# launched a programme of their own). The agreement's aims, the services the foreign ministry will provide, the
# planned tourism days and its "دعوة ممثلي كبرى الشركات" are its content (session 22: no AGREE). "أن بلجيكا رفعت
# اشارات التحذير من السفر الى تونس" is easing a restriction: CONCEDE Belgium → Tunisia (README session 10: lifting
# visas is CONCEDE), undated. Not coded: "الزيارة المرتقبة لوزير الخارجية البلجيكي الى تونس" (a future visit told only
# as a noun, README session 23), the ministry's new criteria for ambassadors and its pledge to back its own envoys
# abroad (internal). Claims: Elloumi's "حسب" (her sentence's only attribution: assert), واضافت and وبينت (assert);
# Jhinaoui's أعلن، مؤكدا، وأوضح، مبينا (assert) and قائلا ("سنعمل على دعمها": promise). "وتطرق الجهيناوي الى" names a
# topic and its content follows in قائلا (one claim); "جدير بالذكر" is the narrator.
i = 'ant-JA-localNews-1667-20170223'
t = news_text(i)
ELLOUMI = ["Salma Elloumi", "سلمي اللومي", "اللومي", "وزيرة السياحة والصناعات التقليدية", "الوزيرة", "Tunisia", "تونس"]
JHINAOUI = ["Khemaies Jhinaoui", "الجهيناوي", "وزير الشؤون الخارجية", "Tunisia", "تونس"]
MINISTRIES = ["Ministry of Tourism and Handicrafts", "وزارة السياحة والصناعات التقليدية", "Ministry of Foreign Affairs",
              "وزارة الشؤون الخارجية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-23", "events": [
    {"code": "SUPPORT", "source": MINISTRIES, "target": [], "date": "2017-02-23"},
    {"code": "CONCEDE", "source": ["Belgium", "بلجيكا"], "target": ["Tunisia", "تونس"]}], "claims": [
    {"speaker": ELLOUMI, "cue": cue(t, "حسب"), "stance": "assert"},
    {"speaker": ELLOUMI, "cue": cue(t, "اضافت"), "stance": "assert"},
    {"speaker": ELLOUMI, "cue": cue(t, "بينت"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "قائلا"), "stance": "promise"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch114.gold.jsonl', recs)
