import rasd


def test_coref_leader_title_resolves_to_the_apposed_person():
    text = ("التقى رئيس الحكومة بالشيخ راشد الغنوشي رئيس حركة النهضة في قصر الحكومة. "
            "وأضاف زعيم النهضة أنه تم التطرق إلى الملف الاجتماعي.")
    doc = rasd.analyze(text, id="x")
    speakers = {doc.slice(c.cue): doc.entity(c.speaker).name for c in doc.claims if c.speaker}
    assert speakers.get("وأضاف") == "Rached Ghannouchi"


def test_coref_leader_title_without_apposition_names_nobody():
    from rasd.stages.coref import actor_for_phrase

    text = "قال زعيم حزب مجهول إن الانتخابات ستجري في موعدها."
    doc = rasd.analyze(text, id="y")
    i = text.index("زعيم")
    ids = actor_for_phrase(doc, i, i + len("زعيم حزب مجهول"), create=False)
    assert all(doc.entity(e).type != "PER" for e in ids)
