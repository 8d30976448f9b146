"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 17 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- The Medina branch of the Islamic Affairs ministry organises a course for mosque monitors. Organising training
# with an institute that belongs to the same ministry (التابع لوكالة المساجد بالوزارة) is internal: no event. The
# branch director's explanation is the only claim.
i = 'snn-was-3b6018736fd0'
t = news_text(i)
KHATRI = ["Mohammed al-Amin bin Khatri", "محمد الأمين بن خطري", "بن خطري",
          "Ministry of Islamic Affairs, Endowments, Dawah and Guidance",
          "فرع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد", "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": KHATRI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Al-Turki (Muslim World League) receives the head of the schools' union in Mecca today: the visitor is the
# source. The visitor's praise of the cooperation (مشيداً) and the shield he hands over at the end are two SUPPORT
# instances; al-Turki's stated readiness to continue the joint work is an offer (AGREE). "قدم تقريراً عن أعمال
# الإتحاد" gives no statement of its own, so no claim. All of it happened at today's meeting.
i = 'snn-was-fcd5b5baeb16'
t = news_text(i)
TURKI = ["Abdullah bin Abdulmohsen Al-Turki", "عبدالله بن عبدالمحسن التركي", "التركي", "Muslim World League",
         "رابطة العالم الإسلامي", "الرابطة"]
UNION = ["Abdulfattah Suleiman Abdullah", "عبدالفتاح سليمان عبدالله",
         "World Union of Arab and Islamic International Schools", "الاتحاد العالمي للمدارس العربية والإسلامية الدولية",
         "الاتحاد العالمي للمدارس العربية والإسلامية", "الاتحاد"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": UNION, "target": TURKI, "date": "2015-08-10"},
    # "مشيداً بالتعاون البناء مع الرابطة وهيئاتها وعلى وجه الخصوص الهيئة الإسلامية العالمية للتعليم"
    {"code": "SUPPORT", "source": UNION,
     "target": TURKI + ["International Islamic Organization for Education", "الهيئة الإسلامية العالمية للتعليم"],
     "date": "2015-08-10"},
    # "أكد الدكتور التركي, استعداد الرابطة وهيئاتها لاستمرار العمل المشترك مع الاتحاد"
    {"code": "AGREE", "source": TURKI, "target": UNION, "date": "2015-08-10"},
    # "قدم الأمين العام للاتحاد ... درع الاتحاد لمعالي الأمين العام لرابطة العالم الإسلامي تقديراً لجهوده"
    {"code": "SUPPORT", "source": UNION, "target": TURKI, "date": "2015-08-10"}], "claims": [
    {"speaker": UNION, "cue": cue(t, "مشيداً"), "stance": "assert"},
    {"speaker": TURKI, "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- Buzz Aldrin praises Saudi space efforts (أشاد) and Prince Sultan bin Salman's (نوه): two SUPPORT, one per
# target. His visit ("الذي يزور السعودية حاليا", a relative clause with its doer) is CONSULT; "نحرص على مشاركة
# الأمير سلطان ... في برنامج ناسا" expresses intent to cooperate (CAMEO 030, AGREE). The 1969 moon landing and his
# career are background. No day is given. Sultan heads a state commission, so his list holds Saudi Arabia.
i = 'snn-aawsat-9130cb6a2100'
t = news_text(i)
ALDRIN = ["Buzz Aldrin", "باز ألدرين", "ألدرين"]
SAUDI = ["Saudi Arabia", "السعودية"]
SULTAN = ["Sultan bin Salman", "سلطان بن سلمان", "Saudi Commission for Tourism and National Heritage",
          "الهيئة العامة للسياحة والتراث الوطني"] + SAUDI
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "SUPPORT", "source": ALDRIN, "target": SAUDI},
    {"code": "SUPPORT", "source": ALDRIN, "target": SULTAN},
    {"code": "CONSULT", "source": ALDRIN, "target": SAUDI},
    {"code": "AGREE", "source": ALDRIN, "target": SULTAN}], "claims": [
    {"speaker": ALDRIN, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": ALDRIN, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": ALDRIN, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Kurds demonstrate in Brussels against the Turkish raids on the PKK. The demonstration, its chants and its
# commemoration are one PROTEST (its organiser, the Kurdistan National Congress, is in the source list); its
# condemnation is the protest's content, not a separate ACCUSE, but the chants "منددة بالغارات" are the
# demonstrators' speech, one accuse claim. Erdogan's launch of a "war on terror" on the PKK and ISIS (compound
# target) and the raids of the Turkish army / air force on the PKK (the relative clause "يشنها الجيش التركي" and
# "ينفذ الطيران التركي غارات" tell the same raids) are two ASSAULT. The rebels' charge of civilian victims is ACCUSE,
# Ankara's denial REJECT. Nominal or doerless: the Suruc attack (ISIS only "المتهم", accuser unnamed), the truce
# and its collapse, the conflict's toll, Ocalan's imprisonment. No day is fixed.
i = 'snn-alriyadh-d554791099dc'
t = news_text(i)
PROTESTERS = ["Kurdish demonstrators", "المتظاهرون", "مئتي شخص", "Kurds", "الأكراد",
              "Kurdistan National Congress", "المجلس الوطني الكردستاني"]
TURKISH_ARMY = ["Turkish army", "الجيش التركي", "الطيران التركي", "Turkey", "تركيا", "انقرة"]
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب اردوغان", "اردوغان", "Turkey", "تركيا", "انقرة"]
PKK = ["Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني", "المتمردين", "المتمردون", "الحزب الكردي"]
ISIS = ["Islamic State", "ISIS", "داعش", "تنظيم داعش"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": TURKISH_ARMY},
    {"code": "ASSAULT", "source": TURKISH_ARMY, "target": PKK},
    {"code": "ASSAULT", "source": ERDOGAN, "target": PKK + ISIS},
    # "ويقول المتمردون أن ضحايا مدنيين يسقطون في الغارات التركية وهو ما تنفيه انقرة"
    {"code": "ACCUSE", "source": PKK, "target": TURKISH_ARMY},
    {"code": "REJECT", "source": TURKISH_ARMY, "target": PKK}], "claims": [
    {"speaker": PROTESTERS, "cue": cue(t, "منددة"), "stance": "accuse"},
    {"speaker": PKK, "cue": cue(t, "يقول"), "stance": "accuse"},
    {"speaker": ["Turkey", "تركيا", "انقرة", "Turkish government"], "cue": cue(t, "تنفيه"), "stance": "deny"}]})
# --- Nine Syrian refugees die in a bus crash in Turkey: no political event (the Syrian war and the 2011 protests are
# nominal background). The neighbourhood head speaks four times; "لوكالة أنباء الأناضول" is the outlet he spoke to,
# not a speaker. "أعرب عن مخاوفه إزاء ارتفاع حصيلة القتلى" voices fear of a worse toll: warn.
i = 'snn-aljazirah-b6a10e1c7a7d'
t = news_text(i)
OZTURK = ["Yasin Ozturk", "ياسين أوزتورك", "أوزتورك"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": OZTURK, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": OZTURK, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": OZTURK, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": OZTURK, "cue": cue(t, "أعرب"), "stance": "warn"}]})
# --- Ridha Belhaj (Nidaa Tounes steering committee) on joint municipal lists with the Salvation Front parties. The
# reported "توجه واتفاق" to run on joint lists is the article's news with both sides named (the speaker's party and
# "الأحزاب المكونة لجبهة الإنقاذ"), coded as one undated AGREE; the party meeting is internal. "في تصريح لمراسلة
# الجوهرة" repeats the speaker of وأضاف in the same sentence: no extra claim.
i = 'ant-JA-politic-114-20170205'
t = news_text(i)
BELHAJ = ["Ridha Belhaj", "رضا بلحاج", "بلحاج", "Nidaa Tounes", "نداء تونس", "حركة نداء تونس"]
FRONT = ["Salvation Front", "جبهة الإنقاذ", "الأحزاب المكونة لجبهة الإنقاذ", "Machrouu Tounes", "حركة مشروع تونس",
         "Free Patriotic Union", "الوطني الحر"]
recs.append({"id": i, "text": t, "published": "2017-02-05", "events": [
    {"code": "AGREE", "source": BELHAJ + ["Nidaa Tounes steering committee", "الهيئة التسييرية"], "target": FRONT}],
    "claims": [
    {"speaker": BELHAJ, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BELHAJ, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Denial that Libyan parties reject Tunisia's border wall. The denier is a bare "مصدر مطلع" (no claim, no REJECT);
# the rejection it denies is a noun (رفض أطراف ليبية). The statement published today and attributed to the Supreme
# Council of Libya's Revolutionaries calls the plan an encroachment (اعتبر): an alleged ACCUSE against Tunisia and an
# accuse claim. The council's aliases drop "ليبيا", the name of another entity of the article.
i = 'ant-JA-localNews-4471-20150712'
t = news_text(i)
COUNCIL = ["Supreme Council of Revolutionaries", "المجلس الأعلى لثوار", "المجلس الأعلى"]
recs.append({"id": i, "text": t, "published": "2015-07-12", "events": [
    {"code": "ACCUSE", "source": COUNCIL, "target": ["Tunisia", "تونس"], "date": "2015-07-12"}], "claims": [
    {"speaker": COUNCIL, "cue": cue(t, "اعتبر"), "stance": "accuse"}]})
# --- French presidential first round: voting and turnout are not events; the interior ministry's figures are the
# one claim.
i = 'ant-JA-internationalNews-761-20170423'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-04-23", "events": [], "claims": [
    {"speaker": ["French Ministry of the Interior", "وزارة الداخلية الفرنسية", "وزارة الداخلية", "France", "فرنسا"],
     "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- Tunisian FM Jhinaoui after meeting his Qatari counterpart in Tunis today (Monday): the visitor (Qatar's FM) is
# the CONSULT source. The president's announced May visit is AGREE, dated by today's announcement; the hope that
# cooperation will cover unemployment and regional development is a second AGREE (intent to cooperate); his
# gratitude to Qatar is SUPPORT, and "قطر التي دعمت تونس منذ ثورة 2011" a historical SUPPORT. The 2012 visit of Caid
# Essebsi is a historical CONSULT; the former president's "boycott" is nominal. "بحسب تعبيره" (twice) repeats the
# speaker of its own sentence: no claim.
i = 'ant-JA-localNews-1097-20160328'
t = news_text(i)
TUNISIA = ["Tunisia", "تونس"]
QATAR = ["Qatar", "قطر"]
JHINAOUI = ["Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي"] + TUNISIA
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "قايد السبسي", "رئيس الجمهورية"] + TUNISIA
QATARI_FM = ["Mohammed bin Abdulrahman Al Thani", "محمد بن عبد الرحمن بن جاسم آل ثاني", "الوزير القطري"] + QATAR
recs.append({"id": i, "text": t, "published": "2016-03-28", "events": [
    {"code": "AGREE", "source": ESSEBSI, "target": QATAR, "date": "2016-03-28"},
    {"code": "CONSULT", "source": QATARI_FM, "target": JHINAOUI, "date": "2016-03-28"},
    # "وعبر عن امتنانه لقطر"
    {"code": "SUPPORT", "source": JHINAOUI, "target": QATAR, "date": "2016-03-28"},
    {"code": "SUPPORT", "source": QATAR, "target": TUNISIA},
    # "يأمل في أن يشمل التعاون بين البلدين كل من البطالة والتنمية بالجهات الداخلية"
    {"code": "AGREE", "source": JHINAOUI, "target": QATAR, "date": "2016-03-28"},
    {"code": "CONSULT", "source": ESSEBSI, "target": QATAR}], "claims": [
    {"speaker": JHINAOUI, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "كشف"), "stance": "assert"}]})
# --- Security units arrest three young burglars yesterday (Tuesday 9 February): COERCE. The questioning ("خلال
# التحريات معهم من طرف فرقة الأبحاث") is nominal and the seizure of the goods passive with no doer, so neither is
# coded. "وفق ما أكده بلاغ صادر عن وزارة الداخلية" is the only attribution of its sentence, a claim; the suspects'
# confession (أكّد ... مشيرين) gives two claims by identifiable speakers.
i = 'ant-JA-localNews-973-20160210'
t = news_text(i)
SUSPECTS = ["suspects", "المظنون فيهم", "3 شبّان", "شبّان"]
recs.append({"id": i, "text": t, "published": "2016-02-10", "events": [
    {"code": "COERCE", "source": ["security units", "الوحدات الأمنية", "National Guard", "الحرس الوطني",
                                  "فرقة الأبحاث والتّفتيش", "Tunisian Ministry of Interior", "وزارة الداخلية",
                                  "Tunisia", "تونس"], "target": SUSPECTS, "date": "2016-02-09"}], "claims": [
    {"speaker": ["Tunisian Ministry of Interior", "وزارة الداخلية", "Tunisia", "تونس"], "cue": cue(t, "وفق ما أكده"),
     "stance": "assert"},
    {"speaker": SUSPECTS, "cue": cue(t, "أكّد"), "stance": "assert"},
    {"speaker": SUSPECTS, "cue": cue(t, "مشيرين"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch17.gold.jsonl', recs)
