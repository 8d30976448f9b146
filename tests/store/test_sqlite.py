import sqlite3

import pytest

from rasd.document import Claim, Document, Entity, Event, Flag, Mention, Meta, Published, Span, Timex
from rasd.errors import StoreError
from rasd.store import Store
from rasd.store.migrations import MIGRATIONS


def make_doc(doc_id="a1", text="أجرى وزير الدفاع الأمريكي لويد أوستن اتصالا مع أمريكا."):
    i = text.index("لويد")
    doc = Document(id=doc_id, text=text, meta=Meta(title="اتصال", source="test", declared_date="2022-10-21"),
                   published=Published(date="2022-10-21", confidence=0.9))
    doc.mentions = [Mention(i, i + 10, "PER", "e1")]
    doc.entities = [Entity("e1", "Lloyd Austin", "PER", kb="Q1", name_ar="لويد أوستن", country="USA")]
    doc.timexes = [Timex(0, 4, "DATE", "2022-10-21")]
    doc.events = [Event("v1", "CONSULT", Span(0, 4), cameo="040", source=["e1"], date="2022-10-21")]
    doc.claims = [Claim("e1", Span(0, 4), Span(5, 10), "assert")]
    doc.flags = [Flag("typo", [Span(5, 9)], "unknown word", suggestion="وزير")]
    return doc


def test_store_roundtrip_preserves_contract():
    doc = make_doc()
    with Store(":memory:") as st:
        st.put(doc)
        assert st.get("a1").to_dict() == doc.to_dict()
        assert st.get("missing") is None


def test_store_reanalysing_same_id_replaces():
    with Store(":memory:") as st:
        st.put(make_doc())
        st.put(make_doc())
        assert st.stats() == {"documents": 1, "mentions": 1, "entities": 1, "timexes": 1, "events": 1,
                              "claims": 1, "flags": 1}


@pytest.mark.parametrize("query", ["أمريكا", "امريكا", "آمريكا", "الدفاع", "دفاع"])
def test_store_search_over_folded_arabic(query):
    with Store(":memory:") as st:
        st.put(make_doc())
        assert [r["id"] for r in st.search(query)] == ["a1"]


@pytest.mark.parametrize("query", ["", "   ", '"', "OR AND NOT", "a* NEAR(", "؟؟"])
def test_store_search_survives_fts_syntax(query):
    with Store(":memory:") as st:
        st.put(make_doc())
        st.search(query)  # no exception


def test_store_filters_and_entities():
    with Store(":memory:") as st:
        st.put(make_doc("a1"))
        st.put(make_doc("a2", text="زار الرئيس باريس وعقد مؤتمرا. وأضاف لويد أوستن"))
        assert st.articles(entity="Q1")[1] == 2
        assert st.articles(event_code="consult")[1] == 2
        assert st.articles(date_from="2022-10-22")[1] == 0
        rows, total = st.events(actor="Lloyd")
        assert total == 2 and rows[0]["source_names"] == "Lloyd Austin"
        ent = st.entity("Q1")
        assert ent["name"] == "Lloyd Austin" and len(ent["articles"]) == 2
        assert "لويد أوستن" in ent["aliases"]


def test_store_failed_write_leaves_committed_documents(tmp_path):
    path = tmp_path / "t.db"
    bad = make_doc("bad")
    bad.mentions.append(Mention(0, 4, "PER", None))
    bad.mentions.append(Mention(0, 4, "PER", None))
    with Store(path) as st:
        st.put(make_doc("good"))
        # A document whose layer rows violate a constraint fails as a whole.
        bad.entities.append(bad.entities[0])  # duplicate entity id → primary key violation
        with pytest.raises(sqlite3.IntegrityError):
            st.put(bad)
        assert st.ids() == ["good"]
        assert st.stats()["mentions"] == 1


def test_store_records_migrations_and_reopens(tmp_path):
    path = tmp_path / "t.db"
    Store(path).close()
    with Store(path) as st:
        names = [r[0] for r in st.conn.execute("SELECT name FROM migrations")]
    assert names == [m[0] for m in MIGRATIONS]


def test_store_readonly_refuses_writes(tmp_path):
    path = tmp_path / "t.db"
    with Store(path) as st:
        st.put(make_doc())
    with Store(path, readonly=True) as ro:
        assert ro.has("a1")
        with pytest.raises(StoreError):
            ro.put(make_doc("x"))


def test_store_rejects_non_rasd_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    with pytest.raises(StoreError):
        Store(path, readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        Store(junk)
