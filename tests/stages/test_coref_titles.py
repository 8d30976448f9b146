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


def test_coref_a_full_name_after_bin_is_the_father_not_the_son():
    from rasd.stages.coref import cluster_mentions
    from tests.stages.event_helpers import make_doc

    doc = make_doc("استقبل الملك سلمان بن عبدالعزيز اليوم الأمير محمد بن سلمان بن عبدالعزيز، وقال بن عبدالعزيز إن …",
                   [("سلمان بن عبدالعزيز", "PER"), ("محمد بن سلمان بن عبدالعزيز", "PER")])
    groups = cluster_mentions(doc, doc.mentions)
    assert not any({0, 1} <= set(g) for g in groups), groups
    # the son's one name joins him all the same: the full name is a name of the son
    doc = make_doc("قال محمد بن سلمان إن … وأضاف محمد أن …", [("محمد بن سلمان", "PER"), ("محمد", "PER")])
    assert any({0, 1} <= set(g) for g in cluster_mentions(doc, doc.mentions))
    # … but not his father's given name: سلمان is the king named beside him
    doc = make_doc("لقاء الملك سلمان بن عبدالعزيز والأمير محمد بن سلمان. وأشار سلمان إلى …",
                   [("سلمان بن عبدالعزيز", "PER"), ("محمد بن سلمان", "PER"), ("سلمان", "PER")])
    groups = cluster_mentions(doc, doc.mentions)
    assert any({0, 2} <= set(g) for g in groups) and not any({1, 2} <= set(g) for g in groups), groups
