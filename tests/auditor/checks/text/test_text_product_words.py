"""Words of text about products: key names, software compounds, names the text itself uses,
and English words spelt by ear."""

from __future__ import annotations

import pytest

from auditor.checks.text.phonetic import sound_key
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.auditor.checks.text.spelling_support import flagged
from tests.auditor.checks.text.spelling_support import suggestions as offered


def suggestions(text: str, lang: str, word: str) -> tuple[str, ...]:
    """Return the suggestions of the finding on `word`, lowercase (empty when not flagged)."""
    return tuple(s.lower() for s in offered(text, lang, word))


KEYS = [
    ("Cmd Ctrl +F2 apre la finestra.", "it"),
    ("Maiusc+Canc elimina il file senza cestino.", "it"),
    ("Premi ctrl+alt+canc per riavviare.", "it"),
    ("Esc chiude il menu.", "it"),
    ("Cmd+C copies the selection.", "en"),
    ("Press ctrl+shift+esc to open it.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), KEYS)
def test_key_names_written_as_keys_pass(text, lang):
    assert flagged(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), KEYS[:2])
def test_key_names_pass_in_the_lists_fallback(text, lang, lists_only):
    assert flagged(text, lang) == []


def test_a_lowercase_key_name_alone_is_still_a_word_to_check():
    need_hunspell("it")
    assert flagged("Il canc abbaia in giardino.", "it") == ["canc"]


UI = [
    ("Switch to fullscreen from the dropdown in the submenu.", "en"),
    ("Tooltips show on the touchpad and in subfolders with codecs.", "en"),
    ("Il touchpad e il bluetooth si attivano dalle impostazioni.", "it"),
]


@pytest.mark.parametrize(("text", "lang"), UI)
def test_software_compounds_of_product_text_pass(text, lang):
    assert flagged(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), UI[:1])
def test_software_compounds_pass_in_the_lists_fallback(text, lang, lists_only):
    assert flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "typo", "right"),
    [
        ("Switch to fulscreen now.", "fulscreen", "fullscreen"),
        ("Open the dropdwn menu.", "dropdwn", "dropdown"),
        ("Tap the toucpad twice.", "toucpad", "touchpad"),
    ],
)
def test_a_typo_of_a_listed_compound_is_caught_and_fixed(text, typo, right):
    assert typo in flagged(text, "en")
    assert right in suggestions(text, "en", typo)[:3]


def test_a_sentence_opener_the_text_uses_as_a_name_is_a_name():
    need_hunspell("en")
    text = "Shotwell imports photos. Shotwell's library opens in Shotwell too."
    assert flagged(text, "en") == []
    # alone, with no mid-sentence use, the same opener is still judged
    assert "Shotwel" in flagged("Shotwel imports photos.", "en") or not suggestions(
        "Shotwel imports photos.", "en", "Shotwel"
    )


def test_a_typo_at_a_sentence_start_is_still_caught_beside_names():
    need_hunspell("en")
    assert flagged("Teh photos are in Shotwell.", "en") == ["Teh"]


def test_sound_key_folds_spellings_by_ear():
    assert sound_key("kwuzines") == sound_key("cuisines")
    assert sound_key("geraff") == sound_key("giraffe")
    assert sound_key("extacy") == sound_key("ecstasy")
    assert sound_key("house") != sound_key("horse")


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("geraff", "giraffe"),
        ("extacy", "ecstasy"),
        ("mystrow", "maestro"),
        ("senarreo", "scenario"),
    ],
)
def test_english_spelt_by_ear_gets_the_word(typo, right):
    need_hunspell("en")
    text = f"We liked the {typo} a lot."
    assert right in suggestions(text, "en", typo)[:3]
