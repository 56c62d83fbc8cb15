"""The sixty-fourth text set's reader (five add-ons by Italian developers: the Netflix add-on for
Kodi's catalogue read by msgctxt, ColumnsWizard's Thunderbird `.dtd` and `.properties` strings,
the Harbour extension's VS Code `package.nls` files, Meross LAN's Home Assistant translations and
Google Meet Timer's browser extension messages, each paired by key), its sources, cap and names,
and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round64 as r64
from benchmarks.text_round64 import (
    ADDED_FILES,
    COLUMNSWIZARD,
    COLUMNSWIZARD_EN,
    COLUMNSWIZARD_FILES,
    COLUMNSWIZARD_IT,
    FILES,
    HARBOUR,
    MEETTIMER,
    MEROSS,
    NAMES,
    NETFLIX,
    NETFLIX_CATALOGUE,
    NETFLIX_ENTRIES,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    dtd_values,
    extension_messages,
    fetch_round64,
    kodi_pairs,
    kodi_value_texts,
    mozilla_texts,
    mozilla_value_texts,
    round64_names,
    round64_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

_PO_HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: it_IT\\n"\n\n'
)


def _kodi_entry(ctxt: str, english: str, italian: str, fuzzy: bool = False) -> str:
    flag = "#, fuzzy\n" if fuzzy else ""
    return f'{flag}msgctxt "{ctxt}"\nmsgid "{english}"\nmsgstr "{italian}"\n\n'


def _netflix(root, entries=()) -> None:
    body = "".join(_kodi_entry(*entry) for entry in entries) or _kodi_entry(
        "#30002", "Search titles and people", "Cerca titoli e persone"
    )
    _write(root / NETFLIX, NETFLIX_CATALOGUE, _PO_HEADER + body)


def _dtd(values: dict[str, str]) -> str:
    return "<!-- a comment -->\n" + "".join(
        f'<!ENTITY {key} "{value}">\n' for key, value in values.items()
    )


def _columnswizard(root, files: dict | None = None) -> None:
    """Write every file of the rule's table: the given (Italian, English) values by file name
    (a mapping key -> value each), a default one elsewhere."""
    files = files or {}
    for name in COLUMNSWIZARD_FILES:
        stem = name.replace(".", " ")
        italian, english = files.get(
            name, ({"k": f"Testo italiano di {stem}"}, {"k": f"English text of {stem}"})
        )
        for folder, values in ((COLUMNSWIZARD_IT, italian), (COLUMNSWIZARD_EN, english)):
            if name.endswith(".dtd"):
                text = _dtd(values)
            else:
                text = "# a comment\n" + "".join(f"{k}={v}\n" for k, v in values.items())
            _write(root / COLUMNSWIZARD, f"{folder}/{name}", text)


def _json_pair(root, repo: str, italian: dict, english: dict) -> None:
    it_file, en_file = FILES[repo]
    _write(root / repo, it_file, json.dumps(italian, ensure_ascii=False))
    _write(root / repo, en_file, json.dumps(english, ensure_ascii=False))


def _all_sources(root) -> None:
    _netflix(root)
    _columnswizard(root)
    _json_pair(
        root,
        HARBOUR,
        {"harbour.launch": "Avvia un programma harbour"},
        {"harbour.launch": "Launch a harbour program"},
    )
    _json_pair(
        root,
        MEROSS,
        {"config": {"step": {"device": {"title": "Configurazione del dispositivo"}}}},
        {"config": {"step": {"device": {"title": "Device configuration step"}}}},
    )
    _json_pair(
        root,
        MEETTIMER,
        {"status": {"message": "Stato del plugin attivo"}},
        {"status": {"message": "The plugin status is on"}},
    )


# --- The Netflix add-on: a Kodi catalogue read by msgctxt ------------------------------------


def test_kodi_values_lose_their_label_tags_and_break_at_cr():
    assert kodi_value_texts("[B]Attenzione[/B][CR]Il [COLOR red]login[/COLOR] è scaduto") == [
        "Attenzione",
        "Il login è scaduto",
    ]
    assert kodi_value_texts("Aggiornati {} titoli, %s nuovi") == ["Aggiornati titoli, nuovi"]
    assert kodi_value_texts("[UPPERCASE]avvia[/UPPERCASE] [I]ora[/I]") == ["avvia ora"]


def test_a_kodi_catalogue_pairs_only_the_rule_s_entries(tmp_path):
    assert "#30002" in NETFLIX_ENTRIES and "Addon Description" in NETFLIX_ENTRIES
    assert "#30001" not in NETFLIX_ENTRIES
    path = _write(
        tmp_path,
        "strings.po",
        _PO_HEADER
        + _kodi_entry("#30001", "Written by another", "Scritto da un altro")
        + _kodi_entry("#30002", "Search titles[CR]and people", "Cerca titoli[CR]e persone")
        + _kodi_entry("#30006", "A fuzzy one", "Uno incerto", fuzzy=True)
        + _kodi_entry("#30007", "Not translated yet", "")
        + _kodi_entry("Addon Description", "Watch Netflix in Kodi", "Guarda Netflix in Kodi"),
    )
    assert list(kodi_pairs(path, NETFLIX_ENTRIES)) == [
        (["Cerca titoli", "e persone"], ["Search titles", "and people"]),
        (["Guarda Netflix in Kodi"], ["Watch Netflix in Kodi"]),
    ]


def test_the_netflix_source_reads_its_catalogue_and_stops_without_it(tmp_path):
    _netflix(tmp_path, [("#30002", "Search titles and people", "Cerca titoli e persone")])
    assert site_paragraphs(NETFLIX, tmp_path) == (
        ["Cerca titoli e persone"],
        ["Search titles and people"],
    )
    (tmp_path / NETFLIX / NETFLIX_CATALOGUE).unlink()
    with pytest.raises(RuntimeError, match=r"show .*:<path>") as info:
        site_paragraphs(NETFLIX, tmp_path)
    assert NETFLIX_CATALOGUE in str(info.value) and SNAPSHOTS[NETFLIX] in str(info.value)


# --- ColumnsWizard: Mozilla's `.dtd` and `.properties` by key --------------------------------


def test_a_dtd_file_gives_its_entities_values_by_name():
    text = (
        '<!-- <!ENTITY hidden "Nascosto"> -->\n'
        '<!ENTITY mzcw.title "Colonne aggiuntive">\n'
        "<!ENTITY mzcw.quoted 'Il \"mittente\" del messaggio'>\n"
        '<!ENTITY mzcw.long "Una riga\n   e la seguente">\n'
    )
    assert dtd_values(text) == {
        "mzcw.title": "Colonne aggiuntive",
        "mzcw.quoted": 'Il "mittente" del messaggio',
        "mzcw.long": "Una riga\n   e la seguente",
    }


def test_mozilla_values_lose_placeholders_and_other_entities():
    assert mozilla_value_texts("Riavvia &brandShortName; per applicare %S") == [
        "Riavvia per applicare"
    ]
    assert mozilla_value_texts("Colonna %1$S di %2$S &amp; altre&hellip;") == [
        "Colonna di & altre…"
    ]
    assert mozilla_value_texts("Prima riga\nSeconda riga") == ["Prima riga", "Seconda riga"]


def test_mozilla_files_read_as_dtd_or_properties_by_their_suffix(tmp_path):
    dtd = _write(tmp_path, "a.dtd", _dtd({"one": "Mostra la colonna"}))
    props = _write(tmp_path, "a.properties", "two=Valore con \\u00e8 e %S\n! a comment\n")
    assert mozilla_texts(dtd) == {"one": ["Mostra la colonna"]}
    assert mozilla_texts(props) == {"two": ["Valore con è e"]}


def test_columnswizard_pairs_each_file_by_key_with_its_english_namesake(tmp_path):
    _columnswizard(
        tmp_path,
        {
            "settings.dtd": (
                {"a": "Mostra la colonna", "b": "Solo in italiano", "c": "Mittente"},
                {"a": "Show the column", "c": "Sender", "d": "Only in English"},
            ),
            "overlay.properties": (
                {"x": "Colonna personalizzata per %S"},
                {"x": "Custom column for %S"},
            ),
        },
    )
    italian, english = site_paragraphs(COLUMNSWIZARD, tmp_path)
    assert "Mostra la colonna" in italian and "Show the column" in english
    assert "Mittente" in italian and "Sender" in english
    assert "Colonna personalizzata per" in italian and "Custom column for" in english
    read = italian + english
    assert "Solo in italiano" not in read and "Only in English" not in read
    assert "Testo italiano di settings dtd" not in read  # the file given its own values
    assert "Testo italiano di overlay dtd" in italian and "English text of overlay dtd" in english


def test_a_columnswizard_file_missing_stops_the_run(tmp_path):
    _columnswizard(tmp_path)
    (tmp_path / COLUMNSWIZARD / COLUMNSWIZARD_EN / "settings.properties").unlink()
    with pytest.raises(RuntimeError, match=r"extract_text_snapshot\.sh"):
        site_paragraphs(COLUMNSWIZARD, tmp_path)
    _columnswizard(tmp_path)
    (tmp_path / COLUMNSWIZARD / COLUMNSWIZARD_IT / "overlay.dtd").unlink()
    with pytest.raises(RuntimeError, match=r"no `\.po` or `\.dtd` file"):
        site_paragraphs(COLUMNSWIZARD, tmp_path)


# --- Harbour, Meross LAN, Google Meet Timer: JSON by key -------------------------------------


def test_json_sources_pair_by_path_of_keys(tmp_path):
    _json_pair(
        tmp_path,
        MEROSS,
        {
            "config": {
                "step": {"user": {"title": "Configura {name}", "description": "Host: {host}"}},
                "error": {"cannot_connect": "Impossibile connettersi al dispositivo"},
            },
            "options": {"step": {"init": {"data": {"key": "Chiave"}}}},
        },
        {
            "config": {
                "step": {"user": {"title": "Configure {name}", "description": "Host: {host}"}},
                "error": {"cannot_connect": "Unable to connect to the device"},
            },
            "options": {"step": {"init": {"data": {"key": "Key"}}}},
        },
    )
    assert site_paragraphs(MEROSS, tmp_path) == (
        ["Configura", "Impossibile connettersi al dispositivo", "Chiave"],
        ["Configure", "Unable to connect to the device", "Key"],
    )


def test_an_extension_s_messages_are_read_without_descriptions_and_substitutions(tmp_path):
    path = _write(
        tmp_path,
        "messages.json",
        json.dumps(
            {
                "timerUpdated": {
                    "message": "$USER$ ha aggiornato il timer a $1 minuti.",
                    "description": "Shown to the other participants",
                    "placeholders": {"user": {"content": "$1"}},
                },
                "extName": {"message": "Google Meet Timer"},
                "broken": "not an object",
            }
        ),
    )
    assert extension_messages(path) == {
        "timerUpdated": "ha aggiornato il timer a minuti.",
        "extName": "Google Meet Timer",
    }


def test_a_json_source_missing_a_file_stops_the_run(tmp_path):
    _json_pair(tmp_path, HARBOUR, {"a": "Avvia il debug"}, {"a": "Start debugging"})
    assert site_paragraphs(HARBOUR, tmp_path) == (["Avvia il debug"], ["Start debugging"])
    (tmp_path / HARBOUR / FILES[HARBOUR][1]).unlink()
    with pytest.raises(RuntimeError, match=r"lacks client/package\.nls\.json;"):
        site_paragraphs(HARBOUR, tmp_path)


def test_repeats_untranslated_texts_english_in_italian_and_lorem_ipsum_left_out(tmp_path):
    _json_pair(
        tmp_path,
        MEETTIMER,
        {
            "a": {"message": "Impostazioni avanzate"},
            "b": {"message": "Impostazioni avanzate"},
            "c": {"message": "Countdown timer"},
            "d": {"message": "The timer is running now"},
            "e": {"message": "Lorem ipsum dolor sit amet"},
            "f": {"message": "Tempo scaduto!"},
        },
        {
            "a": {"message": "Advanced settings"},
            "b": {"message": "Advanced settings"},
            "c": {"message": "Countdown timer"},
            "d": {"message": "The timer is running"},
            "e": {"message": "Lorem ipsum dolor sit amet"},
            "f": {"message": "Time is up!"},
        },
    )
    italian, english = site_paragraphs(MEETTIMER, tmp_path)
    assert italian == ["Impostazioni avanzate", "Tempo scaduto!"]
    assert english == ["Advanced settings", "The timer is running", "Time is up!"]


# --- Sources, cap and names ------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "CastagnaIT+plugin.video.netflix": "19b904376780328aee36131fbb5fb40e56f962d7",
        "micz+ColumnsWizard": "e07240f3e712a5ae84a7b855b6c18d80b0b31ba3",
        "APerricone+harbourCodeExtension": "0a1e0dffabcb25acaf04823cf47d12ba4bfa7dc9",
        "krahabb+meross_lan": "f329326963cfef71b9a3b7ca4503bbf795f07091",
        "PiervitoCreanza+GoogleMeetTimer": "ff2851dc2867421962fa0691acfdb073ae24d117",
    }
    assert list(r64.SITES) == list(SNAPSHOTS) == list(FILES)
    assert len(NETFLIX_ENTRIES) == 183
    assert {"Addon Description", "Addon Disclaimer", "#30735"} <= NETFLIX_ENTRIES
    assert NETFLIX_CATALOGUE == "resources/language/resource.language.it_it/strings.po"
    assert len(COLUMNSWIZARD_FILES) == 7 and len(FILES[COLUMNSWIZARD]) == 14
    assert FILES[HARBOUR] == ("client/package.nls.it.json", "client/package.nls.json")
    assert FILES[MEROSS] == (
        "custom_components/meross_lan/translations/it.json",
        "custom_components/meross_lan/translations/en.json",
    )
    assert FILES[MEETTIMER] == (
        "extension/_locales/it/messages.json",
        "extension/_locales/en/messages.json",
    )
    assert ADDED_FILES[NETFLIX] == (NETFLIX_CATALOGUE,)
    assert len(ADDED_FILES[COLUMNSWIZARD]) == 8
    assert all(path.endswith(".dtd") for path in ADDED_FILES[COLUMNSWIZARD])
    assert set(ADDED_FILES) == {NETFLIX, COLUMNSWIZARD}
    assert WORDS_PER_SOURCE == 800
    assert round64_names() == sorted(
        [
            "ColumnsWizard",
            "Google Meet",
            "GoogleMeetTimer",
            "Harbour",
            "Home Assistant",
            "Kodi",
            "Meross",
            "Meross LAN",
            "Netflix",
            "Thunderbird",
            "Visual Studio Code",
        ]
    )
    assert sorted(NAMES) == round64_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    _all_sources(tmp_path)
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    assert fetch_round64(tmp_path) == tmp_path
    texts = dict(round64_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[NETFLIX] == ["Cerca titoli e persone"]
    assert texts[HARBOUR] == ["Avvia un programma harbour"]
    assert texts[MEROSS] == ["Configurazione del dispositivo"]
    assert texts[MEETTIMER] == ["Stato del plugin attivo"]
    assert sorted(texts[COLUMNSWIZARD], key=_crc) == texts[COLUMNSWIZARD]
    assert len(texts[COLUMNSWIZARD]) == 7
    assert "Device configuration step" in dict(round64_texts("en", tmp_path))[MEROSS]
    (tmp_path / MEETTIMER / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round64_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_sixty_third_as_a_snapshot_set():
    # right after the sixty-third (its seed, 1265, follows from the place), whatever comes later
    assert_registered_after("round64", "round63", 1265, r64, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (NETFLIX, ["Cerca titoli e persone.", "Profili", "Il login è scaduto."]),
            (HARBOUR, ["Avvia il debug ora."]),
        ],
        "en": [(NETFLIX, ["Search titles and people.", "The login has expired."])],
    }
    messages = capped_messages(monkeypatch, "round64", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "Profili" is under the floor
    assert messages["it"] == ["Cerca titoli e persone.", "Avvia il debug ora."]
    assert messages["en"] == ["Search titles and people."]
