"""The forty-third text set's readers (Arduino's two programs: the Science Journal app's Android
`strings.xml` paired by resource, the IDE's JSON interface strings paired by key, its access-key
mark taken out), its sources, cap and names, and its wiring.

Only the readers are tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round43 as r43
from benchmarks.text_round43 import (
    IDE_EN,
    IDE_IT,
    JOURNAL_EN,
    JOURNAL_IT,
    NAMES,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round43,
    ide_texts,
    round43_names,
    round43_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

JOURNAL = "arduino+Arduino-Science-Journal-Android"
IDE = "arduino+arduino-ide"


def _resources(*entries):
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">\n'
        + "\n".join(entries)
        + "\n</resources>\n"
    )


def _json(document) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


# --- The app: Android strings, paired by resource ------------------------------------------


def test_the_app_s_strings_paired_by_resource_name_quantity_and_place(tmp_path):
    app = tmp_path / JOURNAL
    _write(
        app,
        JOURNAL_IT,
        _resources(
            '<string name="app_name" translatable="false">Science Journal</string>',
            '<string name="record">Avvia la registrazione dei dati</string>',
            '<string name="sensor_gone">Il sensore %1$s è scollegato dal telefono</string>',
            '<plurals name="trials"><item quantity="one">Una sola prova registrata</item>'
            '<item quantity="other">%d prove registrate finora</item></plurals>',
            '<string-array name="units"><item>Misura in gradi Celsius</item>'
            "<item>Misura in gradi Fahrenheit</item></string-array>",
            '<string name="only_italian">Solo in italiano, senza coppia</string>',
        ),
    )
    _write(
        app,
        JOURNAL_EN,
        _resources(
            '<string name="app_name" translatable="false">Science Journal</string>',
            '<string name="record">Start recording the data</string>',
            '<string name="sensor_gone">The sensor %1$s is disconnected from the phone</string>',
            '<plurals name="trials"><item quantity="one">Only one trial recorded</item>'
            '<item quantity="other">%d trials recorded so far</item></plurals>',
            '<string-array name="units"><item>Measure in degrees Celsius</item>'
            "<item>Measure in degrees Fahrenheit</item></string-array>",
            '<string name="only_english">Only in English, with no pair</string>',
        ),
    )
    it_texts, en_texts = site_paragraphs(JOURNAL, tmp_path)
    assert it_texts == [
        "Avvia la registrazione dei dati",
        "Il sensore è scollegato dal telefono",
        "Una sola prova registrata",
        "prove registrate finora",
        "Misura in gradi Celsius",
        "Misura in gradi Fahrenheit",
    ]
    assert en_texts == [
        "Start recording the data",
        "The sensor is disconnected from the phone",
        "Only one trial recorded",
        "trials recorded so far",
        "Measure in degrees Celsius",
        "Measure in degrees Fahrenheit",
    ]


def test_other_languages_and_modules_of_the_app_are_not_read(tmp_path):
    app = tmp_path / JOURNAL
    _write(app, JOURNAL_IT, _resources('<string name="a">Salva il tuo esperimento</string>'))
    _write(app, JOURNAL_EN, _resources('<string name="a">Save your experiment</string>'))
    folder = "OpenScienceJournal/whistlepunk_library/src/main/res"
    _write(
        app, f"{folder}/values-de/strings.xml", _resources('<string name="a">Speichern</string>')
    )
    _write(
        app,
        "OpenScienceJournal/app/src/main/res/values-it/strings.xml",
        _resources('<string name="b">Un altro modulo</string>'),
    )
    _write(
        app,
        "OpenScienceJournal/app/src/main/res/values/strings.xml",
        _resources('<string name="b">Another module</string>'),
    )
    assert site_paragraphs(JOURNAL, tmp_path) == (
        ["Salva il tuo esperimento"],
        ["Save your experiment"],
    )
    assert JOURNAL_IT.endswith("/res/values-it/strings.xml")
    assert JOURNAL_EN.endswith("/res/values/strings.xml")
    assert JOURNAL_IT.startswith("OpenScienceJournal/whistlepunk_library/")


# --- The IDE: JSON, paired by key -------------------------------------------------------------


def test_the_ide_s_strings_paired_by_path_of_keys_access_keys_and_placeholders_out(tmp_path):
    repo = tmp_path / IDE
    _write(
        repo,
        IDE_IT,
        _json(
            {
                "arduino": {
                    "menu": {"sketch": "&&Sketch e librerie", "tools": "Strumenti"},
                    "board": {"missing": "La piattaforma per la scheda '{0}' non è installata."},
                    "cloud": {"pull": "Scarica lo sketch dal cloud adesso", "empty": ""},
                },
                "theia": {"quit": "Esci dall'editor && chiudi"},
            }
        ),
    )
    _write(
        repo,
        IDE_EN,
        _json(
            {
                "arduino": {
                    "menu": {"sketch": "&&Sketch and libraries", "tools": "Tools"},
                    "board": {"missing": "The platform for the board '{0}' is not installed."},
                    "cloud": {"pull": "", "empty": "Nothing here"},
                },
                "theia": {"quit": "Quit the editor && close"},
            }
        ),
    )
    it_texts, en_texts = site_paragraphs(IDE, tmp_path)
    assert it_texts == [
        "Sketch e librerie",
        "Strumenti",
        "La piattaforma per la scheda ' ' non è installata.",
        "Esci dall'editor && chiudi",
    ]
    assert en_texts == [
        "Sketch and libraries",
        "Tools",
        "The platform for the board ' ' is not installed.",
        "Quit the editor && close",
    ]
    assert ide_texts(repo / IDE_IT)[("arduino", "menu", "sketch")] == "Sketch e librerie"


def test_repeats_untranslated_texts_italian_in_english_and_lorem_ipsum_left_out(tmp_path):
    repo = tmp_path / IDE
    _write(
        repo,
        IDE_IT,
        _json(
            {
                "a": "Carica lo sketch sulla scheda",
                "b": "Carica lo sketch sulla scheda",
                "c": "Serial Monitor",
                "d": "Please select a board first",
                "e": "Lorem ipsum dolor sit amet",
            }
        ),
    )
    _write(
        repo,
        IDE_EN,
        _json(
            {
                "a": "Upload the sketch to the board",
                "b": "Upload the sketch to the board",
                "c": "Serial Monitor",
                "d": "Please select a board first",
                "e": "Some text of the template",
            }
        ),
    )
    it_texts, en_texts = site_paragraphs(IDE, tmp_path)
    assert it_texts == ["Carica lo sketch sulla scheda"]
    assert en_texts == ["Upload the sketch to the board", "Some text of the template"]


def test_a_missing_file_pairs_nothing(tmp_path):
    _write(tmp_path / IDE, IDE_IT, _json({"a": "Solo in italiano qui"}))
    _write(tmp_path / JOURNAL, JOURNAL_EN, _resources('<string name="a">Only English</string>'))
    assert site_paragraphs(IDE, tmp_path) == ([], [])
    assert site_paragraphs(JOURNAL, tmp_path) == ([], [])


# --- Sources, cap and names -------------------------------------------------------------------


def test_the_rule_s_sources_commits_cap_and_names():
    assert SNAPSHOTS == {
        JOURNAL: "6642be4663ef9a8898c0c173cf1567494785d17d",
        IDE: "d6a4b0f910e37c3ecd569ca457f91b577734e4df",
    }
    assert (IDE_IT, IDE_EN) == ("i18n/it.json", "i18n/en.json")
    assert WORDS_PER_SOURCE == 5000
    assert round43_names() == ["Arduino", "Arduino IDE", "Arduino Science Journal"]
    assert sorted(NAMES) == round43_names()


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    _write(
        tmp_path / JOURNAL, JOURNAL_IT, _resources('<string name="a">Nuovo esperimento</string>')
    )
    _write(tmp_path / JOURNAL, JOURNAL_EN, _resources('<string name="a">New experiment</string>'))
    _write(tmp_path / IDE, IDE_IT, _json({"a": "Verifica lo sketch", "b": "Carica lo sketch"}))
    _write(tmp_path / IDE, IDE_EN, _json({"a": "Verify the sketch", "b": "Upload the sketch"}))
    assert fetch_round43(tmp_path) == tmp_path
    assert list(round43_texts("it", tmp_path)) == [
        (JOURNAL, ["Nuovo esperimento"]),
        (IDE, sorted(["Verifica lo sketch", "Carica lo sketch"], key=_crc)),
    ]
    assert next(iter(round43_texts("en", tmp_path))) == (JOURNAL, ["New experiment"])
    (tmp_path / IDE / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round43_texts("it", tmp_path))


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


# --- Wiring -----------------------------------------------------------------------------------


def test_the_set_registered_after_the_forty_second_as_a_snapshot_set():
    # right after the forty-second (its seed, 1244, follows from the place), whatever comes later
    assert_registered_after("round43", "round42", 1244, r43, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(JOURNAL, ["Avvia una nuova registrazione.", "ok"]), (IDE, ["Carica lo sketch."])],
        "en": [(JOURNAL, ["Start a new recording."]), (IDE, ["Upload the sketch now."])],
    }
    messages = capped_messages(monkeypatch, "round43", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "ok" is under the floor
    assert messages["it"] == [
        "Avvia una nuova registrazione.",
        "Carica lo sketch.",
    ]
    assert messages["en"] == [
        "Start a new recording.",
        "Upload the sketch now.",
    ]
