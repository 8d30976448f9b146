"""The web UI and REST API over a rasd store (``rasd serve``)."""

from rasd.web.app import create_app

__all__ = ["create_app"]
