"""Interactive API docs served from the vendored Swagger UI (no CDN), plus the fonts' and assets' files."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse

from rasd.web.errors import ApiError
from rasd.web.render import templates

router = APIRouter(include_in_schema=False)


def font_files() -> dict[str, Path]:
    """The Arabic UI font and its licence, from the ``fontpkg-noto-sans-arabic`` PyPI package."""
    try:
        import fontpkg_noto_sans_arabic as pkg
    except ImportError:
        return {}
    root = Path(pkg.ROOT)
    fonts = sorted((root / "files").glob("*.ttf"))
    out = {"LICENSE-noto-sans-arabic.txt": root / "LICENSE"}
    if fonts:
        out["noto-sans-arabic.ttf"] = fonts[0]
    return out


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "docs.html", {"spec": "/openapi.json"})


@router.get("/fonts/{name}")
def font(name: str) -> FileResponse:
    # A fixed table of names: nothing from the URL reaches the file system.
    path = font_files().get(name)
    if path is None or not path.exists():
        raise ApiError(404, f"no font {name!r}")
    media = "font/ttf" if name.endswith(".ttf") else "text/plain; charset=utf-8"
    return FileResponse(path, media_type=media, headers={"cache-control": "public, max-age=86400"})
