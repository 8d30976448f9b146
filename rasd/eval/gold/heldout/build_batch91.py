"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 91 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (reader's complaint): a Damad citizen, Mohammed Hadi Riyani, fears sagging power lines over his
# house. The lead's "أبدى ... تخوفه ... في ظل تجاهل شركة الكهرباء ... لهذه الخطورة وتجاهلها لشكواه" blames the
# company that ignored him: ACCUSE Riyani → the company (batch 30's residents' شكا), undated; "تقدم بشكوى لشركة
# الكهرباء بجازان قبل أربع سنوات" is the separate, historical formal complaint (CAMEO 114; batches 30–31 keep a
# complaint filed years before apart): a second ACCUSE of the company, undated. "بلدية ضمد عملت لشركة الكهرباء رسما
# كروكيا والموافقة بنقل الخطوط" is one public body drawing a plan and a permit for another party: COOPERATE
# municipality → company (decided: administrative cooperation, as batch 49's "بالتنسيق مع" and a regulator working
# with a newspaper), undated ("منذ سنتين"). "طالب الرياني الجهات المعنية بالنظر في وضعه ... ومساءلة المتسببين" is
# REQUEST to the authorities concerned (batch 61), undated. Not coded: the approval to remove the poles (صدرت
# الموافقة, passive with no doer), the company's own planting of poles (its own works, as batch 61 leaves a
# contractor's road works), every "لم يتم" (negated passives). The "مستغلين عدم تواجده" (the pole-setters exploiting
# his absence) belongs to his complaint. Claims: أبدى (fear with blame: accuse), قال (his complaint and its history:
# assert), مشيرا (the deed predates the poles, set up while he was away: accuse), يضيف ("a time bomb we expect to
# explode": warn), أشار (the municipality's plan and the undone transfer: assert), طالب (other; the second
# occurrence, the first being inside ومطالباته). Aliases holding جازان or ضمد (named on their own) are left out.
i = 'snn-2015-08-11-1384'
t = news_text(i)
RIYANI = ["Mohammed Hadi Riyani", "محمد هادي رياني", "رياني", "الرياني", "المواطن", "citizen"]
ELEC = ["Saudi Electricity Company", "electricity company", "شركة الكهرباء", "الكهرباء"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "ACCUSE", "source": RIYANI, "target": ELEC},
    {"code": "ACCUSE", "source": RIYANI, "target": ELEC},
    {"code": "COOPERATE", "source": ["Damad municipality", "بلدية"], "target": ELEC},
    {"code": "REQUEST", "source": RIYANI, "target": ["authorities concerned", "الجهات المعنية"]}], "claims": [
    {"speaker": RIYANI, "cue": cue(t, "أبدى"), "stance": "accuse"},
    {"speaker": RIYANI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": RIYANI, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": RIYANI, "cue": cue(t, "يضيف"), "stance": "warn"},
    {"speaker": RIYANI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": RIYANI, "cue": cue(t, "طالب", 2), "stance": "other"}]})
# --- SaudiNewsNet: Al-Baha's deputy emir, Hamed al-Shammari, receives the "Ambassadors of Decisiveness" team (its
# supervisor and three soldiers' sons) in his office. A hosted visit is one CONSULT, the visitors as source and the
# host as target (GUIDELINES; batches 85–88: troupes visiting hosts), undated (no day in the text); the team's
# briefing (استمع ... إلى شرح) and his welcome are the meeting itself. The education director attends (بحضور): not
# added to the host (batch 45). Not coded: the team's programme of visits to the seasonal clubs (nouns, للقيام
# بزيارات), the ministry's initiative (يعد ... مبادرة: the narrator's description), the families' standing with the
# leadership (a noun inside the briefing). Claims: none; "رحب ... بالوفد، متمنيا لهم طيب الإقامة" is a welcome and a
# wish (batches 22, 81), and "يعد" here means "is considered". Al-Shammari keeps batch 39's list (no alias holds
# الباحة); the team's leaves out its supervisor's office (it holds سراة عبيد).
i = 'snn-2015-07-31-2074'
t = news_text(i)
SHAMMARI = ["Hamed bin Maleh al-Shammari", "حامد بن مالح الشمري", "الشمري", "deputy emir", "وكيل إمارة",
            "Saudi Arabia"]
TEAM = ["Ambassadors of Decisiveness team", "سفراء الحزم", "فريق سفراء الحزم", "الفريق", "الوفد",
        "Musfer Jaber Al Hashel", "مسفر جابر آل هاشل", "آل هاشل", "ثلاثة طلاب"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": TEAM, "target": SHAMMARI}], "claims": []})
# --- Sabq (Abha): Sheikh Mohammed al-Qahtani, preacher and member of the Khamis Mushait criminal court's
# reconciliation committee, condemns the bombing of the Asir emergency forces' mosque "ظهر اليوم". His condolences to
# the King, the crown princes and the families and his closing prayer (دعا المولى) are neither events nor claims
# (README). "وأضاف أن هذه الأفعال الإجرامية مستنكرة ... وقد تمادى هؤلاء في سفك الدماء" and the second أضاف ("تعاظم
# فحش أفعال هذه الفئة الضالة") are one statement's condemnation: one ACCUSE, its target the doer the text names,
# "هذه الفئة الضالة" / "هؤلاء" (batches 42, 54, 58), dated 2015-08-06 (decided: the bombing was at noon today and the
# same day's report carries his reaction to it, so the text fixes the day of his words; batches 42 and 58 had no such
# anchor). Not coded: the bombing ("الذين طالتهم يد الغدر والإرهاب": a figure, batch 64), and "بدلوا فيها أصوات
# التكبير بأصوات التفجير", a generic characterisation of the group's deeds in mosques (batches 42 and 58: no ASSAULT).
# The Quran verse is scripture inside his words. Claims: the two أضاف (accuse). His title holds خميس مشيط and
# the mosque's name عسير: left out.
i = 'snn-2015-08-06-3202'
t = news_text(i)
QAHTANI = ["Mohammed bin Ali bin Hassan al-Qahtani", "محمد بن علي بن حصان القحطاني", "القحطاني",
           "الشيخ محمد بن علي بن حصان القحطاني"]
DEVIANT = ["deviant group", "الفئة الضالة", "هذه الفئة الضالة", "هؤلاء", "perpetrators"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ACCUSE", "source": QAHTANI, "target": DEVIANT, "date": "2015-08-06"}], "claims": [
    {"speaker": QAHTANI, "cue": cue(t, "أضاف", 1), "stance": "accuse"},
    {"speaker": QAHTANI, "cue": cue(t, "أضاف", 2), "stance": "accuse"}]})
# --- SaudiNewsNet: the information unit of Mecca's local municipal-election committee starts training the
# Municipality's technical team to enter the election forms. The training, the general committee's trainers and the
# mayor's support all sit inside one election administration (the mayor chairs the local committee): internal, no
# COOPERATE (batches 31 and 77–80: work inside one administration; a subordinate's praise of his chief, batch 39).
# The elections themselves are no PLOVER event. Claims: the technical team head's أوضح (the programme), مؤكداً (the
# team's readiness) and مشيداً (praise of the mayor's support), all assert.
i = 'snn-2015-08-06-1016'
t = news_text(i)
HIKMA = ["Ahmed Hikmatullah", "أحمد حكمة الله", "حكمة الله", "head of the technical team", "رئيس الفريق التقني",
         "الفريق التقني"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": HIKMA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": HIKMA, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": HIKMA, "cue": cue(t, "مشيداً"), "stance": "assert"}]})
# --- Sabq (after Sky News Arabia): a Houthi leader disguised as a bride is caught in Taiz. Sky News Arabia's report
# "نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء الاثنين على قيادي حوثي" is an arrest with its doer:
# COERCE Popular Resistance → the Houthi leader, dated Monday 2015-07-20 (publication Tuesday 2015-07-21); the
# mocking headline the sites ran ("المقاومة بتعز تلقي القبض على قيادي حوثي") re-tells the same arrest. Not coded:
# "تم القبض على عددٍ من هؤلاء" (passive, no doer), the flight from battle (هروب، حاول الهرب: no party acted on),
# the sites' sarcastic headlines (decided: news sites as a bare group framing a story, no ACCUSE), "بث موقع بوابة
# الأهرام ... هذه الصورة" (publishing a photo states nothing), the Houthis' losses (a passive, no doer). Claims: Sky
# News Arabia's "وحسب موقع" (its sentence's only attribution: the photos stirred comment) and "قال موقع" (assert).
# The news sites (انتشرت ... أنباء ... مشيرة، تحدثت المواقع), "أشارت الأنباء"/"وأشارت" (the feminine verb takes
# الأنباء, not the masculine موقع) and "وسائل الإعلام اليمنية المعارضة للحوثيين" (أوضحت، مشيرة) are bare sources
# (GUIDELINES: تقارير إعلامية): no claims. No alias holds تعز.
i = 'snn-2015-07-21-2960'
t = news_text(i)
SKY = ["Sky News Arabia", "سكاي نيوز عربية", "موقع سكاي نيوز عربية", "سكاي نيوز"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "COERCE",
     "source": ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "نقطة تفتيش تابعة للمقاومة الشعبية",
                "resistance checkpoint"],
     "target": ["Houthi leader", "قيادي حوثي", "القيادي الحوثي", "Houthis", "الحوثيين", "المتمردين الحوثيين"],
     "date": "2015-07-20"}], "claims": [
    {"speaker": SKY, "cue": cue(t, "حسب"), "stance": "assert"},
    {"speaker": SKY, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Jawhara FM: the Gafsa judicial police arrested yesterday (Friday 2017-06-09) a baccalaureate candidate who
# leaked the exam on Facebook. "ألقت فرقة الشرطة العدلية ... أمس الجمعة القبض على أحد التلاميذ" is COERCE, dated.
# "تمّت مداهمة منزله وإيقافه" (the man who corrected and sold the exams) is a passive raid and arrest told by the
# security source: the police's COERCE (README: passive arrests reported by the police), a second instance (another
# man, another act), undated. The handling of the case — "بالتحرّي مع التلميذ", "قامت الشرطة العدلية بمعاينة كيفية
# تسريبه" and the passive referral of the remaining parties to the prosecution — is one ACCUSE of the police against
# the pupil, the man and the two girls (batches 73–76: police handling a case is one ACCUSE of the culprits),
# undated. The leak and the sale of exams are cheating, no PLOVER event; the pupil's confession is an unnamed
# suspect's (no claim, batches 81–84). Claims: none; "مصدر أمني" is a bare source (README: a bare مصدر عسكري makes no
# claim), so its قال and أشار are none, and "حسب قوله" repeats its sentence's speaker. No alias holds قفصة or تونس
# (the latter inside the agency's name).
i = 'ant-JA-society-1023-20170610'
t = news_text(i)
POLICE = ["Gafsa judicial police", "فرقة الشرطة العدلية", "الشرطة العدلية", "judicial police", "Tunisia"]
PUPIL = ["pupil", "baccalaureate candidate", "أحد التلاميذ", "التلميذ"]
SELLER = ["exam seller", "أحد الأشخاص", "أحد الأشخاص في المنطقة"]
recs.append({"id": i, "text": t, "published": "2017-06-10", "events": [
    {"code": "COERCE", "source": POLICE, "target": PUPIL, "date": "2017-06-09"},
    {"code": "COERCE", "source": POLICE, "target": SELLER},
    {"code": "ACCUSE", "source": POLICE,
     "target": PUPIL + SELLER + ["two girls", "فتاتين", "بقية الأطراف"]}], "claims": []})
# --- Jawhara FM (international): a landslide at Addis Ababa's Repi rubbish dump kills at least 48. A landslide has
# no actor; the relocation of residents (تم نقل الناس) is passive with no doer and humanitarian: no events. Claims:
# the city spokesman Amare Mekonnen's قال (today, Monday), ذكر and the second قال (all assert). His list leaves out
# forms holding أديس أبابا; as a state official he lists Ethiopia.
i = 'ant-JA-internationalNews-506-20170313'
t = news_text(i)
MEKONNEN = ["Amare Mekonnen", "عمار مكونين", "مكونين", "city spokesman",
            "المتحدث باسم سلطات العاصمة الإثيوبية", "المتحدث", "Ethiopia"]
recs.append({"id": i, "text": t, "published": "2017-03-13", "events": [], "claims": [
    {"speaker": MEKONNEN, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MEKONNEN, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MEKONNEN, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Jawhara FM: Education Minister Neji Jalloul, touring schools in Monastir today (Saturday 2015-05-02), expects a
# deal with the union that cancels the teachers' strike of 12–13 May. Not coded: the inspection tour of his own
# schools (internal, batch 31), the planned strike (a noun, "إضراب المعلمين المزمع تنفيذه", with no named union as
# its subject), the ongoing negotiations (a noun in his words, "المفاوضات متواصلة"), the expected agreement (a
# forecast, "مرجّحا التوصّل إلى اتفاق": no AGREE), and his call to revise school hours and curricula (decided: a
# minister urging reforms his own ministry carries out names no other party, so a claim but no REQUEST). Claims:
# علّق (batch 1 counts it), قال (the strike is a constitutional right), مرجّحا (forecast), أضاف, the second قال
# (the school's problems), all assert; داعيا (other). "التي وصفها بالمعقدة" is inside the second قال's sentence.
i = 'ant-JA-localNews-2326-20150502'
t = news_text(i)
JALLOUL = ["Neji Jalloul", "ناجي جلول", "جلول", "وزير التربية", "Minister of Education", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2015-05-02", "events": [], "claims": [
    {"speaker": JALLOUL, "cue": cue(t, "علّق"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "مرجّحا"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": JALLOUL, "cue": cue(t, "داعيا"), "stance": "other"}]})
# --- Jawhara FM: Al Massar calls on the President to convene the Carthage Document signatories urgently. Its
# criticism of the latest cabinet reshuffle (اعتبر ... جاء في أجواء متوترة؛ أوضح ... تم بأسلوب غير مقبول وفي غياب
# تقييم موضوعي للعمل الحكومي) is one statement's criticism of the government whose reshuffle it is: one ACCUSE of the
# government of national unity (decided: the reshuffle is passive, but the text names the reshuffled government and
# its work, and a reshuffle is the government's own act), undated (the statement has no day). "من الضروري أن يبادر
# رئيس الجمهورية بدعوة جميع الأطراف ... إلى اجتماع عاجل" is a call on the President: REQUEST, undated. Not coded: the
# signing of the Carthage Document and the government formed on it (participles and passives, background). Claims:
# اعتبر and أوضح (accuse), أضاف (other). The headline's يدعو is not in the text.
i = 'ant-JA-politic-169-20170227'
t = news_text(i)
MASSAR = ["Al Massar", "Democratic and Social Path", "حزب المسار الديمقراطي الاجتماعي", "المسار", "الحزب"]
recs.append({"id": i, "text": t, "published": "2017-02-27", "events": [
    {"code": "ACCUSE", "source": MASSAR,
     "target": ["Government of National Unity", "حكومة الوحدة الوطنية", "Tunisian government", "Youssef Chahed",
                "Tunisia"]},
    {"code": "REQUEST", "source": MASSAR,
     "target": ["President of the Republic", "رئيس الجمهورية", "Beji Caid Essebsi", "Tunisia"]}], "claims": [
    {"speaker": MASSAR, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": MASSAR, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": MASSAR, "cue": cue(t, "أضاف"), "stance": "other"}]})
# --- Jawhara FM (after AFP): ISIS has over 2,000 fighters in Sirte, preparing attacks abroad. "مدينة سرت الليبية التي
# يسيطر عليها تنظيم داعش ... منذ قرابة السنة" is an occupation named in a relative clause with its doer: COERCE
# (README: ISIS occupying territory; batches 77–80), with "تمكن تنظيم داعش دخول مدينة سرت ... في فيفري 2015 قبل ان
# يفرض سيطرته التامة عليها في جوان الماضي" re-telling the same seizure (decided: one occupation), undated (months
# only). "اثر معارك خاضها مع قوات فجر ليبيا" is a relative clause with its doer: ASSAULT ISIS → Libya Dawn (the
# verb's subject is ISIS alone, so directed, not reciprocal), undated. Not coded: the foreign fighters' arrival and
# training and the attacks they prepare (no act on a named party), "الموالية لحكومة طرابلس" and "غير المعترف بها"
# (an adjective and a negation), the safe haven and the leadership's "investment" in Libya. Claims: the army General
# Command spokesman al-Hijazi's يؤكد and the ECFR expert Toaldo's يقول and يضيف (all assert). "بحسب ما يظهره فيديو"
# has no speaker, "بحسب تقارير دولية" is bare, "بحسب تقرير لفرانس براس" the conduit of Toaldo's words (README) and
# "لفرانس برس" the addressee: no claims. Libya Dawn keeps its English names only, since every Arabic form holds
# ليبيا, named on its own (batch 68's Fatah Halab).
i = 'ant-JA-internationalNews-1234-20151208'
t = news_text(i)
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش", "تنظيم داعش الارهابي", "التنظيم"]
HIJAZI = ["Mohamed Hijazi", "محمد الحجازي", "الحجازي", "Libyan army General Command spokesman",
          "القيادة العامة للجيش الليبي", "Libyan National Army", "Libya"]
TOALDO = ["Mattia Toaldo", "ماتييا توالدو", "توالدو", "European Council on Foreign Relations",
          "المجلس الاوروبي للعلاقات الخارجية", "معهد المجلس الاوروبي للعلاقات الخارجية"]
recs.append({"id": i, "text": t, "published": "2015-12-08", "events": [
    {"code": "COERCE", "source": ISIS, "target": ["Sirte", "سرت", "مدينة سرت"]},
    {"code": "ASSAULT", "source": ISIS, "target": ["Libya Dawn", "Fajr Libya"]}], "claims": [
    {"speaker": HIJAZI, "cue": cue(t, "يؤكد"), "stance": "assert"},
    {"speaker": TOALDO, "cue": cue(t, "يقول"), "stance": "assert"},
    {"speaker": TOALDO, "cue": cue(t, "يضيف"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch91.gold.jsonl', recs)
