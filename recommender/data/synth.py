"""Synthetic transactions in the UCI Online Retail schema, with planted structure.

What is planted (and measurable by the tests):

* **product families** with descriptive names, one per category of
  :mod:`recommender.data.categories`, and "bought together" partners inside a family;
* **taste groups**: each customer draws most lines from 1-3 favourite families;
* **seasonality**: Christmas products sell from September to December, volume peaks in November;
* **repeat purchases**: customers re-buy products they bought before;
* **churners**: about a third of customers stop buying at a random date;
* **several countries** (UK-heavy, with France, Spain, Germany and others), and the noise the
  cleaning rules exist for (cancellations, guest lines without a customer, postage, zero prices).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from recommender.data import columns as col
from recommender.data.categories import categorize

START = pd.Timestamp("2010-12-01 08:00")
END = pd.Timestamp("2011-12-09 18:00")
ALWAYS_PRESENT_IDS = (12347, 12583, 17850)  # ids the docs and evals use

COUNTRIES = {
    "United Kingdom": 0.70, "France": 0.08, "Germany": 0.06, "Spain": 0.05, "EIRE": 0.03,
    "Netherlands": 0.025, "Belgium": 0.025, "Portugal": 0.015, "Switzerland": 0.01,
    "Italy": 0.01,
}

_MODIFIERS = ["RED RETROSPOT", "PINK POLKADOT", "BLUE PAISLEY", "GREEN REGENCY", "IVORY",
              "ANTIQUE SILVER", "WHITE WICKER", "JUMBO", "SCANDINAVIAN", "ENGLISH ROSE",
              "WOODLAND", "DOLLY GIRL", "SPOTTY", "STRIPED", "ZINC", "ENAMEL", "CERAMIC",
              "PAISLEY PARK", "SWEET PEA", "ROUND", "MINI", "REGENCY"]
FAMILIES: dict[str, list[str]] = {
    "Christmas": ["CHRISTMAS BAUBLE", "CHRISTMAS STOCKING", "ADVENT CALENDAR", "XMAS WREATH",
                  "SANTA FIGURE", "REINDEER DECORATION"],
    "Candles & Lights": ["T-LIGHT HOLDER", "LANTERN", "SCENTED CANDLE", "NIGHT LIGHT",
                         "STRING LIGHTS"],
    "Bags & Storage": ["JUMBO BAG", "STORAGE BOX", "SHOPPER BAG", "WICKER BASKET",
                       "TRINKET BOX"],
    "Kitchen & Dining": ["MUG", "CAKE CASES", "LUNCH BOX", "TEA CUP AND SAUCER", "JAM JAR",
                         "BAKING SET", "CAKE STAND"],
    "Stationery & Cards": ["GREETING CARD", "WRAPPING PAPER", "NOTEBOOK", "PENCIL SET",
                           "STICKER SHEET"],
    "Toys & Games": ["SPACEBOY TOY", "JIGSAW PUZZLE", "SKITTLES GAME", "RAG DOLL",
                     "WOODEN BLOCKS"],
    "Party & Gifts": ["PARTY BUNTING", "PARTY BALLOONS", "PARTY CONFETTI", "BIRTHDAY GARLAND"],
    "Garden & Outdoor": ["GARDEN MARKER", "WATERING CAN", "BIRD FEEDER", "FLOWER POT",
                         "PICNIC SET"],
    "Jewellery & Accessories": ["NECKLACE", "CHARM BRACELET", "HAIR CLIPS", "PURSE",
                                "UMBRELLA"],
    "Home Decor": ["PHOTO FRAME", "WALL CLOCK", "DOORMAT", "CUSHION COVER", "HANGING HEART",
                   "METAL SIGN"],
}
FAMILY_NAMES = list(FAMILIES)
# Taste groups: weights over families (index into FAMILY_NAMES).
TASTE_GROUPS = {
    "home makers": {"Home Decor": 5, "Candles & Lights": 4, "Kitchen & Dining": 2},
    "bakers": {"Kitchen & Dining": 6, "Party & Gifts": 2, "Bags & Storage": 1},
    "parents": {"Toys & Games": 5, "Party & Gifts": 3, "Stationery & Cards": 2},
    "gardeners": {"Garden & Outdoor": 6, "Home Decor": 1, "Bags & Storage": 2},
    "gift shops": {"Jewellery & Accessories": 4, "Stationery & Cards": 3, "Party & Gifts": 2},
    "organisers": {"Bags & Storage": 5, "Stationery & Cards": 2, "Kitchen & Dining": 2},
}
MONTH_FACTOR = {1: 0.7, 2: 0.7, 3: 0.85, 4: 0.85, 5: 0.9, 6: 0.9, 7: 0.9, 8: 0.95,
                9: 1.15, 10: 1.3, 11: 1.6, 12: 1.2}


@dataclass(frozen=True)
class SyntheticTruth:
    """The planted structure behind a synthetic data set (for tests and docs)."""

    taste_group: dict[int, str]  # customer id -> taste group
    churn_date: dict[int, pd.Timestamp | None]  # customer id -> date they stop, or None
    partners: dict[str, list[str]]  # stock code -> codes bought together with it
    family: dict[str, str]  # stock code -> family (== derived category)


def _catalogue(rng: np.random.Generator) -> pd.DataFrame:
    rows = []
    code = 20000
    for fam_idx, (family, nouns) in enumerate(FAMILIES.items()):
        base_price = [2.5, 1.8, 1.6, 1.4, 0.7, 2.2, 0.9, 2.0, 1.9, 3.2][fam_idx]
        for noun in nouns:
            for modifier in rng.choice(_MODIFIERS, size=5, replace=False):
                code += int(rng.integers(3, 40))
                name = f"{modifier} {noun}"
                suffix = "" if rng.random() < 0.8 else str(rng.choice(list("ABCDEFGL")))
                rows.append({
                    "stock_code": f"{code}{suffix}", "description": name, "family": family,
                    "price": round(float(base_price * rng.lognormal(0, 0.45)), 2),
                    "pack": int(rng.choice([1, 2, 4, 6, 12, 24], p=[.3, .15, .15, .15, .15, .1])),
                })
    items = pd.DataFrame(rows)
    assert (items["description"].map(categorize) == items["family"]).all()
    items["popularity"] = 0.0
    for _family, idx in items.groupby("family").groups.items():
        ranks = rng.permutation(len(idx)) + 1
        items.loc[idx, "popularity"] = 1.0 / ranks**0.9
    return items


def synthesize(n_customers: int = 1200, seed: int = 7) -> tuple[pd.DataFrame, SyntheticTruth]:
    """Synthetic raw transactions (UCI columns, chronological) and the planted truth."""
    if n_customers < 10:
        raise ValueError("n_customers must be at least 10")
    rng = np.random.default_rng(seed)
    items = _catalogue(rng)
    codes = items["stock_code"].to_numpy()
    fam_of = items["family"].to_numpy()
    fam_index = {f: np.flatnonzero(fam_of == f) for f in FAMILY_NAMES}
    partners = {}
    for _f, idx in fam_index.items():
        for i in idx:
            partners[i] = rng.choice(idx[idx != i], size=2, replace=False)

    pool = np.setdiff1d(np.arange(12346, 18288), ALWAYS_PRESENT_IDS)
    extra = rng.choice(pool, size=n_customers - len(ALWAYS_PRESENT_IDS), replace=False)
    ids = np.sort(np.concatenate([ALWAYS_PRESENT_IDS, extra]))
    country_names = list(COUNTRIES)
    country_p = np.array(list(COUNTRIES.values()))
    country_p /= country_p.sum()
    group_names = list(TASTE_GROUPS)
    span_days = (END - START).days

    lines: list[tuple] = []
    invoice_no = 536365
    taste_of: dict[int, str] = {}
    churn_of: dict[int, pd.Timestamp | None] = {}
    for cid in ids:
        cid = int(cid)
        country = country_names[rng.choice(len(country_names), p=country_p)]
        group = group_names[rng.integers(len(group_names))]
        taste_of[cid] = group
        weights = np.full(len(FAMILY_NAMES), 0.15)
        for fam, w in TASTE_GROUPS[group].items():
            weights[FAMILY_NAMES.index(fam)] = w
        weights *= rng.lognormal(0, 0.3, size=len(weights))
        # activity: mean gap between orders, join date, churn date
        mean_gap = float(rng.choice([12, 25, 45, 90, 200], p=[.12, .23, .3, .2, .15]))
        join = START + pd.Timedelta(days=float(rng.uniform(0, span_days * 0.85) ** 1.0
                                               * rng.uniform(0.3, 1.0)))
        churn = None
        if rng.random() < 0.35:
            churn = join + pd.Timedelta(days=float(rng.uniform(20, span_days)))
            churn = churn if churn < END else None
        churn_of[cid] = churn
        stop = min(END, churn) if churn is not None else END
        history: list[int] = []
        t = join
        while t < stop:
            factor = MONTH_FACTOR[t.month]
            if rng.random() < min(1.0, factor / 1.6) or not history:
                invoice_no += 1
                lines.extend(_basket(rng, t, cid, country, invoice_no, weights, history,
                                     fam_index, partners, items))
            t += pd.Timedelta(days=float(rng.exponential(mean_gap / 1.3)) + 0.5)
    frame = pd.DataFrame(lines, columns=["inv", "item", "qty", "date", "cid", "country"])
    frame = _add_noise(rng, frame, items)
    frame = frame.sort_values(["date", "inv"], kind="stable").reset_index(drop=True)
    raw = pd.DataFrame({
        col.INVOICE_NO: frame["inv"].astype(str),
        col.STOCK_CODE: [codes[i] if i >= 0 else _NOISE_CODES[-i - 1] for i in frame["item"]],
        col.DESCRIPTION: [items["description"].iat[i] if i >= 0 else _NOISE_DESC[-i - 1]
                          for i in frame["item"]],
        col.QUANTITY: frame["qty"].astype(int),
        col.INVOICE_DATE: frame["date"].dt.floor("min"),
        col.UNIT_PRICE: frame["price"].round(2),
        col.CUSTOMER_ID: frame["cid"].astype("Int64"),
        col.COUNTRY: frame["country"],
    })
    truth = SyntheticTruth(
        taste_group=taste_of, churn_date=churn_of,
        partners={codes[i]: [codes[j] for j in p] for i, p in partners.items()},
        family=dict(zip(codes, fam_of, strict=True)),
    )
    return raw, truth


def _basket(rng, t, cid, country, invoice, weights, history, fam_index, partners, items):
    out = []
    month = t.month
    w = weights.copy()
    xmas = FAMILY_NAMES.index("Christmas")
    w[xmas] *= 4.0 if month in (9, 10, 11, 12) else 0.05
    p = w / w.sum()
    when = t.normalize() + pd.Timedelta(hours=float(rng.uniform(8, 18)))
    chosen: list[int] = []
    for _ in range(1 + rng.poisson(6)):
        if history and rng.random() < 0.3:
            item = int(rng.choice(history))
        else:
            fam = FAMILY_NAMES[rng.choice(len(FAMILY_NAMES), p=p)]
            idx = fam_index[fam]
            pop = items["popularity"].to_numpy()[idx]
            item = int(rng.choice(idx, p=pop / pop.sum()))
        chosen.append(item)
        for partner in partners[item]:
            if rng.random() < 0.35:
                chosen.append(int(partner))
    for item in dict.fromkeys(chosen):
        pack = int(items["pack"].iat[item])
        qty = pack * int(rng.geometric(0.6))
        out.append((invoice, item, qty, when, cid, country))
        history.append(item)
    return out


_NOISE_CODES = ["POST", "M", "DOT"]
_NOISE_DESC = ["POSTAGE", "Manual", "DOTCOM POSTAGE"]


def _add_noise(rng: np.random.Generator, frame: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    prices = items["price"].to_numpy()
    frame["price"] = prices[frame["item"].to_numpy()]
    frame["inv"] = frame["inv"].astype(str)
    frame["cid"] = frame["cid"].astype("float")
    n = len(frame)
    # guest checkouts: lines without a customer id
    guests = rng.random(n) < 0.01
    frame.loc[guests, "cid"] = np.nan
    # zero-price lines (free samples)
    frame.loc[rng.random(n) < 0.001, "price"] = 0.0
    # cancellations of earlier lines
    cancel = frame.sample(frac=0.02, random_state=int(rng.integers(1 << 31))).copy()
    cancel["inv"] = "C" + cancel["inv"]
    cancel["qty"] = -cancel["qty"]
    cancel["date"] = cancel["date"] + pd.Timedelta(days=2)
    # postage and manual lines on some invoices
    post = frame.drop_duplicates("inv").sample(frac=0.05, random_state=int(rng.integers(1 << 31)))
    post = post.copy()
    post["item"] = -1 - rng.integers(0, len(_NOISE_CODES), size=len(post))
    post["qty"] = 1
    post["price"] = np.round(rng.uniform(1, 40, size=len(post)), 2)
    frame = pd.concat([frame, cancel[cancel["date"] <= END], post], ignore_index=True)
    return frame


def write_synthetic(path: Path, n_customers: int = 1200, seed: int = 7) -> int:
    """Write synthetic transactions as (gzip) CSV in the UCI schema; return the row count."""
    raw, _ = synthesize(n_customers, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = raw.copy()
    out[col.INVOICE_DATE] = out[col.INVOICE_DATE].dt.strftime("%Y-%m-%dT%H:%M:%S")
    out.to_csv(path, index=False, compression="gzip" if path.suffix == ".gz" else None)
    return len(out)
