"""Rebuild the second, independent annotation of the 8 dev articles and held-out batch 8 (see README.md).

``python -m rasd.eval.gold.iaa.build_second`` writes ``dev.second.gold.jsonl`` and
``batch8.second.gold.jsonl`` beside this file. Only events and claims are annotated; the mentions and
timexes lists are empty because that layer was not part of this annotation.
"""

from __future__ import annotations

import json

from rasd.eval.gold.annotate_tool import occurrences
from rasd.eval.gold.heldout.batch_tools import news_text, write_batch
from rasd.paths import shared_dir


def cue(text: str, word: str, nth: int = 1, context: str | None = None) -> dict[str, int]:
    """The span of the ``nth`` whole-word occurrence of ``word``, or of ``word`` inside the ``nth`` ``context``.

    Whole-word counting keeps قال from counting يقال, and أكد from counting يؤكدون:
    ``cue("وقال علاوي ... أن يقال", "قال", 1)`` is the span of قال in وقال.
    """
    if context is not None:
        pos = -1
        for _ in range(nth):
            pos = text.index(context, pos + 1)
        start = pos + context.index(word)
        return {"start": start, "end": start + len(word)}
    pos = occurrences(text, word)[nth - 1]
    return {"start": pos, "end": pos + len(word)}


def ev(code: str, source: list[str], target: list[str], date: str | None = None) -> dict:
    """An event record; ``date`` only when the text fixes the day."""
    rec = {"code": code, "source": source, "target": target}
    if date:
        rec["date"] = date
    return rec


def cl(text: str, speaker: list[str], word: str, stance: str, nth: int = 1, context: str | None = None) -> dict:
    return {"speaker": speaker, "cue": cue(text, word, nth, context), "stance": stance}


def record(article_id: str, text: str, published: str, events: list[dict], claims: list[dict]) -> dict:
    return {"id": article_id, "text": text, "published": published, "mentions": [], "timexes": [],
            "events": events, "claims": claims}


def _dev_texts() -> dict[str, dict]:
    """The dev articles' text and publication date, the only fields of the shared dev gold read here.

    (The annotator worked from a text-only copy of these fields, to stay blind to the first gold.)
    """
    with open(shared_dir() / "eval" / "dev" / "dev.gold.jsonl", encoding="utf-8") as f:
        return {r["id"]: {"text": r["text"], "published": r["published"]} for r in map(json.loads, f)}


# ----------------------------------------------------------------------------------------------- dev
def dev_records() -> list[dict]:
    texts = _dev_texts()
    out = []

    # --- seed: Austin-Shoigu call, Austin-Reznikov call, martial law, the dam accusations
    i = "seed"
    t, pub = texts[i]["text"], texts[i]["published"]
    AUSTIN = ["Lloyd Austin", "لويد أوستن", "أوستن", "United States", "الولايات المتحدة"]
    SHOIGU = ["Sergei Shoigu", "سيرجي شويجو", "شويجو", "Russia", "روسيا"]
    REZNIKOV = ["Oleksii Reznikov", "أوليكسي ريزنيكوف", "ريزنيكوف", "Ukraine", "أوكرانيا"]
    PENTAGON = ["Pentagon", "البنتاجون", "US Department of Defense", "وزارة الدفاع الأمريكية", "United States",
                "الولايات المتحدة"]
    RUS_MOD = ["Russian Ministry of Defence", "الدفاع الروسية", "وزارة الدفاع الروسية", "Russia", "روسيا"]
    UKRAINE = ["Ukraine", "أوكرانيا"]
    RUSSIA = ["Russia", "روسيا", "موسكو", "Moscow"]
    # the ambassador is unnamed; "سفير روسيا في الولايات المتحدة" names the US, so only his name and state
    ANTONOV = ["Anatoly Antonov", "أناتولي أنطونوف", "Russian ambassador", "Russia", "روسيا"]
    PUTIN = ["Vladimir Putin", "فلاديمير بوتين", "بوتين", "Russia", "روسيا"]
    ZELENSKY = ["Volodymyr Zelensky", "فلوديمير زيلينسكي", "زيلينسكي", "Ukraine", "أوكرانيا"]
    SUROVIKIN = ["Sergei Surovikin", "سيرجي سوروفيكين", "سوروفيكين", "Russia", "روسيا"]
    # the English "Ukraine Defense Contact Group" would match a bare "Ukraine" under word-set containment
    UDCG = ["UDCG", "Defense Contact Group", "مجموعة الاتصال الدفاعية الأوكرانية", "allies and partners",
            "الحلفاء والشركاء"]
    out.append(record(i, t, pub, [
        # the body's first sentence names the American minister first
        ev("CONSULT", AUSTIN, SHOIGU, "2022-10-21"),
        ev("CONSULT", AUSTIN, REZNIKOV),
        # "لتأكيد التزام الولايات المتحدة الثابت بدعم قدرة أوكرانيا" (the headline's يعد is the same act)
        ev("SUPPORT", AUSTIN, UKRAINE),
        # "التزامات الولايات المتحدة بتقديم المساعدة الأمنية": intent to provide military aid
        ev("AGREE", AUSTIN, UKRAINE),
        ev("CONSULT", UDCG, [], "2022-10-12"),
        ev("ASSAULT", RUSSIA, UKRAINE),
        ev("COERCE", PUTIN, UKRAINE + ["four annexed regions", "الأربعة مناطق"], "2022-10-19"),
        ev("COERCE", RUSSIA, UKRAINE),
        ev("ASSAULT", ["Ukrainian forces", "القوات الأوكرانية", "Ukraine", "أوكرانيا"],
           ["Russian positions", "المواقع الروسية", "Russia", "روسيا"]),
        ev("ACCUSE", ZELENSKY, RUSSIA, "2022-10-20"),
        ev("REJECT", RUSSIA, ZELENSKY),
        ev("ACCUSE", RUSSIA, UKRAINE),
    ], [
        # the two ministries announce jointly (the text says Russia and Ukraine)
        cl(t, RUS_MOD + ["Ukrainian Ministry of Defence", "Ukraine", "أوكرانيا"], "أعلنت", "assert"),
        cl(t, PENTAGON, "وفقا", "assert"),
        cl(t, AUSTIN, "شدد", "assert", 1),
        cl(t, RUS_MOD, "أفادت", "assert"),
        cl(t, ANTONOV, "أكد", "assert", context="أكد سفير روسيا"),
        cl(t, ANTONOV, "حذر", "warn", context="قد حذر أمس"),
        cl(t, AUSTIN, "يعد", "promise"),
        cl(t, PENTAGON, "أفادا", "assert"),
        cl(t, AUSTIN, "تأكيد", "promise", context="لتأكيد التزام"),
        cl(t, AUSTIN, "شدد", "assert", 2),
        cl(t, AUSTIN, "مشيرا", "promise"),
        cl(t, SUROVIKIN, "صرح", "assert"),
        cl(t, ZELENSKY, "حذر", "warn", context="وحذر الرئيس الأوكراني"),
        cl(t, RUSSIA, "نفت", "deny"),
        cl(t, RUSSIA, "اتهمت", "accuse"),
    ]))

    # --- D1: Ukrainian deaths before Minsk talks; German MPs' Crimea trip
    i = "snn-2015-08-04-0109"
    t, pub = texts[i]["text"], texts[i]["published"]
    UKR_ARMY = ["Ukrainian army", "الجيش الأوكراني", "Ukraine", "أوكرانيا"]
    LYSENKO = ["Andriy Lysenko", "أندريه ليسينكو", "ليسينكو"] + UKR_ARMY
    # "متمردين موالين لروسيا" names Russia, so it is left out
    REBELS = ["pro-Russian rebels", "rebels", "متمردين", "المتمردين", "المتمردون", "separatists", "الانفصاليين",
              "الحركة الانفصالية", "separatist movement"]
    UKR_SIDE = ["Ukrainian forces", "القوات الأوكرانية", "الجانب الأوكراني", "Ukraine", "أوكرانيا"]
    WIRTZ = ["Christiane Wirtz", "كريستيانه فيرتس", "فيرتس", "German government", "الحكومة الألمانية",
             "Germany", "ألمانيا"]
    NEU = ["Alexander Neu", "ألكسندر نوي", "نوي"]
    GERMAN_MPS = ["German MPs", "نواب البرلمان الألماني", "Bundestag", "بوندستاغ"] + NEU
    FRENCH_MPS = ["French MPs", "نوابا برلمانيين فرنسيين", "البرلمانيين الفرنسيين", "France", "فرنسا"]
    SBU = ["SBU", "إس بي يو", "جهاز المخابرات الأوكراني", "Security Service of Ukraine", "Ukraine", "أوكرانيا"]
    out.append(record(i, t, pub, [
        # the 24-hour fighting that killed 4 soldiers; Lysenko's heavy-weapons report describes the same fighting
        ev("ASSAULT", REBELS, ["Ukrainian soldiers", "جنود أوكرانيين"] + UKR_ARMY),
        ev("ACCUSE", LYSENKO, REBELS, "2015-08-03"),
        # "يستعد ممثلون عن أوكرانيا وروسيا والمتمردين للاجتماع في مينسك": a future meeting, all parties one record
        ev("AGREE", ["Ukraine", "أوكرانيا", "Russia", "روسيا"] + REBELS, []),
        # the separatists' account: "هجمات من الجانب الأوكراني" (alleged)
        ev("ASSAULT", UKR_SIDE, REBELS),
        ev("ACCUSE", REBELS, UKR_SIDE, "2015-08-03"),
        # the German government's doubt about the trip
        ev("ACCUSE", WIRTZ, GERMAN_MPS, "2015-08-03"),
        ev("COERCE", ["Russia", "روسيا"], ["Ukraine", "أوكرانيا", "Crimea", "شبه جزيرة القرم", "القرم"]),
        ev("CONSULT", FRENCH_MPS, ["Russia", "روسيا", "Moscow", "موسكو"]),
        ev("COERCE", SBU, FRENCH_MPS),
    ], [
        cl(t, UKR_ARMY, "أعلن", "assert"),
        cl(t, LYSENKO, "ذكر", "accuse"),
        cl(t, LYSENKO, "وصف", "assert"),
        cl(t, LYSENKO, "أضاف", "assert"),
        cl(t, ["Reuters", "رويترز"], "وفقا", "assert"),
        # "نقلت خدمة دي إيه إن ... عن مسؤولين في الحركة الانفصالية ... قولهم": DAN is the conduit
        cl(t, REBELS, "قولهم", "accuse"),
        cl(t, REBELS, "اتهموا", "accuse"),
        cl(t, WIRTZ, "قالت", "accuse"),
        cl(t, WIRTZ, "أضافت", "other"),
        cl(t, WIRTZ, "أكدت", "assert"),
        cl(t, NEU, "أشار", "assert", 1),
        cl(t, NEU, "أشار", "assert", 2),
    ]))

    # --- D2: Rouhani-Erdogan call; PKK mine and Turkish strikes
    i = "snn-2015-08-07-0150"
    t, pub = texts[i]["text"], texts[i]["published"]
    ROUHANI = ["Hassan Rouhani", "حسن روحاني", "روحاني", "Iran", "إيران"]
    ERDOGAN = ["Recep Tayyip Erdogan", "رجب طيب إردوغان", "إردوغان", "Turkey", "تركيا", "أنقرة", "Ankara"]
    IRNA = ["IRNA", "إيرنا", "وكالة الأنباء الرسمية الإيرانية", "Islamic Republic News Agency"]
    PKK = ["PKK", "حزب العمال الكردستاني", "Kurdistan Workers' Party"]
    out.append(record(i, t, pub, [
        ev("CONSULT", ROUHANI, ERDOGAN),
        # "دعا ... إلى تعاون أكبر" and "دعا إلى تعزيز وتمتين العلاقات": one call in one conversation
        ev("REQUEST", ROUHANI, ERDOGAN),
        ev("REQUEST", ERDOGAN, ROUHANI),
        # alleged: the youth group planted the mine aimed at security forces; it killed a civilian after
        # midnight Wednesday-Thursday
        ev("ASSAULT", ["PKK-affiliated youth group", "جماعة شبابية"] + PKK,
           ["Turkish security forces", "قوات الأمن", "civilian", "مدنيا", "Turkey", "تركيا"], "2015-08-06"),
        ev("ASSAULT", ["Turkish army", "الجيش التركي", "Turkey", "تركيا"], PKK),
        ev("ASSAULT", ["Kurdish militants", "المسلحون الأكراد"] + PKK,
           ["Turkish police", "الشرطة", "Turkish army", "الجيش", "Turkey", "تركيا"]),
    ], [
        cl(t, ROUHANI, "تدعو", "other"),
        cl(t, ROUHANI, "دعا", "other", 1),
        cl(t, IRNA, "حسبما نقلت", "assert"),
        cl(t, ROUHANI, "قال", "other"),
        cl(t, ROUHANI, "دعا", "other", 2),
        cl(t, ERDOGAN, "دعا", "other", 3),
        cl(t, ERDOGAN, "أكد", "assert"),
        cl(t, IRNA, "بحسب", "assert"),
        cl(t, ERDOGAN, "محذرا", "warn"),
        cl(t, ["Hurriyet", "حرييت", "صحيفة حرييت"], "قالت", "assert"),
    ]))

    # --- D3: the Jordanian army strikes a vehicle; Syrian accusations and Jordanian denials
    i = "snn-2015-08-08-1134"
    t, pub = texts[i]["text"], texts[i]["published"]
    JOR_ARMY = ["Jordanian army", "الجيش الأردني", "الجيش العربي الأردني", "Jordan", "الأردن"]
    JOR_SOURCE = ["Jordanian military source", "مصدر عسكري أردني", "Jordanian army", "الجيش العربي الأردني",
                  "Jordan", "الأردن"]
    JOR_UNIT = ["technical unit of the Jordanian army", "الوحدة الفنية", "Jordanian army", "الجيش العربي الأردني",
                "Jordan", "الأردن"]
    # bare "الجيش" or "مصدر عسكري" would also match the Jordanian army and source
    SYR_ARMY = ["Syrian army", "الجيش السوري", "Syria", "سوريا", "Syrian military source"]
    SYR_FM = ["Syrian Ministry of Foreign Affairs", "وزارة الخارجية السورية", "Syria", "سوريا"]
    ASSAD_GOV = ["Assad government", "حكومة الأسد", "نظام الأسد", "Syrian government", "Syria", "سوريا"]
    MOMANI = ["Mohammad al-Momani", "محمد المومني", "المومني", "Jordan", "الأردن"]
    JORDAN = ["Jordan", "الأردن", "عمان", "Amman"]
    out.append(record(i, t, pub, [
        # the owners of the vehicle are unknown, so no target
        ev("ASSAULT", JOR_ARMY, [], "2015-08-07"),
        ev("ASSAULT", SYR_ARMY, ["Nusra Front", "جبهة النصرة", "تنظيم جبهة النصرة", "militants", "المسلحين"]),
        # the May complaint to the Security Council and the April accusation are two instances; the generic
        # "يواصل ... توجيه أصابع الاتهام لدول جوار سوريا" sums them up and is not a third
        ev("ACCUSE", SYR_FM, JORDAN),
        ev("ACCUSE", ASSAD_GOV, JORDAN),
        # "ينفي ... ويعتبر ما يصدر عن السلطات السورية محض افتراء": one rebuttal
        ev("REJECT", JORDAN, ["Syria", "سوريا", "السلطات السورية", "Syrian authorities"] + ASSAD_GOV[:3]),
    ], [
        cl(t, JOR_SOURCE, "قال", "assert", context="وقال مصدر عسكري أردني"),
        cl(t, JOR_SOURCE, "بين", "assert", context="وبين المصدر"),
        cl(t, JOR_SOURCE, "أشار", "assert", context="وأشار المصدر"),
        cl(t, JOR_UNIT, "كشفت", "assert"),
        cl(t, JOR_SOURCE, "وفق", "assert", context="وفق المصدر"),
        cl(t, SYR_ARMY, "قوله", "assert"),
        cl(t, MOMANI, "قال", "assert", context="وقال وزير الإعلام"),
        cl(t, SYR_FM, "اتهمت", "accuse", 1),
        cl(t, ASSAD_GOV, "اتهمت", "accuse", 2),
        cl(t, JORDAN, "ينفي", "deny"),
        cl(t, JORDAN, "يعتبر", "deny"),
    ]))

    # --- D4: the UN envoy to Yemen interviewed on CBC eXtra
    i = "snn-2015-08-04-1302"
    t, pub = texts[i]["text"], texts[i]["published"]
    # "المبعوث الدولي إلى اليمن" names Yemen, so only the title without it
    ENVOY = ["Ismail Ould Cheikh Ahmed", "إسماعيل ولد الشيخ أحمد", "ولد الشيخ أحمد", "UN envoy", "المبعوث الأممي",
             "المبعوث الدولي", "United Nations", "الأمم المتحدة"]
    HOUTHI_GPC = ["Houthis", "الحوثيين", "الحوثيون", "General People's Congress", "حزب المؤتمر"]
    out.append(record(i, t, pub, [
        # "يؤكدون على وقف إطلاق النار، وقد أعلنوا أنه ليس لديهم مانع من التعامل بإيجابية مع القرار الأممي"
        ev("AGREE", HOUTHI_GPC, ["United Nations", "الأمم المتحدة"]),
        # "مشيداً ... بالنتائج الإيجابية التي حققها سلفه جمال بن عمر"
        ev("SUPPORT", ENVOY, ["Jamal Benomar", "جمال بن عمر", "بن عمر"]),
    ], [
        cl(t, ENVOY, "كشف", "assert"),
        cl(t, ENVOY, "أوضح", "assert"),
        cl(t, ENVOY, "لفت", "assert"),
        cl(t, HOUTHI_GPC, "يؤكدون", "assert"),
        cl(t, HOUTHI_GPC, "أعلنوا", "promise"),
        cl(t, ENVOY, "تحدث", "assert"),
        cl(t, ENVOY, "أضاف", "assert", 1),
        cl(t, ENVOY, "زاد", "assert"),
        cl(t, ENVOY, "مشيراً", "assert", 1),
        cl(t, ENVOY, "قال", "assert"),
        cl(t, ENVOY, "أضاف", "assert", 2),
        # "من يرتكبون الجرائم يوماً سيحاكمون عليها"
        cl(t, ENVOY, "أشار", "warn"),
        cl(t, ENVOY, "أكد", "assert"),
        # "أنا ليست لدي أدلة على أن من أجلس معهم فيهم سفاح": a rebuttal
        cl(t, ENVOY, "أردف", "deny"),
        cl(t, ENVOY, "واصفاً", "assert"),
        cl(t, ENVOY, "مشيراً", "assert", 2),
        cl(t, ENVOY, "أضاف", "assert", 3),
        cl(t, ENVOY, "مشيراً", "assert", 3),
        cl(t, ENVOY, "مشيداً", "assert"),
        cl(t, ENVOY, "مؤكداً", "assert"),
    ]))

    # --- D5: Allawi accuses Qatar in Cairo
    i = "ant-JA-internationalNews-1167-20170617"
    t, pub = texts[i]["text"], texts[i]["published"]
    ALLAWI = ["Ayad Allawi", "إياد علاوي", "علاوي", "Iraq", "العراق"]
    QATAR = ["Qatar", "قطر", "الدوحة", "Doha", "القطريين", "Qataris"]
    BOYCOTT = ["Saudi Arabia", "السعودية", "Egypt", "مصر", "United Arab Emirates", "الإمارات"]
    out.append(record(i, t, pub, [
        # the headline, the lead and the later quotes retell one press-conference accusation
        ev("ACCUSE", ALLAWI, QATAR, "2017-06-17"),
        # "دعا ... إلى المصارحة" and "دعا ... إلى حديث مباشر ... وبعدها المصارحة": one call
        ev("REQUEST", ALLAWI, QATAR, "2017-06-17"),
        # alleged inside the quote: "شجعت بعض القوى الراديكالية المتطرفة"
        ev("SUPPORT", QATAR, ["radical extremist forces", "القوى الراديكالية المتطرفة", "extremists"]),
        # "قلت لهم، للقطريين، لن نسمح بهذا الأمر"
        ev("REJECT", ALLAWI, QATAR),
        ev("CONSULT", ALLAWI, ["Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "السيسي", "Egypt", "مصر"]),
        ev("REJECT", QATAR, ["Arab states", "دول عربية"]),
        ev("CONSULT", ["Donald Trump", "دونالد ترامب", "ترامب", "United States"],
           ["Saudi Arabia", "السعودية", "Riyadh", "الرياض", "Muslim and Arab leaders", "قادة مسلمين وعرب"]),
        ev("SANCTION", BOYCOTT, QATAR),
        ev("REQUEST", BOYCOTT, QATAR),
    ], [
        cl(t, ALLAWI, "اتهم", "accuse"),
        cl(t, ALLAWI, "دعا", "other", 1),
        cl(t, ALLAWI, "قال", "accuse", 1),
        cl(t, ALLAWI, "قائلا", "warn"),
        cl(t, ALLAWI, "قال", "accuse", 2),
        cl(t, QATAR, "تنفي", "deny"),
        cl(t, ALLAWI, "قال", "other", 3),
        cl(t, ALLAWI, "أضاف", "assert", 1),
        cl(t, BOYCOTT, "طالبتها", "other"),
        cl(t, ALLAWI, "دعا", "other", 2),
        cl(t, ALLAWI, "أضاف", "assert", 2),
    ]))

    # --- D6: protesters set Paraguay's Congress on fire
    i = "ant-JA-internationalNews-585-20170401"
    t, pub = texts[i]["text"], texts[i]["published"]
    PROTESTERS = ["protesters", "محتجون", "المتظاهرون", "متظاهرين", "demonstrators"]
    CARTES = ["Horacio Cartes", "هوراسيو كارتيس", "كارتيس", "Paraguay", "باراغواي"]
    PY_GOV = CARTES + ["Paraguay government", "الحكومة"]
    out.append(record(i, t, pub, [
        # storming, burning and vandalising the building on Friday 31 March: one riot
        ev("PROTEST", PROTESTERS, PY_GOV, "2017-03-31"),
        ev("ASSAULT", PROTESTERS, ["police", "الشرطة"], "2017-03-31"),
        # Liberal senators occupying the plenary hall during Friday's vote: a sit-in
        ev("PROTEST", ["Liberal Party senators", "الحزب الليبرالي", "Liberal Party"], [], "2017-03-31"),
        # "التعديل الدستوري الذي تريد الحكومة إجراءه وتنتقده المعارضة"
        ev("ACCUSE", ["opposition", "المعارضة"], PY_GOV),
        # "وجه ... دعوة للهدوء ... ودعا إلى الحوار": one appeal, to the public at large
        ev("REQUEST", CARTES, []),
        # "عدد قليل من الرعاع"
        ev("ACCUSE", CARTES, PROTESTERS + ["rabble", "الرعاع"]),
    ], [
        cl(t, ["Luis Wagner", "لويس فاغنر", "فاغنر"], "أعلن", "assert"),
        cl(t, CARTES, "دعوة", "other", context="دعوة للهدوء"),
        cl(t, CARTES, "دعا", "other", context="ودعا إلى الحوار"),
        cl(t, CARTES, "قال", "other", context="وقال إن مواطني"),
        cl(t, ["Hugo Velázquez", "أوغو فيلاسكيز", "فيلاسكيز"], "قال", "assert", context="وقال رئيس مجلس النواب"),
    ]))

    # --- D7: Merkel in Carthage praises the Tunisian-Egyptian-Algerian initiative on Libya
    i = "ant-JA-politic-187-20170303"
    t, pub = texts[i]["text"], texts[i]["published"]
    MERKEL = ["Angela Merkel", "أنجيلا ميركل", "انجيلا ميركل", "ميركل", "Germany", "ألمانيا"]
    ESSEBSI = ["Beji Caid Essebsi", "الباجي قائد السبسي", "الباجي قايد السبسي", "السبسي", "Tunisia", "تونس"]
    INITIATORS = ["Tunisia", "تونس", "Egypt", "مصر", "Algeria", "الجزائر"]
    EU = ["European Union", "الإتحاد الأوروبي", "الاتحاد الأوروبي", "European officials", "المسؤولين الأوروبيين"]
    out.append(record(i, t, pub, [
        ev("SUPPORT", MERKEL, INITIATORS, "2017-03-03"),
        ev("CONSULT", MERKEL, ESSEBSI, "2017-03-03"),
        ev("REQUEST", ESSEBSI, EU, "2017-03-03"),
        # reported by Essebsi: "الإتحاد الأوروبي يقوم بدور في مساندة هذه المبادرة"
        ev("SUPPORT", EU, INITIATORS),
        # "وكانت تونس قد اعلنت عن مبادرة لحل الأزمة الليبية بمشاركة الجزائر ومصر": a proposal
        ev("AGREE", INITIATORS, ["Libya", "ليبيا", "Libyans", "الليبيين", "الفرقاء الليبيين"]),
    ], [
        cl(t, MERKEL, "تشيد", "assert"),
        cl(t, MERKEL, "قالت", "assert"),
        cl(t, MERKEL, "أشارت", "assert"),
        cl(t, ESSEBSI, "أكد", "assert"),
        cl(t, ESSEBSI, "مبينا", "assert"),
        cl(t, ESSEBSI, "قال", "assert"),
        cl(t, ESSEBSI, "مطالبا", "other"),
        cl(t, ESSEBSI, "بين", "assert", context="وبين ان تونس"),
        cl(t, ["Tunisia", "تونس"], "اعلنت", "promise"),
    ]))
    return out


# ------------------------------------------------------------------------------------------ batch 8
def batch8_records() -> list[dict]:
    out = []

    # --- Saleh's family leaves Sanaa on a UN plane; Tareq Saleh negotiates
    i = "snn-okaz-dd8f7f9cd21c"
    t = news_text(i)
    # bare "صالح" is left out of Ali Abdullah Saleh's names: it is also Tareq Saleh's
    TAREQ = ["Tareq Saleh", "طارق صالح", "طارق محمد عبدالله صالح"]
    out.append(record(i, t, "2015-08-09", [
        # "يفاوض على السماح للرئيس السابق ... في مغادرة صنعاء": the counterpart is not named
        ev("CONSULT", TAREQ, []),
        ev("REQUEST", TAREQ, []),
        # "أسرة صالح وبقية القيادات في حزبه ... يرفضون تنفيذ قرار مجلس الأمن الدولي 2216"
        ev("REJECT", ["Saleh's family", "أسرة صالح", "عائلة صالح", "Ali Abdullah Saleh", "علي عبدالله صالح",
                      "Saleh's party", "General People's Congress"],
           ["UN Security Council", "مجلس الأمن الدولي", "مجلس الأمن"]),
    ], [
        # "مصادر مطلعة" and "المصدر" are bare, so only the paper's own "علمت" and Tareq's demand
        cl(t, ["Okaz", "عكاظ"], "علمت", "assert"),
        cl(t, TAREQ, "مطالبا", "other"),
    ]))

    # --- The imam of the Prophet's Mosque visits the Jazan force HQ
    i = "snn-aleqtisadiya-218b14b4ec55"
    t = news_text(i)
    BUDAIR = ["Salah Al-Budair", "صلاح بن محمد البدير", "البدير", "الشيخ البدير"]
    out.append(record(i, t, "2015-08-09", [
        ev("CONSULT", BUDAIR, ["Saeed Al-Ghamdi", "سعيد بن حسين الغامدي", "الغامدي", "Jazan force",
                               "قوة جازان", "قوة منطقة جازان"]),
    ], [
        cl(t, BUDAIR, "بين", "assert", context="بين من خلالها"),
        cl(t, BUDAIR, "أكد", "assert"),
        cl(t, BUDAIR, "مشيراً", "assert"),
        # a supplication, counted like a call
        cl(t, BUDAIR, "دعا", "other"),
    ]))

    # --- A Kuwaiti father confesses to killing his son
    i = "snn-alriyadh-171677345877"
    t = news_text(i)
    # "والد الضحية" contains the victim's word, so it is left out
    FATHER = ["father", "الجاني", "الوالد", "والده", "Kuwaiti father"]
    SON = ["son", "نجله", "ابنه", "الابن", "الضحية", "شاب"]
    MOI = ["Kuwaiti Ministry of Interior", "وزارة الداخلية الكويتية", "وزارة الداخلية", "الوزارة", "Kuwait",
           "الكويت"]
    out.append(record(i, t, "2015-08-10", [
        ev("ASSAULT", FATHER, SON),
        # "دأب على توجيه التهديد" and the day he came armed "وهدّده به": the threats as one record
        ev("THREATEN", SON, FATHER),
        # detectives confronted him with the evidence: investigating a crime
        ev("ACCUSE", MOI + ["General Department of Criminal Investigation", "الإدارة العامة للمباحث الجنائية"],
           FATHER),
    ], [
        cl(t, MOI, "أعلنت", "assert"),
        cl(t, MOI, "ذكرت", "assert"),
        cl(t, MOI, "صرحت", "assert"),
        # "جاء ذلك ننقلاً عن صحيفة القبس" (sic): the attribution names a different source
        cl(t, ["Al-Qabas", "القبس", "صحيفة القبس"], "ننقلاً", "assert"),
        cl(t, FATHER, "أفاد", "assert"),
    ]))

    # --- The health workers' union postpones its strike
    i = "ant-JA-localNews-1836-20150707"
    t = news_text(i)
    HEALTH_FED = ["General Health Federation", "الجامعة العامة للصحة", "UGTT", "الاتحاد العام التونسي للشغل"]
    out.append(record(i, t, "2015-07-07", [
        # postponing a strike eases dissent
        ev("CONCEDE", HEALTH_FED, [], "2015-07-07"),
        # the 17 June decision to strike on 9-10 July: a threat of protest
        ev("THREATEN", HEALTH_FED, [], "2015-06-17"),
        # the five strikes since January, undated and told as one background sentence
        ev("PROTEST", ["public health workers", "أعوان الصحة", "أعوان الصحة العمومية"], []),
    ], [
        cl(t, ["Kacem Afia", "قاسم عفية", "عفية", "UGTT", "الاتحاد العام التونسي للشغل"], "بين", "assert",
           context="وبين الأمين"),
    ]))

    # --- The Tunisian president's visit to Italy will end with six agreements
    i = "ant-JA-localNews-996-20170209"
    t = news_text(i)
    SINAOUI = ["Moez Sinaoui", "معز السيناوي", "السيناوي", "Tunisia", "تونس"]
    out.append(record(i, t, "2017-02-09", [
        ev("CONSULT", ["Tunisian President", "رئيس الجمهورية", "Beji Caid Essebsi", "الباجي قائد السبسي",
                       "Tunisia", "تونس"], ["Italy", "ايطاليا", "إيطاليا"]),
        # "الزيارة ستختتم بالتوقيع على 6 اتفاقيات": a signing still to come, so intent (AGREE), not SUPPORT
        ev("AGREE", ["Tunisia", "تونس", "Italy", "ايطاليا", "إيطاليا"], []),
    ], [
        cl(t, SINAOUI, "أكد", "assert"),
        cl(t, SINAOUI, "وفق", "assert", context="وفق ما أكده"),
        cl(t, SINAOUI, "أوضح", "assert"),
    ]))

    # --- Tayar al-Mahabba warns about the government's deal with the Kamour sit-in
    i = "ant-JA-localNews-4613-20170618"
    t = news_text(i)
    PARTY = ["Tayar al-Mahabba", "تيار المحبة", "حزب تيار المحبة", "Current of Love"]
    TUN_GOV = ["Tunisian government", "الحكومة", "Tunisia", "تونس"]
    out.append(record(i, t, "2017-06-18", [
        # "نبّه ... إلى خطورة الاتفاق" and "حذر ... من أن مثل هذا الإتفاق" in Sunday's statement: one criticism
        ev("ACCUSE", PARTY, TUN_GOV, "2017-06-18"),
        # "سيستمر في المطالبة بالكشف عن حجم الثروات الوطنية"
        ev("REQUEST", PARTY, TUN_GOV, "2017-06-18"),
    ], [
        cl(t, PARTY, "نبّه", "warn"),
        cl(t, PARTY, "مؤكدا", "assert"),
        cl(t, PARTY, "حذر", "warn"),
        cl(t, PARTY, "أكد", "promise"),
        cl(t, PARTY, "مبرزا", "promise"),
        cl(t, PARTY, "حسب", "assert", context="حسب نص البيان"),
    ]))

    # --- Polls before the French election: no event (polls are not coded)
    i = "ant-JA-internationalNews-757-20170421"
    t = news_text(i)
    BELAAM = ["Nabil Belaam", "نبيل بالعم", "بالعم"]
    out.append(record(i, t, "2017-04-21", [], [
        cl(t, BELAAM, "قال", "assert"),
        cl(t, BELAAM, "أضاف", "assert", 1),
        cl(t, BELAAM, "أضاف", "assert", 2),
        # "استبعدت شركات سبر الآراء": unnamed polling companies, a bare speaker
    ]))
    return out


if __name__ == "__main__":
    write_batch(__file__, "dev.second.gold.jsonl", dev_records())
    write_batch(__file__, "batch8.second.gold.jsonl", batch8_records())
