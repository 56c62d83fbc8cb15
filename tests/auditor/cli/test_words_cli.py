"""`auditor words`: the workspace's dictionary from the command line, through the core."""

from __future__ import annotations

import json
from pathlib import Path

from tests.auditor.cli.test_commands import run

TEXT = "La folksonomia dei generi musicali."


def _flagged(workspace: Path) -> list[str]:
    done = run("check", "text", "-", "--lang", "it", "--json", workspace=workspace, stdin=TEXT)
    assert done.returncode == 0, done.stderr
    return [f["excerpt"] for f in json.loads(done.stdout)["findings"]]


def test_words_added_imported_listed_and_removed_reach_the_text_check(tmp_path: Path) -> None:
    workspace = tmp_path / "w.auditdesk"
    assert "folksonomia" in _flagged(workspace)
    added = run("words", "add", "folksonomia", workspace=workspace)
    assert (added.returncode, added.stdout.strip()) == (0, "1 word added"), added.stderr
    assert "folksonomia" not in _flagged(workspace)

    listing = tmp_path / "client.txt"
    listing.write_text("# the client's words\nfolksonomia\nBellavista\n\nidromassaggio\n", "utf-8")
    imported = run("words", "import", str(listing), workspace=workspace)
    assert imported.stdout.strip() == "2 words added, 1 already in the dictionary"
    shown = run("words", "list", "--json", workspace=workspace)
    assert json.loads(shown.stdout) == ["Bellavista", "folksonomia", "idromassaggio"]

    removed = run("words", "remove", "folksonomia", workspace=workspace)
    assert (removed.returncode, removed.stdout.strip()) == (0, "1 word removed")
    assert "folksonomia" in _flagged(workspace)
    assert run("words", "list", workspace=workspace).stdout.split() == [
        "Bellavista",
        "idromassaggio",
    ]


def test_a_bad_word_or_list_changes_nothing_and_says_why(tmp_path: Path) -> None:
    workspace = tmp_path / "w.auditdesk"
    assert run("words", "add", "Bellavista", workspace=workspace).returncode == 0
    bad = run("words", "add", "Spa", "Hotel Bellavista", workspace=workspace)
    assert (bad.returncode, bad.stdout) == (2, "")
    assert "“Hotel Bellavista” is more than one word" in bad.stderr
    listing = tmp_path / "client.txt"
    listing.write_text("Maremma\nidro massaggio\n", "utf-8")
    refused = run("words", "import", str(listing), workspace=workspace)
    assert refused.returncode == 2 and "client.txt, line 2:" in refused.stderr
    gone = run("words", "remove", "Bellavista", "Maremma", workspace=workspace)
    assert gone.returncode == 2 and "“Maremma” is not in the dictionary" in gone.stderr
    assert run("words", "list", workspace=workspace).stdout.split() == ["Bellavista"]


def test_the_command_line_speaks_italian(tmp_path: Path) -> None:
    workspace = tmp_path / "w.auditdesk"
    done = run("words", "add", "Maremma", "Spa", workspace=workspace, env={"AUDITOR_LANG": "it"})
    assert done.stdout.strip() == "2 parole aggiunte"
    again = run("words", "add", "Spa", workspace=workspace, env={"AUDITOR_LANG": "it"})
    assert again.stdout.strip() == "0 parole aggiunte, 1 già nel dizionario"
