"""Backups on real files: copies, rotation, due times, verified restores, damaged workspaces."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from auditor.backup import (
    BackupInfo,
    backup_due,
    backup_folder,
    latest_good_backup,
    list_backups,
    make_backup,
    restore_backup,
    to_keep,
    verify_backup,
)
from auditor.errors import WorkspaceError
from auditor.model import Client
from auditor.storage import Store
from tests.auditor.reliability.sample import full_audit, snapshot

ROOT = Path(__file__).resolve().parents[3]


def test_a_backup_of_an_open_workspace_holds_everything_committed(workspace_path):
    with Store.open(workspace_path) as store:
        audit_id = full_audit(store)
        expected = snapshot(store, audit_id)
        path = make_backup(store)
        store.clients.add(Client(name="Added after the backup"))
    assert (
        path.parent
        == backup_folder(workspace_path)
        == workspace_path.with_name("test.auditdesk.backups")
    )
    assert verify_backup(path) == [] and oct(path.stat().st_mode & 0o777) == "0o600"
    assert [b.path for b in list_backups(workspace_path)] == [path]
    with Store.open(path, create=False) as copy:
        assert snapshot(copy, audit_id) == expected
        assert [c.name for c in copy.clients.all()] == ["Hotel Bellavista S.r.l."]
    assert not list(backup_folder(workspace_path).glob(".partial-*"))


def test_rotation_keeps_the_ten_newest_and_one_per_day_for_a_week():
    now = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    hourly = [now - timedelta(hours=h) for h in range(0, 24 * 10, 3)]  # every 3 hours for 10 days
    backups = [BackupInfo(Path(f"b{n}"), at, 1) for n, at in enumerate(hourly)]
    kept = sorted((b.created_at for b in backups if b.path in to_keep(backups, now)), reverse=True)
    newest_ten = hourly[:10]
    per_day = {}
    for at in hourly:
        if now - at <= timedelta(days=7):
            per_day.setdefault(at.date(), at)
    assert kept == sorted(set(newest_ten) | set(per_day.values()), reverse=True)
    assert len(kept) == 10 + 6  # the 10 newest span the last two days; six older days keep one each


def test_old_backups_are_pruned_on_disk(workspace_path):
    with Store.open(workspace_path) as store:
        for _ in range(13):
            make_backup(store)
    assert (
        len(list_backups(workspace_path)) == 10 + 0
    )  # all from today: the day's newest is among the ten


def test_backup_due(workspace_path):
    assert backup_due(workspace_path) is False  # no workspace yet
    with Store.open(workspace_path) as store:
        store.clients.add(Client(name="A"))
        assert backup_due(workspace_path) is True
        make_backup(store)
        assert backup_due(workspace_path) is False
        assert backup_due(workspace_path, every=timedelta(0)) is False  # nothing changed since
        os.utime(workspace_path, (2e9, 2e9))  # a change after the backup, far in the future
        assert backup_due(workspace_path, every=timedelta(0)) is True


def test_restore_checks_the_backup_and_keeps_the_current_file(workspace_path):
    with Store.open(workspace_path) as store:
        audit_id = full_audit(store)
        good = make_backup(store)
        store.audits.delete(audit_id)
    saved = restore_backup(workspace_path, good)
    assert saved is not None and "before-restore" in saved.name
    with Store.open(workspace_path) as store:
        assert [a.id for a in store.audits.all()] == [audit_id]
    with Store.open(saved) as previous:
        assert previous.audits.all() == []
    broken = good.with_name("broken-20260101T000000000000Z.auditdesk")
    broken.write_bytes(good.read_bytes()[:8192])
    with pytest.raises(WorkspaceError, match="cannot be used"):
        restore_backup(workspace_path, broken)


def test_a_damaged_workspace_offers_its_latest_good_backup(workspace_path):
    with Store.open(workspace_path) as store:
        full_audit(store)
        good = make_backup(store)
    newest = make_backup(workspace_path)
    newest.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # the newest copy is unusable
    data = bytearray(workspace_path.read_bytes())
    data[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)  # damage table pages of the workspace itself
    workspace_path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError, match="damaged"):
        Store.open(workspace_path, check=True).close()
    assert latest_good_backup(workspace_path) == good
    saved = restore_backup(workspace_path, good)
    assert saved is not None and saved.read_bytes() == bytes(
        data
    )  # the damaged file kept byte for byte
    with Store.open(workspace_path, check=True) as store:
        assert len(store.audits.all()) == 1


def test_backup_and_restore_commands(workspace_path):
    with Store.open(workspace_path) as store:
        store.clients.add(Client(name="Kept"))

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "auditor", "--workspace", str(workspace_path), *args],
            cwd=ROOT,
            env={**os.environ, "AUDITOR_LANG": "en"},
            capture_output=True,
            text=True,
            timeout=120,
        )

    made = cli("backup")
    assert made.returncode == 0 and Path(made.stdout.strip()).is_file()
    listed = cli("restore", "--list", "--json")
    assert '"tag": ""' in listed.stdout and made.stdout.strip() in listed.stdout
    restored = cli("restore")
    assert restored.returncode == 0 and restored.stdout.startswith(f"Restored {workspace_path}")
    missing = cli("restore", str(workspace_path.with_name("nope.auditdesk")))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
