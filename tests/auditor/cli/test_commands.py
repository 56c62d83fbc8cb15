"""The command line as other tools use it: real processes, a real workspace file, JSON on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run(
    *args: str,
    workspace: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    wrap: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m auditor` with the arguments (inside `wrap`, a command such as setpriv)."""
    full_env = {**os.environ, "AUDITOR_LANG": "en"}
    full_env.pop("AUDITOR_BUNDLE_PASSWORD", None)  # a developer's own password never reaches a test
    full_env.update(env or {})
    prefix = ["--workspace", str(workspace)] if workspace else []
    return subprocess.run(
        [*(wrap or []), sys.executable, "-m", "auditor", *prefix, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    """Return a workspace holding the demo audit, and the audit's id."""
    workspace = tmp_path_factory.mktemp("demo") / "demo.auditdesk"
    result = run("demo", workspace=workspace)
    assert result.returncode == 0, result.stderr
    return workspace, result.stdout.strip()


def test_help_documents_every_command():
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "list", "score", "checklists", "check"):
        assert command in result.stdout


def test_demo_then_list(demo):
    workspace, audit_id = demo
    rows = json.loads(run("list", "--json", workspace=workspace).stdout)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {
        "id",
        "client",
        "title",
        "date",
        "status",
        "completion",
        "score",
        "critical_failure",
    }
    assert (row["id"], row["client"], row["status"], row["date"]) == (
        audit_id,
        "Hotel Bellavista S.r.l.",
        "in_progress",
        "2026-11-09",
    )
    assert 60 <= row["completion"] < 100 and 0 < row["score"] < 100
    assert row["critical_failure"] is True  # the unanswered first call is a critical failure


def test_score_json(demo):
    workspace, audit_id = demo
    doc = json.loads(run("score", audit_id[:8], "--json", workspace=workspace).stdout)
    assert set(doc) == {
        "overall",
        "completion",
        "critical_failure",
        "touchpoints",
        "dimensions",
        "phases",
    }
    assert [t["kind"] for t in doc["touchpoints"]] == [
        "website",
        "phone",
        "email",
        "shop",
        "technician",
        "social",
    ]
    assert set(doc["dimensions"]) == {"functional", "emotional"}
    weighted = [t["score"] for t in doc["touchpoints"]]
    assert doc["overall"] == pytest.approx(sum(weighted) / len(weighted), abs=0.1)
    assert [t["critical_failure"] for t in doc["touchpoints"]].count(True) >= 1


def test_environment_variable_selects_the_workspace(demo):
    workspace, audit_id = demo
    rows = json.loads(run("list", "--json", env={"AUDITOR_WORKSPACE": str(workspace)}).stdout)
    assert [r["id"] for r in rows] == [audit_id]


def test_checklists_list_and_validate(tmp_path):
    rows = json.loads(run("checklists", "--json").stdout)
    # One template per touchpoint, plus the five trade visits (hotel, restaurant, bank, car
    # dealer, pharmacy), which are in-person "shop" visits.
    assert sorted(r["touchpoint"] for r in rows) == sorted(
        ["website", "phone", "email", "shop", "technician", "social"] + ["shop"] * 5
    )
    assert all(
        12 <= r["items"] <= 30 and set(r) == {"id", "touchpoint", "version", "title", "items"}
        for r in rows
    )
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'schema = 1\nid = "x"\nversion = "1"\ntouchpoint = "phone"\n'
        'title = { it = "T", en = "T" }\ndescription = { it = "D", en = "D" }\nsurprise = 3\n'
    )
    result = run("checklists", "validate", str(broken))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{broken}:7: ")
    good = ROOT / "checklists" / "phone.toml"
    assert run("checklists", "validate", str(good)).returncode == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (("score", "no-such-audit"), "no audit with id no-such-audit"),
        (("list",), "damaged or not a workspace"),
    ],
)
def test_errors_are_one_line_and_status_2(tmp_path, args, message):
    workspace = tmp_path / "w.auditdesk"
    if args == ("list",):
        workspace.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    else:
        run("list", workspace=workspace)
    result = run(*args, workspace=workspace)
    assert result.returncode == 2
    assert (
        message in result.stderr
        and result.stderr.count("\n") == 1
        and "Traceback" not in result.stderr
    )


def test_missing_workspace_folder_is_refused(tmp_path):
    result = run("list", workspace=tmp_path / "no" / "such" / "w.auditdesk")
    assert result.returncode == 2 and "folder does not exist" in result.stderr


def test_text_check_uses_the_workspace_accepted_words(tmp_path):
    from auditor.storage import Store

    workspace = tmp_path / "w.auditdesk"
    with Store.open(workspace) as store:
        store.profile.accept_word("frobnicazione")
    text = "Abbiamo verificato la frobnicazione della valvola."
    nowhere = {
        "AUDITOR_WORKSPACE": str(tmp_path / "none.auditdesk")
    }  # not this machine's own workspace
    without = json.loads(
        run("check", "text", "-", "--lang", "it", "--json", env=nowhere, stdin=text).stdout
    )
    with_words = json.loads(
        run("check", "text", "-", "--lang", "it", "--json", workspace=workspace, stdin=text).stdout
    )
    assert [f["excerpt"] for f in without["findings"]] == ["frobnicazione"]
    assert with_words["findings"] == []


@pytest.mark.parametrize(("encoding", "start"), [("utf-8", 43), ("utf-8-sig", 44), ("utf-16", 43)])
def test_text_check_reads_utf8_and_notepads_unicode(tmp_path, encoding, start):
    # Windows Notepad saves "UTF-8 with BOM" and "Unicode" (UTF-16 with its byte-order mark).
    # Offsets index the text as its codec reads it: the UTF-8 mark kept (test_text_contract),
    # UTF-16's taken by the codec.
    path = tmp_path / "email.txt"
    path.write_text("Gentile cliente, la ringraziamo per la sua richesta.", encoding=encoding)
    result = run("check", "text", str(path), "--lang", "it", "--json")
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert [(f["excerpt"], f["start"]) for f in findings] == [("richesta", start)]
    text = path.read_text("utf-16" if encoding == "utf-16" else "utf-8")
    assert text[start : start + len("richesta")] == "richesta"


def test_text_check_refuses_a_legacy_code_page_with_what_to_do(tmp_path):
    path = tmp_path / "email.txt"
    path.write_bytes("Perché la qualità è importante.".encode("cp1252"))
    result = run("check", "text", str(path), "--lang", "it")
    assert result.returncode == 2
    assert "is not UTF-8 text: save it as UTF-8" in result.stderr
    assert result.stdout == ""


def test_a_check_refuses_its_input_in_the_users_language(tmp_path):
    legacy = tmp_path / "email.txt"
    legacy.write_bytes("Perché la qualità è importante.".encode("cp1252"))
    italian = {"AUDITOR_LANG": "it"}
    refusals = {
        "text": run("check", "text", str(legacy), "--lang", "en", env=italian),
        "missing": run("check", "text", str(tmp_path / "none.txt"), env=italian),
        "folder": run("check", "image", str(tmp_path), env=italian),
        "pages": run("check", "site", "https://example.com", "--max-pages", "0", env=italian),
    }
    assert all(r.returncode == 2 and r.stdout == "" for r in refusals.values())
    assert "non è un testo UTF-8: salvalo come UTF-8" in refusals["text"].stderr
    assert "impossibile leggere" in refusals["missing"].stderr
    assert "il file non esiste" in refusals["missing"].stderr
    assert "è una cartella, non un'immagine" in refusals["folder"].stderr
    assert "--max-pages deve essere almeno 1" in refusals["pages"].stderr
