"""``rasd analyze PATH...``: ingest, run the pipeline, print JSONL or store into a database.

Exit status: 0 all inputs analysed; 1 some input failed (its error record is
printed, and one line on stderr); 2 usage error (a missing path).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import typer

from rasd.errors import RasdError

LAYERS = ("sentences", "blocks", "mentions", "entities", "timexes", "events", "claims", "flags")


def analyze(
    paths: list[str] = typer.Argument(..., help="Files (.txt .html .jsonl .warc.gz feed .xml), folders, or - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object per document (JSONL) on stdout."),
    db: Path | None = typer.Option(None, "--db", help="SQLite database to store into (default rasd.db; with --json only if given)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (each builds the pipeline once)."),
    config: Path | None = typer.Option(None, "--config", help="A settings file overriding rasd/settings.toml."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or dask (dask.distributed, Parquet output)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="With --engine dask: a scheduler address (default: a LocalCluster)."),
    out: Path | None = typer.Option(None, "--out", help="With --engine dask: the Parquet output folder (reruns skip ids in it)."),
) -> None:
    """Analyse articles: entities, dates, events, claims and flags, each pointing back to its characters."""
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        typer.echo(f"rasd: error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    store_path = db if db is not None else (None if json_out else Path("rasd.db"))
    if engine != "local":  # the Dask engine lives in rasd.corpus.dask_engine
        from rasd.corpus.dask_engine import run_from_cli

        raise typer.Exit(run_from_cli(paths, config, store_path, engine, scheduler, workers, out, json_out))
    try:
        counts = _run(paths, json_out, store_path, workers, config)
    except RasdError as exc:
        typer.echo(f"rasd: error: {exc}", err=True)
        raise typer.Exit(1) from None
    if not json_out:
        _summary(counts, store_path)
    raise typer.Exit(1 if counts["errors"] else 0)


def _run(paths: list[str], json_out: bool, store_path: Path | None, workers: int, config: Path | None) -> Counter:
    from rasd.batch import is_error, public, run_batch
    from rasd.config import load_config
    from rasd.ingest import iter_inputs

    cfg = load_config(config)
    counts: Counter = Counter()
    results = run_batch(iter_inputs(paths, cfg), config_path=config, workers=workers, config=cfg)
    store = None
    if store_path is not None:
        from rasd.store import Store

        store = Store(store_path)
    started = time.perf_counter()
    try:
        docs = _tally(_progress(results), counts, json_out)
        if store is not None:
            from rasd.document import Document

            counts["stored"] = store.put_many(Document.from_dict(public(r)) for r in docs if not is_error(r))
        else:
            for _ in docs:
                pass
    finally:
        if store is not None:
            store.close()
    counts["seconds"] = time.perf_counter() - started  # type: ignore[assignment]
    return counts


def _tally(results: Iterator[dict], counts: Counter, json_out: bool) -> Iterator[dict]:
    """Count layers, report errors, print JSONL; pass every result on."""
    from rasd.batch import is_error, public

    for r in results:
        if is_error(r):
            counts["errors"] += 1
            err = r["error"]
            typer.echo(f"rasd: {r.get('id')}: {err.get('stage')}: {err.get('message')}", err=True)
        else:
            counts["documents"] += 1
            counts["tokens"] += r.get("_tokens", 0)
            for layer in LAYERS:
                counts[layer] += len(r.get(layer) or [])
        if json_out:
            sys.stdout.write(json.dumps(public(r), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        yield r


def _progress(results: Iterator[dict]) -> Iterator[dict]:
    """A Rich progress line (articles/s) on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} articles"),
                  TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("analyze", total=None, rate=0.0)
        t0 = time.perf_counter()
        for n, r in enumerate(results, 1):
            bar.update(task, completed=n, rate=n / max(time.perf_counter() - t0, 1e-9))
            yield r


def _summary(counts: Counter, store_path: Path | None) -> None:
    from rich.console import Console
    from rich.table import Table

    secs = float(counts.get("seconds", 0.0)) or 1e-9
    table = Table(title=f"rasd analyze → {store_path}" if store_path else "rasd analyze")
    table.add_column("", style="bold")
    table.add_column("count", justify="right")
    for key in ("documents", "errors", "stored", "tokens", *LAYERS):
        table.add_row(key, f"{counts.get(key, 0):,}")
    table.add_row("articles/s", f"{counts.get('documents', 0) / secs:.1f}")
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
