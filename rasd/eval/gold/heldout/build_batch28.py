"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 28 10` (after batch 27 was written) and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Saudi clerics mourn the Syrian scholar Wahba al-Zuhaili on Twitter. Mourning (نعى) is a condolence, and
# Kalbani's words (قال "اللهم اغفر ...") and Al-Ahmad's (قال "رحل العلامة ... رحمه الله ... إنا لله") are a death
# notice and prayers: neither events nor claims. Al-Qarni's and Al-Awda's tweets (كتب) state the scholar's merits
# and their acquaintance with him: claims (assert). A eulogy's praise of the dead is part of the mourning, not a
# SUPPORT between actors, so no event.
i = 'snn-3alyoum-94cb6e5eb4b5'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": ["Awad al-Qarni", "عوض القرني", "القرني"], "cue": cue(t, "كتب", 1), "stance": "assert"},
    {"speaker": ["Salman al-Awda", "سلمان العودة", "العودة"], "cue": cue(t, "كتب", 2), "stance": "assert"}]})
# --- Egypt: a police sergeant killed yesterday (2015-08-08) when two unknown gunmen fired on a prisoner-transfer
# force. "أطلق مجهولان أعيرة نارية تجاه القوة" has an explicit, if unidentified, doer: ASSAULT; "فقامت (القوة)
# بمبادلتهما" is the force's return fire, a second ASSAULT the other way, as batch 23 codes a reply; both dated by
# the lead's أمس. The court's release of 11 defendants ("قررت محكمة مصرية أمس ... الإفراج"، "أفرجت عن 11 متهمًا")
# is RETREAT (CAMEO 0841, release persons), dated; postponing trials is procedure, not an event, and the Adwa police
# station storming is nominal. "مصدر قضائي" is a bare source (Anadolu only its conduit): no claim. Aliases holding
# الوادي الجديد، المنيا or مرسي (names the text gives on their own) are left out.
i = 'snn-alwatan-a82eff1a83fe'
t = news_text(i)
GUNMEN = ["unknown gunmen", "مجهولين", "مجهولان"]
FORCE = ["prisoner-transfer police force", "قوة أمنية", "قوة إدارة الترحيلات", "القوة", "Egyptian police",
         "Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": GUNMEN, "target": FORCE, "date": "2015-08-08"},
    {"code": "ASSAULT", "source": FORCE, "target": GUNMEN, "date": "2015-08-08"},
    {"code": "RETREAT", "source": ["Minya Criminal Court", "محكمة مصرية", "المحكمة", "Egypt", "مصر"],
     "target": ["11 defendants", "11 متهمًا آخرين", "11 متهمًا", "defendants"], "date": "2015-08-08"}], "claims": [
    {"speaker": ["Egyptian Interior Ministry", "وزارة الداخلية المصرية", "وزارة الداخلية", "Egypt", "مصر"],
     "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Al-Nassr would complain to the sports court if Carlos Eduardo plays in the Super Cup. The club management's
# conditional intent to file an official complaint ("تعتزم التقدم بشكوى رسمية ... في حال") and "اتفقوا على تصعيد
# شكوى" are one THREATEN (CAMEO 131, a conditional non-force threat), with no target since the text names no party
# the complaint would be against; undated. The professional committee's provisional registration of the player is
# sport administration, not an event. The speakers are "مصادر مطلعة" (bare), so no claim.
i = 'snn-almadina-0b1f2c3fbe6f'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "THREATEN", "source": ["Al-Nassr", "نادي النصر", "إدارة نادي النصر", "النصر", "Faisal bin Turki",
                                    "فيصل بن تركي", "العالمي"], "target": []}], "claims": []})
# --- Opinion column on the Souk Okaz festival. The columnist is the narrator (her praise of Prince Khalid
# Al-Faisal and her thanks are the column itself, not a reported statement): no claims, and no events.
i = 'snn-3alyoum-90347a42e2b5'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": []})
# --- A poem. "قالته عيناي" and "النار التي قالت لي" are figurative: no events, no claims.
i = 'snn-okaz-499247faa6f7'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": []})
# --- Milk manufacturers demand higher prices today, Thursday (2017-01-19). Mehri's demand (طالب) is REQUEST with no
# named addressee, dated. "تهديد الغرفة بالتوقف بالكامل عن قبول وتصنيع الحليب" is nominal but the news itself (the
# threat his statement explains, "مطالبهم وتهديدهم"), so THREATEN (CAMEO 133, a threatened production stoppage) with
# no target, undated. "بحسب تعبيره" repeats its sentence's speaker: no claim. He is the radio show's guest (ضيف
# "صباح الورد") and the milk sector's representative (ممثل قطاع الحليب).
i = 'ant-JA-localNews-3290-20170119'
t = news_text(i)
MEHRI = ["Boubaker Mehri", "بوبكر المهري", "المهري", "National Chamber of Milk Industry",
         "الغرفة الوطنية لصناعة الحليب", "نقابة الغرفة الوطنية لصناعة الحليب", "الغرفة", "ممثل قطاع الحليب"]
recs.append({"id": i, "text": t, "published": "2017-01-19", "events": [
    {"code": "REQUEST", "source": MEHRI, "target": [], "date": "2017-01-19"},
    {"code": "THREATEN", "source": MEHRI, "target": []}], "claims": [
    {"speaker": MEHRI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": MEHRI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MEHRI, "cue": cue(t, "مشيرا", 1), "stance": "assert"},
    {"speaker": MEHRI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MEHRI, "cue": cue(t, "مشيرا", 2), "stance": "assert"},
    {"speaker": MEHRI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MEHRI, "cue": cue(t, "متابعا"), "stance": "assert"}]})
# --- Social affairs minister Ennabi announces (today, Saturday 10 October 2015) a tripartite meeting next Tuesday.
# "سيتم ... عقد لقاء ثلاثي" is passive, but the next sentence names the parties (UGTT, the employers' union, the
# ministry), so it is one future multilateral meeting: AGREE with a compound source and no target, dated by the day
# the text fixes for it (الثلاثاء القادم = 2015-10-13). His call for calm and dialogue is REQUEST with no named
# addressee ("عدة جهات" is bare), dated by his statement's day. "مضيفا أن اللجنة ستعمل" is a pledge. The
# correspondent who received the statement is no speaker.
i = 'ant-JA-localNews-1985-20151010'
t = news_text(i)
ENNABI = ["Ahmed Ammar Youmbai", "أحمد عمار الينباعي", "الينباعي", "Ministry of Social Affairs",
          "وزارة الشؤون الاجتماعية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-10-10", "events": [
    {"code": "AGREE", "source": ["UGTT", "الاتحاد العام التونسي للشغل", "UTICA", "منظمة الأعراف",
                                 "Central Committee for Social Negotiations", "اللجنة المركزية للمفاوضات الاجتماعية"]
     + ENNABI, "target": [], "date": "2015-10-13"},
    {"code": "REQUEST", "source": ENNABI, "target": [], "date": "2015-10-10"}], "claims": [
    {"speaker": ENNABI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": ENNABI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ENNABI, "cue": cue(t, "مضيفا"), "stance": "promise"},
    {"speaker": ENNABI, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Sousse police arrest a man posing as the regional child-protection delegate. "تمكنت الوحدات الأمنية ... من
# إيقاف شخص" is COERCE, undated. His calls on doctors and firms for money are a swindle, not a PLOVER REQUEST (as a
# theft is not ASSAULT); the searches and seizures are passive. The real delegate's lawsuit against him (تولى
# تسجيل قضية عدلية ... ضد المظنون فيه) is ACCUSE (CAMEO 115, bring lawsuit against). The ministry's statement
# (أكدت ... في بلاغ) is a claim; "تجدر الإشارة" is the narrator. Aliases holding سوسة are left out.
i = 'ant-JA-society-616-20161101'
t = news_text(i)
SUSPECT = ["impostor", "شخص", "المعني", "المظنون فيه"]
recs.append({"id": i, "text": t, "published": "2016-11-01", "events": [
    {"code": "COERCE", "source": ["Tunisian security units", "الوحدات الأمنية", "Ministry of Interior",
                                  "وزارة الداخلية", "Tunisia"], "target": SUSPECT},
    {"code": "ACCUSE", "source": ["Child Protection Delegate", "مندوب حماية الطفولة"], "target": SUSPECT}],
    "claims": [
    {"speaker": ["Ministry of Interior", "وزارة الداخلية", "Tunisia"], "cue": cue(t, "أكدت"), "stance": "assert"}]})
# --- Journalists refuse to be part of the plan to reintegrate returning terrorists, per TAP today (Sunday). Their
# refusal ("رفضوا"، "أكد المشاركين فيها أن الصحافة لن تكون جزءا") is one REJECT of the government's plan, undated
# (the workshop was "مؤخرا"); their demand that the government disclose the facts is REQUEST. "نظمت هذه اللجنة
# ... بالتعاون مع المركز الإفريقي" is COOPERATE (as batch 22 codes بالتعاون مع); the government's preparation of
# the programme is internal work. The journalists at the workshop are an identified group (as protesters are), so
# their statements are claims; their refusal is coded deny (a rebuttal of the plan). TAP's "جاء في تقرير" and "بحسب
# المصدر الإعلامي الرسمي" each attribute their sentence to TAP, the second to a speaker other than its sentence's
# (the participants), so both are claims. The centre's Arabic name holds الصحفيين, so its list keeps a short form.
i = 'ant-JA-localNews-3280-20170402'
t = news_text(i)
JOURNALISTS = ["journalists", "الصحفيين", "الصحفييون", "المشاركين", "الصحافة"]
GOV = ["Tunisian government", "الحكومة", "National Counter-Terrorism Commission", "اللجنة الوطنية لمكافحة الإرهاب",
       "Tunisia"]
TAP = ["TAP", "وات", "Tunis Afrique Presse", "وكالة الأنباء الرسمية", "المصدر الإعلامي الرسمي"]
recs.append({"id": i, "text": t, "published": "2017-04-02", "events": [
    {"code": "REJECT", "source": JOURNALISTS, "target": GOV},
    {"code": "COOPERATE", "source": ["National Counter-Terrorism Commission", "اللجنة الوطنية لمكافحة الإرهاب",
                                     "هذه اللجنة"],
     "target": ["African Centre for the Training of Journalists and Communicators", "CAPJC", "المركز الإفريقي"]},
    {"code": "REQUEST", "source": JOURNALISTS, "target": GOV}], "claims": [
    {"speaker": TAP, "cue": cue(t, "جاء"), "stance": "assert"},
    {"speaker": JOURNALISTS, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": TAP, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": JOURNALISTS, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- Foreign minister Jhinaoui at a consular seminar today, Monday (2016-08-01). The review of the consular map and
# the ministry's guides and systems are internal work, not events; "شرعت بالتعاون مع وزارة تكنولوجيات الاتصال
# والمركز الوطني للإعلامية" is COOPERATE (as batch 22 codes بالتعاون مع) and "ستشرع بالتعاون مع وزارة الداخلية"
# future cooperation, AGREE (CAMEO 031); both undated. The partners keep no state alias, so that source and target
# stay apart. Seven reporting cues, all his.
i = 'ant-JA-localNews-1100-20160801'
t = news_text(i)
JHINAOUI = ["Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي", "Ministry of Foreign Affairs",
            "وزارة الشؤون الخارجية", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-08-01", "events": [
    {"code": "COOPERATE", "source": JHINAOUI,
     "target": ["Ministry of Communication Technologies", "وزارة تكنولوجيات الاتصال", "National Computing Centre",
                "المركز الوطني للإعلامية"]},
    {"code": "AGREE", "source": JHINAOUI, "target": ["Ministry of Interior", "وزارة الداخلية"]}], "claims": [
    {"speaker": JHINAOUI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أفاد"), "stance": "promise"},
    {"speaker": JHINAOUI, "cue": cue(t, "مذكرا"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch28.gold.jsonl', recs)
