"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 140 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet, opinion column ("انتهى التنفيذ") on Robert Greene's third law of power (hide your intentions). The
# columnist is the narrator (batches 28, 38, 80): his advice, the hadith he cites ("وفي الحديث") and the hashtag of
# Greene's book are neither claims nor events. His historical anecdotes are clauses with explicit doers, and
# GUIDELINES codes historical events (batch 38 codes the signings a column tells): "أعلن في البرلمان، أنه ضد الحرب"
# is Bismarck's claim (assert); "وأطلق العديد من التصريحات التي تندد بويلات الحروب" is habitual and decries war in
# general (decided: no claim and no ACCUSE, no party named). "جعل الملك يقربه ... ويجعله رئيساً للوزراء" is an
# internal appointment: no event. "ركض للحرب التي انتصر فيها" is ASSAULT Bismarck (Germany) → the neighbouring states
# the next clause names (النمسا، بروسيا), undated (the nineteenth century). Marlborough "احتل قلعة تقف بينه وبين
# المعسكر الفرنسي" is an occupation (GUIDELINES: COERCE) with no holder named: COERCE with no target (decided), the
# small garrison he put in it folded in; "فعاد الفرنسيون واحتلوها بسهولة، ودمروها" retakes it from his garrison:
# COERCE French → Marlborough (decided: one act, the destruction of the fort they then held folded in); "فغزاهم
# مارلبورو وحطمهم" is ASSAULT Marlborough → the French. All undated. "ليوهم الفرنسيين" (a deception) is no event.
i = 'snn-2015-07-21-1173'
t = news_text(i)
BISMARCK = ["Otto von Bismarck", "أوتو فون بسمارك", "بسمارك"]
MARLBOROUGH = ["Duke of Marlborough", "مارلبورو", "Britain", "England"]
FRENCH = ["French", "France", "الفرنسيون", "الفرنسيين", "المعسكر الفرنسي"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ASSAULT", "source": BISMARCK + ["Germany", "ألمانيا"],
     "target": ["Austria", "النمسا", "Prussia", "بروسيا", "neighbouring states", "الدول المجاورة"]},
    {"code": "COERCE", "source": MARLBOROUGH, "target": []},
    {"code": "COERCE", "source": FRENCH, "target": MARLBOROUGH + ["حامية عسكرية صغيرة"]},
    {"code": "ASSAULT", "source": MARLBOROUGH, "target": FRENCH}], "claims": [
    {"speaker": BISMARCK, "cue": cue(t, "أعلن"), "stance": "assert"}]})
# --- Sabq: Al-Nassr's deputy football director Talal al-Najjar says the club signed a binding agreement with the
# Uruguayan striker Rodrigo Mora, and that Naif Hazazi will be fit for the Super Cup. The agreement, the coming formal
# signing and the player's arrival are sport business (README: transfers and signings): no events. "وكل ما يتداول في
# وسائل الإعلام حول عدم التوقيع مع اللاعب غير صحيح" denies reports of unnamed media: REJECT with no target (README:
# a denial of rumours with no named author, batches 15, 43, 72), undated (no day). Hazazi's injury has no doer. Claims,
# al-Najjar's (with his club): أكد (the signing: assert); the 1st قال (its quote calls the reports untrue: deny, as
# batch 43); the 2nd قال (the arrival date: assert); مقللاً (downplaying Mora's injury, a content of its own: assert);
# the 3rd قال (Hazazi's recovery: assert; "تحدث ... عن الإصابة" is the same statement, decided one claim on قال). The
# radio "يو إف إم" only carried his words: a conduit.
i = 'snn-2015-08-04-1322'
t = news_text(i)
NAJJAR = ["Talal al-Najjar", "طلال النجار", "النجار", "Al-Nassr", "نادي النصر", "النصر", "الإدارة النصراوية"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "REJECT", "source": NAJJAR, "target": []}], "claims": [
    {"speaker": NAJJAR, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": NAJJAR, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": NAJJAR, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": NAJJAR, "cue": cue(t, "مقللاً"), "stance": "assert"},
    {"speaker": NAJJAR, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- SaudiNewsNet: Oscar winners Meryl Streep, Kate Winslet and Emma Thompson sign a protest letter to Amnesty
# International against its backing for decriminalising prostitution (the headline's يهاجمن is outside the text).
# "وقعت ... خطابا احتجاجيا موجها لمنظمة العفو الدولية اعتراضا على تأييدها", "ويرفض الموقعون ... موقف المنظمة" and
# the letter's "قلقهم البالغ" are one letter of criticism: one ACCUSE signatories → Amnesty (GUIDELINES: condemning
# another's stance is ACCUSE even with رفض; batches 29–30 code petitions as ACCUSE; decided no PROTEST, a letter is no
# demonstration), undated. "وقد كشف النقاب مؤخرًا عن مسودة" is a passive with no doer; the draft's opposition to
# criminalisation is Amnesty's stance told in a quoted document, no act towards a named party; the Amnesty meeting
# "المقرر مناقشتها" in August is internal: none coded. Claims, the signatories' (the three stars with the 3,300
# signers, Emma magazine among them): يرفض (accuse), معتبرين (a content of its own, that it backs the exploitation of
# women: accuse), أعرب (their concern: accuse), "وجاء في الخطاب" (the reputation "ستلطخ ... إذا تبنت": warn);
# Amnesty's "مسودة استراتيجية داخلية للمنظمة ... تتضمن الآتي" quotes the organisation's own document (decided: a
# speaker, as README batches 101–104 take quoted court documents; assert).
i = 'snn-2015-07-31-0480'
t = news_text(i)
SIGNERS = ["Meryl Streep", "ميريل ستريب", "ستريب", "Kate Winslet", "كيت وينسلت", "وينسلت", "Emma Thompson",
           "إيما تومسون", "تومسون", "Oscar winners", "الحائزات على جوائز أوسكار", "signatories", "الموقعون",
           "الموقعين", "الموقعون على الخطاب", "كاتبو الخطاب", "الخطاب", "Emma magazine", "مجلة إيما"]
AMNESTY = ["Amnesty International", "منظمة العفو الدولية", "العفو الدولية", "المنظمة"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": SIGNERS, "target": AMNESTY}], "claims": [
    {"speaker": SIGNERS, "cue": cue(t, "يرفض"), "stance": "accuse"},
    {"speaker": SIGNERS, "cue": cue(t, "معتبرين"), "stance": "accuse"},
    {"speaker": AMNESTY, "cue": cue(t, "تتضمن"), "stance": "assert"},
    {"speaker": SIGNERS, "cue": cue(t, "أعرب"), "stance": "accuse"},
    {"speaker": SIGNERS, "cue": cue(t, "جاء"), "stance": "warn"}]})
# --- Al-Yaum: the University of Hail signs a cooperation agreement with the Human Resources Development Fund (هدف)
# at the Ministry of Labour in Riyadh. "وقعت جامعة حائل إتفاقية تعاون مع صندوق تنمية الموارد البشرية" is SUPPORT
# university → the Fund (GUIDELINES: signing; README session 32: a university–ministry agreement one SUPPORT in the
# lead's direction; its purpose no AGREE, batches 73–76), undated (no day); "توقيع الجامعة مع «هدف»" re-tells it.
# "خلال لقاء جمع وزيري التعليم والعمل بمديري 28 جامعة سعودية" is a meeting of two ministers with the heads of the
# universities the Education ministry oversees (decided: internal government work, as batches 77–80 leave a ministry
# consulting its universities uncoded; not coded). The programme's aims and the university's earlier initiative
# ("مبادرة الثقافة المهنية التي عملت عليها") are no acts towards another party. Claims: the director al-Ibrahim's أكد
# (assert); the vice-rector al-Hammali's قال (assert) and مضيفاً (the agreement's purpose: assert).
i = 'snn-2015-08-01-0515'
t = news_text(i)
HAIL = ["University of Hail", "جامعة حائل", "الجامعة"]
IBRAHIM = ["Khalil al-Ibrahim", "خليل البراهيم", "البراهيم"] + HAIL
HAMMALI = ["Rashid al-Hammali", "راشد الحمالي", "الحمالي"] + HAIL
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "SUPPORT", "source": HAIL,
     "target": ["Human Resources Development Fund", "HRDF", "صندوق تنمية الموارد البشرية", "هدف", "الصندوق"]}],
    "claims": [
    {"speaker": IBRAHIM, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": HAMMALI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HAMMALI, "cue": cue(t, "مضيفاً"), "stance": "assert"}]})
# --- SaudiNewsNet: Chechen President Ramzan Kadyrov visits the Prophet's Mosque in Medina "أول من أمس" (2015-07-20,
# two days before the corpus date). A visit and the reception it holds are one CONSULT with the visitor as source and
# whoever received him as target (README: a governor visiting a palace), one per host (README: troupes visiting
# hosts): "وكان في استقبال فخامته عند مدخل المسجد النبوي عدد من المسؤولين بوكالة الرئاسة العامة لشؤون المسجد النبوي
# وقوة أمن الحرم" is CONSULT Kadyrov → the mosque's agency and the Haram security force; "وصل ... إلى المدينة المنورة
# في وقت سابق أول من أمس، وكان في استقباله بمطار الأمير محمد بن عبدالعزيز الدولي وكيل إمارة منطقة المدينة المنورة
# المساعد محمد بن مصطفى سيف، ومدير مكتب المراسم الملكية ... مشهور الحميًد" is a second CONSULT Kadyrov → the Medina
# officials (decided: two hosts, two CONSULTs), both dated 2015-07-20. His prayer and greeting are worship, no event.
# No reporting verbs: no claims. The agency's name holds المسجد النبوي, which the text names on its own as a place
# (README: such an institution keeps only its other forms), so its list keeps the office forms; المدينة المنورة is
# likewise left out of the Medina officials' list.
i = 'snn-2015-07-22-0685'
t = news_text(i)
KADYROV = ["Ramzan Kadyrov", "رمضان أحمد قاديروف", "قاديروف", "Chechnya", "الشيشان", "جمهورية الشيشان"]
D = "2015-07-20"
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "CONSULT", "source": KADYROV,
     "target": ["Agency of the General Presidency for the Affairs of the Prophet's Mosque", "وكالة الرئاسة العامة",
                "الرئاسة العامة", "Haram security force", "قوة أمن الحرم", "Saudi Arabia", "السعودية"], "date": D},
    {"code": "CONSULT", "source": KADYROV,
     "target": ["Medina Emirate", "Mohammed bin Mustafa Saif", "محمد بن مصطفى سيف", "Mashhour al-Humaid",
                "مشهور الحميًد", "مشهور الحميد", "مكتب المراسم الملكية", "Saudi Arabia", "السعودية"],
     "date": D}], "claims": []})
# --- Al-Watan: the municipal council of Sarat Abidah accuses the roads administration of neglecting the road to
# Najran (the headline is outside the text). Events, all undated (no day): "كرر المجلس البلدي ... مناشدته الجهات
# المعنية بالنظر في موضوع الشارع العام" is a call on unnamed authorities: REQUEST with no target (README: a call with
# no named addressee); "وناشد المجلس إمارة المنطقة وأمانتها سرعة التدخل لصيانة الطريق" is a second REQUEST → the
# region's emirate and its municipality (README session 30: calls with and without an addressee are two REQUESTs),
# its reason (دور النقل ... لا يفي بالمطلوب) folded in; "متهما إدارة الطرق في عسير بغياب دورها في صيانة الطريق" is
# ACCUSE council → the Asir roads administration. "هناك تداخلا بين النقل والبلديات ... وكل منهما يذكر أنه من مسؤولية
# الجهة الأخرى" is two ministries blaming each other: two ACCUSEs (README session 34), habitual, so no claim on يذكر
# (README: habitual condemnations coded with no claim). "سبق الرفع لأمير المنطقة" is a verbal noun with no doer: not
# coded; "وأنه وجه فرع الإدارة العامة للنقل في المنطقة للقيام بدوره" is a historical clause with its doer inside a
# statement: REQUEST Emir → the transport branch (decided: the transport branch is outside the emir's own
# administration, as session 33's governor and police officer). "رأى ... أن الحل يكمن في الرفع لوزير البلديات" is a
# recommendation with no call verb: a claim only. "وزير النقل أبلغ وزير الشؤون البلدية والقروية" informs: a claim
# (embedded speech, README batches 29–30), no event. Citizens "يتذمرون" are a bare group: nothing. Claims: the
# council's 1st كرر (other) and ناشد (other); Aal Jatham's 1st أبلغ (the road's danger to users: warn), رأى (other),
# متهما (accuse), مؤكدا (the council's role: assert), أكد (assert), لفت (the overlap: assert), لافتا (assert), 2nd
# كرر (his surprise at the road's state despite state spending: accuse); the transport minister's 2nd أبلغ (assert).
# سراة عبيدة and عسير are named as places, so the council's and the emir's lists keep no form holding them.
i = 'snn-2015-08-04-0787'
t = news_text(i)
COUNCIL = ["Sarat Abidah municipal council", "المجلس البلدي", "المجلس"]
JATHAM = ["Hussein Aal Jatham", "حسين آل جعثم", "آل جعثم", "رئيس المجلس"] + COUNCIL
ROADS = ["Asir roads administration", "إدارة الطرق", "إدارة الطرق في عسير"]
TRANSPORT = ["Saudi Ministry of Transport", "وزارة النقل", "النقل", "وزير النقل"]
MUNICIPAL = ["Saudi Ministry of Municipal and Rural Affairs", "وزارة الشؤون البلدية والقروية", "البلديات",
             "وزير البلديات", "وزير الشؤون البلدية والقروية"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "REQUEST", "source": COUNCIL, "target": []},
    {"code": "ACCUSE", "source": JATHAM, "target": ROADS},
    {"code": "ACCUSE", "source": TRANSPORT, "target": MUNICIPAL},
    {"code": "ACCUSE", "source": MUNICIPAL, "target": TRANSPORT},
    {"code": "REQUEST", "source": COUNCIL,
     "target": ["regional emirate", "إمارة المنطقة", "regional municipality", "أمانتها"]},
    {"code": "REQUEST", "source": ["Emir of the region", "أمير المنطقة"],
     "target": ["regional branch of the General Administration of Transport", "فرع الإدارة العامة للنقل في المنطقة",
                "فرع الإدارة العامة للنقل", "الإدارة العامة للنقل"]}], "claims": [
    {"speaker": COUNCIL, "cue": cue(t, "كرر", 1), "stance": "other"},
    {"speaker": JATHAM, "cue": cue(t, "أبلغ", 1), "stance": "warn"},
    {"speaker": JATHAM, "cue": cue(t, "رأى"), "stance": "other"},
    {"speaker": JATHAM, "cue": cue(t, "متهما"), "stance": "accuse"},
    {"speaker": JATHAM, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": JATHAM, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JATHAM, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": COUNCIL, "cue": cue(t, "ناشد", 2), "stance": "other"},
    {"speaker": JATHAM, "cue": cue(t, "لافتا"), "stance": "assert"},
    {"speaker": JATHAM, "cue": cue(t, "كرر", 2), "stance": "accuse"},
    {"speaker": TRANSPORT, "cue": cue(t, "أبلغ", 2), "stance": "assert"}]})
# --- Al-Yaum: Khafji's local council demands a community college and a lasting fix for the Abraq al-Kibrit road (the
# headline's يطالب is outside the text). "طالب أعضاء المجلس المحلي ... بكلية للمجتمع ... وإيجاد حل جذري" names no
# addressee: one REQUEST with no target (README), the "مطالبهم" after it folded in; dated 2015-08-04 (decided: the
# demands were made at the session "صباح أول أمس الثلاثاء" the next sentence ties them to with حيث; 2015-08-04 is a
# Tuesday two days before the corpus date). The session itself, chaired by the governor with the heads of government
# departments, and its reviews of water projects (استعرض) are internal government deliberations (GUIDELINES): not
# coded; "اجتماعات سابقة أقرت بضرورة معالجة الطريق" is background. Claims, the council's: طالب (other) and بينوا
# (the municipality's projects: assert). الخفجي is named as a place, so the council's list keeps no form holding it.
i = 'snn-2015-08-06-2690'
t = news_text(i)
KHAFJI = ["Khafji local council", "المجلس المحلي", "أعضاء المجلس المحلي", "أعضاء المجلس", "المجتمعون"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": KHAFJI, "target": [], "date": "2015-08-04"}], "claims": [
    {"speaker": KHAFJI, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": KHAFJI, "cue": cue(t, "بينوا"), "stance": "assert"}]})
# --- Al-Weeam (Reuters): gunmen kill 21 guests at a wedding in Baghlan, Afghanistan. "إن مسلحين تبادلوا اطلاق نار
# في حفل زفاف مما أسفر عن مقتل 21 من الضيوف" and Purdeli's "دخله عدد من المسلحين وفتحوا النار على الضيوف الذكور" are
# one shooting: ASSAULT gunmen → the guests (decided: one instance, the exchange of fire folded in), undated (the
# police chief spoke "اليوم الاثنين", 2015-07-27, but the text gives no day for the shooting). "التحقيق جار والشرطة
# ستعتقل جميع المنفذين" is the police taking up the case, ACCUSE police → the perpetrators (README: an investigation
# pledge), and a vow to arrest them, THREATEN police → the perpetrators (decided, as batches 89–92's vow to fight
# ISIS), both undated. "بعد إنهاء القوات الأمريكية رسميا مهمتها العسكرية" is a verbal noun after بعد (background),
# "بقاء 12 الف جندي" a noun, the rise of militant activity and "احتدام الحرب مع مقاتلي حركة طالبان" nouns or no acts:
# not coded. Claims: the Baghlan police chief's قال (assert); Purdeli's قال (assert), أضاف (the pledge: promise, as
# README batches 57–60's investigation pledge) and مشيرا (2,500 armed men: assert); the UN's قالت (assert). "رابط
# الخبر بصحيفة الوئام" is a byline. بغلان is named as a place, so no list holds it.
i = 'snn-2015-07-27-1022'
t = news_text(i)
CHIEF = ["Baghlan police chief", "قائد الشرطة", "Afghan police", "Afghanistan", "أفغانستان"]
PURDELI = ["Abdul Jabar Purdeli", "عبد الجبار بورديلي", "بورديلي", "المفتش العام للشرطة", "الشرطة", "Afghan police",
           "Afghanistan", "أفغانستان"]
GUNMEN = ["gunmen", "مسلحين", "المسلحين", "عدد من المسلحين", "المنفذين", "جميع المنفذين"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "ASSAULT", "source": GUNMEN,
     "target": ["wedding guests", "الضيوف", "21 من الضيوف", "الضيوف الذكور", "حفل زفاف"]},
    {"code": "ACCUSE", "source": PURDELI, "target": GUNMEN},
    {"code": "THREATEN", "source": PURDELI, "target": GUNMEN}], "claims": [
    {"speaker": CHIEF, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": PURDELI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": PURDELI, "cue": cue(t, "أضاف"), "stance": "promise"},
    {"speaker": PURDELI, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": ["United Nations", "UN", "الأمم المتحدة"], "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- SaudiNewsNet: the governor of Dhahran al-Janub visits homes hit by shells fired from Yemen; residents say the
# shelling will only make them steadier. "مقذوفات عسكرية قادمة من الأراضي اليمنية وجهتها ميليشيات الحوثي وحليفها
# المخلوع علي عبدالله صالح" is a relative clause with its doer: ASSAULT the Houthis and Saleh → Dhahran al-Janub (the
# nurses' housing and the homes), undated. "كان الرد سريعا من المدفعية السعودية والطائرات التي تتبعت مواقع إرسال
# المقذوفات" is the return fire with its doer: a second ASSAULT Saudi artillery and aircraft → the Houthis (README:
# the force returning fire), undated. "زار محافظ ظهران الجنوب محمد فلاح القرقاح ومدير شرطة المحافظة ... ومدير مستشفى
# ... المنازل" ("قام بزيارة أهالي المنازل ... والاطمئنان عليهم") is one visit: CONSULT the governor with the police
# and hospital directors → the residents of the hit homes, undated. "بناء على توجيهات أمير منطقة عسير" is the emir
# instructing his own governor: internal, not coded. Abu Talib and Mushni's "ما حدث من هذه الشرذمة الفاسدة وتكرر
# قيامها بهذا العمل الإجرامي" condemns the attackers: ACCUSE → the Houthis (README: a condemnation targets the doer
# the text names), undated. The residents' devotion ("فداء لقادتنا ووطننا"، "نحن وراءهم بالدعاء") is patriotic
# loyalty to their own state and forces with no named party (decided: no SUPPORT). Claims: al-Qarqah's 1st ذكر
# (assert); the residents' أبان (with the named Al Zaher, an identified group: assert); Abu Talib and Mushni's قال
# (accuse); Ibn Dahen's 2nd ذكر and 1st أردف (assert; قائلا repeats it); al-Sahami's تابع and 2nd أردف (assert);
# al-Wadi'i's 3rd ذكر (assert). ظهران الجنوب is named as a place, so the governor's and hospital's titles are left
# out of the lists.
i = 'snn-2015-07-24-1896'
t = news_text(i)
HOUTHIS = ["Houthi militias", "Houthis", "ميليشيات الحوثي", "الحوثي", "Ali Abdullah Saleh", "علي عبدالله صالح",
           "المخلوع", "الشرذمة الفاسدة", "هذه الشرذمة الفاسدة"]
QARQAH = ["Mohammed Falah al-Qarqah", "محمد فلاح القرقاح", "القرقاح"]
OFFICIALS = QARQAH + ["Mahdi Mujarridi", "مهدي مجردي", "Mohammed Ali Al Faraj", "محمد علي آل فرج",
                      "Saudi Arabia", "السعودية"]
ZAHER = ["Mohammed Hussein Al Zaher", "محمد حسين آل زاهر", "آل زاهر"]
RESIDENTS = ["residents of the hit homes", "أهالي المنازل", "الأهالي", "عدد من الأهالي المتضررين", "أهالي المحافظة"]
TALIB = ["Mohammed Abu Talib", "محمد أبو طالب", "Misfer Ahmed Mushni", "مسفر أحمد مشني"]
DAHEN = ["Abdullah bin Dahen", "عبدالله بن داحن", "بن داحن"]
SAHAMI = ["Mohammed Saleh al-Sahami", "محمد صالح السحامي", "السحامي"]
WADII = ["Ali Salem al-Wadi'i", "علي سالم الوادعي", "الوادعي"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ASSAULT", "source": HOUTHIS,
     "target": ["Dhahran al-Janub", "ظهران الجنوب", "محافظة ظهران الجنوب", "سكن الممرضات", "بيوت سكنية", "المنازل",
                "Saudi Arabia", "السعودية"] + RESIDENTS},
    {"code": "ASSAULT", "source": ["Saudi artillery", "المدفعية السعودية", "الطائرات", "Saudi Arabia", "السعودية"],
     "target": HOUTHIS},
    {"code": "CONSULT", "source": OFFICIALS, "target": RESIDENTS + ZAHER + TALIB + DAHEN + SAHAMI + WADII},
    {"code": "ACCUSE", "source": TALIB, "target": HOUTHIS}], "claims": [
    {"speaker": QARQAH, "cue": cue(t, "ذكر", 1), "stance": "assert"},
    {"speaker": RESIDENTS + ZAHER, "cue": cue(t, "أبان"), "stance": "assert"},
    {"speaker": TALIB, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": DAHEN, "cue": cue(t, "ذكر", 2), "stance": "assert"},
    {"speaker": DAHEN, "cue": cue(t, "أردف", 1), "stance": "assert"},
    {"speaker": SAHAMI, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": SAHAMI, "cue": cue(t, "أردف", 2), "stance": "assert"},
    {"speaker": WADII, "cue": cue(t, "ذكر", 3), "stance": "assert"}]})
# --- SaudiNewsNet: the Ministry of Social Affairs receives the Saudi Special Olympics teams back from Los Angeles
# "صباح امس الخميس" (2015-08-06; the corpus date is a Friday) at King Khalid airport. "استقبلت وزارة الشؤون
# الاجتماعية ... أبطال المنتخبات السعودية" and "استقبل بعثة المنتخب السعودي" are one reception: CONSULT the team →
# the ministry (README batches 53–56: a team met at the airport is a hosted CONSULT; the visitor is the source),
# dated 2015-08-06. The welcome with flowers and congratulations and al-Maiqel's thanks to the delegation are one
# SUPPORT the ministry → the team (README session 34: thanks folded into the SUPPORT of an honouring), and his thanks
# to the General Presidency of Youth Welfare for its care of the team a second SUPPORT (README: thanks with a reason a
# SUPPORT and a claim), both dated by the reception (decided). Claims: al-Maiqel's 1st قدم (thanks with the team's
# results: assert) and 2nd قدم (assert); "وأن الوطن يفخر بإنجازاتهم" hangs off the noun التبريكات, no reporting verb
# (decided: no claim). The medals won in Los Angeles have no other party. Saudi Arabia is left out of both sides'
# lists (both are Saudi; no event's source may match its target).
i = 'snn-2015-08-07-1280'
t = news_text(i)
MOSA = ["Saudi Ministry of Social Affairs", "وزارة الشؤون الاجتماعية", "Abdullah al-Maiqel", "عبدالله المعيقل",
        "المعيقل", "وكيل وزارة الشؤون الاجتماعية"]
TEAM = ["Saudi Special Olympics teams", "أبطال المنتخبات السعودية", "المنتخبات السعودية", "المنتخب الوطني",
        "بعثة المنتخب السعودي للأولمبياد الخاص", "بعثة المنتخب السعودي", "المنتخب السعودي", "الوفد السعودي",
        "الوفد", "الأبطال", "أعضاء الوفد"]
D = "2015-08-06"
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "CONSULT", "source": TEAM, "target": MOSA, "date": D},
    {"code": "SUPPORT", "source": MOSA, "target": TEAM, "date": D},
    {"code": "SUPPORT", "source": MOSA,
     "target": ["General Presidency of Youth Welfare", "الرئاسة العامة لرعاية الشباب"], "date": D}], "claims": [
    {"speaker": MOSA, "cue": cue(t, "قدم", 2), "stance": "assert"},
    {"speaker": MOSA, "cue": cue(t, "قدم", 3), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch140.gold.jsonl', recs)
