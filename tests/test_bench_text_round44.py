"""The forty-fourth text set's readers (Nethesis's two web applications: Icaro's and NethVoice
Report's vue-i18n locale files paired by key below the language's wrapper, linked messages out and
plural forms split, and NethVoice Report's inline help, Markdown pages paired by path), its
sources, cap and names, and its wiring.

Only the readers are tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import json
import zlib

import pytest

from benchmarks import text_round44 as r44
from benchmarks.text_round44 import (
    ICARO_LOCALES,
    NAMES,
    REPORT_DOCS,
    REPORT_LOCALE,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    fetch_round44,
    locale_texts,
    round44_names,
    round44_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

ICARO = "nethesis+icaro"
REPORT = "nethesis+nethvoice-report"


def _locale(lang: str, document: dict) -> str:
    return json.dumps({lang: document}, ensure_ascii=False, indent=2)


def _locales(root, folder: str, italian: dict, english: dict) -> None:
    _write(root, f"{folder}/locale-it.json", _locale("it", italian))
    _write(root, f"{folder}/locale-en.json", _locale("en", english))


# --- Locale files: vue-i18n JSON, paired by key below the language's wrapper -----------------


def test_locale_values_paired_by_key_below_the_wrapper_placeholders_and_links_out(tmp_path):
    repo = tmp_path / ICARO
    _locales(
        repo,
        "sun/sun-ui/src/i18n",
        {
            "login": {"title": "Accedi alla dashboard del tuo hotspot", "empty": ""},
            "hotspot": {"users": "Hai {count} utenti collegati al Wi-Fi"},
            "linked": "Vedi anche @:login.title adesso",
            "only_italian": "Solo in italiano, senza coppia",
        },
        {
            "login": {"title": "Log in to your hotspot's dashboard", "empty": "Nothing here"},
            "hotspot": {"users": "You have {count} users connected to the Wi-Fi"},
            "linked": "See also @.lower:login.title now",
        },
    )
    it_texts, en_texts = site_paragraphs(ICARO, tmp_path)
    assert it_texts == [
        "Accedi alla dashboard del tuo hotspot",
        "Hai utenti collegati al Wi-Fi",
        "Vedi anche adesso",
    ]
    assert en_texts == [
        "Log in to your hotspot's dashboard",
        "You have users connected to the Wi-Fi",
        "See also now",
    ]


def test_plural_forms_split_and_paired_by_place(tmp_path):
    path = _write(
        tmp_path,
        "locale-it.json",
        _locale("it", {"calls": "nessuna chiamata | una chiamata | {n} chiamate", "one": "Coda"}),
    )
    assert locale_texts(path) == {
        ("calls", "form0"): "nessuna chiamata",
        ("calls", "form1"): "una chiamata",
        ("calls", "form2"): "chiamate",
        ("one",): "Coda",
    }
    repo = tmp_path / REPORT
    _locales(
        repo,
        REPORT_LOCALE,
        {"calls": "nessuna chiamata in coda | una chiamata in coda | {n} chiamate in coda"},
        {"calls": "no calls in the queue | {n} calls in the queue"},
    )
    # the third Italian form has no English counterpart: it pairs nothing
    assert site_paragraphs(REPORT, tmp_path) == (
        ["nessuna chiamata in coda", "una chiamata in coda"],
        ["no calls in the queue", "calls in the queue"],
    )


def test_icaro_s_three_interfaces_each_from_its_own_folder_other_languages_not_read(tmp_path):
    repo = tmp_path / ICARO
    sun, wings, ade = ICARO_LOCALES
    _locales(repo, sun, {"a": "Gestisci i tuoi hotspot"}, {"a": "Manage your hotspots"})
    _locales(repo, wings, {"a": "Accedi con il tuo account"}, {"a": "Log in with your account"})
    _locales(repo, ade, {"a": "Lascia una recensione"}, {"a": "Leave a review"})
    _write(repo, f"{wings}/locale-pt.json", _locale("pt", {"a": "Entre com a sua conta"}))
    _write(repo, f"{wings}/countries.json", json.dumps({"IT": "Italia"}))
    assert site_paragraphs(ICARO, tmp_path) == (
        ["Gestisci i tuoi hotspot", "Accedi con il tuo account", "Lascia una recensione"],
        ["Manage your hotspots", "Log in with your account", "Leave a review"],
    )
    assert ICARO_LOCALES == ("sun/sun-ui/src/i18n", "wings/src/i18n", "ade/ade-ui/src/i18n")


# --- NethVoice Report: its locale files and its inline help, Markdown paired by path ----------


def test_the_report_s_inline_help_paired_by_path_read_as_markdown(tmp_path):
    repo = tmp_path / REPORT
    _locales(repo, REPORT_LOCALE, {"a": "Chiamate in ingresso"}, {"a": "Inbound calls"})
    _write(
        repo,
        f"{REPORT_DOCS}/it/queue/waiting.md",
        "# Attesa media\n\nIl tempo medio di **attesa** dei chiamanti in [coda](#x).\n\n"
        "| Colonna | Significato |\n|---|---|\n| a | b |\n\n```\nSELECT 1\n```\n\n"
        "- Le chiamate perse non sono contate\n",
    )
    _write(
        repo,
        f"{REPORT_DOCS}/en/queue/waiting.md",
        "# Average wait\n\nThe average **waiting** time of the callers in the [queue](#x).\n\n"
        "| Column | Meaning |\n|---|---|\n| a | b |\n\n```\nSELECT 1\n```\n\n"
        "- Lost calls are not counted\n",
    )
    _write(repo, f"{REPORT_DOCS}/it/only_italian.md", "Una pagina senza la sua traduzione.\n")
    _write(repo, f"{REPORT_DOCS}/en/cdr/only_english.md", "A page without its translation.\n")
    it_texts, en_texts = site_paragraphs(REPORT, tmp_path)
    assert it_texts == [
        "Chiamate in ingresso",
        "Attesa media",
        "Il tempo medio di attesa dei chiamanti in coda.",
        "Le chiamate perse non sono contate",
    ]
    assert en_texts == [
        "Inbound calls",
        "Average wait",
        "The average waiting time of the callers in the queue.",
        "Lost calls are not counted",
    ]
    assert (REPORT_LOCALE, REPORT_DOCS) == ("ui/src/i18n", "ui/src/doc-inline")


def test_repeats_untranslated_texts_italian_in_english_and_lorem_ipsum_left_out(tmp_path):
    repo = tmp_path / REPORT
    _locales(
        repo,
        REPORT_LOCALE,
        {
            "a": "Durata media della chiamata",
            "b": "Durata media della chiamata",
            "c": "Queue report",
            "d": "Please select a queue first",
            "e": "Lorem ipsum dolor sit amet",
        },
        {
            "a": "Average call duration",
            "b": "Average call duration",
            "c": "Queue report",
            "d": "Please select a queue first",
            "e": "Some text of the template",
        },
    )
    it_texts, en_texts = site_paragraphs(REPORT, tmp_path)
    assert it_texts == ["Durata media della chiamata"]
    assert en_texts == ["Average call duration", "Some text of the template"]


def test_a_missing_file_pairs_nothing(tmp_path):
    _write(tmp_path / ICARO, "wings/src/i18n/locale-it.json", _locale("it", {"a": "Solo qui"}))
    _write(tmp_path / REPORT, f"{REPORT_LOCALE}/locale-en.json", _locale("en", {"a": "Only"}))
    assert site_paragraphs(ICARO, tmp_path) == ([], [])
    assert site_paragraphs(REPORT, tmp_path) == ([], [])


# --- Sources, cap and names -------------------------------------------------------------------


def test_the_rule_s_sources_commits_cap_and_names():
    assert SNAPSHOTS == {
        ICARO: "3642dcfebeffc6fc61b05bf17254237f7ac2c25d",
        REPORT: "8c378dbeeb07e815649a4aadc9894ff7763289c2",
    }
    assert WORDS_PER_SOURCE == 5000
    assert round44_names() == ["Icaro", "NethVoice", "NethVoice Report", "Nethesis"]
    assert sorted(NAMES) == round44_names()


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo, commit in SNAPSHOTS.items():
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(commit + "\n")
    _locales(tmp_path / ICARO, ICARO_LOCALES[0], {"a": "Nuovo hotspot"}, {"a": "New hotspot"})
    _locales(
        tmp_path / REPORT,
        REPORT_LOCALE,
        {"a": "Chiamate perse", "b": "Chiamate risposte"},
        {"a": "Lost calls", "b": "Answered calls"},
    )
    assert fetch_round44(tmp_path) == tmp_path
    assert list(round44_texts("it", tmp_path)) == [
        (ICARO, ["Nuovo hotspot"]),
        (REPORT, sorted(["Chiamate perse", "Chiamate risposte"], key=_crc)),
    ]
    assert next(iter(round44_texts("en", tmp_path))) == (ICARO, ["New hotspot"])
    (tmp_path / REPORT / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round44_texts("it", tmp_path))


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


# --- Wiring -----------------------------------------------------------------------------------


def test_the_set_registered_after_the_forty_third_as_a_snapshot_set():
    # right after the forty-third (its seed, 1245, follows from the place), whatever comes later
    assert_registered_after("round44", "round43", 1245, r44, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [(ICARO, ["Gestisci i tuoi hotspot.", "ok"]), (REPORT, ["Chiamate perse oggi."])],
        "en": [(ICARO, ["Manage your hotspots now."]), (REPORT, ["Lost calls of today."])],
    }
    messages = capped_messages(monkeypatch, "round44", texts, cap=4)
    # at most 4 words a source: the first text of 4 reaches the cap, "ok" is under the floor
    assert messages["it"] == [
        "Gestisci i tuoi hotspot.",
        "Chiamate perse oggi.",
    ]
    assert messages["en"] == [
        "Manage your hotspots now.",
        "Lost calls of today.",
    ]
