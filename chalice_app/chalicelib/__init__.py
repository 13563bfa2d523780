"""Everything behind the routes of ``app.py``: request parsing, errors, API keys, rate limits,
CORS, OpenAPI, health and the widget. Packaged by Chalice next to ``app.py``."""

__all__ = ["errors", "guard", "handlers", "keys", "ratelimit", "services"]
