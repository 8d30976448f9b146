"""``rasd watch FEED_OR_OPML... [--every 5m] [--once]``: poll feeds and pages into the store."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasd.errors import RasdError


def watch(
    targets: list[str] = typer.Argument(..., help="Feed URLs, page URLs, or OPML files/URLs listing feeds."),
    every: str = typer.Option("5m", "--every", help="Time between rounds: 30s, 5m, 1h."),
    once: bool = typer.Option(False, "--once", help="Poll every target once, then stop."),
    rounds: int | None = typer.Option(None, "--rounds", min=1, help="Stop after this many rounds."),
    db: Path = typer.Option(Path("rasd.db"), "--db", help="The SQLite database to analyse into."),
    max_items: int = typer.Option(50, "--max-items", min=1, help="Most new entries taken per feed per round."),
    config: Path | None = typer.Option(None, "--config", help="A settings file ([watch], [corpus] sections)."),
    json_out: bool = typer.Option(False, "--json", help="One JSON line of counts per round."),
    cluster: bool = typer.Option(True, "--cluster/--no-cluster", help="Put new articles into story clusters after each round."),
) -> None:
    """Poll RSS/Atom feeds and pages; analyse new, non-duplicate articles into the store."""
    from rasd.config import load_config
    from rasd.corpus.watch import Watcher, parse_every
    from rasd.store import Store

    def report(counts: dict[str, int]) -> None:
        if json_out:
            typer.echo(json.dumps(counts))
        else:
            typer.echo("round: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v), err=True)

    try:
        seconds = parse_every(every)
        cfg = load_config(config)
        with Store(db) as store:
            Watcher(store, cfg, max_items=max_items, cluster=cluster).run(targets, every=seconds, once=once, rounds=rounds, report=report)
    except RasdError as exc:
        typer.echo(f"rasd: error: {exc}", err=True)
        raise typer.Exit(1) from None


def register(app: typer.Typer) -> None:
    app.command("watch")(watch)
