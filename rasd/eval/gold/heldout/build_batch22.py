"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with ``python -m rasd.eval.gold.heldout.draw_batch 22 10`` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Cannabis march in Berlin, "اليوم السبت" in an article published on Sunday 9 August: the weekday rule gives
# Saturday 8 August. The march is a PROTEST by "سبعة آلاف شخص" with no addressee named. The Greens' backing is one
# SUPPORT with no target: "تحظى بتأييد حزب الخضر" is a noun, and the relative clause "الذي أيد لفترة طويلة تحرير
# تعاطي الماريجوانا" backs a policy, not a party. "وفقا لمنظمي المظاهرة" is the only attribution of its sentence and
# the organisers of this march are an identifiable group, so it is a claim; "تشير تقديرات" has no speaker. The
# government's cost of enforcing the ban is not an event. "شخص" alone is left out, since "ثلاثة ملايين شخص" (the
# users) would match it.
i = 'snn-alriyadh-08d6ebea0275'
t = news_text(i)
ORGANISERS = ["organisers of the demonstration", "منظمي المظاهرة", "منظمو المظاهرة"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "PROTEST", "source": ["demonstrators", "سبعة آلاف شخص"] + ORGANISERS, "target": [],
     "date": "2015-08-08"},
    {"code": "SUPPORT", "source": ["Alliance 90/The Greens", "Green Party", "حزب الخضر", "الخضر"], "target": []}],
    "claims": [
    {"speaker": ORGANISERS, "cue": cue(t, "وفقا"), "stance": "assert"}]})
# --- Anti-corruption signs: the Ministry of Transport acts "بالتعاون مع" Nazaha, one COOPERATE. Both are Saudi
# bodies, so neither lists Saudi Arabia (the source would then match the target). Nazaha's "سعي ... إلى تحقيق مزيد من
# التعاون" is a noun phrase, and nobody is quoted.
i = 'snn-okaz-2d9afc6e5b6b'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "COOPERATE", "source": ["Saudi Ministry of Transport", "Ministry of Transport", "وزارة النقل"],
     "target": ["Nazaha", "نزاهة", "National Anti-Corruption Commission", "الهيئة الوطنية لمكافحة الفساد"]}],
    "claims": []})
# --- Taif workshop for municipal-election staff: training and registration rules are not PLOVER events. The
# mayor speaks twice (أكد، مشيراً); "اشترطت اللجنة أنه على من يرغب ..." states the committee's requirement, a claim
# of the committee with stance other. "أمين الطائف" and the committee's full name hold الطائف, a place the article
# names on its own, so they are left out of the lists.
i = 'snn-was-56a062d8f19c'
t = news_text(i)
MUKHARRIJ = ["Mohammed Al-Mukharrij", "محمد بن عبدالرحمن المخرج", "المخرج"]
COMMITTEE = ["local committee for municipal elections", "اللجنة المحلية للانتخابات البلدية", "اللجنة"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": MUKHARRIJ, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MUKHARRIJ, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": COMMITTEE, "cue": cue(t, "اشترطت"), "stance": "other"}]})
# --- A Georgia mother charged with caging her children. The arrest, the charges and the caging are all passive
# ("اعتقلت واتهمت"، "ابقيا في قفصين") with no doer, so not coded; the only clause with a doer is "فتشت السلطات
# المنزل", a search, COERCE (PLOVER mode "seize"), its target a house. "قال محققون" is a bare indefinite group (no
# claim); "قالت السلطات" names the authorities of the case, a government, so it is a claim. Ramey's four statements
# are claims (two of them وقال with a dropped subject); his announcement of the charges is stance accuse. Every alias
# holding جورجيا (the bureau's name) is left out, since the state is named on its own.
i = 'snn-alriyadh-52b5da677c4e'
t = news_text(i)
AUTHORITIES = ["authorities", "السلطات"]
RAMEY = ["Greg Ramey", "جريج رامي", "رامي"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "COERCE", "source": AUTHORITIES, "target": []}], "claims": [
    {"speaker": AUTHORITIES, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": RAMEY, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": RAMEY, "cue": cue(t, "قال", 4), "stance": "accuse"},
    {"speaker": RAMEY, "cue": cue(t, "قال", 5), "stance": "assert"},
    {"speaker": RAMEY, "cue": cue(t, "قال", 6), "stance": "assert"}]})
# --- The Eastern Province labour office receives an Indian embassy delegation ("مؤخرا": no date). The visitor is
# the source and the host the target of the CONSULT; the delegation's thanks is praise, SUPPORT, and its شكر is a
# claim like أشاد. Al-Amri's welcome ("رحب فيها بالسكرتير الأول") greets a person and states nothing, so no claim.
# The office's full name holds المنطقة الشرقية, a place, so it is cut to its ministry.
i = 'snn-alyaum-b4cb3e5ca866'
t = news_text(i)
INDIANS = ["Luthra", "لوترا", "Indian embassy", "السفارة الهندية", "Indian delegation", "الوفد الهندي", "India"]
LABOUR = ["Omar Al-Amri", "عمر بن صالح العمري", "العمري", "Saudi Ministry of Labour", "وزارة العمل", "فرع وزارة العمل",
          "فرع الوزارة", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": INDIANS, "target": LABOUR},
    {"code": "SUPPORT", "source": INDIANS, "target": LABOUR}], "claims": [
    {"speaker": INDIANS, "cue": cue(t, "شكر"), "stance": "assert"}]})
# --- Teachers' strike against the education minister, today (Wednesday 22 February). The union leader's
# statements concern today's strike and its preliminary figures, so his acts carry today's date. Events: the strike
# (PROTEST, in the relative clause "الذي يخوضه الأساتذة"); his renewed call on the head of government (REQUEST); his
# verdict that whoever attacks teachers' dignity has no place among them (ACCUSE of the minister); the MP's calling
# him a thug (ACCUSE, in "والذي وصفه فيه"); his reply (REJECT of that accusation, claim stance deny, since it is
# introduced "في رده على"); and the regional protests "التي دعت إليها الهيئة الوطنية" (PROTEST by the body that
# called them, undated because they ran over days). "حسب رأيه"، "وفق قوله" and "على حد تعبيره" repeat the speaker
# of their own sentence: no claims. The administrative bodies' evaluation and the 4 February meeting are internal,
# and the 1 March rally has no doer.
i = 'ant-JA-localNews-1609-20170222'
t = news_text(i)
YAAKOUBI = ["Lassaad Yaakoubi", "لسعد اليعقوبي", "اليعقوبي", "secondary education union",
            "النقابة الأساسية للتعليم الثانوي", "النقابة"]
MINISTER = ["Minister of Education", "وزير التربية", "Ministry of Education", "وزارة التربية", "Neji Jalloul",
            "Tunisia"]
HAJJI = ["Adnan Hajji", "عدنان الحاجي", "الحاجي"]
recs.append({"id": i, "text": t, "published": "2017-02-22", "events": [
    {"code": "PROTEST", "source": ["teachers", "الأساتذة", "مدرسين", "المربين", "النقابة الأساسية للتعليم الثانوي",
                                   "النقابة"], "target": MINISTER, "date": "2017-02-22"},
    {"code": "REQUEST", "source": YAAKOUBI,
     "target": ["Head of Government", "رئيس الحكومة", "رئاسة الحكومة", "Youssef Chahed", "Tunisia"],
     "date": "2017-02-22"},
    {"code": "ACCUSE", "source": YAAKOUBI, "target": MINISTER, "date": "2017-02-22"},
    {"code": "ACCUSE", "source": HAJJI, "target": YAAKOUBI},
    {"code": "REJECT", "source": YAAKOUBI, "target": HAJJI, "date": "2017-02-22"},
    {"code": "PROTEST", "source": ["National Secondary Education Board", "الهيئة الوطنية للتعليم الثانوي",
                                   "الهيئة الوطنية"], "target": []}], "claims": [
    {"speaker": YAAKOUBI, "cue": cue(t, "وصف"), "stance": "assert"},
    {"speaker": YAAKOUBI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "مجددا الدعوة"), "stance": "other"},
    {"speaker": HAJJI, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": YAAKOUBI, "cue": cue(t, "أكد"), "stance": "deny"}]})
# --- A fourth suspect jailed in the Zeramdine killing. The presentation to the judge ("تم عرض"), the warrant
# ("صدرت في حقه بطاقة إيداع") and the finding of the bodies ("تم العثور") are passive or doerless: no events.
# "ذات المصدر" resumes the court spokesman; "وفق بلاغ صادر عن وزارة الداخلية" is the only attribution of its
# sentence, a claim of the ministry. The court's name holds المنستير, a place, so only "المحكمة الإبتدائية" is kept.
i = 'ant-JA-society-263-20161208'
t = news_text(i)
BEN_RAMADHAN = ["Rochdi Ben Ramadhan", "رشدي بن رمضان", "بن رمضان", "Court of First Instance", "المحكمة الإبتدائية",
                "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-12-08", "events": [], "claims": [
    {"speaker": BEN_RAMADHAN, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": BEN_RAMADHAN, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": ["Tunisian Ministry of Interior", "Ministry of Interior", "وزارة الداخلية", "Tunisia"],
     "cue": cue(t, "وفق"), "stance": "assert"}]})
# --- Egypt's interior ministry blames the Brotherhood for the Cairo church bombing. The first sentence is printed
# twice word for word, and "واتهمت ... قادة جماعة الإخوان" re-tells the same Monday-evening statement: one ACCUSE
# (2016-12-12). The verbatim copy introduces no distinct statement, so it is no claim; اتهمت adds the leaders in Qatar
# and the aim, so it is one. The bombing is coded from Sisi's reported "وفجر نفسه" (ASSAULT by the named bomber,
# Sunday 2016-12-11); "التفجير الذي استهدف" is a noun. Hasm's denial is REJECT of the authorities, who accuse it in
# "التي تتهمها السلطات" (ACCUSE, and a claim of the authorities). The bomber's 2014 arrest and release are passive.
# The leaders' alias "المقيمين في قطر" holds Qatar, so it is left out.
i = 'ant-JA-internationalNews-364-20161213'
t = news_text(i)
MOI = ["Egyptian Ministry of Interior", "وزارة الداخلية المصرية", "وزارة الداخلية", "الداخلية", "Egypt"]
BROTHERHOOD = ["Muslim Brotherhood", "جماعة الإخوان المسلمين", "الإخوان المسلمين", "الإخوان",
               "قادة جماعة الإخوان المسلمين"]
AUTHORITIES = ["Egyptian authorities", "السلطات", "Egypt"]
HASM = ["Hasm", "حسم", "Hasm movement", "حركة حسم"]
recs.append({"id": i, "text": t, "published": "2016-12-13", "events": [
    {"code": "ACCUSE", "source": MOI, "target": BROTHERHOOD, "date": "2016-12-12"},
    {"code": "ASSAULT", "source": ["Mahmoud Shafik Mohamed Mostafa", "محمود شفيق محمد مصطفى", "محمود شفيق",
                                   "Abu Dujana al-Kinani", "أبو دجانة الكناني", "الانتحاري", "مرتكب الاعتداء"],
     "target": ["church", "كنيسة", "الكنيسة", "Copts", "الأقباط", "الضحايا"], "date": "2016-12-11"},
    {"code": "ACCUSE", "source": AUTHORITIES, "target": HASM},
    {"code": "REJECT", "source": HASM, "target": AUTHORITIES}], "claims": [
    {"speaker": MOI, "cue": cue(t, "وجهت"), "stance": "accuse"},
    {"speaker": MOI, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": ["Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "السيسي", "Egypt"], "cue": cue(t, "كشف"),
     "stance": "assert"},
    {"speaker": HASM, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": AUTHORITIES, "cue": cue(t, "تتهمها"), "stance": "accuse"},
    {"speaker": MOI, "cue": cue(t, "أكدت"), "stance": "assert"}]})
# --- A security source denies that birdshot was used on protesters in El Bradaa. Every cue (أكد، مشيرا، نفى، مشددا،
# مضيفا، قال المتحدث، لافتا) belongs to the bare "مصدر أمني", tied to no named institution: no claims. The denial is
# one REJECT (Sunday, the day it was given) by the security forces the source speaks for. The tear gas, the stoning,
# the arrests and the release are nouns or passives; "قوات الأمن استعادت حركة المرور" reopens a road, not a PLOVER
# event; "المحتجين عادوا لغلقها" is a PROTEST (road blockade) with a doer, undated.
i = 'ant-JA-localNews-1828-20170226'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-02-26", "events": [
    {"code": "REJECT", "source": ["security source", "مصدر أمني", "security units", "الوحدات الأمنية", "قوات الأمن",
                                  "رجال الأمن", "Tunisia"], "target": [], "date": "2017-02-26"},
    {"code": "PROTEST", "source": ["protesters", "المحتجين", "الأهالي المحتجين", "المتظاهرين", "الأهالي"],
     "target": []}], "claims": []})
# --- The municipal workers' federation decides a general strike for 15-16 March: a decision to strike is THREATEN
# (CAMEO 133), aimed at the finance ministry whose refusal "جاء إثر" names as the cause; the decision itself is
# undated. The refusal ("رفض وزارة المالية") and the 2014 agreement ("تم الإتفاق") are a noun and a passive. Salmi
# speaks twice; his explanation names a cause rather than condemning, so stance assert.
i = 'ant-JA-localNews-2211-20160218'
t = news_text(i)
FEDERATION = ["General Federation of Municipal Workers", "الجامعة العامة للبلديين", "الجامعة", "UGTT",
              "الإتحاد العام التونسي للشغل"]
SALMI = ["Naceur Salmi", "الناصر السالمي", "السالمي", "المسؤول النقابي"] + FEDERATION[:3]
recs.append({"id": i, "text": t, "published": "2016-02-18", "events": [
    {"code": "THREATEN", "source": FEDERATION, "target": ["Ministry of Finance", "وزارة المالية", "Tunisia"]}],
    "claims": [
    {"speaker": SALMI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SALMI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch22.gold.jsonl', recs)
