"""The code stays ruff-clean (rules in pyproject.toml), so style drift fails CI, not review."""

import shutil
import subprocess
import sys

import pytest

from rasd.paths import REPO_ROOT


def test_lint_ruff_clean():
    if shutil.which("ruff") is None and subprocess.run([sys.executable, "-m", "ruff", "--version"],
                                                       capture_output=True).returncode != 0:
        pytest.skip("ruff not installed")
    res = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise",
                          "rasd", "tests", "bench", "scripts"], cwd=REPO_ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout[-3000:]
