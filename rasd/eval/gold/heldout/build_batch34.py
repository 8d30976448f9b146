"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 34 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Riyadh: Yemen's Popular Resistance says on Twitter it arrested Abdulkhaliq al-Houthi. "إنها اعتقلت قيادياً
# كبيراً" (the resistance's own clause) and "تم اعتقال عبدالخالق الحوثي ... السبت" are one arrest: COERCE, dated by
# the most recent Saturday before the Monday corpus date (2015-07-25). "مجلس الأمن الدولي أدرجهم على قائمة سوداء في
# نوفمبر 2014" is a relative clause with its doer: blacklisting is sanctions (CAMEO 163), SANCTION, undated (a month
# only); its reason (لتهديدهم السلام) and the Houthi seizure of Sanaa (استيلاء الجماعة, a masdar) are nominal
# background. "ويقول يمنيون" is a bare group (like محللون): no claim; "لم يتسن الاتصال" is no event. Claims: قالت and
# ذكرت of the resistance. Its list leaves out "حركة المقاومة الشعبية في اليمن" (اليمن is named on its own); the
# arrested man's list holds the movement he leads in (the text's "قيادياً كبيراً في حركة الحوثي") but no bare
# "الحوثي", which would match Abdul-Malik.
i = 'snn-2015-07-27-0767'
t = news_text(i)
RESISTANCE = ["Popular Resistance", "حركة المقاومة الشعبية", "المقاومة الشعبية", "المقاومة", "الحركة"]
ABDULKHALIQ = ["Abdulkhaliq al-Houthi", "عبدالخالق الحوثي", "عبدالخالق"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "COERCE", "source": RESISTANCE,
     "target": ABDULKHALIQ + ["قيادياً كبيراً", "Houthis", "حركة الحوثي", "جماعة الحوثي", "الحوثيين"],
     "date": "2015-07-25"},
    {"code": "SANCTION", "source": ["UN Security Council", "مجلس الأمن الدولي", "مجلس الأمن", "United Nations"],
     "target": ABDULKHALIQ + ["عدة يمنيين"]}], "claims": [
    {"speaker": RESISTANCE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": RESISTANCE, "cue": cue(t, "ذكرت"), "stance": "assert"}]})
# --- Sabq: Wadi al-Dawasir police arrest two men who robbed three residents. The report only comes from "مصادر
# خاصة لـ«سبق»" (bare: no claim for كشفت or أضافت; "تبين التفاصيل" has no speaker). Events: the residents'
# report to the road patrols naming two men as their robbers ("أبلغوا ... عن تعرضهم للسلب ... من شخصين") is a
# complaint, ACCUSE (as batch 31 codes a victim's complaint), dated "صباح أمس الاثنين" (2015-08-03); the police
# identifying the two as suspects ("تمكنت ... من التعرف إلى شخصين متهمين", the investigation that "تم البحث
# والتحري" re-tells) is an investigation naming the doers, ACCUSE (batches 8, 16), left undated (the inquiry goes
# on); the arrest ("ضُبط شخصان", passive, the police the doer the lead and title name) is COERCE, dated "مساء أمس
# الاثنين". The robbery itself (تعرضهم للسلب وسرقة) is a nominal theft, not ASSAULT. No alias holds وادي الدواسر, a
# place named on its own.
i = 'snn-2015-08-04-1303'
t = news_text(i)
POLICE = ["police", "الجهات الأمنية", "الشرطة", "security authorities", "Saudi police", "Saudi Arabia"]
ROBBERS = ["two suspects", "شخصين متهمين", "شخصين", "شخصان", "الجناة", "جناة"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ACCUSE", "source": ["three residents", "3 مقيمين", "مقيمين", "المقيم", "قائد سيارة", "المبلغين"],
     "target": ROBBERS, "date": "2015-08-03"},
    {"code": "ACCUSE", "source": POLICE, "target": ROBBERS},
    {"code": "COERCE", "source": POLICE, "target": ROBBERS, "date": "2015-08-03"}], "claims": []})
# --- Al-Madina: half the tickets for the Nassr–Hilal Super Cup in London sold. Ticket sales and touts raising prices
# are no PLOVER events; the "تحذيرات واسعة رسمية وميدانية" have no speaker. No events, no claims.
i = 'snn-2015-08-11-0635'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [], "claims": []})
# --- Sabq: the Border Guard director conveys the leadership's condolences to the families of two fallen soldiers.
# The condolences themselves are neither event nor claim (README), but the visit the families hosted ("وكان في
# استقباله ذوو الشهداء", "ورافق البلوي في زيارته") is a hosted visit: one CONSULT, the visitor (with the officers
# who went with him) the source and both families (one clause) the target, undated (no day in the text); decided
# as batch 32 codes a Ramadan-greeting reception as CONSULT. The crown prince's directives (توجيهات) are internal
# government. The families' pride in the leaders' care and their praise of their consolation (مثنين، وأضافوا أن
# ذلك ليس بغريب على ولاة الأمر) are one statement of praise: SUPPORT towards the leadership, undated. Claims: the
# spokesman's قال; the families' عبّرت، مثنين، أضافوا (assert). No alias is a bare "القحطاني" (two Qahtanis) or
# holds عسير (the dateline's region).
i = 'snn-2015-08-02-1259'
t = news_text(i)
BALAWI = ["Awad bin Eid al-Balawi", "عواد بن عيد البلوي", "البلوي", "Border Guard", "حرس الحدود", "Saudi Arabia",
          "Fahd bin Saeed al-Qahtani", "فهد بن سعيد القحطاني", "Safar bin Ahmed al-Ghamdi", "سفر بن أحمد الغامدي"]
FAMILIES = ["families of the fallen", "ذوو الشهداء", "ذوي الشهداء", "أسر الشهداء", "ذوي شهداء الواجب",
            "Ahmed Jaafar al-Mujayshi", "أحمد جعفر المجيشي", "Mohammed Ali al-Omari", "محمد علي العمري"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "CONSULT", "source": BALAWI, "target": FAMILIES},
    {"code": "SUPPORT", "source": FAMILIES,
     "target": ["Saudi leadership", "ولاة الأمر", "القيادة الرشيدة", "القيادة", "Saudi Arabia"]}], "claims": [
    {"speaker": ["Shaye al-Qahtani", "شايع القحطاني", "Border Guard", "حرس الحدود", "Saudi Arabia"],
     "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": FAMILIES, "cue": cue(t, "عبّرت"), "stance": "assert"},
    {"speaker": FAMILIES, "cue": cue(t, "مثنين"), "stance": "assert"},
    {"speaker": FAMILIES, "cue": cue(t, "أضافوا"), "stance": "assert"}]})
# --- Al-Eqtisadiah: Hollande calls for a eurozone government (his Journal du Dimanche op-ed, "أمس" on a Tuesday's
# corpus date, so 2015-07-20 for every act of the op-ed). The lead's دعا and "اقترح هولاند تشكيل حكومة لمنطقة
# اليورو بميزانية محددة وبرلمان" are one call-cum-proposal for the same thing: one REQUEST (the text's and title's
# verb is دعا; batch 29 codes proposals that others change their rules as REQUEST), no addressee named; "ناشد
# المواطنين تجديد ثقتهم" a second REQUEST, to citizens. "فكرة طرحها أصلا جاك ديلور" is a relative clause with its
# doer: a historical proposal, AGREE with no target, undated. "وأشار هولاند إلى أن الحركات الشعبوية استغلت ...
# وبدأت تثير مشكلات لأوروبا" is criticism: ACCUSE of the populist movements, dated. The eurozone states "اختارت
# الانضمام" and "أحدا لم ينبري" (negated) are no events; the Eurogroup's composition is description. "وبحسب
# «رويترز»، فقد قال هولاند" gives the words to Hollande: Reuters is a conduit (as batch 11's IRNA), no claim. Claims
# of Hollande: دعا، ناشد، اقترح (other), قال، مشيرا، كتب، أضاف، سلم (assert), أشار (accuse).
i = 'snn-2015-07-21-0778'
t = news_text(i)
HOLLANDE = ["François Hollande", "فرانسوا هولاند", "هولاند", "الرئيس الفرنسي", "France", "فرنسا"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REQUEST", "source": HOLLANDE, "target": [], "date": "2015-07-20"},
    {"code": "REQUEST", "source": HOLLANDE, "target": ["citizens", "المواطنين"], "date": "2015-07-20"},
    {"code": "AGREE", "source": ["Jacques Delors", "جاك ديلور", "ديلور"], "target": []},
    {"code": "ACCUSE", "source": HOLLANDE, "target": ["populist movements", "الحركات الشعبوية"],
     "date": "2015-07-20"}], "claims": [
    {"speaker": HOLLANDE, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": HOLLANDE, "cue": cue(t, "ناشد"), "stance": "other"},
    {"speaker": HOLLANDE, "cue": cue(t, "اقترح"), "stance": "other"},
    {"speaker": HOLLANDE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HOLLANDE, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": HOLLANDE, "cue": cue(t, "كتب"), "stance": "assert"},
    {"speaker": HOLLANDE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": HOLLANDE, "cue": cue(t, "سلم"), "stance": "assert"},
    {"speaker": HOLLANDE, "cue": cue(t, "أشار"), "stance": "accuse"}]})
# --- Tunisia's Health Ministry calls on citizens to take precautions against the heat (statement of today,
# 2017-06-14). دعت، أكدت ... ضرورة and "كما دعت" are one statement's calls to one addressee: one REQUEST (as batch
# 30), dated. Claims: دعت (twice) and أكدت, all recommendations (other).
i = 'ant-JA-localNews-4781-20170614'
t = news_text(i)
HEALTH = ["Ministry of Health", "وزارة الصحة", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-06-14", "events": [
    {"code": "REQUEST", "source": HEALTH, "target": ["citizens", "المواطنين", "Tunisians"], "date": "2017-06-14"}],
    "claims": [
    {"speaker": HEALTH, "cue": cue(t, "دعت", 1), "stance": "other"},
    {"speaker": HEALTH, "cue": cue(t, "أكدت"), "stance": "other"},
    {"speaker": HEALTH, "cue": cue(t, "دعت", 2), "stance": "other"}]})
# --- Loan and grant agreements signed on the second day of the Tunisia 2020 investment forum (29–30 November 2016,
# so 2016-11-30, the corpus date; dated from the forum day the text names, as batch 30 dates "ثالث أيام عيد الفطر").
# Signing is SUPPORT (GUIDELINES) and the loan or grant it carries is economic aid, AID, a separate record, as the seed
# codes SUPPORT plus AGREE for one commitment. So: the lead's "وقعت تونس ... على عدة اتفاقيات قروض مع مؤسسات مالية"
# detailed by "تمثلت الاتفاقيات في قرض من الصندوق العربي" is SUPPORT Tunisia → the Arab Fund (its list holds the
# lead's "مؤسسات مالية دولية وعربية") plus AID Arab Fund → Tunisia; "أمضت تونس أيضا مع الصندوق السعودي للتنمية
# اتفاقية قرض ... مع منح تونس هبة" is SUPPORT plus one AID (loan and grant, one agreement); "قدم البنك الافريقي
# للتنمية ... قرضا" is AID only (no signing told); "تم التوقيع على اتفاقية بين تونس وقطر" is passive but names both
# parties: one reciprocal SUPPORT (both as source, as batch 13's signing), and "تتولى بموجبها هذه الأخيرة تحمل
# تكاليف الندوة" Qatar's AID to Tunisia. The allocation of the Saudi money (سيتم توجيه) is passive. No claims. The
# funds' lists hold their representatives' names; no list is a bare "الصندوق" (it would match both funds).
i = 'ant-JA-economy-309-20161130'
t = news_text(i)
TUNISIA = ["Tunisia", "تونس"]
FADES = ["Arab Fund for Economic and Social Development", "AFESD", "FADES", "الصندوق العربي للإنماء الاقتصادي والاجتماعي",
         "الفاداس", "Abdlatif Yousef Al-Hamad", "عبد اللطيف يوسف الحمد"]
SFD = ["Saudi Fund for Development", "الصندوق السعودي للتنمية", "Youssef Al-Bassam", "يوسف البسام"]
QATAR = ["Qatar", "قطر"]
recs.append({"id": i, "text": t, "published": "2016-11-30", "events": [
    {"code": "SUPPORT", "source": TUNISIA,
     "target": FADES + ["international and Arab financial institutions", "مؤسسات مالية دولية وعربية", "مؤسسات مالية"],
     "date": "2016-11-30"},
    {"code": "AID", "source": FADES, "target": TUNISIA, "date": "2016-11-30"},
    {"code": "SUPPORT", "source": TUNISIA, "target": SFD, "date": "2016-11-30"},
    {"code": "AID", "source": SFD, "target": TUNISIA, "date": "2016-11-30"},
    {"code": "AID", "source": ["African Development Bank", "AfDB", "البنك الافريقي للتنمية", "البنك الإفريقي للتنمية"],
     "target": TUNISIA, "date": "2016-11-30"},
    {"code": "SUPPORT", "source": TUNISIA + QATAR, "target": [], "date": "2016-11-30"},
    {"code": "AID", "source": QATAR, "target": TUNISIA, "date": "2016-11-30"}], "claims": []})
# --- The Association of Tunisian Judges' national council (emergency session today, Saturday 2017-03-18) announces a
# three-day general strike from 27 March. Every act is the council's resolution of today, so all are dated by it.
# The announced strike is THREATEN (CAMEO 133, batches 8, 22, 32), aimed at the government and the Justice Ministry
# whose decisions it answers; the announced protest stand before parliament "تصديّا لتلك المبادرة" a second THREATEN
# (README: an announced protest), at the government's bill and the parliament that will debate it. The criticism of
# the ministerial council's decisions (اعتبروا), of the ministry's and government's unilateral approach (سجلوا) and of
# their ignoring the judges (عبروا عن شديد استنكارهم) is one statement's criticism of one party: one ACCUSE. Three
# calls, three REQUESTs: "داعين إلى تشريك المسؤولين القضائيين" (no addressee named), "داعين نواب الشعب ومكونات
# المجتمع المدني ... إلى مساندة القضاة" (those named), "طالبوا كل السلط المعنية بالتسريع في تفعيلها" (the
# authorities). "عبروا عن رفضهم لـ«التدخل التشريعي لتنقيح قانون المجلس الأعلى للقضاء»" refuses a planned act: REJECT
# (as batch 13 codes a refusal of a planned suspension), at the government and parliament as the protest; "مؤكدين
# دعمهم للمبادرة القضائية" is endorsement, SUPPORT with no target (the initiative's authors are unnamed) (decided).
# The judges' earlier calls for dialogue (دعوات القضاة) are nominal. Claims of the council members: أعلن (warn, its
# content the strike), اعتبروا، سجلوا، عبروا (accuse), داعين twice and طالبوا (other), the second عبروا (deny, a
# refusal), مؤكدين (assert); "قرر" reports no statement.
i = 'ant-JA-localNews-3031-20170318'
t = news_text(i)
AMT = ["Association of Tunisian Judges", "AMT", "جمعيّة القضاة التّونسيين", "جمعية القضاة التونسيين",
       "المجلس الوطني لجمعيّة القضاة التّونسيين", "المجلس الوطني لجمعية القضاة التونسيين", "أعضاء المجلس الوطني",
       "القضاة"]
GOV = ["Tunisian government", "الحكومة", "Ministry of Justice", "وزارة العدل", "المجلس الوزاري", "Tunisia"]
ARP = ["Assembly of the Representatives of the People", "مجلس نوّاب الشّعب", "مجلس نواب الشعب", "المجلس النيابي"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [
    {"code": "THREATEN", "source": AMT, "target": GOV, "date": "2017-03-18"},
    {"code": "ACCUSE", "source": AMT, "target": GOV, "date": "2017-03-18"},
    {"code": "REQUEST", "source": AMT, "target": [], "date": "2017-03-18"},
    {"code": "THREATEN", "source": AMT, "target": GOV + ARP, "date": "2017-03-18"},
    {"code": "REQUEST", "source": AMT,
     "target": ["MPs", "نواب الشعب", "civil society", "مكونات المجتمع المدني", "الهيئات المهنية", "القوى الحية"],
     "date": "2017-03-18"},
    {"code": "REJECT", "source": AMT, "target": GOV + ARP, "date": "2017-03-18"},
    {"code": "SUPPORT", "source": AMT, "target": [], "date": "2017-03-18"},
    {"code": "REQUEST", "source": AMT, "target": ["authorities concerned", "كل السلط المعنية", "السلط المعنية"],
     "date": "2017-03-18"}], "claims": [
    {"speaker": AMT, "cue": cue(t, "أعلن"), "stance": "warn"},
    {"speaker": AMT, "cue": cue(t, "اعتبروا"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "سجلوا"), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "داعين", 1), "stance": "other"},
    {"speaker": AMT, "cue": cue(t, "عبروا", 1), "stance": "accuse"},
    {"speaker": AMT, "cue": cue(t, "داعين", 2), "stance": "other"},
    {"speaker": AMT, "cue": cue(t, "عبروا", 2), "stance": "deny"},
    {"speaker": AMT, "cue": cue(t, "مؤكدين"), "stance": "assert"},
    {"speaker": AMT, "cue": cue(t, "طالبوا"), "stance": "other"}]})
# --- Afek Tounes (statement of today, Sunday 2017-03-05) calls for a law stopping prosecutions of former-regime
# officials, after the Mariah Carey concert verdicts. دعا is REQUEST with no addressee named, dated. Its view that
# "تواصل هذه المحاكمات" shows transitional justice has strayed and threatens national unity is criticism of the
# trials: ACCUSE, its target the doer the text names for them (the court's chamber, "أصدرت ... حكما"), dated
# (decided; the party also affirms judicial independence). "يذكر أن الدائرة الجنائية الرابعة ... أصدرت الجمعة
# حكما حضوريا ... وحكما غيابيا" is one clause: one COERCE (prison sentences, CAMEO 173) with the ministers, the
# promoters and Ben Ali in one target list (as batch 14 codes one clause's strikes once), dated by the most recent
# Friday (2017-03-03); "صدور أحكام قضائية" re-tells it nominally. Claims: دعا (other), the first اعتبر (accuse; its
# inner "يعتبر" is the same statement), the second اعتبر and معتبرا (assert). "حسب نص البيان" and "حسب ما ورد في
# نص البيان" repeat their sentences' speaker. تونس is named on its own, so the party keeps no "آفاق تونس" and the
# court no "بتونس".
i = 'ant-JA-localNews-2229-20170305'
t = news_text(i)
AFEK = ["Afek Tounes", "حزب آفاق", "آفاق", "الحزب"]
COURT = ["fourth criminal chamber", "الدائرة الجنائية الرابعة", "Court of First Instance", "المحكمة الابتدائية"]
recs.append({"id": i, "text": t, "published": "2017-03-05", "events": [
    {"code": "REQUEST", "source": AFEK, "target": [], "date": "2017-03-05"},
    {"code": "ACCUSE", "source": AFEK, "target": COURT, "date": "2017-03-05"},
    {"code": "COERCE", "source": COURT,
     "target": ["former ministers", "عدد من الوزراء من النظام السابق", "الوزراء", "أعضاء الحكومة في العهد السابق",
                "concert promoters", "متعهدي الحفلات", "Zine El Abidine Ben Ali", "زين العابدين بن علي", "بن علي"],
     "date": "2017-03-03"}], "claims": [
    {"speaker": AFEK, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": AFEK, "cue": cue(t, "اعتبر", 1), "stance": "accuse"},
    {"speaker": AFEK, "cue": cue(t, "اعتبر", 2), "stance": "assert"},
    {"speaker": AFEK, "cue": cue(t, "معتبرا"), "stance": "assert"}]})
# --- The IOC again refuses to lift Kuwait's suspension, in a letter of Saturday 31 December 2016 to the Minister of
# State for Youth. "رفضت اللجنة ... رفع عقوبة الإيقاف ... ردا على طلبه" and "ردت اللجنة في رسالة ... بأنها لن تكون في
# موقع يتيح اعادة تقييم الوضع" are one refusal of a request: REJECT, dated 2016-12-31; "أشارت اللجنة في رسالتها إلى
# أن الوضع تدهور ... القرارات المتخذة التي تشكل انتهاكا" criticises Kuwait's decisions: ACCUSE, same date. The Public
# Authority for Sport's request of 23 December (طلبت ... من هيئات رياضية دولية أبرزها اللجنة الأولمبية تعليق الإيقاف)
# is REQUEST; its pledge to amend the sports laws, told in the same clause (مع تعهدها بتعديل القوانين), is a promise
# of reform: AGREE, to the same bodies, same date (decided: coded though a masdar, since it is part of the reported
# request, not background). The suspension itself (المفروض, a participle), the international bodies' criticism and
# decision (انتقاد الهيئات، اتخاذها قرار الإيقاف) are nominal background; the Olympic and World Cup consequences have
# the sanction, not an actor, as subject. Claims: طلبت (the authority, other), ردت (the IOC, deny: a refusal),
# أشارت (accuse); the lead's رفضت is an act, not a reporting verb.
i = 'ant-JA-sport-532-20170101'
t = news_text(i)
IOC = ["International Olympic Committee", "IOC", "اللجنة الأولمبية الدولية", "اللجنة الأولمبية", "اللجنة"]
PAAS = ["Kuwait Public Authority for Sport", "الهيئة العامة للرياضة الكويتية", "الهيئة العامة للرياضة", "Kuwait",
        "الكويت"]
KUWAIT = ["Kuwait", "الكويت", "Salman Sabah Salem al-Humoud", "سلمان صباح سالم الحمود", "الحمود",
          "مسؤول حكومي كويتي", "وزير الدولة لشؤون الشباب"] + PAAS[:3]
recs.append({"id": i, "text": t, "published": "2017-01-01", "events": [
    {"code": "REJECT", "source": IOC, "target": KUWAIT, "date": "2016-12-31"},
    {"code": "REQUEST", "source": PAAS, "target": IOC + ["international sports bodies", "هيئات رياضية دولية"],
     "date": "2016-12-23"},
    {"code": "AGREE", "source": PAAS, "target": IOC + ["international sports bodies", "هيئات رياضية دولية"],
     "date": "2016-12-23"},
    {"code": "ACCUSE", "source": IOC, "target": KUWAIT, "date": "2016-12-31"}], "claims": [
    {"speaker": PAAS, "cue": cue(t, "طلبت"), "stance": "other"},
    {"speaker": IOC, "cue": cue(t, "ردت"), "stance": "deny"},
    {"speaker": IOC, "cue": cue(t, "أشارت"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch34.gold.jsonl', recs)
