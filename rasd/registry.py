"""The stage registry: versioned names → stage classes, filled in one place.

``rasd/registrations.py`` lists every built-in stage as ``name → "module:Class"``;
modules are imported only when a pipeline uses them, so the CLI starts fast and
a broken optional stage cannot break unrelated commands. Plugins add stages
with ``register``.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar, Protocol

from rasd.document import Document
from rasd.errors import ConfigError


class Stage(Protocol):
    """One job on a document: read what ``requires`` names, add what ``provides`` names."""

    name: ClassVar[str]  # versioned, e.g. "rasd.mentions.crf.v1"
    requires: ClassVar[tuple[str, ...]]
    provides: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> None: ...


_FACTORIES: dict[str, str | type] = {}


def register(name: str, target: str | type) -> None:
    """Register a stage under a versioned name (``rasd.<job>.<impl>.v<N>``)."""
    if name in _FACTORIES and _FACTORIES[name] != target:
        raise ConfigError(f"stage name {name!r} is registered twice")
    _FACTORIES[name] = target


def registered_names() -> list[str]:
    _ensure_builtins()
    return sorted(_FACTORIES)


def stage_class(name: str) -> type:
    """The class registered as ``name``, importing its module on first use."""
    _ensure_builtins()
    target = _FACTORIES.get(name)
    if target is None:
        raise ConfigError(f"unknown stage {name!r}", hint=f"registered stages: {', '.join(sorted(_FACTORIES))}")
    if isinstance(target, str):
        module_name, _, attr = target.partition(":")
        try:
            cls: Any = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"stage {name!r} cannot be loaded from {target}: {exc}") from exc
        _FACTORIES[name] = cls
        target = cls
    if getattr(target, "name", name) != name:
        raise ConfigError(f"stage {target!r} declares name {target.name!r} but is registered as {name!r}")
    return target


_loaded = False


def _ensure_builtins() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        from rasd import registrations

        for name, target in registrations.BUILTIN_STAGES.items():
            register(name, target)
