"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 113 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Al-Ahli's investment and marketing team readies the season-ticket sale and looks for
# "accessories". Designing and pricing the club's own tickets, bringing in merchandise and the team's staff travelling
# abroad are the club's own business: no events; the friendly draw with Neuchâtel is sport (batches 26, 32, 45–48) and
# the closing "الأمير فهد بن خالد ... كان أول من بادر" is a cut-off sentence with no act. "وقال، ما يتردد حول تحديد
# قيمة سعر البطاقة العضوية الموسمية ... غير صحيح" is an explicit denial of a rumour with no named author: REJECT with
# no target (README, batches 15–16, 49–52 and 61–64), undated; the Twitter report two sentences later is bare social
# media, not named as the rumour's author (decided: no target). "لا توجد هناك أي نية ... لتخفيض سعر الأطقم" answers no
# named request: a claim only (decided), stance deny (a refusal announced, batches 77–80; as batches 97–100 take
# "أكد أنه لن يتم طرد"). Claims of Abdullah Batarji: أكد (the sale starts in days: assert), قال (deny), أضاف (the
# accessories: assert), بين (deny) and مؤكدا (prices set by cost: assert, distinct content). "وكانت وسائل الاتصال
# الاجتماعي (تويتر) قد أشارت" is bare media (GUIDELINES): no claim; "يشار إلى أن" is the narrator.
i = 'snn-2015-08-06-0569'
t = news_text(i)
BATARJI = ["Abdullah Batarji", "عبدالله بترجي", "بترجي", "Al-Ahli investment and marketing team",
           "فريق عمل الاستثمار والتسويق", "Al-Ahli", "النادي الأهلي", "الأهلي"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": BATARJI, "target": []}], "claims": [
    {"speaker": BATARJI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BATARJI, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": BATARJI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BATARJI, "cue": cue(t, "وبين"), "stance": "deny"},
    {"speaker": BATARJI, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
# --- Ain Alyoum: broadcaster Ali al-Ghufaili mourns his colleague Saud al-Dosari, who died on Friday in Paris. The
# death (وافته المنية) has no doer, and dedicating his Twitter account as ongoing charity for the dead man is mourning:
# no events (README: obituaries, mourning and prayers are neither events nor claims). But statements under a
# reporting verb are claims (README: a tweet stating the dead man's merits; batches 69–72, 81–84: a wish under a
# reporting verb). "أعلن ... عن تبرعه بأن يكون حسابه ... صدقة جارية" and "حيث أكد في تغريدة له: حسابي سيكون صدقة
# جارية ..." report the same statement (the quote adds only a prayer): one claim, cue أعلن, stance promise (a pledge)
# (decided). "قال فيها: أفتح سجل المكالمات ... ليتني قلت لك إني أحبك" and "وأضاف في تغريدة أخرى: أبكيتني كثيراً
# ..." are two more tweets with distinct content: two claims, assert. His followers' "وصفها متابعوه بالموجعة" is a
# bare group: no claim. The byline (لجين الأحمدي – عين اليوم) and the closing tags are no claims.
i = 'snn-2015-08-10-0031'
t = news_text(i)
GHUFAILI = ["Ali al-Ghufaili", "علي الغفيلي", "الغفيلي", "الإعلامي السعودي علي الغفيلي"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": GHUFAILI, "cue": cue(t, "أعلن"), "stance": "promise"},
    {"speaker": GHUFAILI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": GHUFAILI, "cue": cue(t, "وأضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-07-25): Tunisian security units kill one of the most wanted terrorists and arrest 12
# in Bizerte governorate. "نفذت الوحدات الأمنية التونسية ... عملية أمنية واسعة النطاق شملت مدينتي سجنان ومنزل بورقيبة
# ... أسفرت عن مقتل أحد أخطر الإرهابيين المطلوبين وإيقاف ثمانية آخرين وحجز كمية من الأسلحة" is an operation with its
# doer: one ASSAULT (the killing) and one COERCE (the arrests, the seized weapons folded in), as batches 105–108 code
# an army's arrests and killings in one sentence. "وفي منزل بورقيبة تم إيقاف أربعة إرهابيين" is a passive arrest in
# the same operation, which the lead says covered both towns (8 + 4 = the headline's 12): folded into that COERCE
# (decided). The exchange of fire is a noun (batches 77–80: clashes told only as nouns) and folds into the operation.
# "الذي تحصن رابعهم بمنزل متخذا زوجته وابنته الرضيعة كرهينتين" is hostage-taking with its doer (a participle clause
# with the fourth man as subject): ASSAULT (CAMEO 181, abduct or take hostage) the fourth terrorist → his wife and
# baby daughter (decided). "قام بتسليم نفسه" is his surrender: RETREAT (CAMEO 0874, retreat or surrender) → the
# security units (decided); his father's pressure is a noun. All undated: the operation ran "منذ فجر الخميس وحتى صباح
# الجمعة" (two days; batches 89–92: an overnight raid across two days is undated). Not coded: the weapons found (acts
# on no party), the surveillance (a noun) and the cells' intended attack (an intention). No claims: "حسب شهود عيان"
# and "وفق بعض المعطيات الأولية" are bare sources (GUIDELINES). The terrorists' list holds no form of the fourth man.
i = 'snn-2015-07-25-0871'
t = news_text(i)
TN_UNITS = ["Tunisian security units", "الوحدات الأمنية التونسية", "الوحدات الأمنية", "Tunisia", "تونس"]
TERRORISTS = ["terrorists", "الإرهابيين", "أحد أخطر الإرهابيين المطلوبين", "ثمانية آخرين", "أربعة إرهابيين",
              "إرهابيين", "المجموعة", "هذه الخلايا", "الخلايا"]
FOURTH = ["fourth terrorist", "رابعهم"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "ASSAULT", "source": TN_UNITS,
     "target": ["most wanted terrorist", "أحد أخطر الإرهابيين المطلوبين", "الإرهابيين المطلوبين", "الإرهابيين"]},
    {"code": "COERCE", "source": TN_UNITS, "target": TERRORISTS},
    {"code": "ASSAULT", "source": FOURTH,
     "target": ["his wife and baby daughter", "زوجته", "ابنته الرضيعة", "زوجته وابنته الرضيعة", "رهينتين"]},
    {"code": "RETREAT", "source": FOURTH, "target": TN_UNITS}], "claims": []})
# --- SaudiNewsNet: the Riyadh Literary Club holds an Eid reception for Riyadh's intellectuals on Sunday 10 Shawwal
# (26 July 2015), with the development of Souk Okaz as its theme. The Eid reception for a generic class
# (intellectuals) is a greeting (batches 31–32: Eid greetings are no events; batch 104: notices to a generic class);
# setting the theme, honouring the club's own former Kharj committee (a verbal noun, and inside one club: batches
# 73–76, 104) and re-forming and staffing that committee are the club's own business: no events. The meeting of the
# clubs' heads with the Souk Okaz team is a noun (background), its recommendations nouns. Claims of Abdullah
# al-Haidari: أوضح (the reception and its theme: assert) and أَضاف (the open floor and the honouring: assert).
# "الجدير ذكره" is the narrator.
i = 'snn-2015-07-21-2277'
t = news_text(i)
HAIDARI = ["Abdullah al-Haidari", "عبدالله الحيدري", "الحيدري", "Riyadh Literary Club", "النادي الأدبي بالرياض",
           "النادي الأدبي", "رئيس مجلس إدارة النادي"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": HAIDARI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": HAIDARI, "cue": cue(t, "وأَضاف"), "stance": "assert"}]})
# --- SaudiNewsNet: Saudi Telecom officials pay an Eid visit to kidney patients of the Kelana charity at Dar Al-Arab
# medical centre in Riyadh. "قام عدد من مسؤولي الاتصالات السعودية بزيارة معايدة لعدد من مرضى الفشل الكلوي التابعين
# لجمعية ... كلانا" (with Abdullah al-Fahad's tour of the charity and visit to the patients "بحضور المدير التنفيذي
# للجمعية") is one hospital visit: CONSULT STC → the patients and the receiving charity director (batches 56 and 86),
# undated; the gifts are a courtesy of the visit (batch 56), the get-well wish nothing (README). "الدغيثر الذي قام
# بتكريم الشركة بدرع تكريمي" is an honour in a relative clause with its doer: SUPPORT Kelana's director → STC (batches
# 17, 45–48: a shield or honour is SUPPORT), undated. "عبر المرضى عن شكرهم وتقديرهم للاتصالات السعودية" is thanks with
# praise: SUPPORT patients → STC (batch 56), and a claim (the visited patients, tied to a named charity, speak, as batch
# 56's patients), assert. STC's support for the charity and its donation number are the reasons of the honour and the
# thanks ("تقديرا لدورها"، "وما تقدمه من دعم"), folded into them (decided: no AID of their own). Kelana's list keeps no
# form holding مرضى الفشل الكلوي (the patients' name), so its full name is cut before "لرعاية".
i = 'snn-2015-08-01-0659'
t = news_text(i)
STC = ["Saudi Telecom Company", "STC", "الاتصالات السعودية", "مسؤولي الاتصالات السعودية", "Abdullah al-Fahad",
       "عبدالله الفهد"]
PATIENTS = ["kidney patients", "مرضى الفشل الكلوي", "المرضى"]
KELANA = ["Kelana", "كلانا", "Prince Fahd bin Salman Charity", "جمعية الأمير فهد بن سلمان الخيرية", "الجمعية",
          "Abdullah al-Dughaither", "عبدالله الدغيثر", "الدغيثر", "المدير التنفيذي للجمعية"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "CONSULT", "source": STC, "target": PATIENTS + KELANA},
    {"code": "SUPPORT", "source": KELANA, "target": STC},
    {"code": "SUPPORT", "source": PATIENTS, "target": STC}], "claims": [
    {"speaker": PATIENTS, "cue": cue(t, "عبر"), "stance": "assert"}]})
# --- Jawhara FM (Friday 2016-12-23): a Libyan airliner with 118 passengers is hijacked to Malta. The GNA foreign
# ministry forming a crisis room is its own step: no event. The hijacking ("تم اختطاف طائرة ليبية ... قبل أن يتم
# إجبارها على التوجه إلى مالطا") is passive, but the text names its doers throughout (خاطفو الطائرة، who say they
# belong to "الفاتح الجديد"): one ASSAULT (CAMEO 1813 hijacking) hijackers → the airliner and its passengers (decided,
# as batch 89–92's "its perpetrator" doer), undated (the text gives no day). "خاطفو الطائرة يطالبون بتأمين ممر آمن
# للمسلحين المتبقين في قنفوذة" is a demand with no addressee named: REQUEST with no target (the fighters are its
# beneficiaries); "هددا بتفجيرها إذا لم تتم تلبية مطالبهما" is the conditional threat: THREATEN → the airliner (the
# hostage threatened, batch 41's ultimatum), as batches 85–88 give a demand and its conditional threat a REQUEST and
# a THREATEN; both undated. Claims: "وفق ما أوردته وكالة الأنباء الليبية" (its sentence's only attribution: LANA,
# assert); the interim government spokesman's قال (assert; tied to a named government); the hijackers' قالا (assert)
# and هددا (warn), embedded speech that Sky News passes on ("أورد موقع سكاي نيوز": a conduit, batches 81–84).
# "وكانت مصادر إعلامية قد أكدت" is bare media: no claim. The airliner's list holds no bare الطائرة (inside the
# hijackers' name).
i = 'ant-JA-internationalNews-82-23122016'
t = news_text(i)
HIJACKERS = ["hijackers", "خاطفو الطائرة", "خاطفي الطائرة", "Al-Fateh al-Jadid", "الفاتح الجديد"]
PLANE = ["Libyan airliner", "طائرة ليبية", "118 مسافرا", "passengers"]
recs.append({"id": i, "text": t, "published": "2016-12-23", "events": [
    {"code": "ASSAULT", "source": HIJACKERS, "target": PLANE},
    {"code": "REQUEST", "source": HIJACKERS, "target": []},
    {"code": "THREATEN", "source": HIJACKERS, "target": PLANE}], "claims": [
    {"speaker": ["Libyan News Agency", "LANA", "وكالة الأنباء الليبية"], "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": ["Libyan interim government spokesman", "الناطق باسم الحكومة الليبية المؤقتة",
                 "Libyan interim government", "الحكومة الليبية المؤقتة"], "cue": cue(t, "وقال"), "stance": "assert"},
    {"speaker": HIJACKERS, "cue": cue(t, "قالا"), "stance": "assert"},
    {"speaker": HIJACKERS, "cue": cue(t, "هددا"), "stance": "warn"}]})
# --- Jawhara FM (Tuesday 2017-02-28): Human Rights Watch says today that Angela Merkel will visit Tunisia on 3 March
# and Cairo on 2 March 2017, with migration the main file. The scheduled visits are one AGREE per destination
# (README; batches 36 and 78 date them by the day the text fixes): Merkel → Tunisia, 2017-03-03; Merkel → Egypt,
# 2017-03-02; the meetings with the two presidents and officials and the planned talks on migration and returns
# ("وتعتزم ... مناقشة") fold into them (a visit and the meeting it holds are one). HRW's "الزيارتين تأتي في الوقت الذي
# تبحث فيه الدول الأوروبية عن سبل لتصدير مسؤوليتها تجاه المهاجرين" criticises the European states (and the EU, whose
# deal with Turkey it names as the model): ACCUSE HRW → European states; Judith Sunderland's warning of "صفقات
# مشبوهة" is the same criticism by HRW's own official, folded in (decided, as batches 93–96's two officials describing
# the same attackers are one ACCUSE with two claims). "ويواجه المهاجرون، الذين يضبطون وهم يحاولون مغادرة مصر ...
# الاعتقال في ظروف بالغة السوء، بحسب المنظمة" criticises detention with no detainer named: ACCUSE with no target
# (batches 93–96: torture with no torturer named). "اضافت أنه ليس لدى تونس إطار قانوني لحماية اللاجئين" criticises
# Tunisia's law: ACCUSE HRW → Tunisia (batches 105–108: calling a state's law unfair). The three ACCUSEs are dated
# 2017-02-28 (decided: one HRW report, which the lead dates with اليوم, as batch 104 dates a statement's parts by the
# lead's day). The EU–Turkey deal is a noun (background). "وكانت السلطات التونسية مرارأكدت لا تملك الوسائل أو القدرة
# على استضافة الأشخاص" states an incapacity that answers no request the sentence names: a claim only, stance deny (a
# refusal announced, batches 77–80) (decided); its cue is the whole glued token مرارأكدت (a typo for مرارا أكدت).
# Claims: HRW's أفادت (assert), قالت (accuse), بحسب (its sentence's only attribution: accuse) and اضافت (accuse);
# Sunderland's نبهت (warn); the Tunisian authorities' مرارأكدت (deny). Merkel lists Germany; the European states'
# list holds no ألمانيا (Merkel's).
i = 'ant-JA-localNews-1967-20170228'
t = news_text(i)
HRW = ["Human Rights Watch", "HRW", "منظمة هيومن رايتس واتش", "هيومن رايتس واتش", "هيومن رايتس ووتش",
       "المنظمة الحقوقية"]
SUNDERLAND = ["Judith Sunderland", "جوديث ساندرلاند", "ساندرلاند"] + HRW
MERKEL = ["Angela Merkel", "أنجيلا ميركل", "ميركل", "المستشارة الألمانية", "Germany", "ألمانيا"]
TUNISIA = ["Tunisia", "تونس", "Tunisian authorities", "السلطات التونسية"]
EGYPT = ["Egypt", "مصر", "Cairo", "القاهرة"]
EUROPE = ["European states", "الدول الأوروبية", "European Union", "الاتحاد الأوروبي"]
recs.append({"id": i, "text": t, "published": "2017-02-28", "events": [
    {"code": "AGREE", "source": MERKEL, "target": TUNISIA, "date": "2017-03-03"},
    {"code": "AGREE", "source": MERKEL, "target": EGYPT, "date": "2017-03-02"},
    {"code": "ACCUSE", "source": SUNDERLAND, "target": EUROPE, "date": "2017-02-28"},
    {"code": "ACCUSE", "source": HRW, "target": [], "date": "2017-02-28"},
    {"code": "ACCUSE", "source": HRW, "target": TUNISIA, "date": "2017-02-28"}], "claims": [
    {"speaker": HRW, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": HRW, "cue": cue(t, "وقالت"), "stance": "accuse"},
    {"speaker": SUNDERLAND, "cue": cue(t, "ونبهت"), "stance": "warn"},
    {"speaker": HRW, "cue": cue(t, "بحسب"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "اضافت"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "مرارأكدت"), "stance": "deny"}]})
# --- Jawhara FM (Monday 2017-02-20): Libyan journalist Nabil al-Sokli says on the "Politika" programme that a convoy
# carrying Fayez al-Sarraj, Abdulrahman al-Swehli and Najmi al-Nakoua came under heavy fire. "تعرض موكب يضم ... إلى
# إطلاق نار كثيف من قبل مجموعة مسلحة مازالت مجهولة" is a passive with its agent (an unknown armed group is an explicit
# doer, README session 10): ASSAULT armed group → the three (one compound target; the journalist's later "المستهدف هو
# عبد الرحمان السويحلي" re-tells it), undated (no day in the text). "ولم تم القبض على عناصرها" is negated. "الأطراف
# المذكورة الثلاث تعقد الآن اجتماعا عاجلا" is a meeting of three parties: one reciprocal CONSULT with all three as
# source and no target (README: a meeting of two parties is one reciprocal CONSULT), undated (decided: "الآن" is the
# time of the broadcast, which the text does not date); its purpose (للإعلان عن موقف) is no event. The presidency
# receiving warnings from an unnamed source is no event. Claims of al-Sokli: أكد (the attack), وأضاف (the meeting),
# مؤكدا (no casualties among the leaders: distinct content), وقال (the target was Swehli) and موضحا (the cars were
# not in the convoy); all assert.
i = 'ant-JA-internationalNews-321-20170220'
t = news_text(i)
SOKLI = ["Nabil al-Sokli", "نبيل السوكلي", "السوكلي", "الإعلامي الليبي نبيل السوكلي"]
LEADERS = ["Fayez al-Sarraj", "فائز السراج", "السراج", "Presidential Council", "المجلس الرئاسي الليبي",
           "Abdulrahman al-Swehli", "عبد الرحمان السويحلي", "السويحلي", "High Council of State",
           "المجلس الأعلى لدولة ليبيا", "Najmi al-Nakoua", "نجمي الناكوع", "الناكوع", "Presidential Guard",
           "الحرس الرئاسي الليبي", "الشخصيات السياسية"]
recs.append({"id": i, "text": t, "published": "2017-02-20", "events": [
    {"code": "ASSAULT", "source": ["unknown armed group", "مجموعة مسلحة", "مجموعة مسلحة مازالت مجهولة"],
     "target": LEADERS + ["convoy", "موكب"]},
    {"code": "CONSULT", "source": LEADERS + ["الأطراف المذكورة الثلاث"], "target": []}], "claims": [
    {"speaker": SOKLI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SOKLI, "cue": cue(t, "وأضاف"), "stance": "assert"},
    {"speaker": SOKLI, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": SOKLI, "cue": cue(t, "وقال"), "stance": "assert"},
    {"speaker": SOKLI, "cue": cue(t, "موضحا"), "stance": "assert"}]})
# --- Jawhara FM (Sunday 2017-05-21): police in Shanxi, northern China, say today they arrested two men for hunting a
# rare wild macaque. "ذكرت الشرطة المحلية ... أنها اعتقلت رجلين لمزاعم قيامهما باصطياد قرد" with "واعتقل الرجلان
# بتهمة الصيد غير المشروع" (re-told; the charge folded in, README session 10: arrested and charged) and the highway
# patrol's interception "وتم اعتراض الرجلين من قبل دورية للأمن" (the stop that led to the arrest, folded in as batch
# 93–96 folds the police going to the spot) is one COERCE police → the two men, undated (an arrest announced on a day
# is undated, batches 89–92). "وأظهر التحقيق أن المشتبه فيهما ... قاما بتصويب سهام مهدئة على قرد" is the police
# investigation's finding naming the suspects: ACCUSE police → the two men (README: investigations that name the
# culprit), undated. The hunt itself targets an animal, no actor (batches 101–104: a shark is no actor); the tip-off
# to the Yuncheng police is passive with no doer. Claims: the police's ذكرت (the arrest announced: assert, as batch
# 104's arrest announcement) and the investigation's أظهر (accuse; batch 88 takes "بين التحقيق" as a claim). The
# police list keeps no form holding شانشي or يونتشنغ (named on their own as places).
i = 'ant-JA-diverse-393-20170521'
t = news_text(i)
POLICE = ["Shanxi police", "الشرطة المحلية", "Yuncheng public security police", "شرطة إدارة الأمن العام",
          "security patrol", "دورية للأمن", "investigation", "التحقيق", "China", "الصين"]
MEN = ["two men", "رجلين", "الرجلين", "الرجلان", "المشتبه فيهما"]
recs.append({"id": i, "text": t, "published": "2017-05-21", "events": [
    {"code": "COERCE", "source": POLICE, "target": MEN},
    {"code": "ACCUSE", "source": POLICE, "target": MEN}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "وأظهر"), "stance": "accuse"}]})
# --- Jawhara FM (Friday 2016-01-22): the Tunis stock exchange closes in the red, hit by the protests in several
# regions. Market moves and company results are no PLOVER events; the protests are a noun with no named doer (README:
# nominalised background events are not coded). No statement is attributed: nothing coded.
i = 'ant-JA-economy-260-20160122'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-01-22", "events": [], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch113.gold.jsonl', recs)
