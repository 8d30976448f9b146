"""/api/stories, /api/stories/{id}, /api/contradictions, /api/timeline/{key} and their pages."""

from __future__ import annotations

import pytest

from rasd.corpus.crossdoc import analyse_clusters
from rasd.corpus.stories import cluster_store


@pytest.fixture
def client(story_store):
    from fastapi.testclient import TestClient

    from rasd.web.app import create_app

    res = cluster_store(story_store)
    analyse_clusters(story_store, res["touched"])
    with TestClient(create_app(story_store)) as c:
        yield c


def test_routes_stories_api(client):
    data = client.get("/api/stories").json()
    assert data["total"] == 1
    sid = data["items"][0]["id"]
    s = client.get(f"/api/stories/{sid}").json()
    assert s["size"] == 3 and s["events"][0]["n_sources"] == 3
    assert client.get("/api/stories/999").status_code == 404
    flags = client.get("/api/contradictions", params={"article": "a3"}).json()
    assert flags["total"] == 3
    assert client.get("/api/contradictions", params={"kind": "bogus"}).status_code in (400, 422)
    tl = client.get("/api/timeline/داعش").json()
    assert tl["key"] == "local:داعش" and tl["articles"] == 3


def test_routes_stories_pages_render_and_escape(client):
    page = client.get("/stories")
    assert page.status_code == 200 and "عدن" in page.text
    sid = client.get("/api/stories").json()["items"][0]["id"]
    detail = client.get(f"/stories/{sid}")
    assert detail.status_code == 200 and "مقتل 5" in detail.text
    assert client.get("/timeline/local:داعش").status_code == 200
    assert client.get("/timeline/nobody-here").status_code == 404
