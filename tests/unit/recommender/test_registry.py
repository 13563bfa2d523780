"""The versioned model registry: versions, champions per data, incompatible directories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import AssistantError
from recommender.registry import Registry, load_version


def register(reg: Registry, score: float, *, fp: str = "data-a", promote: bool = False,
             evaluated_on: str = ""):
    staged = reg.staging_dir("recommender")
    (staged / "model.bin").write_bytes(b"weights")
    return reg.register("recommender", staged, params={"k": 1}, metrics={"ndcg@10": score},
                        primary_metric="ndcg@10", data_fingerprint=fp, promote=promote,
                        evaluated_on=evaluated_on)


def test_better_or_equal_versions_become_champion(tmp_path: Path) -> None:
    reg = Registry(tmp_path)
    first = register(reg, 0.10)
    assert first.champion and first.version.startswith("v0001-")
    worse = register(reg, 0.05)
    assert not worse.champion
    assert reg.champion("recommender", "data-a").version == first.version
    equal = register(reg, 0.10)
    assert equal.champion
    forced = register(reg, 0.01, promote=True)
    assert reg.champion("recommender", "data-a").version == forced.version
    assert [v.version[:5] for v in reg.versions("recommender")] == ["v0001", "v0002", "v0003",
                                                                    "v0004"]
    assert (forced.path / "model.bin").read_bytes() == b"weights"


def test_champions_are_kept_per_data_fingerprint(tmp_path: Path) -> None:
    reg = Registry(tmp_path)
    a = register(reg, 0.30, fp="synthetic")
    b = register(reg, 0.10, fp="real")  # lower, but on other data: still champion there
    assert b.champion
    assert reg.champion("recommender", "synthetic").version == a.version
    assert reg.champion("recommender", "real").version == b.version
    assert reg.champion("recommender", "unknown") is None
    assert reg.kinds() == ["recommender"]


def test_a_version_evaluated_on_another_set_replaces_the_champion(tmp_path: Path) -> None:
    reg = Registry(tmp_path)
    old = register(reg, 0.91, evaluated_on="old-test-set")
    new = register(reg, 0.88, evaluated_on="new-test-set")  # lower, but not comparable
    assert new.champion
    assert reg.champion("recommender", "data-a").version == new.version
    assert not register(reg, 0.87, evaluated_on="new-test-set").champion  # comparable again
    assert reg.get("recommender", new.version).evaluated_on == "new-test-set"
    assert not reg.get("recommender", old.version).champion


def test_unknown_and_incompatible_versions_are_clear_errors(tmp_path: Path) -> None:
    reg = Registry(tmp_path)
    v = register(reg, 0.2)
    with pytest.raises(AssistantError, match="no recommender model version 'v9'"):
        reg.get("recommender", "v9")
    with pytest.raises(AssistantError, match="not a registered model directory"):
        load_version(tmp_path / "elsewhere")
    meta = json.loads((v.path / "metadata.json").read_text())
    meta["format_version"] = 99
    (v.path / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(AssistantError, match="incompatible version"):
        load_version(v.path)
