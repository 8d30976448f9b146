"""Rebuild this held-out gold batch from the news samples (see README.md)."""

import json
from pathlib import Path

from rasd.paths import shared_data_dir

SRC = {}
for f in ('saudinewsnet_2015-08-09_10_sample2000.jsonl', 'antcorpus_v1.1_jawharafm_sample2000.jsonl'):
    for line in open(shared_data_dir() / 'news' / f, encoding='utf-8'):
        r = json.loads(line)
        SRC[r['id']] = r

def text_of(i):
    r = SRC[i]
    return r['text']

def cue(text, word, nth=1):
    pos = -1
    for _ in range(nth):
        pos = text.index(word, pos + 1)
    return {"start": pos, "end": pos + len(word)}

JHINAOUI = ["Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي", "Tunisia", "تونس"]
MASUM = ["Fuad Masum", "فؤاد معصوم", "معصوم", "Iraq", "العراق", "الرئيس العراقي"]
recs = []
# --- Yemen: coalition strikes, resistance attack
i = 'snn-3alyoum-446800f93d3c'
t = text_of(i)
COAL = ["Saudi-led coalition", "التحالف العربي", "طائرات التحالف", "التحالف", "Saudi Arabia", "السعودية"]
HOUTHI = ["Houthis", "الحوثيين", "الحوثي", "الحوثيون", "ميليشيات الحوثي", "مليشيا الحوثي"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": COAL, "target": HOUTHI},
    {"code": "ASSAULT", "source": COAL, "target": ["Ali Abdullah Saleh", "علي عبدالله صالح", "صالح", "القوات الموالية للرئيس السابق علي عبدالله صالح"]},
    {"code": "ASSAULT", "source": ["pro-government forces", "القوات الموالية للشرعية", "القوات الشرعية", "القوات الحكومية", "Yemen", "اليمن"], "target": HOUTHI + ["المتمردين", "rebels"]},
    {"code": "ASSAULT", "source": ["Popular Resistance", "المقاومة", "المقاومة الشعبية"], "target": HOUTHI},
], "claims": [
    {"speaker": ["Yemeni security sources", "مصادر أمنية يمنية", "Yemen", "اليمن"], "cue": cue(t, "ذكرت"), "stance": "assert"},
]})
# --- UN committee visit to Jordan
i = 'snn-was-c23300fe1846'
t = text_of(i)
COMM = ["UN Special Committee on Israeli Practices", "لجنة الأمم المتحدة المعنية بالتحقيق في الممارسات الإسرائيلية", "اللجنة", "لجنة الأمم المتحدة"]
ISR = ["Israel", "إسرائيل", "السلطات الإسرائيلية", "Israeli authorities"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": COMM, "target": ["Jordan", "الأردن", "عمان"]},
    {"code": "ACCUSE", "source": COMM, "target": ISR},
    {"code": "ACCUSE", "source": COMM, "target": ISR},
], "claims": [
    {"speaker": COMM, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": COMM, "cue": cue(t, "أوضحت"), "stance": "accuse"},
    {"speaker": COMM, "cue": cue(t, "أضافت"), "stance": "assert"},
    {"speaker": COMM, "cue": cue(t, "أفادت"), "stance": "accuse"},
    {"speaker": COMM, "cue": cue(t, "أبانت"), "stance": "assert"},
]})
# --- Jhinaoui in Iraq
i = 'ant-JA-politic-211-20170308'
t = text_of(i)
MOFA = ["Tunisian Ministry of Foreign Affairs", "وزارة الشؤون الخارجية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-03-08", "events": [
    {"code": "CONSULT", "source": JHINAOUI, "target": ["Iraq", "العراق"]},
    {"code": "CONSULT", "source": JHINAOUI, "target": MASUM, "date": "2017-03-08"},
    {"code": "SUPPORT", "source": MASUM, "target": ["Tunisia", "تونس"]},
    {"code": "AGREE", "source": JHINAOUI, "target": MASUM},
    {"code": "AGREE", "source": MASUM, "target": JHINAOUI},
    {"code": "SUPPORT", "source": ["Beji Caid Essebsi", "الباجي قايد السبسي", "السلطات التونسية"] + JHINAOUI, "target": MASUM + ["القوات العراقية"]},
], "claims": [
    {"speaker": MOFA, "cue": cue(t, "بحسب", 1), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أبلغ", 1), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "أبلغه", 1), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "معبرا"), "stance": "promise"},
    {"speaker": MASUM, "cue": cue(t, "أشاد"), "stance": "assert"},
    {"speaker": MASUM, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MASUM, "cue": cue(t, "شدد"), "stance": "promise"},
    {"speaker": MOFA, "cue": cue(t, "بحسب", 2), "stance": "assert"},
]})
# --- Tunisia denies normalisation with Israel
i = 'ant-JA-localNews-3163-20161223'
t = text_of(i)
recs.append({"id": i, "text": t, "published": "2016-12-23", "events": [
    # none: the denial (تونس تنفي) is only in the headline, which is not part of the text
], "claims": [
    {"speaker": JHINAOUI, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": JHINAOUI, "cue": cue(t, "أوضح"), "stance": "deny"},
    {"speaker": JHINAOUI, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": JHINAOUI, "cue": cue(t, "مشددا"), "stance": "deny"},
    {"speaker": JHINAOUI, "cue": cue(t, "مضيفا"), "stance": "deny"},
    {"speaker": JHINAOUI, "cue": cue(t, "علّق"), "stance": "assert"},
]})
# --- Ben Mbarek criticises the president
i = 'ant-JA-politic-428-20170510'
t = text_of(i)
BM = ["Jawhar Ben Mbarek", "جوهر بن مبارك", "بن مبارك", "شبكة دستورنا"]
BCE = ["Beji Caid Essebsi", "الباجي قائد السبسي", "الباجي", "رئيس الجمهورية", "President of Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-05-10", "events": [
    {"code": "ACCUSE", "source": BM, "target": BCE},
], "claims": [
    {"speaker": BM, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": BM, "cue": cue(t, "مشيرا"), "stance": "accuse"},
    {"speaker": BM, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": BM, "cue": cue(t, "أكد"), "stance": "accuse"},
]})
with open(Path(__file__).with_name('batch1.gold.jsonl'), 'w', encoding='utf-8') as f:
    for r in recs:
        for c in r['claims']:
            assert r['text'][c['cue']['start']:c['cue']['end']]
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), sum(len(r['events']) for r in recs), 'events', sum(len(r['claims']) for r in recs), 'claims')
