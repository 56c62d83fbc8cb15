"""Characters lost to a text's encoding: each garbled word is one finding that says what it is and
what the word was, and the rest of the text is checked as it was meant to read (no capital asked
after a "?" that was a letter, no typo on "dell", offsets into the text as given)."""

from __future__ import annotations

import unicodedata

import pytest

from auditor.checks.text import check_text
from auditor.model import Severity
from auditor.suggestions import finding_title
from tests.auditor.checks.text.hunspell_support import need_hunspell


def _findings(text: str, lang: str) -> list[tuple[str, str, tuple[str, ...]]]:
    result = check_text(text, lang=lang)
    for f in result.findings:
        assert text[f.start : f.end] == f.excerpt, f
    return [(f.rule, f.excerpt, f.suggestions) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Benvenuti nella nostra citt? di mare, sempre pi? bella: perch? non venire?",
            [
                ("encoding", "citt?", ("città",)),
                ("encoding", "pi?", ("più",)),  # più, not the rarer piè
                ("encoding", "perch?", ("perché",)),
            ],
        ),
        (
            "Lavoriamo nell?assistenza dei clienti e nel campo dell? informatica.",
            [
                ("encoding", "nell?assistenza", ("nell'assistenza",)),
                ("encoding", "dell?", ("dell'",)),
            ],
        ),
        (
            "Un po? di tempo e una qualit? eccellente, con l?ausilio di strumenti.",
            [
                ("encoding", "po?", ("po'",)),
                ("encoding", "qualit?", ("qualità",)),
                ("encoding", "l?ausilio", ("l'ausilio",)),
            ],
        ),
        (
            "Il caff\ufffd \ufffd buono.",
            [("encoding", "caff\ufffd", ("caffè",)), ("encoding", "\ufffd", ())],
        ),
        (
            "Benvenuti nella cittÃ  di mare, sempre piÃ¹ bella. PerchÃ© non venire?",
            [
                ("encoding", "cittÃ", ("città",)),  # à's second byte became a space
                ("encoding", "piÃ¹", ("più",)),
                ("encoding", "PerchÃ©", ("Perché",)),
            ],
        ),
    ],
)
def test_an_italian_word_garbled_by_the_encoding_is_one_finding(text, expected) -> None:
    need_hunspell("it")
    assert _findings(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We don?t charge for the company?s first visit, it?s free.",
            [
                ("encoding", "don?t", ("don't",)),
                ("encoding", "company?s", ("company's",)),
                ("encoding", "it?s", ("it's",)),
            ],
        ),
        (
            "Itâ€™s our â€œbestâ€\x9d offer, â€œtrulyâ€ cheap at 5 â‚¬.",
            [
                ("encoding", "Itâ€™s", ("It’s",)),
                ("encoding", "â€œbestâ€\x9d", ("“best”",)),
                ("encoding", "â€œtrulyâ€", ("“truly”",)),  # the quote's last byte dropped
                ("encoding", "â‚¬", ("€",)),
            ],
        ),
    ],
)
def test_an_english_word_garbled_by_the_encoding_is_one_finding(text, expected) -> None:
    need_hunspell("en")
    assert _findings(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Come va? tutto bene, grazie.", "it"),  # "va" is a word: a question, no damage
        ("Il prezzo è «ottimo»: 5 € a persona, 20° di sconto, È già pagato.", "it"),
        ("Apri https://esempio.it/index.php?module=prenota&lingua=it per prenotare.", "it"),
        ("Is it true? yes, it is.", "en"),
        ("Visit https://example.com/search?q=rooms today.", "en"),
    ],
)
def test_a_question_accents_and_a_url_are_no_damage(text, lang) -> None:
    need_hunspell(lang)
    assert [f for f in _findings(text, lang) if f[0] == "encoding"] == []


def test_the_rest_of_a_garbled_text_is_checked_with_offsets_into_the_text_as_given() -> None:
    need_hunspell("it")
    text = "La cittÃ  di mare ha un hotell sulla spiaggia e nell?ingresso un bar."
    findings = _findings(text, "it")
    assert ("encoding", "cittÃ", ("città",)) in findings
    assert ("encoding", "nell?ingresso", ("nell'ingresso",)) in findings
    spelling = [f for f in findings if f[0] == "spelling"]
    assert [f[1] for f in spelling] == ["hotell"]  # found where it stands, after the repair
    assert not [
        f for f in findings if f[0] in ("capitalization", "double_space", "punctuation_spacing")
    ]


def test_decomposed_accents_and_a_lost_character_map_back_together() -> None:
    need_hunspell("it")
    text = unicodedata.normalize("NFD", "Perché la citt? è bella") + " e il hotell no."
    findings = _findings(text, "it")
    assert ("encoding", "citt?", ("città",)) in findings
    assert [f[1] for f in findings if f[0] == "spelling"] == ["hotell"]


def test_the_finding_says_what_the_customer_sees_in_the_auditors_language() -> None:
    need_hunspell("it")
    [finding] = check_text("Visita la nostra citt? di mare.", lang="it").findings
    assert finding.severity is Severity.MAJOR
    assert finding.message == (
        "Carattere perso nella codifica del testo: si legge “citt?” invece di “città”."
    )
    english = check_text("Visita la nostra citt? di mare.", lang="it", messages="en").findings[0]
    assert english.message == (
        "Character lost to the text's encoding: it shows “citt?” instead of “città”."
    )
    assert finding_title(finding, "website", "it") == (
        "Carattere perso nella codifica sul sito: «citt?»"
    )
    [both_bytes] = check_text("Il caff\ufffd\ufffd.", lang="it").findings
    assert both_bytes.suggestions == ("caffè",)
    [lost] = check_text("Il codice xq\ufffd.", lang="it", messages="en").findings
    assert lost.suggestions == ()
    assert "cannot be read" in lost.message
