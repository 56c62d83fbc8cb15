"""Word lists: pyspellchecker's frequency lists plus our business supplements, loaded once."""

from __future__ import annotations

import gzip
import json
import logging
import time
from collections.abc import Callable, Mapping
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

from auditor.resources import resource_path

log = logging.getLogger(__name__)

STOPWORDS = {
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "i",
            "gli",
            "le",
            "di",
            "da",
            "in",
            "con",
            "su",
            "per",
            "tra",
            "fra",
            "e",
            "che",
            "non",
            "un",
            "una",
            "è",
            "sono",
            "del",
            "della",
            "dei",
            "delle",
            "al",
            "alla",
            "ai",
            "alle",
            "nel",
            "nella",
            "sul",
            "sulla",
            "ci",
            "si",
            "ne",
            "mi",
            "ti",
            "vi",
            "ma",
            "anche",
            "come",
            "più",
            "questo",
            "questa",
            "sua",
            "suo",
            "lei",
            "noi",
            "siamo",
            "abbiamo",
            "grazie",
            "gentile",
            "saluti",
            "cordiali",
            "buongiorno",
            "salve",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "of",
            "to",
            "in",
            "for",
            "on",
            "with",
            "and",
            "or",
            "but",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "have",
            "has",
            "had",
            "we",
            "you",
            "your",
            "our",
            "it",
            "this",
            "that",
            "these",
            "those",
            "will",
            "would",
            "can",
            "could",
            "please",
            "thank",
            "thanks",
            "dear",
            "regards",
            "kind",
            "best",
            "from",
            "at",
            "by",
            "as",
            "not",
        ]
    ),
}

# Elided forms that stand before an apostrophe in Italian ("dell'", "un'", "c'").
ELISIONS = frozenset(
    [
        "l",
        "dell",
        "all",
        "dall",
        "nell",
        "sull",
        "coll",
        "pell",
        "un",
        "d",
        "c",
        "m",
        "t",
        "s",
        "v",
        "n",
        "quest",
        "quell",
        "bell",
        "sant",
        "tutt",
        "dev",
        "mezz",
        "senz",
        "nessun",
        "alcun",
        "ciascun",
        "qualcun",
        "buon",
        "grand",
        "cos",
        "com",
        "dov",
        "quand",
        "anch",
        "tant",
    ]
)


def _load_frequency(lang: str) -> dict[str, int]:
    path = files("spellchecker").joinpath("resources", f"{lang}.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        data: dict[str, int] = json.load(handle)
    return data


def _word_file(path: Path) -> set[str]:
    """Return the lowercase words of one of our word lists (one a line, # starts a comment)."""
    lines = (line.split("#", 1)[0].strip().lower() for line in path.read_text("utf-8").splitlines())
    return {line for line in lines if line}


def _load_extra(lang: str) -> set[str]:
    words: set[str] = set()
    for path in sorted(resource_path("dictionaries").glob(f"{lang}_*.txt")):
        words |= _word_file(path)
    return words


class Lexicon:
    """The known words of one language, with frequencies for ranking suggestions."""

    def __init__(self, lang: str) -> None:
        started = time.perf_counter()
        self.lang = lang
        self.frequency = _load_frequency(lang)
        self.extra = _load_extra(lang)
        self.load_ms = (time.perf_counter() - started) * 1000
        log.debug(
            "%s lexicon: %d + %d words in %.0f ms",
            lang,
            len(self.frequency),
            len(self.extra),
            self.load_ms,
        )

    @cached_property
    def broad(self) -> frozenset[str]:
        """Return wordfreq's common words (see build_wordlist), loaded on first need."""
        path = resource_path("dictionaries", f"{self.lang}_wordfreq.words.gz")
        if not path.is_file():
            log.warning("broad word list %s missing: more false alarms expected", path)
            return frozenset()
        started = time.perf_counter()
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            words = frozenset(handle.read().split())
        log.debug(
            "%s broad list: %d words in %.0f ms",
            self.lang,
            len(words),
            (time.perf_counter() - started) * 1000,
        )
        return words

    @cached_property
    def software(self) -> frozenset[str]:
        """Return the software and device words of our supplement (backend, fullscreen)."""
        path = resource_path("dictionaries", f"{self.lang}_software.txt")
        return frozenset(_word_file(path)) if path.is_file() else frozenset()

    def known(self, word: str) -> bool:
        """Return True when the lowercase word is in the list or our supplement."""
        return word in self.frequency or word in self.extra

    def freq(self, word: str) -> int:
        """Return the word's frequency (supplement words count as common)."""
        return self.frequency.get(word, 0) or (1000 if word in self.extra else 0)


@cache
def lexicon(lang: str) -> Lexicon:
    """Return the lexicon of a language, loaded on first use and kept."""
    return Lexicon(lang)


def detect_language(
    words: list[str], knows: Mapping[str, Callable[[str], bool]] | None = None
) -> str:
    """Return "it" or "en" by counting stopwords (Italian on a tie: the desk's usual language).

    A heading or a button's words often hold no stopword, or as many of each ("Book now",
    "Breakfast included", "Prenota ora"): on a tie, `knows` (each language's dictionary, asked
    only then) counts the words only one language has.
    """
    # "a" is the English article and the Italian preposition ("A presto"): it tells neither
    words = [w for w in words if w != "a"]
    it = sum(1 for w in words if w in STOPWORDS["it"])
    en = sum(1 for w in words if w in STOPWORDS["en"])
    if it == en and knows is not None:
        it = sum(1 for w in words if knows["it"](w) and not knows["en"](w))
        en = sum(1 for w in words if knows["en"](w) and not knows["it"](w))
    return "en" if en > it else "it"
