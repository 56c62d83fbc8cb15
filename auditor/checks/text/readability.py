"""Readability: Gulpease for Italian, Flesch reading ease for English."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def english_syllables(word: str) -> int:
    """Return an estimate of a word's syllables (vowel groups, a silent final e dropped)."""
    w = word.lower()
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


def gulpease(words: list[str], sentences: int) -> float | None:
    """Return the Gulpease index, 89 + (300 sentences - 10 letters) / words (higher is easier)."""
    if not words:
        return None
    letters = sum(sum(c.isalpha() for c in w) for w in words)
    # The index is read on a 0-100 scale; a very short text of short words would run past 100.
    return min(100.0, max(0.0, 89 + (300 * max(sentences, 1) - 10 * letters) / len(words)))


def flesch(words: list[str], sentences: int) -> float | None:
    """Return Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    if not words:
        return None
    syllables = sum(english_syllables(w) for w in words)
    return 206.835 - 1.015 * len(words) / max(sentences, 1) - 84.6 * syllables / len(words)


def readability(words: list[str], sentences: int, lang: str) -> tuple[float | None, str]:
    """Return the readability figure of the language (rounded) and the index's name."""
    if lang == "it":
        value, name = gulpease(words, sentences), "gulpease"
    else:
        value, name = flesch(words, sentences), "flesch_reading_ease"
    return (round(value, 1) if value is not None else None), name
