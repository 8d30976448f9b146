"""Merged events, contradictions and date evidence across the articles of a story."""

from __future__ import annotations

from rasd.corpus.crossdoc import analyse_clusters, contradictions, date_evidence, merge_events
from rasd.corpus.figures import casualty_figures
from rasd.corpus.queries import entity_timeline, flags, list_stories, story
from rasd.corpus.stories import cluster_store


def _dicts(docs):
    return [d.to_dict() for d in docs[:3]]


def test_figures_read_digits_words_and_phrasings():
    got = [(f.category, f.value) for f in casualty_figures("استشهاد ثلاثة جنود وإصابة ٧ آخرين و12 قتيلا")]
    assert got == [("killed", 3), ("injured", 7), ("killed", 12)]
    assert casualty_figures("اجتمع 12 وزيرا") == []


def test_crossdoc_merges_same_event_from_three_outlets(story_docs):
    events = merge_events(_dicts(story_docs))
    assert len(events) == 1
    m = events[0]
    assert m.code == "ASSAULT" and m.n_sources == 3
    assert m.date == "2015-08-07" and m.dates == ["2015-08-07", "2015-08-08"]
    assert m.source_names == ["داعش"]


def test_crossdoc_flags_denial_date_and_figure_conflicts(story_docs):
    kinds = {f.kind: f for f in contradictions(_dicts(story_docs))}
    assert set(kinds) == {"cross-denial", "cross-date-conflict", "cross-figure-conflict"}
    fig = kinds["cross-figure-conflict"]
    # 12 is what two articles say: the outlier (5, in a3) is flagged against it.
    assert fig.doc_b == "a3" and "12" in fig.message
    text = story_docs[2].text
    assert text[fig.span_b[0]:fig.span_b[1]] == "مقتل 5"


def test_crossdoc_date_evidence_pins_uncertain_article(story_docs):
    ev = date_evidence(_dicts(story_docs))
    assert list(ev) == ["a3"]
    assert ev["a3"]["date"] == "2015-08-09"
    assert ev["a3"]["evidence"]


def test_crossdoc_store_round_trip_and_queries(story_store):
    res = cluster_store(story_store)
    counts = analyse_clusters(story_store, res["touched"])
    assert counts["merged"] == 1 and counts["flags"] == 3
    rows, total = list_stories(story_store)
    assert total == 1 and rows[0]["size"] == 3 and rows[0]["outlets"] == 3 and rows[0]["flags"] == 3
    s = story(story_store, rows[0]["id"])
    assert s["events"][0]["n_sources"] == 3 and len(s["articles"]) == 3
    fl, n = flags(story_store, doc="a3")
    assert n == 3 and all(f["a"]["text"] is not None for f in fl)
    tl = entity_timeline(story_store, "داعش")
    assert tl["key"] == "local:داعش" and tl["articles"] == 3
    # a3's publication is known only to the month: it sits on its declared day; events on their own dates.
    assert [d["date"] for d in tl["days"]] == ["2015-08-07", "2015-08-08", "2015-08-09", "2015-08-10"]
    assert sum(len(d["events"]) for d in tl["days"]) == 3


def test_crossdoc_same_outlet_update_is_not_a_contradiction(story_docs):
    docs = _dicts(story_docs)
    for d in docs:
        d["meta"]["source"] = "okaz"
    kinds = [f.kind for f in contradictions(docs)]
    assert kinds == []


def test_crossdoc_merges_events_sharing_an_actor_in_the_same_role(story_docs):
    docs = _dicts(story_docs)
    # The second outlet names only the attacker; still the same event.
    docs[1]["events"][0]["target"] = []
    events = merge_events(docs)
    assert len(events) == 1 and events[0].n_sources == 3


def test_crossdoc_date_evidence_uses_the_articles_own_offset_to_the_event():
    """An article knows only 'today Friday' in October 2022; another report dates the same call."""
    text = "أجرى وزير الدفاع الأمريكي اتصالا هاتفيا اليوم الجمعة مع نظيره الروسي"
    ents = [{"id": "e1", "name": "Lloyd Austin", "name_ar": "لويد أوستن", "type": "PER", "kb": "Q1"},
            {"id": "e2", "name": "Sergei Shoigu", "name_ar": "سيرغي شويغو", "type": "PER", "kb": "Q2"}]
    call = {"id": "v1", "code": "CONSULT", "trigger": {"start": 4, "end": 9}, "source": ["e1"], "target": ["e2"],
            "modality": "asserted"}
    uncertain = {"id": "u", "text": text, "meta": {"source": "x"}, "entities": ents,
                 "published": {"date": "2022-10", "candidates": ["2022-10-14", "2022-10-21", "2022-10-28"]},
                 "events": [{**call, "date": "2022-10-14"}]}  # resolved against its best (wrong) candidate
    other = {"id": "o", "text": text, "meta": {"source": "y"}, "entities": ents,
             "published": {"date": "2022-10-22", "confidence": 0.9, "candidates": ["2022-10-22"]},
             "events": [{**call, "date": "2022-10-21"}]}
    ev = date_evidence([uncertain, other])
    assert ev["u"]["date"] == "2022-10-21"
    assert any("o dates CONSULT" in e for e in ev["u"]["evidence"])


def test_crossdoc_many_different_tolls_are_several_incidents_not_a_conflict():
    docs = [{"id": f"d{i}", "text": f"أسفرت المواجهات عن مقتل {n} مسلحين", "meta": {"source": f"s{i}"},
             "published": {}, "events": [], "entities": []} for i, n in enumerate((3, 7, 11, 20, 20))]
    assert contradictions(docs) == []
    assert [f.kind for f in contradictions(docs[3:] + docs[:1])] == ["cross-figure-conflict"]
