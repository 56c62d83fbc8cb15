"""What the forty-first held-out set (a campsite's web copy) showed the engine doing wrong, once
measured: "escursionisti e mountainbikers" was a typo of "portacontainers". Two English words
written as one in Italian prose, each of four letters or more, that no Italian word comes near,
are English's closed compound, borrowed as found, like a lone English word no Italian word comes
near (the fortieth round). Two Italian words run together stay a slip offered apart, a slip of an
Italian word stays a typo, and in English text a run-together pair ("on campingsite") stays the
writer's slip.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Il Lagorai è il paradiso di escursionisti e mountainbikers.",
        "Il progetto raccoglie i dati con il crowdsensing dei cittadini.",
        "La modalità passthrough inoltra il segnale senza modificarlo.",
    ],
)
def test_english_words_written_as_one_are_a_loan_in_italian(text: str) -> None:
    need_hunspell("it", "en")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Porta il nuovoprogetto in primopiano.", "nuovoprogetto"),  # nuovo progetto
        ("Porta il nuovoprogetto in primopiano.", "primopiano"),  # primo piano
        ("Il material è arrivato.", "material"),  # materiale
        ("La mountainbikke è in garage.", "mountainbikke"),
    ],
)
def test_italian_words_run_together_and_slips_stay_found(text: str, word: str) -> None:
    need_hunspell("it", "en")
    assert word in flagged(text, "it")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You can leave your caravan on campingsite for the winter.", "campingsite"),
        ("A single person can stayin a PANORAMA pitch.", "stayin"),
    ],
)
def test_words_run_together_in_english_stay_slips(text: str, word: str) -> None:
    need_hunspell("en")
    assert word in flagged(text, "en")
