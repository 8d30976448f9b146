"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 148 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Thursday 2015-07-23): Brig. Roy Elkabets, commander of the Israeli battalion 80 on the Egyptian
# border, says an ISIS attack on Eilat is a matter of time. His characterisation of ISIS in Sinai (no deterrent, only
# offensive means; its plans "هجومية أكثر منها دفاعية") and his forecast that it will attack Eilat by land or air
# ("وتوقع أن يشن تنظيم داعش هجوما على مدينة إيلات"، "الهجوم على إسرائيل من قبل داعش أصبح مسألة وقت") are one
# warning that names the coming attacker: one ACCUSE Elkabets → ISIS (decided, as batches 89–92 code calling ISIS "the
# main danger" an ACCUSE and concern about a named party's acts is ACCUSE); the forecast attack itself is hypothetical,
# no ASSAULT. "وتم نصب منظومة القبة الفولاذية تحسبا لأي هجوم كهذا" is a passive deployment the army's own commander
# reports: the Israeli army's MOBILIZE (as a passive act a ministry reports of its own unit is that unit's, and raised
# readiness is MOBILIZE, batches 37–40), with ISIS, the attacker it guards against, as target; the army's declared
# readiness ("الجيش الإسرائيلي مستعد"، "الجيش مستعد لأي مفاجأة") is folded in (decided). Both undated (the interview
# has no day). Not coded: "الهجمات التي يشنها في سيناء" (a comparison class of attacks inside the quote, with no target
# or time: decided, like a habitual method of attack), the interview with Channel 1 (media, no meeting), Hezbollah and
# Hamas (named only for comparison). Claims of Elkabets: أكد (1st) and موضحا (his description of ISIS: assert), أكد
# (2nd) and مشددًا (the army's readiness: assert), توقع and معتبرا (the coming attack: warn). The channel is the venue.
# No ISIS list holds سيناء, named on its own.
i = 'snn-2015-07-23-0555'
t = news_text(i)
ELKABETS = ["Roy Elkabets", "روي الكبيتس", "الكبيتس", "قائد الكتيبة 80", "العميد روي الكبيتس", "Israel", "إسرائيل"]
IDF = ["Israeli army", "الجيش الإسرائيلي", "الجيش", "الكتيبة 80", "Israel", "إسرائيل"]
ISIS = ["ISIS", "داعش", "تنظيم داعش", "التنظيم", "Islamic State"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ACCUSE", "source": ELKABETS, "target": ISIS},
    {"code": "MOBILIZE", "source": IDF, "target": ISIS}], "claims": [
    {"speaker": ELKABETS, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ELKABETS, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": ELKABETS, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": ELKABETS, "cue": cue(t, "مشددًا"), "stance": "assert"},
    {"speaker": ELKABETS, "cue": cue(t, "توقع"), "stance": "warn"},
    {"speaker": ELKABETS, "cue": cue(t, "معتبرا"), "stance": "warn"}]})
# --- SaudiNewsNet (2015-07-25): Super Cup logistics in London. "رفض نادي الهلال الاقامة في الفنادق المحددة من قبل
# الشركة المسوقة والراعية لكأس السوبر" is a club turning down the event marketer's hotel options: the logistics of a
# match, sport business like transfer refusals between clubs and a club's refusal to sell (README): no event (decided;
# not the snub of a rival club that batches 61–64 code as REJECT). Its choice of another hotel and return time, Al-Nassr
# postponing its return, the kick-off time, the English referees, and the federation coordinator Mohammed al-Hamid's
# checks in London (hotels, training pitches, media seats, press cards) are the organisation of the match, inside
# the sport; the press conference "تقرر عقد" is passive and future: no events. Claims: none — "رفض" reports an act,
# not a statement, and "حسب الترتيبات التي تجريها امانة اتحاد الكرة" cites arrangements, not speech (decided).
i = 'snn-2015-07-25-0809'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": []})
# --- AFP via SaudiNewsNet (Thursday 2015-08-06): Italy's PM Matteo Renzi invites Iran's President Hassan Rouhani to
# Italy, by a letter FM Paolo Gentiloni carried to him in Tehran yesterday. "وجه ... رنزي دعوة الى ... روحاني لزيارة
# ايطاليا في رسالة حملها اليه امس ... جنتيلوني" is an invitation: AGREE (GUIDELINES) Renzi → Rouhani, with the messenger
# in the source (as batch 30's invitation carried by MBS), dated 2015-08-05 (امس); the delivery is a meeting: CONSULT
# Gentiloni → Rouhani (the visitor the source), same day; Gentiloni's arrival in Iran on Tuesday with minister
# Federica Guidi and a business delegation ("ووصل ... الى ايران الثلاثاء") is the visit those meetings belong to, folded
# in (a visit and the meeting it holds are one CONSULT, batches 45–48; decided). "وأكد روحاني لجنتيلوني انه يأمل
# زيارة ايطاليا في الوقت المناسب" accepts in principle: AGREE Rouhani → Italy (as batch 30's acceptance), and "وهو بلد
# لديه حضارة وثقافة عريقتين" is praise of Italy: SUPPORT (GUIDELINES: praise), both dated 2015-08-05 (said to Gentiloni
# on the visit, decided). "كما سلم ... فابيوس ... في اثناء زيارة الى طهران الرئيس روحاني دعوة من نظيره الفرنسي
# فرنسوا هولاند لزيارة باريس في نوفمبر" is a second invitation, AGREE Hollande (with Fabius, his messenger) → Rouhani,
# and a visit meeting Rouhani, CONSULT Fabius → Rouhani, both undated (Fabius's visit has no day). "في لقاء مع وزير
# الخارجية الايراني محمد جواد ظريف اقر جنتيلوني" names a meeting with both parties: CONSULT Gentiloni → Zarif, undated
# (decided: the text puts only the Rouhani meeting on a day). Not coded: the visit's purpose (ترمي), the Vienna deal and
# the sanctions (nominal background), Italy's aim to regain its place (تسعى: no act towards a party), Gabriel's earlier
# visit (nominal, after بعد), the expected visits of leaders (يتوقع: passive). Claims: Renzi's وجه (the invitation:
# other, as batch 30's نقل), Rouhani's أكد (promise, as batch 30's acceptance), Hollande's invitation handed over by
# Fabius, سلم (other), Rouhani's صرح (assert) and Gentiloni's اقر (assert). "بحسب الموقع الرسمي للرئاسة الايرانية" shares
# its sentence with Rouhani's أكد and names his own office: no claim.
i = 'snn-2015-08-06-1746'
t = news_text(i)
RENZI = ["Matteo Renzi", "ماتيو رنزي", "رنزي", "رئيس الوزراء الايطالي", "Italy", "ايطاليا"]
GENTILONI = ["Paolo Gentiloni", "باولو جنتيلوني", "جنتيلوني", "وزير الخارجية الايطالي", "Italy", "ايطاليا"]
GUIDI = ["Federica Guidi", "فيديريكا غويدي", "غويدي", "وزيرة التنمية الاقتصادية", "Italian business delegation",
         "وفد من قطاع الاعمال"]
ROUHANI = ["Hassan Rouhani", "حسن روحاني", "روحاني", "الرئيس الايراني", "الرئيس روحاني", "Iran", "ايران"]
ZARIF = ["Mohammad Javad Zarif", "محمد جواد ظريف", "ظريف", "وزير الخارجية الايراني", "Iran", "ايران"]
FABIUS = ["Laurent Fabius", "لوران فابيوس", "فابيوس", "وزير الخارجية الفرنسي", "France"]
HOLLANDE = ["François Hollande", "فرنسوا هولاند", "هولاند", "نظيره الفرنسي", "France"]
ITALY = ["Italy", "ايطاليا", "Matteo Renzi", "رنزي"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "AGREE", "source": RENZI + GENTILONI[:4], "target": ROUHANI, "date": "2015-08-05"},
    {"code": "CONSULT", "source": GENTILONI + GUIDI, "target": ROUHANI, "date": "2015-08-05"},
    {"code": "AGREE", "source": ROUHANI, "target": ITALY, "date": "2015-08-05"},
    {"code": "SUPPORT", "source": ROUHANI, "target": ITALY, "date": "2015-08-05"},
    {"code": "AGREE", "source": HOLLANDE + FABIUS[:4], "target": ROUHANI},
    {"code": "CONSULT", "source": FABIUS, "target": ROUHANI},
    {"code": "CONSULT", "source": GENTILONI, "target": ZARIF}], "claims": [
    {"speaker": RENZI, "cue": cue(t, "وجه"), "stance": "other"},
    {"speaker": ROUHANI, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": HOLLANDE + FABIUS[:4], "cue": cue(t, "سلم"), "stance": "other"},
    {"speaker": ROUHANI, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": GENTILONI, "cue": cue(t, "اقر"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-08-01): President Mahmoud Abbas, chairing an emergency meeting of the Palestinian
# leadership in Ramallah on Friday evening (امس الجمعة, 2015-07-31), asks that settler groups be listed as terrorist,
# after the Duma arson. "طالب ... عباس ... المجتمع الدولي بتصنيف جماعات المستوطنين ... كمنظمات إرهابية", re-told in
# his quote "نطالب المجتمع الدولي والأمم المتحدة وأميركا ... بأن تسمى منظمات المستوطنين إرهابية", is one REQUEST →
# the international community, the UN and the US (one list), dated 2015-07-31. His comparison ("ربما هي أكثر سوءا")
# and "ارتكب المستوطنون 11 ألف جريمة ... ليقوم بهذه الأعمال القذرة الوحشية" are one ACCUSE Abbas → the settlers, same
# day; the 11,000 crimes are the charge's content, no ASSAULT of their own (as batch 68's "crimes practised daily"),
# and "أميركا المنحازة دائما" is an epithet inside the demand, no ACCUSE of its own (decided). "أعلنت الأجهزة الأمنية
# الفلسطينية مساء الجمعة عزمها على ملاحقة المستوطنين المسؤولين عن هجمات", with spokesman Adnan al-Damiri's "اصبحوا من
# الآن مطلوبين وملاحقين للأمن الفلسطيني" and "ستتم ملاحقتهم", declares men out of its reach wanted: one THREATEN
# security services → the settlers (decided, as an arrest warrant for people abroad is THREATEN, batches 45–48), his
# charge "ارتكبوا جرائم إرهابية" folded in as its grounds, dated 2015-07-31 (مساء الجمعة). The relative clause "المستوطنين
# الذين ارتكبوا ... جريمة الجمعة بحرق وقتل عائلة دوابشة" names its doer: ASSAULT settlers → the Dawabsheh family, dated
# 2015-07-31 (جريمة الجمعة); the lead's "إثر قيام مستوطنين متطرفين بإحراق منزل" is the same arson, told as a noun.
# "ليس لدينا ثقة نهائيا بملاحقة حكومة إسرائيل لإرهاب المستوطنين وإذا ما اعتقلتهم ستفرج عنهم" and his answer that
# Netanyahu's calling it a terrorist act aims "امتصاص نقمة العالم" are two criticisms of one government: one ACCUSE
# Damiri → the Israeli government with its head (as batches 85–88: two criticisms, one ACCUSE, two claims), undated
# (decided: his remarks to AFP have no day of their own). Not coded: the emergency leadership meeting (internal),
# Netanyahu's description (وصف, a noun), the settlers' crimes "تسجل ضد مجهول" and quick releases (passive,
# hypothetical). Claims: Abbas's طالب (other), قال (other) and أضاف (accuse); the security services' أعلنت (warn);
# Damiri's قال (2nd, warn), أضاف (2nd, warn), تابع (accuse) and قال (3rd, accuse). AFP is his conduit.
i = 'snn-2015-08-01-0427'
t = news_text(i)
ABBAS = ["Mahmoud Abbas", "محمود عباس", "عباس", "الرئيس الفلسطيني", "Palestinian Authority", "Palestine"]
INTL = ["international community", "المجتمع الدولي", "United Nations", "الأمم المتحدة", "United States", "أميركا"]
SETTLERS = ["Israeli settlers", "جماعات المستوطنين الإسرائيليين", "المستوطنين", "المستوطنون", "منظمات المستوطنين",
            "مستوطنين متطرفين", "مستوطنين"]
PSS = ["Palestinian security services", "الأجهزة الأمنية الفلسطينية", "الأجهزة الأمنية", "الأمن الفلسطيني",
       "Palestinian Authority", "Palestine"]
DAMIRI = ["Adnan al-Damiri", "عدنان الضميري", "الضميري", "اللواء عدنان الضميري",
          "المتحدث الرسمي باسم الأجهزة الأمنية الفلسطينية", "المتحدث باسم الأجهزة الأمنية الفلسطينية"] + PSS
DAWABSHEH = ["Dawabsheh family", "عائلة دوابشة", "أبناء شعبنا", "طفل فلسطيني", "Palestinians", "فلسطينيين"]
ISRAEL_GOV = ["Israeli government", "حكومة إسرائيل", "Benjamin Netanyahu", "بنيامين نتانياهو", "نتانياهو",
              "رئيس الحكومة الإسرائيلية", "Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "REQUEST", "source": ABBAS, "target": INTL, "date": "2015-07-31"},
    {"code": "ACCUSE", "source": ABBAS, "target": SETTLERS, "date": "2015-07-31"},
    {"code": "THREATEN", "source": DAMIRI, "target": SETTLERS, "date": "2015-07-31"},
    {"code": "ASSAULT", "source": SETTLERS, "target": DAWABSHEH, "date": "2015-07-31"},
    {"code": "ACCUSE", "source": DAMIRI, "target": ISRAEL_GOV}], "claims": [
    {"speaker": ABBAS, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ABBAS, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": ABBAS, "cue": cue(t, "أضاف", 1), "stance": "accuse"},
    {"speaker": PSS, "cue": cue(t, "أعلنت"), "stance": "warn"},
    {"speaker": DAMIRI, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": DAMIRI, "cue": cue(t, "أضاف", 2), "stance": "warn"},
    {"speaker": DAMIRI, "cue": cue(t, "تابع"), "stance": "accuse"},
    {"speaker": DAMIRI, "cue": cue(t, "قال", 3), "stance": "accuse"}]})
# --- AFP via SaudiNewsNet (Wednesday 2015-07-22): Obama asks veterans to back the Iran nuclear deal. "انتقل اوباما
# الى مدينة بيتسبرغ ... ليطلب من نحو 1،9 مليون عضو في منظمة قدامى المحاربين في الخارج اعطاء الاتفاق مع ايران فرصته"
# is REQUEST Obama → the Veterans of Foreign Wars; his trip to address them is folded in (a speech to an audience is no
# meeting, batches 89–92; decided). "دافع ... عن الاتفاق النووي" defends his own government's deal: no SUPPORT of
# another party (decided). "وندد اوباما بالذين يتبجحون بكونهم ضد الاتفاق" condemns specific but unnamed opponents:
# ACCUSE with no target (decided, as vague "black forces", batches 89–92, not a generic class); "وتابع قائلا" carries
# it on. "مؤكدا انه لن يتراجع في حال كانت هناك حاجة لشن عمليات عسكرية" is a conditional threat of force in a speech
# about Iran: THREATEN Obama → Iran (decided: Iran is the only adversary the speech names). All undated (the speech
# has no day in the text). Not coded: the coming fight in Congress (يستعد: no act yet), the administration launching a
# Twitter account on Tuesday (no act towards a party), the deal reached (passive, nominal), the Pew poll (GUIDELINES:
# polls). Ted Cruz "علق ... على اطلاق هذه الصفحة على تويتر بارسال تغريدة تفتح رابطا يندد بالاتفاق" criticises the
# administration's deal and its campaign: ACCUSE Cruz → the administration (decided, as a party criticising a
# reshuffle accuses the government), undated. Claims: Obama's معتبرا (assert; دافع in the same sentence is its frame,
# one claim), يطلب (other), ندد (accuse), تابع (accuse: the cost of the war his opponents chose; decided), قال (2nd:
# assert) and مؤكدا (warn); Josh Earnest's قال (3rd, assert); Cruz's علق (accuse); the Pew Research Center's "جاء في
# استطلاع ... اجراه مركز بيو" (a named author's study, batches 8–9: assert). The first قال belongs to the unnamed
# opponents ("البعض منهم"): a bare source, no claim; the 48% and 38% respondents are a poll's sample.
i = 'snn-2015-07-22-0152'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك اوباما", "اوباما", "الرئيس الاميركي", "United States", "US"]
VFW = ["Veterans of Foreign Wars", "منظمة قدامى المحاربين في الخارج", "قدامى المحاربين", "1،9 مليون عضو"]
IRAN = ["Iran", "ايران"]
ADMIN = ["US administration", "الادارة الاميركية", "Barack Obama", "باراك اوباما", "اوباما", "White House",
         "البيت الابيض", "United States"]
CRUZ = ["Ted Cruz", "تيد كروز", "كروز", "احد المرشحين الجمهوريين"]
EARNEST = ["Josh Earnest", "جوش ايرنست", "ايرنست", "المتحدث باسم البيت الابيض", "White House", "البيت الابيض",
           "United States"]
PEW = ["Pew Research Center", "مركز بيو للابحاث", "مركز بيو", "بيو للابحاث"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "REQUEST", "source": OBAMA, "target": VFW},
    {"code": "ACCUSE", "source": OBAMA, "target": []},
    {"code": "THREATEN", "source": OBAMA, "target": IRAN},
    {"code": "ACCUSE", "source": CRUZ, "target": ADMIN}], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "يطلب"), "stance": "other"},
    {"speaker": OBAMA, "cue": cue(t, "ندد"), "stance": "accuse"},
    {"speaker": OBAMA, "cue": cue(t, "تابع"), "stance": "accuse"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "مؤكدا"), "stance": "warn"},
    {"speaker": EARNEST, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": CRUZ, "cue": cue(t, "علق"), "stance": "accuse"},
    {"speaker": PEW, "cue": cue(t, "جاء"), "stance": "assert"}]})
# --- Sabq (Amman, 2015-07-22): Jordan's Awqaf minister Hayel Dawood praises the Grand Mosque expansion that King
# Salman inaugurated. "أشاد ... بالتوسعة الكبيرة للحرم المكي الشريف التي دشنها مؤخراً خادم الحرمين الشريفين الملك
# سلمان" and the praise that follows (قال، أضاف، أردف) are one SUPPORT Dawood → King Salman (GUIDELINES: praise), undated
# (مؤخرا is vague; the statement has no day). "وشكر داود سفارة خادم الحرمين الشريفين في عمان على جهودها الكبيرة في
# تسهيل أمور حجاج ومعتمري المملكة الأردنية" is thanks with a reason: a second SUPPORT → the Saudi embassy and a claim
# (batches 109–112), undated. Not coded: the inauguration (no second party), the earlier expansions since King Abdulaziz
# (background), the embassy's facilitation (a noun, background). Claims: أشاد, قال, أضاف, أردف and شكر (all assert).
# The byline (عدنان خليل- سبق- عمان) is no speaker. The embassy list holds no form with خادم الحرمين الشريفين (the
# King's) or عمان (named on its own).
i = 'snn-2015-07-22-2029'
t = news_text(i)
DAWOOD = ["Hayel Dawood", "هايل داود", "داود", "وزير الأوقاف الأردني", "الوزير الأردني", "Jordan", "الأردن"]
SALMAN = ["King Salman", "Salman bin Abdulaziz", "الملك سلمان بن عبد العزيز", "سلمان بن عبد العزيز",
          "خادم الحرمين الشريفين", "الملك سلمان", "Saudi Arabia", "السعودية"]
EMBASSY = ["Saudi embassy in Amman", "Saudi embassy", "السفارة السعودية", "سفارة", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "SUPPORT", "source": DAWOOD, "target": SALMAN},
    {"code": "SUPPORT", "source": DAWOOD, "target": EMBASSY}], "claims": [
    {"speaker": DAWOOD, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": DAWOOD, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": DAWOOD, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": DAWOOD, "cue": cue(t, "أردف"), "stance": "assert"},
    {"speaker": DAWOOD, "cue": cue(t, "شكر"), "stance": "assert"}]})
# --- Ein Alyoum (2015-08-03): a Sudanese scholar, Abdul Hay Yousif of the University of Khartoum, rules that praying
# for deceased artists is allowed. A religious ruling on prayer and mourning: no event (README: prayers and mourning are
# neither events nor claims; the ruling itself is speech). The scholar is unnamed in the lead and named later: one
# speaker (README, batches 121–128 as reported). Claims: أفتى (assert), أجاب (assert) and أوضح (assert). Not claims:
# the anonymous question, "قال علماؤنا" inside his answer (bare scholars of the past), the Prophet's hadith (a
# quotation cited as evidence), the tag line at the end. The text writes much of the answer, and the name in it, in
# Arabic presentation forms; the list holds that exact form beside the plain spellings.
i = 'snn-2015-08-03-0044'
t = news_text(i)
YOUSIF = ["Abdul Hay Yousif", "عبد الحي يوسف", "عبدالحي يوسف", "ﻋﺒﺪ ﺍﻟﺤﻲ ﻳﻮﺳﻒ", "عالم سوداني",
          "أستاذ الثقافة ﺍﻹﺳﻼﻣﻴﺔ ﺑﺠﺎﻣﻌﺔ ﺍﻟﺨﺮﻃﻮﻡ", "أستاذ الثقافة الإسلامية بجامعة الخرطوم"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [], "claims": [
    {"speaker": YOUSIF, "cue": cue(t, "أفتى"), "stance": "assert"},
    {"speaker": YOUSIF, "cue": cue(t, "أجاب"), "stance": "assert"},
    {"speaker": YOUSIF, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-22): Egypt's Civil Aviation Minister Hossam Kamal reports 100,000 passengers through
# Egyptian airports in the past hours. Passenger and flight figures, EgyptAir's domestic flights and returning pilgrims
# are traffic, no interaction between parties: no events. Claims of Kamal: أعلن, قال (1st), أشار and قال (2nd), all
# assert; "في بيان إعلامي أصدرته وزارة الطيران المدني أمس" shares its sentence with his قال and is his own ministry's
# statement: no second claim (README, batches 6–7).
i = 'snn-2015-07-22-0997'
t = news_text(i)
KAMAL = ["Hossam Kamal", "حسام كمال", "كمال", "وزير الطيران المدني المصري", "Egyptian Ministry of Civil Aviation",
         "وزارة الطيران المدني", "Egypt"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": KAMAL, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": KAMAL, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": KAMAL, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": KAMAL, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-10): UNRWA's budget crisis threatens the school year in Gaza. The agency not receiving its
# budget has no doer, and the school-year postponement is a consequence, not an act: no events. Union head Suhail
# al-Hindi's "هناك توجه عالمي لإنهاء الوكالة" blames no identifiable party: a claim but no ACCUSE (decided, as
# complaints that blame no one; a country's worry naming no party). Claims: UNRWA spokesman Adnan Abu Hasna's أوضح
# (the postponement and unpaid salaries ahead: warn); al-Hindi's قال (assert) and مشيرا (the problem is political:
# accuse). Al-Hindi's list holds no form with الوكالة (UNRWA's); neither holds غزة.
i = 'snn-2015-08-10-1458'
t = news_text(i)
ABU_HASNA = ["Adnan Abu Hasna", "عدنان أبو حسنة", "أبو حسنة", "UNRWA", "أونروا",
             "وكالة غوث وتشغيل اللاجئين الفلسطينيين", "الوكالة"]
HINDI = ["Suhail al-Hindi", "سهيل الهندي", "الهندي", "رئيس المؤتمر العام لاتحادات الموظفين",
         "المؤتمر العام لاتحادات الموظفين", "UNRWA staff unions"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": ABU_HASNA, "cue": cue(t, "أوضح"), "stance": "warn"},
    {"speaker": HINDI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HINDI, "cue": cue(t, "مشيرا"), "stance": "accuse"}]})
# --- SaudiNewsNet (Sunday 2015-08-02): Al-Hilal's coach Donis refuses to have today's friendly against Al-Ain
# televised. His refusal and the broadcasting rights (Al-Ain's contract with the camp organiser, the rival's refusal
# to sell rights) are sport business, like transfer refusals between clubs and a club's refusal to sell (README): no
# events (decided; the contract "الذي أبرمه نادي العين مع الشركة المتعهدة" is a relative clause, but a club's business
# contract, and "رفض المنافس" is a noun). The friendly itself is sport. Claims: Al-Ain's official site speaks for the
# club (a site tied to a named body): its اكد (broadcasting possible: assert) — "كما أعلن" in the same sentence is an
# attribution frame, as "كما قال" adds no claim — and its صرح (the match will not be on Abu Dhabi Sports: assert, a
# different statement); Donis's ابدى (announcing a refusal: deny). The fans' waiting is no statement.
i = 'snn-2015-08-02-0968'
t = news_text(i)
ALAIN = ["Al Ain", "نادي العين الاماراتي", "نادي العين", "الموقع الرسمي لنادي العين الاماراتي",
         "الموقع الرسمي لنادي العين"]
DONIS = ["Giorgos Donis", "دونيس", "مدرب الهلال", "مدرب الهلال اليوناني دونيس", "Al-Hilal", "الهلال"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": ALAIN, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": DONIS, "cue": cue(t, "ابدى"), "stance": "deny"},
    {"speaker": ALAIN, "cue": cue(t, "صرح"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch148.gold.jsonl', recs)
