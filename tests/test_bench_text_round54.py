"""The fifty-fourth text set's reader (an Italian law firm's site: its Italian pages in `it/`
paired with its English pages of the same name in `commonHTML/`, HTML and PHP pages), its
source, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round54 as r54
from benchmarks.text_round54 import (
    ADDED_FILES,
    DOVISLEX,
    NAMES,
    PAGES,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round54,
    round54_names,
    round54_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _php(body: str) -> str:
    """A page as the firm's PHP pages are written: its head and header included by PHP."""
    return (
        "<?php include '../commonHTML/commonHeader.php'; ?>\n"
        f"<div id='main-content'>{body}</div>\n<?php echo $footer; ?>\n"
    )


def _html(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Pagina</title>"
        "<script>var lingua = 'non leggere';</script></head>"
        f"<body><div id='main-content'><article>{body}</article></div>"
        "<nav id='navigation'><a href='index.php'>Home</a></nav></body></html>"
    )


def _site(tmp_path, italian: dict[str, str], english: dict[str, str]) -> None:
    """Write every page of the rule's table: the given bodies, a default one elsewhere."""
    for page in r54.DOVISLEX_PAGES:
        wrap = _php if page.endswith(".php") else _html
        it_body = italian.get(page, f"<p>Testo italiano della pagina {page}.</p>")
        en_body = english.get(page, f"<p>English text of the page {page}.</p>")
        _write(tmp_path / DOVISLEX, f"it/{page}", wrap(it_body))
        _write(tmp_path / DOVISLEX, f"commonHTML/{page}", wrap(en_body))


# --- The pages: it/<page> with commonHTML/<page>, PHP and the site's parts not read ----------


def test_the_italian_pages_pair_with_the_common_english_pages(tmp_path):
    _site(
        tmp_path,
        {
            "professionisti.php": (
                "<h2>I professionisti dello studio</h2>"
                "<p class='LcustomTranslation' id='F1'>Avvocato iscritto all'albo di Padova "
                "<span class='notranslate'>dal 1990</span>, esperto di diritto europeo.</p>"
                "<?php if ($x) { echo 'Testo stampato dal codice'; } ?>"
            ),
        },
        {
            "professionisti.php": (
                "<h2>The firm's lawyers</h2>"
                "<p class='LcustomTranslation' id='F1'>Lawyer admitted to the Padua bar "
                "<span class='notranslate'>since 1990</span>, expert in European law.</p>"
            ),
        },
    )
    _write(tmp_path / DOVISLEX, "it/bibliografia.html", _html("<p>Elenco delle pubblicazioni</p>"))
    _write(tmp_path / DOVISLEX, "it/about-us.html", _html("<p>Solo nella versione italiana</p>"))
    _write(tmp_path / DOVISLEX, "de/index.php", _php("<p>Die Kanzlei und ihre Anwälte</p>"))
    italian, english = site_paragraphs(DOVISLEX, tmp_path)
    assert italian[0] == "Testo italiano della pagina USArealEstate.html."
    assert english[-1] == "English text of the page uffici.html."
    assert "Avvocato iscritto all'albo di Padova dal 1990, esperto di diritto europeo." in italian
    assert "Lawyer admitted to the Padua bar since 1990, expert in European law." in english
    assert len(italian) == len(english) == len(r54.DOVISLEX_PAGES) + 1 == 19
    read = " ".join(italian + english)
    for never in ("stampato dal codice", "non leggere", "pubblicazioni", "Solo nella", "Kanzlei"):
        assert never not in read


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _site(
        tmp_path,
        {
            "news.html": (
                "<p>Sentenza favorevole ottenuta in appello.</p>"
                "<p>Sentenza favorevole ottenuta in appello.</p>"
                "<p>The firm has opened a new office in Berlin this year.</p>"
                "<p>Lorem ipsum dolor sit amet</p>"
                "<p>Arbitration Chamber of Milan</p>"
            ),
        },
        {
            "news.html": (
                "<p>Favourable judgment obtained on appeal.</p><p>Arbitration Chamber of Milan</p>"
            ),
        },
    )
    italian, english = site_paragraphs(DOVISLEX, tmp_path)
    assert italian.count("Sentenza favorevole ottenuta in appello.") == 1
    assert "Favourable judgment obtained on appeal." in english
    read = " ".join(italian + english)
    assert "new office" not in read and "Lorem" not in read and "Chamber" not in read


def test_a_snapshot_lacking_a_page_stops_the_run(tmp_path):
    # the text extraction keeps no `.php`: a snapshot the PHP pages were not added to
    _site(tmp_path, {}, {})
    (tmp_path / DOVISLEX / "commonHTML" / "professionisti.php").unlink()
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(DOVISLEX, tmp_path)
    assert "lacks commonHTML/professionisti.php;" in str(info.value)
    assert SNAPSHOTS[DOVISLEX] in str(info.value) and "no `.php` file" in str(info.value)


# --- Source, cap and names -----------------------------------------------------------------


def test_the_rule_s_source_commit_pages_cap_and_names():
    assert SNAPSHOTS == {"TestingELLE+DOVISLEX_PHP": "18b1965e48e53a9818c54fd9031f747145ce4d26"}
    assert list(PAGES) == list(SNAPSHOTS)
    assert len(PAGES[DOVISLEX]) == 18
    assert PAGES[DOVISLEX]["it/professionisti.php"] == "commonHTML/professionisti.php"
    assert PAGES[DOVISLEX]["it/news.html"] == "commonHTML/news.html"
    for left_out in ("index.php", "bibliografia.html", "biblios.html", "privatezza.html"):
        assert f"it/{left_out}" not in PAGES[DOVISLEX]
    assert ADDED_FILES == {
        DOVISLEX: (
            "it/contact-us.php",
            "commonHTML/contact-us.php",
            "it/contenzioso.php",
            "commonHTML/contenzioso.php",
            "it/de_nobis.php",
            "commonHTML/de_nobis.php",
            "it/professionisti.php",
            "commonHTML/professionisti.php",
        )
    }
    assert WORDS_PER_SOURCE == 5000
    assert round54_names() == ["DOVISLEX", "Dovislex"]
    assert sorted(NAMES) == round54_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshot(tmp_path):
    _site(tmp_path, {}, {})
    (tmp_path / DOVISLEX / ".snapshot-commit").write_text(SNAPSHOTS[DOVISLEX] + "\n")
    assert fetch_round54(tmp_path) == tmp_path
    texts = dict(round54_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    expected = [f"Testo italiano della pagina {page}." for page in r54.DOVISLEX_PAGES]
    assert texts[DOVISLEX] == sorted(expected, key=_crc)
    english = dict(round54_texts("en", tmp_path))[DOVISLEX]
    assert sorted(english) == sorted(f"English text of the page {p}." for p in r54.DOVISLEX_PAGES)
    (tmp_path / DOVISLEX / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round54_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_third_as_a_snapshot_set():
    # right after the fifty-third (its seed, 1255, follows from the place), whatever comes later
    assert_registered_after("round54", "round53", 1255, r54, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(DOVISLEX, ["Lo studio assiste imprese estere.", "Contatti", "Sede di Padova."])],
        "en": [(DOVISLEX, ["The firm assists foreign companies.", "Padua office here."])],
    }
    messages = capped_messages(monkeypatch, "round54", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Contatti" is under the floor
    assert messages["it"] == ["Lo studio assiste imprese estere."]
    assert messages["en"] == ["The firm assists foreign companies."]
