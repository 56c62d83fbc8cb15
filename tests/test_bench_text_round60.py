"""The sixtieth text set's reader (the news and blog posts two Italian organisations published in
Italian and English in their Jekyll sites: Eutopian's `it/_posts` and `en/_posts` paired by date,
CoderBot's `_posts/<date>-it-<slug>` and `_posts/<date>-en-<slug>` paired by date and slug, each
post's body read without its front matter, code, Liquid, tags or addresses), its sources, cap and
names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round60 as r60
from benchmarks.text_round60 import (
    ADDED_FILES,
    CODERBOT,
    CODERBOT_POSTS,
    EUTOPIAN,
    EUTOPIAN_POSTS,
    NAMES,
    POSTS,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round60,
    post_texts,
    round60_names,
    round60_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _post(body: str, lang: str, title: str = "Un titolo da non leggere") -> str:
    """A Jekyll post as the two sites write them: front matter, then a Markdown body."""
    return (
        f"---\nlayout: post\ntitle: {title}\nlang: {lang}\nref: una-notizia\n"
        "tags: [innovazione, europa]\nimage: /assets/images/foto.png\n---\n\n"
        f"{body}"
    )


def _posts(tmp_path, texts: dict | None = None) -> None:
    """Write every post of the rule's tables: the given (Italian, English) bodies by Italian
    path, a default body elsewhere."""
    texts = texts or {}
    for repo, table in POSTS.items():
        for number, (it_post, en_post) in enumerate(table.items()):
            italian, english = texts.get(
                it_post,
                (f"Notizia italiana numero {number}.\n", f"English news number {number}.\n"),
            )
            _write(tmp_path / repo, it_post, _post(italian, "it"))
            _write(tmp_path / repo, en_post, _post(english, "en", "A title not to read"))


# --- A post's body: Markdown, its front matter, code, Liquid, tags and addresses left out ------


def test_a_post_s_body_without_front_matter_code_liquid_tags_or_addresses(tmp_path):
    body = (
        "# Un nuovo protocollo d'intesa\n\n"
        "Eutopian firma un **accordo** con [un'associazione](https://example.org/assoc) "
        "di Roma.\n"
        "Scrivici a info@example.org per sapere di più.\n\n"
        "![Logo]({{ site.baseurl }}/assets/images/logo.png)\n\n"
        '{% include video.html id="abc" %}\n\n'
        '<iframe width="560" src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>\n\n'
        '<p class="lead" style="color: red">Il robot arriva nelle scuole.</p>\n\n'
        "```\nsudo apt install coderbot\n```\n\n"
        "- Il primo punto dell'accordo\n"
        '- Il secondo punto, [leggi qui][accordo]{:target="_blank"}\n\n'
        "| Voce | Costo |\n|---|---|\n| Robot | 100 |\n\n"
        "[accordo]: {{site.baseurl}}/assets/docs/accordo.pdf\n"
        "[contatti]: mailto:info@example.org\n"
    )
    path = _write(tmp_path, "_posts/2020-01-01-it-notizia.markdown", _post(body, "it"))
    assert post_texts(path) == [
        "Un nuovo protocollo d'intesa",
        "Eutopian firma un accordo con un'associazione di Roma. Scrivici a per sapere di più.",
        "Il robot arriva nelle scuole.",
        "Il primo punto dell'accordo",
        "Il secondo punto, leggi qui",
    ]
    read = " ".join(post_texts(path))
    for left_out in ("titolo", "layout", "innovazione", "site.baseurl", "iframe", "sudo", "Costo"):
        assert left_out not in read
    assert "{" not in read and "<" not in read and "[" not in read and "@" not in read


def test_a_post_without_front_matter_is_read_whole_and_a_year_range_leaves_a_hole(tmp_path):
    # the shared reader's telephone pattern takes digits with dashes out: a hole, not a slip
    path = _write(tmp_path, "post.md", "Il bilancio comunitario 2021-2027, si aggiunge.\n")
    assert post_texts(path) == ["Il bilancio comunitario , si aggiunge."]


# --- The pairs: by the rule's tables, a post pairing a post ----------------------------------


def test_eutopian_s_posts_pair_by_date_and_coderbot_s_by_date_and_slug(tmp_path):
    _posts(
        tmp_path,
        {
            "it/_posts/2020-08-26-protocollo-intesa-cryptorivista.md": (
                "Eutopian e CryptoRivista firmano un protocollo.\n\nUn secondo paragrafo.\n",
                "Eutopian and CryptoRivista sign a memorandum.\n",
            ),
            "_posts/2015-11-15-it-versione-3-0.markdown": (
                "È uscita la versione 3.0 del software.\n",
                "Version 3.0 of the software is out.\n",
            ),
        },
    )
    italian, english = site_paragraphs(EUTOPIAN, tmp_path)
    assert "Eutopian e CryptoRivista firmano un protocollo." in italian
    assert "Un secondo paragrafo." in italian
    assert "Eutopian and CryptoRivista sign a memorandum." in english
    assert len(italian) == 18 + 1 and len(english) == 18  # one text a post, two in one
    italian, english = site_paragraphs(CODERBOT, tmp_path)
    assert "È uscita la versione 3.0 del software." in italian
    assert "Version 3.0 of the software is out." in english
    assert len(italian) == len(english) == 16


def test_a_post_without_its_pair_is_not_read(tmp_path):
    _posts(tmp_path)
    # Italian posts the rule's tables leave out: no English
    _write(
        tmp_path / EUTOPIAN,
        "it/_posts/2020-11-11-dati-bene-comune.md",
        _post("I dati sono un bene comune da proteggere.\n", "it"),
    )
    _write(
        tmp_path / CODERBOT,
        "_posts/2019-02-07-it-new-coderbot-is-born.markdown",
        _post("È nato il nuovo CoderBot per le scuole.\n", "it"),
    )
    read = " ".join(site_paragraphs(EUTOPIAN, tmp_path)[0] + site_paragraphs(CODERBOT, tmp_path)[0])
    assert "bene comune" not in read and "nuovo CoderBot" not in read


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _posts(
        tmp_path,
        {
            "_posts/2018-05-02-it-obiettivo-raggiunto.markdown": (
                "Abbiamo raggiunto l'obiettivo della campagna.\n\n"
                "Abbiamo raggiunto l'obiettivo della campagna.\n\n"
                "Grazie a tutti i sostenitori del progetto.\n\n"
                "Thanks to everyone who backed the project.\n\n"
                "Lorem ipsum dolor sit amet, consectetur.\n",
                "We reached the campaign's goal.\n\n"
                "Grazie a tutti i sostenitori del progetto.\n\n"
                "Lorem ipsum dolor sit amet, consectetur.\n",
            )
        },
    )
    italian, english = site_paragraphs(CODERBOT, tmp_path)
    assert italian.count("Abbiamo raggiunto l'obiettivo della campagna.") == 1
    assert "We reached the campaign's goal." in english
    read = " ".join(italian + english)
    assert "sostenitori" not in read and "backed" not in read and "Lorem" not in read


def test_a_snapshot_lacking_a_post_stops_the_run(tmp_path):
    _posts(tmp_path)
    missing = "en/_posts/2020-12-23-living-in-eu.md"
    (tmp_path / EUTOPIAN / missing).unlink()
    with pytest.raises(RuntimeError, match=f"lacks {missing}") as info:
        site_paragraphs(EUTOPIAN, tmp_path)
    assert SNAPSHOTS[EUTOPIAN] in str(info.value)
    assert "tools/extract_text_snapshot.sh" in str(info.value)


# --- Sources, cap and names ----------------------------------------------------------------


def test_the_rule_s_sources_commits_posts_cap_and_names():
    assert SNAPSHOTS == {
        "reale+eutopian": "481beb6fa32bd5c91e7890383204213a3d858995",
        "CoderBotOrg+website": "59b9f3a4fddb641dfa46469d401670f77a14ae4f",
    }
    assert POSTS == {EUTOPIAN: EUTOPIAN_POSTS, CODERBOT: CODERBOT_POSTS}
    assert len(EUTOPIAN_POSTS) == 18 and len(CODERBOT_POSTS) == 16
    assert EUTOPIAN_POSTS["it/_posts/2020-08-26-protocollo-intesa-cryptorivista.md"] == (
        "en/_posts/2020-08-26-memorandum-understanding-cryptorivista.md"
    )
    for it_post, en_post in EUTOPIAN_POSTS.items():
        assert it_post.startswith("it/_posts/") and en_post.startswith("en/_posts/")
        assert it_post[10:20] == en_post[10:20]  # the same date
    assert CODERBOT_POSTS["_posts/2015-11-15-it-versione-3-0.markdown"] == (
        "_posts/2015-11-15-en-version-3-0.markdown"
    )
    for it_post, en_post in CODERBOT_POSTS.items():
        assert it_post[7:18] == en_post[7:18] and it_post[18:21] == "it-"
        assert en_post[18:21] == "en-"
    assert "_posts/2019-02-07-it-new-coderbot-is-born.markdown" not in CODERBOT_POSTS
    assert ADDED_FILES == {}  # the extraction keeps `.md` and `.markdown`
    assert WORDS_PER_SOURCE == 2500
    assert round60_names() == ["CoderBot", "Eutopian"]
    assert sorted(NAMES) == round60_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _posts(tmp_path)
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round60(tmp_path) == tmp_path
    texts = dict(round60_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    expected = [f"Notizia italiana numero {number}." for number in range(16)]
    assert texts[CODERBOT] == sorted(expected, key=_crc)
    english = dict(round60_texts("en", tmp_path))[EUTOPIAN]
    assert len(english) == 18 and all(text.startswith("English news ") for text in english)
    (tmp_path / CODERBOT / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round60_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_ninth_as_a_snapshot_set():
    # right after the fifty-ninth (its seed, 1261, follows from the place), whatever comes later
    assert_registered_after("round60", "round59", 1261, r60, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (EUTOPIAN, ["Leggi", "Eutopian firma un protocollo.", "Un nuovo manifesto digitale."]),
            (CODERBOT, ["Il robot arriva nelle scuole."]),
        ],
        "en": [(EUTOPIAN, ["Eutopian signs a memorandum today.", "A new digital manifesto."])],
    }
    messages = capped_messages(monkeypatch, "round60", texts, cap=4)
    # at most 4 words a source: "Leggi" is under the floor, the next text (of four words) reaches
    # the cap and the last is left; the other source has a cap of its own
    assert messages["it"] == ["Eutopian firma un protocollo.", "Il robot arriva nelle scuole."]
    assert messages["en"] == ["Eutopian signs a memorandum today."]
