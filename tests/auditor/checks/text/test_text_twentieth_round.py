"""What the twentieth held-out set (sound mixers, screen lockers, login screens, docks and menus)
showed the engine doing wrong, once measured: words people write that it did not know (soundcard,
drag'n'drop, et cetera, a prefixed plural: subcatalogs; Italian: sfuocatura), and, with the
programs' names as the client's brands, the brand rule reading prose as a brand written with
two faults at once ("Un mixer" beside PNMixer, "Esegue il programma" beside "Esegui
programma…"), a run near a two-word name only across its words ("KMenuEdit o" beside "Menu
Editor"), and English words Italian text uses ("l'editor di menu") not counted as words people
write. Each rule also has sentences showing the slips it must still catch.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged

# The programs' names as the set gives them (a few of its own), and a client's names.
BRANDS = ["PNMixer", "Esegui programma…", "Menu Editor", "Editor dei menu", "Hotel Bellavista"]


def _brand(text: str, lang: str) -> list[str]:
    result = check_text(text, lang=lang, brands=BRANDS)
    return [f.excerpt for f in result.findings if f.rule == "brand_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Un mixer per la system tray.",
        "Esegue il programma attraverso lo script wrapper.",
        "Esegui il programma e ritorna il suo risultato.",
        "Ordina le voci dalla barra degli strumenti di KMenuEdit o trascinale con il mouse.",
        "Impossibile avviare l'editor di menu.",
    ],
)
def test_prose_beside_a_name_is_no_slip_of_it(text: str) -> None:
    need_hunspell("it")
    assert _brand(text, "it") == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Apri PNMixr dalla barra.", "PNMixr"),
        ("Apri PN Mixer dalla barra.", "PN Mixer"),  # the name's letters, mis-spaced
        ("Apri il Menu Edtor.", "Menu Edtor"),  # one edit inside a word of the name
        ("Prenota all'Hotl Bellavista.", "Hotl Bellavista"),
        ("Usa Esegui programa per avviarlo.", "Esegui programa"),
        ("Apri l'Editor di menu.", "Editor di menu"),  # a word of the name swapped, same case
    ],
)
def test_slips_of_a_name_are_still_found(text: str, excerpt: str) -> None:
    need_hunspell("it")
    assert _brand(text, "it") == [excerpt]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The last soundcard was unplugged; other soundcards stay.", "en"),
        ("You may drag'n'drop URLs and bookmarks to the pie.", "en"),
        ("Enable autologin, or relogin after each update.", "en"),
        ("Selected Text, Frontmost Window, Last Command et cetera.", "en"),
        ("If you select multiple subcatalogs, the search is restricted to them.", "en"),
        ("Sfuocatura in movimento e sfuocature leggere.", "it"),
    ],
)
def test_words_of_the_set_that_people_write(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "slip"),
    [
        ("The last soundcrad was unplugged.", "en", "soundcrad"),
        ("Use the subcatalgs.", "en", "subcatalgs"),
        # an s typed twice is no plural after a prefix: de + vices + s, de + tails + s
        ("Open the devicess panel.", "en", "devicess"),
        ("Show the detailss.", "en", "detailss"),
        ("Use a cetera here.", "en", "cetera"),  # Latin only beside its partner
        ("Sfuocatra in movimento.", "it", "Sfuocatra"),
    ],
)
def test_their_slips_are_still_found(text: str, lang: str, slip: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == [slip]
