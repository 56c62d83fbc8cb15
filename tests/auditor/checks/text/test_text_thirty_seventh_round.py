"""What the thirty-seventh and thirty-eighth held-out sets (a farm's and a restaurant's web copy;
a cybersecurity consultancy's) showed the engine doing wrong, once measured: an English word of
our supplement (cybersecurity) was no English word inside Italian prose, as only the English
Hunspell dictionary was asked; "il form" was read as a slip of the feminine "forma", which no
masculine article takes; and words dictionaries have were missing (cyber, cyberattacks,
misconfigured, smishing; an ingredients list's additives; Treccani's ficodindia; and, from every
set's pooled alarms, schemas and a lower-case parmesan). The slips an auditor reads for stay
found: "la form", an Italian noun left short after its own article.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Offriamo servizi di cybersecurity alle piccole e medie imprese.",
        "La cybersecurity non è solo una questione tecnica.",
    ],
)
def test_an_english_word_of_our_supplement_passes_in_italian_prose(text: str) -> None:
    need_hunspell("it")
    need_hunspell("en")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    "text",
    [
        "Puoi compilare il form in questa pagina oppure scriverci.",
        "Compilando il relativo form e indicando nel campo l'oggetto.",
        "Qui scegli quanti valori ricordare per ogni campo di un form.",
        "Inserisci i dati nel form qui sotto.",
        "Tutti i form del sito sono accessibili.",
    ],
)
def test_an_english_loanword_after_a_masculine_article_passes(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Il tavolo ha una form rotonda.", "form"),  # una forma
        ("La form del vaso è elegante.", "form"),
        ("Ho scritto una list della spesa.", "list"),  # una lista
        ("Il camp è chiuso in inverno.", "camp"),  # campo is masculine: a slip all the same
        ("Siamo andati in git al lago.", "git"),  # gita: not common enough as English
    ],
)
def test_a_slip_that_spells_an_english_word_is_still_found(text: str, word: str) -> None:
    need_hunspell("it")
    assert word in flagged(text, "it")


def test_the_feminine_noun_is_still_offered_first() -> None:
    need_hunspell("it")
    assert suggestions("Il tavolo ha una form rotonda.", "it", "form")[0] == "forma"


@pytest.mark.parametrize(
    "text",
    [
        "We protect small firms from cyber attacks and cyberattacks.",
        "Most breaches start from misconfigured servers or a smishing message.",
        "Cybercriminals rely on a misconfiguration.",
        "Preservative: potassium sorbate. Thickener: xanthan gum, maltodextrin.",
    ],
)
def test_english_words_dictionaries_have_pass(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


def test_vishing_stays_out_as_one_slip_from_fishing() -> None:
    need_hunspell("en")
    assert flagged("We went vishing on the lake.", "en") == ["vishing"]


@pytest.mark.parametrize(
    "text",
    [
        "Bavarese al ficodindia dell'Etna e cialde di pistacchio.",
        "Ingredienti: zucchero, maltodestrina, carragenina, sucralosio.",
    ],
)
def test_italian_words_dictionaries_have_pass(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == []


def test_the_rules_hold_without_hunspell(lists_only) -> None:
    # the bundled lists take "form" as Italian text's loanword wherever it stands (as before
    # this round): only Hunspell's stricter reading needs the article
    assert flagged("Puoi compilare il form in questa pagina.", "it") == []
    assert flagged("La cybersecurity non è solo una questione tecnica.", "it") == []
    assert flagged("We protect small firms from cyber attacks.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Both schemas validate the invoice before it is sent.",
        "Spaghetti with grated parmesan and black pepper.",
    ],
)
def test_words_the_pooled_alarms_showed_pass(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


def test_tartare_stays_out_as_one_slip_from_tartar() -> None:
    need_hunspell("en")
    assert flagged("Beef tartare with capers.", "en") == ["tartare"]
