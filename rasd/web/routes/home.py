"""Home page: search box and latest articles (JSON twin: ``/api/articles``)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from rasd.store import Store
from rasd.web.deps import Page, Q, clean, get_store, paging
from rasd.web.render import render_page

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/", response_class=HTMLResponse, summary="Home: search and latest articles")
def home(request: Request, q: Q = None, page: Annotated[Page, Depends(paging)] = Page(20, 0),
         store: Store = Depends(get_store)) -> HTMLResponse:
    q = clean(q)
    rows, total = store.articles(q=q, limit=page.limit, offset=page.offset)
    twin = "/api/articles" + ("?" + urlencode({"q": q}) if q else "")
    return render_page(request, "home.html", {"q": q or "", "rows": rows, "total": total, "page": page,
                                              "stats": store.stats()}, twin=twin)
