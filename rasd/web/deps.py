"""Shared request dependencies: the store, the limits, and validated query parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query, Request
from pydantic import BaseModel

from rasd.store import Store

# A date filter: a year, a month or a day (TIMEX3 prefixes compare as strings).
# Empty is allowed (and means absent): HTML forms send every field.
DATE_PATTERN = r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"
# Query strings are short words; long ones are rejected rather than sent to SQLite.
MAX_QUERY = 200


@dataclass(frozen=True)
class Limits:
    """Bounds on what a client may ask for."""

    max_page: int = 200
    max_body_bytes: int = 2_000_000
    max_analyze_chars: int = 200_000


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_limits(request: Request) -> Limits:
    return request.app.state.limits


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def paging(request: Request,
           limit: Annotated[int, Query(ge=1, le=10_000, description="Page length (capped by the server)")] = 20,
           offset: Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip")] = 0) -> Page:
    """``limit``/``offset`` bounded by the server's page length."""
    return Page(min(limit, get_limits(request).max_page), offset)


def clean(value: str | None) -> str | None:
    """Strip a text parameter; empty means absent. Lone surrogates and NULs are replaced, never stored or matched."""
    if value is None:
        return None
    value = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "").strip()
    return value or None


Q = Annotated[str | None, Query(max_length=MAX_QUERY, description="Full-text query over normalised Arabic")]
DateFrom = Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN, description="From date (YYYY[-MM[-DD]])")]
DateTo = Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN, description="To date (YYYY[-MM[-DD]])")]
Code = Annotated[str | None, Query(max_length=20, pattern=r"^[A-Za-z_]*$", description="PLOVER event code")]
Text = Annotated[str | None, Query(max_length=MAX_QUERY)]
Modality = Annotated[str | None, Query(pattern=r"^(asserted|reported|denied|alleged|planned|warned)?$",
                                       description="asserted, reported, denied, alleged, planned or warned")]
Label = Annotated[str | None, Query(pattern=r"^(PER|ORG|LOC|MISC)?$", description="PER, ORG, LOC or MISC")]


class Listing(BaseModel):
    """One page of a list endpoint: the rows and where they sit in the whole result."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
