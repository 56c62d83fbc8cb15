"""A name written in lower case ("milano", "london") is a detail a client's e-mail should not
show: the check offers the name with its capital first, and says so in the text's language (as
every text finding does). A slip that happens to be a rare name ("tirolo" for "titolo") keeps its
real correction first."""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell


def _finding(text: str, lang: str, word: str):
    found = [f for f in check_text(text, lang=lang).findings if f.excerpt == word]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "word", "message"),
    [
        (
            "Ci vediamo a milano il 3 marzo.",
            "it",
            "milano",
            "“milano”: il nome si scrive “Milano”.",
        ),
        ("Spediamo in tutta italia.", "it", "italia", "“italia”: il nome si scrive “Italia”."),
        ("Our shop in london opens.", "en", "london", "“london”: the name is written “London”."),
        ("Follow us on facebook.", "en", "facebook", "“facebook”: the name is written “Facebook”."),
    ],
)
def test_a_name_in_lower_case_gets_its_capital_first(text, lang, word, message):
    need_hunspell(lang)
    finding = _finding(text, lang, word)
    assert finding.rule == "spelling"
    assert finding.suggestions[0] == word.capitalize()
    assert finding.message == message


def test_a_slip_of_a_far_commoner_word_keeps_its_correction_first():
    need_hunspell("en")
    finding = _finding("The door was locke.", "en", "locke")
    assert finding.suggestions == ("locked", "locker", "Locke")
    assert finding.message == "“locke” is not in the dictionary: a typo?"


def test_a_slip_that_is_a_rare_name_keeps_its_correction_before_the_name():
    need_hunspell("it")
    finding = _finding("Modifica il tirolo del documento.", "it", "tirolo")
    assert finding.suggestions.index("titolo") < finding.suggestions.index("Tirolo")
    assert finding.message == "“tirolo” non è nel dizionario: un refuso?"


def test_a_city_near_a_rarer_verb_form_is_still_the_city():
    need_hunspell("it")
    assert _finding("Il negozio di torino.", "it", "torino").suggestions[0] == "Torino"


def test_a_name_written_both_ways_in_one_text_is_flagged_where_it_is_lower_case():
    need_hunspell("it")
    text = "Il nostro negozio di Milano è aperto. Ci trovi a milano in via Roma."
    finding = _finding(text, "it", "milano")
    assert finding.suggestions[0] == "Milano"


def test_the_name_inside_an_address_or_a_file_name_is_left_alone():
    need_hunspell("it")
    text = "Scrivi a milano-store@example.com o passa dal negozio di Milano."
    assert [f.excerpt for f in check_text(text, lang="it").findings] == []
