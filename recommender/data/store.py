"""Where prepared tables live, and making them when they are missing or stale.

Every command gets its data through :func:`ensure_prepared` / :func:`load_tables`: with no
source configured they synthesise the embedded data set first (cheap, with a progress bar),
so the product runs anywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.data.columns import TABLES
from recommender.data.prepare import FORMAT_VERSION, MANIFEST, prepare
from recommender.data.synth import write_synthetic


@dataclass(frozen=True)
class PreparedData:
    """The prepared tables plus the manifest that says where they came from."""

    transactions: pd.DataFrame
    customers: pd.DataFrame
    items: pd.DataFrame
    returns: pd.DataFrame
    manifest: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        """sha256 of the source file: identifies the data models are trained on."""
        return str(self.manifest["fingerprint"])

    @property
    def is_synthetic(self) -> bool:
        """True when the tables come from the embedded synthetic generator."""
        return bool(self.manifest.get("synthetic", False))


def source_path(settings: Settings, *, show_progress: bool = True) -> Path:
    """The configured source file, synthesising the embedded data set when none is set."""
    if settings.data is not None:
        return Path(settings.data).expanduser()
    path = settings.synthetic_source
    marker = path.with_suffix(".json")
    wanted = {"customers": settings.synthetic_customers, "seed": settings.synthetic_seed}
    if not (path.exists() and marker.exists() and json.loads(marker.read_text()) == wanted):
        if show_progress:
            from assistant.progress import steps

            with steps("Synthesising data", 1) as step:
                write_synthetic(path, settings.synthetic_customers, settings.synthetic_seed)
                step(f"{settings.synthetic_customers} customers")
        else:
            write_synthetic(path, settings.synthetic_customers, settings.synthetic_seed)
        marker.write_text(json.dumps(wanted))
    return path


def read_manifest(prepared_dir: Path) -> dict[str, Any] | None:
    """The manifest of a prepared directory, or None when there is none."""
    path = prepared_dir / MANIFEST
    return json.loads(path.read_text()) if path.exists() else None


def _is_current(manifest: dict[str, Any] | None, source: Path, prepared_dir: Path) -> bool:
    if not manifest or manifest.get("format_version") != FORMAT_VERSION:
        return False
    if not all((prepared_dir / f"{t}.parquet").exists() for t in TABLES):
        return False
    stat = source.stat()
    return (manifest.get("source") == str(source.resolve())
            and manifest.get("source_size") == stat.st_size
            and manifest.get("source_mtime") == stat.st_mtime)


def ensure_prepared(settings: Settings, *, show_progress: bool = True) -> Path:
    """The prepared directory for the configured source, (re)preparing it when needed."""
    source = source_path(settings, show_progress=show_progress)
    if not source.exists():
        raise AssistantError(
            f"source file not found: {source} (check ASSISTANT_DATA or --data)", code="not_found"
        )
    out = settings.prepared_dir
    if not _is_current(read_manifest(out), source, out):
        prepare(source, out, show_progress=show_progress)
        manifest = read_manifest(out) or {}
        manifest["synthetic"] = settings.data is None
        (out / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return out


def load_tables(settings: Settings, *, show_progress: bool = True) -> PreparedData:
    """Load the four prepared tables (preparing them first when missing or stale)."""
    out = ensure_prepared(settings, show_progress=show_progress)
    tables = {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}
    return PreparedData(manifest=read_manifest(out) or {}, **tables)
