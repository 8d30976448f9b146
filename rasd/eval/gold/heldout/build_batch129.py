"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 129 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet / Ain Alyoum (Monday 2015-08-03): Wenger refuses to shake Mourinho's hand after the Community
# Shield. "فينجر تجاهل مصافحة مورينيو", re-told as "وهو ما تفاداه آرسين فينجر، حيث تعمد الخروج مسرعًا من الملعب",
# is one snub: REJECT Wenger → Mourinho (batch 43 codes pupils refusing to shake their teacher's hand as REJECT).
# "مورينيو ... توجه لمصافحة جميع لاعبي أرسنال لتهنئتهم بالفوز" is congratulation: SUPPORT Mourinho → the Arsenal
# players (README: congratulating is SUPPORT). "ورد على موقف تجاهل فينجر له بأنه أدار ظهره وقت قدوم فينجر متجاهلاً
# إياه" is Mourinho's own retaliatory snub, a finite act with its doer (decided: a second REJECT, Mourinho → Wenger;
# read as an act, not a reported reply, since the back is turned "وقت قدوم فينجر"). Mourinho's quoted "انتظرت المدرب
# الفائز في مكان لا يُمكنه أبدًا ألا يراني به سوى إن تعمد عدم رؤيتي ... إن رفض أشخاص آخرون مصافحتي، فتلك ليست
# مشكلتي" blames Wenger for a deliberate snub: ACCUSE Mourinho → Wenger (decided: a veiled but plain criticism of
# the one man who did not shake his hand). "منذ أن وصف البرتغالي نظيره الفرنسي بـ"المتخصص في الفشل"" is a historical
# finite insult with its doer: a second ACCUSE Mourinho → Wenger (README: mockery of a named person is ACCUSE;
# historical clauses are coded). "نفى بدوره أن يكون قد تفادى مصافحة مورينيو عن قصد" denies the charge Mourinho's
# statement makes: REJECT Wenger → Mourinho (README: a denial targets those whose statements it contradicts). All
# undated (the match day is not given). Not coded: the "cold war", the match and its result (sport), the English
# protocol (a rule), "تشابكهما بالأيدي خلال الموسم المنقضي" (a noun), "وهو ما لم يتقبله آرسين" (folded into the
# feud). Claims: Mourinho's قال (accuse), his وصف (the quoted insult: accuse, decided: a reporting verb introducing
# quoted words), Wenger's نفى (deny) and وقال ("لقد صافحت مجموعة من الأيدي ... ولا شيء خاص": distinct quoted content,
# deny). Coaches' lists keep only their names (their clubs are actors of their own here).
i = 'snn-2015-08-03-0054'
t = news_text(i)
MOURINHO = ["José Mourinho", "جوزيه مورينيو", "مورينيو", "البرتغالي"]
WENGER = ["Arsène Wenger", "آرسين فينجر", "أرسين فينجر", "فينجر", "آرسين"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REJECT", "source": WENGER, "target": MOURINHO},
    {"code": "SUPPORT", "source": MOURINHO,
     "target": ["Arsenal players", "جميع لاعبي أرسنال", "لاعبي أرسنال", "Arsenal", "أرسنال", "الجانرز"]},
    {"code": "REJECT", "source": MOURINHO, "target": WENGER},
    {"code": "ACCUSE", "source": MOURINHO, "target": WENGER},
    {"code": "ACCUSE", "source": MOURINHO, "target": WENGER},
    {"code": "REJECT", "source": WENGER, "target": MOURINHO}], "claims": [
    {"speaker": MOURINHO, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": MOURINHO, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": WENGER, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": WENGER, "cue": cue(t, "قال", 2), "stance": "deny"}]})
# --- SaudiNewsNet (Saturday 2015-08-08): the penalty clause threatens Ferreira's future at Zamalek. The contract
# talks between Zamalek's board (Mortada Mansour) and coach Ferreira, Ferreira's refusal to renew without a penalty
# clause, Mansour's refusal of the clause, the session they held before the trip and Ferreira's decision to postpone
# his answer are contract business between a club and its coach (README: contracts, transfers and refusals between
# clubs are sport business; batch 61: contract talk is no CONSULT): no events. The team's trip to Congo (أمس الجمعة)
# and the squad list are sport. Claims: none (decided: "رفض ... تجديد تعاقده" and "رفض ... فكرة وضع الشرط الجزائي"
# are moves in the talks with a noun object, no reporting verb introducing a statement; "طلب فيريرا" is a noun;
# "يذكر ان" is the narrator).
i = 'snn-2015-08-08-0445'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": []})
# --- SaudiNewsNet (2015-07-22): the third batch of medical aid from the King Salman Centre reaches Seiyun in
# Hadramawt. "وصلت الدفعة الثالثة من المعونة الطبية ... مقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية" is a
# delivery with its giver named by "مقدمة من": one AID KSRelief → the Yemeni patients and health facilities of
# Hadramawt (the distribution through the Hadramawt emergency committee folded in), undated ("أمس" dates the
# spokesman's statement, not the arrival; README: a conduit's or a statement's day is not the event's). Not coded: the
# general supervisor's oversight (the centre's own work). Claims: spokesman Rafat al-Sabbagh's أوضح (what the batch
# holds: assert), أكد (the oversight: assert) and موضحا (how it will be distributed, decided: a plan told as fact,
# assert). The spokesman lists his centre; the centre lists Saudi Arabia (a state body; المملكة is the text's word).
i = 'snn-2015-07-22-1854'
t = news_text(i)
KSRELIEF = ["King Salman Humanitarian Aid and Relief Centre", "KSRelief", "مركز الملك سلمان للإغاثة والأعمال الإنسانية",
            "مركز الملك سلمان", "المركز"]
SABBAGH = ["Rafat al-Sabbagh", "رأفت الصباغ", "الصباغ", "المتحدث الرسمي للمركز"] + KSRELIEF
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "AID", "source": KSRELIEF + ["Saudi Arabia", "السعودية", "المملكة"],
     "target": ["Yemeni patients in Hadramawt", "الإخوة اليمنيين المرضى", "اليمنيين", "النازحين والجرحى",
                "المستشفيات والمراكز والوحدات الصحية", "جميع المستشفيات والمراكز والوحدات الصحية", "حضرموت",
                "Hadramawt", "سيئون", "Seiyun", "لجنة الطوارئ الطبية", "Yemen"]}], "claims": [
    {"speaker": SABBAGH, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SABBAGH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SABBAGH, "cue": cue(t, "موضحا"), "stance": "assert"}]})
# --- SaudiNewsNet (2015-07-27): Al-Shoulla settle with defender Yahya Kaabi and form an executive council of honorary
# members. The financial settlement (وقعت ادارة الشعلة مخالصة مالية مع المدافع) and his leaving the team are sport
# business between a club and its player (README: contracts and transfers): no event; his possible return to Tabuk and
# Al-Watani is transfer talk. "وقدم شكره وتقديره لادارة النادي على تفهم ظروفه" is thanks with a reason: SUPPORT Kaabi
# → the club management (README batches 109–112: thanks with a reason a SUPPORT and a claim), undated. The council's
# formation (تقرر، passive), its membership and its pledge to sponsor the club's camps are the club's internal
# business (honorary members of the same club): no events. Claims: Kaabi's شكره (the thanks: assert; decided: the
# noun of "قدم شكره" is the cue, as light verbs with a speech noun are cues, README batches 29–30) and اكد (he may
# return to Tabuk: assert); Saleh al-Saghir's أكد (the council will sponsor all camps: promise).
i = 'snn-2015-07-27-0825'
t = news_text(i)
KAABI = ["Yahya Kaabi", "يحيى كعبي", "كعبي", "المدافع يحيى كعبي"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SUPPORT", "source": KAABI,
     "target": ["Al-Shoulla management", "ادارة الشعلة", "ادارة النادي", "الشعلة", "Al-Shoulla"]}], "claims": [
    {"speaker": KAABI, "cue": cue(t, "شكره"), "stance": "assert"},
    {"speaker": KAABI, "cue": cue(t, "اكد"), "stance": "assert"},
    {"speaker": ["Saleh al-Saghir", "صالح الصغير", "أمين هيئة اعضاء الشرف", "هيئة اعضاء الشرف", "هيئة أعضاء الشرف"],
     "cue": cue(t, "أكد"), "stance": "promise"}]})
# --- SaudiNewsNet / Ain Alyoum (2015-07-31): a former head of the Commission for the Promotion of Virtue in Tanomah,
# notary Mohammed al-Sayed, accuses a security man of trying to kill him. "محاولة رجل أمن قتله دهساً بالسيارة قبل عدة
# أيام" is carried on by finite clauses ("الجاني حاول الانتقام منه"، "بعدما حاول قتله"): one ASSAULT security man →
# al-Sayed, undated ("قبل عدة أيام" is no day). "تعرض لمضايقة أثناء سيره بسيارته من قبل رجل الأمن" is the earlier
# attempt ("تلك المحاولة لم تكن الأولى"), a passive with its agent: a second ASSAULT (README: harassment told with its
# doer is ASSAULT; a passive with its agent is coded). "لأنه قبض عليه قبل أكثر من عام في قضية إخلال بالآداب العامة" is
# a historical arrest with its doer: COERCE al-Sayed (then head of the commission's branch) → the security man.
# "الشرطة الآن تحفظت على الجاني" is COERCE police → the security man, undated. His public charge naming the culprit
# (كشف ... عن محاولة رجل أمن قتله) is ACCUSE al-Sayed → the security man (README: the brother naming the culprits is an
# ACCUSE), undated. Not coded: "لم يتم معاقبة رجل الأمن ومحاكمته" (negated, passive), "تم حفظها في قسم الشرطة"
# (passive), and his complaint of the failure to punish (decided: blames no named doer, README: complaints that blame
# no one are claims but no ACCUSE). Claims (Makkah newspaper, "وفقاً لما أوردته صحيفة مكة", is a conduit in a sentence
# already attributed to him): كشف، مؤكداً، أشار (the charges: accuse), أوضح، مشيراً (the failure to punish and deter:
# accuse), أكد (the police have detained the culprit: assert), معتبراً (negligence: accuse).
i = 'snn-2015-07-31-0182'
t = news_text(i)
SAYED = ["Mohammed al-Sayed", "محمد السيد", "السيد", "كاتب العدل"]
SECMAN = ["security man", "رجل أمن", "رجل الأمن", "الجاني"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ASSAULT", "source": SECMAN, "target": SAYED},
    {"code": "ASSAULT", "source": SECMAN, "target": SAYED},
    {"code": "COERCE", "source": SAYED + ["Commission for the Promotion of Virtue and Prevention of Vice",
                                         "هيئة الأمر بالمعروف والنهي عن المنكر"], "target": SECMAN},
    {"code": "COERCE", "source": ["police", "الشرطة"], "target": SECMAN},
    {"code": "ACCUSE", "source": SAYED, "target": SECMAN}], "claims": [
    {"speaker": SAYED, "cue": cue(t, "كشف"), "stance": "accuse"},
    {"speaker": SAYED, "cue": cue(t, "مؤكداً"), "stance": "accuse"},
    {"speaker": SAYED, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": SAYED, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": SAYED, "cue": cue(t, "مشيراً"), "stance": "accuse"},
    {"speaker": SAYED, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": SAYED, "cue": cue(t, "معتبراً"), "stance": "accuse"}]})
# --- SaudiNewsNet (2015-08-08): American instructor Esse Baharmast lectures Saudi referees at their camp in the Czech
# Republic; referees committee member Youssef Mirza praises the camp. The lectures (a training camp the committee
# runs for its own referees) and Mirza's praise of the committee's own camp and its lecturers are the committee's
# internal business (decided, as README's ministry visiting its own project): no events. Claims: Baharmast's أكد
# ("منطقة الجزاء يمكنها قتل الحكم، لذلك يجب عليه التركيز": decided warn, a warning of danger with the advice it
# grounds); Mirza's أشاد (praise: assert) and قال (the quoted praise with its reasons, distinct content: assert).
# "جاء ذلك" is the narrator; "ركز خلالها على مواضيع" introduces topics, not a statement: no claim.
i = 'snn-2015-08-08-0807'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": ["Esse Baharmast", "آيسي بهامز", "بهامز"], "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": ["Youssef Mirza", "يوسف ميرزا", "ميرزا", "لجنة الحكام الرئيسية لكرة القدم", "لجنة الحكام الرئيسية"],
     "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": ["Youssef Mirza", "يوسف ميرزا", "ميرزا", "لجنة الحكام الرئيسية لكرة القدم", "لجنة الحكام الرئيسية"],
     "cue": cue(t, "قال"), "stance": "assert"}]})
# --- SaudiNewsNet / Okaz (2015-07-24): Mareb's resistance moves from defence to attack, says field leader Mohammed
# al-Yousifi. Events, all undated (no day in the interview; "أيام العيد" is a span): "المقاومة انتقلت من الدفاع إلى
# الهجوم وقطع الإمدادات" (the lead's verbal noun re-told as a finite clause), with "نجحنا في توسيع الحزام الأمني"
# and the positions "باتت بأيدي المقاومة" (a state, no capture verb), is one ASSAULT resistance → Houthis (decided:
# the gains folded into the offensive); "قبائل مأرب تستعد لمواجهات قوية" with the tribal deployments is MOBILIZE with
# no target (the clause names none); "النجاحات التي حققتها المقاومة في عدن" is a relative clause with its doer: ASSAULT
# Aden resistance → Houthis (README batches 97–100 code "حققت انتصارات ضد الحوثيين"; decided: the Houthis are the only
# adversary the article names); "حاول الحوثيون طوال أيام العيد الضغط من الجبهة الجنوبية" is ASSAULT Houthis → the
# Mareb resistance; "طيران التحالف الذي يساند ... في تدمير العديد من الإمكانيات والعربات للحوثي" is ASSAULT
# coalition → Houthis; "قوات التحالف التي تسارع بتقديم الدعم ... وتقديم الأسلحة النوعية" is AID coalition → the
# resistance (README: military support AID); "الجيش التابع للشرعية يقوم بدور إيجابي وفعال مع المقاومة الشعبية حيث
# يعمل على التغطية ... والإسناد" is COOPERATE army → resistance; "مشيدا بالدور القوي والفعال لقوات التحالف" is praise:
# SUPPORT al-Yousifi → coalition. Not coded: the Houthi build-up (nouns: الحشد الحوثي، هناك حشد للحوثيين), the calm
# and halted clashes (nouns), the Houthi losses (nouns), the Houthis' followers and the Ashraf as their base (a standing
# presence, README), "متى طلبت المقاومة منها تغطية الهجوم" (decided: a habitual conditional, no instance), the
# coordination (a noun). Claims, all al-Yousifi's ("لـ «عكاظ»" names the outlet, no speaker): أكد، قال، موضحا، أشار
# ×3، مبينا ×3، أضاف، معتبرا، أوضح، مشيدا — all assert (field reports and praise). The resistance forms that hold مأرب
# are kept (decided: the text names these bodies only so, and bare مأرب is no actor of any event here); the Aden
# resistance keeps "المقاومة في عدن", its only form.
i = 'snn-2015-07-24-1981'
t = news_text(i)
YOUSIFI = ["Mohammed al-Yousifi", "محمد اليوسفي", "اليوسفي", "Mareb resistance", "مقاومة مأرب"]
RESIST = ["Mareb resistance", "Popular Resistance", "مقاومة مأرب", "المقاومة", "المقاومة الشعبية"]
HOUTHIS = ["Houthis", "الحوثيين", "الحوثيون", "الحوثي"]
COALITION = ["Saudi-led coalition", "التحالف", "طيران التحالف", "قوات التحالف"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ASSAULT", "source": RESIST, "target": HOUTHIS},
    {"code": "MOBILIZE", "source": ["Mareb tribes", "قبائل مأرب", "الحشود القبلية"], "target": []},
    {"code": "ASSAULT", "source": ["Aden resistance", "المقاومة في عدن"], "target": HOUTHIS},
    {"code": "ASSAULT", "source": HOUTHIS, "target": RESIST},
    {"code": "ASSAULT", "source": COALITION, "target": HOUTHIS},
    {"code": "AID", "source": COALITION, "target": RESIST},
    {"code": "COOPERATE", "source": ["Yemeni army loyal to the legitimate government", "الجيش التابع للشرعية",
                                     "الجيش"], "target": RESIST},
    {"code": "SUPPORT", "source": YOUSIFI, "target": COALITION}], "claims": [
    {"speaker": YOUSIFI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "أشار", 1), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "مبينا", 1), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "مبينا", 2), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "أشار", 2), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "أشار", 3), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "معتبرا"), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "مشيدا"), "stance": "assert"},
    {"speaker": YOUSIFI, "cue": cue(t, "مبينا", 3), "stance": "assert"}]})
# --- Sabq (2015-08-03): the son of a woman accused of sorcery in Maska (Qassim) says his mother is innocent. Events,
# all undated (no day in the text): "وكانت عائلة تقطن مركز مسكة قد اتهمت الوافد بسحرهم" is ACCUSE family →
# expatriate (the lead's "اتهام العائلة للمقيم" is the same charge as a noun); "تم القبض عليه" and "لاتزال الجهات
# المختصة تتحفظ على الوافد" are one COERCE authorities → expatriate (decided: the passive arrest goes to the one
# authority the article names, and the custody carries it on); "الذي حُكم عليه بسنتين ... وجلده ٢٠٠ جلدة" is the
# court's sentence: SANCTION (README: each court's sentence a SANCTION; decided: the passive given to the Al-Rass court
# the article names); "اعترف في بادئ الأمر لكنه سرعان ما غيّر أقواله في محكمة الرس" (re-told in the son's "أقرّ ...
# ثم تراجع عند القاضي") — the retraction in court is a REJECT expatriate → family (README: a not-guilty plea is
# REJECT), the confession a claim with no event (README: a guilty plea). "الجهات المختصة استجوبت والدتي" with
# "التحقيق الذي قامت به جهات الاختصاص" is one ACCUSE authorities → mother (README: questioning a suspect is an
# investigation); "ونفت علاقاتها بالموضوع" her REJECT of the authorities questioning her (decided: the charge was put
# to her in the questioning, no other accuser of hers is named); "تم الإفراج عنها" (twice) one RETREAT authorities →
# mother (README: a release is RETREAT; the passive given to the authorities of the same sentence). The son's lead
# denial (نفى) is a REJECT with no target (the charge against his mother is passive, "اتهمت"، "زُج بوالدتي"; README:
# a denial with no named author targets no one). Not coded: "ضغوطاً مورست عليه" (passive criticism: a claim, no
# event), the mother's praying against whoever wronged her (a prayer, README batches 8–9), the expatriate's work under
# the son's sponsorship. Claims: the son's نفى (deny), قال (deny), أضاف (deny), لفت (the pressure he does not rule out:
# assert), مؤكداً (pressure was exerted: accuse), منوهاً (his mother's piety: assert) and اختتم (the expatriate's good
# record, the law will take its course: assert); the mother's نفت inside his account (README: embedded speech is its
# own claim; deny); the expatriate's اعترف (a confession by an identified suspect: assert; the son's أقرّ re-tells the
# same confession, decided: one claim). The mother's list leaves out المواطنة, which occurs only inside the son's
# "ابن المواطنة".
i = 'snn-2015-08-03-1272'
t = news_text(i)
SON = ["son of the accused woman", "ابن المواطنة", "الابن"]
MOTHER = ["the accused woman", "mother", "والدته", "والدتي"]
EXPAT = ["Sudanese expatriate", "الوافد", "المقيم السوداني", "المدعي عليه"]
FAMILY = ["family", "عائلة", "العائلة", "هذه العائلة"]
AUTH = ["competent authorities", "الجهات المختصة", "جهات الاختصاص", "Saudi authorities"]
COURT = ["Al-Rass court", "محكمة الرس", "القاضي"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ACCUSE", "source": FAMILY, "target": EXPAT},
    {"code": "COERCE", "source": AUTH, "target": EXPAT},
    {"code": "SANCTION", "source": COURT, "target": EXPAT},
    {"code": "REJECT", "source": EXPAT, "target": FAMILY},
    {"code": "ACCUSE", "source": AUTH, "target": MOTHER},
    {"code": "REJECT", "source": MOTHER, "target": AUTH},
    {"code": "RETREAT", "source": AUTH, "target": MOTHER},
    {"code": "REJECT", "source": SON, "target": []}], "claims": [
    {"speaker": SON, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": SON, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": SON, "cue": cue(t, "أضاف"), "stance": "deny"},
    {"speaker": MOTHER, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": SON, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": SON, "cue": cue(t, "مؤكداً"), "stance": "accuse"},
    {"speaker": SON, "cue": cue(t, "منوهاً"), "stance": "assert"},
    {"speaker": SON, "cue": cue(t, "اختتم"), "stance": "assert"},
    {"speaker": EXPAT, "cue": cue(t, "اعترف"), "stance": "assert"}]})
# --- SaudiNewsNet / Reuters (Monday 2015-08-03): IAAF president Lamine Diack calls claims of doping-test negligence
# laughable. The text opens with a clipped "ال" (for قال) — decided: it is the cue of the lead's statement (the only
# word left of the verb; its speaker and content are whole). Diack's denial ("أي تكهنات بان اتحاده أهمل ... تثير
# الضحك"، "هناك مزاعم سيقت لكن دون أدلة") is one REJECT IAAF/Diack → the Times and ARD/WDR, who made the allegations
# in the article (README: a denial targets those whose statements it contradicts), dated 2015-08-03 ("اليوم
# الاثنين"). "قالت صحيفة تايمز البريطانية ومحطة ايه.آر.دي/دابليو.آر.دي الألمانية أمس الأحد إنهما تحصلتا على
# معلومات ... وتزعم أن عدائين ... يشتبه في تعاطيهم للمنشطات فازوا بنحو ثلث الميداليات" is one ACCUSE by both outlets,
# dated 2015-08-02; its target list holds the suspected runners and the federation whose data and tests are in
# question (decided: one list, as README's ultimatum names the government and the hostage in one target list).
# "معلومات سرية ... سربها أحد الأشخاص" is a leak with an indefinite but explicit doer (README: unknown gunmen are an
# explicit doer; emails handed to WikiLeaks are COOPERATE): COOPERATE leaker → the two outlets, undated. "نريد أن
# نبحث هذه المزاعم بجدية" is a vague pledge with no counterpart (no AGREE). Claims: Diack's "ال" (deny) and أضاف
# (deny); the outlets' قالت (accuse). Reuters ("لرويترز"، "لم تستطع رويترز التثبت") is the agency, no speaker.
i = 'snn-2015-08-03-0243'
t = news_text(i)
DIACK = ["Lamine Diack", "لامين دياك", "دياك", "IAAF", "International Association of Athletics Federations",
         "الاتحاد الدولي لألعاب القوى", "الاتحاد الدولي للقوى"]
MEDIA = ["The Times and ARD/WDR", "The Times", "تايمز", "صحيفة تايمز", "ARD", "WDR", "ايه.آر.دي/دابليو.آر.دي",
         "محطة ايه.آر.دي/دابليو.آر.دي"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REJECT", "source": DIACK, "target": MEDIA, "date": "2015-08-03"},
    {"code": "ACCUSE", "source": MEDIA,
     "target": ["endurance runners", "عدائين لسباقات التحمل", "عدائين", "IAAF", "الاتحاد الدولي للقوى",
                "الاتحاد الدولي لألعاب القوى"], "date": "2015-08-02"},
    {"code": "COOPERATE", "source": ["leaker", "أحد الأشخاص"], "target": MEDIA}], "claims": [
    {"speaker": DIACK, "cue": cue(t, "ال"), "stance": "deny"},
    {"speaker": DIACK, "cue": cue(t, "أضاف"), "stance": "deny"},
    {"speaker": MEDIA, "cue": cue(t, "قالت"), "stance": "accuse"}]})
# --- SaudiNewsNet / AFP (Friday 2015-07-24): UN humanitarian chief Stephen O'Brien warns of the "horrific" effects of
# the war in South Sudan. "التقى أوبراين الأربعاء ببعض من اللاجئين المقيمين في قواعد قوات حفظ السلام" is CONSULT
# O'Brien → the refugees, dated 2015-07-22 (the Wednesday before publication); his four-day tour, "تفقده الوضع" and
# the visit to the Juba camp are folded into it (README: a visit and the meeting it holds are one CONSULT; decided:
# the tour names no host). "أقال الرئيس سلفا كير ... نائبه السابق رياك مشار" is a historical dismissal with both
# actors: COERCE Kiir → Machar (decided, as README's board relieving its own administrator is an administrative
# COERCE), undated (month only); "لاتهامه بالتخطيط لانقلاب" is a verbal noun giving the reason (README: no event of
# its own). Not coded: the war, its atrocities and massacres (nouns, no actor), the civilians sheltering in the bases,
# aid workers fighting cholera (a generic class; decided), the refugees' fear. O'Brien's warning names no party: a
# claim only. Claims: O'Brien's حذَّر (warn, 2015-07-23) and "وقال أوبراين" (the war's toll: assert); the UN
# statement's "وفق بيان" (the tour's purpose, the sentence's only attribution: assert), its أشار (rising hunger:
# assert), "وقال البيان" (food insecurity "منذر بالخطر": warn) and موضحاً (the figures: assert); "وفق تقارير الأمم
# المتحدة" (the sentence's only attribution, the death toll: assert). O'Brien's list leaves out the UN (a speaker of
# its own here).
i = 'snn-2015-07-24-1071'
t = news_text(i)
OBRIEN = ["Stephen O'Brien", "ستيفن أوبراين", "أوبراين"]
UN = ["United Nations", "UN", "الأمم المتحدة", "بيان للأمم المتحدة", "البيان"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": OBRIEN,
     "target": ["refugees", "بعض من اللاجئين", "اللاجئين", "مجموعات اللاجئين"], "date": "2015-07-22"},
    {"code": "COERCE", "source": ["Salva Kiir", "سلفا كير", "South Sudan", "جنوب السودان"],
     "target": ["Riek Machar", "رياك مشار", "مشار"]}], "claims": [
    {"speaker": OBRIEN, "cue": cue(t, "\u062d\u0630\u0651\u064e\u0631"), "stance": "warn"},
    {"speaker": UN, "cue": cue(t, "وفق", 1), "stance": "assert"},
    {"speaker": UN, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": UN, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": UN, "cue": cue(t, "موضحاً"), "stance": "assert"},
    {"speaker": OBRIEN, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": UN, "cue": cue(t, "وفق", 2), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch129.gold.jsonl', recs)
