"""Every engagement-model input reads as plain words in an explanation, never a raw label."""

from __future__ import annotations

import pandas as pd

from recommender.customers import features as F
from recommender.customers.engagement import INPUTS
from recommender.customers.explain import phrase


def test_every_model_input_has_a_plain_phrase() -> None:
    values: dict[str, object] = {f: 0.25 for f in INPUTS}
    values[F.COUNTRY] = "France"
    values[F.FREQUENCY] = 3
    values[F.ORDER_HOUR] = 14.6
    row = pd.Series(values, dtype=object)
    sentences = {f: phrase(f, row) for f in INPUTS}
    raw_fallbacks = {f: s for f, s in sentences.items() if " of 0.25" in s}
    assert raw_fallbacks == {}
    assert sentences[F.ORDER_HOUR] == "usually ordering around 14:00"
    assert sentences[F.WEEKEND_SHARE] == "placing 25% of orders at the weekend"
    assert sentences[F.COUNTRY] == "being based in France"
