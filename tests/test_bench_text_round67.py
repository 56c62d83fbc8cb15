"""The sixty-seventh text set's reader (SoftPython, David Leoni's Python course: the Markdown cells
of its Jupyter notebooks, the Italian repository's paired with the English repository's by path),
its source, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round67 as r67
from benchmarks.text_round67 import (
    ADDED_FILES,
    NAMES,
    NOTEBOOKS,
    SNAPSHOTS,
    SOFTPYTHON_EN,
    SOFTPYTHON_IT,
    SOURCES,
    WORDS_PER_SOURCE,
    cell_source,
    fetch_round67,
    notebook_texts,
    round67_names,
    round67_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _notebook(*cells: tuple[str, str | list[str]]) -> str:
    """Return a notebook (nbformat 4) of the given (cell_type, source) cells, a code cell with
    an output."""
    out = []
    for kind, source in cells:
        cell = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            cell["execution_count"] = 1
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["Uscita\n"]}]
        out.append(cell)
    return json.dumps({"cells": out, "metadata": {}, "nbformat": 4, "nbformat_minor": 2})


def _book(root, notebooks: dict | None = None) -> None:
    """Write every notebook of the rule's table in both repositories: the given (Italian,
    English) notebooks by path, a default one of a Markdown cell elsewhere."""
    notebooks = notebooks or {}
    for path in NOTEBOOKS:
        name = path.rsplit("/", 1)[-1].removesuffix(".ipynb")
        italian, english = notebooks.get(
            path,
            (
                _notebook(("markdown", f"Testo italiano del foglio {name}.")),
                _notebook(("markdown", f"English text of the sheet {name}.")),
            ),
        )
        _write(root / SOFTPYTHON_IT, path, italian)
        _write(root / SOFTPYTHON_EN, path, english)


# --- The reader: a notebook's Markdown cells ---------------------------------------------------


def test_a_cell_source_is_a_list_of_lines_or_one_string():
    assert cell_source({"source": ["Una riga\n", "e un'altra"]}) == "Una riga\ne un'altra"
    assert cell_source({"source": "Tutto in una stringa"}) == "Tutto in una stringa"
    assert cell_source({}) == ""


def test_a_notebook_reads_its_markdown_cells_only_less_code_and_math(tmp_path):
    path = _write(
        tmp_path,
        "strings/strings1-sol.ipynb",
        _notebook(
            ("markdown", ["# Stringhe 1\n", "\n", "Le **stringhe** sono sequenze di caratteri.\n"]),
            ("code", ["s = 'ciao'\n", "print(s)\n"]),
            ("raw", "Una cella grezza, non letta."),
            (
                "markdown",
                "Scrivi del codice che calcola $x^2$ per ogni numero:\n\n"
                "```python\nfor x in lista:\n    print(x)\n```\n\n"
                "$$\\sum_{i=1}^{n} x_i$$\n\n"
                '<div class="alert alert-info">\n\n**ATTENZIONE**: leggi la '
                "[guida](https://example.org) prima!\n\n</div>\n\n"
                "- Primo punto dell'elenco\n- Secondo punto",
            ),
        ),
    )
    assert notebook_texts(path) == [
        "Stringhe 1",
        "Le stringhe sono sequenze di caratteri.",
        "Scrivi del codice che calcola per ogni numero:",
        "ATTENZIONE: leggi la guida prima!",
        "Primo punto dell'elenco",
        "Secondo punto",
    ]
    read = " ".join(notebook_texts(path))
    assert "print" not in read and "Uscita" not in read and "grezza" not in read
    assert "sum" not in read and "https" not in read


def test_the_notebooks_pair_by_path_across_the_two_repositories(tmp_path):
    _book(
        tmp_path,
        {
            "lists/lists1-sol.ipynb": (
                _notebook(
                    ("markdown", "Le liste sono sequenze mutabili."),
                    ("markdown", "Python Tutor"),
                    ("markdown", "This sentence was left in English by mistake."),
                ),
                _notebook(
                    ("markdown", "Lists are mutable sequences."),
                    ("markdown", "Python Tutor"),
                ),
            ),
        },
    )
    italian, english = site_paragraphs(SOFTPYTHON_IT, tmp_path)
    assert "Le liste sono sequenze mutabili." in italian
    assert "Lists are mutable sequences." in english
    # untranslated: the same in both, or written in English in the Italian
    assert "Python Tutor" not in italian and "Python Tutor" not in english
    assert "This sentence was left in English by mistake." not in italian
    assert "Testo italiano del foglio index." in italian
    assert "English text of the sheet while2-chal." in english
    assert len(italian) == len(english) == 67


def test_an_italian_notebook_whose_english_is_missing_stops_the_run(tmp_path):
    _book(tmp_path)
    (tmp_path / SOFTPYTHON_EN / "pandas/pandas1-sol.ipynb").unlink()
    with pytest.raises(RuntimeError, match=r"git --git-dir=") as info:
        site_paragraphs(SOFTPYTHON_IT, tmp_path)
    message = str(info.value)
    assert "lacks pandas/pandas1-sol.ipynb;" in message and "`.ipynb`" in message
    assert SNAPSHOTS[SOFTPYTHON_EN] in message


def test_the_one_source_is_named_by_the_italian_repository(tmp_path):
    _book(tmp_path)
    with pytest.raises(KeyError):
        site_paragraphs(SOFTPYTHON_EN, tmp_path)


def test_repeats_and_lorem_ipsum_left_out(tmp_path):
    _book(
        tmp_path,
        {
            "sets/sets1-sol.ipynb": (
                _notebook(
                    ("markdown", "Un insieme non ha duplicati."),
                    ("markdown", "Lorem ipsum dolor sit amet, testo di prova."),
                ),
                _notebook(("markdown", "A set has no duplicates.")),
            ),
            "sets/sets2-chal.ipynb": (
                _notebook(("markdown", "Un insieme non ha duplicati.")),
                _notebook(("markdown", "A set has no duplicates.")),
            ),
        },
    )
    italian, english = site_paragraphs(SOFTPYTHON_IT, tmp_path)
    assert italian.count("Un insieme non ha duplicati.") == 1
    assert english.count("A set has no duplicates.") == 1
    assert not any("ipsum" in text for text in italian)


# --- Source, cap and names ---------------------------------------------------------------------


def test_the_rule_s_source_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "DavidLeoni+softpython-it": "d93f5cb2369ca4db8f4eeb7ff62b36d48d6d97f5",
        "DavidLeoni+softpython-en": "567c2f9f4007c0c042658cc8aab4623aca3e7ce7",
    }
    assert SOURCES == ("DavidLeoni+softpython-it",)
    assert len(NOTEBOOKS) == len(set(NOTEBOOKS)) == 67
    assert NOTEBOOKS[0] == "basics/basics1-ints-sol.ipynb"
    assert NOTEBOOKS[-1] == "while/while2-chal.ipynb"
    assert "index.ipynb" in NOTEBOOKS and "quick-intro/quick-intro-sol.ipynb" in NOTEBOOKS
    assert not any(
        path.startswith(("_", "gui/")) or path == "changelog.ipynb" for path in NOTEBOOKS
    )
    assert ADDED_FILES == {SOFTPYTHON_IT: NOTEBOOKS, SOFTPYTHON_EN: NOTEBOOKS}
    assert WORDS_PER_SOURCE == 6000
    assert round67_names() == ["SoftPython"] == sorted(NAMES)


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _book(tmp_path)
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round67(tmp_path) == tmp_path
    texts = dict(round67_texts("it", tmp_path))
    assert list(texts) == [SOFTPYTHON_IT]
    assert texts[SOFTPYTHON_IT] == sorted(texts[SOFTPYTHON_IT], key=_crc)
    assert len(texts[SOFTPYTHON_IT]) == 67
    english = dict(round67_texts("en", tmp_path))[SOFTPYTHON_IT]
    assert "English text of the sheet commandments." in english
    (tmp_path / SOFTPYTHON_EN / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round67_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixty_sixth_as_a_snapshot_set():
    # right after the sixty-sixth (its seed, 1268, follows from the place), whatever comes later
    assert_registered_after("round67", "round66", 1268, r67, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (
                SOFTPYTHON_IT,
                ["Le liste sono sequenze mutabili.", "Esercizi", "Scrivi una funzione ricorsiva."],
            ),
        ],
        "en": [(SOFTPYTHON_IT, ["Lists are mutable sequences.", "Write a recursive function."])],
    }
    messages = capped_messages(monkeypatch, "round67", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Esercizi" is under the floor
    assert messages["it"] == ["Le liste sono sequenze mutabili."]
    assert messages["en"] == ["Lists are mutable sequences."]
