"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 15 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- A buffet worker in Hafr al-Batin is caught selling carrion. "ألقت الجهات الأمنية ... القبض" is one COERCE
# (arrest); "فتم القبض عليه" re-tells it. The municipal inspectors only noticed him, the surveillance, the closing
# of the buffet and the referral are passives with no doer, and nobody is quoted. Aliases holding حفر الباطن
# (a place the article names) are left out.
i = 'snn-3alyoum-b98eeed6c019'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "COERCE", "source": ["security authorities", "الجهات الأمنية", "الجهات الأمنيه", "Saudi Arabia",
                                  "السعودية"],
     "target": ["buffet worker", "عامل بوفيه", "العامل", "عامل"]}], "claims": []})
# --- Raja al-Jadawi denies planning a Tahia Carioca biopic and criticises the series starring Wafaa Amer. The two
# نفت are two denials of two rumours (the planned biopic; her alleged praise of the series), each REJECT with no
# target since the rumours have no author. Her criticism of Wafaa's role, of all the actors and of the makers who
# did not consult her is one ACCUSE with a compound target (the title's "تتهم" frames it as one accusation; the
# title is not in the text, so it gives no cue). The friends' advice to sue is a call (REQUEST) by an explicit,
# if unnamed, actor, and "رفضت ذلك" her REJECT of it. "مشيرة" introduces her verdict that most biopics failed:
# criticism, so accuse.
i = 'snn-alwatan-505a7dbfacfb'
t = news_text(i)
JADAWI = ["Raja Al-Jadawi", "رجاء الجداوي", "الجداوي"]
FRIENDS = ["friends", "الأصدقاء", "كثير من الأصدقاء"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REJECT", "source": JADAWI, "target": []},
    {"code": "ACCUSE", "source": JADAWI,
     "target": ["Wafaa Amer", "وفاء عامر", "وفاء", "Mohamed Fawzy", "محمد فوزي", "makers of the series",
                "منتج العمل", "صناعه", "أسرة العمل", "الممثلين", "كافة الممثلين"]},
    {"code": "REJECT", "source": JADAWI, "target": []},
    {"code": "REQUEST", "source": FRIENDS, "target": JADAWI},
    {"code": "REJECT", "source": JADAWI, "target": FRIENDS}], "claims": [
    {"speaker": JADAWI, "cue": cue(t, "نفت", 1), "stance": "deny"},
    {"speaker": JADAWI, "cue": cue(t, "مشيرة"), "stance": "accuse"},
    {"speaker": JADAWI, "cue": cue(t, "أضافت"), "stance": "accuse"},
    {"speaker": JADAWI, "cue": cue(t, "نفت", 2), "stance": "deny"},
    {"speaker": JADAWI, "cue": cue(t, "قالت"), "stance": "accuse"}]})
# --- Houthi mines in Lahj kill 11 and wound 33. The relative clause "ألغام زرعتها مليشيات الحوثي" gives the one
# ASSAULT (Lasour's "جرائم خلقها الحوثي" re-tells it); the airlift of 70 wounded to Jordan is a passive with no
# doer. The anonymous sources are tied to named bodies (the Yemeni government and the Popular Resistance), so
# their report and demand are claims and the demand a REQUEST with no target. «عكاظ» is the addressee, not a
# speaker. Aliases holding عدن are left out of Lasour's office; the civilians do not get "Yemen", which would
# also fit the Yemeni government the article names.
i = 'snn-okaz-206f60fa8475'
t = news_text(i)
LASOUR = ["Al-Khadr Lasour", "الخضر لصور", "لصور", "مكتب الصحة", "Yemen", "اليمن"]
GOV_SOURCES = ["Yemeni government", "الحكومة اليمنية", "مصادر في الحكومة اليمنية", "Popular Resistance",
               "المقاومة الشعبية", "Yemen", "اليمن"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": ["Houthis", "Houthi militias", "مليشيات الحوثي", "الحوثي", "المتمردين"],
     "target": ["Yemeni civilians", "civilians", "مواطنا", "يمنيا", "Yemenis", "الأبرياء"]},
    {"code": "REQUEST", "source": GOV_SOURCES, "target": []}], "claims": [
    {"speaker": LASOUR, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": LASOUR, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": LASOUR, "cue": cue(t, "مبينا"), "stance": "accuse"},
    {"speaker": LASOUR, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": GOV_SOURCES, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": GOV_SOURCES, "cue": cue(t, "مطالبين"), "stance": "other"}]})
# --- Heads of Indian Islamic universities thank King Salman for the Umrah guests programme. The group's thanks,
# praise of the programme and appreciation of the ministry's services are one act with a compound target
# (one SUPPORT); the two named guests who praise in their own clauses are one SUPPORT each. The letters Al-Madlaj
# received are the medium of that praise, not a further event. Claims: the participles that carry content
# (مشيدين، مثمنين، واصفًا، مؤكدًا) and the two أشاد; "رفع شكرهم" and "أعربوا عن شكرهم" only express thanks with
# no statement, so no claim. "خادم الحرمين الشريفين" holds الحرمين الشريفين (which the article names), and
# forms holding الهند / بنارس are left out.
i = 'snn-almadina-776637bdd4df'
t = news_text(i)
SAUDI = ["Saudi Arabia", "السعودية", "المملكة"]
KING = ["King Salman", "Salman bin Abdulaziz Al Saud", "سلمان بن عبدالعزيز آل سعود", "الملك سلمان"] + SAUDI
HEADS = ["heads of Indian Islamic universities", "رؤساء الجامعات والمجامع والمنظمات الإسلامية",
         "عدد من رؤساء الجامعات", "رؤساء الجامعات", "الضيوف المشاركين في البرنامج", "الضيوف"]
MINISTRY = ["Ministry of Islamic Affairs", "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد",
            "وزارة الشؤون الإسلامية"]
ABDULWAHEED = ["Abdullah Saud bin Abdul Waheed", "عبدالله سعود بن عبدالوحيد", "Salafi University",
               "الجامعة السلفية"]
QASMI = ["Muhammad Muzammil al-Haq al-Husseini al-Qasmi", "محمد مزمل الحق الحسيني القاسمي", "القاسمي",
         "منظمة علماء دار العلوم"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "SUPPORT", "source": HEADS, "target": KING + MINISTRY},
    {"code": "SUPPORT", "source": ABDULWAHEED, "target": ["Saudi leaders", "قادة المملكة"] + SAUDI},
    {"code": "SUPPORT", "source": QASMI, "target": KING}], "claims": [
    {"speaker": HEADS, "cue": cue(t, "مشيدين"), "stance": "assert"},
    {"speaker": HEADS, "cue": cue(t, "مثمنين"), "stance": "assert"},
    {"speaker": ABDULWAHEED, "cue": cue(t, "أشاد", 1), "stance": "assert"},
    {"speaker": ABDULWAHEED, "cue": cue(t, "واصفًا"), "stance": "assert"},
    {"speaker": ABDULWAHEED, "cue": cue(t, "مؤكدًا", 1), "stance": "assert"},
    {"speaker": QASMI, "cue": cue(t, "أشاد", 2), "stance": "assert"},
    {"speaker": QASMI, "cue": cue(t, "مؤكدًا", 2), "stance": "assert"}]})
# --- A Kuwaiti Hajj mission medical delegation arrives in Saudi Arabia today, Sunday: a visit, CONSULT with the
# delegation as source and the host country as target (2015-08-09). The ministerial decision "سيصدر" has no doer,
# and the planned meeting "سيتم تنظيم لقاء" is an internal, doer-less arrangement of the mission. Al-Shammari's
# four cues are all informational (assert).
i = 'snn-aljazirah-c43643ce72be'
t = news_text(i)
SHAMMARI = ["Mughir Al-Shammari", "مغير الشمري", "الشمري", "Kuwaiti Hajj mission", "بعثة الحج الكويتية",
            "Kuwait", "الكويت"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": ["Kuwaiti Hajj mission medical delegation", "وفد من فريق الخدمات الطبية",
                                   "الوفد", "وفد", "فريق الخدمات الطبية", "بعثة الحج الكويتية",
                                   "Kuwaiti Hajj mission", "Kuwait", "الكويت"],
     "target": SAUDI, "date": "2015-08-09"}], "claims": [
    {"speaker": SHAMMARI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SHAMMARI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SHAMMARI, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": SHAMMARI, "cue": cue(t, "بيّن"), "stance": "assert"}]})
# --- The Orly attack (Saturday = the publication day, 2017-03-18). Three ASSAULTs: the man shooting at the
# security staff at the Stains checkpoint, his seizing a FAMAS rifle from a soldier at Orly, and the soldiers
# shooting him dead ("قتله جنود" and "يطلق جندي النار عليه" are the same act). The police identification is only
# stated by the sources, not an act in the text; the Figaro sources' "رفضت الإفصاح" is declining to comment.
# The police sources are anonymous but tied to the French police, so their cues are claims (two speakers);
# Reuters is the addressee.
i = 'ant-JA-internationalNews-553-20170318'
t = news_text(i)
ATTACKER = ["Orly attacker", "الرجل", "الشخص", "هذا الرجل", "منفذ الهجوم"]
SOLDIERS = ["French soldiers", "جنود", "جندي", "France", "فرنسا"]
POLICE1 = ["French police source", "مصدر بالشرطة الفرنسية", "مصدر بالشرطة", "المصدر", "French police",
           "الشرطة الفرنسية", "France", "فرنسا"]
POLICE2 = ["second French police source", "مصدر ثان بالشرطة", "French police", "الشرطة", "France", "فرنسا"]
FIGARO = ["Le Figaro", "لوفيغارو", "جريدة لوفيغارو"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [
    {"code": "ASSAULT", "source": ATTACKER,
     "target": ["security personnel", "أفراد خدمات الأمن", "أفراد الأمن", "France", "فرنسا"], "date": "2017-03-18"},
    {"code": "ASSAULT", "source": ATTACKER, "target": SOLDIERS, "date": "2017-03-18"},
    {"code": "ASSAULT", "source": SOLDIERS, "target": ATTACKER, "date": "2017-03-18"}], "claims": [
    {"speaker": POLICE1, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": POLICE1, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": POLICE1, "cue": cue(t, "قائلا"), "stance": "assert"},
    {"speaker": POLICE1, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": POLICE2, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": FIGARO, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": FIGARO, "cue": cue(t, "مضيفة"), "stance": "assert"}]})
# --- Assad receives a Tunisian parliamentary delegation today (2017-03-22). The visit ("استقبل ... وفدا") and the
# delegation's trip ("توجه إلى سوريا") are one CONSULT, visitor as source; the delegation is a compound actor
# listing its seven MPs (not their parties, which are not the delegation; "نداء تونس" / "مشروع تونس" also hold
# تونس). "سيحاول الوفد التقصي" is an intended inquiry with no target, neither a meeting nor an offer, so not
# coded. "بحسب ... عبد الرؤوف الشريف" is the only attribution of its sentence ("يذكر أن" is impersonal): a claim.
i = 'ant-JA-localNews-3155-20170322'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-03-22", "events": [
    {"code": "CONSULT",
     "source": ["Tunisian parliamentary delegation", "وفدا برلمانيا تونسيا", "وفدا برلمانيا", "الوفد",
                "Tunisia", "تونس", "مباركة عواينية", "منجي الرحوي", "عبد العزيز القطي", "خميس قسيلة",
                "عصام المطوسي", "الصحبي بن فرج", "نور الدين المرابطي"],
     "target": ["Bashar al-Assad", "بشار الأسد", "الأسد", "Syria", "سوريا"], "date": "2017-03-22"}], "claims": [
    {"speaker": ["Abdel Raouf Cherif", "عبد الرؤوف الشريف", "الشريف", "Machrouu Tounes"],
     "cue": cue(t, "بحسب"), "stance": "assert"}]})
# --- Interior ministers Majdoub (Tunisia) and Minniti (Italy) meet in Tunis on Tuesday (2017-01-03). The meeting
# ("لقاء جمعه بنظيره") is CONSULT with the visitor Minniti as source; Chahed's earlier reception of Minniti is a
# second CONSULT, undated ("كان استقبل"). Majdoub's "شدد على ضرورة تأمين الحدود" is a call (REQUEST, no target);
# his stress on strengthening cooperation and continuing consultation between the two countries is intent to
# cooperate (one AGREE with Italy, though أكد, قال and أشار all voice it). "وفق تعبيره" repeats the speaker of its
# sentence: no claim. "وزير الداخلية" is left out of both ministers, since it would match the other's title.
i = 'ant-JA-localNews-3833-20170103'
t = news_text(i)
MAJDOUB = ["Hedi Majdoub", "الهادي مجدوب", "مجدوب", "Tunisia", "تونس"]
MINNITI = ["Marco Minniti", "ماركو مينيتي", "مينيتي", "Italy", "إيطاليا", "ايطاليا"]
recs.append({"id": i, "text": t, "published": "2017-01-03", "events": [
    {"code": "CONSULT", "source": MINNITI, "target": MAJDOUB, "date": "2017-01-03"},
    {"code": "REQUEST", "source": MAJDOUB, "target": [], "date": "2017-01-03"},
    {"code": "AGREE", "source": MAJDOUB, "target": MINNITI, "date": "2017-01-03"},
    {"code": "CONSULT", "source": MINNITI,
     "target": ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisia", "تونس"]}], "claims": [
    {"speaker": MAJDOUB, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MAJDOUB, "cue": cue(t, "شدد"), "stance": "other"},
    {"speaker": MAJDOUB, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MAJDOUB, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Lotfi Mraihi (Popular Republican Union) on the municipal elections, on "Politica" today (2017-02-02).
# Running in elections and choosing 50 constituencies are not PLOVER events. "كان من الأجدى تحييد تعيين
# المعتمدين" criticises the delegates' reshuffle whose doer the text does not name: ACCUSE with no target. His
# complaint that certain media bar him is a second ACCUSE against those outlets; the ban itself is a passive
# ("ممنوع") with no doer. "ضيف بوليتكا" holds the show's name, so it is left out of his aliases.
i = 'ant-JA-politic-93-20170202'
t = news_text(i)
MRAIHI = ["Lotfi Mraihi", "لطفي المرايحي", "المرايحي", "Popular Republican Union", "الاتحاد الشعبي الجمهوري"]
recs.append({"id": i, "text": t, "published": "2017-02-02", "events": [
    {"code": "ACCUSE", "source": MRAIHI, "target": [], "date": "2017-02-02"},
    {"code": "ACCUSE", "source": MRAIHI, "target": ["certain media outlets", "وسائل إعلامية معينة",
                                                    "وسائل إعلامية"], "date": "2017-02-02"}], "claims": [
    {"speaker": MRAIHI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MRAIHI, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": MRAIHI, "cue": cue(t, "أكد"), "stance": "accuse"}]})
# --- The Tunis stock exchange rebounds after the attack: market moves, no events. "وفق الوسيط بالبورصة مينا
# كابتل" is the only attribution of its sentence, so a claim by the named broker ("الوسيط بالبورصة" holds the
# exchange, another entity, so it is left out).
i = 'ant-JA-economy-258-20150319'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-03-19", "events": [], "claims": [
    {"speaker": ["Mena Capital", "مينا كابتل"], "cue": cue(t, "وفق"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch15.gold.jsonl', recs)
