"""Builders of the NER resources: word clusters, gazetteer, auto-tagged lexicon (tiny inputs)."""

from __future__ import annotations

import gzip
import random
from collections import Counter
from pathlib import Path

from rasd.stages.ner_features import load_autolex_rows
from rasd.train.autolex import write_autolex
from rasd.train.clusters import build_clusters, kmeans


def test_ner_clusters_group_words_by_context(tmp_path):
    rng = random.Random(0)
    people, places = ["بوتين", "اوباما", "ماكرون"], ["موسكو", "باريس", "لندن"]
    texts = []
    for _ in range(300):
        texts.append(f"قال الرئيس {rng.choice(people)} امس في مدينة {rng.choice(places)} ان")
    out = tmp_path / "c.tsv.gz"
    n = build_clusters(Path("."), out, dim=4, granularities=(2,), texts=texts)
    rows = {r.split("\t")[0]: r.split("\t")[1] for r in gzip.open(out, "rt", encoding="utf-8").read().split("\n") if r}
    assert n == len(rows) >= 6
    assert len({rows[w] for w in people}) == 1 and len({rows[w] for w in places}) == 1


def test_ner_kmeans_is_deterministic():
    import numpy as np

    x = np.random.default_rng(1).normal(size=(50, 3)).astype("float32")
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    assert (kmeans(x, 4, seed=3) == kmeans(x, 4, seed=3)).all()


def test_ner_autolex_keeps_tagged_words_with_shares(tmp_path):
    counts = {"بوتين": Counter(n=4, PER=3), "قال": Counter(n=10), "نادر": Counter(n=1, PER=1)}
    out = tmp_path / "a.tsv.gz"
    assert write_autolex(counts, out) == 1
    rows = [r.split("\t") for r in gzip.open(out, "rt", encoding="utf-8").read().split("\n") if r]
    assert load_autolex_rows(rows) == {"بوتين": (0.75, 0.0, 0.0, 0.0)}


def test_ner_gazetteer_actor_persons_skip_roles_and_institutions(tmp_path):
    from rasd.train.gazetteer import ACTORS, actor_persons

    path = tmp_path / ACTORS
    path.parent.mkdir(parents=True)
    path.write_text("نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\nوزير_دفاع_\n\t[USAGOV 2001-2002]\n"
                    "حماس  [PSE]\nبوتين\n\t[RUSGOV 2000]\n", encoding="utf-8")
    assert actor_persons(tmp_path) == {"نوري المالكي"}
