"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with ``python -m rasd.eval.gold.heldout.draw_batch 7 7`` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Iraqi forces strike ISIS north of Ramadi; the source is tied to a named command, so it makes claims.
# "قيادة عمليات الأنبار" is not an alias: it contains the place الأنبار, which the article also names.
i = 'snn-alweeam-343a434d0a2f'
t = news_text(i)
ANBAR = ["Anbar Operations Command", "قيادة عمليات", "Iraqi military", "Iraq", "العراق"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": ["Iraqi joint forces", "قوات عراقية مشتركة", "قوات أمنية مشتركة", "القوات العراقية",
                                   "Iraq", "العراق"],
     "target": ["ISIS", "داعش", "تنظيم داعش", "Islamic State", "التنظيم"], "date": "2015-08-09"}], "claims": [
    {"speaker": ANBAR, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": ANBAR, "cue": cue(t, "أبان"), "stance": "assert"}]})
# --- The Shura Council secretary-general condemns the Abha mosque bombing, whose doer the text leaves unnamed
i = 'snn-aljazirah-966c982a3d3d'
t = news_text(i)
AMR = ["Mohammed Al-Amr", "محمد بن عبد الله آل عمرو", "آل عمرو", "Shura Council", "مجلس الشورى", "Saudi Arabia",
       "السعودية", "المملكة"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": AMR, "target": []},
    {"code": "ACCUSE", "source": AMR, "target": ["regional powers", "قوى إقليمية"]},
    # praise of the security men "بقيادة ... الأمير محمد بن نايف"; the state is left off the target so that
    # source and target cannot match each other
    {"code": "SUPPORT", "source": AMR, "target": ["Saudi security forces", "رجال الأمن", "الأجهزة الأمنية",
                                                  "Mohammed bin Nayef", "محمد بن نايف", "محمد بن نايف بن عبد العزيز"]}],
    "claims": [
    {"speaker": AMR, "cue": cue(t, "دان"), "stance": "accuse"},
    {"speaker": AMR, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": AMR, "cue": cue(t, "مؤك\u0651\u0650دا\u064b"), "stance": "accuse"},
    {"speaker": AMR, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": AMR, "cue": cue(t, "شدد"), "stance": "warn"},
    {"speaker": AMR, "cue": cue(t, "نوه"), "stance": "assert"}]})
# --- Hadi meets his own advisers (internal deliberation, not coded) and speaks there, on Monday
i = 'snn-aawsat-f7996f5c4328'
t = news_text(i)
HADI = ["Abd Rabbuh Mansur Hadi", "عبد ربه منصور هادي", "هادي", "Yemen", "اليمن", "الجمهورية اليمنية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "SUPPORT", "source": HADI, "target": ["Yemeni national army", "قوات الجيش الوطني", "الجيش الوطني",
                                                   "Popular Resistance", "المقاومة الشعبية"], "date": "2015-08-10"},
    {"code": "SUPPORT", "source": HADI, "target": ["Saudi-led coalition", "دول التحالف", "التحالف", "Saudi Arabia",
                                                   "السعودية"], "date": "2015-08-10"},
    {"code": "THREATEN", "source": HADI, "target": ["Houthis", "الميليشيات الحوثية", "الحوثيين", "Ali Abdullah Saleh",
                                                    "قوات صالح", "قوات صالح الانقلابية", "صالح"], "date": "2015-08-10"}],
    "claims": [
    {"speaker": HADI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": HADI, "cue": cue(t, "مشيدًا"), "stance": "assert"},
    {"speaker": HADI, "cue": cue(t, "شدد"), "stance": "warn"},
    {"speaker": HADI, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": HADI, "cue": cue(t, "أكد", 2), "stance": "assert"}]})
# --- Tunisia condemns the bombings in Saudi Arabia (no doer named, no day given for the condemnation).
# "وفق بلاغ لوزارة الشؤون الخارجية" attributes to Tunisia's own ministry in the same sentence: no extra claim.
i = 'ant-JA-localNews-1464-20160705'
t = news_text(i)
TUN = ["Tunisia", "تونس", "Tunisian Ministry of Foreign Affairs", "وزارة الشؤون الخارجية"]
recs.append({"id": i, "text": t, "published": "2016-07-05", "events": [
    {"code": "ACCUSE", "source": TUN, "target": []},
    {"code": "SUPPORT", "source": TUN, "target": ["Saudi Arabia", "المملكة العربية السعودية", "السعودية"]},
    {"code": "REQUEST", "source": TUN, "target": ["international community", "المجتمع الدولي"]}], "claims": [
    {"speaker": TUN, "cue": cue(t, "أدانت"), "stance": "accuse"},
    {"speaker": TUN, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": TUN, "cue": cue(t, "جددت"), "stance": "other"}]})
# --- Silwan residents fear landslides from Israeli digging. "نقلت الوكالة عن أهالي البلدة تخوفاتهم" is the
# "نقل X عن Y قوله" pattern: the residents speak, with the noun of their speech as cue; WAFA is a conduit there.
i = 'ant-JA-internationalNews-738-20161214'
t = news_text(i)
RES = ["residents of Silwan", "سكان", "السكان", "أهالي البلدة", "أهالي"]
ISR = ["Israel", "إسرائيل", "الاحتلال", "Israeli occupation"]
recs.append({"id": i, "text": t, "published": "2016-12-14", "events": [
    {"code": "ACCUSE", "source": RES, "target": ISR},
    {"code": "COERCE", "source": ["Israeli municipality of Jerusalem", "بلدية الاحتلال", "Israel", "إسرائيل",
                                  "الاحتلال"], "target": []}], "claims": [
    {"speaker": RES, "cue": cue(t, "أعرب"), "stance": "warn"},
    {"speaker": RES, "cue": cue(t, "تخوفاتهم"), "stance": "warn"},
    {"speaker": ["WAFA", "وكالة الأنباء الفلسطينية", "الوكالة", "Palestinian news agency"], "cue": cue(t, "لفتت"),
     "stance": "assert"}]})
# --- Netanyahu answers Security Council resolution 2334 (speech on Saturday); the vote itself, Egypt's
# withdrawal and the US abstention are nominalised, so only clauses with a doer are coded
i = 'ant-JA-internationalNews-194-20161224'
t = news_text(i)
NET = ["Benjamin Netanyahu", "بنيامين نتنياهو", "نتنياهو", "Israel", "إسرائيل"]
UN = ["United Nations", "الأمم المتحدة", "UN"]
UNSC = ["UN Security Council", "مجلس الأمن", "مجلس الأمن الدولي", "United Nations", "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2016-12-24", "events": [
    {"code": "THREATEN", "source": NET, "target": UN, "date": "2016-12-24"},
    {"code": "SANCTION", "source": NET, "target": UN, "date": "2016-12-24"},
    {"code": "THREATEN", "source": NET, "target": UN, "date": "2016-12-24"},
    {"code": "REJECT", "source": NET, "target": UNSC, "date": "2016-12-24"},
    {"code": "ACCUSE", "source": NET, "target": UNSC, "date": "2016-12-24"},
    # putting the draft (which demands a halt to settlement) to the vote, and voting for it
    {"code": "REQUEST", "source": ["Malaysia", "ماليزيا", "Senegal", "السنغال", "Venezuela", "فنزويلا", "New Zealand",
                                   "نيوزيلندا"], "target": ["Israel", "إسرائيل"], "date": "2016-12-23"},
    {"code": "REQUEST", "source": ["Egypt", "مصر", "مندوب مصر"], "target": ["Israel", "إسرائيل"],
     "date": "2016-12-23"}], "claims": [
    {"speaker": NET, "cue": cue(t, "أعلن"), "stance": "warn"},
    {"speaker": NET, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": NET, "cue": cue(t, "متعهدا"), "stance": "warn"},
    {"speaker": NET, "cue": cue(t, "أكد"), "stance": "deny"},
    {"speaker": NET, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": NET, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": NET, "cue": cue(t, "مضيفا"), "stance": "assert"}]})
# --- The Tunisian health and justice ministries condemn the leak of the torture reports (statement of Wednesday)
i = 'ant-JA-localNews-2956-20150819'
t = news_text(i)
MINS = ["Tunisian ministries of health and justice", "وزارة الصحة", "وزارة العدل", "وزارتا الصحة والعدل",
        "الوزارتان", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2015-08-19", "events": [
    {"code": "ACCUSE", "source": MINS, "target": [], "date": "2015-08-19"},
    {"code": "THREATEN", "source": MINS, "target": [], "date": "2015-08-19"}], "claims": [
    {"speaker": MINS, "cue": cue(t, "استنكرت"), "stance": "accuse"},
    {"speaker": MINS, "cue": cue(t, "لوحت"), "stance": "warn"},
    {"speaker": MINS, "cue": cue(t, "نددت"), "stance": "accuse"},
    {"speaker": MINS, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": MINS, "cue": cue(t, "نبهت"), "stance": "warn"},
    {"speaker": MINS, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": MINS, "cue": cue(t, "قالت"), "stance": "warn"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch7.gold.jsonl', recs)
