"""Entities across articles: list, one entity with its events over time, and their pages."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse

from rasd.store import Store
from rasd.web.charts import bucket_dates, timeline_svg
from rasd.web.deps import Label, Listing, Page, Text, clean, get_store, paging
from rasd.web.errors import ERROR_RESPONSES, ApiError
from rasd.web.render import render_page

router = APIRouter(responses=ERROR_RESPONSES)

Key = Annotated[str, Path(min_length=1, max_length=300, description="Entity key: a KB id or local:<folded name>")]


@router.get("/api/entities", response_model=Listing, tags=["entities"],
            summary="Entities grouped across articles, most-mentioned first")
def list_entities(q: Text = None, type: Label = None, page: Annotated[Page, Depends(paging)] = Page(50, 0),
                  store: Store = Depends(get_store)) -> dict[str, Any]:
    rows, total = store.entities(q=clean(q), type=type or None, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}


def _entity(store: Store, key: str) -> dict[str, Any]:
    data = store.entity(clean(key) or "")
    if data is None:
        raise ApiError(404, f"no entity with key {key!r}")
    unit, buckets = bucket_dates([e.get("date") or e.get("article_date") for e in data["events"]])
    data["timeline"] = {"unit": unit, "counts": [{"period": p, "events": c} for p, c in buckets]}
    return data


@router.get("/api/entities/{key:path}", tags=["entities"],
            summary="One entity: names, role, country, aliases, articles, co-occurring actors, events over time")
def get_entity(key: Key, store: Store = Depends(get_store)) -> dict[str, Any]:
    return _entity(store, key)


@router.get("/entities", response_class=HTMLResponse, tags=["pages"], include_in_schema=False, summary="Entities page")
def entities_page(request: Request, q: Text = None, type: Label = None,
                  page: Annotated[Page, Depends(paging)] = Page(50, 0),
                  store: Store = Depends(get_store)) -> HTMLResponse:
    rows, total = store.entities(q=clean(q), type=type or None, limit=page.limit, offset=page.offset)
    filters = {"q": clean(q) or "", "type": type or ""}
    twin = "/api/entities" + ("?" + urlencode({k: v for k, v in filters.items() if v}) if any(filters.values()) else "")
    return render_page(request, "entities.html", {"rows": rows, "total": total, "page": page, "filters": filters},
                       twin=twin)


@router.get("/entities/{key:path}", response_class=HTMLResponse, tags=["pages"], include_in_schema=False, summary="Entity page")
def entity_page(request: Request, key: Key, store: Store = Depends(get_store)) -> HTMLResponse:
    data = _entity(store, key)
    # Its events over time; an entity in no event still shows when it was written about.
    if data["events"]:
        chart_of, dates = "events", [e.get("date") or e.get("article_date") for e in data["events"]]
    else:
        chart_of, dates = "in_articles", [a.get("date") for a in data["articles"]]
    chart = timeline_svg(dates, title=data["key"])
    return render_page(request, "entity.html", {"e": data, "chart": chart, "chart_of": chart_of},
                       twin="/api/entities/" + quote(data["key"], safe=""))
