"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 58 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Asharq al-Awsat (Saturday 2015-08-08): Jon Stewart presented the last Daily Show last Thursday night
# (2015-08-06). Presenting a show, Obama's single appearance on it (batches 26 and 29: hosting for an interview is
# reporting), the show's farewell clips and Stewart's imitators are no PLOVER events; "كان ... بوش الابن موضوع كثير
# من التعليقات اللاذعة" and "لم يسلموا من لسان ستيوارت" are nouns and a negated habitual clause for his satire, not
# one act (decided: not coded, the headline's "هجوم لاذع" being outside text). "تندر أوباما نفسه على ستيوارت. وقال
# إنه «أعظم هدية من التاريخ للولايات المتحدة»" is a joke whose words are praise: SUPPORT Obama → Stewart (decided:
# the quoted praise decides the code, the teasing gives no ACCUSE), undated ("أثناء البرنامج" names no day).
# Hillary Clinton's joke in the farewell video (her campaign has begun as his show ends) acts on no party: claim only.
# "في كلمة ستيوارت الختامية، شكر زملاءه، وجمهوره، وعائلته" is thanks: SUPPORT (batches 15, 22, 56) with the three
# one target list, dated by the last show (2015-08-06); a bare thanks with no content is no claim (batches 15, 54).
# Claims: Obama's قال (praise: assert), Clinton's قالت (assert), Stewart's closing قال and أضاف (assert). Obama, a
# state official, lists his state; Stewart and Clinton (a candidate, out of office) list none.
i = 'snn-2015-08-08-0063'
t = news_text(i)
STEWART = ["Jon Stewart", "جون ستيوارت", "ستيوارت", "المذيع التلفزيوني الأميركي جون ستيوارت"]
OBAMA = ["Barack Obama", "Obama", "أوباما", "United States"]
CLINTON = ["Hillary Clinton", "هيلاري كلينتون", "كلينتون", "هيلاري"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "SUPPORT", "source": OBAMA, "target": STEWART},
    {"code": "SUPPORT", "source": STEWART,
     "target": ["colleagues", "زملاءه", "audience", "جمهوره", "family", "عائلته"], "date": "2015-08-06"}],
    "claims": [
    {"speaker": OBAMA, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": CLINTON, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": STEWART, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": STEWART, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Al-Jazirah: the Taif local committee for the municipal elections completes its preparations and supervises 66
# polling centres. The committee's preparations and supervision are its own work, and its coordination meetings
# chaired by its own head are internal deliberations (GUIDELINES; batches 33-36: a body directing its own units);
# "تم بحث سبل التنسيق" is passive; the minister's directives are a noun: no events. Claims: the committee head's
# "أكد ... على تحقيق توجيهات" (the committee's mandate, told as fact: assert). "يذكر أن" is the narrator. His list
# leaves out "أمين الطائف" and the committee's full name with بمحافظة الطائف (الطائف is named on its own).
i = 'snn-2015-08-06-0918'
t = news_text(i)
MAKHRAJ = ["Mohammed al-Makhraj", "محمد المخرج", "المخرج", "رئيس اللجنة", "Taif local elections committee",
           "اللجنة المحلية للانتخابات البلدية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": MAKHRAJ, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Al-Eqtisadiya (Reuters): 118 cancer experts propose ways to cut cancer-drug prices, in research published today
# (Thursday 2015-07-23) in the Mayo Clinic Proceedings. "وضعت مجموعة ... مجموعة مقترحات لخفض أسعار أدوية علاج المرض"
# and "دعت المجموعة من بين مقترحاتها إلى تشكيل جهاز تنظيمي جديد" are one set of policy demands: one REQUEST
# (batches 29-30: proposals asking for a change are REQUEST) with no addressee named, dated by the publication
# (decided: the proposals are the research's, and the text fixes its day). "تأييدا لحركة احتجاج" gives the same
# clause its stated endorsement: SUPPORT experts → the patients' movement (decided: the adverbial masdar's doer is the
# clause's explicit subject), dated likewise. "حركة احتجاج ينظمها المرضى للضغط على الشركات الكبرى" is a relative
# clause with its doer: PROTEST patients → the big companies it presses (batch 31: a protest's addressee in a
# relative clause is its target), undated (ongoing). Tefferi's "حان الوقت لان يطالب المرضى وأطباؤهم بالتغيير" is an
# exhortation: REQUEST Tefferi → patients and their doctors (batch 42 codes the Mufti's exhortations so), undated
# (his words carry no day). "الجهود التي يبذلها أطباء السرطان لزيادة الوعي" is no PLOVER event; the FDA approval is a
# noun. Claims: Tefferi's قال (the exhortation: other), قال and قال (assert); the group's دعت (other), the group
# being the named research team (a team of named experts is a speaker, batches 45-48), so its list holds its named
# leading author too. Mayo Clinic is in no list (it is also the journal's name).
i = 'snn-2015-07-23-0129'
t = news_text(i)
TEFFERI = ["Ayalew Tefferi", "ايالو تيفيري", "تيفيري", "الدكتور ايالو تيفيري"]
EXPERTS = ["group of 118 cancer experts", "مجموعة ضمت 118 خبيرا في السرطان", "118 خبيرا في السرطان", "المجموعة",
           "cancer experts"] + TEFFERI
PATIENTS = ["cancer patients", "patients", "المرضى", "patients' protest movement", "حركة احتجاج"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REQUEST", "source": EXPERTS, "target": [], "date": "2015-07-23"},
    {"code": "SUPPORT", "source": EXPERTS, "target": PATIENTS, "date": "2015-07-23"},
    {"code": "PROTEST", "source": PATIENTS,
     "target": ["big pharmaceutical companies", "الشركات الكبرى", "drug companies"]},
    {"code": "REQUEST", "source": TEFFERI,
     "target": ["patients and their doctors", "المرضى", "أطباؤهم", "patients"]}], "claims": [
    {"speaker": TEFFERI, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": TEFFERI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": EXPERTS, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": TEFFERI, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- Al-Riyadh: the General Secretariat of the Supreme Judicial Council condemns the bombing of the emergency
# forces' mosque in Abha. "اعتبرت ... التفجير الارهابي ... عملاً إجرامياً دنيئاً", al-Nashwan's words and "يستنكرون
# هذا العمل الإجرامي" (told in his أكد) are one statement's condemnation: one ACCUSE (batches 33-36: several verbs,
# one ACCUSE), its target the doer the text names, "هذه الفئة الضالة" / "هؤلاء" (batches 42 and 54), undated (no day
# in the text). The bombing itself has no doer ("الذي وقع"), and "تقتل الأبرياء وتريق دماء المصلين" is a generic
# characterisation of the group (batch 42: no ASSAULT); "قيادات جاهلية تخدم مصالح خارجية" names no party. "يقفون خلف
# قيادتهم الرشيدة لمحاربة هذه الفئة الضالة" is declared support for the rulers: SUPPORT (batch 19's "وقوفهم ... خلف
# ولاتهم"), undated. Condolences and prayers are nothing; the Quran verse and al-Bukhari's hadith are scripture inside
# his words, no speakers'. Claims: the secretariat's اعتبرت, al-Nashwan's قال، أضاف، أكد (all accuse). The
# council, a state body, lists Saudi Arabia in the ACCUSE; in the SUPPORT the state is the rulers' (the target), so
# the council's list there leaves it out. No alias holds أبها.
i = 'snn-2015-08-07-0830'
t = news_text(i)
SJC = ["Supreme Judicial Council", "المجلس الأعلى للقضاء", "General Secretariat of the Supreme Judicial Council",
       "الأمانة العامة للمجلس الأعلى للقضاء", "الأمانة العامة"]
NASHWAN = ["Salman al-Nashwan", "سلمان النشوان", "النشوان", "الشيخ النشوان"] + SJC
DEVIANT = ["deviant group", "الفئة الضالة", "هذه الفئة الضالة", "هؤلاء", "perpetrators"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": NASHWAN + ["Saudi Arabia"], "target": DEVIANT},
    {"code": "SUPPORT", "source": NASHWAN,
     "target": ["Saudi leadership", "قيادتهم الرشيدة", "القيادة الرشيدة", "Saudi Arabia"]}], "claims": [
    {"speaker": SJC + ["Saudi Arabia"], "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": NASHWAN, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": NASHWAN, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": NASHWAN, "cue": cue(t, "أكد"), "stance": "accuse"}]})
# --- Al-Jazirah: Yanbu's education director Mohammed al-Aqibi meets Samer al-Juhani, director of the Tourism and
# National Heritage authority's Yanbu branch. "التقى ... العقيبي، بمدير الهيئة ... سامر الجهني" is one CONSULT; the
# text tells who came ("أعرب الجهني، عن تقديره لاستقبال مدير التعليم له", "حرص على الاجتماع بالتعليم"), so al-Juhani
# the visitor is the source and al-Aqibi the host the target (GUIDELINES), undated; "تم في الاجتماع بحث سبل التعاون"
# is the meeting's passive content, and the partnership agreements between the ministry and the authority are
# nominal background. Two separate bodies, so not internal (batch 49). Al-Juhani's thanks for the director's
# enthusiasm (شاكراً الحماس الكبير الذي وجده من مدير التعليم) and his appreciation of the reception (أعرب ... عن
# تقديره لاستقبال مدير التعليم له، مشيداً بالعمل القائم على الشراكة) are praise of one host: one SUPPORT al-Juhani →
# al-Aqibi (decided: one speaker's thanks and praise towards one party, as batch 15's compound thanks), undated.
# Claims: al-Aqibi's أكد and مؤكداً; al-Juhani's أكد، مشيراً، مضيفاً، أضاف، شاكراً (thanks with praise of what he
# found: assert, as batch 22's شكر), أعرب and مشيداً (distinct contents: the reception, then the partnership work), all
# assert. Both are Saudi public bodies, so neither lists the state (batch 49); no alias holds ينبع (named on its own).
i = 'snn-2015-08-04-0506'
t = news_text(i)
AQIBI = ["Mohammed al-Aqibi", "محمد العقيبي", "العقيبي", "مدير التعليم", "Yanbu education director",
         "Ministry of Education", "وزارة التعليم"]
JUHANI = ["Samer al-Juhani", "سامر الجهني", "الجهني", "مدير هيئة السياحة", "Saudi Commission for Tourism and National "
          "Heritage", "الهيئة العامة للسياحة والتراث الوطني", "هيئة السياحة", "فرع هيئة السياحة"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "CONSULT", "source": JUHANI, "target": AQIBI},
    {"code": "SUPPORT", "source": JUHANI, "target": AQIBI}], "claims": [
    {"speaker": AQIBI, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": AQIBI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "شاكراً"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": JUHANI, "cue": cue(t, "مشيداً"), "stance": "assert"}]})
# --- Jawhara FM: the death toll of the Tripoli clashes rises to 52 (today, Saturday 2017-05-27). The clashes that
# broke out yesterday and the shelling have no named doer, and the killing of 17 members of a security company
# ("الجريمة البشعة بتصفية 17") is a noun inside the adviser's list: no events. "أهابت وزارة الصحة ... بالعناصر
# الطبية ... الالتحاق فورًا بمستشفياتهم" is a ministry's call to the medical staff of its own hospitals: an
# administrative notice (batches 49-52), a claim only (other). "حسبما أوردته مصادر إعلامية" and "أفاد شهود عيان"
# are bare sources: no claims. "ونقلت المصادر عن المستشار الأمني ... هاشم بشر، ارتفاع حصيلة" has no قوله and no
# speech noun, so its only reporting word, نقلت, is the cue of the one quoted (decided, as batch 43 gives "بحسب ما
# نقلته رويترز عن تشان" to Chan); the sources are the conduit. Claims: Bishr's نقلت، أوضح، أضاف (assert), the
# ministry's أهابت (other). Both are officials of the Government of National Accord, which with Libya is in their
# lists; no alias holds طرابلس.
i = 'ant-JA-internationalNews-985-20170527'
t = news_text(i)
GNA = ["Government of National Accord", "حكومة الوفاق الليبية", "حكومة الوفاق", "Libya"]
BISHR = ["Hashem Bishr", "هاشم بشر", "بشر", "المستشار بشر", "المسؤول الليبي", "security adviser"] + GNA
HEALTH = ["Libyan Ministry of Health", "وزارة الصحة", "وزارة الصحة في حكومة الوفاق الليبية"] + GNA
recs.append({"id": i, "text": t, "published": "2017-05-27", "events": [], "claims": [
    {"speaker": BISHR, "cue": cue(t, "نقلت"), "stance": "assert"},
    {"speaker": BISHR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BISHR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": HEALTH, "cue": cue(t, "أهابت"), "stance": "other"}]})
# --- Jawhara FM: Ennahda secretary-general Ali Laarayedh expects today (Sunday 2016-10-09) the municipal elections by
# autumn 2017, in an interview with Anadolu at the Istanbul "Sharq Forum". The interview and his taking part in the
# forum are reporting and attendance (batches 26, 29; attendance is not coded); parliament's discussion of the law
# is legislative work; the movement's inclusive approach acts on no named party: no events. "قلق الرئيس السابق منصف
# المرزوقي" is a noun inside Anadolu's question, background to his answer: no claim of Marzouki (decided). "وفق
# المصدر التركي ذاته" names Anadolu, the conduit of his quoted words: no claim (batches 8-9 and 15-16). Claims:
# توقع (a forecast: assert), قال (assert), أكد (assert), مضيفا (civil wars if a small group goes alone: warn). No
# alias holds إسطنبول.
i = 'ant-JA-localNews-214-09102016'
t = news_text(i)
LAARAYEDH = ["Ali Laarayedh", "علي العريض", "العريض", "Ennahda", "حركة النهضة", "النهضة"]
recs.append({"id": i, "text": t, "published": "2016-10-09", "events": [], "claims": [
    {"speaker": LAARAYEDH, "cue": cue(t, "توقع"), "stance": "assert"},
    {"speaker": LAARAYEDH, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": LAARAYEDH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": LAARAYEDH, "cue": cue(t, "مضيفا"), "stance": "warn"}]})
# --- Jawhara FM: the Interior Ministry says two drivers were shot at today (Thursday 2017-02-02) in Kef after refusing
# a National Guard stop signal. "رفض سائقاها الإمتثال لإشارة أعوان الدّوريّة" is a clause with its doer: defiance of
# an order, REJECT drivers → the Guard patrol (CAMEO 12), dated; the lead's "بعد رفضهما الامتثال" re-tells it.
# "تمّ إستعمال الطلق الناري لإجبارهما على التوقف" is passive, but the ministry reports its own unit's act, named in the
# same sentence ("من قبل وحدات الحرس الوطني"): ASSAULT Guard → drivers (batches 15-16: passive police acts reported
# by the police are the police's), dated. The search and the seizure of the goods (بتفتيشهما، المحجوز) are the same
# unit's COERCE (confiscation, batch 41-44; batch 56 folds a seizure into its arrest, and here no arrest is told),
# dated. The stop signal itself is the occasion of the refusal, no REQUEST of its own (decided); the intended
# smuggling is no PLOVER event. Claims: the ministry's قالت and أوضحت (assert). No alias holds الكاف or قلعة سنان.
i = 'ant-JA-localNews-562-20170202'
t = news_text(i)
MOI = ["Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"]
GUARD = ["National Guard", "وحدات الحرس الوطني", "الحرس الوطني", "أعوان الدّوريّة", "أعوان الدورية", "الأمن",
         "Tunisian police"] + MOI
DRIVERS = ["two drivers", "شخصين", "سائقاها", "سائقا الشاحنتين", "truck drivers", "smugglers"]
recs.append({"id": i, "text": t, "published": "2017-02-02", "events": [
    {"code": "REJECT", "source": DRIVERS, "target": GUARD, "date": "2017-02-02"},
    {"code": "ASSAULT", "source": GUARD, "target": DRIVERS, "date": "2017-02-02"},
    {"code": "COERCE", "source": GUARD, "target": DRIVERS, "date": "2017-02-02"}], "claims": [
    {"speaker": MOI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- Jawhara FM: Fethi Bahri, director of the National Heritage Institute, resigned yesterday (Monday 2017-03-13) and
# today (Tuesday 2017-03-14) blames the culture minister's "harassment". The resignation submitted to the minister is a
# personnel act with no PLOVER class (batch 31 leaves resignations): not coded. His explanation, "فسر ... استقالته بما
# تعرض له من هرسلة من طرف وزير الشؤون الثقافية"، "واصفا تعامله معه بـ"الفض والعنيف"" and أضاف (the pressures reached
# his wife and his health) are one statement's criticism of one party: one ACCUSE Bahri → minister, dated by the
# statement. "حينما "أهان" الوزير شخصه وإطارات الوزارة" is a clause with its doer: verbal abuse, ACCUSE minister →
# Bahri and the ministry's staff (batches 37-40: a coach's verbal abuse is ACCUSE), dated last Saturday (2017-03-11);
# the six months of harassment it crowned (a noun with an agent phrase, "التي بلغت أوجها يوم السبت") are folded into
# it (decided: one campaign, its one finite clause dated). Claims: فسر، واصفا، أضاف (accuse). "في تصريح للجوهرة" is
# the addressee. Both are Tunisian state officials, so neither lists the state (batch 56's REQUEST to Abadi); Bahri's
# list holds his institute, the minister's his ministry's title.
i = 'ant-JA-localNews-2796-20170314'
t = news_text(i)
BAHRI = ["Fethi Bahri", "فتحي البحري", "البحري", "مدير المعهد الوطني للتراث", "National Heritage Institute",
         "المعهد الوطني للتراث"]
MINISTER = ["Mohamed Zine El Abidine", "محمد زين العابدين", "زين العابدين", "وزير الشؤون الثقافية",
            "Minister of Cultural Affairs"]
recs.append({"id": i, "text": t, "published": "2017-03-14", "events": [
    {"code": "ACCUSE", "source": BAHRI, "target": MINISTER, "date": "2017-03-14"},
    {"code": "ACCUSE", "source": MINISTER, "target": BAHRI + ["ministry staff", "إطارات الوزارة"],
     "date": "2017-03-11"}], "claims": [
    {"speaker": BAHRI, "cue": cue(t, "فسر"), "stance": "accuse"},
    {"speaker": BAHRI, "cue": cue(t, "واصفا"), "stance": "accuse"},
    {"speaker": BAHRI, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- Jawhara FM: photographer Jamie Lorriman says his photo of the veiled woman at the London attack was taken out of
# context. His rebuttal, "كشف ... أنه جرى إخراج صورة ... من سياقها، فهي لم تكن متواطئة", told to ABC on Friday (today,
# 2017-03-24) and again as "فكرة أن المرأة المحجبة كانت تتجاهل الجرحى غير صحيحة" with "بعض الانتقائيين انتزعوا صورة
# واحدة من سياقها", is one explicit denial of an accusation: one REJECT (batches 26-28: REJECT with an explicit
# denial, the criticism folded in), dated by the interview; with no target, since the accusers are bare tweeters
# ("مغردون"، "بعضهم", batch 52's bare group: no actor; decided). The tweeters' accusation of complicity (ذهب بعضهم
# إلى اتهامها) is a bare group's: neither event nor claim (batch 52), and so are their قال and برروا. The attack and
# the ramming are nouns with no doer in a clause; taking the photo is no event. Claims: Lorriman's كشف (deny), the
# first قال (she was in shock: assert), the third قال (deny), أشار (criticism of the selective users: accuse) and
# أضاف (assert). ABC is the addressee.
i = 'ant-JA-diverse-230-20170324'
t = news_text(i)
LORRIMAN = ["Jamie Lorriman", "جيمي لوريمان", "لوريمان", "photojournalist", "المصور الصحفي"]
recs.append({"id": i, "text": t, "published": "2017-03-24", "events": [
    {"code": "REJECT", "source": LORRIMAN, "target": [], "date": "2017-03-24"}], "claims": [
    {"speaker": LORRIMAN, "cue": cue(t, "كشف"), "stance": "deny"},
    {"speaker": LORRIMAN, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": LORRIMAN, "cue": cue(t, "قال", 3), "stance": "deny"},
    {"speaker": LORRIMAN, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": LORRIMAN, "cue": cue(t, "أضاف"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch58.gold.jsonl', recs)
