"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 119 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Okaz byline, Makkah): residents of Makkah hope for a yearly Sobia festival. "يأمل عدد من سكان مكة
# المكرمة إقامة مهرجان ... متمنين من أمانة العاصمة المقدسة والغرفة التجارية والصناعية وجمعية مراكز الأحياء إقامة
# مهرجان" is an appeal to named bodies: one REQUEST residents → the Amanah, the Chamber of Commerce and the
# neighbourhood-centres association (as batches 89–92 code "يأملون من محافظ تنومة ... حل مشكلتهم"), undated; al-Zubaidi's
# quoted "متمنين من ..." (word for word the same appeal) and Ibrahim Amjad Hussein's "ونتمنى أن تعود المهرجانات
# بالتعاون بين أمانة العاصمة المقدسة والغرفة التجارية ومراكز الأحياء" re-tell it (decided: one REQUEST, the named
# residents in its source list). The wish verbs (يأمل، متمنين، نتمنى) are wishes, not reporting cues (batches 21, 69):
# no claims of their own. Not coded: the festivals held in other cities (no actor), the past car-and-tank show that
# the al-Rusaifa district centre used to hold under Dr Khalid Zafer (a festival, no PLOVER act), the partnerships
# al-Saleh recommends (a proposal with no proposer-to-party act). Claims: al-Zubaidi's يقول (his quote ends in the
# appeal: other, decided) and لافتا (sobia the best-known drink: assert); Khalid Saleh's يشير and مبينا (assert);
# Ibrahim Amjad Hussein's يقول (a lament that festivals died out from neglect: criticism of no named party, accuse,
# as batches 89–92 take grievances) and مستطردا (assert). The byline (حامد القرشي) and the tag line are no claims. The
# residents' list keeps no "سكان مكة المكرمة" (it holds مكة المكرمة, named on its own).
i = 'snn-2015-07-24-0606'
t = news_text(i)
ZUBAIDI = ["Mansour al-Zubaidi", "منصور الزبدي", "الزبدي"]
SALEH = ["Khalid Saleh", "خالد صالح"]
HUSSEIN = ["Ibrahim Amjad Hussein", "إبراهيم أمجد حسين"]
RESIDENTS = ["Makkah residents", "عدد من سكان", "سكان"] + ZUBAIDI + HUSSEIN
BODIES = ["Makkah Municipality", "أمانة العاصمة المقدسة", "Makkah Chamber of Commerce", "الغرفة التجارية والصناعية",
          "الغرفة التجارية", "neighbourhood centres association", "جمعية مراكز الأحياء"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": RESIDENTS, "target": BODIES}], "claims": [
    {"speaker": ZUBAIDI, "cue": cue(t, "يقول", 1), "stance": "other"},
    {"speaker": ZUBAIDI, "cue": cue(t, "لافتا"), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "يشير"), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": HUSSEIN, "cue": cue(t, "يقول", 2), "stance": "accuse"},
    {"speaker": HUSSEIN, "cue": cue(t, "مستطردا"), "stance": "assert"}]})
# --- SaudiNewsNet / Ain Alyoum (Gaza; corpus date Saturday 2015-08-08): Israel strikes a Hamas training camp after a
# rocket from Gaza. "إن إسرائيل شنت غارة جوية على معسكر تدريب تابع لحركة المقاومة الإسلامية (حماس) في قطاع غزة
# اليوم الجمعة" is ASSAULT Israel → Hamas, dated Friday 2015-08-07 (the text's weekday wins over the corpus date,
# batches 29–30); the army's "استهدف أحد البنى الأساسية للإرهاب التابعة لحماس" re-tells it. "وقالت جماعة سلفية صغيرة
# إنها أطلقت الصاروخ" names the doer of the rocket fire (an unnamed but specific group, as "أطلق مجهولان" is an
# explicit doer): ASSAULT Salafist group → Israel, undated (decided: "قبل ساعات من الغارة" does not fix the day).
# "الجيش الإسرائيلي الذي يحمل حماس مسؤولية أي هجوم" is a relative clause with its doer blaming a named party: ACCUSE
# Israel → Hamas (decided, a standing charge coded like "محملة المسؤولية", batches 97–100), undated. "وتخوض اشتباكات
# مسلحة من حين لآخر مع أفرادها" is a finite clause with Hamas as subject: one ASSAULT Hamas → the Salafists (decided:
# one directed record, Hamas the subject), undated (habitual). Hamas's "إنها لا تعمل خارج غزة ولا تتهاون مع الحركات
# السلفية" rebuts the blame in general terms: a deny claim but no REJECT (decided: a standing position, no denial of a
# stated charge). Not coded: the Salafists' support for global jihad (an ideology), the rocket's landing (no doer).
# Claims: the Palestinian medical officials' قال (anonymous officials tied to a nationality speak, as "مسؤولون
# أمريكيون"; assert); the army's قال (the rocket: assert) and its second قال (the strike: assert); the group's قالت
# (assert, decided: a specific group speaks); Hamas's تقول (deny).
i = 'snn-2015-08-08-0011'
t = news_text(i)
ISRAEL = ["Israel", "إسرائيل", "Israeli army", "الجيش الإسرائيلي"]
HAMAS = ["Hamas", "حماس", "حركة المقاومة الإسلامية"]
SALAFI = ["small Salafist group", "جماعة سلفية صغيرة", "جماعة سلفية", "Salafists", "السلفيون", "الحركات السلفية"]
MEDICS = ["Palestinian medical officials", "مسؤولون طبيون فلسطينيون", "مسؤولون طبيون"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ASSAULT", "source": ISRAEL, "target": HAMAS, "date": "2015-08-07"},
    {"code": "ASSAULT", "source": SALAFI, "target": ISRAEL + ["تجمع سكاني إسرائيلي"]},
    {"code": "ACCUSE", "source": ISRAEL, "target": HAMAS},
    {"code": "ASSAULT", "source": HAMAS, "target": SALAFI}], "claims": [
    {"speaker": MEDICS, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ISRAEL, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SALAFI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ISRAEL, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": HAMAS, "cue": cue(t, "تقول"), "stance": "deny"}]})
# --- SaudiNewsNet (Wednesday 2015-07-22): German economy minister Sigmar Gabriel travels to Iran on Sunday with a
# business delegation. "توجه ... الى ايران الاحد" with "زيارته التي تستغرق ثلاثة ايام" and "ويجري الوزير الالماني
# محادثات مع الرئيس الايراني حسن روحاني والعديد من الوزراء" is one CONSULT Gabriel → Iran and Rouhani (a visit and the
# meetings it holds are one CONSULT, visitor as source, batches 45–48), undated (decided: a three-day visit, as a
# visit over days stays undated in batches 73–76, 93–96 and 104, although the departure is put on Sunday). Schweitzer
# accompanies him and is not added (attendees are not added). Not coded: the nuclear deal ("التوصل الى اتفاق"، "الاتفاق
# الذي تم التوصل اليه الثلاثاء": nominalised and passive background), the Western sanctions and the ban on companies
# (passive and nominal), a hypothetical breach by Tehran, the fall in trade (no actor). "ودعا شفيتزر الى منح الشركات
# الالمانية حماية قانونية" names no addressee: REQUEST with no target (batches 33–36), undated. Gabriel's statement
# that the deal lays the basis for normal economic relations, and Schweitzer calling the visit "an encouraging
# signal", praise a deal and a visit, not an actor: no SUPPORT (decided). Claims: "بحسب بيان من وزارته" (its sentence's
# only attribution: Gabriel's ministry, assert); Gabriel's قال (assert); Schweitzer's وصف (assert), دعا (other) and
# صرح (to DPA, the addressee, not a conduit: assert). "طبقا للارقام الالمانية" cites figures with no speaker (as
# "حسب تشخيص الأطباء", batches 101–104): no claim. No list holds Merkel.
i = 'snn-2015-07-22-0984'
t = news_text(i)
GERMANY = ["Germany", "ألمانيا", "المانيا"]
GABRIEL = ["Sigmar Gabriel", "سيغمار غابريال", "غابريال"] + GERMANY
IRAN = ["Iran", "إيران", "ايران", "Hassan Rouhani", "حسن روحاني", "روحاني", "الجمهورية الاسلامية", "طهران"]
SCHWEITZER = ["Eric Schweitzer", "ايرك شفيتزر", "شفيتزر", "DIHK", "الغرفتين التجارية والصناعية الالمانية"]
MINISTRY = ["German Economy Ministry", "وزارة الاقتصاد الألمانية", "وزارته"] + GERMANY
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": GABRIEL, "target": IRAN},
    {"code": "REQUEST", "source": SCHWEITZER, "target": []}], "claims": [
    {"speaker": MINISTRY, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": GABRIEL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SCHWEITZER, "cue": cue(t, "وصف"), "stance": "assert"},
    {"speaker": SCHWEITZER, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SCHWEITZER, "cue": cue(t, "صرح"), "stance": "assert"}]})
# --- SaudiNewsNet: Al Ahly's board rejects the Egyptian FA's decision to give the league a new shield design. "أعلن
# مجلس إدارة النادي الأهلي ... رفضه التام لقرار مجلس إدارة اتحاد الكرة ... بتصميم درع جديد" (re-told in "إن ناديه
# يرفض تماماً فكرة تغيير درع الدوري") refuses a decision that binds the club: REJECT Al Ahly → the FA (decided: a
# refusal of a ruling, as a court suspending another body's decisions is REJECT, batches 29–30; not a condemnation of
# a harmful act), undated. "واعتبر مسؤولو الأهلي قرار اتحاد الكرة نوعاً من المجاملة للزمالك" with Abdel Sadek's
# "اتحاد الكرة يدير أموره كافة بعشوائية"، "فاض به الكيل من تصرفات مسؤولي اتحاد الكرة" and "الظلم التحكيمي وعشوائية
# قرارات الجبلاية" is one criticism behind several verbs: one ACCUSE Al Ahly → the FA (batches 33–36), undated. "الأهلي
# لن يسكت عن حقه ... وسيتصدّى لأية محاولات تحاول سلب حقوق النادي" names no act and no addressee: a warn claim, no
# THREATEN (decided). Not coded: Zamalek nearing the title (sport), the FA receiving the design, its limited auction,
# the passive "تم الاتفاق على تصميم", keeping the old shield (its own business). Claims: the board's أعلن (a refusal:
# deny); the officials' اعتبر (tied to the named club: accuse); Abdel Sadek's قال (deny), متابعاً (accuse), موضحاً
# (it would have been better to consult the clubs: accuse), أضاف (accuse), the second موضحاً (accuse) and مشدداً
# (warn). "يُشار إلى" is the narrator. No list holds "مجلس إدارة" (shared by both boards).
i = 'snn-2015-07-21-1014'
t = news_text(i)
AHLY = ["Al Ahly", "النادي الأهلي المصري", "النادي الأهلي", "الأهلي", "القلعة الحمراء", "Mahmoud Taher", "محمود طاهر"]
SADEK = ["Alaa Abdel Sadek", "علاء عبد الصادق", "عبد الصادق"] + AHLY
EFA = ["Egyptian Football Association", "اتحاد الكرة المصري", "اتحاد الكرة", "الجبلاية", "Gamal Allam", "جمال علام"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REJECT", "source": AHLY, "target": EFA},
    {"code": "ACCUSE", "source": AHLY, "target": EFA}], "claims": [
    {"speaker": AHLY, "cue": cue(t, "أعلن"), "stance": "deny"},
    {"speaker": ["Al Ahly officials", "مسؤولو الأهلي"] + AHLY, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": SADEK, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": SADEK, "cue": cue(t, "متابعاً"), "stance": "accuse"},
    {"speaker": SADEK, "cue": cue(t, "موضحاً", 1), "stance": "accuse"},
    {"speaker": SADEK, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": SADEK, "cue": cue(t, "موضحاً", 2), "stance": "accuse"},
    {"speaker": SADEK, "cue": cue(t, "مشدداً"), "stance": "warn"}]})
# --- SaudiNewsNet: the Hafr Al-Batin municipal slaughterhouse received 5,430 carcasses over Eid. The intake, the
# staffing and the mayor assigning two of the municipality's vets are the municipality's own work: no events. The
# mayor's call to follow health rules and his instruction to all municipal officials ("مؤكداً على كافة المسئولين في
# البلدية") address his own staff: claims only (a minister's call on his own inspectors is a claim only, batches
# 97–100). Claims: أكد (the early preparations paid off: assert), شدد (other) and مؤكداً (other). "التي تؤكد خلوهم"
# is the certificates, no speaker. The mayor's name is spelt سيعدان and سعيدان; both forms are listed.
i = 'snn-2015-07-25-0511'
t = news_text(i)
SAIDAN = ["Nayef bin Saidan", "نايف بن سيعدان", "بن سيعدان", "ابن سعيدان", "Hafr Al-Batin municipality",
          "بلدية محافظة حفر الباطن", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": [
    {"speaker": SAIDAN, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SAIDAN, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": SAIDAN, "cue": cue(t, "مؤكداً"), "stance": "other"}]})
# --- Jawhara FM (Thursday 2017-05-25): Tunisia's secretary of state for migration Radhouane Ayara, on a working visit to
# Italy from 23 to 25 May, meets Italian officials. "أجرى ... بمناسبة زيارة العمل التي يؤديها إلى ايطاليا ... سلسلة من
# اللقاءات، جمعته مع كل من" Manzione, Piscitelli and Senator Martini is one CONSULT Ayara → Italy and the three (a
# visit and the meetings it holds are one CONSULT), undated (a three-day visit). "ونوّه ... بمستوى التعاون القائم بين
# البلدين في مجال مقاومة الهجرة غير الشرعية" is praise addressed to his Italian hosts: SUPPORT Ayara → Italy (decided,
# as batches code نوّه praise of another party; the cooperation itself is a noun), undated. "مؤكدا على أهمية اعتماد
# مقاربة شاملة ... والاتفاق على منظومة توافقية" stresses an importance with no call verb: a claim, no REQUEST (as
# "يستدعي بلورة مبادرة" in batches 97–100; the title's تدعو is outside the text). "أكد بالمناسبة حرص الحكومة التونسية على
# مواصلة التعاون مع الجانب الايطالي لاستكمال الأبحاث" pledges future cooperation: AGREE Tunisia → Italy (a pledge of
# future support is AGREE), undated. "دعا السلطات الايطالية إلى إيلاء مزيد من العناية بالجالية التونسية" is REQUEST
# Ayara → the Italian authorities, undated. Claims: نوّه (assert), مؤكدا (a recommendation: other), أكد (promise) and
# دعا (other). Ayara, a state official, lists Tunisia; no list holds a title with "كاتب الدولة" (both sides have one).
i = 'ant-JA-localNews-4177-20170525'
t = news_text(i)
AYARA = ["Radhouane Ayara", "رضوان عيارة", "عيارة", "Tunisia", "تونس", "الحكومة التونسية"]
ITALY = ["Italy", "إيطاليا", "ايطاليا", "الحكومة الإيطالية", "الجانب الايطالي", "السلطات الايطالية"]
ITALIANS = ITALY + ["Domenico Manzione", "دومينيكو مانزيوني", "مانزيوني", "Vittorio Piscitelli", "فيتوريو بيشيتالي",
                    "بيشيتالي", "Claudio Martini", "كلوديو مارتيني", "مارتيني"]
recs.append({"id": i, "text": t, "published": "2017-05-25", "events": [
    {"code": "CONSULT", "source": AYARA, "target": ITALIANS},
    {"code": "SUPPORT", "source": AYARA, "target": ITALY},
    {"code": "AGREE", "source": AYARA, "target": ITALY},
    {"code": "REQUEST", "source": AYARA, "target": ITALY}], "claims": [
    {"speaker": AYARA, "cue": cue(t, "نوّه"), "stance": "assert"},
    {"speaker": AYARA, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": AYARA, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": AYARA, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Jawhara FM (Sunday 2017-02-12): Barcelona's management will meet Luis Enrique to settle an emergency signing
# after Aleix Vidal's injury against Alavés on Saturday. The meeting of the club's management with its own coach and
# technical secretary is internal to one club, and signings are sport business (batches 26, 32, 45–48): no events;
# the injury and the match have no PLOVER act. "قرّرت" reports no statement (batch 34). Claims: Mundo Deportivo's own
# report, ذكرت and لفتت (a named outlet reporting on its own is a speaker, as batches code El Khabar's أوردت; assert).
i = 'ant-JA-sport-337-20170212'
t = news_text(i)
MUNDO = ["Mundo Deportivo", "موندو ديبورتيفو", "صحيفة موندو ديبورتيفو"]
recs.append({"id": i, "text": t, "published": "2017-02-12", "events": [], "claims": [
    {"speaker": MUNDO, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": MUNDO, "cue": cue(t, "لفتت"), "stance": "assert"}]})
# --- Jawhara FM (Thursday 2017-03-09): the Zambia–South Africa U-20 semi-final refereed by Tunisia's Sadok Selmi,
# played "يوم أمس" (2017-03-08), was halted when tear gas drifted onto the pitch. "بعد استعماله من قبل الأمن بصفة مفرطة
# خارج الملعب لتفريق المشجعين المتجمهرين" is a passive with its agent: police tear gas to disperse fans is ASSAULT
# (violent repression, CAMEO 175, as batch 19 and later code police tear gas) security forces → the fans, dated
# 2017-03-08 (during the match). Not coded: the fans wanting to force their way in (a wish in a relative clause), the
# referee halting the match and Zambia's winning goal (sport), the congratulations from "عدة أطراف" (no named party).
# Claims: Selmi's أكد (to Jawhara FM, the addressee: assert, decided — he explains the stoppage and blames no named
# party, so no ACCUSE) and عبر (his satisfaction, a reporting verb as batch 104 takes أبدى: assert). "يشار أن" is
# the narrator.
i = 'ant-JA-sport-740-20170309'
t = news_text(i)
SELMI = ["Sadok Selmi", "الصادق السالمي", "السالمي"]
recs.append({"id": i, "text": t, "published": "2017-03-09", "events": [
    {"code": "ASSAULT", "source": ["security forces", "الأمن", "Zambian security forces"],
     "target": ["fans", "المشجعين", "المشجعين المتجمهرين أمام الملعب"], "date": "2017-03-08"}], "claims": [
    {"speaker": SELMI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SELMI, "cue": cue(t, "عبر", 1), "stance": "assert"}]})
# --- Jawhara FM: in Colombia a grandmother returns her newborn grandson to the Santa Marta hospital, accusing the staff
# of swapping him. "بعد أن اتهمت الموظفين باستبداله برضيع آخر" is ACCUSE grandmother → the hospital staff (one unnamed
# but specific person is an actor and a speaker, batches 89–92), undated. "قال الموظفون بالمستشفى إنه الطفل الوحيد ...
# وإن الاتهامات التي وجهتها الجدّة غير صحيحة" denies the accusation: REJECT staff → grandmother, undated. Not coded:
# returning the baby (a family act, batches 69–72), the passive "أخضعت الجدة لعلاج نفسي" (no doer). Claims: the
# grandmother's اتهمت (accuse), وصفت (assert) and مضيفة (assert; "حسب قولها" repeats her); the staff's قال (tied to
# a named hospital: deny); Carlos Ballares's أكّد and أشار (assert). The staff's list holds the hospital's name; no list
# holds سانتا ماريا's council beyond Ballares.
i = 'ant-JA-diverse-27-20170107'
t = news_text(i)
GRANNY = ["grandmother", "امراة مسنة", "الجدة", "الجدّة"]
STAFF = ["Santa Marta hospital staff", "الموظفين", "الموظفون بالمستشفى", "الموظفون", "مستشفى سانتا مارتا"]
BALLARES = ["Carlos Ballares", "كارلوس بالاريس", "بالاريس"]
recs.append({"id": i, "text": t, "published": "2017-01-07", "events": [
    {"code": "ACCUSE", "source": GRANNY, "target": STAFF},
    {"code": "REJECT", "source": STAFF, "target": GRANNY}], "claims": [
    {"speaker": GRANNY, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": GRANNY, "cue": cue(t, "وصفت"), "stance": "assert"},
    {"speaker": GRANNY, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": STAFF, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": BALLARES, "cue": cue(t, "أكّد"), "stance": "assert"},
    {"speaker": BALLARES, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Jawhara FM (Tuesday 2017-01-24): Tahar Tahri, head of the association protecting the Jemna oases, says on Sabah
# El Ward today that the "Stil" farm dispute is near a solution. "أنهم عقدوا اجتماعا مع مستشاري وزير الفلاحة للاستيضاح
# حول مقترح ..." is CONSULT the Jemna side → the agriculture minister's advisers, undated. "أن القبول المبدئي لمقترح
# وزير الفلاحة تم باجماع أهالي" is the people of Jemna accepting the minister's offer: AGREE Jemna → the minister
# (decided: acceptance of an offer in principle, the title's اتفاق بالإجماع), undated. The minister's proposal itself
# is a noun (مقترح): not coded; the company to be set up and the promise to raise the share are passive or nominal
# ("سيتم احداث"، "مع وعد بالترفيع") with no doer. Claims: Tahri's أكد, أوضح, أضاف and أشار (assert); the two "على حد
# قوله" repeat his sentences. The association and the residents share one list (Tahri's "they" speaks for both).
i = 'ant-JA-localNews-95-20170124'
t = news_text(i)
TAHRI = ["Tahar Tahri", "الطاهر الطاهري", "الطاهري", "Association for the Protection of Jemna Oases",
         "جمعية حماية واحات جمنة"]
JEMNA = TAHRI + ["people of Jemna", "أهالي جمنة", "الأهالي", "أهالي"]
MINISTER = ["Tunisian Minister of Agriculture", "وزير الفلاحة", "مستشاري وزير الفلاحة", "وزارة الفلاحة", "الدولة",
            "Tunisian state"]
recs.append({"id": i, "text": t, "published": "2017-01-24", "events": [
    {"code": "CONSULT", "source": JEMNA, "target": MINISTER},
    {"code": "AGREE", "source": JEMNA, "target": MINISTER}], "claims": [
    {"speaker": TAHRI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": TAHRI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": TAHRI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": TAHRI, "cue": cue(t, "أشار"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch119.gold.jsonl', recs)
