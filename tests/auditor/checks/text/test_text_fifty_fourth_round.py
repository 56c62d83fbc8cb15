"""What the fortieth round changed, read in the fifty-fourth and fifty-fifth sets (a law firm's web
copy, a transport app's strings) after their single measurement: a French, Spanish or German
passage inside Italian or English text (a talk's title quoted in its language) is one
`other_language` note, not a row of typos; an Italian month in a date of English text ("8 marzo
2018") is an `italian_words` finding that offers the English month; "rockstar" is a word of both
languages.
"""

from __future__ import annotations

import pytest

from auditor.checks.text import check_text
from auditor.checks.text.third_language import FUNCTION_WORDS
from auditor.i18n import translator
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged, suggestions


def _notes(text: str, lang: str, messages: str | None = None) -> list[tuple[str, str]]:
    result = check_text(text, lang=lang, messages=messages)
    return [(f.excerpt, f.message) for f in result.findings if f.rule == "other_language"]


TITLE_IT = (
    "• Relatore su “Les défis de l’avocat en l’Europe du XXIème siècle”, nell'ambito del "
    "Convegno organizzato dalla Unione degli Avvocati europei (Alba Iulia, 24 giugno 2016)."
)
TITLE_EN = (
    "Attorney Gabriele Donà will speak on “Ne bis in idem et les pouvoirs d’imposer des amendes "
    "des autorités européennes et nationales de concurrence” at the conference."
)


def test_a_french_title_in_italian_text_is_one_note_and_no_typo() -> None:
    need_hunspell("it", "en")
    assert _notes(TITLE_IT, "it", messages="en") == [
        (
            "Les défis de l’avocat en l’Europe du XXIème siècle",
            "These words are in French: are they meant to be (a title, a quotation)?",
        )
    ]
    assert flagged(TITLE_IT, "it") == []


def test_a_french_title_in_english_text_is_one_note_and_no_typo() -> None:
    need_hunspell("it", "en")
    notes = _notes(TITLE_EN, "en")
    # the title's last words, up to its closing quotation mark, are French too
    assert [n[0] for n in notes] == [
        "et les pouvoirs d’imposer des amendes des autorités européennes et nationales de "
        "concurrence"
    ]
    assert not {"pouvoirs", "amendes", "des", "autorités", "européennes"} & set(
        flagged(TITLE_EN, "en")
    )


def test_the_note_speaks_the_text_language_by_default() -> None:
    need_hunspell("it", "en")
    assert _notes(TITLE_IT, "it")[0][1] == (
        "Queste parole sono in francese: è voluto (un titolo, una citazione)?"
    )
    assert translator("it")("Words in another language {where}: «{excerpt}»") == (
        "Parole in un'altra lingua {where}: «{excerpt}»"
    )


@pytest.mark.parametrize(
    ("text", "lang", "excerpt", "language"),
    [
        (
            "Il ristorante cita il motto “Para los amigos, todo: nuestra casa está abierta”.",
            "it",
            "los amigos, todo: nuestra casa está abierta",
            "Spanish",
        ),
        (
            "The brochure quotes the founder: “Qualität und Handwerk für die Zukunft”.",
            "en",
            "Qualität und Handwerk für die Zukunft",
            "German",
        ),
    ],
)
def test_spanish_and_german_passages_are_told_apart(
    text: str, lang: str, excerpt: str, language: str
) -> None:
    need_hunspell("it", "en")
    notes = _notes(text, lang, messages="en")
    assert [n[0] for n in notes] == [excerpt]
    assert f"in {language}:" in notes[0][1]


@pytest.mark.parametrize(
    ("text", "lang", "slips"),
    [
        # one sign alone is no passage: the speller judges each word as before
        ("Questo è un testo con un erore e des parole.", "it", ["erore", "des"]),
        ("Smith et al. found that the recieved data was wrong.", "en", ["recieved"]),
        ("Conferenza internazionale “Le soupçon” a Marsiglia.", "it", ["soupçon"]),
        # capitalised function words inside a sentence are names' (Las Vegas, Café des Artistes)
        ("We met in Las Vegas and then in Berlin; the recieved gift was nice.", "en", ["recieved"]),
        # a name's particle twice is one sign, and a capitalised unknown word may be any name
        ("Sfere e bastoncini, Van der Waals, Van der Waals (AO).", "it", ["der", "der"]),
        # a quotation mark or a spaced dash parts the passage from the sentence around it
        (
            "Relatore su article 48 de la Charte des droits fondamentaux de l'Union "
            "Européenne”, nell'ambito delal Conferenza internazionale.",
            "it",
            ["delal"],
        ),
        (
            "Les italiens - intérvista su RAI tre - concerto in piazza.",
            "it",
            ["Les", "italiens", "intérvista"],
        ),
        ("Il brano è contenuto nell'albùm “Les Italiens” (2002).", "it", ["albùm"]),
        # a slip in the Italian beside a French title is still found
        (
            "Il relatore ha parlato di “Les défis de l’avocat” e ha ringraziato i particpanti.",
            "it",
            ["particpanti"],
        ),
    ],
)
def test_one_sign_is_no_passage_and_slips_around_a_passage_stay_found(
    text: str, lang: str, slips: list[str]
) -> None:
    need_hunspell("it", "en")
    assert flagged(text, lang) == slips


def test_no_function_word_is_an_italian_or_english_word_of_its_own() -> None:
    """ "qui", "mais", "pour", "para", "die", "bei" tell nothing: they were left out."""
    need_hunspell("it", "en")
    from auditor.checks.text.engine import speller

    own = {
        w
        for words in FUNCTION_WORDS.values()
        for w in words
        if speller("it").hun.check(w) or speller("en").hun.check(w)
    }
    # kept on purpose: words the dictionaries list but Italian and English prose hardly write
    # (et, nos, nous, pas, chez, une; el, y, por, donde: Italian's poetry; der, sie), each
    # needing a second sign beside it
    kept = {"et", "nos", "nous", "pas", "chez", "une", "el", "y", "por", "donde", "der", "sie"}
    assert own <= kept | {"ou"}


@pytest.mark.parametrize(
    ("text", "word", "month"),
    [
        (
            "European institutions combating fraud (Varsavia, 15-17 novembre 2007).",
            "novembre",
            "November",
        ),
        ("The meeting was held in Ferrara on 8 marzo 2018.", "marzo", "March"),
        ("Law school, Padova, gennaio 2016.", "gennaio", "January"),
    ],
)
def test_an_italian_month_in_an_english_date_offers_the_english_month(
    text: str, word: str, month: str
) -> None:
    need_hunspell("it", "en")
    found = [(f.rule, f.excerpt, f.suggestions) for f in check_text(text, lang="en").findings]
    assert (
        "italian_words",
        word,
        (month,),
    ) in found
    assert word not in flagged(text, "en")


def test_an_italian_month_outside_a_date_is_judged_as_before() -> None:
    need_hunspell("it", "en")
    assert flagged("We sell marzo fruit.", "en") == ["marzo"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("This version was developed by our volunteer rockstar developer.", "en"),
        ("Fabio, attuale rockstar developer anziano.", "it"),
    ],
)
def test_rockstar_is_a_word(text: str, lang: str) -> None:
    need_hunspell(lang)
    assert flagged(text, lang) == []


def test_a_slip_on_rockstar_is_still_found() -> None:
    need_hunspell("en")
    assert "rockstar" in suggestions("Our rockstrar developer.", "en", "rockstrar")


def test_an_accepted_note_reads_as_a_consultant_would_write_it() -> None:
    """What reaches the client's report: the title names the place and quotes the passage, the
    description says what it is and, for a month, the English month to write."""
    need_hunspell("it", "en")
    from auditor.suggestions import finding_description, finding_title

    note = next(f for f in check_text(TITLE_IT, lang="it").findings if f.rule == "other_language")
    assert finding_title(note, "website", "it") == (
        "Parole in un'altra lingua sul sito: «Les défis de l’avocat en l’Europe du XXIème siècle»"
    )
    assert finding_title(note, "email", "en") == (
        "Words in another language in the e-mail: «Les défis de l’avocat en l’Europe du XXIème "
        "siècle»"
    )
    month = next(
        f
        for f in check_text("Held in Ferrara on 8 marzo 2018.", lang="en", messages="it").findings
        if f.rule == "italian_words"
    )
    assert finding_description(month, "website", "it").splitlines() == [
        "“marzo” è il mese in italiano: in inglese, “March”.",
        "Trovato sul sito: “marzo”.",
        "Forma corretta: March.",
    ]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "• Speaker on “Il primato, le tendenze espansive e le fonti del diritto europeo”, at "
            "the Course (Ferrara, 8 March 2018).",
            "Il primato, le tendenze espansive e le fonti del diritto europeo",
        ),
        (
            '• Speaker on "Il contraddittorio endo-procedimentale. Attualità e prospettive a '
            "confronto” organized by the Union.",
            "Il contraddittorio endo-procedimentale. Attualità e prospettive a confronto",
        ),
    ],
)
def test_an_italian_title_quoted_in_english_is_one_note(text: str, excerpt: str) -> None:
    need_hunspell("it", "en")
    notes = [f.excerpt for f in check_text(text, lang="en").findings if f.rule == "italian_words"]
    assert notes == [excerpt]
    assert flagged(text, "en") == []


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # a slip inside the Italian title is still a slip (the Italian dictionary lacks it)
        (
            '• Speaker on "le problematiche iscali e amministrative attinenti alla residenza" '
            "(Milan).",
            ["iscali"],
        ),
        # English in quotation marks, or two Italian words quoted, stay as they were
        ("We loved the “pizza e pasta” night and the recieved gift.", ["recieved"]),
        ("The Commissione “Diritto dello sport” met in Catania.", ["dello"]),
    ],
)
def test_a_quotation_reads_as_italian_only_when_it_is(text: str, slips: list[str]) -> None:
    need_hunspell("it", "en")
    assert flagged(text, "en") == slips
