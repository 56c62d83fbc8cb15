"""What the twenty-second held-out set (four books: Debian's New Maintainers' Guide and FAQ,
Debian Edu's manual, LilyPond's documentation) showed the engine doing wrong, once measured: a
command named with its manual's section after a hyphenated name ("dpkg-source(1)") read as a
word, the prefix "simil-" set apart by a hyphen, Italian music directions in English
("da capo", "sempre pp") and a few dictionary words. The slips beside them are still found.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Per i dettagli si veda dpkg-source(1).", "it"),
        ("See debconf-set-selections(8) for the format.", "en"),
        ("Un sistema simil-UNIX, in una borsa simil-pelle.", "it"),
        ("L'indicazione metronomica sopra la notazione mensurale.", "it"),
        ("Repeat from da capo, or dal segno; sempre pp, marcato, ossia.", "en"),
        ("An opera seria in three acts.", "en"),
        ("Diskless workstations boot a parseable, redistributable image.", "en"),
        ("Each release has a codename.", "en"),
    ],
)
def test_words_of_the_set_are_known(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "slips"),
    [
        ("Per i dettagli si veda dpkgg-sorce nel manuale.", "it", ["dpkgg", "sorce"]),
        ("Un simil errore.", "it", ["simil"]),  # the prefix alone, not set apart
        ("We went da the shop.", "en", ["da"]),  # "da" outside its phrase
        ("The dal was cold.", "en", ["dal"]),
        ("Diskles workstations.", "en", ["Diskles"]),
    ],
)
def test_slips_beside_them_are_still_found(text: str, lang: str, slips: list[str]) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == slips
