"""Words Italian and English make freely that the system's Hunspell dictionaries lack (seventh
round): the plural or a verb form of a word Italian Hunspell knows, verb + noun compounds and
ri-/re- on a verb form in Italian; -able, software prefixes and closed compounds of interface
words in English. Each sentence is one a help page or a customer text could hold (several are
trimmed from GnuCash's and HandBrake's Italian catalogues and the GIMP manual); each rule also
has sentences showing the typos it must still catch.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from auditor.checks.text.en_forms import able_known, en_compound_known
from auditor.checks.text.it_forms import compound_known, dictionary_gap_known
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    "text",
    [
        "I giroconti tra i conti dello stesso titolare non sono spese.",  # giroconto known
        "L'opzione disconnette le sessioni immediatamente.",  # disconnettere known
        "Uno sparatutto in prima persona con astronavi 3D.",  # spara + tutto
        "Metti le chiavi nel portachiave prima di uscire.",  # porta + chiave
        "Il comando reindicizza la tabella dei clienti.",  # ri + indicizza (indicizzare)
        "I sottotitoli in sovraimpressione restano visibili.",  # sovra + impressione
        "Disabilita altre decodifiche dopo il primo segnale.",  # decodifica known
    ],
)
def test_italian_forms_hunspell_lacks_are_left_alone(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Gli archivii sono stati salvati.", "archivii"),  # archivio -> archivi
        ("Le tende bianci della sala.", "bianci"),  # bianco -> bianchi
        ("Vogliamo assicurari che tutto funzioni.", "assicurari"),  # not a plural of a verb
        ("Il sistema vuoiincludere i file.", "vuoiincludere"),  # two words joined
        ("Ogni casellina indica una voce.", "casellina"),  # vasellina is one slip away
    ],
)
def test_italian_slips_near_those_forms_are_still_caught(text: str, typo: str) -> None:
    need_hunspell("it")
    assert typo in flagged(text, "it")


@pytest.mark.parametrize(
    "text",
    [
        "Pick a name from the listbox and type in the searchbar.",
        "The stream is seekable and the page is refreshable.",
        "Set the framerate and the colorspace before exporting.",
        "Each subkey holds a multiline value.",
        "Use autocomplete to fill the textbox.",
    ],
)
def test_software_english_is_left_alone(text: str) -> None:
    need_hunspell("en")
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Please send the reciept to the shop.", "reciept"),
        ("Pick a name from the lsitbox.", "lsitbox"),
        ("Choose the filetpye first.", "filetpye"),
        ("We say thankyou to every guest.", "thankyou"),  # no interface word: still two words
        ("The page is refreshible.", "refreshible"),
    ],
)
def test_english_slips_near_those_forms_are_still_caught(text: str, typo: str) -> None:
    need_hunspell("en")
    assert typo in flagged(text, "en")


def test_the_rules_need_both_halves_known() -> None:
    known = {"tutto", "sparare", "conto", "giroconto", "list", "refresh"}.__contains__
    assert compound_known("sparatutto", known)
    assert not compound_known("sparadico", known)  # a second half under five letters
    assert dictionary_gap_known("giroconti", known)
    assert not dictionary_gap_known("girocontii", known)
    # a plural in -che keeps its singular's i; a plain -i plural never doubles it
    assert dictionary_gap_known("decodifiche", {"decodifica"}.__contains__)
    assert not dictionary_gap_known("decodifii", {"decodifio"}.__contains__)
    assert en_compound_known("listbox", known)
    assert not en_compound_known("listbax", known)
    assert able_known("refreshable", known)
    assert not able_known("refreshible", known)


# --- two words run together -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "pair"),
    [
        ("We say thankyou to every guest.", "thankyou", "thank you"),
        ("Thankyou for choosing our hotel.", "Thankyou", "Thank you"),
        ("There were alot of people waiting.", "alot", "a lot"),
        ("Il negozio eraaperto anche di domenica.", "eraaperto", "era aperto"),
    ],
)
def test_words_run_together_are_offered_apart_first(text: str, word: str, pair: str) -> None:
    lang = "it" if " di " in text else "en"
    need_hunspell(lang)
    findings = [f for f in check_text(text, lang=lang).findings if f.excerpt == word]
    assert findings and findings[0].suggestions[0] == pair


def test_a_name_that_splits_in_two_stays_a_name_at_a_sentence_start() -> None:
    need_hunspell("en")
    assert flagged("Shotwell imports the photos from the camera.", "en") == []
    assert flagged("Mailchimp sends the newsletter every week.", "en") == []


# --- a single quote closed after a word ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Scegli 'Collega a un database esistente' per collegarti.",
        "Seleziona la casella 'Mostra tutti gli aggiornamenti'.",
        "Disattiva 'A riga doppia' nel menu Formato.",
    ],
)
def test_a_closing_single_quote_is_no_accent_or_elision(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Premi 'Mostra' e poi non farlo piu' oggi.", "piu'"),  # the quote closed before
        ("Attendi un po' e riprova. Il file esistente' è qui.", "esistente'"),  # none opened
        ("Scegli 'Collega a un database esistenet' ora.", "esistenet"),  # a slip inside
    ],
)
def test_apostrophes_outside_a_quote_are_still_checked(text: str, typo: str) -> None:
    need_hunspell("it")
    assert typo in flagged(text, "it")
