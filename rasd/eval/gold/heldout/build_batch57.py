"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 57 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum: Abdulqader al-Jabarti, vice-chairman for Hajj affairs of the National Committee for Hajj and Umrah,
# warns against a well-known website that rates domestic-pilgrim companies. "حذر ... من أحد المواقع الإلكترونية
# الشهيرة ... واصفا الموقع بالكارثة" and "إن الموقع يتلاعب بعواطف الحجاج" are one statement's criticism of one party:
# one ACCUSE of the website (unnamed but identified by its relative clause, as batch 56 targets an identified paper),
# undated (no day in the text). His "للأسف لم تستفد الشركات من التخصيص المبكر ... لأن وزارة الحج لم تسمح بالتسجيل"
# blames the ministry for the companies' burden: criticism of another party's conduct, a second ACCUSE (decided: the
# negated "لم تسمح" is the content of the criticism, not an event of its own), undated. Not coded: the fake campaigns
# uncovered and the companies fined (passive, تم الكشف، تم تغريم), the coming registration (passive) and the
# website's ratings (no PLOVER event). Claims: حذر (warn), واصفا (a distinct content, the website a catastrophe:
# accuse), قال (accuse), مؤكدا (assert), مشددا (the need to make pilgrims aware: a recommendation, other), the second
# قال (the schedule: assert), مبينا، مشيرا، أبان (assert), the third قال (the ministry blamed: accuse) and لافتا
# (assert). "لـ”عين اليوم”" is the addressee and the byline the narrator; the closing tag line (سمات) is no text. He
# heads no state body, so his list holds no state.
i = 'snn-2015-07-31-0123'
t = news_text(i)
JABARTI = ["Abdulqader al-Jabarti", "عبدالقادر محمد الجبرتي", "الجبرتي", "مسؤول الحج",
           "National Committee for Hajj and Umrah", "اللجنة الوطنية للحج والعمرة"]
WEBSITE = ["hajj rating website", "أحد المواقع الإلكترونية الشهيرة", "المواقع الإلكترونية", "الموقع"]
MOH = ["Ministry of Hajj", "وزارة الحج", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": JABARTI, "target": WEBSITE},
    {"code": "ACCUSE", "source": JABARTI, "target": MOH}], "claims": [
    {"speaker": JABARTI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": JABARTI, "cue": cue(t, "واصفا"), "stance": "accuse"},
    {"speaker": JABARTI, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": JABARTI, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": JABARTI, "cue": cue(t, "مشددا"), "stance": "other"},
    {"speaker": JABARTI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": JABARTI, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": JABARTI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": JABARTI, "cue": cue(t, "أبان"), "stance": "assert"},
    {"speaker": JABARTI, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": JABARTI, "cue": cue(t, "لافتا"), "stance": "assert"}]})
# --- Okaz: Al-Ettifaq club elections today. The General Presidency of Youth Welfare announces the schedule and the
# prince's approval of the stages of the club's board election: an election notice (batch 6) and sport
# administration, so no event; the club's general assembly to come is its own internal meeting. Claims: the
# Presidency's أعلنت and "ووفقا للبيان الصادر أمس عن الرئاسة العامة لرعاية الشباب" (a new sentence whose only
# attribution it is, cue وفقا, as batches 18 and 21), both assert. The Presidency is a state body: it lists Saudi
# Arabia. Prince Abdullah bin Musaed is the content's subject, not its speaker, so he is not in the list.
i = 'snn-2015-08-08-1290'
t = news_text(i)
GPYW = ["General Presidency of Youth Welfare", "الرئاسة العامة لرعاية الشباب", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": GPYW, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": GPYW, "cue": cue(t, "وفقا"), "stance": "assert"}]})
# --- Al-Eqtisadiya: the Madinah mayor, head of the local municipal-elections committee, chaired yesterday the
# committee's fourth meeting with the local committees and the government bodies taking part. The meeting is the
# election administration's own deliberation (batches 12 and 36): not coded. The meetings with citizens it schedules
# are told in the passive (ستم عقد، تم تحديد، حدد) with the discussing meeting as the only subject, and the members'
# visits to the polling centres are visits to their own centres (batch 31): not coded (decided). No reporting verb
# introduces a statement: no claims.
i = 'snn-2015-08-01-0243'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": []})
# --- Sabq: Saudi mechanic Ahmed al-Zahrani, who runs a volunteer Twitter account, warns drivers against relying on the
# brakes on mountain slopes. Advice to drivers acts on no party: no events. Claims: حذر (warn), the first نصح (in
# the same sentence, a distinct content: other), أكد (braking on slopes may cause accidents: warn), the second نصح
# (other), أوضح and أضاف (which gear to use where: recommendations, other). "لـ "سبق"" is the addressee and the
# byline the narrator. No alias holds الرياض or a slope's town (named on their own).
i = 'snn-2015-07-22-2010'
t = news_text(i)
ZAHRANI = ["Ahmed al-Zahrani", "أحمد الزهراني", "الزهراني", "الميكانيكي السعودي أحمد الزهراني", "ميكانيكي سعودي"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": ZAHRANI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": ZAHRANI, "cue": cue(t, "نصح", 1), "stance": "other"},
    {"speaker": ZAHRANI, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": ZAHRANI, "cue": cue(t, "نصح", 2), "stance": "other"},
    {"speaker": ZAHRANI, "cue": cue(t, "أوضح"), "stance": "other"},
    {"speaker": ZAHRANI, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- Al-Eqtisadiya: a light Saudi private jet crashes this afternoon (Friday 2015-07-31) at Blackbushe airport in
# Hampshire, west of London, killing the four aboard. The crash has no actor. "أعلنت هيئة الطيران المدني أن مكتب
# تحقيقات الطيران عين ممثلًا معتمدًا لمساندة مكتب التحقيقات البريطاني بالتحقيق في الحادث" is one agency assisting
# another state's investigation: COOPERATE (as batches 37–40 code intelligence passed between states), the Saudi bureau
# the source and the British one the target, undated (the appointment has no day in the text). Claims: the police
# spokeswoman, tied to a named institution (GUIDELINES), قالت and أضافت (assert); the civil aviation authority's
# أعلنت (assert). State bodies list their state; no alias holds لندن or هامبشاير.
i = 'snn-2015-07-31-0709'
t = news_text(i)
UK = ["United Kingdom", "Britain", "بريطانيا"]
POLICE = ["British police", "الشرطة البريطانية", "police spokeswoman", "متحدثة باسم الشرطة البريطانية",
          "المتحدثة"] + UK
GACA = ["General Authority of Civil Aviation", "GACA", "هيئة الطيران المدني", "Saudi Arabia", "السعودية"]
AIB = ["Aviation Investigation Bureau", "مكتب تحقيقات الطيران", "Saudi Arabia", "السعودية"]
AAIB = ["Air Accidents Investigation Branch", "AAIB", "مكتب التحقيقات البريطاني"] + UK
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "COOPERATE", "source": AIB, "target": AAIB}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": GACA, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- Jawhara FM: after a Sfax taxi driver's death (today, Wednesday 2017-04-12), a nationwide general strike of
# individual-taxi owners is set for next Monday. "تقرر ... تنفيذ اضراب قطاعي عام" is passive, but Gdich's "الإضراب
# يأتي بالتنسيق بين الغرفة الجهوية ... والغرفة النقابية الوطنية ... والغرف الجهوية وكافة المهنيين" names its
# parties, so it is one announced strike, THREATEN (CAMEO 133), with all of them as source (README: a passive
# announcement whose parties the next sentence names), aimed at the supervising authority the demands address (as
# batch 32's teachers), dated by the decision. "وقفة احتجاجية نفذها، صباح اليوم، عدد من أصحاب سيارات الأجرة" is a
# relative clause with its doers: PROTEST, dated; no addressee is named (the governorate seat is its place), so no
# target; "كانت قد دعت اليها الغرفة الجهوية ... والنقابة الأساسية" names the vigil's organisers, who join its source
# (decided: a called protest that was held is one PROTEST, as batch 32's strike "تبنته الاتحادات"). "ودعا سلطة
# الإشراف إلى تقنين أهل المهنة ..." is REQUEST, dated (said at the vigil). His "المحاضر الجبائية التي سلطت ضد زميليهم
# ... غير قانونية" (with the lead's "إجراء جائرا") criticises reports whose issuer the text does not name: ACCUSE with
# no target (GUIDELINES), dated. Not coded: the police report and fiscal reports (nominal, passive), the driver's
# self-immolation (a masdar after دفعه, decided), the transport minister's circular to the interior minister (a
# participle phrase and communication inside one government). Claims: "حسب ما صرح به" (its sentence's only
# attribution, the phrase as cue; the strike as a protest at an unjust measure: accuse), أوضح (assert), أكد
# (accuse), دعا (other); "حسب قوله" repeats its sentence's speaker; "مهنيو القطاع" are a bare group inside Gdich's
# sentence; "يشار الى أن" is the narrator. No alias holds صفاقس (named on its own), so the chambers' names are cut
# before بصفاقس and no list holds a bare "الغرفة" (a word of the national chamber's name too).
i = 'ant-JA-localNews-3527-20170412'
t = news_text(i)
SFAX_CHAMBER = ["regional chamber of individual-taxi owners", "الغرفة الجهوية لأصحاب سيارات الاجرة تاكسي فردي",
                "الغرفة الجهوية لأصحاب سيارات الأجرة تاكسي", "الغرفة الجهوية"]
GDICH = ["Noureddine Gdich", "نور الدين قديش", "قديش", "رئيس الغرفة الجهوية"] + SFAX_CHAMBER
STRIKERS = GDICH + ["national chamber of individual-taxi owners",
                    "الغرفة النقابية الوطنية لأصحاب سيارات الأجرة تاكسي فردي", "الغرف الجهوية", "كافة المهنيين", "individual-taxi owners", "أصحاب سيارات التاكسي الفردي"]
AUTHORITY = ["supervising authority", "سلطة الإشراف", "Ministry of Transport", "Tunisian government", "Tunisia"]
PROTESTERS = ["Sfax taxi owners", "عدد من أصحاب سيارات الأجرة تاكسي", "أصحاب سيارات الأجرة تاكسي", "أهل المهنة",
              "basic union of the professionals", "النقابة الأساسية للمهنيين", "UGTT"] + SFAX_CHAMBER
recs.append({"id": i, "text": t, "published": "2017-04-12", "events": [
    {"code": "THREATEN", "source": STRIKERS, "target": AUTHORITY, "date": "2017-04-12"},
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2017-04-12"},
    {"code": "ACCUSE", "source": GDICH, "target": [], "date": "2017-04-12"},
    {"code": "REQUEST", "source": GDICH, "target": AUTHORITY, "date": "2017-04-12"}], "claims": [
    {"speaker": GDICH, "cue": cue(t, "حسب ما صرح به"), "stance": "accuse"},
    {"speaker": GDICH, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": GDICH, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": GDICH, "cue": cue(t, "دعا", 1), "stance": "other"}]})
# --- Jawhara FM: Monastir: the National Guard's research and inspection brigade in Teboulba arrests a 26-year-old
# wanted under four search warrants, who grew marijuana at home. "تمكّنت الوحدات ... من القبض على شخص" is COERCE,
# undated (no day in the text); the raid and search of his home (بمداهمته ... وتفتيشه، تمّ العثور) are nouns and
# passives carried by it, and the brigade's holding him (الإحتفاظ به) continues the same arrest. "أذنت [النيابة
# العموميّة] ... بالإحتفاظ به ومباشرة قضية عدلية في شأنه موضوعها ..." opens a judicial case with its charges: ACCUSE
# prosecution → the man (batches 41–44: a prosecutor's charges are ACCUSE; decided: the custody it authorises is the
# brigade's arrest already coded), undated. The warrants are passive (صادرة في شأنه). Claims: "جاء في بلاغ لوزارة
# الداخلية" (the ministry, assert) and the arrested man's اعترف (an identified suspect's confession, batches 30, 33
# and 56: assert). No alias holds طبلبة, المنستير or قصر هلال (named on their own).
i = 'ant-JA-society-990-20170531'
t = news_text(i)
MOI = ["Ministry of Interior", "وزارة الداخلية", "Tunisia"]
GUARD = ["National Guard research and inspection brigade", "الوحدات التابعة لفرقة الأبحاث والتفتيش للحرس الوطني",
         "فرقة الأبحاث والتفتيش للحرس الوطني", "الحرس الوطني", "National Guard"] + MOI
MAN = ["suspect", "شخص يبلغ من العمر 26 سنة", "شخص"]
PROSECUTION = ["Public Prosecution", "النيابة العموميّة", "النيابة العمومية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-05-31", "events": [
    {"code": "COERCE", "source": GUARD, "target": MAN},
    {"code": "ACCUSE", "source": PROSECUTION, "target": MAN}], "claims": [
    {"speaker": MOI, "cue": cue(t, "جاء في بلاغ"), "stance": "assert"},
    {"speaker": MAN, "cue": cue(t, "اعترف"), "stance": "assert"}]})
# --- Jawhara FM (Reuters): German interior minister Thomas de Maizière said today (Sunday 2017-03-12) he expects
# Germany soon to deport to Tunisia, at its request, a Tunisian held for taking part in the March 2015 Bardo attack.
# The expected handover of a detainee to the requesting government is a stated intent to cooperate on a judicial
# matter (CAMEO 0312): AGREE Germany → Tunisia (GUIDELINES: a handover is COOPERATE, intent AGREE; decided over
# batch 43's THREATEN, whose deportation had no receiving state), dated by the statement. "وكانت السلطات الالمانية قد
# ألقت القبض الشهر الماضي على هذا التونسي" is COERCE, undated (month only); the prosecution's "تم إلقاء القبض" re-tells
# it. "يشتبه المحققون التونسيون في أن طالب اللجوء شارك في الهجوم" is an investigation naming its suspect: ACCUSE
# (batches 9 and 51), undated; its content, the suspect taking part in the attack "الذي طال في 18 مارس 2015 متحف
# باردو", is an alleged clause with its doer: ASSAULT, dated 2015-03-18; "وأصدروا أمرا بالقبض عليه في شهر جوان
# 2016" is an arrest warrant for a man abroad: THREATEN (batches 45–48), undated (month only). Not coded: "بطلب من تونس"
# (a noun phrase), "المحادثات بيننا وبين الجانب التونسي" (a noun, as "المعارك بين"), the recruitment to ISIS
# (passive, no recruiter named) and his asylum application and entries into Germany (an individual's immigration
# procedure, decided: no REQUEST). Claims: the minister's قال (his expectation: assert) and "نقلت الوكالة عن الوزير
# الالماني قوله" (cue قوله, Reuters the conduit: assert); the German prosecution's قال and أضاف (assert); "وحسب
# "رويترز"" (its sentence's only attribution: Reuters, assert). "وفق ما ذكرته وكالة "رويترز"" names the conduit of
# the minister's words (batch 44): no claim. "يشتبه" states a suspicion, not a statement: no claim (decided).
i = 'ant-JA-localNews-2665-20170312'
t = news_text(i)
GERMANY = ["Germany", "ألمانيا", "German authorities", "السلطات الالمانية", "السلطات الألمانية"]
DE_MAIZIERE = ["Thomas de Maiziere", "توماس دي ميزير", "دي ميزير", "وزير الداخلية الألماني", "الوزير الالماني"]
TUNISIA = ["Tunisia", "تونس", "الجانب التونسي", "Tunisian government"]
SUSPECT = ["Tunisian suspect", "تونسيا محتجزا", "هذا التونسي", "المشتبه به", "طالب اللجوء", "الإرهابي"]
INVESTIGATORS = ["Tunisian investigators", "المحققون التونسيون", "Tunisia", "تونس"]
PROSECUTOR = ["German federal prosecutor", "الادعاء الالماني", "الادعاء", "Germany", "ألمانيا"]
recs.append({"id": i, "text": t, "published": "2017-03-12", "events": [
    {"code": "AGREE", "source": GERMANY + DE_MAIZIERE, "target": TUNISIA, "date": "2017-03-12"},
    {"code": "COERCE", "source": GERMANY, "target": SUSPECT},
    {"code": "ACCUSE", "source": INVESTIGATORS, "target": SUSPECT},
    {"code": "ASSAULT", "source": SUSPECT,
     "target": ["Bardo Museum", "متحف باردو", "foreign tourists", "السياح الاجانب", "Tunisia", "تونس"],
     "date": "2015-03-18"},
    {"code": "THREATEN", "source": INVESTIGATORS, "target": SUSPECT}], "claims": [
    {"speaker": DE_MAIZIERE + ["Germany", "ألمانيا"], "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": DE_MAIZIERE + ["Germany", "ألمانيا"], "cue": cue(t, "قوله"), "stance": "assert"},
    {"speaker": PROSECUTOR, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": PROSECUTOR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Reuters", "رويترز"], "cue": cue(t, "حسب"), "stance": "assert"}]})
# --- Jawhara FM: Swedish PM Stefan Löfven calls on all EU member states to bear their share of the refugee burden.
# "دعا ... إلى ضرورة أن تعمل جميع الدول الأعضاء في الاتحاد الأوروبي على تحمل مسؤولياتها" is REQUEST of the member
# states, undated (no day in the text). "في مؤتمر صحفي عقب مباحثات مع رئيس وزراء مالطا جوزيف موسكات" is the
# occasion of his statements: CONSULT, Löfven (first named) the source and Muscat the target (batch 56's meeting
# before a press conference), undated. "وكانت بلدان الاتحاد الأوروبي قد توصلت في سبتمبر 2015 إلى وضع خطة لتوزيع
# اللاجئين" is a historical agreement among named parties: one reciprocal AGREE with no target (README), undated
# (month only). "يذكر أن السويد قد استقبلت منذ سنة 2014 نحو 245 ألف لاجئ" is a clause with its doer: granting refuge
# is CAMEO 075 (provide aid), AID Sweden → refugees (decided), undated. Not coded: "الاتفاق الذي تم التوصل إليه بين
# الاتحاد الأوروبي وتركيا" (passive, a nominal background agreement like "توقيع الاتفاق النووي") and the refugees'
# hopes. Claims: دعا (other), أوضح (fair burden-sharing "من الأهمية": a call, other), اعتبر (assert), مبرزا ("يتعين
# علينا تقاسم المسؤوليات": other); "يذكر أن" is the narrator. Löfven lists Sweden, his state.
i = 'ant-JA-internationalNews-396-20170301'
t = news_text(i)
LOFVEN = ["Stefan Lofven", "Stefan Löfven", "ستيفان لوفين", "لوفين", "رئيس الوزراء السويدي", "Sweden", "السويد"]
MEMBERS = ["EU member states", "جميع الدول الأعضاء في الاتحاد الأوروبي", "الدول الأعضاء في الاتحاد الأوروبي",
           "الدول الأعضاء", "جميع دول هذا التكتل الأوروبي", "European Union", "الاتحاد الأوروبي"]
MUSCAT = ["Joseph Muscat", "جوزيف موسكات", "موسكات", "رئيس وزراء مالطا", "Malta", "مالطا"]
recs.append({"id": i, "text": t, "published": "2017-03-01", "events": [
    {"code": "REQUEST", "source": LOFVEN, "target": MEMBERS},
    {"code": "CONSULT", "source": LOFVEN, "target": MUSCAT},
    {"code": "AGREE", "source": ["EU countries", "بلدان الاتحاد الأوروبي", "European Union", "الاتحاد الأوروبي"],
     "target": []},
    {"code": "AID", "source": ["Sweden", "السويد"], "target": ["refugees", "245 ألف لاجئ", "لاجئ", "اللاجئين"]}],
    "claims": [
    {"speaker": LOFVEN, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": LOFVEN, "cue": cue(t, "أوضح"), "stance": "other"},
    {"speaker": LOFVEN, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": LOFVEN, "cue": cue(t, "مبرزا"), "stance": "other"}]})
# --- Jawhara FM: the body of Boubaker Thabti, a Tunisian killed in the Quebec mosque attack, reaches Tunis-Carthage
# airport this evening (Saturday 2017-02-04); PM Youssef Chahed, present with the foreign minister and MPs, offers
# his condolences to the family. Condolences and the recited Fatiha are neither events nor claims (README); the
# airport reception is no hosted visit (decided: unlike batch 34's families receiving the visitor, the PM attends a
# ceremony). "وكان الكسندر بوسينيت (27 عاما) قد نفذ هجوما ارهابيا مساء الاحد 29 جانفي 2017، على المركز الثقافي
# الاسلامي في كيبيك" is ASSAULT with its doer, dated 2017-01-29 (a Sunday, as the text says); the lead's "الهجوم
# الارهابي الذى استهدف المركز الثقافي الاسلامي" re-tells it. The military plane set aside for the body and the burial
# are passive. No claims. No alias holds كيبيك (named on its own).
i = 'ant-JA-localNews-728-20170204'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-02-04", "events": [
    {"code": "ASSAULT", "source": ["Alexandre Bissonnette", "الكسندر بوسينيت", "بوسينيت"],
     "target": ["Islamic Cultural Centre of Quebec", "المركز الثقافي الاسلامي", "worshippers",
                "Boubaker Thabti", "بوبكر الثابتي", "الثابتي"], "date": "2017-01-29"}], "claims": []})
if __name__ == "__main__":
    write_batch(__file__, 'batch57.gold.jsonl', recs)
