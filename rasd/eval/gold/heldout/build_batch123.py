"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 123 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: striker Hamad al-Juhaim (formerly Al-Taee and Al-Raed, now Al-Fateh) says Al-Raed kept its agreement
# with Al-Taee and that he left for the better offer. Everything told is transfer business between two clubs and a club
# with its player: Al-Raed's letters releasing him, Al-Taee's request that he come back, the negotiation and the
# disagreement over money ("تفاوضنا واختلفت معهم"), his meeting with Al-Taee's staff, his move to Al-Fateh (README:
# transfers, transfer offers and refusals between clubs are sport business, batches 26, 32, 35, 38, 45–48): no events.
# Claims: Juhaim's أكد (the lead: assert), مشيراً (the meeting and failed deal: assert), "وقال :" (the long quote:
# assert) and, inside his quote, his own "أخبرتهم بأن لدي عروضا أفضل" (distinct content: assert). Embedded speech inside
# his quote is its own claim (README batches 29–30): Al-Raed management's "خاطبت ... تفيدهم بإسقاطي" (the first letter,
# dropping him as of 1/9: assert) and, in the second letter of 14/9, "أفادوهم أنه تم إسقاطي" (assert) and "طالبوهم
# باسترداد الشيك" (a demand: other) (decided: two letters on two dates, so تفيدهم and أفادوهم are two claims);
# Al-Taee management's "طلبت مني العودة" (a request: other); board member al-Aidan's "فأكد لي العيدان أن الرائد يحترم
# المواثيق ... وأنه سيتم إسقاطي" (decided: an assurance of what the club will do, stance promise, as batch 97–100's
# "أكدت … استمرار الحملة"). "حسب اتفاق الناديين"/"حسب الاتفاقية" cite the agreement, not a speaker; "مثل ما ذكرت سلفاً"
# points back to his own words; "استفسرت" is a question: no claims.
i = 'snn-2015-08-02-0967'
t = news_text(i)
JUHAIM = ["Hamad al-Juhaim", "حمد الجهيم", "الجهيم"]
RAED = ["Al-Raed", "نادي الرائد", "الرائد", "إدارة نادي الرائد", "الإدارة الرائدية", "إدارة الرائد"]
TAEE = ["Al-Taee", "نادي الطائي", "الطائي", "إدارة الطائي", "إدارة نادي الطائي"]
AIDAN = ["Abdullah al-Aidan", "عبدالله العيدان", "العيدان", "عضو مجلس الإدارة"] + RAED
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": JUHAIM, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": JUHAIM, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": JUHAIM, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": RAED, "cue": cue(t, "تفيدهم"), "stance": "assert"},
    {"speaker": RAED, "cue": cue(t, "أفادوهم"), "stance": "assert"},
    {"speaker": RAED, "cue": cue(t, "طالبوهم"), "stance": "other"},
    {"speaker": TAEE, "cue": cue(t, "طلبت"), "stance": "other"},
    {"speaker": JUHAIM, "cue": cue(t, "أخبرتهم"), "stance": "assert"},
    {"speaker": AIDAN, "cue": cue(t, "أكد", 2), "stance": "promise"}]})
# --- SaudiNewsNet (Al-Yaum, Monday 2015-08-10): Saudi ambassador to Egypt Ahmed Qattan invites Egyptian companies to the
# 15th OIC member-states trade exhibition the Kingdom hosts in Riyadh in November. "دعا ... الشركات المصرية للمشاركة في
# المعرض" is an invitation: AGREE Qattan → the Egyptian companies (GUIDELINES: invitations → AGREE; batch 81's
# invitation to cover a ceremony); "داعياً الجهات المختصة بمصر للمشاركة بأجنحة خاصة بهم" invites another addressee:
# a second AGREE, to the Egyptian authorities concerned (decided: one record per addressee, as batch 108 splits one
# video's calls by addressee). Both dated by the statement "في بيان صحفي أمس الأول" (2015-08-08; decided: the lead's
# invitation is the same statement's). The exhibition itself (to be organised by the Kingdom, the Islamic Centre for
# Development of Trade organising it every two years) is a future event told as a noun and a habitual relative clause:
# not coded. Claims, all Qattan's: دعا (other), وأشار (the exhibition's importance: assert), داعياً (other), مضيفا (how
# to learn more: assert). "حصلت «اليوم» على نسخة منه" is the outlet, "يشار الى ان" the narrator. Qattan is a state
# official and lists Saudi Arabia (the text's "المملكة"); his titles holding مصر or the Arab League are left out.
i = 'snn-2015-08-10-1322'
t = news_text(i)
QATTAN = ["Ahmed Qattan", "أحمد بن عبدالعزيز قطان", "أحمد قطان", "قطان", "سفير خادم الحرمين الشريفين",
          "Saudi Arabia", "السعودية", "المملكة"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "AGREE", "source": QATTAN, "target": ["Egyptian companies", "الشركات المصرية"], "date": "2015-08-08"},
    {"code": "AGREE", "source": QATTAN,
     "target": ["Egyptian authorities concerned", "الجهات المختصة بمصر", "الجهات المختصة", "Egypt", "مصر"],
     "date": "2015-08-08"}], "claims": [
    {"speaker": QATTAN, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": QATTAN, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": QATTAN, "cue": cue(t, "داعياً"), "stance": "other"},
    {"speaker": QATTAN, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- SaudiNewsNet (Tuesday 2015-08-04): Kuwait's criminal court begins today the trial of the 29 accused of the Imam
# al-Sadiq mosque bombing. "بدأت دائرة الجنايات ... اليوم جلسة محاكمة المتهمين" is a trial on charges: ACCUSE court →
# the defendants (README: a trial "ويواجه تهم" is the court's ACCUSE, batch 100), dated 2015-08-04. "كانت النيابة
# العامة وجهت في 14 يوليو الماضي الاتهام إلى 29 شخصا ... وأحالتهم إلى محكمة الجنايات" is the indictment: ACCUSE
# prosecution → the 29 (the referral folded in), dated 2015-07-14; "وقالت النيابة آنذاك إنها ... ووجهت الاتهام فيها
# إلى هؤلاء" re-tells it. "تعرض المسجد ... إلى تفجير إرهابي" has no doer, but "الانتحاري الذي فجر نفسه داخل المسجد" is
# a relative clause with its doer: one ASSAULT bomber → the mosque and its dead and wounded, dated by "في 26 يونيو
# الماضي" (2015-06-26). "وأمرت النيابة العامة بحبس 24 متهما احتياطيا" is pre-trial detention: COERCE prosecution → the
# 24; "كما أمرت بحبس خمسة من المتهمين الهاربين غيابيا" is an order against fugitives: THREATEN (README: an arrest
# warrant for people abroad is THREATEN), the two "ضبطا في السعودية" a passive with no doer (decided: one THREATEN for
# the five, no COERCE); both undated. "الأجهزة الامنية ... ألقت القبض على السائق الذي أوصل الانتحاري" is COERCE security
# agencies → the driver, and "قبل أن تلقي القبض على مالك المركبة وبقية الشركاء" a second COERCE, of the owner and the
# accomplices (decided: two finite arrest clauses with different targets at different times, as README's two raids
# are two COERCEs); both undated ("عقب وقوع التفجير"). The driver taking the bomber ("أوصل") is folded into the attack
# (decided: complicity, not a separate interaction); the dead defendant's lapsed case is procedure. Claim: the
# prosecution's قالت (it finished the investigation and charged them: accuse). The court and the prosecution are
# Kuwaiti state bodies and list Kuwait.
i = 'snn-2015-08-04-0983'
t = news_text(i)
COURT = ["Criminal Court", "دائرة الجنايات في المحكمة الكلية", "دائرة الجنايات", "المحكمة الكلية", "محكمة الجنايات",
         "Mohammed al-Duaij", "محمد الدعيج", "Kuwait", "الكويت"]
PROSECUTION = ["Kuwaiti Public Prosecution", "النيابة العامة", "النيابة", "Kuwait", "الكويت"]
DEFENDANTS = ["defendants", "المتهمين", "29 متهما", "29 شخصا", "هؤلاء"]
SECURITY = ["Kuwaiti security agencies", "الأجهزة الامنية", "الأجهزة الأمنية", "Kuwait", "الكويت"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ACCUSE", "source": COURT, "target": DEFENDANTS, "date": "2015-08-04"},
    {"code": "ACCUSE", "source": PROSECUTION, "target": DEFENDANTS, "date": "2015-07-14"},
    {"code": "ASSAULT", "source": ["suicide bomber", "الانتحاري"],
     "target": ["Imam al-Sadiq Mosque", "مسجد الإمام الصادق", "المسجد", "worshippers", "26 شخصا", "227 اخرين"],
     "date": "2015-06-26"},
    {"code": "COERCE", "source": PROSECUTION, "target": ["24 defendants", "24 متهما"]},
    {"code": "THREATEN", "source": PROSECUTION,
     "target": ["five fugitive defendants", "خمسة من المتهمين الهاربين", "المتهمين الهاربين"]},
    {"code": "COERCE", "source": SECURITY, "target": ["driver", "السائق"]},
    {"code": "COERCE", "source": SECURITY,
     "target": ["vehicle owner and accomplices", "مالك المركبة", "الشركاء", "المتعاونين", "المتورطين"]}], "claims": [
    {"speaker": PROSECUTION, "cue": cue(t, "قالت"), "stance": "accuse"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): the Ministry of Social Affairs holds a workshop on its technical services.
# "عقدت وزارة الشؤون الاجتماعية ... ورشة عمل للإدارة والشركات التقنية المتعاقدة معها الوزارة" with "تم عقد الورشة
# البارحة الأولى في مجمع الوزارة" is a meeting the ministry hosted for its own IT department and its contracted tech
# companies: one CONSULT companies → ministry (visitors as source, host as target; decided: the contractors are a
# definite outside party, unlike a generic class, so the workshop is not wholly internal), dated by "البارحة الأولى"
# (2015-08-04). The workshop's agenda, the strategy and the staff consulted are internal. The six earlier workshops
# "خلال الأشهر الخمسة الماضية" with sectors (charities, the non-profit sector, cooperatives, Bank al-Tasleef) are a
# habitual series over months with sectors rather than named parties (Bank al-Tasleef is attached to the ministry):
# not coded (decided). Claims: al-Osaimi's وأوضح and وبين (assert); he speaks for the ministry.
i = 'snn-2015-08-06-0651'
t = news_text(i)
MOSA = ["Ministry of Social Affairs", "وزارة الشؤون الاجتماعية", "الوزارة", "الإدارة العامة لتقنية المعلومات",
        "Saudi Arabia"]
OSAIMI = ["Majed al-Osaimi", "ماجد العصيمي", "العصيمي", "المشرف العام على الإدارة العامة لتقنية المعلومات"] + MOSA
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": ["contracted technology companies", "الشركات التقنية المتعاقدة", "الشركات التقنية"],
     "target": MOSA, "date": "2015-08-04"}], "claims": [
    {"speaker": OSAIMI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": OSAIMI, "cue": cue(t, "بين"), "stance": "assert"}]})
# --- SaudiNewsNet (Ain Al-Yaum, corpus date Friday 2015-07-24): Grand Mufti Abdulaziz Al al-Sheikh calls on the Pension
# Agency to pull out of the Al-Ahli (NCB) IPO. "طالب ... مؤسسة التقاعد بالتراجع عن المشاركة بالاكتتاب" is REQUEST
# Mufti → Pension Agency; his quoted "يجب على مؤسسة التقاعد التراجع" re-tells it (folded in). "مطالباً مؤسسة النقد
# بمعالجة هذه القضية" has its own addressee: a second REQUEST, to SAMA (README: one record per addressee). Both dated by
# the programme "مساء أمس الجمعة" (decided: 2015-07-24, the Friday of the corpus date; the text's weekday wins over أمس,
# README batches 29–30, and the Friday a week earlier is less likely). "مؤكداً الفتوى بحرمة ذلك الاكتتاب" is the ruling
# behind the demand, its object the IPO (a noun with no doer in the clause): a claim but no separate ACCUSE (decided).
# The preachers of "most mosques" and their sermons on usury are a bare group (GUIDELINES): no claim, no event. Claims:
# طالب (other), مؤكداً (the fatwa: assert), "وقال المفتي" (must withdraw: other), مطالباً (other). The byline (عين
# اليوم) is the narrator. The Mufti is a state official and lists Saudi Arabia.
i = 'snn-2015-07-24-0476'
t = news_text(i)
MUFTI = ["Abdulaziz Al al-Sheikh", "عبدالعزيز آل الشيخ", "آل الشيخ", "مفتي عام المملكة", "المفتي", "Saudi Arabia"]
PENSION = ["Public Pension Agency", "مؤسسة التقاعد"]
SAMA = ["Saudi Arabian Monetary Agency", "SAMA", "مؤسسة النقد"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": MUFTI, "target": PENSION, "date": "2015-07-24"},
    {"code": "REQUEST", "source": MUFTI, "target": SAMA, "date": "2015-07-24"}], "claims": [
    {"speaker": MUFTI, "cue": cue(t, "طالب", 1), "stance": "other"},
    {"speaker": MUFTI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": MUFTI, "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": MUFTI, "cue": cue(t, "مطالباً"), "stance": "other"}]})
# --- Jawhara FM (Friday 2016-01-22): a joint National Guard and army patrol near Ben Guerdane arrests four people and
# seizes five cars loaded with smuggled goods (cigarettes), a Kalashnikov found in one. "تمكنت دورية مشتركة ... من
# إيقاف 4 أشخاص وحجز 5 سيارات" is one clause: one COERCE patrol → the four (the seizure folded in, as README's
# "arrested and charged" in one clause), dated by "صباح اليوم الجمعة 22 جانفي 2016". Not coded: the weapon found
# (passive), "إحباط مخططات الجماعات الإرهابية التي تسعى إلى ..." (a noun and a generic intent, no act), the security
# and military efforts to protect premises (nouns, no doer). Claims: Khalifa Chibani's "وفق ما أكده" (the arrest: its
# sentence's only attribution, README batches 8–9) and "وفق ما أفاد ذات المصدر" (the operation's aim: assert); both
# assert. He speaks for the National Guard's directorate and lists Tunisia.
i = 'ant-JA-localNews-2935-20160122'
t = news_text(i)
CHIBANI = ["Khalifa Chibani", "خليفة الشيباني", "الشيباني", "المكلف بالإعلام بالإدارة العامة للحرس الوطني",
           "الإدارة العامة للحرس الوطني", "ذات المصدر", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2016-01-22", "events": [
    {"code": "COERCE",
     "source": ["joint National Guard and army patrol", "دورية مشتركة بين الحرس والجيش الوطنيين", "دورية مشتركة",
                "الحرس والجيش الوطنيين", "National Guard", "National Army", "Tunisia"],
     "target": ["four persons", "4 أشخاص", "smugglers"], "date": "2016-01-22"}], "claims": [
    {"speaker": CHIBANI, "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": CHIBANI, "cue": cue(t, "وفق ما أفاد"), "stance": "assert"}]})
# --- Jawhara FM (Monday 2017-02-20): Health Minister Samira Merai reveals corruption files in the health sector, before a
# parliamentary committee today. "الوزارة قامت بعزل 6 من منظوريها ... لثبوت تورطهم في ملفات فساد ... بالاضافة إلى
# إيقاف بعض مديري المستشفيات عن العمل" is a disciplinary sanction (README: a board relieving its own administrator is
# COERCE, CAMEO 172): one COERCE ministry → the dismissed staff and suspended directors (decided: the suspension is a
# verbal noun joined to the same قامت ب, so one record), the corruption grounds folded in, undated ("في شهر واحد").
# "خلال جلسة أمام لجنة الصحة والشؤون الاجتماعية بمجلس نواب الشعب" is a hearing before a committee: CONSULT Merai →
# the committee (README session 15: a public hearing before a committee is CONSULT), dated "اليوم الاثنين"
# (2017-02-20). Not coded: the coming appointments of new regional directors (passive, internal), "لن يكون هناك أي
# تسامح مع الفاسدين" and the coming ministerial circular that thieves will be prosecuted (a warning to a generic class
# and her own ministry's circular: claims only, README sessions 25–26). Claims: كشفت (corruption files: accuse), مشيرة
# (the dismissals: assert), وأضافت (the new appointments: assert), وأكدت (no tolerance, prosecution: warn).
i = 'ant-JA-localNews-1504-20170220'
t = news_text(i)
MERAI = ["Samira Merai", "سميرة مرعي", "مرعي", "وزيرة الصحة", "Ministry of Health", "الوزارة", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-20", "events": [
    {"code": "COERCE", "source": MERAI,
     "target": ["dismissed staff", "6 من منظوريها", "hospital directors", "مديري المستشفيات", "بعض مديري المستشفيات"]},
    {"code": "CONSULT", "source": MERAI,
     "target": ["Health and Social Affairs Committee", "لجنة الصحة والشؤون الاجتماعية", "مجلس نواب الشعب",
                "Assembly of the Representatives of the People"], "date": "2017-02-20"}], "claims": [
    {"speaker": MERAI, "cue": cue(t, "كشفت"), "stance": "accuse"},
    {"speaker": MERAI, "cue": cue(t, "مشيرة"), "stance": "assert"},
    {"speaker": MERAI, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": MERAI, "cue": cue(t, "أكدت"), "stance": "warn"}]})
# --- Jawhara FM: Jane Park, Britain's youngest lottery winner, wants to sue the lottery's bosses and says the money
# ruined her life. "أعلنت ... عن نيتها اتخاذ الإجراءات القانونية ضد رؤساء اليانصيب" is an announced legal action:
# THREATEN Park → the lottery bosses (README: a legal challenge announced is THREATEN), with Camelot, the group running
# the lottery, in the target (decided), undated. Not coded: Camelot appointing an adviser to help her ("تعيين" after
# "على الرغم من", a verbal noun: background), her family helping her (README: family acts are no events), her work and
# life before the win. Claims: أعلنت (the legal action: warn), وأكدت (the win ruined her life: assert; a complaint
# blaming no one), "نقلت جريدة Independent ... عن بارك قولها" (cue قولها; the paper is a conduit: assert), أشارت
# (assert).
i = 'ant-JA-diverse-95-20170214'
t = news_text(i)
PARK = ["Jane Park", "جين بارك", "بارك"]
recs.append({"id": i, "text": t, "published": "2017-02-14", "events": [
    {"code": "THREATEN", "source": PARK,
     "target": ["lottery bosses", "رؤساء اليانصيب", "Camelot", "مجموعة كاميلوت", "كاميلوت"]}], "claims": [
    {"speaker": PARK, "cue": cue(t, "أعلنت"), "stance": "warn"},
    {"speaker": PARK, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": PARK, "cue": cue(t, "قولها"), "stance": "assert"},
    {"speaker": PARK, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2017-04-12): Djerba-Zarzis airport receives the first flight from Moscow, 330 Russian
# tourists aboard. The airport receiving the flight, the agency's flights, tourist numbers and plans are commerce
# (batch 11: flights and tour operators are no PLOVER events); the training of guides (تم تكوين, passive) and of hotel
# staff is internal. No events. Claims of Anex Tour's representative Salah Nomri: "وحسب ممثل الوكالة السياحية" (the
# 30,000 tourists expected: its sentence's only attribution, cue حسب), "حسب ممثلها" (last year's 65,000: assert),
# مفسرا (why: assert; "حسب قوله" in the same sentence repeats him), وأوضح (assert); the regional tourism delegate
# Amel Hachani's أشارت (assert). Her title holds جربة, named on its own, so it is left out.
i = 'ant-JA-localNews-3382-20170412'
t = news_text(i)
NOMRI = ["Salah Nomri", "صالح النمري", "النمري", "ممثل الوكالة السياحية", "Anex Tour", "أناكس تور",
         "الوكالة السياحية"]
HACHANI = ["Amel Hachani", "أمال الحشاني", "الحشاني", "المندوبة الجهوية للسياحة"]
recs.append({"id": i, "text": t, "published": "2017-04-12", "events": [], "claims": [
    {"speaker": NOMRI, "cue": cue(t, "حسب", 1), "stance": "assert"},
    {"speaker": NOMRI, "cue": cue(t, "حسب", 2), "stance": "assert"},
    {"speaker": NOMRI, "cue": cue(t, "مفسرا"), "stance": "assert"},
    {"speaker": NOMRI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": HACHANI, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Jawhara FM: the amended Code of Criminal Procedure obliges the national bar to appoint volunteer lawyers for
# detainees. The law's provisions (the police informing the bar, the bar appointing a lawyer, detainees' rights) are
# legislation acting on no named party (README batch 52; batch 89's law in force): not coded; "وكان مجلس نواب الشعب
# صادق مؤخرا على تغييرات مقترحة" is a parliament's vote on domestic law (batch 41: the Knesset's vote): not coded.
# Claims: none. "جاء في التعديل"، "بحسب القانون الجديد" and "بحسب التشريع الجديد" cite a legal text, not a speaker
# (decided); "ما اعتبره المراقبون بالأوساط الحقوقية" are bare observers (GUIDELINES).
i = 'ant-JA-localNews-1582-20160204'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-02-04", "events": [], "claims": []})

if __name__ == "__main__":
    write_batch(__file__, 'batch123.gold.jsonl', recs)
