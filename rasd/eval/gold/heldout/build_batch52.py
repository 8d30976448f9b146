"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 52 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Ain Alyoum: Sisi issues a presidential decree amending the House of Representatives and political-rights laws
# ahead of the parliamentary elections. Issuing a decree that amends domestic election law is legislation acting on no
# named party (as batches 25, 39 and 41 leave legislative work): not coded. The Higher Election Committee's expected
# announcement (متوقعًا أن تعلن اللجنة) is a forecast, and the Suez Canal celebration nominal background: no events.
# Claims: the minister's قال ("في بيان له اليوم"), مؤكدًا، أشار، متوقعًا (a forecast: assert). His title holds مجلس
# النواب, a body named on its own, so his list leaves it out; as a state official he lists Egypt.
i = 'snn-2015-08-02-0079'
t = news_text(i)
HENEIDY = ["Ibrahim al-Heneidy", "إبراهيم الهنيدي", "الهنيدي", "Egypt", "مصر"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": HENEIDY, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HENEIDY, "cue": cue(t, "مؤكدًا"), "stance": "assert"},
    {"speaker": HENEIDY, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": HENEIDY, "cue": cue(t, "متوقعًا"), "stance": "assert"}]})
# --- Al-Riyadh: hundreds of Nineveh Christians protested yesterday (Thursday 2015-08-06) in Erbil, demanding the
# liberation of their areas from ISIS. The lead's "طالب المئات ... بتحرير مناطقهم" and "وقفة احتجاجية نظمها مسيحيو
# سهل نينوى" are one PROTEST (its demands are its content, README), no target (no addressee named; the UN building
# is only its place), dated by أمس. Matti Haddad's "طالب الحكومة الاتحادية بالإسراع بتحرير مناطق المسيحيين" is his
# own demand with a named addressee: REQUEST, dated by the stand he speaks at (decided: his present-tense "يقفون
# محتجين" places his words at yesterday's protest). "الذين هجروا من مناطقهم من قبل تنظيم داعش" is a passive relative
# clause whose agent is named: forced displacement, COERCE (repression, as batch 29 codes forced displacement), with
# "ممتلكاتهم التي اعتبرها تنظيم داعش غنائم" (the seizure that came with it) folded in as one campaign (decided);
# undated ("مرور عام"). The killing and torture the Christians recall are nouns with no doer; their refusal to
# emigrate acts on no party. Claims: the Christians are the article's identified subject tied to a named province
# (as batch 31's protesters), so the lead's طالب (other), استذكر (what ISIS did to them: accuse) and أعربوا (their
# hope to return: assert) are theirs; Haddad's قال and طالب. Aliases holding نينوى or الموصل (named on their own) are
# left out: the Christians' list keeps no "مسيحيي محافظة نينوى", Haddad's no provincial council.
i = 'snn-2015-08-07-0869'
t = news_text(i)
CHRISTIANS = ["Iraqi Christians", "Christians", "المسيحيون", "المسيحيين", "مسيحيو", "مسيحيي", "الطائفة المسيحية"]
HADDAD = ["Matti Haddad", "متى حداد", "حداد"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "PROTEST", "source": CHRISTIANS, "target": [], "date": "2015-08-06"},
    {"code": "REQUEST", "source": HADDAD, "target": ["Iraqi federal government", "الحكومة الاتحادية", "Iraq", "العراق"],
     "date": "2015-08-06"},
    {"code": "COERCE", "source": ISIS, "target": CHRISTIANS}], "claims": [
    {"speaker": CHRISTIANS, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": HADDAD, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HADDAD, "cue": cue(t, "طالب", 3), "stance": "other"},
    {"speaker": CHRISTIANS, "cue": cue(t, "استذكر"), "stance": "accuse"},
    {"speaker": CHRISTIANS, "cue": cue(t, "أعربوا"), "stance": "assert"}]})
# --- Okaz: the twelve TPP negotiating states end their Hawaii round without a final agreement. The round ("في ختام
# اجتماعهم في هاواي", with the press conference "شارك فيه ممثلون عن الدول الـ12") is the article's news with its
# parties named: one multilateral CONSULT, the twelve states in the source, no target (as the seed's UDCG meeting),
# undated (no day given). "الدول المشاركة في المفاوضات قررت استكمال المباحثات على صعيد ثنائي" is an agreed future
# round of talks: AGREE (future meetings), same source, no target; Froman's "سنواصل العمل" re-tells it. Not coded:
# "لم يتوصلوا إلى اتفاق" (negated), Amari's "اجتماعا وزاريا جديدا قد يعقد" (passive and hedged, no party named as
# holding it), and "يدين معارضو اتفاق التجارة الحرة ... السرية" (decided: the agreement's unnamed opponents are a bare
# group, like محللون, in the narrator's يشار إلى أن background, so neither an ACCUSE nor a claim). Claims: the
# negotiators' أعلن; Froman's قال and أضاف; Amari's ألمح and "معلنا ... بقوله" (one statement, cue معلنا; its
# "if we fail next time it becomes very hard" is a warning); Groser's أشار and قال. China, named as not taking part, is
# in no list.
i = 'snn-2015-08-02-1178'
t = news_text(i)
TPP_STATES = ["TPP negotiating states", "الدول الـ12", "مفاوضو الدول الـ12", "الدول المشاركة في المفاوضات",
              "United States", "الولايات المتحدة", "Peru", "البيرو", "Chile", "تشيلي", "Canada", "كندا",
              "Mexico", "المكسيك", "Brunei", "بروناي", "Japan", "اليابان", "Malaysia", "ماليزيا", "Singapore",
              "سنغافورة", "Vietnam", "فيتنام", "Australia", "أستراليا", "New Zealand", "نيوزيلندا"]
NEGOTIATORS = ["TPP negotiators", "مفاوضو الدول الـ12", "الدول الـ12"]
FROMAN = ["Michael Froman", "مايكل فرومان", "فرومان", "US Trade Representative",
          "الممثل الأمريكي الخاص للشؤون التجارية", "United States", "الولايات المتحدة"]
AMARI = ["Akira Amari", "اكيرا اماري", "اماري", "Japan", "اليابان"]
GROSER = ["Tim Groser", "تيم غروزر", "غروزر", "ممثل نيوزيلندا", "New Zealand", "نيوزيلندا"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "CONSULT", "source": TPP_STATES, "target": []},
    {"code": "AGREE", "source": TPP_STATES, "target": []}], "claims": [
    {"speaker": NEGOTIATORS, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": FROMAN, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": FROMAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": AMARI, "cue": cue(t, "ألمح"), "stance": "assert"},
    {"speaker": AMARI, "cue": cue(t, "معلنا"), "stance": "warn"},
    {"speaker": GROSER, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": GROSER, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Ain Alyoum (after The Independent): North Korean general Pak Yong-sik threatens that a new war would leave no
# American alive, and Kim Jong-un boasts of the nuclear arsenal. The general's threat (the lead's هدد, the body's
# "صعد ... بالقول إنه في حالة لم تتخل الولايات المتحدة ... فإن بيونج يانج ستقاتل" and his أضاف) is one speech: one
# THREATEN against the United States, undated (the armistice anniversary speech has no day in the text; "اليوم
# الثلاثاء" is the day the paper carried it). Kim's boast (لقد ولى ... عصر ابتزاز الولايات المتحدة لنا ... نحن الذين
# نشكل مصدر الخوف) names no action he would take: no event (decided). The army's size is a fact, no event. Claims:
# the general's هدد, بالقول (the only reporting word of its sentence; صعد is not one) and أضاف, all warn; Kim's
# "تباهى ... وقال" is one statement in one sentence, cue قال (stance warn: "we are the source of fear"); the
# Independent's أشارت and لافتة (a distinct figure). "نقلتها صحيفة إندبندنت" is the conduit of the speech: no claim.
i = 'snn-2015-07-31-0161'
t = news_text(i)
PAK = ["Pak Yong-sik", "باك سونج ييك", "الجنرال باك سونج ييك", "جنرال بالجيش الكوري الشمالي", "الجنرال",
       "North Korea", "كوريا الشمالية", "بيونج يانج", "Pyongyang"]
KIM = ["Kim Jong-un", "كيم جونج أون", "الزعيم الكوري الشمالي", "North Korea", "كوريا الشمالية"]
INDEPENDENT = ["The Independent", "إندبندنت", "صحيفة إندبندنت", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "THREATEN", "source": PAK, "target": ["United States", "الولايات المتحدة", "أمريكا", "امريكا"]}],
    "claims": [
    {"speaker": PAK, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": PAK, "cue": cue(t, "بالقول"), "stance": "warn"},
    {"speaker": PAK, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": KIM, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": INDEPENDENT, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": INDEPENDENT, "cue": cue(t, "لافتة"), "stance": "assert"}]})
# --- Al-Riyadh: the Madinah municipality's Eid al-Fitr festivities. Festivities organised by the Amanah for residents
# are no PLOVER event (as batch 31 leaves Eid greetings); "أقيمت ... بالتنسيق والتعاون مع بعض الجهات الحكومية" is
# passive with unnamed partners. "إدراكاً من الأمانة" states no statement. Nothing coded.
i = 'snn-2015-07-22-1111'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": []})
# --- Jawhara FM: the Republican Party (statement of today, Thursday 2017-05-11) asks the public prosecution to open an
# investigation into spying on the election commission (ISIE) and the hacking of its members' e-mail. طالب is REQUEST
# to the prosecution, dated. The spying and hacking are nominal or passive (تمت قرصنة) with no doer: not coded. "أكدوا
# خلال جلسة استماع لهم أمس الاربعاء بالبرلمان" is the resigning ISIE president and two members heard by parliament:
# CONSULT, they (who came) the source and parliament the target, 2017-05-10 (a public hearing is a meeting, batch 46;
# batch 42 codes "تحدثوا في جلسات ... لمجلسي النواب والشيوخ"). Their "أفادوا بأنه تمت ... ممارسة ضغوطات من قبل أعضاء
# اخرين" accuses the other board members: ACCUSE, dated by the hearing. Their resignations (تقديمهم لاستقالاتهم) are
# nominal background. Claims: the party's طالب (other); the three's أكدوا (assert) and أفادوا (accuse). The three
# keep no ISIE alias in the ACCUSE, whose target is the ISIE's other members.
i = 'ant-JA-localNews-3930-20170511'
t = news_text(i)
REPUBLICAN = ["Republican Party", "Al Joumhouri", "الحزب الجمهوري"]
TRIO = ["Chafik Sarsar", "شفيق صرصار", "صرصار", "Lamia Zargouni", "لمياء الزرقونى", "الزرقونى",
        "Mourad Ben Moula", "مراد بن مولى", "بن مولى"]
ISIE = ["ISIE", "Independent High Authority for Elections", "الهيئة العليا المستقلة للإنتخابات"]
recs.append({"id": i, "text": t, "published": "2017-05-11", "events": [
    {"code": "REQUEST", "source": REPUBLICAN, "target": ["Public Prosecution", "النيابة العمومية"],
     "date": "2017-05-11"},
    {"code": "CONSULT", "source": TRIO + ISIE,
     "target": ["Parliament", "البرلمان", "Assembly of the Representatives of the People", "مجلس نواب الشعب"],
     "date": "2017-05-10"},
    {"code": "ACCUSE", "source": TRIO, "target": ["other ISIE board members", "أعضاء اخرين", "أعضاء آخرين"],
     "date": "2017-05-10"}], "claims": [
    {"speaker": REPUBLICAN, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": TRIO + ISIE, "cue": cue(t, "أكدوا"), "stance": "assert"},
    {"speaker": TRIO + ISIE, "cue": cue(t, "أفادوا"), "stance": "accuse"}]})
# --- Jawhara FM: Ennahda's Shura Council, in the closing statement of its 14-16 October session (today, Sunday
# 2016-10-16), makes its calls. Each call is a REQUEST dated by the statement: طالب (close the amnesty beneficiaries'
# file) with no addressee named; دعا to the government and regional authorities (flood victims); "أكد ... ضرورة
# اعتماد حوار عميق بين حكومة الوحدة الوطنية والأطراف الاجتماعية" a call on those two parties (decided: "أكد ضرورة"
# is a call); دعا to the Assembly of the Representatives of the People; "أكد مجلس الشورى على حل قانوني" for Jemna
# (decided: advocacy of a solution is a call) with no addressee. Not coded: the council's own session (an internal
# party meeting, like internal deliberations) and its decision to hold an extraordinary session (internal). Claims:
# طالب، دعا، أكد، دعا، أكد, all calls (other).
i = 'ant-JA-politic-237-20161016'
t = news_text(i)
SHURA = ["Ennahda Shura Council", "مجلس شورى حركة النهضة", "شورى النهضة", "مجلس الشورى", "المجلس", "Ennahda",
         "حركة النهضة", "النهضة"]
recs.append({"id": i, "text": t, "published": "2016-10-16", "events": [
    {"code": "REQUEST", "source": SHURA, "target": [], "date": "2016-10-16"},
    {"code": "REQUEST", "source": SHURA, "target": ["Tunisian government", "الحكومة", "regional authorities",
                                                    "السلطات الجهوية", "Tunisia"], "date": "2016-10-16"},
    {"code": "REQUEST", "source": SHURA, "target": ["government of national unity", "حكومة الوحدة الوطنية",
                                                    "social partners", "الأطراف الاجتماعية", "Tunisia"],
     "date": "2016-10-16"},
    {"code": "REQUEST", "source": SHURA, "target": ["Assembly of the Representatives of the People",
                                                    "مجلس نواب الشعب", "parliament"], "date": "2016-10-16"},
    {"code": "REQUEST", "source": SHURA, "target": [], "date": "2016-10-16"}], "claims": [
    {"speaker": SHURA, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": SHURA, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": SHURA, "cue": cue(t, "أكد", 1), "stance": "other"},
    {"speaker": SHURA, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": SHURA, "cue": cue(t, "أكد", 2), "stance": "other"}]})
# --- Jawhara FM: FTDES president Abderrahmane Hedhili on the arrests and trials of social protesters. The arrests
# and referrals (إيقاف المحتجين وإحالتهم، "300 شاب محال على المحاكمات") are nouns and passives with no doer: not
# coded. His "سياسة الحكومة في التعامل مع الاحتجاجات الاجتماعية بالإيقافات خاطئة" criticises the government: ACCUSE,
# undated (the press conference has no day). The forum's press conference (to present its report) and its coming
# congress, where representatives of the movements will take part, are its own gatherings (decided: no meeting with
# a named party): not coded. Claims: قال (the arrests: assert), أوضح (accuse), مؤكدا (assert), the second قال (the
# congress: assert); "وفق تصريحه" repeats its sentence's speaker: no claim.
i = 'ant-JA-localNews-2553-20170310'
t = news_text(i)
HEDHILI = ["Abderrahmane Hedhili", "عبد الرحمان الهذيلي", "الهذيلي", "FTDES",
           "Tunisian Forum for Economic and Social Rights", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "المنتدى"]
recs.append({"id": i, "text": t, "published": "2017-03-10", "events": [
    {"code": "ACCUSE", "source": HEDHILI, "target": ["Tunisian government", "الحكومة", "Tunisia"]}], "claims": [
    {"speaker": HEDHILI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": HEDHILI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": HEDHILI, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": HEDHILI, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Jawhara FM: the Echaab Movement's Kebili office on the government's freeze of the Jemna Oases association's
# funds. "دعا ... الى فتح حوار جدي مع جمعية واحات جمنة" is a call whose addressee is not named (the association is
# the dialogue's other side): REQUEST with no target, undated (the statement has no day). "عبر ... عن رفضه الاجراءات
# الجزائية التي اتخذتها الحكومة ضد أموال جمعية" condemns another party's action: ACCUSE of the government (not
# REJECT, GUIDELINES); its relative clause with its doer is the freeze itself, which Chaieb re-tells ("فوجئت، الجمعة،
# بقرار تجميد حساباتها البنكية ... بقرار من طرف المكلف العام بنزاعات الدولة"): one COERCE (sanction) of the
# government and the state litigation officer against the association and the buyer whose account was also frozen,
# dated by the Friday the text gives (2016-10-21; decided: the day the freeze struck). "شدد المكتب على حرص الحركة على
# الانخراط في كل الاشكال النضالية ... لمساندة أهالي جمنة" pledges future support: AGREE (README: support pledged for
# the future), undated. The warned unrest (سيؤدي ... الى المس من السلم الاهلي) is a forecast, no event. Claims: دعا
# (other), عبر and معتبرا (accuse), أكد (warn), شدد (promise), Chaieb's أكد (assert). جمنة and قبلي are named on
# their own, so the association keeps no "جمعية واحات جمنة" form and the office none with بقبلي.
i = 'ant-JA-localNews-1807-20161025'
t = news_text(i)
ECHAAB = ["Echaab Movement regional office", "المكتب الجهوي لحركة الشعب", "المكتب", "Echaab Movement",
          "حركة الشعب", "الحركة"]
GOVT = ["Tunisian government", "الحكومة", "State Litigation Officer", "المكلف العام بنزاعات الدولة", "Tunisia"]
JEMNA_ASSOC = ["Jemna Oases association", "الجمعية", "جمعية", "buyer of the harvest",
               "الشخص الذي تحصل على البتة"]
recs.append({"id": i, "text": t, "published": "2016-10-25", "events": [
    {"code": "REQUEST", "source": ECHAAB, "target": []},
    {"code": "ACCUSE", "source": ECHAAB, "target": GOVT},
    {"code": "COERCE", "source": GOVT, "target": JEMNA_ASSOC, "date": "2016-10-21"},
    {"code": "AGREE", "source": ECHAAB, "target": ["people of Jemna", "أهالي جمنة", "جمنة", "Jemna"]}], "claims": [
    {"speaker": ECHAAB, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": ECHAAB, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": ECHAAB, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": ECHAAB, "cue": cue(t, "أكد", 1), "stance": "warn"},
    {"speaker": ECHAAB, "cue": cue(t, "شدد"), "stance": "promise"},
    {"speaker": ["Belgacem Chaieb", "بلقاسم الشايب", "الشايب"], "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Jawhara FM: the Tunis criminal chamber today (Tuesday 2016-12-27) releases three defendants in the Chokri Belaid
# assassination case and postpones the trial to 25 April 2017. The release is RETREAT (CAMEO 0841, batches 28 and 43),
# the three named defendants the target, dated; the postponement at the civil parties' request is procedure and a
# noun (README: not coded). Mohamed Jmour's "حزبه سيعقد غدا الأربعاء ندوة صحفية" is the party's own press conference:
# not coded (batch 19). "هيئة الدفاع ستتقدم بمطالب للدائرة الجنائية" is an announced step towards a named party:
# AGREE (decided: intent, as batch 16 codes an intended hiring), undated. His "وجود تقصير، وربما تواطؤ من جهات رسمية،
# لتهريب المتهم" accuses unnamed official bodies: ACCUSE with no target (GUIDELINES: none when the text names none).
# The assassination and Abu Bakr al-Hakim's escape are nouns. Claims: "وفق ما أفاد به" (its sentence's only
# attribution, the court's spokesman), Jmour's قال and تابع (assert) and قائلا (accuse); "يشار إلى أن"/"يذكر أن" are
# the narrator's. Jmour's list leaves out his defence-team title (it holds شكري بلعيد).
i = 'ant-JA-localNews-830-20161227'
t = news_text(i)
CHAMBER = ["criminal chamber of the Tunis Court of First Instance", "الدائرة الجنائية بالمحكمة الابتدائية بتونس",
           "الدائرة الجنائية", "المحكمة الابتدائية بتونس", "المحكمة الابتدائية"]
JMOUR = ["Mohamed Jmour", "محمد جمور", "جمور", "Unified Democratic Patriots Party",
         "حزب الوطنيين الديمقراطيين الموحد", "وطد"]
recs.append({"id": i, "text": t, "published": "2016-12-27", "events": [
    {"code": "RETREAT", "source": CHAMBER,
     "target": ["three defendants", "ثلاثة متهمين", "المتهمين المفرج عنهم", "Ahmed Ben Aoun", "أحمد بن عون",
                "Mohamed Ali Naimi", "محمد علي النعيمي", "Moadh Hmaidia", "معاذ حمايدية"], "date": "2016-12-27"},
    {"code": "AGREE", "source": ["defence team", "هيئة الدفاع"] + JMOUR[:3], "target": CHAMBER[:3]},
    {"code": "ACCUSE", "source": JMOUR, "target": []}], "claims": [
    {"speaker": ["Sofiene Sliti", "سفيان السليطي", "السليطي", "الناطق الرسمي باسم المحكمة الابتدائية"] + CHAMBER[3:],
     "cue": cue(t, "وفق ما أفاد به"), "stance": "assert"},
    {"speaker": JMOUR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JMOUR, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": JMOUR, "cue": cue(t, "قائلا"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch52.gold.jsonl', recs)
