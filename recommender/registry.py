"""The versioned model registry under ``<artifacts>/models/<kind>/<version>/``.

Each version directory holds the model files and ``metadata.json`` (kind, version, created
time, parameters, metrics, data fingerprint, format version). Champions are kept per data
fingerprint in ``<kind>/champions.json``: a metric is only comparable on the same data, so a
new version becomes the champion for its data when its primary metric is at least the
current champion's (higher is better), or when promotion is forced. A metric is only
comparable on the same evaluation set, too: a version evaluated on a different set
(``evaluated_on``, a fingerprint of that set) replaces the champion, whatever the figures.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.errors import AssistantError

REGISTRY_FORMAT = 1
METADATA = "metadata.json"
CHAMPIONS = "champions.json"


class ModelVersion(BaseModel):
    """What the registry records about one trained model."""

    kind: str = Field(description="Model family, e.g. 'recommender', 'customers', 'feedback'.")
    version: str = Field(description="Version id, sortable by time (v0003-20261122T101500).")
    created_at: str = Field(description="When it was registered (ISO 8601, UTC).")
    params: dict[str, Any] = Field(default_factory=dict, description="Training parameters.")
    metrics: dict[str, Any] = Field(default_factory=dict, description="Evaluation figures.")
    primary_metric: str = Field(description="The metric that decides promotion.")
    data_fingerprint: str = Field(description="sha256 of the source data it was trained on.")
    data_source: str = Field(default="", description="Path of the source data.")
    evaluated_on: str = Field(default="", description="Fingerprint of the evaluation set the "
                              "metrics were measured on ('' when not recorded).")
    format_version: int = Field(default=REGISTRY_FORMAT, description="Artifact format.")
    path: Path = Field(description="The version's directory.")
    champion: bool = Field(default=False, description="Champion for its data fingerprint.")

    @property
    def score(self) -> float:
        """The primary metric's value (-inf when missing)."""
        value = self.metrics.get(self.primary_metric)
        return float(value) if isinstance(value, int | float) else float("-inf")


class Registry:
    """Versions and champions of every model kind under one root directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- writing -------------------------------------------------------------------------
    def staging_dir(self, kind: str) -> Path:
        """A fresh directory to save a model into before :meth:`register`."""
        (self.root / kind).mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".staging-", dir=self.root / kind))

    def register(
        self,
        kind: str,
        staged: Path,
        *,
        params: dict[str, Any],
        metrics: dict[str, Any],
        primary_metric: str,
        data_fingerprint: str,
        data_source: str = "",
        evaluated_on: str = "",
        promote: bool = False,
    ) -> ModelVersion:
        """Move ``staged`` into a new version; make it champion when it is at least as good
        as the current one on the same evaluation set, or was evaluated on another set."""
        existing = self.versions(kind)
        number = 1 + max((int(v.version[1:5]) for v in existing), default=0)
        now = datetime.now(UTC)
        version = f"v{number:04d}-{now:%Y%m%dT%H%M%S}"
        target = self.root / kind / version
        shutil.move(str(staged), target)
        meta = ModelVersion(
            kind=kind, version=version, created_at=now.isoformat(timespec="seconds"),
            params=params, metrics=metrics, primary_metric=primary_metric,
            data_fingerprint=data_fingerprint, data_source=data_source,
            evaluated_on=evaluated_on, path=target,
        )
        (target / METADATA).write_text(meta.model_dump_json(indent=2, exclude={"path",
                                                                             "champion"}))
        current = self.champion(kind, data_fingerprint)
        if (promote or current is None or current.evaluated_on != evaluated_on
                or meta.score >= current.score):
            self._set_champion(kind, data_fingerprint, version)
            meta.champion = True
        return meta

    def promote(self, kind: str, version: str) -> ModelVersion:
        """Make a version the champion for its data, whatever its metrics."""
        meta = self.get(kind, version)
        self._set_champion(kind, meta.data_fingerprint, version)
        return self.get(kind, version)

    def _set_champion(self, kind: str, fingerprint: str, version: str) -> None:
        champions = self._champions(kind)
        champions[fingerprint] = version
        path = self.root / kind / CHAMPIONS
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(champions, indent=2))
        tmp.replace(path)

    # -- reading ---------------------------------------------------------------------------
    def _champions(self, kind: str) -> dict[str, str]:
        path = self.root / kind / CHAMPIONS
        return json.loads(path.read_text()) if path.exists() else {}

    def kinds(self) -> list[str]:
        """Model kinds with at least one version."""
        if not self.root.exists():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and self.versions(p.name))

    def versions(self, kind: str) -> list[ModelVersion]:
        """All versions of a kind, oldest first."""
        folder = self.root / kind
        if not folder.exists():
            return []
        champions = set(self._champions(kind).values())
        out = []
        for path in sorted(folder.iterdir()):
            if path.is_dir() and (path / METADATA).exists():
                out.append(load_version(path, champion=path.name in champions))
        return out

    def get(self, kind: str, version: str) -> ModelVersion:
        """One version by id (error naming the known versions when it is not there)."""
        path = self.root / kind / version
        if not (path / METADATA).exists():
            known = ", ".join(v.version for v in self.versions(kind)) or "none"
            raise AssistantError(f"no {kind} model version {version!r} (known: {known})",
                                 code="not_found")
        return load_version(path, champion=version in self._champions(kind).values())

    def champion(self, kind: str, data_fingerprint: str | None = None) -> ModelVersion | None:
        """The champion for the given data (or the newest champion of any data)."""
        champions = self._champions(kind)
        if data_fingerprint is not None:
            version = champions.get(data_fingerprint)
            return self.get(kind, version) if version else None
        versions = [v for v in self.versions(kind) if v.champion]
        return versions[-1] if versions else None


def load_version(path: Path, *, champion: bool = False) -> ModelVersion:
    """Read a version directory's metadata (a clear error for a foreign or broken directory)."""
    path = Path(path)
    meta_path = path / METADATA
    if not meta_path.exists():
        raise AssistantError(f"{path} is not a registered model directory (no {METADATA})",
                             code="not_found")
    try:
        data = json.loads(meta_path.read_text())
    except json.JSONDecodeError as exc:
        raise AssistantError(f"{meta_path} is not valid JSON") from exc
    if data.get("format_version") != REGISTRY_FORMAT:
        raise AssistantError(
            f"{path} was written by an incompatible version (format "
            f"{data.get('format_version')}, expected {REGISTRY_FORMAT}): retrain the model"
        )
    return ModelVersion(**data, path=path, champion=champion)
