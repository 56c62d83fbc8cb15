"""What the thirty-seventh round changed, read in the forty-sixth and forty-seventh sets
(Tiledesk's and alf.io's strings) after their single measurement: a file's extension named alone
(".jpeg o .png") is no acronym in small letters; a size written as numbers joined by an x
("128x128 px") counts as the number a unit follows; the web integration's words (webhook,
iframe; in Italian also timezone) are known; and a well-known name written in small letters
("account paypal") is offered first as its owner writes it (PayPal), as "milano" is offered
Milano.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions


def _rules(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in check_text(text, lang=lang).findings]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Preferred image size: .jpeg or .png", "en"),
        ("Upload a *.csv file.", "en"),
        ("Formato dell'immagine: .jpeg o .png", "it"),
        ("Carica un file (.pdf, .docx) di al massimo 5 MB.", "it"),
    ],
)
def test_an_extension_named_alone_is_not_an_acronym_in_small_letters(text: str, lang: str) -> None:
    assert _rules(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "acronym"),
    [("Le alleghiamo il pdf.", "it", "pdf"), ("Please send the png again.", "en", "png")],
)
def test_an_acronym_in_small_letters_in_prose_is_still_noted(
    text: str, lang: str, acronym: str
) -> None:
    assert ("capitalization", acronym) in _rules(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Preferred image size 128x128 px - Image format: PNG", "en"),
        ("A banner of 300x250 px is shown.", "en"),
        ("Dimensione consigliata 128x128 px.", "it"),
        ("Stampa su tela 30×40 cm.", "it"),
    ],
)
def test_a_unit_after_a_size_written_with_an_x_is_a_unit(text: str, lang: str) -> None:
    assert flagged(text, lang) == []


def test_a_slip_after_a_size_is_still_flagged() -> None:
    need_hunspell("it")
    assert flagged("Una stampa 30x40 di qualitaa.", "it") == ["qualitaa"]
    assert "ppx" in flagged("Dimensione consigliata 128x128 ppx.", "it")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The webhook URL must be a valid URL.", "en"),
        ("Webhooks are a powerful resource.", "en"),
        ("Embed the page in the app via an iframe.", "en"),
        ("L'URL del webhook deve essere un URL valido.", "it"),
        ("La pagina da incorporare nell'app tramite un iframe.", "it"),
        ("Seleziona il timezone del progetto.", "it"),
    ],
)
def test_the_web_integration_words_are_known(text: str, lang: str) -> None:
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "word", "fix"),
    [
        ("Copy the webhok URL.", "en", "webhok", "webhook"),
        ("Seleziona il timezon del progetto.", "it", "timezon", "timezone"),
    ],
)
def test_a_slip_of_a_web_integration_word_gets_the_word(
    text: str, lang: str, word: str, fix: str
) -> None:
    need_hunspell(lang)
    assert fix in suggestions(text, lang, word)


@pytest.mark.parametrize(
    ("text", "lang", "word", "name"),
    [
        ("Paga con il tuo account paypal.", "it", "paypal", "PayPal"),
        ("Seguici su youtube.", "it", "youtube", "YouTube"),
        ("Scrivici su whatsapp.", "it", "whatsapp", "WhatsApp"),
        ("Have you enabled javascript?", "en", "javascript", "JavaScript"),
        ("Book us on tripadvisor.", "en", "tripadvisor", "TripAdvisor"),
    ],
)
def test_a_well_known_name_written_otherwise_is_offered_as_its_owner_writes_it(
    text: str, lang: str, word: str, name: str
) -> None:
    # spelt as a name the dictionary knows only capitalised ("milano") is: still a finding,
    # with the name first where the nearest words were (papa, palpa; sappiate)
    assert suggestions(text, lang, word)[0] == name


def test_a_well_known_name_opening_a_sentence_gets_its_own_capitals() -> None:
    assert _rules("iPhone in offerta fino a domenica.", "it") == []
    findings = check_text("paypal accettato.", lang="it").findings
    assert [(f.rule, f.suggestions) for f in findings] == [("capitalization", ("PayPal",))]


def test_the_name_s_finding_speaks_the_text_s_language() -> None:
    (finding,) = check_text("Paga con il tuo account paypal.", lang="it").findings
    assert finding.message == "“paypal”: il nome si scrive “PayPal”."
    (finding,) = check_text("Pay with your paypal account.", lang="en").findings
    assert finding.message == "“paypal”: the name is written “PayPal”."
