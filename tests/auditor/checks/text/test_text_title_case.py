"""Headings, menus and buttons in Title Case: a slip in a capitalised word after the line's first
is found, where every such word had been read as a name; names stay names."""

from __future__ import annotations

import pytest

from auditor.checks.text.titlecase import title_case_starts
from auditor.checks.text.tokenize import split_words, url_spans
from benchmarks.text_titlecase import title_cased
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang", "slips"),
    [
        ("Click Here To Downlaod Our Brochure", "en", ["Downlaod"]),
        ("Book Your Stay At Our Beautifull Hotel", "en", ["Beautifull"]),
        ("Our Resturant And Bar", "en", ["Resturant"]),
        ("Book Your Stey", "en", ["Stey"]),
        ("Chi Siamo - Dove Siamo - Contatti - Prenotazoni", "it", ["Prenotazoni"]),
        ("Le Nostre Camere E La Colazzione", "it", ["Colazzione"]),
    ],
)
def test_a_slip_in_a_title_case_heading_is_found(text: str, lang: str, slips: list[str]) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == slips


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Welcome To Hotel Vittoria", "en"),  # Italian knows the name
        ("Welcome To Agriturismo San Lorenzo", "en"),
        ("Welcome To Villa Borgo", "en"),
        ("Hotel Vittoria - Rooms - Prices - Contacts", "en"),
        ("Boschetto Campacci", "en"),  # names alone: no Title Case
        ("Our rooms have a view of Lake Comoo and Villa Marta.", "en"),  # prose: names skipped
        ("Scopri Il Nostro Wellness Center", "it"),  # English words in an Italian heading
        ("Benvenuti Da Boschetto Campacci. Boschetto Campacci è a Siena.", "it"),
        # the name is written in the text's prose too: consistent usage is a name
        ("The Terroir Of Campacci\n\nThe soils of Campacci are rich in marlstone.", "en"),
    ],
)
def test_names_in_title_case_headings_are_left_alone(text: str, lang: str) -> None:
    need_hunspell(lang)
    need_hunspell("it")
    assert [f for f in flagged(text, lang) if f != "Terroir"] == []


def test_a_line_of_prose_or_of_names_is_no_title_case() -> None:
    def starts(text: str) -> frozenset[int]:
        known = {"to", "our", "hotel"}.__contains__
        return title_case_starts(split_words(text, "en", url_spans(text)), text, known)

    assert starts("Welcome To Our Hotel") == frozenset({8, 11, 15})
    assert starts("Welcome to our rooms with a view") == frozenset()  # "rooms": prose
    assert starts("Boschetto Campacci") == frozenset()  # no known word after the first
    # a line break ends a line: the second line's first word is not counted
    assert starts("Welcome\nTo Sorrento") == frozenset()


def test_the_benchmark_raises_every_words_first_letter() -> None:
    # benchmarks/text_titlecase.py makes Title Case headings of the sets' short texts
    assert title_cased("Prenota ora la tua camera: wi-fi incluso", "it") == (
        "Prenota Ora La Tua Camera: Wi-Fi Incluso"
    )
