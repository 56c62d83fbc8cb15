"""The fifty-fifth text set's reader (Libre BusTO, an Android app for Turin's public transport:
its Italian `res/values-it/strings.xml` paired with its English `res/values/strings.xml` by
resource name, and its F-Droid store listing's Italian and English files of the same name), its
source, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round55 as r55
from benchmarks.text_round55 import (
    ADDED_FILES,
    BUSTO,
    LISTING,
    NAMES,
    SNAPSHOTS,
    STRINGS_EN,
    STRINGS_IT,
    WORDS_PER_SOURCE,
    fetch_round55,
    listing_texts,
    round55_names,
    round55_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _strings(body: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n{body}\n</resources>\n'


def _app(tmp_path, italian: str = "", english: str = "", listing: dict | None = None) -> None:
    """Write the two strings files (the given resources) and every listing file of the rule's
    table: the given texts, a default one elsewhere."""
    listing = listing or {}
    _write(tmp_path / BUSTO, STRINGS_IT, _strings(italian))
    _write(tmp_path / BUSTO, STRINGS_EN, _strings(english))
    for it_file, en_file in LISTING.items():
        name = it_file.removeprefix("metadata/it/")
        it_text, en_text = listing.get(name, (f"Versione italiana di {name}", f"English {name}"))
        _write(tmp_path / BUSTO, it_file, it_text)
        _write(tmp_path / BUSTO, en_file, en_text)


# --- The strings: by resource name; the listing: by file name, a line a text ---------------


def test_strings_pair_by_name_and_the_listing_by_file(tmp_path):
    _app(
        tmp_path,
        italian=(
            '<string name="arrivals">Arrivi previsti alla fermata %1$s</string>\n'
            '<string name="only_it">Solo in italiano, senza traduzione</string>\n'
            '<string name="gtt" translatable="false">Gruppo Torinese Trasporti</string>\n'
            '<string-array name="sources"><item>Sito della GTT</item>'
            "<item>Dati orari programmati</item></string-array>"
        ),
        english=(
            '<string name="arrivals">Expected arrivals at the stop %1$s</string>\n'
            '<string name="only_en">Only in English, never paired</string>\n'
            '<string-array name="sources"><item>GTT website</item>'
            "<item>Scheduled timetable data</item></string-array>"
        ),
        listing={
            "changelogs/40.txt": (
                "* nuova mappa delle fermate vicine\n\n- corretto un crash all'avvio\n",
                "* new map of the nearby stops\n\n- fixed a crash at startup\n",
            ),
        },
    )
    italian, english = site_paragraphs(BUSTO, tmp_path)
    assert italian[:3] == [
        "Arrivi previsti alla fermata",
        "Sito della GTT",
        "Dati orari programmati",
    ]
    assert english[:3] == [
        "Expected arrivals at the stop",
        "GTT website",
        "Scheduled timetable data",
    ]
    assert "nuova mappa delle fermate vicine" in italian
    assert "corretto un crash all'avvio" in italian
    assert "new map of the nearby stops" in english and "fixed a crash at startup" in english
    assert italian[-1] == "Versione italiana di changelogs/45.txt"
    assert english[-1] == "English changelogs/45.txt"
    read = " ".join(italian + english)
    for never in ("Solo in italiano", "Only in English", "Gruppo Torinese", "%1$s", "* new"):
        assert never not in read


def test_listing_lines_marks_tags_and_addresses(tmp_path):
    path = tmp_path / "full_description.txt"
    path.write_text(
        "Libre BusTO mostra gli arrivi dei bus.\n\n"
        "  • funziona anche <b>senza</b> account &amp; senza pubblicità  \n"
        "+ scrivi a info@example.org o visita https://example.org/app\n",
        encoding="utf-8",
    )
    assert listing_texts(path) == [
        "Libre BusTO mostra gli arrivi dei bus.",
        "funziona anche senza account & senza pubblicità",
        "scrivi a o visita",
    ]


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _app(
        tmp_path,
        italian=(
            '<string name="a">Aggiorna il database delle fermate</string>\n'
            '<string name="b">Aggiorna il database delle fermate</string>\n'
            '<string name="c">Show the arrivals of the next buses</string>\n'
            '<string name="d">Lorem ipsum dolor sit amet</string>\n'
            '<string name="e">Libre BusTO</string>'
        ),
        english=(
            '<string name="a">Update the stops database</string>\n'
            '<string name="b">Update the stops database</string>\n'
            '<string name="c">Show the arrivals of the next buses</string>\n'
            '<string name="d">Lorem ipsum dolor sit amet</string>\n'
            '<string name="e">Libre BusTO</string>'
        ),
    )
    italian, english = site_paragraphs(BUSTO, tmp_path)
    assert italian.count("Aggiorna il database delle fermate") == 1
    assert english.count("Update the stops database") == 1
    read = " ".join(italian + english)
    assert "next buses" not in read and "Lorem" not in read and "Libre BusTO" not in read


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    # the text extraction keeps no `.txt`, nor this app's root `res/`: files not added
    _app(tmp_path)
    (tmp_path / BUSTO / "metadata" / "en-US" / "changelogs" / "33.txt").unlink()
    (tmp_path / BUSTO / STRINGS_IT).unlink()
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(BUSTO, tmp_path)
    assert f"lacks {STRINGS_IT}, metadata/en-US/changelogs/33.txt;" in str(info.value)
    assert SNAPSHOTS[BUSTO] in str(info.value)


# --- Source, cap and names -----------------------------------------------------------------


def test_the_rule_s_source_commit_files_cap_and_names():
    assert SNAPSHOTS == {"valerio-bozzolan+bus-torino": "3a0ce92b6da6610fcfda1e85c84ee55925e0786f"}
    assert STRINGS_IT == "res/values-it/strings.xml" and STRINGS_EN == "res/values/strings.xml"
    assert len(LISTING) == 22
    assert LISTING["metadata/it/full_description.txt"] == "metadata/en-US/full_description.txt"
    assert LISTING["metadata/it/changelogs/26.txt"] == "metadata/en-US/changelogs/26.txt"
    assert LISTING["metadata/it/changelogs/45.txt"] == "metadata/en-US/changelogs/45.txt"
    assert "metadata/it/changelogs/30.txt" not in LISTING
    assert ADDED_FILES[BUSTO][:2] == (STRINGS_IT, STRINGS_EN)
    assert len(ADDED_FILES[BUSTO]) == 2 + 2 * 22
    assert set(ADDED_FILES[BUSTO][2:]) == set(LISTING) | set(LISTING.values())
    assert WORDS_PER_SOURCE == 5000
    assert round55_names() == ["BusTO", "GTT", "Libre BusTO"]
    assert sorted(NAMES) == round55_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshot(tmp_path):
    _app(tmp_path)
    (tmp_path / BUSTO / ".snapshot-commit").write_text(SNAPSHOTS[BUSTO] + "\n")
    assert fetch_round55(tmp_path) == tmp_path
    texts = dict(round55_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    names = [it_file.removeprefix("metadata/it/") for it_file in LISTING]
    expected = [f"Versione italiana di {name}" for name in names]
    assert texts[BUSTO] == sorted(expected, key=_crc)
    english = dict(round55_texts("en", tmp_path))[BUSTO]
    assert sorted(english) == sorted(f"English {name}" for name in names)
    (tmp_path / BUSTO / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round55_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_fourth_as_a_snapshot_set():
    # right after the fifty-fourth (its seed, 1256, follows from the place), whatever comes later
    assert_registered_after("round55", "round54", 1256, r55, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(BUSTO, ["Mostra gli arrivi dei bus.", "Preferiti", "Fermate vicine a te."])],
        "en": [(BUSTO, ["Shows the buses' next arrivals.", "Nearby stops here."])],
    }
    messages = capped_messages(monkeypatch, "round55", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Preferiti" is under the floor
    assert messages["it"] == ["Mostra gli arrivi dei bus."]
    assert messages["en"] == ["Shows the buses' next arrivals."]
