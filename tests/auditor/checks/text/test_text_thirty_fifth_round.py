"""What the thirty-fifth and thirty-sixth held-out sets (four Italian businesses' web copy; a
DevOps community's and an expatriates' association's) showed the engine doing wrong, once
measured: the "e" of an Italian name left in English copy read as Italian's "e" for "and"
("Consulenza e Risorse Srl", and the thirty-third set's "Scienze e Tecnologie"), "olds" of "25
year-olds" read alone, and words a dictionary has: spinoffs (Merriam-Webster), efficientare,
customizzare and their forms (Treccani). Read again over every set's English: a lone Italian
word no English word comes near (culatello, rifugio) is an Italian-words note, not a typo. The
Italianisms an auditor reads English copy for (partecipate, installate) are still typos.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Entrepreneur and advisor board, Consulenza e Risorse Srl.",
        "A degree in Scienze e Tecnologie at the University of Urbino.",
        "She teaches at the Accademia di Belle Arti e Restauro.",
    ],
)
def test_an_italian_names_e_in_english_text_passes(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our Sales e Marketing team answers within a day.",
        "We do Design e Development for small shops.",
        "Rooms e breakfast are included.",
        "Call Consulenza e then write to us.",
    ],
)
def test_italians_e_for_and_is_still_found(text: str) -> None:
    assert flagged(text, "en") == ["e"]


def test_the_e_of_a_name_passes_without_hunspell_too(lists_only) -> None:
    assert flagged("A degree in Scienze e Tecnologie at the university.", "en") == []
    assert flagged("Our Sales e Marketing team.", "en") == ["e"]


@pytest.mark.parametrize(
    "text",
    [
        "The company was founded by a team of 25 year-olds from Abruzzo.",
        "Courses for ten-year-olds and twelve-year-olds.",
    ],
)
def test_year_olds_passes(text: str) -> None:
    assert flagged(text, "en") == []


def test_olds_alone_and_a_slip_after_the_hyphen_are_still_found() -> None:
    assert flagged("The olds are here.", "en") == ["olds"]
    assert flagged("Courses for ten-year-oldz.", "en") == ["oldz"]


def test_words_a_dictionary_has() -> None:
    assert flagged("New spinoffs for large companies.", "en") == []
    text = "Strumenti per efficientare le imprese: impianti efficientati, la sede efficientata."
    assert flagged(text, "it") == []
    assert flagged("Strumenti per efficentare le imprese.", "it") == ["efficentare"]


def _italian_notes(text: str) -> list[str]:
    return [f.excerpt for f in check_text(text, lang="en").findings if f.rule == "italian_words"]


def test_a_lone_italian_word_no_english_word_is_near_is_a_note_not_a_typo() -> None:
    need_hunspell("it")
    text = "Try our culatello and the strozzapreti of the house, then rest at the rifugio."
    assert flagged(text, "en") == []
    assert _italian_notes(text) == ["culatello", "strozzapreti", "rifugio"]
    # beside a capitalised word, alone: one word's note, not a phrase's
    assert _italian_notes("Visit the Pista azzurra.") == ["azzurra"]
    message = next(f.message for f in check_text(text, lang="en").findings)
    assert message.startswith("This word is in Italian")


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("We actively partecipate in fairs.", "partecipate"),  # one slip from participate
        ("Please installate the app first.", "installate"),  # begins as installation does
        ("Our restaurant is famous for its cusine.", "cusine"),  # no Italian word
        ("The hotel has a beatiful garden.", "beatiful"),
    ],
)
def test_an_italianism_or_a_slip_near_an_english_word_is_still_a_typo(text: str, slip: str) -> None:
    assert flagged(text, "en") == [slip]
    assert _italian_notes(text) == []


def test_customizzare_and_its_forms() -> None:
    text = "Una soluzione customizzata e customizzabile: la customizzazione del tema."
    assert flagged(text, "it") == []
    assert flagged("Una soluzione customizata.", "it") == ["customizata"]
