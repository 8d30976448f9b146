"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 125 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Thursday 2015-08-06): Hiroshima marks today the 70th anniversary of the atomic bomb. "أحيت
# هيروشيما ... الذكرى" is a commemoration (mourning: neither event nor claim, README). "لإلقاء الولايات المتحدة قنبلة
# ذرية على المدينة" is a verbal noun telling 1945 background: not coded (GUIDELINES: nominalised background events).
# "وحث عمدة المدينة كازومي ماتسوي قادة العالم على تجديد عزمهم على التخلص من الأسلحة النووية" is a call with its
# addressees: REQUEST Matsui → world leaders, dated by the ceremony held "اليوم" (2015-08-06; he spoke at it). "انضم
# رئيس الوزراء شينزو آبي إلى ماتسوي خلال مراسم" is the host side joining its own ceremony: no event. "وحضر المراسم
# ممثلون من نحو 100 دولة بما في ذلك الولايات المتحدة، حيث أرسلت مسؤولا رفيع المستوى ... للمشاركة" is foreign
# delegations attending a hosted ceremony: one CONSULT, the visitors (the ~100 states, the US among them) as source and
# Hiroshima / Japan as host (decided, README: a hosted conference or condolence visit is CONSULT; the US envoy is
# folded in), dated 2015-08-06 (the ceremony of "اليوم"). "وينظر البرلمان في تشريع" is internal deliberation: not
# coded. Claims: Matsui's حث (other). "بحسب ما ذكرته وكالة كيودو" passes on the sentence's own speaker (a conduit, no
# claim); "بحسب كيودو" after Abe's sentence is that sentence's only attribution: Kyodo's claim with the phrase as cue
# (README batches 8–9), assert (decided: Abe's "تسليط الضوء" is no reporting verb).
i = 'snn-2015-08-06-2665'
t = news_text(i)
MATSUI = ["Kazumi Matsui", "كازومي ماتسوي", "ماتسوي", "Mayor of Hiroshima"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": MATSUI, "target": ["world leaders", "قادة العالم"], "date": "2015-08-06"},
    {"code": "CONSULT", "source": ["United States", "الولايات المتحدة", "representatives of about 100 countries",
                                   "ممثلون من نحو 100 دولة", "ممثلون", "مسؤولا رفيع المستوى"],
     "target": ["Hiroshima", "هيروشيما", "Japan", "اليابان"] + MATSUI, "date": "2015-08-06"}], "claims": [
    {"speaker": MATSUI, "cue": cue(t, "حث"), "stance": "other"},
    {"speaker": ["Kyodo", "كيودو", "وكالة كيودو اليابانية للأنباء", "Kyodo News"], "cue": cue(t, "بحسب كيودو"),
     "stance": "assert"}]})
# --- SaudiNewsNet (Youm7-style release, 2015-08-01): Mohamed Manzour, coordinator of the "Invest in Egypt" initiative,
# says Mohammed bin Salman's presence in Egypt refutes lies about strained Saudi–Egyptian relations. MBS's visit is
# told only as nouns inside the statement ("مشاركة محمد بن سلمان ... فى حفل تخريج"، "تواجد ولي ولي العهد السعودي فى
# مصر"): not coded (nominalised). The continuous contacts between the two states are habitual: not coded. "بعض
# الأطراف تحاول تعكير صفو العلاقات بين البلدين، كحركة حماس ... بالإضافة إلى إيران" blames two named parties in one
# charge: one ACCUSE Manzour → Hamas and Iran (decided: one charge with two examples, one target list). "كحركة حماس
# التى أرسلت رئيس مكتبها السياسى خالد مشعل إلى السعودية" is a relative clause with its doer: a visit, CONSULT Hamas
# (Meshaal) → Saudi Arabia, undated; its purpose "للادعاء بأن" is Manzour's gloss, no claim of Hamas. "إيران التى
# تحاول توسيع نشاطها ... ونشر التشيع" is vague, no PLOVER event (decided). Claims of Manzour: قال (assert), وأضاف
# (assert), وذكر (assert), وأكد (accuse). His list leaves out "مبادرة استثمر فى مصر" (it holds مصر, named on its own).
i = 'snn-2015-08-01-0479'
t = news_text(i)
MANZOUR = ["Mohamed Manzour", "محمد منظور", "منظور"]
HAMAS = ["Hamas", "حماس", "حركة حماس", "Khaled Meshaal", "خالد مشعل"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ACCUSE", "source": MANZOUR, "target": HAMAS + ["Iran", "إيران"]},
    {"code": "CONSULT", "source": HAMAS, "target": ["Saudi Arabia", "السعودية", "المملكة"]}], "claims": [
    {"speaker": MANZOUR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MANZOUR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MANZOUR, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": MANZOUR, "cue": cue(t, "أكد"), "stance": "accuse"}]})
# --- SaudiNewsNet opinion column (2015-07-31), "an invitation to harassment". The columnist is the narrator: no
# claims of his own. "مجلس الشورى يناقش قانون التحرش" is a body's own deliberation, and "بعض الأعضاء ممن رفضوا هذا
# القانون" members refusing a bill in their own council (README: MPs acting within their own parliament are internal):
# not coded. "برروا ذلك بأنه دعوة إلى الاختلاط" reports the members' stated reason: a claim of Shura Council members
# (tied to a named body, GUIDELINES), assert (decided: the content is their reason, not the refusal itself). "وافداً
# أجنبياً لمس خدي فتاة في الإمارات" is harassment by an explicit (indefinite) doer: ASSAULT expatriate → the girl
# (README: harassment with its doer is ASSAULT), undated. "وعوقب بثلاث سنوات وخروج نهائي" is a passive sentence with no
# agent and no authority named: not coded (decided). The rest (the law's absence, the videos, the generation it
# created) names no acting party.
i = 'snn-2015-07-31-2216'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "ASSAULT", "source": ["foreign expatriate", "وافداً أجنبياً", "وافدا أجنبيا"],
     "target": ["girl", "فتاة"]}], "claims": [
    {"speaker": ["Shura Council members", "بعض الأعضاء", "الأعضاء", "مجلس الشورى", "Shura Council"],
     "cue": cue(t, "برروا"), "stance": "assert"}]})
# --- SaudiNewsNet (Wednesday 2015-07-22): IRGC commander Mohammad Ali Jafari voices concern about the nuclear talks'
# outcome. "المفاوضات النووية التي جرت بين بلاده والسداسية الدولية" has the talks (a noun) as subject: background, not
# coded; "الاتفاق الذي توصلت اليه ايران مع الدول الكبرى" is a relative clause with its doer: one reciprocal AGREE
# Iran + the major powers (README: "توصلها مع ... إلى آلية" one reciprocal AGREE), undated. The Security Council's
# planned study of the draft is that body's own deliberation: not coded (decided). "اعلن اللواء جعفري ... بأنه تباحث
# مع رئيس منظمة الطاقة الذرية الايرانية علي اكبر صالحي" is a meeting of two distinct state bodies: CONSULT Jafari →
# Salehi (decided, first-named as source; batches code two ministries of one state acting together), undated (الاحد is
# the day of the announcement, not of the talk); Iran is kept out of both lists so that source and target stay apart.
# "في مواجهة غطرسة النظام الاستكباري والسلطوي" is a phrase inside a hope, naming no party: no ACCUSE (decided).
# Sanaei's "القدرات الدفاعية الايرانية ... لا تقبل المساومة وأن دعمنا للفريق النووي الايراني لا يعني قبولنا بجميع شروط
# الطرف الاخر" refuses the other side's terms and the draft's missile clause: REJECT Sanaei (IRGC) → the other side /
# the Security Council draft, undated; "دعمنا للفريق النووي" is a noun inside the refusal (internal, not coded). "اكد
# العميد سنائي على ضرورة ان لا تمهد المفاوضات النووية الى تدخل الغرب" is a call with no addressee: REQUEST with no
# target (README: "أكد ... ضرورة" is a call). "حسب الاعلام الايراني" is bare media: a conduit, no claim. Claims:
# Jafari's عبر (concern naming no party: assert), اعلن (assert), the first قال (assert), اعرب (a hope under a reporting
# verb: assert); Sanaei's اشار (assert), the second قال (the refusal: deny), اكد (a call: other).
i = 'snn-2015-07-22-0980'
t = news_text(i)
JAFARI = ["Mohammad Ali Jafari", "محمد علی جعفري", "محمد علي جعفري", "جعفري", "اللواء جعفري",
          "القائد العام لقوات الحرس الثوري الايراني", "IRGC", "الحرس الثوري"]
SANAEI = ["Rasoul Sanaei", "رسول سنائي", "سنائي", "العميد سنائي", "رئيس الدائرة السياسية في الحرس الثوري", "IRGC",
          "الحرس الثوري", "Iran", "ايران"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "AGREE", "source": ["Iran", "ايران", "بلاده", "major powers", "الدول الكبرى", "P5+1", "السداسية الدولية"],
     "target": []},
    {"code": "CONSULT", "source": JAFARI,
     "target": ["Ali Akbar Salehi", "علي اكبر صالحي", "صالحي", "Atomic Energy Organization of Iran",
                "منظمة الطاقة الذرية الايرانية"]},
    {"code": "REJECT", "source": SANAEI,
     "target": ["P5+1", "السداسية الدولية", "الدول الكبرى", "الطرف الاخر", "UN Security Council", "مجلس الامن الدولي",
                "مجلس الامن"]},
    {"code": "REQUEST", "source": SANAEI, "target": []}], "claims": [
    {"speaker": JAFARI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": JAFARI, "cue": cue(t, "اعلن"), "stance": "assert"},
    {"speaker": JAFARI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": JAFARI, "cue": cue(t, "اعرب"), "stance": "assert"},
    {"speaker": SANAEI, "cue": cue(t, "اشار"), "stance": "assert"},
    {"speaker": SANAEI, "cue": cue(t, "قال", 2), "stance": "deny"},
    {"speaker": SANAEI, "cue": cue(t, "اكد"), "stance": "other"}]})
# --- Al-Weeam (2015-08-01): coalition jets hit an ISIS military parade in a market of Hawija, 50 dead and wounded.
# "استهدفت مقاتلات التحالف الدولي استعراضا عسكريا لتنظيم داعش" is ASSAULT coalition → ISIS; the hospital source's
# shrapnel hitting onlookers and "غارات مكثفة للتحالف الدولي استهدفت مواقع وتحركات داعش" over the past three days tell
# the same campaign: one ASSAULT (README: a campaign summary and the strike it introduces one ASSAULT), the onlookers in
# the target, undated (no day; the three days are a span). "نشب نزاع بين أفراد إحدى العشائر العربية ... مع عدد من
# عناصر تنظيم داعش" and "الاقتتال بين الطرفين" tell the clash only as nouns: not coded (decided, as batch 108 leaves
# "تبادلاً لإطلاق النار وقع بين مسلحين" uncoded). Claims: "وأفاد مصدر بمستشفى الحويجة" (a source tied to a named
# hospital, GUIDELINES), assert; the PMF media official Ali al-Husseini's two قال (assert); Radio Sawa is the conduit
# he spoke to. The closing "رابط الخبر بصحيفة الوئام" line is a byline. Aliases holding الحويجة or صلاح الدين (places
# named on their own) are left out.
i = 'snn-2015-08-01-0919'
t = news_text(i)
HUSSEINI = ["Ali al-Husseini", "علي الحسيني", "الحسيني", "Popular Mobilization Forces", "الحشد الشعبي"]
recs.append({"id": i, "text": t, "published": "2015-08-01", "events": [
    {"code": "ASSAULT", "source": ["International coalition", "التحالف الدولي", "مقاتلات التحالف الدولي", "التحالف",
                                   "مقاتلات التحالف"],
     "target": ["ISIS", "داعش", "تنظيم داعش", "التنظيم", "onlookers", "المتجمهرين"]}], "claims": [
    {"speaker": ["Hawija hospital source", "مصدر"], "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": HUSSEINI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": HUSSEINI, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Jawhara FM (2017-02-23): African football federation presidents ask FIFA's Infantino for double the continent's
# World Cup places. "طالب رؤساء الاتحادات الافريقية لكرة القدم ... برئيس الفيفا جياني إنفانتينو بمضاعفة عدد مقاعد
# القارة" is a demand on Infantino: REQUEST presidents (CAF) → Infantino / FIFA, undated (no day). "خلال قمة في
# جوهانسبرغ جمعتهم برئيس الفيفا" is the meeting itself (a summit bringing named attendees together): one reciprocal
# CONSULT, both sides in the source (decided, README: a meeting of two parties is one reciprocal CONSULT), undated.
# "ويطمح الإتحاد الإفريقي بالحصول على عشرة مقاعد" restates the same demand with an aspiration verb: no new event and
# no claim (decided: يطمح introduces no statement). "تمت المصادقة على خطط إنفانتينو" is passive with no agent, "اتخاذ
# قرار" a noun: not coded; Europe's "تتطلع" and the expectations (من المتوقع، يتوقع) are the narrator's: no claims.
# Claim: طالب (other).
i = 'ant-JA-sport-495-20170223'
t = news_text(i)
AFRICAN_FA = ["African football federation presidents", "رؤساء الاتحادات الافريقية لكرة القدم",
              "رؤساء الاتحادات الافريقية", "الاتحادات الافريقية لكرة القدم", "CAF", "Confederation of African Football",
              "الإتحاد الإفريقي"]
INFANTINO = ["Gianni Infantino", "جياني إنفانتينو", "إنفانتينو", "FIFA", "الفيفا"]
recs.append({"id": i, "text": t, "published": "2017-02-23", "events": [
    {"code": "REQUEST", "source": AFRICAN_FA, "target": INFANTINO},
    {"code": "CONSULT", "source": AFRICAN_FA + INFANTINO, "target": []}], "claims": [
    {"speaker": AFRICAN_FA, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- Jawhara FM (Monday 2017-01-02): the Kelibia maritime guard arrests two men landing by speedboat from Italy.
# "تمكن أعوان فرقة الحرس البحري بقليبية فجر اليوم الإثنين من إلقاء القبض على شخصين" is COERCE guard → the two men,
# dated 2017-01-02. "وقد تم إطلاق النار على الشخصين أثناء محاولتهما الفرار فتمت إصابة احدهما" is passive fire during
# that arrest, given to the one force the article names (README: passive force reported of a named unit is its act):
# ASSAULT guard → the two men, 2017-01-02. "والثاني قام بتسليم نفسه" is a surrender: RETREAT the second man → the
# guard (README: a surrender is RETREAT), 2017-01-02. "فتم التفطن اليهم و ايقافهم بمنزل حر" and "فتم ايقافهم على ذمة
# التحقيق" are a passive arrest of other people at another place: a second COERCE, given to the same guard (decided,
# README: a passive arrest goes to the only force the article names), undated (no day given for it). The smuggling and
# the help with crossing the border are crimes, not coded. "حسب ما أكده مصدر أمني" is a bare security source: no
# claim. No claims.
i = 'ant-JA-localNews-510-02012017'
t = news_text(i)
GUARD = ["Kelibia maritime guard", "أعوان فرقة الحرس البحري بقليبية", "فرقة الحرس البحري بقليبية",
         "فرقة الحرس البحري", "الحرس البحري", "Tunisian maritime guard"]
TWO_MEN = ["two smugglers", "شخصين", "الشخصين", "هذين الشخصين"]
recs.append({"id": i, "text": t, "published": "2017-01-02", "events": [
    {"code": "COERCE", "source": GUARD, "target": TWO_MEN, "date": "2017-01-02"},
    {"code": "ASSAULT", "source": GUARD, "target": TWO_MEN + ["احدهما"], "date": "2017-01-02"},
    {"code": "RETREAT", "source": ["second smuggler", "الثاني"] + TWO_MEN, "target": GUARD, "date": "2017-01-02"},
    {"code": "COERCE", "source": GUARD,
     "target": ["would-be migrants", "اشخاص اخرين", "الموقوفين", "أشخاص آخرين"]}], "claims": []})
# --- Jawhara FM (Tuesday 2017-05-09): Popular Front leader Jilani Hammami calls President Caid Essebsi's speech due
# "غدا الاربعاء" (2017-05-10) a premature election campaign. "الخطاب ... بمثابة الحملة الانتخابية السابقة لأوانها",
# the speech's hidden aims and "رئاسة الجمهورية تتحمل المسؤولية الكبرى في فشل منظومة الحكم" are criticism of one
# target across the statement: one ACCUSE Hammami (Popular Front) → Essebsi / the Presidency (README: several verbs of
# one criticism are one ACCUSE), undated (the statement has no day). "الجبهة لا ترى موجبا من المشاركة في الاجتماع"
# declines to attend the president's meeting: REJECT Popular Front → Essebsi (decided, README: skipping a rival's
# event is REJECT), undated (the refusal is told now; only the speech is dated). The speech itself is a future
# address, no meeting of parties: not coded. TAP is the outlet he spoke to (a conduit). Claims: قال (accuse), وأوضح
# (accuse), وأضاف (the refusal with its reason: deny, README: a claim announcing a refusal takes deny).
i = 'ant-JA-politic-433-20170509'
t = news_text(i)
HAMMAMI = ["Jilani Hammami", "الجيلاني الهمامي", "الهمامي", "Popular Front", "الجبهة الشعبية", "الجبهة"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قائد السبسي", "قائد السبسي", "رئيس الجمهورية", "رئاسة الجمهورية",
           "Tunisian Presidency"]
recs.append({"id": i, "text": t, "published": "2017-05-09", "events": [
    {"code": "ACCUSE", "source": HAMMAMI, "target": ESSEBSI},
    {"code": "REJECT", "source": HAMMAMI, "target": ESSEBSI}], "claims": [
    {"speaker": HAMMAMI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": HAMMAMI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": HAMMAMI, "cue": cue(t, "أضاف"), "stance": "deny"}]})
# --- Jawhara FM (Thursday 2016-03-24): after the Brussels attacks Poland refuses to take in migrants under the EU
# programme, Prime Minister Beata Szydlo announced on "الأربعاء 23 مارس 2016". "قررت بولندا رفض استقبال مهاجرين ...
# في إطار برنامج الاتحاد الأوروبي" is REJECT Poland → the EU programme and its migrants, dated by the announcement
# (2016-03-23, a Wednesday); the closing "أول دولة ... تتخذ مثل هذا القرار" restates it. "وكانت الحكومة البولندية
# الحالية قد وافقت ... على استقبال نحو 7 آلاف لاجئ" is a past finite clause with its doer: AGREE Poland → the refugees
# / the EU (decided: accepting the relocation quota), undated. The Brussels attacks ("ما حدث أمس"، "اعتداءات بروكسل
# التي خلفت 31 قتيلا") have no doer: not coded. Claims of Szydlo: "وفق ما أعلنته" (the sentence's only attribution,
# README batches 8–9; a refusal: deny) and "وقالت" (the quoted refusal: deny). The TV channel is unnamed.
i = 'ant-JA-internationalNews-1228-20160324'
t = news_text(i)
SZYDLO = ["Beata Szydlo", "بياتا شيدلو", "شيدلو", "Poland", "بولندا"]
POLAND = ["Poland", "بولندا", "الحكومة البولندية", "Polish government", "Beata Szydlo", "بياتا شيدلو", "شيدلو"]
recs.append({"id": i, "text": t, "published": "2016-03-24", "events": [
    {"code": "REJECT", "source": POLAND,
     "target": ["European Union", "الاتحاد الأوروبي", "migrants", "مهاجرين", "المهاجرين"], "date": "2016-03-23"},
    {"code": "AGREE", "source": POLAND,
     "target": ["refugees", "7 آلاف لاجئ", "لاجئ", "European Union", "الاتحاد الأوروبي"]}], "claims": [
    {"speaker": SZYDLO, "cue": cue(t, "وفق ما أعلنته"), "stance": "deny"},
    {"speaker": SZYDLO, "cue": cue(t, "قالت"), "stance": "deny"}]})
# --- Jawhara FM / Anadolu (Friday 2017-06-09): Tunisia, Algeria and Egypt agree to draw up a list of terrorist
# organisations in Libya, an Algerian diplomatic source says (tied to a named state: a speaker, GUIDELINES). "دول تونس
# والجزائر ومصر اتفقوا على إعداد قائمة" and the quoted "وزراء خارجية الدول الثلاث ... اتفقوا على تحديد قائمة" (with
# the noun "الاتفاق على خلق آلية") are one reciprocal AGREE of the three states, undated ("يوم 5 و6 جوان", a span;
# README: an agreement over a span of days is undated). The strikes-or-disarm condition is the agreement's content
# (nouns): no THREATEN of its own (decided). "احتضنت العاصمة الجزائرية يوم الاثنين الماضي اجتماعا لوزراء الخارجية
# التونسي خميس الجهيناوي والمصري سامح شكري والجزائري عبد القادر مساهل" is a hosted meeting: CONSULT Tunisia and Egypt
# (visitors) → Algeria (host), dated by its own "يوم الاثنين الماضي" (2017-06-05; decided: the sentence fixes the
# meeting's day though the source's quote spans 5–6 June). "الضربات التي وجهتها القاهرة قبل أيام لمجموعات شرقي ليبيا"
# is a relative clause with its doer: ASSAULT Egypt → the groups, undated (قبل أيام). Claims: the source's أكّد،
# وأضاف، وأوضح، مشيرا (assert); the embedded "شددت السلطات المصرية على حقها في مكافحة الإرهاب" (README: embedded
# speech is its own claim; assert); the meeting's closing statement "ببيان أكد" (the three ministers' communique,
# assert; no event, decided). Anadolu is the outlet the source spoke to (a conduit). Aliases holding ليبيا (named on
# its own) are left out of the groups' list.
i = 'ant-JA-internationalNews-1107-20170609'
t = news_text(i)
TUNISIA = ["Tunisia", "تونس", "Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي"]
EGYPT = ["Egypt", "مصر", "Sameh Shoukry", "سامح شكري", "شكري"]
ALGERIA = ["Algeria", "الجزائر", "Abdelkader Messahel", "عبد القادر مساهل", "مساهل", "العاصمة الجزائرية"]
SOURCE = ["Algerian diplomatic source", "مصدر دبلوماسي جزائري", "المصدر", "Algeria", "الجزائر"]
recs.append({"id": i, "text": t, "published": "2017-06-09", "events": [
    {"code": "AGREE", "source": TUNISIA + ALGERIA + EGYPT + ["الدول الثلاث", "وزراء خارجية الدول الثلاث"],
     "target": []},
    {"code": "CONSULT", "source": TUNISIA + EGYPT, "target": ALGERIA, "date": "2017-06-05"},
    {"code": "ASSAULT", "source": ["Egypt", "مصر", "القاهرة", "Cairo", "السلطات المصرية", "Egyptian authorities"],
     "target": ["armed groups in eastern Libya", "مجموعات"]}], "claims": [
    {"speaker": SOURCE, "cue": cue(t, "أكّد"), "stance": "assert"},
    {"speaker": SOURCE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SOURCE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": SOURCE, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": ["Egyptian authorities", "السلطات المصرية", "Egypt", "مصر", "القاهرة"], "cue": cue(t, "شددت"),
     "stance": "assert"},
    {"speaker": ["Tunisia–Algeria–Egypt ministerial meeting", "بيان", "اجتماعا لوزراء الخارجية", "وزراء الخارجية"]
     + TUNISIA + ALGERIA + EGYPT, "cue": cue(t, "أكد"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch125.gold.jsonl', recs)
