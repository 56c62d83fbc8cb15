"""The thirty-second text set's readers (plain HTML pages of four small businesses' sites, paired
by a table of names) and its snapshots' check.

Only the readers are tested here, on pages written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round32 import (
    BOSCHETTO_PAGES,
    SNAPSHOTS,
    is_prose,
    round32_names,
    site_paragraphs,
)
from tests.text_set_support import write_file as _write


def _page(*paragraphs, extra=""):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Prova</title><style>p {color: red}</style></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/en'>English</a></nav>{body}{extra}"
        "<footer>Via Roma 1 - tel. 0577 123456</footer><script>var x = 1;</script></body></html>"
    )


def test_a_malformed_tag_left_as_text_is_not_prose():
    assert not is_prose('script src="../javascript/app.js>')
    assert not is_prose('link rel="stylesheet" href="style.css"')
    assert not is_prose("Lorem ipsum dolor sit amet")
    assert is_prose("La colazione è servita dalle otto alle dieci.")
    assert is_prose("Script and style: our rooms")


def test_boschetto_pages_paired_by_name_under_ita_and_eng(tmp_path):
    site = tmp_path / "paulhouston1983+boschettocampacci"
    _write(site, "ita/wines.html", _page("I nostri vini nascono dal galestro.", "Vendemmia"))
    _write(site, "eng/wines.html", _page("Our wines grow on galestro soil.", "Harvest"))
    _write(site, "ita/estate.html", _page("Solo in italiano, senza la pagina inglese."))
    _write(site, "index.html", _page("Pagina introduttiva da non leggere."))
    _write(site, "library.html", _page("Componenti della libreria di Pinegrow."))
    it_texts, en_texts = site_paragraphs("paulhouston1983+boschettocampacci", tmp_path)
    assert it_texts == ["I nostri vini nascono dal galestro.", "Vendemmia"]
    assert en_texts == ["Our wines grow on galestro soil.", "Harvest"]
    assert "falanghina" in BOSCHETTO_PAGES and "index" in BOSCHETTO_PAGES


def test_vittoria_italian_home_is_the_top_index_and_german_is_not_read(tmp_path):
    site = tmp_path / "Easaaa+HotelVittoria"
    _write(site, "index.html", _page("Benvenuti all'hotel sul lago.", "Camere con vista"))
    _write(site, "en/index.html", _page("Welcome to the hotel on the lake.", "Rooms with a view"))
    _write(site, "it/lake-rooms.html", _page("Le camere lago hanno un balcone."))
    _write(
        site,
        "en/lake-rooms.html",
        _page("The lake rooms have a balcony.", extra='<script src="../javascript/app.js>'),
    )
    _write(site, "du/index.html", _page("Willkommen im Hotel am See."))
    it_texts, en_texts = site_paragraphs("Easaaa+HotelVittoria", tmp_path)
    assert it_texts == [
        "Benvenuti all'hotel sul lago.",
        "Camere con vista",
        "Le camere lago hanno un balcone.",
    ]
    assert "The lake rooms have a balcony." in en_texts
    assert not any("Willkommen" in t or "script" in t or "app.js" in t for t in en_texts)
    assert not any("0577" in t or t == "Home" for t in it_texts + en_texts)


def test_san_lorenzo_new_prices_paired_with_prices_and_repeats_taken_once(tmp_path):
    site = tmp_path / "Easaaa+Agriturismo-san-lorenzo"
    _write(site, "it/new-prices.html", _page("Prezzi per notte", "Prezzi per notte", "Wi-Fi"))
    _write(site, "en/prices.html", _page("Prices per night", "Wi-Fi"))
    _write(site, "it/prices.html", _page("Vecchi prezzi, senza coppia."))
    _write(site, "old-pages/prices.html", _page("Prezzi delle stagioni passate."))
    it_texts, en_texts = site_paragraphs("Easaaa+Agriturismo-san-lorenzo", tmp_path)
    assert it_texts == ["Prezzi per notte"]  # once; "Wi-Fi", equal in both, left out
    assert en_texts == ["Prices per night"]


def test_certosa_single_page_pair(tmp_path):
    site = tmp_path / "clodpeg+certosa292"
    _write(site, "ita/index.html", _page("Il check-in è possibile dalle 15.", "Lorem ipsum"))
    _write(site, "eng/index.html", _page("Check-in is possible from 3 PM."))
    _write(site, "index.html", _page("Scegli la lingua"))
    assert site_paragraphs("clodpeg+certosa292", tmp_path) == (
        ["Il check-in è possibile dalle 15."],
        ["Check-in is possible from 3 PM."],
    )


def test_a_missing_english_page_pairs_nothing(tmp_path):
    _write(tmp_path / "clodpeg+certosa292", "ita/index.html", _page("Solo italiano qui."))
    assert site_paragraphs("clodpeg+certosa292", tmp_path) == ([], [])


def test_names_are_the_rules():
    assert round32_names() == [
        "Agriturismo San Lorenzo",
        "Boschetto Campacci",
        "Hotel Vittoria",
        "Loft Certosa 292",
    ]


def test_four_sites_registered_after_the_thirty_first():
    from benchmarks.bench_text_accuracy import HELD_OUT
    from benchmarks.text_measure import LATER_SETS, SNAPSHOT_TEXTS

    assert len(SNAPSHOTS) == 4
    # right after the thirty-first (its seed follows from the place), whatever sets come later
    assert LATER_SETS[LATER_SETS.index("round31") + 1] == "round32"
    assert list(HELD_OUT).index("round32") == LATER_SETS.index("round32")
    assert "round32" in SNAPSHOT_TEXTS
