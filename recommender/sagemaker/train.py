"""SageMaker training entry point for the recommender.

Reads the transactions file from the training channel (``SM_CHANNEL_TRAINING``, default
``/opt/ml/input/data/training``: the first .csv, .csv.gz or .xlsx in it), trains and evaluates
exactly like ``assistant train recommender`` in a scratch artifact directory, and copies the
registered version (model files, metadata, evaluation report) into ``SM_MODEL_DIR`` (default
``/opt/ml/model``), which ``recommender.sagemaker.inference.model_fn`` loads.

Run locally: ``python -m recommender.sagemaker.train --train DIR --model-dir DIR``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.registry import ModelVersion
from recommender.training import train_recommender

SUFFIXES = (".csv", ".csv.gz", ".xlsx")


def find_source(channel: Path) -> Path:
    """The transactions file in a training channel directory."""
    if channel.is_file():
        return channel
    files = sorted(p for p in channel.glob("*") if p.name.endswith(SUFFIXES))
    if not files:
        raise AssistantError(f"no .csv, .csv.gz or .xlsx file in the training channel {channel}",
                             code="not_found")
    return files[0]


def run(channel: Path, model_dir: Path, *, until: str | None = None) -> ModelVersion:
    """Train on the channel's file and write the model directory."""
    source = find_source(channel)
    with tempfile.TemporaryDirectory(prefix="recommender-train-") as scratch:
        settings = Settings(data=source, artifacts=Path(scratch))
        version = train_recommender(settings, until=until, show_progress=False)
        model_dir.mkdir(parents=True, exist_ok=True)
        for path in version.path.iterdir():
            shutil.copy2(path, model_dir / path.name)
    return version


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point (SageMaker passes hyperparameters as options)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAINING",
                                                          "/opt/ml/input/data/training"))
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
    parser.add_argument("--until", default=None, help="Evaluation cutoff (YYYY-MM-DD).")
    args = parser.parse_args(argv)
    version = run(Path(args.train), Path(args.model_dir), until=args.until)
    print(f"trained {version.version}: ndcg@10 {version.score:.4f} -> {args.model_dir}")


if __name__ == "__main__":
    main()
