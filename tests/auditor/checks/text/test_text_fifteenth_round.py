"""What the fifteenth held-out set (e-book readers, catalogues, cookery and dictionaries) showed,
once measured: British spellings our list lacked ("grey", "colourful"), a word of general use
("barcodes") and interface terms (GTK's header bar and popovers, a source tarball, a sandboxed
process) were misspellings; Italian text reads the last as loanwords. Each word has a sentence
showing a slip of it still caught.
"""

from __future__ import annotations

import pytest

from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Use a grey checkered background and greyed-out buttons.", "en"),
        ("A colourful cover, centred on the page, from version 3 onwards.", "en"),
        ("Scan the barcodes of your books with a webcam.", "en"),
        ("The headerbar hides itself; the popover shows the chapters.", "en"),
        ("Processes are now sandboxed; build it from the tarball.", "en"),
        ("Un nuovo popover mostra le stime del tempo di lettura.", "it"),
        ("Archivio (zip, tarball)", "it"),
    ],
)
def test_the_words_the_fifteenth_set_showed_are_known(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "slip"),
    [
        ("Use a gery background.", "en", "gery"),
        ("Scan the barcoeds of your books.", "en", "barcoeds"),
        ("The headerbr hides itself.", "en", "headerbr"),
        ("Processes are now sandoxed.", "en", "sandoxed"),
        ("Un nuovo popovre mostra le stime.", "it", "popovre"),
    ],
)
def test_their_slips_are_still_found(text: str, lang: str, slip: str) -> None:
    need_hunspell(lang)
    assert slip in flagged(text, lang)
