"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 110 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Weam (Monday 2015-08-10): a Spaniard filming a bull run in Villaseca de la Sagra is gored to death on Sunday.
# The goring is done by a bull (no actor, as batch 101's shark), "قتل شاب اخر ... العام 2010" and "قتل 15 شخصا ...
# منذ العام 1911" are passives with no doer, the town's yearly festivals ("تنظم فياسيكا دي لا ساغرا ... مهرجانات")
# are its own custom with no other party, and the novel and the tourists' taking part are no PLOVER events: no
# events. Claims: the mayor's واوضح and "واضاف لوكالة فرانس برس" (the account of the goring), "على ما اوضح رئيس
# البلدية" (its sentence's only attribution: a claim with the verb as cue, README batches 8–9) and "واضاف ايوخوسا"
# (sorrow and the tradition); all assert. AFP is the addressee. The mayor lists his town (as batch 85's governor lists
# Tokyo); no alias holds the town inside his title.
i = 'snn-2015-08-10-1172'
t = news_text(i)
HIJOSA = ["Jesus Hijosa", "خيسوس ايخوسا", "ايخوسا", "ايوخوسا", "رئيس البلدية", "mayor of Villaseca de la Sagra",
          "Villaseca de la Sagra", "فياسيكا دي لا ساغرا"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": HIJOSA, "cue": cue(t, "اوضح", 1), "stance": "assert"},
    {"speaker": HIJOSA, "cue": cue(t, "اضاف", 1), "stance": "assert"},
    {"speaker": HIJOSA, "cue": cue(t, "اوضح", 2), "stance": "assert"},
    {"speaker": HIJOSA, "cue": cue(t, "اضاف", 2), "stance": "assert"}]})
# --- SaudiNewsNet (Thursday 2015-08-06): the clinics of the Saudi National Campaign for the Support of Syrian
# Brothers in Zaatari camp received over 1,600 cases in their 134th week. "استقبلت العيادات التخصصية التابعة للحملة
# ... أكثر من 1600 حالة مرضية ... في مخيم الزعتري للاجئين" is a charity's medical care for refugees in a named camp:
# AID campaign → Syrian refugees (README: a rescue of refugees and refugees taken in are AID; decided: unlike batch
# 85's hospital receiving referrals, the care is aid from one party to another), undated (a week number, no day).
# The pharmacy, laboratory and radiology figures and "الحملة تولي الخدمات الطبية المقدمة للأشقاء السوريين أهمية
# بالغة" re-tell the same aid; the Saudi people's "ما يقدمه من عطاء سخي وجهود جبارة لمساعدة الاجئين السوريين" is
# the same aid from the donors' side (decided: one AID, the donors in the source list beside the campaign they give
# through). "قدّم السمحان شكره للشعب السعودي الكريم" is thanks between separate parties: SUPPORT Samhan → the Saudi
# people (batches 56, 66), undated. Not coded: the awareness sessions (the campaign's own work with the refugees,
# folded into the AID) and "بتوجيهات كريمة من ... الأمير محمد بن نايف ... المشرف العام على الحملة" (its own
# supervisor's direction: internal). Claims: Ismail's وأوضح، وأكد، مبينًا; al-Samhan's وأبان، ولفت (الانتباه) and
# "قدّم ... شكره" (thanks with the reason for it, assert, as batch 66 takes "قدم ... الشكر"); all assert. The
# campaign keeps no form holding السوريين (the refugees' own name, "الأشقاء السوريين"), and the refugees' list no form
# holding the campaign's words.
i = 'snn-2015-08-06-1829'
t = news_text(i)
CAMPAIGN = ["Saudi National Campaign", "الحملة الوطنية السعودية", "الحملة السعودية الوطنية", "الحملة",
            "العيادات التخصصية", "العيادات التخصصية التابعة للحملة", "العيادات"]
SAUDI_PEOPLE = ["Saudi people", "الشعب السعودي", "الشعب السعودي الكريم"]
REFUGEES = ["Syrian refugees", "اللاجئين السوريين", "الاجئين السوريين", "الأشقاء السوريين", "اللاجئين",
            "Zaatari camp", "مخيم الزعتري", "الزعتري"]
ISMAIL = ["Mohammed Ismail", "محمد إسماعيل", "إسماعيل", "المدير الفني للعيادات"] + CAMPAIGN
SAMHAN = ["Badr al-Samhan", "بدر السمحان", "السمحان", "المدير الإقليمي للحملة"] + CAMPAIGN
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "AID", "source": CAMPAIGN + SAUDI_PEOPLE, "target": REFUGEES},
    {"code": "SUPPORT", "source": SAMHAN, "target": SAUDI_PEOPLE}], "claims": [
    {"speaker": ISMAIL, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ISMAIL, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ISMAIL, "cue": cue(t, "مبينًا"), "stance": "assert"},
    {"speaker": SAMHAN, "cue": cue(t, "أبان"), "stance": "assert"},
    {"speaker": SAMHAN, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": SAMHAN, "cue": cue(t, "قدّم"), "stance": "assert"}]})
# --- SaudiNewsNet: the women's team of Unaizah's Friends of Patients committee visits the inpatients of King Saud
# Hospital for Eid al-Fitr, with gifts. "قامت لجنة أصدقاء المرضى ... ممثلة بالفريق النسائي بزيارة للمرضى المنومين
# بمستشفى الملك سعود" is one visit: CONSULT, the visitors the source and the patients with their hospital one target
# list (as batch 56 codes the Dawadmi committee's tour and batch 66 the Rijal Alma one), undated (Eid, no day). The
# two girls who went ahead of the committee and the members' children are companions, and the gifts "التي تكفل بها
# عضو اللجنة الأستاذ عبدالعزيز الواصل" a courtesy of the visit, not AID (batches 13, 56, 66): al-Wasel is folded into
# the visitors' list (decided, as batch 56 folds in the deputy governor). "عبر المرضى المنومين عن بالغ شكرهم
# وتقديرهم لهذه اللفتة ... وبالأخص لجنة أصدقاء المرضى" is thanks and praise: SUPPORT patients → committee (batch
# 56), undated. The committee's programmes and aims are its own work. Claims: al-Madlaj's وأكدت (the visit extends the
# committee's programmes) and مؤكدةً (the committee's effort to support patients), both assert; the patients, tied to
# a named hospital (batch 56), عبر (thanks with praise: assert). The committee keeps no form holding المرضى (the
# patients' own name).
i = 'snn-2015-07-31-0797'
t = news_text(i)
COMMITTEE = ["Friends of Patients Committee", "لجنة أصدقاء", "اللجنة", "women's team", "الفريق النسائي"]
MADLAJ = ["Al-Anoud al-Madlaj", "العنود المدلج", "المدلج", "المديرة التنفيذية للفريق"] + COMMITTEE
PATIENTS = ["inpatients", "المرضى المنومين", "المرضى", "المنومين"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": COMMITTEE + ["Abdulaziz al-Wasel", "عبدالعزيز الواصل", "الواصل", "Lana al-Farraj",
                                              "لانا الفراج", "Wasayef al-Janahi", "وصايف الجناحي"],
     "target": PATIENTS + ["King Saud Hospital", "مستشفى الملك سعود", "المستشفى"]},
    {"code": "SUPPORT", "source": PATIENTS, "target": COMMITTEE}], "claims": [
    {"speaker": MADLAJ, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MADLAJ, "cue": cue(t, "مؤكدةً"), "stance": "assert"},
    {"speaker": PATIENTS, "cue": cue(t, "عبر"), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-07-27): a senior Sudanese official says on Saturday that Iran has halted development
# projects in Sudan. The official of the lead is the minister quoted next (README batches 77–80: an anonymous official
# named in the next sentence shares one speaker list). "ايران أوقفت تنفيذ مشروعات تنموية" (re-told as "طهران أوقفت
# تنفيذ مشروعات تنموية كبرى في السودان" and "أوقف ... الحكومة الايرانية تمويل تلك المشروعات") is a state stopping
# promised funding and works: SANCTION (PLOVER's reduce relations, CAMEO 162 halting aid) Iran → Sudan, undated ("لم
# يحدد الوزير الفترة الزمنية"); "لعدم ضخ طهران الأموال" and the Iranian company that stopped work are its cause and
# effect, folded in. "بعد تعهدها في وقت سابق بالعمل على تشييدها" is a noun after بعد: background. "أحمدي نجاد الذي زار
# السودان في العام 2012م" is a relative clause with its doer: CONSULT Ahmadinejad → Sudan, undated (a year), his
# visit to the projects ("زار تلك المشروعات ووقف عليها") folded into it; "وعد بقرض مالي لإنشاء جسر ... بجانب انشاء
# مشروع مياه أبوسعد" is a state's promise of a loan: AGREE Ahmadinejad → Sudan, undated. "الخرطوم أنهت فعليا
# تعاقداتها مع الايرانيين" (re-told as "الحكومة السودانية ممثلة في ولاية الخرطوم، أنهت العقد مع المقاول الإيراني")
# is one termination: SANCTION Sudan (Khartoum state) → the Iranian contractor and Iran (decided: cutting economic
# ties with the other state's contractor is reduced relations, not sport-style business), undated; the search for
# other funding is its own work. "أعلنت الحكومة السودانية إغلاق المراكز الثقافية الايرانية في السودان وأمرت الملحق
# الثقافي بمغادرة البلاد" is one step (تلك الخطوة) closing Iran's cultural centres and expelling its attaché: one
# SANCTION Sudan → Iran (CAMEO 161), undated ("مطلع سبتمبر الماضي" is a month). Not coded: "توترت العلاقات" (a
# state), "تحذيرات اطلقتها دوائر دينية واعلامية حيال انتشار الفكر الطائفي" (decided: a bare group's warnings about a
# trend that name no culprit, README batches 85–88: a worry naming no party is a claim only, and a bare group makes
# none), the attaché's intensified activities (a noun after بعد). Claims: the minister's كشف (assert), وأعلن
# (assert), وقال (1st, assert), وأوضح (assert), لافتا (assert), وأضاف (Tehran did not pump the money: accuse), وقال
# (2nd, assert); the Sudanese government's أعلنت (the closure, assert, as batch 96 counts "أعلنت السلطات ... تجنيد").
# "ولم يحدد الوزير" is negated. State officials list their state; Khartoum stands for the Sudanese government in
# "أنهت الخرطوم" and is kept in Sudan's lists.
i = 'snn-2015-07-27-0768'
t = news_text(i)
IRAN = ["Iran", "إيران", "ايران", "طهران", "Tehran", "الحكومة الايرانية", "Iranian government"]
SUDAN = ["Sudan", "السودان", "الخرطوم", "Khartoum", "الحكومة السودانية", "Sudanese government"]
QASIM = ["Ahmed Qasim", "أحمد قاسم", "قاسم", "وزير البنى التحتية", "الوزير", "مسؤول سوداني رفيع المستوى",
         "مسؤول سوداني", "Khartoum state government", "حكومة العاصمة الخرطوم"] + SUDAN
AHMADINEJAD = ["Mahmoud Ahmadinejad", "أحمدي نجاد", "نجاد", "الرئيس الإيراني"] + IRAN
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SANCTION", "source": IRAN, "target": SUDAN},
    {"code": "CONSULT", "source": AHMADINEJAD, "target": SUDAN},
    {"code": "AGREE", "source": AHMADINEJAD, "target": SUDAN},
    {"code": "SANCTION", "source": SUDAN + ["Khartoum state", "ولاية الخرطوم"],
     "target": ["Iranian contractor", "المقاول الإيراني", "الايرانيين", "Iranians"] + IRAN},
    {"code": "SANCTION", "source": SUDAN,
     "target": IRAN + ["Iranian cultural centres", "المراكز الثقافية الايرانية", "الملحق الثقافي",
                       "Iranian cultural attaché", "الملحقية الثقافية الايرانية"]}], "claims": [
    {"speaker": QASIM, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "أعلن", 1), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "لافتا"), "stance": "assert"},
    {"speaker": QASIM, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": QASIM, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SUDAN, "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- SaudiNewsNet (Saturday 2015-07-25): Obama urges Britain to stay in the EU, in a BBC interview. "حث ... أوباما
# بريطانيا على البقاء في الاتحاد الأوروبي" is REQUEST Obama → Britain, undated (the interview has no day).
# "وذهب أوباما إلى حد وصف الاتحاد الأوروبي بأنه حجر الزاوية" (with "وجود المملكة المتحدة داخل الاتحاد الأوروبي
# يعطينا ثقة أكبر" in the same interview) is praise: one SUPPORT Obama → EU, undated. "ويتفاوض كاميرون مع قادة دول
# الاتحاد الأوروبي بشأن تغيير شروط عضوية بريطانيا" is a negotiation: CONSULT Cameron → the EU leaders, undated
# (ongoing); his stated aim ("إن هدفه هو إعادة التفاوض") re-tells it. Not coded: "كاميرون ... قد وعد بإجراء استفتاء"
# (a pledge to his own voters, no counterpart: README batches 69–72, no AGREE), the referendum and the election (nouns
# and passives), the G7 summit (a noun), the Greece–creditors talks (a noun). Claims: Obama's حث (other), معتبرا
# (assert), وقال (assert), وصف (the praise, assert); Cameron's وعد (promise) and "قال كاميرون للصحافيين" (assert).
# "وبحسب "الفرنسية"" passes on Obama's interview (README batches 81–84: a conduit), no claim; the BBC is the medium.
i = 'snn-2015-07-25-0304'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "الرئيس الأمريكي", "United States", "الولايات المتحدة"]
UK = ["United Kingdom", "Britain", "بريطانيا", "المملكة المتحدة"]
CAMERON = ["David Cameron", "ديفيد كاميرون", "كاميرون", "رئيس الوزراء البريطاني"] + UK
EU = ["European Union", "EU", "الاتحاد الأوروبي"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "REQUEST", "source": OBAMA, "target": UK},
    {"code": "SUPPORT", "source": OBAMA, "target": EU},
    {"code": "CONSULT", "source": CAMERON,
     "target": ["EU leaders", "قادة دول الاتحاد الأوروبي", "قادة دول الاتحاد"] + EU}], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "حث"), "stance": "other"},
    {"speaker": OBAMA, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "وصف"), "stance": "assert"},
    {"speaker": CAMERON, "cue": cue(t, "وعد"), "stance": "promise"},
    {"speaker": CAMERON, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Jawhara FM (2017-02-03): Rayo Vallecano fans reject Ukrainian striker Roman Zozulya, loaned from Real Betis, over
# alleged ties to a far-right paramilitary group. The loan signing is sport business (README batches 45–48).
# "عبرت جماهير فريق رايو فايكانو الإسباني عن غضبها الشديد" (with "الجماهير قد تداولت صورا للأوكراني زوزوليا بزي
# عسكري" and "أثار تحفظ وغضب مشجعي النادي", its cause) is the fans' disapproval of the player: one ACCUSE fans →
# Zozulya, undated (decided: the circulated photos are the grounds of the same anger, not a second act; the target is
# the player, whose alleged past the anger is about, not the club that signed him). "زعمت الصحيفة أن المهاجم
# الأوكراني قد يكون على صلة بمجموعة إرهابية" is an allegation by a named outlet: ACCUSE AS → Zozulya, undated; the
# alleged tie is its content (README: an accusation's content is no event of its own). "أعربت رابطة الدوري الإسباني
# عن مساندتها للاعب الأوكراني" is SUPPORT La Liga → Zozulya; "أكدت أنها ستتخذ إجراءات قانونية ضدهم إذا لم يسمحوا
# للاعب باللعب" is a conditional legal threat against the fans (ضدهم): THREATEN La Liga → fans (README: a legal
# challenge announced is THREATEN); both undated. Claims: the fans, tied to a named club (decided: as batch 56's
# patients of a named hospital), عبرت (accuse); AS's كشفت (assert) and زعمت (accuse); La Liga's أعربت (assert) and
# أكدت (warn).
i = 'ant-JA-sport-171-20170203'
t = news_text(i)
ZOZULYA = ["Roman Zozulya", "رومان زوزوليا", "زوزوليا", "المهاجم الأوكراني", "اللاعب الأوكراني", "الأوكراني زوزوليا",
           "اللاعب"]
FANS = ["Rayo Vallecano fans", "جماهير فريق رايو فايكانو الإسباني", "جماهير فريق رايو فايكانو", "الجماهير",
        "مشجعي النادي الإسباني", "مشجعي النادي"]
AS = ["AS", "آس", "صحيفة آس", "الصحيفة"]
LALIGA = ["La Liga", "رابطة الدوري الإسباني", "رابطة الدوري"]
recs.append({"id": i, "text": t, "published": "2017-02-03", "events": [
    {"code": "ACCUSE", "source": FANS, "target": ZOZULYA},
    {"code": "ACCUSE", "source": AS, "target": ZOZULYA},
    {"code": "SUPPORT", "source": LALIGA, "target": ZOZULYA},
    {"code": "THREATEN", "source": LALIGA, "target": FANS}], "claims": [
    {"speaker": FANS, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": AS, "cue": cue(t, "كشفت"), "stance": "assert"},
    {"speaker": AS, "cue": cue(t, "زعمت"), "stance": "accuse"},
    {"speaker": LALIGA, "cue": cue(t, "أعربت"), "stance": "assert"},
    {"speaker": LALIGA, "cue": cue(t, "أكدت"), "stance": "warn"}]})
# --- Jawhara FM (Wednesday 2016-02-10): the head of the Red Crescent's Medenine regional body, Monji Slim, calls on
# the Tunisian authorities and international organisations to update the emergency plan for an influx from Libya in
# case of a foreign strike. "دعا ... السلطات التونسية والمنظمات الدولية المعنية ... الى تحيين خطة الطوارئ" and his
# "على هياكل الدولة التونسية تحيين خطة الطوارئ" (said "مساء الأربعاء", the same occasion) are one call: one REQUEST
# with both addressees in one target list, dated 2016-02-10 (the Wednesday is the publication day). "السلطات
# التونسية، كانت وضعت بالاشتراك مع المنظمات الدولية خطة طوارئ سنة 2014" is a historical clause with its doer:
# COOPERATE authorities → organisations (README: "بالتعاون مع" is COOPERATE), undated (a year). Not coded: the
# hypothetical foreign intervention and targeting (nouns in conditions), the expected flight of residents, "مجموعات
# إرهابية وداعشية تتمركز بصبراطة ... وزليطن" (decided: a standing presence, not the seizure README batches 89–92 code
# for ISIS entering Sirte), the 2011 conflict (a noun), "سيتم ... إلغاء إقامة المخيمات" (a future passive). Claims:
# Slim's دعا (other), وأضاف (the quoted demand with its deadline, a distinct wording: other), وأفاد (the terrorist
# groups and the coming flight: warn), وأوضح (assert), مؤكدا (assert); his Red Cross colleagues, tied to a named
# body, أكدوا inside his report (README batches 29–30: embedded speech is its own claim; warn). Officials of the state
# list Tunisia.
i = 'ant-JA-localNews-1296-20160210'
t = news_text(i)
SLIM = ["Monji Slim", "منجي سليم", "الدكتور منجي سليم", "سليم", "رئيس الهيئة الجهوية للهلال الأحمر بمدنين",
        "Tunisian Red Crescent", "الهلال الأحمر", "الهيئة الجهوية للهلال الأحمر بمدنين"]
AUTHORITIES = ["Tunisian authorities", "السلطات التونسية", "هياكل الدولة التونسية", "Tunisia", "تونس"]
ORGS = ["international organisations", "المنظمات الدولية", "المنظمات الدولية المعنية بمسائل اللاجئين"]
recs.append({"id": i, "text": t, "published": "2016-02-10", "events": [
    {"code": "REQUEST", "source": SLIM, "target": AUTHORITIES + ORGS, "date": "2016-02-10"},
    {"code": "COOPERATE", "source": AUTHORITIES, "target": ORGS}], "claims": [
    {"speaker": SLIM, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": SLIM, "cue": cue(t, "أضاف"), "stance": "other"},
    {"speaker": SLIM, "cue": cue(t, "أفاد"), "stance": "warn"},
    {"speaker": ["Red Cross colleagues", "زملاءه المنتمين للصليب الأحمر", "زملاءه", "Red Cross", "الصليب الأحمر"],
     "cue": cue(t, "أكدوا"), "stance": "warn"},
    {"speaker": SLIM, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SLIM, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
# --- Jawhara FM (Wednesday 2017-05-24): the local unions of industry, trade and handicrafts of Djerba suspend the
# general strike they had called for tomorrow. "قرّرت الاتحادات المحلية ... تعليق إضراب عام" is calling off a strike
# after the governor's pledge to meet: CONCEDE (README batches 49–52 and 53–56: calling off a strike, suspending
# protests until the authorities respond) towards the governor of Medenine, dated by the statement issued today.
# "إضراب عام دعت إلى تنفيذه يوم غد الخميس" (a relative clause with its doer; "قرار الإضراب" and the passive "وتقرّر
# تنفيذ الإضراب" re-tell it) is an announced strike: THREATEN unions → the administrative bodies the protest was
# against (README: a protest's demand names its target), undated (the call has no day; Thursday is the strike's).
# "وقفة احتجاجية نفذها منظورو الاتحاد بجربة يوم السابع عشر من ماي" is a relative clause with its doer: PROTEST with no
# target (the sentence names none), dated 2017-05-17. Not coded: "تعهد والي مدنين عقد جلسة يوم 31 ماي" (a verbal
# noun after بعد: background, as batch 96 leaves "بعد اتهامه"), "ما وصفه الاتحاد بالاستهداف الممنهج" (a strike's
# stated purpose is the union's accuse claim, not an event: README batches 77–80), Ramadan and the other regions'
# troubles. Claims: "وفق بيان أصدرته اليوم" (its sentence's only attribution: assert), "وأوضح البيان" (assert), وصفه
# (accuse); "وفق ما ورد في نص البيان" and "وفق تقدير هذه الاتحادات" repeat their sentence's speaker. "تجدر الاشارة"
# is the narrator. No alias holds جربة or مدنين as a place (both named on their own) but the governor's title.
i = 'ant-JA-localNews-4072-20170524'
t = news_text(i)
UNIONS = ["local unions of industry, trade and handicrafts", "الاتحادات المحلية للصناعة والتجارة والصناعات التقليدية",
          "الاتحادات المحلية", "هذه الاتحادات", "الاتحادات", "الاتحاد", "UTICA"]
GOVERNOR = ["Governor of Medenine", "والي مدنين", "Tunisia", "تونس"]
BODIES = ["local and regional administrative bodies", "عديد الهياكل الإدارية", "الهياكل الإدارية",
          "social security services", "مصالح الضمان الاجتماعي", "tax control offices", "مكاتب مراقبة الاداءات"]
recs.append({"id": i, "text": t, "published": "2017-05-24", "events": [
    {"code": "CONCEDE", "source": UNIONS, "target": GOVERNOR, "date": "2017-05-24"},
    {"code": "THREATEN", "source": UNIONS, "target": BODIES},
    {"code": "PROTEST", "source": ["union members", "منظورو الاتحاد", "منظوريه"] + UNIONS, "target": [],
     "date": "2017-05-17"}], "claims": [
    {"speaker": UNIONS, "cue": cue(t, "وفق", 1), "stance": "assert"},
    {"speaker": UNIONS, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": UNIONS, "cue": cue(t, "وصفه"), "stance": "accuse"}]})
# --- Jawhara FM (Monday 2015-06-29): the Siliana judicial police brigade dismantles a ten-man drug network at the end
# of last week. The brigade head's "تم نصب كمين للمظنون فيه وضبطه متلبسا" is the passive arrest of the first suspect,
# told by the brigade itself: COERCE brigade → that suspect (README: passive arrests reported by the police are the
# police's), the seized drugs folded in; "تمكن أعوان الفرقة ... من إيقاف كامل المجموعة، وضبط كمية ... وحجز سيارة"
# (the lead's "تفكيك شبكة" and the closing "ايقاف المتهمين العشرة والإحتفاظ بهم" re-tell it) is a second arrest, of
# the network in the two towns: a second COERCE (decided: two occasions, README batches 65–68: arrests on two targets
# are two COERCE); both undated ("نهاية الأسبوع المنقضي" is no day). "بعد التحقيق معه، دل على عدد من المتعاملين
# معه" is an arrested suspect naming his accomplices: ACCUSE suspect → the network (README batches 81–84), undated,
# the questioning folded in. "بعد استشارة النيابة العمومية" is passive procedure. Claims: the head's وأفاد and "أضاف
# المصدر", both assert. TAP is the addressee. The brigade keeps no form holding سليانة (named on its own).
i = 'ant-JA-localNews-2833-20150629'
t = news_text(i)
BRIGADE = ["Regional Judicial Police Brigade", "الفرقة الجهوية للشرطة العدلية", "أعوان الفرقة الجهوية للشرطة العدلية",
           "اعوان الفرقة الجهوية للشرطة العدلية", "الشرطة العدلية", "Tunisian police", "Tunisia", "تونس"]
SUSPECT = ["suspect", "المظنون فيه", "أحد الأشخاص"]
NETWORK = ["drug network", "شبكة", "شبكة تتكون من 10 اشخاص", "10 اشخاص", "كامل المجموعة", "المتهمين العشرة",
           "المتعاملين معه", "عدد من المتعاملين معه"]
recs.append({"id": i, "text": t, "published": "2015-06-29", "events": [
    {"code": "COERCE", "source": BRIGADE, "target": SUSPECT},
    {"code": "COERCE", "source": BRIGADE, "target": NETWORK},
    {"code": "ACCUSE", "source": SUSPECT, "target": NETWORK}], "claims": [
    {"speaker": ["head of the brigade", "رئيس الفرقة", "المصدر"] + BRIGADE, "cue": cue(t, "أفاد"),
     "stance": "assert"},
    {"speaker": ["head of the brigade", "رئيس الفرقة", "المصدر"] + BRIGADE, "cue": cue(t, "أضاف"),
     "stance": "assert"}]})
# --- Jawhara FM (Monday 2015-11-16): seven US states refuse to take in Syrian refugees after the Paris attacks.
# "أعلنت 7 ولايات أميركية، الاثنين، رفضها استضافة لاجئين سوريين" with Alabama governor Bentley's "سأعارض أي محاولة
# لنقل اللاجئين السوريين إلى ولاية ألاباما" (one of the seven, no day of its own) is one refusal: REJECT states →
# Syrian refugees, dated 2015-11-16. Michigan governor Snyder's "أعلن ... قرارا مماثلا" and "أصدر تعليمات لوقف جهود
# قبول اللاجئين الجدد", said on Sunday (الأحد, 2015-11-15), are his own refusal: a second REJECT, dated 2015-11-15
# (decided: the day sets it apart from the lead's Monday count, so Michigan is kept out of the first list). "أعلنت
# الولايات المتحدة مطلع سبتمبر أنها ستستقبل عشرة آلاف لاجئ سوري" is a pledge to take refugees in: AGREE US → Syrian
# refugees (README: future offers are AGREE), undated (a month). Not coded: the Paris attacks ("التي ضربت باريس",
# their doer the attacks themselves), the worry (no party named: a claim only), the DHS review (a future clause in
# حتى), the passive resettlement of 1,800–2,000 refugees. Claims: the states' أعلنت (announcing a refusal: deny) and
# معبرة (the worry: warn); Bentley's قال (deny); Snyder's أعلن (deny) and "و قال في تصريح" (the instructions:
# assert); "ووفقا لكبرى صحف ميشيغان "ديترويت فري برس"" (its sentence's only attribution: assert); the United States'
# أعلنت (promise). No state list holds الولايات المتحدة (the seven's ولايات would sit inside it).
i = 'ant-JA-internationalNews-276-20151116'
t = news_text(i)
STATES = ["seven US states", "7 ولايات أميركية", "ولايات أميركية", "7 ولايات"]
BENTLEY = ["Robert Bentley", "روبرت بنتلي", "بنتلي", "حاكم ولاية ألاباما الجنوبية", "Alabama", "ولاية ألاباما",
           "ألاباما"]
SNYDER = ["Rick Snyder", "إنريك سنايدر", "سنايدر", "حاكم ولاية ميشيغن", "Michigan", "ولاية ميشيغن", "ميشيغن"]
SYRIANS = ["Syrian refugees", "لاجئين سوريين", "اللاجئين السوريين", "لاجئ سوري", "اللاجئين الجدد"]
recs.append({"id": i, "text": t, "published": "2015-11-16", "events": [
    {"code": "REJECT", "source": STATES + BENTLEY, "target": SYRIANS, "date": "2015-11-16"},
    {"code": "REJECT", "source": SNYDER, "target": SYRIANS, "date": "2015-11-15"},
    {"code": "AGREE", "source": ["United States", "الولايات المتحدة", "US"], "target": SYRIANS}], "claims": [
    {"speaker": STATES, "cue": cue(t, "أعلنت", 1), "stance": "deny"},
    {"speaker": STATES, "cue": cue(t, "معبرة"), "stance": "warn"},
    {"speaker": BENTLEY, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": SNYDER, "cue": cue(t, "أعلن", 2), "stance": "deny"},
    {"speaker": SNYDER, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ["Detroit Free Press", "ديترويت فري برس"], "cue": cue(t, "وفقا"), "stance": "assert"},
    {"speaker": ["United States", "الولايات المتحدة", "US"], "cue": cue(t, "أعلنت", 2), "stance": "promise"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch110.gold.jsonl', recs)
