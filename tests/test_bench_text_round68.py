"""The sixty-eighth text set's reader (the language files of four Moodle plugins by two
Italians: surveypro, Course Fisher as a block and as a local plugin, Course Managers; each
component's `lang/it/<component>.php` paired with `lang/en/<component>.php` by key), its
sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round68 as r68
from benchmarks.text_round68 import (
    ADDED_FILES,
    COURSE_FISHER,
    COURSE_MANAGERS,
    FILES,
    LOCAL_COURSEFISHER,
    NAMES,
    SNAPSHOTS,
    SURVEYPRO,
    WORDS_PER_SOURCE,
    fetch_round68,
    moodle_strings,
    moodle_value_texts,
    round68_names,
    round68_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write


def _lang_file(strings: dict[str, str]) -> str:
    lines = ["<?php", "// A comment: $string['commented'] = 'Non letto';"]
    lines.append("defined('MOODLE_INTERNAL') || die();")
    lines += [f"$string['{key}'] = '{value}';" for key, value in strings.items()]
    return "\n".join(lines) + "\n"


def _plugins(root, strings=None) -> None:
    """Write every language file of the rule's table: the given (Italian, English) strings by
    Italian path, a default pair elsewhere."""
    strings = strings or {}
    for repo, files in FILES.items():
        for it_file, en_file in files.items():
            name = it_file.rsplit("/", 1)[1].removesuffix(".php")
            italian, english = strings.get(
                it_file,
                (
                    {"pluginname": f"Testo italiano di {name}"},
                    {"pluginname": f"English text of {name}"},
                ),
            )
            _write(root / repo, it_file, _lang_file(italian))
            _write(root / repo, en_file, _lang_file(english))


# --- The reader: Moodle's `$string['key'] = '...';` --------------------------------------------


def test_a_language_file_gives_its_single_string_values_by_key(tmp_path):
    path = _write(
        tmp_path,
        "lang/it/x.php",
        "<?php\n/* $string['old'] = 'Vecchio'; */\n"
        "$string['a'] = 'L\\'indagine è chiusa';\n"
        '$string["b"] = "Due righe\\nin una";\n'
        "$string['c'] = 'Prima' . 'dopo';\n"
        "$string['a'] = 'Di nuovo';\n"
        "$string[ 'd' ]='Spazi attorno';\n",
    )
    assert moodle_strings(path) == {"a": "Di nuovo", "b": "Due righe\nin una", "d": "Spazi attorno"}


def test_a_value_loses_its_placeholders_and_tags():
    assert moodle_value_texts("Sono stati trovati {$a} utenti in {$a->course}.") == [
        "Sono stati trovati utenti in ."
    ]
    texts = moodle_value_texts("<p>Primo paragrafo</p><p>Secondo <b>paragrafo</b></p>")
    assert texts == ["Primo paragrafo", "Secondo paragrafo"]
    assert not any(
        "{" in t or "$" in t for t in moodle_value_texts("Ciao {$a->firstname}, benvenuto")
    )


def test_strings_pair_by_key_in_the_italian_file_s_order(tmp_path):
    _plugins(
        tmp_path,
        {
            "lang/it/surveypro.php": (
                {"solo": "Solo in italiano", "b": "Indagine chiusa", "a": "Risposta rifiutata"},
                {"a": "Answer refused", "b": "Survey closed", "only": "Only in English"},
            )
        },
    )
    italian, english = site_paragraphs(SURVEYPRO, tmp_path)
    assert italian[:2] == ["Indagine chiusa", "Risposta rifiutata"]
    assert english[:2] == ["Survey closed", "Answer refused"]
    assert "Solo in italiano" not in italian and "Only in English" not in english
    assert "Non letto" not in italian


def test_untranslated_values_are_left_out(tmp_path):
    _plugins(
        tmp_path,
        {
            "lang/it/block_course_managers.php": (
                {"a": "Course managers", "b": "Gestori del corso", "c": "Lorem ipsum dolor sit"},
                {"a": "Course managers", "b": "Course managers block", "c": "Lorem ipsum dolor"},
            )
        },
    )
    italian, english = site_paragraphs(COURSE_MANAGERS, tmp_path)
    assert italian == ["Gestori del corso"]
    assert english == ["Course managers block"]


def test_a_missing_language_file_stops_the_run(tmp_path):
    _plugins(tmp_path)
    missing = "backend/soap/lang/en/coursefisherbackend_soap.php"
    (tmp_path / COURSE_FISHER / missing).unlink()
    with pytest.raises(RuntimeError, match=r"keeps no `\.php`") as info:
        site_paragraphs(COURSE_FISHER, tmp_path)
    assert missing in str(info.value) and SNAPSHOTS[COURSE_FISHER] in str(info.value)


# --- Sources, cap and names ------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "kordan+moodle-mod_surveypro": "3ae9310b30b99cc0473d8793c1c74dba32f7758c",
        "bobopinna+moodle-blocks_course_fisher": "959e4e12e8194bdc8bf63eef7b57a5116135aa74",
        "bobopinna+moodle-local_coursefisher": "d1a04e067dfd60219aa6dab567032c1f0a4795e7",
        "bobopinna+moodle-blocks_course_managers": "cb90ef94661b2a4837976c95af33cdf6d0edd508",
    }
    assert list(r68.SITES) == list(SNAPSHOTS) == list(FILES) == list(ADDED_FILES)
    assert len(FILES[SURVEYPRO]) == 15
    assert not any("template/" in path for path in ADDED_FILES[SURVEYPRO])
    assert FILES[SURVEYPRO]["field/textarea/lang/it/surveyprofield_textarea.php"] == (
        "field/textarea/lang/en/surveyprofield_textarea.php"
    )
    assert len(FILES[COURSE_FISHER]) == 5 and len(FILES[LOCAL_COURSEFISHER]) == 4
    assert FILES[COURSE_MANAGERS] == {
        "lang/it/block_course_managers.php": "lang/en/block_course_managers.php"
    }
    assert all(
        en == it.replace("/lang/it/", "/lang/en/").replace("lang/it/", "lang/en/", 1)
        for files in FILES.values()
        for it, en in files.items()
    )
    assert WORDS_PER_SOURCE == 1000
    assert round68_names() == ["Course Fisher", "Moodle", "surveypro"]
    assert sorted(NAMES) == round68_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    shared = ({"x": "Nessun corso trovato"}, {"x": "No course found"})
    _plugins(
        tmp_path,
        {
            "lang/it/block_course_fisher.php": shared,
            "lang/it/local_coursefisher.php": shared,
        },
    )
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round68(tmp_path) == tmp_path
    texts = dict(round68_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert "Nessun corso trovato" in texts[COURSE_FISHER]
    assert "Nessun corso trovato" not in texts[LOCAL_COURSEFISHER]  # an earlier source gave it
    assert texts[SURVEYPRO] == sorted(texts[SURVEYPRO], key=_crc)
    assert "Testo italiano di surveypro" in texts[SURVEYPRO]
    assert "No course found" in dict(round68_texts("en", tmp_path))[COURSE_FISHER]
    (tmp_path / COURSE_MANAGERS / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round68_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixty_seventh_as_a_snapshot_set():
    # right after the sixty-seventh (its seed, 1269, follows from the place), whatever comes later
    assert_registered_after("round68", "round67", 1269, r68, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (SURVEYPRO, ["Questa indagine non contiene domande.", "Sola lettura", "Altro testo."]),
            (COURSE_FISHER, ["Nessun corso trovato."]),
        ],
        "en": [(SURVEYPRO, ["This survey has no questions.", "Another text here."])],
    }
    messages = capped_messages(monkeypatch, "round68", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Sola lettura" is under the floor
    assert messages["it"] == ["Questa indagine non contiene domande.", "Nessun corso trovato."]
    assert messages["en"] == ["This survey has no questions."]
