"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 13 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- The Border Guard searches for four young men whose boat did not return. The patrols' search is a rescue
# operation, AID (PLOVER codes rescues and relief mobilisations as AID); the dispatch, the alerts to the
# neighbouring coast guards and the "direct coordination" are passive or generic procedure, so no event.
# "ورد بلاغ من قطاع حرس الحدود بالقطيف يفيد ..." is a report by a named unit, so يفيد is a claim of its own.
# Aliases holding القطيف or المنطقة الشرقية (places the article names) are left out.
i = 'snn-alriyadh-916ace35d9be'
t = news_text(i)
BORDER_GUARD = ["Saudi Border Guard", "حرس الحدود", "حرس الحدود السعودي", "دوريات حرس الحدود",
                "وحدات البحث والإنقاذ", "Saudi Arabia"]
AKLABI = ["Omar Al-Aklabi", "عمر الاكلبي", "الاكلبي", "Saudi Border Guard", "حرس الحدود", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "AID", "source": BORDER_GUARD,
     "target": ["missing young men", "مجموعة شبان", "شبان", "الشبان", "أربعة أشخاص سعوديين"]}], "claims": [
    {"speaker": AKLABI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": AKLABI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["Border Guard sector", "قطاع حرس الحدود"], "cue": cue(t, "يفيد"), "stance": "assert"},
    {"speaker": AKLABI, "cue": cue(t, "تابع"), "stance": "assert"}]})
# --- Houthi meeting in Yarim and a mutiny in the Republican Guard. Every reporter is a bare source
# ("مصادر صحفية يمنية", "مصادر قريبة من الحوثيين": sources, like "مصادر أمريكية", are no institution), so their
# كشفت / مشيرة / أضافت are no claims; al-Houthi's recommendation (أوصى) inside their report is his claim, a threat
# to the Ibb resistance, hence THREATEN and stance warn. The meeting al-Houthi "held" with GPC remnants is
# CONSULT with him first-named as source (his own movement's leaders are internal); the "preliminary agreement"
# is the meeting's product with no actor in its clause, and the plans listed after أوصى (checkpoints, levies,
# mobilising fighters) are nouns, so none is coded. The Guard's refusal is REJECT of the Houthi command, whose
# order (relative clause "تعليمات أصدرتها قيادة التمرد الحوثي") is REQUEST; the senior officers' contacts with
# colleagues in the pro-legitimacy army are CONSULT. Aliases holding إب, همدان or صالح are left out, and the
# command's list drops "قيادة التمرد الحوثي", which holds al-Houthi's name.
i = 'snn-alwatan-62cd1a491dac'
t = news_text(i)
HOUTHI = ["Abdul-Malik al-Houthi", "عبدالملك الحوثي", "الحوثي", "Houthis", "الحوثيين"]
HOUTHI_COMMAND = ["Houthi rebel command", "قيادة التمرد", "Houthis", "الحوثيين", "المتمردون"]
GUARD = ["Republican Guard", "الحرس الجمهوري", "ضباط وجنود الحرس الجمهوري", "عناصر الحرس", "الحرس",
         "اللواء الأول جبلي"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": HOUTHI,
     "target": ["General People's Congress", "المؤتمر الشعبي العام", "فلول المؤتمر الشعبي العام"]},
    {"code": "THREATEN", "source": HOUTHI,
     "target": ["Ibb resistance", "Popular Resistance", "المقاومة", "مقاومة", "قوات المقاومة"]},
    {"code": "REQUEST", "source": HOUTHI_COMMAND, "target": GUARD},
    {"code": "REJECT", "source": GUARD, "target": HOUTHI_COMMAND},
    # "اتصالات كبيرة أجراها ضباط ذوو رتب رفيعة بزملائهم الذين انضموا إلى الجيش الموالي للشرعية"
    {"code": "CONSULT", "source": ["Republican Guard senior officers", "ضباط ذوو رتب رفيعة", "ضباط",
                                   "Republican Guard", "الحرس الجمهوري"],
     "target": ["pro-legitimacy army", "الجيش الموالي للشرعية", "زملائهم"]}], "claims": [
    {"speaker": HOUTHI, "cue": cue(t, "أوصى"), "stance": "warn"}]})
# --- Misk students visit the Saudi cultural mission in Washington on Friday evening ("مساء أمس الجمعة": the
# most recent Friday, 2015-08-07). The visitors are the source, the mission the host. The attaché's praise of
# the Misk-Harvard partnership ("من الأفكار الرائدة") and of the scholarship students' excellence (أبرز التميز)
# are SUPPORT, as praise in a statement is; the programme supervisor's words on his own programme are not.
# The tour of the mission is the same visit; MBS's backing of the projects is a noun (تحظى بدعم). Aliases
# holding واشنطن or محمد بن سلمان (the foundation's full name) are left out.
i = 'snn-3alyoum-d4df72a010b4'
t = news_text(i)
ISSA = ["Mohammed Al-Issa", "محمد العيسى", "العيسى", "الملحق الثقافي", "Saudi Cultural Mission",
        "الملحقية الثقافية", "الملحقية", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": ["Misk students delegation", "وفد طلاب", "الطلاب والطالبات", "Misk Foundation",
                                   "مسك الخيرية"],
     "target": ["Saudi Cultural Mission", "الملحقية الثقافية السعودية", "الملحقية الثقافية", "الملحقية",
                "Mohammed Al-Issa", "محمد العيسى", "العيسى", "Saudi Arabia"], "date": "2015-08-07"},
    {"code": "SUPPORT", "source": ISSA,
     "target": ["Saudi scholarship students", "المبتعثون والمبتعثات", "المبتعثون", "المبتعثين"]},
    {"code": "SUPPORT", "source": ISSA,
     "target": ["Misk Foundation", "مسك الخيرية", "برنامج مسك الخيرية", "Harvard University", "جامعة هارفارد"]}],
    "claims": [
    {"speaker": ISSA, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": ISSA, "cue": cue(t, "أبرز"), "stance": "assert"},
    {"speaker": ISSA, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": ISSA, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["Musaed Al-Ahmad", "مساعد الأحمد", "الأحمد"], "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- The Asir education director visits the wounded of the mosque bombing today, Monday, and at the end meets
# the hospital's supervisor: two CONSULTs with different hosts, both dated. His companions are in his list
# (compound actor). وتابع here is "followed up on the patients' condition", no speech; the flowers are a
# courtesy of the visit, not AID; the bombing is a noun with no doer. Aliases holding عسير, قوات الطوارئ الخاصة
# or عاصفة الحزم are left out.
i = 'snn-3alyoum-a2816e07bfd0'
t = news_text(i)
KARKAMAN = ["Jalawi Al-Karkaman", "جلوي بن محمد آل كركمان", "آل كركمان", "Saad Al-Jouni", "سعد بن أحمد الجوني",
            "الجوني", "الوفد الزائر", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": KARKAMAN,
     "target": ["wounded of the bombing", "مصابي حادثة التفجير", "المصابين", "المنومين", "المرضى"],
     "date": "2015-08-10"},
    {"code": "CONSULT", "source": KARKAMAN, "target": ["Abdulaziz Hijan", "عبدالعزيز هيجان", "هيجان"],
     "date": "2015-08-10"}], "claims": []})
# --- Eight wounded of the Asir bombing brought to the Security Forces Hospital. The hospital's admission and care
# of the wounded is AID (emergency assistance; the hospital belongs to the Interior Ministry, whose evacuation
# fleet flew them), undated because the cases came on Thursday evening and Friday dawn. The wounded and their
# relatives thanking the Crown Prince and the hospital staff (أعرب) is SUPPORT and their claim; the medical
# director's "لافتاً إلى اهتمام ... ومتابعته الحثيثة" credits the Crown Prince, SUPPORT too; their prayer
# (داعين الله) is neither. Aliases holding الرياض or عسير are left out.
i = 'snn-aljazirah-ac711fe98463'
t = news_text(i)
HOSPITAL = ["Security Forces Hospital", "مستشفى قوى الأمن", "Ministry of Interior", "وزارة الداخلية"]
WOUNDED = ["the wounded and their relatives", "المصابون", "المصابين", "أقاربهم"]
MBN = ["Mohammed bin Nayef", "محمد بن نايف بن عبد العزيز", "محمد بن نايف", "ولي العهد", "Saudi Arabia"]
ASIRI = ["Saad Asiri", "سعد عسيري", "عسيري", "Security Forces Hospital", "مستشفى قوى الأمن"]
MUTAIRI = ["Khalid Al-Mutairi", "خالد المطيري", "المطيري", "Security Forces Hospital", "مستشفى قوى الأمن"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "AID", "source": HOSPITAL, "target": WOUNDED},
    {"code": "SUPPORT", "source": MUTAIRI, "target": MBN},
    {"code": "SUPPORT", "source": WOUNDED,
     "target": MBN + ["Security Forces Hospital officials", "المسئولين في مستشفى قوى الأمن", "مستشفى قوى الأمن"]}],
    "claims": [
    {"speaker": ASIRI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": MUTAIRI, "cue": cue(t, "لافتاً"), "stance": "assert"},
    {"speaker": WOUNDED, "cue": cue(t, "أعرب"), "stance": "assert"}]})
# --- Sidi Bouzid's agricultural commissariat starts a programme of seasonal loans and support for grain farmers:
# AID (credit) to the farmers; the programme's contents are nouns. "وفق ما أفاد به" and "وفق ذات المصدر" are
# the only attributions of their sentences, so both are claims of the commissioner; "(وات)" is the conduit and
# "يذكر انه" has no speaker. Aliases holding سيدي بوزيد are left out.
i = 'ant-JA-localNews-4703-20161021'
t = news_text(i)
MAHMOUDI = ["Mohamed Mohammedi", "محمد المحمدي", "المحمدي", "المندوب الجهوي",
            "Regional Commissariat for Agricultural Development", "المندوبية الجهوية للتنمية الفلاحية",
            "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-10-21", "events": [
    {"code": "AID", "source": ["Regional Commissariat for Agricultural Development",
                               "المندوبية الجهوية للتنمية الفلاحية", "المندوبية الجهوية", "Mohamed Mohammedi",
                               "محمد المحمدي", "المحمدي", "Tunisia", "تونس"],
     "target": ["grain farmers", "مزارعي الحبوب", "المزارعين"]}], "claims": [
    {"speaker": MAHMOUDI, "cue": cue(t, "وفق ما أفاد به"), "stance": "assert"},
    {"speaker": MAHMOUDI, "cue": cue(t, "وفق ذات المصدر"), "stance": "assert"},
    {"speaker": MAHMOUDI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MAHMOUDI, "cue": cue(t, "موضحا"), "stance": "assert"}]})
# --- UGTT statement (today, Saturday) against suspending classes. Its refusal of the suspension is REJECT of a
# planned action (not ACCUSE: nothing has been done yet), with no target since the text never says who would
# suspend; the call on the secondary-school unions and teachers to keep working and the second call "not to take
# any option that disturbs the year" are one REQUEST; backing the sector's "legitimate demand" is SUPPORT; the
# attacks on the education minister (فوضى وتخبّط، إهانات) are one ACCUSE. The consultation among the union's own
# structures is internal. "وفق نص البيان" shares its sentence with "وشدد المكتب التنفيذي", so it is no claim.
i = 'ant-JA-localNews-3046-20170318'
t = news_text(i)
UGTT = ["UGTT", "Tunisian General Labour Union", "الاتحاد العام التونسي للشغل",
        "المكتب التنفيذي الوطني للاتحاد العام التونسي للشغل", "المكتب التنفيذي", "الاتحاد"]
TEACHERS = ["secondary education unions and teachers", "الهياكل النقابية للتعليم الثانوي", "المدرّسين",
            "المدرسين", "قطاع التعليم الثانوي", "نقابات التعليم", "المربّين", "المربين"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [
    {"code": "REJECT", "source": UGTT, "target": [], "date": "2017-03-18"},
    {"code": "REQUEST", "source": UGTT, "target": TEACHERS, "date": "2017-03-18"},
    {"code": "SUPPORT", "source": UGTT, "target": TEACHERS, "date": "2017-03-18"},
    {"code": "ACCUSE", "source": UGTT,
     "target": ["Minister of Education", "Neji Jalloul", "وزير التربية", "وزارة التربية", "Tunisia"],
     "date": "2017-03-18"}], "claims": [
    {"speaker": UGTT, "cue": cue(t, "عبّر"), "stance": "deny"},
    {"speaker": UGTT, "cue": cue(t, "داعيا", 1), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "شدد", 1), "stance": "other"},
    {"speaker": UGTT, "cue": cue(t, "داعيا", 2), "stance": "other"},
    # "كما شدد البيان على حرص الاتحاد على حماية المربّين ... وسعيه إلى دعمهم": a pledge
    {"speaker": UGTT, "cue": cue(t, "شدد", 2), "stance": "promise"}]})
# --- Essebsi at the G7 in Taormina. "كان لرئيس الجمهورية ... لقاءات مع ... ميركل ... ترامب ... ماكرون" is three
# bilateral meetings, three CONSULTs with Essebsi first-named as source; "يجري ... سلسلة من اللقاءات" retells
# them. His taking part in the coming session on Africa ("سيتم ... تخصيص جلسة ... يشارك فيها رئيس الدولة") is a
# future meeting, AGREE; his participation in the summit itself is a noun (مشاركته). His call for more support
# (طالب) is REQUEST with no target named. No day is fixed in the text.
i = 'ant-JA-politic-441-20170527'
t = news_text(i)
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "قائد السبسي", "السبسي", "رئيس الجمهورية", "رئيس الدولة",
           "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-05-27", "events": [
    {"code": "CONSULT", "source": ESSEBSI, "target": ["Angela Merkel", "أنجيلا ميركل", "ميركل", "Germany"]},
    {"code": "CONSULT", "source": ESSEBSI, "target": ["Donald Trump", "دونالد ترامب", "ترامب", "United States"]},
    {"code": "CONSULT", "source": ESSEBSI, "target": ["Emmanuel Macron", "إيمانوال ماكرون", "ماكرون", "France"]},
    {"code": "AGREE", "source": ESSEBSI, "target": []},
    {"code": "REQUEST", "source": ESSEBSI, "target": []}], "claims": [
    {"speaker": ESSEBSI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ESSEBSI, "cue": cue(t, "قائلا"), "stance": "assert"}]})
# --- An Iraqi journalist killed by a bomb near Mosul. The killing is a noun (مقتل) and the bomb has no doer; the
# mourning is no event. The observatory's أعلن and قال are claims; "نقل البيان عن صحفيين قولهم" gives the words
# to unnamed journalists tied to no institution, so no claim (and the observatory is only the conduit).
i = 'ant-JA-internationalNews-360-20170225'
t = news_text(i)
JFO = ["Iraqi Observatory for Press Freedoms", "Journalistic Freedoms Observatory", "المرصد العراقي للحريات الصحفية",
       "المرصد"]
recs.append({"id": i, "text": t, "published": "2017-02-25", "events": [], "claims": [
    {"speaker": JFO, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": JFO, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Tunisian and Algerian higher-education ministers sign the joint committee's minutes today, Thursday: the
# signing, with both named as signatories (تولى التوقيع ... كل من), is one SUPPORT with a compound actor; the
# student exchanges and grants agreed in the minutes ("تم الاتفاق ... على التبادل الطلابي") are future
# cooperation, a separate AGREE of the same pair (as the seed's SUPPORT plus AGREE), undated since only the
# signing is fixed to the day. Bouden's view of such agreements is his own act's praise, not another SUPPORT.
i = 'ant-JA-localNews-934-20160211'
t = news_text(i)
BOUDEN = ["Chiheb Bouden", "شهاب بودن", "بودن", "Tunisia", "تونس"]
HAJJAR = ["Tahar Hadjar", "طاهر حجار", "طاهر الحجار", "حجار", "الحجار", "Algeria", "الجزائر"]
recs.append({"id": i, "text": t, "published": "2016-02-11", "events": [
    {"code": "SUPPORT", "source": BOUDEN + HAJJAR, "target": [], "date": "2016-02-11"},
    {"code": "AGREE", "source": BOUDEN + HAJJAR, "target": []}], "claims": [
    {"speaker": BOUDEN, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": HAJJAR, "cue": cue(t, "صرح"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch13.gold.jsonl', recs)
