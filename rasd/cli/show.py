"""``rasd show ID``: one stored article, readable (meta, publication date, layers) or as contract JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from rasd.errors import RasdError

LAYERS = ("sentences", "blocks", "mentions", "entities", "timexes", "events", "claims", "flags")


def show(
    doc_id: str = typer.Argument(..., metavar="ID", help="The article id (see `rasd search`)."),
    db: Path = typer.Option(Path("rasd.db"), "--db", help="The SQLite database written by `rasd analyze`."),
    json_out: bool = typer.Option(False, "--json", help="Print the stored contract JSON."),
) -> None:
    """Show one analysed article."""
    from rasd.store import Store

    try:
        with Store(db, readonly=True) as store:
            doc = store.get_dict(doc_id)
    except RasdError as exc:
        typer.echo(f"rasd: error: {exc}", err=True)
        raise typer.Exit(1) from None
    if doc is None:
        typer.echo(f"rasd: error: no article with id {doc_id!r} in {db}", err=True)
        raise typer.Exit(1)
    if json_out:
        typer.echo(json.dumps(doc, ensure_ascii=False))
        return
    render(doc)


def render(doc: dict[str, Any]) -> None:
    """Print a contract dict for people: meta, publication date, layer counts and lists."""
    from rich.console import Console
    from rich.table import Table

    con = Console()
    meta = doc.get("meta") or {}
    con.rule(f"[bold]{doc['id']}[/bold]  {meta.get('title') or ''}")
    for key, value in meta.items():
        if value not in (None, "", [], {}):
            con.print(f"[bold]{key}[/bold]: {value}")
    pub = doc.get("published") or {}
    con.print(f"[bold]published[/bold]: {pub.get('date')} (confidence {pub.get('confidence')})")
    for key in ("evidence", "conflicts"):
        for line in pub.get(key) or []:
            con.print(f"  {key[:-1] if key.endswith('s') else key}: {line}")
    con.print("[bold]layers[/bold]: " + ", ".join(f"{k} {len(doc.get(k) or [])}" for k in LAYERS))
    names = {e["id"]: e.get("name_ar") or e.get("name") or e["id"] for e in doc.get("entities") or []}

    def table(title: str, cols: list[str], rows: list[list[Any]]) -> None:
        if not rows:
            return
        t = Table(title=title)
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*("" if v is None else str(v) for v in r))
        con.print(t)

    table("mentions", ["span", "text", "label", "entity"],
          [[f"{m['start']}-{m['end']}", m.get("text"), m.get("label"), names.get(m.get("entity"), m.get("entity"))]
           for m in doc.get("mentions") or []])
    table("events", ["id", "code", "trigger", "source", "target", "date", "modality"],
          [[e.get("id"), e.get("code"), (e.get("trigger") or {}).get("text"),
            ", ".join(names.get(x, x) for x in e.get("source") or []),
            ", ".join(names.get(x, x) for x in e.get("target") or []), e.get("date"), e.get("modality")]
           for e in doc.get("events") or []])
    table("claims", ["speaker", "cue", "stance", "content"],
          [[names.get(c.get("speaker"), c.get("speaker")), (c.get("cue") or {}).get("text"), c.get("stance"),
            (c.get("content") or {}).get("text")] for c in doc.get("claims") or []])
    table("flags", ["kind", "message", "spans"],
          [[f.get("kind"), f.get("message"), " | ".join(s.get("text") or "" for s in f.get("spans") or [])]
           for f in doc.get("flags") or []])


def register(app: typer.Typer) -> None:
    app.command("show")(show)
