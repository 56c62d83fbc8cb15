"""The thirty-eighth text set's reader (plain HTML pages of an Italian cybersecurity consultancy's
site, ZBFOX, paired by a table of names) and its snapshot's check.

Only the reader is tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

import pytest

from benchmarks.text_round38 import (
    SNAPSHOTS,
    ZBFOX_PAGES,
    round38_names,
    site_page_texts,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write

ZBFOX = "Vinzet88+Vinzet88.github.io"


def _page(*paragraphs, extra=""):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html lang="it"><head><title>Prova - ZBFOX</title><style>p {color: red}</style>'
        '</head><body><div id="navbar"></div>'
        f"<nav><a href='/'>Home</a> <a href='/en/'>English</a></nav>{body}{extra}"
        "<footer>Via Roma 1 - tel. 02 1234567</footer><script>fetch('navbar.html');</script>"
        "</body></html>"
    )


def test_page_texts_read_entities_and_leave_out_navigation_script_and_footer(tmp_path):
    page = _write(
        tmp_path,
        "sicurezza.html",
        _page(
            "Analisi delle vulnerabilit&agrave; &ndash; rete e server",
            "Scrivi a info@example.org o chiama +39 02 1234567",
            "<a href='demo.html'>Guarda la demo</a> del nostro metodo",
        ),
    )
    assert site_page_texts(page) == [
        "Analisi delle vulnerabilità – rete e server",
        "Scrivi a o chiama",
        "Guarda la demo del nostro metodo",
    ]


def test_pages_paired_by_table_the_menu_and_footer_files_not_read(tmp_path):
    site = tmp_path / ZBFOX
    _write(site, "formazione/cbase.html", _page("Il corso forma i dipendenti alle minacce."))
    _write(site, "en/formazione/cbase.html", _page("The course trains employees on threats."))
    _write(site, "navbar.html", "<ul><li>Sicurezza e formazione aziendale</li></ul>")
    _write(site, "en/navbar.html", "<ul><li>Security and company training</li></ul>")
    _write(site, "footer.html", "<p>Tutti i diritti riservati a chi scrive</p>")
    _write(site, "en/footer.html", "<p>All rights reserved to the writer</p>")
    it_texts, en_texts = site_paragraphs(ZBFOX, tmp_path)
    assert it_texts == ["Il corso forma i dipendenti alle minacce."]
    assert en_texts == ["The course trains employees on threats."]
    assert "navbar.html" not in ZBFOX_PAGES and "footer.html" not in ZBFOX_PAGES


def test_table_names_seven_pages_under_en_by_the_same_names():
    assert len(ZBFOX_PAGES) == 7
    assert ZBFOX_PAGES["index.html"] == "en/index.html"
    assert ZBFOX_PAGES["formazione/cbase.html"] == "en/formazione/cbase.html"
    assert all(en == f"en/{it}" for it, en in ZBFOX_PAGES.items())


def test_repeats_untranslated_texts_lorem_ipsum_and_tag_leftovers_left_out(tmp_path):
    site = tmp_path / ZBFOX
    _write(
        site,
        "index.html",
        _page("Proteggi la tua azienda oggi.", "Penetration Test", "Lorem ipsum dolor sit amet"),
    )
    _write(
        site,
        "en/index.html",
        _page(
            "Protect your company today.",
            "Penetration Test",
            extra='<p><link rel="stylesheet" href="a.css></p>',
        ),
    )
    _write(site, "team.html", _page("Proteggi la tua azienda oggi.", "Il nostro team"))
    _write(site, "en/team.html", _page("Our team"))
    it_texts, en_texts = site_paragraphs(ZBFOX, tmp_path)
    assert it_texts == ["Proteggi la tua azienda oggi.", "Il nostro team"]
    assert en_texts == ["Protect your company today.", "Our team"]


def test_a_missing_page_pairs_nothing(tmp_path):
    site = tmp_path / ZBFOX
    _write(site, "en/demo.html", _page("Only in English here."))
    _write(site, "contatti.html", _page("Solo in italiano qui."))
    assert site_paragraphs(ZBFOX, tmp_path) == ([], [])


def test_one_source_and_the_name_is_the_rules():
    assert list(SNAPSHOTS) == [ZBFOX]
    assert round38_names() == ["ZBFOX"]


def test_one_site_registered_after_the_thirty_seventh():
    from benchmarks.bench_text_accuracy import HELD_OUT
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    if "round38" not in LATER_SETS:
        pytest.skip("round38 is not registered yet (benchmarks/text_measure.LATER_SETS)")
    # right after the thirty-seventh (its seed, 1239, follows from the place), whatever comes later
    assert LATER_SETS[LATER_SETS.index("round37") + 1] == "round38"
    assert LATER_SETS.index("round38") == 34
    assert list(HELD_OUT).index("round38") == LATER_SETS.index("round38")
    assert "round38" in SNAPSHOT_TEXTS
