"""A checklist that is not valid TOML is refused in the user's words, not tomllib's English for
programmers ("Cannot mutate immutable namespace ('items',)"), at the line tomllib names."""

from __future__ import annotations

import pytest

from auditor.checklists import TemplateError, parse_template
from auditor.i18n import set_user_language, translator
from auditor.toml_reason import toml_reason


def _said(text: str, lang: str) -> tuple[int, str]:
    set_user_language(lang)
    with pytest.raises(TemplateError) as refused:
        parse_template(text, "mine.toml")
    [problem] = refused.value.problems
    return problem.line, problem.message


@pytest.mark.parametrize(
    ("text", "line", "english", "italian"),
    [
        (
            'id = "a"\nid = "b"\n',
            2,
            "a key is given a value twice",
            "a una chiave è dato un valore due volte",
        ),
        (
            'title = { it = "Negozio", en = "Shop" }\ntitle.de = "Laden"\n',
            2,
            "“title” was written whole on one line and cannot be added to later",
            "“title” è stata scritta per intero su una riga e non le si può aggiungere altro dopo",
        ),
        (
            '[meta]\nid = "a"\n[meta]\n',
            3,
            "“meta” is declared twice",
            "“meta” è dichiarata due volte",
        ),
        (
            'title = { it = "A", it = "B" }\n',
            1,
            "“it” appears twice on one line",
            "“it” compare due volte sulla stessa riga",
        ),
        ('id = "a" "b"\n', 1, "something follows a value on its line", "qualcosa segue un valore"),
        (
            "[meta\n",
            1,
            "a [heading] is not closed with ]",
            "un'intestazione [...] non è chiusa con ]",
        ),
        ("id\n", 1, "a key has no = after it", "manca = dopo una chiave"),
        (
            "id = negozio\n",
            1,
            "a value is not valid (text goes in quotes)",
            "il testo va tra virgolette",
        ),
        ('id = "a\n', 1, "a text in quotes is not closed", "un testo tra virgolette non è chiuso"),
    ],
)
def test_toml_faults_are_said_in_plain_words(text, line, english, italian) -> None:
    assert _said(text, "en") == (line, f"not valid TOML: {english}")
    found_line, message = _said(text, "it")
    assert found_line == line
    assert message.startswith("TOML non valido: ") and italian in message


def test_a_message_tomllib_may_add_later_is_kept_as_written() -> None:
    assert toml_reason("Something new went wrong", translator("it")) == "Something new went wrong"


def test_an_invisible_character_is_shown_as_python_writes_it() -> None:
    said = toml_reason("Illegal character '\\x01'", translator("en"))
    assert said == "“'\\x01'” is not allowed here"
