"""The thirty-fifth text set's readers (plain HTML pages of four Italian businesses' sites, paired
by a table of names) and its snapshots' check.

Only the readers are tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

import pytest

from benchmarks.text_round35 import (
    AUGUSTUS_PAGES,
    CCSTUDIO_PAGES,
    ELIMO_PAGES,
    SNAPSHOTS,
    TITANIA_PAGES,
    round35_names,
    site_page_texts,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write


def _page(*paragraphs, extra=""):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Prova</title><style>p {color: red}</style></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/en'>English</a></nav>{body}{extra}"
        "<footer>Via Roma 1 - tel. 0923 123456</footer><script>var x = 1;</script></body></html>"
    )


def test_page_texts_read_entities_and_leave_out_navigation_and_footer(tmp_path):
    _write(
        tmp_path,
        "page.html",
        _page(
            "Perch&eacute; scegliere la casa &ndash; a due passi dal mare",
            "Scrivi a info@example.org o chiama +39 0923 123456",
            "<a href='prezzi.html'>Vedi le tariffe</a> della stagione",
        ),
    )
    assert site_page_texts(tmp_path / "page.html") == [
        "Perché scegliere la casa – a due passi dal mare",
        "Scrivi a o chiama",
        "Vedi le tariffe della stagione",
    ]


def test_elimo_pages_paired_by_table_italian_at_the_top(tmp_path):
    site = tmp_path / "fcngraphics+ElimoVacanze"
    _write(site, "tariffe.html", _page("Le tariffe comprendono biancheria e pulizie.", "Luglio"))
    _write(site, "en/prices.html", _page("Rates include linen and cleaning.", "July"))
    _write(site, "su-di-noi.html", _page("Solo in italiano, senza la pagina inglese."))
    _write(site, "falesie.html", _page("Le falesie di Custonaci, solo in italiano."))
    it_texts, en_texts = site_paragraphs("fcngraphics+ElimoVacanze", tmp_path)
    assert it_texts == ["Le tariffe comprendono biancheria e pulizie.", "Luglio"]
    assert en_texts == ["Rates include linen and cleaning.", "July"]
    assert ELIMO_PAGES["abitazione-inferiore.html"] == "en/below-home.html"
    assert len(ELIMO_PAGES) == 6


def test_titania_same_names_under_en_and_the_theme_page_not_read(tmp_path):
    site = tmp_path / "salvatore-esposito-green+titaniacompany"
    _write(site, "idrogeno.html", _page("L'idrogeno verde per l'industria."))
    _write(site, "en/idrogeno.html", _page("Green hydrogen for industry."))
    _write(site, "classic-menu.html", _page("Pagina del tema, da non leggere."))
    _write(site, "en/classic-menu.html", _page("A theme's page, not to be read."))
    it_texts, en_texts = site_paragraphs("salvatore-esposito-green+titaniacompany", tmp_path)
    assert it_texts == ["L'idrogeno verde per l'industria."]
    assert en_texts == ["Green hydrogen for industry."]
    assert "classic-menu.html" not in TITANIA_PAGES and len(TITANIA_PAGES) == 13


def test_ccstudio_italian_and_english_folders_the_old_site_not_read(tmp_path):
    site = tmp_path / "MicheleSottocasa+ccstudiodesign.com"
    _write(site, "it/prodotti.html", _page("Disegni tessili per la camiceria."))
    _write(site, "en/products.html", _page("Textile designs for shirting."))
    _write(site, "old/it/disegni.html", _page("Il vecchio sito, da non leggere."))
    _write(site, "old/en/designs.html", _page("The old site, not to be read."))
    it_texts, en_texts = site_paragraphs("MicheleSottocasa+ccstudiodesign.com", tmp_path)
    assert it_texts == ["Disegni tessili per la camiceria."]
    assert en_texts == ["Textile designs for shirting."]
    assert CCSTUDIO_PAGES["it/contattaci.html"] == "en/contact.html"


def test_augustus_home_pages_and_repeats_and_untranslated_text(tmp_path):
    site = tmp_path / "augustuscolordev+AugustusColor.com"
    _write(site, "index.html", _page("Restauriamo pellicole dal 1960.", "Super 8 Services"))
    _write(site, "en/index-en.html", _page("We have restored film since 1960.", "Super 8 Services"))
    _write(site, "super8.html", _page("Restauriamo pellicole dal 1960.", "Sviluppo e stampa"))
    _write(site, "en/super8.html", _page("Development and printing"))
    _write(site, "doc/usage.html", _page("Boilerplate documentation, not to be read."))
    it_texts, en_texts = site_paragraphs("augustuscolordev+AugustusColor.com", tmp_path)
    assert it_texts == ["Restauriamo pellicole dal 1960.", "Sviluppo e stampa"]
    assert en_texts == ["We have restored film since 1960.", "Development and printing"]
    assert AUGUSTUS_PAGES["index.html"] == "en/index-en.html" and len(AUGUSTUS_PAGES) == 19


def test_lorem_ipsum_and_a_malformed_tag_left_out(tmp_path):
    site = tmp_path / "fcngraphics+ElimoVacanze"
    _write(site, "index.html", _page("Lorem ipsum dolor sit amet", "La casa al mare."))
    _write(
        site,
        "en/index.html",
        _page("The house by the sea.", extra='<p><link rel="stylesheet" href="a.css></p>'),
    )
    it_texts, en_texts = site_paragraphs("fcngraphics+ElimoVacanze", tmp_path)
    assert it_texts == ["La casa al mare."]
    assert all("stylesheet" not in text for text in en_texts)
    assert "The house by the sea." in en_texts


def test_a_missing_page_pairs_nothing(tmp_path):
    site = tmp_path / "MicheleSottocasa+ccstudiodesign.com"
    _write(site, "en/network.html", _page("Only in English here."))
    assert site_paragraphs("MicheleSottocasa+ccstudiodesign.com", tmp_path) == ([], [])


def test_names_are_the_rules():
    assert round35_names() == [
        "Augustus Color",
        "CCStudio Textile Design",
        "Elimo Vacanze",
        "Titania Company",
    ]


def test_four_sites_registered_after_the_thirty_fourth():
    from benchmarks.bench_text_accuracy import HELD_OUT
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    if "round35" not in LATER_SETS:
        pytest.skip("the thirty-fifth set is not registered yet (text_measure.LATER_SETS)")
    assert len(SNAPSHOTS) == 4
    # right after the thirty-fourth (its seed follows from the place), whatever sets come later
    assert LATER_SETS[LATER_SETS.index("round34") + 1] == "round35"
    assert list(HELD_OUT).index("round35") == LATER_SETS.index("round35")
    assert "round35" in SNAPSHOT_TEXTS
