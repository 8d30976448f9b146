"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 65 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: Yemen's human-rights minister Ezzedine al-Asbahi invites the UN High Commissioner for Human Rights
# and the rights and humanitarian organisations to visit Aden. "دعا ... إلى زيارة مدينة عدن" is an invitation: AGREE
# (GUIDELINES; batch 24 codes "داعيا اوباما ... الى التوجه الى ناغازاكي" so), and his letter's "الحكومة ستعمل على ترتيب
# الزيارة بالكامل وتسهيل كل العقبات" is the same offer (folded in); undated (neither the call nor the letter has a
# day). "مقدرا تجاوبهم الدائم مع قضايا حقوق الإنسان" is praise of the addressees: SUPPORT, undated. "مطالبا بضرورة
# الاطلاع على حجم الدمار" is a demand on the same addressees with its own content (to look at the destruction):
# REQUEST, undated (decided: a second record beside the invitation, as GUIDELINES split invitations (AGREE) from
# demands (REQUEST)). "التطورات الخطيرة التي ارتكبتها مليشيات الحوثي وصالح في مديرية دار سعد ... امس وأدت إلى مقتل 50
# مدنيا" is a relative clause with its doer: ASSAULT on the civilians of Dar Saad, dated by امس (2015-07-22); his
# "وجهت المدفعية والصواريخ بشكل متعمد لقتل مواطنين" re-tells the same shelling. His charges against the militias (the
# deliberate shelling, the siege of Taiz) are one statement's criticism of one party: one ACCUSE, undated (batch 51's
# several charges against the PKK are one ACCUSE). "مليشيات الحوثي تفرض حصارا على مدينة تعز وتمنع دخول ...
# المساعدات" is a blockade with its doer: COERCE (batches 16 and 29), the ban on aid folded in, undated. The siege
# Aden suffered (الحصار التي عانت منها المحافظة) has no doer. Claims: دعا (other), أكد (the offer: promise), مقدرا
# (praise: assert), مطالبا (other), أوضح (accuse), مبينا (the lack of emergency care: assert), مشيرا (accuse). The
# minister is a state official, so his list holds Yemen and the government whose work he pledges.
i = 'snn-2015-07-23-1223'
t = news_text(i)
ASBAHI = ["Ezzedine al-Asbahi", "عز الدين الاصبحي", "الاصبحي", "وزير حقوق الإنسان", "المسؤول اليمني",
          "Yemeni government", "الحكومة", "Yemen", "اليمن"]
OHCHR = ["UN High Commissioner for Human Rights", "Zeid Ra'ad al-Hussein", "زيد رعد الحسين", "زي رعد الحسين",
         "رعد الحسين", "مفوض الأمم المتحدة السامي لحقوق الإنسان", "مفوضية الأمم المتحدة السامي لحقوق الإنسان",
         "United Nations", "الأمم المتحدة", "human rights and humanitarian organisations",
         "المنظمات الحقوقية والإنسانية"]
HOUTHI_SALEH = ["Houthi-Saleh militias", "Houthis", "مليشيات الحوثي وصالح", "مليشيات الحوثي", "الحوثي",
                "Ali Abdullah Saleh", "صالح"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "AGREE", "source": ASBAHI, "target": OHCHR},
    {"code": "SUPPORT", "source": ASBAHI, "target": OHCHR},
    {"code": "REQUEST", "source": ASBAHI, "target": OHCHR},
    {"code": "ASSAULT", "source": HOUTHI_SALEH,
     "target": ["civilians of Dar Saad", "مدنيا", "مواطنين", "سكان عزل", "Dar Saad", "دار سعد", "Aden", "عدن"],
     "date": "2015-07-22"},
    {"code": "ACCUSE", "source": ASBAHI, "target": HOUTHI_SALEH},
    {"code": "COERCE", "source": HOUTHI_SALEH, "target": ["Taiz", "تعز", "مدينة تعز"]}], "claims": [
    {"speaker": ASBAHI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": ASBAHI, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": ASBAHI, "cue": cue(t, "مقدرا"), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": ASBAHI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": ASBAHI, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": ASBAHI, "cue": cue(t, "مشيرا"), "stance": "accuse"}]})
# --- Al-Weeam (video): corporal Abdullah al-Shahrani, imam of the Emergency Forces mosque in Asir, recounts
# yesterday's (2015-08-06) bombing. "الجريمة النكراء التي استهدفت المصلين بالمسجد امس" has no doer, but his quote
# names one ("الارهابي نفذ جريمته النكراء"، "فالارهابي دخل المسجد"): a clause inside a statement with its doer
# (batches 37–40), so one ASSAULT, the bomber the source and the worshippers, security men and the Emergency Forces
# the target, dated by امس (the same day his account gives: صلاة الظهر). His verdict on the bomber ("ولم يراعي
# لحرمته"، "شوه الدين"، "لا يجوز فيه قتل المسلم") condemns the doer the text names: ACCUSE, undated (the video has no
# day). "ونسأل الله ان يرد كيدهم" is a prayer (no event, no claim). Claims: روى, قال ×2, مؤكدا, أكد, مبينا (assert:
# the scene), the third قال (the mosque's sanctity against killing: accuse) and the second مؤكدا (accuse), and the
# link line's يروي (a headline speech verb in the text, as batch 56 counts the link line's تنفي). "رابط الخبر بصحيفة
# الوئام" names the outlet, no speaker. His list drops "إمام مسجد قوات الطوارئ", which holds the Emergency Forces of
# the ASSAULT's target.
i = 'snn-2015-08-07-1156'
t = news_text(i)
SHAHRANI = ["Abdullah al-Shahrani", "عبد الله الشهراني", "الشهراني", "العريف عبد الله الشهراني", "mosque imam"]
BOMBER = ["suicide bomber", "الارهابي", "terrorist"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ASSAULT", "source": BOMBER,
     "target": ["worshippers", "المصلين", "security men", "رجال الأمن", "Special Emergency Forces", "قوات الطوارئ",
                "Emergency Forces mosque"], "date": "2015-08-06"},
    {"code": "ACCUSE", "source": SHAHRANI, "target": BOMBER}], "claims": [
    {"speaker": SHAHRANI, "cue": cue(t, "روى"), "stance": "assert"},
    {"speaker": SHAHRANI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SHAHRANI, "cue": cue(t, "مؤكدا", 1), "stance": "assert"},
    {"speaker": SHAHRANI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SHAHRANI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SHAHRANI, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": SHAHRANI, "cue": cue(t, "قال", 3), "stance": "accuse"},
    {"speaker": SHAHRANI, "cue": cue(t, "مؤكدا", 2), "stance": "accuse"},
    {"speaker": SHAHRANI, "cue": cue(t, "يروي"), "stance": "assert"}]})
# --- Al-Riyadh: a McDonald's Saudi Arabia team visits hospital in-patients in Riyadh on the first day of Eid al-Fitr.
# The visit to the patients, with the King Salman Hospital's deputy director, is a visit to people: CONSULT with the
# visitor as source (batch 13 codes a visit to the wounded so), one tour (batch 18 codes a tour as one CONSULT), the
# hospitals named and their patients in the target; dated by the first day of Eid al-Fitr 1436, Friday 2015-07-17
# (decided: a named feast fixes its day, as batch 56 dates a named day). The Eid greeting (تهنئتهم بالعيد) is a wish
# (batch 31) and the gifts a courtesy of the visit, not AID (batch 13's flowers). "يذكر أن ... دأبت على" is the
# narrator's background. No claims. The company's legal name holds الرياض, a place named on its own, so its list
# leaves it out.
i = 'snn-2015-07-26-0490'
t = news_text(i)
MCD = ["McDonald's Saudi Arabia", "ماكدونالدز السعودية", "ماكدونالدز", "فريق ماكدونالدز", "McDonald's",
       "Waddah Omran", "وضاح عمران"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "CONSULT", "source": MCD,
     "target": ["hospital patients", "المرضى المنومين", "المرضى", "King Salman Hospital", "مستشفى الملك سلمان",
                "Abdul-Dayem al-Anazi", "عبد الدايم العنزي", "Abdulrahman al-Faisal Hospital",
                "مستشفى عبد الرحمن الفيصل", "King Abdullah Hospital for Children's Oncology",
                "مستشفى الملك عبد الله لأورام الأطفال"], "date": "2015-07-17"}], "claims": []})
# --- Ain Alyoum: Turkey announced on Wednesday (2015-08-05) a coming "wide-scale" offensive against ISIS in northern
# Syria. "أعلنت تركيا الاربعاء أنها ستطلق قريبا هجوما" and Cavusoglu's "اكد ... ان بلاده ستبدأ قريبا بمحاربة تنظيم
# الدولة الاسلامية" are one announced attack: THREATEN (CAMEO 138) Turkey → ISIS, dated by the Wednesday. "خلال لقائه
# نظيره الاميركي جون كيري في ماليزيا" is the meeting the statement was made at: CONSULT, Cavusoglu (first named) the
# source, dated by the same Wednesday. "الطائرات الاميركية بدأت بالوصول الى تركيا" (in his quote) is a deployment of
# forces: MOBILIZE (PLOVER: military moves short of force), the United States the source and no target (none stated),
# undated ("بدأت" fixes no day). Not coded: "بدء غارات جوية على مواقع للاكراد في العراق" (a masdar in a time phrase,
# nominal background), the ASEAN meetings (nominal). Claims: Turkey's أعلنت (warn), Cavusoglu's اكد (warn) and قال
# (assert); "بحسب ما نقلت عنه وكالة الاناضول" is the conduit of his قال in the same sentence: no claim. "ما سمته حربا
# على الارهاب" names a label, no statement (decided). The closing tag line (سمات) is no text.
i = 'snn-2015-08-06-0020'
t = news_text(i)
TURKEY = ["Turkey", "تركيا", "Turkish government"]
CAVUSOGLU = ["Mevlut Cavusoglu", "مولود جاوش اوغلو", "جاوش اوغلو", "وزير الخارجية التركي", "Turkey", "تركيا"]
ISIS = ["ISIS", "Islamic State", "تنظيم الدولة الاسلامية", "الدولة الاسلامية", "داعش", "تنظيم داعش"]
KERRY = ["John Kerry", "جون كيري", "كيري", "US Secretary of State", "United States", "US", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "THREATEN", "source": TURKEY + CAVUSOGLU[:4], "target": ISIS, "date": "2015-08-05"},
    {"code": "CONSULT", "source": CAVUSOGLU, "target": KERRY, "date": "2015-08-05"},
    {"code": "MOBILIZE", "source": ["United States", "US", "الولايات المتحدة", "US aircraft", "الطائرات الاميركية"],
     "target": []}], "claims": [
    {"speaker": TURKEY, "cue": cue(t, "أعلنت"), "stance": "warn"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "اكد"), "stance": "warn"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Al-Weeam: Yemen's vice-president Khaled Bahah leaves Aden this evening (Saturday 2015-08-01) after a visit of a
# few hours, heading for the UAE. His visit to Aden, a city of his own state, meets no named host: not coded (the
# ministers travelling with him are his own government). "سيبدأ بزيارته الاولى لتفقد الجرحى والمصابين" is a planned
# visit to the wounded: AGREE (a future visit; batch 13 codes a visit to the wounded as CONSULT), dated 2015-08-01
# (decided: the text confines his stay to a few hours of that Saturday). "الذين تعرضوا لإصابات مختلفة برصاص مليشيات
# الحوثي وصالح" names the doer of the shootings and "الحرب التي شنتها المليشيات الانقلابية" is a relative clause with
# its doer; both tell the militias' war on Aden: one ASSAULT, Aden and the wounded the target, undated. "مطالباً
# الجميع بالوقوف صفاً واحداً الى جانب السلطات المحلية" is a call with no named addressee: REQUEST with no target
# (README), dated by his statement on arrival today. The closing link line is part of the text: "يتجه للامارات" is
# his trip to the UAE, a visit to a foreign state not yet made: AGREE (scheduled visits, batches 29–30), undated
# (decided: the day of his arrival is not given). Claims: اكد، أشار، مشيراً، اضاف (assert), مطالباً (other).
i = 'snn-2015-08-01-0889'
t = news_text(i)
BAHAH = ["Khaled Bahah", "خالد بحاح", "بحاح", "نائب الرئيس اليمني", "نائب الرئيس", "Yemen", "اليمن"]
WOUNDED = ["wounded", "الجرحى والمصابين", "الجرحى", "المصابين"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "AGREE", "source": BAHAH, "target": WOUNDED, "date": "2015-08-01"},
    {"code": "ASSAULT", "source": ["Houthi-Saleh militias", "Houthis", "مليشيات الحوثي وصالح", "مليشيات الحوثي",
                                   "الحوثي", "Ali Abdullah Saleh", "صالح", "المليشيات الانقلابية", "المليشيات"],
     "target": ["Aden", "عدن", "محافظة عدن"] + WOUNDED},
    {"code": "REQUEST", "source": BAHAH, "target": [], "date": "2015-08-01"},
    {"code": "AGREE", "source": BAHAH, "target": ["United Arab Emirates", "UAE", "الامارات", "الإمارات"]}],
    "claims": [
    {"speaker": BAHAH, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": BAHAH, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": BAHAH, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": BAHAH, "cue": cue(t, "اضاف"), "stance": "assert"},
    {"speaker": BAHAH, "cue": cue(t, "مطالباً"), "stance": "other"}]})
# --- Jawhara FM: Rene Trabelsi, organiser of the Ghriba pilgrimage, calls this year's pilgrimage a great success.
# "تونس نجحت في تأمين زيارة الغريبة" is praise of the state's security work: SUPPORT of Tunisia, undated. "البلدان التي
# قاطعت الرحلات السياحية نحو جربة على غرار ايطاليا وبلجيكا وهولندا" is a relative clause with its doers (named by
# على غرار): a state boycott of travel (CAMEO 163, embargo or boycott) is SANCTION, the three states in one source
# list and Djerba (Tunisia) the target, undated (decided: not PROTEST, whose boycotts are dissent by non-state
# actors). The US Congress delegation among the visitors is a noun phrase (من بين الزائرين وفد) with no meeting:
# not coded. Claims: أكد، مشيرا، أضاف، أشار، أوضح (all assert); "وفق تعبيره" repeats its sentence's speaker. Jawhara
# FM (لمراسلة) is the addressee.
i = 'ant-JA-localNews-3769-20160526'
t = news_text(i)
TRABELSI = ["Rene Trabelsi", "روني الطرابلسي", "الطرابلسي", "organiser of the Ghriba pilgrimage",
            "منظم رحلات معبد الغريبة"]
recs.append({"id": i, "text": t, "published": "2016-05-26", "events": [
    {"code": "SUPPORT", "source": TRABELSI, "target": ["Tunisia", "تونس"]},
    {"code": "SANCTION", "source": ["Italy", "ايطاليا", "Belgium", "بلجيكا", "Netherlands", "هولندا",
                                    "البلدان التي قاطعت الرحلات السياحية"],
     "target": ["Djerba", "جربة", "Tunisia", "تونس"]}], "claims": [
    {"speaker": TRABELSI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": TRABELSI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": TRABELSI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": TRABELSI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": TRABELSI, "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Jawhara FM: the results of the vote electing two thirds of Ennahda's Shura Council at its tenth congress (a list
# of names). An internal party election (as batch 52 leaves the council's own session) is no event, and no one is
# quoted. Nothing coded.
i = 'ant-JA-localNews-2623-20160523'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-05-23", "events": [], "claims": []})
# --- Jawhara FM: today (Wednesday 2017-05-03) Gabes civil society holds a protest stand at the industrial zone's
# southern entrance against the dumping of phosphogypsum into the sea. "نفذت اليوم مكونات من المجتمع المدني بقابس
# وقفة احتجاجية" is a PROTEST, dated; its addressee is named by the activist's "الغاية من هذا الحراك هي لفت انتباه
# السلط المركزية", so the central authorities are its target (README: a protest's named addressee is its target;
# decided), and its renewed demand (جددت ... طلبها) is its content. Fadhel Trabelsi's "الحكومة مطالبة بتحمل
# مسؤوليتها كاملة" is his own demand with a named addressee: REQUEST, dated by the stand he speaks at (batch 52's
# Matti Haddad). Mehrez Hamrouni's "ملوحا بالتصعيد في صورة عدم تفاعل الحكومة" is a conditional threat of escalation:
# THREATEN the government, dated likewise; his "أهالي قابس قد سئموا الوعود" names no party in its clause: no ACCUSE of
# its own (decided), but his أوضح is critical (accuse). Not coded: the governor's international forum on 24–25 May
# ("الجهة ستشهد ... تنظيم ملتقى"، "سيشارك فيه خبراء من عديد دول العالم": no organiser named, experts from unnamed
# states), the passive "سيتم رفع توصيات" and "احيطت المنطقة الصناعية بحراسة أمنية" (no doer). Claims: civil society,
# tied to a named city, جددت (other, batch 51's civil society); Trabelsi's بين (assert) and مبينا (other); Hamrouni's
# أوضح (accuse) and ملوحا (warn); the governor's بيّن and مضيفا (assert). The government's list holds no Gabes form;
# the protesters' list holds the movement Trabelsi speaks for (هذا الحراك is the protest).
i = 'ant-JA-localNews-3641-20170503'
t = news_text(i)
CIVIL = ["Gabes civil society", "civil society", "مكونات من المجتمع المدني", "المجتمع المدني",
         "Sakker el-Massab movement", "حراك سكر المصب", "سكر المصب"]
GOVT = ["Tunisian government", "الحكومة", "central authorities", "السلط المركزية", "Tunisia", "تونس"]
F_TRABELSI = ["Fadhel Trabelsi", "فاضل الطرابلسي", "الطرابلسي", "Sakker el-Massab movement", "حراك سكر المصب",
              "سكر المصب"]
HAMROUNI = ["Mehrez Hamrouni", "محرز حمروني", "حمروني", "Gabes fishing union", "نقابة الصيد البحري"]
THAMEUR = ["Mongi Thameur", "منجي ثامر", "ثامر", "والي قابس", "governor of Gabes", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-05-03", "events": [
    {"code": "PROTEST", "source": CIVIL, "target": GOVT, "date": "2017-05-03"},
    {"code": "REQUEST", "source": F_TRABELSI, "target": GOVT, "date": "2017-05-03"},
    {"code": "THREATEN", "source": HAMROUNI, "target": GOVT, "date": "2017-05-03"}], "claims": [
    {"speaker": CIVIL, "cue": cue(t, "جددت"), "stance": "other"},
    {"speaker": F_TRABELSI, "cue": cue(t, "بين", 1), "stance": "assert"},
    {"speaker": F_TRABELSI, "cue": cue(t, "مبينا"), "stance": "other"},
    {"speaker": HAMROUNI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": HAMROUNI, "cue": cue(t, "ملوحا"), "stance": "warn"},
    {"speaker": THAMEUR, "cue": cue(t, "بيّن"), "stance": "assert"},
    {"speaker": THAMEUR, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- Jawhara FM: Algeria's Defence Ministry reports arrests of arms dealers, smugglers and migrants. "تمكنت الوحدات
# الأمنية في الجزائر يوم 5 جوان الجاري ... من القبض على 3 تجار أسلحة وحجز 5 بنادق صيد" is COERCE (the seizure folded
# into the arrest), dated 2017-06-05. "وحدات من الجيش حجزت كمية من المخدرات بالوادي" is a seizure with its doer:
# COERCE (confiscation) with no target (no owner named) (decided), undated. "تم القبض على 8 مهربين ببرج باجي مختار
# وضبط شاحنة" is passive, reported by the ministry: its forces' COERCE (batches 15–16's passive arrests reported by
# the police), undated. "أحبط حراس الشواطئ محاولة هجرة غير شرعية لـ18 شخصا" is COERCE of the 18, and "وإيقاف 21 مهاجرا
# غير شرعي ... بكل من تلمسان وأدرار وبشار" a second group in other places: a second COERCE (batch 51 keeps a second
# clause's arrests apart), both undated ("الجاري" days are given only for the first). Claims: "وفق بلاغ لوزارة الدفاع
# الجزائرية" (its sentence's only attribution) and أضافت (assert). Each unit's list holds the ministry that reports
# it and Algeria.
i = 'ant-JA-internationalNews-1142-20170609'
t = news_text(i)
MOD = ["Algerian Ministry of Defence", "وزارة الدفاع الجزائرية", "وزارة الدفاع", "الوزارة", "Algeria", "الجزائر"]
recs.append({"id": i, "text": t, "published": "2017-06-09", "events": [
    {"code": "COERCE", "source": ["Algerian security units", "الوحدات الأمنية"] + MOD,
     "target": ["arms dealers", "3 تجار أسلحة", "تجار أسلحة"], "date": "2017-06-05"},
    {"code": "COERCE", "source": ["Algerian army", "وحدات من الجيش", "الجيش"] + MOD, "target": []},
    {"code": "COERCE", "source": ["Algerian army", "الجيش"] + MOD, "target": ["smugglers", "8 مهربين", "مهربين"]},
    {"code": "COERCE", "source": ["Algerian coast guard", "حراس الشواطئ"] + MOD,
     "target": ["would-be emigrants", "18 شخصا", "محاولة هجرة غير شرعية"]},
    {"code": "COERCE", "source": ["Algerian coast guard", "حراس الشواطئ"] + MOD,
     "target": ["illegal migrants", "21 مهاجرا غير شرعي", "مهاجرا غير شرعي"]}], "claims": [
    {"speaker": MOD, "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "أضافت"), "stance": "assert"}]})
# --- Jawhara FM (after TAP): the IJABA university teachers' union rejects the 2017 finance bill. "عبر الأساتذة
# الجامعيون ... عن رفضهم القاطع لمشروع قانون المالية" (which they call "مجحفا") and "جدد ... رفضهم للطريقة التي تتم بها
# زيادات الأجور" are one statement's criticism: one ACCUSE (batch 33 codes "عبّر عن رفضه" of a bill as ACCUSE, not
# REJECT), with no target (the bill's author is not named), dated by the close of the 26–27 November meeting where it
# was renewed (2016-11-27). "دعوا إلى الاسراع بمراجعة جملة من المسائل" is a call with no named addressee: REQUEST with
# no target, same day. "مقترح القانون الأساسي للجامعيين الذي يعتزمون تقديمه لوزارة الاشراف" is a relative clause with
# its doer: an intended proposal to a named party, AGREE (GUIDELINES: proposals), undated. Not coded: the union's own
# national meeting (internal, as batch 52's council session), "التحضير للمؤتمر" and "دراسة التحركات النضالية القادمة"
# (nouns), "استعدادهم التام من أجل الدفاع عن الجامعة العمومية" (no party named). Claims: عبر and جدد (accuse), دعوا
# (other), مؤكدين (a pledge of readiness: promise), Zied Ben Amor's ذكر (assert). "وفق تعبير زياد بن عمر" names the
# union's own official for the sentence's عبر (as README's "أكدت تونس … وفق بلاغ لوزارة الشؤون الخارجية"): no second
# claim, and he is in the professors' list; "وفق نفس المصدر" repeats him.
i = 'ant-JA-localNews-534-28112016'
t = news_text(i)
IJABA = ["IJABA", "university professors", "الأساتذة الجامعيون", "الأساتذة الجامعيين",
         "إتحاد الأساتذة الجامعيين الباحثين التونسيين", "نقابة إتحاد الأساتذة الجامعيين الباحثين التونسيين", "إجابة",
         "الإتحاد", "Zied Ben Amor", "زياد بن عمر", "بن عمر"]
recs.append({"id": i, "text": t, "published": "2016-11-28", "events": [
    {"code": "ACCUSE", "source": IJABA, "target": [], "date": "2016-11-27"},
    {"code": "REQUEST", "source": IJABA, "target": [], "date": "2016-11-27"},
    {"code": "AGREE", "source": IJABA,
     "target": ["Ministry of Higher Education", "supervising ministry", "وزارة الاشراف", "Tunisia"]}], "claims": [
    {"speaker": IJABA, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": IJABA, "cue": cue(t, "جدد"), "stance": "accuse"},
    {"speaker": IJABA, "cue": cue(t, "دعوا"), "stance": "other"},
    {"speaker": IJABA, "cue": cue(t, "مؤكدين"), "stance": "promise"},
    {"speaker": IJABA, "cue": cue(t, "ذكر"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch65.gold.jsonl', recs)
