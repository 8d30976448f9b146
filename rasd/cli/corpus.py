"""``rasd corpus dedup|cluster|stories|story|timeline|contradictions|dates``: features across stored articles."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasd.errors import RasdError

corpus_app = typer.Typer(help="Across articles: near-duplicates, story clusters, timelines, contradictions.",
                         no_args_is_help=True)

DB = typer.Option(Path("rasd.db"), "--db", help="The SQLite database written by `rasd analyze`.")
JSON = typer.Option(False, "--json", help="JSON lines instead of a table.")


def _fail(exc: Exception) -> None:
    typer.echo(f"rasd: error: {exc}", err=True)
    raise typer.Exit(1)


def _open(db: Path, readonly: bool):
    from rasd.store import Store

    if not db.exists():
        _fail(RasdError(f"database not found: {db}", hint="run `rasd analyze ... --db FILE` first"))
    return Store(db, readonly=readonly)


def _read(db: Path, query, *args, **kwargs):
    """Run a read-only corpus query on the store; a store problem becomes one error line."""
    try:
        with _open(db, readonly=True) as store:
            return query(store, *args, **kwargs)
    except RasdError as exc:
        _fail(exc)


def _echo_lines(rows: list[dict]) -> None:
    for r in rows:
        typer.echo(json.dumps(r, ensure_ascii=False))


def _table(title: str, cols: list[str], rows: list[list[object]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    Console().print(table)


def _settings(config: Path | None) -> dict:
    from rasd.config import load_config

    return load_config(config).section("corpus")


@corpus_app.command("dedup")
def dedup(db: Path = DB, json_out: bool = JSON,
          config: Path | None = typer.Option(None, "--config", help="A settings file ([corpus] dedup_accept).")) -> None:
    """Exact and near-duplicate groups (MinHash LSH over word 5-grams); canonical = earliest, then longest."""
    from rasd.corpus.duplicates import dedup_store

    try:
        with _open(db, readonly=False) as store:
            groups = dedup_store(store, accept=float(_settings(config)["dedup_accept"]))
    except RasdError as exc:
        _fail(exc)
    if json_out:
        for g in groups:
            typer.echo(json.dumps({"group": g.group, "canonical": g.canonical, "members": g.members},
                                  ensure_ascii=False))
        return
    _table(f"{len(groups)} duplicate group(s), {sum(len(g.members) for g in groups)} articles",
           ["group", "canonical", "members", "exact"],
           [[g.group, g.canonical, " ".join(g.members[1:]), "yes" if g.exact else ""] for g in groups])


@corpus_app.command("cluster")
def cluster(db: Path = DB, rebuild: bool = typer.Option(False, "--rebuild", help="Forget stored clusters first."),
            json_out: bool = JSON,
            config: Path | None = typer.Option(None, "--config", help="A settings file ([corpus] section).")) -> None:
    """Put new articles into story clusters, then merge events and find contradictions and date evidence."""
    from rasd.corpus.crossdoc import analyse_clusters
    from rasd.corpus.stories import cluster_store

    s = _settings(config)
    try:
        with _open(db, readonly=False) as store:
            res = cluster_store(store, threshold=float(s["cluster_threshold"]), window_days=int(s["window_days"]),
                                rebuild=rebuild)
            res.update(analyse_clusters(store, res["touched"]))
    except RasdError as exc:
        _fail(exc)
    res["clusters_touched"] = len(res.pop("touched"))
    if json_out:
        typer.echo(json.dumps(res))
        return
    _table("rasd corpus cluster", ["", "count"], [[k, v] for k, v in res.items()])


@corpus_app.command("stories")
def stories(db: Path = DB, json_out: bool = JSON,
            min_size: int = typer.Option(2, "--min-size", min=1, help="Only stories with this many articles."),
            q: str | None = typer.Option(None, "--q", help="Headline contains this."),
            limit: int = typer.Option(20, "--limit", "-n", min=1)) -> None:
    """Story clusters, biggest first: headline, time span, articles, outlets, main actors."""
    from rasd.corpus.queries import list_stories

    rows, total = _read(db, list_stories, min_size=min_size, q=q, limit=limit)
    if json_out:
        _echo_lines(rows)
        return
    _table(f"{total} stories (showing {len(rows)})", ["id", "from", "to", "articles", "outlets", "flags", "headline", "actors"],
           [[r["id"], r["first_date"], r["last_date"], r["size"], r["outlets"], r["flags"], r["headline"],
             ", ".join(a["name"] for a in r["actors"])] for r in rows])


@corpus_app.command("story")
def story_cmd(story_id: int = typer.Argument(..., help="A story id from `rasd corpus stories`."), db: Path = DB,
              json_out: bool = JSON) -> None:
    """One story: its articles, its events merged across outlets, and its contradictions."""
    from rasd.corpus.queries import story

    s = _read(db, story, story_id)
    if s is None:
        _fail(RasdError(f"no story {story_id}", hint="list them with `rasd corpus stories`"))
    if json_out:
        typer.echo(json.dumps(s, ensure_ascii=False))
        return
    _table(f"story {s['id']}: {s['headline']} ({s['first_date']} … {s['last_date']})",
           ["article", "date", "source", "title"], [[a["id"], a["date"], a["source"], a["title"]] for a in s["articles"]])
    if s["events"]:
        _table("events", ["code", "date", "source", "target", "reports"],
               [[e["code"], e["date"], e["source_names"], e["target_names"], e["n_sources"]] for e in s["events"]])
    _print_flags(s["flags"])


def _print_flags(rows: list[dict]) -> None:
    if rows:
        _table(f"{len(rows)} cross-article flag(s)", ["kind", "story", "article A", "says", "article B", "says", "message"],
               [[f["kind"], f["story"], f["a"]["doc"], f["a"]["text"], f["b"]["doc"], f["b"]["text"], f["message"]]
                for f in rows])


@corpus_app.command("contradictions")
def contradictions(db: Path = DB, json_out: bool = JSON,
                   article: str | None = typer.Option(None, "--article", help="Only flags involving this article."),
                   kind: str | None = typer.Option(None, "--kind", help="cross-denial, cross-date-conflict, cross-figure-conflict."),
                   limit: int = typer.Option(100, "--limit", "-n", min=1)) -> None:
    """Contradictions between sources of the same story; each flag points at both articles."""
    from rasd.corpus.queries import flags

    rows, total = _read(db, flags, doc=article, kind=kind, limit=limit)
    if json_out:
        _echo_lines(rows)
        return
    if not rows:
        typer.echo("no cross-article flags (run `rasd corpus cluster` first)", err=True)
    _print_flags(rows)


@corpus_app.command("dates")
def dates(db: Path = DB, json_out: bool = JSON, limit: int = typer.Option(100, "--limit", "-n", min=1)) -> None:
    """Publication days pinned by other reports of the same story (for articles whose own day was uncertain)."""
    from rasd.corpus.queries import pinned_dates

    rows, total = _read(db, pinned_dates, limit=limit)
    if json_out:
        _echo_lines(rows)
        return
    _table(f"{total} article(s) dated by their story", ["article", "own estimate", "pinned", "confidence", "evidence"],
           [[r["id"], r["published"], r["date"], r["confidence"], "; ".join(r["evidence"][:2])] for r in rows])


@corpus_app.command("timeline")
def timeline(entity: str = typer.Argument(..., help="An entity key, or a name such as 'العبادي'."), db: Path = DB,
             json_out: bool = JSON) -> None:
    """An entity's timeline: per day, the articles that name it (and their story) and its events."""
    from rasd.corpus.queries import entity_timeline

    tl = _read(db, entity_timeline, entity)
    if tl is None:
        _fail(RasdError(f"no entity matches {entity!r}", hint="list entities with the web UI or `rasd search`"))
    if json_out:
        typer.echo(json.dumps(tl, ensure_ascii=False))
        return
    rows = []
    for d in tl["days"]:
        for a in d["articles"]:
            rows.append([d["date"], "article", a["source"], a["title"], a["headline"] or ""])
        for e in d["events"]:
            rows.append([d["date"], e["code"], e["article"], e["trigger"], f"{e['source'] or ''} → {e['target'] or ''}"])
    _table(f"{tl['name']} ({tl['key']}): {tl['articles']} article(s), {tl['events']} event(s)",
           ["date", "what", "where", "text", "story / actors"], rows)


def register(app: typer.Typer) -> None:
    app.add_typer(corpus_app, name="corpus")
