"""The twenty-fourth text set's reader (sites' pages, Markdown and HTML) and its snapshots' check.

Only the reader is tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round24 import (
    front_matter_values,
    inline_text,
    page_texts,
    round24_names,
    site_paragraphs,
)

MARKDOWN = """---
title: "Le nostre camere"
description: >-
  Camere luminose con vista
  sul lago.
image: /img/camera.jpg
slug: camere
hero:
  title: Benvenuti in agriturismo
  primaryCta:
    label: "Prenota ora subito"
    href: /prenota/
features:
  - "Colazione con prodotti nostri"
  - Parcheggio
---
## Dove siamo

Siamo a due passi dal **lago**, vedi la [mappa del paese](https://example.org/map) e
scrivici a info@example.org oppure chiama +39 347 1234567.

{{< figure src="/img/lago.jpg" title="Il lago" >}}

```
hugo server --minify
```

- Piscina all'aperto per gli ospiti
- Biciclette a *noleggio* gratuito

| Stagione | Prezzo |
|----------|--------|
| Alta     | 120 €  |

<div class="note">Animali ammessi su richiesta.</div>
"""

HTML = """---
title: Welcome / Farmhouse
lang: en
altlang_it: index.html
---
{% extends 'templates/layout.html' %}
{% block content %}
<nav><a href="index.html">Home</a> <a href="contacts.html">Contacts</a></nav>
<div class="title"><h2>Welcome</h2></div>
<div class="text">
Our farmhouse lies in the <b>Val d'Orcia</b>, write to
<a href="mailto:info@example.org">info@example.org</a>.<br>
Breakfast is served in the garden.
<script>var tracking = "not prose at all";</script>
</div>
<form><label>Your name here please</label></form>
{% endblock %}
"""


def test_markdown_page_read_as_paragraphs(tmp_path):
    page = tmp_path / "camere.it.md"
    page.write_text(MARKDOWN, "utf-8")
    assert page_texts(page) == [
        "Le nostre camere",
        "Camere luminose con vista sul lago.",
        "Benvenuti in agriturismo",
        "Prenota ora subito",
        "Colazione con prodotti nostri",
        "Dove siamo",
        "Siamo a due passi dal lago, vedi la mappa del paese e scrivici a oppure chiama .",
        "Piscina all'aperto per gli ospiti",
        "Biciclette a noleggio gratuito",
        "Animali ammessi su richiesta.",
    ]


def test_html_page_read_as_paragraphs(tmp_path):
    page = tmp_path / "index.en.html"
    page.write_text(HTML, "utf-8")
    assert page_texts(page) == [
        "Welcome / Farmhouse",
        "Welcome",
        "Our farmhouse lies in the Val d'Orcia, write to .",
        "Breakfast is served in the garden.",
    ]


def test_front_matter_paths_and_blocks():
    front = (
        'it:\n  title: Storia\n  textA: >\n    Una lunga\n    storia.\nen:\n  title: "History"\n'
    )
    assert front_matter_values(front) == [
        (("it", "title"), "Storia"),
        (("it", "textA"), "Una lunga storia."),
        (("en", "title"), "History"),
    ]


def test_pairs_only_pages_in_both_languages(tmp_path):
    site = tmp_path / "casaway-it+casaway.it" / "content"
    site.mkdir(parents=True)
    (site / "_index.it.md").write_text("Una casa vacanze nel verde.\n", "utf-8")
    (site / "_index.en.md").write_text("A vacation house in the green.\n", "utf-8")
    (site / "solo.it.md").write_text("Una pagina senza traduzione.\n", "utf-8")
    (site / "copia.it.md").write_text("Left untranslated in both.\n", "utf-8")
    (site / "copia.en.md").write_text("Left untranslated in both.\n", "utf-8")
    italian, english = site_paragraphs("casaway-it+casaway.it", tmp_path)
    assert italian == ["Una casa vacanze nel verde."]
    assert english == ["A vacation house in the green."]


def test_names_are_the_rules():
    assert "Museo Civico di Nepi" in round24_names()
    assert len(round24_names()) == 8


def test_underscores_inside_a_word_are_no_emphasis():
    # CommonMark: "totale_casi" is a field's name, not "totale" and an emphasised "casi" run
    # together into a word no text holds ("totalecasi")
    assert inline_text("Aggiunta: (totale_casi giorno corrente) e _nota_.") == (
        "Aggiunta: (totale_casi giorno corrente) e nota."
    )
    assert inline_text("the claim **trust_mark_issuers** and __strong__") == (
        "the claim trust_mark_issuers and strong"
    )
    assert inline_text("*a* and ***b*** ~~c~~") == "a and b c"
