"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 18 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- The Buraydah date festival's Friday figures and the tourism branch director's remarks. "وفقا لفريق الإحصاء
# بالمهرجان" names an institutional team of the festival, so it is a claim. The quality team's seizure of 35
# non-conforming cartons is COERCE (CAMEO 1711, confiscate property), on the Friday of the figures (in the same
# sentence, "في حين"). "بذلتا مشكورتين جهوداً" praises the municipality and the organising committee: SUPPORT.
# "يعمل عليها فرع الهيئة بالتعاون مع منظمي رحلات ... وبالتنسيق مع إدارة المهرجان" is COOPERATE with a named doer;
# "كان هناك تواصل مبكر مع الهيئة" and "هناك عمل بالتنسيق مع أمانة المنطقة" have none and are not coded.
i = 'snn-alwatan-9aed7a1754af'
t = news_text(i)
SCTH = ["Saudi Commission for Tourism and National Heritage", "الهيئة العامة للسياحة والتراث الوطني", "فرع الهيئة",
        "الهيئة", "Saudi Arabia"]
MUSHAIQEH = ["Ibrahim Al-Mushaiqeh", "إبراهيم المشيقح", "المشيقح"] + SCTH
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "COERCE", "source": ["festival quality team", "فريق الجودة"], "target": [], "date": "2015-08-07"},
    {"code": "SUPPORT", "source": MUSHAIQEH,
     "target": ["Qassim Municipality", "أمانة منطقة القصيم", "أمانة المنطقة", "organising committee",
                "اللجنة المنظمة للمهرجان", "اللجنة المنظمة"]},
    {"code": "COOPERATE", "source": MUSHAIQEH,
     "target": ["tour operators", "منظمي رحلات سياحية", "festival administration", "إدارة المهرجان"]}], "claims": [
    {"speaker": ["festival statistics team", "فريق الإحصاء بالمهرجان", "فريق الإحصاء"], "cue": cue(t, "وفقا"),
     "stance": "assert"},
    {"speaker": MUSHAIQEH, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MUSHAIQEH, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": MUSHAIQEH, "cue": cue(t, "مضيفاً", 1), "stance": "assert"},
    {"speaker": MUSHAIQEH, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MUSHAIQEH, "cue": cue(t, "مضيفاً", 2), "stance": "assert"},
    {"speaker": MUSHAIQEH, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": MUSHAIQEH, "cue": cue(t, "مضيفاً", 3), "stance": "assert"}]})
# --- Honey-festival delegations tour apiaries, the Baljurashi honey market and the beekeepers' laboratory
# yesterday (the 9th). The first sentence, "شملت الزيارة التي قام بها ..." and "وزار المشاركون" tell one tour: one
# CONSULT (visit), led by the beekeepers' association head, who is among the visitors. What they visited are
# places, so no target; the countries name where the delegations came from, not states acting, so they are not
# aliases. "استمعوا إلى شرح" has no speaker: no claim.
i = 'snn-okaz-9b7261f4efe9'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": ["honey festival participants", "المشاركين", "المشاركون", "foreign delegations",
                                   "الوفود", "أعضاء الوفود", "Ahmed Al-Khazim Al-Ghamdi", "أحمد الخازم الغامدي",
                                   "الغامدي"], "target": [], "date": "2015-08-09"}], "claims": []})
# --- Greece and its creditors resume talks in Athens yesterday, Saturday (8 August): CONSULT, the monitors who
# came to Athens first (alias lists leave out "... الدائنين الدوليين لليونان", which holds Greece). Greece's hope,
# its need for money and the approval the plans require are not acts; Varoufakis disclosing his plan has no
# counterpart. The police "لم تعثر على إشارات" and the specialists "انتهوا ... إلى عدم وجود إشارات" are negated
# findings of a nominalised search (التفتيش), so not coded. "ذكرت الصحافة اليونانية" and "ذكر تقرير إعلامي" are
# bare: no claim. Kathimerini is a named paper (أوضحت), and "استنادا إلى دوائر في الادعاء العام والشرطة" attributes
# the same content to a different, institution-tied speaker, so it is a second claim.
i = 'snn-aawsat-8a2b18cd86de'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "CONSULT", "source": ["international creditors' monitors", "المراقبين", "الدائنين الدوليين", "الدائنين",
                                   "international creditors"],
     "target": ["Greek government", "الحكومة اليونانية", "Greece", "اليونان"], "date": "2015-08-08"}], "claims": [
    {"speaker": ["Kathimerini", "كاثميريني", "صحيفة كاثميريني"], "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": ["Greek prosecution and police sources", "دوائر في الادعاء العام والشرطة", "الادعاء العام",
                 "الشرطة", "Greek police", "الشرطة اليونانية", "Greece", "اليونان"], "cue": cue(t, "استنادا"),
     "stance": "assert"}]})
# --- Jeddah municipal-election signboards. Installing boards and the committee working under the mayor's
# guidance are administration, not events; the media committee head speaks twice. "الجدير بالذكر" is the paper.
i = 'snn-alyaum-5a220277f27b'
t = news_text(i)
BUQAMI = ["Mohammed Obaid Al-Buqami", "محمد عبيد البقمي", "البقمي", "Media Committee", "اللجنة الإعلامية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": BUQAMI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": BUQAMI, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- Ferguson march on Saturday (8 August) before the anniversary of Michael Brown's killing. The march is one
# PROTEST (chants and banner included) led by Brown's father; the evening jump over the police barrier "لمواجهة
# العناصر" is a second act, aimed at the police. Brown's killing (مقتل), the November riots (تظاهرات) and the later
# killings (حوادث) are nominalised; "قررت هيئة اتهام تبرئة الشرطي" (a grand jury clearing the officer) has no
# PLOVER class; tomorrow's gatherings are passive. The chanting marchers are a bare group: no claim. The father's
# aliases avoid "مايكل براون" and "براون", the name of his son, whom the article names on its own.
i = 'snn-alyaum-300e8421d9c0'
t = news_text(i)
FATHER = ["father", "والد", "الوالد"]
MARCHERS = ["protesters", "marchers", "المتظاهرون", "المشاركون", "المشاركين", "مئات الاشخاص"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "PROTEST", "source": MARCHERS + FATHER, "target": [], "date": "2015-08-08"},
    {"code": "PROTEST", "source": MARCHERS, "target": ["police", "الشرطة", "Ferguson police", "العناصر"],
     "date": "2015-08-08"}], "claims": [
    # "يبذل كل ما بوسعه ... وسابذل كل جهد ممكن من اجل اقليتنا": a pledge
    {"speaker": FATHER, "cue": cue(t, "قال"), "stance": "promise"},
    {"speaker": FATHER, "cue": cue(t, "اضاف"), "stance": "assert"}]})
# --- A girl arrested in Monastir on Monday evening 26 December over the killing of a traffic-guard post head:
# COERCE (arrest). "تم اليوم ايقافها" in the source's words is the same arrest, told in the passive. Both statements
# come from a bare "مصدر أمني" ("نفس المصدر"): no claim. The investigations and the killing are nominalised.
i = 'ant-JA-society-247-20161227'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-12-27", "events": [
    {"code": "COERCE", "source": ["nightclub security unit", "فرقة أمن الملاهي", "National Guard", "الحرس الوطني",
                                  "Tunisia", "تونس"],
     "target": ["girl", "فتاة", "الفتاة", "suspect"], "date": "2016-12-26"}], "claims": []})
# --- Education minister Neji Jalloul's surprise visit (today, Friday 2 October) to a Bou Salem school after a
# poisoning. The visit is CONSULT; his threat to close the boarding house (هدد, restated with مشددا) is THREATEN;
# his displeasure with the school's neglect is ACCUSE; "ما اعتبره تقصيرا من نقابة التعليم الثانوي" a second
# ACCUSE, of the union. His talk with teachers is part of the visit. Claims: هدد, عبر, مشددا, قال, and اعتبره,
# whose quoted words are a distinct statement. Jalloul's aliases keep "Tunisia" but not "تونس": the school's name
# "المدرسة الإعدادية طريق تونس" holds it, so a predicted school would match the minister.
i = 'ant-JA-localNews-3073-20151002'
t = news_text(i)
JALLOUL = ["Neji Jalloul", "ناجي جلول", "جلول", "وزير التربية", "Minister of Education", "Tunisia"]
SCHOOL = ["Bou Salem preparatory school", "المدرسة الإعدادية", "المدرسة الاعدادية", "المدرسة", "المؤسسة التربوية",
          "إدارة المعهد", "المعهد", "school administration"]
recs.append({"id": i, "text": t, "published": "2015-10-02", "events": [
    {"code": "CONSULT", "source": JALLOUL, "target": SCHOOL, "date": "2015-10-02"},
    {"code": "THREATEN", "source": JALLOUL, "target": SCHOOL, "date": "2015-10-02"},
    {"code": "ACCUSE", "source": JALLOUL, "target": SCHOOL, "date": "2015-10-02"},
    {"code": "ACCUSE", "source": JALLOUL,
     "target": ["Bou Salem secondary education union", "نقابة التعليم الثانوي"], "date": "2015-10-02"}], "claims": [
    {"speaker": JALLOUL, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": JALLOUL, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": JALLOUL, "cue": cue(t, "مشددا"), "stance": "warn"},
    {"speaker": JALLOUL, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": JALLOUL, "cue": cue(t, "اعتبره"), "stance": "accuse"}]})
# --- The military indictment chamber's decision on the killing of the boy Yassine (told by Al-Sabah): charging the
# accused and referring him to the military court are one decision, one COERCE (CAMEO 173, charge with legal
# action), undated (مؤخرا). "قام المتهم بتعقيب هذا الحكم" (his appeal in cassation) is REJECT of the chamber's
# ruling. The military investigating judge's medical and psychiatric tests of the accused are the investigation
# (ACCUSE, as PLOVER codes investigations); commissioning the doctors is a step of it, and their finding is not an
# act. The killing and the ministry's 26 May statement are nominalised. Claims: Al-Sabah (ذكرت), and the victim's
# family lawyer (ذكر), whose statement lays criminal responsibility on the accused (accuse); "لـ'الصباح'" is the
# outlet he spoke to.
i = 'ant-JA-society-447-20160911'
t = news_text(i)
CHAMBER = ["military indictment chamber", "دائرة الاتهام العسكرية", "دائرة الاتهام", "محكمة الاستئناف",
           "Tunisia", "تونس"]
ACCUSED = ["the accused", "المتهم", "رقيب"]
recs.append({"id": i, "text": t, "published": "2016-09-11", "events": [
    {"code": "COERCE", "source": CHAMBER, "target": ACCUSED},
    {"code": "REJECT", "source": ACCUSED, "target": CHAMBER},
    {"code": "ACCUSE", "source": ["military investigating judge", "قاضي التحقيق العسكري", "قاضي التحقيق",
                                  "Tunisia", "تونس"], "target": ACCUSED}], "claims": [
    {"speaker": ["Al-Sabah", "جريدة الصباح", "الصباح"], "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": ["lawyer of the victim's family", "محامي عائلة الضحية", "محامي"], "cue": cue(t, "ذكر", 2),
     "stance": "accuse"}]})
# --- Prime minister Youssef Chahed's working visit to Jouggar (today, Thursday): CONSULT, with no target since
# Jouggar and Zaghouan are places. His statements made there are dated that day: "ستنظم زيارات مماثلة إلى كل
# الولايات" is AGREE (future visits), "قررنا تسوية هذه الوضعية وتمليكهم هذه الأراضي" AGREE towards the residents (a
# committed grant not yet carried out); "قررت انتهاج سياسة القرب" is the government's own policy, not coded.
# "وبحسب موفد الجوهرة أف أم، عمر التيس" names its speaker, the station's reporter: a claim.
i = 'ant-JA-localNews-3195-20170330'
t = news_text(i)
CHAHED = ["Youssef Chahed", "يوسف الشاهد", "الشاهد", "رئيس الحكومة", "Tunisian government", "حكومته", "Tunisia",
          "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-30", "events": [
    {"code": "CONSULT", "source": CHAHED, "target": [], "date": "2017-03-30"},
    {"code": "AGREE", "source": CHAHED, "target": [], "date": "2017-03-30"},
    {"code": "AGREE", "source": CHAHED, "target": ["residents of Jouggar", "متساكنيها", "المتساكنين"],
     "date": "2017-03-30"}], "claims": [
    {"speaker": ["Omar Ettis", "عمر التيس", "التيس", "Jawhara FM", "الجوهرة أف أم"], "cue": cue(t, "بحسب"),
     "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "قال", 1), "stance": "promise"},
    {"speaker": CHAHED, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": CHAHED, "cue": cue(t, "أضاف"), "stance": "promise"}]})
# --- UGTT's Sami Taheri (today, Sunday 27 November) on the investment conference and the 8 December strike. The
# union "سيشارك" and "سيعمل على إنجاح مؤتمر الاستثمار" is one commitment to the conference: one AGREE; his denial
# that the strike will disturb it is REJECT with no target (the rumours are "ما تم ترويجه", doer unnamed).
# "حسين العباسي ... سيدعوهم للاستثمار في تونس" is a call with a named doer: REQUEST to investors, undated (the
# conference spans 29-30 November). The workers' rally he supervised and the strike are nominalised; the
# warning against "استعمال هذه الأقاويل" names nobody. "وفق قوله" repeats the speaker of its sentence: no claim.
# Abassi's aliases leave out "الأمين العام للاتحاد العام", which holds the union's name.
i = 'ant-JA-localNews-1840-20161127'
t = news_text(i)
UGTT = ["UGTT", "الاتحاد العام التونسي للشغل", "الاتحاد"]
TAHERI = ["Sami Taheri", "سامي الطاهري", "الطاهري"] + UGTT
recs.append({"id": i, "text": t, "published": "2016-11-27", "events": [
    {"code": "AGREE", "source": TAHERI, "target": [], "date": "2016-11-27"},
    {"code": "REJECT", "source": TAHERI, "target": [], "date": "2016-11-27"},
    {"code": "REQUEST", "source": ["Houcine Abassi", "حسين العباسي", "العباسي"] + UGTT,
     "target": ["investors", "المستثمرين", "foreign and Tunisian investors", "المستثمرين الأجانب والتونسيين"]}],
    "claims": [
    {"speaker": TAHERI, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": TAHERI, "cue": cue(t, "أوضح"), "stance": "promise"},
    {"speaker": TAHERI, "cue": cue(t, "قال"), "stance": "promise"},
    {"speaker": TAHERI, "cue": cue(t, "نافيا"), "stance": "deny"},
    {"speaker": TAHERI, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": TAHERI, "cue": cue(t, "أضاف"), "stance": "warn"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch18.gold.jsonl', recs)
