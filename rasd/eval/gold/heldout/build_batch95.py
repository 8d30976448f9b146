"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 95 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Asharq al-Awsat: security officials and experts from 30 states meet in El Jadida (Morocco) on
# border security and counter-terrorism. "يبحث خبراء ومسؤولون أمنيون من 30 دولة في مؤتمر بمدينة الجديدة المغربية"
# with "بمشاركة مسؤولين أمنيين وخبراء من دول المغرب العربي ... ومنظمات الأمم المتحدة والاتحاد الأوروبي" is a hosted
# conference with its participants named: one CONSULT, the participants as source and the host (Morocco, the host
# city, and the Moroccan-American border initiative in whose framework it is held) as target (README: a hosted
# conference, participants as source, host as target; the host city as target, batches 85–88). Undated: "انطلقت أمس
# أشغال المؤتمر" fixes only the first day of a meeting that goes on today (batches 73–76 leave a meeting over two
# days undated). Not coded: "الذي ينظم ... بتعاون مع مركز الأمم المتحدة لمكافحة الإرهاب والمنتدى الدولي" (passive, no
# organiser named beyond the framework, so no COOPERATE of batch 27's "نظم … بالتعاون مع"); the terrorist networks
# exploiting border gaps and nesting in ungoverned areas (relative clauses naming no PLOVER act against a party); the
# conference's aims (يهدف، يسعى: the narrator). No reporting verb: no claims. The participants' list keeps no Arabic
# "دول المغرب العربي" (it holds المغرب, the host), nor the UN centre's name in the target (it holds الأمم المتحدة,
# a participant).
i = 'snn-2015-07-22-0105'
t = news_text(i)
PARTICIPANTS = ["border security officials and experts from 30 states", "خبراء ومسؤولون أمنيون من 30 دولة",
                "خبراء ومسؤولون أمنيون", "مسؤولين أمنيين وخبراء", "30 دولة", "Maghreb states", "Sahel states",
                "Horn of Africa states", "UN organisations", "منظمات الأمم المتحدة", "United Nations", "الأمم المتحدة",
                "European Union", "الاتحاد الأوروبي"]
HOST = ["Morocco", "المغرب", "El Jadida", "الجديدة", "Moroccan-American Border Security Initiative",
        "المبادرة المغربية - الأميركية لأمن الحدود"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": PARTICIPANTS, "target": HOST}], "claims": []})
# --- Al-Riyadh: Pennsylvania officials investigate the death of a man bitten by a rattlesnake. The bite is an
# accident with no actor; "يجري مسؤولو ولاية بنسلفانيا تحقيقات بشأن مقتل رجل" is an inquiry into an accident with no
# wrongdoer (decided: as batch 57 codes no ACCUSE for the investigation of a plane crash; the README's doerless
# inquiries were into complaints and crimes), and the ambulance, the doctors and the girlfriend calling for help act on
# no political party: no events. Claims, all from named speakers: Logan's four قال and his أضاف (assert); Davies's
# "وقال لصديقته إنه يتعين نقله إلى المستشفى" is embedded speech with its own speaker inside Logan's report (README,
# batches 29–30), a request to be taken to hospital (other); the coroner Myers's قال (assert); Urban's قال, مشيرا (a
# distinct content, the rarity of such bites), the quoted "إنني أعمل هنا منذ 15 عاما" and the last قال (assert).
# Urban's list leaves out his commission's full name, which holds بنسلفانيا (named on its own).
i = 'snn-2015-07-22-0812'
t = news_text(i)
LOGAN = ["Don Logan", "دون لوجان", "لوجان", "Bennett Valley ambulance service", "خدمة إسعاف وادي بينيت"]
DAVIES = ["Russell Davies", "راسل ديفيز", "ديفيز"]
MYERS = ["Brian Myers", "برايان مايرز", "مايرز", "coroner", "الطبيب الشرعي"]
URBAN = ["Christopher Urban", "كريستوفر اوربان", "اوربان", "Fish and Boat Commission", "لجنة الصيد والقوارب"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": [
    {"speaker": LOGAN, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": LOGAN, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": DAVIES, "cue": cue(t, "قال", 3), "stance": "other"},
    {"speaker": LOGAN, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": LOGAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MYERS, "cue": cue(t, "قال", 5), "stance": "assert"},
    {"speaker": URBAN, "cue": cue(t, "قال", 6), "stance": "assert"},
    {"speaker": URBAN, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": URBAN, "cue": cue(t, "قال", 7), "stance": "assert"},
    {"speaker": URBAN, "cue": cue(t, "قال", 8), "stance": "assert"}]})
# --- Ain Alyoum: the Taif civil defence director, Brigadier Khalid al-Damouk, today (Saturday 2015-07-25) visits the
# soldier injured while saving children from fireworks. The visit to the soldier, a civil defence man himself, is the
# director's act towards his own service's staff: internal, no event (README: a minister's acts towards his own forces,
# batch 53's Carter and his troops). "ناقش الأطباء المشرفين على علاج الحارثي" is a meeting with another body's staff
# during the visit: CONSULT, the visitor the source and the doctors of King Abdulaziz Hospital the target (as batch 13
# codes the education director's meeting with the hospital's supervisor), dated by the visit (اليوم السبت). Not coded:
# the coming surgery and transfer (passive, سوف تجرى، سيتم نقله), the family taking him to hospital (no political act),
# the officers accompanying him, the ministry's and the chief's care for their own men (internal; Qarni's praise of his
# own chief is a subordinate's, batch 31). Claims: the Makkah civil defence deputy spokesman al-Qarni's أوضح, أضاف,
# أكد, مضيفاً and أشار (assert). No alias holds الطائف (named on its own), nor the soldier's name (the doctors' title
# "المشرفين على علاج الحارثي" is left out).
i = 'snn-2015-07-25-0082'
t = news_text(i)
DAMOUK = ["Khalid al-Damouk", "خالد الداموك", "الداموك", "العميد الداموك", "civil defence director",
          "Civil Defence", "الدفاع المدني", "Saudi Arabia"]
QARNI = ["Mohammed Othman al-Qarni", "محمد عثمان القرني", "القرني", "المقدم القرني", "civil defence spokesman",
         "نائب المتحدث الرسمي للدفاع المدني", "الدفاع المدني", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "CONSULT", "source": DAMOUK,
     "target": ["doctors", "الأطباء", "الأطباء المشرفين", "King Abdulaziz Hospital", "مستشفى الملك عبدالعزيز"],
     "date": "2015-07-25"}], "claims": [
    {"speaker": QARNI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": QARNI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": QARNI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": QARNI, "cue": cue(t, "مضيفاً"), "stance": "assert"},
    {"speaker": QARNI, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Al-Yaum: Saleh al-Awaji, deputy minister for electricity and chairman of the Saudi Electricity Company, on the
# Laila solar plant in Aflaj and solar agreements to come. The two cooperation memoranda with KACST and Taqnia are
# nouns (GUIDELINES: nominalised agreements are not coded); "هناك العديد من المشاريع التي ستعمل الشركة على توقيع
# اتفاقيات تنفيذها خلال الفترة القادمة" names no counterpart (README: a vague pledge with no counterpart is no AGREE);
# the transformation programme "الذي أقره مجلس الإدارة" is the company's board approving its own plan (internal); the
# plant's output is no event. Claims: أكد, أوضح ("في بيان صحفي أمس"), مؤكداً, نوه, أشار, لافتاً, all his own
# company's plans told as fact (assert, as batch 51's Turaif municipality). As a state official he lists Saudi Arabia.
i = 'snn-2015-08-04-0996'
t = news_text(i)
AWAJI = ["Saleh bin Hussein al-Awaji", "صالح بن حسين العواجي", "العواجي", "الدكتور العواجي",
         "Saudi Electricity Company", "الشركة السعودية للكهرباء", "Ministry of Water and Electricity",
         "وزارة المياه والكهرباء", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [], "claims": [
    {"speaker": AWAJI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": AWAJI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AWAJI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": AWAJI, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": AWAJI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": AWAJI, "cue": cue(t, "لافتاً"), "stance": "assert"}]})
# --- Okaz: a man on the list of 23 wanted is shot dead yesterday (Sunday 2015-07-26) in al-Qudaih (Qatif) by men
# wanted in criminal cases. "إثر تعرضه لطلقات نارية أطلقها مطلوبون في قضايا جنائية" is a relative clause with its doer:
# ASSAULT of the gunmen (the spokesman's "الجناة الذين اتضح أنهما من المطلوبين") on al-Faraj, dated by أمس. "أدلى
# شقيقه بمعلومات عن هوية الجناة" is a relative's report of the culprits to the police: ACCUSE brother → culprits
# (README: a friend's report of a suspect to the police, batches 37–40), undated (no day of its own). The police
# taking up the report ("باشرت ... بلاغًا") and "باشرت الجهات المختصة بشرطة القطيف إجراءات الضبط الجنائي للجريمة
# والتحقيق فيها" are one handling of the killing: one ACCUSE police → culprits (README: taking up the case and
# questioning are one ACCUSE of the culprit), undated (the inquiry goes on, batch 34). Not coded: "المطلوبين للجهات
# الأمنية المعلنة أسماؤهم على قائمة الـ (23) بتاريخ 8/2/1433هـ" (participles describing the 2012 list, background, no
# finite clause); the brother driving him to the clinic. Claim: the Eastern Province police spokesman's أوضح (a
# spokesman of a named body, assert). No alias holds القطيف or القديح (named on their own).
i = 'snn-2015-07-27-1225'
t = news_text(i)
GUNMEN = ["gunmen wanted in criminal cases", "مطلوبون في قضايا جنائية", "الجناة", "culprits", "criminal suspects"]
FARAJ = ["Mohammed Ali Abdulrahim al-Faraj", "محمد علي عبدالرحيم الفرج", "الفرج", "مطلوب أمنيا", "المصاب",
         "أحد المواطنين"]
POLICE = ["police", "الجهات المختصة", "الشرطة", "Eastern Province Police", "شرطة المنطقة الشرقية", "Saudi police",
          "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ASSAULT", "source": GUNMEN, "target": FARAJ, "date": "2015-07-26"},
    {"code": "ACCUSE", "source": ["al-Faraj's brother", "شقيقه", "brother"], "target": GUNMEN},
    {"code": "ACCUSE", "source": POLICE, "target": GUNMEN}], "claims": [
    {"speaker": ["Eastern Province Police spokesman", "الناطق الإعلامي لشرطة المنطقة الشرقية", "الناطق الإعلامي",
                 "شرطة المنطقة الشرقية", "Eastern Province Police", "Saudi Arabia"],
     "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Jawhara FM: on today's (Wednesday 2017-03-01) "Politica", Habib Souissi of the Liberal Party calls for an amnesty
# for the 8,000 jailed cannabis users and for the state to regulate its sale; Jamila Chamlali of Binaa Watani wants
# first-time users punished by alternative penalties and the prison system reformed. Each call is a REQUEST dated by
# the programme (batch 52's Shura council: one REQUEST per call): "دعا ... إلى العفو عن جميع مستهلكي مادة الزطلة"
# names no addressee (the jails are no actor): REQUEST with no target; "أعرب على ضرورة اهتمام الدولة ببيع الزطلة"
# names the state: REQUEST → the Tunisian state (batch 52: "أكد ضرورة" is a call); Chamlali's "عبّرت ... عن ضرورة
# الردع ومعاقبة مستهلكي الزطلة" and "شدّدت ... على ضرورة إصلاح المنظومة السجنية" are two calls with no addressee:
# two REQUESTs with no target (README: a call with no addressee). She answers no named party (من جانبها), so no
# REJECT of Souissi. Claims: Souissi's دعا (other), معتبرا (assert), أعرب (other); Chamlali's عبّرت (other), مؤكدة
# (the harm of consumption, assert), شدّدت (other); "وفق تعبيره" repeats its sentence's speaker (README).
i = 'ant-JA-localNews-1999-20170301'
t = news_text(i)
SOUISSI = ["Habib Souissi", "حبيب السويسي", "السويسي", "Liberal Party", "الحزب الليبيرالي", "الحزب الليبرالي"]
CHAMLALI = ["Jamila Chamlali", "جميلة الشملالي", "الشملالي", "Binaa Watani party", "حزب بناء الوطني"]
recs.append({"id": i, "text": t, "published": "2017-03-01", "events": [
    {"code": "REQUEST", "source": SOUISSI, "target": [], "date": "2017-03-01"},
    {"code": "REQUEST", "source": SOUISSI, "target": ["Tunisian state", "الدولة", "Tunisia", "تونس"],
     "date": "2017-03-01"},
    {"code": "REQUEST", "source": CHAMLALI, "target": [], "date": "2017-03-01"},
    {"code": "REQUEST", "source": CHAMLALI, "target": [], "date": "2017-03-01"}], "claims": [
    {"speaker": SOUISSI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SOUISSI, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": SOUISSI, "cue": cue(t, "أعرب"), "stance": "other"},
    {"speaker": CHAMLALI, "cue": cue(t, "عبّرت"), "stance": "other"},
    {"speaker": CHAMLALI, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": CHAMLALI, "cue": cue(t, "شدّدت"), "stance": "other"}]})
# --- Jawhara FM: Italy orders yesterday (Friday 12 August 2016) the deportation of a Tunisian suspected of planning an
# attack on the Tower of Pisa. "أمرت السلطات الإيطالية ... بترحيل تونسي" is an expulsion: COERCE (CAMEO 174), dated
# 2016-08-12; "قرار ترحيل التونسي صدر عن القاضي" puts the judge in its source, and his finding "وجود براهين وأدلة على
# أن التونسي متعاطف مع تنظيم داعش" is its grounds, folded in (README: house arrests with their grounds). "تم اعتقاله
# يوم الخميس" is a passive arrest with no agent of its own, carried on by the Italian authorities the lead names (README:
# a detention clause with no subject goes on with the security body before it; batch 34's passive arrest): a second
# COERCE, dated Thursday 2016-08-11 (a different act on a different day). In BFM's report the man's own acts: "هنأ من
# خلالها مرتكبي الاعتداءات الإرهابية في أوروبا" is praise, SUPPORT of the attackers (decided: the doers of specific
# attacks, not a generic class), and "أعلن أنه سينفذ هجوما في برج بيزا" a threat, THREATEN of the tower and Italy, both
# undated (before Thursday). Not coded: his sympathy with ISIS (a noun in the judge's finding). Claims: "وفق ما أفادت
# وسائل إعلام ايطالية" is a bare source (GUIDELINES: تقارير إعلامية): none; BFM's قالت (assert); Chihaoui's هنأ
# (embedded speech, praise: assert, as batch 20's هنأ) and أعلن (warn); the Italian police source's أشار (a source tied
# to a named institution, assert); the judge's أكد (one specific unnamed person, batches 89–92: accuse).
i = 'ant-JA-localNews-3011-20160813'
t = news_text(i)
ITALY = ["Italian authorities", "السلطات الإيطالية", "Italy", "إيطاليا", "judge", "القاضي"]
CHIHAOUI = ["Bilal Chihaoui", "بلال شيهاوي", "شيهاوي", "التونسي", "تونسي"]
recs.append({"id": i, "text": t, "published": "2016-08-13", "events": [
    {"code": "COERCE", "source": ITALY, "target": CHIHAOUI, "date": "2016-08-12"},
    {"code": "COERCE", "source": ITALY, "target": CHIHAOUI, "date": "2016-08-11"},
    {"code": "SUPPORT", "source": CHIHAOUI,
     "target": ["perpetrators of terrorist attacks in Europe", "مرتكبي الاعتداءات الإرهابية"]},
    {"code": "THREATEN", "source": CHIHAOUI,
     "target": ["Leaning Tower of Pisa", "برج بيزا", "Italy", "إيطاليا"]}], "claims": [
    {"speaker": ["BFM", "بي أف أم", "قناة بي أف أم"], "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": CHIHAOUI, "cue": cue(t, "هنأ"), "stance": "assert"},
    {"speaker": CHIHAOUI, "cue": cue(t, "أعلن"), "stance": "warn"},
    {"speaker": ["Italian police source", "مصدر من الشرطة الايطالية", "الشرطة الايطالية", "Italian police", "Italy",
                 "إيطاليا"], "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": ["judge", "القاضي", "Italy", "إيطاليا"], "cue": cue(t, "أكد"), "stance": "accuse"}]})
# --- Jawhara FM: the Free Destourian Party, in a statement today (Saturday 2017-06-03), condemns the killing of the
# shepherd Khalifa Soltani and blames the state's failure to protect the Soltani family. "ادان ... العملية الارهابية"
# with "اعتبرها تحديا صارخا" is one condemnation: ACCUSE of the doer the text names (the terrorist elements), dated by
# the statement; "قامت عناصر ارهابية بخطفه وقتله بجبل مغيلة" is a finite clause with its doer: one ASSAULT (abduction
# and killing in one clause), undated (no day given). "استنكر الحزب ... التقصير الواضح من جانب مؤسسات الدولة" is
# criticism of the state: ACCUSE (batches 89–92: a party criticising the government), dated. Its calls, one REQUEST
# each, dated by the statement (batches 85–88: a statement's calls): "اكد ضرورة اعتماد السلطة لمخططات حدودية" and
# "طالب الحزب السلطة القائمة" name the authority; "دعا الى كشف ومحاكمة الشبكات ... ومحاسبة كل من تخاذل" names no
# addressee (no target). Not coded: the earlier killing behind "عائلة السلطاني المنكوبة سابقا" and "تكرار الفعلة"
# (nouns); "الشبكات التي دعمتهم" inside the call (decided: unidentified networks the party wants uncovered, no doer the
# text identifies). Claims: ادان, اعتبرها (a distinct characterisation), استنكر (accuse); اكد, طالب, دعا (other).
# Khalifa's list keeps no bare السلطاني (his brother Mabrouk is named too).
i = 'ant-JA-localNews-4289-20170603'
t = news_text(i)
PDL = ["Free Destourian Party", "الحزب الدستوري الحر", "الحزب", "PDL"]
TERRORISTS = ["terrorist elements", "عناصر ارهابية", "الإرهابيين", "الارهابيين", "terrorists"]
STATE = ["Tunisian state", "مؤسسات الدولة", "الدولة", "Tunisian authorities", "السلطة", "السلطة القائمة", "Tunisia",
         "تونس"]
recs.append({"id": i, "text": t, "published": "2017-06-03", "events": [
    {"code": "ACCUSE", "source": PDL, "target": TERRORISTS, "date": "2017-06-03"},
    {"code": "ASSAULT", "source": TERRORISTS,
     "target": ["Khalifa Soltani", "خليفة السلطاني", "الراعي خليفة السلطاني", "الراعي"]},
    {"code": "ACCUSE", "source": PDL, "target": STATE, "date": "2017-06-03"},
    {"code": "REQUEST", "source": PDL, "target": STATE, "date": "2017-06-03"},
    {"code": "REQUEST", "source": PDL, "target": STATE, "date": "2017-06-03"},
    {"code": "REQUEST", "source": PDL, "target": [], "date": "2017-06-03"}], "claims": [
    {"speaker": PDL, "cue": cue(t, "ادان"), "stance": "accuse"},
    {"speaker": PDL, "cue": cue(t, "اعتبرها"), "stance": "accuse"},
    {"speaker": PDL, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": PDL, "cue": cue(t, "اكد"), "stance": "other"},
    {"speaker": PDL, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": PDL, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Jawhara FM: Leila Chettaoui, head of the parliamentary inquiry committee on the networks sending young Tunisians
# to conflict zones, on today's (Tuesday 2017-06-20) "Politica". "كما دعت إلى فتح تحقيق في ملابسات استقبال عدد من
# الدعاة" is a call with no named addressee: REQUEST with no target, dated by the programme. "الدعاة والشيوخ الذين قاموا
# باستقطاب الشباب التونسي وحثوهم على القتال في سوريا" is a relative clause with its doer (README, batches 10–14): the
# preachers urging the youth to fight, REQUEST preachers → Tunisian youth (the recruitment folded in), undated. Not
# coded: "يجب العمل على كشف الأطراف المتورطة" (decided: the work of her own committee, as a minister calling for what
# his own ministry does makes a claim only, batches 89–92); the reception of the preachers and the sending of youths
# (nouns, no doer); "الاتهامات التي وجهت لعدد من أعضاء اللجنة" (passive, no doer); her "لا تستطيع أن تنفي أو تؤكد"
# (neither a denial nor a REJECT). Claims: قالت (a call: other), أضافت and مشيرة (assert), دعت (other), أوضحت
# (assert); "وفق تعبيرها" repeats its sentence's speaker.
i = 'ant-JA-society-1078-20170620'
t = news_text(i)
CHETTAOUI = ["Leila Chettaoui", "ليلى الشتاوي", "الشتاوي", "رئيسة لجنة التحقيق البرلمانية",
             "parliamentary inquiry committee", "لجنة التحقيق البرلمانية"]
recs.append({"id": i, "text": t, "published": "2017-06-20", "events": [
    {"code": "REQUEST", "source": CHETTAOUI, "target": [], "date": "2017-06-20"},
    {"code": "REQUEST", "source": ["preachers and sheikhs", "الدعاة والشيوخ", "عدد من الدعاة والشيوخ", "الدعاة"],
     "target": ["Tunisian youth", "الشباب التونسي", "الشباب"]}], "claims": [
    {"speaker": CHETTAOUI, "cue": cue(t, "قالت"), "stance": "other"},
    {"speaker": CHETTAOUI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": CHETTAOUI, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": CHETTAOUI, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": CHETTAOUI, "cue": cue(t, "أوضحت"), "stance": "assert"}]})
# --- Jawhara FM: Ansar al-Sharia publishes a letter attributed to its leader Abu Iyadh praising the "heroics of the
# mujahideen in Iraq" (ISIS's June offensive) and calling the jihadist factions to reconcile. "أشاد فيها بما قال:
# بطولات المجاهدين بالعراق" is praise: SUPPORT of the mujahideen / ISIS (the headline's داعش). "دعا ... إلى حوار
# توافقي بين الفصائل الجهادية", told in full by the letter's "ندعو كل المتعاطفين ومشايخ وجنود التيار الجهادي إلى ...
# تقريب وجهات النظر بين جميع الفصائل الجهادية", is one call: one REQUEST to the jihadist current and its factions.
# "دعا أبوعياض الشيخين أيمن الظواهري وأبو محمد الجولاني إلى أن يُعجلا بمباركة تلك الفتوحات" is a second call with its
# addressees: REQUEST → Zawahiri and Jolani. All undated (the letter's day is not given). Not coded: "تأكيدًا لولائه إلى
# تنظيم القاعدة" (a verbal noun, no clause: no SUPPORT of al-Qaeda), the publishing of the letter, the fighting among
# the groups (nouns). Claims: أشاد (assert), the lead's دعا, "وجاء في الرسالة" (the letter's own words, a sentence of
# their own: cue جاء) and the second دعا (other). Ansar al-Sharia publishes its leader's letter: in his list, no claim
# of its own. The praised party's list keeps no form with العراق (named on its own in the letter's title).
i = 'ant-JA-localNews-4174-20140615'
t = news_text(i)
ABU_IYADH = ["Abu Iyadh", "أبو عياض", "أبي عياض", "أبوعياض", "الشيخ أبوعياض", "Ansar al-Sharia", "أنصار الشريعة",
             "تنظيم أنصار الشريعة"]
recs.append({"id": i, "text": t, "published": "2014-06-15", "events": [
    {"code": "SUPPORT", "source": ABU_IYADH,
     "target": ["ISIS", "داعش", "Islamic State", "الدولة الإسلامية", "mujahideen", "المجاهدين"]},
    {"code": "REQUEST", "source": ABU_IYADH,
     "target": ["jihadist current", "التيار الجهادي", "المتعاطفين", "jihadist factions", "الفصائل الجهادية"]},
    {"code": "REQUEST", "source": ABU_IYADH,
     "target": ["Ayman al-Zawahiri", "أيمن الظواهري", "الظواهري", "Abu Mohammad al-Jolani", "أبو محمد الجولاني",
                "الجولاني", "الشيخين"]}], "claims": [
    {"speaker": ABU_IYADH, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": ABU_IYADH, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": ABU_IYADH, "cue": cue(t, "جاء"), "stance": "other"},
    {"speaker": ABU_IYADH, "cue": cue(t, "دعا", 2), "stance": "other"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch95.gold.jsonl', recs)
