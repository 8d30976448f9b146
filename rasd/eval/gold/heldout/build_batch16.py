"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 16 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Two shoppers stabbed to death in the IKEA store of Vasteras (Monday = the publication day). The killing is
# passive, but the next sentence names its alleged doer ("الرجل الذي يشتبه بأنه وراء الجريمة"), so one ASSAULT from
# the suspect to the victims. His arrest is passive too; the police report it as their own act, so COERCE from the
# police. "المصدر" in وأضاف is the security forces of the previous sentence. "قالت صحيفة في إل تي نقلا عن مدير
# المتجر" makes the paper a conduit: the claim is the manager's, on the phrase that names him as the source. The
# store manager and the victims keep no alias holding ايكيا. The police cordon and the TV footage are not events.
i = 'snn-alriyadh-b2047a36d433'
t = news_text(i)
POLICE = ["Swedish police", "الشرطة", "قوات الأمن", "المصدر", "Sweden", "السويد"]
SUSPECT = ["suspect", "الرجل الذي يشتبه بأنه وراء الجريمة", "الشخص الموقوف"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": SUSPECT,
     "target": ["victims", "شخصان", "رجل وامرأة", "الضحايا", "القتيلين", "الزبائن العاديين"], "date": "2015-08-10"},
    {"code": "COERCE", "source": POLICE, "target": SUSPECT}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Eva Lindahl", "ايفا ليندال", "regional health authorities", "السلطات الصحية الإقليمية", "Sweden"],
     "cue": cue(t, "قالت", 3), "stance": "assert"},
    {"speaker": ["store manager", "مدير المتجر"], "cue": cue(t, "نقلا عن"), "stance": "assert"}]})
# --- Al-Wehda ends its Egypt camp. Friendly matches are sport, not events. Praise is SUPPORT: the coach's praise
# of the team (أثنى and امتدح in one sentence: one instance), Eishan's praise of the players and, separately, of
# the club president, and Morsi's thanks to the fans. Two people in the article are called رودريجيز (the coach and
# a midfielder), so the coach keeps only "المدرب"; the fans' group "ملتقى عشاق الوحدة" holds the club's name and is
# dropped from the fans' list. The fans' celebration for the squad is a party, not an expressed endorsement.
i = 'snn-alriyadh-07b666e396c9'
t = news_text(i)
COACH = ["coach", "المدرب"]
TEAM = ["Al-Wehda", "الوحدة", "الفريق", "الفريق الأحمر", "اللاعبين", "players"]
EISHAN = ["Abdulhadi Eishan", "عبدالهادي إيشان", "إيشان"]
MORSI = ["Hisham Morsi", "هشام مرسي", "مرسي"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "SUPPORT", "source": COACH, "target": TEAM},
    {"code": "SUPPORT", "source": EISHAN, "target": TEAM},
    {"code": "SUPPORT", "source": EISHAN, "target": MORSI},
    {"code": "SUPPORT", "source": MORSI, "target": ["fans", "الوحداويين"]}], "claims": [
    {"speaker": COACH, "cue": cue(t, "أثنى"), "stance": "assert"},
    {"speaker": COACH, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": COACH, "cue": cue(t, "امتدح"), "stance": "assert"},
    {"speaker": EISHAN, "cue": cue(t, "أشاد", 1), "stance": "assert"},
    {"speaker": EISHAN, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": EISHAN, "cue": cue(t, "أشاد", 2), "stance": "assert"},
    # "وقدم مرسي شكره" is not a reporting verb; مؤكداً introduces what he said
    {"speaker": MORSI, "cue": cue(t, "مؤكداً"), "stance": "assert"}]})
# --- A pilot and three crew arrested at Oslo airport after failing an alcohol test. The arrest is COERCE by the
# airport authorities; the police's breath test on board is an investigation of an offence, ACCUSE (as batch 8 codes
# the Kuwaiti investigation). The blood test that "will confirm" has no doer. "ولم تشر الشرطة" is a no-comment.
i = 'snn-alriyadh-6c9e79e430a5'
t = news_text(i)
NOR_POLICE = ["Norwegian police", "الشرطة النرويجية", "الشرطة", "Norway"]
CREW = ["pilot and crew", "طيار", "الطيار", "أفراد طاقمه", "طاقمه", "الطيار ورفاقه", "طاقم الطائرة"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "COERCE", "source": ["Oslo airport authorities", "سلطات مطار أوسلو", "Norway"], "target": CREW},
    {"code": "ACCUSE", "source": NOR_POLICE, "target": CREW}], "claims": [
    {"speaker": NOR_POLICE, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": NOR_POLICE, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": NOR_POLICE, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": NOR_POLICE, "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- A Sharia dean denies that terrorist bombings are signs of the Last Day. The denial rebuts a belief, not an
# accusation or a demand of any party, so it is a claim but no REJECT; the Tatar killings are a passive historical
# illustration. His call on young people to be moderate and to turn to scholars is REQUEST. The first وقال repeats
# and argues the denial (deny); استشهد and the second وقال introduce one statement, cued on قال.
i = 'snn-3alyoum-7f191184bf78'
t = news_text(i)
FUNAISAN = ["Saud Al-Funaisan", "سعود الفنيسان", "الفنيسان"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REQUEST", "source": FUNAISAN, "target": ["youth", "الشباب", "الشاب"]}], "claims": [
    {"speaker": FUNAISAN, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": FUNAISAN, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": FUNAISAN, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": FUNAISAN, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- Israel charges a Swede of Palestinian origin with spying for Hezbollah (today, Sunday). Formal charges are
# ACCUSE (PLOVER: "sue, indict, or charge"); the closing "ووجهت إلى حزران ثلاث تهم" re-tells them. The arrest on
# 12 July is passive but announced by the Shin Bet: COERCE from it. "الحزب كلفه بجمع معلومات" is an alleged order,
# REQUEST Hezbollah -> Hazran; the Shin Bet's "برهانا على أن حزب الله يعد لحربه المقبلة" is its accusation of
# Hezbollah (ACCUSE, not MOBILIZE). From the lawyer: her denial (REJECT -> the Israeli authorities), Hazran's meeting
# Hezbollah members (CONSULT, he the visitor) and his refusal of "any request" (REJECT, requester unnamed). The 2006
# war (خاض حزب الله حربا) is ASSAULT Hezbollah -> Israel; "يساعد فيه نظام الأسد" is AID. The ceasefire, Israel's fear,
# his 2009 visit and emigration are not coded; "تخشى" is no reporting verb. The lawyer keeps no alias with حزران.
i = 'snn-aawsat-976f397cc9b9'
t = news_text(i)
ISRAEL_AUTH = ["Israeli authorities", "السلطات الإسرائيلية", "Israel", "إسرائيل"]
SHIN_BET = ["Shin Bet", "شين بيت", "جهاز الأمن الداخلي الإسرائيلي", "أجهزة الأمن الإسرائيلية", "Israel", "إسرائيل"]
HAZRAN = ["Khalil Hazran", "خليل حزران", "حزران", "المشتبه به", "سويدي من أصل فلسطيني", "موكلها"]
HEZBOLLAH = ["Hezbollah", "حزب الله", "الحزب"]
TSEMEL = ["Leah Tsemel", "ليا تسيميل", "تسيميل"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": ISRAEL_AUTH, "target": HAZRAN, "date": "2015-08-09"},
    {"code": "REQUEST", "source": HEZBOLLAH, "target": HAZRAN},
    {"code": "COERCE", "source": SHIN_BET, "target": HAZRAN, "date": "2015-07-12"},
    {"code": "ACCUSE", "source": SHIN_BET, "target": HEZBOLLAH},
    {"code": "REJECT", "source": TSEMEL, "target": ISRAEL_AUTH},
    {"code": "CONSULT", "source": HAZRAN, "target": ["Hezbollah members", "أعضاء في حزب الله", "Hezbollah", "حزب الله"]},
    {"code": "REJECT", "source": HAZRAN, "target": []},
    {"code": "ASSAULT", "source": HEZBOLLAH, "target": ["Israel", "إسرائيل"]},
    {"code": "AID", "source": HEZBOLLAH,
     "target": ["Bashar al-Assad", "بشار الأسد", "نظام الرئيس السوري بشار الأسد", "Syrian government", "Syria"]}],
    "claims": [
    {"speaker": SHIN_BET, "cue": cue(t, "تقول"), "stance": "accuse"},
    {"speaker": SHIN_BET, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": SHIN_BET, "cue": cue(t, "ذكر"), "stance": "accuse"},
    {"speaker": TSEMEL, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": TSEMEL, "cue": cue(t, "قائلة"), "stance": "deny"}]})
# --- Bangladesh police kill three militants, among them the suspected planner of the Dhaka cafe attack (yesterday,
# Saturday). The siege and killing told by Monirul Islam is the same ASSAULT. The cafe attack is coded from the
# relative clause "استهدف المتشددون فيه الأجانب ... وقتلوا"; its source accepts the attackers, IS (which claimed it),
# JMB (which planned it) and Chowdhury (its suspected mastermind). "تعتقد الشرطة أن ... هي المسؤولة" is the police's
# accusation of JMB (event and claim); "التي بايعت داعش" is SUPPORT JMB -> IS. The militants' refusal to surrender is
# nominal. The analysts are bare (no claim), but the IS announcement they report has a named speaker. "مجاهدي
# بنغلادش" holds the country's name, so JMB keeps "مجاهدي"; the counter-terrorism police lose "في داكا".
i = 'ant-JA-internationalNews-474-20160828'
t = news_text(i)
BD_POLICE = ["Bangladesh police", "الشرطة في بنغلادش", "الشرطة", "Bangladesh", "بنغلادش"]
IS = ["Islamic State", "داعش", "تنظيم داعش"]
JMB = ["Jamaat-ul-Mujahideen", "JMB", "مجاهدي"]
CHOWDHURY = ["Tamim Chowdhury", "تميم أحمد تشودري", "تشودري", "تميم"]
recs.append({"id": i, "text": t, "published": "2016-08-28", "events": [
    {"code": "ASSAULT", "source": BD_POLICE, "target": ["three militants", "ثلاثة متشددين", "المتشددين"] + CHOWDHURY,
     "date": "2016-08-27"},
    {"code": "ASSAULT", "source": ["cafe attackers", "المتشددون"] + IS + JMB + CHOWDHURY,
     "target": ["foreigners", "الأجانب", "غير المسلمين"]},
    {"code": "ACCUSE", "source": BD_POLICE, "target": JMB},
    {"code": "SUPPORT", "source": JMB, "target": IS}], "claims": [
    {"speaker": BD_POLICE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": ["Monirul Islam", "منير الإسلام", "counter-terrorism police", "شرطة مكافحة الإرهاب", "Bangladesh",
                 "بنغلادش"], "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": IS, "cue": cue(t, "أعلن", 2), "stance": "assert"},
    {"speaker": BD_POLICE, "cue": cue(t, "تعتقد"), "stance": "accuse"},
    {"speaker": IS, "cue": cue(t, "أعلن", 3), "stance": "assert"},
    {"speaker": ["Asaduzzaman Khan", "أسد الزمان خان", "Bangladesh", "بنغلادش"], "cue": cue(t, "قال", 3),
     "stance": "assert"}]})
# --- Ben Guerdane traders block trucks bound for Libya (today). The gathering that stopped the trucks is one
# PROTEST, aimed at the Libyan side's restrictions and the government's silence alike, so no target. The protesters'
# statements were made at today's protest and carry its date: ACCUSE of the government's silence, REQUEST for urgent
# action (مشددين على ضرورة), REQUEST to the local union for a general strike, THREATEN to cut the road ("مع التهديد
# بقطع الطريق" is their own act, not background), and ACCUSE of the security handling (who handled it is unnamed).
# The protesters are the story's named group (the traders of the town), so they get claims; "عدد من النشطاء
# المدنيين" is a bare group: their call is a REQUEST but no claim. "حسب تعبيرهم" and "حسب قولهم" repeat the
# speaker of their own sentence. No alias names بن قردان, a place the article names on its own.
i = 'ant-JA-localNews-2028-20160420'
t = news_text(i)
PROTESTERS = ["protesters", "المحتجون", "التجار", "المواطنين", "traders"]
TN_GOV = ["Tunisian government", "الحكومة", "الحكومة التونسية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-04-20", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2016-04-20"},
    {"code": "ACCUSE", "source": PROTESTERS, "target": TN_GOV, "date": "2016-04-20"},
    {"code": "REQUEST", "source": PROTESTERS, "target": TN_GOV, "date": "2016-04-20"},
    {"code": "REQUEST", "source": PROTESTERS, "target": ["local labour union", "الاتحاد المحلي للشغل", "UGTT"],
     "date": "2016-04-20"},
    {"code": "THREATEN", "source": PROTESTERS, "target": [], "date": "2016-04-20"},
    {"code": "ACCUSE", "source": PROTESTERS, "target": [], "date": "2016-04-20"},
    {"code": "REQUEST", "source": ["civil activists", "النشطاء المدنيين"], "target": TN_GOV}], "claims": [
    {"speaker": PROTESTERS, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": PROTESTERS, "cue": cue(t, "مشددين"), "stance": "other"},
    {"speaker": PROTESTERS, "cue": cue(t, "طالبوا"), "stance": "other"},
    {"speaker": PROTESTERS, "cue": cue(t, "مستنكرين"), "stance": "accuse"}]})
# --- Recommendations of the forum of Tunisians abroad, held Thursday 28 July. The recommendations are one act of
# the participants, coded once per mapping: the calls (الدعوة، دعت، أبرزت ضرورة) one REQUEST and the proposals
# (اقترح، مقترحة) one AGREE, as the guidelines map proposals; the state they address is not named. Each reporting
# word introduces a distinct recommendation, so each is a claim (stance other), including the noun الدعوة that
# introduces the first.
i = 'ant-JA-localNews-2505-20160731'
t = news_text(i)
FORUM = ["forum participants", "المشاركون", "المشاركون في المنتدى السنوي للتونسيين بالخارج",
         "المشاركون في هذا المنتدى", "المنتدى السنوي للتونسيين بالخارج", "التوصيات"]
recs.append({"id": i, "text": t, "published": "2016-07-31", "events": [
    {"code": "REQUEST", "source": FORUM, "target": [], "date": "2016-07-28"},
    {"code": "AGREE", "source": FORUM, "target": [], "date": "2016-07-28"}], "claims": [
    {"speaker": FORUM, "cue": cue(t, "الدعوة"), "stance": "other"},
    {"speaker": FORUM, "cue": cue(t, "اقترح"), "stance": "other"},
    {"speaker": FORUM, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": FORUM, "cue": cue(t, "أبرزت"), "stance": "other"},
    {"speaker": FORUM, "cue": cue(t, "مقترحة"), "stance": "other"}]})
# --- Qatar's human rights committee will hire an international law firm over the Gulf blockade (press conference
# yesterday, Saturday; the statements made there carry that day). The intent to contract the firm is AGREE (the
# headline announcement and Marri's قال are one instance); "الحصار الذي فرضته السعودية والإمارات والبحرين على قطر"
# is a relative clause with named doers, COERCE (blockade), undated. The announced suits against the three states and
# the recourse to international courts are one THREATEN; "تتعرض لعقاب جماعي وجريمة دولية" is ACCUSE; the appeal to
# lift the blockade is REQUEST. The committee's earlier letters calling on international bodies are a REQUEST with
# no day. Marri speaks for the committee and of "بلاده", so one list holds him, the committee and Qatar.
i = 'ant-JA-internationalNews-1114-20170611'
t = news_text(i)
MARRI = ["Ali bin Smaikh Al-Marri", "علي بن صميخ المري", "المري", "Qatar National Human Rights Committee",
         "اللجنة القطرية لحقوق الإنسان", "اللجنة الوطنية القطرية لحقوق الإنسان", "اللجنة", "لجنته", "Qatar", "قطر"]
BLOCKADERS = ["Saudi Arabia", "السعودية", "United Arab Emirates", "الإمارات", "Bahrain", "البحرين", "دول المقاطعة",
              "الدول الثلاث", "تلك الدول"]
recs.append({"id": i, "text": t, "published": "2017-06-11", "events": [
    {"code": "AGREE", "source": MARRI, "target": ["international law firm", "مكتب محاماة دولي", "مكتب المحاماة الدولي"],
     "date": "2017-06-10"},
    {"code": "COERCE", "source": BLOCKADERS, "target": ["Qatar", "قطر"]},
    {"code": "THREATEN", "source": MARRI, "target": BLOCKADERS, "date": "2017-06-10"},
    {"code": "ACCUSE", "source": MARRI, "target": BLOCKADERS, "date": "2017-06-10"},
    {"code": "REQUEST", "source": MARRI, "target": ["international and Arab bodies", "هيئات",
                                                    "هيئات وجمعيات ومؤسسات دولية وعربية"]},
    {"code": "REQUEST", "source": MARRI, "target": BLOCKADERS, "date": "2017-06-10"}], "claims": [
    {"speaker": MARRI, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MARRI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MARRI, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": MARRI, "cue": cue(t, "أوضح"), "stance": "warn"},
    {"speaker": MARRI, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": MARRI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": MARRI, "cue": cue(t, "دعتها"), "stance": "other"},
    {"speaker": MARRI, "cue": cue(t, "مناشدا"), "stance": "other"}]})
# --- A photo said to show the Manchester attacker. The attack (Monday) is coded with the doer the British
# authorities name, Salman Abedi; its victims are a concert, so no target. "قيل إنها" and the media that circulate
# the photo are bare. "وفق ما أوردته العربية نقلا عن صحيفة The Sun" makes Al Arabiya a conduit: the claim is the
# Sun's, on نقلا عن as in the IKEA article. The family's flight from Gaddafi's regime and Abedi's trips are travel.
i = 'ant-JA-internationalNews-955-20170524'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-05-24", "events": [
    {"code": "ASSAULT", "source": ["Salman Abedi", "سلمان العبيدي", "العبيدي", "منفذ الهجوم"], "target": [],
     "date": "2017-05-22"}], "claims": [
    {"speaker": ["British authorities", "االسلطات البريطانية", "السلطات البريطانية", "United Kingdom", "Britain",
                 "بريطانيا"], "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": ["The Sun", "صحيفة The Sun"], "cue": cue(t, "نقلا عن"), "stance": "assert"},
    {"speaker": ["The Times", "التايمز", "صحيفة التايمز"], "cue": cue(t, "أشارت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch16.gold.jsonl', recs)
