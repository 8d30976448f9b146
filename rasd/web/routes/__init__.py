"""One router per resource; ``ROUTERS`` is the list the app includes (a corpus module can add its own)."""

ROUTERS = [
    "rasd.web.routes.home",
    "rasd.web.routes.articles",
    "rasd.web.routes.events",
    "rasd.web.routes.entities",
    "rasd.web.routes.analyze",
    "rasd.web.routes.stats",
    "rasd.web.routes.docs",
    "rasd.web.routes_stories",
]
