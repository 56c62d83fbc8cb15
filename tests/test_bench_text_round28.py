"""The twenty-eighth text set's reader (JSON strings and documents) and its snapshots' check.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json

from benchmarks.text_round28 import (
    round28_names,
    site_paragraphs,
    value_texts,
)
from tests.text_set_support import write_file as _write


def _write_json(root, relative, data):
    _write(root, relative, json.dumps(data, ensure_ascii=False))


def test_value_texts_read_html_by_blocks_and_plain_text_whole():
    html = "<p>Il percorso parte dalla <strong>piazza</strong>.</p><ul><li>Primo tratto</li></ul>"
    assert value_texts(html) == ["Il percorso parte dalla piazza.", "Primo tratto"]
    plain = "Immuni è un'app.\nAiuta a combattere le epidemie."
    assert value_texts(plain) == ["Immuni è un'app. Aiuta a combattere le epidemie."]
    assert value_texts("   ") == []


def test_immuni_pairs_keys_and_questions_privacy_notice_left_out(tmp_path):
    site = tmp_path / "immuni-app+web-site"
    _write_json(
        site,
        "src/res/i18n/it.json",
        {
            "home": {"hero": {"title": "Un'app per tutti noi", "content": "Scaricala oggi."}},
            "pn": {"content": "I tuoi dati personali restano tuoi."},
            "footer": {"phone": "Chiama il numero verde"},
            "press": {"title": "Solo in italiano"},
        },
    )
    _write_json(
        site,
        "src/res/i18n/en.json",
        {
            "home": {"hero": {"title": "An app for all of us", "content": "Download it today."}},
            "pn": {"content": "Your personal data stay yours."},
            "footer": {"phone": "Call the toll-free number"},
        },
    )
    _write_json(
        site,
        "src/res/faq/faq-it.json",
        {
            "faqs": [
                {"id": 1, "title": "Cos'è?", "content": "Un'app di allerta."},
                {"id": 2, "title": "Senza pari", "content": "Nessuna traduzione."},
            ]
        },
    )
    _write_json(
        site,
        "src/res/faq/faq-en.json",
        {"faqs": [{"id": 1, "title": "What is it?", "content": "An alert app."}]},
    )
    italian, english = site_paragraphs("immuni-app+web-site", tmp_path)
    assert sorted(italian) == [
        "Cos'è?",
        "Scaricala oggi.",
        "Un'app di allerta.",
        "Un'app per tutti noi",
    ]
    assert sorted(english) == [
        "An alert app.",
        "An app for all of us",
        "Download it today.",
        "What is it?",
    ]


def test_trento_pairs_fields_of_the_kinds_read_names_and_events_left_out(tmp_path):
    site = tmp_path / "smartcampuslab+comuneintasca"
    model = "it.smartcommunitylab.comuneintasca.core.model."
    poi = {
        "title": {"it": "Torre Vanga", "en": "Vanga Tower", "de": "Vangaturm"},
        "description": {
            "it": "<p>La torre sorge presso il ponte sull'Adige.</p>",
            "en": "<p>The tower stands by the bridge on the Adige.</p>",
            "de": "<p>Der Turm steht an der Brücke.</p>",
        },
        "address": {"it": "Piazza della Portela, Trento", "en": "Piazza della Portela"},
        "info": {"it": "<p>Aperta la domenica mattina</p>", "en": ""},
    }
    event = {"description": {"it": "Concerto in piazza questa sera", "en": "Concert tonight"}}
    _write_json(
        site,
        "smartcampus.vas.comuneintasca.mobile/www/data/data.json",
        {
            "version": 3,
            "updated": {model + "POIObject": [poi], model + "EventObject": [event]},
            "deleted": {model + "POIObject": [poi]},
        },
    )
    italian, english = site_paragraphs("smartcampuslab+comuneintasca", tmp_path)
    assert italian == ["La torre sorge presso il ponte sull'Adige."]
    assert english == ["The tower stands by the bridge on the Adige."]


def test_civil_protection_documents_paired_by_the_table(tmp_path):
    site = tmp_path / "pcm-dpc+COVID-19"
    _write(site, "README.md", "# Dati COVID-19 Italia\n\nI dati sono aggiornati ogni giorno.\n")
    _write(site, "README_EN.md", "# Italian COVID-19 data\n\nThe data are updated every day.\n")
    _write(site, "CHANGELOG.md", "## 2022-06-14\n\n- Modifica: aggiornati i file delle metriche.\n")
    _write(site, "metriche.md", "Documento solo in italiano sulle metriche.\n")
    _write(site, "CODE_OF_CONDUCT.md", "Ci impegniamo a rendere la partecipazione libera.\n")
    _write(site, "CODE_OF_CONDUCT_EN.md", "We pledge to make participation free.\n")
    italian, english = site_paragraphs("pcm-dpc+COVID-19", tmp_path)
    assert italian == ["Dati COVID-19 Italia", "I dati sono aggiornati ogni giorno."]
    assert english == ["Italian COVID-19 data", "The data are updated every day."]


def test_names_are_the_rules():
    assert round28_names() == [
        "Dipartimento della Protezione Civile",
        "Il Comune in Tasca",
        "Immuni",
    ]
