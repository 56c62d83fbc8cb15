"""The fifty-seventh text set's reader (three Italian apps' customer-facing strings: SASAbus, the
Android app of Bolzano's buses, by resource name; WLM Italia, the Wiki Loves Monuments app, its
Titanium strings by name and its F-Droid listing by file; OpeNoise, ARPA Piemonte's noise meter,
its JSON by path of keys; keys only developers see left out by their names), its sources, cap
and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round57 as r57
from benchmarks.text_round57 import (
    ADDED_FILES,
    FILES,
    MONUMENTI,
    MONUMENTI_LISTING,
    NAMES,
    OPENOISE,
    SASABUS,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    developer_key,
    fetch_round57,
    key_parts,
    round57_names,
    round57_texts,
    site_paragraphs,
    titanium_strings,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

RES = "app/src/main/res"


def _resources(body: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n{body}\n</resources>\n'


def _sasabus(root, strings=("", ""), arrays=("", ""), plurals=("", "")) -> None:
    """Write the first source's six resource files: (Italian, English) bodies of each."""
    for name, (italian, english) in (
        ("strings", strings),
        ("arrays", arrays),
        ("plurals", plurals),
    ):
        _write(root / SASABUS, f"{RES}/values-it/{name}.xml", _resources(italian))
        _write(root / SASABUS, f"{RES}/values/{name}.xml", _resources(english))


def _monumenti(root, italian: str = "", english: str = "", listing: dict | None = None) -> None:
    """Write the second source's two strings files and every listing file of the rule's table:
    the given texts, a default one elsewhere."""
    listing = listing or {}
    _write(root / MONUMENTI, "app/i18n/it/strings.xml", _resources(italian))
    _write(root / MONUMENTI, "app/i18n/en/strings.xml", _resources(english))
    for it_file, en_file in MONUMENTI_LISTING.items():
        name = it_file.removeprefix("metadata/it/")
        it_text, en_text = listing.get(name, (f"Versione italiana di {name}", f"English {name}"))
        _write(root / MONUMENTI, it_file, it_text)
        _write(root / MONUMENTI, en_file, en_text)


def _openoise(root, italian: dict, english: dict) -> None:
    _write(root / OPENOISE, "src/assets/i18n/it.json", json.dumps(italian, ensure_ascii=False))
    _write(root / OPENOISE, "src/assets/i18n/en.json", json.dumps(english))


# --- Keys only developers or administrators see ------------------------------------------------


def test_a_key_s_name_splits_at_separators_and_case_turns():
    assert key_parts("dialog_logging_out") == ["dialog", "logging", "out"]
    assert key_parts("settings.debugMode") == ["settings", "debug", "mode"]
    assert key_parts("Admin-Panel title") == ["admin", "panel", "title"]
    assert key_parts("ERROR_CODE_404") == ["error", "code", "404"]


def test_developer_keys_by_the_rule_s_words():
    for keys in (
        ("debug_options",),
        ("admin",),
        ("show_log",),
        ("devMode",),
        ("developers", "title"),
        ("test_login_start",),
        ("network_error_code",),
        ("errorCode",),
        ("messages", "errorcode"),
    ):
        assert developer_key(keys), keys
    for keys in (
        ("login_title",),
        ("logout",),
        ("device_settings",),
        ("latest_news",),
        ("error_network",),
        ("code_of_conduct",),
        ("plurals", "other"),
    ):
        assert not developer_key(keys), keys


# --- The first source: Android resources by name ------------------------------------------------


def test_sasabus_strings_arrays_and_plurals_pair_by_name(tmp_path):
    _sasabus(
        tmp_path,
        strings=(
            '<string name="departures">Partenze dalla fermata %1$s</string>\n'
            '<string name="only_it">Solo in italiano, senza traduzione</string>\n'
            '<string name="debug_title">Impostazioni di debug nascoste</string>\n'
            '<string name="sasa">SASA SpA-AG</string>',
            '<string name="departures">Departures from the stop %1$s</string>\n'
            '<string name="only_en">Only in English, never paired</string>\n'
            '<string name="debug_title">Hidden debug settings page</string>\n'
            '<string name="sasa" translatable="false">SASA SpA-AG</string>',
        ),
        arrays=(
            '<string-array name="days"><item>Giorni feriali</item>'
            "<item>Sabato e domenica</item></string-array>",
            '<string-array name="days"><item>Working days</item>'
            "<item>Saturday and Sunday</item></string-array>",
        ),
        plurals=(
            '<plurals name="points"><item quantity="one">Hai guadagnato un punto</item>'
            '<item quantity="other">Hai guadagnato %d punti</item></plurals>',
            '<plurals name="points"><item quantity="one">You earned a point</item>'
            '<item quantity="other">You earned %d points</item>'
            '<item quantity="zero">You earned no points</item></plurals>',
        ),
    )
    italian, english = site_paragraphs(SASABUS, tmp_path)
    assert italian == [
        "Partenze dalla fermata",
        "Giorni feriali",
        "Sabato e domenica",
        "Hai guadagnato un punto",
        "Hai guadagnato punti",
    ]
    assert english == [
        "Departures from the stop",
        "Working days",
        "Saturday and Sunday",
        "You earned a point",
        "You earned points",
    ]


# --- The second source: Titanium strings, read tolerantly, and the store listing ----------------


def test_titanium_strings_tolerate_a_misspelt_closing_tag(tmp_path):
    path = _write(
        tmp_path,
        "strings.xml",
        _resources(
            '<string name="welcome">Benvenuto in %s!</string>\n'
            '<string name="no_photo_left">Non è rimasta alcuna foto!</sring>\n'
            '<string name="next">Scopri i monumenti &amp; i luoghi</string>\n'
            '<string name="cdata"><![CDATA[Carica le <b>tue</b> foto]]></string>\n'
            '<string name="url" translatable="false">https://example.org</string>\n'
            "<string>Senza nome</string>"
        ),
    )
    assert titanium_strings(path) == {
        ("welcome",): "Benvenuto in !",
        ("no_photo_left",): "Non è rimasta alcuna foto!",
        ("next",): "Scopri i monumenti & i luoghi",
        ("cdata",): "Carica le tue foto",
    }


def test_monumenti_strings_by_name_then_the_listing_by_file(tmp_path):
    _monumenti(
        tmp_path,
        italian=(
            '<string name="map">Mappa dei monumenti vicini</string>\n'
            '<string name="test_login_start">Stai per entrare nella wiki di prova</string>\n'
            '<string name="upload">Carica le foto del monumento</string>'
        ),
        english=(
            '<string name="upload">Upload the photos of the monument</string>\n'
            '<string name="test_login_start">You are logging in to the test wiki</string>\n'
            '<string name="map">Map of the nearby monuments</string>'
        ),
        listing={
            "full_description.txt": (
                "Fotografa i monumenti d'Italia.\n\n* carica le foto su Wikimedia Commons\n",
                "Take photos of Italy's monuments.\n\n* upload them to Wikimedia Commons\n",
            ),
        },
    )
    italian, english = site_paragraphs(MONUMENTI, tmp_path)
    assert italian[:4] == [
        "Mappa dei monumenti vicini",
        "Carica le foto del monumento",
        "Fotografa i monumenti d'Italia.",
        "carica le foto su Wikimedia Commons",
    ]
    assert english[:4] == [
        "Map of the nearby monuments",
        "Upload the photos of the monument",
        "Take photos of Italy's monuments.",
        "upload them to Wikimedia Commons",
    ]
    assert italian[-1] == "Versione italiana di changelogs/29.txt"
    assert english[-1] == "English changelogs/29.txt"
    assert "test wiki" not in " ".join(english) and "di prova" not in " ".join(italian)


# --- The third source: JSON by path of keys ------------------------------------------------------


def test_openoise_json_pairs_by_path_and_leaves_developer_keys_out(tmp_path):
    _openoise(
        tmp_path,
        {
            "home": {"title": "Misura il rumore", "hint": "Tieni il telefono fermo"},
            "info": {"debugLog": "Registro di debug attivo", "only_it": "Solo italiano"},
            "glossary": ["Livello equivalente <i>LAeq</i>, media energetica"],
        },
        {
            "info": {"debugLog": "Debug log enabled", "only_en": "English only"},
            "home": {"hint": "Keep the phone still", "title": "Measure the noise"},
            "glossary": ["Equivalent level <i>LAeq</i>, energy average"],
        },
    )
    assert site_paragraphs(OPENOISE, tmp_path) == (
        [
            "Misura il rumore",
            "Tieni il telefono fermo",
            "Livello equivalente LAeq , media energetica",
        ],
        [
            "Measure the noise",
            "Keep the phone still",
            "Equivalent level LAeq , energy average",
        ],
    )


# --- What every source leaves out ----------------------------------------------------------------


def test_repeats_untranslated_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _openoise(
        tmp_path,
        {
            "a": "Calibra il dispositivo",
            "b": "Calibra il dispositivo",
            "c": "Start the measurement now",
            "d": "Lorem ipsum dolor sit amet",
            "e": "OpeNoise",
        },
        {
            "a": "Calibrate the device",
            "b": "Calibrate the device",
            "c": "Start the measurement now",
            "d": "Lorem ipsum dolor sit amet",
            "e": "OpeNoise",
        },
    )
    italian, english = site_paragraphs(OPENOISE, tmp_path)
    assert italian == ["Calibra il dispositivo"]
    assert english == ["Calibrate the device"]


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    # the text extraction keeps no `arrays.xml`, `plurals.xml`, Titanium strings or `.txt`
    _sasabus(tmp_path)
    (tmp_path / SASABUS / RES / "values-it" / "plurals.xml").unlink()
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(SASABUS, tmp_path)
    assert f"lacks {RES}/values-it/plurals.xml;" in str(info.value)
    assert SNAPSHOTS[SASABUS] in str(info.value)
    _monumenti(tmp_path)
    (tmp_path / MONUMENTI / "metadata" / "en-US" / "changelogs" / "29.txt").unlink()
    with pytest.raises(RuntimeError, match=r"lacks metadata/en-US/changelogs/29\.txt;"):
        site_paragraphs(MONUMENTI, tmp_path)
    with pytest.raises(RuntimeError, match=r"lacks src/assets/i18n/it\.json, "):
        site_paragraphs(OPENOISE, tmp_path)


# --- Sources, cap and names ----------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "SASAbus+SASAbus": "99ca5dc31f7805cfcc9466d833f8249d4310c6ea",
        "ferdi2005+monumenti": "15a334ff8c11a66f4a06309d6110c83b34b6378f",
        "Arpapiemonte+openoise-meter": "17aa07d3dad6e558ea8f1eb95070b2fd26a6a24f",
    }
    assert list(FILES) == list(SNAPSHOTS) == list(r57.SITES)
    assert FILES[SASABUS] == {
        f"{RES}/values-it/strings.xml": f"{RES}/values/strings.xml",
        f"{RES}/values-it/arrays.xml": f"{RES}/values/arrays.xml",
        f"{RES}/values-it/plurals.xml": f"{RES}/values/plurals.xml",
    }
    assert FILES[MONUMENTI]["app/i18n/it/strings.xml"] == "app/i18n/en/strings.xml"
    assert FILES[MONUMENTI]["metadata/it/changelogs/29.txt"] == "metadata/en-US/changelogs/29.txt"
    assert len(FILES[MONUMENTI]) == 4
    assert FILES[OPENOISE] == {"src/assets/i18n/it.json": "src/assets/i18n/en.json"}
    assert set(ADDED_FILES) == {SASABUS, MONUMENTI}
    assert sorted(ADDED_FILES[SASABUS]) == sorted(
        f"{RES}/{folder}/{name}.xml"
        for folder in ("values-it", "values")
        for name in ("arrays", "plurals")
    )
    assert set(ADDED_FILES[MONUMENTI]) == set(FILES[MONUMENTI]) | set(FILES[MONUMENTI].values())
    assert WORDS_PER_SOURCE == 3000
    assert round57_names() == [
        "ARPA Piemonte",
        "Arpa Piemonte",
        "OpeNoise",
        "SASA",
        "SASAbus",
        "WLM",
        "WLM Italia",
        "Wiki Loves Monuments",
    ]
    assert sorted(NAMES) == round57_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo in SNAPSHOTS:
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(SNAPSHOTS[repo] + "\n")
    _sasabus(
        tmp_path,
        strings=(
            '<string name="a">Prossima partenza della linea</string>',
            '<string name="a">Next departure of the line</string>',
        ),
    )
    _monumenti(tmp_path)
    _openoise(tmp_path, {"k": "Testo della chiave K"}, {"k": "Text of the key K"})
    assert fetch_round57(tmp_path) == tmp_path
    texts = dict(round57_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[SASABUS] == ["Prossima partenza della linea"]
    names = [it_file.removeprefix("metadata/it/") for it_file in MONUMENTI_LISTING]
    assert texts[MONUMENTI] == sorted((f"Versione italiana di {n}" for n in names), key=_crc)
    assert texts[OPENOISE] == ["Testo della chiave K"]
    assert dict(round57_texts("en", tmp_path))[OPENOISE] == ["Text of the key K"]
    (tmp_path / OPENOISE / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round57_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ------------------------------------


def test_the_set_registered_after_the_fifty_sixth_as_a_snapshot_set():
    # right after the fifty-sixth (its seed, 1258, follows from the place), whatever comes later
    assert_registered_after("round57", "round56", 1258, r57, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (SASABUS, ["Prossima partenza della linea 10A.", "Preferiti", "Fermate vicine."]),
            (OPENOISE, ["Misura il rumore intorno a te."]),
        ],
        "en": [(SASABUS, ["Next departure of line 10A.", "Nearby bus stops."])],
    }
    messages = capped_messages(monkeypatch, "round57", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Preferiti" is under the floor
    assert messages["it"] == [
        "Prossima partenza della linea 10A.",
        "Misura il rumore intorno a te.",
    ]
    assert messages["en"] == ["Next departure of line 10A."]
