"""What the twenty-first held-out set (input methods, wallpaper changers, power management)
showed the engine doing wrong, once measured: the imperative of a compound of tenere or venire
with a pronoun ("Mantienine uno solo") flagged, where Hunspell's Italian dictionary builds such
forms only on the old stem ("mantenilo") and so offered that as the correction. Slips of those
forms are still found.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Mantienine uno solo e risparmia molto spazio.",
        "Ottienilo subito con il codice sconto!",
        "Mantienilo pulito e asciutto.",
        "Sostienili ogni giorno, trattienila ancora un poco.",
        "Previenilo con una revisione ogni anno.",
    ],
)
def test_compounds_of_tenere_and_venire_take_a_pronoun(text: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == []


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Mantienlio pulito e asciutto.", "Mantienlio"),
        ("Ottienilx subito con il codice.", "Ottienilx"),
        ("Matienilo pulito.", "Matienilo"),  # no verb "matenere" to carry it
    ],
)
def test_slips_of_those_forms_are_still_found(text: str, slip: str) -> None:
    need_hunspell("it")
    assert flagged(text, "it") == [slip]
