"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 20 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- The GCC secretary-general receives the head of the Gulf police body yesterday. The visitor (الخييلي) is the
# CONSULT source. The congratulation on his appointment is praise (SUPPORT), and "أكد ... حرص الأمانة العامة
# واستعدادها الدائم لتقديم أنواع الدعم" an offer (AGREE). هنأ counts as a claim (praise is assert); متمنيًا له التوفيق
# is a greeting formula, not a statement, so no claim. Attendance of the two advisers is not coded. No alias
# holds a bare "GCC", which would let "GCC Police" match the secretary-general.
i = 'snn-alriyadh-52acf0823d51'
t = news_text(i)
ZAYANI = ["Abdullatif Al-Zayani", "عبداللطيف بن راشد الزياني", "الزياني", "الأمين العام",
          "GCC Secretary-General", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية", "مجلس التعاون",
          "GCC General Secretariat", "الأمانة العامة"]
KHAYYELI = ["Mubarak Al-Khayyeli", "مبارك بن سعيد الخييلي", "مبارك الخييلي", "الخييلي", "Gulf Police",
            "جهاز الشرطة الخليجية", "الجهاز"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": KHAYYELI, "target": ZAYANI, "date": "2015-08-09"},
    {"code": "SUPPORT", "source": ZAYANI, "target": KHAYYELI, "date": "2015-08-09"},
    {"code": "AGREE", "source": ZAYANI, "target": KHAYYELI, "date": "2015-08-09"}], "claims": [
    {"speaker": ZAYANI, "cue": cue(t, "هنأ"), "stance": "assert"},
    {"speaker": ZAYANI, "cue": cue(t, "معرباً"), "stance": "assert"},
    {"speaker": ZAYANI, "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- The prosecution asks the Jeddah criminal court to punish the girls' guardian. The demand is REQUEST to the
# judge (the addressee), not a separate ACCUSE of the father: one speech act. "حمّلت والدهما مسؤولية الواقعة" has
# "نتائج التحقيقات" as subject (feminine, coordinated with كشفت), an actorless investigation: no event, no claim.
# "وتابعت" continues "وفقًا لصحيفة الوطن" (feminine, nearest antecedent), so both are Al-Watan's claims; the four
# witnesses (أكدوا) are a bare group. The video viewers' demand has an explicit, if generic, actor: REQUEST with no
# target, but no claim (bare group). The harassment itself is nominalised (قيام ... بالتحرش، التحرش بهما).
# "المحكمة الجزائية بجدة" holds the place جدة, which the article also names alone.
i = 'snn-3alyoum-4db88f15a9c1'
t = news_text(i)
PROSECUTION = ["Public Prosecution", "الادّعاء العامّ", "الادعاء العام", "Bureau of Investigation and Public Prosecution",
               "Saudi Arabia", "السعودية"]
WATAN = ["Al-Watan", "الوطن", "صحيفة الوطن"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REQUEST", "source": PROSECUTION, "target": ["judge", "ناظر القضية", "Criminal Court", "المحكمة الجزائية"]},
    {"code": "REQUEST", "source": ["video viewers", "متابعو الفيديو"], "target": []}], "claims": [
    {"speaker": PROSECUTION, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": WATAN, "cue": cue(t, "وفقًا"), "stance": "assert"},
    {"speaker": WATAN, "cue": cue(t, "تابعت"), "stance": "assert"}]})
# --- Jordanian security arrests a Saudi smuggler in Aqaba (Saturday evening). The opening sentence, the detailed
# account (arrest at the customs post, the disguised partner's flight, the car caught by the rescue police) and
# the closing headline repeat one seizure/arrest: one COERCE. The flight, the chase and the order to the driver are
# nominalised (هروب، المطاردة، قيام ... بالطلب). The Saudis are private persons, so their list holds no state.
# "شرطة العقبة" holds the place العقبة and is left out. "مشيرًا" (masculine) still continues the authorities.
i = 'snn-alweeam-bf9cfdd607bc'
t = news_text(i)
JORDAN_SEC = ["Jordanian security services", "الأجهزة الأمنية الأردنية", "الأجهزة الأمنية", "السلطات الأردنية",
              "Jordanian authorities", "شرطة النجدة", "رجال الأمن", "الأجهزة المختصة", "Jordan", "الأردن"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "COERCE", "source": JORDAN_SEC,
     "target": ["Saudi smugglers", "شابان سعوديان", "سعوديين", "شخص سعودي الجنسية", "السائق", "شريكه"],
     "date": "2015-08-08"}], "claims": [
    {"speaker": JORDAN_SEC, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": JORDAN_SEC, "cue": cue(t, "مشيرًا"), "stance": "assert"},
    {"speaker": JORDAN_SEC, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": JORDAN_SEC, "cue": cue(t, "تابع"), "stance": "assert"}]})
# --- Al-Nassr's goalkeeper injury and training camp: sport only. The match against Al-Hilal is a fixture, not
# a meeting, and the doping committee's statement expected today has no content yet: no event, no claim.
i = 'snn-aleqtisadiya-d05dc71c4d64'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": []})
# --- An Italian mayor's decree rewards residents who see a doctor and taxes those who do not. The decree is the
# vehicle of two acts toward the residents: the exemption he announces ("أكد ... سيعفى") is an offer (AGREE),
# the extra taxes on the negligent, attributed to him by "بحسب تصريحاته", a threat (THREATEN); the issuing of the
# decree is not coded on its own. The buses (سيتم تخصيص) are passive and part of the offer. "بحسب تصريحاته" is the
# only attribution of its sentence, so it is a claim. Aliases with سيليا (the village, named on its own) are left
# out; as a municipal official he also lists Italy.
i = 'snn-aleqtisadiya-bd5729147915'
t = news_text(i)
MAYOR = ["Davide Zicchinella", "دافيدي زيكانيلا", "زيكانيلا", "mayor", "Italy", "إيطاليا"]
RESIDENTS = ["village residents", "سكانها", "سكان القرية", "المتخلفين", "المواطنين"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "AGREE", "source": MAYOR, "target": RESIDENTS},
    {"code": "THREATEN", "source": MAYOR, "target": RESIDENTS}], "claims": [
    {"speaker": MAYOR, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": MAYOR, "cue": cue(t, "بحسب"), "stance": "warn"}]})
# --- Protests greet the head of government in Medenine today. The groups' protests at his visit are one
# PROTEST with a compound source (the opening sentence sums up what each group then says it is doing); the
# condemnation that is the stated purpose of the UGET alumni's protest (للتنديد) is its topic, not a separate
# event, while العوام's own "عبر عن تنديدهم" is an ACCUSE. The vows to keep struggling until the government keeps its
# word are THREATEN (CAMEO 133, threaten dissent). يحي's complaint that the government struck teachers off the
# recruitment list is ACCUSE; the striking-off itself and the signed agreements (participles, الاتفاق الممضى) are
# not coded, nor is the PM's domestic visit (no host actor: he is "received" by the protests). The teachers' and
# workers' demands (طالبوا) are events of bare groups, hence no claims; the UGET alumni are tied to a named
# organisation, so their أكدوا is a claim. Only clauses carrying اليوم are dated. Aliases with مدنين and the full
# UGET name (it holds تونس, the government's state) are left out.
i = 'ant-JA-localNews-2318-20170306'
t = news_text(i)
GOV = ["Tunisian government", "حكومة الوحدة الوطنية", "الحكومة", "رئيس الحكومة", "Youssef Chahed", "Tunisia", "تونس"]
AWAM = ["Miloud Al-Awam", "ميلود العوام", "Association of the Unemployed", "جمعية المعطلين عن العمل"]
SCREENED = ["UGET alumni", "UGET", "security-screened unemployed graduates", "المفروزين امنيا",
            "أصحاب الشهائد العليا المعطلين عن العمل"]
TEACHERS = ["substitute teachers", "الأساتذة النواب"]
YAHIA = ["Abdeladhim Yahia", "عبد العظيم يحي"] + TEACHERS
WORKERS = ["construction site workers", "عمال الحضائر"]
AKREMI = ["Mohamed Akremi", "محمد العكرمي"] + WORKERS
PROTESTERS = ["civil society", "مكونات المجتمع المدني", "المجتمع المدني"] + AWAM + SCREENED + TEACHERS + WORKERS
recs.append({"id": i, "text": t, "published": "2017-03-06", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": GOV, "date": "2017-03-06"},
    {"code": "ACCUSE", "source": AWAM, "target": GOV, "date": "2017-03-06"},
    {"code": "THREATEN", "source": SCREENED, "target": GOV},
    {"code": "REQUEST", "source": TEACHERS, "target": []},
    {"code": "ACCUSE", "source": YAHIA, "target": GOV},
    {"code": "REQUEST", "source": WORKERS, "target": []},
    {"code": "THREATEN", "source": AKREMI, "target": GOV},
    {"code": "REQUEST", "source": AKREMI, "target": GOV}], "claims": [
    {"speaker": AWAM, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": AWAM, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": SCREENED, "cue": cue(t, "أكدوا"), "stance": "warn"},
    {"speaker": YAHIA, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": AKREMI, "cue": cue(t, "قال", 3), "stance": "warn"},
    {"speaker": AKREMI, "cue": cue(t, "داعيا"), "stance": "other"}]})
# --- The development minister on a radio show today (Friday). "مشددا على ضرورة أن يتم تحسين مناخ الحوار الاجتماعي" is a
# call (REQUEST) with no addressee; praising the Enterprise Days praises an event, not an actor, so no SUPPORT.
# The two "على حد قوله" repeat the speaker of their own sentence: no claims. The first مشددا (importance of the
# meeting) is assert, the second (the need to improve dialogue) a recommendation, so other.
i = 'ant-JA-localNews-1987-20151204'
t = news_text(i)
BRAHIM = ["Yassine Brahim", "ياسين ابراهيم", "ابراهيم", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-12-04", "events": [
    {"code": "REQUEST", "source": BRAHIM, "target": [], "date": "2015-12-04"}], "claims": [
    {"speaker": BRAHIM, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": BRAHIM, "cue": cue(t, "مشددا", 1), "stance": "assert"},
    {"speaker": BRAHIM, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BRAHIM, "cue": cue(t, "مشددا", 2), "stance": "other"},
    {"speaker": BRAHIM, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Hamma Hammami's three calls today (Sunday) in Manouba, all at the Land Day commemoration: to the
# government, to parliament (the anti-normalisation law) and to his own front's bloc. The Mossad's killing of
# Zouari is nominalised (جريمة اغتيال الزواري من قبل الموساد); his criticism of the voices that fell silent has no
# actor as target, so it is a claim (accuse) but no event. His list holds the Popular Front except where the
# target is the Front's bloc, whose list would otherwise match his; the bloc's list leaves out "في مجلس نواب الشعب".
i = 'ant-JA-localNews-4687-20170402'
t = news_text(i)
HAMMAMI_PERSON = ["Hamma Hammami", "حمة الهمامي", "الهمامي"]
HAMMAMI = HAMMAMI_PERSON + ["Popular Front", "الجبهة الشعبية"]
recs.append({"id": i, "text": t, "published": "2017-04-02", "events": [
    {"code": "REQUEST", "source": HAMMAMI,
     "target": ["Tunisian government", "الحكومة التونسية", "Tunisia", "تونس"], "date": "2017-04-02"},
    {"code": "REQUEST", "source": HAMMAMI,
     "target": ["Assembly of the Representatives of the People", "مجلس النواب", "مجلس نواب الشعب"],
     "date": "2017-04-02"},
    {"code": "REQUEST", "source": HAMMAMI_PERSON,
     "target": ["Popular Front bloc", "كتلة الجبهة الشعبية", "Popular Front", "الجبهة الشعبية"], "date": "2017-04-02"}],
    "claims": [
    {"speaker": HAMMAMI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": HAMMAMI, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": HAMMAMI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": HAMMAMI, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- The National Guard's terrorism unit arrests an ISIS recruiter, then two would-be travellers: two COERCE.
# "عناصر إرهابية قيادية سورية ناشطة بتنظيم داعش كانت تمكنه دوريا من مبالغ مالية" is a reported clause with an
# explicit actor: AID (financial) from ISIS to the recruiter; the tasking (تمّ تكليفه) is passive and internal. The
# recruiting and the plans for attacks are confessed intentions, not coded. The confessions of the arrested men
# are claims: like a named culprit, they are definite, identified individuals, not anonymous sources. The unit's
# full name holds the place العوينة, and the ISIS list leaves out "سورية" (Syria, named in the article).
i = 'ant-JA-society-983-20170601'
t = news_text(i)
UNIT = ["National Guard counter-terrorism unit", "الوحدة الوطنية للأبحاث في الجرائم الإرهابية", "الوحدة المذكورة",
        "الحرس الوطني", "National Guard", "وزارة الداخلية", "Ministry of Interior", "Tunisia", "تونس"]
MOI = ["Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"]
RECRUITER = ["recruiter", "شخص يشرف على عملية استقطاب وتسفير عناصر تكفيرية", "الطرف الرئيسي", "المعني"]
TWO = ["two takfiri suspects", "عنصرين تكفيريين"]
recs.append({"id": i, "text": t, "published": "2017-06-01", "events": [
    {"code": "COERCE", "source": UNIT, "target": RECRUITER},
    {"code": "COERCE", "source": UNIT, "target": TWO},
    {"code": "AID", "source": ["ISIS leaders", "عناصر إرهابية قيادية", "ISIS", "داعش"], "target": RECRUITER}],
    "claims": [
    {"speaker": MOI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": RECRUITER, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": TWO, "cue": cue(t, "إعترفا"), "stance": "assert"},
    {"speaker": TWO, "cue": cue(t, "أكّدا"), "stance": "assert"}]})
# --- Caid Essebsi's interview with Al Arabiya.net (undated). Accusing the far left of exploiting the protests and
# judging the Troika's rule a failure are ACCUSE; denying the "inheritance" talk is REJECT with no named target;
# standing by Essid is SUPPORT. His stance toward Ennahda (the consensus it shares, "تغيرت كثيرا", being "with
# integrating the Islamists") is one SUPPORT of one interview. The Troika was "led by the Islamists", so its list
# holds Ennahda. "جدد تمسكه" reports a stated position, so it is a claim; "برأيه" repeats the speaker of
# شدد's sentence (no claim); "مثلما أعلنوا" attributes Ennahda's announcement to Ennahda (claim). His future speech
# naming "الطرف" is an announcement of an announcement, not coded. Essid, a state official, gives up his state,
# which would match the president's.
i = 'ant-JA-localNews-1399-20160129'
t = news_text(i)
ESSEBSI = ["Beji Caid Essebsi", "الباجي قائد السبسي", "قائد السبسي", "السبسي", "رئيس الجمهورية", "Tunisian President",
           "Tunisia", "تونس"]
ENNAHDA = ["Ennahda", "النهضة", "حركة النهضة", "الإسلاميين", "Islamists"]
recs.append({"id": i, "text": t, "published": "2016-01-29", "events": [
    {"code": "ACCUSE", "source": ESSEBSI, "target": ["far-left groups", "حساسيات يسارية متطرفة"]},
    {"code": "REJECT", "source": ESSEBSI, "target": []},
    {"code": "SUPPORT", "source": ESSEBSI, "target": ["Habib Essid", "الحبيب الصيد"]},
    {"code": "SUPPORT", "source": ESSEBSI, "target": ENNAHDA},
    {"code": "ACCUSE", "source": ESSEBSI, "target": ["Troika", "الترويكا"] + ENNAHDA}], "claims": [
    {"speaker": ESSEBSI, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": ESSEBSI, "cue": cue(t, "مؤكدا"), "stance": "promise"},
    {"speaker": ESSEBSI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": ESSEBSI, "cue": cue(t, "جدد"), "stance": "assert"},
    {"speaker": ESSEBSI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ENNAHDA, "cue": cue(t, "أعلنوا"), "stance": "assert"},
    {"speaker": ESSEBSI, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": ESSEBSI, "cue": cue(t, "شدد"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch20.gold.jsonl', recs)
