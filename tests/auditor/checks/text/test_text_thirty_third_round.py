"""What the thirty-third and thirty-fourth held-out sets (a university group's research site and
apps' strings; four Android apps' strings) showed the engine doing wrong, once measured: an
Italian elided article before an ordinary word read as a slip of a brand ("all'app" beside the
app WallApp), an English possessive of a common word and a British spelling flagged without
Hunspell ("the smartphone's sensors", "customise"), and three words of games and crowds
Merriam-Webster has (gameplay, gamification, crowdsourcing). Found beside them, measuring the
British spellings without Hunspell: "failled" read as a British doubled l (travelled), in both
modes, and then offered as "fail led" before "failed". The slips beside them, and the published
text's own misspellings, are still found.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged


def _brand_findings(text: str, lang: str, brands: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    result = check_text(text, lang=lang, brands=brands)
    return [(f.excerpt, f.suggestions) for f in result.findings if f.rule == "brand_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Vuoi tornare all'app? Imposta lo sfondo dall'app WallApp.",
        "Torna all’app e apri WallApp.",
        "Un'app per gli sfondi: WallApp.",
    ],
)
def test_an_elided_article_before_a_word_is_no_slip_of_a_brand(text: str) -> None:
    assert _brand_findings(text, "it", ["WallApp"]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Scarica wallap per i tuoi sfondi.", "wallap"),
        ("Apri la wallapp dal telefono.", "wallapp"),
        ("Torna all'Wallap per gli sfondi.", "Wallap"),
    ],
)
def test_the_brand_written_wrong_is_still_found(text: str, found: str) -> None:
    assert _brand_findings(text, "it", ["WallApp"]) == [(found, ("WallApp",))]


def test_an_elided_article_before_a_slip_leaves_the_slip_to_the_spelling_check() -> None:
    need_hunspell("it")
    text = "Vuoi tornare all'ap? WallApp è pronta."
    assert _brand_findings(text, "it", ["WallApp"]) == []
    assert flagged(text, "it") == ["ap"]


def test_a_possessive_of_a_common_word_passes_without_hunspell(lists_only) -> None:
    text = "The smartphone’s sensors, the app's menu and the users' data."
    assert flagged(text, "en") == []
    assert flagged("The smarphone's sensors.", "en") == ["smarphone's"]


def test_british_spellings_pass_without_hunspell(lists_only) -> None:
    text = "Customise the page: the organiser optimised it."
    assert flagged(text, "en") == []
    assert flagged("Customise the page: the organsier optimised it.", "en") == ["organsier"]


@pytest.mark.parametrize("hunspell", [True, False])
def test_an_l_after_a_vowel_pair_is_never_doubled(hunspell: bool, request) -> None:
    if hunspell:
        need_hunspell("en")
    else:
        request.getfixturevalue("lists_only")
    text = "The travelled path, the cancelled trip, fuelled and dialled; the jeweller."
    assert flagged(text, "en") == []
    slips = "The upload failled; the water boilled and coolled."
    assert flagged(slips, "en") == ["failled", "boilled", "coolled"]


@pytest.mark.parametrize(
    ("text", "word", "first", "then"),
    [
        ("The upload failled twice.", "failled", "failed", "fail led"),
        ("I like it aswell.", "aswell", "as well", "swell"),
        ("We say thankyou to every guest.", "thankyou", "thank you", "thank"),
    ],
)
def test_a_split_yields_to_a_likelier_word(text: str, word: str, first: str, then: str) -> None:
    need_hunspell("en")
    found = [f for f in check_text(text, lang="en").findings if f.excerpt == word]
    assert found and found[0].suggestions[:2] == (first, then)


def test_words_of_games_and_crowds_merriam_webster_has() -> None:
    need_hunspell("en")
    text = "The gameplay, the gamification of learning, and crowdsourcing for social good."
    assert flagged(text, "en") == []
    slips = "The gamepla, the gamificaton of learning, and crowdsorcing for social good."
    assert flagged(slips, "en") == ["gamepla", "gamificaton", "crowdsorcing"]


@pytest.mark.parametrize(
    ("text", "lang", "slip"),
    [
        ("Non muovere il dispositivo finchè la calibrazione non è completata.", "it", "finchè"),
        ("Controlla la data di inzio della sessione.", "it", "inzio"),
        ("Sei sicuro di voler archiviare quest portafoglio?", "it", "quest"),
        ("Inserisci un numero: associeremo il numero a questo dispositivo.", "it", "associeremo"),
        ("Innovation and sustainbility goals.", "en", "sustainbility"),
        ("An interactive, continously updated map.", "en", "continously"),
    ],
)
def test_the_published_texts_own_slips_are_still_found(text: str, lang: str, slip: str) -> None:
    need_hunspell(lang)
    assert slip in flagged(text, lang)
