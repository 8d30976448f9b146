"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 137 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Ain Alyoum): the police of Annecy hand out leaflets to Gulf women tourists reminding them that
# French law bans the niqab in public. "وزعت شرطة مدينة أنسي ... منشورات على السائحات الخليجيات، للفت انتباههن بأن
# القانون الفرنسي يمنع ارتداء النقاب" with the police official's "من الممكن أن يصل الأمر للاعتقال الاحتياطي والمتابعة
# القضائية إذا دعت الحاجة لذلك" is one warning of sanctions to a named group present in the city: one THREATEN
# police → the Gulf women tourists (README batches 97–100: leaflets announcing a strike THREATEN those warned;
# decided: the tourists are a concrete group, not a generic class such as drone users, and the leaflets and the
# official's conditional arrest are one instance), undated. "ونفى مسؤول في الشرطة، مطاردتهم للسائحات" denies an
# alleged act whose author the text does not name: REJECT with no target (README: denying an unnamed rumour),
# undated. "تلقت الشرطة عدة شكاوى من سكان المدينة الذين فوجئوا برؤية النساء المنقبات" names the complainants (the
# town's residents) and whom they complain of: ACCUSE residents → the veiled women (README: employers' reports of
# runaway maids ACCUSE the maids; a complaint to the police), undated. The French law's ban is standing law, no event.
# Claims: France 24's أفاد (its own report, the sentence's only attribution: assert, as batch 125–128's Kyodo); the
# police official (tied to a named police force: a speaker) نفى (deny), مبيناً (assert), أكد (the possible arrest:
# warn) and the second أفاد (the complaints: assert). No alias holds أنسي (named on its own, "مدينة أنسي الفرنسية");
# the police list France, their state.
i = 'snn-2015-07-27-0020'
t = news_text(i)
POLICE = ["Annecy police", "French police", "الشرطة", "الشرطة الفرنسية", "مسؤول في الشرطة", "police official",
          "France", "فرنسا"]
TOURISTS = ["Gulf women tourists", "السائحات الخليجيات", "السائحات", "الخليجيين", "الخليجيات", "النساء المنقبات",
            "المنقبات"]
RESIDENTS = ["Annecy residents", "سكان المدينة", "residents"]
F24 = ["France 24", "فرانس 24", "موقع فرانس 24"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "THREATEN", "source": POLICE, "target": TOURISTS},
    {"code": "REJECT", "source": POLICE, "target": []},
    {"code": "ACCUSE", "source": RESIDENTS, "target": TOURISTS}], "claims": [
    {"speaker": F24, "cue": cue(t, "أفاد", 1), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": POLICE, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": POLICE, "cue": cue(t, "أفاد", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Sabq): PhD students, teachers on unpaid study leave, ask Education Minister Azzam al-Dakhil to
# grant them full-time study leave (تفرغ); the ministry set only 50 seats for 147 applicants. The students spoke to
# the paper ("قالوا لـ'سبق'"، "طالبوا عبر 'سبق'") and are the story's one group: an identified group, not a bare one
# (decided, as batch 40's "عدد من المبتعثين" and batch 116's petitioners), though none of them is named. The lead's
# "مطالبين بإنهاء معاناتهم والسماح لهم بالتفرغ" and the body's "وطالبوا ... وزير التعليم ... بأن يمنحهم فرصة إكمال
# الدراسة من خلال تفريغهم" are one demand to one addressee: one REQUEST students → al-Dakhil (decided: a lead and
# the body re-telling it, one instance; employees' demands on their ministry are coded as unions' are), undated. Not
# coded: their praise of the minister's engagement ("أكد ... أهمية تفاعل وزير التعليم ... ومواقفه الدائمة التي لا
# تُنسى") — teachers praising their own minister, decided no SUPPORT (batch 31: a subordinate's thanks to his own
# minister); "تفاجؤوا بقلة عدد المقاعد التي حددتها الوزارة" is the reason given for the demand, with no explicit
# charge (README batches 89–92: a reason given for a demand is no event; decided no ACCUSE, unlike batch 116's "ظلم");
# the ministry setting the seats (a relative clause, its own admissions rule: internal). Claims: أكد (praise: assert),
# مطالبين (other), قالوا (assert), أشاروا (the seats and their effect: assert, decided, a grievance stated as fact),
# طالبوا (other), مؤكدين (assert). Two separate cues carry the demand (a participle after أكد, then a finite verb in
# the body with its own content), so two claims.
i = 'snn-2015-08-02-1221'
t = news_text(i)
STUDENTS = ["PhD students", "طلاب مرحلة الدكتوراه", "عدد كبير من طلاب مرحلة الدكتوراه", "طلاب الدكتوراه",
            "teachers pursuing doctorates"]
DAKHIL = ["Azzam al-Dakhil", "عزام بن محمد الدخيل", "عزام محمد الدخيل", "الدخيل", "وزير التعليم",
          "Saudi Minister of Education", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": STUDENTS, "target": DAKHIL}], "claims": [
    {"speaker": STUDENTS, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": STUDENTS, "cue": cue(t, "مطالبين"), "stance": "other"},
    {"speaker": STUDENTS, "cue": cue(t, "قالوا"), "stance": "assert"},
    {"speaker": STUDENTS, "cue": cue(t, "أشاروا"), "stance": "assert"},
    {"speaker": STUDENTS, "cue": cue(t, "طالبوا"), "stance": "other"},
    {"speaker": STUDENTS, "cue": cue(t, "مؤكدين"), "stance": "assert"}]})
# --- SaudiNewsNet: a Boston University medical-school study finds that high blood pressure at fifty raises the risk
# of dementia later. Research is no PLOVER event (batches 31, 50, 72). A study's findings are its named author's
# claims (batches 9, 31, 50, 72): the study "أشرف عليها باحثون من كلية الطب جامعة بوسطن" and its researchers share one
# list. Claims: the first كشفت (the study), the second كشفت ("وكشفت النتائج": the study's results, the same speaker),
# أكد and أضاف (the researchers); all assert (findings; أضاف states how pressure can be lowered, a fact, not advice
# to anyone). "وذلك حسب نتائج الدراسة" shares its sentence with "وأكد الباحثون" (the same speaker): no claim of its
# own (GUIDELINES). No list holds a place: بوسطن appears only inside the university's name.
i = 'snn-2015-07-21-2269'
t = news_text(i)
STUDY = ["Boston University researchers", "باحثون من كلية الطب جامعة بوسطن الأمريكية", "باحثون", "الباحثون",
         "دراسة طبية", "الدراسة", "the study", "Boston University School of Medicine", "كلية الطب جامعة بوسطن",
         "جامعة بوسطن"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": STUDY, "cue": cue(t, "كشفت", 1), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "كشفت", 2), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet: the 17th Abha Shopping Festival draws crowds on its sixth day. The festival's programme, the
# participating firms' and sponsors' offers, the stage built by Funun United and the restaurants are commerce and
# the festival's own work: no events. The director's "أعرب ... عن شكره وتقديره لصاحب السمو الملكي الأمير فيصل بن
# خالد ... على رعايته وتشريفه لحفل انطلاق فعاليات المهرجان" is thanks with a reason between separate parties (the
# festival's director is not shown to be in the emirate's hierarchy; decided not a subordinate's thanks, batch 31):
# one SUPPORT director → Prince Faisal (README batches 109–112: thanks with a reason a SUPPORT and a claim; batches
# 22, 24, 67), undated (no day). The prince's patronage and attendance of the opening are verbal nouns inside the
# thanks: background, no CONSULT. Claims: أعرب (thanks with praise: assert, as batches 31, 54) and مؤكداً (the prince's
# care for tourism: assert). No alias holds أبها (named on its own, "بأبها") or عسير ("منطقة عسير وجهة سياحية"); the
# governor, a state official, lists Saudi Arabia.
i = 'snn-2015-07-27-0758'
t = news_text(i)
JARALLAH = ["Ibrahim al-Jarallah", "إبراهيم بن محمد الجارالله", "الجارالله", "festival director",
            "Abha Shopping Festival director"]
FAISAL = ["Faisal bin Khalid bin Abdulaziz", "فيصل بن خالد بن عبدالعزيز", "فيصل بن خالد", "الأمير فيصل بن خالد",
          "Governor of Asir", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SUPPORT", "source": JARALLAH, "target": FAISAL}], "claims": [
    {"speaker": JARALLAH, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": JARALLAH, "cue": cue(t, "مؤكداً"), "stance": "assert"}]})
# --- SaudiNewsNet (Tuesday 2015-07-21): the Saudi ambassador to Australia and New Zealand says all Saudis are safe
# after anti-Islam and anti-racism rallies in Australian cities. The text's weekdays date the rallies: "أمس الأحد" is
# Sunday 2015-07-19 and "أمس الأول السبت" Saturday 2015-07-18 (README batches 29–30: a weekday the text gives wins
# over the corpus date and over أمس). "كان مئات الأشخاص قد شاركوا في تظاهرات ضد الإسلام وأخرى مضادة، أمس الأحد"
# with "حوالي 100 متظاهر من منظمة استعادة ريكليم أستراليا ونحو 250 آخرين معارضين لهم" are two opposed rallies:
# PROTEST by Reclaim Australia with no target (against Islam, no named party) and PROTEST by the counter-protesters
# against Reclaim Australia ("معارضين لهم"), both dated 2015-07-19 (decided: two records, since the two sides oppose
# each other, as batch 97–100's protests of different sides are not merged). "انتشرت أعداد كبيرة من قوات الأمن
# وشرطة مكافحة الشغب تحسبا لأي أعمال عنف في ساحة مارتن ... للفصل بين" is a police deployment: MOBILIZE with no
# target (README batches 41–44), dated 2015-07-19 (the same sentence). "كانت الشرطة اضطرت لتفريق متظاهرين أمس الأول
# 'السبت' في ملبورن" is a dispersal: COERCE police → the protesters (repression, as batches 60 and 93), dated
# 2015-07-18; the clashes before it are a noun (بعد وقوع صدامات). "كان مئات المتظاهرين شاركوا في تجمعات مماثلة ...
# في أبريل الماضي" is a historical PROTEST with its doer, no target, undated (a month). Not coded: "نظمت تجمعات أخرى
# الأحد" (passive, no doer); the embassy checking on its own citizens ("تم الاطمئنان"، "استمرار السفارة في متابعة
# أحوالهم") and the King's directives to the embassies (a noun, and internal); "وأهاب آل صالح بجميع المواطنين الزائرين
# والطلاب المبتعثين أهمية أخذ الحيطة" is a call on a generic class of citizens: a claim only (README batches 85–88;
# batch 114's civil-defence call). Claims, the ambassador's: the first أكد (assert), the second أكد (the embassy's care:
# assert), لفت (assert), مؤكداً (the embassy will keep following them: promise), أهاب (other). No alias of the
# ambassador holds استراليا (named on its own); Reclaim Australia's list keeps only forms without أستراليا.
i = 'snn-2015-07-21-2106'
t = news_text(i)
SALEH = ["Nabil bin Mohammed Al Saleh", "نبيل بن محمد ال صالح", "ال صالح", "آل صالح", "السفير آل صالح",
         "Saudi ambassador", "السفارة", "Saudi Arabia", "السعودية"]
RECLAIM = ["Reclaim", "ريكليم", "استعادة ريكليم", "منظمة استعادة ريكليم", "100 متظاهر", "مئات الأشخاص",
           "anti-Islam protesters"]
COUNTER = ["counter-protesters", "250 آخرين معارضين لهم", "آخرين معارضين لهم", "معارضين لهم"]
AUS_POLICE = ["Australian police", "الشرطة", "قوات الأمن", "شرطة مكافحة الشغب", "Australia", "أستراليا", "استراليا"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "PROTEST", "source": RECLAIM, "target": [], "date": "2015-07-19"},
    {"code": "PROTEST", "source": COUNTER, "target": RECLAIM, "date": "2015-07-19"},
    {"code": "MOBILIZE", "source": AUS_POLICE, "target": [], "date": "2015-07-19"},
    {"code": "COERCE", "source": AUS_POLICE, "target": ["protesters in Melbourne", "متظاهرين"],
     "date": "2015-07-18"},
    {"code": "PROTEST", "source": ["protesters", "مئات المتظاهرين"], "target": []}], "claims": [
    {"speaker": SALEH, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": SALEH, "cue": cue(t, "مؤكداً"), "stance": "promise"},
    {"speaker": SALEH, "cue": cue(t, "أهاب"), "stance": "other"}]})
# --- SaudiNewsNet: the Yemeni Journalists Syndicate condemns the Houthi militia's ban on journalists leaving Yemen
# and its abuses of them. "أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن
# وممارستها لانتهاكات" is a condemnation whose doer the text names: one ACCUSE syndicate → the Houthi militia, undated
# (no day). The ban and the detentions are verbal nouns inside the condemnation ("قرار ... منع"، "وضع صحفيين في مراكز
# اعتقال"): decided not coded (GUIDELINES: nominalised events; README: a condemned statement gives no event of its
# own), as are the statement's "اجتياح الميليشيات لصنعاء" (a noun), the passives "جرى إغلاق ونهب ومصادرة" and "تم
# حجب", and "تعرض الصحفيون للتهديد والخطف والضرب" (no doer). Claims: أدانت (accuse); "نقلت وكالة الأنباء اليمنية ...
# عن نقابة الصحفيين قولها" (the نقل X عن Y قوله pattern: cue قولها, accuse; SABA is the conduit); مشيرًا (the
# statement's further content, the closures and abuses since the militia took Sanaa: accuse).
i = 'snn-2015-08-06-2626'
t = news_text(i)
YJS = ["Yemeni Journalists Syndicate", "نقابة الصحفيين اليمنيين", "نقابة الصحفيين"]
HOUTHIS = ["Houthi militia", "ميليشيات الحوثي", "الحوثي", "الحوثيين", "الميليشيات", "Houthis"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": YJS, "target": HOUTHIS}], "claims": [
    {"speaker": YJS, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": YJS, "cue": cue(t, "قولها"), "stance": "accuse"},
    {"speaker": YJS, "cue": cue(t, "مشيرًا"), "stance": "accuse"}]})
# --- SaudiNewsNet (Al-Eqtisadiah): the Unaizah dates festival market takes in 1,500 cars carrying 500 tonnes of dates
# a day; sukkari prices reached 700 riyals a carton yesterday. Market trade, prices, brokers, visitors and the
# festival's own programmes (training Saudis, heritage events) are commerce and the festival's own work: no events.
# "أظهرت بورصة السوق" is price data, no speaker; the photo credit names the outlet. Claims: the executive director
# al-Thubaiti's قال, أشار and أضاف (all assert). No alias holds عنيزة (decided: it is in the festival's names, and his
# title is left out for safety).
i = 'snn-2015-08-10-0320'
t = news_text(i)
THUBAITI = ["Hazza bin Saif al-Thubaiti", "هزاع بن سيف الثبيتي", "الثبيتي", "المدير التنفيذي",
            "festival executive director"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": THUBAITI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": THUBAITI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": THUBAITI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (Ain Alyoum, Sunday 2015-08-02): heavy rain on Jazan, moderate rain on al-Baha; the Jazan Civil
# Defence warns. The rain, storms and floods have no actor. "حذرت مديرية الدفاع المدني بمنطقة جازان من التقلبات
# الجوية ... داعية الجميع إلى توخي الحذر" is a warning and a call on a generic class: claims only, no REQUEST (README
# batches 85–88 and 89–92; batch 114's civil-defence warning). "تمكنت فرقة الدفاع المدني بمحافظة العيدابي اليوم من
# إخراج سيارة مواطن من وادي ضمد قبل أن يجرفها السيل" is a rescue with its doer: AID civil defence → the citizen
# (README batches 109–112: rescuers pulling a surfer out an AID), dated 2015-08-02 (اليوم); the driver's own escape is
# no event. "جعلها الله سقيا رحمة" is a prayer: nothing. Claims: حذرت (warn) and داعية (other). No alias holds جازان
# or العيدابي (named on their own).
i = 'snn-2015-08-02-0014'
t = news_text(i)
CD_JAZAN = ["Jazan Civil Defence Directorate", "مديرية الدفاع المدني", "الدفاع المدني", "Civil Defence",
            "Saudi Arabia"]
CD_TEAM = ["al-Aidabi Civil Defence team", "فرقة الدفاع المدني", "الدفاع المدني", "Civil Defence", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "AID", "source": CD_TEAM, "target": ["citizen", "مواطن", "سيارة مواطن", "قائدها"],
     "date": "2015-08-02"}], "claims": [
    {"speaker": CD_JAZAN, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": CD_JAZAN, "cue": cue(t, "داعية"), "stance": "other"}]})
# --- SaudiNewsNet (Ain Alyoum): the Quraysh tribe's spokesman Hatem al-Qurashi rejects any trading in the case of
# Daifallah al-Qurashi, killed in al-Awamiya at the start of Ramadan, and backs the security authorities. "أصدر ...
# بيانًا يرفض فيه المتاجرة بقضية الفقيد" and "لقطع الطريق على كل من يريد تسخير قضيته ... سواء أفراد أو تنظيمات
# إرهابية" reject an act of a generic, hypothetical class: decided no event (README batches 73–76: condemning a
# generic group makes claims but no ACCUSE). "ثقتنا كبيرة برجال الأمن" with "الطريق الوحيد للقبض على الجناة هو طريق
# الجهات الأمنية" is an explicit endorsement of the security authorities: SUPPORT tribe → them (decided, GUIDELINES:
# endorsement is SUPPORT; the headline's "يدعمون قرارات الجهات الأمنية"), undated. Not coded: the killing (passive,
# "تم اغتياله"، "قتل فيها ابننا", no doer), "تعاملنا ... ستكون عبر القنوات الرسمية" (a vague pledge with no counterpart,
# README batches 69–72), "نقف ... أمام أي محاولة للتهديد" and "لا نقبل ... تعميم الجريمة" (generic), the prayer.
# Claims: أصدر (the light verb of "أصدر ... بيانًا يرفض فيه", as batches 35 and 85 take أصدرت/نشر; a claim announcing
# a refusal: deny, README batches 77–80), the first قال (the pledge to go through official channels: promise), the
# second قال (the commitment to lawful ways: promise), مضيفًا (assert). The spokesman's list leaves out the bare
# القرشي, which would match the dead man (ضيف الله القرشي).
i = 'snn-2015-08-08-0025'
t = news_text(i)
QURASHI = ["Hatem al-Qurashi", "حاتم القرشي", "الدكتور حاتم القرشي", "المتحدث الرسمي عن قبيلة قريش",
           "Quraysh tribe", "قبيلة قريش", "قريش"]
SECURITY = ["Saudi security authorities", "الجهات الأمنية", "رجال الأمن", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "SUPPORT", "source": QURASHI, "target": SECURITY}], "claims": [
    {"speaker": QURASHI, "cue": cue(t, "أصدر"), "stance": "deny"},
    {"speaker": QURASHI, "cue": cue(t, "قال", 1), "stance": "promise"},
    {"speaker": QURASHI, "cue": cue(t, "قال", 2), "stance": "promise"},
    {"speaker": QURASHI, "cue": cue(t, "مضيفًا"), "stance": "assert"}]})
# --- SaudiNewsNet (Wednesday 2015-07-22): French FM Laurent Fabius announced yesterday (2015-07-21) that he will go
# to Iran "next week", where he will meet President Rouhani, after the nuclear deal. "اعلن ... امس انه سيتوجه الى
# ايران ... حيث سيلتقي خصوصا الرئيس حسن روحاني" is a scheduled visit: one AGREE Fabius → Iran and Rouhani (README:
# scheduled visits are one AGREE per destination), dated 2015-07-21 (decided: the day of the announcement, as
# GUIDELINES dates statements said yesterday and README dates announced protests by their statements; "ساجري
# محادثات" is the same visit). "لقد دعاني نظيري الايراني محمد جواد ظريف. كان قد دعاني في السابق" is an invitation:
# AGREE Zarif → Fabius (GUIDELINES: invitations are AGREE; decided one record, the earlier invitation being the same
# standing one), undated. "ممثلين عن مجموعة ميديف ... سيتوجهون الى ايران في سبتمبر" is a second scheduled visit with
# its doer: AGREE MEDEF → Iran, undated (a month). "ونفى فابيوس ... ان يكون موقفه الصارم سينعكس سلبا على المؤسسات
# الفرنسية" denies a forecast, with no charge or rumour named: a deny claim and no REJECT (decided, as README batches
# 97–100's "أكد أنه لن يتم طرد"). Not coded: the nuclear deal's signing (a noun), "الذي اعتبر من المتشددين" (passive),
# "لم آت" (negated), the wish that France and Iran resume relations (an opinion), the interest of French firms.
# Claims: Fabius's اعلن (assert), صرح (assert), the first اوضح (the invitation: assert), تابع (assert), يقول ("ساجري
# محادثات": assert), the second اوضح (assert), اشار (MEDEF's trip: assert), نفى (deny), the second اعتبر (assert; the
# first is the passive "اعتبر من المتشددين"); "بحسب مقربين منه" is its sentence's only attribution, by people close
# to a named person (README batches 53–56: an identifiable speaker): a claim (the visit's date: assert). France Inter
# is the addressee.
i = 'snn-2015-07-22-1743'
t = news_text(i)
FABIUS = ["Laurent Fabius", "لوران فابيوس", "فابيوس", "وزير الخارجية الفرنسي", "France", "فرنسا"]
IRAN = ["Iran", "ايران", "إيران", "Hassan Rouhani", "حسن روحاني", "روحاني"]
ZARIF = ["Mohammad Javad Zarif", "محمد جواد ظريف", "ظريف", "Iran", "ايران", "إيران"]
MEDEF = ["MEDEF", "ميديف", "مجموعة ميديف", "ممثلين عن مجموعة ميديف"]
CLOSE = ["people close to Fabius", "مقربين منه", "مقربين"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "AGREE", "source": FABIUS, "target": IRAN, "date": "2015-07-21"},
    {"code": "AGREE", "source": ZARIF, "target": FABIUS},
    {"code": "AGREE", "source": MEDEF, "target": ["Iran", "ايران", "إيران"]}], "claims": [
    {"speaker": FABIUS, "cue": cue(t, "اعلن"), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": CLOSE, "cue": cue(t, "بحسب"), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "اوضح", 1), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "يقول"), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "اوضح", 2), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "اشار"), "stance": "assert"},
    {"speaker": FABIUS, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": FABIUS, "cue": cue(t, "اعتبر", 2), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch137.gold.jsonl', recs)
