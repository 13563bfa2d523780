"""The HTTP API: routes only. Parsing, auth, limits, errors and services live in chalicelib.

Importing this module does no work (Chalice imports it while packaging, with
``AWS_CHALICE_CLI_MODE`` set): settings, agent and tools are built on the first request.
"""

from __future__ import annotations

from collections.abc import Callable

from chalice import Chalice, Response
from chalice.app import Request
from chalicelib import handlers
from chalicelib.guard import guard

app = Chalice(app_name="marketing-assistant")
app.api.binary_types = []  # every response is text (JSON, HTML, JavaScript)
# Bodies are parsed as JSON whatever the declared type, so `curl -d '{...}'` works too.
BODY_TYPES = ["application/json", "text/plain", "application/x-www-form-urlencoded"]


@app.middleware("http")
def checks(event: Request, get_response: Callable[[Request], Response]) -> Response:
    """CORS preflight, body limit, API key, scope and rate limit before every route."""
    return guard(event, get_response)


@app.route("/chat", methods=["POST", "OPTIONS"], content_types=BODY_TYPES)
def chat() -> Response:
    """Ask the assistant: {message, session_id?} -> answer, tools used, citations."""
    return handlers.chat(app.current_request)


@app.route("/chat/{session_id}", methods=["GET", "OPTIONS"])
def chat_history(session_id: str) -> Response:
    """The conversation so far."""
    return handlers.history(app.current_request, session_id)


@app.route("/tools", methods=["GET", "OPTIONS"])
def tools() -> Response:
    """Every tool with its input and output JSON schemas."""
    return handlers.list_tools()


@app.route("/tools/{name}", methods=["POST", "OPTIONS"], content_types=BODY_TYPES)
def run_tool(name: str) -> Response:
    """Run one tool directly: the tool's input model as body, its output model back."""
    return handlers.run_tool(app.current_request, name)


@app.route("/openapi.json", methods=["GET"])
def openapi() -> Response:
    """The OpenAPI document."""
    return handlers.openapi()


@app.route("/health", methods=["GET"])
def health() -> Response:
    """Backends, champion model versions and knowledge-base size."""
    return handlers.health()


@app.route("/widget.js", methods=["GET"])
def widget() -> Response:
    """The embeddable chat widget."""
    return handlers.widget_js()


@app.route("/", methods=["GET"])
def index() -> Response:
    """A small page for marketers with the chat widget."""
    return handlers.page(app.current_request)
