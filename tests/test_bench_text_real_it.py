"""The real Italian misspellings' table (benchmarks/text_real_it.tsv): each line is one `it` line of
a held-out set's errors file, with the word its writer meant, a real word.

Only the table is read: no spelling engine is run here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
TABLE = BENCH / "text_real_it.tsv"


def _rows() -> list[tuple[int, list[str]]]:
    out = []
    for number, line in enumerate(TABLE.read_text("utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((number, line.split("\t")))
    return out


def _italian_lines(path: Path) -> set[tuple[str, str]]:
    """Return the (word, sentence) pairs of an errors file's Italian lines."""
    out = set()
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, lang, sentence = line.split("\t")
            if lang == "it":
                out.add((word, sentence))
    return out


def test_every_line_has_four_fields_a_listed_set_and_its_word_in_its_sentence():
    rows = _rows()
    assert rows
    listed: dict[str, set[tuple[str, str]]] = {}
    for number, fields in rows:
        assert len(fields) == 4 and all(f.strip() for f in fields), f"line {number}: {fields}"
        name, word, right, sentence = fields
        errors = BENCH / f"text_{name}_errors.txt"
        assert re.fullmatch(r"round\d+", name) and errors.is_file(), f"line {number}: {name}"
        assert word in sentence, f"line {number}: {word!r} not in its sentence"
        if name not in listed:
            listed[name] = _italian_lines(errors)
        assert (word, sentence) in listed[name], f"line {number}: not an it line of {name}"
        assert right != word, f"line {number}: {word!r} is its own correction"


def _accepted(check, right: str, word: str, sentence: str) -> bool:
    """Whether every word of `right` is a dictionary word.

    A trailing apostrophe is ignored (po'); an elision no dictionary lists alone (dell', anch')
    is checked joined to the word after `word` in the sentence (dell'elenco, anch'esso).
    """
    after = re.match(r"\w+", sentence[sentence.find(word) + len(word) :].lstrip())
    for part in right.replace("\u2019", "'").split(" "):
        if check(part) or (part.endswith("'") and check(part.rstrip("'"))):
            continue
        if part.endswith("'") and after and check(part + after.group(0)):
            continue
        return False
    return True


# Right forms neither dictionary has, each looked up by hand: sottocategorie (Treccani has
# sottocategoria), the elision dell' before an acronym ("dell’UFE"), and software English's
# closed forms of frame rate and life cycle, as the texts' writers meant them
UNLISTED = frozenset(["sottocategorie", "dell’", "framerate", "lifecycle"])


def test_every_right_form_is_an_italian_or_english_dictionary_word():
    enchant = pytest.importorskip("enchant")
    if not (enchant.dict_exists("it_IT") and enchant.dict_exists("en_US")):
        pytest.skip("no Italian or English Hunspell dictionary (it_IT, en_US) for enchant")
    italian, english = enchant.Dict("it_IT"), enchant.Dict("en_US")

    def check(word: str) -> bool:
        # Italian text borrows English words (daemon, patch, commit, lifecycle)
        return italian.check(word) or english.check(word)

    rejected = [
        f"line {number}: {right!r}"
        for number, (_, word, right, sentence) in _rows()
        if right not in UNLISTED and not _accepted(check, right, word, sentence)
    ]
    assert not rejected
