"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 132 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Friday 2015-07-24): the March 14 general secretariat calls on Hezbollah to return to Lebanon on the
# state's terms; the army tightens security around the Grand Serail before a Free Patriotic Movement protest. "عقدت
# الأمانة العامة لقوى 14 آذار اجتماعها الأسبوعي ... أمس" is one body's own weekly meeting: internal, not coded
# (decided: no other party takes part). "أصدرت بيانا دعت فيه حزب الله للعودة إلى لبنان بشروط الدولة" and "كما طالبت
# الحزب بتسليم سلاحه للأجهزة المختصة" are two demands of one statement on one addressee: one REQUEST → Hezbollah
# (README: one sermon's several calls are one REQUEST), dated 2015-07-23 (the statement followed yesterday's meeting).
# "كما دعا البيان إلى سرعة الكشف عن ملابسات قضية التشيكيين المخطوفين، ووضع حد للفلتان الأمني" names no addressee: a
# second REQUEST with no target (README batches 33–36: a call with no named addressee), dated the same. "وقال ...
# تحظى بغطاء سياسي واضح من حزب الله الذي يكسر هيبة الدولة ويعرض لبنان ... للإحراج" charges Hezbollah with covering
# the kidnappings: ACCUSE → Hezbollah, dated the same. Not coded: the kidnappings of the Czechs, Estonians and Turks
# (nouns with no doer: قضية التشيكيين المخطوفين، حادثة خطف), Hezbollah's repeated announcements of readiness to
# cooperate (a noun, الإعلان المتكرر من "حزب الله"), Iran's return to the international community (a noun), the
# cabinet session (a noun, internal). "فرض الجيش اللبناني إجراءات أمنية مشددة حول محيط مجلس الوزراء والأماكن
# الاستراتيجية، تحسبا لوقوع صدامات" is a security build-up: MOBILIZE with no target (README: tightened checks and
# police securing a vote are MOBILIZE; the feared clashes are a noun), undated (no day). "وحذر الجيش في بيان رسمي كل
# المتظاهرين من مغبة محاولة الاقتراب من السراي، مؤكدا أنه لن يسمح للمتظاهرين بافتعال صدامات" is a warning with a
# threat of force to the protesters of a named movement: THREATEN army → the FPM protesters (decided: a specific
# group named in the previous sentence, not a generic class, so not a claim-only warning), undated. Decided, as
# batches 70 and 112: the bare "مصدر عسكري رفيع" (أكّدَ) is tied to no named institution by the text and makes no
# claim. Claims (the secretariat, through its statement): دعت (other), مشيرة (the indivisible respect of
# international resolutions: assert), طالبت (other), دعا (other), قال (accuse); the army: حذر (warn) and مؤكدا (it will
# not allow clashes, the Serail a red line: warn). No alias holds لبنان (named on its own), so the army keeps no
# state alias.
i = 'snn-2015-07-24-1705'
t = news_text(i)
M14 = ["March 14 Alliance", "قوى 14 آذار", "الأمانة العامة لقوى 14 آذار", "الأمانة العامة", "14 آذار", "البيان",
       "March 14 general secretariat"]
HEZBOLLAH = ["Hezbollah", "حزب الله", "الحزب"]
ARMY = ["Lebanese Army", "الجيش اللبناني", "الجيش"]
FPM_PROTESTERS = ["Free Patriotic Movement protesters", "المتظاهرين", "كل المتظاهرين", "متظاهري عناصر التيار الوطني الحر",
                  "عناصر التيار الوطني الحر", "التيار الوطني الحر", "Free Patriotic Movement"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": M14, "target": HEZBOLLAH, "date": "2015-07-23"},
    {"code": "REQUEST", "source": M14, "target": [], "date": "2015-07-23"},
    {"code": "ACCUSE", "source": M14, "target": HEZBOLLAH, "date": "2015-07-23"},
    {"code": "MOBILIZE", "source": ARMY, "target": []},
    {"code": "THREATEN", "source": ARMY, "target": FPM_PROTESTERS}], "claims": [
    {"speaker": M14, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": M14, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": M14, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": M14, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": M14, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": ARMY, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": ARMY, "cue": cue(t, "مؤكدا"), "stance": "warn"}]})
# --- SaudiNewsNet (Tuesday 2015-08-04): Bosnia and Herzegovina's ambassador Harith Harli visits Naif Arab University
# for Security Sciences and meets its president Jamaan bin Raqoush. "قام ... بزيارة لجامعة نايف ... التقى خلالها رئيس
# الجامعة", with the discussion of scientific cooperation held "خلال الزيارة أمس الأول" (passive, folded in), his tour
# of the college and the university's shield and publications he received at its close (gifts folded in, README:
# troupes visiting hosts are one CONSULT per host, gifts folded in): one CONSULT ambassador → university, the visitor
# as source, dated 2015-08-02 (أمس الأول). "عبر السفير البوسني عن تقديره للجامعة ... مثمناً الدور الكبير ... وأشاد
# بما وصلت إليه الجامعة" is praise: one SUPPORT ambassador → university (GUIDELINES: praise is SUPPORT), dated by the
# visit. His "أكد ... أهمية تطوير التعاون العلمي" is a wish with no pledge: claim only, no AGREE (decided). The
# president's "قدم شرحا" and the staff's explanation give no content of their own: no claims. Claims (the
# ambassador): عبر، مثمناً، أكد، أشاد، عادا, all assert. As a state official he lists his state.
i = 'snn-2015-08-04-1187'
t = news_text(i)
HARLI = ["Harith Harli", "حارث هارلي", "السفير البوسني", "سفير جمهورية البوسنة والهرسك",
         "Bosnia and Herzegovina", "البوسنة والهرسك", "جمهورية البوسنة والهرسك"]
NAUSS = ["Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية", "جامعة نايف", "الجامعة",
         "Jamaan Rashid bin Raqoush", "جمعان رشيد بن رقوش", "بن رقوش"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "CONSULT", "source": HARLI, "target": NAUSS, "date": "2015-08-02"},
    {"code": "SUPPORT", "source": HARLI, "target": NAUSS, "date": "2015-08-02"}], "claims": [
    {"speaker": HARLI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": HARLI, "cue": cue(t, "مثمناً"), "stance": "assert"},
    {"speaker": HARLI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": HARLI, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": HARLI, "cue": cue(t, "عادا"), "stance": "assert"}]})
# --- SaudiNewsNet: the Hejaz Railway museum in Medina opens its doors to summer visitors. A museum opening, its halls
# and the tourism commission's restoration and plans ("الذي نفذته الهيئة العامة للسياحة والتراث الوطني") are no
# PLOVER events; "يذكر أن" is the narrator and no statement is attributed. Nothing coded.
i = 'snn-2015-08-07-0544'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": []})
# --- SaudiNewsNet: Josep Maria Bartomeu re-elected president of FC Barcelona. "أعيد انتخاب جوزيب ماريا بارتوميو" is
# a passive election with implied voters (README: not coded), the members' vote (شارك 47270 منتسبا ... في التصويت)
# the same election; Bartomeu bringing the election forward is the club's own decision; the coach–Messi rift, the
# trophies, the Neymar tax case and the transfer ban (a noun, "عقوبة قاسية بحقه", with no body named) are background
# or sport: no events. Claims: "وقال بارتوميو "التزامنا سيكون هو الاستمرار في التطور ..."": a pledge (promise).
i = 'snn-2015-07-21-2145'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": ["Josep Maria Bartomeu", "جوزيب ماريا بارتوميو", "بارتوميو", "FC Barcelona", "برشلونة",
                 "نادي برشلونة"], "cue": cue(t, "قال"), "stance": "promise"}]})
# --- SaudiNewsNet: the Real Estate Development Fund has financed 773,000 loans since it began. The fund's lending to
# applicants is a state programme's cumulative record towards a generic class of citizens (decided: no AID, as a
# ministry's own programme is not coded; "تمويله" and "صرفه" are nouns); the housing crisis is the narrator's, and
# the undistributed products are passive. No events. Claims: the fund's كشف and مشيرا, "أوضح التقرير" (decided: the
# report is the fund's own, the subject of the article, so the fund speaks), all assert; "ووفقا لوزارة الاسكان" is
# its sentence's only attribution (README batches 8–9): the Housing Ministry's claim, cue وفقا, assert.
i = 'snn-2015-08-08-1205'
t = news_text(i)
REDF = ["Real Estate Development Fund", "صندوق التنمية العقاري", "التقرير"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": REDF, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": REDF, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": REDF, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ["Ministry of Housing", "وزارة الاسكان", "وزارة الإسكان"], "cue": cue(t, "وفقا"),
     "stance": "assert"}]})
# --- SaudiNewsNet (Ain Alyoum, Friday 2015-08-07): a suicide bomber attacks the police academy in Kabul. "قالت الشرطة
# إن انتحاريا هاجم أكاديمية الشرطة في العاصمة الأفغانية اليوم الجمعة", with the official's account of the same
# blast ("فجر مواده الناسفة بين الطلاب"، "تمكن من التسلل وسط طابور من الطلاب") folded in: one ASSAULT bomber → the
# academy and its cadets, dated 2015-08-07 (اليوم الجمعة). Not coded: the truck bomb hours earlier (a noun,
# "تفجير شاحنة ملغومة", no doer) and "وقع التفجير الأخير" (no doer). Claims: "قالت الشرطة" (the Afghan police, a
# state institution), "وقال مسؤول بالشرطة" and وأضاف (decided: an official tied to that police force, like
# GUIDELINES' "مسؤول من حركة حماس"), all assert; "وقالت شبكة تلفزيونية محلية نقلا عن مسؤول بالاسعاف" is the
# ambulance official's claim with cue نقلا (README: "نقلا عن" is the cue of the one quoted, the outlet only passes it
# on; decided: an official of the city's ambulance service is tied to an identifiable public body), assert. The
# closing tag list is no text of its own.
i = 'snn-2015-08-07-0055'
t = news_text(i)
POLICE = ["Afghan police", "الشرطة"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ASSAULT", "source": ["suicide bomber", "انتحاريا", "انتحاري", "المهاجم"],
     "target": ["Kabul police academy", "أكاديمية الشرطة", "الأكاديمية", "الطلاب", "police cadets"],
     "date": "2015-08-07"}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ["police official", "مسؤول بالشرطة"] + POLICE, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ["police official", "مسؤول بالشرطة"] + POLICE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["ambulance official", "مسؤول بالاسعاف", "الاسعاف"], "cue": cue(t, "نقلا"), "stance": "assert"}]})
# --- SaudiNewsNet: artist Munir al-Nimr calls for a touring joint Gulf exhibition against terrorism. "دعا الفنان منير
# النمر، إلى إقامة معرض خليجي مشترك لمكافحة الإرهاب" names no addressee: REQUEST with no target (README batches
# 33–36, batch 112: a call with no named addressee), undated. His painting of ISIS's ruin ("تشبيها منه لوجه داعش") is
# an artwork, not a statement: no ACCUSE and no claim (decided); "مضيفا فيها أشجارا" is painting, not speech; the
# viewers who "نقل ... أن فكرة اللوحة غير مباشرة" are a bare indefinite group: no claim. Claims: دعا (other).
i = 'snn-2015-07-24-1906'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": ["Munir al-Nimr", "منير النمر", "النمر"], "target": []}], "claims": [
    {"speaker": ["Munir al-Nimr", "منير النمر", "النمر"], "cue": cue(t, "دعا"), "stance": "other"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): UEFA rejects Fenerbahce's protest against Shakhtar fielding Fred despite
# doping allegations. "رفض الاتحاد الأوروبي لكرة القدم احتجاجا من فناربخشة" is REJECT UEFA → Fenerbahce (a body's
# ruling on a club's complaint, as README codes refusals of binding rulings; not sport business), undated (no day);
# Fenerbahce's protest is a noun (احتجاجا من فناربخشة) and the allegations have no author (مزاعم): not coded. "النادي
# تلقى نصيحة من الاتحاد الأوروبي بعدم إشراك اللاعب" is UEFA's advice to Shakhtar: REQUEST UEFA → Shakhtar (decided: a
# finite clause with UEFA as the explicit source; a recommendation), undated. "اعترف لوسيسكو بأنه خالف رغبة الاتحاد
# الأوروبي عندما أشرك فريد" (with "قرر مدرب شاختار ... إشراك فريد ... الثلاثاء الماضي") is defying that request:
# REJECT Lucescu/Shakhtar → UEFA (README: praying despite a ban is REJECT, defying it), dated by the match, Tuesday
# 2015-08-04. "وأكد الاتحاد البرازيلي الجمعة الماضي سقوط فريد في اختبار المنشطات" is a federation confirming a
# player's doping failure: ACCUSE CBF → Fred (decided: a finding of a violation, as a committee's finding is an ACCUSE),
# dated Friday 2015-07-31. Not coded: CONMEBOL announcing no sanction and issuing no comment (negated, "declined to
# comment"), the return leg (sport), Fred's Copa América games (sport). Claims: the UEFA spokesman's قال ("الاحتجاج
# قوبل بالرفض": announcing a refusal, deny, README batches 77–80), the CBF's أكد (accuse), Lucescu's اعترف (assert)
# and مبررا (the justification: assert); "رغم اعترافه" in the second paragraph is a noun (no cue).
i = 'snn-2015-08-06-2071'
t = news_text(i)
UEFA = ["UEFA", "الاتحاد الأوروبي لكرة القدم", "الاتحاد الأوروبي"]
FENER = ["Fenerbahce", "فناربخشة"]
SHAKHTAR = ["Shakhtar Donetsk", "شاختار دونيتسك", "شاختار", "النادي"]
LUCESCU = ["Mircea Lucescu", "ميرسيا لوسيسكو", "لوسيسكو"] + SHAKHTAR
CBF = ["Brazilian Football Confederation", "الاتحاد البرازيلي", "CBF"]
FRED = ["Fred", "فريد", "اللاعب"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": UEFA, "target": FENER},
    {"code": "REQUEST", "source": UEFA, "target": SHAKHTAR},
    {"code": "REJECT", "source": LUCESCU, "target": UEFA, "date": "2015-08-04"},
    {"code": "ACCUSE", "source": CBF, "target": FRED, "date": "2015-07-31"}], "claims": [
    {"speaker": ["UEFA spokesman", "متحدث باسم الاتحاد الأوروبي"] + UEFA, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": CBF, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": LUCESCU, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": LUCESCU, "cue": cue(t, "مبررا"), "stance": "assert"}]})
# --- SaudiNewsNet: the Qassim Region Emirate warns against making labourers work in the midday sun. Its warning,
# with the penalties violators face, is addressed to a generic class of employers: claims only (README: a ministry's
# penalty warning to a generic class is a claim only). The Labour Office's inspection teams following up the decision
# and the penalties it lists are its routine enforcement on no named party: no events. Claims: the emirate's حذرت
# (warn), أكدت (a call to abide by the rules: other) and مشيرة (violators will be punished: warn); the Labour Office
# source is tied to a named office (GUIDELINES: anonymous speakers tied to a named institution): أكد (inspections and
# penalties for violators: warn), مبينا (the decision's terms: assert) and لافتا (the fines and closures: warn).
i = 'snn-2015-07-31-2018'
t = news_text(i)
QASSIM = ["Qassim Region Emirate", "إمارة منطقة القصيم", "إمارة القصيم"]
LABOUR = ["Labour Office source", "مصدر بمكتب العمل", "مكتب العمل", "Labour Office"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": [
    {"speaker": QASSIM, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": QASSIM, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": QASSIM, "cue": cue(t, "مشيرة"), "stance": "warn"},
    {"speaker": LABOUR, "cue": cue(t, "أكد", 2), "stance": "warn"},
    {"speaker": LABOUR, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": LABOUR, "cue": cue(t, "لافتا"), "stance": "warn"}]})
# --- SaudiNewsNet (Sunday 2015-07-26): 65 seasonal clubs of the Riyadh education administration open to students
# today. The clubs, their opening and activities are the administration's own programme for its students: no events
# (README: an education administration's business with its own people is a claim only). Claims: the director
# general al-Murshed's قال, مؤكداً (the clubs are in well-equipped schools), مضيفا (registration is free), داعيا
# (a call on parents, a generic class: other, no REQUEST) and the second مؤكدا (open to all); the student-activity
# director Abu Abah's بيّن (the clubs' aims); all assert but the call. No alias holds الرياض (named on its own).
i = 'snn-2015-07-26-0796'
t = news_text(i)
EDU = ["Riyadh education administration", "الإدارة العامة للتعليم", "الإدارة"]
MURSHED = ["Mohammed bin Abdullah al-Murshed", "محمد بن عبدالله المرشد", "المرشد", "المدير العام للتعليم"] + EDU
ABU_ABAH = ["Anwar Abu Abah", "أنور ابو عباة", "ابو عباة", "مدير النشاط الطلابي"] + EDU
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": MURSHED, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MURSHED, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": MURSHED, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": MURSHED, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": MURSHED, "cue": cue(t, "مؤكدا", 2), "stance": "assert"},
    {"speaker": ABU_ABAH, "cue": cue(t, "بيّن"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch132.gold.jsonl', recs)
