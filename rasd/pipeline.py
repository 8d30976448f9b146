"""The pipeline: an ordered list of registered stages, checked before any document runs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from rasd.config import Config, load_config
from rasd.document import Document
from rasd.errors import ConfigError, RasdError, StageError, error_record
from rasd.registry import stage_class

log = logging.getLogger(__name__)

# Layers present before any stage runs (set by ingestion).
INITIAL_LAYERS = ("text", "meta")


class Pipeline:
    """Runs the configured stages in order over documents.

    >>> nlp = Pipeline.from_config()
    >>> doc = nlp(Document(id="d1", text="قال الرئيس."))
    >>> len(doc.sentences)
    1
    """

    def __init__(self, stage_names: list[str], config: Config):
        self.config = config
        classes = [stage_class(n) for n in stage_names]
        check_requirements(classes)
        self.stages = [cls(config) for cls in classes]
        self.names = [cls.name for cls in classes]

    @classmethod
    def from_config(cls, config: Config | None = None, *, stages: list[str] | None = None) -> Pipeline:
        config = config or load_config()
        return cls(stages if stages is not None else config.pipeline, config)

    @classmethod
    def up_to(cls, layer: str, config: Config | None = None, *, including: bool = True) -> Pipeline:
        """The configured pipeline cut at the first stage that provides ``layer``: with that stage
        (``including``) or without it, to build what it reads (``up_to("claims", including=False)``)."""
        config = config or load_config()
        names = list(config.pipeline)
        for i, name in enumerate(names):
            if layer in stage_class(name).provides:
                return cls(names[: i + 1] if including else names[:i], config)
        raise ConfigError(f"no stage in the pipeline provides {layer!r}")

    def __call__(self, doc: Document) -> Document:
        """Run every stage on ``doc``; a failure raises ``StageError`` naming the stage."""
        for name, stage in zip(self.names, self.stages, strict=True):
            try:
                stage(doc)
            except RasdError:
                raise
            except Exception as exc:  # a stage bug must name the stage and the document
                log.debug("stage %s failed on %s", name, doc.id, exc_info=True)
                raise StageError(f"{type(exc).__name__}: {exc}", stage=name) from exc
            doc.pipeline.append(name)
        return doc

    def run_many(self, docs: Iterable[Document | dict[str, Any]]) -> Iterator[Document | dict[str, Any]]:
        """Documents in, documents or error records out; never stops on one bad article.

        Items that are already error records (from ingestion) pass through.
        """
        for doc in docs:
            if isinstance(doc, dict):
                yield doc
                continue
            try:
                yield self(doc)
            except RasdError as exc:
                yield exc.record(doc.id)
            except Exception as exc:  # pragma: no cover - last resort, keeps the batch alive
                yield error_record(doc.id, "pipeline", f"{type(exc).__name__}: {exc}")


def check_requirements(classes: list[type]) -> None:
    """Every stage's requirements must be provided by an earlier stage; report all gaps at once."""
    have = set(INITIAL_LAYERS)
    problems = []
    for cls in classes:
        missing = [r for r in cls.requires if r not in have]
        if missing:
            problems.append(f"{cls.name} needs {', '.join(missing)}")
        have.update(cls.provides)
    if problems:
        raise ConfigError(
            "pipeline order leaves requirements unmet: " + "; ".join(problems),
            hint="put the stages that provide these layers earlier in [pipeline] stages",
        )
