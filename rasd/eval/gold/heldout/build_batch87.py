"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 87 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- Al-Weam: the World Islamic Council's general relief committee calls on 23 humanitarian organisations to hurry
# aid to the victims of Pakistan's floods. "دعت لجنة الإغاثة العامة ... 23 منظمة ... إلى المسارعة في تقديم
# مساعداتها" is a call with a named addressee: REQUEST committee → the organisations (a body's call on organisations
# tied to it is a REQUEST to them, as the README's union call on its members and a leader's call on his fighters),
# undated (no day in the text); Taib's "الأمر الذي يدعو هذه المنظمات ... أن تسارع" and the closing link line's
# "يدعو لمساعدة" re-tell the same call. The floods (أودت، دمرت، تشريد) are a natural disaster with no actor: no events.
# Claims: the committee's دعت (other); Taib's أوضح and مبينا (the toll: assert) and أفاد (the victims' need, which
# calls on the organisations to hurry: other); the link line's يدعو (a headline speech verb in the text, batches 56,
# 65, 67; other), the second يدعو of the text (the first is Taib's "الأمر الذي يدعو", no reporting verb). Taib, head
# of the committee, shares its list; "رابط الخبر بصحيفة الوئام" names the outlet, no speaker. His MWL title is left out.
i = 'snn-2015-08-02-0869'
t = news_text(i)
COMMITTEE = ["World Islamic Council general relief committee", "لجنة الإغاثة العامة",
             "المجلس الإسلامي العالمي للدعوة والإغاثة", "المجلس الإسلامي العالمي", "World Islamic Council"]
TAIB = ["Ihsan bin Saleh Taib", "إحسان بن صالح طيب", "طيب", "رئيس اللجنة", "International Islamic Relief Organization",
        "هيئة الإغاثة الإسلامية العالمية"] + COMMITTEE
ORGS = ["23 humanitarian organisations", "23 منظمة", "منظمة تعمل في مجال العمل الإنساني", "هذه المنظمات",
        "المنظمات"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "REQUEST", "source": TAIB, "target": ORGS}], "claims": [
    {"speaker": COMMITTEE, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": TAIB, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": TAIB, "cue": cue(t, "مبينا"), "stance": "assert"},
    {"speaker": TAIB, "cue": cue(t, "أفاد"), "stance": "other"},
    {"speaker": COMMITTEE, "cue": cue(t, "يدعو", 2), "stance": "other"}]})
# --- Al-Jazirah: Mortada Mansour steps down as Zamalek president after the league title and will call the general
# assembly to elect a successor; he lifts the expulsion of three former board members. His stepping down is no PLOVER
# event, and "سيدعو الجمعية العمومية ... لانتخاب رئيس" (re-told by his "سأدعو جميع رموز النادي") convenes the club's
# own assembly: internal, like an internal party meeting (batch 52's Shura session), not coded (decided). "قرّر
# مرتضى منصور إلغاء شطب عضوية ممدوح عباس ... ورؤوف جاسر ... وهاني شكري" lifts a disciplinary sanction: the reverse of
# batches 8–9's and 81–84's administrative sanctions by a sports body (COERCE 172), so CONCEDE (CAMEO 081, ease
# administrative sanctions), Mansour → the three, undated (no day given); "قرّر العفو عن الثلاثي" re-tells it. The
# earlier expulsion "تم شطب عضويتهم في الجمعية العمومية الأخيرة" is passive; "وقفت أمام كل من يحاول أن يشوّه صورة
# الزمالك" names no party. Claims: كشف (his stepping down and the coming assembly: assert), قال (assert), أضاف (his
# plan: assert), شدد (he rebuts those who read his conduct as picking fights: deny), أبلغ (he told the board of the
# pardon, a reporting verb with a clause: assert). Mansour's list leaves out "رئيس النادي", which Abbas's title
# "رئيس النادي السابق" holds.
i = 'snn-2015-07-31-0838'
t = news_text(i)
MANSOUR = ["Mortada Mansour", "مرتضى منصور", "منصور", "رئيس الزمالك", "Zamalek", "نادي الزمالك", "الزمالك"]
THREE = ["Mamdouh Abbas", "ممدوح عباس", "عباس", "Raouf Gasser", "رؤوف جاسر", "جاسر", "Hany Shoukry", "هاني شكري",
         "شكري", "الثلاثي"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONCEDE", "source": MANSOUR, "target": THREE}], "claims": [
    {"speaker": MANSOUR, "cue": cue(t, "كشف"), "stance": "assert"},
    {"speaker": MANSOUR, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": MANSOUR, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": MANSOUR, "cue": cue(t, "شدد"), "stance": "deny"},
    {"speaker": MANSOUR, "cue": cue(t, "أبلغ"), "stance": "assert"}]})
# --- Al-Yaum: the Al-Ahsa awqaf director denies that the ministry decided to delay the noon prayer («الإبراد») in the
# heat. "نفى ... صدور قرار من الوزارة" and his "نافيا اصدار قرار من مكتب إدارة المساجد" deny one rumour, aired on
# social media with no named author: one REJECT with no target (README: denying an unnamed rumour), undated (no day).
# "طالب عدد من المصلين بإحياء هذه السنة" is a demand with an explicit (bare) doer and no named addressee: REQUEST with
# no target (README: a call with no addressee), undated; decided: a demand for a prayer-time policy, not a religious
# exhortation (batches 77–80). Their "رأوا" and the others' "أشار آخرون" are bare groups (like يتوقع المزارعون): no
# claims. Claims: al-Hashem's نفى (deny), أضاف (the Umm al-Qura calendar applies: assert) and نافيا (deny), two verbs
# of one sentence with distinct contents. His title holds الأحساء, so his list keeps the directorate without the town.
i = 'snn-2015-07-27-1079'
t = news_text(i)
HASHEM = ["Ahmed al-Hashem", "أحمد الهاشم", "الهاشم", "الشيخ الهاشم", "الشيخ أحمد الهاشم",
          "Awqaf directorate", "إدارة الأوقاف والمساجد والدعوة والإرشاد", "Saudi Arabia", "السعودية"]
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "REJECT", "source": HASHEM, "target": []},
    {"code": "REQUEST", "source": ["worshippers", "عدد من المصلين", "المصلين"], "target": []}], "claims": [
    {"speaker": HASHEM, "cue": cue(t, "نفى"), "stance": "deny"},
    {"speaker": HASHEM, "cue": cue(t, "أضاف"), "stance": "assert"},
    {"speaker": HASHEM, "cue": cue(t, "نافيا"), "stance": "deny"}]})
# --- Al-Yaum: Jeddah's mayor inspects the site of the «عيدكم عيدنا» Eid festivities in Obhur. A mayor inspecting
# his own municipality's site is internal (batches 31–32: a minister visiting his own agency), and Eid festivities are
# no PLOVER events (batches 31, 51). Claim: his "قال أمين جدة في تصريح" (assert). "يذكر أن" is the narrator. جدة is
# named on its own, so his list keeps no "أمين جدة"/"أمانة جدة".
i = 'snn-2015-07-21-2222'
t = news_text(i)
ABURAS = ["Hani Abu Ras", "هاني بن محمد أبوراس", "هاني أبوراس", "أبوراس", "Jeddah Municipality"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": ABURAS, "cue": cue(t, "قال"), "stance": "assert"}]})
# --- Al-Jazirah: Al-Nassr suspends talks to sign Mohamed El Younsi and keeps Fabian Estoyanoff despite his Asian ban.
# Transfer talks and signings are sport business (batches 26, 32, 35, 38, 45–48): no events; the disciplinary ban of
# six matches is a noun with no doer ("لصدور قرار انضباطي بإيقافه"), the camp and training no events. No one is
# quoted; "تجدر الإشارة" is the narrator. Nothing coded.
i = 'snn-2015-07-26-0385'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-26", "events": [], "claims": []})
# --- Jawhara FM: German defence minister Ursula von der Leyen, opening the Munich Security Conference today (Friday
# 2017-02-17), warns the US against rhetoric that threatens the EU's and NATO's cohesion, warns Trump against turning
# the fight against ISIS into a war on all Muslims, and warns the new administration against going it alone. Her
# warnings urge one addressee to refrain: one REQUEST → the US (with Trump and his administration), as batch 24 codes
# the German parties' warning to Merkel (a statement's calls to one addressee are one REQUEST, batch 30), dated by
# the speech (the lead's warnings are the same speech the body dates "اليوم الجمعة"); her reproach is part of it, no
# separate ACCUSE. Trump's "قال أمس الخميس إنه سيصدر أمرا تنفيذيا جديدا لاستبدال قراره ... بفرض حظر على السفر"
# announces a domestic order whose targets stand only in the nominal background (قراره بفرض حظر): not coded (decided);
# the travel ban itself is a masdar of background. The conference (خلال افتتاح) and "عودة التعاون ... مع روسيا" are
# nouns. Claims of von der Leyen: the lead's حذرت (warn), مشددة (assert), the second حذرت (warn, a distinct content
# in the same sentence), قالت (her quote: warn; its "وفقا لنص لخطابها" repeats the speaker), the third حذرت (warn),
# قالت (NATO a community of values: assert), مضيفة (assert), ذكرت (the return to cooperation with Russia must be
# joint: a recommendation, other) and the last قالت (American tone affects Europe's cohesion: warn). Trump's قال
# and its following قال (assert). "وذلك في تحذير ضمني" is the narrator's reading.
i = 'ant-JA-internationalNews-311-20170217'
t = news_text(i)
VDL = ["Ursula von der Leyen", "أورسولا فون دير لاين", "فون دير لاين", "وزيرة الدفاع الألمانية", "الوزيرة",
       "Germany", "ألمانيا"]
TRUMP = ["Donald Trump", "دونالد ترامب", "ترامب", "الرئيس الأمريكي", "United States", "الولايات المتحدة"]
USA = ["United States", "الولايات المتحدة", "واشنطن", "Washington", "Donald Trump", "دونالد ترامب", "ترامب",
       "US administration", "الإدارة الأمريكية الجديدة", "الإدارة الأمريكية"]
recs.append({"id": i, "text": t, "published": "2017-02-17", "events": [
    {"code": "REQUEST", "source": VDL, "target": USA, "date": "2017-02-17"}], "claims": [
    {"speaker": VDL, "cue": cue(t, "حذرت", 1), "stance": "warn"},
    {"speaker": VDL, "cue": cue(t, "مشددة"), "stance": "assert"},
    {"speaker": VDL, "cue": cue(t, "حذرت", 2), "stance": "warn"},
    {"speaker": VDL, "cue": cue(t, "قالت", 1), "stance": "warn"},
    {"speaker": TRUMP, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": TRUMP, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": VDL, "cue": cue(t, "حذرت", 3), "stance": "warn"},
    {"speaker": VDL, "cue": cue(t, "قالت", 2), "stance": "assert"},
    {"speaker": VDL, "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": VDL, "cue": cue(t, "ذكرت"), "stance": "other"},
    {"speaker": VDL, "cue": cue(t, "قالت", 3), "stance": "warn"}]})
# --- Jawhara FM: Egypt's Court of Cassation today (Thursday 2017-03-02) issues a final acquittal of Hosni Mubarak on
# the charge of complicity in killing protesters. A ruling for the defendant against the accusing party is REJECT of
# that party (batch 82 codes an appeals ruling for a company as REJECT of the plaintiffs; there is no release here,
# unlike batches 28, 43 and 80), so the final acquittal is REJECT Cassation → the Public Prosecution, whose charge and
# appeal the text names, dated. The background, all finite clauses with their doers (README: historical clauses are
# coded): "عاقبت محكمة جنايات القاهرة مبارك وحبيب العادلي ... بالسجن المؤبد" is a judicial penalty, SANCTION (batches
# 80 and 82), undated (June 2012, month only); "وبرأت مساعدي العادلي الستة" is REJECT Criminal Court → prosecution,
# undated; "الحكم الذي ألغته محكمة النقض في 13جانفي عام 2013" is a relative clause with its doer, a court overturning
# another's ruling: REJECT Cassation → Criminal Court (batches 29–30: a court suspending another body's decisions),
# dated 2013-01-13, with "وقررت إعادة المحاكمة" (procedure) folded in; "طعنت النيابة العامة على الأحكام" is an appeal:
# REJECT of the rulings (batch 18), with no target as the retrial court is not named, undated; "أيدت أحكام البراءة
# لوزير الداخلية السابق ومساعديه" rejects the prosecution's appeal for them: REJECT Cassation → prosecution, undated.
# Not coded: "حصل المتهمون على البراءة، وحصل مبارك على حكم" (the deciding court unnamed) and "قبلت النقض فقط الطعن فيما
# يخص مبارك" (accepting an appeal sends a case back to trial: procedure, like a postponement; decided). No one is
# quoted. The Egyptian courts and the prosecution act on one another, so none lists Egypt.
i = 'ant-JA-internationalNews-399-20170302'
t = news_text(i)
CASSATION = ["Court of Cassation", "محكمة النقض", "النقض"]
CAIRO_COURT = ["Cairo Criminal Court", "محكمة جنايات القاهرة"]
PROSECUTION = ["Public Prosecution", "النيابة العامة"]
recs.append({"id": i, "text": t, "published": "2017-03-02", "events": [
    {"code": "REJECT", "source": CASSATION, "target": PROSECUTION, "date": "2017-03-02"},
    {"code": "SANCTION", "source": CAIRO_COURT,
     "target": ["Hosni Mubarak", "حسني مبارك", "مبارك", "Habib al-Adly", "حبيب العادلي", "العادلي",
                "وزير الداخلية السابق"]},
    {"code": "REJECT", "source": CAIRO_COURT, "target": PROSECUTION},
    {"code": "REJECT", "source": CASSATION, "target": CAIRO_COURT, "date": "2013-01-13"},
    {"code": "REJECT", "source": PROSECUTION, "target": []},
    {"code": "REJECT", "source": CASSATION, "target": PROSECUTION}], "claims": []})
# --- Jawhara FM: the unified union of Tunisian customs agents plans a protest stand at the Kasbah on 22 March 2017,
# its statement of Saturday (2017-02-11) says. "تعتزم ... تنفيذ وقفة إحتجاجية" is an announced protest: THREATEN
# (CAMEO 133) against the customs administration and the supervising authority that its statement blames and calls on
# (batch 51 aims the threat at the ministry named), dated by the statement (the protest's own day is not the
# threat's). "دعت فيه النقابة الإدارة وسلطة الإشراف إلى تكريم ..." and "شددت على ضرورة تفعيل محضر الجلسة" are one
# statement's calls to one addressee: one REQUEST (batch 30), dated. "حمل المكتب التنفيذي ... سلطة الإشراف المسؤولية"
# is blame: ACCUSE, dated. Not coded: the executive bureau's meeting of Friday (internal to the union), the agreements
# told in the passive (المتفق عليها، تم الإتفاق بشأنه، تم إمضاؤه), which are the grounds of the blame, and the Ben
# Guerdane battle (a noun). Claims: "وفق بيان صادر السبت للنقابة" (its sentence's only attribution; the demands:
# other), دعت (other), شددت (other), "التي وصفها البيان بالمشروعة" (the relative clause's own verdict, counted apart as
# batches 50 and 55 do: assert) and حمل (accuse).
i = 'ant-JA-localNews-1166-20170211'
t = news_text(i)
UNION = ["Unified Union of Tunisian Customs Agents", "النقابة الموحدة لأعوان الديوانة التونسية", "النقابة",
         "executive bureau", "المكتب التنفيذي"]
AUTH = ["customs administration", "الإدارة", "supervisory authority", "سلطة الإشراف", "Ministry of Finance",
        "Tunisian government", "Tunisia", "تونس"]
recs.append({"id": i, "text": t, "published": "2017-02-11", "events": [
    {"code": "THREATEN", "source": UNION, "target": AUTH, "date": "2017-02-11"},
    {"code": "REQUEST", "source": UNION, "target": AUTH, "date": "2017-02-11"},
    {"code": "ACCUSE", "source": UNION, "target": AUTH, "date": "2017-02-11"}], "claims": [
    {"speaker": UNION, "cue": cue(t, "وفق"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "شددت"), "stance": "other"},
    {"speaker": UNION, "cue": cue(t, "وصفها"), "stance": "assert"},
    {"speaker": UNION, "cue": cue(t, "حمل"), "stance": "accuse"}]})
# --- Jawhara FM: a French investor living in Tunisia, Pierre Anderson, writes to the tourism minister asking her to
# settle his case and threatening to turn to France's ambassador or suspend his investments. The letter's "طالب فيها
# بتسوية وضعيته" is REQUEST → the minister, and "مهددا باللجوء إلى سفير فرنسا ... أو تعليق استثماراته في تونس" is
# THREATEN → the minister and Tunisia (a conditional non-force threat, CAMEO 13); his closing "قرر اللجوء إلى وزير
# السياحة قبل الاتصال بسفير فرنسا وقبل اتخاذ خطوات تصعيدية أخرى" re-tells the letter and the threat. "ما وصفه «محاولات
# الابتزاز التي قام بها المتعهد التابع لوزارة السياحة»" is his charge: ACCUSE → the contractor (the extortion is the
# accusation's content, no event of its own, README batches 69–72). All undated (the letter has no day). His house
# purchase and "لاحظ وجود هوة كبيرة بين الإرادة القوية للدولة التونسية ... والوضع الحقيقي" (a complaint about the
# business climate that blames no party outright) are no events. Claims: طالب (other), مهددا (warn), "جاء في الرسالة"
# (assert), أكد (assert), وصفه (accuse, counted apart as batches 50 and 55 do), ختم (warn); "حسب تعبيره" repeats its
# sentence's speaker; "التي تحصلت الجوهرة أف أم على نسخة منها" is the outlet. The contractor keeps no form holding
# "وزارة السياحة", which the minister's list is close to.
i = 'ant-JA-localNews-1219-20161227'
t = news_text(i)
ANDERSON = ["Pierre Anderson", "بيار اندرسون", "اندرسون", "French investor", "مستثمر فرنسي", "صاحب الرسالة"]
MINISTER = ["Minister of Tourism and Handicrafts", "وزيرة السياحة والصناعات التقليدية", "وزيرة السياحة",
            "وزير السياحة", "Tunisia", "تونس", "الدولة التونسية"]
recs.append({"id": i, "text": t, "published": "2016-12-27", "events": [
    {"code": "REQUEST", "source": ANDERSON, "target": MINISTER},
    {"code": "THREATEN", "source": ANDERSON, "target": MINISTER},
    {"code": "ACCUSE", "source": ANDERSON, "target": ["tourism ministry contractor", "المتعهد"]}], "claims": [
    {"speaker": ANDERSON, "cue": cue(t, "طالب"), "stance": "other"},
    {"speaker": ANDERSON, "cue": cue(t, "مهددا"), "stance": "warn"},
    {"speaker": ANDERSON, "cue": cue(t, "جاء"), "stance": "assert"},
    {"speaker": ANDERSON, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": ANDERSON, "cue": cue(t, "وصفه"), "stance": "accuse"},
    {"speaker": ANDERSON, "cue": cue(t, "ختم"), "stance": "warn"}]})
# --- Jawhara FM: workers of the Tawila agricultural complex in Sidi Bouzid hold a protest stand today (Thursday
# 2017-03-09) and block the Sidi Bouzid–Bir El Hfay road, demanding that the authorities, the governor first, recover
# the complex's lands taken by citizens. The stand, the road blockade and the turned-back cars are one protest (README:
# one PROTEST for a protest's acts and demands), dated; its demand names its addressee ("يطالب ... السلط المعنية على
# رأسها والي الجهة"), so the authorities are its target (decided, as batch 31's protest addressed in a relative
# clause). The union secretary-general's "لن يتخلوا عن أراضي المركّب، وسيتبعون جميع سبل الاحتجاج" vows further protest
# until the lands come back: THREATEN the authorities (batches 81–84's strikers' vow), and "منددا بتجاهل السلط
# لمطالبهم" ACCUSE; both undated (the statement has no day). "نفذوا منذ يومين وقفة احتجاجية" is an earlier PROTEST by
# the same workers, dated two days before (2017-03-07), with the same target, since the authorities answered it;
# "تعهدت خلالها السلط المحلية باسترجاع أراضي المركب بالقوة العامة" is a pledge to the protesters: AGREE, dated by that
# stand (batches 77–80 date a pledge by the visit it was made at); "أخلت بوعدها" is the failure the ACCUSE blames, no
# act. "أراضي ... استولى عليها مواطنون" is land taken by private citizens, treated like theft and fraud (README: not
# coded; decided). Claims: the workers' يطالب (a group tied to a named complex, as batch 52's Christians: other); the
# secretary-general's أكد (warn), منددا (accuse) and أشار (the broken promise: accuse).
i = 'ant-JA-localNews-2522-20170309'
t = news_text(i)
WORKERS = ["Tawila agricultural complex workers", "عملة المركب الفلاحي الطويلة", "عملة المركب الفلاحي",
           "أعوان المركب الفلاحي", "أعوان المركب"]
SG = ["Tawila union secretary-general", "كاتب عام نقابة الطويلة", "نقابة الطويلة", "Tawila union"]
AUTH = ["local authorities", "السلط المعنية", "السلط المحلية", "السلط", "regional governor", "والي الجهة",
        "Tunisia"]
recs.append({"id": i, "text": t, "published": "2017-03-09", "events": [
    {"code": "PROTEST", "source": WORKERS, "target": AUTH, "date": "2017-03-09"},
    {"code": "THREATEN", "source": SG + WORKERS, "target": AUTH},
    {"code": "ACCUSE", "source": SG, "target": AUTH},
    {"code": "PROTEST", "source": WORKERS, "target": AUTH, "date": "2017-03-07"},
    {"code": "AGREE", "source": AUTH, "target": WORKERS, "date": "2017-03-07"}], "claims": [
    {"speaker": WORKERS, "cue": cue(t, "يطالب"), "stance": "other"},
    {"speaker": SG, "cue": cue(t, "أكد"), "stance": "warn"},
    {"speaker": SG, "cue": cue(t, "منددا"), "stance": "accuse"},
    {"speaker": SG, "cue": cue(t, "أشار"), "stance": "accuse"}]})
if __name__ == "__main__":
    write_batch(__file__, 'batch87.gold.jsonl', recs)
