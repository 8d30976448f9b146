"""Cheap shared fixtures: hand-built Arabic documents; nothing here loads a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.document import Document
from rasd.paths import shared_dir

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir()
SEED_PATH = SHARED / "data" / "seed" / "seed-article.txt"


@pytest.fixture
def seed_text() -> str:
    if not SEED_PATH.exists():
        pytest.skip("shared/data not available")
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def small_doc() -> Document:
    return Document(id="t1", text="أجرى وزير الدفاع الأمريكي لويد أوستن محادثات هاتفية مع نظيره الروسي سيرجي شويجو اليوم الجمعة.")
