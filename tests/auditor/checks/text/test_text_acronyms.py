"""An acronym written in small letters is spelt right and cased wrong: the check says so, in
the text's language, and offers the capitals, not the nearest words ("pdf": PDF, not per, pec)."""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


def _findings(text: str, lang: str, word: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [
        (f.rule, f.suggestions, f.message)
        for f in check_text(text, lang=lang).findings
        if f.excerpt == word
    ]


@pytest.mark.parametrize(
    ("text", "lang", "word", "fix", "message"),
    [
        ("Le alleghiamo il pdf del preventivo.", "it", "pdf", "PDF", "“pdf” è una sigla"),
        ("Importi il file csv dal gestionale.", "it", "csv", "CSV", "si scrive “CSV”"),
        ("Please find the pdf attached.", "en", "pdf", "PDF", "“pdf” is an acronym"),
        ("Open the html page in a browser.", "en", "html", "HTML", "write “HTML”"),
    ],
)
def test_a_lowercase_acronym_is_a_capitals_finding_with_its_capitals(
    text: str, lang: str, word: str, fix: str, message: str
) -> None:
    need_hunspell(lang)
    [(rule, suggestions, said)] = _findings(text, lang, word)
    assert rule == "capitalization"
    assert suggestions[0] == fix
    assert message in said
    assert flagged(text, lang) == []  # no longer "a typo?"


def test_a_word_one_slip_away_follows_the_capitals() -> None:
    need_hunspell("it")
    [(rule, suggestions, _said)] = _findings("Copi la url nella barra.", "it", "url")
    assert rule == "capitalization"
    assert suggestions[0] == "URL"
    assert "urla" in suggestions  # the writer may have slipped on "urla"


def test_an_acronym_opening_a_sentence_gets_one_finding_with_the_capitals() -> None:
    need_hunspell("it")
    found = _findings("Grazie. pdf allegato alla mail.", "it", "pdf")
    assert len(found) == 1
    rule, suggestions, said = found[0]
    assert (rule, suggestions) == ("capitalization", ("PDF",))
    assert said.startswith("La frase comincia con la maiuscola")


def test_acronyms_written_in_capitals_and_accepted_words_are_left_alone() -> None:
    need_hunspell("en")
    assert _findings("Please find the PDF attached.", "en", "PDF") == []
    result = check_text("Please find the pdf attached.", lang="en", accepted_words=("pdf",))
    assert [f for f in result.findings if f.excerpt == "pdf"] == []


def test_a_slip_that_is_no_acronym_is_still_a_typo() -> None:
    need_hunspell("en")
    assert flagged("Please find the pfd attached.", "en") == ["pfd"]


@pytest.mark.parametrize(
    ("text", "lang", "word", "meant", "acronym"),
    [
        ("Da erp noi.", "it", "erp", "ero", "ERP"),  # a slip on ero, era or per
        ("The cpu of tea.", "en", "cpu", "cup", "CPU"),  # "cup" with two letters swapped
    ],
)
def test_an_acronym_one_slip_from_a_common_word_stays_a_typo(
    text: str, lang: str, word: str, meant: str, acronym: str
) -> None:
    need_hunspell(lang)
    [(rule, suggestions, _said)] = _findings(text, lang, word)
    assert rule == "spelling"
    assert suggestions[0] == meant
    assert acronym in suggestions  # offered after the nearest words


def test_italian_public_acronyms_are_not_read_in_english_text() -> None:
    need_hunspell("en")
    [(rule, suggestions, _said)] = _findings("Turn left iva the station.", "en", "iva")
    assert rule == "spelling"
    assert "IVA" not in suggestions
