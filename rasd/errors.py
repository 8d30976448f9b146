"""Narrow exception classes with context and a fix hint.

In batches a failure becomes an error record ``{"id", "error": {"stage", "message"}}``
rather than a traceback; ``RasdError.record`` builds it.
"""

from __future__ import annotations

from typing import Any


class RasdError(Exception):
    """Base class: a message a user can act on, and the stage it came from."""

    stage = "rasd"

    def __init__(self, message: str, *, hint: str | None = None, stage: str | None = None):
        self.message = message
        self.hint = hint
        if stage:
            self.stage = stage
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.message} — {self.hint}" if self.hint else self.message

    def record(self, doc_id: str | None) -> dict[str, Any]:
        return {"id": doc_id, "error": {"stage": self.stage, "message": str(self)}}


class InputError(RasdError):
    """An input that cannot be read as an article (empty, binary, undecodable, too large)."""

    stage = "ingest"


class ConfigError(RasdError):
    """A misspelled or invalid setting, an unknown stage, an unmet stage requirement."""

    stage = "config"


class StageError(RasdError):
    """A stage failed on one document."""

    stage = "pipeline"


class ModelMissingError(RasdError):
    """A model or lexicon file is not installed."""

    stage = "model"


class StoreError(RasdError):
    """A database problem (locked, wrong schema, unreadable)."""

    stage = "store"


def error_record(doc_id: str | None, stage: str, message: str) -> dict[str, Any]:
    """The contract's failed-input record."""
    return {"id": doc_id, "error": {"stage": stage, "message": message}}
