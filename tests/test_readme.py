"""The README stays true: it shows CI's command and names every CLI command."""

from __future__ import annotations

from pathlib import Path

from rasd.cli import app

REPO = Path(__file__).resolve().parents[1]


def test_readme_shows_the_ci_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    run = [ln.strip() for ln in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
           if ln.strip() and not ln.startswith(("#", "set ", "cd "))]
    assert run == ["./scripts/test.sh"]
    assert "./scripts/test.sh" in readme and "./scripts/demo.sh" in readme


def test_readme_names_every_cli_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    missing = [n for n in names if f"rasd {n}" not in readme and f"`rasd {n}`" not in readme]
    assert not missing, f"README.md does not mention: {missing}"
