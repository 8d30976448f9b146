"""Rebuild this held-out gold batch from the news samples (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 10 10` and annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Typhoon Soudelor kills 14 in east China. A storm has no doer, so no events. "السلطات" in the first sentence
# are the Chinese authorities (an institution, not anonymous sources), so "حسبما ذكرت" is their claim; the second
# "حسبما ذكرت" is Xinhua's. "نقلت شينخوا عن مسؤولين عن مكافحة الفيضانات بالإقليم القول" is a claim of the
# province's flood-control officials (tied to a named government), cue القول; Xinhua, the conduit, gets none there.
# "وكالة انباء الصين الجديدة" holds الصين, a place the article names, so Xinhua keeps its short names.
i = 'snn-aleqtisadiya-e7af2bfafebb'
t = news_text(i)
XINHUA = ["Xinhua", "شينخوا"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": ["Chinese authorities", "السلطات", "China", "الصين"], "cue": cue(t, "حسبما ذكرت", 1),
     "stance": "assert"},
    {"speaker": XINHUA, "cue": cue(t, "حسبما ذكرت", 2), "stance": "assert"},
    {"speaker": ["Zhejiang flood-control officials", "مسؤولين عن مكافحة الفيضانات", "China", "الصين"],
     "cue": cue(t, "القول"), "stance": "assert"},
    {"speaker": XINHUA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ["Taiwanese authorities", "السلطات التايوانية", "Taiwan", "تايوان"], "cue": cue(t, "ذكرت", 3),
     "stance": "assert"}]})
# --- A paralysed National Guard member appeals to the Guard's minister to complete his treatment. The appeal
# (ناشد, and the headline's يطالب in the closing link line) is one REQUEST. The shot "من زميله" is a nominal
# accident, not coded. "تمت الموافقة من الديوان الملكي على علاجه" has an explicit agent and granted treatment
# abroad: AID. The medical board's refusal of the extension is REJECT (of a request for aid). In his quote "they"
# are the staff of Prince Sultan Humanitarian City, where he stayed: a named institution, so their request that
# he leave (REQUEST), yesterday morning's call (CONSULT, 2015-08-08) and their promise to call back to fix an
# appointment (AGREE, same call) are coded, and "وقالوا" is their claim. "وأكد الأطباء" (unnamed doctors of an
# unnamed hospital) is no claim. His own complaint of stalling (وأضاف) is criticism: accuse.
i = 'snn-alweeam-b06225f944ae'
t = news_text(i)
HARTHI = ["Mohammed Hassan Al-Harthi", "محمد حسن الحارثي", "الحارثي"]
CITY = ["Prince Sultan bin Abdulaziz Humanitarian City", "مدينة الأمير سلطان بن عبدالعزيز الإنسانية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "REQUEST", "source": HARTHI,
     "target": ["Mutaib bin Abdullah", "متعب بن عبدالله بن عبدالعزيز", "متعب بن عبدالله", "متعب",
                "Saudi National Guard", "الحرس الوطني", "Saudi Arabia", "السعودية"]},
    {"code": "AID", "source": ["Royal Court", "الديوان الملكي", "Saudi Arabia", "السعودية"], "target": HARTHI},
    {"code": "REJECT", "source": ["medical board", "الهيئة الطبية", "Saudi Arabia", "السعودية"], "target": HARTHI},
    # "طلبوا مني المغادرة، على أن يتم الاتصال بي بعد 4 أشهر"
    {"code": "REQUEST", "source": CITY, "target": HARTHI},
    # "اتصلوا بي، صباح أمس"
    {"code": "CONSULT", "source": CITY, "target": HARTHI, "date": "2015-08-08"},
    # "وقالوا: سنتصل بك بعد شهرين لتحديد الموعد"
    {"code": "AGREE", "source": CITY, "target": HARTHI, "date": "2015-08-08"}], "claims": [
    {"speaker": HARTHI, "cue": cue(t, "ناشد"), "stance": "other"},
    {"speaker": HARTHI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": HARTHI, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": CITY, "cue": cue(t, "قالوا"), "stance": "promise"},
    {"speaker": HARTHI, "cue": cue(t, "أبدى"), "stance": "assert"},
    {"speaker": HARTHI, "cue": cue(t, "مؤكدًا"), "stance": "assert"},
    {"speaker": HARTHI, "cue": cue(t, "يطالب"), "stance": "other"}]})
# --- Mahayil buries a soldier killed in the Abha mosque bombing. The funeral itself is no PLOVER event, and the
# bombing ("التفجير الآثم الذي استهدف جامع") has no doer in the text, nor do the terrorists' "الأفعال الإجرامية"
# (nominal). The mourners' condemnation (منددين) and solidarity with the leadership (متضامنين) happened at the
# funeral "بعد مغرب الجمعة" (2015-08-07); terrorism is no actor, so the condemnations have no target. The
# father's thanks to the leadership is SUPPORT. "محايل عسير" is a place, so "أهالي محايل عسير" is not an alias.
# "مستهدف من قبل الكثير من أعدائنا" is a passive participle inside the governor's claim: not coded.
i = 'snn-alriyadh-e2b27b79275f'
t = news_text(i)
MOURNERS = ["mourners", "أهالي", "المواطنين والمقيمين", "جموع المواطنين والمقيمين"]
LEADERSHIP = ["Saudi leadership", "القيادة الرشيدة", "القيادة", "Saudi Arabia", "السعودية"]
FATHER = ["father of the martyr", "والد الشهيد"]
MUTAHMI = ["Mohammed bin Saud Al-Mutahmi", "محمد بن سعود المتحمي", "المتحمي", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ACCUSE", "source": MOURNERS, "target": [], "date": "2015-08-07"},
    {"code": "SUPPORT", "source": MOURNERS, "target": LEADERSHIP, "date": "2015-08-07"},
    {"code": "SUPPORT", "source": FATHER, "target": LEADERSHIP},
    {"code": "ACCUSE", "source": MUTAHMI, "target": []}], "claims": [
    {"speaker": MOURNERS, "cue": cue(t, "منددين"), "stance": "accuse"},
    {"speaker": FATHER, "cue": cue(t, "عبر"), "stance": "assert"},
    {"speaker": FATHER, "cue": cue(t, "مشيرا"), "stance": "assert"},
    {"speaker": MUTAHMI, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": MUTAHMI, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": MUTAHMI, "cue": cue(t, "مبينا"), "stance": "warn"}]})
# --- Suicide bombing at Kabul airport (today, Monday). "انتحاريا نفذ تفجيرًا" names a doer, so one ASSAULT with no
# target (the headline's "تفجير انتحاري يستهدف مطار" is the same act). Bare "مسؤولون" and "مسؤول حكومي" name no
# institution, so no claim; the UN's earlier casualty figure is a claim, and the violence behind it has no doer.
i = 'snn-aawsat-11b493425763'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [
    {"code": "ASSAULT", "source": ["suicide bomber", "انتحاريا", "انتحاري"], "target": [], "date": "2015-08-10"}],
    "claims": [
    {"speaker": ["Najib Danish", "نجيب دانيش", "دانيش", "Afghan Interior Ministry", "وزارة الداخلية",
                 "Afghanistan", "أفغانستان"], "cue": cue(t, "صرح"), "stance": "assert"},
    {"speaker": ["Sayed Kabir Amiri", "سيد كبير أميري", "أميري", "Afghanistan", "أفغانستان"], "cue": cue(t, "أوضح"),
     "stance": "assert"},
    {"speaker": ["United Nations", "الأمم المتحدة", "UN"], "cue": cue(t, "أعلنت"), "stance": "assert"}]})
# --- MINUSMA: five contractors killed in the Sevare hotel attack. "الهجوم الذي شنته مجموعة مسلحة" is a relative
# clause with a doer: ASSAULT, no target (the hotel is no actor) and no day in the text. The rescue of four
# foreigners has no doer. "بعثة الامم المتحدة في مالي" holds مالي, a place, so it is cut to its head.
i = 'snn-3alyoum-753ef27b6146'
t = news_text(i)
MINUSMA = ["MINUSMA", "UN mission", "بعثة الامم المتحدة", "البعثة", "البعثة الاممية", "United Nations",
           "الأمم المتحدة"]
recs.append({"id": i, "text": t, "published": "2015-08-09", "events": [
    {"code": "ASSAULT", "source": ["armed group", "مجموعة مسلحة"], "target": []}], "claims": [
    {"speaker": MINUSMA, "cue": cue(t, "أعلنت"), "stance": "assert"},
    {"speaker": MINUSMA, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": MINUSMA, "cue": cue(t, "تحدثت"), "stance": "assert"}]})
# --- The Al-Majd party leader calls for dropping the dignity fund. His criticism of rushing the fund through
# (قال) is ACCUSE and his call to drop it (دعا; the headline's يدعو is not in the text) is REQUEST; whoever passes
# the finance law is not named, so neither has a target. "من خلال ما نشره على صفحته" is the same speaker.
i = 'ant-JA-localNews-1551-20140101'
t = news_text(i)
HANI = ["Abdelwahab Hani", "عبد الوهاب الهاني", "الهاني", "Al-Majd Party", "حزب المجد"]
recs.append({"id": i, "text": t, "published": "2014-01-01", "events": [
    {"code": "ACCUSE", "source": HANI, "target": []},
    {"code": "REQUEST", "source": HANI, "target": []}], "claims": [
    {"speaker": HANI, "cue": cue(t, "قال"), "stance": "accuse"},
    {"speaker": HANI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": HANI, "cue": cue(t, "دعا"), "stance": "other"}]})
# --- Ennahda's deputy head on the municipal elections. The regional office's handover meeting is internal party
# business; the government's "war on corruption" names no target actor (a policy, not coded); the Saudi break with
# Qatar is a masdar (قطع السعودية لعلاقاتها), a nominalised background event. His endorsement of the government
# (اعتبر ... سلكت طريقا صحيحا) is SUPPORT, and his wish that the Gulf quarrel be settled through mediation is an
# appeal: REQUEST to both parties. Only the second statement is placed "أمس", so the events stay undated;
# "وفق تعبيره" repeats the speaker of its sentence.
i = 'ant-JA-politic-498-20170607'
t = news_text(i)
LARAYEDH = ["Ali Larayedh", "علي العريض", "العريض", "Ennahda", "حركة النهضة", "النهضة", "الحركة"]
recs.append({"id": i, "text": t, "published": "2017-06-07", "events": [
    {"code": "SUPPORT", "source": LARAYEDH,
     "target": ["Chahed government", "حكومة يوسف الشاهد", "Youssef Chahed", "يوسف الشاهد", "الحكومة",
                "Tunisian government", "Tunisia", "تونس"]},
    {"code": "REQUEST", "source": LARAYEDH, "target": ["Saudi Arabia", "السعودية", "Qatar", "قطر"]}], "claims": [
    {"speaker": LARAYEDH, "cue": cue(t, "قال", 1), "stance": "assert"},
    {"speaker": LARAYEDH, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": LARAYEDH, "cue": cue(t, "اعتبر"), "stance": "assert"},
    {"speaker": LARAYEDH, "cue": cue(t, "مؤكدا"), "stance": "assert"},
    {"speaker": LARAYEDH, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": LARAYEDH, "cue": cue(t, "قال", 2), "stance": "other"}]})
# --- Resident and intern doctors march on parliament (today, Thursday). PLOVER does not code a protest's topic as
# a separate REQUEST, so the march's demands (a law, the minister's dismissal) and its slogans' condemnation are
# inside the one PROTEST; the slogans (تطالب، تندد) are still the protesters' claims. The young doctors' secretary
# general, speaking to TAP on the spot, criticises the ministry (ACCUSE) and threatens escalation (THREATEN),
# both today. Bare "مصادر أمنية" give no claim; the doctors' recent arrest is passive, no doer.
i = 'ant-JA-localNews-1037-20170209'
t = news_text(i)
DOCTORS = ["resident and intern doctors", "الاطباء المقيمين والداخلين", "الاطباء المقيمين", "المحتجون",
           "الأطباء الشبان", "الأطباء الداخليين والمقيمين"]
HENCHIRI = ["Jed Henchiri", "جاد الهنشيري", "الهنشيري", "المتحدث", "Tunisian Organization of Young Doctors",
            "المنظمة التونسية للاطباء الشبان"]
MINISTRY = ["Ministry of Health", "وزارة الصحة", "سلطة الإشراف", "سلطة الاشراف", "Samira Merai",
            "سميرة مرعي فريعة", "Tunisian government", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-09", "events": [
    {"code": "PROTEST", "source": DOCTORS,
     "target": MINISTRY + ["Assembly of the Representatives of the People", "مجلس نواب الشعب"],
     "date": "2017-02-09"},
    {"code": "ACCUSE", "source": HENCHIRI, "target": MINISTRY, "date": "2017-02-09"},
    # "الأطباء مستعدون لمزيد من التصعيد إلى حين الاستجابة لمطلبهم"
    {"code": "THREATEN", "source": HENCHIRI + DOCTORS, "target": MINISTRY, "date": "2017-02-09"}], "claims": [
    {"speaker": DOCTORS, "cue": cue(t, "تطالب"), "stance": "other"},
    {"speaker": DOCTORS, "cue": cue(t, "تندد"), "stance": "accuse"},
    {"speaker": HENCHIRI, "cue": cue(t, "أوضح"), "stance": "accuse"},
    {"speaker": HENCHIRI, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": HENCHIRI, "cue": cue(t, "اعتبر", 2), "stance": "accuse"},
    {"speaker": HENCHIRI, "cue": cue(t, "قائلا"), "stance": "warn"}]})
# --- UNFPA on cholera in Yemen. No event: the epidemic and the conflict have no doer, and concern is no PLOVER
# class. "وأوضح البيان" and "وأشار بيان المسئول الاممي" are the director's statement, so his claims.
i = 'ant-JA-internationalNews-973-20170528'
t = news_text(i)
UNFPA = ["UNFPA", "United Nations Population Fund", "صندوق الأمم المتحدة للسكان", "Luay Shabaneh", "لؤي شبانه",
         "شبانه", "المسئول الاممي"]
recs.append({"id": i, "text": t, "published": "2017-05-28", "events": [], "claims": [
    {"speaker": UNFPA, "cue": cue(t, "قال", 1), "stance": "warn"},
    {"speaker": UNFPA, "cue": cue(t, "قال", 2), "stance": "warn"},
    {"speaker": UNFPA, "cue": cue(t, "أضاف"), "stance": "warn"},
    {"speaker": UNFPA, "cue": cue(t, "أوضح"), "stance": "warn"},
    {"speaker": UNFPA, "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- German arrest warrant for a Tunisian linked to the Berlin attacker. The warrant (and the arrest it led to,
# told in the passive) is one COERCE, CAMEO 173. The police's claim that he was in contact with Amri is ACCUSE.
# The federal authorities seized devices in a raid (ضبطتها, COERCE) and are examining them (investigation: ACCUSE),
# both against "another man". Amri's suspected attack is nominal (المشتبه بتنفيذه الهجوم). "نقلا عن المتحدثة" is the
# only attribution of its sentence, so a claim; its "not because of the attack" is a rebuttal: deny. Aliases that
# hold برلين or كالسروه (places) are cut.
i = 'ant-JA-internationalNews-112-04012017'
t = news_text(i)
TUNISIAN = ["Tunisian man", "شخص تونسي", "التونسي", "الرجل"]
AUTHORITIES = ["German authorities", "السلطات", "Federal Prosecutor's Office", "الادعاء الاتحادي", "Germany",
               "ألمانيا"]
OTHER_MAN = ["another man", "رجلا آخر"]
recs.append({"id": i, "text": t, "published": "2017-01-04", "events": [
    {"code": "COERCE", "source": ["German judiciary", "القضاء الألماني", "German prosecution", "النيابة الألمانية",
                                  "الادعاء العام الألماني", "Germany", "ألمانيا"], "target": TUNISIAN},
    {"code": "ACCUSE", "source": ["German police", "الشرطة", "Germany", "ألمانيا"], "target": TUNISIAN},
    {"code": "COERCE", "source": AUTHORITIES, "target": OTHER_MAN},
    {"code": "ACCUSE", "source": AUTHORITIES, "target": OTHER_MAN}], "claims": [
    {"speaker": ["German police", "الشرطة", "Germany", "ألمانيا"], "cue": cue(t, "تقول"), "stance": "accuse"},
    {"speaker": ["German prosecution", "النيابة الألمانية", "Germany", "ألمانيا"], "cue": cue(t, "أكدت"),
     "stance": "assert"},
    {"speaker": ["spokeswoman of the German prosecution", "المتحدثة باسم الادعاء العام الألماني",
                 "الادعاء العام الألماني", "German prosecution", "Germany", "ألمانيا"], "cue": cue(t, "نقلا"),
     "stance": "deny"},
    {"speaker": ["prosecutor's office", "مكتب مدعي عام", "German prosecution", "Germany", "ألمانيا"],
     "cue": cue(t, "أكد", 2), "stance": "assert"},
    {"speaker": ["Frauke Koehler", "فراوكه كولر", "كولر", "Federal Prosecutor's Office", "الادعاء الاتحادي",
                 "Germany", "ألمانيا"], "cue": cue(t, "قالت"), "stance": "assert"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch10.gold.jsonl', recs)
