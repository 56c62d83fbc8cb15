"""The thirty-fourth text set's readers (Android apps' `res/values*/strings.xml`, Italian and
English paired by resource) and its snapshots' check.

Only the readers are tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round34 import (
    SNAPSHOTS,
    STRINGS_EN,
    STRINGS_IT,
    android_strings,
    android_value_text,
    round34_names,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write


def _resources(*entries):
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2" '
        'xmlns:tools="http://schemas.android.com/tools">\n'
        + "\n".join(entries)
        + "\n</resources>\n"
    )


def test_android_escapes_quotes_placeholders_and_references():
    assert android_value_text(r"L\'app è pronta") == "L'app è pronta"
    assert android_value_text(r"Premi \"Salva\"\nper continuare") == 'Premi "Salva" per continuare'
    assert android_value_text('"  Spazi tenuti  "') == "Spazi tenuti"
    assert android_value_text(r"Perch\u00e9 no?") == "Perché no?"
    assert android_value_text("Hai %1$d messaggi da %2$s (%%)") == "Hai messaggi da ( )"
    assert android_value_text("@string/app_name") == ""
    assert android_value_text("?attr/colorPrimary") == ""
    assert android_value_text("Scrivi a info@example.org o visita https://example.org") == (
        "Scrivi a o visita"
    )
    assert android_value_text("Server <b>%1$s</b> &amp; altro") == "Server & altro"


def test_android_strings_keys_of_strings_plurals_and_arrays(tmp_path):
    path = tmp_path / "strings.xml"
    _write(
        tmp_path,
        "strings.xml",
        _resources(
            '<string name="app_name" translatable="false">Prova</string>',
            '<string name="title">Il tuo <b>portafoglio</b></string>',
            '<string name="welcome">Ciao <xliff:g id="name" example="Anna">%1$s</xliff:g>,'
            " benvenuto</string>",
            '<string name="terms"><![CDATA[Accetta i <a href="%1$s">termini</a>.]]></string>',
            '<plurals name="messages"><item quantity="one">Un messaggio</item>'
            '<item quantity="other">%d messaggi</item></plurals>',
            '<string-array name="periods"><item>Giorno</item><item>Settimana</item></string-array>',
            '<string-array name="codes" translatable="false"><item>EUR</item></string-array>',
        ),
    )
    assert android_strings(path) == {
        ("title",): "Il tuo portafoglio",
        ("welcome",): "Ciao , benvenuto",
        ("terms",): "Accetta i termini .",
        ("messages", "one"): "Un messaggio",
        ("messages", "other"): "messaggi",
        ("periods", "0"): "Giorno",
        ("periods", "1"): "Settimana",
    }


def test_an_app_paired_by_resource_both_holding_text(tmp_path):
    app = tmp_path / "AndreAle94+moneywallet"
    _write(
        app,
        STRINGS_IT,
        _resources(
            '<string name="delete">Sei sicuro di voler eliminare questo portafoglio?</string>',
            '<string name="only_it">Solo in italiano, senza inglese</string>',
            '<string name="backup">Backup</string>',
            '<string name="same">Google Drive</string>',
            '<string name="again">Sei sicuro di voler eliminare questo portafoglio?</string>',
            '<string name="demo">Lorem ipsum dolor sit amet</string>',
            '<string name="empty_en">Vuoto in inglese</string>',
        ),
    )
    _write(
        app,
        STRINGS_EN,
        _resources(
            '<string name="delete">Are you sure you want to delete this wallet?</string>',
            '<string name="backup">Backup created</string>',
            '<string name="same">Google Drive</string>',
            '<string name="again">Do you really want to delete this wallet?</string>',
            '<string name="demo">Lorem ipsum, in English</string>',
            '<string name="empty_en">@string/backup</string>',
        ),
    )
    _write(
        app, "app/src/main/res/values-de/strings.xml", _resources('<string name="d">Ja</string>')
    )
    _write(
        app, "app/src/osm/res/values-it/strings.xml", _resources('<string name="o">Mappa</string>')
    )
    _write(app, "app/src/osm/res/values/strings.xml", _resources('<string name="o">Map</string>'))
    it_texts, en_texts = site_paragraphs("AndreAle94+moneywallet", tmp_path)
    assert it_texts == [  # a repeated text once; "Google Drive", equal in both, left out
        "Sei sicuro di voler eliminare questo portafoglio?",
        "Backup",
    ]
    assert en_texts == [
        "Are you sure you want to delete this wallet?",
        "Backup created",
        "Do you really want to delete this wallet?",
    ]


def test_a_missing_translation_file_pairs_nothing(tmp_path):
    app = tmp_path / "simonesestito+wallapp-android"
    _write(app, STRINGS_EN, _resources('<string name="a">Only in English here</string>'))
    assert site_paragraphs("simonesestito+wallapp-android", tmp_path) == ([], [])


def test_every_app_reads_the_main_strings_files(tmp_path):
    for repo in SNAPSHOTS:
        app = tmp_path / repo
        _write(app, STRINGS_IT, _resources('<string name="share">Condividi il link</string>'))
        _write(app, STRINGS_EN, _resources('<string name="share">Share the link</string>'))
        assert site_paragraphs(repo, tmp_path) == (["Condividi il link"], ["Share the link"])


def test_names_are_the_rules():
    assert round34_names() == ["EtchDroid", "Kontalk", "MoneyWallet", "WallApp"]


def test_four_apps_registered_after_the_thirty_third():
    from benchmarks.bench_text_accuracy import HELD_OUT
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    assert len(SNAPSHOTS) == 4
    # right after the thirty-third (its seed follows from the place), whatever sets come later
    assert LATER_SETS[LATER_SETS.index("round33") + 1] == "round34"
    assert list(HELD_OUT).index("round34") == LATER_SETS.index("round34")
    assert "round34" in SNAPSHOT_TEXTS
