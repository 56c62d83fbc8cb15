"""The forty-second text set's reader (Debian's package descriptions: bookworm's Packages index,
its English descriptions and their Italian translations, paired by Description-md5), its caps,
its names and its download's sha256 check.

Only the reader is tested here, on tiny archive files written for the test: never the set's own
text, and never the network."""

from __future__ import annotations

import bz2
import hashlib
import lzma
import zlib

import pytest

from benchmarks import text_round42 as r42
from benchmarks.text_round42 import (
    FILES,
    SECTIONS,
    WORDS_PER_DESCRIPTION,
    WORDS_PER_LANGUAGE,
    description_texts,
    earlier_packages,
    fetch_round42,
    names_of,
    paired_texts,
    program_name,
    taken_descriptions,
)
from tests.text_set_support import assert_registered_after

NOTHING: frozenset[str] = frozenset()  # no earlier set's package, for the small archives


def _field(name: str, description: str) -> str:
    """Return a deb822 description field: the synopsis, then the long description's lines."""
    return f"{name}: {description}\n"


def _archive(tmp_path, packages, english, italian):
    """Write a tiny Packages.xz, Translation-en.xz and Translation-it.bz2; return the folder.

    `packages`: (name, section, md5[, source]); `english` and `italian`: (name, md5, description).
    """
    folder = tmp_path / "round42"
    folder.mkdir(parents=True)
    index = ""
    for name, section, md5, *source in packages:
        index += f"Package: {name}\n"
        if source:
            index += f"Source: {source[0]} (1.0-1)\n"
        index += (
            f"Version: 1.0-1\nSection: {section}\nDescription: short\nDescription-md5: {md5}\n\n"
        )
    (folder / "Packages.xz").write_bytes(lzma.compress(index.encode()))
    for lang, records, compress, file in (
        ("en", english, lzma.compress, "Translation-en.xz"),
        ("it", italian, bz2.compress, "Translation-it.bz2"),
    ):
        text = "".join(
            f"Package: {name}\nDescription-md5: {md5}\n"
            + _field(f"Description-{lang}", desc)
            + "\n"
            for name, md5, desc in records
        )
        (folder / file).write_bytes(compress(text.encode()))
    return folder


# --- Reading one description -----------------------------------------------------------------


def test_a_description_reads_its_synopsis_paragraphs_and_list_items():
    description = (
        "editor di testo per tutti\n"
        " Questo è un editor\n"
        " semplice e veloce.\n"
        " .\n"
        " Funzionalità:\n"
        "  * evidenziazione della sintassi\n"
        "    per molti linguaggi;\n"
        "  - ricerca e sostituzione\n"
        " * salvataggio automatico\n"
        "   dei documenti aperti\n"
        "  1. primo passo\n"
        "  2) secondo passo"
    )
    assert description_texts(description) == [
        "editor di testo per tutti",
        "Questo è un editor semplice e veloce.",
        "Funzionalità:",
        "evidenziazione della sintassi per molti linguaggi;",
        "ricerca e sostituzione",
        "salvataggio automatico dei documenti aperti",
        "primo passo",
        "secondo passo",
    ]


def test_verbatim_lines_urls_and_package_names_that_are_no_words_are_left_out():
    description = (
        "tool\n"
        " Install it with the package gimp-data, python3 or g++; gimp stays.\n"
        " .\n"
        "   $ ./configure --prefix=/usr\n"
        "   make install\n"
        " The code above builds it.\n"
        " .\n"
        " Homepage: https://example.org/tool\n"
        " <http://example.org/tool>\n"
        " See http://example.org/faq or write to someone@example.org for help."
    )
    names = frozenset(["gimp-data", "python3", "g++", "gimp"])
    assert description_texts(description, names) == [
        "tool",
        "Install it with the package , or ; gimp stays.",
        "The code above builds it.",
        "See or write to for help.",
    ]


def test_untranslated_texts_and_italian_written_in_english_are_left_out():
    italian = (
        "visualizzatore di immagini\n"
        " Un visualizzatore veloce per le foto.\n"
        " .\n"
        " Supports JPEG, PNG and TIFF.\n"
        " .\n"
        " This is the text of the original, left in English by the translator."
    )
    english = (
        "image viewer\n"
        " A fast viewer for photos.\n"
        " .\n"
        " Supports JPEG, PNG and TIFF.\n"
        " .\n"
        " It is the original text, which the translator did not translate."
    )
    assert paired_texts(italian, english) == (
        ["visualizzatore di immagini", "Un visualizzatore veloce per le foto."],
        [
            "image viewer",
            "A fast viewer for photos.",
            "It is the original text, which the translator did not translate.",
        ],
    )
    assert paired_texts(english, english) == ([], [])


# --- Which descriptions: sections, names, pairing --------------------------------------------


def test_pairs_by_description_md5_in_the_chosen_sections_only(tmp_path):
    folder = _archive(
        tmp_path,
        packages=[
            ("tuxpaint", "graphics", "m1"),
            ("mutt", "mail", "m2"),  # its Italian translates an older English: other md5
            ("gcc", "devel", "m3"),  # not a chosen section
            ("pingus", "games", "m4"),  # no Italian
            ("mpv", "video", "m5"),
        ],
        english=[
            ("tuxpaint", "m1", "paint program for children\n Draw with the mouse."),
            ("mutt", "m2", "text-based mailreader\n Reads mail."),
            ("gcc", "m3", "GNU C compiler\n Compiles C."),
            ("pingus", "m4", "puzzle game with penguins\n Save the penguins."),
            ("mpv", "m5", "video player\n Plays video files."),
        ],
        italian=[
            ("tuxpaint", "m1", "programma di disegno per bambini\n Si disegna con il mouse."),
            ("mutt", "m0", "lettore di posta testuale\n Legge la posta."),
            ("gcc", "m3", "compilatore C di GNU\n Compila il C."),
            ("mpv", "m5", "riproduttore video\n Riproduce i file video."),
        ],
    )
    taken = taken_descriptions(folder, NOTHING)
    assert sorted(name for name, _it, _en in taken) == ["mpv", "tuxpaint"]
    assert dict((name, (it, en)) for name, it, en in taken)["tuxpaint"] == (
        ("programma di disegno per bambini", "Si disegna con il mouse."),
        ("paint program for children", "Draw with the mouse."),
    )
    assert sorted(SECTIONS) == sorted(
        [
            "games",
            "graphics",
            "sound",
            "video",
            "web",
            "mail",
            "news",
            "text",
            "editors",
            "education",
        ]
    )


def test_libraries_development_data_fonts_transitional_and_earlier_programs_left_out(tmp_path):
    names = [
        ("frozen-bubble", "games", "a1"),
        ("frozen-bubble-data", "games", "a2"),
        ("pinball-dev", "games", "a3"),
        ("gnome-games-common", "games", "a4"),
        ("tuxmath-doc", "games", "a5"),
        ("fonts-dejavu-extra", "text", "a6"),
        ("libsndfile1", "sound", "a7"),
        ("libreoffice-writer", "editors", "a8"),
        ("oldgame", "games", "a9"),  # transitional
        ("gimp", "graphics", "b1"),  # built from a source an earlier set named
        ("gimp-plugin-extra", "graphics", "b2", "gimp"),
        ("jigzo", "games", "b3"),
        ("jigzo-clone", "games", "b3"),  # the same description: taken once
    ]
    tag = {n: "k" * (k + 1) for k, (n, *_rest) in enumerate(names)}  # a word of its own each
    english = [
        (n, md5, f"synopsis {tag[n]}\n The program {tag[n]} works.") for n, _s, md5 in names[:8]
    ]
    english += [
        ("oldgame", "a9", "transitional package for newgame\n It can be removed."),
        ("gimp", "b1", "image editor\n Edits images."),
        ("gimp-plugin-extra", "b2", "extra plugins\n More filters."),
        ("jigzo", "b3", "jigsaw puzzle\n Pieces to fit."),
        ("jigzo-clone", "b3", "jigsaw puzzle\n Pieces to fit."),
    ]
    italian = [
        (n, md5, f"sintesi {tag[n]}\n Il programma {tag[n]} va.") for n, _s, md5, *_ in names
    ]
    folder = _archive(tmp_path, names, english, italian)
    taken = [name for name, _it, _en in taken_descriptions(folder, frozenset(["gimp"]))]
    assert sorted(taken) == ["frozen-bubble", "jigzo", "libreoffice-writer"]


def test_the_earlier_sets_packages_and_the_tuning_programs_are_known():
    earlier = earlier_packages()
    assert {"gimp-data", "debian-handbook", "maint-guide-it", "pidgin", "yakuake"} <= earlier
    assert "evince-common" in earlier  # the user set's


# --- Order and caps ---------------------------------------------------------------------------


def _many(tmp_path, count, words_each):
    names = [f"game{n}" for n in range(count)]
    body = lambda n, lang: " ".join(f"{lang}{n}w{k}" for k in range(words_each))  # noqa: E731
    return _archive(
        tmp_path,
        packages=[(n, "games", f"md{n}") for n in names],
        english=[(n, f"md{n}", f"game {n[4:]}\n {body(n, 'en')}") for n in names],
        italian=[(n, f"md{n}", f"gioco {n[4:]}\n {body(n, 'it')}") for n in names],
    )


def test_descriptions_come_in_the_crc32_order_of_their_names(tmp_path):
    folder = _many(tmp_path, 12, 5)
    taken = [name for name, _it, _en in taken_descriptions(folder, NOTHING)]
    assert taken == sorted(taken, key=lambda n: (zlib.crc32(n.encode()), n))
    assert len(taken) == 12


def test_a_description_is_capped_its_texts_taken_while_below_the_cap(tmp_path):
    paragraphs = "\n .\n".join(" " + " ".join(f"p{p}w{k}" for k in range(90)) for p in range(4))
    folder = _archive(
        tmp_path,
        packages=[("longgame", "games", "x1")],
        english=[("longgame", "x1", "long game\n" + paragraphs)],
        italian=[("longgame", "x1", "gioco lungo\n" + paragraphs.replace("p", "q"))],
    )
    ((_name, italian, english),) = taken_descriptions(folder, NOTHING)
    # the synopsis (2 words) and three paragraphs of 90: the third crosses the cap of 200
    assert [len(t.split()) for t in italian] == [2, 90, 90, 90]
    assert [len(t.split()) for t in english] == [2, 90, 90, 90]
    assert WORDS_PER_DESCRIPTION == 200


def test_descriptions_are_taken_until_both_languages_reach_the_total(tmp_path, monkeypatch):
    monkeypatch.setattr(r42, "WORDS_PER_LANGUAGE", 50)
    folder = _many(tmp_path, 30, 9)  # 11 words a description and language, none repeated
    taken = taken_descriptions(folder, NOTHING)
    assert len(taken) == 5  # 55 words: the first count at or above 50
    assert WORDS_PER_LANGUAGE == 15000


def test_a_text_repeated_in_the_set_is_taken_once(tmp_path):
    shared_en = " This package is part of the great suite of games."
    shared_it = " Questo pacchetto fa parte della grande raccolta di giochi."
    folder = _archive(
        tmp_path,
        packages=[("alpha", "games", "h1"), ("beta", "games", "h2")],
        english=[
            ("alpha", "h1", "alpha game\n Alpha is fun.\n .\n" + shared_en),
            ("beta", "h2", "beta game\n Beta is fun.\n .\n" + shared_en),
        ],
        italian=[
            ("alpha", "h1", "gioco alfa\n Alfa è divertente.\n .\n" + shared_it),
            ("beta", "h2", "gioco beta\n Beta è divertente.\n .\n" + shared_it),
        ],
    )
    italian = [t for _n, it, _en in taken_descriptions(folder, NOTHING) for t in it]
    english = [t for _n, _it, en in taken_descriptions(folder, NOTHING) for t in en]
    assert italian.count(shared_it.strip()) == 1
    assert english.count(shared_en.strip()) == 1
    assert len(italian) == len(english) == 5


# --- Names ----------------------------------------------------------------------------------


def test_names_are_debian_and_the_packages_names_as_their_english_writes_them():
    assert program_name("gimp", ["image editor", "The GIMP is an editor; gimp runs."]) == "GIMP"
    assert program_name("mpv", ["video player", "mpv plays video."]) is None
    assert program_name("supertuxkart", ["SuperTuxKart: a kart racer."]) == "SuperTuxKart"
    assert program_name("vim", ["Vimerl for vim users."]) is None  # a whole word only
    descriptions = [
        ("gimp", [], ["The GIMP edits images."]),
        ("mpv", [], ["mpv plays video."]),
        ("inkscape", [], ["Inkscape draws."]),
    ]
    assert names_of(descriptions) == ["Debian", "GIMP", "Inkscape"]


# --- The download: pinned, checked, cached ------------------------------------------------------


def test_the_rule_s_files_and_hashes_are_pinned():
    base = "http://deb.debian.org/debian/dists/bookworm/main/"
    pinned = dict(FILES)
    assert pinned == {
        "Translation-it.bz2": (
            base + "i18n/Translation-it.bz2",
            "f01a5f14992838ff8140da6e025c514c900c4f55d3169d5ef1710ed2deee2bde",
        ),
        "Translation-en.xz": (
            base + "i18n/Translation-en.xz",
            "a3d4a0bfd8e9242810b0885eda7c1a6e05dac15b333ddbaab03ba56f2dfa4bf0",
        ),
        "Packages.xz": (
            base + "binary-amd64/Packages.xz",
            "9e0b5aabb2465b3d2e7a7fe27f9913846277833f7a2826e7767acccff5b588c5",
        ),
    }


def test_a_download_of_another_hash_is_refused_and_deleted(tmp_path):
    def wrong(url, path):
        path.write_bytes(b"not Debian's file")

    with pytest.raises(RuntimeError, match="not the rule's") as info:
        fetch_round42(tmp_path, get=wrong)
    assert "Translation-it.bz2" in str(info.value)
    assert list((tmp_path / "round42").iterdir()) == []


def test_a_cached_file_of_another_hash_is_refused(tmp_path):
    (tmp_path / "round42").mkdir()
    (tmp_path / "round42" / "Translation-it.bz2").write_bytes(b"changed")
    with pytest.raises(RuntimeError, match=r"cached .* not the rule's"):
        fetch_round42(tmp_path, get=lambda url, path: pytest.fail("downloaded again"))


def test_the_files_are_downloaded_once_and_cached(tmp_path, monkeypatch):
    bodies = {name: f"body of {name}".encode() for name in FILES}
    pins = {
        name: (url, hashlib.sha256(bodies[name]).hexdigest()) for name, (url, _) in FILES.items()
    }
    monkeypatch.setattr(r42, "FILES", pins)
    asked: list[str] = []

    def get(url, path):
        asked.append(url)
        path.write_bytes(bodies[url.rsplit("/", 1)[1]])

    assert fetch_round42(tmp_path, get=get) == tmp_path / "round42"
    assert asked == [url for url, _ in pins.values()]
    assert fetch_round42(tmp_path, get=get) == tmp_path / "round42"
    assert len(asked) == 3
    assert sorted(p.name for p in (tmp_path / "round42").iterdir()) == sorted(FILES)


def test_the_set_s_texts_come_through_the_checked_download(tmp_path, monkeypatch):
    folder = _archive(
        tmp_path,
        packages=[("tuxpaint", "graphics", "m1")],
        english=[("tuxpaint", "m1", "paint program for children\n Draw with the mouse.")],
        italian=[("tuxpaint", "m1", "programma di disegno per bambini\n Si disegna col mouse.")],
    )
    pins = {
        name: (url, hashlib.sha256((folder / name).read_bytes()).hexdigest())
        for name, (url, _) in FILES.items()
    }
    monkeypatch.setattr(r42, "FILES", pins)
    monkeypatch.setattr(r42, "earlier_packages", lambda: NOTHING)
    assert list(r42.round42_texts("it", tmp_path)) == [
        ("tuxpaint", ["programma di disegno per bambini", "Si disegna col mouse."])
    ]
    assert list(r42.round42_texts("en", tmp_path)) == [
        ("tuxpaint", ["paint program for children", "Draw with the mouse."])
    ]
    assert r42.round42_names(tmp_path) == ["Debian"]


# --- Wiring -----------------------------------------------------------------------------------


def test_the_set_registered_after_the_forty_first_as_a_download_set():
    # right after the forty-first (its seed, 1243, follows from the place), whatever comes later
    assert_registered_after("round42", "round41", 1243, r42, snapshot=False)


def test_the_benchmark_reads_the_set_capped_per_description(monkeypatch):
    from benchmarks import text_measure

    if "round42" not in text_measure.LATER_SETS:
        pytest.skip("round42 is not registered yet (benchmarks/text_measure.LATER_SETS)")
    texts = {
        "it": [("alpha", ["Un gioco divertente per tutti.", "ok"]), ("beta", ["Altro testo qui."])],
        "en": [("alpha", ["A fun game for everyone."]), ("beta", ["Another text here."])],
    }
    monkeypatch.setattr(text_measure, "round42_texts", lambda lang: iter(texts[lang]))
    assert text_measure.messages("round42", "it", "round42") == [
        "Un gioco divertente per tutti.",
        "Altro testo qui.",
    ]
    assert text_measure.messages("round42", "en", "round42") == [
        "A fun game for everyone.",
        "Another text here.",
    ]
