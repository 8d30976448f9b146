"""Rebuild this held-out gold batch from the news samples (see README.md)."""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
i = 'snn-alyaum-2201f7074abc'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": ["Saudi Club at Wichita State University", "النادي السعودي", "النادي السعودي بجامعة ويتشيتا"],
     "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": ["John Bardo", "جون باردو", "باردو"], "cue": cue(t, "عبر"), "stance": "assert"}]})
i = 'snn-was-96b412b1b330'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": ["gunmen", "مسلحين", "مسلحون"],
     "target": ["Turkish police", "الشرطة", "رجال الشرطة", "مركزا للأمن", "Turkey", "تركيا"]}], "claims": [
    {"speaker": ["Anadolu Agency", "وكالة أنباء الأناضول", "الأناضول"], "cue": cue(t, "وفقا"), "stance": "assert"}]})
i = 'ant-JA-politic-393-20170427'
t = news_text(i)
CH = ["Riadh Chaibi", "رياض الشعيبي", "الشعيبي", "حزب البناء الوطني"]
PRES = ["Tunisian Presidency", "رئاسة الجمهورية", "رئيس الجمهورية", "President of Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-04-27", "events": [
    {"code": "REQUEST", "source": CH, "target": ["opposition MPs", "نواب المعارضة", "المعارضة"]},
    {"code": "ACCUSE", "source": CH, "target": PRES},
    {"code": "REQUEST", "source": CH, "target": PRES}], "claims": [
    {"speaker": CH, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": CH, "cue": cue(t, "قال", 2), "stance": "accuse"},  # the 1st is inside الاستقالة
    {"speaker": CH, "cue": cue(t, "اعتبر"), "stance": "accuse"},
    {"speaker": CH, "cue": cue(t, "عبر"), "stance": "other"},
    {"speaker": CH, "cue": cue(t, "مؤكدا", 1), "stance": "accuse"},
    {"speaker": CH, "cue": cue(t, "مؤكدا", 2), "stance": "warn"}]})
i = 'ant-JA-politic-333-20170409'
t = news_text(i)
EN = ["Ennahda", "حركة النهضة", "النهضة", "الحركة"]
YOUTH = ["protesting youth", "الشباب المحتج", "الشباب المعطل", "الشباب المعطل عن العمل"]
recs.append({"id": i, "text": t, "published": "2017-04-09", "events": [
    {"code": "SUPPORT", "source": EN, "target": ["youth of Tataouine", "أبناء تطاوين", "شباب هذه الجهة"]},
    {"code": "REQUEST", "source": EN, "target": []},
    {"code": "REQUEST", "source": EN, "target": ["Tunisian government", "الحكومة"]},
    {"code": "PROTEST", "source": YOUTH, "target": [], "date": "2017-04-08"},
    {"code": "PROTEST", "source": YOUTH, "target": []},
    {"code": "ACCUSE", "source": ["protesters", "المحتجين", "عدد من المحتجين"],
     "target": ["government delegation", "الوفد الحكومي", "الحكومة"]},
    {"code": "CONSULT", "source": ["government delegation", "الوفد الحكومي"],
     "target": ["oil companies", "ممثلي الشركات البترولية", "الشركات البترولية"], "date": "2017-04-07"}], "claims": [
    {"speaker": EN, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": EN, "cue": cue(t, "مؤكدة"), "stance": "assert"},
    {"speaker": EN, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": EN, "cue": cue(t, "مطالبة"), "stance": "other"}]})
i = 'ant-JA-internationalNews-115-20122016'
t = news_text(i)
PROS = ["German federal prosecutor", "الادعاء العام الألماني", "الادعاء العام", "الادعاء", "Germany", "ألمانيا"]
recs.append({"id": i, "text": t, "published": "2016-12-20", "events": [
    {"code": "ASSAULT", "source": ["ISIS", "داعش", "تنظيم داعش", "Islamic State", "منفذ الهجوم"], "target": [],
     "date": "2016-12-19"},
    {"code": "RETREAT", "source": PROS, "target": []}], "claims": [
    {"speaker": ["ISIS", "داعش", "تنظيم داعش", "التنظيم"], "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": PROS, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": PROS, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": PROS, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": PROS, "cue": cue(t, "مشيراً"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch4.gold.jsonl', recs)
