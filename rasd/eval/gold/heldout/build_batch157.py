"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 157 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Al-Ettifaq club elections; the two competing lists urge their supporters to meet the General
# Presidency of Youth Welfare's requirements so that they may vote. "طالبت قائمتا "خبرة وشباب" و"الاتفاق الجديد" ...
# مؤيديهم بمراعاة مطالب الرئاسة" is a call by the two campaigns on their own supporters: one REQUEST with both lists
# (and their candidates al-Dosari and al-Dabal) in the source and the supporters as target (decided, README: a
# union's call on its members and a leader's call on his own fighters are REQUESTs), undated (no day). "وطالبت
# الاعضاء الذين يحق لهم التصويت صورة من ايصال السداد" is the presidency's voting requirement, an administrative notice:
# a claim only (README batches 49–52: administrative notices are claims only). Not coded: the presidency fixing 27
# August as election day ("صادقت ... باعتماد يوم 27 أغسطس", scheduling by the regulator, no act on a party; decided),
# the members' expected vote (future, generic). The headline ("مرشحو الاتفاق للناخبين") is not part of the text.
# Claims: the lists' طالبت (other) and the presidency's طالبت (other). Aliases: the list name "الاتفاق الجديد" is kept
# (decided: the club "الاتفاق" is no actor of any event or claim here); bare "الاتفاق" is not listed.
i = 'snn-2015-08-10-0951'
t = news_text(i)
LISTS = ["Khebra wa Shabab and New Ettifaq lists", "قائمتا \"خبرة وشباب\" و\"الاتفاق الجديد\"", "خبرة وشباب",
         "الاتفاق الجديد", "Abdulaziz al-Dosari", "عبدالعزيز الدوسري", "الدوسري", "Khalid al-Dabal", "خالد الدبل",
         "الدبل"]
GPYW = ["General Presidency of Youth Welfare", "الرئاسة العامة لرعاية الشباب", "الرئاسة", "Saudi Arabia",
        "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "REQUEST", "source": LISTS,
     "target": ["supporters", "مؤيديهم", "voting members", "الاعضاء الناخبين", "الاعضاء"]}], "claims": [
    {"speaker": LISTS, "cue": cue(t, "طالبت", 1), "stance": "other"},
    {"speaker": GPYW, "cue": cue(t, "طالبت", 2), "stance": "other"}]})
# --- SaudiNewsNet: a gunman who opened fire inside a cinema near Nashville, Tennessee, is killed. "اطلق النار داخل
# سينما" (with "المشتبه باطلاقه النار في سينما هيكوري 8" and "وقع اطلاق النار اثناء عرض فيلم ماد ماكس") is one
# shooting: ASSAULT the gunman → the Hickory 8 cinema (no victim is named; README: attacked places are targets),
# undated (the text gives no day). "احدهم رد باطلاق النار على المسلح" is return fire by a named force: a second ASSAULT,
# the police → the gunman (README: the force returning fire is a second ASSAULT), undated; "قتل مسلح" is the passive
# outcome of it, and "الشرطيين دخلوا الصالة" folds in. "هجوم مشابه نفذه مسلح في سينما لافاييت في لويزيانا، مما أسفر
# عن مقتل امرأتين واصابة تسعة مشاهدين" is a relative clause with its doer: ASSAULT the Lafayette gunman → the victims,
# undated ("بعد اسبوعين"). Not coded: the gunman's failed attempt to fire at the police (قبل ان يتمكن, not done), the
# police searching two backpacks (objects of a dead suspect; decided: part of the police response, no party acted
# on), the Lafayette gunman's suicide, the TV footage. Claims: the local police's "كما اعلنت" and the Metro Nashville
# police's "واعلنت ... في تغريدة" (two statements: the shooting, then the suspect's death; assert); the Tennessean's
# اكدت and أضافت (a named paper reporting on its own account, README: a station reporting on its own account
# speaks; assert); the police spokesman's "بحسب ما نقلت الصحيفة عن" (the Mad Max timing) and "الذي اكد" (the police
# entering and returning fire): different contents in one sentence, so two claims (README: two statements of one
# speaker in one sentence are one claim unless they attribute different content), the paper a conduit; all assert.
# "قنوات التلفزيون بثت" is bare: no claim. Aliases: forms holding ناشفيل or تينيسي (named alone) are left out of the
# police lists (README: an institution's aliases drop a place the article names on its own).
i = 'snn-2015-08-06-2456'
t = news_text(i)
GUNMAN = ["gunman", "مسلح", "المسلح", "المشتبه باطلاقه النار"]
POLICE = ["Metro police", "local police", "الشرطة المحلية", "الشرطة", "الشرطيين", "احدهم", "police officer",
          "United States", "الولايات المتحدة"]
SPOKESMAN = ["police spokesman", "متحدث باسم الشرطة", "الشرطة", "Metro police", "الشرطة المحلية"]
TENNESSEAN = ["The Tennessean", "صحيفة تينيسيان المحلية", "صحيفة تينيسيان", "تينيسيان", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": GUNMAN,
     "target": ["Hickory 8 cinema", "سينما هيكوري 8", "هيكوري 8", "السينما", "moviegoers"]},
    {"code": "ASSAULT", "source": POLICE, "target": GUNMAN},
    {"code": "ASSAULT", "source": ["Lafayette gunman", "مسلح", "مطلق النار"],
     "target": ["Lafayette cinema victims", "امرأتين", "تسعة مشاهدين آخرين", "مشاهدين", "سينما لافاييت",
                "Lafayette cinema"]}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "اعلنت", 1), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "اعلنت", 2), "stance": "assert"},
    {"speaker": TENNESSEAN, "cue": cue(t, "اكدت"), "stance": "assert"},
    {"speaker": TENNESSEAN, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "بحسب ما نقلت"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "اكد", 2), "stance": "assert"}]})
# --- SaudiNewsNet: Turkish prime minister Ahmet Davutoglu tells his party's provincial heads to prepare for early
# elections. "أجرى مكالمات هاتفية مع رؤساء مكاتب الحزب ... مصدرا تعليمات إليهم بالاستعداد لانتخابات برلمانية مبكرة"
# (re-told by the Anadolu sources as "أجرى اتصالات هاتفية مع رؤساء مكاتب الحزب بمناسبة عيد الفطر") is a party leader
# instructing his own party's officials: internal, not coded (README: a minister instructing his own governors and a
# union summoning its own lawyers are internal; decided, the Eid calls fold in). "قد استكمل قبل العيد الجولة الأولى من
# اللقاءات مع قادة الأحزاب الممثلة في البرلمان، لبحث تشكيل حكومة ائتلافية" is a round of meetings with named
# counterparts: CONSULT Davutoglu → the leaders of the parties in parliament, undated ("قبل العيد"). Not coded: "إننا
# مستمرون في مفاوضات تشكيل الحكومة الائتلافية" (ongoing talks with no counterpart named in the quote; decided: the
# meetings' round already codes them), the AKP's failure to win a majority in the 7 June election (no act on a
# party). Claims: "أفادت تقارير إخبارية محلية" is bare: no claim; "مصدرا تعليمات" is Davutoglu's directive (decided: a
# light-verb instruction, as earlier batches take أمر and وجه; other); the Anadolu sources in the prime ministry's
# "ونقلت ... عن مصادر في رئاسة الوزراء التركية، أن" (sources tied to a named institution; README: "نقلت المصادر عن X"
# with no قوله makes نقلت the cue; assert); Davutoglu's "قال فيها" (the talks go on and the instruction to be ready:
# distinct content from the lead, so its own claim; decided other, as the quote's point is the instruction).
i = 'snn-2015-07-21-0026'
t = news_text(i)
DAVUTOGLU = ["Ahmet Davutoglu", "أحمد داود أوغلو", "داود أوغلو", "رئيس الوزراء التركي", "Justice and Development Party",
             "حزب \"العدالة والتنمية\"", "حزب العدالة والتنمية", "العدالة والتنمية", "AKP", "Turkey", "تركيا"]
PM_SOURCES = ["sources in the Turkish Prime Ministry", "مصادر في رئاسة الوزراء التركية", "رئاسة الوزراء التركية",
              "Turkish Prime Ministry", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "CONSULT", "source": DAVUTOGLU,
     "target": ["leaders of the parties in parliament", "قادة الأحزاب الممثلة في البرلمان", "قادة الأحزاب",
                "الأحزاب الممثلة في البرلمان"]}], "claims": [
    {"speaker": DAVUTOGLU, "cue": cue(t, "مصدرا"), "stance": "other"},
    {"speaker": PM_SOURCES, "cue": cue(t, "نقلت"), "stance": "assert"},
    {"speaker": DAVUTOGLU, "cue": cue(t, "قال"), "stance": "other"}]})
# --- SaudiNewsNet (Ain Alyoum): the Asir health directorate's toll of the bombing of the Emergency Forces mosque: 15
# dead and 40 injured received yesterday. "التفجير الذي وقع بمسجد إدارة الطوارئ" has no doer: not coded. The
# hospital receiving the casualties, the passive "تم إعلان حالة الطوارئ في كافة مستشفيات المنطقة" and "تم إرسال الفرق
# الطبية", the blood bank providing units and receiving donors, and the officials supervising the emergency plan are
# the health service's own work: no events (README: acts inside one body are internal; care for the injured is no
# PLOVER act on a party). Claims: the directorate's أعلنت; its spokesman Saeed al-Nuqair's "أوضح ... في بيان",
# لافتاً (the emergency declared in the hospitals: distinct content), أبان and أشار; all assert. "عين اليوم – جدة" is
# the byline and the closing tags are no text of a statement. Aliases: forms holding عسير (named on its own in
# "بمنطقة عسير") are left out (README, batches 145–152: names containing جدة or عسير); the directorate is a state body
# and lists Saudi Arabia.
i = 'snn-2015-08-07-0079'
t = news_text(i)
DIRECTORATE = ["General Directorate of Health Affairs", "المديرية العامة للشؤون الصحية", "الشؤون الصحية",
               "Saudi Ministry of Health", "Saudi Arabia", "السعودية"]
NUQAIR = ["Saeed al-Nuqair", "سعيد النقير", "النقير", "الناطق الإعلامي", "health affairs spokesman"] + DIRECTORATE
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [], "claims": [
    {"speaker": DIRECTORATE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": NUQAIR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": NUQAIR, "cue": cue(t, "لافتاً"), "stance": "assert"},
    {"speaker": NUQAIR, "cue": cue(t, "أبان"), "stance": "assert"},
    {"speaker": NUQAIR, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-07-23): a young Palestinian, Mohammed Alawneh, is killed by Israeli army fire near
# Jenin. "قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي" names the doer in برصاص (as batch 65 takes "برصاص
# مليشيات الحوثي"): ASSAULT the Israeli army → Alawneh, dated 2015-07-22 (أمس الأربعاء and فجر الأربعاء agree); the
# body's re-telling and the military source's "القوات استخدمت «وسائل مكافحة الشغب» ... الغاز المسيل للدموع والرصاص
# المطاطي" (the same clash told by the other side) fold in (README: the same attack told by two sides is one ASSAULT).
# "الجيش وحرس الحدود قاما بعملية في القرية لاعتقال فلسطيني مطلوب" is a raid to arrest a named-by-description man:
# COERCE the army and Border Police → the wanted Palestinian (README: raids are COERCE), dated 2015-07-22 (decided:
# "في القرية" ties the operation to the Burqin clashes of that dawn). Not coded: the clashes as such (a noun), the
# passive "تم إلقاء حجارة وزجاجات حارقة وإحراق إطارات" (no doer), the funeral. Claims: the Palestinian security
# source's "حسبما أفاد" (tied to a named people's security service, as GUIDELINES' "مصدر عسكري أردني"; the
# medical source beside it is bare) and "بحسب المصدر الأمني" (its sentence's only attribution); both assert (a report
# of the killing). "وقال مصدر عسكري للإذاعة العامة الإسرائيلية" with its "وبحسب المصدر" and مشيرًا is a bare military
# source: no claims (README: a bare مصدر عسكري makes no claim; decided, though the radio is Israeli).
i = 'snn-2015-07-23-0552'
t = news_text(i)
IDF = ["Israeli army", "الجيش الإسرائيلي", "الجيش", "القوات", "Israel", "إسرائيل"]
PAL_SOURCE = ["Palestinian security source", "مصدر أمني فلسطيني", "المصدر الأمني", "Palestinian security services"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": IDF,
     "target": ["Mohammed Alawneh", "محمد علاونة", "علاونة", "شاب فلسطيني", "الشاب", "Palestinian youth"],
     "date": "2015-07-22"},
    {"code": "COERCE", "source": IDF + ["Israeli Border Police", "حرس الحدود"],
     "target": ["wanted Palestinian", "فلسطيني مطلوب"], "date": "2015-07-22"}], "claims": [
    {"speaker": PAL_SOURCE, "cue": cue(t, "حسبما أفاد"), "stance": "assert"},
    {"speaker": PAL_SOURCE, "cue": cue(t, "بحسب", 1), "stance": "assert"}]})
# --- SaudiNewsNet opinion column: with Soleimani gone quiet, Iran's media turn on Mohammed bin Salman. The columnist
# is the narrator (README, batches 28, 38, 80, 107, 117): his reflections, the imagined Iranian voice ("حققنا ما نريد
# وصدرنا الثورة"), his rhetorical question to Khamenei and the closing verse are neither claims nor events. "يستهدفون
# بكل ما يملكون صورة ولي ولي العهد" (subject: "الماكينة الإعلامية الإيرانية وحلفائها"), with "شخصنة الهجوم الإعلامي
# واستهداف صورة الشخص فهو فن إعلامي يجيده الإعلام الإيراني وحلفاؤه في تويتر", is a media campaign against a named
# person: one ACCUSE the Iranian media → Mohammed bin Salman (README: mockery of a named politician is ACCUSE; the
# headline's "الهجوم على محمد بن سلمان"), undated. Not coded: Soleimani dancing with his weapon "على أرض العرب" (a
# picture, no act on a party), "انتفض العرب وفي مقدمتهم السعودية" and "السعودية ... هاجمت ... وحطمت تاج الإمبراطورية"
# (figurative, no concrete act; decided), the media's rumours that King Abdullah was the last king and of a coming
# succession fight (propaganda to the Saudis, "حاولوا ... وفشلوا"; decided: folded into the one campaign, no claim of
# the media as the column characterises it), "جريمة قتله لشريكه" (a noun), "لم يعد ... يونسي يصرح" (negated). Claim:
# "يقول خامنئي" quotes Khamenei inside the column (decided, README: someone the article quotes speaks, the columnist
# does not; assert).
i = 'snn-2015-07-22-1445'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE",
     "source": ["Iranian media", "الماكينة الإعلامية الإيرانية", "الإعلام الإيراني", "Iran", "إيران"],
     "target": ["Mohammed bin Salman", "محمد بن سلمان", "ولي ولي العهد", "Saudi Arabia", "السعودية"]}], "claims": [
    {"speaker": ["Ali Khamenei", "خامنئي", "Iran", "إيران"], "cue": cue(t, "يقول", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Tuesday 2015-07-21): Central Park turned into a barracks for Obama's walk with his daughters on
# Saturday (2015-07-18). "اكتظ بعدد كبير من رجال الشرطة الذين انشغلوا في إبعاد السياح" with "عملاء جهاز الأمن الرئاسي
# يحيطون بزائر مميز" and the surveillance helicopters is one security deployment: MOBILIZE police and Secret Service
# with no target (README: a police deployment is MOBILIZE), dated 2015-07-18 ("يوم السبت"); keeping the tourists
# away folds in (decided: crowd control inside the cordon, not a separate COERCE). Not coded: Obama's walk and his
# trip to Manhattan (no host), his 2012 proposal to his own security detail and the Secret Service ruling it out
# (inside his own government: internal; decided), his wish to move freely (an aspiration). Claims of Obama: تحدث (in
# 2012, the loss of privacy: assert), استعاد (in his campaign, recounting a day in Manhattan: assert), "ليقترح على
# أفراد طاقمه الأمني" (a proposal told as speech: other), قال (assert); "قلت لهم" inside his own quote carries the
# same content as قال: no second claim (decided).
i = 'snn-2015-07-21-2250'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "رئيس الولايات المتحدة", "الرئيس الأمريكي", "United States",
         "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "MOBILIZE",
     "source": ["New York police", "رجال الشرطة", "Secret Service", "جهاز الأمن الرئاسي", "عملاء جهاز الأمن الرئاسي"],
     "target": [], "date": "2015-07-18"}], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "تحدث"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "استعاد"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "يقترح"), "stance": "other"},
    {"speaker": OBAMA, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- SaudiNewsNet: thousands of girls queue in London to audition for the Harry Potter spin-off "Fantastic Beasts".
# The queue, the auditions, Warner Bros' search for an actress and Rowling writing the script are entertainment with no
# PLOVER act on a party: no events. Claim: "شخصية يصفونها بأنها «فتاة مسكونة بالأرواح ...»" is the description given by
# Warner Bros and the directing team (the subject of the sentence before; assert).
i = 'snn-2015-07-21-0963'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": ["Warner Bros", "شركة وارنر بروس لصناعة السينما", "وارنر بروس", "طاقم الإخراج"],
     "cue": cue(t, "يصفونها"), "stance": "assert"}]})
# --- SaudiNewsNet (Al-Weeam, Saturday 2015-07-25): Bahrain foils a sea smuggling of explosives and arrests two
# citizens; it recalls its ambassador from Tehran. "السلطات أحبطت محاولة لتهريب متفجرات ... عبر البحر" is the
# interception the last paragraph dates: "خفر السواحل اعترض قاربا في 15 يوليو ... وصادر 44 كيلوجراما" → one COERCE
# Bahraini authorities (coast guard) → the boat, dated 2015-07-15 (decided: the foiling and the interception are one
# act). "اعتقلت مواطنين اثنين مشتبها بهما" is a second COERCE, authorities → the two citizens, undated (the arrest
# has no day). "المحتجزين اعترفا باستلام الشحنة من إيرانيين" is an unnamed suspects' confession naming their
# suppliers: ACCUSE the detainees → the Iranians, no claim (README: an unnamed arrested suspect naming his accomplices
# is ACCUSE but no claim), undated; "تلقى تدريبات في إيران" names no trainer: not coded. "استدعت سفيرها في طهران
# للتشاور" is a diplomatic downgrade: SANCTION Bahrain → Iran (as batches 3 and 61 code cut relations), dated
# 2015-07-25 ("في وقت سابق اليوم السبت"); "بعد ما وصفته بتكرار التصريحات العدائية من جانب مسؤولين إيرانيين" with the
# BNA statement ("تعكس الموقف العدائي لإيران ... وتمثل تدخلا في الشؤون الداخلية") is one ACCUSE Bahrain → Iran, dated
# likewise (the same day's statement). "وعادة ما تتهم البحرين إيران بالسعي وراء عمليات تخريبية" is a standing
# accusation: a second, undated ACCUSE, no claim; "وتنفي إيران أي تدخل في البحرين" a standing denial: REJECT Iran →
# Bahrain, undated, no claim (README: habitual condemnations and denials coded with no claim). Not coded: the Iranian
# officials' hostile statements (condemned statements give no event of their own), "رغم إقرارها بدعم المعارضة"
# (a verbal noun inside a concession; decided: background). Claims: the Interior Ministry's قالت (the foiling and
# arrest: assert), قالت (the confession implicating Iranians: accuse), مضيفة (training in Iran: accuse); Bahrain's
# قالت (the recall: assert) and وصفته (a distinct statement, as batch 29 counts وصفته: accuse); the BNA statement's
# ذكر (the state's statement, the agency its own: accuse); the ministry's last قالت (the interception: assert). The
# closing "رابط الخبر بصحيفة الوئام" is a byline. Aliases: "مسؤولين إيرانيين" is left out of Iran's list, since
# "إيرانيين" names the suppliers.
i = 'snn-2015-07-25-1191'
t = news_text(i)
BAHRAIN = ["Bahrain", "البحرين", "مملكة البحرين", "Bahraini government"]
MOI = ["Bahraini Interior Ministry", "وزارة الداخلية في البحرين", "وزارة الداخلية البحرينية", "وزارة الداخلية",
       "الوزارة"] + BAHRAIN
IRAN = ["Iran", "إيران", "طهران", "Tehran", "Iranian officials"]
DETAINEES = ["two Bahraini suspects", "مواطنين اثنين", "المحتجزين", "مشتبها بهما"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "COERCE", "source": ["Bahraini authorities", "السلطات", "Bahraini coast guard", "خفر السواحل"] + BAHRAIN,
     "target": ["boat", "قاربا", "smugglers"], "date": "2015-07-15"},
    {"code": "COERCE", "source": ["Bahraini authorities", "السلطات"] + MOI, "target": DETAINEES},
    {"code": "ACCUSE", "source": DETAINEES, "target": ["Iranians", "إيرانيين"]},
    {"code": "SANCTION", "source": BAHRAIN, "target": IRAN, "date": "2015-07-25"},
    {"code": "ACCUSE", "source": BAHRAIN, "target": IRAN, "date": "2015-07-25"},
    {"code": "ACCUSE", "source": BAHRAIN, "target": IRAN},
    {"code": "REJECT", "source": IRAN, "target": BAHRAIN}], "claims": [
    {"speaker": MOI, "cue": cue(t, "قالت", 1), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "قالت", 2), "stance": "accuse"},
    {"speaker": MOI, "cue": cue(t, "مضيفة"), "stance": "accuse"},
    {"speaker": BAHRAIN, "cue": cue(t, "قالت", 3), "stance": "assert"},
    {"speaker": BAHRAIN, "cue": cue(t, "وصفته"), "stance": "accuse"},
    {"speaker": BAHRAIN + ["Bahrain News Agency", "وكالة أنباء البحرين"], "cue": cue(t, "ذكر"), "stance": "accuse"},
    {"speaker": MOI, "cue": cue(t, "قالت", 4), "stance": "assert"}]})
# --- SaudiNewsNet: Bahraini prime minister Prince Khalifa bin Salman calls for firm positions and a unified Gulf
# decision. "لدى استقباله عددا من كبار المسؤولين في البحرين" receives his own state's officials: internal, not coded
# (README: a minister's acts towards his own officials are internal). "مشدداً على ضرورة أن تتخذ دول المنطقة قرارا
# موحدا" with "أن دول منطقة الخليج عليها أن تنظر إلى ما هو أبعد" and the quote's "علينا ... أن نكون على موقف ثابت" are
# calls in one address on the same addressee: one REQUEST Khalifa → the Gulf states (decided, README: warnings in one
# speech urging one party are one REQUEST), undated (no day). Not coded: "ضرورة الحفاظ على المكتسبات التنموية" (a
# general exhortation, no addressee: a claim only), "علينا أن ندين جميع التدخلات الخارجية" (a call to condemn
# foreign interference with no party named; decided no ACCUSE, README: complaints that blame no one are claims only),
# the GCC states' services to their peoples (description). Claims: أوضح (assert); شدد، قال، أكد، مشدداً (calls:
# other).
i = 'snn-2015-07-27-0655'
t = news_text(i)
KHALIFA = ["Khalifa bin Salman Al Khalifa", "خليفة بن سلمان آل خليفة", "خليفة بن سلمان", "رئيس الوزراء البحريني",
           "Bahrain", "البحرين"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "REQUEST", "source": KHALIFA,
     "target": ["Gulf states", "GCC states", "دول مجلس التعاون", "دول الخليج", "دول منطقة الخليج", "دول المنطقة",
                "Gulf Cooperation Council"]}], "claims": [
    {"speaker": KHALIFA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": KHALIFA, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": KHALIFA, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": KHALIFA, "cue": cue(t, "أكد"), "stance": "other"},
    {"speaker": KHALIFA, "cue": cue(t, "مشدداً"), "stance": "other"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch157.gold.jsonl', recs)
