"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 84 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Weeam: Yar Menshi, a 20-year-old engineering student, shows 300 paintings at "Jeddah Show" and will not sell
# her portrait of King Salman. No events: visitors wanting to buy a painting, her refusal to sell it and her wish to
# present it to the King (متمنية، "حلمها وأمنيتها ان تقف بين يدي الملك") are no PLOVER acts between political actors;
# her plan to paint the Grand Mosque is her own work. Claims: قالت (the portrait is not for sale: a refusal, deny, as
# the README's "claims announcing a refusal take stance deny"), أكدت (her dream: a statement introduced by a reporting
# verb, assert), لفتت (her plan, told as fact: assert, batch 51), مؤكدة (art is a message: distinct content, assert)
# and the closing link line's ترفض (a headline speech verb in the text, as batches 56, 65 and 67 count the link line;
# deny). The wishes متمنية and the link line's تتمنى are wishes, not statements (batches 21, 69): no claims. "رابط
# الخبر بصحيفة الوئام" names the outlet, no speaker.
i = 'snn-2015-07-23-0969'
t = news_text(i)
MENSHI = ["Yar Menshi", "يار بهجت منشي", "يار منشي", "منشي", "الطالبة يار بهجت منشي", "فنانة تشكيلية"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": MENSHI, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": MENSHI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MENSHI, "cue": cue(t, "لفتت"), "stance": "assert"},
    {"speaker": MENSHI, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": MENSHI, "cue": cue(t, "ترفض"), "stance": "deny"}]})
# --- SaudiNewsNet: a Turkish soldier is killed and another wounded today (Thursday 2015-07-23) in clashes
# with ISIS across the Syrian border. Coded: "رد الجنود الاتراك بعدما أطلقت النيران من الجانب السوري" is a finite
# clause with its doer: ASSAULT Turkish soldiers → ISIS (README: the force returning fire is an ASSAULT; the fire
# came "from an area where militants of the group are"), dated today. The soldier's death "قتل ... في اشتباكات مع
# تنظيم داعش" is passive, the fire on the soldiers passive with no agent ("أطلقت النيران") and the clashes a noun:
# no ISIS → Turkey ASSAULT (README: clashes told only as nouns are not coded; decided). "منطقة أرسلت اليها تركيا
# تعزيزات في الاسابيع الاخيرة" (a relative clause with its doer) and "عزز الجيش التركي بالفعل الاجراءات الامنية على
# طول الحدود خلال الاسابيع الماضية" tell one border build-up of the same weeks: one MOBILIZE with no target (batch 60's
# reinforcements; README: raised security readiness), undated (decided: one instance; the half of the armoured
# vehicles "منتشرة الآن على الجبهة السورية", a state in the second official's claim, folds in). "ولطالما عبر حلفاء
# تركيا في حلف شمال الاطلسي عن القلق بشأن السيطرة على حدودها" is concern about a named party's conduct: ACCUSE NATO
# → Turkey (README: batches 65–68, 77), undated (habitual). Not coded: the Suruc suicide bombing (a noun with no
# doer; "ألقيت المسؤولية فيه على التنظيم" is a passive blame with no agent: no ACCUSE, as the README's passive
# criticism), the Syrian fighting between Kurds, ISIS and Syrian forces (a noun). Claims: the senior Turkish official
# (tied to his state, like GUIDELINES' "مسؤولون أمريكيون") قال ×2 (assert), NATO's allies' عبر (accuse), the other
# government official's أبلغ (to Reuters, the addressee; assert). "قالت تقارير اعلامية محلية" is bare: no claim.
# NATO's list drops "حلفاء تركيا ...", which holds the target Turkey.
i = 'snn-2015-07-23-0013'
t = news_text(i)
TURKEY = ["Turkey", "تركيا", "Turkish government"]
TURKISH_FORCES = ["Turkish soldiers", "الجنود الاتراك", "Turkish army", "الجيش التركي", "Turkey", "تركيا"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "التنظيم", "متطرفون من التنظيم"]
OFFICIAL = ["senior Turkish official", "مسؤول تركي كبير", "مسؤول تركي", "المسؤول", "Turkey", "تركيا"]
NATO = ["NATO", "North Atlantic Treaty Organization", "حلف شمال الاطلسي", "NATO allies"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "ASSAULT", "source": TURKISH_FORCES, "target": ISIS, "date": "2015-07-23"},
    {"code": "MOBILIZE", "source": TURKISH_FORCES, "target": []},
    {"code": "ACCUSE", "source": NATO, "target": TURKEY}], "claims": [
    {"speaker": OFFICIAL, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": OFFICIAL, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": NATO, "cue": cue(t, "عبر", 2), "stance": "accuse"},
    {"speaker": ["Turkish government official", "مسؤول حكومي آخر", "مسؤول حكومي", "Turkey", "تركيا"],
     "cue": cue(t, "أبلغ"), "stance": "assert"}]})
# --- SaudiNewsNet: Kuwaiti National Assembly deputy speaker Mubarak al-Khurainej condemns the terrorist attack on the
# Emergency Forces mosque in Asir. "استنكر ... الحادث الإرهابي" with "معتبرا أن هذا العمل الجبان لا تمارسه إلا يد
# الغدر" condemns an attack whose doer the text does not name ("يد الغدر" is a figure): ACCUSE with no target (README,
# batches 6–7), undated (the statement has no day). His "المملكة العربية السعودية هي عمق إستراتيجي ... ومثل هذه الأعمال
# الارهابية لا تزيدها إلا وحدة" and his confidence that Saudi security will confront such acts praise a named party:
# SUPPORT → Saudi Arabia (GUIDELINES: praise is SUPPORT; batch 77: solidarity with a named party), undated. Not coded:
# the attack itself ("الذي طال الآمنيين" has no actor), the condolences to the King and the Saudi people and the
# prayer for the wounded (GUIDELINES/README: neither events nor claims, so "وأكد: لا يسعني الا أن أتقدم بالعزاء" is no
# claim). Claims: استنكر and معتبرا (accuse), أشار (praise: assert), أضاف (the attack "strikes the Gulf's security"
# and "offends the religion": accuse). The headline's يستنكر is not in the text.
i = 'snn-2015-08-08-0474'
t = news_text(i)
KHURAINEJ = ["Mubarak al-Khurainej", "مبارك الخرينج", "الخرينج", "نائب رئيس مجلس الأمة الكويتي",
             "Kuwaiti National Assembly", "مجلس الأمة", "Kuwait", "الكويت"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "ACCUSE", "source": KHURAINEJ, "target": []},
    {"code": "SUPPORT", "source": KHURAINEJ,
     "target": ["Saudi Arabia", "المملكة العربية السعودية", "السعودية", "Saudi security forces", "الأمن السعودي"]}],
    "claims": [
    {"speaker": KHURAINEJ, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": KHURAINEJ, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": KHURAINEJ, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": KHURAINEJ, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- SaudiNewsNet: the International Conference of Culture Ministers at Expo Milano 2015 condemned, the day before
# yesterday (أمس الأول: 2015-08-02), violence against the world's cultural heritage. Coded: "أدان المؤتمر ... استخدام
# العنف ضد التراث الثقافي العالمي" is a condemnation naming no doer: ACCUSE with no target (README: a condemnation
# with no named doer has no target; decided: a named conference condemning a concrete kind of attack, not the
# generic group of batches 73–76), and its "مطالبا بالالتزام بمبادئ الاحترام والتسامح" a call with no addressee:
# REQUEST with no target (README, batches 33–36); both dated by أمس الأول. The Milan Declaration's calls "داعين
# المجتمع الدولي إلى العمل من أجل حماية ... الثروات الثقافية" and "وجه المشاركون نداء إلى ... (يونسكو)" are two
# REQUESTs with their addressees, undated (the declaration's day is not given; decided: the first sentence's day is
# not carried over). "المؤتمر ... الذي استضافه معرض اكسبو ميلانو 2015" with "اجتماعاتهم التي استمرت على مدى يومين"
# and Franceschini's "استضافة بلاده هذا الحدث" is a hosted meeting: one CONSULT, the participants as source and the
# host (Expo Milano, Italy) as target (GUIDELINES' roles), undated (two days, batches 73–76). "83 وزيراً للثقافة أو
# ممثلين عنهم أقروا وثيقة (إعلان ميلانو) الختامية" is the adoption of a joint document: SUPPORT with the signatories
# as source and no target (GUIDELINES: signing is SUPPORT; batches 13, 34, 51), undated. Not coded: the solidarity
# with "البلدان المتضررة جراء الكوارث الطبيعية" (no named party, CAMEO 018), the looting and trafficking of cultural
# goods (passive, no doer), Franceschini's forecasts of what UNESCO's executive board and the UN General Assembly
# will do (predictions of others' acts). Claims: the conference's أدان (accuse) and مطالبا (other); the participants'
# أعرب (solidarity: assert), داعين and وجه (the light verb of "وجه ... نداء", as the README's "أطلقت … تحذيرا"; other);
# Franceschini's قال, وصفها (a distinct description of the declaration in the same sentence: a second claim, as the
# README's two contents), عبر, أشار and متوقعا (all assert). UNESCO's list drops its long name, which holds الأمم
# المتحدة (the General Assembly is named on its own).
i = 'snn-2015-08-04-1015'
t = news_text(i)
CONFERENCE = ["International Conference of Culture Ministers", "المؤتمر الدولي لوزراء الثقافة", "المؤتمر",
              "conference participants", "المشاركون", "المشاركون في المؤتمر", "culture ministers",
              "83 وزيراً للثقافة", "وزيراً للثقافة"]
FRANCESCHINI = ["Dario Franceschini", "داريو فرانشيسكيني", "فرانشيسكيني", "وزير الثروة الثقافية الإيطالي",
                "Italian Minister of Cultural Heritage", "Italy", "إيطاليا"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ACCUSE", "source": CONFERENCE, "target": [], "date": "2015-08-02"},
    {"code": "REQUEST", "source": CONFERENCE, "target": [], "date": "2015-08-02"},
    {"code": "REQUEST", "source": CONFERENCE, "target": ["international community", "المجتمع الدولي"]},
    {"code": "REQUEST", "source": CONFERENCE, "target": ["UNESCO", "يونسكو", "منظمة يونسكو"]},
    {"code": "CONSULT", "source": CONFERENCE,
     "target": ["Expo Milano 2015", "معرض اكسبو ميلانو 2015", "اكسبو ميلانو", "Italy", "إيطاليا"]},
    {"code": "SUPPORT", "source": CONFERENCE, "target": []}], "claims": [
    {"speaker": CONFERENCE, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": CONFERENCE, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": CONFERENCE, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": CONFERENCE, "cue": cue(t, "داعين"), "stance": "other"},
    {"speaker": CONFERENCE, "cue": cue(t, "وجه"), "stance": "other"},
    {"speaker": FRANCESCHINI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": FRANCESCHINI, "cue": cue(t, "وصفها"), "stance": "assert"},
    {"speaker": FRANCESCHINI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": FRANCESCHINI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": FRANCESCHINI, "cue": cue(t, "متوقعا"), "stance": "assert"}]})
# --- SaudiNewsNet: Jon Stewart leaves The Daily Show tomorrow, to the relief of Trump and the other 2016
# candidates. Coded: his mockery of Trump ("تهكم المذيع الكوميدي ... من شعر ترامب وسخر من تصريحاته", with the July
# quote comparing Trump to a stuffed-crust pizza as one instance of it) is verbal criticism of a named party: one
# ACCUSE Stewart → Trump (README: a coach's verbal abuse is ACCUSE; decided: the summary and its quoted instance are
# one record), undated (July only). Not coded: his leaving the show (no other party), "لم يكن ترامب هو الهدف الوحيد
# لسخرية ستيوارت بل وصل الأمر ... لمرشحين ... مثل جيب بوش وهيلاري كلينتون" (a noun, سخرية, under a copula: nominal),
# Trump's lead in the polls (polls are not coded), the candidates' relief (speculation). Claims: قال in July (accuse),
# أطلق ("Democalypse 2016", a dubbing of the election: a statement introduced by the light verb, accuse), تهكم (one
# claim for "تهكم ... وسخر", one sentence and one mockery; accuse) and قال to the Guardian (assert). The Guardian is the
# addressee.
i = 'snn-2015-08-06-0518'
t = news_text(i)
STEWART = ["Jon Stewart", "جون ستيوارت", "ستيوارت", "المقدم التلفزيوني", "المذيع الكوميدي"]
TRUMP = ["Donald Trump", "دونالد ترامب", "ترامب"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": STEWART, "target": TRUMP}], "claims": [
    {"speaker": STEWART, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": STEWART, "cue": cue(t, "أطلق"), "stance": "accuse"},
    {"speaker": STEWART, "cue": cue(t, "تهكم"), "stance": "accuse"},
    {"speaker": STEWART, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Jawhara FM: Hassen Fathalli, spokesman of the ARP speaker, denies that the Assembly's bureau received requests
# to lift MPs' immunity after the arrest of Chafik Jarraya. "نفى ... الأخبار التي تم ترويجها" denies reports whose
# author is not named: REJECT with no target (README, batch 16's authorless rumours), undated (no day); "قال ... إن
# مكتب المجلس لم يتلق أي طلب من النيابة العمومية" re-tells it (the request itself is negated). Not coded: Jarraya's
# arrest (a noun, background), the MPs' wish to have their own immunity lifted (MPs and their own parliament: internal,
# README batches 73–76; no counterpart named for an offer). Claims: نفى and قال (deny), مضيفا (assert) and, inside it,
# the MPs' own "عبروا ... عن رغبتهم في رفع الحصانة عنهم" (embedded speech of named speakers, README batches 29–30; an
# offer: promise). TAP is the addressee.
i = 'ant-JA-localNews-4308-20170529'
t = news_text(i)
FATHALLI = ["Hassen Fathalli", "حسان الفطحلي", "الفطحلي", "الناطق باسم رئيس مجلس نواب الشعب",
            "Assembly of the Representatives of the People", "مجلس نواب الشعب", "مكتب المجلس"]
recs.append({"id": i, "text": t, "published": "2017-05-29", "events": [
    {"code": "REJECT", "source": FATHALLI, "target": []}], "claims": [
    {"speaker": FATHALLI, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": FATHALLI, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": FATHALLI, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": ["Al-Horra bloc MPs", "كتلة الحرة", "Machrouu Tounes MPs", "مجموعة من النواب",
                 "Leila Chettaoui", "ليلى الشتاوي", "الشتاوي", "Walid Jalled", "وليد جلاد", "جلاد"],
     "cue": cue(t, "عبروا"), "stance": "promise"}]})
# --- Jawhara FM: the General Union of Basic Education, in a statement of today (Tuesday 2016-05-03), calls primary
# teachers not to hold the school councils and refuses work in the summer holiday. Coded, all dated by today's
# statement (decided: the article reports one statement, "في بيان لها اليوم"): "دعت ... مدرسي ومدرسات التعليم
# الابتدائي إلى عدم إنجاز مجلس المؤسسة ورفض انتخاب أي انتخاب للأعضاء" is a call to all primary teachers, beyond the
# union's members: REQUEST union → teachers (as batch 61); the boycott it asks for is the call's content, with no
# separate THREATEN (decided: no strike or protest is announced apart from the call, unlike batch 61's ultimatum);
# "طالبت ... بالاستجابة لجملة من المطالب" names no addressee: REQUEST with no target (README, batches 33–36); "أعلنت
# أيضا رفضها العمل خلال العطلة الصيفية مهما كانت المبررات" refuses the plan the ministry had announced (told in the
# next sentence): REJECT union → Ministry of Education. The protest's stated ground, "احتجاجا على ما اعتبرته مماطلة
# الحكومة ووزارة الإشراف", is the union's accuse claim, not an event (README batches 29–30 and 77–80). Not coded: the
# ministry's opening of schools in the summer for pupils (its own service, internal). Claims: دعت (other), اعتبرته
# (accuse), طالبت (other), the union's أعلنت (a refusal: deny) and the ministry's "كانت ... قد أعلنت" (assert).
i = 'ant-JA-localNews-2235-20160503'
t = news_text(i)
UNION = ["General Union of Basic Education", "النقابة العامة للتعليم الأساسي", "النقابة",
         "basic education union", "نقابة التعليم الأساسي"]
MINISTRY = ["Ministry of Education", "وزارة التربية", "وزارة الإشراف", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-05-03", "events": [
    {"code": "REQUEST", "source": UNION,
     "target": ["primary school teachers", "مدرسي ومدرسات التعليم الابتدائي", "مدرسي", "مدرسات", "teachers"],
     "date": "2016-05-03"},
    {"code": "REQUEST", "source": UNION, "target": [], "date": "2016-05-03"},
    {"code": "REJECT", "source": UNION, "target": MINISTRY, "date": "2016-05-03"}], "claims": [
    {"speaker": UNION, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "اعتبرته"), "stance": "accuse"},
    {"speaker": UNION, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "أعلنت", 1), "stance": "deny"},
    {"speaker": MINISTRY, "cue": cue(t, "أعلنت", 2), "stance": "assert"}]})
# --- Jawhara FM: the anti-narcotics sub-directorate of the judicial police arrested, at the end of last week, four
# Tunisians of an international drug network at Tunis-Carthage airport. "تمكنت الإدارة الفرعية لمكافحة المخدرات ...
# من إيقاف 4 تونسيين" is COERCE (the passive "تم ضبطه" and the seized car fold in), undated ("نهاية الاسبوع الماضي" is
# no day). "تعهدت الإدارة الفرعية المذكورة بمواصلة الأبحاث" is the police taking charge of the investigation of the
# named suspects (Tunisian usage of تعهد, not a pledge): ACCUSE police → the network (README batches 73–76; batch 75's
# "قد تعهدت بالبحث"), undated; the coordination with the prosecution is a noun (بعد التنسيق). The trafficking itself
# (receiving pills in Belgium to sell them) is crime, no PLOVER act against a political actor. No claims: "مصدر أمني"
# is bare (README: a bare military source makes none), so أفاد, أوضح and مضيفا carry no claim.
i = 'ant-JA-localNews-778-20161108'
t = news_text(i)
POLICE = ["anti-narcotics sub-directorate", "الإدارة الفرعية لمكافحة المخدرات", "الإدارة الفرعية",
          "judicial police", "إدارة الشرطة العدلية", "الشرطة العدلية", "Tunisian police", "Tunisia", "تونس"]
NETWORK = ["four Tunisians", "4 تونسيين", "تونسيين", "international drug network", "شبكة مخدرات دولية",
           "الموقوفين", "المتهم"]
recs.append({"id": i, "text": t, "published": "2016-11-08", "events": [
    {"code": "COERCE", "source": POLICE, "target": NETWORK},
    {"code": "ACCUSE", "source": POLICE, "target": NETWORK}], "claims": []})
# --- Jawhara FM: louage (blue-stripe taxi) owners in Sousse, Monastir and Mahdia strike for the second day running.
# Coded: "يواصل أصحاب سيارات الأجرة ... إضرابهم" is PROTEST with no target (README: strikes held), undated (second day
# running, no day named, as batch 23); Dghim's "سيواصلون تحركاتهم الاحتجاجية إلى حين إيجاد حل جذري لمشاكلهم وإعادة
# النظر في القانون عدد 33" announces the protest's continuation until demands are met: THREATEN (CAMEO 133, README), its
# target the regional and local authorities the next sentence blames (as batch 59 targets the authorities its
# statement blames), undated; the demands fold in as its condition (decided). "مستنكرا تجاهل السلط الجهوية والمحلية
# لمطالبهم" criticises a named party: ACCUSE Dghim → the authorities, undated; his "اعتبر ... هذا القانون مؤامرة" in the
# same sentence blames the law, whose author is not named (folded into the one ACCUSE). The protesting drivers'
# "ندّد ... بكثرة المحاضر التي أصبحت تستهدفهم" names no issuer of the fines: a claim but no ACCUSE (README: complaints
# that blame no one). Claims: Dghim's قال (the strike goes on: warn), اعتبر and مستنكرا (accuse); the protesting
# owners' ندّد (the protest's own participants, like the README's protesters' slogans; accuse). Jawhara FM is the
# addressee. Dghim's list drops his union's "بسوسة" form (سوسة is named on its own).
i = 'ant-JA-society-233-20161011'
t = news_text(i)
OWNERS = ["louage taxi owners", "أصحاب سيارات الأجرة ذات الشريط الأزرق", "أصحاب سيارات الأجرة",
          "أصحاب سيارات اللواج", "أصحاب سيارات اللواج المحتجين", "عدد من أصحاب سيارات اللواج المحتجين"]
DGHIM = ["Mouldi Dghim", "المولدي دغم", "دغم", "louage taxi union", "نقابة سيارات الأجرة", "نقابة سيارات الأجرة لواج"]
AUTHORITIES = ["regional and local authorities", "السلط الجهوية والمحلية", "السلط الجهوية", "Tunisian authorities"]
recs.append({"id": i, "text": t, "published": "2016-10-11", "events": [
    {"code": "PROTEST", "source": OWNERS, "target": []},
    {"code": "THREATEN", "source": DGHIM + OWNERS, "target": AUTHORITIES},
    {"code": "ACCUSE", "source": DGHIM, "target": AUTHORITIES}], "claims": [
    {"speaker": DGHIM, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": DGHIM, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": DGHIM, "cue": cue(t, "مستنكرا"), "stance": "accuse"},
    {"speaker": OWNERS, "cue": cue(t, "ندّد"), "stance": "accuse"}]})
# --- Jawhara FM: ISIS today (Sunday 2016-06-12) launches three suicide car bombings on gatherings of Government of
# National Accord forces south-east and west of Sirte. Coded: "شن تنظيم داعش ... 3 هجمات انتحارية بسيارات مفخخة، استهدفت
# تجمعات لقوات حكومة الوفاق" is one ASSAULT ISIS → GNA forces (three bombings of one attacker in one city on one day,
# one clause, as README batches 53–56's twin bombings; Eissa's "وقعت 3 تفجيرات ... يقودها انتحاريون من تنظيم داعش
# استهدفت قواتنا" re-tells it), dated today. "قامت بتسيير دوريات أمنية السبت في سرت" is a show of force with its doer:
# MOBILIZE GNA forces with no target (CAMEO 150), dated Saturday 2016-06-11. "أعلنت السبت، أنها سيطرت بالكامل على ميناء
# سرت وأحياء سكنية ... بعد اشتباكات مع تنظيم داعش" (with the background noun "بعد سيطرتها على ميناء" and the relative
# "المناطق التي انتزعتها من التنظيم" re-telling it) is a seizure of territory from ISIS: COERCE (CAMEO 192, GUIDELINES;
# batch 60), undated (the Saturday dates the announcement, not the taking; the 11 fighters killed in the clashes are
# passive). "بدأت بملاحقة عناصر داعش الارهابي وتمشيط المناطق" is a finite verb with its doer: ASSAULT GNA forces → ISIS
# (military pursuit of its fighters), undated, with the sweeps folded in (decided: one clause, one operation; "وطالت
# عمليات التمشيط" is a noun re-telling it). Not coded: the wounded (consequence), the destruction and the bodies in the
# streets (no doer). Claims: "وفقا للعضو في المركز الإعلامي ... رضا عيسى" is its sentence's only attribution (README:
# the phrase is the cue), Eissa's قال and مضيفاً (all assert), the GNA forces' "كانت أعلنت السبت" (assert); "يذكر أن" is
# the narrator. Eissa's list drops the media centre's full name, which holds سرت.
i = 'ant-JA-internationalNews-946-20160612'
t = news_text(i)
GNA = ["Government of National Accord forces", "قوات حكومة الوفاق الوطني الليبية", "قوات حكومة الوفاق الليبية",
       "قوات حكومة الوفاق", "حكومة الوفاق الوطني", "حكومة الوفاق", "GNA", "Libyan government forces", "Libya"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "تنظيم داعش الارهابي", "التنظيم", "عناصر داعش",
        "انتحاريون من تنظيم داعش"]
EISSA = ["Rida Eissa", "رضا عيسى", "عيسى", "Sirte operation media centre", "المركز الإعلامي"] + GNA
recs.append({"id": i, "text": t, "published": "2016-06-12", "events": [
    {"code": "ASSAULT", "source": ISIS, "target": GNA, "date": "2016-06-12"},
    {"code": "MOBILIZE", "source": GNA, "target": [], "date": "2016-06-11"},
    {"code": "COERCE", "source": GNA, "target": ISIS},
    {"code": "ASSAULT", "source": GNA, "target": ISIS}], "claims": [
    {"speaker": EISSA, "cue": cue(t, "وفقا"), "stance": "assert"},
    {"speaker": EISSA, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": EISSA, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": GNA, "cue": cue(t, "أعلنت"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch84.gold.jsonl', recs)
