"""The detected time expression: a span of the original text plus what it means (before resolution)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TimexSpec:
    """A detected expression: original ``[start, end)``, TIMEX3 type, and its meaning."""

    start: int
    end: int
    type: str
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    value: str | None = None

    def __len__(self) -> int:
        return self.end - self.start
