"""Rebuild this held-out gold batch from the news corpora (see README.md).

Drawn with `python -m rasd.eval.gold.heldout.draw_batch 133 10` (from the full corpora in news/unlabeled/) and
annotated blind.
"""

from rasd.eval.gold.heldout.batch_tools import cue, news_text, write_batch

recs = []
# --- SaudiNewsNet (Thursday 2015-08-06): the United States asks Venezuela to lift its ban on opposition candidates.
# "دعت الولايات المتحدة فنزويلا الي إلغاء حظر على تولي اعضاء المعارضة المناصب العامة والمشاركة في الانتخابات" and
# the State Department's quoted "ندعو جميع السلطات الفنزويلية المعنية الي إعادة النظر في الحظر المفروض على
# المرشحين" are one call (the lead re-tells the statement): one REQUEST US → Venezuela. "وتحث واشنطن كراكاس ايضا على
# الافراج عن السجناء السياسيين والسماح لمراقبين من الخارج بمراقبة الانتخابات" adds further demands ("ايضا"): a second
# REQUEST US → Venezuela (decided: the statement's "ونكرر دعوتنا الي مراقبة ذات مصداقية" for credible observation is
# folded into this one, being the same observers demand). "قالت وزارة الخارجية الامريكية ... ان قرارات مسؤولي
# الانتخابات في فنزويلا «من الواضح انها تنطلق من نية لتعقيد قدرة المعارضة»" charges the election officials with bad
# intent: ACCUSE State Department → Venezuelan election officials. All undated (the statement has no day). Not coded:
# the ban itself (a noun, "حظر"، "الحظر المفروض", passive), the December elections (scheduled, no actor). Claims: دعت
# (the lead's call: other), قالت (accuse), "واضافت الوزارة قائلة" (one statement, cue اضافت: the calls, other) and
# تحث (other). The State Department lists the United States (a state body); the election officials list Venezuela.
i = 'snn-2015-08-06-0462'
t = news_text(i)
US = ["United States", "الولايات المتحدة", "واشنطن", "Washington", "US State Department", "وزارة الخارجية الامريكية",
      "وزارة الخارجية", "الوزارة"]
VENEZUELA = ["Venezuela", "فنزويلا", "كراكاس", "Caracas", "السلطات الفنزويلية", "جميع السلطات الفنزويلية المعنية"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": US, "target": VENEZUELA},
    {"code": "ACCUSE", "source": US,
     "target": ["Venezuelan election officials", "مسؤولي الانتخابات في فنزويلا", "مسؤولي الانتخابات", "Venezuela",
                "فنزويلا"]},
    {"code": "REQUEST", "source": US, "target": VENEZUELA}], "claims": [
    {"speaker": US, "cue": cue(t, "دعت"), "stance": "other"},
    {"speaker": US, "cue": cue(t, "قالت"), "stance": "accuse"},
    {"speaker": US, "cue": cue(t, "اضافت"), "stance": "other"},
    {"speaker": US, "cue": cue(t, "تحث"), "stance": "other"}]})
# --- SaudiNewsNet: Egyptian actress Nelly Karim refuses to be called "Faten Hamama's successor". Refusing a nickname
# that "بعض الصحفيين" gave her is a personal statement of modesty, not the rejection of a demand or proposal, and the
# journalists are an indefinite bare group (decided: a claim, no REJECT; as README's club refusing to sell and
# refusing to sell a painting, a deny claim with no event). The series shown, the writer and director working on it,
# and her meetings with recovering addicts ("قابلت كثيرا من المتعافيات والمتعافين", unnamed people, research for a
# role) are no PLOVER events. No events. Claims, all hers: رفضت (deny: README, claims announcing a refusal take
# deny), the first مشيرة (she refuses the title because no actress like Faten Hamama will come: deny, decided), وأشارت
# (the role's success: assert), the second مشيرة (the effort the role took: assert), وقالت (assert) and "ومضت
# بالقول" (cue مضت: assert).
i = 'snn-2015-07-21-1484'
t = news_text(i)
NELLY = ["Nelly Karim", "نيللي كريم", "كريم"]
recs.append({"id": i, "text": t, "published": "2015-07-21", "events": [], "claims": [
    {"speaker": NELLY, "cue": cue(t, "رفضت"), "stance": "deny"},
    {"speaker": NELLY, "cue": cue(t, "مشيرة", 1), "stance": "deny"},
    {"speaker": NELLY, "cue": cue(t, "أشارت"), "stance": "assert"},
    {"speaker": NELLY, "cue": cue(t, "مشيرة", 2), "stance": "assert"},
    {"speaker": NELLY, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": NELLY, "cue": cue(t, "مضت"), "stance": "assert"}]})
# --- SaudiNewsNet (corpus date Sunday 2015-08-02; the police spoke "اليوم السبت", 2015-08-01, README: the text's
# weekday wins): a landslide kills 20 in Manipur, north-east India. The deaths are a natural disaster (no actor);
# "وأرسلت فرق إنقاذ إلى القرية" names no sender (passive reading, no explicit actor: no AID); "أبلغتنا السلطات في
# القرية" is the village authorities informing the police (reporting within the state: no event); the rains' damage
# and the forecast are no events. No events. Claims: the Indian police's قالت (assert); the regional police chief
# Hirojit Singh's first وقال (assert) and second وقال ("عبر الهاتف": assert); inside his quote, "أبلغتنا السلطات في
# القرية أن هناك نحو 20 ضحية" is the village authorities' own claim (README: embedded speech quoted inside another's
# report is its own claim; decided: local authorities are a government body, not a bare source; assert); "وتوقعت
# سلطات الأرصاد الجوية سقوط المزيد من الأمطار" (decided: the meteorological authorities are an institution, not a bare
# group like README's farmers; assert). The police bodies list India (state bodies).
i = 'snn-2015-08-02-0661'
t = news_text(i)
INDIAN_POLICE = ["Indian police", "الشرطة الهندية", "الشرطة", "India", "الهند"]
SINGH = ["Hirojit Singh", "هيروجيت سينج", "سينج", "regional police", "الشرطة الاقليمية", "Manipur police"] + INDIAN_POLICE
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [], "claims": [
    {"speaker": INDIAN_POLICE, "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": SINGH, "cue": cue(t, "قال", 2), "stance": "assert"},
    {"speaker": SINGH, "cue": cue(t, "قال", 3), "stance": "assert"},
    {"speaker": ["village authorities", "السلطات في القرية", "السلطات"], "cue": cue(t, "أبلغتنا"), "stance": "assert"},
    {"speaker": ["Indian meteorological authorities", "سلطات الأرصاد الجوية", "India Meteorological Department"],
     "cue": cue(t, "توقعت"), "stance": "assert"}]})
# --- SaudiNewsNet (Wednesday 2015-07-22): UN envoy Bernardino Leon calls for the release of the Italians kidnapped
# near Zuwara. "عقب لقائه بوزير الخارجية الإيطالي باولو جينتيلوني في روما الليلة الماضية" is a meeting whose two
# parties are named: one CONSULT Leon → Gentiloni (the visitor the source, the host in Rome the target), dated by
# "الليلة الماضية" (2015-07-21; decided: a possessive verbal noun naming both parties, as README's meeting named by a
# noun with its attendees). Leon's call "دعا ... إلى الإفراج فورًا عن الإيطاليين المختطفين" names no kidnapper: REQUEST
# with no target (README: a call with no addressee); his "أدان ... اختطاف الموظفين الإيطاليين، واصفًا إياه بالعمل غير
# المقبول" is ACCUSE with no target (README: a condemnation with no doer named). Both are dated 2015-07-21 (decided:
# the statement came "عقب" the meeting of last night; the lead's call is the same statement). Not coded: the
# kidnapping ("اختطفوا يوم الأحد الماضي", passive, no doer; "الإيطاليين المختطفين"), the UN mission's efforts to gather
# information (no event), Gentiloni's confidence in unnamed bodies working to identify those responsible (no named
# party, and the investigation has no named doer). Claims: Leon's دعا (other), أدان (accuse), واصفًا (accuse) and
# وقال (assert); Gentiloni's أكد and مفيدًا (assert). Leon's list keeps no alias with ليبيا (named on its own);
# Gentiloni lists Italy.
i = 'snn-2015-07-22-0168'
t = news_text(i)
LEON = ["Bernardino Leon", "برناردينو ليون", "ليون", "UN envoy to Libya", "المبعوث الخاص", "UNSMIL",
        "بعثة الأمم المتحدة للدعم", "United Nations", "الأمم المتحدة"]
GENTILONI = ["Paolo Gentiloni", "باولو جينتيلوني", "جينتيلوني", "وزير الخارجية الإيطالي", "Italy", "إيطاليا"]
recs.append({"id": i, "text": t, "published": "2015-07-22", "events": [
    {"code": "REQUEST", "source": LEON, "target": [], "date": "2015-07-21"},
    {"code": "CONSULT", "source": LEON, "target": GENTILONI, "date": "2015-07-21"},
    {"code": "ACCUSE", "source": LEON, "target": [], "date": "2015-07-21"}], "claims": [
    {"speaker": LEON, "cue": cue(t, "دعا"), "stance": "other"},
    {"speaker": LEON, "cue": cue(t, "أدان"), "stance": "accuse"},
    {"speaker": LEON, "cue": cue(t, "واصفًا"), "stance": "accuse"},
    {"speaker": LEON, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": GENTILONI, "cue": cue(t, "أكد"), "stance": "assert"},
    {"speaker": GENTILONI, "cue": cue(t, "مفيدًا"), "stance": "assert"}]})
# --- SaudiNewsNet: Al-Baha's deputy emir Hamed al-Shamri chairs a meeting with the region's health affairs director
# general, his assistants and the hospital directors. "ترأس ... اجتماعاً مع مدير عام الشؤون الصحية ومساعديه ومدراء
# مستشفيات المنطقة" is a meeting between the emirate and the health directorate, which belongs to the Ministry of
# Health, outside the emirate's administration (decided: README's governor receiving a police officer is a CONSULT;
# not the internal deliberation of one body): one CONSULT al-Shamri → the health officials, the chair as source (no
# host or venue is given), undated. Not coded: the emir's directives and the deputy's urging of the staff and his
# "أكد على الاهتمام بجميع المستشفيات ... وعقد شراكات واتفاقات مع كلية الطب" (regional administrative direction of
# state health services, decided: claims only, as batch 34 takes a crown prince's directives as internal and README a
# minister's call on his own staff as a claim only); King Salman's meeting with the ministry's leaders (a noun inside
# the statement, background); "تم الإطلاع على سير العمل" (passive). Claims: "نقل وكيل الإمارة توجيهات ... أمير
# المنطقة" (README: "نقلت المصادر عن X" with no قوله makes نقلت the cue; the emir's directives: other), مؤكداً
# (assert), حث (the staff to work as one team: other) and وأكد (the hospitals to be given attention and support:
# other). No alias holds الباحة (named on its own in جامعة الباحة).
i = 'snn-2015-07-31-0927'
t = news_text(i)
SHAMRI = ["Hamed al-Shamri", "حامد الشمري", "الشمري", "deputy emir", "وكيل الإمارة", "الوكيل"]
HEALTH = ["Al-Baha health affairs", "مدير عام الشؤون الصحية", "الشؤون الصحية", "مساعديه", "مدراء مستشفيات المنطقة",
          "hospital directors", "Ministry of Health"]
EMIR = ["Emir of Al-Baha region", "أمير المنطقة", "صاحب السمو الملكي أمير المنطقة"]
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "CONSULT", "source": SHAMRI, "target": HEALTH}], "claims": [
    {"speaker": EMIR, "cue": cue(t, "نقل"), "stance": "other"},
    {"speaker": SHAMRI, "cue": cue(t, "مؤكداً"), "stance": "assert"},
    {"speaker": SHAMRI, "cue": cue(t, "حث"), "stance": "other"},
    {"speaker": SHAMRI, "cue": cue(t, "أكد"), "stance": "other"}]})
# --- SaudiNewsNet (Sunday 2015-08-02): Prince Bandar bin Abdullah visits the Saudi scout delegation at the 23rd World
# Scout Jamboree in Japan. "قام ... بندر بن عبدالله ... أمس بزيارة للوفد الكشفي السعودي ... حيث كان استقباله ...
# الفهد نائب رئيس جمعية الكشافة العربية السعودية، وقائد الوفد ... الحربي" is a hosted visit: one CONSULT, the visitor
# the source and the delegation with its receiving leaders the target, dated by أمس (2015-08-01). His listening to a
# briefing and touring the workshop, tents and exhibition are the same visit. "رافق سموه خلال الزيارة" the heads of
# the World Scout Foundation, the World Scout Organization, the World Scout Committee and the Arab Scout Organization:
# they join the visiting party in the source (as batch 34 puts the officers who went with a visitor in the source).
# Not coded: the city hosting the jamboree (a relative clause about the event's venue, no PLOVER act), the
# association's tent and exhibition. No claims (no reported statement).
i = 'snn-2015-08-02-0508'
t = news_text(i)
BANDAR = ["Bandar bin Abdullah bin Abdulaziz", "بندر بن عبدالله بن عبدالعزيز", "بندر بن عبدالله", "بندر",
          "King Abdullah International Foundation for Humanitarian Activities",
          "مؤسسة الملك عبدالله بن عبدالعزيز العالمية للأعمال الإنسانية",
          "World Scout Foundation", "الصندوق الكشفي العالمي", "فايزر سكرت", "World Organization of the Scout Movement",
          "المنظمة الكشفية العالمية", "سكوت بيتر", "World Scout Committee", "اللجنة الكشفية العالمية",
          "جواو أرماندو", "Arab Scout Organization", "المنظمة الكشفية العربية", "عاطف عبدالمجيد"]
SCOUTS = ["Saudi scout delegation", "الوفد الكشفي السعودي", "الوفد", "Saudi Arabian Scouts Association",
          "جمعية الكشافة العربية السعودية", "الجمعية", "Abdullah al-Fahd", "عبدالله بن سليمان الفهد", "الفهد",
          "Saleh al-Harbi", "صالح بن رجاء الحربي", "الحربي"]
recs.append({"id": i, "text": t, "published": "2015-08-02", "events": [
    {"code": "CONSULT", "source": BANDAR, "target": SCOUTS, "date": "2015-08-01"}], "claims": []})
# --- Sabq: a citizen of Khamis Mushait appeals for treatment of his two disabled children in Germany. The lead's
# "ناشد ... الجهات المختصة مساعدته في علاج أطفاله" and his quoted "أناشد القيادة الرشيدة التوجيه بعلاج الطفلين في
# مستشفى ... بألمانيا" are one appeal (the lead re-tells it): one REQUEST citizen → the Saudi leadership, with the
# competent authorities in the same list. His "أناشد أصحاب القلوب الرحيمة مساعدتي" is an appeal for money to no named
# payer: a second REQUEST with no target (README: an appeal for money with no payer named). Both undated. Not coded:
# the operations (passive, medical), the "قصّ متعمد" (a surgical cut, not an attack), "حصلت على الموافقة من المستشفى"
# (a hospital's consent told as a noun, medical business). Claims: ناشد (other), "وقال المواطن لـ«سبق»" (the medical
# history: assert), وأضاف (the operations failed, so he appeals: other) and وأردف (his debts and the appeal to
# benefactors: other); the أناشد inside the quotes are the quotes' own words, not new cues. Sabq is the outlet he
# spoke to.
i = 'snn-2015-08-06-3111'
t = news_text(i)
CITIZEN = ["Hamad Mohammed Saad Al Dashan", "حمد محمد سعد آل دشان", "آل دشان", "المواطن"]
recs.append({"id": i, "text": t, "published": "2015-08-06", "events": [
    {"code": "REQUEST", "source": CITIZEN,
     "target": ["Saudi leadership", "القيادة الرشيدة", "الجهات المختصة", "Saudi government", "Saudi Arabia"]},
    {"code": "REQUEST", "source": CITIZEN, "target": []}], "claims": [
    {"speaker": CITIZEN, "cue": cue(t, "ناشد"), "stance": "other"},
    {"speaker": CITIZEN, "cue": cue(t, "قال"), "stance": "assert"},
    {"speaker": CITIZEN, "cue": cue(t, "أضاف"), "stance": "other"},
    {"speaker": CITIZEN, "cue": cue(t, "أردف"), "stance": "other"}]})
# --- SaudiNewsNet (sports): Al-Hilal's three ex-Ettifaq players, all let go. Al-Hilal releasing the players, their
# moves to Al-Shabab and Al-Taawoun, the transfer fees, and the coach's lack of faith are sport business (README:
# transfers and signings are sport business with no event). No statement is attributed. Nothing coded.
i = 'snn-2015-07-25-0674'
t = news_text(i)
recs.append({"id": i, "text": t, "published": "2015-07-25", "events": [], "claims": []})
# --- SaudiNewsNet (Monday 2015-08-03): the US government warns that terrorists could use drones to attack the
# country, after pilots saw drones near JFK. The warning is about a possible danger from unnamed "عناصر إرهابية وغيرهم
# من المجرمين" (decided: no named party, so a warn claim and no event; README: generic warnings about drones are
# claims). "وقال المتحدث باسم الوزارة وفي استجابة لطلب وكالة الأنباء الألمانية (د.ب.أ) للحصول على نسخة من التحذير،
# إن التحذير ليس للنشر" is a refusal of DPA's request: one REJECT DHS spokesman → DPA, undated (DPA's request is a
# noun inside it, not coded of its own). Not coded: the pilots' sightings and reports (no PLOVER act), the drones seen
# (passive), "التحذير ... كان في شكل نشرة ارسلت إلى إدارات الشرطة" (passive sending; the bulletin is the warning
# already claimed), the landings. Claims: حذرت (the US government: warn); "وذكرت تقارير إخبارية" is a bare source
# (no claim); "وذكرت شبكة (سي.بي.اس.نيوز)" reports on its own account (README: a station reporting on its own account
# makes a claim; assert); the spokesman's قال (the refusal: deny) and "نقلت شبكة ... عنه القول" (README: نقل X عن Y
# قوله, cue القول; the forecast that drone violations of US airspace will keep rising: warn, decided). The three
# pilots are indefinite and tied to no institution: no speakers.
i = 'snn-2015-08-03-0345'
t = news_text(i)
US_GOV = ["US government", "الحكومة الأمريكية", "Department of Homeland Security", "وزارة الأمن الداخلي",
          "إدارة الأمن الداخلي", "الوزارة", "United States", "الولايات المتحدة"]
DHS_SPOKESMAN = ["DHS spokesman", "المتحدث باسم الوزارة", "المتحدث"] + US_GOV
recs.append({"id": i, "text": t, "published": "2015-08-03", "events": [
    {"code": "REJECT", "source": DHS_SPOKESMAN,
     "target": ["Deutsche Presse-Agentur", "dpa", "وكالة الأنباء الألمانية", "د.ب.أ"]}], "claims": [
    {"speaker": US_GOV, "cue": cue(t, "حذرت"), "stance": "warn"},
    {"speaker": ["CBS News", "سي.بي.اس.نيوز", "شبكة (سي.بي.اس.نيوز)"], "cue": cue(t, "ذكرت", 2), "stance": "assert"},
    {"speaker": DHS_SPOKESMAN, "cue": cue(t, "قال"), "stance": "deny"},
    {"speaker": DHS_SPOKESMAN, "cue": cue(t, "القول"), "stance": "warn"}]})
# --- SaudiNewsNet (Friday 2015-07-31): India and Bangladesh implement a historic agreement to swap border
# enclaves. "تطبق الهند وبنغلاديش اليوم (الجمعة)، اتفاقا تاريخيا" is the two states jointly carrying out the swap, with
# the flag raising by "المسؤولون عن البلدين" and each state taking sovereignty over its enclaves folded in: one
# reciprocal COOPERATE with both states in the source and no target (decided: joint implementation of a bilateral
# deal, not a one-sided concession), dated 2015-07-31. "وكان نارندرا مودي ... ونظيرته البنغلاديشية شيخة حسينة، وقعا
# هذا الاتفاق ... مطلع يونيو" is a signing: one two-sided SUPPORT with both signers (and their states) in the source
# and no target (README: two signers as joint subjects), undated (early June). "وكانت بنغلاديش أعطت موافقتها على هذا
# الاتفاق منذ 1974" is an approval of an agreement with India: SUPPORT Bangladesh → India (README: approving an
# agreement with a state is SUPPORT of it), undated; "لكن البرلمان لم يعمد إلى تبنّيه إلا الشهر الماضي" is India's
# parliament (by contrast with Bangladesh) adopting it: SUPPORT → Bangladesh, undated (month only). Not coded: the
# visit of the Indian head of government to Bangladesh (a noun in a time phrase, "خلال زيارة"), the agreement leading
# to a settlement (no actor), the 1971 war (a noun), the celebrations (passive), Kalam's death, the enclave dwellers'
# deprivation and choice of nationality (no PLOVER act), Parul Khatun being turned away from a hospital (a noun,
# passive sense). Claims, all Parul Khatun's (AFP is the outlet she spoke to): قالت (assert), مضيفة (her wish to be a
# Bangladeshi citizen: assert, README: a wish under a reporting verb is a claim) and "وتذكرت إبعادها" (decided: a
# recollection told as her account; assert).
i = 'snn-2015-07-31-0512'
t = news_text(i)
INDIA = ["India", "الهند"]
BANGLADESH = ["Bangladesh", "بنغلاديش"]
MODI = ["Narendra Modi", "نارندرا مودي", "مودي"] + INDIA
HASINA = ["Sheikh Hasina", "شيخة حسينة", "حسينة"] + BANGLADESH
recs.append({"id": i, "text": t, "published": "2015-07-31", "events": [
    {"code": "COOPERATE", "source": INDIA + BANGLADESH, "target": [], "date": "2015-07-31"},
    {"code": "SUPPORT", "source": MODI + HASINA, "target": []},
    {"code": "SUPPORT", "source": BANGLADESH, "target": INDIA},
    {"code": "SUPPORT", "source": ["Indian parliament", "البرلمان"] + INDIA, "target": BANGLADESH}], "claims": [
    {"speaker": ["Parul Khatun", "بارول خاتون", "خاتون"], "cue": cue(t, "قالت"), "stance": "assert"},
    {"speaker": ["Parul Khatun", "بارول خاتون", "خاتون"], "cue": cue(t, "مضيفة"), "stance": "assert"},
    {"speaker": ["Parul Khatun", "بارول خاتون", "خاتون"], "cue": cue(t, "تذكرت"), "stance": "assert"}]})

if __name__ == "__main__":
    write_batch(__file__, 'batch133.gold.jsonl', recs)
