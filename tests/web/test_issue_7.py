"""Issue 7 as the lead measures it, in one place; and the ``rasd serve`` command's error path."""

from __future__ import annotations

import html
import re

from typer.testing import CliRunner

from rasd.cli import app


def test_issue_7_store_with_seed_and_script_article(client, seed_doc):
    home = client.get("/")
    assert '<html dir="rtl" lang="ar">' in home.text
    assert {a["id"] for a in client.get("/api/articles").json()["items"]} == {"seed", "evil<1>"}
    assert client.get("/api/articles/seed").json() == seed_doc.to_dict()
    page = client.get("/articles/evil%3C1%3E").text
    assert "<script>alert" not in page
    body = page.split('id="article-text"', 1)[1].split("</div>", 1)[0]
    shown = html.unescape(re.sub(r"<sup[^>]*>.*?</sup>|<[^>]+>", "", body.split(">", 1)[1]))
    assert '<script>alert("x")</script>' in shown
    assert client.get("/api/events").status_code == 200
    assert client.get("/openapi.json").json()["openapi"].startswith("3.")


def test_issue_7_serve_without_a_database_is_one_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "database not found" in result.output and "Traceback" not in result.output
