"""The HTTP API (Chalice) and the embeddable chat widget.

Chalice imports ``app.py`` and ``chalicelib`` as top-level modules (that is how they land in
the Lambda package). :func:`load_app` puts ``chalice_app/`` on ``sys.path`` so the same
``chalicelib`` modules are importable from the CLI and the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

APP_DIR = Path(__file__).resolve().parent

__all__ = ["APP_DIR", "load_app", "on_path"]


def on_path() -> Path:
    """Make ``chalicelib`` (and ``app``) importable; returns the app directory."""
    if str(APP_DIR) not in sys.path:
        sys.path.append(str(APP_DIR))
    return APP_DIR


on_path()


def load_app() -> Any:
    """The Chalice application object of ``chalice_app/app.py``."""
    on_path()
    from chalice_app.app import app

    return app
