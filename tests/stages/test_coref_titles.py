import rasd


def test_coref_titles_an_indefinite_title_names_nobody():
    # "a British minister" is no one the article names, not the prime minister it names later
    text = ("أوضح وزير بريطاني أمس أن الحكومة البريطانية تعتزم مطالبة ملاك العقارات بطرد المهاجرين. "
            "ويأتي هذا بعد تصريحات صدرت عن رئيس الوزراء البريطاني ديفيد كاميرون.")
    doc = rasd.analyze(text, id="t", date="2015-08-04")
    speakers = [doc.entity(c.speaker).name for c in doc.claims if doc.slice(c.cue) == "أوضح"]
    assert speakers and "Cameron" not in speakers[0], speakers
    # the definite title does name the holder
    doc = rasd.analyze("قال رئيس الوزراء البريطاني إن الحكومة تعتزم ذلك.", id="t", date="2015-08-04")
    assert [doc.entity(c.speaker).name for c in doc.claims] == ["David Cameron"]
