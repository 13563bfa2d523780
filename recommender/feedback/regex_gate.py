"""A fast pre-check for large keyword regexes: the word-start prefixes a pattern can begin with.

Scanning a few hundred alternatives over every text is slow; most texts contain none of the
words. :class:`PrefixGate` derives, from the regexes themselves (``re._parser``), every
literal prefix (up to 3 characters) a match can start with, and tells whether a text has a
word starting with one of them. When a pattern's start cannot be known (``\\w``, ``.``), the
gate stays open for every text, so it never hides a match.
"""

from __future__ import annotations

import re
import re._constants as C  # noqa: N812
import re._parser as P  # noqa: N812
from collections.abc import Iterable
from typing import Any

_WORD_START = re.compile(r"\b\w")
_SKIP = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _starts(items: list[Any], k: int) -> set[str] | None:
    """Every string of up to ``k`` characters a match of ``items`` can begin with."""
    split = _split_starts(items, k)
    return None if split is None else split[0] | split[1]


def _split_starts(items: list[Any], k: int) -> tuple[set[str], set[str]] | None:
    """(prefixes after which nothing more is known, prefixes after which ``items`` ended and
    whatever follows them continues the match), or None when no start is known."""
    out: set[str] = set()
    partial = {""}
    for op, av in items:
        if op in _SKIP:
            continue
        heads = _element(op, av, k)
        if heads is None:  # "solt\w*": what follows "solt" is unknown, so "solt" ends here
            return None if not any(partial) else (out | partial, set())
        nxt = set()
        for p in partial:
            for h, complete in heads:
                s = (p + h)[:k]
                if len(s) == k or not complete:
                    out.add(s)
                else:
                    nxt.add(s)
        partial = nxt
        if not partial:
            return out, set()
    return out, partial


def _element(op: Any, av: Any, k: int) -> list[tuple[str, bool]] | None:
    """(text, may continue) pairs for one element, or None when unknown."""
    if op == C.LITERAL:
        return [(chr(av), True)]
    if op == C.IN:
        chars = []
        for sub_op, sub_av in av:
            if sub_op == C.LITERAL:
                chars.append(chr(sub_av))
            elif sub_op == C.RANGE and sub_av[1] - sub_av[0] < 30:
                chars.extend(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
            else:
                return None
        return [(c, True) for c in chars]
    if op == C.SUBPATTERN:
        return _sub(av[-1], k)
    if op == C.BRANCH:
        heads: list[tuple[str, bool]] = []
        for branch in av[1]:
            sub = _sub(branch, k)
            if sub is None:
                return None
            heads.extend(sub)
        return heads
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _high, body = av
        sub = _sub(body, k)
        if sub is None:
            return None
        return sub + ([("", True)] if low == 0 else [])
    return None


def _sub(items: Any, k: int) -> list[tuple[str, bool]] | None:
    split = _split_starts(list(items), k)
    if split is None:
        return None
    ended, continuing = split
    return [(s, False) for s in ended] + [(s, len(s) < k) for s in continuing]


class PrefixGate:
    """Tells cheaply whether a text may match any of the given patterns."""

    def __init__(self, patterns: Iterable[str], k: int = 3) -> None:
        prefixes: set[str] = set()
        self.open_always = False
        for pattern in patterns:
            starts = _starts(list(P.parse(pattern)), k)
            if starts is None or "" in starts:
                self.open_always = True
                break
            prefixes |= starts
        self.k = k
        self.by_length = {n: {p for p in prefixes if len(p) == n} for n in range(1, k + 1)}

    def may_match(self, text: str) -> bool:
        """False only when no word of ``text`` starts like a pattern can."""
        if self.open_always:
            return True
        for match in _WORD_START.finditer(text):
            i = match.start()
            for n, group in self.by_length.items():
                if group and text[i:i + n] in group:
                    return True
        return False

    def may_match_starts(self, starts: dict[int, set[str]]) -> bool:
        """:meth:`may_match` over :func:`word_starts` of a text (computed once for many
        gates)."""
        if self.open_always:
            return True
        return any(group and not group.isdisjoint(starts.get(n, ()))
                   for n, group in self.by_length.items())


def word_starts(text: str, k: int) -> dict[int, set[str]]:
    """The first 1..``k`` characters of every word of ``text``, by length."""
    positions = [m.start() for m in _WORD_START.finditer(text)]
    return {n: {text[i:i + n] for i in positions} for n in range(1, k + 1)}
