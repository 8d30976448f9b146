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


def test_coref_titles_two_holders_named_the_bare_title_is_the_one_without_a_nationality_or_former():
    from rasd.document import Span
    from rasd.stages.coref import resolve_titles

    # the Saudi minister introduced plainly, the Italian with his nationality: "وزير الخارجية" is the former
    doc = rasd.analyze("أجرى وزير الخارجية عادل الجبير مباحثات مع وزير الخارجية الإيطالي باولو جينتيلوني في روما. "
                       "وقال وزير الخارجية إن المباحثات كانت مثمرة.", id="t", date="2015-08-07")
    start = doc.text.rindex("وزير الخارجية")
    ids = resolve_titles(doc, Span(start, start + len("وزير الخارجية")), create=False)
    assert [doc.entity(i).name for i in ids] == ["Adel al-Jubeir"]
