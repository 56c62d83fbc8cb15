"""The text check's contract: offsets into the original, any input survives, the CLI's exits."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.checks.text import check_text

ROOT = Path(__file__).resolve().parents[4]

_PIECES = st.sampled_from(
    [
        "perchè",
        "E'",
        " ",
        "  ",
        ",",
        ".",
        "..",
        "!!",
        "\n",
        "\n\n",
        "la",
        "La",
        "ti",
        "Hotel",
        "hotel",
        "Bellavista",
        "Belavista",
        "dell'",
        "’",
        "po'",
        "NON",
        "FUNZIONA",
        "lunedì",
        "Giugno",
        "www.a.it",
        "a@b.it",
        "1,5",
        "İ",
        "ß",
        "\u0301",
        "\U0001f600",
        "sig.",
        "Qual'è",
        "the",
        "i",
        "monday",
        # characters lost to an encoding, whose words are checked repaired and mapped back
        "?",
        "\ufffd",
        "citt",
        "dell",
        "don",
        "t",
        "Ã",
        "Ã¨",
        "â€™",
        "â€",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map("".join)),
    st.sampled_from(["it", "en", "auto"]),
)
def test_any_text_gives_valid_offsets(text, lang):
    result = check_text(text, lang=lang, brands=["Hotel Bellavista", "İ"])
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.excerpt
    assert result.metrics["lang"] in ("it", "en")
    assert result.metrics["words"] >= 0


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run `python -m auditor check text ...` in a real process."""
    return subprocess.run(
        [sys.executable, "-m", "auditor", "check", "text", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_cli_file_and_stdin(tmp_path):
    path = tmp_path / "mail.txt"
    text = "Gentile cliente,\nla ringraziamo perchè ha scelto l'hotel Bellavista.\n"
    path.write_text(text, "utf-8")
    done = run_cli(str(path), "--brand", "Hotel Bellavista", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["check"], data["target"], data["metrics"]["lang"]) == ("text", str(path), "it")
    assert [(f["rule"], f["excerpt"], f["severity"]) for f in data["findings"]] == [
        ("accent", "perchè", "minor"),
        ("brand_name", "hotel Bellavista", "major"),
    ]
    assert all(text[f["start"] : f["end"]] == f["excerpt"] for f in data["findings"])
    piped = run_cli("-", "--json", "--lang", "en", stdin=b"We will recieve you.")
    assert piped.returncode == 0, piped.stderr
    data = json.loads(piped.stdout)
    assert (data["target"], [f["excerpt"] for f in data["findings"]]) == ("-", ["recieve"])


def test_cli_refuses_missing_and_non_utf8_files(tmp_path):
    missing = run_cli(str(tmp_path / "nope.txt"), "--json")
    assert (missing.returncode, missing.stdout) == (2, b"")
    assert len(missing.stderr.decode().strip().splitlines()) == 1
    latin = tmp_path / "latin.txt"
    latin.write_bytes("perché".encode("latin-1"))
    bad = run_cli(str(latin))
    assert (bad.returncode, bad.stdout) == (2, b"")
    assert "UTF-8" in bad.stderr.decode() and len(bad.stderr.decode().strip().splitlines()) == 1


def test_decomposed_accents_are_checked_as_the_letters_they_show():
    composed = "la città è bella, un pò cara. Perchè no? Qual'è il prezzo?"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed

    def seen(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
        found = check_text(text, lang="it").findings
        for f in found:
            assert text[f.start : f.end] == f.excerpt
        return [(f.rule, unicodedata.normalize("NFC", f.excerpt), f.suggestions) for f in found]

    assert seen(decomposed) == seen(composed)
    assert [rule for rule, _, _ in seen(composed)].count("accent") == 3  # pò, Perchè, Qual'è


def test_a_file_saved_with_a_bom_is_checked_whole_and_offsets_index_it(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_bytes("\ufeffgentile cliente, perchè no.".encode())
    result = subprocess.run(
        [sys.executable, "-m", "auditor", "check", "text", str(path), "--lang", "it", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    text = path.read_text("utf-8")  # the input as given, its BOM included
    found = [(f["rule"], f["excerpt"], f["start"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("capitalization", "gentile", 1), ("accent", "perchè", 18)]
    assert all(text[s : s + len(e)] == e for _rule, e, s in found)


def test_messages_are_in_the_texts_language_unless_the_caller_names_one():
    english = "We will recieve your booking."
    italian = "Non vedo l'ora, perchè domani parto."
    assert [f.message for f in check_text(english, lang="en").findings] == [
        "\u201crecieve\u201d is a common mistake: write \u201creceive\u201d."
    ]
    assert [f.message for f in check_text(english, lang="en", messages="it").findings] == [
        "\u201crecieve\u201d è un errore frequente: si scrive \u201creceive\u201d."
    ]
    # the findings themselves do not change: only their words
    plain = check_text(italian, lang="it").findings
    named = check_text("\ufeff" + italian, lang="it", messages="en").findings
    assert [(f.rule, f.excerpt, f.suggestions) for f in plain] == [
        (f.rule, f.excerpt, f.suggestions) for f in named
    ]
    assert named[0].message == "Accent: write \u201cperché\u201d, not \u201cperchè\u201d."
