"""The twenty-fifth text set's reader (sites' pages) and its snapshots' check.

Only the reader is tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round25 import (
    front_prose,
    literal_quoted,
    render_inline,
    round25_names,
    site_paragraphs,
)

GATSBY_PAGE = """---
title: "Camere - Rifugio"
templateKey: rooms
image: /img/camera.jpg
rooms:
  title: "Camere doppie"
  text: "Per chi ama la **quiete**, la camera al primo piano."
summerTrek: "### Trekking

Qualche suggerimento:

- Monte Alto: un classico \\"facile\\" per tutti
- Sella Bassa: panorama sul lago"
masonry:
  photos:
    - { src: 'https://example.org/a.jpg',
    sizes: ["(min-width: 480px) 50vw,100vw"], width: 4, height: 3, alt: 'Camera uno' }
---
"""


def test_multi_line_quoted_front_matter_read_as_markdown():
    front = GATSBY_PAGE.split("---\n")[1]
    assert front_prose(front) == [
        "Camere - Rifugio",
        "Camere doppie",
        "Per chi ama la quiete, la camera al primo piano.",
        "Qualche suggerimento:",  # the heading "Trekking" is one word: not prose
        'Monte Alto: un classico "facile" per tutti',
        "Sella Bassa: panorama sul lago",
    ]


def test_a_quoted_string_on_one_line_is_left_as_it_is():
    front = 'title: "Una riga sola"\ntext: "Due\n  righe"\n'
    assert literal_quoted(front).splitlines() == [
        'title: "Una riga sola"',
        "text: |",
        "  Due",
        "  righe",
    ]


def test_inline_shortcodes_rendered():
    text = (
        ':wave: [Contattaci]({{< ref "contact">}} "Scrivi") da {{% years-till-today 2020 %}} '
        'anni, alle 10:30: [newsletter]({{< param "address.newsletter">}})'
    )
    assert render_inline(text) == (
        ' [Contattaci](# "Scrivi") da 4 anni, alle 10:30: [newsletter](#)'
    )


def test_pairs_by_same_path_and_left_out_pages(tmp_path):
    site = tmp_path / "riasissu+sito-riasissu" / "content"
    for lang, text in (("it", "Una scuola di eccellenza."), ("en", "A school of excellence.")):
        (site / lang / "scuole").mkdir(parents=True)
        (site / lang / "scuole" / "pavia.md").write_text(text + "\n", "utf-8")
        (site / lang / "organigramma").mkdir()
        (site / lang / "organigramma" / "index.md").write_text("Mario Rossi, presidente\n", "utf-8")
    (site / "it" / "solo.md").write_text("Una pagina senza traduzione.\n", "utf-8")
    (site / "it" / "scuole" / "lorem.md").write_text("Lorem ipsum dolor sit amet.\n", "utf-8")
    (site / "en" / "scuole" / "lorem.md").write_text("Lorem Ipsum dolor sit amet.\n", "utf-8")
    italian, english = site_paragraphs("riasissu+sito-riasissu", tmp_path)
    assert italian == ["Una scuola di eccellenza."]
    assert english == ["A school of excellence."]


def test_pairs_by_language_suffix_and_by_table(tmp_path):
    meis = tmp_path / "furins+ferrara-ebraica" / "content"
    meis.mkdir(parents=True)
    (meis / "rito.md").write_text("---\ntitle: Rito\n---\nLa sinagoga è il centro.\n", "utf-8")
    (meis / "rito.en.md").write_text("---\ntitle: Rite\n---\nThe synagogue is the centre.\n")
    (meis / "ringraziamenti.md").write_text("Si ringraziano tutti i prestatori.\n", "utf-8")
    (meis / "ringraziamenti.en.md").write_text("We thank all the lenders.\n", "utf-8")
    assert site_paragraphs("furins+ferrara-ebraica", tmp_path) == (
        ["La sinagoga è il centro."],
        ["The synagogue is the centre."],
    )
    ver = tmp_path / "cdelledonne+verartis.com" / "content"
    (ver / "italian").mkdir(parents=True)
    (ver / "english").mkdir()
    (ver / "italian" / "chi-siamo.md").write_text("Siamo guide nei Paesi Bassi.\n", "utf-8")
    (ver / "english" / "about.md").write_text("We are guides in the Netherlands.\n", "utf-8")
    (ver / "italian" / "privacy.md").write_text("I dati sono trattati con cura.\n", "utf-8")
    (ver / "english" / "privacy.md").write_text("Data are handled with care.\n", "utf-8")
    assert site_paragraphs("cdelledonne+verartis.com", tmp_path) == (
        ["Siamo guide nei Paesi Bassi."],
        ["We are guides in the Netherlands."],
    )


def test_names_are_the_rules():
    assert "Rifugio Kugy" in round25_names()
    assert "La Siorén’na" in round25_names()
    assert len(round25_names()) == 11
