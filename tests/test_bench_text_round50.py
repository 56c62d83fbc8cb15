"""The fiftieth text set's reader (three small Italian businesses' sites whose pages the snapshot
extraction does not keep: a wine estate's PHP pages, an online lamp shop's ASP pages, an estate
agency's PHP language files), its sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round50 as r50
from benchmarks.text_round50 import (
    CRISTALENSI,
    NAMES,
    ORSUMELLA,
    PAGES,
    RADAR,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    asp_page_texts,
    fetch_round50,
    php_defines,
    php_string_value,
    round50_names,
    round50_texts,
    site_paragraphs,
    without_asp,
    without_php_comments,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _asp(body: str) -> str:
    """A page as the shop writes one: its connection and header included, its code in ASP."""
    return (
        '<%@ Language=VBScript %><!--#include file="inc_strConn.asp"-->\n'
        f'<% mode = request("mode") %>{body}\n<% rs.close %>\n'
    )


def _php(body: str) -> str:
    return f"<?php include 'inc/head-common.php'; ?>\n{body}\n<?php include 'inc/footer.php'; ?>\n"


def _defines(pairs: dict[str, str]) -> str:
    lines = [f"define('{key}', '{value}');" for key, value in pairs.items()]
    return "<?php\n/*Menu*/\n" + "\n".join(lines) + "\n?>\n"


# --- A page of classic ASP, read with its code not run -----------------------------------------


def test_asp_blocks_are_taken_out_whatever_their_form():
    source = (
        "<%@ Language=VBScript %><h1><%=titolo%></h1>"
        '<p>Lampade da tavolo <% if x then response.write("in offerta") end if %> e da terra</p>'
        "<p>Spedizione in <%= giorni %> giorni lavorativi</p>"
        '<% \' a block left open to the end\n response.write "Carrello"'
    )
    text = without_asp(source)
    assert "VBScript" not in text and "titolo" not in text and "in offerta" not in text
    assert "Carrello" not in text and "giorni %" not in text
    assert "Lampade da tavolo" in text and "e da terra" in text and "giorni lavorativi" in text


def test_an_asp_page_s_texts_in_windows_1252_without_code_forms_and_includes(tmp_path):
    page = _asp(
        "<div class='contenuto'><p>Lampade a sospensione e applique.</p>"
        "<p>Il carrello è vuoto: scegli un prodotto.</p>"
        "<form><label>Quantità</label><input name='q'></form>"
        "<script>var x = 'non leggere';</script>"
        '<p><%=rs("NomeProdotto")%> disponibile in negozio.</p></div>'
    )
    (tmp_path / "carrello1.asp").write_bytes(page.encode("cp1252"))
    assert asp_page_texts(tmp_path / "carrello1.asp") == [
        "Lampade a sospensione e applique.",
        "Il carrello è vuoto: scegli un prodotto.",
        "disponibile in negozio.",
    ]


# --- A language file of PHP: define('KEY', 'value') --------------------------------------------


def test_php_comments_go_and_quoted_strings_stay_whole():
    code = (
        "// define('VECCHIO', 'Non letto');\n"
        "# define('ALTRO', 'Nemmeno questo');\n"
        "/* define('BLOCCO', 'Commentato') */\n"
        "define('SITO', 'http://www.esempio.it/#prenota'); // a comment after\n"
        "define('NOTA', 'Un testo con // e # dentro');\n"
    )
    kept = without_php_comments(code)
    assert "VECCHIO" not in kept and "ALTRO" not in kept and "BLOCCO" not in kept
    assert "'http://www.esempio.it/#prenota'" in kept and "a comment after" not in kept
    assert "'Un testo con // e # dentro'" in kept


def test_a_php_string_s_escapes_and_what_a_double_quoted_one_would_put_in():
    assert php_string_value(r"'L\'agenzia e il suo \\ segno'") == "L'agenzia e il suo \\ segno"
    assert php_string_value(r"'Resta \n com è'") == r"Resta \n com è"
    assert php_string_value(r'"Prima riga\nseconda \"citata\""') == 'Prima riga\nseconda "citata"'
    assert php_string_value('"Benvenuti a $citta e {$zona[0]} oggi"') == "Benvenuti a   e   oggi"
    assert php_string_value(r'"Costa \$ 10"') == "Costa $ 10"


def test_a_language_file_s_constants_first_value_kept_expressions_left_out(tmp_path):
    (tmp_path / "it.php").write_text(
        "<?php\n"
        "$desPrezzo = array('1' => 'Fino a 500 euro');\n"
        "define('CERCA', 'Cerca');\n"
        'define("TITOLO", "Case vacanza a Castiglioncello");\n'
        "define('CERCA', 'Cerca di nuovo');\n"
        "define('ANNO', 'Anno ' . date('Y'));\n"
        "//define('VECCHIO', 'Testo vecchio');\n"
        "DEFINE( 'RICHIESTA' ,\n  'Richiedi informazioni sulla casa' );\n",
        encoding="utf-8",
    )
    assert php_defines(tmp_path / "it.php") == {
        "CERCA": "Cerca",
        "TITOLO": "Case vacanza a Castiglioncello",
        "RICHIESTA": "Richiedi informazioni sulla casa",
    }


# --- The sources: the rule's table of pages, and the constants of the same key -----------------


def test_the_estate_s_content_pages_pair_with_their_en_pages(tmp_path):
    pages = {}
    for page in r50.ORSUMELLA_PAGES:
        pages[f"cnt-{page}.php"] = _php(f"<p>Il vino della tenuta, pagina {page}.</p>")
        pages[f"cnt-{page}-en.php"] = _php(f"<p>The estate's wine, the {page} page.</p>")
        pages[f"{page}.php"] = _php("<p>Pagina che include il contenuto</p>")
    pages["cnt-index-de.php"] = _php("<p>Der Wein des Gutes</p>")
    pages["inc/footer-en.php"] = _php("<p>Footer of the estate</p>")
    for path, text in pages.items():
        _write(tmp_path / ORSUMELLA, path, text)
    italian, english = site_paragraphs(ORSUMELLA, tmp_path)
    assert italian[0] == "Il vino della tenuta, pagina index."
    assert english[-1] == "The estate's wine, the orsumella-vini-chianti-classico-rubereto page."
    assert len(italian) == len(english) == len(r50.ORSUMELLA_PAGES) == 10
    assert not any("include" in t or "Wein" in t or "Footer" in t for t in italian + english)


def test_the_shop_s_pages_pair_with_en_and_its_includes_are_not_read(tmp_path):
    for page in r50.CRISTALENSI_PAGES:
        _write(
            tmp_path / CRISTALENSI, f"{page}.asp", _asp(f"<p>Il negozio di lampade: {page}.</p>")
        )
        _write(tmp_path / CRISTALENSI, f"en/{page}.asp", _asp(f"<p>The lamp shop: the {page}.</p>"))
    _write(tmp_path / CRISTALENSI, "inc_sx.asp", _asp("<p>Colonna di sinistra del sito</p>"))
    _write(tmp_path / CRISTALENSI, "privacy.asp", _asp("<p>Informativa sulla privacy</p>"))
    _write(tmp_path / CRISTALENSI, "de/index.asp", _asp("<p>Der Lampenladen und seine Lampen</p>"))
    italian, english = site_paragraphs(CRISTALENSI, tmp_path)
    assert len(italian) == len(english) == len(r50.CRISTALENSI_PAGES) == 27
    assert italian[0] == "Il negozio di lampade: calcolospedizione."
    assert english[-1] == "The lamp shop: the stampa_ordine."
    assert not any("sinistra" in t or "privacy" in t or "Lampenladen" in t for t in italian)


def test_the_agency_s_constants_pair_by_key_in_the_italian_order(tmp_path):
    _write(
        tmp_path / RADAR,
        "include/it.php",
        _defines(
            {
                "TITOLO": "Case vacanza sul mare a Castiglioncello",
                "RESIDENCE": "<p>Il residence ha una piscina.</p><p>Vicino alla spiaggia.</p>",
                "SOLO_IT": "Solo nella versione italiana del sito",
                "MAIL": "email:",
            }
        ),
    )
    _write(
        tmp_path / RADAR,
        "include/en.php",
        _defines(
            {
                "RESIDENCE": "<p>The residence has a pool.</p>Close to the beach.",
                "TITOLO": "Holiday homes by the sea at Castiglioncello",
                "SOLO_EN": "Only in the English version of the site",
                "MAIL": "email:",
            }
        ),
    )
    _write(tmp_path / RADAR, "include/de.php", _defines({"TITOLO": "Ferienhäuser am Meer"}))
    assert site_paragraphs(RADAR, tmp_path) == (
        [
            "Case vacanza sul mare a Castiglioncello",
            "Il residence ha una piscina.",
            "Vicino alla spiaggia.",
        ],
        [
            "Holiday homes by the sea at Castiglioncello",
            "The residence has a pool.",
            "Close to the beach.",
        ],
    )


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _write(
        tmp_path / RADAR,
        "include/it.php",
        _defines(
            {
                "A": "Affitti estivi sulla costa",
                "B": "Affitti estivi sulla costa",
                "C": "Book your holiday home on the Tuscan coast today",
                "D": "Lorem ipsum dolor sit amet",
                "E": "Booking online",
            }
        ),
    )
    _write(
        tmp_path / RADAR,
        "include/en.php",
        _defines(
            {
                "A": "Summer lettings on the coast",
                "B": "Lettings",
                "D": "Some text",
                "E": "Booking online",
            }
        ),
    )
    assert site_paragraphs(RADAR, tmp_path) == (
        ["Affitti estivi sulla costa"],
        ["Summer lettings on the coast", "Lettings", "Some text"],
    )


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    # the text extraction keeps no `.php` or `.asp`: a snapshot the files were not added to
    _write(tmp_path / RADAR, "include/it.php", _defines({"A": "Solo il file italiano"}))
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(RADAR, tmp_path)
    assert "lacks include/en.php;" in str(info.value) and SNAPSHOTS[RADAR] in str(info.value)
    with pytest.raises(
        RuntimeError, match=r"lacks calcolospedizione\.asp, en/calcolospedizione\.asp, "
    ):
        site_paragraphs(CRISTALENSI, tmp_path)


# --- Sources, cap and names --------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "lucasguanci+orsumella": "3d8c59a8db18d6313fef10b85795dd7fc80b7c0e",
        "gimoz71+cristalensi": "6be6dcaae5db07f077428767870b27088476f688",
        "gimoz71+Agenzia-Radar": "8ae974e84d3486deaf2b309bd49ca42b4491fb29",
    }
    assert list(PAGES) == list(SNAPSHOTS)
    assert [len(table) for table in PAGES.values()] == [10, 27, 1]
    assert PAGES[ORSUMELLA]["cnt-index.php"] == "cnt-index-en.php"
    assert (
        PAGES[ORSUMELLA]["cnt-orsumella-vini-chianti-classico-gran-selezione.php"]
        == "cnt-orsumella-vini-chianti-classico-gran-selezione-en.php"
    )
    assert PAGES[CRISTALENSI]["condizioni_di_vendita.asp"] == "en/condizioni_di_vendita.asp"
    assert "inc_sx.asp" not in PAGES[CRISTALENSI] and "aspcaptcha.asp" not in PAGES[CRISTALENSI]
    assert PAGES[RADAR] == {"include/it.php": "include/en.php"}
    assert WORDS_PER_SOURCE == 5000
    assert round50_names() == ["Agenzia Radar", "Cristalensi", "Orsumella", "Tenuta Orsumella"]
    assert sorted(NAMES) == round50_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo, table in PAGES.items():
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(SNAPSHOTS[repo] + "\n")
        if repo == RADAR:
            _write(tmp_path / repo, "include/it.php", _defines({"K": "Testo della costante K"}))
            _write(tmp_path / repo, "include/en.php", _defines({"K": "Text of the constant K"}))
            continue
        for it_path, en_path in table.items():
            _write(tmp_path / repo, it_path, f"<p>Testo della pagina {it_path}</p>")
            _write(tmp_path / repo, en_path, f"<p>Text of the page {en_path}</p>")
    assert fetch_round50(tmp_path) == tmp_path
    texts = dict(round50_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[RADAR] == ["Testo della costante K"]
    expected = sorted((f"Testo della pagina {path}" for path in PAGES[ORSUMELLA]), key=_crc)
    assert texts[ORSUMELLA] == expected
    assert dict(round50_texts("en", tmp_path))[RADAR] == ["Text of the constant K"]
    (tmp_path / CRISTALENSI / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round50_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_forty_ninth_as_a_snapshot_set():
    # right after the forty-ninth (its seed, 1251, follows from the place), whatever comes later
    assert_registered_after("round50", "round49", 1251, r50, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (ORSUMELLA, ["Il vino matura in botti.", "Cerca", "Colore rosso rubino intenso."]),
            (CRISTALENSI, ["Il carrello è vuoto."]),
        ],
        "en": [(ORSUMELLA, ["The wine ages in barrels.", "Intense ruby red colour."])],
    }
    messages = capped_messages(monkeypatch, "round50", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Cerca" is under the floor
    assert messages["it"] == [
        "Il vino matura in botti.",
        "Il carrello è vuoto.",
    ]
    assert messages["en"] == ["The wine ages in barrels."]
