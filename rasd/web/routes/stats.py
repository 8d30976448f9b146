"""Store statistics: how many articles and layer rows the store holds (JSON twin of the home page's counts)."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from rasd.store import Store
from rasd.web.deps import get_store
from rasd.web.errors import ERROR_RESPONSES

router = APIRouter(responses=ERROR_RESPONSES)


@router.get("/api/stats", tags=["store"], summary="Row counts: documents, mentions, entities, timexes, events, claims, flags")
def stats(store: Store = Depends(get_store)) -> dict[str, int]:
    return store.stats()
