"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 40 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: a three-storey building collapses in Thane (Mumbai), 12 dead. The collapse is an accident with no
# actor, and "وقد طلب من السكان المغادرة" (inside the quote) is passive with no doer: no events. Claims: the Indian
# police's أعلنت (a state body: its list holds India), Chavan's قال and أضاف. Chavan's list holds neither the police
# nor a form with الشرطة (his post "المسؤول بغرفة التحكم الخاصة بالشرطة" names the police, a speaker of its own).
i = 'snn-2015-08-06-1702'
t = news_text(i)
CHAVAN = ["S. Chavan", "اس شافان", "شافان"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": ["Indian police", "الشرطة الهندية", "الشرطة", "India", "الهند"], "cue": cue(t, "أعلنت"),
     "stance": "assert"},
    {"speaker": CHAVAN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": CHAVAN, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Sabq: scholarship students in Britain ask for an official body to assess their achievements, at a debate of
# the Sijal programme in Newcastle. "طالب عدد من المبتعثين في بريطانيا بتخصيص جهة رسمية" is a call with no named
# addressee: REQUEST with no target (as batch 36), undated; the students are the story's group, tied to a named
# country, so their طالب is a claim (as batch 29's scholarship students; decided, though "عدد من" is indefinite).
# "جاء ذلك خلال المناظرة" gives the occasion, not a second statement. The debate "التي استضافها النادي السعودي ...
# ونظمتها مجلة «الواجهة»" is a student activity hosted and organised by two bodies, with no party they meet or act
# on: decided not coded (no CONSULT, and no COOPERATE without a "بالتعاون مع"). The audience vote is a poll, the
# invited educator's "أبدى وجهة نظره حول المناظرة" reports no content (batch 17's "قدم تقريراً"): no claim.
# "كرّم القائمين على برنامج «سجال» الطلاب المشاركين ... والمبتعث موسى الغامدي ... نظير جهودهم" is honouring, praise
# in deed: SUPPORT (as batch 35), the programme's organisers (with its head al-Jarf) the source, undated. Claims:
# al-Jarf's أوضحت and قالت. "جدير بالذكر" is the narrator. No list holds بريطانيا, نيوكاسل or the Saudi club's name.
i = 'snn-2015-08-06-3110'
t = news_text(i)
STUDENTS = ["Saudi scholarship students in Britain", "عدد من المبتعثين", "المبتعثين", "المبتعثون"]
JARF = ["Ahd al-Jarf", "عهد الجرف", "المبتعثة عهد الجرف", "الجرف", "مسؤولة برنامج سجال"]
SIJAL = ["Sijal programme organisers", "القائمين على برنامج سجال", "برنامج سجال", "سجال"] + JARF
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": STUDENTS, "target": []},
    {"code": "SUPPORT", "source": SIJAL,
     "target": ["participating students", "الطلاب المشاركين", "الطلاب المشاركين في المناظرة", "Musa al-Ghamdi",
                "موسى الغامدي", "المبتعث موسى الغامدي", "الغامدي"]}], "claims": [
    {"speaker": STUDENTS, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": JARF, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": JARF, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Al-Weeam: al-Sudais praises the Haram radio during his visit to its room in the Grand Mosque. "نوه ... بالدور
# ... الذي تقوم به الإذاعة" (and the closing link line's "«السديس» يشيد بإذاعة الحرم", part of the text, as batches
# 10 and 27 read it) is one SUPPORT of the radio; "مشيداً بالتعاون الملموس بين الرئاسة ووزارة الثقافة والإعلام" praises
# another party: a second SUPPORT, of the ministry (one per target, as batch 17's Aldrin). "جاء ذلك خلال زيارة معاليه
# لغرفة الاذاعة" is the occasion of the statements (as batch 25's "عقب لقائه"): CONSULT, the visitor the source and
# the radio the host; decided that the radio is not his own agency (the text credits it to the Ministry of Culture
# and Information's Broadcasting Authority), so not batch 31's visit inside one ministry. All undated. The state's
# efforts for the Two Holy Mosques (التي تبذلها الدولة) act on no party; "وفقها الله"/"حفظهم الله" are prayers.
# Claims: نوه، مشيداً and the link line's يشيد. Sudais's list drops his title (it holds المسجد الحرام, named on its
# own as a place); the ministry's drops "هيئة الإذاعة والتلفزيون" (it holds الإذاعة, the radio's name).
i = 'snn-2015-08-01-0865'
t = news_text(i)
SUDAIS = ["Abdulrahman al-Sudais", "عبدا لرحمن بن عبد العزيز السديس", "عبدالرحمن السديس", "السديس",
          "General Presidency of the Two Holy Mosques", "الرئاسة", "Saudi Arabia"]
RADIO = ["Haram radio", "إذاعة الحرم", "الإذاعة", "الاذاعة", "غرفة الاذاعة"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "SUPPORT", "source": SUDAIS, "target": RADIO},
    {"code": "SUPPORT", "source": SUDAIS,
     "target": ["Ministry of Culture and Information", "وزارة الثقافة والإعلام", "Saudi Broadcasting Authority"]},
    {"code": "CONSULT", "source": SUDAIS, "target": RADIO}], "claims": [
    {"speaker": SUDAIS, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": SUDAIS, "cue": cue(t, "مشيداً"), "stance": "assert"},
    {"speaker": SUDAIS, "cue": cue(t, "يشيد"), "stance": "assert"}]})
# --- Asharq al-Awsat: Bahrain hints at Iran's hand in the Sitra bombing (two policemen killed). "لمحت السلطات
# البحرينية، أمس، إلى تورط إيران" is an accusation: ACCUSE Bahrain → Iran, dated by أمس (2015-07-30; the corpus day is
# a Friday). The bombing's own clauses have no doer (وقع، أسفر), but "أعلنت جماعة ... «المقاومة الإسلامية سرايا وعد
# الله» مسؤوليتها عن الهجوم" names one: ASSAULT on the policemen, undated (no day in the text); a claim of
# responsibility is no reporting cue (README, batch 26), so no claim. "الذي صادرته السلطات يوم السبت الماضي" is a
# relative clause with its doer: a seizure, COERCE with no target (as batch 18), dated 2015-07-25; the smuggling
# (هربت) is passive. The state agency's ذكرت is a claim (a state outlet, not a bare source), and the authorities'
# embedded "حين قالت إنها شحنة هربت من إيران" a claim of its own (batch 29); it states where the shipment came from
# and blames no party, so no ACCUSE; the agency's list holds no form with البحرين (the state is an actor of its
# own). "قال مصدر أمني لـ«الشرق الأوسط»" (and مضيفا) is a bare security source: no claims, and the security
# services' intent to trace the statement stays inside it. Saudi Arabia's أدانت and the other Gulf states' and Arab
# League's استنكرت are two ACCUSE (the second one compound record) whose target is the doer the text names, the
# group that claimed it (README); "أكدت وقوفها إلى جانب البحرين" is SUPPORT of Bahrain. The condemnations are
# undated. The attack's target is the policemen and their state; المنامة and سترة are places only.
i = 'snn-2015-07-31-0339'
t = news_text(i)
BAHRAIN = ["Bahraini authorities", "السلطات البحرينية", "السلطات", "Bahrain", "البحرين"]
SARAYA = ["Saraya Waad Allah", "المقاومة الإسلامية سرايا وعد الله", "سرايا وعد الله", "جماعة مجهولة", "هذه الجماعة",
          "الجماعة"]
SAUDI = ["Saudi Arabia", "السعودية"]
GULF_LEAGUE = ["other Gulf states", "بقية الدول الخليجية", "الدول الخليجية", "Arab League", "جامعة الدول العربية"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": BAHRAIN, "target": ["Iran", "إيران"], "date": "2015-07-30"},
    {"code": "ASSAULT", "source": SARAYA,
     "target": ["Bahraini policemen", "شرطيين", "Bahraini police", "Bahrain", "البحرين"]},
    {"code": "COERCE", "source": BAHRAIN, "target": [], "date": "2015-07-25"},
    {"code": "ACCUSE", "source": SAUDI, "target": SARAYA},
    {"code": "SUPPORT", "source": SAUDI, "target": ["Bahrain", "البحرين"]},
    {"code": "ACCUSE", "source": GULF_LEAGUE, "target": SARAYA}], "claims": [
    {"speaker": BAHRAIN, "cue": cue(t, "لمحت"), "stance": "accuse"},
    {"speaker": ["BNA", "official news agency", "وكالة الأنباء الرسمية"], "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": BAHRAIN, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SAUDI, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": SAUDI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": GULF_LEAGUE, "cue": cue(t, "استنكرت"), "stance": "accuse"}]})
# --- Asharq al-Awsat: the OIC General Secretariat condemns Iraqi Vice President al-Maliki's statements against Saudi
# Arabia. Its condemnation and criticism (استنكرت، اعتبرت ... غير مسؤولة، مؤكدة أنها تتعارض مع الميثاق، أكدت ... غير
# مبرر) are one statement's criticism of one party: one ACCUSE of al-Maliki (as batch 30). "أشارت الى أن هذه
# الادعاءات تنافي الواقع" states the allegations are false: an explicit rebuttal, REJECT of al-Maliki (as batch 29's
# دحض), and its ground "ما تضطلع به المملكة من دور فاعل ومقدر في مكافحة الإرهاب" is praise: SUPPORT of Saudi Arabia
# (decided). The OIC statement has no day. Al-Maliki's statements are told in relative clauses with their doer
# ("التي أدلى بها نوري المالكي ... والتي ادعى فيها ... وطالب بوضعها"), not as a nominal topic (unlike batch 30's
# "دعوة رئيس الجمهورية"), so they are coded: ACCUSE al-Maliki → Saudi Arabia and a REQUEST with no named addressee
# (international guardianship for Saudi Arabia: the addressee is not the one it concerns), both dated by "بتاريخ 17
# يوليو الحالي" (2015-07-17); ادعى and طالب are his claims. The charter "الذي يدعو" is a document, not a speaker.
i = 'snn-2015-07-22-0109'
t = news_text(i)
OIC = ["OIC General Secretariat", "الأمانة العامة لمنظمة التعاون الإسلامي", "الأمانة العامة",
       "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", "المنظمة"]
MALIKI = ["Nouri al-Maliki", "نوري المالكي", "المالكي", "Iraqi Vice President", "نائب رئيس الجهورية العراقية",
          "Iraq", "العراق"]
SAUDI = ["Saudi Arabia", "السعودية", "المملكة"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": OIC, "target": MALIKI},
    {"code": "ACCUSE", "source": MALIKI, "target": SAUDI, "date": "2015-07-17"},
    {"code": "REQUEST", "source": MALIKI, "target": [], "date": "2015-07-17"},
    {"code": "REJECT", "source": OIC, "target": MALIKI},
    {"code": "SUPPORT", "source": OIC, "target": SAUDI}], "claims": [
    {"speaker": OIC, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": MALIKI, "cue": cue(t, "ادعى"), "stance": "accuse"},
    {"speaker": MALIKI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": OIC, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": OIC, "cue": cue(t, "مؤكدة"), "stance": "accuse"},
    {"speaker": OIC, "cue": cue(t, "أشارت"), "stance": "deny"},
    {"speaker": OIC, "cue": cue(t, "أكدت"), "stance": "accuse"}]})
# --- Jawhara FM: knife attack on Kunming railway station, Saturday (أمس السبت = 2014-03-01, the corpus day a
# Sunday), 29 dead. "قام مجموعة من المسلحين ... بالهجوم على محطة للقطار" is ASSAULT, the station (and the civilians
# Ban names) the target, dated; the investigation (يجري التحقيق) is passive. The provincial government's "أشارت إلى
# احتمال أن يكون الهجوم من تدبير قوى انفصالية" is an allegation: ACCUSE of the separatists and a claim (accuse).
# The Chinese authorities' "وصفت ... بالإرهابي" is a condemnation, ACCUSE of the doer the text names (the armed men,
# README), and "تعهدت بملاحقة من يقف خلفه" a vow of coercive action against them: THREATEN (as batch 32 codes a
# vow of violence; stance warn, as batches 7 and 32). Ban's أدان is ACCUSE of the same doers and "داعيا إلى محاسبة
# المسؤولين" a REQUEST with no named addressee. All reactions undated. Provincial and central authorities list China
# (state bodies); the separatists' list leaves out the phrase holding شينجيانغ (a place named on its own).
i = 'ant-JA-internationalNews-771-20140302'
t = news_text(i)
GUNMEN = ["armed men", "مجموعة من المسلحين", "المسلحين", "attackers", "من يقف خلفه"]
CHINA = ["Chinese authorities", "السلطات الصينية", "China", "الصين"]
YUNNAN = ["Yunnan provincial government", "حكومة المقاطعة", "China", "الصين"]
BAN = ["Ban Ki-moon", "بان كي مون", "UN Secretary-General", "الأمين العام للأمم المتحدة", "United Nations",
       "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2014-03-02", "events": [
    {"code": "ASSAULT", "source": GUNMEN,
     "target": ["Kunming railway station", "محطة للقطار", "محطة القطار", "Kunming", "كونمينغ", "civilians",
                "المدنيين"], "date": "2014-03-01"},
    {"code": "ACCUSE", "source": YUNNAN, "target": ["separatist forces", "Xinjiang separatists", "قوى انفصالية"]},
    {"code": "ACCUSE", "source": CHINA, "target": GUNMEN},
    {"code": "THREATEN", "source": CHINA, "target": GUNMEN},
    {"code": "ACCUSE", "source": BAN, "target": GUNMEN},
    {"code": "REQUEST", "source": BAN, "target": []}], "claims": [
    {"speaker": YUNNAN, "cue": cue(t, "أشارت"), "stance": "accuse"},
    {"speaker": CHINA, "cue": cue(t, "وصفت"), "stance": "accuse"},
    {"speaker": CHINA, "cue": cue(t, "تعهدت"), "stance": "warn"},
    {"speaker": BAN, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": BAN, "cue": cue(t, "داعيا"), "stance": "other"}]})
# --- Jawhara FM: taekwondo champion Amani Ayouni's mother accuses the national coach of harassing her daughter; the
# coach answers. The alleged "تعرضت لمضايقات و إعتداء بالعنف اللفظي من قبل مدرب المنتخب الوطني" names its doer and
# is the story itself: decided ACCUSE coach → player (PLOVER's "defame, denigrate": verbal abuse, not ASSAULT). The
# mother's أكدت is ACCUSE of the coach; her complaint in كشفت that the federation did not respond (عدم تجاوب
# الجامعة) a second ACCUSE, of the federation; the daughter thinking of playing under the French flag is no threat
# stated by anyone (the headline's تهدد is outside the text): not coded. The coach's "عبّر عن إستغرابه مما صدر عن
# والدة أماني العيوني" (a rebuttal with no explicit denial: stance deny, event not REJECT) and his "والدتها تتدخل
# كثيرا في شؤونها وهو ما قد يضر بمسيرتها" are one criticism of the mother: one ACCUSE (batch 30). All undated.
# Claims: أكدت، كشفت (accuse), عبّر (deny), مشيرا (assert), أضاف (accuse); "حسب تعبيرها" repeats its speaker. The
# mother's list leaves out "والدة أماني العيوني" (it holds the player's name), the coach's "مدرب المنتخب الوطني" (it
# holds the national team, named on its own).
i = 'ant-JA-sport-1427-20170609'
t = news_text(i)
MOTHER = ["Monia Hamzaoui", "منية الحمزاوي", "السيدة منية الحمزاوي", "الحمزاوي", "والدتها"]
COACH = ["Mohamed Ali Rouahi", "محمد علي الرواحي", "الرواحي", "national team coach", "المدرب المذكور", "المدرب"]
AMANI = ["Amani Ayouni", "أماني العيوني", "العيوني", "إبنتها", "اللاعبة"]
recs.append({"id": i, "text": t, "published": "2017-06-09", "events": [
    {"code": "ACCUSE", "source": COACH, "target": AMANI},
    {"code": "ACCUSE", "source": MOTHER, "target": COACH},
    {"code": "ACCUSE", "source": MOTHER, "target": ["Tunisian Taekwondo Federation", "الجامعة"]},
    {"code": "ACCUSE", "source": COACH, "target": MOTHER}], "claims": [
    {"speaker": MOTHER, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": MOTHER, "cue": cue(t, "كشفت"), "stance": "accuse"},
    {"speaker": COACH, "cue": cue(t, "عبّر"), "stance": "deny"},
    {"speaker": COACH, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": COACH, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- Jawhara FM: the Ministry of Health's Eid al-Adha advice on sacrifice waste, in a communiqué of today (Wednesday
# 2015-09-23). Its calls to the public (دعت، أكدت على ضرورة، داعية، كما دعا بلاغ الوزارة) are one statement's calls
# to one addressee: one REQUEST (batch 30), dated. Claims: دعت، أكدت، داعية، دعا (other), مشيرة (assert), ذكرت
# (that dumping the waste spreads disease: warn). "في بلاغ لها" names the statement, no second speaker.
i = 'ant-JA-localNews-569-23092015'
t = news_text(i)
HEALTH = ["Tunisian Ministry of Health", "وزارة الصحة", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-09-23", "events": [
    {"code": "REQUEST", "source": HEALTH, "target": ["the public", "العموم", "citizens"], "date": "2015-09-23"}],
    "claims": [
    {"speaker": HEALTH, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": HEALTH, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": HEALTH, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": HEALTH, "cue": cue(t, "داعية"), "stance": "other"},
    {"speaker": HEALTH, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": HEALTH, "cue": cue(t, "ذكرت"), "stance": "warn"}]})
# --- Jawhara FM: the Sounds of Sahara electronic music festival in Tozeur. "التنسيق لهذه التظاهرة تم بالشراكة مع
# وزارة السياحة" is passive with no doer (batch 18's "هناك عمل بالتنسيق مع"): not coded. "وزارة السياحة التي قامت
# بتوجيه الدعوة لعدد كبير من الاعلاميين الأجانب" is a relative clause with its doer: an invitation, AGREE (GUIDELINES)
# to the journalists, undated. Claims: the director's قال and أضاف; "حسب قوله" repeats him. The ministry's list
# holds Tunisia (a state body), though تونس is named as a place too (صورة تونس), as state bodies list their state.
i = 'ant-JA-culture-81-20170322'
t = news_text(i)
MHENNI = ["Sami Mhenni", "سامي مهني", "مهني", "festival director", "مدير التظاهرة"]
recs.append({"id": i, "text": t, "published": "2017-03-22", "events": [
    {"code": "AGREE", "source": ["Tunisian Ministry of Tourism", "وزارة السياحة", "Tunisia"],
     "target": ["journalists", "foreign journalists", "الاعلاميين الأجانب", "عدد كبير من الاعلاميين الأجانب",
                "الاعلاميين"]}], "claims": [
    {"speaker": MHENNI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MHENNI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Jawhara FM: shared-taxi drivers demand licences today (Friday 24 February 2017); the Sousse delegate answers.
# "طالب عدد من سواق التاكسي الجماعي ... اليوم" is a demand with no named addressee: REQUEST, dated; the drivers are
# the story's group tied to a named place, so they and "أحد السواق"/"أحدهم" (one of them) are speakers (as batches
# 16 and 30 take a town's traders and residents). "قدموا مطالب منذ 7 سنوات" is an earlier, separate instance of
# asking (batch 31 keeps a complaint and the earlier formal complaint apart): a second REQUEST, undated. Their
# complaint that the authorities gave no answer and passed them on (لم يتمكنوا من ايجاد اجابة مقنعة من السلط
# المعنية، لم تجد صدى، أرسلتهم ... وجهتهم) is one ACCUSE of the authorities (as batch 30's residents), dated by the
# day of their statements; the referrals themselves (أرسلتهم لوزارة النقل، وجهتهم وزارة النقل إلى النقابة) are
# decided not coded (a referral states no refusal). "حاولوا لقاء الوالي والمعتمد" is an attempt, no meeting: not
# coded. The delegate's statements give no event: the licence withdrawals are passive (تم سحب), the future grants
# passive (سيتم منح), and the purge committee's "تسهر على دراسة الملفات وسحب الرخص من غير مستحقيها" is a standing
# administrative task with no named target: decided not coded. Claims: طالب (other), مؤكدين، أكد، أضاف، مشيرا
# (the drivers; accuse for the complaints), and the delegate's أكدت (twice), أوضحت، أضافت، مشيرة، مضيفة (assert) and
# مؤكدة (licences will be granted soon: promise); "على حد قوله/قولها" repeat their speakers. The delegate's list
# leaves out her title (it holds ولاية سوسة, a place), the authorities' "وزارة النقل" stays (no other actor holds it).
i = 'ant-JA-localNews-1723-20170224'
t = news_text(i)
DRIVERS = ["shared-taxi drivers", "عدد من سواق التاكسي الجماعي", "سواق التاكسي الجماعي", "السواق", "أحد السواق",
           "أحدهم"]
BAKKAR = ["Hanan Bakkar", "حنان بكار", "بكار", "المعتمد", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-24", "events": [
    {"code": "REQUEST", "source": DRIVERS, "target": [], "date": "2017-02-24"},
    {"code": "REQUEST", "source": DRIVERS, "target": []},
    {"code": "ACCUSE", "source": DRIVERS,
     "target": ["concerned authorities", "السلط المعنية", "الولاية", "Ministry of Transport", "وزارة النقل"],
     "date": "2017-02-24"}], "claims": [
    {"speaker": DRIVERS, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": DRIVERS, "cue": cue(t, "مؤكدين"), "stance": "assert"},
    {"speaker": DRIVERS, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": DRIVERS, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": DRIVERS, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": BAKKAR, "cue": cue(t, "أكدت", 1), "stance": "assert"},
    {"speaker": BAKKAR, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": BAKKAR, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": BAKKAR, "cue": cue(t, "مؤكدة"), "stance": "promise"},
    {"speaker": BAKKAR, "cue": cue(t, "أكدت", 2), "stance": "assert"},
    {"speaker": BAKKAR, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": BAKKAR, "cue": cue(t, "مضيفة"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch40.gold.jsonl', recs)
