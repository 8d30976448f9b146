"""Near-duplicate grouping on small hand-made Arabic texts."""

from __future__ import annotations

from rasd.corpus.dedup import DedupIndex, find_duplicates
from rasd.corpus.shingles import jaccard, shingles, text_digest

BASE = ("أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في منطقة عسير "
        "وقالت إن أفرادها خططوا لتنفيذ هجمات على مساجد ومنشآت أمنية في عدة مدن بالمملكة")
OTHER = ("ارتفعت أسعار النفط في الأسواق العالمية بعد صدور بيانات عن تراجع المخزونات الأمريكية "
         "وتوقع محللون أن تواصل الأسعار صعودها خلال الأسبوع المقبل مع زيادة الطلب")


def test_shingles_fold_diacritics_and_alef():
    assert shingles("أَعلنت الوزارة") == shingles("اعلنت الوزارة")


def test_text_digest_ignores_spacing():
    assert text_digest(BASE) == text_digest("  " + BASE.replace(" ", "  ") + "\n")


def test_jaccard_bounds():
    a = shingles(BASE)
    assert jaccard(a, a) == 1.0
    assert jaccard(a, shingles(OTHER)) == 0.0
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_dedup_groups_exact_and_near_with_canonical_earliest_then_longest():
    rows = [
        {"id": "late", "text": BASE, "date": "2015-08-10"},
        {"id": "early", "text": BASE, "date": "2015-08-09"},
        {"id": "near", "text": BASE + " وأضافت أن التحقيقات مستمرة", "date": "2015-08-09"},
        {"id": "other", "text": OTHER, "date": "2015-08-09"},
    ]
    groups = find_duplicates(rows)
    assert len(groups) == 1
    g = groups[0]
    # "near" has the same date as "early" but is longer, so it is canonical.
    assert g.canonical == "near"
    assert sorted(g.members) == ["early", "late", "near"]
    assert g.to_dict()["members"][0] == "near"


def test_dedup_index_query_and_empty_text():
    idx = DedupIndex()
    assert idx.add("a", BASE) == []
    assert idx.add("empty", "") == []
    assert idx.add("empty2", "   ") == ["empty"]  # identical (empty) texts are still exact duplicates
    assert [i for i, _ in idx.query(BASE)] == ["a"]
    assert idx.query(OTHER) == []


def test_dedup_index_reloads_from_stored_signature():
    first = DedupIndex(keep_shingles=False)
    first.add("a", BASE)
    sig = first.signatures["a"].hashvalues
    again = DedupIndex(keep_shingles=False)
    again.add_signature("a", sig, text_digest(BASE), None, len(BASE))
    assert again.add("b", BASE + " اليوم") == ["a"]
