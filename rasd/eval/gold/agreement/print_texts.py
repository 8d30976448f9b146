"""Print only id, published date and text of the chosen news30 records (blind second annotation)."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "news30.gold.jsonl"
PICK = (3, 9, 15, 21, 27)  # 1-based record numbers: every 6th from 3, both sources

def main() -> None:
    """Print id/published/text for the picked records; nothing of the annotations."""
    recs = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    for n in PICK:
        r = recs[n - 1]
        print(f"=== {n} {r['id']} published={r['published']}")
        if "--ids" not in sys.argv:
            print(r["text"])

if __name__ == "__main__":
    main()
