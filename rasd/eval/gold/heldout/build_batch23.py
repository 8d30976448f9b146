"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 23 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Mawhiba summer students visit three Jeddah institutions (today, 10 August by the dateline). The visit is
# one CONSULT (make a visit) with the three hosts in one compound target, the programme that organises it beside
# the students as source. "تحلية جدة" and "... بجدة" hold the city جدة, which the dateline names, so the
# corporation keeps only its name without the city.
i = 'snn-was-a5b2cf1bfe4c'
t = news_text(i)
AMARI = ["Abdulaziz Al-Amari", "عبد العزيز العماري", "العماري", "Mawhiba", "برنامج موهبة"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT",
     "source": ["Mawhiba summer programme students", "الطلاب المشاركون في برنامج موهبة الصيفي", "الطلاب",
                "طلاب موهبة", "Mawhiba", "برنامج موهبة"],
     "target": ["Saline Water Conversion Corporation", "المؤسسة العامة لتحلية المياه المالحة",
                "Saudi Japanese Automotive High Institute", "المعهد العالي السعودي الياباني للسيارات",
                "المعهد الياباني", "public library", "المكتبة العامة"], "date": "2015-08-10"}], "claims": [
    {"speaker": AMARI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AMARI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": AMARI, "cue": cue(t, "أكد"), "stance": "assert"}]})
# --- Mourinho after Chelsea's draw with Swansea. Match actions (the referee's red card, the goals) are sport,
# not political events. "ألقى ... باللوم على طرد حارس المرمى" attributes the draw to a circumstance and names
# no party blamed (his quote criticises neither referee nor players), so it is a claim (assert) but no ACCUSE.
i = 'snn-alriyadh-ab4c24186a3b'
t = news_text(i)
MOURINHO = ["Jose Mourinho", "جوزيه مورينيو", "مورينيو"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": MOURINHO, "cue": cue(t, "ألقى"), "stance": "assert"},
    {"speaker": MOURINHO, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MOURINHO, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- The Egyptian army repels an attack in Suez at 4:15 pm on Sunday (9 August; published Monday). The two
# gunmen's fire on the troops and the troops' reply that killed one of them are two ASSAULTs in opposite
# directions, both dated by "مساء الأحد"; the lead's "صد هجوم" re-tells the same two acts. Combing the area "to
# seize the fugitive" is an arrest operation (COERCE), ongoing and undated. The police officer's death is a result
# of the attack, not an act of its own.
i = 'snn-alriyadh-2a6a2832bc31'
t = news_text(i)
ARMY = ["Egyptian Armed Forces", "القوات المسلحة المصرية", "القوات المسلحة", "الجيش المصري",
        "Third Field Army", "الجيش الثالث الميداني", "الجيش الثالث المصري الميداني", "القوات",
        "عناصر التأمين", "Egypt"]
GUNMEN = ["terrorists", "العناصر الإرهابية", "اثنين من العناصر الإرهابية", "أحد العناصر الإرهابية",
          "الإرهابي الهارب"]
SAMIR = ["Mohamed Samir", "محمد سمير", "سمير", "Egyptian Armed Forces", "القوات المسلحة المصرية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": GUNMEN, "target": ARMY, "date": "2015-08-09"},
    {"code": "ASSAULT", "source": ARMY, "target": GUNMEN, "date": "2015-08-09"},
    {"code": "COERCE", "source": ARMY, "target": ["fugitive terrorist", "الإرهابي الهارب", "العنصر الآخر"]}],
    "claims": [
    {"speaker": ARMY, "cue": cue(t, "أعلنت"), "stance": "assert"},
    # "في بيان صحفي" in the same sentence is the same speaker's channel: no second claim
    {"speaker": SAMIR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SAMIR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SAMIR, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Fighting in Taiz and Hodeidah. "المعارك ... التي اندلعت بين الجانبين" is reciprocal fighting with both sides
# named: one ASSAULT whose source holds every member (Houthis, Saleh's forces, the Popular Resistance) and no
# target, undated ("خلال الساعات الماضية"). The Resistance attack "شنته اليوم المقاومة الشعبية" in Hodeidah,
# introduced by "من جهة أخرى", is a second instance, dated today.
i = 'snn-alyaum-5e77a7b739cd'
t = news_text(i)
HOUTHIS = ["Houthis", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "قوات التمرد الحوثي", "الميليشيا",
           "Ali Abdullah Saleh", "علي عبدالله صالح", "عناصر الرئيس المخلوع"]
RESISTANCE = ["Popular Resistance", "المقاومة الشعبية", "رجال المقاومة الشعبية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": HOUTHIS + RESISTANCE, "target": []},
    {"code": "ASSAULT", "source": RESISTANCE, "target": HOUTHIS, "date": "2015-08-09"}], "claims": [
    {"speaker": ["Saba", "Yemen News Agency", "وكالة الأنباء اليمنية"], "cue": cue(t, "أفادت"),
     "stance": "assert"}]})
# --- Mehdi Hashemi Rafsanjani reports to Evin prison "اليوم الأحد" (9 August; published Monday). Giving himself
# up to serve the sentence is yielding (CONCEDE 080); his statement objecting to the verdict and the Fars quote
# ("ليس عادلا ... له أغراض سياسية") are one ACCUSE of an unnamed court (target left open), his request that
# state TV air his trial one REQUEST. His father's earlier public criticism of the verdict is a historical ACCUSE,
# the hardliners' accusation an ACCUSE of Mehdi (no claim: a bare group). The conviction, the two detentions
# (passive) and his leaving Iran are not coded. "رفسنجاني" alone names either man in the text, so no Arabic alias
# holds it: the son keeps "مهدي", the father "علي أكبر" (the father heads the Expediency Council, a state office,
# so he also lists Iran). State TV's "ما وصفها ... بقضايا ضد الأمن" is a claim of an identified institution.
i = 'snn-alweeam-2c01ca071762'
t = news_text(i)
MEHDI = ["Mehdi Hashemi Rafsanjani", "مهدي"]
FATHER = ["Akbar Hashemi Rafsanjani", "علي أكبر", "Expediency Council", "مجمع تشخيص مصلحة النظام", "Iran",
          "ايران"]
STATE_TV = ["Iranian state television", "IRIB", "التلفزيون الحكومي", "التلفزيون الرسمي"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONCEDE", "source": MEHDI, "target": ["Iran", "ايران", "Evin prison", "سجن ايفين"],
     "date": "2015-08-09"},
    {"code": "ACCUSE", "source": MEHDI, "target": [], "date": "2015-08-09"},
    {"code": "REQUEST", "source": MEHDI, "target": STATE_TV, "date": "2015-08-09"},
    {"code": "ACCUSE", "source": FATHER, "target": []},
    {"code": "ACCUSE", "source": ["hardliners", "المتشددين"], "target": MEHDI}], "claims": [
    {"speaker": STATE_TV, "cue": cue(t, "وصفها"), "stance": "assert"},
    {"speaker": MEHDI, "cue": cue(t, "يعترض"), "stance": "accuse"},
    # "نقلت وكالة فارس للأنباء عن رفسنجاني قوله": Fars is a conduit
    {"speaker": MEHDI, "cue": cue(t, "قوله"), "stance": "accuse"},
    {"speaker": MEHDI, "cue": cue(t, "طلب"), "stance": "other"},
    {"speaker": FATHER, "cue": cue(t, "انتقد"), "stance": "accuse"}]})
# --- Sidi Bouzid baccalaureate students on hunger strike over their sport grades (second day running, no day
# named, so undated). The strike is PROTEST, "مطالبين بإعادة الاختبار" one REQUEST; the protesting student who
# speaks is an explicit actor, so his accusation against "اطراف في المندوبية" (ACCUSE) and his demand for an
# inquiry (a second REQUEST) are coded, but he is anonymous and tied to no named institution, so his cues make no
# claim. The parent Taher Afi's "التلاعب بالاعداد واضح" is an ACCUSE naming no culprit. The regional delegate's
# "no leak, hence no re-test" is one statement: one REJECT of the protesters (deny). TAP is a conduit; "تونس"
# occurs only inside its name, so the delegate lists his state in English only.
i = 'ant-JA-society-976-20170602'
t = news_text(i)
STUDENTS = ["baccalaureate students", "تلاميذ البكالوريا", "عدد من تلاميذ البكالوريا", "التلاميذ المحتجين",
            "أحد التلاميذ المحتجين"]
AFI = ["Taher Afi", "طاهر عافي", "عافي"]
AIFA = ["Mouldi Al-Aifa", "المولدي العيفة", "العيفة", "regional education delegate", "المندوب الجهوي للتربية",
        "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-06-02", "events": [
    {"code": "PROTEST", "source": STUDENTS, "target": []},
    {"code": "REQUEST", "source": STUDENTS, "target": []},
    {"code": "ACCUSE", "source": STUDENTS, "target": ["regional education delegation", "المندوبية",
                                                      "اطراف في المندوبية"]},
    {"code": "REQUEST", "source": STUDENTS, "target": []},
    {"code": "ACCUSE", "source": AFI, "target": []},
    {"code": "REJECT", "source": AIFA, "target": STUDENTS}], "claims": [
    {"speaker": AFI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": AFI, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": AIFA, "cue": cue(t, "أفاد"), "stance": "deny"}]})
# --- Over a thousand Palestinian prisoners start a hunger strike on Monday morning (today). Qaraqe's and the
# Prisoners' Club's figures re-tell one PROTEST; its target is not named in the text, so it is left open. The
# Israel Prison Service "بدأت بسحب كل مقتنيات الأسرى" is confiscation (COERCE 1711), undated. "مسؤول فلسطيني" is an
# anonymous official of a named government, so a claim; "حسب المعلومات التي وردت الينا ... من الأسرى" inside the
# spokeswoman's quote cites bare sources. No prisoner alias holds "الأسرى"/"الأسير", which are inside the names of
# the Commission and the Club.
i = 'ant-JA-internationalNews-694-20170417'
t = news_text(i)
PRISONERS = ["Palestinian prisoners", "معتقل فلسطيني", "أكثر من ألف معتقل فلسطيني", "الأسرى المضربين"]
IPS = ["Israel Prison Service", "مصلحة السجون الإسرائيلية", "Israel"]
QARAQE = ["Issa Qaraqe", "عيسى قراقع", "قراقع", "Palestinian Commission of Detainees' Affairs",
          "هيئة شؤون الأسرى الفلسطينية", "Palestine"]
CLUB = ["Palestinian Prisoners' Club", "نادي الأسير الفلسطيني", "نادي الأسير"]
recs.append({"id": i, "text": t, "published": "2017-04-17", "events": [
    {"code": "PROTEST", "source": PRISONERS, "target": [], "date": "2017-04-17"},
    {"code": "COERCE", "source": IPS, "target": PRISONERS}], "claims": [
    {"speaker": ["Palestinian official", "مسؤول فلسطيني", "Palestine"], "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": QARAQE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": QARAQE, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": CLUB, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ["Amani Sarahneh", "أماني سراحنه", "سراحنه"] + CLUB, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": CLUB, "cue": cue(t, "أكد", 2), "stance": "accuse"}]})
# --- De Mistura: Iran assured him its rift with Saudi Arabia will not affect the Syria talks. Iran's assurance
# and the "similar guarantees from Riyadh last week" are expressions of intent to cooperate (AGREE 030), the
# giver the source and the envoy the target, undated (the day of the Tehran meeting is not given). The meeting
# with Zarif, the tour and the Damascus visit are nominal (no CONSULT), as is the Saudi break of relations; the
# envoy's planned consultation of the Secretary-General is internal to the UN. "يتطلع الى أن تواصل المجموعة
# الدولية لدعم سوريا ومجلس الامن ..." is an appeal (REQUEST) to both bodies; Saudi Arabia's "قد تتخذ اجراءات
# أخرى ما لم تغير ايران سياستها" is a conditional THREATEN, today (Sunday). Aliases holding "سوريا" (the ISSG's
# Arabic name, "مبعوث ... لسوريا") are dropped, since Syria is named on its own.
i = 'ant-JA-internationalNews-374-20160110'
t = news_text(i)
MISTURA = ["Staffan de Mistura", "ستافان دي ميستورا", "دي ميستورا", "المبعوث الخاص", "United Nations",
           "الامم المتحدة"]
IRAN = ["Iran", "ايران", "إيران"]
SAUDI = ["Saudi Arabia", "السعودية", "الرياض"]
recs.append({"id": i, "text": t, "published": "2016-01-10", "events": [
    {"code": "AGREE", "source": IRAN, "target": MISTURA},
    {"code": "AGREE", "source": SAUDI, "target": MISTURA},
    {"code": "REQUEST", "source": MISTURA,
     "target": ["ISSG", "المجموعة الدولية", "Security Council", "مجلس الامن"]},
    {"code": "THREATEN", "source": SAUDI, "target": IRAN, "date": "2016-01-10"}], "claims": [
    {"speaker": MISTURA, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": IRAN, "cue": cue(t, "أكدت"), "stance": "promise"},
    {"speaker": MISTURA, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MISTURA, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MISTURA, "cue": cue(t, "يتطلع"), "stance": "other"},
    {"speaker": SAUDI, "cue": cue(t, "قالت"), "stance": "warn"},
    {"speaker": SAUDI, "cue": cue(t, "توقعت"), "stance": "assert"}]})
# --- Tunisia's religious affairs minister receives the Iranian culture minister (today, Friday): CONSULT with
# the visitor as source. The visit to Tunisia for the book fair and the Iranian film days is a wider instance
# (CONSULT with Tunisia, undated). "حسب بلاغ صادر عن وزارة الشؤون الدينية" is the minister's own ministry
# reporting his words, so the same speaker and no second claim (as the seed's "بحسب البيان الأمريكي"). The Iranian
# minister's "حرصه على دعم الشراكة" is a promise-claim but too vague for AGREE. "الوزير" alone is Adhoum, so the
# Iranian keeps no "الوزير ..." alias.
i = 'ant-JA-localNews-3237-20170331'
t = news_text(i)
ADHOUM = ["Ahmed Adhoum", "أحمد عظوم", "عظوم", "Ministry of Religious Affairs", "وزارة الشؤون الدينية", "Tunisia",
          "تونس"]
AMIRI = ["Reza Salehi Amiri", "رضا صالح أميري", "رضا صالحي أميري", "أميري", "Iranian delegation", "وفدا إيرانيا",
         "Iran", "إيران"]
recs.append({"id": i, "text": t, "published": "2017-03-31", "events": [
    {"code": "CONSULT", "source": AMIRI, "target": ADHOUM, "date": "2017-03-31"},
    {"code": "CONSULT", "source": AMIRI, "target": ["Tunisia", "تونس"]}], "claims": [
    {"speaker": ADHOUM, "cue": cue(t, "أبرز"), "stance": "assert"},
    {"speaker": AMIRI, "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- Mehdi Jomaa at an open forum in Sousse today on his new party: attending the forum is CONSULT with no
# named counterpart; "دعا الحضور للمساهمة" a REQUEST to the audience. "بحسب ما أكده موفد الجوهرة اف أم" is the
# outlet's own correspondent, its own voice, so no claim. "حاول ... تفادي انتقاد" is not an act.
i = 'ant-JA-politic-68-20170129'
t = news_text(i)
JOMAA = ["Mehdi Jomaa", "مهدي جمعة", "جمعة"]
recs.append({"id": i, "text": t, "published": "2017-01-29", "events": [
    {"code": "CONSULT", "source": JOMAA, "target": [], "date": "2017-01-29"},
    {"code": "REQUEST", "source": JOMAA, "target": ["forum attendees", "الحضور"], "date": "2017-01-29"}],
    "claims": [
    {"speaker": JOMAA, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": JOMAA, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": JOMAA, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch23.gold.jsonl', recs)
