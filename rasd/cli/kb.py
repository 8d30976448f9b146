"""``rasd kb ...``: build, inspect and extend the knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import typer

kb_app = typer.Typer(help="The knowledge base of actors, places and roles.", no_args_is_help=True)

DEFAULT_DATA = Path("../shared/data")


def _user_kb() -> Path:
    from rasd.config import load_config

    return Path(load_config().section("entities").get("user_kb") or "~/.rasd/user-kb.jsonl").expanduser()


@kb_app.command("build")
def kb_build(data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder (for the UniversalPetrarch dictionary)."),
             out: Path = typer.Option(None, help="Where to write (default: the package's rasd/kb/data/kb.jsonl.gz).")) -> None:
    """Rebuild the shipped KB from the curated actors, CLDR/geonames places and the Petrarch dictionary."""
    from rasd.kb.build import build_kb
    from rasd.kb.load import BUILT

    if not data.exists():
        typer.echo(f"rasd: warning: {data} not found; building without the UniversalPetrarch dictionary", err=True)
    target = out or BUILT
    n = build_kb(data if data.exists() else None, target)
    typer.echo(f"{n} entries written to {target}")


@kb_app.command("show")
def kb_show(name: str = typer.Argument(..., help="An id (rasd:lloyd-austin) or a name in any spelling (شويغو)."),
            limit: int = typer.Option(3, help="How many matching entries to print."),
            as_json: bool = typer.Option(False, "--json", help="Print the entries as JSON.")) -> None:
    """Print the entries a name or id refers to."""
    from rasd.kb.load import load_kb

    kb = _kb_with_user(load_kb)
    entries = [kb.get(name)] if kb.get(name) else [kb.get(c.id) for c in kb.lookup(name)[:limit]]
    entries = [e for e in entries if e]
    if not entries:
        typer.echo(f"rasd: no knowledge-base entry matches {name!r}", err=True)
        raise typer.Exit(1)
    for e in entries:
        if as_json:
            typer.echo(json.dumps(e, ensure_ascii=False))
            continue
        typer.echo(f"{e['id']}  {e['type']}  {e.get('name') or ''}  {e.get('name_ar') or ''}  country={e.get('country')}")
        if e.get("aliases"):
            typer.echo("  aliases: " + "، ".join(e["aliases"]))
        for r in e.get("roles", []):
            typer.echo(f"  {r.get('role')} ({r.get('organisation') or r.get('country') or ''}) "
                       f"{r.get('from') or '…'} – {r.get('to') or '…'}")
        if e.get("source"):
            typer.echo(f"  source: {e['source']}")


@kb_app.command("add")
def kb_add(file: Path = typer.Argument(..., help="A JSONL or JSON-list file of entries."),
           user_kb: Path = typer.Option(None, help="The user KB to merge into (default: [entities] user_kb).")) -> None:
    """Merge a file of entries into the user KB (same id replaces); the entities stage reads it on the next run."""
    from rasd.kb.load import read_entries, write_entries

    new = read_entries(file)
    target = (user_kb or _user_kb()).expanduser()
    merged = {e["id"]: e for e in (read_entries(target) if target.exists() else [])}
    added = sum(1 for e in new if e["id"] not in merged)
    merged.update({e["id"]: e for e in new})
    write_entries(target, merged.values())
    typer.echo(f"{added} new, {len(new) - added} replaced; {len(merged)} entries in {target}")


@kb_app.command("eval")
def kb_eval(gold: Path = typer.Option(Path("tests/kb/data/dev_links.jsonl"), help="Hand-annotated mention links (JSONL)."),
            articles: list[Path] = typer.Option([Path("../shared/eval/dev/dev.gold.jsonl")],
                                                help="Files holding the articles (id, text); repeat for several."),
            dates: bool = typer.Option(False, help="Give the stage each article's true date (role validity)."),
            show_errors: bool = typer.Option(False, "--errors", help="List the wrong links.")) -> None:
    """Score entity linking and in-article coreference on gold mentions."""
    from rasd.kb.evaluate import evaluate_links

    scores = evaluate_links(gold, list(articles), use_dates=dates)
    errors = scores.pop("errors")
    typer.echo(json.dumps(scores))
    if show_errors:
        for e in errors:
            typer.echo("  " + e)


def _kb_with_user(load):  # noqa: ANN001, ANN202 - small indirection so `show` sees the user's entries
    path = _user_kb()
    return load((str(path),)) if path.exists() else load()


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app, name="kb")
