"""The twenty-ninth text set's reader (Markdown documents paired by tables) and its snapshots'
check.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round29 import (
    round29_names,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write


def test_civil_protection_documents_paired_licence_and_tables_left_out(tmp_path):
    site = tmp_path / "pcm-dpc+DPC-Centri-Storici-Rischio-Sismico"
    _write(
        site,
        "README.md",
        "# Centri storici\n\nI dati descrivono i centri storici.\n\n"
        "| Campo | Descrizione |\n|---|---|\n| nome | il nome del centro |\n",
    )
    _write(
        site,
        "README_EN.md",
        "# Historic centres\n\nThe data describe the historic centres.\n\n"
        "| Field | Description |\n|---|---|\n| nome | the centre's name |\n",
    )
    _write(site, "CHANGELOG.md", "- Aggiunti i confini dei centri storici.\n")
    _write(site, "CHANGELOG-EN.md", "- Added the boundaries of the historic centres.\n")
    _write(site, "LICENSE.md", "Creative Commons Attribution 4.0 International\n")
    italian, english = site_paragraphs("pcm-dpc+DPC-Centri-Storici-Rischio-Sismico", tmp_path)
    assert sorted(italian) == [
        "Aggiunti i confini dei centri storici.",
        "Centri storici",
        "I dati descrivono i centri storici.",
    ]
    assert sorted(english) == [
        "Added the boundaries of the historic centres.",
        "Historic centres",
        "The data describe the historic centres.",
    ]


def test_publiccode_pages_paired_by_name_code_and_unpaired_pages_left_out(tmp_path):
    site = tmp_path / "publiccodeyml+publiccode.yml"
    _write(site, "README.it.md", "# Lo standard\n\nUno standard di metadati.\n")
    _write(site, "README.md", "# The standard\n\nA metadata standard.\n")
    _write(
        site,
        "docs/it/schema.md",
        "### Chiave `name`\n\nIl nome del software.\n\n```yaml\nname: Medusa\n```\n",
    )
    _write(
        site,
        "docs/en/schema.md",
        "### Key `name`\n\nThe name of the software.\n\n```yaml\nname: Medusa\n```\n",
    )
    _write(site, "docs/it/schema.it.md", "Estensione italiana dello schema.\n")
    _write(site, "docs/en/schema.it.md", "Italian extension.\n")
    _write(site, "index.it.md", "Pagina solo in italiano.\n")
    _write(site, "docs/it/tags.md", "Etichette senza traduzione.\n")
    italian, english = site_paragraphs("publiccodeyml+publiccode.yml", tmp_path)
    assert sorted(italian) == [
        "Chiave name",
        "Il nome del software.",
        "Lo standard",
        "Uno standard di metadati.",
    ]
    assert sorted(english) == [
        "A metadata standard.",
        "Key name",
        "The name of the software.",
        "The standard",
    ]


def test_immuni_readme_and_its_italian_translation_other_documents_left_out(tmp_path):
    site = tmp_path / "immuni-app+immuni-documentation"
    _write(
        site,
        "README.md",
        "# Immuni's High-Level Description\n\nNOTE: also in Italian.\n\nImmuni is an app.\n",
    )
    _write(
        site,
        "Translations/it/README.md",
        "# Immuni: visione d'insieme\n\nNOTE: also in Italian.\n\nImmuni è un'app.\n",
    )
    _write(site, "Technology.md", "# Technology\n\nOnly in English.\n")
    italian, english = site_paragraphs("immuni-app+immuni-documentation", tmp_path)
    assert italian == ["Immuni: visione d'insieme", "Immuni è un'app."]
    assert english == ["Immuni's High-Level Description", "Immuni is an app."]


def test_names_are_the_rules():
    assert round29_names() == [
        "Centri Storici e Rischio Sismico",
        "Historic Centres and Seismic Risk",
        "Immuni",
        "publiccode.yml",
    ]
