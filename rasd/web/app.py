"""The app factory: ``create_app(db_path, allow_writes=False)`` → a FastAPI app over one store."""

from __future__ import annotations

import importlib
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__
from rasd.errors import RasdError
from rasd.store import Store
from rasd.web.deps import Limits
from rasd.web.errors import ApiError, handle_error
from rasd.web.routes import ROUTERS
from rasd.web.security import SecurityHeaders

STATIC_DIR = Path(__file__).resolve().parent / "static"


def _limits() -> Limits:
    """Limits from the ``[web]`` settings when declared, else the defaults."""
    try:
        from rasd.config import load_config

        section = load_config().section("web")
    except RasdError:
        section = {}
    known = {k: section[k] for k in ("max_page", "max_body_bytes", "max_analyze_chars") if k in section}
    return Limits(**known)


def _swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    return Path(str(swagger_ui_path))


def create_app(db_path: str | Path | Store = "rasd.db", allow_writes: bool = False, *,
               limits: Limits | None = None) -> FastAPI:
    """A FastAPI app serving the REST API and the HTML UI over the store at ``db_path``.

    Read-only unless ``allow_writes``; then ``POST /api/analyze`` also stores its result.
    """
    if isinstance(db_path, Store):
        store, owned = db_path, False
    else:
        store, owned = Store(db_path, readonly=not allow_writes), True

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owned:
            store.close()

    app = FastAPI(
        title="rasd",
        version=__version__,
        summary="Arabic news intelligence: articles, entities, events and claims with character provenance.",
        description="Every HTML page has a JSON twin under /api/. Errors have one shape: "
                    '`{"error": {"status", "message", "detail"}}`.',
        docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.allow_writes = allow_writes
    app.state.limits = limits or _limits()

    for cls in (Exception, StarletteHTTPException, RequestValidationError, RasdError, ApiError):
        app.add_exception_handler(cls, handle_error)
    app.add_middleware(SecurityHeaders)

    # StaticFiles resolves paths inside its folder only (no traversal).
    swagger = _swagger_dir()
    if swagger is not None and swagger.is_dir():
        app.mount("/static/swagger-ui", StaticFiles(directory=swagger), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in ROUTERS:
        app.include_router(importlib.import_module(module).router)
    return app
