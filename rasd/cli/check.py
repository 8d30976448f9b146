"""``rasd check FILE...``: the editorial flags of each article, as an editor reads them."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from rasd.document import Document

EDITORIAL = ("typo", "merged-words", "duplicate-caption", "participant-conflict", "date-conflict")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    out = ("…" if a else "") + text[a:start] + "[" + text[start:end] + "]" + text[end:b] + ("…" if b < len(text) else "")
    return " ".join(out.split())


def check(
    paths: list[str] = typer.Argument(..., help="Files, folders or - for stdin (same formats as analyze)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per flag (JSONL)."),
    config: Path | None = typer.Option(None, "--config", help="A settings file overriding rasd/settings.toml."),
) -> None:
    """Print typos, merged words, repeated captions and contradictions with line, excerpt and suggestion."""
    from rasd.config import load_config
    from rasd.ingest import iter_inputs
    from rasd.pipeline import Pipeline

    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        typer.echo(f"rasd: error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    cfg = load_config(config)
    nlp = Pipeline.from_config(cfg)
    console = Console()
    failed = 0
    for item in nlp.run_many(iter_inputs(paths, cfg)):
        if isinstance(item, dict):
            failed += 1
            typer.echo(f"rasd: {item.get('id')}: {item['error']['stage']}: {item['error']['message']}", err=True)
            continue
        doc: Document = item
        flags = [f for f in doc.flags if f.kind in EDITORIAL]
        if as_json:
            for f in flags:
                s = f.spans[0]
                line, col = _line_col(doc.text, s.start)
                typer.echo(json.dumps({"id": doc.id, "kind": f.kind, "line": line, "column": col,
                                       "text": doc.slice(s), "suggestion": f.suggestion, "message": f.message,
                                       "confidence": f.confidence}, ensure_ascii=False))
            continue
        table = Table(title=f"{doc.id}: {len(flags)} flag(s)", show_lines=False)
        for col_name in ("line", "kind", "excerpt", "suggestion", "note"):
            table.add_column(col_name)
        for f in sorted(flags, key=lambda f: f.spans[0].start):
            s = f.spans[0]
            line, col = _line_col(doc.text, s.start)
            table.add_row(f"{line}:{col}", f.kind, _excerpt(doc.text, s.start, s.end), f.suggestion or "",
                          f.message_ar or f.message)
        console.print(table)
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("check")(check)
