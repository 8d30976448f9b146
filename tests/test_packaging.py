"""Every data file the package reads at run time ships in the wheel (pyproject's package-data)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_packaging_models_and_lexicons_match_a_package_data_pattern():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    missing = []
    for folder in ("rasd/models", "rasd/stages/data", "rasd/kb", "rasd/arabic"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts \
                    and not any(fnmatch.fnmatch(path.name, p) for p in patterns):
                missing.append(str(path.relative_to(ROOT)))
    assert not missing, f"not shipped in the wheel: {missing}"
