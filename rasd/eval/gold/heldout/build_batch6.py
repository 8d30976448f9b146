"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with ``python -m rasd.eval.gold.heldout.draw_batch 6 7`` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Medina municipal elections briefing: an administrative presentation, no event
i = 'snn-aljazirah-c8ed70cd9405'
t = news_text(i)
SAIF = ["Yahya Saif", "يحيى سيف", "سيف", "منسق الانتخابات البلدية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": SAIF, "cue": cue(t, "بين", 5), "stance": "assert"}]})
# --- The US condemns the Abha mosque bombing (statement of the night before)
i = 'snn-alyaum-5daabd432e24'
t = news_text(i)
NSC = ["US National Security Council", "مجلس الأمن الوطني الأمريكي", "Ned Price", "نيد برايس", "برايس",
       "United States", "الولايات المتحدة", "الولايات المتحدة الأمريكية"]
BOMBER = ["terrorist bomber", "مفجر إرهابي", "مفجر"]
KSA = ["Saudi Arabia", "المملكة العربية السعودية", "السعودية", "المملكة"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": NSC, "target": BOMBER, "date": "2015-08-08"},
    {"code": "ASSAULT", "source": BOMBER, "target": []},
    {"code": "AGREE", "source": NSC, "target": KSA, "date": "2015-08-08"}], "claims": [
    {"speaker": NSC, "cue": cue(t, "عبر"), "stance": "accuse"},
    {"speaker": NSC, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": NSC, "cue": cue(t, "مشيرًا"), "stance": "promise"}]})
# --- Al-Baha election appeals committee: a ministerial decree forming a committee is internal administration
i = 'snn-sabq-659b266acf4e'
t = news_text(i)
MUJ = ["Mohammed Al-Mujalli", "محمد بن مبارك المجلي", "المجلي"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": MUJ, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MUJ, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MUJ, "cue": cue(t, "تابع"), "stance": "assert"}]})
# --- Emirates airline and Trump's travel measures
i = 'ant-JA-internationalNews-925-20170512'
t = news_text(i)
TRUMP = ["Donald Trump", "دونالد ترامب", "ترامب", "Trump administration", "إدارة الرئيس الأميركي",
         "United States", "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2017-05-12", "events": [
    # the relative clause "اجراءات السفر الجديدة التي اتخذتها إدارة ... ترامب" and "قرار ترامب حظر دخول" are one ban;
    # the courts' suspension is nominalised (تعليق المحاكم الأميركية القرار), so not coded
    {"code": "COERCE", "source": TRUMP, "target": ["immigrants from Muslim countries", "المهاجرين"]}], "claims": [
    {"speaker": ["Emirates", "طيران الإمارات", "الخطوط الجوية الإماراتية", "شركة طيران الإمارات"],
     "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": ["The Wall Street Journal", "ذا وول ستريت جورنال", "وول ستريت جورنال"], "cue": cue(t, "وفق"),
     "stance": "assert"}]})
# --- Arrest of a burglar in Msaken: the burglary itself is theft, not violence, so no ASSAULT;
# the only speaker is a bare "مصدر أمني", so no claim
i = 'ant-JA-localNews-1915-20170228'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2017-02-28", "events": [
    {"code": "COERCE", "source": ["Tunisian police", "أعوان مركز الأمن الوطني", "مركز الأمن الوطني", "أعوان الأمن",
                                  "Tunisia", "تونس"],
     "target": ["suspect", "شاب", "young man"], "date": "2017-02-27"}], "claims": []})
# --- Tunisia condemns the Baghdad bombings
i = 'ant-JA-localNews-1462-20170217'
t = news_text(i)
TUN = ["Tunisia", "تونس", "Tunisian Ministry of Foreign Affairs", "وزارة الشؤون الخارجية"]
ISIS = ["ISIS", "داعش", "تنظيم داعش", "Islamic State"]
SUICIDE = ["suicide bomber", "انتحاري"]
recs.append({"id": i, "text": t, "published": "2017-02-17", "events": [
    # the condemned bombings: the Thursday car bomb claimed by ISIS and the Wednesday suicide truck bomb
    {"code": "ACCUSE", "source": TUN, "target": ISIS + SUICIDE, "date": "2017-02-17"},
    {"code": "SUPPORT", "source": TUN, "target": ["Iraq", "العراق"], "date": "2017-02-17"},
    {"code": "ASSAULT", "source": ISIS, "target": [], "date": "2017-02-16"},
    {"code": "ASSAULT", "source": SUICIDE, "target": [], "date": "2017-02-15"}], "claims": [
    {"speaker": TUN, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": TUN, "cue": cue(t, "أعربت"), "stance": "accuse"},
    {"speaker": TUN, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": TUN, "cue": cue(t, "جددت"), "stance": "assert"}]})
# --- Minister Briki hosts two constitutional-law professors at the ministry: the visitors are the source
i = 'ant-JA-localNews-1546-20170118'
t = news_text(i)
BRIKI = ["Abid Briki", "عبيد البريكي", "البريكي", "Tunisia", "تونس"]
PROFS = ["Sadok Belaid", "الصادق بلعيد", "بلعيد", "Kais Saied", "قيس سعيد", "سعيد"]
MIN = ["Ministry of Public Service and Governance", "وزارة الوظيفة العمومية والحوكمة", "الوزارة", "Abid Briki",
       "عبيد البريكي", "البريكي", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-01-18", "events": [
    {"code": "CONSULT", "source": PROFS, "target": BRIKI, "date": "2017-01-18"}], "claims": [
    {"speaker": MIN, "cue": cue(t, "وفق"), "stance": "assert"},
    {"speaker": ["Abid Briki", "عبيد البريكي", "البريكي"] + PROFS, "cue": cue(t, "مؤكدين"), "stance": "assert"},
    {"speaker": ["Abid Briki", "عبيد البريكي", "البريكي"] + PROFS, "cue": cue(t, "طرحوا"), "stance": "other"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch6.gold.jsonl', recs)
