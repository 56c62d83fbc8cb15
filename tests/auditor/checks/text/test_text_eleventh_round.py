"""What the eleventh held-out set (system monitors, logs and disk tools) showed the engine doing
wrong, once measured: an English contraction inside an untranslated English sentence read as an
Italian elision ("doesn'"), a quote opened before a sign read as an accent written as an
apostrophe ('% CPU'), a brand slip that took in the next word ("registtri è" for Registri), and
a program's name written exactly read as a slip of another ("Registri di sistema"). Each rule
also has sentences showing the mistakes it must still catch.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged

# The programs' names as the set gives them (a few of its 28): brands that are Italian words.
BRANDS = ["Registri", "Registro di sistema", "Monitor di sistema", "Filelight", "Dischi"]


def test_an_english_contraction_in_an_english_sentence_is_no_elision() -> None:
    need_hunspell("en")
    text = "If the program doesn't yet know the passphrase it will open a dialog."
    assert flagged(text, "it") == []
    # a slip in the contraction is still an English slip, and the sentence is still named
    slip = "If the program doesnt't yet know the passphrase it will open a dialog."
    assert flagged(slip, "it") == ["doesnt'"]
    assert next(f.rule for f in check_text(slip, lang="it").findings) == "language_mix"


@pytest.mark.parametrize(
    "text",
    [
        "Visualizza la colonna del processo '% CPU' all'avvio.",
        "Ordina per '# PID' e poi per nome.",
    ],
)
def test_a_quote_opened_before_a_sign_closes_after_an_acronym(text: str) -> None:
    assert flagged(text, "it") == []


def test_accents_written_as_apostrophes_are_still_found() -> None:
    assert flagged("E' pronto, perche' il prezzo e' di 5 euro piu' IVA.", "it") == [
        "E'",
        "perche'",
        "e'",
        "piu'",
    ]


def _brand_findings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    result = check_text(text, lang="it", brands=BRANDS)
    return [(f.rule, f.excerpt, f.suggestions[:1]) for f in result.findings]


def test_a_brand_slip_does_not_take_in_the_next_word() -> None:
    need_hunspell("it")
    # "registtri" is left to the spelling check (Registri is an Italian word too); the run
    # "registtri è" is no nearer to the name, so it is no brand slip
    assert _brand_findings("Il registtri è pronto.") == [("spelling", "registtri", ("registri",))]


def test_a_brand_written_exactly_is_no_slip_of_another() -> None:
    assert _brand_findings("Apri i Registri di sistema per leggere i messaggi.") == []
    # slips of either name are still named
    assert _brand_findings("Apri il Registro di sistma.") == [
        ("brand_name", "Registro di sistma", ("Registro di sistema",))
    ]
    assert _brand_findings("Apri il Monitor di ssitema.") == [
        ("brand_name", "Monitor di ssitema", ("Monitor di sistema",))
    ]


def test_a_slip_beside_a_shorter_brand_is_still_a_slip_of_the_longer() -> None:
    result = check_text(
        "Benvenuti al Hotl Bellavista di Roma.",
        lang="it",
        brands=["Hotel Bellavista", "Bellavista"],
    )
    assert [(f.rule, f.excerpt) for f in result.findings] == [("brand_name", "Hotl Bellavista")]
