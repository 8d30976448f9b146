"""``rasd search QUERY``: full-text search over the stored articles (folded Arabic: أمريكا finds امريكا)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasd.errors import RasdError


def search(
    query: str = typer.Argument(..., help="Words to find (all required), e.g. 'وزير الدفاع'."),
    db: Path = typer.Option(Path("rasd.db"), "--db", help="The SQLite database written by `rasd analyze`."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Most results to show."),
    json_out: bool = typer.Option(False, "--json", help="One JSON object per hit (JSONL)."),
) -> None:
    """Find stored articles by words, best match first."""
    from rasd.store import Store

    try:
        with Store(db, readonly=True) as store:
            hits = store.search(query, limit=limit)
    except RasdError as exc:
        typer.echo(f"rasd: error: {exc}", err=True)
        raise typer.Exit(1) from None
    if json_out:
        for hit in hits:
            typer.echo(json.dumps(hit, ensure_ascii=False, default=str))
        return
    if not hits:
        typer.echo(f"no articles match {query!r}", err=True)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(hits)} result(s) for {query}")
    for col in ("id", "date", "source", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for hit in hits:
        table.add_row(*(str(hit.get(c) or "") for c in ("id", "date", "source", "title", "snippet")))
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("search")(search)
