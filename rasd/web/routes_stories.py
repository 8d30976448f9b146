"""Stories (cross-outlet clusters), cross-article contradictions and entity timelines: API and pages."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from rasd.corpus import queries
from rasd.store import Store
from rasd.web.deps import DateFrom, DateTo, Page, Text, clean, get_store, paging
from rasd.web.errors import ERROR_RESPONSES, ApiError
from rasd.web.render import render_page

router = APIRouter(responses=ERROR_RESPONSES)

StoryId = Annotated[int, Path(ge=1, le=2**62, description="A story id from /api/stories")]
Key = Annotated[str, Path(min_length=1, max_length=300, description="Entity key (KB id or local:<folded name>) or a name")]
MinSize = Annotated[int, Query(ge=1, le=100_000, description="Only stories with at least this many articles")]
Kind = Annotated[str | None, Query(pattern=r"^(cross-denial|cross-date-conflict|cross-figure-conflict)?$",
                                   description="cross-denial, cross-date-conflict or cross-figure-conflict")]
Article = Annotated[str | None, Query(max_length=300, description="Only flags involving this article id")]


def _stories(store: Store, q, date_from, date_to, min_size: int, page: Page) -> dict[str, Any]:
    rows, total = queries.list_stories(store, min_size=min_size, q=clean(q), date_from=date_from or None,
                                       date_to=date_to or None, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}


def _story(store: Store, story_id: int) -> dict[str, Any]:
    data = queries.story(store, story_id)
    if data is None:
        raise ApiError(404, f"no story {story_id}")
    return data


def _timeline(store: Store, key: str) -> dict[str, Any]:
    data = queries.entity_timeline(store, clean(key) or "")
    if data is None:
        raise ApiError(404, f"no entity matches {key!r}")
    return data


@router.get("/api/stories", tags=["stories"], summary="Story clusters across outlets, biggest first")
def list_stories(q: Text = None, date_from: DateFrom = None, date_to: DateTo = None, min_size: MinSize = 2,
                 page: Annotated[Page, Depends(paging)] = Page(20, 0),
                 store: Store = Depends(get_store)) -> dict[str, Any]:
    return _stories(store, q, date_from, date_to, min_size, page)


@router.get("/api/stories/{story_id}", tags=["stories"],
            summary="One story: articles, events merged across outlets (one event, many sources), contradictions")
def get_story(story_id: StoryId, store: Store = Depends(get_store)) -> dict[str, Any]:
    return _story(store, story_id)


@router.get("/api/contradictions", tags=["stories"], summary="Cross-article flags, each pointing at two articles")
def list_contradictions(article: Article = None, kind: Kind = None,
                        page: Annotated[Page, Depends(paging)] = Page(20, 0),
                        store: Store = Depends(get_store)) -> dict[str, Any]:
    rows, total = queries.flags(store, doc=clean(article), kind=kind or None, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}


@router.get("/api/timeline/{key:path}", tags=["entities"],
            summary="An entity's timeline: per day, the articles naming it (with their story) and its events")
def get_timeline(key: Key, store: Store = Depends(get_store)) -> dict[str, Any]:
    return _timeline(store, key)


@router.get("/stories", response_class=HTMLResponse, tags=["pages"], include_in_schema=False, summary="Stories page")
def stories_page(request: Request, q: Text = None, date_from: DateFrom = None, date_to: DateTo = None,
                 min_size: MinSize = 2, page: Annotated[Page, Depends(paging)] = Page(20, 0),
                 store: Store = Depends(get_store)) -> HTMLResponse:
    data = _stories(store, q, date_from, date_to, min_size, page)
    filters = {"q": clean(q) or "", "from": date_from or "", "to": date_to or ""}
    twin = "/api/stories" + ("?" + urlencode({k: v for k, v in filters.items() if v}) if any(filters.values()) else "")
    return render_page(request, "stories.html", {"data": data, "page": page, "filters": filters}, twin=twin)


@router.get("/stories/{story_id}", response_class=HTMLResponse, tags=["pages"], include_in_schema=False,
            summary="Story page")
def story_page(request: Request, story_id: StoryId, store: Store = Depends(get_store)) -> HTMLResponse:
    return render_page(request, "stories_detail.html", {"s": _story(store, story_id)},
                       twin=f"/api/stories/{story_id}")


@router.get("/timeline/{key:path}", response_class=HTMLResponse, tags=["pages"], include_in_schema=False,
            summary="Entity timeline page")
def timeline_page(request: Request, key: Key, store: Store = Depends(get_store)) -> HTMLResponse:
    data = _timeline(store, key)
    return render_page(request, "stories_timeline.html", {"tl": data},
                       twin="/api/timeline/" + quote(data["key"], safe=""))
