"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 143 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sunday 2015-08-02): Americans divided over the Iran nuclear deal, through Nicholas Kristof's New
# York Times piece. "تظاهر أعداد كبيرة من الأميركيين في نيويورك أول من أمس احتجاجا على الاتفاق النووي الإيراني" is a
# protest with its doer: PROTEST Americans with no target (the deal is no actor and no addressee is named; README: a
# protest needs no target), dated by "أول من أمس" (2015-07-31, two days before the corpus date, as batch 116).
# Kristof's piece is quoted by the paper, so he is its speaker (README: a magazine piece's author is its speaker), not
# the narrator; "نشرت صحيفة نيويورك تايمز مقالا" only carries it (a conduit: no claim). His "الرئيس باراك أوباما لم
# يفِ بما وعد به بشأن النووي الإيراني" charges a named party with a broken promise: ACCUSE Kristof → Obama, undated
# (decided: the promise itself has no counterpart or content named, so no AGREE, README: a vague pledge with no
# counterpart is no AGREE). His criticism of the deal (it lets Iran delay inspections, legitimises its nuclear
# activity) names no actor but the deal: no event. Not coded: "ويرى بعضهم" and "منتقدي الاتفاق يرون" (bare groups),
# the CNN poll (GUIDELINES: polls are not coded), "الأميركيين يريدون" (a bare group's wish), the negotiations and
# the unfreezing of assets (nouns). Claims, Kristof's: أشار (the 1st: the divisions, assert), أضاف (the 1st: the
# poll, assert), أشار (the 2nd: Obama broke his promise, accuse), أوضح (the deal lets Iran delay inspections:
# criticism, accuse), أضاف (the 2nd: the deal legitimises Iran's programme, accuse), أشار (the 3rd: the unfrozen
# billions may fund the programme and extremist groups, warn); and the CNN poll's أظهر (decided: a named body's
# finding is its claim, as README batches 8–9 give a study's forecast to its named author; assert). No list holds
# نيويورك (a place named on its own), so the Times is left out of Kristof's list.
i = 'snn-2015-08-02-0811'
t = news_text(i)
KRISTOF = ["Nicholas Kristof", "نيكولاس كريستوف", "كريستوف", "الكاتب"]
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "PROTEST", "source": ["Americans", "protesters", "أعداد كبيرة من الأميركيين", "الأميركيين"],
     "target": [], "date": "2015-07-31"},
    {"code": "ACCUSE", "source": KRISTOF, "target": OBAMA}], "claims": [
    {"speaker": KRISTOF, "cue": cue(t, "أشار", 1), "stance": "assert"},
    {"speaker": KRISTOF, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": ["CNN", "سي.إن. إن", "محطة سي.إن. إن"], "cue": cue(t, "أظهر"), "stance": "assert"},
    {"speaker": KRISTOF, "cue": cue(t, "أشار", 2), "stance": "accuse"},
    {"speaker": KRISTOF, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": KRISTOF, "cue": cue(t, "أضاف", 2), "stance": "accuse"},
    {"speaker": KRISTOF, "cue": cue(t, "أشار", 3), "stance": "warn"}]})
# --- SaudiNewsNet opinion column "إيران ما بعد الاتفاق". The columnist is the narrator (README, batches 28, 38, 80,
# 107): his judgements (Tehran cannot be trusted, the West knows its manoeuvres, the administration should not be
# over-optimistic) are neither claims nor events. Clauses with their doer inside the column are still coded (batch 80):
# "الحرس الثوري الذي لم يخف رفضه للاتفاق" is a relative clause with its doer voicing opposition to the deal: REJECT
# IRGC with no target (the clause names only the deal, as batch 11's Schumer and batch 25's hardliners), undated.
# "الإدارة الأمريكية وهي تروج للاتفاق وتحاول تسويقه لدى الكونجرس والرأي العام الأمريكي" is a finite clause with its
# doer and its addressees: the administration's appeal for the deal's approval, REQUEST US administration → Congress
# and the public (decided, as batch 46 codes Kerry's appeal to the Senate committee for support), undated. Not coded:
# "وجود تيار سياسي في إيران يطالب بتغيير خريطة تحالفات طهران" (decided: a standing demand of an unnamed current,
# told as what exists, like a standing policy), "يتوقع البعض" (bare, no claim), the deal itself, the lifting of
# sanctions and the end of isolation (nouns), the aspiration to follow the same approach with Russia (a noun) and
# "يدرك الغرب" (cognition). No claims.
i = 'snn-2015-07-23-0503'
t = news_text(i)
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري", "Iran", "إيران"]
US_ADMIN = ["US administration", "Obama administration", "الإدارة الأمريكية", "إدارة أوباما", "United States"]
CONGRESS = ["US Congress", "الكونجرس", "American public opinion", "الرأي العام الأمريكي"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REJECT", "source": IRGC, "target": []},
    {"code": "REQUEST", "source": US_ADMIN, "target": CONGRESS}], "claims": []})
# --- Sabq (Jeddah): an Arab resident, Ibrahim Mohammed Ali, accuses a private hospital in Jeddah of causing his
# baby's death and holding the body (the headline is outside the text). "اتهم أحد المقيمين العرب ... مستشفى خاصاً
# بجدة، بالتسبب في وفاة طفله، واحتجاز جثته" is ACCUSE Ali → the hospital, undated (no day). His account, clause by
# clause with the hospital's staff ("they") as doer: "طلب منهم أن يخرج طفله على مسؤوليته" is REQUEST Ali → hospital;
# "فوافقوا له بداية الأمر ووقعوه على الخروج إلا أنهم بعد ذلك رفضوا وقاموا بتمزيق الأوراق" is REJECT hospital → Ali
# (decided: the consent they went back on and the torn papers folded into the refusal); "عندما طلبت جثة ولدي" is
# REQUEST Ali → hospital and "رفضوا تسليمها له، وحتى الآن يرفضون تسليمها لي" REJECT hospital → Ali (one ongoing
# refusal; the spokesman's "المستشفى ... لم يسمح له بمشاهدة مولوده منذ ولادته وحتى بعد وفاته" folded into it,
# decided), as README batches 81–84 code an application and its refusal; "المستشفى يطالبه بدفع ٣٥ ألف ريال" is a
# demand pressed on him: REQUEST hospital → Ali. All undated. Not coded: "طلبوا منه تنويمه مقابل ٢٠٠٠ ريال" and
# "طلبوا مني إحضار إبرتين" (decided: treatment terms within the hospital's care, not a demand in the dispute), the
# prosecution's refusal "لعدم التخصص" (README batches 31–32: a dismissal for lack of jurisdiction is procedure), the
# referrals of the man from office to office (procedure) and "دون أن يتخذوا أي إجراء" (negated). The spokesman of
# Jeddah Health, Saleh al-Maliki: "تقدم الشاكي بشكوى لصحة جدة بتاريخ 30/8/1436هـ ضد مستشفى خاص" is Ali's formal
# complaint, a second ACCUSE Ali → hospital (README batches 31–32: a complaint and the earlier formal one are two
# ACCUSE), dated 30 Sha'ban 1436 = 2015-06-17 (1 Ramadan 1436 was 18 June); "طلب في شكواه تشريح جثة المولود ...
# وكذلك عمل فحص الحمض النووي" is REQUEST Ali → Jeddah Health (decided: a separate REQUEST, its addressee differs
# from the ACCUSE's target), dated with the complaint. "قامت صحة جدة بإحالة كامل أوراق المعاملة لهيئة التحقيق
# والادعاء العام بتاريخ 19/9/1436هـ" with the passive summons to take his statement before it is Jeddah Health
# taking the complaint up: one ACCUSE Jeddah Health → hospital (README: police handling a case and referring it to
# the prosecutor is one ACCUSE of the culprit; decided: the hospital is the party complained against), dated by the
# referral, 19 Ramadan 1436 = 2015-07-06. Claims, Ali's: اتهم (accuse), ذكر (the 1st: the retracted discharge,
# accuse), أضاف (the child found dead after the injections, accuse), أردف (the body refused, accuse), أكد (the 35,000
# riyal demand, accuse), مبيناً (the runaround with no action taken, accuse); "على حد قوله" inside the spokesman's
# quote gives Ali's words (a speaker other than the sentence's, so a claim of his: accuse) and "طلب في شكواه" his
# complaint's demand (embedded, README batches 29–30: other); al-Maliki's قال (assert). The 2nd ذكر is inside
# "يذكر" (a verb of no speaker). No list holds جدة (the dateline's place), so the health directorate keeps
# "الشؤون الصحية" and not "صحة جدة".
i = 'snn-2015-07-31-2118'
t = news_text(i)
ALI = ["Ibrahim Mohammed Ali", "إبراهيم محمد علي", "علي", "أحد المقيمين العرب", "المقيم", "الشاكي"]
HOSPITAL = ["private hospital", "مستشفى خاصاً", "مستشفى خاص", "المستشفى"]
HEALTH = ["Health Affairs directorate", "الشؤون الصحية", "Saudi Ministry of Health", "Saudi Arabia", "السعودية"]
MALIKI = ["Saleh al-Maliki", "صالح المالكي", "المالكي"] + HEALTH
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ACCUSE", "source": ALI, "target": HOSPITAL},
    {"code": "REQUEST", "source": ALI, "target": HOSPITAL},
    {"code": "REJECT", "source": HOSPITAL, "target": ALI},
    {"code": "REQUEST", "source": ALI, "target": HOSPITAL},
    {"code": "REJECT", "source": HOSPITAL, "target": ALI},
    {"code": "REQUEST", "source": HOSPITAL, "target": ALI},
    {"code": "ACCUSE", "source": ALI, "target": HOSPITAL, "date": "2015-06-17"},
    {"code": "REQUEST", "source": ALI, "target": HEALTH, "date": "2015-06-17"},
    {"code": "ACCUSE", "source": HEALTH, "target": HOSPITAL, "date": "2015-07-06"}], "claims": [
    {"speaker": ALI, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "ذكر", 1), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "أردف"), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "مبيناً"), "stance": "accuse"},
    {"speaker": MALIKI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ALI, "cue": cue(t, "على حد قوله"), "stance": "accuse"},
    {"speaker": ALI, "cue": cue(t, "طلب", 5), "stance": "other"}]})
# --- SaudiNewsNet (2015-07-24): Jordan's foreign minister Nasser Judeh receives in Amman "أمس" (2015-07-23) the
# delegation of the follow-up committee of the second Cairo conference of the Syrian opposition. "بحث ناصر جودة ...
# في عمان، أمس، مع وفد لجنة المتابعة" with "كان أعضاء الوفد قد وصلوا إلى عمان أمس في زيارة عمل قصيرة إلى الأردن"
# is one hosted meeting: CONSULT with the visitors as source and the host as target (GUIDELINES; README: a visit and
# the meeting it holds are one CONSULT), dated 2015-07-23. "عرض الوفد خلال اللقاء أنشطة اللجنة" is a briefing with a
# noun object inside the meeting: folded into the CONSULT, no claim (decided, as README batches 73–76's "أبلغ X
# تصور" gives no claim). Not coded: "موقف بلاده الداعي للتوصل إلى حل سياسي" (decided: a standing position
# restated, not a new call), the hope that the crisis ends (a wish) and the delegation's tour "في عدد من الدول
# العربية" (no destination named). Claims, Judeh's: أكد (his country's position, assert), أعرب (a wish under a
# reporting verb is a claim, README batches 81–84: assert), مشيرا (assert). The delegation's list holds no form with
# القاهرة (a place named on its own).
i = 'snn-2015-07-24-0904'
t = news_text(i)
JUDEH = ["Nasser Judeh", "ناصر جودة", "جودة", "وزير الخارجية الأردني", "الوزير الأردني", "Jordan", "الأردن"]
DELEGATION = ["delegation of the Syrian opposition's follow-up committee", "وفد لجنة المتابعة", "لجنة المتابعة",
              "الوفد", "أعضاء الوفد", "Syrian opposition", "المعارضة السورية"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": DELEGATION, "target": JUDEH, "date": "2015-07-23"}], "claims": [
    {"speaker": JUDEH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": JUDEH, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": JUDEH, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- Al-Weeam (Saturday 2015-07-25): tweeters praise Fahd bin Khalaf al-Ruboud al-Shammari, who gave a kidney to a
# sick boy. "أثني عدد من المغردين ... على الشاب فهد" with "تفاعل عدد من المغردين ... بتدشين وسم ... للثناء على ما
# فعله" is one praise: SUPPORT tweeters → Fahd (GUIDELINES: praise), the two named tweeters in its source (decided:
# members of the same praise), undated. "عبد الكريم العنزي فقد طالب بتكريمه" is a call with no addressee: REQUEST
# with no target (README), undated; the closing link line's "ويطالبون بتكريمه" re-tells it (one instance; the link
# line is a byline, no claim), so the tweeters are in its source too. The donation, "فعزم على التبرع للشاب" with its
# doer, completed by "أجريت العملية صباح يوم الخميس الماضي": AID Fahd → the boy (decided: a named person's gift to a
# named beneficiary, as README codes rescues as AID), dated by the operation's Thursday (2015-07-23). Not coded: the
# old woman asking him for a lift (decided: a private favour between passers-by), his inquiry at the hospital, and
# the prayers (README: prayers are neither events nor claims). Claims: the tweeters are an indefinite group (README,
# batch 59: events, no claims); "بحسب ما تم تداوله" has no speaker. The old woman is one unnamed but specific person
# (README batches 89–92), so her "روت باكية له ما يعاني منه ابنها" is a claim (assert); al-Marzouq's قال (praise,
# assert); al-Anazi's طالب (other), with "في تغريدة أخرى قال فيها" quoting the same tweet (decided: one claim, the
# demand's verb as cue). The boy's list holds no "الشاب" (Fahd is "الشاب فهد").
i = 'snn-2015-07-25-1151'
t = news_text(i)
FAHD = ["Fahd bin Khalaf al-Ruboud al-Shammari", "فهد بن خلف الربوض الشمري", "فهد خلف الربوض الشمري", "فهد",
        "خلف الشمري"]
MARZOUQ = ["Khalid al-Marzouq", "خالد المرزوق", "المرزوق"]
ANAZI = ["Abdulkarim al-Anazi", "عبد الكريم العنزي", "العنزي"]
TWEETERS = ["tweeters", "عدد من المغردين", "المغردين", "مغردون"]
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [
    {"code": "SUPPORT", "source": TWEETERS + MARZOUQ + ANAZI, "target": FAHD},
    {"code": "REQUEST", "source": ANAZI + TWEETERS, "target": []},
    {"code": "AID", "source": FAHD, "target": ["kidney-failure patient", "ابنها الوحيد", "ابنها", "يتيم"],
     "date": "2015-07-23"}], "claims": [
    {"speaker": ["elderly woman", "سيدة مسنة", "أمه"], "cue": cue(t, "روت"), "stance": "assert"},
    {"speaker": MARZOUQ, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": ANAZI, "cue": cue(t, "طالب", 1), "stance": "other"}]})
# --- SaudiNewsNet (Reuters; corpus date Tuesday 2015-07-21): reform campaigners want Kofi Annan to lead FIFA's
# reform. "طالبت مجموعة من النشطاء ... بإسناد مهمة الإصلاح إلى كوفي عنان" and Jaimie Fuller's "نحن ندعو كوفي عنان
# للخوض في هذه الفوضى وتولي مسؤولية عملية الإصلاح" at the Zurich press conference are one call: REQUEST the campaigners
# (New FIFA Now, co-founded by Fuller) → Annan (decided: the lead's demand and the group's call are one instance, the
# addressee the one the call names), undated (no day). Tim Noonan's "الاتحاد على اتصال مع عنان" and "تحدثنا إلى كوفي
# عنان ... لقد تم الاتصال الأول" are one contact: CONSULT ITUC → Annan (the first-named party the source), undated;
# Annan's "ألمح إلى أنه سيكون مستعدا لتلقي أي عرض" is an acceptance in principle: AGREE Annan → the ITUC (README
# batches 113–116: acceptance in principle an AGREE; decided, the party he spoke to), undated. Not coded: the
# executive committee's meeting "اليوم الاثنين" (FIFA's internal governance, as batch 55), Blatter's re-election
# (passive) and resignation (a personnel act of FIFA's own, batch 55; "الذي أعلن تخليه" gives no claim, decided: a
# resignation told as a noun in a background relative clause), "لم يتهم" (negated) and "العرض الرسمي يجب أن يأتي"
# (a need, no addressee: README batches 97–100). Claims: the campaigners' طالبت (other; the group is tied to the
# named New FIFA Now); Fuller's قال (the 1st: other); Noonan's قال (the 3rd and 4th: assert; the 2nd is inside
# استقالته) and مشيرا (other); Annan's ألمح inside Noonan's quote (embedded speech, README batches 29–30: assert).
# No list holds FIFA's names (الفيفا is an entity of its own), so New FIFA Now goes as NewFIFANow, and the ITUC
# keeps no bare "الاتحاد" (which FIFA's Arabic name holds).
i = 'snn-2015-07-21-0682'
t = news_text(i)
FULLER = ["Jaimie Fuller", "جيمي فولر", "فولر"]
CAMPAIGNERS = ["NewFIFANow", "reform campaigners", "مجموعة من النشطاء", "النشطاء"] + FULLER
ANNAN = ["Kofi Annan", "كوفي عنان", "عنان"]
NOONAN = ["Tim Noonan", "تيم نونان", "نونان"]
ITUC = ["International Trade Union Confederation", "ITUC", "الاتحاد الدولي لنقابات العمال"] + NOONAN
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REQUEST", "source": CAMPAIGNERS, "target": ANNAN},
    {"code": "CONSULT", "source": ITUC, "target": ANNAN},
    {"code": "AGREE", "source": ANNAN, "target": ITUC}], "claims": [
    {"speaker": CAMPAIGNERS, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": FULLER + ["NewFIFANow"], "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": NOONAN + ITUC, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": NOONAN + ITUC, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": ANNAN, "cue": cue(t, "ألمح"), "stance": "assert"},
    {"speaker": NOONAN + ITUC, "cue": cue(t, "مشيرا"), "stance": "other"}]})
# --- SaudiNewsNet (2015-08-07): the Houthis call demonstrations in Sanaa for the north's secession and plunder the
# central bank. "أقدمت مليشيات الحوثي على الدعوة لمظاهرات في العاصمة صنعاء للمطالبة بالانفصال عن الجنوب" with
# "تظاهرات لحوثيين رفعوا الأعلام التشطيرية ... مطالبين بالانفصال" is a protest called by a named body and held: one
# PROTEST Houthis (README batches 57–60), with no target (decided: the demand, secession from the south, addresses no
# party), undated (no day). Anis Mansour's "اعتبر ... تلك الخطوة بالهزيلة والتي تعبر عن مخطط الحوثي الواضح في تمزيق
# اليمن" is criticism of a named party: ACCUSE Mansour → Houthis, undated. "الحوثيين عمدوا لنهب البنك المركزي
# ويقومون بنقله إلى محافظة صعدة" is a clause with its doer: an armed group seizing a state institution's assets,
# COERCE (confiscation, CAMEO 1711, as README batches 41–44; decided over the theft call, which is for private crime)
# Houthis → the Central Bank, undated; it is reported by bare sources, which make no claim but do not stop the
# event (GUIDELINES: reported events are coded). Not coded: "مطالبة قيادات حوثية للجنوبيين باحترام حق الشماليين"
# (a verbal noun in a background time phrase, GUIDELINES' nominalised events), "تحرير عدن" (a noun), the Houthis
# heading to Saada (movement), and what Mansour predicts southerners will do (a prediction, no act). Claims:
# "وصفها مراقبون"، "أوضحت مصادر إعلامية" and "أبلغت مصادر ... مبينا" are bare (no claims); Mansour's اعتبر (accuse)
# and مؤكدا (southerners will raise their flags over the Marran mountains: warn).
i = 'snn-2015-08-07-1429'
t = news_text(i)
HOUTHIS = ["Houthis", "Houthi militias", "مليشيات الحوثي", "الحوثي", "الحوثيين", "حوثيين", "قيادات حوثية"]
MANSOUR = ["Anis Mansour", "أنيس منصور", "منصور"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "PROTEST", "source": HOUTHIS, "target": []},
    {"code": "ACCUSE", "source": MANSOUR, "target": HOUTHIS},
    {"code": "COERCE", "source": HOUTHIS, "target": ["Central Bank of Yemen", "البنك المركزي"]}], "claims": [
    {"speaker": MANSOUR, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": MANSOUR, "cue": cue(t, "مؤكدا"), "stance": "warn"}]})
# --- SaudiNewsNet (2015-08-07): India suspends free-trade talks with the EU over the EU's ban on about 700 Indian
# drugs. "علقت الهند محادثات التجارة الحرة مع الاتحاد الأوروبي" is halting negotiations (CAMEO 164, reduce relations):
# SANCTION India → EU, undated; Choudhary's "الحكومة قررت تأخير المحادثات المقترحة بين كبار المفاوضين" re-tells it.
# "قالت الحكومة الهندية إنها لم تجد أي دليل على وجود تلاعب" denies the charge behind the ban: REJECT India → EU
# (GUIDELINES: denials of accusations; the EU is the party whose charge it contradicts), undated; "وأجرت محادثات مع
# سلطات الاتحاد الأوروبي بشأن هذا الموضوع على مدى أكثر من ثمانية أشهر" is CONSULT India → EU (first named the
# source), undated (a period). Choudhary's "الهند محبطة وقلقة من تحرك الاتحاد الأوروبي" is worry at a named party's
# act: ACCUSE India → EU (README: a diplomat's worry is ACCUSE), undated. Not coded: the EU's ban, told only as nouns
# ("قرار الاتحاد حظر بيع"، "دخول حظر بيع"، "تحرك الاتحاد الأوروبي"; decided: nominalised, GUIDELINES), and the passive
# "اتهامها بالتلاعب" (no doer). Claims: the government's قالت (deny), Choudhary's قال (the 2nd; the 1st is inside
# قالت: assert) and أضاف (accuse); "تقول تقارير إعلامية محلية" is bare.
i = 'snn-2015-08-07-0246'
t = news_text(i)
CHOUDHARY = ["Rajinder Choudhary", "راجيندر تشودري", "تشودري", "Indian Ministry of Commerce", "وزارة التجارة"]
INDIA = ["India", "الهند", "Indian government", "الحكومة الهندية"]
EU = ["European Union", "EU", "الاتحاد الأوروبي", "الاتحاد", "سلطات الاتحاد الأوروبي"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "SANCTION", "source": INDIA + CHOUDHARY, "target": EU},
    {"code": "REJECT", "source": INDIA, "target": EU},
    {"code": "CONSULT", "source": INDIA, "target": EU},
    {"code": "ACCUSE", "source": INDIA + CHOUDHARY, "target": EU}], "claims": [
    {"speaker": INDIA, "cue": cue(t, "قالت"), "stance": "deny"},
    {"speaker": CHOUDHARY + INDIA, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": CHOUDHARY + INDIA, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- SaudiNewsNet (Sunday 2015-08-02): Britain and France urge the other EU states to help with the Calais migrant
# crisis, in a joint piece by Theresa May and Bernard Cazeneuve in the Sunday Telegraph. "حثت بريطانيا وفرنسا اليوم
# الاحد الدول الأخرى بالاتحاد الاوروبي على مساعدتهما" is REQUEST Britain and France → the other EU states (a joint
# call, one record with both in the source), dated by "اليوم الاحد" (2015-08-02). The migrants' crossings are no
# event (no party acts on another). Claims, the two ministers' (one joint speaker list, with their states): حثت
# (other), قالت (the crisis is global: assert), كتب (it is a European and international priority: assert), قال (the
# 2nd; the 1st is inside قالت: the migrants' greater risks, assert), ذكر (assert). The Sunday Telegraph only
# carries the piece (a conduit: no claim).
i = 'snn-2015-08-02-0222'
t = news_text(i)
MAY_CAZENEUVE = ["Theresa May", "تريزا ماي", "ماي", "Bernard Cazeneuve", "برنار كازنوف", "كازنوف", "الاثنان",
                 "Britain", "بريطانيا", "France", "فرنسا"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": MAY_CAZENEUVE,
     "target": ["other EU member states", "الدول الأخرى بالاتحاد الاوروبي", "الدول الأخرى", "European Union",
                "الاتحاد الاوروبي"], "date": "2015-08-02"}], "claims": [
    {"speaker": MAY_CAZENEUVE, "cue": cue(t, "حثت"), "stance": "other"},
    {"speaker": MAY_CAZENEUVE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MAY_CAZENEUVE, "cue": cue(t, "كتب"), "stance": "assert"},
    {"speaker": MAY_CAZENEUVE, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MAY_CAZENEUVE, "cue": cue(t, "ذكر"), "stance": "assert"}]})
# --- Al-Weeam (2015-08-06): two trains derail on a flooded bridge in Madhya Pradesh, killing 27. The deaths "بالأمس"
# have no doer (a flood and a derailment): no ASSAULT. "عملت فرق الانقاذ على اخراج الركاب العالقين في القطارين" is a
# rescue with its doer: AID rescue teams → the stranded passengers (README: rescues are AID), undated (decided: the
# text dates the derailment, not the rescue). Claims: "بحسب مصادر رسمية" is bare (no named institution); the railway
# police chief of Madhya state, identified by his post, speaks: صرح (the toll and the evacuation, assert) and مشيرا
# (the toll may rise slightly, assert). His list keeps no form with ماديا (a place named on its own). The closing
# link line is a byline.
i = 'snn-2015-08-06-2296'
t = news_text(i)
RAIL_POLICE = ["railway police chief", "قائد شرطة السكك الحديد", "شرطة السكك الحديد", "India", "الهند"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "AID", "source": ["rescue teams", "فرق الانقاذ"],
     "target": ["stranded passengers", "الركاب العالقين", "الركاب"]}], "claims": [
    {"speaker": RAIL_POLICE, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": RAIL_POLICE, "cue": cue(t, "مشيرا"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch143.gold.jsonl', recs)
