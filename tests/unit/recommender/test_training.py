"""Training: tuning on validation, evaluation of every model, registration."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assistant.settings import Settings
from recommender.data import load_tables
from recommender.evaluation import parse_cutoff
from recommender.models.hybrid import COMPONENTS
from recommender.registry import Registry
from recommender.training import KIND, PRIMARY, train_recommender, tune_weights
from tests.unit.recommender.models.helpers import trained_version

MODELS = {"popularity", "itemknn", "ease", "content", "hybrid"}


def test_training_registers_a_champion_with_every_models_figures(
        prepared_settings: Settings) -> None:
    version = trained_version(prepared_settings)
    assert version.kind == KIND and version.primary_metric == PRIMARY and version.champion
    assert set(version.metrics["models"]) == MODELS
    assert version.metrics[PRIMARY] == version.metrics["models"]["hybrid"]["ndcg"]
    assert version.params["cutoff"] == "2011-09-01"
    assert set(version.params["weights"]) == set(COMPONENTS)
    tables = load_tables(prepared_settings, show_progress=False)
    assert version.data_fingerprint == tables.fingerprint
    for name in ("evaluation.md", "evaluation.json", "evaluation.png", "hybrid.npz"):
        assert (version.path / name).exists()
    champion = Registry(prepared_settings.models_dir).champion(KIND, tables.fingerprint)
    assert champion is not None


def test_hybrid_beats_the_popularity_baseline(prepared_settings: Settings) -> None:
    models = trained_version(prepared_settings).metrics["models"]
    assert models["hybrid"]["ndcg"] > models["popularity"]["ndcg"]
    assert models["hybrid"]["ndcg"] >= 0.95 * models["ease"]["ndcg"]


def test_tuning_uses_only_the_window_before_the_cutoff(prepared_settings: Settings) -> None:
    tables = load_tables(prepared_settings, show_progress=False)
    cutoff = parse_cutoff("2011-09-01")
    after = tables.transactions[tables.transactions["invoice_date"] >= cutoff]
    scrambled = tables.transactions.copy()
    # Changing what happens after the cutoff must not change the tuned weights.
    scrambled.loc[after.index, "stock_code"] = after["stock_code"].sample(
        frac=1.0, random_state=1).to_numpy()
    weights, val_ndcg = tune_weights(tables.transactions, tables.items, cutoff, passes=1)
    again, val_again = tune_weights(scrambled, tables.items, cutoff, passes=1)
    assert weights == again and val_ndcg == pytest.approx(val_again)
    assert val_ndcg is not None and val_ndcg > 0


def test_a_weaker_version_does_not_replace_the_champion_unless_promoted(
        prepared_settings: Settings) -> None:
    first = trained_version(prepared_settings)
    # An earlier cutoff gives different figures; promote forces it either way.
    forced = train_recommender(prepared_settings, until="2011-10-15", promote=True,
                               show_progress=False, tune=False)
    registry = Registry(prepared_settings.models_dir)
    assert registry.champion(KIND, first.data_fingerprint).version == forced.version
    registry.promote(KIND, first.version)  # leave the session's champion in place


def test_a_champion_of_an_older_format_is_replaced(prepared_settings: Settings,
                                                  tmp_path: Path) -> None:
    import json
    import shutil

    from recommender.models.storage import PARAMS_FILE

    settings = prepared_settings.model_copy(update={"artifacts": tmp_path})
    for sub in ("prepared", "synthetic"):
        shutil.copytree(Path(prepared_settings.artifacts) / sub, tmp_path / sub)
    first = train_recommender(settings, show_progress=False, tune=False)
    meta = json.loads((first.path / PARAMS_FILE).read_text())
    (first.path / PARAMS_FILE).write_text(json.dumps(meta | {"format": 0}))
    registered = json.loads((first.path / "metadata.json").read_text())
    registered["metrics"]["ndcg@10"] = 0.99
    (first.path / "metadata.json").write_text(json.dumps(registered))
    # The old champion scores higher, yet this code cannot load it: the new one replaces it.
    second = train_recommender(settings, show_progress=False, tune=False)
    registry = Registry(settings.models_dir)
    assert registry.champion(KIND, first.data_fingerprint).version == second.version


def test_default_cutoff_follows_data_outside_the_uci_range(prepared_settings: Settings) -> None:
    from recommender.training import default_cutoff

    tx = load_tables(prepared_settings, show_progress=False).transactions
    assert default_cutoff(tx) == parse_cutoff("2011-09-01")
    shifted = tx.assign(invoice_date=tx["invoice_date"] + pd.Timedelta(days=3 * 365))
    cutoff = default_cutoff(shifted)
    first, last = shifted["invoice_date"].min(), shifted["invoice_date"].max()
    assert first < cutoff < last
    assert (last - cutoff) < (cutoff - first)
