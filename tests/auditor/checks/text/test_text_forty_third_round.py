"""What the thirty-fifth round changed, read in the forty-third set (Arduino's app and IDE strings)
after its single measurement: the units of the International System as a sensor's help or a
spec sheet writes them. A symbol with an SI prefix ("10 kΩ", "470 µF", "1013 hPa") is a unit
where a unit stands (after a number, before one, in brackets, after "in"), written case for case;
a prefixed unit's name the dictionaries lack ("ettopascal", "hectopascals", "microtesla") is a
word unless a known word is one slip away (Hunspell mode, as the guarded prefixoids).
"""

from __future__ import annotations

import pytest

from auditor.checks.text.units import si_symbol, unit_name
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Collega una resistenza da 10 kΩ al pin.", "it"),
        ("Add a 1 kΩ resistor and a 470 µF capacitor.", "en"),
        ("Il condensatore da 10 μF regge 5 mA a 12 V.", "it"),
        ("La pressione al livello del mare è di 1013 hPa.", "it"),
        ("Il timeout della connessione, in ms, è di 300.", "it"),
        ("The frequency window (in ms) sets the rate.", "en"),
        ("Per la lunghezza puoi scegliere i picometri (pm) o i nanometri (nm).", "it"),
        ("Per esempio 2:35 pm oppure 11:46:30 am.", "it"),
        ("Un disco da 2 TiB e una rete da 100 Mbit.", "it"),
    ],
)
def test_an_si_symbol_where_a_unit_stands_is_a_unit(text: str, lang: str) -> None:
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # the same letters in prose, not after a number nor in brackets: still a word to spell
        ("Il kΩ non serve qui.", "it", "kΩ"),
        ("Scrivi nm nel campo del modulo.", "it", "nm"),
        ("We went in ds to the market.", "en", "ds"),
    ],
)
def test_the_letters_of_a_symbol_elsewhere_are_still_checked(
    text: str, lang: str, word: str
) -> None:
    assert word in flagged(text, lang)


def test_the_symbols_are_the_si_brochure_s() -> None:
    assert si_symbol("kΩ") and si_symbol("k\u2126")  # the ohm sign, drawn as omega
    assert si_symbol("µF") and si_symbol("μF") and si_symbol("hPa") and si_symbol("GiB")
    assert not si_symbol("hPA") and not si_symbol("KPa") and not si_symbol("hb")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il barometro misura la pressione in ettopascal: un ettopascal vale 100 pascal.", "it"),
        ("Il campo terrestre vale circa 50 microtesla, cioè 50.000 nanotesla.", "it"),
        ("The barometer measures pressure in hectopascals; a hectopascal is 100 pascals.", "en"),
        ("The field is about 50 microtesla, or 0.05 millitesla.", "en"),
    ],
)
def test_a_prefixed_unit_name_is_a_word(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Il barometro misura in ettopascall.", "it", "ettopascall"),
        ("The field is 50 microteslaa.", "en", "microteslaa"),
    ],
)
def test_a_slip_in_a_unit_name_is_still_a_slip(text: str, lang: str, word: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == [word]


def test_unit_names_take_the_prefixes_of_their_language() -> None:
    assert unit_name("ettopascal", "it") and unit_name("hectopascal", "en")
    assert not unit_name("hectopascal", "it") and not unit_name("ettopascal", "en")
    assert not unit_name("pascal", "it")  # no prefix: the dictionary's word, or a slip
