"""What the thirty-ninth round changed, read in the fifty-first to fifty-third sets (online shops'
strings, small businesses' web copy kept in data files, e-mails to customers) after their single
measurement: Italian's combining forms of science and engineering (elettro-, idro-, termo-, aero-)
make a word with a known one, unless a known word is one slip away; the present of an -izzare verb
made from a known adjective ("Anonimizza dati personali") is Italian, as its infinitive and
participles were; a short prefix on a participle in -tto ("disiscritto") is read as on any
participle; a British -our root inside a longer word ("discolour", "flavourless") is read as the
root alone is; and two suggestions: an apostrophe left out of an Italian elision people write is a
mark forgotten, so "c'è" is offered for "cè", and the auxiliary run into its participle is offered
apart ("hapartecipato": ha partecipato).
"""

from __future__ import annotations

import pytest

from auditor.checks.text.suggest import score
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Lavati con idropulitrice riprendono i colori originari.",
        "Tubi di plastica elettroconduttiva.",
        "Un impianto termoidraulico e un aeroportuale.",
        "Anonimizza dati personali.",
        "Il modulo anonimizza i dati e li pseudonimizza.",
        "Sei stato disiscritto dal corso.",
    ],
)
def test_italian_combining_forms_and_verb_forms_are_known(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "word", "meant"),
    [
        ("Un termometo rotto.", "termometo", "termometro"),
        ("Un elettrodomstico nuovo.", "elettrodomstico", "elettrodomestico"),
        ("Il sistema anonimiza i dati.", "anonimiza", None),
        ("Sei stato disiscrito dal corso.", "disiscrito", None),
    ],
)
def test_a_slip_behind_a_combining_form_or_in_a_verb_is_still_flagged(
    text: str, word: str, meant: str | None
) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == [word]
    if meant:
        assert suggestions(text, "it", word)[0] == meant


def test_an_apostrophe_left_out_of_a_written_elision_costs_less_than_a_letter() -> None:
    assert score("cè", "c'è", "it", 50)[1] == pytest.approx(0.2)
    assert score("dellacqua", "dell’acqua", "it", 50)[1] == pytest.approx(0.2)
    # an elision no word list has (Hunspell accepts l' before anything) keeps a letter's cost
    assert score("logni", "l'ogni", "it", 0)[1] > 0.5
    # typed too many, an apostrophe is still a plain extra character
    assert score("dell'acqua", "dellacqua", "it", 50)[1] > 0.5


def test_a_nonsense_elision_does_not_push_the_word_meant_out() -> None:
    need_hunspell("it")
    assert "login" in suggestions("Fai il logni ora.", "it", "logni")


@pytest.mark.parametrize(
    ("text", "word", "meant"),
    [
        ("Non cè alcuna carta sul cliente.", "cè", "c'è"),
        ("Abbiamo unito lacqua al vino.", "lacqua", "l'acqua"),
        ("Il colore dellazienda è il blu.", "dellazienda", "dell'azienda"),
    ],
)
def test_the_elision_is_offered_with_its_apostrophe(text: str, word: str, meant: str) -> None:
    need_hunspell("it")
    assert meant in suggestions(text, "it", word)


@pytest.mark.parametrize(
    ("text", "word", "meant"),
    [
        ("Con la quale hapartecipato a molti festival jazz.", "hapartecipato", "ha partecipato"),
        ("Ieri hocomprato il pane.", "hocomprato", "ho comprato"),
    ],
)
def test_the_auxiliary_run_into_its_participle_is_offered_apart(
    text: str, word: str, meant: str
) -> None:
    need_hunspell("it")
    assert suggestions(text, "it", word)[0] == meant


def test_an_auxiliary_is_split_off_only_before_a_participle() -> None:
    need_hunspell("it")
    assert "sta ha" not in suggestions("Lui staha bene.", "it", "staha")


def test_an_english_plural_misspelt_is_not_offered_as_a_possessive() -> None:
    need_hunspell("en")
    assert suggestions("Many countrys joined.", "en", "countrys")[0] == "countries"
    assert "That's" in suggestions("Thats fine for us.", "en", "Thats")


@pytest.mark.parametrize(
    "text",
    [
        "The fir barriers bend, discolour over time and break.",
        "Discoloured walls, a recoloured logo and a flavourless soup.",
        "The savouriness of a colourist's palette.",
    ],
)
def test_a_british_our_root_inside_a_longer_word_is_known(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("An errour in the text.", "errour"),
        ("A hourse in the stable.", "hourse"),
        ("The walls discolur quickly.", "discolur"),
        # British English drops the u before a Latin suffix, as American does: vigorous
        ("A vigourous debate.", "vigourous"),
        ("He worked labouriously.", "labouriously"),
    ],
)
def test_an_our_no_attested_root_explains_is_still_a_slip(text: str, word: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == [word]
