"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 115 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: the summer heat draws more visitors to the springs of al-Ahsa; residents ask for better services.
# Swimming, visiting springs and the irrigation authority's supervision of them (هيئة الري والصرف الإشراف, its own
# routine work) are no PLOVER events. Khalid al-Hassan's "هناك جهودا كبيرة تبذلها الجهات المسؤولة" praises unnamed
# bodies in passing: an observation, no SUPPORT (decided; README session 30: a remark on a party's work is an
# observation). "ويتمنى المواطنون رفع مستوى الخدمات" is a bare group's wish with no addressee: no REQUEST and no claim
# (decided; a bare group's expectation makes no claim, README session 15); "واعتبر البعض" is indefinite: no claim.
# Claims, all assert, of the named residents: Hassan al-Bannai's أشار; Khalid al-Hassan's ذكر, the two يقول (two
# different contents: the many springs, then why people go) and أضاف; Ghaleb Bouhassan's يرى (batches 51 and 92 take
# يرى as a cue); Maher al-Ali's قال and مؤكداً (a different content: he goes there often).
i = 'snn-2015-08-10-0763'
t = news_text(i)
BANNAI = ["Hassan al-Bannai", "حسن البناي", "البناي"]
HASSAN = ["Khalid al-Hassan", "خالد الحسن"]
BOUHASSAN = ["Ghaleb Bouhassan", "غالب بوحسن", "بوحسن"]
ALI = ["Maher al-Ali", "ماهر العلي"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": BANNAI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": HASSAN, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": HASSAN, "cue": cue(t, "يقول", 1), "stance": "assert"},
    {"speaker": HASSAN, "cue": cue(t, "يقول", 2), "stance": "assert"},
    {"speaker": HASSAN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": BOUHASSAN, "cue": cue(t, "يرى"), "stance": "assert"},
    {"speaker": ALI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": ALI, "cue": cue(t, "مؤكداً"), "stance": "assert"}]})
# --- SaudiNewsNet / Okaz: Abdullah al-Hawwas complains that a government hospital caused the death of his twins. "تقدم
# ... بشكوى للشؤون الصحية في القصيم، ضد مستشفى حكومي بدعوى إهمال كوادره الطبية" is a citizen's complaint with its
# doer: ACCUSE al-Hawwas → the hospital (README batches 89–92, batch 102's father), undated (no day); his account of
# the delivery (أكد، قال) re-tells the same grievance. The headline (الحواس يتهم) is outside the text. The spokesman's
# "رافضا نشر تفاصيل ملف المريضة" declines to disclose a file to the paper: not coded (decided, as "declined to
# comment", GUIDELINES), but it states a reason, so a claim (stance deny: a claim announcing a refusal, README session
# 23). Okaz putting the matter to the spokesman (طرحت (عكاظ) الموضوع) is the outlet itself: no event, no claim. The
# stillbirth, the staff's search and the doctor's efforts are no events between actors. Claims: al-Hawwas's بدعوى
# (the complaint's charge, as batch 75 takes بدعوى: accuse), مشيرا (no effective care at any visit: accuse), أكد (the
# unfit room and the lost twin: accuse) and قال (no explanation: assert); al-Balhan's رد (a citizen may file a formal
# complaint: other, a recommendation) and رافضا (deny).
i = 'snn-2015-08-04-1257'
t = news_text(i)
HAWWAS = ["Abdullah bin Ali al-Hawwas", "عبدالله بن علي الحواس", "الحواس"]
HOSPITAL = ["government hospital in Qassim", "مستشفى حكومي", "المستشفى"]
BALHAN = ["Ahmed al-Balhan", "أحمد البلهان", "البلهان", "Qassim Health Affairs", "صحة القصيم",
          "الشؤون الصحية في القصيم", "مديرية الشؤون الصحية"]
recs.append({"id": i, "text": t, "published": "2015-08-04", "events": [
    {"code": "ACCUSE", "source": HAWWAS, "target": HOSPITAL}], "claims": [
    {"speaker": HAWWAS, "cue": cue(t, "بدعوى"), "stance": "accuse"},
    {"speaker": HAWWAS, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": HAWWAS, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": HAWWAS, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": BALHAN, "cue": cue(t, "رد"), "stance": "other"},
    {"speaker": BALHAN, "cue": cue(t, "رافضا"), "stance": "deny"}]})
# --- SaudiNewsNet / Okaz: two European Gulf experts say Federica Mogherini's coming visit to the Kingdom shows its
# pivotal role. "موغيريني حين قررت التوجه إلى المملكة في إطار جولة خليجية" (with "زيارة موغيريني إلى الخليج والتي
# تبدأها بالرياض", a relative clause with its doer) is a scheduled visit: one AGREE Mogherini → Saudi Arabia (README:
# scheduled visits are one AGREE per destination; historical or planned clauses inside a statement are coded when
# their doer is named), undated. Her later visit to Tehran is told only as a noun (زيارة تستبق زيارة موغيريني إلى
# طهران): not coded (a future meeting told as a noun, README session 23); "إذا كانت موغيريني آتية" is conditional. The
# experts' praise of the Kingdom's role is analysts' assessment, no act of endorsement: no SUPPORT (decided). Her
# keenness to develop relations and the EU's possible offers are attitudes, not acts. Claims, all assert: "نوه خبيران
# أوروبيان" and "لافتين" by both experts (named in the next sentences: one speaker list, README session 23's anonymous
# official named next); Baumgarten's قال (twice; "باموجاردن" is a misspelling of him) and أفاد; Malliner's أكد and
# قال. Okaz (تصريحاته لـ «عكاظ») is the outlet they spoke to: no claim.
i = 'snn-2015-07-26-1330'
t = news_text(i)
MOGHERINI = ["Federica Mogherini", "فيديريكا موغيريني", "موغيريني", "European Union", "الاتحاد الأوروبي"]
KSA = ["Saudi Arabia", "السعودية", "المملكة", "الرياض", "Riyadh"]
BAUM = ["Peter Baumgarten", "بيتر باومجاردن", "باومجاردن", "باموجاردن"]
MALLINER = ["Manfred Malliner", "مانفريد مالينر", "مالينر"]
EXPERTS = ["two European experts", "خبيران أوروبيان"] + BAUM + MALLINER
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [
    {"code": "AGREE", "source": MOGHERINI, "target": KSA}], "claims": [
    {"speaker": EXPERTS, "cue": cue(t, "نوه"), "stance": "assert"},
    {"speaker": EXPERTS, "cue": cue(t, "لافتين"), "stance": "assert"},
    {"speaker": BAUM, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": BAUM, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": BAUM, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": MALLINER, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MALLINER, "cue": cue(t, "قال", 3), "stance": "assert"}]})
# --- SaudiNewsNet: Tunisia and Russia move towards a strategic partnership agreement; Tunisia's ambassador in Moscow,
# Ali Goutali, spoke to Sputnik on Monday 20 July (2015-07-20). "تعتزم روسيا وتونس التوقيع على اتفاقية شراكة
# استراتيجية" (re-told in "نعمل ... على اتفاقية ... سيتم التوقيع عليها" and "اتفقنا على إقامة شراكة استراتيجية") is
# one reciprocal AGREE with both states in the source and no target (README: "تطلع الجانبان" as the dev gold codes
# Ukraine–Russia). "من المقرر أن تعقد اللجنة المشتركة بين البلدين اجتماعا في موسكو في شهر أكتوبر" is a scheduled
# meeting of the joint commission: a second reciprocal AGREE (README session 10: a passive announcement of a future
# meeting), and "نحن نخطط أيضا لإجراء محادثات سياسية على مستوى وزيري الخارجية" a third (a different planned meeting,
# decided: one AGREE per planned meeting). All three undated (decided: standing plans of both states, not acts of the
# interview's day; October is month only). "ناقشنا ذلك مع وزارة التنمية الاقتصادية والمصرف المركزي" is a finite
# clause with its doer: CONSULT the Tunisian side (the ambassador's "we") → the (Russian) ministry and central bank,
# undated. Not coded: "ندرس"/"تدرسان" (deliberation), "اتفاق روسيا وتونس على تشكيل فريق عمل" (a verbal noun after
# لفت إلى, decided: nominalised), trade figures and the Russian tourists' visits (statistics, no act between actors).
# Claims, all the ambassador's and assert: قال (the agreement soon), قال (the foreign ministers' talks), "إذ قال"
# (the industrial hub; "وبحسب السفير قوطالي" in the same sentence attributes the same content to him, so no second
# claim, GUIDELINES), ذكر and قائلا (the quote adds the talks with the ministry and the bank: two claims), لفت, أشار.
# "ووفقا للمعلومات الاحصائية" is a bare source. The ambassador lists Tunisia; the Russian bodies list Russia.
i = 'snn-2015-07-21-0990'
t = news_text(i)
BOTH = ["Russia", "روسيا", "Tunisia", "تونس", "البلدين", "Tunisia-Russia joint commission", "اللجنة المشتركة"]
GOUTALI = ["Ali Goutali", "علي قوطالي", "قوطالي", "السفير التونسي", "Tunisia", "تونس"]
RU_BODIES = ["Russian Ministry of Economic Development", "وزارة التنمية الاقتصادية", "Central Bank of Russia",
             "المصرف المركزي", "Russia", "روسيا"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "AGREE", "source": BOTH, "target": []},
    {"code": "AGREE", "source": BOTH, "target": []},
    {"code": "AGREE", "source": BOTH, "target": []},
    {"code": "CONSULT", "source": GOUTALI, "target": RU_BODIES}], "claims": [
    {"speaker": GOUTALI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": GOUTALI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": GOUTALI, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": GOUTALI, "cue": cue(t, "ذكر"), "stance": "assert"},
    {"speaker": GOUTALI, "cue": cue(t, "قائلا"), "stance": "assert"},
    {"speaker": GOUTALI, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": GOUTALI, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- SaudiNewsNet: Arsenal and Chelsea meet in the Community Shield today. Matches, titles, the pre-season friendlies
# and Arsenal's signing of Petr Cech from Chelsea are sport and sport business (README sessions 15 and 17: transfers
# and signings are no events); no statement is attributed. Nothing coded.
i = 'snn-2015-08-02-1183'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": []})
# --- Jawhara FM: the Free Patriotic Union (UPL) condemns the string of leaked recordings of ruling-party figures and
# asks for an inquiry. "عبر الإتحاد الوطني الحر في بيان له عن استنكاره من تواتر التسجيلات المسربة لقيادات حزبية
# بارزة ونواب برلمانيين" with "معتبرا أن التصريحات المريبة ... جاءت لتصفية حسابات داخلية" is one condemnation (README:
# several verbs of one condemnation are one ACCUSE); the text names neither the leakers nor the leaders (only "جهة
# سياسية حاكمة"): ACCUSE with no target (decided, README: no target when the text names no doer). "وطالب ... السلطات
# بفتح تحقيق جدي وعاجل ومستقل" is REQUEST → the authorities; "دعا الحزب كافة الفاعلين السياسيين إلى التحلي بروح
# المسؤولية" a REQUEST → political actors (a call on named sectors is a REQUEST to them, README session 27). "لفت ...
# النظر إلى أن مثل هذه التجاوزات تستدعي إجراءات حازمة" states a need with no call verb: no REQUEST (README session 28,
# "يستدعي بلورة مبادرة"). All undated (the statement has no day). Claims, all the UPL's: عبر (accuse; "حسب البيان" in
# the same sentence repeats the speaker, no claim), طالب (other), دعا (other), معتبرا (accuse), لفت (other: a
# recommendation). The UPL lists no bare "الحزب" (the text also uses it for another party).
i = 'ant-JA-localNews-2880-20170315'
t = news_text(i)
UPL = ["Free Patriotic Union", "UPL", "الإتحاد الوطني الحر", "الاتحاد الوطني الحر", "الوطني الحر"]
recs.append({"id": i, "text": t, "published": "2017-03-15", "events": [
    {"code": "ACCUSE", "source": UPL, "target": []},
    {"code": "REQUEST", "source": UPL, "target": ["Tunisian authorities", "السلطات"]},
    {"code": "REQUEST", "source": UPL, "target": ["political actors", "الفاعلين السياسيين", "كافة الفاعلين السياسيين"]}],
    "claims": [
    {"speaker": UPL, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": UPL, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": UPL, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": UPL, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": UPL, "cue": cue(t, "لفت"), "stance": "other"}]})
# --- Jawhara FM (Wednesday 2017-03-15): the Association of Tunisian Judges calls an emergency national council next
# Saturday to weigh further escalation, after the supervising authority (the Ministry of Justice) shut the door to
# dialogue. "قررت جمعية القضاة ... عقد مجلس وطني طارئ ... للنظر في التحركات التصعيدية المقبلة" announces escalation
# against the ministry: THREATEN AMT → Ministry of Justice (decided: the council itself is internal, the announced
# escalation is the threat, as README sessions 4 and 16 take announced protests and strikes; the headline's "تهدد"
# is outside the text), dated by the press conference "اليوم الأربعاء" (2017-03-15; a union's announced protest is
# dated by its statement, README session 25). Karafi's criticism of the ministry (it paid no heed and did not respond
# to demands; the minister's bias and his grip on the Supreme Judicial Council) behind قالت، اعتبرت and أوضحت is one
# ACCUSE AMT → the ministry and minister (README session 12: the judges' criticism behind several verbs is one
# ACCUSE), dated 2017-03-15. Not coded: "غلق سلطة الإشراف، باب الحوار", the strikes held (تنفيذ إضرابات), the
# unsigned appointment orders (عدم الإمضاء) and "طلب من خمسة هياكل قضائية" (all verbal nouns); the minister's
# statement in a parliament session is no meeting (README session 26). Claims: "وفق ما أكدته روضة القرافي" (its
# sentence's only attribution, the whole phrase as cue, README batches 8–9: warn); Karafi's قالت، اعتبرت، أوضحت
# (accuse; "حسب تعبيرها"/"وفق تقديرها" repeat her and add no claim); the minister's "ما صرح به" (embedded speech with
# its content, README session 11: assert).
i = 'ant-JA-localNews-2802-20170315'
t = news_text(i)
AMT = ["Association of Tunisian Judges", "جمعية القضاة التونسين", "جمعية القضاة التونسيين", "جمعية القضاة",
       "الجمعية"]
KARAFI = ["Raoudha Karafi", "روضة القرافي", "القرافي", "رئيسة الجمعية"] + AMT
MOJ = ["Tunisian Ministry of Justice", "وزارة العدل", "سلطة الإشراف", "Minister of Justice", "وزير العدل", "الوزير",
       "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-15", "events": [
    {"code": "THREATEN", "source": KARAFI, "target": MOJ, "date": "2017-03-15"},
    {"code": "ACCUSE", "source": KARAFI, "target": MOJ, "date": "2017-03-15"}], "claims": [
    {"speaker": KARAFI, "cue": cue(t, "وفق ما أكدته"), "stance": "warn"},
    {"speaker": KARAFI, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": KARAFI, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": KARAFI, "cue": cue(t, "أوضحت"), "stance": "accuse"},
    {"speaker": MOJ, "cue": cue(t, "صرح"), "stance": "assert"}]})
# --- Jawhara FM: London, a man suspected of planning a terrorist attack is arrested near Parliament. The arrest is
# told only as a verbal noun with no doer (على خلفية اعتقال شخص): not coded (decided: GUIDELINES leave nominalised
# events uncoded; no passive verb to give to the police). "الشرطة البريطانية أوقفت حركة السيارات قرب مقر رئيسة
# الوزراء" is a security measure with its doer, and the heavy and armed police deployment (انتشارا كثيفا للشرطة،
# انتشار أفراد شرطة مسلحين, nouns) re-tells the same operation: one MOBILIZE British police with no target (decided,
# as README sessions 13–14 and 27 take police deployments and checkpoints), undated (no day in the text). The two
# knives on the ground are no event. Claims: "أفادت وسائل إعلام محلية" (bare media) and "قال شاهد عيان" (a bare
# eyewitness) make none; Reuters's ذكرت and "وأشارت الوكالة" (its own reporting: assert); BBC is where the witness spoke.
i = 'ant-JA-internationalNews-1005-20170427'
t = news_text(i)
REUTERS = ["Reuters", "رويترز", "وكالة رويترز", "الوكالة"]
POLICE = ["British police", "الشرطة البريطانية", "الشرطة", "أفراد شرطة مسلحين", "United Kingdom", "Britain"]
recs.append({"id": i, "text": t, "published": "2017-04-27", "events": [
    {"code": "MOBILIZE", "source": POLICE, "target": []}], "claims": [
    {"speaker": REUTERS, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": REUTERS, "cue": cue(t, "أشارت"), "stance": "assert"}]})
# --- Jawhara FM: a mother, Hanan Ben Zaid, accuses a private clinic in Sousse of a medical error against her daughter
# Taqwa. "اتّهمت المواطنة حنان بن زيد ... إحدى المصحات الخاصة في سوسة بارتكاب خطأ طبي" is ACCUSE Hanan → the clinic,
# undated; "الإطار الطبي الذي اتهمته بالإهمال" (a relative clause) and "تصر الأم على حصول هذا الخطأ مع اتهام المصحة
# الإهمال" re-tell it. Dr Majed Allaya's "لا يمكن الاقرار بحصول خطا طبي دون القيام باجراءات وتحقيقات دقيقة" refuses to
# admit the error pending an inquiry but denies nothing outright: no REJECT (decided: README session 10, REJECT only
# with an explicit denial), a rebuttal claim (deny). "وتدخّل هاتفيا أطباء تونسيون مقيمون بالخارج لمساعدة تقوى" is
# medical care by an indefinite group: not coded (decided, as the clinic's own treatment is no event). The staff's
# reassurances (تطمينات) are a noun; "رجح آخرون" is indefinite: no claim. The doctor's hint at the blood centre's
# blood names no wrongdoing: no ACCUSE. Claims, the mother's: اتّهمت (accuse), مؤكدة (assert; "بحسب تعبيرها" in the
# same sentence repeats her), "بحسب الوالدة" (its sentence's only attribution: accuse), قالت (the vagueness and the
# staff's contradictions: accuse), تصر (accuse); the doctor's: مؤكدا (his diagnosis: assert; شخّص is folded into it,
# decided), أكد (assert), the second مؤكدا (assert), the three قال (assert) and the final أكد (deny). The clinic keeps no
# alias with سوسة (named on its own as a place).
i = 'ant-JA-localNews-135-20170126'
t = news_text(i)
HANAN = ["Hanan Ben Zaid", "حنان بن زيد", "المواطنة حنان بن زيد", "والدة الطفلة", "الوالدة", "الأم",
         "ضيفة بوليتيكا"]
CLINIC = ["private clinic in Sousse", "إحدى المصحات الخاصة", "المصحة الخاصة", "المصحة", "الإطار الطبي بالمصحة",
          "الإطار الطبي"]
ALLAYA = ["Majed Allaya", "ماجد علاّية", "ماجد علاية", "علاّية", "الطبيب ماجد علاّية", "الطبيب ذاته"]
recs.append({"id": i, "text": t, "published": "2017-01-26", "events": [
    {"code": "ACCUSE", "source": HANAN, "target": CLINIC}], "claims": [
    {"speaker": HANAN, "cue": cue(t, "اتّهمت"), "stance": "accuse"},
    {"speaker": HANAN, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": HANAN, "cue": cue(t, "بحسب", 2), "stance": "accuse"},
    {"speaker": HANAN, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": ALLAYA, "cue": cue(t, "مؤكدا", 1), "stance": "assert"},
    {"speaker": ALLAYA, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": ALLAYA, "cue": cue(t, "مؤكدا", 2), "stance": "assert"},
    {"speaker": ALLAYA, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ALLAYA, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": ALLAYA, "cue": cue(t, "قال", 4), "stance": "assert"},
    {"speaker": ALLAYA, "cue": cue(t, "أكد", 2), "stance": "deny"},
    {"speaker": HANAN, "cue": cue(t, "تصر", 2), "stance": "accuse"}]})
# --- Jawhara FM (Friday 2017-04-28): the Defence Ministry reports the rescue of six Tunisian sailors off Ras Nigro
# (Bizerte) and the arrest of five people who slipped in from Libya at Ras Jedir. "جيش البحر وجه زورقين سريعين تم
# بواسطتهما إجلاء 6 من أفراد مركب صيد تونسي جنح فجر اليوم" is a rescue: AID the Navy → the sailors (README: a rescue
# is AID), dated by "فجر اليوم" (2017-04-28); taking them to Tabarka port and the civil protection ambulance carrying
# three to hospital are folded into the same rescue (decided). "سلم أمس الخميس الى الحرس الوطني ... خمسة أشخاص تم
# إيقافهم بعد أن تسللوا" gives a passive arrest to the unit that held and handed them over: COERCE the Navy's forward
# unit → the five (README: a passive arrest goes to the force the text names), undated (decided: Thursday dates the
# handover, not the arrest); the handover between two Tunisian forces is internal, and the infiltration itself is no
# act between actors. Claims, the ministry's: أعلنت، ذكرت (twice) and أضاف البلاغ (assert); "ووفق البلاغ صرح أربعة من
# الموقوفين" makes the bulletin the sentence's attribution (decided: a claim of the ministry with وفق as cue, assert),
# while the anonymous detainees' صرح make no claims (decided, as anonymous smugglers tied to no institution, README
# session 22).
i = 'ant-JA-localNews-3707-20170428'
t = news_text(i)
MOD = ["Tunisian Ministry of National Defence", "وزارة الدفاع الوطني", "الوزارة", "البلاغ", "Tunisia", "تونس"]
NAVY = ["Tunisian Navy", "جيش البحر", "قوات جيش البحر", "العنصر المتقدم لجيش البحر",
        "Tunisian Ministry of National Defence", "وزارة الدفاع الوطني", "Tunisia", "تونس"]
SAILORS = ["six Tunisian sailors", "ستة بحارة", "البحارة", "أفراد مركب صيد تونسي", "مركب صيد تونسي"]
INFILTRATORS = ["five infiltrators from Libya", "خمسة أشخاص", "الموقوفين", "Senegalese and Ivorian nationals"]
recs.append({"id": i, "text": t, "published": "2017-04-28", "events": [
    {"code": "AID", "source": NAVY, "target": SAILORS, "date": "2017-04-28"},
    {"code": "COERCE", "source": NAVY, "target": INFILTRATORS}], "claims": [
    {"speaker": MOD, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "ذكرت", 1), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "ذكرت", 2), "stance": "assert"},
    {"speaker": MOD, "cue": cue(t, "وفق"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch115.gold.jsonl', recs)
