"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 117 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Al-Nassr's management turns down UAE side Al-Nasr's request to push their friendly back to Sunday
# and sets up a friendly with Al-Shaab instead; squad news. "رفضت إدارة النصر مطالب نظيرتها في نادي النصر الإماراتي
# بتأجيل مواجهة الفريقين الودية" (re-told in "وهو ما رفضته إدارة النصر") is a refusal between clubs over the date of
# a friendly: sport business, no event (decided, as batches 26, 32, 35, 38, 45–48 and 73 leave transfer offers and
# refusals between clubs uncoded and batch 59 a friendly); the other club's request is a noun (مطالب) inside it.
# Da Silva's phone call to Al-Shaab's Egyptian coach Tarek El-Ashry and the passive "تم تحديد يوم غد الخميس موعداً
# للمباراة" arrange that friendly: the same sport scheduling, no CONSULT and no AGREE (decided). Al-Shaab's win over
# Banik Most, the Super Cup date, training, and Hazazi's recovery are sport: no events. "أعطى ... مؤشرا ايجابيا
# للجهاز الطبي" is no speech: no claims.
i = 'snn-2015-08-06-2431'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": []})
# --- SaudiNewsNet: Mohammed al-Huwail's opinion column on women in the municipal elections. A columnist is the
# narrator (batches 27–28): no claims. "إقرار دخول المرأة وخفض سن حق الانتخاب" is a noun with no doer, the
# conservative opposition (المعارضة في ذهنيتنا المحافظة) is no actor, and the hypothetical candidate (س) and her
# promises are imagined: no events.
i = 'snn-2015-08-01-0766'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": []})
# --- SaudiNewsNet (Al-Jazirah): damaged palms and lawns in Arair; the mayor, Badi al-Qahtani, says the greening
# project has been awarded. "وتمنى العديد من المواطنين" is a bare group: no claim, no event. "أعرب المواطن محمد
# العجمي، عن أمله في تحسين المدخل الرئيسي ..." is a named citizen's hope that the problem be solved: REQUEST with no
# target (batches 89–92: residents hoping an official solves their problem make a REQUEST; the sentence names no
# addressee, so none, as a call with no named addressee), undated; his أعرب is a claim (other). The damage has no
# doer; the municipality's own maintenance, the passive award of the project (جرى ترسية, no contractor named), the
# passive identification of damaged palms, the vet's monitoring and the passive tender (تم طرح) are the
# municipality's own work: not coded. "جرى عقد اجتماع في وقت سابق بين رئيس البلدية بالنيابة المهندس راكان اليامي،
# ومدير صحة البيئة مع مستثمر المسلخ" is a passive meeting with its parties named: one reciprocal CONSULT, all in the
# source and no target (batches 77–80 and 85–88), undated ("في وقت سابق"). "وتم التعهد من قبل المستثمر بتعديل
# الملاحظات وتهيئة مكان الذبح" is a pledge with its agent: AGREE investor → the municipality (decided: a contractor's
# undertaking to the body that met him, as an employer's promise is AGREE in batches 8–9), undated; its noun التعهد
# with the investor and the content is an embedded claim (decided, stance promise; batch 104 takes a reporting noun
# with an identifiable speaker). Claims of al-Qahtani: كشف (the damage), أشار (maintenance), مبيناً (the award),
# أضاف (the damaged palms identified), بيّن (the meeting), the first مؤكداً (the vet's monitoring): assert; the
# second مؤكداً (the tender, "وبإذن الله سيتم المتابعة ... لترسية المشروع والبدء به") promise (as batch 97–100's
# municipality's "أكدت … استمرار الحملة"). The opening caption is no statement.
i = 'snn-2015-07-31-0909'
t = news_text(i)
AJMI = ["Mohammed al-Ajmi", "محمد العجمي", "العجمي"]
QAHTANI = ["Badi al-Qahtani", "بادي القحطاني", "القحطاني", "Arair municipality", "بلدية عريعرة"]
MUNICIPALITY = ["Arair municipality", "بلدية عريعرة", "البلدية", "Rakan al-Yami", "راكان اليامي", "اليامي",
                "رئيس البلدية بالنيابة", "مدير صحة البيئة", "Badi al-Qahtani", "القحطاني"]
INVESTOR = ["slaughterhouse investor", "مستثمر المسلخ", "المستثمر"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": AJMI, "target": []},
    {"code": "CONSULT", "source": MUNICIPALITY + INVESTOR, "target": []},
    {"code": "AGREE", "source": INVESTOR, "target": MUNICIPALITY}], "claims": [
    {"speaker": AJMI, "cue": cue(t, "أعرب"), "stance": "other"},
    {"speaker": QAHTANI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": QAHTANI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": QAHTANI, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": QAHTANI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": QAHTANI, "cue": cue(t, "بيّن"), "stance": "assert"},
    {"speaker": QAHTANI, "cue": cue(t, "مؤكداً", 1), "stance": "assert"},
    {"speaker": INVESTOR, "cue": cue(t, "التعهد"), "stance": "promise"},
    {"speaker": QAHTANI, "cue": cue(t, "مؤكداً", 2), "stance": "promise"}]})
# --- SaudiNewsNet (Monday 2015-08-03): the British government plans to jail landlords who rent to illegal migrants;
# 1,700 attempts to enter the Channel Tunnel overnight. "تنوي الحكومة البريطانية تقديم مشروع قانون الى البرلمان"
# (re-told in "وتنوي الحكومة تقديمه الى البرلمان في الخريف") is an intention to table a bill in the state's own
# legislature: not coded (decided: legislative procedure inside one state, like internal deliberations, and a plan,
# no act); the punishment it sets targets a generic class (landlords who do not check tenants): no event (batches
# 85–92: a penalty warning to a generic class is a claim only). The confiscation of wages has no doer. "وجرت 1700
# محاولة تسلل قام بها مهاجرون" is illegal crossing, no PLOVER interaction (decided), and the policeman hurt "عند
# تعرضه للقذف بالحجارة" has no doer in the text: not coded. "قوات الامن في محيط النفق صدت الفا من هذه المحاولات"
# with the passive "تم اعتراض 700 محاولة اخرى" (folded in) is blocking entry: one COERCE security forces → the
# migrants (a refusal of entry is COERCE, batches 37–40), undated (the night of Sunday to Monday spans two days,
# batches 89–92). Claims: the Communities Secretary's قال (identified by his office; the prison penalty: warn,
# decided); the French police source (tied to a named institution, GUIDELINES) "على ما افاد" (its sentence's only
# attribution: assert) and اوضح (assert).
i = 'snn-2015-08-03-1057'
t = news_text(i)
CLARK = ["British Communities Secretary", "سكرتير الدولة للشؤون المحلية", "Greg Clark", "British government",
         "الحكومة البريطانية", "Britain", "بريطانيا"]
POLICE_SRC = ["French police source", "مصدر في الشرطة الفرنسية", "المصدر", "France", "فرنسا"]
SEC_FORCES = ["French security forces", "قوات الامن", "قوات الامن في محيط النفق", "France", "فرنسا"]
MIGRANTS = ["migrants", "مهاجرون", "مهاجرين"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "COERCE", "source": SEC_FORCES, "target": MIGRANTS}], "claims": [
    {"speaker": CLARK, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": POLICE_SRC, "cue": cue(t, "افاد"), "stance": "assert"},
    {"speaker": POLICE_SRC, "cue": cue(t, "اوضح"), "stance": "assert"}]})
# --- SaudiNewsNet: the Arab Open University's Saudi branch dismisses social-media talk that education departments
# refuse to interview its education-diploma graduates. "استبعد فرع الجامعة العربية المفتوحة بالمملكة صحة ما تتناقله
# وسائل التواصل الاجتماعي" is a denial of a rumour with no named author: REJECT with no target (batches 15–16, 49–52),
# undated; the director's rhetorical "كيف يتم استبعاد الطلاب ..." re-tells it. The departments' alleged refusal is a
# noun inside the rumour (قيام ... برفض): not coded; the civil-service vetting is background. Claims: the branch's
# استبعد (deny), Ghazi Fallamban's تساءل (the rebuttal: deny) and أكد (the diploma is among the best: assert).
i = 'snn-2015-08-04-0900'
t = news_text(i)
AOU = ["Arab Open University Saudi branch", "فرع الجامعة العربية المفتوحة", "الجامعة العربية المفتوحة",
       "Arab Open University", "Ghazi Fallamban", "غازي فلمبان", "فلمبان"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "REJECT", "source": AOU, "target": []}], "claims": [
    {"speaker": AOU, "cue": cue(t, "استبعد"), "stance": "deny"},
    {"speaker": AOU, "cue": cue(t, "تساءل"), "stance": "deny"},
    {"speaker": AOU, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Jawhara FM: PSG fans petition for the Barcelona match to be replayed. "أكدت بعض وكالات الأانباء العالمية" is a
# bare source (GUIDELINES): no claim. "لجوء عدد من عشاق النادي الفرنسي إلى حملة توقيعات للمطالبة بإعادة المباراة"
# and "ونشرأحد مشجعي باريس سان جيرمان عريضة ... من أجل المطالبة بإعادة المباراة" are one demand with its doer (the
# fan who launched the petition and the fans behind it) and no addressee named (UEFA is not in the text): REQUEST with
# no target, undated. "وطالبت العريضة ... بمعاقبة الحكم الألماني بسبب تلك الأخطاء" is a second demand that names the
# referee it wants punished: REQUEST → the referee (batches 89–92: a demand targets the party it names), undated; the
# errors the petition lists (برر طلبه بوجود 13 خطأ، الأخطاء التي ذكرتها العريضة) are the demands' stated reasons,
# folded in (decided: no separate ACCUSE). The match, the goals, the penalties and Mascherano's foul on Di Maria are
# sport: no events. Claims: the fan's برر (accuse; the petition's author is one specific person, batches 89–92), the
# petition's ذكرتها (accuse) and طالبت (other), all with one speaker list (the fan and his petition). The lists leave
# out forms holding the club's name (باريس سان جيرمان، النادي الفرنسي), an entity of the article.
i = 'ant-JA-sport-796-20170312'
t = news_text(i)
FANS = ["PSG fans' petition", "أحد مشجعي", "مشجعي", "عشاق", "العريضة", "petition"]
REFEREE = ["Deniz Aytekin", "الحكم الألماني", "German referee"]
recs.append({"id": i, "text": t, "published": "2017-03-12", "events": [
    {"code": "REQUEST", "source": FANS, "target": []},
    {"code": "REQUEST", "source": FANS, "target": REFEREE}], "claims": [
    {"speaker": FANS, "cue": cue(t, "برر"), "stance": "accuse"},
    {"speaker": FANS, "cue": cue(t, "ذكرتها"), "stance": "accuse"},
    {"speaker": FANS, "cue": cue(t, "طالبت"), "stance": "other"}]})
# --- Jawhara FM (Saturday 2017-05-13): three Workers' Party members arrested in Sousse while handing out a statement
# against President Essebsi. "إن الوحدات الأمنية قامت بايقافه رفقة عضوين اخرين من الحزب أمس الجمعة" is an arrest
# with its doer: COERCE security units → al-Habbasi and the two members, dated 2017-05-12 (أمس الجمعة); taking them
# to the Sousse security district and the police's reason ("المنشور غير قانوني ...") are folded into it (batches
# 89–92: the suspicion folded into the arrest). "وتم اطلاق سراحهم بعد فترة" is the release by the same units: RETREAT
# (batches 105–108's release after a passive arrest), undated (decided: "بعد فترة" fixes no day). The statement "
# السبسي يعلن الحرب على الشعب", which "يوضح أن خطاب رئيس الجمهورية ... هدفه الوحيد الاعداد لتمرير قانون المصالحة
# المخالف للدستور", is the party's accusation of Essebsi: one ACCUSE Workers' Party → Essebsi, undated (decided: the
# same statement handed out on Friday and again today, "وأعادوا اليوم توزيع البيان نفسه", is one instance with two
# days). The title's يعلن is the statement's figure, no speech of Essebsi. Claims: al-Habbasi's قال (the arrest:
# assert), أضاف (he passes on and backs the party's charge: accuse), مشيرا (the transfer and the police's reason:
# assert) and "وفق تأكيد محمد الحباسي" (its sentence's only attribution: assert); the statement's يوضح (embedded
# speech with its own speaker, batches 29–30: accuse). The correspondent is a conduit.
i = 'ant-JA-localNews-3911-20170513'
t = news_text(i)
HABBASI = ["Mohamed Habbassi", "محمد الحباسي", "الحباسي"]
DETAINED = HABBASI + ["Workers' Party members", "عضوين اخرين"]
WORKERS = ["Workers' Party", "حزب العمال", "اللجنة الجهوية لحزب العمال بسوسة", "الحزب", "البيان"] + HABBASI
SECURITY = ["Tunisian security units", "الوحدات الأمنية", "القوات الأمنية", "Tunisian police"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قائد السبسي", "السبسي", "رئيس الجمهورية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-05-13", "events": [
    {"code": "COERCE", "source": SECURITY, "target": DETAINED, "date": "2017-05-12"},
    {"code": "RETREAT", "source": SECURITY, "target": DETAINED},
    {"code": "ACCUSE", "source": WORKERS, "target": ESSEBSI}], "claims": [
    {"speaker": HABBASI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HABBASI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": WORKERS, "cue": cue(t, "يوضح"), "stance": "accuse"},
    {"speaker": HABBASI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": HABBASI, "cue": cue(t, "وفق"), "stance": "assert"}]})
# --- Jawhara FM (Monday 2017-03-20): the Orly airport attacker was under the influence of alcohol and drugs. "أعلن
# مصدر قضائي" and "وأوضح المصدر" are a bare judicial source (no nationality or institution; batches 69–72: a bare
# source makes no claim): no claims. "زياد بن بلقاسم ... الذي هاجم جندية في مطار أورلي" (re-told in "لدى مهاجمته صباح
# السبت جندية كانت ضمن دورية") is a relative clause with its doer: ASSAULT Ben Belgacem → the soldier, dated
# Saturday 2017-03-18. "قبل أن يُقتل" with "وذلك قبل قتله بيد زميلي الجندية" names the killers: ASSAULT the soldier's
# two colleagues → Ben Belgacem, same day (decided: a killing whose agent the text names, as batches 73–76's planes
# shot down by factions). "وقد تم مساء الأحد إطلاق سراح شقيق المهاجم وابن عمه اللذين تقدما من تلقاء نفسهما إلى
# الشرطة" is a release given to the police the clause names (batches 97–100, 105–108): RETREAT police → the brother
# and cousin, dated Sunday 2017-03-19; their going to the police of their own accord is folded into that custody.
# "وأخلي سبيل والد بن بلقاسم مساء السبت" is a second release, on another day: RETREAT police → the father, 2017-03-18
# (decided: two records, two days). Not coded: the blood tests (passive, no doer), his criminal record and
# radicalisation (nouns; "أشير" has no speaker). Claims: Ben Belgacem's "قال إنه مستعد للاستشهاد" (said while
# attacking: warn, decided); the father's عبر (his incomprehension: assert) and عازيا (the cause, bad friends and
# drugs, a generic blame: assert, decided). The relatives' lists keep no form with the attacker's name or المهاجم.
i = 'ant-JA-internationalNews-687-20170320'
t = news_text(i)
BEN = ["Ziyed Ben Belgacem", "زياد بن بلقاسم", "بن بلقاسم"]
SOLDIER = ["French soldier", "جندية", "الجندية", "مطار أورلي", "Orly airport"]
COLLEAGUES = ["the soldier's two colleagues", "زميلي", "French soldiers"]
POLICE = ["French police", "الشرطة"]
KIN = ["Ben Belgacem's brother and cousin", "شقيق", "ابن عمه"]
FATHER = ["Ben Belgacem's father", "والد", "والد المعتدي"]
recs.append({"id": i, "text": t, "published": "2017-03-20", "events": [
    {"code": "ASSAULT", "source": BEN, "target": SOLDIER, "date": "2017-03-18"},
    {"code": "ASSAULT", "source": COLLEAGUES, "target": BEN, "date": "2017-03-18"},
    {"code": "RETREAT", "source": POLICE, "target": KIN, "date": "2017-03-19"},
    {"code": "RETREAT", "source": POLICE, "target": FATHER, "date": "2017-03-18"}], "claims": [
    {"speaker": BEN, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": FATHER, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": FATHER, "cue": cue(t, "عازيا"), "stance": "assert"}]})
# --- Jawhara FM (Sunday 2017-01-29): Ennahda's Shura chairman Abdelkarim Harouni on a reshuffle, Ghannouchi's trips
# abroad and Sisi's expected visit. The Shura seminar is the party's own business; the reshuffle, Ghannouchi's
# moves abroad (latest in Algeria), the critics' criticism and Sisi's expected visit are nouns (batches 77–80: a
# future meeting told as a noun is not coded). "داعيا الأحزاب والمنظمات لخدمة تونس في اطار هذه الدبلوماسية بدلا من
# الانتقاد" is a call on named sectors: REQUEST → the parties and organisations (batches 93–96, decided over a
# generic class); the unnamed critics he mocks with a proverb are no target: no ACCUSE. "أكد الهاروني أن حزبه يساند
# الثورة المصرية ويحترم حق الشعب المصري" is stated support: SUPPORT Ennahda → the Egyptian people (batches 89–92:
# solidarity with a named group); its "مع رفض سياسية الانقلابات والتدخل الأجنبي" names no party: not coded
# (decided). "الدول المجاورة مطالبة بالانخراط في المساعي لايجاد حل للصراع في ليبيا" is a call on Libya's
# neighbours: REQUEST → them. All three dated 2017-01-29 (statements made today, "اليوم الأحد", at one seminar).
# Claims: قال (no information on a reshuffle: assert, as batches 93–96's "can neither deny nor confirm"), the first
# أكد (no reshuffle without consulting: assert), the first مضيفا (assert), the second أكد (the state leads foreign
# policy: assert), أضاف (his reply to the criticism of Ghannouchi's moves: deny, decided, a rebuttal), داعيا
# (other), مستحضرا (the proverb mocking the critics: accuse), the third أكد (support: assert), the second مضيفا
# (other). "في رده على انتقادات" is a noun inside his sentence; "ع ب م" is the byline.
i = 'ant-JA-localNews-320-20170129'
t = news_text(i)
HAROUNI = ["Abdelkarim Harouni", "عبد الكريم الهاروني", "الهاروني", "Ennahda", "النهضة", "مجلس شورى النهضة",
           "شورى النهضة"]
PARTIES = ["Tunisian parties and organisations", "الأحزاب والمنظمات", "الأحزاب", "المنظمات"]
EGYPT_PEOPLE = ["Egyptian people", "الشعب المصري", "Egypt", "مصر"]
NEIGHBOURS = ["Libya's neighbouring states", "الدول المجاورة"]
recs.append({"id": i, "text": t, "published": "2017-01-29", "events": [
    {"code": "REQUEST", "source": HAROUNI, "target": PARTIES, "date": "2017-01-29"},
    {"code": "SUPPORT", "source": HAROUNI, "target": EGYPT_PEOPLE, "date": "2017-01-29"},
    {"code": "REQUEST", "source": HAROUNI, "target": NEIGHBOURS, "date": "2017-01-29"}], "claims": [
    {"speaker": HAROUNI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HAROUNI, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": HAROUNI, "cue": cue(t, "مضيفا", 1), "stance": "assert"},
    {"speaker": HAROUNI, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": HAROUNI, "cue": cue(t, "أضاف"), "stance": "deny"},
    {"speaker": HAROUNI, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": HAROUNI, "cue": cue(t, "مستحضرا"), "stance": "accuse"},
    {"speaker": HAROUNI, "cue": cue(t, "أكد", 3), "stance": "assert"},
    {"speaker": HAROUNI, "cue": cue(t, "مضيفا", 2), "stance": "other"}]})
# --- Jawhara FM: the Ministry of Industry and Trade urges individuals and traders to respect import procedures.
# "دعت ... الأفراد والمتعاملين الاقتصاديين إلى الالتزام بالحصول على التّرخيص المسبق" is a call on a generic class:
# a claim only, no REQUEST (batches 81–84 and 85–92: calls and warnings to a generic class). The rising cases of
# people importing without following the rules name no party ("عدد من الأفراد"): no ACCUSE (batches 73–76: condemning
# a generic group). Claims: دعت (other), أضافت (assert), أشارت (the breaches and the disruption they cause: accuse).
i = 'ant-JA-localNews-4444-20170606'
t = news_text(i)
MINISTRY = ["Tunisian Ministry of Industry and Trade", "وزارة الصناعة والتجارة", "وزارة التجارة", "الوزارة"]
recs.append({"id": i, "text": t, "published": "2017-06-06", "events": [], "claims": [
    {"speaker": MINISTRY, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": MINISTRY, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": MINISTRY, "cue": cue(t, "أشارت"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch117.gold.jsonl', recs)
