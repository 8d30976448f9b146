"""Build the word-frequency lexicon from the unlabeled news corpora.

The lexicon (folded word → count) drives clitic segmentation (is ``وزير`` a
word or و+زير?), typo detection and unknown-word features. It is shipped as
``rasd/arabic/data/wordfreq.tsv.gz`` and rebuilt with ``rasd train lexicon``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.arabic.normalize import fold
from rasd.train.gzfile import open_gzip_text, read_text

DEFAULT_CORPORA = (
    "news/unlabeled/saudinewsnet-full.jsonl.gz",
    "news/unlabeled/antcorpus-full.jsonl.gz",
)
# Arabic letter runs (with diacritics/tatweel inside words): what the lexicon counts.
_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u0640\u064B-\u065F\u0670]+")


def iter_corpus_texts(paths: Iterable[Path]) -> Iterator[str]:
    """Title and text of every article in gzipped or plain JSONL files."""
    for path in paths:
        with read_text(path) as f:
            for line in f:
                if not line.strip():
                    continue
                art = json.loads(line)
                yield (art.get("title") or "") + "\n" + (art.get("text") or "")


def corpus_paths(data_dir: Path) -> list[Path]:
    """The unlabeled corpora under the shared data folder, or a clear error naming the missing ones."""
    paths = [data_dir / p for p in DEFAULT_CORPORA]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(f"corpus files not found: {', '.join(missing)} (pass --data pointing at shared/data)")
    return paths


def count_words(texts: Iterable[str]) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        counts.update(fold(w) for w in _WORD.findall(text))
    return counts


def build_lexicon(data_dir: Path, out_path: Path, min_count: int = 2) -> int:
    """Count folded words over the corpora and write ``word<TAB>count`` lines, most frequent first."""
    counts = count_words(iter_corpus_texts(corpus_paths(data_dir)))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open_gzip_text(out_path) as f:
        for word, c in counts.most_common():
            if c < min_count:
                break
            f.write(f"{word}\t{c}\n")
            n += 1
    return n


if __name__ == "__main__":  # pragma: no cover - used by `rasd train lexicon`
    import sys

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data")
    out = Path(__file__).resolve().parents[1] / "arabic" / "data" / "wordfreq.tsv.gz"
    print(build_lexicon(root, out), "words written to", out)
