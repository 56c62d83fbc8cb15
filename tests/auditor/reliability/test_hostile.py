"""Hostile bundles through the real CLI: exit 2, one stderr line, nothing written or changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.bundle import BundleError, export_bundle, import_bundle
from auditor.storage import Store
from tests.auditor.reliability.hostile import corpus
from tests.auditor.reliability.sample import full_audit, snapshot

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, bytes]:
    """Return the hostile corpus built from a valid bundle of the sample audit."""
    folder = tmp_path_factory.mktemp("valid")
    with Store.open(folder / "source.auditdesk") as store:
        audit_id = full_audit(store)
        valid = export_bundle(store, audit_id, folder / "valid.auditbundle").read_bytes()
    return corpus(valid)


def _tree(*folders: Path) -> dict[str, int]:
    return {str(p): p.stat().st_size for folder in folders for p in sorted(folder.rglob("*"))}


def test_each_hostile_bundle_is_refused_by_the_cli_and_changes_nothing(hostile, tmp_path):
    work, temp, inbox = tmp_path / "work", tmp_path / "tmp", tmp_path / "inbox"
    for folder in (work, temp, inbox):
        folder.mkdir()
    workspace = work / "w.auditdesk"
    with Store.open(workspace) as store:
        full_audit(
            store, client_id="11111111-0000-4000-8000-000000000002"
        )  # something to keep intact
    env = {**os.environ, "AUDITOR_LANG": "en", "TMPDIR": str(temp), "AUDITOR_BUNDLE_PASSWORD": "pw"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "auditor", "--workspace", str(workspace), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    listing = cli("list", "--json").stdout
    before = _tree(work, temp)
    problems = []
    for name, data in hostile.items():
        bundle = inbox / "hostile.auditbundle"
        bundle.write_bytes(data)
        for extra in ((), ("--password",)) if name == "not a zip" else ((),):
            result = cli("import", str(bundle), *extra)
            lines = result.stderr.splitlines()
            if (
                result.returncode != 2
                or len(lines) != 1
                or "Traceback" in result.stderr
                or result.stdout
            ):
                problems.append(
                    f"{name}: exit {result.returncode}, stderr {result.stderr[-300:]!r}"
                )
        if _tree(work, temp) != before:
            problems.append(
                f"{name}: files changed: {set(_tree(work, temp).items()) ^ set(before.items())}"
            )
    assert problems == []
    assert cli("list", "--json").stdout == listing
    assert len(hostile) >= 40


def test_hostile_bundles_raise_bundle_errors_and_leave_the_workspace_as_it_was(hostile, tmp_path):
    with Store.open(tmp_path / "w.auditdesk") as store:
        audit_id = full_audit(store, client_id="11111111-0000-4000-8000-000000000003")
        before = snapshot(store, audit_id)
        refused = 0
        for data in hostile.values():
            path = tmp_path / "h.auditbundle"
            path.write_bytes(data)
            with pytest.raises(BundleError):
                import_bundle(store, path)
            refused += 1
        assert snapshot(store, audit_id) == before
        assert [a.id for a in store.audits.all()] == [audit_id]
    assert refused == len(hostile)


def test_an_encrypted_bundle_with_the_wrong_password_is_refused_by_the_cli(tmp_path):
    with Store.open(tmp_path / "s.auditdesk") as store:
        path = export_bundle(
            store, full_audit(store), tmp_path / "sealed.auditbundle", password="right"
        )
    env = {**os.environ, "AUDITOR_LANG": "en", "AUDITOR_BUNDLE_PASSWORD": "wrong"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "auditor",
            "--workspace",
            str(tmp_path / "t.auditdesk"),
            "import",
            str(path),
            "--password",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (2, "auditor: Wrong password for this bundle.\n")
