"""The twenty-seventh text set's reader (sites' pages) and its snapshots' check.

Only the reader is tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round27 import (
    page_addresses,
    page_texts,
    round27_names,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write

PROJECT_IT = """---
title: Anagrafe nazionale della popolazione
lang: it
permalink: /it/projects/anpr.htm
layout: project
ref: anpr
parent_ref: projects
people: [mario-rossi, anna-bianchi]
dashboard_url: https://example.org/stato
timeline:
  - period: Gennaio 2017
    title: Avvio del progetto
    desc: Il gruppo di lavoro comincia a raccogliere i dati dei comuni
---

### In breve

Oggi i dati sono sparsi in molte anagrafi comunali.

{:.h4}
[Scopri gli aspetti tecnici](https://example.org/anpr)

{% include dashboard.html %}
"""

PROJECT_EN = """---
title: National register of the population
lang: en
permalink: /en/projects/anpr.htm
layout: project
ref: anpr
---

Today the data are scattered in many town registers.
"""


def test_page_texts_leave_out_keys_of_people_links_and_layout(tmp_path):
    page = tmp_path / "anpr.md"
    page.write_text(PROJECT_IT, "utf-8")
    assert page_texts(page) == [
        "Anagrafe nazionale della popolazione",
        "Avvio del progetto",
        "Il gruppo di lavoro comincia a raccogliere i dati dei comuni",
        "In breve",
        "Oggi i dati sono sparsi in molte anagrafi comunali.",
        "Scopri gli aspetti tecnici",  # the attribute list `{:.h4}` is not text
    ]


def test_pairs_by_the_same_ref_one_page_a_language(tmp_path):
    site = tmp_path / "teamdigitale+teamdigitale.governo.it"
    _write(site, "it/projects/anpr.md", PROJECT_IT)
    _write(site, "en/projects/anpr.md", PROJECT_EN)
    # a ref held by two Italian pages pairs nothing
    _write(site, "it/a.md", "---\nlang: it\nref: twice\n---\n\nPrima pagina del doppio.\n")
    _write(site, "it/b.md", "---\nlang: it\nref: twice\n---\n\nSeconda pagina del doppio.\n")
    _write(site, "en/a.md", "---\nlang: en\nref: twice\n---\n\nThe page of the pair.\n")
    # pages of people and privacy pages are left out even when paired
    _write(site, "it/people/mario.md", "---\nlang: it\nref: mario\n---\n\nMario lavora qui.\n")
    _write(site, "en/people/mario.md", "---\nlang: en\nref: mario\n---\n\nMario works here.\n")
    _write(site, "it/privacy-policy.md", "---\nlang: it\nref: pp\n---\n\nI dati sono tuoi.\n")
    _write(site, "en/privacy-policy.md", "---\nlang: en\nref: pp\n---\n\nData are yours.\n")
    italian, english = site_paragraphs("teamdigitale+teamdigitale.governo.it", tmp_path)
    assert "Oggi i dati sono sparsi in molte anagrafi comunali." in italian
    assert english == [
        "National register of the population",
        "Today the data are scattered in many town registers.",
    ]
    assert not any("doppio" in p or "Mario" in p or "dati sono tuoi" in p for p in italian)


def test_addresses_of_pages_platforms_and_posts(tmp_path):
    site = tmp_path / "bfabio+developers.italia.it"
    _write(site, "en/reuse/acquisition.md", "---\nlang: en\n---\n\nText.\n")
    _write(site, "_platforms/en/spid.md", "---\nlang: en\n---\n\nText.\n")
    _write(site, "_posts/en/2018-05-23-a-test.md", "---\nlocale: en\n---\n\nText.\n")
    _write(site, "en/index.md", "---\nlang: en\npermalink: /en/\n---\n\nText.\n")
    assert page_addresses(site / "en/reuse/acquisition.md", site) == {"/en/reuse/acquisition"}
    assert page_addresses(site / "_platforms/en/spid.md", site) == {"/en/spid"}
    assert page_addresses(site / "_posts/en/2018-05-23-a-test.md", site) == {
        "/en/news/2018/05/23/a-test"
    }
    assert page_addresses(site / "en/index.md", site) == {"/en"}  # an index is its folder


def test_pairs_by_the_ref_naming_the_other_language_address(tmp_path):
    site = tmp_path / "bfabio+developers.italia.it"
    _write(
        site,
        "it/contatti.md",
        "---\nlang: it\nref:\n  en: /en/contacts\nimage: /a.jpg\n---\n\nScrivici quando vuoi.\n",
    )
    _write(site, "en/contacts.md", "---\nlang: en\nref:\n  it: /it/contatti\n---\n\nWrite to us.\n")
    _write(
        site,
        "_platforms/it/spid.md",
        "---\nlang: it\nref:\n  en: /en/spid\nlogo: /spid.png\n"
        "description: >\n  Una credenziale unica per i servizi\n---\n\nIl sistema di accesso.\n",
    )
    _write(site, "_platforms/en/spid.md", "---\nlang: en\n---\n\nThe access system.\n")
    _write(site, "it/note-legali.md", "---\nlang: it\nref:\n  en: /en/legal\n---\n\nNote.\n")
    _write(site, "en/legal.md", "---\nlang: en\n---\n\nLegal notes of the site.\n")
    _write(site, "it/sola.md", "---\nlang: it\nref:\n  en: /en/missing\n---\n\nSenza pari.\n")
    italian, english = site_paragraphs("bfabio+developers.italia.it", tmp_path)
    assert sorted(italian) == [
        "Il sistema di accesso.",
        "Scrivici quando vuoi.",
        "Una credenziale unica per i servizi",
    ]
    assert sorted(english) == ["The access system.", "Write to us."]


def test_race_up_same_paths_and_member_lists_left_out(tmp_path):
    site = tmp_path / "raceup+website" / "_i18n"
    page = "<html><body><header><h2>{}</h2></header><p>{}</p><footer><p>x</p></footer>"
    _write(site, "it/join.html", page.format("Unisciti", "Entra nella squadra corse."))
    _write(site, "en/join.html", page.format("Join", "Join the racing team."))
    _write(site, "it/team/2019.html", "<p>Mario Rossi, capo del telaio</p>")
    _write(site, "en/team/2019.html", "<p>Mario Rossi, chassis leader</p>")
    _write(site, "it/articles/2018-01-23-clutch.md", "La frizione elettro pneumatica.\n")
    _write(site, "en/articles/2018-01-23-clutch.md", "The electro-pneumatic clutch.\n")
    _write(site, "it/_posts/2018-09-23-dii.md", "Solo in italiano, senza traduzione.\n")
    italian, english = site_paragraphs("raceup+website", tmp_path)
    assert sorted(italian) == ["Entra nella squadra corse.", "La frizione elettro pneumatica."]
    assert sorted(english) == ["Join the racing team.", "The electro-pneumatic clutch."]


def test_names_are_the_rules():
    assert "Team per la Trasformazione Digitale" in round27_names()
    assert "Digital Transformation Team" in round27_names()
    assert "Race UP Team" in round27_names()
    assert len(round27_names()) == 6
