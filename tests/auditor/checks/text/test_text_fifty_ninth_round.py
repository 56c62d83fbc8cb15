"""What the forty-second round changed, read in the fifty-ninth to sixty-first sets (games by
Italian makers, two organisations' news and blog posts, an Italian conference's sites) after
their single measurement: a word the dictionary writes capitalised is no misspelling of the
client's name (European beside Eutopian), nor is the name's first word followed by an ordinary
one (PGDay is, beside PGDay.IT); a closing quote after a title that opened on a bracket is no
accent's apostrophe; the accent Italian grammars advise on a homograph (princìpi, subìto) is
Italian, as are "sx" and the company form "sas"; "sexualized" and "triaging" are English.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


def _findings(text: str, lang: str, brands: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in check_text(text, lang=lang, brands=brands).findings]


def test_a_capitalised_dictionary_word_is_no_misspelt_brand():
    need_hunspell("en")
    text = "The European Commission funds Eutopian's work on digital rights."
    assert _findings(text, "en", ("Eutopian",)) == []


def test_a_misspelt_brand_is_still_found_beside_the_word():
    need_hunspell("en")
    text = "Eutopain signed the European manifesto."
    assert _findings(text, "en", ("Eutopian",)) == [("brand_name", "Eutopain")]


def test_the_names_first_word_and_an_ordinary_word_are_no_misspelt_brand():
    need_hunspell("en")
    text = "PGDay is the Italian PostgreSQL day: see PGDay.IT for the programme."
    assert _findings(text, "en", ("PGDay.IT",)) == []


def test_a_name_written_with_a_space_for_its_dot_is_still_the_name_written_otherwise():
    need_hunspell("en")
    text = "Book your seat at PGDay IT."
    assert _findings(text, "en", ("PGDay.IT",)) == [("brand_name", "PGDay IT")]


def test_a_closing_quote_after_a_title_opened_on_a_bracket_is_no_accent():
    text = "Luca Veronese con '(Ri)scrivere l'SQL per ottenere le massime prestazioni'."
    assert [r for r in _findings(text, "it") if r[0] == "accent"] == []


def test_an_accent_written_as_an_apostrophe_is_still_found_after_such_a_title():
    text = "Il talk '(Ri)scrivere' e' pronto e la citta' lo aspetta."
    accents = [e for r, e in _findings(text, "it") if r == "accent"]
    assert accents == ["e'", "citta'"]


@pytest.mark.parametrize(
    "text",
    [
        "Una Carta che elenca dieci princìpi di stile utili in Rete.",
        "I prìncipi del regno arrivarono subito, e il trono fu subìto da tutti.",
        "Il nòcciolo della questione è l'àmbito del progetto, che ha séguito.",
    ],
)
def test_the_accent_grammars_advise_on_a_homograph_is_italian(text):
    need_hunspell("it")
    assert flagged(text, "it") == []


def test_another_accent_inside_a_word_is_still_a_slip():
    need_hunspell("it")
    assert flagged("Lo fàcciamo domani in cìtta.", "it") == ["fàcciamo", "cìtta"]


def test_the_left_button_and_a_company_form_are_italian():
    need_hunspell("it")
    assert flagged("Tasto sx: sparo, tasto dx: mira. STUDIO TEAM sas, Rossi snc.", "it") == []


def test_sexualize_and_triage_forms_are_english():
    need_hunspell("en")
    text = "Exhibitors must not use sexualized images; he was triaging defect reports."
    assert flagged(text, "en") == []
