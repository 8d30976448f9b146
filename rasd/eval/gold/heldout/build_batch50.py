"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 50 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Eqtisadiah: the Saudi Interior Ministry warns citizens against marrying women of unknown identity (statement
# "صدر أمس", 2015-08-05; the lead's أوضحت tells the same statement, so its events carry that day). "على المواطنين
# كافة عدم التعامل مع مجهولي الهوية" and "تود التأكيد على جميع المواطنين بمراعاة ذلك" are one call to one addressee:
# REQUEST (batch 30 codes a warning that tells its addressee to act so). "من يقدم على الزواج من أجنبية بدون إذن مسبق
# سيحال للجهة المختصة لمعاقبته" is a threat of punishment: THREATEN, its target the citizens it addresses (the would-be
# violators are among them). The ministry's finding that some elderly men of the southern border villages married
# irregularly "مع علمهم بمخالفتهم التعليمات والأنظمة" criticises a named group: ACCUSE. Their applications to the
# authorities (تقدموا للجهات المختصة بطلب تصحيح أوضاع زوجاتهم) are a historical clause inside the statement with its
# doer named (session 13's call): REQUEST to the authorities, undated (decided; the marriages themselves and
# "استغلوا فترة التصحيح" are no PLOVER events). Claims: أوضحت، قالت، موضحة, all warn; "لاحظت" is the ministry's
# observation inside أوضحت's statement, no cue of its own.
i = 'snn-2015-08-06-0596'
t = news_text(i)
MOI_SA = ["Saudi Ministry of Interior", "وزارة الداخلية", "الوزارة", "Saudi Arabia"]
CITIZENS = ["citizens", "المواطنين", "المواطنين كافة", "جميع المواطنين"]
ELDERLY = ["elderly men of the southern border villages", "كبار السن", "البعض من كبار السن",
           "كبار السن من سكان قرى المناطق الحدودية الجنوبية"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": MOI_SA, "target": CITIZENS, "date": "2015-08-05"},
    {"code": "ACCUSE", "source": MOI_SA, "target": ELDERLY, "date": "2015-08-05"},
    {"code": "THREATEN", "source": MOI_SA,
     "target": ["citizens who marry a foreigner without permission", "من يقدم على الزواج من أجنبية بدون إذن مسبق"]
     + CITIZENS, "date": "2015-08-05"},
    {"code": "REQUEST", "source": ELDERLY, "target": ["competent authorities", "الجهات المختصة",
                                                      "Saudi authorities"]}], "claims": [
    {"speaker": MOI_SA, "cue": cue(t, "أوضحت"), "stance": "warn"},
    {"speaker": MOI_SA, "cue": cue(t, "قالت"), "stance": "warn"},
    {"speaker": MOI_SA, "cue": cue(t, "موضحة"), "stance": "warn"}]})
# --- Okaz: a man in his twenties dies of a warning shot fired by a road-security patrol in al-Khurma. "طلقة تحذيرية
# أطلقتها دورية لأمن الطرق" is a relative clause with its doer: ASSAULT on the young man; the spokesman's passive
# re-telling (إطلاق طلقات تحذيرية باتجاهه أصابته إحداها, after an earlier volley that missed) is the same chase: one
# ASSAULT, undated. The patrol's suspicion (اشتبه ... بقائد عربة) is no accusation made, the attempted stop and the
# chase are nominal or passive, his resisting and fleeing (قام بمقاومة رجال الأمن والهرب) have no PLOVER class (no
# violence told: decided), and the referral of the case is passive: none coded. Claim: the Makkah police
# spokesman's أوضح (assert); مكة المكرمة is named only inside the police's name, so that alias stays.
i = 'snn-2015-08-06-2975'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "ASSAULT", "source": ["road security patrol", "دورية لأمن الطرق", "دوريات أمن الطرق",
                                   "رجال دوريات أمن الطرق", "أمن الطرق", "رجال الأمن", "Saudi Arabia"],
     "target": ["young man", "شاب في العشرينات من عمره", "قائد عربة", "driver"]}], "claims": [
    {"speaker": ["Ati al-Qurashi", "عاطي القرشي", "القرشي", "Makkah region police spokesman", "Makkah police",
                 "شرطة منطقة مكة المكرمة", "Saudi Arabia"], "cue": cue(t, "أوضح"), "stance": "assert"}]})
# --- Al-Watan: Erdogan condemns yesterday's (2015-07-20) suicide bombing in Suruc. ندد/وصفه and the quoted
# "أنا أندد وألعن ... مرتكبي هذه الوحشية" are one ACCUSE, its target the doer the text names (داعش, batches 6–7),
# undated (the text gives no day for his words). "خلال زيارة إلى الشطر الشمالي من قبرص" is the occasion of his
# remarks: CONSULT Erdogan → Northern Cyprus (batch 25 codes "خلال زيارة لسنغافورة" so), undated; "الذي تحتله تركيا
# منذ 1974" a relative clause with its doer: occupation is COERCE (GUIDELINES), undated. "مسؤولون أتراك" (tied to a
# government) "رجحوا" ISIS did it and Davutoglu "أعلن" the first findings point to ISIS: two attributions by two
# speakers, two ACCUSE (batch 27: a state body naming the attackers' group is ACCUSE). Davutoglu's "داعش يقف وراء
# الاعتداء الانتحاري" is an alleged clause with its doer: ASSAULT ISIS → Suruc, dated 2015-07-20 (أمس). "فجر
# انتحاري نفسه بسيارة مفخخة" in Kobani "بعد دقائق على التفجير في تركيا" is a second attack with an explicit doer:
# ASSAULT on Kobani, same day. "داعش الذي سيطر على مساحات واسعة في العراق وسورية" is ISIS's occupation: COERCE
# (batches 10–14), undated. "يجب إدانة الإرهاب ... داعيا إلى حملة دولية" is one call with no addressee: REQUEST with no
# target. The conditional "إذا ثبتت مسؤولية التنظيم" is not coded. Claims: ندد، وصفه، قال (the quote: accuse),
# رجح، قال (the call: other)، داعيا، أعلن.
i = 'snn-2015-07-21-1426'
t = news_text(i)
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب إردوغان", "إردوغان", "اردوغان", "الرئيس التركي", "Turkey", "تركيا"]
DAVUTOGLU = ["Ahmet Davutoglu", "أحمد داود أوغلو", "داود أوغلو", "رئيس الحكومة التركية", "Turkey", "تركيا"]
TURK_OFFICIALS = ["Turkish officials", "مسؤولون أتراك", "Turkey", "تركيا"]
ISIS = ["ISIS", "Islamic State", "داعش", "التنظيم"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [
    {"code": "ACCUSE", "source": ERDOGAN, "target": ISIS + ["perpetrators", "مرتكبي هذه الوحشية"]},
    {"code": "CONSULT", "source": ERDOGAN, "target": ["Northern Cyprus", "الشطر الشمالي من قبرص"]},
    {"code": "COERCE", "source": ["Turkey", "تركيا"], "target": ["Cyprus", "قبرص", "Northern Cyprus",
                                                                "الشطر الشمالي من قبرص"]},
    {"code": "ACCUSE", "source": TURK_OFFICIALS, "target": ISIS},
    {"code": "ACCUSE", "source": DAVUTOGLU, "target": ISIS},
    {"code": "ASSAULT", "source": ISIS, "target": ["Suruc", "سوروتش", "مدينة سوروتش التركية", "cultural centre in Suruc",
                                                  "مركز ثقافي في سوروتش"], "date": "2015-07-20"},
    {"code": "ASSAULT", "source": ["suicide bomber", "انتحاري"], "target": ["Kobani", "كوباني", "مدينة كوباني السورية"],
     "date": "2015-07-20"},
    {"code": "COERCE", "source": ISIS, "target": ["Iraq", "العراق", "Syria", "سورية"]},
    {"code": "REQUEST", "source": ERDOGAN, "target": []}], "claims": [
    {"speaker": ERDOGAN, "cue": cue(t, "ندد"), "stance": "accuse"},
    {"speaker": ERDOGAN, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 1), "stance": "accuse"},
    {"speaker": TURK_OFFICIALS, "cue": cue(t, "رجح"), "stance": "accuse"},
    {"speaker": ERDOGAN, "cue": cue(t, "قال", 2), "stance": "other"},
    {"speaker": ERDOGAN, "cue": cue(t, "داعيا"), "stance": "other"},
    {"speaker": DAVUTOGLU, "cue": cue(t, "أعلن"), "stance": "accuse"}]})
# --- Al-Jazirah: the Madinah education spokesman on private-school fees. "لا صحة لما يتردد حول ارتفاع أسعار المدارس
# الأهلية" denies a rumour with no author: REJECT with no target (batch 15), undated. "ستتم محاسبة من يتجاوزها" is
# passive and the fees "معتمدة من الوزارة" / "تم اعتماد رسومها من وزارة التعليم" are routine regulation: not coded
# (decided); "لم تستقبل أي شكوى" is negated. "تحدث ... حول ارتفاع رسوم المدارس الأهلية" names a topic, its content
# coming with مشيراً: no claim (batch 25). Claims: مشيراً (the fees are approved and violators will be held to
# account: warn), قال (deny), مؤكداً (assert), the second قال (no complaint received: assert). The caption line
# "البرناوي" is no statement.
i = 'snn-2015-08-02-0539'
t = news_text(i)
BARNAWI = ["Omar al-Barnawi", "عمر البرناوي", "البرناوي", "Madinah education", "تعليم المدينة المنورة",
           "الإدارة العامة للتعليم بمنطقة المدينة المنورة", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REJECT", "source": BARNAWI, "target": []}], "claims": [
    {"speaker": BARNAWI, "cue": cue(t, "مشيراً"), "stance": "warn"},
    {"speaker": BARNAWI, "cue": cue(t, "قال", 1), "stance": "deny"},
    {"speaker": BARNAWI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": BARNAWI, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- Al-Weeam: King Saud Medical City's children's emergency recorded over 1,500 cases of swallowed objects; a
# consultant warns parents. Health advice: no events ("سجّلت طوارئ الأطفال" is a tally, no statement). Claims of Dr
# Musa al-Kharmi: حذر (warn), مبيناً (assert), أوضح (the family's role and what it must do: a recommendation,
# other), مشدداً (other). The closing link line is no text of a speaker.
i = 'snn-2015-07-31-1484'
t = news_text(i)
KHARMI = ["Musa al-Kharmi", "موسى الخرمي", "الخرمي"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [], "claims": [
    {"speaker": KHARMI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": KHARMI, "cue": cue(t, "مبيناً"), "stance": "assert"},
    {"speaker": KHARMI, "cue": cue(t, "أوضح"), "stance": "other"},
    {"speaker": KHARMI, "cue": cue(t, "مشدداً"), "stance": "other"}]})
# --- Jawhara FM: Finance Minister Lamia Zribi denies having said the dinar could fall to 3 per euro (a press meeting
# "اليوم الثلاثاء", 2017-04-25; the lead's نفت is that meeting's denial, so dated with it). The rumour "راج ...
# في العديد من وسائل الاعلام" has no named author: REJECT with no target (batch 15). "الخبراء الاقتصاديين الذين
# انتقدوا تصريحاتها" is a relative clause with its doer: ACCUSE economists → Zribi, undated; they are a bare group,
# so no claim of theirs (session 14's call). Her displeasure at the media campaign and at the economists targeting
# her (عبرت عن امتعاضها) is criticism: ACCUSE Zribi → the economists and the campaign, dated by the meeting
# (decided). "الدعوات إلى إقالتها" have no doer; her radio remarks of 18 April are nominal. Claims: نفت (deny)،
# أوضحت (assert)، مضيفة (deny)، عبرت (accuse)، أكدت (assert)، قالت (assert)، "تابعت قائلة" one statement with
# تابعت as cue (batch 27), deny.
i = 'ant-JA-economy-241-20170425'
t = news_text(i)
ZRIBI = ["Lamia Zribi", "لمياء الزريبي بوجناح", "لمياء الزريبي", "الزريبي", "وزيرة المالية",
         "Tunisian Finance Minister", "Tunisia"]
ECONOMISTS = ["economists", "الخبراء الاقتصاديين", "عدد من الخبراء الاقتصاديين"]
recs.append({"id": i, "text": t, "published": "2017-04-25", "events": [
    {"code": "REJECT", "source": ZRIBI, "target": [], "date": "2017-04-25"},
    {"code": "ACCUSE", "source": ECONOMISTS, "target": ZRIBI},
    {"code": "ACCUSE", "source": ZRIBI, "target": ECONOMISTS + ["media campaign", "الحملة الإعلامية"],
     "date": "2017-04-25"}], "claims": [
    {"speaker": ZRIBI, "cue": cue(t, "نفت"), "stance": "deny"},
    {"speaker": ZRIBI, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": ZRIBI, "cue": cue(t, "مضيفة"), "stance": "deny"},
    {"speaker": ZRIBI, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": ZRIBI, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": ZRIBI, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": ZRIBI, "cue": cue(t, "تابعت"), "stance": "deny"}]})
# --- Jawhara FM: National Security units' campaigns yesterday, 13 March 2017, arrest 1,448 wanted people. "نفذت ...
# وحدات الأمن الوطني ... حملات أمنية أسفرت عن إيقاف" names its doer: one COERCE (arrests) for the whole campaign, its
# other arrests, seizures and fines being its nominal results, dated 2017-03-13. "بحسب بلاغ صادر عن وزارة الداخلية"
# is its sentence's only attribution: the ministry's claim, cue بحسب.
i = 'ant-JA-localNews-2750-20170314'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-03-14", "events": [
    {"code": "COERCE", "source": ["Tunisian National Security units", "وحدات الأمن الوطني", "الأمن الوطني",
                                  "Tunisian Ministry of Interior", "وزارة الداخلية", "Tunisia"],
     "target": ["wanted persons", "1448 شخصا مفتّشا عنهم", "مفتّشا عنهم"], "date": "2017-03-13"}], "claims": [
    {"speaker": ["Tunisian Ministry of Interior", "وزارة الداخلية", "Tunisia"], "cue": cue(t, "بحسب"),
     "stance": "assert"}]})
# --- Jawhara FM: a British study finds losing one's smartphone nearly as stressful as a terror attack. The survey the
# Physiological Society ran "بالتعاون مع" YouGov is a poll, which GUIDELINES leave uncoded, so no COOPERATE (decided);
# "سأل الباحثون المشاركين" is research work. A study's findings are its author's claims (batches 9, 31): "دراسة
# جديدة تقول" and "توصلت الدراسة" (both assert), the society and its scientists in one list.
i = 'ant-JA-diverse-189-20170317'
t = news_text(i)
STUDY = ["Physiological Society", "الجمعية الفسيولوجية", "British scientists", "علماء بريطانيون", "الدراسة",
         "دراسة جديدة", "الباحثون"]
recs.append({"id": i, "text": t, "published": "2017-03-17", "events": [], "claims": [
    {"speaker": STUDY, "cue": cue(t, "تقول"), "stance": "assert"},
    {"speaker": STUDY, "cue": cue(t, "توصلت"), "stance": "assert"}]})
# --- Jawhara FM: hundreds of South Koreans protest today, Tuesday (2016-10-11), at the US embassy in Seoul against
# THAAD. "تظاهر ... أمام السفارة الأمريكية" and "احتشد حوالى 500 ... امام من السفارة الأمريكية" are one PROTEST;
# its target is the US, at whose embassy it is held against the US system (decided; batch 30 leaves a protest at
# parliament against a policy without target), dated; its demand (دعوا للتراجع عن الاتفاق) is no event of its own
# (batches 10–14). "كوريا الجنوبية والولايات المتحدة قد أعلنتا قرارهما ... بنشر وحدة بطارية ثاد" is a joint decision
# on a future deployment: one reciprocal AGREE with both states in the source, no target (batch 8's "تطلع الجانبان"),
# undated (July). Park's "ستعيد النظر فى موقع ثاد" "فى مواجهة المعارضة الشديدة من سكان سيونجون" is an intent answering
# the residents: AGREE Park → the residents, undated (early August). The Defence Ministry's "ستغير موقع الدرع
# الصاروخى" is a stated intent with no addressee: AGREE with no target, dated by its statement (2016-09-30; decided).
# The residents' opposition is nominal. Claims: the protesters' دعوا (other) and their banners' تعبر (their stated
# opposition, as batch 30's للتعبير: deny), the two states' أعلنتا (assert), Park's قال and the ministry's ذكرت
# (promise). "وزارة الدفاع فى سيول" holds سيول, named on its own, so the ministry's list keeps the bare form.
i = 'ant-JA-internationalNews-858-20161011'
t = news_text(i)
PROTESTERS = ["South Korean protesters", "مئات الكوريين الجنوبيين", "الكوريين الجنوبيين", "residents of Seongju"]
SK_US = ["South Korea", "كوريا الجنوبية", "United States", "الولايات المتحدة", "واشنطن"]
PARK = ["Park Geun-hye", "بارك جيون- هى", "بارك جيون-هى", "بارك", "South Korea", "كوريا الجنوبية"]
SK_MOD = ["South Korean Ministry of Defence", "وزارة الدفاع", "South Korea", "كوريا الجنوبية"]
recs.append({"id": i, "text": t, "published": "2016-10-11", "events": [
    {"code": "PROTEST", "source": PROTESTERS,
     "target": ["United States", "الولايات المتحدة", "واشنطن", "US embassy", "السفارة الأمريكية"], "date": "2016-10-11"},
    {"code": "AGREE", "source": SK_US, "target": []},
    {"code": "AGREE", "source": PARK, "target": ["residents of Seongju", "سكان سيونجون"]},
    {"code": "AGREE", "source": SK_MOD, "target": [], "date": "2016-09-30"}], "claims": [
    {"speaker": PROTESTERS, "cue": cue(t, "دعوا"), "stance": "other"},
    {"speaker": PROTESTERS, "cue": cue(t, "تعبر"), "stance": "deny"},
    {"speaker": SK_US, "cue": cue(t, "أعلنتا"), "stance": "assert"},
    {"speaker": PARK, "cue": cue(t, "قال"), "stance": "promise"},
    {"speaker": SK_MOD, "cue": cue(t, "ذكرت"), "stance": "promise"}]})
# --- Jawhara FM: a Libyan delegation of 40 businessmen and municipal members visits Tunisia. The visit, its expected
# meetings in Sfax and Sousse and today's meeting in Sfax (التقى الوفد الليبي برجال اعمال تونسيين) are one CONSULT
# with the visitor as source (batch 45's call), dated by that meeting (today, 2015-08-06). Its aim (تهدف الزيارة إلى
# دعم الاقتصاد التونسي) is nominal. Hussein Jawan's call on Tunisian civil society to sign partnerships with its Libyan
# counterparts (دعا) is REQUEST, undated (the interview has no day). "تحدث ... عن هذه الزيارة التي تضم ..." carries
# content (the delegation's make-up), so it is his claim (assert; batch 10 counts تحدثت), unlike a bare topic
# (batch 25); دعا (other). The delegation's list holds no bare "رجال أعمال", which the Tunisian businessmen share.
i = 'ant-JA-economy-198-20150806'
t = news_text(i)
JAWAN = ["Hussein Jawan", "حسين جوان", "جوان"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "CONSULT", "source": ["Libyan delegation", "وفد ليبي", "الوفد الليبي"],
     "target": ["Tunisia", "تونس", "Tunisian businessmen", "رجال اعمال تونسيين"], "date": "2015-08-06"},
    {"code": "REQUEST", "source": JAWAN,
     "target": ["Tunisian civil society institutions", "مؤسسات المجتمع المدني التونسي"]}], "claims": [
    {"speaker": JAWAN, "cue": cue(t, "تحدث"), "stance": "assert"},
    {"speaker": JAWAN, "cue": cue(t, "دعا"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch50.gold.jsonl', recs)
