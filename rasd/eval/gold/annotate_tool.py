"""Turn compact per-article annotation sources (``src/<id>.txt``) into gold JSONL with checked offsets.

Offsets are never typed by hand: a source names a surface string (and, where it occurs more than once,
which occurrence) and the tool finds it, checks word boundaries and clitics, and writes
``news30.gold.jsonl``. Source syntax, one item a line (``#`` starts a comment line):

    published: 2015-08-09
    M LOC تركيا                 every whole-word occurrence (proclitics و ف ب ل ك stay outside)
    M PER داود أوغلو #2,3        only occurrences 2 and 3;  ``-1`` all but the first
    M ORG الخارجية @باسم الخارجية التركية   the occurrence inside a unique context string
    T DATE 2015-08-08 أمس #2    a timex: type, TIMEX3 value, surface (+ #n or @context)
    A tr = Turkey | تركيا | أنقرة          an actor: key = alias list (Arabic surface forms + English)
    E ASSAULT pkk > tr+army date=2015-08-08   an event: code, source keys > target keys (+ joins lists)
    C dav assert قال #2         a claim: speaker keys, stance, cue surface (+ #n or @context)

Run ``python -m rasd.eval.gold.annotate_tool`` from the repo root to rebuild and validate everything.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rasd.eval.scoring import names_match  # the scorer's alias test, so gold is checked as it is scored

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "news30.gold.jsonl"

LABELS = {"PER", "ORG", "LOC", "MISC"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
CODES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STANCES = {"assert", "deny", "accuse", "warn", "promise", "other"}
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "وس")
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}
# TIMEX3 values this set uses: dates/weeks/seasons, times, durations, sets, and the vague *_REF values.
VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}Z?|24:00|MO|MI|AF|EV|NI|TMO|TMI|TAF|TEV|TNI))?)?|-W\d{2}(-WE)?|-(SP|SU|FA|WI)|-H[12]|-Q[1-4])?"
    r"|\d{3}X?|\d{2}XX|P(T?\d+|T?X)(Y|M|W|D|H|MI|S|DE|CE)|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)


class AnnotationError(ValueError):
    """A source line that does not resolve to a valid span or record."""


def is_wordchar(ch: str) -> bool:
    """Letters and combining marks belong to a word; digits and punctuation do not."""
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def left_ok(text: str, i: int) -> bool:
    """A span may start at i: at a word start, or right after a proclitic chain (وبـ، لـ …)."""
    if i == 0 or not is_wordchar(text[i - 1]):
        return True
    for p in PROCLITICS:
        j = i - len(p)
        if j >= 0 and text[j:i] == p and (j == 0 or not is_wordchar(text[j - 1])):
            return True
    # لل: the lam of ل swallowed the alef of ال, so the span starts at the article's lam (للأردن → لأردن).
    if text[i] == "ل" and text[i - 1] == "ل":
        j = i - 1
        return j == 0 or not is_wordchar(text[j - 1]) or (text[j - 1] in "وف" and (j == 1 or not is_wordchar(text[j - 2])))
    return False


def right_ok(text: str, end: int) -> bool:
    """A span may end at end: the next character is not part of the same word."""
    return end >= len(text) or not is_wordchar(text[end])


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of whole-word occurrences of surface (proclitics allowed before it)."""
    out, i = [], text.find(surface)
    while i >= 0:
        if left_ok(text, i) and right_ok(text, i + len(surface)):
            out.append(i)
        i = text.find(surface, i + 1)
    if surface.startswith("ال") and len(surface) > 3:
        elided = "ل" + surface[2:]
        i = text.find(elided)
        while i >= 0:
            if i > 0 and text[i - 1] == "ل" and left_ok(text, i) and right_ok(text, i + len(elided)):
                out.append(i)
            i = text.find(elided, i + 1)
    return sorted(out)


def split_selector(spec: str) -> tuple[str, str | None, str | None]:
    """'X #2' → (X, '2', None); 'X @ctx' → (X, None, ctx); 'X' → (X, None, None)."""
    if " @" in spec:
        surface, ctx = spec.split(" @", 1)
        return surface.strip(), None, ctx.strip()
    m = re.match(r"^(.*?)\s+#(-?[\d,]+)$", spec)
    if m:
        return m.group(1).strip(), m.group(2), None
    return spec.strip(), None, None


def find_spans(text: str, spec: str, many: bool) -> list[tuple[int, int]]:
    """Resolve a surface spec to spans; unless many, exactly one span must result."""
    surface, sel, ctx = split_selector(spec)
    if ctx is not None:
        c = [m.start() for m in re.finditer(re.escape(ctx), text)]
        if len(c) != 1:
            raise AnnotationError(f"context {ctx!r} occurs {len(c)} times")
        inner = [s for s in occurrences(text, surface) if c[0] <= s and s + len(surface) <= c[0] + len(ctx)]
        if not inner:
            raise AnnotationError(f"{surface!r} not found as a word inside context {ctx!r}")
        # the elided-ل variant is one character shorter
        return [(inner[0], inner[0] + span_len(text, inner[0], surface))]
    occ = occurrences(text, surface)
    if not occ:
        raise AnnotationError(f"{surface!r} not found as a whole word")
    if sel is not None:
        if sel.startswith("-"):
            drop = {int(x) for x in sel[1:].split(",")}
            occ = [s for k, s in enumerate(occ, 1) if k not in drop]
        else:
            want = [int(x) for x in sel.split(",")]
            if max(want) > len(occ):
                raise AnnotationError(f"{surface!r} has only {len(occ)} occurrences, asked for {want}")
            occ = [occ[k - 1] for k in want]
    if not many and len(occ) != 1:
        raise AnnotationError(f"{surface!r} occurs {len(occ)} times; say which with #n or @context")
    return [(s, s + span_len(text, s, surface)) for s in occ]


def span_len(text: str, start: int, surface: str) -> int:
    """Length of the occurrence at start: the surface, or its ل-elided form."""
    return len(surface) if text.startswith(surface, start) else len(surface) - 1


@dataclass
class Article:
    """One parsed annotation source."""

    id: str
    text: str
    published: str = ""
    mentions: list[dict] = field(default_factory=list)
    timexes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    actors: dict[str, list[str]] = field(default_factory=dict)


def aliases(art: Article, keys: str) -> list[str]:
    """'a+b' → a's aliases then b's, without repeats."""
    out: list[str] = []
    for k in keys.split("+"):
        if k not in art.actors:
            raise AnnotationError(f"unknown actor key {k!r}")
        out += [a for a in art.actors[k] if a not in out]
    return out


def parse(art: Article, lines: list[str]) -> Article:
    """Apply the source lines to art, raising AnnotationError with the line number on a bad line."""
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            parse_line(art, line)
        except (AnnotationError, ValueError, KeyError, IndexError) as e:
            raise AnnotationError(f"{art.id} line {n}: {line}\n  {e}") from e
    art.mentions = drop_nested(art.mentions)
    art.mentions.sort(key=lambda m: m["start"])
    art.timexes.sort(key=lambda m: m["start"])
    art.claims.sort(key=lambda c: c["cue"]["start"])
    return art


def parse_line(art: Article, line: str) -> None:
    """One source line."""
    tag, _, rest = line.partition(" ")
    if tag == "published:":
        dt.date.fromisoformat(rest.strip())
        art.published = rest.strip()
    elif tag == "M":
        label, spec = rest.split(" ", 1)
        if label not in LABELS:
            raise AnnotationError(f"bad label {label}")
        for s, e in find_spans(art.text, spec, many=True):
            art.mentions.append({"start": s, "end": e, "label": label})
    elif tag == "T":
        typ, value, spec = rest.split(" ", 2)
        if typ not in TIMEX_TYPES or not VALUE.match(value):
            raise AnnotationError(f"bad timex type/value {typ} {value}")
        ((s, e),) = find_spans(art.text, spec, many=False)
        art.timexes.append({"start": s, "end": e, "type": typ, "value": value})
    elif tag == "A":
        key, names = rest.split("=", 1)
        art.actors[key.strip()] = [a.strip() for a in names.split("|") if a.strip()]
    elif tag == "E":
        m = re.match(r"^(\w+)\s*(.*?)\s*(?:>\s*(.*?))?\s*(?:date=(\S+))?$", rest)
        if not m:
            raise AnnotationError("bad event line")
        code, src, tgt, date = m.groups()
        if code not in CODES:
            raise AnnotationError(f"bad PLOVER code {code}")
        ev: dict = {"code": code}
        if src:
            ev["source"] = aliases(art, src)
        if tgt:
            ev["target"] = aliases(art, tgt)
        if date:
            dt.date.fromisoformat(date)
            ev["date"] = date
        art.events.append(ev)
    elif tag == "C":
        keys, stance, spec = rest.split(" ", 2)
        if stance not in STANCES:
            raise AnnotationError(f"bad stance {stance}")
        ((s, e),) = find_spans(art.text, spec, many=False)
        art.claims.append({"speaker": aliases(art, keys), "cue": {"start": s, "end": e}, "stance": stance})
    else:
        raise AnnotationError(f"unknown line tag {tag!r}")


def drop_nested(mentions: list[dict]) -> list[dict]:
    """No nesting: a mention inside a longer one is dropped (تركيا inside حزب العمال الكردستاني في تركيا)."""
    out = []
    for m in mentions:
        inside = any(o is not m and o["start"] <= m["start"] and m["end"] <= o["end"]
                     and (o["end"] - o["start"]) > (m["end"] - m["start"]) for o in mentions)
        dup = any(o["start"] == m["start"] and o["end"] == m["end"] for o in out)
        if not inside and not dup:
            out.append(m)
    return out


# ---- validation (shared with tests/eval/test_gold_news30.py) ----

def validate(rec: dict) -> list[str]:
    """Problems with one gold record (empty when it is valid)."""
    errs: list[str] = []
    text = rec["text"]
    for key in ("id", "text", "published", "mentions", "timexes", "events", "claims"):
        if key not in rec:
            errs.append(f"missing {key}")
    dt.date.fromisoformat(rec["published"])
    spans = [("mention", m) for m in rec["mentions"]] + [("timex", t) for t in rec["timexes"]]
    spans += [("cue", c["cue"]) for c in rec["claims"]]
    for kind, s in spans:
        a, b = s["start"], s["end"]
        if not 0 <= a < b <= len(text):
            errs.append(f"{kind} {a}-{b} outside text")
            continue
        if not left_ok(text, a) or not right_ok(text, b):
            errs.append(f"{kind} {text[a:b]!r} cuts a word")
        if re.match(r"^[وفبلك]ال", text[a:b]) and kind == "mention":
            errs.append(f"{kind} {text[a:b]!r} starts with a proclitic plus ال")
        if text[a:b] != text[a:b].strip():
            errs.append(f"{kind} {text[a:b]!r} has outer spaces")
    for m in rec["mentions"]:
        if m["label"] not in LABELS:
            errs.append(f"label {m['label']}")
    for t in rec["timexes"]:
        if t["type"] not in TIMEX_TYPES or not VALUE.match(str(t["value"])):
            errs.append(f"timex {t}")
        days = [(text.find(w, t["start"], t["end"]), d) for w, d in WEEKDAYS.items() if w in text[t["start"]:t["end"]]]
        if days:
            day = min(days)[1]
            try:
                got = dt.date.fromisoformat(str(t["value"])[:10]).weekday()
            except ValueError:
                errs.append(f"timex {text[t['start']:t['end']]!r} names a weekday but {t['value']} is no day")
                continue
            if got != day:
                errs.append(f"timex {text[t['start']:t['end']]!r}: {t['value']} is not that weekday")
    for e in rec["events"]:
        if e["code"] not in CODES:
            errs.append(f"code {e['code']}")
        if not e.get("source") and not e.get("target"):
            errs.append(f"event {e} has no actor")
        if e.get("source") and e.get("target") and names_match(e["source"], e["target"]):
            errs.append(f"event {e['code']} source and target aliases match each other: {e}")
        if "date" in e:
            dt.date.fromisoformat(e["date"])
    for c in rec["claims"]:
        if c["stance"] not in STANCES or not c["speaker"]:
            errs.append(f"claim {c}")
    return errs


def build(selected: list[dict] | None = None, strict: bool = True) -> list[dict]:
    """Parse every annotated article (in selection order), validate, and return the gold records."""
    from rasd.eval.gold.select_articles import select, text_of

    recs = []
    for src in selected or select():
        path = SRC / f"{src['id']}.txt"
        if not path.exists():
            continue
        art = parse(Article(id=src["id"], text=text_of(src)), path.read_text(encoding="utf-8").splitlines())
        if not art.published:
            raise AnnotationError(f"{art.id}: no published line")
        rec = {"id": art.id, "text": art.text, "published": art.published,
               "source_dataset": "saudinewsnet" if art.id.startswith("snn-") else "antcorpus-jawharafm",
               "source": src.get("source"), "url": src.get("url"),
               "mentions": art.mentions, "timexes": art.timexes, "events": art.events, "claims": art.claims}
        errs = validate(rec)
        if errs and strict:
            raise AnnotationError(f"{art.id}:\n  " + "\n  ".join(errs))
        recs.append(rec)
    return recs


def show(rec: dict) -> str:
    """A review listing of one record: each span with a little context."""
    t = rec["text"]
    out = [f"== {rec['id']} published {rec['published']}"]
    for m in rec["mentions"]:
        out.append(f"M {m['label']:4s} {t[m['start']:m['end']]}")
    for x in rec["timexes"]:
        out.append(f"T {x['type']} {x['value']:12s} {t[x['start']:x['end']]}   …{t[max(0, x['start'] - 20):x['end'] + 10]}…")
    for e in rec["events"]:
        out.append(f"E {e['code']} {e.get('source', [''])[0]} > {e.get('target', [''])[0]} {e.get('date', '')}")
    for c in rec["claims"]:
        s, e = c["cue"]["start"], c["cue"]["end"]
        out.append(f"C {c['stance']:7s} {c['speaker'][0]:20s} {t[s:e]}   …{t[max(0, s - 25):e + 25]}…")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    """Rebuild news30.gold.jsonl; ``--show ID`` prints a review listing for one article."""
    try:
        recs = build()
    except AnnotationError as e:
        print(e, file=sys.stderr)
        return 1
    if "--show" in argv:
        want = argv[argv.index("--show") + 1]
        for r in recs:
            if r["id"] == want:
                print(show(r))
        return 0
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {k: sum(len(r[k]) for r in recs) for k in ("mentions", "timexes", "events", "claims")}
    print(f"{len(recs)} articles → {OUT.name}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
