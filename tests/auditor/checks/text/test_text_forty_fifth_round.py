"""What the thirty-sixth round changed, read in the forty-fourth and forty-fifth sets (Nethesis's
and Zextras's strings) after their single measurement, and in every set before them: a sentence
that opens on a name of two words. A capitalised opener followed, one space on, by a capitalised
word no dictionary of either language has ("Abu Dhabi", "Bruce Schneier", "Lecha Dodi") heads
that name and is not spelt, unless a word people write often is one slip from it ("Thhe
Wesnoth", "Ver Artis": very, vero) and no dictionary knows it as a name; an opener before a
dictionary's word, or inside a heading in Title Case, is spelt as before.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Abu Dhabi, Mascate", "it"),
        ("Abu Dhabi, Muscat", "en"),
        ("Lecha Dodi è un canto dello Shabbat.", "it"),
        ("Pachad Itzchaq è il nome del melograno d'argento.", "it"),
        ("Helio Chissini de Castro wrote the first version.", "en"),
        ("Deutsche Boerse publishes the rates.", "en"),
    ],
)
def test_a_sentence_opening_on_a_name_of_two_words_is_left_alone(text: str, lang: str) -> None:
    assert flagged(text, lang) == []


def test_a_given_name_the_english_dictionary_has_opens_a_name_in_italian_text() -> None:
    need_hunspell("it", "en")
    # "Ian" is one slip from "in", but the English dictionary knows it as a name, only capitalised
    assert flagged("Ian Reinhart ha scritto la prima versione.", "it") == []
    assert flagged("Bruce Schneier ha scritto il libro.", "it") == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # a word people write often one slip away: a slip before a name, not a name
        ("Thhe Wesnoth team thanks you.", "en", "Thhe"),
        ("Ver Artis designs the catalogue.", "en", "Ver"),
        ("Presentazionne Aziendale in allegato.", "it", "Presentazionne"),
        # Casagrande is no casa + grande for this rule (the dictionary's own words, not the
        # compounds the engine accepts besides), yet "Milo" is one slip from "mio"
        ("Milo Casagrande <milo@example.com>, 2011", "it", "Milo"),
    ],
)
def test_an_opener_one_slip_from_a_common_word_is_spelt_before_a_name(
    text: str, lang: str, word: str
) -> None:
    need_hunspell(lang)
    assert word in flagged(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # before a dictionary's word the opener is spelt as before
        ("Gentlie Cliente, grazie per la visita.", "it", "Gentlie"),
        ("Grazei Giuseppe per la visita.", "it", "Grazei"),
        ("Thnak You for your order.", "en", "Thnak"),
        # alone, or before a lowercase word: a name only if nothing is close, as before
        ("Milo ha scritto.", "it", "Milo"),
        # two words set apart by a comma are no name of two words
        ("Gentlie, Dhabi è lontana.", "it", "Gentlie"),
    ],
)
def test_an_opener_not_heading_a_name_of_two_words_is_still_spelt(
    text: str, lang: str, word: str
) -> None:
    assert word in flagged(text, lang)


def test_a_heading_in_title_case_is_still_spelt_word_by_word() -> None:
    need_hunspell("en")
    assert "Downlaod" in flagged("Click Here To Downlaod Our Brochure", "en")
