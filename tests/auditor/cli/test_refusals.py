"""Commands refuse what would lose data or cannot work: one line on stderr, exit 2, nothing changed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.auditor.cli.test_commands import run


@pytest.fixture
def demo(tmp_path) -> tuple[Path, str]:
    """Return a fresh workspace holding the demo audit, and the audit's id."""
    workspace = tmp_path / "demo.auditdesk"
    result = run("demo", workspace=workspace)
    assert result.returncode == 0, result.stderr
    return workspace, result.stdout.strip()


def state(workspace: Path) -> tuple[str, str]:
    """Return what the workspace lists, and its file's digest, to compare before and after."""
    listing = run("list", "--json", workspace=workspace)
    assert listing.returncode == 0, listing.stderr
    return listing.stdout, hashlib.sha256(workspace.read_bytes()).hexdigest()


def refused(result, *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr


@pytest.mark.parametrize("command", ["report", "export"])
def test_writing_over_the_workspace_itself_is_refused(demo, command):
    workspace, audit_id = demo
    before = state(workspace)
    for target in (workspace, Path(f"{workspace}-wal")):
        refused(run(command, audit_id, "-o", str(target), workspace=workspace), "workspace itself")
    assert state(workspace) == before


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("command", ["report", "export"])
def test_an_unusable_output_path_gets_one_line_in_the_system_language(
    demo, command, lang, tmp_path
):
    workspace, audit_id = demo
    said = {
        "en": ("does not exist", "is a folder", "is a file, not a folder"),
        "it": ("non esiste", "è una cartella: dai un nome al file", "è un file, non una cartella"),
    }[lang]
    targets = (str(tmp_path / "missing" / "out.file"), str(tmp_path), str(workspace / "out.file"))
    for target, words in zip(targets, said, strict=True):
        result = run(
            command, audit_id, "-o", target, workspace=workspace, env={"AUDITOR_LANG": lang}
        )
        refused(result, words)


def test_a_password_that_never_comes_is_refused_and_a_piped_one_is_read(demo, tmp_path):
    workspace, audit_id = demo
    bundle = tmp_path / "sealed.auditbundle"
    export = ("export", audit_id, "--password", "-o", str(bundle))
    refused(run(*export, workspace=workspace, stdin=""), "No password given")
    assert not bundle.exists()
    piped = run(*export, workspace=workspace, stdin="s3cret\n")
    assert piped.returncode == 0, piped.stderr
    other = tmp_path / "other.auditdesk"
    refused(run("import", "--password", str(bundle), workspace=other, stdin="wrong\n"), "password")
    opened = run("import", "--password", str(bundle), workspace=other, stdin="s3cret\n")
    assert opened.returncode == 0, opened.stderr


def test_restore_with_json_but_without_list_restores_nothing(demo):
    workspace, _audit = demo
    assert run("backup", workspace=workspace).returncode == 0
    before = state(workspace)
    refused(run("restore", "--json", workspace=workspace), "--list")
    refused(run("restore", str(workspace), workspace=workspace), "workspace itself")
    assert state(workspace) == before


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv to drop root's rights")
def test_a_read_only_workspace_is_refused_with_the_reason_not_called_damaged(demo, tmp_path):
    workspace, _audit = demo
    locked = tmp_path / "locked"
    locked.mkdir()
    copy = locked / "copy.auditdesk"
    shutil.copyfile(workspace, copy)
    copy.chmod(0o444)
    locked.chmod(0o555)
    try:
        for args in (("list",), ("demo",), ("backup",)):
            result = run(
                *args,
                workspace=copy,
                wrap=["setpriv", "--inh-caps=-all", "--bounding-set=-all", "--"],
            )
            refused(result, "read-only")
            assert "damaged" not in result.stderr
    finally:
        locked.chmod(0o755)
