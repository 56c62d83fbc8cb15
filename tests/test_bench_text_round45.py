"""The forty-fifth text set's reader (Zextras's Carbonio: the mail's, calendars' and contacts'
i18next JSON strings, `it.json` and `en.json` at each repository's top, paired by key), its
sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round45 as r45
from benchmarks.text_round45 import (
    CARBONIO_EN,
    CARBONIO_IT,
    NAMES,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round45,
    round45_names,
    round45_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

MAILS = "zextras+carbonio-mails-ui-i18n"
CALENDARS = "zextras+carbonio-calendars-ui-i18n"
CONTACTS = "zextras+carbonio-contacts-ui-i18n"


def _strings(root, italian: dict, english: dict) -> None:
    _write(root, CARBONIO_IT, json.dumps(italian, ensure_ascii=False, indent=2))
    _write(root, CARBONIO_EN, json.dumps(english, ensure_ascii=False, indent=2))


# --- i18next JSON, paired by key at the repository's top ---------------------------------------


def test_values_paired_by_key_placeholders_nesting_and_tags_out(tmp_path):
    _strings(
        tmp_path / MAILS,
        {
            "label": {"mark_read": "Segna come letto", "empty": ""},
            "messages": {"count": "Hai {{count}} nuovi messaggi in arrivo"},
            "nested": "Sposta nel cestino $t(label.mark_read) adesso",
            "trans": "Leggi la <1>guida</1> per iniziare",
            "only_italian": "Solo in italiano, senza coppia",
        },
        {
            "label": {"mark_read": "Mark as read", "empty": "Nothing here"},
            "messages": {"count": "You have {{count}} new incoming messages"},
            "nested": "Move to the trash $t(label.mark_read) now",
            "trans": "Read the <1>guide</1> to begin",
        },
    )
    it_texts, en_texts = site_paragraphs(MAILS, tmp_path)
    assert it_texts == [
        "Segna come letto",
        "Hai nuovi messaggi in arrivo",
        "Sposta nel cestino adesso",
        "Leggi la guida per iniziare",
    ]
    assert en_texts == [
        "Mark as read",
        "You have new incoming messages",
        "Move to the trash now",
        "Read the guide to begin",
    ]
    assert (CARBONIO_IT, CARBONIO_EN) == ("it.json", "en.json")


def test_plural_forms_are_keys_of_their_own(tmp_path):
    _strings(
        tmp_path / CALENDARS,
        {
            "attendees": {
                "accepted_one": "un partecipante ha accettato",
                "accepted_other": "{{count}} partecipanti hanno accettato",
                "declined_plural": "partecipanti hanno rifiutato l'invito",
            }
        },
        {
            "attendees": {
                "accepted_one": "one attendee has accepted",
                "accepted_other": "{{count}} attendees have accepted",
            }
        },
    )
    # the Italian `_plural` form has no English counterpart: it pairs nothing
    assert site_paragraphs(CALENDARS, tmp_path) == (
        ["un partecipante ha accettato", "partecipanti hanno accettato"],
        ["one attendee has accepted", "attendees have accepted"],
    )


def test_each_module_from_its_own_repository_other_languages_not_read(tmp_path):
    _strings(tmp_path / MAILS, {"a": "Svuota il cestino"}, {"a": "Empty the trash"})
    _strings(tmp_path / CALENDARS, {"a": "Nuovo appuntamento"}, {"a": "New appointment"})
    _strings(tmp_path / CONTACTS, {"a": "Nuovo contatto"}, {"a": "New contact"})
    _write(tmp_path / CONTACTS, "de.json", json.dumps({"a": "Neuer Kontakt"}))
    _write(tmp_path / CONTACTS, "translations/it.json", json.dumps({"b": "Altro file"}))
    assert site_paragraphs(MAILS, tmp_path) == (["Svuota il cestino"], ["Empty the trash"])
    assert site_paragraphs(CALENDARS, tmp_path) == (["Nuovo appuntamento"], ["New appointment"])
    assert site_paragraphs(CONTACTS, tmp_path) == (["Nuovo contatto"], ["New contact"])


def test_repeats_untranslated_texts_italian_in_english_and_lorem_ipsum_left_out(tmp_path):
    _strings(
        tmp_path / CONTACTS,
        {
            "a": "Aggiungi un nuovo contatto",
            "b": "Aggiungi un nuovo contatto",
            "c": "Emailed Contacts",
            "d": "Please select a contact first",
            "e": "Lorem ipsum dolor sit amet",
        },
        {
            "a": "Add a new contact",
            "b": "Add a new contact",
            "c": "Emailed Contacts",
            "d": "Please select a contact first",
            "e": "Some text of the template",
        },
    )
    it_texts, en_texts = site_paragraphs(CONTACTS, tmp_path)
    assert it_texts == ["Aggiungi un nuovo contatto"]
    assert en_texts == ["Add a new contact", "Some text of the template"]


def test_a_missing_file_pairs_nothing(tmp_path):
    _write(tmp_path / MAILS, CARBONIO_IT, json.dumps({"a": "Solo qui"}))
    _write(tmp_path / CONTACTS, CARBONIO_EN, json.dumps({"a": "Only here"}))
    assert site_paragraphs(MAILS, tmp_path) == ([], [])
    assert site_paragraphs(CONTACTS, tmp_path) == ([], [])


# --- Sources, cap and names -------------------------------------------------------------------


def test_the_rule_s_sources_commits_cap_and_names():
    assert SNAPSHOTS == {
        MAILS: "a822cdea932f2d4c6b2fac86dacad1bde7d15dd5",
        CALENDARS: "ad8db109be6034d9a5e94aaf6ca476b629b01e9d",
        CONTACTS: "bcc7010ede1f7245889d79ec8a73847c1715dad9",
    }
    assert WORDS_PER_SOURCE == 5000
    assert round45_names() == ["Carbonio", "Zextras"]
    assert sorted(NAMES) == round45_names()


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    _strings(tmp_path / MAILS, {"a": "Nuova e-mail"}, {"a": "New e-mail"})
    _strings(
        tmp_path / CONTACTS,
        {"a": "Contatti recenti", "b": "Rubrica condivisa"},
        {"a": "Recent contacts", "b": "Shared address book"},
    )
    assert fetch_round45(tmp_path) == tmp_path
    assert list(round45_texts("it", tmp_path)) == [
        (MAILS, ["Nuova e-mail"]),
        (CALENDARS, []),
        (CONTACTS, sorted(["Contatti recenti", "Rubrica condivisa"], key=_crc)),
    ]
    assert next(iter(round45_texts("en", tmp_path))) == (MAILS, ["New e-mail"])
    (tmp_path / CONTACTS / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round45_texts("it", tmp_path))


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


# --- Wiring -----------------------------------------------------------------------------------


def test_the_set_registered_after_the_forty_fourth_as_a_snapshot_set():
    # right after the forty-fourth (its seed, 1246, follows from the place), whatever comes later
    assert_registered_after("round45", "round44", 1246, r45, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(MAILS, ["Svuota il cestino adesso.", "ok"]), (CONTACTS, ["Nuovo contatto oggi."])],
        "en": [(MAILS, ["Empty the trash now."]), (CONTACTS, ["New contact of today."])],
    }
    messages = capped_messages(monkeypatch, "round45", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "ok" is under the floor
    assert messages["it"] == [
        "Svuota il cestino adesso.",
        "Nuovo contatto oggi.",
    ]
    assert messages["en"] == [
        "Empty the trash now.",
        "New contact of today.",
    ]
