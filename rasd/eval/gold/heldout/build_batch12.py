"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 12 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- The Australian ambassador visits the Saudi Electricity Company: the visitor is the source, the company and its
# acting CEO who receive him the target (the "اجتماع" held during the visit is the same CONSULT). His two praises
# (أبدى اعجابه بما شاهده من برامج; أشاد بحسن التعاون والاستقبال) are two SUPPORT acts on different objects. The
# company officials' "فتح المجال أمام ... المصنعين الاستراليين" is an offer of future cooperation (AGREE), and
# "المسؤولون بالشركة" are tied to a named company, so theirs is a claim. Al-Qahtani's pleasure at receiving King is
# courtesy inside the visit: a claim (عبر), not a SUPPORT. The Australian manufacturers are private: no state alias.
i = 'snn-alriyadh-b3879e8da377'
t = news_text(i)
KING = ["Ralph Peter King", "رالف بيتر كينج", "كينج", "Australian ambassador", "السفير الأسترالي", "Australia",
        "أستراليا"]
SEC = ["Saudi Electricity Company", "الشركة السعودية للكهرباء", "الشركة", "Mansour Al-Qahtani", "منصور القحطاني",
       "القحطاني", "Saudi Arabia", "السعودية"]
SEC_OFFICIALS = ["Saudi Electricity Company", "الشركة السعودية للكهرباء", "الشركة", "المسؤولون بالشركة",
                 "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "CONSULT", "source": KING, "target": SEC},
    {"code": "SUPPORT", "source": KING, "target": SEC},
    {"code": "SUPPORT", "source": KING, "target": SEC},
    {"code": "AGREE", "source": SEC_OFFICIALS,
     "target": ["Australian manufacturers", "المصنعين الاستراليين", "المصنعين"]}], "claims": [
    {"speaker": ["Mansour Al-Qahtani", "منصور القحطاني", "القحطاني"], "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": KING, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": SEC_OFFICIALS, "cue": cue(t, "أكد"), "stance": "promise"},
    {"speaker": KING, "cue": cue(t, "أشاد"), "stance": "assert"}]})
# --- Al-Ittihad prepares for its cup match against Ohod. Training, the fans' welcome at the airport and their
# social-media campaigns are sport, not political events, and nobody is quoted.
i = 'snn-okaz-876f43ebc294'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": []})
# --- The Jazan election committee head approves the geographic division of the municipal elections: an internal
# administrative decision with no other party, so no event. The byline "عمر عريبي - سبق" is not a speaker.
i = 'snn-sabq-979cadf71d92'
t = news_text(i)
SHAYA = ["Mohammed bin Hamoud Al-Shaya", "محمد بن حمود الشايع", "الشايع",
         "Jazan local committee for municipal elections", "اللجنة المحلية للانتخابات البلدية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": [
    {"speaker": SHAYA, "cue": cue(t, "بين", 1), "stance": "assert"},
    {"speaker": SHAYA, "cue": cue(t, "لافتاً"), "stance": "assert"}]})
# --- The UN humanitarian coordinator warns that food aid to Iraq runs out in October. ISIS's sweep over a third of
# Iraq is occupation of territory (CAMEO 192 -> COERCE); the UN appeal of 4 June is REQUEST with no named addressee
# ("طلبناها" re-tells the same appeal). The money received and "دول اخرى" announcing help have no named doer: not
# coded, and "دول اخرى" is no speaker. Grande's statements about coming shortfalls are warn, her figures assert.
i = 'snn-alriyadh-957d312e473c'
t = news_text(i)
GRANDE = ["Lise Grande", "ليز غراندي", "غراندي", "UN humanitarian coordinator",
          "منسقة الامم المتحدة للشؤون الانسانية", "United Nations", "الامم المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "COERCE", "source": ["Islamic State", "ISIS", "داعش"], "target": ["Iraq", "العراق"]},
    {"code": "REQUEST", "source": ["United Nations", "الامم المتحدة", "Lise Grande", "ليز غراندي", "غراندي"],
     "target": [], "date": "2015-06-04"}], "claims": [
    {"speaker": GRANDE, "cue": cue(t, "أكدت"), "stance": "warn"},
    {"speaker": GRANDE, "cue": cue(t, "صرحت"), "stance": "warn"},
    {"speaker": GRANDE, "cue": cue(t, "أضافت"), "stance": "warn"},
    {"speaker": GRANDE, "cue": cue(t, "اضافت", 1), "stance": "assert"},
    {"speaker": GRANDE, "cue": cue(t, "تابعت"), "stance": "assert"},
    {"speaker": GRANDE, "cue": cue(t, "اضافت", 2), "stance": "warn"}]})
# --- Israel puts two Jewish extremists under administrative detention (announced Sunday). The detention is passive
# ("تم وضع") but announced by the state that imposes it and by the defence minister's statement, so Israel is its
# source; the statement's "في إطار تورطهم في أنشطة منظمة يهودية متطرفة" is a separate allegation (ACCUSE). Their
# earlier arrest ("اعتقلا"), Mordechai Meyer's detention last week and Kahane's assassination are passives with no
# doer: not coded. The 31 July firebombing has an explicit doer (متطرفون يهود): ASSAULT. The ministry's
# spokesman is tied to a named state. "مئير" alone is dropped: it would match Meir Kahane.
i = 'snn-alriyadh-3a2305300ca7'
t = news_text(i)
ISRAEL = ["Israel", "الكيان الصهيوني", "Israeli Ministry of Defense", "الوزارة",
          "Israeli Defense Minister", "وزير الدفاع"]
DETAINEES = ["Meir Ettinger", "مئير اتينغر", "اتينغر", "Evyatar Slonim", "افيتار سلونيم", "سلونيم", "افيتار",
             "متطرفين يهوديين"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "COERCE", "source": ISRAEL, "target": DETAINEES, "date": "2015-08-09"},
    {"code": "ACCUSE", "source": ISRAEL, "target": DETAINEES, "date": "2015-08-09"},
    {"code": "ASSAULT", "source": ["Jewish extremists", "متطرفون يهود", "متطرفون"],
     "target": ["Ali Dawabsheh", "علي دوابشة", "دوابشة", "Saad Dawabsheh", "سعد دوابشة", "Dawabsheh family",
                "الطفل الفلسطيني"], "date": "2015-07-31"}], "claims": [
    {"speaker": ISRAEL, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": ISRAEL, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": ISRAEL, "cue": cue(t, "أوضح"), "stance": "accuse"}]})
# --- The Workers' Party's May Day statement. Two ACCUSE against the Essid government: the criticism of its policies
# (أكد + the quote of وقال, one criticism) and the explicit charge of patronage and of pushing the reconciliation law
# (اتهم). "بحسب تعبير محرر البيان" attributes its own sentence to the same statement: no second claim.
i = 'ant-JA-localNews-449-30042016'
t = news_text(i)
PARTY = ["Workers' Party", "حزب العمال"]
GOV = ["Tunisian government", "حكومة الائتلاف اليميني الحاكم", "حكومة الصيد", "Habib Essid", "الصيد",
       "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2016-04-30", "events": [
    {"code": "ACCUSE", "source": PARTY, "target": GOV},
    {"code": "ACCUSE", "source": PARTY, "target": GOV}], "claims": [
    {"speaker": PARTY, "cue": cue(t, "أكد"), "stance": "accuse"},
    {"speaker": PARTY, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": PARTY, "cue": cue(t, "اتهم"), "stance": "accuse"}]})
# --- Trump taken off stage at Reno after a false gun alarm. Evacuating a protected candidate is protection, not a
# PLOVER event; the arrest of the man who shouted is a passive with no doer; the shouter and the eyewitnesses are
# bare. The Secret Service's announcement and its quoted "لم يتم العثور" are two cues.
i = 'ant-JA-internationalNews-264-20161106'
t = news_text(i)
USSS = ["US Secret Service", "جهاز الأمن السري الأميركي", "جهاز الأمن السري", "United States",
        "الولايات المتحدة"]
recs.append({"id": i, "text": t, "published": "2016-11-06", "events": [], "claims": [
    {"speaker": USSS, "cue": cue(t, "أعلن"), "stance": "assert"},
    {"speaker": USSS, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- Mandatory seat belts in Tunisia. The government decree is a nominal background ("صدر ... أمر حكومي"), not
# coded. "فيما أوضح رئيس الجمعية أوضح" repeats the verb: one claim on the first أوضح of the pair; "حسب قوله"
# closes the same sentence, no second claim.
i = 'ant-JA-localNews-398-20170131'
t = news_text(i)
HASSOUNA = ["Anis Hassouna", "أنيس حسونة", "حسونة", "رئيس الجمعية",
            "Tunisian Association of Driving License Examiners and Road Safety",
            "الجمعية التونسية لممتحني رخص السياقة والسلامة المرورية"]
recs.append({"id": i, "text": t, "published": "2017-01-31", "events": [], "claims": [
    {"speaker": HASSOUNA, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": HASSOUNA, "cue": cue(t, "أوضح", 1), "stance": "assert"},
    {"speaker": HASSOUNA, "cue": cue(t, "أوضح", 2), "stance": "assert"}]})
# --- Nidaa Tounes leader Lazhar Akremi met President Essebsi at Carthage on Thursday (26 May). The meeting is the
# article's own news, told through "لقائه برئيس الجمهورية" with both parties named: CONSULT, visitor Akremi. "تم
# الاتفاق على العمل بشكل جدي" and "اللقاء خرج بجملة من الإتفاقيات" are one AGREE of the two participants; the
# president's "عبر عن تفهمه لبعض المقترحات" is SUPPORT with no named recipient, and a nested claim of his. Akremi
# gets no Nidaa Tounes alias: "نداء تونس" holds "تونس", which the president's state alias must keep.
i = 'ant-JA-politic-278-20160527'
t = news_text(i)
AKREMI = ["Lazhar Akremi", "لزهر العكرمي", "العكرمي"]
ESSEBSI = ["Beji Caid Essebsi", "الباجي قايد السبسي", "السبسي", "Tunisian President", "رئيس الجمهورية", "Tunisia",
           "تونس"]
recs.append({"id": i, "text": t, "published": "2016-05-27", "events": [
    {"code": "CONSULT", "source": AKREMI, "target": ESSEBSI, "date": "2016-05-26"},
    {"code": "AGREE", "source": AKREMI + ESSEBSI, "target": [], "date": "2016-05-26"},
    {"code": "SUPPORT", "source": ESSEBSI, "target": [], "date": "2016-05-26"}], "claims": [
    {"speaker": AKREMI, "cue": cue(t, "أفاد"), "stance": "assert"},
    {"speaker": AKREMI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": AKREMI, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": ESSEBSI, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": AKREMI, "cue": cue(t, "أشار"), "stance": "assert"},
    {"speaker": AKREMI, "cue": cue(t, "مؤكدا"), "stance": "deny"}]})
# --- The Mahdia governorate announces development programmes for Bradaa. The allocations are passives ("تم رصد")
# with no stated doer, and the residents' demands are a nominal background: no event. The governorate is a named
# institution, so its two statements are claims.
i = 'ant-JA-localNews-1722-20170224'
t = news_text(i)
MAHDIA = ["Mahdia Governorate", "ولاية المهدية", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-24", "events": [], "claims": [
    {"speaker": MAHDIA, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": MAHDIA, "cue": cue(t, "أضافت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch12.gold.jsonl', recs)
