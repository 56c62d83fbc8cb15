"""The thirty-third text set's readers (a Hugo site's pages, `<page>.md` and `<page>.it.md`, with
its own shortcodes rendered; apps' JSON translation files paired by key) and its snapshots'
check.

Only the readers are tested here, on pages and files written for the test: never the set's own
text."""

from __future__ import annotations

import json

from benchmarks.text_round33 import (
    BALANCE_EN,
    BALANCE_IT,
    CODYCOLOR_EN,
    CODYCOLOR_IT,
    POCKET_EN,
    POCKET_IT,
    SNAPSHOTS,
    app_texts,
    render_site_shortcodes,
    round33_names,
    site_page_texts,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write

SITE = "SmartRoadSense+website"


def _page(title, body):
    return f'+++\ntitle = "{title}"\ndate = "2018-05-21"\ncover = "cover.jpg"\n+++\n\n{body}\n'


def test_site_shortcodes_rendered_addresses_sections_and_captions():
    text = (
        '<p>Vedi la <a href="{{< langRef "data/map" >}}">mappa online</a> dei dati.</p>\n'
        '{{< section "Come funziona?" >}}\n'
        '{{< image src="team.jpg" didascaly="Il team del progetto a Urbino." >}}\n'
        '{{< youtube "abc123" >}}\n'
    )
    rendered = render_site_shortcodes(text)
    assert '<a href="#">mappa online</a>' in rendered
    assert "\n# Come funziona?\n" in rendered
    assert "\nIl team del progetto a Urbino.\n" in rendered
    assert '{{< youtube "abc123" >}}' in rendered  # left to the shared reader, which drops it


def test_site_page_reads_toml_front_matter_links_whole_and_entities(tmp_path):
    page = tmp_path / "index.it.md"
    page.write_text(
        _page(
            "Aggiornamento del sito web",
            "Abbiamo aggiornato il sito: una nuova [mappa interattiva]"
            '({{< langRef "data/map" >}}) e la pagina sulla '
            '<a href="{{< langRef "data/privacy" >}}">privacy</a>&hellip;\n\n'
            '{{< section "In dettaglio" >}}\n\n'
            '{{< image src="x.jpg" didascaly="Prof.&nbsp;Bogliolo a Galaţi." >}}\n\n'
            '{{< gallery nameroot="c4rs" >}}\n\n'
            '{{< i18n "srsActivationLine" >}}\n',
        ),
        "utf-8",
    )
    assert site_page_texts(page) == [
        "Aggiornamento del sito web",
        "Abbiamo aggiornato il sito: una nuova mappa interattiva e la pagina sulla privacy …",
        "In dettaglio",
        "Prof. Bogliolo a Galaţi.",
    ]


def test_site_pages_paired_by_the_italian_file_beside_the_english(tmp_path):
    site = tmp_path / SITE
    _write(site, "content/_index.md", _page("Home", "Roads measured by drivers' phones."))
    _write(site, "content/_index.it.md", _page("Home", "Strade misurate dai telefoni."))
    _write(site, "content/news/2018/web-summit/index.md", _page("Web Summit", "We went to Lisbon."))
    _write(
        site, "content/news/2018/web-summit/index.it.md", _page("Web Summit", "Siamo a Lisbona.")
    )
    _write(site, "content/news/2019/only-it/index.it.md", _page("Solo", "Solo in italiano qui."))
    _write(site, "i18n/it.toml", '[footer]\nother = "Il piè di pagina del sito"\n')
    _write(site, "data/people/rossi.toml", 'name = "Mario Rossi"\nrole = "Ricercatore senior"\n')
    it_texts, en_texts = site_paragraphs(SITE, tmp_path)
    # "Home" is one word and "Web Summit" is equal in both: left out
    assert it_texts == ["Strade misurate dai telefoni.", "Siamo a Lisbona."]
    assert en_texts == ["Roads measured by drivers' phones.", "We went to Lisbon."]


def test_app_texts_bom_linked_keys_placeholders_and_tags(tmp_path):
    path = tmp_path / "locale-en.json"
    path.write_text(
        json.dumps(
            {
                "MATCH": {"WIN": "You won {{points}} points, @:common.great!"},
                "LIST": ["<b>First</b> item", "Hi {}, welcome"],
                "COUNT": 3,
            }
        ),
        "utf-8-sig",
    )
    assert app_texts(path) == {
        ("MATCH", "WIN"): "You won points, !",
        ("LIST", "0"): "First item",
        ("LIST", "1"): "Hi , welcome",
    }


def test_balance_strings_paired_by_key_untranslated_and_repeats_left_out(tmp_path):
    repo = "ComputerScienceUniUrb+balance-mobile"
    site = tmp_path / repo
    italian = {
        "onboarding": {"title": "Tieni il telefono con due mani", "skip": "Salta"},
        "test": {"start": "INIZIA TEST ORA", "again": "INIZIA TEST ORA", "only_it": "Solo qui"},
        "company": "Data Processor @ DIGIT Srl",
        "empty": "",
    }
    english = {
        "onboarding": {"title": "Hold the phone with two hands", "skip": "Skip"},
        "test": {"start": "START TEST NOW", "again": "START A NEW TEST"},
        "company": "Data Processor @ DIGIT Srl",
        "empty": "Empty in Italian",
    }
    _write(site, BALANCE_IT, json.dumps(italian))
    _write(site, BALANCE_EN, json.dumps(english))
    it_texts, en_texts = site_paragraphs(repo, tmp_path)
    assert it_texts == ["Tieni il telefono con due mani", "Salta", "INIZIA TEST ORA"]
    assert en_texts == [
        "Hold the phone with two hands",
        "Skip",
        "START TEST NOW",
        "START A NEW TEST",
    ]


def test_codycolor_reads_src_locales_not_build_nor_hungarian(tmp_path):
    repo = "CodeMOOC+CodyColor-Client"
    site = tmp_path / repo
    _write(site, CODYCOLOR_IT, json.dumps({"RANKING": "Classifica giornaliera dei giocatori"}))
    _write(
        site,
        CODYCOLOR_EN,
        json.dumps({"RANKING": "Daily ranking of the players"}),
        "utf-8-sig",
    )
    _write(site, "src/contents/locales/locale-hu.json", json.dumps({"RANKING": "Napi rangsor"}))
    _write(site, "build/contents/locales/locale-it.json", json.dumps({"X": "Copia da non leggere"}))
    _write(site, "build/contents/locales/locale-en.json", json.dumps({"X": "A copy not read"}))
    assert site_paragraphs(repo, tmp_path) == (
        ["Classifica giornaliera dei giocatori"],
        ["Daily ranking of the players"],
    )


def test_pocket_strings_and_lorem_left_out(tmp_path):
    repo = "WOM-Platform+Pocket"
    site = tmp_path / repo
    _write(
        site,
        POCKET_IT,
        json.dumps({"scan": "Inquadra il codice QR", "demo": "Lorem ipsum dolor sit amet"}),
    )
    _write(
        site,
        POCKET_EN,
        json.dumps({"scan": "Scan the QR code", "demo": "Lorem ipsum, in English"}),
    )
    _write(site, "lang/it.json", json.dumps({"old": "La cartella di prima"}))
    _write(site, "lang/en.json", json.dumps({"old": "The earlier folder"}))
    assert site_paragraphs(repo, tmp_path) == (["Inquadra il codice QR"], ["Scan the QR code"])


def test_a_missing_translation_file_pairs_nothing(tmp_path):
    repo = "WOM-Platform+Pocket"
    _write(tmp_path / repo, POCKET_IT, json.dumps({"a": "Solo italiano qui"}))
    assert site_paragraphs(repo, tmp_path) == ([], [])


def test_names_are_the_rules():
    assert round33_names() == ["Balance", "CodyColor Multiplayer", "SmartRoadSense", "WOM Pocket"]


def test_four_sources_registered_after_the_thirty_second():
    from benchmarks.bench_text_accuracy import HELD_OUT
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    assert len(SNAPSHOTS) == 4
    # right after the thirty-second (its seed follows from the place), whatever sets come later
    assert LATER_SETS[LATER_SETS.index("round32") + 1] == "round33"
    assert list(HELD_OUT).index("round33") == LATER_SETS.index("round33")
    assert "round33" in SNAPSHOT_TEXTS
