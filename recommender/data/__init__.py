"""Source data: reading and cleaning the UCI file, the synthetic generator, prepared tables."""

from recommender.data.prepare import PrepareSummary, prepare
from recommender.data.store import PreparedData, ensure_prepared, load_tables, source_path
from recommender.data.synth import synthesize, write_synthetic

__all__ = ["PrepareSummary", "PreparedData", "ensure_prepared", "load_tables", "prepare",
           "source_path", "synthesize", "write_synthetic"]
