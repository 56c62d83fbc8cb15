"""The fifty-second text set's reader (three small Italian businesses' copy kept in locale and
data files: a horse equipment maker's Lingui catalogue, whose msgid is the Italian, a musician's
gatsby-plugin-intl JSON and a translation agency's Hugo data files, paired by key), its sources,
cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round52 as r52
from benchmarks.text_round52 import (
    DIPUCCIO,
    FILES,
    LANGUAGESHOP,
    NAMES,
    PESSA,
    PESSA_CATALOGUE,
    PESSA_ITALIAN,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    data_file_texts,
    fetch_round52,
    italian_source_pairs,
    round52_names,
    round52_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'


def _entry(msgid: str, msgstr: str, flags: str = "") -> str:
    lines = ["#: src/pages/giostre/index.tsx:12"]
    if flags:
        lines.append(f"#, {flags}")
    return "\n".join([*lines, f'msgid "{msgid}"', f'msgstr "{msgstr}"', "", ""])


def _catalogue(entries: dict[str, str], extra: str = "") -> str:
    return HEADER + "".join(_entry(k, v) for k, v in entries.items()) + extra


def _pessa_site(root, entries: dict[str, str], extra: str = "") -> None:
    _write(root / PESSA, PESSA_CATALOGUE, _catalogue(entries, extra))
    _write(root / PESSA, PESSA_ITALIAN, _catalogue({k: k for k in entries}))


def _yaml(body: str) -> str:
    return body.strip("\n") + "\n"


# --- The first source: a catalogue whose msgid is the Italian ---------------------------------


def test_a_catalogue_s_msgid_is_the_italian_and_its_msgstr_the_english(tmp_path):
    path = tmp_path / "messages.po"
    path.write_text(
        _catalogue(
            {
                "La giostra per cavalli": "The horse walker",
                "Corridoio con recinzione <0>TECNOFENCE</0>": "Corridor with <0>TECNOFENCE</0> fence",
                "Prezzo {price} IVA esclusa": "Price {price} excluding VAT",
                "Ostacoli": "",
            },
            extra=(
                '#, fuzzy\nmsgid "Bozza da rivedere"\nmsgstr "Draft to review"\n\n'
                '#~ msgid "Vecchio testo"\n#~ msgstr "Old text"\n\n'
                'msgid "Riga uno\\nRiga due"\nmsgstr "Line one\\nLine two"\n\n'
            ),
        ),
        encoding="utf-8",
    )
    assert list(italian_source_pairs(path)) == [
        (["La giostra per cavalli"], ["The horse walker"]),
        (["Corridoio con recinzione TECNOFENCE"], ["Corridor with TECNOFENCE fence"]),
        (["Prezzo IVA esclusa"], ["Price excluding VAT"]),
        (["Riga uno", "Riga due"], ["Line one", "Line two"]),
    ]


def test_the_maker_s_pairs_repeats_and_untranslated_entries(tmp_path):
    _pessa_site(
        tmp_path,
        {
            "Le nostre giostre per cavalli": "Our horse walkers",
            "Rettangolo dressage 20x60": "Rettangolo dressage 20x60",
            "Barriere in alluminio": "Aluminium poles",
            "Contatti": "Contacts",
        },
    )
    _write(
        tmp_path / PESSA, "src/i18n/lingui/fr/messages.po", _catalogue({"Ostacoli": "Obstacles"})
    )
    assert site_paragraphs(PESSA, tmp_path) == (
        ["Le nostre giostre per cavalli", "Barriere in alluminio", "Contatti"],
        ["Our horse walkers", "Aluminium poles", "Contacts"],
    )


# --- The second source: gatsby-plugin-intl's JSON, by path of keys ----------------------------


def test_the_musician_s_json_pairs_by_path_of_keys_in_the_italian_order(tmp_path):
    italian = {
        "about": {"title": "Chi sono", "text": "Vibrafonista e compositore fiorentino."},
        "teaching": "Lezioni di vibrafono e di armonia jazz.",
        "only_it": "Solo nella versione italiana",
        "band": "Les Italiens",
    }
    english = {
        "teaching": "Vibraphone and jazz harmony lessons.",
        "about": {"text": "Florentine vibraphonist and composer.", "title": "About me"},
        "only_en": "Only in the English version",
        "band": "Les Italiens",
    }
    _write(tmp_path / DIPUCCIO, "src/intl/it.json", json.dumps(italian, ensure_ascii=False))
    _write(tmp_path / DIPUCCIO, "src/intl/en.json", json.dumps(english))
    assert site_paragraphs(DIPUCCIO, tmp_path) == (
        [
            "Chi sono",
            "Vibrafonista e compositore fiorentino.",
            "Lezioni di vibrafono e di armonia jazz.",
        ],
        [
            "About me",
            "Florentine vibraphonist and composer.",
            "Vibraphone and jazz harmony lessons.",
        ],
    )


# --- The third source: Hugo data files, by section and path of keys ---------------------------


def test_a_data_file_s_prose_values_by_path_of_keys(tmp_path):
    path = _write(
        tmp_path,
        "service.yml",
        _yaml(
            """
enable: true
title: "I nostri servizi"
image: "images/service.jpg"
item:
  - name: "Traduzioni giurate"
    icon: "ti-write"
    content: "Traduciamo i tuoi documenti con **giuramento** in tribunale. [Scrivici](mailto:info@esempio.it)"
"""
        ),
    )
    texts = data_file_texts(path)
    assert texts[("title",)] == "I nostri servizi"
    assert texts[("item", "content")] == (
        "Traduciamo i tuoi documenti con giuramento in tribunale. Scrivici"
    )
    assert not any("images/" in value or value == "ti-write" for value in texts.values())


def test_a_list_s_items_pair_by_their_place(tmp_path):
    italian = 'item:\n  - content: "Traduzioni giurate"\n  - content: "Traduzioni certificate"\n'
    english = 'item:\n  - content: "Sworn translations"\n  - content: "Certified translations"\n'
    assert data_file_texts(_write(tmp_path, "it.yml", italian)) == {
        ("item", "content"): "Traduzioni giurate",
        ("item", "content", "#2"): "Traduzioni certificate",
    }
    for name in r52.LANGUAGESHOP_SECTIONS:
        _write(tmp_path / LANGUAGESHOP, f"data/it/{name}.yml", italian)
        _write(tmp_path / LANGUAGESHOP, f"data/en/{name}.yml", english)
    assert site_paragraphs(LANGUAGESHOP, tmp_path) == (
        ["Traduzioni giurate", "Traduzioni certificate"],
        ["Sworn translations", "Certified translations"],
    )


def test_the_agency_s_sections_pair_and_a_template_left_in_both_languages_goes(tmp_path):
    for name in r52.LANGUAGESHOP_SECTIONS:
        _write(tmp_path / LANGUAGESHOP, f"data/it/{name}.yml", 'title: "Our Vision"\n')
        _write(tmp_path / LANGUAGESHOP, f"data/en/{name}.yml", 'title: "Our Vision"\n')
    _write(
        tmp_path / LANGUAGESHOP,
        "data/it/pricing.yml",
        'title: "Listino prezzi"\nnote: "Preventivo gratuito in giornata"\n',
    )
    _write(
        tmp_path / LANGUAGESHOP,
        "data/en/pricing.yml",
        'note: "Free quote the same day"\ntitle: "Price list"\n',
    )
    _write(tmp_path / LANGUAGESHOP, "data/it/flags.yml", 'title: "Bandiere delle lingue"\n')
    assert site_paragraphs(LANGUAGESHOP, tmp_path) == (
        ["Listino prezzi", "Preventivo gratuito in giornata"],
        ["Price list", "Free quote the same day"],
    )


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    # the text extraction keeps no `.po`: a snapshot the catalogues were not added to
    _write(tmp_path / PESSA, PESSA_ITALIAN, _catalogue({"Ostacoli": "Ostacoli"}))
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(PESSA, tmp_path)
    assert f"lacks {PESSA_CATALOGUE};" in str(info.value) and SNAPSHOTS[PESSA] in str(info.value)
    with pytest.raises(RuntimeError, match=r"lacks src/intl/it\.json, src/intl/en\.json;"):
        site_paragraphs(DIPUCCIO, tmp_path)
    with pytest.raises(RuntimeError, match=r"lacks data/it/about\.yml, data/en/about\.yml, "):
        site_paragraphs(LANGUAGESHOP, tmp_path)


def test_lorem_ipsum_is_left_out(tmp_path):
    _write(tmp_path / DIPUCCIO, "src/intl/it.json", json.dumps({"a": "Lorem ipsum dolor sit"}))
    _write(tmp_path / DIPUCCIO, "src/intl/en.json", json.dumps({"a": "Some placeholder text"}))
    assert site_paragraphs(DIPUCCIO, tmp_path) == ([], ["Some placeholder text"])


# --- Sources, cap and names --------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "gpessa+pessastudio": "58bfefe06b87b315595f75384ca3def85fccf52b",
        "MARTAdip+alessandrodipuccio": "761273b26b8cca28218b83e9147856db5b1a186c",
        "FabioCarusi+languageshop.it": "7662a3768d92cb214d02d669459c2b01c42408b2",
    }
    assert list(FILES) == list(SNAPSHOTS) == list(r52.SITES)
    assert [len(table) for table in FILES.values()] == [1, 1, 10]
    assert FILES[PESSA] == {
        "src/i18n/lingui/it/messages.po": "src/i18n/lingui/en/messages.po",
    }
    assert FILES[DIPUCCIO] == {"src/intl/it.json": "src/intl/en.json"}
    assert FILES[LANGUAGESHOP]["data/it/workingprocess.yml"] == "data/en/workingprocess.yml"
    assert "data/it/flags.yml" not in FILES[LANGUAGESHOP]
    assert WORDS_PER_SOURCE == 3000
    assert round52_names() == [
        "Alessandro Di Puccio",
        "Di Puccio",
        "Language Shop",
        "LanguageShop",
        "Pessa",
        "Pessa Studio",
    ]
    assert sorted(NAMES) == round52_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo in SNAPSHOTS:
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(SNAPSHOTS[repo] + "\n")
    _pessa_site(tmp_path, {"Testo della voce uno": "Text of entry one"})
    _write(tmp_path / DIPUCCIO, "src/intl/it.json", json.dumps({"k": "Testo della chiave K"}))
    _write(tmp_path / DIPUCCIO, "src/intl/en.json", json.dumps({"k": "Text of the key K"}))
    for name in r52.LANGUAGESHOP_SECTIONS:
        _write(tmp_path / LANGUAGESHOP, f"data/it/{name}.yml", f'title: "Sezione {name}"\n')
        _write(tmp_path / LANGUAGESHOP, f"data/en/{name}.yml", f'title: "Section {name}"\n')
    assert fetch_round52(tmp_path) == tmp_path
    texts = dict(round52_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[PESSA] == ["Testo della voce uno"]
    assert texts[DIPUCCIO] == ["Testo della chiave K"]
    expected = sorted((f"Sezione {name}" for name in r52.LANGUAGESHOP_SECTIONS), key=_crc)
    assert texts[LANGUAGESHOP] == expected
    assert dict(round52_texts("en", tmp_path))[DIPUCCIO] == ["Text of the key K"]
    (tmp_path / DIPUCCIO / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round52_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_first_as_a_snapshot_set():
    # right after the fifty-first (its seed, 1253, follows from the place), whatever comes later
    assert_registered_after("round52", "round51", 1253, r52, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (
                PESSA,
                ["La giostra lavora i cavalli.", "Ostacoli", "Barriere in alluminio verniciato."],
            ),
            (DIPUCCIO, ["Lezioni di vibrafono jazz."]),
        ],
        "en": [(PESSA, ["The walker exercises horses.", "Painted aluminium poles."])],
    }
    messages = capped_messages(monkeypatch, "round52", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Ostacoli" is under the floor
    assert messages["it"] == [
        "La giostra lavora i cavalli.",
        "Lezioni di vibrafono jazz.",
    ]
    assert messages["en"] == ["The walker exercises horses."]
