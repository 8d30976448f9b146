"""Jinja2 templates (autoescaped) and page rendering with the UI language and JSON twin."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from rasd.web.i18n import COOKIE, pick_lang, translator

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
# Autoescape every template whatever its extension: article text is untrusted.
templates.env.autoescape = True
templates.env.filters["urlpart"] = lambda s: quote(str(s), safe="")
templates.env.filters["names_of"] = lambda ids, names: "، ".join(names.get(i, i) for i in ids or []) or "—"


def page_url(request: Request, **changes: Any) -> str:
    """The current page's URL with some query parameters changed (``None`` drops one)."""
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    query = urlencode(params)
    # One leading slash only: "//host/..." would be a link to another site.
    path = "/" + request.url.path.lstrip("/\\")
    return path + ("?" + query if query else "")


def render_page(request: Request, template: str, context: dict[str, Any], *, twin: str | None = None,
                status_code: int = 200) -> HTMLResponse:
    """Render ``template`` with the UI language, the switch link and the JSON twin's URL."""
    query_lang = request.query_params.get("lang")
    lang = pick_lang(query_lang, request.cookies.get(COOKIE))
    other = "en" if lang == "ar" else "ar"
    ctx = {
        "request": request,
        "lang": lang,
        "t": translator(lang),
        "switch_url": page_url(request, lang=other),
        "twin": twin,
        "page_url": lambda **kw: page_url(request, **kw),
        **context,
    }
    response = templates.TemplateResponse(request, template, ctx, status_code=status_code)
    if query_lang in ("ar", "en"):
        response.set_cookie(COOKIE, query_lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return response
