"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 96 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Madina: Wilson Center analyst Henri Barkey says ISIS, accused by Erdogan of the Suruc bombing, wants to
# "kill two birds with one stone". Erdogan's accusation ("بعد اتهامه من قبل الرئيس التركي ... بتنفيذ تفجير سوروج") is
# a masdar in a time phrase, nominal background (as batch 20 leaves "اغتيال الزواري من قبل الموساد"): neither event
# nor claim. Barkey's "يبدو أن هذا الهجوم نفذه داعش ... فهم يستهدفون الأكراد في تركيا" is a clause with its doer
# (alleged): one ASSAULT ISIS → the Kurds, undated (the text gives no day for the bombing). "مجموعة واحدة ... تمكنت من
# إدماء داعش بصورة جدية فهم الأكراد السوريون" is a historical clause with a named doer (README, batches 37–40):
# ASSAULT Syrian Kurds → ISIS, undated; its "بدعم من أمريكا" is a prepositional noun (decided: nominal, no SUPPORT).
# "في يوم الجمعة كان هناك تجمع لعدد كبير من مؤيدي التنظيم خارج اسطنبول والقوا خطابات هاجموا فيها الحكومة التركية":
# the gathering is an existential noun, the finite "القوا خطابات هاجموا فيها" a verbal attack on the government:
# ACCUSE ISIS supporters → Turkish government (decided: speeches attacking a government, not a PROTEST, since the
# rally is a supporters' gathering), dated by the Friday the text gives (2015-07-17). Not coded: the pursuit of ISIS
# members (بدء ملاحقات, a noun with no doer), Ankara's past hesitation (a state of mind), the security services' "لم
# تقم ... بأي خطوة" (negated). Decided: an analyst's attribution of an attack is analysis, not a denunciation, so no
# ACCUSE Barkey → ISIS. Claims: قال ×2 (the first assert, the second accuse: it names ISIS as the attacker), "وتابع
# قائلا" (one statement, cue تابع, as batch 37 takes "وأضاف بن سمار قائلا": assert) and أضاف (assert). Aliases
# holding تركيا or سوريا (named on their own) are left out ("الأكراد في تركيا"), and the supporters keep no form holding
# التنظيم or ISIS (ISIS's own names). The Kurds ISIS targets and the Syrian Kurds share الأكراد; they stand on opposite
# sides of ISIS, so both keep their surface forms (decided).
i = 'snn-2015-07-22-0582'
t = news_text(i)
BARKEY = ["Henri Barkey", "هنري باركي", "باركي", "Wilson Center", "مركز وودروويلسن"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "التنظيم"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ASSAULT", "source": ISIS, "target": ["Turkish Kurds", "الأكراد", "Suruc bombing victims", "سوروج"]},
    {"code": "ASSAULT", "source": ["Syrian Kurds", "الأكراد السوريون"], "target": ISIS},
    {"code": "ACCUSE", "source": ["supporters of the organisation", "مؤيدي", "عدد كبير من مؤيدي"],
     "target": ["Turkish government", "الحكومة التركية", "Turkey", "تركيا", "أنقرة", "Ankara"],
     "date": "2015-07-17"}], "claims": [
    {"speaker": BARKEY, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": BARKEY, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": BARKEY, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": BARKEY, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Al-Weam: Jeddah's Al-Birr Society opens 1,500 points to receive zakat al-fitr. Opening collection points and
# collecting zakat are the charity's own work; the distribution to poor families and orphans is told as a purpose
# (لكي تستقبل ... وتسلمها) and a yearly habit, to generic classes, so no AID (decided; batch 53's AID had named
# recipients and a handing-over that took place); the written mandate from the families is no PLOVER event. Claims:
# the society's أكدت and its chairman Batterjee's أوضح, both assert. The credit line (رابط الخبر بصحيفة الوئام) is a
# byline. Aliases holding جدة (named on its own) are left out ("جمعية البر بجدة").
i = 'snn-2015-07-21-1601'
t = news_text(i)
BIRR = ["Al-Birr Society", "جمعية البر", "الجمعية"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": BIRR, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": ["Mazen Batterjee", "مازن بن محمد بترجي", "بترجي", "رئيس مجلس إدارة الجمعية"] + BIRR,
     "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Okaz: a suicide bomber kills 15 in a crowded market in Almar, Faryab (northern Afghanistan). "فجر
# انتحاري نفسه في سوق مزدحمة" names its doer (a suicide bomber, as README's condemnation targets انتحاري): one ASSAULT
# with the dead and the market in the target, dated by أمس (2015-07-22); the governor's "فجر انتحاري سترته الناسفة"
# and the police chief's "فجر نفسه بالقرب من عربة عسكرية" re-tell it ("هذا الصباح" is the source copy's time of the
# governor's announcement, decided; the lead's أمس fixes the day). "يكثف المتمردون هجومهم الصيفي السنوي" and "يصعد
# متمردو طالبان هجماتهم ضد أهداف حكومية وأجنبية" are one ongoing campaign (README: al-Shabaab's attacks told three
# ways are one ASSAULT): ASSAULT Taliban → government and foreign targets, undated. The police chief's "أقمنا حاجزا
# للبحث عنه" is a checkpoint set up by a named force: MOBILIZE with no target (README: a police deployment and
# tightened border checks are MOBILIZE), dated with the attack (2015-07-22). Not coded: peace talks (nouns, future),
# "لم تعلن أي جهة مسؤوليتها" (negated), the first toll. Claims: governor Barez's أعلن، تابع، مضيفا (1st) and police
# chief Saif's قال and مضيفا (2nd), all assert; "بحسب المعلومات الاستخباراتية" inside his quote adds no claim.
# Officials list their state.
i = 'snn-2015-07-23-1155'
t = news_text(i)
BAREZ = ["Abdul Sattar Barez", "عبد الستار بارز", "بارز", "حاكم الولاية", "governor of Faryab", "Afghanistan",
         "أفغانستان"]
SAIF = ["Saif", "سيف", "قائد الشرطة المحلية", "local police", "الشرطة المحلية", "Afghanistan", "أفغانستان"]
BOMBER = ["suicide bomber", "انتحاري", "انتحاريا", "منفذ الهجوم"]
TALIBAN = ["Taliban", "طالبان", "حركة طالبان", "متمردو طالبان", "المتمردون", "insurgents"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": BOMBER,
     "target": ["victims", "15 شخصا", "نساء وأطفال", "civilians", "المدنيين", "جندي أفغاني", "market", "سوق مزدحمة",
                "سوق", "السوق", "Almar", "المار"], "date": "2015-07-22"},
    {"code": "ASSAULT", "source": TALIBAN,
     "target": ["Afghan government", "الحكومة", "أهداف حكومية", "government and foreign targets",
                "أهداف حكومية وأجنبية", "Afghanistan", "أفغانستان"]},
    {"code": "MOBILIZE", "source": SAIF, "target": [], "date": "2015-07-22"}], "claims": [
    {"speaker": BAREZ, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": BAREZ, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": BAREZ, "cue": cue(t, "مضيفا", 1), "stance": "assert"},
    {"speaker": SAIF, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SAIF, "cue": cue(t, "مضيفا", 2), "stance": "assert"}]})
# --- Al-Weam: Makkah road security arrests a citizen carrying 1,982 Captagon pills past the Al-Sail checkpoint.
# "تمكن رجال أمن الطرق من ضبط مواطن" is COERCE, undated (no day in the text); "تمت متابعته واستيقافه" and the search
# re-tell it (passive); handing him and the seizure "لجهة الاختصاص" is passive and internal. "وفي التفاصيل" is the
# narrator; the credit line a byline. No claims. Aliases holding مكة (named on its own) are left out.
i = 'snn-2015-07-31-1531'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "COERCE", "source": ["Road Security", "رجال أمن الطرق", "أمن الطرق", "رجال القوة الخاصة لأمن الطرق",
                                  "القوة الخاصة لأمن الطرق", "Saudi Arabia", "السعودية"],
     "target": ["citizen", "مواطن", "مواطن سعودي", "شخصا مترجلا", "الشخص"]}], "claims": []})
# --- Al-Jazirah: the CEO of the Royal Commission in Yanbu, Alaa Nassief, chaired yesterday (2015-08-03) the periodic
# meeting of the smart-city team, attended by two general managers of the Bayanat company. A meeting of a state body
# with a company's executives is not an internal deliberation (batch 51 codes a working session with the state-owned
# chemical group): one CONSULT, the attending company as source (README: the visitor is the source) and the
# Commission, which chaired it, as target, dated by أمس. The agenda (تطرق الاجتماع) and the Commission's own
# infrastructure work (قامت بتطوير) are no PLOVER events. Claims: Nassief's أوضح (assert); "يذكر أن" is the
# narrator. Aliases holding ينبع (named on its own) are left out ("الهيئة الملكية بينبع").
i = 'snn-2015-08-04-0379'
t = news_text(i)
RCY = ["Alaa Nassief", "علاء بن عبدالله نصيف", "نصيف", "Royal Commission for Yanbu", "الهيئة الملكية",
       "Saudi Arabia"]
BAYANAT = ["Bayanat", "شركة بيانات", "Ismail al-Ghamdi", "إسماعيل الغامدي", "الغامدي", "Omar al-Rashid",
           "عمر الرشيد", "الرشيد"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "CONSULT", "source": BAYANAT, "target": RCY, "date": "2015-08-03"}], "claims": [
    {"speaker": RCY, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Jawhara FM: parliament's finance committee, meeting on Wednesday (2017-05-17) at the Bardo, calls on PM Youssef
# Chahed to study ways to cancel the 29 March decree waiving late-payment penalties on social-security contributions.
# "دعت لجنة المالية ... رئيس الحكومة ... لدراسة الصيغ العملية لالغاء الامر" is REQUEST committee → Chahed; "اعتبر
# النواب ... ان الامر المذكور غير مطابق للدستور" and "ابرز اعضاء اللجنة أن الامر الحكومي ... يتعارض مع احكام
# الدستور" are one criticism of the government's decree (README: the judges' several verbs are one ACCUSE): ACCUSE
# committee → government; both dated by the meeting (the call is the meeting's outcome). Not coded: the decree itself
# and its terms (legislation acting on no named party, batch 52), the committee's own meeting and its decision to
# write to the Speaker (MPs asking their own parliament are internal, README session 22), and "تم ... توجيه اسئلة
# كتابية الى رئيس الحكومة" (decided: a passive with no agent phrase, as a strike called off in the passive is not
# coded). Claims: دعت (other), اعتبر and ابرز (accuse). The committee lists its parliament; Chahed lists Tunisia.
i = 'ant-JA-localNews-4306-20170517'
t = news_text(i)
COMMITTEE = ["Finance, Planning and Development Committee", "لجنة المالية والتخطيط والتنمية بمجلس نواب الشعب",
             "لجنة المالية والتخطيط والتنمية", "لجنة المالية", "اللجنة", "النواب", "اعضاء اللجنة",
             "Assembly of the Representatives of the People", "مجلس نواب الشعب"]
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisian government", "الحكومة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-05-17", "events": [
    {"code": "REQUEST", "source": COMMITTEE, "target": CHAHED, "date": "2017-05-17"},
    {"code": "ACCUSE", "source": COMMITTEE, "target": CHAHED, "date": "2017-05-17"}], "claims": [
    {"speaker": COMMITTEE, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": COMMITTEE, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": COMMITTEE, "cue": cue(t, "ابرز"), "stance": "accuse"}]})
# --- Jawhara FM: the toll of the firebomb attack on a Giza nightclub rises to 16 (today, Friday
# 2015-12-04). The attack is told as nouns in the lead, but "المهاجم عامل بالملهى" and "أكثر من شخص شاركوا في تنفيذ
# الهجوم" give it a doer (README: unknown gunmen are an explicit doer): one ASSAULT attackers → the nightclub and its
# dead, dated by "مساء أمس الخميس" (2015-12-03). "السلطات حددت اثنين من الجناة تلاحقهما الشرطة" is an investigation
# naming its suspects with the pursuit in a relative clause folded in (README: police handling a killing is one
# ACCUSE of the culprit): ACCUSE authorities → the two perpetrators, undated. Claims: only state television's قال
# (a state outlet, not a bare source, batch 40: assert). Not claims: "وفق ما أكده مسؤولون أمنيون", "قال مسؤول", "قال
# مسؤولون أمنيون" and their أضافوا (security officials tied to no named state or body in the text, like batch 42's
# مصدر أمني and batch 10's bare مسؤولون), "ذكرت مواقع صحف محلية" (bare); Reuters is the officials' conduit. Aliases
# holding الجيزة or العجوزة are left out, and the attacker keeps no "عامل بالملهى" (it holds the target's name).
i = 'ant-JA-localNews-4719-20151204'
t = news_text(i)
ATTACKERS = ["attackers", "المهاجم", "الجناة", "أكثر من شخص", "perpetrators"]
recs.append({"id": i, "text": t, "published": "2015-12-04", "events": [
    {"code": "ASSAULT", "source": ATTACKERS,
     "target": ["nightclub", "ملهى ليلي", "الملهى", "victims", "16 شخصا", "العاملين بالمطعم", "12 شابا وفتاة"],
     "date": "2015-12-03"},
    {"code": "ACCUSE", "source": ["Egyptian authorities", "السلطات", "police", "الشرطة", "Egypt", "مصر"],
     "target": ["two perpetrators", "اثنين من الجناة", "الجناة"]}], "claims": [
    {"speaker": ["Egyptian state television", "التلفزيون الرسمي", "state television"], "cue": cue(t, "قال", 2),
     "stance": "assert"}]})
# --- Jawhara FM: the coordination of site workers' regional committees calls protests in every region tomorrow,
# Monday 6 March 2017, for the release of its Jendouba coordinator Sami Khelifi, arrested yesterday. The call to
# protest is an announced protest: THREATEN (README), its demand (release, accountability) folded in and the target
# the National Guard the next sentences name as holding him (README: strikers' vow targets the authorities the next
# sentence blames), dated by the statement (2017-03-05, the day "غدا الإثنين 06 مارس" is told from). "تم استدعاء
# سامي الخليفي أمس السبت، من قبل مركز الحرس الوطني ببوسالم، ليتم إيقافه لاحقا ... بعد تفتيش منزل والديه" is a
# passive with its agent phrase (batch 33): one COERCE Guard → Khelifi, the summons and the house search folded in,
# dated 2017-03-04 (أمس السبت). "الوقفة الاحتجاجية التي يعتزم عمال الحضائر القيام بها يوم 9 مارس 2017 بساحة
# القصبة" is a relative clause with its doer: an announced protest, THREATEN with no target (the text names no
# addressee; the square is only its place), undated (the intent has no day of its own). "أوصى المجمع ... منسقي عمال
# الحضائر إلى تأطير كل الاحتجاجات" is a call on its own coordinators: REQUEST (README: a leader's call to his own
# fighters, a union's to its members), dated by the statement. The summoning of local coordinators (دعوة منسقين) is
# a noun with no doer. Claims: دعا (other), أوضح (the arrest as retaliation for the sit-in: accuse), مشيرا (the
# sequence of summons, search and arrest: assert), أوصى (other). Aliases holding جندوبة or بوسالم are left out, and
# the coordinators keep no "منسقي عمال الحضائر" (it holds the workers, an actor of their own).
i = 'ant-JA-localNews-2210-20170305'
t = news_text(i)
COORD = ["coordination of site workers' regional committees", "مجمع التنسيقيات الجهوية لعمال الحضائر",
         "مجمع التنسيقيات", "المجمع"]
GUARD = ["National Guard", "الحرس الوطني", "مركز الحرس الوطني", "إقليم الحرس الوطني", "Tunisia"]
KHELIFI = ["Sami Khelifi", "سامي خليفي", "سامي الخليفي", "خليفي", "الخليفي"]
recs.append({"id": i, "text": t, "published": "2017-03-05", "events": [
    {"code": "THREATEN", "source": COORD, "target": GUARD, "date": "2017-03-05"},
    {"code": "COERCE", "source": GUARD, "target": KHELIFI, "date": "2017-03-04"},
    {"code": "THREATEN", "source": ["worksite labourers", "عمال الحضائر"], "target": []},
    {"code": "REQUEST", "source": COORD,
     "target": ["coordinators", "منسقي"], "date": "2017-03-05"}], "claims": [
    {"speaker": COORD, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": COORD, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": COORD, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": COORD, "cue": cue(t, "أوصى"), "stance": "other"}]})
# --- Jawhara FM: the Tunisian League for Tolerance says the family of First Sergeant Said Ghezlani, killed in
# November near Jebel Mghila (Kasserine), left its home after terrorist threats. "تعرّضها إلى تهديدات من قبل العناصر
# الإرهابية" and the brother's "تعرضوا إلى تهديدات من قبل الإرهابيين وعائلاتهم" are one campaign of threats with its
# agent named (README: threats received from a named source are THREATEN): THREATEN terrorists (and their families)
# → the family, undated. "ندوة عقدتها اليوم الرابطة للاستماع لعائلة الشهيد" is a relative clause with its doer: a
# hosted meeting, CONSULT League → family (batch 51: the body that held the meeting as source), dated today
# (2017-01-27). Masri's "داعيا إلى إيجاد حل لها" is a call with no addressee: REQUEST with no target (batches 33–36),
# dated (said at today's seminar). The brother's "عددا من متساكني المنطقة يقومون بمساعدة الإرهابيين ... وتوفير
# المؤونة لهم" is alleged material help with an explicit (if unnamed) doer: AID residents → terrorists, undated, and
# his charge an ACCUSE brother → residents (as batch 51 codes Cavusoglu's charge beside the attacks it tells), dated
# by the seminar. The sergeant's death (استشهد) has no doer. Claims: Masri's قال (the family's departure: assert),
# أضاف (assert), داعيا (other); the brother's أكد (accuse) and مشيرا (blames the terrorists and their families:
# accuse); "وفق تعبيره" repeats its sentence's speaker. Aliases holding القصرين or مغيلة are left out.
i = 'ant-JA-localNews-182-27012017'
t = news_text(i)
MASRI = ["Salah Eddine Masri", "صلاح الدين المصري", "المصري", "Tunisian League for Tolerance",
         "الرابطة التونسية للتسامح", "الرابطة"]
FAMILY = ["family of Said Ghezlani", "عائلة الشهيد", "عائلة الرقيب الأول", "العائلة"]
BROTHER = ["Badreddine Ghazali", "بدر الدين الغزالي", "الغزالي", "شقيق الشهيد"]
TERRORISTS = ["terrorists", "العناصر الإرهابية", "الإرهابيين", "الإرهابيين المتحصنين بالجبال"]
RESIDENTS = ["local residents", "عددا من متساكني المنطقة", "متساكني المنطقة"]
recs.append({"id": i, "text": t, "published": "2017-01-27", "events": [
    {"code": "THREATEN", "source": TERRORISTS + ["families of the terrorists", "عائلاتهم"], "target": FAMILY + BROTHER},
    {"code": "CONSULT", "source": MASRI, "target": FAMILY + BROTHER, "date": "2017-01-27"},
    {"code": "REQUEST", "source": MASRI, "target": [], "date": "2017-01-27"},
    {"code": "AID", "source": RESIDENTS, "target": TERRORISTS},
    {"code": "ACCUSE", "source": BROTHER, "target": RESIDENTS, "date": "2017-01-27"}], "claims": [
    {"speaker": MASRI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MASRI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MASRI, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": BROTHER, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": BROTHER, "cue": cue(t, "مشيرا"), "stance": "accuse"}]})
# --- Jawhara FM: Algeria's legislative elections open today, Thursday (2017-05-04), under tight security. "أكثر من
# 44 ألف شرطي سيؤمنون هذه الانتخابات من خلال تعزيز المراقبة" is a police deployment with a named force: MOBILIZE with
# no target (README: a police deployment is MOBILIZE), dated by the election day it is for. Not coded: the vote and
# the candidates (no PLOVER event), "أعلنت السلطات الجزائرية تجنيد نحو 500.000 عون لتأطير ... مركز ومكتب تصويت"
# (decided: election staff, not police or armed forces, so no MOBILIZE), the tight measures (no doer). Claims: the
# authorities' أعلنت (assert); "وفق ما أوردته وكالة الأنباء الجزائرية" passes on the authorities' own statement (README:
# a conduit); "أكد مصدر أمني مطّلع" is a bare security source: no claim.
i = 'ant-JA-internationalNews-792-20170504'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-05-04", "events": [
    {"code": "MOBILIZE", "source": ["Algerian police", "شرطي", "44 ألف شرطي", "أكثر من 44 ألف شرطي", "Algeria",
                                    "الجزائر"], "target": [], "date": "2017-05-04"}], "claims": [
    {"speaker": ["Algerian authorities", "السلطات الجزائرية", "Algeria", "الجزائر"], "cue": cue(t, "أعلنت"),
     "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch96.gold.jsonl', recs)
