"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 41 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Weeam: Education Minister al-Dakhil, at a meeting he held with his ministry's deputies, general managers and
# the officials of its Tawasul service, directs them to serve callers. The meeting and every instruction happen inside
# one ministry: internal administration (as batch 31's minister visiting his own agency), no events; the Tawasul
# officials reviewing their reports (استعرض) state nothing. Claims: "أكد ... بتخصيص أماكن" (with بـ it directs an
# allocation: stance other, decided), نوه (assert, as batch 31), حث (other), and the closing link line's يشدد
# (a headline speech verb, part of the text, as batches 10, 39 and 40 count it; other).
i = 'snn-2015-07-26-1024'
t = news_text(i)
DAKHIL = ["Azzam al-Dakhil", "عزام بن محمد الدخيل", "الدخيل", "الدكتور الدخيل", "وزير التعليم",
          "Saudi Minister of Education", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": [
    {"speaker": DAKHIL, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": DAKHIL, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": DAKHIL, "cue": cue(t, "حث"), "stance": "other"},
    {"speaker": DAKHIL, "cue": cue(t, "يشدد"), "stance": "other"}]})
# --- ISIS's Egyptian branch (Sinai Province) threatens, yesterday Wednesday (2015-08-05), to execute the Croatian
# Tomislav Salopek within 48 hours unless the Egyptian government frees Muslim women prisoners. The threat (هدد) and
# the demand inside it (Salopek's "يريدون مبادلتي ... وإلا سيقوم جنود ولاية سيناء بقتلي") are one ultimatum:
# THREATEN, dated. Its target list holds both the Egyptian government (the addressee of the ultimatum, CAMEO 139)
# and the hostage (whom it threatens with death) (decided: one list, as the two are the two sides of one threat).
# "جنود الخلافة ... داعش أسروني يوم الأربعاء 22 تموز/يوليو 2015" is a clause with its doer: ASSAULT (abduction,
# CAMEO 181, as batch 36), dated by the day the text gives (a Wednesday); the lead's passive "خطف في القاهرة"
# re-tells it. Publishing the video is no event; "بعد مبايعته تنظيم داعش" is a nominal background pledge, not coded.
# The Croatian Foreign Ministry's "تفعلان ما بوسعهما لحل هذا الوضع" names no act towards a party: a claim, no event.
# Claims: the branch's هدد (warn; a headline-style speech verb); Salopek's عرّف (his self-identification, a content
# clause "على أنه ..."; decided a claim), قال، مشيرًا (assert) and أضاف (the captors' demand and threat: warn);
# the Croatian ministry's أكدت. The ISIS branch's list keeps داعش: the text itself calls its fighters ISIS's.
i = 'snn-2015-08-06-1459'
t = news_text(i)
SINAI_IS = ["Sinai Province", "ولاية سيناء", "جنود ولاية سيناء", "الفرع المصري لتنظيم داعش", "Islamic State",
            "ISIS", "داعش", "تنظيم داعش", "الدولة الاسلامية", "جنود الخلافة", "المتطرفون", "أنصار بيت المقدس"]
SALOPEK = ["Tomislav Salopek", "توميسلاف سالوبك", "سالوبك", "كرواتي", "الشاب الكرواتي", "Croatian hostage"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "THREATEN", "source": SINAI_IS,
     "target": ["Egyptian government", "الحكومة المصرية", "Egypt", "مصر"] + SALOPEK, "date": "2015-08-05"},
    {"code": "ASSAULT", "source": SINAI_IS, "target": SALOPEK, "date": "2015-07-22"}], "claims": [
    {"speaker": SINAI_IS, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": SALOPEK, "cue": cue(t, "عرّف"), "stance": "assert"},
    {"speaker": SALOPEK, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SALOPEK, "cue": cue(t, "مشيرًا"), "stance": "assert"},
    {"speaker": SALOPEK, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": ["Croatian Ministry of Foreign Affairs", "وزارة الخارجية", "Croatia", "كرواتيا", "الحكومة الكرواتية",
                 "Zagreb", "زغرب"], "cue": cue(t, "أكدت"), "stance": "assert"}]})
# --- Asharq al-Awsat sport: Al-Nassr refuses River Plate's request to loan Rodrigo Mora until the winter window, and
# other club news. The refusal, the signed contract, the loan request and the club summoning its own player to
# training are transfer business between clubs and a club with its player (batches 31–32): not coded; the coach's
# training and the basketball registration are no events. The only speaker is "مصادر موثوقة" (bare): no claim.
i = 'snn-2015-07-26-0129'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": []})
# --- An Egyptian officer and three soldiers killed by a roadside bomb in Rafah. "عبوة ناسفة تم زرعها بواسطة العناصر
# الإرهابية" is a passive with its agent phrase (as batch 36's "من قبل مسلحين"): one ASSAULT on the army, undated
# (no day in the text); the combing of Rafah (تمشيط) is a masdar. "حسبما أعلن العميد أحمد سمير" is its sentence's
# only attribution: a claim with the phrase as cue. Background: the attacks since Morsi's ouster (no doer), "تعد
# جماعة ... المسؤول الأول" (the narrator, no speaker) and the group's last attack (هجوم للجماعة، بالهجوم: nominal
# background) are not coded; "والتي كانت قد أعلنت ولاءها لتنظيم داعش ... العام الماضي" is a relative clause with its
# doer: SUPPORT (pledged allegiance, an endorsement), undated; decided no claim for it (the pledge is the act, no
# reported statement), and renaming itself is no event.
i = 'snn-2015-07-23-0017'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": ["terrorist elements", "العناصر الإرهابية", "terrorists"],
     "target": ["Egyptian army", "الجيش المصري", "قوات الجيش", "ضابط و3 جنود", "Egypt", "مصر"]},
    {"code": "SUPPORT", "source": ["Ansar Bayt al-Maqdis", "أنصار بيت المقدس", "جماعة «أنصار بيت المقدس»",
                                   "ولاية سيناء", "Sinai Province"],
     "target": ["Islamic State", "ISIS", "داعش", "تنظيم داعش", "تنظيم داعش الإرهابي"]}], "claims": [
    {"speaker": ["Ahmed Samir", "أحمد سمير", "العميد أحمد سمير", "Egyptian armed forces spokesman",
                 "القوات المسلحة المصرية", "Egypt", "مصر"], "cue": cue(t, "حسبما أعلن"), "stance": "assert"}]})
# --- The Knesset passes a law toughening sentences for stone-throwers; the Palestinian National Council condemns it.
# The Knesset's vote (صادق) and the MPs' votes for and against are legislation and votes, with no party acted on by
# name (as batch 25 leaves legislative work and batch 29 votes): not coded (decided). "دان ... واستنكر ... مصادقة
# كنيست الاحتلال" and "عدّ المجلس إقرار هذا القانون ... إمعانا في العدوان" are one ACCUSE of the Knesset, undated.
# Inside the council's statement "المحتل الذي يقوم يوميا بقتل الأطفال ومصادرة الأراضي وهدم البيوت" is a relative
# clause with its doer (coded, as batch 29 codes "الممارسات ... التي يأتيها جيش الاحتلال" and batches 37–40 clauses
# inside a statement): killing and demolition one ASSAULT (CAMEO 1823/1712), confiscation one COERCE (CAMEO 1711),
# both undated (habitual). "طالب المجلس الاتحادات والملتقيات البرلمانية إلزام الكنيست" is REQUEST to those
# unions. Claims: دان (its coordinated استنكر shares the one object: no second claim, decided), عدّ (accuse), طالب
# (other). The Palestinians' list leaves out "الفلسطيني", which the council's own name holds.
i = 'snn-2015-07-22-1352'
t = news_text(i)
PNC = ["Palestinian National Council", "المجلس الوطني الفلسطيني", "المجلس", "Palestine"]
OCCUPIER = ["Israel", "إسرائيل", "المحتل", "الاحتلال", "Israeli occupation"]
PALESTINIANS = ["Palestinians", "أبناء شعبنا", "الأطفال", "Palestinian children"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": PNC,
     "target": ["Knesset", "الكنيست الإسرائيلي", "الكنيست", "كنيست الاحتلال الإسرائيلي", "كنيست الاحتلال", "Israel",
                "إسرائيل"]},
    {"code": "ASSAULT", "source": OCCUPIER, "target": PALESTINIANS},
    {"code": "COERCE", "source": OCCUPIER, "target": PALESTINIANS},
    {"code": "REQUEST", "source": PNC,
     "target": ["parliamentary unions and forums", "الاتحادات والملتقيات البرلمانية", "الاتحادات",
                "الاتحادات البرلمانية"]}], "claims": [
    {"speaker": PNC, "cue": cue(t, "دان"), "stance": "accuse"},
    {"speaker": PNC, "cue": cue(t, "عدّ"), "stance": "accuse"},
    {"speaker": PNC, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- El Ala (Kairouan): pupils march yesterday afternoon (عشية أمس, 2016-02-23) for security around schools after a
# pupil's face was slashed. The march is one PROTEST with no target (no addressee named); the parents and teachers
# who backed it (ساندهم فيها) join its source rather than giving a SUPPORT of their own (decided). "تعرض تلميذ إلى
# اعتداء ... من قبل منحرف قام بتشويه وجهه" names its doer: ASSAULT, undated. The daily attacks "من قبل المنحرفين" are
# generic and nominal. "نقابات التربية ستنظم غدا وقفات احتجاجية" is an announced protest: THREATEN (CAMEO 133, as
# the README's announced protests), no target, undated (the statement's own day is not given; decided). Claims:
# al-Makhloufi's أوضح (assert) and أضاف (warn, its content the protest, as batch 34's أعلن); the radio's
# correspondent is the conduit. Aliases holding القيروان or العلا are left out.
i = 'ant-JA-localNews-2664-20160224'
t = news_text(i)
MAKHLOUFI = ["Mongi Makhloufi", "منجي المخلوفي", "المخلوفي", "secondary education union", "نقابة التعليم الثانوي",
             "كاتب عام نقابة التعليم الثانوي"]
recs.append({"id": i, "text": t, "published": "2016-02-24", "events": [
    {"code": "PROTEST", "source": ["pupils", "تلاميذ", "عدد من تلاميذ", "تلاميذ المعهد الثانوي", "parents",
                                   "الأولياء", "الاطار التربوي"], "target": [], "date": "2016-02-23"},
    {"code": "ASSAULT", "source": ["delinquent", "منحرف"], "target": ["pupil", "تلميذ"]},
    {"code": "THREATEN", "source": ["education unions", "نقابات التربية"], "target": []}], "claims": [
    {"speaker": MAKHLOUFI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MAKHLOUFI, "cue": cue(t, "أضاف"), "stance": "warn"}]})
# --- The Ministry of Youth and Sports' statement of today, Saturday 4 March 2017: a call to every sports actor to
# behave responsibly and avoid violence (دعت فيه) is REQUEST to them, dated; its decision to hold a coordination
# meeting with the presidents of the football federation and of the professional league is a future meeting:
# AGREE with both as one target list, dated by the statement (the meeting has no day; decided). The federation's
# planned meeting with the clubs (الاجتماع المزمع عقده من طرف الجامعة) is a nominal in a temporal phrase: not coded.
# Claims: دعت (other; its أصدرت is the same statement) and "أشار البلاغ" (the ministry's statement: assert).
i = 'ant-JA-sport-630-20170304'
t = news_text(i)
MINISTRY = ["Ministry of Youth and Sports", "وزارة الشباب والرياضة", "وزارة شؤون الشباب والرياضة", "البلاغ",
            "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-04", "events": [
    {"code": "REQUEST", "source": MINISTRY,
     "target": ["sports actors", "كافة الفاعلين في المشهد الرياضي", "الفاعلين في المشهد الرياضي"],
     "date": "2017-03-04"},
    {"code": "AGREE", "source": MINISTRY,
     "target": ["Tunisian Football Federation", "الجامعة التونسية لكرة القدم", "رئيس الجامعة التونسية لكرة القدم",
                "الجامعة", "National Professional Football League", "الرابطة الوطنية لكرة القدم المحترفة",
                "رئيس الرابطة الوطنية لكرة القدم المحترفة"], "date": "2017-03-04"}], "claims": [
    {"speaker": MINISTRY, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": MINISTRY, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- The journalists' union (SNJT) condemns the ban on broadcasting Marzouki's interview on Attessia. The ban (منع بث)
# has no doer, so the condemnation (استنكرت، عبرت عن رفضها) is one ACCUSE with no target; "مستغربة صمت رئاسة
# الجمهورية وعدم إصدارها لأي توضيح" criticises a named party: a second ACCUSE, of the presidency (decided: two
# targets, two records). "أجرت اتصالات بكل الأطراف المعنية وخاصة قناة التاسعة" is CONSULT with the channel. All
# undated. The pressure on the channel (تعرضهم إلى ضغوطات) has no doer; the president's signing of the Arab
# declaration (إمضاء) is nominal background; "لن تسمح لأي جهة سياسية" is a warning with no named addressee: a claim,
# no event (as batch 29). Claims: استنكرت، عبرت (accuse)، أضافت، the channel officials' أكد (tied to a named
# outlet), مستغربة (accuse)، ذكّرت (assert)، مؤكدة (warn).
i = 'ant-JA-localNews-186-15092016'
t = news_text(i)
SNJT = ["National Union of Tunisian Journalists", "SNJT", "النقابة الوطنية للصحفيين التونسيين", "النقابة"]
ATTESSIA = ["Attessia TV", "قناة التاسعة", "التاسعة", "قناة \"التاسعة\""]
recs.append({"id": i, "text": t, "published": "2016-09-15", "events": [
    {"code": "ACCUSE", "source": SNJT, "target": []},
    {"code": "ACCUSE", "source": SNJT,
     "target": ["Tunisian presidency", "رئاسة الجمهورية", "رئيس الجمهورية", "Beji Caid Essebsi", "Tunisia", "تونس"]},
    {"code": "CONSULT", "source": SNJT, "target": ATTESSIA}], "claims": [
    {"speaker": SNJT, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": ["Attessia officials", "مسؤولوها"] + ATTESSIA, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SNJT, "cue": cue(t, "مستغربة"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "ذكّرت"), "stance": "assert"},
    {"speaker": SNJT, "cue": cue(t, "مؤكدة"), "stance": "warn"}]})
# --- Monastir: the National Guard foils a clandestine sea crossing and arrests 32 people. The arrest, the custody by
# the Guard's investigation brigade (تعهدت ... بالإحتفاظ بهم) and the seizure of their money (حجزت لديهم) are one
# operation on one group: one COERCE (decided, as batch 14 folds the questioning into the arrest), undated: "الليلة
# الفاصلة بين 26 و27 مارس" spans two days (decided). The crossing attempt and the payments to the organiser (inside
# the confession) are no PLOVER events; the warrants (صادرة في شأنه) are passive. The 32 arrested are an identified
# group, so their confession (اعترفوا) is a claim, as batches 30 and 33 count arrested suspects'. Names holding
# المنستير or الزامرين are left out.
i = 'ant-JA-localNews-1977-20160328'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-03-28", "events": [
    {"code": "COERCE", "source": ["National Guard", "وحدات الحرس الوطني", "الحرس الوطني",
                                  "فرقة الأبحاث والتفتيش للحرس الوطني", "فرقة الأبحاث والتفتيش", "Tunisia", "تونس"],
     "target": ["32 people", "32 شخص", "would-be migrants", "migrants"]}], "claims": [
    {"speaker": ["32 people", "32 شخص", "would-be migrants", "migrants"], "cue": cue(t, "اعترفوا"),
     "stance": "assert"}]})
# --- Doctors protest across Tunisia's hospitals over the arrests of colleagues. "ينفذ الأطباء ... تحركات احتجاجية" is
# one PROTEST with no target (the arrests, التي طالت, have no doer), undated (ongoing). Qais Abdallah's call "دعا إلى
# ضرورة سن قانون يحمي الطبيب" names no addressee: REQUEST with no target (batches 33–36), undated (only Salama's
# intervention is dated "اليوم"). His criticism of the missing laws (انتقد، مشيرا) has no actor as target: claims, no
# ACCUSE (as batch 20). Claims: Salama's قال ("وفق تعبيره" repeats it), Abdallah's انتقد، مشيرا (accuse) and دعا
# (other). Both speakers keep their union, a shared entity, not a different one.
i = 'ant-JA-localNews-2359-20170307'
t = news_text(i)
UNION = ["Union of Private Sector Doctors", "نقابة أطباء القطاع الخاص"]
SALAMA = ["Souheil Salama", "سهيل سلامة", "سلامة"] + UNION
ABDALLAH = ["Qais Abdallah", "قيس عبد الله"] + UNION
recs.append({"id": i, "text": t, "published": "2017-03-07", "events": [
    {"code": "PROTEST", "source": ["doctors", "الأطباء"], "target": []},
    {"code": "REQUEST", "source": ABDALLAH, "target": []}], "claims": [
    {"speaker": SALAMA, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ABDALLAH, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": ABDALLAH, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": ABDALLAH, "cue": cue(t, "دعا"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch41.gold.jsonl', recs)
