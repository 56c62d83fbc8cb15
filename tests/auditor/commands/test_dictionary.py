"""The workspace's dictionary through the core: one rule for every path, one step per change, and
a word list read whole or refused whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.commands import AcceptWord, Batch, RemoveWord, word_problem
from auditor.errors import ValidationError
from auditor.i18n import translator
from auditor.words_io import add_words, new_words, read_words
from tests.auditor.commands.conftest import Desk


@pytest.mark.parametrize(
    ("word", "says"),
    [
        ("", "Give a word"),
        ("Hotel Bellavista", "more than one word"),
        ("idro\tmassaggio", "more than one word"),
        ("idro\x07", "not a letter one can type"),
        ("x" * 61, "too long for a word"),
    ],
)
def test_a_word_the_dictionary_cannot_take_never_reaches_the_store(
    desk: Desk, word: str, says: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(says)):
        desk.editor.run(AcceptWord(word))
    assert desk.store.profile.accepted_words() == []
    assert not desk.editor.can_undo()


def test_the_rule_speaks_italian() -> None:
    problem = word_problem("Hotel Bellavista", translator("it"))
    assert problem is not None and problem.startswith("“Hotel Bellavista” è più di una parola")


def test_a_word_of_sixty_letters_and_one_with_an_apostrophe_are_words() -> None:
    assert word_problem("x" * 60, translator("en")) is None
    assert word_problem("dell'Acqua", translator("en")) is None


def test_removing_a_word_is_one_step_undone_by_accepting_it_again(desk: Desk) -> None:
    desk.editor.run(add_words(["Bellavista", "idromassaggio"]))
    desk.editor.run(Batch([RemoveWord(" idromassaggio ")], "Remove from dictionary"))
    assert desk.store.profile.accepted_words() == ["Bellavista"]
    desk.editor.undo()
    assert desk.store.profile.accepted_words() == ["Bellavista", "idromassaggio"]
    desk.editor.undo()  # the import, whole
    assert desk.store.profile.accepted_words() == []


def test_removing_a_word_not_in_the_dictionary_removes_nothing(desk: Desk) -> None:
    desk.editor.run(add_words(["Bellavista"]))
    with pytest.raises(ValidationError, match="“Maremma” is not in the dictionary"):
        desk.editor.run(Batch([RemoveWord("Bellavista"), RemoveWord("Maremma")]))
    assert desk.store.profile.accepted_words() == ["Bellavista"]


def test_new_words_are_those_not_yet_known_each_once() -> None:
    assert new_words([" Spa", "Maremma", "Spa", "Bellavista"], ["Bellavista"]) == ["Spa", "Maremma"]


def test_a_list_file_is_read_one_word_a_line(tmp_path: Path) -> None:
    path = tmp_path / "client.txt"
    path.write_bytes(
        "\ufeff# Hotel Bellavista\nBellavista\n\n  idromassaggio  \nMaremma\nBellavista\n".encode()
    )
    assert read_words(path) == ["Bellavista", "idromassaggio", "Maremma"]


def test_a_list_saved_as_notepads_unicode_is_read(tmp_path: Path) -> None:
    # Windows Notepad's "Unicode" is UTF-16 behind a byte-order mark.
    path = tmp_path / "client.txt"
    path.write_text("# Hotel Bellavista\r\nBellavista\r\nperché\r\n", encoding="utf-16")
    assert read_words(path) == ["Bellavista", "perché"]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (
            b"Bellavista\nHotel Bellavista\n",
            "client.txt, line 2: “Hotel Bellavista” is more",
        ),
        (
            "perché\n".encode("latin-1"),
            "client.txt: the file is not UTF-8 text; save it as UTF-8 (or Unicode)",
        ),
        (b"# only a comment\n\n", "client.txt: no word in it"),
    ],
)
def test_a_list_file_with_a_fault_is_refused_whole_naming_it(
    tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "client.txt"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=re.escape(says)):
        read_words(path)


def test_a_missing_list_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=re.escape("nope.txt: cannot be read")):
        read_words(tmp_path / "nope.txt")


def test_a_list_in_a_legacy_code_page_is_refused_in_italian_with_what_to_do(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cliente.txt"
    path.write_bytes("perché\n".encode("latin-1"))
    with pytest.raises(ValidationError) as caught:
        read_words(path, lang="it")
    assert str(caught.value) == (
        "cliente.txt: il file non è testo UTF-8; salvalo come UTF-8 (o Unicode)"
    )
