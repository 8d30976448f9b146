"""``POST /api/analyze``: plain text or contract-input JSON → contract JSON; stored only with writes enabled."""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse

from rasd.document import Document
from rasd.errors import InputError
from rasd.ingest.records import document_from_record
from rasd.web.deps import Limits, get_limits
from rasd.web.errors import ERROR_RESPONSES, ApiError
from rasd.web.render import render_page
from rasd.web.routes.articles import render_article

router = APIRouter(responses=ERROR_RESPONSES)

# A character that is not whitespace for Python's str.strip nor for JSON Schema's (ECMAScript) \s.
NON_BLANK = r"[^\s\x1c-\x1f\x85]"
_BOUNDS = {"id": 300, "title": 2000, "url": 2000, "source": 300}
# Stages are not promised to be thread-safe: one analysis at a time per process.
_LOCK = threading.Lock()

# The JSONL input contract of DESIGN.md (as rasd.ingest.records reads it): only text is required,
# other scalar keys are kept in meta, a date that is not ISO is kept as meta.date_raw.
_INPUT_SCHEMA = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "id": {"type": ["string", "integer", "null"]},
        "text": {"type": "string", "pattern": NON_BLANK, "maxLength": 200_000},
        "title": {"type": ["string", "null"], "maxLength": 2000},
        "url": {"type": ["string", "null"], "maxLength": 2000},
        "date": {"type": ["string", "null"], "description": "declared date, YYYY-MM-DD (an ISO datetime is cut)"},
        "source": {"type": ["string", "null"], "maxLength": 300},
    },
    "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
}


async def _read_body(request: Request, limits: Limits) -> bytes:
    """The request body, refused past ``max_body_bytes`` without reading it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise ApiError(413, f"request body over {limits.max_body_bytes} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limits.max_body_bytes:
            raise ApiError(413, f"request body over {limits.max_body_bytes} bytes")
    return bytes(body)


def _scrub(value: Any) -> Any:
    """Replace lone surrogates (legal in JSON escapes, not in UTF-8) in every string, keys included."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def parse_input(body: bytes, content_type: str, max_chars: int) -> Document:
    """An analyze request (plain text, or one JSONL input record as JSON) as a ``Document``."""
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "the body is not UTF-8 text", {"position": exc.start}) from None
    if "json" in content_type:
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise ApiError(400, "the body is not valid JSON", {"reason": str(exc)[:200]}) from None
        if not isinstance(data, dict):
            raise ApiError(422, 'the JSON body must be an object with a "text" key')
        data = _scrub(data)
    elif "x-www-form-urlencoded" in content_type:
        # The HTML form of /analyze: first value of each field, empty fields dropped.
        fields = parse_qs(raw, keep_blank_values=False, max_num_fields=20)
        data = {k: v[0] for k, v in fields.items() if k in ("text", "title", "date", "source", "url", "id")}
    else:
        data = {"text": raw}
    return record_to_document(data, max_chars)


def record_to_document(data: dict[str, Any], max_chars: int) -> Document:
    """Validate one input record (bounded sizes, non-blank text) and build its ``Document``."""
    text = data.get("text")
    if not isinstance(text, str):
        raise ApiError(422, "'text' must be a string", {"field": "text"})
    if not text.strip():
        raise ApiError(422, "the article text is empty", {"field": "text"})
    if len(text) > max_chars:
        raise ApiError(413, f"the text is over {max_chars} characters", {"field": "text", "length": len(text)})
    for key, bound in _BOUNDS.items():
        if isinstance(data.get(key), str) and len(data[key]) > bound:
            raise ApiError(422, f"{key!r} is longer than {bound} characters", {"field": key})
    default_id = "api-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    try:
        doc = document_from_record(data, default_id, "request", max_chars)
    except InputError as exc:
        raise ApiError(422, str(exc)) from None
    if len(doc.id) > _BOUNDS["id"]:
        raise ApiError(422, f"'id' is longer than {_BOUNDS['id']} characters", {"field": "id"})
    return doc


def _analyze(doc: Document) -> Document:
    import rasd

    with _LOCK:
        return rasd.default_pipeline()(doc)


@router.post("/api/analyze", tags=["analyze"],
             summary="Analyse one article (plain text, or JSON {id, text, title, url, date, source}) → contract JSON",
             description="Stored in the database only when the server runs with --allow-writes "
                         "(the X-Rasd-Stored header says whether it was).",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": _INPUT_SCHEMA},
                 "text/plain": {"schema": {"type": "string", "pattern": NON_BLANK, "maxLength": 200_000}},
             }}})
async def analyze(request: Request, limits: Limits = Depends(get_limits)) -> JSONResponse:
    doc, stored = await analyze_request(request, limits)
    return JSONResponse(doc.to_dict(), headers={"x-rasd-stored": "true" if stored else "false"})


def check_same_origin(request: Request) -> None:
    """Refuse a browser request sent from another site (a form or fetch elsewhere posting here).

    Browsers send ``Origin`` on cross-site POSTs; clients such as curl send none and pass.
    """
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise ApiError(403, "cross-site request refused", {"origin": origin[:200]})
    if origin == "null":
        raise ApiError(403, "cross-site request refused", {"origin": "null"})


async def analyze_request(request: Request, limits: Limits) -> tuple[Document, bool]:
    """Read, validate and analyse the posted article; store it when writes are enabled."""
    check_same_origin(request)
    body = await _read_body(request, limits)
    doc = parse_input(body, request.headers.get("content-type", ""), limits.max_analyze_chars)
    doc = await run_in_threadpool(_analyze, doc)
    stored = bool(request.app.state.allow_writes)
    if stored:
        await run_in_threadpool(request.app.state.store.put, doc)
    return doc, stored


@router.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
def analyze_form(request: Request) -> HTMLResponse:
    return render_page(request, "analyze.html", {"allow_writes": request.app.state.allow_writes})


@router.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
async def analyze_page(request: Request, limits: Limits = Depends(get_limits)) -> HTMLResponse:
    """The form's result: the analysed article rendered like a stored one (JSON twin: POST /api/analyze)."""
    doc, stored = await analyze_request(request, limits)
    return render_article(request, doc, notice="stored" if stored else "not_stored")
