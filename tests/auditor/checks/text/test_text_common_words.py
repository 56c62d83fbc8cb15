"""Common words a client writes that Hunspell's dictionaries lack, found by running wordfreq's
commonest Italian and English words through the check (a probe of no benchmark set): Italian
"d'altronde", "si addice", compostable packaging and a bar's "apericena"; English "lockdown",
"wellbeing", a menu's "café" and "omelettes", a CV's "résumé". Each word has a sentence showing
a slip of it still caught.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("D'altronde il colore si addice al negozio, tantomeno al bar.", "it"),
        ("Imballaggi compostabili e un'infografica sulla raccolta.", "it"),
        ("Apericena dalle 19; puoi chattare con noi su WhatsApp.", "it"),
        ("Prodotti ecosostenibili, sedazione cosciente, ibuprofene.", "it"),
        ("Non credo che il negozio possedesse un'area coworking.", "it"),
        ("A café with omelettes and a fine sauvignon.", "en"),
        ("Send your résumé; our wellbeing programme runs after the lockdown.", "en"),
        ("Cybersecurity and ecommerce in one timeframe, single-handedly.", "en"),
        ("The councillors and their counsellors did the maths.", "en"),
        ("Un percorso enogastronomico, un negozio monomarca, personale proattivo.", "it"),
        ("Una pista ciclopedonale e l'efficientamento dei processi.", "it"),
        ("Seguici sui nostri social, in primis sui social network.", "it"),
        ("Il direttore pro tempore, arrivati ex aequo, un premio ad personam.", "it"),
        ("Eyewear and workwear; enter the passcode by the countertop.", "en"),
        ("Glamping in tranquillity, a centrepiece for coeliac guests.", "en"),
        ("A coffee and a donut, a sudoku, a callout on a moveable panel.", "en"),
    ],
)
def test_common_words_are_known(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "slip"),
    [
        ("Il colore si addicce al negozio.", "it", "addicce"),
        ("Imballaggi compostabli.", "it", "compostabli"),
        ("Apericna dalle 19.", "it", "Apericna"),
        ("A cafée with omelletes.", "en", "omelletes"),
        ("After the lockdwon.", "en", "lockdwon"),
        ("Our wellbeign programme.", "en", "wellbeign"),
        ("Un negozio monomarcca.", "it", "monomarcca"),
        ("Il contratto social è firmato.", "it", "social"),  # a slip for sociale
        ("Enter the pascode.", "en", "pascode"),
    ],
)
def test_their_slips_are_still_found(text: str, lang: str, slip: str) -> None:
    need_hunspell(lang)
    assert slip in flagged(text, lang)


@pytest.mark.parametrize(
    ("text", "slip", "right"),
    [
        ("A cafè with omelettes.", "cafè", "café"),
        ("We met at the cafè downtown.", "cafè", "café"),
        ("Our clichè menu.", "clichè", "cliché"),
        ("The fiancèe arrived.", "fiancèe", "fiancée"),
    ],
)
def test_an_english_loanword_with_the_wrong_accent_gets_the_right_one_first(text, slip, right):
    """An accent typed is an accent meant: the accented form comes before the plain one, even
    where the words around favour the plain one (their pair counts are of plain letters)."""
    need_hunspell("en")
    found = {f.excerpt: f.suggestions for f in check_text(text, lang="en").findings}
    assert found[slip][0] == right
