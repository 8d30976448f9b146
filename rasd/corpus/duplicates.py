"""Duplicate groups over the store, with MinHash signatures kept in ``corpus_minhash``.

Signatures are computed once per article; a rerun only hashes new articles and
regroups (LSH queries are cheap). ``load_index`` gives ``rasd watch`` the index
to test new pages against.
"""

from __future__ import annotations

import numpy as np

from rasd.corpus.db import article_rows, prepare, transaction
from rasd.corpus.dedup import DedupIndex, DupGroup
from rasd.corpus.shingles import shingles, text_digest


def _stored(store) -> dict[str, tuple[str | None, int, str, bytes]]:
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in
            store.conn.execute("SELECT doc_id, date, length, digest, sig FROM corpus_minhash")}


def load_index(store, **options) -> DedupIndex:
    """A ``DedupIndex`` of every article already hashed (no text is read)."""
    prepare(store)
    idx = DedupIndex(keep_shingles=False, **options)
    rows = sorted(_stored(store).items(), key=lambda kv: (kv[1][0] or "9999", kv[0]))
    for doc_id, (date, length, digest, sig) in rows:
        idx.add_signature(doc_id, np.frombuffer(sig, dtype=np.uint32), digest, date, length, content=length > 0)
    return idx


def remember(store, idx: DedupIndex, doc_id: str, text: str, date: str | None) -> list[str]:
    """Add one article to ``idx`` and persist its signature; return what it duplicates."""
    sh = shingles(text, idx.ngram)
    sig = idx.signature(sh)
    digest = text_digest(text)
    dups = idx.add_signature(doc_id, sig, digest, date, len(text), content=bool(sh))
    with transaction(store) as conn:
        conn.execute("INSERT OR REPLACE INTO corpus_minhash VALUES (?, ?, ?, ?, ?)",
                     (doc_id, date, len(text), digest, np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()))
    return dups


def dedup_store(store, **options) -> list[DupGroup]:
    """Hash new articles, regroup all, and rewrite ``corpus_dup_groups``."""
    prepare(store)
    stored = _stored(store)
    idx = DedupIndex(keep_shingles=False, **options)
    new_rows = []
    for art in article_rows(store):
        doc_id, text = art["id"], art["text"]
        if doc_id in stored:
            date, length, digest, sig = stored[doc_id]
            idx.add_signature(doc_id, np.frombuffer(sig, dtype=np.uint32), digest, art["date"], length,
                              content=length > 0)
            continue
        sh = shingles(text, idx.ngram)
        sig = idx.signature(sh)
        digest = text_digest(text)
        idx.add_signature(doc_id, sig, digest, art["date"], len(text), content=bool(sh))
        new_rows.append((doc_id, art["date"], len(text), digest, np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()))
    groups = idx.groups()
    with transaction(store) as conn:
        conn.executemany("INSERT OR REPLACE INTO corpus_minhash VALUES (?, ?, ?, ?, ?)", new_rows)
        conn.execute("DELETE FROM corpus_dup_groups")
        conn.executemany("INSERT INTO corpus_dup_groups VALUES (?, ?, ?, ?)",
                         [(m, g.group, g.canonical, int(g.exact)) for g in groups for m in g.members])
    return groups


def stored_groups(store) -> list[dict]:
    """The duplicate groups written by the last ``dedup_store``."""
    from rasd.corpus.tables import has_tables

    if not has_tables(store.conn):
        return []
    groups: dict[int, dict] = {}
    for grp, doc_id, canonical, exact in store.conn.execute(
            "SELECT grp, doc_id, canonical, exact FROM corpus_dup_groups ORDER BY grp"):
        g = groups.setdefault(grp, {"group": grp, "canonical": canonical, "members": [canonical], "exact": bool(exact)})
        if doc_id != canonical:
            g["members"].append(doc_id)
    return list(groups.values())
