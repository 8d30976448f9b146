"""Rebuild this held-out gold batch from the news samples (see README.md)."""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
i = 'snn-alyaum-06a9419ddf97'
t = news_text(i)
HOWE = ["Eddie Howe", "إيدي هوي", "هوي"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": HOWE, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": HOWE, "cue": cue(t, "أضاف"), "stance": "assert"}]})
i = 'snn-was-2ef8ac921f94'
t = news_text(i)
SK = ["South Korean army", "الجيش الكوري الجنوبي", "South Korea", "كوريا الجنوبية", "سول"]
NK = ["North Korea", "كوريا الشمالية", "بيونجيانج", "بيونغ يانغ"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "THREATEN", "source": SK, "target": NK, "date": "2015-08-10"},
    {"code": "ACCUSE", "source": SK, "target": NK}], "claims": [
    {"speaker": SK, "cue": cue(t, "هدد"), "stance": "warn"},
    {"speaker": SK, "cue": cue(t, "أشار"), "stance": "accuse"},
    {"speaker": SK, "cue": cue(t, "واصفاً"), "stance": "accuse"},
    {"speaker": SK, "cue": cue(t, "قال"), "stance": "accuse"}]})
i = 'snn-aleqtisadiya-e2a13511529e'
t = news_text(i)
MCS = ["Ministry of Civil Service", "وزارة الخدمة المدنية", "الوزارة", "الخدمة المدنية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": MCS, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": MCS, "cue": cue(t, "طلبت"), "stance": "other"},
    {"speaker": MCS, "cue": cue(t, "مبينة"), "stance": "assert"},
    {"speaker": MCS, "cue": cue(t, "أوضحت"), "stance": "assert"},
    {"speaker": MCS, "cue": cue(t, "أفادت"), "stance": "assert"}]})
i = 'ant-JA-internationalNews-27-20170118'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-01-18", "events": [], "claims": [
    {"speaker": ["Reuters", "رويترز", "وكالة رويترز"], "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": ["Malian army", "الجيش", "Mali", "مالي"], "cue": cue(t, "قال"), "stance": "assert"}]})
i = 'ant-JA-localNews-3270-20170404'
t = news_text(i)
RES = ["residents of Qabrar", "أهالي", "أهالي قبرار الشمالية", "المحتجون", "الأهالي", "أهالي منطقة قبرار الشمالية"]
recs.append({"id": i, "text": t, "published": "2017-04-04", "events": [
    {"code": "PROTEST", "source": RES, "target": [], "date": "2017-04-04"},
    {"code": "ACCUSE", "source": RES, "target": ["MPs of the region", "نواب الجهة", "بعض نواب الجهة"]}], "claims": [
    {"speaker": RES, "cue": cue(t, "عبروا"), "stance": "accuse"},
    {"speaker": RES, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": RES, "cue": cue(t, "معبرين"), "stance": "accuse"},
    {"speaker": RES, "cue": cue(t, "بيّن"), "stance": "warn"}]})
i = 'ant-JA-internationalNews-914-20170516'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-05-16", "events": [], "claims": [
    {"speaker": ["Reuters", "رويترز"], "cue": cue(t, "حسب"), "stance": "assert"},
    {"speaker": ["Symantec and Kaspersky", "الشركتان", "سيمانتك كورب", "كاسبرسكي لاب"], "cue": cue(t, "قالت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch2.gold.jsonl', recs)
