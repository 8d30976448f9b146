"""The text stage: sentences and tokens (with clitic split points)."""

from __future__ import annotations

from typing import ClassVar

from rasd.arabic.sentences import split_sentences
from rasd.arabic.tokenize import tokenize
from rasd.config import Config
from rasd.document import Document


class TextStage:
    """Split sentences and tokenise: ``"قال الوزير. وأضاف"`` → 2 sentences, 3 tokens + '.'."""

    name: ClassVar[str] = "rasd.text.v1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    provides: ClassVar[tuple[str, ...]] = ("sentences", "tokens")

    def __init__(self, config: Config):
        self.settings = config.section("text")

    def __call__(self, doc: Document) -> None:
        doc.sentences = split_sentences(doc.text)
        doc.tokens = tokenize(doc.text)
