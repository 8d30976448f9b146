"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 85 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Tuesday 2015-08-11): Iranian FM Zarif's visit to Turkey, set for today, is postponed. The
# postponement itself is passive or a noun in every clause (أُجلت، تم تأجيل، "أعلن ... تأجيل زيارة"), and for
# "some time constraints", not a snub: procedure, not coded (batch 67: a postponed meeting's postponement is passive
# procedure; unlike batch 11's deliberate cancellation, REJECT). "كان من المفترض أن يلتقي ظريف نظيره التركي مولود
# جاوش اوغلو" (with "زيارة ... التي كانت مقررة اليوم الثلاثاء إلى تركيا") is a scheduled visit and meeting: one AGREE,
# the visitor as source and his host as target (README: scheduled visits are one AGREE per destination), undated
# (decided, as batch 67: the Tuesday it was set for no longer holds). "رافضاً التعليق على سبب التأجيل" is "declined
# to comment": neither event nor claim; "ولم يذكر المسؤول تفاصيل أخرى" is negated. Claims: the Turkish Foreign Ministry
# official's قال; the Turkish diplomatic source's أفاد and قال (a second statement, quoted, that adds "to a later
# date"; GUIDELINES: "مصدر عسكري أردني" is a speaker, so "مصدر دبلوماسي تركي" is one); the Iranian Foreign Ministry
# official's أعلن and, via IRNA ("نقلت ... عن المسؤول القول"), القول (the reason given: distinct content, so a second
# claim); all assert. Reuters, AFP and IRNA are conduits or addressees.
i = 'snn-2015-08-11-0772'
t = news_text(i)
TR_OFFICIAL = ["Turkish Foreign Ministry official", "مسؤول بوزارة الخارجية التركية", "وزارة الخارجية التركية",
               "Turkish Foreign Ministry", "Turkey", "تركيا"]
TR_SOURCE = ["Turkish diplomatic source", "مصدر دبلوماسي تركي", "المصدر", "Turkey", "تركيا"]
IR_OFFICIAL = ["Iranian Foreign Ministry official", "مسؤول بوزارة الخارجية الإيرانية", "وزارة الخارجية الإيرانية",
               "المسؤول", "Iranian Foreign Ministry", "Iran", "إيران"]
ZARIF = ["Mohammad Javad Zarif", "محمد جواد ظريف", "ظريف", "وزير الخارجية الإيراني", "Iran", "إيران"]
CAVUSOGLU = ["Mevlut Cavusoglu", "مولود جاوش اوغلو", "جاوش اوغلو", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "AGREE", "source": ZARIF, "target": CAVUSOGLU}], "claims": [
    {"speaker": TR_OFFICIAL, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": TR_SOURCE, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": TR_SOURCE, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": IR_OFFICIAL, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": IR_OFFICIAL, "cue": cue(t, "القول"), "stance": "assert"}]})
# --- SaudiNewsNet: Obama launches the Clean Power Plan on the "great threat" of climate change. The limits imposed
# on power plants ("أعلن عن فرض قيود غير مسبوقة على محطات توليد الكهرباء", "القيود التي فرضت") are domestic
# regulation acting on no named party (batch 52: legislation is not coded); his "مؤكداً ضرورة التحرك فورًا" is a
# general exhortation with no addressee and no concrete demand (decided: like the religious exhortation of batches
# 77–80, a claim but no REQUEST). The debate in the United States has no doer. No event. Claims: مؤكداً (the call:
# other), the first أعلن (the limits: assert), قال ×2 (one of the basic challenges: assert; no greater threat to
# our future: warn), أضاف (assert), "تابع محذراً" (one phrase, warn), أكد (the threat of climate change and the
# plants: warn), وصف (the most important US step: assert). "حيث أعلن الخطة" is the setting of the first قال and
# re-tells the launch: no claim. Obama is a head of state and lists the United States.
i = 'snn-2015-08-06-1645'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "الرئيس الأميركي", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "مؤكداً"), "stance": "other"},
    {"speaker": OBAMA, "cue": cue(t, "أعلن", 1), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": OBAMA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "تابع محذراً"), "stance": "warn"},
    {"speaker": OBAMA, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": OBAMA, "cue": cue(t, "وصف"), "stance": "assert"}]})
# --- SaudiNewsNet: King Fahd Specialist Hospital in Buraidah received 3,502 cases through the national referral
# programme. Receiving, accepting and admitting referred patients is the hospital's own work (the referring
# hospitals are unnamed, the transfers passive): no event. Claims: the director's "وأكد ذلك" (it confirms the figures
# of the first paragraph) and "الذي أوضح" (a distinct content: how cases are studied), and al-Omari's أشار; all
# assert. Both list the hospital, by its name without ببريدة and by the text's own short form "تخصصي بريدة".
i = 'snn-2015-07-31-0886'
t = news_text(i)
HOSPITAL = ["King Fahd Specialist Hospital", "مستشفى الملك فهد التخصصي", "تخصصي بريدة", "المستشفى"]
RASHIDI = ["Ibrahim al-Rashidi", "إبراهيم الرشيدي", "الرشيدي", "مدير المستشفى"] + HOSPITAL
OMARI = ["Khalid al-Omari", "خالد العمري", "العمري", "مدير التنسيق الطبي", "مدير التنسيق الطبي بالمستشفى"] + HOSPITAL
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": [
    {"speaker": RASHIDI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": RASHIDI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": OMARI, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- SaudiNewsNet: the designer of the Tokyo 2020 logo denies today (Wednesday: 2015-08-05, the day before the corpus
# date; the text's weekday wins, README batches 29–30) that he copied a Belgian designer's work. "نفى ... قيامه
# بالاقتباس من عمل مصمم آخر من بلجيكا" denies an accusation whose author the text names next (Olivier Debie): REJECT
# Sano → Debie, dated (README: denying a report whose author is named is REJECT of that author); his later "أوضح
# الفارق ... قائلا" re-tells the same rebuttal. "طالب أوليفيه ديبي ... اللجنة الأولمبية اليابانية بالتوقف في غضون
# مهلة مدتها ثمانية أيام عن استخدام الشعار" is REQUEST to the committee, with the IOC, to which the same letter went,
# in the target list (one letter, one demand), undated (the letter has no day; the lead's "اليوم الأربعاء" belongs to
# the denial). "إنه في حالة عدم حصوله على الرد، سيسعى لاستصدار أمر قضائي بمنع استخدام شعار" is a conditional legal
# threat: THREATEN (README: a legal challenge announced, batch 30's legal threat) against the same committees,
# undated (the press conference has no day). Tokyo governor Masuzoe's "إنه سيوقف استخدام الشعار بشكل مؤقت" yields to
# the Belgian's demand: CONCEDE (PLOVER: future concessions stay CONCEDE and do not reduce to AGREE; README: withdrawing
# a song under a threat to sue is CONCEDE) towards Debie, undated. Abe's July decision to change the stadium plan is
# his own government's domestic decision: no event. The accusation itself is only the content of the denial (a noun):
# no ACCUSE. Claims: Sano's نفى (deny), "الذي قال إنه" and "وقال سانو أيضا" (assert), "أوضح ... قائلا" (one statement,
# cue أوضح; the rebuttal: deny); Debie's طالب (other), صرح (the conditional threat: warn), أضاف (assert); Masuzoe's
# قال and أضاف (assert). "حسب ما ذكرته وكالة أنباء كيودو" passes on statements the sentence already gives to Sano and
# Debie: Kyodo is a conduit (README batches 81–84: "كما ذكر موقع"), no claim.
i = 'snn-2015-08-06-1553'
t = news_text(i)
SANO = ["Kenjiro Sano", "كنجيرو سانو", "سانو", "المصمم اليباني", "المصمم الياباني"]
DEBIE = ["Olivier Debie", "أوليفيه ديبي", "ديبي", "المصمم البلجيكي", "البلجيكي ديبي"]
COMMITTEES = ["Japanese Olympic Committee", "اللجنة الأولمبية اليابانية", "JOC", "International Olympic Committee",
              "اللجنة الأولمبية الدولية", "IOC"]
MASUZOE = ["Yoichi Masuzoe", "يويشي ماسوزوي", "ماسوزوي", "حاكم طوكيو", "Governor of Tokyo", "Tokyo", "طوكيو"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REJECT", "source": SANO, "target": DEBIE, "date": "2015-08-05"},
    {"code": "REQUEST", "source": DEBIE, "target": COMMITTEES},
    {"code": "THREATEN", "source": DEBIE, "target": COMMITTEES},
    {"code": "CONCEDE", "source": MASUZOE, "target": DEBIE}], "claims": [
    {"speaker": SANO, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": DEBIE, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": DEBIE, "cue": cue(t, "صرح"), "stance": "warn"},
    {"speaker": DEBIE, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": SANO, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SANO, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SANO, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": MASUZOE, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": MASUZOE, "cue": cue(t, "أضاف", 2), "stance": "assert"}]})
# --- SaudiNewsNet: the Saihat Social Services Association launches "Abna al-Watan", a volunteering programme for
# children under 16. The programme, its first campaign (عايدهم) and the registration form are the association's own
# work with no other party: no events. Claims: the association's كشفت (its wish and programme: assert); al-Matrood's
# أوضح، مشيراً، ذكر; al-Marhoon's أوضح، لافتاً، لفت، مبيناً; all assert (each a distinct statement; the participles
# open their own content). The association's full name holds سيهات, named on its own ("بسيهات"), so it is left out.
i = 'snn-2015-07-27-1082'
t = news_text(i)
ASSOC = ["Saihat Social Services Association", "الجمعية"]
MATROOD = ["Abdulraouf al-Matrood", "عبدالرؤوف المطرود", "المطرود", "رئيس مجلس الإدارة"] + ASSOC
MARHOON = ["Yasser al-Marhoon", "ياسر المرهون", "المرهون", "الأمين العام"] + ASSOC
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": [
    {"speaker": ASSOC, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": MATROOD, "cue": cue(t, "أوضح", 1), "stance": "assert"},
    {"speaker": MATROOD, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": MATROOD, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MARHOON, "cue": cue(t, "أوضح", 2), "stance": "assert"},
    {"speaker": MARHOON, "cue": cue(t, "لافتاً"), "stance": "assert"},
    {"speaker": MARHOON, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": MARHOON, "cue": cue(t, "مبيناً"), "stance": "assert"}]})
# --- Jawhara FM: the Italian police arrest a Tunisian in Milan after a string of muggings ("براكاج") in the metro;
# he is to be deported to Tunisia. "اعتقلت الشرطة الإيطالية مؤخرا ... تونسي" is COERCE, undated (مؤخرا). "قد قام
# بتعنيف إحدى ضحاياه ... ما استوجب اقامتها بالمستشفى لمدة 10 أيام" is ASSAULT (a finite clause, its doer the man of
# the previous sentence), undated (the 21–28 October span gives no day); the muggings and "قام بسرقة 5 نساء تحت
# طائلة التهديد والتعنيف" are thefts (README: theft is no ASSAULT), their threat and violence nouns of manner, so the
# robbed women go only into the one ASSAULT's target list (decided). "سيتم ترحيله إلى تونس" is passive with no doer
# (PLOVER would code a deportation COERCE, but the clause names no actor): not coded; the cameras that filmed him are
# no actor. Claims: "حسب تأكيدات وزارة الداخلية الإيطالية" is its sentence's only attribution: the ministry's claim
# (cue حسب, assert); the local news sites that passed it on (نقلتها) are conduits. The man's list has no state.
i = 'ant-JA-localNews-508-23112016'
t = news_text(i)
ITALY_POLICE = ["Italian police", "الشرطة الإيطالية", "Italy", "إيطاليا", "ايطاليا"]
MUTAIRI = ["Samir al-Mutairi", "سمير المطيري", "المطيري", "تونسي", "Tunisian"]
recs.append({"id": i, "text": t, "published": "2016-11-23", "events": [
    {"code": "COERCE", "source": ITALY_POLICE, "target": MUTAIRI},
    {"code": "ASSAULT", "source": MUTAIRI,
     "target": ["victim", "إحدى ضحاياه", "ضحاياه", "woman aged 51", "5 نساء", "women"]}], "claims": [
    {"speaker": ["Italian Ministry of Interior", "وزارة الداخلية الإيطالية", "وزارة الداخلية", "Italy", "إيطاليا",
                 "ايطاليا"], "cue": cue(t, "حسب"), "stance": "assert"}]})
# --- Jawhara FM: Libya's Zawiya hosted yesterday (Sunday 2017-01-01; published Monday 2017-01-02) the second round of
# consultations on reopening the Ras Jedir border crossing, which ended in an informal agreement. "احتضنت مدينة
# الزاوية الليبية ... الجولة الثانية من المشاورات" with "الاجتماع الذي شارك فيه النائب أحمد العماري" (a relative
# clause with its doer) is a hosted meeting: one CONSULT, the participant named as source and the host as target
# (README batches 81–84: a hosted conference), dated. "أسفر الاجتماع ... عن إمضاء اتفاق" with "تم الاتفاق على السماح
# ..." is the meeting's outcome, passive and nominal but with the meeting's parties named: one reciprocal AGREE with
# both sides in the source and no target (as batch 51 codes the Gabes working session and batch 76 "تم الاتفاق على
# مجموعة من المبادئ"), dated (decided: AGREE rather than the SUPPORT of a formal signing, since what is agreed is a
# set of future arrangements, and one instance, not two). Not coded: the presentation to the two governments and the
# announced reopening and end of the Ben Guerdane sit-in (future passives and nouns), the sit-in itself (a noun).
# The outlet's correspondent who got the document is the narrator. No claims. Amari, a Tunisian MP, lists Tunisia.
i = 'ant-JA-localNews-503-02012017'
t = news_text(i)
AMARI = ["Ahmed Amari", "أحمد العماري", "العماري", "النائب أحمد العماري", "Tunisian side", "Tunisia", "تونس"]
ZAWIYA = ["Zawiya", "الزاوية", "مدينة الزاوية الليبية", "Libyan side", "Libya", "ليبيا"]
recs.append({"id": i, "text": t, "published": "2017-01-02", "events": [
    {"code": "CONSULT", "source": AMARI, "target": ZAWIYA, "date": "2017-01-01"},
    {"code": "AGREE", "source": AMARI + ZAWIYA, "target": [], "date": "2017-01-01"}], "claims": []})
# --- Jawhara FM: the journalists' union (SNJT) calls on Interior Minister Hedi Majdoub to open an urgent inquiry into
# the arbitrary detention of journalist Rachid Jerai and the harassment of his family. "دعت ... وزير الداخلية ... إلى
# فتح تحقيق" is REQUEST to the minister, undated (the statement has no day). The detention and questioning on the
# night of Tuesday 14 February (تمّ ... اصطحاب جراي ... والتحقيق معه، تم بالتوازي التحقيق مع والده وشقيقه) are
# passive with no doer (the police station and security district are places): not coded; "الإيقاف التعسفي" and
# "مضايقة عائلته" are the call's nominal grounds. "معبرة عن استنكارها لعودة الممارسات القمعية والإجراءات التعسفية من
# قبل عديد الوحدات الأمنية في حقّ عديد الصحفيين", with "أشارت النقابة إلى تكرّر التجاوزات الأمنية" before it, is one
# condemnation naming its doer: one ACCUSE of the security units, undated (README: several verbs of one
# condemnation are one ACCUSE; the target is the doer the text names). Claims: دعت (other), أوضحت (the account of
# the detention: assert), أشارت and معبرة (accuse; distinct contents: the repeated excesses, then the return of
# repressive practice). The minister and the security units are state bodies and list Tunisia.
i = 'ant-JA-localNews-1324-20170216'
t = news_text(i)
SNJT = ["SNJT", "National Syndicate of Tunisian Journalists", "نقابة الصحفيين التونسيين", "نقابة الصحفيين", "النقابة"]
MAJDOUB = ["Hedi Majdoub", "الهادي مجدوب", "مجدوب", "وزير الداخلية", "Minister of Interior", "Tunisia", "تونس"]
SECURITY = ["Tunisian security units", "عديد الوحدات الأمنية", "الوحدات الأمنية", "security forces", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-16", "events": [
    {"code": "REQUEST", "source": SNJT, "target": MAJDOUB},
    {"code": "ACCUSE", "source": SNJT, "target": SECURITY}], "claims": [
    {"speaker": SNJT, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": SNJT, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": SNJT, "cue": cue(t, "أشارت"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "معبرة"), "stance": "accuse"}]})
# --- Jawhara FM: Club Africain answers reports that striker Mansour Ben Othman "fled" to Algeria and refused his loan
# to JS Kairouan. The club's statement, issued "للرد على الأخبار" and setting out the true course (he met Riahi, who
# told him he would return in June), rebuts reports with no named author (sites and social-media pages): one REJECT
# with no target, undated (README batches 81–84 and batch 83: a statement issued to rebut unnamed reports). Inside
# it, "اللاعب كانت له جلسة مع السيد سليم الرياحي" is a meeting: CONSULT, the player (who came) as source; "الذي جدد له
# ثقته" is a relative clause with its doer: praise, SUPPORT Riahi → player; "أكد له السيد سليم الرياحي أنه سيكون على
# ذمة النادي الإفريقي في شهر جوان المقبل" is a club's assurance to its player: AGREE (README batches 8–9: an employer's
# promise to an employee); all undated. Decided: a club president and his loaned-out player are coded as README
# batches 37–40 code a player's quarrel with his coach, not as internal business; the loan itself is sport business.
# "بعض القنوات الجزائرية التي قالت أنه فر إلى الجزائر" is a relative clause with its doer, alleging desertion: ACCUSE
# channels → player (README batches 77–80: media that ran a photo as a bomber's); the player's video ("أكد فيه أنه
# سافر إلى الجزائر لوداع والديه", "فراره المزعوم") refutes it: REJECT of the channels (README: a denial names as
# target those whose statements it contradicts); "وجه بن منصور لومه إلى بعض القنوات الجزائرية" blames them: ACCUSE
# player → channels; all undated. His return to training with the Chabiba is sport business. Claims: the club's
# نشر (the light verb of "نشر ... بلاغا للرد", as batch 35 takes أصدرت for "أصدرت بيانا لإدانة") and "جاء في
# البلاغ" (deny: the statement is issued to rebut the reports; the يؤكد inside its quote adds no claim, batch 83);
# Riahi's أكد inside the statement (embedded speech of another speaker, README batches 29–30; a pledge: promise); the
# player's أكد in the video (deny), وجه (the light verb of "وجه ... لومه", accuse) and مبينا (accuse). The channels are
# a bare media group (GUIDELINES: تقارير إعلامية): their قالت makes no claim. The text's "بن منصور" is the player.
i = 'ant-JA-sport-16-20170118'
t = news_text(i)
CA = ["Club Africain", "النادي الإفريقي", "الإفريقي"]
RIAHI = ["Slim Riahi", "سليم الرياحي", "الرياحي", "السيد سليم الرياحي"] + CA
PLAYER = ["Mansour Ben Othman", "منصور بن عثمان", "بن عثمان", "بن منصور", "اللاعب", "اللاعب منصور بن عثمان"]
CHANNELS = ["Algerian TV channels", "بعض القنوات الجزائرية", "القنوات الجزائرية", "هذه القنوات", "Algerian media"]
recs.append({"id": i, "text": t, "published": "2017-01-18", "events": [
    {"code": "REJECT", "source": CA, "target": []},
    {"code": "CONSULT", "source": PLAYER, "target": RIAHI},
    {"code": "SUPPORT", "source": RIAHI, "target": PLAYER},
    {"code": "AGREE", "source": RIAHI, "target": PLAYER},
    {"code": "ACCUSE", "source": CHANNELS, "target": PLAYER},
    {"code": "REJECT", "source": PLAYER, "target": CHANNELS},
    {"code": "ACCUSE", "source": PLAYER, "target": CHANNELS}], "claims": [
    {"speaker": CA, "cue": cue(t, "نشر", 1), "stance": "deny"},
    {"speaker": CA, "cue": cue(t, "جاء"), "stance": "deny"},
    {"speaker": RIAHI, "cue": cue(t, "أكد", 2), "stance": "promise"},
    {"speaker": PLAYER, "cue": cue(t, "أكد", 3), "stance": "deny"},
    {"speaker": PLAYER, "cue": cue(t, "وجه"), "stance": "accuse"},
    {"speaker": PLAYER, "cue": cue(t, "مبينا"), "stance": "accuse"}]})
# --- Jawhara FM: the UGTT today (Monday 2017-04-24) calls on the government to stop statements that frighten investors
# and donors, after the finance minister's remarks on monetary policy sank the dinar. Every act is the statement's,
# dated by it. Its calls are one REQUEST each (as batch 51 codes the Ennahda council's calls and batch 29 دعت and
# طالبت): "دعا ... الحكومة والأطراف المعنية إلى وقف ... التصريحات" to the government and the parties concerned;
# "مطالبا بتوضيح دور البنك المركزي وموقفه" names no addressee (README: a call with no named addressee is REQUEST with
# no target); "طالب الاتحاد الحكومة ... إلى العمل على الحفاظ على قيمة الدينار" to the government; "دعـا في بيانه إلى
# دعم حملة استهلاك المنتوج التونسي" with no addressee; "موصيا الجالية التونسية المقيمة بالخارج إلى مؤازرة البلاد" to
# the diaspora. Its criticism of the minister's statements ("قال عنها الاتحاد إنها مجانية ولامسؤولة", with اعتبر،
# مضيفا and ذكر البيان on their effects) is one ACCUSE of the minister; "السكوت المتعمّد للبنك المركزي ... ضاعف من
# حدّة الوضع" a second ACCUSE, of the central bank (a second target). The minister's statements themselves are a
# noun. Claims: دعا (other), مطالبا (other), قال (accuse), اعتبر (accuse), مضيفا (the coming effects: warn), ذكر
# (accuse), مشيرا (accuse), طالب (other), "دعـا" (other), موصيا (other), جدد (assert). "حسب ذات البيان" shares its
# sentence with "قال عنها الاتحاد" (same speaker) and "وفق نص البيان" with جدد: no claims of their own.
i = 'ant-JA-localNews-3491-20170424'
t = news_text(i)
UGTT = ["UGTT", "Tunisian General Labour Union", "الاتحاد العام التونسي للشغل", "اتحاد الشغل", "الاتحاد"]
GOVT = ["Tunisian government", "الحكومة", "Tunisia", "تونس"]
MINISTER = ["Minister of Finance", "وزيرة المالية", "Lamia Zribi", "Tunisia", "تونس"]
BCT = ["Tunisian central bank", "البنك المركزي", "BCT"]
recs.append({"id": i, "text": t, "published": "2017-04-24", "events": [
    {"code": "REQUEST", "source": UGTT, "target": GOVT + ["parties concerned", "الأطراف المعنية"],
     "date": "2017-04-24"},
    {"code": "REQUEST", "source": UGTT, "target": [], "date": "2017-04-24"},
    {"code": "ACCUSE", "source": UGTT, "target": MINISTER, "date": "2017-04-24"},
    {"code": "ACCUSE", "source": UGTT, "target": BCT, "date": "2017-04-24"},
    {"code": "REQUEST", "source": UGTT, "target": GOVT, "date": "2017-04-24"},
    {"code": "REQUEST", "source": UGTT, "target": [], "date": "2017-04-24"},
    {"code": "REQUEST", "source": UGTT, "target": ["Tunisian diaspora", "الجالية التونسية المقيمة بالخارج",
                                                   "الجالية التونسية", "الجالية"], "date": "2017-04-24"}],
    "claims": [
    {"speaker": UGTT, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": UGTT, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": UGTT, "cue": cue(t, "مضيفا"), "stance": "warn"},
    {"speaker": UGTT + ["البيان"], "cue": cue(t, "ذكر"), "stance": "accuse"},
    {"speaker": UGTT, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": UGTT, "cue": cue(t, "طالب", 2), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "دعـا"), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "موصيا"), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "جدد"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch85.gold.jsonl', recs)
