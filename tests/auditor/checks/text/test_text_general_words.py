"""Real words the check used to flag, and suggestions it used to miss (fourth round).

Each sentence is one a customer-facing text about software could hold; the assertions are on the
findings the auditor sees: which words are flagged, and what is suggested for them.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from auditor.checks.text.morphology import derived_known, en_prefix_known
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions

# --- necessita: a verb, not only the noun without its accent -----------------------------------


def test_necessita_as_a_verb_is_not_an_accent_error():
    text = "Se il browser predefinito necessita di un terminale, indicalo qui."
    assert flagged(text, "it") == []


def test_necessita_after_an_article_still_wants_its_accent():
    finding = next(f for f in check_text("Non vedo la necessita di cambiare.", lang="it").findings)
    assert (finding.rule, finding.excerpt, finding.suggestions) == (
        "accent",
        "necessita",
        ("necessità",),
    )
    assert flagged("In caso di necessita chiamaci.", "it") == ["necessita"]


# --- elisions and one-letter words --------------------------------------------------------------


def test_an_elision_followed_by_a_space_is_not_a_misspelt_word():
    text = "Il risultato appare al posto dell' esecuzione immediata."
    assert flagged(text, "it") == []


def test_a_word_at_the_end_of_the_text_is_still_checked():
    # the elision rule looks at the character after the word: none at the very end
    assert flagged("Scorciatoie da tastier", "it") == ["tastier"]


def test_a_real_missing_apostrophe_is_still_an_error():
    need_hunspell("it")  # the lists fallback's broad list knows "dell"
    assert flagged("Gli oggetti dell scrivania.", "it") == ["dell"]
    found = [(f.excerpt, f.suggestions) for f in check_text("Vedi l amico.", lang="it").findings]
    assert found == [("l", ("l'",))]


def test_a_letter_naming_a_number_is_not_an_elision():
    text = "Stampa i numeri di riga ogni n righe, dove n corrisponde al valore."
    assert flagged(text, "it") == []


# --- prefixes written apart -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Scegli l'installazione rapida per pre-configurare la macchina.", "it"),
        ("Un'istanza sarà pre-caricata dopo l'avvio.", "it"),
        ("The most common pre-press formats are PostScript and PDF.", "en"),
        ("Turn it off while (un)installing applications.", "en"),
        ("You can un-minimize the window.", "en"),
    ],
)
def test_a_prefix_set_apart_by_a_hyphen_or_bracket_passes(text, lang):
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mostra la barra degli (s)trumenti e salva con (n)ome.", "it"),
        ("Puoi (s)bloccare il conto da qui.", "it"),
        ("Press the (S)tart button.", "en"),
    ],
)
def test_a_words_head_in_brackets_is_read_with_the_word(text, lang):
    need_hunspell(lang)
    assert flagged(text, lang) == []


def test_a_bracketed_head_that_makes_no_word_is_still_flagged():
    need_hunspell("it")
    assert flagged("Salva con (x)ome il file.", "it") == ["ome"]
    assert flagged("Barra degli (s)trumanti.", "it") == ["trumanti"]


def test_a_lone_prefix_and_a_typo_after_one_are_still_flagged():
    need_hunspell("en")
    assert flagged("The pre release is out.", "en") == ["pre"]
    assert flagged("Use the pre-confgured defaults.", "en") == ["confgured"]


# --- Italian derivations Hunspell lacks --------------------------------------------------------


def test_italian_derivations_of_known_verbs_pass():
    need_hunspell("it")
    text = (
        "Attiva l'evidenziazione della sintassi: il reindirizzamento USB e l'indicizzatore "
        "funzionano, l'immagine è ridimensionabile e si adatta adattativamente."
    )
    assert flagged(text, "it") == []


def test_italian_short_prefixes_on_verbs_pass_but_not_over_a_slip():
    need_hunspell("it")
    assert flagged("Occorre reindicizzare la tabella dopo la rilocazione.", "it") == []
    # s + potare would be a word; one letter away from spostare it is a typo
    assert flagged("Non riesco a spotare il file.", "it") == ["spotare"]
    assert "spostare" in suggestions("Non riesco a spotare il file.", "it", "spotare")


def test_forms_of_possedere_and_sedere_are_words():
    need_hunspell("it")
    assert flagged("Il cliente possiede due sedi e siede in prima fila.", "it") == []


def test_derivation_rule_needs_a_known_source_word():
    known = {"evidenziare", "adattativa"}.__contains__
    assert derived_known("evidenziazione", known)
    assert derived_known("adattativamente", known)
    assert not derived_known("evidenzazione", known)  # a typo: evidenzare is no verb
    assert not derived_known("azione", known)  # too short a stem


# --- English prefixes and software vocabulary ----------------------------------------------


def test_english_prefixes_on_common_words_pass():
    need_hunspell("en")
    text = (
        "Unchecking the box keeps the preloaded index; reindex untrusted and unencrypted "
        "files, then unmount the disk."
    )
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("remotte", "remote"),
        ("undefied", "undefined"),
        ("rescribe", "describe"),
        ("unpossible", "impossible"),
    ],
)
def test_a_slip_that_looks_prefixed_is_still_a_typo(typo, right):
    need_hunspell("en")
    text = f"Please note that the {typo} was checked."
    assert flagged(text, "en") == [typo]
    assert right in suggestions(text, "en", typo)


def test_en_prefix_rule_wants_a_participle_behind_un():
    known = {"trusted", "possible", "loaded"}.__contains__
    assert en_prefix_known("untrusted", known)
    assert en_prefix_known("preloaded", known)
    assert not en_prefix_known("unpossible", known)  # the Italian writer's "impossible"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The backend sends the stylesheet in the right charset and encodings.", "en"),
        ("Hide the menubar and the titlebar; executables on the filesystem stay.", "en"),
        ("Il backend usa una compressione lossy e un applet nella barra.", "it"),
    ],
)
def test_software_vocabulary_passes(text, lang):
    assert flagged(text, lang) == []


# --- suggestions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "typo", "right"),
    [
        ("Please check the curnt settings.", "curnt", "current"),
        # no neighbour to rank by: after "the", "seller" would fit better (test_text_context)
        ("Run ellper, then close it.", "ellper", "helper"),
        ("Please ccrete a new folder.", "ccrete", "create"),
    ],
)
def test_a_dropped_letter_plus_another_slip_is_corrected(text, typo, right):
    need_hunspell("en")
    assert right in suggestions(text, "en", typo)[:3]


def test_a_misspelt_weekday_gets_its_capitalised_name():
    need_hunspell("en")
    text = "The engineer will come on wednessday morning."
    assert suggestions(text, "en", "wednessday")[:1] == ("Wednesday",)


# --- names at a sentence start ------------------------------------------------------------------


def test_a_sentence_opener_far_from_every_word_is_taken_for_a_name():
    need_hunspell("en", "it")
    assert flagged("Gwenview is an image and video viewer.", "en") == []
    assert flagged("Gwenview mostra immagini e video.", "it") == []


def test_a_sentence_opener_near_a_word_is_still_a_typo():
    need_hunspell("en", "it")
    assert flagged("Pleese send the invoice.", "en") == ["Pleese"]
    assert flagged("Grazei per la risposta.", "it") == ["Grazei"]
    # mid-sentence in lowercase the same far word is still flagged: only openers are names
    assert flagged("We opened gwenview yesterday.", "en") == ["gwenview"]


# --- small Italian forms ------------------------------------------------------------------------


def test_ne_with_an_apostrophe_wants_the_closed_accent():
    text = "Non sono stati trovati ne' immagini ne' testi."
    found = [(f.excerpt, f.suggestions) for f in check_text(text, lang="it").findings]
    assert found == [("ne'", ("né",)), ("ne'", ("né",))]


def test_n_is_an_elision_only_after_ce_se_me_te_ve():
    assert flagged("Dove n è un multiplo di 4, la riga si ripete.", "it") == []
    found = [(f.excerpt, f.suggestions) for f in check_text("Non ce n è più.", lang="it").findings]
    assert found == [("n", ("n'",))]


def test_an_abbreviation_after_a_number_is_not_a_typo():
    need_hunspell("it")  # the lists fallback's broad list knows "ott"
    assert flagged("Il messaggio è arrivato il 12 ott 2024 alle 10.", "it") == []
    assert flagged("Consegna in 5 gg lavorativi, minimo 3 pz.", "it") == []
    assert flagged("Il pacco ott arriva domani.", "it") == ["ott"]  # not after a number
