"""The forty-seventh text set's reader (alf.io's public strings: `public_it.properties` and
`public.properties`, Java `.properties` files paired by key, read as MessageFormat prints them),
its source, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round47 as r47
from benchmarks.text_round47 import (
    ALFIO,
    ALFIO_EN,
    ALFIO_IT,
    NAMES,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round47,
    message_texts,
    properties_values,
    round47_names,
    round47_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

I18N = "src/main/resources/alfio/i18n"


def _strings(root, italian: str, english: str) -> None:
    _write(root / ALFIO, ALFIO_IT, italian)
    _write(root / ALFIO, ALFIO_EN, english)


# --- Java .properties, as java.util.Properties.load reads them ---------------------------------


def test_properties_comments_separators_continuations_and_escapes():
    text = (
        "# a comment\n"
        "! another comment\n"
        "\n"
        "reservation.title=La tua prenotazione\n"
        "  email.subject : Conferma dell'ordine\n"
        "ticket.name Nome del biglietto\n"
        "long.message=Grazie per l'acquisto, \\\n"
        "    riceverai i biglietti \\\n"
        "    per e-mail\n"
        "escaped\\=key=valore\n"
        "unicode=Citt\\u00e0 e perch\\u00e9\n"
        "lines=Prima riga\\nSeconda riga\n"
        "backslash=fine\\\\\n"
        "empty=\n"
    )
    assert properties_values(text) == {
        "reservation.title": "La tua prenotazione",
        "email.subject": "Conferma dell'ordine",
        "ticket.name": "Nome del biglietto",
        "long.message": "Grazie per l'acquisto, riceverai i biglietti per e-mail",
        "escaped=key": "valore",
        "unicode": "Città e perché",
        "lines": "Prima riga\nSeconda riga",
        "backslash": "fine\\",
        "empty": "",
    }


def test_a_value_read_as_message_format_prints_it():
    # `''` is one apostrophe, the arguments are out, each line its own text, tags and URLs out
    assert message_texts("Ciao {0}, l''evento {1,date,short} è confermato") == [
        "Ciao , l'evento è confermato"
    ]
    assert message_texts("Totale: {0, number} CHF\nVedi <b>https://alf.io/x</b> qui") == [
        "Totale: CHF",
        "Vedi qui",
    ]
    assert message_texts("{{name}} <br/>") == []


# --- The source: public_it.properties and public.properties paired by key ----------------------


def test_values_paired_by_key_format_keys_and_unpaired_left_out(tmp_path):
    _strings(
        tmp_path,
        "email.reminder=Ti ricordiamo che l''evento {0} inizia domani\n"
        "email.body=Grazie per la prenotazione\\nTroverai i biglietti allegati\n"
        "common.date-format=dd.MM.yyyy HH:mm\n"
        "invoice.number.Pattern=Fattura numero {0}\n"
        "only.italian=Solo in italiano, senza coppia\n"
        "empty.english=Testo italiano senza inglese\n",
        "email.reminder=We remind you that the event {0} starts tomorrow\n"
        "email.body=Thank you for your reservation, your tickets are attached\n"
        "common.date-format=MM/dd/yyyy hh:mm a\n"
        "invoice.number.Pattern=Invoice number {0}\n"
        "empty.english=\n",
    )
    it_texts, en_texts = site_paragraphs(ALFIO, tmp_path)
    assert it_texts == [
        "Ti ricordiamo che l'evento inizia domani",
        "Grazie per la prenotazione",
        "Troverai i biglietti allegati",
    ]
    assert en_texts == [
        "We remind you that the event starts tomorrow",
        "Thank you for your reservation, your tickets are attached",
    ]


def test_other_files_of_the_repository_not_read(tmp_path):
    _strings(tmp_path, "a=Nuova prenotazione\n", "a=New reservation\n")
    _write(tmp_path / ALFIO, f"{I18N}/public_en.properties", "a=Something else\n")
    _write(tmp_path / ALFIO, f"{I18N}/public_de.properties", "a=Neue Reservierung\n")
    _write(tmp_path / ALFIO, f"{I18N}/admin_it.properties", "a=Amministrazione\n")
    _write(tmp_path / ALFIO, f"{I18N}/admin.properties", "a=Administration\n")
    assert site_paragraphs(ALFIO, tmp_path) == (["Nuova prenotazione"], ["New reservation"])


def test_repeats_untranslated_texts_italian_in_english_and_lorem_ipsum_left_out(tmp_path):
    _strings(
        tmp_path,
        "a=Acquista i biglietti\n"
        "b=Acquista i biglietti\n"
        "c=Check-in\n"
        "d=Please select a ticket first\n"
        "e=Lorem ipsum dolor sit amet\n",
        "a=Buy tickets\nb=Buy tickets\nc=Check-in\nd=Please select a ticket first\ne=Some text\n",
    )
    it_texts, en_texts = site_paragraphs(ALFIO, tmp_path)
    assert it_texts == ["Acquista i biglietti"]
    assert en_texts == ["Buy tickets", "Some text"]


def test_a_snapshot_lacking_either_file_stops_the_run(tmp_path):
    # a snapshot extracted before tools/extract_snapshot.sh kept `.properties` files lacks them
    _write(tmp_path / ALFIO, ALFIO_IT, "a=Solo qui\n")
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(ALFIO, tmp_path)
    assert ALFIO_EN in str(info.value) and SNAPSHOTS[ALFIO] in str(info.value)
    assert ALFIO_IT not in str(info.value)


# --- Source, cap and names --------------------------------------------------------------------


def test_the_rule_s_source_commit_cap_and_names():
    assert SNAPSHOTS == {"alfio-event+alf.io": "90ff725ce6a109bbf9246264bec0724ae31c5d27"}
    assert f"{I18N}/public_it.properties" == ALFIO_IT
    assert f"{I18N}/public.properties" == ALFIO_EN
    assert WORDS_PER_SOURCE == 5000
    assert round47_names() == ["Alf.io", "Exteso", "alf.io"]
    assert sorted(NAMES) == round47_names()


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    (tmp_path / ALFIO).mkdir()
    (tmp_path / ALFIO / ".snapshot-commit").write_text(SNAPSHOTS[ALFIO] + "\n")
    _strings(
        tmp_path,
        "a=Il tuo biglietto\nb=Lista d''attesa\n",
        "a=Your ticket\nb=Waiting list\n",
    )
    assert fetch_round47(tmp_path) == tmp_path
    assert list(round47_texts("it", tmp_path)) == [
        (ALFIO, sorted(["Il tuo biglietto", "Lista d'attesa"], key=_crc)),
    ]
    assert list(round47_texts("en", tmp_path)) == [
        (ALFIO, sorted(["Your ticket", "Waiting list"], key=_crc)),
    ]
    (tmp_path / ALFIO / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round47_texts("it", tmp_path))


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


# --- Wiring -----------------------------------------------------------------------------------


def test_the_set_registered_after_the_forty_sixth_as_a_snapshot_set():
    # right after the forty-sixth (its seed, 1248, follows from the place), whatever comes later
    assert_registered_after("round47", "round46", 1248, r47, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(ALFIO, ["Il tuo biglietto allegato.", "ok", "Lista d'attesa chiusa."])],
        "en": [(ALFIO, ["Your ticket is attached.", "Waiting list closed."])],
    }
    messages = capped_messages(monkeypatch, "round47", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "ok" is under the floor
    assert messages["it"] == ["Il tuo biglietto allegato."]
    assert messages["en"] == ["Your ticket is attached."]
