"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with ``python -m rasd.eval.gold.heldout.draw_batch 9 7`` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Phelps's fast swim. "أرسل ... تحذيرا لكل منافسيه" is a figure for the swim time, with no statement: no
# claim. His ban by USA Swimming (agent phrase "عوقب فيلبس من الاتحاد الأمريكي للسباحة بمنعه") is a disciplinary
# sanction by a named body: COERCE, as PLOVER codes administrative sanctions (CAMEO 172). His pledge not to drink
# is a claim, but a personal pledge with nobody addressed is no event.
i = 'snn-okaz-015e199c3dd1'
t = news_text(i)
PHELPS = ["Michael Phelps", "مايكل فيلبس", "فيلبس"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "COERCE", "source": ["USA Swimming", "الاتحاد الأمريكي للسباحة"], "target": PHELPS}], "claims": [
    {"speaker": PHELPS, "cue": cue(t, "تعهد"), "stance": "promise"}]})
# --- Al-Rabeeah (King Salman relief centre) hosts the Kuwaiti relief committee yesterday, and the OIC
# secretary-general (no day given): visitors are the source. "تطلع الجانبان لإقامة علاقة مشتركة" is one reciprocal
# AGREE with both sides in the source. The centre's aid to Yemen, told twice, is one AID. Welcoming the delegation
# and "مقدما لهم شرحا" / "استعرض معه" present the centre's work without a reported statement: no claim.
i = 'snn-alwatan-d0ec3c5058ec'
t = news_text(i)
RABEEAH = ["Abdullah Al-Rabeeah", "عبدالله الربيعة", "الربيعة", "King Salman Humanitarian Aid and Relief Centre",
           "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "المركز", "Saudi Arabia", "السعودية"]
KUWAIT = ["Kuwaiti Supreme Relief Committee", "اللجنة الكويتية العليا للإغاثة", "الوفد الكويتي", "Kuwait", "الكويت"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": KUWAIT, "target": RABEEAH, "date": "2015-08-09"},
    {"code": "AGREE", "source": RABEEAH + KUWAIT, "target": [], "date": "2015-08-09"},
    {"code": "CONSULT", "source": ["Iyad Madani", "إياد مدني", "مدني", "Organisation of Islamic Cooperation",
                                   "منظمة المؤتمر الإسلامي"], "target": RABEEAH},
    {"code": "AID", "source": RABEEAH, "target": ["Yemeni people", "الشعب اليمني", "Yemen", "اليمن"]}],
    "claims": []})
# --- Medina water directorate's Hajj plan: administration, no event
i = 'snn-was-95f96fbbe280'
t = news_text(i)
JABLAWI = ["Saleh Jablawi", "صالح بن عبد العزيز جبلاوى", "جبلاوى", "الجبلاوى", "مديرية المياه"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": JABLAWI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": JABLAWI, "cue": cue(t, "بين"), "stance": "assert"}]})
# --- A pupil assaults her teacher in Le Kef and is arrested today on the prosecution's order. The text dates the
# assault "يوم الخميس 12 ماي 2017", but 12 May 2017 was a Friday: a day the text does not fix, so undated.
# "تفيد تفاصيل الواقعة" has no speaker.
i = 'ant-JA-localNews-3912-20170513'
t = news_text(i)
PUPIL = ["baccalaureate pupil", "تلميذة", "التلميذة", "المتهمة"]
recs.append({"id": i, "text": t, "published": "2017-05-13", "events": [
    {"code": "ASSAULT", "source": PUPIL, "target": ["teacher", "أستاذة", "الأستاذة", "المتضررة"]},
    {"code": "COERCE", "source": ["Public Prosecution", "النيابة العمومية", "Tunisia", "تونس"], "target": PUPIL,
     "date": "2017-05-13"}], "claims": []})
# --- The Ghriba pilgrimage opens under heavy security (nominal, no event); three named speakers
i = 'ant-JA-localNews-1404-20160525'
t = news_text(i)
MBAREK = ["Sonia Mbarek", "سنية مبارك", "مبارك", "Tunisia", "تونس"]
ELLOUMI = ["Selma Elloumi", "سلمى اللومي", "اللومي", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-05-25", "events": [], "claims": [
    {"speaker": ["René Trabelsi", "روني الطلابلسي", "الطلابلسي"], "cue": cue(t, "وفق ما صرح"), "stance": "assert"},
    {"speaker": MBAREK, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MBAREK, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": ELLOUMI, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": ELLOUMI, "cue": cue(t, "مؤكدة"), "stance": "assert"}]})
# --- A civil-protection agent attempts suicide this morning in protest at his daughter not being hired, as the
# regional union secretary-general tells. The office's promise to hire her (ووعدته بإنتداب ابنته) is AGREE; the
# union cadres' meeting with the governor is CONSULT; "الوالي والإدارة العامة للحماية لم يحركا ساكنا" is the
# secretary-general's criticism of both (ACCUSE). Aliases holding "الحماية المدنية" are left out: the union, the
# national office and the regional administration all carry it.
i = 'ant-JA-localNews-1116-20151214'
t = news_text(i)
AGENT = ["civil protection agent", "عون حماية مدنية", "العون", "العون المذكور", "هذا العون"]
MABROUK = ["Naji Ben Mabrouk", "الناجي بن مبروك", "بن مبروك"]
GOVERNOR = ["Governor of Sfax", "والي الجهة", "الوالي"]
recs.append({"id": i, "text": t, "published": "2015-12-14", "events": [
    {"code": "PROTEST", "source": AGENT, "target": [], "date": "2015-12-14"},
    {"code": "AGREE", "source": ["National Office of Civil Protection", "الديوان الوطني للحماية المدنية", "الديوان",
                                 "الإدارة العامة"], "target": AGENT},
    {"code": "CONSULT", "source": ["civil protection union", "الإطارات النقابية", "النقابة"] + MABROUK,
     "target": GOVERNOR},
    {"code": "ACCUSE", "source": MABROUK + ["civil protection union", "النقابة"],
     "target": GOVERNOR + ["General Directorate of Civil Protection", "الإدارة العامة للحماية", "الإدارة العامة"]}],
    "claims": [
    {"speaker": MABROUK, "cue": cue(t, "وفق ما أكده"), "stance": "assert"},
    {"speaker": MABROUK, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MABROUK, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": MABROUK, "cue": cue(t, "أشار"), "stance": "accuse"}]})
# --- The Arab Institute of Business Leaders backs the government's anti-corruption drive. The study's forecasts
# are the institute's (ذات الدراسة التي أعدها المعهد), so they are its claims; "بحسب تعبير محرر البيان" repeats the
# speaker of its own sentence. "الحكومة أطلقت ... حملة ... أسفرت عن ايقاف عدد من رجال الأعمال" is one COERCE.
i = 'ant-JA-economy-296-20170530'
t = news_text(i)
IACE = ["Arab Institute of Business Leaders", "IACE", "المعهد العربي لرؤساء المؤسسات", "المعهد",
        "الهيئة المديرة للمعهد العربي لرؤساء المؤسسات", "الهيئة"]
GOV = ["Tunisian government", "الحكومة", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-05-30", "events": [
    {"code": "SUPPORT", "source": IACE, "target": GOV + ["ممثلي السلطة العمومية"]},
    # "دعت الهيئة إلى تجنب أي خلط": a call addressed to nobody named
    {"code": "REQUEST", "source": IACE, "target": []},
    {"code": "COERCE", "source": GOV, "target": ["businessmen", "رجال الأعمال", "Chafik Jarraya", "شفيق جراية"]}],
    "claims": [
    {"speaker": IACE, "cue": cue(t, "توقّعت"), "stance": "assert"},
    {"speaker": IACE, "cue": cue(t, "أفادت"), "stance": "assert"},
    {"speaker": IACE, "cue": cue(t, "أعربت"), "stance": "assert"},
    {"speaker": IACE, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": IACE, "cue": cue(t, "بحسب", 2), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch9.gold.jsonl', recs)
