"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 26 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Jubeir's coming visit to Moscow. The visit "بعد غد" is a future meeting, so AGREE dated on the day the
# text fixes for it (2015-08-11); the Russian ministry's "مباحثات الجبير - لافروف ستبحث" is the same meeting.
# MBS's past talks in Moscow and the Doha three-way meeting are relative clauses with named doers (CONSULT,
# undated: "الأخيرة" / "أخيرا"); in Doha the first-named minister is the source. The Rome press conference
# "مع نظيره الإيطالي" is a prepositional phrase, not a clause: not coded. The "مصدر دبلوماسي سعودي" is tied to
# a named government, so his two statements are claims.
i = 'snn-aawsat-4a5d0cee11a0'
t = news_text(i)
JUBEIR = ["Adel al-Jubeir", "عادل الجبير", "الجبير", "Saudi Arabia"]
RUSSIAN_MFA = ["Russian Foreign Ministry", "وزارة الخارجية الروسية", "وزارة الخارجية", "Russia", "روسيا"]
SAUDI_SOURCE = ["Saudi diplomatic source", "مصدر دبلوماسي سعودي", "مصدر دبلوماسي", "المصدر", "Saudi Arabia"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "AGREE", "source": JUBEIR,
     "target": ["Russia", "روسيا", "موسكو", "Moscow", "Sergei Lavrov", "سيرغي لافروف", "لافروف",
                "Russian Foreign Ministry", "وزارة الخارجية الروسية"], "date": "2015-08-11"},
    # "المباحثات التي أجراها الأمير محمد بن سلمان ... مع المسؤولين الروس خلال زيارته الأخيرة"
    {"code": "CONSULT", "source": ["Mohammed bin Salman", "محمد بن سلمان", "Saudi Arabia"],
     "target": ["Russian officials", "المسؤولين الروس", "Russia", "روسيا", "موسكو", "Moscow"]},
    # "اللقاء الثلاثي الذي جمع وزير الخارجية السعودي بنظيره الروسي سيرغي لافروف والأميركي جون كيري"
    {"code": "CONSULT", "source": JUBEIR,
     "target": ["Sergei Lavrov", "سيرغي لافروف", "لافروف", "Russia", "روسيا", "John Kerry", "جون كيري",
                "United States"]}], "claims": [
    {"speaker": SAUDI_SOURCE, "cue": cue(t, "أكد", 1), "stance": "assert"},
    {"speaker": SAUDI_SOURCE, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": RUSSIAN_MFA, "cue": cue(t, "أكدت"), "stance": "assert"},
    {"speaker": JUBEIR, "cue": cue(t, "أكد", 3), "stance": "assert"}]})
# --- Zenit look for a replacement for Rondon: transfers and signings are sport, not events, and "ووفقا لما
# ذكرته الصحف" names no outlet (bare "الصحف"), so no claim.
i = 'snn-alyaum-5e619b39ec48'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [], "claims": []})
# --- Argentina's primaries. Elections are not events. Macri's pledge to free the markets is an intent to change
# policy (CAMEO 0342 → AGREE) with no target; يتعهد and يقول introduce the two candidates' statements.
# Fernandez taking power in 2007 and her spending are background, not coded.
i = 'snn-aawsat-ba31c240ee56'
t = news_text(i)
MACRI = ["Mauricio Macri", "ماوريسيو ماكري", "ماكري"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "AGREE", "source": MACRI, "target": []}], "claims": [
    {"speaker": MACRI, "cue": cue(t, "يتعهد"), "stance": "promise"},
    {"speaker": ["Daniel Scioli", "دانييل سكيولي", "سكيولي"], "cue": cue(t, "يقول"), "stance": "assert"}]})
# --- The Philippine labour ministry refuses new Saudi recruitment offices. The refusal and the embassy labour
# offices' "أغلقت الباب أمام المكاتب" are one act told twice (REJECT). The Saudi ministry's threat to stop the
# visas of offices below 20% is THREATEN. The speaker, "مصدر مختص في مجال استقدام العمالة", is tied to no named
# institution: his statements are no claims, and his own accusation (معتبراً ذلك مخالفة) and call on the Saudi
# ministry (ودعا) are not coded as events either. "حسبما أوردت صحيفة الوطن" attributes the sentence to a named
# outlet other than its speaker, so it is a claim. Both ministries are "وزارة العمل" + adjective, so neither
# keeps an Arabic alias that holds the other's name.
i = 'snn-3alyoum-2a72b7940a59'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REJECT", "source": ["Philippine Ministry of Labor", "Philippines", "الفلبين",
                                  "Philippine embassy labour offices", "مكاتب العمل", "السفارة الفلبينة"],
     "target": ["Saudi recruitment offices", "مكاتب استقدام وطنية جديدة", "مكاتب استقدام", "المكاتب",
                "Saudi Arabia"]},
    # "الوزارة توعدت المكاتب والشركات التي لا تستقدم نسبة 20% ... بوقف التأشيرات العامة عنها"
    {"code": "THREATEN", "source": ["Saudi Ministry of Labor", "الوزارة", "Saudi Arabia"],
     "target": ["recruitment offices and companies", "المكاتب والشركات", "المكاتب", "الشركات"]}], "claims": [
    {"speaker": ["Al-Watan", "الوطن", "صحيفة الوطن"], "cue": cue(t, "حسبما أوردت"), "stance": "assert"}]})
# --- Taliban suicide attack in Kunduz on Saturday evening (مساء السبت = 2015-08-08): one ASSAULT, the
# bomber's clause and "تبنت حركة طالبان هذا الهجوم" being the same act; its victims are civilians to the ministry
# and fighters to the governor's spokesman, so both stay. The ministry's condemnation (منددة) is ACCUSE, dated on
# the officials' announcement "يوم امس الاحد". The Kabul attacks have no doer in the text, Mansour's appointment
# and Omar's death are nominal/passive. Bare "مسؤولون" and "مسؤولين محليين" are not claims; the Taliban's
# claim of responsibility (تبنت) is no reporting cue.
i = 'snn-aljazirah-5cdf5e578e46'
t = news_text(i)
AFGHAN_MOI = ["Afghan Interior Ministry", "وزارة الداخلية الافغانية", "وزارة الداخلية", "Afghanistan", "افغانستان"]
TALIBAN = ["Taliban", "طالبان", "suicide bomber", "انتحاري"]
WAHIDI = ["Abdul Wadud Wahidi", "عبد الودود وحيدي", "وحيدي"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": TALIBAN,
     "target": ["civilians", "مدنيون", "مدنيا", "شخصا", "militants", "مسلحا", "Afghanistan", "افغانستان"],
     "date": "2015-08-08"},
    {"code": "ACCUSE", "source": AFGHAN_MOI, "target": TALIBAN, "date": "2015-08-09"}], "claims": [
    {"speaker": AFGHAN_MOI, "cue": cue(t, "اشارت"), "stance": "assert"},
    {"speaker": AFGHAN_MOI, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": AFGHAN_MOI, "cue": cue(t, "منددة"), "stance": "accuse"},
    {"speaker": AFGHAN_MOI, "cue": cue(t, "اضافت"), "stance": "assert"},
    {"speaker": WAHIDI, "cue": cue(t, "قال", 2), "stance": "assert"}]})
# --- UGTT asks the Chahed government to review the reshuffle (اليوم الأحد = 2017-02-26). The demand of the lead
# and Tahri's "مطالبا" are one REQUEST; his criticisms at the same press conference (a political barter, a
# challenge to civil servants, following the IMF) are one ACCUSE of the government. The dismissal and
# appointment are nominal under a passive "تم", not coded. "بحسب تعبيره" / "على حد تعبيره" repeat the speaker
# of their own sentence: no claims. The first cue is the glued typo "واعتبرعضو".
i = 'ant-JA-localNews-1827-20170226'
t = news_text(i)
UGTT = ["UGTT", "الاتحاد العام التونسي للشغل", "Tunisian General Labour Union"]
TAHRI = ["Sami Tahri", "سامي الطاهري", "الطاهري"] + UGTT
CHAHED_GOV = ["Youssef Chahed government", "حكومة يوسف الشاهد", "Youssef Chahed", "يوسف الشاهد", "الحكومة",
              "Tunisian government", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-02-26", "events": [
    {"code": "REQUEST", "source": TAHRI, "target": CHAHED_GOV, "date": "2017-02-26"},
    {"code": "ACCUSE", "source": TAHRI, "target": CHAHED_GOV, "date": "2017-02-26"}], "claims": [
    {"speaker": UGTT, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": TAHRI, "cue": cue(t, "اعتبرعضو"), "stance": "accuse"},
    {"speaker": TAHRI, "cue": cue(t, "مطالبا"), "stance": "other"},
    {"speaker": TAHRI, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": TAHRI, "cue": cue(t, "اعتبر", 2), "stance": "accuse"},
    {"speaker": TAHRI, "cue": cue(t, "أضاف"), "stance": "accuse"}]})
# --- The journalists' syndicate against the interior minister's ban of "الثورة نيوز" (statement "اليوم" =
# 2017-04-08). Its rejection (عبرت عن رفضها) and "اعتبرت ... سابقة خطيرة" are one condemnation (ACCUSE, not
# REJECT); "وطالبت النقابة وزير الداخلية بإيقاف" is REQUEST. The ban itself is the nominal "قرار وزير الداخلية
# بتحجير", not coded. "وأضافت" foresees harm from the ban: warn.
i = 'ant-JA-localNews-3827-20170408'
t = news_text(i)
SNJT = ["National Syndicate of Tunisian Journalists", "SNJT", "النقابة الوطنية للصحفيين التونسيين", "النقابة",
        "نقابة الصحفيين"]
INTERIOR = ["Interior Minister", "وزير الداخلية", "Ministry of Interior", "وزارة الداخلية", "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-04-08", "events": [
    {"code": "ACCUSE", "source": SNJT, "target": INTERIOR, "date": "2017-04-08"},
    {"code": "REQUEST", "source": SNJT, "target": INTERIOR, "date": "2017-04-08"}], "claims": [
    {"speaker": SNJT, "cue": cue(t, "عبرت"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "اعتبرت"), "stance": "accuse"},
    {"speaker": SNJT, "cue": cue(t, "أضافت"), "stance": "warn"},
    {"speaker": SNJT, "cue": cue(t, "طالبت"), "stance": "other"}]})
# --- Parliament announces tomorrow the vote for the anti-torture body: sessions, votes and applications are
# internal procedure, not events. "وجاء في الصفحه الرسمية لمجلس نواب الشعب" is a statement of a named body.
i = 'ant-JA-localNews-801-20160329'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2016-03-29", "events": [], "claims": [
    {"speaker": ["Assembly of the Representatives of the People", "مجلس نواب الشعب"], "cue": cue(t, "جاء"),
     "stance": "assert"}]})
# --- Kef Tex conciliation session (مساء اليوم الثلاثاء = 2017-02-14). "تم الاتفاق" is passive, but the next
# sentences name the session's members, so the session is one multilateral CONSULT (no target, as the seed's
# UDCG meeting) and the agreement one AGREE between the workers' side and the factory. The workers' eight-day
# action is PROTEST with no named addressee. The governor keeps only "والي", since "الكاف" is also the place.
# "بحسب ما أفاد به مراسل الجوهرة أف أم" attributes to a reporter of a named outlet: a claim.
i = 'ant-JA-localNews-1248-20170214'
t = news_text(i)
WORKERS = ["factory workers", "عمال المعمل", "العملة", "workers' representative", "ممثل العملة", "union",
           "النقابة", "UGTT regional union", "الاتحاد الجهوي للشغل"]
FACTORY = ["Kef Tex", "كاف تاكس", "factory management", "مديرة الوحدة الصناعية", "المؤسسة"]
recs.append({"id": i, "text": t, "published": "2017-02-14", "events": [
    {"code": "CONSULT", "source": ["governor", "والي"] + WORKERS + FACTORY, "target": [], "date": "2017-02-14"},
    {"code": "AGREE", "source": WORKERS, "target": FACTORY, "date": "2017-02-14"},
    {"code": "PROTEST", "source": ["factory workers", "عمال المعمل", "العملة", "عامل"], "target": []}], "claims": [
    {"speaker": ["Jawhara FM correspondent", "مراسل الجوهرة أف أم", "الجوهرة أف أم", "Jawhara FM"],
     "cue": cue(t, "أفاد"), "stance": "assert"}]})
# --- Tunisia Brand Awards: the seminar is passive ("تم ... عقد ندوة") and the correspondent's interview is
# reporting, not an event. Three statements by the two named directors.
i = 'ant-JA-localNews-3088-20170318'
t = news_text(i)
BEN_HASSINE = ["Jamel Ben Hassine", "جمال بن حسين", "بن حسين"]
recs.append({"id": i, "text": t, "published": "2017-03-18", "events": [], "claims": [
    {"speaker": BEN_HASSINE, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BEN_HASSINE, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": ["Youssef Meddeb", "يوسف المؤدب", "المؤدب", "One to One for Research and Polling", "وان تو وان"],
     "cue": cue(t, "قال"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch26.gold.jsonl', recs)
