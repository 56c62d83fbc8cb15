"""The forty-sixth text set's reader (Tiledesk's dashboard, agents' chat and web widget: the
ngx-translate JSON strings, `src/assets/i18n/it.json` and `en.json` of each repository, paired by
key), its sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round46 as r46
from benchmarks.text_round46 import (
    NAMES,
    SNAPSHOTS,
    TILEDESK_EN,
    TILEDESK_IT,
    WORDS_PER_SOURCE,
    fetch_round46,
    round46_names,
    round46_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

DASHBOARD = "Tiledesk+tiledesk-dashboard"
CHAT = "Tiledesk+chat21-ionic"
WIDGET = "Tiledesk+chat21-web-widget"


def _strings(root, italian: dict, english: dict) -> None:
    _write(root, TILEDESK_IT, json.dumps(italian, ensure_ascii=False, indent=2))
    _write(root, TILEDESK_EN, json.dumps(english, ensure_ascii=False, indent=2))


# --- ngx-translate JSON, paired by key in each repository's src/assets/i18n --------------------


def test_values_paired_by_key_placeholders_tags_and_entities_out(tmp_path):
    _strings(
        tmp_path / DASHBOARD,
        {
            "Conversations": "Conversazioni aperte adesso",
            "UnassignedCount": "Hai {{ count }} conversazioni non assegnate",
            "Nested": {"Title": "Aggiungi un nuovo <b>chatbot</b> al progetto"},
            "Entity": "Agenti &amp; gruppi del team",
            "Empty": "",
            "OnlyItalian": "Solo in italiano, senza coppia",
        },
        {
            "Conversations": "Conversations open right now",
            "UnassignedCount": "You have {{ count }} unassigned conversations",
            "Nested": {"Title": "Add a new <b>chatbot</b> to the project"},
            "Entity": "Agents &amp; groups of the team",
            "Empty": "Nothing here yet",
            "OnlyEnglish": "Only in English, no pair",
        },
    )
    it_texts, en_texts = site_paragraphs(DASHBOARD, tmp_path)
    assert it_texts == [
        "Conversazioni aperte adesso",
        "Hai conversazioni non assegnate",
        "Aggiungi un nuovo chatbot al progetto",
        "Agenti & gruppi del team",
    ]
    assert en_texts == [
        "Conversations open right now",
        "You have unassigned conversations",
        "Add a new chatbot to the project",
        "Agents & groups of the team",
    ]
    assert (TILEDESK_IT, TILEDESK_EN) == ("src/assets/i18n/it.json", "src/assets/i18n/en.json")


def test_each_application_from_its_own_repository_other_languages_not_read(tmp_path):
    _strings(tmp_path / DASHBOARD, {"a": "Nuova conversazione"}, {"a": "New conversation"})
    _strings(tmp_path / CHAT, {"a": "Tutti gli agenti offline"}, {"a": "Every agent offline"})
    _strings(tmp_path / WIDGET, {"a": "Sta scrivendo un messaggio"}, {"a": "Is typing a message"})
    _write(tmp_path / WIDGET, "src/assets/i18n/es.json", json.dumps({"a": "Está escribiendo"}))
    _write(tmp_path / CHAT, "it.json", json.dumps({"b": "Un file altrove"}))
    _write(tmp_path / CHAT, "en.json", json.dumps({"b": "A file elsewhere"}))
    assert site_paragraphs(DASHBOARD, tmp_path) == (["Nuova conversazione"], ["New conversation"])
    assert site_paragraphs(CHAT, tmp_path) == (
        ["Tutti gli agenti offline"],
        ["Every agent offline"],
    )
    assert site_paragraphs(WIDGET, tmp_path) == (
        ["Sta scrivendo un messaggio"],
        ["Is typing a message"],
    )


def test_repeats_untranslated_texts_italian_in_english_and_lorem_ipsum_left_out(tmp_path):
    _strings(
        tmp_path / CHAT,
        {
            "a": "Invia il messaggio al team",
            "b": "Invia il messaggio al team",
            "c": "Canned responses",
            "d": "Please select a conversation first",
            "e": "Lorem ipsum dolor sit amet",
        },
        {
            "a": "Send the message to the team",
            "b": "Send the message to the team",
            "c": "Canned responses",
            "d": "Please select a conversation first",
            "e": "Some text of the template",
        },
    )
    it_texts, en_texts = site_paragraphs(CHAT, tmp_path)
    assert it_texts == ["Invia il messaggio al team"]
    assert en_texts == ["Send the message to the team", "Some text of the template"]


def test_a_missing_file_pairs_nothing(tmp_path):
    _write(tmp_path / DASHBOARD, TILEDESK_IT, json.dumps({"a": "Solo qui"}))
    _write(tmp_path / WIDGET, TILEDESK_EN, json.dumps({"a": "Only here"}))
    assert site_paragraphs(DASHBOARD, tmp_path) == ([], [])
    assert site_paragraphs(WIDGET, tmp_path) == ([], [])


# --- Sources, cap and names -------------------------------------------------------------------


def test_the_rule_s_sources_commits_cap_and_names():
    assert SNAPSHOTS == {
        DASHBOARD: "64912f5eed3a4a178650fc5a95aeebe875fdeeec",
        CHAT: "3acbdf6aebde6dcba5b92f654e987b4064c35fe2",
        WIDGET: "f55a49d9ba61a0b6fbb6ce5e4044cf2c98e1f2c1",
    }
    assert WORDS_PER_SOURCE == 5000
    assert round46_names() == ["Chat21", "Tiledesk"]
    assert sorted(NAMES) == round46_names()


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    _strings(tmp_path / DASHBOARD, {"a": "Nuovo chatbot"}, {"a": "New chatbot"})
    _strings(
        tmp_path / WIDGET,
        {"a": "Chiudi la chat", "b": "Modifica il profilo"},
        {"a": "Close the chat", "b": "Edit the profile"},
    )
    assert fetch_round46(tmp_path) == tmp_path
    assert list(round46_texts("it", tmp_path)) == [
        (DASHBOARD, ["Nuovo chatbot"]),
        (CHAT, []),
        (WIDGET, sorted(["Chiudi la chat", "Modifica il profilo"], key=_crc)),
    ]
    assert next(iter(round46_texts("en", tmp_path))) == (DASHBOARD, ["New chatbot"])
    (tmp_path / WIDGET / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round46_texts("it", tmp_path))


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


# --- Wiring -----------------------------------------------------------------------------------


def test_the_set_registered_after_the_forty_fifth_as_a_snapshot_set():
    # right after the forty-fifth (its seed, 1247, follows from the place), whatever comes later
    assert_registered_after("round46", "round45", 1247, r46, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(DASHBOARD, ["Apri la nuova conversazione.", "ok"]), (WIDGET, ["Chiudi la chat."])],
        "en": [(DASHBOARD, ["Open the new conversation."]), (WIDGET, ["Close the chat now."])],
    }
    messages = capped_messages(monkeypatch, "round46", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "ok" is under the floor
    assert messages["it"] == [
        "Apri la nuova conversazione.",
        "Chiudi la chat.",
    ]
    assert messages["en"] == [
        "Open the new conversation.",
        "Close the chat now.",
    ]
