"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 127 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Sunday 2015-08-02): the new Taliban leader Mullah Akhtar Mansour calls on his fighters to unite.
# "دعا الزعيم الجديد لحركة «طالبان الأفغانية» السبت مقاتليه إلى توحيد صفوفهم وأن يحذوا حذو زعيمهم الراحل" is a
# leader's call to his own fighters: REQUEST Mansour → his fighters (README session 20: a leader's call to his own
# fighters is REQUEST), dated by "السبت" (2015-08-01). Mansour's list leaves out Taliban itself, since the target is
# the movement's own rank and file (decided; no event may have its source match its target). Not coded: his
# appointment "منذ تعيينه الخميس" (passive, the movement's internal business), "تأكيد الحكومة وهيئة الاستخبارات ...
# مقتل سلفه" (a statement told as a noun: background, no claim), the spokesman Zabihullah Mujahid e-mailing the
# message to journalists (a conduit: neither event nor claim), "انشق بعض مقاتلي طالبان لينضموا إلى تنظيم داعش"
# (decided: defecting to join a group is not coded, as README sessions 25–26 leave joining a listed group uncoded),
# Taliban's rule 1996–2001 "بفرض تفسير صارم" (governing, a noun), the international criticism (a noun with no named
# critic) and the human-rights abuses and executions (nouns). "أطيح بها في غزو قادته الولايات المتحدة" is a relative
# clause with its doer: ASSAULT United States → Taliban (README: relative clauses with their doer and historical events
# are coded; the passive overthrow is folded into the invasion), undated (a year only); the 9/11 attacks are a noun.
# Claims: دعا (the call: other) and قال («ستهزم وحدتنا أعداءنا»: assert).
i = 'snn-2015-08-02-1082'
t = news_text(i)
MANSOUR = ["Akhtar Mansour", "الملا أختر منصور", "أختر منصور", "منصور"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": MANSOUR,
     "target": ["Taliban fighters", "مقاتليه", "مقاتلي طالبان", "Taliban", "طالبان", "حركة طالبان"],
     "date": "2015-08-01"},
    {"code": "ASSAULT", "source": ["United States", "الولايات المتحدة"],
     "target": ["Taliban", "طالبان", "حركة طالبان", "حركة طالبان الاصولية"]}], "claims": [
    {"speaker": MANSOUR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MANSOUR, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-26): the fourth forum of Gulf and Indian businessmen, set for 18–19 November in Jeddah,
# will discuss investment and renewable energy. "المنتدى يقام بتنظيم من اتحاد غرف دول مجلس التعاون الخليجي ومجلس
# الغرف السعودية والغرفة التجارية الصناعية بجدة واتحاد الصناعات الهندية" announces a future meeting and names its
# parties: one reciprocal AGREE with all four organisers as source and no target (GUIDELINES: future meetings are
# AGREE; README session 9: a passive announcement of a future meeting whose parties are named is one AGREE with all of
# them as source), undated (the forum spans two days; the agreement has no day). The Jeddah chamber's list leaves out
# "بجدة" (a place the article names on its own, README); the federation keeps its full official name (decided: the
# GCC is no actor here). The forum's themes are no events. Claims of the federation's secretary-general Abdulrahim
# Hassan Naqi: كشف، قال، أضاف (assert). "الجدير بالذكر" is the narrator.
i = 'snn-2015-07-26-1363'
t = news_text(i)
FGCCC = ["Federation of GCC Chambers", "اتحاد غرف دول مجلس التعاون الخليجي"]
NAQI = ["Abdulrahim Hassan Naqi", "عبدالرحيم حسن نقي", "نقي", "أمين عام اتحاد غرف دول مجلس التعاون الخليجي"] + FGCCC
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "AGREE", "source": FGCCC + ["Council of Saudi Chambers", "مجلس الغرف السعودية",
                                         "Jeddah Chamber of Commerce and Industry", "الغرفة التجارية الصناعية",
                                         "Confederation of Indian Industry", "اتحاد الصناعات الهندية"],
     "target": []}], "claims": [
    {"speaker": NAQI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": NAQI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": NAQI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SaudiNewsNet (Friday 2015-08-07): residents of the southern regions condemn the bombing of the Emergency Forces
# mosque in Asir. "استنكر أهالي المناطق الجنوبية يوم أمس الحادث الإرهابي" is a condemnation: ACCUSE residents → the
# perpetrator the text describes ("من قام بهذا الحادث الإرهابي"، "منفذ الجريمة الشنعاء"; README: a condemnation
# targets the doer the text names), dated by "يوم أمس" (2015-08-06). "وأضافوا إلى المواطنين يدًا واحدة مع القيادة
# الحكيمة لمحاربة هذه الفئة الضالة" is solidarity with the leadership: SUPPORT residents → the Saudi leadership, dated
# by the same statement (README batch 109: condemning an attack and voicing solidarity are one ACCUSE and one SUPPORT
# dated by the statement). The bombing: "من قام بهذا الحادث الإرهابي" is a relative clause with its (generic) doer,
# so ASSAULT perpetrator → Emergency Forces, dated by "ظهر أمس" (2015-08-06) (decided, as README batch 109 codes a
# mosque bombing by "من لا يؤمنون بالله"; "الحادث الذي وقع" and "استهداف رجال الأمن" alone would not be coded).
# Speakers: the residents of a named region are identifiable, as README batches 6–7's الأهالي (decided, not a bare
# source like محللون): استنكر، أكدوا، مبينين (accuse), أضافوا (assert). The Asir Islamic Affairs branch's circular to
# mosque preachers ("قام ... بإصدار تعميم بتخصيص خطبة الجمعة اليوم"، retold by "قام الفرع بإبلاغ خطباء الجوامع") is
# an administrative notice to the ministry's own preachers: internal, no REQUEST, one claim (other) with the light
# verb phrase as cue (README: administrative notices are claims only; a minister's call on his own staff a claim
# only). The branch's list leaves out عسير (a place named on its own).
i = 'snn-2015-08-07-1272'
t = news_text(i)
RESIDENTS = ["residents of the southern regions", "أهالي المناطق الجنوبية", "أهالي الجنوب"]
PERPETRATOR = ["perpetrator", "من قام بهذا الحادث الإرهابي", "منفذ الجريمة الشنعاء", "منفذ الجريمة",
               "هذه الفئة الضالة"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": RESIDENTS, "target": PERPETRATOR, "date": "2015-08-06"},
    {"code": "SUPPORT", "source": RESIDENTS, "target": ["Saudi leadership", "القيادة الحكيمة", "Saudi Arabia",
                                                        "المملكة"], "date": "2015-08-06"},
    {"code": "ASSAULT", "source": PERPETRATOR,
     "target": ["Special Emergency Forces", "قوات الطوارئ", "منسوبي قوات الطوارئ", "قوات الطوارئ الخاصة",
                "رجال الأمن", "مسجد مقر قوات الطوارئ"], "date": "2015-08-06"}], "claims": [
    {"speaker": RESIDENTS, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "أكدوا"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "مبينين"), "stance": "accuse"},
    {"speaker": RESIDENTS, "cue": cue(t, "أضافوا"), "stance": "assert"},
    {"speaker": ["Islamic Affairs branch", "فرع الشؤون الإسلامية", "الفرع"], "cue": cue(t, "بإصدار تعميم"),
     "stance": "other"}]})
# --- SaudiNewsNet (2015-08-07): Sheikh Abdulrahman al-Sudais, head of the Two Holy Mosques presidency, condemns the
# crime that killed security men at the Emergency Forces mosque in Asir. "استنكر ... العمل الإجرامي" with "معتبرا
# ذلك إجراما" is one condemnation: ACCUSE Sudais with no target (the clause "العمل الإجرامي الذي أودى بحياة" names no
# doer; README: no target when the text names none), undated (no day given). The killing itself has no doer: not
# coded. His warnings against violence and "these deviant paths" are generic: no event. Claims: استنكر and معتبرا
# (accuse), قال (the Quranic verses he cites: assert), محذرا (warn), مشددا (assert), the second حذر ("وحذر السديس":
# warn), مؤكدا (the danger of targeting mosques: warn). Not claims (decided): God's "يقول" inside the verse he cites
# and "حيث جاء في الحديث" (scripture cited as evidence, not a speaker of the article), and "سائلا الله الرحمة" (a
# prayer, README).
i = 'snn-2015-08-07-0614'
t = news_text(i)
SUDAIS = ["Abdulrahman al-Sudais", "عبدالرحمن بن عبدالعزيز السديس", "السديس",
          "الرئيس العام لشؤون المسجد الحرام والمسجد النبوي"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": SUDAIS, "target": []}], "claims": [
    {"speaker": SUDAIS, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": SUDAIS, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": SUDAIS, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SUDAIS, "cue": cue(t, "محذرا"), "stance": "warn"},
    {"speaker": SUDAIS, "cue": cue(t, "مشددا"), "stance": "assert"},
    {"speaker": SUDAIS, "cue": cue(t, "حذر", 2), "stance": "warn"},
    {"speaker": SUDAIS, "cue": cue(t, "مؤكدا"), "stance": "warn"}]})
# --- SaudiNewsNet (2015-07-26): the Egyptian FA's players' affairs committee upholds the decisions that cost Zamalek
# about 17 million pounds. "القرارات التي اتخذتها اللجنة ضد نادي الزمالك" (and "التي اتخذتها اللجنة في عهد أحمد
# مجاهد ... والتي تتضمن قرارات ضد نادي الزمالك") is a relative clause with its doer: the committee's rulings against
# the club, COERCE committee → Zamalek (README: a sport body's disciplinary sanction is COERCE, CAMEO 172; decided over
# SANCTION), undated. "رفضت لجنة شئون اللاعبين ... إعادة النظر في القرارات" and "اعتمدت ... جميع القرارات" are the new
# committee's one decision at its first meeting to uphold them: one REJECT committee → Zamalek (decided: refusing the
# review the club sought), undated. "بعدما تظلم اللاعبون الثلاثة ونادي الزمالك على قرارات لجنة شئون اللاعبين" is an
# appeal: REJECT players and Zamalek → the committee (README batch 109: an appeal is a REJECT of the lower body), one
# record with both appellants, undated. Not coded: the players' complaints (nouns), the appointments inside the FA and
# the rumoured role of Zamalek's president Mortada Mansour ("أنباء ... ترددت": bare reports, internal appointments).
# Claim: "أوضح مسئولو الجبلاية للزمالك" (officials tied to a named body, assert). "رفضت" is an act, not a reporting
# verb: no claim.
i = 'snn-2015-07-26-0480'
t = news_text(i)
COMMITTEE = ["EFA Players' Affairs Committee", "لجنة شئون اللاعبين باتحاد كرة القدم المصري", "لجنة شئون اللاعبين",
             "اللجنة", "Egyptian Football Association", "اتحاد كرة القدم المصري", "الجبلاية"]
ZAMALEK = ["Zamalek", "نادي الزمالك", "الزمالك", "النادي الأبيض"]
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "COERCE", "source": COMMITTEE, "target": ZAMALEK},
    {"code": "REJECT", "source": COMMITTEE, "target": ZAMALEK},
    {"code": "REJECT", "source": ["Abdel-Wahed El-Sayed", "عبد الواحد السيد", "Mahmoud Fathallah", "محمود فتح الله",
                                  "Ahmed Samir", "أحمد سمير", "اللاعبون الثلاثة"] + ZAMALEK,
     "target": COMMITTEE}], "claims": [
    {"speaker": ["EFA officials", "مسئولو الجبلاية", "الجبلاية", "Egyptian Football Association",
                 "اتحاد كرة القدم المصري"], "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-02): same story as the first article, from another wire. "دعا ... الملا أختر منصور ...
# إلى «الوحدة» في صفوف حركته" and "ونصح مريدي الحركة بعدم الاستماع إلى الشائعات" are two calls of one message on one
# addressee, his movement's followers: one REQUEST Mansour → Taliban followers (README: one sermon's several calls on
# one addressee are one REQUEST; a leader's call to his own fighters is REQUEST), undated (no day here). Mansour's list
# leaves out Taliban as in the first article. "ونظمت باكستان في مطلع يوليو اللقاء الرسمي الأول بين قياديين من
# طالبان وممثلين عن حكومة كابول" is a meeting at a third party's: CONSULT, both sides as one source and Pakistan, the
# organiser and host, as target (README session 22), undated (month only); the US and Chinese supervision is a noun.
# "إلا أن إسلام آباد أرجأتها ... «نزولا عند طلب من حركة طالبان الأفغانية»" is Pakistan postponing the second round at
# the Taliban's request: AGREE Pakistan → Taliban (decided, README session 19: postponing at a party's request is
# AGREE), undated (the Friday is the day the round was due, not of the postponement); the request itself is a noun,
# and the planned round ("كان من المفترض أن تبدأ جولة ثانية") a future meeting told as a noun (not coded, README).
# Not coded: the reports of dissent (bare), his taking the leadership (internal), "تمرد حركة طالبان مستمر" (a noun
# inside his statement). Claims: the first قال («علينا أن نعمل للحفاظ على وحدتنا»: an exhortation, other), دعا
# (other), the second قال (the insurgency goes on: assert), نصح (other). "على حد قوله" repeats its speaker; "تطرق ...
# إلى محادثات السلام" names a topic without a statement (decided, as batch 108's "متحدثاً عن"): no claim.
i = 'snn-2015-08-02-1164'
t = news_text(i)
MANSOUR2 = ["Akhtar Mansour", "الملا أختر منصور", "أختر منصور", "الملا منصور", "منصور"]
TALIBAN = ["Taliban", "طالبان", "حركة طالبان", "حركة طالبان الأفغانية"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": MANSOUR2, "target": ["Taliban followers", "مريدي الحركة", "صفوف حركته"] + TALIBAN},
    {"code": "CONSULT", "source": ["Taliban leaders", "قياديين من طالبان", "Afghan government", "حكومة كابول",
                                   "الحكومة الأفغانية"] + TALIBAN,
     "target": ["Pakistan", "باكستان", "إسلام آباد"]},
    {"code": "AGREE", "source": ["Pakistan", "باكستان", "إسلام آباد"], "target": TALIBAN}], "claims": [
    {"speaker": MANSOUR2, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MANSOUR2, "cue": cue(t, "قال", 1), "stance": "other"},
    {"speaker": MANSOUR2, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MANSOUR2, "cue": cue(t, "نصح"), "stance": "other"}]})
# --- SaudiNewsNet (2015-07-24): Brazilian player Jobson, formerly of Al-Ittihad, explains why he refused a drug
# test. In his words: "رفضت إجراء الاختبارات" is a refusal with no named tester: REJECT Jobson with no target
# (decided), undated; "كنت أشعر أن رئيس النادي ضدي ويدبر لي أمراً ما" blames the club president: ACCUSE Jobson →
# Al-Ittihad's president, undated ("كنت على خلاف مع" is a state, folded in). The drink-driving arrest is a noun with
# no doer ("واقعة إلقاء القبض عليه"): not coded. "وجه انتقادات لرجال الشرطة هناك بأنهم اعتدوا عليه بعنف وضربوه"
# is an ACCUSE Jobson → the police, and the alleged beating a finite clause with its doer: ASSAULT police → Jobson
# (GUIDELINES: alleged events with an explicit actor are coded), both undated. "الفيفا أوقفت اللاعب مدة أربع سنوات"
# is a sport body's ban: COERCE FIFA → Jobson (README: CAMEO 172). "محاولات تبذل من قبل محاميه مع الفيفا لرفع هذا
# الإيقاف" is a passive with its agent: REQUEST his lawyer → FIFA (decided), the lawyer's list holding his client.
# Claims of Jobson: كشف (the lead verb; "حيث قال" gives the same statement's words, so one claim: README, two
# statements of one speaker in one sentence are one claim; assert), أضاف (the president against him: accuse), اعترف
# (an identified person's admission is a claim, README: assert), وجه (the light verb of his criticism: accuse). "نقلتها
# الصحف البرازيلية" is a bare conduit; "يذكر أن" the narrator.
i = 'snn-2015-07-24-0139'
t = news_text(i)
JOBSON = ["Jobson", "جوبسون", "اللاعب البرازيلي جوبسون"]
FIFA = ["FIFA", "الفيفا", "فيفا"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REJECT", "source": JOBSON, "target": []},
    {"code": "ACCUSE", "source": JOBSON, "target": ["Al-Ittihad president", "رئيس النادي", "Al-Ittihad", "العميد"]},
    {"code": "ACCUSE", "source": JOBSON, "target": ["Brazilian police", "رجال الشرطة", "الشرطة"]},
    {"code": "ASSAULT", "source": ["Brazilian police", "رجال الشرطة", "الشرطة"], "target": JOBSON},
    {"code": "COERCE", "source": FIFA, "target": JOBSON},
    {"code": "REQUEST", "source": ["Jobson's lawyer", "محاميه"] + JOBSON, "target": FIFA}], "claims": [
    {"speaker": JOBSON, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": JOBSON, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": JOBSON, "cue": cue(t, "اعترف"), "stance": "assert"},
    {"speaker": JOBSON, "cue": cue(t, "وجه"), "stance": "accuse"}]})
# --- SaudiNewsNet (Friday 2015-07-24): FAO and WFP say 9.8 million Syrians lack food security. No event: the conflict
# is a noun with no doer, the crop estimate passive, the fall of state subsidies and the price rises have no actor.
# "هناك حاجة لمساعدات عاجلة من المانحين" is a call on a generic class of donors: a claim, no REQUEST (README sessions
# 24–25). Claims of the two organisations together (one speaker list, as README's joint statements): أكدت (said on
# Thursday; the need for urgent aid: warn), "كتبت المنظمتان" (assert), and "وفق البيان", its sentence's only
# attribution (README: a claim with the phrase as cue; assert); the FAO official Dominique Burgeon's قال (other).
i = 'snn-2015-07-24-1447'
t = news_text(i)
FAO_WFP = ["FAO", "فاو", "الفاو", "منظمة الامم المتحدة للاغذية والزراعة", "World Food Programme", "WFP",
           "برنامج الاغذية العالمي", "المنظمتان"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [], "claims": [
    {"speaker": FAO_WFP, "cue": cue(t, "أكدت"), "stance": "warn"},
    {"speaker": FAO_WFP, "cue": cue(t, "كتبت"), "stance": "assert"},
    {"speaker": ["Dominique Burgeon", "دومينيك بورجون", "بورجون", "المسؤول في الفاو", "FAO", "الفاو"],
     "cue": cue(t, "قال"), "stance": "other"},
    {"speaker": FAO_WFP, "cue": cue(t, "وفق البيان"), "stance": "assert"}]})
# --- SaudiNewsNet (Monday 2015-07-27): Fiorentina threatens to take Mohamed Salah's move to Roma to FIFA. Transfers,
# the loan and its clauses, Salah's decision not to stay and Roma's deal with Chelsea are sport business (README
# sessions 11 and 15: transfers, signings and transfer refusals have no event); so are the oral agreement and the
# separate agreement told inside the two sides' statements (decided), and Abbas's talks with Roma. Coded: the threat,
# "تهديدات من جانب فيورنتينا باللجوء إلى ... فيفا" and "فيورنتينا مصمم على اللجوء إلى لجنة التحكيم بالفيفا في حال انضم
# صلاح إلى روما": one THREATEN Fiorentina → Salah (README: an announced legal challenge is THREATEN; the complaint is
# "شكوى صلاح"), undated; and the club's charges that his separate agreement "ليست قانونية" and that "اللاعب تخلف عن
# المهلة المحددة": one ACCUSE Fiorentina → Salah (README: two criticisms of one party are one ACCUSE), undated.
# "يسعى فيورنتينا ... حيث يرغب الحصول على مبلغ مالي ..." is an aim with no call verb: not coded (decided). Claims: La
# Repubblica's ذكرت (an outlet reporting on its own account, README; assert); Sky Sports's "وفقا" (its sentence's only
# attribution; assert); Salah's شدد (assert); Fiorentina's يؤكد (rebutting Salah's agreement: deny) and أوضح (accuse);
# the agent Ramy Abbas's "وفقا" (its sentence's only attribution; assert) and قال (assert).
i = 'snn-2015-07-27-0608'
t = news_text(i)
FIORENTINA = ["Fiorentina", "فيورنتينا"]
SALAH = ["Mohamed Salah", "محمد صلاح", "صلاح", "النجم المصري", "اصلاح"]
ABBAS = ["Ramy Abbas", "رامي عباس", "عباس", "وكيل أعمال اللاعب المصري"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "THREATEN", "source": FIORENTINA, "target": SALAH},
    {"code": "ACCUSE", "source": FIORENTINA, "target": SALAH}], "claims": [
    {"speaker": ["La Repubblica", "لا ريبابليكا"], "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": ["Sky Sports", "سكاي سبورتس", "شبكة سكاي سبورتس"], "cue": cue(t, "وفقا", 1), "stance": "assert"},
    {"speaker": SALAH, "cue": cue(t, "شدد"), "stance": "assert"},
    {"speaker": FIORENTINA, "cue": cue(t, "يؤكد"), "stance": "deny"},
    {"speaker": FIORENTINA, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": ABBAS, "cue": cue(t, "وفقا", 2), "stance": "assert"},
    {"speaker": ABBAS, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- SaudiNewsNet (2015-08-08): a million tourists visit Taif's new Al-Radf park in two weeks. Visitors going to a
# park are no event; "قامت الدوريات المرورية بتحويل حركة سير مركبات مرتادي المتنزه باتجاه واحد مع وضع الحواجز" is
# routine traffic management for the visitors, acting on no party (decided: not COERCE or MOBILIZE, unlike a city
# closing a district or security patrols in README). Claim: "توقعت أمانة الطائف" (assert); the municipality keeps its
# name, its only form (decided).
i = 'snn-2015-08-08-0865'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": ["Taif Municipality", "أمانة الطائف"], "cue": cue(t, "توقعت"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch127.gold.jsonl', recs)
