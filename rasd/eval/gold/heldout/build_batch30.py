"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 30 10` (after batch 29 was written) and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Boeing warns airlines about the 777 after a landing-gear part fell from an Air France plane over Shanghai.
# "أطلقت ... أمس (السبت) تحذيرا لشركات الطيران" in an article the corpus dates Tuesday 21 July: the weekday wins over
# أمس (as batch 14 rules), so Saturday 2015-07-18; "published" stays the corpus date. The warning and the memo that
# lists "الإجراءات الواجب اتخاذها" are one act telling the airlines what to do: REQUEST (as batch 24 codes a warning
# urging a party to act), dated. "نحن نتعاون بشكل وثيق مع عملائنا وقد زودناهم بالإرشادات" is a clause with an
# explicit actor: COOPERATE with the customers, undated. The falling part is an accident (no actor); the plane's
# landing and Boeing's changes to planes still being built are no events. The warning is a statement of Boeing's
# (stance warn), its cue the light verb أطلقت, as batch 27 takes وجه for "ووجه العذاري الدعوة". "بحسب صحيفة"
# is its sentence's only attribution: the paper's claim. AFP (لوكالة الصحافة الفرنسية) is the conduit. The
# spokesman's list holds Boeing; Air France is no actor of an event, and Hong Kong/Shanghai are left out.
i = 'snn-2015-07-21-0102'
t = news_text(i)
BOEING = ["Boeing", "بوينغ", "مجموعة بوينغ", "مجموعة بوينغ الأميركية لصناعة الطائرات", "الشركة"]
VILLIERS = ["Chris Villiers", "كريس فيليرز", "فيليرز", "Boeing spokesman", "المتحدث باسم بوينغ", "المتحدث"] + BOEING
AIRLINES = ["airlines", "شركات الطيران", "شركات الطيران التي تستخدم طراز 777", "customers", "عملائنا"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "REQUEST", "source": BOEING, "target": AIRLINES, "date": "2015-07-18"},
    {"code": "COOPERATE", "source": BOEING, "target": AIRLINES}], "claims": [
    {"speaker": BOEING, "cue": cue(t, "أطلقت"), "stance": "warn"},
    {"speaker": BOEING, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": BOEING, "cue": cue(t, "مشددة"), "stance": "assert"},
    {"speaker": ["South China Morning Post", "Sunday Morning Post", "صنداي مورنينغ بوست"], "cue": cue(t, "بحسب"),
     "stance": "assert"},
    {"speaker": VILLIERS, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": VILLIERS, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": VILLIERS, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": VILLIERS, "cue": cue(t, "لفت"), "stance": "assert"},
    {"speaker": VILLIERS, "cue": cue(t, "مؤكدا"), "stance": "assert"}]})
# --- The Labour Ministry's Makkah branch warns against unlicensed recruitment offices (said today, 2015-08-02).
# The warning to citizens and clients, the urging to use licensed offices (حاثاً) and the call to keep their data
# secret (داعيًا) are one statement's calls to one addressee: one REQUEST (batch 16 codes a statement's calls once
# per mapping; batch 24 codes a warning urging a party to refrain as REQUEST), dated by "أوضح ذلك اليوم". No party is
# criticised by name, so no ACCUSE of the offices. The ministry launching Musaned and the branch equipping its
# offices are internal work. "أوضح ذلك اليوم مدير عام الفرع" attributes the lead's warning to the director: a second
# claim (lead and speaker kept apart, as batch 27 does), stance warn since its content is the warning; "الذي بين أن"
# introduces a distinct statement. The branch list keeps no form holding مكة المكرمة, nor "فرع الوزارة" (inside
# "عملاء فرع الوزارة", the addressees).
i = 'snn-2015-08-02-0225'
t = news_text(i)
OLAYAN = ["Abdullah Al-Olayan", "عبدالله العليان", "العليان", "Ministry of Labour", "وزارة العمل",
          "فرع وزارة العمل", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": OLAYAN,
     "target": ["citizens", "المواطنين", "clients", "العملاء", "جميع العملاء", "الجميع"], "date": "2015-08-02"}],
    "claims": [
    {"speaker": OLAYAN, "cue": cue(t, "حذّر"), "stance": "warn"},
    {"speaker": OLAYAN, "cue": cue(t, "أوضح"), "stance": "warn"},
    {"speaker": OLAYAN, "cue": cue(t, "بين"), "stance": "assert"},
    {"speaker": OLAYAN, "cue": cue(t, "حاثاً"), "stance": "other"},
    {"speaker": OLAYAN, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": OLAYAN, "cue": cue(t, "داعيًا"), "stance": "other"}]})
# --- The Hofuf majlises receive the people of Mubarraz on the third day of Eid al-Fitr. "استقبلت مجالس مدينة الهفوف
# أهالي مدينة المبرز" is a hosted visit: CONSULT, the visitors the source and the hosts the target (GUIDELINES).
# The text fixes the day as "ثالث أيام عيد الفطر" (Eid 1436 began Friday 17 July, so Sunday 2015-07-19); its "أمس"
# against the corpus date (21 July) would give the 20th. Decided: the day the text names wins over أمس, as the
# weekday does in batch 14. "عادة قديمة اتفق عليها الطرفان" is a relative clause with its doer: one reciprocal AGREE
# (both towns' people in the source, no target, as batch 8 codes "تطلع الجانبان"), historical and undated. The
# custom's yearly visits (قيام أبناء المبرز بزيارة) and the first-day crowds are habitual and nominal. No claims
# ("تعتبر مجالس الأحساء" has no speaker). الهفوف and المبرز are named on their own, so no alias holds them.
i = 'snn-2015-07-21-2101'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "CONSULT", "source": ["people of Mubarraz", "أهالي"],
     "target": ["Hofuf majlises", "مجالس", "تلك المجالس", "المجالس"], "date": "2015-07-19"},
    {"code": "AGREE", "source": ["people of Hofuf and Mubarraz", "الطرفان", "أهالي", "أبناء"], "target": []}],
    "claims": []})
# --- Mohammed bin Salman meets Putin in St Petersburg. "خلال لقائه الرئيس الروسي" is the news itself with both
# parties named (as batch 27 codes a nominal that is the story): CONSULT, the visitor the source, undated (the text
# gives no day). King Salman's coming visit to Russia (سيزور) is AGREE (future meeting) with Putin/Russia as target;
# the King's invitation to Putin that MBS delivered (نقل ... الدعوة) a second AGREE, its source the King and his
# messenger; Putin's acceptance (أكد قبوله الدعوة) a third, from Putin. Putin's "روسيا تثمن علاقاتها الودية مع
# السعودية" and MBS's "بلاده تعتبر روسيا شريكا مهماً" are praise: two SUPPORTs. "الاتحاد السوفيتي كان أول دولة
# اعترفت بالمملكة" is a relative clause with its doer: diplomatic recognition (CAMEO 054) is SUPPORT, undated (a
# year only). Putin's earlier invitation (تلبية لدعوة الرئيس الروسي) and his last visit to Riyadh are nominal
# background. The invitation is a claim (stance other, as GUIDELINES class invitations) of the King and MBS together,
# cue نقل; Putin's acceptance is a promise. No King alias is a bare "سلمان"/"Salman", which would match Mohammed bin
# Salman; the byline and the closing tags are no text of the story.
i = 'snn-2015-07-24-0370'
t = news_text(i)
MBS = ["Mohammed bin Salman", "محمد بن سلمان", "الأمير محمد بن سلمان", "ولي ولي العهد", "وزير الدفاع",
       "Saudi Arabia", "السعودية"]
KING = ["King Salman", "Salman bin Abdulaziz", "الملك سلمان بن عبد العزيز", "سلمان بن عبد العزيز",
        "خادم الحرمين الشريفين", "العاهل السعودي", "Saudi Arabia", "السعودية"]
SAUDI_SIDE = KING + MBS[:5] + ["المملكة العربية السعودية"]
PUTIN = ["Vladimir Putin", "فلاديمير بوتين", "بوتين", "الرئيس الروسي", "Russia", "روسيا"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "CONSULT", "source": MBS, "target": PUTIN},
    {"code": "AGREE", "source": KING, "target": PUTIN},
    {"code": "AGREE", "source": KING + MBS[:5], "target": PUTIN},
    {"code": "AGREE", "source": PUTIN, "target": SAUDI_SIDE},
    {"code": "SUPPORT", "source": PUTIN, "target": SAUDI_SIDE},
    {"code": "SUPPORT", "source": MBS, "target": PUTIN},
    {"code": "SUPPORT", "source": ["Soviet Union", "USSR", "الاتحاد السوفيتي"],
     "target": ["Saudi Arabia", "المملكة العربية السعودية", "السعودية"]}], "claims": [
    {"speaker": MBS, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": KING + MBS[:5], "cue": cue(t, "نقل"), "stance": "other"},
    {"speaker": PUTIN, "cue": cue(t, "أكد", 1), "stance": "promise"},
    {"speaker": PUTIN, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": PUTIN, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": MBS, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MBS, "cue": cue(t, "معيدا"), "stance": "assert"}]})
# --- A pot-holed road in Ranyah, and the residents' call for help. The outlet's "رصدت عدسة" is the narrator; "قال عدد
# من سالكي الطريق" is a bare group (no claim), and their words describe the road's decay with no party blamed, so no
# event. The residents of Al-Amlah are tied to a named place, so their statements are claims (as the mourners of
# batch 10 and the traders of batch 16). Their complaint (شكا) with "ظلت شكوانا حبيسة الأدراج دون اهتمام" blames the
# municipality that ignored it: ACCUSE; the complaint they filed months ago ("تقدمنا بشكوى لبلدية") is a separate,
# historical instance of complaining officially (CAMEO 114): a second ACCUSE of the municipality. "طالبوا أمانة
# محافظة الطائف بالتدخل العاجل" is REQUEST. All undated; last week's crash has no actor. رنية and الطائف are named on
# their own, so the municipality and the Amanah keep only "بلدية"/"أمانة".
i = 'snn-2015-07-24-0324'
t = news_text(i)
AMLAH = ["residents of Al-Amlah", "أهالي مركز الأملح", "أهالي"]
MUNICIPALITY = ["municipality", "بلدية"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ACCUSE", "source": AMLAH, "target": MUNICIPALITY},
    {"code": "ACCUSE", "source": AMLAH, "target": MUNICIPALITY},
    {"code": "REQUEST", "source": AMLAH, "target": ["Amanah", "أمانة"]}], "claims": [
    {"speaker": AMLAH, "cue": cue(t, "شكا"), "stance": "accuse"},
    {"speaker": AMLAH, "cue": cue(t, "أضافوا"), "stance": "accuse"},
    {"speaker": AMLAH, "cue": cue(t, "طالبوا"), "stance": "other"}]})
# --- Amine Chermiti assaulted by a fan of his club, Al-Arabi; his agent threatens he may leave. "تعرض ... للاعتداء
# ... من طرف أحد أحباء فريقه" names the doer: one ASSAULT (the closing "قام بالإعتداء عليه" re-tells it), undated.
# The agent's threat that Chermiti may leave the club unless redressed is THREATEN (CAMEO 131, conditional non-force)
# against Al-Arabi; "سيقوم برفع قضية" over the filmed assault is a second, legal threat (as batch 28 codes an intended
# complaint), aimed at the assailant. The threats are made for the player (the title has him threaten), so both
# source lists hold him and his agent; the claims are the agent's. The defeat by Al-Nassr is sport, not an event;
# "يشار إلى أن" is the narrator.
i = 'ant-JA-sport-695-20170307'
t = news_text(i)
CHERMITI = ["Amine Chermiti", "أمين الشرميطي", "الشرميطي"]
AGENT = ["Abdullah Al-Hamdan", "عبد الله الحمدان", "الحمدان", "وكيل أعماله"]
FAN = ["Al-Arabi fan", "أحد أحباء فريقه", "أحد مشجعي فريقه", "مشجعي فريقه"]
recs.append({"id": i, "text": t, "published": "2017-03-07", "events": [
    {"code": "ASSAULT", "source": FAN, "target": CHERMITI},
    {"code": "THREATEN", "source": AGENT + CHERMITI,
     "target": ["Al-Arabi", "العربي الكويتي", "فريق العربي الكويتي", "الفريق الكويتي"]},
    {"code": "THREATEN", "source": AGENT + CHERMITI, "target": FAN}], "claims": [
    {"speaker": AGENT, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": AGENT, "cue": cue(t, "مشيرا"), "stance": "warn"}]})
# --- Medenine police arrest a man posing as a police officer, "مساء امس الثلاثاء" (2015-07-14). The arrest and the
# raid on his home are one COERCE, dated; "وقعت مداهمة منزله وإيقافه" re-tells it passively. His impersonation, his
# stopping cars (a masdar), the theft and the fake tickets he confessed to are crimes of fraud, not PLOVER events (a
# theft is not ASSAULT); the prosecution's permission is nominal and the referral and the past pardon passive. The
# "مصدر أمني" (and "ذات المصدر") is bare: no claim. The arrested man is identified, so his confessions are claims
# (as batches 14, 20, 24): "اعترف" and "كما اعترف" introduce two distinct confessions. مدنين is named on its own.
i = 'ant-JA-society-644-20150715'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-15", "events": [
    {"code": "COERCE", "source": ["Tunisian security agents", "أعوان الأمن", "Tunisia"],
     "target": ["impostor", "شاب", "الموقوف"], "date": "2015-07-14"}], "claims": [
    {"speaker": ["impostor", "الموقوف", "شاب"], "cue": cue(t, "اعترف", 1), "stance": "assert"},
    {"speaker": ["impostor", "الموقوف", "شاب"], "cue": cue(t, "اعترف", 2), "stance": "assert"}]})
# --- The Congress for the Republic party condemns the President's call to decriminalise drug use (statement issued
# yesterday, 2017-02-20). Its condemnation (استنكر), its blaming him (حمَل ... مسؤولية), its "رفضه لدعوة رئيس
# الجمهورية" (condemnation, so ACCUSE, not REJECT) and its disapproval of involving the National Security Council
# are one statement's criticism of one party: one ACCUSE of the President (the text names him only by title; the
# English name is Beji Caid Essebsi). Its calls to civil society and the parties, and to the Assembly, have two
# addressees: two REQUESTs. All dated by the statement. The President's call and his TV statement are the topic of
# the condemnation, nominal: neither event nor claim (decided). "وفق نص البيان" and "بحسب تعبير محرّر البيان"
# repeat their sentence's speaker; TAP (نقلته وكالة الأنباء الرسمية) is the conduit. "وصفه بـ الخطير" is an
# evaluation of its own (as batch 11 counts وصفت): a claim.
i = 'ant-JA-localNews-1570-20170221'
t = news_text(i)
CPR = ["Congress for the Republic", "CPR", "حزب المؤتمر", "حزب المؤتمر من أجل الجمهورية", "الحزب"]
PRESIDENT = ["Tunisian President", "رئيس الجمهورية", "Beji Caid Essebsi", "الباجي قائد السبسي", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-21", "events": [
    {"code": "ACCUSE", "source": CPR, "target": PRESIDENT, "date": "2017-02-20"},
    {"code": "REQUEST", "source": CPR,
     "target": ["civil society and political parties", "كل مكونات المجتمع المدني والأحزاب السياسية",
                "مكونات المجتمع المدني", "المجتمع المدني", "الأحزاب السياسية"], "date": "2017-02-20"},
    {"code": "REQUEST", "source": CPR,
     "target": ["Assembly of the Representatives of the People", "ARP", "مجلس نواب الشعب", "المجلس"],
     "date": "2017-02-20"}], "claims": [
    {"speaker": CPR, "cue": cue(t, "استنكر"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "معتبرا"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "دعا", 1), "stance": "other"},
    {"speaker": CPR, "cue": cue(t, "دعا", 2), "stance": "other"},
    {"speaker": CPR, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "حمَل"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "معبرا"), "stance": "accuse"},
    {"speaker": CPR, "cue": cue(t, "عبر", 2), "stance": "accuse"}]})
# --- Civil society protests before parliament today, Saturday (2016-12-24), against the return of fighters and the
# repentance law. The stand organised "بدعوة من التحالف المواطني" is one PROTEST, the organiser in its source
# (batch 17), no target (its object is a policy), dated. Its purpose "للتعبير عن الرفض القاطع" is the protesters'
# expressed content, a claim like a protest's chants (batches 10, 17), stance deny as batch 28 codes a refusal of a
# plan; it is no event of its own. Two named participants speak: Sghaier (قال، مشيرا، أضاف، اقترح) and Chihi Zine
# (عبّرت، مؤكدة). His proposal of a supervised camp is AGREE with no addressee (proposals, as batch 16), her fear of
# the authorities' "contradictory discourse" criticism: ACCUSE of the authorities (السلطة); both said at the
# protest, so dated by it. "ما اعتبرته" is inside her عبّرت statement (no second claim); his "المعطيات تشير"
# data on returnees is an assertion, and the returnees' involvement and the 2011 amnesty are no coded events. Neither
# participant's list holds "المشاركين"/"المشاركات", which the protesters' own description would share.
i = 'ant-JA-localNews-223-24122016'
t = news_text(i)
PROTESTERS = ["civil society groups", "عدد من مكونات المجتمع المدني", "مكونات المجتمع المدني", "المجتمع المدني",
              "Citizen Alliance", "التحالف المواطني"]
SGHAIER = ["Amira Aleya Sghaier", "عميرة الصغير", "الصغير"]
CHIHI = ["Thouraya Chihi Zine", "ثريا الشيحي الزين", "ثريا الشيحي", "الشيحي"]
recs.append({"id": i, "text": t, "published": "2016-12-24", "events": [
    {"code": "PROTEST", "source": PROTESTERS, "target": [], "date": "2016-12-24"},
    {"code": "AGREE", "source": SGHAIER, "target": [], "date": "2016-12-24"},
    {"code": "ACCUSE", "source": CHIHI, "target": ["Tunisian authorities", "السلطة", "Tunisia"],
     "date": "2016-12-24"}], "claims": [
    {"speaker": PROTESTERS, "cue": cue(t, "للتعبير"), "stance": "deny"},
    {"speaker": SGHAIER, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SGHAIER, "cue": cue(t, "مشيرا"), "stance": "other"},
    {"speaker": SGHAIER, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": SGHAIER, "cue": cue(t, "اقترح"), "stance": "other"},
    {"speaker": CHIHI, "cue": cue(t, "عبّرت"), "stance": "accuse"},
    {"speaker": CHIHI, "cue": cue(t, "مؤكدة"), "stance": "assert"}]})
# --- The Higher Committee for Human Rights condemns attacks on individual freedoms in Ramadan. Its condemnation
# (عبّرت عن إدانتها) and its view that the group deliberately violated others' rights (اعتبرت) are one criticism of
# the groups: one ACCUSE. Its call on the government and the judiciary is REQUEST. "ما قامت به مجموعات خارجة عن
# القانون من محاولة لفرض المراقبة على ضمائر التونسيين" is a relative clause with its doer: imposing restrictions on
# freedoms, COERCE (CAMEO 17), the Tunisians its target; "ما ترتكبه من انتهاكات في حق المواطنين" re-tells it. All
# undated ("خلال شهر رمضان" is a month). The committee is a state body but keeps no "Tunisia", which the government
# it addresses holds.
i = 'ant-JA-localNews-4735-20170602'
t = news_text(i)
HCHR = ["Higher Committee for Human Rights and Fundamental Freedoms", "الهيئة العليا لحقوق الإنسان والحريات الأساسية",
        "هيئة حقوق الإنسان", "الهيئة"]
GROUPS = ["groups outside the law", "مجموعات خارجة عن القانون", "هذه المجموعة", "المجموعة"]
recs.append({"id": i, "text": t, "published": "2017-06-02", "events": [
    {"code": "ACCUSE", "source": HCHR, "target": GROUPS},
    {"code": "REQUEST", "source": HCHR,
     "target": ["Tunisian government", "الحكومة", "judicial authority", "السلطة القضائية", "Tunisia"]},
    {"code": "COERCE", "source": GROUPS, "target": ["Tunisians", "التونسيين", "citizens", "المواطنين"]}], "claims": [
    {"speaker": HCHR, "cue": cue(t, "عبّرت"), "stance": "accuse"},
    {"speaker": HCHR, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": HCHR, "cue": cue(t, "اعتبرت"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch30.gold.jsonl', recs)
