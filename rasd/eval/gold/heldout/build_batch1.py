"""Rebuild this held-out gold batch from the news samples (see README.md)."""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

JHINAOUI = ["Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي", "Tunisia", "تونس"]
MASUM = ["Fuad Masum", "فؤاد معصوم", "معصوم", "Iraq", "العراق", "الرئيس العراقي"]
recs = []
# --- Yemen: coalition strikes, resistance attack
i = 'snn-3alyoum-446800f93d3c'
t = news_text(i)
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
t = news_text(i)
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
t = news_text(i)
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
t = news_text(i)
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
t = news_text(i)
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
if __name__ == "__main__":
    write_batch(__file__, 'batch1.gold.jsonl', recs)
