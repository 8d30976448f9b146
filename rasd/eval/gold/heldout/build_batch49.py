"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 49 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Watan: the Khamis Mushait governor, opening the "Made in Asir" crafts exhibition the evening before last,
# says a productive-families city is coming. "أشاد بن مشيط بالمعرض وبالتحضير والجهد الذي بذل" praises the
# exhibition and its organisers' work: one SUPPORT (as batch 39 codes a governor's praise of a festival), undated
# (the opening's day is fixed, the praise is reported without one). "مشروع ... تنفذه الغرفة التجارية، بالتنسيق مع
# بلدية المحافظة" is a relative clause with its doer: COOPERATE of the chamber with the municipality (batches 27-28:
# "نظم … بالتعاون مع"). The governorate following the project (تتابع) is the governor's own administration, the
# opening, the ribbon and the tour ceremony, and "نفذت بدعم واهتمام أمير منطقة عسير ... وسلطان بن سلمان" a passive
# with nominal support: none coded. Claims: أكد، مضيفا (a hope, assert)، مشيرا، أشاد، أضاف. "يذكر أن" is the
# narrator. The governor's list keeps no form holding خميس مشيط (a place of the article), and the exhibition's none
# holding عسير.
i = 'snn-2015-07-24-1616'
t = news_text(i)
MUSHAIT = ["Saeed bin Abdulaziz bin Mushait", "سعيد بن عبدالعزيز بن مشيط", "بن مشيط", "المحافظ",
           "governor of Khamis Mushait", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "SUPPORT", "source": MUSHAIT,
     "target": ["Made in Asir exhibition", "المعرض", "معرض", "فريق لأمتنا نحيا", "لأمتنا نحيا"]},
    {"code": "COOPERATE", "source": ["Chamber of Commerce", "الغرفة التجارية"],
     "target": ["Khamis Mushait municipality", "بلدية المحافظة", "البلدية"]}], "claims": [
    {"speaker": MUSHAIT, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": MUSHAIT, "cue": cue(t, "مضيفا"), "stance": "assert"},
    {"speaker": MUSHAIT, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MUSHAIT, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": MUSHAIT, "cue": cue(t, "أضاف"), "stance": "assert"}]})
# --- SPA: Riyadh's education administration starts interviewing newly graduated teacher applicants next Sunday. An
# employer interviewing job applicants, the civil-service ministry's nomination of them (a passive) and the director
# general's instruction on the interview hours (inside his own administration) are administrative: no PLOVER event
# (batch 33's call on job candidates). Claims: al-Omari's أوضح, the director general's embedded "وجّه بأن تكون
# المقابلات" (an instruction with a named speaker, stance other, as batches 29-30 count embedded speech), al-Omari's
# مشيراً and دعا (a call, other). واس is the conduit; aliases holding الرياض (named on its own) are left out.
i = 'snn-2015-07-23-1277'
t = news_text(i)
EDU = ["Riyadh education administration", "الإدارة العامة للتعليم"]
OMARI = ["Hamdan bin Mane al-Omari", "حمدان بن مانع العمري", "العمري"] + EDU
MURSHID = ["Mohammed bin Abdullah al-Murshid", "محمد بن عبدالله المرشد", "المرشد", "المدير العام للتعليم"] + EDU
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [], "claims": [
    {"speaker": OMARI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MURSHID, "cue": cue(t, "وجّه"), "stance": "other"},
    {"speaker": OMARI, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": OMARI, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Riyadh municipality's (Amanah) municipal-election awareness corners for children during Eid. An awareness
# campaign and a mock election are no PLOVER events (polls and voting are not coded, batch 6); nobody is quoted
# ("يشرح للأطفال" is a corner explaining, no reported statement): no events, no claims.
i = 'snn-2015-07-22-1278'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [], "claims": []})
# --- SOHR: coalition strikes have killed 3,042 ISIS and Nusra members in ten months; Erdogan and Obama agree on
# border security by phone. "طائرات التحالف الدولي قتلت 3042 من تنظيم داعش وجبهة النصرة" tells a ten-month campaign
# whose details the text splits by target: the strikes on ISIS (the nominal "مقتل 2927 ... جراء ... غارات التحالف")
# and "ضربات صاروخية نفذها التحالف العربي - الدولي ... على مقرات لجبهة النصرة" (a relative clause with its doer).
# Decided: two ASSAULTs, one per targeted group, both undated (months); the civilians "قتلوا ... جراء هذه الغارات"
# are the same strikes. "اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما" is the same
# call as "اتفق الرئيسان في اتصال هاتفي أمس": one CONSULT, Erdogan (first named) the source, dated yesterday
# (2015-07-23), and the agreement to work together against foreign fighters one reciprocal AGREE (both in the
# source, no target, as batch 8 codes "تطلع الجانبان"), same day. "كان الجانبان قد اتفقا ... في السابع والثامن من
# تموز على استخدام القاعدة" is an earlier agreement: a second AGREE, undated (two days). Turkey opening Incirlik
# "خلال أيام" is a forecast of a bare source (تقارير إخبارية تركية): not coded, and no claim. Claims: SOHR's أفاد،
# قال، أشار، لفت (assert; dpa only received the statement) and "وفقاً لما ذكره البيت الأبيض" (its sentence's only
# attribution). No Nusra form holds القاعدة, which the text also uses for the air base.
i = 'snn-2015-07-24-0977'
t = news_text(i)
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد"]
COALITION = ["international coalition", "US-led coalition", "التحالف الدولي", "طائرات التحالف الدولي", "طائرات التحالف",
             "التحالف", "التحالف العربي", "التحالف العربي - الدولي"]
ISIS = ["ISIS", "Islamic State", "داعش", "تنظيم داعش"]
NUSRA = ["Nusra Front", "al-Nusra Front", "جبهة النصرة", "النصرة"]
ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب أردوغان", "أردوغان", "Turkey", "تركيا"]
OBAMA = ["Barack Obama", "باراك أوباما", "أوباما", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "ASSAULT", "source": COALITION, "target": ISIS},
    {"code": "ASSAULT", "source": COALITION, "target": NUSRA},
    {"code": "CONSULT", "source": ERDOGAN, "target": OBAMA, "date": "2015-07-23"},
    {"code": "AGREE", "source": ERDOGAN + OBAMA + ["الرئيسان"], "target": [], "date": "2015-07-23"},
    {"code": "AGREE", "source": ERDOGAN + OBAMA + ["الجانبان"], "target": []}], "claims": [
    {"speaker": SOHR, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": SOHR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": SOHR, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": SOHR, "cue": cue(t, "لفت", 2), "stance": "assert"},
    {"speaker": ["White House", "البيت الأبيض", "United States"], "cue": cue(t, "وفقاً لما ذكره"),
     "stance": "assert"}]})
# --- King Abdulaziz University's vice-president meets the Labour Ministry's Doroob programme director on the
# "education and work" initiative. "التقى ... مشاط بالمدير التنفيذي لبرنامج دروب ... نبيل تكر" is CONSULT, the first
# named the source (no visitor or host is stated), undated. "تم خلال اللقاء الاتفاق على خمسة مشاريع" and the further
# "تم الاتفاق" are the meeting's agreement on joint projects: one reciprocal AGREE of both sides, no target (as batch
# 13 codes "تم الاتفاق" of a signed minutes' pair); a university and a ministry programme are separate bodies, so not
# internal. The planned launch and the detailed plan (passive, future) are not coded. No claims. No state alias, as
# both sides are Saudi public bodies.
i = 'snn-2015-08-03-1091'
t = news_text(i)
MASHAT = ["Abdulfattah Mashat", "عبدالفتاح مشاط", "مشاط", "King Abdulaziz University", "جامعة الملك عبدالعزيز",
          "الجامعة"]
TAKUR = ["Nabil Takur", "نبيل تكر", "تكر", "Doroob", "برنامج دروب", "دروب", "Ministry of Labour", "وزارة العمل"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "CONSULT", "source": MASHAT, "target": TAKUR},
    {"code": "AGREE", "source": MASHAT + TAKUR, "target": []}], "claims": []})
# --- Sakhr El Materi's lawyer reveals reconciliation talks with the Truth and Dignity Commission (IVD). The talks
# "مفاوضات جارية بين موكله صخر الماطري ... وهيئة الحقيقة والكرامة" are the story with both parties named (batch 27's
# call on a nominal that is the story): one CONSULT (negotiation), Materi's side the source, undated (ongoing);
# Krichi's "فريق الدفاع ... قام باستشارة هيئة الحقيقة والكرامة", the Skype hearings and Materi's "بصدد التفاوض"
# tell the same contacts. "فريق الدفاع قدم مطلب صلح لهيئة الحقيقة والكرامة منذ جانفي 2016" is a separate, earlier
# act: REQUEST, undated (a month). The hoped-for preliminary agreement and Materi's return are expectations: not
# coded. Materi's "اعتبر ... أن الأحكام القضائية الصادرة ضده في تونس غير منصفة" on M6 yesterday is criticism of the
# Tunisian courts: ACCUSE, dated 2017-01-08 (أمس الأحد); the rulings themselves are nominal. Claims: the lawyer's
# كشف، "وفق ما أكده" (its sentence's only attribution)، أوضح (ذات المصدر = the lawyer)، قال، مبينا، أكد، قال;
# Krichi's statement is one claim, cue "مكتفيا بالقول" (his لم يؤكد / لم ينف are negated and introduce nothing);
# Materi's صرح and اعتبر. وات is the conduit. The defence team's list keeps no form holding الماطري (an actor of
# its own), and Materi's none holding بن علي.
i = 'ant-JA-localNews-2268-20170109'
t = news_text(i)
JARBOUI = ["Abdallah Tahar Jarbouî", "عبد الله الطاهر الجربوعي", "الجربوعي", "المحامي"]
MATERI = ["Sakhr El Materi", "صخر الماطري", "الماطري"]
MATERI_SIDE = MATERI + ["Materi's defence team", "فريق الدفاع"] + JARBOUI
IVD = ["Truth and Dignity Commission", "IVD", "هيئة الحقيقة والكرامة", "الهيئة"]
KRICHI = ["Khaled Krichi", "خالد الكريشي", "الكريشي"] + IVD
recs.append({"id": i, "text": t, "published": "2017-01-09", "events": [
    {"code": "CONSULT", "source": MATERI_SIDE, "target": IVD},
    {"code": "REQUEST", "source": MATERI_SIDE, "target": IVD},
    {"code": "ACCUSE", "source": MATERI,
     "target": ["Tunisian courts", "Tunisian judiciary", "Tunisia", "تونس", "الدولة التونسية"],
     "date": "2017-01-08"}], "claims": [
    {"speaker": JARBOUI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": JARBOUI, "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": JARBOUI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": JARBOUI, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": JARBOUI, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": JARBOUI, "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": JARBOUI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": KRICHI, "cue": cue(t, "مكتفيا بالقول"), "stance": "assert"},
    {"speaker": MATERI, "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": MATERI, "cue": cue(t, "اعتبر"), "stance": "accuse"}]})
# --- Human Rights Watch calls on Tunisia's military prosecution to drop the charges against journalists Rached
# Khiari and Jamel Arfaoui (statement of today, Wednesday 2016-11-30). The text's first word is the truncated "عت"
# (دعت): its call is REQUEST to the prosecution, dated, and a claim with that whole token as cue (batch 19 takes a
# damaged token whole). "قالت المنظمة ... إن محاكمة ... أمام محكمة عسكرية هو انتهاك" and Guellali's "انتقدت ...
# لجوء المحاكم العسكرية ... لضرب حرية التعبير" are one organisation's criticism of one party, the military justice
# system: one ACCUSE (as batch 34 joins one criticism's verbs), dated by the statement. Guellali's "بات من الضروري
# على السلطات محاولة إصلاح القوانين" is a second, different demand to another addressee: REQUEST to the
# authorities, undated (her words carry no day). The prosecution's charges are ACCUSE (batches 41-44): against
# Khiari "يوم 16 نوفمبر 2016" and, in the passive with its agent (من قبل النيابة العمومية العسكرية), against Arfaoui
# "في 26 سبتمبر 2016", each dated. "اللذين انتقدا القوات المسلحة" (a relative clause with its doers), told apart in
# Khiari's TV statement and Arfaoui's article, is two criticisms by two people at two times: two ACCUSEs of the
# army, undated. Inside Khiari's statement, "السلطات التونسية وقعت اتفاقا يسمح للولايات المتحدة بإقامة قاعدة" is an
# alleged signing with its doer: SUPPORT (signing) towards the US, undated. The trial, the possible sentences and
# the further charges are nominal. Claims: HRW's عت، قالت، ذكرت and "وحسب بيان المنظمة" (its sentence's only
# attribution; the closing "حسب نص البيان" repeats it); the prosecution's embedded اتهمت and وجهت (accusations with
# a named speaker); Guellali's انتقدت and معتبرة (a recommendation, other); Khiari's قال; Arfaoui's انتقد. The
# journalists' "انتقدا" has no statement content of its own: no claim. HRW keeps no form holding تونس (its
# Tunisia-office title).
i = 'ant-JA-localNews-4553-20161130'
t = news_text(i)
HRW = ["Human Rights Watch", "HRW", "هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش", "المنظمة"]
GUELLALI = ["Amna Guellali", "آمنة القلالي", "القلالي"]
MILPROS = ["Tunisian military prosecution", "النيابة العسكرية", "النيابة العمومية العسكرية", "Tunisia", "تونس"]
MILJUSTICE = ["Tunisian military courts", "المحاكم العسكرية", "محكمة عسكرية", "military judiciary", "القضاء العسكري",
              "النيابة العسكرية", "Tunisia", "تونس"]
AUTHORITIES = ["Tunisian authorities", "السلطات", "السلطات التونسية", "Tunisia", "تونس"]
KHIARI = ["Rached Khiari", "راشد الخياري", "الخياري"]
ARFAOUI = ["Jamel Arfaoui", "جمال العرفاوي", "العرفاوي"]
ARMY = ["Tunisian army", "الجيش", "القوات المسلحة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-11-30", "events": [
    {"code": "REQUEST", "source": HRW, "target": MILPROS, "date": "2016-11-30"},
    {"code": "ACCUSE", "source": HRW + GUELLALI, "target": MILJUSTICE, "date": "2016-11-30"},
    {"code": "REQUEST", "source": GUELLALI + HRW, "target": AUTHORITIES},
    {"code": "ACCUSE", "source": MILPROS, "target": KHIARI, "date": "2016-11-16"},
    {"code": "ACCUSE", "source": MILPROS, "target": ARFAOUI, "date": "2016-09-26"},
    {"code": "ACCUSE", "source": KHIARI, "target": ARMY},
    {"code": "ACCUSE", "source": ARFAOUI, "target": ARMY},
    {"code": "SUPPORT", "source": AUTHORITIES, "target": ["United States", "الولايات المتحدة"]}], "claims": [
    {"speaker": HRW, "cue": cue(t, "عت"), "stance": "other"},
    {"speaker": HRW, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "ذكرت"), "stance": "assert"},
    {"speaker": MILPROS, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": MILPROS, "cue": cue(t, "وجهت"), "stance": "accuse"},
    {"speaker": GUELLALI + HRW, "cue": cue(t, "انتقدت"), "stance": "accuse"},
    {"speaker": GUELLALI + HRW, "cue": cue(t, "معتبرة"), "stance": "other"},
    {"speaker": KHIARI, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": ARFAOUI, "cue": cue(t, "انتقد", 3), "stance": "accuse"},
    {"speaker": HRW, "cue": cue(t, "حسب", 1), "stance": "assert"}]})
# --- Judges' observatory calls for lifting the state of emergency (statement of today, Monday 2015-07-06). The
# emergency "التي أعلنها رئيس الجمهورية السبت الماضي" is a relative clause with its doer: COERCE (GUIDELINES map
# martial law so), no target, dated by the most recent Saturday (2015-07-04). "دعا ... إلى رفع حالة الطوارئ" and
# "مؤكدا على ضرورة مراجعة التشريع" are two distinct demands (batch 30 codes دعت and طالبت apart): two REQUESTs with
# no named addressee, so no target (batches 33-36), dated. Its arguments that the conditions are unmet, that the
# legal basis clashes with the constitution and its fear of abuse (اعتبر، أوضح، اعتبر، عبّر) are one statement's
# criticism of the President's decision: one ACCUSE of the President, dated. The earlier lifting (رفع حالة الطوارئ
# منذ أكثر من عام) and the President's speech are nominal. Claims: دعا (other)، مؤكدا (other)، اعتبر (accuse)، أوضح
# (accuse)، اعتبر (accuse)، عبّر (a fear of abuse: warn). "وفقا لبيان أصدره المرصد" repeats its sentence's speaker.
i = 'ant-JA-localNews-3032-20150706'
t = news_text(i)
OBSERVATORY = ["Tunisian Observatory for the Independence of the Judiciary", "المرصد التونسي لاستقلال القضاء",
               "مرصد القضاء", "المرصد"]
ESSEBSI = ["Tunisian President", "Beji Caid Essebsi", "الباجي قائد السبسي", "رئيس الجمهورية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-07-06", "events": [
    {"code": "COERCE", "source": ESSEBSI, "target": [], "date": "2015-07-04"},
    {"code": "REQUEST", "source": OBSERVATORY, "target": [], "date": "2015-07-06"},
    {"code": "REQUEST", "source": OBSERVATORY, "target": [], "date": "2015-07-06"},
    {"code": "ACCUSE", "source": OBSERVATORY, "target": ESSEBSI, "date": "2015-07-06"}], "claims": [
    {"speaker": OBSERVATORY, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": OBSERVATORY, "cue": cue(t, "مؤكدا"), "stance": "other"},
    {"speaker": OBSERVATORY, "cue": cue(t, "اعتبر", 1), "stance": "accuse"},
    {"speaker": OBSERVATORY, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": OBSERVATORY, "cue": cue(t, "اعتبر", 2), "stance": "accuse"},
    {"speaker": OBSERVATORY, "cue": cue(t, "عبّر"), "stance": "warn"}]})
# --- Lima (Ohio) police arrest wanted man Donald Bew in Florida thanks to his selfie. "أعلنت شرطة ليما ... اعتقال
# المطلوب لديها" is the police announcing their own arrest: COERCE from the police (batches 15-16), undated;
# "نجاحها في القبض عليه" and "مكن الشرطة من ... إلقاء القبض عليه" re-tell it. His displeasure with the ugly photo
# "التي كانت الشرطة قد استخدمتها" is criticism of the police: ACCUSE; "مقترحا أن يتم حذف القديمة واستخدام الجديدة"
# asks the police to change their own material: REQUEST (batch 29's call on proposals); both undated. The thefts
# and violence he is wanted for are nominal. Claims: the police's أعلنت and مؤكدة; Bew's معبرا (accuse), قال
# (assert) and مقترحا (other). The police list keeps no form holding أوهايو.
i = 'ant-JA-diverse-153-20160114'
t = news_text(i)
LIMA_POLICE = ["Lima Police Department", "شرطة ليما", "الشرطة", "United States"]
BEW = ["Donald Bew", "دونالد بيو", "بيو"]
recs.append({"id": i, "text": t, "published": "2016-01-14", "events": [
    {"code": "COERCE", "source": LIMA_POLICE, "target": BEW},
    {"code": "ACCUSE", "source": BEW, "target": LIMA_POLICE},
    {"code": "REQUEST", "source": BEW, "target": LIMA_POLICE}], "claims": [
    {"speaker": LIMA_POLICE, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": LIMA_POLICE, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": BEW, "cue": cue(t, "معبرا"), "stance": "accuse"},
    {"speaker": BEW, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": BEW, "cue": cue(t, "مقترحا"), "stance": "other"}]})
# --- The Health Ministry calls specialist doctors to settle their national-service status. An administrative call
# on doctors is no PLOVER event (batch 33's call on job candidates), and the Defence Ministry's recruitment session
# is nominal background ("تبعا لاعلان وزارة الدفاع الوطني فتح دورة", decided no claim: a masdar the ministry's own
# statement cites as its ground, not a reported statement). Claims: دعت and قالت (the quoted call, other); "بحسب ما
# جاء في بيان أصدرته" repeats its sentence's speaker.
i = 'ant-JA-localNews-3818-20161129'
t = news_text(i)
HEALTH = ["Tunisian Ministry of Health", "وزارة الصحة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-11-29", "events": [], "claims": [
    {"speaker": HEALTH, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": HEALTH, "cue": cue(t, "قالت"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch49.gold.jsonl', recs)
