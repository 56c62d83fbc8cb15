"""The twenty-sixth text set's reader (sites' pages) and its snapshots' check.

Only the reader is tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round26 import (
    front_values,
    page_texts,
    round26_names,
    site_paragraphs,
)

TOML_PAGE = """+++
title = "Contatti"
# h4_title = "Una riga commentata"
body_class = "contact-page"
banner = "/img/entrata.jpg"
h4_title = "Contattaci e \\"trovaci\\""
+++

La residenza è a due passi dal Duomo.
"""

YAML_ROOM = """---
title: "Camera Verde"
menu:
    main:
        name: "Camera Verde"
        parent: "camere"
layout: "rooms"
h4_title: "Colori del bosco."
mainroom_1: "/img/verde 01.jpg"
review_title: "Superiore alle aspettative"
review_text: "Un soggiorno perfetto, torneremo presto."
---

<p>Una camera luminosa sul giardino.</p>
<ul>
    <li>Superficie totale 20 metri quadrati</li>
    <li>Aria condizionata</li>
</ul>
"""


def test_toml_front_matter_read_by_its_string_lines():
    values, body = front_values(TOML_PAGE)
    assert ("title",) in [path for path, _ in values]
    assert ("h4_title",) in [path for path, _ in values]
    assert not any(v == "Una riga commentata" for _, v in values)
    assert body.strip() == "La residenza è a due passi dal Duomo."


def test_page_texts_leave_out_media_layout_and_guests_reviews(tmp_path):
    contact = tmp_path / "contatti.it.md"
    contact.write_text(TOML_PAGE, "utf-8")
    assert page_texts(contact) == [
        'Contattaci e "trovaci"',  # "Contatti" is one word: not prose
        "La residenza è a due passi dal Duomo.",
    ]
    room = tmp_path / "verde.it.md"
    room.write_text(YAML_ROOM, "utf-8")
    assert page_texts(room) == [
        "Camera Verde",
        "Colori del bosco.",
        "Una camera luminosa sul giardino.",
        "Superficie totale 20 metri quadrati",
        "Aria condizionata",
    ]


def test_pairs_by_language_suffix_and_by_table(tmp_path):
    content = tmp_path / "iz5clj+v6.1865.it" / "content"
    (content / "camera").mkdir(parents=True)
    (content / "room").mkdir()
    (content / "camera" / "verga.it.md").write_text("Una camera mediterranea.\n", "utf-8")
    (content / "room" / "verga.en.md").write_text("A Mediterranean room.\n", "utf-8")
    (content / "camera" / "_index.it.md").write_text("Le nostre camere e suite.\n", "utf-8")
    (content / "galleria.it.md").write_text("Tutte le nostre camere.\n", "utf-8")
    (content / "gallery.en.md").write_text("All our rooms.\n", "utf-8")
    (content / "test.md").write_text("Pagina di prova del modulo.\n", "utf-8")
    italian, english = site_paragraphs("iz5clj+v6.1865.it", tmp_path)
    assert sorted(italian) == ["Tutte le nostre camere.", "Una camera mediterranea."]
    assert sorted(english) == ["A Mediterranean room.", "All our rooms."]


def test_html_pages_by_table_and_same_names(tmp_path):
    site = tmp_path / "MaffeiMarco+WebSite-BBIlVicoletto"
    (site / "multi" / "en").mkdir(parents=True)
    page = "<html><body><nav><p>Menu principale</p></nav><p>{}</p><footer><p>{}</p></footer>"
    (site / "index.html").write_text(page.format("Benvenuti nel nostro B&B.", "Seguici"), "utf-8")
    (site / "multi" / "en" / "home.html").write_text(
        page.format("Welcome to our B&B.", "Follow us"), "utf-8"
    )
    (site / "multi" / "en" / "index.html").write_text(page.format("Not a pair.", "x"), "utf-8")
    assert site_paragraphs("MaffeiMarco+WebSite-BBIlVicoletto", tmp_path) == (
        ["Benvenuti nel nostro B&B."],
        ["Welcome to our B&B."],
    )
    dst = tmp_path / "lucapost+nicelyventilated.it" / "dst"
    (dst / "en").mkdir(parents=True)
    (dst / "index.html").write_text("<p>Un appartamento vicino a Termini.</p>", "utf-8")
    (dst / "en" / "index.html").write_text("<p>An apartment near Termini.</p>", "utf-8")
    (dst / "privacy.html").write_text("<p>I dati sono trattati con cura.</p>", "utf-8")
    (dst / "en" / "privacy.html").write_text("<p>Data are handled with care.</p>", "utf-8")
    assert site_paragraphs("lucapost+nicelyventilated.it", tmp_path) == (
        ["Un appartamento vicino a Termini."],
        ["An apartment near Termini."],
    )


def test_pairs_by_number_and_lorem_ipsum_left_out(tmp_path):
    site = tmp_path / "lucapost+martignilas.it"
    (site / "src_it").mkdir(parents=True)
    (site / "src_en").mkdir()
    (site / "src_it" / "10_alloggi.md").write_text(
        "### Alloggi\n\nDue appartamenti nel verde.\n\nLorem ipsum dolor sit amet.\n", "utf-8"
    )
    (site / "src_en" / "10_accomodation.md").write_text(
        "### Accomodation\n\nTwo flats in the green.\n\nLorem Ipsum dolor sit amet.\n", "utf-8"
    )
    (site / "src_it" / "privacy.md").write_text("I dati sono trattati con cura.\n", "utf-8")
    (site / "src_it" / "20_informazioni.md").write_text("Una pagina senza traduzione.\n")
    assert site_paragraphs("lucapost+martignilas.it", tmp_path) == (
        ["Alloggi", "Due appartamenti nel verde."],  # a heading is a text (the cap drops it)
        ["Accomodation", "Two flats in the green."],
    )


def test_names_are_the_rules():
    assert "1865 Residenza d'epoca" in round26_names()
    assert "B&B-Il vicoletto" in round26_names()
    assert len(round26_names()) == 7
