"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 35 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Obama, before his Africa tour, wants US–Africa relations to take "a new dimension" (corpus date Friday
# 2015-07-24). The text's "الاربعاء" and "امس الاربعاء" name the day of both the White House reception and Earnest's
# briefing: the weekday wins over the corpus date (batches 14, 29), so Wednesday 2015-07-22; "published" stays the
# corpus date. The lead's "طالب ... بان تأخذ العلاقات ... بعدا جديدا" (re-told by his "اعمل جاهدا كي تأخذ علاقاتنا
# مع افريقيا بعدا جديدا") is a call: REQUEST with no addressee named (GUIDELINES map calls to REQUEST), dated by the
# speech. His praise of Africa and Africans ("مكان ديناميكي", "اناس مهمون", "الاكثر فرحا والاكثر تفاؤلا") is one
# SUPPORT towards Africa, dated likewise. "خلال استقباله في البيت الابيض دبلوماسيين" is a prepositional masdar
# framing the speech, not the news: not coded (as batch 29 leaves a press conference). "وبدأ اوباما أمس جولة في
# نيروبي وكينيا" is past in its main verb: CONSULT with Kenya (the relative "التي سيقوم باول زيارة لها" and the
# lead's "الذي يبدأ جولة في افريقيا" re-tell it); undated, since its أمس fits neither the corpus day nor the
# Thursday the text's "امس الاربعاء" implies (batch 9 leaves self-contradicting dates undated). "قبل ان يتوجه الى
# اثيوبيا" is a future visit: AGREE with Ethiopia (batch 29), undated. The Kenyan civil aviation authority publishing
# his arrival details (a relative clause) is disclosure, no PLOVER event. Claims: Obama's طالب، قال، اضاف، مشيرا،
# اشار، قال ايضا، اضاف; Earnest's اعلن (the "متحدث باسم البيت الابيض" the next sentence names), قال، اضاف، اوضح.
i = 'snn-2015-07-24-1355'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك اوباما", "اوباما", "الرئيس الاميركي", "United States", "الولايات المتحدة"]
EARNEST = ["Josh Earnest", "جوش ايرنست", "ايرنست", "White House spokesman", "متحدث باسم البيت الابيض",
           "United States", "الولايات المتحدة"]
AFRICA = ["Africa", "افريقيا", "القارة الافريقية", "Africans", "الافارقة", "الشعب الافريقي"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": OBAMA, "target": [], "date": "2015-07-22"},
    {"code": "SUPPORT", "source": OBAMA, "target": AFRICA, "date": "2015-07-22"},
    {"code": "CONSULT", "source": OBAMA, "target": ["Kenya", "كينيا", "Nairobi", "نيروبي"]},
    {"code": "AGREE", "source": OBAMA, "target": ["Ethiopia", "اثيوبيا"]}], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "اضاف", 1), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "اشار"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "اضاف", 2), "stance": "assert"},
    {"speaker": EARNEST, "cue": cue(t, "اعلن"), "stance": "assert"},
    {"speaker": EARNEST, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": EARNEST, "cue": cue(t, "اضاف", 3), "stance": "assert"},
    {"speaker": EARNEST, "cue": cue(t, "اوضح"), "stance": "assert"}]})
# --- Al-Yaum: a delegation of Al-Uyun notables and former educators pays an honouring visit to Sheikh Ibrahim
# al-Husaini, the first director of education in Al-Ahsa. The visit is CONSULT, the visitors the source and the host
# the target (GUIDELINES; batch 30 codes the Hofuf majlis visits so), undated (no day in the text). The honouring
# itself ("قدم وفد العيون درعا تذكارية", and the two members' gifts "قدم ... هدية تذكارية"، "قدم ... هدية مماثلة")
# is praise in deed (CAMEO 05x): decided one SUPPORT, the delegation (with its members) the source, since the shield
# and both gifts are one ceremony's tokens from the same visitors. Al-Husaini's "معربا عن اعتزازه بالعمل معهم مؤكدا
# أنهم كانوا على قدر من الامانة والإخلاص" is praise of his former students: SUPPORT and two claims (assert); "رحب ...
# بطلابه" is a welcome that states nothing (batch 22). Coordinating the visit (نسق) is the delegation's own business,
# the shared memories and the dinner are part of the visit. العيون is named on its own (مدينة العيون), so no alias
# holds it (batch 30).
i = 'snn-2015-07-26-1206'
t = news_text(i)
DELEGATION = ["Al-Uyun delegation", "وفد", "الوفد", "وجهاء", "طلابه", "former students",
              "Mubarak al-Salim", "مبارك السليم", "صالح بن سعد السليم", "صالح السليم", "محمد بن عثمان الكليب",
              "مبارك بن محمدالسليم", "أحمد بن سعد الكليب", "أحمد بن علي السليم", "صالح بن علي الدعيج",
              "سلمان بن صالح الغريب", "سعد بن صالح السليم", "عبدالعزيز بن مبارك السليم", "عبدالعزيز بن أحمد الكليب"]
HUSAINI = ["Ibrahim al-Husaini", "ابراهيم الحسيني", "الحسيني"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "CONSULT", "source": DELEGATION, "target": HUSAINI},
    {"code": "SUPPORT", "source": DELEGATION, "target": HUSAINI},
    {"code": "SUPPORT", "source": HUSAINI, "target": DELEGATION}], "claims": [
    {"speaker": HUSAINI, "cue": cue(t, "معربا"), "stance": "assert"},
    {"speaker": HUSAINI, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
# --- Sabq: the Asir health directorate denies a patient's social-media allegations of abuse at the Abha maternity
# hospital. "أكدت ... أنه لا صحة لما يتم تداوله ... وما ذكر على لسانها" is an explicit denial of an accusation whose
# author the text names (the patient, "على لسانها"): REJECT of her, dated by the statement's "تم اليوم المرور على
# المريضات" (the check was made today, so the statement too: 2015-08-02). Decided: the patient, anonymous but tied to
# a named hospital and a named operation day, is an identifiable speaker, so her reported allegations are claims and
# events: "ما ذكر على لسانها بأنها تعرضت للإساءة ... من 3 ممرضين ... وطبيب" and "وذكرت مدير المستشفى ... وأنه ترك
# للعاملين الفرصة ليعبثوا" are one ACCUSE of the hospital's staff and director; "وذكرت أن والدها تقدم بشكوى إلى إدارة
# المستشفى" is her father's separate, historical formal complaint (CAMEO 114, batches 30–31): a second ACCUSE, alleged
# (the directorate says none arrived); both undated. "خاطبت الجهات المختصة لاتخاذ الإجراءات النظامية بحق من قام
# بإشاعة مثل هذه الأكاذيب" is a legal complaint against the rumour-spreaders (CAMEO 115, as batch 28 codes a lawsuit):
# ACCUSE with no target (the spreaders are not named), undated. "على حد ما ذكر" repeats its sentence's speaker: no
# claim. Stances: the directorate's أكدت، أوضحت، مؤكدة (no complaint arrived) and لفتت (today's check of the patients)
# rebut: deny; "تؤكد ... أنها تحتفظ بحقها في الرد" warns; منوهة reports legal action against "liars": accuse. أبها is
# named on its own (the byline), so no alias holds the hospital's full name.
i = 'snn-2015-08-02-1228'
t = news_text(i)
DIRECTORATE = ["Asir Health Affairs Directorate", "المديرية العامة للشؤون الصحية بمنطقة عسير",
               "المديرية العامة للشؤون الصحية", "المديرية", "Saudi Arabia"]
PATIENT = ["patient", "مريضة", "المريضة"]
STAFF = ["hospital staff", "ممرضين سعوديين", "طبيب عربي", "ممرضتين سعوديتين", "hospital director", "مدير المستشفى",
         "hospital", "المستشفى", "إدارة المستشفى"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REJECT", "source": DIRECTORATE, "target": PATIENT, "date": "2015-08-02"},
    {"code": "ACCUSE", "source": PATIENT, "target": STAFF},
    {"code": "ACCUSE", "source": ["patient's father", "والدها"], "target": STAFF},
    {"code": "ACCUSE", "source": DIRECTORATE, "target": []}], "claims": [
    {"speaker": DIRECTORATE, "cue": cue(t, "أكدت"), "stance": "deny"},
    {"speaker": PATIENT, "cue": cue(t, "ذكر", 1), "stance": "accuse"},
    {"speaker": PATIENT, "cue": cue(t, "ذكرت", 1), "stance": "accuse"},
    {"speaker": PATIENT, "cue": cue(t, "ذكرت", 2), "stance": "accuse"},
    {"speaker": DIRECTORATE, "cue": cue(t, "أوضحت"), "stance": "deny"},
    {"speaker": DIRECTORATE, "cue": cue(t, "مؤكدة"), "stance": "deny"},
    {"speaker": DIRECTORATE, "cue": cue(t, "لفتت"), "stance": "deny"},
    {"speaker": DIRECTORATE, "cue": cue(t, "تؤكد"), "stance": "warn"},
    {"speaker": DIRECTORATE, "cue": cue(t, "منوهة"), "stance": "accuse"}]})
# --- Al-Yaum (Dunya al-Riyada): Al-Ettifaq's reported interest in Al-Orouba keeper Rafi al-Ruwaili. Transfer talks,
# offers and a player's return after his club accepted his apology are sport business (batches 26 and 32): no events.
# The outlet's own section ("دنيا الرياضة اجرت اتصالا"، "قد أشارت في عدد الخميس الماضي") is the narrator. Claims:
# al-Ruwaili's اكد (assert), قال (no official contact or request has reached him: deny), أشار and أضاف (assert); and
# "حسب ما صرّح به وكيل أعمال اللاعب غرم العمري", which attributes the outlet's earlier report to a different speaker
# (the agent), so a claim with the whole phrase as cue (batches 8–9). The keeper's list leaves out "حارس العروبة"
# (it holds العروبة, his club, named on its own).
i = 'snn-2015-07-25-0914'
t = news_text(i)
RUWAILI = ["Rafi al-Ruwaili", "رافع الرويلي", "الرويلي"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": [
    {"speaker": RUWAILI, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": RUWAILI, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": RUWAILI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": RUWAILI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Gharm al-Omari", "غرم العمري", "العمري", "player's agent", "وكيل أعمال اللاعب"],
     "cue": cue(t, "حسب ما صرّح به"), "stance": "assert"}]})
# --- Okaz: a widow, Umm Abdulrahman, lives on charity in Medina. No events. Her statements are claims (she is the
# story's identified subject, by kunya and initials): أوضحت and مشيرة, both assert.
i = 'snn-2015-07-26-1378'
t = news_text(i)
UMM = ["Umm Abdulrahman", "أم عبدالرحمن", "ز-ع-ع", "الأرملة"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": UMM, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": UMM, "cue": cue(t, "مشيرة"), "stance": "assert"}]})
# --- Jawhara FM: Head of Government Habib Essid at the governors' seminar today, Saturday (2016-05-21), asks the
# governors to spend two thirds of their time in the field. Decided: a head of government instructing, criticising
# and warning the governors (whom his government appoints) and recommending tasks to his own ministers is internal
# government direction, like a minister with his own agency (batch 31) and one state body instructing another: no
# events (no REQUEST, ACCUSE or THREATEN). His dissatisfaction with the governors–MPs relationship criticises a state
# of affairs between two other parties, no party's act; the MPs' "المطالبة باقالة الوالي" is a masdar in his
# description. Claims, all Essid's: طالب (other), أعرب (dissatisfaction: accuse), the quoted "الذي قال «إنهم ما زالوا
# يرابطون»" (accuse), داعيا (other), نبه (he will take measures: warn), مشددا (assert), "فأكد على ضرورة" (a
# recommendation: other), موصيا (other), عبر (accuse), مؤكدا (ضرورة تجاوز: other), "الذي وصفه ب«غير المقبول»" (a
# distinct evaluation, as batches 11, 21, 22 count وصف: accuse), أوصى (other). "وفق تعبيره" repeats its sentence's
# speaker; "تطرق ... إلى" announces a topic, the statement being the next verb.
i = 'ant-JA-politic-384-20160521'
t = news_text(i)
ESSID = ["Habib Essid", "الحبيب الصيد", "الصيد", "رئيس الحكومة", "Tunisian Head of Government", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-05-21", "events": [], "claims": [
    {"speaker": ESSID, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ESSID, "cue": cue(t, "أعرب"), "stance": "accuse"},
    {"speaker": ESSID, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": ESSID, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": ESSID, "cue": cue(t, "نبه"), "stance": "warn"},
    {"speaker": ESSID, "cue": cue(t, "مشددا"), "stance": "assert"},
    {"speaker": ESSID, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": ESSID, "cue": cue(t, "موصيا"), "stance": "other"},
    {"speaker": ESSID, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": ESSID, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": ESSID, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": ESSID, "cue": cue(t, "أوصى"), "stance": "other"}]})
# --- Jawhara FM: police units in Moknine and Teboulba dismantled a five-member burglary gang yesterday, Wednesday
# (2015-06-10). Dismantling a gang (arrests) is COERCE by the named units, the gang the target, dated. The thefts
# (passive, and a theft is not ASSAULT) and the seizure of the loot (passive, part of the same operation) are not
# coded. "وفق ما أفاد به مصدر امني" is a bare security source (GUIDELINES exclude مصادر أمنية): no claim; "يذكر أن"
# is the narrator. المكنين and طبلبة are named only inside the units' names; the aliases leave them out anyway.
i = 'ant-JA-society-209-20150611'
t = news_text(i)
POLICE = ["Tunisian police", "police", "فرقة الشرطة العدلية", "الشرطة العدلية", "فرقة الطريق العمومي",
          "منطقة الأمن الوطني", "مركز الأمن", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-06-11", "events": [
    {"code": "COERCE", "source": POLICE,
     "target": ["burglary gang", "gang", "عصابة", "عصابة متكونة من 5 أشخاص", "فتاة", "الفتاة"],
     "date": "2015-06-10"}], "claims": []})
# --- Jawhara FM: Najib Ben Cheikha (urban water, Ministry of Equipment) today, Thursday (2016-09-08), asks citizens
# not to throw waste into the rain drains. دعا (with his أكد on the need to avoid it) is one REQUEST to the citizens,
# dated. The ministry's cleaning of 700 km of channels is passive and internal work: not coded. Claims: دعا (other),
# أكد (a recommendation: other), قال (the works done and the flooding after 7 mm: assert); "بحسب تعبيره" repeats its
# sentence's speaker; the programme is the conduit.
i = 'ant-JA-localNews-4627-20160908'
t = news_text(i)
BENCHEIKHA = ["Najib Ben Cheikha", "نجيب بن شيخة", "بن شيخة", "Ministry of Equipment",
              "وزارة التجهيز والإسكان والتهيئة الترابية", "وزارة التجهيز", "مسؤول وزارة التجهيز", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-09-08", "events": [
    {"code": "REQUEST", "source": BENCHEIKHA, "target": ["citizens", "المواطنين"], "date": "2016-09-08"}], "claims": [
    {"speaker": BENCHEIKHA, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": BENCHEIKHA, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": BENCHEIKHA, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Jawhara FM: two associations' statements today (2017-03-02) on violence in Tunisian sport. The Tunisian
# association "Sport, Health and Development" condemns practices of club officials and athletes (لإدانة: ACCUSE of
# them, the doers the text names) and calls club officials to restraint (REQUEST) and the state to remind the clubs of
# the legal framework (a second REQUEST: a distinct addressee); all dated. The referees' association calls referees
# to wear a red armband in the next round's matches "تنديدا بالأحداث الأخيرة وتضامنا مع زملائهم": an announced protest,
# THREATEN (CAMEO 133, as the README's announced protests and batches 8–9's strike decision), no target (the events
# denounced have no named doer), dated; its purpose is the same statement, no separate ACCUSE. Claims: the first
# association's "أصدرت ... بيانا ... لإدانة" (the light verb as cue, as batch 29 takes أطلقت for أطلقت تحذيرا; accuse),
# حذرت (warn), إعتبرت (accuse), دعت and "كما دعت" (other); the referees' "دعت فيه" (other; its أصدرت is the same
# statement). Neither association keeps a bare "الجمعية"/"الجمعية التونسية", which the other's name would share
# (batch 32 does so with two clubs).
i = 'ant-JA-sport-613-20170302'
t = news_text(i)
SHD = ["Tunisian Association Sport, Health and Development", "الجمعية التونسية رياضة ، صحة و تنمية",
       "الجمعية التونسية رياضة صحة وتنمية"]
REFEREES = ["Tunisian Football Referees Association", "الجمعية التونسية لحكام كرة القدم"]
recs.append({"id": i, "text": t, "published": "2017-03-02", "events": [
    {"code": "ACCUSE", "source": SHD, "target": ["club officials", "المسييرين", "المسيرين", "athletes", "الرياضيين"],
     "date": "2017-03-02"},
    {"code": "REQUEST", "source": SHD,
     "target": ["sports clubs' officials", "المسؤولين في الجمعيات الرياضية", "الجمعيات الرياضية"], "date": "2017-03-02"},
    {"code": "REQUEST", "source": SHD, "target": ["the state", "الدولة", "Tunisia"], "date": "2017-03-02"},
    {"code": "THREATEN", "source": REFEREES, "target": [], "date": "2017-03-02"}], "claims": [
    {"speaker": SHD, "cue": cue(t, "أصدرت", 1), "stance": "accuse"},
    {"speaker": SHD, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": SHD, "cue": cue(t, "إعتبرت"), "stance": "accuse"},
    {"speaker": SHD, "cue": cue(t, "دعت", 1), "stance": "other"},
    {"speaker": SHD, "cue": cue(t, "دعت", 2), "stance": "other"},
    {"speaker": REFEREES, "cue": cue(t, "دعت", 3), "stance": "other"}]})
# --- Jawhara FM ("Politica", today, Monday 2017-05-29): Libyan journalist Nabil Sakkani says calm has returned to
# Tripoli after clashes. "مهاجمة مجموعة محسوبة على حكومة الإنقاذ مجمع قصور الضيافة ... وأطلقت النار في منطقة بوسليم"
# has its doer (the masdar's subject, then a finite verb): one ASSAULT on the GNA units holding the complex, the
# complex in their list (attacked places, batch 11); undated (the clashes have no day). His "مبينا أن الطرف المحسوب
# على حكومة الإنقاذ انتهك الهدنة" charges that side: ACCUSE (as batch 29 codes a writer's charges), dated by the
# programme; the violation itself is the same attack. "المجموعات التي أطلقت النار ... ترفض الخروج سلميا" is a refusal
# with an explicit actor: REJECT with no target (who asks them to leave is not named), undated. "المجرمين المسلحين،
# يقومون بعمليات اختطاف ويطالبون فدية" is a clause with a (vague) doer, as batch 28's مجهولان: one ASSAULT (abduction),
# no target, undated; the ransom demand belongs to the kidnapping (batch 28: asking for money is no REQUEST). Not
# coded: the Presidential Council's decision tasking the presidential guard commander and the GNA interior minister
# (one body instructing its own officials, batch 31); the conditional "فإن قوّة السلاح ستكون الحل", which has no
# speaker; the GNA units controlling the complex (a state, no act). Claims: أكد (assert), أوضح (assert), مبينا
# (accuse) and "وفق الإعلامي الليبي", its sentence's only attribution (assert).
i = 'ant-JA-internationalNews-960-20170529'
t = news_text(i)
SAKKANI = ["Nabil Sakkani", "نبيل السكّني", "نبيل السكني", "السكّني", "السكني", "الإعلامي الليبي"]
SALVATION = ["Government of National Salvation", "Salvation government forces", "حكومة الإنقاذ",
             "مجموعة محسوبة على حكومة الإنقاذ", "الطرف المحسوب على حكومة الإنقاذ", "المجموعة التابعة لحكومة الإنقاذ",
             "المجموعات التي أطلقت النار"]
GNA = ["Government of National Accord", "GNA", "حكومة الوفاق الوطني", "حكومة الوفاق",
       "وحدات تابعة لحكومة الوفاق الوطني", "Guest Palaces complex", "مجمع قصور الضيافة"]
recs.append({"id": i, "text": t, "published": "2017-05-29", "events": [
    {"code": "ASSAULT", "source": SALVATION, "target": GNA},
    {"code": "ACCUSE", "source": SAKKANI, "target": SALVATION, "date": "2017-05-29"},
    {"code": "REJECT", "source": SALVATION, "target": []},
    {"code": "ASSAULT", "source": ["armed criminals", "المجرمين المسلحين"], "target": []}], "claims": [
    {"speaker": SAKKANI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SAKKANI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SAKKANI, "cue": cue(t, "مبينا"), "stance": "accuse"},
    {"speaker": SAKKANI, "cue": cue(t, "وفق"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch35.gold.jsonl', recs)
