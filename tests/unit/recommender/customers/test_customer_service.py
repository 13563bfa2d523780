"""CustomerModelsService: segments, exact explanations, profiles, scores and clear errors."""

from __future__ import annotations

import math
import re
import shutil
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.customers import features as F
from recommender.customers.playbook import BY_NAME, NAMES
from recommender.customers.service import CustomerModelsService, load_champion_customers
from recommender.registry import ModelVersion
from tests.conftest import make_settings

IDS = ["12347", "12583", "17850"]


@pytest.mark.parametrize("customer_id", IDS)
def test_contributions_are_exact_treeshap_summing_to_the_raw_output(service, customer_id
                                                                    ) -> None:
    e = service.explain(customer_id)
    total = e.base_value + sum(c.contribution for c in e.contributions)
    assert total == pytest.approx(e.raw_score, abs=1e-5)
    row = service.serving_features.loc[[customer_id]]
    assert e.raw_score == pytest.approx(float(service.engagement.raw_score(row)[0]), abs=1e-5)
    assert e.probability == pytest.approx(1 / (1 + math.exp(-e.raw_score)), abs=1e-6)
    assert e.probability == pytest.approx(float(service.engagement.predict_proba(row)[0]))
    assert e.churn_risk == pytest.approx(1 - e.probability)
    assert e.label == ("likely to buy again" if e.probability >= 0.5 else "at risk of churning")
    sizes = [abs(c.contribution) for c in e.contributions]
    assert sizes == sorted(sizes, reverse=True)
    for c in e.contributions:
        assert c.direction == ("lowers churn risk" if c.contribution > 0
                               else "raises churn risk")


def test_every_customer_sums_exactly(service) -> None:
    values, base = service.engagement.contributions(service.serving_features)
    raw = service.engagement.raw_score(service.serving_features)
    np.testing.assert_allclose(values.sum(axis=1) + base, raw, atol=1e-6)


def test_sentences_quote_the_customers_real_values(service) -> None:
    e = service.explain("17850")
    recency = service.serving_features.loc["17850", F.RECENCY]
    c = next(c for c in e.contributions if c.feature == F.RECENCY)
    assert c.value == recency
    assert f"last order {recency:,.0f} day" in c.sentence.lower()
    assert c.sentence.endswith(c.direction) or c.sentence.endswith(c.direction + " the most")
    assert e.contributions[0].sentence.endswith("the most")
    assert e.sentences[0].startswith(f"Customer 17850 has a {e.probability:.0%} chance")
    assert e.contributions[0].sentence[1:] in e.sentences[1]
    assert str(e.as_of) == "2011-12-10"


def test_segment_reports_the_customer_beside_their_segment(service) -> None:
    s = service.segment("12347")
    assert s.segment_name in NAMES and s.description == BY_NAME[s.segment_name].description
    assert s.suggested_actions == list(BY_NAME[s.segment_name].actions)
    feats = service.serving_features
    assert s.features[F.RECENCY] == feats.loc["12347", F.RECENCY]
    members = [cid for cid, name in service.segment_names().items()
               if name == s.segment_name]
    assert len(members) == s.segment_size
    assert s.segment_averages[F.MONETARY] == pytest.approx(
        feats.loc[members, F.MONETARY].mean(), abs=1e-3)
    assert s.country == feats.loc["12347", F.COUNTRY] and s.distance >= 0


def test_profiles_cover_every_customer(service) -> None:
    profiles = service.profiles()
    assert sum(p.size for p in profiles) == len(service.serving_features)
    assert [p.id for p in profiles] == list(range(len(profiles)))
    assert all(p.name in NAMES and p.actions for p in profiles)


def test_score_at_another_date_uses_only_customers_with_history(service) -> None:
    rows = list(service.score("2011-03-01"))
    assert 0 < len(rows) < len(service.serving_features)
    assert all(r["segment"] in NAMES and 0 <= r["probability"] <= 1 for r in rows)
    assert len(list(service.score())) == len(service.serving_features)


def test_explain_at_an_earlier_date(service) -> None:
    e = service.explain("12347", as_of="2011-09-10")
    assert str(e.as_of) == "2011-09-10"
    assert e.base_value + sum(c.contribution for c in e.contributions) == pytest.approx(
        e.raw_score, abs=1e-5)


def test_errors_a_marketer_can_read(service) -> None:
    with pytest.raises(AssistantError, match=re.escape("customer 99999 is not in the data")) \
            as err:
        service.explain("99999")
    assert err.value.code == "not_found"
    with pytest.raises(AssistantError, match="outside the data"):
        service.segment("12347", as_of="2013-01-01")
    late = service.serving_features[F.TENURE].idxmin()  # the newest customer
    # the day of their first purchase: nothing strictly before it
    first_day = service.serving_date - timedelta(
        days=int(service.serving_features.loc[late, F.TENURE]) + 1)
    with pytest.raises(AssistantError, match="has no purchases before"):
        service.segment(late, as_of=str(first_day))
    assert service.segment(12347.0).customer_id == "12347"


def test_load_rejects_missing_and_foreign_directories(customers_version: ModelVersion,
                                                      tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="not a registered model directory"):
        CustomerModelsService.load(tmp_path / "nowhere")
    broken = tmp_path / "broken"
    shutil.copytree(customers_version.path, broken)
    (broken / "segments.json").unlink()
    with pytest.raises(AssistantError, match="missing customer model files"):
        CustomerModelsService.load(broken)


def test_not_ready_when_nothing_is_trained(customers_settings: Settings, tmp_path: Path
                                           ) -> None:
    empty = make_settings(tmp_path)
    shutil.copytree(customers_settings.prepared_dir, empty.prepared_dir)
    shutil.copytree(customers_settings.synthetic_source.parent, empty.synthetic_source.parent)
    with pytest.raises(AssistantError, match="run assistant train customers") as err:
        load_champion_customers(empty)
    assert err.value.code == "not_ready"
    assert err.value.message == ("the engagement model has not been trained yet: run "
                                 "assistant train customers")
