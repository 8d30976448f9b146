"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 130 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet: family physician Dr Abdulrahman Bukhari warns, at a medical seminar of the Madinah youth forum,
# against WhatsApp remedies and medical rumours. His warnings and advice are addressed to the public at large (README:
# a warning to a generic class makes only a claim; a general exhortation with no addressee is a claim but no
# REQUEST), and the seminar is the forum's own activity: no events. Claims, all Bukhari's (the opening "حذر مختص" is
# the same specialist the next clause names, as the headline's أخصائي): حذر and نبه (warn), the first ذكر (the
# rumours' harm: assert), "وبين أن الأمر بدأ بمزحة" (assert), "كما بيّن حقيقة إشاعة" and the second ذكر ("أنها
# إشاعات": each rebuts a rumour, deny), وأكد (what the WhatsApp messages cover: assert) and "وطالب ... بضرورة رفع
# الوعي" (a call: other). Not cues (decided): "مستعرضاً بعض الأمثلة" and "واستعرض الكثير من المعتقدات", which list
# examples rather than introduce a statement of his. "جاءت هذه الندوة" is the narrator.
i = 'snn-2015-08-08-0842'
t = news_text(i)
BUKHARI = ["Abdulrahman Bukhari", "عبدالرحمن بخاري", "بخاري", "د. بخاري", "مختص"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": BUKHARI, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": BUKHARI, "cue": cue(t, "نبه"), "stance": "warn"},
    {"speaker": BUKHARI, "cue": cue(t, "ذكر", 1), "stance": "assert"},
    {"speaker": BUKHARI, "cue": cue(t, "بين", 1), "stance": "assert"},
    {"speaker": BUKHARI, "cue": cue(t, "بيّن"), "stance": "deny"},
    {"speaker": BUKHARI, "cue": cue(t, "ذكر", 2), "stance": "deny"},
    {"speaker": BUKHARI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": BUKHARI, "cue": cue(t, "طالب"), "stance": "other"}]})
# --- SaudiNewsNet / Al-Yaum: Mohammad Mohaddessin, foreign-affairs chair of the National Council of Resistance of
# Iran, tells Al-Yaum by phone that Tehran must not be let use the nuclear deal's cash to export terrorism. "دعا ...
# إلى عدم السماح بتدفق السيولة النقدية التي يحصل عليها النظام الايراني" is a call with no named addressee: REQUEST
# with no target (README: a call with no addressee). His charges that Khamenei's Eid speech shows he will make up for
# his losses by escalating his interference (اشار، أضاف) and that the regime's crimes abroad serve to cover its
# retreats (بين) are one ACCUSE of the Iranian regime and Khamenei (README: several verbs of one criticism are one
# ACCUSE). In the same بين sentence "سياسة المهادنة المتبعة من قبل الدول الغربية وعدم مبالاتها ... يخدم النظام
# الإيراني" blames the Western states' appeasement: a second ACCUSE, of the Western states (decided: a named group of
# states, not a generic class). "وأكد ... أن الضرورة تتطلب أن تقف دول المنطقة بصرامة وحزم بوجه تدخلات النظام" is a
# call on the region's states: REQUEST to them (README: each "ضرورة …" call is its own REQUEST; a call on named
# sectors is a REQUEST to them). All undated (the phone call has no day). Not coded: Khamenei's Eid speech (a speech,
# no act on a party), "الجرائم التي اقترف ويقترفها نظام الملالي" and the interference (decided: the vague content of
# the accusation, README: an accusation's content told as a noun is no event of its own), the phone call with the
# paper (an interview), and the conditional "اذا تصدت لها ووقفت بوجهها". Claims, all his: دعا (other), اشار (accuse),
# أضاف (accuse), بين (accuse), تابع (the regime will be defeated if confronted: assert), أكد (a call: other). Al-Yaum
# is the outlet. Aliases: the NCRI keeps only its Arabic name and acronym (the English name holds "Iran", the regime's).
i = 'snn-2015-07-24-1845'
t = news_text(i)
MOHADDESSIN = ["Mohammad Mohaddessin", "محمد سيد المحدثين", "سيد المحدثين", "المحدثين",
               "رئيس لجنة الشؤون الخارجية", "NCRI", "المجلس الوطني للمعارضة الإيرانية"]
REGIME = ["Iranian regime", "النظام الايراني", "النظام الإيراني", "نظام الملالي", "نظام ولاية الفقيه", "Ali Khamenei",
          "خامنئي", "Iran", "إيران", "طهران"]
recs.append({"id": i, "text": t, "published": "2015-07-24", "events": [
    {"code": "REQUEST", "source": MOHADDESSIN, "target": []},
    {"code": "ACCUSE", "source": MOHADDESSIN, "target": REGIME},
    {"code": "ACCUSE", "source": MOHADDESSIN, "target": ["Western states", "الدول الغربية"]},
    {"code": "REQUEST", "source": MOHADDESSIN, "target": ["states of the region", "دول المنطقة"]}], "claims": [
    {"speaker": MOHADDESSIN, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": MOHADDESSIN, "cue": cue(t, "اشار"), "stance": "accuse"},
    {"speaker": MOHADDESSIN, "cue": cue(t, "أضاف"), "stance": "accuse"},
    {"speaker": MOHADDESSIN, "cue": cue(t, "بين"), "stance": "accuse"},
    {"speaker": MOHADDESSIN, "cue": cue(t, "تابع"), "stance": "assert"},
    {"speaker": MOHADDESSIN, "cue": cue(t, "أكد"), "stance": "other"}]})
# --- SaudiNewsNet (AFP): in Gaza, bombs destroy five cars of Hamas and Islamic Jihad activists on Sunday morning.
# The bombing has no doer ("دمرت ... في انفجار عبوات ناسفة", "قنابل وضعت", passives; the Hamas police name none): not
# coded (README's Mali car bomb). "وتدين الحركتان الاسلاميتان ... باستمرار الحركات المتطرفة وخصوصا تنظيم داعش" is
# a habitual condemnation: one ACCUSE Hamas and Islamic Jihad → the extremist movements and ISIS, but no claim (no
# one statement, as README takes habitual praise as SUPPORT with no claim; decided). "بث غزاويون التحقوا بتنظيم داعش
# في سورية تسجيل فيديو يدعو الى مهاجمة حركة حماس" is a call to attack a named party, its addressees unnamed:
# THREATEN Gazan ISIS members → Hamas (decided: the incitement threatens Hamas; a REQUEST with no target would lose
# the party it is aimed at), and its يدعو a claim of theirs (tied to ISIS, a named group; a call: other). "وتبنت
# جماعة متشددة ... اطلاق قذيفتي هاون على موقع للتدريب تابع لكتائب القسام ... ثم في يونيو ضد سيارة احد كوادر جهاز
# الامن التابع لحماس" is two claimed attacks in two months on two targets: two ASSAULTs, no claim (README: تبنى
# gives the ASSAULT but introduces no statement), undated (months only). "اعتقلت حماس ... عشرات من الاوساط
# السلفية" is COERCE Hamas → the Salafists (undated, مؤخرا); "حماس التي قمعت بقسوة في 2009 الحركات المتطرفة ...
# ووصلت الى تدمير احد مساجدها" is a relative clause with its doer: one COERCE (violent repression, CAMEO 175) of the
# extremist movements, the mosque's destruction folded in (decided: one campaign), undated (a year). Claims: the
# eyewitnesses (اعلن، قال، حسبما ذكر) are a bare group (README): no claims; "لم تذكر الشرطة" is negated. Only
# يدعو. The Ansar group keeps no alias with داعش (a different entity of the article).
i = 'snn-2015-07-22-0990'
t = news_text(i)
HAMAS = ["Hamas", "حماس", "حركة حماس"]
GAZAN_ISIS = ["Gazans who joined ISIS", "غزاويون", "غزاويون التحقوا بتنظيم داعش", "ISIS", "داعش"]
ANSAR = ["Ansar Daesh in Bayt al-Maqdis", "جماعة متشددة", "انصار"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "ACCUSE", "source": HAMAS + ["Islamic Jihad", "الجهاد الاسلامي", "حركة الجهاد الاسلامي",
                                          "الحركتان الاسلاميتان"],
     "target": ["extremist movements", "الحركات المتطرفة", "ISIS", "داعش", "تنظيم داعش"]},
    {"code": "THREATEN", "source": GAZAN_ISIS, "target": HAMAS},
    {"code": "ASSAULT", "source": ANSAR,
     "target": ["Izz ad-Din al-Qassam Brigades", "كتائب القسام", "موقع للتدريب تابع لكتائب القسام",
                "كتائب عز الدين القسام"] + HAMAS},
    {"code": "ASSAULT", "source": ANSAR,
     "target": ["Hamas security cadre", "احد كوادر جهاز الامن التابع لحماس", "جهاز الامن التابع لحماس"] + HAMAS},
    {"code": "COERCE", "source": HAMAS,
     "target": ["Salafists", "عشرات من الاوساط السلفية", "الاوساط السلفية", "الاوساط السلفية الناشطة في القطاع"]},
    {"code": "COERCE", "source": HAMAS,
     "target": ["extremist movements", "الحركات المتطرفة", "الحركات المتطرفة التي تدعو الى العمليات المسلحة"]}],
    "claims": [
    {"speaker": GAZAN_ISIS, "cue": cue(t, "يدعو"), "stance": "other"}]})
# --- SaudiNewsNet / Al-Watan: the OIC holds a high-level meeting tomorrow to coordinate its institutions against
# violent extremism, terrorism and Islamophobia. The meeting brings together the directors of the OIC's own organs,
# with its secretary-general speaking (decided: an organisation's meeting of its own bodies is internal, as batch 108
# leaves a party's meetings of its own bodies uncoded): no AGREE or CONSULT. Not coded: its adoption of its own code
# of conduct and convention in 1994 and 1999 and the resolutions its summits and councils adopted (the body's own
# instruments, like legislation), the ministerial sessions held in Jeddah and Kuwait (passive, "عقدت"، "اللذين
# عقدا"), the meeting's expected focus. Claims, all the OIC's through its press statement: أكدت (its commitment to
# fighting violent extremism: promise), وقالت (the adoption of the code and convention: assert) and "أعربت ... عن
# التزامها" (promise). "وبحسب بيان المنظمة الصحفي" shares its sentence with أكدت (no claim of its own); Al-Watan
# received the statement (conduit); "من المقرر أن يلقي" and "سيدلي بها" are plans, not statements.
i = 'snn-2015-08-10-1036'
t = news_text(i)
OIC = ["Organisation of Islamic Cooperation", "OIC", "منظمة التعاون الإسلامي", "المنظمة"]
recs.append({"id": i, "text": t, "published": "2015-08-10", "events": [], "claims": [
    {"speaker": OIC, "cue": cue(t, "أكدت"), "stance": "promise"},
    {"speaker": OIC, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": OIC, "cue": cue(t, "أعربت"), "stance": "promise"}]})
# --- SaudiNewsNet: the Al-Baha Beekeepers' Cooperative holds a workshop tomorrow on its first strategic plan. The
# workshop is the association's own planning with its own members (README: internal deliberations are not coded; as
# batch 54 leaves a body's meeting for its own programme): no events. Claims, all of its board chairman Dr Ahmed
# al-Khazem: أوضح (the workshop's aims: assert), مشيراً (its themes: assert) and "وبين إعداد خطة" (the plan's
# purpose: assert; the speaker carries on).
i = 'snn-2015-08-08-1121'
t = news_text(i)
KHAZEM = ["Ahmed al-Khazem", "أحمد الخازم", "الخازم", "رئيس مجلس إدارة جمعية النحالين التعاونية",
          "Al-Baha Beekeepers' Cooperative", "جمعية النحالين التعاونية", "جمعية النحالين التعاونية بالباحة",
          "جمعية النحالين"]
recs.append({"id": i, "text": t, "published": "2015-08-08", "events": [], "claims": [
    {"speaker": KHAZEM, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": KHAZEM, "cue": cue(t, "مشيراً"), "stance": "assert"},
    {"speaker": KHAZEM, "cue": cue(t, "بين", 1), "stance": "assert"}]})
# --- SaudiNewsNet: STC signs an agreement with Syniverse for 4G international roaming. "وقعت شركة الاتصالات
# السعودية STC اتفاقية مع شركة سينيفيرز" is a cooperation-agreement signing: SUPPORT STC → Syniverse (README: from
# signer to party; its purpose no AGREE), undated. The benefits to subscribers and operators are the agreement's
# content (no events). No reporting verb: no claims.
i = 'snn-2015-07-27-0784'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-27", "events": [
    {"code": "SUPPORT", "source": ["Saudi Telecom Company", "STC", "شركة الاتصالات السعودية", "الاتصالات السعودية"],
     "target": ["Syniverse", "سينيفيرز", "شركة سينيفيرز", "شركة Syniverse"]}], "claims": []})
# --- SaudiNewsNet (Reuters, Thursday 2015-07-23): the yen keeps its losses after an IMF warning to Japan. "حذر صندوق
# النقد الدولي اليابان من الإفراط في الاعتماد على ضعف العملة" is a warning telling its addressee what not to do:
# REQUEST IMF → Japan (README batches 29–30: a warning that tells its addressee to act is REQUEST), undated (the
# warning's day is not given; "صباح اليوم الخميس" dates the yen's trading). Currency moves and the drop in jobless
# claims are market facts, no events. Claims: the IMF's حذر (warn) and the US Labor Department's "وقالت ... اليوم
# الخميس" (the claims figures: assert).
i = 'snn-2015-07-23-0125'
t = news_text(i)
IMF = ["International Monetary Fund", "IMF", "صندوق النقد الدولي", "صندوق النقد"]
recs.append({"id": i, "text": t, "published": "2015-07-23", "events": [
    {"code": "REQUEST", "source": IMF, "target": ["Japan", "اليابان"]}], "claims": [
    {"speaker": IMF, "cue": cue(t, "حذر"), "stance": "warn"},
    {"speaker": ["US Department of Labor", "وزارة العمل", "وزارة العمل الأمريكية", "United States"],
     "cue": cue(t, "قالت"), "stance": "assert"}]})
# --- SaudiNewsNet: Al-Ettifaq lose their first friendly to a Turkish club at their camp in Turkey. Matches, the
# line-up and the coming friendly are sport, no events; the management's final deal with an African striker is a
# transfer (README: transfers are sport business, no event); the youth training is the club's own. No reporting
# verb: no claims.
i = 'snn-2015-07-25-1230'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": []})
# --- Ain Al-Yaum (from Al-Jazirah): the Council of Cooperative Health Insurance's secretary-general Mohammed
# al-Mohaisen accuses the insurance companies of delaying the electronic link of insurance documents with the
# Passports Directorate. "اتهم ... شركات التأمين بالتسبب في تأخر عملية الربط" is ACCUSE Mohaisen (and his council)
# → the insurers, undated. The council starting the new system is its own work; insurers keeping the old system is
# the content of the charge. Claims: اتهم (accuse), "وأوضح المحيسن وفقاً لما أوردته صحيفة الجزيرة" (the new system's
# purpose: assert; "وفقاً لما أوردته" shares its sentence with his أوضح, Al-Jazirah a conduit, no claim), and the
# medical-insurance specialist Fawaz al-Salloum's أشار (a technical problem in the link, naming no party to blame:
# assert, and no ACCUSE). The closing tag words are no text of a statement.
i = 'snn-2015-08-03-0052'
t = news_text(i)
MOHAISEN = ["Mohammed al-Mohaisen", "محمد المحيسن", "المحيسن", "Council of Cooperative Health Insurance",
            "مجلس الضمان الصحي التعاوني", "مجلس الضمان الصحي", "المجلس"]
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "ACCUSE", "source": MOHAISEN, "target": ["insurance companies", "شركات التأمين"]}], "claims": [
    {"speaker": MOHAISEN, "cue": cue(t, "اتهم"), "stance": "accuse"},
    {"speaker": MOHAISEN, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": ["Fawaz al-Salloum", "فواز السلوم", "السلوم"], "cue": cue(t, "أشار"), "stance": "assert"}]})
# --- SaudiNewsNet / Al-Riyadh: applicants excluded from teaching posts demand redress. The excluded spoke to the paper
# ("وأوضح المستبعدون ل الرياض") and are the story's group, so an identified group, not a bare one (decided, as batch
# 40's "عدد من المبتعثين" and batch 55's complainants). Events: "استهجن ... طريقة استبعادهم", the selection called
# "عشوائية لم تحدث من قبل" (وصف) and the closing "هل يجوز معالجة الخطأ بخطأ" are one ACCUSE of the two ministries
# the text blames (Civil Service and Education, one target list); "وطالبوا برفع الظلم عنهم وإنصافهم بتعيينهم" is a
# demand with no addressee in its sentence: REQUEST with no target (README). The exclusion itself, told by them as
# "وزارة الخدمة المدنية أجرت مفاضلة ثانية ... استبعدنا" and by the Civil Service branches as "استبعادنا تم من
# وزارة التعليم", is one REJECT of the applicants with both ministries as source (decided: one act with two accounts,
# as README's contested shooting; a job application turned down is REJECT, README batches 81–84). The Civil Service
# branches' "قالوا إن استبعادنا تم من وزارة التعليم بسبب خطأ" and the ministry's "أفادت ... أن مشكلتنا لدي وزارة
# التعليم" are one ACCUSE Civil Service → Education, and "كل وزارة ترمي بخطئها علي الوزارة الأخرى" adds the other
# direction: ACCUSE Education → Civil Service (decided: two directed records, the first direction told on its own
# twice). All undated (the Hijri dates are of the document-matching period, no coded act). Not coded: the Civil
# Service inviting them to match documents (an administrative notice), the applicants matching and visiting the
# ministries (their own errands), the other specialty added and refused (passives). Claims of the excluded:
# استهجن (accuse), طالبوا (other), the first قالوا (harm done to them: assert), مشيرين (assert), أوضح (assert), the
# quoted "وقالوا: بينما كنا ننتظر" (their account: assert), وصف (accuse), أوضحوا (each ministry blames the other:
# accuse), the fourth قالوا after "واستطرد ... توضيح مشكلتهم" (one statement; accuse) and يتساءلون (a rhetorical
# charge: accuse). Embedded speech of the Civil Service (README: its own claim): the branches' فقالوا and the
# ministry's أفادت (both accuse). The ministries keep no Saudi alias (it would make source and target match).
i = 'snn-2015-08-07-0856'
t = news_text(i)
EXCLUDED = ["applicants excluded from teaching posts", "عدد من المستبعدين من الوظائف التعليمية",
            "المستبعدين من الوظائف التعليمية", "المستبعدين", "المستبعدون"]
CSM = ["Ministry of Civil Service", "وزارة الخدمة المدنية", "الخدمة المدنية", "فروع الخدمة المدنية"]
MOE = ["Ministry of Education", "وزارة التعليم"]
recs.append({"id": i, "text": t, "published": "2015-08-07", "events": [
    {"code": "ACCUSE", "source": EXCLUDED, "target": CSM + MOE},
    {"code": "REQUEST", "source": EXCLUDED, "target": []},
    {"code": "REJECT", "source": CSM + MOE, "target": EXCLUDED},
    {"code": "ACCUSE", "source": CSM, "target": MOE},
    {"code": "ACCUSE", "source": MOE, "target": CSM}], "claims": [
    {"speaker": EXCLUDED, "cue": cue(t, "استهجن"), "stance": "accuse"},
    {"speaker": EXCLUDED, "cue": cue(t, "طالبوا"), "stance": "other"},
    {"speaker": EXCLUDED, "cue": cue(t, "قالوا", 1), "stance": "assert"},
    {"speaker": EXCLUDED, "cue": cue(t, "مشيرين"), "stance": "assert"},
    {"speaker": EXCLUDED, "cue": cue(t, "أوضح"), "stance": "assert"},
    {"speaker": EXCLUDED, "cue": cue(t, "قالوا", 2), "stance": "assert"},
    {"speaker": CSM, "cue": cue(t, "قالوا", 3), "stance": "accuse"},
    {"speaker": EXCLUDED, "cue": cue(t, "وصف"), "stance": "accuse"},
    {"speaker": CSM, "cue": cue(t, "أفادت"), "stance": "accuse"},
    {"speaker": EXCLUDED, "cue": cue(t, "أوضحوا"), "stance": "accuse"},
    {"speaker": EXCLUDED, "cue": cue(t, "قالوا", 4), "stance": "accuse"},
    {"speaker": EXCLUDED, "cue": cue(t, "يتساءلون"), "stance": "accuse"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch130.gold.jsonl', recs)
