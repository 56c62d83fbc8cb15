"""The fifty-sixth text set's reader (customer documentation of three Italian developers'
products: Tombola's Italian and English help book, and the release notes School Life Diary and
Ancillapp show their users, each Italian file paired with the English file the rule names), its
sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round56 as r56
from benchmarks.text_round56 import (
    ADDED_FILES,
    ANCILLAPP,
    DIARY,
    FILES,
    NAMES,
    SNAPSHOTS,
    TOMBOLA,
    WORDS_PER_SOURCE,
    fetch_round56,
    round56_names,
    round56_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _help(body: str, lang: str) -> str:
    """A help book's page as an app's help is written: head, script, style, navigation, body."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<title>Tombola Help</title><link rel="stylesheet" href="../assets/app.css">'
        "<style>body { font-family: -apple-system; }</style></head><body>"
        '<nav><a href="#a">Indice</a></nav>'
        f"{body}"
        '<script src="../assets/app.js"></script><script>showTopic("a");</script>'
        "</body></html>\n"
    )


def _sources(tmp_path, texts: dict | None = None) -> None:
    """Write every file of the rule's table: the given contents, a default one elsewhere."""
    texts = texts or {}
    for repo, table in FILES.items():
        for it_file, en_file in table.items():
            default = (
                f"# Novità di {repo}\n\nVersione italiana delle note di {repo}.\n",
                f"# What's new in {repo}\n\nEnglish version of the notes of {repo}.\n",
            )
            it_text, en_text = texts.get(repo, default)
            _write(tmp_path / repo, it_file, it_text)
            _write(tmp_path / repo, en_file, en_text)


# --- The help pages: HTML blocks; the release notes: Markdown, a file pairing a file -----------


def test_help_pages_read_as_html_blocks_without_scripts_styles_or_navigation(tmp_path):
    _sources(
        tmp_path,
        {
            TOMBOLA: (
                _help(
                    "<h1>Come giocare</h1><p>Estrai i numeri toccando il <b>tabellone</b>.</p>"
                    "<ul><li>Condividi il link della partita con gli altri giocatori</li></ul>"
                    '<p>Scrivi a <a href="mailto:a@example.org">a@example.org</a> per aiuto.</p>',
                    "it",
                ),
                _help(
                    "<h1>How to play</h1><p>Draw the numbers by tapping the <b>board</b>.</p>"
                    "<ul><li>Share the game's link with the other players</li></ul>"
                    '<p>Write to <a href="mailto:a@example.org">a@example.org</a> for help.</p>',
                    "en",
                ),
            )
        },
    )
    italian, english = site_paragraphs(TOMBOLA, tmp_path)
    assert italian == [
        "Come giocare",
        "Estrai i numeri toccando il tabellone.",
        "Condividi il link della partita con gli altri giocatori",
        "Scrivi a per aiuto.",
    ]
    assert english == [
        "How to play",
        "Draw the numbers by tapping the board.",
        "Share the game's link with the other players",
        "Write to for help.",
    ]
    read = " ".join(italian + english)
    for never in ("Indice", "showTopic", "font-family", "Tombola Help", "example.org"):
        assert never not in read


def test_release_notes_read_as_markdown_versions_and_repeats_left_out(tmp_path):
    _sources(
        tmp_path,
        {
            DIARY: (
                "# Registro delle modifiche\n\n## 0.3.0\n\n"
                "- Gestione delle materie nell'orario\n"
                "- Correzioni di errori\n- Correzioni di errori\n\n"
                "```\npython main.py\n```\n\n## 0.2.1\n\n* Aggiunto il **tema scuro**\n",
                "# Changelog\n\n## 0.3.0\n\n"
                "- Subjects managed in the timetable\n"
                "- Bug fixes\n- Bug fixes\n\n"
                "```\npython main.py\n```\n\n## 0.2.1\n\n* Added the **dark theme**\n",
            )
        },
    )
    italian, english = site_paragraphs(DIARY, tmp_path)
    assert italian == [
        "Registro delle modifiche",
        "Gestione delle materie nell'orario",
        "Correzioni di errori",
        "Aggiunto il tema scuro",
    ]
    assert english == [
        "Changelog",
        "Subjects managed in the timetable",
        "Bug fixes",
        "Added the dark theme",
    ]
    read = " ".join(italian + english)
    assert "0.3.0" not in read and "python main.py" not in read  # versions equal, code left out


def test_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _sources(
        tmp_path,
        {
            ANCILLAPP: (
                "## 2.0.0\n\n- Aggiunti i canti in tedesco\n- Minor bug fixes and improvements\n"
                "- Lorem ipsum dolor sit amet\n- Ancillapp\n",
                "## 2.0.0\n\n- Added the German songs\n- Minor bug fixes and improvements\n"
                "- Lorem ipsum dolor sit amet\n- Ancillapp\n",
            )
        },
    )
    italian, english = site_paragraphs(ANCILLAPP, tmp_path)
    assert italian == ["Aggiunti i canti in tedesco"]
    assert english == ["Added the German songs"]


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    _sources(tmp_path)
    (tmp_path / DIARY / "CHANGELOG_EN.md").unlink()
    with pytest.raises(RuntimeError, match=r"lacks CHANGELOG_EN\.md") as info:
        site_paragraphs(DIARY, tmp_path)
    assert SNAPSHOTS[DIARY] in str(info.value)
    assert "tools/extract_text_snapshot.sh" in str(info.value)


# --- Sources, cap and names ----------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "TombolaByAg+tombolabyag.github.io": "a4e0f5311069b5eded6a6d7f91fc7b065dc300a9",
        "maicol07+school_life_diary_pc": "48eb7e031f532d7b992315dc8cdf4503956d3331",
        "Ancillapp+ancillapp": "1981a3cd838179815080140bb24aa802f31e1cd0",
    }
    assert FILES == {
        TOMBOLA: {"help/it/index.html": "help/en/index.html"},
        DIARY: {"CHANGELOG_IT.md": "CHANGELOG_EN.md"},
        ANCILLAPP: {"CHANGELOG.it.md": "CHANGELOG.md"},
    }
    assert ADDED_FILES == {}  # the extraction keeps `.html` and `.md`
    assert WORDS_PER_SOURCE == 1000
    assert round56_names() == ["Ancillapp", "School Life Diary", "Tombola", "Tombola by AG"]
    assert sorted(NAMES) == round56_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _sources(tmp_path)
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round56(tmp_path) == tmp_path
    texts = dict(round56_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    expected = [f"Novità di {DIARY}", f"Versione italiana delle note di {DIARY}."]
    assert texts[DIARY] == sorted(expected, key=_crc)
    english = dict(round56_texts("en", tmp_path))[ANCILLAPP]
    assert sorted(english) == sorted(
        [f"What's new in {ANCILLAPP}", f"English version of the notes of {ANCILLAPP}."]
    )
    (tmp_path / TOMBOLA / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round56_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_fifth_as_a_snapshot_set():
    # right after the fifty-fifth (its seed, 1257, follows from the place), whatever comes later
    assert_registered_after("round56", "round55", 1257, r56, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (
                TOMBOLA,
                ["Impostazioni", "Tocca il tabellone per estrarre.", "Condividi la partita."],
            ),
            (DIARY, ["Aggiunta la gestione dei voti."]),
        ],
        "en": [(TOMBOLA, ["Tap the board to draw.", "Share the game now."])],
    }
    messages = capped_messages(monkeypatch, "round56", texts, cap=4)
    # at most 4 words a source: "Impostazioni" is under the floor, the next text (of five words)
    # reaches the cap and the last is left; the other source has a cap of its own
    assert messages["it"] == ["Tocca il tabellone per estrarre.", "Aggiunta la gestione dei voti."]
    assert messages["en"] == ["Tap the board to draw."]
