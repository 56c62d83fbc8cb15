"""What the forty-first round changed, read in the fifty-sixth to fifty-eighth sets (user
documentation, three consumer apps' strings, a museum's guide) after their single measurement:
a Latin locution the language writes is accepted whole and is no Italian left in English copy
(pro bono, bona fide, inter alia; una tantum, ex novo in Italian), while a locution only Italian
writes stays an Italianism in English; sedere's future and conditional in "sie-" (siederà,
possiederebbe) are Italian; "birthdate" is English.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from auditor.checks.text.latin import LOCUTIONS
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


def _rules(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in check_text(text, lang=lang).findings]


@pytest.mark.parametrize(
    "text",
    [
        "Our lawyers also work pro bono for the association, inter alia on housing cases.",
        "The seller acted in bona fide and the contract was void ipso facto.",
        "She graduated summa cum laude from her alma mater in 2019.",
        "The board member sits ex officio; the meeting was adjourned sine die.",
        "The test was run in vitro, then in vivo, and its results are sui generis.",
    ],
)
def test_english_latin_locutions_raise_nothing(text):
    need_hunspell("en")
    assert _rules(text, "en") == []


def test_a_locution_is_accepted_only_whole_and_its_slips_are_still_found():
    need_hunspell("en")
    assert flagged("The firm works for bono clients.", "en") == ["bono"]
    assert flagged("The test was run in vitri.", "en") == ["vitri"]
    assert flagged("Dedicated in memorian of our founder.", "en") == ["memorian"]


def test_a_locution_only_italian_writes_stays_an_italianism_in_english():
    need_hunspell("en")
    rules = _rules("The fee is paid una tantum and the offices were rebuilt ex novo.", "en")
    assert ("italian_words", "una tantum") in rules
    assert ("spelling", "novo") in rules


@pytest.mark.parametrize(
    "text",
    [
        "Il contributo è versato una tantum e la sede è stata ricostruita ex novo.",
        "Il premio è dedicato in memoriam al fondatore, un vero mea culpa dell'azienda.",
        "Il principio dell'habeas corpus vale erga omnes, come ricorda il giudice.",
        "Gli eredi del de cuius hanno ricevuto un ex libris antico, ante litteram.",
    ],
)
def test_italian_latin_locutions_raise_nothing(text):
    need_hunspell("it")
    assert flagged(text, "it") == []


def test_the_lists_keep_each_language_apart():
    assert ("pro", "bono") in LOCUTIONS["en"] and ("pro", "bono") not in LOCUTIONS["it"]
    assert ("una", "tantum") in LOCUTIONS["it"] and ("una", "tantum") not in LOCUTIONS["en"]
    assert ("bona", "fide") in LOCUTIONS["en"] and ("bona", "fide") in LOCUTIONS["it"]


def test_sedere_future_and_conditional_in_sie_are_italian():
    need_hunspell("it")
    text = (
        "Al vostro arrivo vi siederete al tavolo; il cliente si siederà e chi possiederà la "
        "tessera ne possiederebbe i vantaggi. Il comitato soprassiederebbe."
    )
    assert flagged(text, "it") == []
    # not a form of sedere: still slips
    assert flagged("Il cliente si siedera al tavolo.", "it") == ["siedera"]
    assert flagged("Il cliente si siederàa al tavolo.", "it") == ["siederàa"]


def test_birthdate_is_english():
    need_hunspell("en")
    assert flagged("Please enter your birthdate.", "en") == []
    assert flagged("Please enter your birthdte.", "en") == ["birthdte"]
