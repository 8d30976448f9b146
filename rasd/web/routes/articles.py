"""Articles: list with search and filters, the contract JSON, and the highlighted article page."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, JSONResponse

from rasd.document import Document
from rasd.store import Store, entity_key
from rasd.web.deps import Code, DateFrom, DateTo, Listing, Page, Q, Text, clean, get_store, paging
from rasd.web.errors import ERROR_RESPONSES, ApiError
from rasd.web.highlight import highlight_document
from rasd.web.render import render_page

router = APIRouter(responses=ERROR_RESPONSES)

DocId = Annotated[str, Path(min_length=1, max_length=300, description="Article id")]


@router.get("/api/articles", response_model=Listing, tags=["articles"],
            summary="Articles: full-text search over normalised Arabic, date range, source, entity, event code")
def list_articles(q: Q = None, date_from: DateFrom = None, date_to: DateTo = None, source: Text = None,
                  entity: Text = None, code: Code = None, page: Annotated[Page, Depends(paging)] = Page(20, 0),
                  store: Store = Depends(get_store)) -> dict[str, Any]:
    rows, total = store.articles(q=clean(q), date_from=date_from or None, date_to=date_to or None, source=clean(source),
                                 entity=clean(entity), event_code=clean(code), limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}


def _load(store: Store, doc_id: str) -> dict[str, Any]:
    data = store.get_dict(clean(doc_id) or "")
    if data is None:
        raise ApiError(404, f"no article with id {doc_id!r}")
    return data


@router.get("/api/articles/{doc_id}", tags=["articles"],
            summary="One article: exactly the output contract JSON (doc.to_dict())")
def get_article(doc_id: DocId, store: Store = Depends(get_store)) -> JSONResponse:
    return JSONResponse(_load(store, doc_id))


def display_title(doc: Document) -> str | None:
    """The declared title, else the first headline the layout stage found."""
    if doc.meta.title:
        return doc.meta.title
    for block in doc.blocks:
        if block.kind == "headline":
            return doc.slice(block).strip() or None
    return None


def entity_links(doc: Document) -> dict[str, str]:
    """Document entity id → URL of its cross-article entity page."""
    return {e.id: "/entities/" + quote(entity_key(e), safe="") for e in doc.entities}


@router.get("/articles/{doc_id}", response_class=HTMLResponse, tags=["pages"], include_in_schema=False,
            summary="Article page: text with highlighted layers and side panels")
def article_page(request: Request, doc_id: DocId, store: Store = Depends(get_store)) -> HTMLResponse:
    return render_article(request, Document.from_dict(_load(store, doc_id)))


def render_article(request: Request, doc: Document, *, notice: str | None = None) -> HTMLResponse:
    """The article page for ``doc``: highlighted text and side panels (stored or just analysed)."""
    names = {e.id: (e.name_ar or e.name) for e in doc.entities}
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ctx = {
        "doc": doc,
        "title": display_title(doc),
        "body": highlight_document(doc),
        "names": names,
        "links": entity_links(doc),
        "mention_counts": counts,
        "slice": doc.slice,
        "notice": notice,
    }
    twin = "/api/articles/" + quote(doc.id, safe="") if notice is None else None
    return render_page(request, "article.html", ctx, twin=twin)
