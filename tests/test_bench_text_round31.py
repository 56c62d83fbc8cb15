"""The thirty-first text set's readers (apps' JSON translation files and iOS `.strings`, paired
by key) and its snapshots' check.

Only the readers are tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json

from benchmarks.text_round31 import (
    NOI_EN,
    NOI_IT,
    PLAYGO_EN,
    PLAYGO_IT,
    POLITO_EN,
    POLITO_IT,
    SNAPSHOTS,
    json_leaves,
    json_value_text,
    round31_names,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write


def test_json_value_drops_placeholders_nesting_tags_and_reads_entities():
    assert json_value_text("Ciao {{name}}, hai {count} esami") == "Ciao , hai esami"
    assert json_value_text("Vedi $t(common.orari) e <0>le aule</0>") == "Vedi e le aule"
    assert (
        json_value_text("Trento &ndash; via Santa Croce&nbsp;77") == "Trento – via Santa Croce 77"
    )
    assert json_value_text("Scrivi a info@example.org o visita https://example.org") == (
        "Scrivi a o visita"
    )


def test_json_leaves_keep_paths_and_leave_comment_keys_out():
    document = {
        "---comment-cSpell-locales": "it,en",
        "home": {"title": "Benvenuto", "items": ["primo", {"label": "secondo"}]},
        "count": 3,
    }
    assert list(json_leaves(document)) == [
        (("home", "title"), "Benvenuto"),
        (("home", "items", "0"), "primo"),
        (("home", "items", "1", "label"), "secondo"),
    ]


def test_polito_strings_paired_by_key_path_both_holding_text(tmp_path):
    site = tmp_path / "polito+students-app"
    italian = {
        "exams": {"title": "Prenota il tuo esame di profitto", "only_it": "Solo in italiano"},
        "common": {"ok": "Ho capito bene", "empty": "", "same": "Student ID card"},
        "plural_one": "Hai un esame da prenotare",
        "plural_other": "Hai un esame da prenotare",
    }
    english = {
        "exams": {"title": "Book your exam now"},
        "common": {"ok": "I got it", "empty": "Empty in Italian", "same": "Student ID card"},
        "plural_one": "You have an exam to book",
        "plural_other": "You have exams to book",
    }
    _write(site, POLITO_IT, json.dumps(italian))
    _write(site, POLITO_EN, json.dumps(english))
    _write(site, "assets/translations/de.json", json.dumps({"exams": {"title": "Prüfung"}}))
    it_texts, en_texts = site_paragraphs("polito+students-app", tmp_path)
    assert it_texts == [
        "Prenota il tuo esame di profitto",
        "Ho capito bene",
        "Hai un esame da prenotare",  # a repeated plural form taken once
    ]
    assert en_texts == [  # "Student ID card" equal in both: left out
        "Book your exam now",
        "I got it",
        "You have an exam to book",
        "You have exams to book",
    ]


def test_playgo_comment_key_and_lorem_left_out(tmp_path):
    site = tmp_path / "smartcommunitylab+dslab.playgo-mobile"
    _write(
        site,
        PLAYGO_IT,
        json.dumps(
            {
                "---comment-cSpell-locales": "cSpell: parole italiane qui",
                "trip": "Registra il tuo viaggio in bici",
                "demo": "Lorem ipsum dolor sit amet",
            }
        ),
    )
    _write(
        site,
        PLAYGO_EN,
        json.dumps(
            {
                "---comment-cSpell-locales": "cSpell: English words here",
                "trip": "Track your trip by bike",
                "demo": "Lorem ipsum dolor sit amet, in English",
            }
        ),
    )
    it_texts, en_texts = site_paragraphs("smartcommunitylab+dslab.playgo-mobile", tmp_path)
    assert it_texts == ["Registra il tuo viaggio in bici"]
    assert en_texts == ["Track your trip by bike"]


def test_noi_strings_paired_by_key(tmp_path):
    site = tmp_path / "noi-techpark+it.bz.noi.community.ios"
    _write(
        site,
        NOI_IT,
        '/* Oggi */\n"today.title" = "Oggi al NOI";\n"eat.title" = "Dove mangiare %@";\n'
        '"only.it" = "Solo in italiano";\n',
    )
    _write(site, NOI_EN, '"today.title" = "Today at NOI";\n"eat.title" = "Where to eat %@";\n')
    _write(site, "NOICommunity/de.lproj/Localizable.strings", '"today.title" = "Heute im NOI";\n')
    _write(site, "NOICommunity/it.lproj/InfoPlist.strings", '"NSCameraUsageDescription" = "x";\n')
    it_texts, en_texts = site_paragraphs("noi-techpark+it.bz.noi.community.ios", tmp_path)
    assert it_texts == ["Oggi al NOI", "Dove mangiare"]
    assert en_texts == ["Today at NOI", "Where to eat"]


def test_a_missing_translation_file_pairs_nothing(tmp_path):
    _write(tmp_path / "polito+students-app", POLITO_IT, json.dumps({"a": "Solo italiano qui"}))
    assert site_paragraphs("polito+students-app", tmp_path) == ([], [])


def test_names_are_the_rules():
    assert round31_names() == ["NOI Community", "Play&Go", "PoliTO"]


def test_three_sources_registered_after_the_thirtieth():
    from benchmarks.bench_text_accuracy import HELD_OUT
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    assert len(SNAPSHOTS) == 3
    assert LATER_SETS[LATER_SETS.index("round30") + 1] == "round31"
    assert list(HELD_OUT).index("round31") == LATER_SETS.index("round31")
    assert "round31" in SNAPSHOT_TEXTS
