"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 24 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Jazan officials condemn the Asir mosque bombing. The bombing is nominalised and its doers unnamed
# ("من ارتكبها"), so it is not coded, and each condemnation is an ACCUSE with no target (as D3's strike on owners
# nobody names). The lead's "عدد من المسؤولين بمنطقة جازان" re-tells the two officials' condemnations, so it adds no
# event; as a cue it is kept, its speaker tied to the region's administration. Describing verbs (واصفاً، وصف) and
# the rhetorical متسائلاً introduce statements of their own; the closing prayer (سائلا الله) and the condolences
# (رافعين تعازيهم) do not. Aliases holding جازان or صبيا (محكمة جازان، كتابة عدل محافظة صبيا) would match the places.
i = 'snn-alyaum-1d7ffd6d08ea'
t = news_text(i)
BAJAWI = ["Iyas bin Ali Bajawi", "إياس بن على بجوي", "بجوي", "Saudi Arabia"]
FADHILI = ["Ali bin Hussein Al-Fadhili", "علي بن حسين الفاضلي", "الفاضلي", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": BAJAWI, "target": []},
    {"code": "ACCUSE", "source": FADHILI, "target": []},
    # "ودعا إلى ضرورة تبيان حقيقة عقيدة أهل السنة ... وتنظيم ندوات": a call with nobody named as its addressee
    {"code": "REQUEST", "source": FADHILI, "target": []}], "claims": [
    {"speaker": ["Jazan officials", "عدد من المسؤولين بمنطقة جازان", "المسؤولين بمنطقة جازان", "Saudi Arabia"],
     "cue": cue(t, "أكّد", 1), "stance": "accuse"},
    {"speaker": BAJAWI, "cue": cue(t, "أكّد", 2), "stance": "accuse"},
    {"speaker": BAJAWI, "cue": cue(t, "واصفاً"), "stance": "accuse"},
    {"speaker": BAJAWI, "cue": cue(t, "شدّد"), "stance": "assert"},
    {"speaker": FADHILI, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": FADHILI, "cue": cue(t, "متسائلاً"), "stance": "accuse"},
    {"speaker": FADHILI, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- South Sudan peace talks open. The AU/IGAD mediation between the two sides is a relative clause with its doer
# (التي تقوم بالوساطة) → CONSULT, and its peace proposal (مقترح السلام الذي قدمته الوساطة) → AGREE, both towards the
# two sides. The rebel leader's attack and accusation of Kiir are one ACCUSE; his "no way out but the government's
# resignation and trial" is a demand (REQUEST, stance other). The government delegation's holding to the rejection
# of the proposal is REJECT; "تمسك برفض" reports a position, not a statement, so no claim. The pressure "من وسطاء
# دوليين، ودول كبرى" has no named doer, and the talks themselves (الجولة، الجلسة الافتتاحية جرت) are nominal. No
# lone "دينق": it would match both Taban Deng and Nhial Deng Nhial.
i = 'snn-alwatan-1a8fd8333bb0'
t = news_text(i)
MEDIATION = ["African Union", "الاتحاد الأفريقي", "IGAD", "إيقاد", "الهيئة الحكومية للتنمية في شرق ووسط أفريقيا",
             "mediation", "الوساطة"]
TABAN = ["Taban Deng Gai", "تعبان دينق", "رئيس وفد التمرد", "وفد التمرد", "التمرد", "SPLM-IO", "rebels"]
KIIR = ["Salva Kiir", "سلفاكير ميارديت", "سلفاكير", "South Sudan", "جنوب السودان"]
GOVT = ["South Sudan government", "الحكومة", "الحكومة الحالية", "الوفد الحكومي", "Nhial Deng Nhial", "نيال دينق نيال",
        "رئيس الوفد الحكومي"] + KIIR
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": MEDIATION, "target": GOVT + TABAN + ["الجانبين", "الطرفين"]},
    {"code": "AGREE", "source": MEDIATION, "target": GOVT + TABAN + ["الجانبين", "الطرفين"]},
    {"code": "ACCUSE", "source": TABAN, "target": KIIR},
    {"code": "REQUEST", "source": TABAN, "target": GOVT},
    {"code": "REJECT", "source": GOVT, "target": MEDIATION}], "claims": [
    {"speaker": TABAN, "cue": cue(t, "اتهمه"), "stance": "accuse"},
    {"speaker": TABAN, "cue": cue(t, "قائلا"), "stance": "other"}]})
# --- Al-Jouf municipal elections media centre. The mayor's directive to set up the centre and the media committee's
# plan are internal administration, not events; the committee head's thanks to the mayor for his support is praise
# (SUPPORT). "قدم شكره" is not a reporting cue. Neither man lists Saudi Arabia, which would make source match
# target; "أمين منطقة الجوف" holds the region's name.
i = 'snn-aljazirah-7213ea316fe0'
t = news_text(i)
MUSHAITI = ["Abdulaziz Al-Mushaiti", "عبدالعزيز المشيطي", "المشيطي", "رئيس اللجنة الإعلامية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "SUPPORT", "source": MUSHAITI, "target": ["Ajab Al-Qahtani", "عجب القحطاني", "القحطاني"]}], "claims": [
    {"speaker": MUSHAITI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MUSHAITI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MUSHAITI, "cue": cue(t, "مشيراً"), "stance": "assert"}]})
# --- Nagasaki's 70th anniversary (today, Sunday). The mayor's and a survivor's criticism of Abe's defence bills is
# one ACCUSE (the lead re-tells it, the body's وانتقد repeats it); both انتقد are kept as cues, like headline verbs.
# The 1945 bombing has no doer in the text (انفجار نووي، قصف), and Abe's proposing the bills is domestic
# legislation, not an offer to anyone. "داعيا اوباما ... الى التوجه الى ناغازاكي" invites them to visit (AGREE);
# "اوجه نداء الى الشبان" is a call (REQUEST). The mayor is a city official, so no Japan in his list (it would also
# match Abe's); "رئيس بلدية ناغازاكي" holds the city's name.
i = 'snn-alyaum-6fb45387f3b0'
t = news_text(i)
TAUE = ["Tomihisa Taue", "توميهيسا تاوي", "تاوي", "رئيس البلدية"]
SURVIVOR = ["survivor", "احد الناجين"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": TAUE + SURVIVOR, "target": ["Shinzo Abe", "شينزو ابي", "Japan", "اليابان"],
     "date": "2015-08-09"},
    {"code": "REQUEST", "source": TAUE, "target": ["young people", "الشبان"], "date": "2015-08-09"},
    {"code": "AGREE", "source": TAUE, "target": ["Barack Obama", "باراك اوباما", "اوباما", "الرئيس الاميركي",
                                                 "United States", "nuclear-armed states",
                                                 "ممثلي كل الدول التي تملك سلاحا ذريا"], "date": "2015-08-09"}],
    "claims": [
    {"speaker": TAUE + SURVIVOR, "cue": cue(t, "انتقد", 1), "stance": "accuse"},
    {"speaker": TAUE, "cue": cue(t, "انتقد", 2), "stance": "accuse"},
    # "نشعر بالقلق لان الوعد ... يبدو معرضا للخطر": a warning that the peace principle is in danger
    {"speaker": TAUE, "cue": cue(t, "قال"), "stance": "warn"},
    {"speaker": TAUE, "cue": cue(t, "اضاف", 1), "stance": "other"},
    {"speaker": TAUE, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": TAUE, "cue": cue(t, "اضاف", 2), "stance": "assert"}]})
# --- FireEye's report on the Russian group APT29. The report's finding that the group plants malware for the Russian
# government is ACCUSE FireEye → APT29 / Russian government; the group's alleged hacking (تقوم بزرع برمجيات خبيثة،
# re-told with HAMMERTOSS) is one COERCE (PLOVER's "cyber" mode) against victims nobody names. The opening
# "إحدى الجهات العالمية" is FireEye, named later, so كشفت is its claim; "وفقا لـ«فاير آي»" is the only attribution
# of its sentence. Galante's "أعطت تحليلات" is no reporting verb; her وقالت is.
i = 'snn-alwatan-2adafbf68a56'
t = news_text(i)
FIREEYE = ["FireEye", "فاير آي", "التقرير"]
APT29 = ["APT29", "مجموعة APT29", "المجموعة الروسية", "Russian government", "الحكومة الروسية", "حكومة موسكو",
         "Russia"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": FIREEYE, "target": APT29},
    {"code": "COERCE", "source": APT29, "target": []}], "claims": [
    {"speaker": FIREEYE, "cue": cue(t, "كشفت"), "stance": "accuse"},
    {"speaker": FIREEYE, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": FIREEYE, "cue": cue(t, "وفقا"), "stance": "assert"},
    {"speaker": ["Laura Galante", "لورا جالانت", "FireEye", "فاير آي"], "cue": cue(t, "قالت"),
     "stance": "assert"}]})
# --- Nidaa Tounes' bloc appeals the vote on an inquiry into Ben Sedrine (today, Wednesday). The appeal is an
# official complaint (ACCUSE) against the parliament's bureau; the vote itself (التصويت الذي تم) and the corruption
# suspicions (شبهات فساد طالت) have no doer. Toubal's pledge to petition and demand the inquiry again is one planned
# REQUEST to the parliament. "حسب ما أكده" is the only attribution of its sentence; "على حد قوله" repeats the speaker
# of its own sentence. Jaidane's "الذي أكد أنه صوت" is his claim; a vote is not coded.
i = 'ant-JA-localNews-475-18012017'
t = news_text(i)
NIDAA = ["Nidaa Tounes bloc", "كتلة نداء تونس", "نداء تونس", "Nidaa Tounes", "Sofiane Toubal", "سفيان طوبال",
         "طوبال", "رئيس الكتلة"]
ARP = ["Assembly of the Representatives of the People", "مجلس نواب الشعب", "مكتب مجلس نواب الشعب", "البرلمان",
       "مكتب البرلمان"]
recs.append({"id": i, "text": t, "published": "2017-01-18", "events": [
    {"code": "ACCUSE", "source": NIDAA, "target": ARP, "date": "2017-01-18"},
    {"code": "REQUEST", "source": NIDAA, "target": ARP}], "claims": [
    {"speaker": NIDAA, "cue": cue(t, "حسب ما أكده"), "stance": "assert"},
    {"speaker": NIDAA, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": ["Riadh Jaidane", "رياض جعيدان", "جعيدان", "Afek Tounes", "كتلة آفاق تونس"], "cue": cue(t, "أكد", 3),
     "stance": "assert"},
    {"speaker": NIDAA, "cue": cue(t, "مبرزا"), "stance": "assert"},
    {"speaker": NIDAA, "cue": cue(t, "قال"), "stance": "promise"}]})
# --- The German Greens and Left warn Merkel against a refugee deal with Tunisia. The lead's joint warning is
# re-told by each party's leader, so there are two REQUESTs (urging her to refrain), not a third; only
# Göring-Eckardt's words are dated (اليوم الثلاثاء). Her reproach about the Erdogan deal is part of the same
# statement, and Chahed's visit to Berlin is nominal (زيارة رئيس الحكومة). "بحسب وكالة الأنباء الألمانية" names a
# speaker other than the sentence's, so it is dpa's claim.
i = 'ant-JA-localNews-1234-20170214'
t = news_text(i)
GREENS = ["Alliance 90/The Greens", "حزب الخضر", "الخضر", "Katrin Göring-Eckardt", "كاترين جورينج-إكارت"]
LEFT = ["The Left", "اليسار", "حزب اليسار", "Katja Kipping", "كاتيا كيبينج"]
MERKEL = ["Angela Merkel", "أنجيلا ميركل", "ميركل", "Germany"]
recs.append({"id": i, "text": t, "published": "2017-02-14", "events": [
    {"code": "REQUEST", "source": GREENS, "target": MERKEL, "date": "2017-02-14"},
    {"code": "REQUEST", "source": LEFT, "target": MERKEL}], "claims": [
    {"speaker": GREENS + LEFT, "cue": cue(t, "حذّر"), "stance": "warn"},
    {"speaker": ["dpa", "Deutsche Presse-Agentur", "وكالة الأنباء الألمانية", "د ب أ"], "cue": cue(t, "بحسب"),
     "stance": "assert"},
    {"speaker": GREENS, "cue": cue(t, "قالت", 1), "stance": "other"},
    {"speaker": LEFT, "cue": cue(t, "قالت", 2), "stance": "other"}]})
# --- HAICA against the dismissal of the national TV's head. Its statement makes one REQUEST (retract the decision),
# one THREATEN (recourse to the courts) and one ACCUSE (illegal decision, hold on public media, obstinacy) towards the
# Presidency of the Government; the dismissal itself is the government's nominal decision (قرارها ... القاضي بإقالة),
# and HAICA's "رفض" of it is condemnation, not REJECT. "في بلاغها" is the same speaker in the same sentence. The
# statement's day is not given. HAICA, a state body, lists no Tunisia, which would match the government's.
i = 'ant-JA-localNews-4645-20170617'
t = news_text(i)
HAICA = ["HAICA", "الهيئة العليا المستقلة للاتصال السمعي البصري", "الهايكا", "الهيئة"]
PM_OFFICE = ["Presidency of the Government", "رئاسة الحكومة", "الحكومة", "Tunisian government", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-06-17", "events": [
    {"code": "REQUEST", "source": HAICA, "target": PM_OFFICE},
    {"code": "THREATEN", "source": HAICA, "target": PM_OFFICE},
    {"code": "ACCUSE", "source": HAICA, "target": PM_OFFICE}], "claims": [
    {"speaker": HAICA, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": HAICA, "cue": cue(t, "وصفته"), "stance": "accuse"},
    {"speaker": HAICA, "cue": cue(t, "مؤكدة"), "stance": "warn"},
    {"speaker": HAICA, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": HAICA, "cue": cue(t, "شددت"), "stance": "accuse"},
    {"speaker": HAICA, "cue": cue(t, "أكدت"), "stance": "accuse"}]})
# --- Germany to review 550 asylum seekers after Amri's Berlin attack. Amri's attack (الذي قتل 12 شخصا، re-told as
# قاد شاحنة ودهس متسوقين) is one ASSAULT on unnamed victims, dated only by month; the authorities' rejection of his
# asylum request (الذي رفضت السلطات طلبه) is REJECT. Lischka's two statements are one criticism of the authorities.
# The planned review of the cases targets nobody named and de Maizière's briefing of MPs is a statement, so neither
# is an event. "أفادت صحيفة دي فيلت بأن الحكومة الألمانية قالت" gives two claims (a reporting verb, not the نقل عن
# conduit form); the bare "وسائل إعلام ألمانية" and "محققين" are not speakers, and the questioning of Amri and the
# Left's parliamentary inquiry are nominal or passive.
i = 'ant-JA-internationalNews-21-20170119'
t = news_text(i)
AMRI = ["Anis Amri", "أنيس العامري", "العامري"]
LISCHKA = ["Burkhard Lischka", "بوركارد ليشكا", "ليشكا", "SPD", "الحزب الديمقراطي الاشتراكي"]
AUTHORITIES = ["German authorities", "السلطات", "German government", "الحكومة الألمانية", "Germany", "ألمانيا"]
recs.append({"id": i, "text": t, "published": "2017-01-19", "events": [
    {"code": "ASSAULT", "source": AMRI, "target": []},
    {"code": "REJECT", "source": AUTHORITIES, "target": AMRI},
    {"code": "ACCUSE", "source": LISCHKA, "target": AUTHORITIES}], "claims": [
    {"speaker": ["Germany", "ألمانيا", "German government", "الحكومة الألمانية"], "cue": cue(t, "قالت", 1),
     "stance": "promise"},
    {"speaker": ["Thomas de Maizière", "توماس دي مايتسيره", "دي مايتسيره", "Germany", "ألمانيا"],
     "cue": cue(t, "أبلغ"), "stance": "promise"},
    {"speaker": LISCHKA, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": ["Die Welt", "دي فيلت", "صحيفة دي فيلت"], "cue": cue(t, "أفادت", 1), "stance": "assert"},
    {"speaker": ["German government", "الحكومة الألمانية", "Germany", "ألمانيا"], "cue": cue(t, "قالت", 2),
     "stance": "assert"},
    {"speaker": LISCHKA, "cue": cue(t, "قال", 4), "stance": "warn"}]})
# --- Jendouba police arrest a terrorist cell and a pupil who glorified IS: two arrests (COERCE) by two units. The
# pupil's glorifying IS is a relative clause with its doer (تلميذ قام بتمجيد ... تنظيم داعش) → SUPPORT; the finds
# (تم العثور) and the transfer to the national brigade (سيقع توجيههم) are passive. The pupil is identified, so his
# confession is a claim; "حسب التحقيقات الاولية" names no speaker. "تونس" is Tunis city here and جندوبة a place,
# so the units list neither.
i = 'ant-JA-localNews-1264-20161220'
t = news_text(i)
PUPIL = ["pupil", "تلميذ", "التلميذ", "الشاب"]
recs.append({"id": i, "text": t, "published": "2016-12-20", "events": [
    {"code": "COERCE", "source": ["Tunisian security units", "الوحدات الامنية", "فرقة مكافحة الارهاب", "Tunisia"],
     "target": ["terrorist cell", "خلية ارهابية", "الخلية الارهابية"]},
    {"code": "COERCE", "source": ["Tunisian security units", "الوحدات الامنية", "Tunisia"], "target": PUPIL},
    {"code": "SUPPORT", "source": PUPIL, "target": ["Islamic State", "ISIS", "داعش", "تنظيم داعش"]}], "claims": [
    {"speaker": PUPIL, "cue": cue(t, "اعترف"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch24.gold.jsonl', recs)
