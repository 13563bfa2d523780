"""PNG plots for the model card: the segments and the engagement model's calibration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from recommender.customers import features as F

SEGMENTS_PNG = "segments.png"
CALIBRATION_PNG = "calibration.png"


def _figure(width: float, height: float) -> tuple[Any, Any]:
    """A figure drawn with the Agg canvas (no pyplot, no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=110)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def plot_segments(features: pd.DataFrame, names: list[str], path: Path) -> Path:
    """Recency against spend (log axes), one colour per segment, sizes in the legend."""
    fig, ax = _figure(7.5, 5.0)
    labels = pd.Series(names, index=features.index)
    from recommender.customers.playbook import NAMES

    for name in sorted(set(names), key=lambda n: NAMES.index(n) if n in NAMES else len(NAMES)):
        members = features[labels == name]
        ax.scatter(members[F.RECENCY] + 1, members[F.MONETARY].clip(lower=1), s=7, alpha=0.5,
                   label=f"{name} ({len(members):,})")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("days since the last order (+1, log scale)")
    ax.set_ylabel("total spend in GBP (log scale)")
    ax.set_title("Customer segments")
    ax.legend(loc="lower left", fontsize=8, markerscale=2)
    fig.tight_layout()
    fig.savefig(path)
    return path


def calibration_table(y_true: np.ndarray, prob: np.ndarray, bins: int = 10) -> list[dict]:
    """Per probability bin: mean predicted, observed rate and count (empty bins left out)."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(prob, edges[1:-1]), 0, bins - 1)
    out = []
    for b in range(bins):
        mask = idx == b
        if mask.any():
            out.append({"bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}",
                        "predicted": round(float(prob[mask].mean()), 4),
                        "observed": round(float(y_true[mask].mean()), 4),
                        "count": int(mask.sum())})
    return out


def plot_calibration(y_true: np.ndarray, prob: np.ndarray, path: Path, title: str) -> Path:
    """Reliability diagram: observed rate of buying again per predicted-probability bin."""
    table = calibration_table(np.asarray(y_true, float), np.asarray(prob, float))
    fig, ax = _figure(5.5, 5.0)
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    ax.plot([r["predicted"] for r in table], [r["observed"] for r in table], marker="o",
            label="engagement model")
    for r in table:
        ax.annotate(str(r["count"]), (r["predicted"], r["observed"]), fontsize=7,
                    textcoords="offset points", xytext=(4, -10))
    ax.set_xlabel("predicted probability of buying again within 90 days")
    ax.set_ylabel("observed share who bought again")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    return path
