"""The forty-eighth text set's reader (four small Italian businesses' sites in PHP: an Italian
page and the English page of the same name, read with their PHP taken out), its sources, cap and
names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round48 as r48
from benchmarks.text_round48 import (
    GALASSO,
    NAMES,
    PAGES,
    PALAGETTO,
    SNAPSHOTS,
    SPIAGGIA,
    VERNIFIDA,
    WORDS_PER_SOURCE,
    fetch_round48,
    page_source,
    php_page_texts,
    round48_names,
    round48_texts,
    site_paragraphs,
    without_php,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _page(body: str) -> str:
    """A page as these sites write one: its header and footer included by PHP."""
    return f"<?php $lang = 'it'; include __DIR__.'/../top.php'; ?>\n{body}\n<?php include 'bottom.php'; ?>\n"


def _site(root, repo: str, pages: dict[str, str]) -> None:
    for path, body in pages.items():
        _write(root / repo, path, _page(body))


# --- A page of PHP, read with its code not run -------------------------------------------------


def test_php_blocks_are_taken_out_whatever_their_form():
    source = (
        "<h1><?php echo $title; ?></h1>"
        "<p>Benvenuti <?= $name ?> al Palagetto</p>"
        "<p>Colazione <? print 'inclusa'; ?> ogni mattina</p>"
        "<?PHP\n  $rooms = ['Bellosguardo' => 'vista'];\n?>"
        "<p>Tre camere</p>"
        "<?php // a block left open to the end\n echo 'Prenota';"
    )
    text = without_php(source)
    assert "echo" not in text and "print" not in text and "Prenota" not in text
    assert "Bellosguardo" not in text and "inclusa" not in text
    assert "Benvenuti" in text and "al Palagetto" in text and "Tre camere" in text


def test_a_page_is_read_as_utf8_or_else_as_windows_1252(tmp_path):
    (tmp_path / "utf8.php").write_bytes("<p>Città e perché</p>".encode())
    (tmp_path / "latin.php").write_bytes("<p>Città e perché</p>".encode("cp1252"))
    assert page_source(tmp_path / "utf8.php") == "<p>Città e perché</p>"
    assert page_source(tmp_path / "latin.php") == "<p>Città e perché</p>"


def test_a_page_s_texts_without_its_code_scripts_navigation_and_footer(tmp_path):
    (tmp_path / "page.php").write_text(
        _page(
            "<nav><a href='/it/'>Home</a> <a href='/en/'>English</a></nav>\n"
            "<h2>Le nostre camere</h2>\n"
            "<p>La camera <b>Bellosguardo</b> ha una vista sulle colline.<br>"
            "Bagno privato con vasca.</p>\n"
            "<script>var x = 'non leggere';</script>\n"
            "<p><?php echo $prezzo; ?> a notte, colazione inclusa.</p>\n"
            "<form><label>Nome</label><input name='n'></form>\n"
            "<footer><p>Via di Marignolle, Firenze</p></footer>"
        ),
        encoding="utf-8",
    )
    assert php_page_texts(tmp_path / "page.php") == [
        "Le nostre camere",
        "La camera Bellosguardo ha una vista sulle colline.",
        "Bagno privato con vasca.",
        "a notte, colazione inclusa.",
    ]


# --- The sources: the rule's table of pages -----------------------------------------------------


def test_the_guest_house_s_home_page_at_the_top_pairs_with_en(tmp_path):
    pages = {
        "index.php": "<p>Benvenuti al Palagetto, sulle colline di Firenze.</p>",
        "en/index.php": "<p>Welcome to Il Palagetto, on the hills of Florence.</p>",
    }
    for page in r48.PALAGETTO_PAGES:
        pages[f"it/{page}.php"] = f"<p>Pagina italiana {page} del sito</p>"
        pages[f"en/{page}.php"] = f"<p>English page {page} of the site</p>"
    pages["de/rooms.php"] = "<p>Unsere Zimmer, noch auf Englisch</p>"
    _site(tmp_path, PALAGETTO, pages)
    italian, english = site_paragraphs(PALAGETTO, tmp_path)
    assert italian[0] == "Benvenuti al Palagetto, sulle colline di Firenze."
    assert english[0] == "Welcome to Il Palagetto, on the hills of Florence."
    assert len(italian) == len(english) == 1 + len(r48.PALAGETTO_PAGES)
    assert not any("Zimmer" in text for text in italian + english)


def test_the_firm_s_pages_pair_by_name_and_its_includes_are_not_read(tmp_path):
    pages = {}
    for page in r48.VERNIFIDA_PAGES:
        pages[f"it/{page}.php"] = f"<p>Lavorazione della lamiera: pagina {page}.</p>"
        pages[f"en/{page}.php"] = f"<p>Sheet metal working: the {page} page.</p>"
    pages["it/includes/header.php"] = "<p>Menu principale del sito</p>"
    pages["en/includes/footer.php"] = "<p>Footer of the site</p>"
    pages["de/azienda.php"] = "<p>Das Unternehmen und seine Geschichte</p>"
    _site(tmp_path, VERNIFIDA, pages)
    italian, english = site_paragraphs(VERNIFIDA, tmp_path)
    assert len(italian) == len(english) == len(r48.VERNIFIDA_PAGES)
    assert italian[0] == "Lavorazione della lamiera: pagina azienda."
    assert english[-1] == "Sheet metal working: the vantaggi page."
    assert not any("Menu" in t or "Footer" in t or "Unternehmen" in t for t in italian + english)


def test_the_studio_s_and_the_beach_s_pages(tmp_path):
    pages = {}
    for page in r48.GALASSO_PAGES:
        pages[f"it/{page}.php"] = f"<p>Impaginazione e correzione di bozze: {page}.</p>"
        pages[f"en/{page}.php"] = f"<p>Layout and proofreading: the {page} page.</p>"
    pages["it/footer.php"] = "<p>Scrivimi un messaggio qui sotto</p>"
    _site(tmp_path, GALASSO, pages)
    _site(
        tmp_path,
        SPIAGGIA,
        {
            "index.php": "<h1>Spiaggia dei Fiori</h1><p>Ombrelloni e lettini sul mare di Fano.</p>",
            "eng/index.php": "<h1>Spiaggia dei Fiori</h1><p>Umbrellas and sunbeds by the sea.</p>",
            "admin_area/index.php": "<p>Area riservata al gestore</p>",
        },
    )
    italian, english = site_paragraphs(GALASSO, tmp_path)
    assert len(italian) == len(english) == len(r48.GALASSO_PAGES)
    assert not any("Scrivimi" in text for text in italian)
    # the name, the same in both languages, is left out as untranslated
    assert site_paragraphs(SPIAGGIA, tmp_path) == (
        ["Ombrelloni e lettini sul mare di Fano."],
        ["Umbrellas and sunbeds by the sea."],
    )


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _site(
        tmp_path,
        SPIAGGIA,
        {
            "index.php": (
                "<p>Noleggio di canoe e pedalò.</p><p>Noleggio di canoe e pedalò.</p>"
                "<p>Beach volley</p><p>Book your umbrella on the beach for the whole day</p>"
                "<p>Lorem ipsum dolor sit amet</p>"
            ),
            "eng/index.php": (
                "<p>Canoe and pedal boat rental.</p><p>Beach volley</p><p>Some other text</p>"
            ),
        },
    )
    assert site_paragraphs(SPIAGGIA, tmp_path) == (
        ["Noleggio di canoe e pedalò."],
        ["Canoe and pedal boat rental.", "Some other text"],
    )


def test_a_snapshot_lacking_a_page_stops_the_run(tmp_path):
    # the text extraction keeps no `.php`: a snapshot the pages were not added to lacks them
    _site(tmp_path, SPIAGGIA, {"index.php": "<p>Solo la pagina italiana</p>"})
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(SPIAGGIA, tmp_path)
    assert "eng/index.php" in str(info.value) and SNAPSHOTS[SPIAGGIA] in str(info.value)
    assert "lacks eng/index.php;" in str(info.value)


# --- Sources, cap and names --------------------------------------------------------------------


def test_the_rule_s_sources_commits_pages_cap_and_names():
    assert SNAPSHOTS == {
        "lordel+il-palagetto": "9ed15920b0ba6f6d50013fae2e7e8a73bc836980",
        "netcomwebagency+vernifida.it": "7421222017b03267f99b801b6c8e3536782ac489",
        "Illablu+silviagalasso_it": "424170a89d5e9945b8a87fb48326b13ffbfec3d3",
        "AndreaM19+spiaggiaDeiFIori": "c2fc83b5370c79c08540fa0cb9e352fbf708ad00",
    }
    assert list(PAGES) == list(SNAPSHOTS)
    assert [len(table) for table in PAGES.values()] == [7, 12, 5, 1]
    assert PAGES[PALAGETTO]["index.php"] == "en/index.php"
    assert PAGES[PALAGETTO]["it/rooms.php"] == "en/rooms.php"
    assert PAGES[VERNIFIDA]["it/taglio-lamiere.php"] == "en/taglio-lamiere.php"
    assert PAGES[GALASSO]["it/cosa.php"] == "en/cosa.php"
    assert PAGES[SPIAGGIA] == {"index.php": "eng/index.php"}
    assert WORDS_PER_SOURCE == 5000
    assert round48_names() == [
        "Il Palagetto",
        "Silvia Galasso",
        "Spiaggia dei Fiori",
        "Verni & Fida",
        "Vernifida",
    ]
    assert sorted(NAMES) == round48_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo, table in PAGES.items():
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(SNAPSHOTS[repo] + "\n")
        _site(
            tmp_path,
            repo,
            {path: f"<p>Testo della pagina {path}</p>" for path in table}
            | {path: f"<p>Text of the page {path}</p>" for path in table.values()},
        )
    assert fetch_round48(tmp_path) == tmp_path
    texts = dict(round48_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[SPIAGGIA] == ["Testo della pagina index.php"]
    expected = sorted((f"Testo della pagina {path}" for path in PAGES[GALASSO]), key=_crc)
    assert texts[GALASSO] == expected
    assert dict(round48_texts("en", tmp_path))[SPIAGGIA] == ["Text of the page eng/index.php"]
    (tmp_path / GALASSO / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round48_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_forty_seventh_as_a_snapshot_set():
    # right after the forty-seventh (its seed, 1249, follows from the place), whatever comes later
    assert_registered_after("round48", "round47", 1249, r48, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(PALAGETTO, ["Tre camere sulle colline.", "Prenota", "Colazione sul terrazzo."])],
        "en": [(PALAGETTO, ["Three rooms on the hills.", "Breakfast on the terrace."])],
    }
    messages = capped_messages(monkeypatch, "round48", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "Prenota" is under the floor
    assert messages["it"] == ["Tre camere sulle colline."]
    assert messages["en"] == ["Three rooms on the hills."]
