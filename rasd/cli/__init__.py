"""The ``rasd`` command line (Typer + Rich).

Each command group lives in its own module under ``rasd/cli/`` with a
``register(app)`` function; ``COMMAND_MODULES`` is the one list of them.
Errors a user can fix print one line on stderr and exit 1 (2 for usage errors);
never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer

from rasd import __version__
from rasd.errors import RasdError

COMMAND_MODULES = [
    "rasd.cli.analyze",
    "rasd.cli.search",
    "rasd.cli.show",
    "rasd.cli.train",
    "rasd.cli.kb",
    "rasd.cli.eval",
    "rasd.cli.serve",
    "rasd.cli.corpus",
    "rasd.cli.watch",
    "rasd.cli.check",
    "rasd.cli.export",
]

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): Arabic news → entities, dates, events and claims, each pointing back to its characters.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version.")) -> None:
    """rasd command line."""


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    """Entry point: run the app, turning rasd errors into one clear line."""
    try:
        app()
    except RasdError as exc:
        typer.echo(f"rasd: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("rasd: interrupted", err=True)
        sys.exit(130)
