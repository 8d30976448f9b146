"""Layered configuration from one declared settings table.

Defaults live in ``rasd/settings.toml``; a user file (``--config FILE`` or
``RASD_CONFIG``) overrides them. Unknown sections or keys are rejected with the
list of known ones, never silently dropped.
"""

from __future__ import annotations

import copy
import os
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError


@lru_cache(maxsize=1)
def _defaults() -> dict[str, Any]:
    text = (resources.files("rasd") / "settings.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], override: dict[str, Any], where: str) -> dict[str, Any]:
    out = copy.deepcopy(base)
    unknown = [k for k in override if k not in base]
    if unknown:
        raise ConfigError(
            f"unknown setting(s) {', '.join(where + k for k in unknown)}",
            hint=f"known here: {', '.join(sorted(base))}",
        )
    for key, value in override.items():
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"setting {where}{key} must be a table")
            out[key] = _merge(base[key], value, f"{where}{key}.")
        else:
            if base[key] is not None and value is not None and not isinstance(value, type(base[key])) \
                    and not (isinstance(base[key], float) and isinstance(value, int)):
                raise ConfigError(
                    f"setting {where}{key} = {value!r} has the wrong type",
                    hint=f"expected {type(base[key]).__name__}, like the default {base[key]!r}",
                )
            out[key] = value
    return out


class Config:
    """Settings as nested dicts; ``config["mentions"]["profile"]``."""

    def __init__(self, data: dict[str, Any]):
        self.data = data

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def section(self, name: str) -> dict[str, Any]:
        """A stage's settings table (empty if the stage declares none)."""
        return dict(self.data.get(name) or {})

    @property
    def pipeline(self) -> list[str]:
        return list(self.data["pipeline"]["stages"])


def load_config(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Defaults, then the user file (``path`` or ``$RASD_CONFIG``), then ``overrides``."""
    data = _defaults()
    path = path or os.environ.get("RASD_CONFIG")
    if path:
        p = Path(path)
        try:
            user = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {p}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {p} is not valid TOML: {exc}") from None
        data = _merge(data, user, "")
    if overrides:
        data = _merge(data, overrides, "")
    return Config(copy.deepcopy(data))
