"""Rebuild this held-out gold batch from the news samples (see README.md)."""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
i = 'snn-alyaum-26aa96d7dc3b'
t = news_text(i)
OT = ["Abdulrahman Al-Otaishan", "عبدالرحمن بن صالح العطيشان", "العطيشان"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": OT, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": OT, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": OT, "cue": cue(t, "مشيرًا"), "stance": "assert"},
    {"speaker": OT, "cue": cue(t, "أوضح"), "stance": "assert"}]})
i = 'snn-almadina-b1bfbf6e1995'
t = news_text(i)
MU = ["Abdullah Al-Mutairi", "عبدالله بن محمد المطيري", "المطيري"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": MU, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": MU, "cue": cue(t, "أضاف"), "stance": "assert"}]})
i = 'snn-okaz-b4cfc2e8c58e'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": []})
i = 'ant-JA-internationalNews-652-20170404'
t = news_text(i)
TRUMP = ["Donald Trump", "دونالد ترامب", "ترامب", "United States", "الولايات المتحدة"]
PUTIN = ["Vladimir Putin", "فلاديمير بوتين", "بوتين", "Russia", "روسيا"]
WH = ["White House", "البيت الأبيض", "United States"]
recs.append({"id": i, "text": t, "published": "2017-04-04", "events": [
    {"code": "CONSULT", "source": TRUMP, "target": PUTIN},
    {"code": "SUPPORT", "source": TRUMP, "target": PUTIN},
    {"code": "AGREE", "source": TRUMP, "target": PUTIN}], "claims": [
    {"speaker": TRUMP, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": WH, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": TRUMP, "cue": cue(t, "أعرب"), "stance": "assert"},
    {"speaker": WH, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Russian officials", "المسؤولون الروس", "Russia", "روسيا"], "cue": cue(t, "وصف"), "stance": "assert"}]})
i = 'ant-JA-internationalNews-1137-20170607'
t = news_text(i)
QAT = ["Qatar", "قطر", "الدوحة"]
SEVEN = ["seven states", "7 دول", "Saudi Arabia", "السعودية", "Egypt", "مصر", "UAE", "الإمارات", "Bahrain", "البحرين",
         "Yemen", "اليمن", "Mauritania", "موريتانيا", "Comoros", "جزر القمر"]
recs.append({"id": i, "text": t, "published": "2017-06-07", "events": [
    {"code": "SUPPORT", "source": ["Turkish Twitter users", "عدد من الأتراك", "الأتراك", "Turkey", "تركيا", "المغردين", "النشطاء"],
     "target": QAT},
    {"code": "REQUEST", "source": ["activists", "النشطاء"], "target": []},
    {"code": "PROTEST", "source": ["protesters", "المتظاهرون", "النشطاء"], "target": []},
    {"code": "SANCTION", "source": SEVEN, "target": QAT},
    {"code": "ACCUSE", "source": SEVEN, "target": QAT},
    {"code": "SANCTION", "source": ["Jordan", "الأردن", "Djibouti", "جيبوتي"], "target": QAT},
    {"code": "REJECT", "source": QAT, "target": ["Gulf states", "دول خليجية", "Saudi Arabia", "السعودية", "UAE", "الإمارات",
                                                  "Bahrain", "البحرين"]}], "claims": [
    {"speaker": QAT, "cue": cue(t, "نفت", 2), "stance": "deny"},
    {"speaker": QAT, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": SEVEN, "cue": cue(t, "اتهمتها"), "stance": "accuse"},
    {"speaker": ["Jordan", "الأردن", "Djibouti", "جيبوتي"], "cue": cue(t, "أعلنت"), "stance": "assert"}]})
i = 'ant-JA-internationalNews-454-20160223'
t = news_text(i)
RENZI = ["Matteo Renzi", "ماتيو رينتسي", "رينتسي", "Italy", "إيطاليا"]
OFF = ["Italian Defence Ministry official", "مسؤول بوزارة الدفاع الإيطالية", "وزارة الدفاع", "Italy", "إيطاليا"]
recs.append({"id": i, "text": t, "published": "2016-02-23", "events": [
    {"code": "AGREE", "source": RENZI, "target": ["United States", "الولايات المتحدة", "الأمريكيين"]}], "claims": [
    {"speaker": RENZI, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": RENZI, "cue": cue(t, "أضاف", 1), "stance": "assert"},
    {"speaker": RENZI, "cue": cue(t, "أضاف", 2), "stance": "assert"},
    {"speaker": RENZI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": OFF, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": OFF, "cue": cue(t, "أضاف", 3), "stance": "assert"},
    {"speaker": ["Reuters", "رويترز"], "cue": cue(t, "بحسب"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch3.gold.jsonl', recs)
