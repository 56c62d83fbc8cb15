"""The thirty-seventh text set's readers (plain HTML pages of two Italian food businesses' sites, a
hazelnut farm's and a restaurant's, paired by a table of names) and its snapshots' check.

Only the readers are tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

import pytest

from benchmarks.text_round37 import (
    MORRA_PAGES,
    SNAPSHOTS,
    SPICE_PAGES,
    round37_names,
    site_page_texts,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write

MORRA = "agricolamorra+agricolamorra.github.io"
SPICE = "Lizzit+The_Spice"


def _page(*paragraphs, extra=""):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Prova</title><style>p {color: red}</style></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/en'>English</a></nav>{body}{extra}"
        "<footer>Via Roma 1 - tel. 0173 123456</footer><script>var x = 1;</script></body></html>"
    )


def test_an_htm_page_reads_entities_and_leaves_navigation_and_footer_out(tmp_path):
    page = _write(
        tmp_path,
        "Menu.htm",
        _page(
            "Tagliere di formaggi con confettura di fichi &amp; miele",
            "Prenota al +39 0173 123456 o scrivi a info@example.org",
            "<a href='Vino.htm'>La carta dei vini</a> della casa",
        ),
    )
    assert site_page_texts(page) == [
        "Tagliere di formaggi con confettura di fichi & miele",
        "Prenota al o scrivi a",
        "La carta dei vini della casa",
    ]


def test_morra_italian_and_english_folders_german_and_language_page_not_read(tmp_path):
    site = tmp_path / MORRA
    _write(site, "it/olio.html", _page("Olio spremuto a freddo dalle nostre nocciole."))
    _write(site, "en/olio.html", _page("Oil cold-pressed from our hazelnuts."))
    _write(site, "de/olio.html", _page("Kaltgepresstes Öl aus unseren Haselnüssen."))
    _write(site, "index.html", _page("Scegli la lingua del sito", "Choose the site's language"))
    it_texts, en_texts = site_paragraphs(MORRA, tmp_path)
    assert it_texts == ["Olio spremuto a freddo dalle nostre nocciole."]
    assert en_texts == ["Oil cold-pressed from our hazelnuts."]
    assert MORRA_PAGES["it/presents.html"] == "en/presents.html"
    assert len(MORRA_PAGES) == 12 and "index.html" not in MORRA_PAGES


def test_spice_home_at_the_top_and_its_example_page_not_read(tmp_path):
    site = tmp_path / SPICE
    _write(site, "index.htm", _page("Benvenuti nel nostro ristorante in centro."))
    _write(site, "en/index.htm", _page("Welcome to our restaurant in the centre."))
    _write(site, "it/prova_navbar.htm", _page("Esempio di un menu laterale in puro CSS3"))
    _write(site, "en/prova_navbar.htm", _page("Esempio di un menu laterale in puro CSS3"))
    _write(site, "wip.htm", _page("Pagina in costruzione, torna presto"))
    it_texts, en_texts = site_paragraphs(SPICE, tmp_path)
    assert it_texts == ["Benvenuti nel nostro ristorante in centro."]
    assert en_texts == ["Welcome to our restaurant in the centre."]
    assert SPICE_PAGES["it/Dove_Trovarci.htm"] == "en/Dove_Trovarci.htm"
    assert len(SPICE_PAGES) == 9 and not any("prova_navbar" in page for page in SPICE_PAGES)


def test_repeats_untranslated_texts_and_lorem_ipsum_left_out(tmp_path):
    site = tmp_path / SPICE
    _write(site, "it/Vino.htm", _page("Barolo DOCG Serralunga d'Alba", "Vini rossi del Piemonte"))
    _write(site, "en/Vino.htm", _page("Barolo DOCG Serralunga d'Alba", "Red wines of Piedmont"))
    _write(site, "it/Birra.htm", _page("Vini rossi del Piemonte", "Lorem ipsum dolor sit amet"))
    _write(site, "en/Birra.htm", _page("Craft beers on tap"))
    assert site_paragraphs(SPICE, tmp_path) == (
        ["Vini rossi del Piemonte"],
        ["Red wines of Piedmont", "Craft beers on tap"],
    )


def test_a_missing_page_pairs_nothing(tmp_path):
    site = tmp_path / MORRA
    _write(site, "en/torta.html", _page("Only in English here."))
    assert site_paragraphs(MORRA, tmp_path) == ([], [])


def test_names_are_the_rules():
    assert round37_names() == ["Andreas Morra", "The Spice"]


def test_two_sites_registered_after_the_thirty_sixth():
    from benchmarks.bench_text_accuracy import HELD_OUT
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    if "round37" not in LATER_SETS:
        pytest.skip("round37 is not registered yet (benchmarks/text_measure.LATER_SETS)")
    assert len(SNAPSHOTS) == 2
    # right after the thirty-sixth (its seed, 1238, follows from the place), whatever comes later
    assert LATER_SETS[LATER_SETS.index("round36") + 1] == "round37"
    assert LATER_SETS.index("round37") == 33
    assert list(HELD_OUT).index("round37") == LATER_SETS.index("round37")
    assert "round37" in SNAPSHOT_TEXTS
