"""Serving the API on this machine: the Chalice local server in-process, a development key.

Used by ``assistant serve``, the integration tests and the benchmark. Never packaged code
paths in Lambda (nothing here runs on import).
"""

from __future__ import annotations

import gc
import os
import threading
import uuid
from pathlib import Path
from typing import Any

from .keys import KeyStore
from .services import ApiServices, install

DEV_KEY_NAME = "dev"


def dev_key(keys: KeyStore, path: Path, *, name: str = DEV_KEY_NAME) -> str:
    """The development key (scopes chat and tools), created or rotated when needed.

    Keys are stored hashed, so the plaintext dev key is kept in ``path`` (mode 0600) to be
    printed on every start; if that file is missing or stale the key is rotated.
    """
    if path.exists():
        saved = path.read_text().strip()
        record = keys.verify(saved)
        if record is not None and record.name == name:
            return saved
    if keys.get(name) is not None:
        keys.revoke(name)
    _, plaintext = keys.create(name, "chat,tools")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(plaintext + "\n")
    return plaintext


def warm_up(services: ApiServices) -> list[str]:
    """Build the tool context and the agent now, so the first request is fast.

    Returns problems as lines (the server still starts: /health shows what is missing).
    """
    problems = []
    for part in ("tools", "agent"):
        try:
            getattr(services, part)
        except Exception as exc:  # report, keep serving the rest
            problems.append(f"{part}: {exc}")
    if not problems:  # load the models behind the tools (the context builds them lazily)
        for part in ("recommender", "customers", "feedback", "retriever"):
            try:
                getattr(services.tools.context, part, None)
            except Exception as exc:
                problems.append(f"{part}: {exc}")
    if not problems:
        _warm_agent(services)
    # Everything loaded so far lives as long as the server: move it out of the collector's
    # reach, or every full collection walks it (100+ ms stalls of every request thread).
    gc.collect()
    gc.freeze()
    return problems


def _warm_agent(services: ApiServices) -> None:
    """Answer a few throwaway turns (the chat model loads and imports lazily), then delete
    their session."""
    agent: Any = services.agent
    session = f"warm-up-{uuid.uuid4().hex}"
    try:
        agent.ask("What is our returns policy?", session_id=session)
        names = getattr(getattr(services.tools.context, "customers", None), "segment_names",
                        None)
        customer = next(iter(names()), None) if callable(names) else None
        if customer:
            for question in ("What should we recommend to customer {}?",
                             "Which segment is customer {} in?",
                             "Why is customer {} at risk of churning?"):
                agent.ask(question.format(customer), session_id=session)
    except Exception:  # noqa: BLE001 - warming is best effort; requests will show problems
        pass
    finally:
        forget = getattr(agent, "forget", None)
        if forget is not None:
            forget(session)


def make_server(services: ApiServices, host: str = "127.0.0.1", port: int = 8000) -> Any:
    """A threaded Chalice local server over ``services`` (port 0 picks a free port)."""
    from chalice.config import Config
    from chalice.local import (
        ChaliceRequestHandler,
        CustomLocalChalice,
        LocalChalice,
        LocalDevServer,
        ThreadedHTTPServer,
    )

    from chalice_app.app import app

    class Handler(ChaliceRequestHandler):
        # Headers and body leave in separate writes: without TCP_NODELAY, Nagle's algorithm
        # and the client's delayed ACK add ~40 ms to every keep-alive request.
        disable_nagle_algorithm = True

    class Server(ThreadedHTTPServer):
        # socketserver listens with a backlog of 5: when more clients connect at once than
        # the busy accept loop takes in, the kernel drops their SYNs and each one waits for
        # TCP's retransmission (1 s) before its first request even arrives.
        request_queue_size = 128

    install(services)
    if not isinstance(app, LocalChalice):  # what chalice.local.create_local_server does, once
        CustomLocalChalice.__bases__ = (LocalChalice, app.__class__)
        app.__class__ = CustomLocalChalice
    config = Config.create(chalice_stage="dev", app_name="marketing-assistant",
                           lambda_timeout=300)
    return LocalDevServer(app, config, host, port, handler_cls=Handler, server_cls=Server)


class BackgroundServer:
    """The local server on a daemon thread (tests, benchmark): ``with BackgroundServer(s):``."""

    def __init__(self, services: ApiServices, host: str = "127.0.0.1", port: int = 0) -> None:
        self.server = make_server(services, host, port)
        self.host, self.port = self.server.server.server_address[:2]
        self._thread = threading.Thread(target=self.server.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:54321."""
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> BackgroundServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server.server_close()
        self._thread.join(timeout=5)
        install(None)
