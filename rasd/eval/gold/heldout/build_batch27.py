"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 27 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Saudia refuses full compensation for a disabled man's lost wheelchair, told by his brother to Al-Weeam. The
# closing link line "“الخطوط السعودية” ترفض تعويض معاق" is part of the text, so it is a clause with an explicit
# actor: REJECT (refusing the claim, CAMEO 12), the same act as the passive reply "تم الرد علي ... بالرفض", which
# the text dates (٢٧-٧-٢٠١٥ = 2015-07-27). The family's own refusal of the sum and their letter ("تم رفض التعويض
# وكتابة خطاب") are passive, the apology letter nominal: not coded. "نطالب الخطوط السعودية بشراء الكرسي" is the
# brother's REQUEST. "أوضح ... قائلاً" introduce one statement (cue أوضح). The two brothers share المهنّا, so
# neither list keeps the bare family name; the outlet (لـ"الوئام") is the narrator.
i = 'snn-alweeam-3aeb1e710b4a'
t = news_text(i)
SAUDIA = ["Saudi Arabian Airlines", "Saudia", "الخطوط السعودية", "الخطوط الجويّة السعودية", "الخطوط الجوية السعودية"]
KHALID = ["Khalid al-Muhanna", "خالد المهنّا", "شقيقه"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REJECT", "source": SAUDIA,
     "target": ["Mohammed Abdulkarim al-Muhanna", "محمد عبد الكريم المهنّا", "معاق", "Khalid al-Muhanna",
                "خالد المهنّا"], "date": "2015-07-27"},
    {"code": "REQUEST", "source": KHALID, "target": SAUDIA}], "claims": [
    {"speaker": KHALID, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": KHALID, "cue": cue(t, "قال"), "stance": "other"}]})
# --- Rivlin proposes an Israeli-Palestinian federation. "اقترح" and "عرض ريفيلين رؤيته" are one proposal (AGREE,
# as GUIDELINES map proposals; one claim, stance other), addressed to the Palestinians. His "هذا إرهاب من الداخل"
# about "الإرهاب الذي ترتكبه مجموعات يهودية متطرفة" is criticism: ACCUSE. The Israeli security establishment's
# assessment naming the Duma attackers' group is its accusation (ACCUSE, as an investigation naming the culprit),
# and a claim: the speaker is tied to a named state body, not a bare "مصادر". The group "نفذت في الماضي عددا من
# الاعتداءات الإرهابية" is a relative clause with its doer: one ASSAULT, no target, undated. The Duma arson itself
# is nominal background ("نتيجة إحراق المستوطنين لمنزله"), the death of Saad Dawabsheh no act; Haaretz's report is
# a claim (ذكرت), the group's plan ("لديهم خطة") no event.
i = 'snn-okaz-be8b6b5a538f'
t = news_text(i)
RIVLIN = ["Reuven Rivlin", "رؤوفين ريفيلين", "ريفيلين", "Israel", "إسرائيل"]
JEWISH_EXTREMISTS = ["Jewish extremist group", "مجموعة يهودية أيديولوجية متطرفة", "مجموعات يهودية متطرفة",
                     "هذه المجموعة المتطرفة", "المجموعة المتطرفة"]
SECURITY = ["Israeli security establishment", "جهاز الأمن الإسرائيلي", "Israel", "إسرائيل"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "AGREE", "source": RIVLIN, "target": ["Palestinians", "الفلسطينيين", "Palestine", "فلسطين"]},
    {"code": "ACCUSE", "source": RIVLIN, "target": JEWISH_EXTREMISTS},
    {"code": "ACCUSE", "source": SECURITY, "target": JEWISH_EXTREMISTS},
    {"code": "ASSAULT", "source": JEWISH_EXTREMISTS, "target": []}], "claims": [
    {"speaker": RIVLIN, "cue": cue(t, "اقترح"), "stance": "other"},
    {"speaker": RIVLIN, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": RIVLIN, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": SECURITY, "cue": cue(t, "تشير"), "stance": "accuse"},
    {"speaker": ["Haaretz", "هآرتس", "صحيفة هآرتس"], "cue": cue(t, "ذكرت"), "stance": "assert"}]})
# --- The Saudi Interior Ministry names the Asir mosque suicide bomber. "إقدام شخص انتحاري على تفجير نفسه ... في
# جموع المصلين" is the news itself with its doer named (not background), so one ASSAULT, dated 2015-08-06: the
# earlier announcement "يوم الخميس الموافق 21 / 10 / 1436هـ" reported the blast, which the prayer-time account
# places on that day. Naming the bomber after the investigation is the ministry's ACCUSE (investigation naming the
# culprit), undated (the statement carries no day). The lead's أوضحت and the spokesman's صرح are two cues (the
# summary and the statement), as earlier batches keep a lead and its speaker's statement apart. Aliases holding
# عسير or أبها (places the text names) are left out; prayers for the dead are no claim.
i = 'snn-3alyoum-6cbed691b7c8'
t = news_text(i)
MOI = ["Saudi Interior Ministry", "وزارة الداخلية السعودية", "وزارة الداخلية", "Saudi Arabia", "السعودية"]
BOMBER = ["Yousef bin Sulaiman al-Sulaiman", "يوسف بن سليمان بن عبد الله", "يوسف بن سليمان عبدالله السليمان",
          "الانتحاري", "شخص انتحاري", "منفذ الجريمة الإرهابية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": BOMBER,
     "target": ["worshippers", "المصلين", "جموع المصلين", "Special Emergency Forces", "قوة الطوارئ الخاصة",
                "قوات الطوارئ", "security men", "رجال الأمن"], "date": "2015-08-06"},
    {"code": "ACCUSE", "source": MOI, "target": BOMBER}], "claims": [
    {"speaker": MOI, "cue": cue(t, "أوضحت"), "stance": "accuse"},
    {"speaker": ["Interior Ministry security spokesman", "المتحدث الأمني"] + MOI, "cue": cue(t, "صرح"),
     "stance": "assert"}]})
# --- Saudia's director general condemns the Asir mosque bombing. Condolences (عبر عن خالص تعازيه، رفع أحر
# التعازي) and prayers (سائلاً الله، داعياً الله، نسأل الله) are neither events nor claims. "أكد ... أن تفجير المساجد
# من قبل الجماعات المتطرفة ... نهج منحرف" is one ACCUSE of the extremist groups the text names; the bombing is
# nominal. "وأضاف" (the crime only strengthened our resolve) is an assertion. The headline's يستنكر is outside
# text. Al-Jasser keeps the airline he heads but not the state (he holds no government office).
i = 'snn-alriyadh-076a06d6a2cf'
t = news_text(i)
JASSER = ["Saleh bin Nasser Al-Jasser", "صالح بن ناصر الجاسر", "الجاسر", "Saudi Arabian Airlines",
          "الخطوط الجوية العربية السعودية", "الخطوط الجوية السعودية", "الخطوط السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": JASSER,
     "target": ["extremist groups", "الجماعات المتطرفة", "أصحاب الفكر الضال", "هذه الفئة الباغية المنحرفة"]}],
    "claims": [
    {"speaker": JASSER, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": JASSER, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Bahrain's Information Affairs Authority refutes foreign reports on its press and defends the suspension of
# Al-Wasat. "فندت ... المزاعم" is a rebuttal: REJECT, with no target since the authors are bare groups ("بعض
# وسائل الإعلام الدولية والمنظمات الخارجية"), dated by the statement "أمس" (2015-08-08) that the next sentence
# (كما أكدت في بيان لها أمس) places it in. "تعمل حاليا مع الصحيفة لمساعدتها على ضمان التزامها" is a clause with
# both parties: COOPERATE, undated. The suspension and the warnings are nominal ("إيقاف إصدار الوسط"، "إنذار
# الصحيفة"); "البحرين ستواصل تطوير الأطر المنظمة" is internal policy, not coded, but its cue مشيرة is a pledge.
i = 'snn-alriyadh-4c5dcaf42708'
t = news_text(i)
IAA = ["Information Affairs Authority", "هيئة شؤون الإعلام", "Bahrain", "البحرين", "مملكة البحرين"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REJECT", "source": IAA, "target": [], "date": "2015-08-08"},
    {"code": "COOPERATE", "source": IAA, "target": ["Al-Wasat", "الوسط", "صحيفة الوسط"]}], "claims": [
    {"speaker": IAA, "cue": cue(t, "فندت"), "stance": "deny"},
    {"speaker": IAA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": IAA, "cue": cue(t, "مؤكدةً"), "stance": "assert"},
    {"speaker": IAA, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": IAA, "cue": cue(t, "شددت"), "stance": "assert"},
    {"speaker": IAA, "cue": cue(t, "مشيرة"), "stance": "promise"}]})
# --- The Algerian army arrests three terrorists and three support elements today, Sunday (2017-06-11), with the
# gendarmerie and national security (a compound actor). The lead and the quoted statement tell one operation: one
# COERCE (arrest, and the weapons seized in it), dated. The men's joining terrorist groups in 2007/2008 is no
# PLOVER event. "حسب ما أفاد به بيان لوزارة الدفاع الجزائرية" is its sentence's only attribution: a claim with
# the phrase as cue; "وأبرز تفس المصدر" (sic) a second.
i = 'ant-JA-internationalNews-1120-20170611'
t = news_text(i)
MDN = ["Algerian Ministry of Defence", "وزارة الدفاع الجزائرية", "وزارة الدفاع", "Algeria"]
recs.append({"id": i, "text": t, "published": "2017-06-11", "events": [
    {"code": "COERCE",
     "source": ["Algerian army", "الجيش الجزائري", "وحدات الجيش الجزائري", "الجيش الوطني الشعبي",
                "مفرزة للجيش الوطني الشعبي", "الدرك الوطني", "الأمن الوطني", "الحرس والأمن الوطنيين", "Algeria"],
     "target": ["terrorists", "إرهابيين", "ثلاثة إرهابين", "عناصر دعم", "م. عمر", "القعقاع", "حسان العاصمي",
                "ع. معاذ"], "date": "2017-06-11"}], "claims": [
    {"speaker": MDN, "cue": cue(t, "حسب ما أفاد به"), "stance": "assert"},
    {"speaker": MDN, "cue": cue(t, "أبرز"), "stance": "assert"}]})
# --- Russia approves visa-free entry to its Far East for 18 countries today, Monday 17 April 2017. Easing an entry
# restriction for other states' citizens is CONCEDE (CAMEO 081, ease administrative sanctions), the target the 18
# states the statement lists (one compound actor). "وجاء في بيان نشر على الموقع الرسمي للحكومة الروسية" is a
# statement of a named body: a claim.
i = 'ant-JA-internationalNews-692-20170417'
t = news_text(i)
RU_GOV = ["Russian government", "الحكومة الروسية", "Russia", "روسيا"]
recs.append({"id": i, "text": t, "published": "2017-04-17", "events": [
    {"code": "CONCEDE", "source": RU_GOV,
     "target": ["18 countries", "Algeria", "الجزائر", "البحرين", "بروناي", "الهند", "إيران", "قطر", "الصين",
                "كوريا الشمالية", "الكويت", "المكسيك", "المغرب", "الإمارات العربية المتحدة", "سلطنة عمان",
                "المملكة العربية السعودية", "سنغافورة", "تونس", "Tunisia", "تركيا", "اليابان"],
     "date": "2017-04-17"}], "claims": [
    {"speaker": RU_GOV, "cue": cue(t, "جاء"), "stance": "assert"}]})
# --- Trade minister Ladhari calls on the bakers' chamber to avoid its strike. The lead's call and "ووجه العذاري
# الدعوة مجددا للغرفة، خلال لقاء عقده أمس السبت" are one REQUEST (the communiqué on Saturday's meeting), dated
# 2017-03-04; the two cues stay two claims (distinct contents: avoid the strike, resume dialogue). The meeting
# "لقاء عقده ... مع ... سمير ماجول" is a relative clause with its doer: CONSULT, the minister (who held it, first
# named) as source, no visitor being stated. His readiness for an urgent meeting and his pledge to find solutions
# are one AGREE (future meeting, pledge) to the chamber, undated. The chamber's strike notice "التي أصدرتها الغرفة"
# is an announced strike: THREATEN with no target; its demand is part of it. "بحسب بلاغ أصدرته وزارته" names the
# speaker's own ministry in the same sentence: no second claim. The joint committee "تم تركيزها" is passive.
i = 'ant-JA-localNews-2243-20170305'
t = news_text(i)
LADHARI = ["Zied Ladhari", "زياد العذاري", "العذاري", "Ministry of Trade and Industry", "وزارة التجارة والصناعة",
           "Tunisia"]
CHAMBER = ["National Chamber of Bakery Owners", "الغرفة الوطنية لأصحاب المخابز", "الغرفة الوطنية للمخابز", "الغرفة"]
recs.append({"id": i, "text": t, "published": "2017-03-05", "events": [
    {"code": "REQUEST", "source": LADHARI, "target": CHAMBER, "date": "2017-03-04"},
    {"code": "CONSULT", "source": LADHARI,
     "target": ["Samir Majoul", "سمير ماجول", "ماجول", "UTICA", "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية",
                "الجامعة الوطنية للصناعات الغذائية"], "date": "2017-03-04"},
    {"code": "AGREE", "source": LADHARI, "target": CHAMBER},
    {"code": "THREATEN", "source": CHAMBER, "target": []}], "claims": [
    {"speaker": LADHARI, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": LADHARI, "cue": cue(t, "وجه"), "stance": "other"},
    {"speaker": LADHARI, "cue": cue(t, "عبر"), "stance": "promise"},
    {"speaker": LADHARI, "cue": cue(t, "تعهد"), "stance": "promise"},
    {"speaker": LADHARI, "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- Man arrested after vandalising a mosque in Fort Collins, Colorado. Breaking the centre's windows and door and
# overturning its furniture is destruction of property, ASSAULT by CAMEO2PLOVER (1712), dated Sunday 2017-03-26;
# "يشتبه بأنه ألقى"، "ركل"، "ذكرت الشرطة أنه قلب" re-tell it. "اعتقلت"/"احتجزت ... ووجهت إليه تهمة" are one
# arrest with its charges: COERCE (CAMEO 173, arrest, detain or charge with legal action), undated (Monday dates the
# statement, not the arrest). CAIR's call for a federal investigation and its spokesman's "نحث الولاية وسلطات إنفاذ
# القانون الاتحادية" are one REQUEST. The chief's "لن نتهاون مع أفعال الكراهية" is a warning with no addressee: a
# claim, no event. Aliases holding فورت كولينز or كولورادو are kept only for the police, whose name holds them; the
# centre's and the authorities' lists drop them. "أظهرت لقطات كاميرات المراقبة" has no speaker.
i = 'ant-JA-internationalNews-620-20170328'
t = news_text(i)
POLICE = ["Fort Collins Police Services", "إدارة شرطة فورت كولينز", "شرطة كولورادو", "الشرطة"]
HUTTO = ["John Hutto", "جون هوتو", "هوتو"] + POLICE
GIAQUINTO = ["Joseph Giaquinto", "جوزيف جياكوينتو", "جياكوينتو", "رجلا"]
CAIR = ["Council on American-Islamic Relations", "CAIR", "مجلس العلاقات الأمريكية الإسلامية", "المجلس"]
recs.append({"id": i, "text": t, "published": "2017-03-28", "events": [
    {"code": "ASSAULT", "source": GIAQUINTO,
     "target": ["Fort Collins Islamic Center", "المركز الإسلامي", "مسجد", "دار للعبادة"], "date": "2017-03-26"},
    {"code": "COERCE", "source": POLICE, "target": GIAQUINTO},
    {"code": "REQUEST", "source": CAIR,
     "target": ["state and federal law enforcement", "الولاية", "سلطات إنفاذ القانون الاتحادية"]}], "claims": [
    {"speaker": POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "ذكرت", 1), "stance": "assert"},
    {"speaker": HUTTO, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": HUTTO, "cue": cue(t, "أضاف", 1), "stance": "warn"},
    {"speaker": HUTTO, "cue": cue(t, "أضاف", 2), "stance": "assert"},
    {"speaker": POLICE, "cue": cue(t, "ذكرت", 2), "stance": "assert"},
    {"speaker": CAIR, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": ["CAIR spokesman", "متحدث باسم المجلس"] + CAIR, "cue": cue(t, "قال", 4), "stance": "other"}]})
# --- Iran asks Turkey not to "complicate the situation" in Syria (today, Thursday 2017-01-05). The lead's دعت and
# the closing "ودعا انقرة" are one REQUEST; the spokesman's words on the Turkish officials' "unconstructive
# statements" are ACCUSE of Turkey, and his blaming the armed opposition groups a second ACCUSE; all dated by the
# lead's day. Cavusoglu's accusation of the Syrian regime, Russia and Iran ("حمل أمس الاربعاء", and the lead's
# relative clause "الذي اتهم ايران" re-telling it) is one ACCUSE, dated 2017-01-04, and one claim (cue حمل). "كما
# قال" inside the spokesman's sentence repeats its speaker: no claim. The alleged Turkish support of some groups is
# part of Iran's accusation, not coded apart.
i = 'ant-JA-internationalNews-376-20170105'
t = news_text(i)
IRAN = ["Iran", "ايران", "Iranian Foreign Ministry spokesman", "المتحدث باسم وزارة الخارجية الايرانية",
        "المتحدث باسم الخارجية الايرانية"]
TURKEY = ["Turkey", "تركيا", "Ankara", "انقرة", "Turkish officials", "المسؤولين الاتراك"]
CAVUSOGLU = ["Mevlut Cavusoglu", "مولود تشاوش اوغلو", "تشاوش اوغلو", "Turkey", "تركيا"]
recs.append({"id": i, "text": t, "published": "2017-01-05", "events": [
    {"code": "REQUEST", "source": IRAN, "target": TURKEY, "date": "2017-01-05"},
    {"code": "ACCUSE", "source": IRAN, "target": TURKEY + ["Mevlut Cavusoglu", "مولود تشاوش اوغلو"],
     "date": "2017-01-05"},
    {"code": "ACCUSE", "source": IRAN, "target": ["armed opposition groups", "مجموعات المعارضة المسلحة"],
     "date": "2017-01-05"},
    {"code": "ACCUSE", "source": CAVUSOGLU,
     "target": ["Syrian regime", "النظام السوري", "Russia", "روسيا", "Iran", "ايران"], "date": "2017-01-04"}],
    "claims": [
    {"speaker": IRAN, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": IRAN, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": CAVUSOGLU, "cue": cue(t, "حمل"), "stance": "accuse"},
    {"speaker": IRAN, "cue": cue(t, "اتهم", 2), "stance": "accuse"},
    {"speaker": IRAN, "cue": cue(t, "دعا"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch27.gold.jsonl', recs)
