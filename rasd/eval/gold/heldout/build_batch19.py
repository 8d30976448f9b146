"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 19 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- A Riyadh Quran-memorisation charity condemns the bombing of the Emergency Forces mosque in Asir. The bombing
# is tied to an explicit doer ("سبيل ... الذي سلكه الخوارج المخربون ... ومن ذلك ما وقع اليوم من عمل إجرامي"), so it
# is an ASSAULT dated by its "اليوم" against the publication day, as the rules say, though the Asir attack itself
# fell four days earlier. The association's أدانت and its vice-chairman's statement are one condemnation. "ووقوفهم
# صفًا واحدًا خلف ولاتهم وعلمائهم" is declared support for the rulers: SUPPORT. The closing prayers (داعيًا الله،
# سائلين الله) are wishes: neither event nor claim. Aliases holding "الرياض" or "عسير" (places the text names) are
# left out.
i = 'snn-aljazirah-f599ccf212d7'
t = news_text(i)
ASSOC = ["Quran Memorization Charitable Association", "الجمعية الخيرية لتحفيظ القرآن الكريم",
         "الجمعية الخيرية لتحفيظ القرآن", "الجمعية"]
HUDHLOUL = ["Abdulrahman Al-Hudhloul", "عبدالرحمن بن عبدالله الهذلول", "الهذلول"] + ASSOC
KHAWARIJ = ["Khawarij (the bombers)", "الخوارج المخربون", "الخوارج", "المنحرفون", "هؤلاء المنحرفون"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": KHAWARIJ,
     "target": ["security men", "رجال الأمن المجاهدين", "رجال الأمن", "عباد الله الراكعين الساجدين",
                "Saudi Emergency Forces", "قوات الطوارئ"], "date": "2015-08-10"},
    {"code": "ACCUSE", "source": HUDHLOUL, "target": KHAWARIJ},
    {"code": "SUPPORT", "source": HUDHLOUL,
     "target": ["Saudi rulers and scholars", "ولاتهم", "علمائهم", "Saudi Arabia", "السعودية"]}], "claims": [
    {"speaker": ASSOC, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": HUDHLOUL, "cue": cue(t, "بيّن"), "stance": "accuse"},
    {"speaker": HUDHLOUL, "cue": cue(t, "مبينًا"), "stance": "assert"},
    {"speaker": HUDHLOUL, "cue": cue(t, "مؤكدًا"), "stance": "accuse"}]})
# --- PKK supporters clash with Turkish police; rebels and "terrorists" kill soldiers and a policeman; Turkish
# raids on the PKK and ISIS. "الاشتباكات بين الشرطة ومقاتلي الحزب", "هجوم انتحاري لداعش" and "هجمات متفرقة لمنظمة بي
# كا كا" are nominalised background: not coded. "هجوم شنه إرهابيون" is a relative clause with a doer: coded, and
# the "ووفقًا لمصادر" retelling of it counts once (bare sources: no claim). The two attacks in Van and Agri are one
# clause and one record. The protest is dated by "أول من أمس"; the checkpoints, tear gas and firebombs that follow
# are left undated. "أنصار حزب العمال الكردستاني" holds the PKK's name, so the protesters keep only "أنصار" and the
# words for protesters; the rebels (المتمردون) are the PKK's fighters and list it.
i = 'snn-alwatan-92060d8b4e72'
t = news_text(i)
PROTESTERS = ["PKK supporters", "أنصار", "محتجون ملثمون", "محتجون", "المحتجون", "المتظاهرين", "المتظاهرون"]
POLICE = ["Turkish police", "شرطة مكافحة الشغب", "الشرطة", "القوات", "Turkey", "تركيا"]
PKK = ["Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني", "بي كا كا"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2015-08-07"},
    # "أقام محتجون ملثمون نقاط تفتيش ... وأوقفوا السيارات وطلبوا من الركاب إبراز بطاقات الهوية"
    {"code": "COERCE", "source": PROTESTERS, "target": ["passengers", "الركاب"]},
    {"code": "ASSAULT", "source": POLICE, "target": PROTESTERS},
    # "المتظاهرين الذين رشقوا القوات بقنابل حارقة"
    {"code": "ASSAULT", "source": PROTESTERS, "target": POLICE},
    {"code": "ASSAULT", "source": ["rebels", "المتمردون"] + PKK,
     "target": ["Turkish soldiers", "جنديين", "قوات الأمن التركية", "Turkey", "تركيا"]},
    {"code": "ASSAULT", "source": ["terrorists", "إرهابيون", "الإرهابيين"],
     "target": ["Turkish police", "شرطي", "صالح حسين بارجه", "الشرطة", "Turkey", "تركيا"], "date": "2015-08-07"},
    # "تركيا شنت ... غارات استهدفت ... مواقع تابعة لمنظمة بي كا كا، وتنظيم داعش": one record, compound target
    {"code": "ASSAULT", "source": ["Turkey", "تركيا"], "target": PKK + ["Islamic State", "ISIS", "داعش"]}],
    "claims": []})
# --- Al-Hilal's captain Saud Kariri misses the Super Cup. Not political: no events. "مصدر مطلع بنادي الهلال" is an
# anonymous source tied to a named club, so a claim; "وذكرت مصادر" is bare, so none, though its quote speaks as the
# club. "قبل أن يعلن اعتزاله اللعب دوليا" is Kariri's own (past) announcement: a claim.
i = 'snn-alriyadh-93f8e6efd198'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": ["Al-Hilal source", "مصدر مطلع بنادي الهلال", "نادي الهلال", "Al-Hilal", "الهلال"],
     "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": ["Saud Kariri", "سعود كريري", "كريري"], "cue": cue(t, "يعلن"), "stance": "assert"}]})
# --- Sit-in in Latakia demanding the execution of Suleiman al-Assad for killing a colonel. The demand
# ("للدعوة لإنزال العقاب"، "ودعا المعتصمون إلى إعدام"، the chant) is the sit-in's own demand, so one PROTEST and no
# REQUEST (PLOVER: demands made by protest are PROTEST); "يتهمونه بقتل عقيد" is the protesters' ACCUSE, and the
# pro-Assad chants a SUPPORT. The killing is coded from the finite "فقتله بالرصاص" and dated by the SOHR quote's
# "ليل.. 6 من أغسطس"; the supporters' rival account (a bodyguard killed him) is a second ASSAULT record with its own
# doer. "هلال الأسد، الذي قتل في معارك مع الفصائل" is passive without an agent: not coded. Claims: the sit-in
# crowd and "عدد من مؤيدي الأسد" are bare groups, so no claim; "ناشطين من المعارضة السورية" are tied to a named
# body, so a claim. Aliases with "الأسد" would match Bashar, whom the article also names, so Suleiman keeps his
# first name and the bodyguard loses "سليمان".
i = 'snn-aawsat-98d173349c0f'
t = news_text(i)
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد"]
SITIN = ["Latakia protesters", "نحو ألف سوري", "ألف سوري", "أكثر من ألف شخص", "المعتصمون", "المعتصمين"]
SULEIMAN = ["Suleiman al-Assad", "سليمان"]
SHEIKH = ["Hassan al-Sheikh", "حسان الشيخ", "العقيد الشيخ", "الشيخ", "العقيد"]
ASSAD = ["Bashar al-Assad", "بشار الأسد", "الأسد", "Syria"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "PROTEST", "source": SITIN, "target": SULEIMAN},
    {"code": "ACCUSE", "source": SITIN, "target": SULEIMAN},
    {"code": "SUPPORT", "source": SITIN, "target": ASSAD},
    {"code": "ASSAULT", "source": SULEIMAN, "target": SHEIKH, "date": "2015-08-06"},
    {"code": "ASSAULT", "source": ["Suleiman al-Assad's bodyguard", "أحد حراس", "حراس"], "target": SHEIKH},
    # "ويدعم العلويون ... نظام الأسد في الحرب"
    {"code": "SUPPORT", "source": ["Alawites", "العلويون"], "target": ["Assad regime", "نظام الأسد"] + ASSAD}],
    "claims": [
    {"speaker": SOHR, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SOHR, "cue": cue(t, "قال", 2), "stance": "accuse"},
    # "المرصد السوري ومؤيدين للرئيس السوري ... قالوا": the observatory is the named speaker
    {"speaker": SOHR, "cue": cue(t, "قالوا"), "stance": "accuse"},
    {"speaker": ["Syrian opposition activists", "ناشطين من المعارضة السورية", "المعارضة السورية"],
     "cue": cue(t, "يقولون"), "stance": "assert"}]})
# --- The Arab Jurists Union condemns the Asir mosque bombing and stands with the Kingdom. The attack has no doer
# here, so no ASSAULT, and both condemnations (the union's, then its representative al-Shammari's) are ACCUSE with
# no target. "أكد الاتحاد ... على وجوب الوقوف ضد كافة الأعمال الإرهابية" is a call: REQUEST with no target. The
# representative speaks for the union, so his list holds it too. The union's "عبر" is glued to the caption
# ("العربعبر"); the cue is that whole token, since a span inside it would cut a word. "تمنى الشمري أن يديم على
# بلادنا نعمة الأمن" is a prayer: no claim.
i = 'snn-aljazirah-83aa6e64db4b'
t = news_text(i)
KSA = ["Saudi Arabia", "السعودية", "المملكة"]
AJU = ["Arab Jurists Union", "اتحاد الحقوقيين العرب", "الاتحاد"]
SHAMMARI = ["Fahd Al-Shammari", "كاتب فهد الشمري", "فهد الشمري", "المحامي الشمري", "الشمري"] + AJU
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": AJU, "target": []},
    {"code": "SUPPORT", "source": AJU, "target": KSA},
    {"code": "REQUEST", "source": AJU, "target": []},
    {"code": "ACCUSE", "source": SHAMMARI, "target": []},
    # "شدد الشمري على أن المملكة تمضي قدماً في سياستها المعتدلة": praise
    {"code": "SUPPORT", "source": SHAMMARI, "target": KSA}], "claims": [
    {"speaker": AJU, "cue": cue(t, "العربعبر"), "stance": "accuse"},
    {"speaker": AJU, "cue": cue(t, "شدد", 1), "stance": "assert"},
    {"speaker": AJU, "cue": cue(t, "أكد", 1), "stance": "accuse"},
    {"speaker": AJU, "cue": cue(t, "أكد", 2), "stance": "other"},
    {"speaker": SHAMMARI, "cue": cue(t, "عبر", 2), "stance": "accuse"},
    {"speaker": SHAMMARI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": SHAMMARI, "cue": cue(t, "شدد", 2), "stance": "assert"},
    {"speaker": SHAMMARI, "cue": cue(t, "نوه"), "stance": "assert"}]})
# --- Palestine's foreign minister asks Britain not to celebrate the Balfour centenary. Two distinct demands
# (طالب: not to take part; دعا: to take responsibility), the second and the London meeting dated by "الليلة
# الماضية"; the minister is the visitor, so the CONSULT source. Balfour's 1917 letter "واعدا بدعم اقامة وطن قومي" is
# a historical promise: AGREE to Rothschild, and "واعدا" a promise claim. "وعد بلفور الذي مكن الحركة الصهيونية" has
# a declaration, not an actor, as its subject: not coded.
i = 'ant-JA-internationalNews-210-20161101'
t = news_text(i)
MALIKI = ["Riyad al-Maliki", "رياض المالكي", "المالكي", "Palestine", "فلسطين"]
UK_GOV = ["British government", "الحكومة البريطانية", "United Kingdom", "Britain", "بريطانيا"]
JOHNSON = ["Boris Johnson", "بوريس جونسن", "جونسن"] + UK_GOV
recs.append({"id": i, "text": t, "published": "2016-11-01", "events": [
    {"code": "REQUEST", "source": MALIKI, "target": UK_GOV},
    {"code": "REQUEST", "source": MALIKI, "target": JOHNSON, "date": "2016-10-31"},
    {"code": "CONSULT", "source": MALIKI, "target": JOHNSON, "date": "2016-10-31"},
    {"code": "AGREE", "source": ["Arthur Balfour", "جيمس آرثر بلفور", "بلفور", "United Kingdom", "Britain"],
     "target": ["Rothschild", "ماير أمشيل روتشلد", "روتشلد"]}], "claims": [
    {"speaker": MALIKI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": MALIKI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": ["Arthur Balfour", "جيمس آرثر بلفور", "بلفور"], "cue": cue(t, "واعدا"), "stance": "promise"}]})
# --- A police-union spokesman condemns a security agent's assault on a lawyer (on air today, Tuesday 20 January).
# The assault itself is nominalised (حادثة اعتداء عون امن): not coded; his condemnation is ACCUSE of the agent. His
# call to all parties and the condemnation share the dated broadcast; the unions' past demand to reform the laws
# ("طالبت النقابات الأمنية") is a REQUEST and a claim of theirs, undated. "على حد قوله" and "وفق قوله" repeat the
# speaker of their own sentence: no claims.
i = 'ant-JA-localNews-2922-20150120'
t = news_text(i)
UNION = ["National Union of Internal Security Syndicates", "الاتحاد الوطني لنقابات الامن الداخلي"]
BELHADJ = ["Imed Belhadj Khalifa", "عماد بلحاج خليفة", "بلحاج خليفة"] + UNION
UNIONS = ["security unions", "النقابات الأمنية"] + UNION
recs.append({"id": i, "text": t, "published": "2015-01-20", "events": [
    {"code": "ACCUSE", "source": BELHADJ, "target": ["security agent", "عون امن", "عون أمن"], "date": "2015-01-20"},
    {"code": "REQUEST", "source": UNIONS, "target": []},
    {"code": "REQUEST", "source": BELHADJ, "target": [], "date": "2015-01-20"}], "claims": [
    {"speaker": BELHADJ, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": BELHADJ, "cue": cue(t, "مؤكدا", 1), "stance": "assert"},
    {"speaker": BELHADJ, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": BELHADJ, "cue": cue(t, "مؤكدا", 2), "stance": "accuse"},
    {"speaker": UNIONS, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": BELHADJ, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- The private-TV chamber threatens polling firms with lawsuits (after its press conference today, Thursday).
# "امكانية التتبع قضائيا" is a threat to sue: THREATEN; the fraud charges against the firms one ACCUSE; the call
# to advertisers a REQUEST. The press conference is the chamber's own, not a meeting with anyone: not coded; the
# unnamed channel that may pull its money has no actor. "حسب تعبيره" repeats its sentence's speaker: no claim.
i = 'ant-JA-localNews-2474-20170309'
t = news_text(i)
ABDALLAH = ["Abdelhamid Abdallah", "عبد الحميد عبد الله", "عبد الله",
            "National Chamber of Private Television Institutions", "الغرفة النقابية الوطنية للمؤسسات التلفزية الخاصة",
            "الغرفة", "النقابة"]
POLLSTERS = ["polling firms", "مؤسسات سبر الآراء"]
recs.append({"id": i, "text": t, "published": "2017-03-09", "events": [
    {"code": "THREATEN", "source": ABDALLAH, "target": POLLSTERS, "date": "2017-03-09"},
    {"code": "ACCUSE", "source": ABDALLAH, "target": POLLSTERS, "date": "2017-03-09"},
    {"code": "REQUEST", "source": ABDALLAH, "target": ["advertisers", "المستشهرين"], "date": "2017-03-09"}],
    "claims": [
    {"speaker": ABDALLAH, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": ABDALLAH, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": ABDALLAH, "cue": cue(t, "مبيّنا"), "stance": "accuse"},
    {"speaker": ABDALLAH, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ABDALLAH, "cue": cue(t, "داعيا"), "stance": "other"}]})
# --- A Gafsa man accuses the hospital staff of neglect after his wife gave birth in a toilet. "اتهم" and "حمّل ...
# مسؤولية" are one accusation of one staff: one ACCUSE, two claims. "بحسب ما أفاد به زوجها" is its sentence's only
# attribution (مضيفا follows it as a new statement), so a claim. The midwife who told his wife when she would
# deliver is identified by her post at a named hospital: a claim. Aliases holding "قفصة" (a place the text names)
# are left out.
i = 'ant-JA-localNews-2424-20170308'
t = news_text(i)
MBAREK = ["Said Mbarek", "سعيد مبارك", "مبارك"]
recs.append({"id": i, "text": t, "published": "2017-03-08", "events": [
    {"code": "ACCUSE", "source": MBAREK,
     "target": ["hospital staff", "الطاقم الطبي وشبه الطبي", "الطاقم الطبي", "إطارات المستشفى",
                "Gafsa regional hospital", "المستشفى الجهوي", "المستشفى"]}], "claims": [
    {"speaker": MBAREK, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["midwife", "القابلة"], "cue": cue(t, "أعلمتها"), "stance": "assert"},
    {"speaker": MBAREK, "cue": cue(t, "بحسب ما أفاد"), "stance": "assert"},
    {"speaker": MBAREK, "cue": cue(t, "مضيفا", 1), "stance": "assert"},
    {"speaker": MBAREK, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": MBAREK, "cue": cue(t, "مضيفا", 2), "stance": "assert"},
    {"speaker": MBAREK, "cue": cue(t, "حمّل"), "stance": "accuse"}]})
# --- UGTT's Abassi (today, Friday) on a law for collective bargaining. His charge that the government backtracked
# on its wage pledge is ACCUSE; his hope that the social-dialogue bill be the first law put to parliament is a call:
# REQUEST, with no addressee named. The tripartite seminar is a participle (المنعقدة ... تحت اشراف رئيس الحكومة):
# background, not coded; the government's backtracking is nominalised; the remark that the bill stalls in committee
# names no actor. All his statements are dated by the one speech.
i = 'ant-JA-localNews-1989-20161111'
t = news_text(i)
ABASSI = ["Houcine Abassi", "حسين العباسي", "العباسي", "UGTT", "الاتحاد العام التونسي للشغل", "المنظمة الشغيلة"]
recs.append({"id": i, "text": t, "published": "2016-11-11", "events": [
    {"code": "ACCUSE", "source": ABASSI, "target": ["Tunisian government", "الحكومة", "Tunisia", "تونس"],
     "date": "2016-11-11"},
    {"code": "REQUEST", "source": ABASSI, "target": [], "date": "2016-11-11"}], "claims": [
    {"speaker": ABASSI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": ABASSI, "cue": cue(t, "عبر"), "stance": "other"},
    {"speaker": ABASSI, "cue": cue(t, "نبه"), "stance": "assert"},
    {"speaker": ABASSI, "cue": cue(t, "مضيفا"), "stance": "accuse"},
    {"speaker": ABASSI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ABASSI, "cue": cue(t, "أشار"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch19.gold.jsonl', recs)
