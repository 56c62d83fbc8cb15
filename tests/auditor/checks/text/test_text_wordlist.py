"""The shipped broad word lists: common words in, web misspellings out."""

from __future__ import annotations

import gzip

from auditor.checks.text.build_wordlist import _neighbour_index, _shadowed
from auditor.resources import resource_path


def shipped(lang: str) -> frozenset[str]:
    """Return the words of a shipped broad list."""
    path = resource_path("dictionaries", f"{lang}_wordfreq.words.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(handle.read().split())


def test_italian_list_knows_business_words_and_leaves_out_misspellings():
    words = shipped("it")
    assert len(words) > 100_000
    assert {"dottoressa", "radiografie", "supplemento", "franchigia", "escursioni"} <= words
    assert not {"disaggio", "sucesso", "conoscienza", "aquistare", "propio"} & words


def test_english_list_keeps_only_common_words():
    words = shipped("en")
    assert {"tyres", "app", "colour", "appointment"} <= words
    assert not {"recieve", "untill", "seperate", "definately"} & words


def test_a_rare_word_next_to_a_far_more_frequent_one_is_shadowed():
    zipf = {"disagio": 4.4, "disaggio": 1.6, "radiografia": 3.2, "radiografie": 2.8, "nodo": 4.0}
    index = _neighbour_index(zipf, 3.5)
    assert _shadowed("disaggio", 1.6 + 2.0, index)
    assert not _shadowed("radiografie", 2.8 + 2.0, index)  # an inflection, close in frequency
    assert not _shadowed("disagio", 4.4 + 2.0, index)  # the frequent word itself
