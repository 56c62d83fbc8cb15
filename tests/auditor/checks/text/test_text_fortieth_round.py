"""What the fortieth held-out set (four small businesses' web copy) showed the engine doing
wrong, once measured: a page's apostrophe lost to its encoding ("dell? informatica",
"nell?assistenza") was told as a typo of "dell" (test_text_encoding.py has that rule); a
company's "& c" before "è" was read as "c'è" missing its apostrophe; "post-partum" was a typo of
"parti". The slips stay found: "la c è qui", "il partum" alone. Read across the web-copy sets
in the same round: an English word of Italian prose that no Italian word comes near
("mentorship", "onboarding") is a loan, while one a slip from an Italian word ("un credit":
credito) stays a typo.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Roberto Ferremi & c è in grado di assolvere a qualsiasi necessità.", "it"),
        ("Utile durante la gravidanza e il recupero post-partum.", "it"),
        ("Misure in situ, ripetute ad libitum, et cetera.", "it"),
        ("Ne parliamo de visu; il rinvio sine die; eventi extra moenia.", "it"),
        ("It can be very useful during pregnancy and post-partum recovery.", "en"),
        ("The list goes on ad infinitum.", "en"),
    ],
)
def test_a_company_abbreviation_and_latin_locutions_pass(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dove sei? la c è qui.", "c"),
        ("Il partum non esiste.", "partum"),
        ("Recovery partum is slow.", "partum"),
    ],
)
def test_the_same_words_alone_stay_found(text: str, word: str) -> None:
    need_hunspell("it", "en")
    lang = "en" if text.startswith("Recovery") else "it"
    assert word in flagged(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Offriamo un percorso di mentorship ai giovani professionisti.",
        "Il processo di onboarding dei nuovi clienti dura una settimana.",
        "Organizziamo sessioni di prototyping rapido.",
    ],
)
def test_an_english_word_no_italian_word_comes_near_is_a_loan(text: str) -> None:
    need_hunspell("it", "en")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Abbiamo un credit di mille euro.", "credit"),  # credito
        ("La nostra vision è chiara.", "vision"),  # visione
        ("Organizziamo workshops per le aziende.", "workshops"),  # i workshop
        ("Il documnto è pronto.", "documnto"),
    ],
)
def test_an_english_word_near_an_italian_one_stays_a_slip(text: str, word: str) -> None:
    need_hunspell("it", "en")
    assert word in flagged(text, "it")
