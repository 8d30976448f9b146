"""Incremental story clustering on hand-made articles."""

from __future__ import annotations

from rasd.corpus.stories import ArticleFeatures, StoryClusterer, cluster_store, day_ordinal
from rasd.corpus.vectors import stems, tfidf


def test_vectors_stems_drop_clitics_and_article():
    assert stems("وبالرياض") == ["رياض"]
    v = tfidf("هجوم على مسجد في عدن", title="عدن")
    assert "عدن" in v and "في" not in v
    assert abs(sum(w * w for w in v.values()) - 1.0) < 1e-9


def test_day_ordinal_handles_month_and_garbage():
    assert day_ordinal("2015-08-10") - day_ordinal("2015-08-09") == 1
    assert day_ordinal("2015-08") is None
    assert day_ordinal("soon") is None and day_ordinal(None) is None


def test_stories_clusterer_respects_time_window(story_docs):
    c = StoryClusterer(window_days=1)
    a = ArticleFeatures.from_doc(story_docs[0].to_dict())
    b = ArticleFeatures.from_doc(story_docs[1].to_dict())
    b_late = ArticleFeatures(id="late", date="2015-09-20", title=b.title, source=None, vec=b.vec, entities={})
    assert c.assign(a)[0] == c.assign(b)[0]
    assert c.assign(b_late)[0] != c.assign(a)[0] or len(c.clusters) > 1


def test_stories_cluster_store_groups_story_and_is_incremental(story_store, story_docs):
    res = cluster_store(story_store, ids=["a1", "a2", "o1"])
    assert res["articles"] == 3
    mem = dict(story_store.conn.execute("SELECT doc_id, cluster_id FROM corpus_cluster_members"))
    assert mem["a1"] == mem["a2"] != mem["o1"]
    # a3 arrives later and joins the stored cluster without re-clustering the others.
    res2 = cluster_store(story_store)
    assert res2["articles"] == 1
    mem = dict(story_store.conn.execute("SELECT doc_id, cluster_id FROM corpus_cluster_members"))
    assert mem["a3"] == mem["a1"]
    size, headline = story_store.conn.execute(
        "SELECT size, headline FROM corpus_clusters WHERE id = ?", (mem["a1"],)).fetchone()
    assert size == 3 and "عدن" in headline


def test_stories_clusterer_evicts_clusters_far_behind(story_docs):
    c = StoryClusterer(window_days=1)
    a = ArticleFeatures.from_doc(story_docs[0].to_dict())
    first, _ = c.assign(a)
    later = ArticleFeatures(id="x", date="2015-08-20", title="", source=None, vec={"نفط": 1.0}, entities={})
    c.assign(later)
    assert first in c.retired and first not in c.clusters
    assert all(first not in ids for ids in c.postings.values())
