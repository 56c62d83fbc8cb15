"""The sixty-third text set's reader (four Italians' personal sites: Piergiorgio Faraglia's
Pelican pages `<name>-it.md` paired with `<name>-en.md`, Mauro Taraborelli's Hugo pages
`<name>.it.md` paired with `<name>.md`, Valerio Libera's Jekyll `_i18n/it.yml` and `en.yml` by
path of keys, Francesco Verso's HTML pages `it/<path>` paired with `<path>`), its sources, cap
and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round63 as r63
from benchmarks.text_round63 import (
    ADDED_FILES,
    FARAGLIA,
    FARAGLIA_PAGES,
    FARAGLIA_POSTS,
    FILES,
    FOLDERS,
    I18N,
    LIBERA,
    NAMES,
    SNAPSHOTS,
    TARABORELLI,
    VERSO,
    VERSO_PAGES,
    WORDS_PER_SOURCE,
    fetch_round63,
    hugo_pairs,
    hugo_texts,
    i18n_pairs,
    pelican_html_page,
    pelican_post,
    round63_names,
    round63_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _pelican(title: str, body: str, lang: str = "it", summary: str = "") -> str:
    meta = f"Title: {title}\nSlug: pagina-di-prova\nLang: {lang}\nDate: 2016-05-01 10:00\n"
    meta += (
        f"Tags: linux, nfs\nAuthors: Autore\n{'Summary: ' + summary + chr(10) if summary else ''}"
    )
    return f"{meta}\n{body}\n"


def _faraglia(root, pages: dict | None = None) -> None:
    """Write every page and post of the rule's tables: the given (Italian, English) bodies by
    Italian path, a default one elsewhere (numbered by its place in the tables)."""
    pages = pages or {}
    tables = (*FARAGLIA_PAGES.items(), *FARAGLIA_POSTS.items())
    for n, (it_file, en_file) in enumerate(tables, start=1):
        italian, english = pages.get(
            it_file,
            (f"<p>Testo italiano della pagina {n}.</p>", f"<p>English text of page {n}.</p>"),
        )
        _write(root / FARAGLIA, it_file, _pelican(f"Titolo della pagina {n}", italian))
        _write(root / FARAGLIA, en_file, _pelican(f"Title of page {n}", english, lang="en"))


def _toml(title: str, body: str, extra: str = "") -> str:
    return (
        f'+++\ntitle = "{title}"\ndate = "2014-04-16"\nslug = "una-pagina"\n{extra}+++\n\n{body}\n'
    )


def _taraborelli(root, pages=()) -> None:
    """Write a Hugo site: its home page and résumé in both languages and `pages` ((path, text))."""
    base = root / TARABORELLI
    _write(base, "content/_index.it.md", _toml("Il mio sito personale", "Benvenuti nel sito."))
    _write(base, "content/_index.md", _toml("My personal site", "Welcome to the site."))
    _write(base, "content/resume.it.md", _toml("Curriculum", "Analista e project manager."))
    _write(base, "content/resume.md", _toml("Resume", "Analyst and project manager."))
    for folder in FOLDERS[TARABORELLI]:
        (base / folder).mkdir(parents=True, exist_ok=True)
    for path, text in pages:
        _write(base, path, text)


def _libera(root, italian: str = "", english: str = "") -> None:
    _write(
        root / LIBERA, "_i18n/it.yml", italian or "home:\n  description: Il mio sito personale\n"
    )
    _write(root / LIBERA, "_i18n/en.yml", english or "home:\n  description: My personal website\n")


def _verso(root, pages: dict | None = None) -> None:
    pages = pages or {}
    for it_file, en_file in VERSO_PAGES.items():
        name = en_file.removesuffix(".html")
        italian, english = pages.get(
            it_file, (f"Testo della pagina {name} in italiano.", f"Text of the page {name}.")
        )
        for path, lang, text in ((it_file, "it", italian), (en_file, "en", english)):
            front = f"---\nlayout: default\ntitle: Bio\nlang: {lang}\npermalink: /{path}\n---\n"
            _write(root / VERSO, path, f"{front}\n<div class='bio-right'><p>{text}</p></div>\n")


# --- Faraglia: Pelican pages (HTML) and posts (Markdown) by a table of names -----------------


def test_a_pelican_page_reads_its_title_and_summary_then_its_body_as_html(tmp_path):
    page = _write(
        tmp_path,
        "home-it.md",
        _pelican(
            "Sviluppo siti web",
            '<div class="row">\n    <h2>I miei servizi</h2>\n'
            "        <p>Realizzo siti per piccole aziende\n        e professionisti.</p>\n"
            "<form><label>Nome e cognome</label></form></div>",
            summary="Un riassunto di due righe",
        ),
    )
    assert pelican_html_page(page) == [
        "Sviluppo siti web",
        "Un riassunto di due righe",
        "I miei servizi",
        "Realizzo siti per piccole aziende e professionisti.",
    ]


def test_a_pelican_post_reads_markdown_without_its_indented_code(tmp_path):
    post = _write(
        tmp_path,
        "post-it.md",
        _pelican(
            "Come configurare un server NFS",
            "## Installazione\n\nEseguire il seguente comando:\n\n    sudo dnf install nfs-utils\n\n"
            "Il server è **pronto**.",
            summary="Una",
        ),
    )
    assert pelican_post(post) == [
        "Come configurare un server NFS",
        "Installazione",
        "Eseguire il seguente comando:",
        "Il server è pronto.",
    ]


def test_the_faraglia_site_pairs_its_table_and_a_missing_page_stops_the_run(tmp_path):
    _faraglia(
        tmp_path,
        {
            "content/pages/about-it.md": (
                "<p>Sono uno sviluppatore web.</p>",
                "<p>I am a web developer.</p>",
            )
        },
    )
    _write(tmp_path / FARAGLIA, "content/pages/codice-it.md", _pelican("Solo italiano", "Testo"))
    italian, english = site_paragraphs(FARAGLIA, tmp_path)
    assert "Sono uno sviluppatore web." in italian and "I am a web developer." in english
    assert "Titolo della pagina 8" in italian and "Testo italiano della pagina 8." in italian
    assert "Title of page 6" in english and "English text of page 7." in english
    assert "Solo italiano" not in italian and len(italian) == 16
    missing = FARAGLIA_POSTS["content/mysql/how-to-output-query-on-csv-it.md"]
    (tmp_path / FARAGLIA / missing).unlink()
    with pytest.raises(RuntimeError, match=r"extract_text_snapshot\.sh") as info:
        site_paragraphs(FARAGLIA, tmp_path)
    assert f"lacks {missing};" in str(info.value) and SNAPSHOTS[FARAGLIA] in str(info.value)


# --- Taraborelli: Hugo pages by file name -----------------------------------------------------


def test_a_hugo_page_reads_prose_front_matter_and_its_body_less_code_and_math(tmp_path):
    page = _write(
        tmp_path,
        "post.it.md",
        _toml(
            "Project Euler in Haskell",
            "Il problema chiede la somma dei multipli di $3$ o $5$ sotto mille.\n\n"
            "$$\n\\sum_{i=1}^{n} i\n$$\n\n"
            '{{< highlight haskell "linenos=table" >}}\nmain = print (sum [1..10])\n'
            "{{< /highlight >}}\n\n- Una voce di elenco",
            extra='type = "article"\ndescription = "Una breve descrizione"\n',
        ),
    )
    assert hugo_texts(page) == [
        "Project Euler in Haskell",
        "Una breve descrizione",
        "Il problema chiede la somma dei multipli di o sotto mille.",
        "Una voce di elenco",
    ]


def test_hugo_pages_pair_by_file_name_in_their_folder(tmp_path):
    content = tmp_path / "content"
    for path, title in (
        ("blog/2014-jazz.it.md", "Ascoltare il jazz"),
        ("blog/2014-jazz.md", "Listening to jazz"),
        ("projects/haskell-excercise.it.md", "Un esercizio in Haskell"),
        ("projects/haskell-exercise.md", "A Haskell exercise"),
        ("blog/2011-quote.md", "A quotation only"),
    ):
        _write(content, path, _toml(title, ""))
    assert list(hugo_pairs(content)) == [(["Ascoltare il jazz"], ["Listening to jazz"])]


def test_the_taraborelli_site_lacking_a_folder_stops_the_run(tmp_path):
    _taraborelli(tmp_path)
    italian, english = site_paragraphs(TARABORELLI, tmp_path)
    assert italian == [
        "Il mio sito personale",
        "Benvenuti nel sito.",
        "Analista e project manager.",
    ]
    assert english == ["My personal site", "Welcome to the site.", "Analyst and project manager."]
    (tmp_path / TARABORELLI / "content" / "projects").rmdir()
    with pytest.raises(RuntimeError, match=r"lacks content/projects;"):
        site_paragraphs(TARABORELLI, tmp_path)


# --- Libera: two data files by path of keys ----------------------------------------------------


def test_the_i18n_values_pair_by_path_of_keys_less_keywords_and_addresses(tmp_path):
    italian = _write(
        tmp_path,
        "it.yml",
        "global:\n  title: Valerio Libera\n  keywords: sviluppo, web, app, tour virtuali\n"
        "info:\n  aboutme: Sono uno sviluppatore di software\n"
        "contact:\n  email: scrivimi a questo indirizzo\n  send: invia il messaggio\n"
        "  only: solo in italiano\n",
    )
    english = _write(
        tmp_path,
        "en.yml",
        "global:\n  title: Valerio Libera\n  keywords: development, web, app, virtual tours\n"
        "info:\n  aboutme: I am a software developer\n"
        "contact:\n  email: write me at this address\n  send: send the message\n",
    )
    assert list(i18n_pairs(italian, english)) == [
        (["Valerio Libera"], ["Valerio Libera"]),
        (["Sono uno sviluppatore di software"], ["I am a software developer"]),
        (["invia il messaggio"], ["send the message"]),
    ]


def test_the_libera_site_reads_its_two_files_and_leaves_untranslated_values_out(tmp_path):
    _libera(
        tmp_path,
        "global:\n  title: Valerio Libera\nwork:\n  cv: Il mio curriculum in breve\n",
        "global:\n  title: Valerio Libera\nwork:\n  cv: My resume in short\n",
    )
    assert site_paragraphs(LIBERA, tmp_path) == (
        ["Il mio curriculum in breve"],
        ["My resume in short"],
    )
    (tmp_path / LIBERA / "_i18n/en.yml").unlink()
    with pytest.raises(RuntimeError, match=r"lacks _i18n/en\.yml;"):
        site_paragraphs(LIBERA, tmp_path)


# --- Verso: HTML pages by path ----------------------------------------------------------------


def test_the_verso_pages_pair_by_path_and_read_as_html(tmp_path):
    _verso(
        tmp_path,
        {
            "it/bio.html": (
                "Nato a Bologna, scrive fantascienza.<br>Vive a Roma con la famiglia.",
                "Born in Bologna, he writes science fiction.<br>He lives in Rome.",
            )
        },
    )
    _write(tmp_path / VERSO, "zh/bio.html", "<p>中文</p>")
    _write(tmp_path / VERSO, "cookiepolicy.html", "<p>Cookies are used here.</p>")
    italian, english = site_paragraphs(VERSO, tmp_path)
    assert "Nato a Bologna, scrive fantascienza." in italian
    assert "Vive a Roma con la famiglia." in italian
    assert "Born in Bologna, he writes science fiction." in english
    assert "Testo della pagina futurefiction/publishing in italiano." in italian
    assert "Text of the page works/work6." in english
    assert "Bio" not in italian + english  # a title of one word is no prose
    assert not any("Cookies" in text or "中文" in text for text in italian + english)


def test_the_verso_site_lacking_a_page_stops_the_run(tmp_path):
    _verso(tmp_path)
    (tmp_path / VERSO / "works/work3.html").unlink()
    with pytest.raises(RuntimeError, match=r"lacks works/work3\.html;"):
        site_paragraphs(VERSO, tmp_path)


# --- Sources, cap and names ------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "piefa703+piergiorgiofaraglia.it": "b5cbf7eeb4cfcfc8525fa1628a787c0f7e8e25a8",
        "maurotrb+mtsite-17": "9f847d1d03428e76036e830774dc57cbcb77860e",
        "banorz+valeriolibera-website": "8992e1c200c7b15c73a7667cb7b1bd54ebc51622",
        "mil3zh+fraverso": "953ffd99f81107f8bc91b0e9256007c9c6329424",
    }
    assert list(r63.SITES) == list(SNAPSHOTS) == list(FILES)
    assert len(FARAGLIA_PAGES) == 5 and len(FARAGLIA_POSTS) == 3
    assert FARAGLIA_PAGES["content/pages/portfolio-it.md"] == "content/pages/portfolio-en.md"
    assert all(en == it.removesuffix("-it.md") + "-en.md" for it, en in FARAGLIA_POSTS.items())
    assert FILES[TARABORELLI] == (
        "content/_index.it.md",
        "content/_index.md",
        "content/resume.it.md",
        "content/resume.md",
    )
    assert FOLDERS == {TARABORELLI: ("content/blog", "content/projects")}
    assert I18N == {"_i18n/it.yml": "_i18n/en.yml"}
    assert len(VERSO_PAGES) == 14
    assert all(it == f"it/{en}" for it, en in VERSO_PAGES.items())
    assert VERSO_PAGES["it/futurefiction/publishing.html"] == "futurefiction/publishing.html"
    assert ADDED_FILES == {}
    assert WORDS_PER_SOURCE == 2000
    assert round63_names() == [
        "Francesco Verso",
        "Mauro Taraborelli",
        "Piergiorgio Faraglia",
        "Valerio Libera",
    ]
    assert sorted(NAMES) == round63_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _faraglia(tmp_path)
    _taraborelli(tmp_path)
    _libera(tmp_path)
    _verso(tmp_path)
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round63(tmp_path) == tmp_path
    texts = dict(round63_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[LIBERA] == ["Il mio sito personale"]
    assert texts[TARABORELLI] == sorted(
        ["Il mio sito personale", "Benvenuti nel sito.", "Analista e project manager."], key=_crc
    )  # the sources are not compared with each other
    assert sorted(texts[VERSO], key=_crc) == texts[VERSO] and len(texts[VERSO]) == 14
    assert "English text of page 2." in dict(round63_texts("en", tmp_path))[FARAGLIA]
    (tmp_path / VERSO / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round63_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixty_second_as_a_snapshot_set():
    # right after the sixty-second (its seed, 1264, follows from the place), whatever comes later
    assert_registered_after("round63", "round62", 1264, r63, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (
                FARAGLIA,
                ["Realizzo siti per piccole aziende.", "Contatti", "Un progetto recente."],
            ),
            (TARABORELLI, ["Ascoltare il jazz ogni giorno."]),
        ],
        "en": [(FARAGLIA, ["I build small business websites.", "A recent project here."])],
    }
    messages = capped_messages(monkeypatch, "round63", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Contatti" is under the floor
    assert messages["it"] == [
        "Realizzo siti per piccole aziende.",
        "Ascoltare il jazz ogni giorno.",
    ]
    assert messages["en"] == ["I build small business websites."]
