"""What the twelfth held-out set (planning, time tracking, to-do lists and astronomy) showed the
engine doing wrong, once measured: the words a one-word brand is made of, written apart ("Time
Tracker"), read as a slip of the brand KTimeTracker, a brand written exactly and the next word
("Plan per") read as a slip of another brand (Planner), an English possessive ("kstars's") read
as letters of the name, and a unit after a message's placeholder ("%1 ms") taken for a word.
Each rule also has sentences showing the mistakes it must still catch.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged

# The programs' names as the set gives them (a few of its 12), and a client's names.
BRANDS = ["KTimeTracker", "KStars", "Plan", "Planner", "Hamster", "Gpredict", "McDonald's"]


def _brand(text: str, lang: str = "en") -> list[tuple[str, str]]:
    result = check_text(text, lang=lang, brands=BRANDS)
    return [(f.excerpt, f.message) for f in result.findings if f.rule == "brand_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Show the Time Tracker window.",
        "Keyboard shortcut for showing the Time Tracker window.",
        "Time tracked so far is shown in hours.",  # a known word in another case
        "Open the time tracker.",
    ],
)
def test_the_words_a_one_word_brand_is_made_of_are_no_slip_of_it(text: str) -> None:
    need_hunspell("en")
    assert _brand(text) == []


def test_a_brand_written_exactly_and_the_next_word_are_no_slip_of_another_brand() -> None:
    need_hunspell("it")
    text = "Il modo migliore è impostare Plan per caricare sempre questo file."
    assert _brand(text, "it") == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # the name's very letters, mis-spaced: still the brand written otherwise
        ("Open KTime Tracker now.", "KTime Tracker"),
        # a slip inside the name, same split
        ("Open the KTimeTraker window.", "KTimeTraker"),
        ("Start Planer now.", None),  # an English word one letter away: the spelling check's
        ("Start Gpredcit now.", "Gpredcit"),
        # a word of the name written otherwise: a slip, possessive and all
        ("Lunch at Mac Donald's today.", "Mac Donald's"),
        ("Lunch at McDonalds today.", "McDonalds"),
        ("Lunch at Mac donald's today.", "Mac donald's"),
        ("Time Trakcer window.", "Time Trakcer"),
    ],
)
def test_brand_slips_are_still_found(text: str, excerpt: str | None) -> None:
    need_hunspell("en")
    found = [e for e, _message in _brand(text)]
    assert found == ([excerpt] if excerpt else [])


def test_an_english_possessive_is_no_letter_of_the_name() -> None:
    need_hunspell("en")
    # lowercase: the name written otherwise (a style finding), not a misspelling of it
    assert _brand("If checked, use kstars's field of view.") == [
        ("kstars", "Brand name written “kstars” instead of “KStars”.")
    ]
    assert _brand("If checked, use KStars's field of view.") == []
    assert _brand("If checked, use KStras's field of view.") == [
        ("KStras", "“KStras” looks like a misspelling of the brand “KStars”.")
    ]
    # a name with an 's of its own keeps it
    assert _brand("Lunch at McDonald's today.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pianificazione in avanti completata: %1 ms",
        "Completata in %d ms.",
        "Immagine di {0} px di lato.",
    ],
)
def test_a_unit_after_a_placeholder_is_a_unit(text: str) -> None:
    assert flagged(text, "it") == []


def test_a_unit_without_a_number_is_still_checked() -> None:
    need_hunspell("it")
    assert "ms" in flagged("Poi ms dopo.", "it")


@pytest.mark.parametrize("word", ["todos", "endnotes", "autosaved", "unindent"])
def test_software_words_of_planning_programs(word: str) -> None:
    need_hunspell("en")
    assert flagged(f"Save your {word} before you quit.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Type arccos( ) in the Commands window.", "en"),
        ("Per calcolarla digitate senh( ) nella finestra Comandi.", "it"),
        ("Call glm() or lm(y, x) on the data, then sqrt(2).", "en"),
        ("Funzioni parametriche: x cos(t), y arcsinh(t).", "it"),
    ],
)
def test_a_function_in_a_formula_is_no_word(text: str, lang: str) -> None:
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "slip"),
    [
        ("Select the fiel(s) to delete.", "en", "fiel"),  # a plural's (s)
        ("Scrivi la parolla(nota) qui.", "it", "parolla"),  # prose missing a space
        ("See the manaul (page 3).", "en", "manaul"),
    ],
)
def test_a_slip_before_brackets_of_prose_is_still_found(text: str, lang: str, slip: str) -> None:
    need_hunspell(lang)
    assert slip in flagged(text, lang)


def test_long_names_of_functions_stand_anywhere_and_their_slips_are_found() -> None:
    need_hunspell("it")
    assert flagged("Le funzioni inverse: arcsin, arccos, arctan, arccosech e arsinh.", "it") == []
    assert (
        flagged("The inverse functions: arcsin, arccos, arctan, arccosech and arsinh.", "en") == []
    )
    assert "arcsni" in flagged("La funzione arcsni restituisce un angolo.", "it")
