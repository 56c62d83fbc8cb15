"""What the twenty-third held-out set (strategy and role-playing games' catalogues) showed the
engine doing wrong, once measured: "avvolte" taken for the slip "a volte" where it is avvolgere's
participle ("erano avvolte nel mistero"), the voi form of an -ere verb the dictionary lacks
(possedete), "gli dèi" with the accent that tells them from the preposition, a possessive of a
hyphenated word with a typographic apostrophe (add-on’s), and a few dictionary words. The slips
beside them are still found.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vaste foreste erano avvolte nel mistero.", "it"),
        ("Le colline, avvolte dalla nebbia, sparivano.", "it"),
        ("Colline avvolte nell'ombra, cime avvolte dall’oscurità.", "it"),  # elided
        ("Le hanno avvolte in un panno.", "it"),
        ("Il notaio ha apposto la firma.", "it"),
        ("Se non possedete la tecnologia, non potete accettare.", "it"),
        ("Sedete pure: qui sedevano i nonni.", "it"),
        ("Siano lodati gli dèi! Il tempio degli dèi.", "it"),
        ("Il samoiedo tira la slitta; la calchera cuoce la calce.", "it"),
        ("By uploading an add-on, you are the add-on’s author.", "en"),
        ("They wield axe and hammer with dextrous hands.", "en"),
        ("Snowcapped mountains; a fledgeling state; the clocks desynchronized.", "en"),
    ],
)
def test_words_of_the_set_are_known(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "slips"),
    [
        ("Avvolte capita di sbagliare.", "it", ["Avvolte"]),
        ("Ci penso e avvolte mi pento.", "it", ["avvolte"]),
        ("È tutto apposto.", "it", ["apposto"]),  # "è" reads both ways: still the slip
        ("Ci sono alcuni dèi file.", "it", ["dèi"]),  # the accent away from its article
        ("Se non posedete la tecnologia.", "it", ["posedete"]),
        ("By uploading an add-on, you are the add-onn’s author.", "en", ["onn’s"]),
        ("They wield axxe and hammer.", "en", ["axxe"]),
    ],
)
def test_slips_beside_them_are_still_found(text: str, lang: str, slips: list[str]) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == slips


def test_the_common_slip_still_offers_its_fix() -> None:
    need_hunspell("it")
    assert suggestions("Avvolte capita di sbagliare.", "it", "Avvolte") == ("A volte",)
