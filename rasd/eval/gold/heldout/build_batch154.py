"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 154 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet/Al-Weam: Barcelona coach Luis Enrique leaves Messi, Mascherano, Neymar and Alves out of the squad for
# the Fiorentina friendly; Vidal and Arda Turan are out under FIFA's registration ban, three defenders are injured.
# A coach picking his squad is sport, not an event (README: batches 16, 21, 33), and the players' return to training,
# Douglas's injury in the Chelsea friendly and the doctors' advice to Mathieu are no acts on another party. "بسبب
# العقوبة المفروضة على برشلونة من جانب الاتحاد الدولي لكرة القدم “فيفا”" names FIFA, but as a participle of a noun
# after بسبب: background, not coded (decided, GUIDELINES: nominalised background events; README: a noun after بعد is
# background), unlike a finite disciplinary ban (README batches 8–9). "قرر مدرب البرسا" reports a decision, no
# statement (batch 104: قرر): no claim; "نصحه الأطباء" are bare doctors: no claim. Claims: "وفقا لوكالة افي" is its
# sentence's only attribution (README: attribution phrases are claims), EFE's, assert. The closing "رابط الخبر
# بصحيفة الوئام" is a byline credit: no claim, and its headline's يستبعد is no speech verb.
i = 'snn-2015-08-01-0911'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [], "claims": [
    {"speaker": ["EFE", "وكالة افي", "افي"], "cue": cue(t, "وفقا"), "stance": "assert"}]})
# --- SaudiNewsNet: the Commerce Ministry's committee for stalled real-estate contributions starts paying out investors
# who want to leave the Ithraa Mall contribution and calls the investors of the Olaya, Janadriya and Square 14
# contributions to file their documents within 60 days. "قررت لجنة ... بدء الصرف للمساهمين" is the liquidation
# committee's administrative decision (decided: a procedure towards the investors, no PLOVER interaction; قرر reports no
# statement, batch 104). The two calls to the investors to file documents are administrative notices: claims only
# (README session 16: calls to applicants are claims only), and the planned demands that the contribution owners pay
# ("والمطالبة بسدادها"، "لمطالبة صاحبي المساهمتين بالسداد") are purposes told as verbal nouns: not coded. Not coded
# either: the liquidated contributions and the referral to the liquidator (passive, no doer), some owners' evasion
# (تهرب, a noun of an unnamed class). Claims: the two دعت (calls: other).
i = 'snn-2015-08-06-2768'
t = news_text(i)
COMMITTEE = ["Committee for Stalled Real Estate Contributions", "لجنة المساهمات العقارية المتعثرة", "اللجنة",
             "Ministry of Commerce", "وزارة التجارة", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [], "claims": [
    {"speaker": COMMITTEE, "cue": cue(t, "دعت", 1), "stance": "other"},
    {"speaker": COMMITTEE, "cue": cue(t, "دعت", 2), "stance": "other"}]})
# --- SaudiNewsNet: thousands of Asir residents rush to the region's hospitals to give blood for the victims of the
# bombing of the Emergency Forces mosque in Abha. "تسارع الآلاف من أهالي عسير ... إلى مستشفيات المنطقة كافة للتبرع
# بالدم لضحايا التفجير" (with the hospitals' "توافد المتبرعين") is a donation to named recipients: AID residents → the
# victims (decided: humanitarian aid in kind, as README batches 53–56 code a charity's goods to named recipients),
# undated (عقب التفجير fixes no day). "قام عدد من الأهالي بالوقوف جانب البعض من المصابين ... للاطمئنان عليهم" is a
# visit to the wounded: CONSULT residents → the wounded (batch 13), undated. "معبرين استنكارهم هذا العمل ... الذي
# أستهدف رجال الأمن" condemns an act whose relative clause has no doer: ACCUSE with no target (README: a condemnation
# with no doer named has no target; batch 10's mourners), undated (the bombing's "يوم أمس" dates the bombing, not the
# visit). Not coded: the bombing (no doer), the narrator's solidarity with "جنودنا البواسل" and "الوقوف صفاً واحداً خلف
# القيادة" (nouns of the writer's own voice). Claims: معبرين (the residents at the wounded's side, a group tied to the
# region as batch 10's mourners; accuse). The residents' forms leave out "أهالي عسير" (decided: it holds the region's
# name, as batch 10 drops "أهالي محايل عسير").
i = 'snn-2015-08-06-1719'
t = news_text(i)
RESIDENTS = ["Asir residents", "الأهالي", "أهالي", "الآلاف", "عدد من الأهالي", "المتبرعين", "blood donors"]
WOUNDED = ["wounded of the bombing", "المصابين", "البعض من المصابين", "ضحايا التفجير", "victims of the bombing",
           "ضحايا"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "AID", "source": RESIDENTS, "target": WOUNDED},
    {"code": "CONSULT", "source": RESIDENTS, "target": WOUNDED},
    {"code": "ACCUSE", "source": RESIDENTS, "target": []}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "معبرين"), "stance": "accuse"}]})
# --- SaudiNewsNet (Tuesday 2015-07-21): Burma's army chief Min Aung Hlaing pledged yesterday, Monday (2015-07-20), in a
# rare BBC interview to respect the results of the November elections. "تعهد ... «باحترام نتائج» الانتخابات" ("أياً كان
# الرابح سأحترم النتائج") is a pledge with no named counterpart: a promise claim, no AGREE (decided, README batches
# 69–72: a vague pledge with no counterpart is no AGREE); the interview meets no party (batch 124): not coded; his
# openness to a constitutional amendment and readiness "لخدمة البلاد" act on no party. "حلّت المجموعة العسكرية الحاكمة
# نفسها في 2011" is reflexive, no other party: not coded. "وتدين اونغ سان سو تشي منذ فترة طويلة نصاً في الدستور يخصص
# للجيش 25 بالمئة من مقاعد النواب" is a habitual condemnation: ACCUSE Suu Kyi with no target (the constitutional text has
# no named author; decided) and no claim (README session 34: habitual condemnations coded with no claim), undated.
# "منددة بالنفوذ السياسي الكبير للعسكريين" criticises the military: ACCUSE Suu Kyi → the military, undated (مؤخراً).
# "منتقدة الحماسة المفرطة التي يبديها الغربيون" criticises a vague class (the Westerners): an accuse claim, no ACCUSE
# (README: condemning a generic group makes accuse claims only; GUIDELINES: الغرب is no name). Not coded: the expected
# opposition win and the worry about the commission (passive, no speaker), the stalled peace process (no doer).
# Claims: تعهد and the first وقال (the pledge: promise), وأضاف (free and fair elections: assert), عبر (openness:
# assert), أكد (the conflicts prevent it: assert), the third and fourth قال (the second occurrence is inside الانتقال;
# assert); Suu Kyi's أشارت (the risk of going back: warn), منتقدة and منددة (accuse). Min lists Burma as a state
# official; "قائد الجيش في بورما" is left out (it holds الجيش, the ACCUSE target).
i = 'snn-2015-07-21-0991'
t = news_text(i)
MIN = ["Min Aung Hlaing", "مين اونغ هلينغ", "الجنرال مين اونغ هلينغ", "الجنرال مين", "Burma", "بورما", "Myanmar"]
SUU_KYI = ["Aung San Suu Kyi", "اونغ سان سو تشي", "سو تشي", "National League for Democracy",
           "حزب الرابطة الوطنية للديموقراطية"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": SUU_KYI, "target": []},
    {"code": "ACCUSE", "source": SUU_KYI,
     "target": ["Burmese military", "العسكريين", "الجيش", "the army", "Tatmadaw"]}], "claims": [
    {"speaker": MIN, "cue": cue(t, "تعهد"), "stance": "promise"},
    {"speaker": MIN, "cue": cue(t, "قال", 1), "stance": "promise"},
    {"speaker": MIN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MIN, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": MIN, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MIN, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": MIN, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": SUU_KYI, "cue": cue(t, "أشارت"), "stance": "warn"},
    {"speaker": SUU_KYI, "cue": cue(t, "منتقدة"), "stance": "accuse"},
    {"speaker": SUU_KYI, "cue": cue(t, "منددة"), "stance": "accuse"}]})
# --- SaudiNewsNet (Tuesday 2015-08-11): Obama, in an NPR interview, blames partisan politics for keeping lawmakers from
# backing the Iran nuclear deal. His "الاعتبارات السياسية الحزبية تبعد المشرعين عن دعم اتفاق" and "هناك قطاع كبير
# بالحزب الجمهوري ... سوف يعارضون أي شيء أفعله" are one criticism in one interview: one ACCUSE Obama → the Republicans
# and the lawmakers (README: several verbs of one criticism are one ACCUSE), undated (the interview has no day).
# "يحاول أوباما ترويج الاتفاق للمشرعين" is lobbying a named counterpart for its votes: REQUEST Obama → the lawmakers
# (decided: an appeal for support, CAMEO 02; the shakiest call of the batch), undated. Not coded: the deal reached
# between Iran and the world powers (passive, background), the expected vote (passive), Iran's compliance (a noun),
# Obama backing his own deal (README batches 145–152: a minister backing his own state's deal is no SUPPORT), the
# White House's planned nuclear-security conference next year (a future meeting with no named participant: no AGREE,
# decided). Claims: the first and second قال (the criticism: accuse), أعرب (his hope: assert), the third قال (attitudes
# will change: assert), يؤكد (the deal is the best way: assert), the White House's قال (it will host a conference:
# promise, as batch 36 takes announced plans). "النقاد يقولون" are bare critics: no claim.
i = 'snn-2015-08-11-0212'
t = news_text(i)
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "United States", "الولايات المتحدة"]
LAWMAKERS = ["US lawmakers", "المشرعين", "Congress", "الكونغرس"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "ACCUSE", "source": OBAMA,
     "target": ["Republican Party", "الحزب الجمهوري", "ممثلي الحزب الجمهوري", "Republicans"] + LAWMAKERS},
    {"code": "REQUEST", "source": OBAMA, "target": LAWMAKERS}], "claims": [
    {"speaker": OBAMA, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": OBAMA, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 2), "stance": "accuse"},
    {"speaker": OBAMA, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": OBAMA, "cue": cue(t, "يؤكد"), "stance": "assert"},
    {"speaker": ["White House", "البيت الأبيض", "United States"], "cue": cue(t, "قال", 4), "stance": "promise"}]})
# --- SaudiNewsNet: Asir municipality's emergency line 940 received 740 reports over the Eid holiday. The mayor
# Saleh al-Qadi praising the results of his own municipality's service is internal: no SUPPORT (README: actions inside
# one body are no events). Reports received from citizens and handled by the municipality's own departments are
# routine service, no act between named parties: no events. Claims: al-Qadi's أثنى (praise: assert), the disaster and
# emergency director Ibrahim al-Askari's أوضح and أضاف (assert). No alias holds عسير (decided, as batch 13).
i = 'snn-2015-07-27-0733'
t = news_text(i)
ASKARI = ["Ibrahim al-Askari", "إبراهيم بن أحمد العسكري", "العسكري", "مدير عام إدارة الكوارث والطوارئ",
          "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [], "claims": [
    {"speaker": ["Saleh al-Qadi", "صالح بن عبدالله القاضي", "صالح القاضي", "القاضي", "Asir mayor", "Saudi Arabia"],
     "cue": cue(t, "أثنى"), "stance": "assert"},
    {"speaker": ASKARI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ASKARI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (Sunday 2015-08-02): the Arab League condemns the Knesset's passing, last Thursday, of the
# force-feeding law for Palestinian hunger strikers. "أدانت جامعة الدول العربية إقرار برلمان الاحتلال" with the press
# statement its Palestine sector issued "اليوم" (the law "يشكل انتهاكاً صارخاً") is one condemnation: ACCUSE the
# League → Israel (its parliament), dated 2015-08-02 by the statement (GUIDELINES: statements said today carry that
# day). The passing of the law is the condemned act, a noun (إقرار): not coded. "وطالبت الجامعة العربية المجتمع الدولي
# ومنظمات المجتمع المدني والهيئات والمؤسسات الدولية ... مثل البرلمان الأوروبي ومجلس حقوق الإنسان واللجنة الدولية
# للصليب الأحمر بالتحرك الفوري" is REQUEST → those addressees (one list); "دعت الأمانة العامة ... منظمات المجتمع المدني
# العاملة في مجال حقوق الإنسان إلى تشكيل لجان" a second REQUEST → the human-rights organisations; "مطالبةً المؤسسات
# الطبية في العالم إلى إدانة وتجريم ... وتحذير الأطباء الإسرائيليين" a third REQUEST → the world's medical institutions
# (README: a call on named sectors is a REQUEST to them; calls to different addressees are separate REQUESTs, as a
# UGTT statement's five calls), the warning to Israeli doctors inside it no event of its own. The three REQUESTs are
# dated 2015-08-02 by the statement they belong to (decided, README: demands dated by their statement). Claims: أدانت
# and أفاد (accuse), طالبت، دعت and مطالبةً (calls: other). The Palestine sector's name is kept in the League's forms.
i = 'snn-2015-08-02-0939'
t = news_text(i)
LEAGUE = ["Arab League", "جامعة الدول العربية", "الجامعة العربية", "الأمانة العامة لجامعة الدول العربية",
          "الأمانة العامة", "قطاع فلسطين والأراضي العربية المحتلة", "الجامعة"]
ISRAEL = ["Israel", "إسرائيل", "Knesset", "الكنيست", "برلمان الاحتلال الإسرائيلي", "برلمان الاحتلال",
          "الاحتلال الإسرائيلي", "الاحتلال"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "ACCUSE", "source": LEAGUE, "target": ISRAEL, "date": "2015-08-02"},
    {"code": "REQUEST", "source": LEAGUE,
     "target": ["international community", "المجتمع الدولي", "منظمات المجتمع المدني", "European Parliament",
                "البرلمان الأوروبي", "Human Rights Council", "مجلس حقوق الإنسان", "ICRC",
                "اللجنة الدولية للصليب الأحمر", "الهيئات والمؤسسات الدولية"], "date": "2015-08-02"},
    {"code": "REQUEST", "source": LEAGUE,
     "target": ["human rights civil society organisations", "منظمات المجتمع المدني العاملة في مجال حقوق الإنسان",
                "منظمات المجتمع المدني"], "date": "2015-08-02"},
    {"code": "REQUEST", "source": LEAGUE,
     "target": ["medical institutions", "المؤسسات الطبية في العالم", "المؤسسات الطبية"], "date": "2015-08-02"}],
    "claims": [
    {"speaker": LEAGUE, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": LEAGUE, "cue": cue(t, "أفاد"), "stance": "accuse"},
    {"speaker": LEAGUE, "cue": cue(t, "طالبت"), "stance": "other"},
    {"speaker": LEAGUE, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": LEAGUE, "cue": cue(t, "مطالبةً"), "stance": "other"}]})
# --- SaudiNewsNet: the Asir passports director, Maj. Gen. Saad al-Suwaidi, with officers and men, visits the wounded
# of the Emergency Forces mosque bombing at Asir Central Hospital. The visit is CONSULT al-Suwaidi (his companions
# folded into his list) → the wounded (batch 13), undated (no day in the text); the gifts and flowers are a courtesy of
# the visit, not AID (batches 13, 56). "ومثمنا لهم التضحية في سبيل خدمة الدين والوطن" praises the wounded: SUPPORT
# al-Suwaidi → the wounded (decided, GUIDELINES: praise → SUPPORT, as batch 103's مثمنا; they are alive, so this is
# no mourning), undated. Not coded: the bombing (a noun, no doer), "الوقوف كصف واحد خلف القيادة الحكيمة" (a noun inside
# his explanation of the visit), "متمنيا لهم الشفاء العاجل" (a get-well wish) and "سائلا المولى" (a prayer): neither
# events nor claims (README). The opening "شارك من خلال تويتر ..." is page furniture. Claims: مثمنا (praise: assert)
# and مشيرا (the visit is a duty: assert). No alias holds عسير (decided, as batch 13), so his office's name is left out.
i = 'snn-2015-08-11-1365'
t = news_text(i)
SUWAIDI = ["Saad bin Rahil al-Suwaidi", "سعد بن رحيل السويدي", "اللواء سعد بن رحيل السويدي", "السويدي",
           "اللواء السويدي", "passports director", "الضباط والأفراد", "Saudi Arabia", "السعودية"]
WOUNDED = ["wounded of the mosque bombing", "المصابين", "the wounded"]
recs.append({"id": i, "text": t, "published": "2015-08-11", "events": [
    {"code": "CONSULT", "source": SUWAIDI, "target": WOUNDED},
    {"code": "SUPPORT", "source": SUWAIDI, "target": WOUNDED}], "claims": [
    {"speaker": SUWAIDI, "cue": cue(t, "مثمنا"), "stance": "assert"},
    {"speaker": SUWAIDI, "cue": cue(t, "مشيرا"), "stance": "assert"}]})
# --- SaudiNewsNet: the people of al-Birk receive the body of Cpl. Mohammed Mughram al-Hilali, killed on the Najran
# border on the first day of Eid. The Royal Saudi forces' medevac plane flying the body (transport of remains, no
# party acted on) and the reception of the body by the residents, the governor and the tribal sheikh (a funeral, batch
# 10: no PLOVER event) are not coded. "استشهد ... خلال تصديه لميليشيات الحوثية" tells his death with no doer and his
# fight as a verbal noun after خلال: background, not coded (decided, GUIDELINES: nominalised background; batch 46: a
# death with no named doer). The father's readiness "للدفاع عن الوطن ضد أي معتدٍ" names no counterpart: no event.
# Claims: the father's قال (his sons are a ransom for the homeland: assert), معربا (pride: assert), أكد (his and his
# sons' readiness to defend the country: promise, decided, an offer of service); the uncle Hussein al-Hilali's أوضح
# (assert). "ونسأل الله ..." is a prayer: nothing. The father is identified through his named son (batch 54); no
# alias is the bare الهلالي, shared by the martyr, the father, the uncle and the sheikh.
i = 'snn-2015-07-23-1164'
t = news_text(i)
FATHER = ["father of the martyr", "والد الشهيد", "Mughram al-Hilali", "مغرم الهلالي", "والد الشهيد مغرم الهلالي"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": FATHER, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": FATHER, "cue": cue(t, "معربا"), "stance": "assert"},
    {"speaker": FATHER, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": ["Hussein al-Hilali", "حسين الهلالي", "عم الشهيد", "uncle of the martyr"], "cue": cue(t, "أوضح"),
     "stance": "assert"}]})
# --- Sabq (after the Daily Mail): mourners carrying the shrouded body of a Chinese mother crushed by a mall escalator
# protest in the mall; security guards in black suits scuffle with them and pull the shroud away. The mourners' march
# through the mall's lobby with the body amid chants, joined by shoppers' shouts, and their leaving with it ("أصروا
# على حمل الجثمان، وفي النهاية خرجوا به") is one PROTEST mourners → the mall where she died (decided: the protest is
# held in and aimed at the mall), undated. "تدخل رجال الأمن ... وحدثت مضاربة جذب خلالها رجال الأمن الكفن ووضعوه في
# مكان آخر" (the lead's "مضاربة بين رجال الأمن والمعزين") is one scuffle: one reciprocal ASSAULT with both sides in the
# source and no target (README: police and protesters clashing), the pulled shroud folded in (decided), undated. Not
# coded: Reddit posting the video (no act on a party), her death (an accident, no doer), "كشفت التحقيقات أن أحد عمال
# الصيانة نسي ..." (investigations with no named investigating body: no ACCUSE and no claim, decided, as bare sources).
# Claims: "وحسب صحيفة الديلي ميل البريطانية" (its sentence's only attribution: the Daily Mail's, assert). The byline
# "أيمن حسن– سبق" is the outlet: no claim.
i = 'snn-2015-08-04-1313'
t = news_text(i)
MOURNERS = ["mourners", "المعزين المحتجين", "المعزين", "المحتجين", "المحتجون", "protesters", "المتسوقين"]
GUARDS = ["mall security guards", "رجال الأمن"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "PROTEST", "source": MOURNERS,
     "target": ["shopping mall", "السوق", "أحد الأسواق التجارية", "الأسواق التجارية"]},
    {"code": "ASSAULT", "source": GUARDS + MOURNERS, "target": []}], "claims": [
    {"speaker": ["Daily Mail", "الديلي ميل", "صحيفة الديلي ميل"], "cue": cue(t, "حسب"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch154.gold.jsonl', recs)
