"""``POST /api/analyze``: plain text or contract-input JSON → contract JSON; stored only with writes enabled."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from rasd.web.deps import Limits, get_limits
from rasd.web.errors import ERROR_RESPONSES, ApiError

router = APIRouter(responses=ERROR_RESPONSES)

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Whitespace as JSON Schema's (ECMAScript) \s sees it, so "blank" means the same here and in the spec.
_BLANK = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_FIELDS = ("id", "text", "title", "url", "date", "source")
# Stages are not promised to be thread-safe: one analysis at a time per process.
_LOCK = threading.Lock()

_INPUT_SCHEMA = {
    "type": "object",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "maxLength": 300},
        "text": {"type": "string", "pattern": r"\S", "maxLength": 200_000},
        "title": {"type": ["string", "null"], "maxLength": 2000},
        "url": {"type": ["string", "null"], "maxLength": 2000},
        "date": {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "source": {"type": ["string", "null"], "maxLength": 300},
    },
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


def parse_input(body: bytes, content_type: str, max_chars: int) -> dict[str, Any]:
    """Validate an analyze request into ``{"id", "text", "title", "url", "date", "source"}``."""
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "the body is not UTF-8 text", {"position": exc.start}) from None
    if "json" in content_type:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ApiError(400, "the body is not valid JSON", {"line": exc.lineno, "column": exc.colno}) from None
        if not isinstance(data, dict):
            raise ApiError(422, "the JSON body must be an object with a \"text\" key")
        unknown = sorted(set(data) - set(_FIELDS))
        if unknown:
            raise ApiError(422, "unknown key(s) in the JSON body", {"unknown": unknown, "known": list(_FIELDS)})
    else:
        data = {"text": raw}
    for key in _FIELDS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ApiError(422, f"{key!r} must be a string", {"field": key})
        if isinstance(value, str):
            # Lone surrogates cannot be stored or encoded: replace them.
            data[key] = value.encode("utf-8", "replace").decode("utf-8")
    text = data.get("text")
    if not text or not text.strip(_BLANK):
        raise ApiError(422, "the article text is empty", {"field": "text"})
    if len(text) > max_chars:
        raise ApiError(413, f"the text is over {max_chars} characters", {"field": "text", "length": len(text)})
    for key, bound in (("id", 300), ("title", 2000), ("url", 2000), ("source", 300)):
        if data.get(key) and len(data[key]) > bound:
            raise ApiError(422, f"{key!r} is longer than {bound} characters", {"field": key})
    if data.get("date") and not _DATE.fullmatch(data["date"]):
        raise ApiError(422, "'date' must be YYYY-MM-DD", {"field": "date", "value": data["date"][:40]})
    if not data.get("id"):
        data["id"] = "api-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return {k: data.get(k) for k in _FIELDS}


def _analyze(item: dict[str, Any]) -> Any:
    import rasd

    with _LOCK:
        return rasd.analyze(item["text"], id=item["id"], title=item["title"], url=item["url"],
                            date=item["date"], source=item["source"])


@router.post("/api/analyze", tags=["analyze"],
             summary="Analyse one article (plain text, or JSON {id, text, title, url, date, source}) → contract JSON",
             description="Stored in the database only when the server runs with --allow-writes "
                         "(the X-Rasd-Stored header says whether it was).",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": _INPUT_SCHEMA},
                 "text/plain": {"schema": {"type": "string", "pattern": r"\S", "maxLength": 200_000}},
             }}})
async def analyze(request: Request, limits: Limits = Depends(get_limits)) -> JSONResponse:
    body = await _read_body(request, limits)
    item = parse_input(body, request.headers.get("content-type", ""), limits.max_analyze_chars)
    doc = await run_in_threadpool(_analyze, item)
    stored = bool(request.app.state.allow_writes)
    if stored:
        await run_in_threadpool(request.app.state.store.put, doc)
    return JSONResponse(doc.to_dict(), headers={"x-rasd-stored": "true" if stored else "false"})
