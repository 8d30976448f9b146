"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 144 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: social workers call for a social emergency team to support the families of the men killed in the
# bombing of the Special Emergency Forces' mosque in Asir, and citizens condemn the attack. No day is given for any
# act, so everything is undated. Riham Subaiha's "طالبت ... بتشكيل فريق اجتماعي للطوارئ ... والمساعدة من خلال
# المتابعة اليومية من قسم الخدمة الاجتماعية في المستشفيات أو وزارة الشؤون الاجتماعية" is a call whose agents are
# named: REQUEST Subaiha → the ministry and the hospitals' social-service departments (decided: the bodies she wants
# to act are the addressees, as README batches 89–92's residents hoping a named body acts). Her "أضافت ان التفجير
# ... لا تقر به الإنسانية ولا الشريعة الإسلامية التي تدّعيها الجماعات الضالة" is a condemnation: ACCUSE → the doer
# the text names, the deviant groups (batches 42, 54, 58, 91). Its "فقد استهدفوا حماة الوطن مسلمين قائمين لله ركعاً
# وسجوداً" is a past clause whose subject is those groups, telling the one bombing (not a generic characterisation
# as batch 42's "هؤلاء يقتلون المصلين"): ASSAULT deviant groups → the security men (decided, as batch 19's bombing
# tied to الخوارج; historical clauses inside a statement are coded when their doer is named). The bombing's other
# mentions (الاعتداء الإرهابي، التفجير الذي حدث، الحادث الغادر الذي استهدف) have no doer and re-tell it. Ahmed
# al-Saad's "علينا كمجتمع ان نقف صفاً واحداً ... وان نساند ذوي المتوفين" is a call on a generic class that includes
# himself (a claim only, batch 116), and his "مؤكدا أن ما حدث من تفجير ... من أشنع الجرائم" condemns the bombing
# with no doer named in his words ("هذه التصرفات"): ACCUSE with no target (batch 14). "أوضح مواطنون وأولياء أمور"
# (with "مشيرين") are a bare group: no claims, but their "الفئة الضالة بعيدة كل البعد عن الدين" is an ACCUSE of the
# group (decided, as README batches 97–100's unnamed rights groups: a source but no speaker). Ali al-Ghamdi's "عمل
# جبان يدل على دناءة تفكيرهم" is ACCUSE → the deviant group (the doer the text names); his "قوات الطوارئ الخاصة
# ساهمت بشكل كبير ... وكانوا خير مثال لرجال الامن" praises the force (SUPPORT; decided: praise of a living
# institution, not a tribute to one dead man) and "مشيداً بدور وزارة الداخلية في مكافحة الارهاب" praises the
# ministry: a second SUPPORT (two objects, two SUPPORTs, batch 12); the ministry's arrests of cells "مؤخراً" are a
# noun inside the praise (not coded). Saleh al-Zahrani's "استهداف رجال الأمن ... يشير الى أن الارهابيين فقدوا
# عقولهم" is ACCUSE → the terrorists. Claims: Subaiha's طالبت (other), أضافت (accuse), لافتة (terrorism aims to
# terrorise society: accuse); al-Saad's قال (the call: other) and مؤكدا (accuse); al-Ghamdi's قال (the 2nd; accuse),
# مؤكداً and مشيداً (assert); al-Zahrani's قال (the 3rd; accuse). No alias holds عسير or أبها (named as places).
i = 'snn-2015-08-08-1180'
t = news_text(i)
SUBAIHA = ["Riham Subaiha", "ريهام صبيحة", "صبيحة", "الأخصائية الاجتماعية ريهام صبيحة"]
SAAD = ["Ahmed al-Saad", "أحمد السعد", "السعد"]
GHAMDI = ["Ali al-Ghamdi", "علي الغامدي", "الغامدي", "المواطن علي الغامدي"]
ZAHRANI = ["Saleh al-Zahrani", "صالح الزهراني", "الزهراني", "المواطن صالح الزهراني"]
DEVIANT = ["deviant groups", "الجماعات الضالة", "الفئة الضالة", "الارهابيين", "terrorists", "perpetrators"]
SECURITY_MEN = ["Special Emergency Forces personnel", "حماة الوطن", "رجال الأمن", "رجال قوات الطوارئ الخاصة",
                "قوات الطوارئ الخاصة", "Special Emergency Forces"]
SOCIAL = ["Saudi Ministry of Social Affairs", "وزارة الشؤون الاجتماعية", "hospital social-service departments",
          "قسم الخدمة الاجتماعية في المستشفيات", "قسم الخدمة الاجتماعية"]
CITIZENS = ["citizens and parents", "مواطنون وأولياء أمور", "مواطنون"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [
    {"code": "REQUEST", "source": SUBAIHA, "target": SOCIAL},
    {"code": "ASSAULT", "source": DEVIANT, "target": SECURITY_MEN},
    {"code": "ACCUSE", "source": SUBAIHA, "target": DEVIANT},
    {"code": "ACCUSE", "source": SAAD, "target": []},
    {"code": "ACCUSE", "source": CITIZENS, "target": DEVIANT},
    {"code": "ACCUSE", "source": GHAMDI, "target": DEVIANT},
    {"code": "SUPPORT", "source": GHAMDI, "target": ["Special Emergency Forces", "قوات الطوارئ الخاصة"]},
    {"code": "SUPPORT", "source": GHAMDI, "target": ["Saudi Interior Ministry", "وزارة الداخلية", "Saudi Arabia"]},
    {"code": "ACCUSE", "source": ZAHRANI, "target": DEVIANT}], "claims": [
    {"speaker": SUBAIHA, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": SUBAIHA, "cue": cue(t, "أضافت"), "stance": "accuse"},
    {"speaker": SUBAIHA, "cue": cue(t, "لافتة"), "stance": "accuse"},
    {"speaker": SAAD, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": SAAD, "cue": cue(t, "مؤكدا"), "stance": "accuse"},
    {"speaker": GHAMDI, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": GHAMDI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": GHAMDI, "cue": cue(t, "مشيداً"), "stance": "assert"},
    {"speaker": ZAHRANI, "cue": cue(t, "قال", 3), "stance": "accuse"}]})
# --- SaudiNewsNet (Ain Alyoum, Brussels): Google refuses the French data-protection authority's order to apply the
# "right to be forgotten" worldwide. The refusal is told by Google's blog post "نشرت اليوم الخميس": the text's
# weekday wins over the corpus date (a Friday), so Thursday 2015-07-30 (README batches 29–30). "رفضت شركة جوجل
# الامتثال لأمر من سلطات حماية البيانات" is REJECT Google → the authority, dated 2015-07-30 (decided: the refusal
# is the blog post's statement); "لا ينبغي أن يكون لدولة واحدة سلطة" and "نختلف ... مع تأكيد سلطات حماية البيانات
# الفرنسية" re-tell it. "وأمرت سلطات حماية البيانات الفرنسية شركة محرك البحث ... في يونيو حزيران بأن تلغي إدراج
# النتائج" is a regulator's binding order: REQUEST authority → Google (README: a government's binding recall order
# is REQUEST), undated (June). "طلبنا منها سحب إخطارها الرسمي" in Fleischer's words is a clause with its doer:
# REQUEST Google → the authority (decided: a request of its own, not folded into the refusal), undated (reported
# as already made). "وامتثلت جوجل للحكم" is compliance with the European Court of Justice's ruling: CONCEDE Google
# → the court, undated; "وقبلت جوجل 41 في المئة من هذه الطلبات" (requests of unnamed people) is that compliance
# carried out, folded in (decided). Not coded: the ruling itself ("حكم صدر ... من محكمة العدل الأوروبية", a noun of
# background, decided), the possible fine (no doer), the quarter-million removal requests (no named requester).
# Claims: "حسبما ورد في تقريرها عن الشفافية" (Google's report, its sentence's only attribution: assert), تقول
# (assert), قالت (the ground of the refusal, a rebuttal of the authority's reach: deny, decided) and Peter
# Fleischer's كتب (deny). The authority, a French state body, lists France.
i = 'snn-2015-07-31-0013'
t = news_text(i)
GOOGLE = ["Google", "جوجل", "شركة جوجل", "الشركة الأمريكية", "شركة محرك البحث الشهير"]
FLEISCHER = ["Peter Fleischer", "بيتر فليشر", "فليشر"] + GOOGLE
CNIL = ["CNIL", "French data protection authority", "سلطات حماية البيانات الفرنسية", "سلطات حماية البيانات",
        "France", "فرنسا"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REJECT", "source": GOOGLE, "target": CNIL, "date": "2015-07-30"},
    {"code": "REQUEST", "source": CNIL, "target": GOOGLE},
    {"code": "REQUEST", "source": FLEISCHER, "target": CNIL},
    {"code": "CONCEDE", "source": GOOGLE,
     "target": ["European Court of Justice", "محكمة العدل الأوروبية"]}], "claims": [
    {"speaker": GOOGLE, "cue": cue(t, "حسبما"), "stance": "assert"},
    {"speaker": GOOGLE, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": GOOGLE, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": FLEISCHER, "cue": cue(t, "كتب"), "stance": "deny"}]})
# --- SaudiNewsNet: days six and seven of the Hafr al-Batin Eid and summer festival (courses, talks, entertainment).
# The courses, talks, performances and corners are no PLOVER events, and "تحدث ... عن الحياة الطيبة وتطرق إلى"
# and "تحدث سلطان القحطاني ... عن فرص العمل" name topics, not statements: no claims (batch 25). Shuja al-Dosari's
# "المهرجان يعد من الأفضل من حيث التنظيم والحضور، مشيداً بعمل اللجان وبما حققته محافظة حفر الباطن من قفزات" is one
# speaker's praise in one sentence: one SUPPORT → the festival (its committees) and the governorate as one list
# (decided). Saleh al-Areedh's "أسعدتني هذه المحافظة بما رأيت فيها من تطور" praises the governorate: SUPPORT (his
# remark on its image "في الإعلام" blames no named party). Mubarak al-Dosari's "ما شاهدته من تنظيم مميز ... أمر يدعو
# للفخر" praises the festival's organisation: SUPPORT → the festival (batch 39: a festival's praise is coded). All
# undated (days of the festival, no date). Claims, all assert: Shuja's قال (the 1st) and مشيداً, al-Areedh's قال (the
# 2nd), Mubarak's قال (the 3rd). The festival's list holds no form with حفر الباطن (the governorate's own list does).
i = 'snn-2015-07-27-0757'
t = news_text(i)
SHUJA = ["Shuja al-Dosari", "شجاع الدوسري"]
AREEDH = ["Saleh al-Areedh", "صالح العريض", "العريض"]
MUBARAK = ["Mubarak al-Dosari", "مبارك الدوسري", "قائد الفرقة"]
FESTIVAL = ["Hafr al-Batin summer festival", "المهرجان", "مهرجان", "festival committees", "اللجان"]
HAFR = ["Hafr al-Batin governorate", "محافظة حفر الباطن", "حفر الباطن", "هذه المحافظة"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SUPPORT", "source": SHUJA, "target": FESTIVAL + HAFR},
    {"code": "SUPPORT", "source": AREEDH, "target": HAFR},
    {"code": "SUPPORT", "source": MUBARAK, "target": FESTIVAL}], "claims": [
    {"speaker": SHUJA, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": SHUJA, "cue": cue(t, "مشيداً"), "stance": "assert"},
    {"speaker": AREEDH, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MUBARAK, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- SaudiNewsNet (reader's complaint): Fahd Hadi asks the electricity company to make safe the bare wires of a meter near his
# house in al-Tandabawi. "طالب فهد هادي شركة الكهرباء بإنقاذه من خطر الأسلاك المكشوفة" is REQUEST Hadi → the company,
# undated; "ويأمل الاسراع في صيانة هذا العداد" is a wish re-telling the same demand (folded in; يأمل is no cue, batch
# 21). "مطالبا في الوقت نفسه بعمل جولات ميدانية على كافة كبائن ومولدات الكهرباء داخل الاحياء" is a second demand
# with a different content and no addressee named: REQUEST with no target (decided, as README session 30's two calls
# of one speaker, with and without an addressee), undated. "سبق ان تواصل مع الجهات المعنية في الشركة الا ان التفاعل
# لم يتم" is the narrator's background: the earlier contact is unspecified and the lack of response names no doer
# (complaints that blame no one are no ACCUSE, batch 90). Claims: طالب and مطالبا (other). "فيصل مجرشي (جدة)" is the
# byline.
i = 'snn-2015-07-31-1979'
t = news_text(i)
HADI = ["Fahd Hadi", "فهد هادي", "هادي"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REQUEST", "source": HADI,
     "target": ["Saudi Electricity Company", "electricity company", "شركة الكهرباء", "الشركة"]},
    {"code": "REQUEST", "source": HADI, "target": []}], "claims": [
    {"speaker": HADI, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": HADI, "cue": cue(t, "مطالبا"), "stance": "other"}]})
# --- SaudiNewsNet (al-Weeam, AFP): Ku Klux Klan members rally in Columbia, South Carolina, on Sunday 19 July against
# the removal of the Confederate flag. "تظاهر عشرات من أعضاء منظمة معادية للزنوج الأحد 19 يوليو ... احتجاجا على
# إزالة علم الكونفيدرالية" (re-told by "رفعوا أعلام" and "واحتشد أعضاء من منظمة كو كلوكس كلان") is PROTEST KKK
# with no target (the removal is a noun and a passive "وأزيل" with no doer), dated 2015-07-19. "تجمع أشخاص يدافعون عن
# حقوق الأمريكيين السود عند الجانب الشمالي من المبنى" are the "محتجين معارضين لتوجهاتهم" of the same rally: a
# counter-protest, PROTEST → the KKK, dated 2015-07-19. Not coded: the clashes (only nouns, "وقوع صدامات" and
# "الصدامات بدأت بعد ملاسنات بين ...", no clause with an explicit actor: decided), the police deployment ("بعد
# انتشار أعداد كبيرة من رجال الشرطة", a noun after بعد: background), the flag's removal (passive), the Charleston
# killings ("مقتل 9 من السود ... على يد متطرف أبيض", a noun of background) and Roof's photos. Claims: "حسبما ذكرت
# وسائل إعلام محلية" and "أفادت صحف محلية" are bare media (none); the State's "حسب صحيفة ستيت" (its sentence's only
# attribution) and مشيرة (assert); the KKK members' قال (pride in the flag: assert); "وفقا للفرنسية" (AFP, closing
# its paragraph mid-article, not a byline: assert, decided); Dylann Roof's "برر جريمته بكراهيته للسود" (his stated
# motive: assert, decided). "ينظر هؤلاء إلى العلم" is a view, no reporting cue. The final "رابط الخبر" is a byline.
i = 'snn-2015-07-21-1638'
t = news_text(i)
KKK = ["Ku Klux Klan", "KKK", "كو كلوكس كلان", "منظمة معادية للزنوج", "عشرات من أعضاء منظمة معادية للزنوج",
       "أعضاء المنظمة", "أعضاء من منظمة “كو كلوكس كلان”", "المعادين للسود", "أعضاؤها"]
COUNTER = ["counter-protesters", "أشخاص يدافعون عن حقوق الأمريكيين السود", "محتجين معارضين لتوجهاتهم",
           "محتجين معارضين"]
D = "2015-07-19"
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "PROTEST", "source": KKK, "target": [], "date": D},
    {"code": "PROTEST", "source": COUNTER, "target": KKK, "date": D}], "claims": [
    {"speaker": ["The State", "ستيت", "صحيفة “ستيت” المحلية"], "cue": cue(t, "حسب", 2), "stance": "assert"},
    {"speaker": ["The State", "ستيت", "صحيفة “ستيت” المحلية"], "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": KKK, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ["AFP", "الفرنسية", "Agence France-Presse"], "cue": cue(t, "وفقا"), "stance": "assert"},
    {"speaker": ["Dylann Roof", "ديلان روف", "روف", "مرتكب مجزرة تشارلستون"], "cue": cue(t, "برر"),
     "stance": "assert"}]})
# --- Sabq: Qassim police's criminal investigation department arrests a gang of three African expatriates for fraud
# and robbery of foreign workers. "ألقت إدارة التحريات والبحث الجنائي ... القبض على تشكيل عصابي" (re-told in the
# spokesman's "تم رصد المتهمين، وإلقاء القبض عليهم في كمين محكم، بمساندة من القوة الخاصة لأمن طرق") is one COERCE
# police → the gang, undated; the road-security force that backed the ambush is in the source with the police
# (decided: "بمساندة من" is a prepositional noun, so no SUPPORT or COOPERATE of its own, README batches 93–96). The
# gang's robberies ("استهدفوا العمالة الوافدة، واستولوا على ما معها", "يبادرون بسلب ما يحمله من نقود") are theft, no
# ASSAULT (README: سطو is no ASSAULT; decided the same for سلب with no weapon or blow told). "تَمَكّن 11 وافداً ممن
# تعرضوا لاعتداءاتهم، من التعرف عليهم" is the victims identifying the culprits: ACCUSE victims → the gang (decided,
# as a friend's report of a suspect to the police, batches 37–40), undated. The passive referral "أحيلوا إلى هيئة
# التحقيق والادعاء العام" is left out (batches 93–96). Claims, Major Badr al-Suhaibani's: قال and أضاف (the gang's
# crimes: accuse), أردف and تابع (the arrest and referral: assert). No alias holds القصيم (the dateline's place).
i = 'snn-2015-07-27-1365'
t = news_text(i)
POLICE = ["Qassim police", "إدارة التحريات والبحث الجنائي", "Criminal Investigation Department",
          "Special Force for Road Security", "القوة الخاصة لأمن طرق", "Saudi Arabia"]
SUHAIBANI = ["Badr al-Suhaibani", "بدر السحيباني", "السحيباني", "Qassim police", "Saudi Arabia"]
GANG = ["African gang", "تشكيل عصابي", "تشكيل عصابي مُكَوّن من ثلاثة وافدين من جنسية إفريقية", "ثلاثة وافدين",
        "المتهمين", "المتهمون", "الجناة"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "COERCE", "source": POLICE, "target": GANG},
    {"code": "ACCUSE", "source": ["11 expatriate victims", "11 وافداً"], "target": GANG}], "claims": [
    {"speaker": SUHAIBANI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": SUHAIBANI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": SUHAIBANI, "cue": cue(t, "أردف"), "stance": "assert"},
    {"speaker": SUHAIBANI, "cue": cue(t, "تابع"), "stance": "assert"}]})
# --- SaudiNewsNet: Medina's local municipal-election committee puts up more than 150 billboards about the
# elections. Putting up billboards, planned contact centres and media work are no PLOVER events; the elections are
# none either (batch 91). Claims, all Khaled Khalifa's (head of the media committee) and all assert: أوضح, "كما أضاف"
# (the contact centres), نوه (the importance of meetings with citizens) and أشار (more billboards). His list holds
# no form with المدينة المنورة (named on its own).
i = 'snn-2015-08-04-0527'
t = news_text(i)
KHALIFA = ["Khaled Khalifa", "خالد خليفة", "خليفة", "media committee of the municipal elections",
           "اللجنة الإعلامية بالانتخابات البلدية"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [], "claims": [
    {"speaker": KHALIFA, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": KHALIFA, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": KHALIFA, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": KHALIFA, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- SaudiNewsNet: Dr. Sulaiman Al Habib Hospital in Dubai Healthcare City signs a cooperation agreement with the
# Dubai Corporation for Ambulance Services. "وقّع مستشفى د.سليمان الحبيب ... اتفاقية تعاون مشترك مع مؤسسة دبي
# للخدمات الإسعافية" (re-told by "قام بتوقيع الاتفاقية كل من د. محمد البديّع ... وخليفة بن داري") is one SUPPORT in
# the lead's direction, hospital → corporation (GUIDELINES: signing an agreement; README batches 113–116: a
# university–ministry agreement one SUPPORT in the lead's direction), undated; the cooperation it is meant to bring
# ("للعمل على تعزيز التعاون") is its purpose, not a separate event (decided). Claims, all Mohammed al-Budayyi's and
# all assert: قال, "وتابع بقوله", معرباً (his hope for the agreement's effect, decided a claim as batch 54's معربا),
# أكد (the hospital's pride in it) and مشيراً (the emergency department). Dubai is named on its own ("في دبي
# والإمارات"), so the corporation's list holds its name only in forms without دبي.
i = 'snn-2015-07-27-0734'
t = news_text(i)
BUDAYYI = ["Mohammed al-Budayyi", "محمد البديّع", "البديّع"]
HOSPITAL = ["Dr. Sulaiman Al Habib Hospital", "مستشفى د.سليمان الحبيب", "مستشفى د. سليمان الحبيب",
            "مستشفى سليمان الحبيب"] + BUDAYYI
DCAS = ["Dubai Corporation for Ambulance Services", "DCAS", "للخدمات الإسعافية", "لخدمات الإسعاف",
        "Khalifa bin Dari", "خليفة بن داري", "بن داري"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SUPPORT", "source": HOSPITAL, "target": DCAS}], "claims": [
    {"speaker": HOSPITAL, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HOSPITAL, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": HOSPITAL, "cue": cue(t, "معرباً"), "stance": "assert"},
    {"speaker": HOSPITAL, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": HOSPITAL, "cue": cue(t, "مشيراً"), "stance": "assert"}]})
# --- SaudiNewsNet: US officials deny a Wall Street Journal report that the Obama administration is weighing Jonathan
# Pollard's early release. Published Saturday 2015-07-25: "الليلة الماضية" and the Justice Department's "الجمعة"
# are both Friday 2015-07-24. "نفى مسؤولون أميركيون تقريرا لصحيفة وول ستريت جورنال" with the White House's "اوضح ...
# الليلة الماضية ... ان هذه المسالة لا تمت بصلة الى السياسة الخارجية" is one denial of a report whose author is
# named: REJECT US officials (the White House) → the WSJ (README batches 65–68), dated 2015-07-24 (decided: the
# lead's undated denial is the White House's statement of last night re-told). The Justice Department's "بولارد
# لابد وأن يقضي كامل عقوبته" (re-told by أضافت) refuses his early release: REJECT DOJ → Pollard (README batches
# 61–64: a refusal to release a detainee is REJECT), dated 2015-07-24. "الحكومات الإسرائيلية المتعاقبة ناشدت مرارا
# الإفراج عن بولارد، ولكن رؤساء الولايات المتحدة يرفضون ذلك دائما" are habitual appeals and refusals with named
# doers: REQUEST Israel → the United States (the addressee the next clause names, decided) and REJECT US presidents
# → Israel, undated, with no claims (README session 34: habitual acts coded with no claim). Not coded: the
# administration's reported deliberation (internal), Pollard's conviction and 1985 life sentence (passives with no
# court named), his crimes (unspecified), the parole commission's review due in November (a statutory procedure,
# not yet a decision). Claims: نفى (deny); the WSJ report's قال (embedded, assert); the White House's اوضح (deny);
# the Justice Department's قالت (the refusal: deny, decided) and أضافت (its standing position: assert).
i = 'snn-2015-07-25-1334'
t = news_text(i)
US_OFF = ["US officials", "مسؤولون أميركيون", "White House", "البيت الابيض", "United States", "الولايات المتحدة"]
WSJ = ["Wall Street Journal", "وول ستريت جورنال", "صحيفة وول ستريت جورنال"]
DOJ = ["US Department of Justice", "وزارة العدل الأميركية", "وزارة العدل", "الوزارة", "United States",
       "الولايات المتحدة"]
POLLARD = ["Jonathan Pollard", "جوناثان بولارد", "بولارد"]
ISRAEL = ["Israel", "إسرائيل", "اسرائيل", "الحكومات الإسرائيلية المتعاقبة", "الحكومات الإسرائيلية"]
US_PRES = ["US presidents", "رؤساء الولايات المتحدة", "United States", "الولايات المتحدة"]
D = "2015-07-24"
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "REJECT", "source": US_OFF, "target": WSJ, "date": D},
    {"code": "REJECT", "source": DOJ, "target": POLLARD, "date": D},
    {"code": "REQUEST", "source": ISRAEL, "target": US_PRES},
    {"code": "REJECT", "source": US_PRES, "target": ISRAEL}], "claims": [
    {"speaker": US_OFF, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": WSJ, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": US_OFF, "cue": cue(t, "اوضح"), "stance": "deny"},
    {"speaker": DOJ, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": DOJ, "cue": cue(t, "أضافت"), "stance": "assert"}]})
# --- SaudiNewsNet: two soldiers killed in an Abu Sayyaf ambush in Sulu. Published Tuesday 2015-08-11: the
# announcement is "أمس الاثنين" (2015-08-10) and the ambush "أول أمس الأحد" (2015-08-09). "جنديين اثنين قتلا في
# هجوم لجماعة أبو سياف" with "الجماعة ... نصبت كمينا للضحيتين أول أمس الأحد" and "نصب لهما عدد غير معروف من مسلحي
# أبو سياف الكمين" is one ASSAULT Abu Sayyaf → the two soldiers, dated 2015-08-09. "وتمكنت القوات من اللحاق
# بالمهاجمين، ما أسفر عن تبادل إطلاق النار" is the troops' pursuit and firefight: a second ASSAULT troops → the
# attackers (README: an army's pursuit of attackers, the force returning fire), undated (the text does not say it
# was the same day). "القوات صادرت سلاحين ناريين وهاتفا محمولا من المسلحين الفارين" is confiscation: COERCE troops →
# the gunmen (README session 14: confiscation beside the killing), undated. Not coded: the group's record ("وقفت
# العصابات وراء الهجمات الإرهابية ... وارتكبت جرائم خطف"), habitual background (README batches 97–100), and "يشار
# إلى" (narrator). Claims, all Brig. Gen. Alan Arrojado's (the unnamed commander of the lead is named next, one
# speaker) and all assert: أعلن, قال (the 1st), أوضح, قال (the 2nd), ذكر. No alias holds القاعدة (another entity).
i = 'snn-2015-08-11-0432'
t = news_text(i)
ARROJADO = ["Alan Arrojado", "ألان أروجادو", "أروجادو", "قائد للجيش", "Philippine army", "Philippines", "الفلبين"]
ABU_SAYYAF = ["Abu Sayyaf", "أبو سياف", "جماعة أبو سياف", "مسلحي أبو سياف", "عدد غير معروف من مسلحي أبو سياف",
              "المهاجمين", "المسلحين الفارين", "المسلحين"]
TROOPS = ["Philippine troops", "القوات", "Philippine army", "Philippines", "الفلبين"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "ASSAULT", "source": ABU_SAYYAF, "target": ["two soldiers", "جنديين اثنين", "جنديين", "الضحيتين"],
     "date": "2015-08-09"},
    {"code": "ASSAULT", "source": TROOPS, "target": ABU_SAYYAF},
    {"code": "COERCE", "source": TROOPS, "target": ABU_SAYYAF}], "claims": [
    {"speaker": ARROJADO, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": ARROJADO, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ARROJADO, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ARROJADO, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ARROJADO, "cue": cue(t, "ذكر"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch144.gold.jsonl', recs)
