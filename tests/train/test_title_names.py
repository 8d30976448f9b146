"""The title-anchored name miner (rasd.train.title_names) on small hand-made news sentences."""

from __future__ import annotations

import gzip

from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_rules import title_name_mentions
from rasd.stages.ner_features import NerResources, load_title_name_rows
from rasd.train.title_names import (
    Vocabulary,
    complement_words,
    count_title_names,
    select_names,
    title_anchored_names,
    title_heads,
    write_title_names,
)

NATIONALITIES = frozenset(fold(w) for w in ("التونسي", "التونسية", "الأمريكي"))


def vocab(counts: dict[str, int] | None = None, autolex: dict[str, tuple[float, ...]] | None = None,
          frequent: tuple[str, ...] = ()) -> Vocabulary:
    return Vocabulary(counts={fold(w): c for w, c in (counts or {}).items()},
                      autolex={fold(w): s for w, s in (autolex or {}).items()},
                      frequent=frozenset(fold(w) for w in frequent), titles=title_heads(),
                      complements=complement_words(), nationality=NATIONALITIES.__contains__)


def names(text: str, v: Vocabulary | None = None) -> list[str]:
    return [" ".join(n) for n in title_anchored_names(text, v or vocab())]


def test_name_after_title_its_complement_and_nationality():
    assert names("قال وزير الخارجية التونسي خميس الجهيناوي، إن") == [fold("خميس الجهيناوي")]
    assert names("وأكد النائب منجي الرحوي أن") == [fold("منجي الرحوي")]
    assert names("وقال الرئيس الأمريكي السابق باراك أوباما.") == [fold("باراك أوباما")]


def test_construct_chains_and_coordinated_complements_are_read_past():
    assert names("استقبل رئيس مجلس نواب الشعب محمد الناصر") == [fold("محمد الناصر")]
    assert names("أعلن وزير الصناعة والتجارة زياد العذاري") == [fold("زياد العذاري")]
    assert names("وصرح المدير العام للبريد معز شقشوق") == [fold("معز شقشوق")]


def test_a_governor_is_followed_by_his_place_first():
    assert names("أشرف والي تونس عمر منصور") == [fold("عمر منصور")]


def test_every_prefix_of_a_longer_name_counts_but_not_one_ending_in_a_particle():
    got = names("وهنأ الأمير محمد بن سلمان والأمير")
    assert got == [fold("محمد بن سلمان")]
    assert names("قال الرئيس الحبيب بورقيبة زعيم الحزب", vocab(autolex={"الحبيب": (0.9, 0, 0, 0)})) == \
        [fold("الحبيب بورقيبة")]


def test_first_words_that_are_no_names_are_rejected():
    assert names("وقال الوزير تونس الخضراء", vocab(autolex={"تونس": (0.0, 1.0, 0.0, 0.0)})) == []
    assert names("وقال الرئيس جانفي المقبل") == []
    assert names("وقال القيادي مجموعة كبيرة", vocab(counts={"مجموعة": 10, "المجموعة": 500})) == []
    assert names("واتصل الأمير يبحث هاتفيا", vocab(counts={"يبحث": 1000})) == []
    assert names("وقال الرئيس بتونس العاصمة", vocab(counts={"تونس": 900, "بتونس": 50})) == []


def test_a_name_stops_at_frequent_words_and_proclitic_forms():
    v = vocab(counts={"اليوم": 5000, "حضر": 2000, "وحضر": 100}, frequent=("اليوم",))
    assert names("قال رئيس الحكومة يوسف الشاهد اليوم", v) == [fold("يوسف الشاهد")]
    assert names("قال رئيس الحكومة يوسف الشاهد وحضر", v) == [fold("يوسف الشاهد")]


def test_names_are_kept_by_count_and_articles(tmp_path):
    texts = ["قال النائب منجي الرحوي"] * 2 + ["وأكد النائب منجي الرحوي"] + \
        ["قال الوزير سمير الطيب ثم الوزير سمير الطيب ثم الوزير سمير الطيب"]
    seen, docs = count_title_names(texts, vocab())
    assert seen[(fold("منجي"), fold("الرحوي"))] == 3 and docs[(fold("سمير"), fold("الطيب"))] == 1
    rows = select_names(seen, docs, min_count=3, min_docs=2)
    assert rows == [(fold("منجي الرحوي"), 3, 3)]
    out = tmp_path / "t.tsv.gz"
    assert write_title_names(rows, out) == 1
    loaded = load_title_name_rows([r.split("\t") for r in gzip.open(out, "rt", encoding="utf-8").read().split("\n") if r])
    assert list(loaded) == [(fold("منجي"), fold("الرحوي"))]


def test_the_mentions_rule_tags_known_names_left_untagged():
    res = NerResources(title_names=load_title_name_rows([[fold("منجي الرحوي"), "5", "4"]]))
    text = "التقى ومنجي الرحوي أمس"
    toks = tokenize(text)
    added = title_name_mentions(text, toks, [], res.title_names)
    assert [(m.label, text[m.start:m.end]) for m in added] == [("PER", "منجي الرحوي")]
    tagged = [Mention(toks[1].base_start, toks[1].end, label="LOC")]
    assert title_name_mentions(text, toks, tagged, res.title_names) == tagged
    assert title_name_mentions(text, toks, [], {}) == []


def test_the_mentions_stage_reads_the_shipped_names():
    from rasd.stages.ner_features import shipped_resources

    assert len(shipped_resources().title_names) > 1000
    assert (fold("يوسف"), fold("الشاهد")) in shipped_resources().title_names


def test_a_place_or_organisation_in_the_complement_is_read_past():
    v = vocab(autolex={"داعش": (0.0, 0.0, 1.0, 0.0)})
    assert names("وظهر زعيم تنظيم داعش أبو بكر البغدادي", v)[-1] == fold("أبو بكر البغدادي")
    assert names("وقال الرئيس في كلمة ألقاها") == []


def test_event_words_after_a_title_are_no_name():
    # تلقى الملك اتصالا هاتفيا، الرئيس يزور موسكو: a trigger or support verb ends the title phrase, unless
    # the tagger mostly calls the word a person (سيرجي, also a form of يرجئ).
    from dataclasses import replace

    from rasd.train.title_names import event_words

    v = replace(vocab(autolex={"سيرجي": (1.0, 0.0, 0.0, 0.0)}), event_words=event_words())
    assert names("وتلقى الملك اتصالا هاتفيا من الرئيس", v) == []
    assert names("الرئيس يزور موسكو غدا", v) == []
    assert names("وبعث الملك برقية تهنئة للرئيس", v) == []  # every word of a trigger phrase
    assert names("وقال الوزير سيرجي لافروف إن", v) == [fold("سيرجي لافروف")]
    assert names("وتلقى الملك اتصالا هاتفيا من الرئيس") == [fold("اتصالا هاتفيا")]  # without them, a name
