"""Rebuild this held-out gold batch from the news samples (see README.md)."""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
i = 'snn-was-bcfda7230aa5'
recs.append({"id": i, "text": news_text(i), "published": "2015-08-10", "events": [], "claims": []})
i = 'snn-was-88a81d7235eb'
t = news_text(i)
UKG = ["Ukrainian government", "الحكومة الأوكرانية", "Ukraine", "أوكرانيا", "كييف"]
UKA = ["Ukrainian army", "الجيش الأوكراني", "القوات الحكومية", "القوات الأوكرانية", "Ukraine", "أوكرانيا"]
SEP = ["pro-Russian separatists", "الانفصاليين", "الانفصاليين الموالين لروسيا", "separatists"]
LYS = ["Andriy Lysenko", "أندريه ليسينكو", "ليسينكو"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ACCUSE", "source": UKG, "target": SEP, "date": "2015-08-10"},
    {"code": "ASSAULT", "source": SEP, "target": UKA},
    {"code": "ASSAULT", "source": UKA, "target": SEP}], "claims": [
    {"speaker": UKG, "cue": cue(t, "اتهمت"), "stance": "accuse"},
    {"speaker": UKA, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": LYS, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": LYS, "cue": cue(t, "واصفاً"), "stance": "accuse"},
    {"speaker": LYS, "cue": cue(t, "لفت"), "stance": "assert"}]})
i = 'snn-aleqtisadiya-ca5075da2905'
t = news_text(i)
AR = ["Khalid Al-Araj", "خالد العرج", "العرج"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": AR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AR, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": AR, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": AR, "cue": cue(t, "أكد"), "stance": "assert"}]})
i = 'ant-JA-internationalNews-1035-20170531'
t = news_text(i)
JONES = ["Stuart Jones", "ستوارت جونز", "جونز", "US State Department", "وزارة الخارجية الأمريكية", "United States",
         "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2017-05-31", "events": [
    {"code": "ACCUSE", "source": JONES, "target": ["Iran", "إيران"]}], "claims": [
    {"speaker": JONES, "cue": cue(t, "قال"), "stance": "accuse"}]})
i = 'ant-JA-internationalNews-1153-20161230'
t = news_text(i)
COURT = ["Saudi criminal court", "محكمة جزائية سعودية", "المحكمة الجزائية", "المحكمة", "Saudi Arabia", "السعودية"]
OKAZ = ["Okaz", "عكاظ", "صحيفة عكاظ", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2016-12-30", "events": [
    {"code": "COERCE", "source": COURT, "target": ["activist", "ناشط", "الرجل"]}], "claims": [
    {"speaker": COURT, "cue": cue(t, "رأت"), "stance": "accuse"},
    {"speaker": OKAZ, "cue": cue(t, "بحسب", 1), "stance": "assert"},
    {"speaker": OKAZ, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": OKAZ, "cue": cue(t, "بحسب", 2), "stance": "assert"}]})
i = 'ant-JA-internationalNews-367-20160218'
t = news_text(i)
APPLE = ["Apple", "آبل", "شركة آبل", "Tim Cook", "تيم كوك", "كوك"]
COOK = ["Tim Cook", "تيم كوك", "كوك", "Apple", "آبل"]
USG = ["US government", "حكومة الولايات المتحدة", "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2016-02-18", "events": [
    {"code": "REJECT", "source": APPLE, "target": ["US court", "القاضية", "Sheri Pym", "شيري بيم", "FBI", "إف بي آي"] + USG,
     "date": "2016-02-17"},
    {"code": "REQUEST", "source": ["Sheri Pym", "شيري بيم", "القاضية"], "target": APPLE},
    {"code": "ACCUSE", "source": APPLE, "target": USG}], "claims": [
    {"speaker": COOK, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": COOK, "cue": cue(t, "أضاف"), "stance": "deny"},
    {"speaker": COOK, "cue": cue(t, "مشيراً"), "stance": "warn"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch5.gold.jsonl', recs)
