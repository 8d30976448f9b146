"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 46 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Eqtisadiya (Reuters): Atletico Madrid agree to sell Mario Suarez to Fiorentina (today, Wednesday 2015-07-22).
# The sale, the agreement between the clubs and the player's move are transfer business, which batches 26, 32, 35 and
# 38 leave out as sport: no events. Claims: Atletico's أعلن، قال and أضاف (its website statement), Fiorentina's أكد
# (confirming the deal is a statement), Suarez's tweet كتب and his أضاف (batch 28 counts tweets introduced by كتب).
i = 'snn-2015-07-22-0306'
t = news_text(i)
ATLETICO = ["Atletico Madrid", "اتليتيكو مدريد", "اتليتيكو"]
SUAREZ = ["Mario Suarez", "ماريو سواريز", "سواريز"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": ATLETICO, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": ATLETICO, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ATLETICO, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": ["Fiorentina", "فيورنتينا"], "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SUAREZ, "cue": cue(t, "كتب"), "stance": "assert"},
    {"speaker": SUAREZ, "cue": cue(t, "أضاف", 2), "stance": "assert"}]})
# --- Al-Watan: Deputy Crown Prince Mohammed bin Salman meets Chechen leader Ramzan Kadyrov in Jeddah the day before
# yesterday (2015-07-20) and Lebanese Forces leader Samir Geagea. Both meetings are in Saudi Arabia, so the visitors
# are the CONSULT sources and MBS the host (GUIDELINES). The Kadyrov meeting is dated by "أول من أمس"; "كما اجتمع"
# gives the Geagea meeting no day of its own: undated (decided; the text fixes the day for the first meeting only).
# Attendance of al-Aiban and al-Jubeir is not coded (batch 20) and they are left out of the host's list. "وجّه ولي
# ولي العهد بمعاملة الشهيد ... الفلاسي ... معاملة الشهيد السعودي ماديا ومعنويا" grants a fallen Emirati soldier a
# Saudi martyr's material and moral honours: honouring in deed, SUPPORT (as batches 35 and 40 code honouring), with
# the soldier (and the UAE, whose force he served in) as target, undated (decided: not an internal directive, since
# its beneficiary is foreign; no claim, as the directive reports no statement). His death (استشهد) has no named
# doer. The coalition command's "أعلنت في بيان لها أمس استشهاد" is a claim (assert). The soldier's list keeps no
# form holding التحالف (the coalition, a speaker of its own).
i = 'snn-2015-07-22-1366'
t = news_text(i)
MBS = ["Mohammed bin Salman", "محمد بن سلمان بن عبدالعزيز", "محمد بن سلمان", "ولي ولي العهد", "Deputy Crown Prince",
       "Saudi Arabia"]
KADYROV = ["Ramzan Kadyrov", "رمضان أحمد قاديروف", "قاديروف", "رئيس جمهورية الشيشان", "Chechnya", "جمهورية الشيشان",
           "الشيشان"]
GEAGEA = ["Samir Geagea", "سمير جعجع", "جعجع", "Lebanese Forces", "حزب القوات اللبنانية", "القوات اللبنانية"]
FALASI = ["Saif Yousef Ahmed al-Falasi", "سيف يوسف أحمد الفلاسي", "الفلاسي", "الشهيد الرقيب أول سيف يوسف أحمد الفلاسي",
          "القوة الإماراتية", "United Arab Emirates", "UAE"]
COALITION = ["Joint Forces Command of the Coalition to Support Legitimacy in Yemen",
             "قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن", "قيادة القوات المشتركة", "تحالف دعم الشرعية",
             "التحالف", "Saudi-led coalition", "Arab coalition"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": KADYROV, "target": MBS, "date": "2015-07-20"},
    {"code": "CONSULT", "source": GEAGEA, "target": MBS},
    {"code": "SUPPORT", "source": MBS, "target": FALASI}], "claims": [
    {"speaker": COALITION, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- Okaz: Kerry defends the Iran nuclear deal before the Senate Foreign Relations Committee yesterday (2015-07-23)
# and is told he was fleeced. "مثل كيري أمام لجنة العلاقات الخارجية لمجلس الشيوخ" (the lead's "جلسة علنية ... في
# الكونغرس" re-tells it) is a formal meeting between two institutions: CONSULT, Kerry (who came) the source and the
# committee the target, dated by أمس (decided: a public hearing is a meeting, not internal deliberation). His
# "يستحق إقرار الكونغرس" and "نعتقد أنه يستحق دعمكم" appeal to the committee for support: one REQUEST (CAMEO 02,
# decided), dated. Corker's "أعتقد أنك تعرضت للسلب" and Risch's "لقد تعرضتم للخداع" are criticism of Kerry by two
# speakers: two ACCUSE, dated by the hearing (the lead's "واجه ... اتهامات" and "عاصفة من التشكيك" re-tell them).
# Kerry's defence of the deal endorses no party (no SUPPORT); the deal concluded in Vienna is passive background
# (أبرم، تم التفاوض), and Kerry's former chairmanship of the committee is no event. Claims: Kerry's معتبرا، تحدث
# (it introduces a quote), أضاف، تابع; Corker's قال and مشيرا (the deal paves Iran's way to a bomb: warn); Risch's
# "كرر ... هذه الأصداء مؤكدا «...»" is one statement, its cue مؤكدا (decided: كرر only points back to Corker's
# words), then his أضاف. The senators keep no United States alias (Kerry, the state official, has it, and it would
# make the ACCUSE sources match their target); Corker keeps no "رئيس اللجنة" (it holds the committee).
i = 'snn-2015-07-24-1985'
t = news_text(i)
KERRY = ["John Kerry", "جون كيري", "كيري", "US Secretary of State", "وزير الخارجية الأمريكي", "United States",
         "أمريكا"]
SFRC = ["Senate Foreign Relations Committee", "لجنة العلاقات الخارجية لمجلس الشيوخ", "لجنة العلاقات الخارجية",
        "اللجنة", "US Senate", "مجلس الشيوخ", "US Congress", "الكونغرس"]
CORKER = ["Bob Corker", "بوب كوركر", "كوركر", "Republicans", "الجمهوريين"]
RISCH = ["James Risch", "جيمس ريش", "ريش", "Republicans", "الجمهوريين"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": KERRY, "target": SFRC, "date": "2015-07-23"},
    {"code": "REQUEST", "source": KERRY, "target": SFRC, "date": "2015-07-23"},
    {"code": "ACCUSE", "source": CORKER, "target": KERRY, "date": "2015-07-23"},
    {"code": "ACCUSE", "source": RISCH, "target": KERRY, "date": "2015-07-23"}], "claims": [
    {"speaker": KERRY, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "تحدث"), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": KERRY, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": CORKER, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": CORKER, "cue": cue(t, "مشيرا"), "stance": "warn"},
    {"speaker": RISCH, "cue": cue(t, "مؤكدا"), "stance": "accuse"},
    {"speaker": RISCH, "cue": cue(t, "أضاف", 2), "stance": "accuse"}]})
# --- Al-Weeam: Kuwait's National Assembly speaker Marzouq al-Ghanim calls MP Abdulhamid Dashti's visit to Imad
# Mughniyeh's family provocative (a tweet; no day in the text). وصف / "تصرف النائب دشتي مرفوض وغير مسؤول" are one
# criticism: ACCUSE of Dashti, undated. "طالب الغانم «الجميع بالتمسك بالوحدة الوطنية»" is a call with no named
# addressee: REQUEST with no target (batches 33-36). Dashti's visit ("زيارة النائب ... إلى عائلة", "قيامه بزيارة
# لوالد") is a masdar with its doer named and the news itself (as batch 29 codes such a masdar): CONSULT, Dashti the
# visitor, Mughniyeh's family the host, undated. Mughniyeh's assassination (تم اغتياله) and the accusation against
# him (يتهم) are passive; the photos with Assad are no clause; publishing photos and the hashtags are no events.
# Mughniyeh is no actor of his own, so the family's list keeps the forms holding his name. Ghanim, the state
# official, lists Kuwait; Dashti, criticised by him, does not (it would match the source). Claims: وصف، قال، طالب.
i = 'snn-2015-07-21-1824'
t = news_text(i)
GHANIM = ["Marzouq al-Ghanim", "مرزوق الغانم", "الغانم", "رئيس مجلس الأمة الكويتي", "Kuwaiti National Assembly",
          "مجلس الأمة", "Kuwait", "الكويت"]
DASHTI = ["Abdulhamid Dashti", "عبدالحميد دشتي", "عبد الحميد دشتي", "دشتي", "النائب دشتي"]
MUGHNIYEH_FAMILY = ["Imad Mughniyeh's family", "عائلة عماد مغنية", "عائلة مغنية", "والد عماد مغنية",
                    "عائلة القائد العسكري في حزب الله عماد مغنية", "عماد مغنية", "مغنية", "Imad Mughniyeh"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": GHANIM, "target": DASHTI},
    {"code": "REQUEST", "source": GHANIM, "target": []},
    {"code": "CONSULT", "source": DASHTI, "target": MUGHNIYEH_FAMILY}], "claims": [
    {"speaker": GHANIM, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": GHANIM, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": GHANIM, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- Al-Yaum: Al-Ettifaq sign Bahraini player Abdullah Omar. Signings and a club's search for players are transfer
# business (batches 26, 32, 35, 38): no events, and nobody is quoted: no claims.
i = 'snn-2015-08-01-1022'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": []})
# --- Jawhara FM: the Tunisian Organisation Against Torture (OCTT), in its October report published today (Monday
# 2016-10-31), calls on the health minister to order health workers to report torture. دعت is REQUEST to the
# minister; "أكدت ... على ضرورة تفعيل النيابة العمومية لإجراءات الإشراف" a second REQUEST, to the public prosecution
# (another addressee); both dated by the report. "اتضح ... أن الشرطة لا تتردد في استعمال أساليب العنف والتعذيب" names
# the doer of the torture the report records (the Kasserine citizen's case, itself passive): one ASSAULT (torture),
# the police the source and the detainees the target, undated (ongoing practice, as batch 29 codes the occupation
# army's practices), and the OCTT's finding against the police an ACCUSE, dated. "أفادت ... بأن المستشفيات العمومية
# والأطباء مازالوا لا يقومون بدورهم" criticises them: a second ACCUSE, dated. The interrogations the judicial police
# conduct (الاستنطاق الذي تجريه) are routine, not coded. Claims: دعت (other), the first أكدت (a call: other), the
# second أكدت and أفادت (accuse); "في تقريرها" is no separate attribution.
i = 'ant-JA-localNews-1596-20161031'
t = news_text(i)
OCTT = ["Tunisian Organisation Against Torture", "OCTT", "المنظمة التونسية لمناهضة التعذيب", "المنظمة"]
POLICE = ["Tunisian police", "الشرطة", "الضابطة العدلية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-10-31", "events": [
    {"code": "REQUEST", "source": OCTT,
     "target": ["Tunisian Minister of Health", "وزيرة الصحة", "Ministry of Health", "وزارة الصحة", "Tunisia"],
     "date": "2016-10-31"},
    {"code": "REQUEST", "source": OCTT, "target": ["Public Prosecution", "النيابة العمومية"], "date": "2016-10-31"},
    {"code": "ASSAULT", "source": POLICE,
     "target": ["detainees", "المقبوض عليهم", "المحتفظ بهم", "citizen from Kasserine", "مواطن أصيل جهة القصرين",
                "مواطن"]},
    {"code": "ACCUSE", "source": OCTT, "target": POLICE, "date": "2016-10-31"},
    {"code": "ACCUSE", "source": OCTT, "target": ["public hospitals", "المستشفيات العمومية", "doctors", "الأطباء"],
     "date": "2016-10-31"}], "claims": [
    {"speaker": OCTT, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": OCTT, "cue": cue(t, "أكدت", 1), "stance": "other"},
    {"speaker": OCTT, "cue": cue(t, "أكدت", 2), "stance": "accuse"},
    {"speaker": OCTT, "cue": cue(t, "أفادت"), "stance": "accuse"}]})
# --- Jawhara FM: the delegate (معتمد) of Sidi Bouali, on Politica today (Wednesday 2016-11-23), denies a teacher's
# accusation that he attacked and insulted her. "أكد ... أن اتهامه ... مجرد افتراء" and "نفى ... نفيا قاطعا" are one
# denial of an accusation: REJECT of the teacher, dated. Her accusation, "كما ادعت أمس" (a clause with its doer; the
# lead's "اتهامه من قبل أستاذة" re-tells it), is ACCUSE of the delegate dated by أمس (2016-11-22). In his account,
# "الأستاذة توجهت بعبارات مسيئة للمجتمع ونعتته بالمجتمع المتخلف" is verbal abuse, ACCUSE (as batch 37 codes a
# coach's abuse), the local community the target, and "دفعه لمطالبتها بالتحلي بالأخلاق" (a masdar with its doer)
# his REQUEST to her; both undated (the incident has no day). "المعتمد الذي طلب حق الرد في برنامج بوليتيكا" (a
# relative clause with its doer) is a REQUEST to the programme, undated (decided). Returning a pupil to school is no
# event. The teacher is unnamed but identified (the one teacher of the case), so her ادعت is a claim (accuse), as an
# embedded statement. Claims: أكد (deny), أضاف، مضيفا (accuse), نفى (deny), ادعت، موضحا; "حسب قوله" and "حسب
# تعبيره" repeat their sentence's speaker. The delegate, a state official, lists Tunisia; the teacher does not.
i = 'ant-JA-internationalNews-127-23112016'
t = news_text(i)
DELEGATE = ["delegate of Sidi Bouali", "معتمد سيدي بوعلي", "المعتمد", "Tunisia"]
TEACHER = ["teacher", "أستاذة", "أستاذة بمدرسة اعدادية", "الأستاذة"]
recs.append({"id": i, "text": t, "published": "2016-11-23", "events": [
    {"code": "REJECT", "source": DELEGATE, "target": TEACHER, "date": "2016-11-23"},
    {"code": "ACCUSE", "source": TEACHER, "target": DELEGATE, "date": "2016-11-22"},
    {"code": "ACCUSE", "source": TEACHER, "target": ["local community", "المجتمع"]},
    {"code": "REQUEST", "source": DELEGATE, "target": TEACHER},
    {"code": "REQUEST", "source": DELEGATE, "target": ["Politica", "بوليتيكا", "برنامج بوليتيكا", "Jawhara FM"]}],
    "claims": [
    {"speaker": DELEGATE, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": DELEGATE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": DELEGATE, "cue": cue(t, "مضيفا"), "stance": "accuse"},
    {"speaker": DELEGATE, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": TEACHER, "cue": cue(t, "ادعت"), "stance": "accuse"},
    {"speaker": DELEGATE, "cue": cue(t, "موضحا"), "stance": "assert"}]})
# --- Jawhara FM: after the station's "Radar" team showed the litter on Boujaafar beach in Sousse today (Friday
# 2016-10-14), Secretary of State Chokri Belhassen went there within the hour. "تنقل إلى المنطقة السياحية" is an
# official's visit to a place: CONSULT with no target (as batches 18 and 29 code a tour of places), dated. His
# pledges that the workers' intervention will go on in the coming days and that the authorities will respond to every
# place the Radar visits are one statement's promises: one AGREE with no named addressee, dated (decided). The
# cleaning campaign (the equipment and workers set off) is public service, and the team's photos journalism: no
# events. Claims: أكد and مشيرا (promise).
i = 'ant-JA-localNews-2552-20161014'
t = news_text(i)
BELHASSEN = ["Chokri Belhassen", "شكري بلحسن", "بلحسن", "كاتب الدولة", "Secretary of State for Local Affairs",
             "كاتب الدولة لدى وزارة الشؤون المحلية والبيئة", "Ministry of Local Affairs and Environment",
             "وزارة الشؤون المحلية والبيئة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-10-14", "events": [
    {"code": "CONSULT", "source": BELHASSEN, "target": [], "date": "2016-10-14"},
    {"code": "AGREE", "source": BELHASSEN, "target": [], "date": "2016-10-14"}], "claims": [
    {"speaker": BELHASSEN, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": BELHASSEN, "cue": cue(t, "مشيرا"), "stance": "promise"}]})
# --- Jawhara FM: Issam Chebbi (Al Joumhouri) and Ghassen Marzouki (Harak Tounes Al Irada) disagree on Politica
# today (Wednesday 2017-05-03) over the government's handling of the Tataouine protests. Chebbi's two statements
# (the Troika government did nothing then and has no right to blame today's; the Troika always sheds responsibility)
# are one criticism: ACCUSE of the Troika, dated. The Troika's blaming of others, which he condemns, is a condemned
# statement: no event of its own (batches 29-30). Marzouki's criticism of the head of government (late, failed,
# sacking the education minister to please a union, a finance minister with a conflict of interest) is one ACCUSE of
# the government, dated; the sacking and the appointment are nominal background. The protests have no named doer, and
# the guests' disagreement (إختلف) is the frame, not an event. Claims: Chebbi's two قال, Marzouki's أوضح، أضاف، انتقد،
# مؤكدا (all accuse); "على حد قوله" and "وفق قوله" repeat their sentence's speaker. The government's list keeps no
# Arabic تونس (it would match حراك تونس الإرادة, the source).
i = 'ant-JA-localNews-3652-20170503'
t = news_text(i)
CHEBBI = ["Issam Chebbi", "عصام الشابي", "الشابي", "Al Joumhouri", "الحزب الجمهوري"]
MARZOUKI = ["Ghassen Marzouki", "غسان المرزوقي", "المرزوقي", "Harak Tounes Al Irada", "حزب حراك تونس الإرادة",
            "حراك تونس الإرادة"]
recs.append({"id": i, "text": t, "published": "2017-05-03", "events": [
    {"code": "ACCUSE", "source": CHEBBI, "target": ["Troika", "الترويكا", "حكومة الترويكا"], "date": "2017-05-03"},
    {"code": "ACCUSE", "source": MARZOUKI,
     "target": ["Tunisian government", "الحكومة", "الحكومة الحالية", "رئيس الحكومة", "Head of Government",
                "Youssef Chahed", "Tunisia"], "date": "2017-05-03"}], "claims": [
    {"speaker": CHEBBI, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": MARZOUKI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": MARZOUKI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": MARZOUKI, "cue": cue(t, "انتقد"), "stance": "accuse"},
    {"speaker": MARZOUKI, "cue": cue(t, "مؤكدا"), "stance": "accuse"},
    {"speaker": CHEBBI, "cue": cue(t, "قال", 4), "stance": "accuse"}]})
# --- Jawhara FM: an Australian youth feigns blindness to test passers-by's honesty (a YouTube video). The swindling
# passers-by are a theft, not ASSAULT (batches 6-7), his request to change a note is no REQUEST (a ruse, as batch 28
# leaves a swindler's request), and the honest people's asking for the right note is no political event. "حسب فيديو"
# names no speaker: no claims.
i = 'ant-JA-diverse-54-05112015'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-11-05", "events": [], "claims": []})
if __name__ == "__main__":
    write_batch(__file__, 'batch46.gold.jsonl', recs)
