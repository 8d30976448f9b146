"""``rasd serve``: the web UI and REST API over a store (FastAPI + uvicorn)."""

from __future__ import annotations

from pathlib import Path

import typer

from rasd.errors import RasdError


def serve(
    db: Path = typer.Option(Path("rasd.db"), "--db", help="The SQLite database written by `rasd analyze`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    allow_writes: bool = typer.Option(False, "--allow-writes",
                                      help="Let POST /api/analyze store its results (read-only otherwise)."),
) -> None:
    """Serve the browser UI (/), the REST API (/api/...), OpenAPI (/openapi.json) and its docs (/docs)."""
    import uvicorn

    from rasd.web import create_app

    try:
        app = create_app(db, allow_writes=allow_writes)
    except RasdError as exc:
        typer.echo(f"rasd: error: {exc}", err=True)
        raise typer.Exit(1) from None
    mode = "read-write" if allow_writes else "read-only"
    typer.echo(f"rasd: serving {db} ({mode}) on http://{host}:{port}/ — API docs at /docs", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
