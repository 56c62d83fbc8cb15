"""The sixty-sixth text set's reader (the documentation of three Italians' products: Ripple's
help pages `it/<name>.md` paired with `en/<name>.md`, the Go-Web framework's Docusaurus pages
and mapreacter's Docusaurus 1 help, each Italian page paired with the English page of the same
name), its sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round66 as r66
from benchmarks.text_round66 import (
    ADDED_FILES,
    GOWEB,
    GOWEB_PAGES,
    MAPREACTER,
    MAPREACTER_PAGES,
    NAMES,
    RIPPLE,
    RIPPLE_PAGES,
    SNAPSHOTS,
    TABLES,
    WORDS_PER_SOURCE,
    docusaurus_body,
    docusaurus_texts,
    fetch_round66,
    round66_names,
    round66_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _site(root, repo: str, pages: dict | None = None) -> None:
    """Write every page of a source's table: the given (Italian, English) texts by Italian path,
    a default page elsewhere."""
    pages = pages or {}
    for it_file, en_file in TABLES[repo].items():
        name = it_file.rsplit("/", 1)[1].removesuffix(".md")
        italian, english = pages.get(
            it_file,
            (
                f"# Pagina {name}\n\nTesto italiano della pagina {name}.\n",
                f"# Page {name}\n\nEnglish text of page {name}.\n",
            ),
        )
        _write(root / repo, it_file, italian)
        _write(root / repo, en_file, english)


# --- Ripple: Markdown help pages by name ------------------------------------------------------


def test_ripple_pages_pair_by_name_with_their_front_matter_title():
    assert RIPPLE_PAGES["it/faq.md"] == "en/faq.md"
    assert len(RIPPLE_PAGES) == 8 and "it/fokabot.md" not in RIPPLE_PAGES


def test_ripple_reads_title_headings_items_and_leaves_code_and_hashes_out(tmp_path):
    _site(
        tmp_path,
        RIPPLE,
        {
            "it/faq.md": (
                '---\ntitle: "Domande frequenti"\nreference_version: '
                "c41b41603f4d0de2a7cc1e684228f5a9\n---\n\n## Come mi connetto?\n\n"
                "Usa lo **switcher** di [Ripple](https://ripple.moe).\n\n"
                "```\n127.0.0.1 osu.ppy.sh\n```\n\n1. Apri il gioco\n2. Accedi al server\n",
                '---\ntitle: "Frequently asked questions"\nold_id: 12\n---\n\n'
                "## How do I connect?\n\nUse the switcher.\n",
            )
        },
    )
    italian, english = site_paragraphs(RIPPLE, tmp_path)
    assert italian[:5] == [
        "Domande frequenti",
        "Come mi connetto?",
        "Usa lo switcher di Ripple.",
        "Apri il gioco",
        "Accedi al server",
    ]
    assert english[:3] == ["Frequently asked questions", "How do I connect?", "Use the switcher."]
    read = " ".join(italian + english)
    assert "c41b416" not in read and "127.0.0.1" not in read and "12" not in read.split()
    assert "Testo italiano della pagina rules." in italian
    assert "English text of page secure_contact." in english


def test_a_missing_page_stops_the_run(tmp_path):
    _site(tmp_path, RIPPLE)
    (tmp_path / RIPPLE / "en/linux.md").unlink()
    with pytest.raises(RuntimeError, match=r"extract_text_snapshot\.sh") as info:
        site_paragraphs(RIPPLE, tmp_path)
    assert "lacks en/linux.md;" in str(info.value) and SNAPSHOTS[RIPPLE] in str(info.value)


# --- The Docusaurus sites: heading ids, MDX lines and admonition fences out -------------------


def test_docusaurus_body_drops_heading_ids_mdx_lines_and_admonition_fences():
    body = (
        "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n"
        "# Commands {#cli}\n\nAlfred is the command line tool.\n\n"
        ":::tip Remember\n\nRegister the command.\n\n:::\n\n"
        ":::note\nA short note.\n:::\n\nimport the package and export it later, said the page.\n"
    )
    cleaned = docusaurus_body(body)
    assert "{#cli}" not in cleaned and ":::" not in cleaned and "@theme" not in cleaned
    assert "# Commands\n" in cleaned and "\nRemember\n" in cleaned
    assert "import the package and export it later, said the page." in cleaned


def test_docusaurus_texts_read_front_matter_and_markdown(tmp_path):
    path = _write(
        tmp_path,
        "intro.md",
        "---\nid: intro\ntitle: Introduzione al framework\nsidebar_position: 1\n---\n\n"
        "# Introduzione {#intro}\n\nGo-Web è un framework MVC.\n\n"
        ":::caution Attenzione\nLeggi la guida.\n:::\n\n"
        '```go title="main.go"\nfunc main() {}\n```\n\n'
        '<Tabs><TabItem value="a">Testo nella scheda</TabItem></Tabs>\n',
    )
    assert docusaurus_texts(path) == [
        "Introduzione al framework",
        "Introduzione",
        "Go-Web è un framework MVC.",
        "Attenzione",
        "Leggi la guida.",
        "Testo nella scheda",
    ]


def test_the_docusaurus_sites_pair_by_name(tmp_path):
    _site(
        tmp_path,
        GOWEB,
        {
            "i18n/it/docusaurus-plugin-content-docs/current/routing.md": (
                "# Gestione delle rotte {#routing}\n\nLe rotte sono strutture semplici.\n",
                "# Routing {#routing}\n\nRouters are simple structures.\n",
            )
        },
    )
    _site(tmp_path, MAPREACTER)
    italian, english = site_paragraphs(GOWEB, tmp_path)
    assert "Gestione delle rotte" in italian and "Le rotte sono strutture semplici." in italian
    assert "Routing" in english and "Routers are simple structures." in english
    assert not any("{#" in text for text in italian + english)
    italian, english = site_paragraphs(MAPREACTER, tmp_path)
    assert "Testo italiano della pagina doc_search." in italian
    assert "English text of page doc_toc." in english


def test_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _site(
        tmp_path,
        MAPREACTER,
        {
            "website/translated_docs/it/doc_share.md": (
                "Condividi la mappa con un indirizzo.\n\nShare URL\n\n"
                "The map can be shared with anyone you like.\n\nLorem ipsum dolor sit amet\n",
                "Share the map with an address.\n\nShare URL\n",
            )
        },
    )
    italian, english = site_paragraphs(MAPREACTER, tmp_path)
    assert "Condividi la mappa con un indirizzo." in italian
    assert "Share URL" not in italian and "Share URL" not in english
    assert not any("map can be shared" in text or "Lorem" in text for text in italian)
    assert "Share the map with an address." in english


# --- Sources, cap and names ------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "osuripple+website-docs": "be54bdc364e0c728255e022b4bdd3a11c3d53918",
        "RobyFerro+go-web-documentation": "7e8466cd9c4215e73cb231bd7dc69d010780d771",
        "StefanoMorroni+mapreacter-help": "3427b64ee09df5c34d97c0bb3b464d78251f3964",
    }
    assert list(r66.SITES) == list(SNAPSHOTS) == list(TABLES)
    assert (len(RIPPLE_PAGES), len(GOWEB_PAGES), len(MAPREACTER_PAGES)) == (8, 11, 10)
    assert all(en == "en/" + it.removeprefix("it/") for it, en in RIPPLE_PAGES.items())
    assert GOWEB_PAGES["i18n/it/docusaurus-plugin-content-docs/current/service_container.md"] == (
        "docs/service_container.md"
    )
    assert MAPREACTER_PAGES["website/translated_docs/it/doc_toc.md"] == "docs/doc_toc.md"
    assert ADDED_FILES == {}
    assert WORDS_PER_SOURCE == 1500
    assert round66_names() == ["Go-Web", "Ripple", "mapreacter"]
    assert sorted(NAMES) == round66_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo in SNAPSHOTS:
        _site(tmp_path, repo)
        (tmp_path / repo / ".snapshot-commit").write_text(SNAPSHOTS[repo] + "\n")
    assert fetch_round66(tmp_path) == tmp_path
    texts = dict(round66_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert sorted(texts[RIPPLE], key=_crc) == texts[RIPPLE]
    assert "Testo italiano della pagina irc." in texts[RIPPLE]
    assert "English text of page validation." in dict(round66_texts("en", tmp_path))[GOWEB]
    (tmp_path / MAPREACTER / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round66_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixty_fifth_as_a_snapshot_set():
    # right after the sixty-fifth (its seed, 1267, follows from the place), whatever comes later
    assert_registered_after("round66", "round65", 1267, r66, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (RIPPLE, ["Apri il gioco e accedi al server.", "Regole", "Usa lo switcher."]),
            (GOWEB, ["Le rotte sono strutture."]),
        ],
        "en": [(RIPPLE, ["Open the game and log in.", "Use the switcher."])],
    }
    messages = capped_messages(monkeypatch, "round66", texts, cap=4)
    # at most 4 words a source: the first text of 7 reaches the cap, "Regole" is under the floor
    assert messages["it"] == ["Apri il gioco e accedi al server.", "Le rotte sono strutture."]
    assert messages["en"] == ["Open the game and log in."]
