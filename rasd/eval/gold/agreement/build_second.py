"""Build ``second5.gold.jsonl`` (the blind second annotation) from ``src/<id>.txt`` with annotate_tool.

Only the ``id``/``text`` of the colleague's records are read, never their annotations.
Run from the repo root: ``python -m rasd.eval.gold.agreement.build_second``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rasd.eval.gold.annotate_tool import AnnotationError, Article, parse, validate

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "second5.gold.jsonl"
GOLD = HERE.parent / "news30.gold.jsonl"


def build() -> list[dict]:
    """Parse and validate every source in src/, in news30 order."""
    texts = [(r["id"], r["text"]) for r in map(json.loads, GOLD.open(encoding="utf-8"))]
    recs = []
    for rid, text in texts:
        path = SRC / f"{rid}.txt"
        if not path.exists():
            continue
        art = parse(Article(id=rid, text=text), path.read_text(encoding="utf-8").splitlines())
        rec = {"id": art.id, "text": art.text, "published": art.published, "mentions": art.mentions,
               "timexes": art.timexes, "events": art.events, "claims": art.claims}
        errs = validate(rec)
        if errs:
            raise AnnotationError(f"{rid}:\n  " + "\n  ".join(errs))
        recs.append(rec)
    return recs


def main() -> int:
    """Write second5.gold.jsonl and print counts."""
    try:
        recs = build()
    except AnnotationError as e:
        print(e, file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {k: sum(len(r[k]) for r in recs) for k in ("mentions", "timexes", "events", "claims")}
    print(f"{len(recs)} articles -> {OUT.name}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
