"""Which correction fits between its neighbours: English word-pair counts rank suggestions.

A slip on a short word leaves several dictionary words one or two slips away ("ee": see, we,
been), and no ranking by edit cost and frequency alone can tell which one the writer meant;
the words around it can ("has ee banned": been). The counts are SymSpell's English bigram
dictionary (243,342 pairs, each seen at least 6.4 million times in Google Books Ngrams,
intersected with SCOWL), read from the installed `symspellpy` package, whose MIT licence
covers the file; Google's Ngram data may be used for any purpose. Only the data file is
used: the ranking is ours (suggest.py, engine.py).

The bonus is the pointwise mutual information of the pair, how much more often the two words
meet than chance would have them, counted only when positive: a candidate that merely is
common earns nothing here (its frequency already counts in suggest.scored), and a pair the
table does not hold earns nothing either (the table keeps only frequent pairs, so its
absence says little). Italian has no such table: its suggestions rank as before.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

import numpy as np

log = logging.getLogger(__name__)

_PACKAGE = "symspellpy"
_FILES = {"en": ("frequency_dictionary_en_82_765.txt", "frequency_bigramdictionary_en_243_342.txt")}


class Pairs:
    """The affinity of the word pairs of one language, kept as two numpy arrays (a dict of
    243,000 string pairs would hold about 40 MB; these hold 3)."""

    def __init__(self, words: dict[str, int], pairs: Iterable[tuple[str, str, int]]) -> None:
        total = sum(words.values())
        self.ids: dict[str, int] = {}
        keys, values = [], []
        for left, right, n in pairs:
            a, b = words.get(left), words.get(right)
            if not a or not b:
                continue
            pmi = math.log10(n * total / (a * b))
            if pmi > 0:
                ids = self.ids
                keys.append(ids.setdefault(left, len(ids)) << 32 | ids.setdefault(right, len(ids)))
                values.append(pmi)
        unsorted = np.array(keys, dtype=np.int64)
        order = np.argsort(unsorted)
        self.keys = unsorted[order]
        self.values = np.array(values, dtype=np.float32)[order]

    def affinity(self, left: str, word: str) -> float:
        """Return log10 of how much likelier `left word` is than chance, 0 when not likelier
        or when the table does not know the pair."""
        a, b = self.ids.get(left), self.ids.get(word)
        if a is None or b is None:
            return 0.0
        key = a << 32 | b
        i = int(np.searchsorted(self.keys, key))
        return float(self.values[i]) if i < len(self.keys) and self.keys[i] == key else 0.0

    def fit(self, left: str, word: str, right: str) -> float:
        """Return the word's affinity with the words before and after it (either may be "")."""
        return (self.affinity(left, word) if left else 0.0) + (
            self.affinity(word, right) if right else 0.0
        )


def _rows(name: str) -> Iterator[list[str]]:
    with (resources.files(_PACKAGE) / name).open(encoding="utf-8") as f:
        for line in f:
            yield line.split()


@cache
def pairs(lang: str) -> Pairs | None:
    """Return the language's pair counts, read once; None where there are none."""
    names = _FILES.get(lang)
    if names is None:
        return None
    try:
        words = {w: int(n) for w, n in _rows(names[0])}
        return Pairs(words, ((a, b, int(n)) for a, b, n in _rows(names[1])))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        log.info("no word-pair counts for %s (%s): suggestions ranked without context", lang, exc)
        return None
