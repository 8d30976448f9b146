"""Rebuild this held-out gold batch from the news samples (see README.md)."""

import json
from pathlib import Path

from rasd.paths import shared_data_dir

SRC = {}
for f in ('saudinewsnet_2015-08-09_10_sample2000.jsonl', 'antcorpus_v1.1_jawharafm_sample2000.jsonl'):
    for line in open(shared_data_dir() / 'news' / f, encoding='utf-8'):
        r = json.loads(line)
        SRC[r['id']] = r


def cue(text, word, nth=1):
    pos = -1
    for _ in range(nth):
        pos = text.index(word, pos + 1)
    return {"start": pos, "end": pos + len(word)}


recs = []
i = 'snn-was-bcfda7230aa5'
recs.append({"id": i, "text": SRC[i]['text'], "published": "2015-08-10", "events": [], "claims": []})
i = 'snn-was-88a81d7235eb'
t = SRC[i]['text']
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
t = SRC[i]['text']
AR = ["Khalid Al-Araj", "خالد العرج", "العرج"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": AR, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": AR, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": AR, "cue": cue(t, "موضحا"), "stance": "assert"},
    {"speaker": AR, "cue": cue(t, "أكد"), "stance": "assert"}]})
i = 'ant-JA-internationalNews-1035-20170531'
t = SRC[i]['text']
JONES = ["Stuart Jones", "ستوارت جونز", "جونز", "US State Department", "وزارة الخارجية الأمريكية", "United States",
         "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2017-05-31", "events": [
    {"code": "ACCUSE", "source": JONES, "target": ["Iran", "إيران"]}], "claims": [
    {"speaker": JONES, "cue": cue(t, "قال"), "stance": "accuse"}]})
i = 'ant-JA-internationalNews-1153-20161230'
t = SRC[i]['text']
COURT = ["Saudi criminal court", "محكمة جزائية سعودية", "المحكمة الجزائية", "المحكمة", "Saudi Arabia", "السعودية"]
OKAZ = ["Okaz", "عكاظ", "صحيفة عكاظ", "الصحيفة"]
recs.append({"id": i, "text": t, "published": "2016-12-30", "events": [
    {"code": "COERCE", "source": COURT, "target": ["activist", "ناشط", "الرجل"]}], "claims": [
    {"speaker": COURT, "cue": cue(t, "رأت"), "stance": "accuse"},
    {"speaker": OKAZ, "cue": cue(t, "بحسب", 1), "stance": "assert"},
    {"speaker": OKAZ, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": OKAZ, "cue": cue(t, "بحسب", 2), "stance": "assert"}]})
i = 'ant-JA-internationalNews-367-20160218'
t = SRC[i]['text']
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
with open(Path(__file__).with_name('batch5.gold.jsonl'), 'w', encoding='utf-8') as f:
    for r in recs:
        for c in r['claims']:
            assert r['text'][c['cue']['start']:c['cue']['end']]
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), sum(len(r['events']) for r in recs), 'events', sum(len(r['claims']) for r in recs), 'claims')
