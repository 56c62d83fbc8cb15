"""Real words and real English the check used to flag in Italian and English text (sixth round).

Each sentence is one a help page or a support reply about software could hold (most are taken,
lightly trimmed, from the Debian Administrator's Handbook and GIMP's manual); the assertions are
on what the auditor sees: which words are flagged, and what is suggested for them. Each rule also
has a sentence showing the typo it must still catch.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from auditor.checks.text.morphology import derived_known, prefix_known
from auditor.suggestions import finding_title
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions

# --- Italian derivations: -atura, -azione attesting its verb, -izzare, de- --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Scegli lo spessore della delineatura del bordo.",
        "Il paginatore mostra una pagina alla volta.",
        "La desaturazione toglie il colore all'immagine.",
        "La demosaicizzazione avviene prima del bilanciamento del bianco.",
        "Attiva la cucitura automatica delle immagini.",
        "La geolocalizzazione è attiva; puoi sublicenziare il software.",
    ],
)
def test_italian_derivations_of_known_words_pass(text):
    need_hunspell("it")
    assert flagged(text, "it") == []


def test_the_derivation_rules_name_their_source():
    known = {"delineare", "paginazione", "mosaico", "saturazione"}.__contains__
    assert derived_known("delineatura", known)  # delineare
    assert derived_known("paginatore", known)  # paginazione attests paginare
    assert derived_known("mosaicizzazione", known)  # mosaico
    assert not derived_known("delineatira", known)
    # de- is a short prefix: a verb or verbal noun behind it, of six letters or more
    assert prefix_known("desaturazione", known)
    assert not prefix_known("desatur", known)


def test_a_typo_in_a_derivation_is_still_caught():
    need_hunspell("it")
    assert flagged("La delinaetura del bordo è netta.", "it") == ["delinaetura"]
    assert flagged("La desaturazine toglie il colore.", "it") == ["desaturazine"]
    assert flagged("Non puoi sublicenzare il software.", "it") == ["sublicenzare"]


# --- units after a number ----------------------------------------------------------------------


def test_a_unit_after_a_number_passes():
    text = "Il valore è spesso di 72 o 96 ppi; il segnale è a 2,4 ghz."
    assert flagged(text, "it") == []


def test_a_unit_alone_is_still_checked():
    need_hunspell("it")
    assert flagged("Scegli ppi alto.", "it") == ["ppi"]


# --- English inside Italian text ---------------------------------------------------------------


def test_an_untranslated_english_sentence_is_not_a_row_of_italian_typos():
    text = (
        "Per gestire le priorità vedi la sezione dedicata. It can also show the pinning "
        "priorities for all available versions and sources of a package."
    )
    assert flagged(text, "it") == []


def test_an_untranslated_english_sentence_gets_one_note_in_the_texts_language():
    text = (
        "Per gestire le priorità vedi la sezione dedicata. It can also show the pinning "
        "priorities for all available versions and sources of a package. Grazie."
    )
    notes = [f for f in check_text(text, lang="it").findings if f.rule == "language_mix"]
    assert [(n.excerpt, n.severity.value) for n in notes] == [
        (
            "It can also show the pinning priorities for all available versions and sources "
            "of a package",
            "minor",
        )
    ]
    assert notes[0].message == ("Questa frase è in inglese: è voluto o è rimasta senza traduzione?")
    assert text[notes[0].start : notes[0].end] == notes[0].excerpt


def test_an_english_phrase_inside_an_italian_sentence_is_no_english_sentence():
    text = "Clicca su «Save to disk and exit» per salvare il file e chiudere la finestra."
    assert [f.rule for f in check_text(text, lang="it").findings if f.rule == "language_mix"] == []
    # English text checked as English never gets the note
    english = "It can also show the pinning priorities for all available versions."
    assert check_text(english, lang="en").findings == []


def test_an_english_typo_inside_the_english_sentence_is_still_flagged():
    need_hunspell("it", "en")
    text = "Vedi la sezione. It can also show the pinnign priorities for all available versions."
    assert flagged(text, "it") == ["pinnign"]


def test_an_english_compound_passes_but_a_lone_english_word_does_not():
    need_hunspell("it", "en")
    assert flagged("Iscriviti alla mailing list del progetto.", "it") == []
    assert flagged("Le mailing-list molto frequentate rallentano.", "it") == []
    assert flagged("Attiva il port forwarding sul router.", "it") == []
    assert flagged("Visita la home page del negozio.", "it") == []
    # "list" for "lista" and "can" for "cane" in Italian prose stay slips, and so does a slip
    # that makes a short English word beside a loanword (dell driver, eel server: "del")
    assert flagged("Probabilmente un bug dell driver.", "it") == ["dell"]
    assert suggestions("Ricerca eel server fallita.", "it", "eel")[:1] == ("del",)
    assert suggestions("Apri la list dei file.", "it", "list")[:1] == ("lista",)
    assert flagged("Il can abbaia.", "it") == ["can"]


# --- general vocabulary of system administration and desktop help --------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Install the bootloader again from a chroot.", "en"),
        ("Mail is kept in mbox or maildir format and relayed through a smarthost.", "en"),
        ("Greylisting delays mail from unknown senders.", "en"),
        ("Convert the image to grayscale and posterize it.", "en"),
        ("Attach the backtrace and the config file to the report.", "en"),
        ("Add a desklet to the desktop and unmute the speakers.", "en"),
        ("The frontmost window is undoable; the move is not precedented.", "en"),
        ("Turn on antialiasing and thresholding; the aluminium case ships with bugfixes.", "en"),
        ("Reinstalla il bootloader da un chroot.", "it"),
        ("Il greylisting rallenta la posta; usa una regex o una regexp semplice.", "it"),
    ],
)
def test_general_software_vocabulary_passes(text, lang):
    need_hunspell(lang)
    assert flagged(text, lang) == []


def test_a_slip_near_the_new_vocabulary_is_still_caught():
    need_hunspell("en")
    assert flagged("Install the bootlaoder again.", "en") == ["bootlaoder"]
    assert "bootloader" in suggestions("Install the bootlaoder again.", "en", "bootlaoder")


# --- hyphenated closed compounds and Latin phrases ---------------------------------------------


def test_a_hyphenated_compound_known_closed_passes():
    need_hunspell("en")
    assert flagged("You can disable downloaded add-ons using the checkbox below.", "en") == []
    assert flagged("You can disable downloaded add-ond using the checkbox.", "en") == ["ond"]
    # only a short tail: "sans-erif" is a slip for sans-serif, although "sanserif" is a word
    assert suggestions("Use a sans-erif font.", "en", "erif")[:2] == ("Eric", "serif")


def test_a_latin_phrase_passes_only_whole():
    need_hunspell("en")
    text = "Make is the de facto standard, a de-facto rule known a priori by bona fide users."
    assert flagged(text, "en") == []
    assert set(suggestions("Make is the facto standard.", "en", "facto")[:2]) == {"factor", "fact"}


def test_the_english_sentence_note_has_a_client_title_in_both_languages():
    text = (
        "Per gestire le priorità vedi la sezione dedicata. It can also show the pinning "
        "priorities for all available versions and sources of a package."
    )
    note = next(f for f in check_text(text, lang="it").findings if f.rule == "language_mix")
    assert finding_title(note, "email", "it").startswith(
        "Frase in inglese nell'e-mail: «It can also show"
    )
    assert finding_title(note, "email", "en").startswith("Sentence in English in the e-mail: «It")
