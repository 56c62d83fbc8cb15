"""How real English misspellings are corrected: the shapes a writer's errors take, not a typist's.

A typist's slip is one wrong key; a writer who does not know a word leaves out a syllable
(complaing), applies a rule of thumb (citys), swaps letters across another (aminal) or spells
by ear (skedule). Each test writes such a sentence and asserts on what the auditor shows: the
word flagged and the corrections in the order offered. Plain typing slips keep their order.
"""

from __future__ import annotations

import math

import pytest

from auditor.checks.text import check_text
from auditor.checks.text.suggest import (
    cost,
    far_swaps,
    missing_letters,
    shape_cost,
    shape_index,
    y_form,
)
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import SPELLING


def offered(text: str, word: str, lang: str = "en") -> tuple[str, ...]:
    """Return the corrections offered for `word` in the text; fail when it is not flagged."""
    for f in check_text(text, lang=lang).findings:
        if f.rule in SPELLING and f.excerpt == word:
            return f.suggestions
    raise AssertionError(f"{word!r} was not flagged in {text!r}")


# --- a consonant's -y plural or past spelt by rule of thumb ------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("Both citys have an office near the station.", "citys", "cities"),
        ("The studys were sent to the client last week.", "studys", "studies"),
        ("We carryed the boxes to the second floor.", "carryed", "carried"),
    ],
)
def test_y_plural_and_past_offer_the_ies_ied_form_first(text, word, first):
    need_hunspell("en")
    assert offered(text, word)[0] == first


def test_the_possessive_stays_offered_after_the_plural():
    need_hunspell("en")
    assert offered("Both citys have an office.", "citys")[:2] == ("cities", "city's")


def test_y_form_applies_after_a_consonant_only():
    assert y_form("countrys") == "countries"
    assert y_form("copyed") == "copied"
    assert y_form("plays") == "plays"  # a vowel before -y: the plain -s is right
    assert y_form("boys") == "boys"


# --- two or three letters left out -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("The client kept complaing about the queue.", "complaing", "complaining"),
        ("A prepatory meeting took place on Monday.", "prepatory", "preparatory"),
    ],
)
def test_a_word_missing_a_syllable_is_offered_first(text, word, first):
    need_hunspell("en")
    assert offered(text, word)[0] == first


def test_a_word_missing_two_letters_is_among_the_three():
    need_hunspell("en")
    # "about" is one letter away and far commoner; the word meant must still be offered
    assert "absolute" in offered("The figure is an absout value.", "absout")


def test_missing_letters_finds_longer_words_holding_the_letters_in_order():
    index = shape_index(["complaining", "complain", "compiling", "accomplishing", "preparatory"])
    assert missing_letters("complaing", index, 3) == ["complaining"]
    assert missing_letters("prepatory", index, 3) == ["preparatory"]
    assert missing_letters("omplaing", index, 3) == []  # the first letter is kept


def test_a_word_cut_short_gets_no_discount():
    # facto is "de facto" or an abbreviation, not factory misspelt: priced as plain edits
    assert shape_cost("facto", "factory") == math.inf
    assert shape_cost("complaing", "complaining") < cost("complaing", "complaining", "en")


# --- letters swapped across another ------------------------------------------------------------


def test_letters_swapped_across_a_third_are_corrected_first():
    need_hunspell("en")
    assert offered("The shop had an aminal on the sign.", "aminal")[0] == "animal"
    assert offered("The cat espaced through the window.", "espaced")[0] == "escaped"


def test_a_far_swap_costs_less_than_two_wrong_letters_but_more_than_a_slip():
    assert cost("aminal", "animal", "en") < cost("aminal", "axixal", "en")
    assert cost("aminal", "animal", "en") > cost("anmial", "animal", "en")  # a neighbour swap
    assert "animal" in far_swaps("aminal")


# --- spelt by ear, with a slip-close word at hand ----------------------------------------------


def test_a_word_spelt_by_ear_beats_the_nearer_word_that_sounds_different():
    need_hunspell("en")
    assert offered("Please check the skedule for Friday.", "skedule")[0] == "schedule"
    assert "mechanic" in offered("The mekanic fixed the car.", "mekanic")


def test_a_greek_ch_is_heard_as_k():
    need_hunspell("en")
    assert offered("The old monarkey ended in 1900.", "monarkey")[0] == "monarchy"


# --- what must not change ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("Please recieve the parcel at the desk.", "recieve", "receive"),
        ("The staff wer friendly and quick.", "wer", "were"),
        ("We will chek the room tomorrow.", "chek", "check"),
    ],
)
def test_plain_typing_slips_keep_their_correction_first(text, word, first):
    need_hunspell("en")
    assert offered(text, word)[0] == first


def test_italian_slips_keep_their_correction_first():
    need_hunspell("it")
    assert offered("Il personale è stato molto gentlie con noi.", "gentlie", "it")[0] == "gentile"
    assert offered("La prenotazione ha avuto sucesso.", "sucesso", "it")[0] == "successo"
    assert offered("Abbiamo ricevuto una rispsota rapida.", "rispsota", "it")[0] == "risposta"
