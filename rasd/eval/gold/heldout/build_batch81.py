"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 81 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Reuters): Pakistan's defence minister Khawaja Asif says today (Friday 2015-08-07) that Mullah Omar
# neither died nor was buried in Pakistan, contradicting Afghan officials. His denial (the lead's قال, the quote to
# parliament "بوسعى أن أؤكد أن الملا عمر لم يمت في باكستان كما لم يدفن هنا") is one REJECT; the text names whose
# statements it contradicts ("تتناقض مع تصريحات لمسؤولين أفغان", and the Afghan official who said Omar died in
# Karachi), so the Afghan officials are the target (README: denying a report whose author is named), dated. Not coded:
# his addressing his own parliament (internal), "احجم ... عن تحديد تاريخ وفاة" (declined to comment, GUIDELINES), the
# Afghan official's statement that Omar died in Karachi (a statement of fact that blames no one outright: a claim, no
# ACCUSE; decided), Omar's death and burial (no actor on another party). Claims: Asif's قال ×2 (deny) and وأضاف
# (assert); the family's قالت embedded in his report (README: embedded speech is its own claim; a named man's family
# is identifiable; assert); the Afghan official's قال (an official tied to a government, GUIDELINES; assert). The
# fourth "قال" substring is that قال (the third is inside قالت).
i = 'snn-2015-08-07-0334'
t = news_text(i)
ASIF = ["Khawaja Asif", "خواجه آصف", "آصف", "وزير الدفاع الباكستاني", "وزير الدفاع الباكستانى", "Pakistan",
        "باكستان"]
AFGHANS = ["Afghan officials", "مسؤولين أفغان", "مسؤول أفغاني", "Afghanistan", "أفغانستان"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "REJECT", "source": ASIF, "target": AFGHANS, "date": "2015-08-07"}], "claims": [
    {"speaker": ASIF, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": ASIF, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": ASIF, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Mullah Omar's family", "عائلة عمر"], "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": AFGHANS, "cue": cue(t, "قال", 4), "stance": "assert"}]})
# --- Al-Watan/SPA: the emir of Asir, Prince Faisal bin Khalid, received yesterday (2015-07-30) at his office Sheikh
# Abdulrahman al-Juraisi, head of the Juraisi Group, and then the director of Abha airport, Fahd al-Adwani. Each
# reception is a CONSULT with the visitor as source and the host as target (GUIDELINES; batch 48 codes an emir
# receiving the heads of national agencies' branches so), dated by أمس; the airport's annual report handed over
# (تسلم ... التقرير السنوي) is part of the second visit. al-Juraisi's "أشاد ... بما تشهده المنطقة من تطوّر وازدهار"
# praises the region the emir administers (and its leadership): SUPPORT Juraisi → the emir and Asir, dated by the
# reception it was said at (batch 54 dates praise by its meeting). The emir's "ثمن سموه الجهود المبذولة في تقديم
# الخدمات ... والجهود التي تقدمها الهيئة العامة للطيران المدني" praises the airport and GACA, national bodies outside
# his emirate (so not internal, unlike batch 39's governorate committees): one SUPPORT, dated. The emir's welcome and
# wish (رحب، متمنياً له طيب الإقامة) are greetings: neither events nor claims (batch 22). Claims: al-Juraisi's أشاد
# and مؤكداً (assert); the emir's ثمن (praise: assert). Both sides are Saudi: no state alias.
i = 'snn-2015-07-31-1099'
t = news_text(i)
EMIR = ["Faisal bin Khalid", "فيصل بن خالد بن عبدالعزيز", "فيصل بن خالد", "أمير منطقة عسير", "Asir emir",
        "emir of Asir region"]
JURAISI = ["Abdulrahman al-Juraisi", "عبدالرحمن بن علي الجريسي", "عبدالرحمن الجريسي", "الجريسي",
           "رئيس مجموعة الجريسي", "Al-Juraisi Group", "مجموعة الجريسي"]
ADWANI = ["Fahd al-Adwani", "فهد العدواني", "العدواني", "مدير عام مطار أبها", "Abha airport", "مطار أبها"]
GACA = ["General Authority of Civil Aviation", "GACA", "الهيئة العامة للطيران المدني"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": JURAISI, "target": EMIR, "date": "2015-07-30"},
    {"code": "SUPPORT", "source": JURAISI, "target": EMIR + ["Asir region", "عسير", "المنطقة"], "date": "2015-07-30"},
    {"code": "CONSULT", "source": ADWANI, "target": EMIR, "date": "2015-07-30"},
    {"code": "SUPPORT", "source": EMIR, "target": ADWANI + GACA, "date": "2015-07-30"}], "claims": [
    {"speaker": JURAISI, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": JURAISI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": EMIR, "cue": cue(t, "ثمن"), "stance": "assert"}]})
# --- SaudiNewsNet: Luxor opens pharaonic tombs and temples on the West Bank to night visits, with a ceremony on
# Saturday evening. The authorities' preparations and the ministers' and governor's attendance at their own state's
# ceremony are no events; "مشروعا يجري تنفيذه بالتعاون مع وزارة الآثار" is passive with no doer (batch 52's أقيمت ...
# بالتنسيق مع): not coded. "قرض مقدم من إسبانيا" is a loan with its giver named (batch 34 codes "قرض من الصندوق
# العربي" as AID): AID Spain → Egypt (the lighting project of the Upper Egypt antiquities zone), undated. Claims:
# Governor Badr's قال، أضاف، مشيرا and Sultan Eid's قال (all assert). Aliases holding الأقصر (named on its own) are
# left out of Badr's list; Eid's title holds مصر (the loan's target): left out.
i = 'snn-2015-07-24-0755'
t = news_text(i)
BADR = ["Mohamed Badr", "محمد بدر", "بدر", "Luxor governor"]
EID = ["Sultan Eid", "سلطان عيد", "عيد"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "AID", "source": ["Spain", "إسبانيا"],
     "target": ["Egypt", "مصر", "Upper Egypt Antiquities Zone", "منطقة آثار مصر العليا"]}], "claims": [
    {"speaker": BADR, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": BADR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BADR, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": EID, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Al-Sharq al-Awsat (after The Local): the mayor of Sellia, Davide Zicchinella, signs a decree forbidding residents
# to fall ill. The decree's calls on the residents (the lead's "طالبهم بالتوقف عن الموت", the body's "دعا المرسوم
# جميع مواطني البلدة إلى وضع صحتهم في المقام الأول" and "يشجع المواطنين على الذهاب إلى مركز طبي") are one REQUEST
# mayor → residents (an official's call on a named group; batch 24 codes a mayor's call on young people), undated;
# the exemption from the annual health tax for those who go ("على أن يعفى من يذهب للمركز من الضريبة") is an offer:
# AGREE mayor → residents (batch 20 codes the same decree's exemption so), undated. The signing itself is the vehicle
# of these acts, not coded on its own (batch 20). Not coded: the centre's opening (passive), residents booking checks,
# population figures. Claims: the mayor's حذر (warn), طالبهم (other), and the decree's ينص (its quoted ban), دعا and
# يشجع (decided: a decree signed by a named man speaks for him, unlike batch 67's constitution; all other); ISTAT's
# تفيد (the figures of a named official body: assert). "كما ذكر موقع «ذا لوكال»" is the story's source, a conduit
# (README: credit lines and conduits): no claim. As in batch 20 the mayor lists Italy; no alias holds سيليا.
i = 'snn-2015-08-10-0130'
t = news_text(i)
MAYOR = ["Davide Zicchinella", "ديفيد زيكينيلا", "زيكينيلا", "العمدة زيكينيلا", "العمدة", "mayor",
         "عمدة بلدة إيطالية صغيرة", "المرسوم", "Italy", "إيطاليا"]
RESIDENTS = ["Sellia residents", "residents", "السكان", "مواطني البلدة", "جميع مواطني البلدة", "المواطنين"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "REQUEST", "source": MAYOR, "target": RESIDENTS},
    {"code": "AGREE", "source": MAYOR, "target": RESIDENTS}], "claims": [
    {"speaker": MAYOR, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": MAYOR, "cue": cue(t, "طالبهم"), "stance": "other"},
    {"speaker": MAYOR, "cue": cue(t, "ينص"), "stance": "other"},
    {"speaker": MAYOR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MAYOR, "cue": cue(t, "يشجع"), "stance": "other"},
    {"speaker": ["ISTAT", "Italian National Institute of Statistics", "هيئة الإحصاءات الرسمية"],
     "cue": cue(t, "تفيد"), "stance": "assert"}]})
# --- Ain Alyoum: the Taif municipality (Amanah) spokesman, Ismail Ibrahim, denies that it barred journalists from the
# opening of Al-Radf park. His denial (أكد "لم تمنع الصحفيين والمصورين ... كما يشاع"، "تفند المزاعم") and the
# Amanah's own "قامت بالتوضيح وأكدت أنها لم تمنع أحدا" are one REJECT; the accusers are named in the text ("عددا من
# الإعلاميين وجهوا انتقاداتهم لأمانة محافظة الطائف"), so they are its target (README: a denied report's named
# author), undated (no day given). Their criticism, a finite clause with an explicit (if generic) doer, is ACCUSE
# journalists → Amanah, undated; as a bare group they make no claim (GUIDELINES). "الأمانة قامت بدورها بتوجيه الدعوة
# للصحفيين والمصورين للمشاركة في تغطية الحفل" is an invitation: AGREE (GUIDELINES), undated. Not coded: the denied
# ban itself ("بأن اللجنة المنظمة منعت الإعلاميين", the content of an allegation the article rebuts) and the
# journalists' attending and filming (no act on another party). Claims, all the spokesman's: أكد (deny), موضحا (the
# invitation: assert), وأضاف (they came in and filmed: assert), مؤكدا (deny), وأشار (the coverage refutes the claims:
# deny), مشيرا (deny); the Amanah's أكدت (deny). The byline (عين اليوم) is the narrator.
i = 'snn-2015-07-31-0129'
t = news_text(i)
AMANAH = ["Taif Municipality", "أمانة محافظة الطائف", "أمانة الطائف", "الأمانة"]
SPOKESMAN = ["Ismail Ibrahim", "إسماعيل إبراهيم", "إبراهيم", "المتحدث الرسمي لأمانة محافظة الطائف"] + AMANAH
JOURNALISTS = ["journalists", "الإعلاميين", "عددا من الإعلاميين", "الصحفيين والمصورين", "الصحفيين", "المصورين"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "REJECT", "source": SPOKESMAN, "target": JOURNALISTS},
    {"code": "ACCUSE", "source": JOURNALISTS, "target": AMANAH},
    {"code": "AGREE", "source": AMANAH, "target": JOURNALISTS}], "claims": [
    {"speaker": SPOKESMAN, "cue": cue(t, "أكد", 1), "stance": "deny"},
    {"speaker": SPOKESMAN, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SPOKESMAN, "cue": cue(t, "مؤكدا"), "stance": "deny"},
    {"speaker": SPOKESMAN, "cue": cue(t, "أشار"), "stance": "deny"},
    {"speaker": SPOKESMAN, "cue": cue(t, "مشيرا"), "stance": "deny"},
    {"speaker": AMANAH, "cue": cue(t, "أكدت"), "stance": "deny"}]})
# --- Jawhara FM: the Al Massar party (statement of today, Monday 2016-10-10) calls on the government to withdraw
# Tunisia from the Saudi-led Islamic military alliance after its strike on a funeral in Sanaa. دعا is REQUEST to the
# government, dated. The relative clause "الذي تقوده المملكة العربية السعودية والذي أقدمت قواته على قصف جوي لموكب عزاء
# في مدينة صنعاء" names its doer: ASSAULT alliance (with Saudi Arabia, its leader, in the source, README: a state
# taking part is in a coalition's source) → the mourners in Sanaa, undated (no day in the text). "اعتبر المسار أن هذا
# التحالف تم بعثه لخدمة مآرب ... مخططات استعمارية" is criticism: ACCUSE Massar → the alliance, dated by the statement.
# "وكانت تونس أعلنت أواخر ديسمبر 2015 عن انضمامها إلى تحالف إسلامى عسكرى" is joining: SUPPORT (batch 63 codes joining
# a group so; Jhinaoui himself calls it "دعم سياسى ومبدئى لمبادرة المملكة") Tunisia → the alliance and Saudi Arabia,
# undated (month only). Not coded: Saudi Arabia leading the alliance, "بمبادرة من المملكة" (a noun), the OIC framework.
# Claims: دعا (other), اعتبر (accuse), Tunisia's أعلنت (assert), Jhinaoui's صرح (assert: a characterisation of the
# membership, no accusation denied; decided). "حسب بيان أصدره الحزب" and "وفق نص البيان ذاته" attribute their
# sentences to the speaker already named there: no claims.
i = 'ant-JA-localNews-1868-20161010'
t = news_text(i)
MASSAR = ["Al Massar", "Democratic and Social Path", "حزب المسار الديمقراطي الإجتماعي", "المسار", "الحزب"]
ALLIANCE = ["Islamic Military Alliance", "التحالف الإسلامي", "التحالف", "هذا التحالف", "تحالف إسلامى عسكرى",
            "Saudi Arabia", "المملكة العربية السعودية", "المملكة السعودية", "السعودية"]
TUNISIA = ["Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-10-10", "events": [
    {"code": "REQUEST", "source": MASSAR, "target": ["Tunisian government", "الحكومة"] + TUNISIA,
     "date": "2016-10-10"},
    {"code": "ASSAULT", "source": ALLIANCE,
     "target": ["mourners in Sanaa", "موكب عزاء", "صنعاء", "Sanaa", "المدنيين العزل", "Yemen", "اليمن"]},
    {"code": "ACCUSE", "source": MASSAR, "target": ALLIANCE, "date": "2016-10-10"},
    {"code": "SUPPORT", "source": TUNISIA, "target": ALLIANCE}], "claims": [
    {"speaker": MASSAR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MASSAR, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": TUNISIA, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": ["Khemaies Jhinaoui", "خميس الجهيناوى", "الجهيناوى", "مستشار رئيس الجمهورية"] + TUNISIA,
     "cue": cue(t, "صرح"), "stance": "assert"}]})
# --- Jawhara FM: Trump explains why he did not shake Merkel's hand. His statement that he had shaken her hand about
# five times before and did not hear the photographer (أكّد and the quote after قال) rebuts the media's account of a
# snub: one REJECT, with no target (the press is named only generically, "الصحافة والكاميرات"; README: a denial with
# no named author is REJECT with no target), undated (his remarks to reporters have no day). "ترامب كان قد التقى ميركل
# في واشنطن في الـ17 من مارس الماضي" (re-told as "استضافة مستشارة ألمانيا") is a CONSULT with Merkel, the visitor, as
# source and Trump the host as target, dated 2017-03-17. Not coded: "امتناعه عن مصافحة ضيفته" (a noun), Merkel's
# question "ألا تريدون مصافحتي؟" and his nod (courtesies inside the meeting, like a greeting; decided), the
# photographer's request (hypothetical, anonymous). Claims: Trump's أكّد and قال (rebuttals: deny); Merkel's قائلة
# (one statement with سألته, cue قائلة as the word that introduces the quote; a question: other).
i = 'ant-JA-diverse-244-20170403'
t = news_text(i)
TRUMP = ["Donald Trump", "دونالد ترامب", "ترامب", "United States", "الولايات المتحدة"]
MERKEL = ["Angela Merkel", "أنغيلا ميركل", "ميركل", "مستشارة ألمانيا", "Germany", "ألمانيا"]
recs.append({"id": i, "text": t, "published": "2017-04-03", "events": [
    {"code": "REJECT", "source": TRUMP, "target": []},
    {"code": "CONSULT", "source": MERKEL, "target": TRUMP, "date": "2017-03-17"}], "claims": [
    {"speaker": TRUMP, "cue": cue(t, "أكّد"), "stance": "deny"},
    {"speaker": TRUMP, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": MERKEL, "cue": cue(t, "قائلة"), "stance": "other"}]})
# --- Jawhara FM: parliament's finance committee approves today (Wednesday 2017-02-15) the framework agreement between
# Tunisia and Germany, under which Tunisia gets 119 million euros; MP Hedi Braham (Ennahda) accuses MP Samia Abbou of
# trying to impose "a dictatorship of the minority". The approval is SUPPORT committee → Germany (README: a parliament
# taking up a state's agreements is SUPPORT of that state), dated; the money Tunisia receives under it ("تتحصل بموجبه
# تونس على مبلغ 119 مليون أورو") is economic aid from the agreement's other party: AID Germany → Tunisia (batch 34: a
# loan or grant beside the signing is AID), undated (no day for the financing). Braham's "متهما إياها بمحاولة فرض
# دكتاتورية الأقلية وعرقلة تطور البلاد" is ACCUSE Braham → Abbou, dated by today's account of today's session
# (decided). Not coded: Abbou's objection to the voting method (احتجت ... على طريقة التصويت), an MP's objection inside
# her own committee's deliberations (internal, GUIDELINES), and her "رفض مثل هذه المشاريع" (a noun inside his charge).
# Claims: "وفق ما أكده" (its sentence's only attribution, README: the whole phrase as cue; assert), Braham's قال
# (assert) and متهما (accuse); Abbou's احتجت reported by him (embedded, README; a complaint: accuse). "حسب تعبيره"
# repeats its sentence's speaker. Braham's title holds لجنة المالية (the committee, an actor of its own): left out.
i = 'ant-JA-localNews-1276-20170215'
t = news_text(i)
BRAHAM = ["Hedi Braham", "هادي براهم", "براهم", "Ennahda bloc", "كتلة حركة النهضة", "حركة النهضة"]
ABBOU = ["Samia Abbou", "سامية عبو", "عبو", "النائبة سامية عبو"]
COMMITTEE = ["Finance Committee", "لجنة المالية", "لجنة المالية بمجلس نواب الشعب", "Assembly of the Representatives of the People",
             "مجلس نواب الشعب", "Tunisia", "تونس", "الجمهورية التونسية"]
GERMANY = ["Germany", "ألمانيا", "دولة ألمانيا الإتحادية", "ألمانيا الإتحادية"]
recs.append({"id": i, "text": t, "published": "2017-02-15", "events": [
    {"code": "SUPPORT", "source": COMMITTEE, "target": GERMANY, "date": "2017-02-15"},
    {"code": "AID", "source": GERMANY, "target": ["Tunisia", "تونس", "الجمهورية التونسية"]},
    {"code": "ACCUSE", "source": BRAHAM, "target": ABBOU, "date": "2017-02-15"}], "claims": [
    {"speaker": BRAHAM, "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": BRAHAM, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BRAHAM, "cue": cue(t, "متهما"), "stance": "accuse"},
    {"speaker": ABBOU, "cue": cue(t, "احتجت"), "stance": "accuse"}]})
# --- Jawhara FM: an army patrol in the buffer zone stops three cars coming from Ben Guerdane at dawn today (Thursday
# 2016-07-21) and arrests a man wanted in terrorism cases. "تمكنت فجر اليوم دورية عسكرية ... من إيقاف 3 سيارات" with
# the ministry's passive re-tellings (تم إيقاف شخصين، تم القبض على شخص صادرة في حقه 5 مناشير تفتيش) is one stop of one
# group: one COERCE army → the cars' occupants (batch 73 folds one operation's stops into one COERCE), dated. Not
# coded: the third driver's flight towards Libya (acts on no party), the warrants (participles with no doer), the
# coordination with the security services (a noun), and the handover to the judicial police at Ras Jedir and the
# cars to customs (one state's units: internal, batch 73). Claims: the ministry's أكدت and أضافت (assert).
i = 'ant-JA-society-72-21072016'
t = news_text(i)
MOD = ["Tunisian Ministry of National Defence", "Ministry of National Defence", "وزارة الدفاع الوطني", "الوزارة",
       "Tunisia", "تونس"]
ARMY = ["Tunisian army", "army patrol", "دورية عسكرية", "الدورية"] + MOD
recs.append({"id": i, "text": t, "published": "2016-07-21", "events": [
    {"code": "COERCE", "source": ARMY,
     "target": ["occupants of three cars", "3 سيارات", "شخصين", "شخص صادرة في حقه 5 مناشير تفتيش", "المفتش عنه",
                "wanted man"], "date": "2016-07-21"}], "claims": [
    {"speaker": MOD, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "أضافت"), "stance": "assert"}]})
# --- Jawhara FM (technology): a cyber attack on US internet infrastructure companies today (Friday 2016-10-21) takes
# down Amazon, SoundCloud and Twitter. The lead's "تعرضت خوادم ... لهجوم إلكتروني" names no doer, but "استخدم
# القراصنة أسلوب DDoS ... لمهاجمة هذه الخوادم" does (unknown doers are explicit, README's مجهولان): one COERCE (PLOVER's
# cyber mode, as batches 24 and 29 code hacking; a denial-of-service attack is PLOVER's own example) hackers → the
# companies and their sites, dated by the lead's day. The DHS "تجري تحقيقات بشأن الهجوم" is an investigation whose
# doer is unknown ("ما زال مصدر هذه الهجمات مجهولا"): ACCUSE with no target (README: a panel to identify attackers),
# dated by today's attack (the statement reports today's investigation; decided). Dyn handling the attack acts on no
# party; DHS's warning of last week that hackers use new methods is generic: a claim, no event (batch 79). Claims:
# DHS's قالت (assert) and حذرت (warn); Dyn's ذكرت (assert).
i = 'ant-JA-technology-24-20161021'
t = news_text(i)
DHS = ["US Department of Homeland Security", "DHS", "وزارة الأمن الداخلي الأميركية", "وزارة الأمن الداخلي",
       "United States", "الولايات المتحدة"]
DYN = ["Dyn", "داين"]
recs.append({"id": i, "text": t, "published": "2016-10-21", "events": [
    {"code": "COERCE", "source": ["hackers", "القراصنة"],
     "target": ["US internet companies", "شركات أميركية موزعة للإنترنت", "خوادم شركات أميركية", "هذه الخوادم",
                "Amazon", "أمازون", "SoundCloud", "ساوند كلاود", "Twitter", "تويتر"] + DYN, "date": "2016-10-21"},
    {"code": "ACCUSE", "source": DHS, "target": [], "date": "2016-10-21"}], "claims": [
    {"speaker": DHS, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": DYN, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": DHS, "cue": cue(t, "حذرت"), "stance": "warn"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch81.gold.jsonl', recs)
