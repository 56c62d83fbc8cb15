"""The fifty-eighth text set's reader (the Android guide made for Rome's Museo di Palazzo Venezia:
its works' descriptions, the Italian `assets/<NN>/txt/it/<title>.txt` paired with the English
`assets/<NN>/txt/en/<title>.txt` of the same folder, a line a text, and its interface strings
by resource name), its source, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round58 as r58
from benchmarks.text_round58 import (
    ADDED_FILES,
    GUIDE,
    NAMES,
    PALAZZO,
    SNAPSHOTS,
    STRINGS,
    WORDS_PER_SOURCE,
    fetch_round58,
    guide_texts,
    round58_names,
    round58_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

STRINGS_IT, STRINGS_EN = next(iter(STRINGS.items()))


def _resources(body: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n{body}\n</resources>\n'


def _folder(path: str) -> str:
    """A guide file's numbered folder, as the test's default texts name it."""
    return path.split("/")[4]


def _app(tmp_path, strings=("", ""), guide: dict | None = None) -> None:
    """Write the two strings files (the given resources) and every guide file of the rule's
    table: the given (Italian, English) texts by folder number, a default one elsewhere."""
    guide = guide or {}
    _write(tmp_path / PALAZZO, STRINGS_IT, _resources(strings[0]))
    _write(tmp_path / PALAZZO, STRINGS_EN, _resources(strings[1]))
    for it_file, en_file in GUIDE.items():
        folder = _folder(it_file)
        italian, english = guide.get(
            folder, (f"Descrizione italiana dell'opera {folder}.", f"English description {folder}.")
        )
        _write(tmp_path / PALAZZO, it_file, italian)
        _write(tmp_path / PALAZZO, en_file, english)


# --- The guide: by folder, a line a text; the strings: by resource name -----------------------


def test_the_guide_pairs_by_folder_and_the_strings_by_name(tmp_path):
    _app(
        tmp_path,
        strings=(
            '<string name="map">Mappa del museo</string>\n'
            '<string name="welcome">Buona visita al museo!</string>\n'
            '<string name="only_it">Solo in italiano, senza traduzione</string>',
            '<string name="welcome">Enjoy your visit to the museum!</string>\n'
            '<string name="map">Map of the museum</string>\n'
            '<string name="app_name" translatable="false">Museo Palazzo Venezia</string>',
        ),
        guide={
            "52": (
                "\ufeffIl dipinto raffigura due giovani amici.\n\n"
                "Fu donato al museo nel <b>1919</b> e https://example.org/opera lo descrive.\n",
                "The painting shows two young friends.\nIt was given to the museum in 1919.\n",
            ),
        },
    )
    italian, english = site_paragraphs(PALAZZO, tmp_path)
    assert "Il dipinto raffigura due giovani amici." in italian  # the byte-order mark dropped
    # a tag and an address taken out (a tag leaves a space, which the whitespace joins)
    assert "Fu donato al museo nel 1919 e lo descrive." in italian
    assert "The painting shows two young friends." in english
    assert "It was given to the museum in 1919." in english
    assert "Mappa del museo" in italian and "Map of the museum" in english
    assert "Buona visita al museo!" in italian and "Enjoy your visit to the museum!" in english
    assert "Descrizione italiana dell'opera 74." in italian
    assert "English description 51." in english
    read = " ".join(italian + english)
    assert "\ufeff" not in read and "Solo in italiano" not in read and "https" not in read
    assert "Museo Palazzo Venezia" not in read
    # 2 strings, 2 lines of folder 52 and one text for each of the other 23 folders
    assert len(italian) == len(english) == 2 + 2 + 23


def test_guide_lines_marks_tags_and_a_byte_order_mark(tmp_path):
    path = _write(
        tmp_path,
        "guide.txt",
        "\ufeff\n- Il busto in marmo &egrave; del 1650.\n   \n<i>Opera</i> di Algardi.\n",
    )
    assert guide_texts(path) == ["Il busto in marmo è del 1650.", "Opera di Algardi."]
    only_mark = _write(tmp_path, "empty.txt", "\ufeff\n\n")
    assert guide_texts(only_mark) == []


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _app(
        tmp_path,
        guide={
            "53": (
                "La Madonna veste un manto azzurro.\nLa Madonna veste un manto azzurro.\n"
                "The Child is sleeping on his own mantle.\nLorem ipsum dolor sit amet\n"
                "Giorgio Vasari (attribuito)\n",
                "The Madonna wears a blue cloak.\nGiorgio Vasari (attribuito)\n",
            ),
        },
    )
    italian, english = site_paragraphs(PALAZZO, tmp_path)
    assert italian.count("La Madonna veste un manto azzurro.") == 1
    assert "The Madonna wears a blue cloak." in english
    read = " ".join(italian + english)
    assert "sleeping" not in read and "Lorem" not in read and "Vasari" not in read


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    # the text extraction keeps no `.txt`: the guide's files not added
    _app(tmp_path)
    missing = GUIDE[next(iter(GUIDE))]
    (tmp_path / PALAZZO / missing).unlink()
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(PALAZZO, tmp_path)
    assert f"lacks {missing};" in str(info.value)
    assert SNAPSHOTS[PALAZZO] in str(info.value) and "no `.txt` file" in str(info.value)


# --- Source, cap and names -----------------------------------------------------------------


def test_the_rule_s_source_commit_files_cap_and_names():
    assert SNAPSHOTS == {
        "matteolobello+museo-palazzo-venezia": "b0b5d3db1cfe3f4b2e2780a2013232ad5c885d5b"
    }
    assert STRINGS == {
        "app/src/main/res/values-it/strings.xml": "app/src/main/res/values/strings.xml"
    }
    assert len(GUIDE) == 24
    assert [_folder(path) for path in GUIDE] == [str(n) for n in range(51, 75)]
    assets = "app/src/main/assets"
    assert GUIDE[f"{assets}/51/txt/it/Affreschi_sala_Altoviti.txt"] == (
        f"{assets}/51/txt/en/Altoviti_Frescoes.txt"
    )
    assert GUIDE[f"{assets}/62/txt/it/Lanzichenecchi.txt"] == (
        f"{assets}/62/txt/en/Lanzichenecchi_-_ambito_germanico.txt"
    )
    for it_file, en_file in GUIDE.items():
        assert "/txt/it/" in it_file and "/txt/en/" in en_file
        assert _folder(it_file) == _folder(en_file)
    assert len(ADDED_FILES[PALAZZO]) == 2 * 24
    assert set(ADDED_FILES[PALAZZO]) == set(GUIDE) | set(GUIDE.values())
    assert all(path.endswith(".txt") for path in ADDED_FILES[PALAZZO])
    assert WORDS_PER_SOURCE == 5000
    assert round58_names() == ["Museo Palazzo Venezia", "Palazzo Venezia", "Palazzo Venezia Museum"]
    assert sorted(NAMES) == round58_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshot(tmp_path):
    _app(tmp_path)
    (tmp_path / PALAZZO / ".snapshot-commit").write_text(SNAPSHOTS[PALAZZO] + "\n")
    assert fetch_round58(tmp_path) == tmp_path
    texts = dict(round58_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    folders = [_folder(path) for path in GUIDE]
    expected = [f"Descrizione italiana dell'opera {folder}." for folder in folders]
    assert texts[PALAZZO] == sorted(expected, key=_crc)
    english = dict(round58_texts("en", tmp_path))[PALAZZO]
    assert sorted(english) == sorted(f"English description {folder}." for folder in folders)
    (tmp_path / PALAZZO / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round58_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_seventh_as_a_snapshot_set():
    # right after the fifty-seventh (its seed, 1259, follows from the place), whatever comes later
    assert_registered_after("round58", "round57", 1259, r58, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(PALAZZO, ["Il busto fu scolpito da Algardi.", "Mappa", "Una sala affrescata."])],
        "en": [(PALAZZO, ["The bust was carved by Algardi.", "A frescoed hall."])],
    }
    messages = capped_messages(monkeypatch, "round58", texts, cap=4)
    # at most 4 words a source: the first text of 6 reaches the cap, "Mappa" is under the floor
    assert messages["it"] == ["Il busto fu scolpito da Algardi."]
    assert messages["en"] == ["The bust was carved by Algardi."]
