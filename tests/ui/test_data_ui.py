"""Backups, restore, bundles and the report from the window, asserting on what the stores hold."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog

from auditor import service
from auditor.backup import list_backups, make_backup
from auditor.model import Finding, Severity
from auditor.storage import Store
from tests.ui.conftest import make_ctx
from ui import app as app_module
from ui.mainwindow.window import MainWindow
from ui.settings import UiSettings
from ui.widgets import messages


def make_window(qtbot, ctx, tmp_path: Path, name: str = "ui.ini") -> MainWindow:
    window = MainWindow(ctx, UiSettings(tmp_path / name))
    qtbot.addWidget(window)
    window.show()
    return window


def record_messages(monkeypatch) -> list[tuple[str, str, str]]:
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        messages, "info", lambda _p, title, text: seen.append(("info", title, text))
    )
    monkeypatch.setattr(
        messages, "error", lambda _p, title, text: seen.append(("error", title, text))
    )
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    return seen


def test_a_backup_is_taken_at_start_and_on_request(qtbot, ctx, store, audit_id, tmp_path):
    window = make_window(qtbot, ctx, tmp_path)
    window.backups.start()
    assert len(list_backups(store.path)) == 1
    assert window.backups.timer.isActive()
    window.actions["backup"].trigger()
    assert (
        len(list_backups(store.path)) >= 1 and "Backed up at" in window.statusBar().currentMessage()
    )


def restore_setup(qtbot, ctx, store, audit_id, tmp_path, monkeypatch):
    """Back up a finding, delete it, open a window that will pick the newest backup."""
    finding = store.findings.add(
        Finding(audit_id=audit_id, title="Floor left dirty", severity=Severity.MAJOR)
    )
    make_backup(store.path)
    store.findings.delete(finding.id)
    window = make_window(qtbot, ctx, tmp_path)
    seen = record_messages(monkeypatch)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][0], True)))
    return window, seen


def test_restore_from_the_window_brings_back_what_was_deleted(
    qtbot, ctx, store, audit_id, tmp_path, monkeypatch
):
    window, seen = restore_setup(qtbot, ctx, store, audit_id, tmp_path, monkeypatch)
    window.open_audit(audit_id)
    window.actions["restore"].trigger()
    assert [f.title for f in ctx.store.findings.for_audit(audit_id)] == ["Floor left dirty"]
    assert (
        window.pages.currentWidget() is window.audits
    )  # the audit was left before the file changed
    assert window.backups.timer.isActive()
    [(kind, _title, text)] = seen
    before = [b for b in list_backups(store.path) if "before-restore" in b.path.name]
    assert kind == "info" and text.startswith("Restored the backup ")
    assert (
        len(before) == 1 and before[0].path.name in text
    )  # the replaced state can itself be restored
    window.close()
    ctx.store.close()  # the restore reopened the workspace; the fixture closes only the first one


def test_export_then_import_through_the_menus(qtbot, ctx, store, audit_id, tmp_path, monkeypatch):
    seen = record_messages(monkeypatch)
    bundle = tmp_path / "handoff.auditbundle"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(bundle), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bundle), ""))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("s3cret", True)))
    window = make_window(qtbot, ctx, tmp_path)
    window.open_audit(audit_id)
    window.actions["export"].trigger()
    assert bundle.is_file() and seen[-1][0] == "info" and "Exported to" in seen[-1][2]

    other = Store.open(tmp_path / "agency.auditdesk")
    try:
        agency = make_ctx(other)
        agency_window = make_window(qtbot, agency, tmp_path, "agency.ini")
        agency_window.actions["import"].trigger()
        assert [s.id for s in service.summaries(other)] == [audit_id]
        assert seen[-1][0] == "info" and "(new)" in seen[-1][2]
        assert agency_window.audit_view.audit_id == audit_id
    finally:
        agency_window.close()
        other.close()


def test_importing_over_newer_local_work_asks_first(
    qtbot, ctx, store, audit_id, tmp_path, monkeypatch
):
    seen = record_messages(monkeypatch)
    bundle = tmp_path / "older.auditbundle"
    for dialog in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, dialog, staticmethod(lambda *a, **k: (str(bundle), "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    window = make_window(qtbot, ctx, tmp_path)
    window.open_audit(audit_id)
    window.actions["export"].trigger()
    visit_id = store.audits.visits(audit_id)[0].id
    store.answers.set(visit_id, "answered", "no", "Nobody picked up")  # work done after the export
    questions: list[str] = []
    answers = iter([False, True])

    def confirm(_parent, _title, text):
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(messages, "confirm", confirm)
    window.actions["import"].trigger()  # No: the newer local copy stays
    assert len(questions) == 1 and "importing would undo those changes" in questions[0]
    assert store.answers.get(visit_id, "answered").note == "Nobody picked up"
    window.actions["import"].trigger()  # Yes: the bundle's copy replaces it
    assert store.answers.get(visit_id, "answered") is None
    assert seen[-1][0] == "info" and "(updated)" in seen[-1][2]


def test_a_damaged_bundle_is_refused_and_changes_nothing(
    qtbot, ctx, store, audit_id, tmp_path, monkeypatch
):
    seen = record_messages(monkeypatch)
    bad = tmp_path / "bad.auditbundle"
    bad.write_bytes(b"PK\x03\x04 this is not a real bundle")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    before = service.summaries(store)
    window = make_window(qtbot, ctx, tmp_path)
    window.actions["import"].trigger()
    assert seen and seen[-1][0] == "error"
    assert service.summaries(store) == before


def test_the_report_action_writes_a_pdf(qtbot, ctx, store, audit_id, tmp_path, monkeypatch):
    record_messages(monkeypatch)
    monkeypatch.setattr(messages, "confirm", lambda *_a: False)  # do not open a viewer in the test
    pdf = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), ""))
    )
    window = make_window(qtbot, ctx, tmp_path)
    window.open_audit(audit_id)
    assert window.actions["report"].isVisible()
    window.actions["report"].trigger()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Test journey" in text


def test_a_damaged_workspace_is_offered_its_latest_backup(tmp_path, monkeypatch):
    path = tmp_path / "w.auditdesk"
    with Store.open(path) as good:
        good.profile.update(agency_name="Agenzia Rossi")
    make_backup(path)
    data = bytearray(path.read_bytes())
    data[120:4096] = b"\xff" * (4096 - 120)  # wreck the header page's content
    path.write_bytes(bytes(data))
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or True)
    monkeypatch.setattr(messages, "error", lambda *a: asked.append("error"))
    store = app_module._open_or_recover(path)
    assert store is not None and "Restore the latest good backup" in asked[0]
    try:
        assert store.profile.get()["agency_name"] == "Agenzia Rossi"
    finally:
        store.close()


def test_restore_on_a_real_worker_keeps_the_window_alive_and_reopens(
    qtbot, store, audit_id, tmp_path, monkeypatch
):
    from ui.context import AppContext
    from ui.tasks import TaskRunner

    ctx = AppContext(store=store, tasks=TaskRunner(), lang="en")  # threads, as in the app
    window, seen = restore_setup(qtbot, ctx, store, audit_id, tmp_path, monkeypatch)
    window.actions["restore"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[0][0] == "info" and "Restored the backup" in seen[0][2]
    assert [f.title for f in ctx.store.findings.for_audit(audit_id)] == ["Floor left dirty"]
    assert window.audits.model.rowCount() == 1
    window.close()
    ctx.tasks.wait()
    ctx.store.close()


def test_an_italian_window_on_an_english_system_says_why_an_import_fails_in_italian(
    qtbot, store, audit_id, tmp_path, monkeypatch
):
    # The system speaks English (AUDITOR_LANG=en in the tests); the workspace's window Italian.
    # The bundle's refusals come from the core, which no one tells the language: the window does.
    seen = record_messages(monkeypatch)
    bundle = tmp_path / "consegna.auditbundle"
    for dialog in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, dialog, staticmethod(lambda *a, **k: (str(bundle), "")))
    passwords = iter(["giusta", "giusta", "sbagliata"])
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: (next(passwords), True))
    )
    window = make_window(qtbot, make_ctx(store, lang="it"), tmp_path)
    window.open_audit(audit_id)
    window.actions["export"].trigger()
    assert bundle.is_file() and seen[-1][0] == "info"
    before = service.summaries(store)
    window.actions["import"].trigger()
    assert seen[-1] == ("error", "Importa audit", "Password errata per questo pacchetto.")
    assert service.summaries(store) == before


def test_a_backup_that_keeps_failing_is_shown_once_then_in_the_status_bar(
    qtbot, store, audit_id, tmp_path, monkeypatch
):
    # A file where the backups' folder goes: the copy cannot be written, whoever runs the test.
    from auditor.backup import backup_folder

    blocker = backup_folder(store.path)
    blocker.write_text("not a folder")
    seen = record_messages(monkeypatch)
    window = make_window(qtbot, make_ctx(store, "it"), tmp_path)
    window.backups.start()
    assert seen == [
        (
            "error",
            "Backup non riuscito",
            f"Non è stato possibile scrivere la copia in {blocker}: c'è già un file con quel nome.",
        )
    ]
    window.backups.back_up_if_due()  # ten minutes later, still failing: no second box
    window.backups.back_up_if_due()
    assert len(seen) == 1
    assert window.statusBar().currentMessage().startswith("Backup non riuscito alle ")
    window.actions["backup"].trigger()  # asked for from the menu: always answered in a box
    assert len(seen) == 2
    blocker.unlink()  # the auditor makes room
    window.backups.back_up_if_due()
    assert len(list_backups(store.path)) == 1
    assert window.statusBar().currentMessage().startswith("Backup eseguito alle ")
    blocker_again = backup_folder(store.path)
    for backup in list_backups(store.path):
        backup.path.unlink()
    blocker_again.rmdir()
    blocker_again.write_text("in the way again")
    window.backups.back_up_if_due()  # a new run of failures is told in a box again
    assert len(seen) == 3
