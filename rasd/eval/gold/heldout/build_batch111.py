"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 111 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: UAE Foreign Minister Abdullah bin Zayed condemns the terrorist attack on the Special Emergency
# Forces mosque in Asir. "أدان ... الجريمة الإرهابية البشعة، التي استهدفت منسوبي قوات الطوارئ" and his quoted "إن هذه
# الجريمة الوحشية النكراء تعكس الوجه القبيح لتلك الجماعات الإرهابية المتطرفة" are one condemnation whose doer the
# text names as "those extremist terrorist groups": one ACCUSE → them (README: a condemnation targets the doer the
# text names; batch 39 targets "الجماعات المتطرفة" in a condemnation of the same bombing). The attack itself has no
# doer (its relative clause's subject is the crime): not coded (batch 77). "أكد ... تضامن دولة الإمارات ... مع
# السعودية" and "مشددًا أن دولة الإمارات تقف مع القيادة السعودية" are one declaration of solidarity with a named
# party: SUPPORT UAE → Saudi Arabia (README: renewed solidarity is SUPPORT). "شدد على ضرورة تضافر جهود المجتمع
# الدولي" is a call on a named addressee: REQUEST → the international community (batches 7 and 29). All three come from
# one statement placed "أمس" (decided: the lead's أدان is the same statement), so all are dated 2015-08-06. Not coded
# and no claims: the condolences (أعرب عن تعازي) and the prayer (داعيا الله), README; Saudi Arabia's own measures
# against terrorism (ما تتخذه, generic, in a relative clause of the SUPPORT). Claims: أدان (accuse), أكد (solidarity:
# assert), مشددًا (assert), قال (accuse), مؤكدا ("these crimes will only strengthen our resolve": assert, as batch 39
# takes the same words), شدد (a call: other). The first "قال" of the text is inside "وقالبا". Aliases holding عسير are
# left out; the emergency forces are in no event.
i = 'snn-2015-08-07-0141'
t = news_text(i)
ABZ = ["Abdullah bin Zayed Al Nahyan", "عبد الله بن زايد آل نهيان", "عبد الله بن زايد", "وزير الخارجية الإماراتي",
       "United Arab Emirates", "دولة الإمارات", "الإمارات"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": ABZ,
     "target": ["terrorist groups", "الجماعات الإرهابية المتطرفة", "تلك الجماعات الإرهابية المتطرفة",
                "الجماعات الإرهابية"], "date": "2015-08-06"},
    {"code": "SUPPORT", "source": ABZ,
     "target": ["Saudi Arabia", "السعودية", "القيادة السعودية", "المملكة", "Saudi leadership"], "date": "2015-08-06"},
    {"code": "REQUEST", "source": ABZ, "target": ["international community", "المجتمع الدولي"],
     "date": "2015-08-06"}], "claims": [
    {"speaker": ABZ, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": ABZ, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ABZ, "cue": cue(t, "مشددًا"), "stance": "assert"},
    {"speaker": ABZ, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": ABZ, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": ABZ, "cue": cue(t, "شدد", 2), "stance": "other"}]})
# --- SaudiNewsNet: Abu Dhabi's Court of Cassation upholds the conviction of a Gulf prisoner who threatened a prison
# officer with death in a letter after the officer would not let him smoke, adding a year to his sentence.
# "أيدت محكمة النقض ... حكماً قضائياً بإدانة سجين" with "أقرت المحكمة بحق المتهم عقوبة إضافة سنة" (and the closing
# "حيث أيدت محكمة النقض الحكم", a re-telling) is a court's penalty on a defendant: SANCTION Cassation → prisoner
# (README: a judge's finding of guilt; batch 87's penalty), undated. The case details: "ضابط سجن رفض السماح للسجين
# بالتدخين" is a refusal with its doer: REJECT officer → prisoner (decided: refusing permission the prisoner wanted;
# the lead's "رفض الضابط" is a masdar re-telling it); "فإذا بالمتهم يرسل للضابط رسالة خطية تضمنت ... تهديدات بالقتل"
# is THREATEN prisoner → officer; "دفع الضابط لتسجيل شكوى ضد السجين" is a complaint: ACCUSE officer → prisoner
# (README: a lawsuit or complaint filed is ACCUSE). "أنكر أمام المحكمة القضائية أن الرسالة تمت له بصلة" denies the
# charge: REJECT prisoner → the officer whose complaint made it and the prosecution that brought it (one target list,
# decided; README: a denial of charges targets who made them, a not-guilty plea REJECT). "كانت المحكمة الابتدائية أيدت
# حبس المتهم ٣ سنوات إضافية" is a second penalty by another court: SANCTION first-instance court → prisoner; "استأنف
# على الحكم" is an appeal: REJECT prisoner → that court (batch 18: an appeal in cassation is REJECT of the ruling).
# All undated (no day in the text). Not coded: the reduction to one year (لتصل مدة عقوبته, no court named), the
# examination ("بعد عرض السجين على الجهات المختصة تبين", passive finding). Claims: the prisoner's confession (اعترف:
# assert; an identifiable defendant, README), his denial (أنكر: deny) and his plea of mental illness (مدعياً, a second
# content: assert). "التي ذكرتها مواقع إخبارية إماراتية" is a bare source: no claim.
i = 'snn-2015-08-04-0740'
t = news_text(i)
PRISONER = ["Gulf prisoner", "سجين خليجي", "السجين", "المتهم", "the accused"]
OFFICER = ["prison officer", "ضابط سجن", "الضابط"]
CASSATION = ["Abu Dhabi Court of Cassation", "محكمة النقض", "Court of Cassation", "United Arab Emirates"]
FIRST_COURT = ["Court of First Instance", "المحكمة الابتدائية"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "SANCTION", "source": CASSATION, "target": PRISONER},
    {"code": "REJECT", "source": OFFICER, "target": PRISONER},
    {"code": "THREATEN", "source": PRISONER, "target": OFFICER},
    {"code": "ACCUSE", "source": OFFICER, "target": PRISONER},
    {"code": "REJECT", "source": PRISONER, "target": OFFICER + ["Public Prosecution", "النيابة العامة"]},
    {"code": "SANCTION", "source": FIRST_COURT, "target": PRISONER},
    {"code": "REJECT", "source": PRISONER, "target": FIRST_COURT}], "claims": [
    {"speaker": PRISONER, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": PRISONER, "cue": cue(t, "أنكر"), "stance": "deny"},
    {"speaker": PRISONER, "cue": cue(t, "مدعياً"), "stance": "assert"}]})
# --- SaudiNewsNet: in Al-Qunfudhah, residents fear the Al-Khalidiya lake will be polluted for want of sewerage. The
# municipality's own works (تواصل ... أعمالها التطويرية، انتهت ... من تركيب مضخات) are its own projects: no events;
# the sewage trucks emptying their loads (قيام بعض وايتات الصرف الصحي بتفريغ حمولتها) is a masdar with no named doer.
# "يأملون أن تعجل وزارة المياه بتنفيذ مشروع الصرف الصحي" is residents hoping a named body solves their problem: REQUEST
# residents → Ministry of Water (README, batch 90), undated; "يأملون" itself is a wish, not a cue (batch 21; batch 90
# gives the appeal no cue of its own). Their fears blame no party: claims, no ACCUSE (README). The company taking over
# the sewage-pumping project (استلام شركة جديدة) is a masdar: not coded. Claims: the four named residents' أبدى (their
# fears: warn, as batch 88 takes "أعرب عن مخاوفه"), مشيرين (assert), أكدوا (assert); the council head Bamahdi's بين
# (assert); "مصدر بفرع المياه بالمحافظة" is tied to a named government branch (decided: like GUIDELINES' "مصدر عسكري
# أردني", it speaks): أشار (assert). "يخشى الأهالي" is a bare group's fear: no claim (README, batches 45–48). Aliases
# holding القنفذة or الخالدية (places named on their own) are left out.
i = 'snn-2015-07-26-0971'
t = news_text(i)
RESIDENTS = ["Al-Khalidiya residents", "Abdulrahman al-Zailaie", "عبدالرحمن الزيلعي", "الزيلعي", "Ali al-Faqih",
             "علي الفقيه", "الفقيه", "Zain al-Sayed", "زين السيد", "Mohammed Halwani", "محمد حلواني", "حلواني",
             "الأهالي", "residents"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "REQUEST", "source": RESIDENTS,
     "target": ["Ministry of Water", "وزارة المياه", "Ministry of Water and Electricity"]}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "أبدى"), "stance": "warn"},
    {"speaker": RESIDENTS, "cue": cue(t, "مشيرين"), "stance": "assert"},
    {"speaker": RESIDENTS, "cue": cue(t, "أكدوا"), "stance": "assert"},
    {"speaker": ["Mohammed Bamahdi", "محمد بامهدي", "بامهدي", "رئيس المجلس البلدي", "municipal council"],
     "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": ["Water branch source", "مصدر بفرع المياه", "فرع المياه", "water directorate"],
     "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Al-Weam: the director of Benghazi's sea port, Col. Abdullah al-Saiti, is killed in the clashes in al-Laithi.
# His death (قتل ... جراء الاشتباكات) has no doer, and the clashes, the casualties and the assassinations of officers,
# journalists and activists (تعرض ... للاغتيال) are nouns with no named doer: no events. The Interior Ministry's
# mourning (نعت) is neither event nor claim (README: obituaries and mourning), but the statement it carries on with is:
# قائلة (his sacrifice on duty: assert) and مضيفة (this will not deter the police: assert, as batch 39). "ولم يذكر
# البيان" is negated; the credit line (رابط الخبر بصحيفة الوئام) is a byline.
i = 'snn-2015-07-21-1625'
t = news_text(i)
LIBYA_MOI = ["Libyan Ministry of Interior", "وزارة الداخلية الليبية", "وزارة الداخلية", "Libya"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": LIBYA_MOI, "cue": cue(t, "قائلة"), "stance": "assert"},
    {"speaker": LIBYA_MOI, "cue": cue(t, "مضيفة"), "stance": "assert"}]})
# --- SPA via SaudiNewsNet: Foreign Minister Adel al-Jubeir holds talks yesterday (2015-08-07) in Rome with his
# Italian counterpart Paolo Gentiloni. "أجرى ... مباحثات أمس مع ... باولو جينتيلوني في العاصمة الإيطالية روما" is a
# visit's talks: one CONSULT, the visitor (Jubeir, in Rome) as source and the host as target, dated; "جرى بحث" and
# "تم بحث" (passive) re-tell the talks' agenda. "نسعى لتطوير وتعزيز هذه العلاقات" and "خلال الأشهر القادمة ننتظر
# مزيدًا من الزيارات بين مسؤولين رفيعي المستوى بين البلدين" are one stated intent to deepen ties with Italy through
# more visits: AGREE Jubeir → Italy (batch 59's "حريصون على تعزيز هذه العلاقة وتطويرها من خلال الزيارات"; decided: one
# AGREE, not a second one for the visits, which have no named parties or day), undated (his statement has no day).
# Not coded: "كان هناك تطابق في الآراء" (decided: an existential of shared views, not an agreement to act); the
# Palestinian, Lebanese, Syrian, Iraqi, Iranian and Yemeni files (topics). Claims: قال (the talks were fruitful:
# assert), مشيرًا (the relations' history and the wish to deepen them: assert), أفاد، أضاف، أوضح (assert). "لوكالة
# الأنباء السعودية" is the outlet he spoke to. Jubeir keeps no bare "وزير الخارجية", which is inside "وزير الخارجية
# الإيطالي" (Gentiloni).
i = 'snn-2015-08-08-0758'
t = news_text(i)
JUBEIR = ["Adel al-Jubeir", "عادل بن أحمد الجبير", "الجبير", "Saudi Arabia", "السعودية", "المملكة"]
GENTILONI = ["Paolo Gentiloni", "باولو جينتيلوني", "جينتيلوني", "وزير الخارجية الإيطالي", "Italy", "إيطاليا",
             "روما", "Rome"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "CONSULT", "source": JUBEIR, "target": GENTILONI, "date": "2015-08-07"},
    {"code": "AGREE", "source": JUBEIR, "target": GENTILONI}], "claims": [
    {"speaker": JUBEIR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JUBEIR, "cue": cue(t, "مشيرًا"), "stance": "assert"},
    {"speaker": JUBEIR, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": JUBEIR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": JUBEIR, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Jawhara FM: Nabeul: the National Guard's central anti-narcotics brigade arrests a man and a young woman in
# Hammamet yesterday, Saturday 25 March 2017, and seizes ecstasy and MDMA. "تمكنت الفرقة المركزية ... من القاء القبض
# على شخص وفتاة" is COERCE, dated 2017-03-25; the raid on their homes and the seizure (passive, حجزت لديهما) are folded
# in. "عملية سابقة يوم 11 مارس 2017 مكنت من الكشف عن شبكة ... والقبض على 5 من أفرادها" is an earlier operation of the
# same force (the text calls the new arrest its follow-up) with its arrests told in the lead's clause: a second COERCE
# → the five, dated 2017-03-11 (decided: the operation stands for the unit, as README gives passive arrests to the
# police who report them; the uncovering of the network is folded in, batch 14). Claims: the ministry's بينت and
# أفادت (both assert). Aliases holding الحمامات or نابل (places named on their own) are left out.
i = 'ant-JA-society-731-20170326'
t = news_text(i)
BRIGADE = ["National Guard central anti-narcotics brigade", "الفرقة المركزية لمكافحة المخدرات للحرس الوطني",
           "الفرقة المركزية لمكافحة المخدرات", "الحرس الوطني", "National Guard", "Tunisia", "تونس"]
MOI = ["Tunisian Ministry of Interior", "وزارة الداخلية", "الوزارة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-26", "events": [
    {"code": "COERCE", "source": BRIGADE + MOI[:2],
     "target": ["a man and a young woman", "شخص وفتاة", "فتاة", "drug dealers"], "date": "2017-03-25"},
    {"code": "COERCE", "source": BRIGADE + MOI[:2],
     "target": ["five members of the drug network", "5 من أفرادها", "شبكة مختصة في ترويج المخدرات",
                "شخص مغاربي الجنسية"], "date": "2017-03-11"}], "claims": [
    {"speaker": MOI, "cue": cue(t, "بينت"), "stance": "assert"},
    {"speaker": MOI, "cue": cue(t, "أفادت"), "stance": "assert"}]})
# --- Jawhara FM: a white tiger saves a Mexico City zookeeper, Eduardo Cero, from a leopard's attack. Animals are no
# actors (README: a shark is no actor), so the leopard's leap and the tiger's rescue are not coded, nor the keeper
# scolding the animal; his entering the cage is routine work. Claims: the keeper's قال (assert).
i = 'ant-JA-diverse-419-20160818'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-08-18", "events": [], "claims": [
    {"speaker": ["Eduardo Cero", "إدواردو سيرو", "إدواردو", "zookeeper", "حارس قفص الأسود"], "cue": cue(t, "قال"),
     "stance": "assert"}]})
# --- Jawhara FM: Australian surfer Mick Fanning survives a shark attack today, Sunday (2015-07-19), at a world surfing
# event in South Africa. The shark is no actor (README), so the attack is not coded; "تم تصوير هذه الواقعة" is passive.
# "سارعت مراكب فرق الانقاذ بالتحول ... إلى مكان المتباري ... والنجاح في إخراجه من المحيط" is a rescue by a named (if
# generic) doer: AID rescue teams → Fanning (README: a rescue of refugees is AID), dated with the attack (decided: the
# rescue is part of the same incident the text puts "اليوم الأحد"). No one is quoted: no claims.
i = 'ant-JA-diverse-332-20150719'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-19", "events": [
    {"code": "AID", "source": ["rescue teams", "فرق الانقاذ", "مراكب فرق الانقاذ"],
     "target": ["Mick Fanning", "ميك فانيغ", "فانيغ", "المتباري"], "date": "2015-07-19"}], "claims": []})
# --- Jawhara FM: Foreign Minister Khemaies Jhinaoui meets EU ambassador Laura Baiza yesterday, Friday (2016-02-12),
# and calls on the EU to back Tunisia as a tourist destination. "اللقاء الذي جمع ... الجهيناوي ... بسفيرة الاتحاد
# الاوروبي في تونس لاورا باييزا" is a relative clause with its parties: one CONSULT, the ambassador calling on the
# minister as source (decided: an envoy received by the host minister, README's visitor as source), dated. "داعيا
# الإتحاد الاوروبي إلى دعم تونس كوجهة سياحية وتوفير دعم استثنائي" is REQUEST Jhinaoui → the EU, dated by the meeting.
# "جددت باييزا التأكيد على التزام الاتحاد الاوروبي بمساعدة تونس" is support pledged for the future: AGREE EU → Tunisia
# (README: a state's future support is AGREE), dated; her "مشيرة إلى الاهتمام الذي توليه الهيئات العليا الاوروبية
# لمتابعة الديمقراطية التونسية ... ومساعدتها" restates the same commitment (folded in). Not coded: the Association
# Council's next session "المنتظر عقدها يوم 18 أفريل القادم باللكسمبورغ" (a future meeting told as a noun with a
# passive participle, README: not coded), and "أكدا على ضرورة العمل حتى يكون هذا الإجتماع دفعا جديدا" (decided: the
# two sides' call on their own work, as batch 93–96's "يجب العمل على" is a claim only); Tunisia's own security and
# tourist-safety efforts (السلطات التونسية, no other party). Claims: سلط الضوء (a light-verb report, assert; "وفق بلاغ
# لوزارة الشؤون الخارجية" names the speaker's own ministry in the same sentence: no second claim, README), مبرزا
# (assert), بين (assert), داعيا (other), جددت (promise), مشيرة (assert), أكدا (joint, other). "تونس" in the
# ambassador's title is left out of her list.
i = 'ant-JA-localNews-3620-20160213'
t = news_text(i)
JHINAOUI = ["Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي", "وزير الشؤون الخارجية", "Ministry of Foreign Affairs",
            "وزارة الشؤون الخارجية", "Tunisia", "تونس"]
BAIZA = ["Laura Baiza", "لاورا باييزا", "باييزا", "سفيرة الاتحاد الاوروبي", "European Union", "الاتحاد الاوروبي",
         "الإتحاد الاوروبي", "EU"]
recs.append({"id": i, "text": t, "published": "2016-02-13", "events": [
    {"code": "CONSULT", "source": BAIZA, "target": JHINAOUI, "date": "2016-02-12"},
    {"code": "REQUEST", "source": JHINAOUI, "target": BAIZA, "date": "2016-02-12"},
    {"code": "AGREE", "source": BAIZA, "target": JHINAOUI, "date": "2016-02-12"}], "claims": [
    {"speaker": JHINAOUI, "cue": cue(t, "سلط"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "مبرزا"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "بين", 2), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": BAIZA, "cue": cue(t, "جددت"), "stance": "promise"},
    {"speaker": BAIZA, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": JHINAOUI + BAIZA, "cue": cue(t, "أكدا"), "stance": "other"}]})
# --- Jawhara FM: the Association of Tunisian Judges, in a statement today, Monday (2016-07-18), rejects arbitrary
# measures against Turkish judges after the failed coup. "أكدت ... رفضها لأية إجراءات تعسفية وقمعية ... تطال القضاة
# الأتراك، من خلال استهدافهم بالعزل والإيقافات الجماعية" with "نبهت إلى ما سيمثله ذلك الاستهداف ... من مساس خطير باستقلال
# القضاء" is one criticism of another party's measures: ACCUSE, not REJECT (GUIDELINES), with Turkey as target
# (decided: dismissals and mass arrests of judges are the Turkish state's acts and Turkey is the only party the text
# names for them), dated by the statement. "أنها تتابع تطورات الوضع في تركيا بالتنسيق مع الاتحاد الدولي للقضاة
# والجمعيات القضائية" is COOPERATE association → the International Association of Judges (README: "بالتنسيق مع"),
# undated (an ongoing follow-up). "عبرت ... عن تنديدها بمحاولة الانقلاب على المؤسسات الدستورية الشرعية لجمهورية تركيا"
# condemns the coup attempt, whose plotters the text does not name: ACCUSE with no target (README), dated. Not coded:
# the reports of arrests (أنباء متواترة حول حصول إيقافات, nouns with no doer), "لاتخاذ المواقف" (future intent).
# Claims: أكدت (accuse), نبهت (warn), أشارت (assert), عبرت (accuse); "في بيان لها" attributes to the same speaker.
i = 'ant-JA-localNews-3037-20160718'
t = news_text(i)
AJT = ["Association of Tunisian Judges", "جمعية القضاة التونسيين", "الجمعية", "Tunisian judges"]
recs.append({"id": i, "text": t, "published": "2016-07-18", "events": [
    {"code": "ACCUSE", "source": AJT, "target": ["Turkey", "تركيا", "Turkish authorities"], "date": "2016-07-18"},
    {"code": "COOPERATE", "source": AJT,
     "target": ["International Association of Judges", "الاتحاد الدولي للقضاة", "judicial associations",
                "الجمعيات القضائية"]},
    {"code": "ACCUSE", "source": AJT, "target": [], "date": "2016-07-18"}], "claims": [
    {"speaker": AJT, "cue": cue(t, "أكدت"), "stance": "accuse"},
    {"speaker": AJT, "cue": cue(t, "نبهت"), "stance": "warn"},
    {"speaker": AJT, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": AJT, "cue": cue(t, "عبرت"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch111.gold.jsonl', recs)
