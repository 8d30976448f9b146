"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 47 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Madina: the US calls on Pakistan to cooperate against ISIS, voiced by Senator Feinstein when she met Tariq
# Fatemi, the Pakistani PM's special assistant, who is visiting the US. The lead's "دعت الولايات المتحدة ... باكستان
# التعاون" and the statement's "شددت على ضرورة مساهمة باكستان وتعاونها" are one call: REQUEST US/Feinstein → Pakistan,
# undated (the statement is today's, but the meeting has no day). "طارق فاطمي الذي يقوم حالياً بزيارة إلى الولايات
# المتحدة" (a relative clause with its doer) and "الجانبين بحثا خلال اللقاء التعاون الثنائي" are one visit and its
# meeting: one CONSULT, the visitor Fatemi the source and his host Feinstein (a senator, so she lists the US, which
# also covers the visit's destination) the target; undated. Claims: the lead's دعت; "جاء ذلك على لسان" attributes
# the lead to Feinstein, a second claim (lead and speaker kept apart, as batch 30's "أوضح ذلك ... مدير عام الفرع"),
# with the whole phrase as cue; the Pakistani Foreign Ministry's statement (أوضح، أضاف) and Feinstein's embedded
# شددت (embedded speech is its own claim, batches 29–30).
i = 'snn-2015-07-24-1182'
t = news_text(i)
FEINSTEIN = ["Dianne Feinstein", "دايني فينستاين", "فينستاين", "السيناتورة", "السيناتورة الأمريكية", "United States",
             "الولايات المتحدة الأمريكية", "الولايات المتحدة"]
FATEMI = ["Tariq Fatemi", "طارق فاطمي", "فاطمي", "Pakistan", "باكستان"]
PAK_MFA = ["Pakistani Foreign Ministry", "الخارجية الباكستانية", "الخارجية", "البيان", "Pakistan", "باكستان"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": FEINSTEIN, "target": ["Pakistan", "باكستان"]},
    {"code": "CONSULT", "source": FATEMI, "target": FEINSTEIN}], "claims": [
    {"speaker": FEINSTEIN, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": FEINSTEIN, "cue": cue(t, "جاء ذلك على لسان"), "stance": "other"},
    {"speaker": PAK_MFA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": PAK_MFA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": FEINSTEIN, "cue": cue(t, "شددت"), "stance": "other"}]})
# --- Al-Yaum: Newcastle sign the Serbian striker Mitrovic from Anderlecht. Transfers and signings are sport business,
# no events (batches 26, 31–32); his goals and titles are sport. "وذلك بحسب." names no source: no claim. The club's
# "اكتفى بالقول انها رابع اغلى صفقة" is its statement, cue the speech noun with its proclitic outside (as batch 31).
i = 'snn-2015-07-22-1760'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": ["Newcastle United", "نيوكاسل يونايتد", "نيوكاسل"], "cue": cue(t, "القول"), "stance": "assert"}]})
# --- Al-Yaum (AFP): Israeli police investigate hostile posts against President Rivlin after he condemned the killing
# of a Palestinian baby in a settlers' arson. "تحقق الشرطة الاسرائيلية في تصريحات معادية" and "امرت باجراء تحقيق
# لفحص المنشورات المسيئة للرئيس" are one investigation: ACCUSE (PLOVER counts investigations, batch 8–9) of the
# posters, undated. The posters are named only as "هاجمه البعض وكتبوا تعليقات مسيئة", an indefinite but explicit
# doer (as batch 28's مجهولان): their abuse of Rivlin is ACCUSE (CAMEO 11), undated. Decided: the threatening comments
# Maariv quotes ("ستكون نهايتك اسوأ ...") are the same posts, reported existentially (هناك تعليقات وردت), so no
# separate THREATEN. Rivlin's Facebook condemnation (كتب ... الجمعة; the lead's "ادانته" re-tells it) is ACCUSE of the
# settlers, the doers the lead names, dated Friday 2015-07-31 (the corpus day is Monday 2015-08-03). The arson itself
# ("اثر اضرام مستوطنين متطرفين النار") is a nominalised background event: not coded; the baby's death has no actor.
# Decided: the police receiving material from Rivlin's security staff is a referral between state bodies (internal),
# not a second ACCUSE. "اغتيل ... رابين ... على يد متطرف يهودي" is a passive with its agent named: a historical
# ASSAULT, dated 1995-11-04; the incitement campaign (حملة تحريض من اليمين) is nominal. Claims: Rivlin's كتب and
# اضاف, Maariv's ذكرت, the police's اشارت; the commenters (البعض) are a bare source: no claim.
i = 'snn-2015-08-03-1061'
t = news_text(i)
RIVLIN = ["Reuven Rivlin", "رؤوفين ريفلين", "ريفلين", "الرئيس الاسرائيلي", "Israel", "اسرائيل"]
POLICE = ["Israeli police", "الشرطة الاسرائيلية", "الشرطة", "Israel", "اسرائيل"]
POSTERS = ["hostile commenters", "commenters", "البعض"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ACCUSE", "source": POLICE, "target": POSTERS},
    {"code": "ACCUSE", "source": POSTERS, "target": RIVLIN},
    {"code": "ACCUSE", "source": RIVLIN, "target": ["extremist settlers", "settlers", "مستوطنين متطرفين", "مستوطنين"],
     "date": "2015-07-31"},
    {"code": "ASSAULT", "source": ["Jewish extremist", "متطرف يهودي", "Yigal Amir"],
     "target": ["Yitzhak Rabin", "اسحق رابين", "رابين", "Israel", "اسرائيل"], "date": "1995-11-04"}], "claims": [
    {"speaker": RIVLIN, "cue": cue(t, "كتب"), "stance": "accuse"},
    {"speaker": RIVLIN, "cue": cue(t, "اضاف"), "stance": "accuse"},
    {"speaker": ["Maariv", "صحيفة معاريف", "معاريف"], "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "اشارت"), "stance": "assert"}]})
# --- Al-Riyadh: Nesma Holding signs an agreement with KAUST to set up a sewing and embroidery centre in Thuwal.
# "وقعت شركة نسما القابضة اتفاقاً مع جامعة الملك عبدالله" is signing an agreement: SUPPORT Nesma → KAUST (GUIDELINES;
# the signer the source and "مع" the other party, as batch 38), undated. The centre to be set up is the agreement's
# purpose (an infinitive, لإنشاء), not a separate clause: no AGREE. Decided: KAUST's earlier development works in
# Thuwal (تولت إنشاء أولى مراحل التطوير، اشرفت على مشروعات التنمية) build for a town, with no actor as target: not
# coded. Claims: al-Turki's عبر (his pride) and مؤكداً, al-Nasr's اعتبر and أشار; each speaker's list holds his body.
i = 'snn-2015-08-11-0823'
t = news_text(i)
NESMA = ["Nesma Holding", "Nesma", "شركة نسما القابضة", "شركة نسما", "نسما", "الشركة"]
KAUST = ["King Abdullah University of Science and Technology", "KAUST", "جامعة الملك عبدالله للعلوم والتقنية",
         "جامعة الملك عبدالله", "الجامعة"]
TURKI = ["Saleh Al-Turki", "صالح التركي", "التركي"] + NESMA
NASR = ["Nazmi Al-Nasr", "نظمي النصر"] + KAUST
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "SUPPORT", "source": NESMA, "target": KAUST}], "claims": [
    {"speaker": TURKI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": TURKI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": NASR, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": NASR, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Sabq: readers demand harsher penalties for restaurants that poison customers, after the Khobar municipality
# closed and fined a restaurant. The readers (tied to the named outlet, and each named by his handle) are identified:
# "طالب قراء سبق بتغليظ العقوبة" is REQUEST with no named addressee (batches 33–36), undated; the individual readers'
# recommendations (100,000 riyals, التشهير) are that same demand. "إغلاق بلدية محافظة الخبر مطعماً ... وفرضت عليه
# غرامة" and the minister's "وجّه بإغلاق المطعم لمدة شهر" (with the workers' exclusion) are one sanction of one
# restaurant: COERCE (administrative sanction, CAMEO 172) with the municipality and the minister who directed it in
# one source, undated (مؤخراً). The minister's "قرر ... تحميل المسؤولية كاملة لصاحب المطعم" is blame: ACCUSE. Decided:
# the two readers who criticise the municipality by name (Al hazza's "النفس تساوي ألف ريال عند بلدية الخبر",
# al-Masaeed's استنكر) each give an ACCUSE of it. The municipality's list drops the forms holding الخبر (a place the
# text names on its own, as batch 31 drops a ministry's town). Claims: the readers' طالب and معتبرين, each reader's
# cue (يقول twice, يتساءل, استنكر, قائلاً); "والكلام للقارئ" repeats its sentence's speaker: no claim. The outlet that
# published the earlier story (خبر نشرته سبق) is the narrator.
i = 'snn-2015-08-06-3053'
t = news_text(i)
READERS = ["Sabq readers", "قراء سبق", "القراء"]
MUNICIPALITY = ["Khobar Municipality", "البلدية", "بلدية"]
MINISTER = ["Abdullatif Al-Sheikh", "عبداللطيف بن عبدالملك آل الشيخ", "آل الشيخ", "وزير الشؤون البلدية والقروية",
            "الوزير", "Minister of Municipal and Rural Affairs", "Saudi Arabia"]
RESTAURANT = ["restaurant", "مطعماً", "المطعم", "صاحب المطعم", "restaurant owner"]
HAZZA = ["Al hazza", "القارئ Al hazza"]
MASAEED = ["Ahmed Al-Masaeed", "أحمد المساعيد", "المساعيد"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": READERS, "target": []},
    {"code": "COERCE", "source": MUNICIPALITY + MINISTER, "target": RESTAURANT},
    {"code": "ACCUSE", "source": MINISTER, "target": RESTAURANT},
    {"code": "ACCUSE", "source": HAZZA, "target": MUNICIPALITY},
    {"code": "ACCUSE", "source": MASAEED, "target": MUNICIPALITY}], "claims": [
    {"speaker": READERS, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": READERS, "cue": cue(t, "معتبرين"), "stance": "accuse"},
    {"speaker": HAZZA, "cue": cue(t, "يقول", 1), "stance": "accuse"},
    {"speaker": ["Qalila bi-saraha", "قليلة بصراحة"], "cue": cue(t, "يقول", 2), "stance": "accuse"},
    {"speaker": ["Ali", "علي"], "cue": cue(t, "يتساءل"), "stance": "other"},
    {"speaker": MASAEED, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": MASAEED, "cue": cue(t, "قائلاً"), "stance": "accuse"}]})
# --- Jawhara FM: robberies and assaults on Tunis public transport. The robberies and assaults are nominal, with no
# doer (a theft is no ASSAULT anyway): no events. "ووفق إحصائيات لشركة نقل تونس تحصلت عليها جريدة الصباح" is its
# sentence's only attribution: a claim of the company that compiled the figures (the paper is the conduit, as batch
# 15–16's نقلا عن). Claims: that one, and the lawyer's قال and مضيفا.
i = 'ant-JA-society-308-20160804'
t = news_text(i)
BENZAYED = ["Habib Ben Zayed", "حبيب بن زايد", "بن زايد"]
recs.append({"id": i, "text": t, "published": "2016-08-04", "events": [], "claims": [
    {"speaker": ["Transtu", "Société des transports de Tunis", "شركة نقل تونس"], "cue": cue(t, "وفق"),
     "stance": "assert"},
    {"speaker": BENZAYED, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BENZAYED, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- The Tripoli National Salvation Government condemns the Abu Dhabi meeting of Sarraj and Haftar. "اللقاء الذي جمع
# ... بين ... فائز السراج، والمشير خليفة حفتر" (a relative clause with the parties named) and the statement's
# "(حفتر) قد اجتمع مع شخص ... (السراج)" are one meeting: CONSULT, decided with the first-named Sarraj as source (as
# batch 26 codes "اللقاء الذي جمع X بـY"), since neither hosted it; undated. "الذي عينه مجلس النواب ... قائدا عاما"
# is an appointment, which PLOVER has no class for: not coded. The government's description (وصفت، اعتبرت، قالت،
# أضاف، and "أكّدت ... على إدانتها للاجتماع الذي وصفته بـالعبث") is one criticism of one meeting's parties: one ACCUSE,
# Sarraj and Haftar in one target list, undated (the statement has no day). Its support for "الجهود الصادقة التي
# يقودها الوطنيون" names no party: not coded. Claims: وصفت، اعتبرت (the return of military rule: warn)، قالت، أضاف،
# أكّدت، وصفته (a distinct statement, as batch 29 counts وصفته)، مؤكدة. The government gets no Libya alias (both sides
# are Libyan); its "الحكومة السابقة في طرابلس" is left out (it holds طرابلس, named on its own).
i = 'ant-JA-internationalNews-866-20170504'
t = news_text(i)
NSG = ["National Salvation Government", "حكومة الإنقاذ الوطني الليبية", "حكومة الإنقاذ الوطني", "حكومة الإنقاذ",
       "الحكومة", "البيان"]
SARRAJ = ["Fayez al-Sarraj", "فائز السراج", "السراج", "Presidential Council", "المجلس الرئاسي"]
HAFTAR = ["Khalifa Haftar", "خليفة حفتر", "المشير خليفة حفتر", "حفتر", "Libyan National Army", "الجيش الوطني الليبي"]
recs.append({"id": i, "text": t, "published": "2017-05-04", "events": [
    {"code": "CONSULT", "source": SARRAJ, "target": HAFTAR},
    {"code": "ACCUSE", "source": NSG, "target": SARRAJ + HAFTAR}], "claims": [
    {"speaker": NSG, "cue": cue(t, "وصفت"), "stance": "accuse"},
    {"speaker": NSG, "cue": cue(t, "اعتبرت"), "stance": "warn"},
    {"speaker": NSG, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": NSG, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": NSG, "cue": cue(t, "أكّدت"), "stance": "accuse"},
    {"speaker": NSG, "cue": cue(t, "وصفته"), "stance": "accuse"},
    {"speaker": NSG, "cue": cue(t, "مؤكدة"), "stance": "assert"}]})
# --- Tunisia and Germany sign an agreement on returning 1,500 Tunisians during Merkel's visit (Friday 2017-03-03).
# "تم اليوم التوقيع على اتفاقية بين تونس والمانيا" is passive but names both parties: one reciprocal SUPPORT with both
# as source (as batch 34); Essebsi's "تم أمس توقيع اتفاقية بين البلدين" re-tells it. Decided: left undated, since the
# lead says today and Essebsi yesterday. "تم الإتفاق على تحديد فترة الإجابة ... وعلى مساعدة تونس" is future
# cooperation agreed by the same pair: a separate reciprocal AGREE (as batch 13 codes "تم الاتفاق" beside the
# signing), undated. "زيارة رسمية تؤديها ... ميركيل لتونس" (a relative clause with its doer; "التي تؤدي اليوم زيارة"
# and "إثر لقائها برئيس الجمهورية" re-tell it) is one CONSULT Merkel → Essebsi/Tunisia, dated 2017-03-03. Merkel's
# "ألمانيا ستحاول مراعاة المتطلبات التونسية وتوفير مبالغ ... لمساعدة العائدين" is an offer of aid: AGREE Germany →
# Tunisia/returnees, dated by her statement today. Germany's interest in returning Tunisians "عبر الإجراءات الإجبارية"
# is an intention, not an act; the German minister taking part in opening an advice centre is a ceremony with no
# target: neither coded; the negotiations are nominal. Claims: Essebsi's أكد and بين; Merkel's قالت، مشيرة،
# أوضحت (twice; the second a pledge: promise) and أشارت.
i = 'ant-JA-localNews-2116-20170303'
t = news_text(i)
TUN_GER = ["Tunisia", "تونس", "Germany", "ألمانيا", "المانيا"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قائد السبسي", "قائد السبسي", "السبسي", "رئيس الجمهورية", "Tunisia", "تونس"]
MERKEL = ["Angela Merkel", "أنجيلا ميركل", "انجيلا ميركيل", "ميركل", "المستشارة الألمانية", "German Chancellor",
          "Germany", "ألمانيا", "المانيا"]
recs.append({"id": i, "text": t, "published": "2017-03-03", "events": [
    {"code": "SUPPORT", "source": TUN_GER, "target": []},
    {"code": "AGREE", "source": TUN_GER, "target": []},
    {"code": "CONSULT", "source": MERKEL, "target": ESSEBSI, "date": "2017-03-03"},
    {"code": "AGREE", "source": MERKEL, "target": ["Tunisia", "تونس", "returnees", "العائدين"],
     "date": "2017-03-03"}], "claims": [
    {"speaker": ESSEBSI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ESSEBSI, "cue": cue(t, "بين", 3), "stance": "assert"},
    {"speaker": MERKEL, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MERKEL, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": MERKEL, "cue": cue(t, "أوضحت", 1), "stance": "assert"},
    {"speaker": MERKEL, "cue": cue(t, "أوضحت", 2), "stance": "promise"},
    {"speaker": MERKEL, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- UTICA vice-president Elloumi, today (Monday 2014-06-30), on Tunisian–Portuguese economic ties, at a partnership
# meeting held during the Portuguese foreign minister's visit. "زيارة رسمية يؤديها وزير الخارجية البرتغالي الى تونس"
# (a relative clause with its doer; "هذه الزيارة التي يؤديها ... مصحوبا ب 15 رجل أعمال" re-tells it) is CONSULT
# Portugal → Tunisia, dated 2014-06-30, the day the text places the visit in progress. The partnership meeting is
# nominal (انعقاد لقاء شراكة): not coded; the trade figures are no events. Claims: Elloumi's أكد، أشار، مؤكدا، أوضح.
i = 'ant-JA-localNews-3314-20140630'
t = news_text(i)
ELLOUMI = ["Faouzi Elloumi", "فوزي اللومي", "اللومي", "UTICA", "منظمة الأعراف",
           "الإتحاد التونسي للصناعة والتجارة والصناعات التقليدية"]
recs.append({"id": i, "text": t, "published": "2014-06-30", "events": [
    {"code": "CONSULT", "source": ["Portuguese Foreign Minister", "وزير الخارجية البرتغالي", "Portugal", "البرتغال"],
     "target": ["Tunisia", "تونس"], "date": "2014-06-30"}], "claims": [
    {"speaker": ELLOUMI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ELLOUMI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ELLOUMI, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": ELLOUMI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- The Congress for the Republic (CPR) calls on the public prosecution to investigate the leaked recording
# attributed to Nabil Karoui. One statement with three calls to three addressees: REQUEST of the prosecution (دعا),
# of the journalists' union and the media (داعيا كل من ...) and of HAICA (كما دعا أيضا), one per addressee (batch 29
# keeps distinct demands apart); "عبّر ... عن تضامنه مع منظمة أنا يقظ" is SUPPORT (solidarity with a named party); all
# undated (a Facebook statement with no day). The alleged plan to smear I Watch "من طرف قناة نسمة" is nominal and the
# recording "نسب لنبيل القروي" passive: not coded. Decided: the statement's criticism of "هذه التصرفات المهينة" and
# "لوبيات الفساد" names no party: no ACCUSE. Claims: دعا (twice), عبّر (assert), داعيا.
i = 'ant-JA-politic-362-20170418'
t = news_text(i)
CPR = ["Congress for the Republic", "CPR", "حزب المؤتمر من أجل الجمهورية", "حزب المؤتمر", "الحزب"]
recs.append({"id": i, "text": t, "published": "2017-04-18", "events": [
    {"code": "REQUEST", "source": CPR, "target": ["Public Prosecution", "النيابة العمومية", "النيابة"]},
    {"code": "SUPPORT", "source": CPR, "target": ["I Watch", "منظمة أنا يقظ", "أنا يقظ"]},
    {"code": "REQUEST", "source": CPR,
     "target": ["journalists' union", "SNJT", "نقابة الصحفيين", "media", "وسائل الاعلام", "مختلف وسائل الاعلام"]},
    {"code": "REQUEST", "source": CPR,
     "target": ["HAICA", "الهيئة العليا المستقلة للاتصال السمعي والبصري", "الهايكا"]}], "claims": [
    {"speaker": CPR, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": CPR, "cue": cue(t, "عبّر"), "stance": "assert"},
    {"speaker": CPR, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": CPR, "cue": cue(t, "دعا", 2), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch47.gold.jsonl', recs)
