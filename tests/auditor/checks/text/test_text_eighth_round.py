"""Words of technical text that are not typos (eighth round): labels cut short as abbreviations
("Distanza orizz. oggetto"), a unit symbol named in brackets ("punti per pollice (dpi)"),
closed English compounds of interface words inside Italian text (netlist, keymap) and chat and
software words of English. Each rule also has sentences showing the typos it must still catch.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Distanza orizz. oggetto 2", "it"),  # orizzontale, cut after a consonant
        ("Car. di separaz. migliaia", "it"),  # carattere, separazione
        ("Linea scost. 2", "it"),  # scostamento, a number after the dot
        ("Esporta in PDF (bassa risol.)", "it"),  # risoluzione: the bracket closes after the dot
        ("Risol.: 300 dpi; dimens., peso e formato", "it"),  # a colon, a comma after the dot
        ("Stampa in punti per pollice (dpi) la pagina.", "it"),
        ("Spesso (2,25 pt)", "it"),  # a unit after a number in brackets
        ("Genera la netlist del circuito stampato.", "it"),  # net + list
        ("Scegli la keymap della tastiera.", "it"),  # key + map
        ("See the manpage for details.", "en"),
        ("The chanop set a banmask and cleared the scrollback.", "en"),
    ],
)
def test_technical_words_are_left_alone(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Il nostro prodott. grazie per l'attesa", "prodott"),  # one letter cut: a slip
        ("Grazie per il vostro ordin.", "ordin"),  # a full stop: no abbreviation after it
        ("Il vostro acquist. Cordiali saluti", "acquist"),  # a capital follows: a full stop
        ("Grazie per il vostro ordin.)", "ordin"),  # a bracket closed that no bracket opened
        ("Il nostro prodott.: grazie", "prodott"),  # cut after a vowel: a slip, whatever follows
        ("Il prezzo (dpx) è indicato.", "dpx"),  # not a unit
        ("Genera la netlsit del circuito.", "netlsit"),  # no compound of known words
        ("La listaa dei prodotti è pronta.", "listaa"),  # an Italian slip, not list + a
    ],
)
def test_typos_near_those_words_are_still_flagged(text: str, typo: str) -> None:
    need_hunspell("it")
    assert typo in flagged(text, "it")


def test_a_name_the_text_writes_capitalised_is_left_alone_in_lowercase() -> None:
    need_hunspell("it")
    text = "Annunci di Gramps: iscriversi alla lista gramps-announce tramite Aiuto."
    assert flagged(text, "it") == []
    assert flagged("Usa Gramps e poi grampz per i dati.", "it") == ["grampz"]


@pytest.mark.parametrize(
    "text",
    [
        "Enter the line number for a new breakpoint.",  # known only as breakpoints
        "A large cleanup of the codebase.",  # code + base
        "Each part links to its datasheet.",  # data + sheet
        "Open it in the file manager or the filemanager view.",  # file + manager
    ],
)
def test_english_compounds_known_in_one_number_or_of_common_heads(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Set a brekpoint on the line.", "brekpoint"),
        ("A new breakpont on the line.", "breakpont"),
        ("A large cleanup of the codebsae.", "codebsae"),
    ],
)
def test_slips_in_english_compounds_are_still_flagged(text: str, typo: str) -> None:
    need_hunspell("en")
    assert typo in flagged(text, "en")


def test_a_slip_nearer_a_word_than_the_brand_is_a_spelling_slip() -> None:
    need_hunspell("en")
    brands = ["Packages", "Konversation"]
    text = "Install the pakage now. A long converation. Write to Konversaton."
    found = [(f.rule, f.excerpt) for f in check_text(text, lang="en", brands=brands).findings]
    assert found == [
        ("spelling", "pakage"),  # "Packages" is a word: a slip of it is a slip of the word
        ("spelling", "converation"),  # conversation is one slip away, the brand two
        ("brand_name", "Konversaton"),  # nearer the brand than any word
    ]
    capital = check_text("Open the Pakage window.", lang="en", brands=brands).findings
    assert [(f.rule, f.excerpt) for f in capital] == [("brand_name", "Pakage")]  # a name: the brand
    lower = check_text("Install the pakage.", lang="en", brands=["Synaptic Package Manager"])
    assert lower.findings[0].suggestions[0] == "package"  # the brand's word, as the word it is


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il programma ti disconnetterà dal server.", "it"),  # disconnettere, future
        ("Il server disconnetterebbe tutti gli utenti.", "it"),  # conditional
        ("It is someone else's problem.", "en"),  # the possessive of a known word
    ],
)
def test_future_forms_and_possessives_are_left_alone(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


def test_slips_beside_them_are_still_flagged() -> None:
    need_hunspell("it")
    assert flagged("Il programma ti disconetterà dal server.", "it") == ["disconetterà"]
    assert flagged("It is someone esle's problem.", "en") == ["esle's"]
