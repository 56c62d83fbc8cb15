"""What the thirty-eighth round changed, read in the forty-eighth to fiftieth sets (small Italian
businesses' PHP and ASP sites, Odoo's and two WordPress plugins' catalogues) after their single
measurement: a metre or a litre after its number is a unit, not an elision missing its apostrophe
("formati fino a 4x24 m e spessori"); a month abbreviated beside another, as a price list's
seasons write it ("Ott - Apr"), is no slip; an absolute superlative of a known adjective
("amenissime colline") and Treccani's "low cost" are Italian; a few words English dictionaries
have and Hunspell's en_US lacks (flyer, helpdesk, cadastre, telematic, Intrastat) are
known, and so is "rebranding" in Italian beside "branding"; English's engineering combining
forms (thermo-, electro-, hydro-, aero-) make a word with a known one, closed or hyphenated.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Formati fino a 4x24 m e spessori fino a 350 mm.",
        "Lamiere di formato fino a 5x12 m e spessore fino a 350 mm.",
        "Una piscina lunga 25 m e profonda 2.",
        "Serbatoio da 500 l e pompa da 2 kW.",
    ],
)
def test_a_unit_after_its_number_is_no_elision(text: str) -> None:
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [("Dammi l amico.", "l"), ("Lui m ama.", "m"), ("Vedrai 3 volte l amico.", "l")],
)
def test_an_elision_missing_its_apostrophe_is_still_flagged(text: str, word: str) -> None:
    assert flagged(text, "it") == [word]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ott - Apr Mag - Set A notte 70 euro", "it"),
        ("Prezzi in Lug/Ago e in Gen/Feb.", "it"),
        ("Chiuso Nov e Dic.", "it"),
        ("Open Jun to Aug.", "en"),
    ],
)
def test_a_month_abbreviated_beside_another_is_a_season(text: str, lang: str) -> None:
    assert flagged(text, lang) == []


def test_a_month_abbreviation_alone_is_still_checked() -> None:
    need_hunspell("it")
    assert flagged("Ott ha chiamato ieri.", "it") == ["Ott"]


@pytest.mark.parametrize(
    "text",
    [
        "Caratterizzata da amenissime colline e ridenti faggi.",
        "Vini ricchissimi di profumi, su terreni larghissimi.",
        "Un prezzo low-cost per tutti, voli low cost.",
        "Grafica pubblicitaria, branding e rebranding.",
    ],
)
def test_italian_superlatives_and_loans_are_known(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == []


def test_a_superlative_one_slip_from_a_known_word_is_still_a_slip() -> None:
    need_hunspell("it")
    assert flagged("Una bellisima casa.", "it") == ["bellisima"]
    assert "rebranding" in suggestions("Un rebrandig del marchio.", "it", "rebrandig")


@pytest.mark.parametrize(
    "text",
    [
        "Brochures, leaflets, flyers, business cards.",
        "Print a flyer for the opening.",
        "If these problems persist, contact the helpdesk.",
        "The cadastre code is not used anymore.",
        "Cadastre code variation.",
        "Telematic communication commitment.",
        "Intrastat Statement - Sales Section 1",
    ],
)
def test_english_words_of_trade_hunspell_lacks_are_known(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


def test_a_slip_of_such_a_word_gets_the_word() -> None:
    need_hunspell("en")
    assert "flyer" in suggestions("Print a flyr for the opening.", "en", "flyr")


@pytest.mark.parametrize(
    "text",
    [
        "Thermo-mechanical steel coils and quenched steel.",
        "Structural and wear-resistant thermomechanical steels.",
        "A hydro-electric plant and electro-mechanical parts.",
    ],
)
def test_an_engineering_combining_form_makes_a_word(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


def test_a_combining_form_alone_or_before_a_slip_is_still_flagged() -> None:
    need_hunspell("en")
    assert flagged("Keep the thermo closed.", "en") == ["thermo"]
    assert flagged("A thermomechanicl part.", "en") == ["thermomechanicl"]
