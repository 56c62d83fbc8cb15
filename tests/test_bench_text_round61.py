"""The sixty-first text set's reader (three editions' sites of PGDay.IT, ITPUG's Italian
PostgreSQL conference: the 2016 site's Pelican pages `<name>.rst` paired with `<name>-en.rst`,
the 2017 and 2018 Jekyll sites' posts paired by their `ref`, their configuration's `it` and `en`
values and the 2017 code of conduct), its sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round61 as r61
from benchmarks.text_round61 import (
    ADDED_FILES,
    CODE_OF_CONDUCT,
    CONFIG,
    FILES,
    NAMES,
    PAGES_2016,
    PGDAY2016,
    PGDAY2017,
    PGDAY2018,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    config_pairs,
    fetch_round61,
    new_to_the_set,
    post_key,
    posts_pairs,
    round61_names,
    round61_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _rst(title: str, body: str, slug: str = "slug-della-pagina", lang: str = "it") -> str:
    rule = "#" * len(title)
    return f"{title}\n{rule}\n\n:slug: {slug}\n:lang: {lang}\n\n{body}\n"


def _post(lang: str, ref: str, title: str, body: str) -> str:
    return (
        f"---\nlayout: post\ntitle: {title}\ndate: 2017-07-12 10:00:00\nisStaticPost: false\n"
        f"permalink: /{ref}/\nimage: x.jpg\nlang: {lang}\nref: {ref}\n---\n\n{body}\n"
    )


def _pelican(root, pages: dict | None = None) -> None:
    """Write every page of the rule's 2016 table: the given (Italian, English) bodies by
    Italian path, a default one elsewhere."""
    pages = pages or {}
    for it_file, en_file in PAGES_2016.items():
        name = it_file.rsplit("/", 1)[1].removesuffix(".rst")
        italian, english = pages.get(
            it_file, (f"Testo italiano della pagina {name}.", f"English text of page {name}.")
        )
        _write(root / PGDAY2016, it_file, _rst(f"Titolo {name}", italian))
        _write(root / PGDAY2016, en_file, _rst(f"Title {name}", english, lang="en"))


def _jekyll(root, repo: str, posts=(), config: str = "title: PGDay\n", cod=None) -> None:
    """Write a Jekyll site: its posts ((file name, lang, ref, title, body)), its configuration
    and, for 2017, its code of conduct."""
    _write(root / repo, CONFIG, config)
    for name, lang, ref, title, body in posts:
        _write(root / repo, f"_posts/{name}", _post(lang, ref, title, body))
    if not posts:
        (root / repo / "_posts").mkdir(parents=True, exist_ok=True)
    if repo == PGDAY2017:
        italian, english = cod or (
            "Codice di condotta del convegno.",
            "The event's code of conduct.",
        )
        for path, text in zip(
            (*CODE_OF_CONDUCT, *CODE_OF_CONDUCT.values()), (italian, english), strict=True
        ):
            _write(root / repo, path, f"---\nlayout: page\nlang: xx\n---\n\n{text}\n")


# --- The 2016 site: Pelican pages by name ----------------------------------------------------


def test_the_2016_pages_pair_by_name_and_read_as_restructured_text(tmp_path):
    _pelican(
        tmp_path,
        {
            "content/pages/sede.rst": (
                "La sede è la **Camera di Commercio** di Prato, `mappa <https://example.org>`_.\n\n"
                "Per arrivare in treno::\n\n    SELECT 1;\n\n- Taxi dalla stazione\n"
                "- Autobus numero 1",
                "The venue is the Chamber of Commerce.\n\n- Taxi from the station",
            ),
        },
    )
    italian, english = site_paragraphs(PGDAY2016, tmp_path)
    assert "Titolo sede" in italian and "Title sede" in english
    assert "La sede è la Camera di Commercio di Prato, mappa." in italian
    assert "Per arrivare in treno:" in italian
    assert "Taxi dalla stazione" in italian and "Autobus numero 1" in italian
    assert "The venue is the Chamber of Commerce." in english
    read = " ".join(italian + english)
    assert "SELECT" not in read and "slug" not in read and ":lang:" not in read
    assert "Testo italiano della pagina pg_cena." in italian
    assert "English text of page aiutaci." in english


def test_a_2016_page_missing_stops_the_run(tmp_path):
    _pelican(tmp_path)
    missing = PAGES_2016["content/news/pg_cena.rst"]
    (tmp_path / PGDAY2016 / missing).unlink()
    with pytest.raises(RuntimeError, match=r"extract_text_snapshot\.sh") as info:
        site_paragraphs(PGDAY2016, tmp_path)
    assert f"lacks {missing};" in str(info.value) and SNAPSHOTS[PGDAY2016] in str(info.value)


# --- The Jekyll sites: posts by `ref`, the configuration by `it` and `en` --------------------


def test_posts_pair_by_ref_whatever_their_file_names(tmp_path):
    folder = tmp_path / "_posts"
    for name, lang, ref, title, body in (
        (
            "2017-07-06-pgday_10_anni.it.markdown",
            "it",
            "dieci",
            "Dieci anni di PGDay",
            "Un decennio.",
        ),
        ("2017-07-06-pgday_10_years.en.markdown", "en", "dieci", "Ten years of PGDay", "A decade."),
        ("2020-02-04-partner.it.markdown", "it", "partner", "Un nuovo partner", "Benvenuto!"),
        ("2020-02-04-partener.en.markdown", "en", "parner", "A new partner", "Welcome!"),
        ("2017-07-07-solo.it.markdown", "it", "solo", "Solo in italiano", "Nessuna traduzione."),
        ("2017-07-08-doppio.it.markdown", "it", "dieci", "Un secondo post", "Lo stesso ref."),
    ):
        _write(folder, name, _post(lang, ref, title, body))
    assert post_key(folder / "2017-07-06-pgday_10_anni.it.markdown") == ("it", "dieci")
    assert list(posts_pairs(folder)) == [
        (["Dieci anni di PGDay", "Un decennio."], ["Ten years of PGDay", "A decade."]),
    ]


def test_a_configuration_pairs_its_it_values_with_the_en_values_of_the_same_path(tmp_path):
    path = _write(
        tmp_path,
        "_config.yml",
        "title: PGDay.IT 2017\n"
        "heroTitle:\n  it: La conferenza italiana su PostgreSQL\n"
        "  en: The Italian PostgreSQL conference\n"
        "aboutBlock:\n  - title:\n      it: Chi siamo e cosa facciamo\n"
        "      en: Who we are and what we do\n"
        "  - title:\n      it: Dove ci troviamo quest'anno\n      en: Where we meet this year\n"
        "organizerDescription:\n  it: Associazione senza scopo di lucro\n"
        "  it: Una seconda chiave italiana\n"
        "navigationLinks:\n  - url: /it/\n    it: Programma della giornata\n"
        "    en: Programme of the day\n",
    )
    assert list(config_pairs(path)) == [
        (["La conferenza italiana su PostgreSQL"], ["The Italian PostgreSQL conference"]),
        (["Chi siamo e cosa facciamo"], ["Who we are and what we do"]),
        (["Dove ci troviamo quest'anno"], ["Where we meet this year"]),
        (["Programma della giornata"], ["Programme of the day"]),
    ]


def test_the_2017_site_reads_posts_code_of_conduct_and_configuration(tmp_path):
    _jekyll(
        tmp_path,
        PGDAY2017,
        posts=(
            (
                "2017-05-29-cfp.it.markdown",
                "it",
                "cfp",
                "Call for papers aperta",
                "Inviate i talk!",
            ),
            ("2017-05-29-cfp.en.markdown", "en", "cfp", "Call for papers open", "Send your talks!"),
        ),
        config="heroTitle:\n  it: Undicesima edizione del PGDay\n  en: Eleventh PGDay edition\n",
        cod=("Nessuna molestia sarà tollerata.", "No harassment will be tolerated."),
    )
    italian, english = site_paragraphs(PGDAY2017, tmp_path)
    assert italian == [
        "Call for papers aperta",
        "Inviate i talk!",
        "Nessuna molestia sarà tollerata.",
        "Undicesima edizione del PGDay",
    ]
    assert english == [
        "Call for papers open",
        "Send your talks!",
        "No harassment will be tolerated.",
        "Eleventh PGDay edition",
    ]


def test_the_2018_site_reads_no_code_of_conduct(tmp_path):
    _jekyll(tmp_path, PGDAY2018, config="x:\n  it: Il lago di Garda\n  en: Lake Garda\n")
    for path in (*CODE_OF_CONDUCT, *CODE_OF_CONDUCT.values()):
        _write(tmp_path / PGDAY2018, path, "Un codice di condotta qualunque.\n")
    assert site_paragraphs(PGDAY2018, tmp_path) == (["Il lago di Garda"], ["Lake Garda"])


def test_a_jekyll_snapshot_lacking_a_file_stops_the_run(tmp_path):
    _jekyll(tmp_path, PGDAY2017)
    (tmp_path / PGDAY2017 / "cod.en.md").unlink()
    with pytest.raises(RuntimeError, match=r"lacks cod\.en\.md;"):
        site_paragraphs(PGDAY2017, tmp_path)
    _write(tmp_path / PGDAY2018, CONFIG, "a: b\n")
    with pytest.raises(RuntimeError, match=r"lacks _posts;"):
        site_paragraphs(PGDAY2018, tmp_path)


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _jekyll(
        tmp_path,
        PGDAY2018,
        posts=(
            (
                "a.it.markdown",
                "it",
                "a",
                "Il programma del Workshop Day",
                "Il programma del Workshop Day\n\nThe schedule will be published soon.\n\n"
                "Lorem ipsum dolor sit amet\n\nPostgreSQL Persistence",
            ),
            (
                "a.en.markdown",
                "en",
                "a",
                "The Workshop Day's programme",
                "PostgreSQL Persistence\n\nTickets are on sale.",
            ),
        ),
    )
    italian, english = site_paragraphs(PGDAY2018, tmp_path)
    assert italian == ["Il programma del Workshop Day"]
    assert english == ["The Workshop Day's programme", "Tickets are on sale."]


def test_a_text_an_earlier_source_gave_is_not_taken_again():
    texts = {
        "first": (["Il PGDay torna a ottobre.", "Biglietti in vendita"], ["Tickets on sale"]),
        "second": (["Biglietti in vendita", "Nuova sede sul lago"], ["Tickets on sale", "Lake"]),
    }
    paragraphs = new_to_the_set(lambda repo, _root: texts[repo])
    assert paragraphs("first", None) == texts["first"]
    assert paragraphs("second", None) == (["Nuova sede sul lago"], ["Lake"])


# --- Sources, cap and names ------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "ITPUG+2016.pgday.it": "eebcc9a2d1b07f41ff3f36779155a8ac05e83d02",
        "ITPUG+2017.pgday.it": "bd3ef87eb5e47a141fed621cd72955bf269a0c94",
        "ITPUG+2018.pgday.it": "ec8791f449aaf0206214cfac044da7a8209555b3",
    }
    assert list(r61.SITES) == list(SNAPSHOTS) == list(FILES)
    assert len(PAGES_2016) == 11
    assert PAGES_2016["content/pages/codice-di-condotta.rst"] == (
        "content/pages/codice-di-condotta-en.rst"
    )
    assert PAGES_2016["content/news/pg_cena.rst"] == "content/news/pg_cena-en.rst"
    assert all(en == it.removesuffix(".rst") + "-en.rst" for it, en in PAGES_2016.items())
    assert CODE_OF_CONDUCT == {"cod.it.md": "cod.en.md"}
    assert FILES[PGDAY2017] == ("_config.yml", "cod.it.md", "cod.en.md")
    assert FILES[PGDAY2018] == ("_config.yml",)
    assert ADDED_FILES == {}
    assert WORDS_PER_SOURCE == 2500
    assert round61_names() == ["ITPUG", "PGDay", "PGDay.IT"]
    assert sorted(NAMES) == round61_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _pelican(tmp_path)
    post = ("p.it.markdown", "it", "p", "Un titolo di due", "Biglietti ancora disponibili.")
    post_en = ("p.en.markdown", "en", "p", "A title of two", "Tickets still available.")
    _jekyll(tmp_path, PGDAY2017, posts=(post, post_en))
    _jekyll(tmp_path, PGDAY2018, posts=(post, post_en))
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round61(tmp_path) == tmp_path
    texts = dict(round61_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[PGDAY2017] == sorted(
        ["Un titolo di due", "Biglietti ancora disponibili.", "Codice di condotta del convegno."],
        key=_crc,
    )
    assert texts[PGDAY2018] == []  # the same post again: an earlier source gave it
    names = {path.rsplit("/", 1)[1].removesuffix(".rst") for path in PAGES_2016}
    expected = {f"Titolo {n}" for n in names} | {f"Testo italiano della pagina {n}." for n in names}
    assert sorted(texts[PGDAY2016], key=_crc) == texts[PGDAY2016]
    assert set(texts[PGDAY2016]) == expected  # the call for papers' page and news read once
    assert "The event's code of conduct." in dict(round61_texts("en", tmp_path))[PGDAY2017]
    (tmp_path / PGDAY2018 / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round61_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixtieth_as_a_snapshot_set():
    # right after the sixtieth (its seed, 1262, follows from the place), whatever comes later
    assert_registered_after("round61", "round60", 1262, r61, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (
                PGDAY2016,
                ["La sede è la Camera di Commercio.", "Contatti", "Un taxi dalla stazione."],
            ),
            (PGDAY2017, ["Biglietti in vendita."]),
        ],
        "en": [(PGDAY2016, ["The venue is the Chamber.", "A taxi from the station."])],
    }
    messages = capped_messages(monkeypatch, "round61", texts, cap=4)
    # at most 4 words a source: the first text of 7 reaches the cap, "Contatti" is under the floor
    assert messages["it"] == ["La sede è la Camera di Commercio.", "Biglietti in vendita."]
    assert messages["en"] == ["The venue is the Chamber."]
