"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 135 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Sabq (Riyadh): patient-safety researcher Sultan al-Mutairi calls on Health Minister Khalid al-Falih to make
# mobile health a priority. "طالب ... بضرورة الاستفادة من تطبيقات الصحة المتنقلة" and "قال ... إنه ينبغي على وزير
# الصحة خالد الفالح، أن يضع مجال الصحة المتنقلة ... من ضمن الأولويات" are one demand addressed to the minister by name:
# one REQUEST al-Mutairi → al-Falih (GUIDELINES: calls and demands → REQUEST; the lead and the قال sentence re-tell one
# call), undated (no day in the text). Not coded: the examples of what mobile devices can do (no actor acts on
# another), the doctor prescribing a drug (hypothetical). The headline is outside the text. Claims: طالب (other),
# قال (the recommendation to the minister: other), بيّن، أضاف، "كشف عن وجود" and "اختتم حديثه بأن" (descriptions of
# uses and benefits: assert). Sabq is the outlet he spoke to, no speaker. Al-Falih, a state official, lists his
# ministry and Saudi Arabia.
i = 'snn-2015-07-26-1421'
t = news_text(i)
MUTAIRI = ["Sultan al-Mutairi", "سلطان المطيري", "المطيري", "الباحث والمدرب في سلامة المرضى والصحة المتنقلة"]
FALIH = ["Khalid al-Falih", "خالد الفالح", "الفالح", "وزير الصحة", "Saudi Ministry of Health", "وزارة الصحة",
         "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": MUTAIRI, "target": FALIH}], "claims": [
    {"speaker": MUTAIRI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": MUTAIRI, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": MUTAIRI, "cue": cue(t, "بيّن"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "اختتم"), "stance": "assert"}]})
# --- SaudiNewsNet: the Dhahran Cooperative Office for Call and Guidance (Siraj) honours the staff, preachers and
# volunteers of its Ramadan camp. "كرم المكتب التعاوني ... (سراج) جميع العاملين والدعاة والمتطوعين الذين ساهموا في
# انجاح أكبر مخيم رمضاني" is honouring in deed: SUPPORT (README: an honour is SUPPORT; batch 40 codes a programme
# honouring its own participants), Siraj → those honoured, undated (no day). Decided: its chairman al-Duwaihi's "عبر
# ... عن شكره وتقديره لجميع العاملين والمتطوعين والداعمين ... ولرجال الاعلام" is the same recognition of the same
# people at the same occasion, folded into that SUPPORT (he joins its source, the supporters and media men its target
# list), not a second event. Al-Habshan's "عبر ... عن مشاعر الغبطة لنجاح هذا المخيم ... والتي فاقت التوقعات" praises
# the camp Siraj ran: SUPPORT al-Habshan → Siraj (GUIDELINES: praise → SUPPORT; decided, as his words name what is
# praised), undated. "كما وعد بتقديم العون لمثل هذه المشاريع" is a pledge to a generic class of projects with no
# named counterpart: a promise claim, no AGREE (README: a vague pledge with no counterpart is no AGREE). "مما يذكر
# أن" is the narrator; the camp's figures (converts, meals, lectures, an Umrah trip "نجح المخيم في تنظيم") are its own
# activity with no actor acting on another: not coded. Claims: al-Duwaihi's عبر (thanks: assert), al-Habshan's عبر
# (praise: assert) and وعد (promise). Al-Habshan keeps no title form (it holds الدمام, named on its own); Siraj's
# full name keeps الظهران, named only inside it.
i = 'snn-2015-07-26-0418'
t = news_text(i)
SIRAJ = ["Siraj", "سراج", "(سراج)", "Cooperative Office for Call and Guidance in Dhahran",
         "المكتب التعاوني للدعوة والارشاد وتوعية الجاليات بالظهران", "المكتب التعاوني للدعوة والارشاد وتوعية الجاليات",
         "المكتب التعاوني"]
DUWAIHI = ["Adel al-Duwaihi", "عادل الضويحي", "الضويحي", "رئيس مجلس إدارة (سراج)"]
HABSHAN = ["Mohammed al-Habshan", "محمد الحبشان", "الحبشان"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "SUPPORT", "source": SIRAJ + DUWAIHI,
     "target": ["camp workers, preachers and volunteers", "جميع العاملين والدعاة والمتطوعين", "العاملين والدعاة والمتطوعين",
                "العاملين", "الدعاة", "المتطوعين", "العاملين والمتطوعين والداعمين", "الداعمين", "رجال الاعلام"]},
    {"code": "SUPPORT", "source": HABSHAN, "target": SIRAJ + ["Ramadan camp", "المخيم", "أكبر مخيم رمضاني"]}],
    "claims": [
    {"speaker": DUWAIHI + SIRAJ, "cue": cue(t, "عبر", 1), "stance": "assert"},
    {"speaker": HABSHAN, "cue": cue(t, "عبر", 2), "stance": "assert"},
    {"speaker": HABSHAN, "cue": cue(t, "وعد"), "stance": "promise"}]})
# --- SaudiNewsNet (AFP-style report): a bear kills a tourist in Yellowstone; bears suspected of eating part of the
# body. The attackers are animals, not actors (README: a shark is no actor; batch 110's bull): no ASSAULT, and the
# rangers setting traps for the bears and the plan to put down the one that attacked (passive "فسيتم القضاء عليها")
# act on animals: no events. "عثر على جثة الضحية" is passive; "يحرص المتنزه على نشر التحذيرات" is a standing practice
# (no statement). Claims: "حسبما ذكرت السلطات" is its sentence's only attribution (batch 10 takes "حسبما ذكرت" so; the
# authorities are those of the named park, decided, not a bare source): assert; "على ما أفاد حراس الغابات" (the
# park's rangers, a group tied to the named park: assert); "وجاء في بيان صادر عن المتنزه" (cue جاء, as batches 60 and
# 100: the park's statement, assert); Dan Wenk's قال (assert); "وجدد مسؤولون هناك، التذكير بتعليمات السلامة" (the
# park's officials, tied to the named park; reminders of safety rules: other, the light verb as cue, as README's
# "أطلقت … تحذيرا"). "تقول الأسطورة" is figurative (no claim). No list holds واشنطن or مونتانا (named on their own).
i = 'snn-2015-08-10-0129'
t = news_text(i)
PARK = ["Yellowstone National Park", "متنزه يلوستون", "يلوستون", "المتنزه"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": ["Yellowstone authorities", "السلطات"] + PARK, "cue": cue(t, "حسبما ذكرت"), "stance": "assert"},
    {"speaker": ["park rangers", "حراس الغابات", "الحراس"] + PARK, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": PARK, "cue": cue(t, "جاء"), "stance": "assert"},
    {"speaker": ["Dan Wenk", "دان وينك", "وينك", "مسؤول المتنزه"] + PARK, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["Yellowstone officials", "مسؤولون هناك", "مسؤولون"] + PARK, "cue": cue(t, "جدد"),
     "stance": "other"}]})
# --- SaudiNewsNet: the 15th Arab conference of heads of criminal investigation and forensic departments, held over two
# days at the General Secretariat of the Council of Arab Interior Ministers in Tunis, closes with recommendations.
# "دعا المؤتمر ... إلى تطوير برامج الأجهزة الأمنية وتوطيد علاقاتها مع المؤسسات الإعلامية" and "أوصى المؤتمر ...
# بالتوسع في تدابير المراقبة الإلكترونية" are calls with no named addressee: one REQUEST with no target (README: a call
# with no addressee is a REQUEST with no target; decided: the two unaddressed recommendations of one closing session are
# one call, as README's one sermon's several calls). "شدد المؤتمر على أهمية قيام المؤسسات المالية والمصرفية بتعزيز
# تدابير الرقابة" is a call on a named sector: REQUEST → financial institutions (README: a call on named sectors is a
# REQUEST to them). "كما دعا الدول الأعضاء إلى تعزيز التعاون فيما بينها" is a REQUEST → the member states (decided:
# coded, though the conference gathers their own officials, as its addressees are states, not the conference's own
# staff). "وكان المؤتمر الذي انعقد بمشاركة ممثلين عن وزارات الداخلية في الدول العربية وجامعة الدول العربية وجامعة
# نايف ... قد ناقش" is a conference of several bodies at the Secretariat's seat: one CONSULT, the participants the
# source and the host Secretariat the target (README: a conference's participants CONSULT the host). All undated (no
# day; "على مدى يومين" gives a span only). Claims, all the conference's: دعا ×2, أوصى and شدد (calls and
# recommendations: other). "قد ناقش" reports no content (no claim); the caption "د.كومان" is no statement. No list
# holds تونس (named on its own).
i = 'snn-2015-07-31-0934'
t = news_text(i)
CONF = ["15th Arab Conference of Heads of Criminal Investigation and Forensic Evidence Departments",
        "المؤتمر العربي الخامس عشر لرؤساء أجهزة المباحث والأدلة الجنائية", "المؤتمر العربي الخامس عشر", "المؤتمر"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": CONF, "target": []},
    {"code": "REQUEST", "source": CONF,
     "target": ["financial and banking institutions", "المؤسسات المالية والمصرفية", "المؤسسات المالية"]},
    {"code": "REQUEST", "source": CONF, "target": ["Arab League member states", "الدول الأعضاء"]},
    {"code": "CONSULT",
     "source": CONF + ["Arab interior ministries", "ممثلين عن وزارات الداخلية في الدول العربية", "وزارات الداخلية",
                       "Arab League", "جامعة الدول العربية", "Naif Arab University for Security Sciences",
                       "جامعة نايف العربية للعلوم الأمنية", "جامعة نايف"],
     "target": ["General Secretariat of the Council of Arab Interior Ministers",
                "الأمانة العامة لمجلس وزراء الداخلية العرب", "مجلس وزراء الداخلية العرب", "الأمانة العامة"]}],
    "claims": [
    {"speaker": CONF, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": CONF, "cue": cue(t, "أوصى"), "stance": "other"},
    {"speaker": CONF, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": CONF, "cue": cue(t, "دعا", 2), "stance": "other"}]})
# --- Ain Al-Youm: stray celebratory gunfire falling into homes alarms parents in Wadi al-Dawasir. The shooting is told
# only as nouns with no shooter ("استمرار سقوط الأعيرة النارية"، "سقوط طلق ناري"): no ASSAULT. "وطالب العديد من
# الأهالي في وادي الدواسر باتخاذ إجراءات نظامية رادعة" is a demand with no named addressee: REQUEST with no target
# (README: a petition's demand with no addressee); decided: the resident's passive "تم تقديم شكوى رسمية للجهات
# المعنية لوضع حد لتك الظواهر" is the same call for action put to unnamed bodies and blames no one (README: complaints
# that blame no one are no ACCUSE), so it is folded into that REQUEST. Undated ("ليلة البارحة" dates the one
# resident's scare, not the demand). Claims: the parents and residents are tied to a named area (README: batch 69's
# farmers, batch 51's bakers), so they speak: أبدى (their dismay and fear: accuse, as batch 69's grievance), the
# first أكد (assert), the second "وأكد الأحد الأهالي" (a typo for أحد الأهالي: one resident of that group, assert),
# his أضاف (the complaint filed: assert) and طالب (other). The byline is no speaker. No list holds وادي الدواسر
# (named on its own).
i = 'snn-2015-07-31-0121'
t = news_text(i)
RESIDENTS = ["Wadi al-Dawasir residents", "عدد من أولياء الأمور", "أولياء الأمور", "الأهالي", "العديد من الأهالي",
             "أحد الأهالي"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": RESIDENTS, "target": []}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "أبدى"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": RESIDENTS, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": RESIDENTS, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": RESIDENTS, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- Okaz: the number of women intending to stand in the municipal elections rises to 70; the Baladi initiative plans
# awareness seminars. "المبادرة سوف تعقد ندوات توعوية للناخبات ... لحثهن على ممارسة حقهن" is the initiative's own
# awareness campaign to a generic class (README: a company's awareness campaign urging subscribers is no REQUEST; a
# vague pledge with no counterpart is no AGREE): not coded; nor the training programme, the candidates registering
# (a generic class) or "ارتفع عدد السيدات" (a count). "يذكر أن برنامج التوعية تشرف عليه مبادرة (بلدي) ... ومؤسسة
# الوليد بن طلال الخيرية ... لتقديم الرعاية للمرشحات" is background by the narrator listing supervisors, with no
# verb of cooperation (README batch 40: no COOPERATE without a "بالتعاون مع"): decided not coded. Claims: Naila Attar's
# أبلغت (the initiative will hold seminars: promise, its own planned action), بينت and أوضحت (assert). Okaz is the
# recipient, no speaker; "وفق الجدول الزمني المعتمد من الوزارة" cites a schedule (no claim). Her list holds no bare
# "بلدي" (it would overlap "المجلس البلدي") and no form holding جدة (named on its own).
i = 'snn-2015-07-26-1325'
t = news_text(i)
ATTAR = ["Naila Attar", "نائلة عطار", "عطار", "الدكتورة نائلة عطار", "Baladi initiative", "مبادرة (بلدي)",
         "مبادرة بلدي", "المبادرة"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": ATTAR, "cue": cue(t, "أبلغت"), "stance": "promise"},
    {"speaker": ATTAR, "cue": cue(t, "بينت"), "stance": "assert"},
    {"speaker": ATTAR, "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-08-03): the Saudi Fund for Development signs a SR187m export-guarantee cooperation
# agreement with the Saudi British Bank (SABB). "وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي
# البريطاني" (re-told by "تم توقيع اتفاقية التعاون بمقر الصندوق يوم الخميس ١٤/١٠/١٤٣٦ه، حيث وقعها عن الصندوق ...
# البسام، وعن البنك ... السيف") is one signing: SUPPORT from the signer in the lead to its party (README: a
# cooperation-agreement signing is SUPPORT from signer to party, its purpose no AGREE), dated by the Thursday the text
# gives, 14 Shawwal 1436 = 2015-07-30 (a Thursday; the most recent one before the corpus date). Decided: the
# guarantees the fund provides "فيها" are the agreement's content (its purpose), not a separate AID. Not coded: what
# the agreement will enable (future, no act). Claims: al-Ghannam's أوضح (assert). He heads the fund's export
# programme ("من خلال برنامجه الخاص بالصادرات السعودية"), so his list holds the fund. The headline is outside the text.
i = 'snn-2015-08-03-0688'
t = news_text(i)
SFD = ["Saudi Fund for Development", "الصندوق السعودي للتنمية", "الصندوق", "Youssef al-Bassam",
       "يوسف بن إبراهيم البسام", "البسام"]
SABB = ["Saudi British Bank", "SABB", "البنك السعودي البريطاني", "Fahd al-Saif", "فهد بن عبدالجليل السيف", "السيف"]
GHANNAM = ["Ahmed al-Ghannam", "أحمد بن محمد الغنام", "الغنام", "Saudi Exports Program", "برنامج الصادرات السعودية",
           "Saudi Fund for Development", "الصندوق السعودي للتنمية"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "SUPPORT", "source": SFD, "target": SABB, "date": "2015-07-30"}], "claims": [
    {"speaker": GHANNAM, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Al-Weeam: the Saudi Credit and Savings Bank opens applications for jobs at its branches. An administrative notice
# (README: administrative notices, calls to applicants, are claims only): no events. Claims, all the bank's: أعلن
# (the opening: assert), أوضح (the cities: assert), أشار (the two-week window: assert) and أضاف (whom to call with
# inquiries: an instruction, other). The closing "رابط الخبر بصحيفة الوئام" is a credit line (no claim); the staff
# listed with their numbers make no statement. Decided: the bank keeps no Saudi Arabia alias (a state lender, but not
# an official of the state as earlier batches list it).
i = 'snn-2015-08-07-1140'
t = news_text(i)
SCSB = ["Saudi Credit and Savings Bank", "البنك السعودي للتسليف والادخار", "البنك"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": [
    {"speaker": SCSB, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": SCSB, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SCSB, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": SCSB, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- SaudiNewsNet (AFP; Thursday 2015-08-06): Obama warns on Wednesday (2015-08-05) that Congress rejecting the Iran
# nuclear deal would mean war. His speech "دافع فيه عن هذا الاتفاق" defends the deal, which endorses no party
# (batch 46: Kerry's defence of the deal is no SUPPORT). Decided: the warning that a rejection by Congress would leave
# only war describes consequences and neither calls on Congress in words nor charges it with an act: a warn claim, no
# REQUEST or ACCUSE (unlike batch 46's "يستحق إقرار الكونغرس", an explicit appeal). Not coded: the lifting of
# sanctions (a noun), Iran's future use of the money for "terrorist activities" (a passive prediction inside his
# statement, no doer acting now), the Iranians spending on their people (a "should"). No events. Claims: حذر (warn),
# قال (the quoted war warning: warn), اقر (the admission about the money: assert, decided, as a concession rather than
# a charge) and اعتبر (his view of how the money should be spent: assert). Obama lists the United States.
i = 'snn-2015-08-06-0492'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك اوباما", "اوباما", "US President", "الرئيس الاميركي", "United States"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": OBAMA, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": OBAMA, "cue": cue(t, "اقر"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "اعتبر"), "stance": "assert"}]})
# --- Ain Al-Youm (Jeddah, 2015-08-04): King Abdulaziz University signs a three-year research cooperation agreement
# with the University of Oxford. "وقع مدير جامعة الملك عبدالعزيز ... اليوبي, اليوم اتفاقية تعاون علمي وبحثي ... تجمع
# قسم الكيمياء الحيوية ... مع قسم الطب السريري ومركز أبحاث ... بجامعة أكسفورد" is a signing: SUPPORT KAU (al-Youbi)
# → Oxford (README: a signing is SUPPORT from signer to party), dated by اليوم (2015-08-04). The agreement's
# contents (exchange of staff and students, use of labs) are its purpose, no AGREE (README). Decided: al-Youbi's
# praise of Oxford ("مشيراً إلى أن جامعة أكسفورد من الجامعات العريقة") is part of the same signing's recognition,
# folded into that SUPPORT. Claims: Choudhry's أوضح and مبيناً (assert); al-Youbi's أكد, مشيراً and واصفاً (assert).
# The trailing tags ("سمات ...") are no text of a claim.
i = 'snn-2015-08-04-0077'
t = news_text(i)
KAU = ["King Abdulaziz University", "جامعة الملك عبدالعزيز", "قسم الكيمياء الحيوية بكلية العلوم بجامعة الملك عبدالعزيز",
       "قسم الكيمياء الحيوية"]
YOUBI = ["Abdulrahman al-Youbi", "عبد الرحمن بن عبيد اليوبي", "عبدالرحمن اليوبي", "اليوبي"] + KAU
OXFORD = ["University of Oxford", "جامعة أكسفورد", "أكسفورد", "قسم الطب السريري",
          "مركز أبحاث الفسيولوجيا الخلوية والوراثة البشرية"]
CHOUDHRY = ["Hani Choudhry", "هاني شودري", "شودري", "الباحث الرئيس للاتفاقية"] + KAU
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "SUPPORT", "source": YOUBI, "target": OXFORD, "date": "2015-08-04"}], "claims": [
    {"speaker": CHOUDHRY, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": CHOUDHRY, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": YOUBI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": YOUBI, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": YOUBI, "cue": cue(t, "واصفاً"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch135.gold.jsonl', recs)
