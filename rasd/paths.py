"""Where rasd finds the project's shared data when building models or evaluating.

Run-time code never needs these: models and lexicons ship inside the package.
``$RASD_SHARED`` overrides the default, ``../shared`` beside the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent


def shared_dir() -> Path:
    """The shared folder (``data/``, ``eval/``): ``$RASD_SHARED`` or ``../shared`` next to the repo."""
    env = os.environ.get("RASD_SHARED")
    return Path(env) if env else REPO_ROOT.parent / "shared"


def shared_data_dir() -> Path:
    return shared_dir() / "data"
