"""Events across articles: filters, JSON or CSV, and the events page with a timeline."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from rasd.document import MODALITIES, PLOVER_CODES
from rasd.store import Store
from rasd.web.charts import timeline_svg
from rasd.web.deps import Code, DateFrom, DateTo, Listing, Modality, Page, Text, clean, get_store, paging
from rasd.web.errors import ERROR_RESPONSES
from rasd.web.render import render_page

router = APIRouter(responses=ERROR_RESPONSES)

CSV_COLUMNS = ["article", "id", "code", "cameo", "date", "modality", "source_names", "target_names",
               "trigger_text", "trigger_start", "trigger_end", "location", "attributed_to", "confidence",
               "article_title", "article_date"]


def _query(store: Store, actor: str | None, code: str | None, modality: str | None, date_from: str | None,
           date_to: str | None, article: str | None, page: Page) -> tuple[list[dict[str, Any]], int]:
    return store.events(actor=clean(actor), code=clean(code), modality=modality or None, date_from=date_from or None,
                        date_to=date_to or None, article=clean(article), limit=page.limit, offset=page.offset)


def to_csv(rows: list[dict[str, Any]]) -> str:
    """Events as CSV, one row per event, the columns of ``CSV_COLUMNS``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        # A leading = + - @ would run as a formula in a spreadsheet: neutralise it.
        writer.writerow({k: _cell(r.get(k)) for k in CSV_COLUMNS})
    return buf.getvalue()


def _cell(v: Any) -> Any:
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@"):
        return "'" + v
    return v


@router.get("/api/events", response_model=Listing, tags=["events"],
            summary="Events: filter by actor, PLOVER code, modality, date range, article; JSON or CSV",
            responses={200: {"content": {"text/csv": {}}}})
def list_events(actor: Text = None, code: Code = None, modality: Modality = None,
                date_from: DateFrom = None, date_to: DateTo = None, article: Text = None,
                format: Annotated[Literal["json", "csv"], Query(description="json or csv")] = "json",
                page: Annotated[Page, Depends(paging)] = Page(20, 0),
                store: Store = Depends(get_store)) -> Any:
    rows, total = _query(store, actor, code, modality, date_from, date_to, article, page)
    if format == "csv":
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="events.csv"',
                                 "x-total-count": str(total)})
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}


@router.get("/events", response_class=HTMLResponse, tags=["pages"], include_in_schema=False, summary="Events page with filters and timeline")
def events_page(request: Request, actor: Text = None, code: Code = None, modality: Modality = None,
                date_from: DateFrom = None, date_to: DateTo = None,
                page: Annotated[Page, Depends(paging)] = Page(20, 0),
                store: Store = Depends(get_store)) -> HTMLResponse:
    rows, total = _query(store, actor, code, modality, date_from, date_to, None, page)
    # The chart counts every matching event (up to the store's page cap), not only this page.
    all_rows, _ = _query(store, actor, code, modality, date_from, date_to, None, Page(500, 0))
    chart = timeline_svg([r.get("date") or r.get("article_date") for r in all_rows], title="events")
    filters = {"actor": clean(actor) or "", "code": (clean(code) or "").upper(), "modality": modality or "",
               "from": date_from or "", "to": date_to or ""}
    twin = "/api/events" + ("?" + urlencode({k: v for k, v in filters.items() if v}) if any(filters.values()) else "")
    return render_page(request, "events.html", {"rows": rows, "total": total, "page": page, "filters": filters,
                                                "chart": chart, "codes": PLOVER_CODES, "modalities": MODALITIES},
                       twin=twin)
