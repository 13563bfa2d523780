"""Text normalisation shared by the lexicon modules: lower case, accents removed, tokens."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[.,;:!?()]")
BREAKS = frozenset(".,;:!?()")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents ("Décevant" -> "decevant"), keeping length."""
    lowered = text.lower().translate(_APOSTROPHES)
    if lowered.isascii():
        return lowered
    out = []
    for ch in lowered:
        if ord(ch) < 128:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        stripped = "".join(c for c in base if not unicodedata.combining(c))
        out.append(stripped[:1] if stripped else " ")
    return "".join(out)


def tokens(folded: str) -> list[str]:
    """Word and punctuation tokens of folded text; French elisions are split
    ("l'odeur" -> "l", "odeur"), English contractions kept ("didn't")."""
    out: list[str] = []
    for tok in _TOKEN.findall(folded):
        if "'" in tok:
            head, tail = tok.split("'", 1)
            if head in {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}:
                out.extend([head, tail])
                continue
        out.append(tok)
    return out


def word_set(spaced: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (keeps word lists readable)."""
    return frozenset(spaced.split())
